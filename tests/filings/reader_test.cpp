#include "engine/filings/reader.hpp"

#include "test_util.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace vest::filings
