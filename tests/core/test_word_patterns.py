"""Patterns spelt by first letters (word_patterns.py) and the headline's cheap look-ups find
what the plain patterns find: on the seeds' sentences and on made-up text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.articles import seed_sentences
from viewer.core import (
    coordinated_times,
    court_cues,
    detail_cues,
    event_details,
    event_selection,
    happening_openers,
    happenings,
    headline_deletions,
    headline_parts,
    opinion_cues,
    reaction_cues,
    report_period,
    reported_times,
    retold_crime,
    retold_decision,
    running_totals,
    same_happening,
    standing_facts,
    statement_cues,
)
from viewer.core.temporal import noun_participles
from viewer.core.word_patterns import WordSearch, alternation, first_letters

# The opinion cues as they were spelt: one alternation after a `\b`.
_PLAIN_OPINION = re.compile(
    r"\b(?:makes? (?:it )?clear|it is clear|there is no doubt|there is a "
    r"(?:feeling|sense|risk|concern)|(?<!who )(?<!which )(?:is|are) likely|appears? to|seems? to|"
    r"in an indication|an acknowledge?ment|the question|i (?:don['’]t )?think|"
    r"arguably|in other words|the point is|is (?:a|the) (?:sign|signal|reminder)|"
    r"ominously|in part to|treats?\b|no specific plan|is needed|"
    r"remains? to be seen|it is (?:unclear|not clear)|would be\b|"
    r"it(?: is|['’]s) (?:not )?(?:\w+ )?(?:possible|conceivable|inconceivable|unlikely|probable)"
    r" that|"
    r"(?:concern|idea|risk|fear|hope|problem|point|question|worry)s? (?:\w+ ){0,3}"
    r"(?:is|are|was) that)"
)
_PLAIN_OPENER = re.compile(happenings._OPENER.pattern)  # without IGNORECASE
_REPORT = r"said|says|reported|reports|announced|told|confirmed|disclosed|revealed|added|noted"
# The verbs of a report that what it reports may be dated apart from (happening_openers.py).
_REPORTING = (
    rf"{_REPORT}|estimated|indicated|showed"
    r"|testified|testifies|admitted|acknowledged|stated|claimed|alleged|insisted|argued|wrote"
)
# The cues asked only whether they match anywhere, after a non-word character.
_WORD_SEARCHES = [
    event_selection._OPINION,
    running_totals._TOTAL,
    event_selection._HABITUAL,
    report_period._MARKET,
    happening_openers.REPORT_VERB,
    detail_cues._AHEAD,
    detail_cues._STEP,
    detail_cues._PERIOD,
    same_happening._NEXT,
    same_happening._APART,
    court_cues._TRIAL,
    court_cues._STEP,
    detail_cues._OTHER_STEP,
    retold_decision._OTHERWISE,
    report_period._MARKET_DAY,
]
# detail_cues' plan told ahead as it was spelt: a case-blind alternation after `\b`.
_PLAIN_AHEAD = re.compile(
    r"\b(?:will|shall|won['’]t|(?:aims?|plans?|intends?|expects?)\s+to|(?:is|are)\s+(?:due|set|"
    r"expected)\s+to)\b",
    re.IGNORECASE,
)
# detail_cues' step of its own as it was spelt: a case-blind alternation after `\b`.
_PLAIN_STEP = re.compile(
    r"\b(?:arrest\w*|charg\w*|indict\w*|convict\w*|sentenc\w*|acquit\w*|plead\w*|pled|remand\w*|"
    r"guilty|verdict|jail\w*|releas\w*|bail\w*|appeal\w*|urg\w*|dispatch\w*|"
    r"ask(?:s|ed)\s+(?:for|the\s+public|anyone|residents|people|witnesses)|"
    r"deploy\w*|evacuat\w*|rescu\w*|closed|reopen\w*|resign\w*|suspend\w*|dismiss\w*|"
    r"fired\s+(?:him|her|them)|sack\w*|appoint\w*|nominat\w*|elect\w*|hired|sued|fil(?:ed|es)|"
    r"order\w*|announc\w*|confirm\w*|launch\w*|sign\w*|vot\w*|approv\w*|ban(?:s|ned)?|"
    r"recall\w*|investigat\w*|died|dies|dead|killed|kills|"
    r"(?:closing|opening)\s+(?:arguments?|statements?))\b",
    re.IGNORECASE,
)
# detail_cues' part of a game or a fight as it was spelt.
_PLAIN_PERIOD = re.compile(
    r"(?<!-)(?<!\bnew )(?<!\bfresh )(?<!\banother )\bround\b"
    r"(?!\s+of\b|-(?!time\b)\w)"
    r"|(?<!-)\b(?:inning|innings)\b(?!\s+of\b|-(?!time\b)\w)"
    r"|(?:(?<=\bthe )|(?<=\bat )|(?<=\bfirst )|(?<=\bsecond )|(?<=\bthird )|(?<=\bfourth )"
    r"|(?<=\bfinal )|(?<=\bopening )|(?<=\bovertime ))(?:quarter|half)\b(?!\s+of\b|-(?!time\b)\w)"
    r"|(?:(?<=\bfirst )|(?<=\bsecond )|(?<=\bthird )|(?<=\bfourth )|(?<=\bfinal )"
    r"|(?<=\bopening )|(?<=\bovertime ))period\b(?!\s+of\b|-(?!time\b)\w)"
    rf"|\bthe\s+{detail_cues._ORDINALS}(?=\s*(?:[,.;]|and\b|with\b|$))"
    rf"|\b(?:opening|start|end|close|remainder)\s+of\s+the\s+{detail_cues._ORDINALS}\b"
    rf"|\b(?:start|open|begin|end|close)\s+the\s+{detail_cues._ORDINALS}"
    r"(?=\s*(?:[,.;]|and\b|but\b|$))"
    r"|\bwith\s+(?:about\s+|just\s+|only\s+)?\d+\s+(?:seconds?|minutes?)\s+"
    r"(?:left|remaining|to\s+go)\b",
    re.IGNORECASE,
)
# same_happening's step told as one, and what is told apart, as they were spelt.
_PLAIN_NEXT = re.compile(
    r"\b(?:then|later|also|again|afterwards?|subsequently|eventually|meanwhile|next|besides|"
    r"other\s+than|another|in\s+addition|as\s+well|"
    r"originally|earlier|previously|formerly|recently|once|last\s+(?:season|year|month|week))\b",
    re.IGNORECASE,
)
_PLAIN_APART = re.compile(
    r"\bhad\s+(?:(?:not|never|already|long|just)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ld|ht|ng|un)\b"
    r"|\b(?:detain\w*|cancel\w*|fled|flee\w*|den(?:y|ies|ied)|reject\w*|refus\w*|"
    r"ruled?|moved|cut\s+off|shut\w*|advis\w*|warned|treated|hospitali[sz]ed|taken)\b",
    re.IGNORECASE,
)
# Case-blind cues asked anywhere, as they were spelt: one alternation after `\b`.
_PLAIN_BLIND = [
    (court_cues._TRIAL, r"\b(?:jury|jurors|testimony|testified|trial)\b"),
    (
        court_cues._STEP,
        r"\b(?:convict\w*|acquit\w*|sentenc\w*|verdict|guilty|ruled|ruling|plea(?:d|ds|ded|s)?|"
        r"pled|indict\w*|charg(?:e|es|ed|ing)|mistrial|deliberat\w*|decided|arrest\w*)\b",
    ),
    (
        detail_cues._OTHER_STEP,
        r"\b(?:named|asked|testif\w*|complain\w*|estimat\w*|indicat\w*|identifi\w*)\b",
    ),
    (
        retold_decision._OTHERWISE,
        r"\b(?:plead\w*|pled|not\s+guilty|had\s+(?:been\s+)?|(?:after|before)\s+being)\b",
    ),
    (report_period._MARKET_DAY, r"\b(?:trading|closed|closing|shares|stock)\b"),
]
# Each pattern spelt by first letters, and the plain pattern it stands for.
_SPELT = [
    (
        retold_crime._VIOLENT_ACT,
        r"(?i)\b(?<!been )(?<!\ba )(?<!the )(?<!his )(?<!her )(?:shot|stabbed|killed|murdered|"
        r"strangled|gunned\s+down|opened\s+fire|ambushed|slashed|bludgeoned|fired\s+(?:twice|"
        r"once|at|into|upon|back|(?:[\w-]+\s+){0,3}(?:shots?|rounds?|bullets?|times)))\b",
    ),
    (
        report_period._MARKET.compiled,
        r"\b(?:trading|traded|shares|stocks?|prices|index|dollar|bonds?|currenc(?:y|ies)|"
        r"futures|volume|issues)\b",
    ),
    (
        happenings._REPORTED_THAT,
        rf"\b(?:{_REPORTING})\b[^,.;:“\"]{{0,40}}?\b(that)\b",
    ),
    (happening_openers.REPORT_VERB.compiled, rf"\b(?:{_REPORTING})\b"),
    (
        reported_times._REPORT_COLON,
        rf"\b(?:{_REPORT}|estimated)\b[^.;:“\"]{{0,60}}?:\s+(?=[A-Z])",
    ),
    (
        statement_cues._TEXT_NOUN,
        r"\b(?:article|essay|report|editorial|op-ed|column|study|paper|letter|doctrine|book|"
        r"analysis|commentary|times|journal|post|newspaper|magazine)\b|\*",
    ),
    (
        event_selection._HABITUAL.compiled,
        r"\b(?:repeatedly|increasingly|routinely|regularly|daily|(?:continued?|continues) to|"
        r"ha(?:s|ve) long|ha(?:s|ve) always|for years|every (?:day|week|year))\b",
    ),
    (
        running_totals._TOTAL.compiled,
        r"\b(?:in total|the total|a total of|brings? the total|bringing the total|"
        r"up to this point|so far|to date|all told|in all)\b",
    ),
    (
        opinion_cues._JUDGEMENT,
        r"\b(?:is|are|was|were|been|be)"
        + opinion_cues._JUDGEMENT.pattern[opinion_cues._JUDGEMENT.pattern.index(r"\s+") :],
    ),
    (
        opinion_cues._VAGUE_DELIBERATION,
        r"\b(?:consider|weigh|evaluat|review|explor|look)"
        + opinion_cues._VAGUE_DELIBERATION.pattern[
            opinion_cues._VAGUE_DELIBERATION.pattern.index(r"\w*\s+") :
        ],
    ),
    (noun_participles._A_YEARS, r"\b(?:1[89]|20)\d\d(?:s\b|\b)"),
    (coordinated_times._YEAR, r"\b(?:1[89]|20)\d\d\b"),
]

_PIECES = """makes make it clear is was are likely who which appears seem seems to in an
indication acknowledgment acknowledgement the question i don't don’t think arguably other words
point is a sign signal reminder ominously part treat treats treaty no specific plan needed remains
be seen unclear not would concern concerns idea risk fear hope problem worry worrys that since
after following when while as whose where compared with versus up down from aftermath whoever
asked astonishing , ; — – “ ” " ' ’ ( ) - _ 2022 é café ſince K kİ including adding saying and
but so or yet still also then In On At By After Before Meanwhile However Also ſo And BUT Still
\u212a\u212aan trading shares stocks index bonds currency currencies reported that told
says: Reporters: article op-ed times* repeatedly continued continue continues has have long
for years every day week total brings bringing all so far date is were been be very
important good an game-changer considering weigh evaluating look at range of options will
would plans agreed we're we’ve have going 12 Saying TELLING describes Declined calls
1990s 1875 2004 20041 a2004 ١٩٩٠ during before early mid- late january 3-1 9-
urged warning accused criticised criticizes statement spokeswoman ſpokesman İnfo ıt fell to
36-3 rose 1-2-3 arrested Charged ſued filed files asked public fired him banned ban dead round
play-off -round innings half quarter the sixth first 12th start opening remainder of with about
20 seconds minutes left to go then later LATER ſubsequently had been fixed DENIES cut off
once jury Trial sentenced pleads not guilty before being named testified closing""".split()
_TEXTS = st.lists(
    st.sampled_from([*_PIECES, " ", "  ", "\n", "\t", ", ", "\u00a0", ". "]), max_size=40
).map("".join) | st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)


_SENTENCES = seed_sentences()


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def _check(text: str) -> None:
    low = text.lower()
    found = event_selection._OPINION.found(low)
    assert found == (_PLAIN_OPINION.search(low) is not None), low
    for each in (text, low):  # asked after a non-word character: the search's answer
        for cue in _WORD_SEARCHES:
            for pos, end in ((0, len(each)), (1, len(each) - 1), (3, len(each))):
                found = cue.compiled.search(each, pos, end) is not None
                assert cue.found(each, pos, end) == found, (each, pos, end)
    for start, end in ((0, len(low)), (1, len(low) - 1), (3, len(low))):
        got = _spans(happenings._OPENER_LOWERED, low, start, end)
        assert got == _spans(_PLAIN_OPENER, low, start, end), (low, start, end)
    assert headline_parts.fronted(text) == (headline_parts.FRONTED.match(text) is not None)
    conjunction = headline_parts.LEADING_CONJUNCTION.match(text)
    assert headline_parts.leading_conjunction(text) == (conjunction.end() if conjunction else 0)
    news = re.search(r"\d", low) or reaction_cues._NEWS_WORDS.search(low)
    assert bool(news) == (reaction_cues._NEWS.search(low) is not None)
    for spelt, plain in _SPELT:
        for each in (text, low):
            spans = [(m.span(), m.groups()) for m in spelt.finditer(each)]
            assert spans == [(m.span(), m.groups()) for m in re.finditer(plain, each)], plain
    assert event_details._speaking(text) == (event_details._SPEAKING.search(text) is not None)
    for each in (text, low):
        assert detail_cues.told_ahead(each) == (_PLAIN_AHEAD.search(each) is not None), each
        assert detail_cues.step_of_its_own(each) == (_PLAIN_STEP.search(each) is not None), each
        assert detail_cues._PERIOD.found(each) == (_PLAIN_PERIOD.search(each) is not None), each
        assert same_happening.next_step(each) == (_PLAIN_NEXT.search(each) is not None), each
        assert same_happening._APART.found(each) == (_PLAIN_APART.search(each) is not None), each
        for cue, plain in _PLAIN_BLIND:
            assert cue.found(each) == (re.search(plain, each, re.IGNORECASE) is not None), plain
        made = re.search(r"\b" + standing_facts._MADE_TIME, each) is not None
        assert standing_facts.may_describe_made(each) == made, each
        assert (detail_cues._SCORE.search(each) is None) == (re.search(r"\d-\d", each) is None)
    if detail_cues._TALLY.search(text):
        assert detail_cues._SCORE.search(text)
    detail = headline_parts.TRAILING_DETAIL.search(text)
    assert headline_parts.trailing_detail(text) == (detail.start() if detail else -1)


def test_the_seed_sentences_give_the_same_matches() -> None:
    assert len(_SENTENCES) > 100
    for sentence in _SENTENCES:
        _check(sentence)
        _check(sentence[sentence.find(" ") + 1 :])  # from its second word


@pytest.mark.parametrize(
    "text",
    [
        "Since the war began, he said.",
        "whose idea is it that",
        "The concern among officials is that",
        "who is likely to win; which are likely",
        "ſince Kelvin \u212aan",
        "And  \u00a0then it rained, adding to the damage — while others fled",
        "In_the morning",
        "In2022 it was",
        "Ascension day",
        "“An event that lasted for hours”",
        "",
        "a",
        "so far, so good",
        "repeatedly_ and 3in total; arguably",
        "-in all told",
        "ſHOT, \u212aILLED and ſlashed; the shot; had been ſtabbed",
        # A word character past ASCII, or a capital, right before a cue: no word starts there.
        "éin total, Ésaid; ٣so far ßrepeatedly Arguably ²trading _shares",
        "café seems to; naïve traded, résumé reported",
        "ſhall İS DUE TO; WON’T Plans  to ıs set to, éwill _will 3will",
        "Kill \u212aill ARE expected\tto; aims\nto",
        # A step of its own, in any case and after any character ("ſ" is a case-blind "s").
        "ſued, \u212aILLED; éarrested _charged 3filed pre-arrest ASKED\tthe  public fired them",
        # A part of a game: not after a hyphen, nor "round of"; an ordinal ending a clause.
        "play-off period; a round of talks; éround Round; the SIXTH, and to start the 12th\n",
        "Talks began a NEW round; an round, A  round; ANOTHER Round. anew round, renew round",
        "in the remainder of the first half with just 20 seconds to go; end the fifth but",
        # A step told as one, or told apart, in any case ("ſ" and "ı" are case-blind letters).
        "THEN ſubsequently; Last  Season, éthen _also pre-earlier HAD NEVER ſhut; hAD been Fıxed",
        "It had been ſTOLEN, cut\toff and DENIED; once-off; Hospitalized, eventually AS WELL",
        "The JURY; ſentenced, Pleaded; pre-trial éruled NOT  GUILTY after\nbeing had been ıd",
        "ſhares Closing; \u212aept TESTIFIED and mistrıal, before being Named; stock-trading",
    ],
)
def test_edges(text: str) -> None:
    _check(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_made_up_text_gives_the_same_matches(text: str) -> None:
    _check(text)


def test_a_case_blind_search_wants_a_lowercase_pattern() -> None:
    said = WordSearch("(?:" + first_letters(["said"]) + r")\b", blind=True)
    assert said.found("Police SAID on Friday") and said.found("ſaid") and not said.found("Saidi")
    with pytest.raises(ValueError):
        WordSearch(r"(?:Said)\b", blind=True)


def test_first_letters_wants_a_letter_first() -> None:
    assert first_letters(["as", "after"]) == r"a(?<!\w\w)(?:s|fter)"
    # The letters' groups go most frequent first: an order that changes no match.
    assert (
        first_letters(["zeal", "as", "tea"])
        == r"t(?<!\w\w)(?:ea)|a(?<!\w\w)(?:s)|z(?<!\w\w)(?:eal)"
    )
    with pytest.raises(ValueError):
        first_letters(["(?:a|b)"])


_SPACED = st.lists(
    st.sampled_from([*_PIECES, " ", "  ", ", ", " ,", "( ", " )", ",,", ", ;", " ”", "“ "]),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SPACED)
def test_a_text_spaced_only_by_spaces_is_tidied_as_by_tidy(text: str) -> None:
    assert headline_deletions.tidied(text) == headline_deletions._tidy(text)


def _alphabetical(words: list[tuple[str, str]]) -> str:
    """`alternation` as it was spelt, each node's letters in alphabetical order."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word, tail in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node.setdefault("", {})[tail] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alternatives = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        alternatives += sorted(node.get("", {}))
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return emit(tree)


_VERBS = [
    (w, tail)
    for w in [*headline_parts._SAYING_AFTER_LIST, "a", "an", "and", "the", "then", "ſaid"]
    for tail in ("", r"\b", r"(?= +(?:day|week)\b)")
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_alternation_in_any_letter_order_gives_the_same_matches(flags: int) -> None:
    ordered = re.compile(alternation(_VERBS), flags)
    plain = re.compile(_alphabetical(_VERBS), flags)
    assert ordered.pattern != plain.pattern
    for text in [*_SENTENCES, "ſAID the day, Kelvin \u212aan said week; İ ı ANd then"]:
        for each in (text, text.lower()):
            spans = [m.span() for m in ordered.finditer(each)]
            assert spans == [m.span() for m in plain.finditer(each)], each
