// Family: event anchors — a schedule counted from a named event whose date the footnote states:
// the Reporting Person's appointment, election or hire, a merger's effective date, an offering's
// closing date ("the closing date of the Issuer's initial public offering (May 28, 2018)", "the
// Reporting Person's appointment date of May 31, 2024", "his appointment to the Board on June 12,
// 2024", "September 28, 2018 (the "Effective Date")"). Such a date is the same slot as the vesting
// commencement date (When::Ref::vcd): it is defined by the anchors family's definition rules, and
// a footnote that states two different ones is refused (read_stated_dates).
#include "rules/rule_helpers.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace vest::rules {
using namespace helpers;

namespace {

std::optional<Item> event_anchor() {
  Item it = make(IT::when);
  it.when.ref = When::Ref::vcd;
  return it;
}

// Words that end the name of an event: a schedule's own words follow ("... of the Merger and the
// remaining 75% vest"; "... of the Issuer's offering on each anniversary"). Nouns of a corporate event
// ("offering", "merger") end the name of one too (event_name). A table by word id: every word is looked up.
enum : std::uint8_t { kPlain = 0, kStop = 1, kEventNoun = 2 };
// The nouns of a corporate event, each with its event ("offering" and "IPO" are one: event_class).
struct EventNoun {
  std::string_view word;
  int event;
};
constexpr EventNoun kEventNouns[] = {{"offering", 1},       {"ipo", 1},         {"merger", 2},   {"combination", 3},
                                     {"acquisition", 4},    {"transaction", 5}, {"transactions", 5},
                                     {"separation", 6},     {"listing", 7},     {"reorganization", 8},
                                     {"spinoff", 9}};
const std::vector<std::uint8_t>& event_word_table() {
  static const std::vector<std::uint8_t> table = [] {
    const std::uint16_t stops[] = {
        intern("and"),       intern("or"),      intern("on"),       intern("which"),     intern("that"),
        intern("vest"),      intern("vests"),   intern("vested"),   intern("vesting"),   intern("with"),
        intern("through"),   intern("until"),   intern("thereafter"), intern("following"), intern("each"),
        intern("in"),        intern("is"),      intern("was"),      intern("subject"),   intern("provided"),
        intern("after"),     intern("before"),  intern("from"),     intern("date"),
        intern("then"),      intern("will"),    intern("shall"),    intern("by"),        intern("at")};
    std::vector<std::uint16_t> nouns;
    for (const EventNoun& noun : kEventNouns) nouns.push_back(intern(noun.word));
    return word_id_table({{stops, kStop}, {nouns, kEventNoun}});
  }();
  return table;
}
std::uint8_t event_word(const Node& x) {
  const auto& t = event_word_table();
  return x.kind == NK::word && x.wid < t.size() ? t[x.wid] : std::uint8_t{kPlain};
}
bool ends_event_name(const Node& x) {
  if (is_year(x)) return false;  // "the Issuer's 2025 Equity Incentive Plan"
  if (x.kind != NK::word || x.wid == 0) return x.kind != NK::word;
  return event_word(x) == kStop;
}

// ", Inc." / ", LLC" inside a company's name ("the acquisition of Brightline Analytics, Inc. on D"): the nodes it
// spans at j (the comma, the suffix and its period), or 0. The name goes on past it.
std::size_t company_suffix_at(const std::vector<Node>& n, std::size_t j) {
  static const std::uint16_t suffixes[] = {intern("inc"), intern("corp"), intern("ltd"), intern("llc")};
  if (!(j + 1 < n.size() && n[j].kind == NK::punct && n[j].punct == ',')) return 0;
  if (!std::any_of(std::begin(suffixes), std::end(suffixes), [&](std::uint16_t id) { return is_w(n[j + 1], id); })) return 0;
  return j + 2 < n.size() && n[j + 2].kind == NK::punct && n[j + 2].punct == '.' ? 3 : 2;
}

// "measured", "beginning", ", measured" before "from <anchor>" (a comma only before the word).
Elem measured_from_word() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    static const std::uint16_t words[] = {intern("measured"), intern("beginning"), intern("starting"), intern("commencing")};
    std::size_t j = i < n.size() && n[i].kind == NK::punct && n[i].punct == ',' ? i + 1 : i;
    if (!(j < n.size() && std::any_of(std::begin(words), std::end(words), [&](std::uint16_t id) { return is_w(n[j], id); })))
      return false;
    i = j + 1;
    return true;
  });
}

// "of the Issuer's initial public offering", "as Chief Financial Officer", "to the Board of
// Directors": up to six plain words naming the event (none of them a schedule's word).
Elem event_tail(std::initializer_list<std::string_view> leads) {
  std::vector<std::uint16_t> ids;
  for (auto l : leads) ids.push_back(intern(l));
  return custom([ids](const std::vector<Node>& n, std::size_t& i, const Context&) {
    if (i >= n.size() || n[i].kind != NK::word || std::find(ids.begin(), ids.end(), n[i].wid) == ids.end()) return false;
    std::size_t j = i + 1;
    while (j < n.size() && j < i + 10) {
      if (const std::size_t k = company_suffix_at(n, j)) j += k;
      else if (ends_event_name(n[j])) break;
      else ++j;
    }
    if (j == i + 1) return false;
    i = j;
    return true;
  });
}

// After "<event>, <date>": another date follows (", and June 1, 2026", " and June 1, 2026", ", June 1, 2026"),
// so the date is one of a list, not the event's. (", subject to ..." and ", which vest ..." end the phrase.)
bool date_list_goes_on(const std::vector<Node>& n, std::size_t j) {
  static const std::uint16_t and_ = intern("and");
  auto dated = [](const Node& x) { return x.kind == NK::date || x.kind == NK::month_day; };  // (level 1: dates are tokens)
  if (j < n.size() && n[j].kind == NK::punct && n[j].punct == ',') ++j;
  if (j < n.size() && is_w(n[j], and_)) ++j;
  return j < n.size() && dated(n[j]);
}

// After an event's noun, the other party named up to a comma or parenthesis: "merger with Beta Corp.,",
// "business combination with Churchill Capital Corp IV (", "acquisition by Parent,". Only plain words and
// abbreviation stops; a schedule's word or a list ("with and into") ends it, and then nothing is taken.
std::size_t party_named_after(const std::vector<Node>& n, std::size_t end) {
  static const std::uint16_t with = intern("with"), of = intern("of"), by = intern("by");
  if (!(end < n.size() && (is_w(n[end], with) || is_w(n[end], of) || is_w(n[end], by)))) return end;
  std::size_t j = end + 1;
  while (j < n.size() && j < end + 7 &&
         ((n[j].kind == NK::word && event_word(n[j]) != kStop) || (n[j].kind == NK::punct && n[j].punct == '.')))
    ++j;
  const bool closed = j < n.size() && n[j].kind == NK::punct && (n[j].punct == ',' || n[j].punct == '(');
  return closed && j > end + 1 && n[end + 1].kind == NK::word ? j : end;
}

