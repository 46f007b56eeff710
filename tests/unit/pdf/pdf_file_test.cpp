// SPDX-License-Identifier: MIT
// writePdfFile: atomic replace, and an existing file survives a failed write.
#include <signal.h>
#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "layout/render/pdf/pdf_export.h"
#include "pdf_test_support.h"

using namespace bm;
using namespace bm::pdf;

namespace {
std::vector<std::uint8_t> bytesOf(const std::string& s) { return {s.begin(), s.end()}; }

size_t entries(const std::filesystem::path& dir) {
    size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
    return n;
}
}  // namespace

TEST_CASE("writePdfFile replaces the file whole", "[pdf][file]") {
    test::TempDir dir;
    const std::string path = dir.file("out.pdf");
    REQUIRE(writePdfFile(bytesOf("old"), path).ok());
    REQUIRE(writePdfFile(bytesOf("new contents"), path).ok());
    CHECK(test::readText(path) == "new contents");
    CHECK(entries(dir.path()) == 1);  // no temporary left behind
}

TEST_CASE("a directory that does not exist is an error naming the path", "[pdf][file]") {
    test::TempDir dir;
    const std::string path = dir.file("missing-dir/out.pdf");
    auto r = writePdfFile(bytesOf("x"), path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find(path) != std::string::npos);
    CHECK(r.error().find("No such file or directory") != std::string::npos);
}

TEST_CASE("an unwritable directory leaves the existing file untouched", "[pdf][file]") {
    test::TempDir dir;
    const std::filesystem::path sub = dir.path() / "locked";
    std::filesystem::create_directory(sub);
    const std::string path = (sub / "out.pdf").string();
    REQUIRE(writePdfFile(bytesOf("original"), path).ok());
    std::filesystem::permissions(
        sub, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    auto r = writePdfFile(bytesOf("replacement"), path);
    std::filesystem::permissions(sub, std::filesystem::perms::owner_all);
    if (::geteuid() == 0) {
        // root ignores directory permissions, so use a directory the kernel refuses to create
        // files in; the RLIMIT_FSIZE case below covers an existing file surviving a failure.
        CHECK(r.ok());
        const std::string sysPath = "/sys/bm-pdf-test.pdf";
        auto denied = writePdfFile(bytesOf("x"), sysPath);
        REQUIRE_FALSE(denied.ok());
        CHECK(denied.error().find(sysPath) != std::string::npos);
        CHECK(denied.error().find("Permission denied") != std::string::npos);
    } else {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().find(path) != std::string::npos);
        CHECK(r.error().find("Permission denied") != std::string::npos);
        CHECK(test::readText(path) == "original");
    }
}

TEST_CASE("a write that fails midway leaves the existing file untouched", "[pdf][file]") {
    // A file-size limit makes write() fail with EFBIG even for root, like a full disk would.
    test::TempDir dir;
    const std::string path = dir.file("out.pdf");
    REQUIRE(writePdfFile(bytesOf("original"), path).ok());
    rlimit old{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    auto* oldHandler = ::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 4096;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    auto r = writePdfFile(std::vector<std::uint8_t>(100000, 'x'), path);
    ::setrlimit(RLIMIT_FSIZE, &old);
    ::signal(SIGXFSZ, oldHandler);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find(path) != std::string::npos);
    CHECK(r.error().find("too large") != std::string::npos);  // strerror(EFBIG)
    CHECK(test::readText(path) == "original");
    CHECK(entries(dir.path()) == 1);
}
