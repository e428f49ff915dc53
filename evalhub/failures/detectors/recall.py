"""Recall: the answer didn't use something the user had told us, and why (write miss, retrieval miss, ignored).

A turn is suspect when the user restates an earlier fact right after it, the assistant asks for something
the user already gave, or the turn got negative feedback / an apology; the fact is the earlier user
statement that best matches the restatement or the request. Deleted ("forget that") facts don't count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from evalhub.failures.detectors import text as tx
from evalhub.failures.detectors.analysis import CHANGE, Fact, fact_clauses
from evalhub.failures.detectors.base import Candidate, Evidence, MemState, Msg, Turn

# A reply clause restates an earlier fact when this similar (MiniLM) or sharing most of its value words.
RESTATE_SIM = 0.72
RESTATE_VALUE_OVERLAP = 0.6
# An earlier fact is relevant to what the assistant asked / was asked at this similarity.
REASK_RELEVANCE = 0.35
REQUEST_RELEVANCE = 0.45
# A fact re-told together with a new request is a reaction to this turn only when this relevant to it.
RESTATE_RELEVANCE = 0.25
# Without a complaint the re-told fact must bear on the turn at least this much (an unrelated answer didn't need it),
# and an answer sentence this close to the fact served it (tuned by user-grouped cross-validation on dev:
# bench/tagging_recall_cv.py).
RESTATE_RELEVANCE_QUIET = 0.4
SERVED_SIM = 0.45
# A question the user skipped for a new request asked for an earlier fact when this similar to it (tuned by CV as
# above), and a reply this dissimilar to the question doesn't answer it.
REASK_RELEVANCE_UNANSWERED = 0.3
UNANSWERED_SIM = 0.3
# A memory item holds the fact when written from its message, or this similar to it.
ITEM_MATCH_SIM = 0.6
_MARKER = re.compile(
    r"\b(as i (told|said|mentioned)|like i (said|told)|i (already|just) (told|said|mentioned)|i told you|i('ve| have) (already )?(told|said)|"
    r"i said (before|earlier|already)|you should (know|remember)|(don'?t|do not) you remember|you forgot|you never remember|scroll up|"
    r"i mentioned|i literally just|we went over|remember\b|last time|again\b|did you forget|forgot|"
    r"i (said|told you|mentioned) (this|that|it|so)( \w+)? (already|before|earlier|last time)|same as (last time|before|always|ever)|"
    r"(been|gone) (through|over) (this|that)|how many times|didn'?t i (say|tell you|mention)|i did (say|tell you|mention))",
    re.IGNORECASE,
)
# Words of the markers above: a restatement's own frame, never a new request's content.
_MARKER_WORDS = frozenset(tx.values("told said mentioned already just remember forgot forget again last time before know should scroll literally"))
# "You should know this by now": not a change cue.
_BY_NOW = re.compile(r"\b(by|until|till|up to) now\b", re.IGNORECASE)
_REQUEST = re.compile(
    r"^\W*(teach|suggest|give|plan|find|help|write|recommend|tell|show|book|can you|could you|what|how|which|any|"
    r"(i )?need|i'?d like|(i'?m )?looking for|should i|is it|where)\b", re.IGNORECASE,
)
# A question for information about the user ("What field are you in?", "Any allergies?"), not a suggestion ("how about ...?").
_REASK = re.compile(
    r"(\b(what|which|where|when|who|how (much|many|far|long|often|old))\b(?!\s+about)[^.?!]*\byou(r)?\b[^.?!]*\?|"
    r"\b(do|are|have|did) you\b[^.?!]*\?|^\W*(sure|ok|okay|happy to|of course)?\W*any\b[^.?!]*\?)",
    re.IGNORECASE,
)
# An offer ("Do you want the recipe too?") asks what to do next, not for something the user told us.
_OFFER = re.compile(r"\b(do you want|would you like|want me to|like me to|shall i|should i)\b", re.IGNORECASE)
# Agreement that isn't one of the approval openers of `text.APPROVAL` ("Yup", "Correct", "That's it", "Mm-hm").
_AGREE = re.compile(r"^\W*(yup|yeah|yea|correct|right|indeed|true|mm-?hm+|that'?s (it|right|correct)|good|fine|sounds good|looks good)\b",
                    re.IGNORECASE)
# A fact mentioned in passing ("By the way, ...", "Side note: ...", "just so you have it"): not about the answer before.
_IN_PASSING = re.compile(r"\b(by the way|btw|side note|unrelated|random(ly)?(?=,)|just so you (have|know)|in case (it|that) (matters|helps)|"
                         r"for the record|fyi|for future reference)\b", re.IGNORECASE)
# An instruction for the future ("Don't forget it next time either", "Keep it in mind, always"): emphasis, not a reaction.
_FORWARD = re.compile(r"\b(next time|in (the )?future|going forward|from now on|always[.!]|never lose track|keep (that |this |it )?in mind)",
                      re.IGNORECASE)
# Asking for the answer again ("Can you redo it?", "Something else?") is part of the reaction, not a new request.
_REDO = re.compile(r"\b(redo|try again|another (one|option|idea|suggestion)|something else|different (one|option)|instead)\b", re.IGNORECASE)
_SELF = re.compile(r"\b(i'?m|i am|i'?ve|i have|i|my|we|our)\b", re.IGNORECASE)
_FORGET = re.compile(
    r"\b(forget|remove|delete|erase)\s+(my|that|it|this|where|about|the|what|\w+ from)\b|\bdon'?t (store|keep|remember)\b|\bstop remembering\b",
    re.IGNORECASE,
)


# Role of the stand-in message of a fact known only from a memory item.
MEMORY_ROLE = "memory"
_THIRD_PERSON = [
    (r"^(the )?user'?s\b", "My"), (r"^(the )?user (is|was)\b", r"I \2"), (r"^(the )?user (has|had)\b", r"I \2"),
    (r"^(the )?user (\w+?)s\b", r"I \2"), (r"^(the )?user\b", "I"),
]


def first_person(memory: str) -> str:
    """"User lives in Berlin" -> "I live in Berlin", "User is vegetarian" -> "I am vegetarian": the form users re-tell
    facts in, so embeddings and word overlap compare like with like."""
    out = tx.normalize(memory).strip()
    for pattern, repl in _THIRD_PERSON:
        new = re.sub(pattern, repl, out, count=1, flags=re.IGNORECASE)
        if new != out:
            return new.replace("I is ", "I am ", 1)
    return out


def memory_only_facts(turn: Turn, before: datetime) -> list[Fact]:
    """Memory items alive at `before` whose source message is not on record (written from a session that was never
    ingested, or by hand): the user told us, so they are facts recall can miss, in the first person."""
    out = []
    for st in turn.timeline.memory_at(before):
        if st.source_message_ext and st.source_message_ext in turn.timeline.by_ext:
            continue
        if not st.written_at < before:
            continue
        session = st.source_session_ext or st.written_session_ext
        stand_in = Msg(f"{MEMORY_ROLE}:{st.ext_id}", session, MEMORY_ROLE, st.content, st.written_at, -1)
        out.append(Fact(first_person(st.content), stand_in, True))
    return out


@dataclass
class Suspect:
    fact: Fact
    confidence: float
    why: str


@dataclass(frozen=True)
class Reaction:
    """The user's re-telling of an earlier fact right after a turn, read as evidence against that turn."""

    marked: bool  # "as I said", "I told you", "remember"
    apologized: bool  # the assistant's next message apologises
    negative_feedback: bool  # thumbs-down, low rating, flag or correction on the turn
    approving: bool  # "Yep", "Correct", "That's it": agreement, not a complaint
    in_passing: bool  # "by the way", "side note", "just so you have it": not about this turn
    new_request: bool  # the re-telling prefaces a new request: a briefing for that one
    relevance: float  # how much the fact bears on the turn (MiniLM similarity to its request or answer)
    used: bool  # the answer repeats the fact's distinguishing words
    answer_sim: float  # MiniLM similarity of the answer's closest sentence to the fact
    redone: bool = False  # the assistant's next message redoes the answer with the fact ("Have your pacemaker ID card ready ...")

    @property
    def complaint(self) -> bool:
        return self.apologized or self.negative_feedback


