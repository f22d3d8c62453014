"""Issue 18, fourth round: the source of an event, events that are not acts, and modality.

Run through the whole pipeline (tags, names, quotes), since the rules read the tagger's verbs and nouns.

Sources:
- a quantifier standing alone as a clause's subject after "tapi" ("..., tapi mayoritas menolak") is that
  clause's subject: the narrator of the main clause does not refuse;
- after a verb of judging or forecasting ("menilai", "memproyeksikan"), a noun phrase before a modal
  ("aplikasi itu mampu mendorong ...") is the subject: the one who judges does not push;
- a decision owned by someone ("keputusan (dari) X untuk memecat Y") is carried out by its owner, not by the
  one who welcomes it;
- a noun trigger whose possessed modifier is a member noun ("tuntutan rekannya") is the members' act;
- the owner of a thing named after "milik" is governed by it, never a subject;
- a person after a comma and before a verb ("..., Bahlil kemudian menegaskan") is no object of a preposition
  before the comma (events/arguments.py `governing_preposition`);
- a description after a person and a comma ("X, pengusaha dari PT Y asal Z, menyambut ...") is the person;
- an actor after a verb that follows a noun trigger ("permintaan melatih X") is the verb's object, not the
  noun's genitive.

Not events:
- land "freed" in a relative clause ("lahan warga yang dibebaskan Pemkab X") is land acquisition.

Modality:
- a noun trigger whose own predicate after it is scheduled ("Demo itu rencananya akan digelar ...",
  "dijadwalkan berlangsung") or that follows "menjelang" is planned; "akan dipenuhi" (no verb of occurrence)
  keeps a request made;
- the purpose of a planned act ("akan berkoordinasi dengan X untuk melobi Y") is planned;
- an item announced after a comma ("..., antara lain bekerja sama dengan X") shares the plan before it;
- "kalau" before the present situation or a past time ("kalau hasilnya seperti ini") means "when";
- what someone deserves ("layak menghukum") has not happened;
- a wish not to have to ask ("berharap tidak lagi meminta") is no request made.

Lexical sense: checking a balance or an account ("rutin memeriksa saldo rekening") is no investigation.

Names, places and sentences are invented.
"""
from __future__ import annotations

import pytest

from linimasa.document import Document
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def events(pipeline, text):
    doc = pipeline(Document(text=text))

    def name(ident):
        return doc.actors[ident].name if ident in doc.actors else ident

    return [(e.type, name(e.source), name(e.target), e.modality) for e in doc.events]


def triples(pipeline, text):
    return {(kind, source, target) for kind, source, target, _ in events(pipeline, text)}


