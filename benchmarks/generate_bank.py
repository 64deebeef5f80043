"""Synthetic but realistic question banks of any size, for the benchmarks.

Run `python -m benchmarks.generate_bank DIR --articles 300`. Each file is a
valid format-1 article: 12 to 40 French sentences built from a phrasebook
(subjects, verbs, objects and circumstances, with their English), grouped in
paragraphs, a glossary of nouns that occur in the passage, settings, and one
question of each of the 8 types (plus a few more on long articles), each with
its evidence. The same seed always gives the same bank.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

# (French, English, plural?)
SUBJECTS = [
    ("Le gouvernement", "The government", False),
    ("La ministre de l’Éducation", "The education minister", False),
    ("Les habitants de Lyon", "The people of Lyon", True),
    ("Une équipe de chercheurs", "A team of researchers", False),
    ("Le maire de Marseille", "The mayor of Marseille", False),
    ("Les agriculteurs bretons", "Breton farmers", True),
    ("La direction de l’hôpital", "The hospital management", False),
    ("Les syndicats", "The unions", True),
    ("Une association locale", "A local association", False),
    ("Le président du club", "The club president", False),
    ("Les élèves du lycée", "The high-school pupils", True),
    ("L’entreprise", "The company", False),
    ("Les députés", "The members of parliament", True),
    ("La région", "The region", False),
    ("Des scientifiques européens", "European scientists", True),
    ("Le conseil municipal", "The town council", False),
]
# (singular, plural, English singular, English plural)
VERBS = [
    ("annonce", "annoncent", "announces", "announce"),
    ("prépare", "préparent", "is preparing", "are preparing"),
    ("critique", "critiquent", "criticises", "criticise"),
    ("finance", "financent", "funds", "fund"),
    ("défend", "défendent", "defends", "defend"),
    ("propose", "proposent", "proposes", "propose"),
    ("soutient", "soutiennent", "supports", "support"),
    ("étudie", "étudient", "is studying", "are studying"),
    ("refuse", "refusent", "rejects", "reject"),
    ("présente", "présentent", "presents", "present"),
]
# (French, English, glossed noun, its English)
OBJECTS = [
    ("un nouveau plan pour les écoles", "a new plan for schools", "plan", "plan"),
    ("la construction d’un pont", "the building of a bridge", "pont", "bridge"),
    ("une réforme des retraites", "a pension reform", "réforme", "reform"),
    ("le projet de piste cyclable", "the cycle-lane project", "piste", "track, lane"),
    ("une hausse des salaires", "a rise in wages", "hausse", "rise, increase"),
    ("la fermeture de la gare", "the closure of the station", "gare", "railway station"),
    ("un budget pour la culture", "a budget for culture", "budget", "budget"),
    ("la rénovation du musée", "the renovation of the museum", "musée", "museum"),
    ("une étude sur la pollution", "a study on pollution", "pollution", "pollution"),
    ("le déménagement de la mairie", "the move of the town hall", "mairie", "town hall"),
    ("un accord avec les voisins", "an agreement with the neighbours", "accord", "agreement"),
    ("la vente du stade", "the sale of the stadium", "stade", "stadium"),
    ("une campagne contre le gaspillage", "a campaign against waste", "gaspillage", "waste"),
    ("le rachat de l’usine", "the buyout of the factory", "usine", "factory"),
    ("un festival de musique", "a music festival", "festival", "festival"),
    ("la protection de la forêt", "the protection of the forest", "forêt", "forest"),
    ("une grève des transports", "a transport strike", "grève", "strike"),
    ("la création d’un parc", "the creation of a park", "parc", "park"),
    ("un programme de vaccination", "a vaccination programme", "vaccination", "vaccination"),
    (
        "la réouverture de la bibliothèque",
        "the reopening of the library",
        "bibliothèque",
        "library",
    ),
]
# Never in a passage: the wrong options of choice, multi and truefalse questions.
DECOYS = [
    "la suppression du marché",
    "un tunnel sous la ville",
    "la privatisation de l’eau",
    "un concours de cuisine",
]
CIRCUMSTANCES = [
    ("depuis plusieurs mois", "for several months"),
    ("malgré les critiques", "despite the criticism"),
    ("avant la fin de l’année", "before the end of the year"),
    ("selon le journal local", "according to the local paper"),
    ("après un long débat", "after a long debate"),
    ("pour la première fois", "for the first time"),
    ("dans un communiqué publié lundi", "in a statement published on Monday"),
    ("à la surprise générale", "to everyone’s surprise"),
    ("en pleine crise économique", "in the middle of an economic crisis"),
    ("d’ici au mois de juin", "by June"),
    ("sans donner de détails", "without giving details"),
    ("au cours d’une réunion publique", "during a public meeting"),
]
TOPICS = ["politique", "société", "économie", "éducation", "environnement", "culture", "santé"]
LEVELS = ["A2", "B1", "B2", "C1"]


@dataclass(frozen=True)
class Line:
    """One generated sentence and the parts the questions are made of."""

    sid: str
    subject: str
    verb: str
    obj: str
    noun: str
    fr: str
    en: str
    title_en: str


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's), accents kept as typed."""
    return json.dumps(text, ensure_ascii=False)


