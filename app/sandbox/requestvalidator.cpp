#include "sandbox/requestvalidator.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"undefined"_s;
    }
}
} // namespace

std::optional<SandboxResponse> RequestValidator::parseBody(const SandboxRequest &request, QJsonObject *body)
{
    *body = {};
    if (request.body.size() > kMaxBodyBytes)
        return SandboxResponse::error(413, u"payload_too_large"_s,
                                      u"Request body exceeds %1 bytes"_s.arg(kMaxBodyBytes));
    if (request.body.trimmed().isEmpty())
        return std::nullopt;
    const QByteArray contentType = request.header("content-type").toLower();
    if (!contentType.startsWith("application/json"))
        return SandboxResponse::error(415, u"unsupported_media_type"_s, u"Content-Type must be application/json"_s,
                                      u"content-type"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return SandboxResponse::error(
            400, u"invalid_json"_s,
            u"Malformed JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return SandboxResponse::error(422, u"invalid_type"_s,
                                      u"Invalid object. Got: %1"_s.arg(document.isArray() ? u"array"_s : u"scalar"_s),
                                      u"body"_s);
    *body = document.object();
    return std::nullopt;
}

bool RequestValidator::isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return pattern.match(text).hasMatch();
}

QString RequestValidator::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString RequestValidator::join(const QString &path, qsizetype index)
{
    return join(path, QString::number(index));
}

void RequestValidator::add(const QString &code, const QString &description, const QString &property)
{
    m_errors.append(SandboxResponse::errorEntry(code, description, property));
}

bool RequestValidator::check(
    const QJsonObject &object, const QString &key, const QString &path, QJsonValue::Type type, bool required)
{
    const QString property = join(path, key);
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        if (required)
            add(u"missing_field"_s, u"Missing field: %1"_s.arg(key), property);
        return false;
    }
    if (it->isNull()) {
        if (required)
            add(u"null_value"_s, u"null value where %1 expected"_s.arg(typeName(type)), property);
        return false;
    }
    if (it->type() != type) {
        add(u"invalid_type"_s, u"Invalid %1. Got: %2"_s.arg(typeName(type), typeName(it->type())), property);
        return false;
    }
    return true;
}

QString RequestValidator::string(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    return check(object, key, path, QJsonValue::String, required) ? object[key].toString() : QString();
}

QString
RequestValidator::nonEmptyString(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    if (!check(object, key, path, QJsonValue::String, required))
        return {};
    const QString value = object[key].toString();
    if (value.trimmed().isEmpty())
        add(u"invalid_value"_s, u"String length is smaller than the minimum of 1"_s, join(path, key));
    return value;
}

QString RequestValidator::uuid(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    if (!check(object, key, path, QJsonValue::String, required))
        return {};
    const QString value = object[key].toString();
    if (!isUuid(value)) {
        add(u"invalid_format"_s, u"Invalid format. Expected :uuid"_s, join(path, key));
        return {};
    }
    return value.toLower();
}

QString RequestValidator::enumeration(
    const QJsonObject &object, const QString &key, const QString &path, const QStringList &allowed, bool required)
{
    if (!check(object, key, path, QJsonValue::String, required))
        return {};
    const QString value = object[key].toString();
    if (!allowed.contains(value)) {
        add(u"invalid_enum"_s, u"Invalid value for enum. Expected one of: %1"_s.arg(allowed.join(u", "_s)),
            join(path, key));
        return {};
    }
    return value;
}

std::optional<qint64>
RequestValidator::integer(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    if (!check(object, key, path, QJsonValue::Double, required))
        return std::nullopt;
    const double value = object[key].toDouble();
    // Amounts are minor units: 12.5 öre is a client bug, not something to round.
    if (value != std::floor(value) || std::abs(value) > 9.0e15) {
        add(u"invalid_type"_s, u"Invalid integer. Got: number"_s, join(path, key));
        return std::nullopt;
    }
    return qint64(value);
}

std::optional<double>
RequestValidator::number(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    if (!check(object, key, path, QJsonValue::Double, required))
        return std::nullopt;
    return object[key].toDouble();
}

std::optional<bool>
RequestValidator::boolean(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    if (!check(object, key, path, QJsonValue::Bool, required))
        return std::nullopt;
    return object[key].toBool();
}

std::optional<QJsonObject>
RequestValidator::object(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    if (!check(object, key, path, QJsonValue::Object, required))
        return std::nullopt;
    return object[key].toObject();
}

std::optional<QJsonArray>
RequestValidator::array(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    if (!check(object, key, path, QJsonValue::Array, required))
        return std::nullopt;
    return object[key].toArray();
}

} // namespace Sandbox
