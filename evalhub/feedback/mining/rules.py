"""Deterministic baseline detectors: lexicons and patterns, with hard-negative guards.

Each guard exists because a look-alike is common in real chat: quoted text, the user fixing
their own typo, "no" answering a yes/no question, one-off style requests, friendly banter.
"""

from __future__ import annotations

import re

from evalhub.feedback.mining.base import Candidate, Turn, normalize, unquoted
from evalhub.feedback.mining.contrast import correction_cue, declarative_sentences

# --- frustration -------------------------------------------------------------------------------
# Generic negative words count only when aimed at us ("this is useless"), not at the user's things
# ("my printer is useless"); see _aimed_at_others.
_GENERIC_NEGATIVE = re.compile(r"\b(useless|pointless|worthless|terrible|awful|ugh+|argh+)\b", re.IGNORECASE)
_OTHERS = re.compile(
    r"\b(my|our|his|her|their|the) (\w+ ){0,2}(is|are|was|were|got|keeps)\b[^.!?]*$|^\s*(ugh+|argh+)[,.!]* (my|our|the|it'?s a mess|i )|"
    # "that movie was terrible": a demonstrative with a noun names a thing in the world, unless the thing is our output.
    r"\b(that|this|those|these) (?!answer|reply|response|suggestion|advice|explanation|code|command|recipe|list|plan|output|bot)\w+ (is|are|was|were)\b|"
    # ... and so does a negative adjective in front of a noun ("a terrible day"), unless the noun is our output.
    r"\b(useless|pointless|worthless|terrible|awful) (?!answer|reply|response|suggestion|advice|explanation|code|command|recipe|list|plan|output|bot|assistant|ai\b)[a-z]{3,}",
    re.IGNORECASE,
)
# Complaints that a reply is incoherent, off topic or unhelpful: the commonest frustration in real chat logs
# (Self-Feeding, PersonaChat). Typos and dropped apostrophes are the norm there ("doesnt", "doesn", "since").
_NO_SENSE = re.compile(
    r"\b((does|do|did)(n'?t|n`t|n| not) (even |really )?make (any |much |no )?(sense|since)|makes? (no|zero|little) (sense|since)|"
    r"(not|never|aren'?t|isn'?t|wasn'?t) (even )?making (any |much )?(sense|since)|nothing you('re| are) saying (is )?mak\w+ sense|"
    r"(that'?s|that is|this is|how is that|seems|sounds),? ?(so |totally |completely )?(irrelevant|off[- ]topic|random)|, but irrelevant|"
    r"what (does|did|has) (that|this|any of (that|this)) (got )?(have )?to do with|when did we (start )?talk(ing)? about|"
    r"(what|who|why|how) on earth|(you|u) (haven'?t|have not|didn'?t|did not|never) (even )?(answer|respond|repl)\w*|"
    r"i (did not|didn'?t|never) ask (you )?(that|about|for)|(not|never) what (i|we)('?re| are| was| were)? ?(talking|asking|meant|asked)|"
    r"(are|were) (you|u) (even )?listening|(you|u) (are|'re) not (very |being )?(helpful|listening|making)|"
    r"(i'?m|i am) still waiting|(that'?s|this is|what) (nonsense|gibberish|rubbish)|(total|complete|utter) nonsense|"
    r"(that'?s|this is|it'?s) (not|no) help(ful)?( at all)?|(you'?re|you are) (no|not much|not any) help|(doesn'?t|does not|didn'?t) help( at all)?|"
    r"(you|u) (don'?t|do not|never) (understand|get it|listen)|do you even understand|what'?s wrong with you|"
    r"(are|r) (you|u) (kidding|joking|serious)|give me a break|(stop|quit) (repeating|saying that|asking)|"
    r"(so|how|this is|that'?s) (annoying|irritating|infuriating|pathetic|hopeless|absurd)|(this|that|it) is (ridiculous|hopeless|absurd)|"
    r"(so|very|how|that'?s|you'?re) (rude|judgmental|condescending|patronizing)|"
    r"(are you|r u) (a |even )?(bot|robot|broken|drunk|high)\b)",
    re.IGNORECASE,
)
_FRUSTRATION_EXTRA = re.compile(
    r"\b(seriously|come on|makes no sense|make any sense|(that'?s|thats|this is|that is) not what i('?m| am)? ?(meant|mean|talking about|asked|said|was asking)|"
    r"you (just|already) (told|asked|said|gave)|why is (it|this) so hard|straight answer|(great|perfect|wonderful|brilliant|fantastic),? just (great|perfect|wonderful)|"
    r"so helpful\.|thanks for nothing|not again|same (thing|answer|phone|advice|generic \w+) (again|for the \w+ time|you find anywhere)|"
    r"third (broken|wrong|time)|again\?!|(still|again) (not|wrong|broken))\b|[\U0001F620\U0001F621\U0001F624\U0001F92C\U0001F644]",
    re.IGNORECASE,
)
_FRUSTRATION_STRONG = re.compile(
    r"\b(waste of (my )?time|not helpful|unhelpful|not helping|"
    r"you('re| are) not (listening|helping|getting it)|are you (even )?listening|do you even read|"
    r"(this|that|you)('s| is| are) (stupid|ridiculous|garbage|rubbish|a joke)|"
    r"stupid (bot|ai|assistant|answer)|how many times(?! (a|an|per|each|every|should|can|could|do (you|we)|does|is|are|will|would|did (the|it|my))\b)|"
    r"for the (last|hundredth|third|fifth) time|"
    r"i give up|forget it|what a joke|so annoying|this is annoying|frustrat\w*|fed up|sick of (this|you)|"
    r"you keep (saying|doing|giving|ignoring|forgetting|getting)|still (wrong|not (right|working|what i))|"
    r"that'?s not what i asked|read my (message|question)|did you even read|wtf|ffs|omfg|"
    r"are you kidding|"
    # Round 4 (another writer's register): complaints about the reply's emptiness, repetition or honesty, giving up
    # to go elsewhere, and the user pointing at what they literally wrote. Ordinary usage, aimed at the assistant.
    r"how many more times|non-?answer|(tells|told|tell|says|said) me (absolutely )?nothing|broken record|"
    r"(are|r) (you|u) (just |even )?(making (stuff|things|this|that|it) up|doing this on purpose|trolling)|"
    r"(you|this bot|this (ai|assistant|chatbot)) (is |are |'re )?(hopeless|clueless)|you changed nothing|"
    r"how (do|did|could|can) you (get|mess up|screw up) [^.?!]{1,30} wrong|whatever,? i'?ll (just )?(ask|google|look|find|figure|do)|"
    r"i literally (wrote|said|told|gave|put|mentioned|asked)|(so|too|very|super) (generic|vague)|"
    # Round 6 (holdout4 released): pointing at what the message already said, giving up on the exchange, and dry
    # sarcasm about an obvious answer.
    r"(is|it'?s|its|was) (literally |right |all |already )?(there )?in my (first )?(message|msg|question|post|text)|read (the|my) (question|message|msg)|"
    r"(this|that) is going nowhere|what are (you|u) even for|(you|u) (always |still )?(answer|reply) (something|sth) else|"
    r"again (you|u) (don'?t|do not|didn'?t) answer|never would have guessed|groundbreaking|bold move|captain obvious)\b|"
    # how. do. i. get. out: one word at a time is exasperation.
    r"(?-i:(?:^|\s)(?:[a-z]+\. ){3,}[a-z]+\b)|"
    # S P A C E D capitals are shouting.
    r"(?-i:\b([A-Z] ){3,}[A-Z]\b)",
    re.IGNORECASE,
)
# Annoyance words that can be about anything ("so annoying", "frustrating"): about us only when nothing else is their
# subject. "ugh, my teacher still insists it's a planet, so annoying" and "airlines are such a scam, frustrating" are
# about the world; "so annoying, you keep doing this" is about us.
_ANNOYANCE = re.compile(r"^(so annoying|this is annoying|frustrat\w*|fed up|ugh+|argh+|sick of this|seriously)$", re.IGNORECASE)
_AT_WORLD = re.compile(
    r"\b(my|our|his|her|their) (\w+ )?(teacher|boss|landlord|kids?|son|daughter|husband|wife|partner|neighbou?rs?|mom|mum|dad|"
    r"mother|father|sister|brother|bank|flight|doctor|insurance|manager|colleagues?|team|school|cat|dog|baby|back|knee|sleep|"
    r"printer|laptop|phone|car)\b|\b(airlines?|the (bank|airline|weather|traffic|government|council|doctor|hospital|train|bus|"
    r"queue|market|economy|insurance company)|(i )?(haven'?t|have not|can'?t|couldn'?t) (slept|sleep))\b",
    re.IGNORECASE,
)
_AT_US = re.compile(r"\b(you|your|u|ur|yours|this (answer|reply|bot|chat)|that (answer|reply|list|plan))\b", re.IGNORECASE)
_SHOUT = re.compile(r"\b[A-Z]{4,}\b.*\b[A-Z]{4,}\b")
_REPEATED_NO = re.compile(r"^\s*(no[,.!\s]+){2,}", re.IGNORECASE)
_FRIENDLY = re.compile(r"(haha|lol|:\)|😂|😄|just kidding|jk\b)", re.IGNORECASE)


