// Amount rules: fractions of the grant ("25%", "1/48th", "33 1/3%", "half"), the remainder ("the remaining
// 75%", "the other half"), per-installment sizes ("an additional 6.25%", "at the rate of", "of 20% each").
#include "rules/family_amounts_parts.hpp"

namespace vest::rules::amount_rules {

namespace {

bool fraction_like(const Node& n) { return n.kind == NK::percent || n.kind == NK::fraction; }

Elem frac_elem() {
  return hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
                  if (i < n.size() && fraction_like(n[i])) { ++i; return true; }
                  return false;
                }),
                {}, {NK::percent, NK::fraction});
}

Elem installment_words() { return w({"installments", "installment", "increments", "increment", "tranches", "instalments"}); }

bool valid_fraction(const Fraction& f) { return f > Fraction(0) && f <= Fraction(1); }

// A vest verb and then a date before the clause ends (within a few nodes): "... will vest in full on <date>".
bool vest_verb_then_date_follow(const std::vector<Node>& n, std::size_t from) {
  bool verb = false;
  for (std::size_t j = from; j < n.size() && j < from + 16; ++j) {
    if (n[j].kind == NK::punct && (n[j].punct == '.' || n[j].punct == ';' || n[j].punct == ',')) return false;
    if (n[j].kind != NK::item) continue;
    if (n[j].itype == IT::vest_verb) verb = true;
    else if (n[j].itype == IT::when) return verb;
    else return false;
  }
  return false;
}

}  // namespace

std::vector<ItemRule> remainder_and_rate_rules() {
  return {
      {"the remaining <percent>", 6,
       {opt(w({"the", "all"})), opt(w({"of"})), opt(w({"the"})), w({"remaining", "remainder", "balance", "rest"}), opt(frac_elem()),
        opt(installment_words())},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.pkind = Item::PortionKind::remainder;
         if (m.has(4)) {
           it.fraction = value_fraction(m.node(4));
           if (!valid_fraction(it.fraction)) return std::nullopt;
           it.stated = true;
         }
         it.per_installment = m.has(5);
         return it;
       }},
      // "the unvested portion of the award will vest in full on December 31, 2026": what the other portions leave,
      // only when a vest verb and a date follow in the clause ("the unvested shares will vest upon a change in
      // control" is an acceleration, read by the surroundings, never a part of the schedule).
      {"the unvested portion (vesting on a date)", 6, {w({"the"}), w({"unvested"}), opt(w({"portion"}))},
       [](const Match& m) -> std::optional<Item> {
         if (!vest_verb_then_date_follow(*m.nodes, m.end)) return std::nullopt;
         Item it = make(IT::portion);
         it.pkind = Item::PortionKind::remainder;
         return it;
       }},
      // "the other half", "the other 50%": what the portion before leaves, stated (and cross-checked).
      {"the other half", 6, {w({"the"}), w({"other"}), hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          static const std::uint16_t half = intern("half");
          if (i < n.size() && (is_w(n[i], half) || n[i].kind == NK::percent || n[i].kind == NK::fraction)) { ++i; return true; }
          return false;
        }), {"half"}, {NK::percent, NK::fraction})},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.pkind = Item::PortionKind::remainder;
         const Node& x = m.node(2);
         it.fraction = x.kind == NK::word ? Fraction(1, 2) : value_fraction(x);
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.stated = true;
         return it;
       }},
      // "an additional 1/36th of the remaining shares each month": each installment is that part of what the
      // portions before leave (so the count is 36), not of the grant.
      {"an additional <fraction> of the remaining", 6,
       {opt(w({"an"})), w({"additional", "further"}), frac_elem(), w({"of"}), opt(w({"the"})),
        w({"remaining", "remainder", "balance", "unvested"})},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(2));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.additional = true;
         it.per_installment = true;
         it.of_remaining = true;
         return it;
       }},
      // "one thirty-sixth (1/36) of the remaining shares vest on the first day of each month thereafter": the same
      // without "additional" (a written fraction only; a series only: assemble_spec refuses it in a lump).
      {"<fraction> of the remaining", 6,
       {hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
          if (i < n.size() && n[i].kind == NK::fraction) { ++i; return true; }
          return false;
        }), {}, {NK::fraction}),
        w({"of"}), opt(w({"the"})), w({"remaining"})},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(0));
         if (!valid_fraction(it.fraction) || it.fraction == Fraction(1)) return std::nullopt;
         it.per_installment = true;
         it.of_remaining = true;
         return it;
       }},
      {"an additional <percent>", 6, {opt(w({"an"})), w({"additional", "further"}), frac_elem(), opt(installment_words())},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(2));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.additional = true;
         it.per_installment = true;
         return it;
       }},
      // "at the rate of 25% per annum", "at a rate of 1/8 every six months": the size of each installment.
      {"at the rate of <percent>", 6, {opt(w({"at"})), w({"a", "the"}), w({"rate"}), w({"of"}), frac_elem()},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(4));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.per_installment = true;
         return it;
       }},
  };
}

