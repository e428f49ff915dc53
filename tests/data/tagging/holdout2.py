"""The blind "holdout2" users (t-h-N) of the labeled tagging corpus.

Written in one later session without looking at the detectors, their tests, the dev tooling or the benchmark
results. Scenario logic and texts are new (holdout2_bank.py); only the low-level engine of generate.py
(Gen: messages, memory ops, feedback; assign; session_starts) is reused. The users are built after all other
users from their own random streams, so every other line of corpus.jsonl stays byte-identical.

Do not read these conversations while developing or tuning the tagger (see README.md, "holdout2").
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable

import generate as eng
import holdout2_bank as B

SPLIT = "holdout2"
N_USERS = 28
MAX_MSGS = 18
CAP_MSGS = 15

KINDS = {k["name"]: {**k, "group": k["name"]} for k in B.KINDS}
CHANGE_KINDS = {k["name"]: {**k, "group": "thesis" if k["name"] == "deadline" else k["name"]} for k in B.CHANGE_KINDS}

# positive scenarios in the whole split (dealt to users from a shuffled deck)
POS_DECK = {
    "recall:write_miss": 10, "recall:retrieval_miss": 10, "recall:ignored": 7, "recall:within": 4,
    "clash:A": 4, "clash:B": 4, "clash:C": 4, "clash:D": 5,
    "poisoning:1": 5, "poisoning:2": 6,
    "distraction": 17,
    "confusion": 17,
}
# fact kinds (and changeable attributes) that would change each other's right answer (a pregnant user's steak,
# wine or zip-line; a blind user's chart colours or captions; bouldering with a fear of heights; a balcony-only
# renter who then buys a house): never given to the same user
CONFLICTS = {
    "pregnancy": {"colour", "caffeine", "alcohol", "heights", "sport"},
    "screenreader": {"colour", "hearing", "fedora", "editor"},
    "heights": {"sport"},
    "balcony": {"housing"},
}
for _a, _bs in list(CONFLICTS.items()):
    for _b in _bs:
        CONFLICTS.setdefault(_b, set()).add(_a)

# scenarios actually placed, by name (filled by build_holdout2, printed by generate.py)
SCENARIO_COUNTS: Counter = Counter()

NEG_NAMES = ["used_well", "remention", "confirm", "emphasis", "change_ok", "bundle", "clarify", "bigctx",
             "poison_avoided", "forget", "irrelevant_ignored", "within_ok"]


def fill(tpl: str, **kw: str) -> str:
    return tpl.format(**kw)


def me_fields(me: str) -> dict:
    low = me if me.startswith(("I ", "I'")) else me[:1].lower() + me[1:]
    return {"me": me, "me_low": low, "me_cap": eng.cap(me)}


class H2Gen(eng.Gen):
    """Gen with holdout2's own glue: greetings, neutral tasks, small talk, clutter."""

    def opener(self) -> str:
        return self.pick(B.OPEN) if not self.n_msgs() else self.pick(B.SHIFT)

    def neutral_tasks(self, not_domain: str | None = None) -> list[dict]:
        return [t for t in B.TASKS if not (set(t["sens"]) & self.user_groups) and t["domain"] != not_domain]

    def fb_ok(self, mid: str, p_up: float = 0.1) -> None:
        r = self.rng.random()
        if r < p_up:
            self.fb(mid, "thumbs_up")
        elif r < p_up + 0.04:
            self.fb(mid, "rating", value=self.rng.choice([4, 5, 5]))
        elif r < p_up + 0.055:
            self.fb(mid, "thumbs_down", comment=self.pick(B.NEG_UNRELATED))

    def task_exchange(self, shift: bool = False, smalltalk_p: float | None = None, task: dict | None = None) -> str:
        t = task or self.fresh_task()
        q = self.pick(t["q"])
        if smalltalk_p is None:
            smalltalk_p = 0.5 if self.clutter == "heavy" else 0.15
        st = self.rng.choice(B.SMALLTALK) if self.chance(smalltalk_p) else None
        pre = self.opener()
        if st:
            pre = (pre + st[0] + " ") if not self.n_msgs() else st[0] + " "
        um = self.u(pre + q)
        am = self.a(t["a"], excl=set(t["sens"]))
        self.fb_ok(am)
        self.asked_tasks.append(t)
        self.sess_topics.append(t["topic"])
        self.sess_task_msgs.append((t, um))
        self.neutral_msgs.append((self.cur["id"], um, pre + q))
        if st:
            self.sess_small.append((st, um))
        if self.n_msgs() + 2 <= self.max_msgs - 6 and self.chance(0.2):
            self.u(self.pick(B.THANKS))
            self.a(self.pick(B.WELCOME), bg=False)
        return am

    def end_session(self) -> None:
        heavy = self.clutter == "heavy"
        for t, um in self.sess_task_msgs:
            if heavy or self.chance(0.2):
                self.mem_add(f"User once asked about {t['topic']}", um, flags={"clutter"}, after=(20, 60))
        for st, um in self.sess_small:
            if heavy or self.chance(0.3):
                self.mem_add(st[1], um, flags={"clutter"}, after=(20, 60))
        last = self.cur["messages"][-1]["id"]
        if heavy:
            have = {m.content for m in self.store.values()}
            for c in self.rng.sample(B.TRIVIA + B.CLUTTER_FILLER, self.rng.randint(1, 3)):
                if c not in have:
                    self.mem_add(c, last, flags={"clutter"}, after=(40, 200))
        if self.sess_topics and (heavy or self.chance(0.2)):
            day = self.cur["started_at"][:10]
            tone = self.rng.choice(["relaxed", "brisk", "chatty", "distracted", "upbeat"])
            content = (f"Chat recap {day}: topics were {', '.join(self.sess_topics)}. Tone {tone}. "
                       f"{self.rng.choice(['No follow-ups agreed.', 'User may return to this.', 'User skimmed the longer answers.', 'Nothing pending.'])} "
                       f"Other things that came up in passing: {self.rng.choice(B.TASKS)['topic']}.")
            self.mem_add(content, last, flags={"clutter"}, after=(30, 120))


