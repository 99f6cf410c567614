"""Which link targets an output may carry: full web addresses, mailto: and tel:, nothing else."""
from __future__ import annotations

from urllib.parse import urlsplit

SCHEMES = frozenset({"http", "https", "mailto", "tel"})

_FULL_ADDRESS = "write the full address starting with https://"


def refusal(href: str) -> str | None:
    """Why `href` may not be a link in any output, with how to fix it; None when it may.

    A relative address means something else in every output (a page of the web, a file of the build machine
    in a PDF), and one without a scheme lets the reader's program pick one, file: included."""
    shown = href if len(href) <= 60 else href[:59] + "…"
    try:
        parts = urlsplit(href)
    except ValueError:
        return f"'{shown}' is not a valid address; {_FULL_ADDRESS}"
    scheme = parts.scheme.lower()
    if href.startswith("//"):
        return f"'{shown}' has no scheme (https:); {_FULL_ADDRESS}"
    if href.startswith("#"):
        return f"'{shown}' points into a page that is different in each output; {_FULL_ADDRESS}"
    if not scheme:
        return f"'{shown}' is a relative address, which leads somewhere else from a PDF; {_FULL_ADDRESS}"
    if scheme not in SCHEMES:
        return (f"'{shown}' is a {scheme}: link; link only to web pages (https://…), "
                "e-mail addresses (mailto:…) and phone numbers (tel:…)")
    if scheme in ("http", "https") and not parts.netloc:
        return f"'{shown}' has no server name; {_FULL_ADDRESS}"
    if scheme in ("mailto", "tel") and not parts.path:
        return f"'{shown}' has no {'e-mail address' if scheme == 'mailto' else 'number'} after '{scheme}:'"
    return None
