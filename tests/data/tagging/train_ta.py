"""The train_ta dev users (t-wa-N): a training writer's users, everyday lives. See README.md ("Round 5").

Built on the engine of generate.py (Gen, Scn/Step, PerUserIds, deal, assign, emit, session_starts) with its own
scenario code and its own text bank (train_ta_bank.py). Built from its own random streams ("<seed>:train_ta" and
"<seed>:train_ta:<user>"), so no other line of corpus.jsonl depends on it.

Reactions to failures are mostly plain: the user re-tells the fact bluntly ("We're on a septic tank."), complains
without naming it ("I'd sleep straight through that."), says nothing, or leaves. Marked re-tellings are rarer.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import generate as G
import train_ta_bank as B
from generate import Gen, PerUserIds, Scn, Step, cap

SPLIT = "dev"
UID_PREFIX = "t-wa"
N_USERS = 28
MIN_MSGS, MAX_MSGS = 4, 18

POS_DECK = {
    "recall:write_miss": 9, "recall:retrieval_miss": 9, "recall:ignored": 7, "recall:within": 5,
    "clash:A": 5, "clash:B": 4, "clash:C": 4, "clash:D": 4,
    "poisoning:1": 7, "poisoning:2": 5,
    "distraction": 17,
    "confusion": 17,
}
NEG_NAMES = ["used_well", "remention", "confirm", "emphasis", "within_ok", "change_ok", "self_correct", "bundle",
             "clarify", "disagree", "bigctx", "poison_avoided", "forget", "irrelevant_ignored"]

SCENARIO_COUNTS: Counter = Counter()


def fx(kind: dict) -> dict:
    f = kind["fact"]
    return {"fact": f, "Fact": cap(f), "topic": kind["topic"]}


class TaGen(Gen):
    """Gen with train_ta's own small talk, neutral tasks, feedback texts and clutter."""

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
# picking kinds / attributes / poisoning cases / bundles, keeping conflicting facts apart
# ------------------------------------------------------------------------------------------------------------


def blocked(tag: str, used: set) -> bool:
    return tag in used or any(tag in c and (c - {tag}) & used for c in B.CONFLICTS)


def pick_kind(g: TaGen, used: set) -> dict | None:
    cands = [k for k in B.KINDS if not blocked(k["name"], used)]
    if not cands:
        return None
    k = g.rng.choice(cands)
    used.add(k["name"])
    g.user_kinds.add(k["name"])
    return k


def pick_attr(g: TaGen, used: set) -> dict | None:
    cands = [a for a in B.ATTRS if "attr:" + a["name"] not in used]
    if not cands:
        return None
    a = g.rng.choice(cands)
    used.add("attr:" + a["name"])
    return a


def pick_poison(g: TaGen, used: set) -> dict | None:
    cands = [p for p in B.POISON if not blocked("poison:" + p["key"], used)]
    if not cands:
        return None
    p = g.rng.choice(cands)
    used.add("poison:" + p["key"])
    return p


def tell(g: TaGen, kind: dict, store: bool) -> tuple[str, str | None]:
    um = g.u(g.lead() + g.pick(kind["tell"]))
    g.a(g.pick(B.ACK_TELL), bg=False)
    mid = g.mem_add(kind["mem"], um, group=kind["name"]) if store else None
    return um, mid


def sid(g: TaGen) -> str:
    return g.cur["id"]


# ------------------------------------------------------------------------------------------------------------
# positives
# ------------------------------------------------------------------------------------------------------------


