"""Trigger senses (issue 18): one word, several readings, chosen by the words around it.

A trigger entry in `resources/id/triggers.yaml` may list `senses`; the first whose `when`
condition holds (words after or before the trigger in its clause, what stands in the object
position) gives the event's type, or no event (`type: none`). The tables below hold sentences
written for the project (invented names and places) for each class the senses cover:
verbal attacks, support for a thing or for an actor, judgements of someone, disapproval and
denial. Documents are built by hand (tests/test_triggers_vocabulary.py) so that the rows test
the lexicon and the coder, not upstream tagging.
"""
from __future__ import annotations

import pytest

from linimasa.events.coder import EventCoder, Sense
from linimasa.resources import Resources
from tests.test_triggers_vocabulary import build


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


def _coded(coder, sentence):
    return {(e.type, e.source, e.target) for e in coder(build(sentence)).events}


# (sentence, the (type, source, target) of every event coded, the sense named in the rule or None)
SENSES = [
    # ---- "menyerang": force, or words
    ("Israel menyerang Hamas di perbatasan pada Senin malam.", {("ASSAULT", "ISR", "HAMAS")}, None),
    ("Andi Wirawan menyerang Dodi Hartono lewat media sosial sepanjang pekan.",
     {("ACCUSE", "ANDI", "DODI")}, "verbal-attack"),
    ("Andi Wirawan menyerang Bupati Sukamaju dengan sindiran tajam soal jalan rusak.",
     {("ACCUSE", "ANDI", "BUPATI")}, "verbal-attack"),
    ("Rina Kusuma menyerang Gubernur Nusa Kencana secara verbal dalam rapat itu.",
     {("ACCUSE", "RINA", "GUBERNUR")}, "verbal-attack"),
    ("Dalam pidatonya di alun-alun, Andi Wirawan menyerang Bupati Sukamaju.",
     {("ACCUSE", "ANDI", "BUPATI")}, "verbal-attack-medium"),
    ("Lewat unggahan di akunnya, Dodi Hartono menyerang Rina Kusuma.",
     {("ACCUSE", "DODI", "RINA")}, "verbal-attack-medium"),
    ("Partai Maju Bersama menyerang kebijakan Bupati Sukamaju soal pajak pasar.",
     {("ACCUSE", "PARTAI", "BUPATI")}, "verbal-attack-abstract"),
    ("Andi Wirawan menyerang kredibilitas Dodi Hartono di depan wartawan.",
     {("ACCUSE", "ANDI", "DODI")}, "verbal-attack-abstract"),
    ("Bupati Sukamaju diserang Andi Wirawan lewat media sosial.", {("ACCUSE", "ANDI", "BUPATI")}, "verbal-attack"),
    ("Bupati Sukamaju diserang Hamas di perbatasan.", {("ASSAULT", "HAMAS", "BUPATI")}, None),
    # ---- "mendukung": an actor or an actor's proposal, not a thing
    ("Kemendagri mendukung Bupati Sukamaju dalam pemilihan nanti.", {("SUPPORT", "KEMENDAGRI", "BUPATI")}, "support-actor"),
    ("DPRD Sukamaju mendukung usulan Gubernur Nusa Kencana soal pasar murah.",
     {("SUPPORT", "DPRD", "GUBERNUR")}, "support-actor"),
    ("Mesir mendukung penuh Qatar sebagai penengah.", {("SUPPORT", "EGY", "QAT")}, "support-actor"),
    ("DPRD Sukamaju mendukung revisi peraturan daerah tentang pasar.", {("SUPPORT", "DPRD", None)}, "support-measure"),
    ("Andi Wirawan mendukung langkah tegas yang diambil Polres Sukamaju.", {("SUPPORT", "ANDI", "POLRES")}, "support-measure"),
    ("Andi Wirawan tetap mendukung kawan-kawannya yang dipecat.", {("SUPPORT", "ANDI", None)}, "support-people"),
    ("Partai Maju Bersama mendukung agar sidang itu dibuka untuk umum.", {("SUPPORT", "PARTAI", None)}, "support-measure"),
    ("Kemendagri mendukung pelaksanaan program pangan desa Bupati Sukamaju.", {("SUPPORT", "KEMENDAGRI", "BUPATI")}, "support-actor"),
    ("Kemendagri mendukung percepatan pembangunan jalan desa.", set(), None),
    # an unnamed institution owns a programme; the public and workers only benefit from one
    ("Partai Maju Bersama mendukung program pemerintah.", {("SUPPORT", "PARTAI", "IDN.GOV")}, "support-actor"),
    ("Kemendagri mendukung layanan kesehatan masyarakat desa.", set(), None),
    ("Kemendagri mendukung peningkatan kapasitas pegawai.", set(), None),
    ("Partai Maju Bersama mendukung ketahanan pangan di tingkat desa.", set(), None),
    ("Andi Wirawan dukung program irigasi itu.", set(), None),
    ("Partai Maju Bersama dukung Bupati Sukamaju maju lagi.", {("SUPPORT", "PARTAI", "BUPATI")}, "support-actor"),
    # ---- judgements of someone: failure, dishonesty, unfitness (ACCUSE disapprove), breach (ACCUSE allege)
    ("Kemendagri menilai Bupati Sukamaju gagal menangani banjir tahun ini.",
     {("ACCUSE", "KEMENDAGRI", "BUPATI")}, "judged-unfit"),
    ("Andi Wirawan menilai Dodi Hartono tidak becus mengelola koperasi.", {("ACCUSE", "ANDI", "DODI")}, "judged-unfit"),
    ("Rina Kusuma menyebut Andi Wirawan pembohong di hadapan warga.", {("ACCUSE", "RINA", "ANDI")}, "judged-unfit"),
    ("Dodi Hartono menganggap Bupati Sukamaju tidak transparan soal anggaran.",
     {("ACCUSE", "DODI", "BUPATI")}, "judged-unfit"),
    ("Partai Maju Bersama menyebut Gubernur Nusa Kencana sebagai provokator.",
     {("ACCUSE", "PARTAI", "GUBERNUR")}, "judged-unfit"),
    ("Kemendagri menilai Andi Wirawan melanggar aturan kampanye.",
     {("ACCUSE", "KEMENDAGRI", "ANDI")}, "judged-breach"),
    # the same verbs for praise, for things and for plain mentions: no event
    ("Kemendagri menilai Bupati Sukamaju tidak salah dalam kasus itu.", set(), None),
    ("Kemendagri menilai Bupati Sukamaju salah satu kepala daerah terbaik.", set(), None),
    ("Andi Wirawan menilai kebijakan pajak itu gagal.", set(), None),
    ("Rina Kusuma menyebut Dodi Hartono sebagai calon kuat.", set(), None),
    ("Dodi Hartono menganggap Andi Wirawan sahabat lamanya.", set(), None),
    # ---- disapproval aimed at someone
    ("Andi Wirawan menghina Dodi Hartono di rapat desa.", {("ACCUSE", "ANDI", "DODI")}, None),
    ("Partai Maju Bersama mempertanyakan keputusan Bupati Sukamaju menaikkan retribusi.",
     {("ACCUSE", "PARTAI", "BUPATI")}, None),
    ("Warga Sukamaju mempertanyakan anggaran perbaikan jalan.", set(), None),
    ("Andi Wirawan mempertanyakan dampak aturan itu kepada Warga Sukamaju.", set(), None),  # the affected, not the one questioned
    # ---- urging someone vs promoting a thing; a request vs market demand
    ("Kemendagri mendorong Bupati Sukamaju agar segera memperbaiki jalan.", {("REQUEST", "KEMENDAGRI", "BUPATI")}, "urge-actor"),
    ("Andi Wirawan mendorong agar anggaran desa dibuka ke publik.", {("REQUEST", "ANDI", None)}, "urge-that"),
    ("Rina Kusuma mendorong para korban untuk berani melapor.", {("REQUEST", "RINA", "IDN.CVL")}, "urge-actor"),
    ("Rina Kusuma mendorong seluruh pihak untuk hadir dalam rapat desa.", {("REQUEST", "RINA", None)}, "urge-people"),
    ("Qatar mendorong sekutunya di kawasan untuk menekan Israel.", {("REQUEST", "QAT", None)}, "urge-people"),
    ("Mesir mendorong gencatan senjata di perbatasan sebagai syarat untuk membuka jalur bantuan.",
     {("REQUEST", "EGY", None)}, "call-for"),
    ("Kemendagri mendorong satgas tersebut agar bekerja lebih cepat.", {("REQUEST", "KEMENDAGRI", None)}, "urge-people"),
    ("Andi Wirawan mendorong agar dua kantor Kemendagri dibuka.", {("REQUEST", "ANDI", None)}, "urge-that"),  # no owner after "agar"
    ("Kemendagri mendorong percepatan digitalisasi desa agar layanan makin cepat.", set(), None),
    ("Partai Maju Bersama terus mendorong pemanfaatan riset kampus untuk ketahanan pangan.", set(), None),
    ("Andi Wirawan menolak permintaan Dodi Hartono soal tanah itu.",
     {("REJECT", "ANDI", "DODI"), ("REQUEST", "DODI", None)}, None),
    ("Rina Kusuma mengatakan permintaan ekspor kopi Sukamaju ke Qatar naik.", set(), None),
    ("Dodi Hartono menyebut tingginya permintaan beras di Sukamaju.", set(), None),
    # ---- promises and vows against someone
    # (the one threatened stands inside the vow's content: found when its verb is a content verb the clause
    # analysis reads, as 'menjatuhkan'; not yet after 'demi melawan')
    ("Bupati Sukamaju berjanji memperbaiki jalan desa untuk Warga Sukamaju.", {("AGREE", "BUPATI", None)}, None),
    # the content verb names the one threatened (clauses: a threat's content object is its addressee)
    ("Andi Wirawan berjanji akan menjatuhkan Bupati Sukamaju dalam pemilihan berikutnya.",
     {("THREATEN", "ANDI", "BUPATI")}, "vow-against"),
    ("Partai Maju Bersama berjanji untuk membentuk fraksi baru demi melawan Gubernur Nusa Kencana.",
     {("THREATEN", "PARTAI", None)}, "vow-against"),
    # ---- rescues, escapes and figures of speech
    ("Polres Sukamaju menyelamatkan Warga Sukamaju dari banjir bandang.", {("AID", "POLRES", "WARGA")}, None),
    ("Andi Wirawan menyelamatkan diri dari kejaran massa.", set(), None),
    ("Kejari Sukamaju menyelamatkan keuangan negara senilai Rp 3 miliar.", set(), None),
    ("Kemendagri membangun tanggul untuk menyelamatkan Warga Sukamaju dari rob.", set(), None),
    # ---- denials name whose statement they deny
    ("Rina Kusuma membantah tudingan Dodi Hartono soal dana desa.", {("REJECT", "RINA", "DODI")}, None),
    ("Bupati Sukamaju menampik pernyataan Andi Wirawan tentang proyek itu.", {("REJECT", "BUPATI", "ANDI")}, None),
    # "not denying" admits
    ("Rina Kusuma tidak menampik tudingan Dodi Hartono soal dana desa.", set(), None),
    ("Bupati Sukamaju tak bisa membantah pernyataan Andi Wirawan.", set(), None),
    ("Andi Wirawan tidak menolak usulan Dodi Hartono.", {("REJECT", "ANDI", "DODI")}, None),  # a refusal negated stays, marked
    # ---- "menyerang" a political opponent or critic is words, not force
    ("Andi Wirawan menyerang para pengkritiknya di Partai Maju Bersama.", {("ACCUSE", "ANDI", "PARTAI")}, "verbal-attack-politics"),
    ("Rina Kusuma menyerang politisi Partai Maju Bersama soal anggaran.", {("ACCUSE", "RINA", "PARTAI")}, "verbal-attack-politics"),
    # ---- "memeriksa": questioning someone, or checking papers, data, vehicles or the state of things
    ("KPK memeriksa Dodi Hartono dalam kasus suap proyek jalan.", {("ACCUSE", "KPK", "DODI")}, None),
    ("Bupati Sukamaju memeriksa langsung seluruh data keuangan desa.", set(), None),
    ("Polres Sukamaju memeriksa kelengkapan berkas perkara sebelum dilimpahkan.", set(), None),
    ("Polres Sukamaju memeriksa kendaraan yang melintas di perbatasan.", set(), None),
    ("Kemendagri memeriksa kondisi jembatan yang rusak diterjang banjir.", set(), None),
    # ---- "tiba di": a visit, but not an arrival at a hospital or the scene of an incident
    ("Andi Wirawan tiba di Qatar untuk pembicaraan damai.", {("CONSULT", "ANDI", "QAT")}, None),
    ("Saat tiba di IGD RSUD Sukamaju, Rina Kusuma masih sadar.", set(), None),
    ("Polres Sukamaju tiba di lokasi kejadian dua jam kemudian.", set(), None),
    # ---- "mendorong": urging an actor, or a policy or event causing an actor to act
    ("Andi Wirawan mendorong Bupati Sukamaju untuk membatalkan kenaikan pajak.",
     {("REQUEST", "ANDI", "BUPATI")}, "urge-actor"),
    ("Kebijakan baru Mesir mendorong AS untuk mengenakan tarif tambahan terhadap impor dari Mesir.",
     {("SANCTION", "USA", "EGY")}, None),
]


