// read_statements: reads every sentence in order; guarantees that each schedule sentence's
// clauses were all accepted by a clause rule (each one Statement, in order) or the footnote is
// unrecognized with the clause quoted, and that contingent sentences, preambles and
// represents-vesting remarks are recorded for assembly (StatementSet).
#include "rules/compiled_rules.hpp"
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

#include <memory>

namespace vest::rules {

namespace {

// Performance words inside a clause with its own portion make that clause a contingent part of
// a mixed schedule ("50% on DATE and 50% upon achievement of the milestone"); anywhere else the
// whole sentence is contingent.
bool performance_only_in_clauses(const PassState& a, const Sentence& s, const std::vector<Clause>& clauses) {
  const std::vector<Node>& nodes = a.nodes;
  const std::vector<Item>& pool = a.pool;
  bool clause_level = true, any_dated = false;
  for (const auto& cl : clauses) {
    if (cl.has(IT::performance) && (!cl.has(IT::portion) || pool[cl.items.front()].type != IT::portion))
      clause_level = false;
    if (!cl.has(IT::performance) && (cl.mask & kTimingItems)) any_dated = true;
  }
  std::size_t perf_items = 0, in_clauses = 0;
  for (std::size_t i = s.b; i < s.e; ++i)
    if (nodes[i].kind == NK::item && nodes[i].itype == IT::performance) ++perf_items;
  for (const auto& cl : clauses)
    for (auto idx : cl.items) in_clauses += pool[idx].type == IT::performance;
  return clause_level && any_dated && in_clauses == perf_items;
}

// The items a statement read, for account_for_salient_words: the ones its fields name, and the
// clause's items that its shape reads as a whole (a contingent clause: all of them).
void mark_used(const Clause& cl, const Statement& st, const std::vector<Item>& pool, std::vector<std::uint32_t>& used) {
  auto use = [&](std::optional<std::size_t> i) {
    if (i) used.push_back(static_cast<std::uint32_t>(*i));
  };
  for (auto i : {st.portion, st.when, st.start, st.start_check, st.cadence, st.count, st.over, st.through, st.day_policy,
                 st.on_days})
    use(i);
  // (The immediate rules read a clause of "vested" + a portion + "upon grant"/"on the grant date" whole.)
  const bool contingent = st.shape == Statement::Shape::contingent || st.shape == Statement::Shape::immediate,
             list = st.shape == Statement::Shape::date_list;
  for (auto i : cl.items) {
    const Item& it = pool[i];
    const bool whole = contingent || it.type == IT::immediate ||
                       (it.type == IT::header && it.tag != Tag::month_days) ||
                       (it.type == IT::thereafter && (st.thereafter || list)) ||
                       (it.type == IT::until_full && st.until_full) ||
                       (list && (it.type == IT::when_list || it.type == IT::cadence)) ||
                       // "the remaining shares ... in installments of 6.25% each": the series is what remains.
                       (it.type == IT::portion && it.pkind == Item::PortionKind::remainder && !it.stated && st.portion &&
                        pool[*st.portion].tag == Tag::each && *st.portion != i);
    if (whole) use(i);
  }
}

// "One thirty-sixth (1/48th) of the shares": a size and its figure in parentheses that disagree (the words may
// otherwise be read as a header clause of their own, and the figure as the size).
bool figure_disagrees(PassState& a, const Sentence& s) {
  const std::vector<Node>& n = a.nodes;
  auto fraction_portion = [&](std::size_t i) -> const Item* {
    if (n[i].kind != NK::item || n[i].itype != IT::portion) return nullptr;
    const Item& it = a.pool[n[i].payload];
    // ("the remaining twelve percent (16%)": a remainder's stated size too)
    return it.pkind == Item::PortionKind::fraction || (it.pkind == Item::PortionKind::remainder && it.stated) ? &it
                                                                                                             : nullptr;
  };
  // (Only where a '(' follows: the sentence's punctuation nodes, not every node.)
  for (const std::uint32_t open : a.puncts_in(s.b + 1, s.e)) {
    const std::size_t i = open - 1;
    if (!(i + 3 < s.e && n[open].punct == '(' && n[i + 3].kind == NK::punct && n[i + 3].punct == ')')) continue;
    const Item* said = fraction_portion(i);
    const Item* figure = said ? fraction_portion(i + 2) : nullptr;
    if (figure && said->fraction != figure->fraction) {
      a.error("cross_check_failed", "\"" + a.quote(n[i].b, n[i + 3].e) + "\" states two different sizes", n[i].b, n[i + 3].e);
      return true;
    }
  }
  return false;
}

// "and an additional 25% each June 15 thereafter": days of the calendar that state their period, with a size or
// "thereafter" beside them, time a series (not a header).
bool sized_days_of_the_year(const Clause& cl, const std::vector<Item>& pool) {
  if (!(cl.mask & (bit(IT::portion) | bit(IT::thereafter)))) return false;
  for (auto idx : cl.items)
    if (pool[idx].type == IT::header && pool[idx].tag == Tag::month_days && pool[idx].has_period) return true;
  return false;
}

// "25% installments", "30% increments", "installments of 30%": a portion that names the size of each part.
bool sizes_installments(const PassState& a, const Item& portion) {
  // (The portion rules may take the word in: "20% installments" is one item.)
  const std::string_view text = a.norm.text, words = text.substr(portion.b, portion.e - portion.b),
                         after = text.substr(portion.e), before = text.substr(0, portion.b);
  for (const std::string_view w : {"installments", "instalments", "increments", "tranches"}) {
    if (words.ends_with(w) || (after.size() > w.size() && after[0] == ' ' && after.substr(1).starts_with(w))) return true;
    if (before.ends_with(" of ") && before.substr(0, before.size() - 4).ends_with(w)) return true;
  }
  return false;
}

// Each clause → one Statement by the first clause rule that accepts it; a clause with no timing
// at all is a header ("vest in 25% installments as follows:").
void apply_clause_rules(PassState& a, const Sentence& s, const std::vector<Clause>& clauses, StatementSet& read) {
  const Compiled& comp = compiled();
  const std::vector<Item>& pool = a.pool;
  const GrantContext& gc = a.gc;
  if (figure_disagrees(a, s)) {
    read.unrecognized = true;
    return;
  }
  for (std::size_t ci = 0; ci < clauses.size(); ++ci) {
    const Clause& cl = clauses[ci];
    if (!(cl.mask & kTimingItems) && !(cl.mask & bit(IT::performance)) && !sized_days_of_the_year(cl, pool)) {
      a.explain("header (no schedule of its own)", cl.b, cl.e);
      // (An installment's size, "as to an additional 1/24th", is not a header: the series it sizes was read
      // without it, so it stays unaccounted for and the footnote is refused.)
      for (auto idx : cl.items) {
        const Item& it = pool[idx];
        if (it.additional) continue;
        // "vest in 25% installments as follows: ...": a part's size, which some statement must state (below).
        if (it.type == IT::portion && it.pkind == Item::PortionKind::fraction && it.fraction != Fraction(1) &&
            sizes_installments(a, it))
          read.header_sizes.push_back(static_cast<std::uint32_t>(idx));
        else
          read.used_items.push_back(static_cast<std::uint32_t>(idx));  // cross-checked below
      }
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
      read.unrecognized = true;
      read.roles.back() = SentenceRole::unrecognized;
      a.error("unrecognized", "vesting clause not understood: \"" + a.quote(cl.b, cl.e) + "\"", cl.b, cl.e);
      continue;
    }
    mark_used(cl, *st, pool, read.used_items);
    read.statement_words.push_back({ci == 0 ? s.b : cl.nb, ci + 1 < clauses.size() ? clauses[ci + 1].nb : s.e, st->shape});
    read.statements.push_back(std::move(*st));
  }
}

// "The shares vest over three years. One-third vest on ...": a sentence that states only the span, with more
// sentences after it, is the preamble of the schedule they state (cross-checked against it like "over four years:").
bool span_sentence(const std::vector<Clause>& clauses) {
  return clauses.size() == 1 && clauses[0].has(IT::over) && (clauses[0].mask & ~(bit(IT::over) | bit(IT::header))) == 0;
}

// "The options vest in different increments on each of the first five anniversaries of January 23, 2009. Twenty-five
// percent of the options vest on January 23, 2010. ...": a sentence that states only the dates and says the sizes
// differ, with more sentences after it, is the preamble of the dated portions they state (cross-checked: the same
// dates). (Without such words, "vest ratably on each of ..." is the schedule itself.)
bool dates_sentence(const PassState& a, const Sentence& s, const std::vector<Clause>& clauses) {
  static const std::uint16_t differ[] = {intern("different"), intern("varying"), intern("unequal")};
  return clauses.size() == 1 && clauses[0].has(IT::when_list) &&
         (clauses[0].mask & ~(bit(IT::when_list) | bit(IT::header))) == 0 &&
         helpers::find_word(a.nodes, s.b, s.e, differ) != s.e;
}

// A sentence that is one start item and nothing else, and the item's index when its tag is `tag`.
std::optional<std::uint32_t> lone_start(const PassState& a, const SentenceFacts& facts, Tag tag) {
  if (facts.mask != bit(IT::start) || facts.items.size() != 1) return std::nullopt;
  const std::uint32_t idx = a.nodes[facts.items[0]].payload;
  if (a.pool[idx].tag != tag) return std::nullopt;
  return idx;
}

// A claim on the schedule's dates, read as a preamble: cross-checked against the schedule (cross_check.cpp).
void take_date_claim(PassState& a, StatementSet& read, std::uint32_t idx, std::string_view what) {
  read.preambles.push_back(idx);
  read.used_items.push_back(idx);
  a.explain(what, a.pool[idx].b, a.pool[idx].e);
}

// "The first vesting date is January 28, 2021.": a sentence with no vest verb whose one item is the first
// installment's date (the start rule "with the first vesting date being <when>") restates when the schedule begins,
// after a sentence that stated it: a claim that the schedule's earliest date is that one.
void take_first_date_claim(PassState& a, const SentenceFacts& facts, StatementSet& read) {
  if (read.roles.size() < 2) return;
  const auto idx = lone_start(a, facts, Tag::first_installment);
  if (!idx) return;
  a.pool[*idx].tag = Tag::first_date_claim;
  take_date_claim(a, read, *idx, "first vesting date restated (cross-checked against the schedule)");
}

// "None of the LTIP Units will vest before January 1, 2022." (family_restated_dates.cpp): the sentence is that bound
// alone, a claim that no date of the schedule comes before it.
bool take_not_before_claim(PassState& a, const SentenceFacts& facts, StatementSet& read) {
  const auto idx = lone_start(a, facts, Tag::not_before_claim);
  if (!idx) return false;
  take_date_claim(a, read, *idx, "no vesting before a date (cross-checked against the schedule)");
  return true;
}

// A schedule sentence's clauses: one list per thread, reused from sentence to sentence (a vector per sentence was
// 0.8 allocations a footnote); released after a very large input (read_statements).
thread_local std::vector<Clause> clause_buffer;
constexpr std::size_t kKeepClauses = std::size_t{1} << 10;  // ~100 KB

void read_sentence(PassState& a, const Sentence& s, const FootnoteWords& words, StatementSet& read, bool last) {
  read.roles.push_back(SentenceRole::silent);
  SentenceFacts facts = read_sentence_facts(a, s);
  if (take_not_before_claim(a, facts, read)) return;
  if (!is_schedule_sentence(a, s, facts, words, read)) {
    take_first_date_claim(a, facts, read);
    return;
  }
  // "... as certified previously by the Committee on <date>": that date is the certification's.
  for (std::size_t i : facts.certification_dates) read.used_items.push_back(a.nodes[i].payload);
  std::vector<Clause>& clauses = clause_buffer;
  read_clauses(a, s, facts, read.used_items, clauses);
  const std::size_t preambles_before = read.preambles.size();
  take_preambles(a, clauses, read.preambles);
  if (!last && (span_sentence(clauses) || dates_sentence(a, s, clauses))) {
    for (auto idx : clauses[0].items)
      if (a.pool[idx].type == IT::over || a.pool[idx].type == IT::when_list) read.preambles.push_back(idx);
    a.explain("preamble (cross-checked against the schedule)", clauses[0].b, clauses[0].e);
    clauses.clear();
  }
  set_aside_settlement_dates(a, s, clauses, read);
  for (std::size_t k = preambles_before; k < read.preambles.size(); ++k)
    read.used_items.push_back(static_cast<std::uint32_t>(read.preambles[k]));
  if ((facts.mask & bit(IT::performance)) && !performance_only_in_clauses(a, s, clauses)) {
    record_performance_sentence(a, read, facts.sb, facts.se);
    return;
  }
  // "33%, 33% and 34% on the first, second and third anniversaries of the grant date,
  // respectively"; "On each of A, B and C, the following numbers of units vest: 1,200, 1,200 and
  // 1,600, respectively": k amounts paired in order with k dates. Anything else with
  // "respectively" stays not understood (refuse_unmodelled_words).
  if (auto paired = may_pair_respectively(a.nodes, facts.items) ? pair_respectively(a.nodes, s.b, s.e, a.pool)
                                                                 : std::nullopt) {
    for (auto& st : *paired) read.statements.push_back(std::move(st));
    for (std::uint32_t i : a.items_in(s.b, s.e))
      if (a.nodes[i].itype == IT::portion || a.nodes[i].itype == IT::when_list || a.nodes[i].itype == IT::cadence ||
          a.nodes[i].itype == IT::count || a.nodes[i].itype == IT::start ||  // (the count and start that date them)
          a.nodes[i].itype == IT::over)  // (the span they fill, checked: pair_respectively.cpp spans_count)
        read.used_items.push_back(a.nodes[i].payload);
    // (Bare share counts paired with the dates: "1,200, 1,200 and 1,600, respectively".)
    for (std::size_t i = s.b; i < s.e; ++i)
      if (a.nodes[i].kind == NK::number && helpers::is_share_count(a.nodes[i]))
        read.used_nodes.push_back(static_cast<std::uint32_t>(i));
    return;
  }
  refuse_unmodelled_words(a, s, clauses, read);
  apply_clause_rules(a, s, clauses, read);
}

}  // namespace

namespace {

// `read` as a fresh StatementSet, its vectors emptied but keeping their capacity (a field added later
// simply starts fresh).
void reset_keeping_capacity(StatementSet& read) {
  auto roles = std::move(read.roles);
  auto used_items = std::move(read.used_items);
  auto used_nodes = std::move(read.used_nodes);
  auto statement_words = std::move(read.statement_words);
  auto statements = std::move(read.statements);
  auto preambles = std::move(read.preambles);
  // (Destroyed and made afresh in place: a move assignment of every field was ~1 KB of code run on every footnote.)
  std::destroy_at(&read);
  std::construct_at(&read);
  roles.clear();
  used_items.clear();
  used_nodes.clear();
  statement_words.clear();
  statements.clear();
  preambles.clear();
  read.roles = std::move(roles);
  read.used_items = std::move(used_items);
  read.used_nodes = std::move(used_nodes);
  read.statement_words = std::move(statement_words);
  read.statements = std::move(statements);
  read.preambles = std::move(preambles);
}

}  // namespace

namespace {

// "The RSUs were granted with both (a) a liquidity event-based vesting condition and (b) a service-based vesting
// condition, both of which must be satisfied ... The liquidity event-based vesting condition was satisfied on D. The
// service-based vesting condition will be satisfied as to 25% ...": a sentence that names the service-based condition
// beside the performance one, sizes nothing and comes before the performance condition is stated as met (it was read
// as contingent before that was known) leaves the service-based schedule as the whole answer, if every performance word
// in it is one stated as met ("... and the achievement of the 2021 revenue goal" stays contingent).
// Its trigger: a performance condition stated met and a sentence read as contingent (read_statements calls it only
// then; out of line, so that its code is not fetched on every footnote).
[[gnu::noinline]] void settle_met_double_trigger(const PassState& a, const Sentences& sentences, StatementSet& read) {
  static const std::uint16_t service = intern("service"), condition = intern("condition"),
                             conditions = intern("conditions"), requirement = intern("requirement"), based = intern("based");
  bool dated = false;
  for (const Statement& st : read.statements) dated |= st.shape != Statement::Shape::contingent;
  if (!dated) return;
  for (std::size_t k = 0; k < sentences.sentences.size() && k < read.roles.size(); ++k) {
    if (read.roles[k] != SentenceRole::contingent) continue;
    const Sentence& s = sentences.sentences[k];
    bool names_service = false, sized = false;  // ("service-based", "service condition", "service requirement")
    bool other_condition = false;  // a performance word not among those stated as met ("the 2021 revenue goal")
    for (std::size_t i = s.b; i < s.e; ++i) {
      const Node& n = a.nodes[i];
      if (n.kind == NK::item && n.itype == IT::performance) {
        const std::string_view word = std::string_view(a.norm.text).substr(n.b, n.e - n.b);
        other_condition |= std::none_of(read.met_performance.begin(), read.met_performance.end(), [&](const auto& m) {
          return std::string_view(a.norm.text).substr(m.first, m.second - m.first) == word;
        });
      }
      sized |= n.kind == NK::item && n.itype == IT::portion && a.pool[n.payload].pkind != Item::PortionKind::remainder;
      for (std::size_t j = i + 1; helpers::is_w(n, service) && j < s.e && j < i + 5 && !names_service; ++j)
        names_service = helpers::is_w(a.nodes[j], condition) || helpers::is_w(a.nodes[j], conditions) ||
                        helpers::is_w(a.nodes[j], requirement) || helpers::is_w(a.nodes[j], based);
    }
    if (!names_service || sized || other_condition) continue;
    const std::uint32_t b = a.nodes[s.b].b;
    std::erase_if(read.performance_sentences, [&](const auto& span) { return span.first == b; });
  }
}

}  // namespace

void read_statements(PassState& a, const Sentences& sentences, StatementSet& read) {
  reset_keeping_capacity(read);
  read.roles.reserve(sentences.sentences.size());
  read.used_items.reserve(16);
  read.statement_words.reserve(4);
  for (std::size_t k = 0; k < sentences.sentences.size(); ++k)
    read_sentence(a, sentences.sentences[k], sentences.words, read, k + 1 == sentences.sentences.size());
  if (read.performance_met && !read.performance_sentences.empty()) settle_met_double_trigger(a, sentences, read);
  // A header's part size is accounted for when a statement states that size ("in 25% installments as follows: 25%
  // upon grant, and the remaining 25% installments on each of ..."); "in 30% installments" beside them is left
  // unaccounted for, and the footnote refused (account_for_salient_words).
  for (const std::uint32_t h : read.header_sizes)
    for (const Statement& st : read.statements) {
      const Item* p = st.portion ? &a.pool[*st.portion] : nullptr;
      if (p && (p->pkind == Item::PortionKind::fraction || (p->pkind == Item::PortionKind::remainder && p->stated)) &&
          p->fraction == a.pool[h].fraction) {
        read.used_items.push_back(h);
        break;
      }
    }
  if (clause_buffer.capacity() > kKeepClauses) std::vector<Clause>().swap(clause_buffer);
}

}  // namespace vest::rules
