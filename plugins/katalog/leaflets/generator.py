"""Writes each leaflet of content/leaflets.yaml as a print and a screen PDF, with previews and a web page."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pelican.generators import Generator

import schema

from .. import urls
from ..atomicbuild import state_path
from ..i18n import N_
from ..pdf.cache import kept_or_submitted
from ..pdf.pool import shared_pool
from ..pdf.render import Layout
from ..sitewriter import write_page
from ..taxonomy import SOURCE_LANGUAGE
from ..templating import activate
from ..typesetting import keep_names_whole, typeset_html
from .choice import emergency_on_leaflet, left_out_message, leaflet_priority
from .fitmemo import FitMemo
from .layout import FORMATS, STEPS, DoesNotFit, Fitted, Step, fit
from .preview import write_previews
from .qr import browse_path, qr_svg

logger = logging.getLogger(__name__)
problem_log = logging.getLogger("katalog.problems")

FORMAT_LABELS = {"dl-trifold": N_("skládaný leták DL (A4 na třetiny)"), "a5": N_("oboustranný leták A5")}
# Black for the QR code: pure K in the print edition, so the printer does not register four plates.
QR_DARK = {"print": "device-cmyk(0 0 0 1)", "screen": "#000"}


@dataclass
class LeafletOutput:
    """One leaflet as the build makes it: what it selects, how it fits, where its files go."""

    index: int  # its place in leaflets.yaml
    leaflet: schema.Leaflet
    services: list  # every selected service, in priority order
    site: object  # the SiteLanguage it is written in: its labels, texts and the site its QR code opens
    web_url: str
    fitted: Fitted | None = None
    renders: dict = field(default_factory=dict)  # edition -> future of its RenderedPdf

    @property
    def key(self) -> str:
        return self.leaflet.key

    def pdf_path(self, edition: str) -> str:
        return f"pdf/leaflets/{self.key}{'-print' if edition == 'print' else ''}.pdf"


class LeafletGenerator(Generator):
    """Selects and fits every leaflet while reading the context; writes the PDFs, previews and page after.

    A leaflet never stops the build: one that cannot hold all its services keeps the first ones (see
    choice.leaflet_priority) with a warning, and one that cannot be made at all is left out with one
    error line, while the rest of the site is still written."""

    def generate_context(self):
        catalogue = self.context["katalog"]
        self.outputs = []
        # The web section's full address (SITEURL, else KATALOG public_url), worked out once by the web generator.
        base = self.context.get("site_absolute_url")
        if base is None:
            logger.error("katalog: no leaflets made: they print a QR code with the web section's public address, "
                         "but SITEURL is relative; set KATALOG['public_url'] in pelicanconf.py, e.g. "
                         "'https://www.mesto.example/socialni-sluzby'")
            return
        for index, leaflet in enumerate(catalogue.leaflets):
            site = self._site(leaflet)
            services = leaflet_priority(catalogue.select(leaflet.select), leaflet.select, site.code)
            if not services:
                continue  # the loader has warned: an empty leaflet is not made
            output = LeafletOutput(index, leaflet, services, site,
                                   urls.absolute(base, site.prefix + browse_path(leaflet.select)))
            # Fitted and submitted here (the output folder is clean by now): the workers render the PDFs
            # while the next leaflets are fitted.
            with self._skipped_on_failure(output, "laid out"):
                output.fitted = self._fit(output)
            if output.fitted is None:
                continue
            logger.info("katalog: leaflet %s: %d of %d services fit at step %d (%s)", leaflet.key,
                        len(output.fitted.kept), len(services), output.fitted.step.number,
                        output.fitted.step.description)
            if output.fitted.left_out:
                message = left_out_message(leaflet, len(output.fitted.kept), output.fitted.left_out, output.web_url)
                problem_log.warning("%s", catalogue.leaflet_problem(index, "select", message, warning=True))
            with self._skipped_on_failure(output, "written"):
                self._submit(output)
                self.outputs.append(output)

    def generate_output(self, writer):
        if not self.context["katalog"].leaflets:
            return
        output_dir = Path(self.output_path)
        cards = []
        for output in self.outputs:
            with self._skipped_on_failure(output, "written", output_dir):
                cards.append(self._write(output, output_dir))
        shared_pool(self.context).shutdown()
        for site in self.context["site_languages"].values():
            # The leaflets in the reader's language first, then the others in the order of leaflets.yaml.
            in_order = sorted(cards, key=lambda card: card["language"] != site.code)
            write_page(writer, site, urls.LEAFLETS, self.get_template("leaflets-page"), self.context,
                       self.settings["RELATIVE_URLS"], leaflets=in_order)
        logger.info("katalog: wrote %d leaflets, two editions each", len(cards))

    def _fit(self, output: LeafletOutput) -> Fitted:
        """Fitted as before when nothing it lays out has changed since the last build, else laid out anew."""
        memo = FitMemo(self._cache_folder, output.key)
        everything = Fitted(STEPS[0], {FORMATS[output.leaflet.format].service_panels[0]: output.services}, [])
        key = FitMemo.key(self._html(output, everything, "print", measuring=True), output.leaflet.format,
                          self._print_dir / "leaflet.css")
        if (fitted := memo.recall(key, output.services)) is not None:
            logger.info("katalog: leaflet %s unchanged since the last build, not laid out again", output.key)
        else:
            fitted = fit(output.services, output.leaflet.format, lambda *args: self._lay_out(output, *args))
            memo.remember(key, fitted)
        return fitted

    def _submit(self, output: LeafletOutput):
        """Both editions go to the workers shared with the catalogue, while the next leaflet is fitted."""
        for edition in ("print", "screen"):
            output.renders[edition] = kept_or_submitted(
                shared_pool(self.context), self._html(output, output.fitted, edition), base_url=self._print_dir,
                out_path=Path(self.output_path) / output.pdf_path(edition), edition=edition,
                stylesheets=[self._print_dir / "leaflet.css"], roots=[Path(self.theme)],
                edition_date=self._edition_date, cache_folder=self._cache_folder,
                folds_mm=FORMATS[output.leaflet.format].folds_mm)

    def _write(self, output: LeafletOutput, output_dir: Path) -> dict:
        """Waits for both editions, writes the previews of one leaflet; returns its card for the leaflets page."""
        for edition, future in output.renders.items():
            rendered = future.result()
            if edition == "print" and rendered.pages != 2:
                raise RuntimeError(f"the {edition} edition has {rendered.pages} pages instead of 2, "
                                   "although the fitted layout had 2")
        images = write_previews(output_dir / output.pdf_path("print"), output_dir / urls.LEAFLETS, output.key)
        return _card(output, [(f"{urls.LEAFLETS}{path.name}", *size) for path, size in images])

    @contextmanager
    def _skipped_on_failure(self, output: LeafletOutput, doing: str, output_dir: Path | None = None):
        """Whatever goes wrong with one leaflet costs that leaflet only: one error line at its place in
        leaflets.yaml, its files removed, and the build goes on (the leaflets page leaves it out)."""
        try:
            yield
        except Exception as error:  # noqa: BLE001 - no leaflet, whatever fails in it, may stop the web
            # A traceback would tell a town nothing it can act on; `pelican -D` (debug) still shows it.
            logger.debug("katalog: leaflet %s failed", output.key, exc_info=True)
            if isinstance(error, DoesNotFit):
                reason = "not one service fits under its title and introduction; shorten them"
            else:
                reason = (f"{type(error).__name__}: {error}; please report this to the catalogue's maintainers "
                          "with the output of `pelican -D`")
            message = f"could not be {doing} and is left out of this build, the rest of the site is built: {reason}"
            problem_log.error("%s", self.context["katalog"].leaflet_problem(output.index, "select", message))
            if output_dir is not None:
                _remove_files(output, output_dir)

    def _site(self, leaflet):
        """The language a leaflet is written in (validated against the site's languages), else the source one."""
        sites = self.context["site_languages"]
        return sites.get(leaflet.lang or SOURCE_LANGUAGE, sites[SOURCE_LANGUAGE])

    @property
    def _cache_folder(self) -> Path:
        return state_path(Path(self.settings["OUTPUT_PATH"]), "-pdf-cache")

    @property
    def _print_dir(self) -> Path:
        return Path(self.theme) / "print"

    @property
    def _edition_date(self):
        return self.context["katalog_settings"].edition_date(self.context["katalog"])

    def _html(self, output: LeafletOutput, fitted: Fitted, edition: str, measuring: bool = False) -> str:
        """The print edition and the fitting lay out the folded sheet; the screen edition reads in order. All of
        it in the leaflet's language; Czech typesetting only for a Czech leaflet (the rules are Czech)."""
        with activate(output.site) as site:
            title = site.gettext("QR kód s adresou %(address)s") % {"address": output.web_url}
            html = self.get_template("leaflets/leaflet").render(
                self.context, leaflet=output.leaflet, services=fitted.kept, step=fitted.step, panels=fitted.panels,
                more=bool(fitted.left_out), emergency=emergency_on_leaflet(self.context["katalog"].emergency),
                web_url=output.web_url, qr=qr_svg(output.web_url, dark=QR_DARK[edition], title=title),
                edition=self._edition_date, measuring=measuring, reading_order=edition == "screen")
        return keep_names_whole(typeset_html(html) if output.site.code == SOURCE_LANGUAGE else html)

    def _lay_out(self, output: LeafletOutput, step: Step, panels, measuring: bool, more: bool):
        """Lay the folded sheet out in memory, in screen colours (the print edition differs only in colour,
        bleed and the QR code's black)."""
        layout = Layout(base_url=self._print_dir, stylesheets=[self._print_dir / "leaflet.css"],
                        roots=[Path(self.theme)])
        # While fitting, "more" stands for any services left out: only whether there are any shows.
        trial = Fitted(step, panels, [None] if more else [])
        return layout.render(self._html(output, trial, "print", measuring))


def _remove_files(output: LeafletOutput, output_dir: Path):
    """A leaflet that failed half-way leaves no file behind that the leaflets page does not link."""
    for path in [output_dir / output.pdf_path(edition) for edition in ("print", "screen")] + \
            sorted((output_dir / urls.LEAFLETS).glob(f"{output.key}-*.png")):
        path.unlink(missing_ok=True)


def _card(output: LeafletOutput, previews: list[tuple[str, int, int]]) -> dict:
    """What the leaflets page shows of one leaflet: links, and previews with the names of the services on each
    side (the page words their alternative text in its language)."""
    on_side = {0: [], 1: []}
    for name, side in FORMATS[output.leaflet.format].sides.items():
        on_side[side].extend(service.text("name", output.site.code) for service in output.fitted.panels.get(name, []))
    return {
        "leaflet": output.leaflet,
        "language": output.site.code,
        "format_label": FORMAT_LABELS[output.leaflet.format],
        "count": len(output.fitted.kept),
        "screen_pdf": output.pdf_path("screen"),
        "print_pdf": output.pdf_path("print"),
        "previews": [{"src": src, "width": width, "height": height, "side": side, "services": on_side[side]}
                     for side, (src, width, height) in enumerate(previews)],
    }
