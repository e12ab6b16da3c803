#!/usr/bin/env python3
"""Derives the cue-word lexicon (src/main/resources/dev/whosaid/extraction/cues.tsv) from PolNeAR train.

    python3 tools/derive_cues.py /work/shared/eval/polnear/train.jsonl > src/main/resources/dev/whosaid/extraction/cues.tsv

For every annotated cue it takes the head word (the first word after auxiliaries and adverbs such as
"has", "also", "not"), counts how often that word form is a cue and how often it occurs at all in the
training texts, and keeps forms seen as a cue at least MIN_CUE times. precision = as_cue / occurrences.
Only counts leave this script: no article text is copied.
"""
import json, re, sys, collections

SKIP = {"has", "have", "had", "also", "was", "were", "is", "are", "be", "been", "will", "would", "did", "does",
        "do", "not", "never", "later", "then", "previously", "repeatedly", "publicly", "once", "again", "just",
        "recently", "had", "could", "may", "might", "should", "can", "reportedly", "further", "first", "often",
        "even", "still", "already", "explicitly", "privately", "has", "n't", "himself", "herself"}
MIN_CUE = 2
WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
QUOTED = re.compile(r"[\"“”][^\"“”\n]*[\"“”]")

as_cue = collections.Counter()
total = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    art = json.loads(line)
    for w in WORD.findall(QUOTED.sub(" ", art["text"]).lower()):
        total[w] += 1
    seen = set()
    for q in art["quotes"]:
        cue = (q.get("cue") or "").lower()
        key = (q.get("group"), q.get("cue_start"))
        if not cue or key in seen:
            continue
        seen.add(key)
        words = [w for w in WORD.findall(cue) if w not in SKIP]
        if words:
            as_cue[words[0]] += 1
print("# cue word form\ttimes a cue in PolNeAR train\toccurrences in train\tprecision (made by tools/derive_cues.py)")
for w, n in sorted(as_cue.items(), key=lambda x: -x[1]):
    if n >= MIN_CUE and total[w]:
        print(f"{w}\t{n}\t{total[w]}\t{n / total[w]:.3f}")
