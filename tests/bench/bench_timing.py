"""How close to plan do phases start in a real terminal session?

Runs ``lumbar-coach run ROUTINE --no-gui --json --speed X`` (muted unless --spoken) and, for each
phase, compares when it was printed with when the plan placed it (both in real
seconds). Prints the worst and median error and the drift between the first and
last tenth of the session. Target: worst under 15 ms, no growth.

    python tests/bench/bench_timing.py [--routine full] [--speed 30] [--spoken]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys


def phase_errors(routine: str, speed: float, extra: list[str]) -> list[float]:
    """Milliseconds each phase started after its planned moment."""
    command = [sys.executable, "-m", "lumbar_coach", "run", routine, "--no-gui", "--json", *extra,
               "--speed", str(speed), "--painful-side", "left"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    events = [json.loads(line) for line in output.splitlines()]
    return [(e["t"] - e["planned"] / speed) * 1000 for e in events if e["event"] == "phase"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--routine", default="full")
    parser.add_argument("--speed", type=float, default=30.0)
    parser.add_argument("--spoken", action="store_true", help="speak the cues (the event loop runs alongside)")
    args = parser.parse_args()
    errors = phase_errors(args.routine, args.speed, [] if args.spoken else ["--mute"])
    tenth = max(1, len(errors) // 10)
    first, last = statistics.median(errors[:tenth]), statistics.median(errors[-tenth:])
    print(f"routine {args.routine} at {args.speed:g}x, {'spoken' if args.spoken else 'muted'}: {len(errors)} phases")
    print(f"{'measure':<34}{'ms':>10}")
    print(f"{'median phase-start error':<34}{statistics.median(errors):>10.2f}")
    print(f"{'worst phase-start error':<34}{max(errors, key=abs):>10.2f}")
    print(f"{'median error, first tenth':<34}{first:>10.2f}")
    print(f"{'median error, last tenth':<34}{last:>10.2f}")
    print(f"{'drift (last - first)':<34}{last - first:>10.2f}")
    print("target: worst under 15 ms, drift near 0")


if __name__ == "__main__":
    main()
