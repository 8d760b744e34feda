// The interpreter: normalise → tokens → items (by level) → sentences →
// clauses → statements → ScheduleSpec → cross-checks → Schedule.
//
// Sentences are classified before any schedule is read: a sentence is a
// schedule sentence when it has a vesting verb and timing words; everything a
// schedule sentence says must be understood, or the whole answer is
// `unrecognized` with the span not understood (never a partial schedule).
#include "rules/grammar.hpp"

#include "engine/core/projection.hpp"
#include "engine/core/schedule.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>

namespace vest::rules {

std::string_view to_string(Kind k) {
  switch (k) {
    case Kind::time_based: return "time_based";
    case Kind::immediate: return "immediate";
    case Kind::performance: return "performance";
    case Kind::mixed: return "mixed";
    case Kind::not_vesting: return "not_vesting";
    case Kind::unrecognized: return "unrecognized";
  }
  return "unrecognized";
}

namespace {

constexpr std::uint64_t bit(IT t) { return std::uint64_t{1} << static_cast<int>(t); }

// ------------------------------------------------------------------ registry

// A pattern element as the matcher reads it: the fields of `Elem` that
// matching needs, packed (an Elem carries vectors and std::functions).
struct CElem {
  Elem::T t = Elem::T::words;
  bool optional = false, repeat = false;
  NK kind = NK::word;
  IT item = IT::count_;
  char punct = 0;
  std::uint16_t nids = 0;
  std::uint64_t bloom = 0;             // words: bit (id % 64) of every id, a quick reject
  const std::uint16_t* ids = nullptr;  // words: the word ids (into the Elem)
  const Elem* src = nullptr;           // custom: the matcher
};

// A conservative set of nodes (it may hold more than it says, never less):
// word ids by a 64-bit bloom, other nodes by kind or item type.
struct KeySet {
  bool any = false;
  std::uint64_t words = 0;  // bit (wid % 64) of word ids (never wid 0)
  std::uint32_t kinds = 0;  // bit per NK; the word bit means any word
  std::uint32_t items = 0;  // bit per IT
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

// What the node after the first one of a match can be: the element that took
// the first node again (if it repeats), or whatever can start the rest of the
// pattern; anything when a custom element or the end of the pattern is reached.
KeySet second_node(const std::vector<Elem>& pattern) {
  auto first_from = [&](std::size_t k) {
    KeySet s;
    for (; k < pattern.size(); ++k) {
      s.add(pattern[k]);
      if (pattern[k].t == Elem::T::custom || !pattern[k].optional) return s;
    }
    s.any = true;  // the match may end after the first node
    return s;
  };
  KeySet s;
  for (std::size_t j = 0; j < pattern.size(); ++j) {  // element j takes the first node
    const Elem& e = pattern[j];
    if (e.t == Elem::T::custom) {
      s.any = true;
      break;
    }
    if (e.repeat) s.add(e);
    s.add(first_from(j + 1));
    if (!e.optional) break;
  }
  return s;
}

// What a rule's required (not optional) elements need the footnote to hold
// somewhere: a rule that cannot have them all cannot match anywhere in it.
// Word elements of more than kNeedIds words are not checked (broad sets
// rarely rule a rule out, and the check must stay cheap).
constexpr std::size_t kNeedIds = 4, kNeedElems = 4;
struct Needs {
  std::uint32_t kinds = 0;   // bit per NK, every one
  std::uint32_t items = 0;   // bit per IT, every one
  std::uint64_t puncts = 0;  // bit (char % 64), every one
  std::uint8_t nelems = 0;   // word elements: one of each element's words
  std::array<std::uint8_t, kNeedElems> nids{};
  std::array<std::array<std::uint16_t, kNeedIds>, kNeedElems> ids{};
};

struct CRule {
  const ItemRule* rule = nullptr;
  std::uint32_t first = 0;  // into Compiled::elems
  std::uint16_t size = 0;
  KeySet second;            // a quick reject on the node after the first
};

// A run of candidate rules in Compiled::cand.
struct Range {
  std::uint32_t off = 0;
  std::uint16_t len = 0;
  std::uint16_t sub = 0;  // 1 + index into Compiled::subs: the same list split by the node after (0: none)
};

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

// Dispatch keys: a word id, or a node kind, or an item type.
constexpr std::size_t kKinds = 9;
constexpr std::size_t kItems = static_cast<std::size_t>(IT::count_) + 1;

// A word's candidate lists for every level, in one cache line: a node is
// looked up once per level, and its word's line then stays in cache.
constexpr std::size_t kMaxLevels = 8;
struct alignas(64) WordRanges {
  std::array<Range, kMaxLevels> at{};
};

struct Compiled {
  std::vector<const ItemRule*> rules;  // all item rules, registry order
  std::vector<std::string> names;
  int max_level = 0;
  std::vector<const ClauseRule*> clause_rules;
  std::vector<CRule> crules;  // parallel to rules
  // The index of the item rule named `name` (a name the interpreter itself checks for).
  std::uint16_t rule_index(std::string_view name) const {
    for (std::size_t i = 0; i < rules.size(); ++i)
      if (rules[i]->name == name) return static_cast<std::uint16_t>(i);
    std::fprintf(stderr, "vest: the interpreter refers to an item rule \"%.*s\" that the registry does not have\n",
                 static_cast<int>(name.size()), name.data());
    std::abort();
  }
  std::vector<Needs> needs;   // parallel to rules
  std::vector<CElem> elems;
  // Candidate rules for a node, by level: the rules whose match can start
  // with it, in registry order (merged and de-duplicated once, here).
  std::size_t words = 0;                // word ids [0, words) have their own entry
  std::vector<std::uint16_t> cand;      // rule indices
  std::vector<std::array<Range, kSubs>> subs;  // long lists split by the next node (see Range::sub)
  std::vector<WordRanges> by_word;      // [wid].at[level]
  std::vector<Range> word_default;      // [level]: words with no entry of their own (ids interned later)
  std::vector<Range> by_kind;           // [level * kKinds + kind]
  std::vector<Range> by_item;           // [level * kItems + item type]
  // The same as bit sets over levels: bit L set when some rule of level L can
  // start with the node, so a level's pass skips the nodes no rule can start.
  std::vector<std::uint16_t> word_levels;  // [wid], wid < words
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
  std::uint32_t kinds = 0;           // bit per NK
  std::uint32_t items = 0;           // bit per IT
  std::uint64_t puncts = 0;          // bit (char % 64)
  void clear(std::size_t nwords) { words.assign((nwords + 63) / 64, 0); kinds = items = 0; puncts = 0; }
  void add(const Node& n, std::size_t nwords) {
    kinds |= 1u << static_cast<unsigned>(n.kind);
    if (n.kind == NK::word && n.wid < nwords) words[n.wid >> 6] |= std::uint64_t{1} << (n.wid & 63u);
    else if (n.kind == NK::item) items |= 1u << static_cast<unsigned>(n.itype);
    else if (n.kind == NK::punct) puncts |= std::uint64_t{1} << (static_cast<unsigned char>(n.punct) & 63u);
  }
  bool has_word(std::uint16_t id) const { return id < words.size() * 64 && ((words[id >> 6] >> (id & 63u)) & 1u); }
  // (Pattern word ids are all below Compiled::words, the size `words` was cleared to.)
  bool has(const Needs& nd) const {
    if ((nd.kinds & ~kinds) | (nd.items & ~items) | (nd.puncts & ~puncts)) return false;
    for (std::size_t j = 0; j < nd.nelems; ++j) {
      bool any = false;
      for (std::size_t k = 0; k < nd.nids[j]; ++k) any |= (words[nd.ids[j][k] >> 6] >> (nd.ids[j][k] & 63u)) & 1u;
      if (!any) return false;
    }
    return true;
  }
};

const Compiled& compiled() {
  static const Compiled c = [] {
    Compiled c;
    const auto& fams = families();
    for (const auto& f : fams)
      for (const auto& r : f.item_rules) {
        c.rules.push_back(&r);
        c.max_level = std::max(c.max_level, r.level);
      }
    for (const auto& f : fams)
      for (const auto& r : f.clause_rules) c.clause_rules.push_back(&r);
    const std::size_t levels = static_cast<std::size_t>(c.max_level) + 1;
    // Word ids interned by productions after this point have no entry of their own.
    const std::size_t words = intern("") + 4096u;
    c.words = words;
    std::vector<std::vector<std::vector<std::uint16_t>>> by_word(levels, std::vector<std::vector<std::uint16_t>>(words));
    std::vector<std::array<std::vector<std::uint16_t>, kKinds>> by_kind(levels);
    std::vector<std::array<std::vector<std::uint16_t>, kItems>> by_item(levels);
    std::vector<std::vector<std::uint16_t>> always(levels), always_word(levels);
    for (std::size_t i = 0; i < c.rules.size(); ++i) {
      const ItemRule& r = *c.rules[i];
      if (r.pattern.size() > kMaxPattern) {
        std::fprintf(stderr, "vest: item rule \"%s\" has %zu pattern elements, more than kMaxPattern = %zu\n",
                     r.name.c_str(), r.pattern.size(), kMaxPattern);
        std::abort();
      }
      CRule cr;
      cr.rule = &r;
      cr.first = static_cast<std::uint32_t>(c.elems.size());
      cr.size = static_cast<std::uint16_t>(r.pattern.size());
      cr.second = second_node(r.pattern);
      for (const Elem& e : r.pattern) {
        CElem ce;
        ce.t = e.t;
        ce.optional = e.optional;
        ce.repeat = e.repeat;
        ce.kind = e.kind;
        ce.item = e.item;
        ce.punct = e.punct;
        ce.nids = static_cast<std::uint16_t>(e.ids.size());
        ce.ids = e.ids.data();
        for (auto id : e.ids) ce.bloom |= std::uint64_t{1} << (id & 63u);
        ce.src = &e;
        c.elems.push_back(ce);
      }
      c.crules.push_back(cr);
      Needs nd;
      for (const Elem& e : r.pattern) {
        if (e.optional) continue;
        switch (e.t) {
          case Elem::T::words:
            if (e.ids.size() <= kNeedIds && nd.nelems < kNeedElems) {
              nd.nids[nd.nelems] = static_cast<std::uint8_t>(e.ids.size());
              std::copy(e.ids.begin(), e.ids.end(), nd.ids[nd.nelems].begin());
              ++nd.nelems;
            }
            break;
          case Elem::T::kind: nd.kinds |= 1u << static_cast<unsigned>(e.kind); break;
          case Elem::T::item: nd.items |= 1u << static_cast<unsigned>(e.item); break;
          case Elem::T::punct: nd.puncts |= std::uint64_t{1} << (static_cast<unsigned char>(e.punct) & 63u); break;
          case Elem::T::any_word: nd.kinds |= 1u << static_cast<unsigned>(NK::word); break;
          case Elem::T::custom: break;
        }
      }
      c.needs.push_back(nd);
    }
    // Dispatch on every element that can start a match: the leading optional
    // elements and the first required one.
    for (std::size_t i = 0; i < c.rules.size(); ++i) {
      const ItemRule& r = *c.rules[i];
      const auto level = static_cast<std::size_t>(r.level);
      const auto idx = static_cast<std::uint16_t>(i);
      std::vector<std::uint16_t> ids;
      std::vector<int> kinds, items;
      bool all = true;
      for (const Elem& e : r.pattern) {
        bool known = true;
        switch (e.t) {
          case Elem::T::words: ids.insert(ids.end(), e.ids.begin(), e.ids.end()); break;
          case Elem::T::kind: kinds.push_back(static_cast<int>(e.kind)); break;
          case Elem::T::item: items.push_back(static_cast<int>(e.item)); break;
          case Elem::T::punct: kinds.push_back(static_cast<int>(NK::punct)); break;
          case Elem::T::any_word: kinds.push_back(static_cast<int>(NK::word)); break;
          case Elem::T::custom:
            if (e.hint_ids.empty() && e.hint_kinds.empty()) known = false;
            ids.insert(ids.end(), e.hint_ids.begin(), e.hint_ids.end());
            for (NK k : e.hint_kinds) kinds.push_back(static_cast<int>(k));
            break;
        }
        if (!known) break;
        if (!e.optional) {
          all = false;
          break;
        }
      }
      if (all) {
        always[level].push_back(idx);
        continue;
      }
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      for (auto id : ids) by_word[level][id].push_back(idx);
      std::sort(kinds.begin(), kinds.end());
      kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
      for (int kd : kinds) {
        if (kd == static_cast<int>(NK::word)) always_word[level].push_back(idx);
        else by_kind[level][static_cast<std::size_t>(kd)].push_back(idx);
      }
      for (int it : items) by_item[level][static_cast<std::size_t>(it)].push_back(idx);
    }
    // Candidate lists, merged, sorted and de-duplicated, stored once each.
    std::vector<std::pair<std::vector<std::uint16_t>, Range>> stored;
    auto store = [&](std::initializer_list<const std::vector<std::uint16_t>*> parts) {
      std::vector<std::uint16_t> v;
      for (const auto* part : parts) v.insert(v.end(), part->begin(), part->end());
      std::sort(v.begin(), v.end());
      v.erase(std::unique(v.begin(), v.end()), v.end());
      for (const auto& [list, range] : stored)
        if (list == v) return range;
      if (v.size() > 0xFFFF) {
        std::fprintf(stderr, "vest: a candidate list of %zu item rules, more than a Range holds\n", v.size());
        std::abort();
      }
      Range r{static_cast<std::uint32_t>(c.cand.size()), static_cast<std::uint16_t>(v.size()), 0};
      c.cand.insert(c.cand.end(), v.begin(), v.end());
      if (v.size() >= kSubMin) {
        std::array<Range, kSubs> split{};
        for (std::size_t b = 0; b < kSubs; ++b) {
          Node next;  // a node of bucket b: all KeySet::has reads is the kind, the word id's low bits, the item type
          if (b < kSubWordNoId) next.wid = static_cast<std::uint16_t>(b == 0 ? 64 : b);
          else if (b == kSubWordNoId) next.wid = 0;
          else if (b < kSubItems) next.kind = static_cast<NK>(b - kSubKinds);
          else {
            next.kind = NK::item;
            next.itype = static_cast<IT>(b - kSubItems);
          }
          split[b].off = static_cast<std::uint32_t>(c.cand.size());
          for (auto ri : v)
            if (c.crules[ri].second.has(next)) c.cand.push_back(ri);
          split[b].len = static_cast<std::uint16_t>(c.cand.size() - split[b].off);
        }
        c.subs.push_back(split);
        if (c.subs.size() > 0xFFFF) {
          std::fprintf(stderr, "vest: %zu split candidate lists, more than a Range holds\n", c.subs.size());
          std::abort();
        }
        r.sub = static_cast<std::uint16_t>(c.subs.size());
      }
      stored.emplace_back(std::move(v), r);
      return r;
    };
    if (levels > kMaxLevels) {
      std::fprintf(stderr, "vest: %zu item rule levels, more than kMaxLevels = %zu\n", levels, kMaxLevels);
      std::abort();
    }
    c.by_word.resize(words);
    c.word_default.resize(levels);
    c.by_kind.resize(levels * kKinds);
    c.by_item.resize(levels * kItems);
    for (std::size_t level = 0; level < levels; ++level) {
      const Range def = store({&always[level], &always_word[level]});
      c.word_default[level] = def;
      for (std::size_t wid = 0; wid < words; ++wid)
        c.by_word[wid].at[level] =
            by_word[level][wid].empty() ? def : store({&always[level], &always_word[level], &by_word[level][wid]});
      for (std::size_t kd = 0; kd < kKinds; ++kd) c.by_kind[level * kKinds + kd] = store({&always[level], &by_kind[level][kd]});
      for (std::size_t it = 0; it < kItems; ++it) c.by_item[level * kItems + it] = store({&always[level], &by_item[level][it]});
    }
    c.word_levels.assign(words, 0);
    for (std::size_t level = 0; level < levels; ++level) {
      const auto lbit = static_cast<std::uint16_t>(1u << level);
      if (c.word_default[level].len) c.word_default_levels |= lbit;
      for (std::size_t wid = 0; wid < words; ++wid)
        if (c.by_word[wid].at[level].len) c.word_levels[wid] |= lbit;
      for (std::size_t kd = 0; kd < kKinds; ++kd)
        if (c.by_kind[level * kKinds + kd].len) c.kind_levels[kd] |= lbit;
      for (std::size_t it = 0; it < kItems; ++it)
        if (c.by_item[level * kItems + it].len) c.item_levels[it] |= lbit;
    }
    return c;
  }();
  return c;
}

// ------------------------------------------------------------------- matcher

[[gnu::always_inline]] inline bool elem_matches_one(const CElem& e, const Node& n) {
  switch (e.t) {
    case Elem::T::words:
      if (n.kind != NK::word || n.wid == 0 || !((e.bloom >> (n.wid & 63u)) & 1u)) return false;
      for (std::uint16_t k = 0; k < e.nids; ++k)
        if (e.ids[k] == n.wid) return true;
      return false;
    case Elem::T::kind: return n.kind == e.kind;
    case Elem::T::item: return n.kind == NK::item && n.itype == e.item;
    case Elem::T::punct: return n.kind == NK::punct && n.punct == e.punct;
    case Elem::T::any_word: return n.kind == NK::word;
    case Elem::T::custom: return false;
  }
  return false;
}

inline bool match_at(const Compiled& c, const CRule& r, const std::vector<Node>& nodes, std::size_t start,
                     const Context& ctx, Match& m) {
  // Every entry is written below before it is read (at[j] per element, at[size] on success).
  const Node* nd = nodes.data();
  const std::size_t size = nodes.size();
  const CElem* e = c.elems.data() + r.first;
  std::size_t i = start;
  for (std::size_t j = 0; j < r.size; ++j, ++e) {
    m.at[j] = i;
    if (e->t == Elem::T::custom) {
      std::size_t k = i;
      if (e->src->custom(nodes, k, ctx)) i = k;
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

// "Quarterly Date" means each of February 28, May 31, August 31, and November 30.
// The verbs of a definition: "means", "mean".
struct DefinitionVerbs {
  std::uint16_t means, mean;
};
const DefinitionVerbs& definition_verbs() {
  static const DefinitionVerbs v{intern("means"), intern("mean")};
  return v;
}

void read_definitions(const std::vector<Node>& t, Context& ctx) {
  static const std::uint16_t w_date = intern("date"), w_dates = intern("dates"), w_shall = intern("shall");
  const std::uint16_t w_means = definition_verbs().means, w_mean = definition_verbs().mean;
  // Found by its verb: "means" is rare, so most footnotes cost one pass of integer compares.
  for (std::size_t j = 2; j + 1 < t.size(); ++j) {
    if (t[j].kind != NK::word || (t[j].wid != w_means && t[j].wid != w_mean)) continue;
    std::size_t i = j - 2;  // "<Name> Date means"
    if (t[j - 1].kind == NK::word && t[j - 1].wid == w_shall) {
      if (j < 3) continue;
      i = j - 3;  // "<Name> Date shall mean"
    }
    if (t[i].kind != NK::word || t[i].wid == 0 || t[i + 1].kind != NK::word) continue;
    if (t[i + 1].wid != w_date && t[i + 1].wid != w_dates) continue;
    std::vector<std::pair<unsigned, unsigned>> days;
    for (std::size_t k = j + 1; k < t.size() && k < j + 40; ++k) {
      if (t[k].kind == NK::month_day) days.emplace_back(t[k].month, t[k].day);
      else if (t[k].kind == NK::punct && t[k].punct == '.') break;
    }
    if (days.size() >= 2) {
      std::sort(days.begin(), days.end());
      ctx.named_dates.emplace_back(t[i].wid, std::move(days));
    }
  }
}

constexpr std::uint8_t kUnknown = 2;  // a rule's viability, not yet decided

// Per-thread scratch buffers keep their capacity from one call to the next,
// except after a very large input (more nodes than this).
constexpr std::size_t kKeepNodes = std::size_t{1} << 19;  // 20 MB of nodes

// Runs the item rules level by level; each level rewrites the node stream in
// place: output k goes to nodes[k], and k never passes the input position, so
// a match and what follows it are always the level's input. Productions also
// look at the node just before a match; the one write that would overwrite it
// (a one-node item with nothing removed before it) waits until the attempts at
// the next position are done.
// It first reads the footnote's definitions into `ctx` (productions consult them).
void apply_item_rules(std::vector<Node>& nodes, std::vector<Item>& pool, Context& ctx) {
  const Compiled& c = compiled();
  Match m;
  m.nodes = &nodes;
  m.items = &pool;
  m.context = &ctx;
  const std::uint16_t* const word_levels = c.word_levels.data();
  const std::size_t words = c.words;
  const std::uint16_t word_default_levels = c.word_default_levels;
  const std::array<std::uint16_t, kKinds> kind_levels = c.kind_levels;
  const std::array<std::uint16_t, kItems> item_levels = c.item_levels;
  auto levels_of = [&](const Node& n) -> std::uint16_t {
    return n.kind == NK::word   ? (n.wid < words ? word_levels[n.wid] : word_default_levels)
           : n.kind == NK::item ? item_levels[static_cast<std::size_t>(n.itype)]
                                : kind_levels[static_cast<std::size_t>(n.kind)];
  };
  // Per node, the levels with a rule that can start with it (moved along with the nodes),
  // and the levels any node can start; items made below add theirs.
  thread_local std::vector<std::uint16_t> lv_buffer;
  thread_local Present present;
  thread_local std::vector<std::uint8_t> viable;
  thread_local std::vector<std::uint32_t> pos_buffer;
  lv_buffer.resize(nodes.size());
  pos_buffer.resize(nodes.size() + 1);
  std::uint16_t* const lv = lv_buffer.data();
  std::uint32_t* const pos = pos_buffer.data();
  present.clear(words);
  viable.assign(c.rules.size(), kUnknown);
  std::uint16_t any_level = 0;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    lv[i] = levels_of(nodes[i]);
    any_level |= lv[i];
    present.add(nodes[i], words);
  }
  if (present.has_word(definition_verbs().means) || present.has_word(definition_verbs().mean)) read_definitions(nodes, ctx);
  for (int level = 0; level <= c.max_level; ++level) {
    const auto lbit = static_cast<std::uint16_t>(1u << level);
    if (!(any_level & lbit)) continue;
    const std::size_t l = static_cast<std::size_t>(level);
    const std::size_t size = nodes.size();
    Node* nd = nodes.data();
    std::size_t i = 0, w = 0;  // input position, outputs so far
    Node pending;              // output w - 1, not yet written
    bool has_pending = false;
    const WordRanges* by_word = c.by_word.data();
    const Range* by_kind = c.by_kind.data() + l * kKinds;
    const Range* by_item = c.by_item.data() + l * kItems;
    // By value: the node writes below may alias anything read through `c`
    // (a Node copy is a byte copy), so the compiler would reload these per node.
    const Range word_default = c.word_default[l];
    const std::uint16_t* const cand_ids = c.cand.data();
    const std::array<Range, kSubs>* const subs = c.subs.data();
    const CRule* const crules = c.crules.data();
    std::uint8_t* const viable_rule = viable.data();
    const Needs* const needs = c.needs.data();
    auto flush_pending = [&] {
      if (has_pending) {
        nd[w - 1] = pending;
        lv[w - 1] = levels_of(pending);
        has_pending = false;
      }
    };
    // The input positions where a rule of this level can start, listed without a
    // branch per node (which way it goes is a coin toss the predictor loses).
    std::size_t npos = 0;
    for (std::size_t j = 0; j < size; ++j) {
      pos[npos] = static_cast<std::uint32_t>(j);
      npos += (lv[j] & lbit) != 0;
    }
    if (npos == 0) continue;
    std::size_t pi = 0;
    while (true) {
      while (pi < npos && pos[pi] < i) ++pi;  // starts inside a match are gone
      const std::size_t next = pi < npos ? pos[pi] : size;
      if (next != i) {
        // The run of nodes no rule of this level can start moves down as one block.
        flush_pending();
        if (w != i) {
          std::memmove(static_cast<void*>(nd + w), nd + i, (next - i) * sizeof(Node));
          std::memmove(lv + w, lv + i, (next - i) * sizeof(std::uint16_t));
        }
        w += next - i;
        i = next;
      }
      if (i == size) break;
      ++pi;
      const Node& n = nd[i];
      Range cand = n.kind == NK::word   ? (n.wid < words ? by_word[n.wid].at[l] : word_default)
                         : n.kind == NK::item ? by_item[static_cast<std::size_t>(n.itype)]
                                              : by_kind[static_cast<std::size_t>(n.kind)];
      const bool split = cand.sub && i + 1 < size;
      if (split) cand = subs[cand.sub - 1][sub_index(nd[i + 1])];
      bool done = false;
      for (std::uint32_t k = 0; k < cand.len; ++k) {
        const std::uint16_t ri = cand_ids[cand.off + k];
        std::uint8_t viable_now = viable_rule[ri];
        if (viable_now == kUnknown) viable_now = viable_rule[ri] = present.has(needs[ri]);  // once per footnote
        if (!viable_now) continue;
        const CRule& cr = crules[ri];
        if (!split && i + 1 < size && !cr.second.has(nd[i + 1])) continue;
        if (!match_at(c, cr, nodes, i, ctx, m)) continue;
        std::optional<Item> it = cr.rule->produce(m);
        if (!it) continue;
        flush_pending();
        it->rule = ri;
        it->b = nd[m.begin].b;
        it->e = nd[m.end - 1].e;
        Node out;
        out.kind = NK::item;
        out.itype = it->type;
        out.b = it->b;
        out.e = it->e;
        out.payload = static_cast<std::uint32_t>(pool.size());
        any_level |= item_levels[static_cast<std::size_t>(it->type)];
        present.add(out, words);
        pool.push_back(std::move(*it));
        if (w + 1 == m.end) {
          pending = out;
          has_pending = true;
        } else {
          nd[w] = out;
          lv[w] = levels_of(out);
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
  if (lv_buffer.capacity() > kKeepNodes) std::vector<std::uint16_t>().swap(lv_buffer);
  if (pos_buffer.capacity() > kKeepNodes) std::vector<std::uint32_t>().swap(pos_buffer);
}

// ------------------------------------------------------------------ assembly

struct Assembly {
  std::string_view original;
  const Normalized& norm;
  const GrantContext& gc;
  const std::vector<Item>& pool;
  const Context& ctx;
  Interpretation& out;
  std::optional<Date> grant;      // the footnote's grant date, else the input's
  bool grant_from_text = false;
  std::optional<Date> vcd;
  std::optional<Date> prev_end;   // last date of the previous statement
  // prev_end as an offset from the date it was counted from: "thereafter"
  // keeps counting from that original anchor (QuantLib: anchor + k·period,
  // never from a clamped previous date: Jan 31 → Feb 29 → Mar 31).
  Date prev_base{};
  int prev_months = 0;
  bool failed = false;
  std::vector<std::uint32_t> chars;  // byte offset → character offset, built once for non-ASCII text
  bool ascii_checked = false, ascii = true;
  std::size_t errors_reported = 0;

  std::size_t to_chars(std::size_t byte) {
    if (!ascii_checked) {
      ascii_checked = true;
      ascii = norm.ascii;
      if (!ascii) {
        chars.resize(original.size() + 1);
        std::uint32_t n = 0;
        for (std::size_t i = 0; i < original.size(); ++i) {
          chars[i] = n;
          if ((static_cast<unsigned char>(original[i]) & 0xC0) != 0x80) ++n;
        }
        chars[original.size()] = n;
      }
    }
    if (ascii) return byte;
    return chars[std::min(byte, original.size())];
  }

  Span span(std::uint32_t b, std::uint32_t e) {
    const std::size_t ob = norm.orig[std::min<std::size_t>(b, norm.orig.size() - 1)];
    std::size_t oe = e == 0 ? 0 : norm.orig[std::min<std::size_t>(e - 1, norm.orig.size() - 1)] + 1;
    // Include the rest of a multi-byte character.
    while (oe < original.size() && (static_cast<unsigned char>(original[oe]) & 0xC0) == 0x80) ++oe;
    return {to_chars(ob), to_chars(oe)};
  }
  std::string quote(std::uint32_t b, std::uint32_t e) const {
    const std::size_t ob = norm.orig[std::min<std::size_t>(b, norm.orig.size() - 1)];
    std::size_t oe = e == 0 ? 0 : norm.orig[std::min<std::size_t>(e - 1, norm.orig.size() - 1)] + 1;
    while (oe < original.size() && (static_cast<unsigned char>(original[oe]) & 0xC0) == 0x80) ++oe;
    return std::string(original.substr(ob, oe - ob));
  }
  std::string quote(const Item& it) const { return quote(it.b, it.e); }

  void error(std::string code, std::string message, std::uint32_t b, std::uint32_t e) {
    failed = true;
    // A page of errors says enough; more would only grow the answer with the input.
    if (++errors_reported > 20) return;
    if (errors_reported == 20) {
      out.diagnostics.push_back(Diagnostic::error("too_many_errors", "more errors follow; only the first 19 are reported"));
      return;
    }
    SourceLocation where;
    where.span = span(b, e);
    out.diagnostics.push_back(Diagnostic::error(std::move(code), std::move(message), where));
    failed = true;
  }
  void warning(std::string code, std::string message, std::uint32_t b, std::uint32_t e) {
    SourceLocation where;
    where.span = span(b, e);
    out.diagnostics.push_back(Diagnostic::warning(std::move(code), std::move(message), where));
  }

  std::optional<Date> anchor_date(const When& w, std::uint32_t b, std::uint32_t e) {
    switch (w.ref) {
      case When::Ref::absolute: return w.date;
      case When::Ref::grant:
        if (grant) return grant;
        error("needs_grant_date", "needs grant_date: \"" + quote(b, e) + "\" is relative to the grant date, which is not given",
              b, e);
        return std::nullopt;
      case When::Ref::vcd:
        if (vcd) return vcd;
        if (grant) {
          // Never assumed to be the grant date: a start date is often months before the grant.
          error("needs_vesting_commencement_date",
                "needs vesting_commencement_date: \"" + quote(b, e) +
                    "\" is relative to a vesting commencement date that the footnote does not state (it is not assumed "
                    "to be the grant date " + to_iso(*grant) + ")",
                b, e);
          return std::nullopt;
        }
        error("needs_grant_date", "needs grant_date: \"" + quote(b, e) +
                                      "\" is relative to a vesting commencement date that is not stated, and no grant date is given",
              b, e);
        return std::nullopt;
      case When::Ref::achievement:
      case When::Ref::previous:
        if (prev_end) return prev_end;
        error("needs_anchor", "\"" + quote(b, e) + "\" has no earlier date to follow", b, e);
        return std::nullopt;
      case When::Ref::named_next: return std::nullopt;
    }
    return std::nullopt;
  }

  // A when as (base date, months after it), so that series can step from the base.
  std::optional<std::pair<Date, int>> resolve_base(const When& w, std::uint32_t b, std::uint32_t e) {
    if (w.ref == When::Ref::named_next || w.fixed_day || w.days != 0) {  // no month count to step from
      auto d = resolve(w, b, e);
      if (!d) return std::nullopt;
      return std::pair{*d, 0};
    }
    auto a = anchor_date(w, b, e);
    if (!a) return std::nullopt;
    if (w.ref == When::Ref::previous || w.ref == When::Ref::achievement) return std::pair{prev_base, prev_months + w.months};
    return std::pair{*a, w.months};
  }
  void set_prev(Date base, int months, std::optional<Date> end = std::nullopt) {
    prev_base = base;
    prev_months = months;
    prev_end = end ? *end : months ? add_months(base, months) : base;
  }

  std::optional<Date> resolve(const When& w, std::uint32_t b, std::uint32_t e) {
    if (w.ref == When::Ref::named_next) {
      const auto* days = ctx.named(w.name);
      if (!days || w.base < 0) {
        error("undefined_date_name", "\"" + quote(b, e) + "\" names dates the footnote does not define", b, e);
        return std::nullopt;
      }
      const Item& base = pool[static_cast<std::size_t>(w.base)];
      auto from = resolve(base.when, base.b, base.e);
      if (!from) return std::nullopt;
      return next_named(*days, *from);
    }
    auto a = anchor_date(w, b, e);
    if (!a) return std::nullopt;
    Date d = *a;
    if (w.months != 0) d = add_months(d, w.months);
    if (w.days != 0) d = d + date::days{w.days};
    if (w.fixed_day) {
      const date::year_month_day ymd{d};
      d = add_months(date::sys_days{ymd.year() / ymd.month() / 1}, 0, DayOfMonthPolicy::fixed_day(*w.fixed_day));
    }
    return d;
  }

  // The first named date (month, day) strictly after `from`.
  static Date next_named(const std::vector<std::pair<unsigned, unsigned>>& days, Date from) {
    const date::year_month_day ymd{from};
    for (int y = static_cast<int>(ymd.year());; ++y)
      for (auto [m, dd] : days) {
        const auto md = date::year{y} / date::month{m} / date::day{dd};
        const Date d = md.ok() ? Date{md} : Date{date::year{y} / date::month{m} / date::last};
        if (d > from) return d;
      }
  }
};

// "Inc." and "Co." end words, not sentences.
bool abbreviation(const Normalized& norm, const std::vector<Node>& nodes, std::size_t i) {
  if (i == 0 || i + 1 >= nodes.size() || nodes[i - 1].kind != NK::word) return false;
  const std::string_view w = std::string_view(norm.text).substr(nodes[i - 1].b, nodes[i - 1].e - nodes[i - 1].b);
  for (std::string_view a : {"inc", "co", "corp", "ltd", "llc", "no", "nos", "sec", "u.s", "i.e", "e.g", "approx", "mr", "ms",
                             "dr", "jr", "sr", "st", "vs", "etc", "l.p", "lp", "n.a", "s.a", "e", "i", "g"})
    if (w == a) return true;
  return false;
}

std::string condition_text(const Assembly& a, const Item& it) { return a.quote(it); }

// "vests over a four-year period at the rate of 25% on January 2, 2026, and then in 36 equal monthly
// installments thereafter": the span is a description of the whole schedule, met when its first date
// vests the part of the span it stands for (25% of 48 months: the last date is 36 months after the
// first), and that part of the span reaches back to the grant date give or take less than a month.
bool spans_straight_line(const ScheduleSpec& spec, std::optional<int> span_months, std::optional<Date> grant, Date last) {
  if (!span_months || *span_months <= 0 || !grant || spec.segments.empty()) return false;
  const Segment& first = spec.segments.front();
  const auto* lump = std::get_if<LumpSegment>(&first.shape);
  if (!lump || first.portion.kind != Portion::Kind::fraction_of_grant) return false;
  const Fraction before = first.portion.fraction * Fraction(*span_months), after = Fraction(*span_months) - before;
  if (before.denominator() != 1 || after.denominator() != 1 || !(after > Fraction(0))) return false;
  const int before_months = static_cast<int>(before.numerator()), after_months = static_cast<int>(after.numerator());
  if (add_months(lump->date, after_months) != last) return false;
  const Date start = add_months(lump->date, -before_months);
  return start > *grant - date::days{31} && start < *grant + date::days{31};
}

// A recurrence ("on each three-month anniversary of X") in a series that follows an earlier date: with
// "thereafter", its first installment is its first date after that one; without, a first date on or
// before it is not understood.
bool continue_recurrence(Assembly& a, const Item& s0, bool thereafter, Period period, Date anchor, int& first_step) {
  const Date prev = *a.prev_end;
  if (step(anchor, period, first_step) > prev) return true;
  if (!thereafter) {
    a.error("unrecognized", "\"" + a.quote(s0) + "\" would begin on " + to_iso(step(anchor, period, first_step)) +
                                ", before the date stated before it (" + to_iso(prev) + "): not understood",
            s0.b, s0.e);
    return false;
  }
  for (int guard = 0; guard < 1200 && step(anchor, period, first_step) <= prev; ++guard) ++first_step;
  return step(anchor, period, first_step) > prev;
}

// A calendar day rule's period (when its months are evenly spaced) against the period the cadence states.
bool calendar_period_agrees(Assembly& a, const Item& cal, std::optional<Period>& period) {
  const auto cm = cal.calendar.period_months();
  if (!cm) {
    a.error("unrecognized", "\"" + a.quote(cal) + "\" (" + to_string(cal.calendar) + ") is not evenly spaced: not understood",
            cal.b, cal.e);
    return false;
  }
  if (period && period->in_months() != cm) {
    a.error("cross_check_failed", "\"" + a.quote(cal) + "\" falls every " + std::to_string(*cm) +
                                      " months but the cadence says every " + to_string(*period),
            cal.b, cal.e);
    return false;
  }
  period = Period::months(*cm);
  return true;
}

// "in three equal installments over a three-year period": the period is the span divided by the count,
// when that is a whole number of months (checked again below as the count's and the span's claims).
std::optional<Period> period_from_count_and_span(const Item& cnt, const Item& over) {
  const auto om = over.period.in_months();
  if (!om || cnt.n < 1 || *om % cnt.n != 0) return std::nullopt;
  const int pm = *om / cnt.n;
  return pm % 12 == 0 ? Period::years(pm / 12) : Period::months(pm);
}

// Re-anchors a series on a calendar day rule: its first installment is the rule's first day after the
// date the series follows (on or after the date it begins on, which must be one of the rule's days);
// each later one is that day + k·period with the rule's day, i.e. the rule's k-th day (CalendarDays).
bool anchor_on_calendar(Assembly& a, const Item& cal, const Item* start, Period period, Date& anchor, int& first_step,
                        DayOfMonthPolicy& policy) {
  const bool begins_on = first_step == 0;
  const Date from = begins_on ? anchor : step(anchor, period, first_step - 1);  // the date the series follows
  if (begins_on && !cal.calendar.contains(from)) {
    const Item& x = start ? *start : cal;
    a.error("cross_check_failed", "\"" + a.quote(x) + "\" (" + to_iso(from) + ") is not one of \"" + a.quote(cal) + "\" (" +
                                      to_string(cal.calendar) + ")",
            x.b, x.e);
    return false;
  }
  anchor = cal.calendar.nth_after(from, 1, begins_on);
  first_step = 0;
  policy = cal.calendar.day;
  return true;
}

// The statements of "<amounts> on <dates>, respectively" (see interpret): one dated portion per
// date, in order. Declines unless the sentence says "respectively" once, lists exactly as many
// amounts (portions, or bare share counts when no portion is stated) as dates in one list, and
// states nothing else that times or sizes the vesting.
std::optional<std::vector<Statement>> pair_respectively(const std::vector<Node>& nodes, std::size_t b, std::size_t e,
                                                        std::vector<Item>& pool) {
  static const std::uint16_t w_respectively = intern("respectively");
  std::size_t resp = 0, lists = 0, list_at = 0;
  std::vector<std::size_t> portions, numbers;
  for (std::size_t i = b; i < e; ++i) {
    const Node& n = nodes[i];
    if (n.kind == NK::word && n.wid == w_respectively) ++resp;
    if (n.kind == NK::number && n.den == 1 && n.num > 0 && !is_year(n)) numbers.push_back(i);
    if (n.kind != NK::item) continue;
    switch (n.itype) {
      case IT::portion: portions.push_back(i); break;
      case IT::when_list: ++lists; list_at = i; break;
      case IT::vest_verb: case IT::condition: case IT::definition: case IT::header: case IT::exercisable_now: break;
      default: return std::nullopt;  // a cadence, a count, a single date...: not this construction
    }
  }
  if (resp != 1 || lists != 1) return std::nullopt;
  const Item& list = pool[nodes[list_at].payload];
  const std::size_t k = list.whens.size();
  std::vector<std::size_t> amounts;  // pool indices
  if (!portions.empty()) {
    if (!numbers.empty() || portions.size() != k) return std::nullopt;
    for (auto i : portions) {
      const Item& it = pool[nodes[i].payload];
      if (it.pkind == Item::PortionKind::remainder || it.per_installment || it.additional) return std::nullopt;
      amounts.push_back(nodes[i].payload);
    }
  } else {
    if (numbers.size() != k) return std::nullopt;
    for (auto i : numbers) {
      Item it;
      it.type = IT::portion;
      it.pkind = Item::PortionKind::shares;
      it.shares = Amount(nodes[i].num);
      it.b = nodes[i].b;
      it.e = nodes[i].e;
      it.rule = pool[nodes[list_at].payload].rule;
      amounts.push_back(pool.size());
      pool.push_back(std::move(it));
    }
  }
  std::vector<Statement> out;
  for (std::size_t j = 0; j < k; ++j) {
    Statement st;
    st.shape = Statement::Shape::date_list;
    st.rule = "<amounts> on <dates>, respectively";
    st.portion = amounts[j];
    st.dates = {list.whens[j]};
    st.b = std::min(pool[amounts[j]].b, list.b);
    st.e = std::max(pool[amounts[j]].e, list.e);
    out.push_back(std::move(st));
  }
  return out;
}

}  // namespace

std::string debug_nodes(std::string_view text) {
  const Compiled& comp = compiled();
  const Normalized norm = normalize(text);
  std::vector<Node> nodes = tokenize(norm);
  Context ctx;
  std::vector<Item> pool;
  apply_item_rules(nodes, pool, ctx);
  static const char* names[] = {"portion", "when", "when_list", "cadence", "count", "over", "through", "until_full",
                                "thereafter", "start", "day_policy", "vest_verb", "immediate", "exercisable_now",
                                "condition", "definition", "performance", "not_vesting", "represents_vesting", "header"};
  std::string out;
  for (const auto& n : nodes) {
    const std::string_view t = std::string_view(norm.text).substr(n.b, n.e - n.b);
    if (n.kind == NK::item) {
      out += "[" + std::string(names[static_cast<int>(n.itype)]) + " <" + comp.rules[pool[n.payload].rule]->name + "> " +
             std::string(t) + "] ";
    } else {
      out += std::string(t) + " ";
    }
  }
  return out;
}

// ---------------------------------------------------------------- interpret

namespace {

// Per-thread working buffers of `interpret`: they keep their capacity from
// one call to the next (nothing else survives a call), so that repeated
// large inputs do not fault in fresh pages each time; above about a 1.5 MB
// input (~35 MB of buffers) the memory is released after the call.
struct Scratch {
  Normalized norm;
  std::vector<Node> nodes;
  std::vector<Item> pool;
  std::vector<std::uint32_t> item_nodes;  // node indices of the items, in order
};

struct ScratchLease {
  Scratch& s;
  explicit ScratchLease(Scratch& sc) : s(sc) { s.pool.clear(); }
  ~ScratchLease() {
    s.pool.clear();
    constexpr std::size_t kKeepBytes = std::size_t{3} << 20;  // normalised text (orig: 4 bytes each)
    constexpr std::size_t kKeepItems = std::size_t{1} << 14;
    if (s.norm.text.capacity() > kKeepBytes) s.norm = Normalized{};
    if (s.nodes.capacity() > kKeepNodes) std::vector<Node>().swap(s.nodes);
    if (s.item_nodes.capacity() > kKeepNodes) std::vector<std::uint32_t>().swap(s.item_nodes);
    if (s.pool.capacity() > kKeepItems) std::vector<Item>().swap(s.pool);
  }
  ScratchLease(const ScratchLease&) = delete;
  ScratchLease& operator=(const ScratchLease&) = delete;
};

}  // namespace

Interpretation interpret(std::string_view text, const GrantContext& gc) {
  const Compiled& comp = compiled();
  Interpretation out;
  thread_local Scratch scratch;
  ScratchLease lease(scratch);
  Normalized& norm = scratch.norm;
  normalize_into(text, norm);
  std::vector<Node>& nodes = scratch.nodes;
  tokenize_into(norm, nodes);
  Context ctx;
  std::vector<Item>& pool = scratch.pool;
  pool.reserve(nodes.size() / 4 + 8);
  apply_item_rules(nodes, pool, ctx);

  Assembly a{text, norm, gc, pool, ctx, out, gc.grant_date, false, std::nullopt, std::nullopt, {}, 0, false, {}, false, true, 0};
  auto explain = [&](std::string_view rule, std::uint32_t b, std::uint32_t e) {
    if (out.explain.empty()) out.explain.reserve(8);  // one allocation for most footnotes
    out.explain.push_back({rule, a.span(b, e), a.quote(b, e)});
  };

  // Definitions, wherever they are nested ("the first anniversary of the
  // vesting commencement date, which is May 20, 2024" defines it inside the anniversary).
  for (const Item& it : pool) {
    if (it.type == IT::definition) {
      if (it.note == "grant" && it.when.ref == When::Ref::absolute) {
        a.grant = it.when.date;
        a.grant_from_text = true;
      } else if (it.note == "vcd" && it.when.ref == When::Ref::absolute) {
        a.vcd = it.when.date;
      }
    } else if (it.type == IT::when && !it.note.empty() && it.when.ref == When::Ref::absolute) {
      if (it.note == "grant") {
        a.grant = it.when.date;
        a.grant_from_text = true;
      } else if (it.note == "vcd") {
        a.vcd = it.when.date;
      }
    }
  }

  std::vector<Statement> statements;
  std::vector<std::size_t> preambles;  // item indices: "over four years", "in three installments"
  std::vector<std::pair<std::uint32_t, std::uint32_t>> performance_sentences;
  bool any_vesting_language = false;
  bool unrecognized = false;
  bool represents_vesting = false;
  std::uint32_t represents_b = 0, represents_e = 0;
  bool performance_definition = false, vesting_word = false, any_not_vesting = false;
  static const std::uint16_t w_certified = intern("certified"), w_satisfied = intern("satisfied"),
                             w_vesting = intern("vesting"), w_be = intern("be");
  bool certification_word = false;  // "certified", "satisfied"
  std::optional<std::pair<std::uint32_t, std::uint32_t>> performance_definition_span;

  // One pass over the final node stream: the sentences (split at '.' outside
  // parentheses), the item nodes in order (most passes below read only items,
  // a sixth of the nodes), and the words later passes ask about.
  struct Sentence { std::size_t b, e; };
  std::vector<Sentence> sentences;
  std::vector<std::uint32_t>& item_nodes = scratch.item_nodes;
  item_nodes.clear();
  {
    static const std::uint16_t w_vest = intern("vest"), w_number = intern("number"), w_psus = intern("psus");
    std::size_t start = 0;
    int depth = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      const Node& n = nodes[i];
      switch (n.kind) {
        case NK::item:
          item_nodes.push_back(static_cast<std::uint32_t>(i));
          if (n.itype == IT::vest_verb) vesting_word = true;
          // "the maximum number of PSUs that can be earned", "the actual number earned may range from 0% to
          // 150%": earning is the vesting of a performance award.
          if (n.itype == IT::performance && i > 0 && nodes[i - 1].kind == NK::word &&
              (nodes[i - 1].wid == w_be || nodes[i - 1].wid == w_number || nodes[i - 1].wid == w_psus) &&
              std::string_view(norm.text).substr(n.b, n.e - n.b).starts_with("earn"))
            vesting_word = true;
          if (n.itype == IT::not_vesting) any_not_vesting = true;
          break;
        case NK::word:
          if (n.wid == w_vesting || n.wid == w_vest) vesting_word = true;
          if (n.wid == w_certified || n.wid == w_satisfied) certification_word = true;
          break;
        case NK::punct:
          if (n.punct == '(') ++depth;
          else if (n.punct == ')' && depth > 0) --depth;
          else if (n.punct == '.' && (depth == 0 || i + 1 == nodes.size()) && !abbreviation(norm, nodes, i)) {
            if (i > start) sentences.push_back({start, i});
            start = i + 1;
            depth = 0;
          }
          break;
        default: break;
      }
    }
    if (start < nodes.size()) sentences.push_back({start, nodes.size()});
  }
  auto items_in = [&](std::size_t b, std::size_t e) {
    const auto lo = std::lower_bound(item_nodes.begin(), item_nodes.end(), static_cast<std::uint32_t>(b));
    const auto hi = std::lower_bound(lo, item_nodes.end(), static_cast<std::uint32_t>(e));
    return std::span<const std::uint32_t>(lo, hi);
  };
  static const std::uint16_t w_as = intern("as"), w_will = intern("will"), w_shall = intern("shall"),
                             w_on = intern("on"), w_upon = intern("upon"), w_in = intern("in"),
                             w_over = intern("over"), w_at = intern("at"), w_when = intern("when"),
                             w_ratably = intern("ratably"), w_equally = intern("equally"), w_if = intern("if"),
                             w_according = intern("according"), w_after = intern("after"),
                             w_immediately = intern("immediately"), w_pursuant = intern("pursuant");
  // Words that, inside a schedule clause, mean something the rules do not model.
  static const std::vector<std::uint16_t> danger = {intern("or"), intern("unless"), intern("except"), intern("if"),
                                                    intern("whichever"), intern("discretion"), intern("determined"),
                                                    intern("before"), intern("prior"), intern("later"), intern("earlier"),
                                                    // left over when no anchor rule read the anniversary
                                                    intern("anniversary"), intern("anniversaries"),
                                                    // amounts paired with dates no rule consumed ("1,200, 1,200 and 1,600, respectively")
                                                    intern("respectively"),
                                                    // an anchor given by an event is not a date ("commencing upon the closing of the IPO")
                                                    intern("closing"), intern("consummation"), intern("offering"),
                                                    // a start no rule read ("commencing in January 2024")
                                                    intern("commencing"), intern("beginning"), intern("starting")};
  // The same as a table by word id (looked up for every word of a schedule clause).
  static const std::vector<std::uint8_t> is_danger = [] {
    std::vector<std::uint8_t> t(*std::max_element(danger.begin(), danger.end()) + 1u, 0);
    for (auto id : danger) t[id] = 1;
    return t;
  }();

  constexpr std::uint64_t timing = bit(IT::when) | bit(IT::when_list) | bit(IT::cadence) | bit(IT::count) |
                                   bit(IT::over) | bit(IT::through) | bit(IT::start) | bit(IT::day_policy) |
                                   bit(IT::immediate) | bit(IT::until_full);

  for (const auto& s : sentences) {
    const std::span<const std::uint32_t> sentence_items = items_in(s.b, s.e);
    std::uint64_t mask = 0;
    bool vest_statement_words = false;  // "will vest", "vest on", "vests in" ...
    bool future_vest = false;           // "will vest", "shall become exercisable"
    // Not-a-schedule words: any strong sign ("acquired upon the exercise of"), only weak hints
    // ("converted", "sale"), and where the first that is not weak stands (node index).
    bool nv_strong = false, nv_only_weak = true;
    std::size_t first_nv = s.e, first_vest = s.e;
    bool all_vesting_past = true;  // every vest verb is "vested", in the past ("RSUs that vested on ...")
    for (const std::size_t i : sentence_items) {
      const Node& n = nodes[i];
      {
        const Item& it = pool[n.payload];
        if (it.type == IT::immediate && it.status_only) continue;
        mask |= bit(it.type);
        if (it.type == IT::portion && it.note == "dated") mask |= bit(IT::when);  // a table row states its date
        if (it.type == IT::not_vesting) {
          nv_strong |= it.note == "strong";
          if (it.note != "weak") {
            nv_only_weak = false;
            first_nv = std::min(first_nv, i);
          }
        }
        if (it.type == IT::vest_verb) {
          first_vest = std::min(first_vest, i);
          static const std::uint16_t w_become = intern("become"), w_becomes = intern("becomes"), w_is = intern("is"),
                                     w_are = intern("are");
          const std::uint16_t before = i > s.b && nodes[i - 1].kind == NK::word ? nodes[i - 1].wid : 0;
          const bool future = before && (before == w_will || before == w_shall);
          if (future) vest_statement_words = future_vest = true;
          // "RSUs that vested on ...", "were previously reported and vested on ...": history, unless a
          // state ("will be vested", "are vested").
          const bool state = future || (before && (before == w_be || before == w_become || before == w_becomes ||
                                                   before == w_is || before == w_are));
          all_vesting_past &= std::string_view(norm.text).substr(n.b, n.e - n.b) == "vested" && !state;
          if (i + 1 < s.e && nodes[i + 1].kind == NK::word) {
            const auto nx = nodes[i + 1].wid;
            if (nx && (nx == w_on || nx == w_upon || nx == w_in || nx == w_over || nx == w_at || nx == w_when ||
                       nx == w_ratably || nx == w_equally || nx == w_if || nx == w_as || nx == w_according ||
                       nx == w_after || nx == w_immediately))
              vest_statement_words = true;
            // "The RSUs vest pursuant to the Vesting Schedule (as defined in footnote (2))": elsewhere.
            if (nx == w_pursuant && std::string_view(norm.text).substr(n.b, n.e - n.b).starts_with("vest"))
              vest_statement_words = true;
          }
        }
      }
    }
    const bool only_past_vesting = first_vest != s.e && all_vesting_past;
    const std::uint32_t sb = nodes[s.b].b, se = nodes[s.e - 1].e;
    if (mask & bit(IT::represents_vesting)) {
      represents_vesting = true;
      for (const std::size_t i : sentence_items)
        if (nodes[i].itype == IT::represents_vesting) {
          represents_b = nodes[i].b;
          represents_e = nodes[i].e;
        }
      continue;
    }
    // "Vesting of the RSUs is as follows: ...", "Vesting schedule: ...": the header and the word say it.
    bool vesting_header = false;
    {
      // "Vesting: 1/4 on 3/1/26; 1/16 quarterly thereafter." — the word and a colon are the header.
      vesting_header = s.e - s.b >= 2 && nodes[s.b].kind == NK::word && nodes[s.b].wid == w_vesting &&
                       nodes[s.b + 1].kind == NK::punct && nodes[s.b + 1].punct == ':';
    }
    if (!vesting_header && (mask & bit(IT::header))) {
      for (std::size_t i = s.b; i < s.e && !vesting_header; ++i)
        vesting_header = (nodes[i].kind == NK::word && nodes[i].wid == w_vesting) ||
                         (nodes[i].kind == NK::item && nodes[i].itype == IT::header &&
                          std::string_view(norm.text).substr(nodes[i].b, nodes[i].e - nodes[i].b).starts_with("vesting"));
    }
    const bool has_vest = (mask & (bit(IT::vest_verb) | bit(IT::immediate))) || vesting_header;
    const bool has_timing = mask & timing;
    // "upon the achievement of performance goals as certified by the Committee on <date>",
    // "the performance condition was satisfied": the condition is history, what remains is time.
    bool performance_past = false;
    std::vector<std::size_t> certification_dates;  // node indices
    {
      static const std::uint16_t w_was = intern("was"), w_were = intern("were"), w_been = intern("been"),
                                 w_previously = intern("previously");
      // "after the performance metric was certified" (read as a note by "were earned based on <...>").
      static const std::uint16_t r_earned = comp.rule_index("were earned based on <...>");
      auto earned_note = [&](std::size_t i) {
        return i > s.b && nodes[i].itype == IT::condition && pool[nodes[i].payload].rule == r_earned;
      };
      if (!certification_word && (mask & bit(IT::condition)))  // only that note can make it so: read the items
        for (const std::size_t i : sentence_items) performance_past |= earned_note(i);
      for (std::size_t i = s.b + 1; certification_word && i < s.e; ++i) {
        const Node& n = nodes[i];
        if (n.kind == NK::item && earned_note(i)) performance_past = true;
        if (n.kind != NK::word || !(n.wid == w_certified || n.wid == w_satisfied)) continue;
        const Node& pv = nodes[i - 1];
        const bool next_previously = i + 1 < s.e && nodes[i + 1].kind == NK::word && nodes[i + 1].wid == w_previously;
        // ("shall vest ... as certified by the Committee" is the future: only "as certified previously" is past.)
        if (pv.kind == NK::word && (pv.wid == w_was || pv.wid == w_were || pv.wid == w_been || pv.wid == w_previously ||
                                    (pv.wid == w_as && next_previously))) {
          performance_past = true;
          // "... certified previously by the Committee on February 28, 2025": that date is the certification's.
          for (std::size_t j = i + 1; j < s.e && j < i + 12; ++j) {
            const Node& x = nodes[j];
            if (x.kind == NK::item && x.itype == IT::when) {
              certification_dates.push_back(j);
              break;
            }
            if (x.kind == NK::item || (x.kind == NK::punct && x.punct != ',')) break;
          }
        }
      }
      if (performance_past && (mask & bit(IT::performance))) {
        for (std::size_t i = s.b; i < s.e; ++i)
          if (nodes[i].kind == NK::item && nodes[i].itype == IT::performance)
            a.warning("performance_condition_met", "\"" + a.quote(nodes[i].b, nodes[i].e) +
                                                       "\" is stated as already achieved; only the time-based vesting is scheduled",
                      nodes[i].b, nodes[i].e);
        mask &= ~bit(IT::performance);
      }
    }
    const bool perf = mask & bit(IT::performance);
    auto whole_sentence_performance = [&] {
      any_vesting_language = true;
      performance_sentences.emplace_back(sb, se);
      explain("performance condition", sb, se);
    };
    if (perf && has_vest && !has_timing) {
      // "forfeited ... to cover tax withholdings, using the market price": not a condition on vesting.
      if (first_nv != s.e) continue;
      whole_sentence_performance();
      continue;
    }
    if (perf && !(mask & bit(IT::not_vesting))) {
      // A definition of a performance award ("the number of PSUs ... can be earned"; "the payout
      // factor is based on the achievement of ... metrics"): contingent if nothing else dates it.
      static const std::uint16_t r_stock_price = comp.rule_index("stock price"),
                                 r_price_of_stock = comp.rule_index("price of the common stock");
      for (const std::size_t i : sentence_items)
        if (nodes[i].itype == IT::performance) {
          const std::uint16_t r = pool[nodes[i].payload].rule;
          if (r != r_stock_price && r != r_price_of_stock) {
            performance_definition = true;
            if (!performance_definition_span) performance_definition_span = std::pair{sb, se};
          }
        }
    }
    // "vest in four annual installments ..., subject to the Company's achievement of
    // a threshold": every tranche is contingent, so no date is certain.
    bool performance_condition = false;
    std::optional<std::size_t> later_of;  // node index of "the later of"
    for (const std::size_t i : sentence_items) {
      if (nodes[i].itype == IT::condition && pool[nodes[i].payload].note == "performance")
        performance_condition = true;
      if (nodes[i].itype == IT::condition && pool[nodes[i].payload].note == "later_of" && !later_of) later_of = i;
    }
    if (performance_condition && has_vest && !performance_past) {
      whole_sentence_performance();
      continue;
    }
    // "vest on the later of the first anniversary of the grant date and the date the registration
    // statement becomes effective": an event can put vesting off indefinitely, so no date is certain.
    if (later_of && has_vest && !perf) {  // (a performance sentence is contingent anyway)
      any_vesting_language = true;
      unrecognized = true;
      a.error("unrecognized", "\"" + a.quote(nodes[*later_of].b, nodes[*later_of].e) + "\" in \"" + a.quote(sb, se) +
                                  "\": vesting at the later of two things is not read (either may be an event)",
              sb, se);
      continue;
    }
    if (!has_vest) {
      // "became convertible ... in three equal annual installments commencing on ...", "The vesting and
      // distribution ... will occur in five installments": installments of the award no verb rule read.
      if ((mask & bit(IT::count)) && (mask & (bit(IT::start) | bit(IT::cadence) | bit(IT::when))) &&
          !(mask & bit(IT::not_vesting))) {
        any_vesting_language = true;
        unrecognized = true;
        a.error("unrecognized", "installments not understood as vesting: \"" + a.quote(sb, se) + "\"", sb, se);
      }
      continue;
    }
    if (!has_timing) {
      // "The option will vest ... upon the first commercial sale of ...": a future vesting on an event
      // is vesting language even beside a word such as "sale" (only a strong not-a-schedule sign,
      // "acquired upon the exercise of", makes it something else).
      if (vest_statement_words && (!(mask & bit(IT::not_vesting)) || (future_vest && !nv_strong))) {
        any_vesting_language = true;
        unrecognized = true;
        a.error("unrecognized", "vesting language not understood: \"" + a.quote(sb, se) + "\"", sb, se);
      }
      continue;
    }
    // A strong sign ("acquired upon the exercise of"): the schedule is of something else. Only weak
    // hints ("will be converted", "sale"): a dated vesting outweighs them.
    // "The RSUs vest on March 1, 2026, and unvested units are forfeited upon termination": a schedule
    // stated first, in the present or future, is not undone by what the sentence says after it
    // ("Shares withheld upon the vesting of RSUs that vested on ..." names the other thing first).
    bool schedule_first = false;
    if (!nv_strong && first_vest < first_nv) {
      const std::string_view verb = std::string_view(norm.text).substr(nodes[first_vest].b, nodes[first_vest].e - nodes[first_vest].b);
      bool timing_before_nv = false;
      for (std::size_t i = first_vest; i < first_nv; ++i)
        if (nodes[i].kind == NK::item && (bit(nodes[i].itype) & timing)) timing_before_nv = true;
      schedule_first = verb != "vested" && timing_before_nv;
    }
    // Vesting only in the past beside a not-a-schedule sign ("Shares withheld for taxes upon vesting of RSUs
    // that vested on each of ..."): the footnote is about the other thing, whatever the dates.
    if ((mask & bit(IT::not_vesting)) && !schedule_first &&
        ((!nv_only_weak && (nv_strong || !(mask & (bit(IT::portion) | bit(IT::count) | bit(IT::cadence) |
                                                     bit(IT::when_list))))) ||
         only_past_vesting))
      continue;
    any_vesting_language = true;

    // Clauses.
    std::vector<Clause> clauses;
    Clause cur;
    auto flush = [&] {
      if (cur.mask) clauses.push_back(std::move(cur));
      cur = Clause{};
    };
    for (std::size_t i = s.b; i < s.e; ++i) {
      const Node& n = nodes[i];
      if (n.kind == NK::punct && n.punct == ';') {
        flush();
        continue;
      }
      if (n.kind != NK::item) continue;
      const Item& it = pool[n.payload];
      switch (it.type) {
        case IT::vest_verb:
        case IT::condition:
        case IT::definition:
        case IT::exercisable_now:
        case IT::not_vesting:
          continue;
        default: break;
      }
      if (it.type == IT::immediate && it.status_only) continue;
      if (it.type == IT::performance && performance_past) continue;
      if (std::find(certification_dates.begin(), certification_dates.end(), i) != certification_dates.end()) continue;
      const bool has_timing_now = cur.mask & timing;
      const bool preamble_only = (cur.mask & ~(bit(IT::over) | bit(IT::count) | bit(IT::header))) == 0;
      // "On each three-month anniversary of the grant date, 1/12th of the units vest": a leading
      // recurrence (a start or cadence, nothing dated or counted yet) belongs to the portion after it.
      const bool leading_recurrence = (cur.mask & ~(bit(IT::start) | bit(IT::cadence) | bit(IT::day_policy) |
                                                    bit(IT::header) | bit(IT::thereafter))) == 0 &&
                                      (cur.has(IT::start) || cur.has(IT::cadence));
      const bool each_size = it.type == IT::portion && it.note == "each" && cur.has(IT::count) && !cur.has(IT::portion);
      if (it.type == IT::portion && !leading_recurrence && !each_size &&
          (cur.has(IT::portion) || (has_timing_now && (!cur.has(IT::header) || preamble_only))))
        flush();
      else if (it.type == IT::when_list && cur.has(IT::when_list)) flush();
      else if ((it.type == IT::thereafter || it.type == IT::cadence || it.type == IT::count) &&
               cur.has(IT::when) && !cur.has(IT::cadence) && !cur.has(IT::count) && !cur.has(IT::start))
        flush();
      else if (it.type == IT::when && cur.has(IT::when) && !cur.has(IT::cadence) && !cur.has(IT::count) &&
               cur.has(IT::portion))
        flush();
      if (cur.items.empty()) {
        cur.b = it.b;
        cur.nb = i;
      }
      cur.e = it.e;
      cur.items.push_back(n.payload);
      cur.mask |= bit(it.type);
      if (it.type == IT::portion && it.note == "dated") cur.mask |= bit(IT::when);
    }
    flush();
    // A clause that only states a start ("; the first installment vested on X")
    // belongs to the installments before it.
    // (One compacting pass: linear however many clauses a sentence has.)
    if (!clauses.empty()) {
      std::size_t kept = 0;
      for (std::size_t ci = 1; ci < clauses.size(); ++ci) {
        Clause& cl = clauses[ci];
        Clause& pr = clauses[kept];
        // "vest on a quarterly basis over three years beginning on X, with 1/12 of the units
        // vesting on each quarterly vesting date": the size of each installment, after them.
        bool size_after = false;
        if ((cl.mask & ~(bit(IT::portion) | bit(IT::cadence) | bit(IT::header))) == 0 && cl.has(IT::portion) &&
            !pr.has(IT::portion) && pr.has(IT::cadence) && !pr.has(IT::when) && !pr.has(IT::when_list)) {
          int portions = 0, cadences = 0;
          bool same_period = true;
          const Item* pc = nullptr;
          for (auto idx : pr.items)
            if (pool[idx].type == IT::cadence) pc = &pool[idx];
          for (auto idx : cl.items) {
            const Item& x = pool[idx];
            if (x.type == IT::portion) portions += x.pkind == Item::PortionKind::fraction ? 1 : 2;
            if (x.type == IT::cadence) {
              ++cadences;
              same_period &= pc && x.has_period && pc->has_period && x.period == pc->period;
            }
          }
          size_after = portions == 1 && cadences <= 1 && same_period;
        }
        if (size_after) {
          for (auto idx : cl.items)
            if (pool[idx].type == IT::portion) {
              pr.items.insert(pr.items.begin(), idx);  // the portion first, as if it had been written there
              pr.mask |= bit(IT::portion);
            }
          pr.e = cl.e;
        } else if ((cl.mask & ~(bit(IT::start) | bit(IT::header))) == 0 && !pr.has(IT::start) &&
            (pr.has(IT::cadence) || pr.has(IT::count))) {
          pr.items.insert(pr.items.end(), cl.items.begin(), cl.items.end());
          pr.mask |= cl.mask;
          pr.e = cl.e;
        } else {
          if (++kept != ci) clauses[kept] = std::move(cl);
        }
      }
      clauses.resize(kept + 1);
    }
    // A leading clause that only says "over four years" or "in three
    // installments" before the clauses that date them is a preamble: it states
    // nothing of its own and is cross-checked against the whole schedule.
    std::size_t lead = 0;
    while (lead + 1 < clauses.size()) {
      const Clause& cl = clauses[lead];
      if ((cl.mask & ~(bit(IT::over) | bit(IT::count) | bit(IT::header))) != 0 || !(cl.mask & (bit(IT::over) | bit(IT::count))))
        break;
      for (auto idx : cl.items)
        if (pool[idx].type == IT::over || pool[idx].type == IT::count) preambles.push_back(idx);
      explain("preamble (cross-checked against the schedule)", cl.b, cl.e);
      ++lead;
    }
    clauses.erase(clauses.begin(), clauses.begin() + static_cast<std::ptrdiff_t>(lead));
    if (perf) {
      // Performance words inside a clause with its own portion make that
      // clause a contingent part of a mixed schedule ("50% on DATE and 50%
      // upon achievement of the milestone"); anywhere else the whole sentence
      // is contingent.
      bool clause_level = true, any_dated = false;
      for (const auto& cl : clauses) {
        if (cl.has(IT::performance) && (!cl.has(IT::portion) || pool[cl.items.front()].type != IT::portion))
          clause_level = false;
        if (!cl.has(IT::performance) && (cl.mask & timing)) any_dated = true;
      }
      std::size_t perf_items = 0, in_clauses = 0;
      for (std::size_t i = s.b; i < s.e; ++i)
        if (nodes[i].kind == NK::item && nodes[i].itype == IT::performance) ++perf_items;
      for (const auto& cl : clauses)
        for (auto idx : cl.items) in_clauses += pool[idx].type == IT::performance;
      if (!clause_level || !any_dated || in_clauses != perf_items) {
        whole_sentence_performance();
        continue;
      }
    }
    // "33%, 33% and 34% on the first, second and third anniversaries of the grant date,
    // respectively"; "On each of A, B and C, the following numbers of units vest: 1,200, 1,200 and
    // 1,600, respectively": k amounts paired in order with k dates. Anything else with
    // "respectively" stays not understood (the danger words below).
    if (auto paired = pair_respectively(nodes, s.b, s.e, pool)) {
      for (auto& st : *paired) statements.push_back(std::move(st));
      continue;
    }
    // Danger words inside a clause: the clause says something not modelled.
    static const std::uint16_t w_or = intern("or"), w_each = intern("each"), w_every = intern("every");
    for (std::size_t ci = 0; ci < clauses.size(); ++ci) {
      const Clause& cl = clauses[ci];
      if (cl.has(IT::performance)) continue;  // a contingent portion has no dates to get wrong
      // The clause's words run to the next clause (or the sentence's end).
      // The first clause's words start with the sentence ("vest on the anniversary of <when>").
      const std::size_t until = ci + 1 < clauses.size() ? clauses[ci + 1].nb : s.e;
      for (std::size_t i = ci == 0 ? s.b : cl.nb; i < until; ++i) {
        const Node& n = nodes[i];
        if (n.kind == NK::month_day) {  // a date no rule placed in a year ("on November 30 and February 28, 2025")
          unrecognized = true;
          a.error("unrecognized", "\"" + a.quote(n.b, n.e) + "\" in \"" + a.quote(cl.b, cl.e) + "\" is not understood (a date without a year)",
                  cl.b, cl.e);
          break;
        }
        if (n.kind != NK::word || n.wid == 0) continue;
        // "on each third Vesting Date": every n-th of a series, which no rule reads.
        if ((n.wid == w_each || n.wid == w_every) && i + 1 < until && nodes[i + 1].kind == NK::ordinal) {
          unrecognized = true;
          a.error("unrecognized", "\"" + a.quote(n.b, nodes[i + 1].e) + "\" in \"" + a.quote(cl.b, cl.e) +
                                      "\" (every n-th date of a series) is not understood",
                  cl.b, cl.e);
          break;
        }
        // "on each three-month anniversary of <when>" read as one date: a recurrence no rule consumed.
        if (n.wid == w_each && i + 1 < until && nodes[i + 1].kind == NK::item && nodes[i + 1].itype == IT::when &&
            !cl.has(IT::cadence) && !cl.has(IT::count)) {
          unrecognized = true;
          a.error("unrecognized", "\"each\" before \"" + a.quote(nodes[i + 1].b, nodes[i + 1].e) +
                                      "\" is a recurrence the rules did not read", cl.b, cl.e);
          break;
        }
        if (n.wid == w_or) {
          // "on or following the vesting dates" is settlement wording; "or on <date>" is an alternative.
          const Node* nx = i + 1 < s.e ? &nodes[i + 1] : nullptr;
          if (!nx || !((nx->kind == NK::item && (nx->itype == IT::when || nx->itype == IT::when_list)) ||
                       (nx->kind == NK::word && (nx->wid == w_on || nx->wid == w_upon || nx->wid == w_at))))
            continue;
        }
        if (n.wid < is_danger.size() && is_danger[n.wid]) {
          unrecognized = true;
          a.error("unrecognized", "\"" + a.quote(n.b, n.e) + "\" in \"" + a.quote(cl.b, cl.e) +
                                      "\" is not understood (an alternative or exception the rules do not model)",
                  cl.b, cl.e);
          break;
        }
      }
    }
    for (const auto& cl : clauses) {
      // A clause with no timing at all is a header ("vest in 25% installments as follows:").
      if (!(cl.mask & timing) && !(cl.mask & bit(IT::performance))) {
        explain("header (no schedule of its own)", cl.b, cl.e);
        // "Of the 90,000 RSUs, ...": the total stated must be the grant.
        for (auto idx : cl.items) {
          const Item& it = pool[idx];
          if (it.type == IT::portion && it.pkind == Item::PortionKind::shares && gc.shares && it.shares != *gc.shares)
            a.error("cross_check_failed", "\"" + a.quote(it) + "\" but the grant is " + gc.shares->to_string() + " shares",
                    it.b, it.e);
        }
        continue;
      }
      std::optional<Statement> st;
      for (const ClauseRule* r : comp.clause_rules) {
        st = r->produce(cl, pool);
        if (st) {
          st->rule = r->name;
          st->b = cl.b;
          st->e = cl.e;
          break;
        }
      }
      if (!st) {
        unrecognized = true;
        a.error("unrecognized", "vesting clause not understood: \"" + a.quote(cl.b, cl.e) + "\"", cl.b, cl.e);
        continue;
      }
      statements.push_back(std::move(*st));
    }
  }

  // Document-wide items: conditions and exercisability.
  for (const std::uint32_t i : item_nodes) {
    const Item& it = pool[nodes[i].payload];
    if (it.type == IT::condition && !it.note.empty() && it.note != "note") {
      Condition c;
      c.kind = it.note;
      c.text = condition_text(a, it);
      c.provenance = {comp.names.empty() ? std::string("condition") : std::string("condition"), {a.span(it.b, it.e)}};
      out.conditions.push_back(std::move(c));
      explain(comp.rules[it.rule]->name, it.b, it.e);
    } else if (it.type == IT::exercisable_now) {
      out.exercisable_immediately = true;
      explain(comp.rules[it.rule]->name, it.b, it.e);
    }
  }

  for (const auto& st : statements)
    if (st.portion && pool[*st.portion].note == "ambiguous") {
      const Item& p0 = pool[*st.portion];
      a.error("unrecognized", "\"" + a.quote(p0) + "\" may give the size of each installment or their number: not understood",
              p0.b, p0.e);
      unrecognized = true;
    }
  if (unrecognized) {
    out.kind = Kind::unrecognized;
    return out;
  }
  // "The conversion ratio ... will be determined based on the increase in the share price over the
  // performance period. The units are scheduled to vest on January 1, 2016.": the date is when what is
  // earned vests; how many shares is contingent, so none of them is dated.
  if (performance_definition && performance_sentences.empty() && !statements.empty() && !represents_vesting) {
    bool all_dated = true;
    for (const auto& st : statements) all_dated &= st.shape != Statement::Shape::contingent;
    if (all_dated) {
      a.warning("performance_award", "the award's size depends on the performance conditions stated, so the dates stated do "
                                     "not make any share certain",
                performance_definition_span->first, performance_definition_span->second);
      statements.clear();
      performance_sentences.push_back(*performance_definition_span);
      explain("performance condition", performance_definition_span->first, performance_definition_span->second);
    }
  }
  if (represents_vesting && statements.empty()) {
    Statement st;
    st.shape = Statement::Shape::immediate;
    st.rule = "represents the vesting of <award>";
    st.b = represents_b;
    st.e = represents_e;
    statements.push_back(st);
  }
  if (statements.empty() && performance_sentences.empty() && out.exercisable_immediately) {
    // An early-exercise option whose vesting schedule is not stated is not immediate vesting.
    a.error("unrecognized", "the option is immediately exercisable but the footnote does not state its vesting schedule", 0,
            static_cast<std::uint32_t>(norm.text.size()));
    out.kind = Kind::unrecognized;
    return out;
  }
  if (statements.empty() && performance_sentences.empty() && !any_vesting_language && performance_definition &&
      vesting_word && !represents_vesting) {
    // Nothing dated, only what the award's performance conditions are: all of it is contingent.
    performance_sentences.push_back(*performance_definition_span);
    explain("performance condition", performance_definition_span->first, performance_definition_span->second);
  }
  if (statements.empty() && performance_sentences.empty() && !any_vesting_language && !any_not_vesting &&
      !represents_vesting) {
    // "On March 18, 2021, the reporting person was granted 20,991 restricted stock units.": a grant
    // whose vesting the footnote does not state is not "not about vesting".
    // (Only a sentence about the grant itself: "units previously granted on X" describes an old award.)
    static const std::uint16_t r_was_granted = comp.rule_index("on <date>, the reporting person was granted"),
                               r_granted_on = comp.rule_index("granted on <date>");
    for (const Item& it : pool)
      if (it.type == IT::definition && it.note == "grant" &&
          (it.rule == r_was_granted ||
           // "Represents restricted stock units granted to the reporting person on <date>": the row is the grant
           (it.rule == r_granted_on &&
            (norm.text.starts_with("represents") || norm.text.starts_with("reflects"))))) {
        a.error("unrecognized", "the footnote states a grant (\"" + a.quote(it) + "\") but not how it vests", it.b, it.e);
        out.kind = Kind::unrecognized;
        return out;
      }
  }
  if (statements.empty() && performance_sentences.empty()) {
    out.kind = any_vesting_language ? Kind::unrecognized : Kind::not_vesting;
    out.conditions.clear();
    if (out.kind == Kind::not_vesting) out.explain.clear();
    return out;
  }

  // ---- statements → spec
  ScheduleSpec spec;
  spec.total_shares = gc.shares.value_or(Amount(0));
  spec.grant_date = a.grant;
  spec.vesting_commencement = a.vcd;
  bool any_dated = false, any_contingent = !performance_sentences.empty(), all_immediate = true;
  for (const auto& st : statements) {
    if (st.shape == Statement::Shape::contingent) any_contingent = true;
    else any_dated = true;
    if (st.shape != Statement::Shape::immediate) all_immediate = false;
  }
  out.kind = any_dated && any_contingent ? Kind::mixed
             : any_contingent            ? Kind::performance
             : all_immediate             ? Kind::immediate
                                         : Kind::time_based;

  // Portions: explicit fractions so far, for "until fully vested" and per-installment counts.
  Fraction stated_sum;
  bool stated_shares = false;
  Amount shares_sum;
  struct Pending { std::size_t statement; Fraction stated; std::uint32_t b, e; };
  std::vector<Pending> stated_remainders;

  auto remaining_after = [&]() -> std::optional<Fraction> {
    if (stated_shares) {
      if (!gc.shares || gc.shares->is_zero()) return std::nullopt;
      return Fraction(1) - stated_sum - shares_sum / *gc.shares;
    }
    return Fraction(1) - stated_sum;
  };

  std::int64_t total_dates = 0;            // for a preamble's "in three installments"
  std::optional<Date> first_base;          // for a preamble's "over four years"
  for (std::size_t si = 0; si < statements.size(); ++si) {
    if (si == 1 && a.prev_end) first_base = a.prev_base;
    const Statement& st = statements[si];
    Segment seg;
    seg.provenance.rule = st.rule;
    seg.provenance.spans.push_back(a.span(st.b, st.e));
    explain(st.rule, st.b, st.e);
    const bool last = si + 1 == statements.size();
    const Item* portion = st.portion ? &pool[*st.portion] : nullptr;
    if (portion) {
      seg.provenance.spans.push_back(a.span(portion->b, portion->e));
      explain(comp.rules[portion->rule]->name, portion->b, portion->e);
    }

    // The portion as a fraction of the grant, or shares, or the remainder.
    auto set_portion_total = [&](std::optional<Fraction> total_fraction) {
      if (!portion) {
        seg.portion = si == 0 && last ? Portion::all() : Portion::remainder();
        if (!(si == 0 && last) && !last && si == 0) {
          a.error("portion_missing", "\"" + a.quote(st.b, st.e) + "\" does not say how much vests", st.b, st.e);
        }
        return;
      }
      if (portion->pkind == Item::PortionKind::remainder) {
        seg.portion = Portion::remainder();
        if (portion->stated)
          stated_remainders.push_back({si, total_fraction ? *total_fraction : portion->fraction, portion->b, portion->e});
        return;
      }
      if (portion->pkind == Item::PortionKind::shares) {
        seg.portion = Portion::fixed_shares(portion->shares);
        stated_shares = true;
        shares_sum += portion->shares;
        return;
      }
      const Fraction f = total_fraction ? *total_fraction : portion->fraction;
      seg.portion = Portion::of_grant(f);
      stated_sum += f;
    };

    switch (st.shape) {
      case Statement::Shape::immediate: {
        if (!a.grant) {
          a.error("needs_grant_date", "needs grant_date: \"" + a.quote(st.b, st.e) + "\" vests on the grant date, which is not given",
                  st.b, st.e);
          break;
        }
        seg.shape = LumpSegment{*a.grant};
        ++total_dates;
        set_portion_total(std::nullopt);
        a.set_prev(*a.grant, 0);
        break;
      }
      case Statement::Shape::lump: {
        const Item& w = pool[*st.when];
        explain(comp.rules[w.rule]->name, w.b, w.e);
        auto d = a.resolve(w.when, w.b, w.e);
        if (!d) break;
        seg.shape = LumpSegment{*d};
        ++total_dates;
        set_portion_total(std::nullopt);
        if (auto base = a.resolve_base(w.when, w.b, w.e)) a.set_prev(base->first, base->second);
        break;
      }
      case Statement::Shape::date_list: {
        std::vector<Date> dates;
        for (const auto& wd : st.dates) {
          auto d = a.resolve(wd, st.b, st.e);
          if (!d) break;
          dates.push_back(*d);
        }
        if (a.failed) break;
        const auto n = static_cast<std::int64_t>(dates.size());
        if (st.count) {
          const Item& c = pool[*st.count];
          if (c.n != n)
            a.error("cross_check_failed", "\"" + a.quote(c) + "\" says " + std::to_string(c.n) +
                                              " installments but the dates listed are " + std::to_string(n),
                    st.b, st.e);
        }
        std::optional<Fraction> total;
        if (portion && portion->pkind == Item::PortionKind::shares) {
          // "1,000 shares on each of ..." states each installment; "Includes 13,333 RSUs ..., which
          // vest in two equal installments on each of A and B" (a count, or the whole grant) states the total.
          const bool whole = st.count || (gc.shares && portion->shares == *gc.shares && n > 1 && si == 0 && last);
          Amount each = portion->shares;
          if (!whole)
            for (std::int64_t i = 1; i < n; ++i) each += portion->shares;
          seg.portion = Portion::fixed_shares(each);
          stated_shares = true;
          shares_sum += each;
        } else if (portion) {
          // Per date ("one-third ... on each of", "20% increments on each of")
          // unless that overshoots what is left and the whole portion fits.
          const Fraction per_date_total = portion->fraction * Fraction(n);
          auto left = remaining_after();
          const bool fits_per_date = left && per_date_total <= *left;
          if (portion->pkind == Item::PortionKind::remainder) {
            if (portion->stated && fits_per_date && n > 1) total = per_date_total;
            else if (portion->stated) total = portion->fraction;
          } else if (portion->per_installment || fits_per_date) {
            total = per_date_total;
          } else {
            total = portion->fraction;
          }
          set_portion_total(total);
        } else {
          set_portion_total(std::nullopt);
        }
        std::vector<Date> sorted = dates;
        if (!std::is_sorted(sorted.begin(), sorted.end()) ||
            std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
          a.error("dates_not_increasing", "the dates listed in \"" + a.quote(st.b, st.e) + "\" are not increasing", st.b,
                  st.e);
          break;
        }
        if (auto base = a.resolve_base(st.dates.back(), st.b, st.e)) a.set_prev(base->first, base->second);
        total_dates += n;
        if (st.over) {  // "over a three year period on each of the succeeding three anniversaries of X"
          const Item& ov = pool[*st.over];
          const auto om = ov.period.in_months();
          if (!om || a.prev_months != *om)
            a.error("cross_check_failed", "\"" + a.quote(ov) + "\" does not match the dates listed (the last is " +
                                              to_iso(dates.back()) + ")",
                    ov.b, ov.e);
        }
        seg.shape = DateListSegment{std::move(dates)};
        break;
      }
      case Statement::Shape::installments: {
        // Period and day-of-month policy.
        std::optional<Period> period;
        DayOfMonthPolicy policy = DayOfMonthPolicy::vesting_start_day();
        std::uint16_t named = 0;
        const Item* cad = st.cadence ? &pool[*st.cadence] : nullptr;
        const Item* cnt = st.count ? &pool[*st.count] : nullptr;
        const Item* over = st.over ? &pool[*st.over] : nullptr;
        const Item* thr = st.through ? &pool[*st.through] : nullptr;
        const Item* dp = st.day_policy ? &pool[*st.day_policy] : nullptr;
        for (const Item* x : {cad, cnt, over, thr, dp})
          if (x) explain(comp.rules[x->rule]->name, x->b, x->e);
        if (cad && cad->named) named = cad->named;
        if (cad && cad->has_period) period = cad->period;
        if (cnt && cnt->has_period) {
          if (period && !(*period == cnt->period))
            a.error("cross_check_failed", "\"" + a.quote(*cnt) + "\" and \"" + a.quote(*cad) + "\" state different periods",
                    st.b, st.e);
          period = cnt->period;
        }
        if (dp && dp->has_period && !period) period = dp->period;
        if (st.on_days && pool[*st.on_days].has_period) {  // the days listed, spread evenly over the year
          const Item& od = pool[*st.on_days];
          if (!period) period = od.period;
          if (od.has_policy) policy = od.policy;
        }
        if (st.start && pool[*st.start].has_period) {  // "on each monthly anniversary of X"
          const Period sp = pool[*st.start].period;
          if (period && !(*period == sp))
            a.error("cross_check_failed", "\"" + a.quote(pool[*st.start]) + "\" and the cadence state different periods",
                    st.b, st.e);
          period = sp;
        }
        if (dp && dp->has_policy) policy = dp->policy;
        if (cad && cad->has_policy) policy = cad->policy;
        if (dp && !dp->note.empty()) a.warning("assumption", dp->note, dp->b, dp->e);
        // A calendar day rule ("the last day of each calendar quarter", "each February 15, May 15, ..."): its
        // own period must agree with the cadence; the series is re-anchored on its days below.
        const Item* cal_item = dp && dp->calendar.ok() ? dp : st.on_days && pool[*st.on_days].calendar.ok() ? &pool[*st.on_days] : nullptr;
        if (cal_item && !calendar_period_agrees(a, *cal_item, period)) break;
        if (!period && !named && cnt && over) period = period_from_count_and_span(*cnt, *over);
        if (!period && !named) {
          a.error("unrecognized", "installments without a period: \"" + a.quote(st.b, st.e) + "\"", st.b, st.e);
          break;
        }
        // Anchor.
        // Series step from the original anchor: "beginning on the first
        // anniversary of <grant>" is grant + k years, and "monthly thereafter"
        // after a cliff on grant + 12 months is grant + (12 + k) months.
        const int pm = period ? period->in_months().value_or(0) : 0;
        Date anchor{};
        int first_step = 1;
        auto from_base = [&](Date base, int months, int step0) {
          if (pm > 0 && months % pm == 0) {
            anchor = base;
            first_step = months / pm + step0;
          } else {
            anchor = months ? add_months(base, months) : base;
            first_step = step0;
          }
        };
        if (st.start) {
          const Item& s0 = pool[*st.start];
          explain(comp.rules[s0.rule]->name, s0.b, s0.e);
          if (s0.note == "needs_count" && !(cnt && cnt->has_period && cnt->period == Period::years(1))) {
            a.error("unrecognized", "\"" + a.quote(s0) + "\" (one anniversary, or each of them) is not understood "
                                    "without a number of annual installments",
                    s0.b, s0.e);
            break;
          }
          auto base = a.resolve_base(s0.when, s0.b, s0.e);
          if (!base) break;
          int step0 = s0.first_step;
          // "quarterly over a four year period commencing on the date of grant": the period starts on
          // the grant (or vesting commencement) date, its first installment one period later. Without
          // a stated span, "beginning on the grant date" could be either: not guessed.
          // ("25% per year over four years beginning May 27, 2021", the grant date itself, is the same question.)
          const bool at_anchor = (s0.when.ref == When::Ref::grant || s0.when.ref == When::Ref::vcd) && s0.when.months == 0 && s0.when.days == 0 &&
                                 !s0.when.fixed_day && !s0.has_period;
          const bool at_grant_date = s0.when.ref == When::Ref::absolute && s0.when.months == 0 && s0.when.days == 0 && !s0.when.fixed_day &&
                                     a.grant && s0.when.date == *a.grant && !s0.has_period;
          if (step0 == 0 && s0.note != "first_installment" && (at_anchor || (at_grant_date && over))) {
            a.error("unrecognized", "\"" + a.quote(s0) + "\" may put the first installment on the grant date or start a vesting "
                                    "period whose first installment is one period later",
                    s0.b, s0.e);
            break;
          }
          from_base(base->first, base->second, step0);
          // "... on each monthly anniversary of the Vesting Commencement Date thereafter", after a cliff: the
          // recurrence's dates after the previous statement's last date (not from the anchor again).
          if (s0.has_period && a.prev_end && period && !continue_recurrence(a, s0, st.thereafter, *period, anchor, first_step))
            break;
        } else if (a.prev_end) {
          from_base(a.prev_base, a.prev_months, 1);
        } else if ((over && (over->note.empty() ||
                             (si == 0 && !(portion && portion->pkind == Item::PortionKind::remainder)))) ||
                   (cnt && si == 0 && last && !thr && !portion && !any_not_vesting)) {
          // ("for the following five years" as the first statement follows the grant.)
          // "in equal annual installments over four years", "The RSUs vest in three equal annual
          // installments" (the whole grant, nothing before it, in a footnote about nothing
          // else such as withholding): from the grant date, or from the vesting commencement date
          // when the footnote states one (that is the date vesting counts from).
          When g;
          g.ref = a.vcd ? When::Ref::vcd : When::Ref::grant;
          auto d = a.anchor_date(g, st.b, st.e);
          if (!d) break;
          from_base(*d, 0, 1);
        } else {
          // After an earlier date failed to resolve (a missing grant date) this is only its echo.
          if (!a.failed)
            a.error("needs_anchor", "\"" + a.quote(st.b, st.e) + "\" does not say when the installments begin", st.b, st.e);
          break;
        }
        if (cal_item && !anchor_on_calendar(a, *cal_item, st.start ? &pool[*st.start] : nullptr, *period, anchor, first_step, policy))
          break;
        if (st.start_check && period) {  // "..., commencing Y": Y must be the first installment
          const Item& c0 = pool[*st.start_check];
          explain(comp.rules[c0.rule]->name, c0.b, c0.e);
          auto y = a.resolve(c0.when, c0.b, c0.e);
          if (!y) break;
          const Date first = step(anchor, *period, first_step, policy);
          if (first != *y)
            a.error("cross_check_failed", "\"" + a.quote(c0) + "\" (" + to_iso(*y) + ") is not the first installment, " +
                                              to_iso(first),
                    c0.b, c0.e);
        }
        // Count: every statement of it must agree.
        struct Claim { int n; std::string text; };
        std::vector<Claim> claims;
        if (cnt) claims.push_back({cnt->n, a.quote(*cnt)});
        std::optional<std::size_t> over_claim;
        if (over && period) {
          const int om = over->period.in_months().value_or(0);
          over_claim = claims.size();
          if (pm > 0 && om > 0 && om % pm == 0) claims.push_back({om / pm, a.quote(*over)});
          else if (period->unit == over->period.unit && over->period.count % period->count == 0)
            claims.push_back({over->period.count / period->count, a.quote(*over)});
          else
            a.error("cross_check_failed", "\"" + a.quote(*over) + "\" is not a whole number of " + to_string(*period) +
                                              " periods",
                    over->b, over->e);
        }
        std::optional<Date> through_date;
        if (thr) {
          through_date = a.resolve(thr->when, thr->b, thr->e);
          if (!through_date) break;
          if (period && pm > 0) {
            const date::year_month_day x{anchor}, y{*through_date};
            const int months = (static_cast<int>(y.year()) - static_cast<int>(x.year())) * 12 +
                               (static_cast<int>(unsigned(y.month())) - static_cast<int>(unsigned(x.month())));
            if (months % pm == 0 && months / pm - first_step + 1 >= 1)
              claims.push_back({months / pm - first_step + 1, a.quote(*thr)});
            else
              a.error("cross_check_failed", "\"" + a.quote(*thr) + "\" (" + to_iso(*through_date) +
                                                ") is not a whole number of " + to_string(*period) + " periods after " +
                                                to_iso(anchor),
                      thr->b, thr->e);
          }
        }
        // "12.5% vested on April 15, 2022 and the remaining RSUs vest 12.5% in semi-annual installments over the
        // four-year period ending October 15, 2025": the span counts the whole award's dates (the earlier ones
        // too); it is then checked as a preamble is, against the whole schedule.
        if (over_claim && thr && claims.size() == *over_claim + 2 && total_dates > 0 &&
            claims[*over_claim].n == claims.back().n + total_dates) {
          claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(*over_claim));
          preambles.push_back(*st.over);
        }
        // Per-installment portions ("1/48th ... monthly thereafter").
        std::optional<Fraction> per;
        const bool portion_is_fraction = portion && portion->pkind == Item::PortionKind::fraction;
        if (portion_is_fraction && (portion->per_installment || !cnt)) per = portion->fraction;
        std::optional<Fraction> left = remaining_after();
        // "1/8 will vest on X and quarterly thereafter, such that ... by Y": the 1/8 may be each
        // installment's or the first date's alone. Both readings must agree, or it is not guessed.
        std::optional<Fraction> inherited;
        // ("thereafter in monthly installments over 24 months" states its own size: the rest.)
        if (!portion && st.thereafter && !cnt && !over && si > 0 && statements[si - 1].shape == Statement::Shape::lump &&
            statements[si - 1].portion) {
          const Item& pp = pool[*statements[si - 1].portion];
          if (pp.pkind == Item::PortionKind::fraction) inherited = pp.fraction;
        }
        // "2.0833% on the first day of each month thereafter": 1/48 written to four decimals. The
        // stated percentage is accepted as a rounding of left/n only when it is exactly that
        // value rounded to the decimals written (and the installments are then exactly left/n).
        auto rounded_share = [&](const Fraction& exact) -> bool {
          const std::string txt = a.quote(*portion);
          const auto dot = txt.find('.'), pct = txt.find('%');
          if (dot == std::string::npos || pct == std::string::npos || dot > pct) return false;
          int decimals = 0;
          for (std::size_t i = dot + 1; i < txt.size() && txt[i] >= '0' && txt[i] <= '9'; ++i) ++decimals;
          if (decimals < 2 || decimals > 6) return false;
          Fraction scale(1);
          for (int i = 0; i < decimals; ++i) scale = scale * Fraction(10);
          // percent units × 10^decimals, rounded half up, must equal the written digits
          const Fraction written = *per * Fraction(100) * scale, value = exact * Fraction(100) * scale;
          if (written.denominator() != 1) return false;
          const Fraction half(1, 2);
          const Fraction up = value + half;
          const BigInt floor_up = up.numerator() / up.denominator();
          return Fraction(floor_up) == written && !(exact == *per);
        };
        // What is left divided by an installment's size, when that is a whole number of installments.
        auto whole_count = [](const Fraction& q) -> std::optional<int> {
          if (q.denominator() == 1 && q.numerator() >= 1 && q.numerator() <= 1200) return static_cast<int>(q.numerator());
          return std::nullopt;
        };
        bool rounded = false;
        if (per && claims.empty() && left && last) {
          const Fraction q = *left / *per;
          const BigInt nearest = (q + Fraction(1, 2)).numerator() / (q + Fraction(1, 2)).denominator();
          if (auto n = whole_count(q)) {
            claims.push_back({*n, a.quote(*portion) + " of the grant each time"});
          } else if (nearest >= 1 && nearest <= 1200 && rounded_share(*left / Fraction(nearest))) {
            const int n = static_cast<int>(nearest);
            rounded = true;
            a.warning("rounded_percentage", "\"" + a.quote(*portion) + "\" read as " + (*left / Fraction(n)).to_string() +
                                                " of the grant (the rest divided into " + std::to_string(n) +
                                                " equal installments, rounded in the text)",
                      portion->b, portion->e);
            claims.push_back({n, a.quote(*portion) + " of the grant each time"});
          } else {
            a.error("cross_check_failed", "installments of " + a.quote(*portion) + " do not add up to the " +
                                              left->to_string() + " of the grant left",
                    portion->b, portion->e);
          }
        }
        // "1/48th of the shares vest on July 15, 2021 and each one-month anniversary thereafter": the size
        // written once for both (checked below against what is left).
        // (Only an installment-sized portion, at most 1/8: after "25% on the first anniversary",
        // "and monthly thereafter" more likely spreads the rest over months the footnote does not state.)
        if (claims.empty() && inherited && left && last && *inherited <= Fraction(1, 8)) {
          if (auto n = whole_count(*left / *inherited))
            claims.push_back({*n, a.quote(pool[*statements[si - 1].portion]) + " each time"});
        }
        // "The option vests over four years, with 25% ... on the first anniversary of the grant date
        // and the remainder ... quarterly thereafter": the preamble's span ends the last series
        // (it is still cross-checked against the whole schedule below).
        if (claims.empty() && last && pm > 0 && a.grant && anchor == *a.grant) {
          for (auto idx : preambles) {
            const Item& p0 = pool[idx];
            const auto om = p0.type == IT::over ? p0.period.in_months() : std::nullopt;
            if (om && *om % pm == 0 && *om / pm - first_step + 1 >= 1) {
              claims.push_back({*om / pm - first_step + 1, a.quote(p0)});
              break;
            }
          }
        }
        if (claims.empty()) {
          a.error("unrecognized", "the number of installments is not stated: \"" + a.quote(st.b, st.e) + "\"", st.b, st.e);
          break;
        }
        auto last_of = [&](int n) { return period ? to_iso(step(anchor, *period, first_step + n - 1, policy)) : std::string("?"); };
        for (const auto& c : claims)
          if (c.n != claims.front().n)
            a.error("cross_check_failed", "\"" + claims.front().text + "\" gives " + std::to_string(claims.front().n) +
                                              " installments (the last on " + last_of(claims.front().n) + ") but \"" +
                                              c.text + "\" gives " + std::to_string(c.n) + " (the last on " +
                                              last_of(c.n) + ")",
                    st.b, st.e);
        if (a.failed) break;
        const int count = claims.front().n;
        if (count < 1 || count > 1200) {
          a.error("invalid_count", "installment count " + std::to_string(count) + " is out of range", st.b, st.e);
          break;
        }
        if (inherited && left && *inherited * Fraction(count) != *left) {
          a.error("cross_check_failed", "\"" + a.quote(st.b, st.e) + "\": " + std::to_string(count) +
                                            " installments of " + percent_string(*inherited) + "% (as on the date before) would vest " +
                                            percent_string(*inherited * Fraction(count)) + "% but " + percent_string(*left) +
                                            "% is left",
                  st.b, st.e);
          break;
        }
        // The portion in total.
        std::optional<Fraction> total;
        if (rounded) total = *left;
        else if (per) {
          const Fraction t = *per * Fraction(count);
          if (left && t > *left && portion->fraction == *left) total = portion->fraction;  // "75% monthly over 36 months"
          else total = t;
        }
        set_portion_total(total);
        if (named) {
          const auto* days = ctx.named(named);
          if (!days) {
            a.error("undefined_date_name", "\"" + a.quote(*cad) + "\" names dates the footnote does not define", cad->b, cad->e);
            break;
          }
          std::vector<Date> dates;
          Date d = anchor;
          if (first_step == 0) dates.push_back(d);
          while (static_cast<int>(dates.size()) < count) {
            d = Assembly::next_named(*days, d);
            dates.push_back(d);
          }
          a.set_prev(dates.back(), 0);
          total_dates += count;
          seg.shape = DateListSegment{std::move(dates)};
          break;
        }
        InstallmentSegment inst;
        inst.anchor = anchor;
        inst.period = *period;
        inst.count = count;
        inst.first_step = first_step;
        inst.day_policy = policy;
        const Date last_date = step(anchor, *period, first_step + count - 1, policy);
        if (st.on_days) {  // "on each June 1 and December 1": every installment must fall on one of them
          const Item& od = pool[*st.on_days];
          for (int i = 1; i <= count && !a.failed; ++i) {
            const date::year_month_day ymd{step(anchor, *period, first_step + i - 1, policy)};
            const bool on = std::any_of(od.whens.begin(), od.whens.end(), [&](const When& w) {
              const date::year_month_day d{w.date};
              return d.month() == ymd.month() && d.day() == ymd.day();
            });
            if (!on)
              a.error("cross_check_failed", "installment " + std::to_string(i) + " falls on " + to_iso(Date{ymd}) +
                                                ", not on one of \"" + a.quote(od) + "\"",
                      od.b, od.e);
          }
          if (a.failed) break;
        }
        if (through_date && last_date != *through_date && !a.failed)
          a.error("cross_check_failed", "the last installment falls on " + to_iso(last_date) + " but \"" + a.quote(*thr) +
                                            "\" says " + to_iso(*through_date),
                  thr->b, thr->e);
        if (pm > 0) a.set_prev(anchor, pm * (first_step + count - 1), last_date);
        else a.set_prev(last_date, 0);
        total_dates += count;
        seg.shape = inst;
        break;
      }
      case Statement::Shape::contingent: {
        seg.shape = ContingentSegment{st.condition};
        set_portion_total(std::nullopt);
        break;
      }
    }
    if (a.failed) continue;
    spec.segments.push_back(std::move(seg));
  }
  if (!performance_sentences.empty() && !a.failed) {
    Segment seg;
    const auto [b, e] = performance_sentences.front();
    std::string cond = a.quote(b, e);
    if (cond.size() > 200) cond = cond.substr(0, 200) + "...";
    seg.shape = ContingentSegment{cond};
    seg.portion = spec.segments.empty() ? Portion::all() : Portion::remainder();
    seg.provenance.rule = "performance condition";
    seg.provenance.spans.push_back(a.span(b, e));
    spec.segments.push_back(std::move(seg));
  }
  if (a.failed) {
    // Only a missing grant date keeps the kind (the schedule is known up to that one input).
    for (const auto& d : out.diagnostics)
      if (d.severity == Severity::error && d.code != "needs_grant_date") out.kind = Kind::unrecognized;
    return out;
  }

  if (statements.size() == 1 && a.prev_end) first_base = a.prev_base;
  // Preambles: "over four years" must be the span of the whole schedule (from
  // its first anchor or from the grant date); "in three installments" its number of dates.
  for (auto idx : preambles) {
    const Item& p = pool[idx];
    if (any_contingent || !a.prev_end) {
      a.error("cross_check_failed", "\"" + a.quote(p) + "\" cannot be checked against a schedule with contingent parts",
              p.b, p.e);
      continue;
    }
    if (p.type == IT::count) {
      if (p.n != total_dates)
        a.error("cross_check_failed", "\"" + a.quote(p) + "\" says " + std::to_string(p.n) + " installments but the schedule has " +
                                          std::to_string(total_dates) + " dates",
                p.b, p.e);
      continue;
    }
    const auto om = p.period.in_months();
    const bool from_first = om && first_base && a.prev_base == *first_base && a.prev_months == *om;
    const bool from_grant = om && a.grant && *a.prev_end == add_months(*a.grant, *om);
    if (!from_first && !from_grant && !spans_straight_line(spec, om, a.grant, *a.prev_end))
      a.error("cross_check_failed", "\"" + a.quote(p) + "\" does not match the schedule, whose last date is " +
                                        to_iso(*a.prev_end),
              p.b, p.e);
  }
  // Cross-check: "the remaining 75%" must be what the other portions leave.
  if (!stated_remainders.empty()) {
    auto left = remaining_after();
    for (const auto& r : stated_remainders)
      if (left && *left != r.stated)
        a.error("cross_check_failed", "\"" + a.quote(r.b, r.e) + "\" says " + percent_string(r.stated) +
                                          "% remain but the other portions leave " + percent_string(*left) + "%",
                r.b, r.e);
  }
  if (stated_shares && stated_sum > Fraction(0) && !gc.shares) {
    // Share counts beside fractions of a total the input does not give: nothing says they fit together.
    a.error("cross_check_failed", "the footnote states both share counts and fractions of the grant, and the grant's "
                                  "size is not given to check them against",
            0, static_cast<std::uint32_t>(norm.text.size()));
  } else if (stated_shares && stated_sum >= Fraction(1)) {
    // "14,772 shares ... vesting on June 30, 2015 ... One-third of these units vest on each of ...": the
    // fractions alone already give the whole grant, so the share counts cannot be part of it.
    a.error("cross_check_failed", "the portions stated as fractions already add up to " + percent_string(stated_sum) +
                                      "% of the grant, besides the share counts stated",
            0, static_cast<std::uint32_t>(norm.text.size()));
  }
  if (!stated_shares) {
    bool has_rem = false;
    Fraction sum;
    for (const auto& sg : spec.segments) {
      has_rem |= sg.portion.kind == Portion::Kind::remainder;
      if (sg.portion.kind == Portion::Kind::fraction_of_grant) sum += sg.portion.fraction;
    }
    if (!has_rem && sum != Fraction(1))
      a.error("cross_check_failed", "the portions stated add up to " + percent_string(sum) + "% of the grant, not 100%",
              0, static_cast<std::uint32_t>(norm.text.size()));
    if (has_rem && sum >= Fraction(1))
      a.error("cross_check_failed", "the portions stated already add up to " + percent_string(sum) +
                                        "% before \"the remainder\"",
              0, static_cast<std::uint32_t>(norm.text.size()));
  }
  if (a.failed) {
    // Only a missing grant date keeps the kind (the schedule is known up to that one input).
    for (const auto& d : out.diagnostics)
      if (d.severity == Severity::error && d.code != "needs_grant_date") out.kind = Kind::unrecognized;
    return out;
  }

  if (gc.is_option || out.exercisable_immediately) {
    OptionTerms o;
    o.exercise_price = gc.exercise_price;
    o.expiration = gc.expiration;
    o.early_exercisable = out.exercisable_immediately;
    spec.option = o;
  }
  // Stated share counts with fractions ("1,557.126 shares which vest on ...") are used as stated:
  // rounding them to whole shares would change what the filing says.
  {
    bool fractional_count = false, any_fraction_portion = false;
    for (const auto& sg : spec.segments) {
      if (sg.portion.kind == Portion::Kind::shares && !sg.portion.shares.is_integer()) fractional_count = true;
      if (sg.portion.kind == Portion::Kind::fraction_of_grant) any_fraction_portion = true;
    }
    if (fractional_count && !any_fraction_portion) spec.policy = AllocationPolicy::fractional;
  }
  spec.conditions = out.conditions;
  if (gc.shares) {
    auto built = build_schedule(spec);
    if (built) {
      out.schedule = std::move(built).value();
      for (auto& d : built.diagnostics()) out.diagnostics.push_back(d);
    } else {
      // The statements do not make a valid schedule (e.g. portions that do not cover the grant).
      for (auto& d : built.diagnostics()) out.diagnostics.push_back(d);
      out.kind = Kind::unrecognized;
    }
  }
  out.spec = std::move(spec);
  return out;
}

}  // namespace vest::rules
