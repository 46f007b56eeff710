// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_image_prep.h"

#include <algorithm>
#include <cmath>

#include "layout/page/image_placement.h"
#include "layout/render/image/jpeg_encode.h"
#include "layout/render/image/resample.h"

namespace bm::pdf {

namespace {

/// The whole-pixel part of the upright source that covers the visible part of the frame.
struct SourceCrop {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    int w() const { return x1 - x0; }
    int h() const { return y1 - y0; }
};

SourceCrop sourceCrop(const page::PlacedRect& placed, const page::PlacedRect& visible, int W,
                      int H) {
    auto lo = [](double v, int n) {
        return std::clamp(static_cast<int>(std::floor(v + 1e-6)), 0, n - 1);
    };
    auto hi = [](double v, int lo, int n) {
        return std::clamp(static_cast<int>(std::ceil(v - 1e-6)), lo + 1, n);
    };
    SourceCrop c;
    c.x0 = lo((visible.x - placed.x) / placed.w * W, W);
    c.y0 = lo((visible.y - placed.y) / placed.h * H, H);
    c.x1 = hi((visible.right() - placed.x) / placed.w * W, c.x0, W);
    c.y1 = hi((visible.bottom() - placed.y) / placed.h * H, c.y0, H);
    return c;
}

std::string percent(double v) { return std::to_string(static_cast<int>(std::lround(v))) + " %"; }

// The colours of a decoded picture for the press: CMYK within (or brought within) the ink
// limit, grey and RGB converted. Fills out.colour, out.tac and out.warnings; clears keepBytes
// when the pixels changed.
Status prepareColour(render::DecodedImage& img, const std::string& label, const ImagePolicy& policy,
                     PreparedImage& out, bool& keepBytes) {
    if (img.components == 4) {
        out.tac = render::measureTac(img);
        if (out.tac.max > policy.color->inkLimit() + 0.5) {
            if (policy.convertCmykOverLimit) {
                if (Status s = policy.color->limitInk(img); !s) return Error{s.error()};
                out.colour = "CMYK ink-limited from " + percent(out.tac.max);
                keepBytes = false;
            } else {
                out.warnings.push_back("CMYK image '" + label + "' has up to " +
                                       percent(out.tac.max) + " total ink, above the " +
                                       percent(policy.color->inkLimit()) + " limit");
                out.colour = "CMYK kept";
            }
        } else {
            out.colour = "CMYK within the limit";
        }
    } else {
        auto how = policy.color->toPrint(img);
        if (!how) return Error{"image '" + label + "': " + how.error()};
        out.colour = *how == render::ColorOutcome::Gray              ? "grey → K"
                     : *how == render::ColorOutcome::NearNeutralGray ? "near-neutral RGB → K"
                                                                     : "RGB → CMYK";
        keepBytes = false;
    }
    out.tac = render::measureTac(img);
    return Ok{};
}

}  // namespace

Result<PreparedImage> prepareImage(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                   const render::ImageInfo& info, const page::ImageItem& item,
                                   const ImagePolicy& policy) {
    PreparedImage out;
    const int W = info.width, H = info.height;
    const page::PlacedRect placed = page::placeImage(item.rect, W, H, item.fit);
    const page::PlacedRect visible = page::visiblePart(placed, item.rect);
    if (!(visible.w > 0) || !(visible.h > 0))
        return Error{"the picture does not show in its frame"};
    const page::EffectivePpi src = page::effectivePpi(placed, W, H);
    out.sourcePpi = src.min();
    out.distortion = src.distortion();
    const SourceCrop crop = sourceCrop(placed, visible, W, H);
    const bool full = crop.x0 == 0 && crop.y0 == 0 && crop.x1 == W && crop.y1 == H;

    // Downsample photos above the limit; line art keeps every pixel (its edges are the point).
    const double scale = std::min(1.0, policy.maxPpi / std::max(src.x, src.y));
    int outW = crop.w(), outH = crop.h();
    if (scale < 1.0) {
        outW = std::max(1, static_cast<int>(std::ceil(crop.w() * scale)));
        outH = std::max(1, static_cast<int>(std::ceil(crop.h() * scale)));
    }

    // A CMYK JPEG as it is, when it needs nothing done: its own bytes, never recompressed.
    const bool dctAsIs = info.format == render::ImageFormat::Jpeg && info.orientation == 1 &&
                         full && scale >= 1.0 && (info.components == 4 || !policy.color);

    render::DecodeHint hint;
    if (!full || scale < 1.0) {
        hint.minWidth = static_cast<int>(std::ceil(double(outW) * W / crop.w()));
        hint.minHeight = static_cast<int>(std::ceil(double(outH) * H / crop.h()));
        hint.cropX0 = crop.x0;
        hint.cropY0 = crop.y0;
        hint.cropX1 = crop.x1;
        hint.cropY1 = crop.y1;
    }
    if (dctAsIs && !policy.color) {  // plain PDF: nothing to measure or convert
        auto header = render::readJpegInfo(bytes, label);
        out.invertedCmyk = header && header->adobeInverted;
        out.data = bytes;
        out.width = W;
        out.height = H;
        out.components = info.components;
        out.dct = true;
        out.drawRect = {placed.x - item.rect.x, placed.y - item.rect.y, placed.w, placed.h};
        out.ppi = out.sourcePpi;
        out.whole = true;
        return out;
    }
    auto decoded = render::decodeImageBytes(bytes, label, hint);
    if (!decoded) return Error{decoded.error()};
    render::DecodedImage& img = *decoded;
    const bool lineArt = img.lineArt;
    if (lineArt) {
        outW = crop.w();
        outH = crop.h();
    }
    // The decoder may have scaled (JPEG DCT scaling) and decoded only the part around the crop:
    // map the crop into its pixels.
    const double fx = double(img.wholeWidth()) / W, fy = double(img.wholeHeight()) / H;
    const bool resample = !full || outW != img.width || outH != img.height;
    if (resample) {
        const double ox = img.originX, oy = img.originY;
        render::PixelRegion region{crop.x0 * fx - ox, crop.y0 * fy - oy, crop.x1 * fx - ox,
                                   crop.y1 * fy - oy};
        render::DecodedImage r = render::cropResample(img, region, outW, outH);
        if (r.pixels.empty()) return Error{"out of memory resampling '" + label + "'"};
        img = std::move(r);
    }

    bool keepBytes = dctAsIs;
    if (policy.color)
        if (Status st = prepareColour(img, label, policy, out, keepBytes); !st)
            return Error{st.error()};

    out.width = img.width;
    out.height = img.height;
    out.components = img.components;
    out.whole = !resample;
    const double sx = placed.w / W, sy = placed.h / H;  // mpt per source pixel
    out.drawRect = {placed.x + crop.x0 * sx - item.rect.x, placed.y + crop.y0 * sy - item.rect.y,
                    crop.w() * sx, crop.h() * sy};
    out.ppi = page::effectivePpi(out.drawRect, out.width, out.height).min();
    if (keepBytes) {
        auto header = render::readJpegInfo(bytes, label);
        out.invertedCmyk = header && header->adobeInverted;
        out.data = bytes;
        out.dct = true;
    } else if (lineArt) {
        out.data.assign(img.pixels.begin(), img.pixels.end());  // line art: small
        out.dct = false;
    } else {
        auto jpeg = render::encodeJpeg(img);
        if (!jpeg) return Error{"image '" + label + "': " + jpeg.error()};
        out.data = std::move(*jpeg);
        out.dct = true;
    }
    return out;
}

}  // namespace bm::pdf
