// SPDX-License-Identifier: MIT
#include "gui/messages.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bm::gui {

namespace {

QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("bm::gui::Messages", s, disambiguation, n);
}

}  // namespace

QString explainEditError(const QString& e) {
    static const QRegularExpression measure(QStringLiteral(
        R"(measureEm: expected at most ([\d.]+) em \((\d+) text column\(s\) in (\d+) base column\(s\)\), got ([\d.]+))"));
    static const QRegularExpression columns(QStringLiteral(
        R"(textColumns: expected at most (\d+) for a rect (\d+) base column\(s\) wide, got (\d+))"));
    static const QRegularExpression right(QStringLiteral(R"(expected column \+ span <= (\d+))"));
    static const QRegularExpression bottom(QStringLiteral(R"(expected line \+ lines <= (\d+))"));
    if (auto m = measure.match(e); m.hasMatch())
        return tr("A measure of %1 em does not fit: %2 text columns in %3 base columns hold at "
                  "most %4 em each. Use fewer text columns or a measure of at most %4 em.")
            .arg(m.captured(4), m.captured(2), m.captured(3), m.captured(1));
    if (auto m = columns.match(e); m.hasMatch())
        return tr("%1 base columns hold at most %2 text columns (asked for %3). Widen the frame "
                  "or use fewer text columns.")
            .arg(m.captured(2), m.captured(1), m.captured(3));
    if (auto m = right.match(e); m.hasMatch())
        return tr("That would reach past the right edge of the type area (%1 columns). Make it "
                  "narrower or move it left.")
            .arg(m.captured(1));
    if (auto m = bottom.match(e); m.hasMatch())
        return tr("That would reach below the type area (%1 lines). Make it shorter or move it "
                  "up.")
            .arg(m.captured(1));
    if (e.contains(QLatin1String("select at least two")))
        return tr("Select at least two unlocked objects to align.");
    if (e.contains(QLatin1String("select at least three")))
        return tr("Select at least three unlocked objects to distribute.");
    if (e.startsWith(QLatin1String("cannot read the picture")))
        return tr("Cannot read the picture (JPEG and PNG can be placed): %1").arg(e.mid(24));
    if (e.contains(QLatin1String("unknown")))
        return tr("The object is no longer in the document (it was removed). Select it again.");
    if (e.contains(QLatin1String("duplicate")))
        return tr("An object with that name already exists.");
    return tr("This change cannot be made: %1").arg(e);
}

namespace {

QString itemName(place::ItemKind kind, const std::string& id, const std::string& article) {
    switch (kind) {
        case place::ItemKind::Article:
            return tr("the story %1 (frame %2)")
                .arg(QString::fromStdString(article), QString::fromStdString(id));
        case place::ItemKind::Image:
            return tr("the picture %1").arg(QString::fromStdString(id));
        case place::ItemKind::Label:
            return tr("the label %1").arg(QString::fromStdString(id));
        case place::ItemKind::Rule:
            return tr("the rule %1").arg(QString::fromStdString(id));
        case place::ItemKind::Header:
            break;
    }
    return tr("the running head");
}

}  // namespace

QString heldMessage(const place::PageItem& n) {
    return tr("Stopped at the edge of %1: frames never overlap. Make room there first.")
        .arg(itemName(n.kind, n.id, n.articleId));
}

QString explainRefusal(const place::Refusal& r) {
    using R = place::Refusal::Reason;
    const QString cell = tr("column %1, line %2").arg(r.column + 1).arg(r.line + 1);
    switch (r.reason) {
        case R::UnknownArticle:
            return tr("Nothing fits here: the story is no longer in the bin.");
        case R::NoPage:
            return tr("Nothing fits here: there is no such page.");
        case R::OutsideGrid:
            return tr("Nothing fits here: %1 is outside the type area.").arg(cell);
        case R::Occupied:
            return tr("Nothing fits here: %1 is taken by %2. Drop it on free space.")
                .arg(cell, itemName(r.itemKind, r.itemId, r.itemArticle));
        case R::TooNarrow:
            return tr("Nothing fits here: only %n free column(s) at %1.", nullptr, r.freeColumns)
                .arg(cell);
        case R::TooShort:
            return tr("Nothing fits here: only %n free line(s) below %1; the story needs at least "
                      "%2 (headline and one line of text).",
                      nullptr, r.freeLines)
                .arg(cell)
                .arg(r.neededLines);
    }
    return tr("Nothing fits here.");
}

QString lockedMessage(int count) {
    return tr("%1 locked object(s) left as they are: unlock them first (Ctrl+Alt+L).").arg(count);
}

}  // namespace bm::gui
