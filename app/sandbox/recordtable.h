#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>

namespace Sandbox {

// One kind of record (links, orders, …) in creation order, with an index by id and a note of which
// records were handed out for change since the last save: the --state journal writes only those.
// Records are never removed one by one; clear() forgets them all (the store then writes a snapshot).
template<typename T> class RecordTable
{
public:
    const QList<T> &all() const { return m_items; }
    qsizetype size() const { return m_items.size(); }

    // A record handed out for change is written to the journal at the next save.
    T *find(const QString &id)
    {
        const auto it = m_index.constFind(id);
        if (it == m_index.constEnd())
            return nullptr;
        m_dirty.insert(*it);
        return &m_items[*it];
    }
    const T *find(const QString &id) const
    {
        const auto it = m_index.constFind(id);
        return it == m_index.constEnd() ? nullptr : &m_items.at(*it);
    }

    T &add(const T &item)
    {
        put(item);
        const qsizetype at = m_index.value(item.id);
        m_dirty.insert(at);
        return m_items[at];
    }

    // Replaces the record with the same id, or appends it (loading a snapshot or a journal line).
    void put(const T &item)
    {
        const auto it = m_index.constFind(item.id);
        if (it != m_index.constEnd()) {
            m_items[*it] = item;
            return;
        }
        m_index.insert(item.id, m_items.size());
        m_items.append(item);
    }

    void clear()
    {
        m_items.clear();
        m_index.clear();
        m_dirty.clear();
    }

    void reserve(qsizetype size)
    {
        m_items.reserve(size);
        m_index.reserve(size);
    }

    bool hasChanges() const { return !m_dirty.isEmpty(); }
    void forgetChanges() { m_dirty.clear(); }

    // The records changed since the last call, in creation order, as the state file keeps them.
    QJsonArray takeChanges()
    {
        QList<qsizetype> order(m_dirty.cbegin(), m_dirty.cend());
        std::sort(order.begin(), order.end());
        QJsonArray array;
        for (const qsizetype at : std::as_const(order))
            array.append(m_items.at(at).toJson());
        m_dirty.clear();
        return array;
    }

    QJsonArray toJson() const
    {
        QJsonArray array;
        for (const T &item : m_items)
            array.append(item.toJson());
        return array;
    }

    // The records in creation order, batch records to a JSON array at a time (a snapshot's lines).
    template<typename F> void forEachBatch(qsizetype batch, F emitBatch) const
    {
        for (qsizetype from = 0; from < m_items.size(); from += batch) {
            QJsonArray array;
            for (qsizetype at = from; at < qMin(from + batch, m_items.size()); ++at)
                array.append(m_items.at(at).toJson());
            emitBatch(array);
        }
    }

    void assign(const QJsonArray &array)
    {
        clear();
        reserve(array.size());
        for (const QJsonValue &value : array)
            put(T::fromJson(value.toObject()));
    }

    void apply(const QJsonArray &array)
    {
        for (const QJsonValue &value : array)
            put(T::fromJson(value.toObject()));
    }

private:
    QList<T> m_items;
    QHash<QString, qsizetype> m_index;
    QSet<qsizetype> m_dirty;
};

} // namespace Sandbox