def reaction_confidence(r: Reaction, *, quiet_relevance: float | None = None, served_sim: float | None = None) -> float | None:
    """How sure a re-told fact says this turn missed it; None when it says nothing about the turn.

    A complaint (the assistant apologised for the turn, or it got negative feedback) is the strong case: the re-telling
    counts unless it briefs a new request the fact doesn't bear on, or the answer had used the fact and the user only
    repeats it unmarked. Without a complaint only a marked re-telling ("I told you ...") can count, and only when it
    reacts to this turn: the fact bears on the turn, the answer didn't serve it (by its words or its meaning), and it
    isn't agreement, a remark in passing, or a briefing for the next request. That quiet case is kept at a lower
    confidence: on dev no quiet re-telling was a recall failure, so it must be clear-cut."""
    quiet_relevance = RESTATE_RELEVANCE_QUIET if quiet_relevance is None else quiet_relevance
    served_sim = SERVED_SIM if served_sim is None else served_sim
    if r.complaint:
        if (r.new_request and r.relevance < RESTATE_RELEVANCE) or (r.used and not r.marked):
            return None
        conf = 0.8 + (0.05 if r.marked else 0.0) + (0.05 if r.apologized and r.negative_feedback else 0.0)
        return round(min(conf, 0.95), 2)
    if not r.marked or r.used or r.approving or r.in_passing or r.new_request:
        return None
    # The assistant redoing the answer around the fact shows it bore on the turn, whatever the embeddings say.
    if (r.relevance < quiet_relevance and not r.redone) or r.answer_sim >= served_sim:
        return None
    return 0.6