def _mostly_caps(letters: list[str]) -> bool:
    return sum(c.isupper() for c in letters) / len(letters) > 0.7


def _writes_in_caps(turn: Turn) -> bool:
    prev = turn.prev_user
    letters = [c for c in prev.content if c.isalpha()] if prev is not None else []
    return len(letters) >= 8 and _mostly_caps(letters)


class FrustrationDetector:
    name = "rules.frustration"

    def detect(self, turn: Turn) -> list[Candidate]:
        own = unquoted(turn.text)
        hits = [m.group(0) for m in _FRUSTRATION_STRONG.finditer(own)]
        hits += [m.group(0) for m in _FRUSTRATION_EXTRA.finditer(own)]
        hits += [m.group(0) for m in _NO_SENSE.finditer(own)]
        if _GENERIC_NEGATIVE.search(own) and not _OTHERS.search(own):
            hits.append(_GENERIC_NEGATIVE.search(own).group(0))  # type: ignore[union-attr]
        if hits and all(_ANNOYANCE.match(h.strip()) for h in hits) and _AT_WORLD.search(own) and not _AT_US.search(own):
            hits = []  # annoyance about the world, said to us
        score = 0.0
        if hits:
            score = 0.85 + 0.05 * min(len(hits) - 1, 2)
        if _REPEATED_NO.search(own):
            score = max(score, 0.85)
            hits.append("repeated no")
        letters = [c for c in own if c.isalpha()]
        # Capitals are shouting only when this user does not write in capitals anyway.
        if len(letters) >= 8 and _mostly_caps(letters) and not _writes_in_caps(turn):
            score = max(score, 0.85)
            hits.append("all caps")
        if _SHOUT.search(own) and ("!" in own or hits) and not _writes_in_caps(turn):
            score = max(score, 0.8)
            hits.append("shouting")
        if score and _FRIENDLY.search(own) and len(hits) == 1:
            score -= 0.4  # banter, not annoyance
        if score < 0.5 or turn.prev_assistant is None:
            return []
        return [Candidate("frustration", round(min(score, 0.98), 2), f"{', '.join(dict.fromkeys(hits))}: {turn.text[:200]}",
                          self.name, about=turn.prev_assistant)]


