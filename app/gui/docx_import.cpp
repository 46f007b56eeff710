// SPDX-License-Identifier: MIT
#include "gui/docx_import.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>

#include "gui/zip_reader.h"
#include "layout/base/utf.h"

namespace bm::gui {

namespace {

enum class Kind { Body, Title, Subtitle, Heading };

struct RawParagraph {
    std::string styleId;
    std::string text;  // UTF-8; '\n' for a line break
};

/// Decodes the five XML entities and numeric character references.
std::string decodeEntities(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const size_t semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 12) {
            out += s[i];
            continue;
        }
        const std::string_view ent = s.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (ent == "lt")
            cp = '<';
        else if (ent == "gt")
            cp = '>';
        else if (ent == "amp")
            cp = '&';
        else if (ent == "quot")
            cp = '"';
        else if (ent == "apos")
            cp = '\'';
        else if (ent.size() > 1 && ent[0] == '#') {
            const bool hex = ent[1] == 'x' || ent[1] == 'X';
            const std::string digits(ent.substr(hex ? 2 : 1));
            try {
                cp = static_cast<char32_t>(std::stoul(digits, nullptr, hex ? 16 : 10));
            } catch (...) {
                cp = 0;
            }
        }
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out += s[i];
            continue;
        }
        // UTF-8 encode.
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
        i = semi;
    }
    return out;
}

/// One tag of the XML text: name, raw attribute text, and whether it opens, closes or both.
struct Tag {
    std::string_view name;
    std::string_view attrs;
    bool closing = false;
    bool selfClosing = false;
};

/// The value of attribute `name` in raw attribute text ("" when absent).
std::string attribute(std::string_view attrs, std::string_view name) {
    size_t at = 0;
    while ((at = attrs.find(name, at)) != std::string_view::npos) {
        const bool startOk = at == 0 || attrs[at - 1] == ' ' || attrs[at - 1] == '\t' ||
                             attrs[at - 1] == '\n' || attrs[at - 1] == '\r';
        size_t p = at + name.size();
        while (p < attrs.size() && (attrs[p] == ' ' || attrs[p] == '\t')) ++p;
        if (startOk && p < attrs.size() && attrs[p] == '=') {
            ++p;
            while (p < attrs.size() && (attrs[p] == ' ' || attrs[p] == '\t')) ++p;
            if (p < attrs.size() && (attrs[p] == '"' || attrs[p] == '\'')) {
                const char q = attrs[p];
                const size_t end = attrs.find(q, p + 1);
                if (end == std::string_view::npos) return {};
                return decodeEntities(attrs.substr(p + 1, end - p - 1));
            }
        }
        at += name.size();
    }
    return {};
}

/// Calls `onTag(tag)` for every element tag and `onText(text)` for the text between tags.
/// Comments, processing instructions and CDATA are skipped (CDATA does not occur in Word XML).
template <typename OnTag, typename OnText>
bool scanXml(std::string_view xml, OnTag onTag, OnText onText) {
    size_t i = 0;
    while (i < xml.size()) {
        const size_t lt = xml.find('<', i);
        if (lt == std::string_view::npos) {
            onText(xml.substr(i));
            return true;
        }
        if (lt > i) onText(xml.substr(i, lt - i));
        if (xml.compare(lt, 4, "<!--") == 0) {
            const size_t end = xml.find("-->", lt + 4);
            if (end == std::string_view::npos) return false;
            i = end + 3;
            continue;
        }
        const size_t gt = xml.find('>', lt);
        if (gt == std::string_view::npos) return false;
        std::string_view body = xml.substr(lt + 1, gt - lt - 1);
        i = gt + 1;
        if (body.empty() || body[0] == '?' || body[0] == '!') continue;
        Tag tag;
        if (body[0] == '/') {
            tag.closing = true;
            body.remove_prefix(1);
        }
        if (!body.empty() && body.back() == '/') {
            tag.selfClosing = true;
            body.remove_suffix(1);
        }
        const size_t sp = body.find_first_of(" \t\r\n");
        tag.name = body.substr(0, sp);
        tag.attrs = sp == std::string_view::npos ? std::string_view() : body.substr(sp + 1);
        onTag(tag);
    }
    return true;
}

