// Every rule family's examples, as one parameterised test (Duckling's corpus
// idea): each must give exactly the expected kind and tranches, and negative
// examples must give their expected non-schedule kind.
#include "check.hpp"
#include "rules/grammar.hpp"

#include <gtest/gtest.h>

#include <set>
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

// Item::tag is a closed set: the kinds a condition is named by in the output (settle_unscheduled.cpp) keep their
// strings, every tag has a name of its own, and none reads as a quoted date's name ("named ...", Item::name) or as a
// warning ("assumed ...", Item::assumption), which have fields of their own.
TEST(ItemTags, AreAClosedSetApartFromNamesAndProse) {
  EXPECT_EQ(to_string(Tag::none), "");
  EXPECT_EQ(to_string(Tag::condition), "condition");
  EXPECT_EQ(to_string(Tag::continued_service), "continued_service");
  EXPECT_EQ(to_string(Tag::performance), "performance");
  EXPECT_EQ(to_string(Tag::acceleration_change_in_control), "acceleration_change_in_control");
  EXPECT_EQ(to_string(Tag::acceleration_death_disability), "acceleration_death_disability");
  EXPECT_EQ(to_string(Tag::acceleration_retirement), "acceleration_retirement");
  EXPECT_EQ(to_string(Tag::acceleration_termination), "acceleration_termination");
  EXPECT_EQ(to_string(Tag::earlier_of), "earlier_of");
  EXPECT_EQ(to_string(Tag::later_of), "later_of");
  EXPECT_EQ(to_string(Tag::restated_ambiguous), "restated, ambiguous");
  std::set<std::string_view> seen;
  for (int t = 1; t <= static_cast<int>(Tag::restated_ambiguous); ++t) {
    const std::string_view name = to_string(static_cast<Tag>(t));
    EXPECT_FALSE(name.empty()) << t;
    EXPECT_TRUE(seen.insert(name).second) << name;
    EXPECT_FALSE(name.starts_with("named ") || name.starts_with("assumed ")) << name;
  }
  Item it;
  EXPECT_TRUE(it.bare());
  it.name = "named cliff date";
  EXPECT_FALSE(it.bare());
  EXPECT_EQ(it.tag, Tag::none);
}

}  // namespace
}  // namespace vest::rules
