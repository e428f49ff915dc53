"""The blind holdout3 split (t-k-N users). See README.md ("holdout3").

Built on the engine of generate.py (Gen, Scn/Step, deal, assign, emit, session_starts) with its own scenario
code and its own text bank (holdout3_bank.py). Built after every other user, from its own random streams
("<seed>:holdout3" and "<seed>:holdout3:<user>"), so no other line of corpus.jsonl depends on it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import generate as G
import holdout3_bank as B
from generate import Gen, PerUserIds, Scn, Step, cap

SPLIT = "holdout3"
N_USERS = 28
MIN_MSGS, MAX_MSGS = 4, 18

POS_DECK = {
    "recall:write_miss": 9, "recall:retrieval_miss": 9, "recall:ignored": 6, "recall:within": 5,
    "clash:A": 5, "clash:B": 4, "clash:C": 4, "clash:D": 4,
    "poisoning:1": 7, "poisoning:2": 5,
    "distraction": 17,
    "confusion": 17,
}
NEG_NAMES = ["used_well", "remention", "confirm", "emphasis", "within_ok", "change_ok", "bundle", "clarify",
             "bigctx", "poison_avoided", "forget", "irrelevant_ignored"]

SCENARIO_COUNTS: Counter = Counter()


def fx(kind: dict) -> dict:
    f = kind["fact"]
    return {"fact": f, "Fact": cap(f)}


class H3Gen(Gen):
    """Gen with holdout3's own small talk, neutral tasks, feedback texts and clutter."""

    def pick(self, lst: list):
        return self.rng.choice(lst)

    def task_exchange(self, shift: bool = False, smalltalk_p: float | None = None, task: dict | None = None) -> str:
        unused = [t for t in B.TASKS if t not in self.asked_tasks]
        t = task or self.rng.choice(unused or B.TASKS)
        q = self.pick(t["q"])
        pre = self.pick(B.GREETING) if not self.n_msgs() else (self.pick(B.TOPIC_SHIFT) if shift else "")
        um = self.u(pre + q)
        am = self.a(t["a"])
        self.fb_ok(am)
        self.asked_tasks.append(t)
        self.sess_topics.append(t["topic"])
        self.sess_task_msgs.append((t, um))
        if self.n_msgs() + 2 <= self.max_msgs - 6 and self.chance(0.2):
            self.u(self.pick(B.THANKS))
            self.a(self.pick(B.WELCOME), bg=False)
        return am

    def opener(self) -> str:
        return self.pick(B.GREETING) if not self.n_msgs() else self.pick(B.TOPIC_SHIFT)

    def lead(self) -> str:
        """Lead-in for a user statement about themselves (not a topic-shift phrase)."""
        return self.pick(B.GREETING) if not self.n_msgs() else self.pick(B.FACT_LEAD)

    def fb_ok(self, mid: str, p_up: float = 0.1) -> None:
        r = self.rng.random()
        if r < p_up:
            self.fb(mid, "thumbs_up")
        elif r < p_up + 0.04:
            self.fb(mid, "rating", value=self.rng.choice([4, 5, 5]))
        elif r < p_up + 0.055:
            self.fb(mid, "thumbs_down", comment=self.pick(B.UNRELATED_COMPLAINT))

    def end_session(self) -> None:
        heavy = self.clutter == "heavy"
        for t, um in self.sess_task_msgs:
            if heavy or self.chance(0.25):
                self.mem_add(f"User asked about {t['topic']}", um, flags={"clutter"}, after=(20, 60))
        if heavy:
            have = {m.content for m in self.store.values()}
            last = self.cur["messages"][-1]["id"]
            for c in self.rng.sample(B.CLUTTER, self.rng.randint(1, 3)):
                if c not in have:
                    self.mem_add(c, last, flags={"clutter"}, after=(30, 200))


# ------------------------------------------------------------------------------------------------------------
# picking kinds / attributes / poisoning cases
# ------------------------------------------------------------------------------------------------------------


def pick_kind(g: H3Gen, used: set) -> dict | None:
    taken = {k for k in used if isinstance(k, str)}
    cands = []
    for k in B.KINDS:
        if k["name"] in taken:
            continue
        if any(k["name"] in c and (c - {k["name"]}) & taken for c in B.KIND_CONFLICTS):
            continue
        cands.append(k)
    if not cands:
        return None
    k = g.rng.choice(cands)
    used.add(k["name"])
    g.user_kinds.add(k["name"])
    return k


