"""The blind holdout4 split (t-q-N users).

Built on the engine of generate.py (Gen, Scn/Step, PerUserIds, deal, assign, emit, session_starts, validate) with
its own scenario code and its own text bank (holdout4_bank.py). Built from its own random streams
("<seed>:holdout4" and "<seed>:holdout4:<user>"), so nothing else in the corpus depends on it.

Positives follow docs/failure-types.md: recall across sessions (write_miss, retrieval_miss, ignored) and within a
session (evidence null); clash A (two items), B (new value in the same message), C (updated item, old value used),
D (change told earlier in the session, no update); poisoning repeated once or twice (the first wrong statement is
not labeled); distraction; confusion (12-20 injected, mostly clutter). Look-alike negatives are all unlabeled.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import generate as G
import holdout4_bank as B
from generate import Gen, PerUserIds, Scn, Step, cap

SPLIT = "holdout4"
UID_PREFIX = "t-q"
N_USERS = 30
MIN_MSGS, MAX_MSGS = 4, 18

POS_DECK = {
    "recall:write_miss": 9, "recall:retrieval_miss": 9, "recall:ignored": 6, "recall:within": 6,
    "clash:A": 5, "clash:B": 4, "clash:C": 4, "clash:D": 4,
    "poisoning:1": 7, "poisoning:2": 5,
    "distraction": 17,
    "confusion": 17,
}
NEG_NAMES = ["used_well", "remention", "confirm", "emphasis", "within_ok", "change_ok", "bundle", "clarify",
             "bigctx", "poison_avoided", "forget", "irrelevant_ignored", "passing", "memory_query", "typo_fix",
             "style_complaint", "disagree", "change_ok", "poison_avoided"]  # the last two are drawn more often
NEG_PER_USER = 5

SCENARIO_COUNTS: Counter = Counter()


def rfields(g: Gen, kind: dict) -> dict:
    r = g.pick(kind["restate"])
    return {"r": r, "R": cap(r), "fact": kind["fact"], "topic": kind["topic"], "you": kind["you"]}

SELF_LEADS = ("Worth knowing", "Heads up", "Bit of", "Context:", "FYI", "Just so you know", "Funny thing", "I should",
              "Classic ", "Something you should know")


def j(prefix: str, text: str) -> str:
    """Join a lead-in and a user text: no double lead-ins, lower case after a comma or dash."""
    if not prefix:
        return text
    if text.startswith(SELF_LEADS) and prefix not in B.GREETING:
        return text
    if prefix.rstrip().endswith((",", "but", "—")) and not text.startswith(("I ", "I'")):
        text = text[:1].lower() + text[1:]
    return prefix + text


class H4Gen(Gen):
    """Gen with holdout4's own small talk, neutral tasks, feedback texts and clutter."""

    def pick(self, lst: list):
        return self.rng.choice(lst)

    def task_exchange(self, shift: bool = False, smalltalk_p: float | None = None, task: dict | None = None) -> str:
        t = task or self.new_task()
        q = self.pick(t["q"])
        pre = self.pick(B.GREETING) if not self.n_msgs() else (self.pick(B.TOPIC_SHIFT) if shift else "")
        um = self.u(j(pre, q))
        am = self.a(t["a"])
        self.fb_ok(am)
        self.sess_topics.append(t["topic"])
        self.sess_task_msgs.append((t, um))
        if self.n_msgs() + 2 <= self.max_msgs - 6 and self.chance(0.2):
            self.u(self.pick(B.THANKS))
            self.a(self.pick(B.WELCOME), bg=False)
        return am

    def new_task(self) -> dict:
        unused = [t for t in B.TASKS if t not in self.asked_tasks]
        t = self.rng.choice(unused or B.TASKS)
        self.asked_tasks.append(t)
        return t

    def opener(self) -> str:
        return self.pick(B.GREETING) if not self.n_msgs() else self.pick(B.TOPIC_SHIFT)

    def lead(self) -> str:
        """Lead-in for a statement about the user (not a topic-shift phrase)."""
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
        last = self.cur["messages"][-1]["id"]
        if self.sess_topics and (heavy and self.chance(0.6) or self.chance(0.15)):
            day = self.cur["started_at"][:10]
            self.mem_add(f"Chat recap {day}: talked about {', '.join(self.sess_topics)}. No follow-ups.", last,
                         flags={"clutter"}, after=(30, 120))
        if heavy:
            have = {m.content for m in self.store.values()}
            for c in self.rng.sample(B.CLUTTER, self.rng.randint(1, 3)):
                if c not in have:
                    self.mem_add(c, last, flags={"clutter"}, after=(30, 200))