// "the Issuer's initial public offering", "the Business Combination": up to six plain words ending in
// the noun of a corporate event (the name stops there: "... offering, which closed on <date>"), and the
// other party if one is named ("the merger with Beta Corp., which occurred on <date>").
// (It needs one of the nouns: without one in the footnote, its rule is not tried at every "the".)
Elem event_name() {
  Elem e = custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    std::size_t end = 0;  // after the last noun: "the closing of the Business Combination"
    for (std::size_t j = i; j < n.size() && j < i + 6 && !ends_event_name(n[j]); ++j)
      if (event_word(n[j]) == kEventNoun) end = j + 1;
    if (!end) return false;
    i = party_named_after(n, end);
    return true;
  });
  for (const EventNoun& noun : kEventNouns) e.need_ids.push_back(intern(noun.word));
  return e;
}

// '(the "Initial Vesting Period")': the name given to the period just described (quotes are dropped).
Elem named_period() {
  return custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
    static const std::uint16_t the = intern("the"), period = intern("period");
    if (!(i + 3 < n.size() && n[i].kind == NK::punct && n[i].punct == '(' && is_w(n[i + 1], the))) return false;
    for (std::size_t j = i + 2; j < n.size() && j < i + 7; ++j) {
      if (is_w(n[j], period)) {
        if (!(j + 1 < n.size() && n[j + 1].kind == NK::punct && n[j + 1].punct == ')')) return false;
        i = j + 2;
        return true;
      }
      if (n[j].kind != NK::word) return false;
    }
    return false;
  });
}

// An event's date by its name: "the effective date of <event>, <date>", "the closing / effective / appointment date
// (of <event>)", "the date of the reporting person's appointment (as <office>)".
std::vector<ItemRule> named_event_date_rules() {
  return {
      // Level 1: "the effective date of the Issuer's 2025 Equity Incentive Plan, April 7, 2025": the event's date
      // named and stated in apposition (the date ends the phrase: ", April 7, 2025 and ..." would be a list).
      {"the effective date of <event>, <date>", 1,
       {opt(w({"the"})), w({"closing", "effective"}), w({"date"}), event_tail({"of"}), p(','), k(NK::date)},
       [](const Match& m) -> std::optional<Item> {
         if (date_list_goes_on(*m.nodes, m.end)) return std::nullopt;
         Item it = make(IT::when);
         it.when.date = Date{date::days{m.node(5).days}};
         it.tag = Tag::vcd;
         return it;
       }},
      // Level 1: "the first anniversary of the Issuer's initial public offering, which closed on June 28, 2019", "the
      // Business Combination, which was consummated on May 3, 2021": a corporate event named and dated in one phrase
      // (the anchor). "the first anniversary of such offering", "... of the Issuer's initial public offering (June 28,
      // 2019)": an event counted from, its date stated elsewhere in the footnote (never assumed: without one the
      // footnote needs a vesting commencement date); a plain event name only after "anniversary of". (One rule: it
      // is tried at every "the".)
      {"the <event>(, which closed on <date>)", 1,
       {w({"such", "the"}), opt(w({"closing", "consummation", "completion"})), opt(w({"date"})), opt(w({"of"})),
        opt(w({"the", "its"})), event_name(), opt(p(',')), opt(w({"which"})),
        opt(w({"closed", "occurred", "was", "became"})), opt(w({"completed", "consummated", "effective"})), opt(w({"on"})),
        opt(k(NK::date))},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t such = intern("such"), of = intern("of"), anniversary = intern("anniversary"),
                                    anniversaries = intern("anniversaries"), was = intern("was"), became = intern("became");
         const auto& n = *m.nodes;
         // ("the closing (date) of the Issuer's initial public offering, which occurred on D": the event's closing,
         // read only with its date told right after it.)
         const bool closing_of = m.has(1) || m.has(2) || m.has(3) || m.has(4);
         if (m.has(7) || m.has(8) || m.has(11)) {  // ", which closed on <date>": all of it, or not this rule
           if (!(m.has(7) && m.has(8) && m.has(11))) return std::nullopt;
           if (closing_of && !m.has(3)) return std::nullopt;
           if ((is_w(m.node(8), was) || is_w(m.node(8), became)) && !m.has(9)) return std::nullopt;  // ("which was the")
           Item it = make(IT::when);
           it.when.date = Date{date::days{m.node(11).days}};
           it.tag = Tag::vcd;
           return it;
         }
         if (m.has(9) || m.has(10) || m.has(2)) return std::nullopt;  // ("the closing date of X": the rules below)
         const bool counted_from = m.begin >= 2 && is_w(n[m.begin - 1], of) &&
                                   (is_w(n[m.begin - 2], anniversary) || is_w(n[m.begin - 2], anniversaries));
         if (!is_w(n[m.begin], such) && !counted_from) return std::nullopt;
         return event_anchor();
       }},
      // Level 1: "November 18, 2020, the date of the Issuer's initial public offering": a corporate event's date by
      // its name (its value stated beside it or elsewhere; never assumed). Not before more words of a name ("the date
      // of the Merger Agreement") nor before ", which ..." (the rule below reads the event with its date).
      {"the date of <event>", 1,
       {w({"the"}), w({"date"}), w({"of"}), w({"the", "such", "its"}), opt(w({"closing", "consummation", "completion"})),
        opt(w({"of"})), opt(w({"the", "its"})), event_name()},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t which = intern("which");
         const auto& n = *m.nodes;
         if (m.end < n.size() && n[m.end].kind == NK::word && !ends_event_name(n[m.end])) return std::nullopt;
         if (m.end + 1 < n.size() && n[m.end].kind == NK::punct && n[m.end].punct == ',' && is_w(n[m.end + 1], which))
           return std::nullopt;
         return event_anchor();
       }},
      {"such appointment / hire / election", 1,
       {w({"such"}), w({"appointment", "election", "hire", "hiring", "promotion", "commencement"})},
       [](const Match&) { return event_anchor(); }},
      // Level 1: the event's date named, its value stated elsewhere in the footnote.
      {"the closing / effective / appointment date (of <event>)", 1,
       {opt(w({"the", "his", "her", "its", "their"})), opt(holder_noun()),
        opt(w({"person", "persons", "holder"})), w({"closing", "effective", "appointment", "election", "exchange", "promotion"}),
        w({"date"}),
        opt(event_tail({"of"}))},
       [](const Match&) { return event_anchor(); }},
      // ("the date of such appointment": the event told before, as "such appointment".)
      {"the date of the reporting person's appointment (as <office>)", 1,
       {opt(w({"the"})), w({"date"}), w({"of"}), opt(w({"the", "his", "her", "its", "their", "such"})),
        opt(holder_noun()), opt(w({"person", "persons", "holder"})),
        w({"appointment", "election", "hire", "hiring", "promotion"}), opt(event_tail({"as", "to", "with"}))},
       [](const Match&) { return event_anchor(); }},
  };
}

