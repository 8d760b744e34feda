// extract_grants with a scripted interpreter: these tests pin down which rows
// become grants, which footnotes are joined and how spans map back, without
// depending on what the real interpreter understands (golden_test.cpp does that).
#include "engine/filings/grants.hpp"

#include "engine/filings/edgar_xml.hpp"
#include "test_util.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace vest::filings {
namespace {

using testing::fixture;
using testing::iso;
using testing::shared;
using testing::slurp;

// Answers by the first words of the text; records every call.
struct ScriptedInterpreter {
  std::map<std::string, rules::Kind> by_prefix;
  std::vector<std::pair<std::string, rules::GrantContext>> calls;

  InterpretFn fn() {
    return [this](std::string_view text, const rules::GrantContext& c) {
      calls.emplace_back(std::string(text), c);
      rules::Interpretation i;
      i.kind = rules::Kind::unrecognized;
      for (const auto& [prefix, kind] : by_prefix)
        if (text.substr(0, prefix.size()) == prefix) i.kind = kind;
      return i;
    };
  }
};

Filing read(const std::string& path) {
  auto r = read_edgar_xml(slurp(path), path);
  EXPECT_TRUE(r);
  return r ? std::move(r).value() : Filing{};
}

TEST(ExtractGrants, Water374_BothAwardRowsShareOneFootnote) {
  const Filing f = read(shared("corpus/form4-xml/374water-SCWO-2025-04-30-melkote.xml"));
  ScriptedInterpreter s{{{"Vesting commencement", rules::Kind::time_based}}, {}};
  const auto out = extract_grants(f, s.fn());
  ASSERT_EQ(out.grants.size(), 2u);
  EXPECT_TRUE(out.notes.empty());  // F1 became part of the schedules
  const Grant& rsu = out.grants[0];
  EXPECT_EQ(rsu.context.grant_date, iso("2025-04-30"));
  EXPECT_EQ(rsu.context.shares, Amount(757756));
  EXPECT_FALSE(rsu.context.is_option);
  const Grant& opt = out.grants[1];
  EXPECT_TRUE(opt.context.is_option);
  EXPECT_EQ(opt.context.shares, Amount(757576));
  EXPECT_EQ(opt.context.exercise_price, Amount(33, 100));
  EXPECT_EQ(opt.context.expiration, iso("2035-04-29"));
  EXPECT_EQ(opt.vesting_footnote_ids, std::vector<std::string>{"F1"});
  EXPECT_EQ(opt.text, f.footnote("F1")->text);
  EXPECT_EQ(opt.interpretation.kind, rules::Kind::time_based);
}

TEST(ExtractGrants, Snowflake_ExerciseRowWithScheduleFootnoteIsAFlaggedGrant) {
  const Filing f = read(shared("corpus/form4-xml/snowflake-SNOW-2022-12-13-scarpelli.xml"));
  ScriptedInterpreter s{{{"The shares subject to the option", rules::Kind::time_based}}, {}};
  for (const char* p : {"Includes", "The sales", "The price", "The shares are held"}) s.by_prefix[p] = rules::Kind::not_vesting;
  const auto out = extract_grants(f, s.fn());
  ASSERT_EQ(out.grants.size(), 1u);
  const Grant& g = out.grants[0];
  EXPECT_EQ(g.row, 14u);
  EXPECT_FALSE(g.award);
  ASSERT_FALSE(g.warnings.empty());
  EXPECT_EQ(g.warnings[0].code, "not_an_award_row");
  EXPECT_EQ(g.context.shares, Amount(200000));
  EXPECT_EQ(out.notes.size(), 15u);
  EXPECT_EQ(out.notes[0].id, "F1");
  EXPECT_EQ(out.notes[0].kind, rules::Kind::not_vesting);
}

TEST(ExtractGrants, SeveralVestingFootnotesAreJoinedAndSpansMapBack) {
  const Filing f = read(fixture("xml/form3-holdings-two-owners.xml"));
  ScriptedInterpreter s{{{"The vesting commencement", rules::Kind::unrecognized},
                         {"25% of the shares", rules::Kind::time_based},
                         {"Includes 40,000", rules::Kind::time_based},
                         {"The shares are held", rules::Kind::not_vesting}},
                        {}};
  const auto out = extract_grants(f, s.fn());
  ASSERT_EQ(out.grants.size(), 2u);  // the RSU holding (F1) and the option holding (F3 + F4)
  const Grant& opt = out.grants[1];
  EXPECT_EQ(opt.row, 2u);
  EXPECT_FALSE(opt.award);
  EXPECT_EQ(opt.vesting_footnote_ids, (std::vector<std::string>{"F3", "F4"}));
  const std::string& f3 = f.footnote("F3")->text;
  const std::string& f4 = f.footnote("F4")->text;
  EXPECT_EQ(opt.text, f3 + "\n\n" + f4);
  ASSERT_EQ(opt.parts.size(), 2u);
  EXPECT_EQ(opt.parts[1].offset, f3.size() + 2);
  // "25%" in the joined text is characters [0, 3) of F4.
  const auto where = locate(opt, Span{f3.size() + 2, f3.size() + 5});
  ASSERT_TRUE(where);
  EXPECT_EQ(where->id, "F4");
  EXPECT_EQ(where->span, (Span{0, 3}));
  EXPECT_FALSE(locate(opt, Span{f3.size(), f3.size() + 2}));  // the separator
  // The joined text was interpreted with the holding's context: 48,000 underlying shares, no grant date.
  const auto joined = std::find_if(s.calls.begin(), s.calls.end(), [&](const auto& c) { return c.first == opt.text; });
  ASSERT_NE(joined, s.calls.end());
  EXPECT_EQ(joined->second.shares, Amount(48000));
  EXPECT_FALSE(joined->second.grant_date);
  EXPECT_TRUE(joined->second.is_option);
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_EQ(out.notes[0].id, "F2");
}

TEST(ExtractGrants, NotVestingFootnotesOfAnAwardAreNotes_AndTaxWithholdingIsNoGrant) {
  const Filing f = read(fixture("xml/form4a-amendment-many-footnotes.xml"));
  ScriptedInterpreter s{{{"Each restricted stock unit", rules::Kind::not_vesting},
                         {"The restricted stock units vest", rules::Kind::time_based},
                         {"This amendment", rules::Kind::not_vesting},
                         {"Represents shares withheld", rules::Kind::not_vesting}},
                        {}};
  const auto out = extract_grants(f, s.fn());
  ASSERT_EQ(out.grants.size(), 1u);  // the F row is no grant
  EXPECT_EQ(out.grants[0].vesting_footnote_ids, std::vector<std::string>{"F2"});
  EXPECT_EQ(out.grants[0].footnote_ids, (std::vector<std::string>{"F1", "F2", "F3"}));
  EXPECT_EQ(out.grants[0].context.shares, Amount(95, 2));
  ASSERT_EQ(out.notes.size(), 3u);
  EXPECT_EQ(out.notes[0].id, "F1");
  EXPECT_EQ(out.notes[2].id, "F4");
}

TEST(ExtractGrants, AwardWithoutVestingFootnoteSaysSo) {
  Filing f;
  Row r;
  r.code = "A";
  r.acquired_disposed = "A";
  r.security = "Common Stock";
  r.shares = Amount(100);
  r.transaction_date = iso("2020-01-02");
  f.rows.push_back(r);
  ScriptedInterpreter s;
  const auto out = extract_grants(f, s.fn());
  ASSERT_EQ(out.grants.size(), 1u);
  EXPECT_EQ(out.grants[0].interpretation.kind, rules::Kind::unrecognized);
  ASSERT_EQ(out.grants[0].interpretation.diagnostics.size(), 1u);
  EXPECT_EQ(out.grants[0].interpretation.diagnostics[0].code, "no_vesting_footnote");
  EXPECT_TRUE(s.calls.empty());
}

// Rows that share a footnote and a context: the footnote is read once.
Filing two_rows_sharing(const std::string& text, std::int64_t shares_a, std::int64_t shares_b) {
  Filing f;
  f.footnotes.push_back({"F1", text, 1});
  f.footnotes.push_back({"F2", "The price reported is a weighted average.", 2});
  for (std::int64_t shares : {shares_a, shares_b}) {
    Row r;
    r.code = "A";
    r.acquired_disposed = "A";
    r.security = "Common Stock";
    r.shares = Amount(shares);
    r.transaction_date = iso("2020-01-02");
    r.footnotes = {{"transactionShares", "F1"}, {"transactionPricePerShare", "F2"}};
    f.rows.push_back(r);
  }
  return f;
}

std::size_t calls_with(const ScriptedInterpreter& s, std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(s.calls.begin(), s.calls.end(), [&](const auto& c) { return c.first == text; }));
}

