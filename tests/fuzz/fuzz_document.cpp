// SPDX-License-Identifier: MIT
// fuzz_document: bytes → bm::model::parseDocument. A document that loads must survive the round
// trip: serializeDocument → parseDocument gives an equal document, and serializing that again
// gives the same bytes. Small documents are then laid out with the real fonts (LayoutSession),
// which must not crash and must report a fit for every article. Then the oracle of the
// incremental relayout: after a couple of edits (chosen by the input's hash) and after their
// undo, the session that reuses its caches gives exactly what a fresh session gives.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fonts/font_registry.h"
#include "fuzz_check.h"
#include "fuzz_edits.h"
#include "layout/model/serialize.h"
#include "layout/page/layout_diff.h"
#include "layout/page/layout_session.h"

using namespace bm;

namespace {

// Layout only documents this small, so that one run stays well under a second.
constexpr size_t kMaxPages = 2;
constexpr size_t kMaxFrames = 12;  // article frames + images + labels + rules
constexpr size_t kMaxRects = 12;
constexpr size_t kMaxTextUnits = 3000;  // UTF-16 units of every text in the document
constexpr long long kMaxGridLines = 4000;

bool smallEnough(const model::Document& doc) {
    if (doc.pages.size() > kMaxPages) return false;
    size_t frames = 0, rects = 0, text = 0;
    for (const auto& p : doc.pages) {
        frames += p.articleFrames.size() + p.images.size() + p.labels.size() + p.rules.size();
        for (const auto& f : p.articleFrames) rects += f.rects.size();
        if (static_cast<long long>(model::gridLines(p)) * p.grid.columns > kMaxGridLines * 8)
            return false;
        if (model::gridLines(p) > kMaxGridLines) return false;
        text += p.header.paperName.size() + p.header.date.size() + p.header.pageName.size();
        for (const auto& im : p.images) text += im.caption.size() + im.credit.size();
        for (const auto& l : p.labels) text += l.text.size();
    }
    if (frames > kMaxFrames || rects > kMaxRects) return false;
    for (const auto& a : doc.articles) {
        text += a.kicker.size() + a.headline.size() + a.subheadline.size() + a.byline.size() +
                a.dateline.size() + a.credit.size();
        for (const auto& para : a.paragraphs) text += para.size();
    }
    return text <= kMaxTextUnits;
}

constexpr const char* kDocumentDir = "/nonexistent-banmian-fuzz-dir";

fonts::FontRegistry& registry() {
    static fonts::FontRegistry* r = new fonts::FontRegistry();  // fonts load once per process
    return *r;
}

// A fresh session's layout of `doc`, or an empty pointer when it fails.
std::shared_ptr<const page::DocumentLayout> freshLayout(const model::Document& doc) {
    page::LayoutSession session(registry());
    session.setDocumentDir(kDocumentDir);
    auto l = session.layout(doc);
    return l ? *l : nullptr;
}

// Relays out `doc` in `session` and compares with a fresh session (or with `expected`).
void checkRelayout(page::LayoutSession& session, const model::Document& doc,
                   std::shared_ptr<const page::DocumentLayout> expected, const char* when) {
    if (!expected) expected = freshLayout(doc);
    auto incremental = session.layout(doc);
    BM_FUZZ_CHECK(incremental.ok() == (expected != nullptr),
                  std::string("the incremental and the fresh layout disagree on failing ") + when);
    if (!expected) return;
    const std::string diff = page::layoutDifference(**incremental, *expected);
    BM_FUZZ_CHECK(diff.empty(), std::string("the incremental relayout ") + when +
                                    " differs from a fresh layout: " + diff);
}

// Applies up to two edits chosen by `hash`, checks the relayout, undoes them, checks again.
void checkEditOracle(page::LayoutSession& session, const model::Document& original,
                     const std::shared_ptr<const page::DocumentLayout>& originalLayout,
                     size_t hash) {
    const std::vector<model::Edit> candidates = fuzz::candidateEdits(original);
    if (candidates.empty()) return;
    model::Document doc = original;
    std::vector<model::Edit> inverses;
    for (int k = 0; k < 2; ++k) {
        auto applied = model::applyEdit(doc, candidates[(hash >> (16 * k)) % candidates.size()]);
        if (applied) inverses.push_back(std::move(applied->inverse));
    }
    if (inverses.empty()) return;
    checkRelayout(session, doc, nullptr, "after an edit");
    for (auto it = inverses.rbegin(); it != inverses.rend(); ++it)
        BM_FUZZ_CHECK(model::applyEdit(doc, *it).ok(), "an inverse edit failed");
    BM_FUZZ_CHECK(doc == original, "undoing the edits did not restore the document");
    checkRelayout(session, doc, originalLayout, "after undo");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)registry().chain(fonts::Role::Song);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    auto doc = model::parseDocument(json, "fuzz.json");
    if (!doc) {
        BM_FUZZ_CHECK(!doc.error().empty(), "a refused document has no message");
        BM_FUZZ_CHECK(doc.error().rfind("fuzz.json", 0) == 0,
                      "the message does not start with the label: " + doc.error());
        return 0;
    }
    const std::string first = model::serializeDocument(*doc);
    auto again = model::parseDocument(first, "roundtrip.json");
    BM_FUZZ_CHECK(again.ok(),
                  "the serialized document does not load: " + (again.ok() ? "" : again.error()) +
                      "\n--- serialized:\n" + first);
    BM_FUZZ_CHECK(*again == *doc, "the round trip changed the document\n--- serialized:\n" + first);
    const std::string second = model::serializeDocument(*again);
    BM_FUZZ_CHECK(second == first, "serializing is not deterministic\n--- first:\n" + first +
                                       "\n--- second:\n" + second);

    if (!smallEnough(*doc)) return 0;
    page::LayoutSession session(registry());
    session.setDocumentDir(kDocumentDir);
    auto layout = session.layout(*doc);
    if (!layout) {
        BM_FUZZ_CHECK(!layout.error().empty(), "a failed layout has no message");
        return 0;
    }
    const auto& l = **layout;
    BM_FUZZ_CHECK(l.pages.size() == doc->pages.size(),
                  "layout page count differs from the document");
    for (const auto& a : doc->articles) {
        auto it = l.fits.find(a.id);
        BM_FUZZ_CHECK(it != l.fits.end(), "no fit reported for article " + a.id);
        BM_FUZZ_CHECK(
            it->second.oversetChars >= 0 && it->second.oversetChars <= it->second.totalChars,
            "overset characters out of range for article " + a.id);
    }
    // A second layout of the same document reuses every article and gives the same lines.
    auto relayout = session.layout(*doc);
    BM_FUZZ_CHECK(relayout.ok(), "the second layout of the same document failed");
    BM_FUZZ_CHECK(session.articlesReflowed() == 0, "an unchanged document was re-flowed");
    for (size_t p = 0; p < l.pages.size(); ++p) {
        const auto& a = l.pages[p].lines;
        const auto& b = (*relayout)->pages[p].lines;
        BM_FUZZ_CHECK(a.size() == b.size(), "the relayout placed a different number of lines");
        for (size_t i = 0; i < a.size(); ++i)
            BM_FUZZ_CHECK(
                a[i].text == b[i].text && a[i].x == b[i].x && a[i].baseline == b[i].baseline,
                "the relayout moved a line");
    }
    checkEditOracle(session, *doc, *layout, std::hash<std::string_view>{}(json));
    return 0;
}
