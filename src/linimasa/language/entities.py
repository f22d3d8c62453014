"""Stage "entities": named-entity mentions from three sources, merged.

Sources, each a `Mention.origin`:
- "dictionary": the actor dictionary's alias matches in the sentence
  (`Resources.actor_dictionary.match`), typed by the dictionary entry;
- "model": the CRF NER model (`models/ner_crf.crfsuite`, PER/ORG/LOC, trained
  by `make train-ner` on idner-news-2k, MIT; see docs/models.md);
- "cue": rules over the cue words of `resources/id/entity_cues.yaml`: a person
  title before a capitalised name ("Presiden ... Prabowo") gives PER on the name
  only; an organisation head ("Kementerian Keuangan", "Partai Buruh") gives ORG
  on head and name; a place head ("Kota Bandung"; lower-case "kota Gaza" gives
  only "Gaza") gives LOC; "di/ke/dari" or a reporting verb ("kata") before a
  capitalised name gives LOC or PER.

Precedence (mentions never overlap):
1. Dictionary matches first, longest first: the dictionary is curated, so its
   spans and types are trusted over statistical guesses.
2. Then model candidates, then strong cues (title, organisation or place
   head), then weak cues (preposition, reporting verb), each group longest
   first: cues only fill the gaps the model leaves (see `_RANK`). A candidate that overlaps an
   accepted non-dictionary mention, crosses a dictionary match, or lies inside
   one is dropped; one that equals a dictionary span is dropped (the dictionary
   keeps its type: "dictionary beats model on type"). A candidate that strictly
   contains dictionary matches ("Kedutaan Besar AS" around "AS") replaces them
   (longest, most specific wins), except a PER candidate around a non-PER
   match ("AS Antony Blinken"): the model ran two names together, so it is dropped;
   and except a LOC candidate around an ORG or PER match ("kantor pusat
   Kemenkeu"): the body, not the building, is the actor.

A PER/ORG candidate that `resources/actors/non_actors.yaml` lists (a car
model, a programme acronym, "Persero" alone) is kept as MISC.

Adds: `mentions` (list of Mention: sentence index, start/end offsets into
`doc.text`, text, type in PER/ORG/GPE/LOC/NORP/MISC, origin; `actor` None,
for the "actors" stage to resolve).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..actors.openworld import gazetteer, indonesian_region
from ..document import Document, Mention, Sentence, Token
from ..pipeline import register
from ..resources import Resources, load_data, model_path
from .crf_features import CUE_CLASSES, NER_FEATURE_VERSION, CueLexicon, bio_spans, span_classes
from .crf_model import CrfModel, WordVectors, sequence_positions, shifted
from .tagger import Tagger, check_feature_version
from .tokens import Unglue

log = logging.getLogger(__name__)

MODEL_NAME = "ner_crf.crfsuite"
BUILD_HOW = "make train-ner"
CUES_FILE = "id/entity_cues.yaml"
NON_ACTORS_FILE = "actors/non_actors.yaml"
INSTITUTIONS_FILE = "actors/institutions.yaml"
ROLES_FILE = "actors/person_roles.yaml"
# Lists of non_actors.yaml whose words also mark a longer name ("Piala Asia", "KRL Commuterline");
# programme acronyms do not ("ASN Pemkot X" is the city government's staff). Treaties ("Konvensi X") and
# schemes or measures ("Bantuan X", "Indeks Y") open a longer name too.
_HEAD_LISTS = ("vehicles", "brands", "events", "document_heads", "deity_heads", "treaty_heads", "scheme_heads")
# Non-actor words this short are acronyms and match only in capitals ("RT" but not "Rt").
_ACRONYM_LENGTH = 4

# Order in which non-dictionary candidates are placed (higher first). The model
# goes before every cue: on idner-news-2k test, letting longer cue spans win
# cost 6 points of micro F1, because a title + organisation + name chain
# ("Ketua Umum Partai X Budi Santoso") gives a cue span across both names that
# the model splits correctly.
_RANK = {"model": 3, "strong_cue": 2, "weak_cue": 1}
# Longest name a cue rule will take after a title, preposition or head, in tokens;
# longer capitalised runs are headlines or lists, not one name.
_MAX_NAME = 4
_MAX_ORG_NAME = 6


class NonActors:
    """Names that are no actors (vehicles, brands, programmes, documents, company suffixes alone).

    Read from `resources/actors/non_actors.yaml`; a PER/ORG mention whose whole
    text is listed becomes MISC (or LOC for the `places` list: region
    abbreviations the model takes for names), so it resolves to no actor and is
    not counted among the unknown names.
    """

    def __init__(self, data: dict):
        self.types: dict[str, str] = {}
        self.heads: set[str] = set()  # words that make a longer name MISC when it starts with them
        self.tails = frozenset(self._key(str(w)) for key in ("event_tails", "document_tails", "venue_tails")
                               for w in data.get(key, ()))  # ... or ends with them
        for key, values in data.items():
            if not isinstance(values, list):
                continue
            for word in values:
                self.types[self._key(str(word))] = "LOC" if key == "places" else "MISC"
                if key in _HEAD_LISTS:
                    self.heads.add(self._key(str(word)))

    @staticmethod
    def _key(text: str) -> str:
        text = " ".join(text.split()).strip("()")
        return text if len(text) <= _ACRONYM_LENGTH else text.casefold()

    def type_of(self, text: str) -> str | None:
        """MISC or LOC for a listed name, None for any other.

        A name that starts with a listed vehicle, programme or event word is MISC too
        ("KRL Commuterline", "Piala Asia").
        """
        found = self.types.get(self._key(text))
        if found is None:
            words = text.split()
            if len(words) > 1 and (self._key(words[0]) in self.heads or self._key(words[-1]) in self.tails
                                   or (len(words) > 2 and self._key(" ".join(words[:2])) in self.heads)):
                return "MISC"  # a head of two words opens a longer name too ("Nilai Tukar X")
        return found


class NerModel:
    """The CRF NER model with its feature extraction: words -> (first, end, type) token spans.

    Decoded by `crf_model.CrfModel`: the labels are those `pycrfsuite.Tagger.tag`
    gives for `crf_features.ner_features`, computed from per-word, per-tag and
    per-cue weight vectors, for all sentences of a document in one pass.
    """

    def __init__(self, resources: Resources | None = None, *, path: Path | None = None,
                 cues: CueLexicon | None = None, tagger: Tagger | None = None):
        path = path or model_path(MODEL_NAME, how=BUILD_HOW)
        check_feature_version(path, NER_FEATURE_VERSION)
        self.model = model = CrfModel.load(path)
        self.cues = cues or CueLexicon(load_data(CUES_FILE))
        self.tagger = tagger or Tagger(resources)
        # The roles of `ner_features`, each a table of vectors: a word's own
        # features and the word at -1, +1, -2, +2 (from the tagger's cache: the
        # strings are the same for both models); a tag here, at -1, at +1; a cue
        # class here, at -1, +1, -2 (the empty class adds nothing).
        self._words = WordVectors(model, self.tagger.features.roles(5))
        self._tags = WordVectors(model, [lambda t: ("t=" + t,), lambda t: ("-1t=" + t,), lambda t: ("+1t=" + t,)])
        self._classes = WordVectors(model, [_cue("cue="), _cue("-1cue="), _cue("+1cue="), _cue("-2cue=")])
        self._classes.rows(["", *(label for _, label in CUE_CLASSES)])
        self._vectors = {name: model.vector([name]) for name in ("BOS", "EOS", "-1T", "-1l", "+1T", "+1l")}

    def labels(self, words: Sequence[str], tags: Sequence[str], classes: Sequence[str]) -> list[str]:
        """BIO labels of one sentence's words, given their POS tags and cue classes."""
        return self.label_sentences([(words, tags, classes)])[0]

    def label_sentences(self, sentences: Sequence[tuple[Sequence[str], Sequence[str], Sequence[str]]]) -> list[list[str]]:
        """BIO labels of each (words, tags, classes) sentence, decoded together."""
        lengths = [len(words) for words, _, _ in sentences]
        words = [w for sentence in sentences for w in sentence[0]]
        tags = [t for sentence in sentences for t in sentence[1]]
        classes = [c for sentence in sentences for c in sentence[2]]
        return self.model.names(self.label_ids(words, tags, classes, lengths), lengths)

    def label_ids(self, words: Sequence[str], tags: Sequence[str], classes: Sequence[str],
                  lengths: Sequence[int]) -> np.ndarray:
        """Label ids (into `model.labels`) for consecutive sentences of `lengths` tokens.

        The state scores add the vectors in the order `ner_features` lists the
        strings, so they equal crfsuite's sums over those strings.
        """
        if not words:
            return np.zeros(0, dtype=np.intp)
        w, t, c = self._words.rows(words), self._tags.rows(tags), self._classes.rows(classes)
        W, T, C, V = self._words.table, self._tags.table, self._classes.table, self._vectors
        capital = np.fromiter((word[:1].isupper() for word in words), dtype=bool, count=len(words))[:, None]
        position, size = sequence_positions(lengths)
        first, last = (position >= 1)[:, None], (position + 1 < size)[:, None]
        second, next_but_one = (position >= 2)[:, None], (position + 2 < size)[:, None]
        w1, t1, c1, up1 = shifted(w, 1), shifted(t, 1), shifted(c, 1), shifted(capital, 1)
        w9, t9, c9, up9 = shifted(w, -1), shifted(t, -1), shifted(c, -1), shifted(capital, -1)
        state = W[w, 0]
        state += T[t, 0]
        state += C[c, 0]
        state += np.where(first, W[w1, 1], V["BOS"])
        state += np.where(first, T[t1, 1], 0.0)
        state += np.where(first, np.where(up1, V["-1T"], V["-1l"]), 0.0)
        state += np.where(first, C[c1, 1], 0.0)
        state += np.where(last, W[w9, 2], V["EOS"])
        state += np.where(last, T[t9, 2], 0.0)
        state += np.where(last, np.where(up9, V["+1T"], V["+1l"]), 0.0)
        state += np.where(last, C[c9, 2], 0.0)
        state += np.where(second, W[shifted(w, 2), 3], 0.0)
        state += np.where(second, C[shifted(c, 2), 3], 0.0)
        state += np.where(next_but_one, W[shifted(w, -2), 4], 0.0)
        return self.model.decode(state, lengths)

    def spans(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """Entity token spans of one sentence's words, tagging and cue-marking them first."""
        tags = self.tagger.tag_words(list(words))
        classes = self.cues.classes([w.lower() for w in words])
        return bio_spans(self.labels(words, tags, classes))


def _cue(prefix: str):
    """The attribute a cue class contributes with `prefix`; none for the empty class."""
    return lambda label: (prefix + label,) if label else ()


@register("entities", requires=("sentences", "tokens"), adds=("mentions",))
class EntityStage:
    """Finds PER/ORG/GPE/LOC/NORP mentions per sentence from dictionary, model and cue words.

    Adds: `mentions` (see the module docstring for the merge precedence).
    Uses `tokens[].tag` when the tagger has run, and tags the sentence itself otherwise.
    """

    def __init__(self, resources: Resources):
        self._dictionary = resources.actor_dictionary
        cue_data = load_data(CUES_FILE)
        self._cues = CueLexicon(cue_data)
        self._client_titles = frozenset(w.lower() for w in cue_data.get("client_titles", ()))
        self._ranks = frozenset(w.lower() for w in cue_data.get("ranks", ()))
        self._rank_lead_re = rank_lead_re(self._ranks) if self._ranks else None
        self._rank_corps = frozenset(str(w).lower() for w in cue_data.get("rank_corps", ()))
        self._headline_verbs = frozenset(cue_data.get("headline_verbs", ()))
        self._name_leads = tuple(tuple(lead.split()) for lead in cue_data.get("person_name_leads", ()))
        # Offices named by their fields ("Dinas X, Y, dan Z"): their heads, and the words that end a field.
        self._field_heads = tuple(sorted((tuple(str(h).lower().split()) for h in cue_data.get("field_list_heads", ())),
                                         key=lambda h: -len(h)))
        stops = {str(w).lower() for w in cue_data.get("field_list_stops", ())}
        stops |= {str(w).split()[0].lower() for w in cue_data.get("person_titles", ()) if str(w).strip()}
        stops |= {str(w).split()[0].lower() for w in cue_data.get("org_heads", ()) if str(w).strip()}
        stops |= {lead[0].lower() for lead in self._name_leads}  # "... dan Pendidikan | Muhammad X": a person
        self._model = NerModel(resources, cues=self._cues)
        non_actor_data = load_data(NON_ACTORS_FILE)
        self._non_actors = NonActors(non_actor_data)
        # Ministry portfolios ("Kebudayaan", "Dalam Negeri"), longest first: after "Menteri" they end the title.
        self._portfolios = tuple(sorted((str(w) + " " for w in non_actor_data.get("portfolios", ())),
                                        key=lambda w: -len(w)))
        institutions = load_data(INSTITUTIONS_FILE)
        # Clipped ministry names ("Kemenkoinfra"): (prefix, shortest word length), longest prefix first.
        self._clipped = sorted(((p.lower(), len(p) + int(row["min_rest"]))
                                for row in institutions.get("clipped_prefixes", ()) for p in row["prefixes"]),
                               key=lambda c: -len(c[0]))
        self._clipped_starts = tuple(p for p, _ in self._clipped)
        self._clipped_not = frozenset(w.lower() for w in institutions.get("clipped_not_bodies", ()))
        # One-word heads of bodies ("Komnas", "Polres"): left out before a body's ORG span, they go back into it
        heads = {str(h).lower() for row in institutions.get("institutions", ()) for h in row.get("heads", ())}
        heads -= {str(h).lower() for h in institutions.get("unit_heads", ())}  # "Bidang | Humas X": a title's field
        heads -= {str(h).lower() for row in institutions.get("tail_heads", ())
                  for h in row.get("heads", ())}  # "Group | PT X": an English body's tail
        heads -= {str(h).lower() for h in non_actor_data.get("place_heads", ())}  # "Kecamatan | X": a place
        self._lone_heads = frozenset(h for h in heads if " " not in h and len(h) > 2)
        stops |= {h.split()[0] for row in institutions.get("institutions", ()) for h in
                  (str(x).lower() for x in row.get("heads", ())) if h.strip()}
        self._name_particles = frozenset(str(w).lower() for w in cue_data.get("name_particles", ()))
        # Titles of a region's head written before the region ("Bupati Sukamaju Budi"): `region_titles`.
        titles = load_data(ROLES_FILE).get("region_titles", ())
        self._region_title_re = region_title_re(titles) if titles else None
        self._indonesian_places = frozenset(non_actor_data.get("places", ()))
        self._noun_leads = frozenset(str(w) for w in non_actor_data.get("noun_leads", ()))
        self._ruling_leads = frozenset(str(w) for w in non_actor_data.get("ruling_leads", ()))
        glued = Unglue.from_resources(resources)
        self._glue_words = glued.words | glued.tails  # a listed word glued to a name is no part of it
        things = non_actor_data.get("things") or {}
        # English words of bodies and things ("Health", "Agreement"): no part of a personal name.
        self._english_words = frozenset(str(w).lower() for key in ("english_function_words", "english_body_words",
                                                                     "english_thing_words")
                                        for w in things.get(key, ()))
        self._field_stops = frozenset(stops | self._english_words)  # "dan Ministry (of X)": another body
        self._places = gazetteer()  # "... dan Jasa | Sukamaju": the office's place ends its last field

    def __call__(self, doc: Document) -> Document:
        by_sentence: dict[int, list[Token]] = {}
        for token in doc.tokens:
            by_sentence.setdefault(token.sentence, []).append(token)
        sentences = [(sentence, by_sentence.get(sentence.index, [])) for sentence in doc.sentences]
        # First every sentence's tags and cue classes, then one model pass for all of them.
        prepared = [self._prepare(tokens) for _, tokens in sentences]
        labels = iter(self._model.label_sentences([(p[0], p[1], p[2]) for p in prepared if p[0]]))
        mentions: list[Mention] = []
        for (sentence, tokens), (words, tags, classes, cue_spans) in zip(sentences, prepared):
            model_labels = next(labels) if words else []
            mentions.extend(self._sentence_mentions(doc, sentence, tokens, tags, classes, cue_spans, model_labels))
        doc.mentions = mentions
        return doc

    def _prepare(self, tokens: list[Token]):
        """(words, tags, cue classes, cue spans) of one sentence's tokens."""
        words = [t.text for t in tokens]
        tags = [t.tag for t in tokens]
        if None in tags:
            tags = self._model.tagger.tag_words(words)
        cue_spans = self._cues.spans([w.lower() for w in words])
        return words, tags, span_classes(cue_spans, len(words)), cue_spans

    def _sentence_mentions(self, doc: Document, sentence: Sentence, tokens: list[Token], tags, classes, cue_spans,
                           model_labels) -> list[Mention]:
        dictionary = [(m.start, m.end, m.mention_type)
                      for m in self._dictionary.match(doc.text, sentence.start, sentence.end)]
        candidates: list[tuple[int, int, str, str, int]] = []  # start, end, type, origin, rank
        if tokens:
            for first, end, kind in bio_spans(model_labels):
                candidates.append((tokens[first].start, tokens[end - 1].end, kind, "model", _RANK["model"]))
            candidates.extend(self._cue_candidates(tokens, tags, classes, cue_spans, dictionary,
                                                   self._client_titles))
            if self._clipped:
                candidates.extend(self._clipped_candidates(tokens))
        accepted = _merge(dictionary, candidates)
        text, non_actors = doc.text, self._non_actors
        accepted = _give_back_names(text, accepted, dictionary, self._ranks, non_actors)
        accepted = _tidy_spans(text, accepted, self._headline_verbs)
        if tokens:
            accepted = _cut_at_glue(text, accepted, tokens, self._glue_words)
        if self._field_heads:
            accepted = _field_list_into_body(text, accepted, self._field_heads, self._field_stops, sentence.end,
                                             self._places)
        if self._noun_leads:
            accepted = _noun_lead_off(text, accepted, self._noun_leads, self._lone_heads, self._ruling_leads)
        if self._region_title_re is not None:
            accepted = _region_off_name(text, accepted, self._region_title_re, self._indonesian_places)
        if tokens and tags and tags[0] == "NN" and not classes[0]:
            accepted = _common_lead(text, accepted, tokens, tags)
        accepted = _person_in_org(text, accepted, self._name_leads)
        if dictionary and tokens:
            cued = frozenset(tokens[k].start for k, label in enumerate(classes) if label)
            accepted = _name_after_body(text, accepted, dictionary, cued, non_actors, self._english_words,
                                        self._indonesian_places)
        if tokens:
            cued = frozenset(tokens[k].start for k, label in enumerate(classes) if label)
            accepted = _first_name_before_person(text, accepted, dictionary, cued, non_actors,
                                                 self._indonesian_places, self._name_leads)
        accepted = _english_body_glued(text, accepted)
        accepted = _head_back_into_body(text, accepted, self._lone_heads)
        if dictionary:
            accepted = _two_known_bodies(text, accepted, dictionary)
        if self._name_particles:
            accepted = _particle_hyphen(text, accepted, self._name_particles)
        if self._rank_lead_re is not None:
            accepted = _rank_gives_first_name(text, accepted, self._rank_lead_re, self._ranks, self._rank_corps)
        if tokens and any(label == "title" for _, _, label in cue_spans):
            after_title = frozenset(tokens[e].start for _, e, label in cue_spans if label == "title" and e < len(tokens))
            accepted = _office_before_rank(text, accepted, self._ranks, after_title, self._portfolios)
            if self._field_heads:
                accepted = _head_after_office(text, accepted, self._field_heads, self._field_stops, self._places,
                                              after_title)
        return [Mention(sentence.index, start, end, text[start:end],
                        (non_actors.type_of(text[start:end]) or kind)
                        if kind in ("PER", "ORG") and origin != "dictionary" else kind, origin=origin)
                for start, end, kind, origin in accepted]

    def _clipped_candidates(self, tokens):
        """ORG for a capitalised word formed like a clipped ministry name ("Kemenkoinfra", "Ditjenpas")."""
        out = []
        starts = self._clipped_starts
        for token in tokens:
            text = token.text
            if not text[:1].isupper() or not text.lower().startswith(starts):
                continue
            lower = text.lower()
            if lower in self._clipped_not or not text.isalpha():
                continue
            if any(lower.startswith(p) and len(lower) >= shortest for p, shortest in self._clipped):
                out.append((token.start, token.end, "ORG", "cue", _RANK["strong_cue"]))
        return out

    def _cue_candidates(self, tokens, tags, classes, cue_spans, dictionary, client_titles=frozenset()):
        if not cue_spans:
            return []
        # Only the title rule reads it; most sentences have no title cue.
        in_dictionary = _covered(tokens, dictionary) if any(label == "title" for _, _, label in cue_spans) else None

        def proper(first: int, end: int) -> bool:
            # Capitalised office nouns ("Menteri Koperasi", "kata Anggota") are not names;
            # the tagger's NNP separates most of them.
            return all(tags[k] == "NNP" for k in range(first, end))

        out = []
        for first, end, label in cue_spans:
            head_capitalised = tokens[first].text[:1].isupper()
            if label == "title":
                stop = _capital_run(tokens, classes, end, _MAX_NAME + 4, allow=("office",))
                name = end
                # Offices, countries and acronyms between a title and the name are not the name.
                while name < stop and (classes[name] == "office" or in_dictionary[name]
                                       or (tokens[name].text.isupper() and len(tokens[name].text) > 1)):
                    name += 1
                after = _apposition(tokens, classes, in_dictionary, stop)
                if after is not None:
                    # "Kapolres Wanareja, Darsono Widagdo": a title, its office or place, a comma and
                    # a name; the name after the comma is the person.
                    out.append((tokens[after[0]].start, tokens[after[1] - 1].end, "PER", "cue",
                                _RANK["strong_cue"]))
                lone = (stop - name == 1 and name == end and stop + 1 < len(tokens) and tokens[stop].text == ","
                        and (after is not None or classes[stop + 1] == "title")
                        and " ".join(t.text.lower() for t in tokens[first:end]) not in client_titles)
                if lone and not in_dictionary[name] and proper(name, stop):
                    # ... and the lone word between the title and the comma is the office's place.
                    out.append((tokens[name].start, tokens[name].end, "LOC", "cue", _RANK["weak_cue"]))
                    continue
                if (name < stop and stop - name <= _MAX_NAME and not any(in_dictionary[name:stop])
                        and proper(name, stop)):
                    out.append((tokens[name].start, tokens[stop - 1].end, "PER", "cue", _RANK["strong_cue"]))
            elif label == "orghead" and head_capitalised:
                stop = _capital_run(tokens, classes, end, _MAX_ORG_NAME, allow=("office", "lochead", "orghead"))
                if stop > end:
                    out.append((tokens[first].start, tokens[stop - 1].end, "ORG", "cue", _RANK["strong_cue"]))
            elif label == "lochead":
                stop = _capital_run(tokens, classes, end, _MAX_NAME, allow=())
                if stop > end:
                    begin = first if head_capitalised else end
                    out.append((tokens[begin].start, tokens[stop - 1].end, "LOC", "cue", _RANK["strong_cue"]))
            elif label in ("locprep", "report") and end < len(tokens) and not classes[end]:
                stop = _capital_run(tokens, classes, end, _MAX_NAME, allow=())
                acronym = tokens[end].text.isupper() and len(tokens[end].text) > 1
                if stop > end and not acronym and proper(end, stop):
                    kind = "LOC" if label == "locprep" else "PER"
                    out.append((tokens[end].start, tokens[stop - 1].end, kind, "cue", _RANK["weak_cue"]))
        return out


def _apposition(tokens: Sequence[Token], classes: Sequence[str], in_dictionary: Sequence[bool],
                at: int) -> tuple[int, int] | None:
    """(first, end) of a name of 2..4 capitalised words after a comma at `at`, closed by a comma, a full
    stop or a lower-case word ("Menteri Pangan, Wiryo Santosa, ..."); None when there is none.

    Words with a cue class, acronyms and dictionary names are not such a name; a title right after the
    comma has its own cue rule.
    """
    if at >= len(tokens) or tokens[at].text != ",":
        return None
    first = at + 1
    stop = _capital_run(tokens, classes, first, _MAX_NAME + 1, allow=())
    if not 2 <= stop - first <= _MAX_NAME or any(in_dictionary[first:stop]):
        return None
    if any(len(t.text) > 1 and t.text.isupper() for t in tokens[first:stop]):
        return None
    if stop < len(tokens) and tokens[stop].text[:1].isupper():
        return None
    return first, stop


def _capital_run(tokens: Sequence[Token], classes: Sequence[str], begin: int, limit: int,
                 allow: Sequence[str]) -> int:
    """End (exclusive) of the run of capitalised tokens from `begin`, at most `limit` long."""
    stop = begin
    while stop < len(tokens) and stop - begin < limit:
        text = tokens[stop].text
        if not text[:1].isupper() or (classes[stop] and classes[stop] not in allow):
            break
        stop += 1
    return stop


def _covered(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[bool]:
    return [any(s <= t.start and t.end <= e for s, e, _ in spans) for t in tokens]


def _give_back_names(text: str, accepted, dictionary, ranks: frozenset[str], non_actors: NonActors):
    """Hand the words an ORG span took from the person named right after it back to that person.

    The model runs a body into the first word of the name that follows ("Polres X AKP Budi | Santoso",
    "PDIP Budi | Santoso Wirawan"): when an ORG span is followed at once (one space) by a PER span,
    - a rank inside the ORG span (`ranks`) ends the body, and the words after it open the name (with no
      PER span after it, the capitalised words after the rank are the whole name);
    - else an ORG span that opens with dictionary names and ends with one more capitalised word
      (not an acronym, a listed non-actor or a gazetteer place) gives that word to the name.
    """
    out = list(accepted)
    i = -1
    while i + 1 < len(out):
        i += 1
        start, end, kind, origin = out[i]
        if kind != "ORG" or origin == "dictionary":
            continue
        after = out[i + 1] if i + 1 < len(out) else None
        if after is None or after[2] != "PER" or after[0] != end + 1 or text[end] != " ":
            # "Polres X AKP Budi Santoso" with no name after it: the body and the person it ran into
            words = text[start:end].split(" ")
            rank = next((k for k in range(1, len(words) - 1) if words[k].lower() in ranks), None)
            if rank is not None and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words[rank + 1:]):
                body_end = start + len(" ".join(words[:rank]))
                name_start = start + len(" ".join(words[:rank + 1])) + 1
                out[i] = (start, body_end, kind, origin)
                out.insert(i + 1, (name_start, end, "PER", origin))
            continue
        words = text[start:end].split(" ")
        offsets, pos = [], start
        for word in words:
            offsets.append(pos)
            pos += len(word) + 1
        rank = next((k for k in range(1, len(words)) if words[k].lower() in ranks), None)
        if rank is not None:
            body_end = offsets[rank - 1] + len(words[rank - 1])
            name_start = offsets[rank + 1] if rank + 1 < len(words) else after[0]
            out[i] = (start, body_end, kind, origin)
            out[i + 1] = (name_start, after[1], "PER", after[3])
            continue
        word = words[-1]
        if len(words) >= 3 and word.isalpha() and word[:1].isupper() and not word.isupper() \
                and non_actors.type_of(word) is None and word not in gazetteer() \
                and any(" ".join(words[-1 - k:-1]) in gazetteer() for k in range(1, min(3, len(words) - 2) + 1)):
            # "Dinas X Kabupaten Sukamaju | Budi | Santoso": a body ends with its place; the word after it opens the name
            out[i] = (start, offsets[-1] - 1, kind, origin)
            out[i + 1] = (offsets[-1], after[1], "PER", after[3])
            continue
        inner = [d for d in dictionary if start <= d[0] and d[1] <= end]
        if not inner or min(d[0] for d in inner) != start or len(words) < 2:
            continue
        last = max(d[1] for d in inner)
        word = words[-1]
        if last != offsets[-1] - 1 or not word.isalpha() or not word[:1].isupper() or word.isupper() \
                or non_actors.type_of(word) is not None or word in gazetteer():
            continue  # "DPRD Sukamaju | Budi": the body's place stays with it
        own = next((d for d in inner if (d[0], d[1]) == (start, last)), None)
        out[i] = (start, last, own[2], "dictionary") if own is not None else (start, last, kind, origin)
        out[i + 1] = (offsets[-1], after[1], "PER", after[3])
    return out


# A word run together from two by a page that lost its spaces: a caption's label or a team's name glued to
# the name after it ("CEOTimbangan Motor Budi Santoso" written "CEOTimbanganMotor"). An acronym run into a
# capitalised word, or two lower-to-upper joins in one word; one join is a name ("McDonald", "DeGeneres").
_GLUED_WORD = re.compile(r"(?<![A-Z])[A-Z]{2,8}[A-Z][a-z]{2}|[a-z][A-Z][a-z]{1,20}[A-Z]")  # bounded: linear
# Digits glued to the end of a name by a caption's numbering ("Nama Santoso6").
_TRAILING_DIGITS = re.compile(r"(?<=[a-z]{2})\d{1,2}$")
# A quoted word joined to a name by a hyphen ("Budi Santoso-'pulang'"): the quote is not part of the name.
_HYPHEN_QUOTE = re.compile(r"(?<=\w)-['\"‘“]")


_LINK_LEAD = re.compile(r"(?:and|dan|serta|or|atau|&)[ \t]++(?=[A-Z])")  # a list's link word before a name


def _tidy_spans(text: str, accepted, headline_verbs: frozenset[str] = frozenset()):
    """Trim PER/ORG spans of the model and the cues to the name they hold.

    - a bracket opened and not closed in the span ends it ("Dinas Perhubungan (Dishub"), one closed and
      not opened starts it after the bracket ("KBRI) Kotabesar");
    - a first word glued from two words (`_GLUED_WORD`) before a name of two words or more is left out;
    - a caption's number glued to a person's last word is left out;
    - a quoted word joined to a person's name by a hyphen ("Nama-'kata'", `_HYPHEN_QUOTE`) is left out;
    - a headline's bare verb (`headline_verbs`: "Bank X | Raih Mandat") ends the span;
    - a list's lower-case link word that opens the span ("and Sukamaju Metals", "dan Budi") is left out.
    """
    out = []
    for start, end, kind, origin in accepted:
        if kind in ("PER", "ORG") and origin != "dictionary":
            span = text[start:end]
            opened = span.find("(")
            if opened > 0 and ")" not in span[opened:]:
                end = start + len(span[:opened].rstrip())
            closed = span.find(")")
            if 0 <= closed < end - start - 1 and "(" not in span[:closed]:
                start += closed + 1 + (len(span[closed + 1:]) - len(span[closed + 1:].lstrip()))
            link = _LINK_LEAD.match(text, start, end)
            if link is not None:
                start = link.end()  # "VHM, | and Sukamaju Metals": the list's link word is no part of the name
            words = text[start:end].split(" ")
            if kind == "PER" and len(words) >= 3 and _GLUED_WORD.search(words[0]) \
                    and all(w[:1].isupper() for w in words[1:]):
                start += len(words[0]) + 1
            words = text[start:end].split(" ")
            verb = next((k for k in range(1, len(words)) if words[k] in headline_verbs), None)
            if verb is not None:
                end = start + len(" ".join(words[:verb]))
            quoted = _HYPHEN_QUOTE.search(text, start, end) if kind == "PER" else None
            if quoted is not None and quoted.start() > start:
                end = quoted.start()
            digits = _TRAILING_DIGITS.search(text, start, end) if kind == "PER" else None
            if digits is not None:
                end = digits.start()
            if end <= start:
                continue
        out.append((start, end, kind, origin))
    return out


_FIELD_WORD = re.compile(r"[A-Z][a-z][\w'’-]*+")  # a capitalised field word ("Permukiman"), not an acronym
_FIELD_LINKS = frozenset(load_data("id/entity_cues.yaml")["field_list_links"])  # "dan", "serta", "&"
_FIELD_MAX_WORDS = 3  # words of one field ("Sumber Daya Mineral")
_FIELD_MAX_ITEMS = 5


def _place_at(text: str, match: re.Match, places) -> bool:
    """Whether a place of the gazetteer is written at `match`: a place of two words, or one word that ends the
    capitalised run ("Jasa | Sukamaju."; not "Sumber" in "Sumber Daya", a field)."""
    after = _FIELD_WORD.match(text, match.end() + 1) if text.startswith(" ", match.end()) else None
    if after is None:
        return match.group() in places
    return f"{match.group()} {after.group()}" in places


def _field_span(text: str, span, places) -> bool:
    """Whether a span of the model or the cues may lie inside a field of an office's list: a body's span of its
    own (the model's "Tata Ruang"), a MISC span, or one word typed LOC that is no place of the gazetteer
    ("Hewan, | Ikan |, dan Tumbuhan"). Never a listed body's, a person's or a real place's."""
    start, end, kind, origin = span
    if origin == "dictionary":
        return False
    if kind in ("ORG", "MISC"):
        return True
    surface = text[start:end]
    return kind == "LOC" and " " not in surface and surface not in places


def _field_list_into_body(text: str, accepted, heads: tuple[tuple[str, ...], ...], stops: frozenset[str],
                          limit: int, places=frozenset()):
    """Run a PER/ORG span that opens with an office head (`field_list_heads`) on over the rest of its list of
    fields: "Dinas Pekerjaan Umum | , Perumahan, dan Tata Ruang", "Biro Hukum | dan Humas".

    The list must close with a link word ("dan", "serta", "&") and a capitalised field before `limit` (the
    sentence's end). Every field is one to three capitalised words that are no acronym, open with no `stops` word
    (a body's head, a region, a title: then the list names two bodies and nothing is joined) and hold no span
    but those `_field_span` allows (the joined span takes them in; an ORG span that runs on past the last field
    keeps its rest, the parent body: "... dan Komunikasi | BNPB"). The last field ends before a `stops` word
    ("... dan Tata Ruang | Kabupaten X"), a place of the gazetteer (`places`: "... dan Jasa | Sukamaju"), a
    bracket, punctuation or another span.
    """
    if not accepted:
        return accepted
    out = list(accepted)
    k = 0
    while k < len(out):
        start, end, kind, origin = out[k]
        k += 1
        if kind not in ("PER", "ORG") or origin == "dictionary":
            continue
        words = text[start:end].lower().split()
        if not any(tuple(words[:len(h)]) == h and len(words) > len(h) for h in heads):
            continue
        # the spans that begin after this one, in text order: a field may hold a model ORG span, nothing else
        later = [s for s in out[k:] if s[0] < limit]
        at, fields, joined = end, 0, None
        while fields < _FIELD_MAX_ITEMS:
            comma = text.startswith(", ", at)
            if comma:
                link_at = at + 2
            elif text.startswith(" ", at):
                link_at = at + 1
            else:
                break
            word_end = text.find(" ", link_at, limit)
            link = None
            if word_end > 0 and text[link_at:word_end] in _FIELD_LINKS:
                link, link_at = text[link_at:word_end], word_end + 1
            elif not comma:
                break  # "Dinas X | Kabupaten Y": no list goes on here
            # one field: capitalised words, up to a stop, a bracket, punctuation or another span
            pos, count, field_end = link_at, 0, -1
            while count < _FIELD_MAX_WORDS and pos < limit:
                match = _FIELD_WORD.match(text, pos)
                if match is None or match.end() > limit:
                    break
                if match.group().lower() in stops or (count and _place_at(text, match, places)) or any(
                        s[0] == pos and not _field_span(text, s, places) for s in later):
                    break
                count, field_end = count + 1, match.end()
                if not text.startswith(" ", field_end):
                    break
                pos = field_end + 1
            if count == 0:
                break  # no field, or a field that opens with another body's head or a region
            if any(s[0] < field_end and link_at < s[1] and (not _field_span(text, s, places)
                                                            or (s[1] > field_end and s[0] < link_at))
                   for s in later):
                break  # a person, a place or a listed body inside the field
            fields, at = fields + 1, field_end
            if link is not None:
                joined = at
                break
        if joined is None:
            continue
        taken = [s for s in later if start < s[1] and s[0] < joined]
        for s in taken:
            rest = text.find(" ", joined, s[1]) + 1 if s[2] == "ORG" and s[1] > joined else 0
            if rest:  # "... dan Komunikasi | BNPB": the parent body's part of a span over the last field stays
                out[out.index(s)] = (rest, s[1], s[2], s[3])
            else:
                out.remove(s)
        # an office, whatever the model typed it: a PER-typed list of fields is read as a title by the resolver
        out[k - 1] = (start, joined, "ORG", origin)
    return out


def _head_after_office(text: str, accepted, heads: tuple[tuple[str, ...], ...], stops: frozenset[str], places,
                       after_title: frozenset[int]):
    """Split an office's span run into its head's name after the office's place: "Kepala | Dinas Pangan Sukamaju
    Rina Wati" is the office "Dinas Pangan Sukamaju" and the person "Rina Wati".

    Only a model/cue ORG span right after a title (`after_title`: the head is named), that opens with an office
    head (`field_list_heads`) and has an Indonesian place of the gazetteer (`places`: name -> country) after its
    head, followed by two or three capitalised words to its end that are no acronym, no `stops` word and no place
    ("Maria Victoria Dewi": a foreign place's name is as often a given name).
    """
    out = []
    for start, end, kind, origin in accepted:
        if kind == "ORG" and origin != "dictionary" and start in after_title:
            words = text[start:end].split(" ")
            lower = [w.lower() for w in words]
            if any(tuple(lower[:len(h)]) == h for h in heads) and 4 <= len(words) <= 10:
                split = None
                for rest in (2, 3):
                    cut = len(words) - rest
                    if cut < 2:
                        break
                    person = words[cut:]
                    if not all(_FIELD_WORD.fullmatch(w) and w.lower() not in stops and w not in places
                               for w in person):
                        break
                    place = words[cut - 1]
                    if places.get(place) == "IDN" or (cut >= 3 and places.get(f"{words[cut - 2]} {place}") == "IDN"):
                        split = cut
                        break
                if split is not None:
                    at = start + len(" ".join(words[:split]))
                    out.append((start, at, kind, origin))
                    out.append((at + 1, end, "PER", origin))
                    continue
        out.append((start, end, kind, origin))
    return out


def _cut_at_glue(text: str, accepted, tokens: Sequence[Token], words: frozenset[str]):
    """Cut a PER/ORG span at a word the tokens stage split off a name (`tokens.Unglue`): "Budi Anom|Sekretaris"
    ends before "Sekretaris", "kata|Budi Santoso" starts at "Budi", "Budi Santoso kepada|detikX" ends before
    "kepada". A join is two letter tokens with no space
    between; the listed side (`words`) is left out, the name side kept."""
    joins = [(prev, token) for prev, token in zip(tokens, tokens[1:])
             if token.start == prev.end and prev.text[-1:].isalpha() and token.text[:1].isalpha()]
    if not joins:
        return accepted
    out = []
    for start, end, kind, origin in accepted:
        if kind in ("PER", "ORG") and origin != "dictionary":
            for prev, token in joins:
                if not start <= prev.start < token.end <= end:
                    continue
                if token.text.lower() in words:
                    end = prev.end
                elif prev.text.lower() in words:
                    if prev.start == start:
                        start = token.start
                    else:  # "Budi Santoso kepada|detikX": the listed word and what follows it are no name
                        end = start + len(text[start:prev.start].rstrip())
                        break
            if end <= start:
                continue
        out.append((start, end, kind, origin))
    return out


def _noun_lead_off(text: str, accepted, leads: frozenset[str], heads: frozenset[str] = frozenset(),
                   rulings: frozenset[str] = frozenset()):
    """Leave a common noun (`noun_leads`: "Janji", "Usulan") out of the start of a PER span of two words or
    more: "Janji | Budi Santoso diucapkan", "Usulan | Perpres sudah masuk" (the rest is typed as its text says);
    and a ruling's word (`rulings`) out of an ORG span whose next word is a body's head (`heads`): "Penetapan |
    Pengadilan Negeri X"."""
    out = []
    for start, end, kind, origin in accepted:
        if kind in ("PER", "ORG") and origin != "dictionary":
            first, space, rest = text[start:end].partition(" ")
            if space and rest[:1].isupper() and ((kind == "PER" and first in leads) or (
                    kind == "ORG" and first in rulings and rest.split(" ", 1)[0].lower() in heads)):
                start += len(first) + 1
            if kind == "PER":
                clause = _CLAUSE_TAIL.search(text, start, end)
                if clause is not None and clause.start() > start and _NUMBER_AHEAD.match(text, end):
                    end = clause.start() - 1  # "Tersangka M | Pasal 45": an article of a law after the name
        out.append((start, end, kind, origin))
    return out


def _two_known_bodies(text: str, accepted, dictionary):
    """Split an ORG span of the model made of two dictionary bodies and a link word between ("TNI dan Kejagung",
    "Polri serta KPK") into the two bodies."""
    bounds = {(s, e): k for s, e, k in dictionary}
    ends = {e: (s, k) for s, e, k in dictionary}
    out = []
    for start, end, kind, origin in accepted:
        if kind == "ORG" and origin != "dictionary":
            link = _BODY_LINK.search(text, start, end)
            if link is not None and link.start() in ends and ends[link.start()][0] == start \
                    and (link.end(), end) in bounds:
                out.append((start, link.start(), ends[link.start()][1], "dictionary"))
                out.append((link.end(), end, bounds[(link.end(), end)], "dictionary"))
                continue
        out.append((start, end, kind, origin))
    return out


def region_title_re(titles) -> re.Pattern:
    """A region head's title, or a body's acronym ("Kadis PUPR | Sukamaju Budi"), ending where a span starts, with its acronym in brackets after it ("Wali Kota
    (Walkot)") and the region's first word (group 1) after that ("Gubernur Sulawesi | Tengah Budi"); or a body's
    acronym in brackets alone ("Kepala Badan Pendapatan Daerah (Bapenda) | Sukamaju Budi")."""
    alternation = "|".join(re.escape(str(t)) for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w-])(?:{alternation}|(?-i:[A-Z]{{2,7}}))(?:\s\([A-Za-z]{{2,10}}\))?"
                      rf"\s(?:([A-Z][a-z]{{2,20}})\s)?|\([A-Za-z]{{2,10}}\)\s)$", re.IGNORECASE)


