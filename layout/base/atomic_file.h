// SPDX-License-Identifier: MIT
#pragma once
// Replace a file so that readers see either the old or the new contents, never a torn mix, and
// a failed write (full disk, no permission) loses nothing. The one implementation used by
// document saves, PNG, PDF and layout JSON output.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "layout/base/result.h"

namespace bm {

/// Writes `data` to a temporary file next to `path`, fsyncs it, renames it over `path` and
/// fsyncs the directory. A symlink at `path` is followed (the link stays, its target is
/// replaced); an existing file keeps its permission bits; a device or pipe is written to
/// directly. On failure the temporary file is removed and the message is
/// "cannot save '<path>': <what>: <strerror>". `failAfterBytes` is a test hook: the write fails
/// with ENOSPC after that many bytes.
Status writeFileAtomically(const std::string& path, std::string_view data,
                           std::optional<size_t> failAfterBytes = std::nullopt);

}  // namespace bm
