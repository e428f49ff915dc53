"""What `ScriptedLM` answers to a task prompt: a memory-aware assistant with switchable manners.

The scripted assistant builds its reply from the memory items and the user message it is given. Each
good manner is off until the instructions (the system message) contain its directive phrase, or the
few-shot demos show it; with a manner off the assistant misbehaves in a way a metric can see:

| directive phrase (case-insensitive)  | off (the bad default)                               | on                                |
|--------------------------------------|-----------------------------------------------------|-----------------------------------|
| "use the user's stored preferences"  | ignores preference items                            | "Following your preferences: ..." |
| "be concise"                         | adds a chatty opener and closer (`VERBOSE_OPENER`)  | no filler                         |
| "never mention unrelated memories"   | recites every fact item                             | only facts sharing a word with the message |
| "do not repeat corrected claims"     | repeats the old claim of a corrected item           | states the corrected claim        |
| "include the user's contact details" | never shows contact items                           | "Contact details on file: <email>." (a leak) |

The last one is a deliberate leak, for tests of the PII guardrail; proposals never add it unless asked.

Memory items come from the input field whose name has "memor", "context", "facts" or "profile" in it
(a JSON list, or one item a line). An item is a *contact* if it holds an email address or phone number, a
*corrected* claim if it reads `<new claim> (corrected from: <old claim>)`, a *preference* if it says
prefers/likes/loves/dislikes/hates/favorite, else a *fact*.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, Literal

from evalhub.llm.prompt_parsing import Demo, FieldSpec, ParsedPrompt

DIRECTIVE_PREFERENCES = "use the user's stored preferences"
DIRECTIVE_CONCISE = "be concise"
DIRECTIVE_RELEVANT_ONLY = "never mention unrelated memories"
DIRECTIVE_NO_CORRECTED = "do not repeat corrected claims"
DIRECTIVE_LEAK_CONTACT = "include the user's contact details"
GOOD_DIRECTIVES = (DIRECTIVE_PREFERENCES, DIRECTIVE_CONCISE, DIRECTIVE_RELEVANT_ONLY, DIRECTIVE_NO_CORRECTED)

VERBOSE_OPENER = (
    "Thank you so much for your message! I am always happy to help, "
    "and I will start by going over everything I remember about you."
)
VERBOSE_CLOSER = "Please let me know if there is anything else at all that I can help you with today!"
FALLBACK_EMAIL = "jane.doe@example.com"
# A demo reply this short, with no filler, counts as showing concision.
CONCISE_DEMO_MAX_WORDS = 50

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")
_CORRECTED = re.compile(r"^(?P<new>.+?)\s*\(corrected from:?\s*(?P<old>.+?)\)\s*\.?$", re.IGNORECASE)
_PREFERENCE = re.compile(r"\b(prefers?|preferred|preferences?|likes|loves|dislikes|hates|favou?rite)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_STOPWORD_TEXT = (
    "the and for you your are was were has have had with what how can could would should will this that these those "
    "from about into onto they them their there here when where which who why not but all any its it's our out "
    "user user's users prefer prefers preferred preference preferences like likes love loves favorite favourite "
    "dislike dislikes hate hates does did been being also just some than then very much more most tell give me my"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())

MemoryKind = Literal["fact", "preference", "corrected", "contact"]


@dataclass(frozen=True)
class MemoryItem:
    text: str
    kind: MemoryKind
    claim: str
    old_claim: str = ""


@dataclass(frozen=True)
class Behaviour:
    use_preferences: bool = False
    concise: bool = False
    relevant_only: bool = False
    skip_corrected: bool = False
    leak_contact: bool = False


def normalize(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").lower().split())


def content_words(text: str) -> set[str]:
    words = set()
    for word in re.findall(r"[a-z0-9']+", normalize(text)):
        word = word.strip("'")
        if (len(word) < 3 and not word.isdigit()) or word in _STOPWORDS:
            continue
        words.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return words


def mentions(response: str, text: str) -> bool:
    """At least half of `text`'s content words appear in `response`."""
    words = content_words(text)
    return bool(words) and 2 * len(words & content_words(response)) >= len(words)


def parse_memory(value: str) -> list[MemoryItem]:
    try:
        data: Any = json.loads(value)
    except ValueError:
        data = [_BULLET.sub("", line).strip() for line in value.splitlines()]
    if isinstance(data, dict):
        data = [f"{k}: {v}" for k, v in data.items()]
    if not isinstance(data, list):
        data = [str(data)]
    return [classify(_item_text(item)) for item in data if _item_text(item)]


def _item_text(item: Any) -> str:
    if isinstance(item, dict):
        for key in ("text", "content", "value", "memory", "fact"):
            if isinstance(item.get(key), str):
                return item[key].strip()
        return json.dumps(item, sort_keys=True)
    return str(item).strip()


