"""Which passages report a happening, and how sure that is.

An event is a reported happening: an action taken, an announcement, decision or plan made
public, a statement with news content made on an occasion, a report published. Not events:
standing facts and the generic present ("NATO's Article 5 doctrine says…"), opinion and
analysis ("The rapidity of the deployments makes clear that…"), descriptions ("The
signatories include…"), running totals ("In total, the US has redeployed…"), rhetorical
questions, and quote continuations that add nothing new ("He added that NATO 'should not
fear'…"), which stay with the statement they continue. The cues are how news is written
(tense, attribution, hedges, the shapes of analysis), never the words of one story.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from viewer.core.cue_words import SAYING_NOW, SAYING_VERBS, letters_of, outside_quotations, words_of
from viewer.core.event_verbs import LOWER_TO_ASCII, event_verb_among, has_event_verb
from viewer.core.lowered import lowered
from viewer.core.main_clause import tells_now
from viewer.core.month_may import modal_may, months_read
from viewer.core.motive_cues import motive
from viewer.core.news_present import news_present_act
from viewer.core.opinion_cues import CUE_RUNS, argument, commentary, judgement, writer_voice
from viewer.core.past_tense import (
    past,
    past_action,
    past_as_base,
    past_form,
    perfect_past_adverb,
)
from viewer.core.plan_cues import planned, progressive
from viewer.core.running_totals import (
    PERIOD_WORDS,
    PLAY_WORDS,
    TOTAL_WORDS,
    play_figures,
    running_total,
)
from viewer.core.speech_tags import bare_speech_tag, credit_line, quotation_tail
from viewer.core.standing_facts import standing_now, text_lets
from viewer.core.state_cues import state_doubt
from viewer.core.statement_cues import (
    ATTRIBUTION_WORDS,
    DOCUMENT_RUNS,
    TEXT_RUNS,
    attributed,
    carries_on,
    has_news,
    names_a_text,
    says_now,
)
from viewer.core.visible import one_line
from viewer.core.word_patterns import WordSearch, first_letters

# A hedged main verb: speculation about what may happen, not a plan made public.
_HEDGES = frozenset({"could", "might", "may", "should", "must", "would"})
# A description or a standing fact: a present-tense copula or verb of having and including.
_STATIVES = frozenset(
    """is are include includes provides remains remain consists contains has have says means
    holds belongs lies serves administers owns employs""".split()
)
# What a text (a report, an essay, a doctrine) says, told in the present: its reading, not a
# happening of one time.
_PRESENT_ATTRIBUTION = SAYING_NOW
# What a thing will have or be, told ahead: a description of it ("The phone will not have
# 3G, but it will include Wi-Fi"), not a plan made public ("will send", "will be replaced").
_FEATURES = re.compile(  # spelt by first letters (word_patterns.py), as the cues below
    "(?:" + first_letters(["will", "won['’]t"]) + ")"
    r"\s+(?:not\s+|also\s+|only\s+)?(?:have|include|feature|support|offer|"
    r"cost|sport|boast|weigh|measure|come\s+with|run\s+on|be\s+(?:a|an|available|compatible|"
    r"similar|able|equipped|powered|priced)\b)"
)
# What a thing has, told in the present on no one's authority: "The new device features
# built-in GPS", "Its LED display supports a 1920x1200 resolution", "Other features include a
# matte screen", "The device also comes with a 512MHz processor" (a description, as what it
# will have is: _FEATURES). The verb is the main one, after a subject: no verb, relative or
# conjunction before it ("iMovie was refreshed with several new features including …", "Schiller
# demonstrated how these features help …"; a participle only after a determiner: "The updated
# machine boasts …"), and no verb right after it ("The features were announced"); nor what a
# plan is made of ("It includes removing $242 million in good will from the books").
_DETERMINED = "".join(rf"(?<=\b{d} )|" for d in "the a an its their his her this these".split())
_HAS_NOW = re.compile(
    r"^(?:[^,]{1,60}, )?(?:(?!(?:that|which|who|and|but|when|after|as|how|what|with|was|were|is|"
    rf"are|be|been|has|have|had)\b)(?:{_DETERMINED}(?!\w+ed\b))[\w$'’.-]+ ){{1,6}}?"
    r"(?:also )?(?:features|supports|includes?|comes? with|boasts|sports)\b"
    r"(?! (?:was|were|is|are|will|would|have|has|had|can|could|that|to|\w+ing)\b)"
)
# Its verbs as words: a passage with none of them is not tried (most are not).
_HAS_NOW_VERBS = frozenset("features supports include includes come comes boasts sports".split())
# A process under way in the present passive: "is being accompanied", "are being filled out".
_ONGOING = re.compile("(?:" + first_letters(["is", "are"]) + r") (?:\w+ )?being \w+ed\b")
# What did not happen: "No decision has been made", "The official did not reveal…". Not
# past a verb of saying: "Mehdi Zareh said there was no tsunami risk" is what a source told,
# a statement (as "Baehr said he was not aware of …" is to _NOT_SO).
_SAYING = "|".join(sorted(SAYING_VERBS))
_NOT_HAPPENED = re.compile(
    r"^(?:(?:as|while|when|although|though) [^,]{1,80}, )?"  # "As leaders met, forces did not…"
    rf"(?:(?!(?:{_SAYING})\b)\w+ ){{0,4}}?"
    r"(?:no \w+ (?:has|have|was|were|is|are)\b|did not\b|didn['’]t\b|"
    r"has not\b|have not\b|never\b|"
    r"there (?:was|were|ha(?:ve|s|d) been) no\b|"  # "There were no immediate reports of damage"
    r"(?:no-one|no one|nobody|none) (?:was|were|is|are|ha(?:s|ve|d))\b|"  # "No-one was injured"
    r"neither [^.;:]{1,60}? nor\b)"  # "Neither RIM nor T-Mobile has announced U.S. pricing"
)
# The same told after a longer subject, names and possessives in it, no clause opened before
# the perfect: "Results of Williams' blood-alcohol test have not been released", "Mr. Jackman,
# 40, has never been nominated for an Oscar", "T-Mobile has not released a launch date".
_NOT_HAPPENED_LONG = re.compile(
    r"^(?:(?!(?:who|which|that|when|where|after|before|because|although|though|while|as|since|"
    r"if|and|but|or|so|is|are|was|were|be|been|said|says)\b)[\w'’.$-]+,? ){1,8}?"
    r"(?:has|have) (?:not|never)\b"
)
# What was not so, on no one's authority: "None of Thomas' family members were present in the
# courthouse Monday", "In fact, Rosenbluth wasn't even there that night". (A source who says
# so makes a claim: "Baehr said he was not aware of …".)
_NOT_SO = re.compile(
    r"^(?:\w+,? ){0,4}?(?:none of (?:\S+ ){1,4}?(?:was|were|ha(?:ve|d))\b|(?:was|were) not\b|"
    r"(?:wasn|weren)['’]t\b)"
)
# Runs of letters of which every match of _NOT_HAPPENED holds one ("didn" of "didn't"): most
# passages have none, and a set look-up costs less than the match.
_NOT_HAPPENED_RUNS = frozenset(
    {"no", "not", "never", "didn", "nobody", "none", "wasn", "weren", "neither"}
)
# The conjunctions of a condition a participle may follow with no subject: "if convicted".
_CONDITIONS = frozenset({"if", "unless"})
# What would happen if: "In the event of further escalation, the Navy could be told…".
_HYPOTHETICAL = re.compile("(?:" + first_letters(["in the event of", "if"]) + r")\b")
# Habits and trends: what keeps happening, not a happening.
_HABITUAL = WordSearch(
    "(?:"
    + first_letters(
        [
            *"repeatedly increasingly routinely regularly daily".split(),
            *["continued? to", "continues to", "ha(?:s|ve) long", "ha(?:s|ve) always"],
            "for years",
            "every (?:day|week|year)",
        ]
    )
    + r")\b"
)
# Analysis, opinion and hedges: the writer or a pundit judging, not something happening.
# (Spelt by first letters, word_patterns.py; the plain alternation is in the tests.)
_THAT_WORDS = "concern idea risk fear hope problem point question worry".split()
_OPINION = WordSearch(
    "(?:"
    + first_letters(
        [
            r"makes? (?:it )?clear",
            r"it is clear",
            r"there is no doubt",
            r"there is a (?:feeling|sense|risk|concern)",
            r"i(?<!who i)(?<!which i)s likely",
            r"a(?<!who a)(?<!which a)re likely",
            r"appears? to",
            r"seems? to",
            r"in an indication",
            r"an acknowledge?ment",
            r"the question",
            r"i (?:don['’]t )?think",
            r"arguably",
            r"in other words",
            r"the point is",
            r"is (?:a|the) (?:sign|signal|reminder)",
            # What a happening means for someone: "The failure is a setback for Europe's plans"
            *(
                rf"{be} (?:a|another) (?:\w+ )?(?:setback|blow|boost) (?:for|to)\b"
                for be in ("is", "was")
            ),
            r"ominously",
            r"in part to",
            r"treats?\b",
            r"no specific plan",
            r"is needed",
            r"remains? to be seen",
            r"it is (?:unclear|not clear)",
            r"would be\b",
            # "it's entirely possible that LionsGate will choose …": a reckoning of what may be
            r"it(?: is|['’]s) (?:not )?(?:\w+ )?"
            r"(?:possible|conceivable|inconceivable|unlikely|probable) that",
        ]
        + [rf"{w}s? (?:\w+ ){{0,3}}(?:is|are|was) that" for w in _THAT_WORDS]
    )
    + ")"
)

# Words without one of which a pattern below cannot match: a set look-up spares the scan.
_OPINION_WORDS = frozenset(
    """make makes clear doubt feeling sense risk risks concern concerns likely appear appears
    seem seems indication acknowledgment acknowledgement question questions think arguably words
    point sign signal reminder ominously part treat treats plan needed seen unclear would idea
    setback blow boost
    possible conceivable inconceivable unlikely probable
    ideas fear fears hope hopes problem problems worry worries""".split()
)
_DAILY = frozenset({"daily"})
_HABITUAL_WORDS = frozenset(
    """repeatedly increasingly routinely regularly daily continue continued continues long
    always years every""".split()
)


# The words and runs of letters the cues below look up: a passage's are kept to these, so
# that each look-up is in a set of a few words rather than of all of them.
_CUE_WORDS = (
    _OPINION_WORDS
    | TOTAL_WORDS
    | _STATIVES
    | _HEDGES
    | _HABITUAL_WORDS
    | PERIOD_WORDS
    | PLAY_WORDS
    | frozenset({"if", "unless", "event", "being"})
)


# The runs of letters the cues look up, and the words `_Read.of` looks up among a
# passage's words and among its runs.
_CUE_RUNS = CUE_RUNS | _NOT_HAPPENED_RUNS | TEXT_RUNS | DOCUMENT_RUNS
_WORD_CUES = _CUE_WORDS | ATTRIBUTION_WORDS
_RUN_CUES = _WORD_CUES | _CUE_RUNS


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class Judgement:
    """Whether a passage reports a happening, how sure that is, and why not when it does not."""

    confidence: float
    continues: bool = False  # a statement carrying on the one before, adding nothing new
    # `is_statement` of the passage on one line, when judging read its words (else None).
    statement: bool | None = field(default=None, compare=False)

    @property
    def is_event(self) -> bool:
        return self.confidence >= EVENT_THRESHOLD and not self.continues


EVENT_THRESHOLD = 0.5
# An entry of a chronology: its date, a dash or a colon, then what happened, told in the
# present ("June 2012 - Assange takes refuge in Ecuador's embassy in London"), maybe after
# the list's label ("Key dates:").
_CHRONOLOGY = re.compile(
    r"\W*(?:[A-Z][\w ]{0,30}:\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:1[89]|20)\d\d\s*[-–—:]\s+[A-Z]"
)
# A clause cut from its report ("that …") with "would" its verb's: the report's future.
_REPORTED_WOULD = re.compile(r"(that\s+(?:[\w'’-]+\s+){1,4})would\b")


def judge(
    text: str,
    dated: bool,
    *,
    side: bool = False,
    split: bool = False,
    lede: bool = False,
    headline: bool = False,
    narrated: Callable[[], bool] | None = None,
) -> Judgement:
    """How surely a passage (a sentence, or a clause cut from one) reports a happening.

    `dated`: it names a time of its own; `side`: a clause cut from a sentence because it
    reports something at another time ("since Russia invaded Ukraine on February 24");
    `split`: a part of a sentence that reports happenings at several times; `lede`: the
    article's first sentence, which news gives to its main happening, as it does the
    `headline`; `narrated`: whether the sentence before it is told in the past, asked only of
    a past spelt as its base after a plural subject, then read as past ("But at night the
    flames spread to two more buildings").
    """
    if side and _REPORTED_WOULD.match(text):
        # "The company said on Tuesday | that owners would be contacted … from next week": the
        # future of a report told in the past, a plan, not what would be if.
        text = _REPORTED_WOULD.sub(r"\1will", text, count=1)
    stripped = text.rstrip(" \"'”’)*")
    if stripped.endswith("?") or credit_line(text):
        return Judgement(0.05)  # a question, or a credit line ("Ann Lee contributed to…")
    few = len(text.split(None, 3)) < 4 and not side  # at most four words split off: enough
    if few and not (dated and split):
        return Judgement(0.1)
    read = _Read.of(text)
    if few and not read.past:  # "He testified Tuesday | that …": a past act with its own day
        return Judgement(0.1)
    if read.said and bare_speech_tag(text, read.told, read.low, read.outside):
        return Judgement(0.1, True)  # "police said Saturday", cut from what they said
    if not read.said and quotation_tail(text) and not has_news(read.low):
        return Judgement(0.1, True)  # "but we're not going to put out a bad movie …”"
    base = _tense_read(read, text, dated, lede, narrated) or _acts_now(read, text, lede or headline)
    score = 0.25
    # A verb of action told in the past is a happening's verb even where news has no stock
    # word for it ("the president lined up with 29 leaders", "revenue declined").
    acted = read.event_verb or base or (read.past and past_action(read.told))
    score += 0.25 if acted else 0.0
    # A plan made public is as much a happening as an action taken; a process under way less.
    told = read.past or read.says_now  # the news present of a statement is its past
    score += 0.2 if told or read.planned else 0.1 if read.future else 0.0
    score += 0.2 if dated else 0.0
    score += 0.1 if read.said else 0.0
    if side:
        score += 0.15  # cut out for its own time: a happening by construction
    elif split:
        score += 0.1  # the rest of a sentence that tells of several happenings
    if lede:
        score += 0.1
    score -= _doubts(read, dated)
    if not (dated or lede or side):  # a state: a copula its only verb, a source's description
        score -= state_doubt(read.told, read.low, read.said, read.future)
    continues = not dated and carries_on(read.low)
    statement = read.said or '"' in text or "“" in text  # is_statement(text), words read once
    return Judgement(round(min(0.97, max(0.02, score)), 3), continues, statement)


def _acts_now(read: _Read, text: str, top: bool) -> bool:
    """Whether a headline or lede (`top`) tells an act in the news present with a verb that is
    no stock verb of acting: "Toyota recalls 1 million cars over faulty brakes"."""
    return top and not (read.event_verb or read.past) and news_present_act(text)


def _tense_read(
    read: _Read, text: str, dated: bool, lede: bool, narrated: Callable[[], bool] | None
) -> bool:
    """Read a passage's tense again where its words alone mislead (`read.past`); whether it is
    a past spelt as its base, read as past after a sentence told in the past."""
    base = (
        not read.past
        and narrated is not None
        and past_as_base(read.told, read.outside)
        and not text_lets(read.told)  # "The rules let companies set their own prices."
        and narrated()
    )
    if base:
        read.past = True  # "But at night the flames spread to two more buildings."
    if lede and not read.past and perfect_past_adverb(read.told):
        read.past = True  # "More than 10 million doses … have now been given in Kenya."
    if (read.past and not (dated or lede or read.said)) and (
        tells_now(read.told, read.outside) or standing_now(read.outside)
    ):
        # "Still, it takes a special individual …": a judgement; "The company, founded in
        # 1998, employs 300 people.": a standing fact
        read.past = False
    if dated and _CHRONOLOGY.match(text):
        read.past = True  # "June 2012 - Assange takes refuge …": a chronology's present
    return base


@dataclass(slots=True)  # not frozen: a frozen dataclass is slower to make, and this one is
class _Read:  # made for every passage judged and never changed
    """A passage's words as the cues read them: lowercased, and outside its quotations."""

    low: str
    outside: str  # with its quotations blanked: the reporting, not what was quoted
    words: frozenset[str]  # its words that are among _CUE_WORDS
    told: list[str]  # the words outside its quotations, in order
    runs: frozenset[str]  # its runs of letters a-z among _CUE_RUNS: whole words the cues name
    past: bool
    said: bool
    event_verb: bool  # has_event_verb(text)
    says_now: bool  # a person's statement told in the present: "Netanyahu says…"
    # Whether it tells a plan, and a plan or a process under way: read on first use (None
    # until then), as only some passages' cues ask (not one told in the past with a date).
    _plan: bool | None = None
    _ahead: bool | None = None

    @property
    def planned(self) -> bool:
        """A plan told as one (`plan_cues.planned`)."""
        if self._plan is None:
            self._plan = planned(self.told, self.outside)
        return self._plan

    @property
    def future(self) -> bool:
        """A plan, or a process under way told in the progressive."""
        if self._ahead is None:
            self._ahead = self.planned or progressive(self.told, self.outside)
        return self._ahead

    @staticmethod
    def of(text: str) -> _Read:
        low = lowered(one_line(text))
        letters = letters_of(low)
        run_list = letters.decode("ascii").split()
        # Every word a cue looks up, among the runs: one pass over them, then small sets.
        found = _RUN_CUES.intersection(run_list)
        # A word joined to the next by an apostrophe ("nation's") is two runs of letters.
        runs = found & _CUE_RUNS
        if "'" in low or "’" in low:
            words = words_of(low)
            found = _WORD_CUES.intersection(words)
        else:
            words = run_list  # the words are the runs
        outside = outside_quotations(low)  # the reporting, not what was quoted
        told = words_of(outside) if outside != low else words
        said = attributed(found, low)
        present = found & _CUE_WORDS
        if "may" in present and not modal_may(low):
            present -= {"may"}  # "a councillor until May 2008": the month, no hedge
        told = months_read(told, outside)
        if "daily" in present and "Daily" in text[1:]:
            present -= _DAILY  # "told the Daily Nation": a paper's name, no habit
        plain = LOWER_TO_ASCII[0] not in text and LOWER_TO_ASCII[1] not in text
        event_verb = event_verb_among(run_list) if plain else has_event_verb(text)
        told_past = past(told, outside)
        now = not told_past and said and says_now(told, low, runs)
        return _Read(low, outside, present, told, runs, told_past, said, event_verb, now)


def _doubts(read: _Read, dated: bool) -> float:
    """How much the cues of opinion, standing facts, totals, habits and what did not happen
    take from a passage's score."""
    low, words, doubt = read.low, read.words, 0.0
    if not _OPINION_WORDS.isdisjoint(words) and _OPINION.found(low):
        doubt += 0.3
    for _ in range(0 if dated else running_total(low, read.outside, words)):
        doubt += 0.3  # a running total: "in total", "so far", "since 2013"
    if not read.said and play_figures(low, words):
        doubt += 0.45  # "He had 793 yards and six touchdowns": a player's figures of play
    if not dated and not read.past and not read.says_now and not read.future:
        doubt += 0.1 if _STATIVES.isdisjoint(words) else 0.25  # the generic present
    if not read.past and not read.said and not _HEDGES.isdisjoint(words):
        doubt += 0.2
    if not _NOT_HAPPENED_RUNS.isdisjoint(read.runs) and (
        _NOT_HAPPENED.match(read.outside)
        or _NOT_HAPPENED_LONG.match(read.outside)
        or (not read.said and _NOT_SO.match(read.outside))
    ):
        doubt += 0.25
    if dated:
        return doubt
    if not read.said and read.planned and _FEATURES.search(read.outside):
        doubt += 0.3  # "It will support Wi-Fi calling": what a thing will have, no plan
    elif not (read.said or _HAS_NOW_VERBS.isdisjoint(read.told)) and _HAS_NOW.match(read.outside):
        doubt += 0.3  # "The device features built-in GPS": what a thing has
    if not _HEDGES.isdisjoint(words) and not {"if", "event"}.isdisjoint(words):
        doubt += 0.25 if _HYPOTHETICAL.search(low) else 0.0  # what would happen if
    elif not read.said and (
        read.told[:1] == ["if"]
        or (("if" in words or "unless" in words) and _if_participle(read.told))
    ):
        doubt += 0.35  # "If extradited, he will join …": what happens only if
    reading = not read.past and not _PRESENT_ATTRIBUTION.isdisjoint(read.told)
    if reading and names_a_text(low, read.runs):
        doubt += 0.2  # what a report, an essay or a doctrine says
    if "being" in words and _ONGOING.search(read.outside):
        doubt += 0.2  # "is being filled out": a process under way, not a happening
    if not _HABITUAL_WORDS.isdisjoint(words) and _HABITUAL.found(read.outside):
        doubt += 0.25
    return doubt + _views(read)


def _if_participle(told: list[str]) -> bool:
    """Whether the words told hold "if" or "unless" and a participle with no subject between,
    and no other past: the condition closing what happens only if ("Timmons faces up to 15
    years to life if convicted of second-degree murder"; not "He pleaded not guilty and faces
    life in prison if convicted", a plea told with it)."""
    for i in range(1, len(told) - 1):
        if told[i] in _CONDITIONS and past_form(told[i + 1]):
            rest = told[:i] + told[i + 2 :]
            return not past(rest, " ".join(rest))
    return False


def _views(read: _Read) -> float:
    """A commentator's view, or a statement that only judges, with no figure or plan of its
    own (the passage has no date of its own either: see _doubts)."""
    if commentary(read.outside, read.said, read.runs) or argument(
        read.low, read.outside, read.runs
    ):
        return 0.3  # its figures and forecasts are the commentator's reading too
    # The writer's voice, unless it tells a motive or how someone decided: such a passage
    # joins the event before it (motive_cues), as one judged a happening does.
    if writer_voice(read.outside, read.said, read.runs) and not motive(read.low):
        return 0.3  # "In the final analysis, McDermott's heart won out over the cash."
    return 0.3 if judgement(read.low, read.runs) and not has_news(read.low) else 0.0
