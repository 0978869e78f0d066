"""The rule registry: every check is a function registered under a stable id.

A rule reads a ``Context`` (both analysed documents and their alignment) and
yields ``Finding`` objects with its own id and default severity; the check
stage (``translint.check_stage``) applies configured severities, drops
disabled rules and sorts. Adding a rule touches one module: write the
function, decorate it with ``@rule``. Its docstring is its documentation
(``translint rules`` prints it): say what it reports, why it matters, and
give an example.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from translint.model import Finding, Severity
from translint.rules.context import Context

RuleFunction = Callable[[Context], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    function: RuleFunction
    # Rules that compare the content of aligned paragraphs (figures, names):
    # their findings are tempered on groups the aligner is unsure of.
    compares_content: bool = False

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or "")


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, severity: Severity, summary: str, compares_content: bool = False
) -> Callable[[RuleFunction], RuleFunction]:
    """Register ``function`` as the rule ``rule_id`` (ids never change meaning)."""

    def register(function: RuleFunction) -> RuleFunction:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, summary, function, compares_content)
        return function

    return register


def all_rules() -> dict[str, Rule]:
    """Every registered rule, importing the rule modules on first use."""
    from translint.rules import figures, glossary, names, structure  # noqa: F401  (they register)

    return RULES


__all__ = ["RULES", "Context", "Rule", "all_rules", "rule"]
