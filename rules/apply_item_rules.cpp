// apply_item_rules: reads the footnote's node stream (words, numbers, dates...)
// and rewrites it, level by level, into items; guarantees every item node's payload
// indexes `pool` and every item's span covers the nodes its rule matched.
#include "rules/compiled_rules.hpp"
#include "rules/definition_verbs.hpp"
#include "rules/passes.hpp"

#include <array>
#include <cstring>
#include <utility>

namespace vest::rules {

namespace {

// A node's tag, kept beside it while the levels rewrite the stream: its
// start_key (low 16 bits) and the levels with a rule that can start with it.
[[gnu::always_inline]] inline std::uint32_t node_tag(const Compiled& c, const Node& n) {
  const std::uint16_t levels = n.kind == NK::word   ? (n.wid < c.words ? c.word_info[n.wid].levels : c.word_default_levels)
                               : n.kind == NK::item ? c.item_levels[static_cast<std::size_t>(n.itype)]
                                                    : c.kind_levels[static_cast<std::size_t>(n.kind)];
  return start_key(n) | std::uint32_t{levels} << 16;
}

// The input positions where a rule of level L that the footnote can use may
// start (`starts`); returns how many. Only ~30% of a level's nodes have its
// level bit (a rule of level L can start with them at all): 16 nodes' bits are
// read at once and only those nodes are looked up in `starts` (a branch-free
// test of every node was 13 instructions a node, ~4k a footnote). One copy for
// every level (the level's shift in a register): a copy per level was seven
// times the code to fetch per footnote (cachegrind: ~20 I1 misses of its ~100).
std::size_t list_starts(int level, const std::uint32_t* lv, std::size_t size, const StartSet& starts, std::uint32_t* pos) {
  const std::uint64_t* const bits = starts.bits.data();
  std::size_t npos = 0, j = 0;
  auto test = [&](std::size_t at) {
    pos[npos] = static_cast<std::uint32_t>(at);
    const std::uint32_t tag = lv[at];
    npos += (bits[(tag & 0xFFFFu) >> 6] >> (tag & 63u)) & 1u;
  };
#if defined(__SSE2__)
  const __m128i shift = _mm_cvtsi32_si128(15 - level);
  auto level_bits = [lv, shift](std::size_t at) {  // bit 16 + level of tag lv[at] moved to the sign
    return _mm_sll_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(lv + at)), shift);
  };
  for (; j + 16 <= size; j += 16) {
    const __m128i lo = _mm_packs_epi32(level_bits(j), level_bits(j + 4));
    const __m128i hi = _mm_packs_epi32(level_bits(j + 8), level_bits(j + 12));
    for (auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_packs_epi16(lo, hi))); m; m &= m - 1)
      test(j + static_cast<std::size_t>(__builtin_ctz(m)));
  }
#endif
  for (; j < size; ++j)
    if ((lv[j] >> (16 + level)) & 1u) test(j);
  return npos;
}

// Per-thread buffers of apply_item_rules, kept from one call to the next.
struct ItemScratch {
  std::vector<std::uint32_t> lv;   // per node: its tag (node_tag)
  Present present;                 // the words and kinds the footnote holds
  std::vector<std::uint8_t> viable;  // per slot: whether the footnote can use its rule (decided per level)
  std::vector<std::uint32_t> pos;  // a level's start positions
  std::vector<std::uint16_t> usable;  // a level's slots (NeedSlots) whose rules the footnote can use
};

// The per-footnote working state of apply_item_rules, shared by its levels.
struct LevelPass {
  const Compiled& c;
  Match& m;
  std::vector<Node>& nodes;
  std::vector<Item>& pool;
  const Context& ctx;
  std::uint32_t* lv;       // per node: its tag (node_tag)
  std::uint32_t* pos;      // a level's start positions
  Present& present;
  std::vector<std::uint8_t>& viable;
  std::uint16_t* usable;   // a level's slots (NeedSlots) whose rules the footnote can use
  std::uint16_t& any_level;

