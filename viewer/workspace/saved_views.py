"""What a workspace keeps of how its timeline is viewed: named views, the strip's display and
the list's order, in the project's formats (store/codecs/views.py), so the window never
handles their JSON."""

from __future__ import annotations

import contextlib

from viewer.core.filters import Filter
from viewer.core.timeline_display import ListOrder, TimelineDisplay
from viewer.store import Project, ProjectError
from viewer.store.codecs import views
from viewer.workspace.errors import project_errors_told


class SavedViews:
    """Named views, the strip's display and the list's order of a Workspace (mixed into it).
    A read-only project keeps none of them: they last while it is open."""

    project: Project

    @project_errors_told
    def named_views(self) -> dict[str, Filter]:
        """The filters saved by name; one that cannot be read is left out."""
        return views.decode_named_views(self.project.setting(views.NAMED_VIEWS_SETTING))

    @project_errors_told
    def save_named_view(self, name: str, view: Filter) -> None:
        """Keep a filter by name, replacing any view of that name."""
        kept = self.named_views() | {name: view}
        self.project.set_setting(views.NAMED_VIEWS_SETTING, views.encode_named_views(kept))

    def kept_filter(self) -> Filter:
        """The search and filters on when the project was last open (none if none were kept,
        or they cannot be read): reopened, the timeline shows what the user left on screen."""
        try:
            return views.filter_from_json(self.project.setting(views.FILTER_SETTING) or "{}")
        except (ProjectError, ValueError, TypeError, AttributeError):
            return Filter()

    def keep_filter(self, view: Filter) -> None:
        """Keep the search and filters as set now; a project that cannot be written just then
        keeps those before (how the user looks at her work is no work of hers to lose)."""
        with contextlib.suppress(ProjectError):
            self.project.set_setting(views.FILTER_SETTING, views.filter_to_json(view))

    @project_errors_told
    def timeline_display(self) -> TimelineDisplay | None:
        """The strip's display as last set for this project, or None if none was kept."""
        return views.decode_display(self.project.setting(views.DISPLAY_SETTING))

    @project_errors_told
    def set_timeline_display(self, display: TimelineDisplay) -> None:
        self.project.set_setting(views.DISPLAY_SETTING, views.encode_display(display))

    @project_errors_told
    def list_order(self) -> ListOrder | None:
        """The event list's order as last set for this project, or None if none was kept."""
        return views.decode_list_order(self.project.setting(views.LIST_ORDER_SETTING))

    @project_errors_told
    def set_list_order(self, order: ListOrder) -> None:
        self.project.set_setting(views.LIST_ORDER_SETTING, views.encode_list_order(order))
