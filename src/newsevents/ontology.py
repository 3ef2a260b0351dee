"""The CAMEO code table with Goldstein scores, QuadClass and the CAMEO->PLOVER mapping."""

from __future__ import annotations

from dataclasses import dataclass

from .loader import cameo, data_path, number, one_of, read_rows


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None


class Ontology:
    """Look-ups on the CAMEO table. ``Ontology.load()`` reads the bundled ``ontology/cameo`` file."""

    def __init__(self, codes: dict[str, Code]) -> None:
        self.codes = codes

    @classmethod
    def load(cls, path: str | None = None) -> Ontology:
        rows = read_rows(
            path or data_path("ontology/cameo"),
            ["code", "name", "root", "goldstein", "quad_class", "plover", "plover_mode", "plover_context"],
            {"code": cameo, "root": cameo, "goldstein": number(-10, 10), "quad_class": one_of("1234")},
            required=["code", "name", "root", "goldstein", "quad_class"],
        )
        codes = {}
        for r in rows:
            codes[r["code"]] = Code(
                code=r["code"],
                name=r["name"],
                root=r["root"],
                goldstein=float(r["goldstein"]),
                quad_class=int(r["quad_class"]),
                plover=r.get("plover").split("|")[0] or None,
                plover_mode=r.get("plover_mode") or None,
                plover_context=r.get("plover_context") or None,
            )
        return cls(codes)

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def get(self, code: str) -> Code:
        """The entry for ``code``; an unknown leaf falls back to its parent."""
        c = code
        while c and c not in self.codes:
            c = c[:-1]
        if not c:
            raise KeyError(code)
        return self.codes[c]
