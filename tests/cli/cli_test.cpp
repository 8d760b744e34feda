#include "run_command.hpp"

#include <gtest/gtest.h>
#include <algorithm>
#include <sstream>
#include <nlohmann/json.hpp>

using vest::testing::run_vest;

namespace {

const std::string kSeedOption =
    "schedule --grant-date 2013-12-16 --shares 200000 --lump 2014-12-16:25% --start 2014-12-16 "
    "--installments 36 --period 1m --exercise-price 2.91 --expiration 2023-12-16";

TEST(VestSchedule, SeedOptionAsJsonHasTheGoldenTranches) {
  const auto r = run_vest(kSeedOption + " --as-of 2015-06-30 --format json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  const auto& t = j["tranches"];
  ASSERT_EQ(t.size(), 37u);
  EXPECT_EQ(t[0]["date"], "2014-12-16");
  EXPECT_EQ(t[0]["shares"], 50000);
  const int expected_monthly[] = {4166, 4167, 4167, 4166};
  for (int i = 0; i < 4; ++i) EXPECT_EQ(t[i + 1]["shares"], expected_monthly[i]) << "tranche " << i + 1;
  EXPECT_EQ(t[36]["date"], "2017-12-16");
  long sum = 0;
  for (const auto& x : t) sum += x["shares"].get<long>();
  EXPECT_EQ(sum, 200000);
  EXPECT_EQ(j["as_of"]["vested"], 75000);
  EXPECT_EQ(j["as_of"]["exercisable"], 75000);
  EXPECT_EQ(j["as_of"]["unvested"], 125000);
}

TEST(VestSchedule, OptionExpiresTheDayAfterItsExpirationDate) {
  auto on = nlohmann::json::parse(run_vest(kSeedOption + " --as-of 2023-12-16 --format json").out);
  auto after = nlohmann::json::parse(run_vest(kSeedOption + " --as-of 2023-12-17 --format json").out);
  EXPECT_EQ(on["as_of"]["exercisable"], 200000);
  EXPECT_EQ(on["as_of"]["expired"], false);
  EXPECT_EQ(after["as_of"]["exercisable"], 0);
  EXPECT_EQ(after["as_of"]["vested"], 200000);
  EXPECT_EQ(after["as_of"]["expired"], true);
}

TEST(VestSchedule, TableShowsEveryTrancheAndTheProjection) {
  const auto r = run_vest(kSeedOption + " --as-of 2015-06-30");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("2015-01-16"), std::string::npos);
  EXPECT_NE(r.out.find("4,166"), std::string::npos);
  EXPECT_NE(r.out.find("As of 2015-06-30: vested 75,000"), std::string::npos) << r.out;
}

TEST(VestSchedule, CsvHasOneRowPerTranche) {
  const auto r = run_vest(kSeedOption + " --format csv");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 38);
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "date,vests_on,shares,cumulative,percent");
}

TEST(VestSchedule, FractionalGrantStaysExact) {
  const auto r = run_vest("schedule --grant-date 2023-06-30 --shares 47.5 --lump 2023-11-10 --format json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["tranches"][0]["shares"].dump(), "47.5");
}

TEST(VestSchedule, InvalidDateIsAnErrorOnStderrWithNothingOnStdout) {
  const auto r = run_vest("schedule --grant-date 2023-02-30 --shares 100 --lump 2024-01-01");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find("2023-02-30"), std::string::npos) << r.err;
}

