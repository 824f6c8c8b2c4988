"""No exception vanishes: unexpected errors on any thread are logged to stderr and the log file, and shown."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys, threading
    from briefing_app.support import log
    print("log file:", log.setup(), flush=True)
    shown = []
    log.install_excepthook(lambda summary, details: shown.append(summary))
    def fail():
        raise ValueError("in a thread")
    t = threading.Thread(target=fail)
    t.start(); t.join()
    try:
        raise KeyError("in a slot")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    print("shown:", shown, flush=True)
    """
)


def test_uncaught_errors_are_logged_and_shown(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    log_file = tmp_path / "briefing-app" / "briefing-app.log"
    assert f"log file: {log_file}" in result.stdout
    assert "shown: ['ValueError: in a thread', \"KeyError: 'in a slot'\"]" in result.stdout
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError: in a thread" in text and "KeyError: 'in a slot'" in text and text.count("Traceback") == 2
    assert "unexpected error: ValueError: in a thread" in result.stderr


def test_an_unwritable_state_folder_still_starts(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    env = {**os.environ, "XDG_STATE_HOME": str(blocked)}
    result = subprocess.run([sys.executable, "-c", "from briefing_app.support import log; print(log.setup())"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "None"
    assert "no log file" in result.stderr
