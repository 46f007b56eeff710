// SPDX-License-Identifier: MIT
// Replays a display list in order onto a white page. Images are decoded and scaled first, one
// at a time, so that the page's colour mode (gray or RGB) is known before the first pixel and
// only one full-size photo is ever in memory.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <new>
#include <set>
#include <type_traits>
#include <variant>

#include "layout/render/image/image_decode.h"
#include "layout/render/image/pdf_page.h"
#include "layout/render/raster/canvas.h"
#include "layout/render/raster/glyph_cache.h"
#include "layout/render/raster/image_fit.h"
#include "layout/render/raster/raster.h"
#include "layout/render/raster/shapes.h"

namespace bm::render {

namespace {

constexpr double kMaxDpi = 9600;
constexpr long long kMaxPagePixels = 400'000'000;  // 1.2 GB as RGB
constexpr long long kMaxPageSide = 200'000;
// Frame coordinates are clamped this far outside the page so pixel maths stays in int range.
constexpr double kFar = 1e8;

struct Prepared {
    std::vector<ImagePatch> patches;  // by item index; empty patch = placeholder or nothing
    std::vector<bool> placeholder;
    bool colour = false;
};

std::string pageName(const page::PageDisplay& d) { return "page " + std::to_string(d.pageNumber); }

std::string resolvePath(const std::string& path, const std::string& baseDir) {
    if (baseDir.empty()) return path;
    const std::filesystem::path p(path);
    return p.is_absolute() ? path : (std::filesystem::path(baseDir) / p).string();
}

double clampFar(double v) { return std::clamp(v, -kFar, kFar); }

struct FrameBox {
    double x0, y0, x1, y1;
};

FrameBox frameBox(const Rect& r, double scale) {
    return FrameBox{clampFar(r.x * scale), clampFar(r.y * scale), clampFar(r.right() * scale),
                    clampFar(r.bottom() * scale)};
}

struct PlacedPixels {
    DecodedImage image;
    page::PlacedRect placed;  ///< the picture's whole extent on the page (mpt)
};

/// The picture of `item`, upright, decoded at no more than about the page's resolution (a JPEG
/// is scaled in its decoder; a PDF ad is drawn at the size it appears).
Result<PlacedPixels> decodePlaced(const std::string& path, const page::ImageItem& item,
                                  double scale) {
    auto bytes = readFileBytes(path);
    if (!bytes) return Error{bytes.error()};
    auto info = readImageInfo(*bytes, path, item.pdfPage);
    if (!info) return Error{info.error()};
    PlacedPixels out;
    out.placed = page::placeImage(item.rect, info->width, info->height, item.fit, info->vector());
    const double wPx = out.placed.w * scale, hPx = out.placed.h * scale;
    Result<DecodedImage> img = Error{""};
    if (info->vector()) {
        img = renderPdfPage(*bytes, path, item.pdfPage, 72.0 * wPx / std::max(1, info->width));
    } else {
        DecodeHint hint;
        hint.minWidth = static_cast<int>(std::min(wPx, 30000.0));
        hint.minHeight = static_cast<int>(std::min(hPx, 30000.0));
        img = decodeImageBytes(*bytes, path, hint);
    }
    if (!img) return Error{img.error()};
    out.image = std::move(*img);
    return out;
}

FrameBox frameBox(const page::PlacedRect& r, double scale) {
    return FrameBox{clampFar(r.x * scale), clampFar(r.y * scale), clampFar(r.right() * scale),
                    clampFar(r.bottom() * scale)};
}

Prepared prepareImages(const page::PageDisplay& display, double scale, int W, int H,
                       const std::string& baseDir, std::vector<std::string>& warnings) {
    Prepared p;
    p.patches.resize(display.items.size());
    p.placeholder.resize(display.items.size(), false);
    for (size_t i = 0; i < display.items.size(); ++i) {
        const auto* img = std::get_if<page::ImageItem>(&display.items[i]);
        if (!img) continue;
        const FrameBox b = frameBox(img->rect, scale);
        if (b.x1 <= 0 || b.y1 <= 0 || b.x0 >= W || b.y0 >= H) continue;  // off the page
        if (img->path.empty()) {  // an intentional empty frame
            p.placeholder[i] = true;
            continue;
        }
        const std::string path = resolvePath(img->path, baseDir);
        auto decoded = decodePlaced(path, *img, scale);
        if (!decoded) {
            warnings.push_back(pageName(display) + ": " + decoded.error() +
                               "; drawn as a placeholder");
            p.placeholder[i] = true;
            continue;
        }
        const FrameBox pb = frameBox(decoded->placed, scale);
        p.patches[i] =
            fitImage(decoded->image, pb.x0, pb.y0, pb.x1, pb.y1, b.x0, b.y0, b.x1, b.y1, W, H);
        p.colour = p.colour || p.patches[i].colour;
    }
    return p;
}

bool pageIsNeutral(const page::PageDisplay& display, const Prepared& prepared) {
    if (prepared.colour) return false;
    for (const auto& item : display.items) {
        const bool neutral = std::visit(
            [](const auto& it) {
                using T = std::decay_t<decltype(it)>;
                if constexpr (std::is_same_v<T, page::GlyphRun>)
                    return isNeutral(it.fill);
                else if constexpr (std::is_same_v<T, page::RuleItem>)
                    return isNeutral(it.stroke);
                else if constexpr (std::is_same_v<T, page::FillRect>)
                    return isNeutral(it.fill);
                else
                    return true;
            },
            item);
        if (!neutral) return false;
    }
    return true;
}

long long floorDiv4(long long q) { return q >= 0 ? q / 4 : -((-q + 3) / 4); }

class PagePainter {
public:
    PagePainter(Raster& r, const fonts::FontRegistry& fonts, GlyphCache& cache, double scale,
                const page::PageDisplay& display)
        : m_canvas(r),
          m_fonts(fonts),
          m_cache(cache),
          m_scale(scale),
          m_display(display),
          m_warnings(r.warnings) {}

