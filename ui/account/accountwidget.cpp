#include "ui/account/accountwidget.h"

#include "core/logging.h"
#include "core/net/httpclient.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretsentences.h"
#include "core/secrets/secretstore.h"
#include "core/store/accountregistry.h"
#include "core/store/accountrepository.h"
#include "core/store/customerrepository.h"
#include "core/sync/enginecontrol.h"
#include "core/wms/wmsclient.h"
#include "ui/account/keychainprogress.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace wharf {

namespace {
enum Region { GlobalRegion, NorthAmericaRegion, CustomRegion };
} // namespace

AccountWidget::AccountWidget(const Database &database, SecretStore &secrets, QNetworkAccessManager *network,
                             QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_network(network)
    , m_client(new wms::WmsClient(network, this))
    , m_region(new QComboBox(this))
    , m_customUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_findTenants(new QPushButton(tr("Find Tenants"), this))
    , m_tenant(new QComboBox(this))
    , m_admin(new QRadioButton(tr("Warehouse admin: works for every customer"), this))
    , m_customerUser(new QRadioButton(tr("Customer user: works for one customer only"), this))
    , m_customer(new QComboBox(this))
    , m_progress(new KeychainProgress(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accountWidget"));
    m_region->setObjectName(QStringLiteral("region"));
    m_region->addItem(tr("Global (api.cartoncloud.com)"), QString::fromLatin1(kGlobalUrl));
    m_region->addItem(tr("North America (api.na.cartoncloud.com)"), QString::fromLatin1(kNorthAmericaUrl));
    m_region->addItem(tr("Custom address…"), QString());
    m_customUrl->setObjectName(QStringLiteral("customUrl"));
    m_customUrl->setPlaceholderText(QStringLiteral("https://"));
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_findTenants->setObjectName(QStringLiteral("findTenants"));
    m_findTenants->setToolTip(tr("Ask CartonCloud which tenants this API client may use."));
    m_tenant->setObjectName(QStringLiteral("tenant"));
    m_admin->setObjectName(QStringLiteral("roleAdmin"));
    m_customerUser->setObjectName(QStringLiteral("roleCustomerUser"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    auto *roles = new QButtonGroup(this);
    roles->addButton(m_admin);
    roles->addButton(m_customerUser);
    m_admin->setChecked(true);

    auto *intro = new QLabel(
        tr("Wharf works through an API client of your CartonCloud account. An administrator creates it in "
           "CartonCloud (More → Self-Managed Integrations, or Settings → API Clients) and gives you its client id "
           "and secret. The secret is kept in %1, never in Wharf's data file.")
            .arg(m_secrets.description()),
        this);
    intro->setWordWrap(true);

    auto *tenantRow = new QHBoxLayout;
    tenantRow->addWidget(m_tenant, 1);
    tenantRow->addWidget(m_findTenants);

    auto *form = new QFormLayout;
    form->addRow(tr("CartonCloud region:"), m_region);
    form->addRow(tr("Custom address:"), m_customUrl);
    form->addRow(tr("Client id:"), m_clientId);
    form->addRow(tr("Client secret:"), m_clientSecret);
    form->addRow(tr("Tenant:"), tenantRow);
    form->addRow(tr("You are:"), m_admin);
    form->addRow(QString(), m_customerUser);
    form->addRow(tr("Customer:"), m_customer);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_region, &QComboBox::currentIndexChanged, this, &AccountWidget::updateForm);
    connect(m_customerUser, &QRadioButton::toggled, this, &AccountWidget::updateForm);
    connect(m_findTenants, &QPushButton::clicked, this, &AccountWidget::findTenants);
    connect(m_progress, &KeychainProgress::cancelled, this, [this] { stopWaiting(false); });
    connect(m_progress, &KeychainProgress::timedOut, this, [this] { stopWaiting(true); });
    connect(m_tenant, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_busy && !m_tenant->currentData().toString().isEmpty())
            fetchCustomers();
    });
    for (QLineEdit *edit : {m_customUrl, m_clientId, m_clientSecret})
        connect(edit, &QLineEdit::textChanged, this, &AccountWidget::updateForm);

    load({});
}

AccountWidget::~AccountWidget() = default;

void AccountWidget::load(const WmsAccount &account)
{
    m_account = account;
    const QString url = account.baseUrl.isEmpty() ? QString::fromLatin1(kGlobalUrl) : account.baseUrl;
    const int region = m_region->findData(url);
    m_region->setCurrentIndex(region >= 0 ? region : CustomRegion);
    m_customUrl->setText(region >= 0 ? QString() : url);
    m_clientId->setText(account.clientId);
    m_clientSecret->clear();
    m_clientSecret->setPlaceholderText(account.id != 0 ? SecretSentences::storedPlaceholder(m_secrets.place())
                                                       : tr("The API client's secret"));
    m_tenant->clear();
    if (!account.tenantId.isEmpty())
        m_tenant->addItem(account.tenantName.isEmpty() ? account.tenantId : account.tenantName, account.tenantId);
    m_customer->clear();
    if (account.id != 0) {
        for (const Customer &customer : CustomerRepository(m_database).forAccount(account.id))
            m_customer->addItem(customer.name, customer.id);
    }
    if (!account.customerId.isEmpty() && m_customer->findData(account.customerId) < 0)
        m_customer->addItem(account.customerId, account.customerId);
    m_customer->setCurrentIndex(std::max(0, m_customer->findData(account.customerId)));
    (account.role == WmsAccount::Role::CustomerUser ? m_customerUser : m_admin)->setChecked(true);
    setStatus(account.id != 0
                  ? tr("Connected to %1.").arg(account.tenantName.isEmpty() ? account.tenantId : account.tenantName)
                  : tr("Enter the API client's details, then click Find Tenants."));
    updateForm();
}

QString AccountWidget::baseUrl() const
{
    if (m_region->currentIndex() == CustomRegion)
        return m_customUrl->text().trimmed();
    return m_region->currentData().toString();
}

void AccountWidget::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_client->http()->setSslConfiguration(configuration);
}

