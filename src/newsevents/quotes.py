"""Quotes: direct quotations with their speaker and reporting verb.

A quote is text between straight or curly double quotation marks inside one paragraph. Its speaker comes, in
this order, from the reporting verb that governs it in the parse ("... ," Putin replied; He pointed out that
"..."; ... what he described as "..."), from "according to X", from another reporting verb of its sentence
(the nearest first), from the surface words around it when the parse does not link them ('"...," said X';
'X: "..."'), and, for a quote with no reporting verb of its own, from the sentence that leads into it or the
speaker carried in the paragraph (a continuation quote; not across longer narrative that does not name that
speaker again). Short quoted fragments with no reporting verb (scare
quotes, titles) are not quotes, nor are words talked about ("the term "natural born citizen"") and nicknames
inside a name ('Matiu "Matt" Ratana').

A speaker phrase prefers the person it names over the title it gives ("The Vice President, Mike Pence, said";
"said Under Secretary ... Bonnie Jenkins"), and a "he"/"she" speaker is the last person named as the subject
of a sentence before the quote (or by "according to"), outside quotes. A passive verb's agent speaks
("described by X as"), a statement's named owner speaks through it ("X's notice claimed"), a verb in an aside
between dashes does not speak for a quote outside it, and a subject that names no one speaks by its
description ("One of the users said"; the rule ``quote:described``). In "X quoted Y as saying" Y speaks; a
main reporting verb the parser left without a subject takes the one person named before it in its sentence;
the attribution of a quote never reaches into another paragraph. "According to its statement, X ..." is X's;
"According to the BBC, a spokesman ... said/expressed ..." is the spokesman's (the outlet only relays it);
words shouted ("protested by shouting "..."") are the shouters'; "referred to Y as "..."" reports words; a
text that "read" a quote speaks for its author ("read the warning posted by X") or by its description.
In a transcript, the label of a turn ("THE PRESIDENT:", "SECRETARY BLINKEN:") names the speaker of what
its "I" reports ("I said, "...""; rule ``quote:turn``) and of a quote its "I" (or a "we" that thinks) leads
into with no other voice; a "you said" in the author's own turn is not the author's. The object of "quote"
speaks ("to quote a great American, X — I quote: "...""), as does the author of a work ("a line from X's
poem: "..."") and, by its description, the subject of a verb whose words run up to the quote ("my mother
used to always say on birthdays, "..."") or the noun a relative "who" stands for. A speaking "they" after a
named body is that body; a he/she may be the one an "I" was with in its sentence, and a "she" past a stage
note the "woman" who spoke before it. A he/she is never a noun of the other sex ("my grandma"), nor the
subject of a naming verb that names nothing ("when X dubbed the series"); a name in a dash aside, the object
of another verb ("look X in the eye and say") or a name a subject phrase is about ("the relationship between
X and Y") does not speak, nor does a relative clause on a noun after the quote; a dash and a name after the
quote at the end of its paragraph sign it. A quote of several paragraphs, each opened and only the last
closed, is quoted paragraph by paragraph; a relative "who" before a quotative "like" speaks by its noun
("friends who are like, "...""); a he/she that tells "me" is not one joined with that "I" ("Jill and I met
them and she told me").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .actors import (
    GENDERED,
    PRONOUN_GENDER,
    ActorResolver,
    Mention,
    Mentions,
    addressed,
    copy_at,
    other_sex,
    person_sex,
)
from .firstnames import first_name_sex
from .nlp import last_token_before, sent_of, sentence_before, text_of, tokens_between
from .types import Actor, Quote

QUOTE_RE = re.compile(r"“([^“”\n]{2,}?)”|\"([^\"\n]{2,}?)\"|«([^«»\n]{2,}?)»")
#: a block quote: opened at the start of the line after a colon, closed at the end of a later line of the same
#: paragraph ("... writes:\n"It's a long shot ...\nThink about it ... ever."")
BLOCK_QUOTE_RE = re.compile(r":[ \t]*\n[ \t]*[\"“]([^\"“”\n][^\"“”]*?\n[^\"“”]*?)[\"”][ \t]*(?=\n|$)")

#: reporting verbs (lemmas); the data file patterns/modality (kind ``report``) adds to these
REPORT_VERBS = frozenset(
    "say tell reply respond recall conclude add note state declare announce explain insist stress emphasise "
    "emphasize argue claim assert warn write tweet post describe call point remark observe comment continue "
    "acknowledge admit concede confirm deny suggest told urge ask answer affirm reiterate underline "
    "highlight mention predict promise vow pledge contend maintain quip recount describe characterise "
    "characterize label dub term speak allege talk denounce shout chant yell scream counter opine exclaim "
    "regard attest testify endorse".split()
)
SUBJECTS = ("nsubj", "nsubjpass")
#: verbs of words cried out: a short quote under them is said, not a term ("shouting "shame on you!"")
SHOUTS = re.compile(r"(shout|chant|yell|scream)")
#: how a name hangs on the head of a speaker phrase: "Mike Pence" in "The Vice President, Mike Pence"
NAME_DEPS = frozenset({"appos", "compound", "flat", "conj", "npadvmod"})
RELATIVE = frozenset({"who", "that", "which", "whom"})
SPEAKER_PRONOUNS = frozenset({"he", "she"})
#: pronouns of a speaker the text does not name: "someone shouted "...""
SOMEONE = frozenset("someone somebody anyone anybody everyone everybody nobody".split())
#: verbs of a finding, reporting words when they take a clause: "the court found his advice "was unlawful""
FINDINGS = frozenset("find rule hold decide determine".split())
#: things that speak for their authors: a "she" that follows them is not them
DOCUMENTS = frozenset(
    "statement report notice decree letter website site study paper document ruling summary post tweet "
    "release article law bill code message email order judgment judgement verdict book memo "
    "proclamation".split()
)
#: things whose printed words "read": "..., read the warning"; "signs which read "...""
WORDINGS = DOCUMENTS | frozenset(
    "warning alert advisory bulletin sign banner placard poster inscription headline caption label plaque "
    "note notice opinion description".split()
)

#: people named by their tie to someone: "his daughter said" is not his word
RELATIONS = frozenset(
    "daughter son wife husband mother father brother sister child parent family friend widow widower "
    "grandson granddaughter grandmother grandfather niece nephew cousin uncle aunt partner fiancée fiance "
    "girlfriend boyfriend relative lawyer attorney spokesman spokeswoman spokesperson aide adviser advisor "
    "colleague assistant neighbour neighbor".split()
)


def quote_spans(text: str, skip: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The character spans of the text inside quotation marks (outside ``skip``), in text order."""
    skips = list(skip)
    out = []
    for m in QUOTE_RE.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        s, e = m.start(g), m.end(g)
        if not any(a <= s < b for a, b in skips):
            out.append((s, e))
    return _with_open_paragraphs(text, _with_block_quotes(text, out, skips), skips)


#: the mark that opens a paragraph (after any spaces)
OPENS_PARAGRAPH = re.compile(r"[ \t]*[“\"]")


def _open_paragraph(text: str, start: int, end: int) -> int | None:
    """Where the words of a quote left open at the end of the paragraph ``text[start:end]`` begin: after its
    last curly opening mark with no closing mark after it (or a lone straight mark); None when it closes
    every quote it opens."""
    para = text[start:end]
    k = para.rfind("“")
    if k >= 0 and "”" not in para[k:] and para.count('"') == 0:
        return start + k + 1
    if "“" not in para and "”" not in para and para.count('"') % 2 == 1:
        k = para.rfind('"')
        if k == 0 or para[k - 1] in " \t:(":
            return start + k + 1
    return None


