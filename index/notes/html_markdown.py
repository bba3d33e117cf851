"""HTML note bodies (``text/html`` in a Web Annotation) as Markdown: the words and their
emphasis, lists and links kept; scripts, styles, images and every other resource dropped
(an image becomes its alt text, a link to anything but http/https/mailto becomes its text)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

SAFE_SCHEMES = ("http:", "https:", "mailto:")
_BLOCKS = {"p", "div", "section", "article", "blockquote", "pre", "table", "tr"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#<>|])")


def safe_link(href: str) -> bool:
    return href.strip().lower().startswith(SAFE_SCHEMES)


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.links: list[str | None] = []
        self.lists: list[list[int | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        elif tag in _BLOCKS or tag in ("ul", "ol"):
            self.out.append("\n\n")
            if tag in ("ul", "ol"):
                self.lists.append([1 if tag == "ol" else None])
        elif tag == "br":
            self.out.append("  \n")
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.out.append("\n\n**")
        elif tag in ("strong", "b"):
            self.out.append("**")
        elif tag in ("em", "i"):
            self.out.append("*")
        elif tag == "code":
            self.out.append("`")
        elif tag == "li":
            counter = self.lists[-1] if self.lists else [None]
            if counter[0] is None:
                self.out.append("\n- ")
            else:
                self.out.append(f"\n{counter[0]}. ")
                counter[0] += 1
        elif tag == "a":
            href = a.get("href") or ""
            self.links.append(href if safe_link(href) else None)
            if self.links[-1]:
                self.out.append("[")
        elif tag == "img":
            self.out.append(_escape(a.get("alt") or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.out.append("\n\n")
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self.out.append("\n\n")
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.out.append("**\n\n")
        elif tag in ("strong", "b"):
            self.out.append("**")
        elif tag in ("em", "i"):
            self.out.append("*")
        elif tag == "code":
            self.out.append("`")
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href:
                self.out.append(f"]({href.strip().replace(')', '%29').replace(' ', '%20')})")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(_escape(re.sub(r"\s+", " ", data)))


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def html_to_markdown(html: str) -> str:
    converter = _Converter()
    converter.feed(html)
    converter.close()
    text = "".join(converter.out)
    text = re.sub(r"[ \t]+\n", lambda m: "  \n" if m.group(0).startswith("  ") else "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
