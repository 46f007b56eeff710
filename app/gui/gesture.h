// SPDX-License-Identifier: MIT
#pragma once
// A mouse gesture on page objects and the one place where its target geometry is decided:
// moving a selection (grid objects by whole columns and lines, rules and boxes with them or
// freely), resizing one object by a handle. Snapping, and any rule that stops a frame at its
// neighbours, belong in gestureTarget(); gestureEdit() only turns a target into model edits.
// Qt-free so the rules can be tested without a scene.
#include <optional>
#include <string>
#include <vector>

#include "gui/grid_math.h"
#include "layout/model/edit.h"
#include "layout/model/page_objects.h"
#include "layout/place/gesture_stop.h"

namespace bm::gui {

struct Gesture {
    Handle handle = Handle::Body;  ///< Body: move every object; else resize the single one
    std::vector<model::PageObject> objects;
    std::vector<model::RuleFrame> rules;  ///< the rules among `objects`, as they started
    Point start;                          ///< pointer at the start, page coordinates
};

/// Where the gesture's objects go for the pointer at `now`.
struct GestureTarget {
    int columns = 0;  ///< move: grid objects shift by whole columns and lines
    int lines = 0;
    Length dx = 0;  ///< move: rules shift by this much (mpt)
    Length dy = 0;
    model::GridRect rect;  ///< resize of a grid object: its new extent
    Rect ruleBox;          ///< resize of a rule or box: its new bounding box (of the points)
    /// The neighbour that held the gesture back from where the pointer asked (frames never
    /// overlap): the status bar names it.
    std::optional<place::PageItem> heldBy;
    /// Equal targets put the objects at the same place, whoever held them there (an unchanged
    /// target is not applied again; a gesture back at its origin leaves no undo step).
    bool operator==(const GestureTarget& o) const {
        return columns == o.columns && lines == o.lines && dx == o.dx && dy == o.dy &&
               rect == o.rect && ruleBox == o.ruleBox;
    }
};

/// The gesture from the objects `ids` of `page` grabbed at `start` with `handle`.
Gesture makeGesture(const model::Page& page, const std::vector<std::string>& ids, Handle handle,
                    Point start);

/// The seam: the target for the pointer at `now` (snapped, kept on the page).
GestureTarget gestureTarget(const model::Page& page, const Gesture& g, Point now);

/// True when `target` leaves every object where it started.
bool isOrigin(const Gesture& g, const GestureTarget& target);

/// The edits that put the objects at `target` (one edit for one object, else a Batch; nullopt
/// for a gesture without objects). Absolute, so a later step of a drag replaces an earlier one.
std::optional<model::Edit> gestureEdit(const model::Page& page, const Gesture& g,
                                       const GestureTarget& target);

}  // namespace bm::gui