def recall_react(g: TaGen, kind: dict, ask: dict, am: str, reask: bool, mid: str | None, last: bool) -> None:
    f = fx(kind)
    ctx = [mid] if mid else []
    if reask:
        # the assistant asked for something the user had already said; the user answers with it
        if g.chance(0.6):
            g.u(g.pick(kind["restate"]))
        else:
            g.u(g.pick(B.REASK_ANSWER).format(**f))
        g.a(ask["good"], ctx=ctx)
        if g.chance(0.2):
            g.fb(am, "thumbs_down")
        return
    g.fb_failure(am, comment=g.pick(["Doesn't remember what I told it", "not useful for me", "ignores my situation"]),
                 correction=ask["good"])
    r = g.rng.random()
    if r < 0.12 and last and g.can_abandon():
        g.abandoned = True  # the user just leaves
        return
    if r < 0.3:
        return  # says nothing about it
    if r < 0.65:
        g.u(g.pick(kind["restate"]))  # blunt re-telling, no marker words
    elif r < 0.87:
        g.u(g.pick(kind["complain"]))  # indirect complaint
    else:
        g.u(g.pick(B.RECALL_MARKED).format(**f))
    g.a(g.pick(B.FIX_ANSWER).format(good=ask["good"]), ctx=ctx)


def scn_recall(g: TaGen, used: set, diag: str) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    st: dict = {}

    def setup(g: TaGen, last: bool) -> None:
        st["um"], st["mid"] = tell(g, kind, store=diag != "write_miss")
        st["sess"] = sid(g)

    def payoff(g: TaGen, last: bool) -> None:
        reask = g.chance(0.3)
        g.u(g.opener() + ask["q"])
        ctx = [st["mid"]] if diag == "ignored" else []
        am = g.a(ask["reask"] if reask else ask["bad"], ctx=ctx, excl={kind["name"]})
        g.label(am, "recall", diag, st["sess"])
        recall_react(g, kind, ask, am, reask, st["mid"] if diag != "write_miss" else None, last)

    return Scn(f"recall:{diag}", True, [Step(setup, 2), Step(payoff, 4)], {kind["name"]})


def scn_recall_within(g: TaGen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])

    def step(g: TaGen, last: bool) -> None:
        _, mid = tell(g, kind, store=True)
        g.task_exchange(shift=True)
        g.u(g.pick(["Right, back to my own stuff. ", "OK, next: ", "", ""]) + ask["q"])
        am = g.a(ask["bad"], ctx=[mid])
        g.label(am, "recall", "ignored", None)
        recall_react(g, kind, ask, am, False, mid, last)

    return Scn("recall:within", True, [Step(step, 8)], {kind["name"]})


def scn_clash(g: TaGen, used: set, variant: str) -> Scn | None:
    attr = pick_attr(g, used)
    if not attr:
        return None
    old, new = g.rng.sample(list(attr["vals"]), 2)
    st: dict = {}
    grp = "attr:" + attr["name"]

    def say_old(g: TaGen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["say"]).format(v=old))
        g.a(g.pick(["Noted.", "Got it, thanks.", "Thanks — saved."]), bg=False)
        st["m1"] = g.mem_add(attr["mem"].format(v=old), um, group=grp, flags={"nobg"} if variant != "C" else ())
        st["s_old"] = sid(g)

    def change(g: TaGen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["change"]).format(old=old, new=new))
        g.a(g.pick(["Thanks for the update.", "Nice, noted.", "Got it — updated."]), bg=False)
        st["s_new"] = sid(g)
        if variant == "A":
            st["m2"] = g.mem_add(attr["mem"].format(v=new), um, group=grp)
        else:  # C
            g.mem_update(st["m1"], attr["mem"].format(v=new), um)

    def answer_old(hedge_ok: bool) -> str:
        if hedge_ok and g.chance(0.3):
            return g.pick(B.HEDGE).format(old=old, new=new, ans=attr["vals"][old])
        return attr["vals"][old]

    def react(am: str) -> None:
        g.fb_failure(am, comment="out of date", correction=attr["vals"][new])
        r = g.rng.random()
        if r < 0.45:
            g.u(cap(g.pick(attr["restate"]).format(v=new, old=old)))
        elif r < 0.7:
            g.u(g.pick(B.CLASH_GENERIC).format(new=new, New=cap(new), old=old))
        else:
            return  # no reaction
        # the repair gets the current item only (the new one for A, the updated one for C, none for B/D)
        fix_ctx = [st["m2"]] if variant == "A" else ([st["m1"]] if variant == "C" else [])
        g.a(g.pick(B.CLASH_SORRY).format(new=new) + attr["vals"][new], ctx=fix_ctx, bg=False)

    def payoff(g: TaGen, last: bool) -> None:
        g.u(g.opener() + attr["q"])
        ctx = [st["m1"], st["m2"]] if variant == "A" else [st["m1"]]
        am = g.a(answer_old(variant == "A"), ctx=ctx, excl={grp})
        g.label(am, "clash", None, st["s_new"])
        react(am)

    def payoff_b(g: TaGen, last: bool) -> None:
        g.u(g.opener() + g.pick(attr["change"]).format(old=old, new=new) + " " + attr["q"])
        am = g.a(answer_old(False), ctx=[st["m1"]], excl={grp})
        g.label(am, "clash", None, st["s_old"])
        react(am)

    def payoff_d(g: TaGen, last: bool) -> None:
        g.u(g.lead() + g.pick(attr["change"]).format(old=old, new=new))
        g.a(g.pick(["Good change!", "Sounds good.", "Oh, nice."]), bg=False)
        g.task_exchange(shift=True)
        g.u(g.pick(["Oh, and ", "Also — ", ""]) + attr["q"])
        am = g.a(answer_old(False), ctx=[st["m1"]], excl={grp})
        g.label(am, "clash", None, st["s_old"])
        react(am)

    if variant in ("A", "C"):
        steps = [Step(say_old, 2), Step(change, 2), Step(payoff, 4)]
    elif variant == "B":
        steps = [Step(say_old, 2), Step(payoff_b, 4)]
    else:
        steps = [Step(say_old, 2), Step(payoff_d, 8)]
    return Scn(f"clash:{variant}", True, steps)


