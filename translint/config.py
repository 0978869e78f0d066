"""Options that shape a check, gathered in one frozen object passed down the stages.

Settings come in layers: the defaults of ``Options``, then a config file
(``translint.toml``, or ``[tool.translint]`` in ``pyproject.toml``), then the
command line; ``layered_options`` stacks them. Whatever the layer, ``Options``
refuses a value that would make a check silently do something else (an
unknown rule id checks nothing). The exit policy lives here too, so that one
pair and a whole site fail on the same terms.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from translint.errors import TranslintError
from translint.lang import LANGUAGES
from translint.model import Severity, fails_at

FAIL_ON = ("error", "warning", "info", "never")
# ``typography`` besides the conventions' names: follow the file's tag or the
# text's own habit (``translint.analysis.typography.convention_for``), or check nothing.
TYPOGRAPHY_AUTO, TYPOGRAPHY_OFF = "auto", "off"


def typography_choices() -> tuple[str, ...]:
    """Every value of the ``typography`` setting: auto, off, and each language's conventions."""
    from translint.lang import languages

    named = [t.name for record in languages() for t in record.typography]
    return (TYPOGRAPHY_AUTO, TYPOGRAPHY_OFF, *named)


@dataclass(frozen=True)
class Options:
    """What to check and how loudly.

    ``severities`` maps a rule id to a severity name or ``"off"``; ``select``
    (when not empty) keeps only those rules; ``ignore`` drops rules; ``glossary``
    is the path of a CSV or TBX glossary, read once per check. A rule id that
    no rule registered is refused: a typo would silently check nothing.
    """

    source_lang: str | None = None
    target_lang: str | None = None
    severities: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    fail_on: str = "error"
    semantic: bool = True  # sentence embeddings in alignment; False: anchors and length only
    glossary: str | None = None  # path of a CSV or TBX glossary (translint.glossary)
    cache: bool = True  # reuse analyses of unchanged paragraphs (translint.cache)
    # The language of a site's untagged files (``page.md`` beside ``page.fr.md``, a
    # Docusaurus ``docs/``); None: ``translint.lang.DEFAULT_SOURCE``.
    default_lang: str | None = None
    # Front-matter fields read as text besides translint.read.metadata's defaults.
    metadata_fields: frozenset[str] = frozenset()
    # The typographic convention the ``typography`` rule checks the target
    # against (``fr-CA``, ``fr-FR``), ``auto`` or ``off``; case does not matter.
    typography: str = TYPOGRAPHY_AUTO

    def __post_init__(self) -> None:
        choices = typography_choices()
        canonical = {choice.casefold(): choice for choice in choices}
        if self.typography.casefold() not in canonical:
            raise TranslintError(
                f"typography must be one of {', '.join(choices)}, not {self.typography!r}"
            )
        object.__setattr__(self, "typography", canonical[self.typography.casefold()])
        if self.fail_on not in FAIL_ON:
            raise TranslintError(
                f"fail-on must be one of {', '.join(FAIL_ON)}, not {self.fail_on!r}"
            )
        for rule_id, level in self.severities.items():
            if level != "off" and level not in {s.value for s in Severity}:
                raise TranslintError(
                    f"severity of {rule_id} must be error, warning, info or off, not {level!r}"
                )
        named = set(self.severities) | self.select | self.ignore
        if named:
            _check_rule_ids(named, "rule selection")

    def enabled(self, rule_id: str) -> bool:
        if rule_id in self.ignore or (self.select and rule_id not in self.select):
            return False
        return self.severities.get(rule_id) != "off"

    def severity_override(self, rule_id: str) -> Severity | None:
        """The configured severity of a rule, or None to keep what the rule says."""
        level = self.severities.get(rule_id)
        return Severity(level) if level and level != "off" else None


def fails(findings_severities: Iterable[Severity], fail_on: str) -> bool:
    """Whether a run with findings of these severities should exit with status 1."""
    return fails_at(findings_severities, fail_on)


def exit_status(severities: Iterable[Severity], fail_on: str, unpaired: int = 0) -> int:
    """The exit status of a check: 1 when it fails at ``fail_on``, else 0.

    An article with no translation at all (an unpaired file of ``--pairs``) is
    the largest omission there is, so it fails the run like an error finding,
    unless nothing fails (``never``).
    """
    failed = fails(severities, fail_on) or (unpaired > 0 and fail_on != "never")
    return 1 if failed else 0


CONFIG_NAME = "translint.toml"


