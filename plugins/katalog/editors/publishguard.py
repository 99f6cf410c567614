"""Publishing safely: a manifest of the published services, and a stop when a publish would drop many at once."""
from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from urllib.parse import urlsplit

from pelican.generators import Generator

from ..catalogue import Catalogue, ServiceRecord
from ..problems import BuildStop

logger = logging.getLogger(__name__)
problem_log = logging.getLogger("katalog.problems")

MANIFEST = "manifest.json"
MAX_DROPPED_SHARE = 0.10
CONFIRM = ("build again with `-e KATALOG_ALLOW_DROP=true`, or with the environment variable KATALOG_ALLOW_DROP=1 "
           "(KATALOG_ALLOW_DROP=1 make publish)")


class PublishGuardError(BuildStop):
    """The publish build stopped because it would drop too many services; the message says how to confirm."""


def service_digest(service: ServiceRecord) -> str:
    """sha256 of the validated data as canonical JSON: it changes exactly when the published data does."""
    canonical = json.dumps(service.data.model_dump(mode="json"), ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def manifest_text(catalogue: Catalogue) -> str:
    services = {service.key: service_digest(service) for service in catalogue.published}
    return json.dumps({"services": dict(sorted(services.items()))}, indent=2) + "\n"


def read_manifest(output_path: Path) -> dict[str, str] | None:
    """The published services of the last publish build in this folder, or None without a usable manifest."""
    path = output_path / MANIFEST
    if not path.exists():
        return None
    try:
        services = json.loads(path.read_text(encoding="utf-8"))["services"]
    except (ValueError, KeyError, TypeError) as error:
        logger.warning("katalog: %s is not a manifest (%s); the publish guard has nothing to compare with",
                       path, error)
        return None
    return services if isinstance(services, dict) else None


def is_publish_build(settings: dict) -> bool:
    """publishconf.py builds for the live site: absolute SITEURL, no relative links."""
    return not settings.get("RELATIVE_URLS") and urlsplit(settings.get("SITEURL") or "").scheme in ("http", "https")


def drop_confirmed(settings: dict) -> bool:
    setting = str(settings.get("KATALOG_ALLOW_DROP", "")).lower()
    variable = os.environ.get("KATALOG_ALLOW_DROP", "").lower()
    return setting in ("true", "1", "yes") or variable in ("true", "1", "yes")


def check_drop(previous: dict[str, str], current: set[str], confirmed: bool) -> list[str]:
    """The services the new build drops; raises PublishGuardError when they are too many and not confirmed."""
    dropped = sorted(set(previous) - current)
    if previous and len(dropped) > MAX_DROPPED_SHARE * len(previous) and not confirmed:
        for key in dropped:
            problem_log.error("%s: would no longer be published", key)
        problem_log.error("To publish without them, %s.", CONFIRM)
        raise PublishGuardError(
            f"publishing would drop {len(dropped)} of the {len(previous)} services published last time "
            f"(more than {MAX_DROPPED_SHARE:.0%}): {', '.join(dropped)}. Nothing was changed. If this is intended, "
            f"{CONFIRM}.")
    return dropped


class PublishGuard(Generator):
    """Checks a publish build against the manifest in the output folder, then writes the new manifest."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.publishing = is_publish_build(self.settings)
        # This build writes into a folder of its own (katalog.atomicbuild); the last one is still in place.
        if self.publishing:
            self._check(Path(self.settings["OUTPUT_PATH"]))

    def _check(self, output_path: Path):
        previous = read_manifest(output_path)
        if previous is None:
            logger.info("katalog: no %s in %s; the publish guard starts with this build", MANIFEST, output_path)
            return
        catalogue = self.context["katalog"]  # loaded by the catalogue generator, created just before this one
        dropped = check_drop(previous, {s.key for s in catalogue.published}, drop_confirmed(self.settings))
        if dropped:
            logger.warning("katalog: this publish drops %d service(s): %s", len(dropped), ", ".join(dropped))

    def generate_context(self):
        pass

    def generate_output(self, writer):
        if self.publishing:
            (Path(self.output_path) / MANIFEST).write_text(manifest_text(self.context["katalog"]), encoding="utf-8")
