// read_certification_date: the date a certification of performance was made, as the footnote tells it ("On February 10,
// 2026, the Compensation Committee certified ...", "... upon the Committee's certification of performance results on
// March 4, 2026", "The Committee certified on January 30, 2026 that ..."). Reads the token stream before the item
// rules; guarantees ctx.certified_on is set only when every such date the footnote tells is one date, on or before the
// transaction date (a certification still to come, "will certify", is not one: nothing is set).
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

#include <optional>

namespace vest::rules {

namespace {

using helpers::is_w;
bool ends_part(const Node& n) { return n.kind == NK::punct && (n.punct == '.' || n.punct == ';'); }

// The date told with the certification word at k: "... on <date>" after it (up to the part's end or a vest word), or
// "On <date>, ..." opening its sentence before it.
std::optional<Date> date_told_with(const std::vector<Node>& t, std::size_t k) {
  static const std::uint16_t on = intern("on"), vest = intern("vest"), vests = intern("vests"), vested = intern("vested"),
                             vesting = intern("vesting");
  for (std::size_t j = k + 1; j + 1 < t.size() && j < k + 16 && !ends_part(t[j]); ++j) {
    if (is_w(t[j], vest) || is_w(t[j], vests) || is_w(t[j], vested) || is_w(t[j], vesting)) break;
    if (is_w(t[j], on) && t[j + 1].kind == NK::date) return Date{date::days{t[j + 1].days}};
  }
  for (std::size_t j = k; j-- > 0 && j + 12 > k && !ends_part(t[j]);) {
    if (t[j].kind != NK::date || j == 0 || !is_w(t[j - 1], on)) continue;
    if (j == 1 || ends_part(t[j - 2])) return Date{date::days{t[j].days}};  // ("On <date>, the Committee certified")
    break;
  }
  return std::nullopt;
}

}  // namespace

void read_certification_date(const std::vector<Node>& t, Context& ctx) {
  static const std::uint16_t certified = intern("certified"), certification = intern("certification"),
                             certify = intern("certify"), certifies = intern("certifies");
  ctx.certified_on.reset();
  if (!ctx.grant) return;
  std::optional<Date> told;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (is_w(t[k], certify) || is_w(t[k], certifies)) return;  // ("the Committee will certify ...")
    if (!(is_w(t[k], certified) || is_w(t[k], certification))) continue;
    const std::optional<Date> d = date_told_with(t, k);
    if (!d) continue;
    if (told && *told != *d) return;  // (two certifications: which one?)
    told = d;
  }
  if (told && *told <= *ctx.grant) ctx.certified_on = told;
}

}  // namespace vest::rules