@pytest.mark.parametrize("sentence, expected, sense", SENSES, ids=[s[:48] for s, _, _ in SENSES])
def test_triggers_senses_choose_the_reading(coder, sentence, expected, sense):
    events = coder(build(sentence)).events
    assert {(e.type, e.source, e.target) for e in events} == expected
    if sense is not None:
        assert {e.rule.rsplit("@", 1)[-1] for e in events} == {sense}


def test_triggers_senses_verbal_attack_is_disapproval(coder):
    [event] = coder(build("Andi Wirawan menyerang Dodi Hartono lewat media sosial.")).events
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")


def test_triggers_senses_are_data(coder):
    """Senses are read from triggers.yaml; a sense of no event has no rule."""
    senses = coder.rules["mendukung"].senses
    assert [s.name for s in senses] == ["purpose-owned", "support-actor", "support-people", "support-measure",
                                        "support-thing"]
    assert senses[-1].rule is None and isinstance(senses[0], Sense)
    assert {s.rule.type for s in coder.rules["menyerang"].senses if s.rule is not None} == {"ACCUSE"}


@pytest.mark.parametrize("sense, message", [
    ({"when": {"after": "x"}, "form": "noun"}, "cannot change the form"),
    ({"when": {"object": "person"}}, "object must be"),
])
def test_triggers_senses_refuse_bad_data(sense, message):
    from linimasa.events.coder import _sense

    entry = {"type": "SUPPORT", "form": "active", "words": ["mendukung"]}
    with pytest.raises(ValueError, match=message):
        _sense(entry, sense, 0, frozenset({"kepada"}))


