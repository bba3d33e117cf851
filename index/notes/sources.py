"""When two addresses name the same web page, as Hypothesis compares them: http and https, a
trailing slash, the fragment, the default port, the case of the scheme and the host, and the
order of the query's parameters make no difference. An annotation made in Hypothesis on
``http://…/kazakhstan/`` is on the report Muragat holds as ``https://…/kazakhstan``."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


def page_key(url: str) -> str | None:
    """What identifies the page ``url`` names (None: not an http or https address)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return f"web://{host}{path}" + (f"?{query}" if query else "")


def same_page(a: str, b: str) -> bool:
    key = page_key(a)
    return a == b or (key is not None and key == page_key(b))


def spellings(url: str) -> list[str]:
    """The addresses a publisher's manifest may give for the page ``url`` names: https and
    http, with and without a trailing slash, the host in lower case, no fragment, no default
    port (``url`` itself first)."""
    out = [url]
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return out
    if parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname:
        return out
    host = parts.hostname.lower()
    if port is not None and port != _DEFAULT_PORTS[parts.scheme.lower()]:
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    for scheme in ("https", "http"):
        for tail in ("", "/"):
            out.append(f"{scheme}://{host}{path}{tail}{query}")
    return list(dict.fromkeys(out))
