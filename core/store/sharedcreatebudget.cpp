#include "core/store/sharedcreatebudget.h"

#include "core/logging.h"

#include <QDateTime>

namespace wharf {

namespace {
std::chrono::milliseconds wallNow()
{
    return std::chrono::milliseconds(QDateTime::currentMSecsSinceEpoch());
}
} // namespace

SharedCreateBudget::SharedCreateBudget(const Database &database, QString accountKey, int limit,
                                       std::chrono::milliseconds window, std::chrono::milliseconds margin,
                                       WallClock clock)
    : Repository(database)
    , m_accountKey(std::move(accountKey))
    , m_spacing((window + margin + std::chrono::milliseconds(std::max(1, limit) - 1)) / std::max(1, limit))
    , m_clock(clock ? std::move(clock) : WallClock(&wallNow))
{
}

std::chrono::milliseconds SharedCreateBudget::reserve()
{
    const qint64 now = m_clock().count();
    const qint64 spacing = m_spacing.count();
    // One statement takes the slot and moves the next one on: no two processes get the same slot,
    // with no transaction held across a round trip. CASE rather than MAX/GREATEST, which SQLite
    // and PostgreSQL spell differently.
    QSqlQuery query = prepare(
        QStringLiteral("INSERT INTO create_budgets (account_key, next_slot_ms) VALUES (?, ?) "
                       "ON CONFLICT (account_key) DO UPDATE SET next_slot_ms = "
                       "CASE WHEN create_budgets.next_slot_ms > ? THEN create_budgets.next_slot_ms ELSE ? END + ? "
                       "RETURNING next_slot_ms"));
    query.addBindValue(m_accountKey);
    query.addBindValue(now + spacing);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(spacing);
    if (!exec(query) || !query.next()) {
        // The database did not answer even after its busy wait: wait a whole spacing, which can
        // only err on the slow side, rather than fail the cycle.
        qCWarning(lcStore) << "create budget not reserved:" << errorString();
        return m_spacing;
    }
    const qint64 slot = query.value(0).toLongLong() - spacing;
    query.finish();
    // Further ahead than any hold can put it: the wall clock was set back (by hand, a restored
    // virtual machine). Waiting that long would stop every create for as long; start afresh.
    constexpr qint64 kLongestHoldMs = 10 * 60 * 1000;
    if (slot - now > kLongestHoldMs) {
        qCWarning(lcStore) << "create budget slot" << (slot - now) << "ms ahead: the clock went back; starting afresh";
        QSqlQuery reset = prepare(QStringLiteral("UPDATE create_budgets SET next_slot_ms = ? WHERE account_key = ?"));
        reset.addBindValue(now + spacing);
        reset.addBindValue(m_accountKey);
        exec(reset);
        return std::chrono::milliseconds(0);
    }
    return std::chrono::milliseconds(std::max<qint64>(0, slot - now));
}

void SharedCreateBudget::holdFor(std::chrono::milliseconds duration)
{
    const qint64 until = m_clock().count() + duration.count();
    QSqlQuery query = prepare(
        QStringLiteral("INSERT INTO create_budgets (account_key, next_slot_ms) VALUES (?, ?) "
                       "ON CONFLICT (account_key) DO UPDATE SET next_slot_ms = "
                       "CASE WHEN create_budgets.next_slot_ms > ? THEN create_budgets.next_slot_ms ELSE ? END"));
    query.addBindValue(m_accountKey);
    query.addBindValue(until);
    query.addBindValue(until);
    query.addBindValue(until);
    if (!exec(query))
        qCWarning(lcStore) << "create budget not held:" << errorString();
}

} // namespace wharf
