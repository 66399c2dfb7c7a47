"""A dark desktop theme, from the start or switched to with the window open (at dusk): what
the window writes in colours of its own stays readable on it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from viewer.core.annotations import Status
from viewer.ui.annotation_inputs import contrast
from viewer.ui.main_window import MainWindow


def dark_palette() -> QPalette:
    """The colours a dark desktop theme (Adwaita dark) gives Qt."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#353535"),
        (QPalette.ColorRole.Base, "#2d2d2d"),
        (QPalette.ColorRole.AlternateBase, "#353535"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#15539e"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def switch_to_dark() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    yield
    app.setPalette(before)


def ink_on_face(widget: QWidget) -> float:
    """The contrast of a widget's most contrasting pixel with its commonest (its text on
    its background), as drawn over what is behind it."""
    parent = widget.parentWidget()
    assert parent is not None
    image = parent.grab(widget.geometry()).toImage()
    width, height = image.width(), image.height()
    colours = Counter(image.pixel(x, y) for x in range(width) for y in range(height))
    face = QColor.fromRgb(colours.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(rgb), face) for rgb in colours)


@pytest.mark.usefixtures("switch_to_dark")
def test_a_date_conflict_stays_readable_when_the_desktop_turns_dark(
    qtbot: QtBot, window: MainWindow
) -> None:
    label = window.panel.conflict_label
    label.setText("Date conflict: 7 Mar 2022 (with continued concern) against 8 Mar 2022")
    label.show()
    QApplication.instance().setPalette(dark_palette())  # type: ignore[union-attr]
    QApplication.processEvents()
    # it stayed the light theme's dark red: 2:1 on the dark panel
    assert ink_on_face(label) >= 4.5


@pytest.mark.usefixtures("switch_to_dark")
def test_the_status_buttons_and_the_banner_follow_the_desktop_turning_dark(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.banner.show_problems(["broken.txt: could not be read"])
    button = window.panel.status_buttons[Status.DISPUTED]
    light_face = window.banner.grab().toImage().pixelColor(8, 8)
    light = QApplication.palette()
    QApplication.instance().setPalette(dark_palette())  # type: ignore[union-attr]
    QApplication.processEvents()

    # they kept the light theme's pale faces: glaring strips on the dark window
    qtbot.waitUntil(lambda: button.palette().color(QPalette.ColorRole.Button).lightness() < 128)
    face = button.palette().color(QPalette.ColorRole.Button)
    assert contrast(button.palette().color(QPalette.ColorRole.ButtonText), face) >= 4.5
    assert (
        window.banner.grab().toImage().pixelColor(8, 8).lightness() < 128 < light_face.lightness()
    )
    assert ink_on_face(window.banner.label) >= 4.5
    button.click()  # checked: its status colour, its text still readable on it
    assert button.isChecked() and ink_on_face(button) >= 4.5

    QApplication.instance().setPalette(light)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.banner.grab().toImage().pixelColor(8, 8) == light_face)
    assert button.palette().color(QPalette.ColorRole.Button).lightness() > 128
