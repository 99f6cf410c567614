"""Publishing safely: a manifest of the published services, and a stop when a publish would drop many at once."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

from pelican.generators import Generator

from ..atomicbuild import state_path
from ..catalogue import Catalogue, ServiceRecord
from ..problems import BuildStop

logger = logging.getLogger(__name__)
problem_log = logging.getLogger("katalog.problems")

MANIFEST = "manifest.json"
# The last publish's manifest, kept beside the output folder: a local build replaces the output, not this.
LAST_PUBLISH = ".last-publish.json"
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


def last_publish_path(settings: dict) -> Path:
    """Where `make publish` puts the live site's manifest, and a finished publish build its own."""
    return state_path(Path(settings["OUTPUT_PATH"]), LAST_PUBLISH)


def read_manifest(path: Path) -> dict[str, str] | None:
    """The published services of the last publish, or None without a usable manifest."""
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


def record_last_publish(pelican):
    """signals.finalized: a publish build that finished keeps a copy of its manifest for the next one."""
    written = Path(pelican.output_path) / MANIFEST
    if written.exists():
        shutil.copyfile(written, last_publish_path(pelican.settings))


class PublishGuard(Generator):
    """Checks a publish build against the manifest of the last publish, then writes the new manifest."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.publishing = is_publish_build(self.settings)
        # Created with the other generators, before anything is written: a refused publish writes nothing.
        if self.publishing:
            self._check(last_publish_path(self.settings))

    def _check(self, manifest: Path):
        previous = read_manifest(manifest)
        if previous is None:
            logger.warning("katalog: no manifest of the last publish (%s), so the publish guard cannot tell which "
                           "services this publish drops; expected only on a site's first publish (`make publish` "
                           "fetches the live site's manifest there first)", manifest)
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
