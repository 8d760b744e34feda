// Condition rules: provisos and boilerplate around a schedule ("subject to continued service", "provided
// that", "unless earlier forfeited", acceleration, "or, if earlier, upon", "the earlier of", notes).
#include "rules/family_conditions_parts.hpp"
#include "rules/salient_words.hpp"

namespace vest::rules::condition_rules {

namespace {

// What a proviso's words say, gathered in one walk over them (a condition is looked at once, not once a test).
// The classes of a word, by word id (every word of every condition is looked up).
enum ProvisoWord : std::uint16_t {
  kControl = 1u << 0,  // "control": a change in control
  kDeathDisability = 1u << 1,
  kTermination = 1u << 2,  // "terminated", "termination"
  kRetirement = 1u << 3,
  kService = 1u << 4,  // "employment", "service", "continued" ...
  kGoal = 1u << 5,     // a performance or market condition: "achievement", "performance", "revenue" ...
  kPrice = 1u << 6,
  kHurdle = 1u << 7,    // "closed", "above", "exceeds" ...
  kApproval = 1u << 8,  // "approval", "approve", "ratification"
  kCliff = 1u << 9,
  kForfeit = 1u << 10,         // "forfeit", "forfeits", "forfeited", "forfeiture"
  kSalientCadence = 1u << 11,  // salience(): Salient::cadence
  kSalientDate = 1u << 12,     // salience(): Salient::date
};
// Word ids are below 4000 (the word table's limit); a table of 4096 (8 KB) covers them.
constexpr std::size_t kProvisoTableSize = 4096;

std::uint16_t classes_of(std::uint16_t wid);

const std::vector<std::uint16_t>& proviso_word_table() {
  static const std::vector<std::uint16_t> table = [] {
    std::vector<std::uint16_t> t(kProvisoTableSize, 0);
    for (std::size_t id = 1; id < t.size(); ++id) t[id] = classes_of(static_cast<std::uint16_t>(id));
    return t;
  }();
  return table;
}

// The classes of word id `wid` (0: not in the lexicon, no class).
std::uint16_t classes_of(std::uint16_t wid) {
  static const std::pair<std::uint16_t, std::vector<std::uint16_t>> classes[] = {
      {kControl, {intern("control")}},
      {kDeathDisability, {intern("death"), intern("disability")}},
      {kTermination, {intern("terminated"), intern("termination")}},
      {kRetirement, {intern("retirement")}},
      {kService, {intern("employment"), intern("service"), intern("serve"), intern("employed"), intern("continues"),
                  intern("continued"), intern("continuous")}},
      // Words of a performance or market condition ("provided that the Company achieves its revenue target",
      // "subject to the Company attaining its operating income goal", "... net sales of at least $1 billion").
      {kGoal, {intern("achievement"), intern("performance"), intern("achieve"), intern("achieves"), intern("achieved"),
               intern("achieving"), intern("attain"), intern("attains"), intern("attained"), intern("attaining"),
               intern("attainment"), intern("goal"), intern("goals"), intern("target"), intern("targets"),
               intern("revenue"), intern("revenues"), intern("sales"), intern("ebitda"), intern("milestone"),
               intern("milestones")}},
      // "provided the Company's stock price has closed above $30.00": a price hurdle.
      {kPrice, {intern("price")}},
      {kHurdle, {intern("closed"), intern("above"), intern("exceeds"), intern("exceed"), intern("reaches")}},
      // "subject to shareholder approval of the Plan amendment": a contingency still to come (refused unless read).
      // ("as approved by the stockholders" is history: only the noun and the infinitive.)
      {kApproval, {intern("approval"), intern("approve"), intern("ratification")}},
      {kCliff, {intern("cliff")}},
      {kForfeit, {intern("forfeit"), intern("forfeits"), intern("forfeited"), intern("forfeiture")}},
  };
  if (wid == 0) return 0;
  std::uint16_t out = 0;
  for (const auto& [bit, ids] : classes)
    if (std::find(ids.begin(), ids.end(), wid) != ids.end()) out |= bit;
  Node word;
  word.kind = NK::word;
  word.wid = wid;
  const Salient sal = salience(word);
  if (sal == Salient::cadence) out |= kSalientCadence;
  if (sal == Salient::date) out |= kSalientDate;
  return out;
}

// The classes of the words of nodes [b, e) of a proviso, walked once (`table`: proviso_word_table()).
struct ProvisoWalk {
  const std::vector<Node>& n;
  const std::uint16_t* const table = proviso_word_table().data();
  std::uint16_t classes(const Node& x) const {
    if (x.kind != NK::word) return 0;
    return x.wid < kProvisoTableSize ? table[x.wid] : classes_of(x.wid);
  }
  // Whether node i carries timing ("subject to a one-year cliff", "provided that no shares vest before the first
  // anniversary"), given its classes `w` and whether the node before it (within the proviso) is "dated": a date
  // right after "dated" is a document's date, no timing.
  static bool timing_node(const Node& x, std::uint16_t w, bool after_dated) {
    if ((w & (kCliff | kSalientCadence)) || x.kind == NK::percent || x.kind == NK::fraction) return true;
    const bool date = (w & kSalientDate) || x.kind == NK::date || x.kind == NK::month_day;
    return date && !after_dated;
  }
  // "one-year", "12 months": a length of time (duration_at; only a number starts one).
  bool duration(std::size_t i, std::size_t e) const { return n[i].kind == NK::number && duration_at(n, i, e); }
};

// Names the condition by the classes of its words (`approval`: an approval word not after "such", `perf_item`: a
// performance item among them).
Tag condition_kind(std::uint16_t words, bool approval, bool perf_item) {
  if (perf_item || (words & kGoal) || ((words & kPrice) && (words & kHurdle))) return Tag::performance;
  if (words & kControl) return Tag::acceleration_change_in_control;
  if (words & kDeathDisability) return Tag::acceleration_death_disability;
  if (words & kRetirement) return Tag::acceleration_retirement;
  if (words & kTermination) return Tag::acceleration_termination;
  if (approval) return Tag::approval;  // (after the accelerations: "subject to the Board's approval upon a change in control")
  if (words & kService) return Tag::continued_service;
  return Tag::condition;
}

// A proviso no kind names that carries timing, or a service proviso with a duration ("provided that the reporting
// person has completed one year of service": duration_at), changes the schedule: it is not set aside as
// boilerplate but left to the salient-word accounting, which refuses it unless a rule reads it. (Restating the end,
// "continued service through March 1, 2025", is no duration; "retires after age 60": a number alone is no timing.)
bool carries_timing(const ProvisoWalk& walk, std::size_t b, std::size_t e) {
  static const std::uint16_t dated = intern("dated");
  for (std::size_t i = b; i < e; ++i) {
    const Node& x = walk.n[i];
    if (ProvisoWalk::timing_node(x, walk.classes(x), i > b && is_w(walk.n[i - 1], dated)) || walk.duration(i, e))
      return true;
  }
  return false;
}

// (Still an item, so its words are consumed once: declining the match would let every later word of a long clause
// start it again — quadratic on a long text. Unread, a "timing" condition is refused by account_for_salient_words.)
std::optional<Item> condition(const Match& m) {
  static const std::uint16_t such = intern("such"), provided = intern("provided"), subject = intern("subject"),
                             to = intern("to"), day = intern("day"), dated = intern("dated");
  const std::vector<Node>& n = *m.nodes;
  const ProvisoWalk walk{n};
  std::uint16_t words = 0;
  bool approval = false, perf_item = false, timing = false, duration = false, day_of_period = false;
  std::size_t second_proviso = m.end;  // where a proviso inside the words of the first opens
  for (std::size_t i = m.begin; i < m.end; ++i) {
    const Node& x = n[i];
    if (x.kind == NK::item && x.itype == IT::performance) perf_item = true;
    const std::uint16_t w = walk.classes(x);
    words = static_cast<std::uint16_t>(words | w);
    // ("through such approval": the event a contingent part already names, not an approval of its own.)
    approval |= (w & kApproval) && !(i > m.begin && is_w(n[i - 1], such));
    timing |= ProvisoWalk::timing_node(x, w, i > m.begin && is_w(n[i - 1], dated));
    duration |= walk.duration(i, m.end);
    // "subject to continued service through the 15th day of the applicable quarter": a day of each period the
    // service runs to may be the installments' day (a quarter's end is only inferred when no day is said).
    day_of_period |= x.kind == NK::ordinal && i + 1 < m.end && is_w(n[i + 1], day);
    // "provided that vesting will accelerate in full upon a change in control, provided that no shares shall vest
    // before D", "provided the Reporting Person remains employed on such date, provided that ...": a second proviso
    // inside the words of the first is a proviso of its own, whatever the first's kind.
    if (second_proviso == m.end && i >= m.begin + 2 &&
        (is_w(x, provided) || (is_w(x, subject) && i + 1 < m.end && is_w(n[i + 1], to))))
      second_proviso = i;
  }
  // "subject to a one-year cliff": left to the cliff rule (its words are read from "a"). Only a short proviso is
  // declined, so a long unclosed one ("subject to (" ...) is consumed once, never rescanned from every later word.
  if (m.end - m.begin <= 24 && (words & kCliff)) return std::nullopt;
  timing |= duration;
  Item it = make(IT::condition);
  it.tag = condition_kind(words, approval, perf_item);
  // "provided that if the optionee's service terminates before the first anniversary of the grant date, the option
  // will be forfeited in its entirety": a forfeiture tied to a time is a cliff in other words, whatever its kind.
  if ((it.tag == Tag::condition && timing) || (it.tag == Tag::continued_service && (duration || day_of_period)) ||
      ((words & kForfeit) && timing) || (second_proviso != m.end && carries_timing(walk, second_proviso, m.end)))
    it.tag = Tag::timing;
  return it;
}

// "shares subject to the award vest ..." is a noun phrase, not a condition.
std::optional<Item> subject_to(const Match& m) {
  static const std::uint16_t the = intern("the"), this_ = intern("this"), such = intern("such"), each = intern("each"),
                             these = intern("these"), those = intern("those");
  const auto& n = *m.nodes;
  // "25% of the shares subject to the Stock Option vest ...": the shares are the subject.
  static const std::vector<std::uint16_t> holdings = {intern("shares"), intern("share"), intern("units"), intern("rsus"),
                                                      intern("securities"), intern("options")};
  if (m.begin > 0 && n[m.begin - 1].kind == NK::word && n[m.begin - 1].wid != 0)
    for (auto h : holdings)
      if (n[m.begin - 1].wid == h) return std::nullopt;
  std::size_t i = m.at[2];
  // ("The shares of common stock subject to these RSUs were fully vested upon issuance": as "underlying these RSUs".)
  if (i < n.size() && (is_w(n[i], the) || is_w(n[i], this_) || is_w(n[i], such) || is_w(n[i], each) ||
                       is_w(n[i], these) || is_w(n[i], those)))
    ++i;
  // "40% of the award is subject to time-based vesting and vests ratably ...; the remaining 60% is subject to
  // performance-based vesting based on ...": the kind of vesting of a part, not a condition on the schedule.
  // Time or service: the part's own words date it; performance: the part is contingent.
  static const std::uint16_t time = intern("time"), service = intern("service"), performance = intern("performance"),
                             based = intern("based"), vesting = intern("vesting");
  // (Only as the predicate of a part: "60% ... is subject to ..."; "Includes 437,718 shares of restricted stock subject
  // to time-based vesting and ..." describes holdings.)
  static const std::uint16_t is = intern("is"), are = intern("are");
  const bool predicate = m.begin > 0 && (is_w(n[m.begin - 1], is) || is_w(n[m.begin - 1], are));
  if (predicate && i + 1 < n.size() && (is_w(n[i], time) || is_w(n[i], service) || is_w(n[i], performance))) {
    std::size_t j = i + 1;
    if (n[j].kind == NK::punct && n[j].punct == '-') ++j;
    if (j < n.size() && is_w(n[j], based)) ++j;
    if (j < n.size() && is_w(n[j], vesting) && j > i + 1) {
      if (!is_w(n[i], performance)) return std::nullopt;
      return make(IT::performance);
    }
  }
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
  it.tag = Tag::note;
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
  // "Restricted stock units ..., vesting 33 1/3% on each of ...", "units vesting 25% per year": an amount right after
  // the participle that follows a holding or a comma.
  const bool after_comma = m.begin > 0 && n[m.begin - 1].kind == NK::punct && n[m.begin - 1].punct == ',';
  const bool amount_follows = (after_holding || after_comma) && (nx.kind == NK::percent || nx.kind == NK::fraction);
  // "The RSUs were awarded on May 22, 2025, vesting on May 22, 2026", "Option granted May 22, 2025, vesting monthly
  // over 48 months": a date (a date token or a month name) or a cadence right after ", vesting".
  Period cadence_period;
  std::size_t after = m.end;
  const bool dated_after_comma =
      after_comma && ((is_w(nx, on) && m.end + 1 < n.size() && (n[m.end + 1].kind == NK::date || n[m.end + 1].kind == NK::month_day)) ||
                      cadence_adj(n, after, cadence_period));
  if (!schedule_follows && !amount_follows && !dated_after_comma) return std::nullopt;
  // "in" must start a schedule: a number, "equal", a cadence word or "installments", not "in connection".
  if (is_w(nx, in) && m.end + 1 < n.size()) {
    const Node& x2 = n[m.end + 1];
    static const std::uint16_t equal = intern("equal"), installments = intern("installments"),
                               substantially = intern("substantially"), approximately = intern("approximately"),
                               full = intern("full");
    Period p;
    std::size_t k = m.end + 1;
    // ("The option was awarded on D, vesting in full on the fifth anniversary of the grant date": after a comma, "in
    // full" and its date state the vesting.)
    const bool in_full_dated = after_comma && is_w(x2, full) && m.end + 2 < n.size() && is_w(n[m.end + 2], on);
    if (!(x2.kind == NK::number || x2.kind == NK::percent || x2.kind == NK::fraction || is_w(x2, equal) ||
          is_w(x2, installments) || is_w(x2, substantially) || is_w(x2, approximately) || cadence_adj(n, k, p) ||
          in_full_dated))
      return std::nullopt;
  }
  if (!subject && m.begin > 0) {
    const Node& pv = n[m.begin - 1];
    if (is_w(pv, of) || is_w(pv, upon) || is_w(pv, the) || is_w(pv, following)) return std::nullopt;
  }
  return make(IT::vest_verb);
}

}  // namespace

namespace {

// "with an exercise price equal to the closing price of the common stock on the grant date": the option's price,
// whose date and "closing" are not the schedule's (set aside up to "and", a relative pronoun or punctuation).
ItemRule option_price_rule() {
  return {"an exercise price equal to the closing price on <date>",
          0,
          {w({"exercise", "strike"}), w({"price"}), opt(w({"per"})), opt(w({"share"})), w({"equal", "equivalent"}),
           w({"to"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
             static const std::uint16_t stops[] = {intern("and"),     intern("which"),  intern("that"),
                                                   intern("but"),     intern("vest"),   intern("vests"),
                                                   intern("vesting"), intern("subject")};
             std::size_t j = i;
             for (; j < n.size() && j < i + 20; ++j) {
               if (n[j].kind == NK::punct && n[j].punct != '-' && n[j].punct != '$') break;
               if (n[j].kind == NK::item) return false;
               if (std::any_of(std::begin(stops), std::end(stops), [&](std::uint16_t id) { return is_w(n[j], id); }))
                 break;
             }
             if (j == i || j == i + 20) return false;
             i = j;
             return true;
           })},
          note};
}

}  // namespace

// Units the footnote says were already earned ("Represents performance stock units earned upon certification of
// ... for the performance period ended D"): a note, read like "were earned based on" (classify_sentence.cpp).
std::vector<ItemRule> earned_units_rules() {
  return {
      // "Represents performance stock units earned upon certification of achievement of the performance goals for
      // the performance period ended D": units named as already earned (the participle right after the units' noun,
      // in a sentence that says what the reported units are), a note like "were earned"; "that will be earned" or
      // "units to be earned" are not this.
      {"represents <units> earned upon <...>", 0,
       {w({"represents", "represent"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t units = intern("units"), psus = intern("psus"), rsus = intern("rsus"),
                                     shares = intern("shares"), earned = intern("earned");
          for (std::size_t j = i; j < n.size() && j < i + 5 && n[j].kind == NK::word; ++j)
            if (is_w(n[j], earned)) {
              if (j == i || !(is_w(n[j - 1], units) || is_w(n[j - 1], psus) || is_w(n[j - 1], rsus) ||
                              is_w(n[j - 1], shares)))
                return false;
              i = j + 1;
              return true;
            }
          return false;
        }),
        // (Not over "certification on <date>": that date is the certification's, read by classify_sentence.cpp.)
        w({"upon", "based", "following", "after"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t and_ = intern("and"), on = intern("on");
          for (std::size_t j = i; j < n.size() && j < i + 25; ++j) {
            if (is_w(n[j], on) && j + 1 < n.size() && (n[j + 1].kind == NK::date || n[j + 1].kind == NK::item)) return false;
            if (is_w(n[j], and_) || (n[j].kind == NK::punct && n[j].punct != '-')) {
              i = j;
              return true;
            }
          }
          return false;
        })},
       note},
  };
}

namespace {

// The rest of a parenthesis that gives no date (one that does may define an anchor).
bool to_close_paren_without_date(const std::vector<Node>& n, std::size_t& i, const Context&) {
  const std::size_t from = i;
  if (!to_close_paren(n, i)) return false;
  return std::none_of(n.begin() + static_cast<std::ptrdiff_t>(from), n.begin() + static_cast<std::ptrdiff_t>(i),
                      [](const Node& x) { return x.kind == NK::date; });
}

}  // namespace

std::vector<ItemRule> proviso_rules() {
  auto rest = [](bool comma) {
    return custom([comma](const std::vector<Node>& n, std::size_t& i, const Context&) { return rest_of_clause(n, i, comma); });
  };
  auto paren = custom([](const std::vector<Node>& n, std::size_t& i, const Context&) { return to_close_paren(n, i); });
  return {
      // "with a one-year cliff", "subject to a six-month cliff", "and a 12-month cliff period": a length of service
      // from the series' start before anything vests (assemble_installments.cpp: apply_cliff; unread, it is refused).
      {"with a one-year cliff", 0,
       // (From "a": a pattern that begins with optional words is tried at every position.)
       {w({"a", "an"}), k(NK::number), opt(p('-')), w({"month", "months", "year", "years"}), opt(p('-')), w({"cliff"}),
        opt(w({"period"}))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month"), months = intern("months");
         const Node& n = m.node(1);
         if (n.den != 1 || n.num < 1 || n.num > 120 || is_year(n)) return std::nullopt;
         const bool in_months = m.node(3).wid == month || m.node(3).wid == months;
         Item it = make(IT::condition);
         it.tag = Tag::cliff;
         it.period = in_months ? Period::months(static_cast<int>(n.num)) : Period::years(static_cast<int>(n.num));
         it.has_period = true;
         return it;
       }},
      option_price_rule(),
      // (Not when it gives a date: "(as defined in the award agreement, June 3, 2024)" defines the anchor before it,
      // family_anchors_definitions.cpp.)
      {"(as defined <...>)", 0,
       {p('('), w({"as"}), w({"defined"}), custom(to_close_paren_without_date)}, note},
      {"(with the number of shares ... rounded ...)", 0, {p('('), w({"with"}), w({"the"}), w({"number"}), paren}, note},
      // Early-exercise shares: the company's repurchase right lapsing IS the vesting.
      // ("subject to the Issuer's repurchase right, which lapses", "subject to a lapsing repurchase option that lapses")
      {"subject to a right of repurchase that lapses", 0,
       {w({"subject"}), w({"to"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t repurchase = intern("repurchase"), right = intern("right"), option = intern("option");
          bool named = false;  // "repurchase" before "right" / "option" (a bare "right" as before)
          for (std::size_t j = i; j < n.size() && j < i + 6; ++j) {
            if (n[j].kind != NK::word) return false;
            if (is_w(n[j], right) || (named && is_w(n[j], option))) { i = j + 1; return true; }
            named |= is_w(n[j], repurchase);
          }
          return false;
        }),
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
      // "Unless earlier vested pursuant to the terms of the Plan, the RSUs shall vest on June 1, 2027": an
      // acceleration the plan allows, recorded as a condition (the dates stand).
      {"unless earlier vested <...>", 0,
       {w({"unless"}), w({"earlier", "sooner", "previously"}), w({"vested", "accelerated"}), rest(true)}, condition},
      {"except as otherwise provided in <...>", 0,
       {w({"except"}), opt(w({"as"})), opt(w({"otherwise"})), w({"provided", "set", "described", "specified"}), rest(true)},
       condition},
      // "(and if there is no corresponding day, the last day of such month)": how a day is clamped,
      // which the default day-of-month policy already does.
      {"(if there is no corresponding day, the last day of the month)", 0,
       {p('('), opt(w({"and", "or"})), w({"if"}), w({"there"}), w({"is"}), w({"no"}), opt(w({"such"})), w({"corresponding"}),
        paren},
       note},
      // "Quarterly grant of fully vested shares", "Annual award to non-employee directors", "in payment of the 2025
      // annual bonus", "the annual cash incentive earned for 2025": how often awards (or the pay they stand for) are
      // made, not a cadence of vesting (not "the annual grant date").
      {"quarterly grant / annual award", 0,
       {hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          if (i < n.size() && is_year(n[i])) ++i;  // "the 2025 annual bonus": the year it is for
          return true;
        }), {"annual", "quarterly", "monthly", "semi-annual"}, {NK::number}),
        w({"annual", "quarterly", "monthly", "semi-annual"}), opt(w({"cash", "board", "equity", "director", "stock"})),
        w({"grant", "grants", "award", "awards", "retainer", "retainers", "fee", "fees", "bonus", "bonuses", "incentive"}),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t date = intern("date"), dates = intern("dates"), for_ = intern("for"),
                                     fiscal = intern("fiscal"), earned = intern("earned");
          if (i < n.size() && (is_w(n[i], date) || is_w(n[i], dates))) return false;  // a look-ahead
          // "the annual cash retainer for (fiscal) 2026", "the annual incentive earned for 2025": the year it is for.
          std::size_t j = i;
          if (j + 1 < n.size() && is_w(n[j], earned) && is_w(n[j + 1], for_)) ++j;
          if (j < n.size() && is_w(n[j], for_)) {
            ++j;
            if (j < n.size() && is_w(n[j], fiscal)) ++j;
            if (j < n.size() && is_year(n[j])) i = j + 1;
          }
          return true;
        })},
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
      // (Not "as provided in the Plan, the RSUs vest on ...": a reference, not a proviso; the rest is the schedule.)
      {"provided that <condition>", 0,
       {w({"provided"}), opt(p(',')), opt(w({"however"})), opt(p(',')), opt(w({"that"})), rest(false)},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t as = intern("as");
         if (m.begin > 0 && is_w((*m.nodes)[m.begin - 1], as)) return std::nullopt;
         return condition(m);
       }},
      {"in the event of <condition>", 0, {w({"in"}), w({"the"}), w({"event"}), w({"of", "that"}), rest(true)}, condition},
      {"upon a change in control <...>", 0,
       {w({"upon", "following", "on"}), opt(w({"a", "the"})), w({"change"}), w({"in", "of"}), w({"control"}), rest(true)},
       condition},
      {"accelerated <...>", 0, {w({"accelerated", "acceleration", "accelerate", "accelerates"}), rest(true)}, condition},
      {"the earlier of", 0, {opt(w({"the"})), w({"earlier", "earliest"}), w({"of"})},
       [](const Match&) -> std::optional<Item> { Item it = make(IT::condition); it.tag = Tag::earlier_of; return it; }},
      {"the later of", 0, {opt(w({"the"})), w({"later", "latest"}), w({"of"})},
       [](const Match&) -> std::optional<Item> { Item it = make(IT::condition); it.tag = Tag::later_of; return it; }},
  };
}

