#pragma once

#include <QtGlobal>

// What reading links costs on this account, measured from the answers the payment service gave:
// the usual size of one link's answer and the size of the last whole list of the account's links
// (a platform tenant's list holds every merchant's links: megabytes). The poller reads the list
// only where it is measured to cost less than reading the links due now one by one.
class AnswerCosts
{
public:
    // A request's line and headers and the answer's status line and headers, both ways: what a
    // request costs besides its body (measured on ping-sandbox and Ping's answers: 0.5–0.8 kB).
    static constexpr qint64 kRequestBytes = 700;

    void noteLink(qint64 bodyBytes);
    void noteList(qint64 bodyBytes);
    // Whether one list request costs fewer bytes than `dueLinks` single-link requests. False while
    // either size is unknown: a list is never read only to learn what it costs.
    bool listIsCheaper(int dueLinks) const;

    qint64 linkBytes() const { return m_linkBytes; } // -1: not measured yet
    qint64 listBytes() const { return m_listBytes; }

private:
    qint64 m_linkBytes = -1; // a running mean, as answers differ a little (payments, SMS status)
    qint64 m_listBytes = -1;
};
