// The item rules compiled for matching: every rule's pattern packed into flat
// elements, and per node (word id, node kind or item type) and level the
// candidate rules that can start a match with it, so that apply_item_rules
// tries only those. Built once from the registry (compiled()); read-only after.
#pragma once

#include "rules/grammar.hpp"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string_view>
#include <vector>

namespace vest::rules {

constexpr std::size_t kIdLanes = 8;  // word ids compared at once (16 bytes)

// A pattern element as the matcher reads it: the fields of `Elem` that
// matching needs, packed in 32 bytes (an Elem carries vectors and std::functions).
// A word element of up to kIdLanes words holds them itself: reading them elsewhere
// was a cache line of its own at most elements tried (cachegrind, speed12).
struct CElem {
  Elem::T t = Elem::T::words;
  bool optional = false, repeat = false;
  NK kind = NK::word;
  IT item = IT::count_;
  char punct = 0;
  std::uint16_t nids = 0;   // words: how many ids, rounded up to a multiple of kIdLanes
  std::uint64_t bloom = 0;  // words: bit (id % 64) of every id, a quick reject
  struct Far {
    const std::uint16_t* ids;              // words, more than kIdLanes: the word ids, padded with 0 (into Compiled::elem_ids)
    const decltype(Elem::custom)* custom;  // custom: the matcher (into Compiled::customs)
  };
  union {
    std::array<std::uint16_t, kIdLanes> own{};  // words, at most kIdLanes: the word ids, padded with 0
    Far far;
  };
  bool owns_ids() const { return nids <= kIdLanes; }
};
static_assert(sizeof(CElem) == 32);

// A conservative set of nodes (it may hold more than it says, never less):
// word ids by a 64-bit bloom, other nodes by kind or item type.
struct KeySet {
  std::uint64_t words = 0;  // bit (wid % 64) of word ids (never wid 0)
  std::uint32_t kinds = 0;  // bit per NK; the word bit means any word
  std::uint32_t items = 0;  // bit per IT
  bool any = false;
  void add(const Elem& e) {
    switch (e.t) {
      case Elem::T::words:
        for (auto id : e.ids) words |= std::uint64_t{1} << (id & 63u);
        break;
      case Elem::T::kind: kinds |= 1u << static_cast<unsigned>(e.kind); break;
      case Elem::T::item: items |= 1u << static_cast<unsigned>(e.item); break;
      case Elem::T::punct: kinds |= 1u << static_cast<unsigned>(NK::punct); break;
      case Elem::T::any_word: kinds |= 1u << static_cast<unsigned>(NK::word); break;
      case Elem::T::custom: any = true; break;
    }
  }
  void add(const KeySet& o) {
    any |= o.any;
    words |= o.words;
    kinds |= o.kinds;
    items |= o.items;
  }
  bool has(const Node& n) const {
    if (any || ((kinds >> static_cast<unsigned>(n.kind)) & 1u)) return true;
    if (n.kind == NK::word) return n.wid != 0 && ((words >> (n.wid & 63u)) & 1u);
    if (n.kind == NK::item) return (items >> static_cast<unsigned>(n.itype)) & 1u;
    return false;
  }
};

// What a rule's required (not optional) elements need the footnote to hold
// somewhere: a rule that cannot have them all cannot match anywhere in it.
// Up to kNeedElems word elements of up to kNeedIds words each are checked,
// not rule by rule: each word lists the (rule, element) pairs it satisfies
// (Compiled::word_needs), a footnote marks what its distinct words satisfy
// once, and a rule's test is then a byte compare (a loop over every rule's ids
// cost ~9k instructions per footnote, with trip counts the predictor missed).
constexpr std::size_t kNeedIds = 64, kNeedElemBits = 3, kNeedElems = std::size_t{1} << kNeedElemBits;
struct Needs {
  std::uint32_t kinds = 0;   // bit per NK, every one
  std::uint32_t items = 0;   // bit per IT, every one
  std::uint64_t puncts = 0;  // bit (char % 64), every one
  std::uint8_t words = 0;    // bit per word element (at most kNeedElems): one of its words, every one
};

// The rules' Needs by slot, for testing kSlotLanes rules at once: the rules of
// each level side by side (registry order), the level padded to a multiple of
// kSlotLanes with slots no footnote satisfies. Kinds and item types share one
// word; punctuation is folded to 32 bits (fold_puncts: it may hold more, never
// less). Per rule, one by one, the test was ~20 instructions, ~4.5k a footnote.
constexpr std::size_t kSlotLanes = 4;
inline std::uint32_t kinds_and_items(std::uint32_t kinds, std::uint32_t items) { return kinds | items << 9; }
inline std::uint32_t fold_puncts(std::uint64_t puncts) { return static_cast<std::uint32_t>(puncts | puncts >> 32); }
constexpr std::uint32_t kNeverHeld = 0xC0000000u;  // bits kinds_and_items never sets: a padding slot's need
struct NeedSlots {
  std::vector<std::uint32_t> level_from;   // [level]: the level's first slot; [levels]: the end
  std::vector<std::uint16_t> rule;         // [slot]: the rule (padding: 0, never usable)
  std::vector<std::uint32_t> kinds_items;  // [slot]: kinds_and_items(Needs::kinds, Needs::items)
  std::vector<std::uint32_t> puncts;       // [slot]: fold_puncts(Needs::puncts)
  std::vector<std::uint8_t> words;         // [slot]: Needs::words
  std::vector<std::uint16_t> start;        // [slot]: its rule's StartSet in Compiled::starts
};

constexpr std::size_t kHeldLanes = 16;  // slots of Present::held marked at once from a word's image
// A word with this many needs or fewer keeps a list, never an image (cachegrind, per footnote: at 4, 555 L1
// read misses and 56.9k Ir; at 12, 530 and 57.1k, 17 images left; at 48, 516 and 58.2k, 1 image).
constexpr std::size_t kListedNeeds = 12;

// Dispatch keys: a word id, or a node kind, or an item type.
constexpr std::size_t kKinds = 9;
constexpr std::size_t kItems = static_cast<std::size_t>(IT::count_) + 1;
static_assert(kKinds == 9 && kKinds + kItems <= 30, "kinds_and_items: kinds, then items, below kNeverHeld");

// A node's key in a StartSet: word ids by their low 8 bits, then the other
// node kinds, then the item types. apply_item_rules keeps it beside each node,
// so that picking a level's start positions reads one word per node, not the
// node's kind, word id and item type.
constexpr std::uint32_t kKeyKinds = 256, kKeyItems = kKeyKinds + kKinds, kStartKeys = 384;
static_assert(kKeyItems + kItems <= kStartKeys);
inline std::uint32_t start_key(const Node& n) {
  return n.kind == NK::word   ? n.wid & 255u
         : n.kind == NK::item ? kKeyItems + static_cast<std::uint32_t>(n.itype)
                              : kKeyKinds + static_cast<std::uint32_t>(n.kind);
}

// The nodes a rule's match can start with (what add_start lists it under), by
// start_key: a superset, never less. The union over the rules a footnote can
// use at a level tells which of its nodes are worth a look. (One cache line each: at 16-byte alignment
// half of them straddled two.)
struct alignas(64) StartSet {
  std::array<std::uint64_t, kStartKeys / 64> bits{};
  bool empty() const {
    std::uint64_t any = 0;
    for (auto b : bits) any |= b;
    return any == 0;
  }
  void add_key(std::uint32_t key) { bits[key >> 6] |= std::uint64_t{1} << (key & 63u); }
  void add_range(std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t k = from; k < to; ++k) add_key(k);
  }
  bool has_key(std::uint32_t key) const { return (bits[key >> 6] >> (key & 63u)) & 1u; }
};