# ------------------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------------------


def pick_kind(g: H2Gen, used: set) -> dict | None:
    cands = [k for k in KINDS.values() if k["group"] not in used and not (CONFLICTS.get(k["name"], set()) & used)]
    if not cands:
        return None
    k = g.rng.choice(cands)
    used.add(k["group"])
    used.update(CONFLICTS.get(k["name"], ()))
    return k


def pick_change(g: H2Gen, used: set) -> dict | None:
    cands = [k for k in CHANGE_KINDS.values() if k["group"] not in used]
    if not cands:
        return None
    k = g.rng.choice(cands)
    used.add(k["group"])
    return k


def claim(g: H2Gen, group: str) -> None:
    g.user_groups.add(group)


def tell(g: H2Gen, kind: dict, store: bool, ask: dict | None = None, flags: set | tuple = ("nobg",)) -> tuple[str, str | None]:
    """The user states the fact, on its own or with a first request. Returns (session, memory id)."""
    claim(g, kind["group"])
    t = g.pick(kind["tell"])
    if ask is not None and g.chance(0.45):
        um = g.u(g.opener() + (t if t[-1] in ".!?" else t + ".") + " " + g.pick(ask["q"]))
        mid = g.mem_add(kind["mem"], um, kind["group"], flags=set(flags)) if store else None
        g.a(ask["good"], [mid] if mid else [], excl={kind["group"]})
    else:
        um = g.u(g.opener() + t)
        mid = g.mem_add(kind["mem"], um, kind["group"], flags=set(flags)) if store else None
        am = g.a(g.pick(B.ACK), [mid] if mid and g.chance(0.5) else [], excl={kind["group"]})
        g.fb_ok(am, 0.03)
    return g.cur["id"], mid


def asks2(g: H2Gen, kind: dict) -> tuple[dict, dict]:
    a, b = g.rng.sample(kind["asks"], 2)
    return a, b


def mef(g: H2Gen, kind: dict) -> dict:
    return me_fields(g.rng.choice(kind["me"]))


# ------------------------------------------------------------------------------------------------------------
# positives
# ------------------------------------------------------------------------------------------------------------


def recall_reaction(g: H2Gen, last: bool, fix_text: str, f: dict, ctx2: list[str], within: bool,
                    write_mem: Callable[[str], str | None] | None = None) -> None:
    r = g.rng.random()
    if last and g.can_abandon() and r < 0.12:
        g.abandoned = True
        return
    lst = B.RESTATE_WITHIN if within else B.RESTATE
    if r < 0.62:
        um = g.u(g.pick(lst).format(**f))
    elif r < 0.82:
        um = g.u(g.pick(B.FRUSTRATION) + " " + g.pick(lst).format(**f))
    else:
        return  # no reaction: the user just moves on
    if write_mem:
        mid = write_mem(um)
        if mid:
            ctx2 = ctx2 + [mid]
    g.a(g.pick(B.FIX) + eng.cap(fix_text), ctx2, bg=False)


