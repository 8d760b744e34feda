// Normalisation, the word table and the tokenizer (see grammar.hpp).
//
// Both passes are single forward scans over the text; tokens refer to the
// normalised string by offsets and words are looked up in a fixed open-
// addressing table, so tokenising allocates only the output vectors.
#include "rules/grammar.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <mutex>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vest::rules {

// ------------------------------------------------------------------ normalise

namespace {
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(unsigned char c) { return is_lower(c) || c >= 0x80; }
}  // namespace

// Sixteen bytes side by side, for the common cases of both scans (a run of
// plain bytes, a word): one operation per 16 bytes instead of a test per
// byte. A mask has lanes of 0x00 or 0xff; bits() gives one bit per lane.
// SSE2 is part of x86-64; elsewhere every operation is a loop over the lanes
// (VEST_NO_SIMD forces that, for testing it).
namespace {
#if defined(__SSE2__) && !defined(VEST_NO_SIMD)
struct Lanes {
  __m128i v;
  static Lanes load(const void* p) { return {_mm_loadu_si128(static_cast<const __m128i*>(p))}; }
  void store(void* p) const { _mm_storeu_si128(static_cast<__m128i*>(p), v); }
  static Lanes splat(char c) { return {_mm_set1_epi8(c)}; }
  // lo <= hi: c - lo < hi - lo + 1 unsigned, as one signed compare after moving lo to -128.
  Lanes between(char lo, char hi) const {
    const __m128i from_lo = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(-128 - lo)));
    return {_mm_cmplt_epi8(from_lo, _mm_set1_epi8(static_cast<char>(-128 + (hi - lo) + 1)))};
  }
  Lanes equals(char c) const { return {_mm_cmpeq_epi8(v, _mm_set1_epi8(c))}; }
  Lanes non_ascii() const { return {_mm_cmplt_epi8(v, _mm_setzero_si128())}; }
  // Lane k gets lane k + 1; the last lane gets 0.
  Lanes next() const { return {_mm_srli_si128(v, 1)}; }
  unsigned bits() const { return static_cast<unsigned>(_mm_movemask_epi8(v)); }
  friend Lanes operator&(Lanes a, Lanes b) { return {_mm_and_si128(a.v, b.v)}; }
  friend Lanes operator|(Lanes a, Lanes b) { return {_mm_or_si128(a.v, b.v)}; }
  friend Lanes but_not(Lanes a, Lanes b) { return {_mm_andnot_si128(b.v, a.v)}; }
};

// out[k] = origin + k, plus one where `plus_one` is set, for k < 16.
void store_origins(std::uint32_t* out, std::uint32_t origin, Lanes plus_one) {
  // Widen the mask's lanes to 32 bits: -1 where set.
  const __m128i lo = _mm_unpacklo_epi8(plus_one.v, plus_one.v), hi = _mm_unpackhi_epi8(plus_one.v, plus_one.v);
  const __m128i minus_one[4] = {_mm_unpacklo_epi16(lo, lo), _mm_unpackhi_epi16(lo, lo), _mm_unpacklo_epi16(hi, hi),
                                _mm_unpackhi_epi16(hi, hi)};
  const __m128i at = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(origin)), _mm_setr_epi32(0, 1, 2, 3));
  __m128i* to = reinterpret_cast<__m128i*>(out);
  _mm_storeu_si128(to, _mm_sub_epi32(at, minus_one[0]));
  _mm_storeu_si128(to + 1, _mm_sub_epi32(_mm_add_epi32(at, _mm_set1_epi32(4)), minus_one[1]));
  _mm_storeu_si128(to + 2, _mm_sub_epi32(_mm_add_epi32(at, _mm_set1_epi32(8)), minus_one[2]));
  _mm_storeu_si128(to + 3, _mm_sub_epi32(_mm_add_epi32(at, _mm_set1_epi32(12)), minus_one[3]));
}
#else
struct Lanes {
  std::array<unsigned char, 16> b{};
  static Lanes load(const void* p) {
    Lanes l;
    std::memcpy(l.b.data(), p, 16);
    return l;
  }
  void store(void* p) const { std::memcpy(p, b.data(), 16); }
  static Lanes splat(char c) {
    Lanes l;
    l.b.fill(static_cast<unsigned char>(c));
    return l;
  }
  template <class Pred>
  Lanes where(Pred pred) const {
    Lanes l;
    for (std::size_t k = 0; k < 16; ++k) l.b[k] = pred(b[k]) ? 0xff : 0;
    return l;
  }
  Lanes between(char lo, char hi) const {
    return where([=](unsigned char c) { return c >= static_cast<unsigned char>(lo) && c <= static_cast<unsigned char>(hi); });
  }
  Lanes equals(char x) const { return where([=](unsigned char c) { return c == static_cast<unsigned char>(x); }); }
  Lanes non_ascii() const { return where([](unsigned char c) { return c >= 0x80; }); }
  Lanes next() const {
    Lanes l;
    std::copy(b.begin() + 1, b.end(), l.b.begin());
    return l;
  }
  unsigned bits() const {
    unsigned m = 0;
    for (unsigned k = 0; k < 16; ++k) m |= static_cast<unsigned>(b[k] >> 7) << k;
    return m;
  }
  friend Lanes operator&(Lanes x, Lanes y) {
    for (std::size_t k = 0; k < 16; ++k) x.b[k] &= y.b[k];
    return x;
  }
  friend Lanes operator|(Lanes x, Lanes y) {
    for (std::size_t k = 0; k < 16; ++k) x.b[k] |= y.b[k];
    return x;
  }
  friend Lanes but_not(Lanes x, Lanes y) {
    for (std::size_t k = 0; k < 16; ++k) x.b[k] &= static_cast<unsigned char>(~y.b[k]);
    return x;
  }
};

void store_origins(std::uint32_t* out, std::uint32_t origin, Lanes plus_one) {
  for (unsigned k = 0; k < 16; ++k) out[k] = origin + k + (plus_one.b[k] & 1u);
}
#endif
}  // namespace

