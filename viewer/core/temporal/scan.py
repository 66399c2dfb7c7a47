"""Running the tagging rules over a text: only where a lead word starts, or everywhere.

`hits_at_leads` is the fast path: one scan finds the lead words (leads.py) and each rule's
pattern is matched only at the words of its kinds. It keeps re.finditer's semantics per rule
(a rule's next match starts at or after the end of its previous one, rejected or not), so it
finds exactly what `hits_everywhere`, one full scan per rule, finds; the tests check that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from viewer.core.temporal.context import Ctx, Hit, Rule
from viewer.core.temporal.leads import KINDS, LEAD_WORDS, find_leads, kind_of

_GROUP = re.compile(r"\(\?P([<=])(\w+)")
_NAMED = re.compile(r"\(\?P<\w+>")


# A chain's pattern telling which rule matches first, and the rule's place for each group.
_First = tuple[re.Pattern[str], tuple[int, ...]]


def _first_of(rules: Sequence[Rule]) -> _First:
    """One pattern that tells, in one call, which of the rules is the first to match.

    Each rule's pattern becomes an alternative ending in an empty group named after its place,
    its own groups capturing nothing (`_unread`). That group is the last a match closes: with
    the pattern comes, for each group number, the place of the rule it ends.
    """
    alternatives = [f"(?:{_unread(r.pattern.pattern, i)})(?P<_{i}>)" for i, r in enumerate(rules)]
    pattern = re.compile("|".join(alternatives))
    places = [0] * (pattern.groups + 1)
    for name, number in pattern.groupindex.items():
        if name[0] == "_":
            places[number] = int(name[1:])
    return pattern, tuple(places)


def _unread(pattern: str, place: int) -> str:
    """A rule's pattern as an alternative of its chain's: its groups, which no one reads there,
    capture nothing (a capture costs the engine a third of the match), unless a back
    reference names one; those keep a name of their own."""
    if "(?P=" in pattern:
        return _GROUP.sub(rf"(?P\1r{place}_\2", pattern)
    return _NAMED.sub("(?:", pattern)


@dataclass(slots=True)
class _Chain:
    """The rules of one kind of lead word, and a pattern finding the first of them that matches
    (most lead words start no expression: one call says so)."""

    rules: tuple[Rule, ...]  # patterns on the lowercased text
    cased: tuple[Rule, ...]  # patterns on the text as written, tried one by one
    # Compiled on first use, and only for the whole chain: the rules after one that matched
    # are tried one by one, as compiling a pattern for each tail cost more over 120 articles
    # (29 of 43 compiles) than trying the few rules after the rare match.
    firsts: _First | None = None

    def first(self) -> _First:
        """The pattern telling which rule is the first to match, and the places."""
        if self.firsts is None:
            self.firsts = _first_of(self.rules)
        return self.firsts


def _chain(rules: Sequence[Rule]) -> _Chain:
    lowered = tuple(r for r in rules if r.lowered)
    return _Chain(lowered, tuple(r for r in rules if not r.lowered))


class RulesByLead:
    """The rules to try at each kind of lead word, in a fixed order."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        self._of_kind: dict[str, list[Rule]] = {kind: [] for kind in KINDS}
        for r in self.rules:
            unknown = set(r.leads) - KINDS
            if unknown or not r.leads:
                raise ValueError(f"rule {r.name}: unknown lead kinds {sorted(unknown)}")
            for kind in r.leads:
                self._of_kind[kind].append(r)
        # Built on first use: compiling every chain costs about 0.1 s, too much at import.
        self._chains: dict[str, _Chain] = {}
        self._of_word: dict[bytes, _Chain] = {}  # each lead word but numbers: one look-up

    def at(self, word: bytes) -> _Chain:
        """The rules whose match can start on this lead word."""
        chain = self._of_word.get(word)
        if chain is not None:
            return chain
        kind = kind_of(word)
        chain = self._chains.get(kind)
        if chain is None:
            chain = self._chains[kind] = _chain(self._of_kind[kind])
        if word in LEAD_WORDS:
            self._of_word[word] = chain
        return chain


def hits_at_leads(ctx: Ctx, index: RulesByLead) -> list[Hit]:
    """Every accepted match of every rule, each pattern tried only at its lead words."""
    hits: list[Hit] = []
    resume: dict[str, int] = {}  # per rule, where re.finditer would look for the next match
    text, lower = ctx.text, ctx.lower
    for pos, word in find_leads(lower):
        chain = index.at(word)
        rules = chain.rules
        if len(rules) > 1:
            pattern, places = chain.firsts or chain.first()
            first = pattern.match(lower, pos)
            if first is not None:
                for r in rules[places[first.lastindex] :]:  # type: ignore[index]
                    _try(r, lower, pos, ctx, resume, hits)
        elif rules:
            _try(rules[0], lower, pos, ctx, resume, hits)
        for r in chain.cased:
            _try(r, text, pos, ctx, resume, hits)
    return hits


def _try(r: Rule, s: str, pos: int, ctx: Ctx, resume: dict[str, int], hits: list[Hit]) -> None:
    """Match one rule at pos unless its previous match reaches past pos, as finditer would."""
    if pos < resume.get(r.name, 0):
        return
    m = r.pattern.match(s, pos)
    if m is None:
        return
    resume[r.name] = m.end()
    hit = r.handler(m, ctx)
    if hit is not None and hit.end > hit.start:
        hits.append(hit)


def hits_everywhere(ctx: Ctx, rules: Iterable[Rule]) -> list[Hit]:
    """Every accepted match of every rule, each pattern scanning the whole text (reference)."""
    hits: list[Hit] = []
    for r in rules:
        for m in r.pattern.finditer(ctx.lower if r.lowered else ctx.text):
            hit = r.handler(m, ctx)
            if hit is not None and hit.end > hit.start:
                hits.append(hit)
    return hits
