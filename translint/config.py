"""Options that shape a check, gathered in one frozen object passed down the stages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from translint.errors import TranslintError
from translint.model import Severity

FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Options:
    """What to check and how loudly.

    ``severities`` maps a rule id to a severity name or ``"off"``; ``select``
    (when not empty) keeps only those rules; ``ignore`` drops rules; ``glossary``
    is the path of a CSV or TBX glossary, read once per check.
    """

    source_lang: str | None = None
    target_lang: str | None = None
    severities: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    fail_on: str = "error"
    semantic: bool = True  # sentence embeddings in alignment; False: anchors and length only
    glossary: str | None = None  # path of a CSV or TBX glossary (translint.glossary)

    def __post_init__(self) -> None:
        if self.fail_on not in FAIL_ON:
            raise TranslintError(
                f"fail-on must be one of {', '.join(FAIL_ON)}, not {self.fail_on!r}"
            )
        for rule_id, level in self.severities.items():
            if level != "off" and level not in {s.value for s in Severity}:
                raise TranslintError(
                    f"severity of {rule_id} must be error, warning, info or off, not {level!r}"
                )

    def enabled(self, rule_id: str) -> bool:
        if rule_id in self.ignore or (self.select and rule_id not in self.select):
            return False
        return self.severities.get(rule_id) != "off"

    def severity_override(self, rule_id: str) -> Severity | None:
        """The configured severity of a rule, or None to keep what the rule says."""
        level = self.severities.get(rule_id)
        return Severity(level) if level and level != "off" else None


def fails(findings_severities: list[Severity], fail_on: str) -> bool:
    """Whether a run with findings of these severities should exit with status 1."""
    if fail_on == "never":
        return False
    threshold = Severity(fail_on).rank
    return any(s.rank >= threshold for s in findings_severities)
