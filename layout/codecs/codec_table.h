// SPDX-License-Identifier: MIT
#pragma once
// The codecs that need large shared libraries — PDF ads (qpdf, poppler), TIFF (libtiff), EXIF
// (libexif), .docx (libzip, libxml2) and OpenCC — sit behind this table, so that a `banmian`
// run that never meets such a file neither maps nor relocates those libraries (issue 16: about
// 9 MB of the galley's peak RSS and 40 % of its start-up). The programs load the table from
// libbanmian-codecs.so beside the executable on first use; the tests, the fuzzers and the module
// itself link the implementations (bm_codecs_impl) and use them directly. The public functions
// (render::readPdfPage, render::decodeTiff, import::importDocx, …) keep their signatures and
// call through here, so their callers know nothing of it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "layout/base/result.h"

namespace bm::render {
struct PdfPageInfo;
struct DecodedImage;
struct ImageInfo;
}  // namespace bm::render
namespace bm::import {
struct ImportedArticle;
}  // namespace bm::import

namespace bm::codecs {

/// Raised whenever CodecTable or a type it passes changes: a module from another build is
/// refused instead of called with the wrong layout.
inline constexpr int kCodecAbiVersion = 2;

/// The module's file name, looked for in the executable's directory.
inline constexpr const char* kCodecModuleName = "libbanmian-codecs.so";

/// Where a PDF ad's objects go: the program's pdf::ObjectWriter behind plain calls, so that the
/// module needs none of the writer's state. Numbers come from alloc() in the order the objects
/// are met; object() writes "n 0 obj <body> endobj", stream() an unfiltered stream whose
/// dictionary holds `entries` (name without '/', value as PDF text) before /Length.
struct AdSink {
    void* ctx = nullptr;
    std::uint32_t (*alloc)(void* ctx) = nullptr;
    void (*object)(void* ctx, std::uint32_t num, const std::string& body) = nullptr;
    void (*stream)(void* ctx, std::uint32_t num, const std::uint8_t* data, std::size_t size,
                   const std::vector<std::pair<std::string, std::string>>& entries) = nullptr;
};

/// A PDF ad's page imported as a form XObject: its object number and its box in its own space.
/// An empty box (w or h not positive) means nothing was written. `failure`: qpdf failed after
/// the box was read (the objects numbered so far were written as null).
struct AdImport {
    std::uint32_t ref = 0;
    double x = 0, y = 0, w = 0, h = 0;
    std::string failure;
};

struct CodecTable {
    int abiVersion;
    std::size_t size;  ///< sizeof(CodecTable), a second check on the layout
    Result<render::PdfPageInfo> (*readPdfPage)(const std::vector<std::uint8_t>& bytes,
                                               const std::string& label, int page);
    Result<render::DecodedImage> (*renderPdfPage)(const std::vector<std::uint8_t>& bytes,
                                                  const std::string& label, int page, double dpi);
    /// Imports page `page` (already checked with readPdfPage) into `sink`.
    Result<AdImport> (*importPdfAd)(const std::vector<std::uint8_t>& bytes,
                                    const std::string& label, int page, const AdSink& sink);
    Result<render::DecodedImage> (*decodeTiff)(const std::vector<std::uint8_t>& bytes,
                                               const std::string& label);
    Result<render::ImageInfo> (*readTiffInfo)(const std::vector<std::uint8_t>& bytes,
                                              const std::string& label);
    int (*exifOrientation)(const std::uint8_t* data, std::size_t size);
    Result<import::ImportedArticle> (*importDocx)(std::string_view bytes, const std::string& label);
    /// OpenCC's t2s conversion; false when OpenCC is not built in or its data is missing.
    bool (*tradAvailable)();
    std::string (*toSimplified)(const std::string& utf8);
};

/// The codec table: linked in, or loaded once (thread-safe) from libbanmian-codecs.so beside
/// the executable. When it cannot be had, an error naming the file looked for and `need` (what
/// the caller was doing: "reading PDF ads").
Result<const CodecTable*> codecs(std::string_view need);

}  // namespace bm::codecs

/// The module's entry point (and, linked into a test, the table used without loading anything).
extern "C" __attribute__((visibility("default"))) const bm::codecs::CodecTable* bm_codec_table();
