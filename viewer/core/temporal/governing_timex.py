"""Which time expression of a sentence dates its main event, and which only date side clauses."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from viewer.core.holds import holds_any
from viewer.core.lowered import lowered
from viewer.core.relative_main_verb import reduced_relative_end
from viewer.core.sentence_tense import told_in_past
from viewer.core.temporal.charged_times import CHARGE_WORDS as _CHARGE_WORDS
from viewer.core.temporal.charged_times import charged_act
from viewer.core.temporal.compared_times import POSSESSIVE as _POSSESSIVE
from viewer.core.temporal.compared_times import compared_clauses, compared_with
from viewer.core.temporal.context import WEEKDAY
from viewer.core.temporal.credited_times import credited_act
from viewer.core.temporal.deadline_times import deadline
from viewer.core.temporal.noun_participles import (
    acted_on,
    object_participle,
    standing_participle,
    subject_participle,
)
from viewer.core.temporal.owned_times import (
    chance_of,
    noun_time_ahead,
    nouns_times,
    object_year,
    results_for,
    subject_time,
)
from viewer.core.temporal.plans_set_off import plans_set_off
from viewer.core.temporal.relative_times import relative_clauses
from viewer.core.temporal.speaker_described import speaker_described
from viewer.core.temporal.spelt_openers import (
    openers_by_first_letters,
    top_level,
    words_by_first_letters,
)
from viewer.core.temporal.timex import Timex

# Subordinators that open a clause or phrase dating something other than the main event:
# "Since Russia invaded Ukraine on February 24, the US has imposed sanctions".
_ANYWHERE = r"since|after|before|until|till|because|although|though|unless|whereas"
# Not "ahead of schedule", "ahead of time": early, no other happening.
_ANYWHERE += r"|ahead\s+of(?!\s+(?:schedule|time|target|plan|forecasts?|expectations?)\b)"
_ANYWHERE += r"|following|prior\s+to"
# A figure's comparison: "the dollar was at 142.10 yen compared with 141.52 yen Wednesday".
_ANYWHERE += r"|compared\s+(?:with|to)|versus"
# These are subordinators only at the head of a clause ("As NATO leaders met in Madrid, ...").
_CLAUSE_HEAD = r"as|when|while|if|whenever|once"
_HEAD_MARKS = ',;:—–"“‘'  # a clause head after one of these (or at the start)
_SUBORDINATE = re.compile(
    rf"\b(?:{_ANYWHERE})\b|(?:^|[{_HEAD_MARKS}]\s*)(?:{_CLAUSE_HEAD})\b", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[,;:—–\s](?:(?<=[,;:—–])|(?<=\s)-\s)")  # `[,;:—–]|\s-\s`, skipped to
# A clause head after the conjunction that opens a sentence: "And while there was no profit
# this year from discontinued operations, last year they contributed #34 million".
_JOINED_HEAD = re.compile(rf"\W*(?:and|but|yet)\s+(?:{_CLAUSE_HEAD})\b", re.IGNORECASE)
# Reported content and relative clauses: their dates matter less than the main verb's.
_COMPLEMENT_WORDS = "that|which|who|whom|whose"
_COMPLEMENT = re.compile(rf"\b(?:{_COMPLEMENT_WORDS})\b", re.IGNORECASE)
# A day named in what a happening followed, told as a noun phrase with no verb of its own:
# "a deputy died after a shooting Saturday afternoon", "was arrested following a chase on
# Monday". News gives such a lede one time, the cause's: the happening is of that day too.
_CAUSE = re.compile(
    r"\b(?:after|following)\s+(?!(?:he|she|they|it|we|i|you)\b)(?:[\w'’-]+\s+){1,4}(?:on\s+)?$",
    re.IGNORECASE,
)
# A state told in the present after a happening of a day: the state is news of that day ("The
# series is level at 2-2 after Boston won the fourth game on Sunday").
_STATE_AFTER = re.compile(
    r"\b(?:is|are)\s[^,;:()“”\"]{0,40}\b(?:after|following)\s+(?:[\w'’-]+\s+){1,7}(?:on\s+)?$",
    re.IGNORECASE,
)
# The same phrase opening the sentence, its time closing it before the comma: "Following his
# arraignment in New Bedford District Court today, Mr. Gomes was ordered held". A longer noun
# phrase, a place in it; no verb in "-ed" ("After the company announced …"): no clause.
_FRONTED_CAUSE = re.compile(
    r"[\W_]*(?:after|following)\s+(?!(?:he|she|they|it|we|i|you)\b)"
    r"(?:(?![\w'’-]{3,}ed\s)[\w'’.-]+\s+){1,7}(?:on\s+)?",
    re.IGNORECASE,
)
# What was done to the subject, told as a passive gerund after "after" with its day: the
# happening the sentence's state follows ("A man is in hospital after being stabbed in a park
# on Saturday night"): of that day, as a cause told by its noun is.
_DONE_TO = re.compile(
    r"\b(?:after|following)\s+being\s+[a-z]+(?:ed|en|wn|t)\s+(?:[\w'’-]+\s+){0,6}(?:on\s+)?$",
    re.IGNORECASE,
)
_CAUSE_VERBS = frozenset({"was", "were", "is", "are", "had", "has", "have", "been", "be"})
_DAY_PRECISIONS = frozenset({"day", "time"})
# The openers without IGNORECASE, for a lowercased copy of a sentence: the same matches at less
# cost, unless the sentence has a letter that IGNORECASE takes for an ASCII one and lowering
# does not make one (dotless i, long s; a dotted capital I lowers to two characters).
# Spelt by first letters, the engine passes over what no match starts on (spelt_openers.py).
_LOWERED = {
    _SUBORDINATE: re.compile(openers_by_first_letters(_ANYWHERE, _CLAUSE_HEAD, _HEAD_MARKS)),
    _COMPLEMENT: re.compile(words_by_first_letters(_COMPLEMENT_WORDS)),
}
_FOLDED_APART = ("ı", "ſ")
# Where _SUBORDINATE matches in a lowercased sentence, the sentence holds the first word of one
# of its openers ("ahead" of "ahead of"), opens on a clause head, or has one after a mark. Most
# sentences do none of these: the look-ups cost a third of the scan they spare.
_ANYWHERE_FIRST_WORDS = tuple(w.split("\\", 1)[0] for w in top_level(_ANYWHERE))
_HEADS = tuple(top_level(_CLAUSE_HEAD))
_HEAD_AFTER_MARK = re.compile(rf"[{_HEAD_MARKS}]\s*(?:{_CLAUSE_HEAD})\b")


def _may_subordinate(low: str) -> bool:
    """Whether the lowered _SUBORDINATE may match in a lowercased sentence."""
    return (
        holds_any(low, _ANYWHERE_FIRST_WORDS)
        or low.startswith(_HEADS)
        or _HEAD_AFTER_MARK.search(low) is not None
    )


def _regions(
    text: str, start: int, end: int, opener: re.Pattern[str], last: int | None = None
) -> list[tuple[int, int]]:
    """Spans from each opener to the end of its clause, in absolute offsets, in order of their
    starts; when `last` is given, only those opening at or before it (the spans that can contain
    what starts there)."""
    sentence = text[start:end]
    spans = []
    stop: re.Match[str] | None = None
    searched = False
    for m in _openers(sentence, opener):
        if last is not None and start + m.start() > last:
            break
        # The clause end found for an earlier opener serves every opener before it: a long
        # sentence with many openers and no clause end is read once, not once per opener.
        if not searched or (stop is not None and stop.start() < m.end()):
            stop = _CLAUSE_END.search(sentence, m.end())
            searched = True
        spans.append((start + m.start(), start + (stop.start() if stop else len(sentence))))
    return spans


def _openers(sentence: str, opener: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of an opener pattern in a sentence, found in a lowercased copy of it when
    that finds the same ones."""
    low = lowered(sentence)  # the sentence's, lowered for its cues
    if len(low) == len(sentence) and not holds_any(sentence, _FOLDED_APART):
        if opener is _SUBORDINATE and not _may_subordinate(low):
            return iter(())  # no match: the scan need not be run
        return _LOWERED[opener].finditer(low)
    return opener.finditer(sentence)


