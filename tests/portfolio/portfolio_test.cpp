// The compact portfolio against the engine and a naive reference projector.
//
// The reference lives only here: for each generated row it builds the
// schedule with the engine (build_schedule + apply_events), then projects it
// by walking every tranche (vests_on <= D, forfeited_on <= D), and computes
// calendars by walking every tranche as well. The fast queries must agree
// exactly, grant by grant.
#include "engine/core/events.hpp"
#include "engine/core/projection.hpp"
#include "engine/portfolio/generate.hpp"
#include "engine/portfolio/load.hpp"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

using namespace vest;
using namespace vest::portfolio;

namespace {

// Naive CSV record splitter for the generator's output (quotes, "" escapes; no line breaks in fields).
std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out(1);
  bool q = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (q) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') out.back() += '"', ++i;
      else if (c == '"') q = false;
      else out.back() += c;
    } else if (c == '"') q = true;
    else if (c == ',') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

struct Reference {
  Schedule schedule;
};

// The engine's schedule for a generated row, built independently of the portfolio.
std::optional<Schedule> engine_schedule(const std::map<std::string, std::string>& r) {
  const auto get = [&](const char* k) { auto it = r.find(k); return it == r.end() ? std::string() : it->second; };
  if (get("schedule").empty()) return std::nullopt;
  const Date grant = *parse_iso_date(get("grant_date"));
  const Date anchor = get("vesting_start").empty() ? grant : *parse_iso_date(get("vesting_start"));
  ScheduleSpec spec;
  std::string sh = get("shares");
  sh.erase(std::remove(sh.begin(), sh.end(), ','), sh.end());
  spec.total_shares = *Amount::parse(sh);
  spec.segments = parse_schedule_parameters(get("schedule"), anchor).value();
  if (!get("policy").empty()) spec.policy = *parse_allocation_policy(get("policy"));
  if (anchor != grant) {
    spec.grant_date = grant;
    spec.catch_up_before_grant = true;
  }
  if (!get("expiration").empty() || !get("exercise_price").empty() || get("early_exercise") == "true") {
    OptionTerms o;
    if (!get("expiration").empty()) o.expiration = *parse_iso_date(get("expiration"));
    if (!get("exercise_price").empty()) o.exercise_price = Amount::parse(get("exercise_price"));
    o.early_exercisable = get("early_exercise") == "true";
    if (!get("exercised").empty()) o.exercised = *Amount::parse(get("exercised"));
    spec.option = o;
  }
  auto s = build_schedule(spec);
  if (!s) return std::nullopt;
  if (!get("termination_date").empty()) {
    auto t = apply_events(*s, {Termination{*parse_iso_date(get("termination_date"))}});
    if (!t) return std::nullopt;
    return t.value();
  }
  return s.value();
}

// Naive projection: walk every tranche.
Figures naive(const Schedule& s, Date d) {
  Amount vested, unvested, contingent, forfeited;
  for (const auto& t : s.tranches()) {
    if (t.forfeited_on && *t.forfeited_on <= d) forfeited += t.shares;
    else if (t.vests_on <= d) vested += t.shares;
    else unvested += t.shares;
  }
  for (const auto& c : s.contingent()) {
    if (c.forfeited_on && *c.forfeited_on <= d) forfeited += c.shares;
    else contingent += c.shares;
  }
  Figures f;
  f.total = *s.total().to_fixed(4);
  f.vested = *vested.to_fixed(4);
  f.unvested = *unvested.to_fixed(4);
  f.contingent = *contingent.to_fixed(4);
  f.forfeited = *forfeited.to_fixed(4);
  if (const auto& o = s.option()) {
    f.is_option = true;
    f.expired = o->expiration && d > *o->expiration;
    if (!f.expired) {
      const Amount base = o->early_exercisable ? s.total() - forfeited : vested;
      const Amount left = base - o->exercised;
      f.exercisable = left > Amount(0) ? *left.to_fixed(4) : 0;
    }
  }
  return f;
}

