#include "engine/core/schedule_json.hpp"

#include <charconv>

namespace vest {

nlohmann::json json_amount(const Amount& a) {
  if (a.is_integer()) {
    if (const auto fixed = a.to_fixed(0)) return *fixed;
    return a.to_string();
  }
  if (a.has_finite_decimal()) {
    const std::string text = a.to_string();
    std::size_t digits = 0;
    for (char c : text) digits += (c >= '0' && c <= '9');
    if (digits <= 15) {
      double d = 0;
      std::from_chars(text.data(), text.data() + text.size(), d);
      return d;
    }
  }
  return a.to_string();
}

nlohmann::json tranches_json(const Schedule& s) {
  auto out = nlohmann::json::array();
  for (const auto& t : s.tranches()) {
    nlohmann::json j{{"date", to_iso(t.date)}, {"shares", json_amount(t.shares)}};
    if (t.vests_on != t.date) j["vests_on"] = to_iso(t.vests_on);
    if (t.forfeited_on) j["forfeited_on"] = to_iso(*t.forfeited_on);
    out.push_back(std::move(j));
  }
  return out;
}

nlohmann::json projection_json(const Projection& p) {
  nlohmann::json j{{"date", to_iso(p.as_of)},
                   {"vested", json_amount(p.vested)},
                   {"unvested", json_amount(p.unvested)},
                   {"contingent", json_amount(p.contingent)},
                   {"forfeited", json_amount(p.forfeited)},
                   {"exercisable", json_amount(p.exercisable)},
                   {"expired", p.expired}};
  if (p.next_vest_date)
    j["next_vest"] = {{"date", to_iso(*p.next_vest_date)}, {"shares", json_amount(p.next_vest_shares)}};
  return j;
}

nlohmann::json diagnostic_json(const Diagnostic& d) {
  nlohmann::json j{{"code", d.code}, {"message", d.message}};
  if (!d.where.file.empty()) j["file"] = d.where.file;
  if (d.where.line) j["line"] = d.where.line;
  if (d.where.column) j["column"] = d.where.column;
  if (!d.where.field.empty()) j["field"] = d.where.field;
  if (d.where.span) j["span"] = {d.where.span->begin, d.where.span->end};
  return j;
}

}  // namespace vest
