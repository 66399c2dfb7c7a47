"""The user's events, corrected publication dates, merges and splits of articles renamed on
disk, moved to their new names in one transaction; for the Project (mixed into it). Their
annotations follow through the annotation service, which alone writes annotations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any


class ArticleRenames:
    """Renaming the ids the user's work on an article is kept under."""

    def _transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def rename_articles(
        self,
        documents: Mapping[str, str],
        passages: Mapping[str, str],
        user_events: Mapping[str, str],
    ) -> None:
        """Old id -> new id of the articles, of their passages and of the events the user
        made from them: the user's events, corrected dates, merges and splits follow."""
        with self._transaction():
            for old, new in documents.items():
                self._execute(
                    "UPDATE user_events SET document_id = ? WHERE document_id = ?", (new, old)
                )
                self._execute(
                    "UPDATE OR REPLACE document_dates SET document_id = ? WHERE document_id = ?",
                    (new, old),
                )
            for old, new in user_events.items():
                self._execute("UPDATE OR REPLACE user_events SET id = ? WHERE id = ?", (new, old))
            for old, new in passages.items():
                self._execute(
                    "UPDATE OR REPLACE groupings SET passage_id = ? WHERE passage_id = ?",
                    (new, old),
                )
                self._execute("UPDATE groupings SET target = ? WHERE target = ?", (new, old))
