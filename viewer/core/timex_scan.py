"""Running the tagging rules over a text: only where a lead word starts, or everywhere.

`hits_at_leads` is the fast path: one scan finds the lead words (timex_leads) and each rule's
pattern is matched only at the words of its kinds. It keeps re.finditer's semantics per rule
(a rule's next match starts at or after the end of its previous one, rejected or not), so it
finds exactly what `hits_everywhere`, one full scan per rule, finds; the tests check that.
"""

from __future__ import annotations

from collections.abc import Iterable

from viewer.core.timex_context import Ctx, Hit, Rule
from viewer.core.timex_leads import KINDS, LEAD_WORDS, find_leads, kind_of


class RulesByLead:
    """The rules to try at each kind of lead word, in a fixed order."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        by_kind: dict[str, list[Rule]] = {kind: [] for kind in KINDS}
        for r in self.rules:
            unknown = set(r.leads) - KINDS
            if unknown or not r.leads:
                raise ValueError(f"rule {r.name}: unknown lead kinds {sorted(unknown)}")
            for kind in r.leads:
                by_kind[kind].append(r)
        self._by_kind = {kind: tuple(rules) for kind, rules in by_kind.items()}
        self._by_word = {word: self._by_kind[kind] for word, kind in LEAD_WORDS.items()}

    def at(self, word: bytes) -> tuple[Rule, ...]:
        """The rules whose match can start on this lead word."""
        found = self._by_word.get(word)
        return self._by_kind[kind_of(word)] if found is None else found


def hits_at_leads(ctx: Ctx, index: RulesByLead) -> list[Hit]:
    """Every accepted match of every rule, each pattern tried only at its lead words."""
    hits: list[Hit] = []
    resume: dict[str, int] = {}  # per rule, where re.finditer would look for the next match
    text, lower = ctx.text, ctx.lower
    for pos, word in find_leads(lower):
        for r in index.at(word):
            if pos < resume.get(r.name, 0):
                continue
            m = r.pattern.match(lower if r.lowered else text, pos)
            if m is None:
                continue
            resume[r.name] = m.end()
            hit = r.handler(m, ctx)
            if hit is not None and hit.end > hit.start:
                hits.append(hit)
    return hits


def hits_everywhere(ctx: Ctx, rules: Iterable[Rule]) -> list[Hit]:
    """Every accepted match of every rule, each pattern scanning the whole text (reference)."""
    hits: list[Hit] = []
    for r in rules:
        for m in r.pattern.finditer(ctx.lower if r.lowered else ctx.text):
            hit = r.handler(m, ctx)
            if hit is not None and hit.end > hit.start:
                hits.append(hit)
    return hits
