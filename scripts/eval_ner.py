"""Exact-span NER scores (PER, ORG, LOC) on the test split of the four sets in <shared>/corpora/ner.

    python scripts/eval_ner.py --shared ../shared     # prints a table, writes benchmarks/results/ner.json
    python scripts/eval_ner.py --shared ../shared --analyze   # adds the "analyze" system (slower)

Two systems are scored on each set:
- "model": the CRF NER model alone (models/ner_crf.crfsuite), on the set's own tokens;
- "stage": the full "entities" stage (dictionary + model + cues), run on the
  sentence rebuilt by joining the set's tokens with spaces, its mentions mapped
  back to token spans. GPE and NORP count as LOC; MISC is ignored.
- "analyze" (with --analyze): the whole pipeline (`Analyzer.analyze`, as
  `linimasa analyze` runs it) on each sentence as a document of its own, no
  title, no date: what a user gets for a one-sentence brief. A sentence the
  pipeline skips (language gate) or fails on scores no mentions; the counts of
  both are reported. Mentions added for references (origin coref or speech:
  "ia", "beliau", a role title standing for its holder) are not named
  entities and are left out. The pipeline splits the text into its own
  tokens: a mention boundary inside one of the set's tokens snaps to the
  token's edge when only punctuation lies between ("PKS" in "(PKS)").

Label mapping per set (only PER/ORG/LOC are scored; other labels become O):
- idner_news_2k (token POS NER, space separated): PER, ORG, LOC as is.
- indolem_nerugm and indolem_nerui (token<TAB>label): PERSON, ORGANIZATION, LOCATION.
- indonlu_nerp (token<TAB>label, all lower-case): PPL -> PER, IND -> ORG, PLC -> LOC
  (EVT, FNB dropped). NERP's IND covers organisations and companies.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from linimasa.language.crf_features import bio_spans  # noqa: E402

TYPES = ("PER", "ORG", "LOC")
SETS = {
    "idner_news_2k": ("idner_news_2k/test.txt", {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}),
    "indolem_nerugm": ("indolem_nerugm/test.01.tsv", {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}),
    "indolem_nerui": ("indolem_nerui/test.01.tsv", {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}),
    "indonlu_nerp": ("indonlu_nerp/test_preprocess.txt", {"PPL": "PER", "IND": "ORG", "PLC": "LOC"}),
}
STAGE_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "NORP": "LOC"}


def read_conll(path: Path, mapping: dict[str, str] | None = None) -> list[tuple[list[str], list[str]]]:
    """Sentences as (words, BIO labels); the label is the last column, mapped to PER/ORG/LOC or O."""
    sentences, words, labels = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if words:
                sentences.append((words, labels))
                words, labels = [], []
            continue
        label = parts[-1]
        if mapping is not None and label != "O":
            prefix, _, name = label.partition("-")
            label = f"{prefix}-{mapping[name]}" if name in mapping else "O"
        words.append(parts[0])
        labels.append(label)
    if words:
        sentences.append((words, labels))
    return sentences


def score(gold: list[set], predicted: list[set]) -> dict:
    """Exact-span precision/recall/F1 per type and micro, over (start, end, type) sets per sentence."""
    counts = {t: [0, 0, 0] for t in TYPES}  # true positives, predicted, gold
    for g, p in zip(gold, predicted):
        for span in p:
            counts[span[2]][1] += 1
            if span in g:
                counts[span[2]][0] += 1
        for span in g:
            counts[span[2]][2] += 1
    result = {}
    for name, (tp, np_, ng) in [*counts.items(), ("micro", [sum(c[i] for c in counts.values()) for i in range(3)])]:
        precision = tp / np_ if np_ else 0.0
        recall = tp / ng if ng else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[name] = {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4), "gold": ng}
    return result


def stage_spans(stage, tagger, words: list[str]) -> set:
    """Run the entities stage on one sentence rebuilt from `words`; mentions mapped back to token spans."""
    from linimasa.document import Document, Sentence, Token

    starts, pos = [], 0
    for word in words:
        starts.append(pos)
        pos += len(word) + 1
    text = " ".join(words)
    doc = Document(text=text)
    doc.sentences = [Sentence(0, 0, len(text), text)]
    doc.tokens = [Token(0, s, s + len(w), w) for s, w in zip(starts, words)]
    doc = stage(tagger(doc))
    by_start = {s: i for i, s in enumerate(starts)}
    by_end = {s + len(w): i + 1 for i, (s, w) in enumerate(zip(starts, words))}
    spans = set()
    for mention in doc.mentions:
        kind = STAGE_TYPES.get(mention.type)
        if kind and mention.start in by_start and mention.end in by_end:
            spans.add((by_start[mention.start], by_end[mention.end], kind))
    return spans


def analyze_spans(analyzer, words: list[str], tally: dict) -> set:
    """Run the whole pipeline on one sentence as a document; mentions mapped back to token spans."""
    from linimasa.document import Document
    from linimasa.errors import InputError

    starts, pos = [], 0
    for word in words:
        starts.append(pos)
        pos += len(word) + 1
    try:
        doc = analyzer.analyze(Document(text=" ".join(words)))
    except InputError:
        tally["failed"] += 1
        return set()
    if doc.language != "id":
        tally["language " + str(doc.language)] = tally.get("language " + str(doc.language), 0) + 1
    # The pipeline tokenises the text itself: a mention may start or end inside one of the set's
    # tokens that carries punctuation, e.g. "PKS" inside "(PKS)". Such a boundary snaps to the token's
    # edge when only punctuation lies between (the set's gold spans include the brackets).
    by_start, by_end = {}, {}
    for i, (s, w) in enumerate(zip(starts, words)):
        lead, trail = len(w) - len(w.lstrip(_PUNCT)), len(w) - len(w.rstrip(_PUNCT))
        for k in range(lead + 1):
            by_start[s + k] = i
        for k in range(trail + 1):
            by_end[s + len(w) - k] = i + 1
    spans = set()
    for mention in doc.mentions:
        kind = STAGE_TYPES.get(mention.type)
        if mention.origin in REFERENCE_ORIGINS:
            continue
        if kind and mention.start in by_start and mention.end in by_end:
            spans.add((by_start[mention.start], by_end[mention.end], kind))
    return spans


# Mentions the later stages add for references ("ia", "beliau", a role title standing for its
# holder, "kami" in a quote) are coreference, not named entities: the NER score leaves them out.
REFERENCE_ORIGINS = frozenset({"coref", "speech"})
_PUNCT = "()[]\"'“”‘’.,;:!?"


class _NoDictionary:
    def match(self, text, start, end):
        return []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "ner.json")
    parser.add_argument("--analyze", action="store_true",
                        help="also score the whole pipeline, one sentence per document (idner_news_2k only)")
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=list(SETS), help="sets to score")
    args = parser.parse_args()

    from linimasa.language.entities import EntityStage, NerModel
    from linimasa.language.tagger import Tagger
    from linimasa.resources import Resources

    resources = Resources.default()
    dictionary = "actor dictionary"
    if importlib.util.find_spec("linimasa.actors.dictionary") is None:
        # Until actors/dictionary.py lands, score the stage with model and cues only.
        resources.__dict__["actor_dictionary"] = _NoDictionary()
        dictionary = "none (actors.dictionary not available)"
    model = NerModel(resources)
    stage = EntityStage(resources)
    tagger = Tagger(resources)

    results = {}
    for name, (rel, mapping) in SETS.items():
        if name not in args.sets:
            continue
        sentences = read_conll(args.shared / "corpora" / "ner" / rel, mapping)
        gold = [{s for s in bio_spans(labels) if s[2] in TYPES} for _, labels in sentences]
        began = time.perf_counter()
        model_pred = [{s for s in model.spans(words) if s[2] in TYPES} for words, _ in sentences]
        model_seconds = time.perf_counter() - began
        began = time.perf_counter()
        stage_pred = [stage_spans(stage, tagger, words) for words, _ in sentences]
        stage_seconds = time.perf_counter() - began
        results[name] = {
            "sentences": len(sentences),
            "model": score(gold, model_pred),
            "stage": score(gold, stage_pred),
            "model_seconds": round(model_seconds, 2),
            "stage_seconds": round(stage_seconds, 2),
        }
        if args.analyze and name == "idner_news_2k":
            from linimasa.analysis import Analyzer

            analyzer, tally = Analyzer(resources), {"failed": 0}
            began = time.perf_counter()
            analyze_pred = [analyze_spans(analyzer, words, tally) for words, _ in sentences]
            results[name]["analyze"] = score(gold, analyze_pred)
            results[name]["analyze_seconds"] = round(time.perf_counter() - began, 2)
            results[name]["analyze_not_analysed"] = tally

    header = f"{'set':16} {'system':6} " + " ".join(f"{t:>6}" for t in (*TYPES, "micro"))
    print(header)
    print("-" * len(header))
    for name, result in results.items():
        for system in ("model", "stage", "analyze"):
            if system not in result:
                continue
            row = " ".join(f"{result[system][t]['f1']:6.3f}" for t in (*TYPES, "micro"))
            print(f"{name:16} {system:6} {row}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    print(f"stage dictionary: {dictionary}")
    for name, result in results.items():
        if "analyze" in result:
            print(f"{name} through analyze, not Indonesian or failed: {result['analyze_not_analysed']}")
    payload = {"metric": "exact-span F1 (PER, ORG, LOC; GPE/NORP counted as LOC)",
               "stage_dictionary": dictionary, "results": results}
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
