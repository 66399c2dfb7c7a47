"""The cheap pre-checks of headlines and event cues change nothing: each agrees with the
plain pattern scan it spares, on the seeds' sentences and on made-up text."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import (
    cue_words,
    event_selection,
    event_verbs,
    fronted_phrase,
    headline,
    headline_deletions,
    headline_parts,
    opinion_cues,
    past_tense,
    plan_cues,
    statement_cues,
)
from viewer.core.speaker_name import can_speak_after, can_speak_before

# The carry-on cue as one pattern searched, which its two patterns ask in two steps.
_PLAIN_CARRY_ON = re.compile(
    f"^(?:{statement_cues._CARRY_ON_FIRST.pattern})|{statement_cues._CARRY_ON_AFTER.pattern}"
)

# Words and marks the pre-checks turn on, with the letters a case-blind pattern matches beyond
# ASCII ("ſ", "K", "İ", "ı") and apostrophes that join words.
_PIECES = """said says told added noted notes notesthat according to According ACCORDING
aCCORDİNG in the words of , ; : . ! ? ” “ ( ) [ ] — – " ' ’ he she they also went on continued
did not didn't didn’t has not have not never no one is was are be been important game-changer
game changer inappropriate nation's op-ed oped essay column in an article blog post opinion
analyst analysts retired think-tank think tank i I don't think believe a range of the options
host series variety number argues, writes that contends suggests observe will plan plans to
want feel hope
is sending considering being that ing king am also now to due going expected
about ready set weighing ll Kelvin \u212a ſaid café 2022 Tuesday sent announced statements
\u212ailled kİlled signed passed had report reports report2 reporté _report * treaty rules
Rule""".split()
_TEXTS = st.lists(
    st.sampled_from([*_PIECES, " ", "  ", "\n", "\t", ", ", " ,", "( ", " )", ",,", ", ;"]),
    max_size=50,
).map("".join) | st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join)


_SENTENCES = seed_sentences()


def _plain_tidy(text: str) -> str:
    """headline_deletions._tidy as it was spelt: five patterns over the whole text."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,;:.!?”])", r"\1", text)
    text = re.sub(r"([“(])\s+", r"\1", text)
    text = re.sub(r"[,;]\s*[,;]", ",", text)
    return re.sub(r"^[,;:\s]+|[,;:\s]+$", "", text).strip()


def _plain_judgement(low: str) -> bool:
    return opinion_cues._JUDGEMENT.search(low) is not None


def _plain_argument(low: str, outside: str) -> bool:
    return any(
        pattern.search(text) is not None
        for pattern, text in (
            (opinion_cues._CITING, outside),
            (opinion_cues._READING, outside),
            (opinion_cues._STANCE, low),
            (opinion_cues._VAGUE_DELIBERATION, low),
        )
    )


def _plain_commentary(outside: str, said: bool) -> bool:
    if opinion_cues._OPINION_PIECE.search(outside) is not None:
        return True
    return said and opinion_cues._COMMENTATOR.search(outside) is not None


def _plain_planned(words: list[str], low: str) -> bool:
    """plan_cues.planned as it was spelt: every word tried."""
    if "'ll " in low or "’ll " in low:
        return True
    if any(
        w in plan_cues.FUTURE_WORDS and words[i + 1 : i + 2] not in plan_cues.FORECAST
        for i, w in enumerate(words)
    ):
        return True
    if any(
        w in ("set", "scheduled", "slated")
        and i
        and words[i - 1] in ("is", "are")
        and words[i + 1 : i + 2] == ["for"]
        for i, w in enumerate(words)
    ):
        return True  # "The hearing is set for May 14"
    return any(
        w == "to"
        and i
        and words[i - 1] in plan_cues.BEFORE_TO
        and (words[i - 1] != "due" or plan_cues.due(words, i))
        for i, w in enumerate(words)
    )


def _plain_future(words: list[str], low: str) -> bool:
    """A plan, or a progressive, as it was spelt: every word tried for "-ing"."""
    return _plain_planned(words, low) or any(
        i
        and w[-3:] == "ing"
        and len(w) > 4
        and w != "being"
        and plan_cues.after_progressive(words, i)
        and words[i + 1 : i + 2] not in (["that"], ["to"])
        for i, w in enumerate(words)
    )


def _plain_past(words: list[str]) -> bool:
    """past_tense.past without its look for "ed" and the perfect: every word tried."""
    return past_tense.past(words, "ed")