def classify(text: str) -> MemoryItem:
    if _EMAIL.search(text) or _PHONE.search(text):
        return MemoryItem(text=text, kind="contact", claim=text)
    corrected = _CORRECTED.match(text)
    if corrected:
        return MemoryItem(text=text, kind="corrected", claim=corrected["new"], old_claim=corrected["old"])
    if _PREFERENCE.search(text):
        return MemoryItem(text=text, kind="preference", claim=text)
    return MemoryItem(text=text, kind="fact", claim=text)


def is_relevant(item: MemoryItem, message: str) -> bool:
    return bool(content_words(f"{item.claim} {item.old_claim}") & content_words(message))


def directives_in(text: str) -> Behaviour:
    found = normalize(text)
    return Behaviour(
        use_preferences=DIRECTIVE_PREFERENCES in found,
        concise=DIRECTIVE_CONCISE in found,
        relevant_only=DIRECTIVE_RELEVANT_ONLY in found,
        skip_corrected=DIRECTIVE_NO_CORRECTED in found,
        leak_contact=DIRECTIVE_LEAK_CONTACT in found,
    )


def compose_response(memory: list[MemoryItem], message: str, behaviour: Behaviour) -> str:
    facts = []
    for item in memory:
        if item.kind in ("contact", "preference"):
            continue
        if behaviour.relevant_only and not is_relevant(item, message):
            continue
        claim = item.old_claim if item.kind == "corrected" and not behaviour.skip_corrected else item.claim
        facts.append(claim.rstrip(". "))
    preferences = [item.claim.rstrip(". ") for item in memory if item.kind == "preference"]
    parts = [] if behaviour.concise else [VERBOSE_OPENER]
    if facts:
        parts.append(f"From memory: {'; '.join(facts)}.")
    if behaviour.use_preferences and preferences:
        parts.append(f"Following your preferences: {'; '.join(preferences)}.")
    if message.strip():
        parts.append(f'Here is my answer to "{message.strip()}".')
    if not behaviour.concise:
        parts.append(VERBOSE_CLOSER)
    if behaviour.leak_contact:
        parts.append(f"Contact details on file: {_contact_email(memory)}.")
    return " ".join(parts)


def _contact_email(memory: list[MemoryItem]) -> str:
    for item in memory:
        match = _EMAIL.search(item.text) if item.kind == "contact" else None
        if match:
            return match.group(0)
    return FALLBACK_EMAIL


# --- Which fields hold what -------------------------------------------------------------------------

_MEMORY_HINTS = ("memor", "context", "facts", "profile")
_MESSAGE_NAMES = ("user_message", "message", "question", "query", "request", "input", "prompt", "user_input")
_RESPONSE_HINTS = ("response", "answer", "reply", "output", "completion", "message", "text")
_CANDIDATE_HINTS = ("response", "answer", "prediction", "output", "candidate", "reply")
_REFERENCE_HINTS = ("expected", "reference", "gold", "ideal", "target")


def _is_memory_name(name: str) -> bool:
    return any(h in name.lower() for h in _MEMORY_HINTS)


def memory_field(names: Iterable[str]) -> str | None:
    return next((n for n in names if _is_memory_name(n)), None)


def message_field(names: Iterable[str]) -> str | None:
    names = [n for n in names if not _is_memory_name(n)]
    exact = next((n for n in names if n.lower() in _MESSAGE_NAMES), None)
    fuzzy = next((n for n in names if any(h in n.lower() for h in ("message", "question", "query"))), None)
    return exact or fuzzy or (names[-1] if names else None)


def _is_reasoning(name: str) -> bool:
    return "reason" in name or "rationale" in name or name == "thought"


def response_field(outputs: tuple[FieldSpec, ...]) -> str | None:
    texts = [f.name for f in outputs if f.type_name == "str" and not _is_reasoning(f.name)]
    hinted = next((n for n in texts if any(h in n.lower() for h in _RESPONSE_HINTS)), None)
    only_text = all(f.type_name == "str" for f in outputs)
    return hinted or (texts[0] if texts and only_text else None)


# --- Task and judge replies ---------------------------------------------------------------------------


def task_values(parsed: ParsedPrompt, behaviour: Behaviour) -> tuple[str, dict[str, Any]]:
    """("task" or "judge", the output fields' values in order)."""
    names = [f.name for f in parsed.input_fields] or list(parsed.inputs)
    mem_name, msg_name = memory_field(names), message_field(names)
    memory = parse_memory(parsed.inputs.get(mem_name, "")) if mem_name else []
    message = parsed.inputs.get(msg_name, "") if msg_name else ""
    behaviour = _merge(behaviour, behaviour_from_demos(parsed.demos))
    reply_name = response_field(parsed.output_fields)
    score = judge_score(parsed.inputs)
    reasoning = f"The user wrote: {message.strip()[:200]}. There are {len(memory)} memory items to consider."
    values: dict[str, Any] = {}
    for spec in parsed.output_fields:
        if spec.name == reply_name:
            values[spec.name] = compose_response(memory, message, behaviour)
        elif _is_reasoning(spec.name):
            values[spec.name] = reasoning
        else:
            values[spec.name] = _typed_value(spec, score, reasoning)
    return ("task" if reply_name else "judge"), values


