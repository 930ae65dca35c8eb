"""kg (the package's own module): the names it offers are what they say in every session, whatever was imported first."""

from __future__ import annotations

import re
from types import ModuleType

import kg
import kg.extract  # noqa: F401  (imported first, as any module of the library may have done)
import kg.validate  # noqa: F401


def test_every_public_name_is_a_function_or_class_never_a_subpackage():
    # a lazy name equal to a subpackage's ("extract") is the subpackage once that is imported: a notebook's
    # `extract(text)` then said "'module' object is not callable"
    for name in kg.__all__:
        if name != "__version__":
            assert not isinstance(getattr(kg, name), ModuleType), name


def test_the_public_surface_in_the_docstring_imports_callables():
    (block,) = re.findall(r"The public surface::\n\n((?:    .+\n)+)", kg.__doc__ or "")
    scope: dict = {}
    exec("\n".join(line.strip() for line in block.splitlines()), scope)  # noqa: S102  (our own docstring)
    names = {k: v for k, v in scope.items() if not k.startswith("__")}
    assert {"Store", "extract", "validate", "validate_batch"} <= set(names)
    assert all(callable(v) and not isinstance(v, ModuleType) for v in names.values()), names
