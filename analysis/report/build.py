"""Build the report: with Quarto when it is installed, otherwise with a small fallback.

**Quarto** (``quarto`` on PATH): ``quarto render`` writes the website to ``_site/``;
``quarto render --profile pdf`` writes the Typst book, copied to ``_site/planwatch-report.pdf``.

**Fallback** (no Quarto — this is said on the console): every page is executed in a fresh kernel
(nbclient, :mod:`analysis.report.pages`), then

* each page becomes an HTML file (nbconvert, code hidden, figure and table captions numbered)
  with a navigation bar: ``_site/index.html``, ``_site/notebooks/<page>.html``, ``_site/data.html``;
* the tidy tables are copied to ``_site/data/`` for download;
* the whole report becomes one PDF, ``_site/planwatch-report.pdf``: the executed pages as
  Markdown (figures as PNG, tables as Markdown tables), converted by pandoc (the
  ``pypandoc-binary`` wheel) to Typst and compiled by Typst (the ``typst`` wheel) with the
  CJK font.

The fallback is deliberately plain; it is not a second report system.
"""

from __future__ import annotations

import base64
import html
import shutil
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

import nbformat
import pypandoc
from nbconvert import HTMLExporter

from analysis import paths
from analysis.report.catalog import INDEX, PAGES
from analysis.report.pages import ExecutedPage, execute, quarto_like
from analysis.report.style import cjk_font

PDF_NAME = "planwatch-report.pdf"
#: Typst rules for the PDF: long tables break across pages, table text is small and unjustified.
TYPST_HEADER = """
#show figure.where(kind: table): set block(breakable: true)
#show table: set text(size: 7.5pt)
#show table: set par(justify: false)
#set table(inset: (x: 3pt, y: 2pt))
#show figure.caption: set text(size: 9pt)
"""
DATA_FOLDERS = (paths.PROCESSED, paths.REFERENCE, paths.CODEBOOK)
CSS = """
<style>
  nav.planwatch { background:#2c3e50; padding:0.6em 1.2em; font-family:"Noto Sans CJK SC",sans-serif; }
  nav.planwatch a { color:#ecf0f1; margin-right:1.2em; text-decoration:none; font-size:0.95em; }
  nav.planwatch a.current { font-weight:bold; border-bottom:2px solid #f4a442; }
  .fallback-note { background:#fff8e1; padding:0.4em 1.2em; font-size:0.85em; }
  body { font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif; }
  table.planwatch-table { border-collapse:collapse; font-size:0.85em; }
  table.planwatch-table td, table.planwatch-table th { padding:0.2em 0.6em; border-bottom:1px solid #ddd; text-align:left !important; vertical-align:top; }
  table.planwatch-table thead th { position:sticky; top:0; background:#fff; }
</style>
"""


def build(progress: Callable[[str], None] = print, site: Path = paths.SITE) -> Path:
    """Build the site and the PDF; return the site directory."""
    if shutil.which("quarto"):
        progress("rendering with Quarto")
        subprocess.run(["quarto", "render"], cwd=paths.ROOT, check=True)
        subprocess.run(["quarto", "render", "--profile", "pdf"], cwd=paths.ROOT, check=True)
        books = sorted((paths.ROOT / "_book").glob("*.pdf"))
        if books:
            shutil.copy(books[0], site / PDF_NAME)
        return site
    progress("Quarto is not installed: building the fallback report (nbclient + nbconvert for HTML, pandoc + Typst for the PDF). Install Quarto (see environment.yml) for the full site.")
    executed = execute_all(progress)
    fallback_site(executed, site, progress)
    return site


def execute_all(progress: Callable[[str], None] = print) -> list[ExecutedPage]:
    """Execute the front page and every notebook, in report order."""
    executed = []
    for source in (paths.ROOT / INDEX, *(page.path for page in PAGES)):
        progress(f"executing {source.relative_to(paths.ROOT)}")
        executed.append(execute(source))
    return executed


def fallback_site(executed: Sequence[ExecutedPage], site: Path, progress: Callable[[str], None] = print) -> None:
    """Write the HTML pages, the data downloads and the PDF from executed pages."""
    if site.exists():
        shutil.rmtree(site)
    (site / "notebooks").mkdir(parents=True)
    targets = [site / "index.html", *(site / "notebooks" / f"{page.stem}.html" for page in PAGES)]
    for page, target in zip(executed, targets):
        target.write_text(_html_page(page, target, site), encoding="utf-8")
    (site / "data.html").write_text(_data_page(site), encoding="utf-8")
    for folder in DATA_FOLDERS:
        destination = site / "data" / folder.name
        destination.mkdir(parents=True, exist_ok=True)
        for file in sorted(folder.glob("*.csv")) + sorted(folder.glob("*.parquet")):
            shutil.copy(file, destination / file.name)
    progress(f"wrote {len(targets) + 1} HTML pages and the data downloads to {paths.display(site)}")
    pdf = build_pdf(executed, site / PDF_NAME)
    progress(f"wrote {paths.display(pdf)}")


