"""Hatchling build hook: compile the translations (.ts → .qm) before the wheel is packed.

The .qm files are build products (git ignores them): every wheel, editable install and bundle makes
them from the .ts sources with Qt's lrelease, which PySide6 ships; pyproject.toml lists PySide6 among
this hook's build requirements. They are written beside the .ts files, in the source tree, so that an
editable install and `pytest` in the checkout find them too.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _i18n() -> Any:
    spec = importlib.util.spec_from_file_location("briefing_i18n", Path(__file__).with_name("i18n.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name not in ("wheel",):
            return  # the sdist carries the .ts sources; its wheel compiles them
        made = _i18n().release()
        root = Path(self.root)
        # Ignored by git, so hatch would leave them out: name them as artifacts of this build.
        build_data.setdefault("artifacts", []).extend(str(p.relative_to(root)) for p in made)
