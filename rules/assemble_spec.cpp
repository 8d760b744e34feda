// assemble_spec: reads the statements in order; guarantees a ScheduleSpec whose segments are
// the statements with their anchors resolved (series step from their original anchor, see
// rules/README.md), portions as stated, and the kind (time_based, immediate, performance,
// mixed) — or errors in the PassState, for cross_check and the answer to report.
#include "rules/compiled_rules.hpp"
#include "rules/passes.hpp"

#include "engine/core/projection.hpp"

#include <algorithm>

namespace vest::rules {

std::optional<Fraction> PortionTally::remaining_after(const GrantContext& gc) const {
  if (stated_shares) {
    if (!gc.shares || gc.shares->is_zero()) return std::nullopt;
    return Fraction(1) - stated_sum - shares_sum / *gc.shares;
  }
  return Fraction(1) - stated_sum;
}

// The portion as a fraction of the grant, or shares, or the remainder.
void set_portion(PassState& a, PortionTally& tally, const StatementAt& at, Segment& seg,
                 std::optional<Fraction> total_fraction) {
  const Statement& st = at.statement();
  const Item* portion = at.portion;
  const std::size_t si = at.index;
  const bool last = at.last;
  if (!portion) {
    seg.portion = si == 0 && last ? Portion::all() : Portion::remainder();
    if (!(si == 0 && last) && !last && si == 0) {
      a.error("portion_missing", "\"" + a.quote(st.b, st.e) + "\" does not say how much vests", st.b, st.e);
    }
    return;
  }
  if (portion->pkind == Item::PortionKind::remainder) {
    seg.portion = Portion::remainder();
    if (portion->stated)
      tally.stated_remainders.push_back({si, total_fraction ? *total_fraction : portion->fraction, portion->b, portion->e});
    else
      tally.bare_remainders.emplace_back(portion->b, portion->e);
    return;
  }
  if (portion->pkind == Item::PortionKind::shares) {
    seg.portion = Portion::fixed_shares(portion->shares);
    tally.stated_shares = true;
    tally.shares_sum += portion->shares;
    return;
  }
  const Fraction f = total_fraction ? *total_fraction : portion->fraction;
  seg.portion = Portion::of_grant(f);
  tally.stated_sum += f;
}

namespace {

// "vest in full on the date of grant": one lump on the grant date.
void assemble_immediate(PassState& a, AssembledSpec& as, const StatementAt& at, Segment& seg) {
  const Statement& st = at.statement();
  if (!a.grant) {
    a.error("needs_grant_date", "needs grant_date: \"" + a.quote(st.b, st.e) + "\" vests on the grant date, which is not given",
            st.b, st.e);
    return;
  }
  seg.shape = LumpSegment{*a.grant};
  ++as.total_dates;
  set_portion(a, as.tally, at, seg, std::nullopt);
  a.set_prev(*a.grant, 0);
}

// "25% on <when>": one lump.
void assemble_lump(PassState& a, AssembledSpec& as, const StatementAt& at, Segment& seg) {
  const Compiled& comp = compiled();
  const std::vector<Item>& pool = a.pool;
  const Statement& st = at.statement();
  const Item& w = pool[*st.when];
  a.explain(comp.rules[w.rule]->name, w.b, w.e);
  // "vest 3 years from the grant date on February 4, 2018" with no grant date: the stated date stands.
  const bool anchor_unstated = (w.when.ref == When::Ref::grant && !a.grant) || (w.when.ref == When::Ref::vcd && !a.vcd);
  if (w.tag == Tag::restated && w.whens.size() == 1 && anchor_unstated) {
    a.warning("unchecked_restatement", "\"" + a.quote(w) + "\": its anchor is not given, so " + to_iso(w.whens[0].date) +
                                           " is taken as stated, unchecked",
              w.b, w.e);
    seg.shape = LumpSegment{w.whens[0].date};
    ++as.total_dates;
    set_portion(a, as.tally, at, seg, std::nullopt);
    a.set_prev(w.whens[0].date, 0);
    return;
  }
  auto d = a.resolve(w.when, w.b, w.e);
  if (!d) return;
  seg.shape = LumpSegment{*d};
  ++as.total_dates;
  set_portion(a, as.tally, at, seg, std::nullopt);
  if (auto base = a.resolve_base(w.when, w.b, w.e)) a.set_prev(base->first, base->second);
  a.prev_day = w.when.fixed_day;
}

// "in three equal quarterly installments on January 1, 2016, January 1, 2017 and January 1, 2018", "in four
// equal annual installments on March 31, June 30, September 30 and December 31, 2022": a cadence beside the
// listed dates (its own word, or the count's) is a claim on their spacing, checked month by month (the days may
// follow month ends); dates a different step apart are cross_check_failed, never read past the cadence.
void check_listed_dates_step(PassState& a, const Statement& st, const std::vector<Date>& dates) {
  const std::vector<Item>& pool = a.pool;
  const Item* said = st.cadence && pool[*st.cadence].has_period ? &pool[*st.cadence]
                     : st.count && pool[*st.count].has_period   ? &pool[*st.count]
                                                                : nullptr;
  if (!said || dates.size() < 2) return;
  const Period p = said->period;
  const int months = p.in_months().value_or(0);
  if (months == 0) return;
  auto month_index = [](Date d) {
    const date::year_month_day ymd{d};
    return static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month()));
  };
  for (std::size_t i = 1; i < dates.size(); ++i)
    if (month_index(dates[i]) - month_index(dates[i - 1]) != months) {
      a.error("cross_check_failed", "\"" + a.quote(*said) + "\" says every " + to_string(p) + " but the dates listed " +
                                        to_iso(dates[i - 1]) + " and " + to_iso(dates[i]) + " are not",
              st.b, st.e);
      return;
    }
}

