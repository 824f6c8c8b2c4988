"""Build the wheel, the one-folder bundle (folder and .tar.gz) and the .deb into DIR.

    pip install '.[packaging]'
    python packaging/build.py --dist DIR

PyInstaller bundles what the running Python has, so that Python needs PyInstaller and the app's own
dependencies (the `packaging` extra brings both); without them the build refuses before it starts.
It also needs dpkg-deb and ldd (Debian, Ubuntu). The bundle is checked before it is packed: every
system library it links to must come from a package the .deb depends on, and, moved to another
folder, it must validate the bundled briefing and write a one-page brief.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.briefingviewer.BriefingViewer"
NAME = "briefing-app"
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"

# What the bundle needs from the system and does not carry: the C library, OpenGL/EGL (they must
# match the machine's drivers), the display connections, and fontconfig's configuration, a font and
# the keyboard maps, which are data rather than libraries. fonts-noto-cjk draws names written in
# Hangul, kana or kanji, which would otherwise show as empty boxes.
DEPENDS = [
    "libc6", "libgl1", "libegl1", "libglx0", "libglvnd0", "libdrm2", "libxcb1", "libwayland-client0",
    "libwayland-cursor0", "fontconfig-config", "fonts-dejavu-core", "fonts-noto-cjk", "xkb-data",
]
# Data packages in DEPENDS that no library check can see.
DATA_DEPENDS = {"fontconfig-config", "fonts-dejavu-core", "fonts-noto-cjk", "xkb-data"}


def version() -> str:
    text = (ROOT / "briefing_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise SystemExit("no __version__ in briefing_app/__init__.py")
    return found.group(1)


def missing_requirements() -> list[str]:
    """What the running Python lacks for a bundle that works: PyInstaller and the app's dependencies."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["optional-dependencies"]["packaging"], *project["dependencies"]]
    missing = []
    for line in wanted:
        name = re.split(r"[\s<>=!~;\[]", line, maxsplit=1)[0]
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            missing.append(name)
            continue
        if not _satisfies(line, installed):
            missing.append(f"{name} (has {installed}, needs {line[len(name):].strip()})")
    return missing


def _satisfies(requirement: str, installed: str) -> bool:
    try:
        from packaging.requirements import Requirement  # PyInstaller brings it
    except ImportError:
        return True  # then presence is all that is checked
    return Requirement(requirement).specifier.contains(installed, prereleases=True)


def preflight() -> None:
    """Refuse in one line before building anything that would not work."""
    missing = missing_requirements()
    if missing:
        raise SystemExit(f"build.py: {sys.executable} lacks {', '.join(missing)}; "
                         f"install what building needs with: pip install '.[packaging]'")
    tools = [tool for tool in ("dpkg-deb", "dpkg", "ldd") if shutil.which(tool) is None]
    if tools:
        raise SystemExit(f"build.py: {', '.join(tools)} not found; the bundle and the .deb are built on Debian or Ubuntu")


def run(*command: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(str(c) for c in command), flush=True)
    done: subprocess.CompletedProcess[str] = subprocess.run([str(c) for c in command], check=True, text=True, **kwargs)
    return done


def build_wheel(dist: Path) -> Path:
    before = set(dist.glob("*.whl"))
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", dist, ROOT)
    made = sorted(set(dist.glob("*.whl")) - before) or sorted(dist.glob("briefing_app-*.whl"))
    return made[-1]


def build_bundle(dist: Path, work: Path) -> Path:
    target = dist / NAME
    if target.exists():
        shutil.rmtree(target)
    run(sys.executable, ROOT / "packaging" / "i18n.py", "release")  # the .qm files the spec bundles
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", dist, "--workpath", work,
        ROOT / "packaging" / "pyinstaller" / f"{NAME}.spec")
    return target


