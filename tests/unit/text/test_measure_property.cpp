// SPDX-License-Identifier: MIT
// Property: at every measure from 6 to 30 em (quarter-em steps) no set line is wider than its
// measure: the spec's worked cases (test metric model), the reference page's paragraphs and text
// with long English words, URLs, e-mail addresses and paths (Noto Serif CJK SC, paper-kaiming).
#include <catch2/catch.hpp>

#include "fonts/font_registry.h"
#include "layout/base/utf.h"
#include "layout/text/paragraph_layout.h"
#include "layout/text/salutation.h"
#include "layout/text/shape.h"
#include "support/seed_page.h"
#include "support/tsv.h"

using namespace bm;
using namespace bm::text;

namespace {

constexpr Length kSize = 9000;

const char* const kLatin[] = {
    "详情可登录网站https://www.bzrb.com.cn/news/2024/index.html查询，或拨打咨询电话0543-3161234。",
    "如有疑问，请发送邮件至news@bzrb.com.cn；也可访问http://example.org/path/to/"
    "some_file.php?id=12&lang=zh-CN了解。",
    "美国学者John "
    "Smith-Williams表示，internationalization和electroencephalography是最长的英文单词之一。",
    "据Reuters报道，NASA的James Webb Space "
    "Telescope于2021年12月25日发射，总投资约100亿美元，占预算的3.5%。",
    "文件位于/usr/share/hyphen/hyph_en_US.dic，路径C:\\Program Files\\Banmian\\bin可用。",
    "示，Pneumonoultramicroscopicsilicovolcanoconiosis、supercalifragilisticexpialidocious与"
    "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch都是长词。",
    "编号ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ已登记，"
    "订单号20241122000000000000000000001234567。",
    "The quick brown fox jumps over the lazy dog, counterrevolutionaries notwithstanding, "
    "while "
    "https://example.com/a/very/long/path/with/many/segments/and_an_extremely_long_filename.html "
    "keeps loading.",
};

struct Paragraph {
    std::string label;
    MeasuredParagraph mp;
};

// Every line of `mp` at every measure is inside it (a first line after its indent).
void checkAllMeasures(const Paragraph& p, size_t& lines) {
    for (Length w = 6 * kSize; w <= 30 * kSize; w += kSize / 4) {
        const ParagraphLayout pl = layoutParagraph(p.mp, LineWidths{{w}});
        for (size_t i = 0; i < pl.lines.size(); ++i) {
            const ParagraphLine& l = pl.lines[i];
            const Length right = (i == 0 ? p.mp.indent : 0) + l.measure;  // = w
            if (l.offset + l.width > right || l.overfull) {
                FAIL_CHECK(p.label << " at " << static_cast<double>(w) / kSize << " em, line "
                                   << i + 1 << ": " << l.offset + l.width << " > " << right);
            }
            ++lines;
        }
    }
}

}  // namespace

TEST_CASE("no line is wider than its measure, 6 to 30 em", "[text][property]") {
    fonts::FontRegistry registry;
    const auto chain = registry.chain(fonts::Role::Song);
    REQUIRE(chain.ok());
    const TypesetOptions kaiming = *presetByName("paper-kaiming");
    std::vector<Paragraph> paragraphs;
    for (const auto& a : testing::loadSeedArticles())
        for (size_t i = 0; i < a.paragraphs.size(); ++i) {
            const auto text = *utf8ToUtf16(a.paragraphs[i]);
            const Length indent = looksLikeSalutation(text) ? 0 : 2 * kSize;
            paragraphs.push_back(
                {a.id + " ¶" + std::to_string(i + 1),
                 measureWithFonts(text, kSize, kaiming, indent, {}, registry, *chain, nullptr)});
        }
    for (const char* latin : kLatin)
        for (const char* preset : {"paper-kaiming", "news-gb"})
            paragraphs.push_back(
                {std::string(preset) + ": " + latin,
                 measureWithFonts(*utf8ToUtf16(latin), kSize, *presetByName(preset), 2 * kSize, {},
                                  registry, *chain, nullptr)});
    // The spec's worked cases under the test metric model (news-gb, as the spec sets them).
    const TypesetOptions gb = *presetByName("news-gb");
    for (const auto& r :
         testing::readTsv(std::string(BM_TEST_DATA) + "/linebreak/cjk-layout-cases.tsv"))
        paragraphs.push_back({r.at(0), measureSynthetic(*utf8ToUtf16(r.at(2)), kSize, gb, 0)});
    size_t lines = 0;
    for (const Paragraph& p : paragraphs) checkAllMeasures(p, lines);
    CHECK(lines > 50000);
}
