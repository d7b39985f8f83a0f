"""annotator: a desktop annotation tool for fact-checkers."""

from importlib.metadata import version

#: Written once, in pyproject.toml; read from the installed package's metadata.
__version__ = version("annotator")
