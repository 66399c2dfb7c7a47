"""The merge plan's format: which extracted events merge, kept so that reopening need not
merge again (the slow step of opening a large project).

A plan is kept with the key of the events it was made for; a plan whose key is not that of
the events now, or that is damaged, is not used, and the events are merged again. Its layout
goes with MERGE_VERSION, which is part of the key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from viewer.core.merge import MergePlan
from viewer.core.model import Event
from viewer.core.versions import MERGE_VERSION

SETTING = "merge-plan"  # the project setting that keeps the last merge plan


def plan_key(extracted: Sequence[Event]) -> str:
    """What a merge plan depends on: every extracted event, in order, and how merging works."""
    digest = hashlib.sha1(MERGE_VERSION.encode())
    # One text hashed at once: the same digest as a line at a time, in half the time.
    lines = [f"{e.id}@{e.date.first.isoformat()}/{e.date.last.isoformat()}\n" for e in extracted]
    digest.update("".join(lines).encode())
    return digest.hexdigest()


def encode_plan(key: str, plan: MergePlan) -> str:
    """A merge plan as text for the project, with the key it belongs to."""
    return json.dumps({"key": key, "groups": [g for g in plan if len(g[0]) > 1]})


def decode_plan(text: str | None, key: str, count: int) -> MergePlan | None:
    """The plan kept in the project, if it was made for exactly these events."""
    if not text:
        return None
    try:
        kept = json.loads(text)
        if kept.get("key") != key:
            return None
        groups = [([int(i) for i in ids], str(reason)) for ids, reason in kept["groups"]]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # a damaged plan is simply made again
    grouped = {i for ids, _ in groups for i in ids}
    if any(not 0 <= i < count for i in grouped):
        return None
    singles = [([i], "") for i in range(count) if i not in grouped]
    # The order a fresh plan has: each group where its first event stands.
    return sorted(groups + singles, key=lambda group: min(group[0]))
