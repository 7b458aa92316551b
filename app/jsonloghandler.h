#pragma once

#include <QtGlobal>

namespace wharf {

// `--log-json`: one JSON object per log message on standard error, {"time","level","category",
// "message"}, one per line, for journald and log shippers. Messages carry no secrets (no category
// ever receives one), and nothing is added here that the plain lines do not show.
class JsonLogHandler
{
public:
    static void install();
    static QByteArray format(QtMsgType type, const QMessageLogContext &context, const QString &message);
};

} // namespace wharf
