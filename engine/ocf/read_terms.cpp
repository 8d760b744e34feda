#include "engine/ocf/read_terms.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace vest::ocf {
namespace {

using nlohmann::json;

// Collects problems for one input; each names its JSON path.
struct Reader {
  std::string file;
  Diagnostics problems;

  void error(const std::string& path, std::string message, std::string code = "ocf_schema") {
    SourceLocation where;
    where.file = file;
    where.field = path;
    problems.push_back(Diagnostic::error(std::move(code), std::move(message), std::move(where)));
  }
  void warning(const std::string& path, std::string message, std::string code) {
    SourceLocation where;
    where.file = file;
    where.field = path;
    problems.push_back(Diagnostic::warning(std::move(code), std::move(message), std::move(where)));
  }

  // Fields outside `allowed` are schema violations (additionalProperties: false).
  void only(const json& obj, const std::string& path, std::initializer_list<const char*> allowed) {
    for (const auto& item : obj.items()) {
      const std::string& key = item.key();  // a plain name: clang 14 cannot capture a structured binding
      if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; }))
        error(path + "." + key, "unknown field \"" + key + "\"");
    }
  }
  const json* field(const json& obj, const std::string& path, const char* name, bool required) {
    auto it = obj.find(name);
    if (it == obj.end()) {
      if (required) error(path, std::string("missing required field \"") + name + "\"");
      return nullptr;
    }
    return &*it;
  }
  std::optional<std::string> string_field(const json& obj, const std::string& path, const char* name, bool required) {
    const json* v = field(obj, path, name, required);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
      error(path + "." + name, "must be a string, got " + v->dump());
      return std::nullopt;
    }
    return v->get<std::string>();
  }
  std::optional<long long> integer_field(const json& obj, const std::string& path, const char* name, bool required,
                                         long long minimum) {
    const json* v = field(obj, path, name, required);
    if (!v) return std::nullopt;
    if (!v->is_number_integer() || (v->is_number_unsigned() && v->get<unsigned long long>() > 1000000000ULL)) {
      error(path + "." + name, "must be an integer, got " + v->dump());
      return std::nullopt;
    }
    const long long n = v->get<long long>();
    if (n < minimum || n > 1000000000LL) {
      error(path + "." + name, "must be an integer from " + std::to_string(minimum) + " to 10^9, got " + v->dump());
      return std::nullopt;
    }
    return n;
  }
  // OCF Numeric: "^[+-]?[0-9]+(\.[0-9]{1,10})?$".
  std::optional<Amount> numeric(const json& v, const std::string& path) {
    if (!v.is_string()) {
      error(path, "must be a Numeric string such as \"12\" or \"0.5\", got " + v.dump());
      return std::nullopt;
    }
    std::string s = v.get<std::string>();
    std::size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
    const std::size_t digits_begin = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    bool ok = i > digits_begin;
    if (ok && i < s.size()) {
      const std::size_t dot = i++;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      ok = s[dot] == '.' && i == s.size() && i - dot - 1 >= 1 && i - dot - 1 <= 10;
    }
    if (!ok || s.size() > 40) {
      error(path, "\"" + s + "\" is not an OCF Numeric (digits with at most 10 decimals)");
      return std::nullopt;
    }
    if (s[0] == '+') s.erase(0, 1);
    auto a = Amount::parse(s);
    if (!a) error(path, "\"" + s + "\" is not a number");
    return a;
  }

  std::optional<OcfDayOfMonth> day_of_month(const json& v, const std::string& path) {
    if (v.is_string()) {
      const std::string s = v.get<std::string>();
      if (s == "VESTING_START_DAY_OR_LAST_DAY_OF_MONTH") return OcfDayOfMonth{0};
      for (unsigned d = 1; d <= 31; ++d)
        if (s == to_ocf_string(OcfDayOfMonth{d})) return OcfDayOfMonth{d};
    }
    error(path, "unknown day_of_month " + v.dump() +
                    " (expected \"01\"..\"28\", \"29_OR_LAST_DAY_OF_MONTH\"..\"31_OR_LAST_DAY_OF_MONTH\" or "
                    "\"VESTING_START_DAY_OR_LAST_DAY_OF_MONTH\")");
    return std::nullopt;
  }

  void read_period(const json& p, const std::string& path, OcfPeriod& out) {
    if (!p.is_object()) {
      error(path, "must be an object, got " + p.dump());
      return;
    }
    const auto type = string_field(p, path, "type", true);
    if (type && *type != "MONTHS" && *type != "DAYS")
      error(path + ".type", "unknown period type \"" + *type + "\" (expected MONTHS or DAYS)");
    out.months = !type || *type == "MONTHS";
    if (type && *type == "MONTHS")
      only(p, path, {"length", "type", "occurrences", "day_of_month", "cliff_installment", "cliff_length"});
    else
      only(p, path, {"length", "type", "occurrences", "cliff_installment", "cliff_length"});
    if (auto n = integer_field(p, path, "length", true, 0)) out.length = static_cast<int>(*n);
    if (auto n = integer_field(p, path, "occurrences", true, 1)) {
      if (*n > 10000) error(path + ".occurrences", "more than 10000 occurrences: " + std::to_string(*n));
      else out.occurrences = static_cast<int>(*n);
    }
    if (out.months) {
      if (const json* d = field(p, path, "day_of_month", true))
        if (auto dom = day_of_month(*d, path + ".day_of_month")) out.day_of_month = *dom;
    }
    // OCF-Tools' cliff fields: not part of v1.2.0 (a strict validator refuses them), read with a warning.
    if (auto k = integer_field(p, path, "cliff_installment", false, 1)) {
      warning(path + ".cliff_installment", "cliff_installment is an OCF-Tools extension, not part of OCF v1.2.0",
              "ocf_extension");
      if (*k > out.occurrences)
        error(path + ".cliff_installment", "cliff installment " + std::to_string(*k) + " is beyond the " +
                                               std::to_string(out.occurrences) + " occurrences");
      else out.cliff = static_cast<int>(*k);
    }
    if (auto l = integer_field(p, path, "cliff_length", false, 0)) {
      warning(path + ".cliff_length", "cliff_length is an OCF-Tools extension, not part of OCF v1.2.0",
              "ocf_extension");
      // The first occurrence at or after the cliff length takes every earlier one.
      const long long per = std::max(out.length, 1);
      const long long k = std::max<long long>(1, (*l + per - 1) / per);
      if (out.cliff) error(path + ".cliff_length", "give cliff_length or cliff_installment, not both");
      else if (k > out.occurrences)
        error(path + ".cliff_length", "cliff length " + std::to_string(*l) + " is beyond the last occurrence");
      else out.cliff = static_cast<int>(k);
    }
  }

  // The trigger; relative_to is resolved later (ids may come after).
  void read_trigger(const json& t, const std::string& path, OcfTrigger& out, std::string& relative_to_id) {
    if (!t.is_object()) {
      error(path, "must be an object, got " + t.dump());
      return;
    }
    const auto type = string_field(t, path, "type", true);
    if (!type) return;
    if (*type == "VESTING_START_DATE") {
      out.type = TriggerType::vesting_start;
      only(t, path, {"type"});
    } else if (*type == "VESTING_EVENT") {
      out.type = TriggerType::event;
      only(t, path, {"type"});
    } else if (*type == "VESTING_SCHEDULE_ABSOLUTE") {
      out.type = TriggerType::absolute;
      only(t, path, {"type", "date"});
      if (auto d = string_field(t, path, "date", true)) {
        if (auto date = parse_iso_date(*d)) out.date = *date;
        else error(path + ".date", "\"" + *d + "\" is not a valid YYYY-MM-DD date");
      }
    } else if (*type == "VESTING_SCHEDULE_RELATIVE") {
      out.type = TriggerType::relative;
      only(t, path, {"type", "period", "relative_to_condition_id"});
      if (const json* p = field(t, path, "period", true)) read_period(*p, path + ".period", out.period);
      if (auto r = string_field(t, path, "relative_to_condition_id", true)) relative_to_id = *r;
    } else {
      error(path + ".type", "unknown trigger type \"" + *type +
                                "\" (expected VESTING_START_DATE, VESTING_SCHEDULE_ABSOLUTE, "
                                "VESTING_SCHEDULE_RELATIVE or VESTING_EVENT)");
    }
  }

  void read_portion(const json& p, const std::string& path, OcfCondition& c) {
    if (!p.is_object()) {
      error(path, "must be an object, got " + p.dump());
      return;
    }
    only(p, path, {"numerator", "denominator", "remainder"});
    std::optional<Amount> num, den;
    if (const json* n = field(p, path, "numerator", true)) num = numeric(*n, path + ".numerator");
    if (const json* d = field(p, path, "denominator", true)) den = numeric(*d, path + ".denominator");
    if (const json* r = field(p, path, "remainder", false)) {
      if (r->is_boolean()) c.remainder = r->get<bool>();
      else error(path + ".remainder", "must be true or false, got " + r->dump());
    }
    if (!num || !den) return;
    if (*den <= Amount(0)) {
      error(path + ".denominator", "denominator must be positive, got " + den->to_string(), "ocf_bad_portion");
      return;
    }
    if (num->is_negative()) {
      error(path + ".numerator", "numerator must not be negative, got " + num->to_string(), "ocf_bad_portion");
      return;
    }
    c.portion = *num / *den;
    if (c.portion > Fraction(1))
      error(path, "portion " + num->to_string() + "/" + den->to_string() + " is more than 100%", "ocf_over_100_percent");
  }

  std::optional<VestingTerms> read_terms(const json& t, const std::string& path) {
    if (!t.is_object()) {
      error(path, "a VestingTerms object is expected, got " + t.dump().substr(0, 60));
      return std::nullopt;
    }
    const std::size_t errors_before = problems.size();
    VestingTerms out;
    out.json_path = path;
    out.file = file;
    only(t, path, {"id", "comments", "object_type", "name", "description", "allocation_type", "vesting_conditions"});
    if (auto id = string_field(t, path, "id", true)) out.id = *id;
    if (auto ot = string_field(t, path, "object_type", true); ot && *ot != "VESTING_TERMS")
      error(path + ".object_type", "must be \"VESTING_TERMS\", got \"" + *ot + "\"");
    if (auto n = string_field(t, path, "name", true)) out.name = *n;
    if (auto d = string_field(t, path, "description", true)) out.description = *d;
    if (const json* c = field(t, path, "comments", false)) {
      if (!c->is_array() || std::any_of(c->begin(), c->end(), [](const json& x) { return !x.is_string(); }))
        error(path + ".comments", "must be an array of strings");
    }
    if (auto a = string_field(t, path, "allocation_type", true)) {
      if (auto p = parse_ocf_allocation(*a)) out.allocation = *p;
      else error(path + ".allocation_type", "unknown allocation type \"" + *a + "\"");
    }
    const json* conds = field(t, path, "vesting_conditions", true);
    if (conds && (!conds->is_array() || conds->empty())) {
      error(path + ".vesting_conditions", "must be a non-empty array");
      conds = nullptr;
    }
    if (!conds) return std::nullopt;

    std::vector<std::string> relative_ids(conds->size());
    std::vector<std::vector<std::string>> next_ids(conds->size());
    for (std::size_t i = 0; i < conds->size(); ++i) {
      const json& cj = (*conds)[i];
      const std::string cp = path + ".vesting_conditions[" + std::to_string(i) + "]";
      OcfCondition& c = out.conditions.emplace_back();
      c.json_index = i;
      if (!cj.is_object()) {
        error(cp, "a VestingCondition object is expected, got " + cj.dump().substr(0, 60));
        continue;
      }
      only(cj, cp, {"id", "description", "portion", "quantity", "trigger", "next_condition_ids"});
      if (auto id = string_field(cj, cp, "id", true)) {
        if (id->empty()) error(cp + ".id", "must not be empty");
        c.id = *id;
      }
      if (auto d = string_field(cj, cp, "description", false)) c.description = *d;
      const json* portion = field(cj, cp, "portion", false);
      const json* quantity = field(cj, cp, "quantity", false);
      if (portion && quantity) error(cp, "has both \"portion\" and \"quantity\" (exactly one is allowed)");
      else if (!portion && !quantity) error(cp, "needs \"portion\" or \"quantity\"");
      else if (portion) read_portion(*portion, cp + ".portion", c);
      else if (auto q = numeric(*quantity, cp + ".quantity")) {
        c.has_quantity = true;
        c.quantity = *q;
        if (q->is_negative()) error(cp + ".quantity", "quantity must not be negative, got " + q->to_string(), "ocf_bad_portion");
      }
      if (const json* tr = field(cj, cp, "trigger", true)) read_trigger(*tr, cp + ".trigger", c.trigger, relative_ids[i]);
      if (const json* next = field(cj, cp, "next_condition_ids", true)) {
        if (!next->is_array()) error(cp + ".next_condition_ids", "must be an array of condition ids");
        else
          for (std::size_t k = 0; k < next->size(); ++k) {
            const json& n = (*next)[k];
            if (!n.is_string()) error(cp + ".next_condition_ids[" + std::to_string(k) + "]", "must be a string");
            else if (std::find(next_ids[i].begin(), next_ids[i].end(), n.get<std::string>()) != next_ids[i].end())
              error(cp + ".next_condition_ids[" + std::to_string(k) + "]",
                    "\"" + n.get<std::string>() + "\" is listed twice (items must be unique)");
            else next_ids[i].push_back(n.get<std::string>());
          }
      }
    }
    if (problems.size() > errors_before && has_errors({problems.begin() + static_cast<std::ptrdiff_t>(errors_before), problems.end()}))
      return std::nullopt;
    resolve_graph(out, path, relative_ids, next_ids);
    if (problems.size() > errors_before && has_errors({problems.begin() + static_cast<std::ptrdiff_t>(errors_before), problems.end()}))
      return std::nullopt;
    return out;
  }

  // Ids to indices, roots, cycles, the 100% bound on every path.
  void resolve_graph(VestingTerms& t, const std::string& path, const std::vector<std::string>& relative_ids,
                     const std::vector<std::vector<std::string>>& next_ids) {
    std::map<std::string, std::size_t> index;
    const auto cpath = [&](std::size_t i) { return path + ".vesting_conditions[" + std::to_string(i) + "]"; };
    for (std::size_t i = 0; i < t.conditions.size(); ++i)
      if (!index.emplace(t.conditions[i].id, i).second)
        error(cpath(i) + ".id", "duplicate condition id \"" + t.conditions[i].id + "\"", "ocf_graph");
    std::vector<bool> referenced(t.conditions.size(), false);
    for (std::size_t i = 0; i < t.conditions.size(); ++i) {
      auto& c = t.conditions[i];
      for (std::size_t k = 0; k < next_ids[i].size(); ++k) {
        auto it = index.find(next_ids[i][k]);
        if (it == index.end())
          error(cpath(i) + ".next_condition_ids[" + std::to_string(k) + "]",
                "no condition has id \"" + next_ids[i][k] + "\"", "ocf_graph");
        else {
          c.next.push_back(it->second);
          referenced[it->second] = true;
        }
      }
      if (c.trigger.type == TriggerType::relative) {
        auto it = index.find(relative_ids[i]);
        if (it == index.end())
          error(cpath(i) + ".trigger.relative_to_condition_id", "no condition has id \"" + relative_ids[i] + "\"",
                "ocf_graph");
        else if (it->second == i)
          error(cpath(i) + ".trigger.relative_to_condition_id", "a condition cannot count from itself", "ocf_graph");
        else c.trigger.relative_to = it->second;
      }
    }
    if (has_errors(problems)) return;
    // Cycles: depth-first search, colouring nodes.
    std::vector<int> colour(t.conditions.size(), 0);  // 0 new, 1 on the stack, 2 done
    std::vector<std::pair<std::size_t, std::size_t>> stack;
    bool cyclic = false;
    for (std::size_t s = 0; s < t.conditions.size() && !cyclic; ++s) {
      if (colour[s]) continue;
      stack.push_back({s, 0});
      colour[s] = 1;
      while (!stack.empty() && !cyclic) {
        auto& [node, k] = stack.back();
        if (k == t.conditions[node].next.size()) {
          colour[node] = 2;
          stack.pop_back();
          continue;
        }
        const std::size_t nk = k++;
        const std::size_t child = t.conditions[node].next[nk];
        if (colour[child] == 1) {
          error(cpath(node) + ".next_condition_ids[" + std::to_string(nk) + "]",
                "\"" + t.conditions[child].id + "\" closes a cycle (" + t.conditions[child].id + " leads back to " +
                    t.conditions[node].id + "); the vesting graph must be acyclic",
                "ocf_cycle");
          cyclic = true;
        } else if (colour[child] == 0) {
          colour[child] = 1;
          stack.push_back({child, 0});
        }
      }
    }
    if (cyclic) return;
    for (std::size_t i = 0; i < t.conditions.size(); ++i)
      if (!referenced[i]) t.roots.push_back(i);
    // The most any path from a condition can vest as a fraction of the grant
    // (portions of the grant × occurrences; remainder portions cannot pass 100%).
    std::vector<std::optional<Fraction>> most(t.conditions.size());
    std::vector<std::size_t> order;  // post-order
    std::vector<bool> seen(t.conditions.size(), false);
    for (std::size_t r : t.roots) post_order(t, r, seen, order);
    for (std::size_t i : order) {
      const auto& c = t.conditions[i];
      Fraction own = c.has_quantity || c.remainder ? Fraction(0) : c.portion * Fraction(occurrences(c));
      Fraction best;
      for (std::size_t n : c.next)
        if (*most[n] > best) best = *most[n];
      most[i] = own + best;
    }
    for (std::size_t r : t.roots)
      if (*most[r] > Fraction(1)) {
        // Name the first condition on the worst path where the total passes 100%.
        Fraction sum;
        std::size_t at = r;
        for (;;) {
          const auto& c = t.conditions[at];
          sum += c.has_quantity || c.remainder ? Fraction(0) : c.portion * Fraction(occurrences(c));
          if (sum > Fraction(1) || c.next.empty()) break;
          at = *std::max_element(c.next.begin(), c.next.end(),
                                 [&](std::size_t a, std::size_t b) { return *most[a] < *most[b]; });
        }
        error(cpath(at) + ".portion", "a path through the vesting graph vests " + most[r]->to_string() +
                                          " of the grant (over 100%) by condition \"" + t.conditions[at].id + "\"",
              "ocf_over_100_percent");
        return;
      }
  }
  static int occurrences(const OcfCondition& c) {
    return c.trigger.type == TriggerType::relative ? c.trigger.period.occurrences : 1;
  }
  static void post_order(const VestingTerms& t, std::size_t root, std::vector<bool>& seen, std::vector<std::size_t>& out) {
    std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
    if (seen[root]) return;
    seen[root] = true;
    while (!stack.empty()) {
      auto& [node, k] = stack.back();
      if (k < t.conditions[node].next.size()) {
        const std::size_t child = t.conditions[node].next[k++];
        if (!seen[child]) {
          seen[child] = true;
          stack.push_back({child, 0});
        }
      } else {
        out.push_back(node);
        stack.pop_back();
      }
    }
  }
};

}  // namespace

