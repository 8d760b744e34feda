// The options of `vest parse` for one footnote (text, grant date, shares,
// expiration, option, as-of), shared with `vest chart parse` so both read
// the same command line the same way.
#pragma once

#include "rules/footnote_limit.hpp"
#include "rules/interpretation.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace vest::cli {

struct FootnoteOptions {
  std::string text, grant_date, shares, expiration, as_of;
  bool option = false, no_option = false;
  std::size_t max_footnote_bytes = rules::kDefaultMaxFootnoteBytes;  // --max-footnote-bytes
  // --option / --no-option; std::nullopt: inferred from the words (rules/option_inference.hpp).
  std::optional<bool> given_option() const {
    return option ? std::optional<bool>(true) : no_option ? std::optional<bool>(false) : std::nullopt;
  }
};

// Adds --text, --grant-date, --shares, --expiration, --option, --no-option, --as-of, --max-footnote-bytes.
void add_footnote_options(CLI::App& cmd, FootnoteOptions& o);

struct FootnoteInput {
  std::string text;  // --text, or stdin when it is not given (at most max_footnote_bytes + 1 bytes of it)
  rules::GrantContext context;  // is_option is left to rules::interpret_grant with given_option()
  std::optional<Date> as_of;
};

// Reads the options (and stdin for the text); returns the problems, one
// message per bad option ("--shares: \"x\" is not a positive number").
std::vector<std::string> read_footnote_input(const FootnoteOptions& o, FootnoteInput& out);

}  // namespace vest::cli
