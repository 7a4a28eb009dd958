"""Shared fixtures: the seeds are ingested once per test session; the report's pages are executed
once (several kernels at a time) and the fallback site built once from them."""

from __future__ import annotations

import atexit
import functools
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from analysis import paths
from analysis.ingest.stage import ingest_manifest
from analysis.manifest import read_manifest


@functools.cache
def own_checkout() -> Path:
    """A copy of the repository's files (``git ls-files``) for the tests that run the command line:
    they build there, never in this checkout, so ``make test`` while a build runs here does not
    stop on the build lock (and never touches this checkout's outputs)."""
    target = Path(tempfile.mkdtemp(prefix="planwatch-test-checkout-")) / "repo"
    atexit.register(shutil.rmtree, target.parent, True)
    return copy_tracked_files(target)


def copy_tracked_files(target: Path) -> Path:
    """Copy every file git tracks in this checkout (what a fresh clone holds) to ``target``."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout.split("\0")
    for name in filter(None, files):
        source = paths.ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="session")
def manifest():
    return read_manifest()


@pytest.fixture(scope="session")
def documents(manifest):
    return {document.seed_file: document for document in ingest_manifest(manifest)}


@pytest.fixture(scope="session")
def seed_lines():
    """Original lines of each seed, by three-digit prefix ('000' … '004')."""
    return {path.name[:3]: path.read_text(encoding="utf-8").split("\n") for path in paths.SEEDS.glob("*.txt")}


@pytest.fixture(scope="session")
def executed(tmp_path_factory):
    """Every report page executed in a fresh kernel (once per session); figures and tables go to a
    temporary output directory, returned with the pages."""
    import os

    from analysis.report.build import report_sources
    from analysis.report.pages import execute_many

    output = tmp_path_factory.mktemp("report")
    previous = os.environ.get("PLANWATCH_OUTPUT")
    os.environ["PLANWATCH_OUTPUT"] = str(output)  # the kernels inherit it
    try:
        pages = execute_many(report_sources())
    finally:
        if previous is None:
            os.environ.pop("PLANWATCH_OUTPUT")
        else:
            os.environ["PLANWATCH_OUTPUT"] = previous
    return output, pages


@pytest.fixture(scope="session")
def fallback_site(executed, tmp_path_factory):
    """The fallback site (HTML pages, downloads, PDF and plan source pages), built once."""
    from analysis.report.build import fallback_site as build_site
    from analysis.report.sources import write_source_pages

    _, pages = executed
    folder = tmp_path_factory.mktemp("fallback")
    site = folder / "site"
    build_site(pages, site, progress=lambda _: None, work=folder / "work")
    write_source_pages(site)
    return site
