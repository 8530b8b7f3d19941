#include "credentialstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "stallpay.keychain")

using namespace Qt::StringLiterals;

namespace {
const auto kService = u"Stallpay"_s;
}

CredentialStore::CredentialStore(const QString &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{ }

void CredentialStore::read(ReadCallback done)
{
    if (m_session) {
        QMetaObject::invokeMethod(
            this, [c = *m_session, done = std::move(done)] { done(c, {}); }, Qt::QueuedConnection);
        return;
    }
    // Jobs without a parent: a keychain call cannot be cut off mid-way (libsecret would call back
    // into a deleted job). They delete themselves when done; the connection ends with this store.
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(u"ping:"_s + m_profile);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Credentials c;
        if (job->error() == QKeychain::EntryNotFound) {
            done(c, {});
            return;
        }
        if (job->error() != QKeychain::NoError) {
            // The system's own words (English, technical) go to the log; the seller gets ours.
            qCWarning(lcKeychain) << "reading the keychain failed:" << job->error() << job->errorString();
            done(c, QCoreApplication::translate("CredentialStore", "The system keychain is not available."));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(job->binaryData()).object();
        c.tenantId = o[u"tenant_id"_s].toString();
        c.merchantId = o[u"merchant_id"_s].toString();
        c.splitTreeId = o[u"split_tree_id"_s].toString();
        c.apiSecret = o[u"api_secret"_s].toString();
        done(c, {});
    });
    job->start();
}

void CredentialStore::write(const Credentials &c, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(u"ping:"_s + m_profile);
    job->setBinaryData(QJsonDocument(QJsonObject {{u"tenant_id"_s, c.tenantId},
                                                  {u"merchant_id"_s, c.merchantId},
                                                  {u"split_tree_id"_s, c.splitTreeId},
                                                  {u"api_secret"_s, c.apiSecret}})
                           .toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            m_session.reset();
            done({});
            return;
        }
        qCWarning(lcKeychain) << "writing the keychain failed:" << job->error() << job->errorString();
        done(QCoreApplication::translate("CredentialStore", "Cannot save to the system keychain."));
    });
    job->start();
}
