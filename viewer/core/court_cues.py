"""A court report's retelling of the case: a passage of the trial, not a happening of its own.

Long court reports (a verdict, a sentencing, a trial) retell the case through what was said in
court: what a witness testified ("A state trooper testified she pulled Flynn over for
speeding"), what an attorney reminded the jurors of or argued again ("Howell reminded jurors
that the cellular experts testified about…", "Gotcher suggested the light could have been from
a phone charger"), what the jury heard and weighed ("Family members listened to testimony that
included…", "According to three jurors who spoke briefly outside the courtroom, the decision
was a difficult one"), what the prosecution told of the defendant's past acts ("Those appetites
included…, prosecutors said"). Past the lede and with no time of its own, such a sentence is a
passage of the trial's events (section 1 of docs/events.md: a source's account of how a
happening already reported went), not a happening on the publication day. The happenings of a
court report stay events: a verdict, a sentence, a ruling, a plea, a new charge, a mistrial
motion, and what is planned ahead. So does an attorney's first argument in the story (the turn
of that side: "In his closing statement, defense attorney Gotcher argued…"); the same
attorney's later lines continue it.
"""

from __future__ import annotations

import re

from viewer.core.detail_cues import step_of_its_own, told_ahead
from viewer.core.holds import holds_any, places_of
from viewer.core.lowered import lowered
from viewer.core.model import Event
from viewer.core.word_patterns import WordSearch, first_letters

