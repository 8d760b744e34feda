// Builds small zips in memory for the tests (libarchive's writer), so that no
// binary fixture is needed and hostile shapes (duplicate tables, bombs) are
// written out in the test that uses them.
#pragma once

#include <archive.h>
#include <archive_entry.h>

#include <string>
#include <utility>
#include <vector>

namespace vest::filings::testing {

// members: (path inside the zip, content); `repeat` writes the content that many times.
inline std::string make_zip(const std::vector<std::pair<std::string, std::string>>& members, std::size_t repeat = 1) {
  std::string out(1 << 20, '\0');
  std::size_t used = 0;
  for (;;) {
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open_memory(a, out.data(), out.size(), &used);
    bool ok = true;
    for (const auto& [name, content] : members) {
      archive_entry* e = archive_entry_new();
      archive_entry_set_pathname(e, name.c_str());
      archive_entry_set_filetype(e, AE_IFREG);
      archive_entry_set_perm(e, 0644);
      archive_entry_set_size(e, static_cast<la_int64_t>(content.size() * repeat));
      ok = ok && archive_write_header(a, e) == ARCHIVE_OK;
      for (std::size_t k = 0; ok && k < repeat; ++k)
        ok = archive_write_data(a, content.data(), content.size()) == static_cast<la_ssize_t>(content.size());
      archive_entry_free(e);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    if (ok) break;
    out.resize(out.size() * 4);  // too small: try again with more room
  }
  out.resize(used);
  return out;
}

}  // namespace vest::filings::testing
