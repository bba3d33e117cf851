"""The user's bundles on disk in a form read by id: one SQLite file in the data folder.

Every bundle the user imported (or put in ``bundles/``) is verified and parsed once, when it
arrives, and its manifest, provenance, documents, sections, paragraphs and case records are
written here. After that nothing reads, hashes or parses the bundle folders again: a start, a
command, a lookup of a paragraph by id or a page of the "My documents" list costs the same with
ten documents or ten thousand. The folders stay the source of truth (the original file, the
document, the sealed manifest); this file is derived from them and is rebuilt from them when it
is missing, damaged or from another version (`muragat verify` still checks every folder).

How it stays in step with the folders:

- the one writer (`Core.apply`) puts or removes a bundle here right after it changed the
  folder, in one transaction that also bumps the **generation** and records the state of the
  ``bundles/`` folder (its inode and modification time);
- at open, when that state differs (a bundle copied in or deleted by hand, a crash between the
  folder and the store), the folder is listed and only the bundles whose manifest changed are
  loaded again (`reconcile`).

The search index and the notes' anchors follow the generation: `Archive.fingerprint` changes
when it does, and nothing has to compare every item to know that nothing changed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index import sqldb
from index.archive.model import Bundle, CaseRecord, Document, Manifest, Paragraph, Section
from index.archive.signing import Key, Provenance
from index.errors import BundleError, Message
from index.fileio import read_data
from index.sqldb import sqlite3

log = logging.getLogger(__name__)

STORE_FILE = "archive.sqlite3"
SCHEMA = 2

_TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE bundles (
    id TEXT PRIMARY KEY,
    folder TEXT NOT NULL UNIQUE,
    stamp TEXT NOT NULL,
    manifest TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    provenance TEXT,
    cases TEXT,
    title TEXT NOT NULL,
    imported TEXT NOT NULL DEFAULT '',
    source_sha256 TEXT,
    source_path TEXT,
    source_url TEXT,
    added INTEGER NOT NULL
);
CREATE INDEX bundles_source_url ON bundles(source_url);
CREATE INDEX bundles_title ON bundles(title COLLATE NOCASE);
CREATE INDEX bundles_imported ON bundles(imported);
CREATE INDEX bundles_source_sha ON bundles(source_sha256);
CREATE INDEX bundles_source_path ON bundles(source_path);
CREATE INDEX bundles_added ON bundles(added);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    path TEXT NOT NULL
);
CREATE INDEX documents_bundle ON documents(bundle_id, seq);
CREATE TABLE sections (
    doc_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX sections_id ON sections(id);
CREATE TABLE paragraphs (
    id TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    section_id TEXT NOT NULL,
    section_title TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    markdown TEXT NOT NULL,
    role TEXT NOT NULL,
    page INTEGER,
    ocr INTEGER NOT NULL DEFAULT 0,
    ocr_low INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX paragraphs_doc ON paragraphs(doc_id, ordinal);
CREATE INDEX paragraphs_bundle ON paragraphs(bundle_id);
CREATE TABLE cases (id TEXT PRIMARY KEY, bundle_id TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE INDEX cases_bundle ON cases(bundle_id);
CREATE TABLE citing (paragraph_id TEXT NOT NULL, case_id TEXT NOT NULL);
CREATE INDEX citing_paragraph ON citing(paragraph_id);
CREATE TABLE problems (
    folder TEXT PRIMARY KEY,
    stamp TEXT NOT NULL,
    bundle TEXT NOT NULL,
    file TEXT NOT NULL,
    template TEXT NOT NULL,
    "values" TEXT NOT NULL
);
"""


class StoreDamaged(Exception):
    """The store file cannot be used as it is (damaged, another version): it is made anew."""


@dataclass(frozen=True)
class BundleRow:
    """What a list of the user's documents shows, without loading the bundle."""

    id: str
    title: str
    imported: str
    """ISO 8601 date and time of the import ('' for a bundle someone else made)."""
    folder: str
    status: str
    """``yours`` (imported) or ``verified`` (a signed edition)."""


@dataclass(frozen=True)
class DocumentRow:
    """A stored document as a list shows it, without its paragraphs."""

    id: str
    title: str
    bundle_id: str
    manifest: Manifest
    provenance: Provenance | None
    sections: bool
    """It has sections worth a row of their own (`app.gui.navigator.shown_section`)."""
    key: tuple[int, int] = (0, 0)
    """Where it stands in the order of arrival: the page after it starts here
    (`DocumentStore.document_rows_after`)."""


