// `vest parse`: interpret vesting footnotes.
//
//   vest parse --text "25% vests on ..." --grant-date 2013-12-16 --shares 200000 [--as-of D] [--format table|json|ocf] [--explain]
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
#include "engine/cli/footnote_options.hpp"
#include "engine/cli/input.hpp"
#include "engine/cli/table.hpp"
#include "engine/core/projection.hpp"
#include "engine/core/schedule_json.hpp"
#include "engine/ocf/write_terms.hpp"
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
  FootnoteOptions footnote;
  std::string jsonl;
  std::string format = "table";
  bool explain = false;
  bool tokens = false;
};

bool failed(const rules::Interpretation& in) {
  return has_errors(in.diagnostics) || in.kind == rules::Kind::unrecognized;
}

// --format ocf for a batch: each line's terms and vestings join one document;
// what has no schedule is said on stderr (the document has no place for it).
void add_to_ocf(ocf::OcfDocument& doc, const std::string& file, std::size_t number, const rules::BatchLine& line) {
  if (!line.result) {
    std::cerr << file << ":" << number << ": error: " << line.json << '\n';
    return;
  }
  const auto& in = *line.result;
  if (in.spec && in.schedule) {
    for (const auto& w : doc.add(line.id, *in.spec, *in.schedule, line.text)) std::cerr << line.id << ": " << format(w) << '\n';
  } else {
    doc.add_unscheduled(line.id, "no schedule: " + std::string(rules::to_string(in.kind)));
  }
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
  limits.max_footnote_bytes = o.footnote.max_footnote_bytes;
  limits.is_option = o.footnote.given_option();
  limits.keep_result = o.format == "ocf";
  if (!o.footnote.as_of.empty() && !(limits.as_of = parse_iso_date(o.footnote.as_of))) {
    std::cerr << "vest parse: error: --as-of: \"" << o.footnote.as_of << "\" is not a valid YYYY-MM-DD date\n";
    return exit_usage;
  }
  const std::size_t max_line = rules::max_batch_line_bytes(limits);
  ocf::OcfDocument ocf_doc;  // --format ocf: one document for every line
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
    if (limits.keep_result) add_to_ocf(ocf_doc, input->name(), number, out);
    else std::cout << out.json << '\n';
    any_failed |= out.failed;
  }
  if (limits.keep_result) std::cout << ocf_doc.json().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
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
  FootnoteInput input;
  const auto problems = read_footnote_input(o.footnote, input);
  const std::string& text = input.text;
  const rules::GrantContext& c = input.context;
  const std::optional<Date>& as_of = input.as_of;
  if (auto d = rules::footnote_too_long(text.size(), o.footnote.max_footnote_bytes)) {
    std::cerr << "vest parse: " << (o.footnote.text.empty() ? "<stdin>: " : "--text: ") << format(*d) << '\n';
    return exit_input_errors;
  }
  if (!problems.empty()) {
    for (const auto& p : problems) std::cerr << "vest parse: error: " << p << '\n';
    return exit_usage;
  }
  if (o.tokens) std::cerr << rules::debug_nodes(text) << '\n';
  const auto in = rules::interpret_grant(text, c, o.footnote.given_option());
  for (const auto& d : in.diagnostics) std::cerr << format(d) << '\n';
  if (failed(in)) {
    std::cerr << "vest parse: " << rules::to_string(in.kind) << ": no schedule\n";
    if (o.explain) print_explain(in, std::cerr);
    return exit_input_errors;
  }
  if (o.format == "ocf") {
    ocf::OcfDocument doc;
    if (!in.spec || !in.schedule) {
      std::cerr << "vest parse: --format ocf needs --shares (and a grant date) to write vestings\n";
      return exit_usage;
    }
    for (const auto& w : doc.add("grant", *in.spec, *in.schedule, text)) std::cerr << "vest parse: " << format(w) << '\n';
    std::cout << doc.json().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return exit_ok;
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
  add_footnote_options(*cmd, o->footnote);
  cmd->add_option("--format", o->format, "Output format (ocf: Open Cap Table Format vesting terms and vestings)")
      ->check(CLI::IsMember({"table", "json", "ocf"}));
  cmd->add_flag("--explain", o->explain, "Show which rule matched which words");
  cmd->add_flag("--tokens", o->tokens, "Debug: print the item stream the rules produced (stderr)");
  cmd->add_option("--jsonl", o->jsonl, "Batch: JSON lines {id, text, grant_date?, shares?, expiration?, is_option?, as_of?} from FILE or -");
  return [o] { return o->jsonl.empty() ? run_single(*o) : run_batch(*o); };
});

}  // namespace
}  // namespace vest::cli
