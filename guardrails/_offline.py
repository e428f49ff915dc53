"""Keep presidio's dependencies off the network.

presidio's email/URL recognizers call tldextract, which downloads the public-suffix list on first
use. An empty TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS makes it use the snapshot bundled in the wheel.
It is read when tldextract is imported, so this runs on `import guardrails`.
"""

from __future__ import annotations

import os


def force_offline() -> None:
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
