// How the schedule-parameter readers (schedule_parameters.cpp,
// timing_parameters.cpp) report a bad parameter: under the name its front end
// spells — "--exercise-price" on the command line, "exercise_price" in Python —
// with the value quoted, one problem per bad parameter, all reported at once.
// Internal to engine/core.
#pragma once

#include "engine/core/schedule_parameters.hpp"

#include <string>
#include <vector>

namespace vest::parameters {

// One parameter's name as each front end spells it.
struct Name {
  const char* command_line;
  const char* python;
};

class Reader {
 public:
  Reader(ParameterSpelling spelling, std::vector<std::string>& problems) : spelling_(spelling), problems_(problems) {}

  std::string name(Name n) const { return spelling_ == ParameterSpelling::command_line ? n.command_line : n.python; }
  ParameterSpelling spelling() const { return spelling_; }
  void add(Name n, const std::string& what) { problems_.push_back(name(n) + ": " + what); }
  void add(const std::string& what) { problems_.push_back(what); }

  std::optional<Date> date(Name n, const std::string& value) {
    if (auto d = parse_iso_date(value)) return d;
    add(n, "\"" + value + "\" is not a valid YYYY-MM-DD date");
    return std::nullopt;
  }
  std::optional<Amount> amount(Name n, const std::string& value) {
    if (auto a = parse_amount_parameter(value)) return a;
    add(n, "\"" + value + "\" is not a number");
    return std::nullopt;
  }
  std::optional<Period> period(Name n, const std::string& value) {
    auto p = parse_period_parameter(value);
    if (!p.period) add(n, "\"" + value + "\" " + p.reason);
    return p.period;
  }

 private:
  ParameterSpelling spelling_;
  std::vector<std::string>& problems_;
};

// Names both readers use.
inline constexpr Name kStartName{"--start", "start"}, kInstallmentsName{"--installments", "installments"},
    kLumpName{"--lump", "lumps"}, kContingentName{"--contingent", "contingent"}, kThenName{"--then", "then"};

}  // namespace vest::parameters