// Provisos that carry timing: a cliff of a stated length is read, any other is refused.
std::vector<ItemRule> if_service_proviso_rules() {
  return {
      // "vest on the third anniversary of the grant date if the Reporting Person remains employed through such date":
      // a continued-service proviso said with "if" (only that: any other "if" stays unread and is refused).
      {"if <holder> remains employed <...>", 0,
       {w({"if"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t verbs[] = {intern("remains"), intern("continues"), intern("remain"), intern("continue")};
          for (std::size_t j = i; j < n.size() && j < i + 6 && n[j].kind == NK::word; ++j)
            if (std::find(std::begin(verbs), std::end(verbs), n[j].wid) != std::end(verbs) && n[j].wid != 0) {
              i = j + 1;
              return true;
            }
          return false;
        }),
        custom([](const std::vector<Node>& n, std::size_t& i, const Context&) { return rest_of_clause(n, i, true); })},
       [](const Match& m) -> std::optional<Item> {
         auto it = condition(m);
         if (!it || it->tag != Tag::continued_service) return std::nullopt;
         for (std::size_t j = m.begin; j < m.end; ++j)  // ("... through March 1, 2028": a date of its own, not read)
           if ((*m.nodes)[j].kind == NK::date || (*m.nodes)[j].kind == NK::item) return std::nullopt;
         return it;
       }},
  };
}

