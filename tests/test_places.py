from __future__ import annotations


def test_places_city_country_and_coordinates(pipe):
    g = pipe.resources.gazetteer
    moscow = g.lookup("Moscow")
    assert moscow.country == "RUS" and abs(moscow.lat - 55.75) < 0.5 and moscow.kind == "city"
    sg = g.lookup("Singapore")
    assert sg.country == "SGP"


def test_places_extra_file_has_disputed_islands(pipe):
    k = pipe.resources.gazetteer.lookup("South Kuril islands")
    assert k is not None and k.country == "RUS" and "JPN" in k.countries_also and k.kind.startswith("island")


def test_places_ambiguous_city_prefers_article_context(pipe):
    g = pipe.resources.gazetteer
    default = g.lookup("Tripoli")
    assert default is not None
    in_lebanon = g.lookup("Tripoli", context={"LBN"})
    assert in_lebanon.country == "LBN"


def test_places_in_coded_article_carry_offsets(code):
    r = code("The first round of talks was held in Moscow on January 14.")
    (p,) = [p for p in r.places if p.name == "Moscow"]
    assert r.article.text[p.start : p.end] == "Moscow" and p.country == "RUS"


def test_places_country_short_names_from_the_actor_dictionary(pipe):
    """ "UK", "U.S." and "Britain" are places too: the gazetteer takes the dictionary's country aliases."""
    g = pipe.resources.gazetteer
    assert g.lookup("UK").country == "GBR" and g.lookup("Britain").country == "GBR"
    assert g.lookup("U.S.").country == "USA"


def test_places_the_dictionary_name_of_a_country_wins_over_pycountry(pipe, code):
    """ "Congo" in the news is the Democratic Republic of the Congo; pycountry's short name for the
    Republic of the Congo must not take it, as place or as actor."""
    g = pipe.resources.gazetteer
    assert g.lookup("Congo").country == "COD" and g.lookup("Republic of Congo").country == "COG"
    r = code("Rwanda denied that its troops had crossed into eastern Congo.", "2022-06-01")
    assert [p.country for p in r.places if p.name.endswith("Congo")] == ["COD"]
    r = code("Rwanda accused Congo of backing the rebels.", "2022-06-01")
    assert ("RWA", "COD", "112") in {(e.source.key, e.target.key, e.cameo) for e in r.events}


def test_places_country_alias_places_a_domestic_event(code):
    r = code("A man was arrested by police in Reading, UK, on Saturday.", "2020-06-22")
    assert {p.country for p in r.places} == {"GBR"}
    assert [(e.source.key, e.target.key, e.cameo[:2]) for e in r.events] == [("GBR", "GBR", "17")]


def test_places_a_seat_of_government_is_in_its_country(code):
    """ "near the White House": the actor dictionary's seat, not a namesake town abroad."""
    r = code("Protesters rallied near the White House on Saturday.", "2020-11-16")
    assert [p.country for p in r.places if p.text == "White House"] == ["USA"]


def test_places_ambiguous_name_settles_in_the_country_the_other_places_lead_with(code):
    # an English county beside two London districts; the same name alone is the larger US city
    r = code("Officers from Croydon and Brixton arrested a man in Norfolk on Sunday.")
    assert {p.text: p.country for p in r.places}["Norfolk"] == "GBR"
    r = code("The ship sailed from Norfolk on Sunday.")
    assert {p.text: p.country for p in r.places}["Norfolk"] == "USA"
    # a US state beside other states, and the actor its name stands for
    r = code("Lawsuits challenged the results in Georgia, Michigan and Arizona.")
    assert {p.text: p.country for p in r.places}["Georgia"] == "USA"
    assert all(a.key == "USA" for a in r.actors if a.text == "Georgia")
    r = code("Protesters marched in Tbilisi and Batumi, Georgia, on Sunday.")
    assert {p.text: p.country for p in r.places}["Georgia"] == "GEO"