// A cliff counted from an anchor ("completion of 12 months of service measured from <when>") and whose start it is
// ("the reporting person's start date", "the reporting person's date of hire").
std::vector<ItemRule> service_completion_and_start_date_rules() {
  return {
      // Level 3: "upon the completion of 12 months of continuous service measured from the date of grant",
      // "upon the Reporting Person's completion of one year of continuous employment following his start
      // date": a cliff counted from an anchor, with the lump's "upon" or "after" before it. "after one year of
      // service, measured from July 12, 2010": the same without "completion of", then only after "after" / "upon"
      // (the comma only before "measured ...").
      {"completion of <number> months of service measured from <when>", 3,
       {opt(w({"after", "upon"})), opt(w({"the", "his", "her", "their"})), opt(holder_noun()),
        opt(w({"person", "persons", "holder"})), opt(w({"completion"})), opt(w({"of"})), k(NK::number), opt(p('-')),
        w({"month", "months", "year", "years"}), w({"of"}), opt(w({"continuous", "continued", "uninterrupted"})),
        w({"service", "employment"}), opt(measured_from_word()), w({"from", "following", "after", "since", "on"}), anchor()},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month"), months = intern("months");
         const Node& num = m.node(6);
         const When base = anchor_at(m, 14);
         if (m.has(4) != m.has(5)) return std::nullopt;
         // Without "completion of": right after the lump's "after" / "upon" ("over one year of service" is a span).
         if (!m.has(4) && (!m.has(0) || m.has(1) || m.has(2) || m.has(3))) return std::nullopt;
         if (num.den != 1 || num.num < 1 || num.num > 600) return std::nullopt;
         if (base.ref != When::Ref::grant && base.ref != When::Ref::vcd && base.ref != When::Ref::absolute) return std::nullopt;
         if (base.days != 0 || base.fixed_day) return std::nullopt;
         const bool is_months = m.node(8).wid == month || m.node(8).wid == months;
         Item it = make(IT::when);
         it.when = base;
         it.when.months += static_cast<int>(is_months ? num.num : 12 * num.num);
         return it;
       }},
      // "upon completion of an initial twelve-month vesting period beginning on May 1, 2025 (the "Initial Vesting
      // Period")": the cliff at the period's end; the name in parentheses is the period's ("following the end of the
      // Initial Vesting Period" is then "thereafter", family_cadence_periods.cpp).
      {"completion of an initial <N>-month vesting period beginning on <when>", 3,
       {opt(w({"the"})), w({"completion", "end", "expiration"}), w({"of"}), opt(w({"an", "a", "the"})), w({"initial"}),
        k(NK::number), opt(p('-')), w({"month", "months", "year", "years"}), opt(w({"vesting", "service", "cliff"})),
        w({"period"}), w({"beginning", "commencing", "starting", "measured"}), opt(w({"on", "from"})), anchor(),
        opt(named_period())},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month"), months = intern("months");
         const Node& num = m.node(5);
         const When base = anchor_at(m, 12);
         if (num.den != 1 || num.num < 1 || num.num > 120) return std::nullopt;
         if (base.ref != When::Ref::grant && base.ref != When::Ref::vcd && base.ref != When::Ref::absolute) return std::nullopt;
         if (base.days != 0 || base.fixed_day || base.months != 0) return std::nullopt;
         const bool is_months = m.node(7).wid == month || m.node(7).wid == months;
         Item it = make(IT::when);
         it.when = base;
         it.when.months += static_cast<int>(is_months ? num.num : 12 * num.num);
         return it;
       }},
      // "the Reporting Person's start date", "his employment commencement date", "the Reporting Person's
      // date of hire": whose start it is, before the words the anchors family reads.
      {"the reporting person's start date", 1,
       {opt(w({"the"})), holder_or_pronoun(),
        opt(w({"person", "persons", "holder"})), opt(w({"employment", "service"})), w({"start", "commencement"}), w({"date"})},
       [](const Match&) { return event_anchor(); }},
      {"the reporting person's date of hire", 1,
       {opt(w({"the"})), holder_or_pronoun(),
        opt(w({"person", "persons", "holder"})), w({"date"}), w({"of"}), w({"hire", "hiring", "appointment", "election"})},
       [](const Match&) { return event_anchor(); }},
  };
}

// Nodes before `begin` back to the sentence's start are a few plain words ("The Issuer", "In connection with"), none of
// them a relative date's ("anniversary of", "after", "following"): the event's date is told for itself, not inside a
// date counted from it ("the first anniversary of the closing of X on D" may date the anniversary).
bool leads_its_sentence(const std::vector<Node>& n, std::size_t begin) {
  static const std::uint16_t relative[] = {intern("of"), intern("after"), intern("following"), intern("from"),
                                           intern("anniversary"), intern("until"), intern("before"), intern("vest"),
                                           intern("vests"), intern("vesting"), intern("on")};
  for (std::size_t k = begin, words = 0; k-- > 0;) {
    if (n[k].kind == NK::punct && (n[k].punct == '.' || n[k].punct == ';')) return true;
    if (n[k].kind != NK::word || ++words > 4 || std::find(std::begin(relative), std::end(relative), n[k].wid) != std::end(relative))
      return false;
  }
  return true;
}

// The class of a corporate event's noun ("offering" and "IPO" are one event); 0 for any other word.
int event_class(std::string_view word) {
  for (const EventNoun& noun : kEventNouns)
    if (word.starts_with(noun.word)) return noun.event;
  return 0;
}

// The event dated by nodes [b, e) (its last corporate-event noun) is the only corporate event the footnote names: a
// later "the first anniversary of the closing of the Merger" beside "the IPO closed on D" names another event, whose
// date is not told (every such anchor is the one vesting-commencement slot, so the two must be one event).
bool only_event_named(const Match& m, std::size_t b, std::size_t e) {
  const std::string_view text = m.context->text;  // (normalised: lower case already)
  if (text.empty()) return false;
  const auto& n = *m.nodes;
  int dated = 0;
  for (std::size_t k = b; k < e; ++k)
    if (n[k].kind == NK::word)
      if (const int c = event_class(text.substr(n[k].b, n[k].e - n[k].b))) dated = c;
  if (!dated) return false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (!std::isalpha(static_cast<unsigned char>(text[at])) || (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]))))
      continue;
    const int c = event_class(text.substr(at));
    if (c && c != dated) return false;
  }
  return true;
}

std::optional<Item> event_dated(const Match& m, std::size_t name_b, std::size_t name_e, const When& d) {
  if (d.ref != When::Ref::absolute || !only_event_named(m, name_b, name_e)) return std::nullopt;
  Item it = make(IT::when);
  it.when = d;
  it.tag = Tag::vcd;
  return it;
}

