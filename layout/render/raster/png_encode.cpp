// SPDX-License-Identifier: MIT
// PNG written directly with zlib: the format is five lines of chunk framing, and owning it
// avoids libpng's longjmp error handling and lets us pick the cheapest settings for pages that
// are mostly white.
#include "layout/render/raster/png_encode.h"

#include "layout/base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>

#include <zlib.h>

namespace bm::render {

namespace {

// Filter "none", zlib level 1, and for gray pages the run-length strategy. Measured on a
// 2304 x 3219 broadsheet page of 10,000 glyphs (gray): Z_RLE 64 ms / 1.62 MB, level 1 90 ms /
// 1.65 MB, level 6 230 ms / 1.53 MB. For the same page in RGB, Z_RLE is no faster (136 against
// 148 ms) but 60 % larger, since a gray pixel there is a 3-byte pattern that distance-1 runs do
// not catch. The Sub and Up filters made every variant larger and slower: anti-aliased text
// has no gradients for them to predict.
constexpr int kZlibLevel = 1;
constexpr size_t kIdatChunk = size_t(1) << 18;

void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    out.push_back(static_cast<std::uint8_t>(v >> 24));
    out.push_back(static_cast<std::uint8_t>(v >> 16));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
    out.push_back(static_cast<std::uint8_t>(v));
}

void putChunk(std::vector<std::uint8_t>& out, const char type[4], const std::uint8_t* data,
              size_t len) {
    put32(out, static_cast<std::uint32_t>(len));
    const size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    if (len) out.insert(out.end(), data, data + len);
    const uLong crc = crc32(0L, out.data() + start, static_cast<uInt>(len + 4));
    put32(out, static_cast<std::uint32_t>(crc));
}

}  // namespace

Result<std::vector<std::uint8_t>> encodePng(const Raster& raster) {
    const int ch = raster.channels;
    if (raster.width <= 0 || raster.height <= 0 || (ch != 1 && ch != 3))
        return Error{"cannot encode PNG: invalid raster " + std::to_string(raster.width) + "x" +
                     std::to_string(raster.height) + " with " + std::to_string(ch) + " channels"};
    const size_t stride = static_cast<size_t>(raster.width) * ch;
    if (raster.pixels.size() != stride * raster.height)
        return Error{"cannot encode PNG: raster has " + std::to_string(raster.pixels.size()) +
                     " bytes of pixels, expected " + std::to_string(stride * raster.height)};
    try {
        std::vector<std::uint8_t> out;
        out.reserve(stride * raster.height / 16 + 1024);
        static const std::uint8_t kSig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        out.insert(out.end(), kSig, kSig + 8);

        std::vector<std::uint8_t> ihdr;
        put32(ihdr, static_cast<std::uint32_t>(raster.width));
        put32(ihdr, static_cast<std::uint32_t>(raster.height));
        ihdr.push_back(8);                   // bit depth
        ihdr.push_back(ch == 1 ? 0 : 2);     // colour type: gray or RGB
        ihdr.insert(ihdr.end(), {0, 0, 0});  // deflate, adaptive filtering, no interlace
        putChunk(out, "IHDR", ihdr.data(), ihdr.size());

        z_stream z{};
        const int strategy = ch == 1 ? Z_RLE : Z_DEFAULT_STRATEGY;
        if (deflateInit2(&z, kZlibLevel, Z_DEFLATED, 15, 8, strategy) != Z_OK)
            return Error{"cannot encode PNG: zlib failed to initialise"};
        std::vector<std::uint8_t> buf(kIdatChunk);
        std::vector<std::uint8_t> line(stride + 1, 0);  // filter byte 0 ("none") + pixels
        bool failed = false;
        auto pump = [&](int flush) {
            do {
                z.next_out = buf.data();
                z.avail_out = static_cast<uInt>(buf.size());
                const int rc = deflate(&z, flush);
                if (rc == Z_STREAM_ERROR) {
                    failed = true;
                    return;
                }
                const size_t have = buf.size() - z.avail_out;
                if (have) putChunk(out, "IDAT", buf.data(), have);
            } while (z.avail_out == 0);
        };
        for (int y = 0; y < raster.height && !failed; ++y) {
            std::memcpy(line.data() + 1, raster.pixels.data() + y * stride, stride);
            z.next_in = line.data();
            z.avail_in = static_cast<uInt>(line.size());
            pump(Z_NO_FLUSH);
        }
        if (!failed) pump(Z_FINISH);
        deflateEnd(&z);
        if (failed) return Error{"cannot encode PNG: zlib stream error"};
        putChunk(out, "IEND", nullptr, 0);
        return out;
    } catch (const std::bad_alloc&) {
        return Error{"cannot encode PNG: out of memory"};
    }
}

Status writePng(const Raster& raster, const std::string& path) {
    auto png = encodePng(raster);
    if (!png) return Error{"cannot write PNG '" + path + "': " + png.error()};
    return writeFileAtomically(
        path, std::string_view(reinterpret_cast<const char*>(png->data()), png->size()));
}

}  // namespace bm::render
