"""Narrative time: the time a story is telling of, carried from sentence to sentence.

A statement that follows "at a press conference on Monday" with no time of its own was made
on Monday, not on the publication day: within a paragraph (or a quotation) the narrative
keeps the time its last dated happening set. Expressions counted from another date of the
text ("two days later", "the following week", "earlier that day", "the previous month") are
resolved against that time (anaphoric_dates.py counts them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from viewer.core.anaphoric_dates import STORY_PERIOD, YEAR_BEFORE
from viewer.core.counted_actors import COUNTED_ACTORS
from viewer.core.court_cues import testimony
from viewer.core.cue_words import WORDS, outside_quotations
from viewer.core.flashback_times import closes_past_sentence, opens_sentence
from viewer.core.holds import holds_any
from viewer.core.last_answer import keeps_last
from viewer.core.lowered import lowered
from viewer.core.model import DateValue, Precision, Span
from viewer.core.past_tense import past_perfect_in
from viewer.core.report_period import is_period, reports_figures, year_back
from viewer.core.retold_crime import RetoldCrime, violent_act
from viewer.core.sentence_tense import RELATIVE_CLAUSE, told_in_past, told_in_present, verb_of
from viewer.core.temporal.timex import Timex
from viewer.core.title_event import speaker_named_in, speakers_of

# Counted from the story's time: "the previous month"; "a year ago" in a results story.
_FROM_STORY = re.compile(r"the\s+(?:previous|preceding)\s+(?:week|month|year)$", re.IGNORECASE)
_YEAR_AGO = re.compile(r"a\s+year\s+ago$", re.IGNORECASE)
_COMPARED = re.compile(r"(?:compared|versus|up from|down from)\b", re.IGNORECASE)


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class Reference:
    """The time a narrative is at: a date, the words that set it, and the sentence they are in."""

    value: DateValue
    text: str
    sentence: Span


_CARRIED_ON = re.compile(
    r"(?:[a-z]+ed\s[^,;]{0,80},\s+)?(?:she|he|they|it|her|his|their)\b", re.IGNORECASE
)
_PRONOUN_OPENS = re.compile(r"(?:It|He|She|They)\s+[a-z]")
# A speaker of the run's actor's own, by a possessive opening the sentence: "Its trade
# commissioner said …" after "The EU responded on Tuesday."
_OWN_SPEAKER = re.compile(
    r"(?:Its|His|Her|Their)\s+(?:[\w'’-]+\s+){1,3}?(?:said|told|added|announced)\b"
)


def _done(shown: str) -> bool:
    return told_in_past(shown) or past_perfect_in(lowered(shown))  # past or past perfect


def _carries_actors(shown: str) -> bool:
    """Whether a statement goes on with the run's actors: what they did, reported ("Police say
    the suspects fled"), or told by a speaker of their own ("Its trade commissioner said")."""
    return reports_actors(shown) or _OWN_SPEAKER.match(shown) is not None


# A definite noun opening a sentence, its head a plural: "The officers", "The two suspects".
_DEFINITE_ACTORS = re.compile(r"the\s+(?:[a-z-]+\s+)?([a-z]{3,}s)\b(?!')")
# A name opening a sentence, its verb after it: "Ortiz asked", "Hiller went" (not a word
# that opens sentences capitalized: "Then", "Police").
_NAME_OPENS = re.compile(
    r"(?!(?:The|This|That|These|Those|Then|But|And|After|Before|When|While|In|On|At|By|For|"
    r"Police|Officers|Authorities|Officials|It|He|She|They|We|I|A|An|One|Some|Many|Most)\b)"
    r"([A-Z][a-z][\w'’-]*)\s+[a-z]"
)
# A report's opener and what it reports of actors named by a definite noun: "According to
# reports, the robbers escaped …", "Police said the suspects fled …", "The police source, who
# wished to remain anonymous, said the men drove …" (its relative clause blanked first); what
# they did told after a clause of its time: "Police said that after smelling gas, the landlord
# … sent his adult son upstairs".
_REPORTED_ACTORS = re.compile(
    r"(?:according\s+to\s+[^,]{1,60},|(?:[\w'’.-]+\s+){1,5}?(?:said|reported|says|say))\s+"
    r"(?:that\s+)?(?:(?:after|before|when|while|as)\s+[^,;“\"]{1,60},\s+)?"
    r"(?P<actors>(?:the\s+[\w-]+|" + COUNTED_ACTORS + r")\b.*)"
)
# Or the account first, its speaker after it: "He shot Ortiz once in the head and fled, Peavy said."
_ACTORS_THEN_SPEAKER = re.compile(
    r"(?P<actors>(?:he|she|they|the\s+[\w-]+)\b[^“\"]*),\s+(?:[\w'’.-]+\s+){1,5}?"
    r"(?:said|reported|says|say)\W*$"
)


