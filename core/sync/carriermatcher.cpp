#include "core/sync/carriermatcher.h"

#include <QHash>

namespace wharf {

namespace {
// Spellings seen for the same carrier; each maps to the normalized name plugins use. Only aliases
// that cannot mean another carrier are here.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table {
        {QStringLiteral("auspost"), QStringLiteral("australiapost")},
        {QStringLiteral("aupost"), QStringLiteral("australiapost")},
        {QStringLiteral("australiaposteparcel"), QStringLiteral("australiapost")},
        {QStringLiteral("eparcel"), QStringLiteral("australiapost")},
        {QStringLiteral("startrackexpress"), QStringLiteral("startrack")},
        {QStringLiteral("couriersplease"), QStringLiteral("couriersplease")},
        {QStringLiteral("cpl"), QStringLiteral("couriersplease")},
        {QStringLiteral("fedexexpress"), QStringLiteral("fedex")},
        {QStringLiteral("federalexpress"), QStringLiteral("fedex")},
        {QStringLiteral("dhlexpress"), QStringLiteral("dhl")},
        {QStringLiteral("unitedparcelservice"), QStringLiteral("ups")},
        {QStringLiteral("usps"), QStringLiteral("usps")},
        {QStringLiteral("unitedstatespostalservice"), QStringLiteral("usps")},
        {QStringLiteral("nzpost"), QStringLiteral("newzealandpost")},
        {QStringLiteral("royalmailtracked"), QStringLiteral("royalmail")},
        {QStringLiteral("canadapostpostescanada"), QStringLiteral("canadapost")},
        {QStringLiteral("tollipec"), QStringLiteral("toll")},
        {QStringLiteral("tollpriority"), QStringLiteral("toll")},
    };
    return table;
}
} // namespace

CarrierMatcher::CarrierMatcher(QList<woo::TrackingProvider> providers)
    : m_providers(std::move(providers))
{
}

QString CarrierMatcher::normalized(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            result.append(c.toCaseFolded());
    }
    return result;
}

QString CarrierMatcher::match(const QString &carrier) const
{
    const QString wanted = normalized(carrier);
    if (wanted.isEmpty())
        return {};
    const QString canonical = aliases().value(wanted, wanted);
    for (const woo::TrackingProvider &provider : m_providers) {
        const QString name = normalized(provider.name);
        if (name == wanted || name == canonical || aliases().value(name) == canonical)
            return provider.name;
    }
    return {};
}

} // namespace wharf
