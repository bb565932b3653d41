"""One-line errors on the terminal, worded the same way by every command."""

from __future__ import annotations

import sys

FAILURE = 1
USAGE_ERROR = 2


def fail(message: str, status: int = USAGE_ERROR, command: str = "") -> int:
    """Print ``lumbar-coach[ command]: message`` to stderr and return the exit status."""
    prefix = f"lumbar-coach {command}" if command else "lumbar-coach"
    print(f"{prefix}: {message}", file=sys.stderr)
    return status
