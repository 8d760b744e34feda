#include "engine/filings/edgar_xml.hpp"

#include "test_util.hpp"

#include <gtest/gtest.h>

namespace vest::filings {
namespace {

using testing::fixture;
using testing::iso;
using testing::shared;
using testing::slurp;

Filing read_ok(const std::string& path) {
  auto r = read_edgar_xml(slurp(path), path);
  if (!r) {
    ADD_FAILURE() << path << ": " << (r.diagnostics().empty() ? "" : format(r.diagnostics().front()));
    return {};
  }
  return std::move(r).value();
}

TEST(ReadEdgarXml, Snowflake_IssuerOwnerRowsAndFootnotes) {
  const Filing f = read_ok(shared("corpus/form4-xml/snowflake-SNOW-2022-12-13-scarpelli.xml"));
  EXPECT_EQ(f.schema_version, "X0306");
  EXPECT_EQ(f.form, "4");
  EXPECT_EQ(f.period_of_report, iso("2022-12-13"));
  EXPECT_EQ(f.issuer.cik, "0001640147");
  EXPECT_EQ(f.issuer.name, "Snowflake Inc.");
  EXPECT_EQ(f.issuer.ticker, "SNOW");
  ASSERT_EQ(f.owners.size(), 1u);
  EXPECT_EQ(f.owners[0].cik, "0001402349");
  EXPECT_EQ(f.owners[0].name, "Scarpelli Michael");
  EXPECT_EQ(f.owners[0].relationship(), "Officer (Chief Financial Officer)");
  ASSERT_EQ(f.rows.size(), 15u);  // 6 transactions + 8 holdings in Table I, 1 in Table II
  EXPECT_EQ(f.footnotes.size(), 16u);
  ASSERT_EQ(f.signatures.size(), 1u);
  EXPECT_EQ(f.signatures[0].name, "/s/ Travis Shrout, Attorney-in-Fact");
  EXPECT_EQ(f.signatures[0].date, iso("2022-12-14"));
  EXPECT_TRUE(f.diagnostics.empty());
}

TEST(ReadEdgarXml, Snowflake_SaleRowCarriesCodingAndPriceFootnotes) {
  const Filing f = read_ok(shared("corpus/form4-xml/snowflake-SNOW-2022-12-13-scarpelli.xml"));
  const Row& sale = f.rows[1];
  EXPECT_FALSE(sale.derivative);
  EXPECT_FALSE(sale.holding);
  EXPECT_EQ(sale.code, "S");
  EXPECT_EQ(sale.shares, Amount(73170));
  EXPECT_EQ(sale.price, Amount(150841, 1000));
  EXPECT_EQ(sale.acquired_disposed, "D");
  EXPECT_EQ(sale.owned_after, Amount(227927));
  EXPECT_EQ(sale.footnotes, (std::vector<FootnoteRef>{{"transactionCoding", "F2"}, {"transactionPricePerShare", "F3"}}));
}

TEST(ReadEdgarXml, Snowflake_OptionFootnoteOnlyOnExerciseDate) {
  const Filing f = read_ok(shared("corpus/form4-xml/snowflake-SNOW-2022-12-13-scarpelli.xml"));
  const Row& opt = f.rows.back();
  EXPECT_TRUE(opt.derivative);
  EXPECT_EQ(opt.security, "Stock Option (Right to Buy)");
  EXPECT_EQ(opt.exercise_price, Amount(888, 100));
  EXPECT_EQ(opt.code, "M");
  EXPECT_FALSE(opt.exercise_date);
  EXPECT_EQ(opt.expiration_date, iso("2029-08-26"));
  EXPECT_EQ(opt.underlying_security, "Class A Common Stock");
  EXPECT_EQ(opt.underlying_shares, Amount(200000));
  EXPECT_EQ(opt.footnotes, (std::vector<FootnoteRef>{{"exerciseDate", "F16"}}));
  const Footnote* f16 = f.footnote("F16");
  ASSERT_NE(f16, nullptr);
  EXPECT_EQ(f16->text.substr(0, 44), "The shares subject to the option are immedia");
  EXPECT_EQ(f16->text.back(), '.');  // trailing whitespace removed
}

TEST(ReadEdgarXml, Snowflake_HoldingsKeepNatureAndItsFootnote) {
  const Filing f = read_ok(shared("corpus/form4-xml/snowflake-SNOW-2022-12-13-scarpelli.xml"));
  const Row& h = f.rows[6];
  EXPECT_TRUE(h.holding);
  EXPECT_EQ(h.owned_after, Amount(577218));
  EXPECT_EQ(h.direct_indirect, "I");
  EXPECT_EQ(h.nature_of_ownership, "Trust");
  EXPECT_EQ(h.footnotes, (std::vector<FootnoteRef>{{"natureOfOwnership", "F8"}}));
}

TEST(ReadEdgarXml, Water374_BooleanTrueAndGrantRows) {
  const Filing f = read_ok(shared("corpus/form4-xml/374water-SCWO-2025-04-30-melkote.xml"));
  EXPECT_EQ(f.schema_version, "X0508");
  ASSERT_EQ(f.owners.size(), 1u);
  EXPECT_TRUE(f.owners[0].is_officer);
  EXPECT_EQ(f.owners[0].officer_title, "Chief Technology Officer");
  ASSERT_EQ(f.rows.size(), 2u);
  EXPECT_EQ(f.rows[0].code, "A");
  EXPECT_EQ(f.rows[0].shares, Amount(757756));
  EXPECT_TRUE(f.rows[1].is_award());
  EXPECT_EQ(f.rows[1].exercise_price, Amount(33, 100));
  EXPECT_EQ(f.rows[1].footnote_ids(), std::vector<std::string>{"F1"});
  EXPECT_EQ(f.rows[1].footnotes.size(), 2u);  // transactionShares and exerciseDate
}

TEST(ReadEdgarXml, Form3_HoldingsMultipleOwnersManyFootnotesPerCell) {
  const Filing f = read_ok(fixture("xml/form3-holdings-two-owners.xml"));
  EXPECT_EQ(f.form, "3");
  ASSERT_EQ(f.owners.size(), 2u);
  EXPECT_EQ(f.owners[0].relationship(), "Director, Officer (Chief Executive Officer)");
  EXPECT_EQ(f.owners[1].relationship(), "10% Owner");
  ASSERT_EQ(f.rows.size(), 3u);
  const Row& opt = f.rows[2];
  EXPECT_TRUE(opt.derivative && opt.holding);
  EXPECT_EQ(opt.exercise_price, Amount(125, 10));
  EXPECT_EQ(opt.expiration_date, iso("2030-06-14"));
  EXPECT_EQ(opt.underlying_shares, Amount(48000));
  EXPECT_EQ(opt.footnotes, (std::vector<FootnoteRef>{{"exerciseDate", "F3"}, {"exerciseDate", "F4"}, {"expirationDate", "F4"}}));
  EXPECT_EQ(opt.footnote_ids(), (std::vector<std::string>{"F3", "F4"}));
  EXPECT_EQ(f.remarks, "Exhibit 24 - Power of Attorney");
  EXPECT_EQ(f.signatures.size(), 2u);
}

TEST(ReadEdgarXml, Amendment_OriginalDateZonedDateAndFractionalShares) {
  const Filing f = read_ok(fixture("xml/form4a-amendment-many-footnotes.xml"));
  EXPECT_EQ(f.form, "4/A");
  EXPECT_EQ(f.date_of_original_submission, iso("2019-08-21"));
  ASSERT_EQ(f.rows.size(), 2u);
  EXPECT_EQ(f.rows[0].shares, Amount(95, 2));
  EXPECT_EQ(f.rows[0].footnote_ids(), (std::vector<std::string>{"F1", "F2", "F3"}));
  EXPECT_EQ(f.rows[1].transaction_date, iso("2019-08-20"));
}

TEST(ReadEdgarXml, FullTextSubmission_TakesAccessionAndEmbeddedDocument) {
  const Filing f = read_ok(fixture("xml/full-text-submission.txt"));
  EXPECT_EQ(f.accession, "0001209191-13-011234");
  EXPECT_EQ(f.issuer.ticker, "SCWO");
  EXPECT_EQ(f.rows.size(), 2u);
  EXPECT_EQ(f.rows[0].line, 49u);  // line numbers count from the start of the .txt file
}

TEST(ReadEdgarXml, Truncated_IsAnErrorWithFileAndLine) {
  const std::string path = fixture("xml/truncated.xml");
  auto r = read_edgar_xml(slurp(path), path);
  ASSERT_FALSE(r);
  ASSERT_EQ(r.diagnostics().size(), 1u);
  const auto& d = r.diagnostics()[0];
  EXPECT_EQ(d.code, "xml_malformed");
  EXPECT_EQ(d.where.file, path);
  EXPECT_EQ(d.where.line, 62u);  // the last line: the document ends there
}

TEST(ReadEdgarXml, MalformedInTheMiddle_ReportsThatLine) {
  const std::string text = "<ownershipDocument>\n<issuer>\n<issuerName>A</issuer>\n</issuer>\n</ownershipDocument>\n";
  auto r = read_edgar_xml(text, "x.xml");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.diagnostics()[0].where.line, 3u);
}

TEST(ReadEdgarXml, NotAnOwnershipDocument_NamesTheRoot) {
  const std::string path = fixture("xml/not-ownership.xml");
  auto r = read_edgar_xml(slurp(path), path);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.diagnostics()[0].code, "not_ownership_document");
  EXPECT_NE(r.diagnostics()[0].message.find("<edgarSubmission>"), std::string::npos);
  EXPECT_EQ(r.diagnostics()[0].where.line, 2u);
}

