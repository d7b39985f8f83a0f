"""The shortened and transliterated names, and the event phrasings, the base also knows."""

from annotator.checks.analysis.mentions import find_mentions
from annotator.checks.kb.event_aliases import alias_variants
from annotator.checks.kb.model import default_kb
from annotator.checks.kb.names import NAME, PersonNames, name_table, short_forms, spellings, surname_of

from .helpers import rules_fired, shown_rules


def test_long_names_are_known_by_first_and_last_word():
    assert "recep erdogan" in short_forms("Recep Tayyip Erdoğan")
    assert "hafez assad" in short_forms("Hafez al-Assad")
    assert short_forms("Donald Trump") == set()
    assert short_forms("John Paul II") == set()  # a regnal number is no surname
    assert short_forms("Martin Luther King Jr.") == set()
    assert short_forms("Kim Jong-un", ["North Korea"]) == set()  # family name first


def test_a_full_name_wins_over_a_short_form():
    table = name_table(
        [PersonNames("a", "Maria Silva", (), ()), PersonNames("b", "Maria da Graça Silva", (), ())]
    )
    assert table["maria silva"] == (NAME, frozenset({"a"}))
    assert table["maria da graca silva"] == (NAME, frozenset({"b"}))


def test_umlauts_are_also_read_transliterated():
    assert {"arpad goncz", "arpad goencz"} <= spellings("Árpád Göncz")
    assert spellings("Helmut Kohl") == {"helmut kohl"}


def test_a_surname_is_also_read_with_its_umlaut_transliterated():
    assert {"schröder", "schroder", "schroeder"} == surname_of("Gerhard Schröder")
    assert surname_of("Helmut Kohl") == {"kohl"}


def test_a_transliterated_surname_finds_the_holder_by_title():
    # Schröder became chancellor on 1998-10-27; in February 1998 Kohl was.
    text = "The figures came at a bad time for Chancellor Schroeder."
    assert shown_rules(text, "1998-02-05") == ["office-term"]
    assert shown_rules(text, "1999-02-05") == []


def test_an_abbreviated_month_names_an_event_as_the_full_one():
    assert {"sept 11 attacks", "sep 11 attacks"} <= alias_variants("September 11 attacks")
    assert alias_variants("September") == {"september"}  # a month alone is no event
    text = "Today is the {} anniversary of the Sept. 11 attacks."
    assert shown_rules(text.format("15th"), "2017-09-11") == ["elapsed-time"]
    assert shown_rules(text.format("16th"), "2017-09-11") == []
    # the full stop of an abbreviation outside a date still ends a phrase
    assert shown_rules("He left in Sept. Attacks came later.", "2017-09-11") == []


def test_shipped_base_finds_short_and_transliterated_names():
    kb = default_kb()
    assert [p.name for p in kb.find_people("Recep Erdogan")] == ["Recep Tayyip Erdoğan"]
    assert [p.name for p in kb.find_people("Arpad Goencz")] == ["Árpád Göncz"]


def test_founding_nouns_and_timing_words_vary_an_alias():
    assert {"creation of nato", "formation of nato", "founding of nato"} <= alias_variants("founding of NATO")
    assert "nato s creation" in alias_variants("NATO's founding")
    assert "trump s upcoming inauguration" in alias_variants("Trump's inauguration")
    # a founding noun only varies before "of" or after a possessive
    assert alias_variants("Founding Fathers") == {"founding fathers"}


def test_mentions_find_the_varied_event_phrasings():
    kb = default_kb()
    text = "The creation of NATO came first; Trump's upcoming inauguration was next."
    found = {(e.text, e.events[0].id) for e in find_mentions(text, kb).events}
    assert ("creation of NATO", "north-atlantic-treaty") in found
    assert any(t == "Trump's upcoming inauguration" for t, _ in found)


def test_title_of_a_country_then_the_name_after_a_comma():
    kb = default_kb()
    text = "Both the former President of Turkey, Recep Tayyip Erdogan, and others warned."
    [mention] = find_mentions(text, kb).people
    assert mention.text == "the former President of Turkey, Recep Tayyip Erdogan"
    assert (mention.title, mention.modifier, mention.organisations) == ("president", "former", ("Turkey",))
    assert [p.name for p in mention.people] == ["Recep Tayyip Erdoğan"]
    uk = find_mentions("The Prime Minister of the United Kingdom, Boris Johnson, said so.", kb).people
    assert [(m.name, m.organisations) for m in uk] == [("Boris Johnson", ("United Kingdom",))]
    # a list of countries after the title names nobody
    assert find_mentions("The President of France, Germany and Italy met.", kb).people == []


