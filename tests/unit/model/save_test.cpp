// SPDX-License-Identifier: MIT
// Atomic save: the previous file survives every failure and no temporary file is left behind.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "layout/model/serialize.h"
#include "layout/model/templates.h"
#include "model_fixtures.h"

using namespace bm::model;
using namespace bm::model::test;

TEST_CASE("save then load gives the same document", "[model][save]") {
    ScratchDir dir;
    auto articles = importSeedArticles(seedPath());
    REQUIRE(articles.ok());
    const Document doc = buildSeedDocument(*articles);
    const std::string path = dir.file("issue.json");
    REQUIRE(saveDocument(doc, path).ok());
    auto back = loadDocument(path);
    REQUIRE(back.ok());
    CHECK(*back == doc);
    CHECK(readBytes(path) == serializeDocument(doc));
    CHECK(dir.entries() == 1);  // no temporary left
}

TEST_CASE("a save that fails halfway leaves the old file intact", "[model][save]") {
    ScratchDir dir;
    const std::string path = dir.file("issue.json");
    Document oldDoc = newDocument();
    oldDoc.title = "old";
    REQUIRE(saveDocument(oldDoc, path).ok());
    const std::string oldBytes = readBytes(path);

    Document newDoc = newDocument();
    newDoc.title = "new";
    newDoc.pages.push_back(duikai8Template("p2", 2));
    const size_t half = serializeDocument(newDoc).size() / 2;
    for (size_t failAt : {size_t{0}, size_t{1}, half}) {
        INFO(failAt);
        auto r = saveDocument(newDoc, path, SaveOptions{failAt});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == "cannot save '" + path + "': writing failed: No space left on device");
        CHECK(readBytes(path) == oldBytes);
        CHECK(dir.entries() == 1);  // the temporary file was removed
    }
    auto still = loadDocument(path);
    REQUIRE(still.ok());
    CHECK(*still == oldDoc);

    // The same save without the simulated failure goes through.
    REQUIRE(saveDocument(newDoc, path).ok());
    CHECK(*loadDocument(path) == newDoc);
    CHECK(dir.entries() == 1);
}

TEST_CASE("saving keeps the permission bits and writes through a symlink", "[model][save]") {
    ScratchDir dir;
    const std::string real = dir.file("real.json");
    REQUIRE(saveDocument(newDocument(), real).ok());
    REQUIRE(::chmod(real.c_str(), 0640) == 0);
    const std::string link = dir.file("link.json");
    REQUIRE(::symlink(real.c_str(), link.c_str()) == 0);
    Document d = newDocument();
    d.title = "via link";
    REQUIRE(saveDocument(d, link).ok());
    struct stat st {};
    REQUIRE(::lstat(link.c_str(), &st) == 0);
    CHECK(S_ISLNK(st.st_mode));
    REQUIRE(::stat(real.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);
    CHECK(loadDocument(real)->title == "via link");
    CHECK(dir.entries() == 2);
}

TEST_CASE("an unwritable destination gives a message naming the path and the reason",
          "[model][save]") {
    ScratchDir dir;
    const Document d = newDocument();
    {
        const std::string path = dir.file("missing-dir/issue.json");
        auto r = saveDocument(d, path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == "cannot save '" + path + "': cannot create a temporary file in '" +
                               dir.file("missing-dir") + "': No such file or directory");
    }
    {
        const std::string file = dir.file("plain");
        writeBytes(file, "x");
        auto r = saveDocument(d, file + "/issue.json");
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error(), Catch::StartsWith("cannot save '" + file + "/issue.json'") &&
                                  Catch::EndsWith("Not a directory"));
    }
    {
        auto r = saveDocument(d, dir.path.string());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error() == "cannot save '" + dir.path.string() + "': Is a directory");
    }
    if (::geteuid() != 0) {  // root may write anywhere
        const std::string ro = dir.file("readonly");
        std::filesystem::create_directory(ro);
        REQUIRE(::chmod(ro.c_str(), 0555) == 0);
        auto r = saveDocument(d, ro + "/issue.json");
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error(),
                   Catch::Contains(ro + "/issue.json") && Catch::EndsWith("Permission denied"));
        ::chmod(ro.c_str(), 0755);
    }
    CHECK(dir.leftovers() == 0);
}
