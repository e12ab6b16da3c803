#!/usr/bin/env python3
"""Counts, for every way of moving a predicted content's end, how many predictions it would pair with gold and how
many it would unpair, by classes of the boundary, and lists the classes where moving pays: the candidate rules.

    ./whosaid extract GOLD.jsonl > /tmp/pred.jsonl
    python3 tools/end_rules.py GOLD.jsonl /tmp/pred.jsonl [--net N] [--ratio R] [--top K]

Moves tried on each prediction's last span (its first for "later"):
  cut     end at an unquoted comma, semicolon, colon, bracket or dash inside the content;
  cutword end before a conjunction, preposition, relative word or -ing word inside it (no punctuation before);
  next    where the content ends at such a mark or before a word, run on to the next mark;
  sentence   run on to the end of the sentence;
  later   start after a mark, "that" or "whether" inside the content.
Each move is judged alone: a prediction counts as paired where its letters and digits reach Jaccard 0.5 with some
gold quotation (score.py pairs one to one, so the real figures differ a little). A class is a conjunction of up to
three features of the move (the mark, the next word and its class, the words before and moved, the cue, the kind,
quote marks in the moved words). It is listed where it pairs at least --ratio times as many as it unpairs, with a net
gain of at least --net, and gains in both halves of the articles (odd and even), so that one article cannot carry it.
"""
import argparse, collections, itertools, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from prediction_classes import alnum, read_predictions  # noqa: E402  the scorer's letters and digits

MARK = re.compile(r"\s*(?:[,;:(]|\s(?:—|–|--|-)\s|—)")
WORD = re.compile(r"[\w’'\-.]+")
SENTENCE_END = re.compile(r"[.?!][\"”’']?(?=\s+[\"“‘']?[A-Z0-9])|\n")
START_MARK = re.compile(r"(?:[,;:)]|\s(?:—|–|--|-)\s|—|\bthat\b|\bwhether\b)\s*")
WORD_CLASSES = [
    ("wh", {"which", "who", "whom", "whose", "where", "when", "what", "while", "whereas"}),
    ("conj", {"and", "but", "or", "nor", "yet", "so"}),
    ("det", {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my"}),
    ("pron", {"he", "she", "they", "it", "we", "i", "you"}),
    ("prep", {"in", "on", "at", "for", "with", "from", "by", "to", "of", "as", "after", "before", "during", "since",
              "until", "despite", "including", "like", "than", "over", "about", "amid", "against"}),
]
FEATURES = ["mark", "next", "class", "before", "moved", "quoted", "cue", "kind"]


def word_class(w):
    lower = w.lower()
    for name, words in WORD_CLASSES:
        if lower in words:
            return name
    if lower.endswith("ing"):
        return "ing"
    if lower.endswith("ed"):
        return "ed"
    return "num" if w[:1].isdigit() else "cap" if w[:1].isupper() else "ly" if lower.endswith("ly") else "other"


def size(text):
    n = len(re.findall(r"\w+", text))
    return "0-3" if n <= 3 else "4-8" if n <= 8 else "9-16" if n <= 16 else "17+"


def sentence_end(text, at):
    m = SENTENCE_END.search(text, at)
    end = m.end() if m else len(text)
    while end > at and text[end - 1] in ".?!\"”’' \n":
        end -= 1
    return end


def gold_sets(art):
    groups = collections.OrderedDict()
    for q in art["quotes"]:
        groups.setdefault(q.get("group") or id(q), []).append(q)
    return [alnum(art["text"], [(q["start"], q["end"]) for q in g]) for g in groups.values()]


def paired(golds, text, spans):
    p = alnum(text, spans)
    return any(len(g & p) / len(g | p) >= 0.5 for g in golds if g & p)


def moves(text, pred):
    """Yields (action, new spans, boundary position, far end of the moved words) for one prediction."""
    spans = [list(s) for s in (pred.get("spans") or [[pred["start"], pred["end"]]])]
    s, e = spans[-1]
    for m in MARK.finditer(text, s, e):
        if m.start() > s + 3:
            yield "cut", spans[:-1] + [[s, m.start()]], m.start(), e
    words = list(re.finditer(r"\S+", text[s:e]))
    for k in range(2, len(words)):
        if word_class(words[k].group(0)) in ("wh", "conj", "prep", "ing") and not words[k - 1].group(0)[-1] in ",;:":
            cut = s + words[k - 1].end()
            yield "cutword", spans[:-1] + [[s, cut]], cut, e
    end = sentence_end(text, e)
    if end > e + 2:
        after = MARK.search(text, e + 1, end)
        if after and after.start() > e + 1:
            yield "next", spans[:-1] + [[s, after.start()]], e, after.start()
        yield "sentence", spans[:-1] + [[s, end]], e, end
    s0, e0 = spans[0]
    for m in START_MARK.finditer(text, s0, e0):
        if m.end() < e0 - 3:
            yield "later", [[m.end(), e0]] + spans[1:], m.start(), s0


def rows(gold_path, pred_path):
    preds = read_predictions(pred_path)
    for n, line in enumerate(open(gold_path, encoding="utf-8")):
        art = json.loads(line)
        text, golds = art["text"], gold_sets(art)
        for pred in preds.get(str(art["id"]), []):
            was = paired(golds, text, pred.get("spans") or [[pred["start"], pred["end"]]])
            cue = ((pred.get("cue") or "").lower().split() or ["-"])[-1]
            for action, spans, at, far in moves(text, pred):
                effect = paired(golds, text, spans) - was
                if not effect:
                    continue
                mark = MARK.match(text, at)
                nxt = WORD.search(text, mark.end() if mark else at)
                word = nxt.group(0) if nxt else ""
                moved = text[min(at, far):max(at, far)]
                start = spans[0][0] if action != "later" else pred["start"]
                yield action, n % 2, effect, {
                    "mark": mark.group(0).strip() if mark else "", "next": word.lower(), "class": word_class(word),
                    "before": size(text[start:at]), "moved": size(moved),
                    "quoted": any(c in moved for c in "\"“”"), "cue": cue, "kind": pred.get("kind")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--net", type=int, default=20, help="least net gain of a listed class (default 20)")
    ap.add_argument("--ratio", type=float, default=2.0, help="least pairs gained per pair lost (default 2)")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    counts = collections.defaultdict(lambda: [0, 0, 0, 0])  # gained, lost in half 0; gained, lost in half 1
    totals = collections.Counter()
    for action, half, effect, feats in rows(args.gold, args.pred):
        totals[action, effect] += 1
        for n in (1, 2, 3):
            for names in itertools.combinations(FEATURES, n):
                counts[action, names, tuple(feats[f] for f in names)][2 * half + (effect < 0)] += 1
    for action in ("cut", "cutword", "next", "sentence", "later"):
        print(f"{action:9} pairs {totals[action, 1]:5}  unpairs {totals[action, -1]:5}")
    found = []
    for (action, names, values), (g0, l0, g1, l1) in counts.items():
        gained, lost = g0 + g1, l0 + l1
        if gained - lost >= args.net and gained >= args.ratio * lost and g0 > l0 and g1 > l1:
            found.append((gained - lost, action, dict(zip(names, values)), gained, lost))
    found.sort(key=lambda f: -f[0])
    print(f"\n{len(found)} classes pay at least {args.ratio}:1 with a net of {args.net} or more in both halves")
    for net, action, feats, gained, lost in found[:args.top]:
        print(f"  +{gained} -{lost}  {action}  {feats}")


if __name__ == "__main__":
    main()
