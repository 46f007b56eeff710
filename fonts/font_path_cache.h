// SPDX-License-Identifier: MIT
#pragma once
// FontPathCache: remembers which file and face index fontconfig gave for a family, so that a
// command-line run does not pay for initialising fontconfig (parsing its configuration and
// mapping its caches takes longer than typesetting a whole article). An entry is trusted only
// while its font file keeps its size and modification time and the fontconfig configuration and
// cache directories are unchanged; anything else is a miss and fontconfig decides again.
//
// The file is ${BANMIAN_FONT_CACHE}, else ${XDG_CACHE_HOME:-~/.cache}/banmian/font-paths.tsv;
// BANMIAN_FONT_CACHE=off disables it. It is only an accelerator: a missing, unreadable, corrupt
// or unwritable cache never fails a lookup.
#include <map>
#include <optional>
#include <string>
#include <utility>

namespace bm::fonts {

struct CachedFontPath {
    std::string file;
    int index = 0;
};

class FontPathCache {
public:
    /// Reads the cache at `path` (empty = disabled).
    explicit FontPathCache(std::string path);
    /// The cache file named by the environment (see above); empty when disabled.
    static std::string defaultPath();

    std::optional<CachedFontPath> lookup(const std::string& family, int weight) const;
    /// Records a fontconfig answer (kept in memory until save()).
    void store(const std::string& family, int weight, const CachedFontPath& where);
    /// Rewrites the file atomically if anything was stored (errors are ignored): once per run,
    /// however many families it resolved.
    void save();

private:
    struct Entry {
        CachedFontPath where;
        long long size = 0;
        long long mtimeNs = 0;
    };
    std::string m_path;
    std::string m_stamp;  ///< the fontconfig directories' state this cache was written under
    std::map<std::pair<std::string, int>, Entry> m_entries;
    bool m_dirty = false;
};

}  // namespace bm::fonts
