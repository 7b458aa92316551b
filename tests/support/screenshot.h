#pragma once

#include <QDir>
#include <QWidget>

namespace wharf::test {

// Saves a picture of `widget` as <name>.png in $WHARF_SCREENSHOT_DIR (when set) and returns
// whether the picture has content, so that a blank render fails the test.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QPixmap picture = widget->grab();
    if (picture.isNull() || picture.width() < 10 || picture.height() < 10)
        return false;
    const QString dir = qEnvironmentVariable("WHARF_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        return picture.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    return true;
}

} // namespace wharf::test