std::vector<Example> if_service_proviso_examples() {
  return {
      // A continued-service proviso said with "if"; any other "if" is not read.
      {"The shares of restricted stock will vest on the third anniversary of the grant date if the Reporting Person remains "
       "employed through such date.", "2025-03-01", "9", "time_based", "2028-03-01=9", "", false},
      {"The shares of restricted stock will vest on the third anniversary of the grant date if the Reporting Person remains "
       "employed and the Issuer's revenue exceeds $100 million.", "2025-03-01", "9", "unrecognized", "", "not understood", false},
      {"The shares of restricted stock will vest on the third anniversary of the grant date if the Issuer's revenue exceeds "
       "$100 million.", "2025-03-01", "9", "unrecognized", "", "not understood", false},
      {"The RSUs vest in full on March 1, 2027 if the Reporting Person remains employed through March 1, 2028.",
       "2025-03-01", "9", "unrecognized", "", "not understood", false},
  };
}

std::vector<Example> cliff_examples() {
  return {
      // "As provided in the Plan, ...": a reference, not a proviso swallowing the schedule after it.
      {"As provided in the Plan, the RSUs vest on March 1, 2026.", "2025-03-01", "10", "time_based", "2026-03-01=10", "",
       false},
      // A proviso that carries timing is no boilerplate: refused unless a rule reads it (blind23, the lead's
      // set: "subject to a one-year cliff" was set aside and the series began a month after the start). A cliff
      // of a stated length on a series from its start is read (apply_cliff, assemble_installments.cpp): what is due
      // by then vests then.
      {"The option vests monthly over 48 months following October 16, 2020, subject to a one-year cliff.", "2020-11-01",
       "48", "time_based",
       "2021-10-16=12 2021-11-16=1 2021-12-16=1 2022-01-16=1 2022-02-16=1 2022-03-16=1 2022-04-16=1 2022-05-16=1 2022-06-16=1 2022-07-16=1 2022-08-16=1 2022-09-16=1 2022-10-16=1 2022-11-16=1 2022-12-16=1 2023-01-16=1 2023-02-16=1 2023-03-16=1 2023-04-16=1 2023-05-16=1 2023-06-16=1 2023-07-16=1 2023-08-16=1 2023-09-16=1 2023-10-16=1 2023-11-16=1 2023-12-16=1 2024-01-16=1 2024-02-16=1 2024-03-16=1 2024-04-16=1 2024-05-16=1 2024-06-16=1 2024-07-16=1 2024-08-16=1 2024-09-16=1 2024-10-16=1", "", false},
      {"The option vests in 48 equal monthly installments following October 16, 2020; provided that no shares vest "
       "before the first anniversary of such date.",
       "2020-11-01", "4800", "unrecognized", "", "not accounted for", false},
      {"The option vests in 48 equal monthly installments following October 16, 2020, provided that the reporting person "
       "has completed one year of service.",
       "2020-11-01", "4800", "unrecognized", "", "not accounted for", false},
      {"The option vests monthly over 48 months following October 16, 2020, subject to continued service and a one-year "
       "cliff.",
       "2020-11-01", "48", "time_based",
       "2021-10-16=12 2021-11-16=1 2021-12-16=1 2022-01-16=1 2022-02-16=1 2022-03-16=1 2022-04-16=1 2022-05-16=1 2022-06-16=1 2022-07-16=1 2022-08-16=1 2022-09-16=1 2022-10-16=1 2022-11-16=1 2022-12-16=1 2023-01-16=1 2023-02-16=1 2023-03-16=1 2023-04-16=1 2023-05-16=1 2023-06-16=1 2023-07-16=1 2023-08-16=1 2023-09-16=1 2023-10-16=1 2023-11-16=1 2023-12-16=1 2024-01-16=1 2024-02-16=1 2024-03-16=1 2024-04-16=1 2024-05-16=1 2024-06-16=1 2024-07-16=1 2024-08-16=1 2024-09-16=1 2024-10-16=1", "", false},
      {"The RSUs vest quarterly over four years from the grant date, subject to a 12-month cliff period.", "2020-11-01",
       "16", "time_based", "2021-11-01=4 2022-02-01=1 2022-05-01=1 2022-08-01=1 2022-11-01=1 2023-02-01=1 2023-05-01=1 2023-08-01=1 2023-11-01=1 2024-02-01=1 2024-05-01=1 2024-08-01=1 2024-11-01=1", "", false},
      // A cliff that is not a whole number of the series' periods, or that nothing reads, is refused.
      {"The RSUs vest in 16 equal quarterly installments following the vesting commencement date of February 1, 2025, "
       "subject to a four-month cliff.",
       "2025-02-10", "16", "unrecognized", "", "not a whole number", false},
      {"The RSUs vest on March 1, 2027, subject to a one-year cliff.", "2025-02-10", "8", "unrecognized", "",
       "not accounted for", false},
      // ... and beside one lump of the whole grant on the grant date + the cliff, it restates that date (holdout28 H28-011).
      {"The restricted shares are subject to a three-year cliff vesting schedule and will vest in full on March 31, 2027.",
       "2024-03-31", "8", "time_based", "2027-03-31=8", "", false},
      {"The restricted shares are subject to a three-year cliff vesting schedule and will vest in full on April 30, 2027.",
       "2024-03-31", "8", "unrecognized", "", "not accounted for", false},
      // A cliff that restates the first lump's date (from the grant date) is read as that lump.
      {"The option vests over one year with a six-month cliff, with 50% vesting six months after the grant date and the "
       "remainder in equal monthly installments thereafter.",
       "2024-01-15", "12", "time_based",
       "2024-07-15=6 2024-08-15=1 2024-09-15=1 2024-10-15=1 2024-11-15=1 2024-12-15=1 2025-01-15=1", "", false},
  };
}

