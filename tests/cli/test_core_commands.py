"""The terminal commands, run as a person runs them: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def coach(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lumbar_coach", *args], capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def test_list_json_has_every_stretch_with_its_dosage():
    result = coach("list", "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 11 and records[0]["id"] == "ql-oblique-release"
    for record in records:
        assert {"id", "name", "category", "equipment", "steps", "images", "dosage"} <= set(record)
        assert set(record["dosage"]) == {"kind", "per_side", "first_side", "sets", "hold_seconds", "duration_seconds", "reps"}
    assert records[2]["dosage"] == {"kind": "holds", "per_side": True, "first_side": "left", "sets": 3,
                                    "hold_seconds": 20, "duration_seconds": None, "reps": None}


def test_list_as_a_table_credits_the_therapist():
    result = coach("list")
    assert result.returncode == 0 and "bridge-hold" in result.stdout and "Grayson Wickham" in result.stdout


def test_plan_json_totals_and_phases():
    result = coach("plan", "full", "--painful-side", "left", "--json")
    assert result.returncode == 0, result.stderr
    timeline = json.loads(result.stdout)
    phases = timeline["phases"]
    assert timeline["total_seconds"] == phases[-1]["start"] + phases[-1]["duration"]
    assert sum(p["duration"] for p in phases if p["kind"] in ("hold", "timed")) == 1160
    assert set(phases[0]) == {"start", "duration", "kind", "stretch", "side", "set", "of", "say"}


def test_plan_table_shows_the_total():
    result = coach("plan", "bridge", "--set", "rest_seconds=10")
    assert result.returncode == 0 and "in all" in result.stdout and "hold" in result.stdout


def test_plan_applies_a_dose_override():
    result = coach("plan", "active-hamstring", "--set", "active-hamstring.sets=2", "--json")
    holds = [p for p in json.loads(result.stdout)["phases"] if p["kind"] == "hold"]
    assert len(holds) == 4


@pytest.mark.parametrize("args, reason", [
    (["plan", "yoga"], "no routine or stretch called 'yoga'"),
    (["plan", "active"], "matches several stretches"),
    (["plan", "full"], "--painful-side"),
    (["plan", "bridge", "--set", "rest_seconds=0"], "rest seconds must be"),
    (["plan", "bridge", "--set", "bridge-hold.sets=99"], "'sets' must be from 1 to 20"),
    (["plan", "bridge", "--set", "nonsense"], "expected KEY=VALUE"),
    (["run", "bridge", "--no-gui", "--speed", "fast"], "--speed needs a number"),
    (["run", "bridge", "--no-gui", "--speed", "-2"], "--speed must be above 0"),
])
def test_bad_arguments_give_one_line_and_no_traceback(args, reason):
    result = coach(*args)
    assert result.returncode == 2
    assert reason in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_run_in_the_terminal_prints_json_events_on_time():
    result = coach("run", "bridge", "--no-gui", "--speed", "100", "--json", "--mute")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events[-1]["event"] == "done" and events[-1]["completed"] is True
    phases = [e for e in events if e["event"] == "phase"]
    assert [p["kind"] for p in phases[:3]] == ["intro", "prepare", "hold"]
    assert all(abs(p["t"] - p["planned"] / 100) < 0.05 for p in phases)
    cues = [e for e in events if e["event"] == "cue"]
    assert cues[0]["say"].startswith("Bridge hold.") and all({"t", "planned", "kind", "stretch", "side", "set"} <= set(e) for e in events)


def test_run_in_the_terminal_prints_readable_lines():
    result = coach("run", "release", "--no-gui", "--speed", "400", "--mute")
    assert result.returncode == 0, result.stderr
    assert "Glute release - release work, right side" in result.stdout and "Routine complete" in result.stdout


def test_version():
    result = coach("--version")
    assert result.returncode == 0 and result.stdout.startswith("lumbar-coach ")


def test_history_starts_empty_and_records_a_terminal_session():
    empty = coach("history")
    assert empty.returncode == 0 and "No sessions yet" in empty.stdout
    coach("run", "bridge", "--no-gui", "--speed", "200", "--mute")
    result = coach("history", "--json")
    [session] = json.loads(result.stdout)
    assert session["routine"] == "bridge-hold" and session["completed"] is True
    assert session["stretches"] == ["bridge-hold"] and session["pain_before"] is None
    assert set(session) == {"id", "started_at", "routine", "title", "seconds", "completed", "stretches", "pain_before", "pain_after"}


def test_flare_up_mode_leaves_the_side_bend_out_of_a_plan(isolated_home):
    from lumbar_coach.storage.settings import Settings, save_settings
    save_settings(Settings(flare_up=True, painful_side="left"))
    result = coach("plan", "full", "--json")
    stretches = {p["stretch"] for p in json.loads(result.stdout)["phases"]}
    assert "side-bend-hold" not in stretches and "bridge-hold" in stretches
    assert "flare-up mode leaves out Side bend hold" in result.stderr


def test_an_unknown_command_lists_the_known_ones():
    result = coach("stretchy")
    assert result.returncode == 2 and "invalid choice: 'stretchy'" in result.stderr and "'plan'" in result.stderr


def test_a_spoken_terminal_run_stays_on_time_whatever_the_sound_device():
    result = coach("run", "bridge", "--no-gui", "--speed", "40", "--json")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    phases = [e for e in events if e["event"] == "phase"]
    assert events[-1]["completed"] is True
    assert all(abs(p["t"] - p["planned"] / 40) < 0.05 for p in phases)
    assert all(line.startswith("lumbar-coach: ") for line in result.stderr.splitlines())


def test_without_a_terminal_the_run_does_not_wait_for_a_key_that_cannot_come():
    from lumbar_coach.storage.settings import Settings, save_settings
    save_settings(Settings(wait_for_me=True))
    result = coach("run", "bridge", "--no-gui", "--speed", "200", "--mute", timeout=30)
    assert result.returncode == 0 and "Routine complete" in result.stdout
    assert "Waiting for you" not in result.stdout and "not waiting before each stretch" in result.stderr
