#!/usr/bin/env python3
"""Derives the attitude nouns (src/main/resources/dev/whosaid/extraction/attitude-nouns.tsv) from PolNeAR train.

    python3 tools/derive_attitude_nouns.py /work/shared/eval/polnear/train.jsonl \
        > src/main/resources/dev/whosaid/extraction/attitude-nouns.tsv

A noun and the preposition after it ("attacks on", "criticism of", "questions about"): for each pair, how often it
occurs outside quote marks and how often an annotated cue ends at its preposition (the content is the
preposition's object: "has raised questions about | Obama's birthplace", "Trump's attacks on | him"). It keeps
pairs that were a cue at least MIN_CUE times and at least MIN_SHARE of the times they occurred, whose word is a
noun: it stood as one, after a determiner or possessive with up to two words between ("his renewed attacks on"),
at least MIN_NOUN_SHARE of the times it occurred ("respond", "spoke" seldom do), has no verb ending (-ed, -ing),
and is none of NOT_NOUNS. Only counts leave this script: no article text is
copied.
"""
import collections
import json
import re
import sys

PREPOSITIONS = {"of", "for", "about", "on", "to", "against", "over", "with", "toward", "towards", "at", "in"}
OPENERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "no", "any",
           "some", "more", "much", "many", "'s", "’s"}
STOP = set("the a an and or but of for in on to at by with from as is was are were be been that this these those "
           "which who it he she they we i you not no his her their its our my your".split())
MIN_CUE = 3
MIN_SHARE = 0.25
MIN_NOUN_SHARE = 0.1
# Words that pass the noun test without being nouns: adjectives ("critical of", "known for"), adverbs ("at length
# about", "back at") and verbs ("refers to", "say about", "talks about").
NOT_NOUNS = {"known", "critical", "confident", "skeptical", "wary", "angry", "comfortable", "more", "back", "forward",
             "length", "say", "refers", "talks"}
TOKEN = re.compile(r"[A-Za-z]+|['’]s\b|[^\sA-Za-z]")
QUOTED = re.compile(r"[\"“”][^\"“”\n]*[\"“”]")



def opening(toks, k):
    """The tokens before token k, nearest first, up to the third and the first that is no lower-case word."""
    for j in range(k - 1, max(k - 4, 0), -1):
        yield j
        if not toks[j][0].isalpha() or toks[j][0].lower() in STOP:
            return


cues = collections.Counter()
total = collections.Counter()
as_noun = collections.Counter()
words = collections.Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    art = json.loads(line)
    text = QUOTED.sub(lambda m: " " * len(m.group()), art["text"])
    cue_ends = {q["cue_end"] for q in art["quotes"] if q.get("cue_end") is not None}
    toks = [(m.group(), m.end()) for m in TOKEN.finditer(text)]
    for k in range(2, len(toks)):
        word = toks[k - 1][0]
        words[word] += 1
        if any(toks[j][0].lower() in OPENERS and toks[j - 1][0].lower() not in STOP for j in opening(toks, k - 1)):
            as_noun[word] += 1
        prep = toks[k][0].lower()
        if prep in PREPOSITIONS and word.isalpha() and word.islower() and word not in STOP:
            total[(word, prep)] += 1
            cues[(word, prep)] += toks[k][1] in cue_ends

print("# noun\tpreposition\ttimes a cue ends at the preposition in PolNeAR train\toccurrences\tshare"
      " (made by tools/derive_attitude_nouns.py)")
for (noun, prep), n in sorted(cues.items(), key=lambda x: (-x[1], x[0])):
    if (n >= MIN_CUE and n >= MIN_SHARE * total[(noun, prep)] and as_noun[noun] >= MIN_NOUN_SHARE * words[noun]
            and not noun.endswith(("ed", "ing")) and noun not in NOT_NOUNS):
        print(f"{noun}\t{prep}\t{n}\t{total[(noun, prep)]}\t{n / total[(noun, prep)]:.3f}")
