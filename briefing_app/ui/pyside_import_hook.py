"""PySide6's import hook, told not to read the source of every module the app imports.

Once imported, PySide6 replaces `builtins.__import__` so that `from __feature__ import snake_case`
can switch a module's Qt names. After each import statement it reads, once, the source of the module
the statement returned (`inspect.getsource`), to note whether its text says "PySide6", and so whether
that module may switch. Showing the bundled briefing imports some 90 modules after PySide (ours and
the standard library's); reading them took 12-16 ms by the check's own clock, and skipping it made
start-up 10 ms shorter (same code, the skip on and off in turn, 25 runs each, twice).

This app never imports `__feature__`, so no module switches and every module sees Qt's names as they
are. The hook is told so by answering "does not use PySide" for every module without reading it.
PySide then leaves the module out of its switching: a module so marked keeps the names selected last
(`feature_select.cpp`, `getFeatureSelectId`), and with nothing ever switched those are Qt's own, as for
a module marked as using PySide. Should a later PySide drop or rename the check, nothing changes but
the time: it is replaced only where it is found.
"""

from __future__ import annotations

import sys


def _does_not_switch(module: object) -> bool:
    return False


def stop_reading_sources() -> bool:
    """Call before the app's own modules are imported; True if PySide's check was found (and is now skipped)."""
    import PySide6.QtCore  # noqa: F401  # the hook and its check are in place once a Qt module is imported

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _does_not_switch)  # a module attribute PySide looks up on each use
    return True
