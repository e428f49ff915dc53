"""The train_tb dev users (t-wb-N): labeled training conversations for the failure tagger.

Built on the engine of generate.py (Gen, Scn/Step, PerUserIds, deal, assign, emit, session_starts, validate) with
its own scenario code and its own text bank (train_tb_bank.py), from its own random streams ("<seed>:train_tb" and
"<seed>:train_tb:<user>"). The users are professional and technical (developers, researchers, small business
owners, students); their values are versions, numbers, dates, tools and places, and change over time.

Positives follow docs/failure-types.md: recall across sessions (write_miss, retrieval_miss, ignored) and within a
session (evidence null); clash A-D; poisoning repeated once or twice (the first wrong statement is not labeled);
distraction; confusion. Look-alike negatives outnumber positives (see NEG_NAMES).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable

import generate as G
import train_tb_bank as B
from generate import Gen, PerUserIds, Scn, Step, cap

SPLIT = "dev"
UIDPREFIX = "t-wb"
N_USERS = 28
MIN_MSGS, MAX_MSGS = 4, 18

POS_DECK = {
    "recall:write_miss": 9, "recall:retrieval_miss": 9, "recall:ignored": 6, "recall:within": 6,
    "clash:A": 5, "clash:B": 4, "clash:C": 4, "clash:D": 4,
    "poisoning:1": 7, "poisoning:2": 5,
    "distraction": 17,
    "confusion": 17,
}
NEG_NAMES = ["used_well", "as_you_know", "remention", "confirm", "emphasis", "within_ok", "side_note",
             "irrelevant_ignored", "change_ok", "change_chain", "dated_records", "typo_fix", "bundle", "clarify",
             "bigctx", "poison_avoided", "forget", "style_complaint", "disagree"]
NEG_PER_USER = 7

SCENARIO_COUNTS: Counter = Counter()


def fx(kind: dict) -> dict:
    f = kind["fact"]
    return {"fact": f, "Fact": cap(f)}


class TBGen(Gen):
    """Gen with train_tb's own greetings, neutral tasks, feedback texts and clutter."""

    def pick(self, lst: list):
        return self.rng.choice(lst)

    def new_task(self) -> dict:
        unused = [t for t in B.TASKS if t not in self.asked_tasks]
        t = self.rng.choice(unused or B.TASKS)
        self.asked_tasks.append(t)
        return t

    def task_exchange(self, shift: bool = False, smalltalk_p: float | None = None, task: dict | None = None) -> str:
        t = task or self.new_task()
        if task:
            self.asked_tasks.append(t)
        q = self.pick(t["q"])
        pre = self.pick(B.GREETING) if not self.n_msgs() else (self.pick(B.TOPIC_SHIFT) if shift else "")
        um = self.u(pre + q)
        am = self.a(t["a"])
        self.fb_ok(am)
        self.sess_topics.append(t["topic"])
        self.sess_task_msgs.append((t, um))
        if self.n_msgs() + 2 <= self.max_msgs - 6 and self.chance(0.2):
            self.u(self.pick(B.THANKS))
            self.a(self.pick(B.WELCOME), bg=False)
        return am

    def opener(self) -> str:
        return self.pick(B.GREETING) if not self.n_msgs() else self.pick(B.TOPIC_SHIFT)

    def lead(self, text: str = "") -> str:
        """Lead-in for a statement about the user; none when the statement brings its own ("FYI: ...")."""
        if not self.n_msgs():
            return self.pick(B.GREETING)
        if ":" in text[:28] or "—" in text[:28]:
            return ""
        return self.pick(B.FACT_LEAD)

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
# picking kinds / attributes / poisoning cases, never two that change each other's right answer
# ------------------------------------------------------------------------------------------------------------


def blocked(key: str, used: set) -> bool:
    if key in used:
        return True
    return any(key in c and any(x in used for x in c if x != key) for c in B.KIND_CONFLICTS)


def pick_kind(g: TBGen, used: set) -> dict | None:
    cands = [k for k in B.KINDS if not blocked(k["name"], used)]
    if not cands:
        return None
    k = g.rng.choice(cands)
    used.add(k["name"])
    g.user_kinds.add(k["name"])
    return k