WmsAccount AccountWidget::account() const
{
    WmsAccount account = m_account;
    account.baseUrl = baseUrl();
    while (account.baseUrl.endsWith(QLatin1Char('/')))
        account.baseUrl.chop(1);
    account.clientId = m_clientId->text().trimmed();
    account.tenantId = m_tenant->currentData().toString();
    account.tenantName = m_tenant->currentIndex() >= 0 ? m_tenant->currentText() : QString();
    account.role = m_customerUser->isChecked() ? WmsAccount::Role::CustomerUser : WmsAccount::Role::Admin;
    account.customerId =
        account.role == WmsAccount::Role::CustomerUser ? m_customer->currentData().toString() : QString();
    return account;
}

QString AccountWidget::validationMessage() const
{
    const QUrl url(baseUrl());
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter the address of your CartonCloud API, such as %1.").arg(QString::fromLatin1(kGlobalUrl));
    if (const QString problem = AccountRegistry::addressProblem(baseUrl()); !problem.isEmpty())
        return problem;
    if (m_clientId->text().trimmed().isEmpty())
        return tr("Enter the API client's id.");
    if (m_account.id == 0 && m_clientSecret->text().isEmpty())
        return tr("Enter the API client's secret.");
    if (m_tenant->currentData().toString().isEmpty())
        return tr("Click Find Tenants and choose the tenant of your warehouse.");
    if (m_customerUser->isChecked() && m_customer->currentData().toString().isEmpty())
        return tr("Choose the customer this login belongs to.");
    return {};
}

QString AccountWidget::statusText() const
{
    return m_status->text();
}

void AccountWidget::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xb0, 0x2a, 0x1e) : QWidget::palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void AccountWidget::setBusy(bool busy)
{
    m_busy = busy;
    updateForm();
    Q_EMIT busyChanged(busy);
}

void AccountWidget::updateForm()
{
    m_customUrl->setEnabled(!m_busy && m_region->currentIndex() == CustomRegion);
    m_customer->setEnabled(!m_busy && m_customerUser->isChecked());
    const bool haveCredentials = !m_clientId->text().trimmed().isEmpty()
        && (!m_clientSecret->text().isEmpty() || m_account.id != 0) && QUrl(baseUrl()).isValid();
    m_findTenants->setEnabled(!m_busy && haveCredentials);
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_region, m_clientId, m_clientSecret, m_tenant, m_admin, m_customerUser})
        field->setEnabled(!m_busy);
}

