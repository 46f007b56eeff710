// SPDX-License-Identifier: MIT
#include "gui/picture_placement.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

#include "gui/editor_session.h"
#include "gui/grid_math.h"
#include "gui/model_lookup.h"
#include "gui/qt_convert.h"
#include "layout/model/page_objects.h"
#include "layout/render/image/image_decode.h"

namespace bm::gui {

namespace {

constexpr int kPictureSpan = 3;  // base columns of a picture placed on empty page

}  // namespace

bool isPictureFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
           suffix == QLatin1String("png") || suffix == QLatin1String("tif") ||
           suffix == QLatin1String("tiff") || suffix == QLatin1String("pdf");
}

std::string documentPicturePath(const QString& documentPath, const QString& picturePath) {
    const QString abs = QFileInfo(picturePath).absoluteFilePath();
    if (documentPath.isEmpty()) return toUtf8(abs);
    const QDir dir = QFileInfo(documentPath).absoluteDir();
    const QString rel = dir.relativeFilePath(abs);
    return toUtf8(rel.startsWith(QLatin1String("..")) ? abs : rel);
}

Result<model::Edit> planPictures(EditorSession& session, int pageIndex, const QStringList& paths,
                                 Point point, const std::string& targetId,
                                 std::vector<std::string>* ids) {
    const model::Document& doc = session.document();
    if (pageIndex < 0 || pageIndex >= static_cast<int>(doc.pages.size()))
        return Error{"no page " + std::to_string(pageIndex + 1)};
    const model::Page& page = doc.pages[pageIndex];
    model::Batch batch;
    std::vector<std::string> placed;
    const auto target = model::findObject(page, targetId);
    int line = lineAt(page, point.y);
    for (const QString& file : paths) {
        // The engine's reader: the upright size (EXIF orientation), TIFF, and a PDF ad's page.
        const auto info = render::readImageInfoFile(toUtf8(file));
        if (!info) return Error{"cannot read the picture '" + toUtf8(file) + "': " + info.error()};
        const QSize px(info->width, info->height);
        const std::string path = documentPicturePath(session.path(), file);
        if (target && target->kind == model::ObjectKind::Image && paths.size() == 1) {
            // Dropped on a picture frame: it now shows this picture.
            const model::ImageFrame* im = findImageFrame(page, target->id);
            model::ImageFrame next = *im;
            next.path = path;
            batch.edits.push_back(model::SetImage{page.id, next});
            placed.push_back(next.id);
            break;
        }
        model::ImageFrame im;
        im.id = session.newObjectId("img", placed);
        model::GridRect& a = im.area;
        if (target && target->onGrid && target->kind == model::ObjectKind::Article) {
            a.span = std::min(target->area.span, kPictureSpan);
            a.column = std::clamp(columnAt(page, point.x), target->area.column,
                                  target->area.column + target->area.span - a.span);
        } else {
            a.span = std::min(kPictureSpan, page.grid.columns);
            a.column = std::min(columnAt(page, point.x), page.grid.columns - a.span);
        }
        // As tall as the picture's proportions ask, plus the caption's lines.
        const double width = static_cast<double>(model::columnsWidth(page, a.span));
        const double height = width * px.height() / px.width();
        const int pictureLines = std::max(
            2, static_cast<int>(std::lround(height / static_cast<double>(page.grid.pitch()))));
        const int total = model::gridLines(page);
        a.lines = std::min(pictureLines + im.captionLines, total);
        a.line = std::clamp(line, 0, total - a.lines);
        im.path = path;
        line = a.line + a.lines;  // several pictures stack downwards
        placed.push_back(im.id);
        batch.edits.push_back(model::AddImage{page.id, im, -1});
    }
    if (batch.edits.empty()) return Error{std::string("no picture to place")};
    if (ids) *ids = placed;
    if (batch.edits.size() == 1) return batch.edits.front();
    return model::Edit(std::move(batch));
}

Result<std::vector<std::string>> placePictures(EditorSession& session, int pageIndex,
                                               const QStringList& paths, Point point,
                                               const std::string& targetId) {
    std::vector<std::string> ids;
    auto edit = planPictures(session, pageIndex, paths, point, targetId, &ids);
    if (!edit) return Error{edit.error()};
    const QString error = session.apply(*edit);
    if (!error.isEmpty()) return Error{toUtf8(error)};
    return ids;
}

}  // namespace bm::gui