// "<portion> on each of A, B and C": one tranche per date.
void assemble_date_list(PassState& a, AssembledSpec& as, const StatementAt& at, Segment& seg) {
  const std::vector<Item>& pool = a.pool;
  const GrantContext& gc = a.gc;
  const Statement& st = at.statement();
  const Item* portion = at.portion;
  const std::size_t si = at.index;
  const bool last = at.last;
  std::vector<Date> dates;
  for (const auto& wd : st.dates) {
    auto d = a.resolve(wd, st.b, st.e);
    if (!d) break;
    dates.push_back(*d);
  }
  if (a.failed) return;
  const auto n = static_cast<std::int64_t>(dates.size());
  if (st.count) {
    const Item& c = pool[*st.count];
    if (c.n != n)
      a.error("cross_check_failed", "\"" + a.quote(c) + "\" says " + std::to_string(c.n) +
                                        " installments but the dates listed are " + std::to_string(n),
              st.b, st.e);
  }
  check_listed_dates_step(a, st, dates);
  // "40% on the first anniversary ... and 20% on each of the first three anniversaries thereafter": a list said to
  // follow the statement before it must begin after that statement's last date (else "thereafter" is not what the
  // list's dates say: refused, never a second tranche on the same day or one before it).
  if (n > 0 && a.prev_end && dates.front() <= *a.prev_end &&
      std::string_view(a.norm.text).substr(st.b, st.e - st.b).find("thereafter") != std::string_view::npos) {
    a.error("cross_check_failed", "\"" + a.quote(st.b, st.e) + "\" says thereafter, but its first date " +
                                      to_iso(dates.front()) + " is not after " + to_iso(*a.prev_end),
            st.b, st.e);
    return;
  }
  if (st.start_check && n > 0) {  // "..., beginning February 10, 2008": the first date listed
    const Item& b = pool[*st.start_check];
    auto first = a.resolve(b.when, b.b, b.e);
    if (!first) return;
    if (*first != dates.front())
      a.error("cross_check_failed", "\"" + a.quote(b) + "\" says " + to_iso(*first) + " but the first date listed is " +
                                        to_iso(dates.front()),
              b.b, b.e);
  }
  if (st.through && n > 0) {  // "... such that the RSUs are fully vested on <date>": the last date listed
    const Item& t = pool[*st.through];
    auto end = a.resolve(t.when, t.b, t.e);
    if (!end) return;
    if (*end != dates.back())
      a.error("cross_check_failed", "\"" + a.quote(t) + "\" says " + to_iso(*end) + " but the last date listed is " +
                                        to_iso(dates.back()),
              t.b, t.e);
  }
  std::optional<Fraction> total;
  if (portion && portion->pkind == Item::PortionKind::shares) {
    // "1,000 shares on each of ..." states each installment; "Includes 13,333 RSUs ..., which
    // vest in two equal installments on each of A and B" (a count, or the whole grant) states the total.
    const bool whole = st.count || (gc.shares && portion->shares == *gc.shares && n > 1 && si == 0 && last);
    Amount each = portion->shares;
    if (!whole)
      for (std::int64_t i = 1; i < n; ++i) each += portion->shares;
    seg.portion = Portion::fixed_shares(each);
    as.tally.stated_shares = true;
    as.tally.shares_sum += each;
  } else if (portion) {
    // Per date ("one-third ... on each of", "20% increments on each of")
    // unless that overshoots what is left and the whole portion fits. A count divides the portion
    // ("40% in two equal installments on D1 and D2": 20% on each), as it does a share count above.
    const Fraction per_date_total = portion->fraction * Fraction(n);
    auto left = as.tally.remaining_after(gc);
    const bool fits_per_date = left && per_date_total <= *left && !(st.count && !portion->per_installment);
    if (portion->pkind == Item::PortionKind::remainder) {
      if (portion->stated && fits_per_date && n > 1) total = per_date_total;
      else if (portion->stated) total = portion->fraction;
    } else if (portion->per_installment || fits_per_date) {
      total = per_date_total;
    } else {
      total = portion->fraction;
    }
    set_portion(a, as.tally, at, seg, total);
  } else {
    set_portion(a, as.tally, at, seg, std::nullopt);
  }
  std::vector<Date> sorted = dates;
  if (!std::is_sorted(sorted.begin(), sorted.end()) ||
      std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
    a.error("dates_not_increasing", "the dates listed in \"" + a.quote(st.b, st.e) + "\" are not increasing", st.b,
            st.e);
    return;
  }
  if (auto base = a.resolve_base(st.dates.back(), st.b, st.e)) a.set_prev(base->first, base->second);
  as.total_dates += n;
  if (st.over) {  // "over a three year period on each of the succeeding three anniversaries of X"
    const Item& ov = pool[*st.over];
    const auto om = ov.period.in_months();
    if (!om || a.prev_months != *om)
      a.error("cross_check_failed", "\"" + a.quote(ov) + "\" does not match the dates listed (the last is " +
                                        to_iso(dates.back()) + ")",
              ov.b, ov.e);
  }
  seg.shape = DateListSegment{std::move(dates)};
}