std::vector<ItemRule> fraction_rules() {
  return {
      // "vesting in 1/48 equal installments": the size of each installment, or a garbled "48 equal
      // installments"? Read as a portion marked ambiguous, which the interpreter refuses.
      {"in <fraction> equal installments (ambiguous)", 6,
       {w({"in"}), frac_elem(), opt(w({"substantially", "approximately"})), w({"equal"}), installment_words()},
       [](const Match& m) -> std::optional<Item> {
         if (m.node(1).kind != NK::fraction) return std::nullopt;
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(1));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.tag = Tag::ambiguous;
         return it;
       }},
      // "in five annual installments of 20% each": the size of each installment.
      {"installments of <percent> each", 6, {w({"of"}), frac_elem(), w({"each"})},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(1));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.per_installment = true;
         it.tag = Tag::each;
         return it;
       }},
      // "20% in each of two installments on D1 and D2", "20% in each of March 1, 2026 and 2027": each installment's
      // size, never the dates' total. Before anything else "each" distributes over ("in each of the next two years")
      // the size is marked ambiguous, which is refused.
      {"<percent> in each of <installments | dates>", 6, {frac_elem(), w({"in"}), w({"each"}), w({"of"})},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(0));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         const auto& n = *m.nodes;
         const bool listed = m.end < n.size() && n[m.end].kind == NK::item &&
                             (n[m.end].itype == IT::count || n[m.end].itype == IT::when_list);
         if (listed) {
           it.per_installment = true;
           it.tag = Tag::each;
         } else {
           it.tag = Tag::ambiguous;
         }
         return it;
       }},
      {"<percent> of the grant", 6, {frac_elem(), opt(installment_words())},
       [](const Match& m) -> std::optional<Item> {
         Item it = make(IT::portion);
         it.fraction = value_fraction(m.node(0));
         if (!valid_fraction(it.fraction)) return std::nullopt;
         it.per_installment = m.has(1);
         return it;
       }},
      // "Half of the options vest ...", "the other half vest upon ...".
      {"half of the <award>", 6, {opt(w({"the"})), opt(w({"other", "remaining", "second"})), w({"half"})},
       [](const Match& m) -> std::optional<Item> {
         static const std::uint16_t of = intern("of");
         const auto& n = *m.nodes;
         const bool next_ok = m.end < n.size() && (is_w(n[m.end], of) || (n[m.end].kind == NK::item && n[m.end].itype == IT::vest_verb));
         if (!next_ok) return std::nullopt;
         Item it = make(IT::portion);
         it.fraction = Fraction(1, 2);
         if (m.has(1)) {
           it.pkind = Item::PortionKind::remainder;
           it.stated = true;
         }
         return it;
       }},
  };
}

