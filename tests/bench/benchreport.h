#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// What a bench measured, each figure beside its floor (the natural lower bound measured in the same
// run) and the ratio, printed as it goes and written as JSON to build/bench/<bench>.json (or
// $STALLPAY_BENCH_DIR) for tests/bench/README.md and for comparing commits. Never a pass/fail on speed.
class BenchReport
{
public:
    explicit BenchReport(const QString &bench);

    // A quantity against its floor (ratio = value / floor: 1.0 is as good as it gets).
    void figure(const QString &id,
                const QString &what,
                double value,
                double floor,
                const QString &unit,
                const QString &floorWhat);
    // Latencies in milliseconds: p50 and p99 of each side; the ratio is of the p50s.
    void latency(const QString &id,
                 const QString &what,
                 const QList<double> &samplesMs,
                 const QList<double> &floorSamplesMs,
                 const QString &floorWhat);
    // A context value (counts, sizes) that belongs with the figures.
    void note(const QString &key, const QJsonValue &value);

    // Writes the JSON; false (with a message on stderr) when it cannot.
    bool write() const;
    // The end of a bench's main(): writes the JSON and, in a --smoke run, checks it; the exit code.
    int finish(bool smoke) const;
    QString path() const;

    static double percentile(QList<double> samples, double p);
    // The smoke check a ctest run makes: the file exists, every figure has its keys and a ratio > 0.
    static bool check(const QString &path, QString *why);

private:
    QString m_bench;
    QJsonArray m_figures;
    QJsonObject m_notes;
};