std::vector<Example> proviso_examples() {
  return {
      {"The option vests in 48 equal monthly installments following the grant date; provided, however, that if the "
       "optionee's service terminates before the first anniversary of the grant date, the option will be forfeited in "
       "its entirety.",
       "2021-03-01", "4800", "unrecognized", "", "not accounted for", false},
      // A deferral of delivery with no date of its own is not the schedule's (a deferral to a time is refused).
      {"The RSUs vest in three equal annual installments beginning March 1, 2022. The reporting person has elected to "
       "defer receipt of the shares until separation from service.",
       "2021-03-01", "300", "time_based", "2022-03-01=100 2023-03-01=100 2024-03-01=100", "", false},
      {"The RSUs vest in three equal annual installments beginning March 1, 2022. The reporting person has elected to "
       "defer vesting of the RSUs until the third anniversary of the grant date.",
       "2021-03-01", "300", "unrecognized", "", "not accounted for", false},
      // ... while a service proviso that restates the end, a retirement age or a cliff vest on a date stand.
      {"The RSUs vest in full on the third anniversary of the grant date; provided, however, that if the reporting person "
       "retires after reaching age 60, the units will be forfeited.",
       "2021-03-01", "300", "time_based", "2024-03-01=300", "", false},
      {"The RSUs vest in two equal annual installments beginning on March 1, 2022, provided that the reporting person "
       "remains employed through the first anniversary of the grant date.",
       "2021-03-01", "300", "time_based", "2022-03-01=150 2023-03-01=150", "", false},
      {"The restricted stock units will cliff vest on March 15, 2028.", "2025-03-15", "90", "time_based", "2028-03-15=90",
       "", false},
      // The participle "vesting" with its amount right after a holding or a comma.
      {"Restricted stock units granted under the 2019 Omnibus Incentive Plan, vesting 33 1/3% on each of March 3, 2026, "
       "March 3, 2027 and March 3, 2028.",
       "2025-03-03", "3000", "time_based", "2026-03-03=1000 2027-03-03=1000 2028-03-03=1000", "", false},
      {"Restricted stock units vesting 25% on each of the first four anniversaries of the grant date.", "2025-03-03", "4",
       "time_based", "2026-03-03=1 2027-03-03=1 2028-03-03=1 2029-03-03=1", "", false},
      {"Shares withheld upon vesting 25% of the restricted stock units granted on March 3, 2025.", "2026-03-03", "40",
       "not_vesting", "", "", false},
      // ... or a date or a cadence right after ", vesting" (not "vesting on the same schedule as").
      {"The RSUs were awarded to the Reporting Person on May 22, 2025, vesting on May 22, 2027.", "2025-05-22", "40",
       "time_based", "2027-05-22=40", "", false},
      {"Option granted May 22, 2025, vesting quarterly over one year.", "2025-05-22", "40", "time_based",
       "2025-08-22=10 2025-11-22=10 2026-02-22=10 2026-05-22=10", "", false},
      {"The stock option was awarded on February 23, 2022, vesting in full on the fifth anniversary of the date of grant.",
       "2022-02-23", "40", "time_based", "2027-02-23=40", "", false},
      {"Shares withheld upon vesting in full of the RSUs granted on March 3, 2025.", "2026-03-03", "40", "not_vesting", "",
       "", false},
      {"Dividend equivalents accrue on the RSUs, vesting on the same schedule as the underlying units.", "2025-05-22", "40",
       "not_vesting", "", "", false},
      // how often awards are made is not a cadence of vesting
      {"Quarterly grant of fully vested shares of common stock to the non-employee director in lieu of cash board fees.",
       "2019-03-31", "812", "immediate", "2019-03-31=812", "", false},
      {"Annual award of restricted stock units to non-employee directors, which vest in full on the first anniversary of the "
       "grant date.",
       "2023-05-18", "2100", "time_based", "2024-05-18=2100", "", false},
      {"The shares of common stock were issued as fully vested shares in lieu of the director's quarterly cash retainer.",
       "2025-04-01", "250", "immediate", "2025-04-01=250", "", false},
      {"Represents fully vested shares granted in lieu of the director's annual cash retainer for 2026.", "2026-01-05",
       "1118", "immediate", "2026-01-05=1118", "", false},
      // (a share count after "for" is not a year: "2,500" stays for the rules, which do not read it here)
      {"Represents fully vested shares granted in lieu of the director's annual cash retainer for 2,500 shares.",
       "2026-01-05", "1118", "unrecognized", "", "but the grant is", false},
      // Pay the shares stand for, and the year it is for: "the 2025 annual bonus", "the annual cash incentive earned for 2025".
      {"Fully vested shares issued in payment of the Reporting Person's 2025 annual bonus.", "2026-02-15", "812",
       "immediate", "2026-02-15=812", "", false},
      {"Fully vested shares issued to the Reporting Person in payment of the annual cash incentive earned for 2025.",
       "2026-02-27", "100", "immediate", "2026-02-27=100", "", false},
      {"Shares issued in payment of the 2025 annual bonus, which vest in two equal annual installments beginning on the "
       "first anniversary of the grant date.",
       "2026-02-15", "10", "time_based", "2027-02-15=5 2028-02-15=5", "", false},
      {"The shares were granted as payment of the annual board retainer and were fully vested upon issuance.",
       "2025-05-22", "1873", "immediate", "2025-05-22=1873", "", false},
      // ("the annual grant date" is not this rule's: still not understood.)
      {"The RSUs vest in four equal installments on the first four anniversaries of the annual grant date.", "2023-05-18",
       "4", "unrecognized", "", "not understood", false},
      {"Annual grant. The RSUs vest in equal installments.", "2023-05-18", "4", "unrecognized", "", "not understood", false},
      // "subject to time-based / performance-based vesting": the kind of a part, not a condition
      {"60% of the RSUs are subject to time-based vesting and vest in three equal annual installments beginning on March "
       "1, 2026; the remaining 40% are subject to performance-based vesting based on cumulative revenue for fiscal years "
       "2025 through 2027.",
       "2025-03-01", "1000", "mixed", "2026-03-01=200 2027-03-01=200 2028-03-01=200", "", false},
      // holdings described, not a part's kind: no vesting stated
      {"Includes 437,718 shares of restricted stock subject to time-based vesting and 2,334,476 shares of restricted stock "
       "subject to performance-based vesting.",
       "2025-03-01", "1000", "not_vesting", "", "", false},
      {"The RSUs vest on March 1, 2025, subject to the Reporting Person's continued service; provided that the RSUs shall "
       "vest in full upon a change in control.",
       "2024-03-01", "1000", "time_based", "2025-03-01=1000", "", false},
      // "vest on X, or earlier upon ..." is an acceleration condition; "earlier" elsewhere is not understood.
      {"The units vest in two installments: 50% on June 1, 2026 and 50% on June 1, 2027, or, if earlier, upon a change in control of the Issuer.",
       "2025-06-01", "10", "time_based", "2026-06-01=5 2027-06-01=5", "", false},
      {"The award vests on the third anniversary of the grant date or, if sooner, on the Reporting Person's retirement.", "2025-06-01",
       "10", "time_based", "2028-06-01=10", "", false},
      {"The RSUs will vest on February 15, 2026, or earlier upon the Reporting Person's death or disability.", "2025-02-15",
       "10", "time_based", "2026-02-15=10", "", false},
      {"The RSUs will vest on February 15, 2026 or on an earlier date chosen by the committee.", "2025-02-15", "10",
       "unrecognized", "", "not understood", false},
      // An anchor given by an event is not a date.
      {"The RSUs vest in equal quarterly installments over two years, beginning upon the consummation of the merger.",
       "2024-05-20", "800", "unrecognized", "", "not understood", false},
      {"The option vests monthly over 24 months commencing upon the closing of the initial public offering.", "2024-05-20",
       "2400", "unrecognized", "", "not understood", false},
      {"The PSUs are subject to vesting in three equal annual installments commencing on March 15, 2025.", "2024-03-17", "3", "time_based", "2025-03-15=1 2026-03-15=1 2027-03-15=1", "", false},
      {"Each unit represents a right to receive one share of common stock subject to time-based vesting over three equal annual installments occurring on each anniversary of the vesting start date. Vesting start date is July 3, 2023.", "2023-07-03", "3", "time_based", "2024-07-03=1 2025-07-03=1 2026-07-03=1", "", false},
      // A service proviso keeps the dates.
      {"The RSUs vest in three equal annual installments beginning on the first anniversary of the grant date, provided that "
       "the reporting person remains employed through each vesting date.", "2025-03-01", "900", "time_based",
       "2026-03-01=300 2027-03-01=300 2028-03-01=300", "", false},
      // "the later of" an anniversary and an event: no certain date.
      {"The RSUs vest on the later of (i) the first anniversary of the grant date and (ii) the date the Issuer's registration "
       "statement becomes effective.", "2025-03-01", "500", "unrecognized", "", "later of", false},
      // "the earlier / later of" two dates both computable from the text is that date (pick_alternative_dates.cpp);
      // an alternative that is an event, an unstated anchor or a third alternative is not picked between.
      {"The RSUs will vest in full on the earlier of the first anniversary of the grant date or May 31, 2026.",
       "2025-06-04", "10", "time_based", "2026-05-31=10", "", false},
      {"The RSUs vest on the later of (i) March 1, 2026 and (ii) the first anniversary of the grant date.", "2025-03-15",
       "10", "time_based", "2026-03-15=10", "", false},
      {"The RSUs vest on the earlier of the first anniversary of the grant date or the date of the next annual meeting.",
       "2025-06-04", "10", "unrecognized", "", "unrecognized", false},
      {"The RSUs vest on the later of the first anniversary of the vesting commencement date and June 1, 2026.",
       "2025-06-04", "10", "unrecognized", "", "later of", false},
      {"The RSUs vest on the earlier of March 1, 2026 or the first anniversary of the grant date or a change in control.",
       "2025-06-04", "10", "unrecognized", "", "not understood", false},
      // ... refused by design, not by the chance of an unread word ("annual") in the event's name:
      {"The RSUs vest in full on the earlier of June 1, 2026 or the Issuer's next meeting of stockholders.", "2025-06-05",
       "10", "unrecognized", "", "unless both are dates", false},
      // "vest and be settled on the earlier of": the alternative is the vesting's (a settlement alone is not).
      {"The RSUs will vest and be settled on the earlier of June 1, 2028 or the Reporting Person's separation from "
       "service.", "2025-06-05", "10", "unrecognized", "", "unless both are dates", false},
      // (the date with an acceleration beside it reads as before)
      {"The RSUs vest in full on the earlier of June 1, 2026 or a change in control of the Issuer.", "2025-06-05", "10",
       "time_based", "2026-06-01=10", "", false},
      // ", except that" the whole grant vests on death, disability or a change in control: an acceleration set aside
      // (split_off_surroundings.cpp); an exception that names a part of the schedule is not.
      {"The RSUs vest in three equal annual installments beginning on the first anniversary of the grant date, except "
       "that the RSUs will vest in full upon the Reporting Person's death or disability.",
       "2025-03-01", "9", "time_based", "2026-03-01=3 2027-03-01=3 2028-03-01=3", "", false},
      {"The RSUs vest in three equal annual installments beginning on the first anniversary of the grant date, except "
       "that the final installment will vest upon a change in control.",
       "2025-03-01", "9", "unrecognized", "", "except", false},
      {"Unless earlier vested under the terms of the award agreement, the RSUs will vest on March 1, 2028.", "2025-03-01",
       "9", "time_based", "2028-03-01=9", "", false},
      {"The restricted stock units vest pursuant to the Vesting Schedule (as defined in footnote (2)).", "2022-02-07", "10", "unrecognized", "", "not understood", false},
      // Boilerplate on how vesting can end or change is a condition; the dates stand.
      {"The RSUs vest on the third anniversary of the grant date, unless earlier forfeited.", "2024-01-31", "3", "time_based",
       "2027-01-31=3", "", false},
      {"The RSUs vest on the third anniversary of the grant date, subject to continued employment, except as otherwise "
       "provided in the award agreement.",
       "2024-01-31", "3", "time_based", "2027-01-31=3", "", false},
  };
}

