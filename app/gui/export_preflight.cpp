// SPDX-License-Identifier: MIT
#include "gui/export_preflight.h"

#include <QMessageBox>
#include <QPushButton>

#include "gui/check_panel.h"
#include "gui/qt_convert.h"
#include "layout/check/export_gate.h"
#include "layout/check/report.h"

namespace bm::gui {

std::vector<check::Finding> preflightBlockers(const model::Document& doc,
                                              const page::DocumentLayout& layout,
                                              fonts::FontRegistry* fonts,
                                              const std::string& documentDir,
                                              const std::atomic<bool>* cancel,
                                              const std::map<std::string, check::PlateInk>* plate) {
    // A checker of its own: the gate turns the picture rules on whatever the profile says, and
    // the 检查 dock's checker keeps its caches for the live list (and lives on the GUI thread).
    check::Checker checker(fonts);
    checker.setDocumentDir(documentDir);
    checker.setCancel(cancel);
    if (plate) checker.setPlateInk(*plate);
    // A bad embedded profile is the dock's to report; the gate falls back to the default.
    auto profile = check::documentProfile(doc);
    const check::Profile p = profile ? *profile : *check::documentProfile(model::Document{});
    return check::exportGate(checker, doc, layout, p).blocking;
}

QStringList blockerLines(const std::vector<check::Finding>& blocking) {
    const bool zh = CheckPanel::tr("Check") != QLatin1String("Check");
    QStringList lines;
    for (const auto& f : blocking)
        lines << QStringLiteral("%1  %2  %3")
                     .arg(findingPlace(f.location), toQString(f.rule),
                          QString::fromStdString(zh ? f.zh : f.en));
    return lines;
}

bool askExportDespite(QWidget* parent, const QStringList& lines) {
    QMessageBox box(QMessageBox::Warning, CheckPanel::tr("Preflight errors"),
                    CheckPanel::tr("%n error(s) would print wrong in a print (PDF/X-1a) file:",
                                   nullptr, static_cast<int>(lines.size())),
                    QMessageBox::NoButton, parent);
    // The first lines in the box, all of them under 显示详细信息.
    const int shown = std::min<int>(static_cast<int>(lines.size()), 8);
    QString text = lines.mid(0, shown).join(QLatin1Char('\n'));
    if (shown < lines.size())
        text += QLatin1Char('\n') + CheckPanel::tr("… and %1 more").arg(lines.size() - shown);
    box.setInformativeText(text);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    QPushButton* cancel = box.addButton(CheckPanel::tr("Cancel"), QMessageBox::RejectRole);
    QPushButton* anyway = box.addButton(CheckPanel::tr("Export Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

}  // namespace bm::gui
