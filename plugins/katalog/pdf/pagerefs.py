"""The catalogue laid out once: front matter, body and back matter rendered apart, with literal page numbers.

WeasyPrint resolves a `target-counter()` that points forward by laying the pages that hold it out again,
and the contents and indexes point forward at every card. Instead the body (chapters and town pages) is
laid out once; the page of each of its anchors then goes into the front and back matter as a literal number
(`data-page-of="anchor"` in the template becomes `data-page="12"`, which the stylesheet shows). The body's
own references point back to the first chapter a service is in, which WeasyPrint resolves in one pass.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Where the template's parts begin: <!--katalog:part body--> and <!--katalog:part back-->.
_PART = re.compile(r"<!--katalog:part (body|back)-->")
_PAGE_OF = re.compile(r'data-page-of="([^"]*)"')
# While the front matter is measured, before its numbers are known: as wide as any page number up to 999.
PLACEHOLDER = "000"
# A part that starts on a left-hand page begins with one blank page; the page counter starts where the book is.
# (Laying out one blank page for every page before the part cost seconds in a book of a thousand pages.)
_BLANK_PAGE = '<div class="padding-page"></div>'
_FIRST_NUMBER = "<style>@page :first {{ counter-reset: page {number} }}</style>"
# The front matter is laid out again when its literal numbers made it a page longer or shorter.
_ATTEMPTS = 3


class PageReferenceError(Exception):
    """The front matter's length would not settle; it cannot happen with numbers of fixed width."""


@dataclass(frozen=True)
class BookParts:
    """The catalogue's HTML cut where its parts begin; each part becomes a document of its own."""

    head: str  # everything up to the front matter, <body> included
    front: str
    body: str
    back: str

    @classmethod
    def split(cls, html: str) -> "BookParts":
        pieces = _PART.split(html)
        if len(pieces) != 5 or pieces[1::2] != ["body", "back"]:
            raise PageReferenceError("the catalogue template must mark its parts with <!--katalog:part body--> "
                                     "and then <!--katalog:part back-->")
        head, _, front = pieces[0].partition("<body>")
        back = pieces[4].rpartition("</body>")[0]
        return cls(head + "<body>", front, pieces[2], back)

    def document(self, part: str, skipped_pages: int = 0) -> str:
        """`part` as a document whose first page of content is numbered `skipped_pages` + 1 and falls on the
        same side (left or right) as in the book; see blank_pages for the pages before it."""
        blank = blank_pages(skipped_pages)
        return (self.head + _FIRST_NUMBER.format(number=skipped_pages + 1 - blank) + _BLANK_PAGE * blank + part
                + "</body></html>")


def blank_pages(skipped_pages: int) -> int:
    """How many blank pages open the document of a part after `skipped_pages` pages of the book: one when the
    part starts on a left-hand (even) page, since a document starts on a right-hand one."""
    return skipped_pages % 2


def with_numbers(html: str, numbers: dict[str, int]) -> str:
    """Every `data-page-of="anchor"` as `data-page="N"`; the placeholder for an anchor not laid out yet."""
    return _PAGE_OF.sub(lambda match: f'data-page="{numbers.get(match[1], PLACEHOLDER)}"', html)


def anchor_pages(pages, first_number: int) -> dict[str, int]:
    """The page each anchor starts on: a section that runs over pages is among the anchors of each."""
    numbers = {}
    for number, page in enumerate(pages, first_number):
        for anchor in page.anchors:
            numbers.setdefault(anchor, number)
    return numbers


def lay_out_book(render: Callable, html: str):
    """The whole catalogue as one WeasyPrint document; `render` turns an HTML string into a document."""
    parts = BookParts.split(html)
    front = render(parts.document(with_numbers(parts.front, {})))
    for _ in range(_ATTEMPTS):
        skipped = len(front.pages)
        numbers = anchor_pages(front.pages, 1)
        body = render(parts.document(parts.body, skipped)).pages[blank_pages(skipped):]
        numbers |= anchor_pages(body, skipped + 1)
        before_back = skipped + len(body)
        back = render(parts.document(with_numbers(parts.back, numbers), before_back)).pages[blank_pages(before_back):]
        numbers |= anchor_pages(back, before_back + 1)
        front = render(parts.document(with_numbers(parts.front, numbers)))
        if len(front.pages) == skipped:
            return front.copy(front.pages + body + back)
    raise PageReferenceError(f"the front matter would not settle at {skipped} pages")