def pick_attr(g: H3Gen, used: set) -> dict | None:
    cands = [a for a in B.ATTRS if "attr:" + a["name"] not in used]
    if not cands:
        return None
    a = g.rng.choice(cands)
    used.add("attr:" + a["name"])
    return a


def pick_poison(g: H3Gen, used: set) -> dict | None:
    cands = [p for p in B.POISON if "poison:" + p["key"] not in used]
    if not cands:
        return None
    p = g.rng.choice(cands)
    used.add("poison:" + p["key"])
    return p


def tell(g: H3Gen, kind: dict, store: bool) -> tuple[str, str | None]:
    um = g.u(g.lead() + g.pick(kind["tell"]))
    g.a(g.pick(["Good to know, thanks.", "Noted — I'll keep that in mind.", "Thanks for telling me.",
                "Got it. Anything I can help with right now?"]), bg=False)
    mid = g.mem_add(kind["mem"], um, group=kind["name"]) if store else None
    return um, mid


def sid(g: H3Gen) -> str:
    return g.cur["id"]


# ------------------------------------------------------------------------------------------------------------
# positives
# ------------------------------------------------------------------------------------------------------------


def recall_react(g: H3Gen, kind: dict, ask: dict, am: str, reask: bool, mid: str | None, last: bool) -> None:
    f = fx(kind)
    g.fb_failure(am, comment="Doesn't remember what I told it", correction=ask["good"])
    if reask:
        g.u(g.pick(B.REASK_REACT).format(**f))
        g.a(ask["good"], ctx=[mid] if mid else [])
        return
    r = g.rng.random()
    if r < 0.2 and last and g.can_abandon():
        g.abandoned = True  # no reaction, the user leaves
        return
    if r < 0.35:
        return  # no reaction at all
    g.u(g.pick(B.RECALL_REACT).format(**f))
    g.a(g.pick(B.FIX_ANSWER).format(good=ask["good"]), ctx=[mid] if mid else [])


def scn_recall(g: H3Gen, used: set, diag: str) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    st: dict = {}

    def setup(g: H3Gen, last: bool) -> None:
        st["um"], st["mid"] = tell(g, kind, store=diag != "write_miss")
        st["sess"] = sid(g)

    def payoff(g: H3Gen, last: bool) -> None:
        reask = g.chance(0.3)
        g.u(g.opener() + ask["q"])
        ctx = [st["mid"]] if diag == "ignored" else []
        am = g.a(ask["reask"] if reask else ask["bad"], ctx=ctx, excl={kind["name"]})
        g.label(am, "recall", diag, st["sess"])
        recall_react(g, kind, ask, am, reask, st["mid"], last)

    return Scn(f"recall:{diag}", True, [Step(setup, 2), Step(payoff, 4)], {kind["name"]})


def scn_recall_within(g: H3Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])

    def step(g: H3Gen, last: bool) -> None:
        _, mid = tell(g, kind, store=True)
        g.task_exchange(shift=True)
        g.u(g.pick(["Right, back to my stuff. ", "OK, now: ", ""]) + ask["q"])
        am = g.a(ask["bad"], ctx=[mid])
        g.label(am, "recall", "ignored", None)
        recall_react(g, kind, ask, am, False, mid, last)

    return Scn("recall:within", True, [Step(step, 8)], {kind["name"]})