// One byte class per input byte: which bytes the scan must look at one by one.
namespace {
enum : std::uint8_t { kCopy = 0, kUpper = 1, kSpace = 2, kSpecial = 3 };
constexpr std::array<std::uint8_t, 256> byte_classes() {
  std::array<std::uint8_t, 256> t{};
  for (std::size_t c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c : {int{' '}, int{'\t'}, int{'\n'}, int{'\r'}, int{'\f'}, int{'\v'}, 0}) t[static_cast<std::size_t>(c)] = kSpace;
  t[0xE2] = kSpecial;
  t[0xC2] = kSpecial;
  t[0xEF] = kSpecial;  // U+FEFF, the byte-order mark used as a zero-width no-break space
  return t;
}
constexpr std::array<std::uint8_t, 256> kByteClass = byte_classes();

// The common case, 16 input bytes at a time: how many bytes from p[0] come out
// one for one, with the origins origin, origin + 1, ...: printable ASCII,
// capitals (lower-cased) unless glued to a lower-case letter, and single
// spaces between two such bytes (the scan owes such a space before the next
// byte and gives it that byte's origin). Writes 16 bytes to `out` and 16
// origins to `orig`, of which the first `run` count. Reads p[-1] to p[15].
// A space at p[0] is taken to follow a copied byte: p[0] is not white space
// or p[-1] was copied (a space owed before p[0] is the caller's).
unsigned copy_plain_run(const unsigned char* p, std::uint32_t origin, char* out, std::uint32_t* orig) {
  const Lanes bytes = Lanes::load(p);
  const Lanes capitals = bytes.between('A', 'Z');
  const Lanes glued = capitals & Lanes::load(p - 1).between('a', 'z');
  const Lanes copied = but_not(bytes.between('!', '\x7f'), glued);
  const Lanes kept_spaces = bytes.equals(' ') & copied.next();
  (bytes | (capitals & Lanes::splat('a' - 'A'))).store(out);
  store_origins(orig, origin, kept_spaces);
  return static_cast<unsigned>(std::countr_one((copied | kept_spaces).bits()));  // bits 16+ are zero
}
}  // namespace

void normalize_into(std::string_view in, Normalized& n) {
  // Every input byte gives at most one output byte plus a pending space, and
  // a space is only owed after a white-space byte (which gives nothing) or a
  // glued capital (which follows a lower-case letter that gave one byte): at
  // most 3 output bytes per 2 input bytes; copy_plain_run writes 16 more.
  const std::size_t cap = in.size() + in.size() / 2 + 2;
  n.text.resize(cap + 16);
  n.orig.resize(cap + 16);
  char* out = n.text.data();
  std::uint32_t* orig = n.orig.data();
  std::size_t len = 0;
  bool pending_space = false;
  const unsigned char* s = reinterpret_cast<const unsigned char*>(in.data());
  const std::size_t size = in.size();
  unsigned high = 0;  // bytes copied in runs are ASCII; every other byte is or-ed in
  for (std::size_t i = 0; i < size;) {
    const unsigned char c = s[i];
    const std::uint8_t cls = kByteClass[c];
    if (cls == kSpace) {
      pending_space = len != 0;
      ++i;
      continue;
    }
    if (cls == kSpecial) {
      high |= c;
      std::size_t width = 1;
      char o = 0;
      if (c == 0xE2 && i + 2 < size && s[i + 1] == 0x80) {
        const unsigned char c3 = s[i + 2];
        if (c3 == 0x9C || c3 == 0x9D) o = '"';
        else if (c3 == 0x98 || c3 == 0x99) o = '\'';
        else if (c3 == 0x93 || c3 == 0x94) o = '-';
        else if ((c3 >= 0x80 && c3 <= 0x8D) || c3 == 0xAF) o = ' ';  // U+2000-U+200D: spaces, zero-width (non-)joiners
        if (o) width = 3;
      } else if (c == 0xE2 && i + 2 < size && s[i + 1] == 0x81 && s[i + 2] == 0xA0) {
        o = ' ';  // U+2060 word joiner
        width = 3;
      } else if (c == 0xEF && i + 2 < size && s[i + 1] == 0xBB && s[i + 2] == 0xBF) {
        o = ' ';  // U+FEFF zero-width no-break space
        width = 3;
      } else if (c == 0xC2 && i + 1 < size && (s[i + 1] == 0xA0 || s[i + 1] == 0xAD)) {
        o = ' ';  // no-break space, soft hyphen
        width = 2;
      }
      // Every invisible or format character above becomes a plain space, so a number
      // it splits ("3\u200b6") reads as two digit runs, which the tokenizer refuses
      // as a number (below) instead of reading one of them.
      if (o == ' ') {
        pending_space = len != 0;
        i += width;
        continue;
      }
      if (!o) o = static_cast<char>(c);
      if (pending_space) {
        out[len] = ' ';
        orig[len++] = static_cast<std::uint32_t>(i);
      }
      pending_space = false;
      out[len] = o;
      orig[len++] = static_cast<std::uint32_t>(i);
      i += width;
      continue;
    }
    // A byte that gives itself: the space owed before it (branch-free), then the bytes that copy one for one.
    out[len] = ' ';
    orig[len] = static_cast<std::uint32_t>(i);
    len += pending_space;
    pending_space = false;
    const std::size_t run_start = i;
    if (i != 0 && i + 16 <= size) {
      unsigned run;
      do {
        run = copy_plain_run(s + i, static_cast<std::uint32_t>(i), out + len, orig + len);
        len += run;
        i += run;
      } while (run == 16 && i + 16 <= size);
    } else {  // near either end: a copy padded with zeros (white space, which ends a run)
      unsigned char padded[17] = {};
      if (i > 0) padded[0] = s[i - 1];
      std::memcpy(padded + 1, s + i, std::min<std::size_t>(16, size - i));
      const unsigned run = copy_plain_run(padded + 1, static_cast<std::uint32_t>(i), out + len, orig + len);
      len += run;
      i += run;
    }
    if (i != run_start) continue;
    // A glued capital ("theReporting": it starts a new word), a control byte or a non-ASCII one.
    high |= c;
    if (cls == kUpper) {
      out[len] = ' ';
      orig[len++] = static_cast<std::uint32_t>(i);
    }
    out[len] = static_cast<char>(cls == kUpper ? c - 'A' + 'a' : c);
    orig[len++] = static_cast<std::uint32_t>(i);
    ++i;
  }
  orig[len] = static_cast<std::uint32_t>(size);
  n.text.resize(len);
  n.orig.resize(len + 1);
  // (The bytes skipped with a multi-byte sequence follow a lead byte >= 0x80.)
  n.ascii = (high & 0x80u) == 0;
}

