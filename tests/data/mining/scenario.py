"""Tiny helpers for writing scenarios by hand (used by written_dev.py / written_holdout.py).

A scenario is one conversation state (earlier sessions + the current session's turns, ending with an assistant
turn) and one or more user reactions to it, each with its own labels.  Reusing a context for a positive and a
negative reaction gives minimal pairs.  Turn lists alternate user/assistant and start with the user.

Label codes: fr=frustration, co=correction, rs=restatement, rp=rephrase, pf=preference; "" = no signal.
"""

CODES = {"fr": "frustration", "co": "correction", "rs": "restatement", "rp": "rephrase", "pf": "preference"}


def S(domain, ctx, *reactions, earlier=()):
    """domain: str; ctx: [user, assistant, user, assistant, ...]; reactions: (message, "co rs", note) tuples;
    earlier: list of earlier sessions, each in the same alternating format as ctx."""
    return {"domain": domain, "ctx": list(ctx), "earlier": [list(s) for s in earlier], "reactions": list(reactions)}


def F(family, split, *scenarios):
    """A template family: scenarios written in one phrasing style; the whole family goes to one split."""
    return {"family": family, "split": split, "scenarios": list(scenarios)}
