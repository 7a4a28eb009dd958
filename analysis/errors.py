"""Errors the pipeline raises on bad input. Each names the file and the reason.

Floor: basics, the lowest (imports nothing of the package).
"""

from __future__ import annotations

from pathlib import Path


class PlanwatchError(Exception):
    """Base class: an input problem a researcher can fix."""


class IngestError(PlanwatchError):
    """A seed file cannot be read as a plan text."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ManifestError(PlanwatchError):
    """The seed manifest disagrees with the seed files."""


class InputError(PlanwatchError):
    """A table a stage reads is missing, unreadable, edited, or out of step with its inputs."""


class SchemaError(PlanwatchError):
    """A table failed its data contract."""


class BatchError(PlanwatchError):
    """Some files of a batch could not be read; the others' rows were written."""

    def __init__(self, errors: list[str], total: int):
        self.errors = errors
        self.total = total
        super().__init__(f"{len(errors)} of {total} files could not be read:\n  " + "\n  ".join(errors))
