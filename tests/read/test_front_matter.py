"""Front matter (translint.read.front_matter): YAML, TOML and JSON blocks, and where they end."""

from __future__ import annotations

import datetime
import json

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from translint.read.front_matter import front_matter

JEKYLL = """\
---
altLangPage: "/2022/07/28/communiques"
date: 2022-07-28
title: "Using alerts to keep news releases and web content in sync"
---

The government often publishes a news release.
"""

HUGO_TOML = """\
+++
title = "Budget 2025"
translationKey = "budget"
+++
The budget is 3.5 million dollars.
"""

HUGO_JSON = """\
{
  "title": "Budget 2025",
  "translationKey": "budget"
}
The budget is 3.5 million dollars.
"""


@pytest.mark.parametrize(
    ("text", "syntax", "data", "body"),
    [
        (
            JEKYLL,
            "yaml",
            {
                "altLangPage": "/2022/07/28/communiques",
                "date": datetime.date(2022, 7, 28),
                "title": "Using alerts to keep news releases and web content in sync",
            },
            "\nThe government often publishes a news release.\n",
        ),
        (HUGO_TOML, "toml", {"title": "Budget 2025", "translationKey": "budget"}, "The budget"),
        (HUGO_JSON, "json", {"title": "Budget 2025", "translationKey": "budget"}, "The budget"),
        ("\ufeff---\nlang: fr\n---\nTexte\n", "yaml", {"lang": "fr"}, "Texte\n"),
        ("---\n---\nBody\n", "yaml", {}, "Body\n"),
        ("---\nlang: fr\n...\nBody\n", "yaml", {"lang": "fr"}, "Body\n"),
        ("---  \nlang: fr\n---\t\nBody", "yaml", {"lang": "fr"}, "Body"),
    ],
)
def test_blocks_are_parsed_and_the_body_follows(text, syntax, data, body) -> None:
    found = front_matter(text)
    assert found is not None
    assert found.syntax == syntax and dict(found.data) == data
    assert text[found.body_start :].startswith(body)
    assert text[found.start : found.end].rstrip().endswith(("---", "...", "+++", "}"))


@pytest.mark.parametrize(
    "text",
    [
        "The budget is 3.5 million dollars.\n",
        "---\ntitle: never closed\n",  # no closing fence
        "---\ntitle: [unclosed\n---\nBody\n",  # YAML error
        "---\n- a list\n- not a mapping\n---\n",
        "---\njust a sentence\n---\n",  # a scalar: a thematic break, not front matter
        "+++\ntitle = \n+++\n",  # TOML error
        '{"title": "x"} and more text on the line\n',
        "[1, 2]\n",
        '{"title": ',
        "---\ndate: 2022-13-45\n---\n",  # a date YAML cannot build
        "Text\n---\ntitle: x\n---\n",  # not at the start
    ],
)
def test_malformed_or_absent_blocks_are_none(text: str) -> None:
    assert front_matter(text) is None


def test_offsets_point_into_the_text() -> None:
    found = front_matter(JEKYLL)
    assert found is not None
    assert JEKYLL[found.content_start : found.content_end].startswith("altLangPage:")
    assert found.start == 0 and JEKYLL[found.end - 3 : found.end] == "---"


@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    front_matter(text)


@given(st.sampled_from(["---\n", "+++\n", "{", "\ufeff---\n"]), st.text())
def test_never_raises_after_an_opening_fence(opening: str, rest: str) -> None:
    found = front_matter(opening + rest)
    if found is not None:
        assert 0 <= found.start <= found.end <= found.body_start <= len(opening + rest)


KEYS = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,11}", fullmatch=True)
# YAML reads NEL and the Unicode line and paragraph separators as line breaks,
# which a dumped string folds to spaces (found by this test): no page title
# holds them, so the round trip is asked of every other character.
YAML_BREAKS = "\x85\u2028\u2029"
VALUES = st.one_of(
    st.text(st.characters(blacklist_characters=YAML_BREAKS), max_size=30),
    st.integers(-(10**9), 10**9),
    st.booleans(),
)
MAPPINGS = st.dictionaries(KEYS, VALUES, max_size=6)
BODIES = st.text(max_size=60).filter(lambda body: not body.startswith(("\n", "\ufeff")))


@given(MAPPINGS, BODIES)
def test_yaml_round_trips(data: dict, body: str) -> None:
    text = f"---\n{yaml.safe_dump(data, allow_unicode=True)}---\n{body}"
    found = front_matter(text)
    assert found is not None and dict(found.data) == data
    assert text[found.body_start :] == body


@given(MAPPINGS, BODIES)
def test_toml_round_trips(data: dict, body: str) -> None:
    lines = "".join(f"{key} = {_toml_value(value)}\n" for key, value in data.items())
    text = f"+++\n{lines}+++\n{body}"
    found = front_matter(text)
    assert found is not None and dict(found.data) == data
    assert text[found.body_start :] == body


@given(MAPPINGS, BODIES)
def test_json_round_trips(data: dict, body: str) -> None:
    text = f"{json.dumps(data, ensure_ascii=False, indent=2)}\n{body}"
    found = front_matter(text)
    assert found is not None and dict(found.data) == data
    assert text[found.body_start :] == body


def _toml_value(value: object) -> str:
    """A TOML literal: a basic string escaping quotes, backslashes and control characters."""
    if not isinstance(value, str):
        return json.dumps(value)  # integers and booleans are written alike
    escaped = "".join(
        f"\\u{ord(c):04x}" if c in '"\\' or ord(c) < 0x20 or ord(c) == 0x7F else c for c in value
    )
    return f'"{escaped}"'
