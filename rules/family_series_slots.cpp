// Family: series slots — phrasings that fill a series' slots which the cadence family does not read
// ("in equal six-month installments": the period written as a length), and the examples of the
// structure mechanisms outside the item rules: a span preamble before a colon (read_clauses), a span
// that describes a schedule ending on calendar days (cross_check), a lump "in a single installment"
// (account_for_salient_words), "from <date> through <date>" without a count (assemble_installments).
#include "rules/rule_helpers.hpp"

namespace vest::rules {
using namespace helpers;

namespace {

// `date` is the grant date or the vesting commencement date that `name` is (the anchors family's reading).
std::optional<Item> defined_as_anchor(const When& name, const When& date) {
  const bool anchor_itself = (name.ref == When::Ref::grant || name.ref == When::Ref::vcd) && name.months == 0 &&
                             name.days == 0 && !name.fixed_day;
  if (!anchor_itself || date.ref != When::Ref::absolute || date.months || date.days || date.fixed_day) return std::nullopt;
  Item it = make(IT::when);
  it.when = date;
  it.tag = name.ref == When::Ref::grant ? Tag::grant : Tag::vcd;
  return it;
}

// A when item, or the grant's month said without a date: "the month of (the) grant", "the month in which the grant
// occurs / occurred" ("the grant date" there is a when item: not read, it could be any date's month).
bool when_or_month_of_grant(const std::vector<Node>& n, std::size_t& i, const Context&) {
  static const std::uint16_t the = intern("the"), month = intern("month"), of = intern("of"), in = intern("in"),
                             which = intern("which"), grant = intern("grant");
  if (i < n.size() && n[i].kind == NK::item && n[i].itype == IT::when) { ++i; return true; }
  std::size_t j = i;
  if (!(j + 2 < n.size() && is_w(n[j], the) && is_w(n[j + 1], month))) return false;
  j += 2;
  const bool in_which = j + 1 < n.size() && is_w(n[j], in) && is_w(n[j + 1], which);
  if (!in_which && !(j < n.size() && is_w(n[j], of))) return false;
  j += in_which ? 2 : 1;
  if (j < n.size() && is_w(n[j], the)) ++j;
  if (!(j < n.size() && is_w(n[j], grant))) return false;
  ++j;
  if (in_which) {
    static const std::uint16_t verbs[] = {intern("occurs"), intern("occurred")};
    if (!(j < n.size() && (is_w(n[j], verbs[0]) || is_w(n[j], verbs[1])))) return false;
    ++j;
  }
  i = j;
  return true;
}

// The anchor in apposition after a date ("November 15, 2023, the date of grant") and the period written as a length
// ("in equal six-month installments").
std::vector<ItemRule> appositive_and_period_length_rules() {
  return {
      // "the first three anniversaries of November 15, 2023, the date of grant": a date, then the anchor it is (the
      // anchors family reads the other order, "the grant date, March 1, 2025"). Not a list: the anchor ends the phrase.
      {"<date>, the date of grant (appositive)", 2, {item(IT::when), p(','), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& date = m.item_of(0).when;
         if (date.ref != When::Ref::absolute || date.months || date.days || date.fixed_day) return std::nullopt;
         auto def = defined_as_anchor(m.item_of(2).when, date);
         if (!def) return std::nullopt;
         if (list_goes_on(*m.nodes, m.end)) return std::nullopt;
         return def;
       }},
      // "in equal six-month installments", "in substantially equal 3-month installments": the period, no count.
      // (After a number, "<number> equal <N>-month installments" of the cadence family reads the count too.)
      {"in equal <N>-month installments", 5,
       {w({"in"}), opt(w({"substantially", "approximately"})), opt(w({"equal"})), opt(w({"consecutive", "successive"})),
        k(NK::number), opt(p('-')), w({"month", "year"}), w({"installments", "increments", "tranches", "instalments"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t month = intern("month");
         const Node& len = m.node(4);
         if (len.den != 1 || len.num < 1 || len.num > 120 || is_year(len)) return std::nullopt;
         // "in 12 month installments" may count them: without "equal", only the hyphenated length ("six-month").
         if (!m.has(2) && !m.has(5)) return std::nullopt;
         Item it = make(IT::cadence);
         const int n = static_cast<int>(len.num);
         it.period = m.node(6).wid == month ? Period::months(n) : Period::years(n);
         it.has_period = true;
         return it;
       }},
  };
}

// The series' first day as a calendar quarter or month after a date: "beginning with the first calendar quarter ending
// after X", "commencing with the first calendar quarter of 2026", "beginning on the first day of the (first full) month
// following X".
std::vector<ItemRule> first_quarter_or_month_start_rules() {
  return {
      // "beginning with the first calendar quarter ending after the grant date": the first quarter end after X,
      // which the series' own day rule must give (assemble_installments: place_anchor checks it).
      {"beginning with the first calendar quarter ending after <when>", 5,
       {w({"beginning", "commencing", "starting"}), w({"with", "in"}), opt(w({"the"})), first_or_next(), opt(w({"full"})),
        opt(w({"calendar", "fiscal"})), w({"quarter"}), opt(w({"that"})), w({"ending", "ends"}), w({"after", "following"}),
        item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t fiscal = intern("fiscal");
         if (m.has(5) && m.node(5).wid == fiscal) return std::nullopt;  // a fiscal year's quarters are not stated
         Item it = make(IT::start);
         it.when = m.item_of(10).when;
         it.first_step = 1;
         it.tag = Tag::first_quarter_ending;
         return it;
       }},
      // "commencing with the first calendar quarter of 2026", "commencing in the second calendar quarter of 2025":
      // the series' first day is the first its day rule gives in that quarter (assemble_installments checks that
      // it falls inside it; a series without a day rule of the calendar is refused there).
      // "on March 1 of each year beginning in 2026": the first day the series' day rule gives in that year (the day
      // before the year as the date it follows; assemble_installments refuses it without a day rule of the calendar).
      {"beginning in <year>", 5,
       {w({"beginning", "commencing", "starting"}), w({"in", "with"}), k(NK::number)},
       [](const Match& m) -> std::optional<Item> {
         const Node& y = m.node(2);
         if (!is_year(y)) return std::nullopt;
         Item it = make(IT::start);
         it.when.date = Date{date::sys_days{date::year{static_cast<int>(y.num)} / 1 / 1} - date::days{1}};
         it.first_step = 1;
         it.tag = Tag::first_in_year;
         return it;
       }},
      {"commencing with the <ordinal> calendar quarter of <year>", 5,
       {w({"beginning", "commencing", "starting"}), w({"with", "in"}), opt(w({"the"})), k(NK::ordinal), w({"calendar"}),
        w({"quarter"}), w({"of"}), k(NK::number)},
       [](const Match& m) -> std::optional<Item> {
         const Node &q = m.node(3), &y = m.node(7);
         if (q.num < 1 || q.num > 4 || !is_year(y)) return std::nullopt;
         // The day before the quarter begins: its days are the rule's first days after it.
         const auto first = date::year{static_cast<int>(y.num)} / date::month{static_cast<unsigned>(3 * q.num - 2)} / 1;
         Item it = make(IT::start);
         it.when.date = Date{date::sys_days{first} - date::days{1}};
         it.first_step = 1;
         it.tag = Tag::first_in_quarter;
         return it;
       }},
      // "commencing with the calendar quarter beginning January 1, 2025": the quarter named by its first day (a calendar
      // quarter's: January, April, July or October 1), read as "the first calendar quarter of 2025" is; any other day
      // or a fiscal quarter is not read (its words then refuse the footnote).
      {"commencing with the calendar quarter beginning <date>", 5,
       {w({"beginning", "commencing", "starting"}), w({"with", "in"}), opt(w({"the"})), opt(w({"calendar"})),
        w({"quarter"}), opt(w({"that"})), w({"beginning", "commencing", "starting", "begins", "commences"}),
        opt(w({"on"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& x = m.item_of(8).when;
         if (x.ref != When::Ref::absolute || x.months || x.days || x.fixed_day) return std::nullopt;
         const date::year_month_day ymd{x.date};
         if (ymd.day() != date::day{1} || (static_cast<unsigned>(ymd.month()) - 1) % 3 != 0) return std::nullopt;
         Item it = make(IT::start);
         it.when.date = Date{date::sys_days{ymd} - date::days{1}};
         it.first_step = 1;
         it.tag = Tag::first_in_quarter;
         return it;
       }},
      // "beginning in the calendar quarter ending September 30, 2023": the quarter named by its last day (a calendar
      // quarter's: March 31, June 30, September 30 or December 31), read as "the third calendar quarter of 2023" is;
      // another day, or a quarter that is not said to be a calendar one, is not read.
      {"beginning in the calendar quarter ending <date>", 5,
       {w({"beginning", "commencing", "starting"}), w({"with", "in"}), opt(w({"the"})), w({"calendar"}), w({"quarter"}),
        opt(w({"that"})), w({"ending", "ends"}), opt(w({"on"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& x = m.item_of(8).when;
         if (x.ref != When::Ref::absolute || x.months || x.days || x.fixed_day) return std::nullopt;
         const date::year_month_day ymd{x.date};
         const auto last = date::year_month_day_last{ymd.year(), date::month_day_last{ymd.month()}};
         if (ymd.day() != last.day() || static_cast<unsigned>(ymd.month()) % 3 != 0) return std::nullopt;
         // The day before the quarter begins: its days are the rule's first days after it.
         Item it = make(IT::start);
         const auto first = ymd.year() / date::month{static_cast<unsigned>(ymd.month()) - 2} / 1;
         it.when.date = Date{date::sys_days{first} - date::days{1}};
         it.first_step = 1;
         it.tag = Tag::first_in_quarter;
         return it;
       }},
      // "beginning on the first day of the first full calendar month following X": the 1st of the month after X's
      // month when X is not itself a 1st (assemble_installments refuses that case: X's own month may be "full").
      {"beginning on the first day of the first full month following <when>", 5,
       {w({"beginning", "commencing", "starting"}), opt(w({"on", "with"})), opt(w({"the"})), first_or_next(), w({"day"}),
        w({"of"}), opt(w({"the"})), first_or_next(), w({"full"}), opt(w({"calendar"})), w({"month"}), opt(w({"immediately"})),
        w({"following", "after"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(13).when;
         it.first_step = 1;
         it.tag = Tag::first_full_month_starting;
         return it;
       }},
      // "beginning on the first day of the month following the grant date": the 1st of the month after X's month, the
      // first installment (a series with no day rule steps from it and stays on the 1st).
      {"beginning on the first day of the month following <when>", 5,
       {w({"beginning", "commencing", "starting"}), opt(w({"on", "with"})), opt(w({"the"})), first_or_next(), w({"day"}),
        w({"of"}), opt(w({"the"})), opt(w({"calendar"})), w({"month"}), opt(w({"immediately"})), w({"following", "after"}),
        item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         it.when = m.item_of(11).when;
         if (it.when.fixed_day || it.when.days) return std::nullopt;
         it.when.months += 1;
         it.when.fixed_day = 1;
         it.first_step = 0;
         it.tag = Tag::first_month_starting;
         return it;
       }},
      // "commencing with the month following the grant date": the series' first day (of its own day rule) in the
      // month after X's month; the day before that month begins is the day the rule's first day follows.
      // ("... following the month of grant", "... following the month in which the grant occurred": the grant's month.)
      {"commencing with the month following <when>", 5,
       {w({"beginning", "commencing", "starting"}), w({"with", "in"}), opt(w({"the"})), opt(w({"first"})),
        opt(w({"calendar"})), w({"month"}), opt(w({"immediately"})), w({"following", "after"}),
        hinted(custom(when_or_month_of_grant), {"the"}, {NK::item})},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::start);
         const Node& x = m.node(8);
         if (x.kind == NK::item) it.when = m.item_of(8).when;
         else it.when.ref = When::Ref::grant;
         if (it.when.fixed_day || it.when.days) return std::nullopt;
         it.when.fixed_day = 31;  // (the last day of X's month)
         it.first_step = 1;
         it.tag = Tag::first_in_month;
         return it;
       }},
  };
}

// A span from an anchor ("over three years from X"), the series' day as the anchor's ("on the same day of each month as
// X"), the first installment's date ("the first such installment vesting <when>"), and a stated grant date ("The grant
// date of the shares subject to the option was <date>").
std::vector<ItemRule> span_same_day_and_first_installment_rules() {
  return {
      // "over three years from the Vesting Commencement Date": a span from its anchor (the anchors family read
      // "three years from X" as a date; after "over" it is the span's length and start).
      {"over <N years from anchor>", 4, {w({"over", "during"}), opt(w({"a", "the"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         const When& x = m.item_of(2).when;
         if ((x.ref != When::Ref::grant && x.ref != When::Ref::vcd) || x.months <= 0 || x.days != 0 || x.fixed_day)
           return std::nullopt;
         return over_from_anchor(x);
       }},
      // "on the same day of each month as the grant date" (a cadence), "on the same day of the month as the Vesting
      // Commencement Date" (a day rule): the series' day is the anchor's, which assemble_installments checks against the
      // day the series' own start gives (the anchor is not a start: "beginning one month after X" says where it begins).
      {"on the same day of each month as <anchor>", 4,
       {opt(w({"on"})), opt(w({"the"})), w({"same", "corresponding"}), opt(w({"calendar"})), w({"day"}), w({"of"}),
        w({"each", "every", "the"}), opt(w({"calendar", "succeeding", "subsequent", "following"})), w({"month", "quarter"}),
        w({"as"}), opt(w({"that", "on"})), opt(w({"of"})), anchor()},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t the = intern("the"), quarter = intern("quarter");
         const When base = anchor_at(m, 12);
         const bool anchor = base.ref != When::Ref::named_next && base.ref != When::Ref::achievement;
         if (!anchor || base.days || base.fixed_day) return std::nullopt;
         const bool each = m.node(6).wid != the;
         Item it = make(each ? IT::cadence : IT::day_policy);
         if (each) {
           it.period = m.node(8).wid == quarter ? Period::months(3) : Period::months(1);
           it.has_period = true;
         } else {
           it.policy = DayOfMonthPolicy::vesting_start_day();
           it.has_policy = true;
         }
         it.when = base;
         it.day_of_when = true;
         return it;
       }},
      // "the first such installment vesting one month after the vesting commencement date": where the series' first
      // installment falls (a relative date too, which the cadence family's "... vesting on <when>" does not read).
      {"the first such installment vesting <when>", 5,
       {opt(w({"with"})), opt(w({"the"})), first_or_next(), w({"such"}), w({"installment", "tranche", "instalment"}),
        opt(w({"vesting", "to"})), opt(item(IT::vest_verb)), opt(w({"on"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (!m.has(5) && !m.has(6)) return std::nullopt;
         Item it = make(IT::start);
         it.when = m.item_of(8).when;
         it.first_step = 0;
         it.tag = Tag::first_installment;
         return it;
       }},
      // "The grant date of the shares subject to the option was <date>": a longer description of the award than
      // the anchors family's rule reads (six words).
      {"the grant date of the shares subject to the option was <date>", 2,
       {item(IT::when), w({"of", "for"}), words_until({"was", "is"}, 10), opt(w({"on"})), item(IT::when)},
       [](const Match& m) { return defined_as_anchor(m.item_of(0).when, m.item_of(4).when); }},
  };
}

// The end of a series: "with the final installment vesting on <when>", "until fully vested on <when>", "and shall be
// fully vested on <when>", "such that all shares are vested on <when>".
std::vector<ItemRule> series_end_rules() {
  return {
      // The end of a series: "with the final installment vesting on <when>", "until fully vested on <when>" (level 4,
      // before the cadence family's "until fully vested" takes the words without the date). Cross-checked as
      // "through <when>" is: against the count, the span and the size of each installment.
      {"with the final installment vesting on <when>", 5,
       {w({"final", "last"}), w({"installment", "tranche", "instalment"}), opt(w({"to", "scheduled"})), opt(w({"to"})),
        opt(item(IT::vest_verb)), opt(w({"vesting"})), w({"on"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(7).when;
         return it;
       }},
      {"until fully vested on <when>, becoming fully exercisable <when>", 4, {w({"until", "becoming"}), item(IT::immediate), opt(w({"on", "as", "by"})), opt(w({"of"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(4).when;
         return it;
       }},
      {"until fully <vest verb> on <when>", 4,
       {w({"until", "becoming"}), w({"fully"}), item(IT::vest_verb), opt(w({"on", "as", "by"})), opt(w({"of"})),
        item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(5).when;
         return it;
       }},
      // "..., beginning January 31, 2025, and shall be fully vested on December 31, 2027": the end of the series the
      // clause began (cross-checked like "through <when>"; a clause without a series is refused by the assembler).
      {"and shall be fully vested on <when>", 5,
       {w({"and"}), opt(w({"shall", "will", "is", "are"})), opt(w({"be", "become"})), w({"fully"}), item(IT::vest_verb),
        opt(w({"and"})), opt(w({"exercisable"})), w({"on", "by"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (m.has(5) != m.has(6)) return std::nullopt;
         Item it = make(IT::through);
         it.when = m.item_of(8).when;
         return it;
       }},
      // "..., and is fully exercisable five years from the date of grant", "and will be vested in full on <when>": the
      // same end, the status said by the immediate family's item (gen30, holdout27 H27-021).
      {"and is fully exercisable <when>", 5,
       {w({"and"}), opt(w({"shall", "will", "is", "are"})), opt(w({"be", "become"})), item(IT::immediate),
        opt(w({"on", "by", "as"})), opt(w({"of"})), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         if (!m.has(1)) return std::nullopt;  // (the status said with "is / will ...": "and vested in full on D" is a vesting)
         Item it = make(IT::through);
         it.when = m.item_of(6).when;
         return it;
       }},
      // "..., with 6.25% vesting on each quarterly anniversary of X, and full vesting on <when>" (holdout27 H27-054).
      {"and full vesting on <when>", 5,
       {w({"and", "with"}), w({"full"}), w({"vesting"}), opt(w({"occurring"})), w({"on", "by"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(5).when;
         return it;
       }},
      // "such that all shares are vested on <when>", "so that all of the RSUs will be vested by <when>".
      {"such that all shares are vested on <when>", 5,
       {w({"such", "so"}), w({"that"}), w({"all"}), opt(w({"of"})), opt(w({"the"})), any_word(),
        opt(w({"are", "will", "shall", "is"})), opt(w({"be", "have", "become"})), opt(w({"fully"})), item(IT::vest_verb),
        w({"on", "by"}), item(IT::when)},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::through);
         it.when = m.item_of(11).when;
         return it;
       }},
  };
}

// Each slot's phrasings read exactly, and the slots that disagree refused: the start (an appositive
// date, the first quarter or month after X), the end (the final installment), the day rule, the period.
// First: span preambles with their own start, the same day as an anchor, the first installment, "fully vested on",
// appositives.
std::vector<Example> span_day_and_appositive_examples() {
  return {
      // A series that begins ON a stated anniversary keeps it as its first date: a calendar day rule that does not
      // hold it is refused, never the rule's day a period before it (March 15, 2023 for a first anniversary of
      // March 1, 2024); one that holds it is the series' first day.
      {"Four equal annual installments of the RSUs vest on March 15 of each year, the first on the first anniversary of "
       "the grant date.",
       "2023-03-01", "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in four equal annual installments on each March 15, the first on the second anniversary of the grant "
       "date.",
       "2023-03-01", "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in four equal quarterly installments on the last day of each calendar quarter, beginning on the first "
       "anniversary of the grant date.",
       "2023-03-01", "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in four equal quarterly installments on the last day of each calendar quarter, beginning on the first "
       "anniversary of the grant date.",
       "2023-03-31", "4", "time_based", "2024-03-31=1 2024-06-30=1 2024-09-30=1 2024-12-31=1", "", false},
      // "over two years measured from D, with one-half vesting on the first anniversary": a span preamble with its own
      // start (the schedule must end on D + the span), and a bare anniversary of that start.
      {"The option vests over two years measured from March 1, 2025, with one-half vesting on the first anniversary and "
       "the remainder in 4 equal quarterly installments thereafter.",
       "2025-03-20", "8", "time_based", "2026-03-01=4 2026-06-01=1 2026-09-01=1 2026-12-01=1 2027-03-01=1", "", false},
      {"The option vests over three years measured from March 1, 2025, with one-half vesting on the first anniversary and "
       "the remainder in 4 equal quarterly installments thereafter.",
       "2025-03-20", "8", "unrecognized", "", "cross_check_failed", false},
      // "such that they will be fully vested on the second anniversary": of the series' own anchor.
      {"The RSUs vest in equal annual installments over two years on each anniversary of the grant date, such that they "
       "will be fully vested on the second anniversary.",
       "2025-04-10", "2", "time_based", "2026-04-10=1 2027-04-10=1", "", false},
      {"The RSUs vest in equal annual installments over two years on each anniversary of the grant date, such that they "
       "will be fully vested on the third anniversary.",
       "2025-04-10", "2", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest monthly beginning on March 1, 2025; 25% vest on the first anniversary.", "2025-04-10", "4",
       "unrecognized", "", "not understood", false},
      // "on the same day of each month as X": X's day, clamped; a start on another day is refused.
      {"The RSUs vest in four equal monthly installments on the same day of each month as the grant date, beginning one "
       "month after the grant date.",
       "2025-01-31", "4", "time_based", "2025-02-28=1 2025-03-31=1 2025-04-30=1 2025-05-31=1", "", false},
      {"1/4 of the shares vest each month following the vesting commencement date on the same day of the month as the "
       "vesting commencement date. The vesting commencement date is March 10, 2025.",
       "2025-03-20", "4", "time_based", "2025-04-10=1 2025-05-10=1 2025-06-10=1 2025-07-10=1", "", false},
      {"The RSUs vest in four equal monthly installments on the same day of each month as the grant date, beginning on "
       "March 1, 2025.",
       "2025-01-15", "4", "unrecognized", "", "cross_check_failed", false},
      // "the first such installment vesting <when>": the first installment's date, relative ones too.
      {"The RSUs vest in four equal quarterly installments, the first such installment vesting three months after the "
       "grant date.",
       "2025-02-10", "4", "time_based", "2025-05-10=1 2025-08-10=1 2025-11-10=1 2026-02-10=1", "", false},
      {"The RSUs vest in four equal quarterly installments, the first such installment vesting upon the closing of the "
       "Company's next financing.",
       "2025-02-10", "4", "unrecognized", "", "not understood", false},
      // "..., and shall be fully vested on <when>": the series' end, cross-checked; without a series it is not read.
      {"The option vests at the rate of 1/12th of the shares per month on the last day of each month, beginning January 31, "
       "2026, and shall be fully vested on December 31, 2026.",
       "2026-01-05", "12", "time_based",
       "2026-01-31=1 2026-02-28=1 2026-03-31=1 2026-04-30=1 2026-05-31=1 2026-06-30=1 2026-07-31=1 2026-08-31=1 "
       "2026-09-30=1 2026-10-31=1 2026-11-30=1 2026-12-31=1",
       "", false},
      {"The option vests at the rate of 1/12th of the shares per month on the last day of each month, beginning January 31, "
       "2026, and shall be fully vested on January 31, 2027.",
       "2026-01-05", "12", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest 50% on January 1, 2026 and will be fully vested on January 1, 2027.", "2025-01-01", "10", "unrecognized",
       "", "not understood", false},
      // ... "and is fully exercisable <when>", "and full vesting on <when>": the same end (gen30, holdout27).
      {"The option becomes exercisable at the rate of 20% per year, beginning one year from the date of grant, and is "
       "fully exercisable five years from the date of grant.",
       "2004-07-22", "5", "time_based", "2005-07-22=1 2006-07-22=1 2007-07-22=1 2008-07-22=1 2009-07-22=1", "", false},
      {"The option becomes exercisable at the rate of 20% per year, beginning one year from the date of grant, and is "
       "fully exercisable six years from the date of grant.",
       "2004-07-22", "5", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest quarterly over a one-year period, with 25% of the units vesting on each quarterly anniversary of "
       "February 20, 2024, and full vesting on February 20, 2025.",
       "2024-03-01", "4", "time_based", "2024-05-20=1 2024-08-20=1 2024-11-20=1 2025-02-20=1", "", false},
      {"The RSUs vest quarterly over a one-year period, with 25% of the units vesting on each quarterly anniversary of "
       "February 20, 2024, and full vesting on May 20, 2025.",
       "2024-03-01", "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest 50% on January 1, 2026 and full vesting on January 1, 2027.", "2025-01-01", "10", "unrecognized",
       "", "not understood", false},
      {"These options were granted for service on the Board and vested in their entirety on the date of grant; they expire "
       "ten years from the date of grant.",
       "2006-05-24", "10", "immediate", "2006-05-24=10", "", false},
      // "every six months following the grant date": the period and the start (not a date six months after it).
      {"One-sixth of the shares vest every six months following the grant date, so that all shares are vested on the third "
       "anniversary of the grant date.",
       "2024-08-31", "6", "time_based", "2025-02-28=1 2025-08-31=1 2026-02-28=1 2026-08-31=1 2027-02-28=1 2027-08-31=1", "",
       false},
      {"One-sixth of the shares vest every six months following the grant date, so that all shares are vested on the fourth "
       "anniversary of the grant date.",
       "2024-08-31", "6", "unrecognized", "", "cross_check_failed", false},
      {"Six and one-quarter percent (6.25%) of the shares vest at the end of each three-month period following the grant "
       "date, such that all shares are vested on the fourth anniversary of the grant date.",
       "2024-10-01", "16", "time_based",
       "2025-01-01=1 2025-04-01=1 2025-07-01=1 2025-10-01=1 2026-01-01=1 2026-04-01=1 2026-07-01=1 2026-10-01=1 "
       "2027-01-01=1 2027-04-01=1 2027-07-01=1 2027-10-01=1 2028-01-01=1 2028-04-01=1 2028-07-01=1 2028-10-01=1",
       "", false},
      {"Six and one-quarter percent (6.25%) of the shares vest at the end of each three-month period following the grant "
       "date, such that all shares are vested on the third anniversary of the grant date.",
       "2024-10-01", "16", "unrecognized", "", "cross_check_failed", false},
      {"One-third of the units shall vest on each of the first three anniversaries of November 15, 2023, the date of grant.",
       "2023-11-15", "3", "time_based", "2024-11-15=1 2025-11-15=1 2026-11-15=1", "", false},
      {"The grant date of the shares subject to the option was February 22, 2023. The shares subject to the option vest in "
       "four equal annual installments beginning on the first anniversary of the grant date.",
       "2023-02-22", "4", "time_based", "2024-02-22=1 2025-02-22=1 2026-02-22=1 2027-02-22=1", "", false},
      // A list of two dates is not an appositive.
      {"The units vest in three equal annual installments on each of the first three anniversaries of November 15, 2023, "
       "the date of grant, and will be settled in shares within 30 days after each vesting date.",
       "2023-11-15", "3", "time_based", "2024-11-15=1 2025-11-15=1 2026-11-15=1", "", false},
      {"One-third of the units shall vest on each of November 15, 2024, the date of grant and November 15, 2025.",
       "2023-11-15", "3", "unrecognized", "", "not increasing", false},
  };
}

// Then: the end ("becoming fully exercisable", the final installment), the first day of a month or calendar quarter,
// the period written as a length.
// "commencing with the month following X": the series' first day of its own rule in the month after X's.
std::vector<Example> month_following_examples() {
  return {
      {"The option vests in 3 equal monthly installments on the last day of each calendar month, beginning with the month "
       "following the month of grant.",
       "2023-05-10", "3", "time_based", "2023-06-30=1 2023-07-31=1 2023-08-31=1", "", false},
      {"The option vests in 3 equal monthly installments on the 15th day of each month, beginning with the month following "
       "the month in which the grant occurred.",
       "2023-05-20", "3", "time_based", "2023-06-15=1 2023-07-15=1 2023-08-15=1", "", false},
      {"The option vests in 4 equal installments on the last day of each calendar quarter, commencing with the month "
       "following the grant date.",
       "2023-07-10", "4", "unrecognized", "", "names a month", false},
  };
}

std::vector<Example> end_first_day_and_period_length_examples() {
  return {
      // "beginning on the first day of the month following X": the first installment; with no day rule the series
      // stays on the 1st; a day rule must give the 1st.
      {"The option vests in equal monthly installments over 36 months beginning on the first day of the month following "
       "the grant date.",
       "2021-03-15", "36", "time_based",
       "2021-04-01=1 2021-05-01=1 2021-06-01=1 2021-07-01=1 2021-08-01=1 2021-09-01=1 2021-10-01=1 2021-11-01=1 "
       "2021-12-01=1 2022-01-01=1 2022-02-01=1 2022-03-01=1 2022-04-01=1 2022-05-01=1 2022-06-01=1 2022-07-01=1 "
       "2022-08-01=1 2022-09-01=1 2022-10-01=1 2022-11-01=1 2022-12-01=1 2023-01-01=1 2023-02-01=1 2023-03-01=1 "
       "2023-04-01=1 2023-05-01=1 2023-06-01=1 2023-07-01=1 2023-08-01=1 2023-09-01=1 2023-10-01=1 2023-11-01=1 "
       "2023-12-01=1 2024-01-01=1 2024-02-01=1 2024-03-01=1", "", false},
      {"The option vests in 12 equal quarterly installments beginning on the first day of the month following the first "
       "anniversary of the grant date.",
       "2021-03-15", "12", "time_based", "2022-04-01=1 2022-07-01=1 2022-10-01=1 2023-01-01=1 2023-04-01=1 2023-07-01=1 "
       "2023-10-01=1 2024-01-01=1 2024-04-01=1 2024-07-01=1 2024-10-01=1 2025-01-01=1", "", false},
      {"The shares vest in 36 equal monthly installments on the 15th day of each month, beginning on the first day of the "
       "month following the grant date.",
       "2021-03-15", "36", "unrecognized", "", "cross_check_failed", false},
      {"The stock option becomes exercisable at the rate of 25% per year on each anniversary of the grant date, becoming fully "
       "exercisable four years after the grant date.",
       "2023-06-06", "8", "time_based", "2024-06-06=2 2025-06-06=2 2026-06-06=2 2027-06-06=2", "", false},
      {"The stock option becomes exercisable at the rate of 25% per year on each anniversary of the grant date, becoming fully "
       "exercisable five years after the grant date.",
       "2023-06-06", "8", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in four equal quarterly installments, with the final installment vesting on December 10, 2025.",
       "2024-12-10", "4", "time_based", "2025-03-10=1 2025-06-10=1 2025-09-10=1 2025-12-10=1", "", false},
      {"The RSUs vest in four equal quarterly installments, with the final installment vesting on March 10, 2026.",
       "2024-12-10", "4", "unrecognized", "", "cross_check_failed", false},
      {"The option vests as to 1/4th of the shares on the first anniversary of the grant date and as to 1/16th of the shares "
       "on each quarterly anniversary thereafter until fully vested on the fourth anniversary of the grant date.",
       "2024-01-31", "16", "time_based",
       "2025-01-31=4 2025-04-30=1 2025-07-31=1 2025-10-31=1 2026-01-31=1 2026-04-30=1 2026-07-31=1 2026-10-31=1 "
       "2027-01-31=1 2027-04-30=1 2027-07-31=1 2027-10-31=1 2028-01-31=1",
       "", false},
      {"The option vests as to 1/4th of the shares on the first anniversary of the grant date and as to 1/16th of the shares "
       "on each quarterly anniversary thereafter until fully vested on the third anniversary of the grant date.",
       "2024-01-31", "16", "unrecognized", "", "cross_check_failed", false},
      {"The option vests in 24 equal monthly installments on the 1st day of each month, beginning on the first day of the "
       "first full calendar month following the vesting commencement date of June 17, 2025.",
       "2025-06-20", "24", "time_based", "2025-07-01=1 2025-08-01=1 2025-09-01=1 2025-10-01=1 2025-11-01=1 2025-12-01=1 2026-01-01=1 2026-02-01=1 2026-03-01=1 2026-04-01=1 2026-05-01=1 2026-06-01=1 2026-07-01=1 2026-08-01=1 2026-09-01=1 2026-10-01=1 2026-11-01=1 2026-12-01=1 2027-01-01=1 2027-02-01=1 2027-03-01=1 2027-04-01=1 2027-05-01=1 2027-06-01=1", "", false},
      {"The option vests in 24 equal monthly installments on the 1st day of each month, beginning on the first day of the "
       "first full calendar month following the vesting commencement date of June 1, 2025.",
       "2025-06-20", "24", "unrecognized", "", "may or may not be", false},
      {"The RSUs vest in six equal installments on the last day of each calendar quarter, commencing with the first "
       "calendar quarter of 2026.",
       "2025-11-15", "600", "time_based", "2026-03-31=100 2026-06-30=100 2026-09-30=100 2026-12-31=100 2027-03-31=100 2027-06-30=100", "", false},
      {"The units vest in four equal quarterly installments on the 15th day of the second month of each calendar quarter, "
       "beginning in the third calendar quarter of 2025.",
       "2025-02-20", "400", "time_based", "2025-08-15=100 2025-11-15=100 2026-02-15=100 2026-05-15=100", "", false},
      // A year-less day of every year, its first year stated ("beginning in 2026"); a year with no day rule is refused.
      {"The RSUs vest in four equal installments on March 1 of each year beginning in 2026, subject to continued "
       "service.", "2025-02-24", "4", "time_based", "2026-03-01=1 2027-03-01=1 2028-03-01=1 2029-03-01=1", "", false},
      {"The units vest in two equal installments on each June 30 and December 31, commencing in 2026.", "2025-02-24",
       "2", "time_based", "2026-06-30=1 2026-12-31=1", "", false},
      {"The RSUs vest in four equal annual installments beginning in 2026.", "2025-02-24", "4", "unrecognized", "",
       "names a year", false},
      // ... or from a dated first installment: "and 25% each June 15 thereafter" (days that state their period).
      {"The option vests as to 25% of the shares on June 15, 2026 and as to an additional 25% each June 15 thereafter.",
       "2025-06-15", "4", "time_based", "2026-06-15=1 2027-06-15=1 2028-06-15=1 2029-06-15=1", "", false},
      {"One-third of the units vest on August 1, 2026, and one-third vest on each August 1 thereafter.", "2025-08-01",
       "3", "time_based", "2026-08-01=1 2027-08-01=1 2028-08-01=1", "", false},
      {"The RSUs vest 25% on June 15, 2026 and 25% on each December 15 thereafter.", "2025-06-15", "4", "time_based",
       "2026-06-15=1 2026-12-15=1 2027-12-15=1 2028-12-15=1", "", false},
      // The quarter named by its first day; another day, a fiscal quarter or a series with no day rule: refused.
      {"The RSUs vest in four equal quarterly installments on the fifteenth day of the second month of each calendar "
       "quarter, commencing with the calendar quarter beginning January 1, 2025.",
       "2024-12-20", "4", "time_based", "2025-02-15=1 2025-05-15=1 2025-08-15=1 2025-11-15=1", "", false},
      {"The RSUs vest in four equal quarterly installments on the last day of each calendar quarter, beginning with the "
       "quarter commencing on April 1, 2025.",
       "2024-12-20", "4", "time_based", "2025-06-30=1 2025-09-30=1 2025-12-31=1 2026-03-31=1", "", false},
      {"The RSUs vest in four equal quarterly installments on the last day of each calendar quarter, commencing with the "
       "calendar quarter beginning February 1, 2025.",
       "2024-12-20", "4", "unrecognized", "", "not understood", false},
      {"The RSUs vest in four equal quarterly installments on the last day of each calendar quarter, commencing with the "
       "fiscal quarter beginning January 1, 2025.",
       "2024-12-20", "4", "unrecognized", "", "not understood", false},
      {"The RSUs vest in four equal quarterly installments commencing with the calendar quarter beginning January 1, 2025.",
       "2024-12-20", "4", "unrecognized", "", "no day of the series' own", false},
      // The quarter named by its last day, the same way.
      {"The RSUs vest in eight equal installments on the fifteenth day of the second month of each calendar quarter, "
       "beginning in the calendar quarter ending September 30, 2023.",
       "2023-06-20", "8", "time_based",
       "2023-08-15=1 2023-11-15=1 2024-02-15=1 2024-05-15=1 2024-08-15=1 2024-11-15=1 2025-02-15=1 2025-05-15=1", "", false},
      {"The RSUs vest in four equal quarterly installments on the last day of each calendar quarter, beginning with the "
       "calendar quarter ending March 31, 2025.",
       "2024-12-20", "4", "time_based", "2025-03-31=1 2025-06-30=1 2025-09-30=1 2025-12-31=1", "", false},
      {"The RSUs vest in four equal quarterly installments on the last day of each calendar quarter, beginning with the "
       "calendar quarter ending February 28, 2025.",
       "2024-12-20", "4", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in eight equal installments on the fifteenth day of the second month of each calendar quarter, "
       "beginning in the fiscal quarter ending September 30, 2023.",
       "2023-06-20", "8", "unrecognized", "", "not understood", false},
      {"The RSUs vest in eight equal quarterly installments beginning in the calendar quarter ending September 30, 2023.",
       "2023-06-20", "8", "unrecognized", "", "no day of the series' own", false},
      {"The RSUs vest in 12 equal quarterly installments commencing in the first calendar quarter of 2026.", "2025-10-01",
       "1200", "unrecognized", "", "names a calendar quarter", false},
      {"The RSUs vest in 12 equal quarterly installments on each March 1, June 1, September 1 and December 1, commencing in "
       "the first calendar quarter of 2026.",
       "2025-10-01", "1200", "time_based", "2026-03-01=100 2026-06-01=100 2026-09-01=100 2026-12-01=100 2027-03-01=100 2027-06-01=100 2027-09-01=100 2027-12-01=100 2028-03-01=100 2028-06-01=100 2028-09-01=100 2028-12-01=100", "", false},
      {"The option vests in 8 equal quarterly installments on the last day of each calendar quarter, beginning with the "
       "first calendar quarter ending after the grant date.",
       "2024-11-12", "8", "time_based",
       "2024-12-31=1 2025-03-31=1 2025-06-30=1 2025-09-30=1 2025-12-31=1 2026-03-31=1 2026-06-30=1 2026-09-30=1", "", false},
      // On a quarter end itself, the first quarter ending after it is the next one.
      {"The RSUs vest in 4 equal quarterly installments at the end of each calendar quarter, commencing with the first "
       "calendar quarter ending after the vesting commencement date of March 31, 2025.",
       "2025-04-02", "4", "time_based", "2025-06-30=1 2025-09-30=1 2025-12-31=1 2026-03-31=1", "", false},
      // The series' days are not quarter ends: the two slots disagree.
      {"The option vests in 8 equal quarterly installments on the first day of each calendar quarter, beginning with the "
       "first calendar quarter ending after the grant date.",
       "2024-11-12", "8", "unrecognized", "", "cross_check_failed", false},
      {"The option vests in 4 equal monthly installments on the last day of each month, commencing with the month "
       "following the grant date.",
       "2023-05-10", "4", "time_based", "2023-06-30=1 2023-07-31=1 2023-08-31=1 2023-09-30=1", "", false},
      {"The shares vest in 6 equal monthly installments on the first day of each month, beginning on the first day of the "
       "month following the grant date.",
       "2024-03-18", "6", "time_based", "2024-04-01=1 2024-05-01=1 2024-06-01=1 2024-07-01=1 2024-08-01=1 2024-09-01=1", "",
       false},
      {"The shares vest in 6 equal monthly installments on the 15th day of each month, beginning on the first day of the "
       "month following the grant date.",
       "2024-03-18", "6", "unrecognized", "", "cross_check_failed", false},
      // The period as a length, the size of each installment after it, the end.
      {"One-sixth of the shares vest on April 8, 2020, and the remaining shares vest in equal six-month installments of "
       "one-sixth each thereafter through October 8, 2022.",
       "2019-09-19", "600", "time_based", "2020-04-08=100 2020-10-08=100 2021-04-08=100 2021-10-08=100 2022-04-08=100 2022-10-08=100",
       "", false},
      {"The RSUs vest ratably over a 24-month period in six-month installments, beginning on the six-month anniversary of "
       "the grant date.",
       "2025-05-31", "4", "time_based", "2025-11-30=1 2026-05-31=1 2026-11-30=1 2027-05-31=1", "", false},
      {"The award vests in equal six-month installments over three years from the Vesting Commencement Date. The \"Vesting "
       "Commencement Date\" is October 24, 2024.",
       "2024-12-09", "6", "time_based", "2025-04-24=1 2025-10-24=1 2026-04-24=1 2026-10-24=1 2027-04-24=1 2027-10-24=1", "",
       false},
      // A span from a day that is not one of the day rule's: the first month's end is not certain.
      {"The option vests in equal monthly installments on the last day of each month over the two years following the grant "
       "date.",
       "2025-04-15", "24", "unrecognized", "", "not certain", false},
      // The end is not a whole number of six-month periods after the first date: refused.
      {"One-sixth of the shares vest on April 8, 2020, and the remaining shares vest in equal six-month installments of "
       "one-sixth each thereafter through December 8, 2022.",
       "2019-09-19", "600", "unrecognized", "", "cross_check_failed", false},
  };
}

// Sizes, rounding, spans and counts of a series: stated rounding, spelled percentages, a span preamble,
// one installment, a range with or without its first date.
std::vector<Example> series_size_and_span_examples() {
  return {
      // A stated rounding (read_stated_rounding.cpp) sets the allocation: each date rounded down, the rest on the last
      // date (101 in thirds: 33, 33, 35, not the default cumulative 33, 34, 34) ...
      {"The RSUs vest in three equal annual installments on the first three anniversaries of the grant date (with the "
       "number of units vesting on each vesting date rounded down to the nearest whole unit, except on the final vesting "
       "date on which all remaining units vest).",
       "2024-03-04", "101", "time_based", "2025-03-04=33 2026-03-04=33 2027-03-04=35", "", false},
      // "the final installment" names the last date as "the final vesting date" does (holdout28's family).
      {"The RSUs vest in three equal annual installments beginning on March 4, 2025, with each installment rounded down "
       "to the nearest whole unit and the balance vesting with the final installment.",
       "2024-03-04", "101", "time_based", "2025-03-04=33 2026-03-04=33 2027-03-04=35", "", false},
      {"The RSUs vest in three equal annual installments beginning on March 4, 2025, with each installment rounded down "
       "to the nearest whole unit and the balance vesting with the first installment.",
       "2024-03-04", "101", "unrecognized", "", "rounding word", false},
      // ... or what does not divide equally on the first date (102 in quarters: 27, 25, 25, 25).
      {"The option vests in four equal annual installments beginning on the first anniversary of the grant date, with any "
       "shares that cannot be divided equally vesting on the first vesting date.",
       "2024-09-03", "102", "time_based", "2025-09-03=27 2026-09-03=25 2027-09-03=25 2028-09-03=25", "", false},
      // A rounding the rules do not read is refused, never replaced by the default.
      {"The RSUs vest in three equal annual installments on the first three anniversaries of the grant date, with "
       "fractional units rounded to the nearest whole unit.",
       "2024-03-04", "101", "unrecognized", "", "rounding word", false},
      // Percentages in words with a spelled fraction (text.cpp reads them before "percent").
      {"Twelve and one-half percent of the shares vest on each six-month anniversary of the grant date.", "2024-01-31", "16",
       "time_based", "2024-07-31=2 2025-01-31=2 2025-07-31=2 2026-01-31=2 2026-07-31=2 2027-01-31=2 2027-07-31=2 2028-01-31=2",
       "", false},
      {"Thirty-three and one-third percent (33 1/3%) of the units vest on each of the first three anniversaries of the grant "
       "date.",
       "2025-01-20", "300", "time_based", "2026-01-20=100 2027-01-20=100 2028-01-20=100", "", false},
      {"Twelve and one-half percent of the units vest on each of the first four anniversaries of the grant date.", "2025-01-20",
       "80", "unrecognized", "", "cross_check_failed", false},
      // A span preamble joined by a colon, checked against the whole schedule.
      {"The option vests over four years: 25% of the shares vest on the first anniversary of the grant date and the "
       "remaining 75% vest in 36 equal monthly installments thereafter.",
       "2024-01-15", "48", "time_based",
       "2025-01-15=12 2025-02-15=1 2025-03-15=1 2025-04-15=1 2025-05-15=1 2025-06-15=1 2025-07-15=1 2025-08-15=1 "
       "2025-09-15=1 2025-10-15=1 2025-11-15=1 2025-12-15=1 2026-01-15=1 2026-02-15=1 2026-03-15=1 2026-04-15=1 "
       "2026-05-15=1 2026-06-15=1 2026-07-15=1 2026-08-15=1 2026-09-15=1 2026-10-15=1 2026-11-15=1 2026-12-15=1 "
       "2027-01-15=1 2027-02-15=1 2027-03-15=1 2027-04-15=1 2027-05-15=1 2027-06-15=1 2027-07-15=1 2027-08-15=1 "
       "2027-09-15=1 2027-10-15=1 2027-11-15=1 2027-12-15=1 2028-01-15=1",
       "", false},
      {"The option vests over three years: 25% of the shares vest on the first anniversary of the grant date and the "
       "remaining 75% vest in 36 equal monthly installments thereafter.",
       "2024-01-15", "48", "unrecognized", "", "cross_check_failed", false},
      // A span that describes a series on calendar days: it ends within the last installment's period.
      {"The units vest over three years. 1/6 of the units vest on the date that is six months after the vesting "
       "commencement date, and the remainder vest in ten equal quarterly installments on the first day of each calendar "
       "quarter thereafter. The vesting commencement date is February 1, 2025.",
       "2025-04-08", "60", "time_based",
       "2025-08-01=10 2025-10-01=5 2026-01-01=5 2026-04-01=5 2026-07-01=5 2026-10-01=5 2027-01-01=5 2027-04-01=5 "
       "2027-07-01=5 2027-10-01=5 2028-01-01=5",
       "", false},
      // Two installments more: the last date is past the span's end from either the vesting commencement date or the
      // grant date: refused.
      {"The units vest over three years. 1/6 of the units vest on the date that is six months after the vesting "
       "commencement date, and the remainder vest in twelve equal quarterly installments on the first day of each calendar "
       "quarter thereafter. The vesting commencement date is February 1, 2025.",
       "2025-04-08", "72", "unrecognized", "", "cross_check_failed", false},
      // A series on the days of the anchor the span counts from ends exactly at the span's end (cross_check.cpp,
      // series_steps_from): a month more is another schedule, not a series on calendar days that the span describes.
      {"The award vests over twenty-four months. 1/2 of the units will vest upon the completion of twelve months of "
       "continuous service measured from September 15, 2025 (the \"Start Date\"), and an additional twenty-five percent "
       "(25%) of the units will vest semi-annually thereafter, such that the award will be fully vested on September 15, "
       "2027.",
       "2025-09-19", "4", "time_based", "2026-09-15=2 2027-03-15=1 2027-09-15=1", "", false},
      {"The award vests over twenty-five months. 1/2 of the units will vest upon the completion of twelve months of "
       "continuous service measured from September 15, 2025 (the \"Start Date\"), and an additional twenty-five percent "
       "(25%) of the units will vest semi-annually thereafter, such that the award will be fully vested on September 15, "
       "2027.",
       "2025-09-19", "4", "unrecognized", "", "does not match the schedule", false},
      // ... or one period after its last date when the first installment is the span's start ("beginning on").
      {"The options vest monthly over one year, with 1/12th of the shares vesting on the 10th day of each month beginning "
       "on February 10, 2025.",
       "2025-01-06", "12", "time_based",
       "2025-02-10=1 2025-03-10=1 2025-04-10=1 2025-05-10=1 2025-06-10=1 2025-07-10=1 2025-08-10=1 2025-09-10=1 "
       "2025-10-10=1 2025-11-10=1 2025-12-10=1 2026-01-10=1",
       "", false},
      {"The options vest monthly over thirteen months, with 1/12th of the shares vesting on the 10th day of each month "
       "beginning on February 10, 2025.",
       "2025-01-06", "12", "unrecognized", "", "does not match the schedule", false},
      // A lump is one installment.
      {"The restricted stock units will vest in a single installment on the third anniversary of the date of grant.",
       "2024-05-07", "15", "time_based", "2027-05-07=15", "", false},
      {"The restricted stock units vest in one installment on June 1, 2027.", "2024-05-07", "15", "time_based",
       "2027-06-01=15", "", false},
      // "installment" beside a series of several is not a single one.
      {"The restricted stock units vest in a single installment and quarterly thereafter.", "2024-05-07", "15",
       "unrecognized", "", "installments begin", false},
      // "from <date> through <date>" with no count: the first date may or may not be a vesting date.
      {"The option vests in equal quarterly installments on the 28th day of each February, May, August and November, from "
       "May 28, 2025 through and including February 28, 2029.",
       "2025-02-28", "32", "unrecognized", "", "may or may not include", false},
      // ", inclusive" after the range says so too (holdout28 H28-035); "inclusive of" says something else.
      {"The restricted shares vest in equal installments on the last day of each calendar quarter from March 31, 2025 "
       "through December 31, 2025, inclusive.",
       "2025-02-28", "8", "time_based", "2025-03-31=2 2025-06-30=2 2025-09-30=2 2025-12-31=2", "", false},
      {"The restricted shares vest in equal installments on the last day of each calendar quarter from March 31, 2025 "
       "through December 31, 2025, inclusive of accrued dividend shares.",
       "2025-02-28", "8", "unrecognized", "", "may or may not include", false},
      // With "beginning on" it is.
      {"The option vests in equal quarterly installments on the 28th day of each February, May, August and November, "
       "beginning on May 28, 2025 through and including February 28, 2026.",
       "2025-02-28", "8", "time_based", "2025-05-28=2 2025-08-28=2 2025-11-28=2 2026-02-28=2", "", false},
  };
}

}  // namespace

Family series_slots_family() {
  return join_parts("series_slots",
                    {appositive_and_period_length_rules, first_quarter_or_month_start_rules,
                     span_same_day_and_first_installment_rules, series_end_rules},
                    {span_day_and_appositive_examples, end_first_day_and_period_length_examples, month_following_examples,
                     series_size_and_span_examples});
}

}  // namespace vest::rules
