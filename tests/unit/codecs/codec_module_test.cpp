// SPDX-License-Identifier: MIT
// The codec module as the programs use it: this binary links the engine without bm_codecs_impl,
// so each call below loads libbanmian-codecs.so from the binary's own directory (build/bin) on
// first use — under the sanitizer build too, where a symbol the module shares with the program
// would show as an ODR violation.
#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

#include "layout/codecs/codec_table.h"
#include "layout/import/import.h"
#include "layout/render/image/image_decode.h"
#include "layout/render/image/pdf_page.h"
#include "layout/render/pdf/pdf_ad.h"

using namespace bm;

namespace {
std::vector<std::uint8_t> bytesOf(const std::string& name) {
    auto b = render::readFileBytes(std::string(BM_TEST_DATA) + "/" + name);
    REQUIRE(b.ok());
    return *b;
}
}  // namespace

TEST_CASE("the codec table is loaded from the module beside the executable, once") {
    // From two threads at once, as the export worker and the checker may.
    const codecs::CodecTable* seen[2] = {nullptr, nullptr};
    std::string error;
    auto get = [&](int i) {
        auto c = codecs::codecs("the test");
        if (c)
            seen[i] = *c;
        else if (i == 0)
            error = c.error();
    };
    std::thread a(get, 0), b(get, 1);
    a.join();
    b.join();
    INFO(error);
    REQUIRE(seen[0] != nullptr);
    CHECK(seen[0] == seen[1]);
    CHECK(seen[0]->abiVersion == codecs::kCodecAbiVersion);
}

TEST_CASE("a PDF ad, a TIFF and a .docx are read through the loaded module") {
    auto ad = render::readPdfPage(bytesOf("pictures/ad-x1a.pdf"), "ad-x1a.pdf", 1);
    REQUIRE(ad.ok());
    CHECK(ad->pageCount == 1);
    CHECK(ad->problems.empty());
    CHECK_FALSE(render::readPdfPage(bytesOf("pictures/ad-x1a.pdf"), "ad-x1a.pdf", 2).ok());

    auto tiff = render::decodeTiff(bytesOf("pictures/rgb-60x40.tif"), "rgb-60x40.tif");
    REQUIRE(tiff.ok());
    CHECK(tiff->width == 60);
    CHECK(tiff->height == 40);

    const auto docx = bytesOf("docx/title-block.docx");
    auto article = import::importDocx(
        std::string_view(reinterpret_cast<const char*>(docx.data()), docx.size()), "t.docx");
    REQUIRE(article.ok());
    CHECK(article->headline == u"图书捐赠活动举行");
}

TEST_CASE("a PDF ad's objects are written through the program's writer") {
    pdf::ObjectWriter w("1.4");
    pdf::AdStore ads(w);
    auto form = ads.form(std::string(BM_TEST_DATA) + "/pictures/ad-x1a.pdf", 1);
    REQUIRE(form.ok());
    CHECK(form->ref.valid());
    CHECK(form->number == 1);
    CHECK(form->bboxW > 0);
    CHECK(form->bboxH > 0);
    CHECK(ads.form(std::string(BM_TEST_DATA) + "/pictures/ad-x1a.pdf", 1)->ref == form->ref);
}
