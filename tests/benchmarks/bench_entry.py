"""Benchmark: what the `briefing-app` command adds before the window, against the window alone.

Run from the repository: python -m tests.benchmarks.bench_entry [--runs N] [--tree DIR]
Three launches side by side, alternating: a bare PySide6 window with three empty tabs; the app's
window as tests/benchmarks/bench_startup.py starts it (ui.run.launch); and the same after what
`briefing-app`'s window path does first (import briefing_app.app, then the display check, which
dlopens the platform plugin Qt loads next anyway). Each clock stops when the window is shown.
`--tree DIR` runs the app from another checkout (e.g. `git archive` of an older commit), to
compare before and after with the same script.
"""

from __future__ import annotations

import argparse
import os
import statistics

from .bench_startup import APP, BARE, launch

ENTRY = """
import briefing_app.app  # what `briefing-app` imports first
try:
    from briefing_app.support.display_check import window_problem
except ImportError:  # a tree from before the check
    window_problem = lambda: None
problem = window_problem()
assert problem is None, problem
""" + APP

# The same entry steps up to Qt's widgets being imported, without a window: far less noisy on a busy
# machine, and what the entry adds is all before this point.
QT_ONLY = """
import PySide6.QtWidgets
print("shown", flush=True)
"""
ENTRY_TO_QT = ENTRY.replace(APP, "") + QT_ONLY


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tree", help="run the app from this checkout instead of the current one")
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    env["XDG_CONFIG_HOME"] = os.path.join(os.environ.get("TMPDIR", "/tmp"), "briefing-bench-config")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.tree:
        env["PYTHONPATH"] = os.path.abspath(args.tree)
    for script in (BARE, APP, ENTRY, QT_ONLY, ENTRY_TO_QT):  # warm the file cache and write the bytecode
        launch(script, env)
    bare, window, entry = [], [], []
    for _ in range(args.runs):
        bare.append(launch(BARE, env)["shown"])
        window.append(launch(APP, env)["shown"])
        entry.append(launch(ENTRY, env)["shown"])
    qt, to_qt = [], []
    for _ in range(args.runs * 3):
        qt.append(launch(QT_ONLY, env)["shown"])
        to_qt.append(launch(ENTRY_TO_QT, env)["shown"])
    q, t = statistics.median(qt), statistics.median(to_qt)
    b, w, e = statistics.median(bare), statistics.median(window), statistics.median(entry)
    print(f"platform: {env['QT_QPA_PLATFORM']}, {args.runs} runs each, medians; tree: {args.tree or 'this checkout'}")
    print(f"bare PySide6 window with three empty tabs:   {b * 1000:7.1f} ms")
    print(f"app window (ui.run.launch):                  {w * 1000:7.1f} ms   = {w / b:.2f}x")
    print(f"app window after the command's entry steps: {e * 1000:7.1f} ms   = {e / b:.2f}x  (entry adds {(e - w) * 1000:+.1f} ms)")
    print(f"python, import QtWidgets, no window:         {q * 1000:7.1f} ms   ({args.runs * 3} runs)")
    print(f"the command's entry steps, then QtWidgets:   {t * 1000:7.1f} ms   (entry adds {(t - q) * 1000:+.1f} ms)")


if __name__ == "__main__":
    main()
