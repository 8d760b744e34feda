// Property tests over generated terms: every allocation type × every
// VestingDayOfMonth value × month-end and leap-day starts × with and without a
// cliff × occurrences 1..60 × quantities 1, 7, 13, 10^9 and 47.5. For each:
// tranches sum exactly to the quantity, every date is anchored on the vesting
// start (computed here from the fields, never from the previous date), each
// allocation type's defining property holds (a naive reference below), and
// CompiledTerms gives exactly evaluate_terms' table.
#include "engine/ocf/compiled_terms.hpp"

#include "tests/ocf/test_terms.hpp"

#include <nlohmann/json.hpp>

namespace vest::ocf {
namespace {

using nlohmann::json;

const char* kAllocations[] = {"CUMULATIVE_ROUNDING", "CUMULATIVE_ROUND_DOWN", "FRONT_LOADED", "BACK_LOADED",
                              "FRONT_LOADED_TO_SINGLE_TRANCHE", "BACK_LOADED_TO_SINGLE_TRANCHE", "FRACTIONAL"};

// Monthly terms: optional cliff of `cliff` months paying cliff/n, then 1/n a month.
json monthly_terms(const std::string& allocation, const std::string& dom, int n, int cliff) {
  json conds = json::array();
  conds.push_back({{"id", "start"}, {"quantity", "0"}, {"trigger", {{"type", "VESTING_START_DATE"}}},
                   {"next_condition_ids", {cliff ? "cliff" : "monthly"}}});
  if (cliff)
    conds.push_back({{"id", "cliff"},
                     {"portion", {{"numerator", std::to_string(cliff)}, {"denominator", std::to_string(n)}}},
                     {"trigger", {{"type", "VESTING_SCHEDULE_RELATIVE"},
                                  {"period", {{"length", cliff}, {"type", "MONTHS"}, {"occurrences", 1}, {"day_of_month", dom}}},
                                  {"relative_to_condition_id", "start"}}},
                     {"next_condition_ids", json::array({"monthly"})}});
  if (n > cliff)
    conds.push_back({{"id", "monthly"},
                     {"portion", {{"numerator", "1"}, {"denominator", std::to_string(n)}}},
                     {"trigger", {{"type", "VESTING_SCHEDULE_RELATIVE"},
                                  {"period", {{"length", 1}, {"type", "MONTHS"}, {"occurrences", n - cliff}, {"day_of_month", dom}}},
                                  {"relative_to_condition_id", cliff ? "cliff" : "start"}}},
                     {"next_condition_ids", json::array()}});
  else conds[1]["next_condition_ids"] = json::array();
  return {{"id", "generated"}, {"object_type", "VESTING_TERMS"}, {"name", "generated"}, {"description", "generated"},
          {"allocation_type", allocation}, {"vesting_conditions", conds}};
}

// Month m after the start, day by the rule, written from the fields.
Date expected_date(Date start, int m, unsigned dom) {
  const date::year_month_day ymd{start};
  const int months = static_cast<int>(unsigned(ymd.month())) - 1 + m;
  const date::year_month ym{ymd.year() + date::years{months / 12}, date::month{unsigned(months % 12 + 1)}};
  const unsigned last = unsigned((ym / date::last).day());
  const unsigned want = dom == 0 ? unsigned(ymd.day()) : dom;
  return date::sys_days{ym / date::day{std::min(want, last)}};
}

// The naive allocation of N (whole) over tranches that are w_k equal parts of n
// (a cliff tranche is `cliff` parts): each policy's definition.
std::vector<std::int64_t> reference(const std::string& policy, std::int64_t total, const std::vector<int>& w, int n) {
  std::vector<std::int64_t> out;
  __extension__ typedef __int128 i128;
  if (policy == "CUMULATIVE_ROUNDING" || policy == "CUMULATIVE_ROUND_DOWN") {
    std::int64_t c = 0, prev = 0;
    for (std::size_t k = 0; k < w.size(); ++k) {
      c += w[k];
      const i128 num = static_cast<i128>(total) * c;
      const auto cum = static_cast<std::int64_t>(policy == "CUMULATIVE_ROUNDING" ? (2 * num + n) / (2 * n) : num / n);
      out.push_back(cum - prev);
      prev = cum;
    }
    return out;
  }
  std::int64_t floored = 0;
  for (int wk : w) {
    out.push_back(static_cast<std::int64_t>(static_cast<i128>(total) * wk / n));
    floored += out.back();
  }
  std::int64_t left = total - floored;
  const bool front = policy.rfind("FRONT", 0) == 0;
  if (policy.find("SINGLE") != std::string::npos) {
    out[front ? 0 : out.size() - 1] += left;
    return out;
  }
  for (std::size_t i = 0; left > 0; ++i, --left) out[front ? i : out.size() - 1 - i] += 1;
  return out;
}

TEST(OcfProperties, GeneratedTermsSumAnchorAllocateAndCompileExactly) {
  const std::vector<std::string> doms = [] {
    std::vector<std::string> v{"VESTING_START_DAY_OR_LAST_DAY_OF_MONTH"};
    for (unsigned d = 1; d <= 31; ++d) v.push_back(to_ocf_string(OcfDayOfMonth{d}));
    return v;
  }();
  const Date starts[] = {testing::day("2024-01-31"), testing::day("2024-02-29"), testing::day("2023-08-30"),
                         testing::day("2021-06-15")};
  const Amount quantities[] = {Amount(1), Amount(7), Amount(13), Amount(1000000000), Amount(95, 2)};
  std::vector<TrancheRow> rows;
  int cases = 0;
  for (const char* allocation : kAllocations)
    for (std::size_t di = 0; di < doms.size(); ++di)
      for (Date start : starts)
        for (int n = 1; n <= 60; ++n) {
          // Rotate the quantity and the cliff through the occurrences so that each
          // (allocation, day, start) meets every quantity and both cliff shapes.
          const Amount& quantity = quantities[(n + di) % 5];
          const int cliff = (n + static_cast<int>(di)) % 2 == 0 && n >= 12 ? 12 : 0;
          auto read = read_vesting_terms(monthly_terms(allocation, doms[di], n, cliff), "generated");
          ASSERT_TRUE(read) << format(read.diagnostics().at(0));
          const VestingTerms& terms = (*read)[0];
          OcfGrant g;
          g.grant_date = start;
          g.shares = quantity;
          auto s = evaluate_terms(terms, g);
          ASSERT_TRUE(s) << allocation << " " << doms[di] << " n=" << n << ": " << format(s.diagnostics().at(0));
          const std::string where = std::string(allocation) + " " + doms[di] + " start " + to_iso(start) +
                                    " n=" + std::to_string(n) + " cliff=" + std::to_string(cliff) + " N=" + quantity.to_string();
          ++cases;
          // Sum.
          ASSERT_EQ(s->dated_total(), quantity) << where;
          ASSERT_TRUE(s->contingent().empty()) << where;
          // Anchored dates and the allocation, tranche by tranche (zero tranches are dropped).
          std::vector<int> weights;
          std::vector<Date> dates;
          const unsigned dom = static_cast<unsigned>(di);  // doms[0] is the start day: 0
          if (cliff) {
            weights.push_back(cliff);
            dates.push_back(expected_date(start, cliff, dom));
          }
          for (int m = cliff + 1; m <= n; ++m) {
            weights.push_back(1);
            dates.push_back(expected_date(start, m, dom));
          }
          if (quantity.is_integer()) {
            std::int64_t whole = 0, one = 1;
            quantity.rational().small_parts(whole, one);
            const auto amounts = reference(allocation, whole, weights, n);
            std::vector<std::pair<Date, Amount>> want;
            for (std::size_t k = 0; k < amounts.size(); ++k)
              if (std::string(allocation) == "FRACTIONAL") want.push_back({dates[k], quantity * Fraction(weights[k], n)});
              else if (amounts[k] != 0) want.push_back({dates[k], Amount(amounts[k])});
            ASSERT_EQ(s->tranches().size(), want.size()) << where;
            for (std::size_t k = 0; k < want.size(); ++k) {
              ASSERT_EQ(to_iso(s->tranches()[k].date), to_iso(want[k].first)) << where << " tranche " << k;
              ASSERT_EQ(s->tranches()[k].shares, want[k].second) << where << " tranche " << k;
            }
          } else {
            for (const auto& t : s->tranches()) ASSERT_GT(t.shares, Amount(0)) << where;
          }
          // The compiled path: the same table.
          const CompiledTerms plan(terms);
          const Diagnostics d = plan.tranches(g, rows);
          ASSERT_FALSE(has_errors(d)) << where;
          std::vector<TrancheRow> generic;
          tranche_rows(*s, generic);
          ASSERT_EQ(rows, generic) << where;
        }
  EXPECT_EQ(cases, 7 * 32 * 4 * 60);
}

TEST(CompiledTerms, TheFourYearCliffTermsTakeTheFastPath) {
  const CompiledTerms plan(testing::sample_terms("VestingTerms.ocf.json", "4yr-1yr-cliff-schedule"));
  EXPECT_TRUE(plan.fast());
  std::vector<TrancheRow> rows;
  EXPECT_TRUE(plan.tranches(testing::grant_of("2021-01-30", 4800), rows).empty());
  ASSERT_EQ(rows.size(), 37u);
  EXPECT_EQ(rows[0].shares, Amount(1200));
  EXPECT_EQ(to_iso(rows[1].date), "2022-02-28");
  EXPECT_EQ(rows[1].shares, Amount(100));
}

TEST(CompiledTerms, EventTermsTakeTheEvaluator) {
  const CompiledTerms plan(testing::sample_terms("VestingTerms.ocf.json", "multi-tranche-event-based"));
  EXPECT_FALSE(plan.fast());
  std::vector<TrancheRow> rows;
  EXPECT_FALSE(has_errors(plan.tranches(
      testing::grant_of("2020-01-01", 1000, {{"100k-sale-1", testing::day("2021-03-15")}}), rows)));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].shares, Amount(200));
}

}  // namespace
}  // namespace vest::ocf

