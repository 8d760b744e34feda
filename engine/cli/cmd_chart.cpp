// `vest chart`: SVG pictures of what `vest parse`, `vest schedule`,
// `vest filing` and `vest portfolio` compute, with the same options.
//
//   vest chart parse --text "25% ... " --grant-date 2013-12-16 --shares 200000 --as-of 2015-06-30 -o seed.svg
//   vest chart schedule --grant-date 2013-12-16 --shares 200000 --lump 2014-12-16:25% ... > option.svg
//   vest chart filing ../shared/seeds/ --as-of 2015-06-30 -o seeds.svg      (one small chart per grant)
//   vest chart portfolio book.csv --calendar quarter --from 2025-01-01 --to 2029-12-31 [--per-issuer]
// The SVG goes to stdout or to -o FILE. Inputs that fail are reported on
// stderr as the other commands report them; nothing is drawn for a footnote
// that yields no schedule.
#include "engine/chart/calendar_chart.hpp"
#include "engine/chart/filing_chart.hpp"
#include "engine/chart/grant_chart.hpp"
#include "engine/cli/command.hpp"
#include "engine/cli/footnote_options.hpp"
#include "engine/cli/schedule_options.hpp"
#include "engine/filings/reader.hpp"
#include "engine/portfolio/load.hpp"
#include "rules/option_inference.hpp"

#include <deque>
#include <fstream>
#include <iostream>
#include <memory>

