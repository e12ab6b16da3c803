#!/usr/bin/env python3
"""Counts predicted speakers that are not resolved to a name.

    python3 tools/speaker_names.py ARTICLES PRED.jsonl [--examples N]

ARTICLES: the articles the predictions were made from: a JSONL file ({"id", "text"}) or a corpus folder
(*.jsonl and *.txt files, as `./whosaid extract` reads them). PRED: the output of `./whosaid extract`.

Every predicted quotation's `speaker` falls in one kind:
  name          a proper name ("Heather Nauert", "North Korea")
  pronoun       "he", "she", "they", "it", "I", "who" left as they are
  role          a description of one person ("the spokeswoman", "the Republican nominee", "my mother")
  body          a description of an organisation or a writing ("the campaign", "the report")
  group         an unnamed source or group ("officials", "a source", "some Democrats"): fine as it is
  odd name      one capitalised word that the article only ever writes at a sentence start ("Chastened",
                "However", "BRUSSELS") or as a transcript label ("WSS:" for an interviewee named in full
                before): not resolved, or no speaker at all
  none          no speaker
A pronoun or role speaker is an error where the article names a person before it (a person is named when a
run of two or more capitalised words stands mid-sentence); those are counted as "unresolved".
"""
import argparse
import collections
import json
import os
import re
import sys

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "him", "her", "them", "his",
            "its", "their", "whom", "this", "these", "those"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "my", "our",
               "your", "one", "another", "some", "several", "many", "most", "other", "both", "two", "three"}
PLURAL_OK = {"police", "staff", "people", "press", "media", "public", "clergy", "personnel"}
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr", "prof", "u.s",
                 "sgt", "capt", "atty", "rev", "pres", "sec", "mt", "no"}
NAME_RUN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+")


def read_articles(path):
    """id -> text, for a JSONL file or a corpus folder of *.jsonl and *.txt files."""
    files = []
    if os.path.isdir(path):
        for root, _, names in os.walk(path):
            files += [os.path.join(root, n) for n in sorted(names)
                      if not n.startswith(".") and (n.endswith(".jsonl") or n.endswith(".txt"))]
    else:
        files = [path]
    texts = {}
    for f in files:
        with open(f, encoding="utf-8") as handle:
            if f.endswith(".txt"):
                header, _, body = handle.read().partition("\n\n")
                fields = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
                texts[fields.get("Id", os.path.splitext(os.path.basename(f))[0])] = body
            else:
                for line in handle:
                    if line.strip():
                        article = json.loads(line)
                        texts[article["id"]] = article["text"]
    return texts


def sentence_starts(text):
    """Character offsets at which a sentence or paragraph starts."""
    starts = {0}
    for m in re.finditer(r"(?:[.!?][\"”’')]*\s+|\n\s*)", text):
        before = re.search(r"([\w.]+)\.$", text[max(0, m.start() - 12):m.start() + 1])
        if text[m.start()] == "." and before and (before.group(1).lower() in ABBREVIATIONS or len(before.group(1)) == 1):
            continue  # "Mr. Biden", "Rep. G. K. Butterfield": no sentence ends there
        starts.add(m.end())
    return starts


def only_at_sentence_starts(word, text, starts):
    """Whether every occurrence of the word, in any case, opens a sentence or a transcript label."""
    found = False
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", text, re.IGNORECASE):
        if text[m.end():m.end() + 1] == ":":
            continue
        found = True
        if m.start() not in starts and text[max(0, m.start() - 1)] not in "“\"‘'(":
            return False
    return found


def kind_of(quote, text, starts):
    speaker = quote.get("speaker")
    if not speaker:
        return "none"
    words = speaker.split()
    first = words[0].lower()
    if len(words) == 1 and first in PRONOUNS:
        return "pronoun"
    if quote.get("speaker_kind") == "anonymous":
        return "group"
    if first in DETERMINERS or speaker[0].islower():
        if quote.get("speaker_kind") == "organisation":
            return "body"
        head = re.sub(r"[^\w]", "", words[-1].lower())
        plural = head.endswith("s") and not head.endswith("ss") or head in PLURAL_OK
        if first in {"a", "an", "one", "another", "some", "several", "many", "most", "other", "both", "two",
                     "three"} or plural:
            return "group"
        return "role"
    if len(words) == 1 and only_at_sentence_starts(words[0], text, starts):
        return "odd name"
    return "name"


def named_before(text, offset):
    """Whether a run of capitalised words stands mid-sentence before the offset."""
    return NAME_RUN.search(text[:offset]) is not None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles")
    parser.add_argument("pred")
    parser.add_argument("--examples", type=int, default=5, help="examples shown per kind")
    args = parser.parse_args()
    texts = read_articles(args.articles)
    counts = collections.Counter()
    unresolved = collections.Counter()
    examples = collections.defaultdict(list)
    speakers = collections.defaultdict(collections.Counter)
    total = 0
    with open(args.pred, encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            text = texts.get(article["id"])
            if text is None:
                sys.exit("no article text for id " + article["id"])
            starts = sentence_starts(text)
            for q in article["quotes"]:
                total += 1
                kind = kind_of(q, text, starts)
                counts[kind] += 1
                speakers[kind][q.get("speaker")] += 1
                at = q.get("speaker_start", q["start"])
                if kind in ("pronoun", "role") and named_before(text, at if at is not None else q["start"]):
                    unresolved[kind] += 1
                if len(examples[kind]) < args.examples and kind != "name":
                    left = max(0, (at if at is not None else q["start"]) - 60)
                    context = text[left:(at if at is not None else q["start"]) + 40].replace("\n", " ")
                    examples[kind].append((article["id"], q.get("speaker"), context))
    print(f"quotations {total}")
    for kind in ("name", "pronoun", "role", "body", "group", "odd name", "none"):
        extra = f"  (unresolved: a name stands before it {unresolved[kind]})" if kind in unresolved else ""
        print(f"  {kind:9s} {counts[kind]:6d}  {counts[kind] / max(total, 1):.3f}{extra}")
    bad = unresolved["pronoun"] + unresolved["role"] + counts["odd name"]
    print(f"not a proper name where one was due (unresolved pronoun + role + odd name): {bad}")
    for kind in ("pronoun", "role", "odd name", "body", "group"):
        if args.examples and speakers[kind]:
            common = ", ".join(f"{s} {n}" for s, n in speakers[kind].most_common(12))
            print(f"\n{kind}: {common}")
            for article_id, speaker, context in examples[kind]:
                print(f"    [{speaker}] {article_id[:30]}: …{context}…")


if __name__ == "__main__":
    main()
