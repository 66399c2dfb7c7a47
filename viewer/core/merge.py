"""One event, many sources: merge passages of different articles that report the same happening."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import numpy.typing as npt

from viewer.core.merge_groups import Groups, same_figures
from viewer.core.merge_tokens import (
    CODE_MARK,
    HEADLINE_MARK,
    NAME_MARK,
    is_code,
    is_count,
    passage_words,
)
from viewer.core.merge_words import KINDS, contrary_acts, resolve
from viewer.core.model import STATED_BASES, DateBasis, DateValue, Dating, Event, Passage

# A passage dated only by its article's publication may report anything of the week before.
PUBLICATION_SLACK = timedelta(days=7)
MERGE_THRESHOLD = 0.3
# A shared count of things ("500 troops", "300,000") is strong evidence of the same happening.
NUMBER_BONUS = 0.15
MAX_NUMBER_BONUS = 0.3
# So is a designation (THAAD, F-35) that few passages mention.
CODE_BONUS = 0.12
MAX_CODE_BONUS = 0.24
# Words (not numbers) two passages must share to be one happening: a number alone never is.
MIN_SHARED_WORDS = 2
# Two passages that share no name, one telling its doer by a role ("A MAN", "a co-worker"),
# must share the kind of act and more words, and score this surely.
MIN_ROLE_WORDS = 3
ROLE_THRESHOLD = 0.7
# A token shared by more than this share of passages says nothing about sameness.
COMMON_SHARE = 0.05
# A token shared by more passages than this in one week is too common there to block on.
MAX_BLOCK = 32
# More weeks than any date has since the year 1 (ordinal // 7), for keys by token and week.
_WEEKS = 1 << 20
# How many of a passage's rarest tokens it is filed under for finding candidates.
BLOCK_TOKENS = 8


@dataclass(slots=True)
class _Features:
    weights: dict[str, float]  # shared by every passage of the same text
    actors: frozenset[str]
    places: frozenset[str]
    first: int  # the earliest day it may have happened (ordinal)
    last: int
    document: str
    text: int  # which distinct text: wire copies repeat sentences word for word


def _window(dating: Dating) -> tuple[int, int]:
    value = dating.value
    first = value.first
    if dating.basis is DateBasis.PUBLICATION:
        first -= PUBLICATION_SLACK
    return first.toordinal(), value.last.toordinal()


def _all_features(events: Sequence[Event]) -> list[_Features]:
    """Each passage's tokens and date window; a text met before is not tokenised again."""
    known: dict[str, int] = {}
    tokens: list[dict[str, float]] = []
    actors: list[frozenset[str]] = []
    places: list[frozenset[str]] = []
    texts = []
    for event in events:
        said = event.primary.text  # read once: a passage's text is made anew each time
        text = known.get(said)
        if text is None:
            text = known[said] = len(tokens)
            words, named, where = passage_words(said)
            tokens.append(words)
            actors.append(named)
            places.append(where)
        texts.append(text)
    resolve(tokens, NAME_MARK, HEADLINE_MARK)
    features = []
    for event, text in zip(events, texts, strict=True):
        first, last = _window(event.dating_of(0))
        features.append(
            _Features(
                tokens[text],
                actors[text],
                places[text],
                first,
                last,
                event.primary.document_id,
                text,
            )
        )
    return features


