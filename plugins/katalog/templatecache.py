"""One compiled copy of each template for the whole build.

Pelican gives every generator its own Jinja environment, so base.html and the shared macros were
compiled once per generator (31 compilations for 14 templates). All of them are made from the same
JINJA_ENVIRONMENT setting, so they can share compiled code: this cache keeps it in memory for the
life of the process. Jinja checks each entry against a checksum of the template's source, so an edited
template is compiled afresh (`make serve` rebuilds in the same process)."""
from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class SharedTemplateCache(BytecodeCache):
    def __init__(self):
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


def share_compiled_templates(pelican) -> None:
    """Give every environment of this build the same cache (signals.initialized: before any generator)."""
    settings = pelican.settings
    if "bytecode_cache" not in settings["JINJA_ENVIRONMENT"]:
        settings["JINJA_ENVIRONMENT"] = {**settings["JINJA_ENVIRONMENT"], "bytecode_cache": SharedTemplateCache()}
