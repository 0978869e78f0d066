"""Which file of a bilingual site translates which: the layouts real sites use.

``find_pairs`` recognises these layouts by itself, in this order of
precedence; a file paired by one is never offered to the next, so no file is
paired twice:

1. front matter, the page saying who its partner is (YAML, TOML or JSON,
   ``translint.read.front_matter``):
   - ``translationKey`` (Hugo): the same key on both sides;
   - ``altLangPage`` (Jekyll, Canada.ca): the URL path of the other page,
     matched against each file's URL: its ``permalink``, else a Jekyll post's
     ``/YYYY/MM/DD/slug`` (the date from the front matter's ``date`` when it
     has one, as Jekyll does, else from the name ``YYYY-MM-DD-slug.md``),
     else its path without extension; a trailing ``.html`` or ``/`` and a
     scheme and host are ignored;
   - ``ref`` with ``lang``: the same ``ref`` on both sides;
2. Docusaurus: ``docs/PATH`` with ``i18n/LANG/docusaurus-plugin-content-docs/current/PATH``
   (only where such an ``i18n`` folder exists: a ``docs/`` folder alone is no site);
3. language folders: ``.../en/...`` with ``.../fr/...`` at the same relative path
   below them, at any depth (Hugo ``content/en``, Jekyll ``en/_posts``);
4. language tags: ``NAME.en.EXT`` with ``NAME.fr.EXT`` in one folder (the
   extensions may differ), a bare ``en.EXT`` with ``fr.EXT``, and an untagged
   ``NAME.EXT`` with a tagged ``NAME.fr.EXT``, the untagged file being in the
   default language (``Options.default_lang``, else ``DEFAULT_SOURCE``).

Explicit keys come first because the writer stated them; folder and name
conventions only guess. Tags are case-insensitive and a region is ignored
(``fr-CA``, ``fr_ca``, ``EN``). A file's language is its language folder's,
else its tag's, else its front matter's ``lang``, else the default language.

A file that a layout marks as an article (a language folder or tag, a
pairing key, a Docusaurus doc) and that no layout pairs is returned as
unpaired; an untagged file elsewhere is not an article. A folder where no
layout pairs anything is an input error: the run would check nothing and pass.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from translint.errors import TranslintError
from translint.lang import DEFAULT_SOURCE, codes
from translint.language import file_name_tag, tag_language
from translint.read import decode, read_bytes
from translint.read.front_matter import front_matter
from translint.read.segment import DOCX_EXTENSIONS, HTML_EXTENSIONS, MARKDOWN_EXTENSIONS

__all__ = ["LAYOUTS", "SitePairs", "find_pairs", "read_pairs_file"]

# The layouts in order of precedence, by the names reports give them.
LAYOUTS = ("translationKey", "altLangPage", "ref", "docusaurus", "folders", "tags")
PAIRS_FILE = "pairs-file"
TRIED = (
    "language tags, language folders, front matter (translationKey, altLangPage, ref/lang), "
    "Docusaurus"
)
# The files a site pairs: plain text, and every format the readers know by extension.
TEXT_EXTENSIONS = frozenset(
    {"txt", "text"}
    | {e.removeprefix(".") for e in MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | DOCX_EXTENSIONS}
)
UNTAGGED = re.compile(r"^(?P<stem>.+)\.(?P<ext>\w+)$")
# A Jekyll post's name: its date, then its slug.
POST = re.compile(r"^(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)-(?P<slug>.+)\.\w+$")
DOCUSAURUS_DOCS = ("docusaurus-plugin-content-docs", "current")
# Bytes a front-matter block can open with, after a UTF-8 byte order mark.
_FRONT_MATTER_OPENINGS = (b"---", b"+++", b"{")
_PAIRING_KEYS = ("translationKey", "altLangPage", "ref")
# The optional first row of a pairs file.
HEADER = ["source", "target"]


@dataclass(frozen=True)
class SitePairs:
    """The pairs found, ``(source, target)`` in the check's direction, each with the
    layout that paired it (``layouts[i]`` for ``pairs[i]``), and the articles left over."""

    pairs: tuple[tuple[Path, Path], ...]
    unpaired: tuple[Path, ...]
    layouts: tuple[str, ...] = ()


@dataclass(frozen=True)
class SiteFile:
    """One text file of the site, and what its place and name say about it."""

    path: Path
    parts: tuple[str, ...]  # its path relative to the site, folders then name
    default_lang: str

    @cached_property
    def folder(self) -> tuple[int, str] | None:
        """The first language folder above the file: (its index in ``parts``, its code)."""
        for index, part in enumerate(self.parts[:-1]):
            code = tag_language(part)
            if code is not None:
                return index, code
        return None

    @cached_property
    def tag(self) -> tuple[str, str] | None:
        """The name's language tag: (the name without it and its extension, its code)."""
        return file_name_tag(self.parts[-1])

    @cached_property
    def meta(self) -> Mapping[str, Any]:
        """The front matter, or an empty mapping when there is none or it is malformed."""
        try:
            data = read_bytes(str(self.path))
            if not data.removeprefix(b"\xef\xbb\xbf").startswith(_FRONT_MATTER_OPENINGS):
                return {}
            found = front_matter(decode(data, str(self.path)))
        except TranslintError:
            return {}  # the check reports an unreadable file; pairing just passes it by
        return found.data if found else {}

    @property
    def lang(self) -> str:
        """Its folder's language, else its tag's, else its front matter's ``lang``."""
        if self.folder:
            return self.folder[1]
        if self.tag:
            return self.tag[1]
        declared = self.meta.get("lang")
        code = tag_language(declared) if isinstance(declared, str) else None
        return code or self.default_lang

    def key(self, name: str) -> str | None:
        """A pairing key of the front matter, as text, or None."""
        value = self.meta.get(name)
        return str(value).strip() if isinstance(value, str | int) and str(value).strip() else None