Normalized normalize(std::string_view in) {
  Normalized n;
  normalize_into(in, n);
  return n;
}

std::size_t char_offset(std::string_view original, std::size_t byte_offset) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < byte_offset && i < original.size(); ++i)
    if ((static_cast<unsigned char>(original[i]) & 0xC0) != 0x80) ++chars;
  return chars;
}

// ----------------------------------------------------------------- word table

namespace {

struct WordAttrs {
  std::int16_t number = -1;   // "thirty" → 30
  std::int16_t ordinal = -1;  // "third" → 3
  std::int16_t frac_den = -1; // "third"/"thirds" → 3, "half" → 2, "quarter" → 4
  std::int8_t month = -1;     // "december"/"dec"/"sept" → 12 / 9
  bool tens = false;          // twenty..ninety combine with a following unit
  std::int8_t scale = 0;      // "hundred" → 2, "thousand" → 3 (a power of ten that multiplies what precedes it)
  bool merges = false;        // starts_merge(), computed once when the table is filled (one test a word, not three)

  // What the merge pass reads a word for (the other attributes only matter after one of these).
  bool starts_merge() const { return number >= 0 || ordinal > 0 || month > 0; }
};

constexpr int kTableBits = 13;
constexpr std::size_t kTableSize = std::size_t{1} << kTableBits;
constexpr std::size_t kMaxWords = 4000;

// A word as the table keys it: its bytes, zero-padded to the longest word
// the table holds, and its length. Compared and hashed as four integers
// instead of a string compare and a hash loop per byte.
struct WordKey {
  static constexpr std::size_t kMaxLength = 32;
  std::array<std::uint64_t, kMaxLength / 8> bytes{};
  std::size_t length = 0;
  // (Written out: the defaulted one compares the array through memcmp.) Keys of
  // equal length up to 16 bytes are both zero beyond.
  bool operator==(const WordKey& o) const {
    return length == o.length && bytes[0] == o.bytes[0] && bytes[1] == o.bytes[1] &&
           (length <= 16 || (bytes[2] == o.bytes[2] && bytes[3] == o.bytes[3]));
  }

  // `s` has at most kMaxLength bytes.
  static WordKey of(std::string_view s) {
    WordKey k;
    std::memcpy(k.bytes.data(), s.data(), s.size());
    k.length = s.size();
    return k;
  }
  // Fibonacci hashing of the first 16 bytes (enough to spread the words; the
  // top bits of the product depend on every bit of the sum).
  std::uint64_t hash() const { return (bytes[0] + bytes[1]) * 0x9E3779B97F4A7C15u >> (64 - kTableBits); }
};

// A word's first 16 bytes as the table probes them: its length in place of the 16th byte (zero in a word of up to
// 15 bytes, as is every byte past a word's end), so that equal heads mean equal words of up to 15 bytes; longer
// words compare their whole key too. 16-byte records, four a cache line (a key is 40 bytes).
struct WordHead {
  std::uint64_t lo = 0, hi = 0;
  static WordHead of(const WordKey& k) {
    return {k.bytes[0], (k.bytes[1] & 0x00FF'FFFF'FFFF'FFFFu) | (std::uint64_t{k.length} << 56)};
  }
  bool operator==(const WordHead&) const = default;
};

struct WordTable {
  std::array<std::uint16_t, kTableSize> slots{};  // 0 = empty, else id
  std::vector<WordHead> heads{WordHead{}};         // id → its head
  std::vector<WordKey> keys{WordKey{}};            // id → word
  std::vector<WordAttrs> attrs{WordAttrs{}};
  std::size_t with_attrs = 1;  // ids below this may have attributes (table() fills them first), the rest have none

  std::uint16_t find(const WordKey& key) const {
    const WordHead head = WordHead::of(key);
    for (std::size_t i = key.hash() & (kTableSize - 1);; i = (i + 1) & (kTableSize - 1)) {
      const std::uint16_t id = slots[i];
      if (id == 0 || (heads[id] == head && (key.length < 16 || keys[id] == key))) return id;
    }
  }
  std::uint16_t find(std::string_view s) const { return s.size() > WordKey::kMaxLength ? 0 : find(WordKey::of(s)); }
  std::uint16_t add(std::string_view s) {
    if (auto id = find(s)) return id;
    if (s.size() > WordKey::kMaxLength || keys.size() >= kMaxWords) return 0;
    keys.push_back(WordKey::of(s));
    heads.push_back(WordHead::of(keys.back()));
    attrs.emplace_back();
    const auto id = static_cast<std::uint16_t>(keys.size() - 1);
    for (std::size_t i = keys.back().hash() & (kTableSize - 1);; i = (i + 1) & (kTableSize - 1))
      if (slots[i] == 0) {
        slots[i] = id;
        break;
      }
    return id;
  }
};

WordTable& table() {
  static WordTable* t = [] {
    auto* tb = new WordTable();
    const char* ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                          "eighteen", "nineteen"};
    for (int i = 0; i < 20; ++i) tb->attrs[tb->add(ones[i])].number = static_cast<std::int16_t>(i);
    const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < 8; ++i) {
      auto& a = tb->attrs[tb->add(tens[i])];
      a.number = static_cast<std::int16_t>(20 + 10 * i);
      a.tens = true;
    }
    tb->attrs[tb->add("hundred")].scale = 2;
    tb->attrs[tb->add("thousand")].scale = 3;
    const char* ords[] = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                          "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                          "seventeenth", "eighteenth", "nineteenth"};
    for (int i = 1; i < 20; ++i) tb->attrs[tb->add(ords[i])].ordinal = static_cast<std::int16_t>(i);
    const char* tens_ord[] = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth"};
    for (int i = 0; i < 5; ++i) tb->attrs[tb->add(tens_ord[i])].ordinal = static_cast<std::int16_t>(20 + 10 * i);
    // Denominators of spelled fractions: "one-third", "two-thirds", "one-half", "one quarter".
    const std::pair<const char*, int> dens[] = {
        {"half", 2},    {"halves", 2},  {"third", 3},    {"thirds", 3},     {"fourth", 4},   {"fourths", 4},
        {"quarter", 4}, {"quarters", 4}, {"fifth", 5},   {"fifths", 5},     {"sixth", 6},    {"sixths", 6},
        {"eighth", 8},  {"eighths", 8}, {"tenth", 10},   {"tenths", 10},    {"twelfth", 12}, {"twelfths", 12},
        {"sixteenth", 16}, {"sixteenths", 16}, {"twentieth", 20}, {"twentieths", 20}, {"seventh", 7},
        {"sevenths", 7}, {"ninth", 9}, {"ninths", 9}};
    for (auto [wd, d] : dens) tb->attrs[tb->add(wd)].frac_den = static_cast<std::int16_t>(d);
    const std::pair<const char*, int> months[] = {
        {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},   {"march", 3},    {"mar", 3},
        {"april", 4},   {"apr", 4},  {"may", 5},      {"june", 6},  {"jun", 6},      {"july", 7},
        {"jul", 7},     {"august", 8}, {"aug", 8},    {"september", 9}, {"sep", 9},  {"sept", 9},
        {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};
    for (auto [wd, m] : months) tb->attrs[tb->add(wd)].month = static_cast<std::int8_t>(m);
    // (Words interned later by the rules have no attributes: they start no merge.)
    for (WordAttrs& a : tb->attrs) a.merges = a.starts_merge();
    tb->with_attrs = tb->attrs.size();
    return tb;
  }();
  return *t;
}

std::mutex& intern_mutex() {
  static std::mutex m;
  return m;
}

}  // namespace

std::uint16_t intern(std::string_view word) {
  std::lock_guard lock(intern_mutex());
  return table().add(word);
}

std::uint16_t lookup(std::string_view word) { return table().find(word); }

// ------------------------------------------------------------------ tokenizer

namespace {

// What the scan does at a byte: skip it, read a word, read a number, or emit punctuation.
enum : std::uint8_t { kPunct = 0, kSkip, kWordStart, kDigit };
constexpr std::array<std::uint8_t, 256> scan_classes() {
  std::array<std::uint8_t, 256> t{};
  for (char c : {' ', '"', '\'', '`', '*', '_'}) t[static_cast<unsigned char>(c)] = kSkip;
  for (std::size_t c = 'a'; c <= 'z'; ++c) t[c] = kWordStart;
  for (std::size_t c = 0x80; c <= 0xff; ++c) t[c] = kWordStart;
  for (std::size_t c = '0'; c <= '9'; ++c) t[c] = kDigit;
  return t;
}
constexpr std::array<std::uint8_t, 256> kScanClass = scan_classes();

bool is_word_byte(unsigned char c) { return is_alpha(c) || is_digit(static_cast<char>(c)); }

// Loaded at kFirstLanes + 16 - n: a mask of the first n lanes.
alignas(16) constexpr unsigned char kFirstLanes[32] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                                       0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};

struct Scanner {
  const std::string_view s;  // (a copy: the stores of nodes may not alias it, so it stays in registers)
  const WordTable& tb;
  std::vector<Node>& buf;  // the output, appended to (its capacity is reused across calls)

