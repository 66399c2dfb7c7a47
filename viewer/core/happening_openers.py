"""The openers of a clause that reports a happening of its own time, as `happenings` finds
them in a lowercased copy of a sentence: the pattern spelt by first letters (word_patterns.py),
so that a search passes over most characters at once; where an opener found opens a clause.
And the report told after what it reports, looked for at the one comma where it can start."""

from __future__ import annotations

import re

from viewer.core.past_tense import past_form
from viewer.core.relative_main_verb import relative_main_verb
from viewer.core.word_patterns import WordSearch, first_letters

# The words that open a clause of a happening (`happenings._OPENER`), and "versus": "Although
# the government said the economy grew 2.5% in the third quarter, …"; "having",
# a perfect participle's phrase ("listed de Mathan as having donated … in 1995"); "despite",
# a conceded act ("Despite his arrest … early yesterday", concession.py); "that", a relative
# clause on the sentence's subject only ("A dog that went missing on Monday | was found …").
CLAUSE_WORDS = """since after following when while as who which whose where although having
despite that saying""".split()
_WORDS = [*CLAUSE_WORDS, "versus"]
# The same matches as `happenings._OPENER` without IGNORECASE (tests/core/test_word_patterns.py).
OPENER_LOWERED = (
    "(?:"
    + first_letters(
        [f"{w}\\b" for w in _WORDS]
        + [r"compared\s+(?:with|to)\b", r"up\s+from\b", r"down\s+from\b"]
    )
    + '|“(?=[^”"]{12,}[”"])|"(?=[^”"]{12,}[”"]))'
)
# Verbs of reporting, by first letters: `\b(?:said|says|…)` as `happenings` looks for them.
REPORTING = first_letters(
    """said says reported reports announced told confirmed disclosed revealed added noted
    estimated indicated showed testified testifies admitted acknowledged stated claimed
    alleged insisted argued wrote""".split()
)
# Every verb of a report that `happenings` names in its patterns of a report and what it
# reports: a sentence without one is asked no more.
REPORT_VERB = WordSearch(rf"(?:{REPORTING})\b")
# "Jobs grew in January, the government reported on Friday": the report, after the comma;
# figures published tell as a teller does ("Inflation fell in November, figures showed on
# Tuesday").
REPORTED_AFTER = re.compile(
    r",\s*((?:[^,;“\"]{1,60}?)\b(?:said|says|reported|reports|announced|told|confirmed|"
    r"added|noted|estimated|showed|show)\b[^,;“\"]*)$"
)


def reported_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """`REPORTED_AFTER.search(text, start, end)`: past its comma a match holds no comma, up to
    the end, so the last comma is the only place it can start; the search would try each.
    A participle's comment, a cause or a circumstance after the report ("…, the council
    confirmed on Thursday, ending a campaign by parents"; "…, officials announced Thursday,
    after a dry autumn") goes with it: the report then ends at the comment's comma."""
    comma = text.rfind(",", start, end)
    if comma < 0:
        return None
    found = REPORTED_AFTER.match(text, comma, end)
    if found is None and _COMMENT.match(text, comma, end):
        before = text.rfind(",", start, comma)
        found = REPORTED_AFTER.match(text, before, comma) if before >= 0 else None
    return found


_COMMENT = re.compile(r",\s+(?:[a-z]{2,}ing|after|amid|following|despite|citing)\b")


# Between an opener and a date it governs directly ("after 2:30 a.m.", "just after 11:30
# p.m."): a time, not a clause.
_TIME_OPENER = re.compile(r"after|following", re.IGNORECASE)
_OPENS_ON_DATE = re.compile(r"\s*(?:(?:about|around|just|shortly|some)\s+)?$", re.IGNORECASE)


def no_clause_after(text: str, m: re.Match[str], date_start: int) -> bool:
    """Whether the opener `m` is a preposition of the date at `date_start`, not a clause of a
    happening."""
    return bool(_TIME_OPENER.match(m.group(0))) and bool(
        _OPENS_ON_DATE.match(text, m.end(), date_start)
    )


def is_clause_head(text: str, start: int, m: re.Match[str], end: int) -> bool:
    """ "as" and "while" open a clause only after a comma or at the sentence's start, "where"
    and "saying" only after a comma ("leave Friday for Pittsburgh, where they will face the
    Steelers…"), "that" only as a relative clause on the subject of a sentence ending in
    `end`."""
    word = m.group(0).lower()
    if _acronym(text, m):
        return False  # "The WHO declared …": the organisation, not "who"
    if word == "that":
        return subject_relative(text, start, m, end)
    if word == "where":  # or with a time of its own set off after it: "where, that night, …"
        return mark_before(text, m.start(), start) == "," or text.startswith(",", m.end())
    if word == "saying":  # ", saying the President signed it last Friday"; not "as saying"
        return mark_before(text, m.start(), start) == ","
    if word not in ("as", "while"):
        return True
    return mark_before(text, m.start(), start) in ',;:—–“"('  # "" at the start: a head too


def mark_before(text: str, at: int, floor: int = 0) -> str:
    """The last character before `at` (not before `floor`) that is not a space; "" if none."""
    while at > floor and text[at - 1].isspace():
        at -= 1
    return text[at - 1 : at] if at > floor else ""


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _acronym(text: str, m: re.Match[str]) -> bool:
    """Whether an opener is written in capitals in a sentence that is not ("The WHO declared
    …", "the AS Roma coach"): an acronym, not the word; in a headline in capitals ("MAN WHO
    STOLE CAR") it is the word."""
    written = text[m.start() : m.end()]  # the match may be of a lowercased copy
    if len(written) < 2 or not written.isupper():
        return False
    after = _NEXT_WORD.match(text, m.end())
    return after is not None and not after.group(1).isupper()


# A subject opening a sentence: a determiner and at most four words, none of them a verb.
_SUBJECT_HEAD = re.compile(
    r"[\W_]*(?:an?|the|this|these|those|his|her|its|their|our|one|two|three|four|five|several"
    r"|some|many|most|all)\s+((?:[A-Za-z'’-]+\s+){1,4})$",
    re.IGNORECASE,
)
_VERB_BEFORE_THAT = frozenset(
    """is are was were has have had will would can could may might must should do does did
    says say shows show suggests suggest means mean finds find believes believe thinks think
    knows know argues argue claims claim insists insist warns warn fears fear hopes hope
    expects expect notes note adds add requires require states state reports report confirms
    confirm denies deny admits admit estimates estimate predicts predict ensures ensure""".split()
)


def subject_relative(text: str, start: int, m: re.Match[str], end: int) -> bool:
    """Whether "that" at m opens a relative clause on the subject the sentence (from `start`
    to `end`) opens with, which ends before the subject's own verb: "A red panda that slipped
    out of its enclosure late Monday | was found safe Wednesday", "The man that police
    arrested on Monday | was charged" (not "The report shows that …", "Officials said that …")."""
    head = _SUBJECT_HEAD.match(text, start, m.start())
    if head is None:
        return False
    words = head.group(1).lower().split()
    if any(w in _VERB_BEFORE_THAT or past_form(w) for w in words):
        return False
    return relative_main_verb(text, m.end(), end) is not None
