"""The practice history: a SQLite database with a schema version and migrations.

Every completed hold, side and stretch is written in its own transaction as it
completes, so a session that is killed part-way keeps all it finished. A file
that is not a usable database is set aside like any damaged user file.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from lumbar_coach.storage import problems
from lumbar_coach.storage.paths import data_dir
from lumbar_coach.storage.set_aside import set_aside

_logger = logging.getLogger(__name__)

# Each entry upgrades the database from the version before it; the index + 1 is the version reached.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE sessions (
               id INTEGER PRIMARY KEY,
               started_at TEXT NOT NULL,
               routine TEXT NOT NULL,
               title TEXT NOT NULL,
               seconds REAL NOT NULL DEFAULT 0,
               completed INTEGER NOT NULL DEFAULT 0,
               ended INTEGER NOT NULL DEFAULT 0,
               pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
               pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10))""",
        """CREATE TABLE work (
               id INTEGER PRIMARY KEY,
               session_id INTEGER NOT NULL REFERENCES sessions(id),
               stretch_id TEXT NOT NULL,
               side TEXT,
               kind TEXT NOT NULL,
               number INTEGER,
               finished_side INTEGER NOT NULL DEFAULT 0,
               finished_stretch INTEGER NOT NULL DEFAULT 0,
               at TEXT NOT NULL)""",
        """CREATE TABLE hurts (
               id INTEGER PRIMARY KEY,
               session_id INTEGER REFERENCES sessions(id),
               stretch_id TEXT,
               side TEXT,
               at TEXT NOT NULL)""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryError(Exception):
    """The history cannot be used; the message says why."""


@dataclass(frozen=True)
class SessionRecord:
    """One session as the history keeps it."""

    id: int
    started_at: str
    routine: str
    title: str
    seconds: float
    completed: bool
    stretches: tuple[str, ...]
    pain_before: int | None
    pain_after: int | None


def history_path() -> Path:
    return data_dir() / "history.sqlite3"


class History:
    """The open history database."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or history_path()
        self.connection = _open_or_set_aside(self.path)

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self.connection:
            yield self.connection

    def begin_session(self, routine: str, title: str, pain_before: int | None = None, started_at: datetime | None = None) -> int:
        moment = (started_at or datetime.now()).isoformat(timespec="seconds")
        with self._transaction() as db:
            cursor = db.execute("INSERT INTO sessions (started_at, routine, title, pain_before) VALUES (?, ?, ?, ?)",
                                (moment, routine, title, pain_before))
        return int(cursor.lastrowid)

    def record_work(self, session_id: int, stretch_id: str, side: str | None, kind: str, number: int | None,
                    *, finished_side: bool, finished_stretch: bool, seconds: float) -> None:
        """One completed hold, release or set of reps, and the session's time so far, together."""
        with self._transaction() as db:
            db.execute("INSERT INTO work (session_id, stretch_id, side, kind, number, finished_side, finished_stretch, at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (session_id, stretch_id, side, kind, number, finished_side, finished_stretch, _now()))
            db.execute("UPDATE sessions SET seconds = ? WHERE id = ?", (seconds, session_id))

    def record_hurt(self, session_id: int | None, stretch_id: str | None, side: str | None) -> None:
        with self._transaction() as db:
            db.execute("INSERT INTO hurts (session_id, stretch_id, side, at) VALUES (?, ?, ?, ?)",
                       (session_id, stretch_id, side, _now()))

    def finish_session(self, session_id: int, *, completed: bool, seconds: float) -> None:
        with self._transaction() as db:
            db.execute("UPDATE sessions SET completed = ?, ended = 1, seconds = ? WHERE id = ?", (completed, seconds, session_id))

    def set_pain(self, session_id: int, *, before: int | None = None, after: int | None = None) -> None:
        with self._transaction() as db:
            if before is not None:
                db.execute("UPDATE sessions SET pain_before = ? WHERE id = ?", (before, session_id))
            if after is not None:
                db.execute("UPDATE sessions SET pain_after = ? WHERE id = ?", (after, session_id))

    def sessions(self) -> list[SessionRecord]:
        """Every session, oldest first."""
        rows = self.connection.execute(
            "SELECT id, started_at, routine, title, seconds, completed, pain_before, pain_after FROM sessions ORDER BY id").fetchall()
        return [self._record(row) for row in rows]

    def _record(self, row: tuple) -> SessionRecord:
        stretches = tuple(r[0] for r in self.connection.execute(
            "SELECT stretch_id FROM work WHERE session_id = ? AND finished_stretch ORDER BY id", (row[0],)))
        return SessionRecord(id=row[0], started_at=row[1], routine=row[2], title=row[3], seconds=row[4],
                             completed=bool(row[5]), stretches=stretches, pain_before=row[6], pain_after=row[7])

    def hurts_since(self, since: datetime) -> list[tuple[str, str | None]]:
        """(stretch, side) of every "this hurts" since ``since``."""
        rows = self.connection.execute("SELECT stretch_id, side FROM hurts WHERE at >= ? AND stretch_id IS NOT NULL",
                                       (since.isoformat(timespec="seconds"),))
        return [(row[0], row[1]) for row in rows]


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _open_or_set_aside(path: Path) -> sqlite3.Connection:
    try:
        return _open(path)
    except (sqlite3.DatabaseError, HistoryError) as error:
        reason = str(error)
    except OSError as error:
        return _in_memory(f"its folder cannot be used ({error.strerror or error})")
    try:
        _set_aside_damaged(path, reason)
        return _open(path)
    except (OSError, sqlite3.DatabaseError) as error:
        return _in_memory(f"{reason}; it could not be moved aside ({error})")


def _in_memory(reason: str) -> sqlite3.Connection:
    """A history that lasts this run only, when the file cannot be used or replaced."""
    problems.record(f"Your practice history could not be opened ({reason}). It was left as it is, "
                    "and this session will not be saved to it.")
    connection = sqlite3.connect(":memory:")
    _migrate(connection)
    return connection


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    _inspect(path)
    connection = sqlite3.connect(path, isolation_level="DEFERRED")
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        _migrate(connection)
    except Exception:
        connection.close()
        raise
    return connection


def _inspect(path: Path) -> None:
    """Check an existing file read-only first, so a damaged one is set aside exactly as it was found."""
    if not path.exists() or path.stat().st_size == 0:
        return
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _schema_version(connection)
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise HistoryError(f"it is damaged ({verdict})")
    finally:
        connection.close()


def _schema_version(connection: sqlite3.Connection) -> int:
    """The file's schema version; raises HistoryError for one newer than this app knows."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise HistoryError(f"it was written by a newer version of the app (schema {version})")
    return version


def _migrate(connection: sqlite3.Connection) -> None:
    """Bring the schema up to date (the file was checked by ``_inspect``) and prove it can be written."""
    for number in range(_schema_version(connection), SCHEMA_VERSION):
        with connection:
            for statement in MIGRATIONS[number]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number + 1}")
    connection.execute("SELECT id FROM sessions LIMIT 1").fetchall()
    with connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")  # proves it can be written


def _set_aside_damaged(path: Path, reason: str) -> None:
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if extra.exists():
            set_aside(extra)
    moved = set_aside(path)
    problems.record(f"Your practice history could not be read ({reason}), so it was moved to {moved.name} "
                    "and a new one was started. Your settings, favourites and routines are safe.")


def sore_stretches(history: History, now: datetime | None = None, *, days: int = 7, times: int = 2) -> set[str]:
    """Stretches marked "this hurts" at least ``times`` times in the last ``days`` days."""
    since = (now or datetime.now()) - timedelta(days=days)
    counts: dict[str, int] = {}
    for stretch_id, _side in history.hurts_since(since):
        counts[stretch_id] = counts.get(stretch_id, 0) + 1
    return {stretch_id for stretch_id, count in counts.items() if count >= times}
