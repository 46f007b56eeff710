// SPDX-License-Identifier: MIT
// Issue 12's photo page: four 12-megapixel RGB camera JPEGs (4000 × 3000, sRGB) filled into
// 4-column frames of an empty 对开 page, exported to PDF/X-1a — decode (DCT-scaled, cropped),
// resample to 300 ppi, separate with lcms to the newsprint CMYK with the 240 % ink limit,
// re-encode. Counters: the PDF's size and the process's peak RSS (ru_maxrss, so it includes the
// set-up and is an upper bound). Target (issue 12): ≤ 1.5 s, ≤ 300 MB peak, ≤ 15 MB output.
//
//   build/bin/bm_bench --benchmark_filter=FourPhotos
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "layout/model/templates.h"
#include "layout/page/layout_session.h"
#include "layout/render/image/jpeg_encode.h"
#include "layout/render/pdf/pdf_export.h"

using namespace bm;

namespace {

// A camera-like picture: smooth gradients, a few soft shapes and sensor-like noise, so the JPEG
// has the size (about 3–5 MB) and the decode cost of a real 12-megapixel photo.
std::vector<std::uint8_t> cameraJpeg(int seed) {
    render::DecodedImage img;
    img.width = 4000;
    img.height = 3000;
    img.components = 3;
    img.pixels.resize(static_cast<size_t>(img.width) * img.height * 3);
    std::uint32_t rng = 2654435761u * static_cast<std::uint32_t>(seed + 1);
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < img.width; ++x) {
            rng = rng * 1664525u + 1013904223u;
            const int noise = static_cast<int>(rng >> 28) - 8;
            const double u = x / 4000.0, v = y / 3000.0;
            const double blob =
                std::exp(-((u - 0.3 * seed) * (u - 0.3 * seed) + (v - 0.5) * (v - 0.5)) * 8);
            const int r = static_cast<int>(40 + 180 * u + 30 * blob) + noise;
            const int g = static_cast<int>(60 + 120 * v + 60 * blob) + noise;
            const int b = static_cast<int>(200 - 150 * u * v + 20 * std::sin(x / 37.0)) + noise;
            std::uint8_t* p = &img.pixels[(static_cast<size_t>(y) * img.width + x) * 3];
            p[0] = static_cast<std::uint8_t>(std::clamp(r, 0, 255));
            p[1] = static_cast<std::uint8_t>(std::clamp(g, 0, 255));
            p[2] = static_cast<std::uint8_t>(std::clamp(b, 0, 255));
        }
    auto jpeg = render::encodeJpeg(img, 92);
    if (!jpeg) throw std::runtime_error(jpeg.error());
    return *jpeg;
}

struct PhotoPage {
    fonts::FontRegistry registry;
    std::vector<page::PageDisplay> pages;
    PhotoPage() {
        const auto dir = std::filesystem::temp_directory_path() / "bm-bench-photos";
        std::filesystem::create_directories(dir);
        model::Document doc = model::newDocument();
        model::Page& page = doc.pages.at(0);
        for (int i = 0; i < 4; ++i) {
            const auto path = dir / ("photo" + std::to_string(i + 1) + ".jpg");
            if (!std::filesystem::exists(path)) {
                const auto bytes = cameraJpeg(i);
                std::ofstream(path, std::ios::binary)
                    .write(reinterpret_cast<const char*>(bytes.data()),
                           static_cast<std::streamsize>(bytes.size()));
            }
            model::ImageFrame f;
            f.id = "photo" + std::to_string(i + 1);
            f.area = {(i % 2) * 4, 4, (i / 2) * 48, 44};  // column, span, line, lines
            f.path = path.string();
            f.caption = u"照片";
            f.captionLines = 1;
            page.images.push_back(f);
        }
        page::LayoutSession session(registry);
        auto layout = session.layout(doc);
        if (!layout) throw std::runtime_error(layout.error());
        pages.push_back((*layout)->pages[0].display);
    }
};

void BM_FourPhotosPdf(benchmark::State& state) {
    static PhotoPage p;
    size_t bytes = 0;
    for (auto _ : state) {
        auto pdf = pdf::exportPdf(p.pages, p.registry, {});
        if (!pdf) {
            state.SkipWithError(pdf.error().c_str());
            return;
        }
        bytes = pdf->size();
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    state.counters["pdf_MB"] = static_cast<double>(bytes) / 1e6;
    state.counters["peak_rss_MB"] = static_cast<double>(ru.ru_maxrss) / 1024.0;
}
BENCHMARK(BM_FourPhotosPdf)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
