// account_for_salient_words: reads the final node stream, the sentences' roles and the items the
// statements used; guarantees that in an answer with dates no salient token (salient_words.hpp) is
// left over — each is inside an item a statement, preamble or cross-check read, in the words of a
// statement that reads them whole, or set aside with a reason — or an `unaccounted_word` error names
// it and its span (the answer is then unrecognized). Safety once for all rules: a rule that drops a
// word cannot make a silent schedule.
#include "rules/definition_verbs.hpp"
#include "rules/passes.hpp"
#include "rules/rule_helpers.hpp"
#include "rules/salient_words.hpp"

#include <algorithm>
#include <optional>

namespace vest::rules {

namespace {

// Items that state timing or size: one no statement used was dropped.
bool salient_item(const Item& it) {
  switch (it.type) {
    case IT::portion:
    case IT::when_list:
    case IT::cadence:
    case IT::count:
    case IT::over:
    case IT::through:
    case IT::until_full:
    case IT::thereafter:
    case IT::start:
    case IT::day_policy: return true;
    // A date that defines the grant or vesting commencement date is read by read_stated_dates (only the
    // date itself: "the six-month anniversary of X (the "Vesting Commencement Date")" also states a lump).
    case IT::when:
      return (it.tag != Tag::grant && it.tag != Tag::vcd) || it.when.ref != When::Ref::absolute || it.when.months != 0 ||
             it.when.days != 0 || it.when.fixed_day;
    case IT::header: return it.tag == Tag::month_days;
    // A proviso that carries timing ("subject to a minimum vesting period of one year", family_conditions_provisos.cpp):
    // never boilerplate; "with a one-year cliff" is read only by a series that applies it (apply_cliff).
    // An approval still to come ("subject to stockholder approval of the Plan amendment") is a contingency.
    case IT::condition: return it.tag == Tag::timing || it.tag == Tag::cliff || it.tag == Tag::approval;
    default: return false;
  }
}

// Sentences whose words are accounted for by what the sentence as a whole was read as.
bool set_aside(SentenceRole r) {
  return r == SentenceRole::contingent || r == SentenceRole::represents || r == SentenceRole::set_aside ||
         r == SentenceRole::unrecognized;
}

struct Words {
  std::uint16_t installment = intern("installment"), installments = intern("installments"),
                instalment = intern("instalment"), instalments = intern("instalments"), increment = intern("increment"),
                increments = intern("increments"), tranche = intern("tranche"), tranches = intern("tranches"),
                ratably = intern("ratably");
  std::uint16_t grant = intern("grant"), date = intern("date"), of = intern("of"), from = intern("from"),
                after = intern("after"), following = intern("following"), since = intern("since"), the = intern("the");
  std::uint16_t plan = intern("plan"), adopted = intern("adopted"), trading = intern("trading"), share = intern("share"),
                for_ = intern("for"), to = intern("to"), and_ = intern("and"),
                through = intern("through");
  std::uint16_t vesting = intern("vesting"), continued = intern("continued"), continuous = intern("continuous");
  std::uint16_t so = intern("so"), long_ = intern("long"), as = intern("as"), provided = intern("provided");
  std::uint16_t connection = intern("connection"), single = intern("single"), deferred = intern("deferred"),
                defer = intern("defer"), defers = intern("defers");
  std::uint16_t cliff = intern("cliff"), different = intern("different"), varying = intern("varying"),
                unequal = intern("unequal");
  std::uint16_t term = intern("term"), year = intern("year"), years = intern("years"), month = intern("month"),
                months = intern("months");
  std::uint16_t rule = intern("rule"), section = intern("section");
  std::uint16_t program = intern("program"), policy = intern("policy"), fiscal = intern("fiscal"),
                quarter = intern("quarter"), calendar = intern("calendar"), performance = intern("performance");
  // Settlement: when shares are delivered, not when they vest.
  std::uint16_t settled = intern("settled"), settle = intern("settle"), settlement = intern("settlement"),
                delivered = intern("delivered"), delivery = intern("delivery"), deliver = intern("deliver"),
                paid = intern("paid"), payable = intern("payable");
  bool series(std::uint16_t w) const {
    return w == installment || w == installments || w == instalment || w == instalments || w == increment ||
           w == increments || w == tranche || w == tranches || w == ratably;
  }
  bool settles(std::uint16_t w) const {
    return w == settled || w == settle || w == settlement || w == delivered || w == delivery || w == deliver ||
           w == paid || w == payable;
  }
};
const Words& words() {
  static const Words w;
  return w;
}

// Reads one sentence's leftovers against the reasons a word may be set aside.
class Accounting {
 public:
  Accounting(PassState& a, const StatementSet& read, const Sentence& s)
      : a_(a), nodes_(a.nodes), read_(read), s_(s), w_(words()) {}

  bool sentence_has_word(std::uint16_t id) const {
    for (std::size_t i = s_.b; i < s_.e; ++i)
      if (is_word(i, id)) return true;
    return false;
  }
  // A not-a-schedule item (ESPP "purchase", "sale", "converted", "withheld") before a date in the same part
  // of the sentence with no vest verb between: it stands for the scope words it swallowed, so the date may be
  // that transaction's ("1,500 shares were acquired under the Employee Stock Purchase Plan on June 30, 2024";
  // not "The converted units vest on May 1, 2026").
  bool scope_item_before_date(std::size_t i) const {
    if (nodes_[i].kind != NK::item || nodes_[i].itype != IT::not_vesting) return false;
    for (std::size_t j = i + 1; j < s_.e; ++j) {
      const Node& x = nodes_[j];
      if (x.kind == NK::punct && x.punct == ';') return false;
      if (x.kind == NK::item && x.itype == IT::vest_verb) return false;
      if (x.kind == NK::date || x.kind == NK::month_day) return true;
      if (x.kind == NK::item && (x.itype == IT::when || x.itype == IT::when_list || x.itype == IT::start ||
                                 x.itype == IT::through))
        return true;
    }
    return false;
  }
  bool sentence_settles() const {
    for (std::size_t i = s_.b; i < s_.e; ++i)
      if (nodes_[i].kind == NK::word && w_.settles(nodes_[i].wid)) return true;
    return false;
  }

