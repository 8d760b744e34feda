// read_stated_dates: reads every definition item ("the grant date of the RSUs was X",
// "the vesting commencement date, which is X", "X (the "Grant Date")"), wherever it is
// nested; guarantees s.grant / s.vcd hold the footnote's own dates (the last stated grant date wins;
// two different vesting commencement / event dates are a cross_check_failed error).
#include <map>
#include <string_view>

#include "rules/passes.hpp"

namespace vest::rules {

namespace {

// The anchor stated again: a different date is a disagreement, not "the last one wins".
void state_vcd(PassState& s, Date d, const Item& it) {
  if (s.vcd && *s.vcd != d && !s.failed)
    s.error("cross_check_failed", "the footnote states two vesting commencement (start, hire, appointment, effective or "
                                  "closing) dates, " + to_iso(*s.vcd) + " and " + to_iso(d) + " (\"" + s.quote(it) + "\")",
            it.b, it.e);
  s.vcd = d;
  // "the vesting commencement date (D)", '(the "Vesting Start Date")' name it for vesting; "the Reporting Person's
  // date of hire (D)", "commencement of employment on D", '(the "Closing Date")' name an event.
  s.vcd_named_vesting |= std::string_view(s.norm.text).substr(it.b, it.e - it.b).find("vest") != std::string_view::npos;
}

// The footnote's grant date stands for the grant in what it says; said aloud when the input's (the
// transaction date) differs, so a reader sees which one dates "the first anniversary of the grant date".
void state_grant(PassState& s, Date d, const Item& it) {
  // ("the third anniversary of the date of grant, which is April 1, 2026" with the grant reported on April 3, 2023:
  // the date restates the anniversary, or the sentence misdates the grant — either way not a grant date to count from.)
  if (s.gc.grant_date && d > *s.gc.grant_date && !s.failed)
    s.error("cross_check_failed", "the footnote's grant date " + to_iso(d) + " (\"" + s.quote(it) +
                                      "\") is after the grant reported, " + to_iso(*s.gc.grant_date) + ": not read",
            it.b, it.e);
  if (s.grant && *s.grant != d && !s.grant_from_text)
    s.warning("grant_date_from_footnote", "the footnote's grant date " + to_iso(d) + " (\"" + s.quote(it) +
                                              "\") is used, not the input's " + to_iso(*s.grant),
              it.b, it.e);
  s.grant = d;
  s.grant_from_text = true;
}

bool same_when(const When& a, const When& b) {
  return a.ref == b.ref && a.date == b.date && a.months == b.months && a.days == b.days && a.fixed_day == b.fixed_day &&
         a.name == b.name && a.base == b.base;
}

// '<when> (the "Cliff Date")' said twice of two different dates: every use of the name may mean either, whichever the
// nearest one is (family_restated_dates.cpp), so the footnote is refused naming both.
void check_named_dates(PassState& s) {
  std::map<std::string_view, const Item*> first;
  for (const Item& it : s.pool) {
    if (it.type != IT::when || it.name.empty()) continue;
    const auto [at, fresh] = first.emplace(it.name, &it);
    if (fresh || same_when(at->second->when, it.when) || s.failed) continue;
    s.error("cross_check_failed", "the footnote gives one name two different dates (\"" + s.quote(*at->second) +
                                      "\" and \"" + s.quote(it) + "\")",
            it.b, it.e);
    return;
  }
}

}  // namespace

void read_stated_dates(PassState& s) {
  // ("the first anniversary of the vesting commencement date, which is May 20, 2024" defines it inside the anniversary.)
  for (const Item& it : s.pool) {
    if (it.type == IT::definition) {
      if (it.tag == Tag::grant && it.when.ref == When::Ref::absolute) {
        state_grant(s, it.when.date, it);
      } else if (it.tag == Tag::vcd && it.when.ref == When::Ref::absolute) {
        state_vcd(s, it.when.date, it);
      }
    } else if (it.type == IT::when && !it.bare() && it.when.ref == When::Ref::absolute) {
      if (it.tag == Tag::grant) {
        state_grant(s, it.when.date, it);
      } else if (it.tag == Tag::vcd) {
        state_vcd(s, it.when.date, it);
      }
    }
  }
  check_named_dates(s);
  // Months counted from a name given to "N months after the grant date" were checked against the input's grant date
  // (family_restated_dates.cpp); a grant date the footnote states otherwise was not.
  if (s.ctx.months_from_named_grant_offset && s.grant && s.ctx.grant && *s.grant != *s.ctx.grant)
    s.error("cross_check_failed", "months are counted from a date named as months after the grant date " + to_iso(*s.grant) +
                                      ", which was checked against " + to_iso(*s.ctx.grant) + " only: not read",
            0, static_cast<std::uint32_t>(s.norm.text.size()));
}

}  // namespace vest::rules
