"""File › Import Annotations from CSV: an exported CSV edited in a spreadsheet, applied by
event id as one step of the undo stack. A file that cannot be used is refused in one message
and changes nothing; what an import changed, kept and left out is told, row by row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from viewer.ui.commands import WorkspaceCommand
from viewer.ui.plain import as_written
from viewer.ui.recent import export_folder
from viewer.ui.session_controller import SessionController
from viewer.ui.titles import SETTINGS_APP, SETTINGS_ORG
from viewer.workspace import WorkspaceError, agreeing, counted
from viewer.workspace.annotation_import import ImportReport, apply_planned, plan_import
from viewer.workspace.annotation_service import AnnotationChange

TITLE = "Import Annotations from CSV"
CSV_FILTER = "CSV (*.csv *.txt);;All files (*)"
SHOWN_LINES = 8  # a box names this many problems; Show Details has them all


class ImportCommand(WorkspaceCommand):
    """An import's changes, written in one transaction and undone and redone as one step."""

    def __init__(self, session: SessionController, report: ImportReport, file_name: str) -> None:
        super().__init__(session, f"Import {file_name}")
        self._report = report
        self._file_name = file_name
        self._changes: list[AnnotationChange] | None = None

    def do(self) -> None:
        if self._changes is None:
            self._changes = apply_planned(self._workspace, self._report, self._file_name).done
            if not self._changes:
                self.setObsolete(True)  # nothing written: no step to undo
        else:
            self._revert(undo=False)

    def undo_it(self) -> None:
        if self._changes:
            self._revert(undo=True)

    def _revert(self, *, undo: bool) -> None:
        _, kept = self._workspace.revert_annotations(self._changes or [], undo=undo)
        if kept:
            self._session.tell(
                f"{'Undo' if undo else 'Redo'} {self.text()}: {counted(len(kept), 'event')} "
                f"changed in another window since then "
                f"{agreeing(len(kept), 'keeps', 'keep')} that window's values"
            )
            return
        # The line the import left ("Imported …: 2 events changed") is no longer true.
        n = len(self._changes or [])
        events = f"{n} event{'s' if n != 1 else ''}"
        self._session.tell(
            f"Import of {self._file_name} undone: its {events} "
            f"{'are as they were' if n != 1 else 'is as it was'} (Redo imports it again)"
            if undo
            else f"{self._file_name} imported again: {events} changed"
        )


def import_annotations(session: SessionController, parent: QWidget, beside: str = "") -> str:
    """Ask for a CSV (first looked for where exports go, else `beside`, the folder that holds
    the articles' folder) and apply it; what happened, in one line for the status bar (""
    when the user cancelled or was told in a box why nothing was imported)."""
    workspace = session.workspace
    if workspace.read_only:
        said = f"{workspace.project_path.name} is read-only: nothing can be imported into it."
        _box(parent, QMessageBox.Icon.Warning, said)
        return ""
    folder = export_folder(QSettings(SETTINGS_ORG, SETTINGS_APP), beside)
    file, _ = QFileDialog.getOpenFileName(parent, TITLE, str(folder), CSV_FILTER)
    if not file:
        return ""
    path = Path(file)
    report = _planned(session, path, parent)
    if report is None:
        return ""
    if not report.changes:
        _box(parent, QMessageBox.Icon.Information, _nothing_to_change(report, path.name), report)
        return ""
    session.undo_stack.push(ImportCommand(session, report, path.name))
    if not report.applied:
        return ""  # it could not be saved: the window said why, and nothing was applied
    told = _applied(report, path.name)
    _box(parent, QMessageBox.Icon.Information, told + " Edit › Undo takes the import back.", report)
    return told


def _planned(session: SessionController, path: Path, parent: QWidget) -> ImportReport | None:
    """What the file would change, or None once the user is told why nothing can be."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = plan_import(session.workspace, path)
    except WorkspaceError as error:
        report, failure = None, str(error)
    finally:
        QApplication.restoreOverrideCursor()
    if report is None:
        said = "" if "nothing was applied" in failure.lower() else " Nothing was imported."
        _box(parent, QMessageBox.Icon.Warning, failure + said)
        return None
    if report.problems:
        count = len(report.problems)
        shown = "\n".join(report.problems[:SHOWN_LINES])
        more = f"\n… and {count - SHOWN_LINES} more" if count > SHOWN_LINES else ""
        text = (
            f"Nothing was imported: {count} row{'s' if count != 1 else ''} of {path.name} "
            f"cannot be used. Correct {'them' if count != 1 else 'it'} and import again.\n\n"
            f"{shown}{more}"
        )
        _box(parent, QMessageBox.Icon.Warning, text, details=report.problems)
        return None
    return report


def _applied(report: ImportReport, name: str) -> str:
    changed = len(report.changes)
    return (
        f"Imported {name}: {changed} event{'s' if changed != 1 else ''} changed, "
        f"{report.unchanged} unchanged{report.counts()}."
    )


def _nothing_to_change(report: ImportReport, name: str) -> str:
    n = report.unchanged
    held = f"{counted(n, 'row')} {agreeing(n, 'holds', 'hold')} what the project holds"
    return f"{name} changes nothing: {held}{report.counts()}."


def _box(
    parent: QWidget,
    icon: QMessageBox.Icon,
    text: str,
    report: ImportReport | None = None,
    details: list[str] | None = None,
) -> None:
    """A message with every row's line under Show Details."""
    box = QMessageBox(icon, TITLE, as_written(text), QMessageBox.StandardButton.Ok, parent)
    lines = details if details is not None else report.told() if report is not None else []
    if lines:
        box.setDetailedText("\n".join(lines))
    box.exec()
