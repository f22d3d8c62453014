"""Issue 17: classes of names that are no actors, and websites cited as sources.

The sentences are written for these tests; the names in them (sites, places, car models, schemes) are invented
or common words. Each row is one member of a class that the resolver reads from non_actors.yaml or media.yaml.
"""
from __future__ import annotations

import pytest

from linimasa.document import Mention
from linimasa.language.entities import NonActors
from linimasa.resources import load_data
from tests.test_actors_openworld import P, assert_no_actor, assert_person, make_doc, resolved, resolver  # noqa: F401


def O(name: str) -> tuple[tuple[str, str], ...]:
    return ((name, "ORG"),)


@pytest.fixture(scope="module")
def non_actors() -> NonActors:
    return NonActors(load_data("actors/non_actors.yaml"))


@pytest.mark.parametrize("text, names, target", [
    # a continent or a world region, with nothing that marks a place
    ("Seperti Antartika, pulau kecil itu tidak punya nyamuk sama sekali.", P("Antartika"), "Antartika"),
    ("Harga kopi di Asia Tenggara naik tajam bulan ini.", P("Asia Tenggara"), "Asia Tenggara"),
    ("Patung-patung itu berasal dari masa Romawi dan kini disimpan di gudang.", P("Romawi"), "Romawi"),
    # a city's short name after a place word, whatever verb follows
    ("Cabang serikat guru di DC ikut berunjuk rasa kemarin.", O("DC"), "DC"),
    # a landfill after its head, also after the spelled-out head and its acronym in brackets
    ("Truk itu membuang sampah ke TPA Sukaluyu setiap pagi.", P("Sukaluyu"), "Sukaluyu"),
    ("Gunungan sampah di Tempat Pemrosesan Akhir (TPA) Lembah Hijau terus meninggi.", P("Lembah Hijau"),
     "Lembah Hijau"),
    # a place's short form in brackets right after it
    ("Warga Maluku Tengah (Malteng) memprotes kenaikan tarif kapal.", P("Malteng"), "Malteng"),
    # a city and its surroundings, or a karst site, typed as a person
    ("Jalan tol baru akan menghubungkan Kutai Kartanegara Raya dengan pelabuhan.", P("Kutai Kartanegara Raya"),
     "Kutai Kartanegara Raya"),
    ("Peneliti memetakan gua di Karst Sukamaju sepanjang musim kemarau.", P("Karst Sukamaju"), "Karst Sukamaju"),
    # a vehicle maker's brand and a model, or a model right after a vehicle noun and its maker
    ("Polisi menyita mobil Lexus, Toyota Kijang Sentosa, dan dua sepeda motor.", P("Toyota Kijang Sentosa"),
     "Toyota Kijang Sentosa"),
    ("Pengemudi Mitsubishi Lintas Raya itu kabur setelah menabrak pagar.", P("Mitsubishi Lintas Raya"),
     "Mitsubishi Lintas Raya"),
    ("Jaksa juga menyita sebuah mobil Volkswagen (VW) Lintas Kota dari garasinya.", P("Lintas Kota"), "Lintas Kota"),
    # a common noun phrase that the document also writes in lower case
    ("Menteri menolak membiayai Wealth Hub dari anggaran negara. Gagasan wealth hub itu datang dari dewan.",
     O("Wealth Hub"), "Wealth Hub"),
    # common and title words before a programme's name (words of a regulation's list)
    ("Berkas itu wajib dilampirkan oleh calon peserta yang menjadi Calon Peserta Pemilu tahun depan.",
     P("Calon Peserta Pemilu"), "Calon Peserta Pemilu"),
    # an English medical, technical or fraud noun phrase, and a concept after its cue word
    ("Penelitian itu menyebut Kidney Failure makin sering dialami pekerja muda.", P("Kidney Failure"),
     "Kidney Failure"),
    ("Asap pabrik menambah Coarse Matter di udara kota setiap pagi.", P("Coarse Matter"), "Coarse Matter"),
    ("Modus Callback Fraud merugikan pelanggan telepon hingga miliaran rupiah.", P("Callback Fraud"),
     "Callback Fraud"),
    ("Warga desa itu memegang falsafah Wira Bumi Lestari dalam bertani.", P("Wira Bumi Lestari"),
     "Wira Bumi Lestari"),
    # an English title cut at its "of", also after "menurut"
    ("Ia membintangi film Cinta Lama: Second Dawn of Hope tahun lalu.", P("Second Dawn"), "Second Dawn"),
    ("Menurut Pakai Guna of, trik telepon itu sudah lama dipakai penipu.", P("Pakai Guna"), "Pakai Guna"),
    # a phrase spelled out before a listed term written in title case
    ("Izin tambang itu belum punya Kajian Dampak Lahan (Amdal) yang sah.", P("Kajian Dampak Lahan"),
     "Kajian Dampak Lahan"),
    # a field label opening a sentence run on from the last one, and a heading line opening with "Via"
    ("Paket itu sudah tayang. Uraian Kegiatan: pengadaan kursi kantor, begitu isi dokumennya.",
     P("Uraian Kegiatan"), "Uraian Kegiatan"),
    ("Cara mendaftar cukup mudah\nVia Situs Sukamaju\nBuka laman pendaftaran lalu isi formulir.",
     P("Via Situs Sukamaju"), "Via Situs Sukamaju"),
])
def test_names_of_a_non_actor_class_resolve_to_no_actor(resolver, text, names, target):  # noqa: F811
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)