@dataclass(frozen=True)
class ReAsk:
    """The assistant asking for something about the user, and what followed."""

    relevance: float  # MiniLM similarity of the question to the most relevant earlier fact
    replied: bool
    negative_feedback: bool
    unanswered: bool  # the user's next message skips the question for a new request
    used: bool
    answered_with_known: bool = False  # the user answers with the very fact they had given before


def reask_confidence(r: ReAsk, *, unanswered_relevance: float | None = None) -> float | None:
    """A question for what the user had told us is a failure when nothing answered it (no reply, or the user moved on
    to something else) or it was thumbed down; answered with new information, it was a fair clarifying question."""
    unanswered_relevance = REASK_RELEVANCE_UNANSWERED if unanswered_relevance is None else unanswered_relevance
    if r.used:
        return None
    if (r.negative_feedback or not r.replied) and r.relevance >= REASK_RELEVANCE:
        return 0.7 + (0.1 if r.negative_feedback else 0.0)
    if r.unanswered and r.relevance >= unanswered_relevance:
        return 0.65
    if r.answered_with_known and r.relevance >= REASK_RELEVANCE:
        return 0.75  # it asked for what it had been told, and the user had to tell it again
    return None


# PII redaction at ingest replaces names (and words NER takes for names: "Manchester", "max") by "<PERSON>"-style
# placeholders, in one message and not in another: a placeholder is no word of the text, and it hides its names.
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*>")


def _unredacted(text: str) -> str:
    return _PLACEHOLDER.sub(" ", text)


def _key_values(text: str) -> set[str]:
    if _PLACEHOLDER.search(text):  # its names may be hidden: compare numbers only
        text = _unredacted(text)
        return tx.numbers(tx.affirmed(text)) - tx.negated(text)
    return (tx.numbers(tx.affirmed(text)) | set(tx.capitalized(text))) - tx.negated(text)


def _agrees(clause: str, fact: str) -> bool:
    """A restatement repeats the fact's numbers and names; different ones make it an update ("$600 now")."""
    a, b = _key_values(clause), _key_values(fact)
    return not (a and b) or bool(a & b)


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<=[.!?])\s+|:\s+|\s+[—–]\s+", tx.normalize(text)) if c.strip()]


# A statement said as a question ("Um, there's no washing machine at my place?", "I've got a pacemaker?"): a
# re-telling in disbelief, not a request.
_DECLARATIVE = re.compile(r"^\W*((um+|uh+|erm?|well|so|but|hm+)\W+)?(there'?s|there is|i'?m|i am|i'?ve|i have|i|my|we'?re|we|our)\b(?!.*\b(should|can|could|do|would)\b)",
                          re.IGNORECASE)
# A statement with a tag ("I hand in my thesis on 30 April, remember?", "..., right?") asks nothing new.
_TAG_QUESTION = re.compile(r",\s*(remember|right|you know|no|yes|ok(ay)?|correct|didn'?t i|don'?t you)\s*\?+\s*$", re.IGNORECASE)


