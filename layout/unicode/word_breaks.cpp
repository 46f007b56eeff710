// SPDX-License-Identifier: MIT
#include "layout/unicode/word_breaks.h"

#include <algorithm>
#include <limits>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace bm::unicode {

namespace {

// Creating a word iterator loads the dictionary and costs far more than segmenting a headline,
// so each thread keeps one.
icu::BreakIterator* wordIterator() {
    struct Slot {
        std::unique_ptr<icu::BreakIterator> iterator;
        bool failed = false;
    };
    thread_local Slot slot;
    if (slot.iterator || slot.failed) return slot.iterator.get();
    UErrorCode status = U_ZERO_ERROR;
    slot.iterator.reset(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status)) {
        slot.iterator.reset();
        slot.failed = true;
    }
    return slot.iterator.get();
}

}  // namespace

std::vector<std::uint8_t> findWordBoundaries(std::u16string_view text) {
    std::vector<std::uint8_t> out(text.size() + 1, 0);
    out[0] = 1;
    out[text.size()] = 1;
    icu::BreakIterator* bi = wordIterator();
    if (!bi || text.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max())) {
        std::fill(out.begin(), out.end(), 1);
        return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, reinterpret_cast<const UChar*>(text.data()),
                     static_cast<int64_t>(text.size()), &status);
    bi->setText(&ut, status);
    if (U_SUCCESS(status)) {
        for (int32_t b = bi->first(); b != icu::BreakIterator::DONE; b = bi->next())
            out[static_cast<size_t>(b)] = 1;
    } else {
        std::fill(out.begin(), out.end(), 1);
    }
    utext_close(&ut);
    return out;
}

}  // namespace bm::unicode
