"""Writes data/hsds/: services.json, organizations.json and the Tabular Data Package of the published services."""
from __future__ import annotations

import json
import logging
from pathlib import Path

from pelican.generators import Generator

from .. import urls
from . import tables
from .objects import HsdsObjects

logger = logging.getLogger(__name__)

SERVICES = "services.json"
ORGANIZATIONS = "organizations.json"
PACKAGE = "datapackage.json"


def _json(data) -> bytes:
    """Indented, keys in a fixed order: the same sources give the same bytes, and diffs stay readable."""
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def hsds_files(catalogue, settings, siteurl: str) -> dict[str, bytes]:
    """Every file of the export by its name in data/hsds/."""
    objects = HsdsObjects(catalogue, urls.public_base(siteurl, settings.public_url))
    services = [objects.service(service) for service in catalogue.published]
    providers = {service.provider.key: service.provider for service in catalogue.published}
    organizations = [objects.organization(providers[key]) for key in sorted(providers)]
    files = {SERVICES: _json(services), ORGANIZATIONS: _json(organizations)}
    all_resources = tables.resources()
    for resource, rows in tables.rows_by_resource(services, organizations).items():
        files[all_resources[resource]["path"]] = tables.csv_bytes(resource, rows)
    title = f"{settings.title}: {catalogue.region.name} (HSDS 3.0)"
    files[PACKAGE] = _json(tables.package_descriptor(settings.data_licence_entry(), title))
    return files


class OpenDataGenerator(Generator):
    """The HSDS 3.0 export of the published services into urls.OPEN_DATA."""

    def generate_context(self):
        pass

    def generate_output(self, writer):
        catalogue = self.context["katalog"]
        folder = Path(self.output_path) / urls.OPEN_DATA
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in hsds_files(catalogue, self.context["katalog_settings"], self.settings["SITEURL"]).items():
            (folder / name).write_bytes(data)
        logger.info("katalog: open data (HSDS 3.0) of %d services in %s", len(catalogue.published), urls.OPEN_DATA)