std::string to_ocf_string(OcfDayOfMonth d) {
  if (d.day == 0) return "VESTING_START_DAY_OR_LAST_DAY_OF_MONTH";
  if (d.day >= 29) return std::to_string(d.day) + "_OR_LAST_DAY_OF_MONTH";
  return (d.day < 10 ? "0" : "") + std::to_string(d.day);
}

std::string to_ocf_string(AllocationPolicy p) {
  std::string s = to_string(p);  // the same seven names, in lower case
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
  return s;
}

std::optional<AllocationPolicy> parse_ocf_allocation(std::string_view name) {
  for (auto p : {AllocationPolicy::cumulative_round_down, AllocationPolicy::cumulative_rounding,
                 AllocationPolicy::front_loaded, AllocationPolicy::back_loaded,
                 AllocationPolicy::front_loaded_to_single_tranche, AllocationPolicy::back_loaded_to_single_tranche,
                 AllocationPolicy::fractional})
    if (to_ocf_string(p) == name) return p;
  return std::nullopt;
}

Result<std::vector<VestingTerms>> read_vesting_terms(const json& j, const std::string& file) {
  Reader r{file, {}};
  std::vector<VestingTerms> out;
  const auto add = [&](const json& t, const std::string& path) {
    if (auto terms = r.read_terms(t, path)) out.push_back(std::move(*terms));
  };
  if (j.is_array()) {
    if (j.empty()) r.error("$", "an empty array holds no vesting terms");
    for (std::size_t i = 0; i < j.size(); ++i) add(j[i], "$[" + std::to_string(i) + "]");
  } else if (j.is_object() && j.contains("file_type")) {
    r.only(j, "$", {"file_type", "items"});
    if (!j["file_type"].is_string() || j["file_type"] != "OCF_VESTING_TERMS_FILE")
      r.error("$.file_type", "must be \"OCF_VESTING_TERMS_FILE\", got " + j["file_type"].dump());
    const json* items = r.field(j, "$", "items", true);
    if (items && !items->is_array()) r.error("$.items", "must be an array");
    else if (items)
      for (std::size_t i = 0; i < items->size(); ++i) add((*items)[i], "$.items[" + std::to_string(i) + "]");
  } else if (j.is_object()) {
    add(j, "$");
  } else {
    r.error("$", "expected a VestingTerms object, a VestingTermsFile or an array of terms");
  }
  if (has_errors(r.problems)) return r.problems;
  std::set<std::string> ids;
  for (const auto& t : out)
    if (!ids.insert(t.id).second) r.error(t.json_path + ".id", "duplicate vesting terms id \"" + t.id + "\"");
  if (has_errors(r.problems)) return r.problems;
  return Result<std::vector<VestingTerms>>(std::move(out), std::move(r.problems));
}

