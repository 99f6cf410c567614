"""Links of the screen edition as a screen reader announces them: one per entry, described by its text."""
from __future__ import annotations

import pydyf


def one_link_per_entry(page_links: list) -> list:
    """WeasyPrint makes a link of every box inside an <a> (the name, a leader, a page number on ::after) and
    of every line it wraps onto; links to the same target on touching or overlapping lines become one,
    whose area covers them all."""
    merged: list = []
    for link in page_links:
        link_type, target, (x0, y0, x1, y1), box = link
        for index, (kept_type, kept_target, (a0, b0, a1, b1), kept_box) in enumerate(merged):
            if (kept_type, kept_target) == (link_type, target) and y0 <= b1 + 1 and b0 <= y1 + 1:
                merged[index] = (kept_type, kept_target, (min(a0, x0), min(b0, y0), max(a1, x1), max(b1, y1)),
                                 kept_box)
                break
        else:
            merged.append(link)
    return merged


def describe_links(document):
    """Each link annotation's description (/Contents) is the text of its element, not the target's id."""
    for page in document.pages:
        for _, _, _, box in page.links:
            if box.link_annotation is not None and box.element is not None:
                text = " ".join("".join(box.element.itertext()).split())
                if text:
                    box.link_annotation["Contents"] = pydyf.String(text)
