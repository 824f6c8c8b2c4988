"""The interface's translations: update the .ts sources from the code, or compile them to .qm files.

    python packaging/i18n.py update    # after changing strings: lupdate over briefing_app/ → the .ts files, then release
    python packaging/i18n.py release   # lrelease: .ts → .qm beside them (every build does this itself)

The .ts files (briefing_app/i18n/) are sources, kept in the repository and written without line
numbers, so that moving code does not change them. The .qm files are build products: the wheel's build
hook (packaging/hatch_build.py) and packaging/build.py make them; git ignores them.
`briefing_en.ts` holds only the English plural forms ("1 match", "3 matches").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "briefing_app"
FOLDER = SOURCES / "i18n"
LANGUAGES = ("ko", "ja")  # complete translations; English needs its plural forms only


def ts_file(language: str) -> Path:
    return FOLDER / f"briefing_{language}.ts"


def _tool(name: str) -> list[str]:
    """Qt's lupdate or lrelease as shipped inside PySide6 (the pyside6-* wrappers find the same binary)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return [str(candidate)]
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return [wrapper]
    raise SystemExit(f"i18n.py: Qt's {name} was not found in PySide6 ({folder})")


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


Key = tuple[str, str, str]  # context, source text, comment (disambiguation)


def scan(folder: Path | None = None) -> list[tuple[Key, bool]]:
    """Every translatable string in the package, in lupdate's order, and whether it has a count.

    Qt for Python's lupdate marks a message as plural only when its count is a literal number, so
    a message is plural here when its text holds %n or %Ln, as Qt's own rule for C++ has it."""
    with tempfile.TemporaryDirectory() as temporary:
        scratch = Path(temporary) / "scan.ts"
        subprocess.run([*_tool("lupdate"), "-locations", "none", "-no-obsolete", "-silent", *python_sources(),
                        "-ts", str(scratch)], cwd=ROOT, check=True)
        found = []
        for context in ET.parse(scratch).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                key = (name, source, message.findtext("comment") or "")
                found.append((key, "%n" in source or "%Ln" in source))
        return found


def read_ts(path: Path) -> dict[Key, list[str]]:
    """The finished translations of a .ts file: one text, or the plural forms."""
    if not path.is_file():
        return {}
    done = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            done[(name, message.findtext("source") or "", message.findtext("comment") or "")] = forms
    return done


def write_ts(path: Path, language: str, messages: list[tuple[Key, bool]], done: dict[Key, list[str]]) -> None:
    """A .ts file in lupdate's layout: contexts sorted, messages in source order, no locations."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for (name, source, comment), plural in sorted(messages, key=lambda m: m[0][0]):
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        message = ET.SubElement(contexts[name], "message", numerus="yes") if plural else ET.SubElement(contexts[name], "message")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        forms = done.get((name, source, comment))
        translation = ET.SubElement(message, "translation")
        if forms is None:
            translation.set("type", "unfinished")
            forms = [""]
        if plural:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


def update() -> None:
    """Bring every .ts file up to the code: new strings unfinished, gone ones dropped, translations kept.
    English holds only the plural forms ("%n people" → "1 person" / "2 people")."""
    messages = scan()
    for language in LANGUAGES:
        write_ts(ts_file(language), language, messages, read_ts(ts_file(language)))
    write_ts(ts_file("en"), "en", [m for m in messages if m[1]], read_ts(ts_file("en")))


def release(folder: Path = FOLDER) -> list[Path]:
    """Compile every .ts in `folder` to a .qm beside it; returns the .qm files."""
    made = []
    for source in sorted(folder.glob("briefing_*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([*_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        made.append(target)
    if not made:
        raise SystemExit(f"i18n.py: no .ts files in {folder}")
    return made


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
        release()  # a checkout (an editable install) runs on the .qm beside the .ts: keep them in step
    elif argv == ["release"]:
        for path in release():
            print(os.path.relpath(path, ROOT))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
