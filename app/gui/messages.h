// SPDX-License-Identifier: MIT
#pragma once
// What the editor tells the user when an edit is refused: the engine's precise English reason
// turned into a sentence in the UI language that says what to do (through tr(), so the Chinese
// UI shows Chinese), never a raw "frame "f1" rects[0]: measureEm: …".
#include <QString>

#include "layout/place/planner.h"

namespace bm::gui {

/// The user's version of an engine error from applyEdit/validation.
QString explainEditError(const QString& engineError);
/// Why a drop places nothing, from the planner's fields (never its English message()).
QString explainRefusal(const place::Refusal& refusal);
/// A move or resize held back at a neighbour's edge: names the neighbour.
QString heldMessage(const place::PageItem& neighbour);
/// "N locked objects were left alone; unlock them first".
QString lockedMessage(int count);

}  // namespace bm::gui