// Rounded thirds ("33.3%", "33.33%", "66.67%") whose figures do not add up to the grant as written are read as exact
// thirds on a second reading, with a warning (read_rounded_thirds.cpp); figures that add up as written stay as written.
std::vector<Example> rounded_thirds_examples() {
  return {
      {"33.3% of the RSUs will vest on December 31, 2018, 33.3% of the RSUs will vest on December 31, 2019 and the "
       "remaining 33.3% of the RSUs will vest on December 31, 2020.",
       "2018-01-15", "120000", "time_based", "2018-12-31=40000 2019-12-31=40000 2020-12-31=40000", "", false},
      {"33.33% of the RSUs vest on each of the first three anniversaries of the grant date.", "2018-01-15", "120000",
       "time_based", "2019-01-15=40000 2020-01-15=40000 2021-01-15=40000", "", false},
      {"33.3% of the RSUs vest on the first anniversary of the grant date and 66.67% vest in two equal semi-annual "
       "installments thereafter.",
       "2018-01-15", "1200", "time_based", "2019-01-15=400 2019-07-15=400 2020-01-15=400", "", false},
      {"33.3% of the RSUs will vest on December 31, 2018, 33.3% on December 31, 2019 and 33.4% on December 31, 2020.",
       "2018-01-15", "120000", "time_based", "2018-12-31=39960 2019-12-31=39960 2020-12-31=40080", "", false},
      {"The RSUs vest 33.33% on each of the first four anniversaries of the grant date.", "2018-01-15", "120000",
       "unrecognized", "", "add up to", false},
      {"33.4% of the RSUs vest on each of the first three anniversaries of the grant date.", "2018-01-15", "120000",
       "unrecognized", "", "add up to", false},
      {"33.3% of the RSUs vest on the first anniversary of the grant date and 33.3% on the second anniversary of the grant "
       "date.",
       "2018-01-15", "120000", "unrecognized", "", "add up to", false},
  };
}

// "four-fourths", "three-thirds", "two-halves" (text.cpp): the whole grant, weighed like any portion; never the
// number and a word left over ("the remaining four-fourths" after one-fourth vested was read as the remaining 3/4).
std::vector<Example> whole_fraction_examples() {
  return {
      {"Four-fourths of the RSUs vest on March 1, 2026.", "2025-03-01", "1000", "time_based", "2026-03-01=1000", "", false},
      {"One-fourth of the RSUs vested on the grant date and the remaining four-fourths will vest upon the achievement of a "
       "milestone determined by the Board.",
       "2025-03-01", "1000", "unrecognized", "", "says 100% remain", false},
      {"One-half of the RSUs vest on March 1, 2026 and the remaining two-halves vest on March 1, 2027.", "2025-03-01",
       "1000", "unrecognized", "", "says 100% remain", false},
      {"One-third of the RSUs vest on March 1, 2026 and three-thirds vest on March 1, 2027.", "2025-03-01", "900",
       "unrecognized", "", "add up to 133.33%", false},
      // ("four quarters" is a span, not a fraction.)
      {"The RSUs vest in four quarterly installments over four-quarters beginning on March 31, 2026.", "2025-03-01", "900",
       "time_based", "2026-03-31=225 2026-06-30=225 2026-09-30=225 2026-12-31=225", "", false},
  };
}

