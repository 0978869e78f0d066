"""The check stage: run the registered rules over an aligned pair."""

from __future__ import annotations

from dataclasses import replace

from translint.align import DECISIVE
from translint.config import Options
from translint.model import AlignmentGroup, Doubt, Finding, Severity
from translint.rules.context import Context
from translint.rules.registry import Hit, Rule, all_rules

# Below this calibrated confidence a group may be wrongly paired (on the
# corpora, 97.5% of such groups are right, against 99.3% to 99.9% above it):
# findings that compare its content are reported one step lower, and say why.
# It is the aligner's own threshold of doubt: groups below it were aligned
# again with meaning.
UNSURE_ALIGNMENT = DECISIVE
LOWER = {Severity.ERROR: Severity.WARNING, Severity.WARNING: Severity.INFO}


def run_rules(context: Context, options: Options) -> tuple[Finding, ...]:
    """Findings of every enabled rule, with configured severities, in alignment order."""
    findings: list[Finding] = []
    for rule in all_rules().values():
        if not options.enabled(rule.id):
            continue
        override = options.severity_override(rule.id)
        for hit in rule.function(context):
            finding = _finding(rule, hit, override)
            if rule.compares_content:
                finding = _tempered(finding, context)
            findings.append(finding)
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


def _finding(rule: Rule, hit: Hit, override: Severity | None) -> Finding:
    """A hit with its rule's id and severity: the configured one, else the hit's or the rule's."""
    severity = override or hit.severity or rule.severity
    return Finding(rule.id, severity, hit.message, hit.source, hit.target, hit.args)


def _tempered(finding: Finding, context: Context) -> Finding:
    """A content finding on a group the aligner is unsure of, one step quieter."""
    group: AlignmentGroup | None = None
    if finding.source is not None:
        group = context.source_group_of.get(finding.source.paragraph)
    elif finding.target is not None:
        group = context.target_group_of.get(finding.target.paragraph)
    if group is None or group.score is None or group.score >= UNSURE_ALIGNMENT:
        return finding
    quieter = LOWER.get(finding.severity, finding.severity)
    doubt = Doubt(group.score, lowered=quieter is not finding.severity)
    return replace(finding, severity=quieter, doubt=doubt)
