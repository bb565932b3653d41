"""The log: written to the platform's log folder, kept small, never to the screen."""

from __future__ import annotations

import logging

from lumbar_coach.logs import LOG_BYTES, set_up_logging
from lumbar_coach.storage.paths import log_path


def _reset() -> None:
    logger = logging.getLogger("lumbar_coach")
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)


def test_messages_go_to_the_log_file(capsys):
    _reset()
    set_up_logging()
    logging.getLogger("lumbar_coach.test").warning("the voice engine restarted")
    _reset()
    assert "the voice engine restarted" in log_path().read_text()
    assert capsys.readouterr().err == ""


def test_a_full_log_is_moved_aside_and_one_old_one_kept():
    log_path().parent.mkdir(parents=True)
    log_path().write_bytes(b"x" * (LOG_BYTES + 1))
    _reset()
    set_up_logging()
    _reset()
    assert log_path().with_name("lumbar-coach.log.1").stat().st_size == LOG_BYTES + 1
    assert log_path().stat().st_size == 0
