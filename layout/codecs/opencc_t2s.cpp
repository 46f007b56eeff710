// SPDX-License-Identifier: MIT
// OpenCC's traditional → simplified conversion for ZH-TRAD-CHAR (layout/check/proof_trad.cpp).
// OpenCC is optional (BM_WITH_OPENCC, Debian libopencc-dev): without it the rule reports once
// that it cannot run.
#include "layout/codecs/codec_impl.h"

#ifdef BM_HAVE_OPENCC
#include <opencc/opencc.h>

#include <mutex>
#endif

namespace bm::codecs {

#ifdef BM_HAVE_OPENCC
namespace {

struct OpenCc {
    opencc_t handle = reinterpret_cast<opencc_t>(-1);
    std::mutex mutex;
    OpenCc() { handle = opencc_open("t2s.json"); }
    bool ok() const { return handle != reinterpret_cast<opencc_t>(-1); }
    std::string convert(const std::string& s) {
        std::lock_guard lock(mutex);
        char* out = opencc_convert_utf8(handle, s.data(), s.size());
        if (!out) return s;
        std::string r(out);
        opencc_convert_utf8_free(out);
        return r;
    }
};

OpenCc& openCc() {
    static OpenCc instance;
    return instance;
}

}  // namespace

bool tradAvailable() { return openCc().ok(); }
std::string toSimplified(const std::string& utf8) { return openCc().convert(utf8); }

#else

bool tradAvailable() { return false; }
std::string toSimplified(const std::string& utf8) { return utf8; }

#endif

}  // namespace bm::codecs
