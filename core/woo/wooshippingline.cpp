#include "core/woo/wooshippingline.h"

using namespace Qt::StringLiterals;

namespace wharf::woo {

WooShippingLine WooShippingLine::fromJson(const QJsonObject &json)
{
    WooShippingLine line;
    line.id = json.value(u"id"_s).toInteger();
    line.methodId = json.value(u"method_id"_s).toString();
    line.methodTitle = json.value(u"method_title"_s).toString();
    const QJsonValue instance = json.value(u"instance_id"_s);
    line.instanceId = instance.isString() ? instance.toString() : QString::number(instance.toInteger());
    line.total = json.value(u"total"_s).toString();
    return line;
}

} // namespace wharf::woo
