// SPDX-License-Identifier: MIT
#pragma once
// The editor's twin of `banmian export --pdf`'s preflight gate (issue 11): the same engine
// function (check::exportGate) on the session's document and latest layout. A print (x1a) PDF
// with blocking findings is exported only when the user says 仍然导出 (the CLI's
// --allow-preflight-errors); a plain PDF exports with a warning.
#include <QString>
#include <QStringList>
#include <atomic>
#include <map>
#include <string>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/check/checker.h"
#include "layout/check/finding.h"
#include "layout/model/document.h"
#include "layout/page/layout_session.h"

class QWidget;

namespace bm::gui {

/// The findings that would stop a print export of `doc` laid out as `layout` (placeholder and
/// missing pictures, overset, overlaps, overruns, … not waived). No Qt and no session: the
/// export worker runs it on its own thread over the snapshot.
/// Once `*cancel` is set it stops decoding pictures (most of its time on a photo-heavy issue)
/// and its answer means nothing. `plate`: the ink the export measured (check::plateInkOf), so
/// that those pictures are not decoded again.
std::vector<check::Finding> preflightBlockers(
    const model::Document& doc, const page::DocumentLayout& layout, fonts::FontRegistry* fonts,
    const std::string& documentDir, const std::atomic<bool>* cancel = nullptr,
    const std::map<std::string, check::PlateInk>* plate = nullptr);

/// One line per finding for the dialog: "3版 frame f-tree  LAY-OVERLAP  文章压框：…".
QStringList blockerLines(const std::vector<check::Finding>& blocking);

/// The default question: a dialog listing `lines` with 取消 and 仍然导出; true = export anyway.
bool askExportDespite(QWidget* parent, const QStringList& lines);

}  // namespace bm::gui
