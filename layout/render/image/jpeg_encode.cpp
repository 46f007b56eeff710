// SPDX-License-Identifier: MIT
// libjpeg reports errors by longjmp: the driving function's frame holds only trivially
// destructible locals (see image_decode.cpp).
#include "layout/render/image/jpeg_encode.h"

#include <csetjmp>
#include <cstdio>

#include <jpeglib.h>

namespace bm::render {

namespace {

struct EncodeContext {
    jpeg_error_mgr err{};
    std::jmp_buf jump{};
    char error[JMSG_LENGTH_MAX + 1] = {};
    unsigned char* out = nullptr;  // malloc'ed by jpeg_mem_dest
    unsigned long outSize = 0;
};

void encodeErrorExit(j_common_ptr cinfo) {
    auto* ctx = reinterpret_cast<EncodeContext*>(cinfo->err);
    (*cinfo->err->format_message)(cinfo, ctx->error);
    std::longjmp(ctx->jump, 1);
}

bool runEncoder(EncodeContext* ctx, const DecodedImage* img, int quality) {
    jpeg_compress_struct cinfo;
    cinfo.err = jpeg_std_error(&ctx->err);
    ctx->err.error_exit = encodeErrorExit;
    if (setjmp(ctx->jump)) {
        jpeg_destroy_compress(&cinfo);
        return false;
    }
    jpeg_create_compress(&cinfo);
    jpeg_mem_dest(&cinfo, &ctx->out, &ctx->outSize);
    cinfo.image_width = static_cast<JDIMENSION>(img->width);
    cinfo.image_height = static_cast<JDIMENSION>(img->height);
    cinfo.input_components = img->components;
    cinfo.in_color_space = img->components == 1   ? JCS_GRAYSCALE
                           : img->components == 3 ? JCS_RGB
                                                  : JCS_CMYK;
    jpeg_set_defaults(&cinfo);
    if (img->components == 4) {
        jpeg_set_colorspace(&cinfo, JCS_CMYK);  // no YCCK transform
        cinfo.write_Adobe_marker = FALSE;
    }
    jpeg_set_quality(&cinfo, quality, TRUE);
    for (int c = 0; c < cinfo.num_components; ++c) {  // 4:4:4
        cinfo.comp_info[c].h_samp_factor = 1;
        cinfo.comp_info[c].v_samp_factor = 1;
    }
    cinfo.optimize_coding = FALSE;
    jpeg_start_compress(&cinfo, TRUE);
    const size_t stride = size_t(img->width) * img->components;
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(img->pixels.data() + cinfo.next_scanline * stride);
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    return true;
}

}  // namespace

Result<std::vector<std::uint8_t>> encodeJpeg(const DecodedImage& img, int quality) {
    if (img.width <= 0 || img.height <= 0 ||
        (img.components != 1 && img.components != 3 && img.components != 4) ||
        img.pixels.size() < size_t(img.width) * img.height * img.components)
        return Error{"cannot encode an empty image as JPEG"};
    EncodeContext ctx;
    const bool ok = runEncoder(&ctx, &img, quality);
    std::vector<std::uint8_t> bytes;
    if (ok) {
        try {
            bytes.assign(ctx.out, ctx.out + ctx.outSize);
        } catch (...) {
            std::free(ctx.out);
            return Error{"out of memory encoding JPEG"};
        }
    }
    std::free(ctx.out);
    if (!ok) return Error{std::string("JPEG encoding failed: ") + ctx.error};
    return bytes;
}

}  // namespace bm::render
