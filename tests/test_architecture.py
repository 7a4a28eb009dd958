"""The package runs one way: the import contract in pyproject.toml holds, names every module, and
fails with the offending import when a floor imports one above it; there are no import cycles."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib

import grimp
import pytest

from analysis import paths


def _contract(contract_id: str) -> dict:
    config = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return next(c for c in config["tool"]["importlinter"]["contracts"] if c["id"] == contract_id)


def _lint(cwd) -> subprocess.CompletedProcess:
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True, no_logo=True))"
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"})


def test_the_import_contract_holds():
    result = _lint(paths.ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_every_module_of_the_package_is_on_a_floor():
    """A new top-level module must be placed on a floor, or the contract would not constrain it."""
    named = {module.strip() for layer in _contract("floors")["layers"] for module in layer.replace(":", "|").split("|")}
    top = {f"analysis.{path.stem}" for path in (paths.ROOT / "analysis").iterdir()
           if (path.suffix == ".py" and path.stem != "__init__") or (path.is_dir() and (path / "__init__.py").exists())}
    assert top - named == set()
    assert named - top == set()


def test_no_import_cycles():
    graph = grimp.build_graph("analysis")
    imports = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    # Tarjan's strongly connected components: a component of more than one module is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in imports[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(component)

    for module in sorted(imports):
        if module not in index:
            visit(module)
    assert cycles == []


@pytest.mark.parametrize("importer, imported", [
    ("analysis/demography/metrics.py", "analysis.model.trends"),  # the shared floor importing a stage
    ("analysis/consistency/official.py", "analysis.model.statements"),  # the audit importing the model
    ("analysis/model/statements.py", "analysis.extract.crosscheck"),  # the model importing the extractor's code
])
def test_a_back_edge_fails_the_contract_and_is_named(tmp_path, importer, imported):
    shutil.copytree(paths.ROOT / "analysis", tmp_path / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(paths.ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    module = tmp_path / importer
    module.write_text(module.read_text(encoding="utf-8") + f"\nimport {imported}  # noqa: E402,F401\n", encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode == 1
    assert "BROKEN" in result.stdout
    assert f"{importer[:-3].replace('/', '.')} -> {imported}" in result.stdout


def test_the_source_ids_of_the_contract_are_the_registered_sources():
    """The observations schema accepts exactly the sources that have a provenance record."""
    from analysis.sources.provenance import registry
    from analysis.vocabulary import SOURCE_IDS

    assert sorted(SOURCE_IDS) == sorted(registry()["source_id"])
