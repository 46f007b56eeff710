// SPDX-License-Identifier: MIT
#include "layout/codecs/docx_xml.h"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>

#include "layout/base/utf.h"

namespace bm::import::detail {

namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr const char* kMc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view kOfficeDocument = "/officeDocument";

void ignoreError(void*, const char*, xmlParserSeverities, xmlTextReaderLocatorPtr) {}

/// One reader over a part. Node names are kept per depth so a handler can ask for its parent.
class Reader {
public:
    explicit Reader(std::string_view xml) {
        static std::once_flag init;
        std::call_once(init, [] { xmlInitParser(); });
        if (xml.size() < static_cast<size_t>(INT_MAX))
            m_r.reset(
                xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr,
                                   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
        if (m_r) xmlTextReaderSetErrorHandler(m_r.get(), ignoreError, nullptr);
    }
    /// 1 = a node, 0 = the end, -1 = malformed.
    int next() {
        if (!m_r) return -1;
        const int rc = xmlTextReaderRead(m_r.get());
        if (rc != 1) return rc;
        type = xmlTextReaderNodeType(m_r.get());
        depth = xmlTextReaderDepth(m_r.get());
        if (depth < 0) return -1;
        empty = false;
        m_names.resize(static_cast<size_t>(depth) + (type == XML_READER_TYPE_END_ELEMENT ? 1 : 0));
        if (type == XML_READER_TYPE_ELEMENT) {
            const char* ns = text(xmlTextReaderConstNamespaceUri(m_r.get()));
            const char* local = text(xmlTextReaderConstLocalName(m_r.get()));
            std::string name = ns && local && (!std::strcmp(ns, kW) || !std::strcmp(ns, kWStrict))
                                   ? std::string(local)
                               : ns && local && !std::strcmp(ns, kMc) ? "mc:" + std::string(local)
                                                                      : std::string("?");
            m_names.push_back(std::move(name));
            empty = xmlTextReaderIsEmptyElement(m_r.get()) == 1;
        }
        return 1;
    }
    /// The w: local name of the current (start or end) element ("mc:…" for markup
    /// compatibility, "?" for other namespaces).
    const std::string& name() const { return m_names.back(); }
    /// The w: name of the element `up` levels above the current element ("" above the root).
    std::string parent(size_t up = 1) const {
        const size_t d = static_cast<size_t>(depth);
        return d >= up && d - up < m_names.size() ? m_names[d - up] : std::string();
    }
    /// A w: attribute of the current element (unprefixed attributes too, for lenient writers).
    std::optional<std::string> attribute(const char* local) const {
        for (const char* ns : {kW, kWStrict}) {
            xmlChar* v =
                xmlTextReaderGetAttributeNs(m_r.get(), reinterpret_cast<const xmlChar*>(local),
                                            reinterpret_cast<const xmlChar*>(ns));
            if (v) return take(v);
        }
        xmlChar* v = xmlTextReaderGetAttribute(m_r.get(), reinterpret_cast<const xmlChar*>(local));
        if (v) return take(v);
        return std::nullopt;
    }
    const char* value() const { return text(xmlTextReaderConstValue(m_r.get())); }

    int type = 0;
    int depth = 0;
    bool empty = false;

private:
    static const char* text(const xmlChar* s) { return reinterpret_cast<const char*>(s); }
    static std::string take(xmlChar* v) {
        std::string out(reinterpret_cast<const char*>(v));
        xmlFree(v);
        return out;
    }
    struct Free {
        void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
    };
    std::unique_ptr<xmlTextReader, Free> m_r;
    std::vector<std::string> m_names;
};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// w:b, w:val absent or true.
bool onOff(const Reader& r) {
    const auto v = r.attribute("val");
    return !v || (*v != "0" && *v != "false" && *v != "off");
}

Kind kindOf(const std::string& styleId, bool outline, const Styles& styles) {
    const StyleInfo* info = nullptr;
    if (auto it = styles.find(styleId); it != styles.end()) info = &it->second;
    const std::string name = info ? info->name : std::string();
    const std::string id = lower(styleId);
    auto is = [&](const char* s) { return name == s || id == s; };
    if (is("title")) return Kind::Title;
    if (is("subtitle")) return Kind::Subtitle;
    if (name.rfind("heading", 0) == 0 || id.rfind("heading", 0) == 0 || outline ||
        (info && info->outline))
        return Kind::Heading;
    return Kind::Body;
}

/// The state of the walk over document.xml.
struct Walk {
    struct Open {
        Para para;
        std::string styleId;
        bool outline = false;
    };
    std::vector<Para> done;
    std::vector<Open> open;     // a stack: text boxes nest paragraphs inside paragraphs
    std::vector<char> runBold;  // a stack of the open runs' bold state
    int skipDepth = -1;         // inside mc:Fallback (a copy of mc:Choice) or w:del
    bool inText = false;
    const Styles* styles = nullptr;

