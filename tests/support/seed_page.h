// SPDX-License-Identifier: MIT
#pragma once
// The six articles of the reference page (samples/src/seed-page.json) as plain paragraphs.
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace bm::testing {

struct SeedArticle {
    std::string id;
    double printedMeasureEm = 0;
    std::vector<std::string> paragraphs;  ///< the dateline runs into paragraph 0
};

inline std::vector<SeedArticle> loadSeedArticles() {
    const std::string path = std::string(BM_SOURCE_DIR) + "/samples/src/seed-page.json";
    std::ifstream in(path);
    if (!in) throw std::runtime_error("missing " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    const auto j = nlohmann::json::parse(ss.str());
    // Printed measures, from samples/src/seed-page-README.md.
    const std::pair<const char*, double> measures[] = {
        {"speech", 16},       {"job-fair", 13},          {"library-books", 15},
        {"tree-warming", 15}, {"guoxue-society", 15.25}, {"platform-economy", 15.5}};
    std::vector<SeedArticle> out;
    for (const auto& a : j.at("articles")) {
        SeedArticle s;
        s.id = a.at("id").get<std::string>();
        for (const auto& [id, m] : measures)
            if (s.id == id) s.printedMeasureEm = m;
        for (const auto& p : a.at("paragraphs")) s.paragraphs.push_back(p.get<std::string>());
        if (a.contains("dateline") && a.at("dateline").is_string() && !s.paragraphs.empty())
            s.paragraphs[0] = a.at("dateline").get<std::string>() + s.paragraphs[0];
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace bm::testing