  void run(int level);
  StartSet decide_viable(std::size_t level);
};

#if defined(__SSE2__)
// For each answer of kSlotLanes = 4 slots (bit j: slot j is usable), the usable
// slots' numbers 0-3 packed into the first 16-bit lanes, in order.
constexpr std::array<std::uint64_t, 16> kPackedLanes = [] {
  std::array<std::uint64_t, 16> t{};
  for (unsigned yes = 0; yes < 16; ++yes)
    for (unsigned j = 0, n = 0; j < 4; ++j)
      if ((yes >> j) & 1u) t[yes] |= std::uint64_t{j} << (16 * n++);
  return t;
}();
// The same answer as four bytes, 1 for a usable slot (viability by slot, stored four at once).
constexpr std::array<std::uint32_t, 16> kLaneBytes = [] {
  std::array<std::uint32_t, 16> t{};
  for (unsigned yes = 0; yes < 16; ++yes)
    for (unsigned j = 0; j < 4; ++j) t[yes] |= ((yes >> j) & 1u) << (8 * j);
  return t;
}();
static_assert(kSlotLanes == 4);
#endif

// Decides which of the level's rules the footnote can use at all (its nodes
// hold what each requires) and returns the nodes those rules can start with.
// Exact, not a guess: every node this level reads was there when it began.
StartSet LevelPass::decide_viable(std::size_t level) {
  const NeedSlots& s = c.slots;
  const std::size_t from = s.level_from[level], to = s.level_from[level + 1];
  const std::uint32_t have_kinds_items = kinds_and_items(present.kinds, present.items);
  const std::uint32_t have_puncts = fold_puncts(present.puncts);
  const std::uint8_t* const held = present.held.data();
  std::uint8_t* const answer = viable.data();  // every slot of the level written below, usable or not
  std::uint16_t* const listed = usable;
  // The usable rules are listed first (without a branch: which rules a footnote
  // can use is a coin toss for the predictor), kSlotLanes slots at a time.
  std::size_t n = 0;
#if defined(__SSE2__)
  const __m128i kinds_items = _mm_set1_epi32(static_cast<int>(have_kinds_items));
  const __m128i puncts = _mm_set1_epi32(static_cast<int>(have_puncts));
  const __m128i zero = _mm_setzero_si128();
  for (std::size_t k = from; k < to; k += kSlotLanes) {
    const __m128i missing =
        _mm_or_si128(_mm_andnot_si128(kinds_items, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&s.kinds_items[k]))),
                     _mm_andnot_si128(puncts, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&s.puncts[k]))));
    std::uint32_t held4, need4;  // the slots' word bits, a byte each
    std::memcpy(&held4, held + k, sizeof held4);
    std::memcpy(&need4, &s.words[k], sizeof need4);
    __m128i same = _mm_cmpeq_epi8(_mm_cvtsi32_si128(static_cast<int>(held4)), _mm_cvtsi32_si128(static_cast<int>(need4)));
    same = _mm_unpacklo_epi8(same, same);
    same = _mm_unpacklo_epi16(same, same);  // byte j's answer in all of lane j
    const unsigned yes = static_cast<unsigned>(
        _mm_movemask_ps(_mm_castsi128_ps(_mm_and_si128(_mm_cmpeq_epi32(missing, zero), same))));
    // The usable slots' offsets from k, packed first (16-bit lanes of one word), and how many.
    std::memcpy(answer + k, &kLaneBytes[yes], sizeof(std::uint32_t));
    const std::uint64_t packed = kPackedLanes[yes] + k * 0x0001000100010001u;
    std::memcpy(listed + n, &packed, sizeof packed);
    n += (0x4332322132212110u >> (4 * yes)) & 15u;  // popcount(yes), without a libgcc call (no -mpopcnt)
  }