std::string show(const Figures& f) {
  return "total " + fixed_to_string(f.total) + " vested " + fixed_to_string(f.vested) + " unvested " + fixed_to_string(f.unvested) +
         " contingent " + fixed_to_string(f.contingent) + " forfeited " + fixed_to_string(f.forfeited) + " exercisable " +
         fixed_to_string(f.exercisable) + (f.expired ? " expired" : "");
}

bool same(const Figures& a, const Figures& b) {
  return a.total == b.total && a.vested == b.vested && a.unvested == b.unvested && a.contingent == b.contingent &&
         a.forfeited == b.forfeited && a.exercisable == b.exercisable && a.expired == b.expired && a.is_option == b.is_option;
}

struct Book {
  std::string csv;
  Portfolio portfolio;
  LoadReport report;
  std::vector<std::map<std::string, std::string>> rows;  // by generated row
};

Book make_book(std::uint64_t grants, std::uint64_t seed) {
  Book b;
  std::ostringstream out;
  GenerateOptions g;
  g.grants = grants;
  g.seed = seed;
  g.footnote_percent = 0;
  generate_portfolio(out, g);
  b.csv = out.str();
  Loader l;
  l.load(b.csv, "gen.csv", InputFormat::csv);
  b.report = l.report();
  b.portfolio = std::move(l).take();
  std::istringstream in(b.csv);
  std::string line;
  std::getline(in, line);
  const auto header = split(line);
  while (std::getline(in, line)) {
    const auto f = split(line);
    std::map<std::string, std::string> r;
    for (std::size_t k = 0; k < header.size() && k < f.size(); ++k) r[header[k]] = f[k];
    b.rows.push_back(std::move(r));
  }
  return b;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr std::uint64_t kRandomGrants = 20'000;  // the sanitizer run stays fast; the normal run checks 100,000
#else
constexpr std::uint64_t kRandomGrants = 100'000;
#endif

}  // namespace

TEST(FastDate, AddMonthsAgreesWithTheEngineForEveryPolicy) {
  const DayOfMonthPolicy policies[] = {DayOfMonthPolicy::vesting_start_day(), DayOfMonthPolicy::last_day_of_month(),
                                       DayOfMonthPolicy::first_day_of_month(), DayOfMonthPolicy::vesting_start_day_minus_one(),
                                       DayOfMonthPolicy::fixed_day(25), DayOfMonthPolicy::fixed_day(31)};
  for (std::int32_t a = days_from_civil(2019, 1, 1); a <= days_from_civil(2025, 12, 31); a += 3) {
    const Civil c = civil_from_days(a);
    ASSERT_EQ(days_from_civil(c.y, c.m, c.d), a);
    for (int m = -13; m <= 61; m += 2)
      for (const auto& p : policies)
        ASSERT_EQ(add_months_days(c, m, p), to_days(add_months(from_days(a), m, p)))
            << to_iso(from_days(a)) << " + " << m << " months, " << to_string(p);
  }
}

TEST(Portfolio, SeedOptionAsOfMatchesTheIssue) {
  const std::string csv =
      "id,grant_date,shares,schedule,expiration,exercise_price\n"
      "opt,2013-12-16,200000,25% at +12m; rest every 1m x36 from +13m,2023-12-16,2.91\n";
  Loader l;
  l.load(csv, "seed.csv", InputFormat::csv);
  ASSERT_EQ(l.report().loaded, 1u);
  const Portfolio p = std::move(l).take();
  const Figures a = AsOfQuery(p, *parse_iso_date("2015-06-30")).at(0);
  EXPECT_EQ(a.vested, 75000 * kScale);
  EXPECT_EQ(a.unvested, 125000 * kScale);
  EXPECT_EQ(a.exercisable, 75000 * kScale);
  EXPECT_EQ(AsOfQuery(p, *parse_iso_date("2023-12-16")).at(0).exercisable, 200000 * kScale);
  const Figures z = AsOfQuery(p, *parse_iso_date("2023-12-17")).at(0);
  EXPECT_EQ(z.exercisable, 0);
  EXPECT_TRUE(z.expired);
  EXPECT_EQ(z.vested, 200000 * kScale);
  std::vector<TrancheOut> t;
  ASSERT_EQ(tranches(p, 0, t), 37u);
  EXPECT_EQ(to_iso(from_days(t[0].date)), "2014-12-16");
  EXPECT_EQ(t[0].shares, 50000 * kScale);
  EXPECT_EQ(t[1].shares, 4166 * kScale);
  EXPECT_EQ(t[2].shares, 4167 * kScale);
  EXPECT_EQ(t[36].cumulative, 200000 * kScale);
}