def pick_attr(g: TBGen, used: set) -> dict | None:
    cands = [a for a in B.ATTRS if not blocked("attr:" + a["name"], used)]
    if not cands:
        return None
    a = g.rng.choice(cands)
    used.add("attr:" + a["name"])
    return a


def pick_poison(g: TBGen, used: set) -> dict | None:
    cands = [p for p in B.POISON if not blocked("poison:" + p["key"], used)]
    if not cands:
        return None
    p = g.rng.choice(cands)
    used.add("poison:" + p["key"])
    return p


def tell(g: TBGen, kind: dict, store: bool) -> tuple[str, str | None]:
    text = g.pick(kind["tell"])
    um = g.u(g.lead(text) + text)
    g.a(g.pick(B.ACK_TELL), bg=False)
    mid = g.mem_add(kind["mem"], um, group=kind["name"]) if store else None
    return um, mid


def sid(g: TBGen) -> str:
    return g.cur["id"]


def attr_mem(attr: dict, v: str) -> str:
    return attr["mem"].format(v=v)


# ------------------------------------------------------------------------------------------------------------
# positives
# ------------------------------------------------------------------------------------------------------------


def recall_react(g: TBGen, kind: dict, ask: dict, am: str, reask: bool, mid: str | None, last: bool) -> None:
    f = fx(kind)
    g.fb_failure(am, comment="Ignores what I told it", correction=ask["good"])
    if reask:
        # answered with the very fact the user had already given: it asked for it again
        g.u(g.pick(B.REASK_REACT).format(**f))
        g.a(ask["good"], ctx=[mid] if mid else [])
        return
    r = g.rng.random()
    if r < 0.15 and last and g.can_abandon():
        g.abandoned = True  # the user leaves
        return
    if r < 0.3:
        return  # silence: the user moves on
    g.u(g.pick(B.RECALL_REACT).format(**f))
    g.a(g.pick(B.FIX_ANSWER).format(good=ask["good"]), ctx=[mid] if mid else [])


def scn_recall(g: TBGen, used: set, diag: str) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    st: dict = {}

    def setup(g: TBGen, last: bool) -> None:
        st["um"], st["mid"] = tell(g, kind, store=diag != "write_miss")
        st["sess"] = sid(g)

    def payoff(g: TBGen, last: bool) -> None:
        reask = g.chance(0.3)
        g.u(g.opener() + ask["q"])
        ctx = [st["mid"]] if diag == "ignored" else []
        am = g.a(ask["reask"] if reask else ask["bad"], ctx=ctx, excl={kind["name"]})
        g.label(am, "recall", diag, st["sess"])
        recall_react(g, kind, ask, am, reask, st["mid"], last)

    return Scn(f"recall:{diag}", True, [Step(setup, 2), Step(payoff, 4)], {kind["name"]})


def scn_recall_within(g: TBGen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])

    def step(g: TBGen, last: bool) -> None:
        _, mid = tell(g, kind, store=True)
        g.task_exchange(shift=True)
        g.u(g.pick(["Back to my setup: ", "OK, now: ", "", "Right. "]) + ask["q"])
        am = g.a(ask["bad"], ctx=[mid])
        g.label(am, "recall", "ignored", None)
        recall_react(g, kind, ask, am, False, mid, last)

    return Scn("recall:within", True, [Step(step, 10)], {kind["name"]})


