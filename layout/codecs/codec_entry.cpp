// SPDX-License-Identifier: MIT
// The table libbanmian-codecs.so exports (its only visible symbol; everything else in the module
// is hidden, so its copies of the engine's static code never meet the program's).
#include "layout/codecs/codec_impl.h"

extern "C" const bm::codecs::CodecTable* bm_codec_table() {
    using namespace bm::codecs;
    static const CodecTable table{kCodecAbiVersion, sizeof(CodecTable), &readPdfPage,
                                  &renderPdfPage,   &importPdfAd,       &decodeTiff,
                                  &readTiffInfo,    &exifOrientation,   &importDocx,
                                  &tradAvailable,   &toSimplified};
    return &table;
}
