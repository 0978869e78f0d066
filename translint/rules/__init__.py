"""The rules: thin checks over the comparisons, registered by id (``registry``).

``run_rules`` is the check stage's entry point; a rule module registers its
functions with ``@rule`` and yields ``Hit`` objects.
"""

from __future__ import annotations

from translint.rules.context import Context
from translint.rules.registry import RULES, Hit, Rule, all_rules, rule
from translint.rules.run import run_rules

__all__ = ["RULES", "Context", "Hit", "Rule", "all_rules", "rule", "run_rules"]
