"""Benchmark: the library (#27), each figure against one measured in the same run.

Run from the repository: python -m tests.benchmarks.bench_library [--events N] [--files N] [--runs N]
Prints:
- reopening a large file (default 50,000 events) from the library, against parsing it (target <= 0.1x);
- the bundled briefing shown at start-up from the library, against the app without a library, the app with
  PySide reading every module's source, and a bare window (target <= 1.7x the bare window); medians, each
  round's own ratio, and with valgrind installed the instructions each start-up runs;
- the longest event-loop gap while the large file opens from the library in the window (target < 50 ms);
- indexing generated briefing files of 100-2,000 events (default 1,000 files), against validating them;
- the name search across those files: p95 and worst of 200 queries (target p95 <= 10 ms).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="briefing-bench-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="briefing-bench-data-")

from briefing_app.library.catalog import Library  # noqa: E402
from briefing_app.reading.files import read_text  # noqa: E402
from briefing_app.reading.loader import load_text  # noqa: E402
from briefing_app.support.resources import bundled_briefing  # noqa: E402

from .bench_startup import APP, BARE, launch  # noqa: E402
from ..synthetic import make_briefing  # noqa: E402

NO_LIBRARY = "from briefing_app.ui.library import service\nservice.LibraryService.usable_path = lambda self: None\n" + APP
# The app as it started before ui/pyside_import_hook: PySide's import hook reads every module's source.
SOURCES_READ = "from briefing_app.ui import pyside_import_hook\npyside_import_hook.stop_reading_sources = lambda: False\n" + APP


def reopen(path: str, rounds: int) -> None:
    library = Library()
    parse, cached = [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        load_text(read_text(path), path)
        parse.append(time.perf_counter() - t0)
    opened = library.open(path)
    library.store(path, opened.fingerprint, opened.briefing)
    for _ in range(rounds):
        t0 = time.perf_counter()
        again = library.open(path)
        cached.append(time.perf_counter() - t0)
        assert again.from_library
    p, c = statistics.median(parse), statistics.median(cached)
    print(f"reopen the large file: parse {p * 1000:.0f} ms, from the library {c * 1000:.0f} ms = {c / p:.3f}x (target <= 0.1x;"
          f" {rounds} rounds, medians)")
    library.close()


def startup(runs: int) -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    library = Library()
    library.index(str(bundled_briefing()))
    library.close()
    for script in (BARE, APP, NO_LIBRARY, SOURCES_READ):
        launch(script, env)
    scripts = {"bare": (BARE, "shown"), "cached": (APP, "filled"), "plain": (NO_LIBRARY, "filled"), "read": (SOURCES_READ, "filled")}
    times: dict[str, list[float]] = {name: [] for name in scripts}
    for n in range(runs):
        names = list(scripts)
        for name in names[n % 4:] + names[:n % 4]:  # each script in each place of the round in turn
            script, line = scripts[name]
            times[name].append(launch(script, env)[line])
    b, c, p, r = (statistics.median(times[name]) for name in scripts)
    print(f"start-up, {env['QT_QPA_PLATFORM']}, {runs} runs each, medians: bare window {b * 1000:.1f} ms; bundled briefing shown"
          f" from the library {c * 1000:.1f} ms = {c / b:.2f}x (target <= 1.70x); without a library {p * 1000:.1f} ms = {p / b:.2f}x;"
          f" from the library with PySide reading every module's source {r * 1000:.1f} ms = {r / b:.2f}x")
    # On a machine whose speed drifts, what is measured within each round says more than medians of whole runs.
    def per_round(name: str) -> float:
        return statistics.median(t / bare for t, bare in zip(times[name], times["bare"]))

    saved = statistics.median(was - now for was, now in zip(times["read"], times["cached"]))
    print(f"  each round against its own bare window (median of the {runs} ratios): from the library {per_round('cached'):.2f}x,"
          f" without a library {per_round('plain'):.2f}x, with PySide reading sources {per_round('read'):.2f}x;"
          f" PySide's source reading skipped: {saved * 1000:.1f} ms shorter (median of the rounds' differences)")
    instructions(env)


def instructions(env: dict[str, str]) -> None:
    """The same start-ups counted in instructions under valgrind's callgrind: one run each, the same count
    every time, where the machine's drift moves the clocks by a third. Not time (a page fault or a read
    from disk costs no instruction), but the work the code asks for. The script stops at once where the
    timed one prints."""
    import shutil
    import subprocess
    import sys

    if shutil.which("valgrind") is None:
        print("  instructions: valgrind is not installed (Debian: apt-get install valgrind)")
        return
    counts = {}
    for name, script in (("bare", BARE), ("from the library", APP), ("without a library", NO_LIBRARY),
                         ("with PySide reading sources", SOURCES_READ)):
        quick = script.replace('print("shown", flush=True)' if name == "bare" else 'print("filled", flush=True)',
                               '__import__("os")._exit(0)')
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/out", sys.executable, "-c", quick],
                                  env=env, capture_output=True, text=True, timeout=600)
        counts[name] = int(done.stderr.split("Collected :")[1].split()[0])
    bare = counts.pop("bare")
    print(f"  instructions (callgrind): bare window {bare / 1e6:,.0f} M; "
          + "; ".join(f"{name} {n / 1e6:,.0f} M = {n / bare:.2f}x" for name, n in counts.items()))


def gap_while_opening(path: str) -> None:
    from PySide6.QtCore import QElapsedTimer, QTimer

    from briefing_app.ui.run import make_app, open_window

    app = make_app([])
    window = open_window(None)
    window.show()
    while window.loading:
        app.processEvents()
    worst = [0]
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        worst[0] = max(worst[0], clock.restart())

    timer.timeout.connect(tick)
    results = []
    for _ in range(2):  # the first from YAML (it stores the entry), the second from the library
        while window.library.busy:
            app.processEvents()
            time.sleep(0.001)
        worst[0] = 0
        clock.start()
        timer.start()
        t0 = time.perf_counter()
        window.open_path(path)
        while window.loading:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        results.append((time.perf_counter() - t0, worst[0], window.current.from_library if window.current else False))
    (yaml_s, yaml_gap, _), (lib_s, lib_gap, from_library) = results
    assert from_library
    print(f"open in the window: from YAML {yaml_s:.2f} s, longest event-loop gap {yaml_gap} ms; from the library {lib_s:.2f} s,"
          f" longest gap {lib_gap} ms (target < 50 ms)")
    window.close()


def many(files: int, folder: str, seed: int = 5) -> None:
    rng = random.Random(seed)
    paths = []
    for n in range(files):
        events = rng.randint(100, 2000)
        path = os.path.join(folder, f"b{n:04d}.yaml")
        if not os.path.exists(path):  # --folder: made by an earlier run
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(make_briefing(events, max(20, events // 3), seed=n))
        paths.append(path)
    t0 = time.perf_counter()
    for path in paths:
        load_text(read_text(path), path)
    validation = time.perf_counter() - t0
    library = Library()
    library.add_folder(folder)
    t0 = time.perf_counter()
    for path in paths:
        library.index(path, folder)
    indexing = time.perf_counter() - t0
    print(f"{files} files of 100-2,000 events: validated in {validation:.1f} s, indexed in {indexing:.1f} s = {indexing / validation:.2f}x")
    t0 = time.perf_counter()
    people = library.people()
    print(f"  the people of every briefing, and their name index, made in {time.perf_counter() - t0:.2f} s")
    queries = []
    names = [row[0] for row in library.db.execute("SELECT text FROM names ORDER BY random() LIMIT 200")]
    for name in names:
        words = name.split()
        typed = " ".join(reversed(words)) if rng.random() < 0.5 else name
        if rng.random() < 0.3 and len(typed) > 4:  # a slip
            at = rng.randrange(1, len(typed) - 1)
            typed = typed[:at] + typed[at + 1:]
        queries.append(typed)
    times = []
    for typed in queries:
        t0 = time.perf_counter()
        people.search(typed)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(f"  name search across {files} files, {len(times)} queries: median {statistics.median(times):.2f} ms,"
          f" p95 {times[int(len(times) * 0.95)]:.2f} ms, worst {times[-1]:.2f} ms (target p95 <= 10 ms)")
    library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--folder", help="where the generated files are kept (made when missing), to reuse them in another run")
    parser.add_argument("--only", choices=("startup", "large", "many"), help="one part of the benchmark")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    if args.only in (None, "startup"):
        startup(args.runs)
    if args.only in (None, "large"):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "large.yaml")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(make_briefing(args.events, args.people))
            reopen(path, args.rounds)
            gap_while_opening(path)
    if args.only in (None, "many"):
        if args.folder:
            os.makedirs(args.folder, exist_ok=True)
            many(args.files, args.folder)
        else:
            with tempfile.TemporaryDirectory() as folder:
                many(args.files, folder)


if __name__ == "__main__":
    main()
