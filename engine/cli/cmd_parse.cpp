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
#include "engine/cli/table.hpp"
#include "engine/core/projection.hpp"
#include "engine/core/schedule_json.hpp"
#include "rules/interpretation.hpp"
#include "rules/grammar.hpp"
#include "rules/interpretation_json.hpp"
#include "rules/option_inference.hpp"

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
};

bool failed(const rules::Interpretation& in) {
  return has_errors(in.diagnostics) || in.kind == rules::Kind::unrecognized;
}

// Reads one batch line's inputs; problems are returned as messages.
rules::GrantContext context_from(const nlohmann::json& j, std::vector<std::string>& problems) {
  rules::GrantContext c;
  if (j.contains("grant_date") && !j["grant_date"].is_null()) {
    if (!j["grant_date"].is_string() || !(c.grant_date = parse_iso_date(j["grant_date"].get<std::string>())))
      problems.push_back("grant_date is not a YYYY-MM-DD date: " + j["grant_date"].dump());
  }
  if (j.contains("expiration") && !j["expiration"].is_null()) {
    if (!j["expiration"].is_string() || !(c.expiration = parse_iso_date(j["expiration"].get<std::string>())))
      problems.push_back("expiration is not a YYYY-MM-DD date: " + j["expiration"].dump());
  }
  if (j.contains("shares") && !j["shares"].is_null()) {
    const auto& s = j["shares"];
    std::string text;
    if (s.is_number_integer()) text = std::to_string(s.get<long long>());
    else if (s.is_number_float() || s.is_string()) text = s.is_string() ? s.get<std::string>() : s.dump();
    auto a = Amount::parse(text);
    if (!a || a->is_negative() || a->is_zero()) problems.push_back("shares is not a positive number: " + s.dump());
    else c.shares = a;
  }
  return c;
}

nlohmann::ordered_json error_line(const nlohmann::json& id, const std::vector<std::string>& problems) {
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& p : problems) errors.push_back({{"code", "invalid_input"}, {"message", p}});
  nlohmann::ordered_json j;
  j["id"] = id;
  j["kind"] = "unrecognized";
  j["tranches"] = nlohmann::json::array();
  j["contingent_shares"] = 0;
  j["exercisable_immediately"] = false;
  j["conditions"] = nlohmann::json::array();
  j["warnings"] = nlohmann::json::array();
  j["errors"] = errors;
  j["explain"] = nlohmann::json::array();
  return j;
}

int run_batch(const ParseOptions& o) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (o.jsonl != "-") {
    file.open(o.jsonl);
    if (!file) {
      std::cerr << "vest parse: cannot open \"" << o.jsonl << "\"\n";
      return exit_input_errors;
    }
    in = &file;
  }
  std::optional<Date> batch_as_of;
  if (!o.as_of.empty() && !(batch_as_of = parse_iso_date(o.as_of))) {
    std::cerr << "vest parse: --as-of: \"" << o.as_of << "\" is not a valid YYYY-MM-DD date\n";
    return exit_usage;
  }
  bool any_failed = false;
  std::string line;
  std::size_t number = 0;
  while (std::getline(*in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    nlohmann::json id = "line " + std::to_string(number);
    if (j.is_discarded() || !j.is_object()) {
      std::cout << error_line(id, {"line " + std::to_string(number) + " is not a JSON object"}).dump() << '\n';
      any_failed = true;
      continue;
    }
    if (j.contains("id")) id = j["id"];
    std::vector<std::string> problems;
    if (!j.contains("text") || !j["text"].is_string()) problems.push_back("\"text\" is missing or not a string");
    rules::GrantContext c = context_from(j, problems);
    std::optional<bool> given = o.option ? std::optional<bool>(true) : o.no_option ? std::optional<bool>(false) : std::nullopt;
    if (j.contains("is_option") && !j["is_option"].is_null()) {
      if (j["is_option"].is_boolean()) given = j["is_option"].get<bool>();
      else problems.push_back("is_option is not true or false: " + j["is_option"].dump());
    }
    std::optional<Date> as_of = batch_as_of;
    if (j.contains("as_of") && !j["as_of"].is_null()) {
      if (!j["as_of"].is_string() || !(as_of = parse_iso_date(j["as_of"].get<std::string>())))
        problems.push_back("as_of is not a YYYY-MM-DD date: " + j["as_of"].dump());
    }
    if (!problems.empty()) {
      std::cout << error_line(id, problems).dump() << '\n';
      any_failed = true;
      continue;
    }
    const auto result = rules::interpret_grant(j["text"].get<std::string>(), c, given);
    nlohmann::json out = rules::to_json(result);
    out["id"] = id;
    // "id" first for people reading the lines.
    nlohmann::ordered_json ordered;
    ordered["id"] = id;
    for (const char* key : {"kind", "tranches", "contingent_shares", "exercisable_immediately", "conditions", "warnings",
                            "errors", "explain"})
      ordered[key] = out[key];
    if (as_of && result.schedule && !failed(result)) ordered["as_of"] = projection_json(project(*result.schedule, *as_of));
    std::cout << ordered.dump() << '\n';
    any_failed |= failed(result);
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
  if (text.empty()) text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  rules::GrantContext c;
  std::vector<std::string> problems;
  if (!o.grant_date.empty() && !(c.grant_date = parse_iso_date(o.grant_date)))
    problems.push_back("--grant-date: \"" + o.grant_date + "\" is not a valid YYYY-MM-DD date");
  if (!o.expiration.empty() && !(c.expiration = parse_iso_date(o.expiration)))
    problems.push_back("--expiration: \"" + o.expiration + "\" is not a valid YYYY-MM-DD date");
  if (!o.shares.empty()) {
    auto a = Amount::parse(o.shares);
    if (!a || a->is_negative() || a->is_zero()) problems.push_back("--shares: \"" + o.shares + "\" is not a positive number");
    else c.shares = a;
  }
  std::optional<Date> as_of;
  if (!o.as_of.empty() && !(as_of = parse_iso_date(o.as_of)))
    problems.push_back("--as-of: \"" + o.as_of + "\" is not a valid YYYY-MM-DD date");
  if (!problems.empty()) {
    for (const auto& p : problems) std::cerr << "vest parse: " << p << '\n';
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
  return [o] { return o->jsonl.empty() ? run_single(*o) : run_batch(*o); };
});

}  // namespace
}  // namespace vest::cli
