#include "app/statuscommand.h"

#include "core/model/orderlink.h"
#include "core/store/integrationrepository.h"
#include "core/store/orderlinkrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace wharf {

namespace {
QString levelKey(StatusCommand::Level level)
{
    switch (level) {
    case StatusCommand::Ok:
        return QStringLiteral("ok");
    case StatusCommand::Attention:
        return QStringLiteral("attention");
    case StatusCommand::Failing:
        return QStringLiteral("failing");
    }
    return {};
}
} // namespace

void StatusCommand::run(const QStringList &positional, const QCommandLineParser &parser)
{
    if (positional.size() != 1) {
        usageError(tr("status takes no words after it; add --json for a script."));
        return;
    }
    const IntegrationRepository repository(m_database);
    const QList<Integration> integrations = repository.all();
    if (!repository.errorString().isEmpty()) {
        // A check that cannot read the database cannot say all is well.
        printErr(repository.errorString());
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(Failing); });
        return;
    }
    const OrderLinkRepository links(m_database);
    Level worst = Ok;
    int live = 0;
    QJsonArray array;
    QString lines;
    for (const Integration &integration : integrations) {
        const int waiting = links.countsByState(integration.id).value(OrderLink::State::NeedsAttention);
        const QString owner = syncedBy(integration.id);
        Level level = Ok;
        QString problem;
        if (integration.health == Health::Failing) {
            level = Failing;
            problem = integration.healthReason;
        } else if (integration.health == Health::Attention || waiting > 0) {
            level = Attention;
            //: English: %n order needs attention. | %n orders need attention.
            problem = waiting > 0 ? tr("%n order(s) need attention.", nullptr, waiting) : integration.healthReason;
        } else if (integration.health != Health::Paused && owner.isEmpty()) {
            // Nothing syncs it: the service stopped, or was never started.
            level = Attention;
            problem = tr("No running Wharf syncs this integration.");
        }
        live += level == Ok && integration.health != Health::Paused ? 1 : 0;
        worst = std::max(worst, level);
        array.append(QJsonObject {{QStringLiteral("integration"), integration.id},
                                  {QStringLiteral("name"), integration.name},
                                  {QStringLiteral("health"), healthKey(integration.health)},
                                  {QStringLiteral("reason"), integration.healthReason},
                                  {QStringLiteral("status"), levelKey(level)},
                                  {QStringLiteral("problem"), problem},
                                  {QStringLiteral("needAttention"), waiting},
                                  {QStringLiteral("syncedBy"), owner},
                                  {QStringLiteral("lastSuccessAt"), isoTime(integration.lastSuccessAt)}});
        lines += QStringLiteral("  %1 %2: %3%4%5\n")
                     .arg(integration.id)
                     .arg(integration.name, healthLabel(integration.health),
                          problem.isEmpty() ? QString() : QStringLiteral(" — ") + problem,
                          owner.isEmpty() ? QString() : tr(" (synced by %1)").arg(owner));
    }
    if (isSet(parser, "json")) {
        done(json(QJsonObject {{QStringLiteral("status"), levelKey(worst)},
                               {QStringLiteral("exitCode"), int(worst)},
                               {QStringLiteral("integrations"), array}}),
             worst);
        return;
    }
    QString summary;
    const int count = int(integrations.size());
    switch (worst) {
    case Ok:
        summary =
            count == 0 ? tr("OK: no integrations.") : tr("OK: %1 of %n integration(s) live.", nullptr, count).arg(live);
        break;
    case Attention:
        summary = tr("ATTENTION: something needs attention.");
        break;
    case Failing:
        summary = tr("FAILING: at least one integration is failing.");
        break;
    }
    done(summary + QLatin1Char('\n') + lines, worst);
}

} // namespace wharf
