// Hashing short strings on the load's hot path (names, schedule parameters).
//
// Loading interns three names and looks up one schedule key per row, so the
// hash is read 8 bytes at a time and mixed with one 64x64->128-bit multiply
// per word (the "mum" step of wyhash), instead of a byte-at-a-time loop. Only
// table positions depend on it: ids, shapes and every result do not.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace vest::portfolio {

inline std::uint64_t hash_mix(std::uint64_t a, std::uint64_t b) noexcept {
  __extension__ const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}

inline std::uint64_t hash_bytes(std::string_view s, std::uint64_t seed = 0) noexcept {
  constexpr std::uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull, k2 = 0x8ebc6af09c88c6e3ull;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = seed ^ k0 ^ (n * k2);
  for (; n > 8; p += 8, n -= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = hash_mix(h ^ w, k1);
  }
  // The last 1..8 bytes as two overlapping 4-byte loads, or three single bytes.
  std::uint64_t w = 0;
  if (n >= 4) {
    std::uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    w = (static_cast<std::uint64_t>(a) << 32) | b;
  } else if (n > 0) {
    w = (static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) | static_cast<unsigned char>(p[n - 1]);
  }
  return hash_mix(h ^ w, k1 ^ n);
}

}  // namespace vest::portfolio
