// Compiles the registry's item rules for the matcher (compiled_rules.hpp):
// packed pattern elements, what each rule needs the footnote to hold, and the
// candidate lists per starting node and level, each list also split by the
// node after it.
#include "rules/compiled_rules.hpp"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace vest::rules {

namespace {

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

// Copies the ids of every word element with more than kIdLanes into c.elem_ids, padded with 0 to a
// multiple of kIdLanes (has_id reads whole lanes; no word node has id 0); the others hold theirs
// (CElem::own, padded alike); the custom elements' matchers into c.customs; then each rule's first
// element into its CRule.
void point_at_ids(Compiled& c, const std::vector<const Elem*>& srcs) {
  std::size_t total = 0;
  for (const CElem& ce : c.elems)
    if (ce.t == Elem::T::words && !ce.owns_ids()) total += ce.nids;
  c.elem_ids.assign(total, 0);
  c.customs.reserve(static_cast<std::size_t>(
      std::count_if(c.elems.begin(), c.elems.end(), [](const CElem& ce) { return ce.t == Elem::T::custom; })));
  std::size_t at = 0;
  for (std::size_t k = 0; k < c.elems.size(); ++k) {
    CElem& ce = c.elems[k];
    if (ce.t == Elem::T::custom) {
      c.customs.push_back(srcs[k]->custom);  // (reserved: the pointers stay valid)
      ce.far = {nullptr, &c.customs.back()};
    }
    if (ce.t != Elem::T::words) continue;
    const std::vector<std::uint16_t>& ids = srcs[k]->ids;
    if (ce.owns_ids()) {
      ce.own.fill(0);
      std::copy(ids.begin(), ids.end(), ce.own.begin());
      continue;
    }
    std::copy(ids.begin(), ids.end(), c.elem_ids.begin() + static_cast<std::ptrdiff_t>(at));
    ce.far = {c.elem_ids.data() + at, nullptr};
    at += ce.nids;
  }
  for (CRule& cr : c.crules)
    if (cr.size) cr.head = c.elems[cr.first];
}

[[noreturn]] void registry_limit(const char* what, std::size_t n, std::size_t limit) {
  std::fprintf(stderr, "vest: %s: %zu, more than the matcher holds (%zu)\n", what, n, limit);
  std::abort();
}

// A word element of a rule's Needs, listed under each of its words: (word id, rule << kNeedElemBits | element).
using WordNeed = std::pair<std::uint16_t, std::uint16_t>;

// Packs rule `r`'s pattern into c.elems and records its CRule and its Needs.
void compile_pattern(Compiled& c, const ItemRule& r, std::vector<WordNeed>& word_needs,
                     std::vector<const Elem*>& srcs) {
  if (r.pattern.size() > kMaxPattern) {
    std::fprintf(stderr, "vest: item rule \"%s\" has %zu pattern elements, more than kMaxPattern = %zu\n",
                 r.name.c_str(), r.pattern.size(), kMaxPattern);
    std::abort();
  }
  CRule cr;
  cr.index = static_cast<std::uint16_t>(c.crules.size());
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
    ce.nids = static_cast<std::uint16_t>((e.ids.size() + kIdLanes - 1) / kIdLanes * kIdLanes);
    for (auto id : e.ids) ce.bloom |= std::uint64_t{1} << (id & 63u);
    c.elems.push_back(ce);
    srcs.push_back(&e);
  }
  c.crules.push_back(cr);
  Needs nd;
  std::size_t nelems = 0;
  for (const Elem& e : r.pattern) {
    if (e.optional) continue;
    switch (e.t) {
      case Elem::T::words:
        if (e.ids.size() <= kNeedIds && nelems < kNeedElems) {
          for (auto id : e.ids) word_needs.emplace_back(id, static_cast<std::uint16_t>(c.needs.size() << kNeedElemBits | nelems));
          nd.words |= static_cast<std::uint8_t>(1u << nelems);
          ++nelems;
        }
        break;
      case Elem::T::kind: nd.kinds |= 1u << static_cast<unsigned>(e.kind); break;
      case Elem::T::item: nd.items |= 1u << static_cast<unsigned>(e.item); break;
      case Elem::T::punct: nd.puncts |= std::uint64_t{1} << (static_cast<unsigned char>(e.punct) & 63u); break;
      case Elem::T::any_word: nd.kinds |= 1u << static_cast<unsigned>(NK::word); break;
      case Elem::T::custom:
        if (!e.need_ids.empty() && e.need_ids.size() <= kNeedIds && nelems < kNeedElems) {
          for (auto id : e.need_ids)
            word_needs.emplace_back(id, static_cast<std::uint16_t>(c.needs.size() << kNeedElemBits | nelems));
          nd.words |= static_cast<std::uint8_t>(1u << nelems);
          ++nelems;
        }
        break;
    }
  }
  c.needs.push_back(nd);
}