def _assert_cues_agree(text: str) -> None:
    low = " ".join(text.lower().split())
    words = cue_words.WORDS.findall(low.replace("’", "'"))
    assert cue_words.words_of(low) == words
    assert cue_words.runs_of(low) == re.findall("[a-z]+", low)
    read = event_selection._Read.of(text)
    assert read.outside == cue_words.QUOTATION.sub(" ", low)
    assert read.runs == frozenset(re.findall("[a-z]+", low)) & event_selection._CUE_RUNS
    assert read.words == frozenset(words) & event_selection._CUE_WORDS
    saying = frozenset(words) & statement_cues.ATTRIBUTION_WORDS
    # "added" an amount is a gain, "released" from jail set free: no statement.
    gained = saying == {"added"} and statement_cues._ADDED_AMOUNT.search(low) is not None
    freed = saying == {"released"} and statement_cues._SET_FREE.search(low) is not None
    attributed = "according to" in low or (bool(saying) and not gained and not freed)
    assert read.said == attributed
    found = statement_cues._TEXT_NOUN.search(low) is not None
    assert statement_cues.names_a_text(low, read.runs) == found
    found = statement_cues._DOCUMENT.search(low) is not None
    assert statement_cues._names_a_document(low, read.runs) == found
    assert read.told == cue_words.WORDS.findall(read.outside.replace("’", "'"))
    assert read.future == _plain_future(read.told, read.outside)
    assert read.planned == (read.future and _plain_planned(read.told, read.outside))
    assert read.past == _plain_past(read.told)
    assert read.event_verb == event_verbs.has_event_verb(text)
    for said in (False, True):
        assert opinion_cues.commentary(read.outside, said, read.runs) == _plain_commentary(
            read.outside, said
        )
    assert opinion_cues.argument(low, read.outside, read.runs) == _plain_argument(low, read.outside)
    assert opinion_cues.judgement(low, read.runs) == _plain_judgement(low)
    carries_on = _PLAIN_CARRY_ON.search(low) is not None and not statement_cues.has_news(low)
    assert statement_cues.carries_on(low) == carries_on
    not_happened = event_selection._NOT_HAPPENED.match(read.outside) is not None
    assert not not_happened or not event_selection._NOT_HAPPENED_RUNS.isdisjoint(read.runs)
    not_so = event_selection._NOT_SO.match(read.outside) is not None
    assert not not_so or not event_selection._NOT_HAPPENED_RUNS.isdisjoint(read.runs)


def _assert_saying_guards(text: str) -> None:
    """The attributions a headline drops are looked for only where their guards allow."""
    if headline_parts.LEADING_SAYS.search(text):
        assert headline_parts.has_saying_verb(text)
    found = headline_parts.TRAILING_SAYS.search(text)
    if found:
        assert headline_parts.has_saying_verb(text)
        # a verb of saying after the first comma or closing quotation mark
        first = min(at for at in (text.find(","), text.find("”"), text.find('"')) if at >= 0)
        assert first <= found.start() and headline_parts.has_saying_verb(text[first:])
    fast = headline_parts.trailing_says(text)
    seen = fast and (fast.span(), fast.groupdict())
    assert seen == (found and (found.span(), found.groupdict()))


def _plain_drop_attribution(text: str) -> tuple[str, str]:
    """headline._drop_attribution as it was spelt: each pattern tried on every text."""
    found = headline_parts.ACCORDING.match(text)
    if found and fronted_phrase.words(found["rest"]) >= fronted_phrase.MIN_WORDS:
        return found["speaker"], headline._strip_quotes(found["rest"])
    found = headline_parts.LEADING_SAYS.match(text)
    if found and headline_parts.statement_between(text, found.end("speaker"), found.start("rest")):
        found = None
    rest = headline_parts.said_what(found["rest"]) if found else ""
    if found and fronted_phrase.words(rest) >= 3 and headline._leads(found["speaker"], rest):
        return found["speaker"], headline._strip_quotes(rest)
    found = headline_parts.TRAILING_ACCORDING.search(text)
    if found and fronted_phrase.words(text[: found.start()]) >= fronted_phrase.MIN_WORDS:
        return found["speaker"], headline._strip_quotes(text[: found.start()])
    found = headline_parts.TRAILING_SAYS.search(text)
    if (
        found
        and found["speaker"]
        and headline_parts.SAYS_WHAT_AFTER.match(text, found.end("speaker"))
    ):
        found = None
    if found and fronted_phrase.words(text[: found.start()]) >= fronted_phrase.MIN_WORDS:
        speaker = found["speaker"] or found["after"] or ""
        if found["speaker"] and speaker.startswith("as "):
            speaker = speaker[3:]
        statement = text[: found.start()]
        if found["after"] and headline._TOLD.match(text, found.start()):
            speaker, statement = headline._teller(statement)
        if can_speak_before(speaker) if found["speaker"] else can_speak_after(speaker):
            return speaker, headline._strip_quotes(statement)
    return "", text


