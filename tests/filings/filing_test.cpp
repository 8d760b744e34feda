#include "engine/filings/filing.hpp"

#include "test_util.hpp"

#include <gtest/gtest.h>

namespace vest::filings {
namespace {

using testing::iso;

TEST(ParseFilingDate, ReadsIsoDataSetAndFormStyles) {
  EXPECT_EQ(parse_filing_date("2013-02-15"), iso("2013-02-15"));
  EXPECT_EQ(parse_filing_date("2013-02-15-05:00"), iso("2013-02-15"));
  EXPECT_EQ(parse_filing_date("15-FEB-2013"), iso("2013-02-15"));
  EXPECT_EQ(parse_filing_date("15-feb-2013"), iso("2013-02-15"));
  EXPECT_EQ(parse_filing_date(" 02/15/2013 "), iso("2013-02-15"));
  EXPECT_EQ(parse_filing_date("12/16/2023"), iso("2023-12-16"));
}

TEST(ParseFilingDate, RejectsBrokenAndImpossibleDates) {
  EXPECT_FALSE(parse_filing_date("02/15/3"));
  EXPECT_FALSE(parse_filing_date("/2013"));
  EXPECT_FALSE(parse_filing_date("30-FEB-2013"));
  EXPECT_FALSE(parse_filing_date("2013-02-30"));
  EXPECT_FALSE(parse_filing_date("15-XYZ-2013"));
  EXPECT_FALSE(parse_filing_date(""));
  EXPECT_FALSE(parse_filing_date("2013-02-15junk"));
}

TEST(ParseFilingAmount, ReadsGroupedDollarAndDecimalAmounts) {
  EXPECT_EQ(parse_filing_amount("58,824"), Amount(58824));
  EXPECT_EQ(parse_filing_amount("$2.76"), Amount(276, 100));
  EXPECT_EQ(parse_filing_amount("$ 0"), Amount(0));
  EXPECT_EQ(parse_filing_amount("200000.0"), Amount(200000));
  EXPECT_EQ(parse_filing_amount(" 47.5 "), Amount(95, 2));
  EXPECT_FALSE(parse_filing_amount("(1)"));
  EXPECT_FALSE(parse_filing_amount("58,824(1)"));
  EXPECT_FALSE(parse_filing_amount(""));
}

TEST(ReportingOwner, RelationshipNamesEveryRoleAndTitle) {
  ReportingOwner o;
  o.is_director = true;
  o.is_officer = true;
  o.officer_title = "CFO";
  EXPECT_EQ(o.relationship(), "Director, Officer (CFO)");
  ReportingOwner t;
  t.is_ten_percent_owner = true;
  EXPECT_EQ(t.relationship(), "10% Owner");
  EXPECT_EQ(ReportingOwner{}.relationship(), "");
}

TEST(Row, FootnoteIdsAreUniqueInFirstAppearanceOrder) {
  Row r;
  r.footnotes = {{"transactionShares", "F2"}, {"exerciseDate", "F1"}, {"expirationDate", "F2"}};
  EXPECT_EQ(r.footnote_ids(), (std::vector<std::string>{"F2", "F1"}));
}

}  // namespace
}  // namespace vest::filings
