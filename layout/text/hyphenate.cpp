// SPDX-License-Identifier: MIT
#include "layout/text/hyphenate.h"

#include <hyphen.h>

#include <cstdlib>

namespace bm::text {

namespace {
constexpr int kLeftMin = 2;   // letters before a hyphen
constexpr int kRightMin = 3;  // letters after it
}  // namespace

Hyphenator::Hyphenator(const std::string& dictionaryPath) : m_path(dictionaryPath) {}

::_HyphenDict* Hyphenator::dict() const {
    std::call_once(m_loadOnce, [this] { m_dict = hnj_hyphen_load(m_path.c_str()); });
    return m_dict;
}

Hyphenator::~Hyphenator() {
    if (m_dict) hnj_hyphen_free(m_dict);
}

std::vector<unsigned> Hyphenator::points(std::string_view word) const {
    std::vector<unsigned> out;
    const size_t n = word.size();
    if (n < kLeftMin + kRightMin || n > 200) return out;
    std::string lower(word);
    bool hasLower = false;
    for (char& c : lower) {
        if (c >= 'a' && c <= 'z') hasLower = true;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (!hasLower) return out;  // no hyphen in an all-capital acronym
    ::_HyphenDict* const patterns = dict();
    if (!patterns) return out;
    std::vector<char> hyphens(n + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    const int failed =
        hnj_hyphen_hyphenate3(patterns, lower.data(), static_cast<int>(n), hyphens.data(), nullptr,
                              &rep, &pos, &cut, kLeftMin, kRightMin, kLeftMin, kRightMin);
    if (rep) {  // non-standard hyphenation (not in the English patterns): not used
        for (size_t i = 0; i < n; ++i) std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    if (failed) return out;
    for (size_t i = kLeftMin - 1; i + kRightMin < n; ++i)
        if (hyphens[i] & 1) out.push_back(static_cast<unsigned>(i + 1));
    return out;
}

const Hyphenator& Hyphenator::english() {
    static const Hyphenator instance([] {
        const char* env = std::getenv("BANMIAN_HYPHEN_DICT");
        return std::string(env && *env ? env : defaultPath());
    }());
    return instance;
}

}  // namespace bm::text
