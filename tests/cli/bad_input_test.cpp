// Hostile and broken command lines and inputs (issue 12): clear errors, never
// an abort, never a number that is not so.
#include "run_command.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using vest::testing::run_vest;

namespace {

std::string temp_file(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / ("vest-bad-input-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

const std::string kBook =
    "id,holder,issuer,grant_date,shares,schedule\n"
    "g1,Ann,Acme,2020-01-01,100,all at +12m\n"
    "g2,Bob,Acme,2020-01-01,200,all at +12m\n";

TEST(VestPortfolio, ReadsStandardInputAsDashAndAsDevStdin) {
  for (const char* name : {"-", "/dev/stdin"}) {
    const auto r = run_vest(std::string("portfolio ") + name + " --as-of 2025-06-30 --format csv", kBook);
    EXPECT_EQ(r.status, 0) << name << ": " << r.err;
    EXPECT_NE(r.out.find("(total),2,300,300"), std::string::npos) << name << ": " << r.out;
  }
}

TEST(VestPortfolio, ReadsAPipeFromProcessSubstitution) {
  const std::string f = temp_file("book.csv", kBook);
  const auto r = run_vest("portfolio /dev/fd/3 --as-of 2025-06-30 --format csv 3< " + f);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("(total),2,300,300"), std::string::npos) << r.out;
  std::filesystem::remove(f);
}

TEST(VestPortfolio, AFolderIsAnErrorNamingItNotAnAbort) {
  const auto r = run_vest("portfolio /tmp --as-of 2025-06-30");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("/tmp: error: is a directory"), std::string::npos) << r.err;
}

TEST(VestPortfolio, InvalidUtf8NamesGiveValidJson) {
  const std::string f = temp_file("utf8.csv",
                                  "id,holder,issuer,grant_date,shares,schedule\n"
                                  "g1,A\xff\xfe" "B,X\xc0,2020-01-01,10,all at +1m\n");
  for (const char* extra : {" --grants", " --group-by holder", " --group-by issuer"}) {
    const auto r = run_vest("portfolio " + f + " --as-of 2025-06-30 --format json" + extra);
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_FALSE(nlohmann::json::parse(r.out, nullptr, false).is_discarded()) << r.out;
  }
  std::filesystem::remove(f);
}

TEST(VestParse, JsonlFromDashDevStdinAndAFolder) {
  const std::string line = R"({"id":"a","text":"All shares vest on March 1, 2025.","shares":10})";
  for (const char* name : {"-", "/dev/stdin"}) {
    const auto r = run_vest(std::string("parse --jsonl ") + name, line + "\n\n" + line + "\n");
    EXPECT_EQ(r.status, 1) << r.err;  // the blank line is an error line
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3) << r.out;
    EXPECT_NE(r.out.find("blank_line"), std::string::npos) << r.out;
  }
  const auto dir = run_vest("parse --jsonl /tmp");
  EXPECT_EQ(dir.status, 1);
  EXPECT_NE(dir.err.find("is a directory"), std::string::npos) << dir.err;
}

TEST(VestParse, AFootnoteOverTheLimitIsRefusedWithoutReadingItWhole) {
  const std::string text(5000, 'a');
  const auto r = run_vest("parse --max-footnote-bytes 1000 --shares 10", text);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("footnote_too_long"), std::string::npos) << r.err;
  // A line longer than the footnote limit can need (6 bytes per byte escaped, plus 64 KiB) is not read whole.
  const std::string huge(200000, 'a');
  const auto batch = run_vest("parse --jsonl - --max-footnote-bytes 10", "{\"text\":\"" + huge + "\"}\n{\"text\":\"x\"}\n");
  EXPECT_EQ(std::count(batch.out.begin(), batch.out.end(), '\n'), 2) << batch.out;
  EXPECT_NE(batch.out.find("line_too_long"), std::string::npos) << batch.out;
}

TEST(VestParse, VeryLargeShareCountsAreExact) {
  const auto r = run_vest("parse --text 'All shares vest on March 1, 2025.' --shares 100000000000000000000001 --format json");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("100000000000000000000001"), std::string::npos) << r.out;
}

const std::string kGrant = "schedule --grant-date 2020-01-01 --shares 48000 --installments 48 ";

TEST(VestSchedule, WindowBeyondAThousandYearsIsARangeError) {
  for (const char* w : {"100000y", "2147483647d", "99999999999999999999d", "12001m"}) {
    const auto r = run_vest(kGrant + "--exercise-price 1 --terminate 2021-01-01 --as-of 2022-01-01 --window " + w);
    EXPECT_EQ(r.status, 2) << w;
    EXPECT_NE(r.err.find("out of range"), std::string::npos) << w << ": " << r.err;
    EXPECT_EQ(r.out, "") << w;
  }
  const auto ok = run_vest(kGrant + "--exercise-price 1 --terminate 2021-01-01 --as-of 2030-01-01 --window 1000y --format json");
  ASSERT_EQ(ok.status, 0) << ok.err;
  EXPECT_EQ(nlohmann::json::parse(ok.out)["as_of"]["exercisable"], 12000);
}

TEST(VestSchedule, ExercisedAndPriceOutsideTheirRangeAreErrors) {
  const auto neg = run_vest(kGrant + "--exercise-price 1 --exercised=-5 --as-of 2030-01-01");
  EXPECT_EQ(neg.status, 1);
  EXPECT_NE(neg.err.find("negative_exercised"), std::string::npos) << neg.err;
  EXPECT_EQ(neg.out, "");
  const auto over = run_vest(kGrant + "--exercise-price 1 --exercised 48001 --as-of 2030-01-01");
  EXPECT_NE(over.err.find("exercised_exceeds_grant"), std::string::npos) << over.err;
  const auto price = run_vest(kGrant + "--exercise-price=-1 --as-of 2030-01-01");
  EXPECT_NE(price.err.find("negative_exercise_price"), std::string::npos) << price.err;
}

TEST(VestSchedule, AccelerationBeforeTheGrantIsAnError) {
  const auto r = run_vest(kGrant + "--accelerate 2019-06-01 --as-of 2020-06-01");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("event_before_grant"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(VestSchedule, NegativeInstallmentsSayWhatIsWrong) {
  const auto r = run_vest("schedule --grant-date 2020-01-01 --shares 48000 --installments=-5");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--installments: -5 is negative"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("no vesting given"), std::string::npos) << r.err;
}

TEST(VestCommands, EveryDiagnosticIsOneLine) {
  // Each stderr line of these failures starts with "vest" or names a file: no continuation lines.
  for (const std::string& args : {kGrant + "--window 100000y --exercise-price 1", std::string("parse --jsonl /tmp"),
                                 std::string("portfolio /tmp")}) {
    const auto r = run_vest(args);
    std::istringstream lines(r.err);
    std::string l;
    while (std::getline(lines, l))
      EXPECT_TRUE(l.starts_with("vest") || l.starts_with("/") || l.starts_with("loaded")) << args << ": " << l;
  }
}

}  // namespace
