// SPDX-License-Identifier: MIT
// FontRegistry: families through fontconfig, the path cache that spares a command-line run
// fontconfig's start-up, and the errors for missing families.
#include <unistd.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "fonts/font_registry.h"

using namespace bm;
namespace fs = std::filesystem;

namespace {

// A private cache file for one test, named through BANMIAN_FONT_CACHE.
struct CacheFile {
    fs::path dir;
    fs::path file;
    CacheFile() {
        dir = fs::temp_directory_path() /
              ("bm-font-cache-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        fs::create_directories(dir);
        file = dir / "sub" / "font-paths.tsv";  // the directory is created on first store
        ::setenv("BANMIAN_FONT_CACHE", file.c_str(), 1);
    }
    ~CacheFile() {
        ::unsetenv("BANMIAN_FONT_CACHE");
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::string read() const {
        std::ifstream in(file);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
    void write(const std::string& text) const {
        std::ofstream out(file, std::ios::trunc);
        out << text;
    }
    static int& counter() {
        static int n = 0;
        return n;
    }
};

const std::string kSong = "Noto Serif CJK SC";

}  // namespace

TEST_CASE("fonts: the first lookup asks fontconfig, the next run reads the path cache", "[fonts]") {
    CacheFile cache;
    std::string firstPath;
    {
        fonts::FontRegistry registry;
        auto id = registry.findFamily(kSong);
        REQUIRE(id);
        CHECK(registry.fontconfigQueries() == 1);
        firstPath = registry.face(*id).path();
    }
    REQUIRE(fs::exists(cache.file));
    CHECK(cache.read().find(kSong + "\t") != std::string::npos);

    fonts::FontRegistry again;
    auto id = again.findFamily(kSong);
    REQUIRE(id);
    CHECK(again.fontconfigQueries() == 0);
    CHECK(again.face(*id).path() == firstPath);
    CHECK(again.face(*id).index() == 2);  // the SC face of the collection
}

TEST_CASE("fonts: a cache entry whose file changed is not trusted", "[fonts]") {
    CacheFile cache;
    { REQUIRE(fonts::FontRegistry().findFamily(kSong)); }
    // Pretend the font file had another size when it was cached: the entry must be a miss.
    std::string text = cache.read();
    const auto line = text.find(kSong + "\t");
    REQUIRE(line != std::string::npos);
    size_t field = line;
    for (int i = 0; i < 3; ++i) field = text.find('\t', field) + 1;  // family, weight, index
    text.insert(field, "9");
    cache.write(text);

    fonts::FontRegistry registry;
    auto id = registry.findFamily(kSong);
    REQUIRE(id);
    CHECK(registry.fontconfigQueries() == 1);
    CHECK(registry.face(*id).index() == 2);
}

TEST_CASE("fonts: a corrupt or foreign cache file is ignored and replaced", "[fonts]") {
    CacheFile cache;
    fs::create_directories(cache.file.parent_path());
    for (const std::string& garbage :
         {std::string("\x00\xff\xfe garbage\n\t\t\t\n", 16), std::string("banmian-font-paths 1\n"),
          std::string("banmian-font-paths 1\nstamp\nNoto Serif CJK SC\tx\ty\tz\tw\t/nowhere\n")}) {
        cache.write(garbage);
        {
            fonts::FontRegistry registry;
            auto id = registry.findFamily(kSong);
            REQUIRE(id);
            CHECK(registry.fontconfigQueries() == 1);
        }  // the cache is written when the registry goes
        CHECK(cache.read().rfind("banmian-font-paths 1\n", 0) == 0);
    }
}

TEST_CASE("fonts: BANMIAN_FONT_CACHE=off writes nothing", "[fonts]") {
    CacheFile cache;
    ::setenv("BANMIAN_FONT_CACHE", "off", 1);
    fonts::FontRegistry registry;
    REQUIRE(registry.findFamily(kSong));
    CHECK(registry.fontconfigQueries() == 1);
    CHECK_FALSE(fs::exists(cache.file));
}

TEST_CASE("fonts: an unwritable cache location does not fail the lookup", "[fonts]") {
    CacheFile cache;
    ::setenv("BANMIAN_FONT_CACHE", "/proc/banmian-cannot-write-here/font-paths.tsv", 1);
    fonts::FontRegistry registry;
    CHECK(registry.findFamily(kSong));
}

TEST_CASE("fonts: a missing family names the Debian package", "[fonts]") {
    CacheFile cache;
    fonts::FontRegistry registry;
    auto missing = registry.findFamily("Noto Serif CJK XX");
    REQUIRE_FALSE(missing);
    CHECK(missing.error() ==
          "font family 'Noto Serif CJK XX' is not installed (Debian package "
          "fonts-noto-cjk)");
    CHECK_FALSE(fs::exists(cache.file));  // nothing is cached for a family that does not exist
}

TEST_CASE("fonts: the ideographic em box comes from the font", "[fonts]") {
    fonts::FontRegistry registry;
    const auto emBoxOf = [&](fonts::Role role) {
        auto chain = registry.chain(role);
        REQUIRE(chain);
        return registry.face(chain->front()).emBox();
    };
    // Noto CJK: BASE ideo -120, so the box is -120…880 of 1000 (the 0.88 em the engine used to
    // hard-code); a 9 pt body line has its baseline 7.92 pt below the top of its box.
    CHECK(emBoxOf(fonts::Role::Song) == fonts::EmBox{880, 1000});
    CHECK(emBoxOf(fonts::Role::Hei) == fonts::EmBox{880, 1000});
    CHECK(emBoxOf(fonts::Role::Song).ascent(9000) == 7920);
    // AR PL UKai has no BASE table: ascender 997 and descender -133 scaled to its 1024-unit em.
    // HarfBuzz's own fallback (the ascender, 997) would sit 楷 lines 0.09 em low in their boxes.
    CHECK(emBoxOf(fonts::Role::Kai) == fonts::EmBox{903, 1024});
}

TEST_CASE("fonts: a face draws and measures the same after letting its file pages go", "[fonts]") {
    // A face closes FreeType after checking the font and reopens it for the first outline; an
    // export lets the file pages go before subsetting (Face::releaseReadPages). Neither may
    // change a glyph: compare with a face that did neither.
    fonts::FontRegistry fresh;
    fonts::FontRegistry released;
    auto a = fresh.chain(fonts::Role::Song);
    auto b = released.chain(fonts::Role::Song);
    REQUIRE(a);
    REQUIRE(b);
    const fonts::Face& before = fresh.face(a->front());
    const fonts::Face& after = released.face(b->front());
    after.releaseReadPages();
    for (char32_t cp : {U'中', U'國', U'A'}) {
        const std::uint32_t g = after.glyphFor(cp);
        REQUIRE(g != 0);
        CHECK(g == before.glyphFor(cp));
        CHECK(after.advance(g) == before.advance(g));
        const auto pa = before.outline(g), pb = after.outline(g);
        REQUIRE(pb);
        CHECK(!pb->ops.empty());
        CHECK(pb->ops == pa->ops);
        CHECK(pb->coords == pa->coords);
        after.releaseReadPages();
    }
}
