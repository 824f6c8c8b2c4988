"""Before Qt loads: can a window open here, and if not, one line naming what is missing."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.support.display_check import _platforms_dir, window_problem

PLATFORMS = _platforms_dir()


def missing(library: str) -> object:
    def load(path: str) -> object:
        raise OSError(f"{library}: cannot open shared object file: No such file or directory")
    return load


def loads(path: str) -> object:
    return None


def test_pyside6_platforms_are_found_without_importing_qt() -> None:
    assert PLATFORMS is not None and (PLATFORMS / "libqxcb.so").is_file()


def test_no_display_at_all_names_both_variables() -> None:
    assert window_problem({}, PLATFORMS, loads) == (
        "cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "the subcommands validate, search and brief need none")


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "offscreen:fontengine=freetype"])
def test_a_platform_without_a_display_is_respected(platform: str) -> None:
    assert window_problem({"QT_QPA_PLATFORM": platform}, PLATFORMS) is None  # the real plugin loads


def test_a_chosen_platform_is_checked_not_the_default() -> None:
    assert window_problem({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, PLATFORMS, loads) == (
        "cannot open the window with QT_QPA_PLATFORM=wayland: WAYLAND_DISPLAY is not set")
    assert window_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, PLATFORMS, loads) == (
        "cannot open the window with QT_QPA_PLATFORM=xcb: DISPLAY is not set")


def test_a_fallback_list_passes_when_one_platform_can_work() -> None:
    assert window_problem({"QT_QPA_PLATFORM": "wayland;offscreen"}, PLATFORMS, loads) is None


def test_an_unknown_platform_lists_the_ones_qt_has() -> None:
    problem = window_problem({"QT_QPA_PLATFORM": "nonesuch"}, PLATFORMS, loads)
    assert problem is not None and problem.startswith("cannot open the window with QT_QPA_PLATFORM=nonesuch: Qt has no platform 'nonesuch' (it has: ")
    assert "offscreen" in problem and "xcb" in problem


def test_a_missing_system_library_is_named_with_its_package() -> None:
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, PLATFORMS, missing("libfontconfig.so.1")) == (
        "cannot open the window with QT_QPA_PLATFORM=offscreen: Qt's offscreen platform needs the system library "
        "libfontconfig.so.1, which is not installed (Debian, Ubuntu: sudo apt-get install libfontconfig1)")


def fake_x_server(number: int) -> socket.socket:
    """Something listening where an X server on :number would (Linux's abstract socket: no file)."""
    server = socket.socket(socket.AF_UNIX)
    server.bind(f"\0/tmp/.X11-unix/X{number}")
    server.listen()
    return server


def test_the_xcb_plugin_is_really_loaded_and_its_missing_library_named(tmp_path: Path) -> None:
    # A copy of the real plugin away from PySide6's Qt/lib cannot find Qt's xcb library: a real dlopen failure.
    assert PLATFORMS is not None
    fake = tmp_path / "platforms"
    fake.mkdir()
    shutil.copy(PLATFORMS / "libqxcb.so", fake / "libqxcb.so")
    number = 731
    # In a fresh process: once Qt's libraries are loaded (by Qt tests in this one) the copy would find them.
    code = ("import sys; from pathlib import Path; from briefing_app.support.display_check import window_problem; "
            "print(window_problem({'DISPLAY': sys.argv[1]}, Path(sys.argv[2])))")
    with fake_x_server(number):
        assert window_problem({"DISPLAY": f":{number}"}, PLATFORMS) is None
        done = subprocess.run([sys.executable, "-c", code, f":{number}", str(fake)], capture_output=True, text=True, timeout=60)
    problem = done.stdout.strip()
    assert problem is not None and problem.startswith("cannot open the window: Qt's xcb platform needs the system library libQt6")
    assert problem.endswith("which is not installed (see the README's list of system libraries)")


def test_a_display_without_a_server_is_named() -> None:
    assert window_problem({"DISPLAY": ":732"}, PLATFORMS, loads) == "cannot open the window: no X server answers on DISPLAY=:732"
    assert window_problem({"DISPLAY": "remote.example:10.0"}, PLATFORMS, loads) is None  # only Qt can tell


def test_a_wayland_socket_that_is_not_there_is_named(tmp_path: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path), "QT_QPA_PLATFORM": "wayland"}
    assert window_problem(env, PLATFORMS, loads) == (
        f"cannot open the window with QT_QPA_PLATFORM=wayland: no Wayland compositor at {tmp_path}/wayland-9 (WAYLAND_DISPLAY=wayland-9)")
    (tmp_path / "wayland-9").touch()
    assert window_problem(env, PLATFORMS, loads) is None
