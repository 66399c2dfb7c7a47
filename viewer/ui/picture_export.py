"""Pictures of the timeline, PNG or SVG, from the window or headless from the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPaintDevice, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)

from viewer.core.timeline import TimelineData
from viewer.ui.plain import as_written
from viewer.ui.timeline_view import TimelineView
from viewer.workspace import Workspace

WIDTH, HEIGHT = 1600, 520  # logical pixels: wide enough for a page, tall enough for lanes
PNG_SCALE = 2.0  # device pixels per logical pixel, so the PNG stays crisp on paper and HiDPI
SCREEN_DPI = 96
HEADER_H = 46
MARGIN = 16
FORMATS = {".png": "PNG", ".svg": "SVG"}


class PictureError(Exception):
    """A picture could not be written; the message is one line for the user."""


@dataclass(frozen=True)
class Frame:
    """Which days a picture shows: from first_day, at pixels_per_day; None fits all events."""

    first_day: float
    pixels_per_day: float


def picture_palette() -> QPalette:
    """Light colours whatever the desktop's theme: pictures end up in reports and on paper."""
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2328"))
    return palette


def _headline(data: TimelineData, mask: npt.NDArray[np.bool_], view: TimelineView) -> str:
    first, last = view.visible_range()
    rows = np.flatnonzero(mask)
    lo, hi = first.toordinal(), last.toordinal()
    inside = int(np.count_nonzero((data.last[rows] >= lo) & (data.first[rows] <= hi)))
    noun = "event" if inside == 1 else "events"
    return f"{_day(first)} – {_day(last)} · {inside} {noun}"


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _paint(device: QPaintDevice, view: TimelineView, title: str, headline: str) -> None:
    size = view.viewport().size()
    painter = QPainter(device)
    palette = view.palette()
    painter.fillRect(
        QRect(0, 0, size.width(), size.height() + HEADER_H), palette.color(QPalette.ColorRole.Base)
    )
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    bold = QFont(painter.font())
    bold.setBold(True)
    bold.setPointSizeF(bold.pointSizeF() * 1.25)
    painter.setFont(bold)
    top = QRectF(MARGIN, 4, size.width() - 2 * MARGIN, 24)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(view.font())
    below = QRectF(MARGIN, 26, size.width() - 2 * MARGIN, 18)
    painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, headline)
    view.viewport().render(painter, QPoint(0, HEADER_H))
    painter.end()


def write_picture(
    path: Path,
    data: TimelineData,
    mask: npt.NDArray[np.bool_] | None = None,
    frame: Frame | None = None,
    *,
    title: str = "Timeline",
    size: QSize | None = None,
) -> None:
    """Draw the events (those mask lets through) as a PNG or SVG, chosen by path's suffix."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise PictureError(f"{path}: name a .png or .svg file")
    chosen = size or QSize(WIDTH, HEIGHT)
    view = TimelineView()
    try:
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.setPalette(picture_palette())
        view.resize(chosen)
        view.show()  # laid out like the window's view, but never on screen
        # the viewport is what is drawn: grow the view by its frame, scroll bar and overview
        view.resize(view.size() + chosen - view.viewport().size())
        view.set_events(data, mask)
        if frame is None:
            view.fit_all()
        else:
            view.show_window(frame.first_day, frame.pixels_per_day)
        shown = np.ones(len(data), np.bool_) if mask is None else mask
        _write(path, kind, view, title, _headline(data, shown, view))
    finally:
        view.close()
        view.deleteLater()


def _write(path: Path, kind: str, view: TimelineView, title: str, headline: str) -> None:
    size = view.viewport().size()
    full = QSize(size.width(), size.height() + HEADER_H)
    if kind == "SVG":
        svg = QSvgGenerator()
        svg.setFileName(str(path))
        svg.setSize(full)
        svg.setViewBox(QRect(QPoint(0, 0), full))
        svg.setResolution(SCREEN_DPI)  # text as large as in the PNG and on screen
        svg.setTitle(title)
        svg.setDescription(headline)
        _paint(svg, view, title, headline)
        if not path.is_file():
            raise PictureError(f"{path}: cannot write")
        return
    image = QImage(full * PNG_SCALE, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(PNG_SCALE)
    _paint(image, view, title, headline)
    if not image.save(str(path)):  # the format follows the suffix
        raise PictureError(f"{path}: cannot write")


def export_workspace_pictures(
    workspace: Workspace, outputs: list[Path], *, title: str = ""
) -> None:
    """Pictures of every event with no window: the command line's --png and --svg."""
    app = QApplication.instance()
    if app is None:
        # No window is ever shown, so no display is needed whatever the desktop.
        app = QApplication(["timeline-viewer", "-platform", "offscreen"])
    data = TimelineData.from_events(
        workspace.events,
        workspace.annotations(),
        workspace.effective_date,
        workspace.effective_title,
    )
    name = title or _corpus_name(workspace)
    for path in outputs:
        write_picture(path, data, title=name)


def _corpus_name(workspace: Workspace) -> str:
    sources = workspace.sources
    if len(sources) == 1:
        return f"Timeline of {sources[0].name}"
    return f"Timeline of {len(workspace.documents)} articles"


class PictureExportDialog(QDialog):
    """Save the timeline as PNG or SVG: the range in view, or every event."""

    saved = Signal(str)  # the file written

    def __init__(self, view: TimelineView, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Picture")
        self._view = view
        self._workspace = workspace
        self.saved_path: Path | None = None
        first, last = view.visible_range()
        self.visible_button = QRadioButton(
            f"The range in view ({_day(first)} – {_day(last)})", self
        )
        self.visible_button.setChecked(True)
        self.all_button = QRadioButton("The whole timeline", self)
        suggested = Path.home() / workspace.project.path.with_suffix(".png").name
        self.path_edit = QLineEdit(str(suggested), self)
        self.path_edit.setAccessibleName("File to save the picture in")
        self.browse_button = QPushButton("Browse…", self)
        self.browse_button.setAccessibleName("Choose the picture file")
        self.browse_button.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow("Show:", self.visible_button)
        form.addRow("", self.all_button)
        form.addRow("Save as:", where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        file, _ = QFileDialog.getSaveFileName(
            self, "Export Picture", self.path_edit.text(), "PNG image (*.png);;SVG image (*.svg)"
        )
        if file:
            self.path_edit.setText(file)

    def chosen_path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix.lower() in FORMATS else path.with_name(path.name + ".png")

    def save(self) -> None:
        """Write the picture and close; a failure is shown and the dialog stays open."""
        path = self.chosen_path()
        data, mask = self._view.shown()
        frame = None
        size = None
        if self.visible_button.isChecked():
            frame = Frame(self._view.first_visible_day(), self._view.pixels_per_day())
            # the same days, with room for more lanes than a short pane has
            shown = self._view.viewport().size()
            size = QSize(shown.width(), max(shown.height(), HEIGHT))
        title = self._workspace.project.path.stem
        try:
            write_picture(path, data, mask, frame, title=title, size=size)
        except PictureError as error:
            QMessageBox.warning(self, "Export Picture", as_written(str(error)))
            return
        self.saved_path = path
        self.saved.emit(str(path))
        self.accept()
