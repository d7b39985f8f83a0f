"""The stored keys of every event alias (``make event-variants``) match the aliases and the
way the keys are worked out; a damaged or foreign file is not used."""

from annotator.checks.analysis.mentions import MentionIndex
from annotator.checks.kb.event_aliases import alias_variants
from annotator.checks.kb.event_variant_table import built_shapes, built_variants, entry
from annotator.checks.kb.model import default_kb
from annotator.checks.kb.stored_keys import dump_table, load_table, load_variants, table_key


def test_stored_shapes_are_those_worked_out_now():
    """Fails when an alias, the country words or the way shapes are worked out changed since
    the table was written (``make event-variants`` writes it again)."""
    kb = default_kb()
    stored = load_table(table_key(kb.qualifiers))
    assert stored, "the stored event shapes are missing or were made from other country words"
    built = built_shapes(kb)
    assert {name: set(found) for name, found in stored.items()} == built


def test_stored_variants_are_those_worked_out_now():
    """The variants the shipped base indexes its events by are those worked out now."""
    kb = default_kb()
    stored = load_variants()
    assert stored, "the stored alias variants are missing or of an older format"
    assert stored == built_variants(kb.events)
    assert all(alias_variants(alias) == found for alias, found in stored.items())


def test_shapes_stored_for_other_country_words_or_damaged_are_not_used(tmp_path):
    path = tmp_path / "shapes.json.gz"
    key = table_key({"japan": "Japan"})
    dump_table(key, {entry("Osaka summit", {"osaka"}): {"summit in osaka"}}, path)
    assert load_table(key, path) == {entry("Osaka summit", {"osaka"}): ["summit in osaka"]}
    assert load_table(table_key({"japan": "Japan", "japanese": "Japan"}), path) == {}
    assert load_variants(path) == {}
    dump_table(key, {}, path, {"Osaka summit": {"osaka summit"}})
    assert load_variants(path) == {"Osaka summit": frozenset({"osaka summit"})}
    path.write_bytes(b"not a table")
    assert load_table(key, path) == {}
    assert load_variants(path) == {}


def test_an_event_the_table_was_not_made_with_is_worked_out_on_the_spot():
    """A user's own event gets its shapes though the stored table does not hold them."""
    kb = default_kb().with_extra(
        events=[
            {
                "id": "user-summit",
                "name": "Summit of Freedonia in Sylvania (2031)",
                "kind": "summit",
                "start": "2031-05-01",
                "end": "2031-05-02",
                "precision": "day",
                "place": "Sylvania",
                "aliases": "Freedonia summit in Sylvania",
                "source": "a user's note",
            }
        ]
    )
    index = MentionIndex(kb)
    keys = {key for key, found in index.events.phrases.items() if any(e.id == "user-summit" for e in found)}
    assert "sylvania freedonia summit" in keys