def scn_clash(g: H3Gen, used: set, variant: str) -> Scn | None:
    attr = pick_attr(g, used)
    if not attr:
        return None
    old, new = g.rng.sample(list(attr["vals"]), 2)
    st: dict = {}

    def say_old(g: H3Gen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["say"]).format(v=old) + " " + g.pick(["Just so you have it.", "Keep that in mind.", ""]))
        g.a(g.pick(["Noted.", "Got it, thanks.", "Thanks — saved."]), bg=False)
        st["m1"] = g.mem_add(attr["mem"].format(v=old), um, group="attr:" + attr["name"])
        st["s_old"] = sid(g)

    def change(g: H3Gen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["change"]).format(old=old, new=new))
        g.a(g.pick(["Thanks for the update.", "Nice, noted.", "Got it — updated."]), bg=False)
        st["s_new"] = sid(g)
        if variant == "A":
            st["m2"] = g.mem_add(attr["mem"].format(v=new), um, group="attr:" + attr["name"])
        else:  # C
            g.mem_update(st["m1"], attr["mem"].format(v=new), um)

    def answer_old(hedge_ok: bool) -> str:
        if hedge_ok and g.chance(0.3):
            return g.pick(B.HEDGE).format(old=old, new=new, ans=attr["vals"][old])
        return attr["vals"][old]

    def react(am: str) -> None:
        g.fb_failure(am, comment="Outdated info", correction=attr["vals"][new])
        if g.chance(0.7):
            g.u(g.pick(B.CLASH_REACT).format(new=new, New=cap(new), old=old))
            g.a("Sorry — " + attr["vals"][new], ctx=[st["m1"]])

    def payoff(g: H3Gen, last: bool) -> None:
        g.u(g.opener() + attr["q"])
        ctx = [st["m1"], st["m2"]] if variant == "A" else [st["m1"]]
        am = g.a(answer_old(variant == "A"), ctx=ctx, excl={"attr:" + attr["name"]})
        g.label(am, "clash", None, st["s_new"])
        react(am)

    def payoff_b(g: H3Gen, last: bool) -> None:
        g.u(g.opener() + g.pick(attr["change"]).format(old=old, new=new) + " " + attr["q"])
        am = g.a(answer_old(False), ctx=[st["m1"]], excl={"attr:" + attr["name"]})
        g.label(am, "clash", None, st["s_old"])
        react(am)

    def payoff_d(g: H3Gen, last: bool) -> None:
        g.u(g.opener() + g.pick(attr["change"]).format(old=old, new=new))
        g.a(g.pick(["Nice change!", "Sounds good.", "Oh, nice."]), bg=False)
        g.task_exchange(shift=True)
        g.u(g.pick(["Oh, and ", "Also: ", ""]) + attr["q"])
        am = g.a(answer_old(False), ctx=[st["m1"]], excl={"attr:" + attr["name"]})
        g.label(am, "clash", None, st["s_old"])
        react(am)

    if variant in ("A", "C"):
        steps = [Step(say_old, 2), Step(change, 2), Step(payoff, 4)]
    elif variant == "B":
        steps = [Step(say_old, 2), Step(payoff_b, 4)]
    else:
        steps = [Step(say_old, 2), Step(payoff_d, 8)]
    return Scn(f"clash:{variant}", True, steps)


def poison_setup(g: H3Gen, p: dict, st: dict, good_memory: bool) -> None:
    g.u(g.opener() + p["q"])
    wrong = g.a(p["wrong"], bg=False)
    fix = g.u(p["fix"])
    r = g.rng.random()
    if r < 0.35:
        g.fb(wrong, "correction", correction=p["fix"])
    elif r < 0.6:
        g.fb(wrong, "thumbs_down")
    elif r < 0.75:
        g.fb(wrong, "flag", comment="factually wrong")
    g.a(g.pick(["You're right, sorry about that.", "My mistake — thanks for correcting me.", "Apologies, you're correct."]), bg=False)
    if good_memory:
        st["mid"] = g.mem_add(p["good_mem"], fix, group="poison")
    else:
        st["mid"] = g.mem_add(p["bad_mem"], wrong, group="poison")
    st["sess"] = sid(g)


def scn_poison(g: H3Gen, used: set, reps: int) -> Scn | None:
    p = pick_poison(g, used)
    if not p:
        return None
    st: dict = {}

    def setup(g: H3Gen, last: bool) -> None:
        poison_setup(g, p, st, False)

    def rep(g: H3Gen, last: bool) -> None:
        # the first repetition uses q2, the second the alternative request
        q, wrong, good = (p["q2"], p["rep"], p["good"]) if not st.get("reps") else p["alt"]
        st["reps"] = st.get("reps", 0) + 1
        g.u(g.opener() + q)
        am = g.a(wrong, ctx=[st["mid"]])
        g.label(am, "poisoning", None, st["sess"])
        r = g.rng.random()
        if r < 0.5:
            g.u(g.pick(B.POISON_REACT) + " " + g.pick([p["fix"], "Please fix it."]))
            g.a(g.pick(["Sorry — you're right. ", "Apologies. "]) + good, ctx=[st["mid"]])
            if g.chance(0.5):
                g.fb(am, "flag", comment=g.pick(B.POISON_COMMENT))
        elif r < 0.7:
            g.fb(am, "thumbs_down")

    return Scn(f"poisoning:{reps}", True, [Step(setup, 4)] + [Step(rep, 4) for _ in range(reps)])