TEST(ReadEdgarXml, UnreadableValuesAndUndefinedFootnotesAreWarningsWithLines) {
  const std::string text =
      "<ownershipDocument><documentType>4</documentType>\n"
      "<nonDerivativeTable><nonDerivativeTransaction>\n"
      "<transactionDate><value>2013-02-31</value></transactionDate>\n"
      "<transactionAmounts><transactionShares><value>lots</value><footnoteId id=\"F9\"/></transactionShares></transactionAmounts>\n"
      "</nonDerivativeTransaction></nonDerivativeTable></ownershipDocument>";
  auto r = read_edgar_xml(text, "w.xml");
  ASSERT_TRUE(r);
  const auto& ds = r->diagnostics;
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].code, "unreadable_date");
  EXPECT_EQ(ds[0].where.line, 3u);
  EXPECT_EQ(ds[0].where.field, "transactionDate");
  EXPECT_EQ(ds[1].code, "undefined_footnote");
  EXPECT_FALSE(r->rows[0].transaction_date);
  // A share count that cannot be read is an error on the row: no grant is built over it.
  ASSERT_EQ(r->rows[0].problems.size(), 1u);
  EXPECT_EQ(r->rows[0].problems[0].code, "unreadable_shares");
  EXPECT_EQ(r->rows[0].problems[0].where.line, 4u);
  EXPECT_EQ(r->rows[0].problems[0].where.field, "transactionShares");
}