TEST(VestSchedule, PortionsThatDoNotCoverTheGrantAreRejectedQuotingTheSum) {
  const auto r = run_vest("schedule --grant-date 2023-01-01 --shares 100 --lump 2024-01-01:25% --lump 2025-01-01:50%");
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(r.err.find("3/4"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("portions_do_not_cover_grant"), std::string::npos) << r.err;
}

TEST(VestSchedule, TerminationForfeitsLaterTranchesAndClosesTheWindow) {
  const auto r = run_vest(kSeedOption + " --terminate 2015-06-16 --window 3m --as-of 2015-09-16 --format json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["as_of"]["vested"], 75000);
  EXPECT_EQ(j["as_of"]["forfeited"], 125000);
  EXPECT_EQ(j["as_of"]["exercisable"], 75000);  // 2015-09-16 is the window's last day
  const auto closed = nlohmann::json::parse(
      run_vest(kSeedOption + " --terminate 2015-06-16 --window 3m --as-of 2015-09-17 --format json").out);
  EXPECT_EQ(closed["as_of"]["exercisable"], 0);
}

TEST(VestSchedule, HelpPrintsUsageAndSucceeds) {
  const auto r = run_vest("schedule --help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("--grant-date"), std::string::npos);
}

TEST(Vest, UnknownCommandIsAUsageError) {
  const auto r = run_vest("frobnicate");
  EXPECT_EQ(r.status, 2);
  EXPECT_TRUE(r.out.empty());
}

// Issue 9 section 5: a footnote that calls the grant an option, or an
// expiration date, makes it an option without --option (with a warning).
const std::string kSeedFootnote =
    "25% of the shares underlying this option vests on December 16, 2014. The remaining 75% of the shares "
    "underlying this option will then vest in equal monthly increments for the following 36 months through "
    "December 16, 2017.";

std::string parse_seed(const std::string& extra) {
  return "parse --text \"" + kSeedFootnote + "\" --grant-date 2013-12-16 --shares 200000 " + extra;
}

TEST(VestParse, OptionFootnoteWithExpirationIsExercisableWithoutTheFlag) {
  const auto r = run_vest(parse_seed("--expiration 2023-12-16 --as-of 2015-06-30 --format json"));
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["as_of"]["exercisable"], 75000);
  EXPECT_EQ(j["as_of"]["vested"], 75000);
  ASSERT_FALSE(j["warnings"].empty());
  EXPECT_EQ(j["warnings"][0]["code"], "option_inferred");
}

TEST(VestParse, InferredOptionExpiresAfterItsExpirationDate) {
  const auto j = nlohmann::json::parse(run_vest(parse_seed("--expiration 2023-12-16 --as-of 2023-12-17 --format json")).out);
  EXPECT_EQ(j["as_of"]["exercisable"], 0);
  EXPECT_EQ(j["as_of"]["expired"], true);
}

TEST(VestParse, TheFootnoteAloneMakesItAnOption) {
  const auto j = nlohmann::json::parse(run_vest(parse_seed("--as-of 2015-06-30 --format json")).out);
  EXPECT_EQ(j["as_of"]["exercisable"], 75000);
  ASSERT_FALSE(j["warnings"].empty());
  EXPECT_NE(j["warnings"][0]["message"].get<std::string>().find("this option vests"), std::string::npos);
}

TEST(VestParse, NoOptionOverridesTheWords) {
  const auto j = nlohmann::json::parse(run_vest(parse_seed("--no-option --expiration 2023-12-16 --as-of 2015-06-30 --format json")).out);
  EXPECT_EQ(j["as_of"]["exercisable"], 0);
  EXPECT_EQ(j["as_of"]["vested"], 75000);
  EXPECT_TRUE(j["warnings"].empty());
}

TEST(VestParse, ChoiceWordingIsNotAnOption) {
  const auto r = run_vest(
      "parse --text \"The RSUs vest in four equal annual installments beginning on the first anniversary of the grant "
      "date and will be settled in cash or shares at the Company's option.\" --grant-date 2020-03-01 --shares 400 "
      "--as-of 2022-03-01 --format json");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["as_of"]["vested"], 200);
  EXPECT_EQ(j["as_of"]["exercisable"], 0);
  for (const auto& w : j["warnings"]) EXPECT_NE(w["code"], "option_inferred");
}

TEST(VestParse, BatchInfersOptionsAndProjectsEachLine) {
  const std::string line = nlohmann::json{{"id", "seed"}, {"text", kSeedFootnote}, {"grant_date", "2013-12-16"},
                                          {"shares", 200000}, {"expiration", "2023-12-16"}}
                               .dump();
  const std::string after = nlohmann::json{{"id", "late"}, {"text", kSeedFootnote}, {"grant_date", "2013-12-16"},
                                           {"shares", 200000}, {"expiration", "2023-12-16"}, {"as_of", "2023-12-17"}}
                                .dump();
  const auto r = run_vest("parse --jsonl - --as-of 2015-06-30", line + "\n" + after + "\n");
  ASSERT_EQ(r.status, 0) << r.err;
  std::istringstream lines(r.out);
  std::string first, second;
  std::getline(lines, first);
  std::getline(lines, second);
  const auto a = nlohmann::json::parse(first), b = nlohmann::json::parse(second);
  EXPECT_EQ(a["as_of"]["exercisable"], 75000);
  EXPECT_EQ(b["as_of"]["exercisable"], 0);
  EXPECT_EQ(b["as_of"]["expired"], true);
}

}  // namespace
