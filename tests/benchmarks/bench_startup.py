"""Benchmark: from launch to a visible window, against a bare PySide6 main window with three empty tabs.

Run from the repository: python -m tests.benchmarks.bench_startup [--runs N]
Each run starts a fresh Python process and stops the clock when the event loop first runs after
the window is shown; for the app, a second clock stops when the tabs are filled from the bundled
briefing. Targets (the large-briefings issue): the window visible within 1.3x the bare window, the
bundled briefing shown within 1.5x; side by side in one run. A third script shows what any table of the
bundled YAML costs after the same bare window: the floor under the second target. A fourth starts the app
with YAML, the loader and the model imported and the file read before the window: from shown to filled it
times what the tabs alone add, against what the 1.5x target leaves after the window shows.
With DISPLAY set it uses the xcb platform (e.g. under `Xvfb :99 &` with DISPLAY=:99), else offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from briefing_app.support.resources import bundled_briefing

# Both scripts print a line once the window has been shown and the event loop has painted it.
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication([])
window = QMainWindow()
tabs = QTabWidget()
for name in ("One", "Two", "Three"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

# The floor under the second target: the same bare window, then, as the app does after show, the
# bundled file read with PyYAML's C loader and its events shown in a plain table (the Qt namespace
# and the table classes' enums are built then, as for any table). No check, no model, no chart.
FLOOR = BARE.replace(
    'QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))',
    """def fill():
    print("shown", flush=True)
    import yaml
    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import QTableView
    with open(%r, encoding="utf-8") as f:
        events = yaml.load(f, Loader=yaml.CSafeLoader)["events"]
    class Events(QAbstractTableModel):
        def rowCount(self, parent=None):
            return len(events)
        def columnCount(self, parent=None):
            return 3
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(events[index.row()].get(("when", "title", "id")[index.column()], ""))
            return None
    view = QTableView()
    view.setModel(Events(view))
    tabs.removeTab(0)
    tabs.insertTab(0, view, "One")
    tabs.setCurrentIndex(0)
    QTimer.singleShot(0, lambda: (print("filled", flush=True), app.quit()))
QTimer.singleShot(0, fill)""")

# The app as `briefing-app` starts it (ui.run.launch): it also says when the tabs are filled.
APP = """
from PySide6.QtCore import QTimer
from briefing_app.ui.run import launch, make_app
app = make_app([])
QTimer.singleShot(0, lambda: print("shown", flush=True))  # queued before launch() queues the load
window = launch(None)
def check():
    if window.briefing is not None:
        print("filled", flush=True)
        app.quit()
poll = QTimer()
poll.timeout.connect(check)
poll.start(1)
app.exec()
"""

# The app with its data read before the clock that matters: YAML, the loader and the model are imported
# and the bundled file is read before the window is made, and the load returns that briefing. Only the
# interval from "shown" to "filled" is used: the tabs' own cost (their Qt classes, building, filling).
DATA_READ = """
import briefing_app.reading.loader as loader
from briefing_app.support.resources import bundled_briefing
read = loader.load_file(str(bundled_briefing()))
loader.load_text = lambda text, name="<text>", *more, **options: read  # taken by the load, imported after show
""" + APP


def launch(script: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from launch to each line the script prints ("shown", and "filled" for the app)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    seen = {line.strip(): time.perf_counter() - start for line in process.stdout}
    process.wait(timeout=60)
    if "shown" not in seen:
        raise RuntimeError("the window never showed")
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    # A real X server (Xvfb will do) when there is one: that is what a user's start-up is made of.
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    # A settings folder of its own, so the app opens the bundled briefing as on a first start.
    env["XDG_CONFIG_HOME"] = os.path.join(os.environ.get("TMPDIR", "/tmp"), "briefing-bench-config")
    # An installed app runs from compiled bytecode (pip compiles it); let the warm-up runs write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    floor_script = FLOOR % str(bundled_briefing())
    launch(BARE, env)  # warm the file cache for all four
    launch(floor_script, env)
    launch(APP, env)
    launch(DATA_READ, env)
    bare, floor, shown, filled, tabs = [], [], [], [], []
    for _ in range(args.runs):  # alternate, so drift in the machine's load hits all alike
        bare.append(launch(BARE, env)["shown"])
        floor.append(launch(floor_script, env)["filled"])
        app = launch(APP, env)
        shown.append(app["shown"])
        filled.append(app["filled"])
        read = launch(DATA_READ, env)
        tabs.append(read["filled"] - read["shown"])
    b, fl = statistics.median(bare), statistics.median(floor)
    s, f = statistics.median(shown), statistics.median(filled)
    print(f"platform: {env['QT_QPA_PLATFORM']}, {args.runs} runs each, medians")
    print(f"bare PySide6 window with three empty tabs:      {b * 1000:7.1f} ms")
    print(f"briefing-app window visible:                    {s * 1000:7.1f} ms   = {s / b:.2f}x (target <= 1.30x)")
    print(f"briefing-app tabs filled from the bundled file: {f * 1000:7.1f} ms   = {f / b:.2f}x (target <= 1.50x)")
    print(f"floor: the bare window, then the file's events in a plain table: {fl * 1000:.1f} ms = {fl / b:.2f}x")
    t = statistics.median(tabs)
    print(f"from shown to filled with the file read before launch (the tabs alone): {t * 1000:.1f} ms;"
          f" the 1.5x target leaves {(1.5 * b - s) * 1000:.1f} ms after the window shows")


if __name__ == "__main__":
    main()
