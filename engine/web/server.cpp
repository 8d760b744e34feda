#include "engine/web/server.hpp"

#include "engine/web/api.hpp"
#include "engine/web/assets.hpp"

#include <httplib.h>

namespace vest::web {

namespace {

constexpr const char* content_security_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

void send(httplib::Response& res, const Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

std::string megabytes(std::size_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB"; }

// The files of a multipart upload (any field name), or the raw body named by ?name=.
std::vector<Upload> uploads_of(const httplib::Request& req) {
  std::vector<Upload> out;
  if (req.is_multipart_form_data()) {
    for (const auto& [field, part] : req.files)
      if (!part.filename.empty() || field == "file") out.push_back({part.filename.empty() ? field : part.filename, part.content});
  } else if (!req.body.empty()) {
    out.push_back({req.has_param("name") ? req.get_param_value("name") : "upload", req.body});
  }
  return out;
}

PortfolioQuery portfolio_query(const httplib::Request& req) {
  PortfolioQuery q;
  q.as_of = req.get_param_value("as_of");
  if (req.has_param("group_by")) q.group_by = req.get_param_value("group_by");
  q.calendar = req.get_param_value("calendar");
  q.from = req.get_param_value("from");
  q.to = req.get_param_value("to");
  q.per_issuer = req.get_param_value("per_issuer") == "1" || req.get_param_value("per_issuer") == "true";
  return q;
}

void add_routes(httplib::Server& server, const ServeOptions& o) {
  for (const char* path : {"/", "/app.js", "/app.css"})
    server.Get(path, [](const httplib::Request& req, httplib::Response& res) {
      const Asset* a = find_asset(req.path);
      res.set_content(std::string(a->content), std::string(a->content_type).c_str());
    });
  const std::size_t json_limit = o.max_json_body;
  auto json_route = [json_limit](Reply (*handler)(std::string_view)) {
    return [json_limit, handler](const httplib::Request& req, httplib::Response& res) {
      if (req.body.size() > json_limit)
        return send(res, error_reply(413, "too_large", "the request is " + std::to_string(req.body.size()) +
                                                           " bytes; the limit for a footnote request is " +
                                                           std::to_string(json_limit) + " bytes"));
      send(res, handler(req.body));
    };
  };
  server.Post("/api/parse", json_route(&parse));
  server.Post("/api/chart/parse", json_route(&parse_chart));
  server.Post("/api/filing", [](const httplib::Request& req, httplib::Response& res) {
    send(res, filing(uploads_of(req), req.get_param_value("as_of")));
  });
  server.Post("/api/portfolio", [](const httplib::Request& req, httplib::Response& res) {
    send(res, portfolio(uploads_of(req), portfolio_query(req)));
  });
  server.Post("/api/chart/portfolio", [](const httplib::Request& req, httplib::Response& res) {
    send(res, portfolio_chart(uploads_of(req), portfolio_query(req)));
  });
}

}  // namespace

bool serve(const ServeOptions& o, const std::function<void(const std::string&)>& on_ready) {
  httplib::Server server;
  server.set_payload_max_length(o.max_upload);
  server.set_default_headers({{"Content-Security-Policy", content_security_policy},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cache-Control", "no-store"}});
  if (o.threads > 0) {
    const unsigned n = o.threads;
    server.new_task_queue = [n] { return new httplib::ThreadPool(n); };
  }
  add_routes(server, o);
  // Errors cpp-httplib answers itself (413 for a body over the limit, 404, 400)
  // get a body that says what happened.
  const std::size_t upload_limit = o.max_upload;
  const httplib::Server::HandlerWithResponse on_error = [upload_limit](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    Reply r;
    if (res.status == 413)
      r = error_reply(413, "too_large", "the upload is larger than the limit of " + megabytes(upload_limit) +
                                            " (vest serve --max-upload-mb)");
    else if (res.status == 404)
      r = error_reply(404, "not_found", "no such page");
    else
      r = error_reply(res.status, "bad_request", "the request could not be read");
    res.set_content(r.body, r.content_type.c_str());
    return httplib::Server::HandlerResponse::Handled;
  };
  server.set_error_handler(on_error);
  const int port = o.port == 0 ? server.bind_to_any_port(o.host.c_str()) : (server.bind_to_port(o.host.c_str(), o.port) ? o.port : -1);
  if (port <= 0) return false;
  const bool v6 = o.host.find(':') != std::string::npos;
  on_ready("http://" + (v6 ? "[" + o.host + "]" : o.host) + ":" + std::to_string(port) + "/");
  return server.listen_after_bind();
}

}  // namespace vest::web
