// SPDX-License-Identifier: MIT
#pragma once
// Frames never collide: a move or resize of grid objects stops at the neighbours it would run
// into (snapping to their edges) instead of passing over them. The collision rule is the engine's
// (layout/place/occupancy.h): grid cells shared by two items, except a wrapping image over an
// article frame. Items that already overlap at the start of the gesture do not stop it (so an
// overlap loaded from a file can be dragged apart). Qt-free.
#include "gui/gesture.h"

namespace bm::gui {

/// `target` (what the pointer asks for) pulled back towards the start of the gesture to the
/// nearest place where the gesture's grid objects collide with nothing else on `page`.
GestureTarget stopAtNeighbours(const model::Page& page, const Gesture& g, GestureTarget target);

}  // namespace bm::gui
