// SPDX-License-Identifier: MIT
#pragma once
// Pictures for the canvas through the engine's decoders, so the screen shows what the PDF and
// PNG get: EXIF orientation, TIFF, CMYK, and PDF ads (drawn by poppler).
#include <QImage>
#include <QString>

namespace bm::gui {

struct ScreenPicture {
    QImage image;         ///< null when the file cannot be used
    bool vector = false;  ///< a PDF ad (placed with fit-inside by default)
};

/// Loads `path` (page `pdfPage` of a PDF) at no more than about `maxSide` pixels on its long
/// side: enough for the screen at any sensible zoom, and a 24-megapixel photo stays cheap.
ScreenPicture loadScreenPicture(const QString& path, int pdfPage, int maxSide = 2400);

}  // namespace bm::gui