# Between an ORG span and a PER span: a space, or the first word of a region and a space.
_REGION_LEAD = re.compile(r" (?:([A-Z][a-z]{2,20}) )?")


def _region_off_name(text: str, accepted, title_re: re.Pattern, places: frozenset[str]):
    """Leave the region of a regional head's title out of the PER span of the name written after it.

    "Wakil Bupati Sukamaju Budi Santoso": the model's span "Sukamaju Budi Santoso" starts with the
    region of the title; when the text right before the span ends with a region title (`region_titles`
    of person_roles.yaml) and the span's first one to three words are an Indonesian province, regency or
    city, the span starts after them (a name of at least one capitalised word must be left). The title's
    acronym in brackets may follow it ("Wali Kota (Walkot)"), and the region's first word may stand before
    the span ("Gubernur Sulawesi | Tengah Budi": `region_title_re`). The same holds right after an ORG span
    ("Ketua Partai X | Sukamaju Budi": the body's region). A PER span made only of such regions
    (an author's byline "... pesantren X, Sukamaju Madura") is a place: LOC.
    """
    out = []
    for start, end, kind, origin in accepted:
        if kind == "PER" and origin != "dictionary" and " " in text[start:end] \
                and all(indonesian_region(w, places) for w in text[start:end].split(" ")):
            out.append((start, end, "LOC", origin))  # "Sumenep Madura": places one after another, no name
            continue
        found = title_re.search(text, max(0, start - 48), start) \
            if kind == "PER" and origin != "dictionary" else None
        previous = out[-1] if out else None
        gap = _REGION_LEAD.fullmatch(text, previous[1], start) \
            if found is None and kind == "PER" and origin != "dictionary" and previous is not None \
            and previous[2] == "ORG" and previous[1] < start else None
        if gap is not None:
            # "Ketua Partai X | Sukamaju Budi", "Kanwil X Sukamaju | Barat Budi": the region of the body named
            # right before the span (its first word may stand between the two)
            words = text[start:end].split(" ")
            lead = gap.group(1) + " " if gap.group(1) else ""
            for k in range(min(3, len(words) - 1), 0, -1):
                region = " ".join(words[:k])
                # only the curated provinces and cities (`places`): regencies often bear given names ("Bima")
                if all(w[:1].isupper() for w in words[k:]) and (lead + region in places or region in places):
                    start += len(region) + 1
                    break
            out.append((start, end, kind, origin))
            continue
        if found is not None:
            words = text[start:end].split(" ")
            lead = found.group(1) + " " if found.group(1) else ""
            if lead and not any(indonesian_region(lead + " ".join(words[:k]), places)
                                for k in range(1, min(3, len(words) - 1) + 1)):
                out.append((start, end, kind, origin))
                continue  # "Bupati Budi | Santoso Wirawan": the word before the span is no region's
            if indonesian_region(lead + text[start:end], places):
                out.append((start, end, kind, origin))
                continue  # "Bupati Sukamaju Utara": the region alone
            for k in range(min(3, len(words) - 1), 0, -1):
                rest = words[k:]
                if all(w[:1].isupper() for w in rest) and indonesian_region(lead + " ".join(words[:k]), places):
                    start += len(" ".join(words[:k])) + 1
                    break
        out.append((start, end, kind, origin))
    return out


