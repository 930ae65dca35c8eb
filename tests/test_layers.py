"""The flow the folders name holds in the imports: each package of ``kg`` says in its docstring
what it may import ("May import ``kg.x``, ``kg.y``; never ..."), and imports nothing else of
``kg`` (a relative import read as the module it names), and each folder of ``kg`` that is no package (data) has a
README; no two parts of ``kg`` import each other, nor two modules (lazily or not); no module imports
another's private names, by name or through the module (nor do ``viz``, ``tools`` and ``bench`` use kg's);
only an adapter (the CLI, the web app) imports an adapter; ``viz`` declares what of kg it may import as a package does.
And the code reads in a sitting: each package's docstring names every module it holds, what the
prose of ``kg`` names as ``kg.x.y`` exists, and no module of ``kg``, ``viz``, ``tools`` or ``bench`` is longer than 600 lines (two
bench scripts wait, named)."""

from __future__ import annotations

import ast
import functools
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KG = ROOT / "kg"
PACKAGES = sorted(p.name for p in KG.iterdir() if (p / "__init__.py").is_file())


def _part(module: str) -> str:
    """The part of kg a module belongs to: its package (``kg.store``) or itself (``kg.cards``)."""
    return ".".join(module.split(".")[:2])


def _module_of(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package_of(module: str) -> str:
    """The package a module's relative imports start from: itself if it is one, else the one it stands in."""
    return module if (ROOT.joinpath(*module.split(".")) / "__init__.py").is_file() else module.rpartition(".")[0]


def imported_module(node: ast.ImportFrom, own: str) -> str:
    """The module ``from M import ...`` names in module ``own``, a relative one (``from .x``, ``from .. import y``)
    read from ``own``'s package: a layer may not be crossed, nor a private name reached, by a leading dot."""
    if not node.level:
        return node.module or ""
    base = _package_of(own).split(".")
    base = base[:len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def kg_imports(source: str, own: str) -> list[tuple[str, list[str]]]:
    """(module, names) of every ``kg`` import in the text of module ``own``, those inside functions included."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (module := imported_module(node, own)).split(".")[0] == "kg":
            names = [a.name for a in node.names]
            if module == "kg":
                out += [(f"kg.{n}", []) for n in names]
            else:
                out.append((module, names))
        elif isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names if a.name.startswith("kg.")]
    return out


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    return kg_imports(path.read_text(encoding="utf-8"), _module_of(path))


@functools.lru_cache(maxsize=1)
def _uses() -> dict[str, set[str]]:
    uses: dict[str, set[str]] = {}
    for path in KG.rglob("*.py"):
        part = _part(_module_of(path))
        uses.setdefault(part, set()).update(_part(m) for m, _ in _imports(path))
        uses[part].discard(part)
    return uses


def declared(package: str) -> set[str]:
    doc = ast.get_docstring(ast.parse((KG / package / "__init__.py").read_text(encoding="utf-8"))) or ""
    found = re.search(r"may import(.*?)(?:;|\.\s|\.$)", doc, re.I | re.S)
    assert found, f"kg/{package}/__init__.py: its docstring does not say what it may import ('May import ...;')"
    return set(re.findall(r"``(kg\.[a-z0-9_]+)``", found.group(1)))


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_imports_only_what_its_docstring_allows(package):
    used = _uses().get(f"kg.{package}", set())
    assert used <= declared(package), f"kg.{package} imports {sorted(used - declared(package))} undeclared"


def _assert_no_cycle(uses: dict[str, set[str]]) -> None:
    seen: dict[str, int] = {}  # 1 on the path being walked, 2 done

    def walk(part: str, path: list[str]) -> None:
        seen[part] = 1
        for dep in sorted(uses.get(part, ())):
            assert seen.get(dep) != 1, "import cycle: " + " -> ".join(path + [dep])
            if dep not in seen:
                walk(dep, path + [dep])
        seen[part] = 2

    for part in sorted(uses):
        if part not in seen:
            walk(part, [part])


def test_the_drawing_imports_only_what_its_docstring_allows():
    # viz stands beside kg: the web app and the CLI call it; it must not reach back into the store or them
    init = ROOT / "viz" / "__init__.py"
    doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    found = re.search(r"may import(.*?)(?:;|\.\s|\.$)", doc, re.I | re.S)
    assert found, "viz/__init__.py: its docstring does not say what it may import ('May import ...;')"
    allowed = set(re.findall(r"``(kg\.[a-z0-9_]+)``", found.group(1)))
    used = {_part(m) for path in (ROOT / "viz").rglob("*.py") for m, _ in _imports(path)}
    assert used <= allowed, f"viz imports {sorted(used - allowed)} undeclared"
    modules = sorted(m.stem for m in (ROOT / "viz").glob("*.py") if m.stem != "__init__")
    assert [m for m in modules if f"``{m}``" not in doc] == [], "viz/__init__.py does not name each of its modules"


def is_adapter(part: str) -> bool:
    """The CLI (``kg.cli`` and its ``kg.cli_*`` modules, ``kg.client``, ``kg.__main__``) and the web app: what
    ``kg``'s docstring calls the adapters over the read models."""
    return part in ("kg.cli", "kg.client", "kg.web", "kg.__main__") or part.startswith("kg.cli_")


def reaching_up(uses: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(part, adapter) where a part of the library imports an adapter."""
    return sorted((part, used) for part, deps in uses.items() if not is_adapter(part)
                  for used in deps if is_adapter(used))


def test_only_an_adapter_imports_an_adapter():
    # a module at the top of kg declares nothing: this, with the cycles, keeps the read models under the CLI and web
    assert reaching_up(_uses()) == []


def test_a_read_model_that_imports_the_cli_is_found():
    assert reaching_up({"kg.directory": {"kg.cli_store", "kg.text"}, "kg.cli_views": {"kg.cli_store", "kg.web"},
                        "kg.web": {"kg.cards"}}) == [("kg.directory", "kg.cli_store")]


def test_no_two_parts_of_kg_import_each_other():
    _assert_no_cycle(_uses())


def _run_time_nodes(node: ast.AST):
    """The nodes of a module but those under ``if TYPE_CHECKING:`` (imports for annotations only)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and isinstance(child.test, ast.Name) and child.test.id == "TYPE_CHECKING":
            yield from (n for stmt in child.orelse for n in [stmt, *_run_time_nodes(stmt)])
            continue
        yield child
        yield from _run_time_nodes(child)


def test_no_two_modules_import_each_other_even_lazily():
    # within a package too: a lazy import that closes a loop only hides it
    modules = {_module_of(path): path for path in KG.rglob("*.py")}
    uses: dict[str, set[str]] = {}
    for module, path in modules.items():
        found = uses.setdefault(module, set())
        for node in _run_time_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (imported := imported_module(node, module)) in modules:
                # ``from kg.store import bulk`` names the module kg.store.bulk, not the package
                found.update(f"{imported}.{a.name}" if f"{imported}.{a.name}" in modules else imported
                             for a in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name in modules)
        found.discard(module)
    _assert_no_cycle(uses)


def _is_module(dotted: str) -> bool:
    path = ROOT.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def private_uses(source: str, own: str) -> list[tuple[str, str, int]]:
    """(module, name, line) of each private name of another module of kg or viz that ``source`` (the text of
    module ``own``) uses: imported (``from kg.x import _y``), read or written through the module
    (``x._y``, ``kg.x._y = ...``, ``setattr(x, "_y", ...)``)."""
    tree = ast.parse(source)
    modules: dict[str, str] = {}     # a name bound to a module of ours -> the module
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] in ("kg", "viz"):
                    modules[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and (module := imported_module(node, own)).split(".")[0] in ("kg", "viz"):
            for a in node.names:
                if a.name.startswith("_") and not a.name.startswith("__") and module != own:
                    found.append((module, a.name, node.lineno))
                elif _is_module(f"{module}.{a.name}"):
                    modules[a.asname or a.name] = f"{module}.{a.name}"

    def module_of(node: ast.AST) -> str | None:
        """The module an expression names (``kg.rdf.terms``, ``terms``), else None."""
        if isinstance(node, ast.Name):
            return modules.get(node.id)
        if isinstance(node, ast.Attribute) and (outer := module_of(node.value)) and _is_module(f"{outer}.{node.attr}"):
            return f"{outer}.{node.attr}"
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            name, module = node.attr, module_of(node.value)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "setattr")
              and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
            name, module = node.args[1].value, module_of(node.args[0])
        else:
            continue
        if module and module != own and name.startswith("_") and not name.startswith("__"):
            found.append((module, name, node.lineno))
    return sorted(found)


def test_no_module_uses_another_module_s_private_names():
    # (the cascade's drawing, the tools and the benchmarks use kg as any caller does: through its public names); a
    # module's private slot that another writes is state shared behind the callers' backs: pass it in instead
    files = [path for folder in (KG, ROOT / "viz", ROOT / "tools", ROOT / "bench") for path in folder.rglob("*.py")]
    private = [(str(path.relative_to(ROOT)), *use) for path in files
               for use in private_uses(path.read_text(encoding="utf-8"), _module_of(path))]
    assert private == []


def test_a_private_name_is_found_however_it_is_reached():
    # written so, each line below uses a private name of another module; the near misses after them do not
    source = """import kg.extract.headline_repeats as repeats
import kg.rdf.terms
from kg.extract import text
from kg.rdf.terms import _XSD_STRING, VERBATIM
from kg.rdf.terms import OX_DKG

repeats._SLOT[0] = None
x = text._HIDDEN
y = kg.rdf.terms._LONG_LITERAL
setattr(repeats, "_SLOT", [None])

self._cache = {}
z = OX_DKG._base, VERBATIM, kg.rdf.terms.VERBATIM, text.__name__
kg.facts._DAY = None
"""
    assert [(m, n) for m, n, _ in private_uses(source, "kg.facts")] == [
        ("kg.extract.headline_repeats", "_SLOT"), ("kg.extract.headline_repeats", "_SLOT"),
        ("kg.extract.text", "_HIDDEN"), ("kg.rdf.terms", "_LONG_LITERAL"), ("kg.rdf.terms", "_XSD_STRING")]


def test_the_declaration_is_read_as_written():
    # near miss for the parser above: a package that names a part after 'never' does not declare it
    assert "kg.web" not in declared("store") and "kg.rdf" in declared("store")


def test_a_relative_import_is_read_as_the_module_it_names():
    # none of kg writes one today; the day one does, it is held to the layers like any other import
    source = "from ..web import create_app\nfrom . import graphs\nfrom .terms import OX_DKG\nfrom kg.text import surface\n"
    assert kg_imports(source, "kg.rdf.files") == [("kg.web", ["create_app"]), ("kg.rdf", ["graphs"]),
                                                  ("kg.rdf.terms", ["OX_DKG"]), ("kg.text", ["surface"])]
    # a package's own relative import starts from the package itself, not from its parent
    assert kg_imports("from .bulk import write\n", "kg.store") == [("kg.store.bulk", ["write"])]


def test_a_private_name_reached_by_a_relative_import_is_found():
    source = "from .cascade import _LAYOUT, layout\nfrom . import layout as drawn\nx = drawn._BOX, drawn.place\n"
    assert [(m, n) for m, n, _ in private_uses(source, "viz")] == [("viz.cascade", "_LAYOUT"), ("viz.layout", "_BOX")]


def test_each_folder_of_kg_says_what_it_owns():
    # a package in its docstring (what it may import, checked above), a folder of data in its README; a folder of
    # code without an __init__.py would be a namespace package, a part no docstring declares
    folders = [path for path in sorted(KG.iterdir()) if path.is_dir() and path.name != "__pycache__"]
    silent = [path.name for path in folders if not (path / "__init__.py").is_file() and not (path / "README.md").is_file()]
    assert silent == []
    loose = sorted(str(path.parent.relative_to(ROOT)) for path in KG.rglob("*.py")
                   if not (path.parent / "__init__.py").is_file())
    assert loose == []


#: the most lines a module may have: one read in a sitting
MAX_LINES = 600

#: packages whose docstring does not yet name every module, with why they wait (strict: the day it
#: does, the mark must go)
UNLISTED: dict[str, str] = {}


#: scripts longer than a sitting, with why they wait (strict: the day one is split, its line must go)
LONG_SCRIPTS: dict[str, str] = {
    "bench/generate.py": "the generator writes every kind of node in one pass; to split by kind of node",
    "bench/run.py": "the benchmark of each layer in one script; to split by layer measured",
}


def longer_than_a_sitting(folders: list[Path]) -> dict[str, int]:
    return {str(path.relative_to(ROOT)): n for folder in folders for path in sorted(folder.rglob("*.py"))
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}


def test_no_module_is_longer_than_a_sitting():
    long = longer_than_a_sitting([KG, ROOT / "viz", ROOT / "tools", ROOT / "bench"])
    assert set(long) == set(LONG_SCRIPTS), f"split these modules (more than {MAX_LINES} lines): {long}"


@pytest.mark.parametrize("package", [pytest.param(p, marks=pytest.mark.xfail(reason=UNLISTED[p], strict=True))
                                     if p in UNLISTED else p for p in PACKAGES])
def test_a_package_s_docstring_names_each_of_its_modules(package):
    doc = ast.get_docstring(ast.parse((KG / package / "__init__.py").read_text(encoding="utf-8"))) or ""
    modules = sorted(m.stem for m in (KG / package).glob("*.py") if m.stem not in ("__init__", "__main__"))
    unnamed = [m for m in modules if f"``{m}``" not in doc and f"kg.{package}.{m}" not in doc]
    assert unnamed == [], f"kg/{package}/__init__.py does not say what {unnamed} hold"


#: parts whose docstrings and comments still name something gone (strict: the day they are right, the mark goes)
STALE: dict[str, str] = {}


def _resolves(name: str) -> bool:
    """Does ``kg.a.b.C.d`` name a module, or something in one (a dataclass's field counts)?"""
    parts = name.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for attr in parts[i:]:
            fields = getattr(obj, "__dataclass_fields__", {})
            if not hasattr(obj, attr) and attr not in fields:
                return False
            obj = getattr(obj, attr, None)
        return True
    return False


@pytest.mark.parametrize("part", [pytest.param(p, marks=pytest.mark.xfail(reason=STALE[p], strict=True))
                                  if p in STALE else p for p in [*PACKAGES, "."]])
def test_what_a_docstring_or_comment_names_in_kg_exists(part):
    # a module moved or a function renamed leaves its old name in the prose around it
    files = sorted((KG / part).rglob("*.py")) if part != "." else sorted(KG.glob("*.py"))
    named = {(str(path.relative_to(ROOT)), found) for path in files if path.name != "__main__.py"
             for found in re.findall(r"(?<![\w/.-])kg(?:\.[A-Za-z_]\w*)+", path.read_text(encoding="utf-8"))}
    assert sorted((f, n) for f, n in named if not _resolves(n)) == []