def test_an_honorific_between_title_and_name_is_passed_over():
    kb = default_kb()
    [mention] = find_mentions("Vice-President-elect Pastor Pence spoke.", kb).people
    assert mention.title == "vice president elect"
    assert [p.name for p in mention.people] == ["Mike Pence"]
    [mention] = find_mentions("Cambodian Prime Minister Prince Norodom Ranariddh spoke.", kb).people
    assert (mention.organisations, [p.name for p in mention.people]) == (("Cambodia",), ["Norodom Ranariddh"])


def test_a_name_whose_accented_letters_were_lost_is_still_found():
    assert "enrique pe a nieto" in spellings("Enrique Peña Nieto")
    # A letter lost at the start of a word leaves too little to go on.
    assert not any("rp" in key.split() for key in spellings("Árpád Göncz"))
    text = "This followed a January call between Trump and Mexico s former President Enrique Pe a Nieto."
    assert rules_fired(text, "2017-08-04") == ["office-term"]


def test_a_generational_suffix_the_base_does_not_list_names_another_person():
    # Ferdinand Marcos was President of the Philippines 1965-1986, his son Ferdinand Marcos
    # Jr. (Bongbong Marcos) since 2022-06-30; Joseph P. Kennedy II and III are different people
    # (Wikipedia: President of the Philippines; Joseph P. Kennedy III).
    assert shown_rules("President Ferdinand Marcos Jr. was sworn in on Thursday.", "2022-07-01") == []
    sworn_in = "Former Rep. Joseph P. Kennedy II said on Tuesday he would back the bill."
    assert shown_rules(sworn_in, "2016-05-10") == []
    kb = default_kb()
    (mention,) = find_mentions("President Ferdinand Marcos Jr. spoke.", kb).people
    assert [p.name for p in mention.people] == ["Bongbong Marcos"]
    assert find_mentions("Mr. Ferdinand Marcos Sr. spoke.", kb).people == []
    # the son's own wrong titles are still found under the name the base lists for him
    wrong = "Former President Ferdinand Marcos Jr. said on Tuesday the US would gain access to more bases."
    assert shown_rules(wrong, "2023-02-01") == ["office-term"]
    assert shown_rules("President Ferdinand Marcos Jr. said on Tuesday it was time.", "2019-02-01") == [
        "office-term"
    ]
    father = "President Ferdinand Marcos said on Tuesday it was time."
    assert shown_rules(father, "1990-02-01") == ["office-term"]


def test_a_leader_who_served_twice_is_known_in_both_terms():
    # Shehbaz Sharif: Prime Minister of Pakistan 2022-04-11 to 2023-08-14 and since 2024-03-04
    # (Wikipedia: Prime Minister of Pakistan).
    elected = "Prime Minister Shehbaz Sharif was elected on Monday after Imran Khan was ousted."
    assert shown_rules(elected, "2022-04-11") == []
    wrong = "Former Prime Minister Shehbaz Sharif said on Tuesday the cabinet would be sworn in."
    assert shown_rules(wrong, "2022-04-20") == ["office-term"]
    assert shown_rules(wrong, "2023-12-05") == []


def test_an_act_named_by_its_verb_is_also_found_in_the_passive():
    assert "comey was fired" in alias_variants("Trump fired Comey")
    assert "crimea was annexed" in alias_variants("annexed Crimea")
    assert alias_variants("firing of Comey") == {"firing of comey"}
    wrong = "Just after former FBI Director James Comey was fired on May 19, Holder tweeted."
    assert shown_rules(wrong, "2017-06-30") == ["event-date"]
    right = "Just after former FBI Director James Comey was fired on May 9, Holder tweeted."
    assert shown_rules(right, "2017-06-30") == []


def test_a_name_may_begin_with_any_latin_capital():
    # Ľudovít Ódor was Prime Minister of Slovakia 2023-05-15 to 2023-10-25, Đuro Macut of
    # Serbia since 2025-04-16 (Wikipedia).
    odor = "Former Prime Minister Ľudovít Ódor said on Monday that the government would not change course."
    assert shown_rules(odor, "2023-08-08") == ["office-term"]
    assert shown_rules(odor, "2024-03-05") == []
    macut = "Former Prime Minister Đuro Macut said on Monday that the government would not change course."
    assert shown_rules(macut, "2025-07-01") == ["office-term"]
    (mention,) = find_mentions("President Čaputová said on Monday.", default_kb()).people
    assert [p.name for p in mention.people] == ["Zuzana Čaputová"]
