// SPDX-License-Identifier: MIT
#pragma once
// Find/replace (查找/替换) over the document's stored text: one article's fields, the articles and
// captions of one page, or the whole issue. Literal text or an ICU regular expression, match
// case, whole word (a word as ICU's dictionary word breaks see it, so 版面 is found in 本版面向…
// only where the words really break). Replace-all is one undoable edit (model::ReplaceAll), which
// moves copy-fit tracking ranges with the text like typing does.
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/model/document.h"
#include "layout/model/edit.h"

namespace bm::search {

struct Query {
    std::u16string find;
    std::u16string replace;  ///< with `regex`, $1 … $9 and \$ as in ICU's appendReplacement
    bool regex = false;
    bool matchCase = false;
    bool wholeWord = false;
};

/// Where to look. An article: its title block, body and credit. A page (index into
/// Document::pages): every article with a frame on it, its picture captions and credits. The
/// issue: every article (placed or in the bin) and every caption.
struct Scope {
    enum class Kind { Article, Page, Issue };
    Kind kind = Kind::Issue;
    std::string articleId;
    int pageIndex = 0;
};

struct Match {
    model::TextField field;
    int begin = 0;  ///< UTF-16 offsets in the field's text
    int end = 0;
    std::u16string text;         ///< what was found
    std::u16string replacement;  ///< what replace-all puts there
};

/// Every non-empty match in reading order. Errors: an empty or invalid pattern, an unknown
/// article or page, a pattern that runs too long, a replacement that would break a paragraph.
Result<std::vector<Match>> findAll(const model::Document& doc, const Query& query,
                                   const Scope& scope);

struct ReplaceAllPlan {
    model::ReplaceAll edit;  ///< apply with model::applyEdit; empty when nothing matched
    int count = 0;
};

/// The one edit that replaces every match of findAll.
Result<ReplaceAllPlan> planReplaceAll(const model::Document& doc, const Query& query,
                                      const Scope& scope);

}  // namespace bm::search
