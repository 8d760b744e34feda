// `vest parse`: interpret vesting footnotes.
//
//   vest parse --text "25% vests on ..." --grant-date 2013-12-16 --shares 200000 [--as-of D] [--format table|json] [--explain]
//   echo "footnote" | vest parse --shares 100
//   vest parse --jsonl FILE|- [--as-of D]   one JSON line out per JSON line in, same order:
//       in:  {"id", "text", "grant_date"?, "shares"?, "expiration"?, "is_option"?, "as_of"?}
//       out: {"id", "kind", "tranches", "contingent_shares", "exercisable_immediately",
//             "conditions", "warnings", "errors", "explain", "as_of"?}
// Whether the grant is an option is inferred (rules/option_inference.hpp)
// unless --option / --no-option (or a line's "is_option") says.
// A footnote that does not yield a schedule writes its diagnostics to stderr
// and nothing result-like to stdout (single mode); exit status 1. In batch
// mode a bad line gets an output line with its errors and the run goes on;
// the exit status is 1 if any line failed.
#include "engine/cli/command.hpp"
#include "engine/cli/input.hpp"
#include "engine/cli/table.hpp"
#include "engine/core/projection.hpp"
#include "engine/core/schedule_json.hpp"
#include "rules/interpretation.hpp"
#include "rules/grammar.hpp"
#include "rules/interpretation_json.hpp"
#include "rules/option_inference.hpp"
#include "rules/batch_line.hpp"
#include "rules/footnote_limit.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

