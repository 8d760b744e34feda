// Normalisation and tokens: every number and date form filings use.
#include "rules/grammar.hpp"
#include "rules/batch_line.hpp"
#include "rules/interpretation.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace vest::rules {
namespace {

std::vector<Node> tokens(std::string_view text) {
  (void)families();  // the word table is filled by the registry
  return tokenize(normalize(text));
}

Date date_of(const Node& n) { return Date{date::days{n.days}}; }

TEST(Normalize, CollapsesSpaceLowersAndSplitsGluedWords) {
  const auto n = normalize("  The\n\tReporting  theReporting \xE2\x80\x9CX\xE2\x80\x9D");
  EXPECT_EQ(n.text, "the reporting the reporting \"x\"");
  EXPECT_EQ(n.orig.size(), n.text.size() + 1);
  EXPECT_EQ(n.orig[0], 2u);
}

TEST(Tokens, NumbersInEveryForm) {
  auto t = tokens("thirty-six (36)");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].kind, NK::number);
  EXPECT_EQ(t[0].num, 36);
  t = tokens("twenty-five percent (25%)");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].kind, NK::percent);
  EXPECT_EQ(t[0].num, 25);
  t = tokens("33 1/3%");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].kind, NK::percent);
  EXPECT_EQ(t[0].num, 100);
  EXPECT_EQ(t[0].den, 3);
  t = tokens("33-1/3%");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].kind, NK::percent);
  EXPECT_EQ(t[0].num, 100);
  EXPECT_EQ(t[0].den, 3);
  t = tokens("1/48th");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].kind, NK::fraction);
  EXPECT_EQ(t[0].den, 48);
  t = tokens("one-third one-fourth two thirds");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].kind, NK::fraction);
  EXPECT_EQ(t[1].den, 4);
  EXPECT_EQ(t[2].num, 2);
  t = tokens("6.25% 58,824 47.5");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].num, 25);  // 6.25 = 25/4
  EXPECT_EQ(t[0].den, 4);
  EXPECT_EQ(t[1].num, 58824);
  EXPECT_EQ(t[2].num, 95);
  EXPECT_EQ(t[2].den, 2);
}

TEST(Tokens, CompoundOrdinalDenominatorsBeforeOf) {
  auto t = tokens("one forty-eighth of the shares");
  ASSERT_GE(t.size(), 2u);
  EXPECT_EQ(t[0].kind, NK::fraction);
  EXPECT_EQ(t[0].num, 1);
  EXPECT_EQ(t[0].den, 48);
  t = tokens("Five forty-eighths of the shares");
  EXPECT_EQ(t[0].kind, NK::fraction);
  EXPECT_EQ(t[0].num, 5);
  EXPECT_EQ(t[0].den, 48);
  // Not before "of": words and an ordinal, never a fraction.
  t = tokens("the one twenty-fifth anniversary");
  for (const auto& n : t) EXPECT_NE(n.kind, NK::fraction);
}

TEST(Tokens, SpelledNumbersWithHundredAndThousand) {
  // Legal drafting spells the number and restates it in digits: one token, the restatement dropped.
  const std::pair<const char*, std::int64_t> cases[] = {
      {"Twelve thousand (12,000) shares", 12000}, {"four thousand shares", 4000},
      {"two thousand five hundred shares", 2500}, {"one hundred and twenty-five shares", 125},
      {"fifteen hundred shares", 1500},           {"five hundred thousand shares", 500000},
      {"six hundred thirty-three shares", 633}};
  for (auto [text, want] : cases) {
    const auto t = tokens(text);
    ASSERT_EQ(t.size(), 2u) << text;
    EXPECT_EQ(t[0].kind, NK::number) << text;
    EXPECT_EQ(t[0].num, want) << text;
  }
  auto t = tokens("One hundred percent (100%) of the units");
  EXPECT_EQ(t[0].kind, NK::percent);
  EXPECT_EQ(t[0].num, 100);
  EXPECT_EQ(t[1].kind, NK::word);
  // A restatement that disagrees is kept as a token of its own (and so stays to be accounted for).
  t = tokens("Twelve thousand (12,500) shares");
  EXPECT_EQ(t[0].num, 12000);
  EXPECT_EQ(t[1].kind, NK::punct);
  // "one thousand thousand" stops after the first scale word; "hundred" alone starts nothing.
  t = tokens("one thousand thousand");
  EXPECT_EQ(t[0].num, 1000);
  EXPECT_EQ(t.size(), 2u);
  t = tokens("hundred shares");
  EXPECT_EQ(t[0].kind, NK::word);
  // A spelled compound fraction restated in digits: "One thirty-sixth (1/36th)".
  t = tokens("One thirty-sixth (1/36th) shall vest");
  EXPECT_EQ(t[0].kind, NK::fraction);
  EXPECT_EQ(t[0].num, 1);
  EXPECT_EQ(t[0].den, 36);
  EXPECT_EQ(t[1].kind, NK::word);
}

