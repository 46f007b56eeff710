// SPDX-License-Identifier: MIT
#include "gui/display_painter.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <variant>

#include "gui/qt_convert.h"

namespace bm::gui {

QColor toQColor(const page::Paint& paint) {
    const auto& c = paint.c;
    switch (paint.space) {
        case page::Paint::Space::Gray:
            return QColor::fromRgbF(c[0], c[0], c[0]);
        case page::Paint::Space::Rgb:
            return QColor::fromRgbF(c[0], c[1], c[2]);
        case page::Paint::Space::Cmyk:
            break;
    }
    // The naive formula of the PNG preview, so the screen and the PNG agree.
    const float k = c[3];
    return QColor::fromRgbF((1 - c[0]) * (1 - k), (1 - c[1]) * (1 - k), (1 - c[2]) * (1 - k));
}

void DisplayPainter::setImageBaseDir(const QString& dir) {
    if (dir == m_imageBaseDir) return;
    m_imageBaseDir = dir;
    m_images.clear();
}

void DisplayPainter::paint(QPainter& painter, const page::PageDisplay& display,
                           const QRectF& exposed) {
    for (const auto& item : display.items) {
        if (const auto* run = std::get_if<page::GlyphRun>(&item)) {
            paintRun(painter, *run, exposed);
        } else if (const auto* rule = std::get_if<page::RuleItem>(&item)) {
            QPen pen(toQColor(rule->stroke), toScene(rule->width));
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.drawLine(toQPointF(rule->from), toQPointF(rule->to));
        } else if (const auto* fill = std::get_if<page::FillRect>(&item)) {
            painter.fillRect(toQRectF(fill->rect), toQColor(fill->fill));
        } else if (const auto* img = std::get_if<page::ImageItem>(&item)) {
            paintImage(painter, *img);
        }
    }
}

void DisplayPainter::paintRun(QPainter& painter, const page::GlyphRun& run, const QRectF& exposed) {
    if (run.glyphs.empty()) return;
    const QTransform& device = painter.worldTransform();
    // 长/扁 字 (a scaled headline) is drawn from outlines: the mask cache holds unscaled glyphs.
    if (run.widthPercent == 100 && device.type() <= QTransform::TxScale && device.m11() > 0 &&
        device.m22() > 0 && toScene(run.size) * device.m22() <= GlyphMaskCache::kMaxPixelsPerEm &&
        std::abs(device.m11() - device.m22()) < 1e-9) {
        blitRun(painter, run, exposed);
        return;
    }
    const int upem = m_glyphs.unitsPerEm(run.face);
    const double size = toScene(run.size);
    const double scale = size / upem;
    const double scaleX = scale * run.widthPercent / 100.0;
    const QBrush brush(toQColor(run.fill));
    const QTransform base = painter.worldTransform();
    painter.setPen(Qt::NoPen);
    const size_t n = std::min(run.glyphs.size(), run.positions.size());
    for (size_t i = 0; i < n; ++i) {
        const QPointF at = toQPointF(run.positions[i]);
        // Cheap cull by the em box (generous: glyphs may reach outside it).
        if (!exposed.isNull() &&
            !exposed.intersects(QRectF(at.x() - size, at.y() - 2 * size, 3 * size, 3 * size)))
            continue;
        const QPainterPath* path = m_glyphs.path(run.face, run.glyphs[i]);
        if (!path || path->isEmpty()) continue;
        painter.setWorldTransform(QTransform(scaleX, 0, 0, scale, at.x(), at.y()) * base);
        painter.fillPath(*path, brush);
    }
    painter.setWorldTransform(base);
}

void DisplayPainter::blitRun(QPainter& painter, const page::GlyphRun& run, const QRectF& exposed) {
    const QTransform base = painter.worldTransform();
    const double size = toScene(run.size);
    const double ppem = size * base.m11();
    const QRgb colour = toQColor(run.fill).rgba();
    painter.setWorldTransform(QTransform());
    const size_t n = std::min(run.glyphs.size(), run.positions.size());
    for (size_t i = 0; i < n; ++i) {
        const QPointF at = toQPointF(run.positions[i]);
        if (!exposed.isNull() &&
            !exposed.intersects(QRectF(at.x() - size, at.y() - 2 * size, 3 * size, 3 * size)))
            continue;
        const QPointF d = base.map(at);
        // Pen pixel and quarter-pixel x phase; the baseline snaps to a whole pixel.
        double ix = std::floor(d.x());
        int phase = static_cast<int>(std::lround((d.x() - ix) * GlyphMaskCache::kPhases));
        if (phase == GlyphMaskCache::kPhases) {
            phase = 0;
            ix += 1;
        }
        const int iy = static_cast<int>(std::lround(d.y()));
        const GlyphMask* m = m_masks.mask(run.face, run.glyphs[i], ppem, phase, colour);
        if (!m || m->image.isNull()) continue;
        painter.drawImage(QPoint(static_cast<int>(ix) + m->offset.x(), iy + m->offset.y()),
                          m->image);
    }
    painter.setWorldTransform(base);
}

const ScreenPicture* DisplayPainter::image(const page::ImageItem& item) {
    QString resolved = toQString(item.path);
    if (QFileInfo(resolved).isRelative() && !m_imageBaseDir.isEmpty())
        resolved = QDir(m_imageBaseDir).filePath(resolved);
    const QString key = resolved + "#" + QString::number(item.pdfPage);
    auto it = m_images.find(key);
    if (it == m_images.end()) it = m_images.insert(key, loadScreenPicture(resolved, item.pdfPage));
    return it->image.isNull() ? nullptr : &*it;
}

void DisplayPainter::paintImage(QPainter& painter, const page::ImageItem& item) {
    const QRectF r = toQRectF(item.rect);
    const ScreenPicture* pic = item.path.empty() ? nullptr : image(item);
    if (pic) {
        // Placed and clipped exactly as the PNG and PDF writers do.
        const page::PlacedRect p = page::placeImage(item.rect, pic->image.width(),
                                                    pic->image.height(), item.fit, pic->vector);
        painter.save();
        painter.setClipRect(r, Qt::IntersectClip);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(QRectF(p.x / 1000.0, p.y / 1000.0, p.w / 1000.0, p.h / 1000.0),
                          pic->image);
        painter.restore();
        return;
    }
    painter.fillRect(r, QColor(230, 230, 230));
    QPen pen(QColor(150, 150, 150), 0);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r);
    painter.drawLine(r.topLeft(), r.bottomRight());
    painter.drawLine(r.topRight(), r.bottomLeft());
    if (!item.label.empty()) {
        QFont f = painter.font();
        f.setPointSizeF(std::max(6.0, std::min(r.height() / 8, 14.0)));
        painter.setFont(f);
        painter.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, toQString(item.label));
    }
}

}  // namespace bm::gui
