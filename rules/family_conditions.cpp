// Family: conditions, verbs and signals (level 0, run first so that what they
// consume is hidden from the schedule rules). "Subject to continued service",
// acceleration on a change in control or death, "the earlier of", rounding
// notes; the vesting verbs; "fully vested" and "immediately exercisable";
// performance words; not-a-schedule words (tax withholding, trusts...).
#include "rules/rule_helpers.hpp"

namespace vest::rules {
using namespace helpers;

namespace {

// Names the condition by the words it contains.
std::string condition_kind(const Match& m) {
  static const std::uint16_t control = intern("control"), death = intern("death"), disability = intern("disability"),
                             terminated = intern("terminated"), termination = intern("termination"),
                             retirement = intern("retirement"), employment = intern("employment"),
                             service = intern("service"), serve = intern("serve"), employed = intern("employed"),
                             achievement = intern("achievement"), performance = intern("performance"),
                             continues = intern("continues"), continued = intern("continued"),
                             continuous = intern("continuous");
  // Words of a performance or market condition ("provided that the Company achieves its revenue target",
  // "subject to the Company attaining its operating income goal", "... net sales of at least $1 billion").
  // (A table by word id: every word of a condition is looked up.)
  static const std::vector<std::uint8_t> is_goal_word = [] {
    const std::uint16_t ids[] = {
        intern("achieve"), intern("achieves"), intern("achieved"), intern("achieving"), intern("attain"),
        intern("attains"), intern("attained"), intern("attaining"), intern("attainment"), intern("goal"),
        intern("goals"), intern("target"), intern("targets"), intern("revenue"), intern("revenues"), intern("sales"),
        intern("ebitda"), intern("milestone"), intern("milestones")};
    std::vector<std::uint8_t> t(*std::max_element(std::begin(ids), std::end(ids)) + 1u, 0);
    for (auto id : ids) t[id] = 1;
    return t;
  }();
  // "provided the Company's stock price has closed above $30.00": a price hurdle.
  static const std::uint16_t price = intern("price"), closed = intern("closed"), above = intern("above"),
                             exceeds = intern("exceeds"), exceed = intern("exceed"), reaches = intern("reaches");
  bool cic = false, dd = false, term = false, ret = false, svc = false, perf = false, has_price = false, hurdle = false;
  for (std::size_t i = m.begin; i < m.end; ++i) {
    const Node& n = (*m.nodes)[i];
    if (n.kind == NK::item && n.itype == IT::performance) perf = true;
    if (n.kind != NK::word) continue;
    const auto id = n.wid;
    if (!id) continue;
    cic |= id == control;
    dd |= id == death || id == disability;
    term |= id == terminated || id == termination;
    ret |= id == retirement;
    svc |= id == employment || id == service || id == serve || id == employed || id == continues || id == continued ||
           id == continuous;
    perf |= id == achievement || id == performance;
    perf |= id < is_goal_word.size() && is_goal_word[id];
    has_price |= id == price;
    hurdle |= id == closed || id == above || id == exceeds || id == exceed || id == reaches;
  }
  if (perf || (has_price && hurdle)) return "performance";
  if (cic) return "acceleration_change_in_control";
  if (dd) return "acceleration_death_disability";
  if (ret) return "acceleration_retirement";
  if (term) return "acceleration_termination";
  if (svc) return "continued_service";
  return "condition";
}

std::optional<Item> condition(const Match& m) {
  Item it = make(IT::condition);
  it.note = condition_kind(m);
  return it;
}

// "shares subject to the award vest ..." is a noun phrase, not a condition.
std::optional<Item> subject_to(const Match& m) {
  static const std::uint16_t the = intern("the"), this_ = intern("this"), such = intern("such"), each = intern("each");
  const auto& n = *m.nodes;
  // "25% of the shares subject to the Stock Option vest ...": the shares are the subject.
  static const std::vector<std::uint16_t> holdings = {intern("shares"), intern("share"), intern("units"), intern("rsus"),
                                                      intern("securities"), intern("options")};
  if (m.begin > 0 && n[m.begin - 1].kind == NK::word && n[m.begin - 1].wid != 0)
    for (auto h : holdings)
      if (n[m.begin - 1].wid == h) return std::nullopt;
  std::size_t i = m.at[2];
  if (i < n.size() && (is_w(n[i], the) || is_w(n[i], this_) || is_w(n[i], such) || is_w(n[i], each))) ++i;
  if (i < n.size() && n[i].kind == NK::word && n[i].wid != 0) {
    static const std::vector<std::uint16_t> objects = {intern("option"), intern("options"), intern("award"), intern("awards"),
                                                       intern("grant"), intern("rsu"), intern("rsus"), intern("units"),
                                                       intern("agreement"), intern("psus"), intern("sars"), intern("sar")};
    for (auto o : objects)
      if (n[i].wid == o) return std::nullopt;
  }
  return condition(m);
}

std::optional<Item> note(const Match&) {
  Item it = make(IT::condition);
  it.note = "note";
  return it;
}

auto simple(IT t) {
  return [t](const Match&) -> std::optional<Item> { return make(t); };
}

std::optional<Item> weak_not_vesting(const Match&) {
  Item it = make(IT::not_vesting);
  it.note = "weak";
  return it;
}

// "vesting in four annual installments", "subject to vesting over three years": a vest verb when
// what follows states a schedule; "upon vesting", "the vesting of" and the like are not.
std::optional<Item> vesting_participle(const Match& m) {
  static const std::uint16_t in = intern("in"), over = intern("over"), ratably = intern("ratably"),
                             on = intern("on"), as = intern("as"), according = intern("according"),
                             equally = intern("equally"), of = intern("of"), upon = intern("upon"),
                             the = intern("the"), following = intern("following");
  const auto& n = *m.nodes;
  if (m.end >= n.size()) return std::nullopt;
  const Node& nx = n[m.end];
  const bool subject = m.end - m.begin > 1;
  // "14,772 shares of restricted stock vesting on June 30, 2015": a holding and its date.
  static const std::vector<std::uint16_t> holdings = {intern("shares"), intern("stock"), intern("units"), intern("rsus"),
                                                      intern("options"), intern("psus"), intern("sars"),
                                                      intern("cliff")};  // "cliff vesting on June 7, 2014"
  const bool after_holding = m.begin > 0 && n[m.begin - 1].kind == NK::word &&
                             std::find(holdings.begin(), holdings.end(), n[m.begin - 1].wid) != holdings.end();
  const bool schedule_follows = is_w(nx, in) || is_w(nx, over) || is_w(nx, ratably) || is_w(nx, equally) ||
                                ((subject || after_holding) && (is_w(nx, on) || is_w(nx, as) || is_w(nx, according)));
  if (!schedule_follows) return std::nullopt;
  // "in" must start a schedule: a number, "equal", a cadence word or "installments", not "in connection".
  if (is_w(nx, in) && m.end + 1 < n.size()) {
    const Node& x2 = n[m.end + 1];
    static const std::uint16_t equal = intern("equal"), installments = intern("installments"),
                               substantially = intern("substantially"), approximately = intern("approximately");
    Period p;
    std::size_t k = m.end + 1;
    if (!(x2.kind == NK::number || x2.kind == NK::percent || x2.kind == NK::fraction || is_w(x2, equal) ||
          is_w(x2, installments) || is_w(x2, substantially) || is_w(x2, approximately) || cadence_adj(n, k, p)))
      return std::nullopt;
  }
  if (!subject && m.begin > 0) {
    const Node& pv = n[m.begin - 1];
    if (is_w(pv, of) || is_w(pv, upon) || is_w(pv, the) || is_w(pv, following)) return std::nullopt;
  }
  return make(IT::vest_verb);
}

// "vest immediately upon a change in control" is a condition, not immediate vesting.
std::optional<Item> immediate_unless_event(const Match& m) {
  static const std::uint16_t upon = intern("upon"), in = intern("in"), on = intern("on"), if_ = intern("if"),
                             following = intern("following"), grant = intern("grant"), date = intern("date"),
                             the = intern("the"), as = intern("as");
  const auto& n = *m.nodes;
  std::size_t i = m.end;
  if (i < n.size() && n[i].kind == NK::word &&
      (n[i].wid == upon || n[i].wid == in || n[i].wid == on || n[i].wid == if_ || n[i].wid == following ||
       n[i].wid == as)) {
    std::size_t j = i + 1;
    while (j < n.size() && j < i + 4 && n[j].kind == NK::word && (n[j].wid == the || n[j].wid == date || n[j].wid == 0))
      if (n[j].wid == date) { ++j; break; } else ++j;
    static const std::uint16_t issuance = intern("issuance"), time = intern("time");
    bool grant_follows = false;
    // "fully vested upon grant", "upon issuance", "as of the time of grant".
    for (std::size_t k = i + 1; k < n.size() && k <= i + 4; ++k)
      grant_follows |= is_w(n[k], grant) || is_w(n[k], issuance) || (is_w(n[k], time) && k == i + 2);
    if (!grant_follows) return std::nullopt;
  }
  return make(IT::immediate);
}

}  // namespace

Family conditions_family() {
  Family f;
  f.name = "conditions";
  auto rest = [](bool comma) {
    return custom([comma](const std::vector<Node>& n, std::size_t& i, const Context&) { return rest_of_clause(n, i, comma); });
  };
  auto paren = custom([](const std::vector<Node>& n, std::size_t& i, const Context&) { return to_close_paren(n, i); });
  f.item_rules = {
      {"(as defined <...>)", 0, {p('('), w({"as"}), w({"defined"}), paren}, note},
      {"(with the number of shares ... rounded ...)", 0, {p('('), w({"with"}), w({"the"}), w({"number"}), paren}, note},
      // Early-exercise shares: the company's repurchase right lapsing IS the vesting.
      {"subject to a right of repurchase that lapses", 0,
       {w({"subject"}), w({"to"}), opt(w({"a", "the", "an"})), opt(w({"lapsing"})), opt(w({"repurchase"})), w({"right"}),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t lapses = intern("lapses"), lapse = intern("lapse"), lapsed = intern("lapsed");
          for (std::size_t j = i; j < n.size() && j < i + 14; ++j) {
            if (is_w(n[j], lapses) || is_w(n[j], lapse) || is_w(n[j], lapsed)) {
              i = j + 1;
              return true;
            }
            if (n[j].kind == NK::punct && n[j].punct != ',') return false;
            if (n[j].kind != NK::word && n[j].kind != NK::punct) return false;
          }
          return false;
        })},
       simple(IT::vest_verb)},
      // "subject to (time-based) vesting in four equal annual installments", "vesting in five annual
      // installments": the participle states the schedule (not a condition, not a definition).
      {"subject to vesting in <...>", 0,
       {w({"subject"}), w({"to"}), opt(w({"time", "service"})), opt(p('-')), opt(w({"based"})), w({"vesting"})},
       vesting_participle},
      {"vesting in <...>", 0, {w({"vesting"})}, vesting_participle},
      {"subject to <condition>", 0, {w({"subject"}), w({"to"}), rest(true)}, subject_to},
      // "unless earlier forfeited", "except as otherwise provided in the award agreement": boilerplate
      // about how vesting can end or change, recorded as a condition (the dates stand).
      {"unless earlier forfeited", 0,
       {w({"unless"}), opt(w({"earlier", "sooner", "previously"})), w({"forfeited", "terminated", "cancelled", "canceled"})},
       condition},
      {"except as otherwise provided in <...>", 0,
       {w({"except"}), opt(w({"as"})), opt(w({"otherwise"})), w({"provided", "set", "described", "specified"}), rest(true)},
       condition},
      // "(and if there is no corresponding day, the last day of such month)": how a day is clamped,
      // which the default day-of-month policy already does.
      {"(if there is no corresponding day, the last day of the month)", 0,
       {p('('), opt(w({"and", "or"})), w({"if"}), w({"there"}), w({"is"}), w({"no"}), opt(w({"such"})), w({"corresponding"}),
        paren},
       note},
      // "vest on DATE, or earlier upon death ...": an acceleration, recorded as a condition.
      {"or earlier upon <event>", 0, {w({"or"}), w({"earlier", "sooner"}), w({"upon", "on", "in", "following"}), rest(false)},
       condition},
      // "vest on DATE, or, if earlier, upon a change in control": the same acceleration, the "if" set off by commas.
      {"or, if earlier, upon <event>", 0,
       {w({"or"}), p(','), w({"if"}), w({"earlier", "sooner"}), p(','), w({"upon", "on", "in", "following"}), rest(false)},
       condition},
      // "The PSUs were earned based on performance through DATE and vest ...": certified, no longer contingent.
      {"were earned based on <...>", 0,
       {w({"were", "was", "have", "has", "already"}), opt(w({"been"})), opt(w({"already"})), w({"earned", "certified"}),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t and_ = intern("and");
          for (std::size_t j = i; j < n.size() && j < i + 25; ++j) {
            if (is_w(n[j], and_) || (n[j].kind == NK::punct && n[j].punct != '-')) {
              i = j;
              return true;
            }
          }
          return false;
        })},
       note},
      {"vest as previously reported", 0,
       {w({"as"}), w({"previously", "heretofore", "originally"}), w({"reported", "disclosed"})}, weak_not_vesting},
      {"provided that <condition>", 0,
       {w({"provided"}), opt(p(',')), opt(w({"however"})), opt(p(',')), opt(w({"that"})), rest(false)}, condition},
      {"in the event of <condition>", 0, {w({"in"}), w({"the"}), w({"event"}), w({"of", "that"}), rest(true)}, condition},
      {"upon a change in control <...>", 0,
       {w({"upon", "following", "on"}), opt(w({"a", "the"})), w({"change"}), w({"in", "of"}), w({"control"}), rest(true)},
       condition},
      {"accelerated <...>", 0, {w({"accelerated", "acceleration", "accelerate", "accelerates"}), rest(true)}, condition},
      {"the earlier of", 0, {opt(w({"the"})), w({"earlier", "earliest"}), w({"of"})},
       [](const Match&) -> std::optional<Item> { Item it = make(IT::condition); it.note = "earlier_of"; return it; }},
      {"the later of", 0, {opt(w({"the"})), w({"later", "latest"}), w({"of"})},
       [](const Match&) -> std::optional<Item> { Item it = make(IT::condition); it.note = "later_of"; return it; }},
      {"immediately exercisable", 0, {w({"immediately"}), w({"exercisable"})}, simple(IT::exercisable_now)},
      {"exercisable immediately", 0, {w({"exercisable"}), w({"immediately"})}, simple(IT::exercisable_now)},
      {"early exercise", 0, {w({"early"}), opt(p('-')), w({"exercise", "exercisable"})}, simple(IT::exercisable_now)},
      {"fully exercisable as of the date of grant", 0,
       {w({"fully", "immediately"}), w({"exercisable"}), opt(w({"as"})), w({"of", "on", "upon", "at", "from"}), opt(w({"the"})),
        w({"date", "grant"}), opt(w({"of"})), opt(w({"grant"}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t grant = intern("grant");
         if (!(m.node(5).wid == grant || (m.has(7)))) return std::nullopt;
         return make(IT::exercisable_now);
       }},
      {"exercisable in full as of the grant date", 0,
       {w({"exercisable"}), w({"in"}), w({"full"}), opt(w({"as"})), w({"of", "on", "upon", "at", "from"}), opt(w({"the"})),
        w({"date", "grant"}), opt(w({"of", "date"})), opt(w({"grant"}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t grant = intern("grant");
         if (!(m.node(6).wid == grant || m.has(8))) return std::nullopt;
         return make(IT::exercisable_now);
       }},
      {"fully exercisable (status)", 0, {w({"fully"}), w({"exercisable"})},
       [](const Match&) -> std::optional<Item> { Item it = make(IT::immediate); it.status_only = true; return it; }},
      {"fully vested", 0, {w({"fully"}), w({"vested", "vest", "vests"})}, immediate_unless_event},
      {"vested in full", 0, {w({"vested", "vest", "vests"}), w({"in"}), w({"full"})}, immediate_unless_event},
      {"vested in their entirety", 0, {w({"vested", "vest", "vests"}), w({"in"}), w({"their", "its"}), w({"entirety"})},
       immediate_unless_event},
      {"vest immediately", 0, {w({"vest", "vests", "vested"}), w({"immediately"})}, immediate_unless_event},
      {"immediately vest", 0, {w({"immediately"}), w({"vest", "vests", "vested"})}, immediate_unless_event},
      {"represents the vesting of <award>", 0,
       {w({"represents", "reflects"}), opt(w({"the"})), opt(w({"accelerated", "full", "automatic"})), w({"vesting"}),
        w({"of"})},
       simple(IT::represents_vesting)},
      {"vesting shall occur", 0, {w({"vesting"}), w({"shall", "will"}), w({"occur", "commence", "begin"})}, simple(IT::vest_verb)},
      {"vesting occurs", 0, {w({"vesting"}), w({"occurs", "commences", "begins"})}, simple(IT::vest_verb)},
      // The row is an exercise or settlement; any schedule in the footnote is of the old award.
      {"acquired upon the exercise of", 0,
       {w({"acquired", "received", "issued"}), w({"upon", "on", "pursuant"}), opt(w({"to"})), opt(w({"the"})),
        w({"exercise", "settlement"}), w({"of"})},
       [](const Match&) -> std::optional<Item> { Item it = make(IT::not_vesting); it.note = "strong"; return it; }},
      {"<vest verb>", 0, {w({"vest", "vests", "vested"})}, simple(IT::vest_verb)},
      {"become exercisable", 0, {w({"exercisable"})}, simple(IT::vest_verb)},
      {"as follows", 0, {w({"as"}), w({"follows"})}, simple(IT::header)},
      {"vesting schedule:", 0, {w({"vesting"}), w({"schedule", "dates"}), p(':')}, simple(IT::header)},
      {"pursuant to the following schedule", 0,
       {w({"pursuant", "according"}), w({"to"}), w({"the"}), w({"following"}), w({"schedule"})}, simple(IT::header)},
      {"<performance words>", 0,
       {w({"achievement", "achieve", "achieved", "achieving", "milestone", "milestones", "hurdle", "hurdles", "vwap",
           "payout", "tsr", "earned", "earn", "target", "goals", "fda", "approval", "liquidity", "ipo"})},
       simple(IT::performance)},
      {"performance goal", 0,
       {w({"performance"}), w({"goal", "goals", "condition", "conditions", "criteria", "period", "objectives", "measures",
                              "targets", "metrics", "metric"})},
       simple(IT::performance)},
      {"stock price", 0, {w({"stock", "share"}), w({"price"})}, simple(IT::performance)},
      {"closed at or above $X", 0, {w({"closes", "closed", "close", "trades", "traded"}), w({"at"}), w({"or"}), w({"above"})},
       simple(IT::performance)},
      {"price targets", 0, {w({"price"}), w({"target", "targets", "hurdle", "hurdles", "threshold", "thresholds"})},
       simple(IT::performance)},
      {"price of the common stock", 0, {w({"price"}), w({"of"})},
       [](const Match& m) -> std::optional<Item> {
         // "the exercise price of the options", "the purchase price of the shares": terms, not a hurdle.
         static const std::uint16_t exercise = intern("exercise"), purchase = intern("purchase"),
                                    conversion = intern("conversion"), offering = intern("offering");
         if (m.begin > 0) {
           const Node& pv = (*m.nodes)[m.begin - 1];
           if (is_w(pv, exercise) || is_w(pv, purchase) || is_w(pv, conversion) || is_w(pv, offering)) return std::nullopt;
         }
         return make(IT::performance);
       }},
      {"eligible to vest", 0, {w({"eligible"}), w({"to", "for"}), w({"vest", "vesting"})}, simple(IT::performance)},
      {"total shareholder return", 0, {w({"total"}), w({"shareholder", "stockholder"}), w({"return"})},
       simple(IT::performance)},
      {"<not-a-schedule words>", 0,
       {w({"tax", "taxes", "withholding", "withheld", "withhold", "surrender", "surrendered", "weighted", "trust", "trusts",
           "espp", "dividend", "dividends", "sold", "gift", "gifted", "forfeited", "cancelled", "canceled", "purchased"})},
       simple(IT::not_vesting)},
      // Words that only hint at something else ("will be converted to shares", "the first commercial sale"):
      // they do not outweigh a vest verb with a date in the same sentence.
      {"<weak not-a-schedule words>", 0, {w({"converted", "sale", "sales", "purchase"})}, weak_not_vesting},
      // "Represents the settlement of restricted stock units that vested on ...": with only past vesting,
      // the row is the settlement.
      {"represents the settlement of", 0,
       {w({"represents", "reflects"}), opt(w({"the"})), w({"settlement", "delivery"}), w({"of"})}, weak_not_vesting},
  };
  f.examples = {
      {"PAYMENT OF TAX LIABILITY BY DELIVERING SECURITIES TO THE COMPANY INCIDENT TO THE VESTING OF A SECURITY.", "2013-02-15",
       "17326", "not_vesting", "", "", false},
      {"Shares withheld to satisfy tax withholding obligations upon the vesting of restricted stock units.", "", "100",
       "not_vesting", "", "", false},
      {"The shares are held by a family trust of which the Reporting Person is a trustee.", "", "100", "not_vesting", "", "",
       false},
      {"The price reported is a weighted average price. These shares were sold in multiple transactions.", "", "100",
       "not_vesting", "", "", false},
      {"The RSUs vest on March 1, 2025, subject to the Reporting Person's continued service; provided that the RSUs shall "
       "vest in full upon a change in control.",
       "2024-03-01", "1000", "time_based", "2025-03-01=1000", "", false},
      {"The option is immediately exercisable and vests in four equal annual installments beginning on March 1, 2025.",
       "2024-03-01", "1000", "time_based", "2025-03-01=250 2026-03-01=250 2027-03-01=250 2028-03-01=250", "", true},
      {"The RSUs vest immediately upon a change in control of the Issuer.", "2024-03-01", "1000", "unrecognized", "", "not understood",
       false},
      {"The PSUs will vest upon achievement of the performance goals set by the compensation committee.", "2024-03-01",
       "1000", "performance", "", "", false},
      // Immediate vesting on the grant date; early exercise with a repurchase right that lapses (= vesting).
      {"The option was fully exercisable as of the date of grant and the shares are subject to a right of repurchase in favor "
       "of the Issuer that lapses as to 1/4th of the shares on each monthly anniversary of January 31, 2024.",
       "2024-02-10", "4", "time_based", "2024-02-29=1 2024-03-31=1 2024-04-30=1 2024-05-31=1", "", true},
      {"The option is immediately exercisable for restricted shares, subject to a repurchase right that lapses pursuant to the "
       "option's vesting schedule.",
       "2024-02-10", "4", "unrecognized", "", "does not state its vesting schedule", true},
      // "vest on X, or earlier upon ..." is an acceleration condition; "earlier" elsewhere is not understood.
      {"The units vest in two installments: 50% on June 1, 2026 and 50% on June 1, 2027, or, if earlier, upon a change in control of the Issuer.",
       "2025-06-01", "10", "time_based", "2026-06-01=5 2027-06-01=5", "", false},
      {"The award vests on the third anniversary of the grant date or, if sooner, on the Reporting Person's retirement.", "2025-06-01",
       "10", "time_based", "2028-06-01=10", "", false},
      {"The RSUs will vest on February 15, 2026, or earlier upon the Reporting Person's death or disability.", "2025-02-15",
       "10", "time_based", "2026-02-15=10", "", false},
      {"The RSUs will vest on February 15, 2026 or on an earlier date chosen by the committee.", "2025-02-15", "10",
       "unrecognized", "", "not understood", false},
      // Performance: milestones, thresholds on every tranche; already-earned units are time-based.
      {"The option will vest in full upon the FDA's approval of the Company's product candidate.", "2024-01-10", "10",
       "performance", "", "", false},
      {"The RSUs vest in two equal annual installments commencing on the first anniversary of the grant date, subject to the "
       "Company's achievement of a minimum revenue threshold for the preceding fiscal year.",
       "2024-03-01", "10", "performance", "", "", false},
      {"The PSUs were earned based on performance through December 31, 2023 and vest 50% on March 1, 2024 and 50% on March 1, "
       "2025.",
       "2024-02-20", "10", "time_based", "2024-03-01=5 2025-03-01=5", "", false},
      {"The RSUs were granted under the Issuer's 2019 Equity Incentive Plan and vest as previously reported.", "2024-05-20",
       "10", "not_vesting", "", "", false},
      // An exercise or settlement row: the schedule described is of the old award.
      {"The shares were received upon the exercise of a stock option granted on March 1, 2019 that vested in four equal annual installments.",
       "2024-05-20", "400", "not_vesting", "", "", false},
      {"Shares issued upon settlement of RSUs that vested in equal quarterly installments over two years.", "2024-05-20",
       "800", "not_vesting", "", "", false},
      // "Vesting shall occur" is vesting language, never not_vesting.
      {"Vesting shall occur in equal annual installments over three years from the grant date.", "", "300", "time_based", "",
       "needs grant_date", false},
      // An anchor given by an event is not a date.
      {"The RSUs vest in equal quarterly installments over two years, beginning upon the consummation of the merger.",
       "2024-05-20", "800", "unrecognized", "", "not understood", false},
      {"The option vests monthly over 24 months commencing upon the closing of the initial public offering.", "2024-05-20",
       "2400", "unrecognized", "", "not understood", false},
      // Amounts that do not pair one to one with the dates "respectively".
      {"On each of March 1, 2025 and March 1, 2026, the following numbers of shares vest: 300, 200 and 500, respectively.",
       "2024-05-20", "1000", "unrecognized", "", "not understood", false},
      // "each" before a single date: a recurrence that no rule read is never one tranche.
      {"On each Vesting Date, 1/8th of the units will vest.", "2024-01-31", "800", "unrecognized", "", "not understood", false},
      // 2026-12-01 families: "in their entirety at the time of grant", "fully vested upon issuance", "subject to
      // (time-based) vesting in/over", "exercisable in full as of the grant date", performance-award definitions,
      // and what is none of them.
      {"These stock units vested in their entirety at the time of grant.", "2025-09-02", "812", "immediate", "2025-09-02=812", "", false},
      {"The shares were fully vested upon issuance.", "2025-05-01", "7", "immediate", "2025-05-01=7", "", false},
      {"The PSUs are subject to vesting in three equal annual installments commencing on March 15, 2025.", "2024-03-17", "3", "time_based", "2025-03-15=1 2026-03-15=1 2027-03-15=1", "", false},
      {"Each unit represents a right to receive one share of common stock subject to time-based vesting over three equal annual installments occurring on each anniversary of the vesting start date. Vesting start date is July 3, 2023.", "2023-07-03", "3", "time_based", "2024-07-03=1 2025-07-03=1 2026-07-03=1", "", false},
      {"Shares withheld to cover taxes upon vesting in connection with the RSUs.", "", "10", "not_vesting", "", "", false},
      {"The option is exercisable in full as of the grant date; the unvested shares shall become vested in 4 equal quarterly installments commencing three months after the grant date.", "2025-01-31", "4", "time_based", "2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1", "", true},
      {"Each performance share unit represents a right to receive one share; the number of units reported is the maximum number that can be earned.", "", "10", "performance", "", "", false},
      {"The number of units credited is based on the annual retainer earned by the director for the quarter.", "", "10", "not_vesting", "", "", false},
      {"The exercise price of the options accretes at 10% per year.", "", "10", "not_vesting", "", "", false},
      {"The RSUs vest as to 1/8 on each third Vesting Date following March 5, 2024.", "", "8", "unrecognized", "", "not understood", false},
      // A performance condition stated as met is history; one still to be certified is not.
      {"These PSUs were earned upon the achievement of performance goals as certified previously by the Committee on "
       "February 28, 2025 and are subject to vesting in two equal annual installments commencing on March 15, 2025.",
       "2025-03-17", "10", "time_based", "2025-03-15=5 2026-03-15=5", "", false},
      {"The PSUs shall become vested, if at all, following the end of the performance period based on revenue growth, as "
       "certified by the Committee.",
       "2025-03-17", "10", "performance", "", "", false},
      // A future vesting on an event is never "not a schedule", whatever other words it has.
      {"The option will vest upon the first commercial sale of the Company's lead product.", "2024-05-20", "10",
       "unrecognized", "", "not understood", false},
      // Real-filing families: "cliff vesting on", a vesting on the grant date beside "converted", "vesting occurs",
      // performance awards "as previously reported", price hurdles, "vest pursuant to" a schedule elsewhere,
      // installments without a vest verb, a dated award whose size is performance-based.
      {"On June 7, 2023, the Reporting Person was granted 4,000 restricted stock units, cliff vesting on June 7, 2024.", "", "4000", "time_based", "2024-06-07=4000", "", false},
      {"The stock unit becomes vested upon the date of grant and will be converted to an equal number of shares upon termination of service.", "2023-10-17", "10", "immediate", "2023-10-17=10", "", false},
      {"Grant of restricted stock units. Vesting occurs in equal increments on the anniversary dates for the following three years.", "2022-04-01", "3", "time_based", "2023-04-01=1 2024-04-01=1 2025-04-01=1", "", false},
      {"These performance based units vest ratably over a three-year performance period as previously reported.", "2017-01-30", "", "performance", "", "", false},
      {"Represents the target number of performance share units; the actual number earned may range from 0% to 150% of "
       "target depending on achievement of cumulative earnings per share goals.", "2025-02-10", "900", "performance", "",
       "", false},
      // A performance or market condition in a proviso makes every tranche contingent.
      {"The RSUs will vest in three equal annual installments beginning on the first anniversary of the grant date, provided "
       "that the Company achieves its 2025 revenue target.", "2025-03-01", "900", "performance", "", "", false},
      {"Subject to the Company attaining its 2025 operating income goal, the RSUs vest in three equal annual installments "
       "beginning March 1, 2026.", "2025-03-01", "900", "performance", "", "", false},
      {"The shares vest in two equal annual installments beginning on the first anniversary of the grant date, provided the "
       "Company's stock price has closed above $30.00 for 20 consecutive trading days.", "2025-03-01", "900", "performance",
       "", "", false},
      // A service proviso keeps the dates.
      {"The RSUs vest in three equal annual installments beginning on the first anniversary of the grant date, provided that "
       "the reporting person remains employed through each vesting date.", "2025-03-01", "900", "time_based",
       "2026-03-01=300 2027-03-01=300 2028-03-01=300", "", false},
      // "the later of" an anniversary and an event: no certain date.
      {"The RSUs vest on the later of (i) the first anniversary of the grant date and (ii) the date the Issuer's registration "
       "statement becomes effective.", "2025-03-01", "500", "unrecognized", "", "later of", false},
      {"The option vests in full if the Issuer's common stock closed at or above $20.00 per share for 30 consecutive trading days.", "2020-01-30", "10", "performance", "", "", false},
      {"The restricted stock units vest pursuant to the Vesting Schedule (as defined in footnote (2)).", "2022-02-07", "10", "unrecognized", "", "not understood", false},
      {"Each phantom unit became convertible into cash in three equal annual installments commencing on the annual vesting date following the year of grant.", "2023-02-13", "", "unrecognized", "", "not understood", false},
      {"The performance units will convert into 0 to 2 shares each based on the increase in the share price over the performance period. The units are scheduled to vest on January 1, 2016.", "2013-03-01", "100", "performance", "", "", false},
      // Boilerplate on how vesting can end or change is a condition; the dates stand.
      {"The RSUs vest on the third anniversary of the grant date, unless earlier forfeited.", "2024-01-31", "3", "time_based",
       "2027-01-31=3", "", false},
      {"The RSUs vest on the third anniversary of the grant date, subject to continued employment, except as otherwise "
       "provided in the award agreement.",
       "2024-01-31", "3", "time_based", "2027-01-31=3", "", false},
      // A schedule stated first stands beside what the sentence says after it; a past vesting next to
      // withholding is the withholding's.
      {"The RSUs vest on March 1, 2026, and unvested units are forfeited upon termination of employment.", "2025-03-01", "10",
       "time_based", "2026-03-01=10", "", false},
      {"The RSUs vest on March 1, 2026 and will be settled in shares, net of shares withheld for taxes.", "2025-03-01", "10",
       "time_based", "2026-03-01=10", "", false},
      {"These RSUs vested on March 1, 2024 and shares were withheld to satisfy tax obligations.", "2025-03-01", "10",
       "not_vesting", "", "", false},
      {"Shares withheld to satisfy tax obligations upon the vesting of RSUs that vest on March 1, 2026.", "2025-03-01", "10",
       "not_vesting", "", "", false},
      {"Represents the settlement of restricted stock units that vested on March 1, 2025 in shares of common stock.",
       "2025-03-15", "1000", "not_vesting", "", "", false},
      {"Represents the settlement of restricted stock units; the remaining units vest on March 1, 2026.", "2025-03-15",
       "1000", "time_based", "2026-03-01=1000", "", false},
      // Only past vesting (a list of dates, too) beside withholding is the withholding's.
      {"Shares withheld for taxes upon vesting of RSUs that vested on each of March 1, 2024 and March 1, 2025.",
       "2025-03-15", "1000", "not_vesting", "", "", false},
      {"The restricted stock units were previously reported and vested on each of March 1, 2024 and March 1, 2025; this "
       "report reflects the shares withheld for taxes.", "2025-03-15", "1000", "not_vesting", "", "", false},
      // Settlement, delivery or deferral beside vesting only in the past: the date is the delivery's.
      {"Represents shares of common stock delivered on February 13, 2020 in settlement of restricted stock units that "
       "vested previously.", "2020-02-13", "1620", "not_vesting", "", "", false},
      {"The previously vested RSUs were settled in shares of the Issuer's common stock on March 2, 2025.", "2024-03-01",
       "100", "not_vesting", "", "", false},
      {"Under a deferral election made on January 4, 2021, receipt of the vested shares has been deferred until the "
       "Reporting Person's separation from service.", "2020-09-30", "100", "not_vesting", "", "", false},
      {"The Reporting Person elected to defer receipt of the shares underlying the vested restricted stock units until "
       "June 3, 2017.", "2016-06-03", "100", "not_vesting", "", "", false},
      // A future vesting beside its settlement stands.
      {"The RSUs will vest on March 1, 2026 and will be delivered within 30 days after vesting.", "2025-03-01", "10",
       "time_based", "2026-03-01=10", "", false},
  };
  return f;
}

}  // namespace vest::rules
