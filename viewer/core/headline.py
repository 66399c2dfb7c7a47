"""Short titles: a headline of at most 70 characters, "who did what", from a news sentence.

News sentences wrap their one happening in parts a headline leaves out: a fronted adverbial
("On Tuesday, …", "In response to …, …"), an attribution ("…, officials said",
"According to …, …", "X told reporters that …"), day words that only make sense beside the
publication date ("late Tuesday", "this week"), parentheses and dashes, appositives ("Mark
Milley, the Chairman of the Joint Chiefs of Staff, …") and subordinate detail (", which …",
", including …", ", adding that …"). The headline is what is left, by deletion only (nothing
is reworded), cut at a clause boundary when it is still too long. A statement keeps its
speaker as a headline does: "Stoltenberg: NATO is strong and united".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from viewer.core.fronted_phrase import MIN_WORDS, drop_fronted, top_level_comma, words
from viewer.core.headline_parts import (
    ACCORDING,
    APPOSITIVE,
    DASHED,
    DATE_PREPOSITION,
    DATELINE,
    KEEPS_DATE,
    LEADING_SAYS,
    MID_ATTRIBUTION,
    MID_PARTICIPLE,
    MID_PHRASE,
    MID_SAYS,
    MIN_TITLE_CHARS,
    MONTHS,
    PARENTHESIS,
    QUOTES,
    RELATIVE,
    SAYS_WHAT_AFTER,
    TRAILING_ACCORDING,
    fronted,
    has_saying_verb,
    mentions_ccord,
    said_what,
    statement_between,
    trailing_detail,
    trailing_says,
)
from viewer.core.last_answer import keeps_last
from viewer.core.speaker_name import (
    NO_SPEAKER,
    Speaker,
    can_speak,
    can_speak_after,
    can_speak_before,
    capitalised_first,
    described_subject,
    in_place_of,
    speaker,
)
from viewer.core.temporal import Timex, tag
from viewer.core.title_cut import cut_short
from viewer.core.visible import one_line

LIMIT = 70
_NO_DATE = date(2000, 1, 1)  # the tagger needs an anchor; only its extents are used here


def headline(sentence: str, limit: int = LIMIT, day_words: Sequence[str] | None = None) -> str:
    """A headline of at most `limit` characters for the happening a sentence reports.

    `day_words`, when given, are the words of the sentence's time expressions in order (as
    `tag` found them, one line each), so that they need not be found again."""
    text = _clean(sentence)
    if not text:
        return ""
    if (described := described_subject(text)) and words(text[described:]) >= 3:
        text = text[described:]  # "A 15-year department veteran, Ortiz had hoped…"
    who = NO_SPEAKER  # the speaker, as the headline names them
    led = False  # whether the speaker was named before the statement ("Apple said it would")
    found = MID_SAYS.search(text) if has_saying_verb(text) else None
    if found and _says_after_subject(text[: found.start()]):
        # "The bullet, he said, went over…": the speaker, and the sentence without them
        who, led = speaker(found["speaker"]), True
        text = f"{text[: found.start()]} {text[found.end() :]}"
    # `_drop_attribution` of each text asked: a round that changed the text only by a step
    # that finds nothing the next time asks the last round's questions again.
    attributions: dict[str, tuple[str, str]] = {}
    for _ in range(3):  # "He continued, “Just last week, NATO …”": each layer in turn
        before = text
        asked = text = drop_fronted(text)
        said_by, text = _asked(attributions, text)
        if not said_by:  # "Mark Hertling, a CNN analyst, said …": the speaker less its detail
            shorter = _drop_appositives(text)
            if shorter != text:  # else it was just read, and has no attribution
                said_by, bare = _asked(attributions, shorter)
                text, asked = (bare, shorter) if said_by else (text, asked)
        if said_by and (named := speaker(said_by)).name:
            who = named  # the innermost speaker is the one whose words remain
            led = asked.lower().startswith(said_by.lower())
        if text == before:
            break
    text = _drop_day_words(text, day_words)
    text = drop_fronted(text)  # a day word may have been all there was before a comma
    text = _tidied(_drop_asides(text))
    if text.startswith("that "):  # "Oppal said in 2005, …, that he was concerned": "He was…"
        text = _THAT_CLAUSE.sub("", text, count=1)
    for step in (MID_PHRASE, MID_PARTICIPLE, APPOSITIVE, RELATIVE):
        if len(text) <= limit:
            break
        if step is APPOSITIVE:
            text = _drop_appositives(text)
        else:
            text = _deleted(text, step, _APPOSED if step is MID_PARTICIPLE else None)
    if len(text) > limit:
        text = _drop_trailing_detail(text)
    text = _balance_quotes(_COUNT_AT_END.sub("", text))
    return _finish(who, text, limit, led)


# The count a passage cut before "after" ends on: "Sweden's Riksbank cut its own rate on
# Wednesday, a day | after the Fed lowered …" is titled without ", a day".
_COUNT_AT_END = re.compile(
    r",\s+(?:(?:just|only|about|some|nearly|almost|barely|little\s+over|more\s+than)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)"
    r"\s+(?:minute|hour|day|week|fortnight|month|year|decade)s?$",
    re.IGNORECASE,
)


# "that" opening what was said, before its subject: not "that conviction was overturned".
_THAT_CLAUSE = re.compile(r"that\s+(?=(?:he|she|they|it|we|I|the|a|an|his|her|its|their)\s|[A-Z])")


def _asked(answers: dict[str, tuple[str, str]], text: str) -> tuple[str, str]:
    """`_drop_attribution(text)`, kept in `answers` for when it is asked again."""
    found = answers.get(text)
    if found is None:
        found = answers[text] = _drop_attribution(text)
    return found


def _drop_asides(text: str) -> str:
    """Mid-sentence attributions, parentheses and dashed asides, each looked for only when
    the words or marks it needs are there."""
    if "according to" in text or "in the words of" in text:
        text = MID_ATTRIBUTION.sub(" ", text)
    if "(" in text or "[" in text:
        text = PARENTHESIS.sub("", text)
    if "—" in text or "–" in text:
        text = DASHED.sub(" ", text)
    return text


def _finish(who: Speaker, text: str, limit: int, led: bool) -> str:
    """The headline, with its speaker where that reads and fits: "Kirby: …", or the speaker
    in place of a pronoun of the statement that means them (`in_place_of`: "Apple said it
    would …": "Apple would …"). Only a speaker named before the statement (`led`) is who its
    pronoun means: in "He was booked into county jail …, Baehr said" the pronoun goes back to
    the man the story is about, not to the spokesman."""
    body = capitalised_first(text)
    if who.name:
        first, _, rest = text.partition(" ")
        if led and rest and (named := in_place_of(who, first)):
            return _cut(f"{named} {rest}", limit)
        named = f"{who.name}: {body}"
        if len(named) <= limit or _FIRST_PERSON.match(body):
            return _cut(named, limit)  # "I had to go to class" says nothing without who
    return _cut(body, limit)


# A statement in the speaker's own person: without its speaker, a title tells nothing.
_FIRST_PERSON = re.compile(r"(?:I|We|My|Our)(?:['’](?:m|ve|ll|d|re))?\s")


def _clean(sentence: str) -> str:
    text = one_line(sentence)
    if _may_open_on_dateline(text):
        text = DATELINE.sub("", text)
    text = text.strip(QUOTES + " ").rstrip(".!").strip()
    return text.rstrip(",;:").strip(QUOTES + " ")


def _may_open_on_dateline(text: str) -> bool:
    """Whether DATELINE may match: it needs a capital A-Z first and a dash. Most sentences
    have no dash, and the test is cheaper than the pattern's try."""
    return "A" <= text[:1] <= "Z" and ("-" in text or "—" in text or "–" in text)


def _says_after_subject(before: str) -> bool:
    """Whether the words before a speaker set inside the sentence are its subject ("The
    bullet, he said, went over…"), not an opening adverbial that the attribution's own rules
    drop with it ("Two years before, he said, an officer stopped him…")."""
    return "," not in before and not fronted(before) and not _ENDS_COUNTED.search(before)


_ENDS_COUNTED = re.compile(r"\b(?:before|after|later|earlier|ago)$")


# After spaces are made single, each of these is one plain replacement: far cheaper than a
# pattern tried at every character of the text.
_SPACE_BEFORE_MARK = tuple((" " + mark, mark) for mark in ",;:.!?”")
_SPACE_AFTER_OPENING = tuple((mark + " ", mark) for mark in "“(")
_DOUBLE_COMMA = re.compile(r"[,;]\s*[,;]")


def _tidy(text: str) -> str:
    """Spaces and commas made right again after a deletion."""
    return _tidied(one_line(text))


@keeps_last  # asked again about a text no step has changed
def _tidied(text: str) -> str:
    """`_tidy` for a text whose only white space is the space, as every text is here after
    `_clean`: runs of spaces made one without asking `one_line` whether the text holds any
    other white space (a look at every character)."""
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    if _untidy_marks(text):  # most texts have none: the loops below would change nothing
        for spaced, mark in _SPACE_BEFORE_MARK:
            if spaced in text:
                text = text.replace(spaced, mark)
        for spaced, mark in _SPACE_AFTER_OPENING:
            if spaced in text:
                text = text.replace(spaced, mark)
    if ",," in text or ";" in text:  # a comma or semicolon twice, no space between now
        text = _DOUBLE_COMMA.sub(",", text)
    return text.strip(",;: ")


def _untidy_marks(text: str) -> bool:
    """Whether a text holds a space before a closing mark or after an opening one (a pair of
    `_SPACE_BEFORE_MARK` or `_SPACE_AFTER_OPENING`), asked in one expression, not a loop."""
    return (
        " ," in text
        or " ." in text
        or " ;" in text
        or " :" in text
        or " !" in text
        or " ?" in text
        or " ”" in text
        or "“ " in text
        or "( " in text
    )


# "Sun, a maker of computer workstations, | reported sales…", "GM Class H, which represents a
# dividend interest, | closed at $29": after a subject and its appositive or relative clause, a
# verb in "-ed" is the sentence's own, not a participle's aside.
_APPOSED = re.compile(r"[^,;]{1,60},\s+(?:a|an|the|which|who)\s[^,;]{1,80}")


def _deleted(text: str, pattern: re.Pattern[str], kept: re.Pattern[str] | None = None) -> str:
    """Text with every match of pattern made one space, unless too little would be left, or
    the text before the match is all `kept` matches."""
    if "," not in text:  # every pattern deleted here opens on a comma
        return text
    cut, found = pattern.subn(" " if kept is None else lambda m: _unless(kept, m), text)
    if not found or cut == text:
        return text  # nothing to delete (the text is tidy already)
    shorter = _tidied(cut)
    return shorter if words(shorter) >= MIN_WORDS and len(shorter) >= MIN_TITLE_CHARS else text


def _unless(kept: re.Pattern[str], found: re.Match[str]) -> str:
    """A space for a match, or the match itself where all before it is what `kept` matches,
    or where it is an item of a list ("charged with murder, attempted murder, aggravated
    assault and burglary": no aside, and the title must not leave a charge out)."""
    if kept.fullmatch(found.string, 0, found.start()):
        return found[0]
    listed = words(found[0], _LIST_ITEM_WORDS + 2) <= _LIST_ITEM_WORDS and _LIST_GOES_ON.match(
        found.string, found.end()
    )
    return found[0] if listed else " "


# The items of a list after one set off by commas, up to its "and" or "or"; an item is short.
_LIST_ITEM_WORDS = 3
_ITEM = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}"
_LIST_GOES_ON = re.compile(rf"(?:{_ITEM},\s+){{0,3}}(?:{_ITEM}\s+)?(?:and|or)\s")


