// SPDX-License-Identifier: MIT
// Plain text → article: the encoding (a BOM, valid UTF-8, else ICU's charset detector asked for
// GB18030), blocks of lines between blank lines, the headline rule.
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

#include "layout/base/utf.h"
#include "layout/import/import.h"
#include "layout/import/import_detail.h"

namespace bm::import {

using namespace detail;

namespace {

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

/// Strict conversion with ICU (an unpaired surrogate or an invalid byte is an error).
std::optional<std::u16string> convert(std::string_view bytes, const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset, &status),
                                                            ucnv_close);
    if (U_FAILURE(status)) return std::nullopt;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::u16string out(bytes.size() + 1, u'\0');
    const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(out.data()),
                                    static_cast<int32_t>(out.size()), bytes.data(),
                                    static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status) || n < 0) return std::nullopt;
    out.resize(static_cast<size_t>(n));
    return out;
}

/// True when ICU's detector counts GB18030 (its name for the GB2312/GBK family) among the
/// charsets the bytes may be in.
bool mayBeGb18030(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&status),
                                                                       ucsdet_close);
    if (U_FAILURE(status)) return false;
    ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
    if (U_FAILURE(status)) return false;
    for (int32_t i = 0; i < count; ++i) {
        const char* name = ucsdet_getName(matches[i], &status);
        if (U_SUCCESS(status) && name && std::string_view(name) == "GB18030") return true;
    }
    return false;
}

struct Decoded {
    std::u16string text;
    std::string encoding;
};

Result<Decoded> decode(std::string_view bytes, const std::string& label) {
    if (bytes.size() > (64u << 20)) return Error{label + ": larger than 64 MB"};
    if (startsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const auto withBom = [&](const char* charset) -> Result<Decoded> {
        auto text = convert(bytes.substr(2), charset);
        if (!text) return Error{label + ": invalid " + charset + " text"};
        return Decoded{std::move(*text), charset};
    };
    if (startsWith(bytes, "\xFF\xFE")) return withBom("UTF-16LE");
    if (startsWith(bytes, "\xFE\xFF")) return withBom("UTF-16BE");
    size_t bad = 0;
    if (auto utf8 = utf8ToUtf16(bytes, &bad)) return Decoded{std::move(*utf8), "UTF-8"};
    if (mayBeGb18030(bytes))
        if (auto gb = convert(bytes, "GB18030")) return Decoded{std::move(*gb), "GB18030"};
    return Error{label +
                 ": not UTF-8, UTF-16 (with a BOM) or GB18030 text (invalid byte at offset " +
                 std::to_string(bad) + ")"};
}

/// Lines, with CR LF and CR as line ends, tabs as spaces and other control characters dropped.
std::vector<std::u16string> splitText(const std::u16string& s) {
    std::vector<std::u16string> lines(1);
    for (size_t i = 0; i < s.size(); ++i) {
        const char16_t c = s[i];
        if (c == u'\r' && i + 1 < s.size() && s[i + 1] == u'\n') continue;
        if (c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029')
            lines.emplace_back();
        else if (c == u'\t')
            lines.back() += u' ';
        else if (c >= 0x20 && !(c >= 0x7F && c < 0xA0) && c != u'\uFEFF')
            lines.back() += c;
    }
    return lines;
}

}  // namespace

Result<ImportedArticle> importText(std::string_view bytes, const std::string& label) {
    auto decoded = decode(bytes, label);
    if (!decoded) return Error{decoded.error()};
    // Blocks of non-empty lines between blank lines.
    std::vector<std::vector<std::u16string>> blocks(1);
    for (const auto& raw : splitText(decoded->text)) {
        std::u16string line = trimmed(Para{Kind::Body, raw, {}}).text;
        if (line.empty()) {
            if (!blocks.back().empty()) blocks.emplace_back();
        } else {
            blocks.back().push_back(std::move(line));
        }
    }
    if (blocks.back().empty()) blocks.pop_back();
    if (blocks.empty()) return Error{label + ": the file has no text"};

    ImportedArticle out;
    out.encoding = decoded->encoding;
    // The headline: a short line alone in the first block, with more text after it.
    if (blocks.size() > 1 && blocks[0].size() == 1 && isShortLine(blocks[0][0]) &&
        !isAuthorLine(blocks[0][0]) && datelineLength(blocks[0][0]) == 0) {
        out.headline = blocks[0][0];
        blocks.erase(blocks.begin());
    }
    // Hard-wrapped text (several blocks of several lines): one paragraph per block.
    bool wrapped = false;
    for (const auto& block : blocks) wrapped = wrapped || block.size() > 1;
    wrapped = wrapped && blocks.size() > 1;
    std::vector<Para> body;
    for (const auto& block : blocks) {
        if (!wrapped) {
            for (const auto& l : block) body.push_back({Kind::Body, l, {}});
            continue;
        }
        std::u16string para;
        for (const auto& l : block) {
            // Hard-wrapped Latin words need a space back; CJK lines join directly.
            if (!para.empty() && para.back() < 0x2E80 && l.front() < 0x2E80) para += u' ';
            para += l;
        }
        body.push_back({Kind::Body, std::move(para), {}});
    }
    addBody(out, body);
    if (out.paragraphs.empty() && out.headline.empty() && out.byline.empty() &&
        out.dateline.empty())
        return Error{label + ": the file has no text"};
    return out;
}

}  // namespace bm::import
