// `vest schedule`: a schedule from explicit parameters, its tranche table and
// an as-of projection.
//
//   vest schedule --grant-date 2013-12-16 --shares 200000
//     --lump 2014-12-16:25% --start 2014-12-16 --installments 36 --period 1m
//     --exercise-price 2.91 --expiration 2023-12-16 --as-of 2015-06-30   (one line)
#include "engine/cli/command.hpp"
#include "engine/cli/schedule_options.hpp"
#include "engine/cli/schedule_view.hpp"
#include "engine/core/events.hpp"
#include "engine/core/schedule_json.hpp"
#include "engine/ocf/write_terms.hpp"

#include <iostream>

namespace vest::cli {
namespace {

struct Options {
  ScheduleOptions schedule;
  std::string format = "table";
};

int run(const Options& o) {
  BuiltSchedule built;
  if (const int status = build_from_options(o.schedule, "vest schedule", built); status != exit_ok) return status;
  const auto& as_of = built.as_of;
  const auto grant = built.schedule->grant_date();
  const Schedule& s = *built.schedule;
  std::optional<Projection> projection;
  if (as_of) projection = project(s, *as_of);

  if (o.format == "ocf") {
    // Terms as read from --ocf are written back as their own evaluation.
    ocf::OcfDocument doc;
    const std::string origin = "vest schedule --grant-date " + o.schedule.grant_date + " --shares " + o.schedule.shares;
    for (const auto& w : doc.add("grant", *built.spec, s, origin)) std::cerr << "vest schedule: " << format(w) << '\n';
    std::cout << doc.json().dump(2) << '\n';
  } else if (o.format == "json") {
    nlohmann::json j{{"grant_date", to_iso(*grant)},
                     {"shares", json_amount(s.total())},
                     {"policy", to_string(s.policy())},
                     {"tranches", tranches_json(s)}};
    auto contingent = nlohmann::json::array();
    for (const auto& c : s.contingent()) contingent.push_back({{"shares", json_amount(c.shares)}, {"condition", c.condition}});
    j["contingent"] = contingent;
    if (const auto& opt = s.option()) {
      nlohmann::json oj = nlohmann::json::object();
      if (opt->exercise_price) oj["exercise_price"] = json_amount(*opt->exercise_price);
      if (opt->expiration) oj["expiration"] = to_iso(*opt->expiration);
      oj["early_exercisable"] = opt->early_exercisable;
      oj["exercised"] = json_amount(opt->exercised);
      j["option"] = oj;
    }
    if (projection) j["as_of"] = projection_json(*projection);
    std::cout << j.dump(2) << '\n';
  } else if (o.format == "csv") {
    print_schedule_csv(std::cout, s, projection);
  } else {
    print_schedule_table(std::cout, s, projection);
    if (projection) print_projection_line(std::cout, *projection);
  }
  return exit_ok;
}

const CommandRegistration registration{"schedule", [](CLI::App& app) -> std::function<int()> {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("schedule", "Build a schedule from explicit parameters and project it");
  add_schedule_options(*cmd, o->schedule);
  cmd->add_option("--format", o->format, "table | json | csv | ocf")->check(CLI::IsMember({"table", "json", "csv", "ocf"}))
      ->capture_default_str();
  return [o] { return run(*o); };
}};

}  // namespace
}  // namespace vest::cli