void AccountWidget::setTimeout(std::chrono::milliseconds timeout)
{
    m_progress->setTimeout(timeout);
}

void AccountWidget::withSecret(std::function<void(const QString &)> then)
{
    if (!m_clientSecret->text().isEmpty() || m_account.id == 0) {
        then(m_clientSecret->text());
        return;
    }
    // The stored secret: the keychain answers later (it may even ask the user to unlock it).
    const quint64 attempt = m_waitingFor = ++m_attempt;
    m_step = Step::ReadingSecret;
    m_progress->start(tr("Reading the client secret from %1…").arg(m_secrets.description()));
    m_secrets.read(SecretKeys::accountClientSecret(m_account.id), this,
                   [this, attempt, then = std::move(then)](const SecretResult &result) {
                       if (attempt != m_waitingFor)
                           return; // given up on: the person was told and has moved on
                       m_progress->finish();
                       m_waitingFor = 0;
                       m_step = Step::None;
                       if (!result.ok()) {
                           setBusy(false);
                           setStatus(result.status == SecretResult::Status::Missing
                                         ? (m_secrets.place() == SecretStore::Place::Database
                                                ? tr("The client secret is not in Wharf's database any more. Enter "
                                                     "it again.")
                                                : tr("The client secret is not in the keychain any more. Enter it "
                                                     "again."))
                                         : result.message,
                                     true);
                           return;
                       }
                       then(result.secret);
                   });
}

void AccountWidget::findTenants()
{
    setBusy(true);
    setStatus(tr("Asking CartonCloud which tenants this API client may use…"));
    withSecret([this](const QString &secret) {
        wms::WmsConnection connection;
        connection.baseUrl = QUrl(baseUrl());
        connection.clientId = m_clientId->text().trimmed();
        connection.clientSecret = secret;
        m_client->setConnection(connection);
        m_client->userInfo(this, [this](const net::Result<wms::WmsUser> &result) {
            if (!result.ok()) {
                setBusy(false);
                setStatus(result.error.sentence, true);
                return;
            }
            const QString previous = m_tenant->currentData().toString();
            m_tenant->clear();
            for (const wms::WmsTenant &tenant : result.value.tenants)
                m_tenant->addItem(tenant.name, tenant.id);
            setBusy(false);
            if (result.value.tenants.isEmpty()) {
                setStatus(tr("CartonCloud accepted the API client, but it may use no tenant. Ask the account "
                             "owner to give it access."),
                          true);
                return;
            }
            m_tenant->setCurrentIndex(std::max(0, m_tenant->findData(previous)));
            setStatus(result.value.tenants.size() == 1
                          ? tr("Connected as %1. Reading the customers of %2…")
                                .arg(result.value.name, m_tenant->currentText())
                          : tr("Connected as %1. Choose your warehouse's tenant.").arg(result.value.name));
            fetchCustomers();
        });
    });
}

void AccountWidget::fetchCustomers()
{
    const QString tenantId = m_tenant->currentData().toString();
    if (tenantId.isEmpty())
        return;
    wms::WmsConnection connection = m_client->connection();
    if (connection.clientId.isEmpty())
        return; // no credentials checked yet: Find Tenants first
    connection.tenantId = tenantId;
    m_client->setConnection(connection);
    setBusy(true);
    m_client->customers(this, [this](const net::Result<QList<wms::WmsCustomer>> &result) {
        setBusy(false);
        if (!result.ok()) {
            setStatus(result.error.sentence, true);
            return;
        }
        m_foundCustomers = result.value;
        const QString previous = m_customer->currentData().toString();
        m_customer->clear();
        for (const wms::WmsCustomer &customer : std::as_const(m_foundCustomers))
            m_customer->addItem(customer.name, customer.id);
        m_customer->setCurrentIndex(std::max(0, m_customer->findData(previous)));
        setStatus(
            tr("%n customer(s) found. Click Save to use this connection.", nullptr, int(m_foundCustomers.size())));
    });
}

bool AccountWidget::changedFromStored() const
{
    if (m_account.id == 0 || !m_clientSecret->text().isEmpty())
        return true;
    const WmsAccount now = account();
    return now.baseUrl != m_account.baseUrl || now.clientId != m_account.clientId || now.tenantId != m_account.tenantId
        || now.role != m_account.role || now.customerId != m_account.customerId;
}

