"""The period a report's figures are told of: results, statistics, a quarter, a month.

A results story names its period once ("posted a third-quarter loss", "the economy grew
2.5% in the third quarter") and then gives figure after figure without naming it again:
"Sales rose 50% to $2.1 billion from $1.4 billion." Those figures are of that period, not of
the day the story was published; "the year-earlier period", "year-ago profit" are the same
period a year before. The figures of a market day ("closed at $44.875") are of the market
day the story names ("in composite trading yesterday"), not of a period.
"""

from __future__ import annotations

import re
from datetime import timedelta

from viewer.core.holds import holds_any
from viewer.core.model import DateValue, Precision
from viewer.core.word_patterns import WordSearch, first_letters

# A figure: an amount of money, a share, a count in millions.
_FIGURE = re.compile(
    r"[$£€#]\s?\d|\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b|million\b|billion\b|cents?\b)"
)
# What results and statistics do: rise, fall, reach, earn, lose, take a charge. (Reporting
# them, "posted", "reported", is done on a day of its own.)
_RESULT = re.compile(
    r"\b(?:rose|fell|gained|declined|dropped|climbed|increased|decreased|jumped|slipped|slid|"
    r"surged|plunged|soared|advanced|edged|grew|shrank|narrowed|widened|totall?ed|earned|"
    r"lost|had|was|were|included?|amounted|reached|took|recorded|booked|incurred)\b",
    re.IGNORECASE,
)
# What has results: a company's sales, a country's output.
_MEASURE = re.compile(
    r"\b(?:sales|revenues?|profits?|net|earnings|income|loss(?:es)?|margins?|charges?|gains?|"
    r"results|output|production|exports|imports|deficit|surplus|economy|gdp|unemployment|"
    r"inflation|orders|shipments|spending|investment|operating)\b",
    re.IGNORECASE,
)
# A company's result told by its verb, with no measure named: "Bethlehem earned $46.9 million,
# or 54 cents a share".
_EARNED = re.compile(r"\b(?:earned|lost)\s+(?:about\s+|an?\s+)?[$£€#]\s?\d", re.IGNORECASE)
# A market's day: "closed at $44.875 in composite trading".
_MARKET_DAY = WordSearch(  # spelt by first letters, asked case-blind: word_patterns.py
    "(?:" + first_letters("trading closed closing shares stock".split()) + r")\b", blind=True
)


# What results are put down to: "attributed the gain to improved results", "cited interest
# costs as factors in the loss".
_CAUSE_OF_RESULTS = re.compile(
    r"\b(?:attribut(?:ed|es)|blamed|blames|cited|cites)\b.{0,80}?\b(?:gains?|loss(?:es)?|"
    r"declines?|drops?|increases?|rises?|slump|downturn|results|earnings|profits?|performance)\b"
    # "operating results were hit by an increase in loss reserves": told the other way round.
    r"|\b(?:results|earnings|profits?|sales|revenues?|margins?)\s+(?:were|was)\s+"
    r"(?:hit|hurt|helped|boosted|reduced|depressed|lifted|squeezed)\s+by\b",
    re.IGNORECASE,
)


def reports_figures(text: str) -> bool:
    """Whether a passage tells a figure of results ("Revenue rose 12% to $1.37 billion") or
    what they are put down to ("attributed the gain to improved results"); not a market's move
    of the day ("shares closed at $29 in composite trading")."""
    if _CAUSE_OF_RESULTS.search(text) is not None and not _MARKET_DAY.found(text):
        return True
    if _FIGURE.search(text) is None or _RESULT.search(text) is None:
        return False
    if _MARKET_DAY.found(text):
        return False
    return _MEASURE.search(text) is not None or _EARNED.search(text) is not None


# A report of results by its verb, the figures' noun a few words after it, maybe with their
# period as its modifier: "reported a third-quarter net loss of $5.1 million", "posted a 47%
# drop in third-quarter earnings", "reported net of $547 million". The report is made on a
# day the story tells of (the day the results came out), not in the period they are of.
_RESULTS_REPORTED = re.compile(
    r"\b(?:report(?:s|ed)|post(?:s|ed)|announc(?:es|ed))\s+(?:[\w$%.,'’-]+\s+){0,5}?"
    r"(?:net|loss(?:es)?|profits?|earnings|income|results|revenues?|sales)\b",
    re.IGNORECASE,
)
# The report's verbs as they open, in either case: a passage holding none is spared the search.
_REPORT_STEMS = ("report", "Report", "post", "Post", "announc", "Announc")
# The noun is the subject of what was reported, not the report's object: "reported that
# third-quarter profit grew 19%", "reported third-quarter net income rose 5.2%".
_REPORTED_CLAUSE = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+" + _RESULT.pattern, re.IGNORECASE)


def results_reported(shown: str, period: str | None = None) -> bool:
    """Whether a passage tells a report of results by its verb ("reported a third-quarter
    net loss"); with `period`, the words of a time, only one naming it among the words
    reported ("third-quarter")."""
    if not holds_any(shown, _REPORT_STEMS):
        return False  # no verb of the report (most passages): not searched
    found = _RESULTS_REPORTED.search(shown)
    if found is None or _REPORTED_CLAUSE.match(shown, found.end()) is not None:
        return False
    return period is None or period.lower() in found.group(0).lower()


def is_period(value: DateValue) -> bool:
    """Whether a date is a period that results are told of: a month, a quarter, a half, a
    fiscal year (whole months, more than one day's news)."""
    if value.precision is Precision.MONTH:
        return True
    if value.precision is not Precision.RANGE or value.days < 28 or value.days > 366:
        return False
    return value.first.day == 1 and (value.last + timedelta(days=1)).day == 1


