"""``python -m postings_parser``: the command line."""

from .batch.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
