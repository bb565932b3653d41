"""Speech timing benchmark: run as ``python tests/bench/bench_speech.py``.

What it measures, and how:

- Sound is timed where it is heard: a PulseAudio null sink is recorded from
  its monitor with ``parec``, and a cue counts as audible when the chunk
  holding its first loud sample reaches the benchmark (``time.monotonic()``
  at that read), less the quiet lead-in of that cue's own audio (a word
  starting with /s/ or /t/ is near-silent for its first tens of ms). The
  monitor path adds its own buffering, so these figures are upper bounds.
  If no sound server is running and ``pulseaudio`` is installed, the
  benchmark starts a private one with a null sink and stops it at the end.
- "play() after due" is when the speaker handed the cue to the player
  (QSoundEffect reports playing at that call).
- Timing starts 3 s after the speaker is made, as in the app, where it is
  made at start-up: the first sound output of a process takes about 2 s to
  connect, and the speaker plays a moment of silence at once to get that
  done before the first cue.
- The event-loop stall is the longest gap between ticks of a 5 ms
  PreciseTimer, minus 5 ms, over the whole run.
- The stale-cue stop plays a continuous tone as the stale cue, sends an
  urgent cue, and times the first 5 ms of silence on the monitor.
- For comparison it also times the other design: a warm child process
  calling pyttsx3 ``say()`` + ``runAndWait()`` (espeak then runs aplay).

Without a sound server it reports only the figures that need none.
``--trials`` also prints every trial.
"""

from __future__ import annotations

import bisect
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import wave
from array import array
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

RATE = 44100
LOUD = int(0.02 * 32767)
QUIET = int(0.004 * 32767)
COUNTDOWN_WORDS = ["Three.", "Two.", "One."]
SHORT_CUES = ["Switch sides.", "Hold.", "And relax.", "Breathe out.", "Last one."]
TRIALS = 8
STARTUP_SECONDS = 3.0


