// collect_conditions reads every condition and "immediately exercisable" item of the footnote
// into the answer. settle_unscheduled reads the statements read so far; it guarantees that when
// nothing is left to assemble (not about vesting, unrecognized, an early-exercise option with no
// schedule, a grant whose vesting is not stated) the answer is final, and otherwise that a
// performance award's definition has made its dates contingent.
#include "rules/compiled_rules.hpp"
#include "rules/passes.hpp"

namespace vest::rules {

void collect_conditions(PassState& a) {
  const Compiled& comp = compiled();
  const std::vector<Node>& nodes = a.nodes;
  const std::vector<Item>& pool = a.pool;
  Interpretation& out = a.out;
  for (const std::uint32_t i : a.item_nodes) {
    const Item& it = pool[nodes[i].payload];
    if (it.type == IT::condition && it.tag != Tag::none && it.tag != Tag::note) {
      Condition c;
      c.kind = to_string(it.tag);
      c.text = a.quote(it);
      c.provenance = {RuleName::of_static("condition"), {a.span(it.b, it.e)}};
      if (out.conditions.empty()) out.conditions.reserve(4);  // (one allocation for a footnote's few conditions)
      out.conditions.push_back(std::move(c));
      // "the earlier of" / "the later of" name only the connective: the explain step shows what it picks
      // between, to the end of its clause ("... separation from service or March 1, 2028").
      std::uint32_t e = it.e;
      if (it.tag == Tag::earlier_of || it.tag == Tag::later_of)
        for (std::size_t j = i + 1; j < nodes.size(); ++j) {
          if (nodes[j].kind == NK::punct && (nodes[j].punct == '.' || nodes[j].punct == ';')) break;
          e = nodes[j].e;
        }
      a.explain(comp.rules[it.rule]->name, it.b, e);
    } else if (it.type == IT::exercisable_now) {
      out.exercisable_immediately = true;
      a.explain(comp.rules[it.rule]->name, it.b, it.e);
    }
  }
}

namespace {

// Where the footnote names a part of the award that vests by time ("time-based", "time-vesting",
// "service-based" units), if it does.
std::optional<std::pair<std::uint32_t, std::uint32_t>> time_based_part(std::string_view text) {
  for (const std::string_view w : {"time-based", "time based", "time-vesting", "time vesting", "time-vested", "service-based",
                                   "service-vesting"})
    if (const auto at = text.find(w); at != std::string_view::npos)
      return std::pair{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + w.size())};
  return std::nullopt;
}

}  // namespace

