"""The French sentence splitter behind `quizapp new`: it must cut like a teacher."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.authoring.segment import segment, split_paragraphs, split_sentences
from quizapp.core.bank.loader import load_article
from tests.conftest import BANK, SHARED

SEED = SHARED / "seeds" / "000_cf8c6069eacca77c.txt"
NB = "\u00a0"


def test_seed_text_splits_like_the_teacher() -> None:
    paragraphs = segment(SEED.read_text(encoding="utf-8"))
    assert len(paragraphs) == 21  # one paragraph per line
    counts = [len(p) for p in paragraphs]
    assert counts == [1] * 11 + [2, 2] + [1] * 3 + [2] + [1] * 4
    assert paragraphs[11] == [
        "“Il n’y a rien d’inhabituel ici non plus”, a-t-il déclaré.",
        "“Tout d’abord, les États-Unis le font depuis des décennies. Ils déploient depuis "
        "longtemps leurs armes nucléaires tactiques sur le territoire de leurs pays alliés”.",
    ]
    # An opening quote never closed in its paragraph protects nothing.
    assert paragraphs[5] == [
        "“Nous restons engagés dans la défense collective de l’alliance de l’OTAN."
    ]
    assert paragraphs[12][1].startswith("La construction d’une installation")
    assert paragraphs[12][1].endswith("d’ici au 1er juillet, a ajouté le président Poutine.")
    assert paragraphs[16][1] == (
        "“Le Kremlin a pris le Belarus en otage nucléaire”, a écrit Oleksiy Danilov sur Twitter."
    )


def test_seed_text_splits_like_the_seed_bank_article() -> None:
    """The teacher who wrote the bank's seed article cut it by hand; we cut the same."""
    seed = SEED.read_text(encoding="utf-8")
    matching = []
    for path in sorted(BANK.rglob("*.yaml")):
        article = load_article(path)
        if " ".join(s.fr for s in article.sentences) == " ".join(seed.split()):
            matching.append(article)
    assert matching, "no article of the bank holds the seed text"
    for article in matching:
        assert segment(seed) == [[s.fr for s in p] for p in article.paragraphs]


