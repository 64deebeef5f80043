"""The glossing engine on the seed article's hard cases, with a teacher's glossary."""

from __future__ import annotations

import itertools
import time

import pytest

from quizapp.core.gloss.index import GlossHit, GlossIndex
from quizapp.core.gloss.tokenize import TokenKind
from quizapp.core.model import Article, GlossEntry, GlossMatch, Level, Sentence

# Sentences of /work/shared/seeds/000_cf8c6069eacca77c.txt, as the teacher split them.
SEED = {
    "s1": "La Russie va stationner des armes nucléaires tactiques au Belarus, a déclaré le "
    "président Vladimir Poutine.",
    "s2": "Le président Poutine a déclaré que cette initiative ne violerait pas les accords de "
    "non-prolifération nucléaire et l’a comparée au stationnement d’armes par les États-Unis en "
    "Europe, selon les médias d’État russes.",
    "s3": "Moscou ne transférerait pas le contrôle de ses armes à Minsk, a-t-il ajouté.",
    "s4": "Les États-Unis ont déclaré qu’ils ne pensaient pas que la Russie se préparait à "
    "utiliser les armes nucléaires après l’annonce.",
    "s6": "“Nous restons engagés dans la défense collective de l’alliance de l’OTAN.",
    "s7": "Le Belarus partage une longue frontière avec l’Ukraine, ainsi qu’avec la Pologne, la "
    "Lituanie et la Lettonie, membres de l’OTAN.",
    "s9": "Après l’effondrement de l’Union soviétique en 1991, les armes ont été basées dans "
    "quatre États nouvellement indépendants – la Russie, l’Ukraine, le Belarus et le Kazakhstan – "
    "et le transfert de toutes les ogives vers la Russie s’est achevé en 1996.",
    "s10": "Le régime biélorusse est un allié fidèle du Kremlin et un partisan de l’invasion de "
    "l’Ukraine.",
    "s11": "Le président Poutine a déclaré samedi à la télévision publique russe que le dirigeant "
    "biélorusse Alexandre Loukachenko avait depuis longtemps soulevé la question du stationnement "
    "d’armes nucléaires tactiques au Belarus.",
    "s12": "Ils déploient depuis longtemps leurs armes nucléaires tactiques sur le territoire de "
    "leurs pays alliés”.",
    "s13": "La construction d’une installation de stockage d’armes nucléaires tactiques au Belarus "
    "sera achevée d’ici au 1er juillet, a ajouté le président Poutine.",
    "s16": "… doivent retirer toutes les armes nucléaires déployées à l’étranger”.",
    "s17": "Dimanche, un haut conseiller en matière de sécurité du président ukrainien Volodymyr "
    "Zelensky a déclaré que les projets de la Russie constituaient un “pas vers la "
    "déstabilisation interne” du Belarus et a prédit que le sentiment antirusse allait "
    "s’accroître dans le pays. “Le Kremlin a pris le Belarus en otage nucléaire”, a écrit Oleksiy "
    "Danilov sur Twitter.",
    "s20": "En début de semaine, quelque 18 pays ont signé un accord visant à fournir au pays "
    "déchiré par la guerre au moins un million d’obus d’artillerie au cours de l’année prochaine.",
    "s21": "Toutefois, dans une interview accordée à un journal japonais, le président Zelensky a "
    "déclaré que l’Ukraine ne pourrait pas lancer une éventuelle contre-offensive dans l’est du "
    "pays tant qu’elle n’aurait pas reçu de nouvelles munitions.",
}

GLOSSARY = (
    ("stationner", "to station"),
    ("arme", "weapon"),
    ("arme nucléaire tactique", "tactical nuclear weapon"),
    ("nucléaire", "nuclear"),
    ("déclarer", "to declare"),
    ("l’OTAN", "NATO"),
    ("transférer", "to transfer"),
    ("déployer", "to deploy"),
    ("Loukachenko", "Lukashenko"),
    ("ogive", "warhead"),
    ("d’ici au", "by (a date)"),
    ("tant que", "as long as"),
    ("en début de semaine", "earlier this week"),
    ("depuis longtemps", "for a long time"),
    ("États-Unis", "the United States"),
    ("s'accroître", "to grow"),
    ("en matière de", "in matters of"),
    ("constituer", "to constitute"),
    ("ils", "they"),
    ("que", "that"),
    ("ajouter", "to add"),
    ("il", "he"),
    ("s’achever", "to end"),
    ("stationnement", "stationing"),
)


