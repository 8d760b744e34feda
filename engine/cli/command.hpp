// Subcommands of the `vest` program register themselves here, one file each
// (cmd_<name>.cpp), so adding a command touches only its own file.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace vest::cli {

// `setup` adds the subcommand and its options to `app` and returns the
// function that runs it (after parsing) and returns the process exit code.
using CommandSetup = std::function<std::function<int()>(CLI::App& app)>;

struct CommandRegistration {
  CommandRegistration(std::string name, CommandSetup setup);
};

struct RegisteredCommand {
  std::string name;
  CommandSetup setup;
};

std::vector<RegisteredCommand>& registered_commands();

// Exit codes shared by all commands.
inline constexpr int exit_ok = 0;
inline constexpr int exit_input_errors = 1;  // some inputs failed; the rest was processed
inline constexpr int exit_usage = 2;         // bad command line

}  // namespace vest::cli