def _inside_flags(timexes: Sequence[Timex], spans: list[tuple[int, int]]) -> list[bool]:
    """For each timex, whether it lies inside one of `spans` (in order of their starts). A
    timex lies inside one exactly when, of the spans opening at or before it, the one reaching
    furthest reaches its end: one sweep over both, in order of their starts."""
    order = sorted(range(len(timexes)), key=lambda i: timexes[i].start)
    flags = [False] * len(timexes)
    reach, next_span = -1, 0
    for i in order:
        t = timexes[i]
        while next_span < len(spans) and spans[next_span][0] <= t.start:
            reach = max(reach, spans[next_span][1])
            next_span += 1
        flags[i] = t.end <= reach
    return flags


def governing(text: str, start: int, end: int, timexes: Sequence[Timex]) -> Timex | None:
    """Of the timexes inside text[start:end] (one sentence), the one dating its main event.

    Expressions in subordinate clauses ("since ...", "before ...") and deadlines ("by Friday")
    never govern; references and durations do not date an event. None when nothing qualifies.
    """
    candidates = [
        t
        for t in timexes
        if start <= t.start
        and t.end <= end
        and t.type in ("DATE", "TIME")
        and t.precision is not None
        and t.first is not None
    ]
    if not candidates:
        return None
    # The clause scans cost more than all the rest: each reads only as far as it has to.
    subordinate = _regions(text, start, end, _SUBORDINATE, last=max(t.start for t in candidates))
    if (joined := _JOINED_HEAD.match(text, start, end)) is not None:
        stop = _CLAUSE_END.search(text, joined.end(), end)
        subordinate.insert(0, (joined.start(), stop.start() if stop else end))
    if subordinate:
        subordinate = _clauses_only(text, subordinate, candidates)
    if (accused := _accused_of(text, start, end)) is not None:
        subordinate = sorted([*subordinate, accused])
    if (charged := charged_act(text, start, end, candidates)) is not None:
        subordinate = sorted([*subordinate, charged])
    if text.find("than", start, end) >= 0:
        subordinate = sorted([*subordinate, *compared_clauses(text, start, end, _CLAUSE_END)])
    if text.find(",", start, end) >= 0:
        subordinate = sorted([*subordinate, *_appositives(text, start, end, candidates)])
        # "The mayor, whose term ends in May, fired the police chief": May is the term's.
        subordinate = sorted([*subordinate, *relative_clauses(text, start, end, candidates)])
    if phrases := _noun_participles(text, start, end):
        subordinate = sorted([*subordinate, *phrases])
    described = speaker_described(text, start, end, candidates)
    kept = [
        t
        for t, side in zip(candidates, _inside_flags(candidates, subordinate), strict=True)
        if not side
        and t not in described
        and not deadline(text, start, end, t)
        and not compared_with(text, t)
        and not noun_time_ahead(text, start, t)
        and not object_year(text, start, t)
        and not subject_time(text, start, t)
        and not chance_of(text, start, t)
    ]
    if not kept:
        return _cause_day(text, start, candidates) or _framing_time(text, start, candidates)
    if len(kept) > 1:
        kept = _not_results_periods(text, start, end, kept)
    if len(kept) == 1:
        return kept[0]
    complement = _regions(text, start, end, _COMPLEMENT, last=max(t.start for t in kept))
    if (reduced := reduced_relative_end(text, start, end)) is not None:
        complement = sorted([*complement, reduced])  # "A painting stolen in 2020 | has …"
    return _best_ranked(text, start, kept, _inside_flags(kept, complement))


