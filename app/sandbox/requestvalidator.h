#pragma once

#include "sandbox/sandboxrequest.h"
#include "sandbox/sandboxresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Sandbox {

// Checks a JSON body field by field and collects every problem, so one 422 names all bad fields.
// Properties are dotted paths: "customer.first_name", "items.0.price".
class RequestValidator
{
public:
    // Reads a JSON object body. An empty body reads as {} (so every required field is reported);
    // returns the 400/413/415/422 answer when the body cannot be read at all.
    static std::optional<SandboxResponse> parseBody(const SandboxRequest &request, QJsonObject *body);
    static bool isUuid(const QString &text);
    static QString join(const QString &path, const QString &key);
    static QString join(const QString &path, qsizetype index);

    QString string(const QJsonObject &object, const QString &key, const QString &path, bool required);
    QString nonEmptyString(const QJsonObject &object, const QString &key, const QString &path, bool required);
    QString uuid(const QJsonObject &object, const QString &key, const QString &path, bool required);
    QString enumeration(
        const QJsonObject &object, const QString &key, const QString &path, const QStringList &allowed, bool required);
    std::optional<qint64> integer(const QJsonObject &object, const QString &key, const QString &path, bool required);
    std::optional<double> number(const QJsonObject &object, const QString &key, const QString &path, bool required);
    std::optional<bool> boolean(const QJsonObject &object, const QString &key, const QString &path, bool required);
    std::optional<QJsonObject>
    object(const QJsonObject &object, const QString &key, const QString &path, bool required);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &key, const QString &path, bool required);

    void add(const QString &code, const QString &description, const QString &property);
    bool ok() const { return m_errors.isEmpty(); }
    QJsonArray errors() const { return m_errors; }
    SandboxResponse response() const { return SandboxResponse::errors(422, m_errors); }

private:
    // Present and of the given JSON type; records missing/null/type errors otherwise.
    bool
    check(const QJsonObject &object, const QString &key, const QString &path, QJsonValue::Type type, bool required);

    QJsonArray m_errors;
};

} // namespace Sandbox