namespace vest::cli {
namespace {

struct Output {
  std::string file;  // -o; empty: stdout
  std::string title;
  double width = 800;
};

void add_output_options(CLI::App& cmd, Output& o) {
  cmd.add_option("-o,--output", o.file, "Write the SVG to this file (default: stdout)");
  cmd.add_option("--title", o.title, "Chart title (default: from the data)");
  cmd.add_option("--width", o.width, "Width in pixels")->check(CLI::Range(320.0, 4000.0))->capture_default_str();
}

int write_svg(const Output& o, const std::string& svg) {
  if (o.file.empty()) {
    std::cout << svg;
    return exit_ok;
  }
  std::ofstream out(o.file, std::ios::binary);
  out << svg;
  if (!out) {
    std::cerr << "vest chart: cannot write \"" << o.file << "\"\n";
    return exit_input_errors;
  }
  return exit_ok;
}

struct ParseChart {
  FootnoteOptions footnote;
  Output output;
};

int run_parse(const ParseChart& o) {
  FootnoteInput input;
  const auto problems = read_footnote_input(o.footnote, input);
  for (const auto& p : problems) std::cerr << "vest chart parse: " << p << '\n';
  if (!problems.empty()) return exit_usage;
  const auto in = rules::interpret_grant(input.text, input.context, o.footnote.given_option());
  for (const auto& d : in.diagnostics) std::cerr << format(d) << '\n';
  if (!in.schedule) {
    std::cerr << "vest chart parse: " << rules::to_string(in.kind) << ": no schedule to draw"
              << (in.spec && !input.context.shares ? " (give --shares)" : "") << '\n';
    return exit_input_errors;
  }
  chart::GrantChartOptions g;
  g.title = o.output.title;
  g.as_of = input.as_of;
  g.width = o.output.width;
  return write_svg(o.output, chart::grant_chart(*in.schedule, g));
}

struct ScheduleChart {
  ScheduleOptions schedule;
  Output output;
};

int run_schedule(const ScheduleChart& o) {
  BuiltSchedule built;
  if (const int status = build_from_options(o.schedule, "vest chart schedule", built); status != exit_ok) return status;
  chart::GrantChartOptions g;
  g.title = o.output.title;
  g.as_of = built.as_of;
  g.width = o.output.width;
  return write_svg(o.output, chart::grant_chart(*built.schedule, g));
}

struct FilingChart {
  std::vector<std::string> inputs;
  std::string as_of;
  Output output;
};

int run_filing(const FilingChart& o) {
  chart::FilingChartOptions f;
  if (!o.as_of.empty() && !(f.as_of = parse_iso_date(o.as_of))) {
    std::cerr << "vest chart filing: --as-of: \"" << o.as_of << "\" is not a valid YYYY-MM-DD date\n";
    return exit_usage;
  }
  f.width = o.output.width;
  bool failed = false;
  // Panels point into the grants: a deque keeps them in place.
  std::deque<std::pair<filings::Filing, filings::FilingGrants>> read;
  const filings::FilingSink sink = [&](Result<filings::Filing>&& r) {
    if (!r) {
      failed = true;
      for (const auto& d : r.diagnostics()) std::cerr << format(d) << '\n';
      return;
    }
    auto grants = filings::extract_grants(r.value(), rules::interpret);
    read.emplace_back(std::move(r).value(), std::move(grants));
  };
  for (const auto& input : o.inputs) filings::read_input(input, sink);
  std::vector<chart::FilingPanel> panels;
  for (const auto& [filing, grants] : read)
    for (auto& p : chart::filing_panels(filing, grants, read.size() > 1)) panels.push_back(std::move(p));
  f.title = !o.output.title.empty() ? o.output.title
            : read.size() == 1      ? chart::filing_title(read.front().first)
                                    : std::to_string(read.size()) + " filings";
  const int status = write_svg(o.output, chart::filing_chart(panels, f));
  return failed ? exit_input_errors : status;
}

struct PortfolioChart {
  std::vector<std::string> files;
  std::string calendar = "month", from, to;
  bool per_issuer = false, strict = false;
  unsigned threads = 0;
  Output output;
};

int run_portfolio(const PortfolioChart& o) {
  const auto unit = portfolio::parse_calendar_unit(o.calendar);
  const auto from = parse_iso_date(o.from), to = parse_iso_date(o.to);
  if (!unit || !from || !to || *to < *from) {
    std::cerr << "vest chart portfolio: needs --calendar day|week|month|quarter|year and --from, --to dates (from <= to)\n";
    return exit_usage;
  }
  portfolio::Loader loader(portfolio::LoadOptions{o.strict});
  bool complete = true;
  for (const auto& f : o.files)
    if (!loader.load_file(f)) {
      complete = false;
      break;
    }
  const auto report = loader.report();
  for (const auto& d : report.diagnostics) std::cerr << format(d) << '\n';
  if (!complete && (o.strict || report.loaded == 0)) return exit_input_errors;
  const portfolio::Portfolio p = std::move(loader).take();
  const auto cal = portfolio::vesting_calendar(p, *unit, *from, *to, o.per_issuer, o.threads);
  chart::CalendarChartOptions c;
  c.title = !o.output.title.empty() ? o.output.title : chart::calendar_title(o.calendar, *from, *to, p.size());
  c.width = o.output.width;
  const int status = write_svg(o.output, chart::calendar_chart(chart::calendar_data(cal, p, *unit, o.per_issuer), c));
  return report.rejected + report.not_understood > 0 || !complete ? exit_input_errors : status;
}

const CommandRegistration registration{"chart", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("chart", "SVG charts of a footnote, a schedule, a filing's grants or a portfolio calendar");
  cmd->require_subcommand(1);

  auto parse = std::make_shared<ParseChart>();
  auto* p = cmd->add_subcommand("parse", "Chart the schedule a footnote states (the options of `vest parse`)");
  add_footnote_options(*p, parse->footnote);
  add_output_options(*p, parse->output);

  auto schedule = std::make_shared<ScheduleChart>();
  auto* s = cmd->add_subcommand("schedule", "Chart a schedule from explicit parameters (the options of `vest schedule`)");
  add_schedule_options(*s, schedule->schedule);
  add_output_options(*s, schedule->output);

  auto filing = std::make_shared<FilingChart>();
  auto* f = cmd->add_subcommand("filing", "One small chart per grant of Form 3/4/5 filings (the inputs of `vest filing`)");
  f->add_option("inputs", filing->inputs, "Files or folders: EDGAR XML, PDF-to-text Forms, SEC data sets")->required();
  f->add_option("--as-of", filing->as_of, "Draw the as-of line on every grant (YYYY-MM-DD)");
  add_output_options(*f, filing->output);

  auto book = std::make_shared<PortfolioChart>();
  auto* b = cmd->add_subcommand("portfolio", "Bars of shares vesting per period (the inputs of `vest portfolio`)");
  b->add_option("files", book->files, "Portfolio files: CSV, JSON Lines or `vest filing` JSON")->required();
  b->add_option("--calendar", book->calendar, "day, week, month, quarter or year")->capture_default_str();
  b->add_option("--from", book->from, "Calendar start (YYYY-MM-DD)")->required();
  b->add_option("--to", book->to, "Calendar end (YYYY-MM-DD, inclusive)")->required();
  b->add_flag("--per-issuer", book->per_issuer, "Stack the bars by issuer");
  b->add_flag("--strict", book->strict, "Stop at the first bad row");
  b->add_option("--threads", book->threads, "Worker threads (default: all cores)");
  add_output_options(*b, book->output);

  return [=] {
    if (p->parsed()) return run_parse(*parse);
    if (s->parsed()) return run_schedule(*schedule);
    if (f->parsed()) return run_filing(*filing);
    return run_portfolio(*book);
  };
}};

}  // namespace
}  // namespace vest::cli
