"""Words the generator writes: dates, numbers, ordinals, fractions, periods.

Every function that has variants takes the random generator and picks one;
every variant says the same value (the oracle never sees the words)."""
import datetime as dt
from fractions import Fraction

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']

_ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
         'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
         'nineteen']
_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
_ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh',
        8: 'eighth', 9: 'ninth', 10: 'tenth', 12: 'twelfth'}


def date_text(d: dt.date) -> str:
    return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)


def cardinal(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + ('-' + _ONES[ones] if ones else '')


def count_text(rng, n: int) -> str:
    """36 | thirty-six | thirty-six (36)."""
    return rng.choice([str(n), cardinal(n), '%s (%d)' % (cardinal(n), n)])


def ordinal(n: int) -> str:
    return _ORD[n]


def shares_text(n: int) -> str:
    return '{:,}'.format(n)


_FRACTION_WORDS = {2: 'one-half', 3: 'one-third', 4: 'one-fourth', 5: 'one-fifth', 6: 'one-sixth',
                   8: 'one-eighth', 12: 'one-twelfth', 16: 'one-sixteenth', 10: 'one-tenth'}


def percent_text(p: Fraction):
    """'25%' or '12.5%' when exact in at most two decimals, else None."""
    hundred = p * 100
    for decimals in (0, 1, 2):
        scaled = hundred * 10 ** decimals
        if scaled.denominator == 1:
            s = str(scaled.numerator)
            if decimals:
                s = s.rjust(decimals + 1, '0')
                s = s[:-decimals] + '.' + s[-decimals:]
            return s + '%'
    return None


def percent_words(p: Fraction):
    hundred = p * 100
    if hundred.denominator == 1 and hundred.numerator < 70 and hundred.numerator > 0:
        return cardinal(hundred.numerator) + ' percent'
    return None


def portion_variants(p: Fraction):
    """Ways to write a portion of the grant (no share counts)."""
    out = []
    pct = percent_text(p)
    if pct:
        out += [pct, pct]
        words = percent_words(p)
        if words:
            out.append('%s (%s)' % (words, pct))
    if p == Fraction(1, 3):
        out += ['33 1/3%', 'one-third (1/3)']
    if p == Fraction(2, 3):
        out += ['two-thirds', '66 2/3%']
    if p == Fraction(3, 4):
        out += ['three-fourths', '3/4']
    if p.numerator == 1:
        d = p.denominator
        out += ['1/%d' % d, '1/%d%s' % (d, _suffix(d)) if d > 2 else '1/2']
        if d in _FRACTION_WORDS:
            out.append(_FRACTION_WORDS[d])
        if d == 4:
            out.append('one-quarter')
    return out


def _suffix(d: int) -> str:
    if d % 10 == 2 and d % 100 != 12:
        return 'nd'
    if d % 10 == 3 and d % 100 != 13:
        return 'rd'
    if d % 10 == 1 and d % 100 != 11:
        return 'st'
    return 'th'


# Periods, by months per installment.
ADVERB = {1: ['monthly', 'monthly', 'on a monthly basis', 'each month'],
          3: ['quarterly', 'quarterly', 'on a quarterly basis', 'each quarter', 'every three months'],
          6: ['semi-annually', 'every six months', 'on a semi-annual basis'],
          12: ['annually', 'annually', 'on an annual basis', 'each year']}
ADJECTIVE = {1: ['monthly'], 3: ['quarterly'], 6: ['semi-annual', 'semiannual', 'six-month'], 12: ['annual', 'yearly']}
UNIT = {1: 'month', 3: 'quarter', 6: 'six-month period', 12: 'year'}
# "on each monthly anniversary of X": the word before "anniversary" for one period.
ANNIVERSARY = {1: ['monthly', 'one-month'], 3: ['quarterly', 'three-month'], 6: ['six-month', 'semi-annual'],
               12: ['annual', '']}
# "the one-month anniversary", "the three-month anniversary": the k-th period's anniversary.


def step_anniversary(rng, months: int) -> str:
    """'first' / 'one-year' / '12-month' / 'three-month' ... anniversary words for anchor + months."""
    if months % 12 == 0:
        y = months // 12
        return rng.choice([ordinal(y), '%s-year' % cardinal(y)])
    return rng.choice(['%s-month' % cardinal(months), '%d-month' % months])


def span_text(rng, months: int) -> str:
    """'36 months' / 'three years' (a span of time)."""
    options = ['%d months' % months, '%s months' % cardinal(months)]
    if months % 12 == 0:
        y = months // 12
        options += ['%s years' % cardinal(y)] * 2 if y > 1 else ['one year']
    return rng.choice(options)


def span_period(rng, months: int) -> str:
    """'a three-year period' / 'a 36-month period'."""
    options = ['a %d-month period' % months]
    if months % 12 == 0:
        options.append('a %s-year period' % cardinal(months // 12))
    return rng.choice(options)


# ---------------------------------------------------------------- numbers and fractions in words, figure beside

def number_words(n: int) -> str:
    """12000 -> 'twelve thousand', 2500 -> 'two thousand five hundred' (n < 1,000,000)."""
    if n < 100:
        return cardinal(n)
    if n < 1000:
        h, rest = divmod(n, 100)
        return _ONES[h] + ' hundred' + (' ' + cardinal(rest) if rest else '')
    t, rest = divmod(n, 1000)
    return number_words(t) + ' thousand' + (' ' + number_words(rest) if rest else '')


def count_in_words(n: int) -> str:
    """'Twelve thousand (12,000)': a share count spelled out with its figure (as many S-8 era filings write it)."""
    return '%s (%s)' % (number_words(n), shares_text(n))


_ORDINAL_DENOMINATOR = {3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 8: 'eighth', 10: 'tenth', 12: 'twelfth',
                        16: 'sixteenth', 20: 'twentieth', 24: 'twenty-fourth', 36: 'thirty-sixth',
                        48: 'forty-eighth'}


def fraction_with_figure(rng, p: Fraction):
    """'one-fourth (1/4)', 'One thirty-sixth (1/36th)', 'one-forty-eighth (1/48)': a fraction in words with its
    figure in parentheses, or None when p is not one over a denominator with a word."""
    if p.numerator != 1 or p.denominator not in _ORDINAL_DENOMINATOR:
        return None
    d = p.denominator
    word = 'one' + rng.choice(['-', ' ']) + _ORDINAL_DENOMINATOR[d]
    figure = rng.choice(['1/%d' % d, '1/%d%s' % (d, _suffix(d))])
    return '%s (%s)' % (word, figure)