// "vest in 25% installments as follows: ...": the header's part size must be one a statement states
// (read_statements.cpp); another size beside the parts is left unaccounted for, and refused.
std::vector<Example> header_size_examples() {
  return {
      {"The RSUs vest in 25% installments as follows: 25% vested immediately upon grant, and the remaining 25% installments "
       "vest on each of November 30, 2023, February 28, 2024, and May 31, 2024.",
       "2023-11-06", "1000", "time_based", "2023-11-06=250 2023-11-30=250 2024-02-28=250 2024-05-31=250", "", false},
      {"The RSUs vest in 30% installments as follows: 25% vested immediately upon grant, and the remaining 25% installments "
       "vest on each of November 30, 2023, February 28, 2024, and May 31, 2024.",
       "2023-11-06", "1000", "unrecognized", "", "\"30% installments\"", false},
      {"The RSUs vest in 25% installments as follows: 25% on March 1, 2026, 25% on March 1, 2027, 25% on March 1, 2028 "
       "and 25% on March 1, 2029.",
       "2025-03-01", "1000", "time_based", "2026-03-01=250 2027-03-01=250 2028-03-01=250 2029-03-01=250", "", false},
      {"The RSUs vest in 20% installments as follows: 25% on March 1, 2026, 25% on March 1, 2027, 25% on March 1, 2028 "
       "and 25% on March 1, 2029.",
       "2025-03-01", "1000", "unrecognized", "", "\"20% installments\"", false},
  };
}

// Sizes listed after "<count> installments of" or "installments of" before their dates (pair_respectively.cpp).
std::vector<Example> installment_size_list_examples() {
  return {
      // ... and without "respectively" when the amounts follow "<count> installments of" and are as many as it says.
      {"The RSUs vest in three annual installments of 34%, 33% and 33% beginning on March 20, 2026.",
       "2025-03-20", "1000", "time_based", "2026-03-20=340 2027-03-20=330 2028-03-20=330", "", false},
      {"The option vests in four annual installments of 10%, 20%, 30% and 40%, commencing on the first anniversary of the "
       "date of grant, subject to continued service.",
       "2025-09-02", "100", "time_based", "2026-09-02=10 2027-09-02=20 2028-09-02=30 2029-09-02=40", "", false},
      {"The RSUs vest in three installments of 25%, 25% and 50% on the first, second and third anniversaries of the grant "
       "date.", "2025-02-10", "100", "time_based", "2026-02-10=25 2027-02-10=25 2028-02-10=50", "", false},
      {"The RSUs vest in three installments of 25%, 25% and 50% on the first and second anniversaries of the grant date.",
       "2025-02-10", "100", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in four annual installments of 34%, 33% and 33% beginning on March 20, 2026.",
       "2025-03-20", "1000", "unrecognized", "", "not understood", false},
      // ... and without a count, before one list of as many dates ("installments of A, B and C on <dates>"); fewer or
      // more dates than amounts, or a cadence the dates do not step by, refused.
      {"The RSUs shall vest in installments of 33%, 33% and 34% on the first, second and third anniversaries of the "
       "grant date.", "2018-03-20", "10000", "time_based", "2019-03-20=3300 2020-03-20=3300 2021-03-20=3400", "", false},
      {"The RSUs vest in installments of 40%, 30% and 30% on each of March 1, 2026, September 1, 2026 and March 1, 2027.",
       "2025-03-01", "10", "time_based", "2026-03-01=4 2026-09-01=3 2027-03-01=3", "", false},
      {"The RSUs shall vest in installments of 33%, 33% and 34% on the first and second anniversaries of the grant date.",
       "2018-03-20", "10000", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs shall vest in installments of 50% and 50% on the first, second and third anniversaries of the grant "
       "date.", "2018-03-20", "10000", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest in three annual installments of 30%, 30% and 30% beginning on March 20, 2026.",
       "2025-03-20", "1000", "unrecognized", "", "cross_check_failed", false},
  };
}

