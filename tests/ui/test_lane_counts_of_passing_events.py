"""A lane's count counts what the lane shows: a long event whose bar crosses the view while
its date (its middle, where its card goes) is out of it is shown there, on the rail; the lane
read "No tag (0)" over that bar."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from viewer.core.lanes import LaneKind
from viewer.core.model import Precision
from viewer.core.timeline import PRECISION_CODE, TimelineData
from viewer.ui.timeline_view import TimelineView

DAY, RANGE = PRECISION_CODE[Precision.DAY], PRECISION_CODE[Precision.RANGE]


def _day(y: int, m: int = 1, d: int = 1) -> int:
    return date(y, m, d).toordinal()


def test_a_lane_whose_only_event_passes_through_the_view_counts_it(qtbot: QtBot) -> None:
    data = TimelineData.from_arrays(
        [_day(2024, 6, 14), _day(2020), _day(2024, 6, 16)],
        [_day(2024, 6, 14), _day(2024, 12, 31), _day(2024, 6, 16)],
        precision=[DAY, RANGE, DAY],
        ids=["talks", "war", "vote"],
        titles=["Talks open", "The war years", "Vote held"],
        tags=[("talks",), (), ("talks",)],
    )
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_events(data)
    view.set_display(key_only=False, threshold=0.0, lanes=LaneKind.TAG)
    view.zoom_to("week")
    view.center_on(_day(2024, 6, 15))  # the war's middle, mid-2022, is far out of view
    view.grab()  # painted, as on screen: the war's bar crosses the untagged lane's rail

    layout = view.current_layout()
    names = [band.name for band in layout.lanes]
    assert names == ["talks", "No tag"]
    assert not any(card.row == data.index_of("war") for card in layout.cards)
    counts = dict(zip(names, layout.visible.tolist(), strict=True))
    assert counts == {"talks": 2, "No tag": 1}  # was "No tag (0)" over the war's bar