    void append(std::u16string_view s) {
        if (open.empty()) return;
        Para& p = open.back().para;
        p.text += s;
        const bool bold = !runBold.empty() && runBold.back();
        p.bold.resize(p.text.size(), bold ? 1 : 0);
    }
    void close() {
        Open o = std::move(open.back());
        open.pop_back();
        o.para.kind = kindOf(o.styleId, o.outline, *styles);
        done.push_back(std::move(o.para));
    }
    bool element(const Reader& r);
};

bool Walk::element(const Reader& r) {
    const std::string& n = r.name();
    if (n == "mc:Fallback" || n == "del" || n == "moveFrom") {
        if (!r.empty) skipDepth = r.depth;
        return true;
    }
    if (n == "p") {
        open.push_back({});
        if (r.empty) close();
    } else if (n == "r") {
        if (!r.empty) runBold.push_back(0);
    } else if (open.empty()) {
        return true;
    } else if (n == "pStyle" && r.parent() == "pPr") {
        open.back().styleId = r.attribute("val").value_or("");
    } else if (n == "outlineLvl" && r.parent() == "pPr") {
        open.back().outline = r.attribute("val").value_or("9") < "9";
    } else if (n == "b" && r.parent() == "rPr" && r.parent(2) == "r" && !runBold.empty()) {
        runBold.back() = onOff(r) ? 1 : 0;
    } else if (n == "rStyle" && r.parent() == "rPr" && !runBold.empty()) {
        const auto it = styles->find(r.attribute("val").value_or(""));
        if (it != styles->end() && it->second.bold) runBold.back() = 1;
    } else if (r.parent() == "r") {
        if (n == "t" && !r.empty) inText = true;
        if (n == "br" || n == "cr") append(u"\n");
        if (n == "tab") append(u" ");
    }
    return true;
}

}  // namespace

Result<Styles> readStyles(std::string_view xml) {
    Styles out;
    Reader r(xml);
    std::string current;
    int rc;
    while ((rc = r.next()) == 1) {
        if (r.type != XML_READER_TYPE_ELEMENT) continue;
        const std::string& n = r.name();
        if (n == "style") {
            current = r.attribute("styleId").value_or("");
            out[current];
        } else if (current.empty()) {
            continue;
        } else if (n == "name" && r.parent() == "style") {
            out[current].name = lower(r.attribute("val").value_or(""));
        } else if (n == "b" && r.parent() == "rPr" && r.parent(2) == "style") {
            out[current].bold = onOff(r);
        } else if (n == "outlineLvl" && r.parent() == "pPr" && r.parent(2) == "style") {
            out[current].outline = r.attribute("val").value_or("9") < "9";
        }
    }
    if (rc < 0) return Error{"word/styles.xml: malformed XML"};
    return out;
}

Result<std::string> mainDocumentPart(std::string_view relsXml) {
    Reader r(relsXml);
    int rc;
    while ((rc = r.next()) == 1) {
        if (r.type != XML_READER_TYPE_ELEMENT) continue;
        const std::string type = r.attribute("Type").value_or("");
        if (type.size() >= kOfficeDocument.size() &&
            type.compare(type.size() - kOfficeDocument.size(), std::string::npos,
                         kOfficeDocument) == 0) {
            std::string target = r.attribute("Target").value_or("");
            if (!target.empty() && target[0] == '/') target.erase(0, 1);
            return target;
        }
    }
    if (rc < 0) return Error{"_rels/.rels: malformed XML"};
    return std::string("word/document.xml");
}

Result<std::vector<Para>> readParagraphs(std::string_view xml, const Styles& styles) {
    Reader r(xml);
    Walk walk;
    walk.styles = &styles;
    int rc;
    while ((rc = r.next()) == 1) {
        if (walk.skipDepth >= 0) {
            if (r.type == XML_READER_TYPE_END_ELEMENT && r.depth == walk.skipDepth)
                walk.skipDepth = -1;
            continue;
        }
        if (r.type == XML_READER_TYPE_ELEMENT) {
            walk.element(r);
        } else if (r.type == XML_READER_TYPE_END_ELEMENT) {
            const std::string& n = r.name();
            if (n == "p" && !walk.open.empty()) walk.close();
            if (n == "r" && !walk.runBold.empty()) walk.runBold.pop_back();
            if (n == "t") walk.inText = false;
        } else if (walk.inText &&
                   (r.type == XML_READER_TYPE_TEXT || r.type == XML_READER_TYPE_CDATA ||
                    r.type == XML_READER_TYPE_WHITESPACE ||
                    r.type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
            const char* v = r.value();
            auto text = utf8ToUtf16(v ? v : "");
            if (!text) return Error{"word/document.xml: text that is not Unicode"};
            walk.append(*text);
        }
    }
    if (rc < 0) return Error{"word/document.xml: malformed XML"};
    while (!walk.open.empty()) walk.close();
    return std::move(walk.done);
}

}  // namespace bm::import::detail
