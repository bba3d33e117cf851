"""The search index sealed at rest (issue 24, `index.search.sealed_storage`): with a key, no word
of the user's is in any byte or name of the index folder, searches answer exactly as they do
on a clear index (both postings paths), and a wrong key, a flipped byte, a cut file or a moved
chunk is a damaged index — rebuilt, never a wrong answer. Real Whoosh indexes of the bundled
report and imported documents; real bytes on disk."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from whoosh import fields
from whoosh.filedb.filestore import FileStorage

from index.core import INDEX_DIR, Core
from index.notes.service import new_note
from index.search import fast, whoosh_writer
from index.search.index_folder import IndexFolder
from index.search.sealed_storage import (
    CHUNK,
    HEADER,
    NONCE,
    OVERHEAD,
    IndexDamage,
    SealedStorage,
    convert,
    drop_cache,
    is_sealed,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(100, 132))

MARKERS = {
    "document": "Vorquistal",  # in an imported document's text
    "file name": "Zembrathuk",  # in an imported document's file name (its title)
    "note": "Plexwundar",  # in a note's body
    "private note": "Kwisbrotel",  # in a private note's body
    "tag": "trombulax",  # a note's tag (a facet value too)
    "cyrillic": "Жолбарыскен",  # in an imported document's text, UTF-8 of two bytes a letter
}


def _forms(word: str) -> list[bytes]:
    return [
        form.encode(codec)
        for form in dict.fromkeys((word, word.lower()))
        for codec in ("utf-8", "utf-16-le")
    ]


def _found(folder: Path) -> dict[str, list[str]]:
    """Marker → where any form of it is (a file's name or its bytes), anywhere under
    ``folder``."""
    found: dict[str, list[str]] = {m: [] for m in MARKERS.values()}
    for path in folder.rglob("*"):
        data = path.read_bytes() if path.is_file() else b""
        name = path.name.encode("utf-8")
        for marker in MARKERS.values():
            for form in _forms(marker):
                if form in data or form.lower() in name.lower():
                    found[marker].append(f"{path.name}:{form!r}")
    return found


def _documents(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    for n in range(6):
        (folder / f"hearing-{n}.md").write_text(
            f"# Hearing {n}\n\nThe court in Almaty heard the right to a lawyer argued again."
            f" Witness {n} spoke of the detention.\n",
            encoding="utf-8",
        )
    (folder / "witness-statement.md").write_text(
        f"# Statement\n\n{MARKERS['document']} told the right to peaceful assembly was denied;"
        f" {MARKERS['cyrillic']} said so too.\n",
        encoding="utf-8",
    )
    (folder / f"{MARKERS['file name']}.md").write_text(  # no heading: titled by its name
        "A memo on journalists detained in Astana.\n", encoding="utf-8"
    )
    return folder


def _fill(data: Path, key: bytes | None, docs: Path) -> Core:
    """A data folder with the bundled report, imported documents and notes holding the
    markers, its index sealed with ``key`` (or clear)."""
    core = Core(data, index_key=key)
    core.update_index()
    core.import_paths([docs])
    archive = core.archive
    core.add_note(
        new_note(archive, None, f"Call {MARKERS['note']} on Monday", tags=[MARKERS["tag"]])
    )
    core.add_note(new_note(archive, None, f"{MARKERS['private note']} is the source", private=True))
    return core


QUERIES = [
    ("Ensebek", {}),
    ('"the right to"', {}),
    ("journal*", {}),
    ("detention", {"kind": "paragraph"}),
    (MARKERS["document"], {}),
    (MARKERS["note"], {}),
    (f"tag:{MARKERS['tag']}", {}),
    ("Almaty OR Astana", {"limit": 50}),
]


def _answers(core: Core, ties: bool = True) -> list:
    """Every query's hits (id, score), total, facets and messages. ``ties=False``: hits of
    equal score in any order (an index rebuilt holds the documents in another order)."""
    out = []
    for text, options in QUERIES:
        result = core.find(text, **options)
        hits = [(h.id, h.score) for h in result.hits]
        out.append(
            (
                text,
                hits if ties else sorted(hits, key=lambda hit: (-hit[1], hit[0])),
                result.total,
                result.estimated,
                result.facets,
                result.messages,
            )
        )
    return out


@pytest.fixture(params=["compiled", "plain"])
def postings_path(request, monkeypatch):
    if request.param == "plain":
        monkeypatch.setenv(fast.SWITCH, "1")
    else:
        monkeypatch.delenv(fast.SWITCH, raising=False)
        assert fast.C is not None, "index.search._postings is not built: run scripts/setup"
    return request.param


# -- what is on disk ----------------------------------------------------------------------------


@pytest.mark.parametrize("sealed", [True, False], ids=["sealed", "clear (control)"])
def test_no_word_of_the_users_is_in_any_byte_or_name_of_a_sealed_index(tmp_path, sealed):
    data = tmp_path / "data"
    core = _fill(data, KEY if sealed else None, _documents(tmp_path / "docs"))
    for marker in MARKERS.values():  # the index holds every marker: searches find them
        query = f"tag:{marker}" if marker == MARKERS["tag"] else marker
        assert core.find(query).total == 1, marker  # (and facets are counted: their columns
        # are written beside the index)
    core.close()
    folder = data / INDEX_DIR
    assert list(folder.glob("muragat-facets-*.bin")), "the facet columns were not kept"
    found = _found(folder)
    if sealed:
        assert is_sealed(folder)
        assert found == {m: [] for m in MARKERS.values()}
    else:  # the scan finds what is there: every marker is in the clear index
        assert all(found.values()), found


class _Watched:
    """Whoosh's temporary files, read just before Whoosh deletes them."""

    def __init__(self) -> None:
        self.seen: dict[str, bytes] = {}

    def storage(self, base):
        watched = self

        class Watching(base):
            def temp_storage(self, name=None):
                inner = super().temp_storage(name)
                inner.__class__ = Watching
                return inner

            def delete_file(self, name):
                watched.seen[name] = Path(self._fpath(name)).read_bytes()
                super().delete_file(name)

            def clean(self, ignore=False):
                for name in self.list():
                    path = Path(self._fpath(name))
                    if path.is_file():
                        watched.seen[name] = path.read_bytes()
                super().clean(ignore)

        return Watching


@pytest.mark.parametrize("sealed", [True, False], ids=["sealed", "clear (control)"])
def test_a_writers_temporary_files_are_sealed_too(tmp_path, sealed):
    """A writer whose postings overflow its memory sorts them into temporary runs, and keeps
    its columns in a temporary file until the commit: sealed, those hold no marker either."""
    watched = _Watched()
    base = SealedStorage if sealed else FileStorage
    storage = watched.storage(base)(str(tmp_path / "ix"), *([KEY] if sealed else []))
    storage.create()
    schema = fields.Schema(id=fields.ID(stored=True), text=fields.TEXT(stored=True))
    ix = storage.create_index(schema)
    whoosh_writer.install()
    writer = ix.writer(limitmb=0.05)  # runs spilled every few documents
    marker = MARKERS["document"]
    for n in range(300):
        writer.add_document(id=f"d{n}", text=f"{marker} said word{n} and word{n + 1} again")
    writer.commit()
    runs = [name for name in watched.seen if name.endswith(".run")]
    assert runs and any(name.endswith(".ctmp") for name in watched.seen), sorted(watched.seen)
    hits = [name for name, data in watched.seen.items() if marker.lower().encode() in data]
    if sealed:
        assert hits == []
        with ix.searcher() as searcher:  # and the index they made answers
            assert len(searcher.search(_term(marker), limit=None)) == 300
    else:
        assert set(runs) <= set(hits)


def _term(word: str):
    from whoosh import query as Q

    return Q.Term("text", word.lower())


# -- the same answers ---------------------------------------------------------------------------


def test_a_sealed_index_answers_exactly_as_a_clear_one(tmp_path, postings_path):
    """The same notes and documents (one data folder, copied), the index built the same way
    (rebuilt from them), sealed or clear: the same hits in the same order with the same
    scores, totals and facets."""
    _fill(tmp_path / "clear", None, _documents(tmp_path / "docs")).close()
    shutil.copytree(tmp_path / "clear", tmp_path / "sealed")
    answers = {}
    for name, key in (("clear", None), ("sealed", KEY)):
        core = Core(tmp_path / name, index_key=key)
        assert core.update_index(rebuild=True).rebuilt
        answers[name] = _answers(core)
        core.close()
        if postings_path == "compiled":  # the compiled path read the sealed postings itself
            assert fast.enabled()
    assert is_sealed(tmp_path / "sealed" / INDEX_DIR)
    assert not is_sealed(tmp_path / "clear" / INDEX_DIR)
    assert all(total for _, _, total, *_ in answers["clear"])
    assert answers["sealed"] == answers["clear"]


def test_a_clear_index_sealed_and_opened_again_is_the_same_bytes_and_answers(tmp_path):
    core = _fill(tmp_path / "data", None, _documents(tmp_path / "docs"))
    clear = _answers(core)
    core.close()
    folder = tmp_path / "data" / INDEX_DIR
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "MAIN_WRITELOCK"}
    convert(folder, None, KEY)
    assert is_sealed(folder) and sorted(p.name for p in folder.iterdir()) == sorted(before)
    assert _found(folder) == {m: [] for m in MARKERS.values()}  # the facet columns too
    sealed_core = Core(tmp_path / "data", index_key=KEY)
    assert _answers(sealed_core) == clear
    assert not sealed_core.search.last_sync.rebuilt  # opened, not rebuilt
    sealed_core.close()
    with pytest.raises(IndexDamage):  # another key opens nothing, changes nothing
        convert(folder, OTHER_KEY, None)
    assert is_sealed(folder)
    convert(folder, KEY, None)
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == before


