"""Benchmark: the drawn timeline with a large briefing (offscreen).

Run from the repository: python -m tests.benchmarks.bench_timeline [--events N] [--eras N] [--runs N]
    [--baseline REV] [--no-gc]
For a synthetic briefing (default 50,000 events, spans among them, and 3,000 eras) prints, for the
timeline as it is and, as the baseline in the same run, the code at REV (default: 259ed65, main before
the timeline kept its marks and lanes as rows; "merge-base" for where a branch left main), exported
from git to a temporary folder and run by this same script in a subprocess:
- building what the view draws (off the GUI thread, with the load), timed once;
- a full repaint (layout and painting) at Fit and at a mid and a deep zoom: median and worst;
- a zoom step (zoom in, repaint): median and worst;
- a hover lookup (what is under the cursor) and a step with the arrow key from nothing chosen;
- for the large file of tests/synthetic.py (make_large, loaded with loader.load_file): the tracked
  objects the TimelineData adds over the briefing alone, and one full gc.collect() with and without it.
  A full pass walks every tracked container and runs in the loading thread holding the GIL the window
  needs, so what the timeline keeps should add almost nothing to it.
Target: repaint and zoom step under 16 ms. The machine may be shared: times are CPU times of the thread.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="briefing-bench-")

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from briefing_app.reading.loader import load_text  # noqa: E402
from briefing_app.timeline.data import TimelineData  # noqa: E402
from briefing_app.ui.run import make_app  # noqa: E402
from briefing_app.ui.tabs.timeline.view import TimelineView  # noqa: E402

from ..timeline_synthetic import timeline_briefing  # noqa: E402

SIZE = (1260, 460)


def summary(times: list[float]) -> str:
    return f"median {statistics.median(times):7.2f} ms, worst {max(times):7.2f} ms"


def timed(action: Callable[[], None], runs: int) -> list[float]:
    """CPU time of this thread per run, in ms: the machine is shared, and wall time there counts the
    other workers' turns as ours (wall time is printed once at the end for comparison)."""
    out = []
    for _ in range(runs):
        start = time.thread_time()
        action()
        out.append((time.thread_time() - start) * 1000)
    return out


def gc_figures() -> None:
    """Tracked objects and the full collection's time, the large file's briefing alone and with its timeline."""
    from ..synthetic import make_large
    from briefing_app.reading.loader import load_file

    folder = tempfile.mkdtemp(prefix="briefing-bench-gc-")
    path = os.path.join(folder, "large.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(make_large())
    briefing = load_file(path)

    def settle() -> None:
        for _ in range(3):  # a pass untracks a tuple once its items are: nested rows take a pass per level
            gc.collect()

    def full_pass() -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            gc.collect()
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times)

    settle()
    alone_ms = full_pass()
    known = {id(o) for o in gc.get_objects()}
    alone = len(known)
    start = time.perf_counter()
    data = TimelineData.of(briefing)
    built = (time.perf_counter() - start) * 1000
    settle()
    with_ms = full_pass()
    new = {id(o): o for o in gc.get_objects() if id(o) not in known}
    held, todo = {id(data)}, [data]  # what the TimelineData itself reaches, among the new tracked objects
    while todo:
        for o in gc.get_referents(todo.pop()):
            if id(o) in new and id(o) not in held:
                held.add(id(o))
                todo.append(o)
    print(f"large file (make_large, {len(briefing.events):,} events): TimelineData.of {built:.0f} ms")
    print(f"  tracked objects: briefing alone {alone:,}, with its timeline {alone + len(new):,}: "
          f"{len(new):,} more, {len(held):,} of them held by the TimelineData (the rest the model kept from being read)")
    print(f"  one full gc.collect(): {alone_ms:.1f} ms without the timeline, {with_ms:.1f} ms with it (median of 5)")
    del data, new, todo


BEFORE_ROWS = "259ed65"  # main before the timeline kept its rows as plain tuples


