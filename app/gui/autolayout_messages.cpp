// SPDX-License-Identifier: MIT
#include "gui/autolayout_messages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include "gui/qt_convert.h"

namespace bm::gui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("AutoLayoutMessages", text); }

/// "label label-wjxh, image ad-1" → "标签 label-wjxh、图片 ad-1" in the Chinese UI.
QString itemNames(const QString& names) {
    static const std::pair<const char*, const char*> kinds[] = {
        {"article ", QT_TRANSLATE_NOOP("AutoLayoutMessages", "frame %1")},
        {"image ", QT_TRANSLATE_NOOP("AutoLayoutMessages", "image %1")},
        {"label ", QT_TRANSLATE_NOOP("AutoLayoutMessages", "label %1")},
        {"rule ", QT_TRANSLATE_NOOP("AutoLayoutMessages", "rule %1")},
        {"header ", QT_TRANSLATE_NOOP("AutoLayoutMessages", "page header %1")}};
    QStringList out;
    for (const QString& item : names.split(QStringLiteral(", "))) {
        QString shown = item;
        for (const auto& [kind, pattern] : kinds)
            if (item.startsWith(QLatin1String(kind)))
                shown = tr(pattern).arg(item.mid(static_cast<int>(qstrlen(kind))));
        out << shown;
    }
    return out.join(tr(", "));
}

}  // namespace

QString autoLayoutMessage(const std::string& engineMessage) {
    const QString m = toQString(engineMessage);
    QRegularExpressionMatch x;
    auto is = [&](const char* pattern) {
        x = QRegularExpression(QString::fromUtf8(pattern)).match(m);
        return x.hasMatch();
    };
    if (is(R"re(^the fixed items (.+) leave a free area that no straight cut divides)re"))
        return tr("the fixed items %1 surround the free area so that no straight cut divides it "
                  "into rectangles; move one of them")
            .arg(itemNames(x.captured(1)));
    if (is(R"re(^the page has no free grid cells$)re"))
        return tr("the page has no free grid cells");
    if (is(R"re(^the stories need (\d+)–(\d+) column-lines .*the free area has (\d+))re"))
        return tr("the stories need %1–%2 column-lines, the free area has %3, and no arrangement "
                  "fills it exactly; tick fewer or more stories")
            .arg(x.captured(1), x.captured(2), x.captured(3));
    if (is(R"re(^"(.+)" fits at no width within the house limits$)re"))
        return tr("\"%1\" fits at no column width the house allows").arg(x.captured(1));
    if (is(R"re(^no stories to lay out$)re")) return tr("Tick at least one story.");
    if (is(R"re(^unknown article "(.+)"$)re")) return tr("unknown story \"%1\"").arg(x.captured(1));
    if (is(R"re(^no image "(.+)" on page (\d+)$)re"))
        return tr("no image \"%1\" on page %2").arg(x.captured(1), x.captured(2));
    if (is(R"re(^no page (\d+)$)re")) return tr("no page %1").arg(x.captured(1));
    return tr("the layout engine stopped with an error (details in the tooltip)");
}

}  // namespace bm::gui
