// SPDX-License-Identifier: MIT
// Edits of a page's set-up and furniture (v2): 版次 and 报眉, pictures' properties, rules and
// boxes, labels, locks. Each Set* replaces the item with the same id; its inverse is the old one.
#include <utility>

#include "layout/model/edit_detail.h"
#include "layout/model/validate.h"

namespace bm::model::edit_detail {

namespace {

Result<Page*> pageFor(Document& doc, const std::string& pageId) {
    Page* page = findPage(doc, pageId);
    if (!page) return fail("unknown page id " + quoted(pageId));
    return page;
}

Error unknownOnPage(const char* what, const std::string& id, const std::string& pageId) {
    return fail(std::string("unknown ") + what + " id " + quoted(id) + " on page " +
                quoted(pageId));
}

Status checkNewId(const Document& doc, const std::string& id, const char* what) {
    if (id.empty()) return fail(std::string(what) + ".id: expected a non-empty id");
    if (frameIdInUse(doc, id)) return fail("duplicate frame id " + quoted(id));
    return Ok{};
}

Status checkIndex(int index, size_t size) {
    if (validInsertIndex(index, size)) return Ok{};
    return fail("index: expected -1 or 0 to " + std::to_string(size) + ", got " +
                std::to_string(index));
}

Status problems(std::vector<std::string> list) {
    if (list.empty()) return Ok{};
    return fail(joinLines(list));
}

}  // namespace

Result<AppliedEdit> apply(Document& doc, const SetPageSetup& e) {
    auto page = pageFor(doc, e.pageId);
    if (!page) return fail(page.error());
    if (e.number < 1 || e.number > 9999)
        return fail("number: expected a page number of 1 to 9999, got " + std::to_string(e.number));
    Page& p = **page;
    AppliedEdit out = applied(SetPageSetup{p.id, p.number, p.header});
    p.number = e.number;
    p.header = e.header;
    addUnique(out.touchedPages, p.id);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const SetImage& e) {
    auto page = pageFor(doc, e.pageId);
    if (!page) return fail(page.error());
    ImageFrame* im = findById((*page)->images, e.image.id);
    if (!im) return unknownOnPage("image", e.image.id, e.pageId);
    if (auto st = problems(validateImageFrame(**page, e.image, "image " + quoted(e.image.id))); !st)
        return fail(st.error());
    AppliedEdit out = applied(SetImage{e.pageId, *im});
    *im = e.image;
    touchPage(doc, **page, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const AddRule& e) {
    auto page = pageFor(doc, e.pageId);
    if (!page) return fail(page.error());
    if (auto st = checkNewId(doc, e.rule.id, "rule"); !st) return fail(st.error());
    if (auto st = checkIndex(e.index, (*page)->rules.size()); !st) return fail(st.error());
    if (auto st = problems(validateRule(**page, e.rule, "rule")); !st) return fail(st.error());
    insertAt((*page)->rules, e.index, e.rule);
    AppliedEdit out = applied(RemoveRule{e.pageId, e.rule.id});
    addUnique(out.touchedPages, e.pageId);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const RemoveRule& e) {
    auto page = pageFor(doc, e.pageId);
    if (!page) return fail(page.error());
    size_t index = 0;
    if (!findById((*page)->rules, e.ruleId, &index))
        return unknownOnPage("rule", e.ruleId, e.pageId);
    auto& rules = (*page)->rules;
    AppliedEdit out = applied(AddRule{e.pageId, rules[index], static_cast<int>(index)});
    rules.erase(rules.begin() + static_cast<long>(index));
    addUnique(out.touchedPages, e.pageId);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const SetRule& e) {
    auto page = pageFor(doc, e.pageId);
    if (!page) return fail(page.error());
    RuleFrame* r = findById((*page)->rules, e.rule.id);
    if (!r) return unknownOnPage("rule", e.rule.id, e.pageId);
    if (auto st = problems(validateRule(**page, e.rule, "rule " + quoted(e.rule.id))); !st)
        return fail(st.error());
    AppliedEdit out = applied(SetRule{e.pageId, *r});
    *r = e.rule;
    addUnique(out.touchedPages, e.pageId);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const AddLabel& e) {
    auto page = pageFor(doc, e.pageId);
    if (!page) return fail(page.error());
    if (auto st = checkNewId(doc, e.label.id, "label"); !st) return fail(st.error());
    if (auto st = checkIndex(e.index, (*page)->labels.size()); !st) return fail(st.error());
    if (auto st = problems(validateLabel(doc, **page, e.label, "label")); !st)
        return fail(st.error());
    insertAt((*page)->labels, e.index, e.label);
    AppliedEdit out = applied(RemoveLabel{e.pageId, e.label.id});
    addUnique(out.touchedPages, e.pageId);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const RemoveLabel& e) {
    auto page = pageFor(doc, e.pageId);
    if (!page) return fail(page.error());
    size_t index = 0;
    if (!findById((*page)->labels, e.labelId, &index))
        return unknownOnPage("label", e.labelId, e.pageId);
    auto& labels = (*page)->labels;
    AppliedEdit out = applied(AddLabel{e.pageId, labels[index], static_cast<int>(index)});
    labels.erase(labels.begin() + static_cast<long>(index));
    addUnique(out.touchedPages, e.pageId);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const SetLabel& e) {
    auto page = pageFor(doc, e.pageId);
    if (!page) return fail(page.error());
    LabelFrame* l = findById((*page)->labels, e.label.id);
    if (!l) return unknownOnPage("label", e.label.id, e.pageId);
    if (auto st = problems(validateLabel(doc, **page, e.label, "label " + quoted(e.label.id))); !st)
        return fail(st.error());
    AppliedEdit out = applied(SetLabel{e.pageId, *l});
    *l = e.label;
    addUnique(out.touchedPages, e.pageId);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const SetLocked& e) {
    auto page = pageFor(doc, e.pageId);
    if (!page) return fail(page.error());
    Page& p = **page;
    bool* flag = nullptr;
    if (auto* f = findById(p.articleFrames, e.frameId)) flag = &f->locked;
    if (auto* f = findById(p.images, e.frameId)) flag = &f->locked;
    if (auto* f = findById(p.rules, e.frameId)) flag = &f->locked;
    if (auto* f = findById(p.labels, e.frameId)) flag = &f->locked;
    if (!flag) return unknownOnPage("frame", e.frameId, e.pageId);
    AppliedEdit out = applied(SetLocked{e.pageId, e.frameId, *flag});
    *flag = e.locked;
    addUnique(out.touchedPages, e.pageId);  // the page's file content changed (autosave)
    return out;
}

}  // namespace bm::model::edit_detail
