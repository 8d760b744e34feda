// Helpers shared by the engine/ocf tests: reading the samples and terms written inline.
#pragma once

#include "engine/ocf/evaluate.hpp"
#include "engine/ocf/read_terms.hpp"

#include <gtest/gtest.h>

#include <string>

namespace vest::ocf::testing {

inline const std::string kSamples = std::string(VEST_SHARED_DIR) + "/ocf/samples/";

inline VestingTerms sample_terms(const std::string& file, const std::string& id) {
  auto all = read_vesting_terms_file(kSamples + file);
  if (!all) {
    for (const auto& d : all.diagnostics()) ADD_FAILURE() << format(d);
    return {};
  }
  auto t = select_terms(*all, id, file);
  EXPECT_TRUE(t.ok());
  return t ? *t : VestingTerms{};
}

inline Date day(const char* iso) {
  auto d = parse_iso_date(iso);
  EXPECT_TRUE(d) << iso;
  return d.value_or(Date{});
}

inline OcfGrant grant_of(const char* grant_date, std::int64_t shares, std::map<std::string, Date> events = {}) {
  OcfGrant g;
  g.grant_date = day(grant_date);
  g.shares = Amount(shares);
  g.events = std::move(events);
  return g;
}

// (date, shares) of the dated tranches, for comparison with a table written by hand.
using Table = std::vector<std::pair<std::string, std::string>>;
inline Table table_of(const Schedule& s) {
  Table t;
  for (const auto& tr : s.tranches()) t.push_back({to_iso(tr.date), tr.shares.to_string()});
  return t;
}

}  // namespace vest::ocf::testing
