#pragma once

#include <QString>

#include <random>

namespace Sandbox {

// The sandbox's only source of randomness, so a --seed makes IDs and random faults repeatable.
class IdGenerator
{
public:
    explicit IdGenerator(quint32 seed = 0);

    QString uuid(); // RFC 4122 version 4, lower case, no braces
    double unit(); // uniform in [0, 1)
    QString digits(int count);

    // The engine's state as text, so --state continues the sequence after a restart: "<seed>+<draws>"
    // (a few bytes, written with every journal line), or the engine's full text for older files.
    QString saveState() const;
    void restoreState(const QString &state);

private:
    quint64 next();

    quint32 m_seed;
    quint64 m_draws = 0;
    bool m_fullText = false; // restored from an engine text: no seed to count from
    std::mt19937_64 m_engine;
};

} // namespace Sandbox