TEST(Tokens, Ordinals) {
  auto t = tokens("first 2nd third eighteenth thirty-sixth 25th");
  ASSERT_EQ(t.size(), 6u);
  const int want[] = {1, 2, 3, 18, 36, 25};
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(t[i].kind, NK::ordinal) << i;
    EXPECT_EQ(t[i].num, want[i]) << i;
  }
}

TEST(Tokens, DatesInEveryForm) {
  const Date want = *make_date(2014, 12, 16);
  for (const char* text : {"December 16, 2014", "Dec. 16, 2014", "12/16/2014", "2014-12-16", "16 December 2014", "dec 16 2014",
                           "December 16th, 2014"}) {
    auto t = tokens(text);
    ASSERT_EQ(t.size(), 1u) << text;
    EXPECT_EQ(t[0].kind, NK::date) << text;
    EXPECT_EQ(date_of(t[0]), want) << text;
  }
  auto t = tokens("6/30/23");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(date_of(t[0]), *make_date(2023, 6, 30));
  t = tokens("May 31, and");
  EXPECT_EQ(t[0].kind, NK::month_day);
  t = tokens("May 1st and");
  EXPECT_EQ(t[0].kind, NK::month_day);
  t = tokens("March first, 2025");  // a spelled ordinal stays an ordinal: no date is read from it
  EXPECT_NE(t[0].kind, NK::date);
  t = tokens("February 30, 2023");  // impossible: not a date
  EXPECT_NE(t[0].kind, NK::date);
}

TEST(Tokens, AdversarialInputIsHandled) {
  std::string s;
  for (int i = 0; i < 20000; ++i) s += "1/2/3/4,,,%%((( 99999999999999999999 ";
  const auto t = tokens(s);
  EXPECT_GT(t.size(), 0u);
  GrantContext c;
  const auto got = interpret(s, c);
  EXPECT_NE(got.kind, Kind::time_based);
}


// Issue 12 item 4: a space or an invisible format character inside a number
// must never leave one of its digit runs to be read as the number.
TEST(Tokens, DigitRunsSplitByASpaceAreNoNumber) {
  for (std::string_view text : {"3 6 equal", "3\xE2\x80\x8B" "6 equal", "3\xE2\x81\xA0" "6 equal", "3\xEF\xBB\xBF" "6 equal",
                                "3\xC2\xAD" "6 equal", "3\xE2\x80\x89" "6 equal"}) {
    const auto t = tokens(text);
    ASSERT_GE(t.size(), 2u) << text;
    EXPECT_EQ(t[0].kind, NK::word) << text;
    for (const auto& n : t) EXPECT_NE(n.kind, NK::number) << text;
  }
  // Lists of written-out numbers stay numbers.
  const auto t = tokens("58,824 47.5");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].kind, NK::number);
}

TEST(Interpret, InstallmentCountSplitByAZeroWidthSpaceIsRefusedNotReadAsSix) {
  (void)families();
  GrantContext c;
  c.grant_date = *make_date(2020, 1, 1);
  c.shares = Amount(3600);
  for (std::string text : {"The shares vest in 3\xE2\x80\x8B" "6 equal monthly installments beginning January 1, 2021.",
                           "The shares vest in 3 6 equal monthly installments beginning January 1, 2021."}) {
    const Interpretation in = interpret(text, c);
    EXPECT_FALSE(in.schedule.has_value()) << text;
    EXPECT_EQ(in.kind, Kind::unrecognized) << text;
  }
  const Interpretation ok = interpret("The shares vest in 36 equal monthly installments beginning January 1, 2021.", c);
  ASSERT_TRUE(ok.schedule.has_value());
  EXPECT_EQ(ok.schedule->tranches().size(), 36u);
}

// Issue 12 items 5, 17, 18: one `vest parse --jsonl` line.
TEST(BatchLine, SharesAreReadFromTheirTextNotThroughADouble) {
  const auto out = interpret_batch_line(
      R"({"id":"a","text":"All shares vest on March 1, 2025.","shares":47.123456789012345678})", 1, {});
  EXPECT_NE(out.json.find("\"47.123456789012345678\""), std::string::npos) << out.json;
  const auto big = interpret_batch_line(
      R"({"id":"b","text":"All shares vest on March 1, 2025.","shares":100000000000000000000000000001})", 1, {});
  EXPECT_NE(big.json.find("100000000000000000000000000001"), std::string::npos) << big.json;
  const auto exp = interpret_batch_line(R"({"id":"c","text":"All shares vest on March 1, 2025.","shares":1e5})", 1, {});
  EXPECT_TRUE(exp.failed);
  EXPECT_NE(exp.json.find("no exponent"), std::string::npos) << exp.json;
}

