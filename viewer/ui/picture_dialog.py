"""File › Export Picture: the range in view or the whole timeline, at the window's size or
for a slide or a page, as PNG or SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.day_words import short_day
from viewer.core.lanes import LaneKind
from viewer.ui.picture_export import (
    FORMATS,
    HEADER_H,
    SIZES,
    Display,
    PictureError,
    ShownDays,
    unfiltered_count,
    write_picture,
)
from viewer.ui.plain import as_written
from viewer.ui.recent import export_folder, remember_export
from viewer.ui.timeline_view import TimelineView
from viewer.ui.titles import SETTINGS_APP, SETTINGS_ORG
from viewer.ui.window_layout import sized_for_screen
from viewer.workspace import Workspace
from viewer.workspace.picture_titles import picture_title

MIN_HEIGHT = 520  # a picture of a short pane still has room for its cards


class PictureExportDialog(QDialog):
    """Save the timeline as PNG or SVG, drawn as the window draws it."""

    saved = Signal(str)  # the file written

    def __init__(
        self,
        view: TimelineView,
        workspace: Workspace,
        parent: QWidget,
        *,
        search: str = "",
        beside: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Picture")
        self._view = view
        self._workspace = workspace
        self.saved_path: Path | None = None
        first, last = view.visible_range()
        self.visible_button = QRadioButton(
            f"The range in view ({short_day(first)} – {short_day(last)})", self
        )
        self.visible_button.setChecked(True)
        self.all_button = QRadioButton("The whole timeline", self)
        # The size the picture will be, its title and every row of cards included: it said
        # the strip's "1266 × 239" and wrote a picture of 1266 × 574.
        shown = self._size_as_on_screen()
        self.size_choice = QComboBox(self)
        self.size_choice.setAccessibleName("Picture size")
        self.size_choice.addItem(f"As on screen ({shown.width()} × {shown.height()})", "screen")
        self.size_choice.addItem("For a slide (16:9)", "slide")
        self.size_choice.addItem("For print (A4 landscape)", "print")
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        # The first picture beside the articles' folder (`beside`), as the first CSV: it
        # was offered in the home folder.
        suggested = export_folder(settings, beside) / f"{workspace.export_stem()}.png"
        self.path_edit = QLineEdit(str(suggested), self)
        self.title_edit = self._title_edit(search)
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
        form.addRow("Size:", self.size_choice)
        form.addRow("Title:", self.title_edit)
        form.addRow("Save as:", where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.filter_label = self._filter_label()
        layout.addWidget(self.filter_label)
        layout.addWidget(self.buttons)
        sized_for_screen(self, 580, self.sizeHint().height())

    def _title_edit(self, search: str) -> QLineEdit:
        """The picture's title, editable: the search's words when a search is on, else the
        folder of articles (it was the project's file name, "work", whatever was shown)."""
        ws = self._workspace
        self._offered_title = picture_title(search, ws.sources, len(ws.documents))
        edit = QLineEdit(self._offered_title, self)
        edit.setAccessibleName("Title of the picture")
        edit.setPlaceholderText(self._offered_title)
        return edit

    def chosen_title(self) -> str:
        """The title typed, or the one offered when the field was emptied."""
        return " ".join(self.title_edit.text().split()) or self._offered_title

    def _filter_label(self) -> QLabel:
        """Says when a search or filter hides events: the picture leaves them out too."""
        data, mask = self._view.shown()
        shown, total = int(mask.sum()), unfiltered_count(data, mask)
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        noun = "event" if shown == 1 else "events"
        label.setText(
            f"A search or filter is on: the picture shows the {shown:,} {noun} it lets "
            f"through, of {total:,}, and says so under its title."
        )
        label.setVisible(shown < total)
        return label

    def _browse(self) -> None:
        file, _ = QFileDialog.getSaveFileName(
            self, "Export Picture", self.path_edit.text(), "PNG image (*.png);;SVG image (*.svg)"
        )
        if file:
            self.path_edit.setText(file)

    def chosen_path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix.lower() in FORMATS else path.with_name(path.name + ".png")

    def chosen_size(self) -> QSize:
        """The picture's size, title and date range included."""
        choice = str(self.size_choice.currentData())
        if choice in SIZES:
            return SIZES[choice]
        return self._size_as_on_screen()

    def _size_as_on_screen(self) -> QSize:
        """The strip's width, and its height (at least MIN_HEIGHT) under the title."""
        shown = self._view.viewport().size()
        return QSize(shown.width(), max(shown.height(), MIN_HEIGHT) + HEADER_H)

    def save(self) -> None:
        """Write the picture and close; a failure is shown and the dialog stays open."""
        path = self.chosen_path()
        data, mask = self._view.shown()
        size = self.chosen_size()
        frame = None
        if self.visible_button.isChecked():
            # the same days as in view, however wide the picture
            scale = size.width() / max(1, self._view.viewport().width())
            frame = ShownDays(self._view.first_visible_day(), self._view.pixels_per_day() * scale)
        key_only, threshold, lanes = self._view.display()
        try:
            write_picture(
                path,
                data,
                mask,
                frame,
                title=self.chosen_title(),
                size=size,
                display=Display(key_only, threshold, LaneKind(lanes)),
                source_name=self._view.source_name,
            )
        except PictureError as error:
            QMessageBox.warning(self, "Export Picture", as_written(str(error)))
            return
        self.saved_path = path
        remember_export(QSettings(SETTINGS_ORG, SETTINGS_APP), path)
        self.saved.emit(str(path))
        self.accept()
