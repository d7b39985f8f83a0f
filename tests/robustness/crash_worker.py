"""A child process for the crash test: random edits through the core API, each one reported.

Run as ``python crash_worker.py DB SEED ACTOR``. The worker keeps its own model
of what the database should hold (annotations, links, reviews, publication
dates) and, for every edit, prints ``INTENT n DIGEST`` (the model after the
edit) before making it and ``DONE n DIGEST OP_ID`` once it is committed. A
test that kills the worker at any moment can then tell exactly which states
the file may be in: the last DONE, or the INTENT after it.
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
import sys
import uuid
from pathlib import Path

import sqlite_utils

ROLES_KINDS = ("claim", "speaker", "date")


def snapshot(db: sqlite_utils.Database) -> dict:
    """The part of the database the edits change, in a form that compares exactly."""
    uid_of = {row["id"]: row["uid"] for row in db.query("select id, uid from annotations")}
    annotations = {
        row["uid"]: [row["article_id"], row["kind"], row["start"], row["end"], row["status"], row["note"]]
        for row in db.query("select * from annotations")
    }
    links = sorted(
        [uid_of.get(row["source_id"]), uid_of.get(row["target_id"]), row["role"]]
        for row in db.query("select * from links")
    )
    reviews = {
        row["fingerprint"]: [row["article_id"], row["decision"], row["reason"]]
        for row in db.query("select * from reviews")
    }
    published = {str(row["id"]): row["published"] for row in db.query("select id, published from articles")}
    return {"annotations": annotations, "links": links, "reviews": reviews, "published": published}


def digest(state: dict) -> str:
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()[:16]


class Worker:
    def __init__(self, db_path: Path, seed: int, actor: str) -> None:
        from annotator.workspace import Workspace

        self.rng = random.Random(seed)
        self.actor = actor
        self.ws = Workspace.open(db_path, seed=False)
        self.state = snapshot(self.ws.db)
        self.undo_stack: list[dict] = []
        self.redo_stack: list[dict] = []
        self.texts = {
            row["id"]: len(row["text"]) for row in self.ws.db.query("select id, text from articles")
        }
        self.step = 0

    def _id(self, uid: str) -> int:
        return self.ws.db.execute("select id from annotations where uid = ?", [uid]).fetchone()[0]

    def _last_op(self) -> int:
        row = self.ws.db.execute("select max(id) from ops where actor = ?", [self.actor])
        return row.fetchone()[0] or 0

    def run(self, steps: int) -> None:
        print(f"READY {digest(self.state)}", flush=True)
        for _ in range(steps):
            action = self.rng.choice(
                ["create", "create", "update", "delete", "link", "undo", "redo", "publish", "review"]
            )
            getattr(self, f"_{action}")()

    def _commit(self, new_state: dict, do, undoable: bool = True) -> None:
        self.step += 1
        print(f"INTENT {self.step} {digest(new_state)}", flush=True)
        op_id = do()
        if undoable:
            self.undo_stack.append(self.state)
            self.redo_stack.clear()
        self.state = new_state
        print(f"DONE {self.step} {digest(new_state)} {op_id}", flush=True)

    def _create(self) -> None:
        article = self.rng.choice(list(self.texts))
        start = self.rng.randrange(0, self.texts[article] - 1)
        end = min(self.texts[article], start + self.rng.randint(1, 80))
        kind = self.rng.choice(ROLES_KINDS)
        uid, note = str(uuid.uuid4()), f"note {self.rng.random():.6f}"
        new = copy.deepcopy(self.state)
        status = "unstarted" if kind == "claim" else None
        new["annotations"][uid] = [article, kind, start, end, status, note]

        def do() -> int:
            self.ws.annotations.create(article, kind, start, end, annotator=self.actor, uid=uid, note=note)
            return self._last_op()

        self._commit(new, do)

    def _update(self) -> None:
        if not self.state["annotations"]:
            return self._create()
        uid = self.rng.choice(sorted(self.state["annotations"]))
        note = f"edited {self.rng.random():.6f}"
        new = copy.deepcopy(self.state)
        new["annotations"][uid][5] = note
        changes: dict = {"note": note}
        if new["annotations"][uid][1] == "claim":
            status = self.rng.choice(["in_progress", "in_review", "published"])
            new["annotations"][uid][4] = changes["status"] = status

        def do() -> int:
            self.ws.annotations.update(self._id(uid), changes, actor=self.actor)
            return self._last_op()

        self._commit(new, do)

    def _delete(self) -> None:
        if not self.state["annotations"]:
            return self._create()
        uid = self.rng.choice(sorted(self.state["annotations"]))
        new = copy.deepcopy(self.state)
        del new["annotations"][uid]
        new["links"] = [link for link in new["links"] if uid not in link[:2]]

        def do() -> int:
            self.ws.annotations.delete(self._id(uid), actor=self.actor)
            return self._last_op()

        self._commit(new, do)

    def _link(self) -> None:
        claims = sorted(u for u, a in self.state["annotations"].items() if a[1] == "claim")
        speakers = sorted(u for u, a in self.state["annotations"].items() if a[1] == "speaker")
        if not claims or not speakers:
            return self._create()
        claim, speaker = self.rng.choice(claims), self.rng.choice(speakers)
        new = copy.deepcopy(self.state)
        new["links"] = sorted(
            [link for link in new["links"] if not (link[0] == claim and link[2] == "speaker")]
            + [[claim, speaker, "speaker"]]
        )

        def do() -> int:
            self.ws.annotations.link(self._id(claim), self._id(speaker), "speaker", actor=self.actor)
            return self._last_op()

        self._commit(new, do)

    def _undo(self) -> None:
        if not self.undo_stack:
            return
        new = self.undo_stack[-1]

        def do() -> int:
            op = self.ws.undo(self.actor)
            self.redo_stack.append(self.state)
            self.undo_stack.pop()
            return op["id"]

        self._commit(new, do, undoable=False)

    def _redo(self) -> None:
        if not self.redo_stack:
            return
        new = self.redo_stack[-1]

        def do() -> int:
            op = self.ws.redo(self.actor)
            self.undo_stack.append(self.state)
            self.redo_stack.pop()
            return op["id"]

        self._commit(new, do, undoable=False)

    def _publish(self) -> None:
        from annotator.core.pubdate import parse_pubdate

        article = self.rng.choice(list(self.texts))
        value = f"2025-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"
        new = copy.deepcopy(self.state)
        new["published"][str(article)] = value

        def do() -> int:
            self.ws.articles.set_published(article, parse_pubdate(value, "user"), actor=self.actor)
            return self._last_op()

        self._commit(new, do)

    def _review(self) -> None:
        """A review decision written as the checks code writes it: through an operation."""
        from annotator.core.clock import now_iso
        from annotator.core.history import operation

        new = copy.deepcopy(self.state)
        existing = sorted(self.state["reviews"])
        if existing and self.rng.random() < 0.4:
            fingerprint = self.rng.choice(existing)
            decision = "dismissed" if new["reviews"][fingerprint][1] == "confirmed" else "confirmed"
            new["reviews"][fingerprint][1:] = [decision, "changed mind"]

            def do() -> int:
                review_id = self.ws.db.execute(
                    "select id from reviews where fingerprint = ?", [fingerprint]
                ).fetchone()[0]
                with operation(self.ws.db, self.actor, "Change review") as op:
                    op.update("reviews", review_id, {"decision": decision, "reason": "changed mind"})
                return op.id
        else:
            article = self.rng.choice(list(self.texts))
            fingerprint = uuid.uuid4().hex
            new["reviews"][fingerprint] = [article, "confirmed", None]

            def do() -> int:
                with operation(self.ws.db, self.actor, "Confirm flag") as op:
                    op.insert(
                        "reviews",
                        {
                            "article_id": article,
                            "fingerprint": fingerprint,
                            "decision": "confirmed",
                            "reviewer": self.actor,
                            "decided_at": now_iso(),
                        },
                    )
                return op.id

        self._commit(new, do)


if __name__ == "__main__":
    Worker(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]).run(int(sys.argv[4]))
