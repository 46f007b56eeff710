// SPDX-License-Identifier: MIT
#pragma once
// Helpers shared by the raster tests: a registry with the body font, simple (unshaped) glyph
// runs, pixel probes and a scratch directory.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <atomic>
#include <filesystem>
#include <string>

#include "fonts/font_registry.h"
#include "layout/page/display_list.h"
#include "layout/render/raster/raster.h"

namespace bm::render::test {

inline const std::string kData = BM_TEST_DATA;
inline const std::string kImages = std::string(BM_TEST_DATA) + "/images";

/// One registry for the whole binary: loading a CJK .ttc takes a while.
struct SerifFont {
    fonts::FontRegistry registry;
    fonts::FaceId id{};
    const fonts::Face* face = nullptr;
    std::string error;
    SerifFont() {
        auto r = registry.findFamily("Noto Serif CJK SC");
        if (!r) {
            error = r.error();
            return;
        }
        id = *r;
        face = &registry.face(id);
    }
};

inline SerifFont& serif() {
    static SerifFont f;
    INFO(f.error);
    REQUIRE(f.face != nullptr);
    return f;
}

/// Glyphs by cmap lookup and advance, no shaping: enough for CJK text.
inline page::GlyphRun simpleRun(const std::u32string& text, Length size, Point origin,
                                page::Paint fill = page::Paint::black()) {
    SerifFont& f = serif();
    page::GlyphRun run;
    run.face = f.id;
    run.size = size;
    run.fill = fill;
    Length x = origin.x;
    for (char32_t c : text) {
        const std::uint32_t g = f.face->glyphFor(c);
        run.add(g, {x, origin.y}, u"?");
        x += toLength(f.face->advance(g), size, f.face->unitsPerEm());
    }
    return run;
}

inline int px(const Raster& r, int x, int y, int channel = 0) {
    return r.pixels[(static_cast<size_t>(y) * r.width + x) * r.channels + channel];
}

struct InkBox {
    int left = 1 << 30, top = 1 << 30, right = -1, bottom = -1;  // inclusive
    bool empty() const { return right < 0; }
};

/// Bounding box of the pixels darker than `threshold` (first channel).
inline InkBox inkBox(const Raster& r, int threshold = 250) {
    InkBox b;
    for (int y = 0; y < r.height; ++y)
        for (int x = 0; x < r.width; ++x)
            if (px(r, x, y) < threshold) {
                b.left = std::min(b.left, x);
                b.right = std::max(b.right, x);
                b.top = std::min(b.top, y);
                b.bottom = std::max(b.bottom, y);
            }
    return b;
}

/// A fresh directory under the system temp dir, removed at scope exit.
struct ScratchDir {
    std::filesystem::path path;
    ScratchDir() {
        static std::atomic<int> n{0};
        path = std::filesystem::temp_directory_path() /
               ("bm-raster-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
        std::filesystem::create_directories(path);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

}  // namespace bm::render::test