namespace vest::ocf {
namespace {

// The walker is the fast path's date arithmetic: it must give add_months'
// dates exactly, for every policy, from month-end and leap-day anchors.
TEST(MonthWalker, GivesAddMonthsDatesForEveryPolicy) {
  const DayOfMonthPolicy policies[] = {DayOfMonthPolicy::vesting_start_day(), DayOfMonthPolicy::last_day_of_month(),
                                       DayOfMonthPolicy::first_day_of_month(),
                                       DayOfMonthPolicy::vesting_start_day_minus_one(), DayOfMonthPolicy::fixed_day(1),
                                       DayOfMonthPolicy::fixed_day(28), DayOfMonthPolicy::fixed_day(29),
                                       DayOfMonthPolicy::fixed_day(30), DayOfMonthPolicy::fixed_day(31)};
  int checked = 0;
  for (Date anchor = Date{date::year{1999} / 12 / 1}; anchor <= Date{date::year{2001} / 3 / 31}; anchor += date::days{1})
    for (const auto policy : policies) {
      MonthWalker walker(anchor, policy);
      for (int m = 0; m <= 120; m += 1 + m % 3) {
        ASSERT_EQ(walker.at(m), add_months(anchor, m, policy)) << to_iso(anchor) << " + " << m << " months, policy "
                                                             << to_string(policy);
        ++checked;
      }
    }
  for (const Date anchor : {Date{date::year{2024} / 2 / 29}, Date{date::year{2199} / 1 / 31}, Date{date::year{1900} / 2 / 28}})
    for (const auto policy : policies) {
      MonthWalker walker(anchor, policy);
      for (int m = 0; m <= 600; ++m) ASSERT_EQ(walker.at(m), add_months(anchor, m, policy)) << to_iso(anchor) << " + " << m;
    }
  EXPECT_GT(checked, 100000);
}

}  // namespace
}  // namespace vest::ocf
