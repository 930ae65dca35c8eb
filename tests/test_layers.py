"""The flow the folders name holds in the imports: each package of ``kg`` says in its docstring
what it may import ("May import ``kg.x``, ``kg.y``; never ..."), and imports nothing else of
``kg``; no two parts of ``kg`` import each other; no module imports another's private names."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"
PACKAGES = sorted(p.name for p in KG.iterdir() if (p / "__init__.py").is_file())


def _part(module: str) -> str:
    """The part of kg a module belongs to: its package (``kg.store``) or itself (``kg.cards``)."""
    return ".".join(module.split(".")[:2])


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every ``kg`` import in a file, those inside functions included."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "kg":
            names = [a.name for a in node.names]
            if node.module == "kg":
                out += [(f"kg.{n}", []) for n in names]
            else:
                out.append((node.module, names))
        elif isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names if a.name.startswith("kg.")]
    return out


def _module_of(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


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


def test_no_two_parts_of_kg_import_each_other():
    uses = _uses()
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


def test_no_module_imports_another_module_s_private_names():
    private = [(str(path.relative_to(KG.parent)), module, name) for path in KG.rglob("*.py")
               for module, names in _imports(path) for name in names
               if name.startswith("_") and not name.startswith("__") and module != _module_of(path)]
    assert private == []


def test_the_declaration_is_read_as_written():
    # near miss for the parser above: a package that names a part after 'never' does not declare it
    assert "kg.web" not in declared("store") and "kg.rdf" in declared("store")
