"""Profile URLs as keys: the same member written two ways must give one key."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit


_CANONICAL = "https://www.linkedin.com/in/"
_SPECIAL = frozenset("?#%;\t\r\n\\")
"""Characters after which the full parse is needed (query, fragment, escapes…)."""


def normalise_profile_url(url: str | None) -> str | None:
    """A canonical form of a profile URL, or None when there is none.

    Percent-encoding is decoded (exports encode non-ASCII slugs in one file and not in
    another), the scheme becomes https, the host is lower-cased, and the query, fragment
    and trailing slashes go. LinkedIn's country hosts (``fr.linkedin.com``) become
    ``www.linkedin.com`` and member slugs are compared without case, as LinkedIn does.
    ``https://www.linkedin.com/in/l%C3%A9a-dubois/?trk=x`` and
    ``http://FR.LinkedIn.com/in/Léa-Dubois`` give the same key.
    """
    if url is None:
        return None
    text = url.strip()
    if not text:
        return None
    if text.startswith(_CANONICAL) and not _SPECIAL.intersection(text):
        return text.rstrip("/").lower()  # already canonical but for case: 30k rows go fast
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = parts.netloc.lower()
    path = unquote(parts.path).rstrip("/")
    if not host:
        return None
    if host.endswith("linkedin.com"):
        # Country subdomains (fr.linkedin.com) and www point at the same member page.
        host = "www.linkedin.com"
        path = path.lower() if path.startswith("/in/") else path
    return f"https://{host}{path}"
