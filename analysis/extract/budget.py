"""A time budget per text: a text that would take too long is stopped, not waited for.

Reading is linear in a text's length whatever its shape (sentences are read in bounded pieces,
see :data:`analysis.extract.prose.reader.MAX_SENTENCE`), but a text made almost only of numbers
gives a value every few characters, and each value costs work. :func:`limit` sets a deadline for
one text; the extractor calls :func:`check` as it goes (per sentence, table row, table header
line), and past the deadline :class:`BudgetExceeded` stops that text: its rows so far are
discarded, an ``extraction_budget`` finding says why, and the batch goes on with the other texts.

The budget is ``BASE_SECONDS`` plus ``SECONDS_PER_MB`` per megabyte of text (default 20 s + 2 s/MB
of UTF-8 text: a 10 MB text 40 s, a 50 MB text 120 s — several times what a plan of that size takes), or
``PLANWATCH_EXTRACT_BUDGET`` seconds when that is set. It counts the process's CPU time, not the
wall clock: a machine busy with other work slows a text down without using up its budget. The
CPU time the text's ingestion took (decoding, normalisation, body and place:
:attr:`analysis.ingest.document.PlanDocument.ingest_seconds`) counts against the same budget, so
a text whose ingestion was long has less left for extraction.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator

BASE_SECONDS = 20.0
SECONDS_PER_MB = 2.0

_deadline: float | None = None
_seconds: float = 0.0


class BudgetExceeded(Exception):
    """A text took longer than its budget."""

    def __init__(self, seconds: float):
        super().__init__(f"stopped after {seconds:.0f} s of CPU time, its budget (a text this size and shape would take too long; set PLANWATCH_EXTRACT_BUDGET to allow more)")
        self.seconds = seconds


def seconds_for(n_bytes: int) -> float:
    """The budget of a text of ``n_bytes`` bytes (UTF-8)."""
    configured = os.environ.get("PLANWATCH_EXTRACT_BUDGET", "").strip()
    if configured:
        return float(configured)
    return BASE_SECONDS + SECONDS_PER_MB * n_bytes / 1e6


@contextlib.contextmanager
def limit(seconds: float, spent: float = 0.0) -> Iterator[None]:
    """Within the block, :func:`check` raises :class:`BudgetExceeded` once ``seconds`` are used,
    counting ``spent`` seconds the text already took (its ingestion)."""
    global _deadline, _seconds
    previous = (_deadline, _seconds)
    _deadline, _seconds = time.process_time() + seconds - spent, seconds
    try:
        yield
    finally:
        _deadline, _seconds = previous


def check() -> None:
    """Raise :class:`BudgetExceeded` when the current text's deadline has passed."""
    if _deadline is not None and time.process_time() > _deadline:
        raise BudgetExceeded(_seconds)
