"""Read and execute the report's pages for the fallback build and the tests.

* percent notebooks (``notebooks/*.py``) are read with jupytext;
* ``.qmd`` pages are turned into a notebook here: the front matter, ````{python}```` chunks as code
  cells, Markdown as Markdown cells; inline `` `{python} expr` `` values are evaluated in the same
  kernel after the chunks have run and written into the Markdown;
* execution uses nbclient in a fresh ``python3`` kernel with the repository root as working
  directory, and fails with the page name and the error when any cell raises;
  :func:`execute_many` runs several pages at once (one kernel each, as many as there are cores).

Cell options (``#| label: fig-x``, ``#| fig-cap: …``, ``#| tbl-cap: …``, ``#| include: false``) are
honoured the way Quarto does: captions are added, ``@fig-x`` references become "Figure n".
"""

from __future__ import annotations

import asyncio
import atexit
import json
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat
import yaml
from jupyter_client import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from analysis import paths
from analysis.errors import PlanwatchError

INLINE = re.compile(r"`\{python\}\s*([^`]+?)`")
CHUNK = re.compile(r"^```\{python\}\s*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
OPTION = re.compile(r"^#\|\s*([\w-]+):\s*(.*)$")
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_MARKER = "__planwatch_inline__"


class PageError(PlanwatchError):
    """A report page failed to execute (one line: the page, the error, the cell)."""


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
    return execute_many([source], workers=1, timeout=timeout)[0]


def workers_available() -> int:
    """Kernels to run at once: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def execute_many(sources: Sequence[Path], workers: int | None = None, timeout: int = 600, progress: Callable[[str], None] = lambda message: None) -> list[ExecutedPage]:
    """Execute pages, up to ``workers`` at a time (default: the cores available), each in its own
    kernel; results come back in the order of ``sources``. The first failure stops the others.

    The kernels are driven from an event loop in a worker thread, so nbclient installs no signal
    handlers of its own: Ctrl-C reaches this (main) thread as :class:`KeyboardInterrupt`, the
    running pages are cancelled, their kernels shut down, and the interrupt is raised again,
    without a traceback from inside nbclient.
    """
    workers = workers or workers_available()
    loop = asyncio.new_event_loop()
    outcome: dict[str, object] = {}
    started = threading.Event()
    remove_abandoned_sockets()
    sockets = tempfile.mkdtemp(prefix=f"planwatch-ipc-{os.getpid()}-")  # short paths for the kernels' local sockets

    async def run_all() -> list[ExecutedPage]:
        gate = asyncio.Semaphore(workers)

        async def one(number: int, source: Path) -> ExecutedPage:
            async with gate:
                progress(f"executing {_name(source)}")
                return await _execute_async(source, timeout, os.path.join(sockets, str(number)))

        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(number, source)) for number, source in enumerate(sources)]
        return [task.result() for task in tasks]

    def drive() -> None:
        asyncio.set_event_loop(loop)
        task = loop.create_task(run_all())
        outcome["task"] = task
        started.set()
        try:
            outcome["pages"] = loop.run_until_complete(task)
        except BaseException as error:  # handed to the main thread
            outcome["error"] = error
        finally:
            pending = [task for task in asyncio.all_tasks(loop) if not task.done()]  # nbclient's pollers
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    thread = threading.Thread(target=drive, name="planwatch-kernels", daemon=True)
    try:
        thread.start()
        while thread.is_alive():
            thread.join(0.1)
    except KeyboardInterrupt:
        started.wait()
        loop.call_soon_threadsafe(outcome["task"].cancel)
        thread.join()
        raise KeyboardInterrupt from None
    finally:
        shutil.rmtree(sockets, ignore_errors=True)
    error = outcome.get("error")
    if isinstance(error, BaseExceptionGroup):
        pages = [e for e in error.exceptions if isinstance(e, PageError)]
        error = pages[0] if pages else error.exceptions[0]
    if error is not None:
        raise error
    return outcome["pages"]


def remove_abandoned_sockets(folder: Path | None = None) -> list[Path]:
    """Remove the socket folders (``planwatch-ipc-<pid>-…``) of builds that were killed (SIGTERM,
    SIGKILL: no cleanup of their own ran) — never those of a build that still runs."""
    removed = []
    for path in Path(folder or tempfile.gettempdir()).glob("planwatch-ipc-*"):
        owner = path.name.split("-")[2] if path.name.count("-") >= 3 else ""
        if owner.isdigit() and int(owner) != os.getpid():
            try:
                os.kill(int(owner), 0)
                continue  # its build still runs
            except ProcessLookupError:
                pass
            except PermissionError:
                continue
        elif owner.isdigit():
            continue  # this process's own
        else:
            continue  # no owner recorded (an older version): may belong to a running build
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def _name(source: Path) -> str:
    try:
        return source.relative_to(paths.ROOT).as_posix()
    except ValueError:
        return str(source)


async def _execute_async(source: Path, timeout: int, ipc: str) -> ExecutedPage:
    notebook, title, expressions = read_page(source)
    if expressions:
        probe = "import json as _json\nprint(" + repr(_MARKER) + " + _json.dumps({" + ", ".join(f"{e!r}: str({e})" for e in expressions) + "}, ensure_ascii=False))"
        notebook.cells.append(nbformat.v4.new_code_cell(probe))
    manager = AsyncKernelManager(kernel_name="python3", transport="ipc", ip=ipc)  # local sockets of its own: no TCP ports
    client = NotebookClient(notebook, km=manager, timeout=timeout, resources={"metadata": {"path": str(paths.ROOT)}})
    try:
        await client.async_execute()
    except CellExecutionError as error:
        raise PageError(f"{_name(source)} failed: {error.ename}: {_plain(error.evalue)}{_failed_cell(notebook)}") from None
    finally:
        # nbclient registers an atexit clean-up of this kernel and drops it only on its own signal
        # handlers (never installed here: the loop runs in a worker thread); the kernel is shut down
        # here, so the callback goes too — run at exit after Ctrl-C, it printed a traceback
        # ("invalid state") from a loop that no longer exists
        atexit.unregister(client._cleanup_kernel)
        if manager.has_kernel:
            await manager.shutdown_kernel(now=True)
    errors = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.get("outputs", []) if output.get("output_type") == "error"]
    if errors:
        raise PageError(f"{_name(source)}: {errors[0].get('ename')}: {errors[0].get('evalue')}")
    if expressions:
        values = _inline_values(notebook.cells.pop())
        for cell in notebook.cells:
            if cell.cell_type == "markdown":
                cell.source = INLINE.sub(lambda m: values[m.group(1).strip()], cell.source)
    return ExecutedPage(source, title, notebook)


def _plain(text: str) -> str:
    """Error text without terminal colours, on one line."""
    return " ".join(re.sub(r"\x1b\[[0-9;]*m", "", str(text)).split())


def _failed_cell(notebook: nbformat.NotebookNode) -> str:
    for cell in notebook.cells:
        if cell.cell_type == "code" and any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            lines = [line for line in cell.source.splitlines() if line.strip() and not line.startswith("#|")]
            label = next((line for line in cell.source.splitlines() if line.startswith("#| label:")), "")
            where = label.removeprefix("#| label:").strip() or (lines[0][:60] if lines else "")
            return f" (in the cell {where!r})" if where else ""
    return ""


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
