// SPDX-License-Identifier: MIT
#pragma once
// Shared helpers of the model tests: paths of the test data, a scratch directory, and the seed
// page laid out as a full document (the canonical sample the fixtures are generated from).
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "layout/model/document.h"
#include "layout/model/templates.h"

namespace bm::model::test {

inline std::string dataPath(const std::string& rel) {
    return std::string(BM_TEST_DATA) + "/" + rel;
}
inline std::string seedPath() { return std::string(BM_SOURCE_DIR) + "/samples/src/seed-page.json"; }

inline std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeBytes(const std::string& path, const std::string& data) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << data;
}

/// A fresh empty directory, removed when the object goes out of scope.
struct ScratchDir {
    std::filesystem::path path;
    ScratchDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "bm-model-XXXXXX").string();
        if (char* p = ::mkdtemp(tmpl.data())) path = p;
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    /// Temporary files left behind by a save (".<name>.tmp-<pid>-<n>").
    size_t leftovers() const {
        size_t n = 0;
        for (const auto& e : std::filesystem::recursive_directory_iterator(path))
            if (e.path().filename().string().find(".tmp-") != std::string::npos) ++n;
        return n;
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
    size_t entries() const {
        size_t n = 0;
        for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(path)) ++n;
        return n;
    }
};

inline FrameRect rect(int column, int span, int line, int lines, int textColumns = 1,
                      std::optional<int> measureMilliEm = std::nullopt) {
    return FrameRect{GridRect{column, span, line, lines}, textColumns, measureMilliEm};
}

/// The six seed articles on a 对开 8 栏 page (plus a continuation on page 2), with images, a
/// rule, the 稳进新好 label and a tracking range: every model feature appears at least once.
/// Measures are those of the printed page (seed README).
inline Document buildSeedDocument(const std::vector<Article>& articles) {
    Document d = newDocument();
    d.title = "滨州日报 稳进新好（样张）";
    d.articles = articles;
    for (Article& a : d.articles)
        if (a.id == "speech") a.tracking.push_back(TrackingRange{3, 0, 12, -50});
    Page& p = d.pages[0];
    p.number = 3;
    p.header = PageHeader{true, u"滨州日报", u"2024年11月", u"稳进新好"};
    p.labels.push_back(
        LabelFrame{"label-banner", GridRect{0, 8, 0, 4}, u"稳进新好", "headline", true});
    auto frame = [](std::string id, std::string article, std::vector<FrameRect> rects,
                    int sequence = 0) {
        ArticleFrame f;
        f.id = std::move(id);
        f.articleId = std::move(article);
        f.rects = std::move(rects);
        f.sequence = sequence;
        return f;
    };
    p.articleFrames.push_back(frame("f-speech", "speech", {rect(0, 5, 4, 60, 4, 16000)}));
    p.articleFrames.push_back(frame("f-job-fair", "job-fair", {rect(5, 3, 22, 20, 3, 13000)}));
    p.articleFrames.push_back(frame("f-library-books", "library-books",
                                    {rect(5, 3, 42, 12, 2, 15000), rect(6, 2, 54, 10, 1, 15000)}));
    p.articleFrames.push_back(
        frame("f-tree-warming", "tree-warming", {rect(0, 3, 80, 23, 2, 15000)}));
    p.articleFrames.push_back(frame("f-guoxue", "guoxue-society", {rect(3, 2, 64, 39, 1, 15250)}));
    p.articleFrames.push_back(
        frame("f-platform", "platform-economy", {rect(5, 3, 64, 39, 2, 15500)}));
    p.articleFrames.back().headlineSpan = 3;
    ImageFrame jobPhoto;
    jobPhoto.id = "img-job-fair";
    jobPhoto.area = GridRect{5, 3, 4, 18};
    jobPhoto.caption = u"招聘会现场。";
    p.images.push_back(jobPhoto);
    ImageFrame treePhoto;
    treePhoto.id = "img-tree-warming";
    treePhoto.area = GridRect{0, 3, 64, 16};
    treePhoto.path = "images/tree.jpg";
    treePhoto.credit = u"卢青 摄";
    treePhoto.captionLines = 3;
    treePhoto.standoff = 4500;
    treePhoto.wrap = false;
    p.images.push_back(treePhoto);
    const Length ruleY = lineTop(p, 64) - 2250;
    p.rules.push_back(
        RuleFrame{"rule-1", Point{p.typeArea.x, ruleY}, Point{p.typeArea.right(), ruleY}, 250});

    Page p2 = duikai8Template("p2", 4);
    p2.header = PageHeader{true, u"滨州日报", u"2024年11月", u"综合"};
    ArticleFrame cont = frame("f-platform-2", "platform-economy", {rect(0, 3, 0, 20, 2)}, 1);
    cont.showHeadline = false;
    cont.balance = false;
    p2.articleFrames.push_back(cont);
    d.pages.push_back(p2);
    return d;
}

}  // namespace bm::model::test
