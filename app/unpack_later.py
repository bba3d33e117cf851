"""Files the single-file executable unpacks when first needed, not at every start (issue 23).

PyInstaller's one-file launcher writes every library and data file it carries into a temporary
folder before Python starts; each megabyte costs time at every start. What the window does not
need (cryptography's 11.6 MB library, lxml, the PDF fonts, python-docx's templates, charset-
normalizer's helpers) is kept instead inside the executable's module archive, read in place,
one module per file (``DATA``: the file's bytes), and written into the same temporary folder
the first time a module that needs it is imported: ``cryptography`` before its package runs,
``app.pdf.render`` before it registers the fonts. ``packaging/muragat.spec`` chooses the files
and writes the list (module ``_muragat_unpack_later``: trigger module → [(path, module)]).

Running from source, or from a build without that list, `install` does nothing.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from pathlib import Path

LIST_MODULE = "_muragat_unpack_later"


class UnpackOnImport:
    """A meta path finder that finds nothing: it writes out the files an import needs, then
    lets the usual finders find the module."""

    def __init__(self, root: Path, groups: dict[str, list[tuple[str, str]]]) -> None:
        self.root = root
        self.groups = dict(groups)
        self.lock = threading.Lock()

    def find_spec(self, fullname, path=None, target=None):
        if fullname in self.groups:
            with self.lock:
                files = self.groups.pop(fullname, None)
                if files:
                    try:
                        unpack(self.root, files)
                    except BaseException:
                        self.groups[fullname] = files  # the next import tries again
                        raise
        return None


def unpack(root: Path, files: list[tuple[str, str]]) -> None:
    """Write each (path below ``root``, module holding its bytes) that is not there yet."""
    for dest, module in files:
        target = root / dest
        if target.exists():  # a worker process started by this one shares its folder
            continue
        data = importlib.import_module(module).DATA
        sys.modules.pop(module, None)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            part = target.with_name(f"{target.name}.{os.getpid()}.part")
            with open(part, "wb") as out:
                out.write(data)
            os.chmod(part, 0o700)
            os.replace(part, target)  # whole or not at all, even with two processes at once
        except OSError as exc:
            from index.errors import QT_TRANSLATE_NOOP
            from index.fileio import WriteError

            raise WriteError(
                QT_TRANSLATE_NOOP("Errors", "cannot write {path}: {reason}"),
                path=target,
                reason=exc.strerror or exc,
            ) from None
    importlib.invalidate_caches()  # the folders' listings changed


def install() -> UnpackOnImport | None:
    """Put the finder first on ``sys.meta_path`` when the executable carries such files."""
    root = getattr(sys, "_MEIPASS", None)
    if root is None:
        return None
    try:
        groups = importlib.import_module(LIST_MODULE).GROUPS
    except ImportError:
        return None
    sys.modules.pop(LIST_MODULE, None)
    finder = UnpackOnImport(Path(root), groups)
    sys.meta_path.insert(0, finder)
    return finder