// Lays the rules' Needs out by level (Compiled::slots); returns each rule's slot.
std::vector<std::uint16_t> fill_need_slots(Compiled& c) {
  NeedSlots& s = c.slots;
  std::vector<std::uint16_t> slot_of(c.rules.size());
  auto add = [&s](std::uint16_t rule, std::uint32_t kinds_items, std::uint32_t puncts, std::uint8_t words) {
    s.rule.push_back(rule);
    s.kinds_items.push_back(kinds_items);
    s.puncts.push_back(puncts);
    s.words.push_back(words);
  };
  for (const auto& rules : c.level_rules) {
    s.level_from.push_back(static_cast<std::uint32_t>(s.rule.size()));
    for (const std::uint16_t ri : rules) {
      const Needs& nd = c.needs[ri];
      slot_of[ri] = static_cast<std::uint16_t>(s.rule.size());
      add(ri, kinds_and_items(nd.kinds, nd.items), fold_puncts(nd.puncts), nd.words);
    }
    while (s.rule.size() % kSlotLanes) add(0, kNeverHeld, 0, 0);
  }
  s.level_from.push_back(static_cast<std::uint32_t>(s.rule.size()));
  if (s.rule.size() > (0xFFFFu >> kNeedElemBits))
    registry_limit("item rule slots with word needs", s.rule.size(), 0xFFFFu >> kNeedElemBits);
  return slot_of;
}

// Lists every word's WordNeeds by word id (Compiled::word_info, word_needs), each by its rule's slot.
void index_word_needs(Compiled& c, std::vector<WordNeed>& word_needs, const std::vector<std::uint16_t>& slot_of) {
  for (auto& [wid, need] : word_needs)
    need = static_cast<std::uint16_t>(slot_of[need >> kNeedElemBits] << kNeedElemBits | (need & (kNeedElems - 1)));
  std::sort(word_needs.begin(), word_needs.end());
  word_needs.erase(std::unique(word_needs.begin(), word_needs.end()), word_needs.end());
  // A word whose list costs more than OR-ing the blocks of slots it touches gets an image instead (the
  // costs in instructions, from callgrind: ~18 a list entry, ~8 + 5 a block).
  c.held_size = (c.slots.rule.size() + kHeldLanes - 1) / kHeldLanes * kHeldLanes;
  c.word_info.assign(c.words, {});
  std::vector<WordNeed> listed_needs;
  for (std::size_t k = 0, end; k < word_needs.size(); k = end) {
    const std::uint16_t wid = word_needs[k].first;
    for (end = k; end < word_needs.size() && word_needs[end].first == wid; ++end) {}
    // (Sorted: the word's needs run from its lowest slot to its highest.)
    const std::size_t from = (word_needs[k].second >> kNeedElemBits) / kHeldLanes * kHeldLanes;
    const std::size_t to = ((word_needs[end - 1].second >> kNeedElemBits) / kHeldLanes + 1) * kHeldLanes;
    if (end - k <= kListedNeeds || 8 + 5 * ((to - from) / kHeldLanes) >= 18 * (end - k)) {
      listed_needs.insert(listed_needs.end(), word_needs.begin() + static_cast<std::ptrdiff_t>(k),
                          word_needs.begin() + static_cast<std::ptrdiff_t>(end));
      continue;
    }
    c.image_spans.push_back({static_cast<std::uint32_t>(c.images.size()), static_cast<std::uint16_t>(from),
                             static_cast<std::uint16_t>(to)});
    if (c.image_spans.size() >= 0xFFFF) registry_limit("words with a need image", c.image_spans.size(), 0xFFFE);
    c.word_info[wid].image = static_cast<std::uint16_t>(c.image_spans.size());
    c.images.resize(c.images.size() + (to - from), 0);
    for (std::size_t j = k; j < end; ++j) {
      const std::uint16_t need = word_needs[j].second;
      c.images[c.image_spans.back().at + (need >> kNeedElemBits) - from] |= static_cast<std::uint8_t>(1u << (need & (kNeedElems - 1)));
    }
  }
  word_needs.swap(listed_needs);  // (sorted by word id: each word's needs side by side)
  for (const auto& [wid, need] : word_needs) {
    Compiled::WordInfo& info = c.word_info[wid];
    if (info.needs_n == 0) info.needs_at = static_cast<std::uint16_t>(c.word_needs.size());
    if (++info.needs_n == 0) registry_limit("listed needs of one word", 0x100, 0xFF);
    c.word_needs.push_back(need);
    if (c.word_needs.size() > 0xFFFF) registry_limit("listed needs of words", c.word_needs.size(), 0xFFFF);
  }
}