def scn_clash(g: TBGen, used: set, variant: str) -> Scn | None:
    attr = pick_attr(g, used)
    if not attr:
        return None
    old, new = g.rng.sample(list(attr["vals"]), 2)
    grp = "attr:" + attr["name"]
    st: dict = {}

    def say_old(g: TBGen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["say"]).format(v=old))
        g.a(g.pick(["Noted.", "Got it.", "Thanks — saved."]), bg=False)
        st["m1"] = g.mem_add(attr_mem(attr, old), um, group=grp)
        st["s_old"] = sid(g)

    def change(g: TBGen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["change"]).format(old=old, new=new))
        g.a(g.pick(["Thanks for the update.", "Noted — updated.", "Got it."]), bg=False)
        st["s_new"] = sid(g)
        if variant == "A":
            st["m2"] = g.mem_add(attr_mem(attr, new), um, group=grp)
        else:  # C: the item is updated correctly; the answer still serves the superseded value
            g.mem_update(st["m1"], attr_mem(attr, new), um)

    def answer_old(hedge_ok: bool) -> str:
        if hedge_ok and g.chance(0.3):
            return g.pick(B.HEDGE).format(old=old, new=new, ans=attr["vals"][old])
        return attr["vals"][old]

    def react(am: str) -> None:
        g.fb_failure(am, comment="Outdated", correction=attr["vals"][new])
        if g.chance(0.7):
            g.u(g.pick(B.CLASH_REACT).format(new=new, New=cap(new), old=old))
            g.a("Sorry — " + attr["vals"][new], ctx=[st["m2"] if variant == "A" else st["m1"]])

    def payoff(g: TBGen, last: bool) -> None:
        g.u(g.opener() + attr["q"])
        ctx = [st["m1"], st["m2"]] if variant == "A" else [st["m1"]]
        if variant == "A" and g.chance(0.5):
            ctx = ctx[::-1]
        am = g.a(answer_old(variant == "A"), ctx=ctx, excl={grp})
        g.label(am, "clash", None, st["s_new"])
        react(am)

    def payoff_b(g: TBGen, last: bool) -> None:
        g.u(g.opener() + g.pick(attr["change"]).format(old=old, new=new) + " " + attr["q"])
        am = g.a(answer_old(False), ctx=[st["m1"]], excl={grp})
        g.label(am, "clash", None, st["s_old"])
        react(am)

    def payoff_d(g: TBGen, last: bool) -> None:
        g.u(g.opener() + g.pick(attr["change"]).format(old=old, new=new))
        g.a(g.pick(["Nice.", "Good to know.", "OK."]), bg=False)
        g.task_exchange(shift=True)
        g.u(g.pick(["Also: ", "One more: ", ""]) + attr["q"])
        am = g.a(answer_old(False), ctx=[st["m1"]], excl={grp})
        g.label(am, "clash", None, st["s_old"])
        react(am)

    if variant in ("A", "C"):
        steps = [Step(say_old, 2), Step(change, 2), Step(payoff, 4)]
    elif variant == "B":
        steps = [Step(say_old, 2), Step(payoff_b, 4)]
    else:
        steps = [Step(say_old, 2), Step(payoff_d, 10)]
    return Scn(f"clash:{variant}", True, steps, {grp})


def poison_setup(g: TBGen, p: dict, st: dict, memory: str) -> None:
    """memory: "bad" (stored from the wrong answer), "good" (from the correction), "fixed" (bad, then updated)."""
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
    g.a(g.pick(B.POISON_SORRY), bg=False)
    if memory == "good":
        st["mid"] = g.mem_add(p["good_mem"], fix, group="poison")
    else:
        st["mid"] = g.mem_add(p["bad_mem"], wrong, group="poison")
        if memory == "fixed":
            g.mem_update(st["mid"], p["good_mem"], fix)
    st["sess"] = sid(g)


def scn_poison(g: TBGen, used: set, reps: int) -> Scn | None:
    p = pick_poison(g, used)
    if not p:
        return None
    st: dict = {}

    def setup(g: TBGen, last: bool) -> None:
        poison_setup(g, p, st, "bad")

    def rep(g: TBGen, last: bool) -> None:
        q, wrong, good = (p["q2"], p["rep"], p["good"]) if not st.get("reps") else p["alt"]
        st["reps"] = st.get("reps", 0) + 1
        g.u(g.opener() + q)
        am = g.a(wrong, ctx=[st["mid"]])
        g.label(am, "poisoning", None, st["sess"])
        r = g.rng.random()
        if r < 0.5:
            g.u(g.pick(B.POISON_REACT) + " " + g.pick([p["fix"], "Fix it."]))
            g.a(g.pick(["Sorry — you're right. ", "Apologies. "]) + good, ctx=[st["mid"]])
            if g.chance(0.5):
                g.fb(am, "flag", comment=g.pick(B.POISON_COMMENT))
        elif r < 0.75:
            g.fb(am, "thumbs_down")

    return Scn(f"poisoning:{reps}", True, [Step(setup, 4)] + [Step(rep, 4) for _ in range(reps)], {"poison"})


