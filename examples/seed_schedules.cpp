// The three grants vest was born from (Sonus Networks Form 4s of 2013), built
// from parameters with the engine API and projected as of 2015-06-30.
// Run: build/example_seed_schedules
#include "engine/core/projection.hpp"
#include "engine/core/schedule.hpp"

#include <iostream>

using namespace vest;

namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

void show(const char* title, const ScheduleSpec& spec, std::initializer_list<const char*> as_of) {
  std::cout << title << '\n';
  const auto schedule = build_schedule(spec);
  if (!schedule) {
    for (const auto& d : schedule.diagnostics()) std::cout << "  " << format(d) << '\n';
    return;
  }
  for (const auto& t : schedule->tranches()) std::cout << "  " << to_iso(t.date) << "  " << t.shares.to_string() << '\n';
  for (const char* d : as_of) {
    const Projection p = project(*schedule, day(d));
    std::cout << "  as of " << d << ": vested " << p.vested.to_string() << ", unvested " << p.unvested.to_string();
    if (p.is_option) std::cout << ", exercisable " << p.exercisable.to_string() << (p.expired ? " (expired)" : "");
    std::cout << '\n';
  }
  std::cout << '\n';
}

}  // namespace

int main() {
  ScheduleSpec rsa1;
  rsa1.total_shares = Amount(58824);
  rsa1.grant_date = day("2013-02-15");
  rsa1.segments = {{LumpSegment{day("2013-08-15")}, Portion::of_grant(Fraction(1, 2)), {}},
                   {LumpSegment{day("2014-02-15")}, Portion::remainder(), {}}};
  show("Restricted stock, 58,824 shares granted 2013-02-15", rsa1, {"2015-06-30"});

  ScheduleSpec rsa2;
  rsa2.total_shares = Amount(150000);
  rsa2.grant_date = day("2013-02-15");
  InstallmentSegment semiannual{day("2014-02-15"), Period::months(6), 6, 1, 0, DayOfMonthPolicy::vesting_start_day()};
  rsa2.segments = {{LumpSegment{day("2014-02-15")}, Portion::of_grant(Fraction(1, 4)), {}},
                   {semiannual, Portion::remainder(), {}}};
  show("Restricted stock, 150,000 shares granted 2013-02-15", rsa2, {"2015-06-30"});

  ScheduleSpec option;
  option.total_shares = Amount(200000);
  option.grant_date = day("2013-12-16");
  InstallmentSegment monthly{day("2014-12-16"), Period::months(1), 36, 1, 0, DayOfMonthPolicy::vesting_start_day()};
  option.segments = {{LumpSegment{day("2014-12-16")}, Portion::of_grant(Fraction(1, 4)), {}},
                     {monthly, Portion::remainder(), {}}};
  option.option = OptionTerms{Amount(291, 100), day("2023-12-16"), false, Amount(0), std::nullopt};
  show("Stock option, 200,000 shares at $2.91 granted 2013-12-16, expiring 2023-12-16", option,
       {"2015-06-30", "2023-12-16", "2023-12-17"});
}
