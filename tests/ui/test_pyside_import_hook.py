"""PySide's import hook no longer reads the source of each module imported after ui/run.py, the module
that starts the window, and Qt's names stay as they are in those modules (ui/pyside_import_hook.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LATER = '''
from PySide6.QtCore import QObject


def names():
    thing = QObject()
    thing.setObjectName("kept")
    return thing.objectName(), hasattr(thing, "object_name")  # no snake_case switched on
'''

SCRIPT = '''
import linecache, sys
sys.path.insert(0, sys.argv[1])
import {first}  # noqa
import later
print(any(name.endswith("later.py") for name in linecache.cache), later.names())
'''


def _run(tmp_path: Path, first: str) -> str:
    (tmp_path / "later.py").write_text(LATER, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(first=first), str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_modules_imported_after_the_window_starter_are_not_read_and_keep_qt_names(tmp_path: Path) -> None:
    assert _run(tmp_path, "briefing_app.ui.run") == "False ('kept', False)"


def test_without_it_pyside_reads_each_module_it_sees_imported(tmp_path: Path) -> None:
    # What the first test checks is there to see: PySide's own hook reads a module imported after it.
    assert _run(tmp_path, "PySide6.QtCore") == "True ('kept', False)"
