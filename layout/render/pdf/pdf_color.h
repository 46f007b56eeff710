// SPDX-License-Identifier: MIT
#pragma once
// Display-list paints → PDF device colours. PDF/X-1a allows only DeviceCMYK and DeviceGray, so
// RGB is converted there with the naive formula (K = 1 − max(R,G,B)); no colour management, as
// RGB only reaches the display list for editor-only decorations and is never a designed colour.
#include <array>
#include <cstdint>

#include "layout/page/display_list.h"
#include "layout/render/pdf/pdf_bytes.h"

namespace bm::pdf {

struct DeviceColor {
    page::Paint::Space space = page::Paint::Space::Gray;
    std::array<float, 4> c{0, 0, 0, 0};
    bool overprint = false;
    bool operator==(const DeviceColor&) const = default;
};

/// The colour as written. `allowRgb` is false for PDF/X-1a. Overprint is kept only when the
/// colour puts ink down: white set to overprint would vanish on press (docs/pdf.md).
DeviceColor deviceColor(const page::Paint& paint, bool allowRgb);

/// "c m y k k" / "g g" / "r g b rg" (or the stroking K/G/RG).
void putColor(ByteBuffer& out, const DeviceColor& color, bool stroke);

/// Naive RGB → CMYK, 0..1.
std::array<float, 4> rgbToCmyk(float r, float g, float b);
/// The same on 8-bit samples: writes 4 bytes.
void rgbToCmyk8(const std::uint8_t* rgb, std::uint8_t* cmyk);

}  // namespace bm::pdf