def _not_results_periods(text: str, start: int, end: int, kept: list[Timex]) -> list[Timex]:
    """The times kept less a period results are told for, in a sentence not told in the past
    that names a time of its own: "The results for the third quarter will be published on
    Friday" is the Friday; "The job figures for January extended a surge …" stays January."""
    ours = [t for t in kept if not results_for(text, t)]
    if not ours or len(ours) == len(kept) or told_in_past(text[start:end]):
        return kept  # (most sentences name no such period: the tense is seldom read)
    return ours


def _noun_participles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The participle phrases describing a noun, with their times, that date nothing the
    sentence tells: after the verb's object, in the subject, or after a standing fact's object
    ("The recall covers Corolla sedans | built in 2012"; `noun_participles`)."""
    found = (
        object_participle(text, start, end),
        subject_participle(text, start, end),
        standing_participle(text, start, end),
    )
    return [span for span in found if span is not None]


def _best_ranked(text: str, start: int, kept: Sequence[Timex], reported: list[bool]) -> Timex:
    """Of the times kept, the first of the main clause's (those of reported or relative
    clauses after them), refined by a finer one inside it."""
    # A time of another happening than the main clause's ranks after its own: a reported
    # clause's, or one told as a noun's (`nouns_times`).
    nouns = nouns_times(text, start, kept)
    ranked = [(1 if reported[i] or nouns[i] else 0, i, t) for i, t in enumerate(kept)]
    ranked.sort(key=lambda r: (r[0], r[1]))
    best_rank, _, best = ranked[0]
    if ATTRIBUTIVE.search(best.text):
        best = _preposed(text, [t for rank, _, t in ranked if rank == best_rank]) or best
    # A finer date inside the chosen one refines it: "in March, on March 8".
    for rank, _, t in ranked[1:]:
        if rank == best_rank and _finer_within(t, best):
            best = t
    return best


def _time_after(candidates: Sequence[Timex], at: int) -> bool:
    """Whether a time comes after `at`: a participle phrase's time gives way to the main
    clause's own ("Born in 1935, she moved to Britain in 1961"), and dates it when the main
    clause names none ("Injured in a crash on Sunday, he was airlifted to hospital")."""
    return any(t.start >= at for t in candidates)


# "before", "after" or "since" right before a time of its own is a preposition of time, not a
# clause: "was arrested just before midnight yesterday", "hit its highest level since 2020 on
# Monday" (not "after Friday's vote": another event's).
_TIME_PREPOSITION = re.compile(r"(?:before|after|since)\s+", re.IGNORECASE)


# "before" or "after" with nothing after it, an adverb: "had done so once before -- in 1988",
# "soon after, in March". It opens no clause, and the time after it may govern.
_ADVERB = re.compile(r"(?:before|after)\s*(?:[,;:.!?—–()]|--|\s-\s|$)", re.IGNORECASE)


# "before" after a verb of appearing is a preposition of place: "is due to appear before
# magistrates on Tuesday", "testified before the committee on Monday".
_BEFORE_BODY = re.compile(
    r"\b(?:appear(?:s|ed|ing)?|testif(?:y|ies|ied|ying)|st(?:and|ands|ood|anding)|brought|"
    r"(?:was|were|be|been)\s+taken|came|come|comes|went|go|goes|pleaded|pled)\s+$",
    re.IGNORECASE,
)


# A past participle by its shape, or one of the irregular ones news sets off after a noun.
SET_OFF_PARTICIPLE = r"(?:[a-z]{3,}(?:ed|en|wn)|born|built|made|held|won|set|begun)"
# A participle set off by commas after a noun, with its time: "The company, founded in 1998,
# filed for bankruptcy on Friday". The time is the noun's, not the main verb's.
_APPOSITIVE = re.compile(
    r",\s+(?:(?:first|originally)\s+)?"
    + SET_OFF_PARTICIPLE
    + r"\s+(?:(?:up|out|off|down)\s+)?"  # "first drawn up in 2009"
    # "published by a small press in March 2023", "signed from the Hawks in the spring"
    r"(?:(?:by|from|for|with|to|as)\s+[^,;()“”\"]{1,30}?\s+)?"
    r"(?:in|on|at|during|since)\s+[^,;()“”\"]{1,40}(?:,|$)"  # or closing the sentence
)


# The same phrase opening the sentence, before its subject: "Born in Lisbon in 1935, she moved
# to Britain in 1961", "Founded in 1890, the firm opened its first office abroad in 1925". The
# time is the participle's; the main clause's own time dates the main clause.
_FRONTED_PARTICIPLE = re.compile(
    r"[\W_]*(?:[A-Z][a-z]{2,}(?:ed|en|wn)|Born|Built|Made|Held|Won|Set|Begun|Sent|Brought"
    r"|Sold|Bought|Caught|Struck|Found|Led|Kept|Lost|Hit|Shot|Taught|Paid|Spent)\s+"
    r"(?:in|on|at|during|by|as|from|to|after|with|for|last|this|earlier|shortly|early|late"
    r"|just|first)\b[^,;:()“”\"]{0,60}"
    # A place set off by its own commas, the time after it: "Born in Memphis, Tennessee, in
    # 1935, Holt joined the Army in 1953".
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+(?:in|on|at|during)\b[^,;:()“”\"]{0,40})?,"
)


def _appositives(
    text: str, start: int, end: int, candidates: Sequence[Timex]
) -> list[tuple[int, int]]:
    """The participle phrases set off by commas in text[start:end], as spans: one opening the
    sentence only when a time comes after it."""
    found = [
        (m.start(), m.end())
        for m in _APPOSITIVE.finditer(text, start, end)
        if not _same_occasion(text, start, end, (m.start(), m.end()), candidates)
        and (text[m.end() - 1] == "," or _after_main_clause(text, start, m.start()))
    ]
    found += [span for span in plans_set_off(text, start, end) if span not in found]
    fronted = _FRONTED_PARTICIPLE.match(text, start, end)
    if fronted is not None and _time_after(candidates, fronted.end()):
        found.insert(0, (fronted.start(), fronted.end()))
    described = _SUBJECT_DESCRIBED.match(text, start, end)
    if described is not None and _time_after(candidates, described.end()):
        found.insert(0, (described.start(1), described.end()))
    return found


def _after_main_clause(text: str, start: int, at: int) -> bool:
    """Whether a participle phrase closing the sentence at `at` follows a whole main clause
    with a past verb and no comma ("Officials closed the bridge, | built in 1920"), not the
    main verb after a clause set off ("The strikes, which began on Monday, | continued")."""
    return text.find(",", start, at) < 0 and acted_on(text, start, at)


# A noun phrase set off by commas after the subject's name, describing it: "Mrs. Chamorro,
# the widow of a newspaper publisher assassinated in 1978, is to take office on April 25".
# Its time is the description's; the main clause's own time after it dates the main clause.
_SUBJECT_DESCRIBED = re.compile(
    r"[\W_]*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(,\s+(?:the|a|an)\s+[^,;()“”\"]{3,100}?,)",
)


def _same_occasion(
    text: str, start: int, end: int, phrase: tuple[int, int], candidates: Sequence[Timex]
) -> bool:
    """Whether a participle's day set off after a noun dates a main clause told in the past
    that names no time of its own: "The report, released on Tuesday, found that the tanker
    had missed its inspections" (not "The company, founded in 1998, filed for bankruptcy", a
    year of the noun's past, nor "O'Brien, fired on June 8, is seeking $6 million", now)."""
    if any(not phrase[0] <= t.start < phrase[1] for t in candidates):
        return False
    if any(t.precision is None or t.precision.value not in _DAY_PRECISIONS for t in candidates):
        return False
    return told_in_past(text[start : phrase[0]] + " " + text[phrase[1] : end])