def poison_setup(g: TaGen, p: dict, st: dict, good_memory: bool) -> None:
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
    if good_memory:
        st["mid"] = g.mem_add(p["good_mem"], fix, group="poison")
    else:
        st["mid"] = g.mem_add(p["bad_mem"], wrong, group="poison")
    st["sess"] = sid(g)


def scn_poison(g: TaGen, used: set, reps: int) -> Scn | None:
    p = pick_poison(g, used)
    if not p:
        return None
    st: dict = {}

    def setup(g: TaGen, last: bool) -> None:
        poison_setup(g, p, st, False)

    def rep(g: TaGen, last: bool) -> None:
        q, wrong, good = (p["q2"], p["rep"], p["good"]) if not st.get("reps") else p["alt"]
        st["reps"] = st.get("reps", 0) + 1
        g.u(g.opener() + q)
        am = g.a(wrong, ctx=[st["mid"]])
        g.label(am, "poisoning", None, st["sess"])
        r = g.rng.random()
        if r < 0.5:
            g.u(g.pick(B.POISON_REACT) + " " + p["fix"])
            g.a(g.pick(["Sorry — you're right. ", "Apologies. "]) + good, ctx=[st["mid"]])
            if g.chance(0.5):
                g.fb(am, "flag", comment=g.pick(B.POISON_COMMENT))
        elif r < 0.7:
            g.fb(am, "thumbs_down")

    return Scn(f"poisoning:{reps}", True, [Step(setup, 4)] + [Step(rep, 4) for _ in range(reps)])


