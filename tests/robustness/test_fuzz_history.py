"""Fuzzing the history: random create/update/delete/link/undo/redo against a simple model.

The model is a list of whole states: an edit pushes the state before it,
undo pops it (and keeps the state it left for redo), any new edit forgets
what could have been redone. After every step the database must equal the model.
"""

from __future__ import annotations

import itertools
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.workspace import Workspace

_actors = itertools.count()

notes = st.sampled_from(["", "a", "same"]) | st.text(max_size=20)
steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("create"),
            st.integers(1, 5),
            st.integers(0, 400),
            st.integers(1, 60),
            st.sampled_from(["claim", "speaker", "date"]),
        ),
        st.tuples(st.just("update"), st.integers(0, 20), notes),
        st.tuples(st.just("delete"), st.integers(0, 20)),
        st.tuples(st.just("link"), st.integers(0, 20), st.integers(0, 20)),
        st.tuples(st.just("undo")),
        st.tuples(st.just("redo")),
    ),
    min_size=1,
    max_size=25,
)


@pytest.fixture(scope="module")
def history_ws(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("fuzz-history") / "h.db")
    yield ws
    ws.close()


def _db_state(ws: Workspace, uids: set[str]) -> dict:
    marks = ",".join("?" * len(uids)) or "''"
    rows = ws.db.query(
        f"select id, uid, article_id, kind, start, end, quote, note from annotations where uid in ({marks})",
        sorted(uids),
    )
    by_id = {row["id"]: row for row in rows}
    annotations = {
        row["uid"]: (row["article_id"], row["kind"], row["start"], row["end"], row["note"])
        for row in by_id.values()
    }
    links = set()
    if by_id:
        id_marks = ",".join("?" * len(by_id))
        for link in ws.db.query(
            f"select source_id, target_id, role from links where source_id in ({id_marks})",
            list(by_id),
        ):
            links.add((by_id[link["source_id"]]["uid"], by_id[link["target_id"]]["uid"], link["role"]))
    return {"annotations": annotations, "links": links}


@settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(actions=steps)
def test_history_matches_a_simple_model_after_every_step(history_ws, actions):
    ws = history_ws
    actor = f"fuzzer{next(_actors)}"
    lengths = {row["id"]: len(row["text"]) for row in ws.db.query("select id, text from articles")}
    state: dict = {"annotations": {}, "links": set()}
    undo_stack: list[dict] = []
    redo_stack: list[dict] = []
    seen: set[str] = set()

    def ann_id(uid: str) -> int:
        return ws.db.execute("select id from annotations where uid = ?", [uid]).fetchone()[0]

    def edit(new: dict) -> None:
        nonlocal state
        undo_stack.append(state)
        redo_stack.clear()
        state = new

    for action in actions:
        uids = sorted(state["annotations"])
        new = {"annotations": dict(state["annotations"]), "links": set(state["links"])}
        kind = action[0]
        if kind == "create":
            _, article, start, length, ann_kind = action
            start = start % (lengths[article] - 1)
            end = min(lengths[article], start + length)
            uid = str(uuid.uuid4())
            ws.annotations.create(article, ann_kind, start, end, annotator=actor, uid=uid)
            seen.add(uid)
            new["annotations"][uid] = (article, ann_kind, start, end, None)
            edit(new)
        elif kind == "update" and uids:
            uid = uids[action[1] % len(uids)]
            ws.annotations.update(ann_id(uid), {"note": action[2]}, actor=actor)
            new["annotations"][uid] = (*new["annotations"][uid][:4], action[2])
            edit(new)  # recorded even when the note is the same: "modified" changes
        elif kind == "delete" and uids:
            uid = uids[action[1] % len(uids)]
            ws.annotations.delete(ann_id(uid), actor=actor)
            del new["annotations"][uid]
            new["links"] = {link for link in new["links"] if uid not in link[:2]}
            edit(new)
        elif kind == "link" and len(uids) >= 2:
            source, target = uids[action[1] % len(uids)], uids[action[2] % len(uids)]
            if source == target:
                continue
            ws.annotations.link(ann_id(source), ann_id(target), "event", actor=actor)
            new["links"] = {
                link for link in new["links"] if not (link[0] == source and link[2] == "event")
            } | {(source, target, "event")}
            edit(new)
        elif kind == "undo":
            op = ws.undo(actor)
            assert (op is None) == (not undo_stack)
            if undo_stack:
                redo_stack.append(state)
                state = undo_stack.pop()
        elif kind == "redo":
            op = ws.redo(actor)
            assert (op is None) == (not redo_stack)
            if redo_stack:
                undo_stack.append(state)
                state = redo_stack.pop()
        assert _db_state(ws, seen) == state, f"after {action}"