  // Why a leftover node at i is accounted for after all, or nullptr.
  bool accounted(std::size_t i) const {
    const Node& n = nodes_[i];
    if (in_statement(i, [](Statement::Shape sh) { return sh == Statement::Shape::contingent; }))
      return true;  // the words of a contingent part are its condition
    // (A token a statement or a set-aside read: "will be settled on <date>" after a grant vested at once.)
    if (std::binary_search(read_.used_nodes.begin(), read_.used_nodes.end(), static_cast<std::uint32_t>(i))) return true;
    if (option_term(i)) return true;
    if (n.kind == NK::word) return word_accounted(i);
    if (restated(i)) return true;
    if (n.kind == NK::number && n.den == 1 && n.num == 1) {
      // "the right to receive one share", "on a one-for-one basis": a conversion ratio.
      if (i + 1 < s_.e && (is_word(i + 1, w_.share) || is_punct(i + 1, '-'))) return true;
      if (i >= 2 && is_punct(i - 1, '-') && (is_word(i - 2, w_.for_) || is_word(i - 2, w_.to))) return true;
    }
    if (is_year(n)) {
      // "the 2019 Equity Incentive Plan": a plan's name; "the 2022 installment", "the "2022 Vesting Date"": names.
      // (or a program's or policy's: "the Issuer's 2015 Director Compensation Program")
      for (std::size_t j = i + 1; j < s_.e && j <= i + 5; ++j)
        if (is_word(j, w_.plan) || is_word(j, w_.program) || is_word(j, w_.policy)) return true;
      if (i + 1 < s_.e && nodes_[i + 1].kind == NK::word && w_.series(nodes_[i + 1].wid)) return true;
      if (i + 1 < s_.e && is_word(i + 1, w_.vesting)) return true;
      // "for the 2023-2025 performance period", "the 2025 performance year": the name of a performance measure's
      // period (years joined by '-', 'through' or 'to' only), never a vesting date.
      for (std::size_t j = i + 1; j < s_.e && j <= i + 4; ++j) {
        const Node& x = nodes_[j];
        if (x.kind == NK::item && x.itype == IT::performance) return true;
        if (!(is_year(x) || is_punct(j, '-') || (x.kind == NK::word && (x.wid == w_.through || x.wid == w_.to)))) break;
      }
    }
    if (period_named_for_award(i)) return true;
    if (n.kind == NK::number && cited(i)) return true;
    // "Reflects the grant of 4,052 restricted stock units": the grant's size.
    if (n.kind == NK::number && n.den == 1 && a_.gc.shares && Amount(n.num) == *a_.gc.shares) return true;
    if (after_remark(i)) return true;
    if (n.kind == NK::item) {
      const Item& it = a_.pool[n.payload];
      // "4,226 of the RSUs each represent ...": the grant itself.
      if (it.type == IT::portion && it.pkind == Item::PortionKind::shares && a_.gc.shares && it.shares == *a_.gc.shares)
        return true;
    }
    return false;
  }

 private:
  bool is_word(std::size_t i, std::uint16_t id) const { return nodes_[i].kind == NK::word && nodes_[i].wid == id; }
  bool is_punct(std::size_t i, char c) const { return nodes_[i].kind == NK::punct && nodes_[i].punct == c; }

  template <class Pred>
  bool in_statement(std::size_t i, Pred shape) const {
    for (const auto& sw : read_.statement_words)
      if (i >= sw.b && i < sw.e && shape(sw.shape)) return true;
    return false;
  }

  // "Nasdaq Listing Rule 5635(c)(4)", "Section 409A", "Rule 16b-3": the numbers of a citation name a rule of law
  // (the number right after "Rule" / "Section" and its parenthesised parts), never a size or a time. Not a bare
  // "(4)" or "5635(c)(4)" with no "Rule" before it, nor a number after a word of prose ("Rule 701 or 3 more").
  bool cited(std::size_t i) const {
    for (std::size_t j = i; j > s_.b && j + 8 > i; --j) {
      if (is_word(j - 1, w_.rule) || is_word(j - 1, w_.section)) return nodes_[j].kind == NK::number;
      if (!citation_part(j - 1)) return false;
    }
    return false;
  }

  // A part of a citation's number: a number, '(', ')', '-', or a letter or roman numeral written against the node
  // before or after it ("409A", "(c)", "16b-3", "(iv)"). Short words of prose ("or", "to", "in", "a") are not.
  bool citation_part(std::size_t j) const {
    const Node& x = nodes_[j];
    if (x.kind == NK::number || is_punct(j, '(') || is_punct(j, ')') || is_punct(j, '-')) return true;
    if (x.kind != NK::word || x.e <= x.b || x.e - x.b > 4) return false;
    const std::string_view t = std::string_view(a_.norm.text).substr(x.b, x.e - x.b);
    const bool letter = t.size() == 1 && t[0] >= 'a' && t[0] <= 'z';
    const bool roman = t.find_first_not_of("ivx") == std::string_view::npos;
    const bool attached = (j > 0 && nodes_[j - 1].e == x.b) || (j + 1 < nodes_.size() && nodes_[j + 1].b == x.e);
    return (letter || roman) && attached;
  }

