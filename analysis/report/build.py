"""Build the report: with Quarto when it is installed, otherwise with a small fallback.

Every build is all-or-nothing (:mod:`analysis.report.staging`): it works in its own staging
directory ``_build/report-<pid>-…/`` and the finished site replaces ``_site/`` in one step, so
an interrupt or a failure leaves the previous site as it was, and two builds at the same time
never share a work directory.

**Quarto** (``quarto`` on PATH, :mod:`analysis.report.quarto`): ``quarto render --profile site``
writes the website and ``quarto render --profile pdf --to typst`` the Typst book, whose PDF
becomes ``planwatch-report.pdf`` in the site; Quarto runs the notebooks with this build's Python
(``QUARTO_PYTHON``) and re-executes them whenever the data changed.

**Fallback** (no Quarto — this is said on the console): every page is executed in a fresh kernel
(nbclient, :mod:`analysis.report.pages`), several at once, then

* each page becomes an HTML file (nbconvert, code hidden, figure and table captions numbered)
  with a navigation bar: ``index.html``, ``notebooks/<page>.html``, ``data.html``;
* the tidy tables are copied to ``data/`` for download;
* the whole report becomes one PDF, ``planwatch-report.pdf``: the executed pages as Markdown
  (figures as PNG, tables as Markdown tables), converted by pandoc (the ``pypandoc-binary``
  wheel, with the same Lua filter and Typst styling as the Quarto book) to Typst and compiled
  by Typst (the ``typst`` wheel) with the CJK font.

Executed pages are kept in ``_build/executed/``, keyed on the page's source and the fingerprint
of everything it reads (:mod:`analysis.report.inputs`); a page whose key is unchanged is not
executed again. Both paths write the plan source pages ``plans/<plan>.html``
(:mod:`analysis.report.sources`). The fallback is deliberately plain; it is not a second report
system.
"""

from __future__ import annotations

import base64
import html
import os
import re
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import nbformat
import pypandoc
from nbconvert import HTMLExporter

from analysis import paths
from analysis.report import inputs, quarto
from analysis.report.catalog import DATA, INDEX, PAGES
from analysis.report.data_views import DATA_FOLDERS
from analysis.report.pages import ExecutedPage, cell_options, execute_many, quarto_like
from analysis.report.sources import write_source_pages
from analysis.report.staging import BUILD, staging_dir, swap_in
from analysis.report.style import cjk_font

PDF_NAME = quarto.PDF_NAME
PDF_ASSETS = Path(__file__).parent / "pdf"
CSS_FILE = Path(__file__).parent / "assets" / "report.css"
# nbconvert's lab template without its CDN scripts (see the template's comment): pages read offline.
OFFLINE_TEMPLATE = Path(__file__).parent / "assets" / "offline.html.j2"
EXECUTED = BUILD / "executed"
NAV_CSS = """
  nav.planwatch { background:#2c3e50; padding:0.6em 1.2em; font-family:"Noto Sans","Noto Sans CJK SC",sans-serif; }
  nav.planwatch a { color:#ecf0f1; margin-right:1.2em; text-decoration:none; font-size:0.95em; }
  nav.planwatch a.current { font-weight:bold; border-bottom:2px solid #f4a442; }
  .fallback-note { background:#fff8e1; padding:0.4em 1.2em; font-size:0.85em; }
  .jp-Notebook { max-width: 76em; margin: 0 auto; padding: 0 1em; }
  .jp-Cell { padding-left: 0 !important; padding-right: 0 !important; }
  .jp-Cell-inputWrapper, .jp-Cell-outputWrapper, .jp-InputArea, .jp-OutputArea-child { display: block !important; }
  .jp-OutputArea-output { display: block !important; max-width: 100%; min-width: 0; }
  .jp-InputPrompt, .jp-OutputPrompt, .jp-Collapser { display: none !important; }
  .jp-RenderedMarkdown, .jp-RenderedHTMLCommon, .jp-OutputArea-output { padding-left: 0 !important; padding-right: 0 !important; margin-left: 0 !important; }
"""


def css() -> str:
    return "<style>" + NAV_CSS + CSS_FILE.read_text(encoding="utf-8") + "</style>"


