#include "engine/filings/dataset_tsv.hpp"

#include "engine/filings/edgar_xml.hpp"
#include "test_util.hpp"
#include "zip_util.hpp"
#include "dataset_util.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace vest::filings {
namespace {

using testing::fixture;
using testing::iso;
using testing::shared;
using testing::slurp;
using testing::drop_column;
using testing::fixture_tables;
using testing::table;
using testing::write_dataset;

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

TEST(ReadDataset, AMissingNeededColumnIsAnErrorNamingFileAndColumn) {
  for (const auto& [file, column] : {std::pair<std::string, std::string>{"NONDERIV_TRANS.tsv", "TRANS_SHARES"},
                                     {"FOOTNOTES.tsv", "FOOTNOTE_TXT"}, {"DERIV_TRANS.tsv", "UNDLYNG_SEC_SHARES"}}) {
    auto tables = fixture_tables();
    table(tables, file) = drop_column(table(tables, file), column);
    Collected c;
    read_dataset_dir(write_dataset("missing-col", tables), c.sink());
    ASSERT_EQ(c.errors.size(), 1u) << column;
    EXPECT_EQ(c.errors[0].code, "missing_column");
    EXPECT_EQ(c.errors[0].where.field, column);
    EXPECT_NE(c.errors[0].where.file.find(file), std::string::npos);
    EXPECT_EQ(c.filings.size(), 2u);  // the rest is still read
  }
}

TEST(ReadDataset, ADuplicatedHeaderColumnIsAnError) {
  auto tables = fixture_tables();
  auto& ft = table(tables, "FOOTNOTES.tsv");
  ft.replace(ft.find("FOOTNOTE_ID"), 11, "FOOTNOTE_TXT");
  Collected c;
  read_dataset_dir(write_dataset("dup-col", tables), c.sink());
  ASSERT_FALSE(c.errors.empty());
  EXPECT_EQ(c.errors[0].code, "duplicate_column");
  EXPECT_EQ(c.errors[0].where.field, "FOOTNOTE_TXT");
}

TEST(ReadDataset, InvalidUtf8InACellBecomesReplacementCharacterWithItsLine) {
  auto tables = fixture_tables();
  auto& sub = table(tables, "SUBMISSION.tsv");
  sub.insert(sub.find("SONUS") + 5, "\xFF");
  Collected c;
  read_dataset_dir(write_dataset("utf8", tables), c.sink());
  ASSERT_EQ(c.filings.size(), 2u);
  EXPECT_EQ(c.filings[0].issuer.name, "SONUS\xEF\xBF\xBD NETWORKS INC");
  const auto& ds = c.filings[0].diagnostics;
  const auto w = std::find_if(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.code == "invalid_utf8"; });
  ASSERT_NE(w, ds.end());
  EXPECT_EQ(w->where.line, 2u);
  EXPECT_NE(w->where.file.find("SUBMISSION.tsv"), std::string::npos);
}

TEST(ReadDataset, UnreadableShareCountIsARowError) {
  auto tables = fixture_tables();
  auto& nt = table(tables, "NONDERIV_TRANS.tsv");
  nt.replace(nt.find("\t58824\t"), 7, "\tNaN\t");
  Collected c;
  read_dataset_dir(write_dataset("nan", tables), c.sink());
  ASSERT_EQ(c.filings.size(), 2u);
  const auto& rows = c.filings[0].rows;
  const auto bad = std::find_if(rows.begin(), rows.end(), [](const Row& r) { return !r.problems.empty(); });
  ASSERT_NE(bad, rows.end());
  EXPECT_EQ(bad->problems[0].code, "unreadable_shares");
  EXPECT_EQ(bad->problems[0].where.field, "TRANS_SHARES");
}

TEST(ReadDatasetZip, MembersMappingToTheSameTableAreAnErrorNamingBoth) {
  auto tables = fixture_tables();
  tables.emplace_back("old/submission.TSV", table(tables, "SUBMISSION.tsv"));
  Collected c;
  read_dataset_zip_bytes(testing::make_zip(tables), "d.zip", c.sink());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, "duplicate_table");
  EXPECT_NE(c.errors[0].message.find("\"SUBMISSION.tsv\""), std::string::npos) << c.errors[0].message;
  EXPECT_NE(c.errors[0].message.find("\"old/submission.TSV\""), std::string::npos) << c.errors[0].message;
  EXPECT_EQ(c.filings.size(), 2u);
}

TEST(ReadDatasetZip, ReadsFromMemoryWithoutAnyFileLeftBehind) {
  Collected c;
  read_dataset_zip_bytes(testing::make_zip(fixture_tables()), "d.zip", c.sink());
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.filings.size(), 2u);
  EXPECT_EQ(c.filings[0].source.rfind("d.zip!SUBMISSION.tsv:", 0), 0u);
}

}  // namespace
}  // namespace vest::filings