  // Reads digits with well-placed thousands separators and an optional
  // decimal part; returns the value as num/den. `i` moves past it.
  static bool read_number(std::string_view s, std::size_t& i, std::int64_t& num, std::int64_t& den,
                          int& int_digits) {
    std::size_t j = i;
    std::int64_t v = 0;
    int digits = 0, group = 0;
    bool commas = false;
    while (j < s.size()) {
      if (is_digit(s[j])) {
        if (digits >= 15) return false;
        v = v * 10 + (s[j] - '0');
        ++digits;
        ++group;
        ++j;
      } else if (s[j] == ',' && j + 3 < s.size() + 0 && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
                 is_digit(s[j + 3]) && (j + 4 >= s.size() || !is_digit(s[j + 4])) && (commas ? group == 3 : group <= 3) &&
                 digits > 0) {
        commas = true;
        group = 0;
        ++j;
      } else {
        break;
      }
    }
    if (digits == 0) return false;
    if (commas && group != 3) return false;
    int_digits = digits;
    den = 1;
    if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
      std::size_t k = j + 1;
      int dec = 0;
      while (k < s.size() && is_digit(s[k]) && dec < 6) {
        // 15 integer digits + 6 decimals would overflow int64: refuse, as for long integers.
        if (digits + dec >= 18) return false;
        v = v * 10 + (s[k] - '0');
        den *= 10;
        ++dec;
        ++k;
      }
      if (k < s.size() && is_digit(s[k])) return false;
      j = k;
    }
    num = v;
    i = j;
    return true;
  }

  static std::int64_t gcd(std::int64_t a, std::int64_t b) {
    while (b) {
      const auto t = a % b;
      a = b;
      b = t;
    }
    return a < 0 ? -a : a;
  }

  // Nodes are built in place in the output (building one on the stack and
  // copying it costs a store-forwarding stall per token).
  Node& emit() { return buf.emplace_back(); }

  // Flattened: GCC otherwise keeps emplace_back, read_number and the word
  // lookup out of line (a call per token; -1.8% instructions per footnote,
  // -7.7% on the 1 MB adversarial input).
  [[gnu::flatten]] void scan() {
    const std::size_t size = s.size();
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t i = 0;
    while (i < size) {
      const unsigned char c = bytes[i];
      switch (kScanClass[c]) {
        case kSkip:
          ++i;
          continue;
        case kWordStart:
          i = scan_word(bytes, i);
          break;
        case kDigit:
          scan_number(i);
          break;
        default: {
          Node& n = emit();
          n.kind = NK::punct;
          n.punct = static_cast<char>(c);
          n.b = static_cast<std::uint32_t>(i);
          n.e = static_cast<std::uint32_t>(i + 1);
          ++i;
        }
      }
      if (i < size && bytes[i] == ' ') ++i;  // the usual byte after a token, skipped here rather than by another round
    }
  }

