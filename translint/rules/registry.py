"""The rule registry: every check is a function registered under a stable id.

A rule reads a ``Context`` (both analysed documents and their alignment) and
yields ``Hit`` objects: what it found and where, nothing more. Its id and
default severity are said once, in its registration, and the check stage
(``translint.rules.run``) turns each hit into a ``Finding`` with them, then
applies configured severities and the aligner's doubt, drops disabled rules
and sorts. Adding a rule touches one module: write the function, decorate it
with ``@rule`` (a new module is found by ``all_rules``). Its docstring is its
documentation (``translint rules`` prints it): say what it reports, why it
matters, and give an example.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from translint.model import Location, Severity
from translint.rules.context import Context


@dataclass(frozen=True)
class Hit:
    """What a rule found: a finding's arguments, without the id and severity of its rule.

    ``severity`` is for the rare rule whose findings are not all equally grave
    (a missing paragraph that was only moved is a warning); None means the
    rule's registered default.
    """

    message: str
    source: Location | None = None
    target: Location | None = None
    args: tuple[tuple[str, str | int], ...] = ()
    severity: Severity | None = None


RuleFunction = Callable[[Context], Iterable[Hit]]


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


# The one table of rules, filled as the rule modules are imported (by
# ``all_rules``): a registry, like the lazily loaded pipelines, not scratch state.
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
    """Every registered rule, importing every module of ``translint.rules`` on first use.

    A new rule module registers itself by being there: nothing lists it.
    """
    import translint.rules

    for info in sorted(pkgutil.iter_modules(translint.rules.__path__), key=lambda i: i.name):
        if info.name not in _MACHINERY:
            importlib.import_module(f"translint.rules.{info.name}")
    return RULES


# The package's modules that hold no rule.
_MACHINERY = frozenset({"context", "registry", "run"})
