"""Refresh the interface catalogues after changing strings in quizapp/gui.

    python assets/translations/update_catalogues.py

1. runs pyside6-lupdate over quizapp/gui/*.py into quizapp_fr.ts (every
   string) and quizapp_en.ts (plural forms only: English is the source);
2. fills the English plural forms from the "(s)" convention of the sources
   ("%n file(s)" → "%n file" / "%n files"), keeping any form written by hand;
3. runs pyside6-lrelease into quizapp/i18n/*.qm (shipped with the package);
4. lists the French messages still to translate (tests/gui/window/test_i18n.py fails
   while any is left: translate them in Qt Linguist or any text editor).

pyside6-lupdate does not see the count argument of
`QCoreApplication.translate(context, text, "", n)` (quiz_format.py), and would
turn those plural messages into plain, untranslated ones: they are kept
across the update (`keep_plurals`).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
TOOLS = Path(sys.executable).parent


def tool(name: str, *args: str) -> None:
    subprocess.run([str(TOOLS / name), *args], check=True, cwd=REPO)


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='utf-8'?>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
        1,
    )
    path.write_text(text, encoding="utf-8")


def fill_english_plurals(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        forms = list(translation.iter("numerusform"))
        if translation.get("type") != "unfinished" or any(f.text for f in forms):
            continue
        source = message.find("source").text or ""
        for form in forms:
            translation.remove(form)
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
    write(tree, path)


def plural_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the <message numerus="yes"> element, as the catalogue has it."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found[(name, message.find("source").text or "")] = message
    return found


def keep_plurals(path: Path, before: dict[tuple[str, str], ET.Element]) -> None:
    """Put back the plural messages lupdate flattened or dropped, translations and all."""
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.find("name").text or "": c for c in root.iter("context")}
    restored = set()
    for name, context in contexts.items():
        for i, message in enumerate(list(context)):
            key = (name, message.findtext("source") or "")
            if message.tag == "message" and key in before and message.get("numerus") != "yes":
                context.remove(message)
                context.insert(i, before[key])
                restored.add(key)
    for key, message in before.items():  # `-pluralonly` drops what it takes for plain text
        if key in restored or any(
            m.findtext("source") == key[1] for m in contexts.get(key[0], ET.Element("x"))
        ):
            continue
        if key[0] not in contexts:
            contexts[key[0]] = ET.SubElement(root, "context")
            ET.SubElement(contexts[key[0]], "name").text = key[0]
        contexts[key[0]].append(message)
    write(tree, path)


def unfinished(path: Path) -> list[str]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") == "unfinished":
                out.append(f"{context.find('name').text}: {message.find('source').text}")
    return out


def main() -> int:
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "quizapp" / "gui").rglob("*.py"))
    french, english = HERE / "quizapp_fr.ts", HERE / "quizapp_en.ts"
    plurals = {ts: plural_messages(ts) for ts in (french, english)}
    tool("pyside6-lupdate", "-no-obsolete", *sources, "-ts", str(french))
    tool("pyside6-lupdate", "-no-obsolete", "-pluralonly", *sources, "-ts", str(english))
    keep_plurals(french, plurals[french])
    keep_plurals(english, plurals[english])
    fill_english_plurals(english)
    for ts in (french, english):
        qm = REPO / "quizapp" / "i18n" / ts.with_suffix(".qm").name
        tool("pyside6-lrelease", str(ts), "-qm", str(qm))
    left = unfinished(french)
    for line in left:
        print("to translate:", line)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
