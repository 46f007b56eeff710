// SPDX-License-Identifier: MIT
#pragma once
// The edits behind the 正文 dock's style commands (Ctrl+B, the palettes): plain model edits
// (SetCharAttrs, SetParagraphStyle; a labelled Batch when a selection needs several), so each
// command is one step of the document's one undo history, like a drag on the canvas.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gui/rich_text_view.h"
#include "layout/model/edit.h"

namespace bm::gui {

/// A change of character attributes that keeps what it does not name (making a 黑体 lead-in
/// bold keeps it 黑体).
using AttrChange = std::function<model::CharAttrs(model::CharAttrs)>;

/// True when every character of `spans` has attributes satisfying `test` (a toggle such as
/// Ctrl+B then takes the attribute off); false for no characters.
bool everyChar(const model::Article& article, const std::vector<BodySpan>& spans,
               const std::function<bool(const model::CharAttrs&)>& test);

/// The edit applying `change` to every character of `spans`: one SetCharAttrs per piece of
/// equal attributes, in a Batch called `label` (the history's name of the step; empty: a
/// single piece stays a bare SetCharAttrs); null when nothing would change.
std::optional<model::Edit> charAttrsEdit(const model::Article& article,
                                         const std::vector<BodySpan>& spans,
                                         const AttrChange& change, const std::string& label);

/// The edit setting paragraph style `style` ("body" = 正文) on `paragraphs`; null when they
/// already have it.
std::optional<model::Edit> paragraphStyleEdit(const model::Article& article,
                                              const std::vector<int>& paragraphs,
                                              const std::string& style);

}  // namespace bm::gui
