// Helpers shared by the filings tests.
#pragma once

#include "engine/core/civil_date.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace vest::filings::testing {

inline std::string fixture(const std::string& relative) { return std::string(VEST_FIXTURES_DIR) + "/" + relative; }
inline std::string shared(const std::string& relative) { return std::string(VEST_SHARED_DIR) + "/" + relative; }

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline Date iso(const char* text) {
  auto d = parse_iso_date(text);
  if (!d) throw std::invalid_argument(text);
  return *d;
}

}  // namespace vest::filings::testing