std::string form4_with_shares(const std::string& shares, const std::string& issuer = "Acme Inc") {
  return "<ownershipDocument><documentType>4</documentType>\n"
         "<issuer><issuerName>" + issuer + "</issuerName></issuer>\n"
         "<nonDerivativeTable><nonDerivativeTransaction>\n"
         "<securityTitle><value>Common Stock</value></securityTitle>\n"
         "<transactionDate><value>2020-01-15</value></transactionDate>\n"
         "<transactionCoding><transactionCode>A</transactionCode></transactionCoding>\n"
         "<transactionAmounts><transactionShares><value>" + shares + "</value><footnoteId id=\"F1\"/></transactionShares>\n"
         "<transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode></transactionAmounts>\n"
         "</nonDerivativeTransaction></nonDerivativeTable>\n"
         "<footnotes><footnote id=\"F1\">The shares vest in four equal annual installments.</footnote></footnotes></ownershipDocument>";
}

TEST(ReadEdgarXml, ShareCountsBeyondAnyNumberAreRowErrors) {
  for (const char* bad : {"1e400", "NaN", "inf", "-inf", "1e-400"}) {
    auto r = read_edgar_xml(form4_with_shares(bad), "big.xml");
    ASSERT_TRUE(r) << bad;
    ASSERT_EQ(r->rows.size(), 1u);
    ASSERT_EQ(r->rows[0].problems.size(), 1u) << bad;
    EXPECT_EQ(r->rows[0].problems[0].code, "unreadable_shares");
    EXPECT_EQ(r->rows[0].problems[0].where.file, "big.xml");
    EXPECT_EQ(r->rows[0].problems[0].where.line, 7u);
  }
}