// Each slot's StartSet, stored once per distinct set (Compiled::starts, NeedSlots::start).
void index_start_sets(Compiled& c, const std::vector<StartSet>& rule_starts) {
  for (const std::uint16_t ri : c.slots.rule) {
    std::size_t k = 0;
    while (k < c.starts.size() && c.starts[k].bits != rule_starts[ri].bits) ++k;
    if (k == c.starts.size()) c.starts.push_back(rule_starts[ri]);
    c.slots.start.push_back(static_cast<std::uint16_t>(k));
  }
}

// The rules that can start a match with each node, per level, before merging.
struct StartLists {
  std::vector<std::vector<std::vector<std::uint16_t>>> by_word;  // [level][wid]
  std::vector<std::array<std::vector<std::uint16_t>, kKinds>> by_kind;
  std::vector<std::array<std::vector<std::uint16_t>, kItems>> by_item;
  std::vector<std::vector<std::uint16_t>> always, always_word;  // [level]: any node; any word
};

// The nodes rule `r` can start a match with: those of every element up to and
// including the first required one. `any` when nothing is required before a
// custom element without hints, or at all (the match may start anywhere).
struct Start {
  bool any = true;
  std::vector<std::uint16_t> ids;
  std::vector<int> kinds, items;
};

Start start_of(const ItemRule& r) {
  Start st;
  for (const Elem& e : r.pattern) {
    bool known = true;
    switch (e.t) {
      case Elem::T::words: st.ids.insert(st.ids.end(), e.ids.begin(), e.ids.end()); break;
      case Elem::T::kind: st.kinds.push_back(static_cast<int>(e.kind)); break;
      case Elem::T::item: st.items.push_back(static_cast<int>(e.item)); break;
      case Elem::T::punct: st.kinds.push_back(static_cast<int>(NK::punct)); break;
      case Elem::T::any_word: st.kinds.push_back(static_cast<int>(NK::word)); break;
      case Elem::T::custom:
        if (e.hint_ids.empty() && e.hint_kinds.empty()) known = false;
        st.ids.insert(st.ids.end(), e.hint_ids.begin(), e.hint_ids.end());
        for (NK k : e.hint_kinds) st.kinds.push_back(static_cast<int>(k));
        break;
    }
    if (!known) break;
    if (!e.optional) {
      st.any = false;
      break;
    }
  }
  auto dedup = [](auto& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  dedup(st.ids);
  dedup(st.kinds);
  dedup(st.items);
  return st;
}

// The same nodes as a StartSet (a superset: word ids by their low bits).
StartSet start_set(const Start& st) {
  StartSet s;
  if (st.any) {
    s.add_range(0, kStartKeys);
    return s;
  }
  for (auto id : st.ids) s.add_key(id & 255u);
  for (int kd : st.kinds) {
    if (kd == static_cast<int>(NK::word)) s.add_range(0, kKeyKinds);
    else if (kd == static_cast<int>(NK::item)) s.add_range(kKeyItems, kKeyItems + kItems);
    else s.add_key(kKeyKinds + static_cast<std::uint32_t>(kd));
  }
  for (int it : st.items) s.add_key(kKeyItems + static_cast<std::uint32_t>(it));
  return s;
}

// Dispatch on every node the rule can start a match with.
void add_start(StartLists& s, const ItemRule& r, std::uint16_t idx, const Start& st) {
  const auto level = static_cast<std::size_t>(r.level);
  if (st.any) {
    s.always[level].push_back(idx);
    return;
  }
  for (auto id : st.ids) s.by_word[level][id].push_back(idx);
  for (int kd : st.kinds) {
    if (kd == static_cast<int>(NK::word)) s.always_word[level].push_back(idx);
    else s.by_kind[level][static_cast<std::size_t>(kd)].push_back(idx);
  }
  for (int it : st.items) s.by_item[level][static_cast<std::size_t>(it)].push_back(idx);
}

// Candidate lists, merged, sorted and de-duplicated, stored once each in c.cand.
class ListStore {
 public:
  explicit ListStore(Compiled& c) : c_(c) {}
  Range store(std::initializer_list<const std::vector<std::uint16_t>*> parts) {
    std::vector<std::uint16_t> v;
    for (const auto* part : parts) v.insert(v.end(), part->begin(), part->end());
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    for (const auto& [list, range] : stored_)
      if (list == v) return range;
    if (v.size() > 0xFF) registry_limit("a candidate list of item rules", v.size(), 0xFF);
    Range r{offset(), static_cast<std::uint8_t>(v.size()), 0};
    c_.cand.insert(c_.cand.end(), v.begin(), v.end());
    if (v.size() >= kSubMin) r.sub = split(v);
    stored_.emplace_back(std::move(v), r);
    return r;
  }

 private:
  // The list again per bucket of the node after the first (see Range::sub); returns 1 + its index.
  std::uint8_t split(const std::vector<std::uint16_t>& v) {
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
      split[b].off = offset();
      for (auto ri : v)
        if (c_.crules[ri].second.has(next)) c_.cand.push_back(ri);
      split[b].len = static_cast<std::uint8_t>(c_.cand.size() - split[b].off);
    }
    c_.subs.push_back(split);
    if (c_.subs.size() > 0xFF) registry_limit("split candidate lists", c_.subs.size(), 0xFF);
    return static_cast<std::uint8_t>(c_.subs.size());
  }

  // Where the next list begins in c.cand (Range::off).
  std::uint16_t offset() const {
    if (c_.cand.size() > 0xFFFF) registry_limit("candidate rule entries", c_.cand.size(), 0xFFFF);
    return static_cast<std::uint16_t>(c_.cand.size());
  }

  Compiled& c_;
  std::vector<std::pair<std::vector<std::uint16_t>, Range>> stored_;
};

