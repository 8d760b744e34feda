// Plain-text tables for terminal output: columns sized to their content,
// numbers right-aligned.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace vest::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> headers, std::vector<bool> right_aligned = {});
  void add_row(std::vector<std::string> cells);
  void print(std::ostream& out) const;

 private:
  std::vector<std::string> headers_;
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

// "1234567" -> "1,234,567"; keeps a fraction part ("1,234.5").
std::string group_thousands(const std::string& number);

}  // namespace vest::cli
