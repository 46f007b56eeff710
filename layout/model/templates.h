// SPDX-License-Identifier: MIT
#pragma once
// Page templates, default styles and new documents (values from docs/page-model.md, "Format,
// type area, grid"; every one is a preset to check against a real paper), and the importer for
// the seed-page sample format (samples/src/seed-page-README.md).
#include <map>
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/model/document.h"

namespace bm::model {

/// 对开 8 栏: trim 390 × 545 mm; 版心 350 × 490 mm centred horizontally, 天头 30 mm, 地脚 25 mm;
/// 8 base columns of 13 字 at 小五 (9 pt) with gutter (350 mm − 8 × 13 × 9 pt) / 7 ≈ 2.83 mm;
/// line gap 0.5 字 (pitch 13.5 pt, 103 grid lines); 报眉 shown in the 天头.
Page duikai8Template(const std::string& id = "p1", int number = 1);

/// The ten named styles (kStyleNames) with newspaper defaults: body 宋 9 pt justified with a
/// 2 字 indent, headline 黑 bold 30 pt centred, kicker/subheadline 楷 14 pt centred, …
std::map<std::string, Style> defaultStyles();

/// An empty document: default styles and one 对开 8 栏 page "p1".
Document newDocument();

/// Reads the articles of a seed-page JSON file (samples/src/seed-page.json). JSON null fields
/// become empty text. A paragraph ending in '：' without a '。' (a salutation such as
/// 各位领导、各位嘉宾，女士们、先生们、朋友们：) is marked flush. The credit runs in when the
/// article says `"credit_run_in": true`, or, for the seed page itself, per its README (job-fair
/// runs in; tree-warming stands on its own line).
Result<std::vector<Article>> importSeedArticles(const std::string& seedJsonPath);

/// The salutation rule used by importSeedArticles.
bool isSalutation(const std::u16string& paragraph);

}  // namespace bm::model
