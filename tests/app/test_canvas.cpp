// SPDX-License-Identifier: MIT
// The canvas draws the same glyphs at the same places as the PNG export.
#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>
#include <cmath>

#include "app_test_support.h"
#include "gui/display_painter.h"
#include "gui/editor_session.h"
#include "gui/page_scene.h"
#include "gui/qt_convert.h"
#include "layout/render/raster/raster.h"

using namespace bm;

namespace {

/// The seed page if it exists, else the seed articles dropped side by side.
void loadPage(gui::MainWindow& w) {
    if (testing::haveSeedPage()) {
        REQUIRE(w.openPath(QString::fromStdString(testing::seedPagePath())));
        return;
    }
    w.session()->resetDocument(testing::seedArticlesDocument(), QString());
    const model::Page page = w.session()->document().pages[0];
    const char* ids[] = {"job-fair", "library-books", "tree-warming"};
    for (int i = 0; i < 3; ++i) {
        const QPointF at(gui::toScene(model::columnX(page, i * 3) + 1000),
                         gui::toScene(page.typeArea.y + 1000));
        REQUIRE(w.scene()->dropArticle(ids[i], at));
    }
}

}  // namespace

TEST_CASE("canvas glyphs match the PNG rasteriser", "[gui][canvas]") {
    testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    loadPage(w);
    const auto layout = w.session()->layout();
    REQUIRE_FALSE(layout->pages.empty());
    const page::PageDisplay& display = layout->pages[0].display;

    const double dpi = 100;
    render::RasterOptions options;
    options.dpi = dpi;
    auto raster = render::rasterizePage(display, w.session()->fonts(), options);
    REQUIRE(raster);

    QImage canvas(raster->width, raster->height, QImage::Format_Grayscale8);
    canvas.fill(Qt::white);
    {
        QPainter p(&canvas);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.scale(dpi / 72.0, dpi / 72.0);
        gui::DisplayPainter painter(w.session()->fonts());
        painter.paint(p, display);
    }
    double inkCanvas = 0, inkRaster = 0;
    long differing = 0;
    const long total = static_cast<long>(raster->width) * raster->height;
    for (int y = 0; y < raster->height; ++y) {
        const uchar* row = canvas.constScanLine(y);
        for (int x = 0; x < raster->width; ++x) {
            const std::uint8_t* px =
                &raster->pixels[(static_cast<size_t>(y) * raster->width + x) * raster->channels];
            const int r = raster->channels == 1 ? px[0] : (px[0] + px[1] + px[2]) / 3;
            inkCanvas += 255 - row[x];
            inkRaster += 255 - r;
            differing += std::abs(int(row[x]) - r) > 128;
        }
    }
    INFO("ink canvas " << inkCanvas << ", raster " << inkRaster << ", differing pixels "
                       << differing << " of " << total);
    REQUIRE(inkRaster > 0);
    CHECK(std::abs(inkCanvas - inkRaster) / inkRaster < 0.05);
    CHECK(static_cast<double>(differing) / total < 0.005);
}
