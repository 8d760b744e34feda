// `vest portfolio`: many grants at once.
//
//   vest portfolio book.csv --as-of 2025-06-30 --group-by issuer --format json
//   vest portfolio book.csv --calendar month --from 2025-01-01 --to 2034-12-31 [--per-issuer]
//   vest portfolio book.csv --tranches > tranches.csv
//   vest portfolio book.csv --as-of 2025-06-30 --grants --format csv     (one row per grant)
// Inputs: CSV, JSON Lines, or the JSON of `vest filing` (see engine/portfolio/load.hpp).
// Bad rows are reported on stderr as FILE:LINE:COLUMN; the rest loads (--strict: stop).
#include "engine/cli/command.hpp"
#include "engine/cli/table.hpp"
#include "engine/core/csv.hpp"
#include "engine/core/utf8.hpp"
#include "engine/portfolio/load.hpp"
#include "engine/portfolio/portfolio.hpp"
#include "engine/portfolio/portfolio_json.hpp"

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <variant>

namespace vest::cli {
namespace {

using namespace vest::portfolio;

struct Options {
  std::vector<std::string> files;
  std::string as_of, group_by = "none", calendar, from, to, format = "table";
  bool per_issuer = false, tranche_export = false, per_grant = false, strict = false;
  unsigned threads = 0;
  std::size_t max_errors = 50;
  std::size_t max_footnote_bytes = rules::kDefaultMaxFootnoteBytes;
};

std::string num(Wide v) { return fixed_to_string(v); }
std::string num(std::int64_t v) { return fixed_to_string(v); }

// What the command line asks for, read before anything is loaded.
struct Query {
  GroupBy group = GroupBy::none;
  std::optional<CalendarUnit> unit;  // a vesting calendar (with from and to)
  std::optional<Date> from, to, as_of;
};

// The command line's values, or the exit status of a usage error (said on stderr).
std::variant<Query, int> read_query(const Options& o) {
  Query q;
  const auto group = parse_group_by(o.group_by);
  if (!group) {
    std::cerr << "vest portfolio: --group-by must be holder, issuer, security or none, not \"" << o.group_by << "\"\n";
    return exit_usage;
  }
  q.group = *group;
  if (o.format != "table" && o.format != "json" && o.format != "csv") {
    std::cerr << "vest portfolio: --format must be table, json or csv\n";
    return exit_usage;
  }
  if (!o.calendar.empty()) {
    q.unit = parse_calendar_unit(o.calendar);
    if (!q.unit) {
      std::cerr << "vest portfolio: --calendar must be day, week, month, quarter or year\n";
      return exit_usage;
    }
    q.from = parse_iso_date(o.from);
    q.to = parse_iso_date(o.to);
    if (!q.from || !q.to || *q.to < *q.from) {
      std::cerr << "vest portfolio: --calendar needs --from and --to dates (YYYY-MM-DD, from <= to)\n";
      return exit_usage;
    }
  }
  if (!o.as_of.empty()) {
    q.as_of = parse_iso_date(o.as_of);
    if (!q.as_of) {
      std::cerr << "vest portfolio: --as-of \"" << o.as_of << "\" is not a valid YYYY-MM-DD date\n";
      return exit_usage;
    }
  } else if (!q.unit && !o.tranche_export) {
    // The engine has no clock; the command line may: today, in UTC.
    q.as_of = date::floor<date::days>(std::chrono::system_clock::now());
  }
  return q;
}

// Every file loaded, the diagnostics (up to --max-errors) and a summary said on stderr.
struct Loaded {
  Portfolio portfolio;
  LoadReport report;
  bool complete = true;  // false: a file stopped loading (unreadable, or --strict)
};

Loaded load_files(const Options& o, bool tty) {
  LoadOptions load_options;
  load_options.strict = o.strict;
  load_options.max_footnote_bytes = o.max_footnote_bytes;
  Loader loader(load_options);
  Loaded l;
  for (const auto& f : o.files) {
    if (tty) std::cerr << "loading " << f << "...\r";
    if (!loader.load_file(f)) {
      l.complete = false;
      break;
    }
  }
  l.report = loader.report();
  std::size_t shown = 0;
  for (const auto& d : l.report.diagnostics) {
    if (shown++ == o.max_errors) {
      std::cerr << "... " << l.report.diagnostics.size() - o.max_errors << " more (see --max-errors)\n";
      break;
    }
    std::cerr << format(d) << "\n";
  }
  std::cerr << "loaded " << l.report.loaded << " grants, rejected " << l.report.rejected << ", not understood "
            << l.report.not_understood << " (" << l.report.interpretations << " footnotes interpreted, "
            << l.report.cache_hits << " cache hits)\n";
  l.portfolio = std::move(loader).take();
  return l;
}

// --tranches: one CSV row per grant and tranche, streamed.
void write_tranche_export(const Portfolio& p, std::ostream& out) {
  out << "id,holder,issuer,security,date,vests_on,shares,cumulative,forfeited\n";
  std::vector<TrancheOut> ts;
  std::string line;
  for (std::size_t i = 0; i < p.size(); ++i) {
    tranches(p, i, ts);
    const std::string prefix = csv_field(p.id(i)) + "," + csv_field(p.holders[p.holder[i]]) + "," +
                               csv_field(p.issuers[p.issuer[i]]) + "," + csv_field(p.securities[p.security[i]]) + ",";
    for (const auto& t : ts) {
      line = prefix;
      line += to_iso(from_days(t.date)) + "," + to_iso(from_days(t.vests_on)) + "," + fixed_to_string(t.shares) + "," +
              fixed_to_string(t.cumulative) + (t.forfeited ? ",true\n" : ",false\n");
      out << line;
    }
  }
}

// --calendar: shares vesting per period from --from to --to (and per issuer).
void write_calendar(const Options& o, const Query& q, const Portfolio& p, const LoadReport& report, bool tty,
                    std::ostream& out) {
  const Calendar cal = vesting_calendar(p, *q.unit, *q.from, *q.to, o.per_issuer, o.threads, tty);
  if (o.format == "json") {
    out << calendar_json(p, report, cal, *q.from, *q.to, o.calendar, o.per_issuer);
  } else if (o.format == "csv") {
    out << (o.per_issuer ? "issuer,start,end,shares\n" : "start,end,shares\n");
    if (o.per_issuer) {
      for (std::size_t g = 0; g < cal.issuer_shares.size(); ++g)
        for (std::size_t k = 0; k < cal.buckets.size(); ++k)
          out << csv_field(p.issuers[static_cast<std::uint32_t>(g)]) << "," << to_iso(cal.buckets[k].start) << ","
              << to_iso(cal.buckets[k].end) << "," << num(cal.issuer_shares[g][k]) << "\n";
    } else {
      for (const auto& b : cal.buckets) out << to_iso(b.start) << "," << to_iso(b.end) << "," << num(b.shares) << "\n";
    }
  } else {
    Table t({"start", "end", "shares vesting"}, {false, false, true});
    for (const auto& b : cal.buckets) t.add_row({to_iso(b.start), to_iso(b.end), group_thousands(num(b.shares))});
    t.print(out);
    if (o.per_issuer) {
      Table ti({"issuer", "start", "end", "shares vesting"}, {false, false, false, true});
      for (std::size_t g = 0; g < cal.issuer_shares.size(); ++g)
        for (std::size_t k = 0; k < cal.buckets.size(); ++k)
          if (cal.issuer_shares[g][k] != 0)
            ti.add_row({p.issuers[static_cast<std::uint32_t>(g)], to_iso(cal.buckets[k].start), to_iso(cal.buckets[k].end),
                        group_thousands(num(cal.issuer_shares[g][k]))});
      out << "\n";
      ti.print(out);
    }
  }
}

// --grants: one row per grant as of the date.
void write_per_grant(const std::string& format, const Portfolio& p, Date as_of, std::ostream& out) {
  const AsOfQuery q(p, as_of);
  if (format == "json") out << "{\"as_of\": \"" << to_iso(as_of) << "\", \"grants\": [";
  else if (format == "csv") out << "id,holder,issuer,security,total,vested,unvested,contingent,forfeited,exercisable,expired\n";
  Table t({"id", "holder", "issuer", "total", "vested", "unvested", "contingent", "forfeited", "exercisable"},
          {false, false, false, true, true, true, true, true, true});
  for (std::size_t i = 0; i < p.size(); ++i) {
    const Figures f = q.at(i);
    if (format == "json") {
      out << (i ? ",\n " : "\n ") << "{\"id\": " << json_string(p.id(i)) << ", \"holder\": " << json_string(p.holders[p.holder[i]])
          << ", \"issuer\": " << json_string(p.issuers[p.issuer[i]]) << ", \"security\": " << json_string(p.securities[p.security[i]])
          << ", \"total\": " << num(f.total) << ", \"vested\": " << num(f.vested) << ", \"unvested\": " << num(f.unvested)
          << ", \"contingent\": " << num(f.contingent) << ", \"forfeited\": " << num(f.forfeited)
          << ", \"exercisable\": " << num(f.exercisable) << ", \"expired\": " << (f.expired ? "true" : "false") << "}";
    } else if (format == "csv") {
      out << csv_field(p.id(i)) << "," << csv_field(p.holders[p.holder[i]]) << "," << csv_field(p.issuers[p.issuer[i]]) << ","
          << csv_field(p.securities[p.security[i]]) << "," << num(f.total) << "," << num(f.vested) << "," << num(f.unvested)
          << "," << num(f.contingent) << "," << num(f.forfeited) << "," << num(f.exercisable) << ","
          << (f.expired ? "true" : "false") << "\n";
    } else {
      t.add_row({std::string(p.id(i)), p.holders[p.holder[i]], p.issuers[p.issuer[i]], group_thousands(num(f.total)),
                 group_thousands(num(f.vested)), group_thousands(num(f.unvested)), group_thousands(num(f.contingent)),
                 group_thousands(num(f.forfeited)), group_thousands(num(f.exercisable))});
    }
  }
  if (format == "json") out << "]}\n";
  if (format == "table") t.print(out);
}

// The default: totals as of the date, per group and in all.
void write_totals(const Options& o, const Query& q, const Portfolio& p, const LoadReport& report, bool tty,
                  std::ostream& out) {
  const AsOfQuery query(p, *q.as_of);
  const auto r = query.run(q.group, o.threads, tty);
  const Dictionary* dict = group_keys(p, q.group);
  if (o.format == "json") {
    out << as_of_json(p, report, *q.as_of, q.group, r);
  } else if (o.format == "csv") {
    out << "key,grants,total,vested,unvested,contingent,forfeited,exercisable\n";
    auto row = [&](std::string_view key, const Totals& t) {
      out << csv_field(key) << "," << t.grants << "," << num(t.total) << "," << num(t.vested) << "," << num(t.unvested) << ","
          << num(t.contingent) << "," << num(t.forfeited) << "," << num(t.exercisable) << "\n";
    };
    for (std::size_t g = 0; g < r.groups.size(); ++g) row((*dict)[static_cast<std::uint32_t>(g)], r.groups[g]);
    row("(total)", r.totals);
  } else {
    out << "as of " << to_iso(*q.as_of) << ": " << p.size() << " grants\n";
    Table t({std::string(q.group == GroupBy::none ? "" : to_string(q.group)), "grants", "total", "vested", "unvested",
             "contingent", "forfeited", "exercisable"},
            {false, true, true, true, true, true, true, true});
    auto row = [&](const std::string& key, const Totals& x) {
      t.add_row({key, std::to_string(x.grants), group_thousands(num(x.total)), group_thousands(num(x.vested)),
                 group_thousands(num(x.unvested)), group_thousands(num(x.contingent)), group_thousands(num(x.forfeited)),
                 group_thousands(num(x.exercisable))});
    };
    for (std::size_t g = 0; g < r.groups.size(); ++g) row((*dict)[static_cast<std::uint32_t>(g)], r.groups[g]);
    row("total", r.totals);
    t.print(out);
  }
}

int run(const Options& o) {
  const bool tty = isatty(STDERR_FILENO) != 0;
  // Read the command line first: nothing is loaded for a bad one.
  const auto query = read_query(o);
  if (const int* status = std::get_if<int>(&query)) return *status;
  const Query& q = std::get<Query>(query);
  Loaded loaded = load_files(o, tty);
  const LoadReport& report = loaded.report;
  if (!loaded.complete && (o.strict || report.loaded == 0)) return exit_input_errors;
  const int status = report.rejected + report.not_understood > 0 || !loaded.complete ? exit_input_errors : exit_ok;
  // Aggregates do not depend on the order: walk each shape's grants together.
  if (!o.tranche_export && !o.per_grant) cluster(loaded.portfolio);
  const Portfolio& p = loaded.portfolio;
  std::ios::sync_with_stdio(false);
  if (o.tranche_export) write_tranche_export(p, std::cout);
  else if (q.unit) write_calendar(o, q, p, report, tty, std::cout);
  else if (o.per_grant) write_per_grant(o.format, p, *q.as_of, std::cout);
  else write_totals(o, q, p, report, tty, std::cout);
  return status;
}

const CommandRegistration registration{"portfolio", [](CLI::App& app) -> std::function<int()> {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("portfolio", "Vested / unvested / exercisable across many grants, vesting calendars, tranche export");
  cmd->add_option("files", o->files, "Portfolio files: CSV, JSON Lines (.jsonl) or `vest filing` JSON (.json); - for standard input")->required();
  cmd->add_option("--as-of", o->as_of, "Date to project to (YYYY-MM-DD; default today)");
  cmd->add_option("--group-by", o->group_by, "Totals per holder, issuer or security");
  cmd->add_option("--calendar", o->calendar, "Shares vesting per day, week, month, quarter or year (with --from, --to)");
  cmd->add_option("--from", o->from, "Calendar start (YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "Calendar end (YYYY-MM-DD, inclusive)");
  cmd->add_flag("--per-issuer", o->per_issuer, "Calendar per issuer as well");
  cmd->add_flag("--tranches", o->tranche_export, "Export one CSV row per grant x tranche (streaming)");
  cmd->add_flag("--grants", o->per_grant, "One row per grant as of the date");
  cmd->add_option("--format", o->format, "table, json or csv");
  cmd->add_flag("--strict", o->strict, "Stop at the first bad row");
  cmd->add_option("--threads", o->threads, "Worker threads (default: all cores)");
  cmd->add_option("--max-errors", o->max_errors, "Diagnostics printed on stderr (the summary counts all)");
  cmd->add_option("--max-footnote-bytes", o->max_footnote_bytes,
                  "Longest footnote interpreted, and longest quoted CSV field (a longer one is an error)")
      ->capture_default_str();
  return [o] { return run(*o); };
}};

}  // namespace
}  // namespace vest::cli
