// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_hash.h"

namespace bm::pdf {

namespace {
constexpr std::uint64_t kM1 = 0xFF51AFD7ED558CCDull;
constexpr std::uint64_t kM2 = 0xC4CEB9FE1A85EC53ull;

std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

// MurmurHash3's finaliser: every input bit affects every output bit.
std::uint64_t fmix(std::uint64_t k) {
    k ^= k >> 33;
    k *= kM1;
    k ^= k >> 33;
    k *= kM2;
    k ^= k >> 33;
    return k;
}
}  // namespace

void Hash128::update(const std::uint8_t* p, size_t n) {
    m_len += n;
    // Two independent lanes over 16-byte blocks; the tail is zero-padded. Byte order is fixed
    // (little-endian assembly) so the digest does not depend on the host.
    auto load = [](const std::uint8_t* q, size_t len) {
        std::uint64_t v = 0;
        for (size_t i = 0; i < len; ++i) v |= static_cast<std::uint64_t>(q[i]) << (8 * i);
        return v;
    };
    while (n > 0) {
        const size_t take1 = n < 8 ? n : 8;
        const std::uint64_t k1 = load(p, take1);
        const size_t take2 = n - take1 < 8 ? n - take1 : 8;
        const std::uint64_t k2 = load(p + take1, take2);
        m_a = rotl(m_a ^ (k1 * kM1), 31) * kM2 + m_b;
        m_b = rotl(m_b ^ (k2 * kM2), 33) * kM1 + m_a;
        p += take1 + take2;
        n -= take1 + take2;
    }
}

void Hash128::updateU32(std::uint32_t v) {
    const std::uint8_t b[4] = {static_cast<std::uint8_t>(v), static_cast<std::uint8_t>(v >> 8),
                               static_cast<std::uint8_t>(v >> 16),
                               static_cast<std::uint8_t>(v >> 24)};
    update(b, 4);
}

std::array<std::uint8_t, 16> Hash128::digest() const {
    std::uint64_t a = fmix(m_a ^ m_len);
    std::uint64_t b = fmix(m_b + a);
    a = fmix(a + b);
    std::array<std::uint8_t, 16> out{};
    for (int i = 0; i < 8; ++i) {
        out[i] = static_cast<std::uint8_t>(a >> (8 * i));
        out[8 + i] = static_cast<std::uint8_t>(b >> (8 * i));
    }
    return out;
}

}  // namespace bm::pdf
