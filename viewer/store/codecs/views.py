"""The formats of what a project keeps of how it is viewed: named views (filters saved by
name), the filters on when it was closed, and the strip's display (key events or all,
threshold, lanes).

Each is one JSON setting of the project. What cannot be read is left out (a view) or left at
its default (the display): a view is a convenience, never the user's work itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from viewer.core.annotations import Status
from viewer.core.filters import Filter
from viewer.core.lanes import LaneKind
from viewer.core.timeline import STATUSES
from viewer.core.timeline_display import ListOrder, TimelineDisplay

NAMED_VIEWS_SETTING = "named_views"
DISPLAY_SETTING = "timeline_display"
LIST_ORDER_SETTING = "list_order"
FILTER_SETTING = "current_filter"  # the search and filters on when the project was closed

# Of named views and the display; written in each view, and any view read (2: how sure an
# event must be, `min_sure`; 3: how sure its date must be, `min_date_sure`; a view of an
# earlier version has none and shows any).
FORMAT = 3


def filter_to_json(f: Filter) -> str:
    """A named view's stored form."""
    return json.dumps(
        {
            "version": FORMAT,
            "text": f.text,
            "date_from": f.date_from.isoformat() if f.date_from else None,
            "date_to": f.date_to.isoformat() if f.date_to else None,
            "sources": sorted(f.sources),
            "tags": sorted(f.tags),
            "statuses": [s.value for s in STATUSES if s in f.statuses],
            "show_rejected": f.show_rejected,
            "starred_only": f.starred_only,
            "min_sure": f.min_sure,
            "min_date_sure": f.min_date_sure,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def filter_from_json(text: str) -> Filter:
    """A stored view back as a Filter; unknown fields and statuses are ignored, ValueError
    when it is no view at all."""
    raw = json.loads(text)
    if not isinstance(raw, dict):
        raise ValueError("a saved view must be a JSON object")

    def day(value: object) -> date | None:
        return date.fromisoformat(value) if isinstance(value, str) and value else None

    known = {s.value for s in STATUSES}
    return Filter(
        text=str(raw.get("text") or ""),
        date_from=day(raw.get("date_from")),
        date_to=day(raw.get("date_to")),
        sources=frozenset(str(s) for s in raw.get("sources") or ()),
        tags=frozenset(str(t) for t in raw.get("tags") or ()),
        statuses=frozenset(Status(s) for s in raw.get("statuses") or () if s in known),
        show_rejected=bool(raw.get("show_rejected", False)),
        starred_only=bool(raw.get("starred_only", False)),
        min_sure=_share(raw.get("min_sure")),
        min_date_sure=_share(raw.get("min_date_sure")),
    )


def _share(value: object) -> float:
    """A share from 0 to 1 as kept; anything else (an older view has none) is 0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return min(1.0, max(0.0, float(value))) if value == value else 0.0


def encode_named_views(views: Mapping[str, Filter]) -> str:
    """Every named view, by name: each as its own filter_to_json text."""
    return json.dumps({name: filter_to_json(f) for name, f in views.items()}, sort_keys=True)


def decode_named_views(text: str | None) -> dict[str, Filter]:
    """The named views kept; a view that cannot be read is left out, and a damaged setting
    is no views at all."""
    try:
        stored = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    views: dict[str, Filter] = {}
    for name, view in stored.items():
        try:
            views[str(name)] = filter_from_json(str(view))
        except (ValueError, TypeError, AttributeError):
            continue
    return views


def encode_display(display: TimelineDisplay) -> str:
    return json.dumps(
        {"key_only": display.key_only, "threshold": display.threshold, "lanes": display.lanes}
    )


def decode_display(text: str | None) -> TimelineDisplay | None:
    """The display kept, or None (the defaults) when there is none or it cannot be read."""
    try:
        stored = json.loads(text or "")
        return TimelineDisplay(
            key_only=bool(stored["key_only"]),
            threshold=min(1.0, max(0.0, float(stored["threshold"]))),
            lanes=LaneKind(str(stored["lanes"])),
        )
    except (ValueError, KeyError, TypeError):
        return None


def encode_list_order(order: ListOrder) -> str:
    return json.dumps(
        {"column": order.column, "descending": order.descending, "of_date": order.of_date}
    )


def decode_list_order(text: str | None) -> ListOrder | None:
    """The list's order kept, or None (by date, as the timeline runs) when there is none or it
    cannot be read."""
    try:
        stored = json.loads(text or "")
        return ListOrder(str(stored["column"]), bool(stored["descending"]), bool(stored["of_date"]))
    except (ValueError, KeyError, TypeError):
        return None