def make_lines(rng: random.Random, count: int) -> list[Line]:
    lines: list[Line] = []
    objects = rng.sample(OBJECTS, min(count, len(OBJECTS)))
    while len(objects) < count:
        objects.append(rng.choice(OBJECTS))
    for i, (obj_fr, obj_en, noun, _) in enumerate(objects, 1):
        subj_fr, subj_en, plural = rng.choice(SUBJECTS)
        verb = rng.choice(VERBS)
        circ_fr, circ_en = rng.choice(CIRCUMSTANCES)
        verb_fr, verb_en = (verb[1], verb[3]) if plural else (verb[0], verb[2])
        if rng.random() < 0.5:
            fr = f"{subj_fr} {verb_fr} {obj_fr} {circ_fr}."
            en = f"{subj_en} {verb_en} {obj_en} {circ_en}."
        else:
            circ = circ_fr[0].upper() + circ_fr[1:]
            fr = f"{circ}, {subj_fr[0].lower() + subj_fr[1:]} {verb_fr} {obj_fr}."
            en = f"{circ_en[0].upper() + circ_en[1:]}, {lower(subj_en)} {verb_en} {obj_en}."
        title_en = f"{subj_en} {verb_en} {obj_en}"
        lines.append(Line(f"s{i}", subj_fr, verb_fr, obj_fr, noun, fr, en, title_en))
    return lines


def distinct_by_object(lines: list[Line]) -> list[Line]:
    seen: set[str] = set()
    out = []
    for line in lines:
        if line.obj not in seen:
            seen.add(line.obj)
            out.append(line)
    return out


def article_text(index: int, seed: int = 0, sentences: int | None = None) -> str:
    """The YAML of article number `index` of a bank (12 to 40 sentences unless told)."""
    rng = random.Random(seed * 1_000_003 + index)
    count = sentences or rng.randint(12, 40)
    lines = make_lines(rng, count)
    uniq = distinct_by_object(lines)
    first = lines[0]
    out = [
        f"# Synthetic article {index} (benchmarks.generate_bank)",
        "format: 1",
        f"id: article-{index:05d}",
        f"title: {q(f'{first.subject} {first.verb} {first.obj}')}",
        f"title_en: {q(first.title_en)}",
        f"level: {rng.choice(LEVELS)}",
        f"tags: [{', '.join(rng.sample(TOPICS, 2))}]",
        f"source: {q(f'Journal de la ville, n° {100 + index}')}",
        "settings:",
        f"  attempts: {rng.randint(1, 3)}",
        "  retry_penalty: 0.5",
        "  hint_penalty: 0.25",
        f"  accents: {rng.choice(['lenient', 'strict'])}",
        f"  typos: {rng.choice(['strict', 'half', 'accept'])}",
        "sentences:",
    ]
    paragraph = 1
    for i, line in enumerate(lines):
        if i and rng.random() < 0.3:
            paragraph += 1
        out += [
            f"  - id: {line.sid}",
            f"    paragraph: {paragraph}",
            f"    fr: {q(line.fr)}",
            f"    en: {q(line.en)}",
        ]
    out.append("glossary:")
    glossed: set[str] = set()
    for line in lines:
        if line.noun in glossed or len(glossed) >= 10:
            continue
        glossed.add(line.noun)
        english = next(o[3] for o in OBJECTS if o[2] == line.noun)
        out += [f"  - fr: {q(line.noun)}", f"    en: {q(english)}"]
        if rng.random() < 0.3:
            out.append(f"    note: {q('nom courant dans la presse locale')}")
    out.append("questions:")
    out += questions(rng, uniq)
    return "\n".join(out) + "\n"


