"""One event, many sources: merge passages of different articles that report the same happening."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from viewer.core.model import DateBasis, DateValue, Dating, Event

# A passage dated only by its article's publication may report anything of the week before.
PUBLICATION_SLACK = timedelta(days=7)
MERGE_THRESHOLD = 0.34
# A token shared by more than this share of passages says nothing about sameness.
COMMON_SHARE = 0.05

_NUMBER_WORDS = {
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "dozen": "12",
    "hundred": "100",
    "thousand": "1000",
}
_STOP = frozenset(
    """
    a an the and or but if of in on at to for from by with as into than that this these those
    it its is are was were be been being has have had will would could should may might can
    not no nor so such also more most less very up out over after before about against between
    he she they we you i his her their our your them him us who whom which what when where why
    how all any both each few other some own same said says say told added according there
    here then now just only while because since during under again further once do does did
    new one us u.s official officials president secretary
    """.split()
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|\d[\d,.]*")
# Numbers, weapon systems and capitalised names weigh more than ordinary words.
_NUMBER_WEIGHT = 3.0
_NAME_WEIGHT = 2.0


@dataclass(slots=True)
class _Features:
    weights: dict[str, float]
    first: int  # the earliest day it may have happened (ordinal)
    last: int
    document: str


def _tokens(text: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        lower = word.lower().rstrip(".,")
        if lower in _STOP or (len(lower) < 2 and not lower.isdigit()):
            continue
        if lower[0].isdigit():
            key, weight = lower.replace(",", ""), _NUMBER_WEIGHT
        elif lower in _NUMBER_WORDS:
            key, weight = _NUMBER_WORDS[lower], _NUMBER_WEIGHT
        elif any(ch.isdigit() for ch in word) or (word[0].isupper() and match.start() > 0):
            key, weight = lower, _NAME_WEIGHT
        else:
            key, weight = lower[:-1] if lower.endswith("s") and len(lower) > 4 else lower, 1.0
        found[key] = max(found.get(key, 0.0), weight)
    return found


def _window(dating: Dating) -> tuple[int, int]:
    value = dating.value
    first = value.first
    if dating.basis is DateBasis.PUBLICATION:
        first -= PUBLICATION_SLACK
    return first.toordinal(), value.last.toordinal()


def _features(event: Event) -> _Features:
    first, last = _window(event.dating_of(0))
    return _Features(_tokens(event.primary.text), first, last, event.primary.document_id)


def _similarity(a: _Features, b: _Features, idf: dict[str, float]) -> tuple[float, list[str]]:
    shared = a.weights.keys() & b.weights.keys()
    if not shared:
        return 0.0, []

    def mass(f: _Features) -> float:
        return sum(w * idf.get(t, 1.0) for t, w in f.weights.items())

    common = sum(min(a.weights[t], b.weights[t]) * idf.get(t, 1.0) for t in shared)
    score = common / math.sqrt(mass(a) * mass(b))
    ranked = sorted(shared, key=lambda t: -a.weights[t] * idf.get(t, 1.0))
    return score, ranked[:5]


class _Groups:
    """Union-find that never puts two passages of one article in the same event."""

    def __init__(self, features: Sequence[_Features]) -> None:
        self.parent = list(range(len(features)))
        self.docs = [{f.document} for f in features]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b or self.docs[a] & self.docs[b]:
            return False
        self.parent[b] = a
        self.docs[a] |= self.docs[b]
        return True


def _candidates(features: Sequence[_Features]) -> list[tuple[float, int, int, list[str]]]:
    """Pairs that share a rare token and may have happened on the same days; never all pairs."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        for token in f.weights:
            postings[token].append(i)
    n = len(features)
    limit = max(4, int(n * COMMON_SHARE))
    idf = {t: math.log(1 + n / len(ids)) for t, ids in postings.items()}
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[float, int, int, list[str]]] = []
    for ids in postings.values():
        if len(ids) < 2 or len(ids) > limit:
            continue
        for x, i in enumerate(ids):
            for j in ids[x + 1 :]:
                a, b = features[i], features[j]
                if a.document == b.document or (i, j) in seen:
                    continue
                seen.add((i, j))
                if a.first > b.last or b.first > a.last:
                    continue
                score, matched = _similarity(a, b, idf)
                if score >= MERGE_THRESHOLD:
                    pairs.append((score, i, j, matched))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


_BASIS_RANK = {DateBasis.USER: 0, DateBasis.EXPLICIT: 1, DateBasis.RELATIVE: 2}


def _rank(dating: Dating) -> tuple[int, int]:
    return (_BASIS_RANK.get(dating.basis, 3), dating.value.days)


def reconcile(event: Event) -> None:
    """Choose the event's date among its sources, and say where they disagree."""
    order = sorted(range(len(event.passages)), key=lambda i: _rank(event.dating_of(i)))
    datings = [event.dating_of(i) for i in order]
    event.passages = [event.passages[i] for i in order]
    event.dating = datings
    kept = datings[0]
    event.date, event.date_basis, event.date_text = kept.value, kept.basis, kept.text
    stated = [
        (p, d) for p, d in zip(event.passages, datings, strict=True) if d.basis in _BASIS_RANK
    ]
    disagree = [(p, d) for p, d in stated if not _agrees(d.value, kept.value)]
    if not disagree:
        event.date_conflict = ""
        return
    views = "; ".join(f"{p.document_id} says {_iso(d.value)} (“{d.text}”)" for p, d in stated)
    event.date_conflict = (
        f"Sources disagree: {views}. Kept {_iso(kept.value)}, "
        f"the most precise date stated in a source."
    )


def _agrees(a: DateValue, b: DateValue) -> bool:
    return a.contains(b) or b.contains(a)


def _iso(value: DateValue) -> str:
    if value.days == 1:
        return value.first.isoformat()
    return f"{value.first.isoformat()}–{value.last.isoformat()}"


def merge_events(events: list[Event]) -> list[Event]:
    """Merge single-passage events that report the same happening in different articles."""
    features = [_features(e) for e in events]
    groups = _Groups(features)
    reasons: dict[int, list[str]] = defaultdict(list)
    for score, i, j, matched in _candidates(features):
        if groups.join(i, j):
            reasons[groups.find(i)].append(
                f"{events[i].primary.document_id} ~ {events[j].primary.document_id}: "
                f"shares {', '.join(matched)} (score {score:.2f}), dates compatible"
            )
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        members[groups.find(i)].append(i)
    original_id = {e.primary.key(): e.id for e in events}
    merged: list[Event] = []
    for root, ids in members.items():
        head = events[ids[0]]
        for i in ids[1:]:
            head.add_passage(events[i].primary, events[i].dating_of(0))
        if len(ids) > 1:
            head.merge_reason = "; ".join(reasons[root])
            reconcile(head)
            # The event is known by its primary passage's id, whichever article that is.
            head.id = original_id[head.primary.key()]
        merged.append(head)
    return merged
