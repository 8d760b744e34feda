// Amount rules: one amount written twice, a share count beside a fraction of the grant in parentheses, in either
// order ("25% (2,400 shares)", "3,000 shares (one-sixth)", "1,800 (30%)", "the remaining 2,400 shares (40%)").
// One portion: the fraction, carrying the count; cross_check.cpp refuses the footnote when the two disagree.
#include "rules/family_amounts_parts.hpp"

namespace vest::rules::amount_rules {

namespace {

// What may follow the fraction inside the parentheses: "(one-third of the award)", "(6.25% of the grant)".
std::vector<Elem> of_the_award() {
  return {opt(w({"of"})), opt(w({"the"})), opt(w({"award", "grant", "option", "shares", "units", "rsus", "total"})), p(')')};
}

bool is_count(const Item& it) { return it.type == IT::portion && it.pkind == Item::PortionKind::shares && it.note.empty(); }
bool is_fraction(const Item& it) {
  return it.type == IT::portion && !it.of_remaining && !it.count_beside &&
         (it.pkind == Item::PortionKind::fraction || (it.pkind == Item::PortionKind::remainder && it.stated));
}

// The fraction item, carrying the count; "... (625 shares) each": each installment's size.
std::optional<Item> merged(const Match& m, const Item& fraction, Amount count) {
  if (!(count > Amount(0)) || !count.is_integer()) return std::nullopt;
  Item it = fraction;
  it.shares = count;
  it.count_beside = true;
  static const std::uint16_t each = intern("each");
  const auto& n = *m.nodes;
  if (m.end < n.size() && is_w(n[m.end], each)) {
    it.per_installment = true;
    it.note = "each";
  }
  return it;
}

std::vector<Elem> with_tail(std::vector<Elem> head) {
  for (auto& e : of_the_award()) head.push_back(e);
  return head;
}

}  // namespace

std::vector<ItemRule> count_beside_fraction_rules() {
  return {
      // "the remaining 500 shares": a count, which the portions' sum checks is what remains (when the others are
      // counts too; beside fractions, the grant's size must be given and all must add up to it).
      {"the remaining <count>", 7, {item(IT::portion), item(IT::portion)},
       [](const Match& m) -> std::optional<Item> {
         const Item &rem = m.item_of(0), &count = m.item_of(1);
         const auto& n = *m.nodes;
         if (rem.pkind != Item::PortionKind::remainder || rem.stated || !is_count(count)) return std::nullopt;
         if (m.end < n.size() && n[m.end].kind == NK::punct && n[m.end].punct == '(') return std::nullopt;  // the rule below
         return count;
       }},
      // "the remaining 2,400 shares (40%)": the remainder, its size stated both ways.
      {"the remaining <count> (<fraction>)", 7, with_tail({item(IT::portion), item(IT::portion), p('('), item(IT::portion)}),
       [](const Match& m) -> std::optional<Item> {
         const Item &rem = m.item_of(0), &count = m.item_of(1), &frac = m.item_of(3);
         if (rem.pkind != Item::PortionKind::remainder || rem.stated || !is_count(count) || !is_fraction(frac) ||
             frac.pkind != Item::PortionKind::fraction)
           return std::nullopt;
         Item it = frac;
         it.pkind = Item::PortionKind::remainder;
         it.stated = true;
         return merged(m, it, count.shares);
       }},
      // "25% (2,400 shares)", "3,000 shares (one-sixth)", "the remaining 75% (6,000 shares)".
      {"<portion> (<portion>)", 7,
       with_tail({item(IT::portion), opt(w({"stock"})), opt(w({"units", "shares", "options"})), p('('), item(IT::portion)}),
       [](const Match& m) -> std::optional<Item> {
         const Item &x = m.item_of(0), &y = m.item_of(4);
         if (is_count(x) && is_fraction(y)) return merged(m, y, x.shares);
         if (is_fraction(x) && is_count(y)) return merged(m, x, y.shares);
         return std::nullopt;
       }},
      // "1,800 (30%) vest on July 1, 2026": a bare count before its fraction.
      {"<number> (<fraction>)", 7, with_tail({k(NK::number), p('('), item(IT::portion)}),
       [](const Match& m) -> std::optional<Item> {
         const Node& n = m.node(0);
         const Item& y = m.item_of(2);
         if (n.den != 1 || n.num <= 0 || is_year(n) || !is_fraction(y)) return std::nullopt;
         return merged(m, y, Amount(n.num, n.den));
       }},
  };
}

std::vector<Example> count_beside_fraction_examples() {
  return {
      {"Twenty-five percent (2,400 shares) of the option vests on March 3, 2026 and the remaining 7,200 shares (75%) vest on "
       "March 3, 2027.",
       "2025-03-03", "9600", "time_based", "2026-03-03=2400 2027-03-03=7200", "", false},
      {"The option vests as to 4,000 shares (one-third of the award) on each of the first three anniversaries of the grant date.",
       "2025-09-08", "12000", "time_based", "2026-09-08=4000 2027-09-08=4000 2028-09-08=4000", "", false},
      {"The RSUs vest in four annual installments of 250 units (25% of the grant) each, beginning on the first anniversary of "
       "the grant date.",
       "2024-05-19", "1000", "time_based", "2025-05-19=250 2026-05-19=250 2027-05-19=250 2028-05-19=250", "", false},
      {"On each of the first two anniversaries of the grant date, 500 of the restricted stock units (one-half of the award) vest.",
       "2025-09-08", "1000", "time_based", "2026-09-08=500 2027-09-08=500", "", false},
      {"Of these shares, 1,800 (30%) vest on July 1, 2026 and the remaining 4,200 (70%) vest on July 1, 2027.",
       "2025-07-01", "6000", "time_based", "2026-07-01=1800 2027-07-01=4200", "", false},
      {"The restrictions lapse on March 31, 2025 as to 500 shares and on March 31, 2026 as to the remaining 1,500 shares.",
       "2024-03-31", "2000", "time_based", "2025-03-31=500 2026-03-31=1500", "", false},
      // The two disagree, or the grant's size is not given to check them: not guessed.
      {"The restrictions lapse on March 31, 2025 as to 500 shares and on March 31, 2026 as to the remaining 1,000 shares.",
       "2024-03-31", "2000", "unrecognized", "", "portions", false},
      {"The option vests as to 3,000 shares (one-fifth) on each of the first five anniversaries of the grant date.",
       "2025-02-03", "16000", "unrecognized", "", "cross_check_failed", false},
      {"25% (2,000 shares) of the units vest on April 30, 2026 and the remaining 75% (6,500 shares) vest on April 30, 2027.",
       "2025-04-30", "8000", "unrecognized", "", "cross_check_failed", false},
      {"25% (2,000 shares) of the units vest on April 30, 2026 and the remaining 75% (6,000 shares) vest on April 30, 2027.",
       "2025-04-30", "", "unrecognized", "", "size is not given", false},
      {"One-third (3,333 shares) of the RSUs vest on each of the first three anniversaries of the grant date.",
       "2025-04-30", "10000", "unrecognized", "", "cross_check_failed", false},
  };
}

}  // namespace vest::rules::amount_rules
