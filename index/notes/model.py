"""A note and what it points at (W3C Web Annotation selectors, for passages)."""

from __future__ import annotations

import json
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
    creator: str | None = None
    """Who made the note elsewhere (an imported annotation's ``creator``, as JSON text: its
    id, type, name); None for the user's own notes."""
    generator: str | None = None
    """The software that wrote the imported annotation (its ``generator``, as JSON text),
    kept and written back beside Muragat on export."""
    tags: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        first = self.body.strip().splitlines()[0] if self.body.strip() else ""
        return (first or self.exact or "(empty note)")[:80]


def attribution(agents: str) -> str:
    """Who made an imported note, as a line names them: "Amina K. (acct:amina@hypothes.is)"
    (``agents``: a note's ``creator``)."""
    found = json.loads(agents)
    parts = []
    for agent in found if isinstance(found, list) else [found]:
        name = agent.get("name") or agent.get("nickname")
        name = ", ".join(name) if isinstance(name, list) else name
        ident = agent.get("id")
        parts.append(f"{name} ({ident})" if name and ident else (name or ident or "?"))
    return "; ".join(parts)
