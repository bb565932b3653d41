"""The spoken commands: what a person may say and what each one does.

Every phrase maps to one ``Command``; "go" and "continue" both resume.

Commands follow the wake word: "coach pause", "coach how long"; a pause
after "coach" is fine (a bare command counts for two seconds after the wake
word said on its own), and a command must come after half a second of quiet,
not in the middle of running speech. Measured with
``tests/bench/bench_listening.py`` (espeak-ng speech, six voices at 130, 160
and 190 words a minute, and every line the app says in the full routine, 225
minutes of it, with no self-hearing guard): after "coach", 95% of commands
recognised, 2% taken for another command, and 0.7 false triggers per 10
minutes of the app's lines; bare commands, 82% and 1.5 false triggers per 10
minutes. With the noise of a busy room mixed in (``--noise 300``), 87% and
2.6 false triggers per 10 minutes after "coach".

So the wake word stays. The guard also ignores what is heard while the app
speaks, but another voice in the room (a television, a friend reading the
screen aloud) gets no such protection. ``RecognizerSettings(wake_word=False)``
is kept for people who prefer bare commands.
"""

from __future__ import annotations

import enum


class Command(enum.Enum):
    """What the coach is asked to do; the value is the phrase the CLI prints."""

    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    BACK = "back"
    REPEAT = "repeat"
    STOP = "stop"
    HOW_LONG = "how long"
    STOP_LISTENING = "stop listening"


PHRASES: dict[str, Command] = {
    "pause": Command.PAUSE,
    "resume": Command.RESUME,
    "go": Command.RESUME,
    "continue": Command.RESUME,
    "next": Command.NEXT,
    "back": Command.BACK,
    "repeat": Command.REPEAT,
    "stop": Command.STOP,
    "how long": Command.HOW_LONG,
    "stop listening": Command.STOP_LISTENING,
}

WAKE_WORD = "coach"

# Accent variants the dictionary lacks: British "back" and "stop", "coach" as said in
# southern England (its vowel glides from the middle of the mouth, which the model
# otherwise hears as "oo"), and "long" and "pause" as said where "cot" and "caught"
# sound alike (much of North America).
EXTRA_PRONUNCIATIONS: dict[str, tuple[str, ...]] = {
    "coach": ("K OW UW CH",),
    "back": ("B AA K",),
    "stop": ("S T AO P",),
    "long": ("L AA NG",),
    "pause": ("P AA Z",),
}


def is_wake_word(phrase: str) -> bool:
    """True when the phrase is the wake word alone (a command may follow after a pause)."""
    return phrase.split() == [WAKE_WORD]


def command_for(phrase: str) -> Command | None:
    """The command a recognised phrase names, the wake word removed; None if none."""
    words = phrase.split()
    if words[:1] == [WAKE_WORD]:
        words = words[1:]
    return PHRASES.get(" ".join(words))
