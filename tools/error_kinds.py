#!/usr/bin/env python3
"""Sorts extraction errors on an annotated set into kinds and counts them, most frequent first.

    ./whosaid extract GOLD.jsonl > /tmp/pred.jsonl
    python3 tools/error_kinds.py GOLD.jsonl /tmp/pred.jsonl [--examples N]

Pairs quotations the way score.py does (letters and digits, Jaccard >= 0.5, best first) and names each
missed gold quotation, unpaired prediction and wrong speaker by a coarse kind.
"""
import argparse, collections, json, os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
sys.path.insert(0, "/work/shared/eval")
from score import names_agree  # noqa: E402  the scorer's own name rule

SPEECH = re.compile(r"\b(said|says|say|told|tells|according|added|noted|wrote|writes|saying|adding|asked|argued|"
                    r"warned|insisted|denied|announced|explained|claimed|stated|tweeted|replied|responded)\b")
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}


def alnum(text, spans):
    return {i for s, e in spans for i in range(max(0, s), min(e, len(text))) if text[i].isalnum()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    preds = {}
    for line in open(args.pred, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            preds[str(d["id"])] = d["quotes"]
    kinds = collections.Counter()
    examples = collections.defaultdict(list)

    def note(kind, example):
        kinds[kind] += 1
        examples[kind].append(example)

    for line in open(args.gold, encoding="utf-8"):
        art = json.loads(line)
        text = art["text"]
        groups = collections.OrderedDict()
        for q in art["quotes"]:
            groups.setdefault(q.get("group") or id(q), []).append(q)
        golds = list(groups.values())
        ps = preds.get(str(art["id"]), [])
        gsets = [alnum(text, [(p["start"], p["end"]) for p in g]) for g in golds]
        psets = [alnum(text, [tuple(s) for s in (p.get("spans") or [[p["start"], p["end"]]])]) for p in ps]
        cands = sorted(((len(g & p) / len(g | p), i, j) for i, g in enumerate(gsets) for j, p in enumerate(psets)
                        if g and p and g & p), reverse=True)
        used_g, used_p, pairs = set(), set(), {}
        for jac, i, j in cands:
            if jac >= 0.5 and i not in used_g and j not in used_p:
                used_g.add(i); used_p.add(j); pairs[i] = j
        for i, g in enumerate(golds):
            first = g[0]
            cue = (first.get("cue") or "").lower()
            gtext = " + ".join(p["text"][:80] for p in g)
            if i not in pairs:
                overlaps = [(len(gsets[i] & p) / len(gsets[i] | p), j) for j, p in enumerate(psets) if gsets[i] & p]
                if overlaps:
                    jac, j = max(overlaps)
                    longer = len(psets[j]) > len(gsets[i])
                    note("span too long (content runs past the gold end)" if longer else
                         "span too short (content stops early or misses pieces)", (gtext, ps[j].get("text", "")[:120]))
                elif not SPEECH.search(cue):
                    note(f"missed {first['kind']}: cue outside the say/tell family (belief, intention, evaluation, evidence)", (cue, gtext))
                else:
                    note(f"missed {first['kind']} with a speech cue", (cue, gtext))
            else:
                p = ps[pairs[i]]
                if not (first.get("speaker") or first.get("speaker_canonical")):
                    if p.get("speaker"):
                        note("speaker given where gold has none", (gtext, p.get("speaker")))
                    continue
                gs, ge = first.get("speaker_start"), first.get("speaker_end")
                s, e = p.get("speaker_start"), p.get("speaker_end")
                if s is not None and gs is not None and s < ge and gs < e:
                    continue
                if names_agree(first.get("speaker_canonical") or first.get("speaker"), p.get("speaker")):
                    continue
                gm = (first.get("speaker") or "").lower()
                if p.get("speaker") is None:
                    note("no speaker found for a found quotation", (gm, gtext))
                elif gm in PRONOUNS:
                    note("wrong speaker: gold mention is a pronoun nearer the content", (gm, p.get("speaker"), gtext))
                else:
                    note("wrong speaker: another name or phrase", (gm, p.get("speaker"), gtext))
        for j, p in enumerate(ps):
            if j not in used_p and not any(psets[j] & g for g in gsets):
                note("false positive: no gold quotation there", (p.get("cue"), p.get("text", "")[:120]))
    for kind, n in kinds.most_common():
        print(f"{n:5d}  {kind}")
        for ex in examples[kind][:args.examples]:
            print("         ", ex)


if __name__ == "__main__":
    main()