TEST(Portfolio, FastAsOfEqualsTheNaiveReferenceOnRandomGrants) {
  const Book b = make_book(kRandomGrants, 20260101);
  ASSERT_EQ(b.report.rejected, 0u) << (b.report.diagnostics.empty() ? "" : format(b.report.diagnostics[0]));
  ASSERT_EQ(b.portfolio.size(), kRandomGrants);
  // Shapes are shared: far fewer shapes than grants.
  EXPECT_LT(b.portfolio.shapes.size(), kRandomGrants / 20);
  const Date days[] = {*parse_iso_date("2004-12-31"), *parse_iso_date("2015-06-30"), *parse_iso_date("2025-02-28"),
                       *parse_iso_date("2031-01-01"), *parse_iso_date("2040-12-31")};
  std::vector<AsOfQuery> queries;
  for (Date d : days) queries.emplace_back(b.portfolio, d);
  // And 64 more days, one per grant in turn, around the ends of months and leap days.
  std::vector<AsOfQuery> more;
  for (int k = 0; k < 64; ++k)
    more.emplace_back(b.portfolio, from_days(days_from_civil(2006 + k % 24, 1 + static_cast<unsigned>(k * 5) % 12, 1) - 1 + k % 3));
  std::size_t checked = 0;
  for (std::size_t i = 0; i < b.portfolio.size(); ++i) {
    const auto s = engine_schedule(b.rows[i]);
    ASSERT_TRUE(s) << "row " << i;
    for (std::size_t k = 0; k <= std::size(days); ++k) {
      const AsOfQuery& q = k < std::size(days) ? queries[k] : more[i % more.size()];
      const Date d = q.as_of();
      const Figures fast = q.at(i);
      const Figures ref = naive(*s, d);
      ASSERT_TRUE(same(fast, ref)) << "grant " << b.portfolio.id(i) << " as of " << to_iso(d) << "\n fast " << show(fast)
                                   << "\n  ref " << show(ref);
    }
    if (i % 97 == 0) {  // tranche tables too, on a sample
      std::vector<TrancheOut> t;
      tranches(b.portfolio, i, t);
      const auto table = tranche_table(*s);
      ASSERT_EQ(t.size(), table.size()) << b.portfolio.id(i);
      for (std::size_t k = 0; k < t.size(); ++k) {
        ASSERT_EQ(t[k].date, to_days(table[k].date)) << b.portfolio.id(i) << " tranche " << k;
        ASSERT_EQ(t[k].vests_on, to_days(table[k].vests_on)) << b.portfolio.id(i) << " tranche " << k;
        ASSERT_EQ(t[k].shares, *table[k].shares.to_fixed(4)) << b.portfolio.id(i) << " tranche " << k;
        ASSERT_EQ(t[k].cumulative, *table[k].cumulative.to_fixed(4)) << b.portfolio.id(i) << " tranche " << k;
        ASSERT_EQ(t[k].forfeited, table[k].forfeited) << b.portfolio.id(i) << " tranche " << k;
      }
    }
    ++checked;
  }
  EXPECT_EQ(checked, kRandomGrants);
}

