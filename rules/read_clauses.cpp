// read_clauses: reads a schedule sentence's items; guarantees its clauses in order, each
// with the items that state one portion's timing (split at ';' and where a new portion or
// date begins), trailing sizes and starts merged into the clause they belong to, and leading
// preambles ("over four years", "in three installments") taken out to be cross-checked.
#include "rules/compiled_rules.hpp"
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

#include <algorithm>

namespace vest::rules {

namespace {

// A cadence that only names a period ("monthly", "on the same day of each month"): nothing else to agree on.
bool plain_cadence(const Item& c) {
  return c.has_period && !c.named && !c.has_policy && c.whens.empty() && c.calendar.months == 0;
}

// "subsequent installments", "the remaining installments", "succeeding installments" just before node i (its vest
// verb between): words that name the later installments of the series already stated.
bool names_later_installments(const std::vector<Node>& nodes, std::size_t i) {
  static const std::uint16_t later[] = {intern("subsequent"), intern("succeeding"), intern("remaining")},
                             installments[] = {intern("installments"), intern("instalments")};
  for (std::size_t j = i, seen = 0; j-- > 0 && seen < 4; ++seen) {
    if (nodes[j].kind == NK::item && nodes[j].itype == IT::vest_verb) continue;
    if (helpers::find_word(nodes, j, j + 1, installments) != j) return false;
    return j > 0 && helpers::find_word(nodes, j - 1, j, later) == j - 1;
  }
  return false;
}

// "in 36 monthly installments; the first installment vests on April 30, 2021, and subsequent installments vest on the
// last day of each month": the later installments' day rule (or their cadence again, the same period) belongs to the
// series whose count and first installment are stated.
bool later_installments_of(const std::vector<Item>& pool, const std::vector<Node>& nodes, const Clause& pr,
                           const Clause& cl, std::vector<std::uint32_t>& checked) {
  const auto own = bit(IT::start) | bit(IT::day_policy) | bit(IT::cadence) | bit(IT::thereafter) | bit(IT::header);
  if ((cl.mask & ~own) != 0 || !(cl.mask & (bit(IT::day_policy) | bit(IT::cadence)))) return false;
  if (!pr.has(IT::count) || pr.has(IT::start) == cl.has(IT::start) || pr.has(IT::day_policy)) return false;
  std::size_t later = cl.nb;  // (the words before the later installments' first item after the start)
  for (std::size_t j = cl.nb; j < nodes.size() && nodes[j].b < cl.e; ++j)
    if (nodes[j].kind == NK::item && (nodes[j].itype == IT::day_policy || nodes[j].itype == IT::cadence)) {
      later = j;
      break;
    }
  if (!names_later_installments(nodes, later)) return false;
  std::optional<Period> period;
  for (auto idx : pr.items)
    if ((pool[idx].type == IT::count || pool[idx].type == IT::cadence) && pool[idx].has_period) period = pool[idx].period;
  for (auto idx : cl.items)
    if (pool[idx].type == IT::cadence && !(plain_cadence(pool[idx]) && period && pool[idx].period == *period)) return false;
  for (auto idx : cl.items)
    if (pool[idx].type == IT::cadence || pool[idx].type == IT::thereafter) checked.push_back(static_cast<std::uint32_t>(idx));
  return true;
}

// A clause that only states a start ("; the first installment vested on X") or the award's full vesting
// ("; the RSUs will be fully vested on X") belongs to the installments before it; "..., with 1/12 of the units
// vesting on each quarterly vesting date" gives the size of the installments before it; "..., and subsequent
// installments vest on <day rule>" gives their day rule. (One compacting pass: linear however many clauses a
// sentence has.)
void merge_trailing_clauses(const std::vector<Item>& pool, const std::vector<Node>& nodes, std::vector<Clause>& clauses,
                            std::vector<std::uint32_t>& checked) {
  if (clauses.empty()) return;
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
    if (later_installments_of(pool, nodes, pr, cl, checked)) {
      for (auto idx : cl.items)
        if (pool[idx].type == IT::day_policy || pool[idx].type == IT::start) pr.items.push_back(idx);
      pr.mask |= cl.mask & (bit(IT::day_policy) | bit(IT::start));
      pr.e = cl.e;
    } else if (size_after) {
      for (auto idx : cl.items)
        if (pool[idx].type == IT::cadence) checked.push_back(static_cast<std::uint32_t>(idx));  // the same period, checked
      for (auto idx : cl.items)
        if (pool[idx].type == IT::portion) {
          pr.items.insert(pr.items.begin(), idx);  // the portion first, as if it had been written there
          pr.mask |= bit(IT::portion);
        }
      pr.e = cl.e;
    } else if (((cl.mask & ~(bit(IT::start) | bit(IT::header))) == 0 && !pr.has(IT::start) &&
                (pr.has(IT::cadence) || pr.has(IT::count))) ||
               // "...; the RSUs will be fully vested on X": the series' end, in a clause of its own
               ((cl.mask & ~(bit(IT::through) | bit(IT::header))) == 0 && cl.has(IT::through) && !pr.has(IT::through) &&
                !pr.has(IT::until_full) && (pr.has(IT::cadence) || pr.has(IT::count)) && !pr.has(IT::when))) {
      pr.items.insert(pr.items.end(), cl.items.begin(), cl.items.end());
      pr.mask |= cl.mask;
      pr.e = cl.e;
    } else {
      if (++kept != ci) clauses[kept] = std::move(cl);
    }
  }
  clauses.resize(kept + 1);
}

// "granted upon the Reporting Person's appointment to the Board on January 8, 2024 and vest in ...": an
// event's date that defines an anchor (note "vcd" / "grant"), told right before "(,) and <vest verb>" or
// ", <vest verb>", is the subject's, not a vesting date of the clause after it (the anchor is still defined:
// read_stated_dates). So is the grant date itself after "granted / awarded / issued" ("was granted to the
// Reporting Person as a non-employee director on May 22, 2025 and vests in ...") when it is the grant date
// of the footnote or the input (another date there stays a vesting date, and is refused or read as one).
bool grant_date_before_verb(const PassState& a, std::size_t i, std::size_t sb, std::size_t end) {
  const std::vector<Node>& nodes = a.nodes;
  const Item& it = a.pool[nodes[i].payload];
  if (it.type != IT::when || it.when.ref != When::Ref::absolute) return false;
  static const std::uint16_t and_ = intern("and");
  std::size_t j = i + 1;
  if (j < end && nodes[j].kind == NK::punct && nodes[j].punct == ',') ++j;
  if (j < end && nodes[j].kind == NK::word && nodes[j].wid == and_) ++j;
  if (j == i + 1) return false;  // "and", ", and" or ","
  bool verb = false;
  for (std::size_t k = j; k < end && k < j + 3 && !verb; ++k) {
    if (nodes[k].kind == NK::item && nodes[k].itype == IT::vest_verb) verb = true;
    else if (nodes[k].kind != NK::word) break;
  }
  if (!verb) return false;
  // The clause after the verb dates itself ("and vested in full on that date" points back at this date).
  bool dated_after = false;
  for (std::size_t k = j; k < end && !dated_after; ++k)
    dated_after = nodes[k].kind == NK::item && (nodes[k].itype == IT::when || nodes[k].itype == IT::when_list ||
                                                nodes[k].itype == IT::start || nodes[k].itype == IT::cadence ||
                                                nodes[k].itype == IT::count);
  if (!dated_after) return false;
  if (it.tag == Tag::vcd || it.tag == Tag::grant) return true;
  if (!a.grant || it.when.date != *a.grant) return false;
  static const std::uint16_t granted[] = {intern("granted"), intern("awarded"), intern("issued")};
  for (std::size_t k = i; k-- > sb;) {
    if (nodes[k].kind == NK::item && (nodes[k].itype == IT::vest_verb || nodes[k].itype == IT::portion)) return false;
    if (nodes[k].kind == NK::word && std::find(std::begin(granted), std::end(granted), nodes[k].wid) != std::end(granted))
      return true;
  }
  return false;
}

}  // namespace

