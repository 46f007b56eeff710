// SPDX-License-Identifier: MIT
#pragma once
// Helpers for the PDF tests: real glyph runs shaped with HarfBuzz, temporary files, and the
// external oracles (qpdf, poppler). A missing tool fails the test — it never skips — because a
// silently skipped oracle would let a broken PDF pass.
#include <hb.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/base/utf.h"
#include "layout/page/display_list.h"

namespace bm::pdf::test {

/// The faces the tests use; all three are installed by the project's setup script.
struct TestFonts {
    fonts::FontRegistry registry;
    fonts::FaceId serif, sans, kai;
    TestFonts() {
        auto s = registry.findFamily("Noto Serif CJK SC");
        auto h = registry.findFamily("Noto Sans CJK SC");
        auto k = registry.findFamily("AR PL UKai CN");
        REQUIRE(s.ok());
        REQUIRE(h.ok());
        REQUIRE(k.ok());
        serif = *s;
        sans = *h;
        kai = *k;
    }
};

/// Shapes `utf8` (zh-Hans) at `size` from the baseline origin `origin`, the way layout builds
/// runs: positions from HarfBuzz advances rounded by toLength, and text[i] = the UTF-16 text of
/// the cluster glyph i starts (empty for the cluster's other glyphs). `extraSpacing` is added
/// after every glyph, like grid justification does.
inline page::GlyphRun shapeRun(const fonts::FontRegistry& reg, fonts::FaceId faceId,
                               const std::string& utf8, Length size, Point origin,
                               Length extraSpacing = 0) {
    const fonts::Face& face = reg.face(faceId);
    const std::u16string u16 = *utf8ToUtf16(utf8);
    hb_buffer_t* buf = hb_buffer_create();
    hb_buffer_add_utf16(buf, reinterpret_cast<const std::uint16_t*>(u16.data()),
                        static_cast<int>(u16.size()), 0, static_cast<int>(u16.size()));
    hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, HB_SCRIPT_HAN);
    hb_buffer_set_language(buf, hb_language_from_string("zh-Hans", -1));
    hb_shape(face.hbFont(), buf, nullptr, 0);
    unsigned n = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);

    page::GlyphRun run;
    run.face = faceId;
    run.size = size;
    Length x = origin.x;
    const int upem = face.unitsPerEm();
    for (unsigned i = 0; i < n; ++i) {
        const Point at{x + toLength(pos[i].x_offset, size, upem),
                       origin.y - toLength(pos[i].y_offset, size, upem)};
        const bool starts = i == 0 || info[i].cluster != info[i - 1].cluster;
        if (starts) {
            size_t end = u16.size();
            for (unsigned j = i + 1; j < n; ++j) {
                if (info[j].cluster != info[i].cluster) {
                    end = info[j].cluster;
                    break;
                }
            }
            run.add(info[i].codepoint, at,
                    std::u16string_view(u16).substr(info[i].cluster, end - info[i].cluster));
        } else {
            run.add(info[i].codepoint, at);
        }
        x += toLength(pos[i].x_advance, size, upem) + extraSpacing;
    }
    hb_buffer_destroy(buf);
    return run;
}

/// A fresh directory under the system temp dir, removed with its contents at scope exit.
class TempDir {
public:
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "bm-pdf-test-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        m_path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    std::string file(const std::string& name) const { return (m_path / name).string(); }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

inline std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

struct CommandResult {
    int exitCode = -1;
    std::string output;  ///< stdout and stderr
};

/// Runs a shell command, capturing stdout and stderr.
inline CommandResult run(const std::string& command) {
    CommandResult r;
    FILE* p = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
    const int status = ::pclose(p);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

/// Fails (not skips) the test when a tool is not installed.
inline void requireTool(const std::string& tool) {
    INFO("required tool '" << tool << "' is not installed (apt-get install qpdf poppler-utils)");
    REQUIRE(run("command -v " + tool).exitCode == 0);
}

/// Drops ASCII whitespace and form feeds, so layout differences in pdftotext do not matter.
inline std::string squeeze(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') out.push_back(c);
    return out;
}

/// Decompresses every stream (qpdf --qdf) so tests can look at content-stream operators.
inline std::string uncompressed(const std::string& pdfPath) {
    const std::string out = pdfPath + ".qdf";
    const CommandResult r =
        run("qpdf --qdf --object-streams=disable '" + pdfPath + "' '" + out + "'");
    INFO(r.output);
    REQUIRE(r.exitCode == 0);
    return readText(out);
}

}  // namespace bm::pdf::test
