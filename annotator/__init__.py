"""annotator: a desktop annotation tool for fact-checkers."""

__version__ = "0.1.0"
