"""Benchmark: the network of a large briefing (50,000 events, 20,000 people) and the Network tab's drawing.

Run from the repository: python -m tests.benchmarks.bench_graph [--events N] [--people N]
Targets (the Network issue): building the graph adds at most 20 % to the load of a 50,000-event file
(since the large-briefings work it is no longer part of the load at all: the tab builds it in the
background when first shown, and this is how long that takes); drawing a neighbourhood (two steps, at
most 200 nodes) takes under 100 ms. Also printed: what networkx
costs to import (paid on the first graph, not at start-up) and its size on disk (the bundle grows by it).
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from briefing_app.graph.build import build_graph  # noqa: E402
from briefing_app.reading.loader import load_bundled  # noqa: E402
from briefing_app.ui.loading.background import gui_first  # noqa: E402
from briefing_app.ui.loading.build import build  # noqa: E402
from briefing_app.ui.tabs.network.tab import NetworkTab  # noqa: E402

from ..synthetic import make_briefing  # noqa: E402


def import_cost(runs: int) -> tuple[float, float, bool]:
    """Median seconds to import the model alone and the model with networkx, in fresh interpreters;
    and whether importing the Network tab's module leaves networkx unloaded."""
    def timed(code: str) -> float:
        out = subprocess.run([sys.executable, "-c", f"import time; t = time.perf_counter(); {code}; "
                              "print(time.perf_counter() - t)"], check=True, capture_output=True, text=True)
        return float(out.stdout)

    base = statistics.median(timed("import briefing_app.core.model") for _ in range(runs))
    with_nx = statistics.median(timed("import briefing_app.core.model, networkx") for _ in range(runs))
    lazy = subprocess.run([sys.executable, "-c", "import sys, briefing_app.ui.tabs.network.tab; "
                           "print('networkx' in sys.modules)"], check=True, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return base, with_nx, lazy.stdout.strip() == "False"


def disk_size() -> tuple[float, float]:
    import networkx

    root = Path(networkx.__file__).parent
    files = [p for p in root.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    tests = sum(p.stat().st_size for p in files if "tests" in p.relative_to(root).parts)
    return total / 1e6, (total - tests) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--centres", type=int, default=30)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)

    base, with_nx, lazy = import_cost(5)
    print(f"import briefing_app.core.model:            {base * 1000:7.1f} ms (baseline)")
    print(f"import briefing_app.core.model + networkx: {with_nx * 1000:7.1f} ms = +{(with_nx - base) * 1000:.1f} ms, paid at the first graph")
    print(f"importing ui/tabs/network/tab.py leaves networkx unloaded: {lazy}")
    total, no_tests = disk_size()
    print(f"networkx on disk: {total:.1f} MB ({no_tests:.1f} MB without its tests)")

    text = make_briefing(args.events, args.people)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "synthetic.yaml")
        Path(path).write_text(text, encoding="utf-8")
        gc.collect()
        start = time.perf_counter()
        loaded = build(path, background=True)
        load = time.perf_counter() - start
    b = loaded.briefing
    gc.collect()
    start = time.perf_counter()
    with gui_first():  # as the Network tab's background job builds it (with the collector's view of the heap frozen)
        net = build_graph(b)
    graph = time.perf_counter() - start
    print(f"load of {args.events:,} events, {args.people:,} people (ui.loading.build): {load:6.2f} s (baseline)")
    print(f"build_graph: {len(net):,} nodes, {net.link_count:,} links:        {graph:6.2f} s = "
          f"{graph / load * 100:.1f} % of the load (target <= 20 %), paid when the tab is first shown, in the background")

    tab = NetworkTab()
    tab.resize(1200, 760)
    tab.show()
    small = load_bundled()
    start = time.perf_counter()
    tab.set_briefing(small)
    tab.view.viewport().grab()
    print(f"bundled file drawn whole ({len(tab.nodes)} nodes), with a paint: {(time.perf_counter() - start) * 1000:6.1f} ms (baseline)")
    tab.set_briefing(b)
    while tab.network is None:  # built in the background, as in the window
        app.processEvents()
        time.sleep(0.01)
    rng = random.Random(3)
    centres = [hub.id for hub, _ in net.most_connected(5)]
    centres += rng.sample([p.id for p in b.people], args.centres // 2)
    centres += rng.sample([e.id for e in b.events], args.centres - len(centres))
    drawn, painted = [], []
    for centre in centres:
        start = time.perf_counter()
        tab.show_record("person", centre)
        drawn.append(tab.last_draw_seconds)
        tab.view.viewport().grab()  # the paint of what was drawn
        painted.append(time.perf_counter() - start)
        app.processEvents()
    print(f"neighbourhood of {len(centres)} records (hubs, people, events), at most 200 nodes:")
    print(f"  graph query + layout + scene:  median {statistics.median(drawn) * 1000:6.1f} ms, worst {max(drawn) * 1000:6.1f} ms")
    print(f"  ... and the first paint:       median {statistics.median(painted) * 1000:6.1f} ms, worst {max(painted) * 1000:6.1f} ms (target < 100 ms)")


if __name__ == "__main__":
    main()
