"""`python -m app` is the same as the `c6-explorer` command."""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":  # a spawned worker process imports this module too: do not start
    sys.exit(main())
