"""Shared fixtures: the seeds are ingested once per test session."""

from __future__ import annotations

import pytest

from analysis import paths
from analysis.ingest.stage import ingest_manifest
from analysis.manifest import read_manifest


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
