"""The link slips ``benchmarks/qa_corpus.py`` plants for ``link-mismatch``.

One edit at a time is made to a copy of the French file, as a translator (or
a bad search-and-replace) might slip:

- ``link domain``: a link target's host replaced by another host of the
  corpus (not its other-language twin);
- ``link path``: one path segment of a link target dropped (the link now
  goes to the parent page);
- ``link digit``: one digit of a link target's path or query changed (a
  page number, an ID, a post's date);
- ``bare URL``: a bare URL of the text, edited in one of the three ways;
- ``phone digit``: one digit of a phone number changed (six times per phone
  number, since posts have few).

Only addresses that the English file has too (the same or localised, a phone
number with the same digits) are edited: a link or number the translation
added, or its own service line, has nothing to mismatch. A word of a path
changed for another word is not planted: a translated path is what the rule
must accept (``translint/compare/links.py``). Nothing is planted in front
matter. Link targets are planted in on purpose although translint does not
read them as prose: they are what ``link-mismatch`` reads.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from translint.compare.links import (
    BARE_URL,
    PHONE,
    PageKey,
    localised,
    page_key,
    phone_digits,
)

# Link targets as a Markdown, HTML or Liquid source writes them; group 1 is the target.
TARGETS = (
    re.compile(r"\]\(\s*(https?://[^\s)]+)"),
    re.compile(r"""href=["'](https?://[^"'\s]+)"""),
    re.compile(r"""\{\{-?\s*["'](/[^"'\s]+)["']"""),
)
PHONE_PLANTS = 6  # edits per phone number: posts have few
FRONT_MATTER = re.compile(r"---[ \t]*\n.*?\n---[ \t]*\n", re.S)


@dataclass(frozen=True)
class Edit:
    kind: str
    start: int  # offset of the edited characters in the edited French text
    before: str
    after: str
    text: str  # the edited French text


def _body(text: str) -> int:
    match = FRONT_MATTER.match(text)
    return match.end() if match else 0


def _addresses(text: str) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of the link targets, bare URLs and phone numbers of the body."""
    body = _body(text)
    found: list[tuple[str, int, int]] = []
    for pattern in TARGETS:
        found += [("link", *m.span(1)) for m in pattern.finditer(text, body)]
    linked = [(a, b) for _, a, b in found]
    for match in BARE_URL.finditer(text, body):
        start, end = match.start(), match.end()
        while end > start and text[end - 1] in ".,;:!?)]}'\"»":
            end -= 1
        if not any(a <= start < b for a, b in linked) and "](" not in text[start - 2 : start]:
            found.append(("bare", start, end))
    found += [("phone", *m.span()) for m in PHONE.finditer(text, body)]
    return found


def _phones(text: str) -> list[tuple[str, int, int]]:
    return [found for found in _addresses(text) if found[0] == "phone"]


def link_edits(french: str, english: str, rng: random.Random) -> Iterator[Edit]:
    """Edited copies of the French text: one per kind of link edit, six per phone number.

    Only addresses the English has too are edited: a link or number the
    translation added has nothing to mismatch.
    """
    theirs = [page_key(english[a:b]) for k, a, b in _addresses(english) if k != "phone"]
    lines = {phone_digits(english[a:b]) for _, a, b in _phones(english)}

    def in_english(kind: str, start: int, end: int) -> bool:
        if kind == "phone":
            return phone_digits(french[start:end]) in lines
        return any(_corresponds(page_key(french[start:end]), key) for key in theirs)

    found = [spot for spot in _addresses(french) if in_english(*spot)]
    hosts = sorted({page_key(french[a:b]).host or "" for k, a, b in found if k != "phone"} - {""})
    for way, edit in EDITS.items():
        spots = [(a, b) for k, a, b in found if k == "link"]
        options = [(a, b, e) for a, b in spots if (e := edit(french[a:b], hosts, rng))]
        if options:
            start, end, after = rng.choice(options)
            edited = french[:start] + after + french[end:]
            yield Edit(f"link {way}", start, french[start:end], after, edited)
    spots = [(a, b) for k, a, b in found if k == "bare"]
    options = [
        (a, b, e) for a, b in spots for way in EDITS.values() if (e := way(french[a:b], hosts, rng))
    ]
    if options:
        start, end, after = rng.choice(options)
        edited = french[:start] + after + french[end:]
        yield Edit("bare URL", start, french[start:end], after, edited)
    for _, start, end in (f for f in found if f[0] == "phone"):
        for _ in range(PHONE_PLANTS):
            number = french[start:end]
            after = _digit_changed(number, rng)
            edited = french[:start] + after + french[end:]
            yield Edit("phone digit", start, number, after, edited)


def _corresponds(ours: PageKey, theirs: PageKey) -> bool:
    return ours == theirs or localised(theirs, ours)


def _other_host(url: str, hosts: list[str], rng: random.Random) -> str | None:
    parts = urlsplit(url)
    if not parts.netloc:
        return None
    mine = page_key(url).host
    others = [h for h in hosts if h != mine and "|" not in h and "{" not in h]
    host = rng.choice(others) if others else "www.example.org"
    return parts._replace(netloc=host).geturl()


def _dropped_segment(url: str, hosts: list[str], rng: random.Random) -> str | None:
    parts = urlsplit(url)
    segments = parts.path.split("/")
    kept = [i for i, s in enumerate(segments) if s and page_key("/" + s).segments]
    if len(kept) < 2:
        return None
    drop = rng.choice(kept[:-1])
    path = "/".join(s for i, s in enumerate(segments) if i != drop)
    return parts._replace(path=path).geturl()


def _changed_digit(url: str, hosts: list[str], rng: random.Random) -> str | None:
    parts = urlsplit(url)
    path_start = len(f"{parts.scheme}://{parts.netloc}") if parts.netloc else 0
    places = [i for i, c in enumerate(url) if c.isdigit() and i >= path_start]
    if "%" in url:  # a percent-escape is not a number of the address
        places = [i for i in places if "%" not in url[max(i - 2, 0) : i]]
    if not places:
        return None
    i = rng.choice(places)
    return url[:i] + rng.choice([d for d in "0123456789" if d != url[i]]) + url[i + 1 :]


def _safely(edit):
    """An edit that skips what ``urlsplit`` cannot read (``https://a[b``)."""

    def edited(url: str, hosts: list[str], rng: random.Random) -> str | None:
        try:
            return edit(url, hosts, rng)
        except ValueError:
            return None

    return edited


EDITS = {
    "domain": _safely(_other_host),
    "path": _safely(_dropped_segment),
    "digit": _safely(_changed_digit),
}


def _digit_changed(number: str, rng: random.Random) -> str:
    places = [i for i, c in enumerate(number) if c.isdigit()]
    i = rng.choice(places)
    return number[:i] + rng.choice([d for d in "0123456789" if d != number[i]]) + number[i + 1 :]