// "<percent> in each of two installments on D1 and D2": each installment's size (read as the dates' total it gave
// 10% and 10% beside "the remaining shares" on D3, a wrong schedule; beside "the remaining 60%", a refusal).
std::vector<Example> in_each_of_examples() {
  return {
      {"The RSUs vest 20% in each of two installments on March 1, 2026 and March 1, 2027, and the remaining 60% on "
       "March 1, 2028.",
       "2025-03-01", "100", "time_based", "2026-03-01=20 2027-03-01=20 2028-03-01=60", "", false},
      {"The RSUs vest 20% in each of two installments on March 1, 2026 and March 1, 2027, and the remaining shares on "
       "March 1, 2028.",
       "2025-03-01", "100", "time_based", "2026-03-01=20 2027-03-01=20 2028-03-01=60", "", false},
      {"The RSUs vest 50% in each of two installments on March 1, 2026 and March 1, 2027.",
       "2025-03-01", "100", "time_based", "2026-03-01=50 2027-03-01=50", "", false},
      {"The RSUs vest 20% in each of March 1, 2026 and March 1, 2027, and the remaining 60% on March 1, 2028.",
       "2025-03-01", "100", "time_based", "2026-03-01=20 2027-03-01=20 2028-03-01=60", "", false},
      {"The RSUs vest 20% in each of two installments on March 1, 2026 and March 1, 2027, and the remaining 80% on "
       "March 1, 2028.",
       "2025-03-01", "100", "unrecognized", "", "cross_check_failed", false},
      {"The RSUs vest 20% in each of the next two years, and the remaining 60% on March 1, 2028.",
       "2025-03-01", "100", "unrecognized", "", "cross_check_failed", false},
  };
}