def scn_distraction(g: H3Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    st: dict = {}

    def setup(g: H3Gen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, store=True)

    def payoff(g: H3Gen, last: bool) -> None:
        unused = [t for t in B.TASKS if t not in g.asked_tasks]
        t = g.rng.choice(unused or B.TASKS)
        g.asked_tasks.append(t)
        g.u(g.opener() + g.pick(t["q"]))
        am = g.a(t["a"] + " " + kind["drag"], ctx=[st["mid"]], excl={kind["name"]})
        g.label(am, "distraction")
        r = g.rng.random()
        if r < 0.3:
            g.u(g.pick(["Why bring that up? Not relevant.", "Odd thing to add, but OK.", "That last bit has nothing to do with it."]))
            g.a(g.pick(["Fair point, sorry — ignore that part.", "You're right, that wasn't relevant."]), bg=False)
        elif r < 0.5:
            g.fb(am, "thumbs_down")
        elif r < 0.6:
            g.fb(am, "comment", comment="random personal remark, irrelevant")

    return Scn("distraction", True, [Step(setup, 2), Step(payoff, 4)], {kind["name"]})


def big_context(g: H3Gen, n: int) -> list[str]:
    have = [m.id for m in g.alive() if "clutter" in m.flags]
    g.rng.shuffle(have)
    ids = have[:n]
    contents = {g.store[i].content for i in g.store}
    notes = [c for c in B.CLUTTER if c not in contents]
    g.rng.shuffle(notes)
    while len(ids) < n and notes:
        ids.append(g.mem_add(notes.pop(), None, flags={"clutter", "nobg"}))
        g.now = g.store[ids[-1]].created
    return ids


def scn_confusion(g: H3Gen, positive: bool) -> Scn:
    def step(g: H3Gen, last: bool) -> None:
        q = g.rng.choice(B.CONFUSION_Q)
        n = g.rng.randint(12, 20)
        if not g.n_msgs():
            g.task_exchange()
        ctx = big_context(g, n)
        g.u(g.opener() + q)
        if not positive:
            am = g.a(B.CONFUSION_GOOD[q], ctx=ctx, bg=False)
            g.fb_ok(am, 0.15)
            return
        am = g.a(g.pick(B.CONFUSION_BAD), ctx=ctx, bg=False)
        g.label(am, "confusion")
        r = g.rng.random()
        if r < 0.25:
            g.fb(am, "thumbs_down")
        elif r < 0.4:
            g.fb(am, "rating", value=1)
        if last and g.chance(0.2):
            g.abandoned = True
            return
        g.u(g.pick(B.CONFUSION_REACT).format(q=q))
        g.a(B.CONFUSION_GOOD[q], ctx=ctx[: g.rng.randint(2, 5)], bg=False)

    name = "confusion" if positive else "bigctx"
    return Scn(name, positive, [Step(step, 6, min_idx=2)])


# ------------------------------------------------------------------------------------------------------------
# negatives (all unlabeled)
# ------------------------------------------------------------------------------------------------------------


def scn_known(g: H3Gen, used: set, name: str) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    f = fx(kind)
    st: dict = {}

    def setup(g: H3Gen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, store=True)

    def payoff(g: H3Gen, last: bool) -> None:
        if name == "remention":
            g.task_exchange()
            g.u(g.pick(B.REMENTION).format(q=ask["q"], **f))
        else:
            g.u(g.opener() + ask["q"])
        am = g.a(ask["good"], ctx=[st["mid"]])
        g.fb_ok(am, 0.2)
        if name == "confirm":
            g.u(g.pick(B.CONFIRM).format(**f))
            g.a(g.pick(["Great — enjoy!", "Glad that fits.", "Perfect."]), bg=False)
        elif name == "emphasis":
            g.u(g.pick(B.EMPHASIS).format(fact_poss="that " + kind["fact"], **f))
            g.a(g.pick(B.EMPHASIS_ANSWER), ctx=[st["mid"]])
        elif name == "irrelevant_ignored":
            pass
        elif g.chance(0.3):
            g.u(g.pick(B.OK_REPLY))
            g.a(g.pick(B.WELCOME), bg=False)

    def payoff_irrelevant(g: H3Gen, last: bool) -> None:
        unused = [t for t in B.TASKS if t not in g.asked_tasks]
        t = g.rng.choice(unused or B.TASKS)
        g.asked_tasks.append(t)
        g.u(g.opener() + g.pick(t["q"]))
        g.fb_ok(g.a(t["a"], ctx=[st["mid"]], bg=False))

    if name == "irrelevant_ignored":
        return Scn(name, False, [Step(setup, 2), Step(payoff_irrelevant, 2)], {kind["name"]})
    return Scn(name, False, [Step(setup, 2), Step(payoff, 6 if name == "remention" else 4)], {kind["name"]})


def scn_within_ok(g: H3Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])

    def step(g: H3Gen, last: bool) -> None:
        _, mid = tell(g, kind, store=True)
        g.task_exchange(shift=True)
        g.u(g.pick(["OK, back to me: ", "Now, ", ""]) + ask["q"])
        g.fb_ok(g.a(ask["good"], ctx=[mid]), 0.2)

    return Scn("within_ok", False, [Step(step, 6)], {kind["name"]})


