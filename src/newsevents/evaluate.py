"""Scoring system output against gold files, by the rules of the project's gold README.

Per article, the system's events become unique (source key, target key, CAMEO root) triples, with
root 01 dropped. A triple is correct when it matches a gold event: the root or one of ``also_roots``;
the actors in order, or either way round when the gold event is symmetric; a null gold actor matches
anything; ``source_also``/``target_also`` widen the keys. Recall counts required gold events matched.
The dated-event level also asks that a gold date equals or prefixes the system's date and, where gold
gives one, that the location's country is right. Quotes match on word overlap (80% of the gold
quote's words, 60% of the system quote's) and the speaker on a shared name word.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldFileError

WORD = re.compile(r"[\w']+", re.UNICODE)


def load_gold(paths: Iterable[str | Path]) -> dict[str, dict[str, Any]]:
    """Gold articles by id, from files and directories of ``*.json`` files."""
    gold: dict[str, dict[str, Any]] = {}
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise GoldFileError(f"{path}: no such file or directory")
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        for f in files:
            try:
                g = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
                raise GoldFileError(f"{f}: not a readable JSON gold file ({e})") from e
            if not isinstance(g, dict) or "events" not in g:
                continue
            if "id" not in g:
                raise GoldFileError(f"{f}: gold file has no 'id'")
            for i, ev in enumerate(g["events"]):
                if "root" not in ev:
                    raise GoldFileError(f"{f}: event {i} has no 'root'")
            gold[str(g["id"])] = g
    return gold


def load_system(lines: Iterable[str], origin: str = "system output") -> dict[str, dict[str, Any]]:
    out = {}
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldFileError(f"{origin}:{n}: broken JSON ({e.msg})") from e
        art = o.get("article") or {}
        out[str(art.get("id"))] = o
    return out


def key_of(actor: Any) -> str | None:
    if not actor:
        return None
    if isinstance(actor, str):
        return actor
    if actor.get("key"):
        return str(actor["key"])
    if actor.get("country"):
        return str(actor["country"])
    if actor.get("igo"):
        return "IGO:" + str(actor["igo"]).upper()
    return None


def root_of(code: Any) -> str | None:
    code = str(code) if code else ""
    return code[:2] if len(code) >= 2 else None


def _keys(g: dict[str, Any], side: str) -> set[str] | None:
    v = g.get(side)
    if v is None:
        return None
    return {v} | set(g.get(side + "_also", []))


def triple_matches(g: dict[str, Any], src: str | None, tgt: str | None, root: str | None) -> bool:
    if root not in {g["root"], *g.get("also_roots", [])}:
        return False
    gs, gt = _keys(g, "source"), _keys(g, "target")

    def ok(keys: set[str] | None, k: str | None) -> bool:
        return keys is None or k in keys

    if ok(gs, src) and ok(gt, tgt):
        return True
    return bool(g.get("symmetric")) and ok(gs, tgt) and ok(gt, src)


def date_ok(g: dict[str, Any], date: Any) -> bool:
    return bool(date) and any(str(date).startswith(str(d)) for d in g.get("dates", []))


def loc_ok(g: dict[str, Any], ev: dict[str, Any]) -> bool:
    want = g.get("location_country")
    if not want:
        return True
    loc = ev.get("location") or {}
    return isinstance(loc, dict) and loc.get("country") == want


def words(s: str) -> list[str]:
    plain = "".join(c for c in unicodedata.normalize("NFKD", s or "") if not unicodedata.combining(c))
    return [w.lower() for w in WORD.findall(plain)]


def quote_matches(gq: dict[str, Any], sq: dict[str, Any]) -> bool:
    g, s = set(words(gq.get("text", ""))), set(words(sq.get("text", "")))
    if not g or not s:
        return False
    inter = len(g & s)
    return inter / len(g) >= 0.8 and inter / len(s) >= 0.6


def speaker_name(sq: dict[str, Any]) -> str:
    """The system quote's speaker as the scorer reads it: its name, else its text ('' when none)."""
    sp = sq.get("speaker")
    if isinstance(sp, dict):
        return str(sp.get("name") or sp.get("text") or "")
    return sp if isinstance(sp, str) else ""