def folder_state(folder: Path) -> str:
    """What tells that ``bundles/`` changed: its modification time (an entry added, removed or
    renamed changes it); "absent" when there is no such folder. Not its inode: a FAT-formatted
    USB stick numbers inodes anew at every mount, and a data folder copied whole (``cp -a``,
    a backup restored) keeps its times and its store, and needs nothing read again."""
    try:
        st = folder.stat()
    except FileNotFoundError:
        return "absent"
    return f"{st.st_mtime_ns}"


def manifest_stamp(folder: Path) -> str | None:
    """What tells that a bundle folder was replaced or its manifest rewritten (every change to
    a bundle rewrites its manifest: `seal`): its modification time and size (not its inode:
    see `folder_state`); None when it has none."""
    try:
        st = (folder / "manifest.json").stat()
    except OSError:
        return None
    return f"{st.st_mtime_ns}:{st.st_size}"


def _provenance_json(p: Provenance | None) -> str | None:
    if p is None:
        return None
    key = p.key
    return json.dumps(
        {
            "status": p.status,
            "key": None
            if key is None
            else {
                "name": key.name,
                "public_key": key.public_key,
                "builtin": key.builtin,
                "added": key.added,
            },
            "signed": p.signed,
            "verified_at": p.verified_at,
            "trusted_comment": p.trusted_comment,
        }
    )


def _provenance(text: str | None) -> Provenance | None:
    if not text:
        return None
    d = json.loads(text)
    key = d.get("key")
    return Provenance(
        d["status"],
        Key(key["name"], key["public_key"], key.get("builtin", False), key.get("added"))
        if key
        else None,
        d.get("signed"),
        d["verified_at"],
        d.get("trusted_comment", ""),
    )


def _plain(value: Any) -> Any:
    """A message's value as JSON keeps it (a nested message keeps its template)."""
    if isinstance(value, Message):
        return {
            "template": value.template,
            "values": {k: _plain(v) for k, v in value.values.items()},
        }
    if isinstance(value, int | float | bool) or value is None:
        return value
    return str(value)


def _unplain(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"template", "values"}:
        return Message(value["template"], **{k: _unplain(v) for k, v in value["values"].items()})
    return value


def _paragraph(row: sqlite3.Row | tuple) -> Paragraph:
    *fields, ocr, ocr_low = row
    return Paragraph(*fields, ocr=bool(ocr), ocr_low=bool(ocr_low))


_PARA_COLUMNS = (
    "id, bundle_id, doc_id, section_id, section_title, ordinal, text, markdown, role, page, "
    "ocr, ocr_low"
)