// The index of candidate list `r` in c.ranges (each distinct list stored once).
std::uint8_t range_index(Compiled& c, const Range& r) {
  for (std::size_t k = 0; k < c.ranges.size(); ++k)
    if (c.ranges[k].off == r.off && c.ranges[k].len == r.len && c.ranges[k].sub == r.sub) return static_cast<std::uint8_t>(k);
  if (c.ranges.size() > 0xFF) registry_limit("distinct candidate lists of words", c.ranges.size() + 1, 0x100);
  c.ranges.push_back(r);
  return static_cast<std::uint8_t>(c.ranges.size() - 1);
}

void fill_candidates(Compiled& c, const StartLists& s, std::size_t levels) {
  const std::size_t words = c.words;
  ListStore lists(c);
  c.word_default.resize(levels);
  c.by_kind.resize(levels * kKinds);
  c.by_item.resize(levels * kItems);
  for (std::size_t level = 0; level < levels; ++level) {
    const Range def = lists.store({&s.always[level], &s.always_word[level]});
    c.word_default[level] = def;
    const std::uint8_t def_index = range_index(c, def);
    for (std::size_t wid = 0; wid < words; ++wid)
      c.word_info[wid].range[level] =
          s.by_word[level][wid].empty()
              ? def_index
              : range_index(c, lists.store({&s.always[level], &s.always_word[level], &s.by_word[level][wid]}));
    for (std::size_t kd = 0; kd < kKinds; ++kd)
      c.by_kind[level * kKinds + kd] = lists.store({&s.always[level], &s.by_kind[level][kd]});
    for (std::size_t it = 0; it < kItems; ++it)
      c.by_item[level * kItems + it] = lists.store({&s.always[level], &s.by_item[level][it]});
  }
}