def _common_lead(text: str, accepted, tokens: Sequence[Token], tags: Sequence[str]):
    """Leave a sentence's first word out of a PER span of the model when it is a common noun.

    "Kisruh | Nama dengan ...", "Polemik | Nama ...": a capitalised noun that opens the sentence (tag NN, no cue
    class: not a title, and written in lower case elsewhere in the document) run into the name after it (tag
    NNP). Called only when the first token is tagged so.
    """
    first = tokens[0]
    if len(tokens) < 2 or tags[1] != "NNP" or not first.text.isalpha() or not first.text[1:].islower():
        return accepted
    if not any(start == first.start and kind == "PER" for start, _, kind, _ in accepted):
        return accepted
    # The tagger reads many given names as nouns ("Subur", "Hasan"): the document must also write the word in
    # lower case, as a common noun ("kisruh itu ...").
    if re.search(rf"(?<![\w-]){re.escape(first.text.lower())}(?![\w-])", text) is None:
        return accepted
    out = []
    for start, end, kind, origin in accepted:
        if kind == "PER" and origin != "dictionary" and start == first.start and end > tokens[1].start \
                and text[first.end:tokens[1].start] == " ":
            start = tokens[1].start
        out.append((start, end, kind, origin))
    return out


def _person_in_org(text: str, accepted, leads: tuple[tuple[str, ...], ...]):
    """Split an ORG span of the model that runs on into a person's name opened by a name lead.

    "Ketua Unit Komunikasi Universitas Sukamaju | Ni Nyoman Sari", "DEMA UIN Sukamaju | M Iqbal Santoso": the
    words from the lead on (a lead and at least two more capitalised words, none an acronym) are a PER span.
    An ORG span that opens with a lead and is followed at once by a PER span ("M. Budi | Santoso Wirawan") is
    the first part of that person's name: the two become one PER span.
    """
    if not leads:
        return accepted
    out = []
    merged_into = None
    for i, (start, end, kind, origin) in enumerate(accepted):
        if merged_into is not None:
            out.append((merged_into, end, "PER", origin))
            merged_into = None
            continue
        after = accepted[i + 1] if i + 1 < len(accepted) else None
        if kind == "ORG" and origin != "dictionary" and after is not None and after[2] == "PER" \
                and after[0] == end + 1 and text[end] == " " \
                and any(tuple(text[start:end].split(" ")[:len(lead)]) == lead for lead in leads):
            merged_into = start  # "M. Budi | Santoso Wirawan": a name lead opens the person's name
            continue
        if kind == "ORG" and origin != "dictionary":
            words = text[start:end].split(" ")
            for k in range(1, len(words) - 2):
                lead = next((lead for lead in leads if tuple(words[k:k + len(lead)]) == lead), None)
                rest = words[k + len(lead):] if lead is not None else []
                if lead is not None and len(lead) + len(rest) >= 3 and rest \
                        and all(w[:1].isupper() and not w.isupper() for w in rest):
                    cut = start + len(" ".join(words[:k]))
                    out.append((start, cut, kind, origin))
                    out.append((cut + 1, end, "PER", origin))
                    break
            else:
                out.append((start, end, kind, origin))
            continue
        out.append((start, end, kind, origin))
    return out


