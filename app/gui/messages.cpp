// SPDX-License-Identifier: MIT
#include "gui/messages.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bm::gui {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("bm::gui::Messages", s); }

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

QString lockedMessage(int count) {
    return tr("%1 locked object(s) left as they are: unlock them first (Ctrl+Alt+L).").arg(count);
}

}  // namespace bm::gui
