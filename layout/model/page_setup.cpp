// SPDX-License-Identifier: MIT
#include "layout/model/page_setup.h"

#include "layout/base/units.h"
#include "layout/model/templates.h"
#include "layout/model/validate.h"

namespace bm::model {

namespace {

/// Columns of whole 字 that fill the 版心 with gutters of about one 字.
Length derivedGutter(const PageSetup& s, Length areaW) {
    if (s.columns <= 1) return 0;
    // As many whole 字 per column as leave gutters of at least half a 字.
    const Length em = s.bodySize;
    const Length chars = std::max<Length>(1, (areaW - (s.columns - 1) * em / 2) / s.columns / em);
    return (areaW - s.columns * chars * em) / (s.columns - 1);
}

}  // namespace

std::vector<PageSetup> pagePresets() {
    PageSetup duikai;
    duikai.id = "duikai-8";
    duikai.width = fromMm(390);
    duikai.height = fromMm(545);
    // The reference page's 版心 (duikai8Template): 350 × 490 mm centred, 天头 30 mm.
    duikai.top = fromMm(30);
    duikai.bottom = duikai.height - duikai.top - fromMm(490);
    duikai.inside = (duikai.width - fromMm(350)) / 2;
    duikai.outside = duikai.width - fromMm(350) - duikai.inside;
    duikai.columns = 8;
    PageSetup sikai;
    sikai.id = "sikai-6";
    sikai.width = fromMm(272);
    sikai.height = fromMm(390);
    sikai.top = fromMm(25);
    sikai.bottom = fromMm(20);
    sikai.inside = sikai.outside = fromMm(16);
    sikai.columns = 6;
    return {duikai, sikai};
}

Result<Page> pageFromSetup(const PageSetup& s, const std::string& id, int number,
                           const PageHeader& header) {
    const Length areaW = s.width - s.inside - s.outside;
    const Length areaH = s.height - s.top - s.bottom;
    if (areaW <= 0 || areaH <= 0)
        return Error{"the margins leave no type area on a " + formatMillimetres(s.width) + " × " +
                     formatMillimetres(s.height) + " mm page"};
    Page p;
    p.id = id;
    p.number = number;
    p.width = s.width;
    p.height = s.height;
    p.typeArea = Rect{s.inside, s.top, areaW, areaH};
    p.grid.columns = s.columns;
    p.grid.bodySize = s.bodySize;
    p.grid.lineGapMilliEm = s.lineGapMilliEm;
    p.grid.gutter = s.gutter > 0 ? s.gutter : derivedGutter(s, areaW);
    p.header = header;
    if (auto problems = validatePageGeometry(p, "page"); !problems.empty())
        return Error{problems.front()};
    return p;
}

Result<Document> documentFromSetup(const PageSetup& setup, const PageHeader& header, int number) {
    auto page = pageFromSetup(setup, "p1", number, header);
    if (!page) return Error{page.error()};
    Document doc = newDocument();
    doc.pages = {*page};
    // Body text is set on the grid, so the body style takes the grid's size (validateDocument
    // refuses them apart), and so does the dateline run into the first paragraph.
    doc.styles["body"].size = setup.bodySize;
    doc.styles["dateline"].size = setup.bodySize;
    return doc;
}

}  // namespace bm::model