def scn_distraction(g: TBGen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    st: dict = {}

    def setup(g: TBGen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, store=True)

    def payoff(g: TBGen, last: bool) -> None:
        t = g.new_task()
        g.u(g.opener() + g.pick(t["q"]))
        am = g.a(t["a"] + " " + kind["drag"], ctx=[st["mid"]], excl={kind["name"]})
        g.label(am, "distraction")
        r = g.rng.random()
        if r < 0.3:
            g.u(g.pick(["Why mention that? Irrelevant.", "That last line has nothing to do with my question.",
                        "Odd thing to add."]))
            g.a(g.pick(["Fair — ignore that part.", "Right, that wasn't relevant. Sorry."]), bg=False)
        elif r < 0.5:
            g.fb(am, "thumbs_down")
        elif r < 0.6:
            g.fb(am, "comment", comment="random remark about my setup, not relevant")

    return Scn("distraction", True, [Step(setup, 2), Step(payoff, 4)], {kind["name"]})


def big_context(g: TBGen, n: int) -> list[str]:
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


def _as_note(content: str) -> str:
    return "you " + content[5:] if content.startswith("User ") else content[:1].lower() + content[1:]


def scn_confusion(g: TBGen, positive: bool) -> Scn:
    def step(g: TBGen, last: bool) -> None:
        q = g.rng.choice(B.CONFUSION_Q)
        ctx = big_context(g, g.rng.randint(12, 20))
        g.u(g.opener() + q)
        if not positive:
            g.fb_ok(g.a(B.CONFUSION_GOOD[q], ctx=ctx, bg=False), 0.15)
            return
        older = [t for t in g.asked_tasks]
        if older and g.chance(0.35):
            t = g.rng.choice(older)
            bad = g.pick(B.CONFUSION_OLD).format(topic=t["topic"], a=t["a"])
        else:
            n1, n2, n3 = (_as_note(g.store[i].content) for i in g.rng.sample(ctx, 3))
            bad = g.pick(B.CONFUSION_BAD_LIST).format(n1=n1, n2=n2, n3=n3)
        am = g.a(bad, ctx=ctx, bg=False)
        g.label(am, "confusion")
        r = g.rng.random()
        if r < 0.25:
            g.fb(am, "thumbs_down")
        elif r < 0.4:
            g.fb(am, "rating", value=g.rng.choice([1, 2]))
        if last and g.chance(0.2):
            g.abandoned = True
            return
        g.u(g.pick(B.CONFUSION_REACT).format(q=q))
        g.a(B.CONFUSION_GOOD[q], ctx=ctx[: g.rng.randint(2, 5)], bg=False)

    return Scn("confusion" if positive else "bigctx", positive, [Step(step, 4, min_idx=2)])


# ------------------------------------------------------------------------------------------------------------
# negatives (all unlabeled)
# ------------------------------------------------------------------------------------------------------------


def scn_known(g: TBGen, used: set, name: str) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    f = fx(kind)
    st: dict = {}

    def setup(g: TBGen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, store=True)

    def payoff(g: TBGen, last: bool) -> None:
        if name == "remention":
            g.task_exchange()
            g.u(g.pick(B.REMENTION).format(q=ask["q"], **f))
        elif name == "as_you_know":
            g.u(g.opener() + g.pick(B.REMENTION).format(q=ask["q"], **f))
        else:
            g.u(g.opener() + ask["q"])
        am = g.a(ask["good"], ctx=[st["mid"]])
        g.fb_ok(am, 0.2)
        if name == "confirm":
            g.u(g.pick(B.CONFIRM).format(**f))
            g.a(g.pick(["Great.", "Good, glad it fits.", "Perfect."]), bg=False)
        elif name == "emphasis":
            g.u(g.pick(B.EMPHASIS).format(fact_poss="that " + kind["fact"]))
            g.a(g.pick(B.EMPHASIS_ANSWER), ctx=[st["mid"]])
        elif g.chance(0.3):
            g.u(g.pick(B.OK_REPLY))
            g.a(g.pick(B.WELCOME), bg=False)

    def payoff_irrelevant(g: TBGen, last: bool) -> None:
        t = g.new_task()
        g.u(g.opener() + g.pick(t["q"]))
        g.fb_ok(g.a(t["a"], ctx=[st["mid"]], bg=False))

    def payoff_side(g: TBGen, last: bool) -> None:
        g.task_exchange()
        g.u(g.pick(B.SIDE_NOTE).format(**f))
        g.a(g.pick(B.SIDE_NOTE_ACK), ctx=[st["mid"]], bg=False)
        g.u(g.pick(["Now: ", "Question: ", ""]) + ask["q"])
        g.fb_ok(g.a(ask["good"], ctx=[st["mid"]]), 0.2)

    if name == "irrelevant_ignored":
        return Scn(name, False, [Step(setup, 2), Step(payoff_irrelevant, 2)], {kind["name"]})
    if name == "side_note":
        return Scn(name, False, [Step(setup, 2), Step(payoff_side, 8)], {kind["name"]})
    return Scn(name, False, [Step(setup, 2), Step(payoff, 8 if name == "remention" else 4)], {kind["name"]})


def scn_within_ok(g: TBGen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])

    def step(g: TBGen, last: bool) -> None:
        _, mid = tell(g, kind, store=True)
        g.task_exchange(shift=True)
        g.u(g.pick(["Back to my setup: ", "Now, ", ""]) + ask["q"])
        g.fb_ok(g.a(ask["good"], ctx=[mid]), 0.2)

    return Scn("within_ok", False, [Step(step, 8)], {kind["name"]})


