// SPDX-License-Identifier: MIT
#include "cli/text_input.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "layout/base/utf.h"

namespace bm::cli {

namespace {
constexpr size_t kMaxInput = size_t(256) << 20;

bool isAsciiWordChar(char16_t c) { return c < 0x80 && (std::isalnum(c) || c == '%' || c == '.'); }
}  // namespace

Result<std::string> readTextFile(const std::string& path) {
    std::string data;
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        data = ss.str();
    } else {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec))
            return Error{"'" + path + "' is a directory, not a text file"};
        std::ifstream in(path, std::ios::binary);
        if (!in) return Error{"cannot open '" + path + "': " + std::strerror(errno)};
        in.seekg(0, std::ios::end);
        const std::streamoff size = in.tellg();
        if (size < 0) return Error{"cannot read '" + path + "' (is it a directory?)"};
        if (static_cast<size_t>(size) > kMaxInput)
            return Error{"'" + path + "' is too large (more than 256 MiB)"};
        in.seekg(0);
        data.resize(static_cast<size_t>(size));
        if (!in.read(data.data(), size)) return Error{"cannot read '" + path + "'"};
    }
    if (data.size() > kMaxInput) return Error{"input is too large (more than 256 MiB)"};
    return data;
}

Result<std::vector<std::u16string>> splitParagraphs(const std::string& utf8,
                                                    const std::string& label) {
    size_t bad = 0;
    std::string_view view = utf8;
    if (view.size() >= 3 && view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);  // BOM
    auto text = utf8ToUtf16(view, &bad);
    if (!text)
        return Error{"'" + label + "' is not valid UTF-8 (bad byte at offset " +
                     std::to_string(bad) + ")"};
    std::vector<std::u16string> paragraphs;
    std::u16string current;
    size_t i = 0;
    const std::u16string& t = *text;
    while (i <= t.size()) {
        size_t e = t.find(u'\n', i);
        if (e == std::u16string::npos) e = t.size();
        std::u16string line = t.substr(i, e - i);
        while (!line.empty() &&
               (line.back() == u'\r' || line.back() == u' ' || line.back() == u'\t'))
            line.pop_back();
        bool blank = true;
        for (char16_t c : line)
            if (c != u' ' && c != u'\t' && c != 0x3000) blank = false;
        if (blank) {
            if (!current.empty()) paragraphs.push_back(std::move(current));
            current.clear();
        } else {
            if (!current.empty() && isAsciiWordChar(current.back()) &&
                isAsciiWordChar(line.front()))
                current.push_back(u' ');
            current += line;
        }
        i = e + 1;
    }
    if (!current.empty()) paragraphs.push_back(std::move(current));
    return paragraphs;
}

}  // namespace bm::cli
