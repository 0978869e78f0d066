"""Where the two versions' links, bare URLs, e-mail addresses and phone numbers point.

A translation should send its reader to the same place as the original, or to
that place's other-language version. What counts as a *counterpart* of a
source address in the aligned target paragraphs, from the strictest to the
loosest (each pass pairs what the one before left):

1. the same address, once the language is read out of it: scheme, ``www.``,
   case, a trailing ``/``, ``index.html`` and page extensions (``.html``,
   ``.php``…) aside, a language segment or suffix (``/en/`` / ``/fr/``,
   ``-eng`` / ``-fra``, ``lang=en`` / ``lang=fr``, ``en.wikipedia.org``) and
   the two hosts of one bilingual site (``blog.canada.ca`` /
   ``blogue.canada.ca``) read as the same: the language data is in
   ``translint.lang.en_fr.links``. Tracking parameters (``utm_*``, ``_ga``)
   are not part of a page's address;
2. a pair the user's glossary declares (``--glossary``, one row per pair);
3. a *localised* address: the same host (a site-relative link, such as a
   Jekyll ``{{ "/2020/05/26/slug" | prepend: … }}``, agrees with any host),
   the same number of path segments, the same query keys and the same
   fragment or none, where each segment, query value and fragment that
   differs differs in words only: the same numbers, in the same order. Real
   bilingual sites translate their paths (``canada.ca/en/revenue-agency/…`` /
   ``canada.ca/fr/agence-revenu/…``) and their section ids (``#payments`` /
   ``#versements``), and a blog's post links to the other language's post,
   whose slug is translated but whose date is not. A different domain, path
   depth, page number or ID (``id=23601``, ``#wp5-1`` / ``#wp5-1-1``) is no
   counterpart. Among several candidates the one nearest in position wins;
4. a link to a section of the same page (``#id`` alone) has any such link of
   the target as counterpart: ids are translated with their headings.

Phone numbers compare by their digits (a leading country code ``1`` aside):
``1-800-959-8281`` and ``1 800 959-8281`` agree. A source number the target
gives as another number is a ``Mismatch`` with ``near`` set when only one
digit differs or two neighbours swapped (a slip); otherwise it is probably
the other language's service line (an institution's French line has its own
number) and ``near`` is False. E-mail addresses compare whole, case aside; a
target address on the same domain with another mailbox is the ``Mismatch``'s
``same_domain`` (perhaps the French mailbox). The rule decides how loud each
is.

Only what the reader follows is compared: the links and the bare addresses
of body and metadata paragraphs. Image sources (the picture, often localised
itself), front-matter fields (``altLangPage``, ``permalink``, which the
pairing reads) and template targets that name no path (``{{ site.x }}``,
compared as written) are not page addresses.

With ``--pairs`` the site's pairing would know which post is the other's
translation, but each pair is checked on its own (in worker processes too),
so the rule does not see it; the localised pass stands in for it, and is what
keeps a link to ``/2021/02/04/data-to-action`` quiet against one to
``/2021/02/04/les-donnees-a-laction``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from urllib.parse import SplitResult, unquote, urlsplit

from translint.lang.en_fr.links import (
    HOST_PAIRS,
    LANGUAGE_QUERY_KEYS,
    URL_LANGUAGE_TAGS,
)
from translint.model import AlignmentGroup, AnalysedDocument, Paragraph

__all__ = [
    "Address",
    "GroupLinks",
    "Mismatch",
    "PageKey",
    "addresses_of",
    "compare_links",
    "localised",
    "page_key",
    "phone_digits",
]

# A bare web address in running text: with a scheme, or starting ``www.``.
BARE_URL = re.compile(r"(?<![\w@/.-])(?:https?://|www\.)[^\s<>\"'`«»]+", re.IGNORECASE)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])", re.IGNORECASE)
# A North American number: an optional country code, an area code, seven
# digits, grouped by spaces, dots or hyphens (``1-800-959-8281``,
# ``(613) 555-0199``, ``1 800 959-8281``).
PHONE = re.compile(
    r"(?<![\w.,/-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-]|[.,]\d)"
)
TRAILING = ".,;:!?)]}'\"»"  # punctuation after a bare address that is not part of it
# Page extensions that say how a page was made, not which page it is.
PAGE_EXTENSIONS = (".html", ".htm", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".cfm")
INDEX_PAGES = ("index", "default")
# Query keys of analytics and campaign tracking: not part of a page's address.
TRACKING_KEYS = re.compile(r"utm_\w+|_ga|_gl|gclid|fbclid|mc_[ce]id|wt\.\w+", re.IGNORECASE)
# The literal path of a template target: ``{{ "/2017/12/11/slug.html" | prepend: … }}``.
TEMPLATE_PATH = re.compile(r"""\{\{-?\s*(["'])(?P<path>[^"']*)\1""")
NUMBERS = re.compile(r"\d+")
WORD = re.compile(r"[^\W\d_]{3,}")  # a word of a slug, not a letter of an ID (``wp5-1``)
LANGUAGE = "{lang}"  # what a language tag reads as


@dataclass(frozen=True)
class Address:
    """One place a paragraph sends its reader: a link's target or a bare address.

    ``kind`` is ``url``, ``anchor`` (``#id`` in the same page), ``email``,
    ``phone`` or ``template`` (a target written as a template expression
    naming no path). ``start``/``end`` are offsets into the paragraph's
    ``content``: the link's text, or the bare address itself.
    """

    kind: str
    written: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class PageKey:
    """A web address with its language read out: what two counterparts share.

    ``host`` is None for a site-relative address; ``segments`` are the path's,
    without language tags, page extensions or an index page; ``query`` keeps
    the keys that choose a page (not tracking nor language), sorted.
    """

    host: str | None
    segments: tuple[str, ...]
    query: tuple[tuple[str, str], ...]
    fragment: str


@dataclass(frozen=True)
class Mismatch:
    """A source address with no counterpart in its aligned target paragraphs.

    ``instead`` is the target's unpaired address of the same kind nearest in
    position, if any: what the translation has in its place. ``reason`` says
    how it differs; ``near`` (a phone number one slip away) and
    ``same_domain`` (another mailbox of one domain) qualify it.
    """

    source: Address
    instead: Address | None
    reason: str
    near: bool = False
    same_domain: bool = False


@dataclass(frozen=True)
class GroupLinks:
    """The addresses of one matched group that found no counterpart."""

    group: AlignmentGroup
    mismatches: tuple[Mismatch, ...]


# ---------------------------------------------------------------- extraction


def addresses_of(paragraph: Paragraph) -> tuple[Address, ...]:
    """The links of ``paragraph`` (``Paragraph.links``) and the bare addresses of its
    readable text outside them, in order."""
    found = [_linked(paragraph.index, link.url, link.text_start, link.text_end)
             for link in paragraph.links]  # fmt: skip
    taken = [(a.start, a.end) for a in found]
    content = paragraph.content
    bare: list[Address] = []
    for kind, pattern in (("url", BARE_URL), ("email", EMAIL), ("phone", PHONE)):
        for match in pattern.finditer(content):
            start, end = match.start(), _trimmed_end(content, match.start(), match.end())
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            bare.append(Address(kind, content[start:end], paragraph.index, start, end))
    found = [a for a in found if a.written]
    return tuple(sorted(found + bare, key=lambda a: a.start))


def _linked(index: int, url: str, start: int, end: int) -> Address:
    """A link's target as an address of its kind."""
    url = url.strip()
    lowered = url.lower()
    if lowered.startswith("mailto:"):
        return Address("email", unquote(url[7:].split("?")[0]), index, start, end)
    if lowered.startswith("tel:"):
        return Address("phone", unquote(url[4:]), index, start, end)
    if url.startswith("#"):
        return Address("anchor", url, index, start, end)
    if url.startswith("{") and not TEMPLATE_PATH.match(url):
        return Address("template", " ".join(url.split()), index, start, end)
    return Address("url", url, index, start, end)


def _trimmed_end(text: str, start: int, end: int) -> int:
    """The end of a bare address without the punctuation of the sentence after it."""
    while end > start and text[end - 1] in TRAILING:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break  # a parenthesis of the address itself (Wikipedia titles)
        end -= 1
    return end


# ---------------------------------------------------------------- normalising


@cache
def _language_tags() -> frozenset[str]:
    return frozenset(tag for tags in URL_LANGUAGE_TAGS.values() for tag in tags)


@cache
def _host_names() -> dict[str, str]:
    """Each host of a bilingual pair, mapped to one name for the pair."""
    names: dict[str, str] = {}
    for pair in HOST_PAIRS:
        for host in pair:
            names[host] = "|".join(pair)
    return names


def page_key(url: str) -> PageKey:
    """``url`` with its language read out (the module's pass 1)."""
    template = TEMPLATE_PATH.match(url)
    if template:
        url = template["path"]
    elif url.lower().startswith("www."):
        url = "//" + url
    parts = _split(url.strip())
    host = _host(parts.netloc) if parts.netloc else None
    return PageKey(host, _segments(parts.path), _query(parts.query), _fragment(parts.fragment))


def _split(url: str) -> SplitResult:
    """``urlsplit``, which refuses a bracket outside an IPv6 host (``https://a[b``):
    such an address is read without its brackets rather than not at all."""
    try:
        return urlsplit(url)
    except ValueError:
        return urlsplit(url.replace("[", "").replace("]", ""))


def _host(netloc: str) -> str:
    host = netloc.rsplit("@", 1)[-1].split(":", 1)[0].lower().rstrip(".")
    host = host.removeprefix("www.")
    if host in _host_names():
        return _host_names()[host]
    first, dot, rest = host.partition(".")
    if dot and first in _language_tags() and "." in rest:
        return f"{LANGUAGE}.{rest}"  # en.wikipedia.org, fr.wikipedia.org
    return host


def _segments(path: str) -> tuple[str, ...]:
    segments = []
    for raw in unquote(path).lower().split("/"):
        segment = _without_tags(_without_extension(raw))
        if segment and segment not in _language_tags():
            segments.append(segment)
    if segments and segments[-1] in INDEX_PAGES:
        segments.pop()
    return tuple(segments)


def _without_extension(segment: str) -> str:
    for extension in PAGE_EXTENSIONS:
        if segment.endswith(extension):
            return segment[: -len(extension)]
    return segment


def _without_tags(segment: str) -> str:
    """A segment without a language suffix (``doc-eng``, ``index.fr``, ``auth_en``)."""
    if segment in _language_tags():
        return segment
    for separator in "-_.":
        stem, mark, last = segment.rpartition(separator)
        if mark and stem and last in _language_tags():
            return stem
    return segment


def _query(query: str) -> tuple[tuple[str, str], ...]:
    kept = []
    for item in query.split("&"):
        key, _, value = unquote(item).partition("=")
        key, value = key.lower(), value.lower()
        if not key or TRACKING_KEYS.fullmatch(key):
            continue
        if key in LANGUAGE_QUERY_KEYS and value in _language_tags():
            continue
        kept.append((key, value))
    return tuple(sorted(kept))


def _fragment(fragment: str) -> str:
    return unquote(fragment).lower()


def phone_digits(number: str) -> str:
    """A phone number's digits, without the country code ``1`` of an 11-digit number."""
    digits = "".join(c for c in number if c.isdigit())
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


# ---------------------------------------------------------------- counterparts


def localised(source: PageKey, target: PageKey, lenient: bool = True) -> bool:
    """Whether ``target`` reads as ``source`` with its words translated (pass 3).

    ``lenient`` lets a translated slug add or drop a number (``_same_numbers``);
    the comparison first pairs what agrees without it, so that a number that
    moved does not take another link's counterpart.
    """
    if source.host is not None and target.host is not None and source.host != target.host:
        return False
    if len(source.segments) != len(target.segments):
        return False
    if [k for k, _ in source.query] != [k for k, _ in target.query]:
        return False
    if bool(source.fragment) != bool(target.fragment):
        return False
    pairs = [*zip(source.segments, target.segments, strict=True)]
    pairs += [(a, b) for (_, a), (_, b) in zip(source.query, target.query, strict=True)]
    pairs.append((source.fragment, target.fragment))
    return all(a == b or _same_numbers(a, b, lenient) for a, b in pairs)


def _same_numbers(source: str, target: str, lenient: bool = True) -> bool:
    """Whether two differing segments (or values, or fragments) name the same numbers.

    Where both hold words (a slug, a section id like ``payments``), a
    translation may add or drop a number the words carry (``covid-top-tasks``
    / ``taches-principales-a-la-covid-19``): the numbers of one must be among
    the other's. Where either holds no word (an ID, a year, ``wp5-1``,
    ``dq180220c``), the numbers must be the same.
    """
    ours, theirs = _numbers(source), _numbers(target)
    if not (lenient and WORD.search(source) and WORD.search(target)):
        return ours == theirs
    return _within(ours, theirs) or _within(theirs, ours)


def _within(few: list[int], many: list[int]) -> bool:
    rest = list(many)
    for number in few:
        if number not in rest:
            return False
        rest.remove(number)
    return True


def _numbers(text: str) -> list[int]:
    return [int(n) for n in NUMBERS.findall(text)]


def _difference(source: PageKey, target: PageKey) -> str:
    """How ``target`` differs from ``source``, for the message."""
    placeholder = target.host is None and not target.query and len(target.segments) == 1
    if placeholder and source.host is not None and not re.search(r"[./]", target.segments[0]):
        return "not an address"  # ``[texte](link)``: a placeholder left in
    if source.host is not None and target.host is not None and source.host != target.host:
        return "another site"
    if len(source.segments) != len(target.segments):
        return "another path"
    pairs = zip(source.segments, target.segments, strict=True)
    if not all(a == b or _same_numbers(a, b) for a, b in pairs):
        return "another page number or ID"
    if source.fragment != target.fragment:
        return "another section" if target.fragment else "no section"
    return "another query"


def _one_slip(first: str, second: str) -> bool:
    """Whether two digit strings differ by one digit or by two neighbours swapped."""
    if len(first) != len(second):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    if len(diffs) == 1:
        return True
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and first[diffs[0]] == second[diffs[1]]
        and first[diffs[1]] == second[diffs[0]]
    )


def _same_key(address: Address) -> object:
    """What two addresses of one kind share when they are the same (pass 1)."""
    if address.kind == "url":
        return page_key(address.written)
    if address.kind == "phone":
        return phone_digits(address.written)
    if address.kind == "email":
        return address.written.lower()
    return address.written  # a template, compared as written


Declared = Callable[[str, str], bool]


def compare_links(
    source: AnalysedDocument,
    target: AnalysedDocument,
    alignment: Iterable[AlignmentGroup],
    declared: Declared | None = None,
) -> tuple[GroupLinks, ...]:
    """The source addresses of every matched group with no counterpart in its target.

    ``declared(source_url, target_url)`` says whether the user's glossary
    pairs two addresses.
    """
    found = []
    for group in alignment:
        if not group.matched:
            continue
        ours = _group_addresses(source, group.source)
        theirs = _group_addresses(target, group.target)
        if not ours:
            continue
        mismatches = _unpaired(ours, theirs, declared)
        if mismatches:
            found.append(GroupLinks(group, mismatches))
    return tuple(found)


def _group_addresses(document: AnalysedDocument, indices: Sequence[int]) -> list[Address]:
    return [a for i in indices for a in addresses_of(document.paragraphs[i].paragraph)]


def _unpaired(
    ours: list[Address], theirs: list[Address], declared: Declared | None
) -> tuple[Mismatch, ...]:
    """The passes of the module docstring, then what is left, with what stands in its place."""
    free = list(range(len(theirs)))
    passes: list[Pairing] = [_same_address]
    if declared is not None:
        passes.append(lambda s, t: s.kind == "url" and declared(s.written, t.written))
    passes += [_strictly_localised, _localised_address, _anchors]
    left = list(range(len(ours)))
    for counterpart in passes:
        left = [i for i in left if not _paired(i, ours, theirs, free, counterpart)]
    return tuple(_mismatch(ours[i], theirs, free, i, len(ours)) for i in left)


Pairing = Callable[[Address, Address], bool]


def _paired(at: int, ours: list[Address], theirs: list[Address], free: list[int],
            counterpart: Pairing) -> bool:  # fmt: skip
    """Pair ``ours[at]`` with the nearest free target address ``counterpart`` accepts."""
    address = ours[at]
    candidates = [
        j for j in free if theirs[j].kind == address.kind and counterpart(address, theirs[j])
    ]
    if not candidates:
        return False
    free.remove(_nearest(candidates, at, len(ours), len(theirs)))
    return True


def _same_address(source: Address, target: Address) -> bool:
    return _same_key(source) == _same_key(target)


def _anchors(source: Address, target: Address) -> bool:
    """Two links to a section of their own page: ids are translated with headings."""
    return source.kind == "anchor"


def _localised_address(source: Address, target: Address) -> bool:
    return source.kind == "url" and localised(page_key(source.written), page_key(target.written))


def _strictly_localised(source: Address, target: Address) -> bool:
    ours, theirs = page_key(source.written), page_key(target.written)
    return source.kind == "url" and localised(ours, theirs, lenient=False)


def _nearest(candidates: list[int], at: int, ours: int, theirs: int) -> int:
    """The candidate whose relative place in the target is nearest ``at``'s in the source."""
    place = (at + 0.5) / ours
    return min(candidates, key=lambda j: (abs((j + 0.5) / theirs - place), j))


def _mismatch(s: Address, theirs: list[Address], free: list[int], at: int, ours: int) -> Mismatch:
    same_kind = [j for j in free if theirs[j].kind == s.kind]
    if not same_kind:
        return Mismatch(s, None, "nothing in its place")
    nearest = _nearest(same_kind, at, ours, len(theirs))
    free.remove(nearest)
    instead = theirs[nearest]
    if s.kind == "phone":
        slip = _one_slip(phone_digits(s.written), phone_digits(instead.written))
        return Mismatch(s, instead, "a digit differs" if slip else "another number", near=slip)
    if s.kind == "email":
        domain = s.written.lower().rpartition("@")[2] == instead.written.lower().rpartition("@")[2]
        reason = "another mailbox" if domain else "another address"
        return Mismatch(s, instead, reason, same_domain=domain)
    if s.kind == "url":
        return Mismatch(s, instead, _difference(page_key(s.written), page_key(instead.written)))
    return Mismatch(s, instead, "another target")
