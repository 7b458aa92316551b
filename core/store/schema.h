#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace wharf {

// The schema's history, oldest first. A migration is never edited once released: a change is a
// new migration, so that every file ever written can be brought up to date in order.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    // Work that SQL alone cannot do (deriving store keys from addresses, say); runs after the
    // statements, inside the same transaction. Returns false with a sentence to roll back.
    std::function<bool(QSqlDatabase &db, QString *error)> finish = {};
};

const QList<Migration> &schemaMigrations();

} // namespace wharf
