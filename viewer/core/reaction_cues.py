"""Reactions rather than news: a quotation that only says how someone sees or feels it.

News quotes people for two things: what they report (a figure, a plan, a decision, what their
side is doing) and how they react ("Justice has been served," the victim's nephew said; "I'm
satisfied," the winner said). A passage that is a quotation with only its attribution around
it, or the end of a quotation opened in an earlier sentence, and that reports none of those
things, is a reaction: part of the coverage, not a happening of its own. So is a reaction told
in the reporter's words: what a source felt or thanked for ("Retzlaff said authorities were
grateful for the jury's thorough and careful review"), agreed with ("His barber … concurred",
"But he said he understood why"), lamented, or called or described someone as ("Police called
the mechanic a hero"), and what moved someone to a decision already told ("It's that fan
base, McDermott said, that figured prominently into his decision"). So is a memory of a
person told by those who knew them, a tribute: a friend's, a neighbour's or a relative's words
of what someone was like, with no act in them ("Friends said John Jenkin was close to his
family", "'She was a happy, beautiful girl with the world in front of her,' said the friend").
"""

from __future__ import annotations

import re

from viewer.core.cue_words import QUOTATION, outside_quotations, words_of
from viewer.core.detail_cues import step_of_its_own, told_ahead
from viewer.core.holds import holds_any, holds_digit
from viewer.core.lowered import lowered
from viewer.core.past_tense import DESCRIBING, past_form
from viewer.core.visible import one_line
from viewer.core.word_patterns import first_letters

_GOING_AFTER = r"(?:['’]s|['’]re|\s+is|\s+are)\s+going\s+to"
# How the speakers feel, not what their side does: "we are tired of burying our sisters",
# "we're devastated", "we are shocked" (a state, not "we are raising", "we have recorded").
_NOT_FELT = (
    r"(?!(?:tired|devastated|shocked|saddened|disappointed|delighted|thrilled|excited|pleased"
    r"|worried|concerned|frustrated|horrified|outraged|heartbroken|relieved|surprised|scared"
    r"|overwhelmed|humbled|determined|committed|united|blessed|exhausted|fed|sickened)\b)"
)
# What makes a quotation news: a figure, a plan or a decision, or the speaker's side acting
# ("we are raising the readiness of our troops", "we have recorded"). A plan may be told in
# the "going to" future of a third person, like "will": "Right now, for him, it's going to be
# rehab and rest with it" (not the speaker's own "I'm going to have to step up").
_NEWS = re.compile(
    r"\d|\b(?:will|would|plans?|agreed|decided|announced|(?:it|he|she|they)"
    + _GOING_AFTER
    + r")\s\w"
    r"|\bwe(?:\s+are|['’]re|\s+have|['’]ve)\s+(?:\w+\s+)?" + _NOT_FELT + r"\w+(?:ing|ed)\b"
)
# The same as two searches, the words by first letters (word_patterns.py): a digit anywhere
# (`holds_digit`: finds, cheaper than a pattern's look-up of each character's category), or a
# word of plans and decisions.
_NEWS_WORDS = re.compile(
    "(?:"
    + first_letters(
        [rf"{w}\s\w" for w in "will would plans? agreed decided announced".split()]
        + [rf"{who}{_GOING_AFTER}\s\w" for who in ("it", "he", "she", "they")]
        + [r"we(?:\s+are|['’]re|\s+have|['’]ve)\s+(?:\w+\s+)?" + _NOT_FELT + r"\w+(?:ing|ed)\b"]
    )
    + ")"
)
_LETTERS = re.compile(r"[a-z]+")
# The speaker's own part: a quotation in the first person tells what the speaker feels or did.
_FIRST_PERSON = re.compile(r"\b(?:i|i['’]m|i['’]ve|me|my|we|we['’]re|our|us)\b")
# An action told in the past (not a state: "has been served", "was satisfied").
_PAST_ACTION = re.compile(r"(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bbe )\b[a-z]{2,}ed\b")
# At most this many words outside the quotation: an attribution ("Nichols told jurors"),
# not reporting of its own.
_ATTRIBUTION_WORDS = 10
_CLOSING = ('"', "”")
# A claim or a denial of what happened, the quotation its words: a position the speaker takes,
# news of its own, not how the speaker feels.
_POSITION = re.compile(r"\b(?:claim(?:s|ed)|den(?:y|ies|ied))\b")
_POSITION_STEMS = ("claim", "deni", "deny")


