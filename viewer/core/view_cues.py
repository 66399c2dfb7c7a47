"""A source's view, quoted or reported: words that only say how something is, and no act.

News quotes sources for what happened, what they will do, and how they see it. A statement
whose words hold a present copula before what something is like ("'The man is petrified,' he
said", "says the mood is angry but collegial", "'It's a time bomb just waiting to go off'")
and no act told in the past, no figure and no plan is a view: part of the coverage of the
happening told before it, not a happening of its own. A present copula before a place, a
preposition, an "-ing" or "to" tells where someone is or what goes on ("is in critical
condition", "are searching", "is to appear"); after "now", "already" or "just" a change come
about ("is now accused"); neither is a view. Nor are a court's words (its ruling), a statement
in the perfect ("has said", a position taken), an interview given ("told the Los Angeles
Times"), or words said before or after an act ("said before postponing the testimony").

So is a source's reckoning told as a judgement or a chance ("Perlo said his client stands
little chance at winning an appeal", "is unlikely to", "has no case", "said he remained
optimistic that …", "feels betrayed", "I would hope that that would continue"): what the words
reckon may come is the chance's, not a plan of the source's; with no act, figure, step or plan
beside it, it is a view. A hope with "to" is a plan ("hopes to open the plant in May").
"""

from __future__ import annotations

import re

from viewer.core.cue_words import SAYING_NOW, words_of
from viewer.core.detail_cues import step_of_its_own, told_ahead
from viewer.core.holds import holds_any, holds_digit
from viewer.core.lowered import lowered
from viewer.core.main_clause import main_clause_words
from viewer.core.past_tense import past_form
from viewer.core.statement_cues import has_news, is_statement
from viewer.core.visible import one_line

# A present copula, alone or joined to its subject by an apostrophe.
_COPULAS = frozenset(
    """is are am it's that's this's what's he's she's we're they're you're i'm""".split()
)
# Words between a copula and what the subject is like: a negation, a degree, an article.
_BETWEEN = frozenset(
    """not so very too really pretty quite also certainly totally truly simply a an""".split()
)
# After a copula: a state of where or how things go, or a change come about, not a view.
_NOT_A_VIEW = frozenset(
    """in on at under out off into from with without near inside outside about over up down
    back away being been now already just still to due set expected scheduled going the
    there here no one two among between behind""".split()
)
# Verbs of saying: the statement's own past, no act told in it ("reported lower earnings" and
# "announced" are acts).
_SAYING = frozenset(
    """said added insisted noted stressed explained continued wrote stated declared
    warned asked""".split()
)
# A court speaking rules: "The court said the law is unconstitutional" is a ruling, no view.
_COURT_SAYS = re.compile(r"\b(?:court|tribunal)\s+(?:\w+\s+)?(?:said|says)\b")
# A statement told in the perfect: a position the source has taken, news of its own.
_PERFECT = frozenset({"has", "have"})
# Before a gerund, an act told beside the words: "the judge said before postponing …".
_BESIDE = frozenset("before after by while".split())


def view(text: str) -> bool:
    """Whether a statement (`text` as written) only says how something is: a present copula
    before what the subject is like, or a judgement or a chance, and no act, figure or plan
    told."""
    if not is_statement(text):
        return False
    low = lowered(one_line(text))
    if holds_digit(low) or _courts(low):
        return False
    if holds_any(low, _RECKONED_STEMS) and (reckoned := _RECKONED.search(low)) is not None:
        return _reckoning(low[: reckoned.start()], low[reckoned.end() :])
    if has_news(low) or told_ahead(text) or step_of_its_own(low):
        return False
    words = words_of(low)
    weighed = _weighed(words)
    return weighed >= 0 and _no_act(words, weighed, _SAYING)


def _courts(low: str) -> bool:
    """Whether a court speaks: its words are its ruling ("The court said the law is …")."""
    return ("court" in low or "tribunal" in low) and _COURT_SAYS.search(low) is not None


