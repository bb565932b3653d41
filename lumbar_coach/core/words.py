"""Numbers and durations written the way a voice reads them well."""

from __future__ import annotations

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


def speaking_seconds(text: str, words_per_minute: int = WORDS_PER_MINUTE) -> float:
    """About how long a voice at ``words_per_minute`` takes to say ``text``."""
    return len(text.split()) * 60 / words_per_minute


def clock(seconds: float) -> str:
    """``754`` -> ``"12:34"``, for screens and the terminal."""
    whole = max(0, int(round(seconds)))
    return f"{whole // 60}:{whole % 60:02d}"