  // Emits the word that starts at i; returns where the scan goes on.
  std::size_t scan_word(const unsigned char* bytes, std::size_t i) {
    const std::size_t size = s.size();
    std::size_t j;
    std::uint16_t wid;
    if (i + 16 <= size) {
      // The word's end and its key from one 16-byte load (most words are shorter).
      const Lanes at = Lanes::load(bytes + i);
      const auto length = static_cast<std::size_t>(
          std::countr_one((at.between('a', 'z') | at.between('0', '9') | at.non_ascii()).bits()));
      j = i + length;
      if (length < 16) {
        WordKey key;
        (at & Lanes::load(kFirstLanes + 16 - length)).store(key.bytes.data());
        key.length = length;
        wid = tb.find(key);
      } else {
        while (j < size && is_word_byte(bytes[j])) ++j;
        wid = tb.find(std::string_view(s.data() + i, j - i));
      }
    } else {
      j = i + 1;
      while (j < size && is_word_byte(bytes[j])) ++j;
      wid = tb.find(std::string_view(s.data() + i, j - i));
    }
    Node& n = emit();
    n.b = static_cast<std::uint32_t>(i);
    n.e = static_cast<std::uint32_t>(j);
    n.wid = wid;
    // Possessive "'s" belongs to the word.
    if (j + 1 < size && s[j] == '\'' && s[j + 1] == 's' && (j + 2 >= size || !is_alpha(bytes[j + 2]))) j += 2;
    return j;
  }

  // Emits exactly one node.
  void scan_number(std::size_t& i) {
    const std::size_t size = s.size();
    const std::size_t start = i;
    std::int64_t num = 0, den = 1;
    int digits = 0;
    std::size_t j = i;
    Node& n = emit();
    if (!read_number(s, j, num, den, digits)) {
      // Too long or malformed: one opaque word.
      while (j < size && (is_digit(s[j]) || s[j] == ',' || s[j] == '.')) ++j;
      if (j == i) ++j;
      n.b = static_cast<std::uint32_t>(i);
      n.e = static_cast<std::uint32_t>(j);
      i = j;
      return;
    }
    n.b = static_cast<std::uint32_t>(start);
    // ISO date 2014-12-16.
    if (digits == 4 && den == 1 && j + 5 < size && s[j] == '-' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
        s[j + 3] == '-' && is_digit(s[j + 4]) && is_digit(s[j + 5]) && (j + 6 >= size || !is_digit(s[j + 6]))) {
      const unsigned m = static_cast<unsigned>((s[j + 1] - '0') * 10 + (s[j + 2] - '0'));
      const unsigned d = static_cast<unsigned>((s[j + 4] - '0') * 10 + (s[j + 5] - '0'));
      if (auto dt = make_date(static_cast<int>(num), m, d)) {
        n.kind = NK::date;
        n.days = static_cast<std::int32_t>(dt->time_since_epoch().count());
        n.e = static_cast<std::uint32_t>(j + 6);
        i = j + 6;
        return;
      }
    }
    // a/b: a fraction (1/48th) or a date (12/16/2014, 6/30/23).
    if (den == 1 && digits <= 2 && j + 1 < size && s[j] == '/' && is_digit(s[j + 1])) {
      std::size_t k = j + 1;
      std::int64_t b = 0, bden = 1;
      int bdigits = 0;
      if (read_number(s, k, b, bden, bdigits) && bden == 1 && bdigits <= 3) {
        if (bdigits <= 2 && k + 1 < size && s[k] == '/' && is_digit(s[k + 1])) {
          std::size_t m = k + 1;
          std::int64_t y = 0, yden = 1;
          int ydigits = 0;
          if (read_number(s, m, y, yden, ydigits) && yden == 1 && (ydigits == 4 || ydigits == 2)) {
            if (ydigits == 2) y += y < 70 ? 2000 : 1900;
            if (auto dt = make_date(static_cast<int>(y), static_cast<unsigned>(num), static_cast<unsigned>(b))) {
              n.kind = NK::date;
              n.days = static_cast<std::int32_t>(dt->time_since_epoch().count());
              n.e = static_cast<std::uint32_t>(m);
              i = m;
              return;
            }
          }
        }
        if (b > 0 && num > 0 && num <= b) {
          n.kind = NK::fraction;
          n.num = num;
          n.den = b;
          skip_ordinal_suffix(k);
          n.e = static_cast<std::uint32_t>(k);
          finish_fraction_or_percent(n, k);
          i = k;
          return;
        }
      }
    }
    n.num = num;
    n.den = den;
    // Ordinal 25th, 1st, 2nd, 3rd.
    if (den == 1 && j + 1 < size &&
        ((s[j] == 's' && s[j + 1] == 't') || (s[j] == 'n' && s[j + 1] == 'd') || (s[j] == 'r' && s[j + 1] == 'd') ||
         (s[j] == 't' && s[j + 1] == 'h')) &&
        (j + 2 >= size || !is_alpha(static_cast<unsigned char>(s[j + 2])))) {
      n.kind = NK::ordinal;
      n.e = static_cast<std::uint32_t>(j + 2);
      i = j + 2;
      return;
    }
    n.kind = NK::number;
    n.e = static_cast<std::uint32_t>(j);
    // "33 1/3%" or "33-1/3%": a whole number followed by a fraction and a percent sign (read
    // apart, "1/3%" is a third of one percent).
    if (den == 1 && j + 4 < size && (s[j] == ' ' || s[j] == '-') && is_digit(s[j + 1]) && s[j + 2] == '/' && is_digit(s[j + 3])) {
      std::size_t k = j + 1;
      std::int64_t a = 0, ad = 1, b = 0, bd = 1;
      int ag = 0, bg = 0;
      if (read_number(s, k, a, ad, ag) && ad == 1 && k < size && s[k] == '/') {
        ++k;
        std::int64_t whole = 0;
        if (read_number(s, k, b, bd, bg) && bd == 1 && b > 0 && a < b && k < size && s[k] == '%' &&
            !__builtin_mul_overflow(num, b, &whole) && !__builtin_add_overflow(whole, a, &whole)) {
          n.kind = NK::percent;
          n.num = whole;
          n.den = b;
          n.e = static_cast<std::uint32_t>(k + 1);
          i = k + 1;
          return;
        }
      }
    }
    finish_fraction_or_percent(n, j);
    i = j;
  }

  void skip_ordinal_suffix(std::size_t& k) {
    if (k + 1 < s.size() &&
        ((s[k] == 't' && s[k + 1] == 'h') || (s[k] == 's' && s[k + 1] == 't') || (s[k] == 'n' && s[k + 1] == 'd') ||
         (s[k] == 'r' && s[k + 1] == 'd')) &&
        (k + 2 >= s.size() || !is_alpha(static_cast<unsigned char>(s[k + 2]))))
      k += 2;
  }

