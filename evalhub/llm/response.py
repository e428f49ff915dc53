"""OpenAI-shaped chat completion responses for our own `dspy.BaseLM` subclasses.

DSPy reads `choices[i].message.content`, `usage` and `model` from what `forward()` returns, by key or by
attribute; `dspy.track_usage` sums `usage`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any


class AttrDict(dict[str, Any]):
    """A dict whose keys also read as attributes, like the SDK objects DSPy expects."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def estimate_tokens(text: str) -> int:
    # The usual rule of thumb for English with BPE tokenizers: about four characters a token.
    return math.ceil(len(text) / 4) if text else 0


def message_text(content: Any) -> str:
    """The text of a chat message's content, a string or a list of OpenAI content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, Iterable):
        parts = [part.get("text", "") for part in content if isinstance(part, dict) and part.get("type") == "text"]
        return "\n".join(parts)
    return "" if content is None else str(content)


def chat_response(
    *, model: str, texts: list[str], prompt_tokens: int, completion_tokens: int, finish_reason: str = "stop"
) -> AttrDict:
    choices = [
        AttrDict(
            index=i,
            finish_reason=finish_reason,
            message=AttrDict(role="assistant", content=text, tool_calls=None),
        )
        for i, text in enumerate(texts)
    ]
    usage = AttrDict(
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        total_tokens=prompt_tokens + completion_tokens,
    )
    return AttrDict(id=f"{model}-completion", object="chat.completion", model=model, choices=choices, usage=usage)
