#include "engine/filings/reader.hpp"

#include "test_util.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

namespace vest::filings {
namespace {

using testing::fixture;
using testing::shared;

TEST(DetectInput, ByContentNotByName) {
  EXPECT_EQ(detect_input(shared("corpus/form4-xml/snowflake-SNOW-2022-12-13-scarpelli.xml")), InputKind::edgar_xml);
  EXPECT_EQ(detect_input(fixture("xml/full-text-submission.txt")), InputKind::edgar_xml);
  EXPECT_EQ(detect_input(shared("seeds/form4-sonus-2013-02-15-rsa.txt")), InputKind::pdf_text);
  EXPECT_EQ(detect_input(fixture("dataset")), InputKind::dataset_dir);
  EXPECT_EQ(detect_input(fixture("dataset.zip")), InputKind::dataset_zip);
  EXPECT_EQ(detect_input(fixture("text")), InputKind::folder);
  EXPECT_EQ(detect_input(fixture("text/not-a-form.txt")), InputKind::unknown);
}

TEST(ReadInput, BadInputsAreErrorsWithFileAndLine_OthersStillRead) {
  std::vector<std::string> ok;
  Diagnostics errors;
  const FilingSink sink = [&](Result<Filing>&& r) {
    if (r)
      ok.push_back(r->source);
    else
      errors.insert(errors.end(), r.diagnostics().begin(), r.diagnostics().end());
  };
  for (const auto& p : {fixture("xml/truncated.xml"), shared("seeds/form4-sonus-2013-12-16-option.txt"),
                        fixture("dataset-bad"), fixture("text/not-a-form.txt"), fixture("no-such-file.xml"),
                        shared("corpus/form4-xml/374water-SCWO-2025-04-30-melkote.xml")})
    read_input(p, sink);
  EXPECT_EQ(ok.size(), 4u);  // the option seed, two data-set filings, the 374Water XML
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].code, "xml_malformed");
  EXPECT_EQ(errors[0].where.line, 62u);
  EXPECT_EQ(errors[1].code, "short_row");
  EXPECT_EQ(errors[1].where.line, 3u);
  EXPECT_EQ(errors[2].code, "unrecognized_format");
  EXPECT_EQ(errors[2].where.line, 1u);
  EXPECT_EQ(errors[3].code, "no_such_file");
}

TEST(ReadInput, LinkLoopsAndFifosInAFolderAreSkippedWithWarnings) {
  namespace fs = std::filesystem;
  const auto dir = fs::temp_directory_path() / ("vest-test-walk-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "sub" / "a.xml") << testing::slurp(fixture("xml/form3-holdings-two-owners.xml"));
  fs::create_directory_symlink(".", dir / "sub" / "self1");  // two self-links: 2^depth paths if followed
  fs::create_directory_symlink(".", dir / "sub" / "self2");
  fs::create_directory_symlink("..", dir / "sub" / "up");
  fs::create_symlink("nowhere", dir / "dangling");
  ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);  // reading it would block forever
  ReadOptions options;
  Diagnostics warnings;
  options.warn = [&](const Diagnostic& d) { warnings.push_back(d); };
  std::size_t filings = 0, errors = 0;
  read_input(dir, [&](Result<Filing>&& r) { r ? ++filings : ++errors; }, options);
  EXPECT_EQ(filings, 1u);  // a.xml, once
  EXPECT_EQ(errors, 0u);
  auto count = [&](std::string_view code) {
    return std::count_if(warnings.begin(), warnings.end(), [&](const Diagnostic& d) { return d.code == code; });
  };
  EXPECT_EQ(count("link_loop"), 3);
  EXPECT_EQ(count("special_file"), 1);
  EXPECT_EQ(count("dangling_link"), 1);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vest::filings
