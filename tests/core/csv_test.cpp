// engine/core/csv.hpp: the quoting every vest CSV output uses (vest filing,
// vest portfolio, and the Python writer through them).
#include "engine/core/csv.hpp"

#include <gtest/gtest.h>

namespace vest {
namespace {

TEST(CsvField, PlainTextIsLeftAsIs) {
  EXPECT_EQ(csv_field("Stock Option (right to buy)"), "Stock Option (right to buy)");
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_field("27.08"), "27.08");
}

TEST(CsvField, SeparatorsQuotesAndLineBreaksAreQuoted) {
  EXPECT_EQ(csv_field("Acme, Inc."), "\"Acme, Inc.\"");
  EXPECT_EQ(csv_field("the \"Plan\""), "\"the \"\"Plan\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_field("cr\r"), "\"cr\r\"");
}

TEST(AppendCsvLine, JoinsQuotedCellsAndEndsTheLine) {
  std::string out = "a,b\n";
  append_csv_line(out, {"Doe Jane; Doe Trust", "Acme, Inc.", "", "50000"});
  EXPECT_EQ(out, "a,b\nDoe Jane; Doe Trust,\"Acme, Inc.\",,50000\n");
}

}  // namespace
}  // namespace vest
