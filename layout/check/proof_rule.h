// SPDX-License-Identifier: MIT
#pragma once
// The proofing rules' common shape: each is a pure function of one field's text, what kind of
// field it is (and where in the article), and the profile, appending TextHits (ranges in code
// points of the field). No layout, no fonts, no Qt. proofing.cpp turns hits into findings.
#include <optional>
#include <string>
#include <vector>

#include "layout/check/finding.h"
#include "layout/check/profile.h"
#include "layout/check/text_scan.h"

namespace bm::check {

struct FieldContext {
    FieldKind kind = FieldKind::Paragraphs;
    bool lastParagraph = true;         ///< paragraphs: the article's last one
    bool nextStartsWithQuote = false;  ///< paragraphs: the next one opens with “ (a quote runs on)
    bool salutation = false;           ///< a flush salutation (各位领导…：)
};

struct TextHit {
    const char* rule = "";
    Range cp;  ///< what the finding points at
    std::string zh, en;
    bool hasFix = false;
    bool safe = false;
    std::vector<std::pair<Range, std::u32string>> edits;  ///< cp range → replacement
    std::string fixZh, fixEn;
    std::optional<Severity> severity;  ///< when the rule decides the level itself
    std::vector<std::pair<std::string, double>> data;

    TextHit& fix(std::string z, std::string e, bool isSafe) {
        hasFix = true;
        safe = isSafe;
        fixZh = std::move(z);
        fixEn = std::move(e);
        return *this;
    }
    TextHit& edit(Range r, std::u32string text) {
        edits.emplace_back(r, std::move(text));
        return *this;
    }
};

using Hits = std::vector<TextHit>;

/// UTF-8 of a code-point string, for messages.
std::string utf8(std::u32string_view s);
inline std::string utf8(char32_t c) { return utf8(std::u32string_view(&c, 1)); }

// The rules, by topic (proof_*.cpp). Each checks whether it is enabled itself only through
// the caller: proofing.cpp runs the enabled ones.
void ruleHalfwidthPunct(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleFullwidthAlnum(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void rulePairUnbalanced(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleQuoteNesting(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleQuoteStyle(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleDash(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleEllipsis(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleEllipsisEtc(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleRangeConnector(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleRangeUnit(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleRepeat(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void rulePunctStack(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleSpaceCjk(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleSpacePunct(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleSpaceMixed(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleEndPunct(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleNumThousands(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleNumZero(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleNumApprox(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleNumMixedDate(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleNumArabic(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleParallelDun(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void ruleTradChar(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);
void rulePercentWidth(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out);

}  // namespace bm::check