# Pairs of files a layout found, each file with the language the layout gives it.
Pairing = list[tuple[tuple[SiteFile, str], tuple[SiteFile, str]]]


def find_pairs(
    directory: Path, source_lang: str = DEFAULT_SOURCE, default_lang: str | None = None
) -> SitePairs:
    """Every pair under ``directory`` (recursively), sources in ``source_lang``; untagged
    files are in ``default_lang`` (default ``DEFAULT_SOURCE``)."""
    if not directory.exists():
        raise TranslintError(f"{directory}: folder not found")
    if not directory.is_dir():
        raise TranslintError(f"{directory}: not a folder")
    target_lang = next(code for code in codes() if code != source_lang)
    files = [
        SiteFile(path, path.relative_to(directory).parts, default_lang or DEFAULT_SOURCE)
        for path in sorted(directory.rglob("*"))
        if path.suffix[1:].lower() in TEXT_EXTENSIONS and path.is_file()
    ]
    docs = _docusaurus_places(files)
    free = {f.path: f for f in files}
    found = _paired(free, docs, source_lang, target_lang)
    if not found:
        raise TranslintError(f"{directory}: no pair found (tried: {TRIED})")
    found.sort(key=lambda pair: _order(pair[0]))
    unpaired = tuple(f.path for f in free.values() if _is_article(f, docs))
    return SitePairs(
        tuple((s, t) for s, t, _ in found), unpaired, tuple(name for _, _, name in found)
    )


def _paired(
    free: dict[Path, SiteFile],
    docs: Mapping[Path, tuple[tuple[str, ...], str]],
    source_lang: str,
    target_lang: str,
) -> list[tuple[Path, Path, str]]:
    """(source, target, layout) of every pair, each layout offered the files left over
    by the stronger ones; the pairs' files are taken out of ``free``."""
    found: list[tuple[Path, Path, str]] = []
    for name, layout in _layouts(docs).items():
        for (one, lang), (other, other_lang) in layout(list(free.values())):
            if {lang, other_lang} != {source_lang, target_lang}:
                continue
            if one.path not in free or other.path not in free:
                continue  # already paired, by this layout or a stronger one
            source, target = (one, other) if lang == source_lang else (other, one)
            found.append((source.path, target.path, name))
            del free[one.path], free[other.path]
    return found


