// SPDX-License-Identifier: MIT
#include "fonts/font_registry.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace bm::fonts {

const char* roleName(Role r) {
    switch (r) {
        case Role::Song:
            return "song";
        case Role::Hei:
            return "hei";
        case Role::Kai:
            return "kai";
    }
    return "song";
}

FontRegistry::FontRegistry() = default;
FontRegistry::~FontRegistry() {
    if (m_pathCache) m_pathCache->save();
}

std::string FontRegistry::defaultFamily(Role r) {
    switch (r) {
        case Role::Song:
            return "Noto Serif CJK SC";
        case Role::Hei:
            return "Noto Sans CJK SC";
        case Role::Kai:
            return "AR PL UKai CN";
    }
    return "Noto Serif CJK SC";
}

std::string FontRegistry::packageFor(const std::string& family) {
    if (family.rfind("Noto Serif CJK", 0) == 0 || family.rfind("Noto Sans CJK", 0) == 0)
        return "fonts-noto-cjk";
    if (family.rfind("AR PL UKai", 0) == 0) return "fonts-arphic-ukai";
    if (family.rfind("AR PL UMing", 0) == 0) return "fonts-arphic-uming";
    if (family.rfind("WenQuanYi Zen Hei", 0) == 0) return "fonts-wqy-zenhei";
    return "";
}

namespace {

// The closest weight among fontconfig's faces of the family (FcFontList matches exactly).
void closestWeight(FcFontSet* set, int weight, int& bestDiff, CachedFontPath& best) {
    if (!set) return;
    for (int i = 0; i < set->nfont; ++i) {
        FcChar8* f = nullptr;
        int idx = 0, wt = FC_WEIGHT_REGULAR;
        if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &f) != FcResultMatch) continue;
        FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &idx);
        FcPatternGetInteger(set->fonts[i], FC_WEIGHT, 0, &wt);
        const int diff = std::abs(wt - weight);
        if (diff < bestDiff) {
            bestDiff = diff;
            best = {reinterpret_cast<const char*>(f), idx};
        }
    }
    FcFontSetDestroy(set);
}

}  // namespace

std::optional<CachedFontPath> FontRegistry::askFontconfig(const std::string& family, int weight) {
    std::call_once(m_fontconfigOnce, [] { FcInit(); });
    ++m_fontconfigQueries;
    FcObjectSet* os = FcObjectSetBuild(FC_FAMILY, FC_FILE, FC_INDEX, FC_WEIGHT, nullptr);
    FcPattern* pat = FcPatternCreate();
    FcPatternAddString(pat, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pat, FC_WEIGHT, weight);
    CachedFontPath best;
    int bestDiff = 1 << 30;
    closestWeight(FcFontList(nullptr, pat, os), weight, bestDiff, best);
    FcPatternDestroy(pat);
    // A family with only a regular face still resolves for bold: retry without the weight.
    if (best.file.empty()) {
        FcPattern* any = FcPatternCreate();
        FcPatternAddString(any, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
        closestWeight(FcFontList(nullptr, any, os), weight, bestDiff, best);
        FcPatternDestroy(any);
    }
    FcObjectSetDestroy(os);
    if (best.file.empty()) return std::nullopt;
    return best;
}

Result<FaceId> FontRegistry::findFamily(const std::string& family, Weight weight) {
    const int w = weight == Weight::Bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_byFamily.find({family, w});
        if (it != m_byFamily.end()) return it->second;
    }
    std::optional<CachedFontPath> cached;
    {
        std::lock_guard lock(m_cacheMutex);
        // Read on the first family lookup: registries that only hold faces given to them (tests,
        // fuzzing) never touch the file.
        if (!m_pathCache)
            m_pathCache = std::make_unique<FontPathCache>(FontPathCache::defaultPath());
        cached = m_pathCache->lookup(family, w);
    }
    auto id = cached ? loadFile(cached->file, cached->index) : Result<FaceId>(Error{});
    if (!id) {
        const auto found = askFontconfig(family, w);
        if (!found) {
            const std::string pkg = packageFor(family);
            return Error{"font family '" + family + "' is not installed" +
                         (pkg.empty() ? std::string() : " (Debian package " + pkg + ")")};
        }
        id = loadFile(found->file, found->index);
        if (!id) return id;
        std::lock_guard lock(m_cacheMutex);
        m_pathCache->store(family, w, *found);
    }
    std::lock_guard lock(m_mutex);
    m_byFamily[{family, w}] = *id;
    return id;
}

size_t FontRegistry::fontconfigQueries() const { return m_fontconfigQueries; }

Result<FaceId> FontRegistry::loadFile(const std::string& path, int index) {
    {
        std::lock_guard lock(m_mutex);
        auto it = m_byFile.find({path, index});
        if (it != m_byFile.end()) return it->second;
    }
    auto face = Face::load(path, index);
    if (!face) return Error{face.error()};
    std::lock_guard lock(m_mutex);
    auto it = m_byFile.find({path, index});
    if (it != m_byFile.end()) return it->second;
    FaceId id{static_cast<std::uint32_t>(m_faces.size())};
    m_faces.push_back(std::move(*face));
    m_byFile[{path, index}] = id;
    return id;
}

FaceId FontRegistry::add(std::shared_ptr<Face> face) {
    std::lock_guard lock(m_mutex);
    FaceId id{static_cast<std::uint32_t>(m_faces.size())};
    m_faces.push_back(std::move(face));
    return id;
}

Result<std::vector<FaceId>> FontRegistry::chain(Role role, Weight weight) {
    return chainFor(defaultFamily(role), role, weight);
}

Result<std::vector<FaceId>> FontRegistry::chainFor(const std::string& family, Role role,
                                                   Weight weight) {
    auto first = findFamily(family, weight);
    if (!first) return Error{first.error()};
    std::vector<FaceId> out{*first};
    // Fallbacks: the other CJK roles cover characters the primary lacks (e.g. UKai lacks
    // some punctuation that Noto has). Missing fallbacks are not an error.
    const Role order[] = {Role::Song, Role::Hei, Role::Kai};
    for (Role r : order) {
        if (r == role && defaultFamily(r) == family) continue;
        auto f = findFamily(defaultFamily(r), weight);
        if (f && std::find(out.begin(), out.end(), *f) == out.end()) out.push_back(*f);
    }
    return out;
}

const Face& FontRegistry::face(FaceId id) const {
    std::lock_guard lock(m_mutex);
    if (id.value >= m_faces.size()) throw std::out_of_range("FaceId out of range");
    return *m_faces[id.value];
}

std::shared_ptr<const Face> FontRegistry::faceShared(FaceId id) const {
    std::lock_guard lock(m_mutex);
    if (id.value >= m_faces.size()) return nullptr;
    return m_faces[id.value];
}

size_t FontRegistry::faceCount() const {
    std::lock_guard lock(m_mutex);
    return m_faces.size();
}

}  // namespace bm::fonts