  // A number or fraction directly followed by '%' is a percentage.
  void finish_fraction_or_percent(Node& n, std::size_t& j) {
    std::size_t k = j;
    if (k < s.size() && s[k] == ' ' && k + 1 < s.size() && s[k + 1] == '%') ++k;
    if (k < s.size() && s[k] == '%') {
      if (n.kind == NK::fraction) {
        n.num = n.num;  // "1/3%" is a third of a percent: num/den percent
      }
      n.kind = NK::percent;
      j = k + 1;
      n.e = static_cast<std::uint32_t>(j);
    }
  }
};

bool is_word(const Node& n, std::uint16_t id) { return n.kind == NK::word && n.wid == id && id != 0; }

// Only digits: "36", not "58,824", "47.5" or "thirty-six" (a list "58,824 47.5" is two numbers).
bool written_in_digits(const Normalized& norm, const Node& n) {
  if (n.e <= n.b || n.e > norm.text.size()) return false;
  for (std::uint32_t k = n.b; k < n.e; ++k)
    if (!is_digit(norm.text[k])) return false;
  return true;
}

// `next` is a number written in digits one space after `n` ("3 6"), and the space
// stood for white space or a format character between two digits.
bool split_digits_follow(const Normalized& norm, const Node& n, const Node& next) {
  return next.kind == NK::number && next.b == n.e + 1 && norm.text[n.e] == ' ' && is_digit(norm.text[n.e - 1]) &&
         written_in_digits(norm, next);
}

// The merge pass over the scanner's nodes, one step per kind of join. Each join_* reads the raw
// nodes after `i`, rewrites `n` (the output node) and moves `i` to the last raw node it consumed.
// Every step is [[gnu::always_inline]]: this is the interpreter's hottest loop after the rules,
// and the split must compile to the loop it was written as.
class MergePass {
 public:
  // The words the joins look for, interned on the first call (as every rule's words are).
  struct Words {
    std::uint16_t percent, per, cent, and_, quarters;
  };
  static const Words& words() {
    static const Words w{intern("percent"), intern("per"), intern("cent"), intern("and"), intern("quarters")};
    return w;
  }

  MergePass(const Normalized& norm, const WordTable& tb, Node* raw, std::size_t size)
      : norm_(norm), word_attrs_(tb.attrs.data()), with_attrs_(tb.with_attrs), raw_(raw), size_(size), w_(words()) {}

  // (Ids past with_attrs_ have none: their records, spread over the table, are not read.)
  [[gnu::always_inline]] const WordAttrs& attrs(const Node& n) const {
    return word_attrs_[n.kind == NK::word && n.wid < with_attrs_ ? n.wid : 0];
  }

  // "thirty-six", "forty eight", "thirty-sixth", then a spelled fraction or a whole number and a fraction.
  [[gnu::always_inline]] void join_spelled_number(Node& n, const WordAttrs& a, std::size_t& i) const {
    n.kind = NK::number;
    n.num = a.number;
    n.den = 1;
    if (a.tens && i + 1 < size_) join_unit(n, i);
    if (n.kind == NK::number && i + 1 < size_ && attrs(raw_[i + 1]).scale > 0 && join_scales(n, i)) return;
    if (n.kind == NK::number && i + 1 < size_) join_spelled_fraction(n, i);
    if (n.kind == NK::number && i + 4 < size_ && is_word(raw_[i + 1], w_.and_)) join_whole_and_fraction_percent(n, i);
  }

  // "December 16, 2014", "Dec. 16, 2014", "March 1st, 2025", "May 31" (no year). True when `n`
  // became a date or a month-day (nothing else joins to it then).
  [[gnu::always_inline]] bool join_month_first_date(Node& n, int month, std::size_t& i) const {
    std::size_t j = i + 1;
    if (j < size_ && raw_[j].kind == NK::punct && raw_[j].punct == '.') ++j;
    if (!(j < size_ && is_day_of_month(raw_[j]))) return false;
    const auto day = static_cast<unsigned>(raw_[j].num);
    std::size_t k = j + 1;
    if (k < size_ && raw_[k].kind == NK::punct && raw_[k].punct == ',') ++k;
    if (k < size_ && is_year(raw_[k])) {
      if (auto dt = make_date(static_cast<int>(raw_[k].num), static_cast<unsigned>(month), day)) {
        n.kind = NK::date;
        n.days = static_cast<std::int32_t>(dt->time_since_epoch().count());
        n.month = static_cast<std::uint8_t>(month);
        n.day = static_cast<std::uint8_t>(day);
        n.e = raw_[k].e;
        i = k;
        return true;
      }
    }
    if (make_date(2000, static_cast<unsigned>(month), day)) {  // 2000 is a leap year: Feb 29 is a month-day
      n.kind = NK::month_day;
      n.month = static_cast<std::uint8_t>(month);
      n.day = static_cast<std::uint8_t>(day);
      n.e = raw_[j].e;
      i = j;
      return true;
    }
    return false;
  }

  // "16 December 2014". True when `n` became a date.
  [[gnu::always_inline]] bool join_day_first_date(Node& n, std::size_t& i) const {
    if (!(n.kind == NK::number && n.den == 1 && n.num >= 1 && n.num <= 31 && n.e - n.b <= 2 && i + 2 < size_)) return false;
    const WordAttrs& m = attrs(raw_[i + 1]);
    std::size_t k = i + 2;
    if (m.month > 0 && k < size_ && raw_[k].kind == NK::punct && raw_[k].punct == ',') ++k;
    if (m.month > 0 && k < size_ && is_year(raw_[k])) {
      if (auto dt = make_date(static_cast<int>(raw_[k].num), static_cast<unsigned>(m.month), static_cast<unsigned>(n.num))) {
        n.kind = NK::date;
        n.days = static_cast<std::int32_t>(dt->time_since_epoch().count());
        n.e = raw_[k].e;
        i = k;
        return true;
      }
    }
    return false;
  }

  // "3 6 equal installments" (a space or a format character inside a number): digit runs
  // separated by one space are no number vest can know, so they become one word outside the
  // lexicon, which no rule reads as a count or an amount. True when `n` became that word.
  [[gnu::always_inline]] bool join_split_digits(Node& n, std::size_t& i) const {
    if (!(n.kind == NK::number && written_in_digits(norm_, n) && i + 1 < size_ && split_digits_follow(norm_, n, raw_[i + 1])))
      return false;
    while (i + 1 < size_ && split_digits_follow(norm_, n, raw_[i + 1])) n.e = raw_[++i].e;
    n.kind = NK::word;
    n.wid = 0;
    return true;
  }