class _Scorer:
    """Scores pairs of passages with corpus-wide token weights computed once.

    Weights, scores and explanations depend only on the two texts, so each is worked out
    once per distinct text or pair of texts, however many articles repeat them.
    """

    def __init__(self, features: Sequence[_Features]) -> None:
        n = len(features)
        self.text = [f.text for f in features]
        texts: dict[int, dict[str, float]] = {}  # each distinct text's tokens, in order
        uses: dict[int, int] = defaultdict(int)
        self.actors: dict[int, frozenset[str]] = {}
        self.places: dict[int, frozenset[str]] = {}
        for f in features:
            texts.setdefault(f.text, f.weights)
            self.actors.setdefault(f.text, f.actors)
            self.places.setdefault(f.text, f.places)
            uses[f.text] += 1
        self.frequency: dict[str, int] = defaultdict(int)  # passages holding each token
        for text, weights in texts.items():
            for token in weights:
                self.frequency[token] += uses[text]
        self.idf = {t: math.log(1 + n / df) for t, df in self.frequency.items()}
        rare_idf = math.log(1 + n / 3)  # found in no more than three passages
        self.counts = {t for t in self.frequency if is_count(t)}
        self.codes = {t for t in self.frequency if is_code(t) and self.idf[t] >= rare_idf}
        # Numbers, and names or designations, by their first character: looked up as sets.
        self.numbers = {t for t in self.frequency if t[0].isdigit()}
        self.named = {t for t in self.frequency if t[0] in (NAME_MARK, CODE_MARK)}
        self.figures = {text: _figures(weights) for text, weights in texts.items()}
        idf = self.idf
        self.weighted = {
            text: {t: w * idf[t] for t, w in weights.items()} for text, weights in texts.items()
        }
        self.mass = {text: sum(w.values()) for text, w in self.weighted.items()}
        self._scores: dict[tuple[int, int], float] = {}
        self._explained: dict[tuple[int, int], list[str]] = {}

    def score(self, i: int, j: int) -> float:
        """How surely two passages report the same happening."""
        return self.score_texts(self.text[i], self.text[j])

    def score_texts(self, x: int, y: int) -> float:
        """How surely passages of the distinct texts x and y report the same happening."""
        key = (x, y)
        found = self._scores.get(key)
        if found is None:
            found = self._scores[key] = self._score(x, y)
        return found

    def _score(self, x: int, y: int) -> float:
        a, b = self.weighted[x], self.weighted[y]
        shared = a.keys() & b.keys()
        if not shared:
            return 0.0
        # What the happening is about must be shared, not only a number.
        words = shared - self.numbers
        if len(words) < MIN_SHARED_WORDS or not same_figures(self.figures[x], self.figures[y]):
            return 0.0
        unnamed = words.isdisjoint(self.named)
        if unnamed and not self._told_by_role(x, y, words):
            return 0.0  # who or what it is about: a name or a designation
        if self.actors[x].difference(b) and self.actors[y].difference(a):
            return 0.0  # each names someone the other does not: two people's deeds
        if _unnamed(self.places[x], b) and _unnamed(self.places[y], a):
            return 0.0  # each tells of a place the other does not name: two happenings
        if contrary_acts(a.keys(), b.keys()):
            return 0.0  # a hiring and a dismissal
        common = shared_mass(a, b, shared)
        mass_a, mass_b = self.mass[x], self.mass[y]
        # Cosine alone punishes a long sentence that reports the same thing among others;
        # coverage of the shorter passage alone would let a short one match anything.
        score = 0.5 * common / math.sqrt(mass_a * mass_b) + 0.5 * common / min(mass_a, mass_b)
        score += min(MAX_NUMBER_BONUS, NUMBER_BONUS * len(shared & self.counts))
        score += min(MAX_CODE_BONUS, CODE_BONUS * len(shared & self.codes))
        return 0.0 if unnamed and score < ROLE_THRESHOLD else score

    def _told_by_role(self, x: int, y: int, words: set[str]) -> bool:
        """Whether two passages that share no name may still tell one happening: one names
        no one, its doer told by a role ("A MAN has been charged with the murder of his mother
        and sister") where the other names him ("John Jenkin, 23, has been charged with the
        murder of his mother and sister"), and they share the kind of act and more."""
        if len(words) < MIN_ROLE_WORDS or words.isdisjoint(KINDS):
            return False
        return not self.actors[x] or not self.actors[y]

    def explain(self, i: int, j: int) -> list[str]:
        """The tokens that weigh most in a match, as a reader would recognise them."""
        key = (self.text[i], self.text[j])
        found = self._explained.get(key)
        if found is None:
            a, b = self.weighted[key[0]], self.weighted[key[1]]
            # Heaviest first, then by spelling: pairs sort so, with no key function to call.
            ranked = sorted([(-a[t], t) for t in a.keys() & b.keys()])[:5]
            found = self._explained[key] = [t.lstrip(NAME_MARK + CODE_MARK) for _, t in ranked]
        return found

    def rarest_first(self) -> dict[str, int]:
        """Each token's place when all are ordered rarest first (ties by spelling)."""
        ordered = sorted(self.frequency.items(), key=lambda item: (item[1], item[0]))
        return {token: place for place, (token, _) in enumerate(ordered)}