def _clauses_only(
    text: str, regions: list[tuple[int, int]], candidates: Sequence[Timex]
) -> list[tuple[int, int]]:
    """The subordinate regions less those opened by a preposition of time, or by "before" a
    court or a committee."""
    starts = {t.start: t for t in candidates}
    kept = []
    for region in regions:
        if _ADVERB.match(text, region[0]):
            continue  # "only once before -- during the takeover in 1988": no clause opens
        m = _TIME_PREPOSITION.match(text, region[0])
        t = starts.get(m.end()) if m else None
        if m is not None and t is None and before_a_body(text, region[0]):
            continue
        if t is None or _POSSESSIVE.match(text, t.end):
            kept.append(region)
    return kept


def before_a_body(text: str, at: int) -> bool:
    """Whether the "before" at `at` follows a verb of appearing ("appear before magistrates")."""
    return text[at : at + 6].lower() == "before" and bool(
        _BEFORE_BODY.search(text, max(0, at - 24), at)
    )


# A period told as a noun's modifier, "third-quarter results": what is told of, not when.
ATTRIBUTIVE = re.compile(r"-(?:quarter|half|year|month)$", re.IGNORECASE)
# A time told after its preposition, "in mid-November": when the verb's happening is.
_PREPOSED = re.compile(r"\b(?:in|on|at|during)\s+$", re.IGNORECASE)
# A time that needs no preposition to tell when: a day or a span counted from now, a day of
# the week ("reported third-quarter earnings yesterday", "will report them next week",
# "posted a loss Tuesday"); not one owning a noun ("next week's meeting").
_ADVERBIAL = re.compile(
    r"(?:yesterday|today|tomorrow|tonight|(?:next|last|this|earlier\s+this|later\s+this)\s+"
    r"(?:week|month)|" + WEEKDAY + ")",
    re.IGNORECASE,
)


