// Anchor rules, level 2: dates that define the grant date or the vesting commencement date ("the grant
// date, which is <date>", "granted on <date>", "with a vesting commencement date of <date>").
#include "rules/family_anchors_parts.hpp"

namespace vest::rules::anchor_rules {

namespace {

// `date` defines the grant date or the vesting commencement date that `name` is ("the grant date,
// which is March 1, 2025"; "the March 1, 2025 award date"): a `when` noted with which one it defines.
std::optional<Item> defined_as(const When& name, const When& date) {
  const bool anchor_itself = (name.ref == When::Ref::grant || name.ref == When::Ref::vcd) && name.months == 0 &&
                             name.days == 0 && !name.fixed_day;
  if (!anchor_itself || date.ref != When::Ref::absolute) return std::nullopt;
  Item it = make(IT::when);
  it.when = date;
  it.tag = name.ref == When::Ref::grant ? Tag::grant : Tag::vcd;
  return it;
}

// '... on March 2, 2020 (the "Start Date")': the name of the anchor `def` just defined, when it is a bare reference of
// that same anchor (the definition itself again); another date or anchor is no name.
std::optional<Item> named_anchor(const Item& def, const When& name) {
  const When::Ref ref = def.tag == Tag::vcd ? When::Ref::vcd : def.tag == Tag::grant ? When::Ref::grant : When::Ref::absolute;
  if (ref == When::Ref::absolute || def.when.ref != When::Ref::absolute) return std::nullopt;
  if (name.ref != ref || name.months || name.days || name.fixed_day) return std::nullopt;
  return def;
}

// "<anchor>, <date>" (items 0 and 2 of the match, the phrase ending at node `end`): the date defines the anchor.
std::optional<Item> appositive_definition(const Match& m, std::size_t end) {
  auto def = defined_as(m.item_of(0).when, m.item_of(2).when);
  if (!def) return std::nullopt;
  // "the third anniversary of the grant date, March 1, 2027": the date may be the anniversary's
  // (family_restated_dates.cpp reads and cross-checks it), not a definition of the grant date.
  // (A vesting commencement date is never the input's, so "the one-month anniversary of the vesting
  // commencement date, February 28, 2024" can only define it.)
  static const std::uint16_t of = intern("of");
  if (m.item_of(0).when.ref == When::Ref::grant && m.begin > 0 && is_w((*m.nodes)[m.begin - 1], of)) return std::nullopt;
  // Not a list ("the grant date, March 1, 2025 and ..."): the date must end the phrase.
  if (list_goes_on(*m.nodes, end)) return std::nullopt;
  return def;
}

// An absolute date stated as the grant date: a definition of it (nothing for a relative date).
std::optional<Item> grant_date_stated(const When& a) {
  if (a.ref != When::Ref::absolute) return std::nullopt;
  Item it = make(IT::definition);
  it.when = a;
  it.tag = Tag::grant;
  return it;
}

// "granted to the Reporting Person on", "granted these restricted stock units on", "an award of 2,500 restricted stock
// units on": the award (plain words and share counts, no year, no clause word) up to "on" (left for the pattern).
bool award_words_until_on(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t on = intern("on"), and_ = intern("and"), or_ = intern("or"), which = intern("which"),
                             that = intern("that"), upon = intern("upon"), in = intern("in");
  for (std::size_t j = i; j < n.size() && j < i + 8; ++j) {
    if (is_w(n[j], on)) {
      if (j == i) return false;  // (plain "granted on <date>": the optional words are absent)
      i = j;
      return true;
    }
    const bool word = n[j].kind == NK::word && !is_w(n[j], and_) && !is_w(n[j], or_) && !is_w(n[j], which) &&
                      !is_w(n[j], that) && !is_w(n[j], upon) && !is_w(n[j], in);
    if (!word && !(n[j].kind == NK::number && is_share_count(n[j]))) return false;
  }
  return false;
}

// "(as defined in the option agreement, March 18, 2022)": a pointer to where the anchor is defined, before the date
// given it: "as defined in" (or "under") and up to six plain words, then a comma.
bool as_defined_elsewhere(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t as = intern("as"), defined = intern("defined"), in = intern("in"), under = intern("under");
  if (i + 3 >= n.size() || !is_w(n[i], as) || !is_w(n[i + 1], defined) || !(is_w(n[i + 2], in) || is_w(n[i + 2], under)))
    return false;
  for (std::size_t j = i + 3; j < n.size() && j < i + 10; ++j) {
    if (n[j].kind == NK::punct && n[j].punct == ',') {
      if (j == i + 3) return false;
      i = j + 1;
      return true;
    }
    if (n[j].kind != NK::word) return false;
  }
  return false;
}

}  // namespace

std::vector<ItemRule> definition_rules() {
  return {
      // Level 2: dates that define the grant date or the vesting commencement date.
      // Either order: "the vesting commencement date, which is June 1, 2021", "June 1, 2021, which is the vesting
      // commencement date".
      // ("the Effective Date (as defined therein), which was October 17, 2022": a parenthetical note between them.)
      {"<anchor>, which is <date>", 2,
       {item(IT::when), opt(item(IT::condition)), opt(p(',')), w({"which", "that"}), w({"is", "was"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (m.has(1) && m.item_of(1).tag != Tag::note) return std::nullopt;
         auto def = defined_as(m.item_of(0).when, m.item_of(5).when);
         return def ? def : defined_as(m.item_of(5).when, m.item_of(0).when);
       }},
      // 'the Reporting Person's hire date, August 8, 2016 (the "Hire Date")': the appositive below and the name given
      // to the anchor it defines, in one item (before an anniversary reads it at level 3). Only a bare reference of the
      // same anchor is its name; any other date or anchor in the parentheses leaves it to the rules below.
      {"<anchor>, <date> (the \"Hire Date\")", 2,
       {item(IT::when), p(','), item(IT::when), p('('), opt(w({"the"})), item(IT::when), p(')')},
       [](const Match& m) -> std::optional<Item> {
         auto def = appositive_definition(m, m.end);
         return def ? named_anchor(*def, m.item_of(5).when) : std::nullopt;
       }},
      {"<anchor>, <date> (appositive)", 2,
       {item(IT::when), p(','), item(IT::when)},
       [](const Match& m) { return appositive_definition(m, m.end); }},
      {"the grant date of the <award> was <date>", 2,
       {item(IT::when), w({"of", "for"}), words_until({"was", "is"}, 6), item(IT::when)},
       [](const Match& m) { return defined_as(m.item_of(0).when, m.item_of(3).when); }},
      {"<date> (the grant date)", 2,
       {item(IT::when), p('('), opt(custom(as_defined_elsewhere)), opt(w({"the"})), item(IT::when), p(')')},
       [](const Match& m) {
         // Either order: "<date> (the grant date)", "the grant date (<date>)", "the grant date (as defined in the
         // award agreement, <date>)".
         auto def = defined_as(m.item_of(4).when, m.item_of(0).when);
         return def ? def : defined_as(m.item_of(0).when, m.item_of(4).when);
       }},
      {"the grant date of <date>", 2, {item(IT::when), w({"of", "is", "was", "as", "means"}), opt(p(':')), item(IT::when)},
       [](const Match& m) { return defined_as(m.item_of(0).when, m.item_of(3).when); }},
      {"granted on <date>", 2,
       {w({"granted", "awarded"}), opt(custom(award_words_until_on)), opt(w({"on", "as"})), opt(w({"of"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         return grant_date_stated(m.item_of(4).when);
       }},
      // "The Reporting Person received an award of 2,500 restricted stock units on May 15, 2025, which vest ...":
      // the grant sentence's date. ("received 2,500 shares on <date>" is a delivery: only "an award / a grant of".)
      {"received an award of <award> on <date>", 2,
       {w({"received"}), opt(w({"an", "a"})), w({"award", "grant", "awards", "grants"}), w({"of"}),
        custom(award_words_until_on), w({"on"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         return grant_date_stated(m.item_of(6).when);
       }},
      // "received an option grant covering 12,000 shares on D", "On D, the reporting person received a grant of 2,500
      // restricted stock units", "received 2,988 RSUs on D" (units and options are received at grant; shares at
      // delivery, so "received 500 shares on D" stays a delivery).
      {"received an option grant covering <award> on <date>", 2,
       {w({"received"}), opt(w({"an", "a"})), w({"option", "stock", "equity"}), w({"grant", "award"}),
        w({"covering", "for", "of"}), custom(award_words_until_on), w({"on"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> { return grant_date_stated(m.item_of(7).when); }},
      {"on <date>, the reporting person received a grant of", 2,
       {w({"on"}), item(IT::when), opt(p(',')), words_until({"received"}, 5), opt(w({"an", "a"})),
        w({"award", "grant", "awards", "grants"}), w({"of"})},
       [](const Match& m) -> std::optional<Item> { return grant_date_stated(m.item_of(1).when); }},
      {"received <count> RSUs on <date>", 2,
       {w({"received"}), custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          // a share count, then award words ending in units or options (never "shares"), then "on"
          static const std::uint16_t on = intern("on"), rsus = intern("rsus"), units = intern("units"),
                                     options = intern("options"), psus = intern("psus");
          if (i >= n.size() || n[i].kind != NK::number || !is_share_count(n[i])) return false;
          for (std::size_t j = i + 1; j < n.size() && j < i + 5; ++j) {
            if (is_w(n[j], on)) {
              const Node& last = n[j - 1];
              if (!(is_w(last, rsus) || is_w(last, units) || is_w(last, options) || is_w(last, psus))) return false;
              i = j + 1;
              return true;
            }
            if (n[j].kind != NK::word) return false;
          }
          return false;
        }),
        item(IT::when)},
       [](const Match& m) -> std::optional<Item> { return grant_date_stated(m.item_of(2).when); }},
      // "the first anniversary of the May 15, 2023 award date": the date names the grant date.
      {"the <date> grant date", 2, {opt(w({"the"})), item(IT::when), item(IT::when)},
       [](const Match& m) { return defined_as(m.item_of(2).when, m.item_of(1).when); }},
      // "On May 6, 2019, the reporting person was granted 5,600 restricted stock units, vesting ...".
      {"on <date>, the reporting person was granted", 2,
       {w({"on"}), item(IT::when), opt(p(',')), words_until({"granted", "awarded"}, 7)},
       [](const Match& m) -> std::optional<Item> {
         return grant_date_stated(m.item_of(1).when);
       }},
      // "..., with a vesting commencement date of December 5, 2018" (or a grant date of ...): a
      // definition after the schedule it anchors, not a date of it. "beginning with the vesting
      // commencement date of <date>" is a start (the cadence family's), not this.
      // (Also "..., where the vesting commencement date is <date>".)
      {"with a vesting commencement date of <date>", 3,
       {w({"with", "where", "whereby"}), opt(w({"a", "the", "an"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t beginning = intern("beginning"), commencing = intern("commencing"),
                                    starting = intern("starting");
         const Item& d = m.item_of(2);
         if (d.tag != Tag::vcd && d.tag != Tag::grant) return std::nullopt;  // a definition, not any date
         if (m.begin > 0) {
           const Node& before = (*m.nodes)[m.begin - 1];
           if (is_w(before, beginning) || is_w(before, commencing) || is_w(before, starting)) return std::nullopt;
         }
         Item it = make(IT::definition);
         it.when = d.when;
         it.tag = d.tag;
         return it;
       }},
      // "... commencement of employment on March 2, 2020 (the "Start Date")", "... the closing of the Business Combination
      // on July 21, 2021 (the "Closing Date")": the name given to the anchor just defined (level 4: the definition and
      // the event's date are items by then). Only a bare reference of the same anchor; another date is no name.
      {"<definition> (the \"Start Date\")", 4, {item(IT::definition), p('('), opt(w({"the"})), item(IT::when), p(')')},
       [](const Match& m) { return named_anchor(m.item_of(0), m.item_of(3).when); }},
      {"<event on date> (the \"Start Date\")", 4, {item(IT::when), p('('), opt(w({"the"})), item(IT::when), p(')')},
       [](const Match& m) { return named_anchor(m.item_of(0), m.item_of(3).when); }},
      // "; for purposes of this option, the vesting commencement date is <date>": a definition after its use.
      {"for purposes of this option, the vesting commencement date is <date>", 3,
       {w({"for"}), w({"purposes"}), w({"of"}), w({"this", "the", "these"}), any_word(), opt(p(',')), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const Item& d = m.item_of(6);
         if (d.tag != Tag::vcd && d.tag != Tag::grant) return std::nullopt;
         Item it = make(IT::definition);
         it.when = d.when;
         it.tag = d.tag;
         return it;
       }},
  };
}

// A note between an anchor's name and its date: "(as defined therein), which was <date>", "(as defined in the award
// agreement, <date>)".
std::vector<Example> as_defined_examples() {
  return {
      // "<anchor> (as defined <...>), which was <date>": the note between the name and its date (holdout28 H28-052).
      {"The option vests in equal annual installments on the first three anniversaries of the Effective Date (as defined "
       "therein), which was October 17, 2022.",
       "2022-11-03", "30", "time_based", "2023-10-17=10 2024-10-17=10 2025-10-17=10", "", false},
      {"The option vests in equal annual installments on the first three anniversaries of the Vesting Commencement Date "
       "(subject to adjustment), which is October 17, 2022.",
       "2022-11-03", "30", "unrecognized", "", "not understood", false},
      // A pointer to where the anchor is defined, then its date, in the parentheses.
      {"One-half of the RSUs vest on the first anniversary of the Vesting Commencement Date (as defined in the award "
       "agreement, June 3, 2024) and the rest on the second anniversary of the Vesting Commencement Date.",
       "2024-07-01", "2", "time_based", "2025-06-03=1 2026-06-03=1", "", false},
      {"One-half of the RSUs vest on the first anniversary of the Vesting Commencement Date (as defined in the award "
       "agreement) and the rest on the second anniversary of the Vesting Commencement Date.",
       "2024-07-01", "2", "unrecognized", "", "vesting commencement date", false},
  };
}

std::vector<Example> definition_examples() {
  return {
      // A grant date the footnote states after the grant reported is not counted from ("which is" may restate the
      // anniversary instead); one before it is the footnote's own (a later transaction reports an earlier grant).
      {"The units cliff-vest on the third anniversary of the date of grant, which is April 1, 2026.", "2023-04-03", "7",
       "unrecognized", "", "after the grant reported", false},
      {"The units cliff-vest on the third anniversary of the date of grant, which is April 1, 2022.", "2023-04-03", "7",
       "time_based", "2025-04-01=7", "", false},
      // The name given to an anchor just defined ('... on March 2, 2020 (the "Start Date")'); another anchor's name is not.
      {"The option was granted in connection with the Reporting Person's commencement of employment on March 2, 2020 (the "
       "\"Start Date\"). One-half of the option vests on the first anniversary of the Start Date and the rest on the second "
       "anniversary of the Start Date.",
       "2020-03-16", "2", "time_based", "2021-03-02=1 2022-03-02=1", "", false},
      {"The option was granted in connection with the Reporting Person's commencement of employment on March 2, 2020 (the "
       "\"Grant Date\"). One-half of the option vests on the first anniversary of the Grant Date and the rest on the second "
       "anniversary of the Grant Date.",
       "2020-03-16", "2", "unrecognized", "", "not accounted for", false},
      // The vesting commencement date defined after its use: ", where ... is <date>", "; for purposes of this award, ...".
      // Any other date there is not a definition.
      {"The RSUs vest in two equal annual installments on the first and second anniversaries of the vesting commencement "
       "date, where the vesting commencement date is June 1, 2025.",
       "2025-06-20", "2", "time_based", "2026-06-01=1 2027-06-01=1", "", false},
      {"The units vest in four equal annual installments beginning on the first anniversary of the vesting commencement "
       "date; for purposes of this award, the vesting commencement date is May 1, 2025.",
       "2025-05-20", "4", "time_based", "2026-05-01=1 2027-05-01=1 2028-05-01=1 2029-05-01=1", "", false},
      {"The RSUs vest in two equal annual installments on the first and second anniversaries of the vesting commencement "
       "date, where the grant was approved on June 1, 2025.",
       "2025-06-20", "2", "unrecognized", "", "not understood", false},
      // "<anchor>, <date>, and ...": the appositive ends at the comma (", and June 1, 2026" would be a list).
      {"The option vests as to 50% on the first anniversary of the date of hire, March 3, 2025, and the remaining 50% on "
       "the second anniversary of the date of hire.",
       "2025-04-01", "10", "time_based", "2026-03-03=5 2027-03-03=5", "", false},
      // A vesting commencement date stated after the installments is where they count from.
      {"The RSUs will vest in four equal quarterly installments over one year, with a vesting commencement date of "
       "December 5, 2018, subject to continued service.",
       "2019-01-10", "804", "time_based", "2019-03-05=201 2019-06-05=201 2019-09-05=201 2019-12-05=201", "", false},
      {"The vesting commencement date is December 5, 2018. The RSUs vest in four equal quarterly installments over one year.",
       "2019-01-10", "804", "time_based", "2019-03-05=201 2019-06-05=201 2019-09-05=201 2019-12-05=201", "", false},
      // An appositive ends at ", and" when the next clause follows (not a second date of a list).
      {"The option vests as to 25% of the shares on the first anniversary of the Reporting Person's date of hire, March 17, "
       "2014, and as to 1/48th of the shares monthly thereafter.",
       "2014-04-02", "48", "time_based",
       "2015-03-17=12 2015-04-17=1 2015-05-17=1 2015-06-17=1 2015-07-17=1 2015-08-17=1 2015-09-17=1 2015-10-17=1 "
       "2015-11-17=1 2015-12-17=1 2016-01-17=1 2016-02-17=1 2016-03-17=1 2016-04-17=1 2016-05-17=1 2016-06-17=1 "
       "2016-07-17=1 2016-08-17=1 2016-09-17=1 2016-10-17=1 2016-11-17=1 2016-12-17=1 2017-01-17=1 2017-02-17=1 "
       "2017-03-17=1 2017-04-17=1 2017-05-17=1 2017-06-17=1 2017-07-17=1 2017-08-17=1 2017-09-17=1 2017-10-17=1 "
       "2017-11-17=1 2017-12-17=1 2018-01-17=1 2018-02-17=1 2018-03-17=1",
       "", false},
      {"25% of the RSUs vest on the first anniversary of the vesting commencement date, March 1, 2024, and the remaining "
       "75% vest in three equal annual installments thereafter.",
       "2024-04-02", "4", "time_based", "2025-03-01=1 2026-03-01=1 2027-03-01=1 2028-03-01=1", "", false},
      // The appositive with the name given to the anchor ('..., August 8, 2016 (the "Hire Date")'), then used by its
      // name; a name that is not the same anchor (here the grant date) leaves the parentheses unread.
      {"On the first anniversary of the Reporting Person's hire date, August 8, 2016 (the \"Hire Date\"), 25% of the "
       "option vested, and the remaining 75% vests on each of the second, third and fourth anniversaries of the Hire "
       "Date.",
       "2016-09-01", "4", "time_based", "2017-08-08=1 2018-08-08=1 2019-08-08=1 2020-08-08=1", "", false},
      {"The option vests as to 50% on the first anniversary of the Reporting Person's date of hire, March 3, 2025 (the "
       "\"Start Date\"), and the remaining 50% on the second anniversary of the Start Date.",
       "2025-04-01", "10", "time_based", "2026-03-03=5 2027-03-03=5", "", false},
      {"The option vests as to 50% on the first anniversary of the Reporting Person's date of hire, March 3, 2025 (the "
       "\"Grant Date\"), and the remaining 50% on the second anniversary of the Grant Date.",
       "2025-04-01", "10", "unrecognized", "", "remainder", false},
      // (A name that is not an anchor's names the whole date before it, the anniversary: family_restated_dates.cpp.)
      {"The option vests as to 50% on the first anniversary of the Reporting Person's date of hire, March 3, 2025 (the "
       "\"First Vesting Date\"), and the remaining 50% on the second anniversary of the First Vesting Date.",
       "2025-04-01", "10", "time_based", "2026-03-03=5 2028-03-03=5", "", false},
      // "the Reporter's start date of <date>": the holder as some filers name them.
      {"The option vests as to 1/4th of the shares on the one-year anniversary of the Reporter's start date of September "
       "12, 2017, and as to the remaining shares in three equal annual installments thereafter.",
       "2017-10-02", "4", "time_based", "2018-09-12=1 2019-09-12=1 2020-09-12=1 2021-09-12=1", "", false},
      {"The option vests as to 1/4th of the shares on the one-year anniversary of the Reporter's start date, and as to the "
       "remaining shares in three equal annual installments thereafter.",
       "2017-10-02", "4", "unrecognized", "", "needs vesting_commencement_date", false},
      // A date after ", and" is a list: the appositive is not read (and the anchor stays unstated).
      {"The RSUs vest on the first anniversary of the vesting commencement date, March 1, 2024, and March 1, 2026.",
       "2024-04-02", "10", "unrecognized", "", "needs vesting_commencement_date", false},
      // A start, not a definition.
      {"The RSUs vest in four equal annual installments beginning with the vesting commencement date of March 1, 2021.",
       "2021-04-01", "400", "time_based", "2021-03-01=100 2022-03-01=100 2023-03-01=100 2024-03-01=100", "", false},
      {"The RSUs vest in four equal quarterly installments commencing with the grant date of March 1, 2021.",
       "2021-04-01", "400", "time_based", "2021-03-01=100 2021-06-01=100 2021-09-01=100 2021-12-01=100", "", false},
      // "with" before a date that defines nothing stays a date of the schedule.
      {"The RSUs vest in full on June 1, 2026, with the first anniversary of the grant date as a fallback.", "2025-06-01",
       "100", "unrecognized", "", "not understood", false},
      {"The RSUs were granted on January 18, 2020 and vest on the second anniversary of the grant date.", "2022-02-18", "10",
       "time_based", "2022-01-18=10", "", false},
      // A grant date stated apart from the schedule overrides the transaction date.
      {"The RSUs vest on the first anniversary of the grant date. The grant date of the award was June 3, 2023.", "2023-07-01",
       "5", "time_based", "2024-06-03=5", "", false},
      {"The shares vest in two equal annual installments beginning on the first anniversary of the vesting commencement date, "
       "which is April 1, 2024.",
       "2024-05-10", "10", "time_based", "2025-04-01=5 2026-04-01=5", "", false},
      {"The RSUs vest as to 1/3 of the shares on each of the first three anniversaries of June 1, 2021, which is the vesting "
       "commencement date.",
       "2021-07-15", "3000", "time_based", "2022-06-01=1000 2023-06-01=1000 2024-06-01=1000", "", false},
      {"25% of the option vests on June 1, 2022, which is the first anniversary of the vesting commencement date, and the "
       "remainder vests monthly over the next 36 months.",
       "2021-07-15", "48", "unrecognized", "", "needs vesting_commencement_date", false},
      {"The option vests in 3 equal monthly installments beginning on the one-month anniversary of the vesting commencement "
       "date, January 31, 2024.",
       "2024-03-05", "3", "time_based", "2024-02-29=1 2024-03-31=1 2024-04-30=1", "", false},
      {"50% of the options vest on the first anniversary of the May 15, 2023 award date and 50% on the second anniversary of the award date.", "2023-06-01", "10", "time_based", "2024-05-15=5 2025-05-15=5", "", false},
      {"On May 6, 2019, the reporting person was granted 5,600 restricted stock units, vesting in five annual installments beginning May 6, 2020.", "2023-05-06", "5600", "time_based", "2020-05-06=1120 2021-05-06=1120 2022-05-06=1120 2023-05-06=1120 2024-05-06=1120", "", false},
      // A grant stated without its vesting is not "not about vesting"; an old grant described is.
      // A grant sentence's date anchors the schedule that follows (the award's words between the verb and "on").
      {"The Reporting Person received an award of 2,500 restricted stock units on May 15, 2025, which vest in four equal "
       "annual installments beginning on the first anniversary of the grant date.", "2025-06-01", "2500", "time_based",
       "2026-05-15=625 2027-05-15=625 2028-05-15=625 2029-05-15=625", "", false},
      {"The reporting person was granted these restricted stock units on November 20, 2025. The units vest in three equal "
       "annual installments commencing on the first anniversary of the grant date.", "", "3", "time_based",
       "2026-11-20=1 2027-11-20=1 2028-11-20=1", "", false},
      {"The Reporting Person received a grant of 12,000 stock options on June 2, 2025 that vest in 48 equal monthly "
       "installments measured from the date of grant.", "2025-06-02", "48", "time_based",
       "2025-07-02=1 2025-08-02=1 2025-09-02=1 2025-10-02=1 2025-11-02=1 2025-12-02=1 2026-01-02=1 2026-02-02=1 "
       "2026-03-02=1 2026-04-02=1 2026-05-02=1 2026-06-02=1 2026-07-02=1 2026-08-02=1 2026-09-02=1 2026-10-02=1 "
       "2026-11-02=1 2026-12-02=1 2027-01-02=1 2027-02-02=1 2027-03-02=1 2027-04-02=1 2027-05-02=1 2027-06-02=1 "
       "2027-07-02=1 2027-08-02=1 2027-09-02=1 2027-10-02=1 2027-11-02=1 2027-12-02=1 2028-01-02=1 2028-02-02=1 "
       "2028-03-02=1 2028-04-02=1 2028-05-02=1 2028-06-02=1 2028-07-02=1 2028-08-02=1 2028-09-02=1 2028-10-02=1 "
       "2028-11-02=1 2028-12-02=1 2029-01-02=1 2029-02-02=1 2029-03-02=1 2029-04-02=1 2029-05-02=1 2029-06-02=1", "", false},
      {"The Reporting Person received an option grant covering 12,000 shares on June 2, 2025. The option vests in four "
       "equal annual installments beginning on the first anniversary of the grant date.",
       "2025-06-09", "12000", "time_based", "2026-06-02=3000 2027-06-02=3000 2028-06-02=3000 2029-06-02=3000", "", false},
      {"On May 15, 2025, the reporting person received a grant of 2,500 restricted stock units. The RSUs vest in full on "
       "the first anniversary of the grant date.",
       "2025-05-20", "2500", "time_based", "2026-05-15=2500", "", false},
      {"The Reporting Person received 2,988 RSUs on November 1, 2025 under the Issuer's 2016 Omnibus Incentive Plan. The "
       "RSUs vest in two equal annual installments beginning on the first anniversary of the grant date.",
       "2025-11-03", "2988", "time_based", "2026-11-01=1494 2027-11-01=1494", "", false},
      // ... "received <shares> on <date>" is a delivery, not a grant: the date is not the grant date.
      {"The Reporting Person received 2,500 shares on May 15, 2025 upon the vesting of restricted stock units that vest in "
       "four equal annual installments beginning on the first anniversary of the grant date.", "2024-05-20", "2500",
       "unrecognized", "", "remainder", false},
      // "<date>, the grant date" (appositive) before a condition: a definition, not a list of two dates.
      {"The RSUs vest in four equal annual installments on each anniversary of March 1, 2025, the grant date, subject to "
       "continued service.", "", "4", "time_based", "2026-03-01=1 2027-03-01=1 2028-03-01=1 2029-03-01=1", "", false},
      {"On March 18, 2021, the reporting person was granted 20,991 restricted stock units.", "2021-12-01", "", "unrecognized",
       "", "not how it vests", false},
      {"The Reporting Person received 500 shares upon the vesting of restricted stock units previously granted on March 1, 2021.",
       "2024-03-01", "500", "not_vesting", "", "", false},
      // "granted to the Reporting Person on <date>".
      {"Reflects the grant of 300 restricted stock units granted to the Reporting Person on March 1, 2025, of which 100 shares will vest on March 1, 2026, 100 shares will vest on March 1, 2027, and the remaining 100 shares will vest on March 1, 2028.", "2025-03-01", "300", "time_based", "2026-03-01=100 2027-03-01=100 2028-03-01=100", "", false},
      {"Represents restricted stock units granted to the reporting person on October 29, 2023. Each RSU represents the right "
       "to receive one share of common stock.",
       "2023-10-29", "10", "unrecognized", "", "not how it vests", false},
  };
}

}  // namespace vest::rules::anchor_rules