# ------------------------------------------------------------------------------------------------------------
# picking kinds / attributes / poisoning cases
# ------------------------------------------------------------------------------------------------------------


def _taken(used: set) -> set:
    return {k for k in used if isinstance(k, str) and ":" not in k}


def kind_ok(name: str, used: set) -> bool:
    taken = _taken(used)
    if name in taken or "block:" + name in used:
        return False
    return not any(name in c and (c - {name}) & taken for c in B.KIND_CONFLICTS)


def pick_kind(g: H4Gen, used: set) -> dict | None:
    cands = [k for k in B.KINDS if kind_ok(k["name"], used)]
    if not cands:
        return None
    k = g.rng.choice(cands)
    used.add(k["name"])
    g.user_kinds.add(k["name"])
    return k


def pick_attr(g: H4Gen, used: set) -> dict | None:
    cands = [a for a in B.ATTRS if "attr:" + a["name"] not in used]
    if not cands:
        return None
    a = g.rng.choice(cands)
    used.add("attr:" + a["name"])
    return a


def pick_poison(g: H4Gen, used: set) -> dict | None:
    cands = [p for p in B.POISON if "poison:" + p["key"] not in used]
    if not cands:
        return None
    p = g.rng.choice(cands)
    used.add("poison:" + p["key"])
    return p


def two_asks(g: H4Gen, kind: dict) -> tuple[dict, dict]:
    a, b = g.rng.sample(kind["asks"], 2)
    return a, b


def tell(g: H4Gen, kind: dict, store: bool, ask: dict | None = None) -> tuple[str, str | None]:
    """The user states the fact, alone or together with a request the answer serves. Returns (session, memory id)."""
    if ask is not None and g.chance(0.4):
        um = g.u(j(g.opener(), g.pick(kind["tell"]) + " " + ask["q"]))
        mid = g.mem_add(kind["mem"], um, group=kind["name"]) if store else None
        g.fb_ok(g.a(ask["good"], ctx=[mid] if mid else [], excl={kind["name"]}), 0.15)
    else:
        um = g.u(j(g.lead(), g.pick(kind["tell"])))
        mid = g.mem_add(kind["mem"], um, group=kind["name"]) if store else None
        g.a(g.pick(B.ACK), ctx=[mid] if mid and g.chance(0.4) else [], bg=False)
    return g.cur["id"], mid


# ------------------------------------------------------------------------------------------------------------
# positives
# ------------------------------------------------------------------------------------------------------------


def recall_react(g: H4Gen, kind: dict, ask: dict, am: str, reask: bool, st: dict, last: bool, write_miss: bool) -> None:
    f = rfields(g, kind)
    g.fb_failure(am, 0.3, comment=g.pick(B.RECALL_COMMENT))
    r = g.rng.random()
    if reask:
        if last and g.can_abandon() and r < 0.1:
            g.abandoned = True
            return
        um = g.u(g.pick(B.REASK_REACT).format(**f))  # answered with the very fact: it asked for it again
    else:
        if last and g.can_abandon() and r < 0.15:
            g.abandoned = True  # no reaction, the user leaves
            return
        if r < 0.3:
            return  # no reaction at all
        fam = B.RECALL_REACT_MARKED if r < 0.6 else B.RECALL_REACT_PLAIN
        um = g.u(g.pick(fam).format(**f))
    ctx = [st["mid"]] if st.get("mid") else []
    if write_miss and g.chance(0.5):
        st["mid"] = g.mem_add(kind["mem"], um, group=kind["name"])
        ctx = [st["mid"]]
    g.a(g.pick(B.FIX_ANSWER).format(good=ask["good"]), ctx=ctx, bg=False)


def scn_recall(g: H4Gen, used: set, diag: str) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    a_setup, a_pay = two_asks(g, kind)
    st: dict = {}

    def setup(g: H4Gen, last: bool) -> None:
        st["sess"], st["mid"] = tell(g, kind, diag != "write_miss", a_setup)

    def payoff(g: H4Gen, last: bool) -> None:
        reask = g.chance(0.3)
        g.u(j(g.opener(), a_pay["q"]))
        ctx = [st["mid"]] if diag == "ignored" else []
        am = g.a(a_pay["reask"] if reask else a_pay["bad"], ctx=ctx, excl={kind["name"]})
        g.label(am, "recall", diag, st["sess"])
        recall_react(g, kind, a_pay, am, reask, st, last, diag == "write_miss")

    return Scn(f"recall:{diag}", True, [Step(setup, 2), Step(payoff, 4)], {kind["name"]})


