"""Read and execute the report's pages for the fallback build and the tests.

* percent notebooks (``notebooks/*.py``) are read with jupytext;
* ``.qmd`` pages are turned into a notebook here: the front matter, ````{python}```` chunks as code
  cells, Markdown as Markdown cells; inline `` `{python} expr` `` values are evaluated in the same
  kernel after the chunks have run and written into the Markdown;
* execution uses nbclient in a fresh ``python3`` kernel with the repository root as working
  directory, and fails with the page name and the error when any cell raises.

Cell options (``#| label: fig-x``, ``#| fig-cap: …``, ``#| tbl-cap: …``, ``#| include: false``) are
honoured the way Quarto does: captions are added, ``@fig-x`` references become "Figure n".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat
import yaml
from jupyter_client import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from analysis import paths

INLINE = re.compile(r"`\{python\}\s*([^`]+?)`")
CHUNK = re.compile(r"^```\{python\}\s*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
OPTION = re.compile(r"^#\|\s*([\w-]+):\s*(.*)$")
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_MARKER = "__planwatch_inline__"


class PageError(RuntimeError):
    """A report page failed to execute."""


@dataclass
class ExecutedPage:
    source: Path
    title: str
    notebook: nbformat.NotebookNode


def read_page(source: Path) -> tuple[nbformat.NotebookNode, str, list[str]]:
    """A page as a notebook, its title, and its inline expressions (for .qmd pages)."""
    text = source.read_text(encoding="utf-8")
    if source.suffix == ".qmd":
        return _qmd_notebook(text)
    notebook = jupytext.reads(text, fmt="py:percent")
    title = ""
    first = notebook.cells[0] if notebook.cells else None
    if first is not None and first.cell_type == "markdown":
        match = FRONT_MATTER.match(first.source + "\n")
        if match:
            title = (yaml.safe_load(match.group(1)) or {}).get("title", "")
            first.source = first.source[match.end():].strip()
    return notebook, title, []


def _qmd_notebook(text: str) -> tuple[nbformat.NotebookNode, str, list[str]]:
    match = FRONT_MATTER.match(text)
    front = yaml.safe_load(match.group(1)) if match else {}
    body = text[match.end():] if match else text
    cells = []
    cursor = 0
    for chunk in CHUNK.finditer(body):
        if body[cursor:chunk.start()].strip():
            cells.append(nbformat.v4.new_markdown_cell(body[cursor:chunk.start()].strip()))
        cells.append(nbformat.v4.new_code_cell(chunk.group(1).rstrip()))
        cursor = chunk.end()
    if body[cursor:].strip():
        cells.append(nbformat.v4.new_markdown_cell(body[cursor:].strip()))
    expressions = sorted({m.group(1).strip() for cell in cells if cell.cell_type == "markdown" for m in INLINE.finditer(cell.source)})
    title = front.get("title", "")
    if front.get("subtitle"):
        cells.insert(0, nbformat.v4.new_markdown_cell(f"*{front['subtitle']}*"))
    return nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}), title, expressions


def execute(source: Path, timeout: int = 600) -> ExecutedPage:
    """Execute a page in a fresh kernel; inline expressions of .qmd pages are filled in."""
    notebook, title, expressions = read_page(source)
    if expressions:
        probe = "import json as _json\nprint(" + repr(_MARKER) + " + _json.dumps({" + ", ".join(f"{e!r}: str({e})" for e in expressions) + "}, ensure_ascii=False))"
        notebook.cells.append(nbformat.v4.new_code_cell(probe))
    manager = KernelManager(kernel_name="python3", transport="ipc")  # local sockets: no TCP ports, no warning
    client = NotebookClient(notebook, km=manager, timeout=timeout, resources={"metadata": {"path": str(paths.ROOT)}})
    try:
        client.execute()
    except CellExecutionError as error:
        raise PageError(f"{source.relative_to(paths.ROOT)} failed: {error}") from None
    finally:
        if manager.has_kernel:
            manager.shutdown_kernel(now=True)
    errors = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", []) if output.get("output_type") == "error"]
    if errors:
        raise PageError(f"{source.relative_to(paths.ROOT)}: {errors[0].get('ename')}: {errors[0].get('evalue')}")
    if expressions:
        values = _inline_values(notebook.cells.pop())
        for cell in notebook.cells:
            if cell.cell_type == "markdown":
                cell.source = INLINE.sub(lambda m: values[m.group(1).strip()], cell.source)
    return ExecutedPage(source, title, notebook)


def _inline_values(cell: nbformat.NotebookNode) -> dict[str, str]:
    for output in cell.get("outputs", []):
        text = output.get("text", "")
        if _MARKER in text:
            return json.loads(text.split(_MARKER, 1)[1])
    raise PageError("inline expressions were not evaluated")


def cell_options(cell: nbformat.NotebookNode) -> dict[str, str]:
    options = {}
    for line in cell.source.splitlines():
        match = OPTION.match(line.strip())
        if not match:
            if line.strip():
                break
            continue
        value = match.group(2).strip()
        options[match.group(1)] = value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else value
    return options


def number_references(notebook: nbformat.NotebookNode) -> dict[str, str]:
    """``fig-x`` → ``Figure 2``, ``tbl-y`` → ``Table 1``, numbered in page order."""
    names: dict[str, str] = {}
    counts = {"fig": 0, "tbl": 0}
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        label = cell_options(cell).get("label", "")
        kind = label.split("-", 1)[0]
        if kind in counts:
            counts[kind] += 1
            names[label] = f"{'Figure' if kind == 'fig' else 'Table'} {counts[kind]}"
    return names


def quarto_like(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Apply cell options the way Quarto would: captions, numbered references, include: false."""
    names = number_references(notebook)
    cells = []
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = re.sub(r"@((?:fig|tbl)-[\w-]+)", lambda m: names.get(m.group(1), m.group(0)), cell.source)
            cells.append(cell)
            continue
        options = cell_options(cell)
        if options.get("include") == "false":
            continue
        label = options.get("label", "")
        if label.startswith("tbl-") and options.get("tbl-cap"):
            cells.append(nbformat.v4.new_markdown_cell(f"**{names[label]}.** {options['tbl-cap']}"))
        cells.append(cell)
        if label.startswith("fig-") and options.get("fig-cap"):
            cells.append(nbformat.v4.new_markdown_cell(f"**{names[label]}.** {options['fig-cap']}"))
    notebook.cells = cells
    return notebook
