// The `vest` program: dispatches to the registered subcommands.
#include "engine/cli/command.hpp"

#include <algorithm>
#include <iostream>
#include <map>

namespace vest::cli {

CommandRegistration::CommandRegistration(std::string name, CommandSetup setup) {
  registered_commands().push_back({std::move(name), std::move(setup)});
}

std::vector<RegisteredCommand>& registered_commands() {
  static std::vector<RegisteredCommand> commands;
  return commands;
}

}  // namespace vest::cli

int main(int argc, char** argv) {
  using namespace vest::cli;
  CLI::App app{"vest: exact vesting schedules from SEC Form 4 footnotes"};
  app.require_subcommand(1);
  auto commands = registered_commands();
  std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  std::map<CLI::App*, std::function<int()>> runners;
  for (auto& c : commands) {
    CLI::App* sub = nullptr;
    auto run = c.setup(app);
    // The setup added exactly one subcommand; find it by name.
    sub = app.get_subcommand(c.name);
    runners[sub] = std::move(run);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help goes to stdout with exit 0; real usage errors to stderr.
    return app.exit(e, std::cout, std::cerr) == 0 ? exit_ok : exit_usage;
  }
  for (auto& [sub, run] : runners)
    if (sub && sub->parsed()) return run();
  return exit_usage;
}
