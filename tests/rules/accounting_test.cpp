// The salient-word invariant (rules/account_for_salient_words.cpp), checked on
// every line of every corpus we have (dev, labelled, holdout*, paraphrases):
// in an answer with dated tranches, every salient number or date token of a
// sentence the answer drew from lies inside a span the derivation shows (an
// explain step or a condition). This is computed here from the raw token
// stream and the public Interpretation, not from the pass's own bookkeeping.
// Also: the six silently-wrong families of issue 9 come out exact or refused.
#include "check.hpp"
#include "rules/grammar.hpp"
#include "rules/salient_words.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace vest::rules {
namespace {

std::vector<std::filesystem::path> corpus_files() {
  std::vector<std::filesystem::path> files = {std::filesystem::path(VEST_SHARED_DIR) / "corpus" / "footnotes-dev.jsonl",
                                              std::filesystem::path(VEST_SHARED_DIR) / "corpus" / "footnotes-labelled.jsonl"};
  for (const auto& dir : std::filesystem::directory_iterator(std::filesystem::path(VEST_SOURCE_DIR) / "tests" / "rules"))
    if (dir.is_directory() && (dir.path().filename().string().starts_with("holdout") || dir.path().filename() == "paraphrases"))
      for (const auto& f : std::filesystem::directory_iterator(dir.path()))
        if (f.path().extension() == ".jsonl") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  return files;
}

bool has_dates(const Interpretation& in) { return in.schedule && !in.schedule->tranches().empty(); }

// Date tokens in sentences that an explain step touches which no explain step or condition covers
// and which are not the stated grant or vesting commencement date.
std::vector<std::string> uncovered_numbers(const std::string& text, const Interpretation& in) {
  const Normalized norm = normalize(text);
  const std::vector<Node> tokens = tokenize(norm);
  std::vector<Span> covered;
  for (const auto& e : in.explain) covered.push_back(e.span);
  for (const auto& c : in.conditions)
    for (const auto& s : c.provenance.spans) covered.push_back(s);
  auto chars = [&](std::uint32_t b) { return char_offset(text, norm.orig[std::min<std::size_t>(b, norm.orig.size() - 1)]); };
  auto inside = [&](std::size_t b, std::size_t e) {
    for (const auto& s : covered)
      if (s.begin <= b && e <= s.end) return true;
    return false;
  };
  auto touches = [&](std::size_t b, std::size_t e) {
    for (const auto& s : in.explain)
      if (s.span.begin < e && b < s.span.end) return true;
    return false;
  };
  std::vector<std::string> out;
  std::size_t sb = 0;
  for (std::size_t i = 0; i <= tokens.size(); ++i) {
    if (i < tokens.size() && !(tokens[i].kind == NK::punct && (tokens[i].punct == '.' || tokens[i].punct == ';'))) continue;
    const std::size_t se = i;
    const std::size_t cb = se > sb ? chars(tokens[sb].b) : 0, ce = se > sb ? chars(tokens[se - 1].e - 1) + 1 : 0;
    // A performance condition stated as met ("earned based on performance through <date>", "as certified
    // previously ... on <date>"): its dates are history (warning performance_condition_met).
    bool condition_met = false;
    for (const auto& d : in.diagnostics)
      if (d.code == "performance_condition_met" && d.where.span && d.where.span->begin >= cb && d.where.span->end <= ce)
        condition_met = true;
    if (se > sb && !condition_met && touches(cb, ce)) {
      for (std::size_t k = sb; k < se; ++k) {
        // Dates: every one a schedule sentence holds is shown by the derivation, or is the grant or
        // vesting commencement date the footnote states (the anchors, in the spec).
        if (tokens[k].kind != NK::date) continue;
        const Date d{date::days{tokens[k].days}};
        if (in.spec && (in.spec->grant_date == d || in.spec->vesting_commencement == d)) continue;
        const std::size_t b = chars(tokens[k].b), e = chars(tokens[k].e - 1) + 1;
        // ("The PSUs were earned based on performance through <date>": the measurement period, history.)
        if (text.substr(cb, b - cb).find(" earned ") != std::string::npos) continue;
        if (!inside(b, e)) out.push_back(text.substr(b, e - b));
      }
    }
    sb = i + 1;
  }
  return out;
}

TEST(SalientWords, EveryAnswerWithDatesShowsWhereItsDatesCameFrom) {
  for (const auto& file : corpus_files()) {
    const auto rows = testing::read_jsonl(file.string());
    int dated = 0, refused_by_accounting = 0;
    for (const auto& r : rows) {
      const auto got = interpret(r["text"].get<std::string>(), testing::context_of(r));
      for (const auto& d : got.diagnostics)
        if (d.code == "unaccounted_word") {
          ++refused_by_accounting;
          EXPECT_EQ(got.kind, Kind::unrecognized) << r["id"];
          EXPECT_FALSE(has_dates(got)) << r["id"] << ": an unaccounted word beside a schedule";
          break;
        }
      if (!has_dates(got)) continue;
      ++dated;
      for (const auto& w : uncovered_numbers(r["text"].get<std::string>(), got))
        ADD_FAILURE() << file.filename().string() << " " << r["id"] << ": \"" << w
                      << "\" is in a sentence the schedule came from, but no explain step covers it";
    }
    std::cout << file.filename().string() << ": " << rows.size() << " lines, " << dated << " with dates, "
              << refused_by_accounting << " refused for an unaccounted word\n";
  }
}

struct Family {
  const char* name;
  const char* text;
  const char* grant_date;
  const char* expect_kind;  // the exact answer, if the rules read it; otherwise it must be refused
  const char* expect_tranches;  // "" for none (not_vesting); "monthly:DATE=LUMP,REST/N" for a lump then N months
};

std::string tranche_list(const Interpretation& in) {
  std::string s;
  if (in.schedule)
    for (const auto& t : in.schedule->tranches()) s += (s.empty() ? "" : " ") + to_iso(t.date) + "=" + t.shares.to_string();
  return s;
}

// The six families of issue 9 that used to give a schedule silently wrong, written after its descriptions.
TEST(SalientWords, FormerlySilentlyWrongFamiliesAreExactOrRefused) {
  const Family families[] = {
      {"lump on the six-month anniversary of the VCD, then monthly on each monthly anniversary thereafter",
       "The shares vest as follows: 1/8 of the shares vest on the six-month anniversary of January 10, 2024 (the "
       "\"Vesting Commencement Date\") and the remaining shares vest in 42 equal monthly installments on each monthly "
       "anniversary of the Vesting Commencement Date thereafter.",
       "2024-02-01", "time_based", "monthly:2024-07-10=125,875/42"},
      {"named months after an anniversary cliff",
       "25% of the RSUs vest on the first anniversary of the grant date and the remaining 75% vest in twelve equal "
       "quarterly installments on the first day of each January, April, July and October thereafter.",
       "2024-05-20", "time_based",
       "2025-05-20=250 2025-07-01=62 2025-10-01=63 2026-01-01=62 2026-04-01=63 2026-07-01=62 2026-10-01=63 "
       "2027-01-01=62 2027-04-01=63 2027-07-01=62 2027-10-01=63 2028-01-01=62 2028-04-01=63"},
      {"calendar-quarter ends after a cliff",
       "One-fourth of the shares vest on the one-year anniversary of the grant date, and one-sixteenth of the shares "
       "vest on the last day of each calendar quarter thereafter until all of the shares have vested.",
       "2024-02-10", "time_based",
       "2025-02-10=250 2025-03-31=62 2025-06-30=63 2025-09-30=62 2025-12-31=63 2026-03-31=62 2026-06-30=63 "
       "2026-09-30=62 2026-12-31=63 2027-03-31=62 2027-06-30=63 2027-09-30=62 2027-12-31=63"},
      {"granted fully vested, settled later",
       "The restricted stock units were granted fully vested and will be settled in shares on March 15, 2027.",
       "2024-03-15", "immediate", "2024-03-15=1000"},
      {"a 10b5-1 plan's adoption date",
       "The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the "
       "Reporting Person on August 30, 2024, which provides for the sale of shares that vest from time to time.",
       "2024-11-01", "not_vesting", ""},
      {"a dated portion beside a contingent one",
       "25% of the RSUs vested on the date of grant, and the remaining 75% will vest upon the FDA's approval of the "
       "Company's new drug application.",
       "2024-06-01", "mixed", "2024-06-01=250"},
      {"time-vesting RSUs beside performance share units",
       "Of the 1,000 units, 600 are time-vesting RSUs that vest in four equal annual installments beginning on "
       "March 1, 2025, and 400 are performance share units that will be earned, if at all, based on the Issuer's "
       "total shareholder return over a three-year performance period.",
       "2024-03-01", "mixed", "2025-03-01=150 2026-03-01=150 2027-03-01=150 2028-03-01=150"},
  };
  for (const auto& f : families) {
    GrantContext c;
    c.grant_date = parse_iso_date(f.grant_date);
    c.shares = Amount(1000);
    const auto got = interpret(f.text, c);
    const std::string tranches = tranche_list(got);
    std::string expected = f.expect_tranches;
    if (expected.starts_with("monthly:")) {  // a lump, then n monthly installments of the rest (cumulative round-down)
      const Date first = parse_iso_date(expected.substr(8, 10)).value();
      const long lump = std::stol(expected.substr(19)), rest = std::stol(expected.substr(expected.find(',') + 1));
      const long n = std::stol(expected.substr(expected.find('/') + 1));
      expected = to_iso(first) + "=" + std::to_string(lump);
      for (long k = 1; k <= n; ++k)
        expected += " " + to_iso(add_months(first, static_cast<int>(k))) + "=" + std::to_string(rest * k / n - rest * (k - 1) / n);
    }
    const bool exact = std::string(to_string(got.kind)) == f.expect_kind && tranches == expected;
    const bool refused = got.kind == Kind::unrecognized && tranches.empty();
    EXPECT_TRUE(exact || refused) << f.name << ": got " << to_string(got.kind) << " [" << tranches << "]";
    std::cout << f.name << ": " << (exact ? "exact" : "refused") << "\n";
  }
}

// Answers decided before the accounting runs (a represents-vesting sentence, decided by its first words; a
// not-a-schedule answer, settled before any schedule is assembled) still leave no vesting unread: a second vesting
// statement after such a lead is refused, or read (a tranche on its date). Each lead alone is read, not refused.
TEST(SalientWords, AnswersDecidedEarlyLeaveNoSecondVestingUnread) {
  const char* leads[] = {
      // (no '.' ends a sentence after "LLC": the second statement joins this sentence)
      "Represents vesting of each outstanding share of unvested restricted stock of the Company granted pursuant to the "
      "Company's 2020 Long-Term Incentive Plan, in accordance with the Agreement and Plan of Merger, dated as of January "
      "23, 2022, by and among the Company, Rapids Parent LLC and Rapids Merger Sub LLC.",
      "Represents the vesting of restricted stock units.",
      "Represents shares withheld to satisfy tax withholding obligations upon the vesting of restricted stock units.",
      "The RSUs vested on March 1, 2022. Shares were withheld to cover taxes.",
  };
  const char* seconds[] = {
      "In connection with the merger, 50% of the shares vest on May 19, 2023.",
      "Under the Reporting Person's Rule 10b5-1 trading plan, 50% of the units vest on May 19, 2023.",
      "To satisfy tax withholding obligations, 50% of the shares vest on May 19, 2023.",
      "Upon settlement of the units, 50% of the shares vest on May 19, 2023.",
      "The remaining shares will vest in four equal annual installments beginning on May 19, 2023.",
      "The number of shares that vest will be determined based on the achievement of performance goals.",
  };
  GrantContext c;
  c.grant_date = parse_iso_date("2022-05-19");
  c.shares = Amount(1000);
  for (const char* lead : leads) {
    EXPECT_NE(interpret(lead, c).kind, Kind::unrecognized) << lead;
    for (const char* second : seconds) {
      const std::string text = std::string(lead) + " " + second;
      const auto got = interpret(text, c);
      const std::string tranches = tranche_list(got);
      const bool refused = got.kind == Kind::unrecognized && tranches.empty();
      const bool read = tranches.find("2023-05-19=") != std::string::npos || got.kind == Kind::performance ||
                        got.kind == Kind::mixed;
      EXPECT_TRUE(refused || read) << text << ": got " << to_string(got.kind) << " [" << tranches << "]";
    }
  }
}

// Dividend equivalents counted in the reported amount ("Includes 60 dividend equivalent rights ...", "The RSUs,
// including the dividend equivalent rights, vest ...") are part of the row: a timing of their own beside the award's
// schedule is refused unless the schedule reads it; counted apart (no inclusion word), the row is the award alone and
// their own dates stay set aside. Every sentence about their timing is tried after each inclusion, and alone.
TEST(SalientWords, DividendEquivalentsCountedInTheRowHaveNoDatesOfTheirOwn) {
  const std::string schedule = "The RSUs vest in three equal annual installments beginning on February 1, 2026.";
  const std::string rows[] = {
      "Includes 60 dividend equivalent rights that accrued on the RSUs and vest on the same schedule. " + schedule,
      "The RSUs, including the dividend equivalent rights, vest in three equal annual installments beginning on February "
      "1, 2026.",
      "The RSUs, together with accrued dividend equivalent units, vest in three equal annual installments beginning on "
      "February 1, 2026."};
  const char* timings[] = {"Dividend equivalents will be paid on March 1, 2029.",
                           "The dividend equivalents vested on December 1, 2024.",
                           "The dividend equivalents will vest in full on the third anniversary of the grant date.",
                           "The dividend equivalents vest on March 1, 2027.",
                           "Dividend equivalents vest in two equal annual installments beginning on March 1, 2027."};
  const std::string award = "2026-02-01=1020 2027-02-01=1020 2028-02-01=1020";
  GrantContext c;
  c.grant_date = parse_iso_date("2025-02-01");
  c.shares = Amount(3060);
  for (const std::string& row : rows) {
    EXPECT_EQ(tranche_list(interpret(row, c)), award) << row;
    for (const char* timing : timings) {
      const auto got = interpret(row + " " + timing, c);
      EXPECT_TRUE(got.kind == Kind::unrecognized && tranche_list(got).empty())
          << row << " " << timing << ": got " << to_string(got.kind) << " [" << tranche_list(got) << "]";
    }
    // (The check that refuses it, not another one: before it, this was the award's schedule.)
    const auto paid = interpret(row + " " + timings[0], c);
    EXPECT_TRUE(std::any_of(paid.diagnostics.begin(), paid.diagnostics.end(), [](const auto& d) {
      return d.message.find("includes dividend equivalents") != std::string::npos;
    })) << row;
  }
  // The award alone: its schedule, or refused for words of the sentence, never another schedule.
  for (const char* timing : timings) {
    const std::string tranches = tranche_list(interpret(schedule + " " + timing, c));
    EXPECT_TRUE(tranches.empty() || tranches == award) << timing << ": got [" << tranches << "]";
  }
  EXPECT_EQ(tranche_list(interpret(schedule + " " + timings[0], c)), award);
}

}  // namespace
}  // namespace vest::rules