def _order(path: Path) -> tuple[Path, str, str]:
    """Pairs by folder, then by name without its tag: the order of a listing by article."""
    tagged = file_name_tag(path.name)
    return path.parent, tagged[0] if tagged else path.stem, path.name


def _is_article(file: SiteFile, docs: Mapping[Path, tuple[tuple[str, ...], str]]) -> bool:
    """Whether a file is meant to have a partner, and so is reported without one."""
    return bool(
        file.folder
        or file.tag
        or file.path in docs
        or any(file.key(name) for name in _PAIRING_KEYS)
    )


def _layouts(
    docs: Mapping[Path, tuple[tuple[str, ...], str]],
) -> dict[str, Callable[[list[SiteFile]], Pairing]]:
    """Each layout's pairing, by name, in order of precedence."""
    return {
        "translationKey": lambda files: _same_key(files, lambda f: f.key("translationKey")),
        "altLangPage": _alternate_pages,
        "ref": lambda files: _same_key(files, lambda f: f.key("ref")),
        "docusaurus": lambda files: _same_key(
            files, lambda f: docs[f.path][0] if f.path in docs else None, lambda f: docs[f.path][1]
        ),
        "folders": lambda files: _same_key(files, _folder_place),
        # Tagged files first: ``page.en.md`` outranks ``page.md`` for the English side.
        "tags": lambda files: _same_key(
            sorted(files, key=lambda f: f.tag is None), _tag_place, _tag_lang
        ),
    }


def _same_key(
    files: Iterable[SiteFile],
    key: Callable[[SiteFile], object],
    lang: Callable[[SiteFile], str] = lambda f: f.lang,
) -> Pairing:
    """Files with the same key and different languages, the first of each language."""
    groups: dict[object, dict[str, SiteFile]] = {}
    for file in files:
        value = key(file)
        if value is not None:
            groups.setdefault(value, {}).setdefault(lang(file), file)
    # A group of two languages is a pair; one language alone pairs nothing.
    return [_with_langs(group) for group in groups.values() if len(group) == 2]


def _with_langs(group: dict[str, SiteFile]) -> tuple[tuple[SiteFile, str], tuple[SiteFile, str]]:
    """The two files of a group, each with its language."""
    (first_lang, first), (second_lang, second) = group.items()
    return (first, first_lang), (second, second_lang)


def _folder_place(file: SiteFile) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Where a file sits around its language folder: the folders above, the path below."""
    if file.folder is None:
        return None
    index = file.folder[0]
    return file.parts[:index], file.parts[index + 1 :]


def _tag_place(file: SiteFile) -> tuple[tuple[str, ...], str] | None:
    """A file's folder and name without language tag or extension."""
    if file.tag:
        return file.parts[:-1], file.tag[0]
    match = UNTAGGED.match(file.parts[-1])
    return (file.parts[:-1], match["stem"]) if match else None


def _tag_lang(file: SiteFile) -> str:
    """A tagged file's language, else the default: an untagged file is never its folder's."""
    return file.tag[1] if file.tag else file.default_lang


