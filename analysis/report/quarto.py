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
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from analysis import paths
from analysis.errors import PlanwatchError
from analysis.report import inputs
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


def render(site_dir: Path, work: Path, progress: Callable[[str], None] = print) -> Path:
    """Render the site into ``site_dir`` and the PDF into ``site_dir/planwatch-report.pdf``."""
    env = quarto_env()
    book_dir = work / "book"
    with locked(BUILD / "quarto.lock"):
        inputs.refresh_freeze(inputs.FREEZE, progress=progress)
        for step, command in zip(("site", "PDF"), commands(site_dir, book_dir)):
            progress(f"quarto: rendering the {step} ({' '.join(command[1:4])}), Python {paths.display(Path(env['QUARTO_PYTHON']))}")
            result = subprocess.run(command, cwd=paths.ROOT, env=env)
            if result.returncode != 0:
                raise QuartoError(f"quarto render of the {step} failed (exit {result.returncode}); see Quarto's messages above")
    pdf = book_dir / PDF_NAME
    if not pdf.exists():
        found = sorted(book_dir.glob("*.pdf"))
        if not found:
            raise QuartoError(f"quarto rendered no PDF into {paths.display(book_dir)}")
        pdf = found[0]
    shutil.copyfile(pdf, site_dir / PDF_NAME)
    return site_dir
