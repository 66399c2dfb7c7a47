"""Verbs of announcing, deciding, deploying, stating and acting: the words that tell a
passage reports something done (event_selection.py reads them among its cues).

A word is such a verb by its stem alone, so each run of letters is judged once in a process:
the runs judged are kept (a bounded memo), and a passage whose runs were all judged before
needs only set look-ups, far cheaper than scanning it for the stems.
"""

from __future__ import annotations

import re

from viewer.core.word_patterns import alternation

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
succeed posted post report earn
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
    return _event_verb_in(text.encode("ascii", "replace").translate(_WORD_LETTERS))


def event_verbs(text: str) -> list[str]:
    """The words of a text that are verbs of announcing, deciding, deploying, stating or
    acting (or share a stem with one), lowercased."""
    letters = b" " + text.encode("ascii", "replace").translate(_WORD_LETTERS)
    found = (m[0][1:] for m in _EVENT_WORD.finditer(letters))
    return [w.decode("ascii") for w in found if w not in _NOUN_ONLY_BYTES]


def _event_verb_in(letters: bytes) -> bool:
    """has_event_verb of a text given as its ASCII copy, lowercased, every other byte a space."""
    for found in _EVENT_WORD.finditer(b" " + letters):
        if found[0][1:] not in _NOUN_ONLY_BYTES:
            return True
    return False


# The only characters whose lowercase holds an ASCII letter ("İ" is "i̇", the Kelvin sign "k"):
# without them, a lowercased text has the same runs of ASCII letters as the text lowercased
# byte by byte, and has_event_verb can read the copy the cues make.
LOWER_TO_ASCII = ("\u0130", "\u212a")

# Runs of letters judged so far, each by _EVENT_WORD as `_event_verb_in` reads it: verbs and
# the rest. Cleared when they hold many words, so that a long-running process stays small.
_VERB_RUNS: set[str] = set()
_OTHER_RUNS: set[str] = set()
_MEMO_WORDS = 200_000


def event_verb_among(runs: list[str]) -> bool:
    """`_event_verb_in` of a text given as its runs of letters a-z, in any order (the words of
    `letters_of(low).split()`): whether one starts with a stem and is no noun only."""
    if not _VERB_RUNS.isdisjoint(runs):
        return True
    unjudged = set(runs).difference(_OTHER_RUNS)
    if not unjudged:
        return False
    if len(_OTHER_RUNS) + len(_VERB_RUNS) > _MEMO_WORDS:
        _OTHER_RUNS.clear()
        _VERB_RUNS.clear()
    verb = False
    for run in unjudged:
        # A run holds letters a-z only: a match of the pattern at its start runs to its end.
        if _EVENT_WORD.match(b" " + run.encode("ascii")) and run not in _NOUN_ONLY:
            _VERB_RUNS.add(run)
            verb = True
        else:
            _OTHER_RUNS.add(run)
    return verb