# "compared with a loss of $3 million last year", "up from $85 million last year", "Last
# year's results were hurt by…": last year's figure set against the story's period.
_LAST_YEAR_FIGURE = re.compile(
    r"\b(?:compared|versus|vs\.|from|against)\b[^.;]{0,60}?[$£€#]?\s?\d[^.;]{0,40}?"
    r"\blast\s+year\b(?![\'’]s)|\blast\s+year[\'’]s\s+(?:results|figures|period|quarter|profits?|"
    r"earnings|net|loss(?:es)?|sales|revenues?)\b",
    re.IGNORECASE,
)


def last_year_compared(words: str, shown: str, period: DateValue) -> bool:
    """Whether "last year" (`words`) names the story's period a year back: its figure is set
    against the story's (`shown`: "compared with a loss of $3 million last year", "Last
    year's results were hurt by…"), and the story's period is shorter than a year (a
    quarter's "last year" is that quarter a year before)."""
    if not words.lower().startswith("last year") or period.days > 300:
        return False
    return _LAST_YEAR_FIGURE.search(shown) is not None


# A change measured from a year before with no old figure told: "production fell 8.4% from a
# year ago". The change is of the story's period; only its base is a year back.
_CHANGE_FROM_YEAR_AGO = re.compile(
    r"\d\s?(?:%|percent|per\s+cent|(?:percentage\s+)?points?)\s+from\s+a\s+year\s+ago\b",
    re.IGNORECASE,
)


def change_from_a_year_ago(shown: str) -> bool:
    """Whether a passage tells a change from a year before ("fell 8.4% from a year ago")."""
    return _CHANGE_FROM_YEAR_AGO.search(shown) is not None


# "In the 1988 period, the company earned $20.6 million": the story's period in the year named.
_NAMED_YEAR_PERIOD = re.compile(
    r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?:period|quarter|(?:first\s+|second\s+)?half"
    r"|(?:three|six|nine)\s+months)\b",
    re.IGNORECASE,
)


_OWN_PERIOD = re.compile(
    r"\b(?:first|last|past)\s+(?:three|six|nine|\d+)\s+months\b|\b(?:first|second)\s+half\b"
    r"|\bquarter\b|\b(?:fiscal\s+)?year\b",
    re.IGNORECASE,
)


def named_year_period(words: str, shown: str, period: DateValue) -> bool:
    """Whether a year (`words`) names the story's period of that year ("the 1988 period",
    "the 1988 quarter", in `shown`), the story's period being shorter than a year of another
    year."""
    if period.days > 300 or words == str(period.last.year):
        return False
    named = [m for m in _NAMED_YEAR_PERIOD.finditer(shown) if m.group("year") == words]
    if not named:
        return False
    # Not when the passage names a period of its own: "In the first nine months, net was
    # $306 million, compared with a loss of $195 million in the 1988 period".
    rest = shown[: named[0].start()] + shown[named[0].end() :]
    return _OWN_PERIOD.search(rest) is None


def year_back(words: str, shown: str, period: DateValue) -> bool | None:
    """How a time a year back (`words`) counts in a passage of a results story (`shown`): True,
    as the story's period a year before (`last_year_compared`) or in the year named
    (`named_year_period`); False, not at all, being the
    base of a change of the story's period (`change_from_a_year_ago`); None, as the rules
    after say."""
    if last_year_compared(words, shown, period) or named_year_period(words, shown, period):
        return True
    return False if change_from_a_year_ago(shown) else None


# A market's move: a price, an index or a currency that rose, fell or closed. Read in a
# lowercased text: a case-blind pattern costs each dated sentence three times as much.
_MARKET_WORDS = (
    "trading traded shares stocks? prices index dollar bonds? currenc(?:y|ies) futures volume "
    "issues".split()
)
_MARKET = WordSearch("(?:" + first_letters(_MARKET_WORDS) + r")\b")  # spelt: word_patterns.py
# The letters each of its words opens on, before any optional part: a text that holds none of
# them is spared the search (most dated passages).
_MARKET_STEMS = tuple(re.sub(r".\?.*|\(.*", "", word) for word in _MARKET_WORDS)
_MOVE = re.compile(
    r"\b(?:rose|fell|gained|lost|closed|close|dropped|declined|soared|plunged|slipped|climbed|"
    r"advanced|eased|edged|shed|tumbled|jumped|finished|ended|outstripped|totall?ed|"
    r"outnumbered|recovered|rallied|sank|slid|surged)\b"
)


def market_move(lower: str, start: int = 0, end: int | None = None) -> bool:
    """Whether lowercased text (from start to end) tells a market's move of a day: "stock
    prices fell sharply in active trading", "primerica closed at $28.25, down 50 cents"."""
    end = len(lower) if end is None else end
    if not holds_any(lower[start:end], _MARKET_STEMS):
        return False
    return _MARKET.found(lower, start, end) and _MOVE.search(lower, start, end) is not None


# A price's close: "closed at $29", "closed down $1.875", "closed unchanged at $10.625".
_CLOSE = re.compile(
    r"\bclos(?:ed|ing)\s+(?:(?:unchanged|up|down|higher|lower|off)\b|at\s+[$£€#]?\s?\d)"
)


def market_day(lower: str, undated: bool) -> bool:
    """Whether a lowercased passage is of the market day the story tells of: a market's move
    when nothing else dates it (`undated`: no narrative time either), a price's close even
    when a narrative time does ("Earnings will be disclosed this morning. Class H closed at
    $29, up 25 cents in composite trading": the close is of the trading day, not the morning)."""
    if not undated and _CLOSE.search(lower) is None:
        return False
    return market_move(lower)