/// styleId → lower-case style name, from word/styles.xml.
std::map<std::string, std::string> readStyleNames(std::string_view xml) {
    std::map<std::string, std::string> out;
    std::string current;
    scanXml(
        xml,
        [&](const Tag& t) {
            if (t.name == "w:style" && !t.closing)
                current = attribute(t.attrs, "w:styleId");
            else if (t.name == "w:style" && t.closing)
                current.clear();
            else if (t.name == "w:name" && !current.empty()) {
                std::string name = attribute(t.attrs, "w:val");
                std::transform(name.begin(), name.end(), name.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                out[current] = name;
            }
        },
        [](std::string_view) {});
    return out;
}

Kind classify(const std::string& styleId, const std::map<std::string, std::string>& names) {
    std::string name;
    if (auto it = names.find(styleId); it != names.end()) name = it->second;
    std::string id = styleId;
    std::transform(id.begin(), id.end(), id.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto is = [&](const char* s) { return name == s || id == s; };
    if (is("title")) return Kind::Title;
    if (is("subtitle")) return Kind::Subtitle;
    if (name.rfind("heading", 0) == 0 || id.rfind("heading", 0) == 0) return Kind::Heading;
    return Kind::Body;
}

std::vector<RawParagraph> readParagraphs(std::string_view xml, bool& ok) {
    std::vector<RawParagraph> done;
    std::vector<RawParagraph> open;  // a stack: text boxes nest paragraphs inside paragraphs
    bool inText = false;
    int skipDepth = 0;  // inside mc:Fallback, which repeats the mc:Choice content
    ok = scanXml(
        xml,
        [&](const Tag& t) {
            if (t.name == "mc:Fallback") {
                if (t.closing)
                    skipDepth = std::max(0, skipDepth - 1);
                else if (!t.selfClosing)
                    ++skipDepth;
                return;
            }
            if (skipDepth > 0) return;
            if (t.name == "w:p") {
                if (t.closing) {
                    if (!open.empty()) {
                        done.push_back(std::move(open.back()));
                        open.pop_back();
                    }
                } else if (t.selfClosing) {
                    done.push_back({});
                } else {
                    open.push_back({});
                }
            } else if (t.name == "w:t") {
                inText = !t.closing && !t.selfClosing;
            } else if (open.empty()) {
                return;
            } else if (t.name == "w:pStyle") {
                open.back().styleId = attribute(t.attrs, "w:val");
            } else if ((t.name == "w:br" || t.name == "w:cr") && !t.closing) {
                open.back().text += '\n';
            } else if (t.name == "w:tab" && !t.closing) {
                open.back().text += ' ';
            }
        },
        [&](std::string_view text) {
            if (inText && skipDepth == 0 && !open.empty()) open.back().text += decodeEntities(text);
        });
    return done;
}

/// Trims ASCII whitespace and ideographic spaces (U+3000) at both ends.
std::u16string trim(std::u16string s) {
    auto space = [](char16_t c) {
        return c == u' ' || c == u'\t' || c == u'\r' || c == u'\u3000' || c == u'\u00A0';
    };
    size_t b = 0, e = s.size();
    while (b < e && space(s[b])) ++b;
    while (e > b && space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

/// Splits at '\n' and trims each piece, dropping empty ones.
std::vector<std::u16string> lines(const std::u16string& s) {
    std::vector<std::u16string> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t nl = s.find(u'\n', start);
        if (nl == std::u16string::npos) nl = s.size();
        std::u16string piece = trim(s.substr(start, nl - start));
        if (!piece.empty()) out.push_back(std::move(piece));
        start = nl + 1;
    }
    return out;
}

std::u16string joinLines(const std::vector<std::u16string>& parts) {
    std::u16string out;
    for (const auto& p : parts) out += (out.empty() ? u"" : u"\n") + p;
    return out;
}

}  // namespace

Result<ImportedArticle> importDocxBytes(const std::vector<std::uint8_t>& bytes,
                                        const std::string& label) {
    auto archive = zip::Archive::open(bytes, label);
    if (!archive) return Error{archive.error()};
    if (!archive->contains("word/document.xml"))
        return Error{label + ": not a Word document (no word/document.xml)"};
    auto document = archive->read("word/document.xml");
    if (!document) return Error{document.error()};
    std::map<std::string, std::string> styleNames;
    if (archive->contains("word/styles.xml")) {
        if (auto styles = archive->read("word/styles.xml")) styleNames = readStyleNames(*styles);
    }
    bool ok = true;
    const auto raw = readParagraphs(*document, ok);
    if (!ok) return Error{label + ": word/document.xml: malformed XML"};

    struct Para {
        Kind kind;
        std::u16string text;
    };
    std::vector<Para> paras;
    for (const auto& p : raw) {
        size_t bad = 0;
        auto text = utf8ToUtf16(p.text, &bad);
        if (!text)
            return Error{label + ": word/document.xml: invalid UTF-8 at byte " +
                         std::to_string(bad) + " of a paragraph"};
        std::u16string t = joinLines(lines(*text));
        if (!t.empty()) paras.push_back({classify(p.styleId, styleNames), std::move(t)});
    }
    if (paras.empty()) return Error{label + ": the document has no text"};

    ImportedArticle out;
    auto take = [&](Kind k) -> int {
        for (size_t i = 0; i < paras.size(); ++i)
            if (paras[i].kind == k) return static_cast<int>(i);
        return -1;
    };
    int head = take(Kind::Title);
    if (head < 0) head = take(Kind::Heading);
    if (head < 0) head = 0;
    out.headline = paras[head].text;
    for (size_t i = 0; i < paras.size(); ++i) {
        if (static_cast<int>(i) == head) continue;
        if (paras[i].kind == Kind::Subtitle && out.paragraphs.empty()) {
            out.subheadline += (out.subheadline.empty() ? u"" : u"\n") + paras[i].text;
            continue;
        }
        // A line break inside a body paragraph starts a new paragraph (one per line).
        for (auto& l : lines(paras[i].text)) out.paragraphs.push_back(std::move(l));
    }
    return out;
}

Result<ImportedArticle> importDocxFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path + ": cannot open"};
    std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                                    std::istreambuf_iterator<char>());
    if (in.bad()) return Error{path + ": cannot read"};
    return importDocxBytes(bytes, path);
}

