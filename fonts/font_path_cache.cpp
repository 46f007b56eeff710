// SPDX-License-Identifier: MIT
#include "fonts/font_path_cache.h"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "layout/base/atomic_file.h"

namespace bm::fonts {

namespace {

constexpr const char* kMagic = "banmian-font-paths 1";

std::string envOr(const char* name, const std::string& fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

bool statFile(const std::string& path, long long& size, long long& mtimeNs) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    size = static_cast<long long>(st.st_size);
    mtimeNs = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    return true;
}

// What fontconfig's answer depends on: its configuration and the font cache directories that
// fc-cache (run by every font package's install trigger) rewrites. A change to any of them, or
// to the variables that point fontconfig elsewhere, invalidates the whole cache.
std::string fontconfigStamp() {
    const std::string home = envOr("HOME", "");
    const std::string xdgCache = envOr("XDG_CACHE_HOME", home.empty() ? "" : home + "/.cache");
    const std::string xdgConfig = envOr("XDG_CONFIG_HOME", home.empty() ? "" : home + "/.config");
    const std::string xdgData = envOr("XDG_DATA_HOME", home.empty() ? "" : home + "/.local/share");
    const std::vector<std::string> dirs = {"/etc/fonts",
                                           "/etc/fonts/conf.d",
                                           "/var/cache/fontconfig",
                                           "/usr/share/fonts",
                                           "/usr/local/share/fonts",
                                           xdgCache + "/fontconfig",
                                           xdgConfig + "/fontconfig",
                                           xdgConfig + "/fontconfig/conf.d",
                                           xdgData + "/fonts",
                                           home + "/.fonts"};
    std::ostringstream s;
    s << envOr("FONTCONFIG_FILE", "-") << '|' << envOr("FONTCONFIG_PATH", "-");
    for (const auto& d : dirs) {
        struct stat st {};
        if (::stat(d.c_str(), &st) == 0)
            s << '|' << st.st_mtim.tv_sec << '.' << st.st_mtim.tv_nsec;
        else
            s << "|-";
    }
    return s.str();
}

}  // namespace

std::string FontPathCache::defaultPath() {
    const std::string explicitPath = envOr("BANMIAN_FONT_CACHE", "");
    if (explicitPath == "off") return "";
    if (!explicitPath.empty()) return explicitPath;
    const std::string home = envOr("HOME", "");
    const std::string base = envOr("XDG_CACHE_HOME", home.empty() ? "" : home + "/.cache");
    return base.empty() ? "" : base + "/banmian/font-paths.tsv";
}

FontPathCache::FontPathCache(std::string path) : m_path(std::move(path)) {
    if (m_path.empty()) return;
    m_stamp = fontconfigStamp();
    std::ifstream in(m_path);
    std::string line;
    if (!in || !std::getline(in, line) || line != kMagic) return;
    if (!std::getline(in, line) || line != m_stamp) return;  // fonts or configuration changed
    // family \t weight \t index \t size \t mtime-ns \t file
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        size_t start = 0;
        for (int i = 0; i < 5; ++i) {
            const size_t tab = line.find('\t', start);
            if (tab == std::string::npos) break;
            f.push_back(line.substr(start, tab - start));
            start = tab + 1;
        }
        if (f.size() != 5 || start >= line.size()) continue;
        try {
            Entry e;
            e.where.file = line.substr(start);
            e.where.index = std::stoi(f[2]);
            e.size = std::stoll(f[3]);
            e.mtimeNs = std::stoll(f[4]);
            m_entries[{f[0], std::stoi(f[1])}] = std::move(e);
        } catch (const std::exception&) {
            continue;  // a corrupt line is a miss, not an error
        }
    }
}

std::optional<CachedFontPath> FontPathCache::lookup(const std::string& family, int weight) const {
    auto it = m_entries.find({family, weight});
    if (it == m_entries.end()) return std::nullopt;
    long long size = 0, mtime = 0;
    if (!statFile(it->second.where.file, size, mtime) || size != it->second.size ||
        mtime != it->second.mtimeNs)
        return std::nullopt;
    return it->second.where;
}

void FontPathCache::store(const std::string& family, int weight, const CachedFontPath& where) {
    if (m_path.empty() || family.find_first_of("\t\n") != std::string::npos ||
        where.file.find('\n') != std::string::npos)
        return;
    Entry e;
    e.where = where;
    if (!statFile(where.file, e.size, e.mtimeNs)) return;
    m_entries[{family, weight}] = std::move(e);
    m_dirty = true;
}

void FontPathCache::save() {
    if (!m_dirty) return;
    m_dirty = false;
    std::ostringstream out;
    out << kMagic << '\n' << m_stamp << '\n';
    for (const auto& [key, entry] : m_entries)
        out << key.first << '\t' << key.second << '\t' << entry.where.index << '\t' << entry.size
            << '\t' << entry.mtimeNs << '\t' << entry.where.file << '\n';
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(m_path).parent_path(), ec);
    (void)writeFileAtomically(m_path, out.str());  // only an accelerator: failure is a miss later
}

}  // namespace bm::fonts
