#include "engine/portfolio/portfolio_json.hpp"

#include "engine/core/utf8.hpp"

#include <cstdio>
#include <sstream>

namespace vest::portfolio {

namespace {

std::string num(Wide v) { return fixed_to_string(v); }

std::string totals_json(const Totals& t) {
  return "\"grants\": " + std::to_string(t.grants) + ", \"total\": " + num(t.total) + ", \"vested\": " + num(t.vested) +
         ", \"unvested\": " + num(t.unvested) + ", \"contingent\": " + num(t.contingent) + ", \"forfeited\": " +
         num(t.forfeited) + ", \"exercisable\": " + num(t.exercisable) + ", \"expired_grants\": " + std::to_string(t.expired);
}

}  // namespace

// Invalid UTF-8 in a name becomes U+FFFD, so the output is always valid JSON.
std::string json_string(std::string_view raw) {
  const std::string s = sanitized_utf8(raw);
  std::string o = "\"";
  for (char c : s) {
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char b[8];
          std::snprintf(b, sizeof b, "\\u%04x", c);
          o += b;
        } else {
          o += c;
        }
    }
  }
  return o + "\"";
}

std::string as_of_json(const Portfolio& p, const LoadReport& report, Date as_of, GroupBy group,
                       const AsOfQuery::Result& result) {
  std::ostringstream out;
  const Dictionary* dict = group_keys(p, group);
    out << "{\"as_of\": \"" << to_iso(as_of) << "\", \"grants\": " << p.size() << ", \"rejected\": " << report.rejected
        << ", \"not_understood\": " << report.not_understood << ",\n \"totals\": {" << totals_json(result.totals) << "},\n \"group_by\": \""
        << to_string(group) << "\", \"groups\": [";
    for (std::size_t g = 0; g < result.groups.size(); ++g)
      out << (g ? ",\n  " : "\n  ") << "{\"key\": " << json_string((*dict)[static_cast<std::uint32_t>(g)]) << ", " << totals_json(result.groups[g]) << "}";
    out << "]}\n";
  return out.str();
}

std::string calendar_json(const Portfolio& p, const LoadReport& report, const Calendar& calendar, Date from, Date to,
                          std::string_view unit, bool per_issuer) {
  std::ostringstream out;
    out << "{\"from\": \"" << to_iso(from) << "\", \"to\": \"" << to_iso(to) << "\", \"unit\": \"" << unit
        << "\", \"grants\": " << p.size() << ", \"rejected\": " << report.rejected
        << ", \"not_understood\": " << report.not_understood << ",\n \"buckets\": [";
    for (std::size_t k = 0; k < calendar.buckets.size(); ++k)
      out << (k ? ",\n  " : "\n  ") << "{\"start\": \"" << to_iso(calendar.buckets[k].start) << "\", \"end\": \""
          << to_iso(calendar.buckets[k].end) << "\", \"shares\": " << num(calendar.buckets[k].shares) << "}";
    out << "]";
    if (per_issuer) {
      out << ",\n \"issuers\": [";
      for (std::size_t g = 0; g < calendar.issuer_shares.size(); ++g) {
        out << (g ? ",\n  " : "\n  ") << "{\"key\": " << json_string(p.issuers[static_cast<std::uint32_t>(g)]) << ", \"shares\": [";
        for (std::size_t k = 0; k < calendar.buckets.size(); ++k) out << (k ? ", " : "") << num(calendar.issuer_shares[g][k]);
        out << "]}";
      }
      out << "]";
    }
    out << "}\n";
  return out.str();
}

}  // namespace vest::portfolio
