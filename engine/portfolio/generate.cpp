#include "engine/portfolio/generate.hpp"

#include "engine/portfolio/portfolio.hpp"

#include <array>
#include <string>
#include <cstdio>
#include <string_view>

namespace vest::portfolio {

namespace {

// splitmix64: tiny, fast and the same on every platform (std distributions are not).
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::uint64_t below(std::uint64_t n) { return static_cast<std::uint64_t>((static_cast<UWide>(next()) * n) >> 64); }
  bool chance(unsigned percent_times_10) { return below(1000) < percent_times_10; }
};

struct ShapeChoice {
  std::string_view schedule;
  unsigned weight;
};

// Shapes seen in the corpus, as schedule parameters (load.hpp).
constexpr std::array<ShapeChoice, 18> kShapes = {{
    {"25% at +12m; rest every 1m x36 from +13m", 16},           // 1/4 after a year, then 1/48 monthly (37 tranches)
    {"all every 1m x48 cliff 12", 8},                          // same, as a cliff
    {"all every 1y x4", 14},                                   // four annual installments
    {"all every 1y x3", 14},                                   // three annual installments
    {"all every 1y x5", 4},                                    // 20% on each of five anniversaries
    {"all every 3m x16", 8},                                   // quarterly over four years
    {"25% at +12m; rest every 3m x12 from +15m", 6},           // 25% then 6.25% quarterly
    {"1/3 at +12m; rest every 1m x24 from +13m", 4},           // one-third then monthly over 24 months
    {"50% at +12m; rest every 3m x8 from +15m", 3},            // 50% then quarterly over two years
    {"10% at +12m; 20% at +24m; 30% at +36m; 40% at +48m", 3}, // stepped
    {"50% at +12m; rest at +18m", 3},                          // twelve- and eighteen-month anniversaries
    {"all at +36m", 3},                                        // three-year cliff
    {"all at +0d", 3},                                         // fully vested at grant
    {"all every 1m x36", 3},                                   // monthly over three years
    {"all contingent performance goals", 2},                   // performance only
    {"50% contingent relative TSR; rest every 1y x3", 2},      // mixed time + performance
    {"25% at +12m eom; rest every 1m x36 from +13m eom", 2},   // on the last day of every month
    {"all every 2w x26", 1},                                   // bi-weekly (day periods)
}};

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March", "April", "May", "June",
                                                      "July", "August", "September", "October", "November", "December"};

std::string iso(std::int32_t days) {
  const Civil c = civil_from_days(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.y, c.m, c.d);
  return buf;
}

std::string prose(std::int32_t days) {
  const Civil c = civil_from_days(days);
  return std::string(kMonths[c.m - 1]) + " " + std::to_string(c.d) + ", " + std::to_string(c.y);
}

std::string csv_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

// Footnote phrasings from the corpus; {D} is the grant date in prose.
constexpr std::array<std::string_view, 8> kFootnotes = {
    "25% of the shares subject to the option vest on the first anniversary of {D}, and then 1/48th of the total shares vest monthly thereafter, subject to continued service.",
    "These restricted stock units vest in three equal annual installments beginning on the first anniversary of {D}.",
    "The options vest in 20% increments on each of the first, second, third, fourth and fifth anniversaries of {D}.",
    "The option vests one-third on the first anniversary of {D} and thereafter in monthly installments over 24 months.",
    "These restricted stock units will vest on the third anniversary of the grant date of {D}.",
    "The RSUs vest upon achievement of a performance-based milestone.",
    "All restricted stock units are fully vested.",
    "The price reported in Column 4 is a weighted-average price.",
};

}  // namespace

