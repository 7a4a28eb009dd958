"""Rendering with Quarto: the site (profile ``site``) and the PDF (profile ``pdf``, a Typst book).

Quarto runs the notebooks with the Python named by ``QUARTO_PYTHON``; without it, it takes the
first ``python3`` on PATH, which usually lacks the project's packages ("Jupyter is not
available"). :func:`quarto_env` therefore always names the interpreter running the build — the
project's own (``.venv/bin/python`` under ``make``). Both renders write into the build's
staging directory (``--output-dir``), never into ``_site/`` or ``_book/`` directly; only the
PDF is taken from the book (``--to typst``: the profile renders no HTML book).

Before rendering, :func:`analysis.report.inputs.refresh_freeze` clears Quarto's ``_freeze/``
if the data or code changed, so a frozen page never shows stale numbers. Quarto's ``.quarto/``
and ``_freeze/`` are shared by every render in the checkout, so renders take a lock and run
one at a time.

Quarto's messages are passed through to the console as they come. When a render fails, the error
names the step, the page and the cause in one line (for the PDF, Typst's first error and the
chapter of ``index.typ`` it is in). Whatever the outcome, the files Quarto leaves in the work
tree (``index.typ`` of a failed book, the figure folders ``notebooks/<page>_files/``) are removed
(:data:`LEFTOVERS`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from analysis import paths
from analysis.errors import PlanwatchError
from analysis.report import inputs
from analysis.report.catalog import INDEX, PAGES
from analysis.report.staging import BUILD, locked

SITE_PROFILE = "site"
PDF_PROFILE = "pdf"
PDF_NAME = "planwatch-report.pdf"


class QuartoError(PlanwatchError):
    """Quarto failed to render; the message names the step."""


def available() -> bool:
    return shutil.which("quarto") is not None


def quarto_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for Quarto: the project's Python for execution and for the project scripts."""
    env = dict(os.environ if base is None else base)
    env["QUARTO_PYTHON"] = sys.executable
    env.pop("QUARTO_PROFILE", None)  # the profile is chosen on the command line
    return env


def _project_relative(path: Path) -> str:
    """Quarto joins ``--output-dir`` to the project directory, so it must be relative to it."""
    return os.path.relpath(path, paths.ROOT)


def commands(site_dir: Path, book_dir: Path) -> list[list[str]]:
    """The two renders: the website into ``site_dir``, the PDF book (Typst only) into ``book_dir``."""
    return [
        ["quarto", "render", "--profile", SITE_PROFILE, "--output-dir", _project_relative(site_dir)],
        ["quarto", "render", "--profile", PDF_PROFILE, "--to", "typst", "--output-dir", _project_relative(book_dir)],
    ]


# What Quarto writes beside the sources while rendering (relative to the project directory): the
# book's Typst file (left after a failed compile), the figure folders of each page, the transient
# notebooks. None of it is an output; all of it is removed after every render.
LEFTOVERS = ("index.typ", "index_files", "data_files", "notebooks/*_files", "*.quarto_ipynb", "notebooks/*.quarto_ipynb")

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_TYPST_ERROR = re.compile(r"\berror: (?P<cause>.+?)\s*$")
_TYPST_AT = re.compile(r"[┌─\s-]+(?P<file>[^\s:]+\.typ):(?P<line>\d+)(?::\d+)?")
_CHAPTER_LABEL = re.compile(r"<page-(?P<stem>[\w-]+)>")
_QUARTO_ERROR = re.compile(r"^(?:ERROR|error)\b:?\s*(?P<cause>.+?)\s*$")


def remove_leftovers(root: Path | None = None) -> list[Path]:
    """Remove what Quarto left in the work tree (:data:`LEFTOVERS`); return what was removed."""
    root = paths.ROOT if root is None else root
    removed = []
    for pattern in LEFTOVERS:
        for path in sorted(root.glob(pattern)):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def page_title(stem: str) -> str:
    if stem == paths.ROOT.joinpath(INDEX).stem:
        return "the front page (index.qmd)"
    for page in PAGES:
        if page.stem == stem:
            return f"page {page.title!r} ({page.source})"
    return stem


def failure_cause(output: list[str], root: Path | None = None) -> str:
    """One line from Quarto's messages: Typst's first error with the chapter it is in, or Quarto's
    last error line; empty when neither is there."""
    root = paths.ROOT if root is None else root
    lines = [_ANSI.sub("", line).rstrip() for line in output]
    for k, line in enumerate(lines):
        match = _TYPST_ERROR.search(line)
        if not match or "Typst compilation failed" in line:
            continue
        cause = match.group("cause")
        for following in lines[k + 1:k + 4]:
            at = _TYPST_AT.match(following)
            if at:
                return f"in {_chapter_at(root / at.group('file'), int(at.group('line')))}: {cause} ({at.group('file')}:{at.group('line')})"
        return cause
    for line in reversed(lines):
        match = _QUARTO_ERROR.match(line.strip())
        if match:
            return match.group("cause")
    return ""


def _chapter_at(typ: Path, line: int) -> str:
    """The chapter of the book's Typst file that holds ``line``: the last chapter label above it."""
    try:
        text = typ.read_text(encoding="utf-8", errors="replace").splitlines()[:line]
    except OSError:
        return typ.name
    for previous in reversed(text):
        match = _CHAPTER_LABEL.search(previous)
        if match:
            return page_title(match.group("stem"))
    return typ.name


def _run(command: list[str], env: dict[str, str]) -> tuple[int, list[str]]:
    """Run Quarto, passing its messages through as they come; return its status and the last lines."""
    tail: list[str] = []
    with subprocess.Popen(command, cwd=paths.ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, encoding="utf-8", errors="replace", bufsize=1) as process:
        assert process.stdout is not None
        for line in process.stdout:
            sys.stdout.write(line)
            sys.stdout.flush()
            tail.append(line)
            del tail[:-400]
    return process.returncode, tail


def render(site_dir: Path, work: Path, progress: Callable[[str], None] = print) -> Path:
    """Render the site into ``site_dir`` and the PDF into ``site_dir/planwatch-report.pdf``."""
    env = quarto_env()
    book_dir = work / "book"
    with locked(BUILD / "quarto.lock"):
        try:
            remove_leftovers()
            inputs.refresh_freeze(inputs.FREEZE, progress=progress)
            for step, command in zip(("site", "PDF"), commands(site_dir, book_dir)):
                progress(f"quarto: rendering the {step} ({' '.join(command[1:4])}), Python {paths.display(Path(env['QUARTO_PYTHON']))}")
                status, output = _run(command, env)
                if status != 0:
                    cause = failure_cause(output) or "see Quarto's messages above"
                    raise QuartoError(f"quarto render of the {step} failed (exit {status}) {cause}" if cause.startswith("in ")
                                      else f"quarto render of the {step} failed (exit {status}): {cause}")
        finally:
            remove_leftovers()
    pdf = book_dir / PDF_NAME
    if not pdf.exists():
        found = sorted(book_dir.glob("*.pdf"))
        if not found:
            raise QuartoError(f"quarto rendered no PDF into {paths.display(book_dir)}")
        pdf = found[0]
    shutil.copyfile(pdf, site_dir / PDF_NAME)
    return site_dir