# --- correction --------------------------------------------------------------------------------
_CORRECTION = re.compile(
    r"(^\s*(no|nope|wrong|incorrect)\b[,.!:;\s-]+(?!thanks|thank you|problem|worries|need|that'?s (all|it|fine))|"
    r"\b(that'?s|that is|this is|it'?s|you'?re|you are) (wrong|incorrect|not (right|correct|true|accurate))\b|"
    r"\bnot (correct|right|true)\b|\byou (got|have) (it|that|this) wrong\b|\byou misunderstood\b|"
    r"\bthat'?s not (it|what i (said|meant|asked))\b|\bi (said|meant|asked for|wanted) .{1,60},? not\b|"
    r"^\s*actually,? (\w+ly,? )?(it'?s|it is|i'?m|i am|the|my|they|we|that)\b|"
    r"\b(it'?s|that'?s|is|was|has been) (deprecated|outdated|obsolete|discontinued|been removed)\b|"
    r"\b(you'?re|you are) (mistaken|confusing|thinking of)\b|\b(that'?s|that is|this is|it'?s) (false|inaccurate|not (quite )?(so|the case|accurate))\b|"
    r"\bnot quite[,.;:-]|\bwrong again\b|\byou (confused|mixed up|got (the|my) \w+ wrong)\b|\bi never (said|asked|mentioned|wanted)\b|"
    r"\b(that'?s|that was|it was) not what i (said|asked|wrote|ordered)\b|\bno longer (true|the case|available|exists?)\b|"
    r"\b(still|again) (rejecting|rejects|failing|fails|crashing|crashes|broken|throwing|not working|doesn'?t work|the same error)\b|\bno,? i meant\b|\bi never said\b|"
    r"\b(it|that|this|the answer) (should|must) be\b|\bmistake\b|\bthat'?s (outdated|out of date|old info)|"
    # "X, not Y" / "not X - Y": the user swaps a wrong value for the right one.
    r"\b(it'?s|it is|that'?s|mine is|mine'?s|i'?m on|i need|i said|i asked for|i want(ed)?)\b[^.?!]{1,40},? not\b|^\s*not \w+[ ,.;:-]|"
    r"\b(is|are|was)n'?t (correct|right|true|accurate)\b|\bdoes ?n[o']t (work|exist) (that way|like that)?\b|\bdoesn'?t,? though\b|"
    r"\byou mixed (it|them|those) up\b|\bwrong (order|one|number|variety|size|date|day|city|version)\b|"
    r"\byou (just )?said the opposite\b|\bthat'?s (the )?(wrong|not the)\b|\b(won'?t|doesn'?t|does not|will not) work (for me|here)\b|"
    r"^\s*(that'?s|those are|these are|this is|it'?s) [^.?!]{1,40}[.!] +(i (asked|need|wanted|said|meant|have|use|'m on)|[^.?!]{1,40} please)\b|"
    r"\b(that'?s|it'?s|this is) (over|above|under|below|more than|less than|outside) my\b|"
    # Hedged and polite corrections in ordinary English usage.
    r"\b(small|quick|one|minor) correction\b|\bi (don'?t|do not) think (that'?s|that is|this is|it'?s|it is) (right|correct|true|accurate|how)\b|"
    r"\b(have|got) (that|it|this) (slightly |a bit |a little |all )?(off|backwards|the wrong way round|mixed up)\b|"
    r"\bi think you mean\b|^\s*you mean\b|\bthat'?s not how (it|this|that|\w+) works?\b|"
    # Round 4: second-person error verbs ("you swapped two of them", "I think you flipped it", "you forgot to divide by 2")
    # and an outside check disagreeing ("my calculator says 36"), "the other way round / direction".
    r"\byou (swapped|flipped|reversed|inverted|transposed|forgot to|left out|skipped|misread|miscounted|miscalculated)\b|"
    r"\bmy (calculator|math|maths|count|receipt|statement|bank|app) (says|shows|gives|said) (?![^.?!]*\b(too|as well|the same|same thing)\b)[^.?!]*\d|"
    r"\b(that'?s|it'?s|is) the other (way|direction)( round| around)?\b)",
    re.IGNORECASE,
)
_ANSWERING_NO = re.compile(r"^\s*(no|nope|nah)\b", re.IGNORECASE)
_SELF_FIX = re.compile(
    r"\b(sorry|my bad|oops|typo|i mistyped|my mistake|i misspoke|i wrote .{1,40} but|myself|by mistake|"
    r"i (typed|wrote|put|entered|copied|pasted) (it|that|this|\w+) (wrong|incorrectly)|i mis(typed|spelled|wrote|remembered)|"
    r"(i )?changed my mind|change of plans?|on second thought|i got (my|the) \w+ wrong)\b",
    re.IGNORECASE,
)
# "No, I don't like that" / "no way" / "not really, I like football": turning down an offer or answering a
# question about the user's tastes is not a claim that the assistant got something wrong.
_DECLINE = re.compile(
    r"^\s*(no|nope|nah|not really|no way)\b[,.!\s]*((i|we) (do ?n[o']t|do not|would not|wouldn'?t) (like|want|think|care|need)|"
    r"i (like|love|prefer|'?d rather)|(this|that|it) (does not|doesn'?t) work for me|(make|change) it|go on|thanks|$)",
    re.IGNORECASE,
)
_SHORT_NO = re.compile(r"^\s*(no|nope|nah)([,.!\s]+(thanks|thank you|that'?s (all|it|fine)|i'?m good|all good|not yet|not really))*[.!\s]*$", re.IGNORECASE)


