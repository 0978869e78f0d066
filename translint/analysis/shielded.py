"""The parts of a paragraph that are not prose: code spans and URLs.

Checks of the target's own writing (a doubled word, French spacing) read
prose only: ``ls ls``, ``a;b`` or ``https://example.org/?q=1`` in a code span
or a URL are not slips of the translator. Code spans are found in the
paragraph as written (Markdown backticks, HTML ``<code>``, ``<kbd>``,
``<samp>``, ``<tt>``, ``<pre>``), since its readable text keeps their content
without the markers; URLs and e-mail addresses are found in the readable
text, where autolinks and bare addresses are text. Link targets are not
text at all (``Paragraph.links``), so they need no shield.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from translint.model import Paragraph

# A run of backticks, then the shortest text up to the same run (CommonMark).
BACKTICKS = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
CODE_ELEMENT = re.compile(r"<(code|kbd|samp|tt|pre)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
URL = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)[^\s<>\"«»]*[^\s<>\"«».,;:!?)\]]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Shield:
    """Where a paragraph is not prose: spans of its ``text`` and of its ``content``."""

    paragraph: Paragraph
    in_text: tuple[tuple[int, int], ...]  # code spans, offsets into ``paragraph.text``
    in_content: tuple[tuple[int, int], ...]  # URLs, offsets into ``paragraph.content``

    def covers(self, start: int, end: int) -> bool:
        """Whether ``content[start:end]`` touches code or a URL."""
        if any(a < max(end, start + 1) and start < b for a, b in self.in_content):
            return True
        if not self.in_text:
            return False
        text_start, text_end = self.paragraph.text_span(start, end)
        return any(a < max(text_end, text_start + 1) and text_start < b for a, b in self.in_text)


def shield_of(paragraph: Paragraph) -> Shield:
    """The code spans and URLs of ``paragraph``."""
    text = paragraph.text
    code = [m.span() for m in BACKTICKS.finditer(text)]
    if "<" in text:
        code += [m.span() for m in CODE_ELEMENT.finditer(text)]
    urls = tuple(m.span() for m in URL.finditer(paragraph.content))
    return Shield(paragraph, tuple(sorted(code)), urls)
