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
#include "engine/core/utf8.hpp"
#include "engine/portfolio/load.hpp"
#include "engine/portfolio/portfolio.hpp"
#include "engine/portfolio/portfolio_json.hpp"

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>

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

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string o = "\"";
  for (char c : s) {
    if (c == '"') o += '"';
    o += c;
  }
  return o + "\"";
}

std::string num(Wide v) { return fixed_to_string(v); }
std::string num(std::int64_t v) { return fixed_to_string(v); }

int run(const Options& o) {
  const bool tty = isatty(STDERR_FILENO) != 0;
  // Read the command line first: nothing is loaded for a bad one.
  const auto group = parse_group_by(o.group_by);
  if (!group) {
    std::cerr << "vest portfolio: --group-by must be holder, issuer, security or none, not \"" << o.group_by << "\"\n";
    return exit_usage;
  }
  if (o.format != "table" && o.format != "json" && o.format != "csv") {
    std::cerr << "vest portfolio: --format must be table, json or csv\n";
    return exit_usage;
  }
  std::optional<CalendarUnit> unit;
  std::optional<Date> from, to, as_of;
  if (!o.calendar.empty()) {
    unit = parse_calendar_unit(o.calendar);
    if (!unit) {
      std::cerr << "vest portfolio: --calendar must be day, week, month, quarter or year\n";
      return exit_usage;
    }
    from = parse_iso_date(o.from);
    to = parse_iso_date(o.to);
    if (!from || !to || *to < *from) {
      std::cerr << "vest portfolio: --calendar needs --from and --to dates (YYYY-MM-DD, from <= to)\n";
      return exit_usage;
    }
  }
  if (!o.as_of.empty()) {
    as_of = parse_iso_date(o.as_of);
    if (!as_of) {
      std::cerr << "vest portfolio: --as-of \"" << o.as_of << "\" is not a valid YYYY-MM-DD date\n";
      return exit_usage;
    }
  } else if (!unit && !o.tranche_export) {
    // The engine has no clock; the command line may: today, in UTC.
    as_of = date::floor<date::days>(std::chrono::system_clock::now());
  }

  LoadOptions load_options;
  load_options.strict = o.strict;
  load_options.max_footnote_bytes = o.max_footnote_bytes;
  Loader loader(load_options);
  bool complete = true;
  for (const auto& f : o.files) {
    if (tty) std::cerr << "loading " << f << "...\r";
    if (!loader.load_file(f)) {
      complete = false;
      break;
    }
  }
  const LoadReport report = loader.report();
  std::size_t shown = 0;
  for (const auto& d : report.diagnostics) {
    if (shown++ == o.max_errors) {
      std::cerr << "... " << report.diagnostics.size() - o.max_errors << " more (see --max-errors)\n";
      break;
    }
    std::cerr << format(d) << "\n";
  }
  std::cerr << "loaded " << report.loaded << " grants, rejected " << report.rejected << ", not understood "
            << report.not_understood << " (" << report.interpretations << " footnotes interpreted, " << report.cache_hits
            << " cache hits)\n";
  if (!complete && (o.strict || report.loaded == 0)) return exit_input_errors;
  const int status = report.rejected + report.not_understood > 0 || !complete ? exit_input_errors : exit_ok;
  Portfolio loaded = std::move(loader).take();
  // Aggregates do not depend on the order: walk each shape's grants together.
  if (!o.tranche_export && !o.per_grant) cluster(loaded);
  const Portfolio& p = loaded;
  std::ios::sync_with_stdio(false);
  auto& out = std::cout;

  if (o.tranche_export) {
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
    return status;
  }

  if (unit) {
    const Calendar cal = vesting_calendar(p, *unit, *from, *to, o.per_issuer, o.threads, tty);
    if (o.format == "json") {
      out << calendar_json(p, report, cal, *from, *to, o.calendar, o.per_issuer);
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
    return status;
  }

  const AsOfQuery q(p, *as_of);
  if (o.per_grant) {
    if (o.format == "json") out << "{\"as_of\": \"" << to_iso(*as_of) << "\", \"grants\": [";
    else if (o.format == "csv") out << "id,holder,issuer,security,total,vested,unvested,contingent,forfeited,exercisable,expired\n";
    Table t({"id", "holder", "issuer", "total", "vested", "unvested", "contingent", "forfeited", "exercisable"},
            {false, false, false, true, true, true, true, true, true});
    for (std::size_t i = 0; i < p.size(); ++i) {
      const Figures f = q.at(i);
      if (o.format == "json") {
        out << (i ? ",\n " : "\n ") << "{\"id\": " << json_string(p.id(i)) << ", \"holder\": " << json_string(p.holders[p.holder[i]])
            << ", \"issuer\": " << json_string(p.issuers[p.issuer[i]]) << ", \"security\": " << json_string(p.securities[p.security[i]])
            << ", \"total\": " << num(f.total) << ", \"vested\": " << num(f.vested) << ", \"unvested\": " << num(f.unvested)
            << ", \"contingent\": " << num(f.contingent) << ", \"forfeited\": " << num(f.forfeited)
            << ", \"exercisable\": " << num(f.exercisable) << ", \"expired\": " << (f.expired ? "true" : "false") << "}";
      } else if (o.format == "csv") {
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
    if (o.format == "json") out << "]}\n";
    if (o.format == "table") t.print(out);
    return status;
  }

  const auto r = q.run(*group, o.threads, tty);
  const Dictionary* dict = group_keys(p, *group);
  if (o.format == "json") {
    out << as_of_json(p, report, *as_of, *group, r);
  } else if (o.format == "csv") {
    out << "key,grants,total,vested,unvested,contingent,forfeited,exercisable\n";
    auto row = [&](std::string_view key, const Totals& t) {
      out << csv_field(key) << "," << t.grants << "," << num(t.total) << "," << num(t.vested) << "," << num(t.unvested) << ","
          << num(t.contingent) << "," << num(t.forfeited) << "," << num(t.exercisable) << "\n";
    };
    for (std::size_t g = 0; g < r.groups.size(); ++g) row((*dict)[static_cast<std::uint32_t>(g)], r.groups[g]);
    row("(total)", r.totals);
  } else {
    out << "as of " << to_iso(*as_of) << ": " << p.size() << " grants\n";
    Table t({std::string(*group == GroupBy::none ? "" : to_string(*group)), "grants", "total", "vested", "unvested", "contingent",
             "forfeited", "exercisable"},
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
