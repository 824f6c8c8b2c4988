"""Take the README's first-start screenshots: the real window, fresh settings, under a window manager.

Run through the shell wrapper: `packaging/screenshots/take.sh WIDTH HEIGHT LANG TAB OUT.png`, which starts
Xvfb at WIDTH x HEIGHT with openbox and gives this script an empty settings folder. The whole screen is
grabbed, so a window or dialog larger than the screen shows as cut."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from briefing_app.ui.run import make_app, open_window


def main() -> int:
    tab, out = sys.argv[1], sys.argv[2]
    app = make_app(sys.argv[:1])
    window = open_window(None)
    window.show()

    def pick() -> None:
        from briefing_app.ui.tabs.pages import TABS

        names = [t.name for t in TABS]
        window.tabs.setCurrentIndex(names.index(tab))
        extra = sys.argv[3] if len(sys.argv) > 3 else ""
        if extra == "see-all":  # the network's "see it all" (key 0)
            QTimer.singleShot(800, lambda: window.tabs.currentWidget().view.fit())
        elif extra == "preview":  # File ▸ Print Preview…
            QTimer.singleShot(300, window.acts.preview_action.trigger)
        elif extra == "legend":  # Help ▸ Legend and Shortcuts
            QTimer.singleShot(300, window.acts.legend_action.trigger)

    def grab() -> None:
        screen = app.primaryScreen()
        screen.grabWindow(0).save(out)
        windows = [w.frameGeometry().getRect() for w in app.topLevelWidgets() if w.isVisible()]
        print(out, "screen", screen.size().toTuple(), "available", screen.availableGeometry().getRect(), "windows", windows)
        app.quit()

    QTimer.singleShot(1200, pick)
    QTimer.singleShot(4500, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