TEST(Portfolio, TotalsAndGroupsEqualTheSumOfPerGrantResults) {
  const Book b = make_book(30'000, 7);
  const AsOfQuery q(b.portfolio, *parse_iso_date("2024-03-31"));
  Totals sum;
  std::vector<Totals> by_issuer(b.portfolio.issuers.size());
  for (std::size_t i = 0; i < b.portfolio.size(); ++i) {
    const Figures f = q.at(i);
    sum.add(f);
    by_issuer[b.portfolio.issuer[i]].add(f);
    EXPECT_EQ(f.vested + f.unvested + f.contingent + f.forfeited, f.total) << b.portfolio.id(i);
  }
  for (unsigned threads : {1u, 2u, 3u}) {
    EXPECT_TRUE(q.run(GroupBy::none, threads).totals == sum) << threads << " threads, no grouping";
    const auto r = q.run(GroupBy::issuer, threads);
    EXPECT_TRUE(r.totals == sum) << threads << " threads";
    ASSERT_EQ(r.groups.size(), by_issuer.size());
    for (std::size_t g = 0; g < by_issuer.size(); ++g) EXPECT_TRUE(r.groups[g] == by_issuer[g]) << "issuer " << g;
  }
  EXPECT_GT(sum.vested, 0);
  EXPECT_GT(sum.contingent, 0);
  EXPECT_GT(sum.forfeited, 0);
  EXPECT_GT(sum.exercisable, 0);
}

// The ungrouped totals take a loop of their own (specialised per run of one shape);
// on a clustered book they must still equal the per-grant figures.
TEST(Portfolio, UngroupedTotalsOfAClusteredBookEqualTheSumOfPerGrantFigures) {
  Book b = make_book(30'000, 13);
  cluster(b.portfolio);
  for (const char* day : {"2004-12-31", "2012-02-29", "2019-07-31", "2024-03-31", "2027-12-01", "2041-01-01"}) {
    const AsOfQuery q(b.portfolio, *parse_iso_date(day));
    Totals sum;
    for (std::size_t i = 0; i < b.portfolio.size(); ++i) sum.add(q.at(i));
    for (unsigned threads : {1u, 2u}) EXPECT_TRUE(q.run(GroupBy::none, threads).totals == sum) << day << ", " << threads << " threads";
  }
}

TEST(Portfolio, ClusteringKeepsEveryGrantAndEveryTotal) {
  Book b = make_book(20'000, 5);
  const Date d = *parse_iso_date("2022-09-30");
  std::map<std::string, Figures> before;
  {
    const AsOfQuery q(b.portfolio, d);
    for (std::size_t i = 0; i < b.portfolio.size(); ++i) before[std::string(b.portfolio.id(i))] = q.at(i);
  }
  const auto totals = AsOfQuery(b.portfolio, d).run(GroupBy::holder, 2);
  const Calendar cal = vesting_calendar(b.portfolio, CalendarUnit::quarter, d, *parse_iso_date("2030-12-31"), false, 2);
  Portfolio c = b.portfolio;
  cluster(c);
  ASSERT_EQ(c.size(), b.portfolio.size());
  for (std::size_t i = 1; i < c.size(); ++i)
    ASSERT_TRUE(c.shape[i - 1] < c.shape[i] || (c.shape[i - 1] == c.shape[i] && c.anchor[i - 1] <= c.anchor[i]));
  const AsOfQuery q(c, d);
  for (std::size_t i = 0; i < c.size(); ++i) ASSERT_TRUE(same(q.at(i), before.at(std::string(c.id(i))))) << c.id(i);
  const auto after = q.run(GroupBy::holder, 2);
  EXPECT_TRUE(after.totals == totals.totals);
  ASSERT_EQ(after.groups.size(), totals.groups.size());
  for (std::size_t g = 0; g < after.groups.size(); ++g) EXPECT_TRUE(after.groups[g] == totals.groups[g]);
  const Calendar cal2 = vesting_calendar(c, CalendarUnit::quarter, d, *parse_iso_date("2030-12-31"), false, 2);
  ASSERT_EQ(cal2.buckets.size(), cal.buckets.size());
  for (std::size_t k = 0; k < cal.buckets.size(); ++k) EXPECT_TRUE(cal2.buckets[k].shares == cal.buckets[k].shares);
}

TEST(Portfolio, CalendarEqualsTheNaiveSumOfTranches) {
  const Book b = make_book(5'000, 11);
  const Date from = *parse_iso_date("2024-02-10"), to = *parse_iso_date("2027-11-20");
  ASSERT_EQ(b.report.rejected, 0u);
  std::vector<Schedule> schedules;
  for (const auto& r : b.rows) schedules.push_back(*engine_schedule(r));
  for (auto unit : {CalendarUnit::day, CalendarUnit::week, CalendarUnit::month, CalendarUnit::quarter, CalendarUnit::year}) {
    const Calendar cal = vesting_calendar(b.portfolio, unit, from, to, true, 2);
    ASSERT_FALSE(cal.buckets.empty());
    EXPECT_EQ(cal.buckets.front().start, from);
    EXPECT_EQ(cal.buckets.back().end, to);
    std::vector<Amount> ref(cal.buckets.size());
    std::map<std::string, std::vector<Amount>> ref_issuer;
    for (std::size_t i = 0; i < b.rows.size(); ++i) {
      for (const auto& t : schedules[i].tranches()) {
        if (t.forfeited_on || t.vests_on < from || t.vests_on > to) continue;
        std::size_t k = 0;
        while (cal.buckets[k].end < t.vests_on) ++k;  // naive bucket search
        ref[k] += t.shares;
        auto& ri = ref_issuer[b.rows[i].at("issuer")];
        ri.resize(cal.buckets.size());
        ri[k] += t.shares;
      }
    }
    for (std::size_t k = 0; k < ref.size(); ++k) {
      ASSERT_EQ(fixed_to_string(cal.buckets[k].shares), ref[k].to_string()) << "bucket " << to_iso(cal.buckets[k].start);
      if (k > 0) {
        ASSERT_EQ(cal.buckets[k].start, cal.buckets[k - 1].end + date::days{1});
      }
    }
    for (std::uint32_t g = 0; g < b.portfolio.issuers.size(); ++g) {
      const auto& ri = ref_issuer[b.portfolio.issuers[g]];
      for (std::size_t k = 0; k < cal.buckets.size(); ++k)
        ASSERT_EQ(fixed_to_string(cal.issuer_shares[g][k]), k < ri.size() ? ri[k].to_string() : "0");
    }
  }
}

TEST(Portfolio, TrancheTablesMatchTheEngineForEveryDayOfMonthPolicy) {
  const char* schedules[] = {"all every 1m x14 minus1", "all every 1m x14 som", "all every 1m x14 day31",
                             "25% at +12m day25; rest every 3m x8 from +15m day25", "all every 1m x30 eom",
                             "1/3 at +12m; rest every 1m x24 from +13m"};
  std::string csv = "id,grant_date,shares,schedule\n";
  std::vector<std::pair<Date, std::string>> rows;
  int n = 0;
  for (std::int32_t d = days_from_civil(2023, 1, 1); d < days_from_civil(2025, 3, 1); d += 5)
    for (const char* sch : schedules) {
      csv += "r" + std::to_string(n++) + "," + to_iso(from_days(d)) + ",1000.5," + sch + "\n";
      rows.emplace_back(from_days(d), sch);
    }
  Loader l;
  l.load(csv, "p.csv", InputFormat::csv);
  ASSERT_EQ(l.report().rejected, 0u) << format(l.report().diagnostics.front());
  const Portfolio p = std::move(l).take();
  std::vector<TrancheOut> t;
  for (std::size_t i = 0; i < p.size(); ++i) {
    ScheduleSpec spec;
    spec.total_shares = *Amount::parse("1000.5");
    spec.segments = parse_schedule_parameters(rows[i].second, rows[i].first).value();
    const auto s = build_schedule(spec);
    ASSERT_TRUE(s);
    tranches(p, i, t);
    ASSERT_EQ(t.size(), s->tranches().size()) << rows[i].second;
    for (std::size_t k = 0; k < t.size(); ++k) {
      ASSERT_EQ(to_iso(from_days(t[k].date)), to_iso(s->tranches()[k].date)) << rows[i].second << " from " << to_iso(rows[i].first);
      ASSERT_EQ(t[k].shares, *s->tranches()[k].shares.to_fixed(4)) << rows[i].second;
    }
  }
}

TEST(Generator, IsDeterministicForASeed) {
  std::ostringstream a, b, c;
  generate_portfolio(a, {500, 42, 5, true});
  generate_portfolio(b, {500, 42, 5, true});
  generate_portfolio(c, {500, 43, 5, true});
  EXPECT_EQ(a.str(), b.str());
  EXPECT_NE(a.str(), c.str());
}