def _with_open_paragraphs(
    text: str, spans: list[tuple[int, int]], skips: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """ "Statement from X: “I am proud ...\n\n“Karine not only ...\n\n“Jen Psaki has set ...”": a quote of
    several paragraphs, each opened and only the last closed, the news convention; the paragraphs left open
    before a quote that opens its own paragraph are quotes too (the first from its opening mark)."""
    added = []
    for s, _e in spans:
        para_start = text.rfind("\n\n", 0, s)
        para_start = 0 if para_start < 0 else para_start + 2
        if not OPENS_PARAGRAPH.fullmatch(text[para_start:s]):
            continue
        while para_start > 0:
            prev_start = text.rfind("\n\n", 0, para_start - 2)
            prev_start = 0 if prev_start < 0 else prev_start + 2
            prev_end = len(text[:para_start].rstrip())
            opened = _open_paragraph(text, prev_start, prev_end)
            if opened is None or any(a < prev_end and opened < b for a, b in spans + skips + added):
                break
            added.append((opened, prev_end))
            if not OPENS_PARAGRAPH.fullmatch(text[prev_start:opened]):
                break
            para_start = prev_start
    return sorted(spans + added) if added else spans


def _with_block_quotes(
    text: str, spans: list[tuple[int, int]], skips: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``spans`` with the block quotes that run over a line break (no blank line) added, in text order."""
    blocks = []
    for m in BLOCK_QUOTE_RE.finditer(text):
        s, e = m.start(1), m.end(1)
        if "\n\n" in text[s:e] or any(a < e and s < b for a, b in spans + skips):
            continue
        blocks.append((s, e))
    return sorted(spans + blocks) if blocks else spans


def find_quotes(
    doc: Doc,
    mentions: Mentions,
    report_verbs: Iterable[str] = (),
    skip: Iterable[tuple[int, int]] = (),
    holder: Callable[[str], Actor | None] | None = None,
    author: Actor | None = None,
) -> list[Quote]:
    """Every direct quote in ``doc`` with its speaker. ``holder`` names the publisher's own holder of an
    office ("head_of_state" -> the sitting President), for the turn labels of a transcript; ``author`` is
    the one the title or a signature names as the author of a statement or remarks (`statement_author`)."""
    verbs = REPORT_VERBS | frozenset(report_verbs)
    text = text_of(doc)
    spans = quote_spans(text, skip)
    quotes: list[Quote] = []
    carried: Actor | None = None
    carried_para = -1
    carried_end = -1  # where the quote that gave the carried speaker ends
    turns = _turn_labels(text) + _inline_labels(text)
    turns.sort()
    carried_turn: tuple[int, int, str] | None = None
    last: tuple[Actor, int] | None = None  # the speaker of the quote before and where that quote starts
    for s, e in spans:
        inner = text[s:e]
        para = text.count("\n\n", 0, s)
        frame = _frame(doc, s, e, spans)
        verb, speaker = _attribution(doc, s, e, frame, verbs, mentions, spans)
        if speaker is None:
            verb, speaker = _surface_attribution(doc, s, e, verbs, mentions, spans)
        if speaker is not None and _stands_for_no_one(doc, speaker, mentions):
            speaker = None  # "(Laughter.) She said": the resolver's "she" is no one the text names
        if speaker is None:
            speaker = _finding_owner(doc, s, e, mentions, spans)
        if speaker is None:
            borrowed = _borrowed_words(doc, s, mentions, spans)
            if borrowed is not None:
                verb, speaker = "quote", borrowed
        speaker = (
            _added_by_last(doc, speaker, last, mentions, spans)
            or _role_holder(doc, speaker, mentions)
            or _couple_member(doc, speaker, mentions)
            or _named_company(doc, speaker, mentions)
            or _named_body(doc, speaker, mentions)
            or _named_group(doc, speaker, mentions)
            or speaker
        )
        speaker = _misspelt(speaker, mentions) or speaker
        speaker = _document_issuer(doc, speaker, mentions, spans) or speaker
        speaker = _quote_owner(doc, s, mentions) or _owned_saying(doc, s, e, mentions) or speaker
        words = len(re.findall(r"\w+", inner))
        whole = _is_whole_sentence(frame, s, e)
        partial = not whole
        rule = "quote:verb"
        described = speaker is not None and speaker.rule == "quote:described"
        reported = verb is not None and (SHOUTS.match(verb.lower()) is not None or verb == "according to")
        if described and words <= 3 and not whole and not reported:
            continue  # a term in quotation marks, not words someone is reported to have said
        named = speaker is None and _naming_passive_of(doc, s, e, spans)
        if verb is None and speaker is None:
            if words <= 3 and (not whole or named or _subject_term(doc, s, e)):
                continue  # scare quotes, titles, single words
        if verb is None and speaker is None and named:
            rule = "quote:unattributed"  # "Kowalski was described as "..."": not Kowalski's words
        elif verb is None and speaker is None and (signed := _dash_signature(doc, e, mentions)) is not None:
            speaker, rule = signed, "quote:signed"  # '"..."  – Secretary Antony J. Blinken, May 28, 2021'
        elif verb is None and speaker is None:
            lead = _lead_in(doc, s, mentions, spans) or _lead_from_paragraph_before(
                doc, s, e, mentions, spans
            )
            if lead is not None and _stands_for_no_one(doc, lead, mentions):
                lead = None
            # not into another turn of a transcript: "MS. PSAKI: ... the President said, "..." Q ... coming
            # out and saying, "..."" is not the President's
            near = carried is not None and para - carried_para <= 1 and carried_turn == _turn_of(turns, s)
            if near and lead is None and para > carried_para:
                lead = _other_subject_before(doc, s, carried, mentions, spans)
            if near and carried is not None and not _carries_over(doc, carried, carried_end, s, mentions):
                near = False
            if near and (lead is None or carried is not None and lead.name == carried.name):
                speaker = carried
                rule = "quote:carried"
            elif lead is not None:
                speaker, rule = lead, "quote:lead"
            else:
                rule = "quote:unattributed"
        if _not_said(doc, s, e, verb, whole, rule, spans, _personal_label(doc, s, verb, speaker)):
            continue
        turn = _turn_of(turns, s)
        if turn is not None and _third_person_self(speaker, _turn_speaker(doc, turn, mentions, holder)):
            speaker = None  # "((Jane Roe)) ... she said, "..."": Roe speaks of herself as "I"
            rule = "quote:unattributed" if rule in ("quote:lead", "quote:carried") else rule
        opens = turn is not None and not text[turn[1] : s].strip(' \t:“"')
        said = _turn_speaker(doc, turn, mentions, holder) or _titled_label(turn) if opens and turn else None
        if said is not None:  # 'SENATOR HALE: "..."': a quote that opens a turn is its speaker's
            speaker, rule = said, "quote:turn"
        elif turn is not None and (
            rule in ("quote:unattributed", "quote:carried")
            and (rule == "quote:unattributed" or carried_turn != turn)
            and _own_voice(doc, s, verbs, spans)
            or _first_person(doc, s, e, verbs, spans)
            # "Monique said, "..." ... and I asked you the same thing — "...": the turn's "I" asks, not the
            # speaker of the quote before
            or rule in ("quote:unattributed", "quote:carried")
            and _said_by_i(doc, s, verbs, spans)
        ):
            said = _turn_speaker(doc, turn, mentions, holder)
            if said is not None:
                speaker, rule = said, "quote:turn"
        elif (
            turn is not None
            and (speaker is None or rule in ("quote:unattributed", "quote:carried"))
            and _first_person(doc, s, e, verbs, spans, ("you",))
        ):
            # "Q  You said "..." in May.": the words of whoever answers, else of the author or guest the
            # title names ("Wikinews interviews X": the questions alone are labelled)
            # not the author in a speech of one voice ("THE FIRST LADY: ... you know that you're telling the
            # truth when you say, "..."": the audience's "you", no one asked)
            said = _answer_speaker(doc, turns, turn, mentions, holder) or (
                author if len({label for _, _, label in turns}) > 1 else None
            )
            if said is not None and not _same_person(said, _turn_speaker(doc, turn, mentions, holder)):
                # not in a turn of the one it would give: "THE PRESIDENT: Reid, ... you said, "..."" is Reid's
                speaker, rule = said, "quote:turn"
        elif (
            turn is not None
            and (speaker is None or rule in ("quote:unattributed", "quote:carried"))
            and _said_by_i(doc, s, verbs, spans, "you")
            and (answer := _answer_speaker(doc, turns, turn, mentions, holder)) is not None
        ):
            # "Q ... You said from the podium, "..."": a question's "you" further from the quote is whoever
            # answers (only in a question's turn: a speech's "if you say, "..."" is anyone's)
            speaker, rule = answer, "quote:turn"
        if speaker is None and author is not None and not turns and _said_by_i(doc, s, verbs, spans):
            speaker, rule = author, "quote:author"  # "Remarks by X": 'the same thing I said: "..."' is X's
        if speaker is not None:
            carried, carried_para, carried_turn, carried_end = speaker, para, turn, e
        elif verb is not None:
            carried = None  # '"...," he argued', a he for no one: the next quote is not the one before's
        if rule == "quote:turn":
            carried = None  # 'I said, "..." She said, "..."': a "she" the resolver missed is not the turn
        quotes.append(
            Quote(
                text=inner, start=s, end=e, verb=verb, speaker=_as_named(speaker), partial=partial, rule=rule
            )
        )
        last = (speaker, s) if speaker is not None else None
    return quotes


#: a title that names the guest of an interview: "Wikinews interviews 2020 Libertarian candidate Jane Roe",
#: "...: Wikinews interviews planetary scientist Jane Roe", "Wikinews interviews Jane Roe, party nominee"
INTERVIEW_TITLE_RE = re.compile(r"\bWikinews interviews\s+([^,:;()]+)")


def interviewee(title: str | None) -> str | None:
    """The guest an interview's title names: the capitalised words that end the phrase after "Wikinews
    interviews" (its last two when more: "Melbourne Lord Mayor Candidate Wayne Tseng"), else None."""
    m = INTERVIEW_TITLE_RE.search(title or "")
    if not m:
        return None
    run: list[str] = []
    for w in reversed(m.group(1).split()):
        if not w[:1].isupper() or not w.isalpha():
            break
        run.insert(0, w)
    return " ".join(run[-2:]) if len(run) >= 2 else None


#: a title that names the author of a statement or remarks: "Remarks as Prepared for Delivery by X at"
AUTHORED_TITLE_RE = re.compile(
    r"^(?:(?:Press\s+)?Statement|(?:Video\s+)?Remarks(?:\s+as\s+Prepared\s+for\s+Delivery)?|Message|Letter|"
    r"Op-Ed)\s+(?:by|of|from)\s+(.+)"
)
#: a signature line that ends a statement: "— Antony J. Blinken, Secretary of State"
SIGNATURE_RE = re.compile(
    r"(?:^|\n\n)[—–]\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}),\s+[A-Z][^\n]{2,80}\s*$"
)
#: invisible joiners a copied page may leave before the name ("— \u200dAparna Garg")
ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
ZERO_WIDTH = "[" + ZERO_WIDTH_CHARS + "]*"
#: the start of an attribution line under a quotation set apart: '"..."\n\n– Secretary Blinken, May 28, 2021'
DASH_LINE = re.compile(r"[”\"]?[ \t]*\n+[ \t]*[–—][ \t]*" + ZERO_WIDTH + r"(?=[A-Z])")
#: the same attribution on the quote's own line, ending its paragraph: '"..." – Mitch Landrieu, Adviser'
DASH_TAIL = re.compile(r"[”\"]?[ \t]*[–—][ \t]*" + ZERO_WIDTH + r"(?=[A-Z][^\n\"“”]{2,150}(?:\n|$))")


def _dash_signature(doc: Doc, e: int, mentions: Mentions) -> Actor | None:
    """The person a line that starts with a dash right under the quote names ('"..."\n\n– Secretary Antony
    J. Blinken, May 28, 2021', the epigraph of a fact sheet; a pull quote's '—John Roe'; or the same on the
    quote's own line, ending its paragraph: '"..." – Mitch Landrieu, Senior Advisor'): the speaker of a
    quotation set apart with its attribution under it. None when the line names no person ("—One of the
    lawyers")."""
    text = text_of(doc)
    m = DASH_LINE.match(text, e) or DASH_TAIL.match(text, e)
    if m is None:
        return None
    end = text.find("\n", m.end())
    for tok in tokens_between(doc, m.end(), len(text) if end < 0 else end):
        found = mentions.at(tok)
        if found is not None and found.actor.kind == "person" and found.actor.name:
            return copy_at(found.actor, tok, "quote:signed")
    return _signed_name(doc, m.end(), mentions)


#: a name of two to four capitalised words and the comma before its holder's title ("Aparna Garg, Manager")
SIGNED_NAME = re.compile(r"([A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}),[ \t]+[A-Z]")


def _signed_name(doc: Doc, at: int, mentions: Mentions) -> Actor | None:
    """ "— Aparna Garg, Mysore Divisional Railway Manager" where the NER took name and title together for
    one organisation: the words before the comma name the person signed, unless the dictionaries know them
    by themselves (an actor mention ending at the comma: "— State Department, May 2021")."""
    m = SIGNED_NAME.match(text_of(doc), at)
    if m is None:
        return None
    toks = tokens_between(doc, m.start(1), m.end(1))
    if not toks or not all(_is_name(t) or t.text[:1] in ZERO_WIDTH_CHARS for t in toks):
        return None
    for t in toks:
        found = mentions.at(t)
        if found is not None and doc[found.end - 1].idx + len(doc[found.end - 1]) <= m.end(1):
            return None  # the dictionaries know the words before the comma: not a person's name
    name = m.group(1)
    start, end = m.start(1), m.end(1)
    return Actor(text=name, name=name, key=None, start=start, end=end, kind="person", rule="quote:signed")


#: words of an office before the name of its holder in a title ("First Lady Jill Biden")
OFFICE_WORDS = frozenset(
    "the president vice first lady second gentleman secretary of state press deputy ambassador senior "
    "administration official national security adviser advisor spokesperson dr. mr. ms. mrs. u.s. us".split()
)


def statement_author(title: str | None, text: str) -> str | None:
    """The name of whoever a statement or remarks is by, when its title names them ("Statement by President
    Joe Biden on ...", "Remarks as Prepared for Delivery by First Lady Jill Biden at ...") or a signature
    line ends it ("— Antony J. Blinken, Secretary of State"), or the guest an interview's title names
    (`interviewee`); None when none names a person."""
    m = SIGNATURE_RE.search(text.rstrip())
    if m:
        return m.group(1)
    m = AUTHORED_TITLE_RE.match(title or "")
    if not m:
        return interviewee(title)
    run: list[str] = []
    for raw in m.group(1).split():
        w = raw.rstrip(",:;")
        if not (w[:1].isupper() or w == "of") or w.endswith("ing"):
            break  # "by President Biden Welcoming the ...", "by X on ..."
        run.append(w)
        if w != raw:
            break  # "by Jill Biden, ...": a comma ends the name
    while run and run[0].lower() in OFFICE_WORDS:
        run.pop(0)
    while run and run[-1].lower() == "of":
        run.pop()
    return " ".join(run) if run and not any(w.lower() in OFFICE_WORDS for w in run) else None


#: nouns of what an inquiry or a court found, whose "that" clause gives its words ("the determination that")
FINDING_NOUNS = frozenset("determination conclusion finding findings assessment judgment judgement".split())


def _finding_owner(
    doc: Doc, s: int, e: int, mentions: Mentions, spans: list[tuple[int, int]]
) -> Actor | None:
    """ "the report of X and its findings, including the determination that "..." and a failure to "..."": a
    quote that is the clause of a noun of finding speaks for whose finding it is, the owner (a possessive) of
    that noun or of the noun it is part of."""
    inside = list(tokens_between(doc, s, e))
    for r in [t for t in inside if not (s <= t.head.idx < e)]:
        if r.dep_ not in ("acl", "ccomp", "relcl") or r.pos_ not in ("VERB", "AUX"):
            continue
        n = r.head
        while n.dep_ == "conj" and n.pos_ == "NOUN" and n.head.pos_ == "NOUN":
            n = n.head  # "the determination that "..." and a failure to "...""
        if n.lemma_.lower() not in FINDING_NOUNS and n.lower_ not in FINDING_NOUNS:
            return None
        chain = [n] + [a for a in list(n.ancestors)[:3] if a.pos_ == "NOUN"]
        for c in chain:
            owner = next((x for x in c.children if x.dep_ == "poss" and _outside(x, spans)), None)
            if owner is not None:
                a = _actor(owner, mentions, spans)
                return copy_at(a, owner, "quote:finding") if a is not None else None
        return None
    return None


#: nouns for someone's words that "to borrow the <noun> of X" names: "the words of", "a line from"
BORROWED = frozenset("words word line phrase".split())


def _borrowed_words(doc: Doc, s: int, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "she used these words, and I quote, "..."", "To borrow the words of X, and I quote": a speaker who
    quotes someone else ("I quote" right before the quote) gives the words to whom the clause before names:
    the X of "the words of X", else the subject of the sentence's main verb (not the quoting "I")."""
    last = last_token_before(doc, s)
    before = doc[max(0, last - 4) : last + 1]  # the five tokens before the quote
    q = next(
        (t for t in reversed(before) if t.lower_ == "quote" and t.pos_ == "VERB" and _outside(t, spans)), None
    )
    if q is None or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in q.children):
        return None
    sent = sent_of(q)
    for w in doc[sent.start : q.i]:
        if w.lower_ in BORROWED and _outside(w, spans):
            of = next((c for c in w.children if c.lower_ in ("of", "from")), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is not None and _outside(obj, spans):
                return _actor(obj, mentions, spans) or _described(obj, spans)
    root = sent.root
    if root.i >= q.i:
        return None
    subj = next((c for c in reversed(list(root.children)) if c.dep_ == "nsubj" and _outside(c, spans)), None)
    if subj is None or subj.lower_ in ("i", "we"):
        return None
    if subj.lower_ in SPEAKER_PRONOUNS:
        for t in reversed(doc[sent.start : subj.i]):
            m = mentions.at(t)
            if m is None or t.i != m.head or m.actor.kind != "person" or not m.actor.name:
                continue
            sex = person_sex(m.actor.name, mentions.items, doc)
            if t.dep_ in SUBJECTS and t.head.dep_ == "advcl" and sex in (None, PRONOUN_GENDER[subj.lower_]):
                return m.actor  # "when Ann Lee retired, she used these words, and I quote": Ann Lee
    a = _actor(subj, mentions, spans)
    return a if a is not None and a.kind == "person" else None


def _misspelt(speaker: Actor | None, mentions: Mentions) -> Actor | None:
    """ "Lead author Sally Wasef ... . Wasif suggested, "..."": a one-word name no one else bears that
    differs in one letter (not the first) from the surname of exactly one person named before it is that
    person, misspelt."""
    if speaker is None or speaker.kind != "person" or not speaker.name or speaker.start is None:
        return None
    word = speaker.name
    if " " in word or len(word) < 5 or not word[:1].isupper() or not word.isalpha():
        return None
    found: dict[str, Actor] = {}
    for a in mentions.actors():
        if a.kind != "person" or not a.name or a.start is None or a.start == speaker.start:
            continue
        names = a.name.split()
        if word in names:
            return None  # the name is borne by someone: not a misspelling
        last = names[-1]
        if (
            a.start < speaker.start
            and len(names) > 1
            and len(last) == len(word)
            and last[0] == word[0]
            and sum(x != y for x, y in zip(last, word, strict=True)) == 1
        ):
            found.setdefault(a.name, a)
    if len(found) != 1:
        return None
    person = next(iter(found.values()))
    return replace(person, start=speaker.start, end=speaker.end, text=speaker.text, rule="quote:misspelt")


def _role_holder(doc: Doc, speaker: Actor | None, mentions: Mentions) -> Actor | None:
    """'His mother, Jane Reed, ... . "...," the mother said': a speaker described as "the <noun>" is the one
    person the text named with that noun before ("the victim's father, Dennis Marsh", "Reed, the boy's
    mother", "coach Ann Lee"); nobody when no one or several were (a couple's "the father said" is left to
    `_couple_member`)."""
    if speaker is None or speaker.start is None or speaker.end is None:
        return None
    if speaker.name and speaker.rule != "quote:described":
        return None
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    lemma = head.lemma_.lower()
    found: dict[str, Actor] = {}
    for m in mentions.items:
        if m.start >= span.start:
            break
        a = m.actor
        if a.kind != "person" or not a.name or " " not in a.name or a.rule == "coref:pronoun":
            continue
        tok = doc[m.head]
        near = [c for c in tok.children if c.dep_ in ("appos", "compound")]
        if tok.dep_ == "appos":
            near.append(tok.head)
        if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in near) or _title_in_name(doc, m, head):
            found.setdefault(a.name, a)
    if not found and lemma not in BODIES | COMPANY_NOUNS | DOCUMENTS:
        for t in doc[: span.start]:
            run = _appositive_name(t, mentions) if t.lemma_.lower() == lemma and t.pos_ == "NOUN" else None
            if run is not None:
                found.setdefault(" ".join(w.text for w in run), _name_actor(run))
    if len(found) != 1:
        return None
    return copy_at(next(iter(found.values())), span, "quote:role")


#: words for one of a couple, a man's or a woman's (`GENDERED`): "the father said", "the wife told reporters"
COUPLE_WORDS = frozenset("father mother husband wife".split())


def _couple_member(doc: Doc, speaker: Actor | None, mentions: Mentions) -> Actor | None:
    """'Judge Lee sentenced Mark and Helen Rourke ... . "...," the father said': "the father", "the mother",
    "the husband" or "the wife", with no word saying whose, is one of the one couple the text named before
    (two people of one surname: "Mark and Helen Rourke", "Mark Rourke ... Helen Rourke"), the one whose first
    name is of that sex (`first_name_sex`); nobody when the text names no couple or several, or a couple
    whose first names do not tell a man and a woman apart."""
    if speaker is None or speaker.start is None or speaker.end is None or speaker.rule != "quote:described":
        return None
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    lemma = head.lemma_.lower()
    if (
        head.tag_ != "NN"
        or lemma not in COUPLE_WORDS
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        or any(c.dep_ in ("poss", "prep", "amod", "compound") for c in head.children)
    ):
        return None
    by_surname: dict[str, dict[str, Actor]] = {}
    for m in mentions.items:
        if m.start >= span.start:
            break
        a = m.actor
        if a.kind != "person" or not a.name or a.rule == "coref:pronoun":
            continue
        if " " not in a.name:
            surname = _shared_surname(doc, m, mentions)
            if surname is None:
                continue
            a = replace(a, name=f"{a.name} {surname}")
        by_surname.setdefault(a.name.split()[-1], {}).setdefault(a.name, a)
    couples = [people for people in by_surname.values() if len(people) == 2]
    if len(couples) != 1:
        return None
    sexes = {name: first_name_sex(name) for name in couples[0]}
    if sorted(sexes.values(), key=str) != ["f", "m"]:
        return None
    (name,) = [n for n, sex in sexes.items() if sex == GENDERED[lemma]]
    return copy_at(couples[0][name], span, "quote:role")


def _shared_surname(doc: Doc, m: Mention, mentions: Mentions) -> str | None:
    """ "Mark and Helen Rourke": the surname a lone first name shares with the full name joined to it by
    "and" (both first names the table knows)."""
    if m.end + 1 >= len(doc) or doc[m.end].lower_ != "and":
        return None
    other = mentions.at(doc[m.end + 1])
    if other is None or other.start != m.end + 1 or other.actor.kind != "person" or not other.actor.name:
        return None
    words = other.actor.name.split()
    if len(words) != 2 or first_name_sex(f"{m.actor.name} {words[1]}") is None:
        return None
    return words[1] if first_name_sex(other.actor.name) is not None else None


def _appositive_name(noun: Token, mentions: Mentions) -> list[Token] | None:
    """ "The hiker's mother, Ingrid de Vries,", "Keisha Lance Bottoms, the mayor,": the run of two or more
    proper nouns in apposition to ``noun`` that no dictionary knows (the NER may take it for an
    organisation)."""
    if noun.dep_ == "appos" and _is_name(noun.head):
        head = noun.head
    else:
        head = next((c for c in noun.children if c.dep_ == "appos" and _is_name(c)), None)
    if head is None or mentions.at(head) is not None:
        return None
    run = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head]  # "Ingrid de Vries"
    if len(run) < 2 or not _is_name(run[0]) or run[0].i + len(run) - 1 != head.i:
        return None
    return run


def _title_in_name(doc: Doc, m: Mention, noun: Token) -> bool:
    """ "Actress Ann Lee ... . The actress recalled": the noun of "the <noun>" is a title written before
    the person's name, inside the mention (the parser may take it for part of the name), and every word
    that qualifies the noun is in that title too ("the local health minister" is not "Civil Aviation
    Minister Hardeep Singh Puri")."""
    if not doc[m.head].text.istitle() or not all(doc[i].text[:1].isupper() for i in range(m.start, m.head)):
        return False  # a title is written capitalised before the name; not any word of a long mention
    title = [doc[i].lower_ for i in range(m.start, m.head)]
    words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    return noun.lower_ in title and all(w in title for w in words)


def _speaker_span(doc: Doc, speaker: Actor) -> Span | None:
    """The tokens of a speaker's own words in the text, when it has a place there."""
    if speaker.start is None or speaker.end is None:
        return None
    return doc.char_span(speaker.start, speaker.end, alignment_mode="expand")


#: nouns for a business that "the <noun> said" stands for
COMPANY_NOUNS = frozenset(
    "company firm carrier airline retailer manufacturer automaker carmaker maker chain startup".split()
)


def _named_company(doc: Doc, speaker: Actor | None, mentions: Mentions) -> Actor | None:
    """ "Hasbro hosted a panel ... . Asked about packaging, the company noted that ...": "the company" (or
    "the firm", "the airline" ...) that speaks is the one organisation the text made the subject of a clause
    before it, in its paragraph or the one before (or, when none was there, anywhere before); nobody when
    none or several were. A government body is no company: "United Airlines said ... .\n\nThe Federal Aviation
    Administration ordered ... .\n\n"...," the company said" is United Airlines'."""
    span = _the_noun_subject(doc, speaker, COMPANY_NOUNS)
    if span is None:
        return None
    subjects = [ent for ent in doc.ents if ent.label_ == "ORG" and ent.root.dep_ in SUBJECTS]
    return _organisation_before(doc, span, mentions, "quote:company", subjects)


def _organisation_before(
    doc: Doc, span: Span, mentions: Mentions, rule: str, names: list[Span]
) -> Actor | None:
    """The one organisation of ``names`` (no state body) before ``span``, in the paragraph of ``span`` or
    the one before; when none was there, anywhere before; the one of ``span``'s own paragraph when it has
    exactly one. Nobody when none or several were."""
    head = span.root
    text = text_of(doc)
    here = text.rfind("\n\n", 0, head.idx)
    floor = text.rfind("\n\n", 0, here) if here > 0 else -1
    found: dict[str, Span] = {}
    # those of its own paragraph: "The FAA said ... .\n\nBoeing said ... "...," the company said"
    own: dict[str, Span] = {}
    earlier: dict[str, Span] = {}
    for ent in sorted(names, key=lambda n: n.start):
        if ent.start >= head.i:
            break
        if _official_body(ent, mentions):
            continue
        (earlier if ent.start_char <= floor else found).setdefault(ent.text, ent)
        if ent.start_char > here:
            own.setdefault(ent.text, ent)
    if len(own) == 1:
        found = own
    elif not found:
        found = earlier
    if len(found) != 1:
        return None
    ent = next(iter(found.values()))
    m = mentions.at(ent.root)
    if m is not None and m.actor.name and m.actor.kind not in ("person", "country", "place"):
        return copy_at(m.actor, span, rule)
    if m is not None and m.actor.name:
        return None
    name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    body = Actor(text=span.text, name=name, key=None, kind="group", rule=rule)
    body.start, body.end = span.start_char, span.end_char
    return body


#: nouns for a non-state organisation that "the <noun> said" stands for: a rights group, a union, a charity
GROUP_NOUNS = frozenset("group organisation organization charity union".split())


def _named_group(doc: Doc, speaker: Actor | None, mentions: Mentions) -> Actor | None:
    """ "Human Rights Watch said ... . The government denied ... . "...," the group said": "the group" (or
    "the union", "the charity" ...) that speaks is the one organisation, no state body, that was a subject
    before it (an organisation the NER or the dictionary knows; "activists from Greenpeace boarded": the
    organisation its members come from; "The Unite trade union announced": the name before that noun), as
    for "the company"."""
    span = _the_noun_subject(doc, speaker, GROUP_NOUNS)
    if span is None:
        return None
    word = span.root.lemma_.lower()
    orgs = [ent for ent in doc.ents if ent.label_ == "ORG"]
    taken = {t.i for ent in orgs for t in ent}
    for m in mentions.items:  # those the dictionary knows and the NER missed
        if m.actor.kind == "group" and m.actor.name and taken.isdisjoint(range(m.start, m.end)):
            orgs.append(doc[m.start : m.end])
    names = [n for n in orgs if _subject_or_members(n.root)]
    for tok in doc[: span.start]:
        if tok.dep_ in SUBJECTS and tok.lemma_.lower() == word and tok.tag_ == "NN":
            run = [c for c in tok.lefts if c.dep_ == "compound" and c.tag_ == "NNP"]
            if run and run[-1].i == run[0].i + len(run) - 1 and run[0].ent_type_ not in ("GPE", "NORP"):
                names.append(doc[run[0].i : run[-1].i + 1])  # "The Unite trade union announced"
    return _organisation_before(doc, span, mentions, "quote:group", names)


def _subject_or_members(root: Token) -> bool:
    """A name that is a subject, or the body its members come from: "activists from Greenpeace boarded"."""
    if root.dep_ in SUBJECTS:
        return True
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("from", "of") and prep.head.dep_ in SUBJECTS


#: sectors of a state's own bodies
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def _official_body(ent: Span, mentions: Mentions) -> bool:
    """An organisation the resolver knows as a state's: a government, an agency, an army, a court."""
    m = mentions.at(ent.root)
    return m is not None and (m.actor.kind == "country" or m.actor.sector in STATE_SECTORS)


def _description_span(doc: Doc, speaker: Actor | None) -> Span | None:
    """The words of a speaker the text gives no name, or only its own description ("the company")."""
    if speaker is None or speaker.name and speaker.rule != "quote:described":
        return None
    return _speaker_span(doc, speaker)


def _the_noun_subject(doc: Doc, speaker: Actor | None, nouns: frozenset[str]) -> Span | None:
    """The words of a speaker with no name that is "the <noun>" (one of ``nouns``) and the subject of its
    verb: "the company said", "the agency added"."""
    span = _description_span(doc, speaker)
    if span is None:
        return None
    head = span.root
    if (
        head.tag_ != "NN"
        or head.lemma_.lower() not in nouns
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        or head.dep_ not in SUBJECTS
    ):
        return None
    return span


#: nouns for a body that are a word of its proper name: "the agency" (the International Atomic Energy Agency)
BODY_NAME_NOUNS = frozenset(
    "agency commission ministry department committee council foundation institute authority organisation "
    "organization association".split()
)


def _named_body(doc: Doc, speaker: Actor | None, mentions: Mentions) -> Actor | None:
    """ "The International Atomic Energy Agency said ... . "...", the agency said": "the agency" (or "the
    commission", "the ministry" ...) that speaks is the one organisation named before it, anywhere in the
    text, whose proper name has that noun as a word; nobody when none or several were."""
    span = _the_noun_subject(doc, speaker, BODY_NAME_NOUNS)
    if span is None:
        return None
    word = span.root.lemma_.lower()
    found: dict[str, Span] = {}
    for ent in doc.ents:
        if ent.start >= span.start:
            break
        if ent.label_ == "ORG" and any(t.lower_ == word and t.text[:1].isupper() for t in ent):
            found.setdefault(re.sub(r"^the\s+", "", ent.text, flags=re.I), ent)
    if len(found) != 1:
        return None
    name, ent = next(iter(found.items()))
    m = mentions.at(ent.root)
    if m is not None and m.actor.name and m.actor.kind not in ("person", "country", "place"):
        return copy_at(m.actor, span, "quote:body")
    return replace(speaker, name=name, rule="quote:body") if speaker is not None else None


#: nouns of someone's remembered words: "the Chuck Jones quote that "..."", "Lincoln's words "...""
SAYINGS = frozenset("quote quotation words saying line motto maxim adage dictum expression".split())
#: works a person writes, whose words a quote after "X's <work>:" gives ("a line from Marlowe's poem: "..."")
WORKS = frozenset("poem song novel play book speech essay sonnet hymn letter memoir".split())


def _quote_owner(doc: Doc, s: int, mentions: Mentions) -> Actor | None:
    """'citing the Chuck Jones quote that "..."', 'Lincoln's words "..."': a quote named right before it as
    a saying of a person (a name before "quote", "words", "saying" ...), or as a line of a person's work
    ("that great line from Christopher Marlowe's poem: "...""), is that person's."""
    k = last_token_before(doc, s)
    while k >= 0 and (doc[k].is_quote or doc[k].lower_ in ("that", ",", ":")):
        k -= 1
    if k >= 2 and doc[k].lemma_ == "be" and doc[k - 1].lower_ in SAYINGS:
        k -= 1  # "My dad's expression was, "...""
    work = k >= 2 and doc[k].lower_ in WORKS and doc[k - 1].lower_ in ("'s", "’s")
    if k < 1 or doc[k].lower_ not in SAYINGS and not work:
        return None
    j = k - 1
    if doc[j].lower_ in ("'s", "’s"):
        j -= 1
        if _my_kin(doc[j]) is not None:  # "my mom's expression was, "..."": the speaker's own kin
            start, end = doc[j].left_edge.idx, doc[j].idx + len(doc[j])
            name = text_of(doc)[start:end]
            return Actor(
                text=name, name=name, key=None, start=start, end=end, kind="unknown", rule="quote:owner"
            )
    run: list[Token] = []
    while j >= 0 and len(run) < 4 and _is_name(doc[j]):
        run.insert(0, doc[j])
        j -= 1
    if not run or _verb_of_saying(doc[k], run[-1]):
        return None
    m = mentions.at(run[-1])
    if m is not None:
        return copy_at(m.actor, run[-1], "quote:owner") if m.actor.kind == "person" and m.actor.name else None
    return _name_actor(run) if len(run) >= 2 else None


#: nouns of something said that a quote can name: "Lee's "tax the tourists" remark"
SAID_NOUNS = SAYINGS | frozenset("remark comment tweet post quip claim speech slogan message".split())


def _owned_saying(doc: Doc, s: int, e: int, mentions: Mentions) -> Actor | None:
    """'mocked Governor Ann Lee's "tax the tourists" remark': a quote that names a remark (a tweet, a
    comment, a slogan ...) owned by a named person is that person's words."""
    k = _after(doc, e)
    while k < len(doc) and doc[k].is_quote:
        k += 1
    if k >= len(doc) or doc[k].lemma_.lower() not in SAID_NOUNS or doc[k].pos_ != "NOUN":
        return None
    j = last_token_before(doc, s)
    while j > 0 and doc[j].is_quote:
        j -= 1
    if j < 1 or doc[j].lower_ not in ("'s", "’s") or not _is_name(doc[j - 1]):
        return None
    owner = doc[j - 1]  # the parser may hang the possessive on a word of the quote
    m = mentions.at(owner)
    if m is None or m.actor.kind != "person" or not m.actor.name:
        return None
    return copy_at(m.actor, owner, "quote:owner")


def _verb_of_saying(t: Token, name: Token) -> bool:
    """ "left the Swedish Football Association saying "..."": after the name of a body or place, "saying" is
    the verb of the clause's subject, not the noun of "a Vince Lombardi saying "..."" (a person's)."""
    return t.lower_ == "saying" and name.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "NORP")