def entry(fr: str, en: str = "", **kw) -> GlossEntry:
    return GlossEntry(fr, en or f"({fr})", **kw)


def article(sentences: dict[str, str], glossary) -> Article:
    return Article(
        id="test",
        title="Test",
        level=Level.B2,
        sentences=tuple(Sentence(sid, fr, "") for sid, fr in sentences.items()),
        questions=(),
        glossary=tuple(glossary),
    )


@pytest.fixture(scope="module")
def seed() -> Article:
    return article(SEED, [entry(fr, en, line=i + 1) for i, (fr, en) in enumerate(GLOSSARY)])


def covered(art: Article, sid: str, word: str, nth: int = 0) -> tuple[str, str] | None:
    """(text of the span, headword) of the hit a click on `word` returns."""
    text = art.sentence(sid).fr
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(word, offset + 1)
    hit = art.gloss_at(sid, offset + len(word) // 2)
    return None if hit is None else (text[hit.start : hit.end], hit.entry.fr)


def test_an_inflected_verb_glosses_as_its_infinitive(seed):
    assert seed.gloss("s3", "transférerait").en == "to transfer"
    assert covered(seed, "s3", "transférerait") == ("transférerait", "transférer")
    assert covered(seed, "s1", "déclaré") == ("déclaré", "déclarer")
    assert covered(seed, "s17", "constituaient") == ("constituaient", "constituer")


def test_a_click_inside_an_expression_returns_all_of_it(seed):
    expected = ("armes nucléaires tactiques", "arme nucléaire tactique")
    for word in ("armes", "nucléaires", "tactiques"):
        assert covered(seed, "s1", word) == expected
    assert seed.gloss("s1", "nucléaires").en == "tactical nuclear weapon"
    # Elsewhere the shorter entries still gloss the words on their own.
    assert covered(seed, "s4", "nucléaires") == ("nucléaires", "nucléaire")
    assert covered(seed, "s3", "armes") == ("armes", "arme")


def test_the_whole_span_answers_every_character_of_its_words(seed):
    text = seed.sentence("s1").fr
    start = text.index("armes")
    hit = seed.gloss_at("s1", start)
    assert isinstance(hit, GlossHit)
    assert text[hit.start : hit.end] == "armes nucléaires tactiques"
    for offset in range(hit.start, hit.end):
        if text[offset] != " ":
            assert seed.gloss_at("s1", offset) == hit
    assert seed.gloss_at("s1", text.index(" nucléaires")) is None  # the space between


def test_elided_article_in_the_headword(seed):
    assert covered(seed, "s6", "OTAN") == ("l’OTAN", "l’OTAN")
    text = seed.sentence("s6").fr
    assert seed.gloss_at("s6", text.index("l’OTAN")).entry.fr == "l’OTAN"  # a click on « l’ »
    for word in ("l’OTAN", "l'OTAN", "OTAN", "otan"):
        assert seed.gloss("s6", word).en == "NATO", word


def test_elided_article_in_the_text_only():
    art = article({"s6": SEED["s6"]}, [entry("OTAN", "NATO")])
    assert covered(art, "s6", "OTAN") == ("OTAN", "OTAN")
    text = art.sentence("s6").fr
    assert art.gloss_at("s6", text.index("l’OTAN")) is None  # « l’ » alone is not NATO
    assert art.gloss("s6", "l’OTAN").en == "NATO"  # the word, not its elision


def test_elisions_and_pronouns(seed):
    assert covered(seed, "s4", "ils") == ("ils", "ils")
    assert covered(seed, "s4", "qu’") == ("qu’", "que")
    assert seed.gloss("s4", "qu’ils").fr == "ils"  # the word, rather than its elision
    assert seed.gloss("s12", "Ils").fr == "ils"  # sentence-initial capital


def test_inverted_pronoun(seed):
    text = seed.sentence("s3").fr
    assert covered(seed, "s3", "ajouté") == ("ajouté", "ajouter")
    assert covered(seed, "s3", "-t-il", nth=0) is None  # the middle of « -t- »
    assert seed.gloss_at("s3", text.index("-t-il") + 3) == seed.gloss_at(
        "s3", text.index("-t-il") + 4
    )
    assert covered(seed, "s3", "il") == ("il", "il")
    index = seed.gloss_index
    assert index.word_at("s3", text.index("-t-") + 1) is None
    assert index.word_at("s3", text.index("-t-") + 3).text == "il"
    assert index.word_at("s3", text.index("a-t-il")).text == "a"
    assert seed.gloss("s3", "a-t-il").fr == "il"  # « a » is not glossed, « il » is


def test_proper_names_and_compounds(seed):
    assert covered(seed, "s11", "Loukachenko") == ("Loukachenko", "Loukachenko")
    assert covered(seed, "s2", "États-Unis") == ("États-Unis", "États-Unis")
    assert covered(seed, "s4", "États-Unis") == ("États-Unis", "États-Unis")
    assert seed.gloss("s4", "États-Unis").en == "the United States"
    assert seed.gloss("s9", "États") is None  # « États nouvellement indépendants »


def test_plurals_and_simplemma_quirks(seed):
    assert covered(seed, "s9", "ogives") == ("ogives", "ogive")
    assert covered(seed, "s12", "déploient") == ("déploient", "déployer")
    # simplemma reads « déployées » as the adjective « déployé »: still the verb's entry.
    assert covered(seed, "s16", "déployées") == ("déployées", "déployer")
    assert covered(seed, "s13", "achevée") == ("achevée", "s’achever")
    assert covered(seed, "s9", "achevé") == ("achevé", "s’achever")


def test_multiword_expressions(seed):
    assert covered(seed, "s13", "ici") == ("d’ici au", "d’ici au")
    assert covered(seed, "s13", "d’ici") == ("d’ici au", "d’ici au")
    assert covered(seed, "s21", "tant") == ("tant qu’", "tant que")
    assert covered(seed, "s20", "début") == ("En début de semaine", "en début de semaine")
    assert covered(seed, "s11", "longtemps") == ("depuis longtemps", "depuis longtemps")
    assert covered(seed, "s12", "depuis") == ("depuis longtemps", "depuis longtemps")
    assert covered(seed, "s17", "matière") == ("en matière de", "en matière de")
    assert covered(seed, "s17", "accroître") == ("s’accroître", "s'accroître")


def test_a_lemma_entry_does_not_match_a_derived_word(seed):
    assert covered(seed, "s2", "stationnement") == ("stationnement", "stationnement")
    art = article({"s2": SEED["s2"]}, [entry("stationner")])
    assert covered(art, "s2", "stationnement") is None


def test_unglossed_words_and_non_words(seed):
    text = seed.sentence("s1").fr
    assert seed.gloss_at("s1", text.index("Russie")) is None
    index = seed.gloss_index
    assert index.word_at("s1", text.index("Russie") + 2).text == "Russie"
    assert index.word_at("s1", text.index(",")) is None
    assert seed.gloss_at("s1", text.index(",")) is None
    assert seed.gloss_at("s1", text.index(" ")) is None
    for offset in (-1, len(text), len(text) + 5, 10**9):
        assert seed.gloss_at("s1", offset) is None
        assert index.word_at("s1", offset) is None
    assert seed.gloss("s1", "Russie") is None
    assert seed.gloss("s1", "") is None
    assert seed.gloss("s1", " , ") is None


def test_a_word_missing_from_the_sentence_is_matched_alone(seed):
    assert seed.gloss("s1", "ogives").fr == "ogive"  # not in s1: single-word entries
    assert seed.gloss("s1", "Transférait").fr == "transférer"
    assert seed.gloss("s3", "armes nucléaires tactiques").fr == "arme nucléaire tactique"
    assert seed.gloss("s1", "xyzzy") is None


def test_gloss_uses_the_first_occurrence(seed):
    # In s12, « armes » is inside the expression; the article's first « armes » of s3 is alone.
    assert seed.gloss("s12", "armes").fr == "arme nucléaire tactique"
    assert seed.gloss("s3", "armes").fr == "arme"


def test_unknown_sentence_is_a_clear_key_error(seed):
    index = seed.gloss_index
    for call in (
        lambda: index.gloss("nope", "armes"),
        lambda: index.gloss_at("nope", 0),
        lambda: index.word_at("nope", 0),
        lambda: index.hits("nope"),
        lambda: index.tokens("nope"),
    ):
        with pytest.raises(KeyError, match="no sentence 'nope'"):
            call()


def test_hits_are_sorted_and_disjoint(seed):
    for sid in SEED:
        hits = seed.gloss_index.hits(sid)
        text = seed.sentence(sid).fr
        for before, after in itertools.pairwise(hits):
            assert before.end <= after.start
        for hit in hits:
            assert 0 <= hit.start < hit.end <= len(text)
    assert [seed.sentence("s13").fr[h.start : h.end] for h in seed.gloss_index.hits("s13")] == [
        "armes nucléaires tactiques",
        "achevée",
        "d’ici au",
        "ajouté",
    ]


def test_tokens_are_offered_for_the_view(seed):
    tokens = seed.gloss_index.tokens("s3")
    assert [t.text for t in tokens][:3] == ["Moscou", "ne", "transférerait"]
    assert any(t.kind is TokenKind.LINK for t in tokens)


def test_longest_match_wins_then_the_closer_then_the_first_listed():
    text = {"s1": "Les armes nucléaires tactiques au Belarus."}
    art = article(text, [entry("arme nucléaire", "A"), entry("nucléaire tactique", "B")])
    assert covered(art, "s1", "nucléaires") == ("armes nucléaires", "arme nucléaire")
    art = article(text, [entry("nucléaire tactique", "B"), entry("arme nucléaire", "A")])
    assert covered(art, "s1", "nucléaires") == ("nucléaires tactiques", "nucléaire tactique")
    art = article(
        text, [entry("arme", "lemma"), entry("armes", "as written", match=GlossMatch.EXACT)]
    )
    assert covered(art, "s1", "armes")[1] == "armes"  # same length: the closer match
    art = article(text, [entry("arme", "first"), entry("arme", "second")])
    assert art.gloss("s1", "armes").en == "first"


def test_exact_entries_match_only_as_written():
    text = {
        "s10": SEED["s10"],
        "s21": SEED["s21"],
        "s9": SEED["s9"],
    }
    art = article(text, [entry("l’est", "the east", match=GlossMatch.EXACT)])
    assert covered(art, "s21", "est") == ("l’est", "l’est")
    assert covered(art, "s10", "est") is None  # « est un allié » is être
    assert covered(art, "s9", "est") is None
    art = article(text, [entry("été", "summer", match=GlossMatch.EXACT)])
    assert covered(art, "s9", "été") == ("été", "été")
    assert covered(art, "s10", "est") is None  # a lemma entry « été » would gloss it (être)
    art = article(text, [entry("Été", "summer")])
    assert covered(art, "s10", "est") == ("est", "Été")  # which is why `exact` exists


def test_forms_always_match_by_surface():
    text = {"s7": SEED["s7"], "s17": SEED["s17"]}
    art = article(
        text,
        [
            entry("prendre en otage", "to take hostage", forms=("a pris le Belarus en otage",)),
            entry("partager", "to share", forms=("PARTAGE",)),
            entry("Lettonie", "Latvia", forms=("Lettonie",)),
        ],
    )
    assert covered(art, "s17", "otage") == ("a pris le Belarus en otage", "prendre en otage")
    assert covered(art, "s7", "partage") == ("partage", "partager")


def test_elisions_inside_an_expression():
    art = article(
        {"s1": "Un expert en matière d’armes et la prise d’otages."},
        [entry("en matière de"), entry("prise de otage")],
    )
    assert covered(art, "s1", "matière") == ("en matière d’", "en matière de")
    assert covered(art, "s1", "otages") == ("prise d’otages", "prise de otage")


def test_apostrophe_variants_and_case_are_ignored():
    art = article(
        {"s1": "Jusqu'à l'OTAN, aujourd’hui.", "s2": "JUSQU’À L’OTAN, AUJOURD'HUI."},
        [entry("jusqu’à"), entry("L'otan"), entry("aujourd'hui")],
    )
    for sid in ("s1", "s2"):
        assert [h.entry.fr for h in art.gloss_index.hits(sid)] == [
            "jusqu’à",
            "L'otan",
            "aujourd'hui",
        ]


def test_the_index_is_built_once_per_article(seed):
    assert seed.gloss_index is seed.gloss_index
    assert isinstance(seed.gloss_index, GlossIndex)


def test_an_article_without_glossary_glosses_nothing():
    art = article({"s1": SEED["s1"]}, [])
    assert art.gloss_index.hits("s1") == []
    assert art.gloss("s1", "armes") is None
    assert art.gloss_index.word_at("s1", 0).text == "La"


def test_verb_forms_simplemma_reads_as_nouns_still_match_the_verb():
    text = {"s7": SEED["s7"]}
    art = article(text, [entry("partager", "to share")])
    assert covered(art, "s7", "partage") == ("partage", "partager")
    both = article(text, [entry("partager", "to share"), entry("partage", "sharing")])
    assert covered(both, "s7", "partage") == ("partage", "partage")  # the closer match


def test_function_words_keep_their_own_lemma():
    art = article({"s12": SEED["s12"]}, [entry("son", "his, her")])
    assert covered(art, "s12", "leurs") is None  # simplemma says « leur » → « son »
    art = article({"s1": "Il part."}, [entry("lui", "him")])
    assert covered(art, "s1", "Il") is None  # simplemma says « Il » → « lui »


def test_punctuation_in_a_headword_must_be_in_the_text():
    text = {"s1": "Tout d’abord, les armes. Tout d’abord les armes, nucléaires."}
    art = article(text, [entry("Tout d’abord,", "first of all"), entry("arme nucléaire")])
    assert [text["s1"][h.start : h.end] for h in art.gloss_index.hits("s1")] == ["Tout d’abord,"]


def test_pathological_elisions_stay_fast():
    headword = "l’" * 30 + "x"
    text = "l’" * 60 + "y " + "d’" * 30 + " " + headword + " " + "l’" * 3000 + "z"
    art = article({"s1": text}, [entry(headword), entry("arme z"), entry("mot " * 200)])
    started = time.perf_counter()
    hits = art.gloss_index.hits("s1")
    assert time.perf_counter() - started < 1.0
    assert [text[h.start : h.end] for h in hits] == [headword]


@pytest.mark.parametrize(
    ("headword", "sentence", "word"),
    [
        ("ogive", "le transfert de toutes les ogives vers la Russie", "ogives"),
        ("déployer", "Ils déploient depuis longtemps leurs armes", "déploient"),
        ("transférer", "Moscou ne transférerait pas le contrôle", "transférerait"),
        ("constituer", "les projets de la Russie constituaient un pas", "constituaient"),
        ("Loukachenko", "le dirigeant biélorusse Alexandre Loukachenko avait", "Loukachenko"),
        ("nucléaire", "utiliser les armes nucléaires après l’annonce", "nucléaires"),
        ("arme", "utiliser les armes nucléaires après l’annonce", "armes"),
        ("pays", "Moscou aura basé des armes nucléaires en dehors du pays.", "pays"),
        ("fois", "Ce sera la première fois depuis le milieu des années 1990", "fois"),
        ("être", "Le régime biélorusse est un allié fidèle du Kremlin", "est"),
        ("être", "les armes ont été basées dans quatre États", "été"),
        ("OTAN", "la Lettonie, membres de l’OTAN.", "OTAN"),
    ],
)
def test_simplemma_quirks_of_the_seed_words(headword, sentence, word):
    art = article({"s1": sentence}, [entry(headword)])
    assert covered(art, "s1", word) == (word, headword)


def test_ligatures_match_their_spelled_out_form():
    art = article(
        {"s1": "Au cœur de l’Œuvre.", "s2": "Au coeur de l’Oeuvre."},
        [entry("coeur"), entry("œuvre")],
    )
    for sid in ("s1", "s2"):
        assert [h.entry.fr for h in art.gloss_index.hits(sid)] == ["coeur", "œuvre"]