def build(progress: Callable[[str], None] = print, site: Path = paths.SITE) -> Path:
    """Build the site and the PDF in a staging directory, then put the site in place of ``site``."""
    work = staging_dir()
    try:
        new_site = work / "site"
        new_site.mkdir()
        if quarto.available():
            progress("rendering with Quarto")
            quarto.render(new_site, work, progress)
        else:
            progress(
                "Quarto is not installed: building the fallback report (nbclient + nbconvert for HTML, "
                "pandoc + Typst for the PDF). Install Quarto (see environment.yml) for the full site."
            )
            executed = execute_all(progress)
            fallback_site(executed, new_site, progress, work=work)
        write_source_pages(new_site, progress)
        swap_in(new_site, site)
        progress(f"the report is in {paths.display(site)}/ (open index.html; the PDF is {PDF_NAME})")
        return site
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report_sources() -> list[Path]:
    """The pages to execute, in report order: the front page, the notebooks, the data page (which
    is on the site only, not in the PDF)."""
    return [paths.ROOT / INDEX, *(page.path for page in PAGES), paths.ROOT / DATA]


def _in_pdf(page: ExecutedPage) -> bool:
    return page.source.name != DATA


def execute_all(progress: Callable[[str], None] = print, cache: Path | None | bool = True) -> list[ExecutedPage]:
    """Execute the front page and every notebook, in report order, several at once; pages whose
    inputs are unchanged since they were last executed are taken from ``cache`` (default
    ``_build/executed/``; ``None``: execute everything)."""
    cache = EXECUTED if cache is True else (cache or None)
    started = time.perf_counter()
    sources = report_sources()
    fingerprint = inputs.fingerprint()
    keys = {source: inputs.page_key(source, fingerprint) for source in sources}
    pages: dict[Path, ExecutedPage] = {}
    # the figures and tables the pages write (``_report/``) must be the ones of these inputs too:
    # a cached page is reused only while they are (after ``make clean`` every page executes again)
    outputs_stamp = Path(os.environ.get("PLANWATCH_OUTPUT", paths.REPORT_OUT)) / ".planwatch-inputs.sha256"
    outputs_current = outputs_stamp.exists() and outputs_stamp.read_text(encoding="utf-8").strip() == fingerprint
    if cache is not None and outputs_current:
        for source in sources:
            cached = _cached(cache, source, keys[source])
            if cached is not None:
                pages[source] = cached
    if pages:
        progress(f"{len(pages)} of {len(sources)} pages unchanged since they were last executed (same inputs): reused")
    missing = [source for source in sources if source not in pages]
    if missing:
        for source, page in zip(missing, execute_many(missing, progress=progress)):
            pages[source] = page
            if cache is not None:
                _store(cache, source, keys[source], page)
        progress(f"executed {len(missing)} pages in {time.perf_counter() - started:.1f} s")
    outputs_stamp.parent.mkdir(parents=True, exist_ok=True)
    outputs_stamp.write_text(fingerprint + "\n", encoding="utf-8")
    return [pages[source] for source in sources]


def _cache_file(cache: Path, source: Path) -> Path:
    return cache / (source.relative_to(paths.ROOT).as_posix().replace("/", "__") + ".ipynb")


def _cached(cache: Path, source: Path, key: str) -> ExecutedPage | None:
    path = _cache_file(cache, source)
    try:
        notebook = nbformat.read(path, as_version=4)
    except (OSError, ValueError):
        return None
    meta = notebook.metadata.get("planwatch", {})
    if meta.get("key") != key:
        return None
    return ExecutedPage(source, meta.get("title", ""), notebook)


def _store(cache: Path, source: Path, key: str, page: ExecutedPage) -> None:
    """Write an executed page to the cache atomically (a concurrent build never reads half a file)."""
    notebook = nbformat.from_dict(page.notebook)
    notebook.metadata["planwatch"] = {"key": key, "title": page.title}
    cache.mkdir(parents=True, exist_ok=True)
    target = _cache_file(cache, source)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    nbformat.write(notebook, tmp)
    os.replace(tmp, target)