def _name_after_body(text: str, accepted, dictionary, cued: frozenset[int], non_actors: NonActors,
                     english: frozenset[str] = frozenset(), regions: frozenset[str] = frozenset()):
    """Split an ORG span that runs from a known body into the name of its official after it.

    "Jubir KPK | Budi Santoso Wirawan", "Humas Puspenkum Kejagung RI | Budi Santoso": the model's ORG span holds
    dictionary names (the body), the last of which ends with an acronym, and ends with two to four capitalised words
    that read as a personal name: none is a cue word (a title, an office, a place head), an Indonesian region,
    a listed non-actor, an English word of bodies or things ("Health", "Agreement"), or a word the document
    also writes in lower case (a common noun: "Penerima Bantuan").
    The body keeps its dictionary span and type; the name becomes a PER span.
    """
    out = []
    for start, end, kind, origin in accepted:
        if kind != "ORG" or origin == "dictionary":
            out.append((start, end, kind, origin))
            continue
        inner = [d for d in dictionary if start <= d[0] and d[1] <= end]
        body_end = max((d[1] for d in inner), default=-1)
        if not inner or body_end >= end or text[body_end:body_end + 1] != " " \
                or not text[start:body_end].rsplit(" ", 1)[-1].isupper():
            out.append((start, end, kind, origin))
            continue
        words = text[body_end + 1:end].split(" ")
        if not 2 <= len(words) <= 4 or any(w.lower() in english for w in words) \
                or not _personal_name(text, body_end + 1, words, cued, non_actors, regions):
            out.append((start, end, kind, origin))
            continue
        own = next((d for d in inner if (d[0], d[1]) == (start, body_end)), None)
        out.append((start, body_end, own[2], "dictionary") if own is not None else (start, body_end, kind, origin))
        out.append((body_end + 1, end, "PER", origin))
    return out


