"""Issue 18, fourth round: the source of an event, events that are not acts, and modality.

Run through the whole pipeline (tags, names, quotes), since the rules read the tagger's verbs and nouns.

Sources:
- a quantifier standing alone as a clause's subject after "tapi" ("..., tapi mayoritas menolak") is that
  clause's subject: the narrator of the main clause does not refuse;
- after a verb of judging or forecasting ("menilai", "memproyeksikan"), a noun phrase before a modal
  ("basis data itu mampu mendorong ...") is the subject: the one who judges does not push;
- a decision owned by someone ("keputusan (dari) X untuk memecat Y") is carried out by its owner, not by the
  one who welcomes it;
- a noun trigger whose possessed modifier is a member noun ("tuntutan rekannya") is the members' act;
- the owner of a thing named after "milik" is governed by it, never a subject;
- an actor after a verb that follows a noun trigger ("permintaan melatih X") is the verb's object, not the
  noun's genitive.

Not events:
- land "freed" in a relative clause ("tanah yang dibebaskan oleh pemerintah") is land acquisition.

Modality:
- a noun trigger whose own predicate after it is scheduled ("Aksi itu rencananya akan digelar ...",
  "dijadwalkan berlangsung") or that follows "menjelang" is planned; "akan dipenuhi" (no verb of occurrence)
  keeps a request made;
- the purpose of a planned act ("akan berkoordinasi dengan X untuk melobi Y") is planned;
- an item announced after a comma ("..., salah satunya bekerja sama dengan X") shares the plan before it;
- "kalau" before the present situation or a past time ("kalau ada kemajuan seperti ini") means "when";
- what someone deserves ("layak menghukum") has not happened;
- a wish not to have to ask ("berharap tak lagi meminta") is no request made.

Lexical sense: checking a status or an account ("selalu memeriksa status bantuan") is no investigation.

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
    ("Jaksa mengatakan PT Sinar Jaya berdiskusi dengan perusahaan asing tapi mayoritas menolak kerja sama dengan "
     "PT Sinar Jaya.",
     {("CONSULT", "PT Sinar Jaya", None)}, {("REJECT", "Jaksa (Indonesia)", None)}),
    ("Menteri Sosial Budi Santoso menilai basis data itu mampu mendorong semua kementerian untuk berbagi data.",
     set(), {("REQUEST", "Budi Santoso", "Pemerintah Indonesia")}),
    ("Budi Santoso menilai pihaknya perlu bekerja sama dengan Polri.",
     {("COOPERATE", "Budi Santoso", "Kepolisian Negara Republik Indonesia")}, set()),
    ('"Tentunya kami menyambut baik keputusan dari PSSI untuk memberhentikan pelatih Rudi Hartono," kata Menteri '
     "Budi Santoso.",
     set(), {("SANCTION", "Budi Santoso", "Rudi Hartono")}),
    ("Budi Santoso menyambut baik keputusan Polri untuk menangkap Rudi Hartono.",
     {("COERCE", "Kepolisian Negara Republik Indonesia", "Rudi Hartono")},
     {("COERCE", "Budi Santoso", "Rudi Hartono")}),
    ("Polri mengambil keputusan untuk menangkap Rudi Hartono.",
     {("COERCE", "Kepolisian Negara Republik Indonesia", "Rudi Hartono")}, set()),
    ("Budi Santoso juga mendukung agar proses seleksi dibuka ke publik sebagaimana tuntutan rekannya yang "
     "tergabung dalam Forum Sukamaju.",
     set(), {("REQUEST", "Budi Santoso", None)}),
    ("Budi Santoso menyambut baik tuntutan kerasnya terhadap Polri.",
     {("REQUEST", "Budi Santoso", "Kepolisian Negara Republik Indonesia")}, set()),
    ("Pelatih Budi Santoso merasa terhormat karena mendapat banyak permintaan melatih Polri dari penggemar.",
     set(), {("REQUEST", "Kepolisian Negara Republik Indonesia", None)}),
    # an adjective after the judged noun: "data tunggal ini mampu ..." is still the data's act
    ("Lebih lanjut, Menteri Budi Santoso menilai data tunggal ini mampu mendorong semua kementerian untuk berbagi data.",
     set(), {("REQUEST", "Budi Santoso", "Pemerintah Indonesia")}),
    ("Budi Santoso mengatakan siap bekerja sama dengan Polri.",
     {("COOPERATE", "Budi Santoso", "Kepolisian Negara Republik Indonesia")}, set()),
    # the owner of a thing ("mobil keliling milik BPBD X") is no subject of the verb after it
    ("Sebagai bentuk sosialisasi, Presiden Joko Widodo juga akan mengoperasikan mobil keliling milik BPBD Sukamaju "
     "dengan pengeras suara untuk menyampaikan imbauan di ruang publik.",
     {("REQUEST", "Joko Widodo", None)}, {("REQUEST", "BPBD Sukamaju", None)}),
    # a possessed noun after a forecast about a body no actor names is that body's ("pertemuan terakhirnya")
    ("Ekonom Budi Santoso memproyeksikan bank sentral itu tidak akan memangkas suku bunga hingga pertemuan "
     "terakhirnya di bulan Desember.", set(), {("CONSULT", "Budi Santoso", None)}),
    ("Budi Santoso mengatakan pertemuannya dengan Presiden Joko Widodo berjalan baik.",
     {("CONSULT", "Budi Santoso", "Joko Widodo")}, set()),
]


@pytest.mark.parametrize("text,wanted,unwanted", SOURCES)
def test_sources(pipeline, text, wanted, unwanted):
    found = triples(pipeline, text)
    assert wanted <= found, found
    assert not (unwanted & found), found


def test_land_acquired_in_a_relative_clause_is_no_release(pipeline):
    text = "Menurut Budi Santoso, tanah yang dibebaskan oleh pemerintah pada tahun 1990 adalah milik negara."
    assert not [e for e in events(pipeline, text) if e[0] == "RETREAT"]


def test_checking_a_status_is_no_investigation(pipeline):
    text = "Warga Sukamaju disarankan selalu memeriksa status bantuan secara mandiri, kata Budi Santoso."
    assert not [e for e in events(pipeline, text) if e[0] == "ACCUSE"]
    assert ("ACCUSE", "Polres Sukamaju", None) in triples(pipeline, "Nantinya Polres Sukamaju akan memeriksa kebenaran kasusnya.")


def test_hostages_freed_in_a_relative_clause_are_released(pipeline):
    text = "Sandera yang dibebaskan oleh Hamas tiba di Tel Aviv."
    assert ("RETREAT", "Hamas", None) in triples(pipeline, text)


# (text, event type, modality it must have)
MODALITY = [
    ("Aksi unjuk rasa itu rencananya akan digelar di Sukamaju pada 9 Oktober 2025.", "PROTEST", "planned"),
    ("Unjuk rasa di depan Gedung DPRD Sukamaju akan berlangsung besok, kata Budi Santoso.", "PROTEST", "planned"),
    ("Pertemuan Budi Santoso dengan Presiden Joko Widodo dijadwalkan berlangsung pekan depan.", "CONSULT", "planned"),
    ("Menjelang pertemuan Budi Santoso dengan Presiden Joko Widodo, polisi menutup jalan.", "CONSULT", "planned"),
    ("Permintaan Budi Santoso akan dipenuhi oleh Polri.", "REQUEST", "asserted"),
    ("Polres Sukamaju menerima rencana unjuk rasa mahasiswa di depan Gedung DPRD Sukamaju.", "PROTEST", "planned"),
    ("Sesuai rencana, Budi Santoso bertemu Presiden Joko Widodo.", "CONSULT", "asserted"),
    # the purpose of a planned act is planned
    ("Gubernur Rudi Hartono akan berkoordinasi dengan para bupati untuk melobi Kemenkeu.", "CONSULT", "planned"),
    ("Gubernur Rudi Hartono telah berkoordinasi dengan para bupati untuk melobi Kemenkeu.", "CONSULT", "asserted"),
    ("Unjuk rasa warga Sukamaju berlangsung damai dan polisi akan menjaga lokasi.", "PROTEST", "asserted"),
    ("Gubernur Budi Santoso mengatakan pihaknya akan berupaya menekan harga, salah satunya bekerja sama dengan "
     "Pemprov Sukamaju.", "COOPERATE", "planned"),
    ("Gubernur Budi Santoso telah menekan harga, salah satunya bekerja sama dengan Pemprov Sukamaju.",
     "COOPERATE", "asserted"),
    ('"Kalau ada kemajuan seperti ini, saya pun mendukung Polri," kata Budi Santoso.', "SUPPORT", "reported"),
    ('"Kalau begini terus, saya pun mendukung Polri," kata Budi Santoso.', "SUPPORT", "hypothetical"),
    ('"Kalau Polri menangkap pelaku, saya pun mendukung Polri," kata Budi Santoso.', "SUPPORT", "hypothetical"),
    ("Budi Santoso menegaskan Pengadilan Negeri Sukamaju layak menghukum para pelaku.", "SANCTION", "hypothetical"),
    ("Budi Santoso menyebut ancaman unjuk rasa buruh di depan Gedung DPRD Sukamaju.", "PROTEST", "hypothetical"),
    # a wish not to have to ask is no request made; a request after a wish about something else is
    ("Budi Santoso berharap tak lagi meminta tambahan anggaran ke Presiden.", "REQUEST", "hypothetical"),
    ("Budi Santoso berharap insiden serupa tak terulang dan meminta Polri lebih waspada.", "REQUEST", "asserted"),
    ("Budi Santoso ingin berterima kasih kepada Polri.", "SUPPORT", "asserted"),
]


@pytest.mark.parametrize("text,kind,modality", MODALITY)
def test_modality(pipeline, text, kind, modality):
    found = [e for e in events(pipeline, text) if e[0] == kind]
    assert found, events(pipeline, text)
    assert all(e[3] == modality for e in found), found


def test_owner_of_a_programme_is_no_antecedent_of_the_speaker(pipeline):
    """"bagian dari program Presiden X ... Ia menekankan ...", then a quote: the speaker is the one who spoke of
    the programme, not its owner (actors/coref.py, person_roles.yaml owned_before)."""
    text = ("Berdasarkan mandat itu, Rudi Hartono menyerap aspirasi warga yang belum mendapat bantuan. "
            "Kata dia, bantuan ini bagian dari program Presiden Prabowo dalam pengentasan kemiskinan sehingga "
            "dilakukan pendataan warga. Ia juga menekankan persyaratan harus diikuti. "
            '"Yang belum dapat bantuan, saya minta didata sesuai dengan persyaratan," ucapnya.')
    found = triples(pipeline, text)
    assert ("REQUEST", "Rudi Hartono", None) in found, found
    assert not [t for t in found if t[1] == "Prabowo Subianto"], found


def test_a_person_named_alone_is_still_the_antecedent(pipeline):
    text = ("Presiden Prabowo Subianto meninjau Sukamaju. Ia juga menekankan persyaratan harus diikuti. "
            '"Yang belum dapat bantuan, saya minta didata," ucapnya.')
    assert ("REQUEST", "Prabowo Subianto", None) in triples(pipeline, text)


def test_a_quote_about_my_client_is_not_the_clients(pipeline):
    """A quote that names someone as "klien saya (X)" is not X's words: its "kami" is not X (events/speech.py,
    speech_pronouns.yaml relation_nouns)."""
    text = ("Rika Sopian, kuasa hukum Mia Santoso, menemui wartawan. Bahkan, Mia Santoso menegaskan kepada Rika bahwa "
            'dirinya siap menjadi saksi. "Siap jadi saksi sesuai aturan. Kami juga memohon kepada seluruh media agar '
            'tidak menyebarkan berita tanpa klarifikasi. Klien saya (Mia Santoso) siap mengungkap pemilik barang," '
            "tegasnya.")
    assert ("REQUEST", "Mia Santoso", None) not in triples(pipeline, text)


def test_a_quote_naming_someone_else_keeps_its_speaker(pipeline):
    text = ('"Kami juga memohon kepada Polri agar mengusut kasus ini. Klien saya (Mia Santoso) siap bersaksi," '
            "kata Rika Sopian.")
    assert ("REQUEST", "Rika Sopian", "Kepolisian Negara Republik Indonesia") in triples(pipeline, text)
