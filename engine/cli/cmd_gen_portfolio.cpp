// `vest gen-portfolio`: a deterministic synthetic portfolio (CSV on stdout or --output).
//
//   vest gen-portfolio --grants 1000000 --seed 7 --output book.csv
#include "engine/cli/command.hpp"
#include "engine/portfolio/generate.hpp"

#include <fstream>
#include <iostream>
#include <memory>

namespace vest::cli {
namespace {

struct Options {
  std::uint64_t grants = 1000;
  std::uint64_t seed = 1;
  unsigned footnotes = 2;
  bool bad_rows = false;
  std::string output;
};

int run(const Options& o) {
  portfolio::GenerateOptions g;
  g.grants = o.grants;
  g.seed = o.seed;
  g.footnote_percent = o.footnotes;
  g.with_bad_rows = o.bad_rows;
  if (o.output.empty() || o.output == "-") {
    std::ios::sync_with_stdio(false);
    portfolio::generate_portfolio(std::cout, g);
    std::cout.flush();
    return std::cout ? exit_ok : exit_input_errors;
  }
  std::ofstream out(o.output, std::ios::binary);
  if (!out) {
    std::cerr << "vest gen-portfolio: cannot write " << o.output << "\n";
    return exit_input_errors;
  }
  std::vector<char> buffer(1 << 20);
  out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  portfolio::generate_portfolio(out, g);
  out.flush();
  if (!out) {
    std::cerr << "vest gen-portfolio: error writing " << o.output << "\n";
    return exit_input_errors;
  }
  return exit_ok;
}

const CommandRegistration registration{"gen-portfolio", [](CLI::App& app) -> std::function<int()> {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("gen-portfolio", "Write a deterministic synthetic portfolio as CSV (vest portfolio columns)");
  cmd->add_option("--grants,-n", o->grants, "Number of grants")->check(CLI::Range(std::uint64_t{0}, std::uint64_t{1000000000}));
  cmd->add_option("--seed,-s", o->seed, "Random seed (same seed, same portfolio)");
  cmd->add_option("--footnote-percent", o->footnotes, "Percent of rows given as footnote text instead of schedule parameters")
      ->check(CLI::Range(0u, 100u));
  cmd->add_flag("--bad-rows", o->bad_rows, "Add malformed rows (to try error reporting)");
  cmd->add_option("--output,-o", o->output, "Output file (default stdout)");
  return [o] { return run(*o); };
}};

}  // namespace
}  // namespace vest::cli