void generate_portfolio(std::ostream& out, const GenerateOptions& o) {
  Rng rng{o.seed * 0x2545F4914F6CDD1Dull + 17};
  unsigned total_weight = 0;
  for (const auto& s : kShapes) total_weight += s.weight;
  const std::uint64_t issuers = std::max<std::uint64_t>(1, std::min<std::uint64_t>(5000, o.grants / 200 + 1));
  const std::uint64_t holders = std::max<std::uint64_t>(1, o.grants / 4 + 1);
  const std::int32_t first = days_from_civil(2005, 1, 1), last = days_from_civil(2030, 12, 31);
  std::string line;
  out << "id,holder,issuer,security,grant_date,shares,schedule,policy,vesting_start,footnote,expiration,exercise_price,exercised,termination_date,early_exercise\n";
  for (std::uint64_t i = 0; i < o.grants; ++i) {
    line.clear();
    const std::uint64_t issuer = rng.below(issuers);
    const std::uint64_t holder = rng.below(holders);
    // Issuers grant on one day of the year most of the time.
    std::int32_t grant;
    if (rng.chance(700)) {
      const int year = 2005 + static_cast<int>(rng.below(26));
      const unsigned month = static_cast<unsigned>(issuer % 12) + 1;
      const unsigned day = std::min<unsigned>(static_cast<unsigned>(issuer * 7 % 31) + 1, last_day_of_month(year, month));
      grant = days_from_civil(year, month, day);
    } else {
      grant = first + static_cast<std::int32_t>(rng.below(static_cast<std::uint64_t>(last - first + 1)));
    }
    // Sizes log-uniform over 1..10^7; 5% fractional (1 to 4 decimals).
    const unsigned magnitude = static_cast<unsigned>(rng.below(7));
    std::uint64_t base = 1;
    for (unsigned k = 0; k < magnitude; ++k) base *= 10;
    std::uint64_t whole = base + rng.below(base * 9);
    if (whole > 10'000'000) whole = 10'000'000;
    std::string shares = std::to_string(whole);
    bool fractional = false;
    if (rng.chance(50) && whole < 10'000'000) {
      const unsigned decimals = 1 + static_cast<unsigned>(rng.below(4));
      std::uint64_t frac = 1 + rng.below(9);
      for (unsigned k = 1; k < decimals; ++k) frac = frac * 10 + rng.below(10);
      std::string f = std::to_string(frac);
      while (f.size() < decimals) f = "0" + f;
      shares += "." + f;
      fractional = true;
    }
    const bool option = rng.chance(300);
    const bool footnote = rng.below(100) < o.footnote_percent;
    std::string schedule, policy, vesting_start, text;
    if (footnote) {
      std::string t(kFootnotes[rng.below(kFootnotes.size())]);
      if (auto p = t.find("{D}"); p != std::string::npos) t.replace(p, 3, prose(grant));
      text = t;
    } else {
      unsigned pick = static_cast<unsigned>(rng.below(total_weight));
      std::size_t k = 0;
      while (pick >= kShapes[k].weight) pick -= kShapes[k++].weight;
      schedule = kShapes[k].schedule;
      if (rng.chance(50)) policy = "cumulative_rounding";
      // Fractional allocation only where every tranche is a whole 1/10,000 share.
      else if (rng.chance(100) && !fractional &&
               (schedule == "all every 1y x4" || schedule == "all every 1y x5" || (schedule == "all every 1y x3" && whole % 3 == 0)))
        policy = "fractional";
      else if (rng.chance(2)) policy = "front_loaded";
      if (rng.chance(50)) vesting_start = iso(grant - static_cast<std::int32_t>(rng.below(365)));
    }
    std::string expiration, price, exercised, termination, early;
    if (option) {
      const Civil g = civil_from_days(grant);
      const int years = rng.chance(800) ? 10 : 7;
      // Mostly the same day 7 or 10 years on; sometimes the day before (a shape-external date).
      std::int32_t exp = days_from_civil(g.y + years, g.m, std::min(g.d, last_day_of_month(g.y + years, g.m)));
      if (rng.chance(150)) exp -= 1;
      expiration = iso(exp);
      price = std::to_string(1 + rng.below(200)) + "." + std::to_string(10 + rng.below(90));
      if (rng.chance(100)) exercised = std::to_string(rng.below(whole / 4 + 1));
      if (rng.chance(30)) early = "true";
    }
    if (rng.chance(80)) termination = iso(grant + static_cast<std::int32_t>(rng.below(6 * 365)));
    const std::string security = option ? "Stock Option (right to buy)" : (rng.chance(500) ? "Restricted Stock Units" : "Common Stock");
    line += "G" + std::to_string(i) + ",Holder " + std::to_string(holder) + ",Issuer " + std::to_string(issuer) + " Inc.," +
            csv_quote(security) + "," + iso(grant) + ",";
    line += whole >= 1000 && rng.chance(200) && !fractional ? csv_quote(shares.size() > 3 ? [&] {
      std::string g;
      const std::size_t n = shares.size();
      for (std::size_t k = 0; k < n; ++k) {
        if (k > 0 && (n - k) % 3 == 0) g += ',';
        g += shares[k];
      }
      return g;
    }() : shares) : shares;
    line += "," + schedule + "," + policy + "," + vesting_start + "," + (text.empty() ? "" : csv_quote(text)) + "," +
            expiration + "," + price + "," + exercised + "," + termination + "," + early + "\n";
    out << line;
    if (o.with_bad_rows && rng.chance(20)) {
      switch (rng.below(4)) {
        case 0: out << "B" << i << ",Holder 1,Issuer 1 Inc.,Common Stock,2023-02-30,100,all every 1y x4,,,,,,,,\n"; break;
        case 1: out << "B" << i << ",Holder 1,Issuer 1 Inc.,Common Stock,2023-02-01,12x,all every 1y x4,,,,,,,,\n"; break;
        case 2: out << "B" << i << ",Holder 1,Issuer 1 Inc.,Common Stock,2023-02-01,100,all every fortnight,,,,,,,,\n"; break;
        default: out << "B" << i << ",\"Holder \"1\",Issuer 1 Inc.,Common Stock,2023-02-01,100,all every 1y x4,,,,,,,,\n"; break;
      }
    }
  }
}

}  // namespace vest::portfolio