#: verbs that go on with what the last speaker said: "The Wooster professor added, "...""
GOES_ON = frozenset({"add", "continue"})
#: bodies and groups, not a person a description can stand for ("The ministry added")
BODIES = frozenset(
    "ministry department government office agency authority administration council committee commission "
    "board court police army military force service company firm group team party union organisation "
    "organization association institute university school hospital embassy parliament congress senate "
    "assembly club campaign network station channel newspaper paper magazine outlet".split()
)


def _added_by_last(
    doc: Doc,
    speaker: Actor | None,
    last: tuple[Actor, int] | None,
    mentions: Mentions,
    spans: list[tuple[int, int]],
) -> Actor | None:
    """'"...," said study co-author Karen Alley. The Wooster professor added, "..."': a definite
    description of one person with no name, the subject of "added"/"continued" right after a named person's
    quote (in its paragraph, the next sentence at most, no other person named in between), is that person."""
    span = _description_span(doc, speaker)
    if span is None or last is None:
        return None
    before, at = last
    if before.kind != "person" or not before.name:
        return None
    head = span.root
    if (
        not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        or head.dep_ != "nsubj"
        or head.tag_ != "NN"
        or head.head.lemma_.lower() not in GOES_ON
        or head.lemma_.lower() in RELATIONS | BODIES | DOCUMENTS
        or "\n" in text_of(doc)[at : head.idx]
    ):
        return None
    first = sent_of(doc[last_token_before(doc, at + 1)])
    here = sent_of(head)
    if here.start > first.end and (first.end >= len(doc) or here.start > sent_of(doc[first.end]).end):
        return None  # more than one sentence after the quote's own
    for t in doc[first.start : head.i]:
        m = mentions.at(t)
        if m is not None and m.actor.kind == "person" and m.actor.name != before.name and _outside(t, spans):
            return None
    return copy_at(before, span, "quote:added")


#: a speaker's turn in a transcript: "THE PRESIDENT: ...", "SECRETARY BLINKEN: ...", "Q  ..." at a line start,
#: or after the time the remarks began ("2:14 P.M. EDT THE PRESIDENT: ...")
TURN_LABEL = re.compile(
    r"^(?:\d{1,2}:\d{2} [AP]\.M\. [A-Z]{2,4}[ \t]+)?"
    r"(Q(?=[ \t])|[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,5}(?=:[ \t]))",
    re.M,
)
#: turns of people a transcript does not name: the questions, the moderator, the room
UNNAMED_TURNS = re.compile(
    r"^(Q|QUESTION|MODERATOR|OPERATOR|AUDIENCE( MEMBER)?|PARTICIPANT|STAFF|AIDE|INTERPRETER|"
    r"(SENIOR|ADMINISTRATION|STATE DEPARTMENT) .*|.* OFFICIAL( .*)?|.* SENT TO THE SENATE|SUBJECT)$"
)
HONORIFICS = frozenset("MR MR. MS MS. MRS MRS. DR DR.".split())
#: titles a transcript's label may put before a surname ("SENATOR COTTON:", "GOVERNOR HALE:")
LABEL_TITLES = frozenset(
    "SENATOR REPRESENTATIVE CONGRESSMAN CONGRESSWOMAN GOVERNOR MAYOR SECRETARY AMBASSADOR ADMIRAL GENERAL "
    "LEADER SPEAKER ADMINISTRATOR DIRECTOR COMMISSIONER CHAIRMAN CHAIRWOMAN JUDGE".split()
)
#: an interview's turn label at a line start, the speaker's name in double parentheses: "((Jane Roe))  ...";
#: the interviewer's are initials ("((WN))"), which name no one
INTERVIEW_LABEL = re.compile(r"^\(\(([A-Z][^()\n]{0,60})\)\)(?=[ \t])", re.M)


def _turn_of(turns: list[tuple[int, int, str]], s: int) -> tuple[int, int, str] | None:
    """The transcript turn a quote stands in: the last turn label before it."""
    turn = None
    for t in turns:
        if t[0] > s:
            break
        turn = t
    return turn


def _third_person_self(speaker: Actor | None, own: Actor | None) -> bool:
    """A "he" or "she" that the resolver took for the one whose turn it is: in a transcript or an interview
    the turn's speaker says "I", so the he or she is someone else ("((Jane Roe)) My mother called, and she
    said, "..."")."""
    if speaker is None or own is None or not speaker.name or not own.name:
        return False
    if (speaker.text or "").lower() not in SPEAKER_PRONOUNS:
        return False
    return speaker.name.split()[-1].lower() == own.name.split()[-1].lower()


def _turn_labels(text: str) -> list[tuple[int, int, str]]:
    """The speaker labels that open a line of a transcript ("SECRETARY BLINKEN:", "Q", "((Jane Roe))"): start,
    end, label."""
    labels = [(m.start(1), m.end(1), m.group(1)) for m in TURN_LABEL.finditer(text)]
    return sorted(labels + [(m.start(1), m.end(1), m.group(1)) for m in INTERVIEW_LABEL.finditer(text)])


def _answer_speaker(
    doc: Doc,
    turns: list[tuple[int, int, str]],
    turn: tuple[int, int, str],
    mentions: Mentions,
    holder: Callable[[str], Actor | None] | None,
) -> Actor | None:
    """Who answers a question's turn: the speaker of the next turn, when the question's own label names no
    one ("Q", "((WN))")."""
    if _turn_speaker(doc, turn, mentions, holder) is not None:
        return None
    after = [t for t in turns if t[0] > turn[0]]
    return _turn_speaker(doc, after[0], mentions, holder) if after else None


def _turn_speaker(
    doc: Doc, turn: tuple[int, int, str], mentions: Mentions, holder: Callable[[str], Actor | None] | None
) -> Actor | None:
    """Who speaks in a turn: the person its label names ("SECRETARY BLINKEN", "MS. PSAKI"), or the
    publisher's sitting holder of the office it names ("THE PRESIDENT"); nobody for a question or an
    unnamed official."""
    start, end, label = turn
    if UNNAMED_TURNS.match(label):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        m = mentions.at(t)  # not a title the resolver tied to an earlier holder ("THE PRESIDENT" -> a guest)
        if m is not None and m.actor.kind == "person" and m.actor.name and m.actor.rule != "coref:title":
            return copy_at(m.actor, t, "quote:turn")
    title = re.sub(r"^the\s+", "", label.strip(), flags=re.I)
    for t in span:
        m = mentions.at(t)
        if m is None or holder is None:
            continue
        a = None
        if m.actor.kind == "agent" and m.actor.role:
            a = holder(m.actor.role if m.actor.role != "other" else f"title:{title}")
        elif m.actor.rule == "coref:title":  # "THE VICE PRESIDENT:" after "Remarks by Vice President Harris"
            a = holder(f"title:{title}")
        if a is not None and m.end <= span[-1].i and span[-1].text.title() not in (a.name or "").split():
            return None  # "FOREIGN MINISTER LIIMETS" in a Secretary's transcript: a guest, not the holder
        if a is not None:
            return copy_at(a, span, "quote:turn")
    if not label.isupper():  # "((Jane Roe))": an interview names its speaker as it spells the name
        if any((m := mentions.at(t)) is not None and m.actor.kind != "person" for t in span):
            return None  # "((Wikinews))": the outlet asking
        return Actor(text=label, name=label, key=None, start=start, end=end, kind="person", rule="quote:turn")
    words = [w for w in label.split() if w not in HONORIFICS]
    if len(words) != len(label.split()) - 1 or len(words) != 1:
        return None  # "MS. PSAKI": the name after an honorific; a title alone names no one known
    name = words[0].title()
    return Actor(text=label, name=name, key=None, start=start, end=end, kind="person", rule="quote:turn")


#: a titled speaker's label inside a line, after the end of a sentence ("... thank you. PRIME MINISTER LEE:")
TITLED_LABEL = (
    r"((?:THE )?(?:(?:VICE |DEPUTY )?PRESIDENT|(?:DEPUTY |FOREIGN |DEFENSE )?(?:PRIME )?"
    r"MINISTER|SECRETARY|CHANCELLOR|KING|QUEEN|CROWN PRINCE|EMIR|GENERAL|AMBASSADOR)"
    r"(?: [A-Z][A-Z'’-]+){0,3})(?=:[ \t])"
)
INLINE_TURN = re.compile(r"(?<=[.!?”\"’)] )" + TITLED_LABEL)


#: labels inside a line of a run-together transcript, after the end of a sentence or a broken-off one ("...
#: thank you. MR. ZIENTS: So, ...", "I'm — THE PRESIDENT: Well, ...", "... that's all. Q Thank you.")
TURN_BREAK = r"(?<=[.!?”\"’)—–…] )"
NAMED_LABEL = r"(?:MR|MS|MRS|DR)\. [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?(?=:[ \t])"
INLINE_LABELS = re.compile(TURN_BREAK + "(" + NAMED_LABEL + "|" + TITLED_LABEL[1:])
INLINE_Q = re.compile(TURN_BREAK + r"(Q)(?= [A-Z(])")


def _same_person(a: Actor | None, b: Actor | None) -> bool:
    """Two actors of one person: the same name, or one's name the other's surname ("Biden", "Joe Biden")."""
    if a is None or b is None or not a.name or not b.name:
        return False
    return a.name == b.name or a.name.split()[-1] == b.name.split()[-1]


def _titled_label(turn: tuple[int, int, str]) -> Actor | None:
    """ "SENATOR COTTON": a label of a title and a surname names the surname's bearer."""
    start, end, label = turn
    words = label.split()
    if (
        len(words) != 2
        or words[0] not in LABEL_TITLES
        or not words[1].replace("’", "").replace("'", "").isalpha()
    ):
        return None
    return Actor(
        text=label, name=words[1].title(), key=None, start=start, end=end, kind="person", rule="quote:turn"
    )


def _inline_labels(text: str) -> list[tuple[int, int, str]]:
    """The turn labels of a transcript whose turns run together in one paragraph ("... Dr. Fauci. DR. FAUCI:
    Yeah. ..."), when it has at least two labels of a named or titled speaker inside a line; its inline "Q"
    labels then too."""
    found = list(INLINE_LABELS.finditer(text))
    if len(found) < 2:
        return []
    found += list(INLINE_Q.finditer(text))
    return [(m.start(1), m.end(1), m.group(1)) for m in found]


def foreign_turns(
    doc: Doc,
    mentions: Mentions,
    resolver: ActorResolver,
    on: dt.date | None,
    author: Actor | None,
    publisher: Actor | None,
    title: str | None = None,
) -> list[tuple[int, int, Actor]]:
    """The turns of a government's transcript that a foreign speaker has ("PRESIDENT MOON: ... I look forward
    to welcoming President Biden in Seoul"): from the label to the next one, "I" and "we" are that speaker,
    not the publisher. Turns of the publisher's own people, questions and unnamed speakers are left to it. A
    speaker the dictionary does not know is of the country the ``title`` names him with ("Secretary Blinken
    and Estonian Foreign Minister Eva-Marie Liimets Before Their Meeting")."""
    if author is None or not author.key:
        return []
    text = text_of(doc)
    labels = _turn_labels(text)
    # paragraphs run together: "... on that. PRESIDENT HASSAN: Thank you." (a titled label after a sentence)
    labels += [(m.start(1), m.end(1), m.group(1)) for m in INLINE_TURN.finditer(text)]
    labels.sort()
    turns: list[tuple[int, int, Actor]] = []
    for n, (start, end, label) in enumerate(labels):
        if UNNAMED_TURNS.match(label):
            continue
        spk = _turn_speaker(
            doc, (start, end, label), mentions, lambda role: resolver.office_holder(publisher, role, on)
        )
        words = label.replace("’", "'").split()
        if (spk is None or not spk.key) and len(words) >= 2 and words[-1][:1].isalpha():
            # "PRIME MINISTER KALLAS": the one person of that surname in office
            spk = resolver.in_office(label, words[-1].title(), on, "quote:turn") or spk
        if (spk is None or not spk.key) and (k := _guest_country(title, words, resolver)) is not None:
            name = words[-1].title()
            spk = Actor(label, name, k, k, None, "GOV", None, start, end, kind="person", rule=TITLED_GUEST)
        if spk is not None and spk.key and spk.key != author.key:
            turns.append((end, labels[n + 1][0] if n + 1 < len(labels) else len(text), spk))
    return turns


def host_turns(text: str, turns: list[tuple[int, int, Actor]]) -> list[tuple[int, int]]:
    """The turns of a transcript that named speakers of the publisher's side have (``turns`` being the
    foreign speakers' turns, from ``foreign_turns``): from the label's end to the next label. Not the
    questions, nor the moderator's or other unnamed speakers' turns, nor the answers to a question (the
    "you" of "as you asked" is the reporter)."""
    labels = _turn_labels(text)
    labels += [(m.start(1), m.end(1), m.group(1)) for m in INLINE_TURN.finditer(text)]
    labels.sort()
    foreign = {e for e, _, _ in turns}
    return [
        (end, labels[n + 1][0] if n + 1 < len(labels) else len(text))
        for n, (_, end, label) in enumerate(labels)
        if not UNNAMED_TURNS.match(label)
        and end not in foreign
        and not (n and QUESTION_LABEL.match(labels[n - 1][2]))
    ]


#: the label of a reporter's question in a transcript
QUESTION_LABEL = re.compile(r"^(Q|QUESTION)$")


def titled_guest(title: str | None, text: str, turns: list[tuple[int, int, Actor]]) -> Actor | None:
    """The one foreign speaker of a transcript (``turns`` from ``foreign_turns``, all of one country) when
    the ``title`` names him ("Secretary Blinken and Swedish Foreign Minister Ann Linde Before Their Meeting"
    for "FOREIGN MINISTER LINDE:"): the guest the host addresses. None when the title names no speaker (a
    briefing a foreign official joins) or the foreign speakers are of several countries."""
    if not turns or not title or len({spk.key for _, _, spk in turns}) != 1:
        return None
    words = {w.strip(",.:;()’'").lower() for w in title.replace("’s ", " ").split()}
    for end, _, spk in turns:
        label = text[text.rfind("\n", 0, end) + 1 : end].split()
        if label and label[-1].strip(".:’'").lower() in words:
            return spk
    return None


#: words of a title that end a guest's name in it ("... Liimets After Their Meeting", "... at a Dinner")
#: the rule of a turn's speaker keyed by the country the transcript's title ties the name to
TITLED_GUEST = "quote:turn+title"
TITLE_NAME_ENDS = frozenset("before after at during in on for to with and".split())


def _guest_country(title: str | None, label: list[str], resolver: ActorResolver) -> str | None:
    """The country a transcript's title ties the speaker of a turn label (its words, ``label``) to: a demonym
    before the surname ("and Estonian Foreign Minister Eva-Marie Liimets") or "of" a country after it ("and
    Prime Minister Lee Hsien Loong of Singapore"), in the title's part for that person (from its "and" or
    "with" to its "Before", "During" ...); None when the surname is not in the title or no country is tied."""
    if not title or not label:
        return None
    words = [w.strip(",:;") for w in title.split()]
    surname = label[-1].strip(".").lower()
    at = next((i for i, w in enumerate(words) if w.lower() == surname and w[:1].isupper()), None)
    if at is None:
        return None
    start = max((i + 1 for i, w in enumerate(words[:at]) if w.lower() in ("and", "with")), default=0)
    end = next((i for i in range(at + 1, len(words)) if words[i].lower() in TITLE_NAME_ENDS), len(words))
    d = resolver.d
    for i in range(start, at):
        two = f"{words[i]} {words[i + 1]}"  # "North Macedonian"
        if k := d.demonym(two) or (words[i][:1].isupper() and d.demonym(words[i])):
            return k
    of = next((i for i in range(at + 1, end) if words[i].lower() == "of"), end)
    run = words[of + 1 : end]  # "of the Republic of Korea"
    while run:
        e = d.lookup_name(" ".join(run))
        if e is not None and e.kind == "country" and e.key:
            return e.key
        run.pop()
    return None


def _first_person(
    doc: Doc,
    s: int,
    e: int,
    verbs: frozenset[str],
    spans: list[tuple[int, int]],
    who: tuple[str, ...] = ("i", "we"),
) -> bool:
    """The quote is reported by an "I" or a "we" ("I said, "..."", ""...," we told them"): in a transcript,
    the words of whoever has the turn. With ``who=("you",)``: by the "you" a question asks ("you wrote
    "..."")."""
    k = last_token_before(doc, s)
    near = [t for t in doc[max(0, k - 4) : k + 1] if not t.is_punct and not t.is_space and _outside(t, spans)]
    if near and _quote_marker(near[-1]) and not any(c.dep_ in SUBJECTS for c in near[-1].children):
        near.pop()  # 'you said, quote, "..."': the verb before the spoken "quote" (not "and I quote")
    after = [t for t in doc[_after(doc, e) : _after(doc, e) + 4] if not t.is_punct and not t.is_space]
    if _ends_sentence(text_of(doc), s, e):
        after = []  # '"..." I said, "..."': the "I" reports the next quote
    for v in near[-1:] + after[:2]:
        if v.lemma_.lower() == "quote":
            continue  # "and I quote, "..."": someone else's words
        said = _quotative_like(v) or (v if v in near and _quotative_go(v, s) else None)
        subjects = [c for c in (said or v).children if c.dep_ in SUBJECTS]
        if (said is not None or _is_verb(v, verbs)) and any(c.lower_ in who for c in subjects):
            # "As we — my grandfather Tom would say, "..."": a restarted subject names who says it
            return not any(c.pos_ == "PROPN" for c in subjects)
    return False


def _quotative_like(t: Token) -> Token | None:
    """The "be" or "go" of a quotative "like" right before a quote ("And I'm like, "..."", "I was like, "...""
    "we went like "...""): the verb that reports the words, in speech as "said" does."""
    if t.lower_ != "like" or t.head.i >= t.i or t.head.lemma_.lower() not in ("be", "go"):
        return None
    return t.head


def _bare_like(t: Token, s: int) -> Token | None:
    """ "Some people went like "Are you ...?"", "people were like "But ..."": a quotative "like" with no
    comma, right after the "be" or "go" of its subject and right before a quote that opens with a capital
    (the parser may hang the "like" on the quoted verb). Not a comparison or an example ("it looks like "a
    deal"", "words like "freedom"")."""
    doc = t.doc
    if t.lower_ != "like" or t.i == 0 or t.i + 1 >= len(doc):
        return None
    v = doc[t.i - 1]
    if v.lemma_.lower() not in ("be", "go") or not text_of(doc)[s : s + 1].isupper():
        return None
    if not (t.head is v or t.head.idx >= s):
        return None
    subjects = [c for c in v.children if c.dep_ in SUBJECTS]
    if not subjects or any(c.lower_ in ("it", "this", "that") for c in subjects):
        return None
    return v


