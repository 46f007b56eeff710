// SPDX-License-Identifier: MIT
#pragma once
// The parts of an OOXML package (a ZIP archive), read with libzip.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "layout/base/result.h"

namespace bm::import::detail {

class Package {
public:
    /// Opens the archive in `bytes` (which must outlive the Package).
    static Result<Package> open(std::string_view bytes, const std::string& label);
    /// A part by name (case-insensitive, as OOXML part names are); nullopt when absent, an error
    /// when it cannot be read (damaged, encrypted, larger than 64 MB inflated).
    Result<std::optional<std::string>> read(const std::string& name) const;

private:
    struct Closer {
        void operator()(void* archive) const;
    };
    std::unique_ptr<void, Closer> m_zip;
    std::string m_label;
};

}  // namespace bm::import::detail
