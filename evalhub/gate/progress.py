"""A one-line progress bar for a terminal; silent in CI logs and when output is piped."""

from __future__ import annotations

import os
import time
from typing import TextIO

BAR_WIDTH = 30
# Redrawing more often than this only costs terminal bandwidth.
REDRAW_INTERVAL_S = 0.1


def wants_progress(stream: TextIO) -> bool:
    # CI services set CI=true; their logs would keep every redraw as a line.
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class ProgressBar:
    def __init__(self, stream: TextIO, *, label: str = "gate", enabled: bool | None = None) -> None:
        self.stream, self.label = stream, label
        self.enabled = wants_progress(stream) if enabled is None else enabled
        self._last_draw = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last_draw < REDRAW_INTERVAL_S:
            return
        self._last_draw = now
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} cases")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