def system_libraries(bundle: Path) -> dict[str, str]:
    """The libraries the bundle's ELF files load from outside it, as the bootloader would resolve them."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(str(p) for p in (internal, internal / "PySide6" / "Qt" / "lib", internal / "PySide6")))
    found: dict[str, str] = {}
    for path in bundle.rglob("*"):
        if not path.is_file() or not (path.suffix == ".so" or ".so." in path.name or path.name == NAME):
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            if not where:
                continue
            location = where.split(" (")[0].strip()
            if location == "not found":
                raise SystemExit(f"{path.relative_to(bundle)} needs {name}, which neither the bundle nor this machine has")
            if not location.startswith(str(bundle)):
                found[name] = location
    return found


def package_of(library: str) -> str:
    real = os.path.realpath(library)
    for candidate in (real, real.replace("/usr/lib/", "/lib/", 1), library):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0]
    return "?"


def check_depends(bundle: Path) -> None:
    missing = {}
    for name, location in sorted(system_libraries(bundle).items()):
        package = package_of(location)
        if package not in DEPENDS:
            missing[name] = package
    if missing:
        raise SystemExit(f"the bundle loads system libraries no Depends covers: {missing}")
    print(f"system libraries all covered by Depends: {', '.join(p for p in DEPENDS if p not in DATA_DEPENDS)}")


def pdf_pages(data: bytes) -> int:
    """Pages in a PDF Qt wrote (its page objects are not compressed), without a PDF library."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def smoke_test(bundle: Path) -> None:
    """Move the bundle elsewhere and use it as a user would: validate, then a one-page brief."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "VIRTUAL_ENV"))}
    with tempfile.TemporaryDirectory(dir=bundle.parent, prefix=".smoke-") as folder:
        moved = Path(folder) / bundle.name
        bundle.rename(moved)  # the same file system: a move, so the build folder no longer has it
        try:
            program = moved / NAME
            out = Path(folder) / "brief.pdf"
            korean = Path(folder) / "brief-ko.pdf"
            for command in ([program, "validate"], [program, "brief", "--output", out],
                            [program, "brief", "--language", "ko", "--output", korean],
                            [program, "search", "--text", '"Sea of Japan"']):  # exit 2: the bundle's SQLite lacks FTS5
                print("+", " ".join(str(c) for c in command), flush=True)
                result = subprocess.run([str(c) for c in command], cwd="/", env=env, capture_output=True, text=True, timeout=300)
                if result.returncode != 0:
                    last = (result.stderr.strip().splitlines() or ["no message"])[-1]
                    raise SystemExit(f"build.py: the moved bundle failed '{command[1]}' (exit {result.returncode}): {last}")
                if result.stdout.strip():
                    print(result.stdout.strip())
            for written in (out, korean):
                pages = pdf_pages(written.read_bytes()) if written.is_file() else 0
                if pages != 1:
                    raise SystemExit(f"build.py: the moved bundle wrote a brief of {pages} pages, not one ({written.name})")
            # The window's languages: ours and Qt's own for its dialogs (file, print).
            for kind, name in (("briefing_app/i18n", "briefing_ko.qm"), ("briefing_app/i18n", "briefing_ja.qm"),
                               ("PySide6/Qt/translations", "qtbase_ko.qm"), ("PySide6/Qt/translations", "qtbase_ja.qm")):
                if not any(moved.rglob(f"{kind}/{name}")):
                    raise SystemExit(f"build.py: the bundle lacks the translation {kind}/{name}")
            # The window's check before Qt: it must find the bundle's own platform plugins.
            headless = {k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
            result = subprocess.run([str(program)], cwd="/", env=dict(headless, QT_QPA_PLATFORM="nonesuch"),
                                    capture_output=True, text=True, timeout=300)
            if result.returncode != 1 or "Qt has no platform 'nonesuch' (it has: " not in result.stderr or "xcb" not in result.stderr:
                raise SystemExit(f"build.py: the moved bundle's window check did not name its platforms: {result.stderr.strip()!r}")
        finally:
            moved.rename(bundle)
    print("smoke test: the moved bundle validated the bundled briefing, wrote a one-page brief in English and in Korean, "
          "searched its text (SQLite with FTS5), carries its translations and checked its platforms")


def pack_tarball(bundle: Path, dist: Path, release: str) -> Path:
    machine = os.uname().machine
    out = dist / f"{NAME}-{release}-linux-{machine}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=f"{NAME}-{release}")
    return out


def build_deb(bundle: Path, dist: Path, release: str) -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as folder:
        stage = Path(folder) / "stage"
        shutil.copytree(bundle, stage / "opt" / NAME, symlinks=True)
        launcher = stage / "usr" / "bin" / NAME
        launcher.parent.mkdir(parents=True)
        launcher.write_text(f'#!/bin/sh\nexec /opt/{NAME}/{NAME} "$@"\n', encoding="utf-8")
        launcher.chmod(0o755)
        share = stage / "usr" / "share"
        for source, target in (
            (LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
            (LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
            (ICONS / f"{NAME}.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"),
            (ICONS / "hicolor" / "256x256" / "apps" / f"{NAME}.png", share / "icons" / "hicolor" / "256x256" / "apps" / f"{NAME}.png"),
        ):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
        size_kb = sum(p.lstat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        control = stage / "DEBIAN" / "control"
        control.parent.mkdir()
        control.write_text(
            f"Package: {NAME}\nVersion: {release}\nSection: text\nPriority: optional\nArchitecture: {arch}\n"
            f"Maintainer: Briefing viewer team <briefing-app@users.noreply.github.com>\nInstalled-Size: {size_kb}\n"
            f"Depends: {', '.join(DEPENDS)}\n"
            "Description: desktop viewer for sourced briefings\n"
            " Opens a briefing file and shows it as a timeline, a roster of people and roles,\n"
            " the details of an exercise and the sources with their disagreements; finds people\n"
            " by any spelling of their name and prints a one-page brief.\n",
            encoding="utf-8",
        )
        out = dist / f"{NAME}_{release}_{arch}.deb"
        run("dpkg-deb", "--root-owner-group", "--build", stage, out, stdout=subprocess.DEVNULL)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", required=True, type=Path, help="where the artifacts go")
    args = parser.parse_args()
    preflight()
    dist: Path = args.dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    release = version()
    with tempfile.TemporaryDirectory() as work:
        wheel = build_wheel(dist)
        bundle = build_bundle(dist, Path(work))
    check_depends(bundle)
    smoke_test(bundle)
    tarball = pack_tarball(bundle, dist, release)
    deb = build_deb(bundle, dist, release)
    print("built:")
    for artifact in (wheel, bundle, tarball, deb):
        print(f"  {artifact}")


if __name__ == "__main__":
    main()
