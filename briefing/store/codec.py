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
from collections.abc import Callable
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


Decoder = Callable[[Any], Any]


def _identity(data: Any) -> Any:
    return data


@functools.cache
def _decoder(hint: Any) -> Decoder:
    """A function that rebuilds values of type `hint`, worked out once per type: a warm cache
    decodes thousands of briefings, and inspecting type hints per value would dominate."""
    origin = typing.get_origin(hint)
    if origin is types.UnionType or origin is typing.Union:
        (option,) = [a for a in typing.get_args(hint) if a is not type(None)]
        inner = _decoder(option)
        return lambda data: None if data is None else inner(data)
    if origin is tuple:
        item = _decoder(typing.get_args(hint)[0])
        return lambda data: tuple(item(v) for v in data)
    if hint is dt.date:
        return dt.date.fromisoformat
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return functools.partial(decode, hint)
    return _identity


@functools.cache
def _field_decoders(cls: type) -> tuple[tuple[str, Decoder], ...]:
    hints = typing.get_type_hints(cls, vars(model))
    return tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls))


def decode(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a model dataclass from `encode`'s output; missing fields take their defaults."""
    kwargs = {name: fn(data[name]) for name, fn in _field_decoders(cls) if name in data}
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
