// SPDX-License-Identifier: MIT
#pragma once
// Where a long Latin word, URL, e-mail address or path may break (paper-kaiming "Latin words,
// URLs and e-mail addresses in narrow columns"): the Word atoms of a paragraph are split into
// pieces at hyphenation points (Liang's patterns), after the separators of a link
// (/ . @ - _ ? & = \, and before . @), and, inside a piece of five characters or more, at every
// grapheme as an emergency point. A piece continues the word before it: no autospace, no
// justification space.
#include <string_view>
#include <vector>

#include "layout/text/atoms.h"
#include "layout/text/options.h"

namespace bm::text {

/// Splits the Word atoms of `atoms` (from atomize) into pieces; marks links and the atoms that
/// continue the Latin run before them. Hyphenation only when `options.hyphenate`.
void splitWords(std::u16string_view text, std::vector<Atom>& atoms, const TypesetOptions& options);

/// Whether a run of non-CJK text is a URL, an e-mail address, a domain or a file path.
bool looksLikeLink(std::u16string_view run);

/// The offsets inside `run` (1 … size-1) where a link may break without a hyphen: after
/// / . @ - _ ? & = \ when the next character is not one of them (so never inside `://` and
/// never after `http`), and before . and @.
std::vector<size_t> linkBreaks(std::u16string_view run);

}  // namespace bm::text
