"""Quotes: direct quotations with their speaker and reporting verb.

A quote is text between straight or curly double quotation marks inside one paragraph. Its speaker
comes from the reporting verb of its sentence ("... ," Putin replied; He pointed out that "...";
... what he described as "..."), from "according to X", or, for a quote with no reporting verb of its
own, from the speaker carried in the paragraph (a continuation quote). Short quoted fragments with no
reporting verb (scare quotes, titles) are not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from .actors import Mentions
from .types import Actor, Quote

QUOTE_RE = re.compile(r"“([^“”\n]{2,}?)”|\"([^\"\n]{2,}?)\"|«([^«»\n]{2,}?)»")

#: reporting verbs (lemmas); the data file patterns/modality (kind ``report``) adds to these
REPORT_VERBS = frozenset(
    "say tell reply respond recall conclude add note state declare announce explain insist stress emphasise "
    "emphasize argue claim assert warn write tweet post describe call point remark observe comment continue "
    "acknowledge admit concede confirm deny suggest told urge ask answer affirm reiterate underline "
    "highlight mention predict promise vow pledge contend maintain quip recount describe characterise "
    "characterize label dub term speak".split()
)


def find_quotes(
    doc: Doc, mentions: Mentions, report_verbs: Iterable[str] = (), skip: Iterable[tuple[int, int]] = ()
) -> list[Quote]:
    """Every direct quote in ``doc`` with its speaker."""
    verbs = REPORT_VERBS | frozenset(report_verbs)
    text = doc.text
    skips = list(skip)
    spans = []
    for m in QUOTE_RE.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        s, e = m.start(g), m.end(g)
        if any(a <= s < b for a, b in skips):
            continue
        spans.append((s, e))
    quotes: list[Quote] = []
    carried: Actor | None = None
    carried_para = -1
    for s, e in spans:
        inner = text[s:e]
        para = text.count("\n\n", 0, s)
        frame = _frame(doc, s, e)
        inside = [(a, b) for a, b in spans]
        verb, speaker = _attribution(frame, verbs, mentions, inside)
        if speaker is None:
            verb, speaker = _surface_attribution(doc, s, e, verbs, mentions)
        words = len(re.findall(r"\w+", inner))
        whole = _is_whole_sentence(frame, s, e)
        partial = not whole
        rule = "quote:verb"
        if verb is None and speaker is None:
            if words <= 3 and not whole:
                continue  # scare quotes, titles, single words
            if carried is not None and para - carried_para <= 1:
                speaker = carried
                rule = "quote:carried"
            else:
                rule = "quote:unattributed"
        if speaker is not None:
            carried, carried_para = speaker, para
        quotes.append(
            Quote(text=inner, start=s, end=e, verb=verb, speaker=speaker, partial=partial, rule=rule)
        )
    return quotes


def _frame(doc: Doc, s: int, e: int) -> list[Span]:
    """The sentences a quote stands in, plus a short attribution sentence right after it."""
    sents = [sent for sent in doc.sents if sent.end_char > s and sent.start_char < e + 1]
    if not sents:
        return []
    last = sents[-1]
    if last.end_char <= e + 2 and last.end < len(doc):
        nxt = doc[last.end].sent
        if len(nxt) <= 14 and nxt.start_char - e <= 4:
            sents.append(nxt)
    return sents


def _outside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return not any(a <= tok.idx < b for a, b in spans)


def _attribution(
    frame: list[Span], verbs: frozenset[str], mentions: Mentions, quote_spans: list[tuple[int, int]]
) -> tuple[str | None, Actor | None]:
    for sent in frame:
        # "according to X"
        for tok in sent:
            if tok.lower_ == "according" and _outside(tok, quote_spans):
                to = next((c for c in tok.children if c.lower_ == "to"), None) or (
                    tok.nbor() if tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to" else None
                )
                if to is not None:
                    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        a = _actor(obj, mentions)
                        if a:
                            return "according to", a
    for sent in frame:
        cands = [
            t
            for t in sent
            if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX") and _outside(t, quote_spans)
        ]
        for v in cands:
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and v.dep_ in ("advcl", "conj", "xcomp", "relcl"):
                subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
            if v.dep_ == "relcl" or (subj is not None and subj.lower_ == "what"):
                inner = next((c for c in v.children if c.dep_ == "nsubj" and c.lower_ != "what"), None)
                subj = inner or subj
            if subj is None:
                continue
            a = _actor(subj, mentions)
            if a is not None:
                return _verb_text(v), a
    return None, None


def _surface_attribution(
    doc: Doc, s: int, e: int, verbs: frozenset[str], mentions: Mentions
) -> tuple[str | None, Actor | None]:
    """When the parse does not link them: ``"...," said X`` / ``"..." X said`` / ``X said: "..."``."""
    after = [t for t in doc if e < t.idx <= e + 80]
    after = [t for t in after if not t.is_punct and not t.is_space][:8]
    if after:
        first = after[0]
        if first.lemma_.lower() in verbs:
            found = [m for m in (mentions.at(t) for t in after[1:]) if m is not None]
            people = [m for m in found if m.actor.kind == "person"]
            if found:  # '..." tweeted Mayor of London Sadiq Khan': the person, not the title
                return _verb_text(first), (people or found)[0].actor
        else:
            for i, t in enumerate(after[:4]):
                m = mentions.at(t)
                if m is not None and i + 1 < len(after):
                    nxt = next((x for x in after[i + 1 :] if mentions.at(x) is not m), None)
                    if nxt is not None and nxt.lemma_.lower() in verbs:
                        return _verb_text(nxt), m.actor
                    break
    before = [t for t in doc if s - 60 <= t.idx < s - 1 and not t.is_space]
    while before and (before[-1].is_quote or before[-1].text in (",", ":", "—", "–", "-")):
        before.pop()
    if before and before[-1].lemma_.lower() in verbs:
        v = before[-1]
        for t in reversed(before[:-1]):
            if t.is_punct and t.text in ".!?":
                break
            m = mentions.at(t)
            if m is not None:
                return _verb_text(v), m.actor
    # "X said in a press conference: "..."": the clause that leads into the quote
    lead = [t for t in doc if t.idx < s and t.sent.end_char >= s - 3 and t.sent.start_char < s]
    if lead and doc.text[lead[-1].idx : s].strip(' ,:\u201c"') == "" and lead[-1].text in (":", ","):
        for v in reversed(lead):
            if v.lemma_.lower() in verbs and v.pos_ in ("VERB", "AUX"):
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    a = _actor(subj, mentions)
                    if a is not None:
                        return _verb_text(v), a
    return None, None


def _actor(tok: Token, mentions: Mentions) -> Actor | None:
    m = mentions.at(tok)
    if m is None or (m.actor.kind == "agent" and not m.actor.name):
        # "the mayor of Paris, Anne Hidalgo, wrote": the person named inside the subject phrase
        for t in tok.subtree:
            inner = mentions.at(t)
            if inner is not None and inner.actor.kind == "person" and t.dep_ not in ("poss",):
                return inner.actor
    if m is not None:
        return m.actor
    if tok.pos_ == "PROPN" and tok.text[:1].isupper():
        # a name the NER and the dictionary missed ("Regina Ip said"): the speaker is who the text names
        parts = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i] + [
            tok
        ]
        start, end = parts[0].idx, tok.idx + len(tok)
        name = tok.doc.text[start:end]
        return Actor(text=name, name=name, key=None, start=start, end=end, kind="person", rule="quote:name")
    for c in tok.children:
        if c.dep_ in ("compound", "appos", "poss", "amod"):
            m = mentions.at(c)
            if m is not None and m.actor.kind in ("person", "agent"):
                return m.actor
    return None


def _verb_text(v: Token) -> str:
    prt = [c for c in v.children if c.dep_ == "prt"]
    return v.text + (" " + prt[0].text if prt else "")


def _is_whole_sentence(frame: list[Span], s: int, e: int) -> bool:
    """A quote that is (nearly) its own sentence, as opposed to a fragment inside one."""
    if not frame:
        return True
    sent = next((x for x in frame if x.start_char <= s < x.end_char + 1), frame[0])
    before = sent.doc.text[sent.start_char : s]
    return not re.search(r"\w", before.replace("“", "").replace('"', ""))
