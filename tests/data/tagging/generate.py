#!/usr/bin/env python3
"""Generate the labeled tagging corpus (tests/data/tagging/corpus.jsonl) and validate it.

Deterministic: the same seed always yields byte-identical output. Run from anywhere:

    .venv/bin/python tests/data/tagging/generate.py            # write corpus.jsonl, validate, print counts
    .venv/bin/python tests/data/tagging/generate.py --check    # validate the existing file only

The blind holdout2 users (t-h-N) come from holdout2.py and its text bank holdout2_bank.py; they are built
last, so every other line of corpus.jsonl is independent of them. The blind holdout3 users (t-k-N) come from
holdout3.py and holdout3_bank.py and are built after those.

Conversations are assembled from hand-written templates (templates.py) by "scenarios": a scenario spans one
or more sessions of a user (e.g. a fact is told in session 1, and in session 3 the assistant ignores it)
and knows which assistant messages are failures (labels) and which are deliberate negatives.

The engine (Gen, the scenario makers, validate) is also used by fixtures/generate_demo.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import templates as T  # noqa: E402

TYPES = ("recall", "clash", "poisoning", "distraction", "confusion")
SPLITS = ("dev", "holdout", "holdout2", "holdout3", "holdout4")
DIAGNOSES = ("write_miss", "retrieval_miss", "ignored")


# ------------------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------------------


def pool(lst: list, split: str) -> list:
    """Dev sees the first ~2/3 of a phrasing list, holdout the last ~2/3 (overlapping in the middle)."""
    n = len(lst)
    if split == "dev":
        return lst[: max(1, round(0.65 * n))]
    if split == "holdout":
        return lst[int(0.45 * n):]
    return lst


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class F(dict):
    def __missing__(self, key: str) -> str:
        raise KeyError(f"template field {key!r} missing (have {sorted(self)})")


def fill(tpl: str, f: dict) -> str:
    return tpl.format_map(F(f))


def with_caps(f: dict) -> dict:
    out = dict(f)
    for k, v in f.items():
        if isinstance(v, str):
            out[k + "_cap"] = cap(v)
    return out


def value_fields(kind: dict, v: dict) -> dict:
    f = dict(v)
    for k, t in kind.get("fields", {}).items():
        f.setdefault(k, fill(t, f))
    return with_caps(f)


def change_fields(old: dict, new: dict) -> dict:
    f = dict(new)
    for k in ("me", "you", "mem", "val"):
        f[k + "_old"] = old[k]
        f[k + "_new"] = new[k]
    f["old_val"] = old["val"]
    f["new_val"] = new["val"]
    return with_caps(f)


def kinds_for(split: str) -> list[dict]:
    return [k for k in T.KINDS.values() if k["split"] in ("both", split)]


def group_of(kind_name: str) -> str:
    return T.KINDS[kind_name]["group"]


# ------------------------------------------------------------------------------------------------------------
# ids
# ------------------------------------------------------------------------------------------------------------


class PerUserIds:
    """Corpus ids: prefixed with the user id, unique across the whole corpus."""

    def __init__(self, uid: str):
        self.uid = uid
        self.n: Counter = Counter()

    def make(self, kind: str) -> str:
        self.n[kind] += 1
        return f"{self.uid}-{kind}-{self.n[kind]}"


class GlobalIds:
    """Demo ids: s-1, m-1, mem-1, evt-1 ... shared by all users."""

    def __init__(self) -> None:
        self.n: Counter = Counter()

    def make(self, kind: str) -> str:
        self.n[kind] += 1
        return f"{kind}-{self.n[kind]}"


# ------------------------------------------------------------------------------------------------------------
# per-user generation state
# ------------------------------------------------------------------------------------------------------------


@dataclass
class Mem:
    id: str
    content: str
    group: str | None
    para: str
    flags: set
    created: dt.datetime
    deleted: dt.datetime | None = None


@dataclass
class Step:
    fn: Callable[[Gen, bool], None]
    size: int
    min_idx: int = 0


@dataclass
class Scn:
    name: str
    positive: bool
    steps: list[Step]
    groups: set = field(default_factory=set)
    fallback: Scn | None = None


class Gen:
    def __init__(self, uid: str, split: str, rng: random.Random, ids, phr: str | None = None,
                 clutter: str = "light", metadata_fn: Callable[[random.Random], dict] | None = None):
        self.uid = uid
        self.split = split
        self.phr = phr or split
        self.rng = rng
        self.ids = ids
        self.clutter = clutter
        self.metadata_fn = metadata_fn or (lambda r: {"channel": r.choice(["web", "ios", "android"])})
        self.sessions: list[dict] = []
        self.store: dict[str, Mem] = {}
        self.labels: list[dict] = []
        self.feedback: list[dict] = []
        self.msg_time: dict[str, dt.datetime] = {}
        self.msg_session: dict[str, str] = {}
        self.cur: dict = {}
        self.now: dt.datetime = dt.datetime.min
        self.abandoned = False
        self.user_kinds: set[str] = set()      # kinds the user ever states (to keep fillers neutral)
        self.user_groups: set[str] = set()
        self.asked_tasks: list[dict] = []
        self.sess_topics: list[str] = []
        self.sess_small: list[tuple] = []
        self.sess_task_msgs: list[tuple[dict, str]] = []
        self.neutral_msgs: list[tuple[str, str, str]] = []
        self.max_msgs = 16
        self.fb_boost = 1.0  # scales feedback probabilities (the demo wants a bit more feedback)
        self.restate_cross: list | None = None  # extra dev users: restatements from a dev-only family
        self.extra_kinds: list[dict] = []  # extra dev users: attribute kinds only they use (clash picks them first)

    # --- phrasing -------------------------------------------------------------------------------------------
    def pick(self, lst: list):
        return self.rng.choice(pool(lst, self.phr))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # --- sessions / messages --------------------------------------------------------------------------------
    def begin(self, start: dt.datetime) -> dict:
        s = {"id": self.ids.make("s"), "user": self.uid, "started_at": iso(start),
             "metadata": self.metadata_fn(self.rng), "memory": [], "messages": []}
        self.sessions.append(s)
        self.cur = s
        self.now = start
        self.abandoned = False
        self.sess_topics, self.sess_small, self.sess_task_msgs = [], [], []
        return s

    def n_msgs(self) -> int:
        return len(self.cur["messages"])

    def _msg(self, role: str, text: str, gap: tuple[int, int]) -> str:
        if self.cur["messages"]:
            self.now += dt.timedelta(seconds=self.rng.randint(*gap))
        else:
            self.now += dt.timedelta(seconds=self.rng.randint(1, 6))
        mid = self.ids.make("m")
        self.cur["messages"].append({"id": mid, "role": role, "content": text, "created_at": iso(self.now)})
        self.msg_time[mid] = self.now
        self.msg_session[mid] = self.cur["id"]
        return mid

    def u(self, text: str) -> str:
        return self._msg("user", text, (25, 170))

    def a(self, text: str, ctx: list[str] | tuple = (), bg: bool = True, excl: set | None = None) -> str:
        mid = self._msg("assistant", cap(text), (3, 14))
        ids = list(ctx)
        if bg and self.chance(0.45):
            ids += self.background(excl or set(), set(ids), self.rng.choice([1, 1, 2]))
        for i in ids:
            m = self.store[i]
            assert m.created <= self.now and (m.deleted is None or m.deleted > self.now), (self.uid, i, mid)
        self.cur["messages"][-1]["context"] = ids
        return mid

    def background(self, excl_groups: set, have: set, n: int) -> list[str]:
        cands = [m.id for m in self.store.values()
                 if m.deleted is None and "nobg" not in m.flags and m.group not in excl_groups and m.id not in have
                 and m.created <= self.now]
        self.rng.shuffle(cands)
        return cands[:n]

    def alive(self, exclude_flags: tuple = ("nobg",)) -> list[Mem]:
        return [m for m in self.store.values()
                if m.deleted is None and m.created <= self.now and not (set(exclude_flags) & m.flags)]

    # --- memory ops ---------------------------------------------------------------------------------------
    def _op_time(self, src: str | None, after: tuple[int, int] = (1, 2)) -> dt.datetime:
        base = self.msg_time[src] if src else self.now
        t = base + dt.timedelta(seconds=self.rng.randint(*after))
        # ops of one session stay in time order
        if self.cur["memory"]:
            last = dt.datetime.strptime(self.cur["memory"][-1]["created_at"], "%Y-%m-%dT%H:%M:%SZ")
            if t < last:
                t = last + dt.timedelta(seconds=1)
        return t

    def mem_add(self, content: str, src: str | None, group: str | None = None, para: str | None = None,
                flags: set | tuple = (), src_session: str | None = None, after: tuple[int, int] = (1, 2)) -> str:
        t = self._op_time(src, after)
        mid = self.ids.make("mem")
        op = {"id": mid, "content": content, "created_at": iso(t),
              "source": {"session": src_session or (self.msg_session[src] if src else self.cur["id"]), "message": src},
              "op": "add"}
        if src is None:
            op["source"].pop("message")
        self.cur["memory"].append(op)
        self.store[mid] = Mem(mid, content, group, para or f"you noted “{content}”", set(flags), t)
        return mid

    def mem_update(self, mid: str, content: str, src: str, para: str | None = None) -> None:
        t = self._op_time(src)
        self.cur["memory"].append({"id": mid, "content": content, "created_at": iso(t),
                                   "source": {"session": self.msg_session[src], "message": src}, "op": "update"})
        m = self.store[mid]
        m.content = content
        if para:
            m.para = para
        m.created = min(m.created, t)

    def mem_delete(self, mid: str, src: str | None) -> None:
        t = self._op_time(src)
        op: dict[str, Any] = {"id": mid, "op": "delete", "created_at": iso(t)}
        if src:
            op["source"] = {"session": self.msg_session[src], "message": src}
        self.cur["memory"].append(op)
        self.store[mid].deleted = t

    # --- labels / feedback --------------------------------------------------------------------------------
    def label(self, mid: str, typ: str, diagnosis: str | None = None, evidence: str | None = None) -> None:
        self.labels.append({"message": mid, "type": typ, "diagnosis": diagnosis, "evidence_session": evidence})

    def fb(self, mid: str, typ: str, **kw: Any) -> None:
        t = self.msg_time[mid] + dt.timedelta(seconds=self.rng.randint(4, 90))
        ev = {"id": self.ids.make("evt"), "type": typ, "session": self.msg_session[mid], "message": mid,
              "user": self.uid}
        ev.update({k: v for k, v in kw.items() if v is not None})
        ev["created_at"] = iso(t)
        self.feedback.append(ev)

    def fb_failure(self, mid: str, p: float = 0.35, comment: str | None = None, correction: str | None = None) -> None:
        r = self.rng.random() / self.fb_boost
        if r < p:
            self.fb(mid, "thumbs_down")
        elif r < p + 0.08:
            self.fb(mid, "rating", value=self.rng.choice([1, 1, 2]))
        elif comment and r < p + 0.18:
            self.fb(mid, "comment", comment=comment)
        elif correction and r < p + 0.26:
            self.fb(mid, "correction", correction=correction)

    def fb_ok(self, mid: str, p_up: float = 0.1) -> None:
        r = self.rng.random() / self.fb_boost
        if r < p_up:
            self.fb(mid, "thumbs_up")
        elif r < p_up + 0.04:
            self.fb(mid, "rating", value=self.rng.choice([4, 5, 5]))
        elif r < p_up + 0.055:
            self.fb(mid, "thumbs_down", comment=self.pick(T.NEG_FEEDBACK_UNRELATED))

    # --- generic exchanges --------------------------------------------------------------------------------
    def neutral_tasks(self, not_domain: str | None = None) -> list[dict]:
        out = []
        for t in T.TASKS:
            if {group_of(k) for k in t["sens"]} & self.user_groups:
                continue
            if not_domain and t["domain"] == not_domain:
                continue
            out.append(t)
        return out

    def fresh_task(self, not_domain: str | None = None) -> dict:
        cands = self.neutral_tasks(not_domain)
        unused = [t for t in cands if t not in self.asked_tasks]
        return self.rng.choice(unused or cands)

    def task_exchange(self, shift: bool = False, smalltalk_p: float | None = None, task: dict | None = None) -> str:
        t = task or self.fresh_task()
        q = self.pick(t["q"])
        pre = ""
        if smalltalk_p is None:
            smalltalk_p = 0.55 if self.clutter == "heavy" else 0.15
        st = None
        if self.chance(smalltalk_p):
            st = self.rng.choice(T.SMALLTALK)
            pre = st[0] + " "
        if shift and self.n_msgs() and not st:
            pre += self.pick(T.TOPIC_SHIFT)
        elif not self.n_msgs():
            pre = self.pick(T.GREETING) + pre
        um = self.u(pre + q)
        am = self.a(t["a"], excl={group_of(k) for k in t["sens"]})
        self.fb_ok(am)
        self.asked_tasks.append(t)
        self.sess_topics.append(t["topic"])
        self.sess_task_msgs.append((t, um))
        self.neutral_msgs.append((self.cur["id"], um, pre + q))
        if st:
            self.sess_small.append((st, um))
        if self.n_msgs() + 2 <= self.max_msgs - 6 and self.chance(0.25):
            self.u(self.pick(T.THANKS))
            self.a(self.pick(T.YOURE_WELCOME), bg=False)
        return am

    def opener(self) -> str:
        return self.pick(T.GREETING) if not self.n_msgs() else self.pick(T.TOPIC_SHIFT)

    def can_abandon(self) -> bool:
        return self.n_msgs() >= 4

    # --- end-of-session memory clutter --------------------------------------------------------------------
    def end_session(self) -> None:
        if self.clutter == "none":
            return
        heavy = self.clutter == "heavy"
        for t, um in self.sess_task_msgs:
            if heavy or self.chance(0.25):
                self.mem_add(f"User asked about {t['topic']}", um, para=f"you asked about {t['topic']}",
                             flags={"clutter"}, after=(20, 60))
        for st, um in self.sess_small:
            if heavy or self.chance(0.3):
                self.mem_add(st[1], um, para=st[2], flags={"clutter"}, after=(20, 60))
        if heavy:
            last = self.cur["messages"][-1]["id"]
            used = {m.content for m in self.store.values()}
            for c, para in self.rng.sample(T.TRIVIA, self.rng.randint(1, 3)):
                if c not in used:
                    self.mem_add(c, None, para=para, flags={"clutter"}, after=(40, 200))
                    self.cur["memory"][-1]["created_at"] = max(self.cur["memory"][-1]["created_at"],
                                                               iso(self.msg_time[last] + dt.timedelta(seconds=5)))
                    self.store[self.cur["memory"][-1]["id"]].created = _t(self.cur["memory"][-1]["created_at"])
        if self.sess_topics and (heavy or self.chance(0.25)):
            topics = self.sess_topics[:]
            day = self.cur["started_at"][:10]
            mood = self.rng.choice(["satisfied", "in a hurry", "curious", "a bit tired", "chatty", "focused"])
            extra = self.rng.choice([
                "They said they might come back to it later in the week.",
                "They preferred short, practical answers.",
                "They asked for examples rather than theory.",
                "No follow-up actions were agreed.",
                "They mentioned being busy this week.",
            ])
            content = (f"Conversation summary ({day}): the user asked about {', '.join(topics)}. "
                       f"The assistant gave step-by-step suggestions for each and the user seemed {mood}. {extra} "
                       f"Possible future topics: {self.rng.choice(T.TASKS)['topic']}, {self.rng.choice(T.TASKS)['topic']}.")
            last = self.cur["messages"][-1]["id"]
            self.mem_add(content, last, para=f"we talked about {topics[0]} on {day}", flags={"clutter"}, after=(30, 120))


# ------------------------------------------------------------------------------------------------------------
# scenario makers. Each returns a Scn whose steps are called in session order.
# ------------------------------------------------------------------------------------------------------------


def pick_kind(g: Gen, used: set, need: str | None = None) -> dict | None:
    cands = [k for k in kinds_for(g.split) if k["group"] not in used]
    if need == "change":
        extra = [k for k in g.extra_kinds if k["group"] not in used]
        cands = extra or [k for k in cands if k["change"]]
    elif need == "forget":
        cands = [k for k in cands if k["forget"]]
    elif need == "drag":
        cands = [k for k in cands if k["name"] != "units"]  # a units remark is never clearly irrelevant
    if not cands:
        return None
    k = g.rng.choice(cands)
    used.add(k["group"])
    return k


def two_asks(g: Gen, kind: dict) -> tuple[dict | None, dict]:
    asks = kind["asks"]
    if len(asks) >= 2:
        a, b = g.rng.sample(asks, 2)
        return a, b
    return None, asks[0]  # single-ask kinds: tell the fact standalone, ask later


def tell_fact(g: Gen, kind: dict, f: dict, ask: dict | None, store: bool, flags: set | tuple = ()) -> tuple[str, str | None]:
    """User states a fact (standalone or together with a request). Returns (session id, memory id)."""
    grp = kind["group"]
    g.user_kinds.add(kind["name"])
    g.user_groups.add(grp)
    tell = fill(g.pick(kind["tell"]), f)
    if ask is not None and g.chance(0.5):
        um = g.u(g.opener() + tell + " " + fill(g.pick(ask["q"]), f))
        mid = g.mem_add(f["mem"], um, grp, f["you"], flags) if store else None
        g.a(fill(g.pick(ask["good"]), f), [mid] if mid else [], excl={grp})
    else:
        um = g.u(g.opener() + tell)
        mid = g.mem_add(f["mem"], um, grp, f["you"], flags) if store else None
        am = g.a(fill(g.pick(T.ACK), f), [mid] if mid and g.chance(0.5) else [], excl={grp})
        g.fb_ok(am, 0.03)
    return g.cur["id"], mid


def react_failure(g: Gen, last: bool, restate: list, fix_text: str, f: dict, ctx2: list[str],
                  write_mem: Callable[[str], str | None] | None = None) -> None:
    r = g.rng.random()
    if last and g.can_abandon() and r < 0.15:
        g.abandoned = True
        return
    if r < 0.72:
        um = g.u(fill(g.pick(restate), f))
    elif r < 0.92:
        um = g.u(g.pick(T.FRUSTRATION) + " " + fill(g.pick(restate), f))
    else:
        # user moves on without restating
        return
    if write_mem:
        mid = write_mem(um)
        if mid:
            ctx2 = ctx2 + [mid]
    g.a(g.pick(T.FIX_PREFIX) + " " + cap(fix_text), ctx2, bg=False)


def scn_recall(g: Gen, used: set, diag: str) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    v = g.pick(kind["values"])
    f = value_fields(kind, v)
    a_setup, a_pay = two_asks(g, kind)
    st: dict = {}
    grp = kind["group"]

    def setup(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, f, a_setup, store=(diag != "write_miss"), flags={"nobg"})

    def payoff(g: Gen, last: bool) -> None:
        g.u(g.opener() + fill(g.pick(a_pay["q"]), f))
        mode = "reask" if g.chance(0.35) else "bad"
        ctx = [st["mem"]] if diag == "ignored" else []
        am = g.a(fill(g.pick(a_pay[mode]), f), ctx, excl={grp})
        g.label(am, "recall", diag, st["sess"])
        g.fb_failure(am, 0.35, comment=f"Forgot that {f['me']}.", correction=None)
        ctx2 = [st["mem"]] if st["mem"] and (diag == "ignored" or g.chance(0.5)) else []
        wm = (lambda src: g.mem_add(f["mem"], src, grp, f["you"], {"nobg"}) if g.chance(0.5) else None) \
            if diag == "write_miss" else None
        react_failure(g, last, g.restate_cross or T.RESTATE_CROSS, fill(g.pick(a_pay["good"]), f), f, ctx2, wm)

    return Scn(f"recall/{diag}", True, [Step(setup, 2), Step(payoff, 4)], {grp})


def scn_recall_within(g: Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    f = value_fields(kind, g.pick(kind["values"]))
    ask = g.rng.choice(kind["asks"])
    grp = kind["group"]

    def step(g: Gen, last: bool) -> None:
        g.user_kinds.add(kind["name"])
        g.user_groups.add(grp)
        um = g.u(g.opener() + fill(g.pick(kind["tell"]), f))
        mid = g.mem_add(f["mem"], um, grp, f["you"], {"nobg"})
        g.a(fill(g.pick(T.ACK), f), [mid], excl={grp})
        g.task_exchange(shift=True)
        g.u(g.pick(T.TOPIC_SHIFT) + fill(g.pick(ask["q"]), f))
        mode = "reask" if g.chance(0.4) else "bad"
        am = g.a(fill(g.pick(ask[mode]), f), [mid], excl={grp})
        g.label(am, "recall", "ignored", None)
        g.fb_failure(am, 0.4, comment="I literally just told it.")
        react_failure(g, last, T.RESTATE_WITHIN, fill(g.pick(ask["good"]), f), f, [mid])

    return Scn("recall/within", True, [Step(step, 9)], {grp})


def _two_values(g: Gen, kind: dict) -> tuple[dict, dict]:
    vals = pool(kind["values"], g.phr)
    pairs = [(a, b) for a in vals for b in vals if a is not b and a.get("currency") == b.get("currency")]
    if not pairs:  # e.g. budgets in one currency: fall back to the full value list
        pairs = [(a, b) for a in kind["values"] for b in kind["values"]
                 if a is not b and a.get("currency") == b.get("currency") and (a in vals or b in vals)]
    a, b = g.rng.choice(pairs)
    return value_fields(kind, a), value_fields(kind, b)


def scn_clash(g: Gen, used: set, variant: str) -> Scn | None:
    kind = pick_kind(g, used, "change")
    if not kind:
        return None
    fo, fn = _two_values(g, kind)
    cf = change_fields(fo, fn)
    ask = g.rng.choice(kind["asks"])
    grp = kind["group"]
    st: dict = {}

    def old(g: Gen, last: bool) -> None:
        st["s_old"], st["m_old"] = tell_fact(g, kind, fo, None, store=True, flags={"nobg"})

    def change(g: Gen, last: bool) -> None:
        um = g.u(g.opener() + fill(g.pick(kind["change"]), cf))
        st["s_new"] = g.cur["id"]
        if variant == "A":
            st["m_new"] = g.mem_add(fn["mem"], um, grp, fn["you"], {"nobg"})
            g.a(fill(g.pick(T.ACK_CHANGE), cf), [st["m_new"]], excl={grp})
        else:  # C: proper update, the answer later still uses the superseded value
            g.mem_update(st["m_old"], fn["mem"], um, fn["you"])
            g.a(fill(g.pick(T.ACK_CHANGE), cf), [st["m_old"]], excl={grp})

    def answer_old(g: Gen, ctx: list[str], hedge_ok: bool) -> str:
        if hedge_ok and g.chance(0.3):
            hedges = T.CLASH_HEDGE if len(ctx) > 1 else T.CLASH_HEDGE_SAME
            return g.a(fill(g.pick(hedges), cf), ctx, excl={grp})
        return g.a(fill(g.pick(ask["good"]), fo), ctx, excl={grp})

    def react(g: Gen, last: bool, am: str, same: bool, fix_update: bool) -> None:
        g.fb_failure(am, 0.3, comment=f"Outdated — {fn['me']} now.", correction=fn["mem"])
        if last and g.can_abandon() and g.chance(0.12):
            g.abandoned = True
            return
        if g.chance(0.7):
            um = g.u(fill(g.pick(T.CLASH_REACT_SAME if same else T.CLASH_REACT), cf))
            ctx = [st["m_old"]]
            if fix_update:
                g.mem_update(st["m_old"], fn["mem"], um, fn["you"])
            elif variant == "A":
                if g.chance(0.5):
                    g.mem_delete(st["m_old"], um)
                    ctx = [st["m_new"]]
                else:
                    ctx = [st["m_new"]]
            g.a(g.pick(T.FIX_PREFIX) + " " + cap(fill(g.pick(ask["good"]), fn)), ctx, bg=False)

    def payoff(g: Gen, last: bool) -> None:
        g.u(g.opener() + fill(g.pick(ask["q"]), fo))
        if variant == "A":
            ctx = [st["m_old"], st["m_new"]]
            g.rng.shuffle(ctx)
            am = answer_old(g, ctx, True)
        else:
            am = answer_old(g, [st["m_old"]], False)
        g.label(am, "clash", None, st["s_new"])
        react(g, last, am, False, False)

    def payoff_same_shape(shape: str) -> Callable[[Gen, bool], None]:
        def payoff_same(g: Gen, last: bool) -> None:
            chg = fill(g.pick(kind["change"]), cf)
            if shape == "B":
                g.u(g.opener() + chg + " " + fill(g.pick(ask["q"]), fo))
            else:  # D: change told earlier in the session, no memory update, stale item injected later
                g.u(g.opener() + chg)
                g.a(fill(g.pick(T.ACK_CHANGE), cf), [], excl={grp})
                g.task_exchange(shift=True)
                g.u(g.pick(T.TOPIC_SHIFT) + fill(g.pick(ask["q"]), fo))
            am = answer_old(g, [st["m_old"]], shape == "B")
            g.label(am, "clash", None, st["s_old"])
            react(g, last, am, True, True)

        return payoff_same

    if variant in ("A", "C"):
        # with too few sessions, fall back to variant B's two-step shape (stale item vs. the user's message)
        fb = Scn(f"clash/{variant}->B", True, [Step(old, 2), Step(payoff_same_shape("B"), 4)], {grp})
        return Scn(f"clash/{variant}", True, [Step(old, 2), Step(change, 2), Step(payoff, 4)], {grp}, fallback=fb)
    return Scn(f"clash/{variant}", True, [Step(old, 2), Step(payoff_same_shape(variant), 4 if variant == "B" else 9)], {grp})


def pick_poison(g: Gen, used_keys: set, used_groups: set) -> dict | None:
    cands = [p for p in T.POISONS if p.get("split", "both") in ("both", g.split) and p["key"] not in used_keys
             and p.get("group") not in used_groups]
    if not cands:
        return None
    p = g.rng.choice(cands)
    used_keys.add(p["key"])
    if p.get("group"):
        used_groups.add(p["group"])
        g.user_groups.add(p["group"])
    return p


def poison_fields(g: Gen, p: dict) -> dict:
    slot = g.rng.choice(pool(p["slots"], g.phr))
    return with_caps(dict(slot))


def poison_setup(g: Gen, p: dict, f: dict, good_memory: bool, st: dict) -> None:
    g.u(g.opener() + fill(p["setup"], f))
    wrong = g.a(fill(p["wrong"], f), excl={p["domain"]})
    if not good_memory or g.chance(0.5):
        st["mem"] = g.mem_add(fill(p["mem_wrong"], f), wrong, None, f"“{fill(p['mem_wrong'], f)}”", {"nobg"})
    corr = fill(g.pick(p["correct"]), f)
    if g.chance(0.4) and not corr.lower().startswith(("no", "that's", "wrong")):
        corr = g.pick(T.CORRECTION_PREFIX) + corr
    cu = g.u(corr)
    if good_memory:
        if st.get("mem"):
            g.mem_update(st["mem"], fill(p["mem_right"], f), cu)
        else:
            st["mem"] = g.mem_add(fill(p["mem_right"], f), cu, None, f"“{fill(p['mem_right'], f)}”", {"nobg"})
    r = g.rng.random()
    if r < 0.35:
        g.fb(wrong, "correction", correction=fill(p["correction"], f))
    elif r < 0.6:
        g.fb(wrong, "thumbs_down")
    elif r < 0.7:
        g.fb(wrong, "flag", comment="Wrong information")
    g.a(fill(g.pick(T.POISON_FIX), {"right": cap(fill(p["fix"], f))}), [st["mem"]] if good_memory else [], bg=False)
    st["sess"] = g.cur["id"]


def scn_poison(g: Gen, used: set, used_keys: set, reps: int) -> Scn | None:
    p = pick_poison(g, used_keys, used)
    if not p:
        return None
    f = poison_fields(g, p)
    st: dict = {}
    qs = list(range(len(p["later_q"])))
    g.rng.shuffle(qs)

    def setup(g: Gen, last: bool) -> None:
        poison_setup(g, p, f, False, st)

    def rep(i: int) -> Callable:
        def fn(g: Gen, last: bool) -> None:
            k = qs[i % len(qs)]
            g.u(g.opener() + fill(p["later_q"][k], f))
            am = g.a(fill(p["later_wrong"][k], f), [st["mem"]], excl={p["domain"]})
            g.label(am, "poisoning", None, st["sess"])
            g.fb_failure(am, 0.3, comment="Same wrong info again.", correction=fill(p["correction"], f))
            if last and g.can_abandon() and g.chance(0.12):
                g.abandoned = True
                return
            if g.chance(0.6):
                g.u(fill(g.pick(p["react"] + T.POISON_REACT_GENERIC), f))
                g.a(g.pick(T.FIX_PREFIX) + " " + cap(fill(p["later_right"][k], f)), [st["mem"]], bg=False)
        return fn

    steps = [Step(setup, 4)] + [Step(rep(i), 4) for i in range(reps)]
    fb = Scn("poisoning", True, [Step(setup, 4), Step(rep(0), 4)]) if reps > 1 else None
    return Scn("poisoning", True, steps, set(), fallback=fb)


def scn_distraction(g: Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used, "drag")
    if not kind:
        return None
    f = value_fields(kind, g.pick(kind["values"]))
    st: dict = {}

    def setup(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, f, g.rng.choice(kind["asks"]), store=True)

    def payoff(g: Gen, last: bool) -> None:
        t = g.fresh_task(not_domain=kind["domain"])
        g.u(g.opener() + g.pick(t["q"]))
        g.asked_tasks.append(t)
        g.sess_topics.append(t["topic"])
        drag = fill(g.pick(kind["drag"]), f)
        at_end = drag.startswith(("P.S.", "And ", "Also", "(", "Oh, and")) or g.chance(0.7)
        text = f"{t['a']} {drag}" if at_end else f"{drag} {t['a']}"
        am = g.a(text, [st["mem"]], excl={kind["group"]})
        g.label(am, "distraction", None, None)
        r = g.rng.random()
        if r < 0.15:
            g.fb(am, "comment", comment=f"Why mention my {kind['topic']}?")
        elif r < 0.3:
            g.fb(am, "thumbs_down")
        if g.chance(0.35):
            g.u(fill(g.pick(T.DISTRACT_REACT), {"topic": kind["topic"]}))
            g.a(g.pick(T.DISTRACT_SORRY), bg=False)

    return Scn("distraction", True, [Step(setup, 2), Step(payoff, 4)], {kind["group"]})


def _confusion_context(g: Gen, n: int) -> list[str]:
    elig = [m for m in g.alive() if m.created <= g.now]
    if len(elig) < n:
        # memory backfill (e.g. a consolidation job imported notes from older chats right before this turn)
        earlier = [x for x in g.neutral_msgs if x[0] != g.cur["id"]]
        g.rng.shuffle(earlier)
        for sid, mid, text in earlier[: n - len(elig)]:
            snippet = text if len(text) <= 90 else text[:87] + "..."
            g.mem_add(f"User mentioned: “{snippet}”", None, None, f"you once said “{snippet}”", {"clutter"},
                      src_session=sid)
            g.cur["memory"][-1]["source"]["message"] = mid
        g.now = max([g.now] + [m.created for m in g.store.values()]) + dt.timedelta(seconds=2)
        elig = [m for m in g.alive() if m.created <= g.now]
    if len(elig) < n:
        prev = g.sessions[-2]["id"] if len(g.sessions) > 1 else g.cur["id"]
        used = {m.content for m in g.store.values()}
        extra = [x for x in T.TRIVIA + [(st[1], st[2]) for st in T.SMALLTALK] if x[0] not in used]
        for c, para in g.rng.sample(extra, min(len(extra), n - len(elig))):
            g.mem_add(c, None, None, para, {"clutter"}, src_session=prev)
        g.now = max([g.now] + [m.created for m in g.store.values()]) + dt.timedelta(seconds=2)
        elig = [m for m in g.alive() if m.created <= g.now]
    g.rng.shuffle(elig)
    if g.chance(0.5):  # long summaries first: overloaded contexts tend to carry them
        elig.sort(key=lambda m: -len(m.content))
    return [m.id for m in elig[:n]]


def scn_confusion(g: Gen, positive: bool = True) -> Scn:
    def step(g: Gen, last: bool) -> None:
        n = g.rng.randint(12, 22)
        g.now += dt.timedelta(seconds=3)
        ctx_ids = _confusion_context(g, n)
        t = g.fresh_task()
        q = g.pick(t["q"])
        g.u(g.opener() + q)
        g.asked_tasks.append(t)
        g.sess_topics.append(t["topic"])
        if not positive:
            am = g.a(t["a"], ctx_ids, bg=False)
            g.fb_ok(am, 0.15)
            return
        paras = [g.store[i].para for i in g.rng.sample(ctx_ids, 5)]
        others = [x for x in g.asked_tasks if x is not t] or [x for x in T.TASKS if x is not t]
        other = g.rng.choice(others)
        variants = [
            f"Good question! Keeping in mind that {paras[0]}, that {paras[1]}, and that {paras[2]}, there are a lot of "
            f"angles here. It really depends on your situation, so weigh up your options and go with what feels right.",
            f"Sure! {other['a']}",
            "There are several things to consider:\n" + "\n".join(f"{i + 1}. {cap(p)}." for i, p in enumerate(paras[:4]))
            + f"\nLet me know which of these matters most for your question about {t['topic']}!",
            f"Let me think about this with everything I know about you: {paras[0]}; {paras[1]}; {paras[2]}; {paras[3]}. "
            f"So, in short — it depends. Maybe start with {other['topic']}?",
            f"{t['a'].split('. ')[0].rstrip('.')} — although since {paras[0]} and {paras[1]}, you may want to revisit "
            f"{other['topic']} first, and don't forget {paras[2]}.",
        ]
        am = g.a(g.rng.choice(variants), ctx_ids, bg=False)
        g.label(am, "confusion", None, None)
        r = g.rng.random()
        if r < 0.45:
            g.fb(am, "thumbs_down")
        elif r < 0.65:
            g.fb(am, "rating", value=g.rng.choice([1, 2]))
        elif r < 0.75:
            g.fb(am, "comment", comment=g.rng.choice(["Answer was all over the place.", "Didn't answer my question.",
                                                        "Why is it listing random things about me?"]))
        r = g.rng.random()
        if last and g.can_abandon() and r < 0.2:
            if g.chance(0.5):
                g.u(g.rng.choice(["This is useless.", "Forget it.", "Never mind.", "ugh, forget it"]))
            g.abandoned = True
            return
        if r < 0.7:
            g.u(fill(g.pick(T.CONFUSION_REACT), {"topic": t["topic"], "q": q}))
            g.a(fill(g.pick(T.CONFUSION_FIX), {"answer": t["a"]}), bg=False)

    return Scn("confusion" if positive else "neg/bigctx", positive, [Step(step, 4, min_idx=2)])


# --- negatives ------------------------------------------------------------------------------------------------


def scn_used_well(g: Gen, used: set, as_you_know: bool = False) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    f = value_fields(kind, g.pick(kind["values"]))
    a_setup, a_pay = two_asks(g, kind)
    st: dict = {}

    def setup(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, f, a_setup, store=True)

    def payoff(g: Gen, last: bool) -> None:
        pre = fill(g.pick(T.AS_YOU_KNOW), f) if as_you_know else g.opener()
        g.u(pre + fill(g.pick(a_pay["q"]), f))
        am = g.a(fill(g.pick(a_pay["good"]), f), [st["mem"]], excl={kind["group"]})
        r = g.rng.random()
        if r < 0.22:
            g.fb(am, "thumbs_up")
        elif r < 0.3:
            g.fb(am, "comment", comment=g.pick(T.POS_COMMENTS))
        if g.chance(0.3):
            g.u(g.pick(T.THANKS))
            g.a(g.pick(T.YOURE_WELCOME), bg=False)

    return Scn("neg/used_well" + ("_ayk" if as_you_know else ""), False, [Step(setup, 2), Step(payoff, 4)], {kind["group"]})


def scn_change_ok(g: Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used, "change")
    if not kind:
        return None
    fo, fn = _two_values(g, kind)
    cf = change_fields(fo, fn)
    ask = g.rng.choice(kind["asks"])
    grp = kind["group"]
    st: dict = {}

    def old(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, fo, None, store=True, flags={"nobg"})

    def change(g: Gen, last: bool) -> None:
        um = g.u(g.opener() + fill(g.pick(kind["change"]), cf))
        g.mem_update(st["mem"], fn["mem"], um, fn["you"])
        g.a(fill(g.pick(T.ACK_CHANGE), cf), [st["mem"]], excl={grp})

    def payoff(g: Gen, last: bool) -> None:
        g.u(g.opener() + fill(g.pick(ask["q"]), fn))
        am = g.a(fill(g.pick(ask["good"]), fn), [st["mem"]], excl={grp})
        g.fb_ok(am, 0.2)

    def combined(g: Gen, last: bool) -> None:
        um = g.u(g.opener() + fill(g.pick(kind["change"]), cf) + " " + fill(g.pick(ask["q"]), fn))
        g.mem_update(st["mem"], fn["mem"], um, fn["you"])
        am = g.a(fill(g.pick(T.ACK_CHANGE), cf).rstrip(".") + ". " + fill(g.pick(ask["good"]), fn), [st["mem"]], excl={grp})
        g.fb_ok(am, 0.2)

    fb = Scn("neg/change_ok2", False, [Step(old, 2), Step(combined, 2)], {grp})
    if g.chance(0.35):
        return fb
    return Scn("neg/change_ok", False, [Step(old, 2), Step(change, 2), Step(payoff, 2)], {grp}, fallback=fb)


def scn_forget(g: Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used, "forget")
    if not kind:
        return None
    f = value_fields(kind, g.pick(kind["values"]))
    ask = g.rng.choice(kind["asks"])
    st: dict = {}
    grp = kind["group"]

    def setup(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, f, None, store=True, flags={"nobg"})

    def forget(g: Gen, last: bool) -> None:
        um = g.u(g.opener() + fill(g.pick(kind["forget"]["user"]), f))
        g.mem_delete(st["mem"], um)
        g.a(g.pick(T.FORGET_ACK), excl={grp})

    def payoff(g: Gen, last: bool) -> None:
        g.u(g.opener() + fill(g.pick(ask["q"]), f))
        if kind["forget"]["mode"] == "reask":
            g.a(fill(g.pick(ask["reask"]), f), excl={grp})
            g.u(g.pick(T.FORGET_GENERIC))
        am = g.a(fill(g.pick(ask["bad"]), f), excl={grp})
        g.fb_ok(am, 0.05)

    def forget_then_payoff(g: Gen, last: bool) -> None:
        forget(g, last)
        payoff(g, last)

    fb = Scn("neg/forget2", False, [Step(setup, 2), Step(forget_then_payoff, 6)], {grp})
    return Scn("neg/forget", False, [Step(setup, 2), Step(forget, 2), Step(payoff, 4)], {grp}, fallback=fb)


def scn_typo(g: Gen) -> Scn:
    x = g.pick(T.TYPOS)

    def step(g: Gen, last: bool) -> None:
        u1 = g.u(g.opener() + x["u1"])
        mid = g.mem_add(x["mem1"], u1, None, None, {"nobg"}) if x["mem1"] else None
        g.a(x["a1"], [mid] if mid else [])
        u2 = g.u(x["u2"])
        if mid:
            g.mem_update(mid, x["mem2"], u2)
        am = g.a(x["a2"], [mid] if mid else [])
        g.fb_ok(am, 0.1)

    return Scn("neg/typo", False, [Step(step, 4)])


def scn_disagree(g: Gen) -> Scn:
    x = g.pick(T.DISAGREE)

    def step(g: Gen, last: bool) -> None:
        g.u(g.opener() + x["q"])
        g.a(x["a"])
        g.u(x["u"])
        am = g.a(x["a2"])
        g.fb_ok(am, 0.1)

    return Scn("neg/disagree", False, [Step(step, 4)])


def scn_clarify(g: Gen) -> Scn:
    x = g.pick(T.CLARIFY)

    def step(g: Gen, last: bool) -> None:
        g.u(g.opener() + x["q"])
        g.a(x["a"])
        g.u(x["u"])
        am = g.a(x["a2"])
        g.fb_ok(am, 0.15)

    return Scn("neg/clarify", False, [Step(step, 4)])


def scn_bundle(g: Gen, used: set) -> Scn | None:
    cands = [b for b in T.BUNDLES if not (b["groups"] & used)]
    if not cands:
        return None
    b = g.rng.choice(cands)
    used |= b["groups"]
    grp = sorted(b["groups"])[0]
    st: dict = {}
    dest = g.rng.choice(b["dests"])
    items = list(b["items"])
    g.rng.shuffle(items)
    items = items[: g.rng.randint(max(5, len(items) - 2), len(items))]

    def setup(g: Gen, last: bool) -> None:
        g.user_groups.update(b["groups"])
        um = g.u(g.opener() + b["intro"] + "; ".join(i[0] for i in items) + ".")
        st["mems"] = [g.mem_add(i[1], um, grp, i[2]) for i in items]
        g.a(g.pick(T.BUNDLE_ACK), bg=False)

    def payoff(g: Gen, last: bool) -> None:
        g.u(g.opener() + fill(g.pick(b["ask"]), {"dest": dest}))
        ctx = list(st["mems"])
        g.rng.shuffle(ctx)
        am = g.a(fill(b["answer"], {"dest": dest}), ctx, excl=set(b["groups"]))
        g.fb_ok(am, 0.3)

    return Scn("neg/bundle", False, [Step(setup, 2), Step(payoff, 2)], set(b["groups"]))


def scn_poison_avoided(g: Gen, used: set, used_keys: set) -> Scn | None:
    p = pick_poison(g, used_keys, used)
    if not p:
        return None
    f = poison_fields(g, p)
    st: dict = {}

    def setup(g: Gen, last: bool) -> None:
        poison_setup(g, p, f, True, st)

    def payoff(g: Gen, last: bool) -> None:
        k = g.rng.randrange(len(p["later_q"]))
        g.u(g.opener() + fill(p["later_q"][k], f))
        am = g.a(fill(p["later_right"][k], f), [st["mem"]], excl={p["domain"]})
        g.fb_ok(am, 0.15)

    return Scn("neg/poison_avoided", False, [Step(setup, 4), Step(payoff, 2)])


def scn_irrelevant_ignored(g: Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    f = value_fields(kind, g.pick(kind["values"]))
    st: dict = {}

    def setup(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, f, g.rng.choice(kind["asks"]), store=True)

    def payoff(g: Gen, last: bool) -> None:
        t = g.fresh_task(not_domain=kind["domain"])
        g.task_exchange(shift=True, task=t)
        # make sure the irrelevant item was in the context of that answer
        msg = next(m for m in reversed(g.cur["messages"]) if m["role"] == "assistant" and m["content"] == t["a"])
        if st["mem"] not in msg["context"]:
            msg["context"].insert(0, st["mem"])

    return Scn("neg/irrelevant_ignored", False, [Step(setup, 2), Step(payoff, 4)], {kind["group"]})


# --- dev-only hard negatives (extra dev users only) ----------------------------------------------------------


def scn_reminder_marked(g: Gen, used: set) -> Scn | None:
    """An unrelated exchange, then "As I mentioned, <fact>. <new request>": the turn before is clean."""
    kind = pick_kind(g, used)
    if not kind:
        return None
    f = value_fields(kind, g.pick(kind["values"]))
    a_setup, a_pay = two_asks(g, kind)
    st: dict = {}

    def setup(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, f, a_setup, store=True)

    def payoff(g: Gen, last: bool) -> None:
        g.task_exchange(shift=True, smalltalk_p=0.0, task=g.fresh_task(not_domain=kind["domain"]))
        g.u(fill(g.rng.choice(T.REMINDER_MARKED_DEV), f) + fill(g.pick(a_pay["q"]), f))
        am = g.a(fill(g.pick(a_pay["good"]), f), [st["mem"]], excl={kind["group"]})
        g.fb_ok(am, 0.1)

    return Scn("neg/reminder_marked", False, [Step(setup, 2), Step(payoff, 6)], {kind["group"]})


def scn_echo_confirm(g: Gen, used: set) -> Scn | None:
    """The answer used the fact and the user echoes it approvingly ("like I said, I'm vegan, so that works")."""
    kind = pick_kind(g, used)
    if not kind:
        return None
    f = value_fields(kind, g.pick(kind["values"]))
    a_setup, a_pay = two_asks(g, kind)
    st: dict = {}

    def setup(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, f, a_setup, store=True)

    def payoff(g: Gen, last: bool) -> None:
        g.u(g.opener() + fill(g.pick(a_pay["q"]), f))
        am = g.a(fill(g.pick(a_pay["good"]), f), [st["mem"]], excl={kind["group"]})
        g.u(fill(g.rng.choice(T.ECHO_CONFIRM_DEV), f))
        g.a(g.rng.choice(T.ECHO_THANKS_DEV), bg=False)
        g.fb_ok(am, 0.2)

    return Scn("neg/echo_confirm", False, [Step(setup, 2), Step(payoff, 4)], {kind["group"]})


def scn_style_complaint(g: Gen) -> Scn:
    """A clean answer gets a generic complaint about its style (and sometimes a thumbs-down): not a memory failure."""

    def step(g: Gen, last: bool) -> None:
        t = g.fresh_task()
        g.u(g.opener() + g.pick(t["q"]))
        am = g.a(t["a"])
        g.asked_tasks.append(t)
        g.sess_topics.append(t["topic"])
        g.u(g.rng.choice(T.STYLE_COMPLAINT_DEV))
        if g.chance(0.5):
            g.fb(am, "thumbs_down")
        short = t["a"].split(". ")[0].rstrip(".") + "."
        g.a(g.rng.choice(T.STYLE_FIX_DEV).format(short=short), bg=False)

    return Scn("neg/style_complaint", False, [Step(step, 4)])


EXTRA_NEG_BUILDERS = {
    "reminder_marked": lambda g, used, keys: scn_reminder_marked(g, used),
    "echo_confirm": lambda g, used, keys: scn_echo_confirm(g, used),
    "style_complaint": lambda g, used, keys: scn_style_complaint(g),
}


# --- dev-only recall look-alikes, round 2 (extra dev users t-d-13 on) ---------------------------------------


_YOU_CLAUSE = re.compile(r"(?i)\b(since|given that|as|because|now that)\s+\{you\}\s*,?\s*|\s*[—–-]?\s*\{you\}(,| and)?\s*")


def implicit(tpl: str) -> str:
    """A good answer that serves the fact without naming it ("How about a chickpea curry?" for a vegan)."""
    out = _YOU_CLAUSE.sub(" ", tpl) if "{you}" in tpl else tpl
    out = re.sub(r"\s+([,.!?])", r"\1", re.sub(r"\s{2,}", " ", out)).strip(" ,—–-")
    return cap(out) if "{" in out or len(out) > 12 else tpl


def _good(g: Gen, ask: dict, f: dict) -> str:
    tpl = g.pick(ask["good"])
    return fill(implicit(tpl) if g.chance(0.5) else tpl, f)


def _known_fact(g: Gen, used: set, name: str, react: Callable[[Gen, dict, dict, str], None]) -> Scn | None:
    """Setup: a fact told and stored. Payoff: its request answered well, then `react(g, kind, f, answer)`."""
    kind = pick_kind(g, used)
    if not kind:
        return None
    f = value_fields(kind, g.pick(kind["values"]))
    a_setup, a_pay = two_asks(g, kind)
    st: dict = {}

    def setup(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, f, a_setup, store=True)

    def payoff(g: Gen, last: bool) -> None:
        g.u(g.opener() + fill(g.pick(a_pay["q"]), f))
        am = g.a(_good(g, a_pay, f), [st["mem"]], excl={kind["group"]})
        react(g, kind, f, am)

    return Scn(name, False, [Step(setup, 2), Step(payoff, 4)], {kind["group"]})


def _confirm(g: Gen, kind: dict, f: dict, am: str) -> None:
    g.u(fill(g.rng.choice(T.CONFIRM_DEV), f))
    g.a(g.rng.choice(T.ECHO_THANKS_DEV), bg=False)
    g.fb_ok(am, 0.2)


def _emphasis(g: Gen, kind: dict, f: dict, am: str) -> None:
    g.u(fill(g.rng.choice(T.EMPHASIS_DEV), f))
    g.a(g.rng.choice(T.EMPHASIS_ACK_DEV), bg=False)
    g.fb_ok(am, 0.1)


def scn_reminder_unmarked(g: Gen, used: set) -> Scn | None:
    """An unrelated exchange, then "<fact>. <new request>" without any marker: the turn before is clean."""
    kind = pick_kind(g, used)
    if not kind:
        return None
    f = value_fields(kind, g.pick(kind["values"]))
    a_setup, a_pay = two_asks(g, kind)
    st: dict = {}

    def setup(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, f, a_setup, store=True)

    def payoff(g: Gen, last: bool) -> None:
        g.task_exchange(shift=True, smalltalk_p=0.0, task=g.fresh_task(not_domain=kind["domain"]))
        g.u(fill(g.rng.choice(T.REMINDER_UNMARKED_DEV), f) + fill(g.pick(a_pay["q"]), f))
        am = g.a(_good(g, a_pay, f), [st["mem"]], excl={kind["group"]})
        g.fb_ok(am, 0.1)

    return Scn("neg/reminder_unmarked", False, [Step(setup, 2), Step(payoff, 6)], {kind["group"]})


def scn_fyi(g: Gen, used: set) -> Scn | None:
    """A known fact mentioned in passing right after an unrelated answer: that answer didn't need it."""
    kind = pick_kind(g, used)
    if not kind:
        return None
    f = value_fields(kind, g.pick(kind["values"]))
    st: dict = {}

    def setup(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, f, g.rng.choice(kind["asks"]), store=True)

    def payoff(g: Gen, last: bool) -> None:
        t = g.fresh_task(not_domain=kind["domain"])
        g.u(g.opener() + g.pick(t["q"]))
        am = g.a(t["a"], [st["mem"]] if g.chance(0.5) else [], excl={kind["group"]})
        g.asked_tasks.append(t)
        g.sess_topics.append(t["topic"])
        g.u(fill(g.rng.choice(T.FYI_DEV), f))
        g.a(g.rng.choice(T.FYI_ACK_DEV), [st["mem"]], bg=False)
        g.fb_ok(am, 0.1)

    return Scn("neg/fyi", False, [Step(setup, 2), Step(payoff, 4)], {kind["group"]})