# (text, triples that must be coded, triples that must not be)
SOURCES = [
    ("Jaksa mengatakan PT Sinar Jaya berunding dengan beberapa bank asing tapi mayoritas menolak kerja sama dengan "
     "PT Sinar Jaya.",
     {("CONSULT", "PT Sinar Jaya", None)}, {("REJECT", "Jaksa (Indonesia)", None)}),
    ("Menteri Budi Santoso menilai aplikasi itu mampu mendorong para bupati untuk membuka anggaran.",
     set(), {("REQUEST", "Budi Santoso", "Pemerintah daerah (Indonesia)"), ("REQUEST", "Budi Santoso", None)}),
    ("Budi Santoso menilai pihaknya perlu bekerja sama dengan Polri.",
     {("COOPERATE", "Budi Santoso", "Kepolisian Negara Republik Indonesia")}, set()),
    ('"Kami tentu menghormati keputusan dari Persikasu untuk memecat pelatih Rudi Hartono," ujar Budi Santoso.',
     set(), {("SANCTION", "Budi Santoso", "Rudi Hartono")}),
    ("Budi Santoso menyambut baik keputusan Polri untuk menangkap Rudi Hartono.",
     {("COERCE", "Kepolisian Negara Republik Indonesia", "Rudi Hartono")},
     {("COERCE", "Budi Santoso", "Rudi Hartono")}),
    ("Polri mengambil keputusan untuk menangkap Rudi Hartono.",
     {("COERCE", "Kepolisian Negara Republik Indonesia", "Rudi Hartono")}, set()),
    ("Budi Santoso turut mendukung agar hasil audit diumumkan, sesuai tuntutan rekannya di Forum Guru Sukamaju.",
     set(), {("REQUEST", "Budi Santoso", None)}),
    ("Budi Santoso menyambut baik tuntutan kerasnya terhadap Polri.",
     {("REQUEST", "Budi Santoso", "Kepolisian Negara Republik Indonesia")}, set()),
    ("Budi Santoso mengaku menerima puluhan permintaan membina Polri dari para suporter.",
     set(), {("REQUEST", "Kepolisian Negara Republik Indonesia", None)}),
    # an adjective after the judged noun: "data tunggal ini mampu ..." is still the data's act
    ("Selanjutnya, Menteri Budi Santoso menilai aplikasi terpadu itu mampu mendorong para bupati untuk membuka anggaran.",
     set(), {("REQUEST", "Budi Santoso", "Pemerintah daerah (Indonesia)"), ("REQUEST", "Budi Santoso", None)}),
    ("Budi Santoso mengatakan siap bekerja sama dengan Polri.",
     {("COOPERATE", "Budi Santoso", "Kepolisian Negara Republik Indonesia")}, set()),
    # the owner of a thing ("mobil keliling milik BPBD X") is no subject of the verb after it
    ("Presiden Joko Widodo juga akan memakai truk milik BPBD Sukamaju untuk menyampaikan imbauan kepada warga pesisir.",
     {("REQUEST", "Joko Widodo", "Warga (Indonesia)")}, {("REQUEST", "BPBD Sukamaju", "Warga (Indonesia)")}),
    # a description in apposition to a person is the person's ("X, pengusaha dari PT Y Mesir menyambut ...")
    ('"Syukur, Ahmed Farouk, pengusaha dari Nile Spice Trading Mesir menyambut baik tawaran dari pemerintah daerah '
     'tersebut.', {("SUPPORT", "Ahmed Farouk", "Pemerintah daerah (Mesir)")}, {("SUPPORT", "Pengusaha (Mesir)", "Pemerintah daerah (Mesir)")}),
    ("Menurut Budi Santoso, sekolah telah mengimbau seluruh siswa untuk tidak berkonvoi.",
     set(), {("REQUEST", "Budi Santoso", "Mahasiswa (Indonesia)")}),
    # a person after a comma and before a verb opens the main clause: not the object of a preposition before the comma
    # (the DPR, not the government: a minister's "pemerintah harus ..." is his own body's duty, no request;
    # tests/test_event_targets_5.py)
    ("Setelah berbicara tentang koalisi Golkar dengan Gerindra, Bahlil kemudian menegaskan DPR harus "
     "tetap solid.", {("REQUEST", "Bahlil Lahadalia", "Dewan Perwakilan Rakyat")},
     {("REQUEST", "Partai Golkar", "Dewan Perwakilan Rakyat")}),
    ("Presiden Joko Widodo bertemu dengan Menteri Luar Negeri, Budi Santoso, di Istana.",
     {("CONSULT", "Joko Widodo", "Budi Santoso")}, set()),
    ("Presiden Joko Widodo, Polri dan TNI menyepakati langkah itu.",
     {("AGREE", "Kepolisian Negara Republik Indonesia", "Joko Widodo")}, set()),
    # a possessed noun after a forecast about a body no actor names is that body's ("pertemuan terakhirnya")
    ("Analis Budi Santoso memperkirakan dewan gubernur itu belum akan menaikkan tarif hingga pertemuan tahunannya "
     "pada bulan Maret.", set(), {("CONSULT", "Budi Santoso", None)}),
    ("Budi Santoso mengatakan pertemuannya dengan Presiden Joko Widodo berjalan baik.",
     {("CONSULT", "Budi Santoso", "Joko Widodo")}, set()),
]


