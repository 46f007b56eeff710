// SPDX-License-Identifier: MIT
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "layout/base/atomic_file.h"
#include "layout/render/pdf/pdf_export.h"

namespace bm::pdf {

Status writePdfFile(const std::vector<std::uint8_t>& bytes, const std::string& path) {
    return writeFileAtomically(
        path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace bm::pdf
