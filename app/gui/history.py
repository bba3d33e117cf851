"""Back and Forward across the places the reader went: hits, case links, sources."""

from __future__ import annotations


class History:
    """Places (paragraph or case ids) visited, with a cursor; plain Python, no Qt."""

    LIMIT = 200

    def __init__(self) -> None:
        self.back: list[str] = []
        self.forward: list[str] = []

    def leave(self, here: str | None, going: str) -> None:
        """Going from ``here`` to ``going`` by a link, a hit or the contents."""
        if here and here != going and (not self.back or self.back[-1] != here):
            self.back.append(here)
            del self.back[: -self.LIMIT]
        self.forward.clear()

    def go_back(self, here: str | None) -> str | None:
        if not self.back:
            return None
        if here:
            self.forward.append(here)
        return self.back.pop()

    def go_forward(self, here: str | None) -> str | None:
        if not self.forward:
            return None
        if here:
            self.back.append(here)
        return self.forward.pop()