def raw_task_reply(parsed: ParsedPrompt) -> str:
    """A prompt outside DSPy's adapters: memory comes from a `Memory:` block of `- item` lines."""
    block = re.compile(r"(?im)^(?:memory|memories|stored memories):[ \t]*\n((?:[ \t]*[-*].*(?:\n|$))+)")
    found = block.search(parsed.last_user) or block.search(parsed.earlier_text)
    memory = parse_memory(found.group(1)) if found else []
    message = block.sub("", parsed.last_user).strip()
    message = re.sub(r"(?i)^(user|message)\s*:\s*", "", message)
    return compose_response(memory, message, directives_in(parsed.system))


def judge_score(inputs: dict[str, str]) -> float:
    """Word-overlap F1 of a candidate field against a reference field; 0.5 when either is missing."""
    candidate = next((v for k, v in inputs.items() if any(h in k.lower() for h in _CANDIDATE_HINTS)), None)
    reference = next((v for k, v in inputs.items() if any(h in k.lower() for h in _REFERENCE_HINTS)), None)
    if candidate is None or reference is None:
        return 0.5
    got, want = content_words(candidate), content_words(reference)
    if not got or not want:
        return 0.0
    overlap = len(got & want)
    return 0.0 if not overlap else round(2 * overlap / (len(got) + len(want)), 3)


def _typed_value(spec: FieldSpec, score: float, text: str) -> Any:
    kind = spec.type_name
    if kind == "bool":
        return score >= 0.5
    if kind == "int":
        return 1 if score >= 0.5 else 0
    if kind == "float":
        return score
    if kind.startswith("Literal["):
        options = re.findall(r"'([^']*)'|\"([^\"]*)\"", kind)
        return next((a or b for a, b in options), "")
    if kind.startswith("list"):
        return []
    if kind.startswith("dict"):
        return {}
    return text


# --- Learning manners from demos ------------------------------------------------------------------------


def behaviour_from_demos(demos: tuple[Demo, ...]) -> Behaviour:
    shown = []
    for demo in demos:
        names = list(demo.inputs)
        mem_name, msg_name = memory_field(names), message_field(names)
        reply = next((v for k, v in demo.outputs.items() if not _is_reasoning(k)), "")
        if reply:
            memory = parse_memory(demo.inputs.get(mem_name, "")) if mem_name else []
            shown.append((memory, demo.inputs.get(msg_name, "") if msg_name else "", reply))
    if not shown:
        return Behaviour()
    return Behaviour(
        use_preferences=any(mentions(r, i.claim) for m, _, r in shown for i in m if i.kind == "preference"),
        concise=all(_looks_concise(r) for _, _, r in shown),
        relevant_only=_shows_relevance(shown),
        skip_corrected=_shows_corrections(shown),
    )


def _looks_concise(reply: str) -> bool:
    return len(reply.split()) <= CONCISE_DEMO_MAX_WORDS and VERBOSE_OPENER not in reply and VERBOSE_CLOSER not in reply


def _shows_relevance(shown: list[tuple[list[MemoryItem], str, str]]) -> bool:
    unrelated = [
        (item, reply)
        for memory, message, reply in shown
        for item in memory
        if item.kind in ("fact", "corrected") and not is_relevant(item, message)
    ]
    return bool(unrelated) and not any(mentions(reply, item.claim) for item, reply in unrelated)


def _shows_corrections(shown: list[tuple[list[MemoryItem], str, str]]) -> bool:
    corrected = [(item, reply) for memory, _, reply in shown for item in memory if item.kind == "corrected"]
    old_said = new_said = False
    for item, reply in corrected:
        old_only = content_words(item.old_claim) - content_words(item.claim)
        new_only = content_words(item.claim) - content_words(item.old_claim)
        old_said = old_said or bool(old_only & content_words(reply))
        new_said = new_said or bool(new_only & content_words(reply))
    return new_said and not old_said


def _merge(a: Behaviour, b: Behaviour) -> Behaviour:
    return replace(
        a,
        use_preferences=a.use_preferences or b.use_preferences,
        concise=a.concise or b.concise,
        relevant_only=a.relevant_only or b.relevant_only,
        skip_corrected=a.skip_corrected or b.skip_corrected,
    )
