"""``python -m analysis …`` runs the command-line interface."""

try:
    from analysis.cli import main
except KeyboardInterrupt:  # Ctrl-C while Python starts: one line, like any other interruption
    import sys

    print("interrupted: the previous outputs are unchanged", file=sys.stderr)
    raise SystemExit(130) from None

raise SystemExit(main())