// The union of StartSets, each added without a branch (which rules a footnote
// can use is a coin toss per rule for the predictor), held in three vector
// registers: as a plain array it was loaded and stored per rule (~30
// instructions a rule, 6k a footnote).
static_assert(kStartKeys == 384);
struct StartUnion {
#if defined(__SSE2__)
  __m128i a = _mm_setzero_si128(), b = _mm_setzero_si128(), c = _mm_setzero_si128();
  void add_if(const StartSet& o, bool yes) {
    const __m128i m = _mm_set1_epi32(-static_cast<int>(yes));
    const auto* v = reinterpret_cast<const __m128i*>(o.bits.data());
    a = _mm_or_si128(a, _mm_and_si128(_mm_load_si128(v), m));
    b = _mm_or_si128(b, _mm_and_si128(_mm_load_si128(v + 1), m));
    c = _mm_or_si128(c, _mm_and_si128(_mm_load_si128(v + 2), m));
  }
  StartSet get() const {
    StartSet s;
    auto* v = reinterpret_cast<__m128i*>(s.bits.data());
    _mm_store_si128(v, a);
    _mm_store_si128(v + 1, b);
    _mm_store_si128(v + 2, c);
    return s;
  }
#else
  StartSet s;
  void add_if(const StartSet& o, bool yes) {
    const std::uint64_t m = 0 - static_cast<std::uint64_t>(yes);
    for (std::size_t k = 0; k < s.bits.size(); ++k) s.bits[k] |= o.bits[k] & m;
  }
  StartSet get() const { return s; }
#endif
};