TEST(BatchLine, BlankLineGetsItsOwnErrorLine) {
  const auto out = interpret_batch_line("  ", 7, {});
  EXPECT_TRUE(out.failed);
  EXPECT_NE(out.json.find("\"id\":\"line 7\""), std::string::npos) << out.json;
  EXPECT_NE(out.json.find("blank_line"), std::string::npos) << out.json;
}

TEST(BatchLine, FootnoteOverTheLimitIsAnErrorAndInvalidUtf8StaysValidJson) {
  BatchLimits small;
  small.max_footnote_bytes = 10;
  const auto out = interpret_batch_line(R"({"id":"a","text":"All shares vest on March 1, 2025."})", 1, small);
  EXPECT_TRUE(out.failed);
  EXPECT_NE(out.json.find("footnote_too_long"), std::string::npos) << out.json;
  const auto bad = interpret_batch_line("{\"id\":\"\xFF\",\"text\":\"x\"}", 2, {});
  EXPECT_TRUE(bad.failed);
  EXPECT_EQ(bad.json.find('\xFF'), std::string::npos);
}

// Every error of a batch line names its input line, and the field when one is at fault (issue 12, item 20).
TEST(BatchLine, ErrorsNameTheirLineAndField) {
  const auto shares = nlohmann::json::parse(
      interpret_batch_line(R"({"id":"a","text":"All shares vest on March 1, 2025.","shares":"x"})", 4, {}).json);
  ASSERT_EQ(shares["errors"].size(), 1u) << shares.dump();
  EXPECT_EQ(shares["errors"][0]["line"], 4);
  EXPECT_EQ(shares["errors"][0]["field"], "shares");
  const auto date = nlohmann::json::parse(interpret_batch_line(R"({"text":"x","grant_date":"2020-13-01"})", 9, {}).json);
  EXPECT_EQ(date["errors"][0]["line"], 9);
  EXPECT_EQ(date["errors"][0]["field"], "grant_date");
  const auto not_json = nlohmann::json::parse(interpret_batch_line("not json", 3, {}).json);
  EXPECT_EQ(not_json["errors"][0]["line"], 3);
  EXPECT_FALSE(not_json["errors"][0].contains("field"));  // the whole line is at fault
  // The interpreter's own errors (spans into the footnote) also carry the line.
  const std::string twice =
      "25% of the shares vest on December 16, 2014. The remaining 75% vest monthly over the following 36 months. "
      "25% of the shares vest on December 16, 2014. The remaining 75% vest monthly over the following 36 months.";
  const auto refused = nlohmann::json::parse(
      interpret_batch_line(R"({"text":")" + twice + R"(","shares":1000,"grant_date":"2013-12-16"})", 5, {}).json);
  ASSERT_FALSE(refused["errors"].empty()) << refused.dump();
  for (const auto& e : refused["errors"]) EXPECT_EQ(e["line"], 5) << e.dump();
}

}  // namespace
}  // namespace vest::rules

// Productions look words up through function-local statics (`static const auto id =
// intern("word")`), which run only when the production first runs: if the word were not
// interned before any text is tokenised, the first texts would see it as unknown (and two
// threads would race on the table). registry.cpp interns every such word up front.
TEST(WordTable, RegistryInternsEveryWordTheRulesLookUp) {
  namespace fs = std::filesystem;
  const std::string registry = [] {
    std::ifstream in(fs::path(VEST_SOURCE_DIR) / "rules" / "registry.cpp");
    return std::string(std::istreambuf_iterator<char>(in), {});
  }();
  const auto list_begin = registry.find("for (std::string_view word : {");
  ASSERT_NE(list_begin, std::string::npos);
  const std::string list = registry.substr(list_begin, registry.find("})", list_begin) - list_begin);
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(VEST_SOURCE_DIR) / "rules")) {
    if (entry.path().filename() == "registry.cpp" || entry.path().extension() == ".md") continue;
    std::ifstream in(entry.path());
    const std::string src(std::istreambuf_iterator<char>(in), {});
    for (std::size_t at = src.find("intern(\""); at != std::string::npos; at = src.find("intern(\"", at + 1)) {
      const std::size_t b = at + 8, e = src.find('"', b);
      const std::string word = src.substr(b, e - b);
      EXPECT_NE(list.find("\"" + word + "\""), std::string::npos)
          << entry.path().filename().string() << " interns \"" << word << "\", which registry.cpp does not";
      ++checked;
    }
  }
  EXPECT_GT(checked, 100);
}
