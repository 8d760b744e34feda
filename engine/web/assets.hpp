// The page's files, compiled into the binary from engine/web/assets/ (see
// embed_assets.cmake): plain HTML, CSS and JavaScript, no build step, no CDN.
#pragma once

#include <string_view>

namespace vest::web {

struct Asset {
  std::string_view path;          // "/", "/app.js", "/app.css"
  std::string_view content_type;
  std::string_view content;
};

// nullptr for any other path.
const Asset* find_asset(std::string_view path);

}  // namespace vest::web
