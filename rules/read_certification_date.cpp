// read_certification_date: the date a certification of performance was made, as the footnote tells it ("On February 10,
// 2026, the Compensation Committee certified ...", "... upon the Committee's certification of performance results on
// March 4, 2026", "The Committee certified on January 30, 2026 that ...", "The PSUs were earned on February 12, 2026 upon
// the Compensation Committee's certification of ..."). Reads the token stream before the item
// rules; guarantees ctx.certified_on is set only when every such date the footnote tells is one date, on or before the
// transaction date (a certification still to come, "will certify", is not one: nothing is set).
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"

#include <optional>
#include <vector>

namespace vest::rules {

namespace {

using helpers::is_w;
bool ends_part(const Node& n) { return n.kind == NK::punct && (n.punct == '.' || n.punct == ';'); }

// The date told with the certification word at k: "... on <date>" after it (up to the part's end or a vest word),
// "On <date>, ..." opening its sentence before it, or "earned on <date> upon (the Committee's) certification" (the
// units earned at the certification's moment; a comma, a vest word or more than five words between is not read).
// Each direction is looked at, so a date on each side that differs is two dates told for it.
std::vector<Date> dates_told_with(const std::vector<Node>& t, std::size_t k) {
  static const std::uint16_t on = intern("on"), vest = intern("vest"), vests = intern("vests"), vested = intern("vested"),
                             vesting = intern("vesting"), upon = intern("upon"), earned = intern("earned");
  std::vector<Date> told;
  for (std::size_t j = k + 1; j + 1 < t.size() && j < k + 16 && !ends_part(t[j]); ++j) {
    if (is_w(t[j], vest) || is_w(t[j], vests) || is_w(t[j], vested) || is_w(t[j], vesting)) break;
    if (is_w(t[j], on) && t[j + 1].kind == NK::date) {
      told.push_back(Date{date::days{t[j + 1].days}});
      break;
    }
  }
  for (std::size_t j = k; j-- > 0 && j + 12 > k && !ends_part(t[j]);) {
    if (t[j].kind != NK::date || j == 0 || !is_w(t[j - 1], on)) continue;
    if (j == 1 || ends_part(t[j - 2]))  // ("On <date>, the Committee certified")
      told.push_back(Date{date::days{t[j].days}});
    break;
  }
  for (std::size_t j = k; j-- > 0 && j + 7 > k && t[j].kind == NK::word;) {
    if (is_w(t[j], vest) || is_w(t[j], vests) || is_w(t[j], vested) || is_w(t[j], vesting)) break;
    if (!is_w(t[j], upon)) continue;
    if (j >= 3 && t[j - 1].kind == NK::date && is_w(t[j - 2], on) && is_w(t[j - 3], earned))
      told.push_back(Date{date::days{t[j - 1].days}});
    break;
  }
  return told;
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
    for (const Date d : dates_told_with(t, k)) {
      if (told && *told != d) return;  // (two certifications, or one told with two dates: which one?)
      told = d;
    }
  }
  if (told && *told <= *ctx.grant) ctx.certified_on = told;
}

}  // namespace vest::rules
