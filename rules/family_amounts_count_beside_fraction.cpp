// Amount rules: one amount written twice, a share count beside a fraction of the grant in parentheses, in either
// order ("25% (2,400 shares)", "3,000 shares (one-sixth)", "1,800 (30%)", "the remaining 2,400 shares (40%)").
// One portion: the fraction, carrying the count; cross_check.cpp refuses the footnote when the two disagree.
#include "rules/family_amounts_parts.hpp"

namespace vest::rules::amount_rules {

namespace {

Elem frac() {
  return hinted(custom([](const std::vector<Node>& n, std::size_t& i, const Context&) {
                  if (i < n.size() && (n[i].kind == NK::percent || n[i].kind == NK::fraction)) { ++i; return true; }
                  return false;
                }),
                {}, {NK::percent, NK::fraction});
}
Elem noun() { return opt(w({"shares", "share", "units", "rsus", "options", "psus", "sars"})); }
Elem remaining() { return w({"remaining", "remainder", "balance"}); }

// "4,000 of the restricted stock units": what may follow the count before the parenthesis.
std::vector<Elem> count_words() {
  return {k(NK::number), opt(w({"of"})), opt(w({"the"})), opt(w({"restricted"})), opt(w({"stock"})), noun()};
}
// "(one-third of the award)", "(6.25% of the grant)", "(30%)".
std::vector<Elem> paren_fraction() {
  return {p('('), frac(), opt(w({"of"})), opt(w({"the"})), opt(w({"award", "grant", "option", "shares", "units", "rsus", "total"})),
          p(')')};
}
// "(2,400 shares)".
std::vector<Elem> paren_count() { return {p('('), k(NK::number), noun(), p(')')}; }

std::vector<Elem> join(std::initializer_list<std::vector<Elem>> parts) {
  std::vector<Elem> out;
  for (const auto& part : parts) out.insert(out.end(), part.begin(), part.end());
  return out;
}

// The fraction of the match, carrying its count; "... (625 shares) each": each installment's size.
std::optional<Item> count_beside(const Match& m, bool remainder) {
  const auto& n = *m.nodes;
  const Node *count = nullptr, *fraction = nullptr;
  for (std::size_t i = m.begin; i < m.end; ++i) {
    if (n[i].kind == NK::number && !count) count = &n[i];
    if ((n[i].kind == NK::percent || n[i].kind == NK::fraction) && !fraction) fraction = &n[i];
  }
  if (!count || !fraction || !is_share_count(*count)) return std::nullopt;
  Item it = make(IT::portion);
  it.fraction = value_fraction(*fraction);
  if (!(it.fraction > Fraction(0)) || it.fraction > Fraction(1)) return std::nullopt;
  if (remainder) {
    it.pkind = Item::PortionKind::remainder;
    it.stated = true;
  }
  it.shares = Amount(count->num, count->den);
  it.count_beside = true;
  static const std::uint16_t each = intern("each");
  if (m.end < n.size() && is_w(n[m.end], each)) {
    it.per_installment = true;
    it.tag = Tag::each;
  }
  return it;
}

}  // namespace

// (Level 6, on the words themselves: a level of its own after the amounts would cost every footnote a pass.)
std::vector<ItemRule> count_beside_fraction_rules() {
  return {
      // "the remaining 2,400 shares (40%)", "the remaining 75% (6,000 shares)": the remainder, stated both ways.
      {"the remaining <count> (<fraction>)", 6, join({{opt(w({"the"})), remaining()}, count_words(), paren_fraction()}),
       [](const Match& m) { return count_beside(m, true); }},
      {"the remaining <fraction> (<count>)", 6, join({{opt(w({"the"})), remaining(), frac()}, paren_count()}),
       [](const Match& m) { return count_beside(m, true); }},
      // "the remaining 500 shares": a count, which the portions' sum checks is what remains (when the others are
      // counts too; beside fractions, the grant's size must be given and all must add up to it).
      {"the remaining <count>", 6,
       {opt(w({"the"})), remaining(), k(NK::number), w({"shares", "share", "units", "rsus", "options", "psus", "sars"})},
       [](const Match& m) -> std::optional<Item> {
         const Node& count = m.node(2);
         if (!is_share_count(count)) return std::nullopt;
         Item it = shares_portion(count);
         return it;
       }},
      // "3,000 shares (one-sixth)", "1,800 (30%)", "4,000 of the restricted stock units (one-third of the award)".
      {"<count> (<fraction>)", 6, join({count_words(), paren_fraction()}),
       [](const Match& m) { return count_beside(m, false); }},
      // "25% (2,400 shares)", "Twenty-five percent (2,400 shares)".
      {"<fraction> (<count>)", 6, join({{frac()}, paren_count()}), [](const Match& m) { return count_beside(m, false); }},
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
