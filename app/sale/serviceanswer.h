#pragma once

#include <QJsonObject>
#include <QString>

// Why one request to the payment service did not work, as a sale's timeline keeps it: JSON with
// the outcome ("rejected", "retryable", "unknown"), the HTTP status, the service's own error
// entries (its words, shown as they came), the network layer's words, and Stallpay's own reason
// as a stable code with its details (ProviderReply::reason). The sentence is made from it when
// shown, in the reader's language; ProviderReply::message() is the same sentence, so the sale's
// last error and its timeline agree. Reason codes:
//   cut_off, certificate (TLS words), redirect (target), not_json (content type), malformed_json,
//   pdf_incomplete, no_order_id, no_link_id, no_document_url, untrusted_checkout ([address]),
//   insecure_url (address), not_offered, no_completed_payment, link_not_open (link status token),
//   cache_not_written (file, the system's words), settling
namespace ServiceAnswer {

QString text(const QJsonObject &answer);
// The reason in words, else the network layer's words; empty when neither.
QString trouble(const QJsonObject &answer);
// Plain technical English for the log (codes and numbers, the service's own words).
QString forLog(const QJsonObject &answer);

} // namespace ServiceAnswer
