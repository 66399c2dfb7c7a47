"""The row of buttons naming every source of the selected event, one per passage."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolButton, QWidget

from viewer.core.model import Passage
from viewer.ui.flow_layout import FlowLayout
from viewer.ui.focus_in_sight import FocusInSight
from viewer.ui.plain import as_written, menu_text

# A squeezed button keeps at least this many characters of its source's name: below that the
# row scrolls rather than show buttons that say nothing.
SHORTEST_NAME = 5
# Lines of buttons shown at most: more scroll, so that the article keeps its room.
MOST_LINES = 3


class SourceButtons(QObject):
    """ "Reported by N sources:" and a row of checkable buttons, one per passage.
    When the buttons' full names overflow the row (three sources in a laptop's article pane
    showed one button and a scroll bar), each is cut to its share of the row: the source's
    name without its date ("· 2/3" for an article's second passage of three), the date and
    the file kept only where two articles would read the same, the whole name where even
    they do (an article and its update of the same day). Buttons that still overflow wrap
    onto more lines (a row scrolled sideways showed two sources of nine at 1440 x 900), up
    to MOST_LINES, then scroll."""

    height_changed = Signal()  # the row took more or fewer lines

    def __init__(self, parent: QWidget, chosen: Callable[[Passage], None]) -> None:
        super().__init__(parent)
        self._chosen = chosen
        self.label = QLabel(parent)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self._row = QWidget(parent)
        self._layout = FlowLayout(self._row)
        scroll = QScrollArea(parent)
        scroll.setWidget(self._row)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.room: Callable[[], int] = lambda: 1 << 20  # the height the pane can give the row
        self._one_line = QToolButton().sizeHint().height()  # a line when there are no buttons
        scroll.setFixedHeight(self._one_line)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its buttons
        FocusInSight(scroll)  # and, from the list, to its first button in sight
        scroll.viewport().installEventFilter(self)  # its width: the names fitted to it
        self.scroll = scroll
        self.buttons: list[QToolButton] = []
        self._names: list[tuple[str, str, str]] = []  # (name, rest of its label, " · k of n")
        self._docs: list[str] = []  # the article of each button

    def rebuild(self, passages: list[Passage], label_of: Callable[[str], str]) -> None:
        """One button per passage, named by its source (`label_of` a document id)."""
        for button in self.buttons:
            button.hide()  # out of the row and of the Tab order now, deleted later
            button.deleteLater()
        self.buttons = []
        self._names, self._docs = [], [p.document_id for p in passages]
        docs = {p.document_id for p in passages}
        self.label.setText(
            f"Reported by {len(docs)} source{'s' if len(docs) != 1 else ''}:" if passages else ""
        )
        per_doc = Counter(p.document_id for p in passages)
        seen: Counter[str] = Counter()
        for passage in passages:
            # The source by name and date, as everywhere else ("CNN · 9 Mar 2022"), and which
            # of its passages when it has several ("… · 2 of 3"), so no two buttons look alike.
            name, sep, rest = label_of(passage.document_id).partition(" · ")
            seen[passage.document_id] += 1
            which = ""
            if per_doc[passage.document_id] > 1:
                which = f" · {seen[passage.document_id]} of {per_doc[passage.document_id]}"
            self._names.append((name, sep + rest, which))
            self.buttons.append(self._button(name + sep + rest + which, passage))
        self.fit()

    def _button(self, label: str, passage: Passage) -> QToolButton:
        button = QToolButton(self._row)
        button.setText(menu_text(label))
        button.setAccessibleName(label)
        button.setToolTip(as_written(f"{label}\n{passage.document_id}\n\n{passage.text}"))
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False, p=passage: self._chosen(p))
        self._layout.addWidget(button)
        button.show()  # now, not once the layout gets to it: Tab order skips it till then
        return button

    def fit(self) -> None:
        """Every button's whole name where the row has room for them all; else each name cut
        to an equal share of what the row has left, so that every source is in sight; where
        the buttons wrap even so, each name as long as keeps them on as many lines."""
        labels = [name + rest + which for name, rest, which in self._names]
        line = self.scroll.viewport().width()
        room = line - self._layout.spacing() * len(labels)
        if not labels or sum(self._width(k, label) for k, label in enumerate(labels)) <= room:
            self._set_texts(labels, line)
            return
        alike = self._alike(self._share(room, with_rest=[False] * len(labels)))
        share = self._share(room, with_rest=alike)
        texts = self._named(share, with_rest=alike)
        lines = self._lines(texts, line)
        if lines > 1:
            # Wrapped anyway: a name cut to one line's share ("Brisk… · 1/3" alone on its
            # line) said less than its line had room for.
            longest = self._longest(share, lines, line)
            texts = self._named(longest, with_rest=self._alike(longest))
        self._set_texts(self._whole_where_alike(texts, labels), line)

    def _share(self, room: int, with_rest: list[bool]) -> int:
        """The width each name gets for every button to share `room` pixels with its tail."""
        tails = self._tails(with_rest)
        return (room - sum(self._width(k, tail) for k, tail in enumerate(tails))) // len(tails)

    def _tails(self, with_rest: list[bool]) -> list[str]:
        """What follows each name: its date and file where asked, then which of its
        article's passages it is ("· 2/3")."""
        return [
            (rest if whole else "") + which.replace(" of ", "/")
            for (_, rest, which), whole in zip(self._names, with_rest, strict=True)
        ]

    def _named(self, width: int, with_rest: list[bool]) -> list[str]:
        """Each button's name cut to `width` pixels (no shorter than SHORTEST_NAME
        characters), then its tail."""
        texts = []
        for k, tail in enumerate(self._tails(with_rest)):
            name, metrics = self._names[k][0], self.buttons[k].fontMetrics()
            cut = max(metrics.horizontalAdvance(name[:SHORTEST_NAME] + "…"), width)
            texts.append(metrics.elidedText(name, Qt.TextElideMode.ElideRight, cut) + tail)
        return texts

    def _alike(self, width: int) -> list[bool]:
        """Whether each button's name cut to `width` reads as another article's does: those
        keep their dates ("Judge…" for an article and its update; "· 1/3" tells a passage of
        one article from another, not the articles)."""
        names = self._named(width, with_rest=[False] * len(self._names))
        names = [
            text.removesuffix(which.replace(" of ", "/"))
            for text, (_, _, which) in zip(names, self._names, strict=True)
        ]
        articles: dict[str, set[str]] = {}
        for name, doc in zip(names, self._docs, strict=True):
            articles.setdefault(name, set()).add(doc)
        return [len(articles[name]) > 1 for name in names]

    def _longest(self, width: int, lines: int, line: int) -> int:
        """The widest cut of the names, from `width` up, that keeps the buttons on `lines`
        lines of `line` pixels (a wider name never takes fewer lines)."""
        metrics = self.buttons[0].fontMetrics()
        low, high = width, max(metrics.horizontalAdvance(n) for n, _, _ in self._names) + 1
        while low < high:
            middle = (low + high + 1) // 2
            texts = self._named(middle, with_rest=self._alike(middle))
            if self._lines(texts, line) <= lines:
                low = middle
            else:
                high = middle - 1
        return low

    def _lines(self, texts: list[str], line: int) -> int:
        """The lines the buttons showing `texts` take in a row `line` pixels wide, wrapped
        as the row's layout wraps them."""
        spacing, x, lines = max(self._layout.spacing(), 0), 0, 1
        for k, text in enumerate(texts):
            width = min(self._width(k, text), line)
            if x > 0 and x + width > line:
                x, lines = 0, lines + 1
            x += width + spacing
        return lines

    def _width(self, k: int, text: str) -> int:
        """The width of button `k` showing `text`: the text and the button around it."""
        button = self.buttons[k]
        metrics = button.fontMetrics()
        chrome = button.sizeHint().width() - metrics.horizontalAdvance(button.text())
        return chrome + metrics.horizontalAdvance(text)

    def _whole_where_alike(self, texts: list[str], labels: list[str]) -> list[str]:
        """Whole names for the buttons of articles that read alike even with their dates
        ("· 1/3" and "· 1/4" told an article from its update by their counts alone)."""
        plain = [
            text.removesuffix(which.replace(" of ", "/"))
            for text, (_, _, which) in zip(texts, self._names, strict=True)
        ]
        articles: dict[str, set[str]] = {}
        for text, doc in zip(plain, self._docs, strict=True):
            articles.setdefault(text, set()).add(doc)
        return [
            label.replace(which, which.replace(" of ", "/")) if len(articles[name]) > 1 else text
            for name, text, label, (_, _, which) in zip(
                plain, texts, labels, self._names, strict=True
            )
        ]

    def _within(self, k: int, text: str, line: int) -> str:
        """Button `k`'s text, its name cut so that the button is no wider than a line."""
        if self._width(k, text) <= line:
            return text
        name, rest, which = self._names[k]
        tail = text.removeprefix(name) if text.startswith(name) else rest + which
        metrics = self.buttons[k].fontMetrics()
        width = max(line - self._width(k, tail), metrics.horizontalAdvance("…"))
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width) + tail

    def _set_texts(self, texts: list[str], line: int) -> None:
        for k, (button, text) in enumerate(zip(self.buttons, texts, strict=True)):
            text = menu_text(self._within(k, text, line))
            if button.text() != text:
                button.setText(text)
        self._fit_height(line)

    def fit_height(self) -> None:
        self._fit_height(self.scroll.viewport().width())

    def _fit_height(self, line: int) -> None:
        """As many lines as the buttons take, up to MOST_LINES and to what the pane has room
        for (a squeezed pane: one line); the rest scrolls."""
        height = self._layout.heightForWidth(line)
        self._row.setMinimumHeight(height)
        lines, spacing = self._layout.line_height() or self._one_line, self._layout.spacing()
        most = max(min(MOST_LINES, (self.room() + spacing) // (lines + spacing)), 1)
        shown = max(min(height, most * lines + (most - 1) * spacing), lines)
        if shown != self.scroll.height():
            self.scroll.setFixedHeight(shown)
            self.height_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def show_button(self, button: QToolButton) -> None:
        """Scroll the row so that a button is in sight, if it is still one of the row's."""
        if button in self.buttons:  # not made again meanwhile
            self.scroll.ensureWidgetVisible(button)
