"""Pausing Python's cycle collector around bulk work that builds many objects and no cycles.

The collector runs every few hundred allocations and, in time, walks every object alive:
an import of 100,000 annotations or a check of a corpus, which create no reference cycles
worth collecting, spend a large share of their time there. Collection resumes, as it was,
when the work ends; a worker process forked meanwhile inherits the pause.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection inside the block; the earlier setting afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