// One statement → one segment (pushed unless an error was reported, now or before).
void assemble_statement(PassState& a, AssembledSpec& as, const StatementSet& read, std::size_t si,
                        const FootnoteWords& words) {
  const Compiled& comp = compiled();
  const Statement& st = read.statements[si];
  if (si == 1 && a.prev_end) {
    as.first_base = a.prev_base;
    as.first_months = a.prev_months;
  }
  Segment seg;
  seg.provenance.rule = RuleName::of_static(st.rule);  // (a registry name or a literal)
  seg.provenance.spans.push_back(a.span(st.b, st.e));
  a.explain(st.rule, st.b, st.e);
  const StatementAt at{read, si, si + 1 == read.statements.size(), st.portion ? &a.pool[*st.portion] : nullptr};
  if (at.portion) {
    seg.provenance.spans.push_back(a.span(at.portion->b, at.portion->e));
    a.explain(comp.rules[at.portion->rule]->name, at.portion->b, at.portion->e);
  }
  // The other items the statement read: each tranche can show every span that produced it.
  for (auto i : {st.when, st.start, st.start_check, st.cadence, st.count, st.over, st.through, st.day_policy, st.on_days})
    if (i && *i != st.portion) seg.provenance.spans.push_back(a.span(a.pool[*i].b, a.pool[*i].e));
  // ("with the first 25% vesting on <when>" sizes a series' first installment, "1/36 of the remaining" each
  // installment of a series: read by nothing else)
  if (st.start && a.pool[*st.start].stated && st.shape != Statement::Shape::installments) {
    a.error("unrecognized", "\"" + a.quote(a.pool[*st.start]) + "\" is not the first installment of a series", st.b, st.e);
    return;
  }
  if (at.portion && at.portion->of_remaining && st.shape != Statement::Shape::installments) {
    a.error("unrecognized", "\"" + a.quote(*at.portion) + "\" (a part of what remains) does not size a series", st.b, st.e);
    return;
  }
  switch (st.shape) {
    case Statement::Shape::immediate: assemble_immediate(a, as, at, seg); break;
    case Statement::Shape::lump: assemble_lump(a, as, at, seg); break;
    case Statement::Shape::date_list: assemble_date_list(a, as, at, seg); break;
    case Statement::Shape::installments: assemble_installments(a, as, at, seg, words); break;
    case Statement::Shape::contingent:
      seg.shape = ContingentSegment{st.condition};
      set_portion(a, as.tally, at, seg, std::nullopt);
      break;
  }
  if (a.failed) return;
  as.spec.segments.push_back(std::move(seg));
}

