"""Fakes and checks shared by the speech tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer

from lumbar_coach.speech.config import VoiceConfig
from lumbar_coach.speech.process import WORKER_SCRIPT
from lumbar_coach.speech.engine import Engine
from lumbar_coach.speech.player import Player

SPEECH_RMS_FLOOR = 0.02
SPEECH_MIN_SECONDS = 0.3


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, now: float = 100.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeEngine(Engine):
    """An engine whose readiness and endings the test controls."""

    def __init__(self, ready_at_once: bool = True) -> None:
        super().__init__()
        self.ready_at_once = ready_at_once
        self.asked: list[str] = []
        self.played: list[str] = []
        self.stops = 0
        self.configs: list[VoiceConfig] = []
        self.is_shut_down = False
        self._ready: set[str] = set()

    def prepare(self, text: str, first: bool = False) -> None:
        self.asked.append(text)
        if self.ready_at_once:
            self._ready.add(text)

    def make_ready(self, text: str) -> None:
        self._ready.add(text)
        self.prepared.emit(text)

    def is_prepared(self, text: str) -> bool:
        return text in self._ready

    def play(self, text: str) -> None:
        self.played.append(text)

    def stop(self) -> None:
        self.stops += 1

    def end(self) -> None:
        """The playing text reaches its end."""
        self.finished.emit()

    def configure(self, config: VoiceConfig) -> None:
        self.configs.append(config)

    def shutdown(self) -> None:
        self.is_shut_down = True


class BrokenEngine(FakeEngine):
    """An engine whose every call raises."""

    def prepare(self, text: str, first: bool = False) -> None:
        raise RuntimeError("driver exploded")

    def is_prepared(self, text: str) -> bool:
        raise RuntimeError("driver exploded")


class RecordingPlayer(Player):
    """A player that plays nothing: it records paths and ends when told."""

    def __init__(self) -> None:
        super().__init__()
        self.played: list[str] = []
        self.stops = 0

    def play(self, path: str) -> None:
        self.played.append(path)

    def stop(self) -> None:
        self.stops += 1

    def end(self) -> None:
        self.finished.emit()


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Process Qt events until ``condition()`` holds or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents()
        time.sleep(0.002)
    return True


class LoopGapMeter(QObject):
    """Measures the longest gap between 5 ms timer ticks: how long the event loop stalled."""

    def __init__(self) -> None:
        super().__init__()
        self.longest_ms = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer(self, interval=5, timerType=Qt.TimerType.PreciseTimer, timeout=self._tick)

    def start(self) -> None:
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.longest_ms = max(self.longest_ms, self._clock.nsecsElapsed() / 1e6 - 5.0)
        self._clock.restart()


def live_group_members(pgid: int) -> list[int]:
    """The processes of group ``pgid`` that still run (zombies do not count)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat_fields(entry)
            if fields and int(fields[2]) == pgid and fields[0] != "Z":
                members.append(int(entry.name))
    return members


def _stat_fields(entry: Path) -> list[str] | None:
    """State, ppid, pgrp, ... of a /proc entry (the fields after the command name)."""
    try:
        return (entry / "stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None


def group_gone(pgid: int, timeout: float = 2.0) -> bool:
    """True once no process of group ``pgid`` runs."""
    return wait_until(lambda: not live_group_members(pgid), timeout)


def live_children() -> list[int]:
    """This process's children that still run."""
    me = str(os.getpid())
    return [
        int(entry.name)
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit() and (fields := _stat_fields(entry)) and fields[1] == me and fields[0] != "Z"
    ]


def sound_stats(path: Path) -> dict[str, float]:
    """Length (s) and RMS amplitude of a sound file, measured by ``sox FILE -n stat``."""
    result = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True, check=True)
    stats = {}
    for line in result.stderr.splitlines():
        name, _, value = line.partition(":")
        if name.startswith("Length"):
            stats["length"] = float(value)
        elif name.startswith("RMS     amplitude"):
            stats["rms"] = float(value)
    return stats


def is_speech_like(path: Path) -> bool:
    """Long enough and loud enough to be speech rather than silence."""
    stats = sound_stats(path)
    return stats["length"] > SPEECH_MIN_SECONDS and stats["rms"] > SPEECH_RMS_FLOOR


def write_script(path: Path, body: str) -> Path:
    """An executable shell script."""
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)
    return path


def bin_dir_without(tmp_path: Path, *programs: str) -> Path:
    """A folder of links to the basic tools, leaving out ``programs``."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    for tool in ("sh", "sleep", "cat", "cp", "sox", "espeak-ng", "aplay"):
        found = shutil.which(tool)
        if found and tool not in programs and not (folder / tool).exists():
            (folder / tool).symlink_to(found)
    return folder


# Runs the render worker as if the espeak-ng library were not installed.
NO_ESPEAK_WORKER = f"""
import ctypes, runpy, sys
load = ctypes.cdll.LoadLibrary
def refuse(name, *args, **kwargs):
    if "espeak" in str(name):
        raise OSError(f"{{name}}: cannot open shared object file")
    return load(name, *args, **kwargs)
ctypes.cdll.LoadLibrary = refuse
sys.argv[0] = {str(WORKER_SCRIPT)!r}
runpy.run_path(sys.argv[0], run_name="__main__")
"""
