// Reading OCF vesting terms: the samples, and bad OCF refused with its JSON path.
#include "engine/ocf/read_terms.hpp"

#include "tests/ocf/test_terms.hpp"

#include <filesystem>

namespace vest::ocf {
namespace {

TEST(ReadTerms, EveryVestingTermsSampleReads) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::kSamples)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("VestingTerms", 0) != 0) continue;
    ++files;
    auto r = read_vesting_terms_file(entry.path().string());
    ASSERT_TRUE(r) << name << ": " << format(r.diagnostics().at(0));
    EXPECT_FALSE(r->empty()) << name;
  }
  EXPECT_EQ(files, 3);
}

TEST(ReadTerms, ReadsTheGraph) {
  const auto t = testing::sample_terms("VestingTerms.ocf.json", "4yr-1yr-cliff-schedule");
  ASSERT_EQ(t.conditions.size(), 3u);
  EXPECT_EQ(t.roots, std::vector<std::size_t>{0});
  EXPECT_EQ(t.conditions[0].next, std::vector<std::size_t>{1});
  EXPECT_EQ(t.conditions[2].trigger.relative_to, 1u);
  EXPECT_EQ(t.conditions[2].trigger.period.occurrences, 36);
  EXPECT_EQ(t.conditions[1].portion, Fraction(1, 4));
  EXPECT_EQ(t.allocation, AllocationPolicy::cumulative_rounding);
}

// A one-condition terms object with `cond` merged into a valid base, or edits at the top.
std::string with_condition(const std::string& conditions) {
  return R"({"id":"t","object_type":"VESTING_TERMS","name":"n","description":"d","allocation_type":"CUMULATIVE_ROUND_DOWN",)"
         R"("vesting_conditions":)" + conditions + "}";
}

// The first error's "field: message".
std::string first_error(const std::string& text) {
  auto r = read_vesting_terms_text(text, "terms.json");
  if (r) return "(accepted)";
  for (const auto& d : r.diagnostics())
    if (d.severity == Severity::error) return format(d);
  return "(no error)";
}

const char* kStart = R"({"id":"s","quantity":"0","trigger":{"type":"VESTING_START_DATE"},"next_condition_ids":["a"]})";

TEST(ReadTerms, UnknownTriggerTypeNamesItsPath) {
  const auto e = first_error(with_condition(std::string("[") + kStart +
                                            R"(,{"id":"a","portion":{"numerator":"1","denominator":"1"},"trigger":{"type":"VESTING_MAGIC"},"next_condition_ids":[]}])"));
  EXPECT_EQ(e.find("terms.json: error: $.vesting_conditions[1].trigger.type: unknown trigger type \"VESTING_MAGIC\""), 0u) << e;
}

TEST(ReadTerms, CyclesAreRefused) {
  const auto e = first_error(with_condition(std::string("[") + kStart +
      R"(,{"id":"a","portion":{"numerator":"1","denominator":"2"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":["b"]},)"
      R"({"id":"b","portion":{"numerator":"0","denominator":"2"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":["a"]}])"));
  EXPECT_NE(e.find("$.vesting_conditions[2].next_condition_ids[0]"), std::string::npos) << e;
  EXPECT_NE(e.find("cycle"), std::string::npos) << e;
}

TEST(ReadTerms, PortionsOverOneHundredPercentOnAPathAreRefused) {
  const auto e = first_error(with_condition(std::string("[") + kStart +
      R"(,{"id":"a","portion":{"numerator":"3","denominator":"4"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":["b"]},)"
      R"({"id":"b","portion":{"numerator":"1","denominator":"2"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[]}])"));
  EXPECT_NE(e.find("$.vesting_conditions[2].portion"), std::string::npos) << e;
  EXPECT_NE(e.find("over 100%"), std::string::npos) << e;
  // A single portion above 1.
  const auto single = first_error(with_condition(
      R"([{"id":"a","portion":{"numerator":"5","denominator":"4"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[]}])"));
  EXPECT_NE(single.find("$.vesting_conditions[0].portion"), std::string::npos) << single;
  // Occurrences count: 1/4 × 5 monthly is over 100%.
  const auto repeated = first_error(with_condition(std::string("[") + kStart +
      R"(,{"id":"a","portion":{"numerator":"1","denominator":"4"},"trigger":{"type":"VESTING_SCHEDULE_RELATIVE","relative_to_condition_id":"s",)"
      R"("period":{"length":1,"type":"MONTHS","occurrences":5,"day_of_month":"01"}},"next_condition_ids":[]}])"));
  EXPECT_NE(repeated.find("over 100%"), std::string::npos) << repeated;
}

