// Classifies a sentence before any schedule is read: read_sentence_facts reads its
// items (vest verbs, timing, not-a-schedule signs); is_schedule_sentence guarantees that a
// sentence it rejects was recorded (performance, represents-vesting, or an error) or is
// not about vesting, so that everything a schedule sentence says is read clause by clause.
#include "rules/compiled_rules.hpp"
#include "rules/definition_verbs.hpp"
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

#include <algorithm>

namespace vest::rules {

using helpers::any_word_in;
using helpers::find_word;

namespace {

// "upon the settlement of fully vested deferred stock units", "the delivery of fully vested shares": what
// was settled, described (the row is the settlement), not a statement that this grant vests at once.
bool describes_settled_award(const PassState& a, std::size_t i) {
  static const std::uint16_t w_of = intern("of"), w_settlement = intern("settlement"), w_delivery = intern("delivery"),
                             w_distribution = intern("distribution"), w_payment = intern("payment");
  if (i < 2) return false;
  const Node& of = a.nodes[i - 1];
  const Node& what = a.nodes[i - 2];
  if (of.kind != NK::word || of.wid != w_of || what.kind != NK::word) return false;
  return what.wid == w_settlement || what.wid == w_delivery || what.wid == w_distribution || what.wid == w_payment;
}

// "25% vested on D1, with the remainder vesting monthly over the next two years", "..., with the remaining 80% of
// the shares vesting then in four equal yearly installments": a participle "vesting" (not "upon vesting", "the
// vesting of") right before timing states vesting still to come, so the sentence is not past vesting only. (Only
// asked of a sentence whose every vest verb is "vested".)
bool vesting_still_to_come(const PassState& a, const Sentence& s) {
  static const std::uint16_t w_vesting = intern("vesting"), w_then = intern("then"), w_upon = intern("upon"),
                             w_of = intern("of"), w_the = intern("the"), w_on = intern("on"), w_following = intern("following");
  static const std::uint64_t timing = bit(IT::cadence) | bit(IT::count) | bit(IT::over) | bit(IT::thereafter) |
                                      bit(IT::when) | bit(IT::start);
  const std::vector<Node>& nodes = a.nodes;
  for (std::size_t i = s.b + 1; i + 1 < s.e; ++i) {
    if (nodes[i].kind != NK::word || nodes[i].wid != w_vesting) continue;
    const Node& pv = nodes[i - 1];
    if (pv.kind == NK::word && (pv.wid == w_upon || pv.wid == w_of || pv.wid == w_the || pv.wid == w_on ||
                                pv.wid == w_following))
      continue;
    std::size_t j = i + 1;
    if (nodes[j].kind == NK::word && nodes[j].wid == w_then && j + 1 < s.e) ++j;
    if (nodes[j].kind == NK::item && (bit(nodes[j].itype) & timing)) return true;
  }
  return false;
}

// The vest verb at node i is history: "RSUs that vested on ...", "were previously reported and vested on ...",
// never a state ("will be vested", "are vested") nor the present or future. `from`: where the sentence begins.
bool is_past_vesting(const PassState& a, std::size_t i, std::size_t from) {
  static const std::uint16_t w_will = intern("will"), w_shall = intern("shall"), w_be = intern("be"),
                             w_become = intern("become"), w_becomes = intern("becomes"), w_is = intern("is"),
                             w_are = intern("are");
  static const std::uint16_t w_fully = intern("fully");
  const Node& n = a.nodes[i];
  // ("will become fully vested": the word before "fully" says the tense.)
  const std::size_t b = i > from + 1 && a.nodes[i - 1].kind == NK::word && a.nodes[i - 1].wid == w_fully ? i - 1 : i;
  const std::uint16_t before = b > from && a.nodes[b - 1].kind == NK::word ? a.nodes[b - 1].wid : 0;
  const bool state = before && (before == w_will || before == w_shall || before == w_be || before == w_become ||
                                before == w_becomes || before == w_is || before == w_are);
  return std::string_view(a.norm.text).substr(n.b, n.e - n.b) == "vested" && !state;
}

// "The RSUs vested 100% on the date of grant and will be settled upon separation from service": the award's own
// vesting, in full at grant (immediate); the settlement after it is its delivery. Not "RSUs that vested on the grant
// date were settled on D" (a relative clause: the row is the settlement).
bool vested_in_full_at_grant(const PassState& a, std::size_t verb, std::size_t end) {
  static const std::uint16_t w_that = intern("that"), w_which = intern("which"), w_on = intern("on");
  const auto& n = a.nodes;
  if (verb > 0 && (helpers::is_w(n[verb - 1], w_that) || helpers::is_w(n[verb - 1], w_which))) return false;
  std::size_t i = verb + 1;
  if (!(i < end && n[i].kind == NK::item && n[i].itype == IT::portion)) return false;
  const Item& portion = a.pool[n[i].payload];
  if (portion.pkind != Item::PortionKind::fraction || portion.fraction != Fraction(1)) return false;
  if (++i < end && helpers::is_w(n[i], w_on)) ++i;
  if (!(i < end && n[i].kind == NK::item && n[i].itype == IT::when)) return false;
  const When& w = a.pool[n[i].payload].when;
  return w.ref == When::Ref::grant && w.months == 0 && w.days == 0 && !w.fixed_day;
}

}  // namespace

SentenceFacts read_sentence_facts(const PassState& a, const Sentence& s) {
  const std::vector<Node>& nodes = a.nodes;
  const std::vector<Item>& pool = a.pool;
  const Normalized& norm = a.norm;
  static const std::uint16_t w_as = intern("as"), w_will = intern("will"), w_shall = intern("shall"),
                             w_on = intern("on"), w_upon = intern("upon"), w_in = intern("in"),
                             w_over = intern("over"), w_at = intern("at"), w_when = intern("when"),
                             w_ratably = intern("ratably"), w_equally = intern("equally"), w_if = intern("if"),
                             w_according = intern("according"), w_after = intern("after"),
                             w_immediately = intern("immediately"), w_pursuant = intern("pursuant");
  SentenceFacts f;
  f.items = a.items_in(s.b, s.e);
  const std::span<const std::uint32_t> sentence_items = f.items;
  std::uint64_t& mask = f.mask;
  bool& vest_statement_words = f.vest_statement_words;
  bool& future_vest = f.future_vest;
  // Not-a-schedule words: any strong sign ("acquired upon the exercise of"), only weak hints
  // ("converted", "sale"), and where the first that is not weak stands (node index).
  bool& nv_strong = f.nv_strong;
  bool& nv_only_weak = f.nv_only_weak;
  std::size_t& first_nv = f.first_nv;
  std::size_t& first_vest = f.first_vest;
  first_nv = first_vest = s.e;
  bool all_vesting_past = true;  // every vest verb is "vested", in the past ("RSUs that vested on ...")
  for (const std::size_t i : sentence_items) {
    const Node& n = nodes[i];
    {
      const Item& it = pool[n.payload];
      if (it.type == IT::immediate && (it.status_only || describes_settled_award(a, i))) continue;
      mask |= bit(it.type);
      if (it.type == IT::portion && it.tag == Tag::dated) mask |= bit(IT::when);  // a table row states its date
      if (it.type == IT::not_vesting) {
        nv_strong |= it.tag == Tag::strong || (it.tag == Tag::settlement && first_vest == s.e);
        if (it.tag != Tag::weak) {
          nv_only_weak = false;
          first_nv = std::min(first_nv, i);
        }
      }
      if (it.type == IT::vest_verb) {
        first_vest = std::min(first_vest, i);
        const std::uint16_t before = i > s.b && nodes[i - 1].kind == NK::word ? nodes[i - 1].wid : 0;
        const bool future = before && (before == w_will || before == w_shall);
        if (future) vest_statement_words = future_vest = true;
        const bool past = is_past_vesting(a, i, s.b);
        all_vesting_past &= past;
        // "The RSUs vest 50% on ...": a portion right after a verb that is not history states a vesting.
        if (!past && i + 1 < s.e && nodes[i + 1].kind == NK::item && nodes[i + 1].itype == IT::portion)
          vest_statement_words = true;
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
  f.only_past_vesting = first_vest != s.e && all_vesting_past && !vesting_still_to_come(a, s);
  if (f.only_past_vesting) {
    static const std::uint16_t settlement_words[] = {intern("settlement"), intern("settled"),  intern("delivered"),
                                                     intern("deferred"),   intern("deferral"), intern("defer")};
    f.settlement_words = any_word_in(nodes, s.b, s.e, settlement_words) && !vested_in_full_at_grant(a, first_vest, s.e);
  }
  f.sb = nodes[s.b].b;
  f.se = nodes[s.e - 1].e;
  return f;
}

namespace {

// After a sentence that said the units were earned: "the earned units vest in three equal annual
// installments ...". Every performance item of the sentence is "earned" naming the units ("the earned
// units", "such earned PSUs"); "any earned units will vest" is still a condition.
bool only_met_units_named(const PassState& a, const Sentence& s) {
  static const std::uint16_t w_the = intern("the"), w_such = intern("such"), w_these = intern("these"),
                             w_those = intern("those");
  bool any = false;
  for (std::size_t i = s.b + 1; i < s.e; ++i) {
    const Node& n = a.nodes[i];
    if (n.kind != NK::item || n.itype != IT::performance) continue;
    const Node& pv = a.nodes[i - 1];
    const bool named = n.e - n.b == 6 && std::string_view(a.norm.text).substr(n.b, 6) == "earned" && pv.kind == NK::word &&
                       (pv.wid == w_the || pv.wid == w_such || pv.wid == w_these || pv.wid == w_those);
    if (!named) return false;
    any = true;
  }
  return any;
}

// After a certification word at k - 1: the "on" of "by the Compensation Committee on <date>" (up to six plain
// words after "by", ending before "on"), or k itself when no "by" follows.
std::size_t certifier_skipped(const std::vector<Node>& nodes, std::size_t k, std::size_t e) {
  static const std::uint16_t w_by = intern("by"), w_on = intern("on");
  if (k >= e || nodes[k].kind != NK::word || nodes[k].wid != w_by) return k;
  for (std::size_t j = k + 1; j < e && j <= k + 7 && nodes[j].kind == NK::word; ++j)
    if (nodes[j].wid == w_on) return j;
  return k;
}

// "upon the achievement of performance goals as certified by the Committee on <date>",
// "the performance condition was satisfied": the condition is history, what remains is time.
// Sets f.performance_past and f.certification_dates; warns for each performance item then.
void read_certification(PassState& a, const Sentence& s, SentenceFacts& f, bool certification_word, StatementSet& read) {
  const std::vector<Node>& nodes = a.nodes;
  const std::vector<Item>& pool = a.pool;
  const Compiled& comp = compiled();
  static const std::uint16_t w_certified = intern("certified"), w_satisfied = intern("satisfied"), w_as = intern("as"),
                             w_certification = intern("certification"), w_on = intern("on"), w_met = intern("met"),
                             w_the = intern("the"), w_that = intern("that");
  std::uint64_t& mask = f.mask;
  const std::span<const std::uint32_t> sentence_items = f.items;
  bool& performance_past = f.performance_past;
  std::vector<std::size_t>& certification_dates = f.certification_dates;  // node indices
  static const std::uint16_t w_was = intern("was"), w_were = intern("were"), w_been = intern("been"),
                             w_previously = intern("previously");
  // "after the performance metric was certified" (read as a note by "were earned based on <...>").
  static const std::uint16_t r_earned = comp.rule_index("were earned based on <...>"),
                             r_represents_earned = comp.rule_index("represents <units> earned upon <...>");
  auto earned_note = [&](std::size_t i) {
    if (nodes[i].kind != NK::item || nodes[i].itype != IT::condition) return false;
    const auto rule = pool[nodes[i].payload].rule;
    return (i > s.b && rule == r_earned) || rule == r_represents_earned;
  };
  if (!certification_word && (mask & bit(IT::condition)))  // only that note can make it so: read the items
    for (const std::size_t i : sentence_items) performance_past |= earned_note(i);
  // "Represents PSUs earned upon certification (by the Committee) on February 18, 2025 of ...": "upon certification" was
  // read as the date read_certification_date found (done by the transaction date), so no certification word is left.
  static const std::uint16_t r_upon_certification = comp.rule_index("upon certification");
  if (!certification_word && a.ctx.certified_on && f.first_vest == s.e && (mask & bit(IT::when)))
    for (const std::size_t i : sentence_items)
      if (nodes[i].itype == IT::when && pool[nodes[i].payload].rule == r_upon_certification) {
        performance_past = true;
        certification_dates.push_back(i);
        const std::size_t on_at = certifier_skipped(nodes, i + 1, s.e);
        if (on_at + 1 < s.e && nodes[on_at].kind == NK::word && nodes[on_at].wid == w_on &&
            nodes[on_at + 1].kind == NK::item && nodes[on_at + 1].itype == IT::when)
          certification_dates.push_back(on_at + 1);
      }
  for (std::size_t i = s.b + 1; certification_word && i < s.e; ++i) {
    const Node& n = nodes[i];
    if (n.kind == NK::item && earned_note(i)) performance_past = true;
    if (n.kind != NK::word ||
        !(n.wid == w_certified || n.wid == w_satisfied || n.wid == w_certification || n.wid == w_met))
      continue;
    const Node& pv = nodes[i - 1];
    const bool next_previously = i + 1 < s.e && nodes[i + 1].kind == NK::word && nodes[i + 1].wid == w_previously;
    // "the Compensation Committee certified the achievement of ...", "certified that the goals were met": the active
    // past ("shall vest ... as certified by the Committee" is the future).
    const bool active_past = n.wid == w_certified && i + 1 < s.e && nodes[i + 1].kind == NK::word &&
                             (nodes[i + 1].wid == w_the || nodes[i + 1].wid == w_that) && pv.kind == NK::word &&
                             pv.wid != w_as;
    // "as certified on February 12, 2026", "upon the Committee's certification on March 3, 2026": a certification
    // dated on or before the transaction date has happened, whatever the tense.
    // "certification by the Compensation Committee on February 18, 2025": who certified, in plain words, may come
    // between the word and its date.
    const std::size_t on_at = certifier_skipped(nodes, i + 1, s.e);
    const bool dated_past = a.grant && on_at + 1 < s.e && nodes[on_at].kind == NK::word && nodes[on_at].wid == w_on &&
                            nodes[on_at + 1].kind == NK::item && nodes[on_at + 1].itype == IT::when &&
                            pool[nodes[on_at + 1].payload].when.ref == When::Ref::absolute &&
                            !pool[nodes[on_at + 1].payload].when.months && !pool[nodes[on_at + 1].payload].when.days &&
                            pool[nodes[on_at + 1].payload].when.date <= *a.grant;
    // ("shall vest ... as certified by the Committee" is the future: only "as certified previously" is past.)
    if (dated_past || active_past ||
        (n.wid != w_certification && pv.kind == NK::word &&
         (pv.wid == w_was || pv.wid == w_were || pv.wid == w_been || pv.wid == w_previously ||
          (pv.wid == w_as && next_previously)))) {
      performance_past = true;
      // "On January 4, 2023, the Compensation Committee certified ...": the date the sentence opens with is the
      // certification's.
      if (active_past && s.b + 2 < i && nodes[s.b].kind == NK::word && nodes[s.b].wid == w_on &&
          nodes[s.b + 1].kind == NK::item && nodes[s.b + 1].itype == IT::when)
        certification_dates.push_back(s.b + 1);
      // "... certified previously by the Committee on February 28, 2025": that date is the certification's. (Not after
      // the active "certified the results, February 27, 2026": a date there may be the vesting's, told by the clause.)
      for (std::size_t j = i + 1; !active_past && j < s.e && j < i + 12; ++j) {
        const Node& x = nodes[j];
        if (x.kind == NK::item && x.itype == IT::when) {
          certification_dates.push_back(j);
          break;
        }
        if (x.kind == NK::item || (x.kind == NK::punct && x.punct != ',')) break;
      }
    }
  }
  if (performance_past) read.performance_met = true;
  else if (read.performance_met && (mask & bit(IT::performance))) performance_past = only_met_units_named(a, s);
  if (performance_past && (mask & bit(IT::performance))) {
    for (std::size_t i = s.b; i < s.e; ++i)
      if (nodes[i].kind == NK::item && nodes[i].itype == IT::performance) {
        a.warning("performance_condition_met", "\"" + a.quote(nodes[i].b, nodes[i].e) +
                                                   "\" is stated as already achieved; only the time-based vesting is scheduled",
                  nodes[i].b, nodes[i].e);
        read.met_performance.emplace_back(nodes[i].b, nodes[i].e);
      }
    mask &= ~bit(IT::performance);
  }
}

// A sentence with vesting and timing that is about something else: a strong not-a-schedule sign,
// or only weak hints beside nothing that sizes the vesting, or vesting only in the past.
bool about_something_else(const PassState& a, const SentenceFacts& f) {
  const std::vector<Node>& nodes = a.nodes;
  const Normalized& norm = a.norm;
  const std::uint64_t mask = f.mask;
  const bool nv_strong = f.nv_strong, nv_only_weak = f.nv_only_weak, only_past_vesting = f.only_past_vesting;
  const std::size_t first_nv = f.first_nv, first_vest = f.first_vest;
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
      if (nodes[i].kind == NK::item && (bit(nodes[i].itype) & kTimingItems)) timing_before_nv = true;
    schedule_first = verb != "vested" && timing_before_nv;
  }
  // Vesting only in the past beside a not-a-schedule sign ("Shares withheld for taxes upon vesting of RSUs
  // that vested on each of ..."): the footnote is about the other thing, whatever the dates.
  // "Shares delivered on <date> in settlement of RSUs that vested previously", "receipt of the vested shares
  // has been deferred": the dates are the delivery's; the vesting is history.
  if (f.only_past_vesting && f.settlement_words) return true;
  return (mask & bit(IT::not_vesting)) && !schedule_first &&
         ((!nv_only_weak && (nv_strong || !(mask & (bit(IT::portion) | bit(IT::count) | bit(IT::cadence) |
                                                      bit(IT::when_list))))) ||
          only_past_vesting);
}

// "Represents shares underlying RSUs that vested on March 1, 2026. Shares were withheld to cover taxes.": vesting only
// in the past, in a footnote whose other words say what the row is (a not-a-schedule sign, not a weak hint).
// Only when every vest verb of the footnote is history: "50% vested on D1. The remaining units vest on D2; shares will
// be withheld" is a schedule.
// A sign said in the future ("The Issuer will withhold shares to satisfy tax withholding obligations upon each vesting
// date", "shares will be withheld to cover taxes"): what will happen at each vesting, not what the row is. The tense
// is the one before the first sign of its sentence ("will withhold ... tax withholding": one remark).
bool future_remark(const PassState& a, std::size_t sign) {
  static const std::uint16_t w_will = intern("will"), w_shall = intern("shall"), w_be = intern("be");
  const std::vector<Node>& n = a.nodes;
  std::size_t first = sign;
  for (std::size_t j = sign; j-- > 0;) {
    if (n[j].kind == NK::punct && (n[j].punct == '.' || n[j].punct == ';')) break;
    if (n[j].kind == NK::item && n[j].itype == IT::not_vesting) first = j;
  }
  if (first > 0 && helpers::is_w(n[first - 1], w_be)) --first;
  return first > 0 && (helpers::is_w(n[first - 1], w_will) || helpers::is_w(n[first - 1], w_shall));
}

bool past_vesting_beside_sign_elsewhere(const PassState& a, const SentenceFacts& f, const FootnoteWords& words) {
  if (!f.only_past_vesting || !words.any_not_vesting) return false;
  bool sign = false;
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    const Node& n = a.nodes[i];
    if (n.kind != NK::item) continue;
    if (n.itype == IT::vest_verb && !is_past_vesting(a, i, 0)) return false;
    sign |= n.itype == IT::not_vesting && a.pool[n.payload].tag != Tag::weak && !future_remark(a, i);
  }
  return sign;
}

// "Vesting of the RSUs is as follows: ...", "Vesting schedule: ...": the header and the word say it.
bool starts_vesting_header(const PassState& a, const Sentence& s, std::uint64_t mask) {
  const std::vector<Node>& nodes = a.nodes;
  static const std::uint16_t w_vesting = intern("vesting");
  // "Vesting: 1/4 on 3/1/26; 1/16 quarterly thereafter." — the word and a colon are the header.
  bool vesting_header = s.e - s.b >= 2 && nodes[s.b].kind == NK::word && nodes[s.b].wid == w_vesting &&
                        nodes[s.b + 1].kind == NK::punct && nodes[s.b + 1].punct == ':';
  // "Vesting Date / Number of Shares: <date>: <count>; ...": a table's column heading, words (and
  // '/') from "Vesting" to the colon, heads the table too.
  if (!vesting_header && nodes[s.b].kind == NK::word && nodes[s.b].wid == w_vesting)
    for (std::size_t i = s.b + 1; i < s.e && i < s.b + 9; ++i) {
      const Node& n = nodes[i];
      if (n.kind == NK::punct && n.punct == ':') {
        vesting_header = i > s.b + 1;
        break;
      }
      if (n.kind != NK::word && !(n.kind == NK::punct && n.punct == '/')) break;
    }
  // ('"Quarterly Vesting Date" means each February 15, ...' defines days; its "vesting" is part of the name.)
  // (Only read when the sentence has a header: defines_dates scans the sentence.)
  const auto defines_days = [&] { return defines_dates(nodes, s.b, s.e); };
  if (!vesting_header && (mask & bit(IT::header)) && !defines_days()) {
    for (std::size_t i = s.b; i < s.e && !vesting_header; ++i)
      vesting_header = (nodes[i].kind == NK::word && nodes[i].wid == w_vesting) ||
                       (nodes[i].kind == NK::item && nodes[i].itype == IT::header &&
                        std::string_view(a.norm.text).substr(nodes[i].b, nodes[i].e - nodes[i].b).starts_with("vesting"));
  }
  return vesting_header;
}

// "Each RSU represents a contingent right to receive ...": the span the footnote's kind cites.
void record_represents_vesting(const PassState& a, std::span<const std::uint32_t> sentence_items, StatementSet& read) {
  read.roles.back() = SentenceRole::represents;
  read.represents_vesting = true;
  for (const std::size_t i : sentence_items)
    if (a.nodes[i].itype == IT::represents_vesting) {
      read.represents_b = a.nodes[i].b;
      read.represents_e = a.nodes[i].e;
    }
}

// A definition of a performance award ("the number of PSUs ... can be earned"; "the payout
// factor is based on the achievement of ... metrics"): contingent if nothing else dates it.
void note_performance_definition(const PassState& a, std::span<const std::uint32_t> sentence_items, StatementSet& read,
                                 std::uint32_t sb, std::uint32_t se) {
  const Compiled& comp = compiled();
  static const std::uint16_t r_stock_price = comp.rule_index("stock price"),
                             r_price_of_stock = comp.rule_index("price of the common stock");
  for (const std::size_t i : sentence_items)
    if (a.nodes[i].itype == IT::performance) {
      const std::uint16_t r = a.pool[a.nodes[i].payload].rule;
      if (r != r_stock_price && r != r_price_of_stock) {
        read.performance_definition = true;
        if (!read.performance_definition_span) read.performance_definition_span = std::pair{sb, se};
      }
    }
}

// The sentence's conditions that can keep every date of it uncertain.
struct UncertainConditions {
  bool performance = false;             // "subject to the Company's achievement of a threshold"
  std::optional<std::size_t> later_of;  // node index of "the later of" / "the earlier of" a vesting
};
// The word ids of normalised text [b, e), in order: every word, also those an item consumed ("upon a change in
// control" is one condition item; "the earlier of" may follow a settlement an item read).
template <class F>
void for_each_word_id(std::string_view text, F&& f) {
  const auto word_byte = [](unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; };
  for (std::size_t i = 0; i < text.size();) {
    if (!word_byte(static_cast<unsigned char>(text[i]))) { ++i; continue; }
    std::size_t j = i;
    while (j < text.size() && word_byte(static_cast<unsigned char>(text[j]))) ++j;
    f(lookup(text.substr(i, j - i)));
    i = j;
  }
}

// "vest on the earlier of the first anniversary of the grant date or the date of the next annual meeting": an
// alternative pick_alternative_dates could not date (an event) leaves no certain vesting date. ("will expire /
// be settled / be delivered / is deferred until the earlier of ..." is not a vesting's: those stay as they were.)
bool is_vesting_alternative(const PassState& a, std::size_t sentence_b, std::size_t sentence_e, std::size_t at) {
  static const std::uint16_t not_a_vesting[] = {
      intern("expire"),     intern("expires"),      intern("expired"),     intern("expiring"),   intern("expiration"),
      intern("expiry"),     intern("settle"),       intern("settles"),     intern("settled"),    intern("settling"),
      intern("settlement"), intern("deliver"),      intern("delivers"),    intern("delivered"),  intern("delivery"),
      intern("defer"),      intern("defers"),       intern("deferred"),    intern("deferral"),   intern("distribute"),
      intern("distributed"), intern("distribution"), intern("paid"),       intern("payable"),    intern("issued"),
      intern("terminate"),  intern("terminates"),   intern("terminated"),  intern("terminating"), intern("termination")};
  static const std::uint16_t w_change = intern("change"), w_in = intern("in"), w_of = intern("of"),
                             w_control = intern("control"), w_death = intern("death"), w_disability = intern("disability"),
                             w_qualifying = intern("qualifying"), w_termination = intern("termination");
  const Node& c = a.nodes[at];
  if (a.pool[c.payload].tag == Tag::later_of) return true;
  if (a.pool[c.payload].tag != Tag::earlier_of) return false;
  const std::string_view text(a.norm.text);
  // "will vest and be settled on the earlier of ...": a settlement word joined to a vest verb ("vest and be
  // settled", "vests and is paid", "vest and settle") leaves the alternative the vesting's too.
  static const std::uint16_t w_and = intern("and"), w_vest = intern("vest"), w_vests = intern("vests"),
                             w_be = intern("be"), w_is = intern("is"), w_are = intern("are");
  bool other_thing = false;
  std::uint16_t p1 = 0, p2 = 0, p3 = 0;  // the words before, nearest first
  for_each_word_id(text.substr(a.nodes[sentence_b].b, c.b - a.nodes[sentence_b].b), [&](std::uint16_t id) {
    const bool other = id != 0 && std::find(std::begin(not_a_vesting), std::end(not_a_vesting), id) != std::end(not_a_vesting);
    const auto vest = [&](std::uint16_t x) { return x == w_vest || x == w_vests; };
    const bool joined = (p1 == w_and && vest(p2)) || ((p1 == w_be || p1 == w_is || p1 == w_are) && p2 == w_and && vest(p3));
    other_thing |= other && !joined;
    p3 = p2;
    p2 = p1;
    p1 = id;
  });
  if (other_thing) return false;
  // "the earlier of March 1, 2027 or a change in control": the date with an acceleration beside it, read as before.
  bool acceleration = false;
  std::uint16_t before = 0, before_that = 0;
  const std::size_t end = a.nodes[sentence_e - 1].e;
  for_each_word_id(text.substr(c.e, end > c.e ? end - c.e : 0), [&](std::uint16_t id) {
    acceleration |= (before_that == w_change && (before == w_in || before == w_of) && id == w_control) || id == w_death ||
                    id == w_disability || (before == w_qualifying && id == w_termination);
    before_that = before;
    before = id;
  });
  return !acceleration;
}
UncertainConditions read_uncertain_conditions(const PassState& a, std::size_t sentence_b, std::size_t sentence_e,
                                              std::span<const std::uint32_t> sentence_items) {
  UncertainConditions c;
  for (const std::size_t i : sentence_items) {
    if (a.nodes[i].itype == IT::condition && a.pool[a.nodes[i].payload].tag == Tag::performance) c.performance = true;
    if (a.nodes[i].itype == IT::condition && !c.later_of && is_vesting_alternative(a, sentence_b, sentence_e, i))
      c.later_of = i;
  }
  return c;
}

// Whether a word of the vest family ("vesting", "vests", "exercisable" ...) stands in the sentence as its
// subject or verb; "acquired upon the vesting of", "in connection with vesting" tell what happened, not when.
bool names_vesting(const std::vector<Node>& nodes, const Sentence& s) {
  static const std::uint16_t vest_words[] = {intern("vest"), intern("vests"), intern("vesting"), intern("vested"),
                                             intern("exercisable")};
  static const std::uint16_t w_the = intern("the"), told_by[] = {intern("upon"), intern("on"), intern("following"),
                                                                  intern("after"), intern("of"), intern("with"),
                                                                  intern("from"), intern("at"), intern("before")};
  const auto word_before = [&](std::size_t i) -> std::uint16_t {
    return i > s.b && nodes[i - 1].kind == NK::word ? nodes[i - 1].wid : 0;
  };
  for (std::size_t i = find_word(nodes, s.b, s.e, vest_words); i < s.e; i = find_word(nodes, i + 1, s.e, vest_words)) {
    std::uint16_t before = word_before(i);
    if (before == w_the) before = word_before(i - 1);
    if (std::find(std::begin(told_by), std::end(told_by), before) == std::end(told_by)) return true;  // (0: no word)
  }
  return false;
}

// Whether the sentence holds a word that only a schedule uses ("anniversaries", "installments", "ratably" ...).
bool names_schedule_word(const std::vector<Node>& nodes, const Sentence& s) {
  static const std::uint16_t schedule_words[] = {intern("anniversary"), intern("anniversaries"), intern("installment"),
                                                 intern("installments"), intern("ratably"),       intern("annually"),
                                                 intern("monthly"),      intern("quarterly"),     intern("increments")};
  return any_word_in(nodes, s.b, s.e, schedule_words);
}

// "The RSUs are fully vested and will be settled upon the earlier of separation from service or a change in
// control": the events after the settlement word are the delivery's, not an acceleration of vesting (no vest
// verb after it).
bool settled_after_vested(const PassState& a, const Sentence& s) {
  static const std::uint16_t settles[] = {intern("settled"), intern("settlement"), intern("delivered"), intern("paid"),
                                          intern("distributed"), intern("payable")};
  bool immediate = false, settle = false;
  for (std::size_t i = s.b; i < s.e; ++i) {
    const Node& n = a.nodes[i];
    if (n.kind == NK::item && n.itype == IT::immediate && !settle) immediate = true;
    else if (n.kind == NK::item && n.itype == IT::vest_verb && settle) return false;
    else if (immediate && n.kind == NK::word && std::find(std::begin(settles), std::end(settles), n.wid) != std::end(settles))
      settle = true;
  }
  return settle;
}

// Vesting language the rules did not read: the footnote is refused with `message`, never guessed.
void refuse_sentence(PassState& a, StatementSet& read, const std::string& message, std::uint32_t sb, std::uint32_t se) {
  read.any_vesting_language = true;
  read.unrecognized = true;
  read.roles.back() = SentenceRole::unrecognized;
  a.error("unrecognized", message, sb, se);
}

// An acceleration or proviso beside the schedule: set aside, and remembered in case the
// footnote dates nothing else (settle_unscheduled).
void set_aside_event_sentence(PassState& a, const Sentence& s, Surrounding k, StatementSet& read, std::uint32_t sb,
                              std::uint32_t se) {
  read.roles.back() = SentenceRole::set_aside;
  set_aside_surrounding(a, s, k);
  if (!read.event_only) read.event_only = std::pair{sb, se};
}

// A sentence with vesting but no timing: an acceleration or a proviso set aside, vesting
// language refused, or (no statement words) nothing about this schedule.
void read_undated_vesting(PassState& a, const Sentence& s, const SentenceFacts& f, StatementSet& read) {
  const std::uint64_t mask = f.mask;
  // "All unvested shares will vest in full upon the Reporting Person's death or disability": an acceleration
  // beside the schedule; alone, the footnote dates no vesting (settle_unscheduled).
  // "The option will vest ... upon the first commercial sale of ...": a future vesting on an event
  // is vesting language even beside a word such as "sale" (only a strong not-a-schedule sign,
  // "acquired upon the exercise of", makes it something else).
  // A present or future vest verb beside a portion or a schedule word ("vest ratably on each of the first three
  // anniversaries", "vests with respect to 10% ... on each of the first and second anniversaries") states a vesting
  // even when no timing was read: refused, never "not about vesting".
  const bool states_vesting = f.vest_statement_words || (f.first_vest != s.e && !f.only_past_vesting &&
                                                         ((mask & bit(IT::portion)) || names_schedule_word(a.nodes, s)));
  // "The shares vest ratably on each of the first three anniversaries, and dividends on the unvested shares are paid
  // upon vesting": a vesting stated first, in the present or future, is not undone by a not-a-schedule sign after it
  // (as about_something_else reads a dated one).
  const bool stated_first = !f.nv_strong && f.first_vest < f.first_nv && a.text_of(a.nodes[f.first_vest]) != "vested";
  if (!(states_vesting && (!(mask & bit(IT::not_vesting)) || (f.future_vest && !f.nv_strong) || stated_first))) return;
  if (const Surrounding k = classify_surrounding(a, s); k == Surrounding::acceleration || k == Surrounding::proviso) {
    set_aside_event_sentence(a, s, k, read, f.sb, f.se);
    return;
  }
  refuse_sentence(a, read, "vesting language not understood: \"" + a.quote(f.sb, f.se) + "\"", f.sb, f.se);
}

}  // namespace

bool is_schedule_sentence(PassState& a, const Sentence& s, SentenceFacts& f, const FootnoteWords& words,
                          StatementSet& read) {
  const std::vector<Node>& nodes = a.nodes;
  const std::span<const std::uint32_t> sentence_items = f.items;
  const std::uint64_t& mask = f.mask;  // (read_certification may clear its performance bit)
  const std::uint32_t sb = f.sb, se = f.se;
  SentenceRole& role = read.roles.back();
  if (mask & bit(IT::represents_vesting)) {
    record_represents_vesting(a, sentence_items, read);
    return false;
  }
  const bool has_vest = (mask & (bit(IT::vest_verb) | bit(IT::immediate))) || starts_vesting_header(a, s, mask);
  const bool has_timing = mask & kTimingItems;
  // What read_certification reads (without one of them it changes nothing, and its code is not fetched): a
  // certification word, a condition item (the "were earned based on" note), a when item beside a certification the
  // footnote dates, or a performance item after a sentence that stated the condition met.
  if (words.certification_word || (mask & bit(IT::condition)) || (a.ctx.certified_on && (mask & bit(IT::when))) ||
      (read.performance_met && (mask & bit(IT::performance))))
    read_certification(a, s, f, words.certification_word, read);
  const bool perf = mask & bit(IT::performance);
  if (perf && has_vest && !has_timing) {
    // "forfeited ... to cover tax withholdings, using the market price": not a condition on vesting.
    if (f.first_nv != s.e) {
      role = SentenceRole::set_aside;
      return false;
    }
    record_performance_sentence(a, read, sb, se);
    return false;
  }
  if (perf && !(mask & bit(IT::not_vesting))) note_performance_definition(a, sentence_items, read, sb, se);
  const UncertainConditions conditions = read_uncertain_conditions(a, s.b, s.e, sentence_items);
  // "vest in four annual installments ..., subject to the Company's achievement of
  // a threshold": every tranche is contingent, so no date is certain.
  if (conditions.performance && has_vest && !f.performance_past) {
    record_performance_sentence(a, read, sb, se);
    return false;
  }
  // "vest on the later of the first anniversary of the grant date and the date the registration
  // statement becomes effective": an event can put vesting off indefinitely, so no date is certain.
  if (conditions.later_of && has_vest && !perf) {  // (a performance sentence is contingent anyway)
    const Node& later_of = nodes[*conditions.later_of];
    refuse_sentence(a, read,
                    "\"" + a.quote(later_of.b, later_of.e) + "\" in \"" + a.quote(sb, se) +
                        "\": vesting at the earlier or later of two things is not read unless both are dates (one may be an event)",
                    sb, se);
    return false;
  }
  if (!has_vest) {
    // "The performance condition ... was satisfied on January 30, 2026.": the certification's date, history.
    if (f.performance_past)
      for (std::size_t i : f.certification_dates) read.used_items.push_back(nodes[i].payload);
    // "became convertible ... in three equal annual installments commencing on ...", "The vesting and
    // distribution ... will occur in five installments": installments of the award no verb rule read.
    if ((mask & bit(IT::count)) && (mask & (bit(IT::start) | bit(IT::cadence) | bit(IT::when))) &&
        !(mask & bit(IT::not_vesting)))
      refuse_sentence(a, read, "installments not understood as vesting: \"" + a.quote(sb, se) + "\"", sb, se);
    // "Vesting of the RSUs is 25% per year over four years on the anniversary of the grant date": a portion
    // with its timing beside the word "vesting" that no verb rule read is a schedule not understood, never
    // "not about vesting".
    else if ((mask & bit(IT::portion)) && (mask & kTimingItems) && !(mask & bit(IT::not_vesting)) &&
             names_vesting(nodes, s))
      refuse_sentence(a, read, "vesting language not understood: \"" + a.quote(sb, se) + "\"", sb, se);
    return false;
  }
  if (!has_timing) {
    read_undated_vesting(a, s, f, read);
    return false;
  }
  // "Upon the Reporting Person's death, all unvested RSUs shall immediately vest": vesting at once on an
  // event is an acceleration beside the schedule, not a vesting at grant.
  if ((mask & kTimingItems) == bit(IT::immediate) && !settled_after_vested(a, s) &&
      classify_surrounding(a, s, Surrounding::acceleration) == Surrounding::acceleration) {
    set_aside_event_sentence(a, s, Surrounding::acceleration, read, sb, se);
    return false;
  }
  if (about_something_else(a, f) || past_vesting_beside_sign_elsewhere(a, f, words)) {
    role = SentenceRole::set_aside;
    return false;
  }
  read.any_vesting_language = true;
  role = SentenceRole::schedule;
  return true;
}

void record_performance_sentence(PassState& a, StatementSet& read, std::uint32_t b, std::uint32_t e) {
  read.any_vesting_language = true;
  read.performance_sentences.emplace_back(b, e);
  if (!read.roles.empty()) read.roles.back() = SentenceRole::contingent;
  a.explain("performance condition", b, e);
}

}  // namespace vest::rules