  // "25 percent", "25 per cent"
  [[gnu::always_inline]] void join_percent_word(Node& n, std::size_t& i) const {
    if (!((n.kind == NK::number || n.kind == NK::fraction) && i + 1 < size_)) return;
    if (is_word(raw_[i + 1], w_.percent)) {
      n.kind = NK::percent;
      n.e = raw_[i + 1].e;
      ++i;
    } else if (i + 2 < size_ && is_word(raw_[i + 1], w_.per) && is_word(raw_[i + 2], w_.cent)) {
      n.kind = NK::percent;
      n.e = raw_[i + 2].e;
      i += 2;
    }
  }

  // Restatement in parentheses: "thirty-six (36)", "twenty-five percent (25%)", "first (1st)".
  [[gnu::always_inline]] void drop_restatement(Node& n, std::size_t& i) const {
    if (!((n.kind == NK::number || n.kind == NK::percent || n.kind == NK::fraction || n.kind == NK::ordinal) && i + 3 < size_ &&
          raw_[i + 1].kind == NK::punct && raw_[i + 1].punct == '(' && raw_[i + 3].kind == NK::punct && raw_[i + 3].punct == ')'))
      return;
    const Node& r = raw_[i + 2];
    __extension__ typedef __int128 i128;  // the cross products of two 15-digit numbers
    if (r.kind == n.kind && i128(r.num) * n.den == i128(n.num) * r.den) {
      n.e = raw_[i + 3].e;
      i += 3;
    }
  }

  [[gnu::always_inline]] static void reduce_fraction(Node& n) {
    if (!(n.kind == NK::number || n.kind == NK::percent || n.kind == NK::fraction)) return;
    if (n.den != 1 && n.den != 0) {
      const auto g = Scanner::gcd(n.num, n.den);
      if (g > 1) {
        n.num /= g;
        n.den /= g;
      }
    }
  }

 private:
  // "one hundred", "twelve thousand", "two thousand five hundred", "one hundred and twenty-five": a
  // spelled number with scale words ("Twelve thousand (12,000) shares", "One hundred percent (100%)").
  // `n` is the spelled number before the first scale word. Each part after a scale word must be smaller
  // than it; a scale word after a number it cannot multiply ("five hundred thousand" is read, "one
  // thousand thousand" and "one hundred hundred" stop after the first) ends the number. True when `n`
  // took a scale word.
  [[gnu::always_inline]] bool join_scales(Node& n, std::size_t& i) const {
    std::int64_t total = 0, part = n.num;  // part: the value since the last "thousand"
    std::size_t last = i;
    bool hundreds = false;  // `part` already took a "hundred"
    for (std::size_t j = i + 1; j < size_;) {
      const WordAttrs& w = attrs(raw_[j]);
      if (w.scale == 2 && !hundreds && part >= 1 && part <= 99) {
        part *= 100;
        hundreds = true;
      } else if (w.scale == 3 && total == 0 && part >= 1 && part <= 999) {
        total = part * 1000;
        part = 0;
        hundreds = false;
      } else {
        break;
      }
      last = j;
      // A smaller number may follow: "two thousand five hundred", "one hundred (and) twenty-five".
      std::size_t k = j + 1;
      if (k < size_ && attrs(raw_[k]).scale > 0) {  // "five hundred thousand"
        j = k;
        continue;
      }
      if (w.scale == 2 && k + 1 < size_ && is_word(raw_[k], w_.and_) && attrs(raw_[k + 1]).number > 0) ++k;
      if (k >= size_ || attrs(raw_[k]).number <= 0) break;
      Node next = raw_[k];
      next.num = attrs(raw_[k]).number;
      std::size_t nk = k;
      if (attrs(raw_[k]).tens && k + 1 < size_) join_unit(next, nk);
      if (next.kind == NK::ordinal) break;  // "one hundred twenty-fifth" is no amount
      part += next.num;
      last = nk;
      j = nk + 1;
    }
    if (last == i) return false;
    n.num = total + part;
    n.e = raw_[last].e;
    i = last;
    return true;
  }

  // "thirty-six", "forty eight", "thirty-sixth": a tens word and a unit number or ordinal.
  [[gnu::always_inline]] void join_unit(Node& n, std::size_t& i) const {
    const std::size_t j = after_hyphen(i + 1);
    const WordAttrs& u = attrs(raw_[j]);
    if (u.number > 0 && u.number < 10) {
      n.num += u.number;
      n.e = raw_[j].e;
      i = j;
    } else if (u.ordinal > 0 && u.ordinal < 10) {
      n.kind = NK::ordinal;
      n.num += u.ordinal;
      n.e = raw_[j].e;
      i = j;
    }
  }

  // Spelled fraction: "one-third", "two thirds", "one-half", "one forty-eighth of".
  [[gnu::always_inline]] void join_spelled_fraction(Node& n, std::size_t& i) const {
    const std::size_t j = after_hyphen(i + 1);
    const WordAttrs& d = attrs(raw_[j]);
    // "four-fourths", "three-thirds", "two-halves": the whole, hyphenated only ("over four quarters" is a span, "in two
    // halves" two installments); read as 100% (a portion the cross-checks weigh), never a number and a stray word.
    const bool whole = n.num == d.frac_den && j == i + 2 && !is_word(raw_[j], w_.quarters);
    if (d.frac_den > 0 && n.num > 0 && (n.num < d.frac_den || whole)) {
      n.kind = NK::fraction;
      n.den = d.frac_den;
      n.e = raw_[j].e;
      i = j;
    } else if (d.tens && d.number > 0 && j + 1 < size_) {
      join_compound_denominator(n, d, j, i);
    }
  }

