#pragma once

#include <QObject>

class QSocketNotifier;

namespace wharf {

// Turns SIGTERM and SIGINT into a Qt signal delivered by the event loop, so that a headless
// Wharf stops cleanly (the self-pipe trick: a signal handler may only write to a socket).
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace wharf
