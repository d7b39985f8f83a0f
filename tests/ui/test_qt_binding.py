"""The Qt binding the app runs on keeps Python's reference counts straight.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit`` without taking a
reference, so every signal emitted from Python takes one away from ``True``;
after a few hundred article switches the interpreter aborts ("deallocating True
or False"). ``pyproject.toml`` excludes that release; this test says why when
an environment has it anyway.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal(object)


def test_emitting_a_signal_leaves_the_reference_counts_as_they_were(qapp):
    emitter = _Emitter()
    received: list[object] = []
    emitter.ping.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(200):
        emitter.ping.emit(n)
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert received == list(range(200))
    assert after == before, (
        f"PySide6 {pyside_version} loses a reference on each emit (True/None refcounts "
        f"{before} -> {after}): the app would abort after a few hundred signals; "
        "install a release pyproject.toml allows"
    )