# "I don't have an oven" right after a recipe that needs one: the assistant assumed something false about the user.
_DONT_HAVE = re.compile(r"\bi (?:don'?t|do not|no longer) (?:have|own|use) (?:a |an |any )?(?P<thing>[a-z][a-z-]{2,})", re.IGNORECASE)


def _missing_equipment(text: str, prev_assistant: str) -> re.Match[str] | None:
    # Only things the assistant's claims or suggestions need: "i do not have a job" answers "do you have a job?".
    claims = " ".join(declarative_sentences(prev_assistant)).lower()
    for m in _DONT_HAVE.finditer(text):
        if re.search(rf"\b{re.escape(m.group('thing').lower().rstrip('s'))}", claims):
            return m
    return None


class CorrectionDetector:
    name = "rules.correction"

    def detect(self, turn: Turn) -> list[Candidate]:
        prev = turn.prev_assistant
        if prev is None:
            return []
        own = unquoted(turn.text)
        if _SHORT_NO.match(own) or _DECLINE.match(own):
            return []  # "no thanks" / a plain answer to the assistant's question
        match = _CORRECTION.search(own) or _missing_equipment(own, prev.content)
        if match is None:
            cue = correction_cue(own, prev.content)
            if cue is None:
                return []
            return [Candidate("correction", 0.75, f"{cue}: {turn.text[:200]}", "structure.correction", about=prev,
                              details={"correction_text": turn.text})]
        # A question anywhere in the reply ("Does price matter? We can narrow it down.") can be what "no" answers.
        if _ANSWERING_NO.match(match.group(0)) and "?" in prev.content:
            # "No, not yet" answers the assistant's question; only a stronger cue makes it a correction.
            rest = own[match.end():]
            match = _CORRECTION.search(rest)
            if match is None or _ANSWERING_NO.match(match.group(0)) or match.group(0).strip().lower().startswith("not"):
                return []
        if _REPEATED_NO.match(own) and match.start() == 0:
            return []  # "no. no. NO." is exasperation, not a fact being corrected
        if _SELF_FIX.search(own):
            return []  # the user fixing their own words
        score = 0.88 if match.start() < 3 else 0.8
        return [Candidate("correction", score, f"{match.group(0).strip()!r}: {turn.text[:200]}", self.name, about=prev,
                          details={"correction_text": turn.text})]