@pytest.mark.parametrize("text, names, target", [
    # a person who shares a region's name and speaks
    ("\"Saya menuntut keadilan,\" ujar Sahara di depan kantor polisi.", P("Sahara"), "Sahara"),
    # initials of a suspect are no city, also when they read like one
    ("Polisi menangkap pelaku berinisial LA di rumahnya.", P("LA"), "LA"),
    # a surname like a region's tail
    ("Kiper tim tamu, Budi Raya, menepis dua tendangan penalti.", P("Budi Raya"), "Budi Raya"),
    # a person named right after a maker in a title
    ("Direktur Honda Budi Santosa mengatakan penjualan naik.", P("Budi Santosa"), "Budi Santosa"),
    # a titled person after a citation cue
    ("Mengutip Direktur Utama Budi Santosa, laba perusahaan naik.", P("Budi Santosa"), "Budi Santosa"),
])
def test_people_named_like_a_class_stay_people(resolver, text, names, target):  # noqa: F811
    doc = resolver(make_doc(resolver, text, names))
    assert_person(doc, target)


@pytest.mark.parametrize("name, product", [
    ("Toyota Kijang Sentosa", True),
    ("Land Rover Lintas 90", True),
    ("Toyota Motor Manufacturing", False),  # a maker's word after the brand: the company
    ("Hyundai Group", False),
    ("Honda Heavy Industries", False),  # an English body word
    ("Toyota", False),  # the brand alone is the company
    ("Budi Toyota", False),
])
def test_a_brand_and_a_model_are_a_product(resolver, name, product):  # noqa: F811
    assert resolver.open_world.product(Mention(0, 0, len(name), name, "PER")) is product


@pytest.mark.parametrize("name", ["Dumas", "Sidak", "Curanmor", "CO2", "KBBI", "Sukamaju Plateau", "Lintang Falls",
                                  "Lintang Fort", "Sukamaju Temple", "Trans Metro Sukamaju", "Mikrotrans"])
def test_listed_words_and_tails_are_no_names(non_actors, name):
    # the entity stage keeps a PER/ORG mention of these as MISC ("melapor lewat Dumas", "X Plateau")
    assert non_actors.type_of(name) == "MISC"


def test_an_english_body_cut_at_its_of_stays_an_actor(resolver):  # noqa: F811
    actor = resolved(resolver, "Nota itu diteken dengan Lintang Chamber of Commerce and Industry pekan lalu.",
                     P("Lintang Chamber"), "Lintang Chamber")
    assert actor.kind == "organization"


@pytest.mark.parametrize("text, names, target", [
    ("Melansir Kodenegara, awalan +99 dipakai oleh sebuah negara pulau.", P("Kodenegara"), "Kodenegara"),
    ("Daftar itu tercantum di laman resmi Hadiah Lintang sejak pekan lalu.", P("Hadiah Lintang"), "Hadiah Lintang"),
    ("Gejala itu umum pada orang dewasa, seperti dilansir dari Sehat Pintar.", P("Sehat Pintar"), "Sehat Pintar"),
    ("Mengutip Tekno Cerdas, baterai ponsel lebih awet bila tidak diisi penuh.", P("Tekno Cerdas"), "Tekno Cerdas"),
])
def test_a_cited_site_is_a_media_organization_without_the_stories_country(resolver, text, names, target):  # noqa: F811
    actor = resolved(resolver, text, names, target)
    assert (actor.kind, actor.sector, actor.country) == ("organization", "MED", None)


def test_a_cited_site_named_after_a_country_gets_that_country(resolver):  # noqa: F811
    actor = resolved(resolver, "Dilansir dari Korea Kabar Kini, aturan itu mulai berlaku tahun depan.",
                     P("Korea Kabar Kini"), "Korea Kabar Kini")
    assert (actor.kind, actor.sector, actor.country) == ("organization", "MED", "KOR")


def test_a_body_citing_its_own_site_keeps_its_sector(resolver):  # noqa: F811
    actor = resolved(resolver, "Dikutip dari laman resmi Universitas Sukamaju, pendaftaran dibuka besok.",
                     O("Universitas Sukamaju"), "Universitas Sukamaju")
    assert actor.sector == "EDU"
