"""Signatures and cases shared by the LM-layer tests."""

from __future__ import annotations

import dspy

GOOD_INSTRUCTIONS = (
    "Reply to the user. Use the user's stored preferences. Be concise. "
    "Never mention unrelated memories. Do not repeat corrected claims."
)
MEMORY = [
    "User prefers vegetarian food",
    "User lives in Munich (corrected from: User lives in Berlin)",
    "User has a dog named Rex",
    "Email: jane@corp.example",
]


class Reply(dspy.Signature):
    """Reply to the user."""

    memory: list[str] = dspy.InputField(desc="What the assistant remembers about the user.")
    user_message: str = dspy.InputField()
    response: str = dspy.OutputField()


def case(memory: list[str], message: str, must: list[str], must_not: list[str], gold: str) -> dspy.Example:
    return dspy.Example(memory=memory, user_message=message, must=must, must_not=must_not, response=gold).with_inputs(
        "memory", "user_message"
    )


CASES = [
    case(
        ["User prefers vegetarian food", "User has a dog named Rex"],
        "Suggest a dinner",
        ["vegetarian"],
        ["Rex"],
        "A vegetarian lentil curry.",
    ),
    case(
        ["User lives in Munich (corrected from: User lives in Berlin)", "User likes hiking"],
        "Where do I live?",
        ["Munich"],
        ["Berlin"],
        "You live in Munich.",
    ),
    case(["User likes jazz", "User's car is a Volvo"], "Recommend some music", ["jazz"], ["Volvo"], "Try some jazz."),
    case(
        ["User is allergic to nuts (corrected from: User is allergic to eggs)", "User's flat is small"],
        "Am I allergic to anything?",
        ["nuts"],
        ["eggs", "flat"],
        "You are allergic to nuts.",
    ),
]


def metric(example: dspy.Example, pred: dspy.Prediction, trace: object = None) -> float:
    """Mentions what it must, none of what it must not, in at most 40 words; each a third."""
    reply = pred.response.lower()
    must = sum(word.lower() in reply for word in example.must) / len(example.must)
    must_not = sum(word.lower() not in reply for word in example.must_not) / len(example.must_not)
    return (must + must_not + (len(reply.split()) <= 40)) / 3
