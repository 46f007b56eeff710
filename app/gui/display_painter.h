// SPDX-License-Identifier: MIT
#pragma once
// Replays a page's display list with QPainter in scene units (1 unit = 1 pt): the same glyphs
// at the same positions as the PNG and PDF outputs, glyph outlines from GlyphPathCache.
#include <QColor>
#include <QHash>
#include <QImage>

#include <QPainter>
#include <QString>
#include "gui/picture_loader.h"

#include "gui/glyph_mask_cache.h"
#include "gui/glyph_path_cache.h"
#include "layout/page/display_list.h"

namespace bm::gui {

/// A screen colour for a print paint (naive CMYK, like the PNG preview).
QColor toQColor(const page::Paint& paint);

class DisplayPainter {
public:
    explicit DisplayPainter(const fonts::FontRegistry& fonts)
        : m_glyphs(fonts), m_masks(m_glyphs) {}

    /// Where relative image paths resolve (the document's folder).
    void setImageBaseDir(const QString& dir);

    /// Paints the items that intersect `exposed` (scene units; null = everything).
    void paint(QPainter& painter, const page::PageDisplay& display, const QRectF& exposed = {});

    GlyphPathCache& glyphs() { return m_glyphs; }

private:
    void paintRun(QPainter& painter, const page::GlyphRun& run, const QRectF& exposed);
    /// The fast path for an unrotated painter: cached glyph images at device pixels.
    void blitRun(QPainter& painter, const page::GlyphRun& run, const QRectF& exposed);
    void paintImage(QPainter& painter, const page::ImageItem& item);
    const ScreenPicture* image(const page::ImageItem& item);

    GlyphPathCache m_glyphs;
    GlyphMaskCache m_masks;
    QString m_imageBaseDir;
    QHash<QString, ScreenPicture> m_images;  // by resolved path#page; null = unusable
};

}  // namespace bm::gui
