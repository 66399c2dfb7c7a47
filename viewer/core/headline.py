"""Short titles: a headline of at most 70 characters, "who did what", from a news sentence.

News sentences wrap their one happening in parts a headline leaves out: a fronted adverbial
("On Tuesday, …", "In response to …, …"), an attribution ("…, officials said",
"According to …, …", "X told reporters that …"), day words that only make sense beside the
publication date ("late Tuesday", "this week"), parentheses and dashes, appositives ("Mark
Milley, the Chairman of the Joint Chiefs of Staff, …") and subordinate detail (", which …",
", including …", ", adding that …"). The headline is what is left, by deletion only (nothing
is reworded: headline_deletions.py), cut at a clause boundary when it is still too long. A
statement keeps its speaker as a headline does: "Stoltenberg: NATO is strong and united".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.cue_words import words_of
from viewer.core.fronted_phrase import MIN_WORDS, drop_fronted, words
from viewer.core.headline_deletions import (
    APPOSED,
    deleted,
    drop_appositives,
    drop_day_words,
    tidied,
)
from viewer.core.headline_parts import (
    ACCORDING,
    AGE,
    APPOSITIVE,
    DASHED,
    DATELINE,
    LEADING_SAYS,
    MID_ATTRIBUTION,
    MID_PARTICIPLE,
    MID_PHRASE,
    MID_SAYS,
    MIN_TITLE_CHARS,
    PARENTHESIS,
    QUOTES,
    RELATIVE,
    SAYS_WHAT_AFTER,
    fronted,
    has_saying_verb,
    said_what,
    statement_between,
    trailing_according,
    trailing_detail,
    trailing_says,
)
from viewer.core.past_tense import past_form
from viewer.core.sentence_tense import told_in_past
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
from viewer.core.standing_facts import FINITE
from viewer.core.title_cut import cut_short
from viewer.core.visible import one_line

LIMIT = 70


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
        head = text[: found.start()]  # a clause of its own keeps its comma: "Sales rose 5%, …"
        text = f"{head}{',' if told_in_past(head) else ''} {text[found.end() :]}"
    # `_drop_attribution` of each text asked: a round that changed the text only by a step
    # that finds nothing the next time asks the last round's questions again.
    attributions: dict[str, tuple[str, str]] = {}
    for _ in range(3):  # "He continued, “Just last week, NATO …”": each layer in turn
        before = text
        asked = text = drop_fronted(text)
        said_by, text = _asked(attributions, text)
        if not said_by:  # "Mark Hertling, a CNN analyst, said …": the speaker less its detail
            shorter = drop_appositives(text)
            if shorter != text:  # else it was just read, and has no attribution
                said_by, bare = _asked(attributions, shorter)
                text, asked = (bare, shorter) if said_by else (text, asked)
        if said_by and (named := speaker(said_by)).name:
            who = named  # the innermost speaker is the one whose words remain
            led = asked.lower().startswith(said_by.lower())
        if text == before:
            break
    text = drop_day_words(text, day_words)
    text = drop_fronted(text)  # a day word may have been all there was before a comma
    text = tidied(_drop_asides(text))
    if text.startswith("that "):  # "Oppal said in 2005, …, that he was concerned": "He was…"
        text = _THAT_CLAUSE.sub("", text, count=1)
    if len(text) > limit and (age := _age(text)):
        text = f"{text[: age.start('age')]} {text[age.end('age') :]}"
    for step in (MID_PHRASE, MID_PARTICIPLE, APPOSITIVE, RELATIVE):
        if len(text) <= limit:
            break
        if step is APPOSITIVE:
            text = drop_appositives(text)
        else:
            text = deleted(text, step, APPOSED if step is MID_PARTICIPLE else None)
    if len(text) > limit:
        text = _drop_trailing_detail(text)
    text = _balance_quotes(_without_joiner_at_end(_COUNT_AT_END.sub("", text)))
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
        text = PARENTHESIS.sub("", text).rstrip(" .")  # "… and retired. (ab/dc)": no stop
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


def _age(text: str) -> re.Match[str] | None:
    """`AGE.match(text)`, asked only where a figure follows the first comma ("Tom Bradley, 61,
    …"): most titles have none, and the pattern would try every character up to the end."""
    comma = text.find(", ") + 2
    aged = text[comma : comma + 1].isdigit() or text.startswith("aged ", comma)
    return AGE.match(text) if comma > 2 and aged else None


def _says_after_subject(before: str) -> bool:
    """Whether the words before a speaker set inside the sentence are its subject ("The
    bullet, he said, went over…"), not an opening adverbial that the attribution's own rules
    drop with it ("Two years before, he said, an officer stopped him…")."""
    return "," not in before and not fronted(before) and not _ENDS_COUNTED.search(before)


_ENDS_COUNTED = re.compile(r"\b(?:before|after|later|earlier|ago)$")
# Words that only tell when, before a comma: "Two days earlier,", "Late on Friday night,".
_TIME_ONLY = re.compile(
    r"(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+|early|"
    r"late|later|earlier|before|after|ago|shortly|soon|just|on|in|at|by|this|that|last|next|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|day|days|"
    r"week|weeks|month|months|year|years|hours?|minutes?|moments?|weekend)[\s,]*)+"
    # counted from a happening named by its noun: "The day before the fall,"
    r"(?:(?:before|after|of)\s+(?:the|his|her|its|their)\s+[\w'’-]+[\s,]*)?",
    re.IGNORECASE,
)


def _drop_attribution(text: str) -> tuple[str, str]:
    """The speaker of an attributed statement (or "") and the statement without it."""
    found = ACCORDING.match(text) if text.startswith(("According", "according")) else None
    if found and words(found["rest"]) >= MIN_WORDS:
        return found["speaker"], _strip_quotes(found["rest"])
    # Each pattern below needs a verb of saying or "according": most texts have neither.
    saying = has_saying_verb(text)
    found = LEADING_SAYS.match(text) if saying else None
    if found and statement_between(text, found.end("speaker"), found.start("rest")):
        found = None
    if found and (mid := _said_midway(found["speaker"], found["rest"])) is not None:
        return mid
    rest = said_what(found["rest"]) if found else ""
    if found and words(rest) >= MIN_WORDS and _leads(found["speaker"], rest):
        return found["speaker"], _strip_quotes(rest)
    # "ccord" of "according" in any case: its other letters have other case-blind matches
    found = trailing_according(text)
    if found and words(text[: found.start()]) >= MIN_WORDS:
        return found["speaker"], _strip_quotes(text[: found.start()])
    # It opens on a comma or a closing quotation mark ("…," he said; "…" she said), which
    # its verb of saying follows (`trailing_says` looks for that verb first).
    found = trailing_says(text) if saying else None
    if found and found["speaker"] and SAYS_WHAT_AFTER.match(text, found.end("speaker")):
        found = None
    if found and _TIME_ONLY.fullmatch(text, 0, found.start()):
        found = None  # "A week later, the coach told players …": when, not what was said
    if found and found["after"] and _subject_set_off(text[: found.start()]):
        found = None  # "The company, which runs 40 hotels, reported a loss": its own verb
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


def _subject_set_off(text: str) -> bool:
    """Whether text is a subject and the clause or appositive set off after it ("The company,
    which runs 40 hotels"), with no verb of its own before the comma: not a statement ("Gupta
    has been the team's first choice for the job, which …")."""
    if not APPOSED.fullmatch(text):
        return False
    head = words_of(text.split(",", 1)[0].lower())
    return FINITE.isdisjoint(head) and not any(past_form(w) for w in head)


def _said_midway(phrase: str, rest: str) -> tuple[str, str] | None:
    """A speaker set off in the middle of what was said, after a clause told in the past: in
    "Producer prices rose 0.6% in February, the Labor Department said, double the 0.3%
    economists had expected" the Labor Department says both; None for any other phrase."""
    head, comma, who = phrase.rpartition(",")
    who = who.strip()
    if not comma or words(head) < MIN_WORDS or not who or not can_speak(who):
        return None
    return (who, _strip_quotes(f"{head}, {rest}")) if told_in_past(head) else None


def _without_joiner_at_end(text: str) -> str:
    """The text less a coordinator a deletion left last: "will argue for a mistrial and[, if
    that is rejected, …]". A look at the last word, not a pattern tried at every character."""
    head, _, last = text.rpartition(" ")
    return head.rstrip(",") if head and last in ("and", "or", "but") else text


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
    text = tidied(text)
    if text[:1] in QUOTES and text.count(text[0]) + text.count("”") <= 2:
        text = text[1:]
    return text.rstrip(QUOTES + ",;: ").strip()


def _drop_trailing_detail(text: str) -> str:
    start = trailing_detail(text)
    if start >= 0 and len(text[:start]) >= MIN_TITLE_CHARS:
        return tidied(text[:start])
    return text


def _balance_quotes(text: str) -> str:
    """A quotation cut open by a deletion loses its stray marks rather than misleading."""
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return tidied(text)


def _cut(text: str, limit: int) -> str:
    """At most limit characters: whole when short, else cut short (`cut_short`) with "…"."""
    if len(text) <= limit:
        return text
    return _balance_quotes(cut_short(text, limit)) + "…"
