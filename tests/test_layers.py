"""The layers the package tree promises (ARCHITECTURE.md), read from the source: what each module imports.

Every import counts for what a module may use, those inside functions and under TYPE_CHECKING too: a
Qt-free package stays Qt-free however late it would import Qt. For import cycles, first the imports that
run when a module is first imported (the top level, outside TYPE_CHECKING): those make a half-initialised
module a real risk. Then also those deferred into functions: moving an import into a function hides a
cycle from Python, not the knot from the reader (graph/network.py once imported graph/build.py that way,
while build.py imported network.py). Imports for type checking alone never run and do not count.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "briefing_app"
ROOT = "briefing_app"
ALL, RUNTIME, TOP = "all", "runtime", "top"  # which imports _imports yields

# Packages that never import Qt, nor the window (briefing_app.ui).
QT_FREE = ("core", "reading", "text", "search", "timeline", "graph", "exports", "support", "library")
# Modules that may draw or translate with QtGui and QtCore, but hold no widget and know no window.
QT_WITHOUT_WIDGETS = ("brief.pdf", "i18n")
ALLOWED_QT = ("PySide6.QtCore", "PySide6.QtGui")


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(node: ast.AST, module: str, which: str) -> Iterator[tuple[str, int]]:
    """(imported module, line) for each import under `node`: ALL of them; those that RUN, some time
    (not under `if TYPE_CHECKING:`); or those run at import, at the TOP level (not inside functions
    either; a class body runs at import, so it counts)."""
    for child in ast.iter_child_nodes(node):
        if which == TOP and isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        if which != ALL and isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield from _imports(ast.Module(body=[other], type_ignores=[]), module, which)
            continue
        if isinstance(child, ast.Import):
            yield from ((alias.name, child.lineno) for alias in child.names)
        elif isinstance(child, ast.ImportFrom):
            base = child.module or ""
            if child.level:  # relative: from the module's own package upwards
                package = module.split(".") if MODULES[module].name == "__init__.py" else module.split(".")[:-1]
                base = ".".join(package[:len(package) - child.level + 1] + ([base] if base else []))
            for alias in child.names:
                # `from package import module` imports the module; `from module import name`, the module.
                yield (f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES or base == "PySide6" else base, child.lineno)
        else:
            yield from _imports(child, module, which)


def _parsed(module: str) -> ast.Module:
    return ast.parse(MODULES[module].read_text(encoding="utf-8"), str(MODULES[module]))


def _under(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == f"{ROOT}.{p}" or module.startswith(f"{ROOT}.{p}.") for p in packages)


def _is_qt(imported: str) -> bool:
    return imported.split(".")[0] in ("PySide6", "shiboken6")


def test_the_walk_sees_every_package_and_every_kind_of_import() -> None:
    assert all(any(_under(m, (p,)) for m in MODULES) for p in QT_FREE if p != "library")
    source = ast.parse(
        "import a.b\nfrom c import d\nif TYPE_CHECKING:\n    import e\nelse:\n    import f\n"
        "def g():\n    import h\nclass K:\n    import i\n")
    found = {which: {name for name, _ in _imports(source, f"{ROOT}.cli", which)} for which in (ALL, RUNTIME, TOP)}
    assert found == {ALL: {"a.b", "c", "e", "f", "h", "i"}, RUNTIME: {"a.b", "c", "f", "h", "i"}, TOP: {"a.b", "c", "f", "i"}}


def test_qt_free_packages_import_neither_qt_nor_the_window() -> None:
    wrong = [f"{m}:{line} imports {imported}"
             for m in MODULES if _under(m, QT_FREE)
             for imported, line in _imports(_parsed(m), m, ALL)
             if _is_qt(imported) or imported == f"{ROOT}.ui" or imported.startswith(f"{ROOT}.ui.")]
    assert not wrong


def test_the_brief_and_translations_use_qtgui_and_qtcore_only() -> None:
    wrong = [f"{m}:{line} imports {imported}"
             for m in MODULES if _under(m, QT_WITHOUT_WIDGETS) or _under(m, ("brief",))
             for imported, line in _imports(_parsed(m), m, ALL)
             if (_is_qt(imported) and (not _under(m, QT_WITHOUT_WIDGETS) or not imported.startswith(ALLOWED_QT)))
             or imported == f"{ROOT}.ui" or imported.startswith(f"{ROOT}.ui.")]
    assert not wrong  # brief/content.py is the pure half: no Qt at all


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module, or of one that imports itself (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1 or v in edges.get(v, ()):
                found.append(sorted(part))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def _edges(which: str) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for m in MODULES:
        for imported, _line in _imports(_parsed(m), m, which):
            if imported in MODULES and imported != m:
                edges.setdefault(m, set()).add(imported)
    return edges


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}) == [["a", "b", "c"], ["e"]]
    assert _cycles({"a": {"b"}, "b": {"c"}, "d": {"a"}}) == []


def test_no_import_cycle_at_module_level() -> None:
    assert _cycles(_edges(TOP)) == []


def test_no_import_cycle_even_through_imports_deferred_into_functions() -> None:
    assert _cycles(_edges(RUNTIME)) == []


def test_every_package_init_is_empty() -> None:
    """Start-up time is budgeted per import: a package's __init__ does no work and hides no import."""
    full = [str(path.relative_to(PACKAGE.parent)) for name, path in MODULES.items()
            if path.name == "__init__.py" and name != ROOT and path.read_text(encoding="utf-8").strip()]
    assert not full
