#include "sandbox/idgenerator.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>

#include <sstream>

namespace Sandbox {

namespace {
// The engine as the standard distributions see it, counting each draw.
struct CountingEngine
{
    using result_type = std::mt19937_64::result_type;
    static constexpr result_type min() { return std::mt19937_64::min(); }
    static constexpr result_type max() { return std::mt19937_64::max(); }
    result_type operator()()
    {
        ++*draws;
        return (*engine)();
    }
    std::mt19937_64 *engine;
    quint64 *draws;
};
} // namespace

IdGenerator::IdGenerator(quint32 seed)
    : m_seed(seed != 0 ? seed : QRandomGenerator::system()->generate())
    , m_engine(m_seed)
{ }

quint64 IdGenerator::next()
{
    ++m_draws;
    return m_engine();
}

QString IdGenerator::uuid()
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 16; i += 8) {
        const quint64 value = next();
        for (int j = 0; j < 8; ++j)
            bytes[i + j] = char((value >> (8 * j)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

double IdGenerator::unit()
{
    CountingEngine engine {&m_engine, &m_draws};
    return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

QString IdGenerator::digits(int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + int(next() % 10)));
    return out;
}

QString IdGenerator::saveState() const
{
    if (!m_fullText)
        return QStringLiteral("%1+%2").arg(m_seed).arg(m_draws);
    std::ostringstream stream;
    stream << m_engine;
    return QString::fromStdString(stream.str());
}

void IdGenerator::restoreState(const QString &state)
{
    if (state.isEmpty())
        return;
    const QStringList counted = state.split(u'+');
    bool seedOk = false;
    bool drawsOk = false;
    if (counted.size() == 2) {
        const quint32 seed = counted.at(0).toUInt(&seedOk);
        const quint64 draws = counted.at(1).toULongLong(&drawsOk);
        if (seedOk && drawsOk) {
            m_seed = seed;
            m_draws = draws;
            m_fullText = false;
            m_engine.seed(seed);
            m_engine.discard(draws);
            return;
        }
    }
    std::istringstream stream(state.toStdString());
    stream >> m_engine;
    m_fullText = true;
}

} // namespace Sandbox