# -- HTML -------------------------------------------------------------------------------------------

def _navigation(target: Path, site: Path) -> str:
    entries = [("Overview", site / "index.html")] + [(page.title, site / "notebooks" / f"{page.stem}.html") for page in PAGES] + [("Data", site / "data.html"), ("PDF", site / PDF_NAME)]
    links = []
    for name, path in entries:
        href = Path(_relative(path, target.parent))
        current = ' class="current"' if path == target else ""
        links.append(f'<a href="{href}"{current}>{html.escape(name)}</a>')
    note = '<div class="fallback-note">Built without Quarto (fallback renderer): the same pages, plainer layout.</div>'
    return f'<nav class="planwatch">{"".join(links)}</nav>{note}'


def _relative(path: Path, start: Path) -> str:
    import os

    return os.path.relpath(path, start)


def _html_page(page: ExecutedPage, target: Path, site: Path) -> str:
    notebook = quarto_like(nbformat.from_dict(page.notebook))
    notebook.cells.insert(0, nbformat.v4.new_markdown_cell(f"# {page.title}"))
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = _fix_links(cell.source, target, site)
    exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(notebook)
    body = body.replace("</head>", CSS + "</head>", 1)
    start = body.index("<body")
    start = body.index(">", start) + 1
    return body[:start] + _navigation(target, site) + body[start:]


def _fix_links(markdown: str, target: Path, site: Path) -> str:
    """Links between pages point at the .py/.qmd sources in Quarto; here at the HTML files."""
    replacements = {f"notebooks/{page.stem}.py": _relative(site / "notebooks" / f"{page.stem}.html", target.parent) for page in PAGES}
    replacements["data.qmd"] = _relative(site / "data.html", target.parent)
    for source, href in replacements.items():
        markdown = markdown.replace(f"]({source})", f"]({href})")
    return markdown


def _data_page(site: Path) -> str:
    text = (paths.ROOT / "data.qmd").read_text(encoding="utf-8")
    body = text.split("---", 2)[2]
    fragment = pypandoc.convert_text(body, "html", format="markdown")
    return f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Data</title>{CSS}</head><body>{_navigation(site / 'data.html', site)}<main style=\"max-width:60em;margin:1em auto\"><h1>Data</h1>{fragment}</main></body></html>"


# -- PDF ---------------------------------------------------------------------------------------------

def build_pdf(executed: Sequence[ExecutedPage], target: Path) -> Path:
    """One PDF of the whole report: Markdown → Typst (pandoc) → PDF (Typst), CJK font embedded."""
    import typst

    work = target.parent / "_pdf"
    if work.exists():
        shutil.rmtree(work)
    (work / "figures").mkdir(parents=True)
    parts = []
    for number, page in enumerate(executed):
        parts.append(_page_markdown(page, number, work, first=number == 0))
    title = executed[0].title
    font, font_file = cjk_font()
    typst_source = pypandoc.convert_text(
        "\n\n".join(parts),
        "typst",
        format="markdown-raw_html-raw_attribute",
        extra_args=[
            "--standalone", "--toc", "--toc-depth=2", "-V", f"mainfont={font}", "-V", "fontsize=10pt", "-V", "papersize=a4",
            "-M", f"title={title}", "-V", "section-numbering=1.1", "-V", f"header-includes={TYPST_HEADER}",
        ],
    )
    (work / "report.typ").write_text(typst_source, encoding="utf-8")
    del typst_source
    typst.compile(str(work / "report.typ"), output=str(target), font_paths=[str(font_file.parent)], root=str(work))
    shutil.rmtree(work)
    return target


def _page_markdown(page: ExecutedPage, number: int, work: Path, first: bool) -> str:
    """A page as Markdown for the PDF; links to other pages become plain text (they are chapters)."""
    import re

    notebook = quarto_like(nbformat.from_dict(page.notebook))
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = re.sub(r"\[([^\]]+)\]\((?:notebooks/[^)]+|data\.qmd)\)", r"\1", cell.source)
    lines = [] if first else [f"# {page.title}"]
    figure = 0
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            text = cell.source
            if not first:
                text = text.replace("\n# ", "\n## ")
            lines.append(text)
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                figure += 1
                name = f"page{number}-{figure}.png"
                (work / "figures" / name).write_bytes(base64.b64decode(data["image/png"]))
                lines.append(f"![](figures/{name}){{width=100%}}")
            elif "text/markdown" in data:
                lines.append(data["text/markdown"])
    return "\n\n".join(lines)
