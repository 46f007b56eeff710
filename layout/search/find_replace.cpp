// SPDX-License-Identifier: MIT
#include "layout/search/find_replace.h"

#include <unicode/regex.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

#include <memory>
#include <set>

namespace bm::search {

namespace {

/// A stored text field with its address (model::TextField) and current text.
struct Field {
    model::TextField address;
    const std::u16string* text = nullptr;
};

void articleFields(const model::Article& a, std::vector<Field>& out) {
    const std::pair<const char*, const std::u16string*> title[] = {{"kicker", &a.kicker},
                                                                   {"headline", &a.headline},
                                                                   {"subheadline", &a.subheadline},
                                                                   {"byline", &a.byline},
                                                                   {"dateline", &a.dateline}};
    for (const auto& [name, text] : title) out.push_back({{a.id, "", "", name, -1}, text});
    for (size_t i = 0; i < a.paragraphs.size(); ++i)
        out.push_back({{a.id, "", "", "paragraphs", static_cast<int>(i)}, &a.paragraphs[i]});
    out.push_back({{a.id, "", "", "credit", -1}, &a.credit});
}

void pictureFields(const model::Page& p, std::vector<Field>& out) {
    for (const auto& img : p.images) {
        out.push_back({{"", p.id, img.id, "caption", -1}, &img.caption});
        out.push_back({{"", p.id, img.id, "credit", -1}, &img.credit});
    }
}

Result<std::vector<Field>> fieldsIn(const model::Document& doc, const Scope& scope) {
    std::vector<Field> out;
    switch (scope.kind) {
        case Scope::Kind::Article: {
            const model::Article* a = doc.article(scope.articleId);
            if (!a) return Error{"unknown article '" + scope.articleId + "'"};
            articleFields(*a, out);
            break;
        }
        case Scope::Kind::Page: {
            if (scope.pageIndex < 0 || scope.pageIndex >= static_cast<int>(doc.pages.size()))
                return Error{"page " + std::to_string(scope.pageIndex + 1) +
                             " is out of range (the document has " +
                             std::to_string(doc.pages.size()) + " pages)"};
            const model::Page& page = doc.pages[static_cast<size_t>(scope.pageIndex)];
            std::set<std::string> onPage;
            for (const auto& f : page.articleFrames) onPage.insert(f.articleId);
            for (const auto& a : doc.articles)
                if (onPage.count(a.id)) articleFields(a, out);
            pictureFields(page, out);
            break;
        }
        case Scope::Kind::Issue:
            for (const auto& a : doc.articles) articleFields(a, out);
            for (const auto& p : doc.pages) pictureFields(p, out);
            break;
    }
    return out;
}

/// Word boundaries of one text (ICU's dictionary-based word breaks, which segment Chinese).
class WordBreaks {
public:
    explicit WordBreaks(const std::u16string& text) {
        UErrorCode status = U_ZERO_ERROR;
        m_bi.reset(
            ubrk_open(UBRK_WORD, "zh", text.data(), static_cast<int32_t>(text.size()), &status));
        if (U_FAILURE(status)) m_bi.reset();
    }
    bool isBoundary(int offset) const { return m_bi && ubrk_isBoundary(m_bi.get(), offset); }

private:
    struct Close {
        void operator()(UBreakIterator* bi) const { ubrk_close(bi); }
    };
    std::unique_ptr<UBreakIterator, Close> m_bi;
};

Status matchField(icu::RegexMatcher& matcher, const Field& field, const Query& query,
                  std::vector<Match>& out) {
    const std::u16string& text = *field.text;
    if (text.empty()) return Ok{};
    const icu::UnicodeString utext(false, text.data(), static_cast<int32_t>(text.size()));
    const icu::UnicodeString replacement(false, query.replace.data(),
                                         static_cast<int32_t>(query.replace.size()));
    matcher.reset(utext);
    std::unique_ptr<WordBreaks> words;
    if (query.wholeWord) words = std::make_unique<WordBreaks>(text);
    icu::UnicodeString appended;
    int32_t lastAppend = 0;
    UErrorCode status = U_ZERO_ERROR;
    while (matcher.find(status) && U_SUCCESS(status)) {
        const int32_t b = matcher.start(status), e = matcher.end(status);
        if (U_FAILURE(status) || b == e) continue;  // an empty match replaces nothing
        if (words && !(words->isBoundary(b) && words->isBoundary(e))) continue;
        Match m{field.address, b, e,
                text.substr(static_cast<size_t>(b), static_cast<size_t>(e - b)), query.replace};
        if (query.regex) {
            const int32_t before = appended.length() + (b - lastAppend);
            matcher.appendReplacement(appended, replacement, status);
            if (U_FAILURE(status))
                return Error{"--replace: invalid replacement (" + std::string(u_errorName(status)) +
                             ")"};
            const icu::UnicodeString r = appended.tempSubString(before);
            m.replacement.assign(r.getBuffer(), static_cast<size_t>(r.length()));
            lastAppend = e;
        }
        if (field.address.field == "paragraphs" &&
            m.replacement.find_first_of(u"\n\r") != std::u16string::npos)
            return Error{"--replace: a paragraph cannot take a line break"};
        out.push_back(std::move(m));
    }
    if (status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW)
        return Error{"--find: the pattern takes too long on this text"};
    if (U_FAILURE(status))
        return Error{"--find: cannot search (" + std::string(u_errorName(status)) + ")"};
    return Ok{};
}

}  // namespace

Result<std::vector<Match>> findAll(const model::Document& doc, const Query& query,
                                   const Scope& scope) {
    if (query.find.empty()) return Error{"--find: the text to find is empty"};
    auto fields = fieldsIn(doc, scope);
    if (!fields) return Error{fields.error()};
    uint32_t flags = query.regex ? 0u : static_cast<uint32_t>(UREGEX_LITERAL);
    if (!query.matchCase) flags |= UREGEX_CASE_INSENSITIVE;
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse{};
    const icu::UnicodeString pattern(false, query.find.data(),
                                     static_cast<int32_t>(query.find.size()));
    std::unique_ptr<icu::RegexPattern> compiled(
        icu::RegexPattern::compile(pattern, flags, parse, status));
    if (U_FAILURE(status))
        return Error{"--find: invalid regular expression at offset " +
                     std::to_string(parse.offset) + " (" + u_errorName(status) + ")"};
    std::unique_ptr<icu::RegexMatcher> matcher(compiled->matcher(status));
    if (U_FAILURE(status)) return Error{"--find: " + std::string(u_errorName(status))};
    matcher->setTimeLimit(5000, status);  // ~ seconds of steps: a runaway pattern fails cleanly
    std::vector<Match> out;
    for (const Field& f : *fields)
        if (auto ok = matchField(*matcher, f, query, out); !ok) return Error{ok.error()};
    return out;
}

Result<ReplaceAllPlan> planReplaceAll(const model::Document& doc, const Query& query,
                                      const Scope& scope) {
    auto matches = findAll(doc, query, scope);
    if (!matches) return Error{matches.error()};
    ReplaceAllPlan plan;
    plan.count = static_cast<int>(matches->size());
    for (const Match& m : *matches) {
        if (plan.edit.fields.empty() || !(plan.edit.fields.back().target == m.field))
            plan.edit.fields.push_back({m.field, {}});
        // `expected` lets the edit refuse a text that changed since the search.
        plan.edit.fields.back().replacements.push_back({m.begin, m.end, m.text, m.replacement});
    }
    return plan;
}

}  // namespace bm::search