def fallback_site(executed: Sequence[ExecutedPage], site: Path, progress: Callable[[str], None] = print, work: Path | None = None) -> None:
    """Write the HTML pages, the data downloads and the PDF from executed pages into ``site``
    (an empty or new directory), with the PDF's work files in ``work`` (default: a folder beside it)."""
    (site / "notebooks").mkdir(parents=True, exist_ok=True)
    where = {paths.ROOT / INDEX: site / "index.html", paths.ROOT / DATA: site / "data.html", **{page.path: site / "notebooks" / f"{page.stem}.html" for page in PAGES}}
    targets = [where[page.source] for page in executed]
    for page, target in zip(executed, targets):
        target.write_text(_html_page(page, target, site), encoding="utf-8")
    for folder in DATA_FOLDERS:
        destination = site / "data" / folder.relative_to(paths.DATA)
        destination.mkdir(parents=True, exist_ok=True)
        for file in sorted(folder.glob("*.csv")) + sorted(folder.glob("*.parquet")):
            shutil.copyfile(file, destination / file.name)  # the umask decides who may read, not the source's mode
    progress(f"wrote {len(targets)} HTML pages and the data downloads")
    pdf = build_pdf([page for page in executed if _in_pdf(page)], site / PDF_NAME, work=(work or site.parent) / "pdf")
    progress(f"wrote the PDF, {pdf.name}")


# -- HTML -------------------------------------------------------------------------------------------

def _navigation(target: Path, site: Path) -> str:
    entries = [("Overview", site / "index.html")] + [(page.title, site / "notebooks" / f"{page.stem}.html") for page in PAGES] + [
        ("Data", site / "data.html"), ("Plan texts", site / "plans" / "index.html"), ("PDF", site / PDF_NAME)
    ]
    links = []
    for name, path in entries:
        href = os.path.relpath(path, target.parent)
        current = ' class="current"' if path == target else ""
        links.append(f'<a href="{html.escape(href)}"{current}>{html.escape(name)}</a>')
    note = '<div class="fallback-note">Built without Quarto (fallback renderer): the same pages, plainer layout.</div>'
    return f'<nav class="planwatch">{"".join(links)}</nav>{note}'