def scn_change(g: TBGen, used: set, name: str) -> Scn | None:
    """change_ok (one change), change_chain (two changes over time), dated_records (a dated recap of the old
    value sits next to the updated item), typo_fix (the user corrects their own typo right away)."""
    attr = pick_attr(g, used)
    if not attr:
        return None
    vals = list(attr["vals"])
    g.rng.shuffle(vals)
    v1, v2, v3 = vals[0], vals[1], vals[2]
    final = v3 if name == "change_chain" else (v1 if name == "typo_fix" else v2)
    grp = "attr:" + attr["name"]
    st: dict = {}

    def say_old(g: TBGen, last: bool) -> None:
        if name == "typo_fix":
            typo = _typo(v1)
            um = g.u(g.lead() + g.pick(attr["say"]).format(v=typo))
            g.a(g.pick(["Noted.", "Got it."]), bg=False)
            st["m"] = g.mem_add(attr_mem(attr, typo), um, group=grp)
            fix = g.u(g.pick(B.TYPO_FIX).format(v=v1, typo=typo))
            g.a(g.pick(["Fixed.", "Corrected, thanks."]), bg=False)
            g.mem_update(st["m"], attr_mem(attr, v1), fix)
            return
        um = g.u(g.lead() + g.pick(attr["say"]).format(v=v1))
        g.a(g.pick(["Noted.", "Got it."]), bg=False)
        st["m"] = g.mem_add(attr_mem(attr, v1), um, group=grp)
        if name == "dated_records":
            day = g.cur["started_at"][:10]
            st["rec"] = g.mem_add(f"Chat recap {day}: user said their {attr['label']} was {v1}", um,
                                  flags={"nobg"}, after=(40, 90))

    def change(old: str, new: str) -> Callable:
        def fn(g: TBGen, last: bool) -> None:
            um = g.u(g.lead() + g.pick(attr["change"]).format(old=old, new=new))
            g.a(g.pick(["Updated, thanks.", "Good to know — noted."]), bg=False)
            g.mem_update(st["m"], attr_mem(attr, new), um)
        return fn

    def payoff(g: TBGen, last: bool) -> None:
        g.u(g.opener() + attr["q"])
        ctx = [st["m"], st["rec"]] if "rec" in st else [st["m"]]
        g.fb_ok(g.a(attr["vals"][final], ctx=ctx), 0.2)

    def combined(g: TBGen, last: bool) -> None:
        um = g.u(g.opener() + g.pick(attr["change"]).format(old=v1, new=v2) + " " + attr["q"])
        g.mem_update(st["m"], attr_mem(attr, v2), um)
        g.fb_ok(g.a(attr["vals"][v2], ctx=[st["m"]]), 0.2)
        if g.chance(0.5):
            g.u(g.pick([f"Right, {v2} now, not {v1}.", "Yep, that's the new setup.", "Good, that matches."]))
            g.a(g.pick(B.WELCOME), bg=False)

    if name == "change_chain":
        steps = [Step(say_old, 2), Step(change(v1, v2), 2), Step(change(v2, v3), 2), Step(payoff, 2)]
    elif name == "dated_records":
        steps = [Step(say_old, 2), Step(change(v1, v2), 2), Step(payoff, 2)]
    elif name == "typo_fix":
        steps = [Step(say_old, 4), Step(payoff, 2)]
    elif g.chance(0.5):
        steps = [Step(say_old, 2), Step(change(v1, v2), 2), Step(payoff, 2)]
    else:
        steps = [Step(say_old, 2), Step(combined, 4)]
    return Scn(name, False, steps, {grp})


