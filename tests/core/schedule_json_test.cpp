// engine/core/schedule_json.hpp: the JSON views every command prints.
#include "engine/core/schedule_json.hpp"

#include "engine/core/events.hpp"
#include "tests/core/test_support.hpp"

#include <gtest/gtest.h>

namespace vest {
namespace {

using testing::A;
using testing::D;
using testing::must;

TEST(JsonAmount, WholeSharesAreJsonIntegers) {
  const auto j = json_amount(A("58,824"));
  EXPECT_TRUE(j.is_number_integer());
  EXPECT_EQ(j.dump(), "58824");
  EXPECT_EQ(json_amount(Amount(0)).dump(), "0");
  EXPECT_EQ(json_amount(Amount(-5)).dump(), "-5");
}

TEST(JsonAmount, FourDecimalSharesAreJsonNumbersThatPrintBackExactly) {
  EXPECT_EQ(json_amount(A("47.5")).dump(), "47.5");
  EXPECT_EQ(json_amount(A("1,234.5678")).dump(), "1234.5678");
  EXPECT_EQ(json_amount(A("0.1")).dump(), "0.1");
  EXPECT_EQ(json_amount(A("99999999999.9999")).dump(), "99999999999.9999") << "15 significant digits";
  EXPECT_TRUE(json_amount(A("47.5")).is_number_float());
}

TEST(JsonAmount, ValuesADoubleCannotCarryAreExactStrings) {
  EXPECT_EQ(json_amount(Amount(10, 3)), nlohmann::json("10/3"));
  EXPECT_EQ(json_amount(A("123456789012.3456")), nlohmann::json("123456789012.3456")) << "16 significant digits";
  const Amount huge = A("100,000,000,000,000,000,000");
  EXPECT_EQ(json_amount(huge), nlohmann::json("100000000000000000000"));
}

TEST(TranchesJson, SeedGrant58824) {
  const auto j = tranches_json(must(build_schedule(testing::seed_58824_spec())));
  EXPECT_EQ(j.dump(), R"([{"date":"2013-08-15","shares":29412},{"date":"2014-02-15","shares":29412}])");
}

TEST(TranchesJson, ShowsVestsOnOnlyWhenItDiffersAndForfeitedOn) {
  ScheduleSpec spec;
  spec.total_shares = Amount(300);
  spec.grant_date = D("2023-02-15");
  spec.catch_up_before_grant = true;
  spec.segments = {testing::installments(D("2023-01-01"), Period::months(1), 3)};
  const Schedule s = must(apply_events(must(build_schedule(spec)), {Termination{D("2023-03-15")}}));
  EXPECT_EQ(tranches_json(s).dump(),
            R"([{"date":"2023-02-01","shares":100,"vests_on":"2023-02-15"},)"
            R"({"date":"2023-03-01","shares":100},)"
            R"({"date":"2023-04-01","forfeited_on":"2023-03-15","shares":100}])");
}

TEST(ProjectionJson, SeedOptionAsOf20150630) {
  const auto j = projection_json(project(must(build_schedule(testing::seed_option_spec())), D("2015-06-30")));
  EXPECT_EQ(j.dump(), R"({"contingent":0,"date":"2015-06-30","exercisable":75000,"expired":false,"forfeited":0,)"
                      R"("next_vest":{"date":"2015-07-16","shares":4166},"unvested":125000,"vested":75000})");
}

TEST(ProjectionJson, NoNextVestAfterTheLastTranche) {
  const auto j = projection_json(project(must(build_schedule(testing::seed_option_spec())), D("2023-12-17")));
  EXPECT_FALSE(j.contains("next_vest"));
  EXPECT_EQ(j["expired"], true);
  EXPECT_EQ(j["exercisable"], 0);
  EXPECT_EQ(j["vested"], 200000);
}

TEST(DiagnosticJson, CarriesCodeMessageAndWhere) {
  Diagnostic d = Diagnostic::error("invalid_date", "no such day: 2023-02-30");
  EXPECT_EQ(diagnostic_json(d).dump(), R"({"code":"invalid_date","message":"no such day: 2023-02-30"})");
  d.where.file = "form4.xml";
  d.where.line = 12;
  d.where.column = 3;
  d.where.field = "F1";
  d.where.span = Span{5, 15};
  EXPECT_EQ(diagnostic_json(d).dump(),
            R"({"code":"invalid_date","column":3,"field":"F1","file":"form4.xml","line":12,)"
            R"("message":"no such day: 2023-02-30","span":[5,15]})");
}

}  // namespace
}  // namespace vest
