"""Agreement statistics against values worked out by hand, and curation of disagreements."""

from __future__ import annotations

import json

import pytest

from annotator.core.annotations import AnnotationError
from annotator.exchange.agreement import agreement, cohen_kappa, krippendorff_alpha, span_f1
from annotator.exchange.anchoring import anchor
from annotator.exchange.curation import curate, disagreements


def test_cohen_kappa_by_hand():
    # Observed 3/4; marginals A: a=2 b=2, B: a=1 b=3 -> chance (2*1 + 2*3)/16 = 1/2.
    # kappa = (3/4 - 1/2) / (1 - 1/2) = 1/2
    assert cohen_kappa([("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]) == pytest.approx(0.5)
    assert cohen_kappa([("a", "a"), ("b", "b")]) == pytest.approx(1.0)
    assert cohen_kappa([("a", "a"), ("a", "a")]) is None  # chance explains it all
    assert cohen_kappa([]) is None


def test_krippendorff_alpha_by_hand():
    # Coincidences: o_aa=2, o_ab=o_ba=1, o_bb=4; n_a=3, n_b=5, n=8.
    # alpha = 1 - (n-1) * 2 / (2 * 3 * 5) = 1 - 14/30 = 8/15
    units = [["a", "a"], ["a", "b"], ["b", "b"], ["b", "b"]]
    assert krippendorff_alpha(units) == pytest.approx(8 / 15)
    # Three coders, one value missing: o_aa=3, o_ab=o_ba=1, o_bb=3; n_a=n_b=4, n=8.
    # alpha = 1 - 7 * 2 / (2 * 16) = 9/16
    assert krippendorff_alpha([["a", "a", "a"], ["a", "b"], ["b", "b", "b"]]) == pytest.approx(9 / 16)
    assert krippendorff_alpha([["a"], ["b", "b"], ["c", "c"]]) == pytest.approx(1.0)
    assert krippendorff_alpha([["a", "a"]]) is None


def test_span_f1_exact_and_overlapping():
    first = [(1, 0, 10), (1, 20, 30), (2, 5, 9)]
    second = [(1, 0, 10), (1, 25, 35), (2, 50, 60)]
    assert span_f1(first, second, overlap=False) == pytest.approx(2 * 1 / 6)
    assert span_f1(first, second, overlap=True) == pytest.approx(2 * 2 / 6)
    assert span_f1([(1, 0, 10)], [(1, 2, 4), (1, 5, 8)], overlap=True) == pytest.approx(2 / 3)
    assert span_f1([], [], overlap=True) is None


def _tag(ws, who, needle, kind="claim", verdict=None, article=3):
    text = ws.articles.get(article)["text"]
    start = text.index(needle)
    return ws.annotations.create(article, kind, start, start + len(needle), annotator=who, verdict=verdict)


def test_agreement_over_a_workspace(workspace):
    _tag(workspace, "alice", "no longer on the table", verdict="false")
    _tag(workspace, "bob", "no longer on the table", verdict="false")
    _tag(workspace, "alice", "Rutte", kind="speaker")
    _tag(workspace, "bob", "Mark Rutte", kind="speaker")
    _tag(workspace, "alice", "NATO", verdict="true")
    _tag(workspace, "bob", "NATO", verdict="mostly_true")
    result = agreement(workspace.db)
    spans = result["pairs"][0]["spans"]
    assert spans["claim"]["exact_f1"] == pytest.approx(1.0)
    assert spans["speaker"]["exact_f1"] == pytest.approx(0.0)
    assert spans["speaker"]["overlap_f1"] == pytest.approx(1.0)
    assert spans["all"]["exact_f1"] == pytest.approx(4 / 6)
    # Two shared claims: false/false and true/mostly_true. Observed 1/2;
    # chance: A false=1 true=1, B false=1 mostly_true=1 -> 1/4; kappa = (1/2-1/4)/(3/4) = 1/3
    assert result["verdicts"]["units"] == 2
    assert result["verdicts"]["cohen_kappa"] == pytest.approx(1 / 3)


def test_disagreements_and_curation(workspace):
    a = _tag(workspace, "alice", "no longer on the table", verdict="false")
    b = _tag(workspace, "bob", "no longer on the table", verdict="mostly_false")
    only = _tag(workspace, "alice", "Rutte", kind="speaker")
    found = disagreements(workspace.db)
    assert sorted((d.reasons, d.missing) for d in found) == [(["missing"], ["bob"]), (["verdict"], [])]
    verdict_case = next(d for d in found if "verdict" in d.reasons)
    assert set(verdict_case.uids) == {a["uid"], b["uid"]}
    final = curate(
        workspace,
        verdict_case.uids,
        reviewer="carol",
        pick=b["uid"],
        changes={"note": "agreed after discussion"},
    )
    assert (final["origin"], final["annotator"], final["verdict"]) == ("curated", "carol", "mostly_false")
    assert final["attrs"]["curated_from"] == verdict_case.uids
    assert final["note"] == "agreed after discussion"
    remaining = disagreements(workspace.db)
    assert [d.uids for d in remaining] == [[only["uid"]]]
    assert len(disagreements(workspace.db, include_settled=True)) == 2
    assert workspace.undo("carol")["label"] == "Curate claim"
    assert len(disagreements(workspace.db)) == 2
    with pytest.raises(AnnotationError, match="not among"):
        curate(workspace, [a["uid"]], reviewer="carol", pick=b["uid"])


def test_curation_carries_the_picked_links(workspace):
    claim = _tag(workspace, "alice", "no longer on the table", verdict="false")
    speaker = _tag(workspace, "alice", "Rutte", kind="speaker")
    workspace.annotations.link(claim["id"], speaker["id"], "speaker", actor="alice")
    final = curate(workspace, [claim["uid"]], reviewer="carol", pick=claim["uid"])
    assert workspace.annotations.linked(final["id"], "speaker")["uid"] == speaker["uid"]
    assert json.loads(
        next(workspace.db.query("select attrs from annotations where id = ?", [final["id"]]))["attrs"]
    )["curated_from"] == [claim["uid"]]


TEXT = "The minister said taxes fell. Later the minister said taxes fell again in May."


def test_anchor_keeps_a_matching_position():
    assert anchor(TEXT, start=4, end=12, exact="minister").method == "position"


def test_anchor_uses_context_between_repeated_quotes():
    second = TEXT.index("minister", 10)
    spot = anchor(
        "Intro. " + TEXT,
        start=4,
        end=12,
        exact="minister",
        prefix="Later the ",
        suffix=" said taxes fell again",
    )
    assert (spot.start, spot.method) == (second + 7, "context")


def test_anchor_finds_a_moved_unique_quote_and_fuzzy_edits():
    spot = anchor("New lede. " + TEXT, start=69, end=77, exact="again in May")
    assert spot.method == "quote" and spot.start == len("New lede. ") + TEXT.index("again")
    edited = TEXT.replace("taxes fell again", "Taxes  fell, again")
    spot = anchor(edited, start=50, end=70, exact="taxes fell again in May")
    assert spot.method == "fuzzy" and edited[spot.start : spot.end] == "Taxes  fell, again in May"
    assert (
        anchor(
            TEXT.replace("taxes fell again", "taxes fel again"),
            start=50,
            end=70,
            exact="taxes fell again in May",
        )
        is None
    )  # another word: not placed


def test_anchor_refuses_to_guess():
    assert anchor(TEXT, start=0, end=5, exact="the budget was balanced") is None
    assert anchor(TEXT + TEXT, exact="minister") is None  # ambiguous, no context, no position
    assert anchor(TEXT, start=500, end=510) is None


def test_curate_a_span_nobody_tagged_exactly(workspace):
    a = _tag(workspace, "alice", "no longer", verdict="false")
    b = _tag(workspace, "bob", "on the table", verdict="false")
    text = workspace.articles.get(3)["text"]
    start = text.index("no longer on the table")
    final = curate(
        workspace,
        [a["uid"], b["uid"]],
        reviewer="carol",
        changes={
            "kind": "claim",
            "start": start,
            "end": start + 22,
            "verdict": "false",
            "status": "in_review",
        },
    )
    assert final["quote"] == "no longer on the table" and final["status"] == "in_review"
    with pytest.raises(AnnotationError, match="give kind, start and end"):
        curate(workspace, [a["uid"]], reviewer="carol", changes={"verdict": "true"})
    with pytest.raises(AnnotationError, match="cannot be curated"):
        curate(workspace, [a["uid"]], reviewer="carol", pick=a["uid"], changes={"uid": "x"})


def test_cli_curate_pick(workspace, capsys):
    from annotator.cli import main as cli

    a = _tag(workspace, "alice", "no longer on the table", verdict="false")
    b = _tag(workspace, "bob", "no longer on the table", verdict="true")
    db = str(workspace.path)
    assert (
        cli(
            [
                "--db",
                db,
                "curate",
                "--pick",
                b["uid"],
                "--from",
                a["uid"],
                b["uid"],
                "--verdict",
                "half_true",
                "--reviewer",
                "carol",
                "--json",
            ]
        )
        == 0
    )
    row = json.loads(capsys.readouterr().out)
    assert (row["verdict"], row["origin"], row["attrs"]["curated_from"]) == (
        "half_true",
        "curated",
        [a["uid"], b["uid"]],
    )
    assert cli(["--db", db, "curate", "--list"]) == 0
    assert "0 disagreement(s)" in capsys.readouterr().out


def test_two_annotators_sets_merge_with_provenance(workspace, tmp_path):
    from annotator.exchange import export_annotations, import_annotations
    from annotator.workspace import Workspace

    _tag(workspace, "alice", "no longer on the table", verdict="false")
    other = Workspace.open(tmp_path / "bob.db")
    try:
        _tag(other, "bob", "no longer on the table", verdict="mostly_false")
        _tag(other, "bob", "Rutte", kind="speaker")
        export_annotations(other, "w3c", tmp_path / "bob.jsonld")
    finally:
        other.close()
    report = import_annotations(workspace, tmp_path / "bob.jsonld", actor="alice")
    assert report.imported == 2
    rows = list(workspace.db.query("select annotator, origin, attrs from annotations order by id"))
    assert [(r["annotator"], r["origin"]) for r in rows] == [
        ("alice", "manual"),
        ("bob", "import"),
        ("bob", "import"),
    ]
    assert json.loads(rows[1]["attrs"])["provenance"]["file"] == "bob.jsonld"
    result = agreement(workspace.db, ["alice", "bob"])
    assert result["pairs"][0]["spans"]["claim"]["exact_f1"] == pytest.approx(1.0)
    # One shared claim, false vs mostly_false: observed 0, chance 0 -> kappa 0.
    assert result["verdicts"]["cohen_kappa"] == pytest.approx(0.0)
    reasons = sorted(tuple(d.reasons) for d in disagreements(workspace.db))
    assert reasons == [("missing",), ("verdict",)]