def scn_change_ok(g: H3Gen, used: set) -> Scn | None:
    attr = pick_attr(g, used)
    if not attr:
        return None
    old, new = g.rng.sample(list(attr["vals"]), 2)
    st: dict = {}

    def say_old(g: H3Gen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["say"]).format(v=old))
        g.a(g.pick(["Noted.", "Got it."]), bg=False)
        st["m"] = g.mem_add(attr["mem"].format(v=old), um, group="attr:" + attr["name"])

    def change(g: H3Gen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["change"]).format(old=old, new=new))
        g.a(g.pick(["Updated, thanks.", "Good to know — noted."]), bg=False)
        g.mem_update(st["m"], attr["mem"].format(v=new), um)

    def payoff(g: H3Gen, last: bool) -> None:
        g.u(g.opener() + attr["q"])
        g.fb_ok(g.a(attr["vals"][new], ctx=[st["m"]]), 0.2)

    def combined(g: H3Gen, last: bool) -> None:
        um = g.u(g.opener() + g.pick(attr["change"]).format(old=old, new=new) + " " + attr["q"])
        g.mem_update(st["m"], attr["mem"].format(v=new), um)
        g.fb_ok(g.a(attr["vals"][new], ctx=[st["m"]]), 0.2)
        if g.chance(0.4):
            g.u(g.pick(["Yep, that's the new setup.", "Great, that's it.", "Right, thanks."]))
            g.a(g.pick(B.WELCOME), bg=False)

    if g.chance(0.5):
        return Scn("change_ok", False, [Step(say_old, 2), Step(change, 2), Step(payoff, 2)])
    return Scn("change_ok", False, [Step(say_old, 2), Step(combined, 4)])


def scn_bundle(g: H3Gen, used: set) -> Scn | None:
    bundles = [b for b in B.BUNDLES if "bundle:" + b["q"] not in used]
    if not bundles:
        return None
    b = g.rng.choice(bundles)
    used.add("bundle:" + b["q"])
    st: dict = {}

    def first_person(s: str) -> str:
        for a, c in (("User's ", "my "), ("User is ", "I'm "), ("User wants", "I want"), ("User prefers", "I prefer"),
                     ("User likes", "I like"), ("User would like", "I'd like"), ("User studies", "I study"),
                     ("User carries", "I carry"), ("User needs", "I need")):
            s = s.replace(a, c)
        return s

    def setup(g: H3Gen, last: bool) -> None:
        items = b["items"]
        h = len(items) // 2
        st["ids"] = []
        for part in (items[:h], items[h:]):
            um = g.u(g.opener() + "Some details: " + "; ".join(first_person(x) for x in part) + ".")
            g.a(g.pick(["Got all that.", "Noted, thanks.", "OK, saved."]), bg=False)
            for x in part:
                st["ids"].append(g.mem_add(x, um, flags={"nobg"}))

    def payoff(g: H3Gen, last: bool) -> None:
        g.u(g.opener() + b["q"])
        g.fb_ok(g.a(b["a"], ctx=st["ids"], bg=False), 0.3)

    return Scn("bundle", False, [Step(setup, 4), Step(payoff, 2)])


def scn_clarify(g: H3Gen, used: set) -> Scn | None:
    c = g.rng.choice([c for c in B.CLARIFY if "clarify:" + c["q"] not in used] or B.CLARIFY)
    used.add("clarify:" + c["q"])

    def step(g: H3Gen, last: bool) -> None:
        g.u(g.opener() + c["q"])
        g.a(c["ask"])
        g.u(c["ans"])
        g.fb_ok(g.a(c["a"]), 0.2)

    return Scn("clarify", False, [Step(step, 4)])


def scn_poison_avoided(g: H3Gen, used: set) -> Scn | None:
    p = pick_poison(g, used)
    if not p:
        return None
    st: dict = {}

    def setup(g: H3Gen, last: bool) -> None:
        poison_setup(g, p, st, True)

    def payoff(g: H3Gen, last: bool) -> None:
        g.u(g.opener() + p["q2"])
        g.fb_ok(g.a(p["good"], ctx=[st["mid"]]), 0.2)

    return Scn("poison_avoided", False, [Step(setup, 4), Step(payoff, 2)])