# Legal forms of companies: a body's name is more than one ("PT | Super Gasindo" is no body and a name).
_LEGAL_FORMS = frozenset({"PT", "CV", "UD", "PD", "Tbk", "Persero", "Perum", "Perumda", "Koperasi"})
# An Indonesian abstract noun (ke-/pe-/per-...-an): a word of a body's name, no given name.
_ABSTRACT_WORD = re.compile(r"(?:Ke|Pe)[a-z]{4,}an")


def _first_name_before_person(text: str, accepted, dictionary, cued: frozenset[int], non_actors: NonActors,
                              regions: frozenset[str] = frozenset(), leads: tuple[tuple[str, ...], ...] = ()):
    """Give the last words of an ORG span to the PER span right after it when they are the person's first names.

    "Ketua MPBI Sukamaju Irsyad | Ade Irawan", "Kasi Humas Polres Kotabaru I Ketut | Sukadi": the model's ORG span
    took the official's first name (one or two words that read as a personal name, see `_personal_name`, or a
    name lead such as "I Ketut") and the PER span holds the rest. Only where what is left of the ORG span still
    ends as a body's name ends: an acronym of three letters or more after at least one other word, or a place
    after at least one other word ("Polres Kotabaru"), or the end of a dictionary name ("Kementerian Dalam
    Negeri"); a legal form alone ("PT | Super Gasindo") is no body, and a lone acronym is often a board of the
    body named after it ("BPP | Hipmi").
    """
    out = []
    skip = False
    places = gazetteer()
    for i, (start, end, kind, origin) in enumerate(accepted):
        if skip:
            skip = False
            continue
        after = accepted[i + 1] if i + 1 < len(accepted) else None
        if kind != "ORG" or origin == "dictionary" or after is None or after[2] != "PER" \
                or after[0] != end + 1 or text[end] != " ":
            out.append((start, end, kind, origin))
            continue
        words = text[start:end].split(" ")
        cut = None
        for size in (1, 2):
            if len(words) <= size:
                break
            tail, rest = words[-size:], words[:-size]
            tail_start = end - len(" ".join(tail))
            if tuple(tail) not in leads and (any(_ABSTRACT_WORD.fullmatch(w) for w in tail)
                                             or not _personal_name(text, tail_start, tail, cued, non_actors, regions)
                                             or " ".join(tail) in places
                                             or any(re.search(rf"(?<!\w){w.upper()}(?!\w)", text) for w in tail)):
                continue  # (a place, "Kuantan"; a body's acronym written in small letters, "Hipmi")
            if any(d[0] < end and tail_start < d[1] for d in dictionary):
                continue  # a dictionary name ("Bank X Indonesia") is no given name
            whole = text[start:end]
            if text.count(whole) > text.count(f"{whole} {text[after[0]:after[1]].split(' ')[0]}"):
                continue  # the document writes the body with these words elsewhere ("PT MAM Energindo, Nama")
            rest_end = start + len(" ".join(rest))
            last = rest[-1]
            if (len(rest) >= 2 and last.isupper() and len(last) >= 3 and last not in _LEGAL_FORMS) \
                    or (len(rest) >= 2 and rest[0] not in _LEGAL_FORMS and indonesian_region(last, regions)) \
                    or any(d[1] == rest_end and d[0] >= start for d in dictionary):
                cut = rest_end
                break
        if cut is None:
            out.append((start, end, kind, origin))
            continue
        out.append((start, cut, kind, origin))
        out.append((cut + 1, after[1], "PER", after[3]))
        skip = True
    return out


