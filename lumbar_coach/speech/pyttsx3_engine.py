"""The default engine: pyttsx3 renders each text once to a WAV file in a
background process; a player starts it at the moment it is due.

Rendering ahead makes countdown numbers and scheduled cues start on time, and
stopping is a player stop, not a kill of the speech engine.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject

from lumbar_coach.speech.config import VoiceConfig
from lumbar_coach.speech.engine import Engine
from lumbar_coach.speech.player import Player, choose_player
from lumbar_coach.speech.render_settings import RenderSettings
from lumbar_coach.speech.renderer import RenderJob, RenderProcess


def render_key(config: VoiceConfig, text: str) -> str:
    """A short name for ``text`` said with ``config``'s voice, rate and volume."""
    recipe = f"{config.voice}|{config.rate}|{config.volume:.3f}|{text}"
    return hashlib.sha1(recipe.encode("utf-8")).hexdigest()[:20]


def render_settings(config: VoiceConfig) -> RenderSettings:
    """The render worker's settings for ``config``."""
    return RenderSettings(config.voice, config.rate, config.volume)


class Pyttsx3Engine(Engine):
    """Render with a RenderProcess, play with a Player, cache the files."""

    def __init__(
        self,
        config: VoiceConfig,
        cache_dir: Path | None = None,
        renderer: RenderProcess | None = None,
        player: Player | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._config = config
        self._own_cache = cache_dir is None
        self._cache_dir = cache_dir or Path(tempfile.mkdtemp(prefix="lumbar-coach-voice-"))
        self._renderer = renderer or RenderProcess(parent=self)
        self._player = player or choose_player(self)
        for part in (self._renderer, self._player):
            if part.parent() is None:
                part.setParent(self)
        self._rendering: dict[str, str] = {}
        self._rendered: dict[str, str] = {}
        self._text_at: dict[str, str] = {}
        self._faults: set[str] = set()
        self._play_failed = False
        self._connect()

    def _connect(self) -> None:
        self._renderer.rendered.connect(self._on_rendered)
        self._renderer.job_failed.connect(self._on_job_failed)
        self._renderer.broken.connect(self._on_render_broken)
        self._player.loaded.connect(self._on_loaded)
        self._player.load_failed.connect(self._on_load_failed)
        self._player.finished.connect(self._on_finished)
        self._player.failed.connect(self._on_play_failed)

    @property
    def unavailable_reason(self) -> str | None:
        """Why no sound can be played at all, if the player knows."""
        return self._player.unavailable_reason

    @property
    def renderer(self) -> RenderProcess:
        """The render process (its pid is useful to tests and the benchmark)."""
        return self._renderer

    def configure(self, config: VoiceConfig) -> None:
        """Texts prepared from now on use ``config``; renders still queued are dropped."""
        self._config = config
        for job in self._renderer.cancel_queued():
            self._rendering.pop(job.key, None)

    def warm_up(self) -> None:
        """Start the render process before the first cue needs it."""
        if self.unavailable_reason is None:
            self._renderer.warm_up(render_settings(self._config))

    def prepare(self, text: str, first: bool = False) -> None:
        """Render ``text`` (unless cached) and load it into the player."""
        key = render_key(self._config, text)
        if key in self._rendered:
            self._player.load(self._rendered[key])
        elif key not in self._rendering:
            self._start_render(key, text, first)

    def is_prepared(self, text: str) -> bool:
        """True when ``text`` is rendered and loaded."""
        path = self._rendered.get(render_key(self._config, text))
        return path is not None and self._player.is_loaded(path)

    def play(self, text: str) -> None:
        """Start the rendered file for ``text``."""
        self._play_failed = False
        self._player.play(self._rendered[render_key(self._config, text)])

    def stop(self) -> None:
        """Stop the player."""
        self._player.stop()

    def shutdown(self) -> None:
        """Kill the render process, release the player, remove temporary files."""
        self._renderer.shutdown()
        self._player.shutdown()
        if self._own_cache:
            shutil.rmtree(self._cache_dir, ignore_errors=True)

    def _start_render(self, key: str, text: str, first: bool) -> None:
        reason = self._player.unavailable_reason
        if reason is not None:
            self._fault("play", reason)
            self.unplayable.emit(text)
            return
        self._rendering[key] = text
        path = self._cache_dir / f"{key}.wav"
        self._renderer.submit(RenderJob(key, text, path, render_settings(self._config)), first)

    def _on_render_broken(self, reason: str) -> None:
        self._fault("render", reason)

    def _on_rendered(self, key: str, path: str) -> None:
        text = self._rendering.pop(key, None)
        if text is None:
            return
        self._rendered[key] = path
        self._text_at[path] = text
        self._clear_fault("render")
        self._player.load(path)

    def _on_job_failed(self, key: str, reason: str) -> None:
        text = self._rendering.pop(key, None)
        self._fault("render", reason)
        if text is not None:
            self.unplayable.emit(text)

    def _on_loaded(self, path: str) -> None:
        text = self._text_at.get(path)
        if text is not None:
            self.prepared.emit(text)

    def _on_load_failed(self, path: str, reason: str) -> None:
        self._fault("play", reason)
        text = self._text_at.get(path)
        if text is not None:
            self.unplayable.emit(text)

    def _on_play_failed(self, reason: str) -> None:
        self._play_failed = True
        self._fault("play", reason)

    def _on_finished(self) -> None:
        if not self._play_failed:
            self._clear_fault("play")
        self.finished.emit()

    def _fault(self, source: str, reason: str) -> None:
        self._faults.add(source)
        self.failed.emit(reason)

    def _clear_fault(self, source: str) -> None:
        if source in self._faults:
            self._faults.discard(source)
            if not self._faults:
                self.recovered.emit()
