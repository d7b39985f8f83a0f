"""The package's version is read from its installed metadata when asked for, not at import."""

from __future__ import annotations

import importlib.metadata

import pytest

import annotator


def test_the_version_is_the_installed_packages():
    assert annotator.__version__ == importlib.metadata.version("annotator")
    with pytest.raises(AttributeError, match="no attribute 'version'"):
        annotator.version  # noqa: B018