def scn_recall_within(g: H4Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    a_setup, a_pay = two_asks(g, kind)
    st: dict = {}

    def step(g: H4Gen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, True, a_setup)
        g.task_exchange(shift=True)
        reask = g.chance(0.25)
        g.u(j(g.pick(B.BACK_TO_ME), a_pay["q"]))
        am = g.a(a_pay["reask"] if reask else a_pay["bad"], ctx=[st["mid"]], excl={kind["name"]})
        g.label(am, "recall", "ignored", None)
        recall_react(g, kind, a_pay, am, reask, st, last, False)

    return Scn("recall:within", True, [Step(step, 9)], {kind["name"]})


def scn_clash(g: H4Gen, used: set, variant: str) -> Scn | None:
    attr = pick_attr(g, used)
    if not attr:
        return None
    old, new = g.rng.sample(list(attr["vals"]), 2)
    grp = "attr:" + attr["name"]
    q = g.pick(attr["q"])
    st: dict = {}

    def say_old(g: H4Gen, last: bool) -> None:
        um = g.u(j(g.lead(), g.pick(attr["say"]).format(v=old)))
        g.a(g.pick(B.ACK), bg=False)
        st["m1"] = g.mem_add(attr["mem"].format(v=old), um, group=grp)
        st["s_old"] = g.cur["id"]

    def change(g: H4Gen, last: bool) -> None:
        um = g.u(j(g.lead(), g.pick(attr["change"]).format(old=old, new=new)))
        g.a(g.pick(B.ACK_CHANGE), bg=False)
        st["s_new"] = g.cur["id"]
        if variant == "A":
            st["m2"] = g.mem_add(attr["mem"].format(v=new), um, group=grp)
        else:  # C: a proper update; the answer later still serves the superseded value
            g.mem_update(st["m1"], attr["mem"].format(v=new), um)

    def answer_old(ctx: list[str], hedge_ok: bool) -> str:
        if hedge_ok and g.chance(0.35):
            text = g.pick(B.HEDGE).format(old=old, new=new, ans=attr["vals"][old])
        else:
            text = attr["vals"][old]
        return g.a(text, ctx=ctx, excl={grp})

    def react(am: str, fix_update: bool, last: bool) -> None:
        g.fb_failure(am, 0.3, comment=g.pick(B.CLASH_COMMENT), correction=attr["vals"][new])
        if last and g.can_abandon() and g.chance(0.12):
            g.abandoned = True
            return
        if g.chance(0.7):
            um = g.u(g.pick(B.CLASH_REACT).format(new=new, New=cap(new), old=old))
            ctx = [st["m1"]]
            if fix_update:
                g.mem_update(st["m1"], attr["mem"].format(v=new), um)
            elif variant == "A":
                if g.chance(0.5):
                    g.mem_delete(st["m1"], um)
                ctx = [st["m2"]]
            g.a(g.pick(["Sorry — ", "You're right, sorry. ", "Apologies — ", ""]) + attr["vals"][new], ctx=ctx, bg=False)

    def payoff(g: H4Gen, last: bool) -> None:
        g.u(j(g.opener(), q))
        if variant == "A":
            ctx = [st["m1"], st["m2"]]
            g.rng.shuffle(ctx)
            am = answer_old(ctx, True)
        else:
            am = answer_old([st["m1"]], False)
        g.label(am, "clash", None, st["s_new"])
        react(am, False, last)

    def payoff_b(g: H4Gen, last: bool) -> None:
        g.u(j(g.opener(), g.pick(attr["change"]).format(old=old, new=new) + " " + q))
        am = answer_old([st["m1"]], False)
        g.label(am, "clash", None, st["s_old"])
        react(am, True, last)

    def payoff_d(g: H4Gen, last: bool) -> None:
        g.u(j(g.lead(), g.pick(attr["change"]).format(old=old, new=new)))
        g.a(g.pick(B.ACK_CHANGE_CHAT), bg=False)
        g.task_exchange(shift=True)
        g.u(j(g.pick(B.BACK_TO_ME), q))
        am = answer_old([st["m1"]], False)
        g.label(am, "clash", None, st["s_old"])
        react(am, True, last)

    if variant in ("A", "C"):
        fb = Scn(f"clash:{variant}->B", True, [Step(say_old, 2), Step(payoff_b, 4)])
        return Scn(f"clash:{variant}", True, [Step(say_old, 2), Step(change, 2), Step(payoff, 4)], fallback=fb)
    if variant == "B":
        return Scn("clash:B", True, [Step(say_old, 2), Step(payoff_b, 4)])
    return Scn("clash:D", True, [Step(say_old, 2), Step(payoff_d, 9)])


def poison_setup(g: H4Gen, p: dict, st: dict, good_memory: bool) -> None:
    g.u(j(g.opener(), p["q"]))
    wrong = g.a(p["wrong"], bg=False)
    fix = g.u(p["fix"])
    r = g.rng.random()
    if r < 0.35:
        g.fb(wrong, "correction", correction=p["fix"])
    elif r < 0.6:
        g.fb(wrong, "thumbs_down")
    elif r < 0.75:
        g.fb(wrong, "flag", comment="factually wrong")
    if good_memory and g.chance(0.5):
        # the wrong claim is saved first, then corrected in place
        st["mid"] = g.mem_add(p["bad_mem"], wrong, group="poison", flags={"nobg"})
        g.mem_update(st["mid"], p["good_mem"], fix)
    elif good_memory:
        st["mid"] = g.mem_add(p["good_mem"], fix, group="poison", flags={"nobg"})
    else:
        st["mid"] = g.mem_add(p["bad_mem"], wrong, group="poison", flags={"nobg"})
    g.a(g.pick(B.POISON_SORRY), bg=False)
    st["sess"] = g.cur["id"]


def scn_poison(g: H4Gen, used: set, reps: int) -> Scn | None:
    p = pick_poison(g, used)
    if not p:
        return None
    st: dict = {}

    def setup(g: H4Gen, last: bool) -> None:
        poison_setup(g, p, st, False)

    def rep(g: H4Gen, last: bool) -> None:
        # the first repetition uses q2, the second the alternative request
        q, wrong, good = (p["q2"], p["rep"], p["good"]) if not st.get("reps") else p["alt"]
        st["reps"] = st.get("reps", 0) + 1
        g.u(j(g.opener(), q))
        am = g.a(wrong, ctx=[st["mid"]], excl={"poison"})
        g.label(am, "poisoning", None, st["sess"])
        r = g.rng.random()
        if last and g.can_abandon() and r < 0.1:
            g.fb(am, "thumbs_down")
            g.abandoned = True
            return
        if r < 0.55:
            g.u(g.pick(B.POISON_REACT) + " " + g.pick([p["fix"], "Please fix it.", ""]).strip())
            g.a(g.pick(["Sorry — you're right. ", "Apologies. ", "My mistake again. "]) + good, ctx=[st["mid"]], bg=False)
            if g.chance(0.4):
                g.fb(am, "flag", comment=g.pick(B.POISON_COMMENT))
        elif r < 0.75:
            g.fb(am, "thumbs_down")
        elif r < 0.85:
            g.fb(am, "correction", correction=p["fix"])

    fb = Scn("poisoning:1", True, [Step(setup, 4), Step(rep, 4)]) if reps > 1 else None
    return Scn(f"poisoning:{reps}", True, [Step(setup, 4)] + [Step(rep, 4) for _ in range(reps)], fallback=fb)


def scn_distraction(g: H4Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    st: dict = {}

    def setup(g: H4Gen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, True, g.rng.choice(kind["asks"]))

    def payoff(g: H4Gen, last: bool) -> None:
        t = g.new_task()
        g.u(j(g.opener(), g.pick(t["q"])))
        g.sess_topics.append(t["topic"])
        am = g.a(t["a"] + " " + kind["drag"], ctx=[st["mid"]], excl={kind["name"]})
        g.label(am, "distraction")
        r = g.rng.random()
        if r < 0.3:
            g.u(g.pick(B.DISTRACT_REACT).format(topic=kind["topic"]))
            g.a(g.pick(B.DISTRACT_SORRY), bg=False)
        elif r < 0.45:
            g.fb(am, "thumbs_down")
        elif r < 0.55:
            g.fb(am, "comment", comment=g.pick(B.DISTRACT_COMMENT))

    return Scn("distraction", True, [Step(setup, 2), Step(payoff, 4)], {kind["name"]})


def big_context(g: H4Gen, n: int) -> list[str]:
    """n injected items, mostly clutter (topped up with imported notes when there are not enough)."""
    have = [m.id for m in g.alive(exclude_flags=()) if "clutter" in m.flags]
    facts = [m.id for m in g.alive(exclude_flags=()) if "clutter" not in m.flags and m.group != "poison"]
    g.rng.shuffle(have)
    g.rng.shuffle(facts)
    ids = have[: n - 2] + facts[: g.rng.randint(0, 2)]
    contents = {m.content for m in g.store.values()}
    notes = [c for c in B.CLUTTER if c not in contents]
    g.rng.shuffle(notes)
    while len(ids) < n and notes:
        ids.append(g.mem_add(notes.pop(), None, flags={"clutter", "nobg"}))
        g.now = g.store[ids[-1]].created
    g.rng.shuffle(ids)
    if g.chance(0.4):  # long summaries first
        ids.sort(key=lambda i: -len(g.store[i].content))
    return ids


def bad_confusion_answer(g: H4Gen, q: str, ctx: list[str]) -> str:
    notes = [g.store[i].content for i in ctx if "clutter" in g.store[i].flags] or [g.store[i].content for i in ctx]
    g.rng.shuffle(notes)
    n = [x.rstrip(".") for x in notes[:4]]
    while len(n) < 4:
        n.append("you asked something similar before")
    other = g.rng.choice([k for k in B.CONFUSION_Q if k != q])
    variants = [
        "Here's what I have that might be relevant:\n- " + "\n- ".join(n) + "\nWhich of these is it about?",
        f"Good question! Based on what I know about you — {n[0]}; {n[1]}; {n[2]} — it really depends. Tell me a "
        f"bit more and I can narrow it down.",
        f"Sure! {B.CONFUSION_Q[other]}",
        f"Let me pull together your notes first: {n[0]}. {n[1]}. {n[2]}. {n[3]}. Hope that helps!",
        f"Before answering, a few things I remember: {n[0]}, and {n[1]}. Also, earlier you were curious about "
        f"“{other}” — {B.CONFUSION_Q[other]}",
    ]
    return g.rng.choice(variants)


def scn_confusion(g: H4Gen, positive: bool) -> Scn:
    def step(g: H4Gen, last: bool) -> None:
        used_q = {m["content"] for s in g.sessions for m in s["messages"]}
        qs = [k for k in B.CONFUSION_Q if not any(k in c for c in used_q)] or list(B.CONFUSION_Q)
        q = g.rng.choice(qs)
        if not g.n_msgs():
            g.task_exchange()
        ctx = big_context(g, g.rng.randint(12, 20))
        g.u(j(g.opener(), q))
        if not positive:
            g.fb_ok(g.a(B.CONFUSION_Q[q], ctx=ctx, bg=False), 0.15)
            return
        am = g.a(bad_confusion_answer(g, q, ctx), ctx=ctx, bg=False)
        g.label(am, "confusion")
        r = g.rng.random()
        if r < 0.3:
            g.fb(am, "thumbs_down")
        elif r < 0.45:
            g.fb(am, "rating", value=g.rng.choice([1, 2]))
        elif r < 0.55:
            g.fb(am, "comment", comment=g.pick(B.CONFUSION_COMMENT))
        r = g.rng.random()
        if last and g.can_abandon() and r < 0.2:
            if g.chance(0.5):
                g.u(g.pick(B.CONFUSION_QUIT))
            g.abandoned = True
            return
        if r < 0.8:
            g.u(g.pick(B.CONFUSION_REACT).format(q=q))
            g.a(g.pick(B.CONFUSION_FIX).format(good=B.CONFUSION_Q[q]), ctx=ctx[: g.rng.randint(2, 5)], bg=False)

    return Scn("confusion" if positive else "bigctx", positive, [Step(step, 6, min_idx=2)])


# ------------------------------------------------------------------------------------------------------------
# negatives (all unlabeled)
# ------------------------------------------------------------------------------------------------------------


def scn_known(g: H4Gen, used: set, name: str) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    a_setup, a_pay = two_asks(g, kind)
    st: dict = {}

    def setup(g: H4Gen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, True, a_setup)

    def payoff(g: H4Gen, last: bool) -> None:
        f = rfields(g, kind)
        if name == "remention":
            g.task_exchange()
            g.u(g.pick(B.REMENTION).format(q=a_pay["q"], **f))
        else:
            g.u(j(g.opener(), a_pay["q"]))
        am = g.a(a_pay["good"], ctx=[st["mid"]], excl={kind["name"]})
        g.fb_ok(am, 0.2)
        if name == "confirm":
            g.u(g.pick(B.CONFIRM).format(**f))
            g.a(g.pick(B.CONFIRM_ANSWER), bg=False)
        elif name == "emphasis":
            g.u(g.pick(B.EMPHASIS).format(**f))
            g.a(g.pick(B.EMPHASIS_ANSWER), ctx=[st["mid"]], bg=False)
        elif g.chance(0.3):
            g.u(g.pick(B.OK_REPLY))
            g.a(g.pick(B.WELCOME), bg=False)

    def payoff_irrelevant(g: H4Gen, last: bool) -> None:
        t = g.new_task()
        g.u(j(g.opener(), g.pick(t["q"])))
        g.sess_topics.append(t["topic"])
        g.fb_ok(g.a(t["a"], ctx=[st["mid"]], bg=False))

    def payoff_passing(g: H4Gen, last: bool) -> None:
        g.task_exchange()
        g.u(g.pick(B.PASSING).format(**rfields(g, kind)))
        g.a(g.pick(B.PASSING_ANSWER), ctx=[st["mid"]], bg=False)

    def payoff_query(g: H4Gen, last: bool) -> None:
        f = rfields(g, kind)
        g.u(j(g.opener(), g.pick(B.MEMORY_QUERY).format(**f)))
        g.a(g.pick(B.MEMORY_ANSWER).format(**f), ctx=[st["mid"]], bg=False)
        if g.chance(0.5):
            g.u(g.pick(["That's right, keep it.", "Yes, still true.", "Good, leave it as is."]))
            g.a(g.pick(["Will do.", "OK, it stays.", "Great."]), bg=False)

    if name == "irrelevant_ignored":
        return Scn(name, False, [Step(setup, 2), Step(payoff_irrelevant, 2)], {kind["name"]})
    if name == "passing":
        return Scn(name, False, [Step(setup, 2), Step(payoff_passing, 4)], {kind["name"]})
    if name == "memory_query":
        return Scn(name, False, [Step(setup, 2), Step(payoff_query, 4)], {kind["name"]})
    return Scn(name, False, [Step(setup, 2), Step(payoff, 6 if name == "remention" else 4)], {kind["name"]})


def scn_within_ok(g: H4Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    a_setup, a_pay = two_asks(g, kind)

    def step(g: H4Gen, last: bool) -> None:
        _, mid = tell(g, kind, True, a_setup)
        g.task_exchange(shift=True)
        g.u(j(g.pick(B.BACK_TO_ME), a_pay["q"]))
        g.fb_ok(g.a(a_pay["good"], ctx=[mid], excl={kind["name"]}), 0.2)

    return Scn("within_ok", False, [Step(step, 7)], {kind["name"]})


def scn_change_ok(g: H4Gen, used: set) -> Scn | None:
    attr = pick_attr(g, used)
    if not attr:
        return None
    old, new = g.rng.sample(list(attr["vals"]), 2)
    grp = "attr:" + attr["name"]
    q = g.pick(attr["q"])
    st: dict = {}

    def say_old(g: H4Gen, last: bool) -> None:
        um = g.u(j(g.lead(), g.pick(attr["say"]).format(v=old)))
        g.a(g.pick(B.ACK), bg=False)
        st["m"] = g.mem_add(attr["mem"].format(v=old), um, group=grp)

    def apply_change(um: str) -> None:
        if g.chance(0.7):
            g.mem_update(st["m"], attr["mem"].format(v=new), um)
        else:  # a new item, the old one removed
            g.mem_delete(st["m"], um)
            st["m"] = g.mem_add(attr["mem"].format(v=new), um, group=grp)

    def change(g: H4Gen, last: bool) -> None:
        um = g.u(j(g.lead(), g.pick(attr["change"]).format(old=old, new=new)))
        apply_change(um)
        g.a(g.pick(B.ACK_CHANGE), bg=False)

    def payoff(g: H4Gen, last: bool) -> None:
        g.u(j(g.opener(), q))
        g.fb_ok(g.a(attr["vals"][new], ctx=[st["m"]], excl={grp}), 0.2)

    def combined(g: H4Gen, last: bool) -> None:
        um = g.u(j(g.opener(), g.pick(attr["change"]).format(old=old, new=new) + " " + q))
        apply_change(um)
        g.fb_ok(g.a(attr["vals"][new], ctx=[st["m"]], excl={grp}), 0.2)
        if g.chance(0.4):
            g.u(g.pick(B.CHANGE_CONFIRM).format(new=new))
            g.a(g.pick(B.WELCOME), bg=False)

    if g.chance(0.5):
        return Scn("change_ok", False, [Step(say_old, 2), Step(change, 2), Step(payoff, 2)])
    return Scn("change_ok", False, [Step(say_old, 2), Step(combined, 4)])


def typo(v: str) -> str:
    words = v.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    for j in range(len(w) // 2, len(w) - 1):
        if w[j] != w[j + 1] and w[j].isalpha() and w[j + 1].isalpha():
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            return " ".join(words)
    return v + "e"


def scn_typo_fix(g: H4Gen, used: set) -> Scn | None:
    attr = pick_attr(g, used)
    if not attr:
        return None
    v = g.rng.choice(list(attr["vals"]))
    grp = "attr:" + attr["name"]
    q = g.pick(attr["q"])
    st: dict = {}

    def say(g: H4Gen, last: bool) -> None:
        um = g.u(j(g.lead(), g.pick(attr["say"]).format(v=typo(v))))
        st["m"] = g.mem_add(attr["mem"].format(v=typo(v)), um, group=grp)
        g.a(g.pick(B.ACK), bg=False)
        um2 = g.u(g.pick(B.TYPO_FIX).format(v=v))
        g.mem_update(st["m"], attr["mem"].format(v=v), um2)
        g.a(g.pick(["No worries, fixed.", "Got it, corrected.", "Ha, noted — fixed."]), bg=False)

    def payoff(g: H4Gen, last: bool) -> None:
        g.u(j(g.opener(), q))
        g.fb_ok(g.a(attr["vals"][v], ctx=[st["m"]], excl={grp}), 0.2)

    return Scn("typo_fix", False, [Step(say, 4), Step(payoff, 2)])


def scn_bundle(g: H4Gen, used: set) -> Scn | None:
    taken = _taken(used)
    bundles = [b for b in B.BUNDLES if "bundle:" + b["key"] not in used and not set(b["sens"]) & taken]
    if not bundles:
        return None
    b = g.rng.choice(bundles)
    used.add("bundle:" + b["key"])
    for k in b["sens"]:
        used.add("block:" + k)
    st: dict = {}

    def setup(g: H4Gen, last: bool) -> None:
        items = b["items"]
        h = (len(items) + 1) // 2
        st["ids"] = []
        for i, part in enumerate((items[:h], items[h:])):
            lead = j(g.opener(), g.pick(["Some details: ", "Context for later: ", "Here's the situation: "])) if i == 0 \
                else g.pick(["Also: ", "And: ", "More details: "])
            text = "; ".join(x[0] for x in part)
            um = g.u(lead + text + ".")
            for x in part:
                st["ids"].append(g.mem_add(x[1], um, flags={"nobg"}))
            g.a(g.pick(["Got all that.", "Noted, thanks.", "OK, saved.", "Thanks — anything else?"]), bg=False)

    def payoff(g: H4Gen, last: bool) -> None:
        g.u(j(g.opener(), b["q"]))
        g.fb_ok(g.a(b["a"], ctx=st["ids"], bg=False), 0.3)

    return Scn("bundle", False, [Step(setup, 4), Step(payoff, 2)])


def scn_clarify(g: H4Gen, used: set) -> Scn | None:
    cands = [c for c in B.CLARIFY if "clarify:" + c["q"] not in used]
    if not cands:
        return None
    c = g.rng.choice(cands)
    used.add("clarify:" + c["q"])

    def step(g: H4Gen, last: bool) -> None:
        g.u(j(g.opener(), c["q"]))
        g.a(c["ask"])
        g.u(c["ans"])
        g.fb_ok(g.a(c["a"]), 0.2)

    return Scn("clarify", False, [Step(step, 4)])


def scn_disagree(g: H4Gen, used: set) -> Scn | None:
    cands = [d for d in B.DISAGREE if "disagree:" + d["q"] not in used]
    if not cands:
        return None
    d = g.rng.choice(cands)
    used.add("disagree:" + d["q"])

    def step(g: H4Gen, last: bool) -> None:
        g.u(j(g.opener(), d["q"]))
        g.a(d["a"])
        g.u(d["push"])
        g.fb_ok(g.a(d["reply"], bg=False), 0.1)

    return Scn("disagree", False, [Step(step, 4)])


def scn_style_complaint(g: H4Gen, used: set) -> Scn:
    def step(g: H4Gen, last: bool) -> None:
        longer = [t for t in B.TASKS if len(t["a"]) > 120 and ". " in t["a"] and t not in g.asked_tasks]
        t = g.rng.choice(longer) if longer else g.new_task()
        if t not in g.asked_tasks:
            g.asked_tasks.append(t)
        g.u(j(g.opener(), g.pick(t["q"])))
        g.sess_topics.append(t["topic"])
        g.a(t["a"])
        g.u(g.pick(B.STYLE_COMPLAINT))
        short = t["a"].split(". ")[0].rstrip(".") + "."
        g.fb_ok(g.a(g.pick(B.STYLE_FIX).format(short=short), bg=False), 0.2)

    return Scn("style_complaint", False, [Step(step, 4)])


def scn_poison_avoided(g: H4Gen, used: set) -> Scn | None:
    p = pick_poison(g, used)
    if not p:
        return None
    st: dict = {}

    def setup(g: H4Gen, last: bool) -> None:
        poison_setup(g, p, st, True)

    def payoff(g: H4Gen, last: bool) -> None:
        g.u(j(g.opener(), p["q2"]))
        g.fb_ok(g.a(p["good"], ctx=[st["mid"]]), 0.2)

    return Scn("poison_avoided", False, [Step(setup, 4), Step(payoff, 2)])


def scn_forget(g: H4Gen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    a_setup, a_pay = two_asks(g, kind)
    st: dict = {}

    def setup(g: H4Gen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, True, a_setup)

    def forget(g: H4Gen, last: bool) -> None:
        um = g.u(j(g.opener(), g.pick(B.FORGET_ASK).format(fact=kind["fact"], topic=kind["topic"])))
        g.mem_delete(st["mid"], um)
        g.a(g.pick(B.FORGET_OK), bg=False)

    def payoff(g: H4Gen, last: bool) -> None:
        g.u(j(g.opener(), a_pay["q"]))
        if g.chance(0.6):
            g.a(a_pay["reask"], excl={kind["name"]})
            g.u(g.pick(B.GENERIC_OK))
        g.fb_ok(g.a(a_pay["bad"], excl={kind["name"]}), 0.1)

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
    "passing": lambda g, u: scn_known(g, u, "passing"), "memory_query": lambda g, u: scn_known(g, u, "memory_query"),
    "within_ok": scn_within_ok, "change_ok": scn_change_ok, "typo_fix": scn_typo_fix, "bundle": scn_bundle,
    "clarify": scn_clarify, "disagree": scn_disagree, "style_complaint": scn_style_complaint,
    "bigctx": lambda g, u: scn_confusion(g, False), "poison_avoided": scn_poison_avoided, "forget": scn_forget,
}


def build_holdout4(seed: int) -> list[dict]:
    SCENARIO_COUNTS.clear()
    rng = random.Random(f"{seed}:{SPLIT}")
    total = sum(POS_DECK.values())
    sizes = [total // N_USERS + (1 if i < total % N_USERS else 0) for i in range(N_USERS)]
    rng.shuffle(sizes)
    # confusion goes to distinct users first (at most one per user), the rest of the deck is dealt round-robin
    conf = set(rng.sample(range(N_USERS), POS_DECK["confusion"]))
    rest = {k: n for k, n in POS_DECK.items() if k != "confusion"}
    hands = G.deal(rng, rest, [n - (1 if i in conf else 0) for i, n in enumerate(sizes)])
    for i in sorted(conf):
        hands[i].append("confusion")
    records = []
    for ui in range(N_USERS):
        uid = f"{UID_PREFIX}-{ui + 1}"
        urng = random.Random(f"{seed}:{SPLIT}:{uid}")
        pos = hands[ui]
        heavy = "confusion" in pos or urng.random() < 0.4
        g = H4Gen(uid, SPLIT, urng, PerUserIds(uid), clutter="heavy" if heavy else "light")
        g.max_msgs = MAX_MSGS
        neg = urng.sample(NEG_NAMES, NEG_PER_USER + urng.choice([0, 1]))
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
            cur = s
            while cur is not None:
                if all(id(st.fn) in placed for st in cur.steps):
                    SCENARIO_COUNTS[cur.name] += 1
                    break
                cur = cur.fallback
        first = dt.datetime(2026, 9, 1) + dt.timedelta(days=urng.randint(0, 45))
        starts = G.session_starts(urng, n_sess, first, urng.randint(n_sess * 3, 42))
        G.emit(g, plan, starts, MIN_MSGS, MAX_MSGS)
        records.append({"user": uid, "split": SPLIT, "sessions": g.sessions, "feedback": g.feedback, "labels": g.labels})
    return records