@pytest.mark.parametrize("text,wanted,unwanted", SOURCES)
def test_sources(pipeline, text, wanted, unwanted):
    found = triples(pipeline, text)
    assert wanted <= found, found
    assert not (unwanted & found), found


def test_land_acquired_in_a_relative_clause_is_no_release(pipeline):
    text = "Lahan warga yang dibebaskan Pemkab Sukamaju untuk jalan tol kini sudah bersertifikat, kata Budi Santoso."
    assert not [e for e in events(pipeline, text) if e[0] == "RETREAT"]


def test_checking_a_status_is_no_investigation(pipeline):
    text = "Para nasabah Bank Sukamaju rutin memeriksa saldo rekening lewat aplikasi."
    assert not [e for e in events(pipeline, text) if e[0] == "ACCUSE"]
    assert ("ACCUSE", "Polres Sukamaju", None) in triples(pipeline, "Polres Sukamaju akan memeriksa kebenaran laporan warga itu.")


def test_hostages_freed_in_a_relative_clause_are_released(pipeline):
    text = "Sandera yang dibebaskan oleh Hamas tiba di Tel Aviv."
    assert ("RETREAT", "Hamas", None) in triples(pipeline, text)


# (text, event type, modality it must have)
MODALITY = [
    ("Demo buruh tersebut rencananya akan digelar di alun-alun Sukamaju Kamis depan.", "PROTEST", "planned"),
    ("Unjuk rasa di depan Gedung DPRD Sukamaju akan berlangsung besok, kata Budi Santoso.", "PROTEST", "planned"),
    ("Pertemuan Budi Santoso dengan Presiden Joko Widodo dijadwalkan berlangsung pekan depan.", "CONSULT", "planned"),
    ("Menjelang pertemuan Budi Santoso dengan Presiden Joko Widodo, polisi menutup jalan.", "CONSULT", "planned"),
    ("Permintaan Budi Santoso akan dipenuhi oleh Polri.", "REQUEST", "asserted"),
    ("Polres Sukamaju menerima rencana unjuk rasa mahasiswa di depan Gedung DPRD Sukamaju.", "PROTEST", "planned"),
    ("Sesuai rencana, Budi Santoso bertemu Presiden Joko Widodo.", "CONSULT", "asserted"),
    # the purpose of a planned act is planned
    ("Gubernur Rudi Hartono akan berkoordinasi dengan para bupati untuk melobi Bappenas soal dana jalan.", "CONSULT", "planned"),
    ("Gubernur Rudi Hartono telah berkoordinasi dengan para bupati untuk melobi Bappenas soal dana jalan.", "CONSULT",
     "asserted"),
    ("Unjuk rasa warga Sukamaju berlangsung damai dan polisi akan menjaga lokasi.", "PROTEST", "asserted"),
    ("Bupati Budi Santoso menyebut timnya akan mencoba menstabilkan harga beras, antara lain bekerja sama dengan "
     "Pemprov Sukamaju.", "COOPERATE", "planned"),
    ("Bupati Budi Santoso telah menstabilkan harga beras, antara lain bekerja sama dengan Pemprov Sukamaju.",
     "COOPERATE", "asserted"),
    ('"Kalau hasilnya seperti ini, tentu kami mendukung Polri," kata Budi Santoso.', "SUPPORT", "reported"),
    ('"Kalau begini terus, saya pun mendukung Polri," kata Budi Santoso.', "SUPPORT", "hypothetical"),
    ('"Kalau Polri menangkap pelaku, saya pun mendukung Polri," kata Budi Santoso.', "SUPPORT", "hypothetical"),
    ("Budi Santoso menegaskan Pengadilan Negeri Sukamaju layak menghukum para pelaku.", "SANCTION", "hypothetical"),
    ("Budi Santoso menyebut ancaman unjuk rasa buruh di depan Gedung DPRD Sukamaju.", "PROTEST", "hypothetical"),
    # a wish not to have to ask is no request made; a request after a wish about something else is
    ("Budi Santoso berharap tidak lagi meminta dana darurat kepada gubernur.", "REQUEST", "hypothetical"),
    ("Budi Santoso berharap kecelakaan itu tidak berulang dan meminta Polri memperketat razia.", "REQUEST", "asserted"),
    ("Budi Santoso ingin berterima kasih kepada Polri.", "SUPPORT", "asserted"),
]


