"""The check stage: run the registered rules over an aligned pair."""

from __future__ import annotations

from dataclasses import replace

from translint.config import Options
from translint.model import Finding
from translint.rules import Context, all_rules


def run_rules(context: Context, options: Options) -> tuple[Finding, ...]:
    """Findings of every enabled rule, with configured severities, in alignment order."""
    findings: list[Finding] = []
    for rule in all_rules().values():
        if not options.enabled(rule.id):
            continue
        override = options.severity_override(rule.id)
        for finding in rule.function(context):
            findings.append(replace(finding, severity=override) if override else finding)
    order_s = {i: n for n, g in enumerate(context.alignment) for i in g.source}
    order_t = {j: n for n, g in enumerate(context.alignment) for j in g.target}

    def position(finding: Finding) -> tuple[int, int, str]:
        if finding.source is not None:
            where, start = order_s[finding.source.paragraph], finding.source.start
        elif finding.target is not None:
            where, start = order_t[finding.target.paragraph], finding.target.start
        else:
            where, start = -1, 0
        return (where, start or 0, finding.rule)

    return tuple(sorted(findings, key=position))
