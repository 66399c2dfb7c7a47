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
from dataclasses import dataclass

from viewer.core.timex_leads import alternation

# Verbs of announcing, deciding, deploying, stating and acting, in the forms news uses.
_STEMS = """
announc said say says saying told tell tells telling declar stated added adds adding
deploy redeploy sent send sends sending order approv agree decid sign launch struck strike
strik kill met meet meets meeting visit travel held hold holds host call urg warn pledg vow
promis commit establish increas boost rais doubl expand reinforc station move transfer
deliver supply supplie suppli provid offer reject dismiss refus cancel suspend impos
sanction invad attack fire fired shot shoot condemn accus report reveal confirm deni deny
estimat consider weigh discuss plan propos request ask invit join lift resist block conduct
publish tweet wrote write writes issu field evaluat insist stress reiterat acknowledg explain
claim prais noted note notes conclud blare demand interven surround encircl enhanc extend
intensif prepar authoriz vote elect resign appoint arrest releas hit hits fought fight
captur withdr retreat agre bolster spent spend allocat pour poured continu began begin begun
start ended signal threaten threat respond answer unveil introduc submit
named name names hire hired fell fall falls rose rise rises drop dropp plung slump soar
jump climb gain lost lose loses sold sell sells buy bought acquir merg filed file files sue
sued charg convict sentenc indict won win wins beat defeat died dies kill injur crash
collaps erupt struck quit fire fired sack replac step stepp left leave leaves open opened
clos closed shut postpon delay resum reach reached sign settl ban banned approv elect
""".split()

# Forms that share a stem with an event verb but are only nouns in news prose.
_NOUN_ONLY = frozenset(
    """
    statement statements station stations planes plane planet fighters fighter commitment
    commitments agreement agreements threat threats announcements hostile
    reporters reporter meetings names filesystem openness closes closet
    """.split()
)

# A sentence's words are its runs of ASCII letters. They are read from an ASCII copy, one byte a
# character, lowercased and with every other character a space: the verb scan then starts only
# at a space, and its stems, factored on shared prefixes, cost one test at a word they do not
# start. (re.IGNORECASE on the text itself is slower, and would read the Kelvin sign as a "k".)
_WORD_LETTERS = bytes(c | 0x20 if c < 128 and chr(c).isalpha() else 0x20 for c in range(256))
_EVENT_WORD = re.compile(f" (?:{alternation((s, '') for s in sorted(set(_STEMS)))})[a-z]*".encode())
_NOUN_ONLY_BYTES = frozenset(w.encode() for w in _NOUN_ONLY)


def has_event_verb(text: str) -> bool:
    """Whether a text holds a verb of announcing, deciding, deploying, stating or acting."""
    words = b" " + text.encode("ascii", "replace").translate(_WORD_LETTERS)
    return any(m[0][1:] not in _NOUN_ONLY_BYTES for m in _EVENT_WORD.finditer(words))