Result<ImportedArticle> importPlainText(std::string_view utf8, const std::string& label) {
    if (utf8.size() >= 3 && utf8.compare(0, 3, "\xEF\xBB\xBF") == 0) utf8.remove_prefix(3);
    size_t bad = 0;
    auto text = utf8ToUtf16(utf8, &bad);
    if (!text)
        return Error{label + ": not UTF-8 (invalid byte at offset " + std::to_string(bad) + ")"};
    // Blocks of non-empty lines separated by blank lines.
    std::vector<std::vector<std::u16string>> blocks(1);
    size_t start = 0;
    const std::u16string& s = *text;
    while (start <= s.size()) {
        size_t nl = s.find(u'\n', start);
        if (nl == std::u16string::npos) nl = s.size();
        std::u16string line = trim(s.substr(start, nl - start));
        if (line.empty()) {
            if (!blocks.back().empty()) blocks.emplace_back();
        } else {
            blocks.back().push_back(std::move(line));
        }
        start = nl + 1;
    }
    if (blocks.back().empty()) blocks.pop_back();
    if (blocks.empty()) return Error{label + ": the file has no text"};

    ImportedArticle out;
    out.headline = blocks[0][0];
    blocks[0].erase(blocks[0].begin());
    bool wrapped = false;
    for (size_t b = 1; b < blocks.size(); ++b) wrapped = wrapped || blocks[b].size() > 1;
    wrapped = wrapped && blocks.size() > 2;
    for (const auto& block : blocks) {
        if (block.empty()) continue;
        if (!wrapped) {
            for (const auto& l : block) out.paragraphs.push_back(l);
            continue;
        }
        std::u16string para;
        for (const auto& l : block) {
            // Hard-wrapped Latin words need a space back; CJK lines join directly.
            if (!para.empty() && para.back() < 0x2E80 && l.front() < 0x2E80) para += u' ';
            para += l;
        }
        out.paragraphs.push_back(std::move(para));
    }
    return out;
}

}  // namespace bm::gui