# English heads of bodies whose names go on with a lower-case "for"/"of" ("Centre for X Studies (CXS)"): the
# entity model stops at the lower-case word and glues the head to the span before it.
_ENGLISH_HEADS = frozenset({"Institute", "Centre", "Center", "Foundation", "Council", "Association", "Society",
                            "Agency", "Organization", "Organisation", "Network", "Alliance", "Commission",
                            "Committee", "Forum", "School", "College", "University", "Academy", "Initiative"})
_ENGLISH_JOINS = frozenset({"for", "of", "on", "and", "the", "&", "in"})
_BRACKETED_ACRONYM = re.compile(r" \([A-Z][A-Za-z]{1,9}\)")


def _particle_hyphen(text: str, accepted, particles: frozenset[str]):
    """Run a PER/ORG span that ends with an Arabic article or kin word right before a hyphen over the hyphen and the
    word it joins: "Ponpes Al | -Ikhlas" -> "Ponpes Al-Ikhlas" (`name_particles` of entity_cues.yaml)."""
    out = []
    skip = -1
    for k, (start, end, kind, origin) in enumerate(accepted):
        if k == skip:
            continue
        if kind in ("PER", "ORG") and origin != "dictionary" and text[end:end + 1] == "-" \
                and text[start:end].rsplit(" ", 1)[-1].lower() in particles:
            joined = _HYPHEN_WORD.match(text, end)
            after = accepted[k + 1] if k + 1 < len(accepted) else None
            if after is not None and after[0] == end + 1 and after[3] != "dictionary":
                end, skip = after[1], k + 1  # "Ponpes Al | - | Ikhlas Sukamaju": the model's two halves are one name
            elif joined is not None and (after is None or after[0] >= joined.end()):
                end = joined.end()
        out.append((start, end, kind, origin))
    return out


