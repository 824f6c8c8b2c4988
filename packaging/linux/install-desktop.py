"""Install the desktop entry, icons and AppStream metainfo for the current user, after `pip install`
or `pipx install`, so that Briefing Viewer appears in the applications menu and opens .yaml files.

    python3 packaging/linux/install-desktop.py [--exec PATH] [--prefix DIR] [--uninstall]

Run it from the source tree (a clone or the unpacked sdist). The entry's Exec is the absolute path
of the installed `briefing-app` (found on PATH unless --exec names it), so the menu works even when
~/.local/bin is not on the PATH the desktop session sees.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APP_ID = "io.github.briefingviewer.BriefingViewer"
ICON = "briefing-app"


def files(share: Path) -> list[tuple[Path, Path]]:
    icons = ROOT / "resources" / "icons"
    return [
        (icons / f"{ICON}.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON}.svg"),
        (icons / "hicolor" / "256x256" / "apps" / f"{ICON}.png", share / "icons" / "hicolor" / "256x256" / "apps" / f"{ICON}.png"),
        (HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
    ]


def desktop_entry(executable: str) -> str:
    text = (HERE / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    quoted = shlex.quote(executable) if " " in executable else executable
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quoted} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={executable}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def refresh(share: Path) -> None:
    """Tell the desktop about the new entry and icons; each tool is optional."""
    for command in (["update-desktop-database", str(share / "applications")],
                    ["gtk-update-icon-cache", "--force", "--ignore-theme-index", str(share / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exec", dest="executable", help="the briefing-app to start (default: the one on PATH)")
    parser.add_argument("--prefix", default=os.environ.get("XDG_DATA_HOME") and str(Path(os.environ["XDG_DATA_HOME"]).parent)
                        or str(Path.home() / ".local"), help="install under PREFIX/share (default: ~/.local)")
    parser.add_argument("--uninstall", action="store_true", help="remove what an earlier run installed")
    args = parser.parse_args()
    share = Path(args.prefix).expanduser() / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    if args.uninstall:
        for _, target in files(share):
            target.unlink(missing_ok=True)
        entry.unlink(missing_ok=True)
        refresh(share)
        print(f"removed the desktop entry, icons and metainfo from {share}")
        return 0
    executable = args.executable or shutil.which("briefing-app")
    if not executable:
        print("briefing-app is not on PATH: install it first (pipx install .), or name it with --exec", file=sys.stderr)
        return 1
    executable = str(Path(executable).resolve())
    for source, target in files(share):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(executable), encoding="utf-8")
    refresh(share)
    print(f"installed {entry} (Exec={executable}), its icons and metainfo under {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