def test_without_a_key_the_index_is_whooshs_own_files(tmp_path):
    store = IndexFolder(tmp_path / "index")
    store.open()
    assert type(store.ix.storage) is FileStorage
    toc = next((tmp_path / "index").glob("*.toc")).read_bytes()
    assert not is_sealed(tmp_path / "index") and not toc.startswith(b"MRGS")


# -- damage -------------------------------------------------------------------------------------


def test_the_wrong_key_is_a_damaged_index_rebuilt_with_the_right_answers(tmp_path):
    docs = _documents(tmp_path / "docs")
    core = _fill(tmp_path / "data", KEY, docs)
    reference = _answers(core, ties=False)
    core.close()
    again = Core(tmp_path / "data", index_key=OTHER_KEY)
    report = again.update_index()
    assert report.rebuilt and report.reason == "corrupt (IndexDamage)", report
    # rebuilt with the key it was opened with, from the notes and documents, not the index
    assert _answers(again, ties=False) == reference


def test_a_clear_index_opened_with_a_key_is_rebuilt_sealed(tmp_path):
    core = _fill(tmp_path / "data", None, _documents(tmp_path / "docs"))
    reference = _answers(core, ties=False)
    core.close()
    again = Core(tmp_path / "data", index_key=KEY)
    report = again.update_index()
    assert report.rebuilt and report.reason.startswith("corrupt"), report
    assert _answers(again, ties=False) == reference
    again.close()
    assert is_sealed(tmp_path / "data" / INDEX_DIR)
    assert _found(tmp_path / "data" / INDEX_DIR) == {m: [] for m in MARKERS.values()}


