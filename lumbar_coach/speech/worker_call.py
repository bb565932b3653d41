"""Running the render worker once, synchronously, for commands (not the GUI)."""

from __future__ import annotations

import json
import subprocess
from typing import Any

from lumbar_coach.speech.config import SpeechError
from lumbar_coach.speech.process import kill_group, worker_command


def run_worker(extra_args: list[str], requests: list[dict[str, Any]], timeout: float) -> list[dict[str, Any]]:
    """Start a fresh worker, send ``requests``, return its replies after start-up.

    Raises SpeechError with a one-line reason if it cannot start, fails to
    start the engine or takes longer than ``timeout`` seconds.
    """
    stdin = "".join(json.dumps(request) + "\n" for request in requests)
    output = _communicate(worker_command() + extra_args, stdin, timeout)
    replies = [json.loads(line) for line in output.splitlines() if line.strip()]
    if not replies:
        raise SpeechError("the speech engine stopped without answering")
    if "fatal" in replies[0]:
        raise SpeechError(str(replies[0]["fatal"]))
    return replies


def _communicate(command: list[str], stdin: str, timeout: float) -> str:
    try:
        child = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
    except OSError as error:
        raise SpeechError(f"the speech engine could not start ({error.strerror or error})") from None
    try:
        return child.communicate(stdin, timeout=timeout)[0]
    except subprocess.TimeoutExpired:
        kill_group(child.pid)
        child.communicate()
        raise SpeechError(f"the speech engine did not answer within {timeout:g} s") from None