def _typo(v: str) -> str:
    chars = list(v)
    idx = [i for i in range(len(chars) - 1) if chars[i].isalnum() and chars[i + 1].isalnum() and chars[i] != chars[i + 1]]
    if not idx:
        return v + v[-1]
    i = idx[-1]
    chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def scn_bundle(g: TBGen, used: set) -> Scn | None:
    bundles = [b for b in B.BUNDLES if "bundle:" + b["q"] not in used]
    if not bundles:
        return None
    b = g.rng.choice(bundles)
    used.add("bundle:" + b["q"])
    st: dict = {}

    def setup(g: TBGen, last: bool) -> None:
        items = b["items"]
        h = len(items) // 2
        st["ids"] = []
        for part in (items[:h], items[h:]):
            pre = g.pick(B.GREETING) if not g.n_msgs() else ""
            um = g.u(pre + g.pick(["Details: ", "Some context: ", "Setup: ", "For the next question: "]) + cap("; ".join(x[1] for x in part)) + ".")
            g.a(g.pick(["Got all that.", "Noted.", "OK, saved."]), bg=False)
            for x in part:
                st["ids"].append(g.mem_add(x[0], um, flags={"nobg"}))

    def payoff(g: TBGen, last: bool) -> None:
        g.u(g.opener() + b["q"])
        g.fb_ok(g.a(b["a"], ctx=st["ids"], bg=False), 0.3)

    return Scn("bundle", False, [Step(setup, 4), Step(payoff, 2)])


def scn_clarify(g: TBGen, used: set) -> Scn | None:
    c = g.rng.choice([c for c in B.CLARIFY if "clarify:" + c["q"] not in used] or B.CLARIFY)
    used.add("clarify:" + c["q"])

    def step(g: TBGen, last: bool) -> None:
        g.u(g.opener() + c["q"])
        g.a(c["ask"])
        g.u(c["ans"])
        g.fb_ok(g.a(c["a"]), 0.2)

    return Scn("clarify", False, [Step(step, 4)])


def scn_poison_avoided(g: TBGen, used: set) -> Scn | None:
    p = pick_poison(g, used)
    if not p:
        return None
    st: dict = {}

    def setup(g: TBGen, last: bool) -> None:
        poison_setup(g, p, st, g.pick(["good", "good", "fixed"]))

    def payoff(g: TBGen, last: bool) -> None:
        g.u(g.opener() + p["q2"])
        g.fb_ok(g.a(p["good"], ctx=[st["mid"]]), 0.2)

    return Scn("poison_avoided", False, [Step(setup, 4), Step(payoff, 2)], {"poison"})


