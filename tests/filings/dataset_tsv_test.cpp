#include "engine/filings/dataset_tsv.hpp"

#include "engine/filings/edgar_xml.hpp"
#include "test_util.hpp"

#include <gtest/gtest.h>

namespace vest::filings {
namespace {

using testing::fixture;
using testing::iso;
using testing::shared;
using testing::slurp;

struct Collected {
  std::vector<Filing> filings;
  Diagnostics errors;
  DatasetSink sink() {
    return [this](Result<Filing>&& r) {
      if (r)
        filings.push_back(std::move(r).value());
      else
        errors.insert(errors.end(), r.diagnostics().begin(), r.diagnostics().end());
    };
  }
};

TEST(ReadDataset, FolderYieldsFilingsInSubmissionOrder) {
  Collected c;
  read_dataset_dir(fixture("dataset"), c.sink());
  EXPECT_TRUE(c.errors.empty()) << format(c.errors.front());
  ASSERT_EQ(c.filings.size(), 2u);
  const Filing& sonus = c.filings[0];
  EXPECT_EQ(sonus.format, SourceFormat::dataset_tsv);
  EXPECT_EQ(sonus.accession, "0001209191-13-011234");
  EXPECT_EQ(sonus.issuer.ticker, "SONS");
  EXPECT_EQ(sonus.period_of_report, iso("2013-02-15"));
  ASSERT_EQ(sonus.rows.size(), 3u);
  EXPECT_EQ(sonus.rows[2].code, "F");
  EXPECT_EQ(sonus.rows[2].price, Amount(276, 100));
  EXPECT_EQ(sonus.rows[2].footnotes, (std::vector<FootnoteRef>{{"transactionShares", "F3"}}));
  EXPECT_EQ(sonus.rows[0].line, 3u);  // line 2 is the 374Water row
  ASSERT_EQ(sonus.footnotes.size(), 3u);  // joined from FOOTNOTES although listed out of order
  EXPECT_NE(sonus.footnote("F2"), nullptr);
  EXPECT_NE(sonus.source.find("SUBMISSION.tsv:2"), std::string::npos);
}

// The data-set path and the XML path read the same filing the same way.
TEST(ReadDataset, SameRowsAndFootnotesAsTheEdgarXml) {
  Collected c;
  read_dataset_dir(fixture("dataset"), c.sink());
  ASSERT_EQ(c.filings.size(), 2u);
  const Filing& tsv = c.filings[1];
  const std::string path = shared("corpus/form4-xml/374water-SCWO-2025-04-30-melkote.xml");
  const auto xml = read_edgar_xml(slurp(path), path);
  ASSERT_TRUE(xml);
  EXPECT_EQ(tsv.issuer.cik, xml->issuer.cik);
  EXPECT_EQ(tsv.issuer.name, xml->issuer.name);
  ASSERT_EQ(tsv.owners.size(), 1u);
  EXPECT_EQ(tsv.owners[0].relationship(), xml->owners[0].relationship());
  ASSERT_EQ(tsv.rows.size(), xml->rows.size());
  for (std::size_t i = 0; i < tsv.rows.size(); ++i) {
    SCOPED_TRACE(i);
    const Row& a = tsv.rows[i];
    const Row& b = xml->rows[i];
    EXPECT_EQ(a.derivative, b.derivative);
    EXPECT_EQ(a.security, b.security);
    EXPECT_EQ(a.transaction_date, b.transaction_date);
    EXPECT_EQ(a.code, b.code);
    EXPECT_EQ(a.shares, b.shares);
    EXPECT_EQ(a.acquired_disposed, b.acquired_disposed);
    EXPECT_EQ(a.exercise_price, b.exercise_price);
    EXPECT_EQ(a.expiration_date, b.expiration_date);
    EXPECT_EQ(a.underlying_shares, b.underlying_shares);
    EXPECT_EQ(a.owned_after, b.owned_after);
    EXPECT_EQ(a.footnotes, b.footnotes);
  }
  ASSERT_EQ(tsv.footnotes.size(), 1u);
  EXPECT_EQ(tsv.footnotes[0].text, xml->footnotes[0].text);
}

TEST(ReadDataset, ZipGivesTheSameFilingsAsTheFolder) {
  Collected dir, zip;
  read_dataset_dir(fixture("dataset"), dir.sink());
  read_dataset_zip(fixture("dataset.zip"), zip.sink());
  EXPECT_TRUE(zip.errors.empty()) << format(zip.errors.front());
  ASSERT_EQ(zip.filings.size(), dir.filings.size());
  for (std::size_t i = 0; i < zip.filings.size(); ++i) {
    EXPECT_EQ(zip.filings[i].accession, dir.filings[i].accession);
    ASSERT_EQ(zip.filings[i].rows.size(), dir.filings[i].rows.size());
    for (std::size_t r = 0; r < zip.filings[i].rows.size(); ++r) {
      EXPECT_EQ(zip.filings[i].rows[r].shares, dir.filings[i].rows[r].shares);
      EXPECT_EQ(zip.filings[i].rows[r].footnotes, dir.filings[i].rows[r].footnotes);
    }
  }
  EXPECT_EQ(zip.filings[0].source.rfind(fixture("dataset.zip") + "!SUBMISSION.tsv:", 0), 0u);
}

TEST(ReadDataset, ShortRowIsAnErrorWithFileAndLine_TheRestIsRead) {
  Collected c;
  read_dataset_dir(fixture("dataset-bad"), c.sink());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, "short_row");
  EXPECT_EQ(c.errors[0].where.file, fixture("dataset-bad") + "/NONDERIV_TRANS.tsv");
  EXPECT_EQ(c.errors[0].where.line, 3u);
  ASSERT_EQ(c.filings.size(), 2u);
  EXPECT_EQ(c.filings[0].rows.size(), 2u);  // the broken 58,824 row is skipped
  EXPECT_EQ(c.filings[1].rows.size(), 2u);
}

TEST(ReadDataset, MissingSubmissionAndDamagedZipAreErrors) {
  Collected a;
  read_dataset_dir(fixture("xml"), a.sink());
  ASSERT_EQ(a.errors.size(), 1u);
  EXPECT_EQ(a.errors[0].code, "missing_table");
  Collected b;
  read_dataset_zip(fixture("xml/truncated.xml"), b.sink());
  ASSERT_FALSE(b.errors.empty());
  EXPECT_EQ(b.errors[0].code, "zip_unreadable");
  EXPECT_TRUE(b.filings.empty());
}

TEST(IsDatasetDir, RecognisesTheSubmissionTable) {
  EXPECT_TRUE(is_dataset_dir(fixture("dataset")));
  EXPECT_FALSE(is_dataset_dir(fixture("xml")));
}

}  // namespace
}  // namespace vest::filings
