// SPDX-License-Identifier: MIT
#pragma once
// Reading the tab-separated test tables of tests/data (lines starting with '#' are comments).
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace bm::testing {

inline std::vector<std::vector<std::string>> readTsv(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("missing test data file " + path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cols;
        std::stringstream ss(line);
        std::string col;
        while (std::getline(ss, col, '\t')) cols.push_back(col);
        rows.push_back(cols);
    }
    return rows;
}

inline std::vector<std::string> split(const std::string& s, const std::string& sep) {
    std::vector<std::string> out;
    size_t start = 0;
    while (true) {
        const size_t p = s.find(sep, start);
        out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
        if (p == std::string::npos) break;
        start = p + sep.size();
    }
    return out;
}

}  // namespace bm::testing
