"""Document-date windows inferred from roles, written dates, copyright and durations."""
from dataclasses import dataclass
from datetime import date

import pytest

from linimasa.actors.dictionary import AliasMatch
from linimasa.document import Document, Role, Sentence
from linimasa.language.dateinfer import DateInferStage
from linimasa.resources import Resources

D = date


@dataclass(frozen=True)
class FakeEntry:
    roles: tuple



class FakeDictionary:
    """The ActorDictionary interface dateinfer uses, over three invented people."""

    aliases = {"Rina Hartono": "rina", "Budi Santosa": "budi", "Sari Wulan": "sari"}
    entries = {
        "rina": FakeEntry((Role("Presiden", start=D(2017, 1, 20), end=D(2021, 1, 20)),
                           Role("Presiden terpilih", start=D(2024, 11, 6), end=D(2025, 1, 19)),
                           Role("Presiden", start=D(2025, 1, 20), end=None))),
        "budi": FakeEntry((Role("Menteri Luar Negeri", start=D(2021, 1, 26), end=D(2025, 1, 20)),)),
        "sari": FakeEntry((Role("Direktur Badan Pangan", start=D(2019, 3, 1), end=D(2022, 6, 30)),)),
    }

    def lookup(self, surface):
        return (self.aliases[surface],) if surface in self.aliases else ()

    def match(self, text, start=0, end=None):
        end = len(text) if end is None else end
        found = []
        for alias, entry_id in self.aliases.items():
            pos = text.find(alias, start, end)
            while pos != -1:
                found.append(AliasMatch(pos, pos + len(alias), alias, (entry_id,), "PER"))
                pos = text.find(alias, pos + 1, end)
        return sorted(found, key=lambda m: m.start)


@pytest.fixture(scope="module")
def stage():
    resources = Resources(options={"today": "2026-01-01"})
    resources.__dict__["actor_dictionary"] = FakeDictionary()  # cached_property slot
    return DateInferStage(resources)


def make_doc(text, published=None):
    doc = Document(text, published=published)
    doc.sentences = [Sentence(0, 0, len(text), text)]
    return doc


CASES = [
    ("Presiden terpilih Rina Hartono menyusun kabinet.", D(2024, 11, 6), D(2025, 1, 19)),
    ("Menteri Luar Negeri Budi Santosa tiba di Kairo.", D(2021, 1, 26), D(2025, 1, 20)),
    ("Mantan Direktur Badan Pangan Sari Wulan diperiksa jaksa.", D(2022, 6, 30), D(2026, 1, 1)),
    ("Presiden Rina Hartono meresmikan bendungan pada Selasa (4/2/2025).", D(2025, 2, 4), D(2026, 1, 1)),
    ("Warga Gaza masih mengungsi di tengah konflik 10 bulan itu.", D(2024, 7, 23), D(2024, 9, 7)),
    ("Ketika perang di Gaza hampir memasuki bulan kesembilan, bantuan tertahan.", D(2024, 5, 7), D(2024, 6, 14)),
    ("Pasar kembali buka pada 12 Maret 2025 setelah renovasi.", D(2025, 3, 12), D(2026, 1, 1)),
    ("Para sandera ditahan di Gaza sejak serangan 7 Oktober.", D(2023, 10, 7), D(2026, 1, 1)),
    # a line holding only a date (and clock, zone, weekday, outlet) near the top is the publication date
    ("Banjir Rendam Kampung di Tepi Sungai\nSelasa, 4 Maret 2025 | 08:15 WIB\nAir naik sejak Senin malam.",
     D(2025, 3, 4), D(2025, 3, 5)),
    ("Harga Beras Turun\nContohWarta.id | Senin, 20 Januari 2025 | 05:45 WIB\nHarga beras turun lagi.",
     D(2025, 1, 20), D(2025, 1, 21)),
    # a date inside a caption or lead sentence is not a date line: only a lower bound
    ("Kapal Bantuan Tiba\nKAPAL BANTUAN - Sebuah kapal bersandar di Ashdod pada Selasa, (4/2/2025) waktu setempat.",
     D(2025, 2, 4), D(2026, 1, 1)),
]


@pytest.mark.parametrize("text, earliest, latest", CASES)
def test_window_from_text(stage, text, earliest, latest):
    window = stage(make_doc(text)).published_window
    assert (window.earliest, window.latest) == (earliest, latest)


def test_copyright_bounds_the_window_from_above(stage):
    text = "Presiden Rina Hartono berpidato pada 3 Maret 2025. © 2025 Kabar Kita"
    window = stage(make_doc(text)).published_window
    assert (window.earliest, window.latest) == (D(2025, 3, 3), D(2025, 12, 31))


def test_future_date_bounds_from_above(stage):
    text = "Menteri Luar Negeri Budi Santosa akan berkunjung pada 9 Mei 2023."
    window = stage(make_doc(text)).published_window
    assert (window.earliest, window.latest) == (D(2021, 1, 26), D(2023, 5, 9))


def test_conflicting_clue_is_dropped_and_noted(stage):
    text = "Menteri Luar Negeri Budi Santosa menyinggung krisis pada 1 Juni 2025."
    window = stage(make_doc(text)).published_window
    assert (window.earliest, window.latest) == (D(2021, 1, 26), D(2025, 1, 20))
    assert any(e.startswith("conflict:date:2025-06-01") for e in window.evidence)


def test_no_clue_leaves_window_none(stage):
    assert stage(make_doc("Harga cabai naik di pasar tradisional.")).published_window is None


def test_published_document_is_left_alone(stage):
    doc = stage(make_doc("Presiden terpilih Rina Hartono tiba.", published=D(2024, 12, 1)))
    assert doc.published_window is None


@pytest.mark.parametrize("text, bounded_by_run_date", [
    # only the run date ("today", 2026-01-01) bounds the window from above: flagged
    ("Pasar kembali buka pada 29 Desember 2025 setelah renovasi.", True),
    # a date line bounds it: not flagged
    ("Harga Beras Turun\nSelasa, 30 Desember 2025 | 08:15 WIB\nHarga beras turun lagi.", False),
])
def test_dateinfer_window_flags_a_run_date_bound(stage, text, bounded_by_run_date):
    from linimasa.language.timexes import RUN_DATE_EVIDENCE, window_anchor

    window = stage(make_doc(text)).published_window
    assert (RUN_DATE_EVIDENCE in window.evidence) is bounded_by_run_date
    # a window bounded by the run date never anchors "kemarin" or "Senin", however narrow
    assert (window_anchor(window) is None) is bounded_by_run_date


def test_dateinfer_roles_meeting_at_a_handover_are_not_a_date(stage):
    # Rina's second term begins the day Budi's office ends: the two roles meet on one day,
    # which says one of them is named for the past, not that the text was written then
    window = stage(make_doc("Presiden Rina Hartono memuji Menteri Luar Negeri Budi Santosa.")).published_window
    assert (window.earliest, window.latest) == (D(2017, 1, 20), D(2026, 1, 1))
    assert any(e.startswith("conflict:role:budi") for e in window.evidence)