def test_seed_text_round_trips() -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    assert [" ".join(p) for p in segment(text)] == lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles and initials
        ("M. Dupont est arrivé. Mme Martin aussi.", ["M. Dupont est arrivé.", "Mme Martin aussi."]),
        (
            "MM. Dupont et Durand sont là. Le Dr. House aussi.",
            ["MM. Dupont et Durand sont là.", "Le Dr. House aussi."],
        ),
        (
            "Le texte de J. Dupont est clair. J.-P. Sartre aussi.",
            ["Le texte de J. Dupont est clair.", "J.-P. Sartre aussi."],
        ),
        (
            "Mlle Roche et Ste Anne. St. Louis aussi.",
            ["Mlle Roche et Ste Anne.", "St. Louis aussi."],
        ),
        # eras, pages, cf., env., months
        (
            "Il est né en 52 av. J.-C. et mort en 14 apr. J.-C. Son fils régna ensuite.",
            ["Il est né en 52 av. J.-C. et mort en 14 apr. J.-C.", "Son fils régna ensuite."],
        ),
        ("Voir p. 12 et cf. Annexe. Fin.", ["Voir p. 12 et cf. Annexe.", "Fin."]),
        (
            "Il y a env. 300 habitants. Le 3 janv. 2020 ils partent.",
            ["Il y a env. 300 habitants.", "Le 3 janv. 2020 ils partent."],
        ),
        (
            "Voir l’art. 5 du code. C’est de l’art. Le public aime.",
            ["Voir l’art. 5 du code.", "C’est de l’art.", "Le public aime."],
        ),
        (
            "Il a des pommes, des poires, etc. Le lendemain il part.",
            ["Il a des pommes, des poires, etc.", "Le lendemain il part."],
        ),
        # ordinals and numbers
        (
            "Il a gagné 1 000 000 d’euros. 3,5 % de plus. Le XIXe siècle commence. "
            "Il est arrivé 2e. "
            "Le 1er mai arrive.",
            [
                "Il a gagné 1 000 000 d’euros.",
                "3,5 % de plus.",
                "Le XIXe siècle commence.",
                "Il est arrivé 2e.",
                "Le 1er mai arrive.",
            ],
        ),
        (
            "Il coûte 3.5 euros sur www.exemple.fr. Voilà.",
            ["Il coûte 3.5 euros sur www.exemple.fr.", "Voilà."],
        ),
        # ellipses, ?! and the French space before ! ? ; :
        ("Il hésita… Puis il partit... Enfin !", ["Il hésita…", "Puis il partit...", "Enfin !"]),
        (
            f"Vraiment{NB}?! Oui{NB}!? Non{NB}: peut-être{NB}; enfin.",
            [f"Vraiment{NB}?!", f"Oui{NB}!?", f"Non{NB}: peut-être{NB}; enfin."],
        ),
        ("Il a des idées… et des envies.", ["Il a des idées… et des envies."]),
        # quotations
        (
            f"Il a crié «{NB}Au secours{NB}!{NB}» Puis il est parti.",
            [f"Il a crié «{NB}Au secours{NB}!{NB}»", "Puis il est parti."],
        ),
        (
            f"«{NB}Tu viens{NB}?{NB}» demanda-t-il. Elle dit oui.",
            [f"«{NB}Tu viens{NB}?{NB}» demanda-t-il.", "Elle dit oui."],
        ),
        (
            "Il dit : « Je pars. Je reviens demain. » Elle sourit.",
            ["Il dit : « Je pars. Je reviens demain. »", "Elle sourit."],
        ),
        ("« Bonjour. » « Au revoir. »", ["« Bonjour. »", "« Au revoir. »"]),
        (
            'Il dit "Bonjour. Ça va ?" Puis il part. "Oui."',
            ['Il dit "Bonjour. Ça va ?"', "Puis il part.", '"Oui."'],
        ),
        (
            "« Il dit : “Non. Jamais.” Puis rien. » Fin.",
            ["« Il dit : “Non. Jamais.” Puis rien. »", "Fin."],
        ),
        ("« Nous restons engagés. Vraiment.", ["« Nous restons engagés.", "Vraiment."]),
        (
            "Il partit (il était tard. Très tard.) Le lendemain, rien.",
            ["Il partit (il était tard. Très tard.)", "Le lendemain, rien."],
        ),
        # omission marks and dialogue
        (
            "Nous […] resterons. Il a dit (...) Non. Fin.",
            ["Nous […] resterons.", "Il a dit (...) Non.", "Fin."],
        ),
        ("— Bonjour, dit-il. — Salut.", ["— Bonjour, dit-il.", "— Salut."]),
        (
            "Il arrive à 20 h. Demain, il part au XIXe s. pour rire. "
            "Le 11 sept. 2001 fut terrible.",
            [
                "Il arrive à 20 h.",
                "Demain, il part au XIXe s. pour rire.",
                "Le 11 sept. 2001 fut terrible.",
            ],
        ),
        ("Il part. (Il reviendra.) Fin.", ["Il part.", "(Il reviendra.)", "Fin."]),
        (
            "« Nous avons gagné […]. » Puis rien. « Pourquoi ? » Personne ne sait.",
            ["« Nous avons gagné […]. »", "Puis rien.", "« Pourquoi ? »", "Personne ne sait."],
        ),
        (
            "Ah ! mon Dieu. Louis XIV. Le roi. Jean-Paul II. Il prie.",
            ["Ah ! mon Dieu.", "Louis XIV.", "Le roi.", "Jean-Paul II.", "Il prie."],
        ),
        # no cut before a small letter, nor at the end
        ("Il en a. Elle en a aussi.", ["Il en a.", "Elle en a aussi."]),
        ("Une seule phrase sans point", ["Une seule phrase sans point"]),
    ],
)
def test_tricky_cases(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_whitespace_between_sentences_is_normalised_and_inner_kept() -> None:
    text = f"  Il  pleut{NB}!   Le ciel\test gris.\n"
    assert split_sentences(text) == [f"Il  pleut{NB}!", "Le ciel\test gris."]


def test_paragraphs_one_per_line() -> None:
    assert split_paragraphs("Un.\nDeux.\n\n") == ["Un.", "Deux."]
    assert split_paragraphs("\ufeffUn.\r\nDeux.\r\n") == ["Un.", "Deux."]


def test_paragraph_breaks_from_word_processors() -> None:
    assert split_paragraphs("Un.\u2029Deux.\u2028Trois.\rQuatre.") == [
        "Un.",
        "Deux.",
        "Trois.",
        "Quatre.",
    ]


def test_paragraphs_separated_by_blank_lines_join_wrapped_lines() -> None:
    text = "Premier paragraphe,\nsur deux lignes.\n \nDeuxième\n\n\n\nTroisième."
    assert split_paragraphs(text) == [
        "Premier paragraphe, sur deux lignes.",
        "Deuxième",
        "Troisième.",
    ]


def test_empty_text() -> None:
    assert segment("  \n\n ") == []
    assert split_sentences("   ") == []


WORDS = st.sampled_from(
    [
        "Il",
        "pleut",
        "M.",
        "Dupont",
        "«",
        "»",
        "“",
        "”",
        "(",
        ")",
        "…",
        "?!",
        "3,5",
        "1 000",
        "l’art.",
        "J.-C.",
        "Mme",
        "etc.",
        "Le",
        "fin.",
        "Non",
        "!",
        "?",
        "dit-il",
        '"',
        "[…]",
        "Élise",
        "1er",
        "p.",
        "12",
        "—",
        "a",
        "cf.",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.lists(st.sampled_from([" ", "  ", "\t"])))
def test_joining_sentences_gives_the_paragraph_back(words: list[str], gaps: list[str]) -> None:
    pieces = []
    for i, word in enumerate(words):
        pieces.append(word)
        pieces.append(gaps[i] if i < len(gaps) else " ")
    paragraph = "".join(pieces).strip()
    sentences = split_sentences(paragraph)
    assert all(s and s == s.strip() for s in sentences)
    # Only the whitespace between sentences may change.
    rebuilt = " ".join(sentences)
    assert re.sub(r"\s+", " ", rebuilt) == re.sub(r"\s+", " ", paragraph)
    pos = 0
    for s in sentences:
        found = paragraph.index(s, pos)
        assert paragraph[pos:found].strip() == ""
        pos = found + len(s)
    assert pos == len(paragraph)
