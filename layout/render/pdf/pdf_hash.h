// SPDX-License-Identifier: MIT
#pragma once
// A fast 128-bit, non-cryptographic hash for the trailer /ID and font subset tags. /ID only has
// to be unique per document and stable for identical input (ISO 32000 suggests, not requires,
// MD5), so speed over megabytes of output matters more than collision resistance.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace bm::pdf {

/// The digest depends on how input is split into update() calls; callers feed it in a fixed
/// order, so equal input still gives equal digests.
class Hash128 {
public:
    void update(const std::uint8_t* p, size_t n);
    void update(std::string_view s) {
        update(reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
    }
    void updateU32(std::uint32_t v);
    std::array<std::uint8_t, 16> digest() const;

private:
    std::uint64_t m_a = 0x9E3779B97F4A7C15ull;
    std::uint64_t m_b = 0xC2B2AE3D27D4EB4Full;
    std::uint64_t m_len = 0;
};

}  // namespace bm::pdf
