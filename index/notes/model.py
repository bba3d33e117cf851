"""A note and what it points at (W3C Web Annotation selectors, for passages)."""

from __future__ import annotations

from dataclasses import dataclass, field

TARGET_KINDS = ("passage", "paragraph", "case", "free")
COLORS = ("yellow", "green", "blue", "pink", "orange")


@dataclass
class Note:
    id: str
    target_kind: str
    target_id: str | None
    body: str = ""
    exact: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    start: int | None = None
    end: int | None = None
    bundle_id: str | None = None
    doc_id: str | None = None
    bundle_sha256: str | None = None
    color: str = "yellow"
    private: bool = False
    motivation: str = "commenting"
    orphan: bool = False
    orphan_reason: str | None = None
    created: str = ""
    modified: str = ""
    external_id: str | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        first = self.body.strip().splitlines()[0] if self.body.strip() else ""
        return (first or self.exact or "(empty note)")[:80]