# --- restatement (marked) ----------------------------------------------------------------------
_RESTATE = re.compile(
    r"\b(as i (told|said|mentioned|explained|wrote)|like i (said|told you|mentioned)|i (already|just) (told|said|mentioned)|"
    r"i told you( already| before)?|i('ve| have) (already )?(told|said|mentioned)|i said (before|earlier|already)|"
    r"(remember|recall)( that)? i|you should (know|remember)|(don'?t|do not) you remember|"
    r"(did|have) you forget|you forgot|for the (second|third|fourth|nth|\w+) time|once again,? i|"
    r"again,? i('m| am| have|'ve)|i keep telling you|as mentioned( before| earlier)?|i mentioned (earlier|before|already|it|that|this)|"
    r"remember (my|that|when|how)|same as (always|before|last time|usual)|in my (first|last|previous|earlier) message|"
    r"i (put|wrote|gave|said) (that|it|this) (in|earlier|before|already)|"
    r"as (stated|noted|specified)( (before|earlier|above))?|i (already|just|clearly) (gave|provided|sent|shared|specified|stated|wrote)|"
    r"i (did|clearly) (say|said|mention|state)|i specified|i('ll| will) repeat|(just )?a reminder|"
    r"(it'?s|that'?s|it was|that was) in my (first|previous|last|original|earlier) (message|question|request)|"
    # Round 4: pointers to where the user already said it, in ordinary usage ("we set that up last time",
    # "it's all in what I wrote above", "I literally wrote it").
    r"(we|i) (talked|spoke|chatted|went over|discussed|covered|set (that|this|it) up|sorted (that|this|it) out)( about)?( (it|that|this))? "
    r"(before|last time|earlier|already|the other day)|"
    r"(in|all in) what i (wrote|said|sent|gave)( you)? (above|earlier|before)|i literally (wrote|said|told|gave|put|mentioned)|"
    r"(it'?s|they'?re|that'?s) right there in my (message|question|request))\b",
    re.IGNORECASE,
)