def _largest(folder: Path) -> Path:
    return max((p for p in folder.iterdir() if p.is_file()), key=lambda p: p.stat().st_size)


def _flip(path: Path, at: int) -> None:
    with path.open("r+b") as f:
        f.seek(at)
        byte = f.read(1)
        f.seek(at)
        f.write(bytes([byte[0] ^ 0x01]))


@pytest.mark.parametrize("where", ["header", "first chunk", "middle", "last byte", "toc"])
def test_a_flipped_byte_is_damage_found_by_verify_and_rebuilt(tmp_path, where):
    core = _fill(tmp_path / "data", KEY, _documents(tmp_path / "docs"))
    reference = _answers(core, ties=False)
    core.close()
    folder = tmp_path / "data" / INDEX_DIR
    victim = next(folder.glob("*.toc")) if where == "toc" else _largest(folder)
    size = victim.stat().st_size
    assert size > 3 * CHUNK or where == "toc", size  # several chunks: the middle is one of them
    at = {
        "header": 8,
        "first chunk": HEADER + 40,
        "middle": size // 2,
        "last byte": size - 1,
        "toc": size // 2,
    }[where]
    _flip(victim, at)
    drop_cache()  # as a new process starts: nothing this one decrypted before is kept
    store = IndexFolder(folder, key=KEY)
    reason = store.verify()
    assert reason is not None and "IndexDamage" in reason, reason
    again = Core(tmp_path / "data", index_key=KEY)
    # rebuilt wherever the damage is found (on opening, or by the search that meets it, which
    # says so): never a wrong answer
    assert [a[:5] for a in _answers(again, ties=False)] == [a[:5] for a in reference]


