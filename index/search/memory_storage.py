"""A search index kept in memory over a folder that is only read: read-only mode's index.

The index folder of a data folder that cannot be written (or the prebuilt one) is read as it
is; every file Whoosh writes — new segments, a new table of contents — stays in memory, and a
file it deletes is only hidden. Nothing is written to the folder, nor copied to the system's
temporary folder (where a copy of the notes' words would outlive a killed process).
"""

from __future__ import annotations

from pathlib import Path

from whoosh.filedb.filestore import FileStorage, RamStorage


class MemoryOverFolder(RamStorage):
    """Whoosh storage: ``folder``'s files, read; what is written, in memory."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.base = FileStorage(str(folder), supports_mmap=False, readonly=True)
        self.hidden: set[str] = set()
        """Files of the folder deleted (or renamed) in memory."""

    def _in_base(self, name: str) -> bool:
        return name not in self.files and name not in self.hidden and self.base.file_exists(name)

    def list(self):
        under = [n for n in self.base.list() if n not in self.hidden and n not in self.files]
        return [*self.files, *under]

    def file_exists(self, name) -> bool:
        return name in self.files or self._in_base(name)

    def file_length(self, name) -> int:
        return self.base.file_length(name) if self._in_base(name) else super().file_length(name)

    def file_modified(self, name):
        return self.base.file_modified(name) if self._in_base(name) else -1

    def open_file(self, name, **kwargs):
        if self._in_base(name):
            return self.base.open_file(name, **kwargs)
        return super().open_file(name, **kwargs)

    def create_file(self, name, **kwargs):
        self.hidden.add(name)  # the folder's file of that name, if any, is replaced
        return super().create_file(name, **kwargs)

    def delete_file(self, name) -> None:
        if self._in_base(name):
            self.hidden.add(name)
        else:
            super().delete_file(name)

    def rename_file(self, name, newname, safe=False) -> None:
        if self._in_base(name):
            self.files[name] = (Path(self.base.folder) / name).read_bytes()
            self.hidden.add(name)
        if safe and self.file_exists(newname):
            raise NameError(f"File {newname!r} exists")
        self.hidden.add(newname)
        super().rename_file(name, newname)

    def clean(self) -> None:
        self.hidden.update(self.base.list())
        super().clean()

    def destroy(self) -> None:
        self.files, self.locks = {}, {}
        self.hidden.clear()
