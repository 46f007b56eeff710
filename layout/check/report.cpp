// SPDX-License-Identifier: MIT
#include "layout/check/report.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "layout/base/utf.h"

namespace bm::check {

namespace {

using OJson = nlohmann::ordered_json;

OJson range(const Range& r) { return OJson::array({r.begin, r.end}); }

OJson location(const Location& l) {
    OJson j = OJson::object();
    if (!l.page.empty()) j["page"] = l.page;
    if (l.folio) j["folio"] = l.folio;
    if (!l.frame.empty()) j["frame"] = l.frame;
    if (!l.article.empty()) j["article"] = l.article;
    if (l.field) j["field"] = fieldName(*l.field);
    if (l.paragraph >= 0) j["paragraph"] = l.paragraph;
    if (l.line >= 0) j["line"] = l.line;
    if (l.utf16) j["utf16"] = range(*l.utf16);
    if (l.cp) j["cp"] = range(*l.cp);
    return j;
}

OJson number(double v) {
    if (std::floor(v) == v && std::fabs(v) < 1e15) return OJson(static_cast<long long>(v));
    return OJson(v);
}

OJson finding(const Finding& f) {
    OJson j = OJson::object();
    j["rule"] = f.rule;
    j["severity"] = severityName(f.severity);
    j["class"] = className(f.cls);
    j["location"] = location(f.location);
    if (!f.related.empty()) {
        OJson rel = OJson::array();
        for (const auto& r : f.related) rel.push_back(location(r));
        j["related"] = std::move(rel);
    }
    if (f.excerpt)
        j["excerpt"] = {{"before", utf16ToUtf8(f.excerpt->before)},
                        {"text", utf16ToUtf8(f.excerpt->text)},
                        {"after", utf16ToUtf8(f.excerpt->after)}};
    j["message"] = {{"zh", f.zh}, {"en", f.en}};
    if (f.fix) {
        OJson edits = OJson::array();
        for (const auto& e : f.fix->edits)
            edits.push_back(
                {{"utf16", range(e.utf16)}, {"cp", range(e.cp)}, {"text", utf16ToUtf8(e.text)}});
        j["fix"] = {{"edits", std::move(edits)},
                    {"description", {{"zh", f.fix->zh}, {"en", f.fix->en}}},
                    {"safe", f.fix->safe}};
    } else {
        j["fix"] = nullptr;
    }
    if (!f.data.empty()) {
        OJson d = OJson::object();
        for (const auto& [k, v] : f.data) d[k] = number(v);
        j["data"] = std::move(d);
    }
    j["fingerprint"] = fingerprintHex(f.fingerprint);
    if (f.waived) j["waived"] = true;
    return j;
}

/// Display width: CJK and full-width characters take two columns.
size_t width(const std::string& s) {
    size_t w = 0;
    const auto u = utf8ToUtf16(s).value_or(u"");
    for (char16_t c : u) {
        if (c >= 0xDC00 && c < 0xE000) continue;
        w += (c >= 0x1100 && (c < 0x2000 || c >= 0x2E80)) ? 2 : 1;
    }
    return w;
}

std::string pad(const std::string& s, size_t n) {
    const size_t w = width(s);
    return s + std::string(w < n ? n - w : 1, ' ');
}

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string locationText(const Location& l) {
    std::string s;
    auto part = [&](const std::string& p) { s += (s.empty() ? "" : " ") + p; };
    if (l.folio) part(std::to_string(l.folio) + "版");
    if (!l.frame.empty())
        part("frame " + l.frame);
    else if (!l.article.empty())
        part("article " + l.article);
    if (l.field && *l.field != FieldKind::Paragraphs) part(fieldName(*l.field));
    if (l.paragraph >= 0) part("¶" + std::to_string(l.paragraph));
    if (l.line >= 0) part("line " + std::to_string(l.line));
    if (l.cp) part("cp[" + std::to_string(l.cp->begin) + "," + std::to_string(l.cp->end) + ")");
    return s.empty() ? "document" : s;
}

std::string resultToJson(const CheckResult& r, const std::string& documentName) {
    OJson j = OJson::object();
    j["format"] = "banmian-check";
    j["version"] = 1;
    j["document"] = documentName;
    j["profile"] = r.profile;
    j["summary"] = {{"error", r.summary.error},
                    {"warning", r.summary.warning},
                    {"info", r.summary.info},
                    {"waived", r.summary.waived},
                    {"blocking", r.summary.blocking}};
    OJson list = OJson::array();
    for (const auto& f : r.findings) list.push_back(finding(f));
    j["findings"] = std::move(list);
    return j.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n";
}

std::string resultToText(const CheckResult& r) {
    std::string out;
    for (const auto& f : r.findings) {
        if (f.waived) continue;
        std::string line = pad(locationText(f.location), 30) + pad(severityName(f.severity), 9) +
                           pad(f.rule, 20) + f.zh;
        if (f.excerpt)
            line += "  …" + utf16ToUtf8(f.excerpt->before) + utf16ToUtf8(f.excerpt->text) +
                    utf16ToUtf8(f.excerpt->after) + "…";
        out += line + "\n";
    }
    out += plural(r.summary.error, "error", "errors") + ", " +
           plural(r.summary.warning, "warning", "warnings") + ", " +
           std::to_string(r.summary.info) + " info";
    if (r.summary.waived) out += ", " + std::to_string(r.summary.waived) + " waived";
    out += "; " + std::to_string(r.summary.blocking) + " " +
           (r.summary.blocking == 1 ? "blocks" : "block") + " export under x1a\n";
    return out;
}

}  // namespace bm::check
