// PassState's helpers: spans in the original text, diagnostics, and dates
// resolved against the anchors the footnote states (pass_state.hpp).
#include "rules/pass_state.hpp"

#include "engine/core/projection.hpp"

#include <algorithm>

namespace vest::rules {

std::size_t PassState::to_chars_slow(std::size_t byte) {
  if (!ascii_checked_) {
    ascii_checked_ = true;
    ascii_ = norm.ascii;
    if (!ascii_) {
      chars_.resize(original.size() + 1);
      std::uint32_t n = 0;
      for (std::size_t i = 0; i < original.size(); ++i) {
        chars_[i] = n;
        if ((static_cast<unsigned char>(original[i]) & 0xC0) != 0x80) ++n;
      }
      chars_[original.size()] = n;
    }
  }
  if (ascii_) return byte;
  return chars_[std::min(byte, original.size())];
}

std::pair<std::size_t, std::size_t> PassState::original_bytes(std::uint32_t b, std::uint32_t e) const {
  const std::size_t ob = norm.orig[std::min<std::size_t>(b, norm.orig.size() - 1)];
  std::size_t oe = e == 0 ? 0 : norm.orig[std::min<std::size_t>(e - 1, norm.orig.size() - 1)] + 1;
  // Include the rest of a multi-byte character.
  while (oe < original.size() && (static_cast<unsigned char>(original[oe]) & 0xC0) == 0x80) ++oe;
  return {ob, oe};
}

Span PassState::span(std::uint32_t b, std::uint32_t e) {
  const auto [ob, oe] = original_bytes(b, e);
  return {to_chars(ob), to_chars(oe)};
}

std::string PassState::quote(std::uint32_t b, std::uint32_t e) const {
  const auto [ob, oe] = original_bytes(b, e);
  return std::string(original.substr(ob, oe - ob));
}

namespace {

// std::lower_bound without a data-dependent branch (a conditional move per step): the passes ask for the
// items and punctuation of each sentence and clause, and the branches of a search mispredicted ~2.6 times a call.
const std::uint32_t* first_not_below(const std::uint32_t* base, std::size_t len, std::uint32_t key) {
  if (len == 0) return base;
  while (len > 1) {
    const std::size_t half = len / 2;
    base = base[half] < key ? base + half : base;
    len -= half;
  }
  return base + (*base < key);
}

std::span<const std::uint32_t> between(std::span<const std::uint32_t> list, std::size_t b, std::size_t e) {
  const std::uint32_t* lo = first_not_below(list.data(), list.size(), static_cast<std::uint32_t>(b));
  const std::uint32_t* hi = first_not_below(lo, static_cast<std::size_t>(list.data() + list.size() - lo), static_cast<std::uint32_t>(e));
  return {lo, hi};
}

}  // namespace

std::span<const std::uint32_t> PassState::items_in(std::size_t b, std::size_t e) const { return between(item_nodes, b, e); }

std::span<const std::uint32_t> PassState::puncts_in(std::size_t b, std::size_t e) const { return between(punct_nodes, b, e); }

void PassState::error(std::string code, std::string message, std::uint32_t b, std::uint32_t e) {
  failed = true;
  // A page of errors says enough; more would only grow the answer with the input.
  if (++errors_reported_ > 20) return;
  if (errors_reported_ == 20) {
    out.diagnostics.push_back(Diagnostic::error("too_many_errors", "more errors follow; only the first 19 are reported"));
    return;
  }
  SourceLocation where;
  where.span = span(b, e);
  out.diagnostics.push_back(Diagnostic::error(std::move(code), std::move(message), where));
}

void PassState::warning(std::string code, std::string message, std::uint32_t b, std::uint32_t e) {
  SourceLocation where;
  where.span = span(b, e);
  out.diagnostics.push_back(Diagnostic::warning(std::move(code), std::move(message), where));
}

void PassState::explain(std::string_view rule, std::uint32_t b, std::uint32_t e) {
  if (out.explain.empty()) out.explain.reserve(8);  // one allocation for most footnotes
  // (span and quote of the same bytes, their offsets found once)
  const auto [ob, oe] = original_bytes(b, e);
  const std::string_view text = original.substr(ob, oe - ob);
  const Span where{to_chars(ob), to_chars(oe)};
  ExplainStep& step = out.explain.emplace_back();
  step.rule = rule;
  step.span = where;
  step.text.assign(text);
}

std::optional<Date> PassState::anchor_date(const When& w, std::uint32_t b, std::uint32_t e) {
  switch (w.ref) {
    case When::Ref::absolute: return w.date;
    case When::Ref::grant:
      if (grant) return grant;
      error("needs_grant_date", "needs grant_date: \"" + quote(b, e) + "\" is relative to the grant date, which is not given",
            b, e);
      return std::nullopt;
    case When::Ref::vcd:
      if (vcd) return vcd;
      if (grant) {
        // Never assumed to be the grant date: a start date is often months before the grant.
        error("needs_vesting_commencement_date",
              "needs vesting_commencement_date: \"" + quote(b, e) +
                  "\" is relative to a vesting commencement date that the footnote does not state (it is not assumed "
                  "to be the grant date " + to_iso(*grant) + ")",
              b, e);
        return std::nullopt;
      }
      error("needs_grant_date", "needs grant_date: \"" + quote(b, e) +
                                    "\" is relative to a vesting commencement date that is not stated, and no grant date is given",
            b, e);
      return std::nullopt;
    case When::Ref::achievement:
    case When::Ref::previous:
      if (prev_end) return prev_end;
      error("needs_anchor", "\"" + quote(b, e) + "\" has no earlier date to follow", b, e);
      return std::nullopt;
    case When::Ref::named_next: return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::pair<Date, int>> PassState::resolve_base(const When& w, std::uint32_t b, std::uint32_t e) {
  if (w.ref == When::Ref::named_next || w.fixed_day || w.days != 0) {  // no month count to step from
    auto d = resolve(w, b, e);
    if (!d) return std::nullopt;
    return std::pair{*d, 0};
  }
  auto a = anchor_date(w, b, e);
  if (!a) return std::nullopt;
  if (w.ref == When::Ref::previous || w.ref == When::Ref::achievement) return std::pair{prev_base, prev_months + w.months};
  return std::pair{*a, w.months};
}

void PassState::set_prev(Date base, int months, std::optional<Date> end) {
  prev_base = base;
  prev_months = months;
  prev_end = end ? *end : months ? add_months(base, months) : base;
  prev_day.reset();
}

std::optional<Date> PassState::resolve(const When& w, std::uint32_t b, std::uint32_t e) {
  if (w.ref == When::Ref::named_next) {
    const auto* days = ctx.named(w.name);
    if (!days || w.base < 0) {
      error("undefined_date_name", "\"" + quote(b, e) + "\" names dates the footnote does not define", b, e);
      return std::nullopt;
    }
    const Item& base = pool[static_cast<std::size_t>(w.base)];
    auto from = resolve(base.when, base.b, base.e);
    if (!from) return std::nullopt;
    return next_named(*days, *from);
  }
  auto a = anchor_date(w, b, e);
  if (!a) return std::nullopt;
  Date d = *a;
  if (w.months != 0) d = add_months(d, w.months);
  if (w.days != 0) d = d + date::days{w.days};
  if (w.fixed_day) {
    const date::year_month_day ymd{d};
    d = add_months(date::sys_days{ymd.year() / ymd.month() / 1}, 0, DayOfMonthPolicy::fixed_day(*w.fixed_day));
  }
  return d;
}

Date PassState::next_named(const std::vector<std::pair<unsigned, unsigned>>& days, Date from) {
  const date::year_month_day ymd{from};
  for (int y = static_cast<int>(ymd.year());; ++y)
    for (auto [m, dd] : days) {
      const auto md = date::year{y} / date::month{m} / date::day{dd};
      const Date d = md.ok() ? Date{md} : Date{date::year{y} / date::month{m} / date::last};
      if (d > from) return d;
    }
}

}  // namespace vest::rules
