#include "engine/core/diagnostic.hpp"

#include <algorithm>

namespace vest {

namespace {
// A diagnostic is one line on stderr whatever it quotes (a library's message,
// a file name or a field with a line break): control characters are written
// as escapes ("\n", "\r", "\t", "\x01").
std::string one_line(std::string_view s) {
  if (std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
    return std::string(s);
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (u < 0x20 || u == 0x7f) {
      const char hex[] = "0123456789abcdef";
      out += "\\x";
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}
}  // namespace

std::string format(const Diagnostic& d) {
  std::string out;
  if (!d.where.file.empty()) {
    out += one_line(d.where.file);
    if (d.where.line) out += ":" + std::to_string(d.where.line);
    if (d.where.line && d.where.column) out += ":" + std::to_string(d.where.column);
    out += ": ";
  } else if (d.where.line) {
    out += "line " + std::to_string(d.where.line) + ": ";
  }
  out += d.severity == Severity::error ? "error: " : "warning: ";
  if (!d.where.field.empty()) out += one_line(d.where.field) + ": ";
  out += one_line(d.message);
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
