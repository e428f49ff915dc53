from __future__ import annotations

from evalhub.common.errors import ValidationFailed


class GateConfigError(ValidationFailed):
    """A usage or configuration problem (unknown prompt, empty eval set, no LM): exit code 2, HTTP 422."""