def scn_forget(g: TBGen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    f = fx(kind)
    st: dict = {}

    def setup(g: TBGen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, store=True)

    def forget(g: TBGen, last: bool) -> None:
        um = g.u(g.opener() + g.pick(B.FORGET_ASK).format(**f))
        g.a(g.pick(B.FORGET_OK), bg=False)
        g.mem_delete(st["mid"], um)

    def payoff(g: TBGen, last: bool) -> None:
        g.u(g.opener() + ask["q"])
        g.a(ask["reask"], excl={kind["name"]})
        g.u(g.pick(B.GENERIC_OK))
        g.a(ask["bad"], excl={kind["name"]})

    return Scn("forget", False, [Step(setup, 2), Step(forget, 2), Step(payoff, 4)], {kind["name"]})


def scn_style_complaint(g: TBGen, used: set) -> Scn | None:
    def step(g: TBGen, last: bool) -> None:
        t = g.new_task()
        g.u(g.opener() + g.pick(t["q"]))
        g.a(t["a"])
        g.u(g.pick(B.STYLE_COMPLAINT))
        short = t["a"].split(". ")[0].rstrip(".") + "."
        if short.count("`") % 2 or short == t["a"]:
            short = t["a"].split(" — ")[0].split(" (")[0]
        g.a(g.pick(B.STYLE_FIX).format(short=short), bg=False)

    return Scn("style_complaint", False, [Step(step, 4)])


def scn_disagree(g: TBGen, used: set) -> Scn | None:
    d = g.rng.choice([d for d in B.DISAGREE if "disagree:" + d["q"] not in used] or B.DISAGREE)
    used.add("disagree:" + d["q"])

    def step(g: TBGen, last: bool) -> None:
        g.u(g.opener() + d["q"])
        g.a(d["a"])
        g.u(d["push"])
        g.a(d["reply"], bg=False)

    return Scn("disagree", False, [Step(step, 4)])


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
    **{n: (lambda name: (lambda g, u: scn_known(g, u, name)))(n)
       for n in ("used_well", "as_you_know", "remention", "confirm", "emphasis", "side_note", "irrelevant_ignored")},
    **{n: (lambda name: (lambda g, u: scn_change(g, u, name)))(n)
       for n in ("change_ok", "change_chain", "dated_records", "typo_fix")},
    "within_ok": scn_within_ok, "bundle": scn_bundle, "clarify": scn_clarify,
    "bigctx": lambda g, u: scn_confusion(g, False), "poison_avoided": scn_poison_avoided, "forget": scn_forget,
    "style_complaint": scn_style_complaint, "disagree": scn_disagree,
}


def build_train_tb(seed: int) -> list[dict]:
    SCENARIO_COUNTS.clear()
    rng = random.Random(f"{seed}:train_tb")
    total = sum(POS_DECK.values())
    sizes = [total // N_USERS + (1 if i < total % N_USERS else 0) for i in range(N_USERS)]
    rng.shuffle(sizes)
    hands = G.deal(rng, POS_DECK, sizes)
    records = []
    for ui in range(N_USERS):
        uid = f"{UIDPREFIX}-{ui + 1}"
        urng = random.Random(f"{seed}:train_tb:{uid}")
        pos = hands[ui]
        heavy = "confusion" in pos or urng.random() < 0.4
        g = TBGen(uid, SPLIT, urng, PerUserIds(uid), clutter="heavy" if heavy else "light",
                  metadata_fn=lambda r: {"channel": r.choice(["web", "desktop", "ios", "api"])})
        g.max_msgs = MAX_MSGS
        neg = urng.sample(NEG_NAMES, NEG_PER_USER)
        if "bigctx" in neg and "confusion" in pos:
            neg.remove("bigctx")
        elif "bigctx" not in neg and "confusion" not in pos and urng.random() < 0.5:
            neg[-1] = "bigctx"
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
        n_sess = urng.choice([5, 6, 6])
        plan = G.assign(g, scns, n_sess, MAX_MSGS - 3)
        placed = {id(st.fn) for steps in plan for st in steps}
        for s in scns:
            if all(id(st.fn) in placed for st in s.steps):
                SCENARIO_COUNTS[s.name] += 1
        first = dt.datetime(2026, 6, 1) + dt.timedelta(days=urng.randint(0, 50))
        starts = G.session_starts(urng, n_sess, first, urng.randint(n_sess * 4, 60))
        G.emit(g, plan, starts, MIN_MSGS, MAX_MSGS)
        records.append({"user": uid, "split": SPLIT, "sessions": g.sessions, "feedback": g.feedback, "labels": g.labels})
    return records