// An option's price and an approval beside a schedule: what they date is not the vesting's.
std::vector<Example> price_and_approval_examples() {
  return {
      // "subject to these RSUs" names the holding, as "underlying these RSUs" does, never a proviso that would swallow
      // the vesting after it (found by the metamorphic probe's noun edit of holdout2 x029): what follows is read.
      {"The shares of common stock subject to these RSUs were fully vested upon issuance.", "2025-05-01", "1500",
       "immediate", "2025-05-01=1500", "", false},
      {"The shares of common stock underlying these RSUs were fully vested upon issuance.", "2025-05-01", "1500",
       "immediate", "2025-05-01=1500", "", false},
      {"The shares of common stock subject to these RSUs will vest upon the Company's achievement of the revenue goal.",
       "2025-05-01", "1500", "performance", "", "", false},
      // Service "through the last day" of each quarter stands beside quarter ends; through another day of it, the day
      // may be the installments' own: refused (found by the metamorphic probe on holdout21 x027).
      {"The RSUs vest in equal quarterly installments over each calendar quarter of 2026, subject to the Reporting "
       "Person's continued service through the last day of the applicable quarter.",
       "2026-01-05", "2000", "time_based", "2026-03-31=500 2026-06-30=500 2026-09-30=500 2026-12-31=500", "", false},
      {"The RSUs vest in equal quarterly installments over each calendar quarter of 2026, subject to the Reporting "
       "Person's continued service through the 15th day of the applicable quarter.",
       "2026-01-05", "2000", "unrecognized", "", "not accounted for", false},
      // An option's price is set aside, its date and "closing" included; what follows "and" is the schedule.
      {"The option was granted with an exercise price equal to the closing price on the grant date and vests in two "
       "equal installments on the first and second anniversaries of the grant date.",
       "2023-08-08", "2000", "time_based", "2024-08-08=1000 2025-08-08=1000", "", false},
      {"The option has an exercise price per share equal to the closing price of the common stock on August 8, 2023, and "
       "vests in full on the first anniversary of the closing of the Issuer's offering.",
       "2023-08-08", "2000", "unrecognized", "", "needs vesting_commencement_date", false},
      // An approval still to come is a contingency (refused); one in the past is history.
      {"The RSUs vest in four equal annual installments beginning on March 1, 2026, subject to stockholder approval of "
       "the amendment to the Plan.",
       "2025-03-01", "400", "unrecognized", "", "not accounted for", false},
      {"The RSUs vest in four equal annual installments beginning on March 1, 2026, subject to the terms of the Plan, as "
       "approved by the Issuer's stockholders.",
       "2025-03-01", "400", "time_based", "2026-03-01=100 2027-03-01=100 2028-03-01=100 2029-03-01=100", "", false},
  };
}

}  // namespace vest::rules::condition_rules
