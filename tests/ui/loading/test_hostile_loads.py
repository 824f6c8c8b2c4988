"""The window against hostile files: a pipe, a flat list of 31.9 MB, a name that looks like HTML, a
file just under the old threshold, "[*]" in a title, another host's file:// URL, quitting mid-load."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl, Qt
from PySide6.QtWidgets import QLabel

from briefing_app.support import resources
from briefing_app.ui.loading.controller import CANCELLED, FAILED
from briefing_app.ui.window import files
from briefing_app.ui.window.main_window import MainWindow

from tests.window_fixtures import isolated_settings, window  # noqa: F401 - fixtures

FLAT_LIST = b"title: [" + b"x," * 15_950_000 + b"x]\n"  # issue 25's reproduction: 31.9 MB, one field


def outcomes(window: MainWindow) -> list[str]:
    seen: list[str] = []
    window.loads.finished.connect(seen.append)
    return seen


def padded(bundled_text: str, size: int) -> str:
    """The bundled briefing made `size` bytes long with a comment: the same briefing, a larger file."""
    return bundled_text + "#" + "x" * (size - len(bundled_text.encode("utf-8")) - 2) + "\n"


def test_a_named_pipe_is_refused_in_one_line_and_the_window_stays(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    pipe = tmp_path / "p.yaml"
    os.mkfifo(pipe)
    seen = outcomes(window)
    window.open_path(str(pipe))  # a blocking open() froze the window here for ever
    qtbot.waitUntil(lambda: not window.loading, timeout=30_000)
    assert seen == [FAILED]
    assert window.error_box is not None and window.error_box.windowTitle() == "Cannot open briefing"
    assert window.error_box.informativeText() == f"{pipe}:1:1: (file): this is a named pipe, not a briefing file"
    assert window.briefing is not None and resources.is_bundled(window.briefing.path)


def test_cancel_stops_a_flat_list_of_32_mb_and_says_cancelled(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "flat.yaml"
    path.write_bytes(FLAT_LIST)
    seen = outcomes(window)
    window.open_path(str(path))
    window.cancel_loading()  # the thread's first checkpoint comes inside the one field it composes
    qtbot.waitUntil(lambda: not window.loading, timeout=60_000)
    assert seen == [CANCELLED]
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_flat_list_of_32_mb_is_refused_for_its_length(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "flat.yaml"
    path.write_bytes(FLAT_LIST)
    seen = outcomes(window)
    window.open_path(str(path))
    qtbot.waitUntil(lambda: not window.loading, timeout=60_000)
    assert seen == [FAILED]
    assert window.error_box is not None
    assert window.error_box.informativeText() == f"{path}:1:20009: title[10000]: more than 10,000 items in one list"


def test_the_progress_dialog_shows_a_file_name_as_plain_text(window: MainWindow, qtbot: Any, tmp_path: Path,
                                                              bundled_text: str) -> None:
    path = tmp_path / "<img src=watched.png>x.yaml"
    path.write_text(padded(bundled_text, 200_000), encoding="utf-8")
    window.open_path(str(path))
    dialog = window.loads.progress_dialog
    assert dialog is not None
    labels = [label for label in dialog.findChildren(QLabel) if "x.yaml" in label.text()]
    assert len(labels) == 1
    assert labels[0].textFormat() == Qt.TextFormat.PlainText  # rich text loaded watched.png from the working folder
    assert labels[0].text() == "Opening <img src=watched.png>x.yaml…"
    qtbot.waitUntil(lambda: not window.loading, timeout=60_000)


@pytest.mark.parametrize("size", [100_000, 999_001])
def test_a_file_past_64_kib_loads_off_the_gui_thread(window: MainWindow, qtbot: Any, write: Callable[..., Path],
                                                     bundled_text: str, size: int) -> None:
    path = write(padded(bundled_text, size), "padded.yaml")
    assert path.stat().st_size == size
    window.open_path(str(path))
    assert window.loading and window.loads.progress_dialog is not None  # not parsed on the GUI thread
    qtbot.waitUntil(lambda: not window.loading, timeout=60_000)
    assert window.briefing is not None and window.briefing.path == str(path)


def test_the_bundled_briefing_still_loads_at_once(window: MainWindow, write: Callable[..., Path], bundled_text: str) -> None:
    path = write(bundled_text, "mine.yaml")
    window.open_path(str(path))
    assert not window.loading and window.briefing is not None and window.briefing.path == str(path)


def test_a_title_with_the_modified_marker_shows_it(window: MainWindow, write: Callable[..., Path], bundled_data: Any) -> None:
    bundled_data["title"] = "Draft [*] talks"
    path = write(bundled_data, "draft.yaml")
    window.open_path(str(path))
    handle = window.windowHandle()
    assert handle is not None and handle.title() == "Draft [*] talks — draft.yaml"  # Qt hid "[*]" as the modified-document marker


def test_a_year_9999_is_the_file_s_fault_not_an_unexpected_error(window: MainWindow, write: Callable[..., Path],
                                                                 bundled_data: Any) -> None:
    bundled_data["events"][0]["when"] = "winter 9999"
    window.open_path(str(write(bundled_data)))
    assert window.error_box is not None and window.error_box.windowTitle() == "Cannot open briefing"
    assert "events[0].when: 'winter 9999': a date may be at most in 9998" in window.error_box.informativeText()


def test_a_file_url_from_another_host_is_refused() -> None:
    assert files.dropped_file([QUrl("file://otherhost/share/briefing.yaml")]) is None
    assert files.dropped_file([QUrl("file:///home/me/briefing.yaml")]) == "/home/me/briefing.yaml"
    assert files.dropped_file([QUrl("file://localhost/home/me/briefing.yaml")]) == "/home/me/briefing.yaml"


QUIT_DURING_LOAD = """
import sys
from PySide6.QtCore import QTimer
from briefing_app.ui.run import make_app, launch
app = make_app([])
window = launch(sys.argv[1])
def quit_when_loading():
    if window.loading:
        window.cancel_loading() if sys.argv[2] == "cancel" else None
        QTimer.singleShot(200, window.acts.quit_action.trigger)  # Ctrl+Q
    else:
        QTimer.singleShot(10, quit_when_loading)
QTimer.singleShot(0, quit_when_loading)
status = app.exec()
window.stop_work()
print("exited", status)
"""


@pytest.mark.parametrize("cancel_first", ["quit", "cancel"])
def test_quitting_during_a_long_load_exits_cleanly(tmp_path: Path, cancel_first: str) -> None:
    from tests.synthetic import make_briefing

    path = tmp_path / "large.yaml"
    path.write_text(make_briefing(events=20_000, people=8_000), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", QUIT_DURING_LOAD, str(path), cancel_first], capture_output=True, text=True,
                            timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "exited 0"
    assert "QThread: Destroyed while thread is still running" not in result.stderr
