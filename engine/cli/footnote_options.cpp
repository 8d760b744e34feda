#include "engine/cli/footnote_options.hpp"

#include <iostream>
#include <iterator>

namespace vest::cli {

void add_footnote_options(CLI::App& cmd, FootnoteOptions& o) {
  cmd.add_option("--text", o.text, "Footnote text (default: read stdin)");
  cmd.add_option("--grant-date", o.grant_date, "Grant (transaction) date, YYYY-MM-DD");
  cmd.add_option("--shares", o.shares, "Shares granted (may be fractional: 47.5)");
  cmd.add_option("--expiration", o.expiration, "Option expiration date, YYYY-MM-DD");
  auto* yes = cmd.add_flag("--option", o.option, "The grant is an option (default: inferred from the words, an expiration or a price)");
  cmd.add_flag("--no-option", o.no_option, "The grant is not an option, whatever the words say")->excludes(yes);
  cmd.add_option("--as-of", o.as_of, "Project the schedule as of this date, YYYY-MM-DD");
}

std::vector<std::string> read_footnote_input(const FootnoteOptions& o, FootnoteInput& out) {
  std::vector<std::string> problems;
  out.text = o.text;
  if (out.text.empty()) out.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  rules::GrantContext& c = out.context;
  if (!o.grant_date.empty() && !(c.grant_date = parse_iso_date(o.grant_date)))
    problems.push_back("--grant-date: \"" + o.grant_date + "\" is not a valid YYYY-MM-DD date");
  if (!o.expiration.empty() && !(c.expiration = parse_iso_date(o.expiration)))
    problems.push_back("--expiration: \"" + o.expiration + "\" is not a valid YYYY-MM-DD date");
  if (!o.shares.empty()) {
    auto a = Amount::parse(o.shares);
    if (!a || a->is_negative() || a->is_zero()) problems.push_back("--shares: \"" + o.shares + "\" is not a positive number");
    else c.shares = a;
  }
  if (!o.as_of.empty() && !(out.as_of = parse_iso_date(o.as_of)))
    problems.push_back("--as-of: \"" + o.as_of + "\" is not a valid YYYY-MM-DD date");
  return problems;
}

}  // namespace vest::cli