  // "one forty-eighth of the shares", "five forty-eighths": a compound ordinal denominator,
  // read only before "of" or a figure in parentheses (so that "the one twenty-fifth anniversary" stays words).
  [[gnu::always_inline]] void join_compound_denominator(Node& n, const WordAttrs& d, std::size_t j, std::size_t& i) const {
    const std::size_t k = after_hyphen(j + 1);
    const WordAttrs& u = attrs(raw_[k]);
    const int unit = u.ordinal > 0 && u.ordinal < 10 ? u.ordinal : (u.frac_den > 0 && u.frac_den < 10 ? u.frac_den : 0);
    static const std::uint16_t w_of = intern("of");
    const bool of_follows = k + 1 < size_ && raw_[k + 1].kind == NK::word && raw_[k + 1].wid == w_of && w_of != 0;
    // "One thirty-sixth (1/36th) of the shares": the figure in parentheses (drop_restatement checks that it agrees).
    const bool figure_follows = k + 3 < size_ && raw_[k + 1].kind == NK::punct && raw_[k + 1].punct == '(' &&
                                raw_[k + 2].kind == NK::fraction && raw_[k + 3].kind == NK::punct && raw_[k + 3].punct == ')';
    if (unit > 0 && (of_follows || figure_follows) && n.num > 0 && n.num < d.number + unit) {
      n.kind = NK::fraction;
      n.den = d.number + unit;
      n.e = raw_[k].e;
      i = k;
    }
  }

  // "Twelve and one-half percent", "thirty-three and one-third per cent": a whole number and a
  // spelled fraction, read only before "percent" (so "two and one-half months" stays words).
  [[gnu::always_inline]] void join_whole_and_fraction_percent(Node& n, std::size_t& i) const {
    const std::size_t j = i + 2;
    const WordAttrs& u = attrs(raw_[j]);
    const std::size_t k = after_hyphen(j + 1);
    const WordAttrs& d = attrs(raw_[k]);
    const bool percent_follows = k + 1 < size_ && (is_word(raw_[k + 1], w_.percent) ||
                                                   (k + 2 < size_ && is_word(raw_[k + 1], w_.per) && is_word(raw_[k + 2], w_.cent)));
    if (u.number > 0 && d.frac_den > u.number && percent_follows && n.num < 1000) {
      n.kind = NK::fraction;
      n.num = n.num * d.frac_den + u.number;
      n.den = d.frac_den;
      n.e = raw_[k].e;
      i = k;
    }
  }

  // `j`, or the node after it when `j` is a hyphen with a node after it ("thirty-six").
  [[gnu::always_inline]] std::size_t after_hyphen(std::size_t j) const {
    return raw_[j].kind == NK::punct && raw_[j].punct == '-' && j + 1 < size_ ? j + 1 : j;
  }

  // A day of the month after its month: "16" or "1st" in digits (not "first", which stays an ordinal).
  [[gnu::always_inline]] bool is_day_of_month(const Node& t) const {
    const bool digits = t.kind == NK::number ? t.den == 1 && t.e - t.b <= 2
                                             : t.kind == NK::ordinal && t.e - t.b <= 4 && is_digit(norm_.text[t.b]);
    return digits && t.num >= 1 && t.num <= 31;
  }

  // A whole number written with four characters ("2014").
  [[gnu::always_inline]] static bool is_year(const Node& t) { return t.kind == NK::number && t.den == 1 && t.e - t.b == 4; }

  const Normalized& norm_;
  const WordAttrs* const word_attrs_;  // (a copy: node stores would force reloading tb.attrs)
  const std::size_t with_attrs_;
  Node* const raw_;
  const std::size_t size_;
  const Words& w_;
};

}  // namespace

// The merge pass joins what the scan keeps apart: spelled numbers
// ("thirty-six"), spelled fractions ("one-third"), "25 percent", month-name
// dates, and drops restatements in parentheses ("thirty-six (36)").
void tokenize_into(const Normalized& norm, std::vector<Node>& result) {
  const WordTable& tb = table();
  // The scan appends to `result` (no value-initialised tail to overwrite); the
  // merge pass then rewrites it in place (it writes output k <= the input
  // position and only reads after it).
  result.clear();
  result.reserve(norm.text.size() / 4 + 16);
  Scanner sc{norm.text, tb, result};
  sc.scan();
  Node* const raw = result.data();
  const std::size_t size = result.size();
  const MergePass merge(norm, tb, raw, size);

  // At most one output node per raw node.
  Node* const out = raw;
  std::size_t count = 0;
  for (std::size_t i = 0; i < size; ++i) {
    // The output node is rewritten in place (out[count] is raw[i], or a slot
    // before it that is no longer read).
    Node& n = out[count];
    if (count != i) n = raw[i];
    // Most nodes start nothing: punctuation, dates, ordinals, and words that are no number, ordinal or month.
    const bool amount = n.kind == NK::number || n.kind == NK::percent || n.kind == NK::fraction;
    if (n.kind == NK::word ? !merge.attrs(n).merges : !amount) {
      ++count;
      continue;
    }
    if (n.kind == NK::word) {
      const WordAttrs& a = merge.attrs(n);
      if (a.number >= 0) {
        merge.join_spelled_number(n, a, i);
      } else if (a.ordinal > 0) {
        n.kind = NK::ordinal;
        n.num = a.ordinal;
      } else if (a.month > 0 && merge.join_month_first_date(n, a.month, i)) {
        ++count;
        continue;
      }
    } else if (merge.join_day_first_date(n, i)) {
      ++count;
      continue;
    }
    if (merge.join_split_digits(n, i)) {
      ++count;
      continue;
    }
    merge.join_percent_word(n, i);
    merge.drop_restatement(n, i);
    MergePass::reduce_fraction(n);
    ++count;
  }
  result.resize(count);
}

std::vector<Node> tokenize(const Normalized& norm) {
  std::vector<Node> out;
  tokenize_into(norm, out);
  return out;
}

// -------------------------------------------------------------- pattern elems

Elem w(std::initializer_list<std::string_view> words) {
  Elem e;
  e.t = Elem::T::words;
  for (auto s : words) e.ids.push_back(intern(s));
  return e;
}
Elem k(NK kind) {
  Elem e;
  e.t = Elem::T::kind;
  e.kind = kind;
  return e;
}
Elem item(IT type) {
  Elem e;
  e.t = Elem::T::item;
  e.item = type;
  return e;
}
Elem p(char c) {
  Elem e;
  e.t = Elem::T::punct;
  e.punct = c;
  return e;
}
Elem any_word() {
  Elem e;
  e.t = Elem::T::any_word;
  return e;
}
Elem opt(Elem e) {
  e.optional = true;
  return e;
}
Elem many(Elem e) {
  e.repeat = true;
  return e;
}
Elem custom(std::function<bool(const std::vector<Node>&, std::size_t& i, const Context&)> f) {
  Elem e;
  e.t = Elem::T::custom;
  e.custom = std::move(f);
  return e;
}

}  // namespace vest::rules
