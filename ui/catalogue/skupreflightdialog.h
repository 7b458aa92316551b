#pragma once

#include <QDialog>
#include <QSslConfiguration>

#include <optional>

class QNetworkAccessManager;

namespace wharf {

struct Integration;
class SkuPreflightView;

namespace catalogue {
class SkuPreflight;
}
namespace wms {
class WmsClient;
}
namespace woo {
class WooClient;
}

// "Check SKUs…" on an integration: the same view as the wizard's, for a store already set up. It
// has its own store client (with the secret its caller read from the keychain) and starts the
// check as it opens.
class SkuPreflightDialog : public QDialog
{
    Q_OBJECT

public:
    // `wms` must be connected to the integration's account and outlive the dialog.
    SkuPreflightDialog(const Integration &integration, const QString &customerName, const QString &consumerSecret,
                       wms::WmsClient *wms, QNetworkAccessManager *network, const std::optional<QSslConfiguration> &ssl,
                       QWidget *parent = nullptr);

    SkuPreflightView *view() const { return m_view; }
    catalogue::SkuPreflight *preflight() const { return m_preflight; }
    woo::WooClient *wooClient() const { return m_woo; }

private:
    woo::WooClient *m_woo;
    catalogue::SkuPreflight *m_preflight;
    SkuPreflightView *m_view;
};

} // namespace wharf