# Testimony told again: a witness testified, evidence was presented or played to the jury,
# what the jurors heard, the jurors' or the prosecution's account as a source, what witnesses
# say as the sentence's source ("Witnesses say defendant Yvonne Hiller had long complained…").
_TESTIMONY = re.compile(
    r"\btestif(?:ied|ies)\b(?!\s+(?:earlier|previously|before)\b)"
    r"|\b(?:according\s+to|listened\s+to|heard)\s+(?:\w+\s+){0,2}?(?:testimony|evidence)\b"
    r"|\b(?:evidence|testimony)\s+presented\b"
    r"|\b(?:for|to|reminded|told|showed)\s+(?:the\s+)?jur(?:y|ors)\b"
    r"|\baccording\s+to\s+(?:\w+\s+){0,2}?jurors\b"
    r"|\bjurors?(?:\s+[a-z][\w'’.-]*){0,3}\s+(?:said|added|told)\b"
)
# What witnesses say, as the sentence's source: testimony told again, unless it tells a step
# of its own or a death ("Witnesses say Horton died trying to shield several students").
_WITNESSES = re.compile(r"^(?:\w+\s+){0,2}?witnesses\s+(?:say|said|told|described)\b")
# The prosecution as the source: in a story of a trial, its account of the case.
_PROSECUTION = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?prosecutors\b"
    r"|(?<!\band\s)\bprosecutors?(?:\s+[a-z][\w'’.-]*){0,3}\s+(?:said|added|told)\b"
)
# A story of a trial: what was told before names the jury, the testimony or the trial.
_TRIAL = WordSearch(  # spelt by first letters, asked case-blind: word_patterns.py
    "(?:" + first_letters("jury jurors testimony testified trial".split()) + r")\b", blind=True
)
# An attorney's argument in court, or a witness's line: it continues what one who has already
# argued or testified in the story told ("Gotcher suggested…", "…, Minor stated.", "She
# recalled her daughter being on the front steps").
_ARGUED = re.compile(
    r"(?P<who>[A-Z][\w'’-]+|[Hh]e|[Ss]he)\s+(?:also\s+|further\s+|then\s+)?"
    r"(?P<verb>contended|argued|suggested|said|stated|added|recalled)\b"
)
# The questions and answers of an examination in court, and evidence read out: "Lynch asked
# Coleman, who in turn said…", "When asked about the friend…, he then answered…", "To which
# she replied," and a witness owning up to what was put ("He admitted he was lying"; not
# "admitted the charge" or "admitted manslaughter", a plea). Not a request ("asked the judge
# to…", "asked for the death penalty").
_EXCHANGE = re.compile(
    r"\basked\b(?!\s+(?:[\w'’-]+\s+){0,3}?(?:to\s+[a-z]|for\b))"
    r"|\b(?:answered|responded(?!\s+to\b)|replied)\b"
    r"|\badmitted\s+(?:that\s+)?(?:he|she|they|i)\b"
    # Evidence read out in court: "The FBI agent also read from a priesthood record, in which…"
    r"|\bread\s+(?:aloud\s+)?from\b"
)
# A step of its own told in a court report: a verdict, a sentence, a ruling, a plea, a charge,
# a mistrial.
_STEP = WordSearch(  # spelt by first letters, asked case-blind: word_patterns.py
    "(?:"
    + first_letters(
        r"""convict\w* acquit\w* sentenc\w* verdict guilty ruled ruling plea(?:d|ds|ded|s)? pled
        indict\w* charg(?:e|es|ed|ing) mistrial deliberat\w* decided arrest\w*""".split()
    )
    + r")\b",
    blind=True,
)
# The words of an examination's questions and answers (_EXCHANGE), one of them at least.
_EXCHANGE_WORDS = ("asked", "answered", "responded", "replied", "admitted", "read ")
# The cues that may hold with no one having argued or testified before: the rest ("said",
# "stated") are lines, which continue one who did; an examination's questions and answers
# hold in a story of a trial.
_OWN_CUES = (
    "testi",
    "witnesses",
    "jur",
    "prosecutor",
    "evidence",
    "contended",
    "argued",
    "suggested",
    *_EXCHANGE_WORDS,
)
# The words a court report's cues need, one of them at least: most sentences are spared the
# scans.
_LINES = ("said", "stated", "recalled")
_NEEDS = (*_OWN_CUES, *_LINES)
# The words of arguing or testifying that a line continues (_SPOKE, _ARGUING), as written, and
# of a witness named as one (_WITNESS).
_SPOKE_WORDS = ("contended", "argued", "suggested", "reminded", "testified", "laid out", "witness")
_PRONOUNS = frozenset(("he", "she"))
# How many of the story's last events an earlier argument or testimony is looked for in.
_RECENT = 12
# Who has argued or testified in court before: a name, then a verb of arguing or testifying
# ("Gotcher of McAlester argued"), or of an attorney laying out a side's case ("Rossi laid out
# the prosecution's case").
_SPOKE = (
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:also\s+)?"
    r"(?:contended|argued|suggested|reminded|testified|laid\s+out\s+(?:\S+\s+){0,3}?case)\b"
)
# Who was called as a witness before, the name after the word: "The prosecution's first witness
# was Kathina's mother, Shondell McAllister, who…".
_WITNESS = r"\bwitness(?:es)?(?:,|\s+(?:was|is|were))\s+(?:[\w'’,-]+\s+){0,4}?"
# An argument told in the passage before: "he said …" after it goes on with it.
_ARGUING = re.compile(_SPOKE[_SPOKE.index("(?:also") :])
_WORD = re.compile(r"[\w'’-]+")
# A witness told just before a place: `_WITNESS` up to the end (searched up to the place).
_WITNESS_BEFORE = re.compile(rf"{_WITNESS}\Z")
_SAYING = frozenset(("said", "stated", "added"))
# A testimony opened by a contrast, its witness named before the verb (an apposition between):
# "But Officer Michael Murphy, from the Seventh District, testified that…".
_CONTRARY = re.compile(
    r"(?:But|Yet|However,?)\s+(?:[A-Z][\w.'’-]*\s+){0,4}(?P<who>[A-Z][\w'’-]+)"
    r"(?:,[^,]{1,60},)?\s+testified\b"
)
# A quotation closed in the sentence: only such a one is blanked, and the words after a mark
# left open (a quotation running on into the next paragraph) are read with the reporting.
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def testimony(text: str) -> bool:
    """Whether a sentence tells testimony told again, outside its quotations ("Officer Michael
    Murphy testified that Hiller fired at him"): what was said at the hearing."""
    if "testi" not in text and "jur" not in text and "evidence" not in text:
        return False  # most sentences: the pattern need not be run
    return _TESTIMONY.search(_QUOTED.sub(" ", text).lower()) is not None


def court_told(text: str, before: str, last: str = "") -> bool:
    """Whether a sentence (`text`, on one line) retells the case the way court reports do:
    testimony told again, what the jury heard, what the jurors or the prosecution said of it,
    or a line of one who has argued or testified in the story before (`before`, the words of
    the story told so far; `last`, the passage that opened the event just before)."""
    outside = _retold(text)
    return outside is not None and _continued(outside, before, last)