_TELLERS_CLOSING = (" said", " reported", " says", " say")
_TELLERS_OPENING = (*(word + " " for word in _TELLERS_CLOSING), "according to")


@keeps_last  # a clause's story time asks it in turn: its account, its run, its news day
def reports_actors(shown: str) -> bool:
    """Whether a statement reports, in the simple past, what actors named by a definite noun
    or a pronoun did ("According to reports, the robbers escaped with around €60,000", "He
    shot Ortiz once in the head and fled, Peavy said"), its teller's verb in the past or the
    present ("Authorities say the incident began after …"): an account of the happening told
    before, not a new one; not what holds now ("According to reports, the company is in
    charge of …"). A pronoun right after the teller's verb is most often the teller ("The
    officer said that he took out his revolver"): his own statement, no account."""
    lower = lowered(shown)
    opens = holds_any(lower, _TELLERS_OPENING)
    closes = lower.rstrip(' .”"').endswith(_TELLERS_CLOSING)
    if not (opens or closes):
        return False  # no teller's word where either pattern wants one: most passages
    plain = RELATIVE_CLAUSE.sub(" ", lower)
    m = (_REPORTED_ACTORS.match(plain) if opens else None) or (
        _ACTORS_THEN_SPEAKER.match(plain) if closes else None
    )
    return m is not None and told_in_past(m.group("actors"))


# A month, a season or a year named ("Last April", "the spring of 1977", "in 2005", "last
# year"), not counted back from now ("three decades ago", "seven months ago").
_NAMED_COARSE = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|spring|summer|autumn|fall|winter|last\s+year)\b",
    re.IGNORECASE,
)
_AGO = re.compile(r"\bago\b", re.IGNORECASE)
# "later" on its own: "The NFL later reduced his suspension" (not "later that month").
_LATER = re.compile(r"\blater\b(?!\s+(?:that|this|in|on|the|last|next|than)\b)", re.IGNORECASE)
_NOW = re.compile(r"\bnow\b", re.IGNORECASE)


def _back_now(shown: str, statement: bool) -> bool:
    """Whether an undated sentence brings a story back from a flashback: one of now ("Now the
    case is back in the spotlight"), a statement in the present or perfect, judged by its
    words outside quotation marks ("“The opportunity wasn't worth it,” Ford says")."""
    if _NOW.search(shown) is not None:
        return True
    return statement and told_in_present(outside_quotations(shown))


# A verb of now in what a statement reports: "said the price is fair", "said it will".
_NOW_VERBS = frozenset("is are am has have does do will shall can must".split())


def _says_now(shown: str) -> bool:
    """Whether a statement reports, outside quotation marks, something in the present."""
    words = (verb_of(w) for w in WORDS.findall(outside_quotations(lowered(shown))))
    return not _NOW_VERBS.isdisjoint(words)


class Shared(Enum):
    """What shares a flashback's time: every happening told in the past after it; only actions
    (a retold night, `night_of`: not what a speaker is said to say of it); or only its actors'
    acts and a violent act (a past year closing a sentence, `_closes`)."""

    ALL = "all"
    ACTIONS = "actions"
    ACTORS = "actors"


