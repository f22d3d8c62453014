"""Issue 17, third round of the foreign-country class: the country of a local actor from the body's
own name, the nationality in a person's apposition, a name's shape and domestic cues.

The sentences are written for these tests; the names in them are invented (the places are real
gazetteer places and states). Mentions are built as in tests/test_actors_openworld.py.
"""
from __future__ import annotations

import pytest

from tests.test_actors_openworld import O, P, make_doc, resolver  # noqa: F401  (the resolver fixture)


# text, mentions (the first is judged), country, sector, evidence level, a word the cue holds
CASES = [
    # an English nationality adjective in an English body's name
    ("Terapis dari Indonesian Breathing Centre membuka kelas baru.", O("Indonesian Breathing Centre"),
     "IDN", "NGO", 2, "Indonesian"),
    ("Menurut American Kidney Association, risiko itu meningkat.", O("American Kidney Association"),
     "USA", "NGO", 2, "American"),
    # "X (ABC) of the Republic of Y": the state after the English "of"
    ("Kementerian itu meneken nota dengan Research Funding Commission (RFC) of the Republic of Kenya.",
     O("Research Funding Commission"), "KEN", "GOV", 2, "Kenya"),
    # a school or an English body named after a gazetteer place
    ("Penelitian itu dipimpin tim Universitas Melbourne bersama mitra lokal.", O("Universitas Melbourne"),
     "AUS", "EDU", 2, "place:Melbourne"),
    ("Dosen tamu dari Osaka Medical School memberi kuliah umum.", O("Osaka Medical School"),
     "JPN", "EDU", 2, "place:Osaka"),
    # ... or after a place the gazetteer lacks that well-known schools are named after (body_places)
    ("Studi itu diterbitkan peneliti Harvard Nursing School pekan lalu.", O("Harvard Nursing School"),
     "USA", "EDU", 2, "place:Harvard"),
    ("Laporan Harvard Diet Review menyebut pola itu aman.", O("Harvard Diet Review"), "USA", None, 3,
     "place:Harvard"),
    ("Kajian Oxford Energy Institute memperkirakan harga gas naik.", O("Oxford Energy Institute"), "GBR", "NGO", 2,
     "place:Oxford"),
    # a person's title placed at such a school
    ("Menurut ahli gizi di Monash University, Lena Hartley, pola makan itu aman.", P("Lena Hartley"),
     "AUS", None, 3, "Monash"),
    # a regional intergovernmental body, by its name or by the words its acronym spells out
    ("Sidang tahunan ASEAN Council on Fisheries (ACOF) digelar pekan ini. ACOF menyepakati kuota baru.",
     O("ACOF"), None, "IGO", 2, "regional:ASEAN"),
    ("Program itu dijalankan oleh Jaringan Kota Lestari ASPAC bersama pemerintah daerah.",
     O("Jaringan Kota Lestari ASPAC"), None, "IGO", 2, "regional:ASPAC"),
    # a pollster in an Indonesian outlet: domestic, whatever its English name
    ("Lembaga survei Civic Pulse Research merilis hasil terbarunya.", O("Civic Pulse Research"),
     "IDN", None, 3, "domestic"),
    # a state before a list of its bodies: "pemerintah X, yakni <the words an acronym spells out> (ABC)"
    ("Pertemuan itu dihadiri dua lembaga pemerintah Kanada, yakni Departemen Perikanan dan Kelautan (DPKK) "
     "serta badan pangannya. Pejabat dari DPKK memaparkan aturan baru.", O("DPKK"), "CAN", None, 3, "Kanada"),
    # a company written after the Indonesian legal form "PT" is registered at home, English name or not
    ("Direktur Utama PT Baja Raya Steel menyebut pasokan aman.", O("Baja Raya Steel"), "IDN", "BUS", 3, "domestic"),
    # an English-named unit of a domestic company the document names with "PT"
    ("Aset itu milik PT Samudra Baja Tbk. Yayasan itu bekerja dengan Samudra Care Foundation.",
     O("Samudra Care Foundation"), "IDN", "NGO", 3, "domestic"),
    # a home word the entities stage left out right before an English-named body
    ("Laporan masuk lewat Indonesia Fraud Alert Center (IFAC) sejak Senin.", O("Fraud Alert Center"),
     "IDN", "NGO", 4, "home"),
    # "Nama dari <body> <state>": the state of the body the person comes from
    ("\"Pasar akan pulih,\" ujar Ravi Menon dari Lembaga Kajian Asia Timur Jepang kepada wartawan.",
     P("Ravi Menon"), "JPN", None, 3, "Jepang"),
    # the person's own nationality in the apposition beats the employer's place named after it
    ("Program itu dipuji Marc Lefevre, ekonom asal Belgia sekaligus direktur Institut Riset Luxembourg.",
     P("Marc Lefevre"), "BEL", "BUS", 1, "Belgia"),
    # a nationality marker before a state the dictionary now spells as Indonesian news does
    ("Model asal Belarusia bernama Olga Petrenko melapor ke polisi.", P("Olga Petrenko"), "BLR", None, 3,
     "Belarusia"),
    # a Korean name shape, with no other cue than the outlet
    ("Kim Dong-hyun mengaku senang bisa kembali melatih tim itu.", P("Kim Dong-hyun"), "KOR", None, 3,
     "name:KOR"),
    # a domestic commentator quoted in a story set abroad keeps the outlet's country
    ("Pengamat pasar uang Dodi Marlon menilai tarif AS menekan rupiah. Amerika Serikat menaikkan tarif "
     "impor. Washington juga menekan mitra dagangnya. \"AS akan sulit dilawan,\" tutur Dodi Marlon.",
     P("Dodi Marlon"), "IDN", None, 3, "domestic"),
]