#else
  for (std::size_t k = from; k < to; ++k) {
    listed[n] = static_cast<std::uint16_t>(k);
    answer[k] = ((s.kinds_items[k] & ~have_kinds_items) | (s.puncts[k] & ~have_puncts)) == 0 && held[k] == s.words[k];
    n += answer[k];
  }
#endif
  const StartSet* const start_sets = c.starts.data();
  StartUnion starts;
  for (std::size_t k = 0; k < n; ++k) starts.add_if(start_sets[s.start[listed[k]]], true);
  return starts.get();
}

// Rewrites the node stream in place for one level: output k goes to nodes[k],
// and k never passes the input position, so a match and what follows it are
// always the level's input. Productions also look at the node just before a
// match; the one write that would overwrite it (a one-node item with nothing
// removed before it) waits until the attempts at the next position are done.
void LevelPass::run(int level) {
  const std::size_t words = c.words;
  const std::size_t l = static_cast<std::size_t>(level);
  const std::size_t size = nodes.size();
  Node* nd = nodes.data();
  std::size_t i = 0, w = 0;  // input position, outputs so far
  Node pending;              // output w - 1, not yet written
  bool has_pending = false;
  const Compiled::WordInfo* const word_info = c.word_info.data();
  const Range* const ranges = c.ranges.data();
  const Range* by_kind = c.by_kind.data() + l * kKinds;
  const Range* by_item = c.by_item.data() + l * kItems;
  // By value: the node writes below may alias anything read through `c`
  // (a Node copy is a byte copy), so the compiler would reload these per node.
  const Range word_default = c.word_default[l];
  const std::uint16_t* const cand_ids = c.cand.data();
  const std::array<Range, kSubs>* const subs = c.subs.data();
  const CRule* const crules = c.crules.data();
  std::uint8_t* const viable_rule = viable.data();
  auto flush_pending = [&] {
    if (has_pending) {
      nd[w - 1] = pending;
      lv[w - 1] = node_tag(c, pending);
      has_pending = false;
    }
  };
  const StartSet starts = decide_viable(l);
  if (starts.empty()) return;
  const std::size_t npos = list_starts(level, lv, size, starts, pos);
  if (npos == 0) return;
  std::size_t pi = 0;
  while (true) {
    while (pi < npos && pos[pi] < i) ++pi;  // starts inside a match are gone
    const std::size_t next = pi < npos ? pos[pi] : size;
    if (next != i) {
      // The run of nodes no rule of this level can start moves down as one block.
      flush_pending();
      if (w != i) {
        std::memmove(static_cast<void*>(nd + w), nd + i, (next - i) * sizeof(Node));
        std::memmove(lv + w, lv + i, (next - i) * sizeof(*lv));
      }
      w += next - i;
      i = next;
    }
    if (i == size) break;
    ++pi;
    const Node& n = nd[i];
    Range cand = n.kind == NK::word   ? (n.wid < words ? ranges[word_info[n.wid].range[l]] : word_default)
                       : n.kind == NK::item ? by_item[static_cast<std::size_t>(n.itype)]
                                            : by_kind[static_cast<std::size_t>(n.kind)];
    const bool split = cand.sub && i + 1 < size;
    if (split) cand = subs[cand.sub - 1][sub_index(nd[i + 1])];
    bool done = false;
    const bool check_second = !split && i + 1 < size;
    for (const std::uint16_t *k = cand_ids + cand.off, *const end = k + cand.len; k != end; ++k) {
      const std::uint16_t slot = *k;
      if (!viable_rule[slot]) continue;
      const CRule& cr = crules[slot];
      if (check_second && !cr.second.has(nd[i + 1])) continue;
      if (!match_at(c, cr, nodes, i, ctx, m)) continue;
      std::optional<Item> it = c.rules[cr.index]->produce(m);
      if (!it) continue;
      flush_pending();
      it->rule = cr.index;
      it->b = nd[m.begin].b;
      it->e = nd[m.end - 1].e;
      Node out;
      out.kind = NK::item;
      out.itype = it->type;
      out.b = it->b;
      out.e = it->e;
      out.payload = static_cast<std::uint32_t>(pool.size());
      any_level |= c.item_levels[static_cast<std::size_t>(it->type)];
      present.add(out, c);
      pool.push_back(std::move(*it));
      if (w + 1 == m.end) {
        pending = out;
        has_pending = true;
      } else {
        nd[w] = out;
        lv[w] = node_tag(c, out);
      }
      ++w;
      i = m.end;
      done = true;
      break;
    }
    if (!done) {
      flush_pending();
      if (w != i) {
        nd[w] = nd[i];
        lv[w] = lv[i];
      }
      ++w;
      ++i;
    }
  }
  flush_pending();
  nodes.resize(w);
}

}  // namespace