def _assert_headline_parts_agree(text: str) -> None:
    assert headline_deletions._tidy(text) == _plain_tidy(text)
    assert headline._drop_attribution(text) == _plain_drop_attribution(text)
    one_line = " ".join(text.split())
    _assert_saying_guards(one_line)
    if headline_parts.TRAILING_ACCORDING.search(one_line):
        assert "ccord" in one_line.lower()
    if headline_parts.MID_ATTRIBUTION.search(one_line):
        assert "according to" in one_line or "in the words of" in one_line
    if headline_parts.PARENTHESIS.search(one_line):
        assert "(" in one_line or "[" in one_line
    if headline_parts.DASHED.search(one_line):
        assert "—" in one_line or "–" in one_line


# A phrase for every word the opinion cues' patterns name, spelt out here rather than taken
# from the guards, so that a word left out of a guard fails: each matches its pattern.
_JUDGEMENT_WORDS = """important overdue crucial vital essential necessary supportive needed
significant historic unprecedented welcome mistake game-changer good bad best worst great
unacceptable outrageous disappointing encouraging dangerous irresponsible appropriate
inappropriate wise unwise reckless misguided absurd ridiculous shameful""".split()
_READING_VERBS = """note argue write explain acknowledge contend maintain conclude observe
suggest""".split()
_STANCE_VERBS = "think believe want feel hope".split()
_COMMENTATORS = """analyst expert professor strategist geostrategist columnist commentator
pundit scholar historian""".split()
_JUDGED = [
    f"the move {copula} {word}"
    for copula, word in zip(
        ["is", "was", "are", "were", "been", "be"] * 6,
        [*_JUDGEMENT_WORDS, "game changer", "“welcome", "an important", "so good", "a mistake"],
        strict=False,
    )
]
_ARGUED = [
    *(f"i {a}{verb} it" for a in ("", "don't ", "don’t ", "do not ") for verb in _STANCE_VERBS),
    *(f"the study {verb}s that" for verb in _READING_VERBS),
    *(f"experts {verb}, it" for verb in _READING_VERBS),
    "the report notesthat",
    *(
        f"is weighing a {what} of steps"
        for what in ("range", "number", "variety", "host", "series")
    ),
    *(f"is looking at {whose} options" for whose in ("all", "its", "their", "our", "the", "other")),
    "as the times wrote, it",
]
_COMMENTED = [
    *(f"an {who} said" for who in _COMMENTATORS),
    *(f"two {who}s said" for who in _COMMENTATORS),
    *(f"a {who} general said" for who in ("retired", "former", "veteran")),
    "a think tank said",
    "a think-tank said",
    "think tanks said",
    *(f"in an {piece} today" for piece in ("op-ed", "oped", "op-eds", "essay", "editorial")),
    "in opinion pieces",
    "in an opinion column",
    "in a column",
    "in an article",
    "in a commentary",
    "in a blog post",
]


@pytest.mark.parametrize("phrase", [*_JUDGED, *_ARGUED, *_COMMENTED])
def test_every_guarded_word_of_the_opinion_cues(phrase: str) -> None:
    for text in (phrase, f"He said {phrase}.", f"“{phrase},” she said", phrase.upper()):
        _assert_cues_agree(text)
    low = phrase.lower()
    assert _plain_judgement(low) or _plain_argument(low, low) or _plain_commentary(low, True)


# Plans and things under way, at the start, inside and at the end of a passage.
_TENSED = [
    "plans to go",
    "the navy plans to send ships",
    "it is due to vote",
    "the talks are set to resume",
    "he said it'll pass",
    "the navy will send ships",
    "the navy is sending",
    "the navy is sending ships",
    "they are still weighing.",
    "they are also considering it, officials said",
    "i am working on it",
]


# What did not happen, each way the pattern names it, and with an apostrophe after the word.
_NOT_HAPPENED = [
    "no decision has been made",
    "officials did not say",
    "the minister didn't say",
    "the minister didn’t say",
    "the ministry has not said",
    "the ministers have not said",
    "it never happened",
    "it did not's",
    "it has not’",
    "it never's",
    "there were no immediate reports of damage",
    "there has been no word from the company",
    "no-one was injured in the fire",
    "nobody was hurt",
    "none was found",
]


@pytest.mark.parametrize("phrase", _NOT_HAPPENED)
def test_every_word_of_what_did_not_happen(phrase: str) -> None:
    for text in (phrase, phrase.capitalize(), f"He said {phrase}.", f"“{phrase},” she said"):
        _assert_cues_agree(text)
    assert event_selection._NOT_HAPPENED.match(phrase)


@pytest.mark.parametrize("phrase", _TENSED)
def test_every_tense_cue(phrase: str) -> None:
    for text in (phrase, f"He said {phrase}.", f"“{phrase},” she said", f"Officials: {phrase}"):
        _assert_cues_agree(text)
    assert _plain_future(cue_words.words_of(phrase), phrase)


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_cues_on_the_seeds(sentence: str) -> None:
    _assert_cues_agree(sentence)
    _assert_headline_parts_agree(sentence)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_TEXTS, st.text(max_size=40)))