// A rule as the candidate loop reads it, in one cache line: the next-node test and the pattern's first
// element (a copy of elems[first]) beside each other, where they were three lines (the rule, its first
// element, that element's ids). The ItemRule itself is read only for a match (Compiled::rules[index]).
struct alignas(64) CRule {
  CElem head;               // the pattern's first element
  std::uint32_t first = 0;  // into Compiled::elems: the pattern (elements after the first are read there)
  std::uint16_t size = 0;
  std::uint16_t index = 0;  // the rule's index in Compiled::rules (registry order)
  KeySet second;            // a quick reject on the node after the first
};
static_assert(sizeof(CRule) == 64);

// A run of candidate rules in Compiled::cand.
// Four bytes (the registry checks the limits when it is built): a split list's buckets and the words'
// lists are then half the cache lines they were at eight.
struct Range {
  std::uint16_t off = 0;  // into Compiled::cand
  std::uint8_t len = 0;
  std::uint8_t sub = 0;   // 1 + index into Compiled::subs: the same list split by the node after (0: none)
};
static_assert(sizeof(Range) == 4);

// A long candidate list ("the" starts dozens of rules) is also kept split by
// what the next node is, so that only the rules whose second element can take
// that node are tried: word ids by (id % 64), the word with no id, then each
// other node kind, then each item type.
constexpr std::size_t kSubMin = 4;  // lists this long or longer are split
constexpr std::size_t kSubWordNoId = 64, kSubKinds = 65, kSubItems = kSubKinds + static_cast<std::size_t>(NK::item) + 1;
constexpr std::size_t kSubs = kSubItems + static_cast<std::size_t>(IT::count_) + 1;
inline std::size_t sub_index(const Node& n) {
  if (n.kind == NK::word) return n.wid == 0 ? kSubWordNoId : (n.wid & 63u);
  if (n.kind == NK::item) return kSubItems + static_cast<std::size_t>(n.itype);
  return kSubKinds + static_cast<std::size_t>(n.kind);
}

constexpr std::size_t kMaxLevels = 8;