def scn_distraction(g: TaGen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    st: dict = {}

    def setup(g: TaGen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, store=True)

    def payoff(g: TaGen, last: bool) -> None:
        unused = [t for t in B.TASKS if t not in g.asked_tasks]
        t = g.rng.choice(unused or B.TASKS)
        g.asked_tasks.append(t)
        g.u(g.opener() + g.pick(t["q"]))
        am = g.a(t["a"] + " " + kind["drag"], ctx=[st["mid"]], excl={kind["name"]})
        g.label(am, "distraction")
        r = g.rng.random()
        if r < 0.3:
            g.u(g.pick(B.DISTRACTION_REACT))
            g.a(g.pick(B.DISTRACTION_SORRY), bg=False)
        elif r < 0.5:
            g.fb(am, "thumbs_down")
        elif r < 0.6:
            g.fb(am, "comment", comment="random personal remark, irrelevant")

    return Scn("distraction", True, [Step(setup, 2), Step(payoff, 4)], {kind["name"]})


def big_context(g: TaGen, n: int) -> list[str]:
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


def as_note(content: str) -> str:
    s = content.replace("User's ", "your ").replace("User ", "you ")
    if s.startswith("you "):
        s = s.replace(" they'd ", " you'd ").replace(" they were ", " you were ").replace(" their ", " your ")
    return s[:1].lower() + s[1:] if s[:1].isupper() and not s.startswith(("Chat", "Conversation", "Trivia", "Fun")) else s


def scn_confusion(g: TaGen, positive: bool) -> Scn:
    def step(g: TaGen, last: bool) -> None:
        c = g.rng.choice(B.CONFUSION_Q)
        n = g.rng.randint(12, 20)
        if not g.n_msgs():
            g.task_exchange()
        ctx = big_context(g, n)
        g.u(g.opener() + c["q"])
        if not positive:
            am = g.a(c["good"], ctx=ctx, bg=False)
            g.fb_ok(am, 0.15)
            return
        notes = [as_note(g.store[i].content) for i in g.rng.sample(ctx, 4)]
        old = g.sess_topics[0] if g.sess_topics else (g.asked_tasks[0]["topic"] if g.asked_tasks else notes[3])
        am = g.a(g.pick(B.CONFUSION_BAD).format(n1=notes[0], n2=notes[1], n3=notes[2], n4=notes[3], old=old,
                                                   N1=cap(notes[0]), N2=cap(notes[1]), N3=cap(notes[2])),
                 ctx=ctx, bg=False)
        g.label(am, "confusion")
        r = g.rng.random()
        if r < 0.25:
            g.fb(am, "thumbs_down")
        elif r < 0.4:
            g.fb(am, "rating", value=1)
        if last and g.chance(0.2):
            g.abandoned = True
            return
        if g.chance(0.15):
            g.u(c["q"])  # just asks again, word for word
        else:
            g.u(g.pick(B.CONFUSION_REACT).format(q=c["q"], topic=c["topic"]))
        g.a(c["good"], ctx=ctx[: g.rng.randint(2, 5)], bg=False)

    name = "confusion" if positive else "bigctx"
    return Scn(name, positive, [Step(step, 6, min_idx=2)])


# ------------------------------------------------------------------------------------------------------------
# negatives (all unlabeled)
# ------------------------------------------------------------------------------------------------------------


def scn_known(g: TaGen, used: set, name: str) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    f = fx(kind)
    st: dict = {}

    def setup(g: TaGen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, store=True)

    def payoff(g: TaGen, last: bool) -> None:
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
            g.u(g.pick(B.EMPHASIS).format(**f))
            g.a(g.pick(B.EMPHASIS_ANSWER), ctx=[st["mid"]])
        elif g.chance(0.3):
            g.u(g.pick(B.OK_REPLY))
            g.a(g.pick(B.WELCOME), bg=False)

    def payoff_irrelevant(g: TaGen, last: bool) -> None:
        unused = [t for t in B.TASKS if t not in g.asked_tasks]
        t = g.rng.choice(unused or B.TASKS)
        g.asked_tasks.append(t)
        g.u(g.opener() + g.pick(t["q"]))
        g.fb_ok(g.a(t["a"], ctx=[st["mid"]], bg=False))

    if name == "irrelevant_ignored":
        return Scn(name, False, [Step(setup, 2), Step(payoff_irrelevant, 2)], {kind["name"]})
    return Scn(name, False, [Step(setup, 2), Step(payoff, 6 if name == "remention" else 4)], {kind["name"]})


def scn_within_ok(g: TaGen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])

    def step(g: TaGen, last: bool) -> None:
        _, mid = tell(g, kind, store=True)
        g.task_exchange(shift=True)
        g.u(g.pick(["OK, back to me. ", "Now, ", ""]) + ask["q"])
        g.fb_ok(g.a(ask["good"], ctx=[mid]), 0.2)

    return Scn("within_ok", False, [Step(step, 6)], {kind["name"]})