    void glyphs(const page::GlyphRun& run) {
        auto face = m_fonts.faceShared(run.face);
        if (!face) {
            if (m_missingFaces.insert(run.face.value).second)
                m_warnings.push_back(pageName(m_display) + ": unknown font face id " +
                                     std::to_string(run.face.value) + "; its text is not drawn");
            return;
        }
        const double ppemD = static_cast<double>(run.size) * m_scale;
        if (!(ppemD > 0.01) || ppemD > kFar) return;
        const float ppem = static_cast<float>(ppemD);
        const Rgb8 colour = toRgb8(run.fill);
        const MaskWindow win = glyphWindow(ppem);
        const size_t n = std::min(run.glyphs.size(), run.positions.size());
        const bool cached = ppem <= GlyphCache::kMaxCachedEm;
        for (size_t i = 0; i < n; ++i) {
            const double fx = clampFar(run.positions[i].x * m_scale);
            const double fy = clampFar(run.positions[i].y * m_scale);
            const long long q = std::llround(fx * GlyphCache::kPhases);
            const long long penX = floorDiv4(q);
            const int phase = static_cast<int>(q - penX * 4);
            const long long penY = std::llround(fy);
            // Skip glyphs that cannot reach the page before rendering anything.
            if (penX + win.right <= 0 || penX + win.left >= m_canvas.width() ||
                penY + win.bottom <= 0 || penY + win.top >= m_canvas.height())
                continue;
            const int px = static_cast<int>(penX), py = static_cast<int>(penY);
            if (cached) {
                const GlyphMask& m =
                    m_cache.mask(face, run.glyphs[i], ppem, phase, run.widthPercent);
                m_canvas.blendMask(px + m.left, py + m.top, m.width, m.height, m.coverage.data(),
                                   m.width, colour);
            } else {
                // A poster-sized glyph: render just the part on the page, and do not keep it.
                const MaskWindow clip{std::max(win.left, -px), std::max(win.top, -py),
                                      std::min(win.right, m_canvas.width() - px),
                                      std::min(win.bottom, m_canvas.height() - py)};
                const GlyphMask m =
                    buildGlyphMask(*face->outline(run.glyphs[i]), face->unitsPerEm(), ppem,
                                   static_cast<float>(phase) / GlyphCache::kPhases, clip,
                                   m_cache.rasterizer(), run.widthPercent);
                m_canvas.blendMask(px + m.left, py + m.top, m.width, m.height, m.coverage.data(),
                                   m.width, colour);
            }
        }
    }

    void rule(const page::RuleItem& r) {
        drawRule(m_canvas, m_cache.rasterizer(), clampFar(r.from.x * m_scale),
                 clampFar(r.from.y * m_scale), clampFar(r.to.x * m_scale),
                 clampFar(r.to.y * m_scale), static_cast<double>(r.width) * m_scale,
                 toRgb8(r.stroke));
    }

