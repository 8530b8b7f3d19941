#include "sandbox/faultinjector.h"

#include "sandbox/idgenerator.h"
#include "sandbox/requestvalidator.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}
} // namespace

QJsonObject FaultInjector::Rule::toJson() const
{
    QJsonObject json {{u"id"_s, id},
                      {u"kind"_s, kind},
                      {u"endpoint"_s, endpoint},
                      {u"count"_s, remaining < 0 ? QJsonValue() : QJsonValue(remaining)},
                      {u"probability"_s, probability},
                      {u"fired"_s, fired}};
    if (kind == u"latency"_s)
        json.insert(u"ms"_s, ms);
    else if (kind == u"status"_s)
        json.insert(u"status"_s, status);
    else if (kind == u"rate_limit"_s)
        json.insert(u"retry_after"_s, retryAfter);
    else if (kind == u"late_apply"_s)
        json.insert(u"ms"_s, ms);
    else if (kind == u"redirect"_s)
        json.insert(u"location"_s, location);
    else if (kind == u"answer_field"_s) {
        json.insert(u"field"_s, field);
        json.insert(u"value"_s, value);
        if (!whereId.isEmpty())
            json.insert(u"where_id"_s, whereId);
    } else if (kind == u"slow_drip"_s) {
        json.insert(u"bytes"_s, bytes);
        json.insert(u"interval_ms"_s, intervalMs);
    }
    return json;
}

FaultInjector::FaultInjector(IdGenerator *random)
    : m_random(random)
{ }

const QStringList &FaultInjector::kinds()
{
    static const QStringList list {u"latency"_s,          u"status"_s,    u"rate_limit"_s,     u"drop_before_apply"_s,
                                   u"drop_after_apply"_s, u"slow_drip"_s, u"malformed_json"_s, u"late_apply"_s,
                                   u"captive_portal"_s,   u"redirect"_s,  u"endless"_s,        u"answer_field"_s};
    return list;
}

std::optional<SandboxResponse> FaultInjector::add(const QJsonObject &body, QJsonObject *created)
{
    RequestValidator v;
    Rule rule;
    rule.kind = v.enumeration(body, u"kind"_s, {}, kinds(), true);
    rule.endpoint = v.string(body, u"endpoint"_s, {}, false).trimmed();
    const auto readInt = [&](const QString &key, int low, int high, int fallback) {
        const auto value = v.integer(body, key, {}, false);
        if (value && (*value < low || *value > high))
            v.add(u"invalid_value"_s, u"%1 must be between %2 and %3"_s.arg(key).arg(low).arg(high), key);
        return value ? int(*value) : fallback;
    };
    rule.remaining = readInt(u"count"_s, 1, 1000000, -1);
    // "share" is the word for it; "probability" reads better in code. Both are accepted.
    const QString shareKey = body.contains(u"share"_s) ? u"share"_s : u"probability"_s;
    rule.probability = v.number(body, shareKey, {}, false).value_or(1.0);
    if (rule.probability <= 0.0 || rule.probability > 1.0)
        v.add(u"invalid_value"_s, u"%1 must be in (0, 1]"_s.arg(shareKey), shareKey);
    if (rule.kind == u"latency"_s) {
        rule.ms = readInt(u"ms"_s, 1, 120000, 0);
        if (!body.contains(u"ms"_s))
            v.add(u"missing_field"_s, u"Missing field: ms"_s, u"ms"_s);
    } else if (rule.kind == u"status"_s) {
        const QString key = body.contains(u"code"_s) ? u"code"_s : u"status"_s;
        rule.status = readInt(key, 500, 504, 500);
    } else if (rule.kind == u"rate_limit"_s) {
        rule.retryAfter = readInt(u"retry_after"_s, 0, 3600, 1);
    } else if (rule.kind == u"late_apply"_s) {
        rule.ms = readInt(u"ms"_s, 1, 120000, 1000);
    } else if (rule.kind == u"redirect"_s) {
        rule.location = v.string(body, u"location"_s, {}, true);
    } else if (rule.kind == u"answer_field"_s) {
        rule.field = v.string(body, u"field"_s, {}, true);
        rule.value = body.value(u"value"_s);
        rule.whereId = v.string(body, u"where_id"_s, {}, false);
    } else if (rule.kind == u"slow_drip"_s) {
        rule.bytes = readInt(u"bytes"_s, 1, 65536, 8);
        rule.intervalMs = readInt(u"interval_ms"_s, 1, 60000, 200);
    }
    QString path = rule.endpoint;
    const qsizetype space = path.indexOf(u' ');
    if (space > 0) {
        rule.method = path.left(space).toUpper().toLatin1();
        path = path.mid(space + 1).trimmed();
    } else if (!path.startsWith(u'/') && !path.isEmpty()) {
        rule.method = path.toUpper().toLatin1();
        path.clear();
    }
    if (rule.method == "*")
        rule.method.clear();
    if (!path.isEmpty() && !path.startsWith(u'/'))
        v.add(u"invalid_format"_s, u"endpoint is \"[METHOD] /path\"; * or {name} match one segment, ** the rest"_s,
              u"endpoint"_s);
    rule.segments = splitPath(path);
    if (!v.ok())
        return v.response();
    rule.id = QString::number(m_nextId++);
    m_rules.append(rule);
    *created = rule.toJson();
    return std::nullopt;
}

bool FaultInjector::remove(const QString &id)
{
    return m_rules.removeIf([&](const Rule &rule) { return rule.id == id; }) > 0;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const Rule &rule : m_rules)
        array.append(rule.toJson());
    return array;
}

bool FaultInjector::matches(const Rule &rule, const SandboxRequest &request)
{
    if (!rule.method.isEmpty() && rule.method != request.method)
        return false;
    const QStringList path = splitPath(request.path);
    for (qsizetype i = 0; i < rule.segments.size(); ++i) {
        const QString &segment = rule.segments.at(i);
        if (segment == u"**"_s)
            return true;
        if (i >= path.size())
            return false;
        if (segment != u"*"_s && !segment.startsWith(u'{') && segment != path.at(i))
            return false;
    }
    return rule.segments.isEmpty() || path.size() == rule.segments.size();
}

FaultInjector::Plan FaultInjector::plan(const SandboxRequest &request)
{
    Plan plan;
    // Without an endpoint a rule hits the two APIs only; the checkout page, documents and the admin
    // API are hit only when named (the admin API never, so faults can always be cleared).
    const bool api = request.path.startsWith(u"/payments/"_s) || request.path.startsWith(u"/payment_links/"_s);
    if (request.path.startsWith(u"/_sandbox"_s))
        return plan;
    for (Rule &rule : m_rules) {
        const bool isOutcome = rule.kind != u"latency"_s;
        if (rule.remaining == 0 || (isOutcome && plan.outcome) || (rule.endpoint.isEmpty() && !api)
            || !matches(rule, request))
            continue;
        if (rule.probability < 1.0 && m_random->unit() >= rule.probability)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        ++rule.fired;
        plan.fired.append(rule.kind + u'#' + rule.id);
        if (isOutcome)
            plan.outcome = rule;
        else
            plan.latencyMs += rule.ms;
    }
    return plan;
}

} // namespace Sandbox