struct Compiled {
  std::vector<const ItemRule*> rules;  // all item rules, registry order
  std::vector<std::string> names;
  int max_level = 0;
  std::vector<const ClauseRule*> clause_rules;
  // By slot (NeedSlots: the rules level by level, registry order within a level; padding slots hold a
  // CRule no footnote can use): candidate lists and the per-footnote viability name rules by slot, so a
  // level's viability is written straight from its slots, without a slot -> rule table.
  std::vector<CRule> crules;
  // The index of the item rule named `name` (a name the interpreter itself checks for).
  std::uint16_t rule_index(std::string_view name) const {
    for (std::size_t i = 0; i < rules.size(); ++i)
      if (rules[i]->name == name) return static_cast<std::uint16_t>(i);
    std::fprintf(stderr, "vest: the interpreter refers to an item rule \"%.*s\" that the registry does not have\n",
                 static_cast<int>(name.size()), name.data());
    std::abort();
  }
  std::vector<Needs> needs;   // parallel to rules
  NeedSlots slots;            // the same by level (see NeedSlots)
  // Per word id below `words`, the word elements of Needs it satisfies, each
  // as slot << kNeedElemBits | element: word_needs[word_info[wid].needs_at, word_info[wid + 1].needs_at).
  std::vector<std::uint16_t> word_needs;
  // A word that satisfies many word elements ("of", "the", "on": dozens each) marks them from a dense image
  // instead, one byte per slot OR'd kHeldLanes at a time over the blocks of slots it touches (a list entry
  // costs ~14-18 instructions; "of" alone was ~800 a footnote). Such a word's list above is empty.
  // A word with a few needs keeps its list: an image is two more cache lines to read (its span and its
  // bytes), which cost more than the instructions saved (cachegrind, speed11).
  struct NeedImage {
    std::uint32_t at = 0;          // into images
    std::uint16_t from = 0, to = 0;  // the slots it covers, multiples of kHeldLanes
  };
  std::size_t held_size = 0;                // slots, rounded up to a multiple of kHeldLanes
  std::vector<NeedImage> image_spans;       // [image]
  std::vector<std::uint8_t> images;         // per image, to - from bytes: its Needs::words bits per slot
  // The rules' distinct StartSets (NeedSlots::start): rules that start alike share one line.
  std::vector<StartSet> starts;
  // Per level, its rules (indices, registry order): apply_item_rules decides
  // at the start of a level which of them the footnote can use.
  std::vector<std::vector<std::uint16_t>> level_rules;
  std::vector<CElem> elems;
  // The custom elements' matchers, copied side by side (in their Elems, each was a cache line of its own).
  std::vector<decltype(Elem::custom)> customs;
  std::vector<std::uint16_t> elem_ids;  // every word element's ids, each padded to a multiple of kIdLanes
  // Candidate rules for a node, by level: the rules whose match can start
  // with it, in registry order (merged and de-duplicated once, here).
  std::size_t words = 0;                // word ids [0, words) have their own entry
  std::vector<std::uint16_t> cand;      // slots (see crules)
  std::vector<std::array<Range, kSubs>> subs;  // long lists split by the next node (see Range::sub)
  std::vector<Range> ranges;            // the distinct candidate lists of words (WordInfo::range)
  std::vector<Range> word_default;      // [level]: words with no entry of their own (ids interned later)
  std::vector<Range> by_kind;           // [level * kKinds + kind]
  std::vector<Range> by_item;           // [level * kItems + item type]
  // The same as bit sets over levels: bit L set when some rule of level L can
  // start with the node, so a level's pass skips the nodes no rule can start.
  // What a word's node reads per footnote, in one record of 16 bytes (four a line: the words a footnote
  // holds share lines): the levels with a rule that can start with it (the bit sets above), its image, its
  // list of needs, and its candidate list per level as an index into `ranges` (the lists themselves were a
  // 64-byte line per word, read at every level: words share most lists). Limits checked when built.
  struct alignas(16) WordInfo {
    std::uint16_t needs_at = 0;  // its needs: word_needs[needs_at, needs_at + needs_n)
    std::uint8_t needs_n = 0;
    std::uint8_t levels = 0;     // bit L: some rule of level L can start with it
    std::uint16_t image = 0;     // 0, or 1 + the index of its image (image_spans)
    std::array<std::uint8_t, kMaxLevels> range{};  // [level]: ranges[range[level]] is its candidate list
  };
  static_assert(sizeof(WordInfo) == 16 && kMaxLevels <= 8);
  std::vector<WordInfo> word_info;  // [wid], wid < words
  std::uint16_t word_default_levels = 0;
  std::array<std::uint16_t, kKinds> kind_levels{};
  std::array<std::uint16_t, kItems> item_levels{};
};

// What a footnote's node stream holds, as far as a rule's required elements
// ask: a rule one of whose required elements nothing in the stream can match
// cannot match anywhere, so it is not tried at all (a superset: items that
// later rules consume stay counted).
struct Present {
  std::vector<std::uint64_t> words;  // bit per word id < Compiled::words
  std::vector<std::uint8_t> held;    // per slot (NeedSlots): the bits of Needs::words its words satisfy
  std::uint32_t kinds = 0;           // bit per NK
  std::uint32_t items = 0;           // bit per IT
  std::uint64_t puncts = 0;          // bit (char % 64)
  void clear(const Compiled& c) {
    words.assign((c.words + 63) / 64, 0);
    held.assign(c.held_size, 0);
    kinds = items = 0;
    puncts = 0;
  }
  void add(const Node& n, const Compiled& c) {
    kinds |= 1u << static_cast<unsigned>(n.kind);
    if (n.kind == NK::word && n.wid < c.words) add_word(n.wid, c);
    else if (n.kind == NK::item) items |= 1u << static_cast<unsigned>(n.itype);
    else if (n.kind == NK::punct) puncts |= std::uint64_t{1} << (static_cast<unsigned char>(n.punct) & 63u);
  }
  // A word's first occurrence marks the rules' word elements it satisfies.
  void add_word(std::uint16_t wid, const Compiled& c) {
    std::uint64_t& bits = words[wid >> 6];
    const std::uint64_t bit = std::uint64_t{1} << (wid & 63u);
    if (bits & bit) return;
    bits |= bit;
    const Compiled::WordInfo& info = c.word_info[wid];
    if (const std::uint16_t image = info.image) {
      const Compiled::NeedImage& im = c.image_spans[image - 1u];
      mark_image(c.images.data() + im.at, im.from, im.to);
      return;
    }
    const std::uint16_t* const list = c.word_needs.data();
    for (std::uint32_t k = info.needs_at, end = k + info.needs_n; k < end; ++k)
      held[list[k] >> kNeedElemBits] |= static_cast<std::uint8_t>(1u << (list[k] & (kNeedElems - 1)));
  }
  void mark_image(const std::uint8_t* image, std::size_t from, std::size_t to) {
    std::uint8_t* const h = held.data() + from;
    const std::size_t n = to - from;
#if defined(__SSE2__)
    for (std::size_t k = 0; k < n; k += kHeldLanes) {
      auto* at = reinterpret_cast<__m128i*>(h + k);
      _mm_storeu_si128(at, _mm_or_si128(_mm_loadu_si128(at), _mm_loadu_si128(reinterpret_cast<const __m128i*>(image + k))));
    }
#else
    for (std::size_t k = 0; k < n; ++k) h[k] |= image[k];
#endif
  }
  bool has_word(std::uint16_t id) const { return id < words.size() * 64 && ((words[id >> 6] >> (id & 63u)) & 1u); }
};

