// CSV as every vest output writes it (RFC 4180): a field is quoted only when it
// holds a comma, a quote or a line break, a quote doubled inside quotes; lines end in "\n".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vest {

std::string csv_field(std::string_view s);
// The cells as one CSV line (with its "\n"), appended to `out`.
void append_csv_line(std::string& out, const std::vector<std::string>& cells);

}  // namespace vest