def test_a_damaged_chunk_met_by_a_search_rebuilds_the_index(tmp_path):
    """Damage past what opening reads is met by the search that reads it: the engine rebuilds
    and answers, saying so (as it does for a damaged clear index)."""
    core = _fill(tmp_path / "data", KEY, _documents(tmp_path / "docs"))
    reference = core.find('"the right to"')
    core.close()
    again = Core(tmp_path / "data", index_key=KEY)
    assert again.update_index(trust_mark=True).rebuilt is False  # opened as it was
    victim = _largest(tmp_path / "data" / INDEX_DIR)
    size = victim.stat().st_size
    sealed = CHUNK + OVERHEAD
    for start in range(HEADER, size, sealed):  # every chunk, under the open index
        _flip(victim, start + NONCE + 100 if start + sealed < size else size - 1)
    drop_cache()  # (what this process decrypted before is kept: forgotten, as a lock does)
    result = again.find('"the right to"')
    assert "The search index was damaged and has been rebuilt." in result.messages
    assert sorted((h.id, h.score) for h in result.hits) == sorted(
        (h.id, h.score) for h in reference.hits
    )
    assert result.total == reference.total


# -- the format ---------------------------------------------------------------------------------


def _write(storage: SealedStorage, name: str, data: bytes) -> Path:
    with storage.create_file(name) as f:
        f.write(data)
    return Path(storage._fpath(name))


