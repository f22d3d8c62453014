"""Train the CRF NER model (BIO; PER, ORG, LOC) on idner-news-2k's train split only.

    python scripts/train_ner.py --shared ../shared   # writes src/linimasa/models/ner_crf.crfsuite (+ .json)

Data: <shared>/corpora/ner/idner_news_2k/train.txt (Khairunnisa, Imankulova and
Komachi 2020, re-annotating Syaifudin and Nurwidyantoro 2016; MIT). Its own
UDPipe POS column is ignored: the features use our tagger's tags, as at run
time, and the cue classes of resources/id/entity_cues.yaml. The dev split
reports a score; test is left to scripts/eval_ner.py. No other set is trained on.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_ner import read_conll, score  # noqa: E402
from linimasa.language.crf_features import (  # noqa: E402
    NER_FEATURE_VERSION, CueLexicon, WordFeatures, bio_spans, ner_features)
from linimasa.language.entities import CUES_FILE, NerModel  # noqa: E402
from linimasa.language.tagger import Tagger  # noqa: E402
from linimasa.resources import load_data  # noqa: E402

MODEL = ROOT / "src" / "linimasa" / "models" / "ner_crf.crfsuite"
# Common CRF NER settings, not tuned on test; 200 iterations trains in well under a minute.
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args()

    folder = args.shared / "corpora" / "ner" / "idner_news_2k"
    train = read_conll(folder / "train.txt")
    dev = read_conll(folder / "dev.txt")
    tagger = Tagger()
    cues = CueLexicon(load_data(CUES_FILE))
    own = WordFeatures()
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in train:
        tags = tagger.tag_words(words)
        classes = cues.classes([w.lower() for w in words])
        trainer.append(ner_features(words, tags, classes, own), labels)
    trainer.set_params(PARAMS)
    began = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    seconds = time.perf_counter() - began

    model = NerModel(path=args.out, cues=cues, tagger=tagger)
    gold = [set(bio_spans(labels)) for _, labels in dev]
    predicted = [set(model.spans(words)) for words, _ in dev]
    dev_score = score(gold, predicted)
    print(f"trained on {len(train)} sentences in {seconds:.0f} s; dev micro F1 {dev_score['micro']['f1']:.4f} "
          + " ".join(f"{t} {dev_score[t]['f1']:.3f}" for t in ("PER", "ORG", "LOC")))
    meta = {
        "model": args.out.name,
        "task": "named-entity recognition, BIO, PER/ORG/LOC",
        "data_source": "idner-news-2k train.txt (Khairunnisa, Imankulova & Komachi 2020, "
                       "'Towards a Standardized Dataset on Indonesian Named Entity Recognition', AACL-IJCNLP SRW; "
                       "re-annotation of Syaifudin & Nurwidyantoro 2016, https://github.com/yusufsyaifudin/Indonesia-ner)",
        "licence": "MIT (c) 2020 khairunnisaor",
        "train_sentences": len(train),
        "dev_sentences": len(dev),
        "dev_scores": dev_score,
        "params": PARAMS,
        "features": "word, affixes, shape, our POS tag, entity_cues.yaml classes, +-1/+-2 words",
        "train_seconds": round(seconds),
        "feature_version": NER_FEATURE_VERSION,
        "date": dt.date.today().isoformat(),
    }
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
