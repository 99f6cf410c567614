"""Remembers how a leaflet was fitted, under a hash of what fitting lays out, so an unchanged one is not laid out again."""
from __future__ import annotations

import json
from pathlib import Path

from ..pdf.cache import input_key
from .layout import STEPS, Fitted


class FitMemo:
    """One file per leaflet in the PDF cache folder: the key, the step and the service keys of each panel."""

    def __init__(self, folder: Path, leaflet_key: str):
        self.path = folder / f"fit-{leaflet_key}.json"

    @staticmethod
    def key(measuring_html: str, leaflet_format: str, stylesheet: Path) -> str:
        """Every service at full length in large type shows all that any step sets, shortened or not."""
        return input_key(measuring_html, {"format": leaflet_format, "stylesheets": [stylesheet]})

    def recall(self, key: str, services: list) -> Fitted | None:
        if not self.path.is_file() or (kept := json.loads(self.path.read_text()))["key"] != key:
            return None
        by_key = {service.key: service for service in services}
        step = next(step for step in STEPS if step.number == kept["step"])
        return Fitted(step, {panel: [by_key[name] for name in names] for panel, names in kept["panels"].items()},
                      [by_key[name] for name in kept["left_out"]])

    def remember(self, key: str, fitted: Fitted):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps({
            "key": key, "step": fitted.step.number,
            "panels": {panel: [service.key for service in entries] for panel, entries in fitted.panels.items()},
            "left_out": [service.key for service in fitted.left_out]}))
