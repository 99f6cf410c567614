"""Writes each leaflet of content/leaflets.yaml as a print and a screen PDF, with previews and a web page."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from pelican.generators import Generator

import schema

from .. import urls
from ..pdf.render import Layout, render_pdf
from .layout import FORMATS, DoesNotFit, Fitted, Step, fit
from .preview import write_previews
from .qr import browse_path, qr_svg

logger = logging.getLogger(__name__)
problem_log = logging.getLogger("katalog.problems")

FORMAT_LABELS = {"dl-trifold": "skládaný leták DL (A4 na třetiny)", "a5": "oboustranný leták A5"}
# Black for the QR code: pure K in the print edition, so the printer does not register four plates.
QR_DARK = {"print": "device-cmyk(0 0 0 1)", "screen": "#000"}


class LeafletError(Exception):
    """A leaflet cannot be made: its services do not fit on two sides, or there is no public address for its
    QR code. (A leaflet that selects nothing is refused by the loader, like any other content problem.)"""


@dataclass
class LeafletOutput:
    """One leaflet as the build makes it: what it selects, how it fits, where its files go."""

    leaflet: schema.Leaflet
    services: list
    web_url: str
    fitted: Fitted | None = None

    @property
    def key(self) -> str:
        return self.leaflet.key

    def pdf_path(self, edition: str) -> str:
        return f"pdf/leaflets/{self.key}{'-print' if edition == 'print' else ''}.pdf"


class LeafletGenerator(Generator):
    """Selects and fits every leaflet while reading the context; writes the PDFs, previews and page after."""

    def generate_context(self):
        catalogue = self.context["katalog"]
        self.outputs = []
        # The loader has already refused a leaflet that selects nothing (katalog validate reports it too).
        # The web section's full address (SITEURL, else KATALOG public_url), worked out once by the web generator.
        base = self.context.get("site_absolute_url")
        if base is None:
            raise LeafletError("leaflets print a QR code with the web section's public address, but SITEURL is "
                               "relative; set KATALOG['public_url'] in pelicanconf.py, e.g. "
                               "'https://www.mesto.example/socialni-sluzby'")
        problems = []
        for index, leaflet in enumerate(catalogue.leaflets):
            output = LeafletOutput(leaflet, catalogue.select(leaflet.select),
                                   urls.absolute(base, browse_path(leaflet.select)))
            try:
                # Fitting lays the leaflet out but writes nothing, so it belongs here: a leaflet that
                # cannot fit stops the build before any output is written.
                output.fitted = fit(output.services, leaflet.format, lambda *args: self._lay_out(output, *args))
            except DoesNotFit as error:
                problems.append((index, "select", _does_not_fit(leaflet, error)))
                continue
            logger.info("katalog: leaflet %s: %d services fit at step %d (%s)", leaflet.key, len(output.services),
                        output.fitted.step.number, output.fitted.step.description)
            self.outputs.append(output)
        self._fail_on(catalogue, problems)

    def generate_output(self, writer):
        if not self.outputs:
            return
        output_dir = Path(self.output_path)
        cards = []
        for output in self.outputs:
            for edition in ("print", "screen"):
                rendered = render_pdf(self._html(output, output.fitted.step, output.fitted.panels, edition),
                                      base_url=self._print_dir, out_path=output_dir / output.pdf_path(edition),
                                      edition=edition, stylesheets=[self._print_dir / "leaflet.css"],
                                      roots=[Path(self.theme)], edition_date=self._edition_date)
                if rendered.pages != 2:
                    raise LeafletError(f"leaflet '{output.key}': the {edition} edition has {rendered.pages} pages "
                                       "instead of 2, although the fitted layout had 2")
            images = write_previews(output_dir / output.pdf_path("screen"), output_dir / urls.LEAFLETS, output.key)
            cards.append(_card(output, [(f"{urls.LEAFLETS}{path.name}", *size) for path, size in images]))
        writer.write_file(urls.save_as(urls.LEAFLETS), self.get_template("leaflets-page"), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"], page_url=urls.LEAFLETS,
                          leaflets=cards)
        logger.info("katalog: wrote %d leaflets, two editions each", len(self.outputs))

    @property
    def _print_dir(self) -> Path:
        return Path(self.theme) / "print"

    @property
    def _edition_date(self):
        return self.context["katalog_settings"].edition_date(self.context["katalog"])

    def _fail_on(self, catalogue, problems: list[tuple[int, str, str]]):
        """Report every (leaflet index, field, message) at once, at its place in leaflets.yaml, and stop."""
        if not problems:
            return
        for index, field, message in problems:
            # The plugin's plain problem log prints one unwrapped line, ready to copy, like `katalog validate`.
            problem_log.error("%s", catalogue.leaflet_problem(index, field, message))
        raise LeafletError(f"{len(problems)} leaflet(s) in {catalogue.leaflets_file.path} cannot be made; "
                           "see the problems above")

    def _html(self, output: LeafletOutput, step: Step, panels, edition: str, measuring: bool = False) -> str:
        title = f"QR kód s adresou {output.web_url}"
        return self.get_template("leaflets/leaflet").render(
            self.context, leaflet=output.leaflet, services=output.services, step=step, panels=panels,
            emergency=self.context["katalog"].emergency,
            web_url=output.web_url, qr=qr_svg(output.web_url, dark=QR_DARK[edition], title=title),
            edition=self._edition_date, measuring=measuring)

    def _lay_out(self, output: LeafletOutput, step: Step, panels, measuring: bool):
        """Lay the screen edition out in memory (the print edition differs only in colour and bleed)."""
        layout = Layout(base_url=self._print_dir, stylesheets=[self._print_dir / "leaflet.css"],
                        roots=[Path(self.theme)])
        return layout.render(self._html(output, step, panels, "screen", measuring))


def _does_not_fit(leaflet, error: DoesNotFit) -> str:
    if error.fitting == error.selected:
        return (f"({leaflet.format}): all {error.selected} services have a place, but the layout does not hold: "
                f"{'; '.join(error.problems)}; shorten the title or the introduction")
    return (f"({leaflet.format}) does not fit on two sides: {error.selected} services are selected and only "
            f"{error.fitting} fit, even set compactly (smaller type, no summaries); narrow the selection "
            "or split it into two leaflets")


def _card(output: LeafletOutput, previews: list[tuple[str, int, int]]) -> dict:
    """What the leaflets page shows of one leaflet: links, and previews with what each one shows."""
    on_side = {0: [], 1: []}
    for name, side in FORMATS[output.leaflet.format].sides.items():
        on_side[side].extend(output.fitted.panels.get(name, []))
    title = output.leaflet.title
    if output.leaflet.format == "dl-trifold":
        alts = [f"Vnější strana letáku „{title}“: vpravo titulní strana s nadpisem, uprostřed tísňová čísla "
                f"a QR kód na web, vlevo {_listing(on_side[0])}.",
                f"Vnitřní strana letáku: {_listing(on_side[1])}."]
    else:
        alts = [f"Přední strana letáku „{title}“: nadpis a {_listing(on_side[0])}.",
                f"Zadní strana letáku: {_listing(on_side[1])}, dole tísňová čísla a QR kód na web."]
    return {
        "leaflet": output.leaflet,
        "format_label": FORMAT_LABELS[output.leaflet.format],
        "count": len(output.services),
        "screen_pdf": output.pdf_path("screen"),
        "print_pdf": output.pdf_path("print"),
        "previews": [{"src": src, "width": width, "height": height, "alt": alt}
                     for (src, width, height), alt in zip(previews, alts)],
    }


def _listing(services) -> str:
    """'služba A' or 'služby A, B a C'."""
    names = [service.name for service in services]
    if len(names) <= 1:
        return f"služba {names[0]}" if names else "bez služeb"
    return "služby " + ", ".join(names[:-1]) + " a " + names[-1]
