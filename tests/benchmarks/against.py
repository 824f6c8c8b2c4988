"""Run benchmarks here and on an earlier commit, one after the other, and print both.

Run from the repository: python -m tests.benchmarks.against --rev 76deba7 bench_startup bench_ui …
Each benchmark is run from its own commit's copy (a temporary git worktree of REV, whose modules and
benchmark scripts may have other names), first on REV, then here, `--rounds` times, alternating: this
machine's speed drifts from minute to minute, and a baseline is only fair when taken beside the
figure it judges. Options after `--` go to every benchmark.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(tree: Path, bench: str, extra: list[str]) -> str:
    env = {**os.environ, "PYTHONPATH": str(tree)}  # ahead of the editable install: that tree's own package
    done = subprocess.run([sys.executable, "-m", f"tests.benchmarks.{bench}", *extra], cwd=tree, env=env,
                          capture_output=True, text=True)
    return done.stdout + (f"\n[exit {done.returncode}]\n{done.stderr[-2000:]}" if done.returncode else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rev", required=True, help="the commit to compare with")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("benchmarks", nargs="+", help="module names under tests/benchmarks, e.g. bench_ui")
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    args, extra = parser.parse_args(argv[:split]), argv[split + 1:]
    with tempfile.TemporaryDirectory() as folder:
        old = Path(folder) / "baseline"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old), args.rev], check=True)
        try:
            for bench in args.benchmarks:
                for round_ in range(1, args.rounds + 1):
                    for label, tree in ((args.rev, old), ("this tree", ROOT)):
                        print(f"===== {bench}, round {round_}: {label}", flush=True)
                        print(run(tree, bench, extra), flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)


if __name__ == "__main__":
    main()