def _unnamed(places: frozenset[str], other: dict[str, float]) -> bool:
    """Whether a passage tells of a place that the other passage's tokens do not name (as a
    name, or as a plain word where it opens a sentence)."""
    return any(p not in other and p[1:] not in other for p in places)


def shared_mass(a: dict[str, float], b: dict[str, float], shared: set[str]) -> float:
    """The weight two passages' token weights `a` and `b` have in common over their `shared`
    tokens. Summed exactly (`math.fsum`): a set's order follows the strings' hashes, which
    change from run to run, and a plain float sum in another order can differ in its last
    digit, enough to break a tie between two candidate merges differently each run."""
    return math.fsum([a[t] if a[t] < b[t] else b[t] for t in shared])  # min() costs a call


# A candidate pair: its score and the two passages' indexes, lower first.
_Pair = tuple[float, int, int]


def _candidates(features: Sequence[_Features], scorer: _Scorer) -> list[_Pair]:
    """Pairs that share a rare token in the same week; never all pairs, and each pair of
    distinct texts scored once, however many pairs of passages repeat it. Best first, then
    by the passages' indexes."""
    first, second = _filed_together(features, scorer)
    text = np.asarray(scorer.text, np.int64)
    texts = int(text.max()) + 1 if len(text) else 1
    distinct, which = np.unique(text[first] * texts + text[second], return_inverse=True)
    score = scorer.score_texts
    scores = np.asarray([score(c // texts, c % texts) for c in distinct.tolist()], np.float64)
    values = scores[which.reshape(-1)] if len(distinct) else np.empty(0, np.float64)
    kept = values >= MERGE_THRESHOLD
    value, left, right = values[kept], first[kept], second[kept]
    order = np.lexsort((right, left, -value))
    best = value[order].tolist(), left[order].tolist(), right[order].tolist()
    return list(zip(*best, strict=True))


# Long: one pipeline of arrays from passages to candidate pairs, each step using the arrays
# of the steps before; split, they would travel between functions for nothing.
def _filed_together(
    features: Sequence[_Features], scorer: _Scorer
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Each pair (i < j) of passages of different articles, with overlapping dates, that are
    filed under one of their rarest tokens in the same week, in a list of at most MAX_BLOCK.

    Millions of pairs in a large corpus: arrays, not Python loops.
    """
    place = scorer.rarest_first()
    # Tokens in at most `common` passages come first in that order: rare ones are a prefix.
    common = max(4, int(len(features) * COMMON_SHARE))
    rare = sum(1 for count in scorer.frequency.values() if count <= common)
    # Tokens of one passage only come first of all: they bring no other passage.
    alone = sum(1 for count in scorer.frequency.values() if count == 1)
    ranks: list[int] = []
    owners: list[int] = []
    rarest: dict[int, list[int]] = {}  # by distinct text
    for i, f in enumerate(features):
        # Passages that report one happening share at least one of their rarest words.
        chosen = rarest.get(f.text)
        if chosen is None:
            ordered = sorted([r for t in f.weights if alone <= (r := place[t]) < rare])
            chosen = rarest[f.text] = ordered[:BLOCK_TOKENS]
        ranks.extend(chosen)
        owners.extend([i] * len(chosen))
    firsts = np.fromiter((f.first for f in features), np.int64, len(features))
    lasts = np.fromiter((f.last for f in features), np.int64, len(features))
    codes: dict[str, int] = {}
    documents = np.fromiter(
        (codes.setdefault(f.document, len(codes)) for f in features), np.int64, len(features)
    )
    owner = np.asarray(owners, np.int64)
    rank = np.asarray(ranks, np.int64)
    # One entry for every week a passage's date window touches.
    week_first, week_last = firsts[owner] // 7, lasts[owner] // 7
    repeat = week_last - week_first + 1
    owner, rank, week = (
        np.repeat(owner, repeat),
        np.repeat(rank, repeat),
        np.repeat(week_first, repeat) + _offsets(repeat),
    )
    key = rank * _WEEKS + week
    order = np.lexsort((owner, key))  # by list, then by passage
    key, owner = key[order], owner[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    sizes = np.diff(np.r_[starts, len(key)])
    lefts: list[npt.NDArray[np.int64]] = []
    rights: list[npt.NDArray[np.int64]] = []
    for size in range(2, MAX_BLOCK + 1):
        begin = starts[sizes == size]
        if not len(begin):
            continue
        members = owner[begin[:, None] + np.arange(size)]
        x, y = np.triu_indices(size, 1)
        lefts.append(members[:, x].ravel())
        rights.append(members[:, y].ravel())
    if not lefts:
        empty = np.empty(0, np.int64)
        return empty, empty
    left, right = np.concatenate(lefts), np.concatenate(rights)
    keep = (
        (documents[left] != documents[right])
        & (firsts[left] <= lasts[right])
        & (firsts[right] <= lasts[left])
    )
    # Sorted, then duplicates dropped: np.unique's hashing is many times slower here.
    pair_codes = np.sort(left[keep] * len(features) + right[keep])
    if len(pair_codes):
        pair_codes = pair_codes[np.r_[True, pair_codes[1:] != pair_codes[:-1]]]
    return pair_codes // len(features), pair_codes % len(features)


def _figures(weights: dict[str, float]) -> frozenset[str]:
    """A passage's figures: amounts with decimals, percentages and counts, not small
    numbers said in passing or years."""
    return frozenset(t for t in weights if t[0].isdigit() and (not t.isdigit() or is_count(t)))


def _offsets(repeat: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """0, 1, … repeat[k] - 1 for each k, end to end."""
    ends = np.cumsum(repeat)
    return np.arange(int(ends[-1]) if len(ends) else 0) - np.repeat(ends - repeat, repeat)


_BASIS_RANK = {
    DateBasis.USER: 0,
    DateBasis.EXPLICIT: 1,
    DateBasis.RELATIVE: 2,
    DateBasis.CONTEXT: 3,
}
# How much another source that agrees raises the kept date's confidence, and a dissent lowers it.
AGREEMENT_GAIN = 0.05
DISSENT_LOSS = 0.15


def _rank(dating: Dating) -> tuple[int, int, float]:
    return (_BASIS_RANK.get(dating.basis, 4), dating.value.days, -dating.confidence)


def reconcile(event: Event, lead: Passage | None = None) -> None:
    """Choose the event's date among its sources, and say where they disagree. A `lead` (the
    passage a merge by hand was made into) stays first unless another's date is stated
    better or is narrower: a clause from another article, as precisely dated but a little
    surer, took the lede's place and its title."""

    def rank(i: int) -> tuple[int, int, bool, float]:
        basis, days, unsure = _rank(event.dating_of(i))
        return (basis, days, event.passages[i] != lead, unsure)

    order = sorted(range(len(event.passages)), key=rank)
    datings = [event.dating_of(i) for i in order]
    event.passages = [event.passages[i] for i in order]
    event.dating = datings
    kept = datings[0]
    event.date, event.date_basis, event.date_text = kept.value, kept.basis, kept.text
    # Dates a passage states itself: where they disagree, the sources disagree.
    stated = [
        (p, d) for p, d in zip(event.passages, datings, strict=True) if d.basis in STATED_BASES
    ]
    disagree = [(p, d) for p, d in stated if not _agrees(d.value, kept.value)]
    others = {p.document_id for p, _ in stated} - {event.primary.document_id}
    agreeing = len(others) - len({p.document_id for p, _ in disagree})
    confidence = kept.confidence + AGREEMENT_GAIN * agreeing - DISSENT_LOSS * bool(disagree)
    event.date_confidence = round(min(0.99, max(0.05, confidence)), 3)
    if not disagree:
        event.date_conflict = ""
        return
    views = "; ".join(f"{p.document_id} says {d.value.iso_span()} (“{d.text}”)" for p, d in stated)
    event.date_conflict = (
        f"Sources disagree: {views}. Kept {kept.value.iso_span()}, "
        f"the most precise date stated in a source."
    )


def combined_confidence(confidences: Sequence[float]) -> float:
    """How sure it is that several sources report a happening: each is one more chance."""
    doubt = 1.0
    for confidence in confidences:
        doubt *= 1.0 - confidence
    return round(min(0.99, 1.0 - doubt), 3) if len(confidences) > 1 else confidences[0]


def _agrees(a: DateValue, b: DateValue) -> bool:
    return a.contains(b) or b.contains(a)


# Links spelled out in a merge's reason. An event that hundreds of articles report would
# otherwise carry a reason of hundreds of kilobytes, unreadable and held in memory twice.
REASON_LINKS = 12

# A merge plan: which events (by their index in the input) form one, and why.
MergePlan = list[tuple[list[int], str]]


def _groups(features: Sequence[_Features], scorer: _Scorer) -> Groups:
    """The groups merging joins passages into, each alone at first: their date windows and
    figures, and which passages of one article are alike."""
    return Groups(
        [f.document for f in features],
        [(f.first, f.last) for f in features],
        [scorer.figures[f.text] for f in features],
        lambda i, j: scorer.score(i, j) >= MERGE_THRESHOLD,
    )


def plan_merge(events: Sequence[Event]) -> MergePlan:
    """Which single-passage events report the same happening: the slow part of merging."""
    features = _all_features(events)
    scorer = _Scorer(features)
    groups = _groups(features, scorer)
    reasons: dict[int, list[str]] = defaultdict(list)
    unsaid: dict[int, int] = defaultdict(int)  # links past REASON_LINKS, counted
    for score, i, j in _candidates(features, scorer):
        joined = groups.join(i, j)
        if joined is None:
            continue
        root, absorbed = joined
        # The joined group's own reasons come along, so a three-source event says both links.
        said = reasons[root]
        said.extend(reasons.pop(absorbed, []))
        unsaid[root] += unsaid.pop(absorbed, 0) + max(0, len(said) - REASON_LINKS)
        del said[REASON_LINKS:]
        if len(said) == REASON_LINKS:
            unsaid[root] += 1
            continue
        matched = ", ".join(scorer.explain(i, j))
        said.append(
            f"{events[i].primary.document_id} ~ {events[j].primary.document_id}: "
            f"shares {matched} (score {score:.2f}), dates compatible"
        )
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        members[groups.find(i)].append(i)
    return [(ids, _reason(reasons[root], unsaid[root])) for root, ids in members.items()]


def _reason(links: list[str], unsaid: int) -> str:
    if unsaid:
        links = [*links, f"and {unsaid} more links, each by shared words and compatible dates"]
    return "; ".join(links)


def apply_plan(events: list[Event], plan: MergePlan) -> list[Event]:
    """Merge events as a plan says; the events are changed in place and the heads returned."""
    original = {e.primary.key(): (e.id, e.title) for e in events}
    # A passage that was not its event's first can come first once the merged sources are
    # ranked (a headline and its lede, the lede stating the date): it names its own event.
    for event in events:
        for passage in event.passages[1:]:
            original.setdefault(passage.key(), (event.id, event.title))
    merged: list[Event] = []
    for ids, reason in plan:
        head = events[ids[0]]
        for i in ids[1:]:
            # Every passage of each: a headline and its lede are one event of one article.
            for k, passage in enumerate(events[i].passages):
                head.add_passage(passage, events[i].dating_of(k))
        if len(ids) > 1:
            head.merge_reason = reason
            head.event_confidence = combined_confidence([events[i].event_confidence for i in ids])
            reconcile(head)
            # The event is known by its primary passage's id, whichever article that is.
            head.id, head.title = original[head.primary.key()]
        merged.append(head)
    return merged


def merge_events(events: list[Event]) -> list[Event]:
    """Merge single-passage events that report the same happening in different articles."""
    return apply_plan(events, plan_merge(events))
