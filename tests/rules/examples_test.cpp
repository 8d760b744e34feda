// Every rule family's examples, as one parameterised test (Duckling's corpus
// idea): each must give exactly the expected kind and tranches, and negative
// examples must give their expected non-schedule kind.
#include "check.hpp"
#include "rules/grammar.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace vest::rules {
namespace {

struct Case {
  std::string family;
  std::size_t index;
  Example example;
};

std::vector<Case> all_examples() {
  std::vector<Case> out;
  for (const auto& f : families())
    for (std::size_t i = 0; i < f.examples.size(); ++i) out.push_back({f.name, i, f.examples[i]});
  return out;
}

class RuleExamples : public ::testing::TestWithParam<Case> {};

TEST_P(RuleExamples, GiveExactlyTheExpectedSchedule) {
  const Example& ex = GetParam().example;
  GrantContext c;
  if (!ex.grant_date.empty()) c.grant_date = parse_iso_date(ex.grant_date);
  if (!ex.shares.empty()) c.shares = Amount::parse(ex.shares);
  testing::Expected exp;
  exp.kind = ex.kind;
  exp.error = ex.error;
  exp.exercisable_immediately = ex.exercisable_immediately;
  std::istringstream in(ex.tranches);
  for (std::string item; in >> item;) {
    const auto eq = item.find('=');
    ASSERT_NE(eq, std::string::npos) << "bad expected tranche " << item;
    exp.tranches.emplace_back(item.substr(0, eq), item.substr(eq + 1));
  }
  const Interpretation got = interpret(ex.text, c);
  EXPECT_EQ(testing::check(got, exp), "") << ex.text;
}

INSTANTIATE_TEST_SUITE_P(Families, RuleExamples, ::testing::ValuesIn(all_examples()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return info.param.family + "_" + std::to_string(info.param.index);
                         });

TEST(RuleExamples, EveryFamilyHasExamples) {
  for (const auto& f : families()) EXPECT_GE(f.examples.size(), 5u) << f.name;
}

}  // namespace
}  // namespace vest::rules