@keeps_last  # asked again about a text no step has changed
def _drop_appositives(text: str) -> str:
    """ ", the Chairman of the Joint Chiefs of Staff," after a name: the name is enough."""
    if text.count(",") < 2:  # an appositive is set off by two commas
        return text
    parts: list[str] = []
    cursor = 0
    for found in APPOSITIVE.finditer(text):
        before = text[cursor : found.start()].split()
        if before and before[-1][:1].isupper():
            parts.append(text[cursor : found.start()])
            cursor = found.end()
    if not parts:
        return text
    parts.append(text[cursor:])
    shorter = _tidied(" ".join(parts))
    return shorter if words(shorter) >= MIN_WORDS and len(shorter) >= MIN_TITLE_CHARS else text


def day_words(timexes: Iterable[Timex]) -> list[str]:
    """The words of the time expressions a headline leaves out, as `headline` takes them."""
    return [one_line(t.text) for t in timexes if _is_day_word(t)]


def _is_day_word(t: Timex) -> bool:
    """A date read against the publication date, named by neither digits nor a month."""
    if t.first is None or not t.relative or any(c.isdigit() for c in t.text):
        return False
    return MONTHS.search(t.text) is None


def _found_again(text: str, words: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Where the given day words are in text, in order (those left out before are skipped)."""
    cursor = 0
    for word in words:
        at = text.find(word, cursor)
        if at >= 0:
            cursor = at + len(word)
            yield at, cursor


def _drop_day_words(text: str, known: Sequence[str] | None = None) -> str:
    """Remove day words read against the publication date ("on Tuesday", "last week"): the
    card shows the date itself. Dates named in full, and bounds ("since …"), stay."""
    if known is not None and not known:  # no day word: only the tidying below applies
        trimmed = _tidied(text)
        return trimmed if words(trimmed) >= MIN_WORDS else text
    out: list[str] = []
    cursor = 0
    if known is None:
        spans = [(t.start, t.end) for t in tag(text, _NO_DATE) if _is_day_word(t)]
    else:
        spans = list(_found_again(text, known))
    for start, end in spans:
        if text[end : end + 2] in ("’s", "'s") or _in_longer_phrase(text, start, end):
            continue
        if not text[:start].strip(" “\"‘'") and _COPULA_AFTER.match(text, end):
            continue  # the subject: "Tonight is not the end of the road"
        if text[max(cursor, start - 4) : start].lower() == "the " and not _modifies(text, end):
            start -= 4  # "by the fall": the article goes with its day word
        before = text[cursor:start]
        if _at_end(KEEPS_DATE, before):
            continue
        preposition = _at_end(DATE_PREPOSITION, before)
        if preposition and _at_end(KEEPS_DATE, before[: preposition.start()]):
            continue  # "calmer than in the past week": a bound too
        out.append(
            before[: preposition.start()] + before[preposition.end() :] if preposition else before
        )
        cursor = end
    out.append(text[cursor:])
    when = _WHEN_AFTER.match(text, cursor) if not "".join(out[:-1]).strip() else None
    if when and top_level_comma(text[when.end() :]) < 0:
        out[-1] = text[when.end() :]  # "at the weekend when buildings were destroyed"
    trimmed = _tidied("".join(out))
    return trimmed if words(trimmed) >= MIN_WORDS else text


_COPULA_AFTER = re.compile(r"\s+(?:is|was|will\s+be|has\s+been)\b")
# "when" after the day words a text opens on: the clause after it is what happened then.
_WHEN_AFTER = re.compile(r"\s*when\s+(?=\S)", re.IGNORECASE)


# A day word heading a longer noun phrase: words that describe it after its determiner
# ("for the seasonally slow third quarter"), or a participle after it ("the quarter ended
# Sept. 29"). Without it the phrase would read "for the seasonally slow".
_DESCRIBED = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[a-z][a-z-]*ly\s+)?[a-z][a-z-]+\s+$"
)
_DESCRIBING = re.compile(r"\s+(?:ended|ending)\b")


def _in_longer_phrase(text: str, start: int, end: int) -> bool:
    """Whether a day word is the head of a longer noun phrase, which goes with it."""
    if _DESCRIBING.match(text, end):
        return True
    first = text[start:end].split(" ", 1)[0]
    if not first.islower() or first in _OWN_PHRASE:
        return False  # "at the scene | this morning", "a partner | Friday": a phrase of its own
    before = text[max(0, start - 40) : start]
    described = _DESCRIBED.search(before)
    return bool(described and described[0].split()[-1] not in _NOT_A_NOUN | _DETERMINERS)


_DETERMINERS = frozenset("the a an its their his her this that these those".split())
_OWN_PHRASE = _DETERMINERS | frozenset(
    "last next early earlier late later yesterday today tonight tomorrow".split()
)
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_NOT_A_NOUN = frozenset("but though and or when as to for in on at with while because so".split())


def _modifies(text: str, end: int) -> bool:
    """Whether a day word ending at `end` modifies the noun after it ("the Saturday
    shooting"), rather than being the whole phrase after "the" ("by the fall, but")."""
    found = _NEXT_WORD.match(text, end)
    return bool(found and found.group(1).islower() and found.group(1) not in _NOT_A_NOUN)


# The longest words of KEEPS_DATE and DATE_PREPOSITION ("more than", "through").
_LONGEST_BEFORE_DATE = 9


def _at_end(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for KEEPS_DATE or DATE_PREPOSITION: a word, then white space to
    the end. Its match can start no further back than that word's length before the text's
    trailing white space: the scan starts there, not at every character of the text. A text
    has one match at most, which `sub` would delete."""
    return pattern.search(text, max(0, len(text.rstrip()) - _LONGEST_BEFORE_DATE))


def _drop_attribution(text: str) -> tuple[str, str]:
    """The speaker of an attributed statement (or "") and the statement without it."""
    found = ACCORDING.match(text)
    if found and words(found["rest"]) >= MIN_WORDS:
        return found["speaker"], _strip_quotes(found["rest"])
    # Each pattern below needs a verb of saying or "according": most texts have neither.
    saying = has_saying_verb(text)
    found = LEADING_SAYS.match(text) if saying else None
    if found and statement_between(text, found.end("speaker"), found.start("rest")):
        found = None
    rest = said_what(found["rest"]) if found else ""
    if found and words(rest) >= MIN_WORDS and _leads(found["speaker"], rest):
        return found["speaker"], _strip_quotes(rest)
    # "ccord" of "according" in any case: its other letters have other case-blind matches
    found = TRAILING_ACCORDING.search(text) if mentions_ccord(text) else None
    if found and words(text[: found.start()]) >= MIN_WORDS:
        return found["speaker"], _strip_quotes(text[: found.start()])
    # It opens on a comma or a closing quotation mark ("…," he said; "…" she said), which
    # its verb of saying follows (`trailing_says` looks for that verb first).
    found = trailing_says(text) if saying else None
    if found and found["speaker"] and SAYS_WHAT_AFTER.match(text, found.end("speaker")):
        found = None
    if found and words(text[: found.start()]) >= MIN_WORDS:
        speaker = found["speaker"] or found["after"] or ""
        if found["speaker"] and speaker.startswith("as "):
            speaker = speaker[3:]  # "…, as Lake County News has reported": who reported it
        statement = text[: found.start()]
        if found["after"] and _TOLD.match(text, found.start()):
            speaker, statement = _teller(statement)  # "…,” X, an official, told AFP"
        if can_speak_before(speaker) if found["speaker"] else can_speak_after(speaker):
            return speaker, _strip_quotes(statement)
    return "", text


def _leads(phrase: str, rest: str) -> bool:
    """Whether a phrase before a verb of saying is who speaks, the `rest` after it what was
    said: not a statement closed by one comma before who said it ("The fire spread to the
    roof, said witnesses at the scene"); a speaker's description is set off by two ("Mark
    Hertling, a CNN analyst, said")."""
    closed = phrase.rstrip().endswith(",") and phrase.count(",") == 1
    return can_speak(phrase) and not (closed and can_speak(rest.rstrip(".")))


# "told" or "tells" with who was told after it: "…,” Valentina Redzhepova, an official at
# one of the precincts, told AFP": AFP heard it; the speaker stands before the verb.
_TOLD = re.compile(r"\W*(?:told|tells)\s")


def _teller(statement: str) -> tuple[str, str]:
    """Who spoke, named between the statement's closing quotation mark and "told", and the
    statement up to that mark; ("", statement) where no such name stands there."""
    close = max(statement.rfind("”"), statement.rfind('"'))
    if close <= 0:
        return "", statement
    who = statement[close + 1 :].strip(" ,").split(",", 1)[0].strip()
    return who, statement[: close + 1]


def _strip_quotes(text: str) -> str:
    """A quotation given as the statement: its marks and closing comma go."""
    text = _tidied(text)
    if text[:1] in QUOTES and text.count(text[0]) + text.count("”") <= 2:
        text = text[1:]
    return text.rstrip(QUOTES + ",;: ").strip()


def _drop_trailing_detail(text: str) -> str:
    start = trailing_detail(text)
    if start >= 0 and len(text[:start]) >= MIN_TITLE_CHARS:
        return _tidied(text[:start])
    return text


def _balance_quotes(text: str) -> str:
    """A quotation cut open by a deletion loses its stray marks rather than misleading."""
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return _tidied(text)


def _cut(text: str, limit: int) -> str:
    """At most limit characters: whole when short, else cut short (`cut_short`) with "…"."""
    if len(text) <= limit:
        return text
    return _balance_quotes(cut_short(text, limit)) + "…"
