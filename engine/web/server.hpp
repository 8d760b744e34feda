// The workbench server (`vest serve`): the page and its JSON API over HTTP,
// with cpp-httplib (Debian's libcpp-httplib-dev).
//
// Safety, in one place:
//   - binds 127.0.0.1 unless told otherwise;
//   - the page, its script and its style sheet are compiled into the binary
//     (assets.hpp); no route reads a file, and no request names a path that
//     is opened: uploads are read from memory, their names are only labels;
//   - request bodies are limited (JSON requests: max_json_body; uploads:
//     max_upload), beyond which the reply is 413 with a message saying the limit;
//   - every reply carries a Content-Security-Policy that allows only the
//     page's own script (no inline script can run, even if some text escaped
//     the page's escaping), nosniff, no-referrer and no-store.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace vest::web {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t max_json_body = 1u << 20;   // bytes of a /api/parse request
  std::size_t max_upload = 64u << 20;     // bytes of an upload request
  unsigned threads = 0;                   // 0: cpp-httplib's default pool
};

// Serves until the process is stopped. `on_ready(url)` is called once the
// socket listens (port 0 picks a free port). Returns false when it cannot bind.
bool serve(const ServeOptions& options, const std::function<void(const std::string&)>& on_ready);

}  // namespace vest::web
