"""Numbers and durations written the way a voice reads them well."""

from __future__ import annotations

import re

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORDS_PER_MINUTE = 150  # a calm voice; the planner uses the person's own speaking speed


def number(value: int) -> str:
    """``21`` -> ``"twenty-one"``; whole numbers from 0 to 999."""
    if not 0 <= value <= 999:
        return str(value)
    if value < 20:
        return _ONES[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(value, 100)
    return f"{_ONES[hundreds]} hundred" + (f" and {number(rest)}" if rest else "")


def duration(seconds: int) -> str:
    """``120`` -> ``"two minutes"``, ``20`` -> ``"twenty seconds"``, ``90`` -> ``"one minute thirty"``."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{number(rest)} second{'s' if rest != 1 else ''}"
    label = f"{number(minutes)} minute{'s' if minutes != 1 else ''}"
    return f"{label} {number(rest)}" if rest else label


# Fitted to espeak-ng reading every line of the routine at 120, 160 and 220 words a
# minute: a word costs a little less than its nominal share, a full stop or colon
# about as much as a word, a comma half that. A word is any run of letters or of
# digits ("90-90" is two). Over those lines it is at most 0.6 s short at 160 words a
# minute (0.9 s at 120) and long by up to a few seconds on the longest passages.
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+")
_STOP = re.compile(r"[.!?:]")
_COMMA = re.compile(r"[,;]")
_WORD_SHARE, _STOP_SHARE, _COMMA_SHARE = 0.85, 0.8, 0.4


def speaking_seconds(text: str, words_per_minute: int = WORDS_PER_MINUTE) -> float:
    """About how long a voice at ``words_per_minute`` takes to say ``text``, pauses included."""
    units = (len(_WORD.findall(text)) * _WORD_SHARE + len(_STOP.findall(text)) * _STOP_SHARE
             + len(_COMMA.findall(text)) * _COMMA_SHARE)
    return units * 60 / words_per_minute


def clock(seconds: float) -> str:
    """``754`` -> ``"12:34"``, for screens and the terminal."""
    whole = max(0, int(round(seconds)))
    return f"{whole // 60}:{whole % 60:02d}"