def _relative_like(doc: Doc, s: int, spans: list[tuple[int, int]]) -> tuple[str, Actor] | None:
    """ "I have a few Muslim friends who are like, "...": a quotative "like" right before the quote whose
    "be" or "go" has a relative "who" for subject reports the words of the noun the "who" stands for, not of
    a reporting verb further back in the sentence ("the way people have responded")."""
    k = last_token_before(doc, s)
    while k >= 0 and (doc[k].is_quote or doc[k].text in (",", ":")):
        k -= 1
    said = _quotative_like(doc[k]) if k >= 0 and _outside(doc[k], spans) else None
    who = next((c for c in said.children if c.dep_ in SUBJECTS), None) if said is not None else None
    if said is None or who is None or who.lower_ not in ("who", "that") or said.dep_ != "relcl":
        return None
    a = _described_subject(who, spans, None)
    return (_verb_text(said), a) if a is not None else None


def _quotative_go(v: Token, s: int) -> bool:
    """ "I'd go, "I'm not sure."", "and I go, "...": a bare "go" right before the quote starting at ``s``
    reports it, in speech (no object, place or verb of its own before the quote: not "I'd go home")."""
    if v.lemma_.lower() != "go" or v.pos_ != "VERB":
        return False
    return not any(not c.is_punct and not c.is_space for c in v.children if v.i < c.i and c.idx < s)


def _others_like(v: Token) -> bool:
    """ "she's like "...", "they went like "...": a quotative "like" after the "be" or "go" of someone other
    than "I" or "we" (the parser may hang "like" on the quoted verb)."""
    nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
    if nxt is None or nxt.lower_ != "like" or v.lemma_.lower() not in ("be", "go"):
        return False
    return any(c.dep_ in SUBJECTS and c.lower_ not in ("i", "we") for c in v.children)


def _said_by_i(doc: Doc, s: int, verbs: frozenset[str], spans: list[tuple[int, int]], who: str = "i") -> bool:
    """An "I" reports the quote in the words right before it, in its sentence: "I said, "..."", "the same
    thing I said that day: "..."", "As I said when we announced X, "..."" (a time clause between is passed
    over, and so is a long object: "As I told the families of Hazard during my visit last Friday, "...""; not
    "and I quote": others' words). With ``who="you"``: a "you" reports it ("You said from the podium,
    "..."")."""
    k = last_token_before(doc, s)
    if k < 0:
        return False
    start = max(sent_of(doc[k]).start, k - 20)
    for v in reversed(doc[start : k + 1]):
        if (
            v.lemma_.lower() == "quote"
            and _quote_marker(v)
            and not any(c.dep_ in SUBJECTS for c in v.children)
        ):
            continue  # 'you wrote in a statement that it meant, quote, "..."': the spoken "quote" cites them
        if not _outside(v, spans) or v.lemma_.lower() == "quote" or _others_like(v):
            return False
        timed = any(c.lower_ in ("when", "after", "before", "while") for c in v.children)
        other = next((c for c in v.children if c.dep_ in SUBJECTS and c.lower_ not in (who, *RELATIVE)), None)
        if v.pos_ in ("VERB", "AUX") and other is not None and not timed:
            return False  # "I find students grumble, but they warm up to the idea thinking, "...": theirs
        if not _is_verb(v, verbs):
            continue
        if timed:
            continue  # "when we announced new sanctions"
        return any(c.dep_ in SUBJECTS and c.lower_ == who for c in v.children)
    return False


#: verbs of a voice other than the turn's, when their subject is not "I": "some folks will say", "my staff
#: is going", "people realize", "we heard the chants"
VOICES = frozenset(
    "say ask think wonder go realize hear see sing chant yell shout call read write tell look".split()
)
#: nouns of words that are someone else's: "I got a letter from him: "..."", "the question was, "..."";
#: "thinking" is the verb the parser took for a noun in "they warm up to the idea thinking, "...""
OTHER_WORDS = WORDINGS | frozenset(
    "question phrase expression saying hymn psalm scripture motto slogan thinking".split()
)


#: verbs of thinking: what a turn's "we" thought is the turn speaker's words ("So we thought "..."")
THOUGHTS = frozenset("think wonder figure realize realise believe feel hope".split())
#: what an "I" does with someone else's words: "I've heard this phrase, "..."", "and I quote"
HEARD = frozenset("hear see read quote".split())


def _own_voice(doc: Doc, s: int, verbs: frozenset[str], spans: list[tuple[int, int]]) -> bool:
    """The words before the quote in its sentence speak as "I", or as a "we" who thinks ("When I get asked
    ..., one word: "..."; "And I'm thinking, "..."", "So we thought "...""), and give it no other voice:
    no verb of saying or thinking whose subject (or its clause's) is someone else ("some folks will say", "my
    staff is going"), nor an "I" who heard it."""
    k = last_token_before(doc, s)
    if k < 0:
        return False
    sent = sent_of(doc[k])
    own = False
    for v in doc[sent.start : k + 1]:
        if v.pos_ == "NOUN" and v.lemma_.lower() in OTHER_WORDS and _outside(v, spans):
            return False
        if _outside(v, spans) and _others_like(v):
            return False  # "I told my mom, and she's like "...": her words, not the turn's "I"
        if v.pos_ not in ("VERB", "AUX") or not _outside(v, spans):
            continue
        x = v
        subj = None
        while subj is None:
            subj = next((c for c in x.children if c.dep_ in SUBJECTS and _outside(c, spans)), None)
            if subj is not None or x.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or x.head is x:
                break
            x = x.head
        if subj is None:
            continue
        # "So we thought "...": the thought of the turn's own group, the speaker among them
        if subj.lower_ == "i" or subj.lower_ == "we" and v.lemma_.lower() in THOUGHTS:
            if v.lemma_.lower() in HEARD:
                return False
            own = True
        elif _is_verb(v, verbs) or v.lemma_.lower() in VOICES:
            return False
    return own


def _as_named(speaker: Actor | None) -> Actor | None:
    """A seat of government speaks under its own name: "the State Department said" is the State
    Department's (keyed USA), not "United States"."""
    if speaker is None or not (speaker.rule or "").startswith("dict:seat") or not speaker.text:
        return speaker
    name = speaker.text[4:] if speaker.text.lower().startswith("the ") else speaker.text
    return replace(speaker, name=name)


#: words of a title that stay lower case ("Blocking Property with Respect to the Situation")
TITLE_SMALL = frozenset(
    "a an the of for to in on and or nor but with at by from as into per via vs vs. de la".split()
)
#: verbs that give a name: "a process known as "...""; "nicknamed "...""
NAMING = frozenset("call term dub nickname name title entitle know label brand".split())


def _not_said(
    doc: Doc,
    s: int,
    e: int,
    verb: str | None,
    whole: bool,
    rule: str,
    spans: list[tuple[int, int]],
    label: bool = False,
) -> bool:
    """Quoted words that nobody is reported to say: a title or name in title case ("Welcome To Video",
    "Reproductive Health Care Reform Bill 2019"; kept when a verb reports it as a sentence: "...," he
    tweeted "Happy New Year!"), a hashtag, a name given by a participle or a passive clause with no one
    giving it ("a mannequin nicknamed "..."", "which has been termed Brexit for "British exit"", "(referred
    to as "..."))", a title after "entitled" ("an event entitled "..."", any length), and a
    short fragment with no finite verb and no speaker inside a sentence ("a "same-sex family
    relationship"")."""
    inner = text_of(doc)[s:e]
    if inner.lstrip().startswith("#"):
        return True
    if _term_or_nickname(doc, s, e, spans) or _entitled(doc, s, spans):
        return True
    if _title_case(inner) and not label and not (verb is not None and re.search(r"[.!?…]\W*$", inner)):
        return True
    if whole:
        return False
    toks = [t for t in tokens_between(doc, s, e) if not t.is_punct]
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks)
    if rule == "quote:unattributed" and len(toks) <= 5 and not finite:
        return True
    heads = [t for t in toks if not (s <= t.head.idx < e) or t.head.i == t.i]
    for t in heads:
        v = next((a for a in t.ancestors if a.pos_ == "VERB"), None)
        if v is not None and _referred_to_as(v) and _outside(v, spans):
            return True  # "(referred to as the "..." or "...")": no one gives the name
        if v is None or v.lemma_.lower() not in NAMING or not _outside(v, spans) or _calls_on(v):
            continue
        passive = v.dep_ == "acl" or v.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in v.children)
        if passive and not any(c.dep_ == "agent" for c in v.children):
            return True  # "the process which has been termed Brexit for "British exit""
    return False


TITLING = frozenset({"entitled", "titled"})


def _entitled(doc: Doc, s: int, spans: list[tuple[int, int]]) -> bool:
    """ "an event entitled "Time to Act Together on ..."": the words right after "entitled"/"titled" are a
    title, whatever their length or case, not words someone is reported to say."""
    k = last_token_before(doc, s)
    while k >= 0 and (doc[k].is_quote or doc[k].text == ","):
        k -= 1
    return k >= 0 and doc[k].lower_ in TITLING and _outside(doc[k], spans)


def _referred_to_as(v: Token) -> bool:
    """ "(referred to as the "..." or "...")": "refer" with its "to" left without an object and no subject of
    its own, a passive naming whoever the parse hangs it on (no one gives the name)."""
    if v.lemma_.lower() != "refer" or any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in v.children):
        return False
    to = next((c for c in v.children if c.lower_ == "to" and c.dep_ == "prep"), None)
    return (
        to is not None
        and not any(c.dep_ == "pobj" for c in to.children)
        and any(c.lower_ == "as" for c in v.children)
    )


def _calls_on(v: Token) -> bool:
    """ "called on drivers to", "called for": a call that asks, not one that names."""
    return v.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in v.children
    )


#: nouns that name a quoted word rather than report it: "the term "intellectual property"", "his nickname
#: "Spike""
TERM_NOUNS = frozenset("term word nickname moniker acronym abbreviation".split())


#: verbs by which someone gives a thing a name of their own: "Trump referred to the vote as "...""
LABELLING = frozenset("refer call dub label brand".split())


def _personal_label(doc: Doc, s: int, verb: str | None, speaker: Actor | None) -> bool:
    """A name in title case that a named person gave something ("on Twitter referred to the vote as "The
    Impeachment Hoax"", "called the inquiry "A Total Witch Hunt""): that person's words, not a title the
    text merely mentions. The quote stands right after "as" or after the verb's object."""
    if verb is None or speaker is None or speaker.kind != "person" or not speaker.name:
        return False
    k = last_token_before(doc, s)
    while k >= 0 and doc[k].is_quote:
        k -= 1
    if k < 0:
        return False
    before = doc[k]
    v = before.head if before.lower_ == "as" else before.head if before.dep_ == "dobj" else None
    return v is not None and v.lemma_.lower() in LABELLING and v.lower_ == verb.lower() and v.i < before.i


def _term_or_nickname(doc: Doc, s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """A short span that is a word talked about, not words said: right after a noun that names it ("the
    term "natural born citizen"", "the word "protect""), or a nickname inside a name ('Matiu "Matt"
    Ratana')."""
    text = text_of(doc)
    words = re.findall(r"\w+", text[s:e])
    if not words or len(words) > 5:
        return False
    k = last_token_before(doc, s)
    while k >= 0 and doc[k].is_quote:
        k -= 1
    if k < 0 or not _outside(doc[k], spans):
        return False
    before = doc[k]
    if before.pos_ == "NOUN" and before.lemma_.lower() in TERM_NOUNS:
        return True
    nxt = _after(doc, e)
    while nxt < len(doc) and doc[nxt].is_quote:
        nxt += 1
    return (
        len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and _is_name(before)
        and nxt < len(doc)
        and _is_name(doc[nxt])
        and text[e + 1 : e + 2] == " "
        and text[s - 2 : s - 1] == " "
    )


def _title_case(inner: str) -> bool:
    """Every word of 1-10 capitalised but the small ones, and not all in capitals (a shout)."""
    words = [w for w in re.findall(r"[\w'’.&-]+", inner) if re.search(r"[^\W\d_]", w)]
    if not words or len(words) > 10 or not words[0][:1].isupper():
        return False
    if len(words) == 1:  # "Still," opens a sentence; "NuScale", "COVID-19" are names
        return bool(re.search(r"[A-Z\d]", words[0][1:]))
    if len(words) > 1 and all(w.isupper() for w in words):
        return False
    # "100 Most Important Americans of the 20th Century": a word that opens with a digit is part of the title
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL for w in words)


def _frame(doc: Doc, s: int, e: int, spans: list[tuple[int, int]]) -> list[Span]:
    """The sentences a quote stands in, plus the sentence right after it when that one carries the
    attribution: the quote ends in a comma ('"...," Day said in her book, "..."'), or the next sentence is
    short and quotes nothing itself."""
    sents = []
    i = max(last_token_before(doc, s + 1), 0)  # the token at ``s``: no earlier sentence reaches past it
    while i < len(doc):
        sent = sent_of(doc[i])
        if sent.start_char >= e + 1:
            break
        if sent.end_char > s:
            sents.append(sent)
        i = sent.end
    if not sents:
        return []
    last = sents[-1]
    if last.end_char <= e + 2 and last.end < len(doc):
        nxt = sent_of(doc[last.end])
        if nxt.start_char - e <= 4 and "\n" not in text_of(doc)[e : nxt.start_char]:
            open_ended = not _ends_sentence(text_of(doc), s, e)
            quotes_more = any(nxt.start_char <= a < nxt.end_char for a, _ in spans)
            if open_ended or (len(nxt) <= 14 and not quotes_more):
                sents.append(nxt)
    return sents


def _ends_sentence(text: str, s: int, e: int) -> bool:
    """The quote ends its sentence: a stop inside the marks ("... done.") or right after them ("...".)."""
    return bool(re.search(r"[.!?…]\W*$", text[s:e]) or re.match(r"[\"”»’]?[.!?…]", text[e : e + 2]))


def _outside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return not any(a <= tok.idx < b for a, b in spans)


def _quote_marker(t: Token) -> bool:
    """The spoken "quote" of a transcript right before a quotation mark ("Hong Kong's, quote, "high degree
    of autonomy"", "you said, quote, "..."", "and I quote, "...""): it marks the words that follow as cited,
    whoever said them; it reports nothing itself."""
    if t.lower_ != "quote":
        return False
    for n in t.doc[t.i + 1 : t.i + 4]:
        if n.is_quote:
            return True
        if not (n.is_space or n.text in (",", ":")):
            return False
    return False


def _is_verb(t: Token, verbs: frozenset[str]) -> bool:
    if t.pos_ not in ("VERB", "AUX") or _quote_marker(t):
        return False
    if t.lemma_.lower() == "put":  # "as the court put it": the phrase before is the court's
        return _put_it(t)
    if t.lemma_.lower() == "make":  # "made clear that"
        return any(c.lower_ == "clear" for c in t.children)
    if t.lemma_.lower() in ("attest", "testify"):  # not "records attest to the "great wealth" of ...""
        to = any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)
        return t.lemma_.lower() in verbs and not to
    if t.lemma_.lower() == "refer":  # "referred to the team as "...""
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children) or _as_under_participle(t)
    if t.lemma_.lower() == "express":  # 'led Biden to express "I shouldn't have ..."': words as its content
        return any(c.dep_ == "ccomp" for c in t.children)
    if t.lemma_.lower() in FINDINGS:  # "The court found [his advice "was unlawful"]": a finding reports words
        return any(c.dep_ == "ccomp" for c in t.children)
    if t.lemma_.lower() == "read":  # "..., read the warning": what a text says, not someone reading
        subj = _wording(t)
        if subj is not None and subj.lower_ in RELATIVE and subj.head.dep_ == "relcl":
            subj = subj.head.head
        if subj is not None and subj.lower_ == "it":
            subj = _wording_before(subj) or subj  # "X released a statement. It read, "...""
        return subj is not None and subj.lemma_.lower() in WORDINGS
    return t.lemma_.lower() in verbs and not _goes_on(t) and not _bracket_note(t)


#: the longest square-bracketed note ("[ Tweet , 7.8.22]", "[Press Release, 7/8/22]") read as a citation
NOTE_REACH = 40


def _bracket_note(t: Token) -> bool:
    """A word in a short square-bracketed note on one line ('"..." [ Tweet , 7.8.22] Rep. Ann Roe: "..."'):
    the note cites where the quote before it appeared; it reports no one's words, and the name after the
    bracket is the label of the next quote, not the word's subject."""
    text = text_of(t.doc)
    line_start = text.rfind("\n", 0, t.idx) + 1
    opened = text.rfind("[", line_start, t.idx)
    if opened < 0 or "]" in text[opened : t.idx]:
        return False
    close = text.find("]", t.idx)
    return 0 <= close - opened <= NOTE_REACH and "\n" not in text[opened:close]


def _as_under_participle(refer: Token) -> bool:
    """ "referred to the sailors buried there as "fools"": the parser hangs the "as" of "refer to X as" on a
    participle that qualifies X."""
    return any(
        x.dep_ == "prep" and x.lower_ == "as" and x.head.dep_ == "acl" and x.head.tag_ in ("VBN", "VBD")
        for to in refer.children
        if to.dep_ == "prep" and to.lower_ == "to"
        for x in to.subtree
    )


def _wording(v: Token) -> Token | None:
    """The subject of "read", also when the parser took the inverted one for an object ('"...," read the
    warning')."""
    subj = next((c for c in v.children if c.dep_ in SUBJECTS), None)
    if subj is None:
        subj = next(
            (c for c in v.children if c.dep_ == "dobj" and c.i > v.i and c.lemma_.lower() in WORDINGS), None
        )
    return subj


