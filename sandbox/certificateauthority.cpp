#include "certificateauthority.h"

#include "logging.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace wharf::sandbox {

CertificateAuthority::CertificateAuthority() = default;
CertificateAuthority::~CertificateAuthority() = default;

QString CertificateAuthority::path(const QString &name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}

bool CertificateAuthority::run(const QStringList &arguments, QString *error) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"openssl "_s + arguments.join(u' ') + u" failed: "_s + QString::fromLocal8Bit(process.readAll())
            + process.errorString();
        return false;
    }
    return true;
}

bool CertificateAuthority::generate(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = u"cannot create a temporary directory for certificates"_s;
        return false;
    }
    QFile ext(path(u"server.ext"_s));
    if (!ext.open(QIODevice::WriteOnly)) {
        *error = ext.errorString();
        return false;
    }
    ext.write("basicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\n"
              "extendedKeyUsage=serverAuth\n"
              "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();

    for (const QString &prefix : {u"ca"_s, u"untrusted-ca"_s}) {
        const QString server = prefix == u"ca" ? u"server"_s : u"untrusted-server"_s;
        const QString cn = prefix == u"ca" ? u"Wharf Sandbox Test CA"_s : u"Wharf Sandbox Untrusted CA"_s;
        const QStringList steps[] = {
            {u"ecparam"_s, u"-name"_s, u"prime256v1"_s, u"-genkey"_s, u"-noout"_s, u"-out"_s, prefix + u".key"_s},
            {u"req"_s, u"-x509"_s, u"-new"_s, u"-key"_s, prefix + u".key"_s, u"-sha256"_s, u"-days"_s, u"30"_s,
             u"-subj"_s, u"/CN="_s + cn, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
             u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-out"_s, prefix + u".pem"_s},
            {u"ecparam"_s, u"-name"_s, u"prime256v1"_s, u"-genkey"_s, u"-noout"_s, u"-out"_s, server + u".key"_s},
            {u"req"_s, u"-new"_s, u"-key"_s, server + u".key"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-out"_s,
             server + u".csr"_s},
            {u"x509"_s, u"-req"_s, u"-in"_s, server + u".csr"_s, u"-CA"_s, prefix + u".pem"_s, u"-CAkey"_s,
             prefix + u".key"_s, u"-CAcreateserial"_s, u"-days"_s, u"30"_s, u"-sha256"_s, u"-extfile"_s,
             u"server.ext"_s, u"-out"_s, server + u".pem"_s},
        };
        for (const QStringList &step : steps) {
            if (!run(step, error))
                return false;
        }
    }
    qCDebug(lcSandbox) << "test certificates in" << m_dir->path();
    return true;
}

QString CertificateAuthority::caCertificatePath() const
{
    return path(u"ca.pem"_s);
}

QString CertificateAuthority::untrustedCaCertificatePath() const
{
    return path(u"untrusted-ca.pem"_s);
}

QList<QSslCertificate> CertificateAuthority::caCertificates() const
{
    return QSslCertificate::fromPath(caCertificatePath());
}

QSslConfiguration CertificateAuthority::serverConfiguration(bool trusted) const
{
    const QString prefix = trusted ? u""_s : u"untrusted-"_s;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const auto certs = QSslCertificate::fromPath(path(prefix + u"server.pem"_s));
    QFile keyFile(path(prefix + u"server.key"_s));
    QSslKey key;
    if (keyFile.open(QIODevice::ReadOnly))
        key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (!certs.isEmpty())
        config.setLocalCertificateChain(certs + QSslCertificate::fromPath(path(prefix + u"ca.pem"_s)));
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

} // namespace wharf::sandbox