void read_clauses(const PassState& a, const Sentence& s, const SentenceFacts& f, std::vector<std::uint32_t>& checked_items,
                  std::vector<Clause>& clauses) {
  const std::vector<Node>& nodes = a.nodes;
  const std::vector<Item>& pool = a.pool;
  const bool performance_past = f.performance_past;
  const std::vector<std::size_t>& certification_dates = f.certification_dates;
  clauses.clear();
  clauses.reserve(4);  // (a schedule sentence has one to three: no regrowth)
  Clause cur;
  auto flush = [&] {
    if (cur.mask) clauses.push_back(std::move(cur));
    cur = Clause{};
  };
  // Only items and punctuation act here: the sentence's item and punctuation nodes, merged in order, instead of
  // every node.
  const std::span<const std::uint32_t> items = f.items, puncts = a.puncts_in(s.b, s.e);
  for (std::size_t ii = 0, pi = 0; ii < items.size() || pi < puncts.size();) {
    const std::size_t i = ii == items.size() || (pi < puncts.size() && puncts[pi] < items[ii]) ? puncts[pi++] : items[ii++];
    const Node& n = nodes[i];
    if (n.kind == NK::punct && n.punct == ';') {
      flush();
      continue;
    }
    // "vest over four years: 25% on ...": a span or count before a colon is a preamble of its own clause.
    if (n.kind == NK::punct && n.punct == ':' && (cur.mask & (bit(IT::over) | bit(IT::count))) &&
        (cur.mask & ~(bit(IT::over) | bit(IT::count) | bit(IT::header))) == 0) {
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
    if (!cur.has(IT::portion) && grant_date_before_verb(a, i, s.b, s.e)) {  // (after "50% vested upon X on D" it is D's)
      checked_items.push_back(n.payload);
      continue;
    }
    // "in equal monthly installments on the same day of each month": a plain cadence said twice with the
    // same period is one cadence (the second checked against the first, then set aside).
    if (it.type == IT::cadence && plain_cadence(it) && cur.has(IT::cadence)) {
      const auto first = std::find_if(cur.items.begin(), cur.items.end(), [&](std::size_t idx) { return pool[idx].type == IT::cadence; });
      if (first != cur.items.end() && plain_cadence(pool[*first]) && pool[*first].period == it.period) {
        checked_items.push_back(n.payload);
        cur.e = it.e;
        continue;
      }
    }
    if (it.type == IT::performance && performance_past) continue;
    if (std::find(certification_dates.begin(), certification_dates.end(), i) != certification_dates.end()) continue;
    const bool has_timing_now = cur.mask & kTimingItems;
    const bool preamble_only = (cur.mask & ~(bit(IT::over) | bit(IT::count) | bit(IT::header))) == 0;
    // "On each three-month anniversary of the grant date, 1/12th of the units vest": a leading
    // recurrence (a start or cadence, nothing dated or counted yet) belongs to the portion after it.
    const bool leading_recurrence = (cur.mask & ~(bit(IT::start) | bit(IT::cadence) | bit(IT::day_policy) |
                                                  bit(IT::header) | bit(IT::thereafter))) == 0 &&
                                    (cur.has(IT::start) || cur.has(IT::cadence));
    // "the remaining shares vest in equal quarterly installments of 6.25% each": the size of each installment
    // of the series (beside a remainder that states no size of its own).
    bool unsized_remainder = false;
    for (auto idx : cur.items)
      if (pool[idx].type == IT::portion)
        unsized_remainder = pool[idx].pkind == Item::PortionKind::remainder && !pool[idx].stated;
    const bool each_size = it.type == IT::portion && it.tag == Tag::each && (cur.has(IT::count) || cur.has(IT::cadence)) &&
                           (!cur.has(IT::portion) || unsized_remainder);
    // "6 months from the date of grant, 1/8th of the shares vest": a leading date alone belongs to the
    // portion after it (the lump's slots in the other order).
    // Never across the act of granting: in "On June 6, 2025, the Committee approved a grant of RSUs, which vest
    // as to 33% ..." (or ", 33% of which vest ...") the date is the grant's, not the portion's.
    const auto dates_the_grant = [&] {
      static const std::uint16_t granting_words[] = {intern("approved"), intern("granted"),  intern("awarded"),
                                                     intern("adopted"),  intern("received"), intern("which")};
      return helpers::any_word_in(nodes, cur.nb, i, granting_words);
    };
    // ("no shares vest until X, when 25% vest": the date's phrase ends with the words that lead to the portion.)
    static const std::uint16_t r_until_when = compiled().rule_index("no shares vest until <when>, when");
    const bool right_after_date = i > 0 && ((nodes[i - 1].kind == NK::punct && nodes[i - 1].punct == ',') ||
                                            (nodes[i - 1].kind == NK::item && pool[nodes[i - 1].payload].rule == r_until_when));
    const bool leading_when = (cur.mask & ~(bit(IT::when) | bit(IT::header))) == 0 && cur.has(IT::when) &&
                              it.type == IT::portion && right_after_date && !dates_the_grant();
    // "first becomes exercisable on August 12, 2026 as to one-fourth of the shares", "on D with respect to 40%":
    // a portion introduced by "(as / with respect) to" right after a date that has none is that date's.
    static const std::uint16_t to = intern("to");
    const bool trailing_portion = it.type == IT::portion && (cur.has(IT::when) || cur.has(IT::when_list)) &&
                                  !cur.has(IT::portion) && !cur.has(IT::cadence) && !cur.has(IT::count) && i > 0 &&
                                  nodes[i - 1].kind == NK::word && nodes[i - 1].wid == to && !dates_the_grant();
    if (it.type == IT::portion && !leading_recurrence && !each_size && !leading_when && !trailing_portion &&
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
    if (it.type == IT::portion && it.tag == Tag::dated) cur.mask |= bit(IT::when);
  }
  flush();
  merge_trailing_clauses(pool, nodes, clauses, checked_items);
}

// A leading clause that only says "over four years" or "in three installments" before the
// clauses that date them is a preamble: it states nothing of its own and is cross-checked
// against the whole schedule.
void take_preambles(PassState& a, std::vector<Clause>& clauses, std::vector<std::size_t>& preambles) {
  const std::vector<Item>& pool = a.pool;
  std::size_t lead = 0;
  // ("over four years from the vesting commencement date of D, with 25% ...": a span with the anchor it is measured
  // from; cross_check holds the schedule's last date to that anchor + the span.)
  auto measured_from = [&](const Clause& cl) {
    if (!(cl.mask & bit(IT::over))) return false;
    for (auto idx : cl.items)
      if (pool[idx].type == IT::start && (pool[idx].has_period || pool[idx].first_step != 1 || !pool[idx].bare()))
        return false;
    return true;
  };
  // ("vest annually over three years, with one-third vesting on each anniversary": a plain cadence beside the span
  // describes the schedule too; cross_check holds the schedule's dates to it.)
  auto plain_cadences_only = [&](const Clause& cl) {
    for (auto idx : cl.items)
      if (pool[idx].type == IT::cadence && !plain_cadence(pool[idx])) return false;
    return (cl.mask & bit(IT::over)) != 0;
  };
  while (lead + 1 < clauses.size()) {
    const Clause& cl = clauses[lead];
    const auto allowed = bit(IT::over) | bit(IT::count) | bit(IT::header) | (measured_from(cl) ? bit(IT::start) : 0) |
                         (plain_cadences_only(cl) ? bit(IT::cadence) : 0);
    if ((cl.mask & ~allowed) != 0 || !(cl.mask & (bit(IT::over) | bit(IT::count))))
      break;
    for (auto idx : cl.items)
      if (pool[idx].type == IT::over || pool[idx].type == IT::count || pool[idx].type == IT::start ||
          pool[idx].type == IT::cadence)
        preambles.push_back(idx);
    a.explain("preamble (cross-checked against the schedule)", cl.b, cl.e);
    ++lead;
  }
  clauses.erase(clauses.begin(), clauses.begin() + static_cast<std::ptrdiff_t>(lead));
}

}  // namespace vest::rules