bool settle_unscheduled(PassState& a, StatementSet& read, const FootnoteWords& words) {
  const Compiled& comp = compiled();
  const std::vector<Item>& pool = a.pool;
  const Normalized& norm = a.norm;
  Interpretation& out = a.out;
  for (const auto& st : read.statements)
    if (st.portion && pool[*st.portion].tag == Tag::ambiguous) {
      const Item& p0 = pool[*st.portion];
      a.error("unrecognized", "\"" + a.quote(p0) + "\" may give the size of each installment or their number: not understood",
              p0.b, p0.e);
      read.unrecognized = true;
    }
  if (read.unrecognized) {
    out.kind = Kind::unrecognized;
    return true;
  }
  if (!read.preambles.empty() && read.statements.empty() && read.performance_sentences.empty()) {
    const Item& p0 = pool[read.preambles.front()];
    a.error("unrecognized", "\"" + a.quote(p0) + "\" states a span but no schedule is read beside it", p0.b, p0.e);
    out.kind = Kind::unrecognized;
    return true;
  }
  if (read.event_only && read.statements.empty() && read.performance_sentences.empty() && !read.represents_vesting) {
    a.error("unrecognized", "vesting language not understood: \"" + a.quote(read.event_only->first, read.event_only->second) +
                                "\" (vesting on an event, and no schedule beside it)",
            read.event_only->first, read.event_only->second);
    out.kind = Kind::unrecognized;
    return true;
  }
  // "The conversion ratio ... will be determined based on the increase in the share price over the
  // performance period. The units are scheduled to vest on January 1, 2016.": the date is when what is
  // earned vests; how many shares is contingent, so none of them is dated.
  if (read.performance_definition && read.performance_sentences.empty() && !read.statements.empty() && !read.represents_vesting) {
    bool all_dated = true;
    for (const auto& st : read.statements) all_dated &= st.shape != Statement::Shape::contingent;
    // "The RSUs include 4,000 time-based units and 2,000 performance-based units. The time-based units vest in
    // four annual installments ... The performance-based units will be earned, if at all, ...": the
    // definition is one part's, and the dates another part's whose size no statement reads (refused; reading
    // it all as contingent would lose the dated part).
    if (const auto part = time_based_part(norm.text); all_dated && part) {
      a.error("unrecognized", "\"" + a.quote(part->first, part->second) + "\" names a time-based part beside the performance part \"" +
                                  a.quote(read.performance_definition_span->first, read.performance_definition_span->second) +
                                  "\": the size of each part is not read",
              read.performance_definition_span->first, read.performance_definition_span->second);
      out.kind = Kind::unrecognized;
      return true;
    }
    if (all_dated) {
      a.warning("performance_award", "the award's size depends on the performance conditions stated, so the dates stated do "
                                     "not make any share certain",
                read.performance_definition_span->first, read.performance_definition_span->second);
      read.statements.clear();
      read.performance_sentences.push_back(*read.performance_definition_span);
      a.explain("performance condition", read.performance_definition_span->first, read.performance_definition_span->second);
    }
  }
  if (read.represents_vesting && read.statements.empty()) {
    Statement st;
    st.shape = Statement::Shape::immediate;
    st.rule = "represents the vesting of <award>";
    st.b = read.represents_b;
    st.e = read.represents_e;
    read.statements.push_back(st);
  }
  if (read.statements.empty() && read.performance_sentences.empty() && out.exercisable_immediately) {
    // An early-exercise option whose vesting schedule is not stated is not immediate vesting.
    a.error("unrecognized", "the option is immediately exercisable but the footnote does not state its vesting schedule", 0,
            static_cast<std::uint32_t>(norm.text.size()));
    out.kind = Kind::unrecognized;
    return true;
  }
  if (read.statements.empty() && read.performance_sentences.empty() && !read.any_vesting_language && read.performance_definition &&
      words.vesting_word && !read.represents_vesting) {
    // Nothing dated, only what the award's performance conditions are: all of it is contingent.
    read.performance_sentences.push_back(*read.performance_definition_span);
    a.explain("performance condition", read.performance_definition_span->first, read.performance_definition_span->second);
  }
  if (read.statements.empty() && read.performance_sentences.empty() && !read.any_vesting_language && !words.any_not_vesting &&
      !read.represents_vesting) {
    // "On March 18, 2021, the reporting person was granted 20,991 restricted stock units.": a grant
    // whose vesting the footnote does not state is not "not about vesting".
    // (Only a sentence about the grant itself: "units previously granted on X" describes an old award.)
    static const std::uint16_t r_was_granted = comp.rule_index("on <date>, the reporting person was granted"),
                               r_granted_on = comp.rule_index("granted on <date>");
    for (const Item& it : pool)
      if (it.type == IT::definition && it.tag == Tag::grant &&
          (it.rule == r_was_granted ||
           // "Represents restricted stock units granted to the reporting person on <date>": the row is the grant
           (it.rule == r_granted_on &&
            (norm.text.starts_with("represents") || norm.text.starts_with("reflects"))))) {
        a.error("unrecognized", "the footnote states a grant (\"" + a.quote(it) + "\") but not how it vests", it.b, it.e);
        out.kind = Kind::unrecognized;
        return true;
      }
  }
  if (read.statements.empty() && read.performance_sentences.empty()) {
    out.kind = read.any_vesting_language ? Kind::unrecognized : Kind::not_vesting;
    out.conditions.clear();
    if (out.kind == Kind::not_vesting) out.explain.clear();
    return true;
  }
  return false;
}

}  // namespace vest::rules
