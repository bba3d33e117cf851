"""The window at any size: time to window, memory at window, keystroke to results and a note's
autosave, with the bundled archive and with 1,000, 3,000 and 10,000 imported documents
(issue 18).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/gui_bench.py \\
        [--documents 0 1000 10000] [--runs 3] [--typed 10] [--data /tmp/muragat-bench-data]
        [--typing 120 250] [--debounce MS]

Each size gets its own data folder under ``--data``, shared with cli_bench.py and
scale_bench.py: since issue 23 the benchmark corpus (bench_corpus.py: 10-15 KB documents,
English with Russian and Kazakh paragraphs, names in several spellings, a Zipf-like vocabulary)
imported with ``muragat import``, indexed, with 300 notes (bench_data.py), made once and reused:
the first run at 10,000 documents takes half an hour. The corpus's stats are printed with the
table. (The tables below, from issue 18, were measured on the corpus before: Markdown files of
about 300 words from a 24-word list, imported with `Core.import_paths`; a window's note autosave
adds one note to the folder each run.) Each start is a fresh process (what a double-click
costs); the floor is a bare PySide6 window. ``--typed N`` types N searches in the window (the
ten queries below, again and again; the target of issue 23 is memory after 200).

- *to window*: from the process's first line to the window shown (imports included);
  *RSS at window*: the process's resident memory then. *all loaded*: until the user's
  documents are in and the search index is in sync (the window is usable meanwhile), with the
  longest the event loop stalled meanwhile (*load stall*) and the memory then (*RSS loaded*).
- *keystroke to results*: text set in the search field until its results are shown (the
  search field's debounce included), the index in sync.
- ``--typing MS …`` (issue 23): the ten queries typed a letter every MS ms (the field's text
  set letter by letter): how late each letter was handled (the GUI thread busy with results
  or waiting for the search thread's hold on the interpreter: what a typist would feel), the
  searches started and the results shown while typing, and the last letter to its results.
  ``--debounce MS`` sets the search field's debounce in the measured window (to compare).
- *autosave*: a note edited in the notes panel; *GUI* is how long ``save()`` held the GUI
  thread, *stored* the time until the writer had it (the change, its index update and the
  window's refresh), *stall* the longest gap between 5 ms timer ticks meanwhile.

Measured on 2 shared cores (load average 4 to 9 from other work), ``--runs 3``, documents of
about 300 words in 7 paragraphs. Before: 8cc479f (every document parsed and laid out in the
reader before the window, every bundle verified, every item hashed by the start-up sync);
after: issue 18 (the reader holds one document, the user's bundles load behind the window,
an index unchanged since its last sync is opened, not read through). The code before did not
finish a 10,000-document run in reasonable time, so that row is ``--window-only --runs 2``:

    imported   to window s   RSS MB   all loaded s   keys p50 ms   save stored ms
    before
           0          0.73      106            0.9           201               23
       1,000          4.36      282            4.8           363               60
      10,000        138.41      902              —             —                —
    after
           0          0.57      106            0.7           197               24
       1,000          0.53      105            1.2           312               33
      10,000          0.67      105            6.9          1414              116

After, at 10,000: 292 MB once everything is loaded, the event loop's longest stall while
loading 177 ms.

Typing and saving at 3,000 and 10,000 (``--documents 0 3000 10000 --runs 3``; *p95* of the
ten queries; *RSS typed*: the memory once they were typed). Before: 52f1548; after: the
window's tasks on Python's own threads, kept between tasks (on Qt's pool threads each task had
a fresh Python thread state, so every search opened a new Whoosh searcher and re-read the
facet maps of the whole index), facet maps kept per index segment (the search after a save
re-read them all), a change's few documents written without memory-mapping the index (Whoosh
copied every mapped segment file into memory to find the one document replaced), one search
thread, and the loaded archive frozen out of the garbage collector's full passes (one took
221 ms of the GUI thread while typing at 10,000). Back to back, twice (before, after, before,
after), load average 9.0 to 11.1; each cell gives the two rounds:

    imported   to window s   keys p50 ms   keys p95 ms   RSS typed MB   save GUI ms   stored ms
    before
           0     0.58 0.46       207 200       223 217        129 129       0.3 0.3       22 41
       3,000     0.57 0.73       600 595       838 843        222 222       0.2 0.3       28 87
      10,000     0.65 0.89     1578 2126     2462 3310        499 456       0.2 0.2       62 68
    after
           0     0.69 0.86       199 199       210 272        130 130       0.5 0.6       53 45
       3,000     0.67 0.73       315 333       544 753        255 255       0.2 0.2       22 43
      10,000     0.47 0.86       448 575     1095 1620        533 534       0.2 0.4       18 64

RSS at window (114-115 MB) and once loaded (125, 178, 302-304 MB) did not change. The wall
times swing with the load; CPU times say it more steadily. A keystroke's search, in the
window at 10,000 (CPU p50 of the ten queries): 874 → 262 ms; a word in a few documents
(*torture*, *kind:case Almaty*) 600 → 4-10 ms, as every search opened a searcher and read
the facet maps of the whole index. A note's index update at 10,000: 70-80 → 7-18 ms. The
debounce is 180 ms of every keystroke. What is left at 10,000 is Whoosh scoring every match
of a word found in most paragraphs (60,000-70,000 of them here: *Ensebek*, *police*,
*restricted freedom*; 230-850 ms of CPU each, over 95 % of it in the collector), up to the
2 s budget. The memory after typing is the search thread's one searcher: Whoosh copies every
memory-mapped file of the index it opens into memory (176 MB at 10,000 documents); before,
each search's searcher was dropped after it, but memory rose as far (to 559 MB) and stayed
near 457 MB.

Issue 23, the window holds only what is shown (Contents a model over the store, read 100 rows
at a time as the user scrolls to them; About the archive sums up the imports in a line; no
gc.freeze). The WINDOW script below (1280x800, *all loaded* including the navigator's rows), on
copies of data folders of 1,000 and 10,000 imported documents of about 12 KB each, their index
in sync. Back to back on 2 shared cores, load average 3.2 to 3.6; each cell gives the two rounds.
Before: 482eb45.

    imported        all loaded s   load stall ms   RSS loaded MB      CPU s   GUI CPU s   rows held
       1,000 before    1.33 1.18       420 354         123 124     0.75 0.74   0.62 0.58       1,000
             after     1.11 1.66       265 419         123 123     0.71 0.76   0.57 0.58         100
      10,000 before    3.59 3.23       613 301         143 143     2.23 2.03   1.98 1.84      10,000
             after     1.31 1.19        80 118         130 128     0.80 0.76   0.54 0.55         100

Earlier, at load average 13 and with the index update left out (`start_indexing` a no-op, in
both), 10,000: before 11.1 and 12.2 s to all loaded, stalls of 824 and 1,280 ms, GUI thread
1.84 and 1.97 s; after 2.7 and 2.4 s, 93 and 133 ms, 0.57 and 0.53 s. The load stall at 1,000
is there before and after alike (not the navigator's rows; not looked into).

Help → About the archive at 10,000: 6.19 s of CPU (32.6 s wall) and 593 MB more before (every
bundle loaded to write a section each), 0.05 s and 8 MB after. A page of My documents from the
store: 1-2 ms wherever it starts (before: pages of 1,000 by OFFSET, 44 ms at the start, 133 ms
at 9,900); the title filter over 10,000: 1-2 ms. A full pass of the garbage collector in the
window, loaded, over every object: 15-39 ms of CPU at 1,000 and at 10,000 (47,000-57,000
objects; they no longer grow with the documents). Reading all 10,000 rows into Contents (End
pressed 100 times, load average 5): 15-20 ms of the GUI thread a page at first, 61-65 ms once
10,000 rows are held (the tree view lays itself out again for every page inserted), RSS 114 →
118 MB; a title typed in the filter to its row shown, 181 ms (150 of them the debounce).

To measure another checkout side by side (the code before a change), point MURAGAT_SOURCE at
its folder; the data folders are shared:

    git archive 8cc479f | tar -x -C /tmp/before
    MURAGAT_SOURCE=/tmp/before QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/gui_bench.py
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(os.environ.get("MURAGAT_SOURCE") or Path(__file__).resolve().parents[2])
QUERIES = [
    "Ensebek",
    "Енсебек",
    "restricted freedom",
    "date:2025-08 kind:case",
    "torture",
    "Zhylanbaef",
    "Yensebek",
    "kind:case Almaty",
    "police",
    "Жыланбаев",
]

BARE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv); w = QMainWindow(); w.show(); app.processEvents()
print(time.perf_counter() - t0, 0, 0, 0, 0, 0, 0)
"""