def _head_back_into_body(text: str, accepted, heads: frozenset[str]):
    """Give an ORG span the body's head the model left before it: "Ketua Komnas | PA Sukamaju" -> "Komnas PA
    Sukamaju". The head (a one-word head of institutions.yaml written with a capital and lower case, not a body's
    own acronym, a unit's, an English tail or a place head) stands right before the span, one space between, and in
    no other span."""
    out = []
    for start, end, kind, origin in accepted:
        if kind == "ORG" and origin != "dictionary" and start > 2 and text[start - 1] == " ":
            found = _WORD_BEFORE.search(text, max(0, start - 30), start)
            if found is not None and found.group(1).lower() in heads and found.group(1)[:1].isupper() \
                    and found.group(1)[1:].islower() \
                    and not (out and out[-1][1] > found.start(1)):
                start = found.start(1)
        out.append((start, end, kind, origin))
    return out


def _english_body_glued(text: str, accepted):
    """Cut an English body's head off the span it was glued to and give the body its whole name.

    "Kepala Departemen Politik Centre | for Strategic Studies (CSS)", "Direktur Eksekutif Institute | for
    Development Finance (IDF)": a span ending in an English head (`_ENGLISH_HEADS`) right before "for"/"of"/"on"
    and a run of capitalised words and joining words that ends at a bracketed acronym. The body's name becomes
    an ORG span; what was before the head stays a span only where it is an ORG of two words or more (a body:
    "Departemen Politik"), not a title's word ("Eksekutif") or field ("Kebijakan Fiskal").
    """
    out = []
    drop_until = -1
    for start, end, kind, origin in accepted:
        if start < drop_until:
            continue
        words = text[start:end].split(" ")
        if kind not in ("ORG", "PER") or origin == "dictionary" or len(words) < 2 or words[-1] not in _ENGLISH_HEADS:
            out.append((start, end, kind, origin))
            continue
        following = text[end:end + 120].split(" ")
        if len(following) < 3 or following[1] not in ("for", "of", "on"):
            out.append((start, end, kind, origin))
            continue
        run_end, pos = None, end
        for word in following[1:]:
            if word in _ENGLISH_JOINS or (word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()):
                pos += 1 + len(word)
                if word[:1].isupper():
                    run_end = pos
                continue
            break
        if run_end is None or _BRACKETED_ACRONYM.match(text, run_end) is None:
            out.append((start, end, kind, origin))
            continue
        head = end - len(words[-1])
        if kind == "ORG" and len(words) >= 3:
            out.append((start, head - 1, kind, origin))
        out.append((head, run_end, "ORG", origin))
        drop_until = run_end
    return out


