// Golden tests: the dev corpus (../shared/corpus/footnotes-dev.jsonl, read at
// test time) must be exact with zero wrong, and the seed footnotes give the
// schedules in the engine issue.
#include "check.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

namespace vest::rules {
namespace {

using testing::Expected;

std::vector<nlohmann::json> corpus() { return testing::read_jsonl(std::string(VEST_SHARED_DIR) + "/corpus/footnotes-dev.jsonl"); }

TEST(Corpus, DevCorpusIsExactWithZeroWrong) {
  const auto rows = corpus();
  ASSERT_EQ(rows.size(), 48u) << "corpus not found under " << VEST_SHARED_DIR;
  std::map<std::string, std::map<std::string, int>> stats;
  for (const auto& r : rows) {
    const GrantContext c = testing::context_of(r);
    const Expected exp = testing::expected_of(r);
    const auto got = interpret(r["text"].get<std::string>(), c);
    const std::string problem = testing::check(got, exp);
    stats[exp.kind][problem.empty() ? "exact" : got.kind == Kind::unrecognized ? "unrecognized" : "wrong"]++;
    EXPECT_EQ(problem, "") << r["id"] << ": " << r["text"];
  }
  for (const auto& [kind, s] : stats)
    std::cout << kind << ": exact " << s.at("exact") << " unrecognized " << (s.count("unrecognized") ? s.at("unrecognized") : 0)
              << " wrong " << (s.count("wrong") ? s.at("wrong") : 0) << '\n';
}

Interpretation run(const std::string& text, const char* grant, const char* shares, bool option = false) {
  GrantContext c;
  c.grant_date = parse_iso_date(grant);
  c.shares = Amount::parse(shares);
  c.is_option = option;
  return interpret(text, c);
}

TEST(Seeds, RestrictedSharesHalfAndHalf) {
  const auto got = run(
      "These are restricted shares of Common Stock that vest, subject to the continued employment of the Reporting Person "
      "on the vesting dates, as follows: 50% of such shares will vest on August 15, 2013, and the remaining 50% of such "
      "shares will vest on February 15, 2014.",
      "2013-02-15", "58824");
  EXPECT_EQ(testing::check(got, {"time_based", {{"2013-08-15", "29412"}, {"2014-02-15", "29412"}}, "", false}), "");
  ASSERT_EQ(got.conditions.size(), 1u);
  EXPECT_EQ(got.conditions[0].kind, "continued_service");
}

TEST(Seeds, CliffThenSemiAnnualThroughFourthAnniversary) {
  const auto got = run(
      "These are restricted shares of Common Stock that vest, subject to the continued employment of the Reporting Person "
      "on the vesting dates, as follows: 25% will vest on the first anniversary of the grant date and the remaining 75% of "
      "such shares will vest in six equal increments semi-annually thereafter through the fourth anniversary of the grant "
      "date.",
      "2013-02-15", "150000");
  EXPECT_EQ(testing::check(got, {"time_based",
                                 {{"2014-02-15", "37500"},
                                  {"2014-08-15", "18750"},
                                  {"2015-02-15", "18750"},
                                  {"2015-08-15", "18750"},
                                  {"2016-02-15", "18750"},
                                  {"2016-08-15", "18750"},
                                  {"2017-02-15", "18750"}},
                                 "",
                                 false}),
            "");
}

TEST(Seeds, ThroughDateThatDisagreesIsAnError) {
  const auto got = run(
      "25% will vest on the first anniversary of the grant date and the remaining 75% of such shares will vest in six equal "
      "increments semi-annually thereafter through the fifth anniversary of the grant date.",
      "2013-02-15", "150000");
  EXPECT_EQ(got.kind, Kind::unrecognized);
  EXPECT_FALSE(got.schedule);
  bool quoted = false;
  for (const auto& d : got.diagnostics) quoted |= d.code == "cross_check_failed" && d.message.find("2017-02-15") != std::string::npos &&
                                                  d.message.find("fifth anniversary") != std::string::npos;
  EXPECT_TRUE(quoted);
}

TEST(Seeds, OptionCliffThenMonthly) {
  const auto got = run(
      "25% of the shares underlying this option vests on December 16, 2014. The remaining 75% of the shares underlying this "
      "option will then vest in equal monthly increments for the following 36 months through December 16, 2017.",
      "2013-12-16", "200000", true);
  ASSERT_TRUE(got.schedule);
  const auto t = got.schedule->tranches();
  ASSERT_EQ(t.size(), 37u);
  EXPECT_EQ(to_iso(t[0].date), "2014-12-16");
  EXPECT_EQ(t[0].shares, Amount(50000));
  EXPECT_EQ(to_iso(t[1].date), "2015-01-16");
  EXPECT_EQ(t[1].shares, Amount(4166));
  EXPECT_EQ(t[2].shares, Amount(4167));
  EXPECT_EQ(t[3].shares, Amount(4167));
  EXPECT_EQ(t[4].shares, Amount(4166));
  EXPECT_EQ(to_iso(t[36].date), "2017-12-16");
  EXPECT_EQ(got.schedule->dated_total(), Amount(200000));
}

TEST(Seeds, TaxPaymentIsNotVesting) {
  const auto got = run("PAYMENT OF TAX LIABILITY BY DELIVERING SECURITIES TO THE COMPANY INCIDENT TO THE VESTING OF A SECURITY.",
                       "2013-02-15", "17326");
  EXPECT_EQ(got.kind, Kind::not_vesting);
  EXPECT_FALSE(got.schedule);
}

TEST(Provenance, SpansAreInOriginalCharacters) {
  // Curly quotes are three bytes in UTF-8 but one character.
  const std::string text = "\xE2\x80\x9CRSUs\xE2\x80\x9D   vest on   March 1, 2025.";
  const auto got = run(text, "2024-03-01", "10");
  ASSERT_TRUE(got.schedule);
  bool found = false;
  for (const auto& s : got.explain)
    if (s.text == "March 1, 2025") {
      found = true;
      EXPECT_EQ(s.span.begin, 19u);
      EXPECT_EQ(s.span.end, 32u);
    }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace vest::rules
