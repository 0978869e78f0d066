"""The rule on links: the translation sends its reader where the original does."""

from __future__ import annotations

from collections.abc import Iterator

from translint.compare.links import Address, Mismatch
from translint.model import Location, Severity
from translint.rules.context import Context, span
from translint.rules.registry import Hit, rule

# What each kind of address is called in a message.
KIND_NAMES = {
    "url": "link",
    "anchor": "link",
    "template": "link",
    "email": "e-mail address",
    "phone": "phone number",
}


@rule(
    "link-mismatch",
    Severity.WARNING,
    "a link target, URL, e-mail address or phone number of the source has no "
    "counterpart (the same, or the page's other-language version) in the aligned target",
    compares_content=True,
)
def link_mismatch(context: Context) -> Iterator[Hit]:
    """A link, bare URL, e-mail address or phone number of the original has no
    counterpart in the aligned translation.

    Why: a link that goes to another page than the original's, a dropped link
    or a retyped phone number sends the reader elsewhere, and nothing in the
    text shows it. The other language's version of the same page is a
    counterpart: ``/en/`` and ``/fr/``, ``-eng`` and ``-fra``, ``lang=fr``,
    ``blog.canada.ca`` and ``blogue.canada.ca``, a path whose words are
    translated but whose site, depth, numbers and section agree
    (``translint.compare.links`` says exactly what counts). A phone number
    that differs by more than one digit is probably the other language's
    service line, and an e-mail address on the same domain the other
    language's mailbox: both are reported as information, to confirm.

    Example: ``[the benefits](https://www.canada.ca/en/revenue-agency/services/benefits.html)``
    translated ``[les prestations](https://www.canada.ca/fr/agence-revenu.html)``, the
    agency's home page.
    """
    for grouped in context.link_mismatches:
        for mismatch in grouped.mismatches:
            yield _hit(context, mismatch)


def _hit(context: Context, mismatch: Mismatch) -> Hit:
    source = mismatch.source
    name = KIND_NAMES[source.kind]
    where = _at(context, source, in_source=True)
    if mismatch.instead is None:
        return Hit(
            f"{name} {source.written} has no counterpart in the target",
            where,
            None,
            args=(("source", source.written), ("kind", source.kind), ("reason", mismatch.reason)),
        )
    instead = mismatch.instead
    quieter = (source.kind == "phone" and not mismatch.near) or mismatch.same_domain
    return Hit(
        f"{name} {source.written} has no counterpart in the target, which has "
        f"{instead.written} instead ({mismatch.reason})",
        where,
        _at(context, instead, in_source=False),
        args=(
            ("source", source.written),
            ("target", instead.written),
            ("kind", source.kind),
            ("reason", mismatch.reason),
        ),
        severity=Severity.INFO if quieter else None,
    )


def _at(context: Context, address: Address, in_source: bool) -> Location:
    """Where an address is: the link's text, or the bare address, in its paragraph."""
    document = context.source if in_source else context.target
    analysed = document.paragraphs[address.paragraph]
    start, end = analysed.paragraph.text_span(address.start, address.end)
    return span(analysed, start, end)
