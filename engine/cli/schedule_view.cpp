#include "engine/cli/schedule_view.hpp"

#include "engine/cli/table.hpp"

namespace vest::cli {

namespace {
std::string status_of(const Tranche& t, const Projection& p) {
  if (t.forfeited_on && *t.forfeited_on <= p.as_of) return "forfeited";
  return t.vests_on <= p.as_of ? "vested" : "unvested";
}
std::string shares(const Amount& a) { return group_thousands(a.to_string()); }
}  // namespace

void print_schedule_table(std::ostream& out, const Schedule& s, const std::optional<Projection>& as_of) {
  std::vector<std::string> headers{"#", "date", "vests on", "shares", "cumulative", "percent"};
  std::vector<bool> right{true, false, false, true, true, true};
  if (as_of) {
    headers.push_back("as of " + to_iso(as_of->as_of));
    right.push_back(false);
  }
  Table table(headers, right);
  const auto rows = tranche_table(s);
  const auto tranches = s.tranches();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    std::vector<std::string> cells{std::to_string(i + 1), to_iso(r.date),
                                   r.vests_on == r.date ? "" : to_iso(r.vests_on), shares(r.shares),
                                   shares(r.cumulative), percent_string(r.cumulative_fraction) + "%"};
    if (as_of) cells.push_back(status_of(tranches[i], *as_of));
    table.add_row(std::move(cells));
  }
  table.print(out);
  for (const auto& c : s.contingent())
    out << "contingent: " << shares(c.shares) << " shares until " << c.condition
        << (c.forfeited_on ? " (forfeited " + to_iso(*c.forfeited_on) + ")" : "") << '\n';
  for (const auto& c : s.conditions()) out << "condition: " << c.kind << (c.text.empty() ? "" : ": " + c.text) << '\n';
  out << "total: " << shares(s.total()) << " shares, allocation " << to_string(s.policy()) << '\n';
}

void print_projection_line(std::ostream& out, const Projection& p) {
  out << "As of " << to_iso(p.as_of) << ": vested " << shares(p.vested) << " · unvested " << shares(p.unvested)
      << " · contingent " << shares(p.contingent);
  if (!p.forfeited.is_zero()) out << " · forfeited " << shares(p.forfeited);
  if (p.is_option) out << " · exercisable " << shares(p.exercisable) << (p.expired ? " (expired)" : "")
                       << (p.exercise_window_closed ? " (post-termination window closed)" : "");
  if (p.next_vest_date) out << " · next " << to_iso(*p.next_vest_date) << " (" << shares(p.next_vest_shares) << ")";
  out << '\n';
}

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

void print_schedule_csv(std::ostream& out, const Schedule& s, const std::optional<Projection>& as_of) {
  out << "date,vests_on,shares,cumulative,percent" << (as_of ? ",status" : "") << '\n';
  const auto rows = tranche_table(s);
  const auto tranches = s.tranches();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    out << to_iso(r.date) << ',' << to_iso(r.vests_on) << ',' << r.shares.to_string() << ','
        << r.cumulative.to_string() << ',' << percent_string(r.cumulative_fraction, 4);
    if (as_of) out << ',' << status_of(tranches[i], *as_of);
    out << '\n';
  }
}

}  // namespace vest::cli
