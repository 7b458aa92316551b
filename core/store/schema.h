#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wharf {

// The schema's history, oldest first. A migration is never edited once released: a change is a
// new migration, so that every file ever written can be brought up to date in order.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

const QList<Migration> &schemaMigrations();

} // namespace wharf
