// SPDX-License-Identifier: MIT
#pragma once
// What changed between two display lists of a page, as an area to repaint: after a move or a
// text edit only the frames concerned are redrawn (the rest of the cached page stays).
#include <QRectF>

#include "layout/page/display_list.h"

namespace bm::gui {

/// The union of the areas (scene units, generous for glyph overhang) of items present in only
/// one of the two lists. Null when they draw the same.
QRectF changedArea(const page::PageDisplay& before, const page::PageDisplay& after);

}  // namespace bm::gui