TEST(ExtractGrants, EachTextAndContextIsInterpretedOncePerFiling) {
  const Filing f = two_rows_sharing("The shares vest in four annual installments.", 100, 100);
  ScriptedInterpreter s{{{"The shares vest", rules::Kind::time_based}, {"The price", rules::Kind::not_vesting}}, {}};
  const auto out = extract_grants(f, s.fn());
  ASSERT_EQ(out.grants.size(), 2u);
  EXPECT_EQ(out.grants[0].interpretation.kind, rules::Kind::time_based);
  EXPECT_EQ(out.grants[1].interpretation.kind, rules::Kind::time_based);
  EXPECT_EQ(calls_with(s, f.footnotes[0].text), 1u);  // same text, same context: once
  // F2 is read once with the rows' context (not vesting) and once alone as a note.
  EXPECT_EQ(calls_with(s, f.footnotes[1].text), 2u);
  ASSERT_EQ(out.notes.size(), 1u);
  EXPECT_EQ(out.notes[0].kind, rules::Kind::not_vesting);
}

TEST(ExtractGrants, ADifferentContextIsInterpretedAgain) {
  const Filing f = two_rows_sharing("The shares vest in four annual installments.", 100, 200);
  ScriptedInterpreter s{{{"The shares vest", rules::Kind::time_based}, {"The price", rules::Kind::not_vesting}}, {}};
  const auto out = extract_grants(f, s.fn());
  ASSERT_EQ(out.grants.size(), 2u);
  EXPECT_EQ(calls_with(s, f.footnotes[0].text), 2u);  // 100 and 200 shares: two different answers
  ASSERT_EQ(s.calls.size(), 5u);
  EXPECT_EQ(s.calls[0].second.shares, Amount(100));
  EXPECT_EQ(s.calls[2].second.shares, Amount(200));
}