WINDOW = """
import os, resource, sys, time
t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.gui.main_window import MainWindow
from index.core import Core
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = MainWindow(Core(Path(sys.argv[1])))
w.resize(1280, 800)  # a laptop's screen: the navigator shows beside the reader
w.show(); app.processEvents()
shown = time.perf_counter() - t0
with open("/proc/self/statm") as fh:
    rss = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
if os.environ.get("BENCH_WINDOW_ONLY"):
    print(shown, rss, 0, 0, 0, 0, 0, flush=True)
    os._exit(0)
ticks = [time.perf_counter()]
timer = QTimer(); timer.timeout.connect(lambda: ticks.append(time.perf_counter())); timer.start(5)
def busy():  # the navigator's rows count as loading too (before issue 23: an item each)
    return (getattr(w.core, "loading", False) or not w.core.index_ready or w.running
            or getattr(w.navigator, "filling", False))
while busy():
    app.processEvents()
    time.sleep(0.005)
loaded = time.perf_counter() - t0
with open("/proc/self/statm") as fh:
    rss_loaded = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
stall = max((b - a for a, b in zip(ticks, ticks[1:])), default=0.0)
used = resource.getrusage(resource.RUSAGE_SELF)
cpu, gui_cpu = used.ru_utime + used.ru_stime, time.thread_time()  # all threads; GUI thread
print(shown, rss, loaded, stall, rss_loaded, cpu, gui_cpu, flush=True)
w.close()
os._exit(0)
"""