// Whether word id `wid` (not 0) is one of `ids` (`n` of them, a multiple of
// kIdLanes, padded with 0), compared kIdLanes at a time: the loop runs a fixed
// number of times per element, where stopping at the id found was a branch the
// predictor missed on most calls.
inline bool has_id(const std::uint16_t* ids, std::size_t n, std::uint16_t wid) {
#if defined(__SSE2__)
  const __m128i needle = _mm_set1_epi16(static_cast<short>(wid));
  __m128i found = _mm_setzero_si128();
  for (std::size_t k = 0; k < n; k += kIdLanes)
    found = _mm_or_si128(found, _mm_cmpeq_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(ids + k)), needle));
  return _mm_movemask_epi8(found) != 0;
#else
  bool found = false;
  for (std::size_t k = 0; k < n; ++k) found |= ids[k] == wid;
  return found;
#endif
}

// Whether rule `r` matches the nodes from `start` (then `m` holds the match).
// Tests in order of frequency, not a switch: the switch was a jump table whose one indirect branch saw every
// element kind in turn (cachegrind: ~36 indirect mispredicts a footnote, fefcb61's out-of-line match_at had none).
[[gnu::always_inline]] inline bool elem_matches_one(const CElem& e, const Node& n) {
  if (e.t == Elem::T::words) {
    if (n.kind != NK::word || n.wid == 0) return false;
    if (e.owns_ids()) return has_id(e.own.data(), kIdLanes, n.wid);
    return ((e.bloom >> (n.wid & 63u)) & 1u) && has_id(e.far.ids, e.nids, n.wid);
  }
  if (e.t == Elem::T::item) return n.kind == NK::item && n.itype == e.item;
  if (e.t == Elem::T::kind) return n.kind == e.kind;
  if (e.t == Elem::T::punct) return n.kind == NK::punct && n.punct == e.punct;
  return e.t == Elem::T::any_word && n.kind == NK::word;
}

// (Inlined into apply_item_rules' candidate loop, its one caller: ~40 calls a footnote, each of whose
// entry and exit cost as much as a failed match's first element.)
[[gnu::always_inline]] inline bool match_at(const Compiled& c, const CRule& r, const std::vector<Node>& nodes,
                                            std::size_t start, const Context& ctx, Match& m) {
  // Every entry is written below before it is read (at[j] per element, at[size] on success).
  const Node* nd = nodes.data();
  const std::size_t size = nodes.size();
  const CElem* const pattern = c.elems.data() + r.first;
  std::size_t i = start;
  for (std::size_t j = 0; j < r.size; ++j) {
    const CElem* e = j == 0 ? &r.head : pattern + j;
    m.at[j] = i;
    if (e->t == Elem::T::custom) {
      std::size_t k = i;
      if ((*e->far.custom)(nodes, k, ctx)) i = k;
      else if (!e->optional) return false;
      continue;
    }
    if (i < size && elem_matches_one(*e, nd[i])) {
      ++i;
      if (e->repeat)
        while (i < size && elem_matches_one(*e, nd[i])) ++i;
    } else if (!e->optional) {
      return false;
    }
  }
  m.at[r.size] = i;
  m.begin = start;
  m.end = i;
  return i > start;
}

// The registry's item and clause rules, compiled once (thread-safe).
const Compiled& compiled();

}  // namespace vest::rules
