"""Child processes that can be stopped whole: each runs in its own process group.

Killing only a child's PID can leave its own children (such as ``aplay``)
playing on; killing its process group stops them all at once. No Qt here:
commands use these too.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

WORKER_SCRIPT = Path(__file__).with_name("render_worker.py")
# In a frozen app there is no Python to run the script with: the app runs the worker itself.
WORKER_FLAG = "--speech-render-worker"


def worker_command() -> list[str]:
    """The command line of the pyttsx3 render worker.

    In a frozen app, the app's own executable with WORKER_FLAG. Otherwise
    ``-P`` keeps the worker's own folder off ``sys.path``, so the modules
    beside it cannot shadow the standard library.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-P", str(WORKER_SCRIPT)]


def kill_group(pid: int) -> None:
    """Kill the process group led by ``pid``; quiet if it is already gone."""
    if pid <= 0:
        return
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
