#!/usr/bin/env python3
"""Finishes entries of translations/*.ts that lupdate left unfinished.

English: our source strings are English, so stallpay_en.ts takes the source text as is.
Swedish: from a JSON file {"Context|Source text": "Svensk text", ...}; plural (numerus) entries take
a list ["singular", "plural"]. Entries without a translation stay unfinished, and the
tst_translations test keeps failing until they have one.

    ./scripts/update-translations && ./scripts/fill-translations.py sv-new.json
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

top = Path(__file__).resolve().parent.parent


def fill(ts_path, lookup):
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            source = message.find("source").text
            text = lookup(name, source, message.get("numerus") == "yes")
            if text is None:
                missing.append(f"{name}|{source}")
                continue
            del translation.attrib["type"]
            for child in list(translation):
                translation.remove(child)
            if isinstance(text, list):
                translation.text = None
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, "r+", encoding="utf-8") as f:  # keep the DOCTYPE lupdate expects
        body = f.read().replace("<TS ", "<!DOCTYPE TS>\n<TS ", 1)
        f.seek(0)
        f.write(body)
        f.truncate()
    return missing


def english(_context, source, numerus):
    return [source.replace("(s)", ""), source.replace("(s)", "s")] if numerus else source


swedish_words = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")) if len(sys.argv) > 1 else {}
fill(top / "translations/stallpay_en.ts", english)
missing = fill(top / "translations/stallpay_sv.ts", lambda c, s, n: swedish_words.get(f"{c}|{s}"))
for entry in missing:
    print("no Swedish yet:", entry)
sys.exit(1 if missing else 0)
