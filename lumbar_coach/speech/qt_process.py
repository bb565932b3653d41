"""QProcess children that lead their own process group, and killing them whole."""

from __future__ import annotations

from PySide6.QtCore import QObject, QProcess

from lumbar_coach.speech.process import kill_group

_FLAGS = QProcess.UnixProcessFlag


def group_process(parent: QObject | None = None) -> QProcess:
    """A QProcess whose child leads a new session and process group."""
    process = QProcess(parent)
    process.setUnixProcessParameters(
        _FLAGS.CreateNewSession
        | _FLAGS.ResetSignalHandlers
        | _FLAGS.IgnoreSigPipe
        | _FLAGS.CloseFileDescriptors
        | _FLAGS.UseVFork
    )
    return process


def kill_process(process: QProcess, wait_ms: int = 200) -> None:
    """Kill a group process and reap it, so it leaves no zombie or orphan."""
    if process.state() == QProcess.ProcessState.NotRunning:
        return
    kill_group(process.processId())
    process.kill()
    process.waitForFinished(wait_ms)
