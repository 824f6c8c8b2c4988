"""Can the window open here? Asked before Qt is imported, so that a missing display or system
library is one line naming what is missing instead of Qt's abort. Qt-free and cheap: environment
variables, a socket probe, and a dlopen of the platform plugin Qt would load next anyway.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import socket
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# Platforms that draw without a display server of their own.
NO_DISPLAY_NEEDED = {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay", "windows", "cocoa"}

# The Debian/Ubuntu package of each library Qt's xcb and wayland platforms load, for the hint.
PACKAGES = {
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libGLX.so.0": "libglx0", "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-render.so.0": "libxcb-render0", "libxcb.so.1": "libxcb1", "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6", "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0", "libdbus-1.so.3": "libdbus-1-3",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

Loader = Callable[[str], object]


def window_problem(environ: Mapping[str, str] | None = None, platforms_dir: Path | None = None,
                   load: Loader = ctypes.CDLL) -> str | None:
    """None if Qt should be able to open a window; otherwise one line saying what is missing."""
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin"):
        return None  # Qt's own platform there needs neither a display variable nor extra libraries
    folder = platforms_dir if platforms_dir is not None else _platforms_dir()
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        # Qt takes a ';'-separated list of fallbacks, each optionally with ':options'.
        candidates = [part.split(":", 1)[0].strip() for part in chosen.split(";") if part.strip()]
        origin = f"QT_QPA_PLATFORM={chosen}"
    else:
        candidates = (["wayland"] if env.get("WAYLAND_DISPLAY") else []) + ["xcb"]
        origin = ""
    problems = []
    for name in candidates:
        problem = _platform_problem(name, env, folder, load)
        if problem is None:
            return None
        problems.append(problem)
    if not chosen and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return ("cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                "the subcommands validate, search and brief need none")
    message = problems[0] if len(problems) == 1 else "; ".join(problems)
    return f"cannot open the window{' with ' + origin if origin else ''}: {message}"


def _platform_problem(name: str, env: Mapping[str, str], folder: Path | None, load: Loader) -> str | None:
    if name == "xcb":
        problem = _x_display_problem(env.get("DISPLAY", ""))
    elif name == "wayland":
        problem = _wayland_problem(env)
    else:
        problem = None
    if problem is not None:
        return problem
    if folder is None:
        return None  # PySide6 not found where expected (a frozen bundle of another shape): let Qt say
    plugin = folder / f"libq{name}.so"
    if not plugin.is_file():
        if name in NO_DISPLAY_NEEDED or not folder.is_dir():
            return None
        known = sorted(p.name[4:-3] for p in folder.glob("libq*.so"))
        return f"Qt has no platform '{name}' (it has: {', '.join(known)})"
    try:
        load(str(plugin))
    except OSError as exc:
        return library_problem(f"Qt's {name} platform", str(exc))
    return None


def library_problem(what: str, error: str) -> str:
    """dlopen says 'libxcb-cursor.so.0: cannot open shared object file: ...' for the first library it misses."""
    missing = error.split(":", 1)[0].strip()
    if not missing or "/" in missing or " " in missing:
        return f"{what} cannot be loaded: {error}"
    package = PACKAGES.get(missing)
    hint = f" (Debian, Ubuntu: sudo apt-get install {package})" if package else " (see the README's list of system libraries)"
    return f"{what} needs the system library {missing}, which is not installed{hint}"


def _x_display_problem(display: str) -> str | None:
    if not display:
        return "DISPLAY is not set"
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if host not in ("", "unix") or not number.isdigit():
        return None  # a remote or forwarded display: only Qt can tell
    path = f"/tmp/.X11-unix/X{number}"
    for address in ("\0" + path, path):  # Linux's abstract socket first, then the file
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                probe.settimeout(1.0)
                probe.connect(address)
            return None
        except OSError:
            continue
    return f"no X server answers on DISPLAY={display}"


def _wayland_problem(env: Mapping[str, str]) -> str | None:
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return "WAYLAND_DISPLAY is not set"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    path = name if os.path.isabs(name) else os.path.join(runtime, name)
    if runtime or os.path.isabs(name):
        if not os.path.exists(path):
            return f"no Wayland compositor at {path} (WAYLAND_DISPLAY={name})"
    return None


def _platforms_dir() -> Path | None:
    """PySide6's platform plugins, found without importing PySide6 (that would load Qt)."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "Qt" / "plugins" / "platforms"
        if folder.is_dir():
            return folder
    return None