void fill_level_bits(Compiled& c, std::size_t levels) {
  for (std::size_t level = 0; level < levels; ++level) {
    const auto lbit = static_cast<std::uint16_t>(1u << level);
    if (c.word_default[level].len) c.word_default_levels |= lbit;
    for (std::size_t wid = 0; wid < c.words; ++wid)
      if (c.ranges[c.word_info[wid].range[level]].len) c.word_info[wid].levels |= static_cast<std::uint8_t>(lbit);
    for (std::size_t kd = 0; kd < kKinds; ++kd)
      if (c.by_kind[level * kKinds + kd].len) c.kind_levels[kd] |= lbit;
    for (std::size_t it = 0; it < kItems; ++it)
      if (c.by_item[level * kItems + it].len) c.item_levels[it] |= lbit;
  }
}

Compiled compile_registry() {
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
  c.words = intern("") + 4096u;
  StartLists starts;
  starts.by_word.assign(levels, std::vector<std::vector<std::uint16_t>>(c.words));
  starts.by_kind.resize(levels);
  starts.by_item.resize(levels);
  starts.always.resize(levels);
  starts.always_word.resize(levels);
  std::vector<WordNeed> word_needs;
  std::vector<const Elem*> srcs;  // parallel to c.elems
  if (c.rules.size() > (0xFFFFu >> kNeedElemBits))
    registry_limit("item rules with word needs", c.rules.size(), 0xFFFFu >> kNeedElemBits);
  for (std::size_t i = 0; i < c.rules.size(); ++i) compile_pattern(c, *c.rules[i], word_needs, srcs);
  if (levels > kMaxLevels) {
    std::fprintf(stderr, "vest: %zu item rule levels, more than kMaxLevels = %zu\n", levels, kMaxLevels);
    std::abort();
  }
  c.level_rules.resize(levels);
  std::vector<Start> rule_start;
  std::vector<StartSet> rule_starts;
  for (std::size_t i = 0; i < c.rules.size(); ++i) {
    rule_start.push_back(start_of(*c.rules[i]));
    rule_starts.push_back(start_set(rule_start.back()));
    c.level_rules[static_cast<std::size_t>(c.rules[i]->level)].push_back(static_cast<std::uint16_t>(i));
  }
  const std::vector<std::uint16_t> slot_of = fill_need_slots(c);
  index_word_needs(c, word_needs, slot_of);
  index_start_sets(c, rule_starts);
  // The compiled rules by slot (padding slots: an empty CRule, never usable), listed by slot below.
  std::vector<CRule> by_slot(c.slots.rule.size());
  for (std::size_t i = 0; i < c.rules.size(); ++i) by_slot[slot_of[i]] = c.crules[i];
  c.crules.swap(by_slot);
  for (std::size_t i = 0; i < c.rules.size(); ++i) add_start(starts, *c.rules[i], slot_of[i], rule_start[i]);
  point_at_ids(c, srcs);
  fill_candidates(c, starts, levels);
  fill_level_bits(c, levels);
  return c;
}

}  // namespace

const Compiled& compiled() {
  static const Compiled c = compile_registry();
  return c;
}

}  // namespace vest::rules