class DocumentStore:
    """The SQLite file of the user's bundles. Reads from any thread (a connection each, WAL);
    writes only from the one writer. ``path`` None: kept in memory (a read-only data folder)."""

    def __init__(self, path: Path | None, root: Path) -> None:
        self.path = path
        self.root = root
        """The folder of the bundle folders (``bundles/`` in the data folder)."""
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        self._memory = f"file:muragat-archive-{uuid.uuid4().hex}?mode=memory&cache=shared"
        self._keeper: sqlite3.Connection | None = None
        self._cases_cache: tuple[int, dict[str, tuple[CaseRecord, ...]]] = (-1, {})
        try:
            conn = self._conn()
            if path is None:
                self._keeper = conn  # a shared in-memory database lives while one is open
            self._prepare(conn)
        except sqlite3.DatabaseError as exc:
            if path is None:
                raise
            log.warning("archive store %s unusable (%s): made anew", path, exc)
            self.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            self._prepare(self._conn())

    # -- connections ------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self.path is None:
            conn = sqldb.connect(self._memory, uri=True, check_same_thread=False)
        else:
            conn = sqldb.connect(self.path, check_same_thread=False, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=OFF")
        with self._conns_lock:
            self._conns.append(conn)
        return conn

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    def close(self) -> None:
        with self._conns_lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._local = threading.local()
        self._keeper = None

    def _prepare(self, conn: sqlite3.Connection) -> None:
        found = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        if found:
            version = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if version and version[0] == str(SCHEMA):
                conn.execute("SELECT count(*) FROM bundles").fetchone()
                # a store made before pages were read by arrival (once; read-only: scans)
                with contextlib.suppress(sqlite3.OperationalError), conn:
                    conn.execute("CREATE INDEX IF NOT EXISTS bundles_added ON bundles(added)")
                return
            raise sqlite3.DatabaseError(f"schema {version[0] if version else '?'}")
        with conn:
            conn.executescript(_TABLES)
            conn.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ("schema", str(SCHEMA)),
                    ("uid", uuid.uuid4().hex),
                    ("generation", "0"),
                    ("folders", ""),
                ],
            )

    # -- state --------------------------------------------------------------------------------

    def _meta(self, key: str) -> str:
        row = self._conn().execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else ""

    @property
    def generation(self) -> int:
        return int(self._meta("generation") or 0)

    @property
    def uid(self) -> str:
        return self._meta("uid")

    def version(self) -> str:
        """Changes whenever anything stored changes (a new store file included)."""
        return f"{self.uid}:{self.generation}"

    @property
    def folders(self) -> str:
        """The `folder_state` of ``bundles/`` the store last matched."""
        return self._meta("folders")

    # -- reading ------------------------------------------------------------------------------

    def count(self) -> int:
        return self._conn().execute("SELECT count(*) FROM bundles").fetchone()[0]

    def bundle_ids(self) -> list[str]:
        return [r[0] for r in self._conn().execute("SELECT id FROM bundles ORDER BY added")]

    def in_order(self, ids: Iterable[str]) -> list[str]:
        """Those of ``ids`` that are stored, in the order their bundles arrived."""
        ids = list(ids)
        out: list[tuple[int, str]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out += (
                self._conn()
                .execute(f"SELECT added, id FROM bundles WHERE id IN ({marks})", chunk)
                .fetchall()
            )
        return [i for _, i in sorted(out)]

    def stamps(self) -> dict[str, tuple[str, str]]:
        """folder name → (bundle id or "", stamp), for bundles and refused folders."""
        conn = self._conn()
        out = {r[0]: ("", r[1]) for r in conn.execute("SELECT folder, stamp FROM problems")}
        out.update(
            {r[0]: (r[1], r[2]) for r in conn.execute("SELECT folder, id, stamp FROM bundles")}
        )
        return out

    def rows(
        self, offset: int = 0, limit: int = -1, order: str = "title", text: str = ""
    ) -> list[BundleRow]:
        """A page of the user's bundles, by title (as SQLite's NOCASE sorts) or newest first;
        ``text`` keeps those whose title holds it."""
        by = {"title": "title COLLATE NOCASE, id", "imported": "imported DESC, id"}[order]
        where, args = "", []
        if text:
            where, args = "WHERE title LIKE ? ESCAPE '\\'", [f"%{_like(text)}%"]
        rows = self._conn().execute(
            f"SELECT id, title, imported, folder, provenance FROM bundles {where} "
            f"ORDER BY {by} LIMIT ? OFFSET ?",
            (*args, limit, offset),
        )
        return [
            BundleRow(r[0], r[1], r[2], str(self.root / r[3]), (_provenance(r[4]) or _YOURS).status)
            for r in rows
        ]

    def document_rows_after(
        self, after: tuple[int, int] | None = None, limit: int = 100, text: str = ""
    ) -> list[DocumentRow]:
        """The next ``limit`` stored documents after the one whose `DocumentRow.key` is
        ``after`` (from the first when None), in the order their bundles arrived: what a list
        of them shows (title, where it comes from, whether it has sections worth a row).
        ``text``: only those whose title holds it. A page costs the same wherever it starts
        (a range of the ``bundles_added`` index, not an OFFSET counted from the start)."""
        where, args = "", []
        if after is not None:
            where, args = "WHERE (b.added, d.seq) > (?, ?)", [after[0], after[1]]
        if text:
            where += " AND " if where else "WHERE "
            where += "d.title LIKE ? ESCAPE '\\'"
            args.append(f"%{_like(text)}%")
        rows = (
            self._conn()
            .execute(
                "SELECT d.id, d.title, d.bundle_id, b.manifest, b.manifest_sha256, b.provenance, "
                "(SELECT count(*) FROM sections s WHERE s.doc_id = d.id), "
                "(SELECT s.id || char(10) || s.title FROM sections s WHERE s.doc_id = d.id "
                " ORDER BY s.seq LIMIT 1), b.added, d.seq "
                f"FROM bundles b JOIN documents d ON d.bundle_id = b.id {where} "
                "ORDER BY b.added, d.seq LIMIT ?",
                (*args, limit),
            )
            .fetchall()
        )
        out = []
        for doc_id, title, bundle_id, manifest, sha, provenance, sections, first, *key in rows:
            first_id, _, first_title = (first or "").partition("\n")
            worth = sections > 1 or (
                sections == 1
                and first_title != title
                and (first_id != "summary" or first_title != "Summary")
            )
            out.append(
                DocumentRow(
                    doc_id,
                    title,
                    bundle_id,
                    Manifest.from_raw(json.loads(manifest), sha),
                    _provenance(provenance),
                    worth,
                    (key[0], key[1]),
                )
            )
        return out

    def imports_summary(self) -> tuple[int, int, str, str]:
        """(bundles, documents, first and last import date) of the user's own imports, those
        signed by no one (what About the archive says of them in one line)."""
        yours = "coalesce(json_extract(b.provenance, '$.status'), 'yours') = 'yours'"
        bundles, first, last = (
            self._conn()
            .execute(f"SELECT count(*), min(imported), max(imported) FROM bundles b WHERE {yours}")
            .fetchone()
        )
        documents = (
            self._conn()
            .execute(
                f"SELECT count(*) FROM documents d JOIN bundles b ON b.id = d.bundle_id "
                f"WHERE {yours}"
            )
            .fetchone()[0]
        )
        return bundles, documents, first or "", last or ""

    def signed_ids(self) -> list[str]:
        """The stored bundles someone signed (colleagues' editions), in the order they arrived."""
        return [
            r[0]
            for r in self._conn().execute(
                "SELECT id FROM bundles "
                "WHERE coalesce(json_extract(provenance, '$.status'), 'yours') != 'yours' "
                "ORDER BY added"
            )
        ]

    def document_count(self) -> int:
        return self._conn().execute("SELECT count(*) FROM documents").fetchone()[0]

    def bundle(self, bundle_id: str) -> Bundle | None:
        conn = self._conn()
        row = conn.execute(
            "SELECT id, folder, manifest, manifest_sha256, provenance FROM bundles WHERE id=?",
            (bundle_id,),
        ).fetchone()
        if row is None:
            return None
        manifest = Manifest.from_raw(json.loads(row[2]), row[3])
        docs = conn.execute(
            "SELECT id FROM documents WHERE bundle_id=? ORDER BY seq", (bundle_id,)
        ).fetchall()
        documents = tuple(d for d in (self.document(r[0]) for r in docs) if d is not None)
        return Bundle(
            manifest,
            str(self.root / row[1]),
            documents,
            self._cases_of(bundle_id),
            False,
            _provenance(row[4]),
        )

    def published_at(self, url: str) -> list[str]:
        """The bundles whose manifest gives this source URL."""
        rows = self._conn().execute(
            "SELECT id FROM bundles WHERE source_url=? ORDER BY added", (url,)
        )
        return [r[0] for r in rows]

    def import_list(self) -> list[tuple[str, str, dict, int]]:
        """(id, title, the manifest's ``imported`` record, paragraphs) of every stored bundle,
        in the order they arrived: `muragat import --list`."""
        rows = self._conn().execute(
            "SELECT b.id, b.title, b.manifest, "
            "(SELECT count(*) FROM paragraphs p WHERE p.bundle_id = b.id) "
            "FROM bundles b ORDER BY b.added"
        )
        return [(i, t, json.loads(m).get("imported") or {}, n) for i, t, m, n in rows]

    def manifest(self, bundle_id: str) -> Manifest | None:
        row = (
            self._conn()
            .execute("SELECT manifest, manifest_sha256 FROM bundles WHERE id=?", (bundle_id,))
            .fetchone()
        )
        return Manifest.from_raw(json.loads(row[0]), row[1]) if row else None

    def imported(self, bundle_id: str) -> dict[str, Any] | None:
        """The manifest's ``imported`` record of one of the user's imports."""
        m = self.manifest(bundle_id)
        return dict(m.imported) if m else None

    def find_import(self, source_sha256: str | None = None, source_path: str | None = None):
        """The bundle id an imported file with this SHA-256 (or from this path) became."""
        column, value = (
            ("source_sha256", source_sha256) if source_sha256 else ("source_path", source_path)
        )
        row = (
            self._conn()
            .execute(f"SELECT id FROM bundles WHERE {column}=? ORDER BY added LIMIT 1", (value,))
            .fetchone()
        )
        return row[0] if row else None

    def document(self, doc_id: str) -> Document | None:
        conn = self._conn()
        row = conn.execute(
            "SELECT id, bundle_id, title, path FROM documents WHERE id=?", (doc_id,)
        ).fetchone()
        if row is None:
            return None
        paras = [
            _paragraph(r)
            for r in conn.execute(
                f"SELECT {_PARA_COLUMNS} FROM paragraphs WHERE doc_id=? ORDER BY ordinal",
                (doc_id,),
            )
        ]
        by_section: dict[str, list[Paragraph]] = {}
        for para in paras:
            by_section.setdefault(para.section_id, []).append(para)
        sections = tuple(
            Section(r[0], r[1], tuple(by_section.get(r[0], ())))
            for r in conn.execute(
                "SELECT id, title FROM sections WHERE doc_id=? ORDER BY seq", (doc_id,)
            )
        )
        return Document(row[0], row[1], row[2], row[3], "", sections)

    def document_of_section(self, section_id: str) -> str | None:
        row = (
            self._conn()
            .execute("SELECT doc_id FROM sections WHERE id=? ORDER BY rowid LIMIT 1", (section_id,))
            .fetchone()
        )
        return row[0] if row else None

    def document_rank(self, doc_id: str) -> int | None:
        """The document's place in the order the user's bundles arrived."""
        row = (
            self._conn()
            .execute(
                "SELECT b.added FROM documents d JOIN bundles b ON b.id=d.bundle_id WHERE d.id=?",
                (doc_id,),
            )
            .fetchone()
        )
        return row[0] if row else None

    def paragraph(self, ident: str) -> Paragraph | None:
        row = (
            self._conn()
            .execute(f"SELECT {_PARA_COLUMNS} FROM paragraphs WHERE id=?", (ident,))
            .fetchone()
        )
        return _paragraph(row) if row else None

    def paragraphs(self, batch: int = 2000) -> Iterator[Paragraph]:
        """Every paragraph, in the order the bundles arrived, read a batch at a time (a full
        index build reads them all; nothing else does)."""
        conn = self._connect()  # its own: the caller may read other things meanwhile
        try:
            cursor = conn.execute(
                f"SELECT {', '.join('p.' + c.strip() for c in _PARA_COLUMNS.split(','))} "
                "FROM paragraphs p JOIN bundles b ON b.id = p.bundle_id "
                "JOIN documents d ON d.id = p.doc_id ORDER BY b.added, d.seq, p.ordinal"
            )
            while rows := cursor.fetchmany(batch):
                yield from (_paragraph(r) for r in rows)
        finally:
            conn.close()
            with self._conns_lock:
                if conn in self._conns:
                    self._conns.remove(conn)

    def paragraph_count(self) -> int:
        return self._conn().execute("SELECT count(*) FROM paragraphs").fetchone()[0]

    def item_ids(self, bundle_id: str) -> set[str]:
        """The paragraph and case-record ids a stored bundle holds (what the index holds of it)."""
        if not bundle_id:
            return set()
        conn = self._conn()
        ids = {
            r[0] for r in conn.execute("SELECT id FROM paragraphs WHERE bundle_id=?", (bundle_id,))
        }
        ids |= {r[0] for r in conn.execute("SELECT id FROM cases WHERE bundle_id=?", (bundle_id,))}
        return ids

    def _cases_of(self, bundle_id: str) -> tuple[CaseRecord, ...]:
        generation = self.generation
        cached_gen, cache = self._cases_cache
        if cached_gen != generation:
            cache = {}
            self._cases_cache = (generation, cache)
        if bundle_id not in cache:
            row = (
                self._conn()
                .execute("SELECT cases FROM bundles WHERE id=?", (bundle_id,))
                .fetchone()
            )
            records: tuple[CaseRecord, ...] = ()
            if row and row[0]:
                from index.archive.cases import parse_cases

                records = parse_cases(json.loads(row[0]), bundle_id)
            cache[bundle_id] = records
        return cache[bundle_id]

    def case(self, ident: str) -> CaseRecord | None:
        row = self._conn().execute("SELECT bundle_id FROM cases WHERE id=?", (ident,)).fetchone()
        if row is None:
            return None
        return next((c for c in self._cases_of(row[0]) if c.id == ident), None)

    def cases(self) -> list[CaseRecord]:
        """Every case record of the user's bundles (colleagues' editions carry them; imports
        do not), in the order the bundles arrived."""
        ids = (
            self._conn()
            .execute(
                "SELECT DISTINCT c.bundle_id, b.added FROM cases c "
                "JOIN bundles b ON b.id = c.bundle_id ORDER BY b.added"
            )
            .fetchall()
        )
        return [c for (bundle_id, _) in ids for c in self._cases_of(bundle_id)]

    def cases_citing(self, paragraph_id: str) -> list[CaseRecord]:
        rows = (
            self._conn()
            .execute(
                "SELECT case_id FROM citing WHERE paragraph_id=? ORDER BY rowid", (paragraph_id,)
            )
            .fetchall()
        )
        return [c for c in (self.case(r[0]) for r in rows) if c is not None]

    def owners(self, ids: Iterable[str]) -> dict[str, str]:
        """id → the bundle that uses it, for those of ``ids`` a stored bundle uses (as its id,
        a document, section, paragraph or case-record id)."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, str] = {}
        conn = self._conn()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for sql in (
                f"SELECT id, bundle_id FROM paragraphs WHERE id IN ({marks})",
                f"SELECT id, bundle_id FROM cases WHERE id IN ({marks})",
                f"SELECT id, bundle_id FROM documents WHERE id IN ({marks})",
                f"SELECT s.id, d.bundle_id FROM sections s JOIN documents d ON d.id = s.doc_id "
                f"WHERE s.id IN ({marks})",
                f"SELECT id, id FROM bundles WHERE id IN ({marks})",
            ):
                for ident, bundle_id in conn.execute(sql, chunk):
                    out.setdefault(ident, bundle_id)
        return out

    def problems(self) -> list[BundleError]:
        out = []
        for bundle, file, template, values in self._conn().execute(
            'SELECT bundle, file, template, "values" FROM problems ORDER BY folder'
        ):
            problem = Message(template, **{k: _unplain(v) for k, v in json.loads(values).items()})
            out.append(BundleError(bundle, file, problem))
        return out

    # -- writing (the one writer) ---------------------------------------------------------------

    def _bump(self, conn: sqlite3.Connection, folders: str | None) -> None:
        conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='generation'")
        if folders is not None:
            conn.execute("UPDATE meta SET value=? WHERE key='folders'", (folders,))

    def put(self, bundle: Bundle, stamp: str, folders: str | None = None) -> None:
        """Store ``bundle`` (loaded and verified from its folder), replacing what was stored
        under its id or its folder."""
        folder = Path(bundle.path).name
        m = bundle.manifest
        imported = m.imported or {}
        raw_cases = None
        if m.cases:  # the file as the bundle has it (checked against its manifest just now)
            raw_cases = read_data(Path(bundle.path) / m.cases).decode("utf-8")
        conn = self._conn()
        with self._write_lock, conn:
            old = conn.execute("SELECT added FROM bundles WHERE id=?", (m.id,)).fetchone()
            self._delete(conn, m.id, folder)
            added = old[0] if old else self._next_added(conn)
            conn.execute(
                "INSERT INTO bundles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    m.id,
                    folder,
                    stamp,
                    json.dumps(m.raw(), ensure_ascii=False),
                    m.sha256,
                    _provenance_json(bundle.provenance),
                    raw_cases,
                    imported.get("title") or m.title,
                    imported.get("imported") or "",
                    imported.get("source_sha256"),
                    imported.get("source_path"),
                    m.source_url,
                    added,
                ),
            )
            for seq, doc in enumerate(bundle.documents):
                conn.execute(
                    "INSERT INTO documents VALUES (?,?,?,?,?)",
                    (doc.id, m.id, seq, doc.title, doc.path),
                )
                conn.executemany(
                    "INSERT INTO sections VALUES (?,?,?,?)",
                    [(doc.id, n, s.id, s.title) for n, s in enumerate(doc.sections)],
                )
                conn.executemany(
                    f"INSERT INTO paragraphs ({_PARA_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [
                        (
                            p.id,
                            p.bundle_id,
                            p.doc_id,
                            p.section_id,
                            p.section_title,
                            p.ordinal,
                            p.text,
                            p.markdown,
                            p.role,
                            p.page,
                            int(p.ocr),
                            int(p.ocr_low),
                        )
                        for p in doc.paragraphs
                    ],
                )
            conn.executemany(
                "INSERT INTO cases VALUES (?,?,?)",
                [(c.id, m.id, n) for n, c in enumerate(bundle.cases)],
            )
            conn.executemany(
                "INSERT INTO citing VALUES (?,?)",
                [(s, c.id) for c in bundle.cases for s in c.all_sources()],
            )
            self._bump(conn, folders)

    @staticmethod
    def _next_added(conn: sqlite3.Connection) -> int:
        return conn.execute("SELECT coalesce(max(added), 0) + 1 FROM bundles").fetchone()[0]

    @staticmethod
    def _delete(conn: sqlite3.Connection, bundle_id: str | None, folder: str | None) -> None:
        ids = set()
        if bundle_id:
            ids.add(bundle_id)
        if folder:
            ids.update(
                r[0] for r in conn.execute("SELECT id FROM bundles WHERE folder=?", (folder,))
            )
            conn.execute("DELETE FROM problems WHERE folder=?", (folder,))
        for ident in ids:
            docs = [
                r[0] for r in conn.execute("SELECT id FROM documents WHERE bundle_id=?", (ident,))
            ]
            conn.executemany("DELETE FROM sections WHERE doc_id=?", [(d,) for d in docs])
            conn.execute("DELETE FROM documents WHERE bundle_id=?", (ident,))
            conn.execute("DELETE FROM paragraphs WHERE bundle_id=?", (ident,))
            conn.execute(
                "DELETE FROM citing WHERE case_id IN (SELECT id FROM cases WHERE bundle_id=?)",
                (ident,),
            )
            conn.execute("DELETE FROM cases WHERE bundle_id=?", (ident,))
            conn.execute("DELETE FROM bundles WHERE id=?", (ident,))

    def remove(
        self, bundle_id: str | None = None, folder: str | None = None, folders: str | None = None
    ) -> None:
        """Forget a bundle (by id, or whatever was stored from a folder, refusal included)."""
        conn = self._conn()
        with self._write_lock, conn:
            self._delete(conn, bundle_id, folder)
            self._bump(conn, folders)

    def refuse(self, folder: str, stamp: str, problem: BundleError, folders: str | None = None):
        """Remember that a folder was refused, and why (until it changes)."""
        conn = self._conn()
        message = problem.problem
        values = message.values if isinstance(message, Message) else {}
        template = message.template if isinstance(message, Message) else str(message)
        with self._write_lock, conn:
            self._delete(conn, None, folder)
            conn.execute(
                "INSERT INTO problems VALUES (?,?,?,?,?,?)",
                (
                    folder,
                    stamp,
                    problem.bundle,
                    problem.file,
                    template,
                    json.dumps({k: _plain(v) for k, v in values.items()}, ensure_ascii=False),
                ),
            )
            self._bump(conn, folders)

    def restamp(self, folder: str, stamp: str) -> None:
        """The folder's manifest was touched, not changed: note its new stamp (no new
        generation: nothing stored changed)."""
        conn = self._conn()
        with self._write_lock, conn:
            conn.execute("UPDATE bundles SET stamp=? WHERE folder=?", (stamp, folder))

    def moved(self, pairs: Iterable[tuple[str, str, str]]) -> None:
        """Bundle folders renamed (old name, new name, the manifest's new stamp): the vault
        names them by a keyed hash of their id, and back. Nothing stored of them changed."""
        conn = self._conn()
        with self._write_lock, conn:
            for old, new, stamp in pairs:
                conn.execute(
                    "UPDATE bundles SET folder=?, stamp=? WHERE folder=?", (new, stamp, old)
                )
                conn.execute("UPDATE problems SET folder=?, stamp='' WHERE folder=?", (new, old))

    def forget(self, folder: str) -> None:
        """Read this folder again at the next reconcile (what is stored of it is in doubt)."""
        conn = self._conn()
        with self._write_lock, conn:
            conn.execute("UPDATE bundles SET stamp='' WHERE folder=?", (folder,))
            conn.execute("UPDATE problems SET stamp='' WHERE folder=?", (folder,))
            conn.execute("UPDATE meta SET value='' WHERE key='folders'")

    def matched(self, folders: str) -> None:
        """The store holds what ``bundles/`` holds in this `folder_state`."""
        conn = self._conn()
        with self._write_lock, conn:
            conn.execute("UPDATE meta SET value=? WHERE key='folders'", (folders,))


_YOURS = Provenance("yours", None, None, "")


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