def speaker_ok(gq: dict[str, Any], sq: dict[str, Any]) -> bool:
    gname = (gq.get("speaker") or "").lower()
    if not gname:
        return True
    sname = speaker_name(sq).lower()
    return bool(sname) and bool(set(words(gname)) & set(words(sname)))


def quote_start(text: str, n: int = 60) -> str:
    """The opening of a quote for an explain line, cut at ``n`` characters."""
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 3] + "..."


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    required: int = 0
    hit: int = 0

    def prf(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.hit / self.required if self.required else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


@dataclass
class Report:
    articles: int = 0
    missing: list[str] = field(default_factory=list)
    triples: Counts = field(default_factory=Counts)
    dated: Counts = field(default_factory=Counts)
    q_required: int = 0
    q_hit: int = 0
    q_system: int = 0
    q_system_ok: int = 0
    q_speaker: int = 0
    per_article: dict[str, dict[str, int]] = field(default_factory=dict)
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    q_missed: list[dict[str, Any]] = field(default_factory=list)
    q_spurious: list[dict[str, Any]] = field(default_factory=list)
    q_wrong_speaker: list[dict[str, Any]] = field(default_factory=list)
    by_root: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "missing_articles": self.missing,
            "triples": self.triples.prf()
            | {"system": self.triples.tp + self.triples.fp, "required": self.triples.required},
            "events_dated": self.dated.prf(),
            "quotes": {
                "recall": round(self.q_hit / self.q_required, 3) if self.q_required else 0.0,
                "precision": round(self.q_system_ok / self.q_system, 3) if self.q_system else 0.0,
                "speaker_accuracy": round(self.q_speaker / self.q_hit, 3) if self.q_hit else 0.0,
            },
            "per_article": self.per_article,
            "by_root": self.by_root,
        }


