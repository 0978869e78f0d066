"""The terminology section of a site report: what the site established, and every departure.

Written after the table of pairs in the text report and on the HTML site
page, and as ``summary.terminology`` in the JSON (an extension of the
contract). A term's departures are the ``term-inconsistent`` findings of the
reports as they are printed, so a baselined finding is not listed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import TextIO

from translint.model import Report
from translint.terminology import SiteTerms

RULE = "term-inconsistent"


@dataclass(frozen=True)
class Departure:
    """One pair rendering an established term otherwise."""

    scope: str
    rendering: str  # as the pair writes it; "" for nothing the site uses
    severity: str


@dataclass(frozen=True)
class TermSection:
    """An established term, its rendering, its counts and the pairs departing from it."""

    kind: str
    written: str
    rendered: str
    pairs: int
    of: int
    departures: tuple[Departure, ...]


def term_sections(
    terms: SiteTerms, reports: Sequence[Report], scopes: Sequence[str]
) -> tuple[TermSection, ...]:
    """Every established term, most used first, with the departures the reports hold."""
    departures: dict[tuple[str, str], list[Departure]] = defaultdict(list)
    for report, scope in zip(reports, scopes, strict=True):
        for finding in report.findings:
            args = dict(finding.args)
            if finding.rule == RULE and "established" in args:
                term = (str(args["term"]), str(args["established"]))
                departure = Departure(scope, str(args["rendering"]), finding.severity.value)
                departures[term].append(departure)
    usages = sorted(terms.established.values(), key=lambda u: (-u.pairs, u.kind, u.written))
    return tuple(
        TermSection(
            u.kind,
            u.written,
            u.rendered,
            u.pairs,
            u.of,
            tuple(departures.get((u.written, u.rendered), ())),
        )
        for u in usages
    )


def terminology_json(sections: Sequence[TermSection]) -> list[dict[str, object]]:
    return [
        {
            "kind": s.kind,
            "source": s.written,
            "target": s.rendered,
            "pairs": s.pairs,
            "of": s.of,
            "departures": [{"pair": d.scope, "rendering": d.rendering} for d in s.departures],
        }
        for s in sections
    ]


def write_terminology_text(sections: Sequence[TermSection], stream: TextIO) -> None:
    """One line per established term, its departures indented under it."""
    if not sections:
        return
    departing = sum(len(s.departures) for s in sections)
    stream.write(
        f"terminology: {len(sections)} established correspondences, {departing} departures\n"
    )
    for section in sections:
        stream.write(
            f"  {section.written} → {section.rendered}  ({section.kind}, "
            f"{section.pairs} of {section.of} pairs)\n"
        )
        for departure in section.departures:
            shown = f"« {departure.rendering} »" if departure.rendering else "nothing the site uses"
            stream.write(f"    ✖ {departure.scope}: {shown}\n")


def terminology_html(sections: Sequence[TermSection]) -> str:
    """A table of the established terms, departures listed in their row."""
    if not sections:
        return ""
    rows = []
    for section in sections:
        departures = "".join(
            f'<li><span class="badge" data-sev="{escape(d.severity)}">{escape(d.severity)}</span> '
            f"<code>{escape(d.scope)}</code>: "
            f"{escape(d.rendering) if d.rendering else 'nothing the site uses'}</li>"
            for d in section.departures
        )
        rows.append(
            f"<tr><td>{escape(section.kind)}</td><td>{escape(section.written)}</td>"
            f"<td>{escape(section.rendered)}</td>"
            f'<td class="num">{section.pairs} of {section.of}</td>'
            f"<td><ul>{departures}</ul></td></tr>"
        )
    return (
        '<section class="site terminology"><h2>Terminology</h2>\n'
        "<table><tr><th>kind</th><th>source</th><th>established</th><th>pairs</th>"
        f"<th>departures</th></tr>{''.join(rows)}</table></section>\n"
    )
