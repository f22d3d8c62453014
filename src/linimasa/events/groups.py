"""Generic group participants: "polisi", "ribuan mahasiswa", "warga Gaza" as actors of a country.

Many events have a participant no name identifies: a crowd protests, the police fire
tear gas, the perpetrators are arrested. The actor stages resolve names only, so such
an event had no source or target. Here a noun phrase headed by a group noun of
`resources/id/group_nouns.yaml` becomes an argument of the sentence view, and the clause
analysis reads it as subject, object or agent like any named actor. Only events make it
an actor: a group noun that no trigger's predicate takes as an argument adds nothing.

The generic actor belongs to
1. the country named right after the noun ("polisi Peru", "warga Gaza");
2. else the country of a named actor it is listed with ("Hamas dan warga sipil");
3. else the place the sentence is set in ("di Lima");
4. else the story country, computed once per document: the country most often named
   after "di/ke", else the country most named, else the outlet's home country.
Its id is `<country>.<sector>` ("PER.COP"), or the dictionary's id for that sector where
one exists (`PER.GOV`, `PER.MIL`, and the `existing_ids` of the data file: Polri).
A noun followed by a named organisation or person ("penyidik KPK", "tersangka Budi")
adds nothing: the name is the actor.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..document import Actor, Document, Mention
from ..language.alternation import phrase_alternation
from ..resources import load_data
from .arguments import Arg, SentenceView
from .lexicon import trie_pattern

KIND = "group"
# Mentions that are pronouns or references resolved to an actor (events.speech, coreference): they say who
# speaks, not where the story is ("ke saya" is no place).
INDIRECT_ORIGINS = frozenset({"coref", "speech"})
# An actor whose country only the outlet's country gave ("outlet:IDN") says nothing of where a story is.
OUTLET_CUE = "outlet:"
# How many sentences either side of an event a foreign setting reaches in a document (story_at): a round-up's
# short stories run 15 to 40 sentences; one article's story names its setting more often than that.
STORY_WINDOW = 12
# Settings ("di/ke X") of one other country near an event that make X its story; one is a passing detail.
MIN_LOCAL_SETTINGS = 2
# The words of the list grammar below (group_nouns.yaml `list_grammar`). Possessive runs and a lookbehind
# keep searches linear on long whitespace (tests/test_regex_backtracking.py).
_GRAMMAR = load_data("id/group_nouns.yaml")["list_grammar"]
_COORDINATORS = phrase_alternation(_GRAMMAR["coordinators"])
LIST_GAP = re.compile(rf"(?<!\s)\s*+,?\s*+(?:{_COORDINATORS})\s++"
                      rf"(?:(?:{phrase_alternation(_GRAMMAR['list_quantifiers'])})\s++)?")
# between two group nouns of one phrase: nothing, or "dari" and a quantifier ("mahasiswa dari berbagai kampus")
INSIDE_GROUP = re.compile(rf"\s+(?:dari\s+(?:{phrase_alternation(_GRAMMAR['inside_quantifiers'])})?\s*)?")
# Between a group noun and the name that says whose it is: nothing, or "dari" ("massa dari X").
AFFILIATION = re.compile(r"(?<!\s)\s++(?:(dari)\s++)?")
# Words that announce a list of names: "dua saksi, yakni Budi dan ...", "tiga tersangka, antara lain ..."
ANNOUNCERS = phrase_alternation(_GRAMMAR["announcers"])
# A list of names announced after the noun: "tiga tersangka: Budi, ...", "dua saksi, yakni Budi dan ..."
# or named: "tersangka berinisial AB", "pelaku bernama Budi", "tersangka, yakni Saudara AB"
ENUMERATION = re.compile(
    rf"\s*+(?::|,?\s++(?:{phrase_alternation([*_GRAMMAR['announcers'], *_GRAMMAR['distributives']])})\b:?)?\s*+"
    rf"(?:(?:yang\s++)?(?:{phrase_alternation(_GRAMMAR['naming_words'])})\s++)?"
    rf"(?:(?:{phrase_alternation(_GRAMMAR['address_words'])})\b\.?\s*+)?")
# ... also after a word or two that qualify the noun, when a colon or an announcer opens the list:
# "lembaga penegak hukum daerah, yakni Polres X dan Kejari X" (the two bodies are the actors, not the class)
_LIST_OPENERS = phrase_alternation({w.split()[0] for w in [*_GRAMMAR["announcers"], *_GRAMMAR["distributives"]]})
ANNOUNCED_AFTER_MODIFIERS = re.compile(
    rf"(?<!\s)(?:\s++(?!(?:{_LIST_OPENERS})\b)[a-z-]++){{1,2}}+\s*+(?::|,?\s++(?:{ANNOUNCERS})\b:?)\s*+")
# After a group noun in apposition: "X, tersangka yang ...", "X, tersangka kasus Y, ..."
APPOSITION_END = re.compile(r"[\w -]{0,40}?(?:\byang\b|,)")
# A capitalised word right after / right before a capitalised group noun: "Sekolah Rakyat", "Operasional Sekolah"
CAPITALISED_NEXT = re.compile(r"[ \t]++[A-Z]")
# The capitalised words of a name no actor resolves, right after a noun of relation ("adik kelas Chiko")
NAME_RUN = re.compile(r"(?:[ \t]++[A-Z][\w-]*+){1,4}")
CAPITALISED_PREV = re.compile(r"(?<![.!?\"'])(?<![.!?\"'] )\b[A-Z][\w-]*+[ \t]++$")
# Capitalised words of a sub-unit between counted members and their unit: "empat personel Satreskrim Polres X"
CAPITALISED_RUN = re.compile(r"(?:\s++[A-Z][\w-]*+){0,3}+\s++")
# An active verb within two words after a phrase: its subject acts ("... Polres X yang menangkap", "... telah menyita")
ACTIVE_AFTER = re.compile(r"\s*+(?:[a-z]++\s++){0,2}?(?:me|ber)[a-z]{3,}")
VERB_OR_BREAK = re.compile(r"\b(?:me|ber|di)\w{3,}|[;:.]|\b(?:dan|namun|tetapi|menurut|kata)\b")


@dataclass(frozen=True, slots=True)
class GroupNoun:
    sector: str
    label: str
    key: str = ""  # the id's part after the country where it is not the sector ("GOV.LOCAL")
    modified: bool = False  # the noun takes a modifier that says of what ("pemilik tambang")


class GroupNouns:
    """Finds generic group noun phrases in a sentence view and names their actors."""

    def __init__(self, data: dict, dictionary=None):
        self.home = data["home_country"]
        self.nouns: dict[str, GroupNoun] = {}
        self.noun_types = frozenset(data.get("noun_types") or ())
        self.labels = {group["sector"]: group["label"] for group in reversed(data["groups"]) if not group.get("key")}
        modified = frozenset(data.get("modified_nouns") or ())
        for group in data["groups"]:
            for word in group["words"]:
                phrase = " ".join(word.lower().split())
                noun = GroupNoun(group["sector"], group["label"], group.get("key", ""), phrase.split()[-1] in modified)
                self.nouns[phrase] = noun
                # a plural by reduplication names the same group: "kepala-kepala daerah", "petani-petani"
                first, _, rest = phrase.partition(" ")
                if "-" not in first and first.isalpha():
                    self.nouns[" ".join(filter(None, (f"{first}-{first}", rest)))] = noun
        # "pemilik tambang": the plain word after a noun that needs one belongs to its phrase;
        # these words end it instead (function words, determiners, a verb's prefixes).
        stop = "|".join(map(re.escape, sorted(data.get("modifier_stop") or (), key=len, reverse=True)))
        self.modifier_re = re.compile(r"(?<!\s)[ \t]++(?!(?:" + (stop or "(?!)") + r"|me|ber|di|ter|per)(?![\w-]))"
                                      r"(?!(?:me|ber|di|ter)[a-z]{3,})([a-z]{3,}+)(?![\w-])")
        quantifiers = sorted(data["quantifiers"], key=len, reverse=True)
        heads = sorted(self.nouns, key=len, reverse=True)
        not_before = "|".join(r"\s+".join(map(re.escape, w.split())) for w in data.get("not_before", ()))
        # "65 orang saksi": a count and its classifier before the noun belong to the phrase (not a bare number:
        # "pada 2024 pemerintah ..." is a year)
        counters = "|".join(map(re.escape, data.get("counters") or ()))
        # (a count starts only where no digit, dot or comma precedes: "1.1.1..." is scanned once, not from each digit)
        count = (r"(?:(?<![\d.,])\d[\d.,]*+\s++(?:" + counters + r")\s++)?") if counters else ""
        self.pattern = re.compile(
            r"(?<![\w-])" + count + r"(?:(?:" + "|".join(map(re.escape, quantifiers)) + r")\s+)?(" + trie_pattern(heads) + r")"
            r"(?![\w-])" + (r"(?!\s+(?:" + not_before + r")(?!\w))" if not_before else ""))
        self.existing = dict(data.get("existing_ids") or {})
        self.default_targets = {kind: (frozenset(row["sources"]), row["target"], bool(row.get("verbal_only")))
                                for kind, row in (data.get("default_targets") or {}).items()}
        self.dictionary = dictionary
        preps = "|".join(map(re.escape, data.get("default_target_object_preps") or ()))
        not_names = "|".join(map(re.escape, data.get("default_target_not_names") or ()))
        # A capitalised word right after the trigger (or its preposition): an object the text names.
        # Only ever matched at a trigger's end, where a blank follows; the leading `\s*+` marks it as such a
        # continuation for tests/test_regex_backtracking.py (a search would rescan every blank run).
        self.named_object_re = re.compile(
            r"\s*+(?:(?:" + (preps or "(?!)") + r")\s++)?(?:para\s++)?(?!(?:" + (not_names or "(?!)") + r")(?![\w-]))"
            r"[A-Z][\w-]")
        self.not_after = frozenset(data.get("not_after") or ())
        self.determiner_re = re.compile(r"(?<!\s)\s++(?:" + "|".join(map(re.escape, data.get("determiners") or ("itu",)))
                                        + r")(?![\w-])")
        preps = "|".join(map(re.escape, data.get("setting_preps") or ("di",)))
        self.setting_re = re.compile(r"(?<!\w)(?:" + preps + r")\s+", re.IGNORECASE)
        # "pejabat senior Israel": rank words between the noun and the country that says whose it is
        ranks = "|".join(map(re.escape, data.get("rank_words") or ()))
        self.affiliation_re = re.compile(r"(?<!\s)\s++(?:(?:" + (ranks or "(?!)") + r")\s++){0,2}(?:(dari)\s++)?") \
            if ranks else AFFILIATION
        self.remembered = frozenset(data.get("remembered_sectors") or ())
        self.others_re = re.compile(r"(?<!\s)\s++(?:" + "|".join(map(re.escape, data.get("others") or ("lain",)))
                                    + r")(?![\w-])")
        self._memory: tuple[Document | None, dict[str, Mention]] = (None, {})
        self.possessor_nouns = frozenset(" ".join(w.lower().split()) for w in data.get("possessor_nouns") or ())
        forum = sorted({" ".join(w.lower().split()) for w in load_data("actors/igo.yaml").get("forum_words") or ()},
                       key=len, reverse=True)
        # "pertemuan IMF": a meeting word right before an intergovernmental body's name (igo.yaml forum_words)
        self.forum_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forum)
                                   + r")\s+$") if forum else None
        # "sidang Majelis Umum PBB" read whole as the body: the meeting word starts the name
        self.forum_head_re = re.compile(r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forum)
                                        + r")\s+") if forum else None
        self.authority_nouns = {" ".join(w.lower().split()): frozenset(sectors)
                                for w, sectors in (data.get("authority_nouns") or {}).items()}
        self.authority_not = tuple(w.lower() for w in data.get("authority_not") or ())
        examples = data.get("origin_after_examples") or {}
        # matched right after the group noun; (?<!\s) keeps a search linear on long whitespace
        self.examples_re = re.compile(r"(?<!\s)\s++(?:" + "|".join(map(re.escape, examples["markers"])) + r")(?![\w-])") \
            if examples.get("markers") else None
        self.origin_re = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, examples.get("preps") or ("dari",)))
                                    + r")\s++")
        self.title_nouns = frozenset(" ".join(w.lower().split()) for w in data.get("title_nouns") or ())
        self._authorities: tuple[Document | None, dict[frozenset[str], str | None]] = (None, {})
        regional = data.get("regional_bodies") or {}
        self.regional_types = frozenset(regional.get("types") or ())
        self.regional_not = tuple(w.lower() for w in regional.get("not") or ())
        self.regional_re = re.compile(r"(?:" + "|".join(r"\s+".join(map(re.escape, p.lower().split()))
                                                        for p in sorted(regional.get("prefixes") or (), key=len, reverse=True))
                                      + r")(?![\w-])") if regional.get("prefixes") else None
        self._regional: tuple[Document | None, list[tuple[int, str]]] = (None, [])
        self.own_sectors = dict(data.get("own_body_sectors") or {})
        self.own_home_only = frozenset(data.get("own_body_home_only") or ())
        self.side_sectors = dict(data.get("own_side_sectors") or {})
        self.keyed = {group["key"]: GroupNoun(group["sector"], group["label"], group["key"])
                      for group in data["groups"] if group.get("key")}
        counted = data.get("counted_members") or {}
        self.member_groups = {sector: next(GroupNoun(g["sector"], g["label"]) for g in data["groups"]
                                           if g["sector"] == sector and not g.get("key"))
                              for sector in counted.get("sectors") or ()}
        self.members_re = re.compile(
            r"(?<![\w-])(?:\d++|" + "|".join(map(re.escape, counted["counts"])) + r")(?:\s++(?:"
            + "|".join(map(re.escape, counted["nouns"])) + r")(?![\w-])){1,2}+") if counted.get("counts") else None
        citizens = data.get("citizens") or {}
        self.citizen_names = frozenset(" ".join(n.lower().split()) for n in citizens.get("names") or ())
        self.citizen_cues = tuple(sorted({n.split()[0] for n in self.citizen_names}
                                         | {w.split()[0] for w in citizens.get("before") or ()}))
        # matched before a country's name ("warga negara Rusia") and at the start of a mention that holds them
        self.citizen_before_re = re.compile(r"(?<![\w-])(?:" + "|".join(r"\s++".join(map(re.escape, w.split()))
                                                                     for w in citizens["before"]) + r")\s++(?=\w|$)") \
            if citizens.get("before") else None
        self.places = {" ".join(k.lower().split()): v for k, v in (data.get("places") or {}).items()}
        self.place_re = re.compile(r"(?:" + trie_pattern(sorted(self.places, key=len, reverse=True)) + r")(?![\w-])") \
            if self.places else None

    # ---- per document
    def story_country(self, doc: Document) -> str:
        """Where the story happens: the country most often named after "di/ke" ("di Lima"),
        else the country of the most actors named, else the home country. Short all-capital
        names ("AS") count only after a preposition: in crime news they are a person's initials.
        An actor counts once however often it is named: a foreign visitor named twenty times in a
        story about a local police inquiry says who he is, not where the story is (issue 18: the
        unknown kidnappers and the police of a Bali story coded Russian)."""
        settings, named = Counter(), Counter()
        counted: set[str] = set()
        cues: list[tuple[int, str, bool]] = []  # (sentence, country, is a setting) for story_at
        self._cues = (doc, cues)
        for m in doc.mentions:
            actor = doc.actors.get(m.actor) if m.actor else None
            if actor is None or not actor.country or m.origin in INDIRECT_ORIGINS:
                continue  # a pronoun resolved to a speaker ("menunjuk ke saya") sets no story
            before = self.setting_re.search(doc.text, max(0, m.start - 5), m.start) if m.start else None
            if before is not None and before.end() == m.start:
                settings[actor.country] += 1
                cues.append((m.sentence, actor.country, True))
            elif not (len(m.text) <= 3 and m.text.isupper()):
                if not (actor.cue or "").startswith(OUTLET_CUE):  # a name that says its own country
                    cues.append((m.sentence, actor.country, False))
                if actor.id not in counted:
                    counted.add(actor.id)
                    named[actor.country] += 1
        for counts in (settings, named):
            if counts:
                return counts.most_common(1)[0][0]
        return self.home

    def story_at(self, doc: Document, sentence: int, story: str) -> str:
        """The story country of one sentence: the document's (`story`, from story_country) unless that is a
        foreign setting no cue near the sentence supports. A round-up (several short stories in one article,
        "Sepekan di X: ...") sets one story abroad ("terlantar di Negeri A") and the others at home; the
        foreign setting must not cross into the home stories (issue 18: the local police and a local suspect
        coded with a migrant-worker story's country). Within STORY_WINDOW sentences either side: a setting
        ("di/ke X") of the document's country keeps it, MIN_LOCAL_SETTINGS of one other country give that one;
        else home-country names and no name of the document's country give home."""
        if story == self.home:
            return story
        cached = getattr(self, "_cues", None)
        if cached is None or cached[0] is not doc:
            self.story_country(doc)
            cached = self._cues
        low, high = sentence - STORY_WINDOW, sentence + STORY_WINDOW
        near = [(country, setting) for index, country, setting in cached[1] if low <= index <= high]
        places = Counter(country for country, setting in near if setting)
        if places:
            if story in places:
                return story
            country, count = places.most_common(1)[0]
            if count >= MIN_LOCAL_SETTINGS:
                return country
            # one "di X" near ("warga New Jersey yang tumbuh besar di X") is a detail, no story of its own
        countries = {country for country, setting in near if not setting}
        if self.home in countries and story not in countries:
            return self.home
        return story

    # ---- per sentence
    def args(self, view: SentenceView, doc: Document, story: str, pending: dict[str, Actor],
             triggers: list[tuple[int, int]] = ()) -> list[Arg]:
        """The view's args with generic group phrases added; their actors go to `pending`.
        A noun inside a trigger phrase ("menarik pasukan", "laporan polisi") is part of the trigger."""
        low = view.low
        members = self._counted_members(view, doc, pending)
        if members:
            view.args = members  # the counted members stand for themselves, not for their unit
        citizens = self._citizens(view, doc, pending)
        if citizens:
            view.args = citizens  # "WNI", "warga negara Rusia": the people, not the state
        placed = self._local_groups(view, doc, pending)
        if placed:
            view.args = placed  # "Atlet Gaza" read as a person: the athletes of Gaza
        if not self.pattern.search(low):
            return view.args
        args = list(view.args)
        absorbed: set[Arg] = set()
        added: list[Arg] = []
        setting = self._setting(view, doc)
        for found in self.pattern.finditer(low):
            start, end = found.start(), found.end()
            whole = next((a for a in args if a.start in (start, found.start(1)) and a.end > end and not a.generic
                          and getattr(doc.actors.get(a.actor), "kind", None) == "country"), None)
            if whole is None and any(a.start < end and start < a.end for a in args) \
                    or any(s < end and start < e for s, e in triggers):
                continue  # inside a name ("pemerintah Indonesia", "pemukim Israel") or a trigger
            if self._predicative(view, start, args):
                continue
            if added and added[-1].generic and self.nouns[" ".join(found.group(1).split())].key \
                    and INSIDE_GROUP.fullmatch(low, added[-1].end, start):
                # an institution right after a group ("mahasiswa dari berbagai perguruan tinggi", "petugas
                # keamanan kampus"): where the group comes from or serves, not a group of its own
                continue
            noun_key = " ".join(found.group(1).split())
            phrase = " ".join(low[start:found.end(1)].split())
            if phrase != noun_key and phrase in self.nouns:
                noun_key = phrase  # "para hakim" is listed as a phrase of its own: judges as a class, not the court
            noun = self.nouns[noun_key]
            after = next((a for a in args if a.start >= end), None)
            if after is not None and after.start > end and (
                    ENUMERATION.fullmatch(low, end, after.start) and not AFFILIATION.fullmatch(low, end, after.start)
                    or ANNOUNCED_AFTER_MODIFIERS.fullmatch(low, end, after.start)):
                continue  # "tiga tersangka: Budi, ...": the names listed are the actors
            country = None
            # "warga Gaza", "warga dari Gaza": a place the dictionary does not resolve
            link = self.affiliation_re.match(low, end)
            named = self.place_re.match(low, link.end()) if self.place_re is not None and link else None
            if whole is not None:
                # "Warga Amerika Serikat" named whole as the country: its citizens, not the state
                country, end = doc.actors[whole.actor].country, whole.end
                absorbed.add(whole)
                short = next((a for a in args if a.start > end), None)  # "Warga Amerika Serikat (AS)"
                if short is not None and short.actor == whole.actor and view.text[end:short.start].strip() == "(" \
                        and view.text.startswith(")", short.end):
                    absorbed.add(short)
                    end = short.end + 1
            elif named is not None and (after is None or after.start >= named.end()):
                country, end = self.places[" ".join(named.group().split())], named.end()
            elif after is not None and link is not None and link.end() == after.start:
                owner = doc.actors.get(after.actor)
                if owner is not None and (owner.kind == "country" or after.place):
                    country, end = owner.country, after.end  # "polisi Peru", "warga dari Jakarta"
                    absorbed.add(after)
                elif link.group(1):
                    # "massa dari BEM X": the named organisation is the participant
                    absorbed.add(after)
                    added.append(Arg(start, after.end, after.actor, after.type, view.text[start:after.end]))
                    continue
                elif noun_key in self.possessor_nouns and owner is not None and owner.kind == "person":
                    # "adik kelas Budi": Budi is whose they are; the schoolmates act
                    country, end = owner.country, after.end
                    absorbed.add(after)
                else:
                    continue  # "penyidik KPK", "tersangka Budi": the name is the actor
            if country is None and noun_key in self.title_nouns and CAPITALISED_NEXT.match(view.text, end):
                continue  # "saksi Sutarjo": the name, resolved or not, is the participant
            if country is None and noun_key in self.possessor_nouns:
                name = NAME_RUN.match(view.text, end)
                if name is not None and not any(a.start < name.end() and end < a.end for a in args):
                    end = name.end()  # "adik kelas Chiko": whose they are belongs to the phrase
            if country is None and noun.sector in self.remembered and self.others_re.match(low, end) is None:
                earlier = self._affiliations(doc).get(" ".join(found.group(1).split()))
                if earlier is not None and earlier.start < view.sentence.start + start and earlier.actor in doc.actors:
                    # "Massa dari BEM X berunjuk rasa ... Massa meminta ...": the crowd named before
                    added.append(Arg(start, end, earlier.actor, earlier.type, view.text[start:end]))
                    continue
            if country is None and self._in_title(view, found.start(1), found.end(1), args):
                continue  # "program Sekolah Rakyat", "Bantuan Operasional Sekolah": part of a name
            if noun.modified and country is None:
                modifier = self.modifier_re.match(view.text, end)
                if modifier is not None and not any(a.start < modifier.end() and modifier.start() < a.end for a in args) \
                        and not any(s < modifier.end() and modifier.start() < e for s, e in triggers):
                    end = modifier.end()  # "para pemilik tambang"
            closing = self.determiner_re.match(low, end)
            if closing is not None:
                end = closing.end()  # "polisi tersebut": the relative clause after it has its head
            if country is None and self.examples_re is not None:
                country, end = self._origin_after_examples(view, doc, end, args, absorbed) or (None, end)
            if country is None and noun_key in self.authority_nouns:
                body = self._authority(doc, self.authority_nouns[noun_key])
                if body is not None:  # "penyidik menyita ..." in a story about a prosecutors' office
                    pending.setdefault(body, doc.actors[body])  # a generic participant all the same: defaults apply
                    added.append(Arg(start, end, body, "ORG", view.text[start:end], generic=True))
                    continue
            if country is None and noun.sector == "GOV" and (forum := self._forum(view, doc, start)) is not None:
                # "Dalam pertemuan IMF, para menteri ... menyepakati": the body's members, not the host's government
                added.append(Arg(start, end, forum, "ORG", view.text[start:end], generic=True))
                continue
            country = country or self._listed_with(view, start, args, doc) or setting or story
            if not country:
                continue
            actor = self._actor(country, noun, doc, pending, surface=" ".join(view.low[start:end].split()))
            added.append(Arg(start, end, actor.id, "NORP", view.text[start:end], generic=True))
        if not added:
            return view.args
        return sorted([a for a in args if a not in absorbed] + added, key=lambda a: a.start)

    def _counted_members(self, view: SentenceView, doc: Document, pending: dict[str, Actor]) -> list[Arg] | None:
        """"empat personel Satreskrim Polres X", "dua oknum anggota Kodim Y": members counted one by one are
        people of the unit's force, not the unit (`counted_members`): the phrase becomes the generic group of
        the unit's sector and country (the police: Polri). The view's args with the phrase in place of the
        unit's name, or None where the sentence has no such phrase."""
        if self.members_re is None or not self.members_re.search(view.low):
            return None
        args, changed = list(view.args), False
        for found in self.members_re.finditer(view.low):
            unit = next((a for a in args if a.start >= found.end()), None)
            if unit is None or unit.generic or unit.start - found.end() > 40 \
                    or not CAPITALISED_RUN.fullmatch(view.text, found.end(), unit.start):
                continue  # "empat anggota Polres X": only capitalised words (a sub-unit) between
            if ACTIVE_AFTER.match(view.low, unit.end):
                continue  # "tiga anggota Polres X menangkap ...": members acting for their unit are the unit
            owner = doc.actors.get(unit.actor)
            noun = self.member_groups.get(owner.sector) if owner is not None and owner.kind == "organization" else None
            if noun is None or not owner.country or self._authority(doc, frozenset({owner.sector})) == owner.id:
                continue  # the unit the story is about: an act with no agent would be its own, on its own people
            actor = self._actor(owner.country, noun, doc, pending)
            args[args.index(unit)] = Arg(found.start(), unit.end, actor.id, "NORP", view.text[found.start():unit.end],
                                         generic=True)
            changed = True
        return args if changed else None

    def _citizens(self, view: SentenceView, doc: Document, pending: dict[str, Actor]) -> list[Arg] | None:
        """"imbauan kepada WNI", "dua warga negara Rusia diperiksa": a country named as its citizens (`citizens`:
        a name that means them, or the words before the country's name) is the civilians of that country,
        not its state; an organisation named after a country ("AirNav Indonesia") is no participant at all.
        The view's args so changed, or None where the sentence has none."""
        if self.citizen_before_re is None:
            return None
        cued = any(w in view.low for w in self.citizen_cues)
        if not cued and not any(a.type == "ORG" for a in view.args):
            return None
        args, changed, dropped = list(view.args), False, []
        for index, arg in enumerate(args):
            owner = doc.actors.get(arg.actor)
            if owner is None or owner.kind != "country" or not owner.country:
                continue
            start, named = arg.start, " ".join(arg.text.lower().split())
            if arg.type == "ORG" and named not in self.citizen_names \
                    and named not in {n.lower() for n in (owner.name, *owner.aliases)}:
                dropped.append(arg)  # "AirNav Indonesia": a company named after the country, not its state
                continue
            if not cued:
                continue
            if named not in self.citizen_names and not self.citizen_before_re.match(named):
                before = self.citizen_before_re.search(view.low, max(0, arg.start - 24), arg.start)
                if before is None or before.end() != arg.start:
                    continue
                start = before.start()
            actor = self._actor(owner.country, self.nouns["warga"], doc, pending)
            args[index] = Arg(start, arg.end, actor.id, "NORP", view.text[start:arg.end], generic=True)
            changed = True
            short = args[index + 1] if index + 1 < len(args) else None  # "Warga Amerika Serikat (AS)"
            if short is not None and short.actor == arg.actor and view.text[arg.end:short.start].strip() == "(" \
                    and view.text.startswith(")", short.end):
                dropped.append(short)
        if dropped:
            return [a for a in args if a not in dropped]
        return args if changed else None

    def _local_groups(self, view: SentenceView, doc: Document, pending: dict[str, Actor]) -> list[Arg] | None:
        """A document-local actor whose words are a group noun and a place of `places` ("350 Atlet Gaza", taken
        for a person titled "Atlet") is that group of the place's people; None where the sentence has none."""
        if self.place_re is None or not any(a.local for a in view.args):
            return None
        args, changed = list(view.args), False
        for index, arg in enumerate(args):
            if not arg.local:
                continue
            low = " ".join(arg.text.lower().split())
            found = self.pattern.match(low)
            if found is None or found.start(1) != 0:
                continue
            place = self.place_re.fullmatch(low, found.end() + 1) if low[found.end():found.end() + 1] == " " else None
            if place is None:
                continue
            noun = self.nouns[" ".join(found.group(1).split())]
            actor = self._actor(self.places[" ".join(place.group().split())], noun, doc, pending)
            args[index] = Arg(arg.start, arg.end, actor.id, "NORP", arg.text, generic=True)
            changed = True
        return args if changed else None

    def _origin_after_examples(self, view: SentenceView, doc: Document, end: int, args: list[Arg],
                               absorbed: set) -> tuple[str, int] | None:
        """"geng kriminal seperti A dan B dari Venezuela": the country of origin named after the group's
        examples (`origin_after_examples`), with the end of the phrase; None where there is none."""
        found = self.examples_re.match(view.low, end)
        if found is None:
            return None
        for arg in args:
            if arg.start < found.end() or arg.start - found.end() > 80:
                continue
            owner = doc.actors.get(arg.actor)
            origin = self.origin_re.search(view.low, found.end(), arg.start)
            if origin is None or origin.end() != arg.start or re.search(r"[,.;:()]", view.low[end:arg.start]):
                continue
            if owner is not None and owner.country and (owner.kind == "country" or arg.place):
                absorbed.update(a for a in args if end <= a.start and a.end <= arg.end)  # the examples too
                return owner.country, arg.end
            return None
        return None

    def _authority(self, doc: Document, sectors: frozenset[str]) -> str | None:
        """The organisation of one of `sectors` the document names most (not a court: authority_not),
        or None; with the sector COURT, the court it names most (a JUD body whose name starts with one of
        authority_not). Read once per document and sector set."""
        if self._authorities[0] is not doc:
            self._authorities = (doc, {})
        known = self._authorities[1]
        if sectors not in known:
            counts: Counter = Counter()
            court = "COURT" in sectors
            for m in doc.mentions:
                actor = doc.actors.get(m.actor) if m.actor else None
                if actor is None or actor.kind != "organization":
                    continue
                named_court = actor.name.lower().startswith(self.authority_not)
                if (actor.sector != "JUD" or not named_court) if court else (actor.sector not in sectors or named_court):
                    continue
                counts[actor.id] += 1
            known[sectors] = counts.most_common(1)[0][0] if counts else None
        return known[sectors]

    def _regional_bodies(self, doc: Document) -> list[tuple[int, str]]:
        """(sentence, actor id) of every mention of a regional government or legislature ("DPRD X",
        "Pemkot X", a person whose role is "Bupati X"): `regional_bodies` of the data file. Once per document."""
        if self._regional[0] is doc:
            return self._regional[1]
        found: list[tuple[int, str]] = []
        if self.regional_re is not None:
            for m in doc.mentions:
                actor = doc.actors.get(m.actor) if m.actor else None
                if actor is None or actor.kind not in ("organization", "person"):
                    continue
                names = (m.text, actor.name) if actor.kind == "organization" else (actor.role or "",)
                if any(self.regional_re.match(n.lower()) and not any(w in n.lower() for w in self.regional_not)
                       for n in names):
                    found.append((m.sentence, actor.id))
        self._regional = (doc, found)
        return found

    def regional_target(self, event_type: str, source: Actor, doc: Document, sentence: int) -> str | None:
        """The regional body a crowd's request or protest is addressed to when the text names none: the
        regional government or legislature (an organisation before a person) the document names most up to this sentence ("warga meminta ..."
        in a story about a hearing at DPRD X), of the source's country. None where it names none."""
        if event_type not in self.regional_types:
            return None
        counts: Counter = Counter()
        last: dict[str, int] = {}
        for index, ident in self._regional_bodies(doc):
            actor = doc.actors.get(ident)
            if index <= sentence and ident != source.id and actor is not None and actor.country == source.country:
                counts[ident] += 1
                last[ident] = index
        if not counts:
            return None
        # a body before its head: the request goes to "Pemkot X" rather than to the mayor, named more often
        return max(counts, key=lambda ident: (doc.actors[ident].kind == "organization", counts[ident], last[ident]))

    def own_body(self, source: Actor, title: str, doc: Document, pending: dict[str, Actor]) -> Actor | None:
        """The body whose staff a person addresses as "jajarannya", "anak buahnya": the regional
        government for a regional head (by role, or the title before the name: `title`), else the
        body of the person's sector (`own_body_sectors`); None for an organisation, which is its own staff."""
        if source.kind != "person" or not source.country:
            return None
        role, title = (source.role or "").lower(), title.lower()
        if self.regional_re is not None and not any(w in f"{role} {title}" for w in self.regional_not) \
                and (self.regional_re.match(role) or self.regional_re.search(title)):
            local = self.keyed.get(self.own_sectors.get("regional", ""))
            return self._actor(source.country, local, doc, pending) if local is not None else None
        sector = self.own_sectors.get(source.sector or "")
        if sector is None or (sector in self.own_home_only and source.country != self.home):
            return None
        return self._actor(source.country, GroupNoun(sector, self.labels.get(sector, sector)), doc, pending)

    def role_group(self, word: str, doc: Document, story: str | None, pending: dict[str, Actor]) -> Actor | None:
        """The generic group a role noun names ("tersangka": offenders), of the story country; None for a
        word that names no group."""
        noun = self.nouns.get(word.lower())
        return self._actor(story or self.home, noun, doc, pending) if noun is not None else None

    def regional_government(self, doc: Document, pending: dict[str, Actor]) -> Actor | None:
        """The home country's regional government (`own_body_sectors` regional): what a region of the
        home country named as a partner or addressee stands for ("bekerja sama dengan Kabupaten X")."""
        local = self.keyed.get(self.own_sectors.get("regional", ""))
        return self._actor(self.home, local, doc, pending) if local is not None else None

    def own_side(self, source: Actor, title: str, doc: Document, pending: dict[str, Actor]) -> Actor | None:
        """The side a person's "kita" stands for (`own_side_sectors`): his own body (`own_body`), else the
        body of his sector in his country ("Presiden": the government); None for other people."""
        body = self.own_body(source, title, doc, pending)
        if body is not None or source.kind != "person" or not source.country:
            return body
        sector = self.side_sectors.get(source.sector or "")
        if sector is None:
            return None
        return self._actor(source.country, GroupNoun(sector, self.labels.get(sector, sector)), doc, pending)

    def _affiliations(self, doc: Document) -> dict[str, Mention]:
        """The organisation each crowd noun was first said to be from in the document ("massa dari
        BEM X"): a later bare "massa" is that crowd. Read once per document."""
        if self._memory[0] is doc:
            return self._memory[1]
        found: dict[str, Mention] = {}
        low = doc.text.lower()
        starts = {m.start: m for m in doc.mentions if m.actor and m.type == "ORG"}
        for match in self.pattern.finditer(low):
            head = " ".join(match.group(1).split())
            if head in found or self.nouns[head].sector not in self.remembered:
                continue
            link = AFFILIATION.match(low, match.end())
            if link is not None and link.group(1) and link.end() in starts:
                found[head] = starts[link.end()]
        self._memory = (doc, found)
        return found

    @staticmethod
    def _in_title(view: SentenceView, start: int, end: int, args: list[Arg]) -> bool:
        """The capitalised noun inside a longer capitalised phrase no actor resolves: a name
        (a programme, a building, a law), not a group. A resolved name beside it ("Polisi Peru")
        is read by the affiliation rules instead."""
        if not view.text[start:start + 1].isupper():
            return False
        after = CAPITALISED_NEXT.match(view.text, end)
        if after is not None and not any(a.start == after.end() - 1 for a in args):
            return True
        before = CAPITALISED_PREV.search(view.text, max(0, start - 40), start)
        return before is not None and before.start() > 0 and not any(a.start < start and a.end > before.start() for a in args)

    def _predicative(self, view: SentenceView, start: int, args: list[Arg]) -> bool:
        """The noun is a role, not a participant: "ditetapkan sebagai tersangka", "menetapkan Budi
        tersangka", or in apposition to a name ("Budi, tersangka yang ...")."""
        before = view.low[max(0, start - 16):start].split()
        if before and before[-1] in self.not_after:
            return True
        if any(a.end <= start and not view.text[a.end:start].strip() for a in args):
            return True  # "menetapkan Budi tersangka": a role said of the name before it
        if not view.text[max(0, start - 3):start].rstrip().endswith(","):
            return False
        # "Budi (BD), tersangka yang ...": a name before the comma and "yang" or a comma after the noun
        comma = view.text.rfind(",", 0, start)
        named = [a for a in args if a.end <= comma]
        if not named or VERB_OR_BREAK.search(view.low, named[-1].end, comma) or comma - named[-1].end > 40:
            return False
        return APPOSITION_END.match(view.low, start) is not None

    def _listed_with(self, view: SentenceView, start: int, args: list[Arg], doc: Document) -> str | None:
        """The country of a named actor the noun is listed with ("Hamas dan warga sipil")."""
        before = [a for a in args if a.end <= start]
        if not before or not LIST_GAP.fullmatch(view.low, before[-1].end, start):
            return None
        actor = doc.actors.get(before[-1].actor)
        return actor.country if actor is not None else None

    def _forum(self, view: SentenceView, doc: Document, before: int) -> str | None:
        """The intergovernmental body whose meeting the sentence names before `before` ("Dalam pertemuan IMF,
        para menteri ..."), or None."""
        if self.forum_re is None:
            return None
        for arg in view.args:
            if arg.start >= before:
                break
            actor = doc.actors.get(arg.actor) if arg.actor else None
            if actor is None or actor.sector != "IGO":
                continue
            if self.forum_re.search(view.low, max(0, arg.start - 40), arg.start) is not None \
                    or self.forum_head_re.match(view.low, arg.start, arg.end) is not None:
                return actor.id
        return None

    def _setting(self, view: SentenceView, doc: Document) -> str | None:
        """The country of a place the sentence is set in ("di Lima", "di Kabupaten X")."""
        if self.place_re is not None:
            for found in self.setting_re.finditer(view.low):
                named = self.place_re.match(view.low, found.end())
                if named is not None:
                    return self.places[" ".join(named.group().split())]
        for arg in view.args:
            if arg.type not in ("GPE", "LOC"):
                continue
            before = self.setting_re.search(view.low, max(0, arg.start - 4), arg.start)
            if before is not None and before.end() == arg.start:
                actor = doc.actors.get(arg.actor)
                if actor is not None and actor.country:
                    return actor.country
        return None

    def _actor(self, country: str, noun: GroupNoun, doc: Document, pending: dict[str, Actor], *,
               surface: str | None = None) -> Actor:
        key = f"{country}.{noun.key or noun.sector}"
        ident = self.existing.get(key, key)
        if ident in doc.actors:
            pending[ident] = doc.actors[ident]  # the sentence's generic ids, for the coder's defaults
            return doc.actors[ident]
        if ident in pending:
            actor = pending[ident]
            if surface and actor.kind == KIND and surface not in actor.aliases:
                actor = pending[ident] = replace(actor, aliases=(*actor.aliases, surface))  # the words the text used
            return actor
        entries = getattr(self.dictionary, "entries", {}) if self.dictionary is not None else {}
        if ident in entries:
            actor = self.dictionary.actor(ident, doc.anchor_date)
        else:
            state = entries.get(country)
            place = state.name if state is not None else country
            actor = Actor(id=ident, name=f"{noun.label} ({place})", kind=KIND, country=country, sector=noun.sector,
                          aliases=tuple(dict.fromkeys(a for a in (noun.label.lower(), surface) if a)))
        pending[ident] = actor
        return actor

    def crowd(self, view: SentenceView, doc: Document, story: str, pending: dict[str, Actor]) -> Actor:
        """The unnamed crowd of a protest no one is named for ("unjuk rasa berlangsung di X"): the
        people ("massa") of the place the sentence is set in, else of the story country."""
        return self._actor(self._setting(view, doc) or story, self.nouns["massa"], doc, pending)

    def names_object(self, text: str, end: int) -> bool:
        """True when the trigger ending at `end` is followed by a name of its own ("menuntut DPRD X"),
        resolved or not: then no default target may stand in for it."""
        return self.named_object_re.match(text, end) is not None

    def default_target(self, event_type: str, source: Actor, doc: Document, pending: dict[str, Actor], *,
                       noun: bool = False) -> Actor | None:
        """The target an unnamed group's event has when the text names none (`default_targets`);
        for a noun standing alone only where the row allows it ("aksi mahasiswa", not "permintaan korban")."""
        row = self.default_targets.get(event_type)
        if row is None or source.country is None or source.sector not in row[0] or (noun and row[2]):
            return None
        return self._actor(source.country, GroupNoun(row[1], self.labels.get(row[1], row[1])), doc, pending)