def scn_forget(g: H3Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    f = fx(kind)
    st: dict = {}

    def setup(g: H3Gen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, store=True)

    def forget(g: H3Gen, last: bool) -> None:
        um = g.u(g.opener() + g.pick(B.FORGET_ASK).format(**f))
        g.a(g.pick(B.FORGET_OK), bg=False)
        g.mem_delete(st["mid"], um)

    def payoff(g: H3Gen, last: bool) -> None:
        g.u(g.opener() + ask["q"])
        g.a(ask["reask"], excl={kind["name"]})
        g.u(g.pick(["Just the general version, please.", "General advice is fine.", "Doesn't matter, keep it generic."]))
        g.a(ask["bad"], excl={kind["name"]})

    return Scn("forget", False, [Step(setup, 2), Step(forget, 2), Step(payoff, 4)], {kind["name"]})


POS = {
    "recall:write_miss": lambda g, u: scn_recall(g, u, "write_miss"),
    "recall:retrieval_miss": lambda g, u: scn_recall(g, u, "retrieval_miss"),
    "recall:ignored": lambda g, u: scn_recall(g, u, "ignored"),
    "recall:within": scn_recall_within,
    "clash:A": lambda g, u: scn_clash(g, u, "A"), "clash:B": lambda g, u: scn_clash(g, u, "B"),
    "clash:C": lambda g, u: scn_clash(g, u, "C"), "clash:D": lambda g, u: scn_clash(g, u, "D"),
    "poisoning:1": lambda g, u: scn_poison(g, u, 1), "poisoning:2": lambda g, u: scn_poison(g, u, 2),
    "distraction": scn_distraction,
    "confusion": lambda g, u: scn_confusion(g, True),
}
NEG = {
    "used_well": lambda g, u: scn_known(g, u, "used_well"), "remention": lambda g, u: scn_known(g, u, "remention"),
    "confirm": lambda g, u: scn_known(g, u, "confirm"), "emphasis": lambda g, u: scn_known(g, u, "emphasis"),
    "irrelevant_ignored": lambda g, u: scn_known(g, u, "irrelevant_ignored"),
    "within_ok": scn_within_ok, "change_ok": scn_change_ok, "bundle": scn_bundle, "clarify": scn_clarify,
    "bigctx": lambda g, u: scn_confusion(g, False), "poison_avoided": scn_poison_avoided, "forget": scn_forget,
}


def build_holdout3(seed: int) -> list[dict]:
    SCENARIO_COUNTS.clear()
    rng = random.Random(f"{seed}:holdout3")
    total = sum(POS_DECK.values())
    sizes = [total // N_USERS + (1 if i < total % N_USERS else 0) for i in range(N_USERS)]
    rng.shuffle(sizes)
    hands = G.deal(rng, POS_DECK, sizes)
    records = []
    for ui in range(N_USERS):
        uid = f"t-k-{ui + 1}"
        urng = random.Random(f"{seed}:holdout3:{uid}")
        pos = hands[ui]
        heavy = "confusion" in pos or urng.random() < 0.4
        g = H3Gen(uid, SPLIT, urng, PerUserIds(uid), clutter="heavy" if heavy else "light")
        g.max_msgs = MAX_MSGS
        neg = urng.sample(NEG_NAMES, 6)
        if "bigctx" in neg and "confusion" in pos:
            neg.remove("bigctx")
        used: set = set()
        scns = []
        for name in pos:
            s = POS[name](g, used)
            if s:
                scns.append(s)
        for name in neg:
            s = NEG[name](g, used)
            if s:
                scns.append(s)
        n_sess = urng.choice([5, 5, 6, 6])
        plan = G.assign(g, scns, n_sess, MAX_MSGS - 3)
        placed = {id(st.fn) for steps in plan for st in steps}
        for s in scns:
            if all(id(st.fn) in placed for st in s.steps):
                SCENARIO_COUNTS[s.name] += 1
        first = dt.datetime(2026, 8, 3) + dt.timedelta(days=urng.randint(0, 60))
        starts = G.session_starts(urng, n_sess, first, urng.randint(n_sess * 3, 40))
        G.emit(g, plan, starts, MIN_MSGS, MAX_MSGS)
        records.append({"user": uid, "split": SPLIT, "sessions": g.sessions, "feedback": g.feedback, "labels": g.labels})
    return records
