"""The library window's own widgets rebuilt with plain PySide calls: how fast any app drawing them could start.

``dump TREE.json`` draws the library as the app does and writes every visible
widget: its Qt class, parent, place, style sheet, font, text and picture (card
pictures as the PNG they drew). ``rebuild TREE.json OUT.png`` makes the same
widgets from that file, placed by hand (no layouts), with no app code at all,
and saves the window as the screenshot path does. ``bench_startup.py`` times the
rebuild beside the app and the bare window; the gap between it and the app is
what the app's own work costs.

    python tests/bench/widget_floor.py dump TREE.json
    python tests/bench/widget_floor.py rebuild TREE.json OUT.png
"""

from __future__ import annotations

import base64
import json
import sys


def dump(tree_path: str) -> None:
    """Draw the library as ``--screenshot --view library`` does and write its widget tree."""
    from lumbar_coach.ui.launch import build_window, ensure_app, load_user_data
    from lumbar_coach.ui.screenshot import FixedClock
    data = load_user_data()
    app = ensure_app()
    window = build_window(clock=FixedClock(), screenshot_mode=True, data=data)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    nodes: list[dict] = []
    _walk(window, None, app.font().toString(), nodes)
    with open(tree_path, "w", encoding="utf-8") as file:
        json.dump({"style": app.styleSheet(), "font": app.font().toString(), "nodes": nodes}, file)


def _walk(widget, parent: int | None, app_font: str, nodes: list[dict]) -> None:
    from PySide6.QtWidgets import QWidget
    if not widget.isVisible():
        return
    nodes.append(_describe(widget, parent, app_font))
    index = len(nodes) - 1
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow():
            _walk(child, index, app_font, nodes)


def _describe(widget, parent: int | None, app_font: str) -> dict:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
    node = {"class": _qt_class(widget), "parent": parent, "geometry": list(widget.geometry().getRect()),
            "style": widget.styleSheet(), "name": widget.objectName()}
    if widget.font().toString() != app_font:
        node["font"] = widget.font().toString()
    if "Picture" in type(widget).__name__:
        node["class"], node["picture"] = "QLabel", _png(widget.grab())
    elif isinstance(widget, QLabel):
        node["text"], node["wrap"] = widget.text(), widget.wordWrap()
    elif isinstance(widget, QAbstractButton):
        node["text"], node["checkable"], node["checked"] = widget.text(), widget.isCheckable(), widget.isChecked()
    elif isinstance(widget, QLineEdit):
        node["placeholder"] = widget.placeholderText()
    return node


def _qt_class(widget) -> str:
    return next(klass.__name__ for klass in type(widget).__mro__ if klass.__module__.startswith("PySide6"))


def _png(pixmap) -> str:
    from PySide6.QtCore import QBuffer, QIODevice
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return base64.b64encode(bytes(buffer.data())).decode("ascii")


def rebuild(tree_path: str, png_path: str) -> None:
    """Make the dumped widgets with nothing but PySide and save the window as a PNG."""
    from PySide6 import QtWidgets
    from PySide6.QtGui import QFont, QPixmap
    with open(tree_path, encoding="utf-8") as file:
        tree = json.load(file)
    app = QtWidgets.QApplication(sys.argv)
    app.setStyleSheet(tree["style"])
    app.setFont(_font(QFont, tree["font"]))
    made = []
    for node in tree["nodes"]:
        parent = made[node["parent"]] if node["parent"] is not None else None
        widget = getattr(QtWidgets, node["class"])(parent)
        _fill(widget, node, QFont, QPixmap)
        made.append(widget)
    window = made[0]
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab().save(png_path)


def _fill(widget, node: dict, font_type, pixmap_type) -> None:
    widget.setObjectName(node["name"])
    if node["style"]:
        widget.setStyleSheet(node["style"])
    if "font" in node:
        widget.setFont(_font(font_type, node["font"]))
    if "text" in node:
        widget.setText(node["text"])
    if node.get("wrap"):
        widget.setWordWrap(True)
    if node.get("checkable"):
        widget.setCheckable(True)
        widget.setChecked(node["checked"])
    if node.get("placeholder"):
        widget.setPlaceholderText(node["placeholder"])
    if "picture" in node:
        picture = pixmap_type()
        picture.loadFromData(base64.b64decode(node["picture"]), "PNG")
        widget.setPixmap(picture)
    widget.setGeometry(*node["geometry"])


def _font(font_type, description: str):
    font = font_type()
    font.fromString(description)
    return font


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"] and len(sys.argv) == 3:
        dump(sys.argv[2])
    elif sys.argv[1:2] == ["rebuild"] and len(sys.argv) == 4:
        rebuild(sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)