  // A date (item or token) after node i in the same part of the sentence (to ';').
  bool date_follows(std::size_t i) const {
    for (std::size_t j = i + 1; j < s_.e; ++j) {
      const Node& x = nodes_[j];
      if (x.kind == NK::punct && x.punct == ';') return false;
      if (x.kind == NK::date || x.kind == NK::month_day) return true;
      if (x.kind == NK::item && (x.itype == IT::when || x.itype == IT::when_list || x.itype == IT::start ||
                                 x.itype == IT::through))
        return true;
    }
    return false;
  }

  // "This option has a term of seven years and vests ...", "a ten-year term": the option's term beside the
  // schedule, not a span of vesting (a number or year/month word joined to "term" by plain words only).
  bool option_term(std::size_t i) const {
    auto plain = [&](std::size_t j) {
      return nodes_[j].kind == NK::number || is_punct(j, '-') || is_word(j, w_.of) || is_word(j, w_.year) ||
             is_word(j, w_.years) || is_word(j, w_.month) || is_word(j, w_.months);
    };
    if (!plain(i) || is_word(i, w_.of)) return false;
    auto a_term = [&](std::size_t j) { return is_word(j, w_.term) && !(j > s_.b && is_word(j - 1, w_.vesting)); };
    for (std::size_t j = i + 1; j < s_.e && j <= i + 3; ++j) {
      if (a_term(j)) return true;
      if (!plain(j)) break;
    }
    for (std::size_t j = i; j-- > s_.b && j + 4 > i;) {
      if (a_term(j)) return true;
      if (!plain(j)) break;
    }
    return false;
  }

  // "vested and were settled on X", "vest and are scheduled to settle as to 1/16 ... quarterly": the same dates.
  bool joined_to_vest_verb(std::size_t i) const {
    bool saw_and = false;
    for (std::size_t j = i; j-- > s_.b && j + 6 > i;) {
      if (is_word(j, w_.and_)) saw_and = true;
      else if (nodes_[j].kind == NK::item) return saw_and && nodes_[j].itype == IT::vest_verb;
    }
    return false;
  }

  // The words after a proviso ("so long as the Reporting Person remains in service through ...") or a
  // settlement or deferral remark with no date of its own ("will be settled ... on or following the vesting dates"),
  // up to the next item: what they say is the proviso's or the settlement's, not the schedule's.
  bool after_remark(std::size_t i) const {
    for (std::size_t j = i; j-- > s_.b;) {
      const Node& x = nodes_[j];
      if (x.kind == NK::item || (x.kind == NK::punct && x.punct == ';')) return false;
      if (is_word(j, w_.provided) || is_word(j, w_.continued) || is_word(j, w_.continuous) || (is_word(j, w_.long_) && j + 1 < s_.e && is_word(j + 1, w_.as) && j > s_.b &&
                                      (is_word(j - 1, w_.so) || is_word(j - 1, w_.as))))
        return !duration_or_cliff(i);  // ("subject to continued service and a one-year cliff": a schedule's word)
      if (x.kind == NK::word && w_.settles(x.wid) && !date_follows(j)) return true;
      // "vested units are deferred until the director's separation from the Board": delivery, not vesting.
      if ((is_word(j, w_.deferred) || is_word(j, w_.defer) || is_word(j, w_.defers)) && !date_follows(j)) return true;
    }
    return false;
  }

  // "one-year cliff", "for at least 12 months", "six months of service": a length of time or a cliff, which
  // in a proviso is a minimum before anything vests, not boilerplate.
  bool duration_or_cliff(std::size_t i) const {
    if (is_word(i, w_.cliff) || helpers::duration_at(nodes_, i, s_.e)) return true;
    // (or the unit of one: its count just before it, "12 months", or before a hyphen, "one-year")
    return (i > s_.b && helpers::duration_at(nodes_, i - 1, s_.e)) ||
           (i > s_.b + 1 && is_punct(i - 1, '-') && helpers::duration_at(nodes_, i - 2, s_.e));
  }

  // "installment" after "a single" / "one", read by the lump statement whose first item follows.
  bool single_installment(std::size_t i) const {
    const std::uint16_t id = nodes_[i].wid;
    if (id != w_.installment && id != w_.instalment && id != w_.tranche) return false;
    const bool single = i > s_.b && (is_word(i - 1, w_.single) ||
                                     (nodes_[i - 1].kind == NK::number && nodes_[i - 1].num == 1 && nodes_[i - 1].den == 1));
    if (!single) return false;
    for (std::size_t j = i + 1; j < s_.e; ++j)
      if (nodes_[j].kind == NK::item)
        return nodes_[j].itype == IT::when &&
               in_statement(j, [](Statement::Shape sh) { return sh == Statement::Shape::lump; });
    return false;
  }