def make_data(base: Path, documents: int, seed: int = 2026) -> tuple[Path, dict]:
    """``base/data-N-…``: N documents of the benchmark corpus imported and indexed, with 300
    notes (bench_data.data_folder); made once, then reused."""
    bench = str(Path(__file__).resolve().parent)
    if bench not in sys.path:
        sys.path.insert(0, bench)
    from bench_data import data_folder

    return data_folder(base, documents, seed)


def starts(code: str, runs: int, data: Path) -> list[tuple[float, float, float]]:
    out = []
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", code, str(data)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
            timeout=1800,
        )
        if result.returncode != 0:
            raise RuntimeError(result.stderr[-2000:])
        line = result.stdout.strip().splitlines()[-1]
        out.append(tuple(float(x) for x in line.split()))
    return out


def type_words(app, panel, words: list[str], interval: float) -> dict:
    """Each word typed a letter at a time, a letter every ``interval`` seconds (the field's
    text set, as a key would): how late each letter was handled (the GUI thread busy with
    other work, or waiting for the search thread's hold on the interpreter: what the typist
    would feel), how many searches started and how many results were shown while typing, and
    from the last letter to the word's results."""
    started, shown, late, last = [], [], [], []
    count = [0]
    panel.searched.connect(lambda _: count.__setitem__(0, count[0] + 1))
    for word in words:
        panel.field.clear()
        settle = time.perf_counter() + 0.4
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.001)
        serial, count[0] = panel._serial, 0
        begin = time.perf_counter()
        for k in range(1, len(word) + 1):
            due = begin + (k - 1) * interval
            while time.perf_counter() < due:
                app.processEvents()
                time.sleep(0.0005)
            late.append(time.perf_counter() - due)
            panel.field.setText(word[:k])
        t0 = time.perf_counter()
        while panel.result is None or panel.result.query != word:
            app.processEvents()
            time.sleep(0.0005)
        last.append(time.perf_counter() - t0)
        started.append(panel._serial - serial)
        shown.append(count[0])
    return {"late": late, "started": started, "shown": shown, "last": last}