def _self_statements(text: str) -> list[str]:
    """The clauses of a reply that say something about the user and ask nothing: what a re-telling is made of."""
    return [c for c in _clauses(text) if _SELF.search(c) and not tx.is_question(c)]


def _new_request(text: str, fact: Fact) -> bool:
    """The message also asks for something new: a question or request with words of its own ("Hello?" and
    "Seriously?" or "Didn't I say I'm vegan?" don't count: they carry nothing beyond the fact)."""
    for clause in _clauses(text):
        if _TAG_QUESTION.search(clause):
            continue
        asks = _REQUEST.search(clause)
        if asks or (tx.is_question(clause) and len(tx.values(clause) - tx.values(fact.text) - _MARKER_WORDS) >= 2):
            return True
    return False


# A comment that praises ("Love this, thanks!") is no complaint, though `Feedback.is_negative` counts every comment.
_PRAISE = re.compile(r"\b(love|loved|great|perfect|thanks|thank you|helpful|exactly|spot on|nice|brilliant|awesome|works? (great|well))\b",
                     re.IGNORECASE)


def _objects_to_mention(reply: str) -> bool:
    """"Not sure why you mentioned my asthma there": an objection to what the answer said, not to what it left out
    (unless the user also says they had told us something)."""
    return bool(tx.WHY_MENTION.search(reply)) and not _MARKER.search(reply) and not _IN_PASSING.search(reply)


def _complaint_feedback(turn: Turn) -> bool:
    return any(not (f.type == "comment" and _PRAISE.search(f.comment) and not tx.negated(f.comment)) for f in turn.negative_feedback)


