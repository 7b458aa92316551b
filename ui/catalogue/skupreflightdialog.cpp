#include "ui/catalogue/skupreflightdialog.h"

#include "core/catalogue/skupreflight.h"
#include "core/model/integration.h"
#include "core/woo/wooclient.h"
#include "ui/catalogue/skupreflightview.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace wharf {

SkuPreflightDialog::SkuPreflightDialog(const Integration &integration, const QString &customerName,
                                       const QString &consumerSecret, wms::WmsClient *wms,
                                       QNetworkAccessManager *network, const std::optional<QSslConfiguration> &ssl,
                                       QWidget *parent)
    : QDialog(parent)
    , m_woo(new woo::WooClient(network, this))
    , m_preflight(new catalogue::SkuPreflight(m_woo, wms, this))
    , m_view(new SkuPreflightView(this))
{
    setObjectName(QStringLiteral("skuPreflightDialog"));
    setWindowTitle(tr("Check SKUs — %1").arg(integration.name));
    woo::WooConnection connection;
    connection.home = QUrl(integration.storeUrl);
    connection.auth = woo::WooConnection::authModeNamed(integration.wooAuth, connection.home);
    connection.consumerKey = integration.consumerKey;
    connection.consumerSecret = consumerSecret;
    m_woo->setConnection(connection);
    if (ssl)
        m_woo->http()->setSslConfiguration(*ssl);

    m_view->setPreflight(m_preflight);
    m_view->setCustomer(integration.customerId, customerName);
    m_view->setExportStem(connection.home.host());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 520);

    // A dialog that goes away stops its check: nothing is left reading the store for nobody.
    connect(this, &QDialog::finished, m_preflight, &catalogue::SkuPreflight::cancel);
    QTimer::singleShot(0, m_view, &SkuPreflightView::startOrStop);
}

} // namespace wharf