def _personal_name(text: str, at: int, words: list[str], cued: frozenset[int], non_actors: NonActors,
                   regions: frozenset[str] = frozenset()) -> bool:
    """Whether `words` (written from offset `at`) read as a personal name (see `_name_after_body`).

    A word that is an Indonesian province or regency, or words that together are a gazetteer place ("Jawa
    Timur"), are a place; single words are not looked up in the whole gazetteer, whose villages bear many
    given names ("Asep", "Puan")."""
    places = gazetteer()
    pos = at
    for word in words:
        if not (word.isalpha() and word[:1].isupper() and word[1:].islower()) or pos in cued \
                or indonesian_region(word, regions) or non_actors.type_of(word) is not None:
            return False
        if re.search(rf"(?<![\w-]){word.lower()}(?![\w-])", text) is not None:
            return False  # a common noun the document also writes in lower case
        pos += len(word) + 1
    return not any(" ".join(words[k:k + 2]) in places for k in range(len(words) - 1))


# A link word between two bodies: "TNI | dan | Kejagung".
_BODY_LINK = re.compile(r" (?:dan|serta|&) ")
# The word of a law's article or clause ending a name, before its number: "M | Pasal 45".
_CLAUSE_TAIL = re.compile(r"(?<= )(?:Pasal|Ayat|Butir)$")
_NUMBER_AHEAD = re.compile(r" \d")
# A hyphen and the capitalised word it joins to a name: "Al | -Ikhlas".
_HYPHEN_WORD = re.compile(r"-[A-Z][\w'’]*+")
# The word right before a span, after a space: "Komnas | PA".
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+) $")


def rank_lead_re(ranks) -> re.Pattern:
    """A rank (`ranks` of entity_cues.yaml) and one or two capitalised words, ending where a span starts."""
    alternation = "|".join(re.escape(r) for r in sorted(ranks, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?i:{alternation})\.? ((?:[A-Z][a-z]+ ){{1,2}})$")


def _rank_gives_first_name(text: str, accepted, lead_re: re.Pattern, ranks: frozenset[str] = frozenset(),
                            corps: frozenset[str] = frozenset()):
    """Read a rank between two spans as the start of the person's name.

    - "Kapolsek Sukamaju Kompol Budi | Santoso Wirawan": the model's span starts after the first name, which
      would go into the title with the rank; the capitalised words (one or two, in no other span) between a
      rank and a PER span right after them open the name; a corps abbreviation after the rank (`corps`:
      "Kolonel Inf Budi") does not; a span that opens with the corps right after a rank starts after it and is a
      person even when typed ORG ("Kombes | Pol Budi Santoso"), and one of the corps alone ("Kombes | Pol.") is dropped;
    - "kata Kapolres Sukamaju | Kombes | Budi Santoso": a PER span followed by a rank and the PER span of the
      name is the office of the person named after the rank, not a person: it is left out (the resolver reads
      the words before the name as the title).
    """
    led = []
    previous_end = 0
    stripped = -1  # the index in `led` of the last span a corps was cut from
    for start, end, kind, origin in accepted:
        if kind == "PER" and origin != "dictionary":
            found = lead_re.search(text, max(previous_end, start - 40), start)
            if found is not None:
                lead = found.group(1).split(" ")
                skip = 0
                while skip < len(lead) - 1 and lead[skip].lower() in corps:
                    skip += 1
                start = found.start(1) + sum(len(w) + 1 for w in lead[:skip])
        if kind in ("PER", "ORG") and origin != "dictionary" and corps:
            first, space, rest = text[start:end].partition(" ")
            before = text[max(previous_end, start - 12):start].split()
            after_rank = bool(before) and before[-1].rstrip(".").lower() in ranks
            if after_rank and not space and first.rstrip(".").lower() in corps:
                previous_end = end
                continue  # "Kombes | Pol.", "Kolonel | Chk (K)": the corps alone, cut from the name, no actor
            if space and first.rstrip(".").lower() in corps and rest[:1].isupper() and after_rank:
                # "Kolonel | Kum Budi Santoso", "Kombes | Pol Budi" (even typed ORG): the corps is no part of
                # the name, and what follows a rank and its corps is a person
                start += len(first) + 1
                kind = "PER"
                stripped = len(led)
        if kind == "PER" and led and stripped == len(led) - 1 and text[led[-1][1]:start] == " ":
            start = led.pop()[0]  # "Kombes | Pol Hendra | Wirasena": the name the corps split, whole again
        led.append((start, end, kind, origin))
        previous_end = end
    out = []
    for i, (start, end, kind, origin) in enumerate(led):
        after = led[i + 1] if i + 1 < len(led) else None
        if kind == "PER" and origin != "dictionary" and after is not None and after[2] == "PER" \
                and text[end:end + 1] == " " and text[end + 1:after[0]].rstrip(" .").lower() in ranks:
            continue  # the office before a rank and the name: no person
        out.append((start, end, kind, origin))
    return out


def _office_before_rank(text: str, accepted, ranks: frozenset[str], after_title: frozenset[int],
                        portfolios: tuple[str, ...] = ()):
    """Cut the title's office from a PER span that runs from a title into the name.

    - "Kapolres | Metro Sukamaju Kombes Darmanto": the words between the title and a rank name the
      title's office (its region), not the person; the name is what follows the rank;
    - "Menteri | Kebudayaan Wirya Santosa": a ministry's portfolio (`portfolios`) opens the span.
    The office words go back to the title (no mention), so the resolver reads them as the title.
    """
    out = []
    for start, end, kind, origin in accepted:
        if kind == "PER" and origin != "dictionary" and start in after_title:
            portfolio = next((p for p in portfolios if text.startswith(p, start) and start + len(p) < end
                              and text[start + len(p)].isupper()), None)
            if portfolio is not None:
                start += len(portfolio)
            words = text[start:end].split(" ")
            rank = next((k for k in range(1, len(words) - 1) if words[k].lower() in ranks), None)
            if rank is not None and all(w[:1].isupper() for w in words[:rank]) \
                    and all(w[:1].isupper() and w.replace(".", "").replace("'", "").isalpha() for w in words[rank + 1:]):
                start += len(" ".join(words[:rank + 1])) + 1
        out.append((start, end, kind, origin))
    return out


def _merge(dictionary, candidates) -> list[tuple[int, int, str, str]]:
    """Apply the precedence of the module docstring; returns (start, end, type, origin) in text order."""
    kept_dictionary: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(dictionary, key=lambda m: (m[0] - m[1], m[0])):
        if all(end <= s or e <= start for s, e, _ in kept_dictionary):
            kept_dictionary.append((start, end, kind))
    others: list[tuple[int, int, str, str]] = []
    for start, end, kind, origin, _ in sorted(candidates, key=lambda c: (-c[4], c[0] - c[1], c[0])):
        if any(start < e and s < end for s, e, _, _ in others):
            continue
        overlapping = [d for d in kept_dictionary if start < d[1] and d[0] < end]
        if any(not (start <= d[0] and d[1] <= end) or (d[0], d[1]) == (start, end) for d in overlapping):
            continue  # crosses, lies inside or equals a dictionary match
        if kind == "PER" and any(d[2] != "PER" for d in overlapping):
            continue
        if kind == "LOC" and any(d[2] in ("ORG", "PER") for d in overlapping):
            continue  # "kantor pusat Kemenkeu", "kompleks Istana X": the body the place is named after acts
        for d in overlapping:
            kept_dictionary.remove(d)
        others.append((start, end, kind, origin))
    merged = [(s, e, k, "dictionary") for s, e, k in kept_dictionary] + others
    return sorted(merged)