def scn_clarify_unsaid(g: Gen) -> Scn:
    x = g.rng.choice(T.CLARIFY_UNSAID_DEV)

    def step(g: Gen, last: bool) -> None:
        g.u(g.opener() + x["q"])
        am = g.a(x["a"])
        g.u(x["u"])
        g.a(x["a2"])
        g.fb_ok(am, 0.1)

    return Scn("neg/clarify_unsaid", False, [Step(step, 4)])


def scn_update_confirm(g: Gen, used: set) -> Scn | None:
    """A legitimate change (memory updated); a later answer uses the new value and the user confirms it."""
    kind = pick_kind(g, used, "change")
    if not kind:
        return None
    fo, fn = _two_values(g, kind)
    cf = change_fields(fo, fn)
    ask = g.rng.choice(kind["asks"])
    grp = kind["group"]
    st: dict = {}

    def old(g: Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell_fact(g, kind, fo, None, store=True, flags={"nobg"})

    def change(g: Gen, last: bool) -> None:
        um = g.u(g.opener() + fill(g.pick(kind["change"]), cf))
        g.mem_update(st["mem"], fn["mem"], um, fn["you"])
        g.a(fill(g.pick(T.ACK_CHANGE), cf), [st["mem"]], excl={grp})

    def payoff(g: Gen, last: bool) -> None:
        g.u(g.opener() + fill(g.pick(ask["q"]), fn))
        am = g.a(fill(g.pick(ask["good"]), fn), [st["mem"]], excl={grp})
        g.u(fill(g.rng.choice(T.UPDATE_CONFIRM_DEV), cf))
        g.a(g.rng.choice(T.ECHO_THANKS_DEV), bg=False)
        g.fb_ok(am, 0.1)

    return Scn("neg/update_confirm", False, [Step(old, 2), Step(change, 2), Step(payoff, 4)], {grp})


def scn_many_facts(g: Gen, used: set) -> Scn | None:
    """A long session: three facts told one by one, then requests that each need one of them, answered well;
    the user re-mentions the second fact as the preface of its request."""
    kinds = [k for k in (pick_kind(g, used), pick_kind(g, used), pick_kind(g, used)) if k]
    if len(kinds) < 3:
        return None
    fs = [value_fields(k, g.pick(k["values"])) for k in kinds]

    def step(g: Gen, last: bool) -> None:
        mems = []
        for k, f in zip(kinds, fs, strict=True):
            g.user_kinds.add(k["name"])
            g.user_groups.add(k["group"])
            um = g.u(g.opener() + fill(g.pick(k["tell"]), f))
            mems.append(g.mem_add(f["mem"], um, k["group"], f["you"]))
            g.a(fill(g.pick(T.ACK), f), [mems[-1]], bg=False)
        ask0, ask1 = g.rng.choice(kinds[0]["asks"]), g.rng.choice(kinds[1]["asks"])
        g.u(fill(g.pick(ask0["q"]), fs[0]))
        am = g.a(_good(g, ask0, fs[0]), mems, bg=False)
        g.fb_ok(am, 0.1)
        g.u(fill(g.rng.choice(T.REMINDER_UNMARKED_DEV), fs[1]) + fill(g.pick(ask1["q"]), fs[1]))
        am = g.a(_good(g, ask1, fs[1]), mems, bg=False)
        g.fb_ok(am, 0.1)

    return Scn("neg/many_facts", False, [Step(step, 10)], {k["group"] for k in kinds})


def scn_recall_react(g: Gen, used: set, diag: str) -> Scn | None:
    """Recall failure whose reaction re-tells the fact with new wording, sometimes with a redo request."""
    saved = g.restate_cross
    g.restate_cross = T.RESTATE_REACT_DEV
    try:
        return scn_recall(g, used, diag)
    finally:
        g.restate_cross = saved


EXTRA2_POS_BUILDERS = {
    "recall_react:write_miss": lambda g, used, keys: scn_recall_react(g, used, "write_miss"),
    "recall_react:retrieval_miss": lambda g, used, keys: scn_recall_react(g, used, "retrieval_miss"),
    "recall_react:ignored": lambda g, used, keys: scn_recall_react(g, used, "ignored"),
}
EXTRA2_NEG_BUILDERS = {
    "reminder_unmarked": lambda g, used, keys: scn_reminder_unmarked(g, used),
    "confirm": lambda g, used, keys: _known_fact(g, used, "neg/confirm", _confirm),
    "emphasis": lambda g, used, keys: _known_fact(g, used, "neg/emphasis", _emphasis),
    "fyi": lambda g, used, keys: scn_fyi(g, used),
    "clarify_unsaid": lambda g, used, keys: scn_clarify_unsaid(g),
    "update_confirm": lambda g, used, keys: scn_update_confirm(g, used),
    "many_facts": lambda g, used, keys: scn_many_facts(g, used),
}


# ------------------------------------------------------------------------------------------------------------
# planning & emission
# ------------------------------------------------------------------------------------------------------------


def assign(g: Gen, scns: list[Scn], n: int, cap_msgs: int) -> list[list[Step]]:
    load = [0] * n
    per: list[list[Step]] = [[] for _ in range(n)]
    for s in sorted(scns, key=lambda s: (not s.positive, -len(s.steps))):
        cur: Scn | None = s
        while cur is not None:
            steps = cur.steps
            k = len(steps)
            combos = [c for c in itertools.combinations(range(n), k)
                      if all(c[i] >= steps[i].min_idx and load[c[i]] + steps[i].size <= cap_msgs for i in range(k))]
            if combos:
                best = min(combos, key=lambda c: (max(load[c[i]] + steps[i].size for i in range(k)), g.rng.random()))
                for i, si in enumerate(best):
                    load[si] += steps[i].size
                    per[si].append(steps[i])
                break
            cur = cur.fallback
    for steps in per:
        g.rng.shuffle(steps)
    return per


def emit(g: Gen, plan: list[list[Step]], starts: list[dt.datetime], min_msgs: int, max_msgs: int) -> None:
    for steps, start in zip(plan, starts, strict=True):
        g.begin(start)
        planned = sum(s.size for s in steps)
        if planned < min_msgs + 1 or (planned + 2 <= max_msgs - 2 and g.chance(0.3)):
            g.task_exchange()
        for i, st in enumerate(steps):
            st.fn(g, i == len(steps) - 1)
            if g.abandoned:
                break
        while not g.abandoned and g.n_msgs() < min_msgs:
            g.task_exchange(shift=True)
        if not g.abandoned and g.n_msgs() + 2 <= max_msgs and g.chance(0.2):
            g.task_exchange(shift=True)
        g.end_session()


def session_starts(rng: random.Random, n: int, first: dt.datetime, span_days: int) -> list[dt.datetime]:
    days = sorted(rng.sample(range(span_days), n))
    return [first + dt.timedelta(days=d, hours=rng.randint(7, 22), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
            for d in days]


POS_BUILDERS = {
    "recall:write_miss": lambda g, used, keys: scn_recall(g, used, "write_miss"),
    "recall:retrieval_miss": lambda g, used, keys: scn_recall(g, used, "retrieval_miss"),
    "recall:ignored": lambda g, used, keys: scn_recall(g, used, "ignored"),
    "recall:within": lambda g, used, keys: scn_recall_within(g, used),
    "clash:A": lambda g, used, keys: scn_clash(g, used, "A"),
    "clash:B": lambda g, used, keys: scn_clash(g, used, "B"),
    "clash:C": lambda g, used, keys: scn_clash(g, used, "C"),
    "clash:D": lambda g, used, keys: scn_clash(g, used, "D"),
    "poisoning:1": lambda g, used, keys: scn_poison(g, used, keys, 1),
    "poisoning:2": lambda g, used, keys: scn_poison(g, used, keys, 2),
    "distraction": lambda g, used, keys: scn_distraction(g, used),
    "confusion": lambda g, used, keys: scn_confusion(g, True),
}

NEG_BUILDERS = {
    "used_well": lambda g, used, keys: scn_used_well(g, used, False),
    "as_you_know": lambda g, used, keys: scn_used_well(g, used, True),
    "change_ok": lambda g, used, keys: scn_change_ok(g, used),
    "forget": lambda g, used, keys: scn_forget(g, used),
    "typo": lambda g, used, keys: scn_typo(g),
    "disagree": lambda g, used, keys: scn_disagree(g),
    "clarify": lambda g, used, keys: scn_clarify(g),
    "bundle": lambda g, used, keys: scn_bundle(g, used),
    "poison_avoided": lambda g, used, keys: scn_poison_avoided(g, used, keys),
    "irrelevant_ignored": lambda g, used, keys: scn_irrelevant_ignored(g, used),
    "bigctx": lambda g, used, keys: scn_confusion(g, False),
}


def build_scenarios(g: Gen, pos: list[str], neg: list[str], used: set | None = None) -> list[Scn]:
    used = used if used is not None else set()
    keys: set = set()
    out = []
    for name in pos:
        s = {**POS_BUILDERS, **EXTRA2_POS_BUILDERS}[name](g, used, keys)
        if s:
            out.append(s)
    for name in neg:
        s = {**NEG_BUILDERS, **EXTRA_NEG_BUILDERS, **EXTRA2_NEG_BUILDERS}[name](g, used, keys)
        if s:
            out.append(s)
    return out


# ------------------------------------------------------------------------------------------------------------
# validation
# ------------------------------------------------------------------------------------------------------------


def _t(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def validate(records: list[dict], *, min_msgs: int = 4, max_msgs: int = 99) -> list[str]:
    """Referential integrity over user records {user, sessions, feedback, labels}. Returns a list of errors."""
    errs: list[str] = []
    seen_ids: set[str] = set()

    def uniq(x: str, what: str) -> None:
        if x in seen_ids:
            errs.append(f"duplicate id {x} ({what})")
        seen_ids.add(x)

    for rec in records:
        uid = rec["user"]
        mem_state: dict[str, list] = {}  # id -> [created, deleted]
        msgs: dict[str, dict] = {}
        msg_sess: dict[str, str] = {}
        sess_start: dict[str, dt.datetime] = {}
        prev_end = None
        for s in rec["sessions"]:
            sid = s["id"]
            uniq(sid, "session")
            if s["user"] != uid:
                errs.append(f"{sid}: user {s['user']} != {uid}")
            st = _t(s["started_at"])
            sess_start[sid] = st
            if prev_end and st <= prev_end:
                errs.append(f"{sid}: starts before previous session of {uid} ended")
            n = len(s["messages"])
            if not (min_msgs <= n <= max_msgs):
                errs.append(f"{sid}: {n} messages (want {min_msgs}-{max_msgs})")
            events = []
            for op in s["memory"]:
                events.append((_t(op["created_at"]), 0, "op", op))
            for m in s["messages"]:
                events.append((_t(m["created_at"]), 1, "msg", m))
            last_msg_t = None
            for m in s["messages"]:
                t = _t(m["created_at"])
                if t < st:
                    errs.append(f"{m['id']}: before session start")
                if last_msg_t and t <= last_msg_t:
                    errs.append(f"{m['id']}: timestamps not increasing")
                last_msg_t = t
            for op in s["memory"]:
                src = op.get("source") or {}
                if src.get("message") and src["message"] not in msgs and src["message"] not in {x["id"] for x in s["messages"]}:
                    errs.append(f"memory {op['id']}: source message {src['message']} unknown")
            for t, _, what, obj in sorted(events, key=lambda e: (e[0], e[1])):
                if what == "op":
                    op, i = obj, obj["id"]
                    kind = op.get("op", "add")
                    if kind == "add":
                        if i in mem_state:
                            errs.append(f"memory {i}: added twice")
                        else:
                            uniq(i, "memory")
                        mem_state[i] = [t, None]
                        if not (op.get("content") or "").strip():
                            errs.append(f"memory {i}: empty content")
                    elif kind in ("update", "delete"):
                        if i not in mem_state or mem_state[i][1] is not None:
                            errs.append(f"memory {i}: {kind} of unknown/deleted item")
                        elif kind == "delete":
                            mem_state[i][1] = t
                    else:
                        errs.append(f"memory {i}: bad op {kind}")
                else:
                    m = obj
                    uniq(m["id"], "message")
                    msgs[m["id"]] = m
                    msg_sess[m["id"]] = sid
                    if m["role"] not in ("user", "assistant"):
                        errs.append(f"{m['id']}: role {m['role']}")
                    if m["role"] == "user" and m.get("context"):
                        errs.append(f"{m['id']}: user message with context")
                    for c in m.get("context", []):
                        if c not in mem_state:
                            errs.append(f"{m['id']}: context {c} not (yet) in memory")
                        elif mem_state[c][1] is not None:
                            errs.append(f"{m['id']}: context {c} was deleted")
            prev_end = last_msg_t
        for lab in rec["labels"]:
            m = msgs.get(lab["message"])
            if not m:
                errs.append(f"label: unknown message {lab['message']}")
                continue
            if m["role"] != "assistant":
                errs.append(f"label: {lab['message']} is not an assistant message")
            if lab["type"] not in TYPES:
                errs.append(f"label {lab['message']}: bad type {lab['type']}")
            if lab["type"] == "recall":
                if lab["diagnosis"] not in DIAGNOSES:
                    errs.append(f"label {lab['message']}: recall without diagnosis")
            elif lab["diagnosis"] is not None:
                errs.append(f"label {lab['message']}: diagnosis on non-recall")
            ev = lab["evidence_session"]
            if ev is not None:
                if ev not in sess_start:
                    errs.append(f"label {lab['message']}: unknown evidence session {ev}")
                elif sess_start[ev] >= sess_start[msg_sess[lab["message"]]]:
                    errs.append(f"label {lab['message']}: evidence session not earlier")
        for ev in rec["feedback"]:
            uniq(ev["id"], "feedback")
            if ev["type"] not in ("thumbs_up", "thumbs_down", "rating", "comment", "correction", "flag"):
                errs.append(f"{ev['id']}: bad type")
            if ev["message"] not in msgs:
                errs.append(f"{ev['id']}: unknown message {ev['message']}")
            elif msg_sess[ev["message"]] != ev["session"]:
                errs.append(f"{ev['id']}: message not in session {ev['session']}")
            if ev["user"] != uid:
                errs.append(f"{ev['id']}: wrong user")
            if ev["type"] == "rating" and not (1 <= ev.get("value", 0) <= 5):
                errs.append(f"{ev['id']}: rating value")
            if ev["type"] == "correction" and not ev.get("correction"):
                errs.append(f"{ev['id']}: correction without text")
    return errs


# ------------------------------------------------------------------------------------------------------------
# corpus
# ------------------------------------------------------------------------------------------------------------

SEED = 20260917
N_USERS = 50
POS_PER_USER = 4
NEG_PER_USER = 5
MIN_MSGS, MAX_MSGS = 4, 18


# how many scenarios of each positive subtype the corpus gets (dealt to users from a shuffled deck)
POS_DECK = {
    "recall:write_miss": 15, "recall:retrieval_miss": 15, "recall:ignored": 12, "recall:within": 9,
    "clash:A": 15, "clash:B": 13, "clash:C": 8, "clash:D": 11,
    "poisoning:1": 14, "poisoning:2": 18,
    "distraction": 48,
    "confusion": 46,
}


def deal(rng: random.Random, deck: dict[str, int], sizes: list[int], max_same: int = 2,
         unique: tuple[str, ...] = ("confusion",)) -> list[list[str]]:
    cards = [k for k, n in deck.items() for _ in range(n)]
    rng.shuffle(cards)
    hands: list[list[str]] = [[] for _ in sizes]
    # round-robin so every user gets a mix
    for _ in range(max(sizes)):
        for ui, size in enumerate(sizes):
            if len(hands[ui]) >= size or not cards:
                continue
            for ci, c in enumerate(cards):
                typ = c.split(":")[0]
                same = sum(1 for h in hands[ui] if h.split(":")[0] == typ)
                if (typ in unique and same) or same >= max_same:
                    continue
                hands[ui].append(cards.pop(ci))
                break
    return hands


def build_corpus(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    splits = ["holdout" if ui % 5 in (1, 3) else "dev" for ui in range(N_USERS)]
    hands: list[list[str]] = [[] for _ in range(N_USERS)]
    # deal each split its share (~60/40) of every subtype so both splits cover every type and diagnosis
    for sp in ("dev", "holdout"):
        idx = [i for i in range(N_USERS) if splits[i] == sp]
        share = len(idx) / N_USERS
        deck = {k: round(n * share) if sp == "dev" else n - round(n * (1 - share)) for k, n in POS_DECK.items()}
        total = sum(deck.values())
        sizes = [total // len(idx) + (1 if i < total % len(idx) else 0) for i in range(len(idx))]
        rng.shuffle(sizes)
        for i, hand in zip(idx, deal(rng, deck, sizes), strict=True):
            hands[i] = hand
    neg_names = list(NEG_BUILDERS)
    records = []
    for ui in range(N_USERS):
        uid = f"t-u-{ui + 1}"
        split = splits[ui]
        urng = random.Random(f"{seed}:{uid}")
        pos = hands[ui]
        heavy = "confusion" in pos or urng.random() < 0.5
        g = Gen(uid, split, urng, PerUserIds(uid), clutter="heavy" if heavy else "light")
        g.max_msgs = MAX_MSGS
        n_sess = urng.choice([4, 4, 5, 5, 5, 6]) if len(pos) < 5 else urng.choice([5, 5, 6])
        neg = urng.sample(neg_names, NEG_PER_USER)
        if "bigctx" in neg and "confusion" in pos:
            neg.remove("bigctx")
        scns = build_scenarios(g, pos, neg)
        plan = assign(g, scns, n_sess, MAX_MSGS - 3)
        first = dt.datetime(2026, 6, 1) + dt.timedelta(days=urng.randint(0, 100))
        starts = session_starts(urng, n_sess, first, urng.randint(n_sess * 3, 45))
        emit(g, plan, starts, MIN_MSGS, MAX_MSGS)
        records.append({"user": uid, "split": split, "sessions": g.sessions, "feedback": g.feedback, "labels": g.labels})
    return (records + build_extra_dev(seed) + build_extra_dev2(seed) + build_holdout2(seed) + build_holdout3(seed)
            + build_round5(seed))


# Extra dev users (t-d-N), added in a later session to make dev harder for reaction reading: the dev-only
# families above plus the usual scenarios. Built after, and independently of, the t-u-N users, so those
# (and the whole holdout split) stay byte-identical.
N_EXTRA_DEV = 12
EXTRA_POS = ["recall:write_miss", "recall:retrieval_miss", "recall:ignored", "clash:A", "clash:B", "clash:C", "clash:D", "poisoning:1",
             "distraction"]


def build_extra_dev(seed: int) -> list[dict]:
    records = []
    for ui in range(N_EXTRA_DEV):
        uid = f"t-d-{ui + 1}"
        urng = random.Random(f"{seed}:{uid}")
        g = Gen(uid, "dev", urng, PerUserIds(uid), clutter="light" if urng.random() < 0.5 else "heavy")
        g.max_msgs = MAX_MSGS
        g.restate_cross = T.RESTATE_CROSS_DEV
        g.extra_kinds = T.EXTRA_KINDS_DEV
        pos = urng.sample(EXTRA_POS, 4)
        neg = list(EXTRA_NEG_BUILDERS) + urng.sample(["used_well", "change_ok", "clarify", "bundle"], 1)
        scns = build_scenarios(g, pos, neg)
        n_sess = urng.choice([5, 5, 6])
        plan = assign(g, scns, n_sess, MAX_MSGS - 3)
        first = dt.datetime(2026, 6, 1) + dt.timedelta(days=urng.randint(0, 100))
        starts = session_starts(urng, n_sess, first, urng.randint(n_sess * 3, 45))
        emit(g, plan, starts, MIN_MSGS, MAX_MSGS)
        records.append({"user": uid, "split": "dev", "sessions": g.sessions, "feedback": g.feedback, "labels": g.labels})
    return records


# Round 2 (t-d-13 on): recall look-alike negatives (the families above) outnumber recall positives, the way they do
# in a deployment; positives react to the answer in new words. Appended, so t-d-1..12 and t-u-N stay byte-identical.
N_EXTRA_DEV2 = 16
EXTRA2_POS = ["recall_react:write_miss", "recall_react:retrieval_miss", "recall_react:ignored", "recall:ignored", "recall:within",
              "clash:A", "clash:C", "poisoning:1", "distraction"]


def build_extra_dev2(seed: int) -> list[dict]:
    records = []
    neg_names = list(EXTRA2_NEG_BUILDERS)
    for ui in range(N_EXTRA_DEV2):
        uid = f"t-d-{N_EXTRA_DEV + ui + 1}"
        urng = random.Random(f"{seed}:{uid}")
        g = Gen(uid, "dev", urng, PerUserIds(uid), clutter="light" if urng.random() < 0.5 else "heavy")
        g.max_msgs = MAX_MSGS
        g.restate_cross = T.RESTATE_CROSS_DEV
        pos = urng.sample(EXTRA2_POS[:5], 1) + urng.sample(EXTRA2_POS[5:], 2)
        neg = urng.sample(neg_names, 5)
        scns = build_scenarios(g, pos, neg)
        n_sess = urng.choice([5, 6, 6])
        plan = assign(g, scns, n_sess, MAX_MSGS - 3)
        first = dt.datetime(2026, 6, 1) + dt.timedelta(days=urng.randint(0, 100))
        starts = session_starts(urng, n_sess, first, urng.randint(n_sess * 3, 45))
        emit(g, plan, starts, MIN_MSGS, MAX_MSGS)
        records.append({"user": uid, "split": "dev", "sessions": g.sessions, "feedback": g.feedback, "labels": g.labels})
    return records


def build_holdout2(seed: int) -> list[dict]:
    """The blind holdout2 users (t-h-N, holdout2.py): built last, from their own random streams."""
    import holdout2

    return holdout2.build_holdout2(seed)


def build_round5(seed: int) -> list[dict]:
    """Round 5 (README.md): the training writers' dev users (t-wb-N, train_tb.py; t-wa-N, train_ta.py) and the blind
    holdout4 users (t-q-N, holdout4.py), each from its own random streams, built after every earlier user."""
    import holdout4
    import train_ta
    import train_tb

    # train_ta came in last, so it is built after holdout4: every earlier line, holdout4's included, stays as it was.
    return train_tb.build_train_tb(seed) + holdout4.build_holdout4(seed) + train_ta.build_train_ta(seed)


def build_holdout3(seed: int) -> list[dict]:
    """The blind holdout3 users (t-k-N, holdout3.py): built after holdout2, from their own random streams."""
    import holdout3

    return holdout3.build_holdout3(seed)


def stats(records: list[dict]) -> dict:
    out: dict = {"users": Counter(), "sessions": Counter(), "messages": Counter(), "assistant": Counter(),
                 "labels": defaultdict(Counter), "diagnosis": defaultdict(Counter), "feedback": defaultdict(Counter)}
    for r in records:
        sp = r["split"]
        out["users"][sp] += 1
        out["sessions"][sp] += len(r["sessions"])
        for s in r["sessions"]:
            out["messages"][sp] += len(s["messages"])
            out["assistant"][sp] += sum(1 for m in s["messages"] if m["role"] == "assistant")
        for lab in r["labels"]:
            out["labels"][lab["type"]][sp] += 1
            if lab["diagnosis"]:
                out["diagnosis"][lab["diagnosis"]][sp] += 1
        for ev in r["feedback"]:
            out["feedback"][ev["type"]][sp] += 1
    return out


def print_stats(st: dict) -> None:
    sp = SPLITS

    def row(c: Counter) -> str:
        return " ".join(f"{s}={c[s]}" for s in sp)

    print(f"users     {row(st['users'])}")
    print(f"sessions  {row(st['sessions'])}")
    print(f"messages  {row(st['messages'])} (assistant {row(st['assistant'])})")
    print("labels:")
    for t in TYPES:
        c = st["labels"][t]
        print(f"  {t:12s} " + " ".join(f"{s}={c[s]:3d}" for s in sp) + f" total={sum(c.values())}")
    print("recall diagnoses:")
    for d in DIAGNOSES:
        c = st["diagnosis"][d]
        print(f"  {d:15s} " + " ".join(f"{s}={c[s]:3d}" for s in sp))
    print("feedback:", {k: dict(v) for k, v in sorted(st["feedback"].items())})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(HERE / "corpus.jsonl"))
    ap.add_argument("--check", action="store_true", help="only validate the existing file")
    args = ap.parse_args()
    out = Path(args.out)
    if args.check:
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        records = build_corpus()
        with out.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    errs = validate(records, min_msgs=MIN_MSGS, max_msgs=MAX_MSGS)
    for r in records:  # the split follows from the user id; holdout2 is only ever the t-h-N users, holdout3 the t-k-N
        want = {"t-u": None, "t-d": "dev", "t-h": "holdout2", "t-k": "holdout3", "t-wa": "dev", "t-wb": "dev",
                "t-q": "holdout4"}.get(r["user"].rsplit("-", 1)[0], "?")
        if (r["split"] not in SPLITS or (want and r["split"] != want)
                or (not want and r["split"] in ("holdout2", "holdout3", "holdout4"))):
            errs.append(f"{r['user']}: unexpected split {r['split']}")
    for split, prefix in (("holdout3", "t-k-"), ("holdout4", "t-q-")):
        users = {r["user"] for r in records if r["split"] == split}
        if users and users != {r["user"] for r in records if r["user"].startswith(prefix)}:
            errs.append(f"{split} must hold exactly the {prefix}N users")
    print_stats(stats(records))
    if not args.check:
        import holdout2

        print("holdout2 scenarios:", dict(sorted(holdout2.SCENARIO_COUNTS.items())))
        import holdout3

        print("holdout3 scenarios:", dict(sorted(holdout3.SCENARIO_COUNTS.items())))
        import train_ta
        import train_tb

        print("train_ta scenarios:", dict(sorted(train_ta.SCENARIO_COUNTS.items())))
        print("train_tb scenarios:", dict(sorted(train_tb.SCENARIO_COUNTS.items())))
        # holdout4's scenario counts are not printed: it is blind until its one evaluation (README.md).
    size = out.stat().st_size
    print(f"{out} : {size / 1e6:.2f} MB")
    if size > 5e6:
        errs.append("corpus.jsonl larger than 5 MB")
    if errs:
        print(f"{len(errs)} validation errors:")
        for e in errs[:50]:
            print("  " + e)
        return 1
    print("validation OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
