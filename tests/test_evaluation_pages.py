"""No page kept for independent evaluation is cited anywhere in the project's data, corpus or seeds.

``../shared/research/evaluation_pages.txt`` lists public pages held back to measure planwatch on text it
was never developed on; the project must never use them (issue #19). ``test_real_corpus`` checks the
corpus manifest's addresses; this test reads every file under ``data/``, ``corpus/``, ``seeds/``, the code, the
notebooks, the tests and the README (the reference tables, their derived tables, notes and search logs included) and fails on any listed address
written anywhere in them, with or without its scheme (``http://``/``https://``) or a trailing slash.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVALUATION_PAGES = ROOT.parent / "shared" / "research" / "evaluation_pages.txt"
SCANNED = ("data", "corpus", "seeds", "analysis", "notebooks", "tests", "benchmarks", "README.md", "index.qmd", "data.qmd")


def _bare(address: str) -> str:
    """The address without scheme and trailing slash: ``http://a.cn/x/`` → ``a.cn/x``."""
    address = address.strip().rstrip("/")
    for scheme in ("https://", "http://"):
        if address.lower().startswith(scheme):
            return address[len(scheme):]
    return address


def _listed() -> list[str]:
    lines = EVALUATION_PAGES.read_text(encoding="utf-8").splitlines()
    return sorted({_bare(line) for line in lines if line.strip() and not line.lstrip().startswith("#")})


def test_bare_address_drops_scheme_and_trailing_slash():
    assert _bare("http://www.example.cn/gn/2017/01-25/1.shtml") == "www.example.cn/gn/2017/01-25/1.shtml"
    assert _bare(" HTTPS://a.cn/x/ ") == "a.cn/x"


def test_no_file_cites_a_page_held_out_for_evaluation():
    if not EVALUATION_PAGES.is_file():
        pytest.skip(f"{EVALUATION_PAGES} is absent (it lives in ../shared beside the clone); "
                    "the held-out-page check cannot run here")
    listed = _listed()
    assert len(listed) > 50  # the list was read, not an empty file
    hits = []
    for folder in SCANNED:
        for path in [ROOT / folder] if (ROOT / folder).is_file() else sorted((ROOT / folder).rglob("*")):
            if not path.is_file():
                continue
            text = path.read_bytes().decode("utf-8", errors="ignore")
            hits += [f"{path.relative_to(ROOT)}: {address}" for address in listed if address in text]
    assert not hits, hits