def _no_act(words: list[str], weighed: int, saying: frozenset[str]) -> bool:
    """Whether words tell no act beside the view: no verb in the past but one of `saying` (or
    the word at `weighed`), no act before or after the words, no position taken."""
    for i, w in enumerate(words):
        if i != weighed and past_form(w) and w not in saying:
            return False  # an act told: "Automatic Data redeemed the bonds"
        after = words[i + 1] if i + 1 < len(words) else ""
        if w in _BESIDE and after.endswith("ing"):
            return False  # "… the judge said before postponing the testimony"
        if w in _PERFECT and after in _SAYING:
            return False  # "Castro has said officially that …": a position taken, not a view
    return True


# A judgement or a chance reckoned by a source, in the present or told back in the past of its
# reporting ("said he remained optimistic"): a chance stood or had, there being one, a chance
# weighed ("The chance either argument will be successful is slight"), a likelihood, no case,
# a confidence kept, a feeling of being wronged, a hope that (not "hopes to": a plan), a doubt.
_RECKONED = re.compile(
    r"\b(?:stands?|stood|has|have|had)\s+(?:little|no|an?|every|some|slim|only\s+an?)\s+"
    r"(?:\w+\s+)?chance\b"
    r"|\bthere\s+(?:is|was)\s+(?:little|no|an?|some|every|only\s+an?)\s+(?:\w+\s+)?chance\b"
    r"|\bchances?\b(?:\s+[\w'’-]+){0,8}?\s+(?:is|are|was|were)\s+(?:slight|slim|small|remote|"
    r"nil|low)\b"
    r"|\b(?:is|are|was|were|i['’]m|it['’]s|he['’]s|she['’]s|they['’]re|we['’]re)\s+"
    r"(?:not\s+|very\s+|highly\s+)?(?:un)?likely\s+to\b"
    r"|\b(?:has|have|had)\s+no\s+case\b"
    r"|\b(?:remains?|remained|stays?|stayed)\s+(?:\w+ly\s+)?(?:confident|optimistic|hopeful|"
    r"convinced|doubtful|skeptical|sceptical)\b"
    r"|\b(?:feels?|felt)\s+(?:\w+ly\s+)?(?:betrayed|vindicated|cheated|let\s+down)\b"
    r"|\b(?:would\s+)?hope[sd]?\s+that\b"
    r"|\b(?:do|does|did)(?:n['’]t|\s+not)\s+(?:think|believe)\b"
)
# One of which each match of _RECKONED holds: most statements are spared its scan.
_RECKONED_STEMS = (
    "chance likely case confident optimistic hopeful convinced doubtful skeptical sceptical "
    "betrayed vindicated cheated let hope think believe"
).split()
# A plan or a decision told beside the reckoning: "… remains confident and will appeal".
_AND_NEWS = re.compile(
    r"\b(?:and|but)\s+(?:\w+\s+)?(?:will|plans?|planned|decided|agreed|announced)\b"
)
# Verbs of saying, a name given by the source beside the reckoning ("the state Supreme Court,
# which he described as 'very pro death'"), and a copula told back in the past of its
# reporting ("said he didn't think the Sixers were heading in the right direction").
_SAYING_OR_NAMING = _SAYING | {"described", "called", "was", "were"}
# Before a participle, what the chance is of, not an act: "is unlikely to be charged".
_TO_BE = frozenset({"be", "been"})


def _reckoning(before: str, after: str) -> bool:
    """Whether a statement whose words reckon a judgement or a chance (the words `before` and
    `after` it) tells nothing else: no plan or step before it, none joined after it, no act."""
    if has_news(before) or told_ahead(before) or step_of_its_own(before):
        return False
    if _AND_NEWS.search(after) is not None:
        return False  # what the chance is of may be a step ("at winning an appeal"); not so beside
    return _no_act(_without_participles(words_of(f"{before} {after}")), -1, _SAYING_OR_NAMING)


def _without_participles(words: list[str]) -> list[str]:
    """Words without each participle after "be" or "been": what a chance is of ("is unlikely
    to be charged", "a deal can be reached"), no act told."""
    return [w for i, w in enumerate(words) if i == 0 or words[i - 1] not in _TO_BE]


