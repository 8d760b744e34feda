// Is the grant an option? Decided once, before interpretation, when the
// caller does not say.
//
// An option (or a stock appreciation right) is exercisable; a share award is
// not. A Form 4 row says which from its security title, but a footnote given
// alone (`vest parse`) often says it only in words: "the shares underlying
// this option", "the Option becomes exercisable". An input that carries an
// expiration date or an exercise price is an option too. An explicit answer
// from the caller always wins; an inferred one is reported as a warning
// (`option_inferred`) naming the words or the input that decided it, so the
// reader can see why "exercisable" figures appear.
//
// Not evidence: "option" as a choice ("at the Company's option", "at its
// option", "the option to defer"), which says nothing about the award.
//
// Example:
//   decide_option("The option vests in 48 equal monthly installments.", {}, std::nullopt)
//     → {is_option = true, warning: "treated as an option: the footnote says \"option vests\""}
#pragma once

#include "rules/interpretation.hpp"

#include <optional>
#include <string_view>

namespace vest::rules {

struct OptionDecision {
  bool is_option = false;
  std::optional<Diagnostic> warning;  // present when the answer was inferred, not given
};

// `given`: the caller's explicit answer (--option / --no-option, "is_option"), if any.
OptionDecision decide_option(std::string_view text, const GrantContext& context, std::optional<bool> given);

// interpret() with the option question settled by decide_option(); the
// inference warning, if any, is added to the result's diagnostics.
Interpretation interpret_grant(std::string_view text, GrantContext context, std::optional<bool> given);

}  // namespace vest::rules