TEST(ReadTerms, SchemaViolationsNameTheirPath) {
  struct Case {
    std::string text, path;
  };
  const std::vector<Case> cases = {
      {R"({"id":"t","object_type":"VESTING_TERMS","description":"d","allocation_type":"FRACTIONAL","vesting_conditions":[{"id":"a","portion":{"numerator":"1","denominator":"1"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[]}]})",
       "$: missing required field \"name\""},
      {with_condition(R"([{"id":"a","portion":{"numerator":"1","denominator":"1"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[],"colour":"red"}])"),
       "$.vesting_conditions[0].colour: unknown field"},
      {with_condition(R"([{"id":"a","portion":{"numerator":"1","denominator":"1"},"quantity":"5","trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[]}])"),
       "$.vesting_conditions[0]: has both"},
      {with_condition(R"([{"id":"a","portion":{"numerator":"1.5e3","denominator":"1"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[]}])"),
       "$.vesting_conditions[0].portion.numerator:"},
      {with_condition(R"([{"id":"a","portion":{"numerator":"1","denominator":"0"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[]}])"),
       "$.vesting_conditions[0].portion.denominator: denominator must be positive"},
      {with_condition(R"([{"id":"a","quantity":"0","trigger":{"type":"VESTING_SCHEDULE_ABSOLUTE","date":"2023-02-30"},"next_condition_ids":[]}])"),
       "$.vesting_conditions[0].trigger.date:"},
      {with_condition(R"([{"id":"a","quantity":"0","trigger":{"type":"VESTING_EVENT"},"next_condition_ids":["zz"]}])"),
       "$.vesting_conditions[0].next_condition_ids[0]: no condition has id \"zz\""},
      {with_condition(std::string("[") + kStart + R"(,{"id":"a","quantity":"0","trigger":{"type":"VESTING_SCHEDULE_RELATIVE","relative_to_condition_id":"s","period":{"length":1,"type":"MONTHS","occurrences":1}},"next_condition_ids":[]}])"),
       "$.vesting_conditions[1].trigger.period: missing required field \"day_of_month\""},
      {with_condition(std::string("[") + kStart + R"(,{"id":"a","quantity":"0","trigger":{"type":"VESTING_SCHEDULE_RELATIVE","relative_to_condition_id":"s","period":{"length":1,"type":"MONTHS","occurrences":1,"day_of_month":"32"}},"next_condition_ids":[]}])"),
       "$.vesting_conditions[1].trigger.period.day_of_month: unknown day_of_month"},
      {with_condition(std::string("[") + kStart + R"(,{"id":"a","quantity":"0","trigger":{"type":"VESTING_SCHEDULE_RELATIVE","relative_to_condition_id":"s","period":{"length":1,"type":"MONTHS","occurrences":0,"day_of_month":"01"}},"next_condition_ids":[]}])"),
       "$.vesting_conditions[1].trigger.period.occurrences:"},
      {with_condition(std::string("[") + kStart + R"(,{"id":"a","quantity":"0","trigger":{"type":"VESTING_SCHEDULE_RELATIVE","relative_to_condition_id":"nope","period":{"length":1,"type":"DAYS","occurrences":1}},"next_condition_ids":[]}])"),
       "$.vesting_conditions[1].trigger.relative_to_condition_id: no condition has id \"nope\""},
      {with_condition("[]"), "$.vesting_conditions: must be a non-empty array"},
      {with_condition(R"([{"id":"a","quantity":"0","trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[]},{"id":"a","quantity":"0","trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[]}])"),
       "$.vesting_conditions[1].id: duplicate condition id \"a\""},
      {R"({"file_type":"OCF_VESTING_TERMS_FILE","items":[{"id":"t"}]})", "$.items[0]: missing required field \"object_type\""},
      {R"({"file_type":"OCF_STOCK_PLANS_FILE","items":[]})", "$.file_type: must be \"OCF_VESTING_TERMS_FILE\""},
      {"[1, 2", "not valid JSON"},
  };
  for (const auto& c : cases) {
    const auto e = first_error(c.text);
    EXPECT_NE(e.find(c.path), std::string::npos) << "expected \"" << c.path << "\" in: " << e;
    EXPECT_EQ(e.rfind("terms.json: error: ", 0), 0u) << e;
  }
}

TEST(ReadTerms, NothingComesBackWhenOneOfSeveralTermsIsBad) {
  const std::string good = with_condition(R"([{"id":"a","portion":{"numerator":"1","denominator":"1"},"trigger":{"type":"VESTING_EVENT"},"next_condition_ids":[]}])");
  auto r = read_vesting_terms_text("[" + good + R"(,{"id":"u"}])", "terms.json");
  EXPECT_FALSE(r);
}

TEST(ReadTerms, SelectsTermsById) {
  auto all = read_vesting_terms_file(testing::kSamples + "VestingTerms.ocf.json");
  ASSERT_TRUE(all);
  EXPECT_FALSE(select_terms(*all, "", "f"));  // five terms: name one
  EXPECT_TRUE(select_terms(*all, "6-yr-option-back-loaded", "f"));
  EXPECT_FALSE(select_terms(*all, "nope", "f"));
}

TEST(ReadTerms, OcfToolsCliffFieldsAreReadWithAWarning) {
  auto r = read_vesting_terms_text(with_condition(std::string("[") + kStart +
      R"(,{"id":"a","portion":{"numerator":"1","denominator":"48"},"trigger":{"type":"VESTING_SCHEDULE_RELATIVE","relative_to_condition_id":"s",)"
      R"("period":{"length":1,"type":"MONTHS","occurrences":48,"day_of_month":"01","cliff_installment":12}},"next_condition_ids":[]}])"), "t.json");
  ASSERT_TRUE(r);
  EXPECT_EQ((*r)[0].conditions[1].trigger.period.cliff, 12);
  ASSERT_FALSE(r.diagnostics().empty());
  EXPECT_EQ(r.diagnostics()[0].code, "ocf_extension");
}

}  // namespace
}  // namespace vest::ocf
