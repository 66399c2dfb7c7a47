"""Text from articles, projects and CSV files shown as written, never read as HTML.

Qt guesses: a label, tooltip or message whose text looks like HTML ("<b>", "<img src=…>",
"<table>") is rendered as HTML, which can load a local picture or blow up a font, and "&amp;"
in rich text shows as "&". Article text and what users type must show exactly as it is:
labels are set to plain text, and tooltips and messages that look like HTML are escaped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


def as_written(text: str) -> str:
    """`text` for a tooltip or message box: as it is when Qt would show it as written, else as
    rich text that shows it as written (line breaks kept)."""
    if not GuiQt.mightBeRichText(text):
        return text
    return "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def plain_label(label: QLabel) -> QLabel:
    """A label that shows its text as written."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def menu_text(text: str) -> str:
    """`text` for a menu item or button, where "&" marks a shortcut key: shown as written."""
    return text.replace("&", "&&")
