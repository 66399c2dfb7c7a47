"""What other sessions changed in a project, as one window picks it up from the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from viewer.core.annotations import Grouping, UserEvent
from viewer.store import Project
from viewer.workspace.annotation_service import AnnotationChange


@dataclass(frozen=True)
class Structure:
    """The user's work that shapes the events themselves: their own events, merges and
    splits, and corrected publication dates. Compared, not diffed: a change rebuilds."""

    user_events: tuple[UserEvent, ...] = ()
    groupings: tuple[Grouping, ...] = ()
    document_dates: tuple[tuple[str, date], ...] = ()

    @classmethod
    def of(cls, project: Project) -> Structure:
        return cls(
            tuple(project.user_events()),
            tuple(project.groupings()),
            tuple(sorted(project.document_dates().items())),
        )


@dataclass
class PickedUp:
    """Annotation changes made elsewhere, and whether the events had to be rebuilt."""

    annotations: list[AnnotationChange] = field(default_factory=list)
    rebuilt: bool = False

    def __bool__(self) -> bool:
        return bool(self.annotations) or self.rebuilt
