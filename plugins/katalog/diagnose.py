"""Turns pydantic's validation errors into problems a provider can act on: where, which field, how to fix."""
from __future__ import annotations

import difflib
import typing

from pydantic import BaseModel, ValidationError

from .problems import Problem, TextErrors
from .yamlsource import Loc, SourceFile, format_loc

_PATTERN_HINTS = {
    "registry_id": "must be 7 digits in quotes, e.g. \"7654321\"",
    "postcode": "must be written as \"341 01\"",
    "key": "use lowercase letters without diacritics, digits and hyphens, e.g. pomoc-seniorum",
    "previous_keys": "must be an earlier file name without .yaml: lowercase letters without diacritics, digits "
                     "and hyphens",
}

_TYPE_HINTS = {
    "string_type": "must be text{quote}",
    "date_type": "must be a date written as 2026-10-15",
    "list_type": "must be a list, e.g. [first, second]",
    "dict_type": "must be a group of fields (key: value lines, indented)",
    "model_type": "must be a group of fields (key: value lines, indented)",
    "bool_type": "must be true or false",
    "int_type": "must be a whole number",
    "float_type": "must be a number such as 49.3208",
}


def problems_from(error: ValidationError, source: SourceFile, model: type[BaseModel]) -> list[Problem]:
    """One problem per distinct (field, message), pointing at the line of the offending value."""
    seen: set[tuple[Loc, str]] = set()
    problems = []
    for detail in error.errors():
        loc = _data_loc(tuple(detail["loc"]), source.data)
        message = _message(detail, loc, model)
        if (loc, message) in seen:
            continue
        seen.add((loc, message))
        inside_text = detail.get("ctx", {}).get("error")
        if isinstance(inside_text, TextErrors):
            column = source.position(loc)[1]
            problems.extend(Problem(source.path, source.text_line(loc, text_line), column, format_loc(loc), text_message)
                            for text_line, text_message in inside_text.errors)
            continue
        if detail["type"] == "missing":
            line, column = source.position(loc[:-1])
        else:
            # An unknown field and a wrong dictionary key are wrong as keys: point at the key, not its value.
            of_key = detail["type"] == "extra_forbidden" or "[key]" in detail["loc"]
            line, column = source.position(loc, of_key=of_key)
        problems.append(Problem(source.path, line, column, format_loc(loc), message))
    return problems


def _data_loc(loc: Loc, data) -> Loc:
    """Drop the parts of pydantic's loc that name union branches or validators, not fields."""
    kept: list = []
    node = data
    for part in loc:
        if isinstance(part, int) and isinstance(node, list) and part < len(node):
            node = node[part]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and part.isidentifier() and "[" not in part:
            node = None  # a missing field: keep its name, there is no value below it
        else:
            continue
        kept.append(part)
    return tuple(kept)


def _message(detail: dict, loc: Loc, model: type[BaseModel]) -> str:
    kind = detail["type"]
    name = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if kind == "missing":
        return f"required field '{name}' is missing; add it"
    if kind == "extra_forbidden":
        known = _field_names(model, loc[:-1])
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else f"; allowed fields: {', '.join(known)}"
        return f"unknown field '{name}'{hint}"
    if kind in _TYPE_HINTS:
        value = detail.get("input")
        quote = f"; put it in quotes: \"{value}\"" if isinstance(value, (int, float)) else ""
        return _TYPE_HINTS[kind].format(quote=quote) + f", not {_describe(value)}"
    if kind == "string_pattern_mismatch":
        return _PATTERN_HINTS.get(name, "has the wrong form") + f", not '{detail.get('input')}'"
    if kind == "literal_error":
        expected = detail["ctx"]["expected"]
        if not isinstance(detail.get("input"), (str, int, float, bool)):
            return f"must be one of {expected}, not {_describe(detail.get('input'))}"
        close = difflib.get_close_matches(str(detail.get("input")), [e.strip("'") for e in expected.split(", ")
                                          for e in e.split(" or ")], n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return f"must be one of {expected}, not '{detail.get('input')}'{hint}"
    if kind == "too_short" and isinstance(detail.get("input"), (list, dict)):
        return "must list at least one value"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return (f"has {len(detail['input']):,} characters, more than the limit of {detail['ctx']['max_length']:,}; "
                "shorten it")
    if kind == "too_long":
        return (f"lists {detail['ctx']['actual_length']:,} values, more than the limit of "
                f"{detail['ctx']['max_length']:,}; keep the ones that matter most")
    message = detail["msg"]
    return message.removeprefix("Value error, ")


def _describe(value) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, dict):
        return "a group of fields"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"


def _field_names(model: type[BaseModel], loc: Loc) -> list[str]:
    """Field names of the model that sits at loc inside `model`."""
    current = model
    for part in loc:
        field = current.model_fields.get(part) if isinstance(part, str) else None
        if field is not None:  # other parts are list indexes and dict keys: same model below them
            current = _model_in(field.annotation)
            if current is None:
                return []
    return list(current.model_fields) if current else []


def _model_in(annotation) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found:
            return found
    return None

