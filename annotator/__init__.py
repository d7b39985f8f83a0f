"""annotator: a desktop annotation tool for fact-checkers."""

from __future__ import annotations

from annotator.regex_store import preload

preload()  # the program's regexes, compiled beforehand (regex_store)


def __getattr__(name: str) -> str:
    """``__version__``: written once, in pyproject.toml; read from the installed package's
    metadata when asked for, since importing importlib.metadata costs every start a few
    hundredths of a second."""
    if name == "__version__":
        from importlib.metadata import version

        return version("annotator")
    raise AttributeError(f"module 'annotator' has no attribute {name!r}")
