// Diagnostics are values.
//
// vest never throws at a user and never returns a bare number for bad input.
// Every problem becomes a `Diagnostic`: a stable machine-readable code, a
// message that quotes the offending values, and where it happened (file,
// line, field, and the character span of a footnote). Functions that can fail
// return `Result<T>`: the value, or the diagnostics that explain its absence.
// Warnings may accompany a value.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vest {

// A half-open character range [begin, end) of a footnote's original text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

struct SourceLocation {
  std::string file;                // "" when not from a file
  std::size_t line = 0;            // 1-based; 0 = unknown
  std::size_t column = 0;          // 1-based; 0 = unknown
  std::string field;               // "grant_date", "F1", "transactionShares"...
  std::optional<Span> span;        // characters of a footnote
  bool empty() const { return file.empty() && line == 0 && field.empty() && !span; }
};

enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;     // stable, snake_case: "invalid_date", "amounts_do_not_sum"
  std::string message;  // quotes the values: "tranche dates not increasing: 2024-03-01 after 2024-02-01"
  SourceLocation where;

  static Diagnostic error(std::string code, std::string message, SourceLocation where = {}) {
    return {Severity::error, std::move(code), std::move(message), std::move(where)};
  }
  static Diagnostic warning(std::string code, std::string message, SourceLocation where = {}) {
    return {Severity::warning, std::move(code), std::move(message), std::move(where)};
  }
};

// "file:line:column: error: message [code]" (parts that are unknown are left out).
std::string format(const Diagnostic& d);

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& ds);

// A value or the reasons it could not be produced. Holds a value only when no
// diagnostic is an error.
template <class T>
class Result {
 public:
  Result(T value, Diagnostics warnings = {}) : value_(std::move(value)), diagnostics_(std::move(warnings)) {}
  Result(Diagnostics errors) : diagnostics_(std::move(errors)) {}
  static Result failure(Diagnostic d) { return Result(Diagnostics{std::move(d)}); }

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  const T& operator*() const { return *value_; }
  const Diagnostics& diagnostics() const { return diagnostics_; }
  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  std::optional<T> value_;
  Diagnostics diagnostics_;
};

}  // namespace vest
