// SPDX-License-Identifier: MIT
#pragma once
// Liang hyphenation of English words (paper-kaiming "Latin words, URLs and e-mail addresses in
// narrow columns"): libhyphen with Debian's hyphen-en-us patterns, at least 2 letters before and 3
// after a hyphen. The patterns are a runtime file; without it no word is hyphenated (long words
// then break only at emergency points, which the breaker reports).
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

struct _HyphenDict;  // libhyphen's dictionary (hyphen.h)

namespace bm::text {

class Hyphenator {
public:
    /// The patterns at `dictionaryPath` (a libhyphen .dic file), loaded on first need: the
    /// first word points() can hyphenate, or available(). Chinese copy with a few acronyms
    /// never loads them (~0.8 MB in many small blocks).
    explicit Hyphenator(const std::string& dictionaryPath);
    ~Hyphenator();
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    /// Loads the patterns if not yet loaded; false when they are missing or unreadable.
    bool available() const { return dict() != nullptr; }
    const std::string& path() const { return m_path; }

    /// Where `word` (ASCII letters only) may be hyphenated: each entry k means "after its k-th
    /// letter", ascending, with 2 <= k <= size - 3. Empty when the patterns are missing, the word
    /// is shorter than 5 letters or has no lower-case letter (an acronym such as NASA).
    std::vector<unsigned> points(std::string_view word) const;

    /// The process's English hyphenator: $BANMIAN_HYPHEN_DICT if set, else Debian's
    /// /usr/share/hyphen/hyph_en_US.dic; loaded on first use, thread-safe.
    static const Hyphenator& english();
    static const char* defaultPath() { return "/usr/share/hyphen/hyph_en_US.dic"; }

private:
    ::_HyphenDict* dict() const;  ///< loads once, thread-safe
    std::string m_path;
    mutable std::once_flag m_loadOnce;
    mutable ::_HyphenDict* m_dict = nullptr;
};

}  // namespace bm::text