def _preposed(text: str, ranked: Sequence[Timex]) -> Timex | None:
    """Of the times ranked alike, the first told after a preposition of time, or one that
    needs none, which governs before a period told as a modifier: "expects to release
    third-quarter results in mid-November" is of November, "reported third-quarter earnings
    yesterday" of yesterday."""
    for t in ranked:
        if ATTRIBUTIVE.search(t.text):
            continue  # "a rise in fourth-quarter profit": the preposition is the noun's
        if _PREPOSED.search(text, max(0, t.start - 8), t.start):
            return t
        if _ADVERBIAL.fullmatch(t.text) and not text.startswith(("'s", "’s"), t.end):
            return t
    return None


def _finer_within(t: Timex, outer: Timex) -> bool:
    """True when t's interval lies inside outer's and is shorter."""
    if None in (t.first, t.last, outer.first, outer.last):
        return False
    assert t.first and t.last and outer.first and outer.last
    inside = outer.first <= t.first <= t.last <= outer.last
    return inside and (t.last - t.first) < (outer.last - outer.first)


# A charge told in the present or the perfect, with the act charged as a gerund: "is now
# accused of murdering two women at a Staunton ice cream store in 1967", "has been charged with
# killing …". The time after the gerund is the act's; the charge holds now.
_ACCUSED = re.compile(
    r"\b(?:is|are|am|stands?|has\s+been|have\s+been)\s+(?:(?:now|also|already|formally)\s+)?"
    r"(?:accused|charged|suspected|indicted)\s+(?:of|with|for|in)\s+(?:\w+\s+)?\w+ing\b",
    re.IGNORECASE,
)