def scn_recall(g: H2Gen, used: set, diag: str) -> eng.Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    a_setup, a_pay = asks2(g, kind)
    grp = kind["group"]
    st: dict = {}

    def setup(g: H2Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell(g, kind, store=(diag != "write_miss"), ask=a_setup)

    def payoff(g: H2Gen, last: bool) -> None:
        g.u(g.opener() + g.pick(a_pay["q"]))
        text = a_pay["reask"] if g.chance(0.35) else a_pay["bad"]
        ctx = [st["mem"]] if diag == "ignored" else []
        am = g.a(text, ctx, excl={grp})
        g.label(am, "recall", diag, st["sess"])
        g.fb_failure(am, 0.3, comment=g.rng.choice(["It forgot something I told it.", "Not for my situation.", "Generic."]))
        ctx2 = [st["mem"]] if st["mem"] and (diag == "ignored" or g.chance(0.5)) else []
        wm = (lambda src: g.mem_add(kind["mem"], src, grp, flags={"nobg"}) if g.chance(0.5) else None) \
            if diag == "write_miss" else None
        recall_reaction(g, last, a_pay["good"], mef(g, kind), ctx2, False, wm)

    return eng.Scn(f"recall/{diag}", True, [eng.Step(setup, 2), eng.Step(payoff, 4)], {grp})


def scn_recall_within(g: H2Gen, used: set) -> eng.Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    grp = kind["group"]

    def step(g: H2Gen, last: bool) -> None:
        claim(g, grp)
        um = g.u(g.opener() + g.pick(kind["tell"]))
        mid = g.mem_add(kind["mem"], um, grp, flags={"nobg"})
        g.a(g.pick(B.ACK), [mid], excl={grp})
        g.task_exchange(shift=True, smalltalk_p=0.0)
        g.u(g.pick(B.SHIFT) + g.pick(ask["q"]))
        am = g.a(ask["reask"] if g.chance(0.4) else ask["bad"], [mid], excl={grp})
        g.label(am, "recall", "ignored", None)
        g.fb_failure(am, 0.4, comment="I just said this.")
        recall_reaction(g, last, ask["good"], mef(g, kind), [mid], True)

    return eng.Scn("recall/within", True, [eng.Step(step, 9)], {grp})


def scn_clash(g: H2Gen, used: set, variant: str) -> eng.Scn | None:
    kind = pick_change(g, used)
    if not kind:
        return None
    grp = kind["group"]
    ask = g.rng.choice(kind["asks"])
    old, new = kind["old"], kind["new"]
    nf = {"new_me_low": new["me"][:1].lower() + new["me"][1:] if not new["me"].startswith("I ") else new["me"],
          "new_me_cap": eng.cap(new["me"])}
    st: dict = {}

    def tell_old(g: H2Gen, last: bool) -> None:
        claim(g, grp)
        um = g.u(g.opener() + g.pick(old["tell"]))
        st["m_old"] = g.mem_add(old["mem"], um, grp, flags={"nobg"})
        st["s_old"] = g.cur["id"]
        g.a(g.pick(B.ACK), [st["m_old"]] if g.chance(0.4) else [], excl={grp})

    def change(g: H2Gen, last: bool) -> None:
        um = g.u(g.opener() + g.pick(kind["change"]))
        st["s_new"] = g.cur["id"]
        if variant == "A":
            st["m_new"] = g.mem_add(new["mem"], um, grp, flags={"nobg"})
            g.a(g.pick(B.ACK_CHANGE), [st["m_new"]], excl={grp})
        else:
            g.mem_update(st["m_old"], new["mem"], um)
            g.a(g.pick(B.ACK_CHANGE), [st["m_old"]], excl={grp})

    def react(g: H2Gen, last: bool, am: str, same: bool, fix_update: bool) -> None:
        g.fb_failure(am, 0.3, comment="Out of date.", correction=new["mem"])
        if last and g.can_abandon() and g.chance(0.1):
            g.abandoned = True
            return
        if g.chance(0.7):
            um = g.u(g.pick(B.CLASH_REACT_SAME if same else B.CLASH_REACT).format(**nf))
            ctx = [st["m_old"]]
            if fix_update:
                g.mem_update(st["m_old"], new["mem"], um)
            elif variant == "A":
                if g.chance(0.5):
                    g.mem_delete(st["m_old"], um)
                ctx = [st["m_new"]]
            g.a(g.pick(B.FIX) + eng.cap(ask["new"]), ctx, bg=False)

    def payoff(g: H2Gen, last: bool) -> None:
        g.u(g.opener() + ask["q"])
        if variant == "A":
            ctx = [st["m_old"], st["m_new"]]
            g.rng.shuffle(ctx)
            am = g.a(kind["hedge"] if g.chance(0.3) else ask["old"], ctx, excl={grp})
        else:
            am = g.a(ask["old"], [st["m_old"]], excl={grp})
        g.label(am, "clash", None, st["s_new"])
        react(g, last, am, False, False)

    def payoff_same(shape: str) -> Callable[[H2Gen, bool], None]:
        def fn(g: H2Gen, last: bool) -> None:
            chg = g.pick(kind["change"])
            if shape == "B":
                g.u(g.opener() + chg + " " + ask["q"])
            else:
                g.u(g.opener() + chg)
                g.a(g.pick(B.ACK_CHANGE), [], excl={grp})
                g.task_exchange(shift=True, smalltalk_p=0.0)
                g.u(g.pick(B.SHIFT) + ask["q"])
            am = g.a(ask["old"], [st["m_old"]], excl={grp})
            g.label(am, "clash", None, st["s_old"])
            react(g, last, am, shape == "B", True)

        return fn

    if variant in ("A", "C"):
        fb = eng.Scn(f"clash/{variant}->B", True, [eng.Step(tell_old, 2), eng.Step(payoff_same("B"), 4)], {grp})
        return eng.Scn(f"clash/{variant}", True, [eng.Step(tell_old, 2), eng.Step(change, 2), eng.Step(payoff, 4)], {grp}, fallback=fb)
    return eng.Scn(f"clash/{variant}", True, [eng.Step(tell_old, 2), eng.Step(payoff_same(variant), 4 if variant == "B" else 9)], {grp})


def pick_poison(g: H2Gen, used: set, keys: set) -> dict | None:
    cands = [p for p in B.POISONS if p["key"] not in keys and (p["group"] is None or p["group"] not in used)]
    if not cands:
        return None
    p = g.rng.choice(cands)
    keys.add(p["key"])
    if p["group"]:
        used.add(p["group"])
        claim(g, p["group"])
    return p


def poison_setup(g: H2Gen, p: dict, good_memory: bool, st: dict) -> None:
    g.u(g.opener() + p["setup"])
    wrong = g.a(p["wrong"])
    if not good_memory or g.chance(0.5):
        st["mem"] = g.mem_add(p["mem_wrong"], wrong, None, flags={"nobg"})
    corr = g.pick(p["correct"])
    if g.chance(0.3):
        corr = g.pick(B.CORR_PREFIX) + corr
    cu = g.u(corr)
    if good_memory:
        if st.get("mem"):
            g.mem_update(st["mem"], p["mem_right"], cu)
        else:
            st["mem"] = g.mem_add(p["mem_right"], cu, None, flags={"nobg"})
    r = g.rng.random()
    if r < 0.35:
        g.fb(wrong, "correction", correction=p["correction"])
    elif r < 0.6:
        g.fb(wrong, "thumbs_down")
    elif r < 0.7:
        g.fb(wrong, "flag", comment="Incorrect")
    g.a(g.pick(B.POISON_FIX).format(right=eng.cap(p["fix"])), [st["mem"]] if good_memory else [], bg=False)
    st["sess"] = g.cur["id"]


def scn_poison(g: H2Gen, used: set, keys: set, reps: int) -> eng.Scn | None:
    p = pick_poison(g, used, keys)
    if not p:
        return None
    st: dict = {}
    order = list(range(len(p["later"])))
    g.rng.shuffle(order)

    def setup(g: H2Gen, last: bool) -> None:
        poison_setup(g, p, False, st)

    def rep(i: int) -> Callable[[H2Gen, bool], None]:
        def fn(g: H2Gen, last: bool) -> None:
            q, wrong, right = p["later"][order[i % len(order)]]
            g.u(g.opener() + q)
            am = g.a(wrong, [st["mem"]])
            g.label(am, "poisoning", None, st["sess"])
            g.fb_failure(am, 0.3, comment="Wrong again.", correction=p["correction"])
            if last and g.can_abandon() and g.chance(0.1):
                g.abandoned = True
                return
            if g.chance(0.6):
                g.u(g.pick(p["react"] + B.POISON_REACT))
                g.a(g.pick(B.FIX) + eng.cap(right), [st["mem"]], bg=False)
        return fn

    steps = [eng.Step(setup, 4)] + [eng.Step(rep(i), 4) for i in range(reps)]
    fb = eng.Scn("poisoning", True, [eng.Step(setup, 4), eng.Step(rep(0), 4)]) if reps > 1 else None
    return eng.Scn("poisoning", True, steps, set(), fallback=fb)


def scn_distraction(g: H2Gen, used: set) -> eng.Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    st: dict = {}

    def setup(g: H2Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell(g, kind, store=True, ask=g.rng.choice(kind["asks"]), flags=())

    def payoff(g: H2Gen, last: bool) -> None:
        t = g.fresh_task()
        g.u(g.opener() + g.pick(t["q"]))
        g.asked_tasks.append(t)
        g.sess_topics.append(t["topic"])
        drag = g.pick(kind["drag"])
        text = f"{t['a']} {drag}" if g.chance(0.75) else f"{drag} Anyway: {t['a']}"
        am = g.a(text, [st["mem"]], excl={kind["group"]})
        g.label(am, "distraction", None, None)
        r = g.rng.random()
        if r < 0.15:
            g.fb(am, "comment", comment=f"Why mention my {kind['topic']}?")
        elif r < 0.3:
            g.fb(am, "thumbs_down")
        if g.chance(0.35):
            g.u(g.pick(B.DISTRACT_REACT))
            g.a(g.pick(B.DISTRACT_SORRY), bg=False)

    return eng.Scn("distraction", True, [eng.Step(setup, 2), eng.Step(payoff, 4)], {kind["group"]})


def confusion_context(g: H2Gen, n: int) -> list[str]:
    def elig() -> list:
        return [m for m in g.alive() if m.created <= g.now]

    if len(elig()) < n:  # a memory import right before the turn: notes from older chats
        earlier = [x for x in g.neutral_msgs if x[0] != g.cur["id"]]
        g.rng.shuffle(earlier)
        for sid, mid, text in earlier[: n - len(elig())]:
            snippet = text if len(text) <= 80 else text[:77] + "..."
            g.mem_add(f"Imported from an older chat: user wrote “{snippet}”", None, None, flags={"clutter"}, src_session=sid)
            g.cur["memory"][-1]["source"]["message"] = mid
        g.now = max([g.now] + [m.created for m in g.store.values()]) + dt.timedelta(seconds=2)
    if len(elig()) < n:
        prev = g.sessions[-2]["id"] if len(g.sessions) > 1 else g.cur["id"]
        have = {m.content for m in g.store.values()}
        extra = [c for c in B.TRIVIA + B.CLUTTER_FILLER if c not in have]
        for c in g.rng.sample(extra, min(len(extra), n - len(elig()))):
            g.mem_add(c, None, None, flags={"clutter"}, src_session=prev)
        g.now = max([g.now] + [m.created for m in g.store.values()]) + dt.timedelta(seconds=2)
    items = elig()
    g.rng.shuffle(items)
    if g.chance(0.5):
        items.sort(key=lambda m: -len(m.content))
    return [m.id for m in items[:n]]


def scn_confusion(g: H2Gen, positive: bool) -> eng.Scn:
    def step(g: H2Gen, last: bool) -> None:
        n = g.rng.randint(12, 21)
        g.now += dt.timedelta(seconds=3)
        ctx = confusion_context(g, n)
        t = g.fresh_task()
        q = g.pick(t["q"])
        g.u(g.opener() + q)
        g.asked_tasks.append(t)
        g.sess_topics.append(t["topic"])
        if not positive:
            am = g.a(t["a"], ctx, bg=False)
            g.fb_ok(am, 0.15)
            return
        notes = [g.store[i].content for i in g.rng.sample(ctx, 5)]
        others = [x for x in g.asked_tasks if x is not t] or [x for x in B.TASKS if x is not t]
        other = g.rng.choice(others)
        first = t["a"].split(". ")[0].rstrip(".")
        variants = [
            f"There's a lot to weigh up here. From your notes: {notes[0]}; {notes[1]}; {notes[2]}. Given all that, it's "
            f"really a personal call — jot down the pros and cons and go with your gut.",
            "Before I answer, here's what I know so far:\n" + "\n".join(f"- {c}" for c in notes[:4])
            + f"\nWhich of these matters most for your question about {t['topic']}?",
            f"Good question! {other['a']}",
            f"{first}. That said, {notes[0].lower()}, and {notes[1].lower()} — so you may also want to revisit {other['topic']}.",
            f"Hmm, it depends. {notes[0]}. {notes[1]}. {notes[2]}. Maybe start with {other['topic']} and we'll take it from there.",
        ]
        am = g.a(g.rng.choice(variants), ctx, bg=False)
        g.label(am, "confusion", None, None)
        r = g.rng.random()
        if r < 0.4:
            g.fb(am, "thumbs_down")
        elif r < 0.6:
            g.fb(am, "rating", value=g.rng.choice([1, 2]))
        elif r < 0.72:
            g.fb(am, "comment", comment=g.pick(B.CONF_COMMENTS))
        r = g.rng.random()
        if last and g.can_abandon() and r < 0.2:
            if g.chance(0.5):
                g.u(g.pick(B.CONF_QUIT))
            g.abandoned = True
            return
        if r < 0.75:
            g.u(g.pick(B.CONF_REACT).format(topic=t["topic"], q=q))
            g.a(g.pick(B.CONF_FIX).format(answer=t["a"]), bg=False)

    return eng.Scn("confusion" if positive else "neg/bigctx", positive, [eng.Step(step, 4, min_idx=2)])


# ------------------------------------------------------------------------------------------------------------
# look-alike negatives
# ------------------------------------------------------------------------------------------------------------


def scn_fact_payoff(g: H2Gen, used: set, mode: str) -> eng.Scn | None:
    """The fact is told in one session and used well later. Modes: used_well (nothing else), remention (the user
    re-mentions the fact while starting the request, after an unrelated exchange), confirm (the user confirms
    after the correct answer), emphasis (the user restates it for emphasis although the answer was right)."""
    kind = pick_kind(g, used)
    if not kind:
        return None
    a_setup, a_pay = asks2(g, kind)
    grp = kind["group"]
    st: dict = {}

    def setup(g: H2Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell(g, kind, store=True, ask=a_setup, flags=())

    def payoff(g: H2Gen, last: bool) -> None:
        f = mef(g, kind)
        if mode == "remention":
            if g.n_msgs() == 0 or g.chance(0.6):
                g.task_exchange(shift=bool(g.n_msgs()), smalltalk_p=0.0)
            g.u(g.pick(B.REMENTION).format(**f) + g.pick(a_pay["q"]))
        else:
            g.u(g.opener() + g.pick(a_pay["q"]))
        am = g.a(a_pay["good"], [st["mem"]], excl={grp})
        if mode == "confirm":
            g.u(g.pick(B.CONFIRM).format(**f))
            g.a(g.pick(B.CONFIRM_A), bg=False)
            g.fb_ok(am, 0.25)
        elif mode == "emphasis":
            g.u(g.pick(B.EMPHASIS).format(**f))
            g.a(g.pick(B.EMPHASIS_A), [st["mem"]], bg=False)
            g.fb_ok(am, 0.15)
        else:
            r = g.rng.random()
            if r < 0.2:
                g.fb(am, "thumbs_up")
            elif r < 0.28:
                g.fb(am, "comment", comment=g.pick(B.POS_COMMENTS))

    size = 6 if mode == "remention" else 4
    return eng.Scn(f"neg/{mode}", False, [eng.Step(setup, 2), eng.Step(payoff, size)], {grp})


def scn_within_ok(g: H2Gen, used: set) -> eng.Scn | None:
    """The user states a fact, an unrelated exchange follows, then a related request is answered using it."""
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    grp = kind["group"]

    def step(g: H2Gen, last: bool) -> None:
        claim(g, grp)
        um = g.u(g.opener() + g.pick(kind["tell"]))
        mid = g.mem_add(kind["mem"], um, grp, flags={"nobg"})
        g.a(g.pick(B.ACK), [], excl={grp})
        g.task_exchange(shift=True, smalltalk_p=0.0)
        g.u(g.pick(B.SHIFT) + g.pick(ask["q"]))
        am = g.a(ask["good"], [mid], excl={grp})
        g.fb_ok(am, 0.15)

    return eng.Scn("neg/within_ok", False, [eng.Step(step, 7)], {grp})


def scn_change_ok(g: H2Gen, used: set) -> eng.Scn | None:
    kind = pick_change(g, used)
    if not kind:
        return None
    grp = kind["group"]
    ask = g.rng.choice(kind["asks"])
    st: dict = {}

    def old(g: H2Gen, last: bool) -> None:
        claim(g, grp)
        um = g.u(g.opener() + g.pick(kind["old"]["tell"]))
        st["mem"] = g.mem_add(kind["old"]["mem"], um, grp, flags={"nobg"})
        g.a(g.pick(B.ACK), [], excl={grp})

    def change(g: H2Gen, last: bool) -> None:
        um = g.u(g.opener() + g.pick(kind["change"]))
        g.mem_update(st["mem"], kind["new"]["mem"], um)
        g.a(g.pick(B.ACK_CHANGE), [st["mem"]], excl={grp})

    def payoff(g: H2Gen, last: bool) -> None:
        g.u(g.opener() + ask["q"])
        am = g.a(ask["new"], [st["mem"]], excl={grp})
        g.fb_ok(am, 0.2)

    def combined(g: H2Gen, last: bool) -> None:
        um = g.u(g.opener() + g.pick(kind["change"]) + " " + ask["q"])
        g.mem_update(st["mem"], kind["new"]["mem"], um)
        am = g.a(g.pick(B.ACK_CHANGE).rstrip(".") + ". " + ask["new"], [st["mem"]], excl={grp})
        g.fb_ok(am, 0.2)

    fb = eng.Scn("neg/change_ok2", False, [eng.Step(old, 2), eng.Step(combined, 2)], {grp})
    if g.chance(0.4):
        return fb
    return eng.Scn("neg/change_ok", False, [eng.Step(old, 2), eng.Step(change, 2), eng.Step(payoff, 2)], {grp}, fallback=fb)


def scn_bundle(g: H2Gen, used: set) -> eng.Scn | None:
    cands = [b for b in B.BUNDLES if b["group"] not in used]
    if not cands:
        return None
    b = g.rng.choice(cands)
    used.add(b["group"])
    st: dict = {}

    def setup(g: H2Gen, last: bool) -> None:
        claim(g, b["group"])
        um = g.u(g.opener() + b["intro"] + "; ".join(i[0] for i in b["items"]) + ".")
        st["mems"] = [g.mem_add(i[1], um, b["group"]) for i in b["items"]]
        g.a(g.rng.choice(["All noted — that's a really useful overview.", "Got all of that, thanks.",
                          "Great, I've saved the details."]), bg=False)

    def payoff(g: H2Gen, last: bool) -> None:
        g.u(g.opener() + b["ask"])
        ctx = list(st["mems"])
        g.rng.shuffle(ctx)
        am = g.a(b["answer"], ctx, excl={b["group"]})
        g.fb_ok(am, 0.3)

    return eng.Scn("neg/bundle", False, [eng.Step(setup, 2), eng.Step(payoff, 2)], {b["group"]})


def scn_clarify(g: H2Gen, keys: set) -> eng.Scn | None:
    cands = [c for c in B.CLARIFY if c["q"] not in keys]
    if not cands:
        return None
    x = g.rng.choice(cands)
    keys.add(x["q"])

    def step(g: H2Gen, last: bool) -> None:
        g.u(g.opener() + x["q"])
        g.a(x["a"])
        g.u(x["u"])
        am = g.a(x["a2"])
        g.fb_ok(am, 0.15)

    return eng.Scn("neg/clarify", False, [eng.Step(step, 4)])


def scn_poison_avoided(g: H2Gen, used: set, keys: set) -> eng.Scn | None:
    p = pick_poison(g, used, keys)
    if not p:
        return None
    st: dict = {}

    def setup(g: H2Gen, last: bool) -> None:
        poison_setup(g, p, True, st)

    def payoff(g: H2Gen, last: bool) -> None:
        q, _wrong, right = g.rng.choice(p["later"])
        g.u(g.opener() + q)
        am = g.a(right, [st["mem"]])
        g.fb_ok(am, 0.15)

    return eng.Scn("neg/poison_avoided", False, [eng.Step(setup, 4), eng.Step(payoff, 2)])


def scn_forget(g: H2Gen, used: set) -> eng.Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    ask = g.rng.choice(kind["asks"])
    grp = kind["group"]
    st: dict = {}
    forget_lines = [f"Please forget what I said about my {kind['topic']}.", f"Can you delete the {kind['topic']} info from your memory?",
                    f"Actually, don't keep that {kind['topic']} detail on file."]

    def setup(g: H2Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell(g, kind, store=True)

    def forget(g: H2Gen, last: bool) -> None:
        um = g.u(g.opener() + g.pick(forget_lines))
        g.mem_delete(st["mem"], um)
        g.a(g.pick(B.FORGET_ACK), excl={grp})

    def payoff(g: H2Gen, last: bool) -> None:
        g.u(g.opener() + g.pick(ask["q"]))
        am = g.a(ask["bad"], excl={grp})
        g.fb_ok(am, 0.05)

    def both(g: H2Gen, last: bool) -> None:
        forget(g, last)
        payoff(g, last)

    fb = eng.Scn("neg/forget2", False, [eng.Step(setup, 2), eng.Step(both, 4)], {grp})
    return eng.Scn("neg/forget", False, [eng.Step(setup, 2), eng.Step(forget, 2), eng.Step(payoff, 2)], {grp}, fallback=fb)


def scn_irrelevant_ignored(g: H2Gen, used: set) -> eng.Scn | None:
    kind = pick_kind(g, used)
    if not kind:
        return None
    st: dict = {}

    def setup(g: H2Gen, last: bool) -> None:
        st["sess"], st["mem"] = tell(g, kind, store=True, ask=g.rng.choice(kind["asks"]), flags=())

    def payoff(g: H2Gen, last: bool) -> None:
        t = g.fresh_task()
        g.u(g.opener() + g.pick(t["q"]))
        g.asked_tasks.append(t)
        g.sess_topics.append(t["topic"])
        am = g.a(t["a"], [st["mem"]], bg=False)
        g.fb_ok(am)

    return eng.Scn("neg/irrelevant_ignored", False, [eng.Step(setup, 2), eng.Step(payoff, 2)], {kind["group"]})


POS_BUILDERS: dict[str, Callable] = {
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

NEG_BUILDERS: dict[str, Callable] = {
    "used_well": lambda g, used, keys: scn_fact_payoff(g, used, "used_well"),
    "remention": lambda g, used, keys: scn_fact_payoff(g, used, "remention"),
    "confirm": lambda g, used, keys: scn_fact_payoff(g, used, "confirm"),
    "emphasis": lambda g, used, keys: scn_fact_payoff(g, used, "emphasis"),
    "change_ok": lambda g, used, keys: scn_change_ok(g, used),
    "bundle": lambda g, used, keys: scn_bundle(g, used),
    "clarify": lambda g, used, keys: scn_clarify(g, keys),
    "bigctx": lambda g, used, keys: scn_confusion(g, False),
    "poison_avoided": lambda g, used, keys: scn_poison_avoided(g, used, keys),
    "forget": lambda g, used, keys: scn_forget(g, used),
    "irrelevant_ignored": lambda g, used, keys: scn_irrelevant_ignored(g, used),
    "within_ok": lambda g, used, keys: scn_within_ok(g, used),
}


def build_holdout2(seed: int) -> list[dict]:
    rng = random.Random(f"{seed}:holdout2")
    total = sum(POS_DECK.values())
    sizes = [total // N_USERS + (1 if i < total % N_USERS else 0) for i in range(N_USERS)]
    rng.shuffle(sizes)
    hands = eng.deal(rng, POS_DECK, sizes)
    records = []
    for ui in range(N_USERS):
        uid = f"t-h-{ui + 1}"
        urng = random.Random(f"{seed}:holdout2:{uid}")
        pos = hands[ui]
        heavy = "confusion" in pos or urng.random() < 0.4
        g = H2Gen(uid, SPLIT, urng, eng.PerUserIds(uid), clutter="heavy" if heavy else "light",
                  metadata_fn=lambda r: {"channel": r.choice(["web", "ios", "android", "desktop"]), "client": "holdout2"})
        g.max_msgs = MAX_MSGS
        neg = urng.sample(NEG_NAMES, 5)
        if "bigctx" in neg and "confusion" in pos:
            neg.remove("bigctx")
        used: set = set()
        keys: set = set()
        scns = [s for name in pos if (s := POS_BUILDERS[name](g, used, keys))]
        scns += [s for name in neg if (s := NEG_BUILDERS[name](g, used, keys))]
        n_sess = urng.choice([4, 5, 5]) if len(pos) < 4 else urng.choice([5, 5, 6])
        plan = eng.assign(g, scns, n_sess, CAP_MSGS)
        placed = {id(st) for steps in plan for st in steps}
        for s in scns:
            cur = s
            while cur is not None and not any(id(st) in placed for st in cur.steps):
                cur = cur.fallback
            SCENARIO_COUNTS[cur.name if cur else f"(dropped) {s.name}"] += 1
        first = dt.datetime(2026, 5, 4) + dt.timedelta(days=urng.randint(0, 110))
        starts = eng.session_starts(urng, n_sess, first, urng.randint(n_sess * 3, 40))
        eng.emit(g, plan, starts, eng.MIN_MSGS, MAX_MSGS)
        records.append({"user": uid, "split": SPLIT, "sessions": g.sessions, "feedback": g.feedback, "labels": g.labels})
    return records
