// SPDX-License-Identifier: MIT
#pragma once
// Placing pictures: from 文件→置入图片, from image files dropped from the file manager, or onto
// a frame. A picture gets a frame on the base columns under the point (the columns of the
// article frame it is dropped on, at most three), as tall as its proportions ask plus its
// caption lines, wrapped by the text. Dropped on a picture frame, it replaces that picture.
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/model/edit.h"

namespace bm::gui {

class EditorSession;

/// True for the picture formats the renderers read (JPEG, PNG).
bool isPictureFile(const QString& path);

/// The path stored in the document: relative to the document's folder when the picture lies
/// under it (the pair can move together), else absolute.
std::string documentPicturePath(const QString& documentPath, const QString& picturePath);

/// Plans the placement of `paths` at `point` (page coordinates) on page `pageIndex`;
/// `targetId` is the object under the point ("" for none). One edit for all of them.
Result<model::Edit> planPictures(EditorSession& session, int pageIndex, const QStringList& paths,
                                 Point point, const std::string& targetId,
                                 std::vector<std::string>* ids);

/// planPictures + apply (one undo step). Returns the ids of the placed (or refilled) frames.
Result<std::vector<std::string>> placePictures(EditorSession& session, int pageIndex,
                                               const QStringList& paths, Point point,
                                               const std::string& targetId);

}  // namespace bm::gui
