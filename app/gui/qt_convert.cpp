// SPDX-License-Identifier: MIT
#include "gui/qt_convert.h"

#include <cmath>

namespace bm::gui {

QString toQString(const std::u16string& s) {
    return QString::fromUtf16(s.data(), static_cast<qsizetype>(s.size()));
}

QString toQString(const std::string& utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

std::u16string toU16(const QString& s) { return s.toStdU16String(); }

std::string toUtf8(const QString& s) { return s.toStdString(); }

Length fromScene(double pt) { return static_cast<Length>(std::llround(pt * 1000.0)); }

QRectF toQRectF(const Rect& r) {
    return QRectF(toScene(r.x), toScene(r.y), toScene(r.w), toScene(r.h));
}

QPointF toQPointF(const Point& p) { return QPointF(toScene(p.x), toScene(p.y)); }

Point fromQPointF(const QPointF& p) { return Point{fromScene(p.x()), fromScene(p.y())}; }

}  // namespace bm::gui