def find_config(start: Path) -> Path | None:
    """The nearest ``translint.toml``, or ``pyproject.toml`` with a ``[tool.translint]``
    table, in ``start`` or a folder above it."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "translint" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path) -> dict[str, Any]:
    """The translint settings of a config file, checked, as Options keyword arguments.

    Layout (in ``translint.toml`` at the top level, in ``pyproject.toml``
    under ``[tool.translint]``)::

        source-lang = "LANG"          # a code of translint.lang; default: detected
        target-lang = "LANG"
        default-lang = "LANG"         # untagged files of --pairs; default: DEFAULT_SOURCE
        metadata-fields = ["lead"]    # front-matter fields read as text, besides the defaults
        fail-on = "warning"
        glossary = "terms.csv"        # relative to the config file
        lexical-only = false
        cache = false                 # do not read or write the analysis cache
        typography = "fr-CA"          # fr-FR, fr-CA, auto (the default) or off
        select = ["figure-mismatch"]  # only these rules
        ignore = ["figure-format"]    # never these rules
        [rules]                       # ([tool.translint.rules] in pyproject.toml)
        extra-paragraph = "info"      # error, warning, info or off
    """
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("translint", {})
    if not isinstance(data, dict):
        raise TranslintError(f"{path}: translint settings must be a table")
    known = {"source-lang", "target-lang", "default-lang", "fail-on", "glossary"}
    known |= {"lexical-only", "cache", "select", "ignore", "rules", "metadata-fields"}
    known |= {"typography"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise TranslintError(f"{path}: unknown setting {unknown[0]!r}")
    options: dict[str, Any] = _languages(path, data)
    if "fail-on" in data:
        options["fail_on"] = _string(path, "fail-on", data["fail-on"])
    if "typography" in data:
        options["typography"] = _typography(path, data["typography"])
    if "glossary" in data:
        options["glossary"] = str(path.parent / _string(path, "glossary", data["glossary"]))
    if "lexical-only" in data:
        options["semantic"] = not _boolean(path, "lexical-only", data["lexical-only"])
    if "cache" in data:
        options["cache"] = _boolean(path, "cache", data["cache"])
    for key, what in (
        ("metadata-fields", "field names"),
        ("select", "rule ids"),
        ("ignore", "rule ids"),
    ):
        if key in data:
            options[key.replace("-", "_")] = _strings(path, key, data[key], what)
    if "rules" in data:
        rules = data["rules"]
        if not isinstance(rules, dict) or not all(isinstance(v, str) for v in rules.values()):
            raise TranslintError(f"{path}: [rules] maps rule ids to error, warning, info or off")
        options["severities"] = MappingProxyType(dict(rules))
    return options


def _languages(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The language settings of a config file, each a code of ``translint.lang``."""
    options = {}
    for key in ("source-lang", "target-lang", "default-lang"):
        if key in data:
            if data[key] not in LANGUAGES:
                choices = " or ".join(LANGUAGES)
                raise TranslintError(f"{path}: {key} must be {choices}, not {data[key]!r}")
            options[key.replace("-", "_")] = data[key]
    return options


def _typography(path: Path, value: object) -> str:
    """A ``typography`` value of the file: a convention's name, auto or off, any case."""
    name = _string(path, "typography", value)
    choices = typography_choices()
    if name.casefold() not in {choice.casefold() for choice in choices}:
        raise TranslintError(
            f"{path}: typography must be one of {', '.join(choices)}, not {name!r}"
        )
    return name


def _strings(path: Path, key: str, values: object, what: str) -> frozenset[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise TranslintError(f"{path}: {key} must be a list of {what}")
    return frozenset(values)


def layered_options(
    config_path: Path | None,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    fail_on: str | None = None,
    glossary: Path | None = None,
    lexical_only: bool = False,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    no_cache: bool = False,
    typography: str | None = None,
) -> Options:
    """The options of a run: defaults, then the config file, then the command line.

    ``config_path`` is the file named on the command line, else the nearest
    one found upward from the current folder is read. A command-line value
    replaces the file's, but ``ignore`` adds to the file's list: ignoring one
    more rule should not bring back the ones the project ignores.
    """
    settings = _file_settings(config_path)
    ignored = frozenset(ignore)
    given = {
        "source_lang": source_lang,
        "target_lang": target_lang,
        "fail_on": fail_on,
        "glossary": str(glossary) if glossary is not None else None,
        "semantic": False if lexical_only else None,
        "select": frozenset(select) or None,
        "ignore": (settings.get("ignore", frozenset()) | ignored) if ignored else None,
        "cache": False if no_cache else None,
        "typography": typography,
    }
    settings.update({k: v for k, v in given.items() if v is not None})
    return Options(**settings)


def _file_settings(config_path: Path | None) -> dict[str, Any]:
    """The config file's settings: the one named, or the nearest one found upward."""
    if config_path is not None:
        if not config_path.is_file():
            raise TranslintError(f"{config_path}: config file not found")
        return load_config(config_path)
    found = find_config(Path.cwd())
    return load_config(found) if found is not None else {}


def _check_rule_ids(named: set[str], where: str) -> None:
    """Refuse a rule id nobody registered: a typo would silently check nothing."""
    # Imported here: the rules import the stages, which import these options.
    from translint.rules import all_rules

    unknown = sorted(named - set(all_rules()))
    if unknown:
        raise TranslintError(f"{where}: unknown rule {unknown[0]!r}")


def _string(path: Path, key: str, value: object) -> str:
    if not isinstance(value, str):
        raise TranslintError(f"{path}: {key} must be a string")
    return value


def _boolean(path: Path, key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TranslintError(f"{path}: {key} must be true or false")
    return value


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise TranslintError(f"{path}: cannot read config ({error.strerror})") from error
    except tomllib.TOMLDecodeError as error:
        raise TranslintError(f"{path}: not valid TOML ({error})") from error