def _weighed(words: list[str]) -> int:
    """Where the word telling what the subject is like stands, after a present copula and
    the words between; -1 when there is none, or a present copula tells an act going on ("is
    redeeming the bonds") or where someone is ("is in custody")."""
    weighed = -1
    for i, w in enumerate(words):
        if w not in _COPULAS:
            continue
        j = i + 1
        while j < len(words) and (words[j] in _BETWEEN or words[j].endswith("ly")):
            j += 1
        if j == len(words) or words[j] in _NOT_A_VIEW or words[j].endswith("ing"):
            return -1
        weighed = j if weighed < 0 else weighed
    return weighed


# The writer's own judgement, with no source: a present copula before what something is like,
# a modal of what can or should be, or "deserves", told by the main clause ("Deshawn Wynn, when
# called upon, can do the job.", "More than anything, though, Tyler Hansbrough deserves this
# record because he came back to school.", "But apparently it's not a guarantee that …").
_MODALS = frozenset("can could should must might cannot can't couldn't shouldn't".split())
_DESERVES = frozenset({"deserves", "deserve", "don't", "doesn't"})
_JUDGING = _COPULAS | _MODALS | _DESERVES
# A state of harm or of where things stand after a copula: news, not a judgement ("Singer
# Amy Winehouse is dead", "Two climbers are missing").
_STATES = frozenset(
    """dead missing injured hurt wounded alive safe free closed open bankrupt gone
    critical stable""".split()
)
# After a modal: what might have been (refused as a reading: "should have awakened
# sleepers"), or a being done ("could be charged").
_AFTER_MODAL = frozenset({"have", "be", "not"})
# An aside set off by commas after the subject: "Deshawn Wynn, when called upon, can …",
# "Veterans Donyell Marshall and Kareem Rush, signed later in the summer by Philly, don't …".
_ASIDE = re.compile(r",\s+(?:when|if|once|while|though|although|as|\w+ed)\b[^,]{0,60},")
# Words that open another clause: the main clause's verb comes before them.
_OTHER_CLAUSE = frozenset(
    """that who which whom whose because when if where while although though since after
    before as whether""".split()
)
_VERB_WORDS = 10  # how far into the main clause its verb is looked for
_DEGREES = frozenset("too so very more less most quite".split())
_ALWAYS = frozenset({"always", "never"})


def writer_view(text: str) -> bool:
    """Whether a sentence (`text` as written), no statement, is the writer's own judgement:
    its main clause a present copula before what something is like, a modal or "deserves",
    and no act told in the past in it, no figure and no plan."""
    # "will always be" judges for good, no plan: "It will always be funny when Billy Crystal
    # relives the year's greatest films".
    low = lowered(one_line(text)).replace("will always be ", "is always ")
    if _JUDGING.isdisjoint(words_of(low)) or holds_digit(low) or is_statement(text):
        return False
    plain = _ASIDE.sub(" ", low)  # a step told in the aside is background ("signed …")
    if has_news(plain) or told_ahead(plain) or step_of_its_own(plain):
        return False
    rest = main_clause_words(words_of(plain), plain)
    for k, w in enumerate(rest[:_VERB_WORDS]):
        if k and w in _OTHER_CLAUSE:
            return False
        if past_form(w) or w in SAYING_NOW:
            return False  # an act, or a source's words: "The council insists any deal must …"
        if w in _DESERVES and k:
            return True
        if w in _MODALS and k:
            after = rest[k + 1 : k + 2]
            return not after or after[0] not in _AFTER_MODAL
        if w in _COPULAS:
            return _judged(rest[k + 1 :])
    return False


def _judged(after: list[str]) -> bool:
    """Whether the words after a present copula tell what something is like (not where it is,
    what goes on, a state of harm, a present passive or who someone is)."""
    j = 0
    while j < len(after) and (after[j] in _BETWEEN or after[j] in _ALWAYS or after[j][-2:] == "ly"):
        j += 1
    if j == len(after):
        return False
    word = after[j]
    if word in _NOT_A_VIEW or word in _STATES or word.endswith("ing"):
        return False
    # A participle is a present passive ("is accused of"), but after a degree an adjective:
    # "The coalition is simply too divided to govern."
    return not past_form(word) or (j > 0 and after[j - 1] in _DEGREES)
