"""The filter bar's Sure menu: how sure the extractor must be that an event is a reported
happening, and how sure of its date ("only events whose date is sure"), each step with how
many events it shows."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from viewer.core.filters import SURE_STEPS, Filter

CheckAction = Callable[[QMenu, str, "int | None", bool], QAction]
SURE_TIP = "How sure the extractor is that an event is a reported happening, and of its date"


def fill_sure_menu(
    menu: QMenu,
    counts: Mapping[str, Mapping[str, int]],
    current: Callable[[], Filter],
    check: CheckAction,
    commit: Callable[[Filter], None],
) -> None:
    """The event's steps, then under "Its date" the date's; a choice replaces its own kind."""
    menu.clear()
    chosen = current()
    for step in (0.0, *SURE_STEPS):
        text = "Any" if step == 0 else f"At least {step:.0%} sure"
        n = counts.get("sure", {}).get(f"{step:g}")
        act = check(menu, text, n, chosen.min_sure == step)
        act.triggered.connect(lambda _c=False, s=step: commit(replace(current(), min_sure=s)))
    menu.addSection("Its date")
    for step in (0.0, *SURE_STEPS):
        text = "Any date" if step == 0 else f"Date at least {step:.0%} sure"
        n = counts.get("date_sure", {}).get(f"{step:g}")
        act = check(menu, text, n, chosen.min_date_sure == step)
        act.setToolTip("A date you corrected is wholly sure")
        act.triggered.connect(lambda _c=False, s=step: commit(replace(current(), min_date_sure=s)))
    menu.setToolTipsVisible(True)