  bool word_accounted(std::size_t i) const {
    const std::uint16_t id = nodes_[i].wid;
    // "in equal installments", "ratably": the series a statement of installments or dates reads (its
    // words, or the words just before its first item).
    auto series_shape = [](Statement::Shape sh) {
      return sh == Statement::Shape::installments || sh == Statement::Shape::date_list;
    };
    if (w_.series(id)) {
      if (in_statement(i, series_shape)) return true;
      // "vest in different increments on each of ...": the sizes differ, and the sentences that state them are read.
      if (i > s_.b && (is_word(i - 1, w_.different) || is_word(i - 1, w_.varying) || is_word(i - 1, w_.unequal)))
        return true;
      // "in installments of 33%, 33% and 34% on ..., respectively": the word heads portions a statement used.
      if (i + 2 < s_.e && is_word(i + 1, w_.of) && nodes_[i + 2].kind == NK::item &&
          nodes_[i + 2].itype == IT::portion &&
          std::binary_search(read_.used_items.begin(), read_.used_items.end(), nodes_[i + 2].payload))
        return true;
      if (i > s_.b && is_year(nodes_[i - 1])) return true;  // "This represents the 2022 installment"
      for (std::size_t j = i + 1; j < s_.e; ++j)
        if (nodes_[j].kind == NK::item) {
          if (nodes_[j].itype != IT::vest_verb && nodes_[j].itype != IT::condition && in_statement(j, series_shape))
            return true;
          if (nodes_[j].itype != IT::vest_verb) break;
        }
    }
    // "vest in a single installment on the third anniversary": a lump is one installment.
    if (single_installment(i)) return true;
    if (period_named_for_award(i)) return true;  // "for the fourth quarter of 2025", "fiscal year 2024"
    if (after_remark(i)) return true;
    // "the grant of 4,052 RSUs", "one quarter of the total grant": the award, not its date.
    if (id == w_.grant) {
      const bool dated = (i + 1 < s_.e && is_word(i + 1, w_.date)) ||
                         (i > s_.b && (is_word(i - 1, w_.of) || is_word(i - 1, w_.from) || is_word(i - 1, w_.after) ||
                                       is_word(i - 1, w_.following) || is_word(i - 1, w_.since)));
      return !dated;
    }
    // "granted in connection with the Reporting Person's appointment as an officer": why the award was
    // made, not a date of it (unless a date follows).
    if (salience(nodes_[i]) == Salient::anchor && !date_follows(i))
      for (std::size_t j = i; j-- > s_.b && j + 6 > i;) {
        if (nodes_[j].kind != NK::word) break;
        if (is_word(j, w_.connection)) return true;
      }
    // "cliff vest on March 15, 2028", "cliff-vests in full": how the lump vests (a cliff with no length).
    if (id == w_.cliff && cliff_vesting_after_whole_lump(i)) return true;
    if (id == w_.cliff) {
      const std::size_t j = i + 1 < s_.e && is_punct(i + 1, '-') ? i + 2 : i + 1;
      return j < s_.e && nodes_[j].kind == NK::item &&
             (nodes_[j].itype == IT::vest_verb || nodes_[j].itype == IT::immediate);  // ("cliff vest in full")
    }
    // "the following numbers of units": a determiner.
    if (id == w_.following && i > s_.b && is_word(i - 1, w_.the)) return true;
    // A trading plan adopted on a date (Rule 10b5-1) is not a vesting; any other plan is the award's.
    if (id == w_.plan) return !(i > s_.b && is_word(i - 1, w_.trading)) && !(i + 1 < s_.e && is_word(i + 1, w_.adopted));
    // Settlement and other scope words change what a date means only when a date follows them.
    if (salience(nodes_[i]) == Salient::scope) {
      // "The option, as assumed, vests ...": what the award now is, set off by commas.
      if (i > s_.b && is_word(i - 1, w_.as) && i + 1 < s_.e && is_punct(i + 1, ',')) return true;
      if (!date_follows(i)) return true;
      return w_.settles(id) && joined_to_vest_verb(i);
    }
    return false;
  }

  // "The RSUs vest in full on March 1, 2026 (cliff vesting)": a description of the lump right before it, when that lump
  // is the footnote's one statement and vests the whole grant (beside a part, or a series, "cliff" says more).
  bool cliff_vesting_after_whole_lump(std::size_t i) const {
    if (!(i >= s_.b + 2 && is_punct(i - 1, '(') && i + 2 < s_.e && is_word(i + 1, w_.vesting) && is_punct(i + 2, ')')))
      return false;
    const Node& dated = nodes_[i - 2];
    if (!(dated.kind == NK::item && dated.itype == IT::when) || read_.statements.size() != 1) return false;
    const Statement& st = read_.statements[0];
    if (st.shape != Statement::Shape::lump || !st.when || *st.when != dated.payload) return false;
    if (!st.portion) return true;
    const Item& p = a_.pool[*st.portion];
    return p.pkind == Item::PortionKind::fraction && p.fraction == Fraction(1) && !p.additional;
  }

  // "a fully vested bonus award for fiscal 2011 performance", "in lieu of the cash retainer for the fourth
  // quarter of 2025", "services rendered during fiscal 2025": in an answer that vests everything at once,
  // the period an award was made for names it (node i is one of "<ordinal> (fiscal / calendar) quarter /
  // year of (fiscal) <year>", "fiscal (year) <year>", "<year> performance"); it dates nothing.
  bool period_named_for_award(std::size_t i) const {
    if (read_.statements.empty()) return false;
    for (const auto& st : read_.statements)
      if (st.shape != Statement::Shape::immediate) return false;
    auto period_word = [&](std::size_t j) {
      return nodes_[j].kind == NK::ordinal || is_word(j, w_.fiscal) || is_word(j, w_.calendar) || is_word(j, w_.quarter) ||
             is_word(j, w_.year) || is_word(j, w_.of);
    };
    std::size_t y = i;  // the year the period words lead to
    while (y < s_.e && y < i + 6 && !is_year(nodes_[y]) && period_word(y)) ++y;
    if (y >= s_.e || !is_year(nodes_[y])) return false;
    // The year must be named as a period: "fiscal" or "quarter / year of" before it, or "performance" after it.
    const bool before = y > s_.b && (is_word(y - 1, w_.fiscal) || (is_word(y - 1, w_.year) && y >= s_.b + 2 && is_word(y - 2, w_.fiscal)) ||
                                     (is_word(y - 1, w_.of) && y >= s_.b + 2 && (is_word(y - 2, w_.quarter) || is_word(y - 2, w_.year))));
    const bool after = y + 1 < s_.e && is_word(y + 1, w_.performance);
    if (!before && !after) return false;
    // Every node from i to the year is a period word (an ordinal only before "quarter" / "year").
    for (std::size_t j = i; j < y; ++j)
      if (nodes_[j].kind == NK::ordinal && !(j + 1 < s_.e && (is_word(j + 1, w_.quarter) || is_word(j + 1, w_.fiscal) ||
                                                              is_word(j + 1, w_.calendar))))
        return false;
    return true;
  }

