"""One object that the CLI, the GUI and the tests share: the data folder and what lives in it.

Stores are opened lazily so that ``muragat cases`` never pays for the search index and the
window can show the report before the index is ready.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from index.archive import Archive, load_archive
from index.paths import ensure_data_dir
from index.search.items import IndexItem, archive_items
from index.search.service import SearchIndex

log = logging.getLogger(__name__)

INDEX_DIR = "index"


class Core:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def ensure_writable(self) -> Path:
        return ensure_data_dir(self.data_dir)

    @cached_property
    def archive(self) -> Archive:
        return load_archive(self.data_dir)

    def reload_archive(self) -> Archive:
        self.__dict__.pop("archive", None)
        return self.archive

    @cached_property
    def search(self) -> SearchIndex:
        """The search index over the archive (and, once wired, notes); call ``ensure`` first."""
        self.ensure_writable()
        return SearchIndex(self.data_dir / INDEX_DIR, [self._archive_items])

    def _archive_items(self) -> Iterable[IndexItem]:
        return archive_items(self.archive, self.target_tags())

    def target_tags(self) -> dict[str, list[str]]:
        """Tags on paragraphs and case records; empty until the notes store exists."""
        return {}