TEST(ReadEdgarXml, InvalidUtf8BecomesReplacementCharacterWithAWarning) {
  auto r = read_edgar_xml(form4_with_shares("100", "Acme\xFF\xC3 Inc"), "u.xml");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->issuer.name, "Acme\xEF\xBF\xBD\xEF\xBF\xBD Inc");
  ASSERT_FALSE(r->diagnostics.empty());
  const auto& w = r->diagnostics.front();
  EXPECT_EQ(w.code, "invalid_utf8");
  EXPECT_EQ(w.where.file, "u.xml");
  EXPECT_EQ(w.where.line, 2u);
  EXPECT_NE(w.message.find("byte offset 74"), std::string::npos) << w.message;
}

TEST(ReadEdgarXml, ALatin1DeclaredDocumentIsDecodedNotReplaced) {
  auto r = read_edgar_xml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + form4_with_shares("100", "Soci\xE9t\xE9 G\xE9n\xE9rale"), "l.xml");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->issuer.name, "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale");
  EXPECT_TRUE(r->diagnostics.empty());
}

std::string nested(std::size_t levels) {
  std::string open, close;
  for (std::size_t i = 0; i < levels; ++i) {
    open += "<a>";
    close += "</a>";
  }
  return open + "<footnoteId id=\"F1\"/>" + close;
}

std::string deep_form(std::size_t levels) {
  return "<ownershipDocument><documentType>4</documentType><nonDerivativeTable><nonDerivativeTransaction>\n" + nested(levels) +
         "\n</nonDerivativeTransaction></nonDerivativeTable><footnotes><footnote id=\"F1\">x</footnote></footnotes></ownershipDocument>";
}

TEST(ReadEdgarXml, NestingDeeperThanTheLimitIsAnErrorWithItsLine) {
  auto r = read_edgar_xml(deep_form(25'000), "deep.xml");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.diagnostics().front().code, "xml_too_deep");
  EXPECT_EQ(r.diagnostics().front().where.line, 2u);
  EXPECT_NE(r.diagnostics().front().message.find("256"), std::string::npos);
}

TEST(ReadEdgarXml, DeepNestingWithinARaisedLimitCostsNoStack) {
  ReadLimits limits;
  limits.max_xml_depth = 1'000'000;
  auto r = read_edgar_xml(deep_form(300'000), "deep.xml", limits);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->rows.size(), 1u);
  ASSERT_EQ(r->rows[0].footnotes.size(), 1u);
  EXPECT_EQ(r->rows[0].footnotes[0].field, "a");
}

TEST(ReadEdgarXml, EmptyAndBinaryInputNeverCrash) {
  EXPECT_FALSE(read_edgar_xml("", "e.xml"));
  EXPECT_FALSE(read_edgar_xml(std::string("\0\x01\xff<", 4), "b.xml"));
  EXPECT_FALSE(read_edgar_xml("<XML>", "c.txt"));
}

}  // namespace
}  // namespace vest::filings
