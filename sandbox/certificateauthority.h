#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace wharf::sandbox {

// Test certificates made at start with the `openssl` command-line tool (EC P-256, quick): a
// "trusted" CA whose file tests hand to QSslConfiguration::addCaCertificates(), a server
// certificate it signs for 127.0.0.1 and localhost, and a second, unrelated CA + server
// certificate that no test trusts. Nothing is shipped in the repository, so nothing expires.
class CertificateAuthority
{
public:
    CertificateAuthority();
    ~CertificateAuthority();

    // Writes everything into a fresh temporary directory (removed with this object).
    bool generate(QString *error);

    QString caCertificatePath() const; // PEM of the CA that tests trust
    QString untrustedCaCertificatePath() const; // PEM of the CA that nobody trusts
    QList<QSslCertificate> caCertificates() const; // the trusted CA, loaded

    // Server side: the listener's certificate chain and key. `trusted` false gives the
    // certificate signed by the untrusted CA.
    QSslConfiguration serverConfiguration(bool trusted = true) const;

private:
    bool run(const QStringList &arguments, QString *error) const;
    QString path(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace wharf::sandbox
