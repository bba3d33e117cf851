"""A check that the Qt binding keeps Python's reference counts: PySide6-Essentials 6.12.0 on
Python 3.11 lowered ``None``'s count by one on every Qt method that returns nothing, until the
interpreter aborted (``none_dealloc``). pyproject.toml pins a release that does not; the test
suite and ``muragat --self-test`` run this so that an upgrade cannot bring the bug back."""

from __future__ import annotations

import sys


def none_is_immortal() -> bool:
    """From Python 3.12 on, ``None`` is immortal: a lost reference can no longer abort."""
    return sys.version_info >= (3, 12)


def void_call_refcount_drift(calls: int = 100_000) -> dict[str, int]:
    """Make ``calls`` calls of several Qt methods that return nothing; return, per method, how
    far ``sys.getrefcount(None)`` moved (0 when the binding is sound). Needs a QApplication."""
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtGui import QImage, QPainter, QStandardItem, QTextBlockFormat, QTextDocument
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    obj = QObject()
    timer = QTimer()
    item = QStandardItem()
    block_format = QTextBlockFormat()
    document = QTextDocument()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    probes = {
        "QLabel.setText": lambda: label.setText("x"),
        "QObject.setObjectName": lambda: obj.setObjectName("x"),
        "QTimer.setInterval": lambda: timer.setInterval(5),
        "QStandardItem.setText": lambda: item.setText("x"),
        "QTextBlockFormat.setTopMargin": lambda: block_format.setTopMargin(1.0),
        "QTextDocument.setPlainText": lambda: document.setPlainText("x"),
        "QPainter.drawLine": lambda: painter.drawLine(0, 0, 1, 1),
    }
    drift = {}
    try:
        for name, call in probes.items():
            for _ in range(10):  # warm up: first calls may cache a reference once
                call()
            before = sys.getrefcount(None)
            for _ in range(calls):
                call()
            drift[name] = sys.getrefcount(None) - before
    finally:
        painter.end()
    return drift
