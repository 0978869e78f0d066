"""Frozen records to JSON and back, by their type hints: how a report is stored.

A re-check of an unchanged pair reads its whole report back from the cache
(``translint.recheck``), documents and all, so the formatters get exactly the
record a fresh check would have built. The records are plain frozen
dataclasses of strings, numbers, enums, decimals, tuples and optional
fields, so one generic codec driven by their annotations serves all of
them: a field added to ``translint.model`` is stored without anyone
remembering to teach this module, and what cannot be encoded (a type the
codec does not know) raises instead of storing something else.

Decisions: a dataclass is a JSON array of its fields in declaration order
(compact, and a layout change shows as a length mismatch, which decodes to
None: a miss); decimals are strings (exact); sets are sorted, so the same
record always gives the same bytes (they are hashed into cache keys);
mappings are arrays of pairs. JSON rather than pickle, so a cache file
someone else wrote can never run code.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any


class Undecodable(ValueError):
    """Stored data that does not fit the record's current shape."""


def encode(value: object) -> Any:
    """``value`` as plain JSON data (lists, strings, numbers, None)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [encode(getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if isinstance(value, frozenset | set):
        return sorted((encode(item) for item in value), key=_order)
    if isinstance(value, Mapping):
        return sorted(([encode(k), encode(v)] for k, v in value.items()), key=_order)
    raise TypeError(f"cannot encode a {type(value).__name__}")


def dumps(value: object) -> bytes:
    """The canonical bytes of ``value``: the same record always gives the same bytes."""
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def loads(data: bytes, kind: type[Any]) -> Any:
    """The record of type ``kind`` stored in ``data``; Undecodable when it does not fit."""
    try:
        return decode(json.loads(data.decode("utf-8", "surrogatepass")), kind)
    except (ValueError, TypeError, KeyError, IndexError) as error:
        raise Undecodable(str(error)) from error


def decode(data: Any, hint: Any) -> Any:
    """The value of type ``hint`` that ``encode`` turned into ``data``."""
    origin = typing.get_origin(hint)
    if origin is not None:
        return _decode_generic(data, hint, origin)
    if dataclasses.is_dataclass(hint):
        return _decode_record(data, hint)  # type: ignore[arg-type]
    return _decode_scalar(data, hint)


def _decode_generic(data: Any, hint: Any, origin: Any) -> Any:
    """Unions, tuples, sets and mappings: containers decode their items by their arguments."""
    args = typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        return _decode_union(data, args)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return tuple(decode(item, args[0]) for item in _list(data))
    if origin is tuple:
        if len(args) != len(_list(data)):
            raise Undecodable(f"expected {len(args)} items")
        return tuple(decode(item, arg) for item, arg in zip(data, args, strict=True))
    if origin in (frozenset, set):
        return frozenset(decode(item, args[0]) for item in _list(data))
    if issubclass(origin, Mapping):
        key, value = args
        return types.MappingProxyType({decode(k, key): decode(v, value) for k, v in _list(data)})
    raise TypeError(f"cannot decode a {hint!r}")


def _decode_scalar(data: Any, hint: Any) -> Any:
    if hint is Any:
        return data
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(data)
    if hint is Decimal:
        return Decimal(_typed(data, str))
    if hint is float:
        return float(_typed(data, int | float))
    if hint in (bool, int, str, type(None)):
        return _typed(data, hint)
    raise TypeError(f"cannot decode a {hint!r}")


def _decode_record(data: Any, kind: type[Any]) -> Any:
    fields = _init_fields(kind)
    values = _list(data)
    if len(values) != len(fields):
        raise Undecodable(f"{kind.__name__} has {len(fields)} fields, not {len(values)}")
    return kind(**{name: decode(v, hint) for (name, hint), v in zip(fields, values, strict=True)})


@cache
def _init_fields(kind: type[Any]) -> tuple[tuple[str, Any], ...]:
    """A record's fields and their resolved types, in order (resolved once per class)."""
    hints = typing.get_type_hints(kind)
    fields = dataclasses.fields(kind)
    if any(not f.init for f in fields):
        raise TypeError(f"{kind.__name__} has fields its constructor does not take")
    return tuple((f.name, hints[f.name]) for f in fields)


def _decode_union(data: Any, args: tuple[Any, ...]) -> Any:
    if data is None and type(None) in args:
        return None
    options = [a for a in args if a is not type(None)]
    if len(options) == 1:
        return decode(data, options[0])
    for option in options:  # str | int: the first the data is an instance of
        if isinstance(option, type) and isinstance(data, option) and not isinstance(data, bool):
            return data
    raise Undecodable(f"{data!r} is none of {args}")


def _list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise Undecodable(f"expected a list, not {type(data).__name__}")
    return data


def _typed(data: Any, kind: Any) -> Any:
    if not isinstance(data, kind) or (isinstance(data, bool) and kind is not bool):
        raise Undecodable(f"expected {kind}, not {type(data).__name__}")
    return data


def _order(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)