def test_places_a_state_of_two_countries_after_a_town_is_the_one_the_town_is_in(code):
    # "Georgia" after a comma: the US state when the town before it (or one joined to it) is in the US only
    for text in (
        "The Secretary will go to Atlanta and Clarkston, Georgia, to meet refugee families.",
        "Refugee families met the envoy in Atlanta, Georgia, on Friday.",
    ):
        r = code(text)
        assert {p.text: p.country for p in r.places}["Georgia"] == "USA", text
        assert all(a.key == "USA" for a in r.actors if a.text == "Georgia"), text
    r = code("Observers met voters in Batumi, Georgia, on Friday.")
    assert {p.text: p.country for p in r.places}["Georgia"] == "GEO"


def test_places_a_region_of_several_countries_has_none(pipe):
    sahel = pipe.resources.gazetteer.lookup("Sahel")
    assert sahel is not None and sahel.country is None and "MLI" in sahel.countries_also


def test_places_a_region_the_ner_took_for_a_person_keeps_its_name(code):
    # "Tigray" tagged PERSON: the word before it ("northern") is no title, so the place is still found
    r = code(
        "The United Kingdom is concerned by reports that dozens of farmers were killed during a bombing "
        "of a village in northern Tigray on May 3."
    )
    assert ("Tigray", "ETH") in {(p.text, p.country) for p in r.places}


def test_places_first_level_regions_of_every_country(pipe):
    """ISO 3166-2 regions are places of their country ("Ontario" is not the Californian city); a name the
    regions of two countries share, or that is a big city elsewhere, is left to what it was."""
    g = pipe.resources.gazetteer
    assert g.lookup("Ontario").country == "CAN" and g.lookup("Ontario").kind == "region"
    assert g.lookup("Kerala").country == "IND" and g.lookup("Sindh").country == "PAK"
    assert g.lookup("Punjab") is None  # India's and Pakistan's
    assert g.lookup("Jerusalem").country == "ISR" and g.lookup("Jerusalem").kind == "city"
    assert g.lookup("Central") is None or g.lookup("Central").kind != "region"


def test_places_a_town_named_with_its_state_or_country_keys_its_actor_there(code):
    # the actor a town's name stands for takes the country the text names right after it, as its place does
    r = code("Palm Beach, Florida, approved a new budget for the sheriff on Monday.")
    assert {p.text: p.country for p in r.places}["Palm Beach"] == "USA"
    assert [a.key for a in r.actors if a.text == "Palm Beach"] == ["USA"]
    r = code("Police in Gloucester, England, arrested two men on Monday.")
    assert [a.key for a in r.actors if a.text == "Gloucester"] == ["GBR"]


def test_places_an_all_capitals_acronym_is_not_a_town_by_another_spelling(pipe, code):
    """ "DACA" (a U.S. programme) is not Dhaka, which geonames also spells "Daca": capitals match a place's
    own name ("WASHINGTON", "KYIV" in a dateline) or an all-capitals code, not a mixed-case alias."""
    g = pipe.resources.gazetteer
    assert g.lookup("Daca") is not None and g.lookup("Daca").country == "BGD"
    assert g.lookup("DACA") is None
    assert g.lookup("MOSCOW").country == "RUS" and g.lookup("UK").country == "GBR"
    r = code("The President calls on Congress to protect DACA recipients.")
    assert not any(e.target is not None and e.target.key == "BGD" for e in r.events)
    assert not any(p.country == "BGD" for p in r.places)


def test_places_a_region_named_for_all_its_countries_is_none_of_them(pipe, code):
    """ "the Korean Peninsula" is South and North Korea's: no one country as place or actor (no PRK->KOR
    commitment from "denuclearization of the Korean Peninsula"); "Donbas", named for neither, stays UKR."""
    g = pipe.resources.gazetteer
    kp = g.lookup("Korean Peninsula")
    assert kp is not None and kp.country is None and set(kp.countries_also) == {"KOR", "PRK"}
    assert g.lookup("Donbas").country == "UKR"
    r = code(
        "The Foreign Minister emphasized their shared commitment to the complete denuclearization of the "
        "Korean Peninsula."
    )
    assert not any(e.target is not None and e.target.text == "Korean Peninsula" for e in r.events)