@example("ADDED 0")
def test_cues_on_made_up_text(text: str) -> None:
    _assert_cues_agree(text)
    _assert_headline_parts_agree(text)


_CUE_PATTERNS = (
    opinion_cues._JUDGEMENT,
    opinion_cues._CITING,
    opinion_cues._READING,
    opinion_cues._STANCE,
    opinion_cues._VAGUE_DELIBERATION,
    opinion_cues._OPINION_PIECE,
    opinion_cues._COMMENTATOR,
    _PLAIN_CARRY_ON,
    event_selection._NOT_HAPPENED,
    event_selection._NOT_SO,
)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(*(st.from_regex(pattern) for pattern in _CUE_PATTERNS)))
def test_cues_on_text_their_patterns_match(text: str) -> None:
    """Text made to match a cue's pattern, with anything around it: its guard lets it through."""
    runs = frozenset(re.findall("[a-z]+", text))
    for said in (False, True):
        assert opinion_cues.commentary(text, said, runs) == _plain_commentary(text, said)
    assert opinion_cues.argument(text, text, runs) == _plain_argument(text, text)
    assert opinion_cues.judgement(text, runs) == _plain_judgement(text)
    carries_on = _PLAIN_CARRY_ON.search(text) is not None and not statement_cues.has_news(text)
    assert statement_cues.carries_on(text) == carries_on
    if event_selection._NOT_HAPPENED.match(text) or event_selection._NOT_SO.match(text):
        assert not event_selection._NOT_HAPPENED_RUNS.isdisjoint(runs)
    _assert_cues_agree(text)


_SAYING_VERBS = """said says told tells added adds stated states noted notes note explained
explains insisted insists stressed stresses wrote writes reported reports declared declares
declare continued argued argues claimed claims warned warns observed remarked commented
acknowledged acknowledges conceded recalled tweeted posted concluded concludes demanded demands
blared proclaimed quipped cautioned""".split()


@pytest.mark.parametrize("verb", _SAYING_VERBS)
def test_every_verb_of_saying_is_guarded(verb: str) -> None:
    """Each verb the attribution patterns name (spelt out here, not taken from the guard)."""
    for text in (
        f"The minister {verb}, that the troops will stay",
        f"The minister {verb} that the troops will stay",
        f"“The troops will stay,” the minister {verb}",
        f'"The troops will stay," the minister {verb} on Monday',
        f'"The troops will stay" the minister {verb}',
        f"“The troops will stay” the minister {verb}",
        f"The troops will stay, {verb} the minister",
    ):
        _assert_saying_guards(text)
        assert headline._drop_attribution(text) == _plain_drop_attribution(text)
        assert headline_parts.LEADING_SAYS.search(text) or headline_parts.TRAILING_SAYS.search(text)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.from_regex(headline_parts.LEADING_SAYS), st.from_regex(headline_parts.TRAILING_SAYS)
    )
)
def test_saying_guards_on_text_the_attributions_match(text: str) -> None:
    _assert_saying_guards(text)
    assert headline._drop_attribution(text) == _plain_drop_attribution(text)


@given(st.text(alphabet="ab'’ é.-İ", max_size=30))
def test_words_joined_by_apostrophes_are_the_patterns(text: str) -> None:
    """The words of a text read from its runs of letters and apostrophes are the ones the
    pattern finds, an apostrophe at an end or two in a run ("'tis", "rock'n'roll") too."""
    low = text.lower()
    assert cue_words.words_of(low) == cue_words.WORDS.findall(low.replace("’", "'"))


def test_trailing_says_from_the_last_mark_before_the_first_verb() -> None:
    """The scan that starts near the first verb of saying finds what the whole scan finds:
    with commas before it, a verb inside a quotation, marks between two verbs, and letters a
    case-blind pattern would take for ASCII ones ("ſ", "K", "İ", "ı")."""
    for text in (
        "The troops, the tanks and the ships will stay, the minister said on Monday",
        "“We said so,” the minister said, adding that the troops will stay",
        "The troops will stay, ” , the minister said, and the ships, officials say",
        "The troops will stay; the minister said nothing, officials told reporters",
        "The troops will stay,said the minister of defence",
        '"They will stay" ,  "the minister said',
        "The troops will ſtay, the miniſter ſaid, İt ıs Kelvin who says",
        "The troops will stay, the minister has repeatedly said",
        "The troops will stay, a minister who said so told reporters",
        "Troops, tanks, ships, planes, said, say, says",
    ):
        _assert_saying_guards(text)
        assert headline._drop_attribution(text) == _plain_drop_attribution(text)