std::vector<Example> fraction_examples() {
  return {
      // "an additional 1/36th of the remaining shares": each installment is that part of what the lump leaves
      // (36 installments), cross-checked against an end date; with no portion before it, it is not guessed.
      {"The option vests as to 25% of the shares on March 1, 2026 and as to an additional 1/36th of the remaining shares on "
       "each monthly anniversary thereafter.",
       "2025-03-01", "3600", "time_based",
       "2026-03-01=900 2026-04-01=75 2026-05-01=75 2026-06-01=75 2026-07-01=75 2026-08-01=75 2026-09-01=75 2026-10-01=75 2026-11-01=75 2026-12-01=75 2027-01-01=75 2027-02-01=75 2027-03-01=75 2027-04-01=75 2027-05-01=75 2027-06-01=75 2027-07-01=75 2027-08-01=75 2027-09-01=75 2027-10-01=75 2027-11-01=75 2027-12-01=75 2028-01-01=75 2028-02-01=75 2028-03-01=75 2028-04-01=75 2028-05-01=75 2028-06-01=75 2028-07-01=75 2028-08-01=75 2028-09-01=75 2028-10-01=75 2028-11-01=75 2028-12-01=75 2029-01-01=75 2029-02-01=75 2029-03-01=75", "", false},
      {"One-fourth (1/4) of the shares vest on April 1, 2026, and one thirty-sixth (1/36) of the remaining shares vest on "
       "the first day of each month thereafter.", "2025-04-01", "48", "time_based",
       "2026-04-01=12 2026-05-01=1 2026-06-01=1 2026-07-01=1 2026-08-01=1 2026-09-01=1 2026-10-01=1 2026-11-01=1 "
       "2026-12-01=1 2027-01-01=1 2027-02-01=1 2027-03-01=1 2027-04-01=1 2027-05-01=1 2027-06-01=1 2027-07-01=1 "
       "2027-08-01=1 2027-09-01=1 2027-10-01=1 2027-11-01=1 2027-12-01=1 2028-01-01=1 2028-02-01=1 2028-03-01=1 "
       "2028-04-01=1 2028-05-01=1 2028-06-01=1 2028-07-01=1 2028-08-01=1 2028-09-01=1 2028-10-01=1 2028-11-01=1 "
       "2028-12-01=1 2029-01-01=1 2029-02-01=1 2029-03-01=1 2029-04-01=1", "", false},
      {"One-fourth of the shares vest on April 1, 2026, and one-half of the remaining shares vest on April 1, 2027.",
       "2025-04-01", "48", "unrecognized", "", "series", false},
      {"One-third of the units vest on July 15, 2025; thereafter, a further one-eighth of the remaining units vest each "
       "quarter.",
       "2024-07-15", "1200", "time_based",
       "2025-07-15=400 2025-10-15=100 2026-01-15=100 2026-04-15=100 2026-07-15=100 2026-10-15=100 2027-01-15=100 2027-04-15=100 2027-07-15=100", "", false},
      {"25% of the shares vest on March 1, 2026 and an additional 1/12th of the remaining shares vest each quarter "
       "thereafter, so that all shares are vested on March 1, 2030.",
       "2025-03-01", "1200", "unrecognized", "", "gives 12 (the last on 2029-03-01)", false},
      {"An additional 1/24th of the remaining shares vests on each monthly anniversary of the grant date.",
       "2025-03-01", "2400", "unrecognized", "", "no portion before it", false},
      {"25% of the shares vest on March 1, 2026 and, as to an additional 1/24th, on each monthly anniversary thereafter "
       "until January 1, 2030.",
       "2025-03-01", "2400", "unrecognized", "", "cross_check_failed", false},
      // A dated portion beside a contingent one: kind mixed, both kept ("the other half" is what is left).
      {"One-half of the award will vest on March 29, 2019; the other half will vest upon the achievement of performance "
       "goals established by the Compensation Committee of the Board.",
       "2016-03-11", "10", "mixed", "2019-03-29=5", "", false},
      {"50% of the RSUs vest on March 29, 2019 and the other 50% vest upon the achievement of performance goals.",
       "2016-03-11", "10", "mixed", "2019-03-29=5", "", false},
      {"25% of the RSUs vest on March 29, 2019 and the other half vest upon the achievement of performance goals.",
       "2016-03-11", "10", "unrecognized", "", "cross_check_failed", false},
      {"Twenty-Five Percent (25%) of the shares vest on each of the first, second, third, and fourth anniversary of June 3, 2013.",
       "", "15000", "time_based", "2014-06-03=3750 2015-06-03=3750 2016-06-03=3750 2017-06-03=3750", "", false},
      {"33 1/3% of the RSUs vest on March 1, 2025 and the remaining 66 2/3% vest on March 1, 2026.", "", "300", "time_based",
       "2025-03-01=100 2026-03-01=200", "", false},
      {"The option becomes exercisable as to 33-1/3% of the shares on each of the first, second and third anniversaries "
       "of the grant date.", "2024-07-22", "600", "time_based", "2025-07-22=200 2026-07-22=200 2027-07-22=200", "", false},
      {"50% of the RSUs vest on March 1, 2025 and the remaining 40% vest on March 1, 2026.", "", "300", "unrecognized", "",
       "cross_check_failed", false},
      {"40% of the RSUs vest on March 1, 2025 and 40% vest on March 1, 2026.", "", "300", "unrecognized", "",
       "cross_check_failed", false},
      // list of dates, a stated total over a list, and what is not a portion ("one share", a plan year).
      {"Half of the options vest on the first anniversary of the grant date and the other half vest on the second anniversary of the grant date.", "2024-01-10", "10", "time_based", "2025-01-10=5 2026-01-10=5", "", false},
      // Amounts paired with dates "respectively", and percentages rounded in the text (1/48 as 2.0833%).
      {"These RSUs vest 33%, 33% and 34% on the first, second and third anniversaries of the grant date, respectively.",
       "2024-03-01", "1000", "time_based", "2025-03-01=330 2026-03-01=330 2027-03-01=340", "", false},
      // "in installments of <portions>": the word heads the portions the statement reads.
      {"The options became exercisable in installments of 33%, 33% and 34% on the first, second and third anniversaries of "
       "the grant date, respectively.",
       "2004-12-10", "1000", "time_based", "2005-12-10=330 2006-12-10=330 2007-12-10=340", "", false},
      {"The options became exercisable in installments of 33%, 33% and 33% on the first, second and third anniversaries of "
       "the grant date, respectively.",
       "2004-12-10", "1000", "unrecognized", "", "cross_check_failed", false},
      // "in three annual installments of A, B and C, respectively, beginning on <when>": the count's dates from the
      // start (pair_respectively.cpp); a count that is not the number of amounts, or no count, is not read.
      {"The RSUs vest in three annual installments of 20%, 30% and 50%, respectively, beginning on the first anniversary "
       "of the grant date.",
       "2024-03-01", "1000", "time_based", "2025-03-01=200 2026-03-01=300 2027-03-01=500", "", false},
      {"The shares vest in two semi-annual installments of 600 and 400 shares, respectively, beginning on January 31, 2026.",
       "2025-07-01", "1000", "time_based", "2026-01-31=600 2026-07-31=400", "", false},
      {"The RSUs vest in four annual installments of 20%, 30% and 50%, respectively, beginning on January 31, 2026.",
       "2025-03-01", "1000", "unrecognized", "", "not understood", false},
      // "the unvested portion" vesting on a date: the remainder; with an event, an acceleration (not a portion).
      {"The unvested portion of the award will vest in full on December 31, 2026, provided that the reporting person "
       "remains employed; 50% of the award vested on December 31, 2025.",
       "2024-12-31", "4000", "time_based", "2025-12-31=2000 2026-12-31=2000", "", false},
      {"25% of the RSUs vested on March 1, 2026 and the unvested RSUs will vest on March 1, 2027.", "2025-03-01", "100",
       "time_based", "2026-03-01=25 2027-03-01=75", "", false},
      {"25% of the RSUs vested on March 1, 2026. The unvested portion will vest in full upon a change in control.",
       "2025-03-01", "100", "unrecognized", "", "add up", false},
      // A count beside a list of dates restates it (as many dates, one period apart), else it is not read.
      {"The RSUs vest in four annual installments of 10%, 20%, 30% and 40%, respectively, on the first four anniversaries "
       "of the grant date.",
       "2025-04-01", "10000", "time_based", "2026-04-01=1000 2027-04-01=2000 2028-04-01=3000 2029-04-01=4000", "", false},
      {"The RSUs vest in three annual installments of 10%, 20%, 30% and 40%, respectively, on the first four anniversaries "
       "of the grant date.",
       "2025-04-01", "10000", "unrecognized", "", "not understood", false},
      {"The RSUs vest in four quarterly installments of 10%, 20%, 30% and 40%, respectively, on the first four "
       "anniversaries of the grant date.",
       "2025-04-01", "10000", "unrecognized", "", "not understood", false},
      {"The RSUs vest in annual installments of 20%, 30% and 50%, respectively, beginning on January 31, 2026.",
       "2025-03-01", "1000", "unrecognized", "", "not understood", false},
      // A fraction in words with its figure in parentheses ("One thirty-sixth (1/36th) of"); a figure that disagrees
      // with the words is refused.
      {"One thirty-sixth (1/36th) of the shares vest each month following the vesting commencement date of January 1, "
       "2025, subject to continued service.", "2025-02-14", "36", "time_based",
       "2025-02-01=1 2025-03-01=1 2025-04-01=1 2025-05-01=1 2025-06-01=1 2025-07-01=1 2025-08-01=1 2025-09-01=1 "
       "2025-10-01=1 2025-11-01=1 2025-12-01=1 2026-01-01=1 2026-02-01=1 2026-03-01=1 2026-04-01=1 2026-05-01=1 "
       "2026-06-01=1 2026-07-01=1 2026-08-01=1 2026-09-01=1 2026-10-01=1 2026-11-01=1 2026-12-01=1 2027-01-01=1 "
       "2027-02-01=1 2027-03-01=1 2027-04-01=1 2027-05-01=1 2027-06-01=1 2027-07-01=1 2027-08-01=1 2027-09-01=1 "
       "2027-10-01=1 2027-11-01=1 2027-12-01=1 2028-01-01=1", "", false},
      {"One-twelfth (1/12th) of the units vest on each quarterly anniversary of November 15, 2025, the vesting "
       "commencement date.", "2025-12-01", "12", "time_based",
       "2026-02-15=1 2026-05-15=1 2026-08-15=1 2026-11-15=1 2027-02-15=1 2027-05-15=1 2027-08-15=1 2027-11-15=1 "
       "2028-02-15=1 2028-05-15=1 2028-08-15=1 2028-11-15=1", "", false},
      {"One thirty-sixth (1/48th) of the shares vest on each monthly anniversary of the vesting commencement date of "
       "January 1, 2025.", "2025-01-15", "48", "unrecognized", "", "two different sizes", false},
      {"25% (20%) of the shares vest on each anniversary of the grant date.", "2025-01-15", "20", "unrecognized", "",
       "two different sizes", false},
      // Without a count, a cadence followed by the sizes counts them; a span beside them must be their periods.
      {"The RSUs vest over three years in annual installments of 25%, 25% and 50%, beginning on the first anniversary of "
       "the grant date.", "2024-02-20", "4000", "time_based", "2025-02-20=1000 2026-02-20=1000 2027-02-20=2000", "", false},
      {"The option vests in semi-annual installments of 10%, 20%, 30% and 40% commencing on June 30, 2025.", "2025-01-02",
       "100", "time_based", "2025-06-30=10 2025-12-30=20 2026-06-30=30 2026-12-30=40", "", false},
      {"The RSUs vest over four years in annual installments of 25%, 25% and 50%, beginning on the first anniversary of "
       "the grant date.", "2024-02-20", "4000", "unrecognized", "", "not understood", false},
      {"The RSUs vest in quarterly installments of 25%, 25% and 50% on the first three anniversaries of the grant date.",
       "2024-02-20", "4000", "unrecognized", "", "does not say when", false},
      {"On each of March 1, 2025 and March 1, 2026, the following numbers of shares vest: 300 and 700, respectively.",
       "2024-03-01", "1000", "time_based", "2025-03-01=300 2026-03-01=700", "", false},
      {"The RSUs vest 30%, 30% and 40% on March 1, 2025, and March 1, 2026, respectively.", "2024-03-01", "1000",
       "unrecognized", "", "not understood", false},
      {"The option vests as follows: 25% on March 1, 2025 and 2.0833% on the first day of each month thereafter.",
       "2024-03-01", "48", "time_based",
       "2025-03-01=12 2025-04-01=1 2025-05-01=1 2025-06-01=1 2025-07-01=1 2025-08-01=1 2025-09-01=1 2025-10-01=1 "
       "2025-11-01=1 2025-12-01=1 2026-01-01=1 2026-02-01=1 2026-03-01=1 2026-04-01=1 2026-05-01=1 2026-06-01=1 "
       "2026-07-01=1 2026-08-01=1 2026-09-01=1 2026-10-01=1 2026-11-01=1 2026-12-01=1 2027-01-01=1 2027-02-01=1 "
       "2027-03-01=1 2027-04-01=1 2027-05-01=1 2027-06-01=1 2027-07-01=1 2027-08-01=1 2027-09-01=1 2027-10-01=1 "
       "2027-11-01=1 2027-12-01=1 2028-01-01=1 2028-02-01=1 2028-03-01=1",
       "", false},
      {"25% vests on March 1, 2025 and 2.0834% vests monthly thereafter.", "2024-03-01", "48", "unrecognized", "",
       "do not add up", false},
      // "in 1/48 equal installments" (each installment's size, or their number?) is not read.
      {"One-fourth shall vest on January 18, 2025, with the remaining vesting in 1/48 equal installments on each monthly "
       "anniversary of January 18, 2025 until vested in full.",
       "2025-01-18", "48", "unrecognized", "", "not understood", false},
  };
}

}  // namespace vest::rules::amount_rules
