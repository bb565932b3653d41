"""The render worker process: real renders, kills, hangs, crashes and a missing espeak."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from lumbar_coach.speech import renderer as renderer_module
from lumbar_coach.speech.render_settings import RenderSettings
from lumbar_coach.speech.renderer import RenderJob, RenderProcess
from tests.speech.conftest import needs_pyttsx3, needs_sox
from tests.speech.helpers import NO_ESPEAK_WORKER, LoopGapMeter, group_gone, is_speech_like, sound_stats, wait_until


SILENT_AFTER_READY = """
import sys, time
print('{"ready": true}', flush=True)
sys.stdin.readline()
time.sleep(60)
"""

DIES_ON_FIRST_JOB = """
import sys
print('{"ready": true}', flush=True)
sys.stdin.readline()
sys.exit(1)
"""


class Outcomes:
    """What a RenderProcess reported."""

    def __init__(self, process: RenderProcess) -> None:
        self.rendered: dict[str, str] = {}
        self.failed: dict[str, str] = {}
        self.broken: list[str] = []
        process.rendered.connect(self.rendered.__setitem__)
        process.job_failed.connect(self.failed.__setitem__)
        process.broken.connect(self.broken.append)

    def settled(self, *keys: str) -> bool:
        return all(key in self.rendered or key in self.failed for key in keys)


def job(key: str, text: str, folder: Path, rate: int = 160, voice: str | None = None) -> RenderJob:
    return RenderJob(key, text, folder / f"{key}.wav", RenderSettings(voice, rate, 1.0))


def python_command(code: str) -> list[str]:
    return [sys.executable, "-c", code]


@pytest.fixture
def process_factory():
    made: list[RenderProcess] = []

    def make(**kwargs) -> RenderProcess:
        made.append(RenderProcess(**kwargs))
        return made[-1]

    yield make
    for process in made:
        process.shutdown()


@needs_pyttsx3
@needs_sox
def test_the_worker_renders_speech_and_leads_its_own_process_group(process_factory, tmp_path) -> None:
    process = process_factory()
    outcomes = Outcomes(process)
    process.submit(job("a", "Switch sides: right leg in front.", tmp_path))
    assert wait_until(lambda: outcomes.settled("a"))
    assert os.getpgid(process.pid) == process.pid != os.getpgrp()
    assert is_speech_like(Path(outcomes.rendered["a"]))


@needs_pyttsx3
@needs_sox
def test_new_settings_start_a_new_worker_and_apply_to_every_cue(process_factory, tmp_path) -> None:
    process = process_factory()
    outcomes = Outcomes(process)
    rates = [100, 250, 100, 250]
    pids = []
    for index, rate in enumerate(rates):
        process.submit(job(f"r{index}", "Switch sides.", tmp_path, rate=rate))
        assert wait_until(lambda: outcomes.settled(f"r{index}"))
        pids.append(process.pid)
    lengths = [sound_stats(Path(outcomes.rendered[f"r{index}"]))["length"] for index in range(len(rates))]
    assert lengths[0] > 1.5 * lengths[1] and lengths[2] > 1.5 * lengths[3]
    assert len(set(pids)) == len(rates)
    assert all(group_gone(pid) for pid in pids[:-1])


@needs_pyttsx3
def test_an_unknown_voice_fails_its_jobs_with_the_reason(process_factory, tmp_path) -> None:
    process = process_factory()
    outcomes = Outcomes(process)
    process.submit(job("a", "Hello.", tmp_path, voice="no-such-voice"))
    assert wait_until(lambda: outcomes.settled("a"))
    assert outcomes.failed["a"] == "Voice unavailable: unknown voice 'no-such-voice' (see: lumbar-coach voices)"
    process.submit(job("b", "Hello.", tmp_path))
    assert wait_until(lambda: outcomes.settled("b")) and "b" in outcomes.rendered


@needs_pyttsx3
def test_a_worker_killed_mid_job_is_replaced_and_leaves_no_process_behind(process_factory, tmp_path) -> None:
    process = process_factory()
    outcomes = Outcomes(process)
    process.warm_up(RenderSettings(None, 160, 1.0))
    assert wait_until(lambda: process._ready)
    first_pid = process.pid
    process.submit(job("long", "Lean forward as far as is comfortable. " * 60, tmp_path))
    os.killpg(first_pid, signal.SIGKILL)
    process.submit(job("next", "Now press your heel down.", tmp_path))
    assert wait_until(lambda: outcomes.settled("long", "next"))
    assert "long" in outcomes.failed and "stopped" in outcomes.broken[0]
    assert Path(outcomes.rendered["next"]).is_file()
    assert process.pid not in (0, first_pid)
    assert group_gone(first_pid)


def test_a_worker_that_never_answers_is_killed_without_blocking_the_gui(process_factory, tmp_path) -> None:
    process = process_factory(command=python_command("import time; time.sleep(60)"), start_timeout=0.3)
    outcomes = Outcomes(process)
    meter = LoopGapMeter()
    meter.start()
    began = time.monotonic()
    process.submit(job("a", "Switch sides.", tmp_path))
    call_took = time.monotonic() - began
    pid = process.pid
    assert wait_until(lambda: outcomes.settled("a"))
    meter.stop()
    assert call_took < 0.05 and meter.longest_ms < 50
    assert outcomes.broken == ["Voice unavailable: the speech engine did not start in time"]
    assert group_gone(pid)


def test_a_worker_that_hangs_on_a_job_is_restarted(process_factory, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(renderer_module, "RENDER_TIMEOUT", 0.2)
    process = process_factory(command=python_command(SILENT_AFTER_READY))
    outcomes = Outcomes(process)
    process.submit(job("a", "Switch sides.", tmp_path))
    assert wait_until(lambda: bool(process.pid))
    first_pid = process.pid
    process.submit(job("b", "Hold.", tmp_path))
    assert wait_until(lambda: outcomes.settled("a") and process.pid not in (0, first_pid))
    assert "stopped responding" in outcomes.failed["a"]
    assert group_gone(first_pid)


def test_a_worker_that_dies_fails_its_job_with_the_exit_code(process_factory, tmp_path) -> None:
    process = process_factory(command=python_command(DIES_ON_FIRST_JOB))
    outcomes = Outcomes(process)
    process.submit(job("a", "Switch sides.", tmp_path))
    assert wait_until(lambda: outcomes.settled("a"))
    assert "exit code 1" in outcomes.failed["a"]


@needs_pyttsx3
def test_missing_espeak_is_named_and_retried_only_after_a_pause(process_factory, tmp_path) -> None:
    now = [0.0]
    process = process_factory(command=python_command(NO_ESPEAK_WORKER), clock=lambda: now[0])
    outcomes = Outcomes(process)
    process.submit(job("a", "Switch sides.", tmp_path))
    assert wait_until(lambda: outcomes.settled("a"))
    assert outcomes.failed["a"] == "Voice unavailable: espeak-ng is not installed (package espeak-ng)"
    process.submit(job("b", "Hold.", tmp_path))
    assert outcomes.settled("b") and process.pid == 0
    now[0] = 10.0
    process.submit(job("c", "Hold.", tmp_path))
    assert process.pid != 0
    assert wait_until(lambda: outcomes.settled("c"))


def test_a_worker_that_cannot_be_run_is_reported(process_factory, tmp_path) -> None:
    process = process_factory(command=["/nonexistent/python"])
    outcomes = Outcomes(process)
    process.submit(job("a", "Switch sides.", tmp_path))
    assert wait_until(lambda: outcomes.settled("a"))
    assert "could not start" in outcomes.failed["a"]