def _html_page(page: ExecutedPage, target: Path, site: Path) -> str:
    notebook = quarto_like(nbformat.from_dict(page.notebook))
    notebook.cells.insert(0, nbformat.v4.new_markdown_cell(f"# {page.title}"))
    for number, cell in enumerate(notebook.cells):
        cell.id = f"c{number}"  # nbformat draws new cells' ids at random: the same page, the same bytes
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = _with_mathml(_fix_links(cell.source, target, site))
    for cell in notebook.cells:
        if cell.cell_type == "code":
            _figures_with_alt_text(cell)
    exporter = HTMLExporter(template_name="lab", extra_template_paths=[str(OFFLINE_TEMPLATE.parent)], template_file=OFFLINE_TEMPLATE.name,
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(notebook)
    body = body.replace("</head>", css() + "</head>", 1)
    start = body.index("<body")
    start = body.index(">", start) + 1
    return body[:start] + _navigation(target, site) + body[start:]


_TEX_MATH = re.compile(r"(?<![\\$])\$(?=\S)[^$\n]+(?<=\S)\$(?!\d)")


def _with_mathml(markdown: str) -> str:
    """A Markdown cell with TeX maths as HTML with MathML (pandoc), which browsers typeset
    themselves: the fallback site needs no MathJax from a CDN, so formulas read offline too."""
    if not _TEX_MATH.search(markdown):
        return markdown
    return pypandoc.convert_text(markdown, "html", format="markdown", extra_args=["--mathml"])


def _figures_with_alt_text(cell: nbformat.NotebookNode) -> None:
    """nbconvert's templates write a figure without alt text: a figure whose cell has ``fig-alt``
    becomes an HTML image that carries it."""
    alt = cell_options(cell).get("fig-alt", "")
    if not alt:
        return
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if "image/png" in data:
            png = "".join(data.pop("image/png").split())
            data.pop("text/plain", None)
            data["text/html"] = f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{png}">'


def _fix_links(markdown: str, target: Path, site: Path) -> str:
    """Links between pages point at the .py/.qmd sources in Quarto; here at the HTML files."""
    replacements = {f"notebooks/{page.stem}.py": os.path.relpath(site / "notebooks" / f"{page.stem}.html", target.parent) for page in PAGES}
    replacements["data.qmd"] = os.path.relpath(site / "data.html", target.parent)
    replacements["index.qmd"] = os.path.relpath(site / "index.html", target.parent)
    for source, href in replacements.items():
        markdown = re.sub(rf"\]\((?:\.\./)?{re.escape(source)}(#[^)\s]*)?(\s+\"[^\"]*\")?\)", lambda m: f"]({href}{m.group(1) or ''}{m.group(2) or ''})", markdown)
    return markdown


# -- PDF ---------------------------------------------------------------------------------------------

def build_pdf(executed: Sequence[ExecutedPage], target: Path, work: Path) -> Path:
    """One PDF of the whole report: Markdown → Typst (pandoc, with ``pdf/links.lua``) → PDF
    (Typst, styled by ``pdf/report.typ``), CJK font embedded. ``work`` is this build's own folder."""
    import typst

    (work / "report.typ").write_text(pdf_source(executed, work), encoding="utf-8")
    font, font_file = cjk_font()
    typst.compile(str(work / "report.typ"), output=str(target), font_paths=sorted({str(font_file.parent)}), root=str(work))
    shutil.rmtree(work)
    return target


def pdf_source(executed: Sequence[ExecutedPage], work: Path) -> str:
    """The report as one Typst document (figures written into ``work/figures/``; ``work`` is
    emptied first)."""
    if work.exists():
        shutil.rmtree(work)
    (work / "figures").mkdir(parents=True)
    parts = [_page_markdown(page, number, work, first=number == 0) for number, page in enumerate(p for p in executed if _in_pdf(p))]
    return pypandoc.convert_text(
        "\n\n".join(parts),
        "typst",
        format="markdown-raw_html-raw_attribute",
        extra_args=[
            "--standalone", "--toc", "--toc-depth=2", "-V", "fontsize=10pt", "-V", "papersize=a4",
            "-M", f"title={pdf_title()}", "-V", "section-numbering=1.1",
            *pdf_filters(), "--include-before-body", str(PDF_ASSETS / "report.typ"),
        ],
    )


def pdf_filters() -> list[str]:
    """pandoc's arguments for the fallback PDF's Lua filters: links with their printed sources,
    figures with their alt text, tables' captions kept on their table's page."""
    return [arg for name in ("links.lua", "images.lua", "captions.lua") for arg in ("--lua-filter", str(PDF_ASSETS / name))]


def pdf_title() -> str:
    """The PDF's title, as in ``_quarto-pdf.yml`` (the same words whatever the corpus holds)."""
    import yaml

    return yaml.safe_load((paths.ROOT / "_quarto-pdf.yml").read_text(encoding="utf-8"))["book"]["title"]


def _page_markdown(page: ExecutedPage, number: int, work: Path, first: bool) -> str:
    """A page as Markdown for the PDF: a chapter labelled ``page-<stem>`` (the front page's
    sections are unnumbered); links are left to the PDF filter."""
    notebook = quarto_like(nbformat.from_dict(page.notebook))
    stem = page.source.stem
    lines = [f"# Overview {{#page-{stem} .unnumbered}}" if first else f"# {page.title} {{#page-{stem}}}"]  # the front page's title is the PDF's
    figure = 0
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            text = cell.source
            if first:
                text = re.sub(r"(?m)^(#{1,6} .*?)\s*$", r"\1 {.unnumbered}", text)
            else:
                text = re.sub(r"(?m)^# ", "## ", text)
            lines.append(text)
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                figure += 1
                name = f"page{number}-{figure}.png"
                (work / "figures" / name).write_bytes(base64.b64decode(data["image/png"]))
                alt = cell_options(cell).get("fig-alt", "").replace("\\", "\\\\").replace('"', '\\"')
                lines.append(f'![](figures/{name}){{width=100% alt="{alt}"}}' if alt else f"![](figures/{name}){{width=100%}}")
            elif "text/markdown" in data:
                lines.append(data["text/markdown"])
    return "\n\n".join(lines)
