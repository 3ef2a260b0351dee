# ruff: noqa: E501  (article texts are kept on one line each)
"""Write the store/web test fixtures: hand-made ``newsevents/article.v1`` records (run by hand).

    python tests/data/make_fixtures.py

Every offset is computed from the text here, so the files stay consistent with the contract: actors,
places, dates, quotes and evidence point at the exact characters they name.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

HERE = Path(__file__).parent

CAMEO = {  # code: (name, quad class, goldstein, plover, mode, context)
    "036": ("Express intent to meet or negotiate", 1, 4.0, "AGREE", None, "diplomatic"),
    "040": ("Consult, not specified below", 1, 1.0, "CONSULT", None, None),
    "042": ("Make a visit", 1, 1.9, "CONSULT", "visit", None),
    "046": ("Engage in negotiation", 1, 7.0, "CONSULT", None, "diplomatic"),
    "051": ("Praise or endorse", 1, 3.4, "SUPPORT", None, "diplomatic"),
    "057": ("Sign formal agreement", 1, 8.0, "SUPPORT", None, "diplomatic"),
    "0234": ("Appeal for military protection or peacekeeping", 1, 3.4, "REQUEST", "assist", "military"),
    "061": ("Cooperate economically", 2, 6.4, "COOPERATE", None, "economic"),
    "062": ("Cooperate militarily", 2, 7.4, "COOPERATE", None, "military"),
    "072": ("Provide military aid", 2, 8.3, "AID", None, "military"),
    "102": ("Demand policy support", 3, -5.0, "REQUEST", "assist", "diplomatic"),
    "111": ("Criticize or denounce", 3, -2.0, "ACCUSE", "disapprove", None),
    "112": ("Accuse, not specified below", 3, -2.0, "ACCUSE", "disapprove", None),
    "138": (
        "Threaten to use military force, not specified below",
        3,
        -7.0,
        "THREATEN",
        "violence",
        "military",
    ),
    "152": ("Increase military alert status", 4, -7.2, "MOBILIZE", "troops", "military"),
    "163": ("Impose embargo, boycott, or sanctions", 4, -8.0, "COERCE", "restrict", "diplomatic"),
    "190": ("Use conventional military force, not specified below", 4, -10.0, "ASSAULT", None, "military"),
    "195": ("Employ aerial weapons", 4, -10.0, "ASSAULT", "heavy-weapons", "military"),
}

ACTORS = {  # surface text: (name, key, country, igo, sector, role)
    "Vladimir Putin": ("Vladimir Putin", "RUS", "RUS", None, "GOV", "President"),
    "Putin": ("Vladimir Putin", "RUS", "RUS", None, "GOV", "President"),
    "Shinzo Abe": ("Shinzo Abe", "JPN", "JPN", None, "GOV", "Prime Minister"),
    "Abe": ("Shinzo Abe", "JPN", "JPN", None, "GOV", "Prime Minister"),
    "Russia": ("Russia", "RUS", "RUS", None, None, None),
    "Moscow": ("Russia", "RUS", "RUS", None, "GOV", None),
    "Japan": ("Japan", "JPN", "JPN", None, None, None),
    "Tokyo": ("Japan", "JPN", "JPN", None, "GOV", None),
    "Soviet Union": ("Soviet Union", "SUN", "SUN", None, None, None),
    "Antonio Guterres": ("Antonio Guterres", "IGO:UN", None, "UN", "IGO", "Secretary-General"),
    "Guterres": ("Antonio Guterres", "IGO:UN", None, "UN", "IGO", "Secretary-General"),
    "United Nations": ("United Nations", "IGO:UN", None, "UN", "IGO", None),
    "UN": ("United Nations", "IGO:UN", None, "UN", "IGO", None),
    "Russian forces": ("Russian military", "RUS", "RUS", None, "MIL", None),
    "Ukraine": ("Ukraine", "UKR", "UKR", None, None, None),
    "Kyiv": ("Ukraine", "UKR", "UKR", None, "GOV", None),
    "Volodymyr Zelenskyy": ("Volodymyr Zelenskyy", "UKR", "UKR", None, "GOV", "President"),
    "Zelenskyy": ("Volodymyr Zelenskyy", "UKR", "UKR", None, "GOV", "President"),
    "United States": ("United States", "USA", "USA", None, None, None),
    "Washington": ("United States", "USA", "USA", None, "GOV", None),
    "Pentagon": ("United States military", "USA", "USA", None, "MIL", None),
    "China": ("China", "CHN", "CHN", None, None, None),
    "Beijing": ("China", "CHN", "CHN", None, "GOV", None),
    "Geng Shuang": ("Geng Shuang", "CHN", "CHN", None, "GOV", "Foreign Ministry spokesman"),
    "Chinese coast guard": ("China Coast Guard", "CHN", "CHN", None, "MIL", None),
    "he": ("Vladimir Putin", "RUS", "RUS", None, "GOV", "President"),
}

PLACES = {  # text: (name, country, lat, lon, kind)
    "Singapore": ("Singapore", "SGP", 1.2897, 103.8501, "city"),
    "Moscow": ("Moscow", "RUS", 55.7522, 37.6156, "city"),
    "Kharkiv": ("Kharkiv", "UKR", 49.9808, 36.2527, "city"),
    "Kyiv": ("Kyiv", "UKR", 50.4547, 30.5238, "city"),
    "Washington": ("Washington", "USA", 38.8951, -77.0364, "city"),
    "Osaka": ("Osaka", "JPN", 34.6937, 135.5023, "city"),
    "Vladivostok": ("Vladivostok", "RUS", 43.1056, 131.8735, "city"),
    "Senkaku Islands": ("Senkaku Islands", "JPN", 25.7464, 123.4750, "island"),
    "New York": ("New York City", "USA", 40.7143, -74.006, "city"),
    "Tokyo": ("Tokyo", "JPN", 35.6895, 139.6917, "city"),
}


class Doc:
    def __init__(self, id, title, published, source, url, text):
        self.id, self.title, self.published, self.source, self.url, self.text = (
            id,
            title,
            published,
            source,
            url,
            text,
        )
        self.actors, self.events, self.unasserted, self.quotes, self.places, self.dates = (
            [],
            [],
            [],
            [],
            [],
            [],
        )
        self.n = 0

    def find(self, needle, after=0):
        """The first whole-word occurrence of ``needle`` at or after ``after``."""
        pattern = (
            (r"\b" if needle[0].isalnum() else "")
            + re.escape(needle)
            + (r"\b" if needle[-1].isalnum() else "")
        )
        m = re.compile(pattern).search(self.text, after)
        if not m:
            raise ValueError(f"{needle!r} not found after {after}")
        return m.start(), m.end()

    def actor(self, surface, after=0):
        s, e = self.find(surface, after)
        name, key, country, igo, sector, role = ACTORS[surface]
        a = {
            "text": surface,
            "name": name,
            "key": key,
            "country": country,
            "igo": igo,
            "sector": sector,
            "role": role,
            "start": s,
            "end": e,
        }
        if a not in self.actors:
            self.actors.append(a)
        return a

    def place(self, surface, after=0):
        s, e = self.find(surface, after)
        name, country, lat, lon, kind = PLACES[surface]
        p = {
            "text": surface,
            "name": name,
            "country": country,
            "lat": lat,
            "lon": lon,
            "kind": kind,
            "start": s,
            "end": e,
        }
        if p not in self.places:
            self.places.append(p)
        return p

    def date(self, surface, value, after=0):
        s, e = self.find(surface, after)
        prec = {4: "year", 7: "month", 10: "day"}[len(value)]
        self.dates.append({"text": surface, "value": value, "precision": prec, "start": s, "end": e})

    def event(
        self,
        sentence,
        src,
        tgt,
        trigger,
        cameo,
        date,
        *,
        where=None,
        date_source="text",
        historical=False,
        mutual=False,
        negated=False,
        modality="asserted",
        unasserted=False,
    ):
        ss, se = self.find(sentence)
        ts, te = self.find(trigger, ss)
        a = self.actor(src, ss) if src else None
        b = self.actor(tgt, ss) if tgt else None
        loc = self.place(where, ss) if where else None
        name, quad, gold, plover, mode, ctx = CAMEO[cameo]
        self.n += 1
        ev = {
            "id": f"e{self.n}",
            "source": a,
            "target": b,
            "cameo": cameo,
            "cameo_name": name,
            "plover": plover,
            "plover_mode": mode,
            "plover_context": ctx,
            "quad_class": quad,
            "goldstein": gold,
            "date": date,
            "date_source": date_source,
            "historical": historical,
            "location": loc,
            "negated": negated,
            "modality": modality,
            "mutual": mutual,
            "evidence": [
                {
                    "sentence": sentence,
                    "start": ss,
                    "end": se,
                    "trigger": trigger,
                    "trigger_start": ts,
                    "trigger_end": te,
                }
            ],
            "rule": f"verbs.v1:{cameo}:{trigger.split()[0].lower()}",
            "confidence": 0.8,
        }
        (self.unasserted if unasserted else self.events).append(ev)
        return ev

    def quote(self, quote_text, speaker, verb, after=0):
        s, e = self.find(quote_text, after)
        sp = self.actor(speaker, e) if speaker else None
        self.quotes.append(
            {
                "text": quote_text,
                "start": s,
                "end": e,
                "verb": verb,
                "speaker": sp,
                "partial": False,
                "rule": "quotes:verb-after",
            }
        )

    def record(self):
        self.actors.sort(key=lambda a: a["start"])
        return {
            "schema": "newsevents/article.v1",
            "article": {
                "id": self.id,
                "title": self.title,
                "published": self.published,
                "source": self.source,
                "url": self.url,
                "sha256": hashlib.sha256(self.text.encode()).hexdigest(),
                "text": self.text,
            },
            "actors": self.actors,
            "events": self.events,
            "unasserted_events": self.unasserted,
            "quotes": self.quotes,
            "places": sorted(self.places, key=lambda p: p["start"]),
            "dates": self.dates,
            "warnings": [],
        }


def seed(text_variant=False):
    text = (
        "Russia President Vladimir Putin is interested in signing a peace treaty with Japan on the basis of the "
        "1956 Declaration. The agreement came into the spotlight after Putin held talks with Japanese Prime "
        "Minister Shinzo Abe on Tuesday.\n\n"
        "“Naturally, we discussed the outlook for concluding a peace treaty,” Putin replied.\n\n"
        "“At the meeting in Singapore (in November 2018) we agreed to proceed with the negotiating process on the "
        "basis of the joint declaration the Soviet Union and Japan signed in 1956,” Putin recalled.\n\n"
        "The first round of meetings, he said, was held in Moscow on January 14. Putin thanked Abe and all other "
        "participants in the negotiations."
    )
    if text_variant:
        text += "\n\nUpdate: the Kremlin later confirmed that a second round will follow in February."
    d = Doc(
        "seed-russia-japan-peace-treaty",
        "Russia Keen To Sign Peace Treaty with Japan",
        "2019-01-23",
        "EurAsian Times",
        "https://example.org/russia-japan-peace-treaty",
        text,
    )
    d.event(
        "Russia President Vladimir Putin is interested in signing a peace treaty with Japan on the basis of "
        "the 1956 Declaration.",
        "Vladimir Putin",
        "Japan",
        "interested in signing",
        "036",
        "2019-01-23",
        date_source="published",
    )
    d.date("Tuesday", "2019-01-22")
    d.event(
        "The agreement came into the spotlight after Putin held talks with Japanese Prime Minister Shinzo Abe "
        "on Tuesday.",
        "Putin",
        "Shinzo Abe",
        "held talks",
        "046",
        "2019-01-22",
        mutual=True,
    )
    d.date("November 2018", "2018-11")
    d.event(
        "“At the meeting in Singapore (in November 2018) we agreed to proceed with the negotiating process on "
        "the basis of the joint declaration the Soviet Union and Japan signed in 1956,” Putin recalled.",
        "Putin",
        "Japan",
        "meeting",
        "046",
        "2018-11",
        where="Singapore",
        mutual=True,
    )
    d.date("1956", "1956", after=text.index("signed in"))
    d.event(
        "“At the meeting in Singapore (in November 2018) we agreed to proceed with the negotiating process on "
        "the basis of the joint declaration the Soviet Union and Japan signed in 1956,” Putin recalled.",
        "Soviet Union",
        "Japan",
        "signed",
        "057",
        "1956",
        historical=True,
        mutual=True,
    )
    d.date("January 14", "2019-01-14")
    d.event(
        "The first round of meetings, he said, was held in Moscow on January 14.",
        "he",
        None,
        "meetings",
        "046",
        "2019-01-14",
        where="Moscow",
    )
    d.event(
        "Putin thanked Abe and all other participants in the negotiations.",
        "Putin",
        "Abe",
        "thanked",
        "051",
        "2019-01-23",
        date_source="published",
    )
    d.quote("“Naturally, we discussed the outlook for concluding a peace treaty,”", "Putin", "replied")
    d.quote(
        "“At the meeting in Singapore (in November 2018) we agreed to proceed with the negotiating process "
        "on the basis of the joint declaration the Soviet Union and Japan signed in 1956,”",
        "Putin",
        "recalled",
    )
    d.actor("Putin", text.index("said"))
    return d


def osaka():
    text = (
        "Vladimir Putin met Shinzo Abe in Osaka on Saturday on the sidelines of the G20 summit. "
        "The two leaders agreed to expand joint economic projects on the disputed islands.\n\n"
        "“We are moving step by step,” Abe told reporters. Japan did not agree to hand over control of the "
        "islands' fisheries, officials said."
    )
    d = Doc("osaka-g20-putin-abe", "Putin and Abe meet in Osaka", "2019-06-30", "Kyodo", None, text)
    d.date("Saturday", "2019-06-29")
    d.event(
        "Vladimir Putin met Shinzo Abe in Osaka on Saturday on the sidelines of the G20 summit.",
        "Vladimir Putin",
        "Shinzo Abe",
        "met",
        "040",
        "2019-06-29",
        where="Osaka",
        mutual=True,
    )
    d.event(
        "The two leaders agreed to expand joint economic projects on the disputed islands.",
        None,
        None,
        "agreed to expand",
        "061",
        "2019-06-29",
    )
    d.events[-1]["source"] = dict(d.actors[0])
    d.events[-1]["target"] = dict(d.actors[1])
    d.quote("“We are moving step by step,”", "Abe", "told")
    d.event(
        "Japan did not agree to hand over control of the islands' fisheries, officials said.",
        "Japan",
        None,
        "did not agree",
        "061",
        "2019-06-29",
        negated=True,
        unasserted=True,
    )
    return d


def vladivostok():
    text = (
        "Shinzo Abe visited Vladivostok on September 12, 2018 for the Eastern Economic Forum. "
        "Putin proposed signing a peace treaty with Japan before the end of the year without preconditions. "
        "Tokyo criticized the proposal as premature."
    )
    d = Doc(
        "vladivostok-eef-2018", "Putin proposes peace treaty by year-end", "2018-09-12", "Reuters", None, text
    )
    d.date("September 12, 2018", "2018-09-12")
    d.event(
        "Shinzo Abe visited Vladivostok on September 12, 2018 for the Eastern Economic Forum.",
        "Shinzo Abe",
        "Russia" if False else None,
        "visited",
        "042",
        "2018-09-12",
        where="Vladivostok",
    )
    d.events[-1]["target"] = {
        "text": "Vladivostok",
        "name": "Russia",
        "key": "RUS",
        "country": "RUS",
        "igo": None,
        "sector": None,
        "role": None,
        "start": text.index("Vladivostok"),
        "end": text.index("Vladivostok") + len("Vladivostok"),
    }
    d.event(
        "Putin proposed signing a peace treaty with Japan before the end of the year without preconditions.",
        "Putin",
        "Japan",
        "proposed signing",
        "036",
        "2018-09-12",
    )
    d.event("Tokyo criticized the proposal as premature.", "Tokyo", None, "criticized", "111", "2018-09-12")
    d.events[-1]["target"] = dict(d.actors[[a["key"] for a in d.actors].index("RUS")])
    return d


def kharkiv():
    text = (
        "UN Secretary-General Antonio Guterres on Tuesday demanded that Russia withdraw its troops from Ukraine. "
        "Russian forces shelled Kharkiv overnight, killing at least nine civilians, regional officials said. "
        "Ukraine accused Russia of war crimes.\n\n"
        "“The violence must stop now,” Guterres said in New York. "
        "“We will defend every city,” Zelenskyy said in a video address from Kyiv.\n\n"
        "The Kremlin denied that it would attack Kyiv."
    )
    d = Doc(
        "kharkiv-shelling-2022-03-01",
        "Guterres demands Russian withdrawal as Kharkiv is shelled",
        "2022-03-02",
        "AP",
        "https://example.org/kharkiv",
        text,
    )
    d.date("Tuesday", "2022-03-01")
    d.event(
        "UN Secretary-General Antonio Guterres on Tuesday demanded that Russia withdraw its troops from "
        "Ukraine.",
        "Antonio Guterres",
        "Russia",
        "demanded",
        "102",
        "2022-03-01",
    )
    d.event(
        "Russian forces shelled Kharkiv overnight, killing at least nine civilians, regional officials said.",
        "Russian forces",
        None,
        "shelled",
        "195",
        "2022-03-01",
        where="Kharkiv",
    )
    d.events[-1]["target"] = {
        "text": "Kharkiv",
        "name": "Ukraine",
        "key": "UKR",
        "country": "UKR",
        "igo": None,
        "sector": "CVL",
        "role": None,
        "start": text.index("Kharkiv"),
        "end": text.index("Kharkiv") + 7,
    }
    d.event("Ukraine accused Russia of war crimes.", "Ukraine", "Russia", "accused", "112", "2022-03-01")
    d.quote("“The violence must stop now,”", "Guterres", "said")
    d.place("New York")
    d.quote("“We will defend every city,”", "Zelenskyy", "said")
    d.place("Kyiv")
    d.actor("UN")
    d.event(
        "The Kremlin denied that it would attack Kyiv.",
        None,
        "Kyiv",
        "attack",
        "190",
        None,
        negated=True,
        modality="future",
        unasserted=True,
        date_source="published",
        where="Kyiv",
    )
    d.unasserted[-1]["source"] = {
        "text": "The Kremlin",
        "name": "Russia",
        "key": "RUS",
        "country": "RUS",
        "igo": None,
        "sector": "GOV",
        "role": None,
        "start": text.index("The Kremlin"),
        "end": text.index("The Kremlin") + 11,
    }
    return d


def aid_ukraine():
    text = (
        "Volodymyr Zelenskyy appealed to the United States for air defence systems on March 10. "
        "The Pentagon delivered anti-tank missiles to Ukraine a week later, officials in Washington said. "
        "Russia threatened to strike the weapons convoys."
    )
    d = Doc("us-aid-ukraine-2022-03", "US weapons reach Ukraine", "2022-03-18", "Reuters", None, text)
    d.date("March 10", "2022-03-10")
    d.event(
        "Volodymyr Zelenskyy appealed to the United States for air defence systems on March 10.",
        "Volodymyr Zelenskyy",
        "United States",
        "appealed",
        "0234",
        "2022-03-10",
    )
    d.event(
        "The Pentagon delivered anti-tank missiles to Ukraine a week later, officials in Washington said.",
        "Pentagon",
        "Ukraine",
        "delivered",
        "072",
        "2022-03-17",
        where="Washington",
    )
    d.event(
        "Russia threatened to strike the weapons convoys.",
        "Russia",
        None,
        "threatened",
        "138",
        "2022-03-18",
        date_source="published",
    )
    d.events[-1]["target"] = {
        "text": "the weapons convoys",
        "name": "United States military",
        "key": "USA",
        "country": "USA",
        "igo": None,
        "sector": "MIL",
        "role": None,
        "start": text.index("the weapons convoys"),
        "end": text.index("the weapons convoys") + len("the weapons convoys"),
    }
    return d


def trade():
    text = (
        "The United States imposed new tariffs on Chinese goods on Friday, escalating the trade war. "
        "Beijing sharply criticized Washington for the move. Chinese and American negotiators met in "
        "Washington on Thursday but failed to reach a deal.\n\n"
        "“China will have to take necessary countermeasures,” Geng Shuang said. "
        "Washington could raise tariffs further if talks fail, an official warned."
    )
    d = Doc(
        "us-china-tariffs-2019-05-10",
        "US raises tariffs on Chinese goods",
        "2019-05-10",
        "Xinhua",
        "https://example.org/tariffs",
        text,
    )
    d.date("Friday", "2019-05-10")
    d.date("Thursday", "2019-05-09")
    d.event(
        "The United States imposed new tariffs on Chinese goods on Friday, escalating the trade war.",
        "United States",
        None,
        "imposed",
        "163",
        "2019-05-10",
    )
    d.events[-1]["target"] = {
        "text": "Chinese goods",
        "name": "China",
        "key": "CHN",
        "country": "CHN",
        "igo": None,
        "sector": "BUS",
        "role": None,
        "start": text.index("Chinese goods"),
        "end": text.index("Chinese goods") + len("Chinese goods"),
    }
    d.event(
        "Beijing sharply criticized Washington for the move.",
        "Beijing",
        "Washington",
        "criticized",
        "111",
        "2019-05-10",
    )
    d.event(
        "Chinese and American negotiators met in Washington on Thursday but failed to reach a deal.",
        None,
        None,
        "met",
        "046",
        "2019-05-09",
        where="Washington",
        mutual=True,
    )
    s = text.index("Chinese and American")
    d.events[-1]["source"] = {
        "text": "Chinese",
        "name": "China",
        "key": "CHN",
        "country": "CHN",
        "igo": None,
        "sector": "GOV",
        "role": None,
        "start": s,
        "end": s + 7,
    }
    s2 = text.index("American negotiators")
    d.events[-1]["target"] = {
        "text": "American",
        "name": "United States",
        "key": "USA",
        "country": "USA",
        "igo": None,
        "sector": "GOV",
        "role": None,
        "start": s2,
        "end": s2 + 8,
    }
    d.quote("“China will have to take necessary countermeasures,”", "Geng Shuang", "said")
    d.event(
        "Washington could raise tariffs further if talks fail, an official warned.",
        "Washington",
        None,
        "raise tariffs",
        "163",
        None,
        modality="hypothetical",
        unasserted=True,
        date_source="published",
    )
    return d


def senkaku():
    text = (
        "Chinese coast guard ships entered waters near the Senkaku Islands on August 5, 2020, "
        "and Japan lodged a protest with Beijing. The United States and Japan pledged to deepen defence "
        "cooperation at a meeting in Tokyo on October 6, 2020."
    )
    d = Doc(
        "senkaku-2020",
        "Chinese ships near Senkakus; Japan and US pledge defence cooperation",
        "2020-10-07",
        "Nikkei",
        None,
        text,
    )
    d.date("August 5, 2020", "2020-08-05")
    d.date("October 6, 2020", "2020-10-06")
    d.event(
        "Chinese coast guard ships entered waters near the Senkaku Islands on August 5, 2020, and Japan lodged "
        "a protest with Beijing.",
        "Chinese coast guard",
        "Japan",
        "entered waters",
        "152",
        "2020-08-05",
        where="Senkaku Islands",
    )
    d.event(
        "Chinese coast guard ships entered waters near the Senkaku Islands on August 5, 2020, and Japan lodged "
        "a protest with Beijing.",
        "Japan",
        "Beijing",
        "lodged a protest",
        "111",
        "2020-08-05",
    )
    d.event(
        "The United States and Japan pledged to deepen defence cooperation at a meeting in Tokyo on October 6, "
        "2020.",
        "United States",
        "Japan",
        "deepen defence cooperation",
        "062",
        "2020-10-06",
        where="Tokyo",
        mutual=True,
    )
    return d


def script_article():
    text = (
        "Readers posted <script>alert(1)</script> in the comment box of this page. "
        "The UN praised Japan for its relief work after the typhoon. "
        "“Thank you <b>Japan</b> & friends <img src=x onerror=alert(2)>,” Guterres said."
    )
    d = Doc(
        "xss-test-article",
        "Comment <script>alert('title')</script> & UN praise",
        "2019-10-20",
        "<i>Blog</i>",
        "javascript:alert(3)",
        text,
    )
    d.event(
        "The UN praised Japan for its relief work after the typhoon.",
        "UN",
        "Japan",
        "praised",
        "051",
        "2019-10-20",
        date_source="published",
    )
    d.quote("“Thank you <b>Japan</b> & friends <img src=x onerror=alert(2)>,”", "Guterres", "said")
    return d


def main():
    docs = [seed(), osaka(), vladivostok(), kharkiv(), aid_ukraine(), trade(), senkaku(), script_article()]
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d.record(), ensure_ascii=False) + "\n")
    with open(HERE / "articles_v2.jsonl", "w", encoding="utf-8") as f:  # the seed article, text updated
        f.write(json.dumps(seed(text_variant=True).record(), ensure_ascii=False) + "\n")
    raw = [
        {
            "id": "raw-1",
            "title": "Japan and Russia hold talks",
            "published": "2019-02-01",
            "text": "Japan and Russia held talks in Tokyo on Friday.",
        }
    ]
    with open(HERE / "raw_articles.jsonl", "w", encoding="utf-8") as f:
        for r in raw:
            f.write(json.dumps(r) + "\n")
    for d in docs:  # check every offset
        rec = d.record()
        t = rec["article"]["text"]
        for a in rec["actors"] + rec["places"] + rec["dates"]:
            assert t[a["start"] : a["end"]] == a["text"], a
        for ev in rec["events"] + rec["unasserted_events"]:
            for side in ("source", "target"):
                if ev[side]:
                    assert t[ev[side]["start"] : ev[side]["end"]] == ev[side]["text"], ev
            for e in ev["evidence"]:
                assert t[e["start"] : e["end"]] == e["sentence"]
                assert t[e["trigger_start"] : e["trigger_end"]] == e["trigger"]
        for q in rec["quotes"]:
            assert t[q["start"] : q["end"]] == q["text"]
    print("wrote", len(docs), "records")


if __name__ == "__main__":
    main()
