"""The .deb's Depends, derived from what the bundle loads: no table of libraries to keep by hand.

build.py finds every shared library the bundle's files load (ldd, with the bundle's own folders
searched first, as its bootloader does), asks `dpkg -S` which installed package owns each one that
the bundle does not carry, and `dpkg-shlibdeps`, where it is installed, for the lowest version of
each package the bundle's files need. This module turns those answers into the Depends field, with
no input or output of its own, so that a test can feed it any answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# What dpkg cannot tell: data that the bundle's libraries open by name at run time. No library
# check sees these, so they are kept here, each with its reason.
DATA_DEPENDS = {
    "fontconfig-config": "the bundled libfontconfig reads its configuration from /etc/fonts",
    "fonts-dejavu-core": "a font: Qt draws no text without one",
    "fonts-noto-cjk": "names written in Hangul, kana or kanji, which would otherwise show as empty boxes",
    "xkb-data": "the keyboard maps the bundled libxkbcommon reads from /usr/share/X11/xkb",
}


def owner_from_dpkg_search(output: str) -> str | None:
    """The package `dpkg -S PATH` names for one path, without its architecture; None if it names none.

    Its lines read "libgl1:amd64: /usr/lib/x86_64-linux-gnu/libGL.so.1"; several owners are joined
    with ", " (the first is taken); diversions are reported on lines of their own, which are skipped.
    """
    for line in output.splitlines():
        if not line.strip() or line.startswith(("diversion by", "local diversion")):
            continue
        owners, sep, _path = line.partition(": ")
        if not sep:
            continue
        first = owners.split(",")[0].strip()
        return first.split(":")[0] or None
    return None


def versions_from_shlibdeps(output: str) -> dict[str, str]:
    """{package: "(>= version)"} from dpkg-shlibdeps's "shlibs:Depends=libc6 (>= 2.36), libgl1" line."""
    versions: dict[str, str] = {}
    for line in output.splitlines():
        if not line.startswith("shlibs:Depends="):
            continue
        for entry in line.split("=", 1)[1].split(","):
            for alternative in entry.split("|"):
                found = re.fullmatch(r"\s*([a-z0-9][a-z0-9+.-]+)(?:\s*(\([^)]*\)))?\s*", alternative)
                if found and found.group(2):
                    versions[found.group(1)] = found.group(2)
    return versions


def alternatives(package: str) -> list[str]:
    """The package's names on Debian and Ubuntu, the one found first.

    Debian 13 and Ubuntu 24.04 renamed the libraries of the 64-bit time_t transition to name + "t64"
    (libglib2.0-0t64 for libglib2.0-0); on amd64 and arm64 the new package also provides the old
    name, so a .deb built on Debian 12 installs on both, but one built on Ubuntu 24.04 needs the old
    name as an alternative to install on Debian 12 or Ubuntu 22.04.
    """
    if package.endswith("t64") and len(package) > 3:
        return [package, package[: -len("t64")]]
    return [package]


def derive_depends(loaded: Iterable[tuple[str, str]], bundle: str, owners: Mapping[str, str | None],
                   versions: Mapping[str, str] | None = None) -> list[str]:
    """The Depends entries for a bundle, or a one-line refusal (SystemExit) naming what no package owns.

    loaded: each library the bundle's files load, as the loader finds it: (name, path) pairs;
    bundle: the bundle's folder; a library found inside it is the bundle's own and needs no package;
    owners: the installed package that owns each other path (`dpkg -S`), None where none does;
    versions: the lowest version each package must have (dpkg-shlibdeps), where known.
    """
    versions = versions or {}
    prefix = bundle.rstrip("/") + "/"
    packages: set[str] = set()
    unowned: list[str] = []
    for name, path in sorted(set(loaded)):
        if path.startswith(prefix):
            continue  # the bundle carries it
        package = owners.get(path)
        if package is None:
            unowned.append(f"{name} ({path})")
        else:
            packages.add(package)
    if unowned:
        raise SystemExit(f"build.py: the bundle loads {', '.join(unowned)}, which no installed package owns, "
                         "so no Depends can bring it; install it from a package, or let the bundle carry it")
    entries = []
    for package in sorted(packages):
        version = versions.get(package, "")
        entries.append(" | ".join(f"{name} {version}".strip() for name in alternatives(package)))
    return entries + [package for package in DATA_DEPENDS if package not in packages]
