// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_info.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <optional>

namespace bm::pdf {

namespace {
// Howard Hinnant's days → civil date; avoids gmtime (locale- and TZ-free, thread-safe).
void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}
}  // namespace

std::string pdfDate(std::int64_t epoch) {
    if (epoch < 0) epoch = 0;
    if (epoch > 253402300799) epoch = 253402300799;  // 9999-12-31T23:59:59: 4-digit years
    std::int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(epoch / 86400, y, m, d);
    const std::int64_t s = epoch % 86400;
    char buf[40];
    std::snprintf(buf, sizeof buf, "D:%04d%02u%02u%02d%02d%02d+00'00'", static_cast<int>(y), m, d,
                  static_cast<int>(s / 3600), static_cast<int>(s / 60 % 60),
                  static_cast<int>(s % 60));
    return buf;
}

std::int64_t resolveEpoch(const std::optional<std::int64_t>& explicitEpoch) {
    if (explicitEpoch) return *explicitEpoch;
    const char* env = std::getenv("SOURCE_DATE_EPOCH");
    // A plant files pages by date: the real time, unless a reproducible build asks otherwise.
    if (!env) return static_cast<std::int64_t>(std::time(nullptr));
    std::int64_t v = 0;
    const char* end = env + std::strlen(env);
    auto r = std::from_chars(env, end, v);
    // The spec says a malformed value is an error; for an exporter, falling back to the fixed
    // epoch keeps output deterministic without failing the export.
    return r.ec == std::errc() && r.ptr == end ? v : 0;
}

void writeInfo(ObjectWriter& w, Ref ref, const std::string& title, std::int64_t epoch, bool x1a) {
    const std::string date = pdfDate(epoch);
    auto obj = w.object(ref);
    Dict d(obj.out());
    // PDF/X requires a title; preflight tools flag an empty one as missing.
    d.text("Title", title.empty() ? "Untitled" : title);
    d.text("Creator", "Banmian");
    d.text("Producer", "Banmian PDF writer");
    d.key("CreationDate").putLiteral(date);
    d.key("ModDate").putLiteral(date);
    // PDF/X requires /Trapped True or False; the writer does no trapping.
    d.name("Trapped", "False");
    if (x1a) {
        d.key("GTS_PDFXVersion").putLiteral("PDF/X-1:2001");
        d.key("GTS_PDFXConformance").putLiteral("PDF/X-1a:2001");
    }
}

void putOutputIntents(ByteBuffer& out, Ref destProfile, const std::string& description) {
    if (destProfile.valid()) {
        // The plant's own profile: embedded, so the RIP and any preflight know exactly what the
        // separations were made for.
        out.put("[<</Type /OutputIntent /S /GTS_PDFX");
        out.put(" /OutputConditionIdentifier (Custom)");
        out.put(" /OutputCondition ").putTextString(description);
        out.put(" /Info ").putTextString(description);
        putRef(out.put(" /DestOutputProfile "), destProfile);
        out.put(">>]");
        return;
    }
    // IFRA26 (ISOnewspaper26v4, ISO 12647-3 coldset newsprint) is a characterization
    // registered at color.org. PDF/X-1a lets a registered OutputConditionIdentifier stand on
    // its own, so no ICC profile (/DestOutputProfile) is embedded: the plant's RIP knows it.
    out.put("[<</Type /OutputIntent /S /GTS_PDFX");
    out.put(" /OutputConditionIdentifier (IFRA26)");
    out.put(" /RegistryName (http://www.color.org)");
    out.put(" /OutputCondition (ISOnewspaper26v4, coldset offset on newsprint)");
    out.put(" /Info (ISO 12647-3 coldset newsprint)>>]");
}

}  // namespace bm::pdf
