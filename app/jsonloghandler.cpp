#include "app/jsonloghandler.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace wharf {

namespace {
QString levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // One write per line, so that lines from the sync thread and the main thread never interleave.
    const QByteArray line = JsonLogHandler::format(type, context, message);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

QByteArray JsonLogHandler::format(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QJsonObject object {
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), levelOf(type)},
        {QStringLiteral("category"),
         context.category ? QString::fromUtf8(context.category) : QStringLiteral("default")},
        {QStringLiteral("message"), message},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

void JsonLogHandler::install()
{
    qInstallMessageHandler(handle);
}

} // namespace wharf