def _accused_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The gerund complement of a charge told in the present or the perfect, to its clause's
    end: no time inside it dates the charge; nor, likewise, the act a verb of crediting,
    blaming or thanking told so names ("credits the program for preventing … last night")."""
    sentence = text[start:end]
    if not holds_any(sentence, _CHARGE_WORDS):
        return credited_act(text, start, end)  # most sentences: a cheap test there
    m = _ACCUSED.search(text, start, end)
    if m is None:
        return credited_act(text, start, end)
    stop = _CLAUSE_END.search(text, m.end(), end)
    return (m.end(), stop.start() if stop else end)


def _cause_day(text: str, start: int, candidates: Sequence[Timex]) -> Timex | None:
    """The day of what the sentence's happening followed, when that is the only day it names
    and is told in a noun phrase ("died after a shooting Saturday afternoon"), or in a phrase
    opening the sentence ("Following his arraignment in New Bedford District Court today,")."""
    days = [
        t for t in candidates if t.precision is not None and t.precision.value in _DAY_PRECISIONS
    ]
    if len(days) != 1 or len(candidates) != 1:
        return None
    t = days[0]
    if _DONE_TO.search(text, max(start, t.start - 80), t.start) is not None:
        return t  # "is in hospital after being stabbed in a park on Saturday night"
    found = _CAUSE.search(text, max(start, t.start - 60), t.start)
    if found is None and _STATE_AFTER.search(text, max(start, t.start - 120), t.start):
        return t  # "The match is level at 4-4 after the Russian won the eighth game on Monday"
    if found is None and text.startswith(",", t.end):
        found = _FRONTED_CAUSE.fullmatch(text, start, t.start)
    if found is None or not _CAUSE_VERBS.isdisjoint(found[0].lower().split()):
        return None
    return t


# A sentence opened by a clause that sets the time of what follows it: "When the Saints open the
# playoffs in Seattle on Saturday, the only remaining healthy running backs will be …". Not a
# condition ("If …", "Unless …"): what follows may never happen.
_FRAMING = re.compile(r"[\W_]*(?:(?:and|but)\s+)?(?:when|once)\s", re.IGNORECASE)


def _framing_time(text: str, start: int, candidates: Sequence[Timex]) -> Timex | None:
    """The one time of a sentence that only a clause opening it names, told before the comma
    that ends it: the main clause, with no time of its own, is of that time too."""
    if len(candidates) != 1 or _FRAMING.match(text, start) is None:
        return None
    t = candidates[0]
    stop = _CLAUSE_END.search(text, start, t.start)
    return t if stop is None else None
