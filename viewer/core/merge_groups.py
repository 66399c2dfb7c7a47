"""The groups merging builds: which passages are one event so far, and what each group allows.

Merging compares passages two by two, but joins groups: a chain of pairs that each agree can
join passages that do not ("yesterday" in two articles a week apart, joined through a passage
dated only by its article's week; two closing prices joined through a line that names no
price). So a group keeps the days all its passages allow and the figures they state, and
joins another only where both allow a day and state a figure in common (or one states none).
A happening's figures change as it is told again — a death toll rises, a magnitude is
revised — so two groups that agree on one figure are not two happenings for the others;
the two passages that link them still state mostly the same figures (`same_figures`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

# How far apart (in days) sources of one event may date it, each way: sources may disagree
# by a day on one happening ("announced Tuesday", "announced Wednesday").
DAY_APART = 1


def same_figures(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two passages that both state figures (prices, amounts, counts, shares) state
    mostly the same ones: one happening is told with its figures; two companies' sales, or
    two closing prices, with others. Passages without figures say nothing either way."""
    if not a or not b:
        return True
    return 2 * len(a & b) > min(len(a), len(b))


def share_a_figure(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two groups state a figure in common, or one states none (module docstring)."""
    return not a or not b or not a.isdisjoint(b)


class Groups:
    """Union-find over passages that never puts passages whose dates or figures cannot be one
    happening's in one event, nor two passages of one article unless they report it alike.

    Two passages of one article are one event when they report one happening (docs/events.md,
    section 3), but most are not: an arrest and its charge, a quake and its aftershock. So two
    groups that hold passages of one article join only if each such passage of the one is
    `alike` each of the other, compared as passages of two articles are.
    """

    def __init__(
        self,
        documents: Sequence[str],
        windows: Sequence[tuple[int, int]],
        figures: Sequence[frozenset[str]],
        alike: Callable[[int, int], bool] | None = None,
    ) -> None:
        self.parent = list(range(len(documents)))
        self.document = list(documents)
        # The passages of each group of more than one, by article.
        self.docs: dict[int, dict[str, list[int]]] = {}
        # By root: the days all its passages allow, and its figures. Each passage's last day is
        # put DAY_APART later, so that two groups whose days are at most DAY_APART apart share
        # one (Tuesday and Wednesday), and no more (a fire of Friday, another of Sunday, joined
        # through a passage dated only by its article's week).
        self.window = [(first, last + DAY_APART) for first, last in windows]
        self.figures = list(figures)
        self.alike = alike

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> tuple[int, int] | None:
        """Join the groups of i and j unless they cannot be one happening: (new root, old
        root), or None."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return None
        first = max(self.window[a][0], self.window[b][0])
        last = min(self.window[a][1], self.window[b][1])
        if first > last or not share_a_figure(self.figures[a], self.figures[b]):
            return None
        docs_a = self.docs.get(a) or {self.document[a]: [a]}
        docs_b = self.docs.get(b) or {self.document[b]: [b]}
        if not self._alike_within(docs_a, docs_b):
            return None
        self.window[a] = (first, last)
        self.figures[a] = self.figures[a] | self.figures[b]
        self.parent[b] = a
        for document, members in docs_b.items():
            docs_a.setdefault(document, []).extend(members)
        self.docs[a] = docs_a
        self.docs.pop(b, None)
        return a, b

    def _alike_within(self, a: dict[str, list[int]], b: dict[str, list[int]]) -> bool:
        """Whether the passages of each article both groups hold are alike across them."""
        shared = a.keys() & b.keys()
        if not shared:
            return True
        alike = self.alike
        if alike is None:
            return False
        return all(alike(x, y) for d in shared for x in a[d] for y in b[d])
