#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace wharf {

// The demo's side panel: the demo stores' addresses and keys (to try the real setup wizard with),
// where the demo keeps its secrets, and the warehouse's hands (pack, dispatch, reject, or let it
// run by itself). Each address and key has a Copy button, for pasting into the wizard while it is
// open. It knows nothing of the sandbox: the app connects its signals.
class DemoPanel : public QWidget
{
    Q_OBJECT

public:
    struct Store
    {
        QString name;
        QString url;
        QString consumerKey;
        QString consumerSecret;
        QString note; // e.g. "already connected for Acme Apparel"
    };

    DemoPanel(const QList<Store> &stores, const QString &secretsDescription, QWidget *parent = nullptr);

    void setAutomatic(bool automatic);
    void setWarehouseSummary(const QString &summary);
    // What the last Copy button put on the clipboard, in a sentence.
    QString copiedText() const;

Q_SIGNALS:
    void automaticChanged(bool automatic);
    void packAllRequested();
    void dispatchAllRequested();
    void rejectOneRequested();
    void newOrderRequested();

private:
    // A read-only field with a Copy button; `what` names it in sentences ("the consumer key of …").
    QWidget *copyableField(const QString &text, const QString &what, const QString &name, QWidget *parent);

    QLabel *m_copied = nullptr;
    QCheckBox *m_automatic = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace wharf