@pytest.mark.parametrize("text, names, country, sector, level, cue", CASES)
def test_country_evidence_round_3(resolver, text, names, country, sector, level, cue):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == names[0][0])
    assert mention.actor is not None
    actor = doc.actors[mention.actor]
    assert (actor.country, actor.sector, actor.evidence) == (country, sector, level), actor
    assert cue in actor.cue, actor


def test_english_named_body_with_the_home_country_code_keeps_the_outlet_country(resolver):
    # "ID" is the country code Indonesian brands take; without it the English name gets no country
    for name, country in (("ID Grain Food", "IDN"), ("Grain Food", None)):
        doc = resolver(make_doc(resolver, f"Menurut {name}, pasokan beras aman.", O(name)))
        mention = next(m for m in doc.mentions if m.text == name)
        assert doc.actors[mention.actor].country == country, doc.actors[mention.actor]


# the same rules leave these alone
KEEP = [
    # a regional adjective names no one state
    ("Menurut Latin American Trade Association, ekspor naik.", O("Latin American Trade Association"), None),
    # an English body named after a word the gazetteer lists as a small foreign town keeps no country
    ("Laporan Mango Research Institute menyebut panen naik.", O("Mango Research Institute"), None),
    # a place word inside a domestic body that is no school keeps the outlet's country
    ("Pasien dirujuk ke RSUD Bari pagi tadi.", O("RSUD Bari"), "IDN"),
    # descent is no nationality: "keturunan" is not a person marker
    ("Pengusaha keturunan Tionghoa, Hendra Wijaya, meresmikan pabrik itu.", P("Hendra Wijaya"), "IDN"),
    # a hyphenated given name after no Korean family name says nothing
    ("Jean-Luc Moreau mengaku senang bisa kembali.", P("Jean-Luc Moreau"), "IDN"),
    # a person titled with a home office in a passage set abroad stays at home, also where the entities
    # stage typed the office's last words as a name
    ("Seorang pekerja migran dipulangkan dari Riyadh, Arab Saudi. Menurut Kepala Dinas Tenaga Kerja Kotabaru, "
     "Hasyim, pekerja itu sehat.", (("Hasyim", "PER"), ("Tenaga Kerja Kotabaru", "PER")), "IDN"),
    # ... but not one after a home-named body of another state
    ("Mahkamah Agung Mesir menguatkan vonis itu di Kairo. Pemerintah Mesir menyambut putusan itu. "
     "Putusan Mahkamah Agung Mesir juga menghukum Karim Fawzi.",
     P("Karim Fawzi"), "EGY"),
    # a name of the shape in a story on the state that shares it keeps the story's country
    ("Korea Utara kembali menguji rudal. Pyongyang menyebut uji itu sukses. Korea Utara juga mengecam Seoul. "
     "Kim Song-hwa mengatakan uji berikutnya segera digelar.", P("Kim Song-hwa"), "PRK"),
    # initials, as the home press writes suspects, do not take a neighbouring sentence's foreign setting
    ("Dana itu dikelola perusahaan patungan di Houston, Amerika Serikat. Penyidik menyita aset milik saudara "
     "BRT pekan lalu.", P("BRT"), "IDN"),
    # an analyst with no domestic title in a story set abroad keeps the story's country
    ("Analis Rick Bowden menilai tarif AS menekan ekspor. Amerika Serikat menaikkan tarif impor. "
     "Washington juga menekan mitra dagangnya.", P("Rick Bowden"), "USA"),
]


@pytest.mark.parametrize("text, names, country", KEEP)
def test_country_evidence_round_3_leaves_these(resolver, text, names, country):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == names[0][0])
    assert mention.actor is not None
    assert doc.actors[mention.actor].country == country, doc.actors[mention.actor]


@pytest.mark.parametrize("text, name, actor_id", [
    ("Laporan OECD memperkirakan ekonomi melambat.", "OECD", "IGO.OECD"),
    ("Negara anggota Gerakan Nonblok bertemu di Kotabesar.", "Gerakan Nonblok", "IGO.NAM"),
    ("Aturan baru International Maritime Organization berlaku tahun depan.", "International Maritime Organization",
     "IGO.IMO"),
    ("Bank Sentral Eropa menahan suku bunga.", "Bank Sentral Eropa", "IGO.ECB"),
])
def test_international_bodies_are_dictionary_actors_without_country(resolver, text, name, actor_id):
    # international bodies the open world gave the outlet's country: listed, with no country
    doc = resolver(make_doc(resolver, text))
    mention = next(m for m in doc.mentions if m.text == name)
    assert mention.actor == actor_id
    assert doc.actors[actor_id].country is None
