// SPDX-License-Identifier: MIT
// Picture mode as a page editor uses it: double-click a photo, drag it inside its frame, turn
// the wheel to zoom, see the effective resolution; the frame stays, the whole visit is one undo
// step; the inspector edits the same fit, zoom and focus.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QUndoStack>

#include "app_test_support.h"
#include "gui/editor_session.h"
#include "gui/inspector.h"
#include "gui/inspector_section.h"
#include "gui/page_scene.h"
#include "gui/picture_frame.h"
#include "gui/qt_convert.h"

using namespace bm;

namespace {

struct Editor {
    QApplication& app = testing::app();  // before any widget
    testing::TestPrompts prompts;
    gui::MainWindow w{prompts.make()};
    Editor() { w.session()->resetDocument(testing::seedArticlesDocument(), QString()); }
    const model::Page& page() { return w.session()->document().pages[0]; }
    const model::ImageFrame& image() { return page().images.back(); }
};

QString writePicture(const QTemporaryDir& dir, int w, int h) {
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor(90, 120, 160));
    const QString path = dir.filePath(QStringLiteral("photo.png"));
    REQUIRE(img.save(path));
    return path;
}

}  // namespace

TEST_CASE("picture mode: a drag pans the photo in its frame, the wheel zooms, one undo step",
          "[gui][pictures]") {
    Editor e;
    QTemporaryDir dir;
    REQUIRE(e.w.placePictures({writePicture(dir, 1600, 1000)}));
    const model::ImageFrame before = e.image();
    gui::PageScene* scene = e.w.scene();
    const auto* item = gui::findPictureItem(*e.w.session()->layout(), e.page().id, before.id);
    REQUIRE(item);
    const QRectF frame = gui::toQRectF(item->rect);

    REQUIRE(scene->beginPicturePan(before.id));
    CHECK(scene->pannedPicture() == before.id);
    const int undoBefore = e.w.session()->undoStack()->count();
    REQUIRE(scene->zoomPicture(3));  // three wheel notches: 1.1³
    CHECK(e.image().zoomPermille == 1331);
    // Dragged 20 pt to the right: the picture follows, so a point left of the old centre is at
    // the frame's centre now; the frame itself does not move.
    REQUIRE(scene->beginDrag(frame.center()));
    scene->dragTo(frame.center() + QPointF(20, 0));
    scene->endDrag();
    CHECK(e.image().area == before.area);
    CHECK(e.image().focusXPermille < before.focusXPermille);
    CHECK(e.image().focusYPermille == before.focusYPermille);
    const auto pf = gui::pictureFrame(*e.w.session()->layout(), e.page().id, before.id, {});
    REQUIRE(pf);
    CHECK(pf->check.placed.x ==
          Approx(item->rect.x + 20000 - (pf->check.placed.w - item->rect.w) / 2)
              .margin(pf->check.placed.w / 1000 + 1));
    CHECK(pf->check.ppi.distortion() < 0.01);
    // The whole visit is one step of the undo history.
    CHECK(e.w.session()->undoStack()->count() == undoBefore + 1);
    e.w.session()->undoStack()->undo();
    CHECK(e.image() == before);

    // A click outside the frame ends picture mode; a double-click on a placeholder does not
    // start it.
    scene->beginPicturePan(before.id);
    scene->beginDrag(QPointF(frame.right() + 200, frame.bottom() + 200));
    scene->endDrag();
    CHECK(scene->pannedPicture().empty());
}

TEST_CASE("the inspector edits a picture's fit, zoom and focus and shows its effective ppi",
          "[gui][pictures]") {
    Editor e;
    QTemporaryDir dir;
    REQUIRE(e.w.placePictures({writePicture(dir, 1600, 1000)}));
    const model::ImageFrame before = e.image();
    e.w.scene()->selectFrame(before.id);
    gui::PictureSection* section = e.w.inspector()->pictureSection();
    REQUIRE(section->isVisibleTo(e.w.inspector()));
    auto ppiShown = [&] {
        for (auto* l : section->findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("1600 × 1000"))) return l->text();
        return QString();
    };
    const QString fillPpi = ppiShown();
    CHECK(fillPpi.contains(QStringLiteral("ppi")));
    auto spins = section->findChildren<QDoubleSpinBox*>();
    QDoubleSpinBox* zoom = nullptr;
    for (auto* s : spins)
        if (s->maximum() == 2000) zoom = s;
    REQUIRE(zoom);
    zoom->setValue(200);
    CHECK(e.image().zoomPermille == 2000);
    const QString zoomedPpi = ppiShown();
    CHECK(zoomedPpi != fillPpi);  // twice the size: half the resolution
    auto* fit = section->findChild<QComboBox*>();
    REQUIRE(fit);
    fit->setCurrentIndex(static_cast<int>(model::ImageFit::Stretch));
    CHECK(e.image().fit == model::ImageFit::Stretch);
    e.w.session()->undoStack()->undo();
    e.w.session()->undoStack()->undo();
    CHECK(e.image() == before);
}
