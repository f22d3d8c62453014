"""Quotes: who said what, direct ("“...,” kata X") and indirect ("X mengatakan bahwa ...").

Steps, in order:
1. direct quotes between paired marks: “…”, \\”…\\” (a backslash before the mark is
   left by machine translation), "…" with either closing mark, ‘…’, «…» and '…', and a
   paragraph that opens a quote the next paragraph goes on with; one word between marks,
   or a short run of capitalised words nobody says, is a name or a title, not speech;
2. the speaker of each, first match wins:
   a. after the quote: "kata/ujar/tegas X", a continuation ("lanjutnya", "ia menambahkan",
      any "-nya" word right after a quote that ends in speech punctuation), an unlisted
      verb before a capitalised name ("“…?” tanya X"), or a subject and verb ("“…,” X menulis");
   b. before it: "X mengatakan (bahwa)", "menurut X", "X berkata:" closing the sentence
      before, "Dikatakan bahwa" (the last speaker);
   c. nothing: the speaker of the quote or narrative just before it (within two sentences),
      and a paragraph that runs on takes the speaker of its continuation;
3. a pronoun or anaphor ("kata dia", "ujarnya", "pejabat tersebut") takes the most recent
   referent: a named speaker, the subject of a sentence that reports speech, or a person
   who opens a sentence (see speakers.py);
4. indirect quotes: "X mengatakan bahwa ..." (or a colloquial "kalau" right after the
   verb), a sentence closed by ", kata X", and one closed by ", katanya." (the last
   speaker);
   the text is the reported content.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ..document import Document, Quote
from ..pipeline import register
from ..resources import Resources
from .speakers import DocumentIndex, Hits, Referents, Speaker, SpeakerGrammar, _alternation, word_alternation

WORD = re.compile(r"\w+(?:-\w+)*")
# Paired marks, most specific first; a span claimed by one is masked for the rest.
QUOTE_PATTERNS = (
    re.compile(r"\\[”“\"](.{2,1500}?)\\[”“\"]", re.DOTALL),
    re.compile(r"“([^“”]{2,1500}?)”"),
    re.compile(r'["“]([^"“”\n]{2,1500}?)["”]'),
    re.compile(r"‘([^‘’\n]{2,400}?)’"),
    re.compile(r"«([^«»\n]{2,1500}?)»"),
    # the lookbehind after the mark ("not a word character or mark, then the mark") lets the
    # engine scan for the literal mark: three times faster than a leading lookbehind
    re.compile(r"'(?<![\w']')([^'\n]{2,400}?)'(?![\w'])"),
)
# A paragraph that opens a quote and never closes it, followed by a paragraph that opens one:
# the quote runs on ("“A ...\n“B ...,” kata X").
RUN_ON_PARAGRAPH = re.compile(r"(?m)^[ \t]*[“\"]([^“”\"\n]{2,1500})$(?=\n+[ \t]*[“\"])")
OPENING_MARKS = re.compile(r"[“\"‘«]|\\”|'(?<![\w']')(?=\w)")
# Speech punctuation just inside the closing mark: the sentence goes on with its attribution.
SPEECH_END = re.compile(r"[,.!?…]\s*$")
# How far after a quote its attribution may stand (characters).
ATTRIBUTION_REACH = 300
# More words than this after ", kata X" mean the attribution stands inside the reported content.
MIDDLE_ATTRIBUTION_WORDS = 6
# Words between the reporting verb and the quote mark ("mengatakan pada hari Minggu bahwa ...").
BEFORE_REACH_WORDS = 12
# Words a subject may have between a quote and its verb ("“...,” bos perusahaan itu menulis").
SUBJECT_AFTER_WORDS = 8
# A quote without attribution takes the last referent only this many sentences back.
NEAR_SENTENCES = 2
# A run of at most this many words between marks, capitalised but for function words and said by
# nobody, is a name or a title (books, films, themes, programmes); longer runs are rare enough.
TITLE_WORDS = 16
# A phrase of at most this many words between marks with no verb or speaker attributing it is a
# term or scare quote. Set on the Detik 2025 corpus: most unattributed quotes this short are terms.
SCARE_WORDS = 3


@register("quotes", requires=("sentences", "mentions", "actors"), adds=("quotes",))
class QuoteFinder:
    """Finds quotes and their speakers.

    Adds `doc.quotes`: Quote(sentence, start, end, text, kind (direct | indirect),
    speaker (actor id or None), speaker_text, addressee, addressee_text). A pronoun
    speaker ("dia", "-nya") is replaced by the words and actor of the person it refers to.
    """

    def __init__(self, resources: Resources):
        data = resources.data("id/reporting_verbs.yaml")
        cues = resources.data("id/speaker_cues.yaml")
        self.grammar = SpeakerGrammar(data, cues)
        self.stop = frozenset(data["stop"])
        self.pronouns = frozenset(cues["pronouns"])
        self.title_function_words = frozenset(cues["title_function_words"])
        self.subjectless_words = frozenset(cues["clause_openers"]) | frozenset(data["trim"])
        self.fronted = frozenset(cues["fronted"])
        after = _alternation(data["after"])
        right_after = _alternation(data["after"] + data["after_quote_only"])
        self.after_start_re = re.compile(r"\s*(?:[,.]\s*)?(?:" + right_after + r")\s+(?=\w)", re.IGNORECASE)
        self.after_re = re.compile(r"(?<=[,.;:!?”\"’])\s*" + word_alternation(data["after"]) + r"\s+(?=\w)",
                                   re.IGNORECASE)
        continuation = [w + "nya" for w in data["after"] + data["after_quote_only"] if " " not in w] \
            + data["continuation"]
        self.continuation_re = re.compile(r"\s*(?:[,.]\s*)?(?:" + _alternation(continuation) + r")(?!\w)", re.IGNORECASE)
        # An unlisted "-nya" word right after a quote: "“...,” sentilnya."
        self.any_nya_re = re.compile(r"\s*(?:,\s*)?[a-z]{3,}nya(?=\s*[.,;!?]|\s+(?:" + _alternation(data["stop"]) + r")\b)")
        # An unlisted lowercase verb before a capitalised speaker: "“...?” tanya Budi".
        self.unlisted_verb_re = re.compile(r"\s*(?:,\s*)?([a-z]{3,})\s+(?=[A-Z])")
        speech = data["before"] + data["before_direct_only"]
        self.before_re = re.compile(r"(?<!\w)(" + word_alternation(speech) + r")(?!\w)", re.IGNORECASE)
        self.indirect_verbs = frozenset(v.lower() for v in data["before"])
        self.according_re = re.compile(r"(?<!\w)" + word_alternation(data["according_to"]) + r"(nya\b|\s+)",
                                       re.IGNORECASE)
        self.impersonal_re = re.compile(r"(?<!\w)" + word_alternation(cues["impersonal"]) + r"(?!\w)", re.IGNORECASE)
        self.bahwa_re = re.compile(r"\bbahwa\s+", re.IGNORECASE)
        # "X menjelaskan kalau ...": a colloquial "that" right after the verb, no comma between
        # matched right after a word: `\s*+(?<=\s)` is `\s+` there, and a leading `\s*` marks a continuation
        # for tests/test_regex_backtracking.py (a searched `\s+X` is quadratic on a long run of spaces)
        self.near_that_re = re.compile(r"\s*+(?<=\s)(?:[\w-]+\s+){0,2}?(?:" + _alternation(data["near_complementizers"])
                                       + r")\s+", re.IGNORECASE)
        self.postposed_re = re.compile(r",\s*(?:" + after + r")\s+(?=\w)", re.IGNORECASE)
        # "..., katanya.": a sentence closed by a -nya attribution reports the last speaker
        self.postposed_nya_re = re.compile(r",\s*(?:" + after + r")nya\s*[.!?]?\s*$", re.IGNORECASE)
        # "Selain itu, lanjutnya, X sudah ...": a -nya attribution between commas reports the last speaker too
        self.parenthetical_nya_re = re.compile(r",\s*(?:" + after + r")nya\s*,", re.IGNORECASE)

    # ---- the stage
    def __call__(self, doc: Document) -> Document:
        ix = DocumentIndex(doc, self.before_re)
        spans = self._direct_spans(doc, ix)
        referents = self._narrative_referents(ix, spans)
        quotes: list[Quote] = []
        run_on: list[int] = []  # indexes of quotes whose paragraph runs on into the next quote
        previous_end = -1
        for start, end, runs_on in spans:
            sentence = ix.sentence_at(start)
            speaker, refers_back = (None, False) if runs_on else self._speaker_after(ix, end)
            explicit = speaker is not None or refers_back
            if speaker is not None and self._relay(ix, speaker):
                # "“...,” lapor Reuters": the outlet passes the words on; a speaker before them wins.
                relayed, refers_back = self._speaker_before(ix, start, sentence)
                speaker = relayed if relayed is not None or refers_back else speaker
            elif not explicit:
                speaker, refers_back = self._speaker_before(ix, start, sentence)
            attributed = explicit or speaker is not None or refers_back
            if not attributed and not runs_on and self._near(ix, referents, previous_end, start):
                refers_back = True
            if refers_back or (speaker is not None and not self.grammar.named(speaker)):
                speaker = self._resolve(referents, start, speaker)
            if not runs_on and self._not_speech(doc.text[start:end], explicit, attributed):
                continue
            if speaker is not None and self.grammar.named(speaker):
                referents.add(start, speaker)
            quotes.append(self._direct_quote(doc, sentence, start, end, speaker))
            if runs_on:
                run_on.append(len(quotes) - 1)
            previous_end = end
        for i in reversed(run_on):
            following = quotes[i + 1] if i + 1 < len(quotes) else None
            if following is not None and quotes[i].speaker_text is None:
                quotes[i] = replace(quotes[i], speaker=following.speaker, speaker_text=following.speaker_text)
        quotes.extend(self._indirect(ix, spans, referents))
        quotes.sort(key=lambda q: q.start)
        doc.quotes = self._inside_indirect(quotes)
        return doc

    @staticmethod
    def _direct_quote(doc: Document, sentence, start: int, end: int, speaker: Speaker | None) -> Quote:
        # The span without the blanks just inside the quote marks, so `text` is exactly text[start:end].
        inner = doc.text[start:end]
        start += len(inner) - len(inner.lstrip())
        end -= len(inner) - len(inner.rstrip())
        actor, words, addressee, addressee_text = speaker if speaker else (None, None, None, None)
        return Quote(sentence.index if sentence else -1, start, end, doc.text[start:end], "direct", actor, words,
                     addressee, addressee_text)

    # ---- direct quotes
    def _direct_spans(self, doc: Document, ix: DocumentIndex) -> list[tuple[int, int, bool]]:
        text = doc.text
        taken = bytearray(len(text))
        spans = []
        title = doc.title_span
        patterns = [(p, False) for p in QUOTE_PATTERNS] + [(RUN_ON_PARAGRAPH, True)]
        for pattern, runs_on in patterns:
            for found in pattern.finditer(text):
                start, end = found.start(1), found.end(1)
                if any(taken[found.start():found.end()]):
                    continue
                if len(WORD.findall(text, start, end)) < 2 or ix.sentence_at(start) is None:
                    continue
                if title and title[0] <= start < title[1]:
                    continue
                taken[found.start():found.end()] = b"\x01" * (found.end() - found.start())
                spans.append((start, end, runs_on))
        return sorted(spans)

    def _not_speech(self, inner: str, explicit: bool, attributed: bool) -> bool:
        """A name or title (“One Piece”, “Dari Penjara ke Penjara”: capitalised but for function
        words) unless a verb after it says someone said it, and a
        short term (“diplomasi kota”) that nobody is said to have said: marks, not speech."""
        if SPEECH_END.search(inner):
            return False
        words = WORD.findall(inner)
        content = [w for w in words if w.lower() not in self.title_function_words]
        if len(words) <= TITLE_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in content):
            return not explicit
        return len(words) <= SCARE_WORDS and not attributed

    def _near(self, ix: DocumentIndex, referents: Referents, previous_end: int, start: int) -> bool:
        """A referent stands within a sentence or two before the quote: "“A,” kata X. “B.”"."""
        here = ix.sentence_at(start)
        last = referents.before(start)
        if here is None or last is None:
            return False
        there = ix.sentence_at(max(last[0], previous_end if previous_end >= 0 else last[0]))
        return there is not None and 0 <= here.index - there.index <= NEAR_SENTENCES

    # ---- speakers
    def _resolve(self, referents: Referents, pos: int, speaker: Speaker | None) -> Speaker | None:
        """A pronoun, anaphor or missing speaker: the most recent named referent before `pos`;
        a titled anaphor ("perdana menteri itu") the most recent one that bears the title."""
        last = referents.before(pos)
        titled = self._title_of(speaker)
        if titled:
            last = referents.titled(pos, titled) or last
        if last is None or (speaker is not None and self.grammar.is_plural(speaker.words)):
            return speaker
        named = last[1]
        if speaker is None or not speaker.words or self.grammar.is_pronoun(speaker.words.split()[-1]):
            words = named.words
        else:
            words = speaker.words  # "pejabat tersebut" keeps its words and gains the actor
        actor = speaker.actor if speaker is not None and speaker.actor else named.actor
        addressee = speaker[2:] if speaker is not None else (None, None)
        return Speaker(actor, words, *addressee)

    def _title_of(self, speaker: Speaker | None) -> str | None:
        """The title words of an anaphor ("perdana menteri" of "perdana menteri itu"), if any."""
        if speaker is None or not speaker.words:
            return None
        words = speaker.words.split()
        if len(words) < 2 or words[-1].lower() not in self.grammar.anaphora or self.grammar.is_pronoun(words[-1]):
            return None
        return " ".join(words[:-1])

    def _speaker_after(self, ix: DocumentIndex, end: int) -> tuple[Speaker | None, bool]:
        """The attribution after a quote; the flag says the speaker is the last one named."""
        text = ix.text
        inner_end = text[max(0, end - 3):end]
        spoken = bool(SPEECH_END.search(inner_end))
        window_end = min(len(text), end + ATTRIBUTION_REACH)
        next_quote = OPENING_MARKS.search(text, end + 1, window_end)
        if next_quote:
            window_end = next_quote.start()
        here = ix.sentence_at(end) or ix.sentence_at(end - 1)
        if here is not None:
            following = ix.sentence_at(here.end + 1) or ix.sentence_at(here.end)
            limit = following.end if following is not None and following.index == here.index + 1 else here.end
            window_end = min(window_end, limit)
        pos = end + 1
        verb = self.after_start_re.match(text, pos, window_end)
        if verb:
            return self._phrase_or_back(ix, verb.end())
        if self.continuation_re.match(text, pos, window_end):
            return None, True
        if spoken and self.any_nya_re.match(text, pos, window_end):
            return None, True
        if spoken:
            unlisted = self.unlisted_verb_re.match(text, pos, window_end)
            if unlisted and unlisted.group(1) not in self.stop and unlisted.group(1) not in self.fronted:
                return self._phrase_or_back(ix, unlisted.end())
            subject = self._subject_after(ix, pos, window_end, here)
            if subject is not None:
                return subject
        verb = self.after_re.search(text, pos, window_end)
        if verb:
            return self._phrase_or_back(ix, verb.end())
        return None, False

    def _phrase_or_back(self, ix: DocumentIndex, pos: int) -> tuple[Speaker | None, bool]:
        speaker = self.grammar.phrase(ix, pos)
        if speaker is None:
            return None, False
        return speaker, not self.grammar.named(speaker)

    @staticmethod
    def _relay(ix: DocumentIndex, speaker: Speaker) -> bool:
        """“..., lapor Al Jazeera”: a news outlet passes the words on; it is not who said them."""
        actor = ix.doc.actors.get(speaker.actor) if speaker.actor else None
        return actor is not None and actor.sector == "MED"

    def _subject_after(self, ix: DocumentIndex, pos: int, window_end: int, here) -> tuple[Speaker | None, bool] | None:
        """“...,” bos perusahaan itu menulis di X: a subject and a reporting verb after the quote."""
        limit = min(window_end, here.end if here is not None else window_end)
        verb = ix.verbs.first(pos, limit)
        if not verb or re.search(r"[.!?]", ix.text[pos:verb.start()]):
            return None
        if len(WORD.findall(ix.text, pos, verb.start())) > SUBJECT_AFTER_WORDS:
            return None
        speaker = self.grammar.subject(ix, pos, verb.start())
        if speaker is None:
            return None
        return speaker, not self.grammar.named(speaker)

    def _speaker_before(self, ix: DocumentIndex, start: int, sentence) -> tuple[Speaker | None, bool]:
        if sentence is None:
            return None, False
        text = ix.text
        head_start = sentence.start
        if not text[sentence.start:start].strip():
            # “...” opening its sentence: "X berkata:" may close the sentence before.
            before = ix.sentence_at(sentence.start - 1) or ix.sentence_at(sentence.start - 2)
            if before is not None and text[before.start:before.end].rstrip().endswith(":"):
                head_start = before.start
        head = text[head_start:start]
        verbs = ix.verbs.within(head_start, start)
        if verbs:
            verb = verbs[-1]
            if len(WORD.findall(text, verb.end(), start)) <= BEFORE_REACH_WORDS:
                speaker = self.grammar.subject(ix, head_start, verb.start())
                if speaker is not None:
                    return speaker, not self.grammar.named(speaker)
        according = list(self.according_re.finditer(head))
        if according:
            if according[-1].group(1).lower() == "nya":
                return None, True
            speaker = self.grammar.phrase(ix, head_start + according[-1].end())
            if speaker is not None:
                return speaker, not self.grammar.named(speaker)
        if self.impersonal_re.search(head):
            return None, True
        return None, False

    # ---- who pronouns can point back to
    def _narrative_referents(self, ix: DocumentIndex, spans) -> Referents:
        """Named speakers of reported speech and persons opening a sentence, outside quotes."""
        referents = Referents()
        text, title = ix.text, ix.doc.title_span
        according_to, postposed = Hits(self.according_re, text), Hits(self.postposed_re, text)
        q = 0
        for sentence in ix.sentences:
            if title and title[0] <= sentence.start < title[1]:
                continue
            while q < len(spans) and spans[q][0] < sentence.start:
                q += 1
            if q > 0 and spans[q - 1][1] >= sentence.start:
                continue  # the sentence opens inside a quote: its words are the quoted person's
            limit = min(sentence.end, spans[q][0] - 1) if q < len(spans) else sentence.end
            if limit <= sentence.start:
                continue
            verb = ix.verbs.first(sentence.start, limit)
            if verb and self.parenthetical_nya_re.search(text, sentence.start, verb.start()):
                continue  # "Selain itu, lanjutnya, guru X sudah menyampaikan ...": the last speaker's report of X
            if verb:
                speaker = self.grammar.subject(ix, sentence.start, verb.start())
                if self.grammar.named(speaker):
                    referents.add(verb.start(), speaker)
                    continue
            according = according_to.first(sentence.start, limit)
            if according and according.group(1).lower() != "nya":
                speaker = self.grammar.phrase(ix, according.end(), with_addressee=False)
                if self.grammar.named(speaker):
                    referents.add(according.start(), speaker)
                    continue
            post = postposed.first(sentence.start, limit)
            if post:
                speaker = self.grammar.phrase(ix, post.end(), with_addressee=False)
                if self.grammar.named(speaker):
                    referents.add(post.start(), speaker)
                    continue
            person = self.grammar.initial_person(ix, sentence, limit)
            if person is not None:
                referents.add(sentence.start, person)
        return referents

    @staticmethod
    def _inside_indirect(quotes: list[Quote]) -> list[Quote]:
        """A quote inside an indirect quote ("X menyatakan bahwa perundingan “berjalan baik”")
        without a speaker of its own takes the indirect quote's."""
        resolved = []
        for q in quotes:
            if q.speaker is None:
                around = next((o for o in resolved if o.kind == "indirect" and o.start <= q.start and q.end <= o.end
                               and o.speaker), None)
                if around is not None:
                    q = replace(q, speaker=around.speaker, speaker_text=q.speaker_text or around.speaker_text)
            resolved.append(q)
        return resolved

    # ---- indirect quotes
    def _indirect(self, ix: DocumentIndex, spans, referents: Referents) -> list[Quote]:
        text = ix.text
        quotes = []
        title = ix.doc.title_span
        starts = [s for s, _, _ in spans]

        def inside(pos: int) -> bool:
            i = bisect.bisect_right(starts, pos) - 1
            return i >= 0 and pos < spans[i][1]

        for sentence in ix.sentences:
            if title and title[0] <= sentence.start < title[1]:
                continue
            chunk = text[sentence.start:sentence.end]
            found = None
            for verb in ix.verbs.within(sentence.start, sentence.end):
                if verb.group().lower() not in self.indirect_verbs or inside(verb.start()):
                    continue  # reported speech inside a direct quote is the quoted person's words
                bahwa = self.bahwa_re.search(text, verb.end(), sentence.end) or self.near_that_re.match(
                    text, verb.end(), sentence.end)
                if bahwa and len(WORD.findall(text, verb.end(), bahwa.start())) <= 8:
                    # "Selain menjelaskan X, Budi menyampaikan bahwa ...": the verb nearest "bahwa" reports it
                    nearer = ix.verbs.within(verb.end(), bahwa.start())
                    found = (nearer[-1] if nearer else verb, bahwa.end())
                    break
            if found:
                verb, content_start = found
                speaker = self._according(ix, sentence.start, verb.start()) \
                    or self.grammar.subject(ix, sentence.start, verb.start())
                if (speaker is not None and not self.grammar.named(speaker)) or (
                        speaker is None and self._no_subject(ix, sentence.start, verb.start())):
                    speaker = self._resolve(referents, verb.start(), speaker)
                start, end = content_start, sentence.end
                quotes.append(self._indirect_quote(ix, sentence, start, end, speaker))
                continue
            post = self.postposed_re.search(chunk)
            nya = None if post else self.postposed_nya_re.search(chunk)
            if nya and not inside(sentence.start + nya.start()) and not inside(sentence.start):
                said = self._resolve(referents, sentence.start, None)
                if said is not None:
                    quotes.append(self._indirect_quote(ix, sentence, sentence.start, sentence.start + nya.start(), said))
                continue
            if post and not any(s <= sentence.start + post.start() <= e + 2 for s, e, _ in spans):
                said = self.grammar.phrase(ix, sentence.start + post.end())
                if said is None:
                    continue
                relayed = self._relayed(ix, sentence, sentence.start + post.start(), referents) \
                    if self._relay(ix, said) else None
                if relayed is not None:
                    quotes.append(relayed)
                    continue
                # "A, kata X pada hari Sabtu, B": an attribution inside the sentence reports both sides
                said_end = text.find(said.words, sentence.start + post.end()) + len(said.words)
                rest = len(WORD.findall(text, said_end, sentence.end))
                end = sentence.end if rest > MIDDLE_ATTRIBUTION_WORDS else sentence.start + post.start()
                if not self.grammar.named(said):
                    said = self._resolve(referents, sentence.start + post.start(), said)
                quotes.append(self._indirect_quote(ix, sentence, sentence.start, end, said))
        return quotes

    def _according(self, ix: DocumentIndex, start: int, verb_start: int) -> Speaker | None:
        """"Menurut X, pihak lain tidak bisa mengklaim bahwa ...": the content is X's, not the subject's."""
        according = self.according_re.match(ix.text, start, verb_start)
        if according is None:
            return None
        if according.group(1).lower() == "nya":
            return Speaker(None, "nya")
        return self.grammar.phrase(ix, according.end(), with_addressee=False)

    def _no_subject(self, ix: DocumentIndex, start: int, verb_start: int) -> bool:
        """"Dan menambahkan bahwa ...": only conjunctions and adverbs stand before the verb, so its
        subject is the last speaker's."""
        return all(w.lower() in self.subjectless_words for w in WORD.findall(ix.text, start, verb_start))

    def _relayed(self, ix: DocumentIndex, sentence, end: int, referents: Referents) -> Quote | None:
        """"X menyatakan akan ..., lapor Al Jazeera": X said it, and the content follows X's verb.
        Without such a verb the outlet's own report stands, with the outlet as its source."""
        verb = ix.verbs.first(sentence.start, end)
        if verb is None or verb.group().lower() not in self.indirect_verbs:
            return None
        speaker = self.grammar.subject(ix, sentence.start, verb.start())
        if speaker is None:
            return None
        if not self.grammar.named(speaker):
            speaker = self._resolve(referents, verb.start(), speaker)
        content = self.bahwa_re.match(ix.text, verb.end() + 1)
        start = content.end() if content else verb.end() + 1
        return self._indirect_quote(ix, sentence, start, end, speaker)

    @staticmethod
    def _indirect_quote(ix: DocumentIndex, sentence, start: int, end: int, speaker: Speaker | None) -> Quote:
        while end > start and ix.text[end - 1] in " .,":
            end -= 1
        actor, words, addressee, addressee_text = speaker if speaker else (None, None, None, None)
        return Quote(sentence.index, start, end, ix.text[start:end], "indirect", actor, words, addressee, addressee_text)
