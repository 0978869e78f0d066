"""The rule on markup: the translation keeps the structure of the original."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from translint.compare.markup import Difference, looks_like_code
from translint.model import AnalysedParagraph, Location, Severity
from translint.rules.context import Context, span, whole
from translint.rules.registry import Hit, rule
from translint.rules.structure import excerpt

# How loud each kind of difference is (``translint.compare.markup.Difference``):
# what changes the page a reader sees is a warning; what may be the translator's
# choice (a dash typed for a bullet, emphasis moved or dropped) is information.
SEVERITIES = MappingProxyType(
    {
        "heading-lost": Severity.WARNING,
        "heading-added": Severity.WARNING,
        "heading-level": Severity.WARNING,
        "item-lost": Severity.WARNING,
        "item-added": Severity.WARNING,
        "item-dashed": Severity.INFO,
        "list-numbering": Severity.INFO,
        "code-changed": Severity.WARNING,  # INFO when the code reads as words
        "code-unmarked": Severity.INFO,
        "emphasis-lost": Severity.INFO,
        "emphasis-added": Severity.INFO,
        "emphasis-broken": Severity.WARNING,
    }
)


@rule(
    "markup-mismatch",
    Severity.WARNING,
    "the structure of an aligned group differs: a heading became plain text or changed "
    "level, a list item left its list, a code span was translated",
    compares_content=True,
)
def markup_mismatch(context: Context) -> Iterator[Hit]:
    """The markup of an aligned group differs between the original and the translation.

    Reported, in Markdown, HTML and (heading styles only) Word files:

    - a heading that is plain text (or bold text) in the translation, or the
      reverse; a heading of another level (``##`` / ``###``) when both files
      are of one format;
    - a list item that is a plain paragraph in the translation, or the
      reverse (one paragraph aligned with one paragraph only); a paragraph
      opening with a dash typed for the bullet is information, as is a
      numbered list made a bulleted one;
    - a code span whose content the translation does not have: code is
      copied, not translated. A span of words (``Find a job``, ``Submit``,
      a button's label set as code) may be named in the translation's
      language: information. Content that is there but not as code is
      information too;
    - emphasis (bold, italics) on one side of a group only: information;
      emphasis markers the translation shows as text (``**Résultat : **``,
      which CommonMark does not close after a space) are a warning.

    Why: a heading made plain text drops out of the page's outline, its table
    of contents and its screen-reader navigation; a list item out of its list
    reads as a stray line; a translated option (``--aide``) does not run.
    Plain text files have no markup: nothing is reported there.

    Example: the English ``#### Up your alert-content-design game`` translated
    ``**Améliorez la conception de votre contenu d’alerte**``, a bold
    paragraph instead of a heading.
    """
    for difference in context.markup_differences:
        yield _hit(context, difference)


def _hit(context: Context, difference: Difference) -> Hit:
    source = context.source_paragraph(difference.source)
    target = context.target_paragraph(difference.target)
    message, args = _message(difference, source, target)
    severity = SEVERITIES[difference.kind]
    code = dict(difference.details).get("code")
    if difference.kind == "code-changed" and isinstance(code, str) and not looks_like_code(code):
        severity = Severity.INFO
    return Hit(
        message,
        _at(source, difference.source_span),
        _at(target, difference.target_span),
        (("kind", difference.kind), *difference.details, *args),
        severity,
    )


def _at(paragraph: AnalysedParagraph, content_span: tuple[int, int] | None) -> Location:
    if content_span is None:
        return whole(paragraph)
    start, end = paragraph.paragraph.text_span(*content_span)
    return span(paragraph, start, end)


# The sentence of each kind of difference: ``said`` and ``told`` are the source and
# target paragraphs' excerpts, ``marked`` the emphasised or shown words.
MESSAGES = MappingProxyType(
    {
        "heading-lost": "heading {said} (level {level}) is {written} in the target: {told}",
        "heading-added": "target paragraph {told} is a heading (level {level}) where the "
        "source has {written}: {said}",
        "heading-level": "heading {said} is level {source_level} in the source, level "
        "{target_level} in the target: {told}",
        "item-lost": "list item {said} is not in a list in the target: {told}",
        "item-dashed": "list item {said} is a paragraph opening with a typed dash in the "
        "target, not a list item: {told}",
        "item-added": "target paragraph {told} is a list item where the source has a "
        "paragraph: {said}",
        "list-numbering": "list item {said} is in a {source_list} list in the source, a "
        "{target_list} one in the target",
        "code-changed": "code `{code}` is not in the target{instead} (code is copied, not "
        "translated)",
        "code-unmarked": "code `{code}` is in the target as plain text, not code",
        "emphasis-lost": "the source emphasises “{marked}”; the aligned target has no "
        "emphasis: {told}",
        "emphasis-added": "the target emphasises “{marked}”; the aligned source has no "
        "emphasis: {said}",
        "emphasis-broken": "target paragraph {told} shows emphasis markers `{marked}` as "
        "text: they do not pair",
    }
)
WRITTEN = MappingProxyType({"emphasised": "bold or italic text", "item": "a list item"})


def _message(
    difference: Difference, source: AnalysedParagraph, target: AnalysedParagraph
) -> tuple[str, tuple[tuple[str, str | int], ...]]:
    """The sentence of a difference, and the paragraph numbers it names."""
    values: dict[str, object] = {"level": "?", "source_level": "?", "target_level": "?"}
    values |= dict(difference.details)
    numbered = bool(values.get("source_numbered"))
    instead = values.get("instead")
    marked_in = (source, difference.source_span) if difference.source_span else None
    if difference.target_span:
        marked_in = (target, difference.target_span)
    values |= {
        "said": f"“{excerpt(source)}”",
        "told": f"“{excerpt(target)}”",
        "written": WRITTEN.get(str(values.get("written")), "plain text"),
        "source_list": "numbered" if numbered else "bulleted",
        "target_list": "bulleted" if numbered else "numbered",
        "instead": f", which has `{instead}` instead" if instead else "",
        "marked": _part(*marked_in) if marked_in else "",
    }
    message = MESSAGES[difference.kind].format(**values)
    return message, (
        ("source_paragraph", difference.source),
        ("target_paragraph", difference.target),
    )


def _part(paragraph: AnalysedParagraph, content_span: tuple[int, int]) -> str:
    text = " ".join(paragraph.paragraph.content[slice(*content_span)].split())
    return text if len(text) <= 60 else text[:59].rstrip() + "…"