def questions(rng: random.Random, uniq: list[Line]) -> list[str]:
    """One question of each type, in an order where none gives a later one away.

    Questions that highlight the same sentence would show each other's answers
    (`quizapp check`'s content lint), so each asks about its own sentence where
    it can, and the locate question, whose answer is a sentence, comes first.
    """
    a, b, c, d, e, f = rng.sample(uniq, 6)
    wrong = rng.sample(DECOYS, 3)
    out: list[str] = []
    n = 0

    def head(kind: str, evidence: list[str], prompt: str) -> None:
        nonlocal n
        n += 1
        out.extend(
            [
                f"  - id: q{n}",
                f"    type: {kind}",
                f"    sentences: [{', '.join(evidence)}]",
                f"    prompt: {q(prompt)}",
            ]
        )

    head("locate", [c.sid], f"Dans quelle phrase parle-t-on de « {c.obj} » ?")
    out.append("    points: 2")
    head("short", [d.sid], f"Qui {d.verb} {d.obj} ?")
    out.append(f"    answers: [{q(d.subject)}, {q(lower(d.subject))}]")
    out.append(f"    hint: {q('Relisez la phrase ' + d.sid + '.')}")
    head("cloze", [e.sid], "Complétez la phrase.")
    out.append(f"    text: {q(e.fr.replace(e.noun, '[' + e.noun + ']', 1))}")
    head("choice", [a.sid], f"D’après le texte, que {verb_for(a)} {lower(a.subject)} ?")
    out.append("    options:")
    out += [f"      - text: {q(a.obj)}", "        correct: true"]
    for text in wrong[:2]:
        out += [f"      - text: {q(text)}", f"        feedback: {q('Ce n’est pas dans le texte.')}"]
    head("multi", [b.sid, f.sid], "Quels sujets sont abordés dans le texte ?")
    out.append("    options:")
    out += [f"      - text: {q(b.obj)}", "        correct: true"]
    out += [f"      - text: {q(f.obj)}", "        correct: true"]
    out += [f"      - text: {q(wrong[0])}"]
    head("truefalse", [c.sid], c.fr)
    out.append("    answer: true")
    head("truefalse", [b.sid], f"{b.subject} {b.verb} {wrong[-1]}.")
    out += ["    answer: false", f"    explanation: {q('Le texte parle d’autre chose.')}"]
    head("match", [a.sid, b.sid, c.sid], "Qui fait quoi ?")
    out.append("    pairs:")
    pairs = [(x.subject, x.obj) for x in (a, b, c)]
    lefts = {p[0] for p in pairs}
    if len(lefts) < len(pairs):  # the same subject twice: label the pairs by sentence
        pairs = [(f"Phrase {x.sid}", x.obj) for x in (a, b, c)]
    for left, right in pairs:
        out += [f"      - left: {q(left)}", f"        right: {q(right)}"]
    ordered = sorted((a, b, c), key=lambda x: int(x.sid[1:]))
    head("order", [x.sid for x in ordered], "Remettez ces sujets dans l’ordre du texte.")
    out.append("    items:")
    out += [f"      - {q(x.obj)}" for x in ordered]
    return out


def verb_for(line: Line) -> str:
    plural = line.verb.endswith("ent")
    return "font" if plural else "fait"


def lower(text: str) -> str:
    """Lower-case the first letter, unless it starts a proper adjective or a name."""
    if text.split()[0] in ("European", "Breton"):
        return text
    return text[0].lower() + text[1:]


def generate(folder: Path, articles: int, seed: int = 0) -> list[Path]:
    """Write `articles` files into `folder` (created if needed); their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(articles):
        sub = folder / f"theme-{index % 10}"
        sub.mkdir(exist_ok=True)
        path = sub / f"article-{index:05d}.yaml"
        path.write_text(article_text(index, seed), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate_bank", description=__doc__)
    parser.add_argument("folder", type=Path, help="where to write the bank")
    parser.add_argument("--articles", type=int, default=300, help="how many files (default 300)")
    parser.add_argument("--seed", type=int, default=0, help="another seed, another bank")
    args = parser.parse_args(argv)
    paths = generate(args.folder, args.articles, args.seed)
    print(f"wrote {len(paths)} articles to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


def age_files(folder: Path, seconds: float = 60.0) -> None:
    """Date the files `seconds` back, like files that sat on a disk for a while.

    The article cache does not trust files written in the last two seconds (a
    coarse file-system clock could hide a second edit), so a bank generated
    just now would otherwise be read in full on the next start too.
    """
    import os
    import time

    past = time.time_ns() - int(seconds * 1e9)
    for path in folder.rglob("*.y*ml"):
        os.utime(path, ns=(past, past))