def run_baseline(rev: str, argv: list[str]) -> None:
    """This script, run on the code at `rev` exported from git: the same figures, the same machine, now."""
    root = Path(__file__).resolve().parents[2]
    try:
        if rev == "merge-base":
            rev = subprocess.run(["git", "merge-base", "HEAD", "main"], cwd=root, capture_output=True, text=True,
                                 check=True).stdout.strip()
        archive = subprocess.run(["git", "archive", rev, "briefing_app", "tests"], cwd=root, capture_output=True,
                                 check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        print(f"baseline {rev}: not available (no git history here)")
        return
    folder = tempfile.mkdtemp(prefix="briefing-bench-baseline-")
    subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
    shutil.copy(__file__, os.path.join(folder, "tests", "benchmarks", "bench_timeline.py"))
    print(f"\n=== baseline: the code at {rev[:10]} ===", flush=True)
    subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_timeline", *argv, "--baseline", "none"],
                   cwd=folder, check=False, env={**os.environ, "PYTHONPATH": folder})


def measure(name: str, view: QWidget, fit: Callable[[], None], zoom_in: Callable[[], None],
            hover: Callable[[QPointF], object], around: float, runs: int) -> None:
    canvas = QPixmap(view.size())

    def paint() -> None:
        view.render(canvas)  # paintEvent, synchronously, as the window would run it

    def repaint_fresh() -> None:
        if hasattr(view, "_scene"):
            view._scene = None  # type: ignore[attr-defined]  # lay out again: a full repaint
        paint()

    print(f"{name} (CPU time of the GUI thread):")
    for label, factor in (("Fit", 1.0), ("mid zoom (1/30)", 30.0), ("deep zoom (1/3000)", 3000.0)):
        fit()
        if factor > 1:
            view.zoom(factor, around)  # type: ignore[attr-defined]
        print(f"  full repaint at {label:18}: {summary(timed(repaint_fresh, runs))}")
    fit()
    steps: list[float] = []
    for _ in range(3):
        fit()
        for _ in range(8):
            steps += timed(lambda: (zoom_in(), paint()), 1)
    print(f"  zoom step (zoom in, repaint)     : {summary(steps)}")
    fit()
    paint()
    points = [QPointF(200 + (n * 37) % (SIZE[0] - 220), 40 + (n * 53) % (SIZE[1] - 80)) for n in range(200)]
    lookups: list[float] = []
    for p in points:
        lookups += timed(lambda p=p: hover(p), 1)
    print(f"  hover lookup                     : {summary(lookups)}")
    if hasattr(view, "step_selection"):
        steps = []
        for _ in range(runs):
            fit()
            view.select(None)  # type: ignore[attr-defined]
            steps += timed(lambda: view.step_selection(1), 1)  # type: ignore[attr-defined]
        print(f"  arrow key from nothing chosen    : {summary(steps)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--eras", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--baseline", default=BEFORE_ROWS, help="a git revision, 'merge-base', or 'none'")
    parser.add_argument("--no-gc", action="store_true", help="skip the large file's collector figures")
    args = parser.parse_args()
    here = Path.cwd()
    print(f"=== the code in {here} ===")
    if not args.no_gc:
        gc_figures()
    make_app([])
    text = timeline_briefing(events=args.events, eras=args.eras, people=2_000)
    briefing = load_text(text, "bench.yaml")
    spans = sum(1 for e in briefing.events if e.when.end is not None and not e.era)
    print(f"{args.events} events ({spans} of them spans) and {args.eras} eras; view {SIZE[0]}x{SIZE[1]} px")
    start = time.perf_counter()  # the collector on, as in the loading thread
    data = TimelineData.of(briefing)
    built = (time.perf_counter() - start) * 1000
    print(f"building what the view draws (off the GUI thread, with the load): {built:.0f} ms")

    view = TimelineView()
    view.resize(*SIZE)
    view.show()
    view.set_marks(data)
    measure("timeline", view, view.reset_view, view.zoom_in, lambda p: view.tooltip_at(p), 1990.0, args.runs)
    sys.stdout.flush()
    if args.baseline != "none":
        argv = ["--events", str(args.events), "--eras", str(args.eras), "--runs", str(args.runs)]
        run_baseline(args.baseline, argv + (["--no-gc"] if args.no_gc else []))


if __name__ == "__main__":
    main()
