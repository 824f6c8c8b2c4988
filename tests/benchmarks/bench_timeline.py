"""Benchmark: the drawn timeline with a large briefing (offscreen).

Run from the repository: python -m tests.benchmarks.bench_timeline [--events N] [--eras N] [--runs N]
For a synthetic briefing (default 50,000 events, spans among them, and 3,000 eras) prints, for the
timeline as it is and, as the baseline in the same run, the view as it was before this rework (read
from git at BASELINE):
- a full repaint (layout and painting) at Fit and at a mid and a deep zoom: median and worst;
- a zoom step (zoom in, repaint): median and worst;
- a hover lookup (what is under the cursor): median and worst.
Target: repaint and zoom step under 16 ms. Building what the view draws is timed once (it runs off
the GUI thread while the file loads).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="briefing-bench-")

from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from briefing_app.loader import load_text  # noqa: E402
from briefing_app.timeline_data import TimelineData  # noqa: E402
from briefing_app.ui.run import make_app  # noqa: E402
from briefing_app.ui.timeline_view import TimelineView  # noqa: E402

from ..timeline_synthetic import timeline_briefing  # noqa: E402

BASELINE = "e9a5d6c"  # main before the timeline rework
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


def old_view_module() -> types.ModuleType | None:
    """The timeline view as it was at BASELINE, loaded from git beside the new one."""
    root = Path(__file__).resolve().parents[2]
    try:
        source = subprocess.run(["git", "show", f"{BASELINE}:briefing_app/ui/timeline_view.py"], cwd=root,
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    spec = importlib.util.spec_from_loader("briefing_app.ui._old_timeline_view", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "briefing_app.ui"
    sys.modules[spec.name] = module
    exec(compile(source, "old_timeline_view.py", "exec"), module.__dict__)  # noqa: S102 - our own file from git
    return module


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--eras", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
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
    measure("timeline now", view, view.reset_view, view.zoom_in, lambda p: view.tooltip_at(p), 1990.0, args.runs)

    old = old_view_module()
    if old is None:
        print("baseline: not available (no git history here)")
        return
    old_view = old.TimelineView()
    old_view.resize(*SIZE)
    old_view.show()
    start = time.perf_counter()
    old_marks = old.Marks.of(briefing.events)
    print(f"baseline: building its marks took {(time.perf_counter() - start) * 1000:.0f} ms")
    old_view.set_marks(old_marks)
    old_fit = old_view.reset_view
    measure(f"baseline (the view at {BASELINE})", old_view, old_fit, lambda: old_view.zoom(1.5),
            lambda p: old_view.mark_at(p), 1990.0, max(3, args.runs // 3))


if __name__ == "__main__":
    main()