// "subject to a three-year cliff vesting schedule and will vest in full on March 31, 2027": a cliff beside one lump of
// the whole grant restates the lump's date when that date is the grant (or vesting commencement) date + the cliff, as
// apply_cliff (assemble_installments.cpp) reads one restating a series' first lump; otherwise it stays unaccounted.
void cliff_of_whole_lump(PassState& a, AssembledSpec& as, const StatementSet& read) {
  if (read.statements.size() != 1 || as.spec.segments.size() != 1) return;
  const Segment& seg = as.spec.segments.front();
  const auto* lump = std::get_if<LumpSegment>(&seg.shape);
  if (!lump || seg.portion.kind != Portion::Kind::fraction_of_grant || seg.portion.fraction != Fraction(1)) return;
  for (std::uint32_t i = 0; i < a.pool.size(); ++i) {
    const Item& c = a.pool[i];
    if (c.type != IT::condition || c.tag != Tag::cliff) continue;
    const auto months = c.period.in_months();
    const auto cliff_from = [&](const std::optional<Date>& base) { return base && months && add_months(*base, *months) == lump->date; };
    if (cliff_from(a.grant) || cliff_from(a.vcd)) as.used_items.push_back(i);
  }
}

}  // namespace

AssembledSpec assemble_spec(PassState& a, const StatementSet& read, const FootnoteWords& words) {
  AssembledSpec as;
  ScheduleSpec& spec = as.spec;
  spec.total_shares = a.gc.shares.value_or(Amount(0));
  spec.grant_date = a.grant;
  spec.vesting_commencement = a.vcd;
  bool any_dated = false, all_immediate = true;
  as.any_contingent = !read.performance_sentences.empty();
  for (const auto& st : read.statements) {
    if (st.shape == Statement::Shape::contingent) as.any_contingent = true;
    else any_dated = true;
    if (st.shape != Statement::Shape::immediate) all_immediate = false;
  }
  a.out.kind = any_dated && as.any_contingent ? Kind::mixed
               : as.any_contingent            ? Kind::performance
               : all_immediate                ? Kind::immediate
                                              : Kind::time_based;
  spec.segments.reserve(read.statements.size() + (read.performance_sentences.empty() ? 0 : 1));  // (no regrowth)
  for (std::size_t si = 0; si < read.statements.size(); ++si) assemble_statement(a, as, read, si, words);
  cliff_of_whole_lump(a, as, read);
  // A date read on an assumption the answer states ("the first business day following D": the next weekday), wherever
  // a statement took it from. Only a date of its own: a series stepping from it ("annual installments thereafter",
  // "beginning on" it) may fall on the business day after each anniversary of D or on each anniversary of the day
  // assumed, so it is not read.
  for (const Item& it : a.pool)
    if (it.type == IT::when && !it.assumption.empty()) {
      a.warning("assumption", it.assumption, it.b, it.e);
      // (Nor a date counted from it: "and 50% on the first anniversary thereof", "each of the next two anniversaries".)
      auto counted_from_it = [&](const When& w) {
        return w.ref == When::Ref::previous ||
               (w.ref == When::Ref::absolute && w.date == it.when.date && (w.months != 0 || w.days != 0));
      };
      auto follows = [&](std::optional<std::size_t> i) {
        if (!i) return false;
        const Item& x = a.pool[*i];
        return counted_from_it(x.when) || std::any_of(x.whens.begin(), x.whens.end(), counted_from_it);
      };
      for (const auto& st : read.statements)
        if (st.shape == Statement::Shape::installments || follows(st.when) || follows(st.start) ||
            std::any_of(st.dates.begin(), st.dates.end(), counted_from_it))
          a.error("unrecognized", "\"" + a.quote(st.b, st.e) + "\" steps from \"" + a.quote(it) +
                                      "\", a business day the footnote does not say how to repeat",
                  st.b, st.e);
    }
  if (!read.performance_sentences.empty() && !a.failed) {
    // A contingent sentence: the rest of the grant (or all of it), on its condition.
    Segment seg;
    const auto [b, e] = read.performance_sentences.front();
    std::string cond = a.quote(b, e);
    if (cond.size() > 200) {
      cond.resize(200);
      cond += "...";
    }
    seg.shape = ContingentSegment{cond};
    seg.portion = spec.segments.empty() ? Portion::all() : Portion::remainder();
    seg.provenance.rule = RuleName::of_static("performance condition");
    seg.provenance.spans.push_back(a.span(b, e));
    spec.segments.push_back(std::move(seg));
  }
  return as;
}

}  // namespace vest::rules
