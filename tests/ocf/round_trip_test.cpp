// OCF out, then OCF in: for every schedule the interpreter produces on the
// corpora (../shared/corpus/*.jsonl, tests/rules/holdout*/*.jsonl), the written
// vesting terms — serialised to text and read back as a user's tool would —
// give the identical tranche table and contingent portions; grants written
// with explicit vestings only carry a warning, and their vestings add up to
// the tranches. One test over every line.
#include "engine/ocf/evaluate.hpp"
#include "engine/ocf/read_terms.hpp"
#include "engine/ocf/write_terms.hpp"
#include "rules/interpretation.hpp"
#include "tests/rules/check.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace vest::ocf {
namespace {

std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(VEST_SHARED_DIR) + "/corpus"))
    if (e.path().extension() == ".jsonl") files.push_back(e.path().string());
  for (const auto& e : std::filesystem::directory_iterator(std::string(VEST_SOURCE_DIR) + "/tests/rules"))
    if (e.is_directory() && e.path().filename().string().rfind("holdout", 0) == 0)
      for (const auto& f : std::filesystem::directory_iterator(e.path()))
        if (f.path().extension() == ".jsonl") files.push_back(f.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(OcfRoundTrip, EveryCorpusScheduleComesBackIdentical) {
  int schedules = 0, expressed = 0, lines = 0;
  for (const auto& file : corpus_files()) {
    for (const auto& row : rules::testing::read_jsonl(file)) {
      ++lines;
      const auto in = rules::interpret(row["text"].get<std::string>(), rules::testing::context_of(row));
      if (!in.spec || !in.schedule) continue;
      ++schedules;
      const std::string where = file + " " + row["id"].dump();
      const OcfOut out = ocf_grant_json(*in.spec, *in.schedule, "g", row["text"].get<std::string>());
      // The explicit vestings always add up to the dated tranches.
      Amount sum;
      for (const auto& v : out.grant["vestings"]) sum += *Amount::parse(v["amount"].get<std::string>());
      if (!out.grant["vestings"].empty()) {
        EXPECT_EQ(sum, in.schedule->dated_total()) << where;
      }
      if (!out.expressed) {
        EXPECT_FALSE(out.warnings.empty()) << where;
        continue;
      }
      ++expressed;
      auto read = read_vesting_terms_text(out.grant["vesting_terms"].dump(), where);
      ASSERT_TRUE(read) << where << ": " << format(read.diagnostics().front());
      OcfGrant g;
      g.vesting_start = ocf_vesting_start(*in.spec, *in.schedule);
      g.grant_date = in.spec->grant_date.value_or(*g.vesting_start);
      g.shares = in.spec->total_shares;
      auto back = evaluate_terms((*read)[0], g);
      ASSERT_TRUE(back) << where << ": " << format(back.diagnostics().front());
      const Schedule& a = *in.schedule;
      const Schedule& b = *back;
      ASSERT_EQ(a.tranches().size(), b.tranches().size()) << where;
      for (std::size_t i = 0; i < a.tranches().size(); ++i) {
        EXPECT_EQ(to_iso(a.tranches()[i].date), to_iso(b.tranches()[i].date)) << where << " tranche " << i;
        EXPECT_EQ(a.tranches()[i].shares, b.tranches()[i].shares) << where << " tranche " << i;
      }
      ASSERT_EQ(a.contingent().size(), b.contingent().size()) << where;
      for (std::size_t i = 0; i < a.contingent().size(); ++i) {
        EXPECT_EQ(a.contingent()[i].shares, b.contingent()[i].shares) << where;
        EXPECT_EQ(a.contingent()[i].condition, b.contingent()[i].condition) << where;
      }
    }
  }
  std::cout << lines << " corpus lines, " << schedules << " schedules, " << expressed
            << " written as vesting terms, the rest as explicit vestings\n";
  EXPECT_GT(lines, 400);
  EXPECT_GT(schedules, 200);
  // Nearly every interpreted schedule is written as terms. The others start
  // installments off the vesting start's calendar (calendar-quarter ends, named
  // months, lists of month-days: OCF's relative terms cannot say them) and are
  // written as explicit vestings with a warning (checked above). 2026-12-06:
  // 273 of 278; 2026-12-07: 517 of 550, after holdout12-14 added sets written
  // to stress calendar day rules.
  EXPECT_GE(expressed * 10, schedules * 9);
}

}  // namespace
}  // namespace vest::ocf
