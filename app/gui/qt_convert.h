// SPDX-License-Identifier: MIT
#pragma once
// The one place where engine values become Qt values and back: UTF-16 text and page geometry.
// Scene units are points (1 scene unit = 1 pt); the engine works in milli-points.
#include <QPointF>
#include <QRectF>
#include <QString>
#include <string>

#include "layout/base/geometry.h"

namespace bm::gui {

QString toQString(const std::u16string& s);
QString toQString(const std::string& utf8);
std::u16string toU16(const QString& s);
std::string toUtf8(const QString& s);

/// Engine milli-points → scene points.
inline double toScene(Length l) { return static_cast<double>(l) / 1000.0; }
/// Scene points → engine milli-points (rounded).
Length fromScene(double pt);

QRectF toQRectF(const Rect& r);
QPointF toQPointF(const Point& p);
Point fromQPointF(const QPointF& p);

}  // namespace bm::gui