class SoundServer:
    """A private PulseAudio with a null sink, started only if none answers."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.pid = 0

    def start(self) -> bool:
        if _server_answers():
            return True
        if shutil.which("pulseaudio") is None:
            return False
        self.folder = Path(tempfile.mkdtemp(prefix="bench-pulse-"))
        os.environ["PULSE_SERVER"] = f"unix:{self.folder}/native"
        command = [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
            f"--load=module-native-protocol-unix socket={self.folder}/native auth-anonymous=1",
            "--load=module-null-sink sink_name=bench", "--load=module-always-sink",
        ]
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        self.pid = subprocess.Popen(command, start_new_session=True, **quiet).pid
        return _wait_for(_server_answers, 5.0)

    def stop(self) -> None:
        if self.pid:
            os.killpg(self.pid, 9)
            os.waitpid(self.pid, 0)
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)


def _server_answers() -> bool:
    if shutil.which("pactl") is None:
        return False
    return subprocess.run(["pactl", "info"], capture_output=True).returncode == 0


def _wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


class MonitorRecorder:
    """Records the default sink's monitor, noting when each chunk was delivered.

    A sample is timed by the moment the chunk holding it reached this
    process: when the sound server had it out to the sink.
    """

    def __init__(self) -> None:
        self.samples = array("h")
        self.deliveries: list[tuple[int, float]] = []
        self._odd_byte = b""
        command = ["parec", "-d", "@DEFAULT_MONITOR@", "--raw", "--format=s16le"]
        command += [f"--rate={RATE}", "--channels=1", "--latency-msec=2"]
        self._child = subprocess.Popen(command, stdout=subprocess.PIPE, start_new_session=True)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while True:
            chunk = self._child.stdout.read1(256)
            if not chunk:
                return
            now = time.monotonic()
            data = self._odd_byte + chunk
            whole = len(data) // 2 * 2
            self.samples.frombytes(data[:whole])
            self._odd_byte = data[whole:]
            self.deliveries.append((len(self.samples), now))

    def time_of(self, index: int) -> float:
        """When the chunk holding sample ``index`` was delivered."""
        position = bisect.bisect_right(self.deliveries, (index, float("inf")))
        return self.deliveries[min(position, len(self.deliveries) - 1)][1]

    def index_of(self, moment: float) -> int:
        """The first sample delivered after ``moment``."""
        position = bisect.bisect_left([when for _, when in self.deliveries], moment)
        return self.deliveries[position - 1][0] if position else 0

    def first_loud(self, after: float, within: float = 1.0) -> float | None:
        start, end = self.index_of(after), self.index_of(after + within)
        for index in range(start, min(end, len(self.samples))):
            if abs(self.samples[index]) > LOUD:
                return self.time_of(index)
        return None

    def first_silence(self, after: float, run: float = 0.005, within: float = 1.0) -> float | None:
        needed, quiet_since = int(run * RATE), None
        for index in range(self.index_of(after), min(self.index_of(after + within), len(self.samples))):
            if abs(self.samples[index]) < QUIET:
                quiet_since = index if quiet_since is None else quiet_since
                if index - quiet_since >= needed:
                    return self.time_of(quiet_since)
            else:
                quiet_since = None
        return None

    def stop(self) -> None:
        os.killpg(self._child.pid, 9)
        self._child.wait()


class Bench:
    """Runs the scenarios inside one Qt event loop; sound is analysed afterwards."""

    def __init__(self, recorder: MonitorRecorder | None) -> None:
        from PySide6.QtCore import QCoreApplication

        from lumbar_coach.speech.factory import create_speaker
        from tests.speech.helpers import LoopGapMeter

        self.app = QCoreApplication.instance() or QCoreApplication([])
        self.recorder = recorder
        self.meter = LoopGapMeter()
        self.speaker = create_speaker()
        self.started_at: dict[str, float] = {}
        self.speaker.started.connect(self._on_started)
        self.marks: list[tuple[str, str, float, str]] = []

    def _on_started(self, text: str) -> None:
        self.started_at[text] = time.monotonic()

    def run_for(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.0005)

    def settle(self) -> None:
        """Wait until nothing plays, then leave a moment of silence."""
        deadline = time.monotonic() + 10
        while not self.speaker.idle and time.monotonic() < deadline:
            self.run_for(0.01)
        self.run_for(0.25)

    def prepared(self, texts: list[str]) -> None:
        self.speaker.prepare(texts)
        self.run_for(0.5)

    def scheduled_cues(self) -> None:
        from lumbar_coach.speech.priority import Priority

        texts = [COUNTDOWN_WORDS[i % 3] if i % 2 else SHORT_CUES[i % 5] for i in range(TRIALS)]
        self.prepared(texts)
        for text in texts:
            self.settle()
            due = time.monotonic() + 0.3
            self.started_at.pop(text, None)
            priority = Priority.COUNTDOWN if text in COUNTDOWN_WORDS else Priority.NORMAL
            self.speaker.speak(text, priority, due)
            self.run_for(0.35)
            started = self.started_at.get(text, float("nan")) - due
            self.marks.append(("scheduled cue (pre-rendered): play() after due", "value", started, ""))
            self.marks.append(("scheduled cue (pre-rendered): audible after due", "loud", due, text))

    def cues_due_now(self, render_first: bool) -> None:
        from lumbar_coach.speech.priority import Priority

        texts = [f"{SHORT_CUES[i % 5]} {'Now' if render_first else 'Go'} {i + 1}." for i in range(TRIALS)]
        if render_first:
            self.prepared(texts)
        label = "pre-rendered" if render_first else "rendered on demand"
        for text in texts:
            self.settle()
            asked = time.monotonic()
            self.speaker.speak(text, Priority.NORMAL)
            self.marks.append((f"cue due now ({label}): audible after speak()", "loud", asked, text))

    def stale_stops(self) -> None:
        from lumbar_coach.speech.priority import Priority
        from lumbar_coach.speech.pyttsx3_engine import render_key

        tone = self._tone_file()
        engine = self.speaker.engine
        key = render_key(self.speaker.config, "STALE TONE")
        engine._rendered[key], engine._text_at[str(tone)] = str(tone), "STALE TONE"
        self.prepared(["STALE TONE"])
        for trial in range(TRIALS):
            self.settle()
            self.speaker.speak("STALE TONE", Priority.NORMAL)
            self.run_for(0.6)
            arrived = time.monotonic()
            self.speaker.speak(f"Switch sides, round {trial + 1}.", Priority.URGENT)
            self.marks.append(("urgent cue: stale cue silent after it arrives", "silent", arrived, ""))

    def _tone_file(self) -> Path:
        path = Path(tempfile.mkdtemp(prefix="bench-tone-")) / "tone.wav"
        synth = ["synth", "3", "sine", "300", "vol", "0.3"]
        subprocess.run(["sox", "-n", "-r", "22050", "-c", "1", "-b", "16", str(path), *synth], check=True)
        return path

    def run(self) -> None:
        self.meter.start()
        self.run_for(STARTUP_SECONDS)
        self.scheduled_cues()
        self.cues_due_now(render_first=True)
        self.cues_due_now(render_first=False)
        if self.recorder is not None and shutil.which("sox"):
            self.stale_stops()
        self.settle()
        self.meter.stop()
        stall = self.meter.longest_ms / 1000
        self.marks.append(("Qt event loop: longest stall while speaking", "value", stall, ""))
        self.speaker.shutdown()

    def rows(self) -> list[tuple[str, list[float], str]]:
        """Measure every mark against the recording, now that the loop is stopped."""
        values: dict[str, list[float]] = {}
        for name, kind, moment, text in self.marks:
            values.setdefault(name, []).append(self._measure(kind, moment) - (lead_in(text) if text else 0.0))
        return [(name, found, TARGETS.get(name, "")) for name, found in values.items()]

    def _measure(self, kind: str, moment: float) -> float:
        if kind == "value":
            return moment
        if self.recorder is None:
            return float("nan")
        if kind == "silent" and self.recorder.first_loud(moment - 0.05, within=0.05) is None:
            return float("nan")
        if kind == "loud":
            found = self.recorder.first_loud(moment - 0.02)
        else:
            found = self.recorder.first_silence(moment - 0.01)
        return float("nan") if found is None else found - moment


TARGETS = {
    "scheduled cue (pre-rendered): audible after due": "< 150 ms",
    "urgent cue: stale cue silent after it arrives": "< 100 ms",
    "Qt event loop: longest stall while speaking": "< 20 ms",
}


LEAD_INS: dict[str, float] = {}


def lead_in(text: str) -> float:
    """Seconds of near-silence at the start of ``text`` as rendered (a /t/ or /s/
    starts quietly), taken off the measured onset so only the delay remains."""
    if text not in LEAD_INS:
        from lumbar_coach.speech.render import render_to_wav

        path = render_to_wav(text, Path(tempfile.mkdtemp(prefix="bench-lead-in-")) / "cue.wav")
        with wave.open(str(path), "rb") as sound:
            samples = array("h", sound.readframes(sound.getnframes()))
            rate = sound.getframerate()
        first = next((index for index, value in enumerate(samples) if abs(value) > LOUD), 0)
        LEAD_INS[text] = first / rate
    return LEAD_INS[text]


def alternative_child_say(recorder: MonitorRecorder) -> list[float]:
    """The other design: a warm child calls pyttsx3 say() + runAndWait() (espeak plays via aplay)."""
    code = (
        "import sys, pyttsx3\n"
        "engine = pyttsx3.init(); engine.setProperty('rate', 160)\n"
        "print('ready', flush=True)\n"
        "for line in sys.stdin:\n"
        "    engine.say(line.strip()); engine.runAndWait(); print('done', flush=True)\n"
    )
    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "text": True}
    child = subprocess.Popen([sys.executable, "-c", code], start_new_session=True, **pipes)
    child.stdout.readline()
    heard = []
    for index in range(TRIALS):
        asked = time.monotonic()
        child.stdin.write(f"{SHORT_CUES[index % 5]}\n")
        child.stdin.flush()
        child.stdout.readline()
        time.sleep(0.3)
        onset = recorder.first_loud(asked - 0.02, within=3.0)
        heard.append(float("nan") if onset is None else onset - asked - lead_in(SHORT_CUES[index % 5]))
    os.killpg(child.pid, 9)
    child.wait()
    return heard


def print_trials(rows: list[tuple[str, list[float], str]]) -> None:
    for name, values, _target in rows:
        print(f"  {name}: " + " ".join(f"{value * 1000:.1f}" for value in values))


def print_table(title: str, rows: list[tuple[str, list[float], str]]) -> None:
    print(title)
    print(f"{'measure':<56}{'n':>4}{'median':>10}{'worst':>10}  target")
    for name, values, target in rows:
        real = [value * 1000 for value in values if value == value]
        median = f"{statistics.median(real):.1f}" if real else "-"
        worst = f"{max(real):.1f}" if real else "-"
        print(f"{name:<56}{len(real):>4}{median:>10}{worst:>10}  {target}")
    print("(milliseconds; '-' means not measurable here)")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    server = SoundServer()
    have_sound = server.start()
    recorder = MonitorRecorder() if have_sound and shutil.which("parec") else None
    try:
        bench = Bench(recorder)
        bench.run()
        rows = bench.rows()
        if recorder is not None:
            other = alternative_child_say(recorder)
            rows.append(("other design: child pyttsx3 say(): audible after request", other, ""))
        where = "PulseAudio null sink monitor" if recorder else "no sound server: audio onset not measured"
        print_table(f"Lumbar Coach speech benchmark ({where})", rows)
        if "--trials" in sys.argv:
            print_trials(rows)
    finally:
        if recorder is not None:
            recorder.stop()
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
