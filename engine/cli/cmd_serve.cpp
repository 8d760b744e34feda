// `vest serve`: the local workbench page and its JSON API (engine/web).
//
//   vest serve [--port 8080] [--host 127.0.0.1] [--max-upload-mb 64]
// Binds 127.0.0.1 unless --host says otherwise; prints the URL once it listens.
#include "engine/cli/command.hpp"
#include "engine/web/server.hpp"

#include <iostream>
#include <memory>

namespace vest::cli {
namespace {

struct Options {
  web::ServeOptions serve;
  std::size_t max_upload_mb = 64;
  std::size_t max_request_kb = 1024;
};

int run(Options o) {
  o.serve.max_upload = o.max_upload_mb << 20;
  o.serve.max_json_body = o.max_request_kb << 10;
  const bool ok = web::serve(o.serve, [](const std::string& url) {
    std::cout << "vest serve: listening on " << url << " (Ctrl-C stops)" << std::endl;
  });
  if (!ok) {
    std::cerr << "vest serve: cannot listen on " << o.serve.host << ":" << o.serve.port << " (in use, or not an address here)\n";
    return exit_input_errors;
  }
  return exit_ok;
}

const CommandRegistration registration{"serve", [](CLI::App& app) -> std::function<int()> {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("serve", "The local workbench page: paste a footnote, drop a filing or a portfolio");
  cmd->add_option("--port", o->serve.port, "TCP port (0: any free port)")->check(CLI::Range(0, 65535))->capture_default_str();
  cmd->add_option("--host", o->serve.host, "Address to bind (the default keeps the page on this machine)")->capture_default_str();
  cmd->add_option("--max-upload-mb", o->max_upload_mb, "Largest upload accepted (413 above)")->check(CLI::Range(1, 4096))
      ->capture_default_str();
  cmd->add_option("--max-request-kb", o->max_request_kb, "Largest footnote request accepted (413 above)")
      ->check(CLI::Range(1, 65536))->capture_default_str();
  cmd->add_option("--threads", o->serve.threads, "Worker threads (0: the library's default)");
  return [o] { return run(*o); };
}};

}  // namespace
}  // namespace vest::cli
