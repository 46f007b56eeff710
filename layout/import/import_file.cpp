// SPDX-License-Identifier: MIT
// File-level entry points: reading a file by its extension, the model article, its id.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "layout/import/import.h"
#include "layout/model/templates.h"
#include "layout/model/text_mapping.h"

namespace bm::import {

namespace {

constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

std::string fileName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string extension(const std::string& name) {
    const size_t dot = name.find_last_of('.');
    if (dot == std::string::npos) return {};
    std::string ext = name.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

std::string slug(const std::string& name) {
    std::string out;
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += static_cast<char>(c);
        else if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (c < 0x80 && !out.empty() && out.back() != '-')
            out += '-';
        // A Chinese file name has no ASCII slug; the id falls back to "article".
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? "article" : out;
}

}  // namespace

Result<ImportedArticle> importFile(const std::string& path) {
    const std::string name = fileName(path);
    const std::string ext = extension(name);
    if (ext != "docx" && ext != "txt" && ext != "text")
        return Error{path + ": cannot import this kind of file (expected .docx or .txt)"};
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return Error{path + ": cannot open (no such file)"};
    if (!std::filesystem::is_regular_file(path, ec)) return Error{path + ": not a file"};
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return Error{path + ": cannot read (" + ec.message() + ")"};
    if (size > kMaxFileBytes) return Error{path + ": larger than 64 MB"};
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(path.c_str(), "rb"), std::fclose);
    if (!in) return Error{path + ": cannot open (" + std::strerror(errno) + ")"};
    std::string bytes(size, '\0');
    const size_t got = std::fread(bytes.data(), 1, bytes.size(), in.get());
    if (std::ferror(in.get())) return Error{path + ": cannot read"};
    bytes.resize(got);
    return ext == "docx" ? importDocx(bytes, path) : importText(bytes, path);
}

model::Article toArticle(const ImportedArticle& imported, std::string id) {
    model::Article a;
    a.id = std::move(id);
    a.kicker = imported.kicker;
    a.headline = imported.headline;
    a.subheadline = imported.subheadline;
    a.byline = imported.byline;
    a.dateline = imported.dateline;
    a.paragraphs = imported.paragraphs;
    for (size_t i = 0; i < a.paragraphs.size(); ++i)
        if (model::isSalutation(a.paragraphs[i])) a.flushParagraphs.push_back(static_cast<int>(i));
    // v2 rich text: bold runs become bold character ranges and headings further down the body
    // become 小标题 paragraphs, so nothing of the copy's structure is lost on the page.
    const int n = static_cast<int>(a.paragraphs.size());
    for (const BoldSpan& b : imported.bold) {
        if (b.paragraph < 0 || b.paragraph >= n) continue;
        const int len = static_cast<int>(a.paragraphs[b.paragraph].size());
        const std::u16string& text = a.paragraphs[b.paragraph];
        const auto inPair = [&](int x) {
            return x > 0 && x < len && text[x] >= 0xDC00 && text[x] <= 0xDFFF;
        };
        const int begin = std::max(b.begin, 0), end = std::min(b.end, len);
        if (begin < end && !inPair(begin) && !inPair(end))
            a.charRanges = model::withCharAttrs(std::move(a.charRanges), b.paragraph, begin, end,
                                                model::CharAttrs{std::nullopt, true});
    }
    std::vector<int> headings = imported.headings;
    std::sort(headings.begin(), headings.end());
    headings.erase(std::unique(headings.begin(), headings.end()), headings.end());
    for (int h : headings)
        if (h >= 0 && h < n) a.paragraphStyles.push_back({h, "subhead"});
    return a;
}

std::string articleIdFor(const std::string& path, const model::Document& doc) {
    std::string base = fileName(path);
    if (const size_t dot = base.find_last_of('.'); dot != std::string::npos && dot > 0)
        base.erase(dot);
    const std::string stem = slug(base);
    std::string id = stem;
    for (int n = 2; doc.article(id); ++n) id = stem + "-" + std::to_string(n);
    return id;
}

}  // namespace bm::import