// Runs the item rules level by level (LevelPass::run). It first reads the
// footnote's definitions into `ctx` (productions consult them).
const Present& apply_item_rules(std::vector<Node>& nodes, std::vector<Item>& pool, Context& ctx) {
  const Compiled& c = compiled();
  Match m;
  m.nodes = &nodes;
  m.items = &pool;
  m.context = &ctx;
  // Per node, its tag (the levels with a rule that can start with it, and its start key;
  // moved along with the nodes), and the levels any node can start; items made below add theirs.
  // One thread_local, read once: in the Python module (a shared object) every
  // thread-local access is a __tls_get_addr call, ~6 per call when these were four.
  thread_local ItemScratch scratch;
  ItemScratch& s = scratch;
  std::vector<std::uint32_t>& lv_buffer = s.lv;
  Present& present = s.present;
  std::vector<std::uint8_t>& viable = s.viable;
  std::vector<std::uint32_t>& pos_buffer = s.pos;
  lv_buffer.resize(nodes.size());
  pos_buffer.resize(nodes.size() + 1);
  present.clear(c);
  viable.resize(c.crules.size());  // each slot is decided at its level, before it is read (decide_viable)
  s.usable.resize(c.slots.rule.size() + kSlotLanes);
  std::uint16_t any_level = 0;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    if (n.kind == NK::word) {  // (most nodes: node_tag and Present::add in one test of the kind)
      present.kinds |= 1u << static_cast<unsigned>(NK::word);
      const bool own = n.wid < c.words;
      const std::uint32_t levels = own ? c.word_info[n.wid].levels : c.word_default_levels;
      lv_buffer[i] = start_key(n) | levels << 16;
      if (own) present.add_word(n.wid, c);
    } else {
      lv_buffer[i] = node_tag(c, n);
      present.add(n, c);
    }
    any_level |= static_cast<std::uint16_t>(lv_buffer[i] >> 16);
  }
  // ('"X Dates" are ...' only beside "date(s)": "are" and "is" alone are too common to scan for.)
  static const std::uint16_t w_date = intern("date"), w_dates = intern("dates");
  if (present.has_word(definition_verbs().means) || present.has_word(definition_verbs().mean) ||
      present.has_word(definition_verbs().meaning) ||
      ((present.has_word(definition_verbs().are) || present.has_word(definition_verbs().is)) &&
       (present.has_word(w_date) || present.has_word(w_dates))))
    read_definitions(nodes, ctx);
  static const std::uint16_t w_certification = intern("certification"), w_certified = intern("certified");
  if (present.has_word(w_certification) || present.has_word(w_certified)) read_certification_date(nodes, ctx);
  LevelPass pass{c, m, nodes, pool, ctx, lv_buffer.data(), pos_buffer.data(), present, viable, s.usable.data(), any_level};
  for (int level = 0; level <= c.max_level; ++level)
    if (any_level & static_cast<std::uint16_t>(1u << level)) pass.run(level);
  if (lv_buffer.capacity() > kKeepNodes) std::vector<std::uint32_t>().swap(lv_buffer);
  if (pos_buffer.capacity() > kKeepNodes) std::vector<std::uint32_t>().swap(pos_buffer);
  return present;
}

}  // namespace vest::rules