class RecallDetector:
    name = "rules.recall"

    def __init__(self) -> None:
        # (turn, fact, reaction) of every restatement considered, for calibrating `reaction_confidence` on dev.
        self.trace: list[tuple[str, str, Reaction | ReAsk]] | None = None

    def detect(self, turn: Turn) -> list[Candidate]:
        first = turn.request_messages[0].at if turn.request_messages else turn.message.at
        facts = [f for f in turn.analysis.facts if f.message.at < first and f.is_statement and not self._forgotten(turn, f) and not self._not_recall(turn, f)]
        remembered = memory_only_facts(turn, first)
        if not facts and not remembered:
            return []
        # A fact known only from memory (its session was never ingested) has no statement whose relevance a complaint or
        # a question could be weighed against, so it only counts when the user re-tells it: that re-telling is the proof.
        suspect = self._restated(turn, facts + remembered) or self._reasked(turn, facts) or self._complained(turn, facts)
        if suspect is None:
            return []
        return [self._candidate(turn, suspect)]

    # --- signals ------------------------------------------------------------------------------------
    def _restated(self, turn: Turn, facts: list[Fact]) -> Suspect | None:
        reply = turn.reply
        if reply is None:
            return None
        if _FORGET.search(reply.content) or _objects_to_mention(reply.content):
            return None
        marked = bool(_MARKER.search(reply.content))
        # Questions and requests re-tell nothing ("How heavy should my sets be?"), unless marked ("Didn't I say I'm vegan?").
        # A clause of nothing but a frame ("Before I forget.") re-tells nothing.
        clauses = [c for c in _clauses(reply.content) if (_SELF.search(c) or len(tx.values(c)) >= 3) and tx.values(c) - _MARKER_WORDS
                   and not _REQUEST.search(c) and (not tx.is_question(c) or _MARKER.search(c) or _DECLARATIVE.search(c))]
        if not clauses:
            return None
        fact = self._best_restatement(turn, facts, clauses, marked)
        if fact is None:
            return None
        reaction = self._reaction(turn, fact, marked)
        if self.trace is not None:
            self.trace.append((turn.message.ext_id, fact.text, reaction))
        conf = reaction_confidence(reaction)
        if conf is None:
            return None
        return Suspect(fact, conf, "the user had to restate it right after")

    def _reaction(self, turn: Turn, fact: Fact, marked: bool) -> Reaction:
        """What the user's re-telling says about this turn (see `reaction_confidence`)."""
        assert turn.reply is not None
        reply = turn.reply.content
        apologized = turn.follow_up is not None and tx.is_apology(turn.follow_up.content)
        return Reaction(
            marked=marked, apologized=apologized, negative_feedback=_complaint_feedback(turn),
            approving=tx.is_approval(reply) or bool(_AGREE.search(tx.normalize(reply))),
            in_passing=bool(_IN_PASSING.search(reply) or _FORWARD.search(reply)), new_request=_new_request(reply, fact) and not _REDO.search(reply),
            relevance=self._relevance(turn, fact), used=self._used(turn, fact), answer_sim=self._answer_sim(turn, fact),
            redone=self._redone(turn, fact),
        )

    def _redone(self, turn: Turn, fact: Fact) -> bool:
        """The assistant's next message answers the same request again (shares the answer's words) and takes up the fact."""
        follow_up = turn.follow_up
        if follow_up is None or not self._uses(follow_up.content, turn, fact):
            return False
        shared = tx.values(follow_up.content) & tx.values(turn.message.content) - tx.COMMON - tx.values(fact.text)
        return len(shared) >= 2

    def _fact_forms(self, turn: Turn, fact: Fact) -> list[str]:
        """The fact as the user said it, plus the memory items written from its message in first person: users re-tell a
        fact in the words of the gist ("I'm left-handed"), not of the first telling ("I do everything with my left
        hand"), and the memory writer wrote down that gist."""
        forms = [fact.text]
        if fact.message.role != MEMORY_ROLE:
            for item in turn.timeline.items_from(fact.message.ext_id):
                forms.extend(first_person(op.content) for op in item.ops if op.content and op.at <= turn.message.at)
        return list(dict.fromkeys(forms))

    def _best_restatement(self, turn: Turn, facts: list[Fact], clauses: list[str], marked: bool) -> Fact | None:
        sem = turn.analysis.sem
        best: tuple[float, Fact] | None = None
        # "X now" anywhere in the reply makes a fact with other values an update, not something re-told.
        # (Not in a marker: "We went over this" changes nothing.)
        changed = bool(CHANGE.search(_MARKER.sub(" ", _BY_NOW.sub(" ", turn.reply.content)))) if turn.reply else False
        reply_values = tx.values(turn.reply.content) if turn.reply else frozenset()
        request_values = tx.values(turn.request)
        forms = {id(f): self._fact_forms(turn, f) for f in facts}
        for clause in clauses:
            clause_values = tx.values(clause)
            # Unmarked restatements share words with what they restate; only a marked one is compared with every fact.
            pool = [(f, form) for f in facts for form in forms[id(f)] if marked or tx.values(form) & clause_values]
            sims = sem.sims(clause, [form for _, form in pool])
            for (fact, form), sim in zip(pool, sims, strict=True):
                if not _agrees(clause, form) or (changed and tx.values(fact.text) - reply_values):
                    continue  # different numbers/names, or "X now" replacing the fact: an update, not a restatement
                if tx.negated(clause) & (tx.values(form) - tx.negated(form)):
                    continue  # "an accountant, not a nurse" denies the fact instead of re-telling it ("no lift" in both is agreement)
                vals = tx.values(form) - request_values
                # Any of the fact's words the request didn't bring up (overlap(a, b) is the share of a found in b).
                value_overlap = tx.overlap(clause_values & vals, vals) if vals else 0.0
                # Ties between forms (one memory gist for every clause of a message) go to the clause re-told.
                score = sim + (0.15 if value_overlap >= RESTATE_VALUE_OVERLAP else 0.0) + (0.01 if form == fact.text else 0.0)
                if (sim >= RESTATE_SIM or (value_overlap >= RESTATE_VALUE_OVERLAP and sim >= 0.45)) and (best is None or score > best[0]):
                    best = (score, fact)
        return best[1] if best else None

    def _relevance(self, turn: Turn, fact: Fact) -> float:
        """How much the fact bears on this turn: its similarity to the request or to the answer."""
        sem = turn.analysis.sem
        return max(sem.sim(fact.text, turn.request), sem.sim(fact.text, turn.message.content))

    def _reasked(self, turn: Turn, facts: list[Fact]) -> Suspect | None:
        answer = turn.message.content
        # Whole sentences: "What equipment do you have — oven, hob, microwave?" is one question.
        sentences = [c.strip() for c in re.split(r"(?<=[.!?])\s+", tx.normalize(answer)) if c.strip()]
        question = next((c for c in _clauses(answer) + sentences if _REASK.search(c) and not _OFFER.search(c)), None)
        retold = self._told_again(turn, facts, sentences)
        if retold is not None:
            return retold
        if question is None:
            # Any other question ("Which instrument is this for?") is a re-ask only if the user answers it with what
            # they had already said.
            question = next((c for c in sentences if tx.is_question(c) and not _OFFER.search(c)), None)
            if question is None:
                return None
            fact, rel = self._most_relevant(turn, facts, question)
            if fact is None or rel < REASK_RELEVANCE or self._used(turn, fact) or not self._answered_with_known(turn, facts, fact):
                return None
            return Suspect(fact, 0.75, "the assistant asked for it again")
        fact, rel = self._most_relevant(turn, facts, question)
        if fact is None:
            return None
        reask = ReAsk(relevance=rel, replied=turn.reply is not None, negative_feedback=_complaint_feedback(turn),
                      unanswered=turn.reply is not None and self._unanswered(turn, question, fact), used=self._used(turn, fact),
                      answered_with_known=self._answered_with_known(turn, facts, fact))
        if self.trace is not None:
            self.trace.append((turn.message.ext_id, fact.text, reask))
        conf = reask_confidence(reask)
        return Suspect(fact, conf, "the assistant asked for it again") if conf is not None else None

    def _told_again(self, turn: Turn, facts: list[Fact], sentences: list[str]) -> Suspect | None:
        """The assistant asked a question and the user answered it with a fact they had given before, saying so ("I'm
        left-handed — same as last time", "I already told you: I keep bees"): the question asked for what it had been
        told. Without the marker an answer re-telling a fact is only a re-ask when the question was about that fact."""
        reply = turn.reply
        if reply is None or not _MARKER.search(reply.content) or _REQUEST.search(reply.content) or any(
                tx.is_question(c) and len(tx.values(c) - _MARKER_WORDS) >= 2 for c in _clauses(reply.content) if not _MARKER.search(c)):
            return None
        if not any(tx.is_question(c) and not _OFFER.search(c) for c in sentences):
            return None
        clauses = _self_statements(reply.content)
        fact = self._best_restatement(turn, facts, clauses, marked=True) if clauses else None
        if fact is None or self._used(turn, fact):
            return None
        return Suspect(fact, 0.75, "the assistant asked for it again")

    def _answered_with_known(self, turn: Turn, facts: list[Fact], fact: Fact) -> bool:
        """The user's answer to the question re-tells `fact` (the earlier statement it asked for), with nothing new:
        a clarifying question answered with new information is fair, one answered with old information is a re-ask."""
        reply = turn.reply
        if reply is None or tx.is_question(reply.content) or _REQUEST.search(reply.content):
            return False
        clauses = _self_statements(reply.content)
        return bool(clauses) and self._best_restatement(turn, [fact], clauses, marked=True) is fact

    def _unanswered(self, turn: Turn, question: str, fact: Fact) -> bool:
        """The user's next message skips the question for a new one ("Which airport?" -> "How do I prep for a blood
        test?"): nothing in it answers the question or gives the fact."""
        assert turn.reply is not None
        reply = turn.reply.content
        if not (_REQUEST.search(reply) or tx.is_question(reply)) or _MARKER.search(reply):
            return False
        shared = tx.values(reply) & (tx.values(question) | tx.values(fact.text))
        return not shared and turn.analysis.sem.sim(reply, question) < UNANSWERED_SIM

    def _complained(self, turn: Turn, facts: list[Fact]) -> Suspect | None:
        apologized = turn.follow_up is not None and tx.is_apology(turn.follow_up.content)
        if not (_complaint_feedback(turn) or apologized) or any(is_self for _, is_self in fact_clauses(turn.request)):
            return None  # no complaint, or the request carried its own facts (then those are what went wrong)
        if turn.reply is not None and _objects_to_mention(turn.reply.content):
            return None  # the user objected to something the answer brought up: distraction's case, not a missed fact
        repaired = self._repaired_with(turn, facts) if apologized else None
        if repaired is not None:
            return Suspect(repaired, 0.75, "the answer after the user's objection used it")
        fact, rel = self._most_relevant(turn, facts, turn.request)
        if fact is None or rel < REQUEST_RELEVANCE or self._used(turn, fact):
            return None
        # A reply that corrects something else names what went wrong ("Rent is $1,800, not $2,100"): not this fact.
        # A turn corrected as wrong ("That's wrong") said something false: recall only when the correction is about the fact.
        reply = turn.reply.content if turn.reply is not None else ""
        fact_values = tx.values(_unredacted(fact.text))
        if tx.negated(reply) and not tx.values(reply) & fact_values:
            return None
        if any(c.message.ext_id == turn.message.ext_id and not tx.values(_unredacted(c.correction)) & fact_values for c in turn.analysis.corrected):
            return None
        # Feedback alone can be about anything ("Too long"); an answer that served the fact in other words wasn't a miss.
        if not apologized and self._answer_sim(turn, fact) >= SERVED_SIM:
            return None
        return Suspect(fact, 0.6 + (0.1 if apologized else 0.0), "the answer got negative feedback without using it")

    def _repaired_with(self, turn: Turn, facts: list[Fact]) -> Fact | None:
        """The fact the assistant's repair uses and the judged answer didn't: "Mum's on a frame." -> "Ah, right. Keep it
        step-free for your mum: ..." shows which earlier fact the first answer missed, however the user put it. Only
        when exactly one such fact bears on the repair (several mean the repair drew on a profile, not on one miss)."""
        follow_up = turn.follow_up
        if follow_up is None:
            return None
        # A clause of a message about the user counts as theirs ("We're not on mains drainage — the house has its own
        # septic tank").
        own = {f.message.ext_id for f in facts if f.is_self}
        used_later = [f for f in facts if (f.is_self or f.message.ext_id in own) and self._uses(follow_up.content, turn, f) and not self._used(turn, f)]
        if not used_later:
            return None
        messages = {f.message.ext_id for f in used_later}
        if len(messages) > 1:
            return None
        sims = turn.analysis.sem.sims(follow_up.content, [f.text for f in used_later])
        return used_later[max(range(len(sims)), key=lambda k: sims[k])]

    def _uses(self, text: str, turn: Turn, fact: Fact) -> bool:
        """Does the repair `text` take up the fact: one of its distinguishing words that neither the request nor the
        judged answer brought up ("your mum" for "My mum lives with us and uses a walking frame")? One word is enough
        here, because the repair came right after the user's objection and only one earlier fact may match."""
        # The parts of a compound count too: "your water" takes up "a very hard-water area".
        fact_terms = tx.values(_unredacted(fact.text)) | tx.compound_forms(_unredacted(fact.text))
        vals = (fact_terms - tx.mention_terms(_unredacted(turn.request)) - tx.mention_terms(_unredacted(turn.message.content))
                - tx.COMMON - tx.FRAME)
        # The repair's own apology ("Sorry, that was out of place") is no word of a fact ("Sorry, I meant KeePassXC").
        said = tx.mention_terms(_unredacted(tx.APOLOGY.sub(" ", tx.normalize(text))))
        return any(len(v) >= 3 for v in vals & said)

    # --- helpers ------------------------------------------------------------------------------------
    def _most_relevant(self, turn: Turn, facts: list[Fact], text: str) -> tuple[Fact | None, float]:
        candidates = [f for f in facts if f.is_self]
        sims = turn.analysis.sem.sims(text, [f.text for f in candidates])
        if not sims:
            return None, 0.0
        i = max(range(len(sims)), key=lambda k: sims[k])
        return candidates[i], sims[i]

    def _used(self, turn: Turn, fact: Fact) -> bool:
        """The answer uses the fact, or the request restated it (then the user supplied it and nothing was missed).

        Most of its distinguishing words count, or one of its names or numbers the request didn't bring up ("For Go:
        ..." for "I mostly code in Go"); one ordinary word doesn't ("Which airport will you fly from?" doesn't use
        "I always fly out of Manchester", and "a peanut satay" doesn't use "I'm allergic to peanuts")."""
        text = _unredacted(fact.text)
        request = tx.mention_terms(_unredacted(turn.request))
        vals = tx.values(text) - request
        if not vals:
            return True
        # A question to the user names values as options ("Do you have a garden, or a balcony?"): asking is not using.
        answer = " ".join(c for c in re.split(r"(?<=[.!?])\s+", tx.normalize(_unredacted(turn.message.content)))
                          if not (_REASK.search(c) and not _OFFER.search(c)))
        said = tx.mention_terms(answer)
        # A value the fact denies ("No washing machine") is used only by an answer that denies it too, not by "put it in your
        # machine".
        denied = tx.negated(text)
        said = (said - denied) | (said & denied & tx.negated(answer))
        if tx.overlap(vals, said) >= 0.5:
            return True
        names = {w for w in tx.capitalized(text) | tx.numbers(tx.values(text)) if w not in tx.FRAME and w not in tx.COMMON}
        return bool((names - request) & said)

    def _answer_sim(self, turn: Turn, fact: Fact) -> float:
        """How close the answer's closest sentence comes to the fact in memory form (an answer that serves the fact
        sits near it: "Wednesday at 6:15pm" for "only free after 6pm on weekdays")."""
        sents = tx.sentences(turn.message.content) or [turn.message.content]
        return max(turn.analysis.sem.sims(tx.as_memory(fact.text), sents), default=0.0)

    def _not_recall(self, turn: Turn, fact: Fact) -> bool:
        """Statements whose misses are another type's: a user's correction of an assistant claim about the world
        ("Pretty sure --soft keeps them staged") is poisoning material, and a changed value ("I train on weekends
        now") missed while the item it replaced was injected is a clash (the old value won); when those detectors
        can't tell, recall must not guess."""
        if not fact.is_self and any(c.reply_ext == fact.message.ext_id for c in turn.analysis.corrected):
            return True
        injected = {st.ext_id for st in turn.context}
        return any(s.message_ext == fact.message.ext_id and s.item_ext in injected for s in turn.analysis.supersessions)

    def _forgotten(self, turn: Turn, fact: Fact) -> bool:
        """The user asked to forget it (or a delete op removed the item holding it) before this turn."""
        if any(item.deleted_between(fact.message.at, turn.message.at) for item in turn.timeline.items_from(fact.message.ext_id)):
            return True
        later = [m for m in turn.timeline.messages() if m.role == "user" and fact.message.at < m.at < turn.message.at and _FORGET.search(m.content)]
        # Everyday words don't tie them ("don't keep that caffeine detail" is not about "I keep a tropical tank").
        return any(turn.analysis.sem.sim(m.content, fact.text) >= 0.4 or (tx.values(m.content) & tx.values(fact.text)) - tx.COMMON for m in later)

    def _items_holding(self, turn: Turn, fact: Fact) -> list[MemState]:
        out = []
        for st in turn.timeline.memory_at(turn.message.at):
            if st.source_message_ext == fact.message.ext_id or f"{MEMORY_ROLE}:{st.ext_id}" == fact.message.ext_id or turn.analysis.sem.sim(st.content, fact.text) >= ITEM_MATCH_SIM:
                out.append(st)
        return out

    def _candidate(self, turn: Turn, suspect: Suspect) -> Candidate:
        fact = suspect.fact
        holding = self._items_holding(turn, fact)
        injected = {st.ext_id for st in turn.context}
        in_context = [st for st in holding if st.ext_id in injected]
        diagnosis = "ignored" if in_context else "retrieval_miss" if holding else "write_miss"
        ev = Evidence()
        if fact.message.role != MEMORY_ROLE:
            ev.add_message(fact.message, "where the user gave the fact")
        if turn.reply is not None and suspect.why.startswith("the user had to restate"):
            ev.add_message(turn.reply, "the user restating it")
        for st in in_context or holding:
            ev.add_memory(st, "holds the fact", injected=st.ext_id in injected)
        earlier = fact.session_ext if fact.session_ext != turn.session.ext_id else None
        ev.add_session(earlier)
        where = f"in {fact.session_ext}" if earlier else "earlier in this session"
        if fact.message.role == MEMORY_ROLE:
            where = f"in {fact.session_ext} (known from memory; that message was not ingested)" if earlier else "(known from memory only)"
        why = {"write_miss": "it was never written to memory", "retrieval_miss": "it was in memory but not injected into this turn",
               "ignored": "it was injected but the answer ignored it"}[diagnosis]
        return Candidate(
            "recall", round(min(suspect.confidence, 0.95), 2),
            f"The user said \"{tx.quote(fact.text, 90)}\" {where}; {suspect.why}, and {why}.",
            self.name, ev, diagnosis=diagnosis, evidence_session=earlier,
            details={"fact": fact.text, "fact_message": fact.message.ext_id, "memory": [st.ext_id for st in holding], "attribute_text": fact.text},
        )