def score(gold: dict[str, dict[str, Any]], system: dict[str, dict[str, Any]]) -> Report:
    rep = Report(articles=len(gold))
    for aid, g in gold.items():
        out = system.get(aid)
        if out is None:
            rep.missing.append(aid)
            out = {"events": [], "quotes": []}
        events = [e for e in out.get("events", []) if root_of(e.get("cameo")) not in (None, "01")]
        gev = g.get("events", [])
        req = [x for x in gev if not x.get("optional")]
        triples: dict[tuple[str | None, str | None, str | None], dict[str, Any]] = {}
        for e in events:
            triples.setdefault((key_of(e.get("source")), key_of(e.get("target")), root_of(e.get("cameo"))), e)
        tp = 0
        for (s, t, r), e in triples.items():
            if any(triple_matches(x, s, t, r) for x in gev):
                tp += 1
            else:
                rep.spurious.append(
                    {
                        "article": aid,
                        "triple": [s, t, r],
                        "cameo": e.get("cameo"),
                        "evidence": (e.get("evidence") or [{}])[0].get("sentence"),
                        "rule": e.get("rule"),
                    }
                )
                rep.by_root.setdefault(r or "?", {"missed": 0, "spurious": 0})["spurious"] += 1
        hit = 0
        for x in req:
            if any(triple_matches(x, s, t, r) for (s, t, r) in triples):
                hit += 1
            else:
                rep.missed.append(
                    {
                        "article": aid,
                        "gold": x.get("id"),
                        "triple": [x.get("source"), x.get("target"), x.get("root")],
                        "evidence": x.get("evidence"),
                    }
                )
                rep.by_root.setdefault(x["root"], {"missed": 0, "spurious": 0})["missed"] += 1
        rep.triples.tp += tp
        rep.triples.fp += len(triples) - tp
        rep.triples.required += len(req)
        rep.triples.hit += hit
        sigs: dict[tuple[Any, ...], dict[str, Any]] = {}
        for e in events:
            sigs.setdefault(
                (key_of(e.get("source")), key_of(e.get("target")), root_of(e.get("cameo")), e.get("date")), e
            )

        def dated_match(x: dict[str, Any], sig: tuple[Any, ...], e: dict[str, Any]) -> bool:
            return triple_matches(x, sig[0], sig[1], sig[2]) and date_ok(x, sig[3]) and loc_ok(x, e)

        etp = sum(1 for sig, e in sigs.items() if any(dated_match(x, sig, e) for x in gev))
        rep.dated.tp += etp
        rep.dated.fp += len(sigs) - etp
        rep.dated.required += len(req)
        rep.dated.hit += sum(1 for x in req if any(dated_match(x, sig, e) for sig, e in sigs.items()))
        gq = g.get("quotes", [])
        sq = out.get("quotes", [])
        qreq = [q for q in gq if not q.get("optional")]
        rep.q_required += len(qreq)
        for q in qreq:
            m = [s for s in sq if quote_matches(q, s)]
            gold_q = {"article": aid, "gold_speaker": q.get("speaker"), "text": q.get("text", "")}
            if not m:
                rep.q_missed.append(gold_q)
                continue
            rep.q_hit += 1
            if any(speaker_ok(q, s) for s in m):
                rep.q_speaker += 1
            else:
                rep.q_wrong_speaker.append(gold_q | {"system_speaker": speaker_name(m[0]) or None})
        rep.q_system += len(sq)
        for s in sq:
            if any(quote_matches(q, s) for q in gq):
                rep.q_system_ok += 1
            else:
                rep.q_spurious.append(
                    {
                        "article": aid,
                        "system_speaker": speaker_name(s) or None,
                        "text": s.get("text", ""),
                        "rule": s.get("rule"),
                    }
                )
        rep.per_article[aid] = {
            "triples_tp": tp,
            "triples_fp": len(triples) - tp,
            "required": len(req),
            "found": hit,
        }
    return rep


def format_report(rep: Report, explain: bool = False) -> str:
    d = rep.to_dict()
    t, e, q = d["triples"], d["events_dated"], d["quotes"]
    lines = [
        f"articles={d['articles']} missing={len(d['missing_articles'])}",
        f"triples P={t['precision']} R={t['recall']} F1={t['f1']} "
        f"(system {t['system']}, required {t['required']})",
        f"dated events P={e['precision']} R={e['recall']} F1={e['f1']}",
        f"quotes R={q['recall']} P={q['precision']} speaker={q['speaker_accuracy']}",
    ]
    if explain:
        lines.append("")
        lines.append(
            "by root: "
            + ", ".join(f"{r}: -{v['missed']} +{v['spurious']}" for r, v in sorted(rep.by_root.items()))
        )
        for m in rep.missed:
            lines.append(f"MISSED   {m['article']} {m['gold']} {m['triple']}: {m['evidence']}")
        for s in rep.spurious:
            lines.append(f"SPURIOUS {s['article']} {s['triple']} {s['cameo']} ({s['rule']}): {s['evidence']}")
        for q in rep.q_missed:
            lines.append(
                f'MISSED-QUOTE   {q["article"]} speaker={q["gold_speaker"]}: "{quote_start(q["text"])}"'
            )
        for q in rep.q_spurious:
            lines.append(
                f"SPURIOUS-QUOTE {q['article']} speaker={q['system_speaker']} ({q['rule']}): "
                f'"{quote_start(q["text"])}"'
            )
        for q in rep.q_wrong_speaker:
            lines.append(
                f"SPEAKER        {q['article']} gold={q['gold_speaker']} system={q['system_speaker']}: "
                f'"{quote_start(q["text"])}"'
            )
    return "\n".join(lines)