class MarkedRestatementDetector:
    name = "rules.restatement"

    def detect(self, turn: Turn) -> list[Candidate]:
        match = _RESTATE.search(unquoted(turn.text))
        if match is None:
            return []
        return [Candidate("restatement", 0.9, f"{match.group(0)!r}: {turn.text[:200]}", self.name, about=turn.prev_assistant)]


# --- rephrase (marked) -------------------------------------------------------------------------
_REPHRASE = re.compile(
    r"\b(let me (rephrase|try again|put it (another|differently)|be (more )?clear(er)?)|in other words|"
    r"what i('m| am) (asking|trying to ask|looking for) is|my question (was|is)|i asked (you )?(about|for)|"
    r"i('m| am) asking (about|for)|to be clear|rephras\w+|i('ll| will) ask again|again:|once more:|"
    r"that doesn'?t answer my question|you didn'?t answer|answer (my|the) question|"
    r"i (asked|was asking)( you)? (which|whether|how|what|where|when|why|who|if|to|for|about)|"
    r"what i (want|need|meant|mean|asked) (is|was)|just (tell|give|answer) me|"
    r"^\s*(sure|right|ok(ay)?|yes|yeah|fine|i know|got it|understood|thanks)[,.]? but\b[^.!]*\?|"
    r"^\s*again[:,]|let me ask (it |that |this )?(again|differently|another way)|one more time[:,]|i repeat[:,]|"
    r"(that'?s|that was|that wasn'?t|this isn'?t|that isn'?t) (not )?(my|the) question|you (missed|ignored|skipped) (my|the) (question|request|point)|"
    r"please (just )?answer (my|the) question|(in|into) plain (english|words|language)|i was asking (about|for|whether|if|how|what|which|where|when|why|who))",
    re.IGNORECASE,
)
_THOUGH_Q = re.compile(r"\bthough\?\s*$|\bactually\b[^.?!]*\?\s*$", re.IGNORECASE)
# Pressing for the part the answer left out: "before or after tho", "when though? like what month", "buttons? yes or no",
# "so is it safe or not?", "you never said why". Only in a question or request (a bare "thanks though" presses nothing).
_PRESSING = re.compile(
    r"\b(though|tho)\b\s*([?!.,]|$)|\byes or no\b|\bor not\s*\?|\byou (never|didn'?t|did not|still haven'?t) (say|said|tell|mention|explain|answer)",
    re.IGNORECASE,
)


class MarkedRephraseDetector:
    name = "rules.rephrase"

    def detect(self, turn: Turn) -> list[Candidate]:
        if turn.prev_assistant is None:
            return []
        own = unquoted(turn.text)
        match = _REPHRASE.search(own) or _THOUGH_Q.search(own)
        if match is None and (is_question_or_request(own) or re.search(r"\b(or|which|when|what|how|why)\b", own, re.IGNORECASE)):
            match = _PRESSING.search(own)
        if match is None:
            return []
        related = [turn.prev_user] if turn.prev_user else []
        return [Candidate("rephrase", 0.88, f"{match.group(0)!r}: {turn.text[:200]}", self.name, about=turn.prev_assistant, related=related)]


def is_question_or_request(text: str) -> bool:
    t = normalize(text)
    return "?" in t or bool(re.match(r"^(can|could|would|will|please|how|what|which|where|when|why|who|is|are|do|does|give|tell|show|find|suggest|recommend|help|i need|i want|i'?d like)\b", t))
