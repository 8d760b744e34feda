// engine/core/diagnostic.hpp: diagnostics are values.
#include "engine/core/diagnostic.hpp"

#include <gtest/gtest.h>

#include <string>

namespace vest {
namespace {

TEST(FormatDiagnostic, FileLineColumnSeverityMessageAndCode) {
  Diagnostic d = Diagnostic::error("invalid_date", "no such day: 2023-02-30");
  EXPECT_EQ(format(d), "error: no such day: 2023-02-30 [invalid_date]");
  d.where.file = "form4.xml";
  d.where.line = 12;
  d.where.column = 3;
  EXPECT_EQ(format(d), "form4.xml:12:3: error: no such day: 2023-02-30 [invalid_date]");
  d.where.field = "F1";
  d.where.span = Span{5, 15};
  EXPECT_EQ(format(d), "form4.xml:12:3: error: F1: no such day: 2023-02-30 (chars 5-15) [invalid_date]");
}

TEST(FormatDiagnostic, LeavesOutUnknownParts) {
  Diagnostic w = Diagnostic::warning("rounded", "rounded 4.5 to 4");
  w.where.line = 7;
  EXPECT_EQ(format(w), "line 7: warning: rounded 4.5 to 4 [rounded]");
  w.where.file = "grants.csv";
  EXPECT_EQ(format(w), "grants.csv:7: warning: rounded 4.5 to 4 [rounded]");
}

TEST(SourceLocation, EmptyWhenNothingIsKnown) {
  EXPECT_TRUE(SourceLocation{}.empty());
  SourceLocation l;
  l.field = "grant_date";
  EXPECT_FALSE(l.empty());
}

TEST(HasErrors, WarningsAloneAreNotErrors) {
  EXPECT_FALSE(has_errors({}));
  EXPECT_FALSE(has_errors({Diagnostic::warning("w", "m")}));
  EXPECT_TRUE(has_errors({Diagnostic::warning("w", "m"), Diagnostic::error("e", "m")}));
}

TEST(Result, HoldsAValueWithWarningsOrErrorsWithout) {
  Result<int> ok(42, {Diagnostic::warning("w", "careful")});
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, 42);
  EXPECT_EQ(ok.diagnostics().size(), 1u);
  const auto bad = Result<int>::failure(Diagnostic::error("non_positive_total", "grant size must be positive, got 0"));
  EXPECT_FALSE(bad.ok());
  EXPECT_FALSE(static_cast<bool>(bad));
  ASSERT_EQ(bad.diagnostics().size(), 1u);
  EXPECT_EQ(bad.diagnostics()[0].code, "non_positive_total");
  Result<std::string> moved(std::string("value"));
  EXPECT_EQ(std::move(moved).value(), "value");
}


// Issue 12 item 20: a library message with a line break (libarchive's) stays one line.
TEST(FormatDiagnostic, IsAlwaysOneLine) {
  const Diagnostic d = Diagnostic::error("zip_unreadable", "damaged zip: Truncated input file\n(needed 3 bytes)\x01",
                                         {"a\nb.zip", 0, 0, "", {}});
  const std::string s = format(d);
  EXPECT_EQ(s.find('\n'), std::string::npos) << s;
  EXPECT_EQ(s, "a\\nb.zip: error: damaged zip: Truncated input file\\n(needed 3 bytes)\\x01 [zip_unreadable]");
}

}  // namespace
}  // namespace vest
