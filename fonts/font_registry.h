// SPDX-License-Identifier: MIT
#pragma once
// FontRegistry: finds families through fontconfig (remembered across runs by FontPathCache),
// loads each face once and hands out FaceIds.
// Owned by the caller (CLI, editor session, test); no global state. Thread-safe.
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "fonts/face.h"
#include "fonts/font_path_cache.h"
#include "layout/base/result.h"

namespace bm::fonts {

/// Typographic roles of a Chinese newspaper: 宋 (body), 黑 (headlines), 楷 (kickers).
enum class Role { Song, Hei, Kai };

const char* roleName(Role r);

enum class Weight { Regular, Bold };

class FontRegistry {
public:
    FontRegistry();
    ~FontRegistry();
    FontRegistry(const FontRegistry&) = delete;
    FontRegistry& operator=(const FontRegistry&) = delete;

    /// Finds a family by exact name (e.g. "Noto Serif CJK SC"). A missing family is an error
    /// that names the family and the Debian package providing it.
    Result<FaceId> findFamily(const std::string& family, Weight weight = Weight::Regular);
    /// Loads a face from a file (index = face inside a .ttc).
    Result<FaceId> loadFile(const std::string& path, int index);
    /// Registers a face already loaded (tests, fuzzing).
    FaceId add(std::shared_ptr<Face> face);

    /// The fallback chain of a role: its primary family first, then the others that exist.
    Result<std::vector<FaceId>> chain(Role role, Weight weight = Weight::Regular);
    /// A chain starting with `family`, followed by the role's usual fallbacks.
    Result<std::vector<FaceId>> chainFor(const std::string& family, Role role,
                                         Weight weight = Weight::Regular);

    const Face& face(FaceId id) const;
    std::shared_ptr<const Face> faceShared(FaceId id) const;
    size_t faceCount() const;

    /// Default family of a role and the Debian package that ships it.
    static std::string defaultFamily(Role r);
    static std::string packageFor(const std::string& family);

    /// How many lookups went to fontconfig (the others came from the path cache or memory).
    size_t fontconfigQueries() const;

private:
    std::optional<CachedFontPath> askFontconfig(const std::string& family, int weight);

    mutable std::mutex m_mutex;
    std::vector<std::shared_ptr<Face>> m_faces;
    std::map<std::pair<std::string, int>, FaceId> m_byFile;
    std::map<std::pair<std::string, int>, FaceId> m_byFamily;
    std::mutex m_cacheMutex;
    std::unique_ptr<FontPathCache> m_pathCache;
    std::once_flag m_fontconfigOnce;
    std::atomic<size_t> m_fontconfigQueries{0};
};

}  // namespace bm::fonts
