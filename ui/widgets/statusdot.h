#pragma once

#include "core/model/health.h"

#include <QWidget>

namespace wharf {

// A health dot for forms and headers, beside the words that say the same thing.
class StatusDot : public QWidget
{
    Q_OBJECT

public:
    explicit StatusDot(QWidget *parent = nullptr);

    void setHealth(Health health);
    Health health() const { return m_health; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Health m_health = Health::Draft;
};

} // namespace wharf
