#pragma once

#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;
class QPushButton;

namespace wharf {

class BusyIndicator;

// The wait for the keychain (or anything else that may hang) made visible and escapable: a spinner,
// a sentence saying what Wharf waits for, a Stop Waiting button (a Cancel that says what it
// cancels: the wait, not the save, which the keychain alone can finish or refuse), and a time limit. The keychain may
// sit behind an unlock prompt on another screen, or not answer at all; the person is never locked in. The caller stops
// it with finish() when the answer comes; cancelled() or timedOut() say the caller should stop waiting (the answer may
// still come later, and the caller decides what it then means).
class KeychainProgress : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kDefaultTimeout {30};

    explicit KeychainProgress(QWidget *parent = nullptr);

    // With a time limit (the keychain's steps), or none (a step with timeouts of its own).
    enum class Limit { Timeout, None };

    // Shows the sentence with the spinner and Cancel, and starts the time limit.
    void start(const QString &sentence, Limit limit = Limit::Timeout);
    bool isRunning() const { return m_running; }
    // The answer came: hides the spinner and Cancel.
    void finish();
    void setTimeout(std::chrono::milliseconds timeout) { m_timer.setInterval(timeout); }
    std::chrono::milliseconds timeout() const { return m_timer.intervalAsDuration(); }
    QPushButton *cancelButton() const { return m_cancel; }
    QString text() const;

Q_SIGNALS:
    void cancelled();
    void timedOut();

private:
    QTimer m_timer;
    BusyIndicator *m_busy;
    QLabel *m_text;
    QPushButton *m_cancel;
    bool m_running = false;
};

} // namespace wharf
