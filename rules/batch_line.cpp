#include "rules/batch_line.hpp"

#include "engine/core/projection.hpp"
#include "engine/core/schedule_json.hpp"
#include "rules/interpretation_json.hpp"
#include "rules/option_inference.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace vest::rules {
namespace {

using Json = nlohmann::json;

// nlohmann's DOM builder, keeping the source text of every fractional or
// out-of-range number among the object's own keys (nlohmann would otherwise
// hold them only as doubles). Integers within 64 bits are exact anyway.
class ExactNumberParser : public nlohmann::detail::json_sax_dom_parser<Json> {
  using Base = nlohmann::detail::json_sax_dom_parser<Json>;

 public:
  explicit ExactNumberParser(Json& root) : Base(root, false) {}
  bool start_object(std::size_t n) { ++depth_; return Base::start_object(n); }
  bool end_object() { --depth_; return Base::end_object(); }
  bool start_array(std::size_t n) { ++depth_; return Base::start_array(n); }
  bool end_array() { --depth_; return Base::end_array(); }
  bool key(std::string& k) {
    if (depth_ == 1) key_ = k;
    return Base::key(k);
  }
  bool number_float(double v, const std::string& raw) {
    if (depth_ == 1) raw_numbers[key_] = raw;
    return Base::number_float(v, raw);
  }
  std::map<std::string, std::string, std::less<>> raw_numbers;

 private:
  int depth_ = 0;
  std::string key_;
};

std::string dump(const nlohmann::ordered_json& j) {
  // Never throws on invalid UTF-8 in echoed input: such bytes become U+FFFD.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

// A problem with the input line: its code, message and the field at fault ("" for the whole line).
struct Problem {
  std::string code, message, field;
};
using Problems = std::vector<Problem>;

// Every input error names its input line (and field), as the other readers' errors do.
nlohmann::ordered_json error_json(const Json& id, std::size_t line, const Problems& problems) {
  Json errors = Json::array();
  for (const auto& p : problems) {
    Json e{{"code", p.code}, {"message", p.message}, {"line", line}};
    if (!p.field.empty()) e["field"] = p.field;
    errors.push_back(std::move(e));
  }
  nlohmann::ordered_json j;
  j["id"] = id;
  j["kind"] = "unrecognized";
  j["tranches"] = Json::array();
  j["contingent_shares"] = 0;
  j["exercisable_immediately"] = false;
  j["conditions"] = Json::array();
  j["warnings"] = Json::array();
  j["errors"] = errors;
  j["explain"] = Json::array();
  return j;
}

// The share count's exact text: a string as written, an integer, or a
// fractional number's source text (never through a double).
std::optional<std::string> shares_text(const Json& s, const ExactNumberParser& p) {
  if (s.is_string()) return s.get<std::string>();
  if (s.is_number_unsigned()) return std::to_string(s.get<std::uint64_t>());
  if (s.is_number_integer()) return std::to_string(s.get<std::int64_t>());
  if (s.is_number_float()) {
    const auto raw = p.raw_numbers.find("shares");
    if (raw != p.raw_numbers.end()) return raw->second;
  }
  return std::nullopt;
}

GrantContext context_from(const Json& j, const ExactNumberParser& p, Problems& problems) {
  GrantContext c;
  auto date = [&](const char* key, std::optional<Date>& out) {
    if (!j.contains(key) || j[key].is_null()) return;
    if (!j[key].is_string() || !(out = parse_iso_date(j[key].get<std::string>())))
      problems.push_back({"invalid_input", std::string(key) + " is not a YYYY-MM-DD date: " + dump(j[key]), key});
  };
  date("grant_date", c.grant_date);
  date("expiration", c.expiration);
  if (j.contains("shares") && !j["shares"].is_null()) {
    const auto text = shares_text(j["shares"], p);
    const auto a = text ? Amount::parse(*text) : std::nullopt;
    if (!a)
      problems.push_back({"invalid_input", "shares is not an exact decimal number (like 58824, \"58,824\" or 47.5; no exponent): " +
                                               (text ? *text : dump(j["shares"])), "shares"});
    else if (a->is_negative() || a->is_zero())
      problems.push_back({"invalid_input", "shares must be positive, not " + *text, "shares"});
    else
      c.shares = a;
  }
  return c;
}

}  // namespace

BatchLine batch_line_error(std::size_t number, const std::string& code, const std::string& message) {
  return {dump(error_json("line " + std::to_string(number), number, {{code, "line " + std::to_string(number) + ": " + message, ""}})),
          true, {}, {}, std::nullopt};
}

BatchLine interpret_batch_line(std::string_view line, std::size_t number, const BatchLimits& limits) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.find_first_not_of(" \t") == std::string_view::npos)
    return batch_line_error(number, "blank_line", "blank line (one JSON object per line expected)");
  Json j;
  ExactNumberParser parser(j);
  const bool parsed = Json::sax_parse(line, &parser, Json::input_format_t::json, false) && !parser.is_errored();
  if (!parsed || !j.is_object())
    return batch_line_error(number, "invalid_input", "not a JSON object");
  Json id = j.contains("id") ? j["id"] : Json("line " + std::to_string(number));
  Problems problems;
  if (!j.contains("text") || !j["text"].is_string()) problems.push_back({"invalid_input", "\"text\" is missing or not a string", "text"});
  else if (auto d = footnote_too_long(j["text"].get_ref<const std::string&>().size(), limits.max_footnote_bytes))
    problems.push_back({d->code, d->message, "text"});
  GrantContext c = context_from(j, parser, problems);
  std::optional<bool> given = limits.is_option;
  if (j.contains("is_option") && !j["is_option"].is_null()) {
    if (j["is_option"].is_boolean()) given = j["is_option"].get<bool>();
    else problems.push_back({"invalid_input", "is_option is not true or false: " + dump(j["is_option"]), "is_option"});
  }
  std::optional<Date> as_of = limits.as_of;
  if (j.contains("as_of") && !j["as_of"].is_null()) {
    if (!j["as_of"].is_string() || !(as_of = parse_iso_date(j["as_of"].get<std::string>())))
      problems.push_back({"invalid_input", "as_of is not a YYYY-MM-DD date: " + dump(j["as_of"]), "as_of"});
  }
  if (!problems.empty()) return {dump(error_json(id, number, problems)), true, {}, {}, std::nullopt};
  auto result = interpret_grant(j["text"].get_ref<const std::string&>(), c, given);
  Json out = to_json(result);
  // "id" first for people reading the lines.
  nlohmann::ordered_json ordered;
  ordered["id"] = id;
  // The interpreter's diagnostics point into the footnote (span); the line says which footnote.
  for (const char* key : {"warnings", "errors"})
    for (auto& d : out[key]) d["line"] = number;
  for (const char* key : {"kind", "tranches", "contingent_shares", "exercisable_immediately", "conditions", "warnings", "errors",
                          "explain"})
    ordered[key] = out[key];
  const bool failed = has_errors(result.diagnostics) || result.kind == Kind::unrecognized;
  if (as_of && result.schedule && !failed) ordered["as_of"] = projection_json(project(*result.schedule, *as_of));
  BatchLine line_out{dump(ordered), failed, {}, {}, std::nullopt};
  if (limits.keep_result) {
    line_out.id = id.is_string() ? id.get<std::string>() : dump(id);
    line_out.text = j["text"].get<std::string>();
    line_out.result = std::move(result);
  }
  return line_out;
}

}  // namespace vest::rules
