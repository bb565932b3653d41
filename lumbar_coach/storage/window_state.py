"""The main window's size, position and layout, kept apart from the preferences.

The bytes come from the UI (Qt's ``saveGeometry``/``saveState``, converted to
``bytes``); this module only stores them.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from lumbar_coach.storage.documents import Body, DocumentKind, load_document, save_document
from lumbar_coach.storage.paths import window_state_path
from lumbar_coach.storage.schema import require_base64


@dataclass(frozen=True)
class WindowState:
    """Opaque window geometry and layout bytes; empty means "use the usual size"."""

    geometry: bytes = b""
    layout: bytes = b""

    def __post_init__(self) -> None:
        """Accept bytes-like values and keep them as bytes; refuse anything else."""
        for name in ("geometry", "layout"):
            object.__setattr__(self, name, _as_bytes(name, getattr(self, name)))


def load_window_state() -> WindowState:
    """The saved window state, or an empty one; never raises (problems are recorded)."""
    return load_document(WINDOW_STATE_DOCUMENT, window_state_path())


def save_window_state(window_state: WindowState) -> None:
    """Save ``window_state`` atomically; raises OSError when the file cannot be written."""
    save_document(WINDOW_STATE_DOCUMENT, window_state_path(), window_state)


def _as_bytes(name: str, value: object) -> bytes:
    """``value`` as bytes; raises TypeError naming ``name`` for anything not bytes-like."""
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(f"{name} must be bytes, not {type(value).__name__}")
    return bytes(value)


def _decode_window_state(body: Body) -> WindowState:
    """A WindowState from a file body; raises SchemaError naming a field that is not base64."""
    geometry = require_base64(body.get("geometry", ""), "geometry")
    layout = require_base64(body.get("layout", ""), "layout")
    return WindowState(geometry, layout)


def _encode_window_state(window_state: WindowState) -> Body:
    """The file body for ``window_state``."""
    return {
        "geometry": base64.b64encode(window_state.geometry).decode("ascii"),
        "layout": base64.b64encode(window_state.layout).decode("ascii"),
    }


WINDOW_STATE_DOCUMENT: DocumentKind[WindowState] = DocumentKind(
    format_name="window-state",
    version=1,
    label="window layout",
    reassurance=(
        "The window opens at its usual size; your settings, favourites, routines and history are safe."
    ),
    decode=_decode_window_state,
    encode=_encode_window_state,
    make_default=WindowState,
)