def _wording_speaker(v: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """Who speaks through a text that "read" the quote: its author ("the warning posted by the council",
    "the council's notice"), else the text by its description ("the warning", "a sign")."""
    text = _wording(v)
    if text is not None and text.lower_ == "it":
        text = _wording_before(text)
        if text is not None:  # "X released a statement. It read, "..."": the statement's issuer
            return _issuer(text, mentions, spans)
    elif text is not None and text.lower_ in RELATIVE and text.head.dep_ == "relcl":
        noun = text.head.head  # "X released a statement which read "...""
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUES and noun.lemma_.lower() in WORDINGS:
            return _issuer(noun, mentions, spans)
    if text is None or text.lemma_.lower() not in WORDINGS:
        return None  # also "signs which read "..."": a slogan, not words anyone is reported to have said
    clause = next((c for c in text.children if c.dep_ in ("acl", "relcl") and c.i > text.i), None)
    agent = next((c for c in clause.children if c.dep_ == "agent"), None) if clause is not None else None
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if by is not None:
        a = _actor(by, mentions, spans) or _described(by, spans)
        if a is not None:
            return a
    owner = next((c for c in text.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON":
        a = _pronoun_owner_issuer(
            text, mentions, spans
        )  # "... issued a statement ... . Their statement read"
        if a is not None:
            return a
    owner = owner or _text_owner(text)  # "The opinion of the Court read", "read a statement from X"
    if owner is not None:
        a = _actor(owner, mentions, spans)
        if a is not None:
            return a
    return _earlier_author(text, mentions, spans) or _described(text, spans, clause)


def _text_owner(text: Token) -> Token | None:
    """Whose a text is by its own words: "the Court's opinion", "the opinion of the Court", "a statement from
    the White House", "a police statement" (a body or an organisation right before it)."""
    owner = next((c for c in text.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    owner = owner or next(
        (
            g
            for c in text.children
            if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for g in c.children
            if g.dep_ == "pobj" and (c.lower_ == "of" or _body_or_name(g))
        ),
        None,
    )
    before = text.doc[text.i - 1] if text.i > 0 else None
    if owner is None and before is not None and before.dep_ == "compound" and before.head.i == text.i:
        if before.lemma_.lower() in BODIES or before.ent_type_ == "ORG":
            owner = before
    return owner


def _body_or_name(t: Token) -> bool:
    """A word that can name who put a text out: a body ("the office of X") or a name of a person,
    organisation or country (not "a study from March")."""
    return t.lemma_.lower() in BODIES or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC")


def _pronoun_owner_issuer(text: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "The government issued a statement ... . Their statement also read "..."": a text owned by a pronoun
    is the same text the sentence before said someone issued; that issuer speaks (not whatever the pronoun
    would otherwise be resolved to)."""
    prev = sentence_before(text)
    lemma = text.lemma_.lower()
    before = (
        next((t for t in reversed(prev) if t.lemma_.lower() == lemma and t.pos_ == "NOUN"), None)
        if prev
        else None
    )
    before = before if before is not None else _issued_in_paragraph(text)
    if before is None or before.dep_ != "dobj" or before.head.lemma_.lower() not in ISSUES:
        return None
    return _issuer(before, mentions, spans)


def _issued_in_paragraph(text: Token, back: int = 3) -> Token | None:
    """The same text put out in one of the few sentences before, in the same paragraph: "The government
    issued a statement agreeing ...: "..." Their statement also read "..."" (the parser may end the sentence
    of the issuing at its quote, or the pronoun's sentence may not open with it)."""
    doc = text.doc
    sent = sent_of(text)
    lemma = text.lemma_.lower()
    for _ in range(back):
        if sent.start == 0 or "\n" in doc[sent.start - 1].text or "\n" in sent.text[:1]:
            return None
        sent = sent_of(doc[sent.start - 1])
        for t in reversed(sent):
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN":
                return t if t.dep_ == "dobj" and t.head.lemma_.lower() in ISSUES else None
        if "\n" in sent.text:
            return None
    return None


#: verbs that put out a text: "X issued a warning", "X signed a proclamation"
ISSUES = frozenset("issue publish release post send sign".split())


def _wording_before(it: Token) -> Token | None:
    """The text an "It" that "read" stands for: the last text noun of the sentence before ("The federation
    released a statement on the arrest. It read, "..."")."""
    prev = sentence_before(it)
    if prev is None:
        return None
    return next(
        (
            t
            for t in reversed(prev)
            if t.pos_ == "NOUN" and t.lemma_.lower() in WORDINGS and t.dep_ != "compound"
        ),
        None,
    )


def _issuer(text: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """Who put a text out: the subject of "issued/released a statement", else its author by the usual
    ways (a "by" phrase, an owner)."""
    if text.dep_ == "dobj" and text.head.lemma_.lower() in ISSUES:
        subj = next((c for c in text.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subj is not None and _outside(subj, spans):
            return _actor(subj, mentions, spans) or _described(subj, spans)
    return _document_author(text, mentions, spans)


def _earlier_author(text: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "the warning" with no author of its own is the one the text named before, in its paragraph or the
    one before: "The warning issued by the weather service ... . "...", read the warning"; "The council
    posted a notice ... . "...", read the notice"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in text.children):
        return None
    doc = text.doc
    body = text_of(doc)
    floor = body.rfind("\n\n", 0, max(0, body.rfind("\n\n", 0, text.idx)))
    lemma = text.lemma_.lower()
    kin = DOCUMENT_KIN if lemma in DOCUMENT_KIN else frozenset({lemma})
    # "The event description read": the description of the thing ("event") a text put out before
    of = next((c for c in text.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    for t in reversed(doc[: sent_of(text).start]):
        if t.idx < floor:
            break
        same = of is not None and t.lemma_.lower() == of.lemma_.lower() and t.pos_ == "NOUN"
        if same and _outside(t, spans):
            a = _poster(t.head if t.dep_ == "compound" else t, mentions, spans)
            if a is not None:
                return a
        if t.lemma_.lower() not in kin or t.pos_ != "NOUN" or not _outside(t, spans):
            continue
        if t.lemma_.lower() != lemma:
            a = _kin_author(t, mentions, spans)
            if a is not None:
                return a
            continue  # "the report" after "the findings" and "the study": the one whose author is named
        for clause in (c for c in t.children if c.dep_ in ("acl", "relcl") and c.i > t.i):
            agent = next((c for c in clause.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if by is not None:
                return _actor(by, mentions, spans) or _described(by, spans)
        owner = _text_owner(t)
        a = _actor(owner, mentions, spans) if owner is not None else None
        if owner is not None and (owner.dep_ == "poss" or a is not None):
            return a
        if t.dep_ == "dobj" and t.head.lemma_.lower() in ISSUES:
            subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subj is not None:
                return _actor(subj, mentions, spans)
        said = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else None
        if said is not None and said.pos_ == "VERB" and said.lemma_.lower() in REPORT_VERBS:
            # "In a letter to the board, X said ... . The letter stressed "..."": X wrote the letter
            subj = next((c for c in said.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subj is not None and _outside(subj, spans):
                return _actor(subj, mentions, spans)
        return None  # the nearest earlier mention names no author
    return None


def _poster(t: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """Who put out the thing ``t`` names: "X posted an event invitation" (the subject of a verb that puts a
    text out, ``ISSUES``); a person, not a pronoun."""
    if t.dep_ != "dobj" or t.head.lemma_.lower() not in ISSUES:
        return None
    subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    a = _actor(subj, mentions, spans) if subj is not None and _outside(subj, spans) else None
    return a if a is not None and a.name else None


def _document_issuer(
    doc: Doc, speaker: Actor | None, mentions: Mentions, spans: list[tuple[int, int]]
) -> Actor | None:
    """ "Acme Foods released a statement. The statement said "..."": a text that speaks with no author of
    its own is by whoever the text said put it out before (as for a text that "read" the quote)."""
    if speaker is None or speaker.rule != "quote:described" or speaker.start is None or speaker.end is None:
        return None
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in DOCUMENTS:
        return None
    author = _earlier_author(span.root, mentions, spans)
    if author is None and span.root.lemma_.lower() == "proclamation":
        return _proclaimer(span.root, mentions, spans)
    return author


#: verbs whose doer puts out a proclamation: "Trump declared a national emergency"
PROCLAIMS = frozenset({"declare", "proclaim"})


def _proclaimer(text: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "President X declared a national emergency ... . The proclamation said "..."": a proclamation the
    text names no author for is by the person who last declared or proclaimed something before it."""
    for t in reversed(text.doc[: sent_of(text).start]):
        if t.pos_ != "VERB" or t.lemma_.lower() not in PROCLAIMS or not _outside(t, spans):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        a = _actor(subj, mentions, spans) if subj is not None and _outside(subj, spans) else None
        if a is not None and a.kind == "person" and a.name:
            return a
    return None


#: words for one and the same piece of research: "The study was conducted by X ... ," reads the report'
DOCUMENT_KIN = frozenset("report study paper finding findings research analysis".split())


def _kin_author(t: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """The author a text names for a study by another word: "The study was conducted by X", "X's study",
    "the study by X"."""
    if t.dep_ == "nsubjpass":
        by = next(
            (c for a in t.head.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"), None
        )
        if by is not None and _outside(by, spans):
            a = _actor(by, mentions, spans)
            if a is not None:
                return a
    owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None:
        return _actor(owner, mentions, spans)
    return None


def _attribution(
    doc: Doc,
    s: int,
    e: int,
    frame: list[Span],
    verbs: frozenset[str],
    mentions: Mentions,
    spans: list[tuple[int, int]],
) -> tuple[str | None, Actor | None]:
    # the reporting verb that governs the quote in the parse
    inside = list(tokens_between(doc, s, e))
    roots = [t for t in inside if not (s <= t.head.idx < e) or t.head.i == t.i]
    for r in roots:
        for anc in r.ancestors:
            if (
                not _outside(anc, spans)
                or sent_of(anc).start != sent_of(r).start
                and sent_of(anc) not in frame
            ):
                continue
            if _in_aside(anc, s, e):
                continue
            if _is_verb(anc, verbs):
                a = _verb_speaker(anc, mentions, spans, described=True)
                if a is not None:
                    return _verb_text(anc), a
            said = _said_under(anc, s, verbs, spans)
            if said is not None:
                a = _verb_speaker(said, mentions, spans, described=True)
                if a is not None:
                    return _verb_text(said), a
            if anc.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in anc.children):
                break  # "..., and Regan made clear that "...": a clause of its own, with its own subject
    for sent in frame:
        # "according to X"
        for tok in sent:
            if tok.lower_ == "according" and _outside(tok, spans):
                to = next((c for c in tok.children if c.lower_ == "to"), None) or (
                    tok.nbor() if tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to" else None
                )
                if to is not None:
                    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                    relayed = _relayed_speaker(tok, verbs, mentions, spans)
                    if relayed is not None:
                        return relayed
                    if obj is not None:
                        a = _fronted_owner(tok, obj, mentions, spans) or _actor(obj, mentions, spans)
                        if a is None and obj.lemma_.lower() in DOCUMENTS:
                            a = _document_author(obj, mentions, spans)  # "according to a statement from X"
                        if a is None and obj.lemma_.lower() not in DOCUMENTS and _outside(obj, spans):
                            a = _by_description(obj, s, e, spans)
                        if a:
                            return "according to", a
            words_of = _words_of(tok, spans)
            if words_of is not None:  # "In the words of X, "..."": X's words
                a = _actor(words_of, mentions, spans) or _described(words_of, spans)
                if a is not None:
                    return "in the words of", a
    # any other reporting verb of the frame, the nearest to the quote first
    ended = _ends_sentence(text_of(doc), s, e)
    cands = [
        t
        for sent in frame
        for t in sent
        if _is_verb(t, verbs)
        and _outside(t, spans)
        and not (ended and t.idx > e and t.i - _after(doc, e) > 3)
        and not (_in_aside(t, s, e) and not _put_it_after(t, e))
        and not _describes_one_after(t, e)
    ]
    cands.sort(key=lambda t: s - t.idx if t.idx < s else t.idx - e)
    quoter = _quoted_person(doc, s, mentions, spans)
    if quoter is not None:
        return "quote", quoter
    like = _relative_like(doc, s, spans)
    if like is not None:
        return like
    for v in cands:
        a = _verb_speaker(v, mentions, spans, described=_put_it(v) or _leads_into(v, s, spans))
        if a is not None:
            return _verb_text(v), a
    return None, None


def _describes_one_after(v: Token, e: int) -> bool:
    """ "Police detained eight people for "spreading rumors," including Li Wenliang, who tried to warn
    people": a verb after the quote in a relative clause (or a verb under one) on a noun after the quote
    tells about that noun's person, not who said the quoted words."""
    if v.idx < e:
        return False
    for x in (v, *v.ancestors):
        if x.dep_ == "relcl":
            return x.head.idx >= e
        if x.dep_ not in ("xcomp", "conj", "ccomp", "advcl"):
            return False
    return False


def _leads_into(v: Token, s: int, spans: list[tuple[int, int]]) -> bool:
    """ "My mother used to always say on birthdays, "..."": the reporting verb's own words run up to the
    quote, with only punctuation between (the parser may hang the verb's clause on the quoted words), so the
    verb governs the quote and a subject that names no one speaks by its description."""
    k = last_token_before(v.doc, s)
    if v.i >= k or v.right_edge.i >= k + 1:
        return False
    rest = v.doc[v.right_edge.i + 1 : k + 1]
    return all(t.is_punct or t.is_space for t in rest) and _outside(v, spans)


def _quoted_person(doc: Doc, s: int, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "I would like to quote the President of Finland ...: "..."", "to quote a great American, Norm
    Mineta — I quote: "..."": the one a verb "quote" takes as its object, before the quote in its sentence,
    said the words (not "and I quote", which names no one)."""
    k = last_token_before(doc, s)
    if k < 0:
        return None
    sent = sent_of(doc[k])
    for t in reversed(doc[sent.start : k + 1]):
        if t.lemma_.lower() != "quote" or t.pos_ != "VERB" or not _outside(t, spans):
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
        if obj is None or not _outside(obj, spans):
            continue
        a = _actor(obj, mentions, spans) or _described(obj, spans)
        if a is not None and a.kind in ("person", "unknown", "agent"):
            return a
    return None


def _said_under(anc: Token, s: int, verbs: frozenset[str], spans: list[tuple[int, int]]) -> Token | None:
    """ "My dad used to say, "..."", "She went on to say, "..."": the parser may hang the quote on the verb
    that the reporting verb completes; the reporting verb, right before the quote, governs it."""
    if anc.pos_ not in ("VERB", "AUX"):
        return None
    k = last_token_before(anc.doc, s)
    for c in anc.children:
        if c.dep_ == "xcomp" and anc.i < c.i <= k and _outside(c, spans) and _is_verb(c, verbs):
            between = [t for t in anc.doc[c.i + 1 : k + 1] if not t.is_punct and not t.is_space]
            if not between:
                return c
    return None


def _by_description(obj: Token, s: int, e: int, spans: list[tuple[int, int]]) -> Actor | None:
    """ "according to agreed facts heard in court, "..."": a source that names no actor and no document
    speaks by its description (the noun and its words before it, without the clause after it), when the
    quote is not inside that phrase ("according to data collected by "Hurricane Hunters"")."""
    sub = list(obj.subtree)
    if sub[0].idx <= s and e <= sub[-1].idx + len(sub[-1]):
        return None
    clause = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.i > obj.i), None)
    return _described(obj, spans, clause)


def _words_of(tok: Token, spans: list[tuple[int, int]]) -> Token | None:
    """ "In the words of X": X (the object of "of" after "in the words")."""
    if tok.lower_ != "words" or tok.head.lower_ != "in" or not _outside(tok, spans):
        return None
    of = next((c for c in tok.children if c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj if obj is not None and _outside(obj, spans) else None


def _put_it(v: Token) -> bool:
    """The aside of a phrase borrowed from someone: "as the court put it", "as one diplomat described it"."""
    return (
        v.lemma_.lower() in ("put", "describe", "call")
        and v.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in v.children)
    )


def _put_it_after(v: Token, e: int) -> bool:
    """'traffic "ground to a halt" — as the court put it — at ...': an "as X put it" aside that opens right
    after the quote attributes it, although it stands between dashes."""
    if not _put_it(v):
        return False
    doc = v.doc
    first = _after(doc, e)
    while first < len(doc) and doc[first].is_quote:
        first += 1
    if first >= len(doc) or doc[first].text not in DASHES | {"("} or not first < v.i <= first + 12:
        return False
    return not any(t.text in DASHES | {"(", ")"} for t in doc[first + 1 : v.i])


def _relayed_speaker(
    according: Token, verbs: frozenset[str], mentions: Mentions, spans: list[tuple[int, int]]
) -> tuple[str, Actor] | None:
    """ "According to the BBC, a spokesman for the ministry said/expressed ...; "..."": the source only
    relays what the clause's own subject said, so that subject speaks."""
    clause = according.head
    if clause.pos_ != "VERB" or not (_is_verb(clause, verbs) or clause.lemma_.lower() == "express"):
        return None
    subj = next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.i > according.i and _outside(c, spans)), None
    )
    if subj is None and not any(c.dep_ in SUBJECTS for c in clause.children):
        # the parser hung the subject on the source as an apposition: "the BBC, a spokesman for ..."
        source = next((c for t in according.children if t.lower_ == "to" for c in t.children), None)
        subj = next((c for c in source.children if c.dep_ == "appos"), None) if source is not None else None
        subj = subj if subj is not None and subj.pos_ == "NOUN" and subj.i < clause.i else None
    if subj is None or subj.pos_ == "PRON" or subj.lemma_.lower() in DOCUMENTS:
        return None
    a = _actor(subj, mentions, spans) or _described(subj, spans)
    return (_verb_text(clause), a) if a is not None else None


def _fronted_owner(
    according: Token, obj: Token, mentions: Mentions, spans: list[tuple[int, int]]
) -> Actor | None:
    """ "According to its press release, the NBA was "..."": a statement owned by a pronoun, before the
    clause it attributes, is the statement of that clause's subject (not of whatever the pronoun's
    antecedent resolver picks, nor of the "press" in "press release")."""
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PRON" or obj.lemma_.lower() not in DOCUMENTS:
        return None
    clause = according.head
    subj = next(
        (c for c in clause.children if c.dep_ in SUBJECTS and c.i > according.i and _outside(c, spans)), None
    )
    if subj is None or subj.pos_ == "PRON":
        return None
    return _actor(subj, mentions, spans)


DASHES = frozenset({"—", "–", "--"})


def _in_aside(t: Token, s: int, e: int) -> bool:
    """A word inside an aside of its sentence, between dashes or parentheses, that does not hold the
    quote: "X commented on the matter — which the BBC noted as unusual — "..."": the BBC does not speak."""
    sent = sent_of(t)
    before = [x for x in sent if x.i < t.i]
    after = [x for x in sent if x.i > t.i]
    for opens, closes in ((DASHES, DASHES), ({"("}, {")"})):
        o = next((x for x in reversed(before) if x.text in opens or x.text in closes), None)
        c = next((x for x in after if x.text in closes or x.text in opens), None)
        if o is None or c is None or o.text not in opens or c.text not in closes:
            continue
        if not (o.idx < s < c.idx) and not (o.idx < e <= c.idx):
            return True
    return False


def _after(doc: Doc, e: int) -> int:
    """The index of the first token after character offset ``e``."""
    return last_token_before(doc, e) + 1


def _verb_speaker(
    v: Token, mentions: Mentions, spans: list[tuple[int, int]], described: bool = False
) -> Actor | None:
    """Who a reporting verb reports: its subject, or for a verb without one ("..., saying", "calling it")
    the subject of the clause it hangs on; with ``described`` (a verb that governs the quote), a subject
    that names no actor speaks by its description."""
    agent = next((c for c in v.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if by is not None and _outside(by, spans):
        a = _actor(by, mentions, spans)  # "a pattern described by the Bulletin as "..."": the agent speaks
        if a is not None:
            return a
    if _named_passively(v):
        return None
    quoted = _quoted_object(v, mentions, spans)
    if quoted is not None:
        return quoted
    if v.lemma_.lower() == "read":
        return _wording_speaker(v, mentions, spans)
    subjects = [c for c in v.children if c.dep_ in SUBJECTS and _outside(c, spans)]
    subjects = [c for c in subjects if not _vocative(c, subjects)]
    if v.dep_ == "relcl" or any(c.lower_ == "what" for c in subjects):
        # "what he described as": the subject inside the relative clause
        subjects = [c for c in subjects if c.lower_ != "what"] or subjects
    top = v
    acl: Token | None = None
    if not subjects and v.dep_ == "xcomp":
        # "the backlash led Biden to express "..."", "pressed him to admit": the object is who speaks
        subjects = [c for c in v.head.children if c.dep_ == "dobj" and _outside(c, spans)]
    subjects = [_partitive_whole(c) for c in subjects]
    if not subjects and v.tag_ == "VBG":
        # "with the latter yesterday confirming ...": the parser may hang "latter" on a word after it
        subjects = [t for t in v.doc[max(0, v.i - 3) : v.i] if _former_or_latter(t, spans) is not None][:1]
    if not subjects and v.dep_ == "conj":
        labeller = _labeller_in_report(v, mentions, spans)
        if labeller is not None:
            return labeller
    if not subjects and v.dep_ in ("advcl", "conj", "xcomp", "relcl", "acl", "ccomp", "pcomp"):
        for anc in v.ancestors:
            if not _outside(anc, spans) or _reported(anc) or _content_clause_of_conj(v, anc):
                continue  # "X stated the trial would be partisan, saying": X, not "the trial"
            if _in_aside(anc, v.idx, v.idx + len(v)):
                continue  # "I had a friend — and Vivek has heard me say this — used to say": not Vivek
            top = anc
            subjects = [c for c in anc.children if c.dep_ in SUBJECTS and _outside(c, spans)]
            if (
                not subjects
                and anc.dep_ == "acl"
                and anc.pos_ == "VERB"
                and anc.head.pos_ in ("NOUN", "PROPN")
            ):
                acl, subjects = (
                    anc,
                    [anc.head],
                )  # "members protested by shouting "..."": the participle's noun
            if subjects:
                break
    if not subjects:
        unparsed = _unparsed_subject(top, mentions, spans)
        if unparsed is not None:
            return unparsed
    people = []
    others = []
    for subj in subjects:
        a = _actor(subj, mentions, spans)
        if a is not None:
            (people if a.kind == "person" else others).append(a)
    if not people and not others and described:
        # "One of the users said", "The head of the inquiry told the court": the speaker is who the
        # subject describes, not the subject of some other reporting verb further away
        found = [d for d in (_described_subject(x, spans, acl) for x in subjects) if d is not None]
        return found[0] if found else None
    return (people or others or [None])[0]


def _described_subject(subj: Token, spans: list[tuple[int, int]], acl: Token | None) -> Actor | None:
    """A subject that names no one, by its description; a relative "who"/"that" by the noun it stands for,
    without the relative clause ("the same folks who are saying, "..."": "same folks")."""
    if subj.lower_ in RELATIVE and subj.head.dep_ == "relcl" and subj.head.head.pos_ == "NOUN":
        noun = subj.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ != "of":
            return None  # "put a woman on the phone who said": the parser's "phone" is no speaker
        return _described(noun, spans, subj.head)
    return _described(subj, spans, acl)


def _vocative(subj: Token, subjects: list[Token]) -> bool:
    """ "Q Karine, Senator Manchin said ...": a name set off by a comma before another subject of the same
    verb is the one addressed (the parser takes it for a second subject), not a speaker."""
    nxt = subj.doc[subj.i + 1] if subj.i + 1 < len(subj.doc) else None
    return nxt is not None and nxt.text == "," and any(o.i > subj.i for o in subjects) and _is_name(subj)


#: verbs that give someone a name or a description: in the passive their subject is who is named
NAMED_BY = frozenset(
    "call describe dub label brand term regard characterise characterize nickname name".split()
)


def _labeller_in_report(v: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "The Courier claimed that Senator Olsen skipped the service and referred to the sailors as "fools"": a
    verb of naming joined to a reported clause whose subject is a named person is that person's, not the
    reporter's (but "agreed [the book had secrets] but ruled that "..."" is the judge's: no person there)."""
    anc = v.head
    while anc.dep_ == "xcomp" and not any(c.dep_ in SUBJECTS for c in anc.children):
        anc = anc.head  # "claimed that Trump refused to visit ... and referred to": the parser's "visit"
    if v.lemma_.lower() not in LABELLING | {"describe"} or not _reported(anc):
        return None
    subj = next((c for c in anc.children if c.dep_ == "nsubj" and _outside(c, spans)), None)
    m = mentions.at(subj) if subj is not None else None
    if m is None or m.actor.kind != "person" or not m.actor.name:
        return None
    return m.actor


def _named_passively(v: Token) -> bool:
    """ "Kowalski was called a "hero"", "he was described as "..."": the subject of a passive verb of naming
    is who the words are about, not who said them (the "by" agent, taken before this, is)."""
    return v.lemma_.lower() in NAMED_BY and any(c.dep_ == "nsubjpass" for c in v.children)


def _subject_term(doc: Doc, s: int, e: int) -> bool:
    """ ""Law and order" was a common theme": a quote that is the subject of a verb after it is a term."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass", "csubj") and t.head.idx >= e and t.head.pos_ in ("VERB", "AUX")
        for t in tokens_between(doc, s, e)
    )


def _naming_passive_of(doc: Doc, s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    """The quote is what someone "was called" or "was described as", in the passive with no agent named."""
    inside = list(tokens_between(doc, s, e))
    for r in (t for t in inside if not (s <= t.head.idx < e)):
        for anc in r.ancestors:
            if sent_of(anc).start != sent_of(r).start or not _outside(anc, spans):
                break
            if anc.pos_ in ("VERB", "AUX"):
                return _named_passively(anc) and not any(c.dep_ == "agent" for c in anc.children)
    return False


PARTITIVES = frozenset({"part", "portion", "section", "passage", "excerpt"})


def _partitive_whole(t: Token) -> Token:
    """'Part of Trump's tweet included "..."': the owner of the text the part is of speaks, not "Part"."""
    if t.lemma_.lower() not in PARTITIVES:
        return t
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    owner = next((c for c in whole.children if c.dep_ == "poss"), None) if whole is not None else None
    return owner or whole or t


def _content_clause_of_conj(v: Token, anc: Token) -> bool:
    """ "A judge agreed [the book may have contained secrets] but ruled that "...": a reporting verb with no
    subject that the parser joined to a verb of a content clause (the object clause of another verb) is
    said by that other verb's subject, not by the content clause's ("the book")."""
    return v.dep_ == "conj" and anc.i == v.head.i and anc.dep_ == "ccomp" and anc.head.pos_ == "VERB"


def _reported(t: Token) -> bool:
    """A clause that is the content of a reporting verb ("X confirmed [they seized it]")."""
    return t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORT_VERBS


def _quoted_object(v: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "Politico quoted Tim Manning as saying "..."": the object of the verb that "as saying" hangs on
    speaks, not its subject (who only passes the words on)."""
    prep = v.head
    if v.dep_ not in ("pcomp", "advcl") or prep.lower_ != "as" or prep.head.pos_ != "VERB":
        return None
    obj = next((c for c in prep.head.children if c.dep_ == "dobj" and _outside(c, spans)), None)
    return _actor(obj, mentions, spans) if obj is not None else None


def _unparsed_subject(v: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """A finite main reporting verb the parser left without a subject ('Calling it "...", Anna Franowska of
    "Some Charity", a support group, told Reuters "..."': the name hangs on the quoted words): the one person
    named before it in its sentence, outside quotes."""
    if v.dep_ != "ROOT" or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    people: dict[str, Actor] = {}
    for t in sent_of(v):
        if t.i >= v.i:
            break
        m = mentions.at(t)
        if m is None or not _outside(t, spans) or t.dep_ == "poss":
            continue
        if m.actor.kind == "person" and m.actor.name:
            people.setdefault(m.actor.name, m.actor)
    return next(iter(people.values())) if len(people) == 1 else None


def _partitive_one(tok: Token) -> Token | None:
    """The "one" of "one of them/us": one person of a group a pronoun stands for, not the group."""
    if tok.pos_ == "PRON" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one":
        return tok.head.head
    return None


def _described(subj: Token, spans: list[tuple[int, int]], clause: Token | None = None) -> Actor | None:
    """A speaker by description: the phrase of a common-noun subject (or "one of the ..."), outside quotes,
    without the participle ``clause`` that says what it did."""
    if subj.lower_ == "one":
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
            return None  # "one of the ...", not a bare "one"
    elif subj.pos_ != "NOUN":
        return None
    stop = clause.left_edge.i if clause is not None else len(subj.doc)
    toks = [t for t in subj.subtree if _outside(t, spans) and t.i < stop]
    if not toks or len(toks) > 10 or any(t.dep_ in ("relcl", "acl") for t in toks):
        return None
    while toks and toks[0].dep_ in ("det", "predet") and toks[0] is not subj:
        toks = toks[1:]
    doc = subj.doc
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    text = text_of(doc)[start:end]
    return Actor(text=text, name=text, key=None, start=start, end=end, kind="unknown", rule="quote:described")


def _noun_around(t: Token, s: int, e: int) -> bool:
    """ "Beijing's "one China" claim to Taiwan": the word after the quote is a noun the quote hangs on as its
    modifier, so the quote names the claim; no one after it says it."""
    return t.pos_ == "NOUN" and any(
        s <= c.idx < e or c.dep_ in ("poss", "det") and c.idx < s for c in t.children
    )


def _surface_attribution(
    doc: Doc, s: int, e: int, verbs: frozenset[str], mentions: Mentions, spans: list[tuple[int, int]]
) -> tuple[str | None, Actor | None]:
    """When the parse does not link them: ``"...," said X`` / ``"..." X said`` / ``X said: "..."``; the
    words looked at stay in the quote's paragraph."""
    text = text_of(doc)
    para_end = text.find("\n", e)
    para_end = len(text) if para_end < 0 else para_end
    para_start = text.rfind("\n", 0, s) + 1
    after = list(tokens_between(doc, e + 1, min(e + 201, para_end)))
    stop = next((i for i, t in enumerate(after) if t.text in (".", "!", "?", ";") or t.is_quote), len(after))
    after = [t for t in after[: stop + 1] if not t.is_punct and not t.is_space]
    if after and not _bracket_note(after[0]):  # '"..." [ Tweet , 7.8.22] Rep. Roe: "...': a citation
        first = after[0]
        if first.lemma_.lower() in verbs and not _noun_around(first, s, e):
            a = _phrase_speaker(after[1:25], mentions, spans)
            if a is not None:  # '..." tweeted Mayor of London Sadiq Khan': the person, not the title
                return _verb_text(first), a
        else:
            for i, t in enumerate(after[:4]):
                m = mentions.at(t)
                if m is not None and i + 1 < len(after):
                    nxt = next((x for x in after[i + 1 :] if mentions.at(x) is not m), None)
                    if nxt is not None and nxt.lemma_.lower() in verbs and not _own_report(nxt, text, e):
                        return _verb_text(nxt), _pronoun_speaker(t, mentions, spans) or m.actor
                    break
                if m is None and _is_name(t) and i + 1 < len(after) and after[i + 1].lemma_.lower() in verbs:
                    a = _actor(t, mentions, spans)  # '"..." Day said': a name the NER missed
                    if a is not None:
                        return _verb_text(after[i + 1]), a
    inverted = _inverted(doc, s, verbs, mentions, spans)
    if inverted is not None:
        return inverted
    before = [t for t in tokens_between(doc, max(s - 60, para_start), s - 1) if not t.is_space]
    while before and (
        before[-1].is_quote or before[-1].text in (",", ":", "—", "–", "-") or _quote_marker(before[-1])
    ):
        before.pop()  # 'you said, quote, "..."': the verb before the spoken "quote"
    said = _quotative_like(before[-1]) if before and "," in text[before[-1].idx : s] else None
    if said is None and before:
        said = _bare_like(before[-1], s)
    if said is not None and any(c.dep_ in SUBJECTS and c.lower_ in ("they", "it") for c in said.children):
        said = (
            None  # "And they're like, "Yeah, but..."": a "they" of whoever was asked, not the country before
        )
    if (
        before
        and (before[-1].lemma_.lower() in verbs or said is not None)
        and not _named_passively(before[-1])
    ):
        v = said or before[-1]  # "people are like, "..."": "are" reports the words as "say" does
        for t in reversed(before[:-1]):
            if t.is_punct and t.text in ".!?":
                break
            m = mentions.at(t)
            if m is None and t.lower_ in ("i", "we", "you") and t.head.i == v.i:
                # "To them, I say, "..."": an "I" no one is known for (nor a "you": "you'd say "..."", not
                # whoever "it" was before); "I shouldn't say "often"": a word mentioned (no stop of its
                # own), not words said
                if len(re.findall(r"\w+", text[s:e])) <= 3 and not re.search(r"[.!?]\W*$", text[s:e]):
                    return None, None
                return _verb_text(v), None
            if (
                m is None
                and t.dep_ in SUBJECTS
                and t.head.i == v.i
                and (t.pos_ != "PRON" or t.lower_ in SOMEONE)
            ):
                # "someone shouted "..."", "a passer-by yelled "..."": the verb's own subject speaks, by its
                # name or description, or no one the text names; not an actor further back
                return _verb_text(v), _actor(t, mentions, spans) or _described(t, spans)
            if m is not None and _in_aside(t, v.idx, v.idx + len(v)):
                continue  # "I had a friend — and Vivek has heard me say this — used to say, "...": not Vivek
            if m is not None and _object_of_other_verb(doc[m.head], v):
                continue  # "being able to look President Putin in the eye and say, "...": not Putin's
            if m is not None:
                one = _partitive_one(t)  # "One of them even went as far as to say, "...""
                described = _described(one, spans) if one is not None else None
                return _verb_text(v), described or m.actor
    # "X said in a press conference: "..."": the clause that leads into the quote
    lead: list[Token] = []  # the tokens before the quote, in the sentence(s) reaching up to it
    k = last_token_before(doc, s)
    while k >= 0 and sent_of(doc[k]).end_char >= s - 3:
        lead.insert(0, doc[k])
        k -= 1
    if lead and text_of(doc)[lead[-1].idx : s].strip(' ,:\u201c"') == "" and lead[-1].text in (":", ","):
        for v in reversed(lead):
            if v.lemma_.lower() in verbs and v.pos_ in ("VERB", "AUX") and not _quote_marker(v):
                subj = next((c for c in v.children if c.dep_ in SUBJECTS), None)
                if subj is not None:
                    a = _actor(subj, mentions, spans)
                    if a is not None:
                        return _verb_text(v), a
    return _directed(doc, s, verbs, mentions, spans)


def _object_of_other_verb(t: Token, v: Token) -> bool:
    """A name that is the object of a verb other than the reporting verb ``v`` ("look President Putin in the
    eye and say"): the one looked at, told or met, not who says the words; but a relative "who" after it that
    is the verb's subject may stand for it ("they put a young woman on the phone who said")."""
    if any(c.dep_ in SUBJECTS and c.lower_ in ("who", "that") and c.i > t.i for c in v.children):
        return False
    return t.dep_ in ("dobj", "dative") and t.head.i != v.i and t.head.pos_ == "VERB"


#: verbs that ask someone to do what the quote says: "called on drivers to "...""
DIRECTIVES = frozenset("call urge ask tell advise encourage implore appeal instruct remind warn".split())


def _directed(
    doc: Doc, s: int, verbs: frozenset[str], mentions: Mentions, spans: list[tuple[int, int]]
) -> tuple[str | None, Actor | None]:
    """ "The ministry has, in a statement, called on drivers to "not forget ..."": a quote that opens right
    after the "to" of a verb asking someone to act is the asker's words. The parser may make the quoted verb
    the main one (an aside between the auxiliary and the verb); the sentence's first subject before the
    verb then speaks."""
    k = last_token_before(doc, s)
    while k >= 0 and doc[k].is_quote:
        k -= 1
    if k < 2 or doc[k].lower_ != "to" or not _outside(doc[k], spans):
        return None, None
    sent = sent_of(doc[k])
    v = next(
        (
            t
            for t in reversed(doc[max(sent.start, k - 7) : k])
            if t.pos_ == "VERB" and t.lemma_.lower() in DIRECTIVES and t.lemma_.lower() in verbs
        ),
        None,
    )
    if v is None or any(t.is_punct and t.text in ".;:!?" for t in doc[v.i : k]):
        return None, None
    subj = next((c for c in v.children if c.dep_ in SUBJECTS and _outside(c, spans)), None)
    if subj is None:
        above = {a.i for a in v.ancestors}
        subj = next(
            (
                t
                for t in doc[sent.start : v.i]
                if t.dep_ in SUBJECTS
                and _outside(t, spans)
                and (t.head.i in above or t.head.head.i in above or max(t.head.i, t.head.head.i) >= v.i)
            ),
            None,
        )
    if subj is None or subj.lower_ in RELATIVE:
        return None, None
    a = _actor(subj, mentions, spans) or _described(subj, spans)
    return (_verb_text(v), a) if a is not None else (None, None)


#: past forms of reporting verbs that a lemmatiser may miss at the start of a sentence ("Said the mayor")
IRREGULAR_PAST = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}


def _inverted(
    doc: Doc, s: int, verbs: frozenset[str], mentions: Mentions, spans: list[tuple[int, int]]
) -> tuple[str, Actor] | None:
    """'Remarked Center for Biological Diversity scientist Ann Lee, "..."': a sentence that opens with its
    reporting verb, the speaker's phrase after it and the quote right after the phrase."""
    k = last_token_before(doc, s)
    if k < 1:
        return None
    sent = sent_of(doc[k])
    lead = [t for t in doc[sent.start : k + 1] if not t.is_space]
    while lead and (lead[-1].is_quote or lead[-1].text in (",", ":")):
        lead.pop()
    if len(lead) < 2 or len(lead) > 16 or not _outside(lead[0], spans):
        return None
    v = lead[0]
    low = v.lower_
    forms = {v.lemma_.lower(), IRREGULAR_PAST.get(low, low), low[:-1], low[:-2]}
    if not v.text[:1].isupper() or not low.endswith(("ed", "d")) and low not in IRREGULAR_PAST:
        return None
    finite = ("VBD", "VBZ", "VBP", "MD")  # a clause of its own; a title may be tagged VERB ("ecologist")
    if not forms & verbs or any(t.tag_ in finite or t.is_punct and t.text != "," for t in lead[1:]):
        return None
    # the name ends the phrase ("scientist Ann Lee"); the NER may glue the verb to the first word
    people = [m.actor for t in reversed(lead[1:]) if (m := mentions.at(t)) is not None and m.actor.name]
    people = [p for p in people if p.kind == "person" and not p.name.startswith(v.text)]
    a = people[0] if people else _phrase_speaker(lead[1:], mentions, spans)
    if a is None:
        heads = [t for t in lead[1:] if t.pos_ == "NOUN" and t.head.i not in {x.i for x in lead[1:]}]
        a = _described(heads[0], spans) if len(heads) == 1 else None
    return (v.text, a) if a is not None else None


def _own_report(v: Token, text: str, e: int) -> bool:
    """'... to "lower costs for families." Vice President Ann Lee emphasized that "..."': after a quote
    closed with its full stop, a sentence whose reporting verb has a clause of its own reports that clause,
    not the quote before it."""
    if not re.search(r"\.\W*$", text[max(0, e - 3) : e]) and not text[e : e + 2].lstrip('"”»’').startswith(
        "."
    ):
        return False
    return any(
        c.i > v.i
        and (c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.lower_ in ("it", "this", "that"))
        for c in v.children  # 'President Trump called it a "terrible event"': its own words about it
    ) or (v.i + 1 < len(v.doc) and v.nbor().lower_ in ("that", ":"))


def _lead_in(doc: Doc, s: int, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """A quote with no reporting verb, introduced by what stands right before it in its paragraph: a
    label ('EPA Administrator Michael Regan: "..."'), or a sentence about one person ('John Rhys-Davies
    revealed that ... . "Jerry and I are talking to NBC."')."""
    text = text_of(doc)
    para_start = text.rfind("\n\n", 0, s) + 1
    head = text[para_start:s].rstrip(' "“«')
    if not head.strip():
        return None
    toks = [t for t in tokens_between(doc, para_start, s - 1) if not t.is_space and _outside(t, spans)]
    if not toks:
        return None
    if head.endswith(":"):
        # a label after another quote or colon of its paragraph ('..." Mark Lee, CEO, Acme: "...', "leaders
        # all praised the talks: Ann Roe, Chair, Delta Union: "..."") is the words after it, not the
        # paragraph's run of labels; a long title is allowed it
        label = _label_before(toks[:-1], para_start, s, spans)
        if label is not None:
            return _phrase_speaker(label, mentions, spans)
        start = _label_start(toks[:-1], para_start, s, spans)
        label = [t for t in toks[:-1] if t.idx >= start]
        # "Another was tour manager Thomas Gray, who cited his experience: "...""
        clause = [t for t in label if sent_of(t).start == sent_of(toks[-1]).start]
        for subj in reversed([t for t in clause if t.dep_ in SUBJECTS]):
            a = _actor(subj, mentions, spans)
            if a is not None and a.kind == "person":
                return a
        return _colon_owner(clause, mentions, spans)
    # 'Rep. Ann Roe: “We acted. “Next week, we vote again. “We have a duty ...”': a quote of several
    # paragraphs run together, each reopened and none closed, is all the words of the label before its first
    # mark
    opened = [
        m.start()
        for m in re.finditer(r":\s*“", text[para_start:s])
        if "”" not in text[para_start + m.end() : s]
        and not any(para_start + m.end() <= a < s for a, _ in spans)
    ]
    if opened:
        colon = para_start + opened[0]
        label = _label_before([t for t in toks if t.idx < colon], para_start, colon + 1, spans)
        if label is not None:
            return _phrase_speaker(label, mentions, spans)
    own = not re.search(r"[.!?…][\"”’)]?\s*$", head)
    last = toks[-1]
    last_start = sent_of(last).start
    sent_toks = [t for t in toks if t.i >= last_start]
    # the main clause's subject; the parser may hang the leading clause on the quoted verb ("X reacted on
    # Twitter, "Sad news, I remember ..."": "reacted" under "remember")
    subjects = [
        t
        for t in sent_toks
        if t.dep_ in SUBJECTS
        and (t.head.dep_ in ("ROOT", "conj") or not _outside(t.head.head, spans))
        and not _in_aside(t, s, s + 1)  # "I had a friend — and Vivek has heard me say this — used to say"
    ]
    if own:
        clause = _clause_subject(doc, s, last_start, mentions, spans)
        if clause is not None:
            return clause
    for subj in subjects:
        subj = _partitive_whole(subj)
        if _common_word(subj) and mentions.at(subj) is None:
            continue  # "Unrest continued in Portland.": a capitalised first word, no one named
        a = _actor(subj, mentions, spans)
        if a is not None and a.kind == "person":
            return a
    if own:
        return None  # in the quote's own sentence only its subject speaks
    people: dict[str, Actor] = {}
    for t in sent_toks:
        m = mentions.at(t)
        if m is not None and m.actor.kind == "person" and m.actor.name and doc[m.head].dep_ != "poss":
            if _in_aside(t, s, s + 1):
                continue  # "I had a friend — and Vivek has heard me say this — used to say, "...": not Vivek
            people.setdefault(m.actor.name, m.actor)
    if len(people) == 1:
        return next(iter(people.values()))
    return None


def _label_start(toks: list[Token], para_start: int, s: int, spans: list[tuple[int, int]]) -> int:
    """Where the label before the colon at the end of ``toks`` starts: after the last quote, colon or
    closing square bracket ('..." [ Tweet , 7.8.22] Rep. Ann Roe:') of the paragraph before it."""
    after = max((b for a, b in spans if para_start <= a and b < s), default=para_start)
    return max([after] + [t.idx + 1 for t in toks if t.text in (":", "]")])


def _label_before(
    toks: list[Token], para_start: int, s: int, spans: list[tuple[int, int]]
) -> list[Token] | None:
    """The words of a label that ends ``toks`` (the colon left off), when they are one: no verb, at most 12
    words at the start of a paragraph, 24 after another quote or for "Name, Title, Body" ("Ohio Senator Rob
    Kane, Chairman, Senate Banking, Housing and Urban Affairs Committee"); a capitalised word past the first
    is part of a name or title, whatever its tag."""
    start = _label_start(toks, para_start, s, spans)
    label = [t for t in toks if t.idx >= start]
    longest = 12 if start == para_start and not any(t.text == "," for t in label) else 24
    verbal = [t for k, t in enumerate(label) if t.pos_ in ("VERB", "AUX") and (k == 0 or t.is_lower)]
    if not label or verbal or len(label) > longest:
        return None
    return label


#: the most narrative (in characters) a speaker is carried across to a quote with no attribution of its own
#: when the narrative does not name the speaker again
CARRY_REACH = 150


def _carries_over(doc: Doc, carried: Actor, since: int, s: int, mentions: Mentions) -> bool:
    """The speaker of the quote that ended at ``since`` still speaks at ``s``: the narrative between is
    short ('"...," she said. "..."'), or names that speaker again ("... . Early on, Roe was cast as ... . She
    saw the role as a "...""; by name, as a he/she may be the resolver's guess). Not across longer narrative
    about others ('citing the Chuck Jones quote that "..." ... . Cherie recalled ... . The glue guns are
    "..."')."""
    if s - since <= CARRY_REACH:
        return True
    if not carried.name:
        return False
    return any(
        m.actor.name == carried.name
        for t in tokens_between(doc, since, s)
        for m in [mentions.at(t)]
        if m is not None and t.pos_ != "PRON"
    )


def _other_subject_before(
    doc: Doc, s: int, carried: Actor | None, mentions: Mentions, spans: list[tuple[int, int]]
) -> Actor | None:
    """ "Lee said ... "...".\n\nHasbro hosted a panel ... . The company's helmet is their "..."": a quote
    with no attribution of its own, in a new paragraph whose sentences before it have as main subject one
    named actor (a person or a body) other than the last speaker, is that actor's, not carried on."""
    text = text_of(doc)
    para_start = text.rfind("\n", 0, s) + 1
    if not text[para_start:s].strip(' "“«'):
        return None
    found: dict[str, Actor] = {}
    for t in tokens_between(doc, para_start, s - 1):
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ != "PRON" and _outside(t, spans):
            a = _actor(t, mentions, spans)
            if a is not None and a.name:
                found.setdefault(a.name, a)
    if len(found) != 1:
        return None
    a = next(iter(found.values()))
    return a if carried is None or a.name != carried.name else None


def _lead_from_paragraph_before(
    doc: Doc, s: int, e: int, mentions: Mentions, spans: list[tuple[int, int]]
) -> Actor | None:
    """ "Opposition leader Peter Hale criticised the plan.\n\n"This is too little, too late."": a quote of
    whole sentences that opens its paragraph with no attribution of its own is the words of the one person
    who is the active subject of the last sentence of the paragraph before (a sentence that quotes
    nothing)."""
    text = text_of(doc)
    para_start = text.rfind("\n", 0, s) + 1
    if text[para_start:s].strip(' "“«') or not re.search(r"[.!?…]\W*$", text[s:e]):
        return None
    k = last_token_before(doc, para_start)
    while k >= 0 and (doc[k].is_space or not doc[k].text.strip()):
        k -= 1
    if k < 0:
        return None
    sent = sent_of(doc[k])
    if any(a < sent.end_char and sent.start_char < b for a, b in spans):
        return None  # a sentence that quotes, or is inside a quote left open ("“... Jill and I have known")
    people = [
        a
        for t in sent
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ != "PRON"
        for a in [_actor(t, mentions, spans)]
        if a is not None and a.kind == "person" and a.name
    ]
    return people[0] if len(people) == 1 else None


def _common_word(t: Token) -> bool:
    """A word capitalised only because it starts its sentence: no entity, nothing before it in its phrase,
    and written in lower case elsewhere in the text ("... protests and unrest. Unrest continued"); not a name
    such as "Facebook" that the NER missed."""
    if not t.is_sent_start or t.ent_type_ or t.n_lefts or not t.text[:1].isupper():
        return False
    return re.search(rf"\b{re.escape(t.lower_)}\b", text_of(t.doc)) is not None


def _colon_owner(clause: list[Token], mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """A clause with no person in it that leads into a quote with a colon speaks by its first subject when
    that is a named body ("The appeals court ruled ..., finding that ...: "..."") or a text ("The study
    itself outlined ...: "...""; its author when the text names one)."""
    subj = next((t for t in clause if t.dep_ in SUBJECTS and t.pos_ != "PRON" and _outside(t, spans)), None)
    if subj is None:
        return None
    if subj.lemma_.lower() in DOCUMENTS and subj.pos_ == "NOUN":
        clause_of = next(
            (
                t
                for t in subj.subtree
                if t.i > subj.i and (t.dep_ in ("acl", "relcl") or t.dep_ == "appos" and t.pos_ == "PRON")
            ),
            None,
        )  # "The study itself outlined": the study
        return _document_author(subj, mentions, spans) or _described(subj, spans, clause_of)
    a = _actor(subj, mentions, spans)
    if a is None or a.kind == "person":
        return None
    if a.name:
        return a
    # a body the dictionary keys but does not name ("The High Court of England and Wales"): its phrase
    toks = []
    for t in subj.subtree:
        if t.i > subj.i and (t.is_punct or t.dep_ in ("acl", "relcl", "appos")):
            break
        toks.append(t)
    while toks and toks[0].dep_ in ("det", "predet"):
        toks = toks[1:]
    if not toks or len(toks) > 10:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    named = copy_at(a, subj, "quote:colon")
    named.name, named.text, named.start, named.end = (text_of(subj.doc)[start:end],) * 2 + (start, end)
    return named


def _agent_of(v: Token) -> Token | None:
    return next((c for c in v.children if c.dep_ == "agent"), None)


def _document_author(text: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """Who a text is by: "the report by the inspectors", "the council's report", or the author of the
    text named before it."""
    for clause in (c for c in text.children if c.dep_ in ("acl", "relcl", "prep") and c.i > text.i):
        agent = clause if clause.lower_ in ("by", "from") else _agent_of(clause)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            a = _actor(by, mentions, spans)
            if a is not None:
                return a
    owner = next((c for c in text.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None:
        a = _actor(owner, mentions, spans)
        if a is not None:
            return a
    return _earlier_author(text, mentions, spans)


def _is_name(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper()


def _is_person_name(t: Token, mentions: Mentions) -> bool:
    """A proper noun that names a person: the NER says so, or it ends a run of names no dictionary knows."""
    if not _is_name(t):
        return False
    m = mentions.at(t)
    if t.ent_type_ == "PERSON":
        return m is None or m.actor.kind != "person" or not m.actor.name
    return m is None and any(
        c.dep_ == "compound" and _is_name(c) and mentions.at(c) is None for c in t.children
    )


def _phrase_speaker(toks: list[Token], mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """The speaker a run of words names: a named person first, then a name no dictionary knows (the last
    capitalised run: "University of California's chancellor, Pradeep Khosla"), then the first actor."""
    found: list[Mention] = []
    for t in toks:
        m = mentions.at(t)
        if m is not None and m not in found and t.dep_ != "poss":
            if t.doc[m.head].lemma_.lower() in DOCUMENTS:
                continue  # "Statement of Governor Ann Lee:": a document is no one, whatever its mention
            found.append(m)
    people = [m for m in found if m.actor.kind == "person" and m.actor.name]
    if people:
        return people[0].actor
    run: list[Token] = []
    for t in reversed(toks):
        if _is_name(t) and mentions.at(t) is None:
            run.insert(0, t)
        elif run:
            break
    if len(run) >= 2:
        return _name_actor(run)
    return found[0].actor if found else None


def _name_actor(run: list[Token]) -> Actor:
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    name = text_of(run[0].doc)[start:end]
    return Actor(text=name, name=name, key=None, start=start, end=end, kind="person", rule="quote:name")


def _pronoun_speaker(tok: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "he said", "she recalls": the last person named (not by a pronoun) as the subject of a clause
    before it, outside quotes, in its paragraph or the one before; None when there is no such person."""
    if tok.lower_ not in SPEAKER_PRONOUNS:
        return None
    doc = tok.doc
    text = text_of(doc)
    floor = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, tok.idx)))
    deferred: tuple[Actor, int] | None = None  # a relative clause's subject, if its sentence has no other
    noted = False  # a stage note ("(Laughter.)") stands between: only a person introduced by name is past it
    para = text.rfind("\n\n", 0, tok.idx)
    others = False  # a person named between (not introduced): the he or she may be them
    joined = False  # a person joined with the "I" the he/she tells was passed over (`_joined_with_me`)
    for t in reversed(doc[: tok.i]):
        if deferred is not None and t.i < deferred[1]:
            return deferred[0]
        if t.idx < floor:
            break
        if not _outside(t, spans):
            continue
        m = mentions.at(t)
        if m is not None and t.i == m.head and addressed(t):
            continue  # "Q Jen, on Raisi: he said": the one asked is not the he
        sex = _introduced(t) if _is_name(t) else None
        person = m is not None and t.i == m.head and m.actor.kind == "person" and bool(m.actor.name)
        if sex is None and person and m.actor.rule != "coref:pronoun" and not _stage_note(m.actor):
            others = True
        elif sex in ("", PRONOUN_GENDER[tok.lower_]) and not (noted and not sex or others) and t.idx > para:
            # "a guy named Tom Ames came up, and he said", in the he's own paragraph; the NER may miss the
            # name ("his name was Ambrose Finnegan", taken for a place) when the introduction tells a sex
            if person:
                return copy_at(m.actor, tok, "quote:pronoun")
            if sex:
                return copy_at(_propn_actor(t, mentions), tok, "quote:pronoun")
        unnamed = m is None or not m.actor.name
        if noted and not others and unnamed and _gendered_reporter(t, spans) == PRONOUN_GENDER[tok.lower_]:
            d = _described(
                t, spans
            )  # "the woman said, "..." (Laughter.) ... She said": the woman, past the note
            if d is not None:
                return copy_at(d, tok, "quote:pronoun")
        if noted:
            continue
        # one person, the active subject of a reporting verb
        reports = t.dep_ == "nsubj" and _reports(t.head) and _outside(t.head, spans)
        single = t.tag_ == "NN" or t.lower_ == "one"
        sexed = KIN_SEX.get(t.lower_) or GENDERED.get(t.lower_) if t.pos_ == "NOUN" else None
        if sexed is not None and sexed != PRONOUN_GENDER[tok.lower_]:
            continue  # "And my grandma would yell, "...". I mean, he said": not the grandma
        if reports and single and t.lemma_.lower() not in DOCUMENTS and (m is None or not m.actor.name):
            d = _described(t, spans)  # "The head of the inquiry told the court "...". She also said"
            if d is not None:
                return copy_at(d, tok, "quote:pronoun")
        if (
            m is None
            and t.dep_ in SUBJECTS
            and _outside(t, spans)
            and _my_kin(t) == PRONOUN_GENDER[tok.lower_]
        ):
            d = _described(t, spans)  # "My dad had an expression. He said": the speaker's dad
            if d is not None:
                return copy_at(d, tok, "quote:pronoun")
        if (
            (m is None or not m.actor.name)
            and t.idx > para
            and not others
            and sexed == PRONOUN_GENDER[tok.lower_]
            and (t.dep_ in SUBJECTS or _my_kin(t) is not None)
        ):
            # "another girl came up to me ... And she said": the girl, in the he or she's own paragraph
            d = _described(t, spans)
            if d is not None:  # a person, as the he or she tells (a lead-in takes only people)
                return copy_at(replace(d, kind="person"), tok, "quote:pronoun")
        if m is None and _one_of_subject_before(t, tok):
            d = _described(t, spans)  # "One of the victims decided to ... . She said"
            if d is not None:
                return copy_at(d, tok, "quote:pronoun")
        if m is None:
            reports = t.dep_ in SUBJECTS and _reports(t.head) and not _names_nothing(t.head)
            source = _according_to(t) and _person_like(t)
            if _is_name(t) and (reports or source):
                return _propn_actor(t, mentions)  # "Maróth said", a name the NER took for a place
            continue
        if t.i == m.head and _stage_note(m.actor):
            if deferred is not None:
                return deferred[0]
            noted = True  # "(Laughter.) He said": the note stands between the he/she and whoever came before
            continue
        if t.i != m.head or m.actor.kind != "person" or m.actor.rule == "coref:pronoun":
            continue
        head = doc[m.head]
        subject = head.dep_ in SUBJECTS or head.dep_ == "ROOT" or _according_to(head)
        if head.dep_ in SUBJECTS and _subordinate(head.head) and not _aside_participle(head.head):
            subject = (
                False  # "..., saying Caudipteryx might have ...", "when Vizmedia dubbed ...": not a speaker
            )
        if head.dep_ == "appos" and (head.head.dep_ in SUBJECTS or head.head.dep_ == "ROOT"):
            subject = True  # "Gina McCarthy, the climate advisor, ...", misparsed as an apposition
        if head.dep_ == "conj" and head.head.dep_ in SUBJECTS and addressed(head.head):
            subject = True  # "Q Karine, Governor Ann Hale spoke": the addressee and the subject joined
        if _remarks_by(head):
            subject = True  # "comments by Advisor Jake Sullivan that ...; that is, he said": who remarked
        if _companion(head, tok):
            subject = True  # "I was in China with Xi Jinping, and he said": the one the "I" was with
        if joined and not subject and _kin_named(head) == PRONOUN_GENDER[tok.lower_]:
            subject = True  # "his daughter Gianna ... . Jill and I met them and she told me": Gianna
        if not m.actor.name or not subject:
            continue
        if _joined_with_me(head, tok):
            joined = True
            continue  # "Jill and I met the family and she told me": not Jill, who was with the "I"
        if person_sex(m.actor.name, mentions.items, doc) not in (None, PRONOUN_GENDER[tok.lower_]):
            continue  # "Mrs Ann Lee ... . Tom Ford ... . She said": not Tom Ford
        if deferred is None and head.dep_ in SUBJECTS and head.head.dep_ == "relcl":
            # "Trump said he banned travel, which Biden opposed. He said": the main clause's subject first
            deferred = (copy_at(m.actor, tok, "quote:pronoun"), sent_of(head).start)
            continue
        return copy_at(m.actor, tok, "quote:pronoun")
    return deferred[0] if deferred is not None else None


def _gendered_reporter(t: Token, spans: list[tuple[int, int]]) -> str | None:
    """The sex a common noun tells ("woman", "mother", "guy") when it is the subject of a reporting verb
    outside quotes; None otherwise."""
    if t.dep_ != "nsubj" or t.tag_ != "NN" or not _reports(t.head) or not _outside(t.head, spans):
        return None
    return INTRO_NOUNS.get(t.lower_, GENDERED.get(t.lower_))


def _companion(name: Token, pron: Token) -> bool:
    """ "I was in China with Xi Jinping, and he turned to me and said", "we met with Ann Lee and she told us":
    the one an "I" or "we" was or met with, in the he/she's own sentence, is who the he/she stands for."""
    if name.dep_ != "pobj" or name.head.lower_ != "with" or sent_of(name).start != sent_of(pron).start:
        return False
    verb = name.head.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECTS and c.lower_ in ("i", "we") for c in verb.children
    )


def _joined_with_me(name: Token, pron: Token) -> bool:
    """ "Jill and I met the family and she told me, "..."": a person joined with "I" or "we" as one subject
    of the he/she's own sentence is not the he/she who tells that "me" or "us" something."""
    if sent_of(name).start != sent_of(pron).start or name.dep_ not in SUBJECTS + ("conj",):
        return False
    joined = {c.lower_ for c in name.children if c.dep_ == "conj"} | (
        {name.head.lower_} if name.dep_ == "conj" else set()
    )
    if not joined & {"i", "we"}:
        return False
    return any(c.lower_ in ("me", "us") and c.dep_ in ("dobj", "dative", "pobj") for c in pron.head.children)


def _kin_named(name: Token) -> str | None:
    """The sex a kin or gendered noun tells of the name set in apposition to it ("his young daughter Gianna",
    "the woman, Ann Lee"); None when the name is not so set."""
    noun = name.head
    if name.dep_ != "appos" or noun.pos_ != "NOUN":
        return None
    return KIN_SEX.get(noun.lemma_.lower()) or GENDERED.get(noun.lower_)


def _joined_guess(pron: Token, a: Actor, mentions: Mentions) -> bool:
    """The resolver's person for a he/she is one joined with "I" or "we" in its sentence
    (`_joined_with_me`)."""
    return any(
        (m := mentions.at(t)) is not None
        and t.i == m.head
        and m.actor.name == a.name
        and _joined_with_me(t, pron)
        for t in sent_of(pron)
        if t.i < pron.i
    )


#: nouns of what someone said, whose "by" or possessive names who said it
REMARKS = frozenset("comment comments remark remarks statement statements words".split())


def _remarks_by(name: Token) -> bool:
    """ "comments by X", "X's remarks": the name of whoever made the remarks, whom a "he said" after them
    stands for."""
    if name.dep_ == "pobj" and name.head.lower_ == "by":
        return name.head.head.lower_ in REMARKS
    return name.dep_ == "poss" and name.head.lower_ in REMARKS


#: kin nouns and the sex they tell: "my dad", "our grandmother"
KIN_SEX = {
    **dict.fromkeys("dad father pop grandpa grandpop grandfather brother son husband uncle".split(), "m"),
    **dict.fromkeys("mom mum mother grandma grandmom grandmother sister daughter wife aunt".split(), "f"),
}


def _my_kin(t: Token) -> str | None:
    """The sex of a speaker's own kin ("my dad", "our mother"): a he or she after it in the speaker's own
    story is that relative, not someone named earlier."""
    if not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in t.children):
        return None
    return KIN_SEX.get(t.lemma_.lower())


#: nouns of a person's sex, beyond GENDERED, that "a <noun> named X" introduces X by
INTRO_NOUNS = {"guy": "m", "fellow": "m", "gentleman": "m", "gal": "f", "lady": "f"}


def _introduced(name: Token) -> str | None:
    """ "a guy named Tom Ames", "his name was Tom Ames": a person the text introduces by name as a
    complement, not a subject, whom a he or she after it stands for. Returns the sex the introduction tells
    ("guy", "woman", "his", "her"; "" when it tells none), or None when ``name`` is no such introduction."""
    head = name.head
    if name.dep_ == "oprd" and head.lemma_.lower() == "name" and head.dep_ == "acl" and head.tag_ == "VBN":
        noun = head.head
        if noun.pos_ != "NOUN":
            return None
        return INTRO_NOUNS.get(noun.lower_, GENDERED.get(noun.lower_, ""))
    if name.dep_ == "attr" and head.lemma_ == "be":
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ != "name":
            return None
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in ("his", "her"):
            return None
        return PRONOUN_GENDER[owner.lower_]
    return None


def _reports(v: Token) -> bool:
    """A verb that reports words: not "continue" telling that something goes on (``_goes_on``)."""
    return v.lemma_.lower() in REPORT_VERBS and not _goes_on(v)


def _names_nothing(v: Token) -> bool:
    """A verb of naming with nothing it names something as ("when Vizmedia dubbed the first two seasons",
    "they labelled the boxes"): no complement, no "as", no clause, no quote in its words; it reports no
    words, so its subject is no speaker."""
    if v.lemma_.lower() not in NAMING:
        return False
    if any(
        c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or c.lower_ == "as" or c.is_quote for c in v.children
    ):
        return False
    return not any(t.is_quote for t in v.subtree)


def _goes_on(v: Token) -> bool:
    """ "continue" going on with another verb ("Rents continue to climb") or under a modal ("the protests
    would continue "until ..."", "talks will continue"), whose subject may be anything at all, not someone
    who goes on speaking ("she continued, "..."")."""
    return v.lemma_.lower() == "continue" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() not in REPORT_VERBS or c.dep_ == "aux" and c.tag_ == "MD"
        for c in v.children
    )


#: a transcript's note of what the room did ("(Laughter.)", "(Applause.)"): no one, whatever the NER says
STAGE_DIRECTIONS = frozenset(
    "laughter laughs laughing applause inaudible crosstalk cheers cheering boos booing".split()
)


def _stage_note(a: Actor) -> bool:
    """A "person" the NER made of a transcript's note ("(Laughter.)"): no he or she stands for it."""
    return a.kind == "person" and (a.name or "").lower() in STAGE_DIRECTIONS


def _stands_for_no_one(doc: Doc, a: Actor, mentions: Mentions) -> bool:
    """A speaker the text does not give: a transcript's note the NER made a person, a he/she of the other sex
    (`_other_sex`), or an it/they far from the country the resolver gave it (`_state_without_antecedent`)."""
    return _stage_note(a) or _other_sex(doc, a, mentions) or _state_without_antecedent(doc, a, mentions)


def _state_without_antecedent(doc: Doc, a: Actor, mentions: Mentions) -> bool:
    """An "it"/"they" the actor resolver gave a country that neither its sentence (before it) nor the sentence
    before has as a subject ("China condemned the sale. It said "..."" is China's): "It will show up in bank
    accounts described as "..."" (a payment), "they might have said ..." (lawmakers), "they said "..."" in
    an interview (a federation) are no country's words."""
    if a.rule != "coref:pronoun" or a.kind != "country" or a.text.lower() not in ("it", "they"):
        return False
    pron = doc.char_span(a.start, a.end, alignment_mode="expand")
    if pron is None:
        return False
    sent = sent_of(pron.root)
    first = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    return not any(
        c.pos_ != "PRON" and m is not None and m.actor.key == a.key
        for t in doc[first : pron.start]
        if t.dep_ in SUBJECTS
        for c in (t, *t.conjuncts)  # "Russia and Ukraine swapped prisoners. They said ..."
        for m in [mentions.at(c)]
    )


def _other_sex(doc: Doc, a: Actor | None, mentions: Mentions) -> bool:
    """A he/she/her the actor resolver gave a named person whose sex (`person_sex`) is the other one ("Jo
    Jorgensen said ... . Blankenship concurred: "...," he argued": not Jorgensen)."""
    if a is None or a.rule != "coref:pronoun":
        return False
    return other_sex(doc, a, PRONOUN_GENDER.get(a.text.lower()), mentions.items)


def _one_of_subject_before(t: Token, pron: Token) -> bool:
    """ "One of the victims decided to speak. She said ...": "one of" the people named by a plural noun,
    the subject of the sentence right before the pronoun's, is who the he/she is."""
    if t.lower_ != "one" or t.dep_ != "nsubj":
        return False
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.tag_ != "NNS":
        return False
    here = sent_of(pron)
    return here.start > 0 and sent_of(here.doc[here.start - 1]).start == sent_of(t).start


#: pronouns an editor may gloss in square brackets ("they [the Iranian Chess Federation]")
GLOSSED = SPEAKER_PRONOUNS | {"they"}
GLOSS = re.compile(r"[ \t]*\[((?:the|a|an|his|her|their|my|our) [^\[\]\n]{2,60}|[A-Z][^\[\]\n]{1,60})\]")


def _gloss(tok: Token, mentions: Mentions) -> Actor | None:
    """ "they [the Iranian Chess Federation] said", "she [the coach] told me": the square-bracketed gloss an
    editor set right after a pronoun in a transcript names whom the pronoun stands for."""
    doc = tok.doc
    g = GLOSS.match(text_of(doc), tok.idx + len(tok))
    if g is None:
        return None
    toks = tokens_between(doc, g.start(1), g.end(1))
    for t in toks:
        found = mentions.at(t)
        if found is not None and found.actor.kind == "person" and found.actor.name:
            return copy_at(found.actor, tok, "quote:gloss")
    words = [t for t in toks if not t.is_punct]
    while words and words[0].dep_ in ("det", "poss") and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    name = text_of(doc)[start:end]
    keyed = next((m.actor for t in words if (m := mentions.at(t)) is not None and m.actor.name), None)
    key = keyed.key if keyed is not None else None
    return Actor(
        text=tok.text,
        name=name,
        key=key,
        start=tok.idx,
        end=tok.idx + len(tok),
        kind="unknown",
        rule="quote:gloss",
    )


def _glossed_pronoun(tok: Token) -> Token | None:
    """The pronoun whose square-bracketed gloss ``tok`` is in ("Federation" in "they [the Iranian Chess
    Federation] said"), or None."""
    doc = tok.doc
    k = tok.i
    while k > 0 and doc[k].text != "[" and doc[k].text != "]" and tok.i - k < 12:
        k -= 1
    if doc[k].text != "[" or k == 0:
        return None  # ("[" itself may be the parser's subject: "they [the federation] said")
    prev = doc[k - 1]
    if prev.lower_ not in GLOSSED or GLOSS.match(text_of(doc), prev.idx + len(prev)) is None:
        return None
    return prev


def _glossed_before(tok: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "they [the federation] wanted this to cover their asses. So if there was a picture, they would say":
    a speaking pronoun stands for the gloss of the same pronoun before it in its paragraph, when no noun
    subject comes between."""
    doc = tok.doc
    para = text_of(doc).rfind("\n", 0, tok.idx)
    for t in reversed(doc[: tok.i]):
        if t.idx < para:
            return None
        if not _outside(t, spans):
            continue
        if t.lower_ == tok.lower_:
            g = _gloss(t, mentions)
            if g is not None:
                return copy_at(g, tok, "quote:gloss")
        elif t.dep_ in SUBJECTS and t.pos_ in ("NOUN", "PROPN") and not _bracket_note(t):
            return None
    return None


def _plural_subject(tok: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "The researchers suggested ... . They reported, "..."": a "they" that speaks is the last plural
    common noun that was the subject of a main clause before it (outside quotes, in its sentence or the one
    before in its paragraph), not the country the pronoun resolver found for it ("reefs off Fiji")."""
    doc = tok.doc
    sent = sent_of(tok)
    floor = sent_of(doc[sent.start - 1]).start if sent.start > 0 else 0
    if "\n" in text_of(doc)[doc[floor].idx : tok.idx]:
        floor = sent.start  # the sentence before is in another paragraph
    for t in reversed(doc[floor : tok.i]):
        if t.dep_ not in SUBJECTS or t.tag_ != "NNS" or not _outside(t, spans):
            continue
        main = t.head.dep_ == "ROOT" or t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"
        if not main or t.lemma_.lower() in DOCUMENTS:  # "suggested [the defenses might ...]": talked about
            continue
        m = mentions.at(t)
        if m is not None and m.actor.kind in ("country", "place"):
            continue
        if m is not None and m.actor.name:
            return copy_at(m.actor, tok, "quote:they")
        a = _described(t, spans)  # "The researchers": an agent of no name speaks by its description
        if a is not None:
            return a
    return None


def _body_before(tok: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """ "the Fraternal Order of Police today said, "..." And they went on to say ...": a speaking "they" is
    the named body (not a person, a country or a place) that was the subject of a reporting verb in its
    sentence or the three before in its paragraph, when no plural noun stands between."""
    doc = tok.doc
    floor = sent_of(tok).start
    for _ in range(3):  # the sentences of a quote the parser split count among the three
        if floor == 0 or "\n" in text_of(doc)[doc[floor - 1].idx : doc[floor].idx]:
            break  # not into another paragraph
        floor = sent_of(doc[floor - 1]).start
    for t in reversed(doc[floor : tok.i]):
        if not _outside(t, spans):
            continue
        if t.dep_ in SUBJECTS and t.tag_ in ("NNS", "NNPS") and t.pos_ != "PROPN":
            return None  # "the officers said" : a plural noun the "they" may be
        if t.dep_ != "nsubj" or not _reports(t.head) or not _outside(t.head, spans):
            continue
        m = mentions.at(t)
        if m is None and _is_name(t) and t.ent_type_ == "ORG":
            a = _actor(t, mentions, spans)  # a body no dictionary knows: "the Fraternal Order of Police"
            return copy_at(a, tok, "quote:they") if a is not None else None
        if m is None or not m.actor.name or m.actor.kind in ("person", "country", "place"):
            continue
        if m.actor.rule == "coref:pronoun":
            continue
        return copy_at(m.actor, tok, "quote:they")
    return None


def _person_like(t: Token) -> bool:
    """A name that can be a he or a she: not "NBC" or "the Washington Post" (the NER's organisations with
    no determiner and a first name, "Amara Osei", are people)."""
    if t.ent_type_ == "PERSON":
        return True
    if any(c.dep_ == "det" for c in t.children):
        return False
    return t.ent_type_ == "" or any(c.dep_ == "compound" and _is_name(c) for c in t.children)


def _aside_participle(v: Token) -> bool:
    """ "Olaf Scholz, asked about the dispute, said ...": a participle between commas that the parser made the
    verb of the name before it, under the reporting verb after it; the name is that verb's subject."""
    doc = v.doc
    return (
        v.tag_ in ("VBN", "VBD")  # the tagger takes "asked" for either
        and v.i > 0
        and doc[v.i - 1].lower_ == ","
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
        and v.head.i > v.i
        and _reports(v.head)
        and any(t.lower_ == "," for t in doc[v.i + 1 : v.head.i])
    )


#: conjunctions of a clause that sets the scene ("when X was cast", "after X left")
SCENE_MARKS = frozenset("when while after before as since because if until once".split())


def _subordinate(v: Token) -> bool:
    """A verb of a clause that says what someone reported ("saying [X might have ...]") or sets the scene
    ("when [X dubbed the series]"): its subject is talked about, not talking."""
    if _reported(v) or _noun_content(v):
        return True
    if v.dep_ != "advcl" or v.lemma_.lower() in REPORT_VERBS:  # "while X wrote ...": X speaks
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in SCENE_MARKS for c in v.children)


#: nouns that hold what someone said or thought: "reports [X hid]", "claims [X lied]"
CONTENT_NOUNS = frozenset(
    "report claim allegation rumor rumour suggestion news word fear accusation assertion belief speculation "
    "suspicion charge information intelligence idea notion fact impression".split()
)


def _noun_content(v: Token) -> bool:
    """The content clause of a noun of news or belief, with a named subject of its own ("at reports [Trump
    hid in the basement]", "amid claims [Lane lied]"): its subject is what the report is about, not who a
    "he"/"she" in the next sentence stands for (unlike "the first time [Flynn made a speech]")."""
    return (
        v.dep_ in ("acl", "relcl")
        and v.head.pos_ == "NOUN"
        and v.head.lemma_.lower() in CONTENT_NOUNS
        # a finite verb, also a passive or progressive one ("the information that Putin is being left ...")
        and (v.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in v.children))
        and any(c.dep_ in SUBJECTS and c.pos_ == "PROPN" for c in v.children)
    )


def _according_to(t: Token) -> bool:
    """ "According to Muyembe, ...": the sentence is Muyembe's word, so Muyembe is its speaker."""
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"


def _actor(tok: Token, mentions: Mentions, spans: list[tuple[int, int]] | None = None) -> Actor | None:
    spans = spans or []
    pair = _former_or_latter(tok, spans)
    if pair is not None:
        return _pair_member(pair, mentions, spans)
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "Alex Greenwich who said"
    if tok.lower_ in GLOSSED:
        a = _gloss(tok, mentions) or _glossed_before(tok, mentions, spans)
        if a is not None:
            return a
    glossed = _glossed_pronoun(tok)
    if glossed is not None:  # "they [the Iranian Chess Federation] said": the parser's subject is the gloss
        return _gloss(glossed, mentions)
    if tok.lower_ in SPEAKER_PRONOUNS:
        a = _pronoun_speaker(tok, mentions, spans)
        if a is not None:
            return a
    m = mentions.at(tok)
    if tok.lower_ in SPEAKER_PRONOUNS and m is not None and _joined_guess(tok, m.actor, mentions):
        return None  # the resolver's guess for the she of "Jill and I met them and she told me"
    if m is not None and m.actor.kind == "person" and m.actor.name and m.actor.rule != "coref:title":
        return m.actor
    # a speaking "they" the resolver gave a country, or any body by its pronoun rule ("The Labour Party lost
    # the vote. Many people are angry. They say"): the plural subject before it, when there is one
    guessed = m is not None and m.actor.kind != "person" and m.actor.rule == "coref:pronoun"
    if tok.lower_ == "they" and m is not None and (m.actor.kind in ("country", "place") or guessed):
        plural = _plural_subject(tok, mentions, spans) or _body_before(tok, mentions, spans)
        if plural is not None:
            return plural
    if tok.lower_ == "they" and m is None:
        body = _body_before(tok, mentions, spans)
        if body is not None:
            return body
    # a person named in the phrase itself beats a title or an office: "The Vice President, Mike Pence";
    # also a title the resolver took for an earlier holder ("the current bishop, Allan Casicas")
    for c in tok.children:
        if c.dep_ in NAME_DEPS and c.i > tok.i and c.dep_ != "conj":
            inner = mentions.at(c)
            if inner is not None and inner is not m and inner.actor.kind == "person" and inner.actor.name:
                return inner.actor
            if _is_person_name(c, mentions):  # "His wife Mary", taken for a place by the gazetteer
                return _propn_actor(c, mentions)
    if m is None:
        kin = _kin_of_named(tok, spans)
        if kin is not None:
            return kin
    if m is None or (m.actor.kind == "agent" and not m.actor.name):
        # "the mayor of Paris, Anne Hidalgo, wrote": the person named inside the subject phrase
        for t in tok.subtree:
            inner = mentions.at(t)
            if inner is not None and inner.actor.kind == "person" and t.dep_ not in ("poss",):
                if _between_others(t, tok):
                    continue  # "the relationship between Fedora, RHEL, and CentOS was, "...": no one's
                return inner.actor
        if m is not None:
            # "Assistant Secretary of State for ... Eliot Kang", "University of California's chancellor,
            # Pradeep Khosla": a name the NER missed at the end of the title
            named = _phrase_speaker([t for t in tok.subtree if _outside(t, spans)], mentions, spans)
            if named is not None and named.kind == "person":
                return named
    if m is not None:
        return m.actor
    if _is_name(tok):
        # a name the NER and the dictionary missed ("Regina Ip said"): the speaker is who the text names
        return _propn_actor(tok, mentions)
    owner = next((c for c in tok.children if c.dep_ == "poss" and _is_name(c)), None)
    if (
        owner is not None
        and tok.lemma_.lower() not in DOCUMENTS
        and any(c.dep_ == "compound" and c.i > owner.i and _is_name(c) for c in tok.children)
    ):
        # "the People's Vote campaign said": a body whose name runs past the possessive
        start = owner.left_edge.i + (owner.left_edge.lower_ == "the")
        name = tok.doc[start : tok.i + 1].text
        return Actor(text=name, name=name, key=None, kind="group", rule="quote:named-body")
    for c in tok.children:
        if c.dep_ in ("compound", "appos", "poss", "amod"):
            m = mentions.at(c)
            if m is None or m.actor.kind not in ("person", "agent"):
                continue
            if c.dep_ == "poss" and m.actor.kind == "person" and tok.lemma_.lower() in RELATIONS:
                continue  # "his daughter reported": the daughter, not him (but "his statement" is his)
            return m.actor
    # "RIAA's notice claimed": the owner of a statement speaks through it, also when no dictionary knows it
    if owner is not None:
        return _actor(owner, mentions, spans)
    return None


#: prepositions that name what a phrase is about, not who it is: "the relationship between X and Y"
ABOUT_PREPS = frozenset("between among amongst with about against over".split())


def _between_others(t: Token, phrase: Token) -> bool:
    """A name inside a subject phrase as the object of a preposition of relation or topic ("the relationship
    between Fedora, RHEL, and CentOS", "talks with Ann Lee"), or joined to one: what the phrase is about."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in ABOUT_PREPS and t.head.i > phrase.i


def _kin_of_named(tok: Token, spans: list[tuple[int, int]]) -> Actor | None:
    """ "Tom Ford's daughter said": a relation of a named person speaks by that description, not the person
    whose name is in it."""
    if tok.lemma_.lower() not in RELATIONS or not any(c.dep_ == "poss" and _is_name(c) for c in tok.children):
        return None
    return _described(tok, spans)


ORDINAL_REFS = frozenset({"former", "latter"})


def _former_or_latter(tok: Token, spans: list[tuple[int, int]]) -> Token | None:
    """ "the FAA and the NTSB ... . The latter said ...": "the latter" ("the former") is the last (first)
    of the two names joined by "and" nearest before it, in its sentence or the one before; None when
    ``tok`` is no such word or no pair stands before it."""
    if tok.lower_ not in ORDINAL_REFS or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the":
        return None
    doc = tok.doc
    sent = sent_of(tok)
    start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    for t in reversed(doc[start : tok.i - 1]):
        if t.dep_ != "conj" or t.pos_ not in ("NOUN", "PROPN") or not _outside(t, spans):
            continue
        first = t
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        if first is t:
            continue
        return t if tok.lower_ == "latter" else first
    return None


def _pair_member(t: Token, mentions: Mentions, spans: list[tuple[int, int]]) -> Actor | None:
    """The actor one member of a pair names: a person by the usual ways, else the member's own phrase
    ("the National Transportation Safety Board", "the council"), keyed as the resolver keyed it."""
    m = mentions.at(t)
    a = m.actor if m is not None else None
    if a is not None and a.kind == "person" and a.name or a is None and t.ent_type_ == "PERSON":
        return _actor(t, mentions, spans)
    first = t.left_edge.i
    while first < t.i and t.doc[first].dep_ in ("det", "predet", "cc", "punct"):
        first += 1
    phrase = t.doc[first : t.i + 1]
    if len(phrase) > 8:
        return a
    if a is None:
        a = Actor(phrase.text, None, None, start=phrase.start_char, end=phrase.end_char)
    named = copy_at(a, phrase, "quote:pair")
    named.name = phrase.text
    return named


def _propn_actor(tok: Token, mentions: Mentions) -> Actor:
    """The name a proper noun heads, without the titles before it ("MP Tanya Davies" -> "Tanya Davies")."""
    parts = [tok]
    i = tok.i - 1
    while i >= 0 and tok.doc[i].head.i == tok.i and tok.doc[i].dep_ == "compound" and _is_name(tok.doc[i]):
        if mentions.at(tok.doc[i]) is not None:
            break
        parts.insert(0, tok.doc[i])
        i -= 1
    cited = [c for c in tok.children if c.i < parts[0].i and c.text == "§"]
    if cited:  # "17 U.S. Code § 1201 Circumvention of ... which says": the law's heading with its citation
        return _name_actor(list(tok.doc[min(c.left_edge.i for c in tok.lefts) : tok.i + 1]))
    return _name_actor(parts)


def _verb_text(v: Token) -> str:
    prt = [c for c in v.children if c.dep_ == "prt"]
    return v.text + (" " + prt[0].text if prt else "")


def _is_whole_sentence(frame: list[Span], s: int, e: int) -> bool:
    """A quote that is (nearly) its own sentence, as opposed to a fragment inside one."""
    if not frame:
        return True
    sent = next((x for x in frame if x.start_char <= s < x.end_char + 1), frame[0])
    before = text_of(sent.doc)[sent.start_char : s]
    return not re.search(r"\w", before.replace("“", "").replace('"', ""))


def _clause_subject(
    doc: Doc, s: int, sent_start: int, mentions: Mentions, spans: list[tuple[int, int]]
) -> Actor | None:
    """The named subject of the subordinate clause a quote with no reporting verb sits in, in the quote's
    own sentence: "X received the award, with which Time credits a person as having done "..."" and "X
    resigned after the board accused him of "..."" are Time's and the board's words, not X's."""
    inside = next((t for t in doc[sent_start:] if t.idx >= s), None)
    if inside is None:
        return None
    head = inside
    while not _outside(head, spans) and head.head.i != head.i:
        head = head.head
    for v in [head, *head.ancestors]:
        if v.pos_ not in ("VERB", "AUX") or v.i < sent_start:
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj" and _outside(c, spans)), None)
        if subj is None:
            if v.dep_ in ("relcl", "advcl", "ccomp"):
                return None  # a clause with no subject of its own ("having done", passives): no one here
            continue
        if v.dep_ not in ("relcl", "advcl") or subj.pos_ == "PRON" or subj.lower_ in RELATIVE:
            return None
        if mentions.at(subj) is None and subj.ent_type_ not in ("PERSON", "ORG"):
            return None  # "after the storm hit": only someone named or known speaks
        a = _actor(subj, mentions, spans)
        if a is None and subj.ent_type_ == "PERSON":
            a = _propn_actor(subj, mentions)
        elif a is None:  # an organisation the dictionary does not know: by its name
            a = Actor(text=subj.text, name=subj.text, key=None, start=subj.idx, end=subj.idx + len(subj.text))
        return copy_at(a, subj, "quote:clause")
    return None