  // "Thirty-three and one-third percent (33 1/3%)": the words before a parenthesised portion restate it.
  bool restated(std::size_t i) const {
    std::size_t j = i;
    while (j < s_.e && (nodes_[j].kind == NK::number || nodes_[j].kind == NK::fraction || nodes_[j].kind == NK::percent ||
                        is_word(j, w_.and_) || (nodes_[j].kind == NK::item && nodes_[j].itype == IT::portion)))
      ++j;
    if (!(j > i && j + 2 < s_.e && is_punct(j, '(') && nodes_[j + 1].kind == NK::item &&
          nodes_[j + 1].itype == IT::portion && is_punct(j + 2, ')')))
      return false;
    // One amount before the figure must be the figure's value: "One thirty-sixth (1/48th)" says two things.
    const Item& figure = a_.pool[nodes_[j + 1].payload];
    if (j == i + 1 && figure.pkind == Item::PortionKind::fraction) {
      const Node& words = nodes_[i];
      if (words.kind == NK::fraction || words.kind == NK::percent) return helpers::value_fraction(words) == figure.fraction;
      if (words.kind == NK::item && words.itype == IT::portion) {
        const Item& said = a_.pool[words.payload];
        return said.pkind == Item::PortionKind::fraction && said.fraction == figure.fraction;
      }
    }
    return true;
  }

