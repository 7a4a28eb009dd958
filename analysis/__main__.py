"""``python -m analysis …`` runs the command-line interface.

An interrupted command exits with 130 through ``os._exit``: Python 3.11 remembers a Ctrl-C that
arrived while code compiled from a string ran (a dataclass being created while pandas or a stage
is imported) as "unhandled" even after the command caught it, and would end the process by
SIGINT (status -2) instead of the status the command chose."""

import os
import sys


def _exit_interrupted() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(130)


try:
    from analysis.cli import main
except KeyboardInterrupt:  # Ctrl-C while Python starts: one line, like any other interruption
    print("interrupted: the previous outputs are unchanged", file=sys.stderr)
    _exit_interrupted()

status = main()
if status == 130:
    _exit_interrupted()
raise SystemExit(status)
