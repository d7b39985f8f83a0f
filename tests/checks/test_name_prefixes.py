"""The proper prefixes of the shipped names are stored with them (kb.sqlite) and match the
names; a user's own names add theirs, and a store written without them still works."""

from __future__ import annotations

import shutil
import sqlite3

from annotator.checks.analysis.mentions import find_mentions
from annotator.checks.kb.model import default_kb, kb_dir, load_kb
from annotator.checks.kb.names import proper_prefixes
from annotator.checks.kb.store import STORE_NAME, TermStore


def test_stored_prefixes_are_those_of_the_stored_names():
    """Fails when kb.sqlite's prefixes no longer match its names (the build writes both)."""
    store = TermStore(kb_dir() / STORE_NAME)
    stored = store.name_prefixes()
    assert stored, "the shipped store keeps no name prefixes"
    assert stored == proper_prefixes(store.names())
    assert {"barack", "george walker"} <= stored


def test_a_users_own_names_add_their_prefixes():
    kb = default_kb().with_extra(aliases={"zorblax example": ["Zorblax Quintus Example"]})
    assert {"zorblax", "zorblax quintus"} <= kb.name_prefixes()
    assert kb.name_prefixes() == proper_prefixes(kb.name_table())
    assert "zorblax" not in default_kb().name_prefixes()


def test_a_store_without_prefixes_has_them_worked_out(tmp_path):
    for name in ("events.csv", "qualifiers.csv", STORE_NAME):
        shutil.copy(kb_dir() / name, tmp_path / name)
    with sqlite3.connect(tmp_path / STORE_NAME) as connection:
        connection.execute("ALTER TABLE names DROP COLUMN prefixes")
    connection.close()
    assert TermStore(tmp_path / STORE_NAME).name_prefixes() is None
    kb = load_kb(tmp_path)
    assert kb.name_prefixes() == default_kb().name_prefixes()
    text = "President George Walker Bush met Barack Obama."
    found = find_mentions(text, kb).people
    assert found and found == find_mentions(text, default_kb()).people
