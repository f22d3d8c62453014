"""Issue 18, arguments (sixth pass): named targets the clause analysis did not reach.

- the object-fronted passive of speech: "Ibu Kadinkes X kami minta ...", a bare verb right after a personal
  pronoun, asks the actor that opens the clause before the pronoun (clauses.yaml fronted_patient), who is no
  second subject; an active verb after the pronoun ("kami meminta") keeps its own reading;
- a measure asked for within a body, "di lingkungan X" / "di internal X" / "di tubuh X" / "di jajaran X"
  (clauses.yaml scope_preps), or at an organisation right after "di", is addressed to that body; a place
  after "di" stays a place.

Names, places and sentences are invented.
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.document import Document
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def coded(pipeline, text, kind):
    doc = pipeline(Document(text=text, published=date(2025, 10, 20)))
    return doc, [e for e in doc.events if e.type == kind]


def target_text(doc, event):
    actor = doc.actors.get(event.target) if event.target else None
    return actor.name if actor is not None else event.target


FRONTED = [
    ("Wakil Menteri Kesehatan Benny Santoso meninjau dapur umum di Sukamaju.\n\n\"Ibu Kadinkes Kabupaten Sukamaju "
     "kami minta sebelum standar terpenuhi, dapur itu tidak boleh jalan,\" kata Benny.", ("Kadinkes",)),
    ("Bupati Wayan Kertajaya meninjau jalan rusak di Tanjung Asri.\n\n\"Maka Kepala Dinas PUPR Tanjung Asri Andi "
     "Wirawan kami minta segera memperbaiki jalan itu,\" kata Wayan.", ("Andi Wirawan", "Dinas PUPR")),
    # an auxiliary between the pronoun and the verb, a comma closing the fronted phrase
    ("Bupati Wayan Kertajaya meninjau jalan rusak di Tanjung Asri.\n\n\"Andi Wirawan kami juga minta memperbaiki "
     "jalan itu,\" kata Wayan.", ("Andi Wirawan",)),
    ("Bupati Wayan Kertajaya meninjau jalan rusak di Tanjung Asri.\n\n\"Nanti Andi Wirawan, saya akan minta "
     "memperbaiki jalan itu,\" kata Wayan.", ("Andi Wirawan",)),
    ("Ketua Komisi II Rudi Hartawan menyoroti sidang etik itu.\n\n\"Pak Ketua Bawaslu Dedi Kurniawan kita minta "
     "terbuka kepada publik,\" ujar Rudi.", ("Dedi Kurniawan", "Badan Pengawas Pemilihan Umum")),
]


@pytest.mark.parametrize("text, asked", FRONTED)
def test_fronted_patient_before_pronoun_and_bare_verb_is_asked(pipeline, text, asked):
    # the one asked, or the body the entity reader makes of the title before the name
    doc, events = coded(pipeline, text, "REQUEST")
    assert events, [(e.type, e.trigger) for e in doc.events]
    for event in events:
        assert event.target is not None and any(a in target_text(doc, event) for a in asked), \
            [(e.source, e.target, e.rule) for e in events]
        assert event.source != event.target


@pytest.mark.parametrize("text", [
    # an active verb after the pronoun: the name before it is no object of a fronted passive
    "Bupati Wayan Kertajaya meninjau jalan itu.\n\n\"Kepala Dinas PUPR Tanjung Asri Andi Wirawan kami meminta "
    "segera memperbaiki jalan itu,\" kata Wayan.",
    # a preposition before the name: the one whose words are told, not the one asked
    "Bupati Wayan Kertajaya meninjau jalan itu.\n\n\"Menurut Andi Wirawan, kami minta jalan itu diperbaiki,\" "
    "kata Wayan.",
    # a thing, not an actor, opens the clause
    "Bupati Wayan Kertajaya meninjau jalan itu.\n\n\"Anggaran dari Kementerian Keuangan kami minta segera "
    "dicairkan,\" kata Wayan.",
])
def test_no_fronted_patient_without_bare_verb_or_actor(pipeline, text):
    doc, events = coded(pipeline, text, "REQUEST")
    assert all(target_text(doc, e) not in ("Andi Wirawan", "Kementerian Keuangan") for e in events), \
        [(e.source, e.target, e.rule) for e in events]



@pytest.mark.parametrize("text", [
    # a speaker's label before the pronoun: the labelled speaker asks, he is not asked
    "Andi Wirawan: Saya minta Bupati Sukamaju hadir dalam debat terbuka.",
    "Rapat itu memanas. Andi Wirawan: \"Saya minta Bupati Sukamaju hadir dalam debat terbuka.\"",
])
def test_speaker_label_is_no_fronted_patient(pipeline, text):
    doc, events = coded(pipeline, text, "REQUEST")
    assert events, [(e.type, e.trigger) for e in doc.events]
    assert all(target_text(doc, e) != "Andi Wirawan" for e in events), [(e.source, e.target, e.rule) for e in events]


SCOPE = [
    ("Dalam rapat tersebut, KPK mengimbau pencatatan hadiah di lingkungan Kementerian Pertanian supaya "
     "dilaporkan tertib.", "IDN.KEMENTAN"),
    ("Gubernur Rina Kusuma meminta aparatur di lingkungan Pemerintah Provinsi Jawa Tengah untuk tidak memakai "
     "mobil dinas saat libur.", None),
    ("Juru bicara KPK Budi Santosa mengimbau aturan di Kementerian Pertanian soal gratifikasi dapat diperbarui.",
     "IDN.KEMENTAN"),
]


@pytest.mark.parametrize("text, body", SCOPE)
def test_measure_within_a_body_is_addressed_to_it(pipeline, text, body):
    doc, events = coded(pipeline, text, "REQUEST")
    assert events, [(e.type, e.trigger) for e in doc.events]
    for event in events:
        assert event.target is not None, [(e.source, e.target, e.rule) for e in events]
        if body is not None:
            assert event.target == body, [(e.source, e.target, e.rule) for e in events]
        else:
            assert "Jawa Tengah" in target_text(doc, event)


@pytest.mark.parametrize("text", [
    "Polisi mengimbau warga di Kota Lembah Hijau agar tidak keluar rumah saat banjir.",
    "Kepala desa itu meminta bantuan untuk warga di Desa Sukamaju.",
])
def test_place_after_di_is_no_addressee(pipeline, text):
    doc, events = coded(pipeline, text, "REQUEST")
    assert all(e.target is None or "Lembah Hijau" not in target_text(doc, e) and "Sukamaju" not in target_text(doc, e)
               for e in events), [(e.source, e.target, e.rule) for e in events]


# "minta pada X": an addressing preposition right after the predicate names whom it asks (clauses.yaml
# addressing_preps); the poor, the vulnerable and children are classes of people (group_nouns.yaml).
ADDRESSED = [
    ("Kepala Dinas Rina Kusuma menemui para siswa.\n\n\"Saya juga minta pada anak-anak untuk menyerahkan bukti "
     "yang mereka punya,\" kata Rina.", "REQUEST", "IDN.CVL"),
    ("Kapolres Andi Wirawan mengimbau pada warga agar tidak keluar rumah saat banjir.", "REQUEST", "IDN.CVL"),
    ("Kapolres Andi Wirawan meminta pada Dinas Sosial Sukamaju agar membantu warga.", "REQUEST",
     "local:dinas_sosial_sukamaju"),
    ("Pemerintah juga akan menyalurkan bantuan itu kepada kelompok rentan dan keluarga miskin.", "AID", "IDN.CVL"),
    ("Kepala Dinas Rina Kusuma membela masyarakat miskin di kota itu.", "SUPPORT", "IDN.CVL"),
]


@pytest.mark.parametrize("text, kind, target", ADDRESSED)
def test_addressed_class_or_body_is_the_target(pipeline, text, kind, target):
    doc, events = coded(pipeline, text, kind)
    assert events, [(e.type, e.trigger) for e in doc.events]
    assert all(e.target == target for e in events), [(e.source, e.target, e.rule) for e in events]


def test_pada_before_a_day_is_no_addressee(pipeline):
    doc, events = coded(pipeline, "Kapolres Andi Wirawan bertemu pada Senin dengan Bupati Wayan Kertajaya.", "CONSULT")
    assert events and all(e.target == "local:wayan_kertajaya" for e in events), [(e.source, e.target) for e in events]