def _blob(size: int) -> bytes:
    return bytes((n * 7 + n // 251) % 256 for n in range(size))


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5])
def test_files_of_every_length_read_back_whole_and_in_pieces(tmp_path, size):
    storage = SealedStorage(str(tmp_path), KEY)
    data = _blob(size)
    _write(storage, "f", data)
    assert storage.file_length("f") == size
    with storage.open_file("f") as f:
        assert f.read() == data
        for at, length in [(0, 10), (CHUNK - 3, 7), (size // 2, 2 * CHUNK), (max(size - 2, 0), 9)]:
            assert f.get(at, length) == data[at : at + length]


def test_a_seek_back_rewrites_a_chunk_written_before(tmp_path):
    """Whoosh writes a compound file's directory position at its head when it closes it."""
    storage = SealedStorage(str(tmp_path), KEY)
    data = bytearray(_blob(2 * CHUNK + 100))
    with storage.create_file("f") as f:
        f.write(bytes(data))
        f.seek(3)
        f.write(b"HEAD")
        f.seek(CHUNK - 2)
        f.write(b"span")
    data[3:7] = b"HEAD"
    data[CHUNK - 2 : CHUNK + 2] = b"span"
    with storage.open_file("f") as f:
        assert f.read() == bytes(data)


def _chunks(path: Path) -> tuple[bytes, list[bytes]]:
    raw = path.read_bytes()
    sealed = CHUNK + OVERHEAD
    body = raw[HEADER:]
    return raw[:HEADER], [body[n : n + sealed] for n in range(0, len(body), sealed)]


def _read_all(storage: SealedStorage, name: str) -> bytes:
    with storage.open_file(name) as f:
        return f.read()


@pytest.mark.parametrize(
    "tamper",
    ["swap two chunks", "chunk from another file", "cut at a chunk", "cut mid-chunk", "renamed"],
)
def test_chunks_moved_swapped_or_cut_do_not_open(tmp_path, tamper):
    storage = SealedStorage(str(tmp_path), KEY)
    path = _write(storage, "a", _blob(3 * CHUNK + 10))
    other = _write(storage, "b", _blob(3 * CHUNK + 10))
    header, chunks = _chunks(path)
    if tamper == "swap two chunks":
        chunks[0], chunks[1] = chunks[1], chunks[0]
    elif tamper == "chunk from another file":
        chunks[1] = _chunks(other)[1][1]
    elif tamper == "cut at a chunk":
        chunks = chunks[:2]
    elif tamper == "cut mid-chunk":
        chunks[-1] = chunks[-1][:-5]
    if tamper == "renamed":  # another file's name: its chunks are bound to their own
        os.replace(path, other)
        name = "b"
    else:
        path.write_bytes(header + b"".join(chunks))
        name = "a"
    with pytest.raises(IndexDamage):
        storage.file_length(name)
        _read_all(storage, name)


def test_a_file_read_with_another_key_does_not_open(tmp_path):
    _write(SealedStorage(str(tmp_path), KEY), "f", b"some text")
    with pytest.raises(IndexDamage):
        _read_all(SealedStorage(str(tmp_path), OTHER_KEY), "f")
    shutil.copy(tmp_path / "f", tmp_path / "g")  # a copy under another name: bound to "f"
    with pytest.raises(IndexDamage):
        _read_all(SealedStorage(str(tmp_path), KEY), "g")
    assert _read_all(SealedStorage(str(tmp_path), KEY), "f") == b"some text"
    with pytest.raises(IndexDamage):  # what was decrypted with the key is not handed out
        _read_all(SealedStorage(str(tmp_path), OTHER_KEY), "f")


def test_dropping_the_cache_makes_reads_decrypt_again(tmp_path):
    storage = SealedStorage(str(tmp_path), KEY)
    path = _write(storage, "f", _blob(2 * CHUNK))
    assert _read_all(storage, "f") == _blob(2 * CHUNK)
    header, chunks = _chunks(path)
    path.write_bytes(header + chunks[1] + chunks[0] + chunks[2])  # (never done by Muragat)
    assert _read_all(storage, "f") == _blob(2 * CHUNK)  # kept decrypted: not read again
    drop_cache()
    with pytest.raises(IndexDamage):
        _read_all(storage, "f")


def test_a_clear_prebuilt_index_is_sealed_as_it_is_copied(tmp_path):
    """The executable's prebuilt index of the bundled report is clear; a data folder with a
    key starts from it sealed (not rebuilt), and the prebuilt one is left as it was."""
    from whoosh.qparser import QueryParser

    from index.search.items import IndexItem

    seed = tmp_path / "prebuilt"
    items = [
        IndexItem(f"p{n}", "paragraph", {"text": f"{MARKERS['document']} paragraph {n}"})
        for n in range(30)
    ]
    IndexFolder(seed).sync(items)
    before = {p.name: p.read_bytes() for p in seed.iterdir()}
    store = IndexFolder(tmp_path / "index", seed=seed, key=KEY)
    assert store.open() is None  # started from the seed
    assert is_sealed(tmp_path / "index")
    assert _found(tmp_path / "index") == {m: [] for m in MARKERS.values()}
    with store.ix.searcher() as searcher:
        query = QueryParser("text", store.ix.schema).parse(MARKERS["document"])
        assert searcher.doc_count() == 30 and len(searcher.search(query, limit=None)) == 30
    assert {p.name: p.read_bytes() for p in seed.iterdir()} == before


def test_closing_a_sealed_index_closes_its_searchers_and_forgets_what_was_decrypted(tmp_path):
    from index.search import sealed_storage

    core = _fill(tmp_path / "data", KEY, _documents(tmp_path / "docs"))
    assert core.find(MARKERS["document"]).total == 1
    store = core.search.store
    searcher = store.searcher()
    assert sealed_storage._CHUNKS.size > 0
    store.close()
    assert searcher.is_closed and sealed_storage._CHUNKS.size == 0
    assert core.find(MARKERS["document"]).total == 1  # opened again on next use
    core.close()
