#include "answercosts.h"

void AnswerCosts::noteLink(qint64 bodyBytes)
{
    m_linkBytes = m_linkBytes < 0 ? bodyBytes : (7 * m_linkBytes + bodyBytes) / 8;
}

void AnswerCosts::noteList(qint64 bodyBytes)
{
    m_listBytes = bodyBytes;
}

bool AnswerCosts::listIsCheaper(int dueLinks) const
{
    if (m_linkBytes < 0 || m_listBytes < 0 || dueLinks <= 1)
        return false;
    return m_listBytes + kRequestBytes < dueLinks * (m_linkBytes + kRequestBytes);
}
