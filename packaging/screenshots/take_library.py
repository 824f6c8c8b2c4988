"""The README's screenshots of File ▸ Library… and of "What changed since …", taken as a user sees them:
the real window under Xvfb with openbox, fresh settings and library, three briefings made from the
bundled one (two meetings and a copy that cannot be opened), then one of them changed.

Run: XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d) LANGUAGE=en QT_QPA_PLATFORM=xcb \
  xvfb-run -a -s "-screen 0 1024x700x24" sh -c "openbox & sleep 1; python packaging/screenshots/take_library.py OUT_FOLDER [SUFFIX]"
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import yaml
from PySide6.QtWidgets import QApplication

from briefing_app.support.resources import bundled_briefing
from briefing_app.ui.run import make_app, open_window


def _wait(app: QApplication, until: object, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.01)


def _write(path: Path, data: object) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def main() -> int:
    out, suffix = Path(sys.argv[1]), (sys.argv[2] if len(sys.argv) > 2 else "")
    folder = Path(tempfile.mkdtemp()) / "briefings"
    folder.mkdir()
    data = yaml.safe_load(Path(bundled_briefing()).read_text(encoding="utf-8"))
    _write(folder / "2plus2-2023-04.yaml", data)
    earlier = dict(data, title="Working-level talks before the 2+2 (example)", date="2023-03-30")
    _write(folder / "working-level-2023-03.yaml", earlier)
    (folder / "draft.yaml").write_text("title: [unfinished\n", encoding="utf-8")
    app = make_app(sys.argv[:1])
    window = open_window(None)
    window.show()
    idle = lambda: not window.loading and not window.library.busy and not window.library.indexing  # noqa: E731
    _wait(app, idle)
    from briefing_app.ui.library.dialog import show_library

    dialog = show_library(window)
    dialog.add_folder(str(folder))
    _wait(app, idle)
    dialog.refresh()
    dialog.query.setText("funakosi takehiro")
    for _ in range(50):
        app.processEvents()
        time.sleep(0.02)
    QApplication.primaryScreen().grabWindow(0).save(str(out / f"library{suffix}.png"))
    dialog.close()

    # The colleague's update: one event more, one source more, a name written another way.
    path = folder / "2plus2-2023-04.yaml"
    window.open_path(str(path))
    _wait(app, idle)
    data["events"].append({"id": "follow-up-call", "when": "2023-04-20", "title": "Follow-up call (example)",
                           "text": "An example of an event a colleague adds.", "sources": ["example-note"]})
    data["sources"].append({"id": "example-note", "kind": "editorial", "credit": "A colleague's note (example)"})
    _write(path, data)
    window.open_path(str(path))
    _wait(app, idle)
    from briefing_app.ui.library.changes_view import ChangesOffer

    _wait(app, lambda: bool(window.statusBar().findChildren(ChangesOffer)))
    offer = window.statusBar().findChildren(ChangesOffer)[0]
    for _ in range(30):
        app.processEvents()
        time.sleep(0.02)
    QApplication.primaryScreen().grabWindow(0).save(str(out / f"what-changed-offer{suffix}.png"))
    offer.show_changes()
    for _ in range(50):
        app.processEvents()
        time.sleep(0.02)
    QApplication.primaryScreen().grabWindow(0).save(str(out / f"what-changed{suffix}.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
