#include "engine/filings/pdf_text.hpp"

#include "test_util.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace vest::filings {
namespace {

using testing::fixture;
using testing::iso;
using testing::shared;
using testing::slurp;

Filing read_ok(const std::string& path) {
  auto r = read_pdf_text(slurp(path), path);
  if (!r) {
    ADD_FAILURE() << path << ": " << (r.diagnostics().empty() ? "" : format(r.diagnostics().front()));
    return {};
  }
  return std::move(r).value();
}

bool has_warning(const Filing& f, std::string_view code, std::size_t line) {
  return std::any_of(f.diagnostics.begin(), f.diagnostics.end(),
                     [&](const Diagnostic& d) { return d.code == code && d.where.line == line; });
}

TEST(ReadPdfText, SonusRsa_HeaderIssuerTickerOwner) {
  const Filing f = read_ok(shared("seeds/form4-sonus-2013-02-15-rsa.txt"));
  EXPECT_EQ(f.format, SourceFormat::pdf_text);
  EXPECT_EQ(f.form, "4");
  EXPECT_EQ(f.issuer.name, "SONUS NETWORKS INC");
  EXPECT_EQ(f.issuer.ticker, "SONS");
  ASSERT_EQ(f.owners.size(), 1u);
  EXPECT_EQ(f.owners[0].name, "Scarfo Anthony");
  EXPECT_EQ(f.period_of_report, iso("2013-02-15"));
}

TEST(ReadPdfText, SonusRsa_ThreeRowsWithBrokenDatesRecovered) {
  const Filing f = read_ok(shared("seeds/form4-sonus-2013-02-15-rsa.txt"));
  ASSERT_EQ(f.rows.size(), 3u);
  const Row& a = f.rows[0];
  EXPECT_FALSE(a.derivative);
  EXPECT_EQ(a.security, "Common Stock");
  EXPECT_EQ(a.transaction_date, iso("2013-02-15"));
  EXPECT_EQ(a.code, "A");
  EXPECT_EQ(a.shares, Amount(58824));
  EXPECT_EQ(a.acquired_disposed, "A");
  EXPECT_EQ(a.price, Amount(0));
  EXPECT_EQ(a.owned_after, Amount(221324));
  EXPECT_EQ(a.direct_indirect, "D");
  EXPECT_EQ(a.footnotes, (std::vector<FootnoteRef>{{"transactionShares", "F1"}}));
  const Row& b = f.rows[1];
  EXPECT_EQ(b.shares, Amount(150000));
  EXPECT_EQ(b.owned_after, Amount(371324));
  EXPECT_EQ(b.footnote_ids(), std::vector<std::string>{"F2"});
  const Row& c = f.rows[2];
  EXPECT_EQ(c.code, "F");
  EXPECT_EQ(c.shares, Amount(17326));
  EXPECT_EQ(c.acquired_disposed, "D");
  EXPECT_EQ(c.price, Amount(276, 100));
  EXPECT_EQ(c.owned_after, Amount(353998));
  EXPECT_EQ(c.footnote_ids(), std::vector<std::string>{"F3"});
  EXPECT_EQ(c.transaction_date, iso("2013-02-15"));
  // Each broken date is reported where it was found.
  EXPECT_TRUE(has_warning(f, "recovered_transaction_date", a.line));
  EXPECT_TRUE(has_warning(f, "recovered_transaction_date", c.line));
  EXPECT_EQ(a.line, 28u);
}

TEST(ReadPdfText, SonusRsa_FootnotesAndSignature) {
  const Filing f = read_ok(shared("seeds/form4-sonus-2013-02-15-rsa.txt"));
  ASSERT_EQ(f.footnotes.size(), 3u);
  EXPECT_EQ(f.footnotes[0].id, "F1");
  EXPECT_EQ(f.footnotes[0].text.substr(0, 40), "These are restricted shares of Common St");
  EXPECT_EQ(f.footnotes[0].text.back(), '.');
  EXPECT_EQ(f.footnotes[2].text, "PAYMENT OF TAX LIABILITY BY DELIVERING SECURITIES TO THE COMPANY INCIDENT TO THE VESTING OF A SECURITY.");
  ASSERT_EQ(f.signatures.size(), 1u);
  EXPECT_EQ(f.signatures[0].name, "Anthony Scarfo");
  EXPECT_EQ(f.signatures[0].date, iso("2013-02-19"));
}

TEST(ReadPdfText, SonusOption_TabSeparatedTableTwoRow) {
  const Filing f = read_ok(shared("seeds/form4-sonus-2013-12-16-option.txt"));
  EXPECT_EQ(f.issuer.name, "SONUS NETWORKS INC");
  EXPECT_EQ(f.issuer.ticker, "SONS");
  ASSERT_EQ(f.owners.size(), 1u);
  EXPECT_EQ(f.owners[0].name, "Scarfo Anthony");
  EXPECT_TRUE(f.owners[0].is_officer);
  EXPECT_EQ(f.owners[0].officer_title, "EVP, Technology & Business Dev");
  EXPECT_EQ(f.period_of_report, iso("2013-12-16"));
  ASSERT_EQ(f.rows.size(), 1u);
  const Row& o = f.rows[0];
  EXPECT_TRUE(o.derivative);
  EXPECT_EQ(o.security, "Stock Option (right to buy)");
  EXPECT_EQ(o.exercise_price, Amount(291, 100));
  EXPECT_EQ(o.transaction_date, iso("2013-12-16"));
  EXPECT_EQ(o.code, "A");
  EXPECT_EQ(o.acquired_disposed, "A");
  EXPECT_EQ(o.shares, Amount(200000));
  EXPECT_FALSE(o.exercise_date);
  EXPECT_EQ(o.expiration_date, iso("2023-12-16"));
  EXPECT_EQ(o.underlying_security, "Common Stock");
  EXPECT_EQ(o.underlying_shares, Amount(200000));
  EXPECT_EQ(o.price, Amount(0));
  EXPECT_EQ(o.owned_after, Amount(200000));
  EXPECT_EQ(o.direct_indirect, "D");
  EXPECT_EQ(o.footnotes, (std::vector<FootnoteRef>{{"exerciseDate", "F1"}}));
  ASSERT_EQ(f.footnotes.size(), 1u);
  EXPECT_EQ(f.footnotes[0].text.substr(0, 34), "25% of the shares underlying this ");
  ASSERT_EQ(f.signatures.size(), 1u);
  EXPECT_EQ(f.signatures[0].name, "Anthony Scarfo");
  EXPECT_EQ(f.signatures[0].date, iso("2013-12-18"));
  EXPECT_TRUE(f.diagnostics.empty()) << format(f.diagnostics.front());
}

TEST(ReadPdfText, OtherConverterLayout_MultiLineFootnotesAndGluedMarks) {
  const Filing f = read_ok(fixture("text/form4-other-layout.txt"));
  EXPECT_EQ(f.issuer.name, "Acme Robotics Corp");
  EXPECT_EQ(f.issuer.ticker, "ACME");
  ASSERT_EQ(f.rows.size(), 2u);
  EXPECT_EQ(f.rows[0].shares, Amount(10000));
  EXPECT_EQ(f.rows[0].footnote_ids(), (std::vector<std::string>{"F1", "F2"}));
  const Row& rsu = f.rows[1];
  EXPECT_TRUE(rsu.derivative);
  EXPECT_EQ(rsu.security, "Restricted Stock Units");
  EXPECT_FALSE(rsu.exercise_price);
  EXPECT_EQ(rsu.transaction_date, iso("2021-03-01"));
  EXPECT_EQ(rsu.footnotes, (std::vector<FootnoteRef>{{"conversionOrExercisePrice", "F3"}, {"exerciseDate", "F4"}, {"expirationDate", "F4"}}));
  ASSERT_EQ(f.footnotes.size(), 4u);
  EXPECT_EQ(f.footnotes[3].text, "The restricted stock units vest in three equal annual installments beginning on March 1, 2022.");
}

TEST(ReadPdfText, NotAForm_IsAnErrorAtLineOne) {
  const std::string path = fixture("text/not-a-form.txt");
  auto r = read_pdf_text(slurp(path), path);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.diagnostics()[0].code, "not_a_form");
  EXPECT_EQ(r.diagnostics()[0].where.file, path);
  EXPECT_EQ(r.diagnostics()[0].where.line, 1u);
}

TEST(ReadPdfText, FormWithoutReadableRows_IsAnError) {
  auto r = read_pdf_text("FORM 4\nSTATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\nTable I - Non-Derivative\n", "e.txt");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.diagnostics()[0].code, "no_transactions");
}

TEST(ReadPdfText, GarbageNeverCrashes) {
  std::string junk = "FORM 4 BENEFICIAL OWNERSHIP\nTable I Non-Derivative\n";
  for (int i = 0; i < 200; ++i) junk += "| A | 1/ | (9)( | $ | / | 12/ | D | \\ | (((1) |\t\t00/00/0000 X\n";
  junk += "Explanation of Responses:\n(\n1.\n- \n";
  auto r = read_pdf_text(junk, "junk.txt");
  (void)r;
  SUCCEED();
}

}  // namespace
}  // namespace vest::filings