    void fill(const page::FillRect& f) {
        const FrameBox b = frameBox(f.rect, m_scale);
        m_canvas.fillRect(b.x0, b.y0, b.x1, b.y1, toRgb8(f.fill));
    }

    void image(const page::ImageItem& img, ImagePatch& patch, bool placeholder) {
        if (placeholder) {
            const FrameBox b = frameBox(img.rect, m_scale);
            drawPlaceholder(m_canvas, m_cache.rasterizer(), b.x0, b.y0, b.x1, b.y1,
                            m_scale * 1000.0);
            return;
        }
        if (patch.width <= 0) return;
        if (m_canvas.channels() == 1) toGray(patch);
        m_canvas.blendImage(patch.x, patch.y, patch.width, patch.height, patch.pixels.data(),
                            patch.channels, patch.colCover.data(), patch.rowCover.data());
        patch = ImagePatch{};  // free it as soon as it is on the page
    }

private:
    Canvas m_canvas;
    const fonts::FontRegistry& m_fonts;
    GlyphCache& m_cache;
    double m_scale;
    const page::PageDisplay& m_display;
    std::vector<std::string>& m_warnings;
    std::set<std::uint32_t> m_missingFaces;
};

}  // namespace

Result<Raster> rasterizePage(const page::PageDisplay& display, const fonts::FontRegistry& fonts,
                             const RasterOptions& options, const std::string& imageBaseDir,
                             GlyphCache& cache) {
    const std::string what = pageName(display);
    if (!std::isfinite(options.dpi) || options.dpi <= 0 || options.dpi > kMaxDpi)
        return Error{"cannot rasterise " + what + ": resolution " + std::to_string(options.dpi) +
                     " dpi is out of range (0, " + std::to_string(static_cast<int>(kMaxDpi)) + "]"};
    if (display.width <= 0 || display.height <= 0)
        return Error{"cannot rasterise " + what + ": page size " + formatPt(display.width) + " x " +
                     formatPt(display.height) + " pt is empty"};
    const double scale = options.dpi / 72000.0;  // pixels per milli-point
    // Round up, so that ink at the trim edge keeps its (partial) pixel.
    const double wD = std::ceil(static_cast<double>(display.width) * scale - 1e-6);
    const double hD = std::ceil(static_cast<double>(display.height) * scale - 1e-6);
    if (wD > kMaxPageSide || hD > kMaxPageSide || wD * hD > static_cast<double>(kMaxPagePixels))
        return Error{"cannot rasterise " + what + ": " + formatPt(display.width) + " x " +
                     formatPt(display.height) + " pt at " + std::to_string(options.dpi) +
                     " dpi would be " + std::to_string(static_cast<long long>(wD)) + " x " +
                     std::to_string(static_cast<long long>(hD)) +
                     " pixels; the limit is 400 Mpixel (lower the dpi)"};
    try {
        Raster r;
        r.width = std::max(1, static_cast<int>(wD));
        r.height = std::max(1, static_cast<int>(hD));
        Prepared prepared =
            prepareImages(display, scale, r.width, r.height, imageBaseDir, r.warnings);
        r.channels = pageIsNeutral(display, prepared) ? 1 : 3;
        r.pixels.assign(static_cast<size_t>(r.width) * r.height * r.channels, 255);

        PagePainter painter(r, fonts, cache, scale, display);
        for (size_t i = 0; i < display.items.size(); ++i) {
            const auto& item = display.items[i];
            if (const auto* g = std::get_if<page::GlyphRun>(&item))
                painter.glyphs(*g);
            else if (const auto* ru = std::get_if<page::RuleItem>(&item))
                painter.rule(*ru);
            else if (const auto* f = std::get_if<page::FillRect>(&item))
                painter.fill(*f);
            else if (const auto* im = std::get_if<page::ImageItem>(&item))
                painter.image(*im, prepared.patches[i], prepared.placeholder[i]);
        }
        return r;
    } catch (const std::bad_alloc&) {
        return Error{"cannot rasterise " + what + ": out of memory"};
    }
}

Result<Raster> rasterizePage(const page::PageDisplay& display, const fonts::FontRegistry& fonts,
                             const RasterOptions& options, const std::string& imageBaseDir) {
    GlyphCache cache;
    return rasterizePage(display, fonts, options, imageBaseDir, cache);
}

}  // namespace bm::render