def reaction(low: str) -> bool:
    """Whether a passage (lowercased, on one line) is a quotation carrying no news: a
    reaction, not a happening."""
    if not any(mark in low for mark in '"“”'):
        return False
    told, quoted = _without_description(low)
    if holds_digit(quoted) or _NEWS_WORDS.search(quoted) or _witnessed(told):
        return False
    outside = _outside(told)
    if holds_any(outside, _POSITION_STEMS) and _POSITION.search(outside):
        return False  # "She claimed the shootings "didn't happen."": a position taken
    return len(_LETTERS.findall(outside)) <= _ATTRIBUTION_WORDS


# The attribution after a quotation, up to the comma that opens the speaker's description:
# "…," said Lowell Anger, | who prosecuted the case; "…," Mr. Blacks said, | standing by a
# memorial.
_DESCRIBED = re.compile(r"[”\"]\W*(?:\w+\W+){0,5}?(?:said|says|added)\b[^,“\"]{0,60},")


def _without_description(low: str) -> tuple[str, str]:
    """A passage without the description of the speaker that follows its attribution, and
    the part of it that may hold news: who the speaker is ("…, said 17-year-old Jeremy Ortiz,
    one of the deputy's sons") is no news of the passage's own."""
    found = _DESCRIBED.search(low)
    if found is None or '"' in low[found.end() :] or "“" in low[found.end() :]:
        return low, low  # no description, or a quotation goes on after it
    return low[: found.end()], low[: found.start() + 1]


def _outside(low: str) -> str:
    """The words a passage tells outside its quotations; none when it is the end of a
    quotation opened in a sentence before (it closes one mark and opens none)."""
    return "" if _closes_earlier(low) else outside_quotations(low)


def _closes_earlier(low: str) -> bool:
    """Whether a passage ends a quotation opened before it: its one quote mark closes it."""
    body = low.rstrip(" .")
    return body.endswith(_CLOSING) and sum(body.count(mark) for mark in '"“”') == 1


def _witnessed(low: str) -> bool:
    """An account of what others did, quoted: "Both officers fired at the suspect"."""
    quoted = low if _closes_earlier(low) else " ".join(QUOTATION.findall(low))
    return _FIRST_PERSON.search(quoted) is None and _PAST_ACTION.search(quoted) is not None


# A reaction told in the reporter's words: a feeling or a state of mind ("said he was not
# surprised by the riot", "was pleased with the result", its word quoted or not: "said the club
# was 'devastated'"; "shocked", "stunned" or "surprised" not before "with", what was done to
# someone: "was shocked with a stun gun"; "concerned"
# only before what about, not "as far as Oler is concerned"; never "not aware", a claim),
# thanks, agreement, a lament, or a name given to someone ("called the mechanic a hero",
# "described Hiller as a quiet woman").
_FELT = re.compile(
    r"\b(?:(?:was|were|is|are|am|i['’]m|felt|feels?)\s+(?:not\s+)?(?:\w+ly\s+|so\s+|very\s+)?"
    r"[\"“‘']?(?:grateful|thankful|happy|glad|pleased|relieved|proud|saddened|disappointed|"
    r"heartbroken|devastated|horrified|confident|optimistic|"
    r"(?:shocked|stunned|surprised)(?!\s+with\b)|"
    r"concerned(?=\s+(?:about|that|for|over|by)\b))\b|wanted\s+to\s+thank\b|"
    r"express(?:ed)?\s+(?:their|his|her|our|its)\s+(?:thanks|gratitude|condolences|sympathy)\b|understood\s+why\b|concurred\b|"
    r"lamented\b|described\s+(?:\w+\s+){1,3}?as\s+(?:a|an)\b|"
    # Approval of a happening already told: "The Commission welcomed the ruling."
    r"welcomed\s+(?:the|this|that|his|her|their|its)\s+(?:\w+\s+)?(?:ruling|decision|verdict|"
    r"judge?ment|announcement|move|news|agreement|deal|outcome|result|report|step|vote|"
    r"forecast|plan|proposal|offer|budget|bill|reform|measure|release|findings?|ceasefire)s?\b|"
    r"called\s+(?:him|her|them|the\s+\w+)\s+(?:a|an)\s+\w+|"
    # What moved someone to a decision already told: its reasons, given by its maker.
    r"figured\s+prominently|became\s+(?:more\s+of\s+)?a\s+(?:\w+\s+)?factor\b|"
    r"drove\s+(?:him|her|them|me|us)\s+to\b|(?:was|were)\s+(?:also\s+)?influenced\s+by\b)"
)
# One of which each match of _FELT holds: most passages are spared its scan.
_FELT_STEMS = (
    "grateful thankful happy glad pleased relieved proud saddened disappointed heartbroken "
    "devastated shocked stunned horrified surprised confident optimistic concerned thank "
    "gratitude condolences sympathy prominently "
    "factor drove influenced understood concurred lamented described called welcomed"
).split()


