"""The catalogue's chapters, read back with pypdf: open services first, a temporarily closed one last and marked."""
from __future__ import annotations

from pypdf import PdfReader

CLOSED_CLUB = "Aktivizační klub pro seniory Velký Bor"


def _chapters(path) -> dict[str, list[str]]:
    """Each chapter's bookmark title with the titles of the services under it, in the PDF's order."""
    outline = PdfReader(path).outline
    chapters = {}
    for at, item in enumerate(outline):
        following = outline[at + 1] if at + 1 < len(outline) else None
        if not isinstance(item, list) and isinstance(following, list):
            chapters[" ".join(item.title.split())] = [" ".join(child.title.split()) for child in following
                                                      if not isinstance(child, list)]
    return chapters


def test_a_chapter_lists_its_open_services_first_and_the_closed_club_last(screen_pdf, catalogue):
    seniors = _chapters(screen_pdf.path)["Senioři"]
    assert seniors[-1] == CLOSED_CLUB
    closed = {s.name for s in catalogue.published if s.status == "temporarily-closed"}
    for services in _chapters(screen_pdf.path).values():
        listed = [name for name in services if name in closed]
        assert services[len(services) - len(listed):] == listed, services


def test_the_closed_club_is_marked_in_full_and_where_a_later_chapter_refers_to_it(screen_pdf):
    pages = screen_pdf.find(CLOSED_CLUB)
    text = " ".join(screen_pdf.pages[number - 1] for number in pages)
    assert "Služba je dočasně uzavřena" in text
    assert f"{CLOSED_CLUB} (dočasně uzavřeno)" in text
