#!/usr/bin/env python3
"""Counts, per class of prediction, how many were right, how many missed the gold bounds and how many stood where
no gold quotation is: the false positives, the classes a rule might remove.

    ./whosaid extract GOLD.jsonl > /tmp/pred.jsonl
    python3 tools/prediction_classes.py GOLD.jsonl /tmp/pred.jsonl [--by cue|kind|confidence|speaker_kind] [--min N]

Pairs quotations the way score.py does (letters and digits, Jaccard >= 0.5, best first). Each prediction is
"paired", "bounds" (it overlaps a gold quotation but is not paired with it: a span error) or "false" (it overlaps
none). Removing a class pays only where it is mostly wrong: a removed false positive raises quote F1 by about
F1 / (gold + predicted), a removed right one lowers it by about (2 - F1) / (gold + predicted), so at F1 0.7 a class
must be more than (2 - F1) / 2 = 65% wrong (false plus bounds) before dropping it gains anything. The "wrong"
column prints that share; classes above it are marked "*".
"""
import argparse, collections, json


def alnum(text, spans):
    return {i for s, e in spans for i in range(max(0, s), min(e, len(text))) if text[i].isalnum()}


def read_predictions(pred_path):
    """The predicted quotations of each article of `./whosaid extract` output, by article id."""
    preds = {}
    for line in open(pred_path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            preds[str(d["id"])] = d["quotes"]
    return preds


def classify(gold_path, pred_path):
    """Yields (status, prediction) for every prediction, status "paired", "bounds" or "false"."""
    preds = read_predictions(pred_path)
    for line in open(gold_path, encoding="utf-8"):
        art = json.loads(line)
        text = art["text"]
        groups = collections.OrderedDict()
        for q in art["quotes"]:
            groups.setdefault(q.get("group") or id(q), []).append(q)
        gsets = [alnum(text, [(p["start"], p["end"]) for p in g]) for g in groups.values()]
        ps = preds.get(str(art["id"]), [])
        psets = [alnum(text, [tuple(s) for s in (p.get("spans") or [[p["start"], p["end"]]])]) for p in ps]
        cands = sorted(((len(g & p) / len(g | p), i, j) for i, g in enumerate(gsets) for j, p in enumerate(psets)
                        if g and p and g & p), reverse=True)
        used_g, paired = set(), set()
        for jac, i, j in cands:
            if jac >= 0.5 and i not in used_g and j not in paired:
                used_g.add(i)
                paired.add(j)
        for j, p in enumerate(ps):
            if j in paired:
                yield "paired", p
            else:
                yield ("bounds" if any(psets[j] & g for g in gsets) else "false"), p


def key(p, by):
    if by == "confidence":
        return f"{p['kind']} {round(p.get('confidence', 0), 1)}"
    value = p.get(by)
    return (value or "-").lower() if isinstance(value, str) or value is None else str(value)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--by", default="cue", choices=["cue", "kind", "confidence", "speaker_kind"])
    ap.add_argument("--min", type=int, default=10, help="leave out classes with fewer predictions")
    args = ap.parse_args()
    counts = collections.defaultdict(collections.Counter)
    total = collections.Counter()
    for status, p in classify(args.gold, args.pred):
        counts[key(p, args.by)][status] += 1
        total[status] += 1
    n = sum(total.values())
    print(f"{n} predictions: {total['paired']} paired, {total['bounds']} bounds, {total['false']} false")
    print(f"{'class':32s} {'false':>6s} {'bounds':>6s} {'paired':>6s} {'wrong':>6s}")
    for k, c in sorted(counts.items(), key=lambda kv: -kv[1]["false"]):
        size = sum(c.values())
        if size >= args.min:
            wrong = (c["false"] + c["bounds"]) / size
            print(f"{k[:32]:32s} {c['false']:6d} {c['bounds']:6d} {c['paired']:6d} {wrong:6.2f}{' *' if wrong > 0.65 else ''}")


if __name__ == "__main__":
    main()