_I = re.IGNORECASE
# A happening told in the past: a past form, or a perfect ("has sent").
_PAST = re.compile(
    r"\b(?:said|told|was|were|had|did|met|went|came|took|made|gave|sent|began|held|left|spoke|"
    r"saw|found|got|struck|fought|won|lost|led|paid|sold|bought|brought|wrote|rose|fell|ran|"
    r"flew|drew|became|broke|chose|drove|hit|shot|spent|stood|threw|withdrew|quit|set|put|"
    r"cut|beat|sought|agreed|named|(?!(?:need|speed|hundred|united|indeed|proceed|succeed|exceed|"
    r"armed|advanced|limited|related|so-called|interested|concerned|detailed)\b)"
    r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!being )(?<!feels )(?<!seems )[a-z]{3,}ed)\b"
    r"|\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|ne|wn|lt|ught|ck|ng|id|ld|de)\b",
    _I,
)
# A plan or decision made public: "will send", "is to visit", "plans to", "is considering".
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is\s+to|are\s+to|plans?\s+to|intends?\s+to|is\s+set\s+to|"
    r"is\s+due\s+to|aims?\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+\w+"
    r"|\b(?:is|are|am)\s+(?!\w+ing\s+(?:that|to)\b)\w+ing\b",
    _I,
)
# Attribution of a statement: "X said", "told reporters", "according to".
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|added|announced|stated|declared|tweeted|wrote|reported|"
    r"according\s+to|confirmed|insisted|noted|warned|stressed|explained|continued)\b",
    _I,
)
# Analysis, opinion and hedges: the writer or a pundit judging, not something happening.
_OPINION = re.compile(
    r"\b(?:makes?\s+(?:it\s+)?clear|it\s+is\s+clear|there\s+is\s+no\s+doubt|there\s+is\s+a\s+"
    r"(?:feeling|sense|risk|concern)|is\s+likely|are\s+likely|appears?\s+to|seems?\s+to|"
    r"in\s+an\s+indication|an\s+acknowledg(?:e)?ment|the\s+question|I\s+(?:don['’]t\s+)?think|"
    r"arguably|in\s+other\s+words|the\s+point\s+is|is\s+(?:a|the)\s+(?:sign|signal|reminder)|"
    r"ominously|in\s+part\s+to|treats?\b|no\s+specific\s+plan|is\s+needed|"
    r"remains?\s+to\s+be\s+seen|it\s+is\s+(?:unclear|not\s+clear)|would\s+be\b|"
    r"(?:concern|idea|risk|fear|hope|problem|point|question|worry)s?\s+(?:\w+\s+){0,3}"
    r"(?:is|are|was)\s+that)",
    _I,
)
# A hedged main verb: speculation about what may happen, not a plan made public.
_HEDGE = re.compile(r"\b(?:could|might|may|should|must|would)\s+(?:not\s+)?\w+", _I)
# Running totals and tallies: a count kept up to now, not a happening of one time.
_TOTAL = re.compile(
    r"\b(?:in\s+total|the\s+total|a\s+total\s+of|brings?\s+the\s+total|bringing\s+the\s+total|"
    r"up\s+to\s+this\s+point|so\s+far|to\s+date|all\s+told|in\s+all)\b",
    _I,
)
# A description or a standing fact: a present-tense copula or verb of having and including.
_STATIVE = re.compile(
    r"\b(?:is|are|include|includes|provides|remains|remain|consists|contains|has|have|"
    r"says|means|holds|belongs|lies|serves|administers|owns|employs)\b",
    _I,
)
# A statement that carries on the one before: "He added that…", "…," he added.
_CARRY_ON = re.compile(
    r"^\W*(?:he|she|they|it|the\s+(?:report|article|statement|official|minister|spokesman|"
    r"spokeswoman|spokesperson))\s+(?:added|continued|went\s+on|also\s+said)\b"
    r"|[,.!?…][”\"’']?\s*(?:he|she|they|the\s+\w+|\w+)\s+(?:added|continued)\W*$",
    _I,
)
# Words that make a statement news: a number, a plan or an action of its own.
_NEWS_CONTENT = re.compile(r"\d|\b(?:will|would|plans?|agreed|decided|announced)\s+\w+", _I)


@dataclass(frozen=True, slots=True)
class Judgement:
    """Whether a passage reports a happening, how sure that is, and why not when it does not."""

    confidence: float
    continues: bool = False  # a statement carrying on the one before, adding nothing new

    @property
    def is_event(self) -> bool:
        return self.confidence >= EVENT_THRESHOLD and not self.continues


EVENT_THRESHOLD = 0.5


def judge(text: str, dated: bool, *, side: bool = False, split: bool = False) -> Judgement:
    """How surely a passage (a sentence, or a clause cut from one) reports a happening.

    `dated`: it names a time of its own; `side`: a clause cut from a sentence because it
    reports something at another time ("since Russia invaded Ukraine on February 24");
    `split`: a part of a sentence that reports happenings at several times.
    """
    stripped = text.rstrip(" \"'”’)*")
    if stripped.endswith("?"):
        return Judgement(0.05)
    if len(text.split()) < 4 and not side:
        return Judgement(0.1)
    verb = has_event_verb(text)
    past = _PAST.search(text) is not None
    future = _FUTURE.search(text) is not None
    said = _ATTRIBUTION.search(text) is not None
    score = 0.25
    score += 0.25 if verb else 0.0
    score += 0.2 if past else 0.1 if future else 0.0
    score += 0.2 if dated else 0.0
    score += 0.1 if said else 0.0
    if side:
        score += 0.15  # cut out for its own time: a happening by construction
    elif split:
        score += 0.1  # the rest of a sentence that tells of several happenings
    if _OPINION.search(text):
        score -= 0.3
    if _TOTAL.search(text) and not dated:
        score -= 0.3
    if not past and not future and not dated:
        score -= 0.25 if _STATIVE.search(text) else 0.1  # the generic present
    if _HEDGE.search(text) and not past and not said:
        score -= 0.2
    continues = not dated and _CARRY_ON.search(text) is not None and not _news(text)
    return Judgement(round(min(0.97, max(0.02, score)), 3), continues)


def _news(text: str) -> bool:
    """Whether a carried-on statement adds something of its own: a figure, a plan, a decision."""
    return _NEWS_CONTENT.search(text) is not None


def is_statement(text: str) -> bool:
    """Whether a passage reports words said or written: a quotation or an attribution."""
    return _ATTRIBUTION.search(text) is not None or any(q in text for q in '“"')