@pytest.mark.parametrize("sentence, kind", [
    ("Kemendagri mendukung Bupati Sukamaju.", "actor"),
    ("Kemendagri mendukung para Warga Sukamaju.", "actor"),
    ("Kemendagri mendukung usulan baru Bupati Sukamaju.", "owned"),
    ("Kemendagri mendukung pembangunan di Sukamaju bersama Bupati Sukamaju.", "thing"),
    ("Kemendagri mendukung pembangunan jalan desa.", "thing"),
    ("Kemendagri mendukung.", "absent"),
])
def test_triggers_senses_object_kinds(coder, sentence, kind):
    from linimasa.events.arguments import build_view

    doc = build(sentence)
    view = build_view(doc.sentences[0], doc.mentions, doc.actors, coder.grammar)
    [hit] = coder._hits(view)
    assert coder._object_kind(view, hit, view.clause(hit.start))[0] == kind


@pytest.mark.parametrize("sentence, expected", [
    # a threat's target is the one acted on in its content, when the content's verb is a trigger
    ("Israel mengancam akan menyerang Hamas pekan depan.", {("THREATEN", "ISR", "HAMAS")}),
    ("Mesir mengancam akan mengusir duta besar Israel.", {("THREATEN", "EGY", "ISR")}),
    ("Andi Wirawan mengancam akan melaporkan Dodi Hartono ke Polres Sukamaju.", {("THREATEN", "ANDI", "DODI")}),
    ("Israel bersumpah akan menyerang Hamas.", {("THREATEN", "ISR", "HAMAS")}),
    # a target after the threat itself stays; a content with no trigger gives none
    ("Israel mengancam Hamas dengan serangan besar.", {("THREATEN", "ISR", "HAMAS")}),
    ("Andi Wirawan mengancam akan mundur dari Partai Maju Bersama.", {("THREATEN", "ANDI", None)}),
    # a promise keeps its content as a second event, a vow against someone is a threat
    ("Andi Wirawan berjanji akan memecat Dodi Hartono.", {("AGREE", "ANDI", None)}),
])
def test_triggers_senses_threat_content_target(coder, sentence, expected):
    assert _coded(coder, sentence) == expected
