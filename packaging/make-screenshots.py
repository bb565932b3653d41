"""Draw the README's pictures of each main view with ``lumbar-coach --screenshot``.

Uses a throw-away home with a few starred stretches and two weeks of practice,
so the library and history look lived-in.

    python packaging/make-screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

VIEWS = {"library": "library", "stretch": "stretch:active-hamstring", "session": "session:active-hamstring",
         "routines": "routines", "history": "history", "safety": "safety", "settings": "settings"}


def seed(home: Path) -> None:
    """Favourites and two weeks of sessions, in ``home``."""
    os.environ["LUMBAR_COACH_HOME"] = str(home)
    from lumbar_coach.storage.favourites import save_favourites
    from lumbar_coach.core.routines import Routine, RoutineItem
    from lumbar_coach.storage.history import History
    from lumbar_coach.storage.routine_files import save_routines
    save_favourites(["glute-release", "active-hamstring", "bridge-hold"])
    save_routines([Routine("desk-break", "Desk break", (RoutineItem("active-hip-flexor"), RoutineItem("cat-camel-hold", {"sets": 6}),
                                                        RoutineItem("bridge-hold")))])
    history = History()
    today = datetime.now().replace(hour=18, minute=0, second=0, microsecond=0)
    for days_ago, before, after in [(13, 6, 4), (12, 6, 5), (10, 5, 3), (8, 5, 4), (6, 4, 3), (5, 4, 2),
                                   (3, 3, 2), (2, 3, 2), (1, 2, 1), (0, 2, 1)]:
        session = history.begin_session("full", "Full routine", before, today - timedelta(days=days_ago))
        history.finish_session(session, completed=True, seconds=1740)
        history.set_pain(session, after=after)
    history.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp())
    seed(home)
    env = {**os.environ, "LUMBAR_COACH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    for name, view in VIEWS.items():
        for theme in ("light", "dark"):
            target = out / f"{name}-{theme}.png"
            subprocess.run([sys.executable, "-m", "lumbar_coach", "--screenshot", str(target), "--view", view,
                            "--size", "1280x800"], env={**env, "LUMBAR_COACH_THEME": theme}, check=True,
                           stderr=subprocess.DEVNULL)
            print(target)


if __name__ == "__main__":
    main()