// An event and its date in one phrase: "the reporting person's appointment (to <office>) on <date>", "the closing of
// <event>, which occurred on <date>".
std::vector<ItemRule> event_with_its_date_rules() {
  return {
      // Level 2: "the Reporting Person's appointment to the Board of Directors on June 12, 2024", "his
      // election, which was July 12, 2016", "her promotion, which occurred on March 10, 2018": the event
      // and its date in one phrase, which defines the anchor.
      {"the reporting person's appointment (to <office>) on <date>", 2,
       {opt(w({"the", "his", "her", "their"})), opt(holder_noun()),
        opt(w({"person", "persons", "holder"})), w({"appointment", "election", "hire", "hiring", "promotion", "commencement"}),
        opt(event_tail({"as", "to", "with", "of"})), opt(p(',')), opt(w({"which"})), opt(w({"was", "occurred", "became"})),
        opt(w({"on", "effective"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         // "on <date>" or ", which was / occurred (on) <date>": nothing else joins the event to a date.
         if (!(m.has(8) && !m.has(5) && !m.has(6) && !m.has(7)) && !(m.has(5) && m.has(6) && m.has(7))) return std::nullopt;
         const When& d = m.item_of(9).when;
         if (d.ref != When::Ref::absolute) return std::nullopt;
         Item it = make(IT::when);
         it.when = d;
         it.tag = Tag::vcd;
         return it;
       }},
      // Level 2: "The Reporting Person was appointed to the Board on September 12, 2022", "he was hired as Chief
      // Financial Officer effective March 1, 2021": the holder's appointment told as a verb, joined to its date by "on"
      // or "effective" (a corporate event told so, "the Issuer completed its offering on D", is not read).
      {"the reporting person was appointed (to <office>) on <date>", 2,
       {w({"reporting", "executive", "director", "officer", "optionee", "grantee", "he", "she"}),
        opt(w({"person", "persons"})), w({"was"}), w({"appointed", "elected", "hired", "promoted"}),
        opt(event_tail({"as", "to"})), w({"on", "effective"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& d = m.item_of(6).when;
         if (d.ref != When::Ref::absolute || d.months || d.days || d.fixed_day) return std::nullopt;
         Item it = make(IT::when);
         it.when = d;
         it.tag = Tag::vcd;
         return it;
       }},
      // 'the closing of the Business Combination on July 21, 2021 (the "Closing Date")': the event, its date and the
      // name of that date together (without the name, "the closing of X on D" may date something else).
      {"the closing of <event> on <date> (the \"Closing Date\")", 2,
       {opt(w({"the"})), w({"closing", "consummation", "completion"}), event_tail({"of"}), w({"on"}), item(IT::when),
        p('('), opt(w({"the"})), item(IT::when), p(')')},
       [](const Match& m) -> std::optional<Item> {
         const When& d = m.item_of(4).when;
         const When& name = m.item_of(7).when;
         if (d.ref != When::Ref::absolute || name.ref != When::Ref::vcd || name.months || name.days || name.fixed_day)
           return std::nullopt;
         Item it = make(IT::when);
         it.when = d;
         it.tag = Tag::vcd;
         return it;
       }},
      // "The business combination closed on August 1, 2023.", "The Issuer completed its initial public offering on
      // October 15, 2024", "In connection with the closing of the IPO on May 3, 2021, ...": a corporate event told with
      // its date at the head of a sentence (not inside a date counted from it), the anchor a later "the first
      // anniversary of the closing of the business combination" names. Only when it is the one corporate event the
      // footnote names (only_event_named).
      {"<the event> closed on <date>", 2,
       {w({"the", "its"}), event_name(), opt(w({"was", "has", "had"})), opt(w({"been"})),
        w({"closed", "completed", "consummated", "occurred"}), w({"on"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (!leads_its_sentence(*m.nodes, m.begin)) return std::nullopt;
         return event_dated(m, m.at[1], m.at[2], m.item_of(6).when);
       }},
      {"completed its <event> on <date>", 2,
       {w({"completed", "consummated", "closed"}), w({"its", "the"}), event_name(), w({"on"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (!leads_its_sentence(*m.nodes, m.begin)) return std::nullopt;
         return event_dated(m, m.at[2], m.at[3], m.item_of(4).when);
       }},
      // 'On July 7, 2021 (the "Closing Date"), the Issuer consummated its business combination with ...': the date
      // first, then the event (a date named by its quote, or the footnote's one corporate event).
      // (Level 3: '<date> (the "Closing Date")' is an item of level 2.)
      {"on <date>, the Issuer consummated its <event>", 3,
       {w({"on"}), item(IT::when), p(','), opt(w({"the"})), any_word(), w({"consummated", "completed", "closed"}),
        w({"its", "the", "a"}), event_name()},
       [](const Match& m) -> std::optional<Item> {
         if (!leads_its_sentence(*m.nodes, m.begin)) return std::nullopt;
         const Item& d = m.item_of(1);
         std::optional<Item> it;
         if (d.tag == Tag::vcd && d.when.ref == When::Ref::absolute) {
           it = make(IT::when);
           it->when = d.when;
           it->tag = Tag::vcd;
         } else if (d.bare()) {
           it = event_dated(m, m.at[7], m.at[8], d.when);
         }
         if (it) it->type = IT::definition;  // (a sentence about the event, not a vesting date)
         return it;
       }},
      {"following the closing of <event> on <date>,", 2,
       {w({"following", "upon", "with", "after"}), w({"the"}), w({"closing", "consummation", "completion"}),
        event_tail({"of"}), w({"on"}), item(IT::when), p(',')},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t with = intern("with"), connection = intern("connection");
         const auto& n = *m.nodes;
         std::size_t lead = m.begin;
         if (is_w(n[m.begin], with)) {  // ("In connection with the closing of ...")
           if (!(m.begin >= 2 && is_w(n[m.begin - 1], connection))) return std::nullopt;
           lead = m.begin - 2;
         }
         if (!(lead == 0 || (n[lead - 1].kind == NK::punct && (n[lead - 1].punct == '.' || n[lead - 1].punct == ';'))))
           return std::nullopt;
         // (A lead phrase before the schedule's clause: a definition, not a date of that clause.)
         auto it = event_dated(m, m.at[3], m.at[4], m.item_of(5).when);
         if (it) it->type = IT::definition;
         return it;
       }},
      // "50% of the RSUs vested upon the closing of the Company's initial public offering on June 12, 2020": right after
      // a vest verb, the vesting is the event's, and the date is both (no other reading dates anything else). Only an
      // event told as done by the transaction date (on or before it: an event still to come may not happen, and then
      // nothing vests); a name in parentheses after the date is the rule above's.
      // (Also right after "following" / "after": "on the first business day following the consummation of the Merger on
      // D" is counted from D, family_anchors_relative_dates.cpp. "in full" before "upon" is taken in, so that the node
      // before the match, the only one a production may read, is the vest verb.)
      {"vested upon the closing of <event> on <date>", 2,
       {opt(w({"in"})), opt(w({"full"})), opt(w({"upon", "on"})), opt(w({"the"})),
        w({"closing", "consummation", "completion"}), event_tail({"of"}), w({"on"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t following = intern("following"), after = intern("after");
         const auto& n = *m.nodes;
         if (m.has(0) != m.has(1) || (m.has(0) && !m.has(2)) || m.begin == 0) return std::nullopt;
         const Node& before = n[m.begin - 1];
         if (m.has(2) ? !(before.kind == NK::item && before.itype == IT::vest_verb)
                      : !(is_w(before, following) || is_w(before, after)))
           return std::nullopt;
         if (m.end < n.size() && n[m.end].kind == NK::punct && n[m.end].punct == '(') return std::nullopt;
         const When& d = m.item_of(7).when;
         if (d.ref != When::Ref::absolute || d.months || d.days || d.fixed_day || !m.item_of(7).bare())
           return std::nullopt;
         if (!m.context->grant || d.date > *m.context->grant) return std::nullopt;
         Item it = make(IT::when);
         it.when = d;
         return it;
       }},
      // "the closing of the Acquisition, which occurred on October 2, 2023", "the consummation of the Merger, which
      // was completed on July 1, 2025": an event and its date in one phrase, which defines the anchor.
      {"the closing of <event>, which occurred on <date>", 2,
       {opt(w({"the"})), w({"closing", "consummation", "effectiveness"}), event_tail({"of"}), opt(p(',')), w({"which"}),
        w({"occurred", "was"}), opt(w({"completed", "consummated"})), opt(w({"on"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& d = m.item_of(8).when;
         if (d.ref != When::Ref::absolute) return std::nullopt;
         Item it = make(IT::when);
         it.when = d;
         it.tag = Tag::vcd;
         return it;
       }},
  };
}

// A corporate event dated at the head of a sentence, the anchor named later; its closing dated beside it.
static std::vector<Example> event_dated_at_sentence_head_examples() {
  return {
      // "the closing (date) of <event>, which occurred on D": the closing's date; "which was announced" is not one.
      {"The RSUs vest in two equal installments on the first and second anniversaries of the closing date of the "
       "Company's initial public offering, which occurred on October 14, 2021.",
       "2021-10-14", "10", "time_based", "2022-10-14=5 2023-10-14=5", "", false},
      {"The RSUs vest in two equal installments on the first and second anniversaries of the closing of the Company's "
       "initial public offering, which occurred on October 14, 2021.",
       "2021-11-01", "10", "time_based", "2022-10-14=5 2023-10-14=5", "", false},
      {"The RSUs vest on the first anniversary of the closing of the merger, which was announced on October 14, 2021.",
       "2021-11-01", "10", "unrecognized", "", "not understood", false},
      // A corporate event told with its date at the head of a sentence, then named as the anchor: only when it is the
      // footnote's one corporate event; "the closing of X on D" inside a relative date may date the anniversary.
      {"The business combination closed on August 1, 2023. The RSUs vest in three equal annual installments beginning on "
       "the first anniversary of the closing of the business combination.",
       "2023-08-15", "3", "time_based", "2024-08-01=1 2025-08-01=1 2026-08-01=1", "", false},
      {"In connection with the closing of the IPO on May 3, 2021, the Reporting Person was granted RSUs, which vest in two "
       "equal installments on the first and second anniversaries of the closing of the IPO.",
       "2021-05-03", "2", "time_based", "2022-05-03=1 2023-05-03=1", "", false},
      {"The Issuer completed its initial public offering on October 15, 2024. The RSUs vest in full on the first "
       "anniversary of the closing of the initial public offering.",
       "2024-10-10", "10", "time_based", "2025-10-15=10", "", false},
      {"The closing of the IPO occurred on May 3, 2021. The RSUs vest in four equal annual installments beginning on the "
       "first anniversary of the closing of the Merger.",
       "2021-05-03", "4", "unrecognized", "", "needs vesting_commencement_date", false},
      {"The RSUs vest in full on the first anniversary of the closing of the Merger on January 12, 2027.", "2026-02-01", "4",
       "unrecognized", "", "not understood", false},
      {"The RSUs vest in full upon the closing of the Issuer's IPO.", "2026-02-01", "4", "performance", "", "", false},
      {"On March 2, 2022 (the \"Closing Date\"), the Company completed its merger with Orion Labs. The units vest in two "
       "equal annual installments beginning on the first anniversary of the Closing Date.",
       "2022-03-20", "2", "time_based", "2023-03-02=1 2024-03-02=1", "", false},
      {"On March 2, 2022, the Company completed its merger with Orion Labs. The units vest in two equal annual installments "
       "beginning on the first anniversary of the closing of the merger.",
       "2022-03-20", "2", "time_based", "2023-03-02=1 2024-03-02=1", "", false},
      {"On March 2, 2022, the Company completed its merger with Orion Acquisition Corp. The units vest in two equal annual "
       "installments beginning on the first anniversary of the closing of the merger.",
       "2022-03-20", "2", "unrecognized", "", "needs vesting_commencement_date", false},
  };
}

std::vector<Example> event_anchor_examples() {
  std::vector<Example> v = {
      // An event's date told right before "and <vest verb>" defines the anchor; it is no vesting date of the clause
      // after it (read_clauses.cpp: grant_date_before_verb).
      {"The option was granted in connection with the Reporting Person's commencement of employment on June 2, 2025 and "
       "vests as to 1/4th of the shares on June 2, 2026 and as to 1/48th of the shares monthly thereafter.",
       "2025-06-10", "480", "time_based",
       "2026-06-02=120 2026-07-02=10 2026-08-02=10 2026-09-02=10 2026-10-02=10 2026-11-02=10 2026-12-02=10 2027-01-02=10 "
       "2027-02-02=10 2027-03-02=10 2027-04-02=10 2027-05-02=10 2027-06-02=10 2027-07-02=10 2027-08-02=10 2027-09-02=10 "
       "2027-10-02=10 2027-11-02=10 2027-12-02=10 2028-01-02=10 2028-02-02=10 2028-03-02=10 2028-04-02=10 2028-05-02=10 "
       "2028-06-02=10 2028-07-02=10 2028-08-02=10 2028-09-02=10 2028-10-02=10 2028-11-02=10 2028-12-02=10 2029-01-02=10 "
       "2029-02-02=10 2029-03-02=10 2029-04-02=10 2029-05-02=10 2029-06-02=10",
       "", false},
      {"The RSUs were granted upon the Reporting Person's appointment to the Board on January 8, 2024 and vest in two equal "
       "annual installments beginning on January 8, 2025.",
       "2024-01-22", "2000", "time_based", "2025-01-08=1000 2026-01-08=1000", "", false},
      // An event's date is no implied start (the installments may count from it or from the grant date).
      {"The option was granted in connection with the Reporting Person's commencement of employment on June 2, 2025 and "
       "vests in four equal annual installments.",
       "2025-06-10", "4", "unrecognized", "", "does not say whether the installments count from", false},
      {"The option was granted upon the Reporting Person's appointment to the Board on June 10, 2025 and vests in four "
       "equal annual installments.",
       "2025-06-10", "4", "time_based", "2026-06-10=1 2027-06-10=1 2028-06-10=1 2029-06-10=1", "", false},
      // The grant date after "granted / awarded / issued", before ", vests" or "and vests": the grant's, when it is the
      // grant date given; another date there is not set aside.
      {"This option, granted to the Reporting Person upon joining the Board on August 4, 2025, vests in three equal "
       "monthly installments beginning on September 4, 2025.",
       "2025-08-04", "30", "time_based", "2025-09-04=10 2025-10-04=10 2025-11-04=10", "", false},
      {"These RSUs were granted to the Reporting Person as a non-employee director on May 22, 2025 and vest in two equal "
       "installments on the last day of each calendar quarter beginning September 30, 2025.",
       "2025-05-22", "22", "time_based", "2025-09-30=11 2025-12-31=11", "", false},
      {"These RSUs were granted to the Reporting Person as a non-employee director on May 22, 2025 and vest in two equal "
       "installments on the last day of each calendar quarter beginning September 30, 2025.",
       "2025-05-23", "22", "unrecognized", "", "portion_missing", false},
      // A portion before the event's date makes the date that portion's.
      {"50% of the RSUs vested upon the Reporting Person's appointment to the Board on January 8, 2024 and vest as to the "
       "remaining 50% on January 8, 2025.",
       "2024-01-08", "2000", "time_based", "2024-01-08=1000 2025-01-08=1000", "", false},
      {"25% of the RSUs will vest on each annual anniversary of the closing date of the Issuer's initial public offering "
       "(May 28, 2018) until fully vested.",
       "2018-06-19", "4", "time_based", "2019-05-28=1 2020-05-28=1 2021-05-28=1 2022-05-28=1", "", false},
      {"The RSUs vest in full on the first anniversary of the Reporting Person's appointment date of May 31, 2024.",
       "2024-06-03", "10", "time_based", "2025-05-31=10", "", false},
      {"The RSUs vest in three equal annual installments beginning on the first anniversary of the Reporting Person's "
       "appointment to the Board of Directors on June 12, 2024.",
       "2024-06-20", "9000", "time_based", "2025-06-12=3000 2026-06-12=3000 2027-06-12=3000", "", false},
      {"The option shall vest in eight equal semi-annual installments commencing six months after the date of the Reporting "
       "Person's appointment as Chief Financial Officer (November 30, 2023).",
       "2023-12-04", "8", "time_based",
       "2024-05-30=1 2024-11-30=1 2025-05-30=1 2025-11-30=1 2026-05-30=1 2026-11-30=1 2027-05-30=1 2027-11-30=1", "", false},
      {"Vests in four equal annual installments on each anniversary of July 1, 2024 (the \"Effective Date\").", "2024-07-10",
       "4", "time_based", "2025-07-01=1 2026-07-01=1 2027-07-01=1 2028-07-01=1", "", false},
      // A defined first period: its end is the cliff; "following the end of the Initial Vesting Period" is thereafter.
      {"The option vests as to 25% of the shares upon completion of an initial twelve-month vesting period beginning on "
       "May 1, 2025 (the \"Initial Vesting Period\"), and as to the remaining 75% in 36 equal monthly installments "
       "following the end of the Initial Vesting Period.",
       "2025-05-12", "48", "time_based",
       "2026-05-01=12 2026-06-01=1 2026-07-01=1 2026-08-01=1 2026-09-01=1 2026-10-01=1 2026-11-01=1 2026-12-01=1 "
       "2027-01-01=1 2027-02-01=1 2027-03-01=1 2027-04-01=1 2027-05-01=1 2027-06-01=1 2027-07-01=1 2027-08-01=1 "
       "2027-09-01=1 2027-10-01=1 2027-11-01=1 2027-12-01=1 2028-01-01=1 2028-02-01=1 2028-03-01=1 2028-04-01=1 "
       "2028-05-01=1 2028-06-01=1 2028-07-01=1 2028-08-01=1 2028-09-01=1 2028-10-01=1 2028-11-01=1 2028-12-01=1 "
       "2029-01-01=1 2029-02-01=1 2029-03-01=1 2029-04-01=1 2029-05-01=1", "", false},
      {"The remaining 75% vests in 36 equal monthly installments following the end of the Initial Vesting Period.",
       "2025-05-12", "48", "unrecognized", "", "begin", false},
      {"The award vests as to 50% of the RSUs upon the completion of 12 months of continuous service measured from the "
       "date of grant and the remaining 50% vest on the second anniversary of the grant date.",
       "2026-06-05", "10", "time_based", "2027-06-05=5 2028-06-05=5", "", false},
      {"One-third of the option vests upon completion of one year of service measured from the Reporting Person's hire "
       "date of February 14, 2024, and the remaining two-thirds vests in two equal annual installments thereafter.",
       "2024-03-01", "3000", "time_based", "2025-02-14=1000 2026-02-14=1000 2027-02-14=1000", "", false},
      {"This option vests with respect to 25% of the shares after one year of service, measured from July 12, 2010, and "
       "with respect to the remaining shares in 36 equal monthly installments thereafter.",
       "2010-09-01", "48", "time_based",
       "2011-07-12=12 2011-08-12=1 2011-09-12=1 2011-10-12=1 2011-11-12=1 2011-12-12=1 2012-01-12=1 2012-02-12=1 "
       "2012-03-12=1 2012-04-12=1 2012-05-12=1 2012-06-12=1 2012-07-12=1 2012-08-12=1 2012-09-12=1 2012-10-12=1 "
       "2012-11-12=1 2012-12-12=1 2013-01-12=1 2013-02-12=1 2013-03-12=1 2013-04-12=1 2013-05-12=1 2013-06-12=1 "
       "2013-07-12=1 2013-08-12=1 2013-09-12=1 2013-10-12=1 2013-11-12=1 2013-12-12=1 2014-01-12=1 2014-02-12=1 "
       "2014-03-12=1 2014-04-12=1 2014-05-12=1 2014-06-12=1 2014-07-12=1", "", false},
      {"50% of the RSUs vest after two years of continuous employment measured from the Reporting Person's start date of "
       "March 3, 2021 and the remaining 50% vest on March 3, 2024.",
       "2021-04-01", "10", "time_based", "2023-03-03=5 2024-03-03=5", "", false},
      // Without "completion of", only after the lump's "after" / "upon": "vests over one year of service" is a span.
      {"The option vests ratably over one year of service measured from July 12, 2010.",
       "2010-09-01", "12", "unrecognized", "", "not understood", false},
      {"Upon the Reporting Person's completion of one year of continuous employment following his start date (May 6, "
       "2024), 25% of the shares vest, and the balance vests in equal annual installments over the next three years.",
       "2024-05-20", "4", "time_based", "2025-05-06=1 2026-05-06=1 2027-05-06=1 2028-05-06=1", "", false},
      {"Twenty-five percent (25%) of the shares vested on the one-year anniversary of the Reporting Person's start date "
       "(January 17, 2022), and the remaining shares vest in three equal annual installments thereafter.",
       "2022-03-01", "4", "time_based", "2023-01-17=1 2024-01-17=1 2025-01-17=1 2026-01-17=1", "", false},
      {"25% of the RSUs vest on the first anniversary of the Reporting Person's date of hire, which was August 21, 2023, and "
       "the remaining 75% vest in three equal annual installments thereafter.",
       "2023-09-01", "4", "time_based", "2024-08-21=1 2025-08-21=1 2026-08-21=1 2027-08-21=1", "", false},
      {"Options vest 25% on the first anniversary of the date of the Reporting Person's election to the Board (May 14, "
       "2024) and in equal annual installments over the following three years.",
       "2024-05-20", "4", "time_based", "2025-05-14=1 2026-05-14=1 2027-05-14=1 2028-05-14=1", "", false},
      {"One-third of the RSUs vest upon the Reporting Person's completion of two years of continuous service following the "
       "Reporting Person's date of hire (October 1, 2023); the remaining RSUs vest on the third anniversary of the date of "
       "hire.",
       "2024-01-10", "3", "time_based", "2025-10-01=1 2026-10-01=2", "", false},
      {"The option vests in three equal annual installments beginning on the first anniversary of his election, which was "
       "July 12, 2016.",
       "2016-07-19", "3", "time_based", "2017-07-12=1 2018-07-12=1 2019-07-12=1", "", false},
      {"25% of the RSUs vest on each of the first four anniversaries of her promotion to Chief Operating Officer, which "
       "occurred on March 10, 2018.",
       "2018-03-20", "4", "time_based", "2019-03-10=1 2020-03-10=1 2021-03-10=1 2022-03-10=1", "", false},
      {"This option was received in an option exchange and vests in two equal annual installments on the first and second "
       "anniversaries of the exchange date, June 3, 2009.",
       "2009-06-03", "2", "time_based", "2010-06-03=1 2011-06-03=1", "", false},
      // A sentence that only dates the anchor the schedule states is the same date told twice; another date is not.
      {"On June 3, 2009, the Issuer's stockholders approved a one-time stock option exchange program. This option vests in "
       "two equal annual installments on the first and second anniversaries of the exchange date, June 3, 2009.",
       "2009-06-03", "2", "time_based", "2010-06-03=1 2011-06-03=1", "", false},
      {"On May 20, 2009, the Issuer's stockholders approved a one-time stock option exchange program. This option vests in "
       "two equal annual installments on the first and second anniversaries of the exchange date, June 3, 2009.",
       "2009-06-03", "2", "unrecognized", "", "not accounted for", false},
      // An event and a date not joined by "on" or "which was": the date is not the event's.
      {"The RSUs vest on the first anniversary of his election and on July 12, 2017.", "2016-07-19", "2", "unrecognized", "",
       "not understood", false},
      {"The RSUs vest in full on the second anniversary of the exchange date.", "2009-06-03", "10", "unrecognized", "",
       "needs vesting_commencement_date", false},
      {"The award vests 40% on the first anniversary of the closing of the Acquisition, which occurred on May 6, 2024, and "
       "60% on the second anniversary thereof.",
       "2024-05-20", "10", "time_based", "2025-05-06=4 2026-05-06=6", "", false},
      {"The option vests in 24 equal monthly installments measured from the effective date of the Issuer's 2021 Stock "
       "Incentive Plan, June 1, 2021.",
       "2021-06-15", "24", "time_based",
       "2021-07-01=1 2021-08-01=1 2021-09-01=1 2021-10-01=1 2021-11-01=1 2021-12-01=1 2022-01-01=1 2022-02-01=1 "
       "2022-03-01=1 2022-04-01=1 2022-05-01=1 2022-06-01=1 2022-07-01=1 2022-08-01=1 2022-09-01=1 2022-10-01=1 "
       "2022-11-01=1 2022-12-01=1 2023-01-01=1 2023-02-01=1 2023-03-01=1 2023-04-01=1 2023-05-01=1 2023-06-01=1", "", false},
      // The event's date not joined by "which occurred (on)": not the event's.
      {"The RSUs vest on the first anniversary of the closing of the Merger and on October 2, 2026.", "2025-06-03", "10",
       "unrecognized", "", "not understood", false},
      // The event's date not stated: never assumed to be the grant date.
      {"The RSUs vest in full on the first anniversary of the effective date of the Merger.", "2024-06-03", "10",
       "unrecognized", "", "needs vesting_commencement_date", false},
      // Two different dates for the anchor: refused.
      {"The vesting commencement date is March 1, 2024. The RSUs vest on the first anniversary of the closing date of the "
       "Merger (April 1, 2024).",
       "2024-06-03", "10", "unrecognized", "", "cross_check_failed", false},
  };
  for (auto& e : event_dated_at_sentence_head_examples()) v.push_back(std::move(e));
  return v;
}

// Corporate events named and dated, and names given to their dates.
std::vector<Example> event_name_examples() {
  return {
      // ", Inc." inside the other party's name goes on with the name (holdout28 H28-038).
      {"These restricted stock units were granted in connection with the closing of the Issuer's acquisition of "
       "Brightline Analytics, Inc. on October 1, 2021 (the \"Closing Date\") and vest in three equal installments on each "
       "of the first three anniversaries of the Closing Date.",
       "2021-10-01", "15", "time_based", "2022-10-01=5 2023-10-01=5 2024-10-01=5", "", false},
      {"These units were granted in connection with the closing of the Issuer's acquisition of Harlow Systems, LLC on "
       "March 2, 2020 (the \"Closing Date\") and vest in equal annual installments on the first three anniversaries of "
       "the Closing Date.",
       "2020-03-20", "15", "time_based", "2021-03-02=5 2022-03-02=5 2023-03-02=5", "", false},
      // A corporate event named and dated in one phrase, or dated in parentheses after "anniversary of" it; "such
      // appointment" counts from the event told before (its date must be stated).
      {"The shares of restricted stock vest in three equal annual installments commencing on the first anniversary of the "
       "Issuer's initial public offering, which closed on June 28, 2019.",
       "2019-06-28", "3000", "time_based", "2020-06-28=1000 2021-06-28=1000 2022-06-28=1000", "", false},
      {"The RSUs vest in two equal annual installments on the first and second anniversaries of the Business Combination, "
       "which was consummated on May 3, 2021.",
       "2021-06-28", "3000", "time_based", "2022-05-03=1500 2023-05-03=1500", "", false},
      {"The shares vest in three equal annual installments commencing on the first anniversary of the Issuer's initial "
       "public offering (June 28, 2019).",
       "2019-06-28", "3", "time_based", "2020-06-28=1 2021-06-28=1 2022-06-28=1", "", false},
      {"These shares were granted in connection with the reporting person's appointment as Chief Financial Officer on "
       "August 1, 2022 and vest in four equal annual installments beginning on the first anniversary of such appointment.",
       "2022-08-05", "4", "time_based", "2023-08-01=1 2024-08-01=1 2025-08-01=1 2026-08-01=1", "", false},
      {"Granted in connection with the Issuer's initial public offering. The RSUs vest in three equal annual installments "
       "beginning on the first anniversary of the grant date.",
       "2019-06-28", "3", "time_based", "2020-06-28=1 2021-06-28=1 2022-06-28=1", "", false},
      // The other party named after the event's noun.
      {"The restricted stock units vest in full on the second anniversary of the closing of the Issuer's merger with "
       "Beta Corp., which occurred on October 3, 2022.",
       "2022-10-20", "2200", "time_based", "2024-10-03=2200", "", false},
      {"The RSUs vest in two equal annual installments on the first and second anniversaries of the Issuer's business "
       "combination with Churchill Capital Corp IV, which was consummated on July 1, 2021.",
       "2021-07-20", "10", "time_based", "2022-07-01=5 2023-07-01=5", "", false},
      {"The RSUs vest on the first anniversary of the merger with and into Parent, which occurred on May 1, 2021.",
       "2021-06-28", "3", "unrecognized", "", "not understood", false},
      {"The RSUs vest on the first anniversary of the Merger, which was approved by stockholders on May 1, 2021.",
       "2021-06-28", "3", "unrecognized", "", "not understood", false},
      // (The event dated in a sentence of its own, "On D, the Issuer completed its X", is the anchor since gen27; without
      // its date, "such offering" still needs one.)
      {"On May 3, 2021, the Issuer completed its initial public offering. The RSUs vest on the first anniversary of such "
       "offering.",
       "2021-06-28", "3", "time_based", "2022-05-03=3", "", false},
      {"The Issuer completed its initial public offering. The RSUs vest on the first anniversary of such offering.",
       "2021-06-28", "3", "unrecognized", "", "needs vesting_commencement_date", false},
      // The holder's appointment told as a verb with its date ("was appointed ... on D") dates "such appointment" and
      // "the date of (his) appointment"; without "on D", or with another date in the schedule, refused.
      {"The Reporting Person was appointed to the Board on September 12, 2022. The RSUs vest in three equal annual "
       "installments beginning on the first anniversary of the date of such appointment.",
       "2022-10-03", "3", "time_based", "2023-09-12=1 2024-09-12=1 2025-09-12=1", "", false},
      {"He was hired as Chief Financial Officer on March 1, 2021, and the option vests in four equal annual "
       "installments on each anniversary of the date of his appointment.",
       "2021-03-15", "4", "time_based", "2022-03-01=1 2023-03-01=1 2024-03-01=1 2025-03-01=1", "", false},
      {"The Reporting Person was appointed to the Board in September 2022. The RSUs vest in three equal annual "
       "installments beginning on the first anniversary of such appointment.",
       "2022-10-03", "3", "unrecognized", "", "needs vesting_commencement_date", false},
      {"The Reporting Person was appointed to the Board on September 12, 2022. The RSUs vest in three equal annual "
       "installments beginning on the first anniversary of the closing date of the Merger (October 1, 2022).",
       "2022-10-03", "3", "unrecognized", "", "cross_check_failed", false},
      // A corporate event's date by its name beside it ("D, the date of the Issuer's initial public offering"); its
      // date not stated, or a longer name ("the date of the Merger Agreement"), refused.
      {"The restricted stock units vest in equal quarterly installments over three years beginning on the date that is "
       "three months after November 18, 2020, the date of the Issuer's initial public offering.",
       "2020-11-18", "12", "time_based",
       "2021-02-18=1 2021-05-18=1 2021-08-18=1 2021-11-18=1 2022-02-18=1 2022-05-18=1 2022-08-18=1 2022-11-18=1 "
       "2023-02-18=1 2023-05-18=1 2023-08-18=1 2023-11-18=1", "", false},
      {"The RSUs vest in three equal annual installments on each anniversary of January 15, 2021, the date of the "
       "closing of the Issuer's initial public offering.",
       "2021-02-01", "3", "time_based", "2022-01-15=1 2023-01-15=1 2024-01-15=1", "", false},
      {"The RSUs vest in three equal annual installments on each anniversary of the date of the Issuer's initial public "
       "offering.",
       "2020-12-01", "3", "unrecognized", "", "needs vesting_commencement_date", false},
      // (Before gen26 this one was silently read as anniversaries of the grant date: "on each anniversary" no longer
      // reads before an "of" it leaves unread, family_cadence_anniversaries.cpp.)
      {"The RSUs vest in three equal annual installments on each anniversary of the date of the Merger Agreement.",
       "2020-12-01", "3", "unrecognized", "", "not understood", false},
      // A lump on an event told with its date right after the vest verb: the event's date, when it is on or before the
      // transaction date; one still to come, an event without its date, or "on or about" is refused.
      {"50% of the RSUs vested upon the closing of the Company's initial public offering on June 12, 2020, and the "
       "remaining 50% vest in four equal quarterly installments beginning September 12, 2020.",
       "2020-06-12", "8", "time_based", "2020-06-12=4 2020-09-12=1 2020-12-12=1 2021-03-12=1 2021-06-12=1", "", false},
      {"The restricted stock units vested in full upon the consummation of the Merger on March 3, 2021.", "2021-03-05",
       "10", "time_based", "2021-03-03=10", "", false},
      {"The restricted stock units will vest in full upon the consummation of the Merger on March 3, 2022.", "2021-03-05",
       "10", "unrecognized", "", "not understood", false},
      {"The restricted stock units vested in full upon the consummation of the Merger on or about March 3, 2021.",
       "2021-03-05", "10", "unrecognized", "", "not understood", false},
      {"The restricted stock units vested in full upon the consummation of the Merger on March 3, 2021.", "", "10",
       "unrecognized", "", "not understood", false},
      {"The restricted stock units vested in full on the first business day following the consummation of the Merger on "
       "March 5, 2021.",
       "2021-03-09", "10", "time_based", "2021-03-08=10", "", false},
      {"The restricted stock units vested in full on the second day following the consummation of the Merger on March 5, "
       "2021.",
       "2021-03-09", "10", "unrecognized", "", "not understood", false},
      {"Represents restricted stock units granted in connection with the closing of the Business Combination on July 21, "
       "2021 (the \"Closing Date\"). One-third of the RSUs vest on each of the first three anniversaries of the Closing "
       "Date.",
       "2021-08-02", "3", "time_based", "2022-07-21=1 2023-07-21=1 2024-07-21=1", "", false},
  };
}

}  // namespace

Family event_anchors_family() {
  return join_parts("event_anchors",
                    {named_event_date_rules, service_completion_and_start_date_rules, event_with_its_date_rules},
                    {event_anchor_examples, event_name_examples});
}

}  // namespace vest::rules
