#include "engine/cli/input.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace vest::cli {

std::optional<Input> Input::open(const std::string& path, std::string& error) {
  Input in;
  if (path == "-") {
    in.stdin_ = &std::cin;
    in.name_ = "<stdin>";
    return in;
  }
  in.name_ = path;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "is a directory, not a file";
    return std::nullopt;
  }
  in.file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*in.file_) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return std::nullopt;
  }
  return in;
}

bool read_line_bounded(std::istream& in, std::string& line, std::size_t max, bool& truncated) {
  line.clear();
  truncated = false;
  bool any = false;
  char buf[1 << 16];
  auto keep = [&](std::size_t n) {
    const std::size_t room = line.size() < max ? max - line.size() : 0;
    if (n > room) truncated = true;
    line.append(buf, std::min(n, room));
  };
  while (true) {
    in.getline(buf, sizeof buf);
    const auto n = static_cast<std::size_t>(in.gcount());
    if (in.bad()) return any;
    if (in.eof()) {  // the last line, without a '\n' (or nothing at all)
      keep(n);
      return any || n > 0;
    }
    if (in.fail()) {
      if (n != sizeof buf - 1) return any;
      in.clear();  // the buffer filled before the '\n': the line goes on
      keep(n);
      any = true;
      continue;
    }
    keep(n - 1);  // gcount counted the '\n'
    return true;
  }
}

}  // namespace vest::cli