def scn_change_ok(g: TaGen, used: set) -> Scn | None:
    attr = pick_attr(g, used)
    if not attr:
        return None
    old, new = g.rng.sample(list(attr["vals"]), 2)
    st: dict = {}

    def say_old(g: TaGen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["say"]).format(v=old))
        g.a(g.pick(["Noted.", "Got it."]), bg=False)
        st["m"] = g.mem_add(attr["mem"].format(v=old), um, group="attr:" + attr["name"])

    def change(g: TaGen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["change"]).format(old=old, new=new))
        g.a(g.pick(["Updated, thanks.", "Good to know — noted."]), bg=False)
        g.mem_update(st["m"], attr["mem"].format(v=new), um)

    def payoff(g: TaGen, last: bool) -> None:
        g.u(g.opener() + attr["q"])
        g.fb_ok(g.a(attr["vals"][new], ctx=[st["m"]]), 0.2)

    def combined(g: TaGen, last: bool) -> None:
        um = g.u(g.opener() + g.pick(attr["change"]).format(old=old, new=new) + " " + attr["q"])
        g.mem_update(st["m"], attr["mem"].format(v=new), um)
        g.fb_ok(g.a(attr["vals"][new], ctx=[st["m"]]), 0.2)
        if g.chance(0.4):
            g.u(g.pick(["Yep, that's the new setup.", "Great, that's it.", "Right, thanks."]))
            g.a(g.pick(B.WELCOME), bg=False)

    if g.chance(0.5):
        return Scn("change_ok", False, [Step(say_old, 2), Step(change, 2), Step(payoff, 2)])
    return Scn("change_ok", False, [Step(say_old, 2), Step(combined, 4)])


def scn_self_correct(g: TaGen, used: set) -> Scn | None:
    """The user mistypes a value and corrects it in the next message; the item is updated; later it is used."""
    attr = pick_attr(g, used)
    if not attr:
        return None
    bad, good = g.rng.sample(list(attr["vals"]), 2)
    st: dict = {}

    def say(g: TaGen, last: bool) -> None:
        um = g.u(g.lead() + g.pick(attr["say"]).format(v=bad))
        g.a(g.pick(["Noted.", "Got it, thanks."]), bg=False)
        st["m"] = g.mem_add(attr["mem"].format(v=bad), um, group="attr:" + attr["name"])
        fix = g.u(g.pick(B.SELF_FIX).format(v=good, bad=bad))
        g.a(g.pick(["No problem — fixed.", "Updated.", "Ah, OK — changed it."]), bg=False)
        g.mem_update(st["m"], attr["mem"].format(v=good), fix)

    def payoff(g: TaGen, last: bool) -> None:
        g.u(g.opener() + attr["q"])
        g.fb_ok(g.a(attr["vals"][good], ctx=[st["m"]]), 0.2)

    return Scn("self_correct", False, [Step(say, 4), Step(payoff, 2)])


def scn_bundle(g: TaGen, used: set) -> Scn | None:
    bundles = [b for b in B.BUNDLES if not blocked("bundle:" + b["name"], used)]
    if not bundles:
        return None
    b = g.rng.choice(bundles)
    used.add("bundle:" + b["name"])
    st: dict = {}

    def setup(g: TaGen, last: bool) -> None:
        items = b["items"]
        h = len(items) // 2
        st["ids"] = []
        for i, part in enumerate((items[:h], items[h:])):
            pre = g.pick(["Some details for later: ", "Planning stuff: ", "OK, the details: "]) if i == 0 else \
                g.pick(["Also: ", "And: ", "Oh, and "])
            um = g.u(g.opener() * (i == 0) + pre + "; ".join(fp for _, fp in part) + ".")
            g.a(g.pick(["Got all that.", "Noted, thanks.", "OK, saved."]), bg=False)
            for m, _ in part:
                st["ids"].append(g.mem_add(m, um, flags={"nobg"}))

    def payoff(g: TaGen, last: bool) -> None:
        g.u(g.opener() + b["q"])
        g.fb_ok(g.a(b["a"], ctx=st["ids"], bg=False), 0.3)

    return Scn("bundle", False, [Step(setup, 4), Step(payoff, 2)])


