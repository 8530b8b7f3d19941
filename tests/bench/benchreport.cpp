#include "benchreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString cpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QSysInfo::currentCpuArchitecture();
}
} // namespace

BenchReport::BenchReport(const QString &bench)
    : m_bench(bench)
{ }

void BenchReport::figure(
    const QString &id, const QString &what, double value, double floor, const QString &unit, const QString &floorWhat)
{
    const double ratio = floor > 0 ? value / floor : 0.0;
    std::printf("  %-44s %12.2f %-8s floor %12.2f (%s)  ratio %7.2f\n", qPrintable(what), value, qPrintable(unit),
                floor, qPrintable(floorWhat), ratio);
    std::fflush(stdout);
    m_figures.append(QJsonObject {{u"id"_s, id},
                                  {u"what"_s, what},
                                  {u"unit"_s, unit},
                                  {u"value"_s, value},
                                  {u"floor"_s, floor},
                                  {u"floor_what"_s, floorWhat},
                                  {u"ratio"_s, ratio}});
}

void BenchReport::latency(const QString &id,
                          const QString &what,
                          const QList<double> &samplesMs,
                          const QList<double> &floorSamplesMs,
                          const QString &floorWhat)
{
    const double p50 = percentile(samplesMs, 50);
    const double p99 = percentile(samplesMs, 99);
    const double floor50 = percentile(floorSamplesMs, 50);
    const double floor99 = percentile(floorSamplesMs, 99);
    const double ratio = floor50 > 0 ? p50 / floor50 : 0.0;
    std::printf("  %-44s p50 %9.3f ms p99 %9.3f ms | floor p50 %9.3f p99 %9.3f (%s) | ratio %7.2f  (n=%lld)\n",
                qPrintable(what), p50, p99, floor50, floor99, qPrintable(floorWhat), ratio, qint64(samplesMs.size()));
    std::fflush(stdout);
    m_figures.append(QJsonObject {{u"id"_s, id},
                                  {u"what"_s, what},
                                  {u"unit"_s, u"ms"_s},
                                  {u"value"_s, p50},
                                  {u"p50"_s, p50},
                                  {u"p99"_s, p99},
                                  {u"n"_s, samplesMs.size()},
                                  {u"floor"_s, floor50},
                                  {u"floor_p50"_s, floor50},
                                  {u"floor_p99"_s, floor99},
                                  {u"floor_what"_s, floorWhat},
                                  {u"ratio"_s, ratio}});
}

void BenchReport::note(const QString &key, const QJsonValue &value)
{
    m_notes.insert(key, value);
}

QString BenchReport::path() const
{
    QString dir = qEnvironmentVariable("STALLPAY_BENCH_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + u"/../bench"_s;
    return QDir(dir).absoluteFilePath(m_bench + u".json"_s);
}

int BenchReport::finish(bool smoke) const
{
    if (!write())
        return 1;
    QString why;
    if (smoke && !check(path(), &why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    return 0;
}

bool BenchReport::write() const
{
    const QString file = path();
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QJsonObject json {{u"bench"_s, m_bench},
                            {u"when"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                            {u"machine"_s,
                             QJsonObject {{u"nproc"_s, QThread::idealThreadCount()},
                                          {u"cpu"_s, cpuModel()},
                                          {u"kernel"_s, QSysInfo::kernelVersion()}}},
                            {u"notes"_s, m_notes},
                            {u"figures"_s, m_figures}};
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(file), qPrintable(out.errorString()));
        return false;
    }
    std::printf("  -> %s\n", qPrintable(file));
    return true;
}

double BenchReport::percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    // Nearest rank: the smallest sample with at least p % of the samples at or below it.
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(qBound<qsizetype>(0, rank - 1, samples.size() - 1));
}

bool BenchReport::check(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = u"no %1"_s.arg(path);
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray figures = json[u"figures"_s].toArray();
    if (figures.isEmpty()) {
        *why = u"%1 has no figures"_s.arg(path);
        return false;
    }
    for (const QJsonValue &figure : figures) {
        for (const QString &key : {u"id"_s, u"what"_s, u"unit"_s, u"value"_s, u"floor"_s, u"ratio"_s}) {
            if (!figure.toObject().contains(key)) {
                *why = u"figure %1 lacks %2"_s.arg(figure[u"id"_s].toString(), key);
                return false;
            }
        }
        if (!(figure[u"ratio"_s].toDouble() > 0)) {
            *why = u"figure %1 has ratio %2"_s.arg(figure[u"id"_s].toString()).arg(figure[u"ratio"_s].toDouble());
            return false;
        }
    }
    return true;
}