void AccountWidget::save()
{
    if (m_busy)
        return;
    const QString problem = validationMessage();
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    if (!changedFromStored()) {
        setStatus(tr("Nothing has changed; the account stays as it is."));
        Q_EMIT unchanged();
        return;
    }
    setBusy(true);
    setStatus({}); // the progress line says what happens now; an older sentence would contradict it
    withSecret([this](const QString &secret) {
        const quint64 attempt = m_waitingFor = ++m_attempt;
        connectThroughRegistry(attempt, secret);
    });
}

void AccountWidget::connectThroughRegistry(quint64 attempt, const QString &secret)
{
    const WmsAccount wanted = account();
    AccountRegistry::Request request;
    request.baseUrl = wanted.baseUrl;
    request.clientId = wanted.clientId;
    request.clientSecret = secret;
    request.tenantId = wanted.tenantId;
    request.role = wanted.role;
    request.customerId = wanted.customerId;
    request.replaceAccountId = m_account.id;

    // One registry per attempt, owned by nobody but itself until it answers: closing the dialog or
    // giving up on a slow keychain must not cut it off between the row and the secret, which it
    // writes together or not at all.
    auto *registry = new AccountRegistry(m_database, m_secrets, m_network);
    if (const std::optional<QSslConfiguration> ssl = m_client->http()->sslConfiguration())
        registry->setSslConfiguration(*ssl);
    m_step = Step::CheckingClient;
    m_progress->start(tr("Checking the API client with CartonCloud…"), KeychainProgress::Limit::None);
    QPointer<AccountWidget> self(this);
    connect(registry, &AccountRegistry::savingSecret, this, [this, attempt] {
        if (attempt != m_waitingFor)
            return;
        m_step = Step::SavingSecret;
        // The time limit starts again: this is the step that can hang behind an unlock prompt.
        m_progress->start(tr("Saving the client secret in %1… If the keychain asks to be unlocked, its window may be "
                             "behind this one.")
                              .arg(m_secrets.description()));
    });
    EngineControl *const engine = m_engine;
    registry->connectAccount(request, [self, registry, engine, attempt](const AccountRegistry::Outcome &outcome) {
        registry->deleteLater();
        // The running integrations use the new address or secret from now on, whether or not
        // anyone is still looking at the form.
        if (outcome.ok && engine)
            engine->reloadAccount(outcome.account.id);
        if (!self)
            return;
        AccountWidget *const widget = self.data();
        const bool current = attempt == widget->m_waitingFor;
        if (current) {
            widget->m_progress->finish();
            widget->m_waitingFor = 0;
            widget->m_step = Step::None;
            widget->setBusy(false);
        }
        if (!outcome.ok) {
            if (current)
                widget->setStatus(outcome.message, true);
            return;
        }
        widget->m_account = outcome.account;
        widget->m_clientSecret->clear();
        widget->m_clientSecret->setPlaceholderText(SecretSentences::storedPlaceholder(widget->m_secrets.place()));
        widget->setStatus(current
                              ? tr("Account saved; the client secret is in %1.").arg(widget->m_secrets.description())
                              : tr("The keychain answered after all: the account is saved, and its client secret "
                                   "is in %1.")
                                    .arg(widget->m_secrets.description()));
        Q_EMIT widget->saved(outcome.account);
    });
}

void AccountWidget::stopWaiting(bool timedOut)
{
    const Step step = m_step;
    m_waitingFor = 0;
    m_step = Step::None;
    setBusy(false);
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_progress->timeout()).count());
    QString sentence;
    switch (step) {
    case Step::CheckingClient:
        // No time limit here: the request path has its own timeouts and says what went wrong.
        sentence = tr("Stopped waiting for CartonCloud. If it accepts the client after all, the account is saved "
                      "then and this form says so.");
        break;
    case Step::ReadingSecret:
    case Step::SavingSecret:
    case Step::None:
        sentence = timedOut ? tr("The keychain has not answered in %n second(s). It may be locked, waiting for you "
                                 "to unlock it in its own window, or not running. Unlock or start it, then click Save "
                                 "again.",
                                 nullptr, seconds)
                            : tr("Stopped waiting for the keychain. If it answers later, the account is saved then "
                                 "and this form says so; if it refuses, nothing is kept.");
        break;
    }
    setStatus(sentence, true);
}

} // namespace wharf