# The source's judgement in its own words, quoted as a name: "called the Australian actor 'a
# consummate entertainer'", "said the birth was 'a real coup'"; not beside an act of its own
# ("said the fire was 'a disaster' and ordered an evacuation").
_JUDGED = re.compile(
    r"\b(?:called\s+(?:him|her|them|it|the\s+\w+(?:\s+\w+)?)|was|is|were|are)\s+"
    r"(?:(?:a|an)\s+[\"“‘']|[\"“‘'](?:a|an)\s)\w+"
)
_AND_ACTED = re.compile(r"\band\s+(?:then\s+|later\s+)?\w+ed\b")
_JUDGED_STEMS = ('a "', "a “", "a ‘", "a '", '"a', "“a", "‘a", "'a", '"A', "“A", "‘A", "'A")


def felt(text: str) -> bool:
    """Whether a passage (`text` as written) tells a reaction in the reporter's words, with no
    figure or plan in it."""
    stems = holds_any(text, _FELT_STEMS)
    if not stems and not holds_any(text, _JUDGED_STEMS):
        return False
    low = " ".join(text.lower().split())
    if holds_digit(low) or told_ahead(text):
        return False
    if stems and _FELT.search(low) is not None:
        return True
    return _judged(low)


def _judged(low: str) -> bool:
    """Whether a passage (lowercased) names a judgement of the source's, quoted, and no act."""
    if _JUDGED.search(low) is None:
        return False
    return not step_of_its_own(low) and _AND_ACTED.search(low) is None


# Who knew the person remembered: a friend, a neighbour, a relative, a colleague (not an
# official, whose words are the story's news), as the speaker: before the verb of saying
# ("Friends said…", "One friend, who asked not to be named, said:") or after it ("…,' said the
# friend", "according to the friend", "said Orpe, a longtime friend"); not one the words name
# ("Evacuees still lived in tents and relatives' houses…, said Manrosan").
_KNOWER = (
    r"(?:friends?|neighbou?rs?|relatives?|(?:class|school|team)mates?|colleagues?|"
    r"co-?workers?|acquaintances?|girlfriend|boyfriend|family\s+members?)\b(?!['’])"
)
_KNEW = re.compile(
    rf"\b{_KNOWER},?(?:\s+[\w'’-]+){{0,3}}?\s+(?:also\s+)?(?:said|says|recalled|remembered|described)\b"
    rf"|\b(?:said|says|according\s+to)\s+(?:[\w'’-]+,?\s+){{0,3}}?{_KNOWER}"
)
_KNEW_STEMS = "friend neighbo relative mate colleague worker acquaintance family".split()
# The speaker's description, no part of what was said: "One friend, who asked not to be
# named, said…".
_UNNAMED = re.compile(
    r",\s*who\s+(?:asked|declined|did\s+not\s+want|spoke\s+on\s+condition)\b[^,]*,"
)
# Verbs of a memory: the attribution, what someone felt ("idolised his mum", "had seethed with
# a sense of racial injustice"), and a life described ("worked for the prison service"); any
# other verb in the past is an act, which a memory does not tell.
_ATTRIBUTING = frozenset("said according recalled remembered described".split())
_FOND = frozenset(
    """loved adored idolised idolized doted cared worshipped liked enjoyed hated resented
    seethed worked lived""".split()
)
_WAS = frozenset({"was", "were"})
# What a person was like after a copula: not a participle (a passive: "was sectioned"), an
# "-ing" (what was under way) or "to" (a plan).
_NOT_LIKE = ("ing", "to")


def remembered(text: str) -> bool:
    """Whether a passage (`text` as written) is a memory of a person told by one who knew them:
    their words of what someone was like (a past copula before an adjective or a noun, a verb
    of fondness), with no act, figure, plan or step in them."""
    if not holds_any(text, _KNEW_STEMS):
        return False  # most passages: no friend, neighbour or relative speaks
    low = _UNNAMED.sub(",", lowered(one_line(text)))
    if _KNEW.search(low) is None or holds_digit(low) or told_ahead(low):
        return False
    if step_of_its_own(low):
        return False
    return _memory(words_of(low))


def _memory(words: list[str]) -> bool:
    """Whether words tell what someone was like and no act: a copula before a predicate or a
    verb of fondness, and no other verb in the past."""
    like = False
    for i, w in enumerate(words):
        if w in _WAS:
            after = words[i + 1] if i + 1 < len(words) else ""
            if not after or past_form(after) or after.endswith(_NOT_LIKE):
                return False  # "was sectioned", "were walking", "was to appear"
            like = True
        elif w in _FOND:
            like = True
        elif past_form(w) and w not in _ATTRIBUTING and w not in DESCRIBING and w != "had":
            return False  # an act: "had pleaded", "heard", "moved in"
    return like