  PassState& a_;
  const std::vector<Node>& nodes_;
  const StatementSet& read_;
  const Sentence& s_;
  const Words& w_;
};

// A sentence read as contingent as a whole may not hide a dated portion of its own: "One-half will
// vest on March 29, 2019; the other half upon the achievement of ...", "Of the N units, A are RSUs that
// vest in four annual installments beginning on <date>, and B are PSUs earned based on ...". The
// sentence is read in parts (from a portion to the next, or to ';'); when one part is a contingent
// portion (a portion and a performance item, no date) and another dates a portion without any
// performance item, the dated part is reported. (A performance word that is not tied to a portion of
// its own, "To the extent achieved, 1/3 ... will vest on ...", makes every date contingent.)
void check_dated_parts(PassState& a, const Sentence& s) {
  const std::vector<Node>& nodes = a.nodes;
  struct Part {
    std::size_t b = 0;
    bool portion = false, performance = false;
    std::optional<std::size_t> dated;
  };
  std::vector<Part> parts(1);
  parts[0].b = s.b;
  for (std::size_t i = s.b; i < s.e; ++i) {
    const Node& n = nodes[i];
    if (n.kind == NK::punct && n.punct == ';') {
      parts.emplace_back();
      parts.back().b = i + 1;
      continue;
    }
    // "990 are time-vesting RSUs ..., and 562 are performance share units": a bare count opens a part.
    if (n.kind == NK::number && n.den == 1 && n.num > 1 && !is_year(n)) {
      if (parts.back().portion || parts.back().dated || parts.back().performance) {
        parts.emplace_back();
        parts.back().b = i;
      }
      parts.back().portion = true;
      continue;
    }
    if (n.kind != NK::item) continue;
    Part& p = parts.back();
    switch (n.itype) {
      case IT::portion:
        if (p.portion) {
          parts.emplace_back();
          parts.back().b = i;
        }
        parts.back().portion = true;
        break;
      case IT::performance: p.performance = true; break;
      case IT::when:
        if (a.pool[n.payload].tag == Tag::grant || a.pool[n.payload].tag == Tag::vcd) break;
        [[fallthrough]];
      case IT::when_list:
      case IT::start:
      case IT::count:
        if (!p.dated) p.dated = i;
        break;
      default: break;
    }
  }
  bool contingent_part = false;
  for (std::size_t k = 1; k < parts.size(); ++k)  // (a part after the first: one of two portions, or after ';')
    contingent_part |= parts[k].performance && !parts[k].dated;
  if (!contingent_part) return;
  for (const Part& p : parts) {
    if (!p.dated || p.performance || (!p.portion && &p != &parts.front())) continue;
    const Node& n = nodes[*p.dated];
    a.error("unaccounted_word", "\"" + a.quote(n.b, n.e) + "\" dates a portion in \"" +
                                    a.quote(nodes[p.b].b, nodes[s.e - 1].e) +
                                    "\", which was read as contingent as a whole: the dated part is not accounted for",
            n.b, n.e);
  }
}

// A plain date equal to the vesting commencement date (or a grant date) the footnote states.
bool restates_anchor(const PassState& a, const Node& n) {
  if (n.kind != NK::item || n.itype != IT::when) return false;
  const When& w = a.pool[n.payload].when;
  if (w.ref != When::Ref::absolute || w.months || w.days || w.fixed_day) return false;
  return (a.vcd && *a.vcd == w.date) || (a.grant_from_text && a.grant && *a.grant == w.date);
}

// A condition that changes the schedule: a proviso on when shares vest ("provided that no shares vest before D",
// "subject to a one-year cliff"), a performance goal ("subject to the achievement of the performance goals ...")
// or an approval still to come ("subject to shareholder approval of the amendment to the Plan";
// family_conditions_provisos.cpp names them). Not a proviso on a delivery date ("provided such date does not
// fall during a Blackout Period") nor an acceleration ("subject to accelerated vesting upon retirement after
// attaining age 65").
bool changes_schedule(const PassState& a, const Item& it, const StatementSet& read) {
  if (it.type != IT::condition) return false;
  const std::string_view words = std::string_view(a.norm.text).substr(it.b, it.e - it.b);
  if (it.tag == Tag::cliff) return true;  // (a cliff is always on vesting: "..., subject to a one-year cliff")
  if (it.tag == Tag::timing) return words.find("vest") != std::string_view::npos;
  if (it.tag == Tag::performance)
    return !read.performance_met && words.find("accelerat") == std::string_view::npos &&
           words.find("retire") == std::string_view::npos;
  return it.tag == Tag::approval;
}

// The vest verb at i is history: "vested" without "will", "be", "is" ... before it.
bool vested_in_the_past(const PassState& a, const Sentence& s, std::size_t i) {
  static const std::uint16_t aux[] = {intern("will"), intern("shall"), intern("be"), intern("become"),
                                      intern("becomes"), intern("is"), intern("are"), intern("may")};
  const std::vector<Node>& nodes = a.nodes;
  return std::string_view(a.norm.text).substr(nodes[i].b, nodes[i].e - nodes[i].b) == "vested" &&
         !(i > s.b && nodes[i - 1].kind == NK::word &&
           std::find(std::begin(aux), std::end(aux), nodes[i - 1].wid) != std::end(aux));
}

// The vest verb at i states a vesting of its own: not history, and sized by a portion just before it (", 50% of the
// units vest") or timed just after it ("vest on <date>", "vest in four equal annual installments"). "shares that
// vest from time to time" states none.
bool sized_by_portion_before(const PassState& a, const Sentence& s, std::size_t i);

bool states_vesting(const PassState& a, const Sentence& s, std::size_t i) {
  static const std::uint16_t links[] = {intern("on"), intern("in"), intern("over"), intern("as"), intern("ratably"),
                                        intern("equally"), intern("at"), intern("upon")};
  static const std::uint64_t timing = bit(IT::when) | bit(IT::when_list) | bit(IT::cadence) | bit(IT::count) |
                                      bit(IT::start) | bit(IT::over) | bit(IT::portion) | bit(IT::thereafter);
  const std::vector<Node>& nodes = a.nodes;
  if (vested_in_the_past(a, s, i)) return false;
  for (std::size_t j = i + 1; j < s.e && j < i + 3; ++j) {  // (at most one link word between)
    const Node& n = nodes[j];
    if (n.kind == NK::item) return (bit(n.itype) & timing) != 0;
    if (n.kind != NK::word || std::find(std::begin(links), std::end(links), n.wid) == std::end(links)) break;
  }
  return sized_by_portion_before(a, s, i);
}

// "50% of the units vest": a portion just before the vest verb at i, words only between, that sizes a part (not
// the whole of an acceleration).
bool sized_by_portion_before(const PassState& a, const Sentence& s, std::size_t i) {
  const std::vector<Node>& nodes = a.nodes;
  for (std::size_t j = i; j > s.b && j + 6 > i; --j) {  // ("50% of the units vest": words only between)
    const Node& n = nodes[j - 1];
    if (n.kind != NK::item && n.kind != NK::word) break;
    if (n.kind != NK::item) continue;
    // ("100% of the unvested shares will vest", "all remaining units vest": an acceleration's whole, no size.)
    const Item& p = a.pool[n.payload];
    return n.itype == IT::portion && !(p.pkind == Item::PortionKind::fraction && p.fraction == Fraction(1)) &&
           !(p.pkind == Item::PortionKind::remainder && !p.stated);
  }
  return false;
}

// A sentence set aside as a whole (about something else, a description of the award, a surrounding with no
// vesting statement) may not hide what changes the schedule: a condition above, or, in a sentence about
// something else, a vesting statement of its own ("Under the Reporting Person's Rule 10b5-1 trading plan, 50% of
// the units vest on March 1, 2029"). Either is `unaccounted_word`: the schedule read elsewhere would be silently
// incomplete. (`vesting_only`: the vesting statements alone, beside an answer with no schedule.)
void account_for_set_aside_sentences(PassState& a, const Sentences& sentences, const StatementSet& read,
                                     bool vesting_only = false) {
  const std::vector<Node>& nodes = a.nodes;
  for (std::size_t k = 0; k < sentences.sentences.size() && k < read.roles.size(); ++k) {
    const SentenceRole role = read.roles[k];
    // (A sentence read as contingent keeps its performance words; a timing proviso there may time its dated part.)
    const bool contingent = role == SentenceRole::contingent;
    if (role != SentenceRole::set_aside && (vesting_only || (role != SentenceRole::represents &&
                                                             role != SentenceRole::silent && !contingent)))
      continue;
    const Sentence& s = sentences.sentences[k];
    for (const std::uint32_t i : a.items_in(s.b, s.e)) {
      const Node& n = nodes[i];
      const Item& it = a.pool[n.payload];
      std::string_view what;
      if (!vesting_only && changes_schedule(a, it, read) && (!contingent || it.tag == Tag::timing || it.tag == Tag::cliff))
        what = "a condition that changes the schedule";
      // (Beside an answer with no schedule, only a part sized before its verb: "RSUs that vest on March 1, 2027"
      // describes the award the transaction is about.)
      else if (role == SentenceRole::set_aside && it.type == IT::vest_verb &&
               (vesting_only ? !vested_in_the_past(a, s, i) && sized_by_portion_before(a, s, i) : states_vesting(a, s, i)))
        what = "a vesting statement";
      // A represents-vesting sentence is decided by its first words, before any clause is read (classify_sentence.cpp);
      // the vesting it represents is history, so a vest verb not in the past is a vesting it does not account for:
      // "Represents vesting of ... by and among the Company and Merger Sub LLC. In connection with the merger, 50% of
      // the shares vest on May 19, 2023" (no '.' ends a sentence after "LLC"), "... LLC. The number of shares that vest
      // will be determined based on the achievement of performance goals".
      else if (role == SentenceRole::represents && it.type == IT::vest_verb && !vested_in_the_past(a, s, i))
        what = "a vesting of its own";
      else continue;
      a.error("unaccounted_word", "\"" + a.quote(n.b, n.e) + "\" (" + std::string(what) + ") in \"" +
                                      a.quote(nodes[s.b].b, nodes[s.e - 1].e) +
                                      "\", a sentence set aside as a whole, is not accounted for by the schedule",
              n.b, n.e);
      return;
    }
  }
}

// Whether the footnote says the reported amount includes dividend equivalents ("Includes 60 dividend equivalent rights",
// "The RSUs, including the dividend equivalent units, vest ...", "together with accrued dividend equivalent units",
// "inclusive of 25 accrued dividend shares"): an inclusion word, then "dividend" in the same sentence.
bool includes_dividend_equivalents(std::string_view text) {
  static constexpr std::string_view inclusions[] = {"includ", "together with", "inclusive of", "along with", "plus "};
  for (std::size_t at = text.find("dividend"); at != std::string_view::npos; at = text.find("dividend", at + 1)) {
    const std::size_t from = text.rfind('.', at) == std::string_view::npos ? 0 : text.rfind('.', at) + 1;
    const std::string_view before = text.substr(from, at - from);
    for (const std::string_view w : inclusions)
      for (std::size_t k = before.find(w); k != std::string_view::npos; k = before.find(w, k + 1))
        if (k == 0 || !(before[k - 1] >= 'a' && before[k - 1] <= 'z')) return true;
  }
  return false;
}

// The date item at node i told as the dividend equivalents' history: on or before the transaction date, just after a word of
// their crediting ("credited on December 15, 2025", "acquired since the date of grant").
bool credited_on(const PassState& a, std::size_t i, const Sentence& s) {
  static const std::uint16_t history[] = {intern("credited"), intern("accrued"),  intern("acquired"),
                                          intern("received"), intern("reinvested"), intern("since")};
  const Node& n = a.nodes[i];
  const When& w = a.pool[n.payload].when;
  if (n.itype != IT::when || (w.ref == When::Ref::absolute && a.grant && w.date > *a.grant)) return false;
  for (std::size_t j = i; j > s.b && j + 4 > i; --j)
    if (a.nodes[j - 1].kind == NK::word &&
        std::find(std::begin(history), std::end(history), a.nodes[j - 1].wid) != std::end(history))
      return true;
  return false;
}

// Dividend equivalents counted in the reported amount are part of the row: a date or a timing of their own that no
// statement of the schedule read ("Includes 60 dividend equivalent rights ..., the first third on March 1, 2027",
// "..., which will be settled on March 1, 2029") times part of the row, so the schedule read beside it would be
// incomplete: `unaccounted_word`. "vest on the same schedule" states none; when the row is the award alone (no
// inclusion word), their own dates are another award's and stay set aside (rules/README.md).
void account_for_included_dividend_equivalents(PassState& a, const Sentences& sentences, const StatementSet& read) {
  static const std::uint16_t dividend[] = {intern("dividend"), intern("dividends")};
  static constexpr std::uint64_t timing = bit(IT::when) | bit(IT::when_list) | bit(IT::cadence) | bit(IT::count) |
                                          bit(IT::start) | bit(IT::over) | bit(IT::through) | bit(IT::thereafter) |
                                          bit(IT::until_full);
  if (!a.may_hold(dividend)) return;
  const std::vector<Node>& nodes = a.nodes;
  // (Timing first, the words after: most sentences naming dividends time nothing of their own. A date is always an
  // item by now, level 1's "a stated date".)
  for (const Sentence& s : sentences.sentences) {
    for (const std::uint32_t i : a.items_in(s.b, s.e)) {
      const Node& n = nodes[i];
      if (!(bit(n.itype) & timing) || std::binary_search(read.used_items.begin(), read.used_items.end(), n.payload) ||
          credited_on(a, i, s))
        continue;
      const std::uint32_t b = nodes[s.b].b, e = nodes[s.e - 1].e;
      if (std::string_view(a.norm.text).substr(b, e - b).find("dividend") == std::string_view::npos) break;
      if (!includes_dividend_equivalents(a.norm.text)) return;
      a.error("unaccounted_word", "\"" + a.quote(n.b, n.e) + "\" in \"" + a.quote(b, e) +
                                      "\": the reported amount includes dividend equivalents, and this timing of theirs "
                                      "is not the schedule's (no statement of it read it)",
              n.b, n.e);
      return;
    }
  }
}

}  // namespace

// A sentence no vesting verb was read in that still sizes a part and times it in installments ("The RSUs are released
// as to 1/16th of the units on each quarterly anniversary of March 1, 2020"): a schedule told with a verb the rules do
// not know. Beside an answer with no schedule and no sign of another transaction (a sale, a gift, a withholding ...,
// whose sentences size and time other things) it must not be passed over.
void account_for_unread_schedules(PassState& a, const Sentences& sentences, const StatementSet& read) {
  constexpr std::uint64_t kSeries = bit(IT::cadence) | bit(IT::count) | bit(IT::when_list) | bit(IT::over) |
                                    bit(IT::start) | bit(IT::until_full) | bit(IT::day_policy);
  static const std::uint16_t of = intern("of");
  for (std::size_t k = 0; k < sentences.sentences.size() && k < read.roles.size(); ++k) {
    if (read.roles[k] != SentenceRole::silent) continue;
    const Sentence& s = sentences.sentences[k];
    std::uint64_t mask = 0;
    bool part = false;  // a fraction of the award (share counts there are gifts, sales ... as often as vestings)
    for (const std::uint32_t i : a.items_in(s.b, s.e)) {
      mask |= bit(a.nodes[i].itype);
      const Item& it = a.pool[a.nodes[i].payload];
      // ("1/16th of the RSUs", "one-fourth of the units"; not "a 10% Holder")
      part |= it.type == IT::portion && it.pkind == Item::PortionKind::fraction &&
              (std::string_view(a.norm.text).substr(it.b, it.e - it.b).find(" of ") != std::string_view::npos ||
               (i + 1 < s.e && helpers::is_w(a.nodes[i + 1], of)));
    }
    // (A part timed from a date: "10% per year" alone is a rate of something else.)
    if (!part || !(mask & kSeries) || !(mask & (bit(IT::when) | bit(IT::when_list) | bit(IT::start)))) continue;
    a.error("unrecognized", "\"" + a.quote(a.nodes[s.b].b, a.nodes[s.e - 1].e) + "\" sizes a part and times it, but no "
                            "vesting verb the rules know was read in it: not understood",
            a.nodes[s.b].b, a.nodes[s.e - 1].e);
    return;
  }
}

void account_for_not_a_schedule(PassState& a, const Sentences& sentences, const StatementSet& read) {
  account_for_set_aside_sentences(a, sentences, read, true);
  if (!a.failed && !sentences.words.any_not_vesting) account_for_unread_schedules(a, sentences, read);
}

void account_for_contingent_sentences(PassState& a, const Sentences& sentences, const StatementSet& read) {
  for (std::size_t k = 0; k < sentences.sentences.size() && k < read.roles.size(); ++k)
    if (read.roles[k] == SentenceRole::contingent) check_dated_parts(a, sentences.sentences[k]);
}

void account_for_salient_words(PassState& a, const Sentences& sentences, StatementSet& read) {
  account_for_contingent_sentences(a, sentences, read);
  if (a.out.kind == Kind::performance) return;  // no dates: only the contingent sentences' dated parts matter
  if (a.ctx.unkeyed_named_dates && !a.failed) {
    a.error("unrecognized", "the footnote defines vesting days under a name the rules cannot read, so its uses are not "
                            "read",
            0, static_cast<std::uint32_t>(a.norm.text.size()));
    return;
  }
  account_for_set_aside_sentences(a, sentences, read);
  if (a.failed) return;
  const std::vector<Node>& nodes = a.nodes;
  std::vector<std::uint32_t>& used = read.used_items;
  std::sort(used.begin(), used.end());
  auto is_used = [&](std::uint32_t i) { return std::binary_search(used.begin(), used.end(), i); };
  for (std::size_t k = 0; k < sentences.sentences.size() && k < read.roles.size(); ++k) {
    if (set_aside(read.roles[k])) continue;
    const Sentence& s = sentences.sentences[k];
    const Accounting acc(a, read, s);
    if (read.roles[k] == SentenceRole::silent) {
      // "'Quarterly Date' means each of ...": a definition (read_definitions). "Vested RSUs will be settled
      // within 30 days": when shares are delivered, said without a vesting statement.
      // ('A "Quarterly Vesting Date" is February 15, ...': defines_dates knows "means", "mean" and the quoted "is".)
      if (defines_dates(nodes, s.b, s.e) || acc.sentence_settles()) continue;
    }
    bool surrounding_checked = false;
    for (std::size_t i = s.b; i < s.e; ++i) {
      const Node& n = nodes[i];
      std::string_view what;
      if (n.kind == NK::item) {
        if (is_used(n.payload)) continue;
        if (salient_item(a.pool[n.payload])) what = "words no statement of the schedule used";
        else if (acc.scope_item_before_date(i)) what = "words of another transaction before a date";
        else continue;
      } else {
        const Salient c = salience(n);
        if (c == Salient::none) continue;
        what = to_string(c);
      }
      // (A proviso on when shares vest or an approval still to come is never excused as words after "provided",
      // "so long as" or a settlement remark: "..., so long as the optionee remains an employee, provided that no
      // shares shall vest before December 31, 2012".)
      const bool never_excused = n.kind == NK::item && a.pool[n.payload].tag != Tag::performance &&
                                 changes_schedule(a, a.pool[n.payload], read);
      if (!never_excused && acc.accounted(i)) continue;
      // "On June 3, 2009, the Issuer's stockholders approved a one-time stock option exchange program. ... the
      // anniversaries of the exchange date, June 3, 2009": a sentence with no vesting statement that dates the
      // anchor the schedule states; the same date, told twice.
      if (read.roles[k] == SentenceRole::silent && restates_anchor(a, n)) continue;
      // A sentence with no vesting statement that is about something around the schedule (option terms,
      // an award description, a proviso ...): its words are that sentence's (surrounding_sentences.cpp).
      if (!surrounding_checked && read.roles[k] == SentenceRole::silent) {
        surrounding_checked = true;
        // (A past period's end only beside a grant vested at once: beside a series, "thereafter" may count from it.)
        if (const Surrounding c = classify_surrounding(a, s);
            c != Surrounding::none && (c != Surrounding::past_period || a.out.kind == Kind::immediate)) {
          set_aside_surrounding(a, s, c);
          break;
        }
      }
      a.error("unaccounted_word", "\"" + a.quote(n.b, n.e) + "\" (" + std::string(what) + ") in \"" +
                                      a.quote(nodes[s.b].b, nodes[s.e - 1].e) +
                                      "\" is not accounted for by the rules that produced the schedule",
              n.b, n.e);
    }
  }
  if (!a.failed) account_for_included_dividend_equivalents(a, sentences, read);
}

}  // namespace vest::rules
