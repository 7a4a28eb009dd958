"""The PDF as Quarto builds it: the project's Lua filters chained with a double of Quarto's book
link rewrite in the order ``_quarto-pdf.yml`` puts them, compiled by Typst; fonts that exist."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pypandoc
import pytest
import typst
import yaml

from analysis import paths
from analysis.report import build
from analysis.report.style import cjk_font

QUARTO_BOOK_LINKS = Path(__file__).parent / "quarto" / "book_links.lua"
# Quarto's filter entry points in the order main.lua runs them; its book-links filter runs in the
# pre-combined pass between pre-quarto and post-quarto.
ENTRY_POINTS = ["pre-ast", "post-ast", "pre-quarto", "post-quarto", "pre-render", "post-render", "pre-finalize", "post-finalize"]
BEFORE_BOOK_LINKS = {"pre-ast", "post-ast", "pre-quarto"}

BOOK = textwrap.dedent("""\
    # Overview {#page-index .unnumbered}

    Read [The plans](notebooks/01_plans.py) first.

    # The plans {#page-01_plans}

    | Plan | Target |
    |:---|:---|
    | 重庆市 | [3200左右](../plans/chongqing-2016-2030.html#L63 "000_1bfe080c51687ccb.txt:63") |

    Back to the [Overview](../index.qmd#headline-findings); the texts are in [plans](../plans/index.html).
    """)


def quarto_chain(filters: list[dict]) -> list[Path]:
    """The Lua filters in the order Quarto runs them: user filters at their entry points (in the
    order listed, as Quarto inserts each before its entry point's marker), book-links between."""
    ordered = sorted(filters, key=lambda entry: ENTRY_POINTS.index(entry.get("at", "pre-quarto")))
    before = [paths.ROOT / e["path"] for e in ordered if e.get("at", "pre-quarto") in BEFORE_BOOK_LINKS]
    after = [paths.ROOT / e["path"] for e in ordered if e.get("at", "pre-quarto") not in BEFORE_BOOK_LINKS]
    return [*before, QUARTO_BOOK_LINKS, *after]


def compile_book(chain: list[Path], tmp_path: Path) -> tuple[str, list]:
    args = ["--standalone", "--include-before-body", str(build.PDF_ASSETS / "report.typ")]
    for lua in chain:
        args += ["--lua-filter", str(lua)]
    source = pypandoc.convert_text(BOOK, "typst", format="markdown", extra_args=args)
    (tmp_path / "book.typ").write_text(source, encoding="utf-8")
    _, font_file = cjk_font()
    _, warnings = typst.compile_with_warnings(str(tmp_path / "book.typ"), output=str(tmp_path / "book.pdf"), font_paths=[str(font_file.parent)])
    return source, warnings


def pdf_filters() -> list[dict]:
    config = yaml.safe_load((paths.ROOT / "_quarto-pdf.yml").read_text(encoding="utf-8"))
    return config["format"]["typst"]["filters"]


def test_quarto_book_compiles_with_the_filters_where_the_profile_puts_them(tmp_path):
    source, warnings = compile_book(quarto_chain(pdf_filters()), tmp_path)
    assert '#srcref("000_1bfe080c51687ccb.txt:63")' in source  # the seed file and line are printed
    assert "<L63>" not in source and "plans/chongqing" not in source
    assert '#pagelink("page-01_plans", [The plans])' in source and '#pagelink("page-index", [Overview])' in source
    assert (tmp_path / "book.pdf").read_bytes().startswith(b"%PDF")
    assert [w.message for w in warnings] == []  # no unknown font family, nothing else


def test_the_link_filter_after_quartos_rewrite_breaks_the_book(tmp_path):
    # what Quarto 1.10 did with the filter at post-quarto: the chain test above can fail
    late = [{"path": e["path"], "at": "post-quarto"} for e in pdf_filters()]
    with pytest.raises(typst.TypstError, match="does not exist in the document"):
        compile_book(quarto_chain(late), tmp_path)


def test_every_pdf_filter_has_a_documented_entry_point():
    for entry in pdf_filters():
        assert entry["at"] in ENTRY_POINTS, entry
        assert (paths.ROOT / entry["path"]).exists(), entry
    assert [e["at"] for e in pdf_filters() if e["path"].endswith("links.lua")] == ["pre-ast"]


def test_fonts_named_in_the_pdf_style_are_installed_or_bundled(tmp_path):
    # Typst warns "unknown font family" for any name it cannot find (Quarto printed it for Source Han)
    (tmp_path / "fonts.typ").write_text((build.PDF_ASSETS / "report.typ").read_text(encoding="utf-8") + "\nEnglish 中文 `code 代码`\n", encoding="utf-8")
    _, font_file = cjk_font()
    _, warnings = typst.compile_with_warnings(str(tmp_path / "fonts.typ"), output=str(tmp_path / "fonts.pdf"), font_paths=[str(font_file.parent)])
    assert [w.message for w in warnings] == []


# --- a failed PDF: one line naming the page and the cause; nothing left in the tree ------------------

FAILING_QUARTO = """#!{python}
import sys
from pathlib import Path
args = sys.argv[1:]
out = Path(args[args.index("--output-dir") + 1])
out.mkdir(parents=True, exist_ok=True)
figures = Path("notebooks/02_indicators_files/figure-typst" if "pdf" in args else "notebooks/02_indicators_files/figure-html")
figures.mkdir(parents=True, exist_ok=True)
(figures / "cell-3-output-1.png").write_bytes(b"png")
if "pdf" not in args:
    (out / "index.html").write_text("site")
    sys.exit(0)
lines = ["= Overview", "<page-index>", "text", "= The plans", "<page-01_plans>", "see #link(<L63>)[3200]"]
Path("index.typ").write_text("\\n".join(lines) + "\\n")
sys.stderr.write("[typst]: Compiling index.typ to index.pdf...\\x1b[31merror\\x1b[39m: label `<L63>` does not exist in the document\\n")
sys.stderr.write("    \\u250c\\u2500 index.typ:6:11\\n\\n(544 times)\\nERROR: Typst compilation failed\\n")
sys.exit(1)
"""


def _untracked() -> set[str]:
    """Every untracked file of the work tree, ignored ones included (but not the folders the
    build keeps by design: its staging and cache, the environment)."""
    listing = subprocess.run(["git", "status", "--porcelain", "--ignored", "--untracked-files=all"], cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout
    keep = ("_build/", ".venv/", "_freeze/", ".pytest_cache/", "_site/", "_report/", ".quarto/")
    return {line[3:] for line in listing.splitlines() if not line[3:].startswith(keep) and "__pycache__" not in line}


def test_a_failed_pdf_names_the_page_and_cause_in_one_line_and_leaves_nothing(tmp_path, monkeypatch):
    from analysis.report import inputs, quarto

    stub = tmp_path / "bin" / "quarto"
    stub.parent.mkdir()
    stub.write_text(FAILING_QUARTO.format(python=sys.executable))
    stub.chmod(0o755)
    monkeypatch.setenv("PATH", f"{stub.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(inputs, "FREEZE", tmp_path / "_freeze")
    site = tmp_path / "site"
    before = _untracked()
    with pytest.raises(quarto.QuartoError) as failure:
        build.build(progress=lambda _: None, site=site)
    assert _untracked() == before  # nothing new in the work tree, ignored or not
    message = str(failure.value)
    assert "\n" not in message
    assert "PDF failed" in message and "'The plans' (notebooks/01_plans.py)" in message
    assert "label `<L63>` does not exist in the document (index.typ:6)" in message
    assert not (paths.ROOT / "index.typ").exists()
    assert not list(paths.ROOT.glob("notebooks/*_files"))
    assert not site.exists()


def test_what_quarto_leaves_beside_the_sources_is_ignored():
    probes = ["index.typ", "notebooks/01_plans_files/figure-typst/cell-3-output-1.png", "index_files/figure-html/a.png", "data_files/libs/x.js"]
    result = subprocess.run(["git", "check-ignore", "--no-index", *probes], cwd=paths.ROOT, capture_output=True, text=True)
    assert sorted(result.stdout.split()) == sorted(probes)
    kept = subprocess.run(["git", "check-ignore", "--no-index", "analysis/report/pdf/report.typ", "notebooks/01_plans.py"], cwd=paths.ROOT, capture_output=True, text=True)
    assert kept.stdout == ""


# --- the PDF as printed: tables within the text width, no text over other text ---------------------

def _characters(layout):
    from pdfminer.layout import LTChar

    if isinstance(layout, LTChar):
        yield layout
    elif hasattr(layout, "__iter__"):
        for child in layout:
            yield from _characters(child)


def overprinted(pdf: Path, share: float = 0.3) -> list[tuple[int, str, str]]:
    """Pairs of visible characters drawn over each other (their boxes overlap by more than
    ``share`` of the smaller one), by page. Neighbours in the text stream are kerned pairs, not
    overprints, and are skipped."""
    from collections import defaultdict

    from pdfminer.high_level import extract_pages

    found = []
    for number, page in enumerate(extract_pages(str(pdf)), start=1):
        chars = [c for c in _characters(page) if c.get_text().strip() and c.width > 0.5]
        grid = defaultdict(list)
        for i, c in enumerate(chars):
            for gx in range(int(c.x0 // 10), int(c.x1 // 10) + 1):
                for gy in range(int(c.y0 // 10), int(c.y1 // 10) + 1):
                    grid[gx, gy].append(i)
        pairs = {(i, j) for cell in grid.values() for a, i in enumerate(cell) for j in cell[a + 1:] if abs(i - j) > 2}
        for i, j in sorted(pairs):
            p, q = chars[i], chars[j]
            width, height = min(p.x1, q.x1) - max(p.x0, q.x0), min(p.y1, q.y1) - max(p.y0, q.y0)
            if width > 0 and height > 0 and width * height > share * min(p.width * p.height, q.width * q.height):
                found.append((number, p.get_text(), q.get_text()))
        outside = [c.get_text() for c in chars if c.x0 < page.x0 or c.x1 > page.x1]
        found += [(number, text, "page edge") for text in outside]
    return found


def test_overprint_check_finds_text_over_text(tmp_path):
    (tmp_path / "over.typ").write_text('#place(dx: 0pt)[000_1bfe080c51687ccb.txt:64]\n#place(dx: 40pt)[3016.55 (2015)]\n', encoding="utf-8")
    typst.compile(str(tmp_path / "over.typ"), output=str(tmp_path / "over.pdf"))
    assert overprinted(tmp_path / "over.pdf")


def test_no_text_of_the_pdf_overprints_another(fallback_site):
    # seed-file notes after values, commit hashes and SHA-256 digests in the Sources table ran into
    # the next column; every page of the report as printed
    assert overprinted(fallback_site / build.PDF_NAME) == []


def test_every_table_of_the_typst_source_fits_the_text_width(executed, tmp_path):
    _, pages = executed
    source = build.pdf_source(pages, tmp_path / "work")
    tables = re.findall(r"columns: \(([\d.%, ]+)\)", source)
    assert len(tables) >= 20
    for columns in tables:
        widths = [float(width.strip().rstrip("%")) for width in columns.split(",") if width.strip()]
        assert sum(widths) <= 100.5, columns
    assert "#show table: it => {" in source and "breakable(run.text)" in source  # long runs break in cells


def test_formulas_are_typeset_as_maths(executed, fallback_site, tmp_path):
    _, pages = executed
    source = build.pdf_source(pages, tmp_path / "work")
    assert "hat(v)_T" in source and "v_T \\/ v_b" in source  # Typst maths, not v_T and ^ in text
    assert "^(1/(T−b))" not in source and "v\\_T" not in source
    methods = (fallback_site / "notebooks" / "07_methods.html").read_text(encoding="utf-8")
    assert methods.count("<math ") >= 5 and "$v_T" not in methods and "$b$" not in methods  # MathML: the browser typesets it, offline too


def test_fallback_pages_load_no_script_from_a_cdn(fallback_site):
    pages = sorted(fallback_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        scripts = re.findall(r'<script[^>]*\bsrc="([^"]+)"|import [^;]* from "(https?://[^"]+)"', page.read_text(encoding="utf-8"))
        assert [url for pair in scripts for url in pair if url.startswith(("http://", "https://", "//"))] == [], page.name


def test_a_hyphenated_english_word_in_a_table_breaks_at_a_hyphen_never_mid_word(tmp_path):
    # the breakable() rule of report.typ cut population-development into "population-devel" / "opment" (a run of
    # more than 16 characters without a space); a hash still breaks anywhere
    from pdfminer.high_level import extract_text

    style = (build.PDF_ASSETS / "report.typ").read_text(encoding="utf-8")
    cells = "#table(columns: (1.3cm, 1.3cm), [population-development], [0123456789abcdef0123456789abcdef])\n"
    (tmp_path / "cell.typ").write_text(style + "\n" + cells, encoding="utf-8")
    typst.compile(str(tmp_path / "cell.typ"), output=str(tmp_path / "cell.pdf"))
    printed = extract_text(str(tmp_path / "cell.pdf")).replace("\xad", "-").replace("\u200b", "")  # a hyphen is read as U+00AD
    lines = [line.strip() for line in printed.splitlines() if line.strip()]
    word = [line for line in lines if re.fullmatch(r"[a-z-]+", line)]
    assert len(word) >= 2 and "".join(word).replace("-", "") == "populationdevelopment"
    assert all(line.endswith("-") for line in word[:-1]), word
    digest = [line for line in lines if re.fullmatch(r"[0-9a-f]+", line)]
    assert "".join(digest) == "0123456789abcdef0123456789abcdef" and len(digest) >= 2
