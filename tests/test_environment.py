"""The environment is declared once in three forms that must agree: pyproject, lock file, conda file."""

from __future__ import annotations

import re
import tomllib

import yaml

from analysis import paths

NOT_PACKAGES = {"python", "pip", "quarto", "-e ."}


def _name(requirement: str) -> str:
    """PEP 503 normalised name of a requirement string."""
    return re.sub(r"[-_.]+", "-", re.split(r"[<>=!~\[ ;]", requirement.strip(), maxsplit=1)[0]).lower()


def _pyproject():
    return tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _lock() -> dict[str, str]:
    pins = {}
    for line in (paths.ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[_name(name)] = version
    return pins


def _environment() -> dict[str, str]:
    spec = yaml.safe_load((paths.ROOT / "environment.yml").read_text(encoding="utf-8"))
    entries = [entry for entry in spec["dependencies"] if isinstance(entry, str)]
    entries += next(entry["pip"] for entry in spec["dependencies"] if isinstance(entry, dict))
    versions = {}
    for entry in entries:
        if entry.strip() in NOT_PACKAGES or entry.startswith(("python=", "quarto=")):
            continue
        name, version = re.split(r"==|=", entry, maxsplit=1)
        versions[_name(name)] = version
    return versions


def test_conda_environment_declares_the_same_packages_as_pyproject():
    project = _pyproject()
    declared = {_name(r) for r in project["dependencies"]} | {_name(r) for r in project["optional-dependencies"]["test"]}
    assert set(_environment()) == declared


def test_every_declared_package_is_pinned_in_the_lock_file():
    project = _pyproject()
    lock = _lock()
    missing = [_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"] if _name(r) not in lock]
    assert missing == []


def test_conda_versions_equal_lock_pins():
    lock = _lock()
    assert {name: version for name, version in _environment().items() if lock.get(name) != version} == {}


def test_quarto_is_declared_for_conda_and_as_a_pip_extra():
    spec = (paths.ROOT / "environment.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s*- quarto=", spec, re.MULTILINE)
    assert [_name(r) for r in _pyproject()["optional-dependencies"]["quarto"]] == ["quarto-cli"]
    assert "conda-forge" in spec and "python=3.11" in spec and "- -e ." in spec


def test_ci_runs_exactly_the_readme_test_command():
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^\s*(make \w+)\s*$", readme, re.MULTILINE)
    assert commands[:2] == ["make report", "make test"]
    ci = (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1].strip() == "make test"
    makefile = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^report: ", makefile, re.MULTILINE) and re.search(r"^test: ", makefile, re.MULTILINE)
