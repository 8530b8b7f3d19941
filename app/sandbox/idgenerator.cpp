#include "sandbox/idgenerator.h"

#include <QRandomGenerator>
#include <QUuid>

#include <sstream>

namespace Sandbox {

IdGenerator::IdGenerator(quint32 seed)
    : m_engine(seed != 0 ? seed : QRandomGenerator::system()->generate())
{ }

QString IdGenerator::uuid()
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 16; i += 8) {
        const quint64 value = m_engine();
        for (int j = 0; j < 8; ++j)
            bytes[i + j] = char((value >> (8 * j)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

double IdGenerator::unit()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine);
}

QString IdGenerator::digits(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + int(m_engine() % 10)));
    return out;
}

QString IdGenerator::saveState() const
{
    std::ostringstream stream;
    stream << m_engine;
    return QString::fromStdString(stream.str());
}

void IdGenerator::restoreState(const QString &state)
{
    if (state.isEmpty())
        return;
    std::istringstream stream(state.toStdString());
    stream >> m_engine;
}

} // namespace Sandbox
