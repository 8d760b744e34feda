// Input files named on the command line: "-" is standard input for every
// command that reads a file; pipes, /dev/stdin and <(...) are read as
// streams; a folder or a missing file is an error naming it, never an abort.
#pragma once

#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>

namespace vest::cli {

// An open input: standard input, or a file this object owns.
class Input {
 public:
  // The stream, or std::nullopt with `error` set ("cannot open: No such file or directory", "is a directory, not a file").
  static std::optional<Input> open(const std::string& path, std::string& error);
  std::istream& stream() { return file_ ? *file_ : *stdin_; }
  // The name for diagnostics: the path, or "<stdin>" for "-".
  const std::string& name() const { return name_; }

 private:
  std::unique_ptr<std::ifstream> file_;
  std::istream* stdin_ = nullptr;
  std::string name_;
};

// Reads one line (without its '\n') into `line`, keeping at most `max` bytes
// of it and skipping the rest unstored, so one enormous line costs `max`
// bytes of memory, not its length. `truncated` tells whether bytes were
// dropped. False at the end of the input with nothing read.
bool read_line_bounded(std::istream& in, std::string& line, std::size_t max, bool& truncated);

}  // namespace vest::cli