class NarrativeClock:
    """The reference time of a story as it is read: per paragraph for sentences without a time
    of their own, and across paragraphs for expressions counted from another date."""

    def __init__(self, today: date | None = None) -> None:
        self.today = today  # the day the story is told on
        self.paragraph: Reference | None = None  # the time the paragraph's narrative is at
        self.story: Reference | None = None  # the last time the story named, for "a day later"
        self.side: Reference | None = None  # a side clause's own time named after it
        self.period: Reference | None = None  # the last period its figures were told of
        # A month, a year or a period the paragraph's narrative is at since its last day:
        # shared only by happenings told in the past ("In March, it received an offer. It
        # also was considering a restructuring.").
        self.coarse: Reference | None = None
        # The last paragraph's month, for the action its actor (a pronoun) goes on with in the
        # next one: "… was in February, when a temblor rocked Zarand." / "It killed 612 people".
        self.coarse_before: Reference | None = None
        self.market: Reference | None = None  # the market day the story tells of, if any
        self.lede: Reference | None = None  # the time the story's first paragraph tells of
        self.lede_end = 0  # where the passage that told it ends
        self.paragraphs = 0  # paragraphs begun so far
        self.story_paragraph = 0  # the paragraph the story's last time was named in
        # The day a run of happenings told in the past is at, across paragraphs: "Then, on
        # September 10, 2010, Hiller went berserk." / "She was suspended on the spot."
        self.run: Reference | None = None
        self.run_told = ""  # the sentence that set it
        # The earlier month, season or year a flashback tells of, across paragraphs: "During
        # the spring of 1977, Smith invited Ford into his office." / "Smith told Ford …".
        self.flashback: Reference | None = None
        self.shared = Shared.ALL  # what shares the flashback's time
        self.flashback_told = ""  # the sentence that opened it, where one did
        self.flashback_paragraph = 0  # the paragraph it was opened in
        self.perfect: Reference | None = None  # the earlier day a past-perfect run tells of
        self.spoken = False  # whether a statement was told since the story's last time
        self.crime = RetoldCrime()  # the day of the crime the story retells (retold_crime.py)

    def new_paragraph(self) -> None:
        """A paragraph starts: its sentences no longer carry the last one's time. (A statement
        carried on into it joins its event instead: extract.py.)"""
        self.paragraphs += 1
        self.paragraph = None
        self.coarse_before, self.coarse = self.coarse, None

    def set(
        self,
        reference: Reference,
        *,
        narrative: bool = True,
        counted: bool = False,
        shared: bool = True,
        end: int = 0,
        shown: str = "",
    ) -> None:
        """A happening with its own time (told in a passage ending at `end`): the story is now
        at that time, and so is the paragraph's narrative when the time is fine enough to
        share (a day, a week)."""
        self.perfect, self.spoken, self.side = None, False, None
        self.coarse_before = None
        self.crime.dated(reference, shown, self.today)
        if narrative:
            self.paragraph = reference
            if self.today is None or reference.value.first <= self.today:
                # A run of past happenings goes on past a day ahead ("… arrested on Jan. 6" /
                # "Jackson is due in court Feb. 17." / "He was on probation …": Jan. 6).
                self.run, self.run_told = reference, shown
            if self.paragraphs <= 1 and self.lede is None:
                self.lede, self.lede_end = reference, end
            self.coarse = None
            self._back_to(reference.value)
        else:
            month = reference.value.precision is Precision.MONTH
            self.coarse = reference if shared and month else None
            self.run = None  # the story is at another kind of time: a year, a month
            self._flashback(reference, shown)
            past = self.today is None or reference.value.last < self.today
            if counted and past and self.flashback is not None:
                # A time counted on within a flashback moves it: "In November 1973, students
                # barricaded themselves …" / "The junta fell less than a year later." / "Greece's
                # new Constitution gave special status to universities …": of that year.
                self.flashback = reference
        self.story, self.story_paragraph = reference, self.paragraphs
        figures = shared or reference.value.precision is Precision.RANGE
        if is_period(reference.value) and not counted and figures:
            # Not "the year-earlier period" (what figures compare to), nor a month a speaker
            # said something in ("employees that Unisys said a month ago would be laid off").
            self.figures_of(reference)

    def figures_of(self, reference: Reference) -> None:
        """A period the story's figures are of, not one yet to come ("will report losses
        through the third quarter of 1990")."""
        if self.today is None or reference.value.last <= self.today:
            self.period = reference

    def named(self, reference: Reference) -> None:
        """A side clause's own time: the last time the story named, which an expression
        counted from another date counts from; not the time its narrative is at."""
        self.side = reference

    def _flashback(self, reference: Reference, shown: str) -> None:
        """A month, a season or a year of the past that opens a sentence ("During the spring of
        1977, Smith invited …", "Last April, Hansbrough faced …") opens a flashback, even told on
        a record ("In 2005, Gomes was convicted …, according to court records"); within one, a
        year the next happening names moves it ("He was released in 2006"), unless a speaker's
        ("“…,” he said in mid-October"). Not "three decades ago", nor a career's years told in
        passing ("She received the award in 1998"); a time reaching now ("this year") or of the
        story's own month ("IMA early this month lowered its offer") ends it. A year of the past
        closing a sentence told in the past ("… instances of a DUI stop in 2006.") opens one that
        only its actors' acts (opened by a pronoun) and a violent act share ("Linebacker Steve
        Foley was shot three times …"), until the next happening names another past time."""
        value, words, today = reference.value, reference.text, self.today
        if today is not None and (value.last >= today or value.first >= today.replace(day=1)):
            self.flashback = None
            return
        named = _NAMED_COARSE.search(words) is not None and _AGO.search(words) is None
        moves = self.flashback is not None and "“" not in shown and '"' not in shown
        if not named:
            return
        opens = opens_sentence(shown, words)
        closes = not (moves or opens) and closes_past_sentence(shown, words, value, self.today)
        if moves or closes or opens:
            # Another time of the past named within one a closing year opened confirms it:
            # the story is telling its past ("Texas authorities raided the compound in April
            # 2008 …" / "But police saw underage girls …").
            shared = Shared.ACTORS if closes else Shared.ALL
            self.flashback, self.paragraph, self.shared = reference, None, shared
            self.flashback_told, self.flashback_paragraph = shown, self.paragraphs

    def night_of(self, reference: Reference) -> None:
        """A sentence opened by the night or the day of a happening the story dated before ("On
        the night of the shooting, Hiller again confronted her coworkers"): the actions told
        after it in the simple past, across paragraphs, are of that time, as in a flashback;
        not what a speaker is said to say of it, nor testimony told again ("Officer Michael
        Murphy testified that Hiller fired at him"), which is the hearing's."""
        if self.today is not None and reference.value.last < self.today:
            self.flashback, self.paragraph, self.shared = reference, None, Shared.ACTIONS
            self.flashback_told = ""

    def days(self, timexes: Sequence[Timex]) -> None:
        """A sentence names days: one outside the flashback's time, even in a side clause,
        brings the story back from it ("After the fight, Klitschko led the crowd …, who
        turned 68 on Saturday" after "In 2008, Klitschko stopped Thompson")."""
        self.crime.days(timexes)
        if self.flashback is None:
            return
        for t in timexes:
            value = t.date_value() if t.precision is Precision.DAY else None
            if value is not None and "clock" not in t.flags:
                self._back_to(value)

    def _back_to(self, value: DateValue) -> None:
        """A day or a week outside the flashback's time: the story is back from it."""
        back = self.flashback
        if back is not None and not back.value.first <= value.first <= back.value.last:
            self.flashback = None

    def earlier(self, shown: str, statement: bool) -> Reference | None:
        """The earlier time an undated sentence told in the simple past is of: the paragraph's
        month for an action ("In March, it received an offer. It also was considering…"); a
        flashback's time where the paragraph names no day of its own, for an action or a
        statement told all in the past ("Smith told Ford that he had done some research"), not
        one that says what holds now ("American Medical said the price is fair"); the day
        a run in the past perfect is of; the day of a crime told again."""
        episode = self.perfect or self.crime.retold(shown, statement, self.paragraph)
        if episode is None and (pursued := self.crime.pursued(shown, self.paragraph, statement)):
            episode = pursued if told_in_past(shown) else None  # asked only of a crime retold
        if episode is not None:
            return episode  # a past-perfect run's day, a retold crime's
        if not statement and self._later_than_story(shown):
            return self.story
        if self.coarse_before is not None and self._goes_on(shown, statement):
            return self.coarse_before
        if (self.coarse is None or statement) and (self.flashback is None or self.paragraph):
            return None
        if not told_in_past(shown):
            return None
        if self.coarse is not None and not statement:
            return self.coarse
        actions = self.shared is Shared.ACTIONS
        if self.paragraph is not None or (statement and (actions or _says_now(shown))):
            return None
        actors = self.shared is Shared.ACTORS
        if actors and not (_CARRIED_ON.match(shown) or violent_act(shown)):
            return None  # "The President emphasized …" after "She received the award in 1998."
        return None if actions and testimony(shown) else self.flashback

    def _goes_on(self, shown: str, statement: bool) -> bool:
        """Whether an undated sentence opening a paragraph goes on with the last one's month:
        an action in the simple past by its actor, named by a pronoun ("It killed 612 people"
        after "… was in February, when a magnitude-6.4 temblor rocked Zarand")."""
        if statement or _CARRIED_ON.match(shown) is None or _PRONOUN_OPENS.match(shown) is None:
            return False
        return told_in_past(shown)

    def _new_speaker(self, shown: str) -> bool:
        """Whether a statement in a paragraph after the one a flashback opened in names a
        speaker the flashback's sentence does not: news of the story's time, not of the past
        ("Smith told Ford …" after "During the spring of 1977, Smith invited Ford …" goes on)."""
        if not self.flashback_told or self.paragraphs == self.flashback_paragraph:
            return False
        names = speakers_of(shown)  # not "He" of "He told Smith …": the flashback's actor
        return bool(names) and not speaker_named_in(names, self.flashback_told)

    def _later_than_story(self, shown: str) -> bool:
        """Whether an undated action told "later" in the simple past follows, in its paragraph
        or the next, a year or a month of the past the story just named ("Jared Allen … was
        suspended for the first four games of the 2007 season" / "The NFL later reduced his
        suspension to two games."): it is of that time, not of now."""
        story = self.story
        if story is None or "later" not in lowered(shown) or _LATER.search(shown) is None:
            return False  # no "later": most sentences are spared the case-blind scan
        if self.paragraphs - self.story_paragraph > 1 or story.value.precision is Precision.DAY:
            return False
        past = self.today is not None and story.value.last < self.today
        return past and story.value.precision is not Precision.WEEK and told_in_past(shown)

    def run_for(self, shown: str, statement: bool) -> Reference | None:
        """The run's day for an undated sentence that carries on its actors: an action opened
        by a pronoun ("She was suspended on the spot"), a report of what actors named by a
        definite noun did ("According to reports, the robbers escaped …"); not for one of
        other actors ("On the undercard, Bowe made a modest comeback" after "Rahman arrived in
        Germany on Monday")."""
        if statement:
            carried = _carries_actors(shown)
        else:
            carried = _CARRIED_ON.match(shown) is not None or self._named_again(shown)
        return self.run if carried else None

    def _named_again(self, shown: str) -> bool:
        """Whether an action in the simple past opens on actors the run's sentence named, by a
        definite noun ("The officers fired their weapons" after "… pointed it at the plain
        clothes officers Saturday night") or by name ("Ortiz asked the man for some
        identification" after "Ortiz, 35, was on his own about 3 p.m. Friday when…")."""
        m = _DEFINITE_ACTORS.match(lowered(shown))
        if m is not None:
            actors = re.search(rf"\b{m.group(1)}\b", lowered(self.run_told)) is not None
        elif (name := _NAME_OPENS.match(shown)) is not None:
            told = outside_quotations(self.run_told)  # not one its speaker spoke of
            actors = re.search(rf"\b{re.escape(name[1])}\b", told) is not None
        else:
            return False
        return actors and told_in_past(shown)

    def told(self, shown: str, statement: bool) -> None:
        """A sentence (or clause) with no time of its own: a statement, or one not told in the
        past, ends the run of past happenings ("He is being held without bail", "Bratton said
        Escalante was loading a car seat"); not a report of what its actors did ("Police say
        the suspects fled")."""
        if self.run is not None and (
            not _carries_actors(shown) if statement else not told_in_past(shown)
        ):
            self.run = None
        # A statement by a speaker the flashback did not name, a paragraph or more on, ends it
        # ("The Prison Officers' Association said …" a paragraph after 1969's riot): what the
        # story tells after it ("Jack Straw called for …") is not of 1969 either.
        new_speaker = statement and self._new_speaker(shown)
        if self.flashback is not None and (new_speaker or _back_now(shown, statement)):
            self.flashback = None
        self.perfect = self._perfect_run(shown, statement)
        self.spoken = self.spoken or statement
        if self.coarse_before is not None and not self._goes_on(shown, statement):
            self.coarse_before = None

    def _perfect_run(self, shown: str, statement: bool) -> Reference | None:
        """A run in the past perfect, in a story told in the past: the earlier episode, of the
        past day the story last named ("Wednesday afternoon" / "He had told his father that …"),
        which the simple past after it goes on with; a statement in the simple past, a quotation
        or the present ends it, and one told after a statement is the speaker's background."""
        if self.spoken or "“" in shown or '"' in shown:
            return None
        # Not a relative clause's past perfect, the noun's background: "The two men, who had
        # not been seen since their arrest, appeared at the court" is told in the simple past.
        if not past_perfect_in(RELATIVE_CLAUSE.sub(",", lowered(shown))):  # the run goes on
            go_on = self.perfect is not None and not statement and told_in_past(shown)
            return self.perfect if go_on else None
        story, today = self.story, self.today
        if story is None or today is None or story.value.precision is not Precision.DAY:
            return None
        return story if story.value.last < today else None

    def from_story(self, words: str, shown: str) -> bool:
        """Whether `words`, tagged as counted from publication, count from the story in `shown`."""
        if _FROM_STORY.match(words):
            return self.story is not None
        if self.period is None or (back := year_back(words, shown, self.period.value)):
            return self.period is not None  # "compared with a loss of $3 million last year"
        if back is False or _YEAR_AGO.match(words) is None:  # not "fell 8.4% from a year ago"
            return False
        return reports_figures(shown) or _COMPARED.match(shown) is not None

    def counted_from(self, timex: Timex, shown: str = "") -> Reference | None:
        """What an expression counted from another date counts from: the story's last time;
        for "the year-earlier period", the period the story's figures are of; for a violent
        act counted back, the crime the story retells (retold_crime.py)."""
        words = timex.text.lower()
        if self.period is not None and YEAR_BEFORE.search(words):
            return self.period
        if STORY_PERIOD.search(words) and "anaphoric" in timex.flags:
            return self.period
        story = self.side or self.story
        if story and self.today and story.value.first > self.today and _done(shown):
            # No plan's day for what is done ("minutes afterward"): the story's own, not ahead
            # ("Two days earlier, he had told …" after "said on Thursday that … on July 4").
            story = self.story if self.story and self.story.value.first <= self.today else None
            return story and (self.crime.counted_back(words, shown) or story)
        return self.crime.counted_back(words, shown) or story
