// SPDX-License-Identifier: MIT
// The EXIF Orientation tag through libexif (render::exifOrientation's body).
#include <libexif/exif-data.h>

#include "layout/codecs/codec_impl.h"

namespace bm::codecs {

int exifOrientation(const std::uint8_t* data, std::size_t size) {
    if (!data || size < 8 || size > (1u << 20)) return 1;
    ExifData* ed = exif_data_new();
    if (!ed) return 1;
    // No maker notes, no fix-ups: only the one tag is wanted, and less parsing is less risk.
    exif_data_unset_option(ed, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_set_option(ed, EXIF_DATA_OPTION_IGNORE_UNKNOWN_TAGS);
    exif_data_load_data(ed, data, static_cast<unsigned int>(size));
    int o = 1;
    if (ExifEntry* e = exif_content_get_entry(ed->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION);
        e && e->format == EXIF_FORMAT_SHORT && e->components >= 1 && e->data && e->size >= 2)
        o = exif_get_short(e->data, exif_data_get_byte_order(ed));
    exif_data_unref(ed);
    return o >= 1 && o <= 8 ? o : 1;
}

}  // namespace bm::codecs