Result<std::vector<VestingTerms>> read_vesting_terms_text(std::string_view text, const std::string& file) {
  json j;
  try {
    j = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    SourceLocation where;
    where.file = file;
    return Result<std::vector<VestingTerms>>::failure(
        Diagnostic::error("invalid_json", std::string("not valid JSON: ") + e.what(), where));
  }
  return read_vesting_terms(j, file);
}

Result<std::vector<VestingTerms>> read_vesting_terms_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    SourceLocation where;
    where.file = path;
    return Result<std::vector<VestingTerms>>::failure(Diagnostic::error("unreadable_file", "cannot read the file", where));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return read_vesting_terms_text(ss.str(), path);
}

Result<VestingTerms> select_terms(const std::vector<VestingTerms>& all, const std::string& id, const std::string& file) {
  SourceLocation where;
  where.file = file;
  if (id.empty()) {
    if (all.size() == 1) return all[0];
    std::string ids;
    for (const auto& t : all) ids += (ids.empty() ? "" : ", ") + t.id;
    return Result<VestingTerms>::failure(Diagnostic::error(
        "ambiguous_terms", "the file holds " + std::to_string(all.size()) + " vesting terms (" + ids + "): name one", where));
  }
  for (const auto& t : all)
    if (t.id == id) return t;
  return Result<VestingTerms>::failure(Diagnostic::error("no_such_terms", "no vesting terms with id \"" + id + "\"", where));
}

}  // namespace vest::ocf
