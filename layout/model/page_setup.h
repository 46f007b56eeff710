// SPDX-License-Identifier: MIT
#pragma once
// Page set-up for new documents: the trim size, margins around the 版心, base columns and the
// body size that sets the baseline grid, as presets (对开 8 栏, 4 开 6 栏) or custom values in
// mm, turned into a validated page. The editor's 新建 dialog and any batch tool share it.
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/model/document.h"

namespace bm::model {

struct PageSetup {
    std::string id;    ///< preset id ("duikai-8", "sikai-6") or "custom"
    Length width = 0;  ///< trim
    Length height = 0;
    Length top = 0;      ///< 天头 (holds the 报眉)
    Length bottom = 0;   ///< 地脚
    Length inside = 0;   ///< left margin
    Length outside = 0;  ///< right margin
    int columns = 8;
    Length gutter = 0;  ///< 0: whatever the 版心 leaves after whole-字 columns
    Length bodySize = 9000;
    int lineGapMilliEm = 500;
    bool operator==(const PageSetup&) const = default;
};

/// 对开 8 栏 (390 × 545 mm, the reference page) and 4 开 6 栏 (272 × 390 mm).
std::vector<PageSetup> pagePresets();

/// A page with this set-up (number, header and id given); errors name the value that does not
/// fit (columns too narrow for one 字, margins larger than the page, …).
Result<Page> pageFromSetup(const PageSetup& setup, const std::string& id, int number,
                           const PageHeader& header);

/// A new document (default styles) with one page of this set-up.
Result<Document> documentFromSetup(const PageSetup& setup, const PageHeader& header, int number);

}  // namespace bm::model
