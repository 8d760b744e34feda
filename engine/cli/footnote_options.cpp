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
  cmd.add_option("--max-footnote-bytes", o.max_footnote_bytes, "Longest footnote interpreted; longer ones are an error")
      ->capture_default_str();
}

std::vector<std::string> read_footnote_input(const FootnoteOptions& o, FootnoteInput& out) {
  std::vector<std::string> problems;
  out.text = o.text;
  if (out.text.empty()) {
    // Read one byte past the limit: enough to know the footnote is too long, never more.
    std::vector<char> buf(o.max_footnote_bytes + 1);
    std::cin.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    out.text.assign(buf.data(), static_cast<std::size_t>(std::cin.gcount()));
  }
  rules::GrantContext& c = out.context;
  if (!o.grant_date.empty() && !(c.grant_date = parse_iso_date(o.grant_date)))
    problems.push_back("--grant-date: \"" + o.grant_date + "\" is not a valid YYYY-MM-DD date");
  if (!o.expiration.empty() && !(c.expiration = parse_iso_date(o.expiration)))
    problems.push_back("--expiration: \"" + o.expiration + "\" is not a valid YYYY-MM-DD date");
  if (!o.shares.empty()) {
    auto a = Amount::parse(o.shares);
    if (!a) problems.push_back("--shares: \"" + o.shares + "\" is not an exact decimal number (like 58824, 58,824 or 47.5)");
    else if (a->is_negative() || a->is_zero()) problems.push_back("--shares: \"" + o.shares + "\" must be positive");
    else c.shares = a;
  }
  if (!o.as_of.empty() && !(out.as_of = parse_iso_date(o.as_of)))
    problems.push_back("--as-of: \"" + o.as_of + "\" is not a valid YYYY-MM-DD date");
  return problems;
}

}  // namespace vest::cli
