// read_statements: reads every sentence in order; guarantees that each schedule sentence's
// clauses were all accepted by a clause rule (each one Statement, in order) or the footnote is
// unrecognized with the clause quoted, and that contingent sentences, preambles and
// represents-vesting remarks are recorded for assembly (StatementSet).
#include "rules/compiled_rules.hpp"
#include "rules/passes.hpp"

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

// Each clause → one Statement by the first clause rule that accepts it; a clause with no timing
// at all is a header ("vest in 25% installments as follows:").
void apply_clause_rules(PassState& a, const std::vector<Clause>& clauses, StatementSet& read) {
  const Compiled& comp = compiled();
  const std::vector<Item>& pool = a.pool;
  const GrantContext& gc = a.gc;
  for (const auto& cl : clauses) {
    if (!(cl.mask & kTimingItems) && !(cl.mask & bit(IT::performance))) {
      a.explain("header (no schedule of its own)", cl.b, cl.e);
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
      a.error("unrecognized", "vesting clause not understood: \"" + a.quote(cl.b, cl.e) + "\"", cl.b, cl.e);
      continue;
    }
    read.statements.push_back(std::move(*st));
  }
}

void read_sentence(PassState& a, const Sentence& s, const FootnoteWords& words, StatementSet& read) {
  SentenceFacts facts = read_sentence_facts(a, s);
  if (!is_schedule_sentence(a, s, facts, words, read)) return;
  std::vector<Clause> clauses = read_clauses(a, s, facts);
  take_preambles(a, clauses, read.preambles);
  if ((facts.mask & bit(IT::performance)) && !performance_only_in_clauses(a, s, clauses)) {
    record_performance_sentence(a, read, facts.sb, facts.se);
    return;
  }
  // "33%, 33% and 34% on the first, second and third anniversaries of the grant date,
  // respectively"; "On each of A, B and C, the following numbers of units vest: 1,200, 1,200 and
  // 1,600, respectively": k amounts paired in order with k dates. Anything else with
  // "respectively" stays not understood (refuse_unmodelled_words).
  if (auto paired = pair_respectively(a.nodes, s.b, s.e, a.pool)) {
    for (auto& st : *paired) read.statements.push_back(std::move(st));
    return;
  }
  refuse_unmodelled_words(a, s, clauses, read);
  apply_clause_rules(a, clauses, read);
}

}  // namespace

StatementSet read_statements(PassState& a, const Sentences& sentences) {
  StatementSet read;
  for (const Sentence& s : sentences.sentences) read_sentence(a, s, sentences.words, read);
  return read;
}

}  // namespace vest::rules