def scn_clarify(g: TaGen, used: set) -> Scn | None:
    c = g.rng.choice([c for c in B.CLARIFY if "clarify:" + c["q"] not in used] or B.CLARIFY)
    used.add("clarify:" + c["q"])

    def step(g: TaGen, last: bool) -> None:
        g.u(g.opener() + c["q"])
        g.a(c["ask"])
        g.u(c["ans"])
        g.fb_ok(g.a(c["a"]), 0.2)

    return Scn("clarify", False, [Step(step, 4)])


def scn_disagree(g: TaGen, used: set) -> Scn | None:
    d = g.rng.choice([d for d in B.DISAGREE if "disagree:" + d["q"] not in used] or B.DISAGREE)
    used.add("disagree:" + d["q"])

    def step(g: TaGen, last: bool) -> None:
        g.u(g.opener() + d["q"])
        g.a(d["a1"])
        g.u(d["push"])
        g.fb_ok(g.a(d["a2"]), 0.2)

    return Scn("disagree", False, [Step(step, 4)])


def scn_poison_avoided(g: TaGen, used: set) -> Scn | None:
    p = pick_poison(g, used)
    if not p:
        return None
    st: dict = {}

    def setup(g: TaGen, last: bool) -> None:
        poison_setup(g, p, st, True)

    def payoff(g: TaGen, last: bool) -> None:
        g.u(g.opener() + p["q2"])
        g.fb_ok(g.a(p["good"], ctx=[st["mid"]]), 0.2)

    return Scn("poison_avoided", False, [Step(setup, 4), Step(payoff, 2)])


def scn_forget(g: TaGen, used: set) -> Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    f = fx(kind)
    st: dict = {}

    def setup(g: TaGen, last: bool) -> None:
        _, st["mid"] = tell(g, kind, store=True)

    def forget(g: TaGen, last: bool) -> None:
        um = g.u(g.opener() + g.pick(B.FORGET_ASK).format(**f))
        g.a(g.pick(B.FORGET_OK), bg=False)
        g.mem_delete(st["mid"], um)

    def payoff(g: TaGen, last: bool) -> None:
        g.u(g.opener() + ask["q"])
        g.a(ask["reask"], excl={kind["name"]})
        g.u(g.pick(B.GENERIC_OK))
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
    "within_ok": scn_within_ok, "change_ok": scn_change_ok, "self_correct": scn_self_correct, "bundle": scn_bundle,
    "clarify": scn_clarify, "disagree": scn_disagree, "bigctx": lambda g, u: scn_confusion(g, False),
    "poison_avoided": scn_poison_avoided, "forget": scn_forget,
}


def build_train_ta(seed: int) -> list[dict]:
    SCENARIO_COUNTS.clear()
    rng = random.Random(f"{seed}:train_ta")
    total = sum(POS_DECK.values())
    sizes = [total // N_USERS + (1 if i < total % N_USERS else 0) for i in range(N_USERS)]
    rng.shuffle(sizes)
    hands = G.deal(rng, POS_DECK, sizes)
    records = []
    for ui in range(N_USERS):
        uid = f"{UID_PREFIX}-{ui + 1}"
        urng = random.Random(f"{seed}:train_ta:{uid}")
        pos = hands[ui]
        heavy = "confusion" in pos or urng.random() < 0.4
        g = TaGen(uid, SPLIT, urng, PerUserIds(uid), clutter="heavy" if heavy else "light")
        g.max_msgs = MAX_MSGS
        neg = urng.sample(NEG_NAMES, 6)
        if "bigctx" in neg and "confusion" in pos:
            neg.remove("bigctx")
        elif "bigctx" not in neg and "confusion" not in pos and urng.random() < 0.35:
            neg.append("bigctx")  # a cluttered user whose big context gets a focused answer
            heavy = True
            g.clutter = "heavy"
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
        first = dt.datetime(2026, 6, 1) + dt.timedelta(days=urng.randint(0, 50))
        starts = G.session_starts(urng, n_sess, first, urng.randint(n_sess * 3, 45))
        G.emit(g, plan, starts, MIN_MSGS, MAX_MSGS)
        records.append({"user": uid, "split": SPLIT, "sessions": g.sessions, "feedback": g.feedback, "labels": g.labels})
    return records
