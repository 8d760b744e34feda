// Every ReadLimits field is enforced with a clear error naming the input, and
// what lies within the limits is still read. (Nesting depth: edgar_xml_test.)
#include "engine/filings/limits.hpp"

#include "dataset_util.hpp"
#include "engine/filings/dataset_tsv.hpp"
#include "engine/filings/reader.hpp"
#include "zip_util.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace vest::filings {
namespace {

using namespace testing;

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
  std::size_t count(std::string_view code) const {
    return static_cast<std::size_t>(std::count_if(errors.begin(), errors.end(), [&](const Diagnostic& d) { return d.code == code; }));
  }
};

// The fixture with a third FOOTNOTES row of `bytes` characters for the Sonus filing.
Tables with_huge_footnote(std::size_t bytes) {
  auto tables = fixture_tables();
  table(tables, "FOOTNOTES.tsv") += "0001209191-13-011234\tF9\t" + std::string(bytes, 'x') + "\n";
  return tables;
}

TEST(MaxRowBytes, AHugeRowIsAnErrorWithItsLineAndTheRestIsRead) {
  ReadLimits limits;
  limits.max_row_bytes = 64 << 10;
  auto tables = with_huge_footnote(1 << 20);
  auto& ft = table(tables, "FOOTNOTES.tsv");
  const auto huge_line = static_cast<std::size_t>(std::count(ft.begin(), ft.end(), '\n'));  // the last line
  ft += "0001209191-13-011234\tF8\tlater row\n";
  Collected c;
  read_dataset_dir(write_dataset("huge-row", tables), c.sink(), {}, limits);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, "row_too_long");
  EXPECT_EQ(c.errors[0].where.line, huge_line);
  EXPECT_NE(c.errors[0].where.file.find("FOOTNOTES.tsv"), std::string::npos);
  ASSERT_EQ(c.filings.size(), 2u);
  EXPECT_TRUE(c.filings[0].footnote("F8"));  // the row after the huge one is read
  EXPECT_TRUE(c.filings[0].footnote("F2"));
  EXPECT_FALSE(c.filings[0].footnote("F9"));
}

TEST(MaxRowBytes, ARowWithinTheLimitIsReadWhole) {
  Collected c;
  read_dataset_dir(write_dataset("big-row", with_huge_footnote(1 << 20)), c.sink());
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.filings.size(), 2u);
  ASSERT_TRUE(c.filings[0].footnote("F9"));
  EXPECT_EQ(c.filings[0].footnote("F9")->text.size(), 1u << 20);
}

TEST(MaxErrorsPerFile, ErrorsBeyondTheLimitAreCountedInOneLine) {
  ReadLimits limits;
  limits.max_errors_per_file = 3;
  auto tables = fixture_tables();
  for (int i = 0; i < 50; ++i) table(tables, "FOOTNOTES.tsv") += "broken row without tabs\n";
  Collected c;
  read_dataset_dir(write_dataset("many-errors", tables), c.sink(), {}, limits);
  EXPECT_EQ(c.count("short_row"), 3u);
  ASSERT_EQ(c.count("too_many_errors"), 1u);
  EXPECT_NE(c.errors.back().message.find("47 more"), std::string::npos) << c.errors.back().message;
  EXPECT_EQ(c.filings.size(), 2u);
}

TEST(ZipLimits, AMemberAboveTheSizeLimitIsRefusedAndTheRestRead) {
  ReadLimits limits;
  limits.max_zip_member_bytes = 1 << 20;
  // A bomb: 16 MB of one repeated line compresses to a few KB.
  const std::string bomb = testing::make_zip({{"OWNER_SIGNATURE.tsv", std::string(4096, 'A') + "\n"}}, 4096);
  Collected c;
  read_dataset_zip_bytes(bomb, "bomb.zip", c.sink(), limits);
  ASSERT_GE(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, "zip_member_too_large");
  EXPECT_EQ(c.errors[0].where.file, "bomb.zip");
  EXPECT_NE(c.errors[0].message.find("--zip-max-member-bytes"), std::string::npos);
}

TEST(ZipLimits, TheTotalUncompressedSizeIsCapped) {
  ReadLimits limits;
  limits.max_zip_total_bytes = 2000;
  Collected c;
  read_dataset_zip_bytes(testing::make_zip(fixture_tables()), "d.zip", c.sink(), limits);
  EXPECT_EQ(c.count("zip_too_large"), 1u);
  for (const auto& e : c.errors) EXPECT_EQ(e.message.find('\n'), std::string::npos) << e.message;
}

TEST(ZipLimits, StreamedMembersLeaveNoTemporaryFiles) {
  const auto tmp = std::filesystem::temp_directory_path() / ("vest-test-tmp-" + std::to_string(::getpid()));
  std::filesystem::create_directories(tmp);
  ::setenv("TMPDIR", tmp.c_str(), 1);
  Collected c;
  bool empty_while_reading = true;
  read_dataset_zip_bytes(testing::make_zip(fixture_tables()), "d.zip", [&](Result<Filing>&& r) {
    empty_while_reading = empty_while_reading && std::filesystem::is_empty(tmp);
    c.sink()(std::move(r));
  });
  ::unsetenv("TMPDIR");
  EXPECT_TRUE(empty_while_reading);  // the tables have no name on disk even while in use
  EXPECT_EQ(c.filings.size(), 2u);
  std::filesystem::remove_all(tmp);
}

TEST(MaxFiles, FilesBeyondTheLimitAreAnErrorAndNotRead) {
  const auto dir = std::filesystem::temp_directory_path() / ("vest-test-files-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string xml = slurp(fixture("xml/form3-holdings-two-owners.xml"));
  for (int i = 0; i < 5; ++i) std::ofstream(dir / ("f" + std::to_string(i) + ".xml")) << xml;
  ReadOptions options;
  options.limits.max_files = 3;
  Collected c;
  read_input(dir, c.sink(), options);
  EXPECT_EQ(c.filings.size(), 3u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code, "too_many_files");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vest::filings
