"""Briefings to JSON-able dicts and back, losslessly, for the cache.

This is not the public JSON contract (`briefing.core.serialize` is): it keeps every field of
every dataclass in `briefing.core.model`, with dates as ISO strings and tuples as lists, so that
`decode(Briefing, encode(b)) == b`. It is driven by the dataclasses' own type hints, so a field
added to the model is carried without touching this module; `model_fingerprint()` changes with
any such addition, and the cache puts it in its keys so an old entry is never read as a new one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import types
import typing
from typing import Any, TypeVar

from briefing.core import model

T = TypeVar("T")


def encode(value: Any) -> Any:
    """A model value as JSON-able data: dataclasses as dicts, tuples as lists, dates as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _decode(hint: Any, data: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin is types.UnionType or origin is typing.Union:
        if data is None:
            return None
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decode(options[0], data)
    if origin is tuple:
        (item, *_rest) = typing.get_args(hint)
        return tuple(_decode(item, v) for v in data)
    if origin is typing.Literal:
        return data
    if hint is dt.date:
        return dt.date.fromisoformat(data)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return decode(hint, data)
    return data


def decode(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a model dataclass from `encode`'s output; missing fields take their defaults."""
    hints = _hints(cls)
    kwargs = {
        f.name: _decode(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in data
    }
    return cls(**kwargs)


@functools.cache
def model_fingerprint() -> str:
    """A short hash of the model's shape: every dataclass, field name and type, in order."""
    parts = []
    for name, cls in sorted(vars(model).items()):
        if isinstance(cls, type) and dataclasses.is_dataclass(cls):
            fields = ",".join(f"{f.name}:{f.type}" for f in dataclasses.fields(cls))
            parts.append(f"{name}({fields})")
    return hashlib.sha256(";".join(parts).encode()).hexdigest()[:16]