@pytest.mark.parametrize("text,kind,modality", MODALITY)
def test_modality(pipeline, text, kind, modality):
    found = [e for e in events(pipeline, text) if e[0] == kind]
    assert found, events(pipeline, text)
    assert all(e[3] == modality for e in found), found


def test_owner_of_a_programme_is_no_antecedent_of_the_speaker(pipeline):
    """"subsidi itu termasuk program Presiden X ... Ia menjelaskan ...", then a quote: the speaker is the one who
    spoke of the programme, not its owner (actors/coref.py, person_roles.yaml owned_before)."""
    text = ("Dalam reses pekan lalu, Rudi Hartono menampung keluhan nelayan soal subsidi solar. "
            "Kata dia, subsidi itu termasuk program Presiden Prabowo untuk menekan biaya melaut sehingga dilakukan "
            "verifikasi nelayan. Ia juga menjelaskan syarat penerima harus dipenuhi. "
            '"Nelayan yang belum terdaftar, saya minta didata," ucapnya.')
    found = triples(pipeline, text)
    assert ("REQUEST", "Rudi Hartono", None) in found, found
    assert not [t for t in found if t[1] == "Prabowo Subianto"], found


def test_a_person_named_alone_is_still_the_antecedent(pipeline):
    text = ("Presiden Prabowo Subianto meninjau pelabuhan Sukamaju. Ia juga menjelaskan syarat penerima harus dipenuhi. "
            '"Nelayan yang belum terdaftar, saya minta segera melapor," ucapnya.')
    assert ("REQUEST", "Prabowo Subianto", None) in triples(pipeline, text)


def test_a_quote_about_my_client_is_not_the_clients(pipeline):
    """A quote that names someone as "klien saya (X)" is not X's words: its "kami" is not X (events/speech.py,
    speech_pronouns.yaml relation_nouns)."""
    text = ("Tono Prasetyo, pengacara Sari Wulandari, menggelar jumpa pers. Sari Wulandari juga menyampaikan kepada "
            'Tono bahwa ia bersedia bersaksi. "Kami juga memohon kepada para wartawan agar berita diverifikasi dulu. '
            'Klien saya (Sari Wulandari) akan hadir di persidangan," tegasnya.')
    found = triples(pipeline, text)
    assert not [t for t in found if t[0] == "REQUEST" and t[1] == "Sari Wulandari"], found


def test_a_quote_naming_someone_else_keeps_its_speaker(pipeline):
    text = ('"Kami juga memohon kepada Polri agar mengusut kasus ini. Klien saya (Sari Wulandari) siap bersaksi," '
            "kata Tono Prasetyo.")
    assert ("REQUEST", "Tono Prasetyo", "Kepolisian Negara Republik Indonesia") in triples(pipeline, text)


# A document about captives handed over is no release; the captives themselves handed over are (triggers.yaml).
@pytest.mark.parametrize("text,released", [
    ("Pertukaran itu tertunda dua jam karena Hamas terlambat menyerahkan daftar nama sandera kepada mediator.", False),
    ("Penyerahan data tahanan oleh Israel kepada Palang Merah berlangsung pada Senin.", False),
    ("Hamas menyerahkan tiga sandera kepada Palang Merah di Khan Younis.", True),
    ("Penyerahan empat sandera oleh Hamas berlangsung di Rafah.", True),
])
def test_a_list_of_captives_handed_over_is_no_release(pipeline, text, released):
    assert any(e[0] == "RETREAT" for e in events(pipeline, text)) is released