def _docusaurus_places(files: list[SiteFile]) -> dict[Path, tuple[tuple[str, ...], str]]:
    """Each Docusaurus doc's place (site folder, path below ``docs``) and its language.

    A site is a folder holding ``i18n/LANG/docusaurus-plugin-content-docs/current``;
    only there is ``docs/`` a Docusaurus folder.
    """
    places: dict[Path, tuple[tuple[str, ...], str]] = {}
    sites = set()
    for file in files:
        parts = file.parts
        for i in range(len(parts) - 4):
            code = tag_language(parts[i + 1])
            if parts[i] == "i18n" and code and parts[i + 2 : i + 4] == DOCUSAURUS_DOCS:
                places[file.path] = ((*parts[:i], "docs", *parts[i + 4 :]), code)
                sites.add(parts[:i])
                break
    for file in files:
        for i, part in enumerate(file.parts[:-1]):
            if part == "docs" and file.parts[:i] in sites:
                places[file.path] = (file.parts, file.default_lang)
                break
    return places


def _alternate_pages(files: list[SiteFile]) -> Pairing:
    """Each page whose ``altLangPage`` is the URL of another page, with that page."""
    by_url: dict[str, SiteFile] = {}
    for file in files:
        for url in _urls(file):
            by_url.setdefault(url, file)
    pairs = []
    for file in files:
        wanted = file.key("altLangPage")
        partner = by_url.get(_url_path(wanted)) if wanted else None
        if partner is not None and partner is not file:
            pairs.append(((file, file.lang), (partner, partner.lang)))
    return pairs


def _urls(file: SiteFile) -> list[str]:
    """The URL paths a page may be published at, as ``_url_path`` writes them."""
    urls = []
    permalink = file.meta.get("permalink")
    if isinstance(permalink, str) and ":" not in permalink:
        urls.append(_url_path(permalink))
    post = POST.match(file.parts[-1])
    if post:
        day = _post_date(file.meta.get("date")) or "/".join(post.group("y", "m", "d"))
        urls.append(f"/{day}/{post['slug']}")
        # Jekyll's default permalink puts the folders above _posts first, as categories.
        categories = [p for p in file.parts[:-1] if p != "_posts"]
        urls.append("/" + "/".join([*categories, day, post["slug"]]))
    urls.append(_url_path("/" + "/".join(file.parts).rsplit(".", 1)[0]))
    return urls


def _post_date(value: object) -> str | None:
    """A front-matter ``date`` as ``YYYY/MM/DD``: Jekyll dates a post by it, not by its name."""
    if isinstance(value, date):
        return value.strftime("%Y/%m/%d")
    match = re.match(r"(\d{4})-(\d\d)-(\d\d)", value) if isinstance(value, str) else None
    return "/".join(match.groups()) if match else None


def _url_path(url: str) -> str:
    """A URL reduced to the path that names a page: no host, no ``.html``, no last ``/``."""
    path = unquote(urlsplit(url.strip()).path)
    path = re.sub(r"(?:/index)?\.html?$", "", path).rstrip("/")
    return path if path.startswith("/") else "/" + path


def read_pairs_file(path: Path) -> SitePairs:
    """The pairs a CSV lists, ``source,target`` a row, relative to the CSV's folder.

    A first row ``source,target`` is a header. A row that is not two paths, or
    names a file that does not exist, is an error naming the file and the line:
    an explicit list should be exactly what gets checked.
    """
    text = decode(read_bytes(str(path), "pairs file"), str(path))
    reader = csv.reader(io.StringIO(text))
    pairs: list[tuple[Path, Path]] = []
    for row in reader:
        cells = [cell.strip() for cell in row]
        if not any(cells) or (reader.line_num == 1 and [c.lower() for c in cells] == HEADER):
            continue
        where = f"{path}:{reader.line_num}"
        if len(cells) != 2 or not all(cells):
            raise TranslintError(f"{where}: expected a row 'source,target', not {','.join(row)!r}")
        source, target = (path.parent / cell for cell in cells)
        for side in (source, target):
            if not side.is_file():
                raise TranslintError(f"{where}: {side}: file not found")
        pairs.append((source, target))
    if not pairs:
        raise TranslintError(f"{path}: no pair listed (rows 'source,target')")
    return SitePairs(tuple(pairs), (), (PAIRS_FILE,) * len(pairs))
