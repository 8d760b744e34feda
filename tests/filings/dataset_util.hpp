// Data sets built at test time from the fixture's tables, with one thing
// broken (a column dropped, a row made huge), written to a fresh folder.
#pragma once

#include "test_util.hpp"

#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace vest::filings::testing {

using Tables = std::vector<std::pair<std::string, std::string>>;

inline const std::vector<std::string> kTables{"SUBMISSION", "REPORTINGOWNER", "NONDERIV_TRANS", "NONDERIV_HOLDING",
                                       "DERIV_TRANS", "DERIV_HOLDING", "FOOTNOTES"};

// The fixture data set's tables, as (file name, content).
inline std::vector<std::pair<std::string, std::string>> fixture_tables() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& t : kTables) out.emplace_back(t + ".tsv", slurp(fixture("dataset/" + t + ".tsv")));
  return out;
}

// A fresh folder holding `tables`.
inline std::string write_dataset(const std::string& name, const std::vector<std::pair<std::string, std::string>>& tables) {
  const auto dir = std::filesystem::temp_directory_path() / ("vest-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (const auto& [file, content] : tables) std::ofstream(dir / file, std::ios::binary) << content;
  return dir.string();
}

inline std::string& table(std::vector<std::pair<std::string, std::string>>& tables, const std::string& file) {
  for (auto& [f, c] : tables)
    if (f == file) return c;
  throw std::runtime_error(file);
}

// Removes one column (header and cells) from a TSV text.
inline std::string drop_column(const std::string& tsv, const std::string& column) {
  std::istringstream in(tsv);
  std::string line, out;
  std::size_t drop = std::string::npos;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
      const auto t = line.find('\t', start);
      cells.push_back(line.substr(start, t == std::string::npos ? std::string::npos : t - start));
      if (t == std::string::npos) break;
      start = t + 1;
    }
    if (drop == std::string::npos)
      for (std::size_t i = 0; i < cells.size(); ++i)
        if (cells[i] == column) drop = i;
    for (std::size_t i = 0, kept = 0; i < cells.size(); ++i)
      if (i != drop) out += (kept++ ? "\t" : "") + cells[i];
    out += "\n";
  }
  return out;
}

}  // namespace vest::filings::testing