TEST(NoteKinds, ANoteTextIsInterpretedOnceAcrossFilings_AndTheCacheIsBounded) {
  ScriptedInterpreter s{{{"The shares vest", rules::Kind::time_based}, {"The price", rules::Kind::not_vesting}}, {}};
  NoteKinds kinds(2);
  for (int i = 0; i < 5; ++i) {
    const auto out = extract_grants(two_rows_sharing("The shares vest yearly.", 100 + i, 100 + i), s.fn(), &kinds);
    ASSERT_EQ(out.notes.size(), 1u);
    EXPECT_EQ(out.notes[0].kind, rules::Kind::not_vesting);
  }
  // Five filings: F2 read with each filing's row context, and alone only the first time.
  EXPECT_EQ(calls_with(s, "The price reported is a weighted average."), 5u + 1u);
  // Bounded: a third text clears the two it holds, and answers stay right.
  EXPECT_EQ(kinds.kind("The shares vest in June.", s.fn()), rules::Kind::time_based);
  EXPECT_EQ(kinds.kind("Something else.", s.fn()), rules::Kind::unrecognized);
  EXPECT_EQ(kinds.kind("The price is stated.", s.fn()), rules::Kind::not_vesting);
  EXPECT_EQ(kinds.kind("The shares vest in June.", s.fn()), rules::Kind::time_based);
}

TEST(IsOptionTitle, OptionsAndRightsToBuyButNotUnits) {
  EXPECT_TRUE(is_option_title("Stock Option (right to buy)"));
  EXPECT_TRUE(is_option_title("Employee Stock Option"));
  EXPECT_TRUE(is_option_title("Right to Buy"));
  EXPECT_FALSE(is_option_title("Restricted Stock Units"));
  EXPECT_FALSE(is_option_title("Performance Stock Units"));
  EXPECT_FALSE(is_option_title("Common Stock"));
}

TEST(ExtractGrants, AnUnreadableShareCountRefusesTheGrantWithAnError) {
  const std::string xml =
      "<ownershipDocument><documentType>4</documentType>\n"
      "<nonDerivativeTable><nonDerivativeTransaction>\n"
      "<securityTitle><value>Common Stock</value></securityTitle>\n"
      "<transactionDate><value>2020-01-15</value></transactionDate>\n"
      "<transactionCoding><transactionCode>A</transactionCode></transactionCoding>\n"
      "<transactionAmounts><transactionShares><value>1e400</value><footnoteId id=\"F1\"/></transactionShares>\n"
      "<transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode></transactionAmounts>\n"
      "</nonDerivativeTransaction></nonDerivativeTable>\n"
      "<footnotes><footnote id=\"F1\">Vests in full on 2021-01-15.</footnote></footnotes></ownershipDocument>";
  auto filing = read_edgar_xml(xml, "big.xml");
  ASSERT_TRUE(filing);
  ScriptedInterpreter interp;
  interp.by_prefix["Vests"] = rules::Kind::time_based;
  const auto out = extract_grants(*filing, interp.fn());
  ASSERT_EQ(out.grants.size(), 1u);
  const auto& g = out.grants[0];
  EXPECT_EQ(g.interpretation.kind, rules::Kind::unrecognized);
  EXPECT_FALSE(g.interpretation.schedule);
  ASSERT_EQ(g.interpretation.diagnostics.size(), 1u);
  EXPECT_EQ(g.interpretation.diagnostics[0].code, "unreadable_shares");
  EXPECT_EQ(g.interpretation.diagnostics[0].severity, Severity::error);
  EXPECT_EQ(g.interpretation.diagnostics[0].where.field, "transactionShares");
  ASSERT_EQ(out.errors.size(), 1u);
  EXPECT_EQ(out.errors[0].where.file, "big.xml");
}

}  // namespace
}  // namespace vest::filings