def _retold(text: str) -> str | None:
    """The words a sentence tells outside its quotations, when it may retell the case: a
    court report's cue, and no step of its own; else None."""
    if not holds_any(lowered(text), _NEEDS):
        return None  # most sentences: the scans below need not be run
    outside = _QUOTED.sub(" ", text)
    low = outside.lower()
    cued = any(cue.search(low) for cue in (_TESTIMONY, _PROSECUTION, _WITNESSES)) or bool(
        _ARGUED.search(outside) or (holds_any(low, _EXCHANGE_WORDS) and _EXCHANGE.search(low))
    )
    if cued and not _STEP.found(outside) and not told_ahead(outside):
        return outside
    return None


def _continued(outside: str, before: str, last: str) -> bool:
    """Whether a sentence's court cue (in `outside`, its words outside quotations) holds on
    the story so far: testimony told again holds by itself, the prosecution's account in a
    story of a trial; an argument or a line continues one who argued or testified before,
    "he said" the argument just before."""
    low = outside.lower()
    if _TESTIMONY.search(low) is not None:
        return not _gainsaid(outside, before)
    if _WITNESSES.search(low) is not None and not step_of_its_own(low):
        return True
    trial = _TRIAL.found(before)
    if trial and (_PROSECUTION.search(low) is not None or _EXCHANGE.search(low) is not None):
        return True
    for argued in _ARGUED.finditer(outside):
        who, verb = argued["who"], argued["verb"]
        if who.lower() not in _PRONOUNS:
            if _spoke(who, before):
                return True
        elif verb == "recalled":
            if trial:  # "She recalled…": a witness's testimony, in a story of a trial
                return True
        elif verb not in _SAYING or _ARGUING.search(last) is not None:
            return True
    return False


def _gainsaid(outside: str, before: str) -> bool:
    """Whether a testimony opens on a contrast and a witness new to the story (`before`): "But
    Officer Michael Murphy, from the Seventh District, testified that Hiller fired at him"
    after her own account: another witness's turn, not a line of the one before."""
    contrary = _CONTRARY.match(outside)
    return contrary is not None and not _spoke(contrary["who"], before)


def _spoke(who: str, before: str) -> bool:
    """Whether one named (`who`) has argued or testified in the story told so far, or was
    called as a witness."""
    if who not in before:
        return False  # most names: no pattern made and searched for
    for verb in _ARGUING.finditer(before):
        if verb.start() and before[verb.start() - 1].isspace():
            words = before[max(0, verb.start() - 120) : verb.start()].split()[-4:]
            if who in words and all(_WORD.fullmatch(w) for w in words[words.index(who) + 1 :]):
                return True  # the name, up to three words, the verb (_SPOKE), no name's pattern
    return _called_as_witness(who, before)


def _called_as_witness(who: str, before: str) -> bool:
    """Whether the words before tell one named (`who`) as a witness: `_WITNESS`, then the name.

    The name's places are found, then a witness just before one: a pattern made for each name
    would be compiled again and again, as a corpus names thousands."""
    return "witness" in before and any(
        _WITNESS_BEFORE.search(before, 0, at) for at in places_of(before, who)
    )


def court_of(events: list[Event], shown: str) -> Event | None:
    """The event a court report's retelling of the case (`shown`, with no time of its own,
    told after the lede) is a passage of: the one before it. Who argued or testified before
    is looked for in the lede and the story's last events."""
    if not events:
        return None
    low = lowered(shown)
    own = holds_any(low, _OWN_CUES)  # the cues of _NEEDS asked once: first those, then lines
    if not own and not holds_any(low, _LINES):
        return None  # most sentences: no cue of a court report
    # The lede and the story's last events: a long story is not read again for each line.
    told = events if len(events) <= _RECENT else [events[0], *events[-_RECENT:]]
    before = " ".join(p.text for event in told for p in event.passages)
    if not own and not holds_any(before, _SPOKE_WORDS):
        return None  # a line ("X said") continues only one who argued or testified before
    outside = _retold(shown)
    if outside is None:
        return None
    return events[-1] if _continued(outside, before, events[-1].primary.text) else None