namespace vest::cli {
namespace {

struct ParseOptions {
  std::string text;
  std::string grant_date, shares, expiration, as_of, jsonl;
  std::string format = "table";
  bool explain = false;
  bool option = false, no_option = false;
  bool tokens = false;
  std::size_t max_footnote_bytes = rules::kDefaultMaxFootnoteBytes;
};

bool failed(const rules::Interpretation& in) {
  return has_errors(in.diagnostics) || in.kind == rules::Kind::unrecognized;
}

// One output line per input line (rules/batch_line.hpp); a line longer than
// the footnote limit allows is not kept whole in memory but answered with an error.
int run_batch(const ParseOptions& o) {
  std::string error;
  auto input = Input::open(o.jsonl, error);
  if (!input) {
    std::cerr << "vest parse: " << o.jsonl << ": error: " << error << " [cannot_read]\n";
    return exit_input_errors;
  }
  std::ios::sync_with_stdio(false);
  rules::BatchLimits limits;
  limits.max_footnote_bytes = o.max_footnote_bytes;
  limits.is_option = o.option ? std::optional<bool>(true) : o.no_option ? std::optional<bool>(false) : std::nullopt;
  if (!o.as_of.empty() && !(limits.as_of = parse_iso_date(o.as_of))) {
    std::cerr << "vest parse: error: --as-of: \"" << o.as_of << "\" is not a valid YYYY-MM-DD date\n";
    return exit_usage;
  }
  const std::size_t max_line = rules::max_batch_line_bytes(limits);
  bool any_failed = false, truncated = false;
  std::string line;
  std::size_t number = 0;
  while (read_line_bounded(input->stream(), line, max_line, truncated)) {
    ++number;
    const rules::BatchLine out =
        truncated ? rules::batch_line_error(number, "line_too_long",
                                            "longer than " + std::to_string(max_line) +
                                                " bytes, the most a footnote of --max-footnote-bytes " +
                                                std::to_string(limits.max_footnote_bytes) + " needs")
                  : rules::interpret_batch_line(line, number, limits);
    std::cout << out.json << '\n';
    any_failed |= out.failed;
  }
  if (input->stream().bad()) {
    std::cerr << "vest parse: " << input->name() << ":" << number + 1 << ": error: read failed [cannot_read]\n";
    return exit_input_errors;
  }
  return any_failed ? exit_input_errors : exit_ok;
}

void print_explain(const rules::Interpretation& in, std::ostream& out) {
  out << "derivation (rule ← characters [begin, end) of the footnote):\n";
  for (const auto& s : in.explain)
    out << "  " << s.rule << "  ←  [" << s.span.begin << ", " << s.span.end << ") \"" << s.text << "\"\n";
}

int run_single(const ParseOptions& o) {
  std::string text = o.text;
  if (text.empty()) {
    // Read one byte past the limit: enough to know the footnote is too long.
    std::vector<char> buf(o.max_footnote_bytes + 1);
    std::cin.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    text.assign(buf.data(), static_cast<std::size_t>(std::cin.gcount()));
  }
  if (auto d = rules::footnote_too_long(text.size(), o.max_footnote_bytes)) {
    std::cerr << "vest parse: " << (o.text.empty() ? "<stdin>: " : "--text: ") << format(*d) << '\n';
    return exit_input_errors;
  }
  rules::GrantContext c;
  std::vector<std::string> problems;
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
  std::optional<Date> as_of;
  if (!o.as_of.empty() && !(as_of = parse_iso_date(o.as_of)))
    problems.push_back("--as-of: \"" + o.as_of + "\" is not a valid YYYY-MM-DD date");
  if (!problems.empty()) {
    for (const auto& p : problems) std::cerr << "vest parse: error: " << p << '\n';
    return exit_usage;
  }
  if (o.tokens) std::cerr << rules::debug_nodes(text) << '\n';
  const std::optional<bool> given = o.option ? std::optional<bool>(true) : o.no_option ? std::optional<bool>(false) : std::nullopt;
  const auto in = rules::interpret_grant(text, c, given);
  for (const auto& d : in.diagnostics) std::cerr << format(d) << '\n';
  if (failed(in)) {
    std::cerr << "vest parse: " << rules::to_string(in.kind) << ": no schedule\n";
    if (o.explain) print_explain(in, std::cerr);
    return exit_input_errors;
  }
  if (o.format == "json") {
    nlohmann::json j = rules::to_json(in);
    if (as_of && in.schedule) j["as_of"] = projection_json(project(*in.schedule, *as_of));
    std::cout << j.dump(2) << '\n';
    return exit_ok;
  }
  std::cout << "kind: " << rules::to_string(in.kind);
  if (in.exercisable_immediately) std::cout << " (immediately exercisable)";
  std::cout << '\n';
  if (in.schedule) {
    Table t({"date", "shares", "cumulative", "percent"}, {false, true, true, true});
    for (const auto& r : tranche_table(*in.schedule))
      t.add_row({to_iso(r.date), group_thousands(r.shares.to_string()), group_thousands(r.cumulative.to_string()),
                 percent_string(r.cumulative_fraction) + "%"});
    t.print(std::cout);
    if (!in.schedule->contingent_total().is_zero())
      std::cout << "contingent: " << group_thousands(in.schedule->contingent_total().to_string()) << '\n';
    if (as_of) {
      const Projection p = project(*in.schedule, *as_of);
      std::cout << "as of " << to_iso(*as_of) << ": vested " << group_thousands(p.vested.to_string()) << ", unvested "
                << group_thousands(p.unvested.to_string()) << ", contingent " << group_thousands(p.contingent.to_string());
      if (p.is_option) std::cout << ", exercisable " << group_thousands(p.exercisable.to_string());
      std::cout << '\n';
    }
  } else if (in.spec) {
    std::cout << "(no tranches: --shares not given)\n";
  }
  for (const auto& c2 : in.conditions) std::cout << "condition " << c2.kind << ": " << c2.text << '\n';
  if (o.explain) print_explain(in, std::cout);
  return exit_ok;
}

const CommandRegistration registration("parse", [](CLI::App& app) -> std::function<int()> {
  auto o = std::make_shared<ParseOptions>();
  CLI::App* cmd = app.add_subcommand("parse", "Interpret a vesting footnote (or a JSONL batch) into an exact schedule");
  cmd->add_option("--text", o->text, "Footnote text (default: read stdin)");
  cmd->add_option("--grant-date", o->grant_date, "Grant (transaction) date, YYYY-MM-DD");
  cmd->add_option("--shares", o->shares, "Shares granted (may be fractional: 47.5)");
  cmd->add_option("--expiration", o->expiration, "Option expiration date, YYYY-MM-DD");
  auto* yes = cmd->add_flag("--option", o->option, "The grant is an option (default: inferred from the words, an expiration or a price)");
  cmd->add_flag("--no-option", o->no_option, "The grant is not an option, whatever the words say")->excludes(yes);
  cmd->add_option("--as-of", o->as_of, "Project the schedule as of this date, YYYY-MM-DD");
  cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"table", "json"}));
  cmd->add_flag("--explain", o->explain, "Show which rule matched which words");
  cmd->add_flag("--tokens", o->tokens, "Debug: print the item stream the rules produced (stderr)");
  cmd->add_option("--jsonl", o->jsonl, "Batch: JSON lines {id, text, grant_date?, shares?, expiration?, is_option?, as_of?} from FILE or -");
  cmd->add_option("--max-footnote-bytes", o->max_footnote_bytes, "Longest footnote interpreted; longer ones are an error")
      ->capture_default_str();
  return [o] { return o->jsonl.empty() ? run_single(*o) : run_batch(*o); };
});

}  // namespace
}  // namespace vest::cli
