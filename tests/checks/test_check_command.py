"""`annotator check`: flags are stored, printed, and review decisions survive a re-run."""

import argparse
import json

from annotator.cli import check_cmd


def _run(db, capsys, **options):
    args = argparse.Namespace(db=str(db), article=None, json=True, **{"all": True, **options})
    assert check_cmd.run(args) == 0
    return json.loads(capsys.readouterr().out)


def test_check_stores_flags_and_keeps_decisions(tmp_path, capsys):
    from annotator.workspace import Workspace

    db = tmp_path / "annotator.db"
    flags = _run(db, capsys)
    assert [(f["rule"], f["quote"], f["state"]) for f in flags] == [
        ("office-term", "former US President Donald Trump", "open")
    ]
    assert set(flags[0]) == set(check_cmd.JSON_KEYS)
    with Workspace.open(db) as ws:
        flag = ws.flags.list()[0]
        ws.flags.decide(flag["id"], "confirmed", reviewer="test")
    again = _run(db, capsys)
    assert [f["state"] for f in again] == ["confirmed"]


def test_unknown_article_is_an_error(tmp_path, capsys):
    args = argparse.Namespace(db=str(tmp_path / "a.db"), article="nope", json=True, all=False)
    assert check_cmd.run(args) == 1