def in_window(
    data: Path, words: list[str], typed: int, debounce: int | None = None, typing=()
) -> dict:
    """Keystroke to results and a note's autosave, in one window (this process)."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow
    from index.core import Core

    app = QApplication.instance() or QApplication([])
    window = MainWindow(Core(data))
    window.show()
    core = window.core

    def settle() -> None:
        while getattr(core, "loading", False) or not core.index_ready or window.running:
            app.processEvents()
            time.sleep(0.002)

    settle()
    if debounce is not None:  # another debounce than the window's (a comparison)
        window.search.timer.setInterval(debounce)
    debounced = window.search.timer.interval()
    keys = []
    for word in itertools.islice(itertools.cycle(words), typed):
        t0 = time.perf_counter()
        window.search.field.setText(word)
        while window.search.result is None or window.search.result.query != word:
            app.processEvents()
            time.sleep(0.001)
        keys.append(time.perf_counter() - t0)
    with open("/proc/self/statm") as fh:
        rss_typed = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    letters = {ms: type_words(app, window.search, words, ms / 1000) for ms in typing}

    window.open_id("summary-1")
    panel = window.notes_panel
    panel.new_note()
    while panel.note is None:
        app.processEvents()
        time.sleep(0.001)
    settle()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    gui, stored = [], []
    for n in range(5):
        panel.editor.setPlainText(f"Hearing notes, version {n}")
        t0 = time.perf_counter()
        task = panel.save()
        gui.append(time.perf_counter() - t0)
        landed: list[float] = []
        task.done.connect(lambda landed=landed: landed.append(time.perf_counter()))
        while not landed:
            app.processEvents()
            time.sleep(0.0005)
        app.processEvents()  # the window's refresh after the change
        stored.append(time.perf_counter() - t0)
    timer.stop()
    stall = max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)
    window.close()
    return {
        "keys": keys,
        "gui": gui,
        "stored": stored,
        "stall": stall,
        "rss_typed": rss_typed,
        "debounce": debounced,
        "typing": letters,
    }


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, nargs="+", default=[0, 1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=Path("/tmp/muragat-bench-data"))
    parser.add_argument("--typed", type=int, default=len(QUERIES), help="searches typed")
    parser.add_argument("--seed", type=int, default=2026, help="the corpus's seed")
    parser.add_argument(
        "--window-only",
        action="store_true",
        help="time to window and memory only (the code before issue 18 spends many minutes "
        "at 10,000 documents syncing the index and laying out every document)",
    )
    parser.add_argument(
        "--debounce", type=int, help="the search field's debounce in ms (default: the app's)"
    )
    parser.add_argument(
        "--typing",
        type=int,
        nargs="*",
        default=[],
        metavar="MS",
        help="also type the ten queries a letter every MS ms (a table per interval)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # one window's interactive measurements, in a fresh process
        got = in_window(Path(args.child), QUERIES, args.typed, args.debounce, args.typing)
        print(json.dumps(got))
        sys.stdout.flush()
        os._exit(0)
    args.data.mkdir(parents=True, exist_ok=True)
    folders = {n: make_data(args.data, n, args.seed) for n in args.documents}
    print(f"source: {ROOT}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for n, (_, info) in folders.items():
        print(f"{n:>9}: {info['corpus']}; {info['notes']} notes")
    print(f"typed searches: {args.typed} (the ten queries, cycled); keys p50/p95 over them")
    bare = starts(BARE, args.runs, args.data)
    print(f"bare PySide6 window: {statistics.median(r[0] for r in bare):.2f} s to window")
    print(
        f"{'imported':>9}{'to window s':>13}{'RSS MB':>8}{'all loaded s':>14}"
        f"{'load stall ms':>15}{'RSS loaded':>12}{'CPU s':>7}{'GUI CPU s':>11}"
        f"{'keys p50 ms':>13}{'p95':>6}{'RSS typed':>11}{'save GUI ms':>13}{'stored ms':>11}"
        f"{'stall ms':>10}"
    )
    typing_rows: list[tuple[int, dict]] = []
    for documents in args.documents:
        data = folders[documents][0]
        if args.window_only:
            os.environ["BENCH_WINDOW_ONLY"] = "1"
            rows = starts(WINDOW, args.runs, data)
            print(
                f"{documents:>9}{statistics.median(r[0] for r in rows):>13.2f}"
                f"{statistics.median(r[1] for r in rows):>8.0f}",
                flush=True,
            )
            continue
        rows = starts(WINDOW, args.runs, data)
        options = ["--typed", str(args.typed), "--typing", *map(str, args.typing)]
        if args.debounce is not None:
            options += ["--debounce", str(args.debounce)]
        child = subprocess.run(
            [sys.executable, __file__, "--child", str(data), *options],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if child.returncode != 0:
            raise RuntimeError(child.stderr[-2000:])
        got = json.loads(child.stdout.strip().splitlines()[-1])
        print(
            f"{documents:>9}{statistics.median(r[0] for r in rows):>13.2f}"
            f"{statistics.median(r[1] for r in rows):>8.0f}"
            f"{statistics.median(r[2] for r in rows):>14.1f}"
            f"{statistics.median(r[3] for r in rows) * 1000:>15.0f}"
            f"{statistics.median(r[4] for r in rows):>12.0f}"
            f"{statistics.median(r[5] for r in rows):>7.2f}"
            f"{statistics.median(r[6] for r in rows):>11.2f}"
            f"{statistics.median(got['keys']) * 1000:>13.0f}{p95(got['keys']) * 1000:>6.0f}"
            f"{got['rss_typed']:>11.0f}"
            f"{statistics.median(got['gui']) * 1000:>13.1f}"
            f"{statistics.median(got['stored']) * 1000:>11.0f}{got['stall'] * 1000:>10.0f}",
            flush=True,
        )
        typing_rows.append((documents, got))
    for documents, got in typing_rows:
        for ms, t in got["typing"].items():
            print(
                f"typing at {documents:,} documents, a letter every {ms} ms, debounce "
                f"{got['debounce']} ms, the ten queries ({len(t['late'])} letters): letter "
                f"handled late p50 {statistics.median(t['late']) * 1000:.1f} ms, p95 "
                f"{p95(t['late']) * 1000:.1f}, max {max(t['late']) * 1000:.1f}; searches "
                f"started {sum(t['started'])}, results shown while typing "
                f"{sum(t['shown']) - len(t['shown'])}; last letter to results p50 "
                f"{statistics.median(t['last']) * 1000:.0f} ms, p95 {p95(t['last']) * 1000:.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
