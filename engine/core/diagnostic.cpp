#include "engine/core/diagnostic.hpp"

namespace vest {

std::string format(const Diagnostic& d) {
  std::string out;
  if (!d.where.file.empty()) {
    out += d.where.file;
    if (d.where.line) out += ":" + std::to_string(d.where.line);
    if (d.where.line && d.where.column) out += ":" + std::to_string(d.where.column);
    out += ": ";
  } else if (d.where.line) {
    out += "line " + std::to_string(d.where.line) + ": ";
  }
  out += d.severity == Severity::error ? "error: " : "warning: ";
  if (!d.where.field.empty()) out += d.where.field + ": ";
  out += d.message;
  if (d.where.span) out += " (chars " + std::to_string(d.where.span->begin) + "-" + std::to_string(d.where.span->end) + ")";
  out += " [" + d.code + "]";
  return out;
}

bool has_errors(const Diagnostics& ds) {
  for (const auto& d : ds)
    if (d.severity == Severity::error) return true;
  return false;
}

}  // namespace vest
