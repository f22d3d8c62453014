"""Issue 17, seeds 97 and 99: classes of false actors, cut spans and wrong kinds.

The sentences are written for these tests; the names, places and bodies in them are invented. Mentions
are built as in test_actors_openworld (the names each case lists plus the dictionary's matches), so the
resolver rules are tested without the statistical entity model; the entity-stage rules run the pipeline.
"""
from __future__ import annotations

import pytest

from linimasa.document import Document
from linimasa.language.entities import NonActors
from linimasa.pipeline import build_pipeline
from linimasa.resources import load_data
from tests.test_actors_openworld import (  # noqa: F401  (the resolver fixture)
    O, P, assert_no_actor, assert_person, make_doc, resolved, resolver)


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


# Names the entity stage types MISC from non_actors.yaml: treaties, aid schemes and measures, fields of study,
# economic zones, power plants and border posts, new programme and term acronyms.
@pytest.mark.parametrize("text", [
    "Konvensi Perlindungan Terumbu", "Perjanjian Dagang Sukamaju", "Traktat Lembah Hijau", "UNCLOS", "RCEP",
    "Bantuan Langsung Tunai", "Bantuan Pangan Desa Maju", "Subsidi Pupuk Organik", "Indeks Kebahagiaan Warga",
    "Nilai Tukar Petani Sawit", "Nota Kesepahaman Bersama",
    "Akuntansi", "Manajemen", "Hubungan Internasional", "Ilmu Politik",
    "Zona Ekonomi Khusus", "Kawasan Ekonomi Khusus", "PLTU", "PLBN",
    "BLTS", "PLTN", "EBT", "WFH", "PTDH", "DPO", "Dana Transfer", "Dana Desa Mandiri", "Dana Bagi Hasil Sawit",
    "Enhanced NDC", "Pegawai Negeri Sipil", "Bea Perolehan Hak atas Tanah", "Ministerial Meeting",
    # wars, disasters and tragedies named as events; English venue names; a school's study groups
    "Perang Lembah Hijau", "Tragedi Sukamaju", "Bencana Kali Bening", "Northfield War", "Greenhill Stadium",
    "Kingsport Arena", "Rombel",
])
def test_entities_non_actor_classes_are_misc(text):
    assert NonActors(load_data("actors/non_actors.yaml")).type_of(text) == "MISC"


@pytest.mark.parametrize("text", ["Rasio Budiman", "Bantul Sentosa", "Hukum Siregar", "Budi Akuntono",
                                  "Dana Moneter Internasional"])
def test_entities_names_like_the_heads_stay_names(text):
    assert NonActors(load_data("actors/non_actors.yaml")).type_of(text) is None


@pytest.mark.parametrize("text, names, target", [
    # the prefix of a warrant's or letter's number
    ("Penahanan itu berdasarkan surat jaksa Nomor: Cetak-575/L.4/10/2025 tertanggal Senin.", P("Cetak"), "Cetak"),
    ("Keputusan itu tertuang dalam SK-12/2025 yang diteken bupati.", O("SK"), "SK"),
    ("Aturan itu tertuang dalam Telegram Panglima No TR/442/2025 tertanggal Senin.", P("No TR"), "No TR"),
    # an assistant's title and its portfolio, no name
    ("Rapat dipimpin Asisten Perekonomian dan Pembangunan Setda Sukamaju.", P("Asisten Perekonomian"),
     "Asisten Perekonomian"),
    # an idea or doctrine
    ("Ia memandang Liberalisme bukan sebagai dogma.", P("Liberalisme"), "Liberalisme"),
    # an English measure or ratio
    ("Perusahaan menekan Carbon Intensity Ratio di pabriknya.", P("Carbon Intensity Ratio"), "Carbon Intensity Ratio"),
    ("Pusat data itu mengejar Water Reuse Efficiency yang tinggi.", P("Water Reuse Efficiency"),
     "Water Reuse Efficiency"),
    # a title cut at its ampersand after the named speaker
    ("Kami siap melayani, ujar Dodi Pratama, VP Sales & Marketing Karya Mandiri Group, kemarin.",
     (("Dodi Pratama", "PER"), ("VP Sales", "PER")), "VP Sales"),
    # a bare title with its abbreviation point, cut from its holder by the sentence split
    ("Penerimaan naik tajam, ujar Plt.", P("Plt."), "Plt."),
    # a byline: a member of a body described, neither a person nor the body
    ("Tulisan ini dikirim Mahasiswa Magister Hukum Tata Negara UI.", O("Mahasiswa Magister Hukum Tata Negara UI"),
     "Mahasiswa Magister Hukum Tata Negara UI"),
    ("Karyawan Sukatex menunggu pesangon. Pabrik PT Sukamaju Tekstil (Sukatex) tutup.", P("Karyawan Sukatex"),
     "Karyawan Sukatex"),
    # sites: an economic zone, a power plant, a border post
    ("Investor masuk ke Zona Industri Sukamaju tahun ini.", P("Zona Industri Sukamaju"), "Zona Industri Sukamaju"),
    ("Listrik dipasok PLTU Karang Asri sejak Mei.", O("PLTU Karang Asri"), "PLTU Karang Asri"),
    ("Pemudik melintas di PLBN Sukamaju pagi itu.", O("PLBN Sukamaju"), "PLBN Sukamaju"),
    # a capitalised common word opening its sentence, written nowhere else, that does nothing
    ("Mohon dimaklumi karena kami harus mengetik banyak, kata hakim.", P("Mohon"), "Mohon"),
    ("Rincian biaya itu tertuang dalam peraturan baru.", P("Rincian"), "Rincian"),
    ("Wirya Santosa, Ph.D. ASN Kementerian Sukamaju, Alumni Riset Energi Universitas Lembah Hijau.",
     (("Wirya Santosa", "PER"), ("Alumni Riset Energi Universitas Lembah Hijau", "PER")),
     "Alumni Riset Energi Universitas Lembah Hijau"),
    ("Wirya Santosa, Ph.D. ASN Kementerian Sukamaju, Alumni PhD in Energy dari kampus itu.",
     (("Wirya Santosa", "PER"), ("Alumni PhD", "PER")), "Alumni PhD"),
    ("Sementara untuk pasar domestik, bank sentral memakai instrumen Domestic Non-Deliverable Forward.",
     P("Domestic Non"), "Domestic Non"),
    ("Kami menyerukan agar New Collective Funding Goal segera dijalankan.", P("New Collective Funding Goal"),
     "New Collective Funding Goal"),
    # a field of study named after a body's head
    ("Menurut dia, Ilmu Kepolisian memandang polisi sebagai pelayan warga.", O("Ilmu Kepolisian"), "Ilmu Kepolisian"),
    # the tail of a company's name cut from its head
    ("Program itu berjalan di wilayah kerja PT Sinar Hulu Jaya sejak Mei.",
     (("PT Sinar", "ORG"), ("Hulu Jaya", "PER")), "Hulu Jaya"),
])
def test_non_actor_classes_get_no_actor(resolver, text, names, target):
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, target)


@pytest.mark.parametrize("text, names, target", [
    # a title before the company: the name after it is its holder
    ("Direktur Utama PT Sinar Budi Santoso menjelaskan rencana itu.",
     (("PT Sinar", "ORG"), ("Budi Santoso", "PER")), "Budi Santoso"),
    ("Kepala Ekonom Bank Sukamaju Andri Wiratama menilai suku bunga turun.",
     (("Bank Sukamaju", "ORG"), ("Andri Wiratama", "PER")), "Andri Wiratama"),
    # an apposition after a name and a comma goes to the person
    ("Andhika Wirya, Dosen Fakultas Hukum UI, mengatakan putusan itu keliru.",
     (("Andhika Wirya", "PER"), ("Dosen Fakultas Hukum UI", "PER")), "Andhika Wirya"),
    # one word opening its sentence, written once, that acts: a person
    ("Sugiharjo menyebut anaknya masih sulit bergerak.", P("Sugiharjo"), "Sugiharjo"),
    ("Suparto (16) menjadi salah satu siswa berbakat.", P("Suparto"), "Suparto"),
    # initials after a rank are a person's
    ("Polisi menangkap Bripda RDS di rumahnya.", O("RDS"), "RDS"),
])
def test_people_near_the_new_rules_stay_people(resolver, text, names, target):
    assert resolved(resolver, text, names, target).kind == "person"


@pytest.mark.parametrize("text, names, target", [
    # an acronym after a title that heads a body is that body
    ("Wali kota memerintahkan Kepala BPMK untuk berkoordinasi.", O("BPMK"), "BPMK"),
    # an acronym typed PER that the document writes after a body's head elsewhere
    ("Kata KKP iya, kata ESDM tidak, sebut dia. Kementerian ESDM belum menjawab.", P("ESDM"), "ESDM"),
    # an English-named body right after a title: the title's body, not its holder
    ("Hal itu disampaikan Direktur Riset Lestari Index, Wirya Santosa, kemarin.",
     (("Lestari Index", "PER"), ("Wirya Santosa", "PER")), "Lestari Index"),
    ("Direktur Operasional Sukamaju Logistics Herman Tjo ikut diperiksa.",
     (("Sukamaju Logistics", "PER"), ("Herman Tjo", "PER")), "Sukamaju Logistics"),
    # a ministry's short name that the dictionary knows after "Kementerian", alone in the document
    ("Kata dinas iya, kata ESDM tidak, sebut dia.", P("ESDM"), "ESDM"),
    # a company's short form in brackets after its name
    ("Raksasa tekstil PT Sukamaju Tekstil (Sukatex) dinyatakan pailit.",
     (("PT Sukamaju Tekstil", "ORG"), ("Sukatex", "PER")), "Sukatex"),
])
def test_bodies_typed_as_people_are_organisations(resolver, text, names, target):
    assert resolved(resolver, text, names, target).kind == "organization"


@pytest.mark.parametrize("text, names, target", [
    ("Sebagai seorang ibu, Depi tak dapat menyembunyikan rasa bangga.", O("Depi"), "Depi"),
    ("Warga menyambut Pak Harjo di balai desa.", O("Harjo"), "Harjo"),
    # a possessive "perusahaan X" (X's company) is no sign that X is a company
    ("Ayu menggelapkan uang perusahaan Ashanti. Ashanti melapor ke polisi.", (("Ashanti", "PER"), ("Ayu", "PER")),
     "Ashanti"),
])
def test_people_typed_as_bodies_are_people(resolver, text, names, target):
    doc = resolver(make_doc(resolver, text, names))
    found = [m for m in doc.mentions if m.text == target]
    assert found and all(m.actor is not None and doc.actors[m.actor].kind == "person" for m in found)


def test_generic_office_names_keep_their_region(resolver):
    text = ("Jaksa menggeledah Dinas Pekerjaan Umum (PU) Kabupaten Lembah Hijau. Kasus lain terjadi di "
            "Dinas Pekerjaan Umum (PU) Kota Sukamaju.")
    names = (("Dinas Pekerjaan Umum", "ORG"), ("Kabupaten Lembah Hijau", "LOC"), ("Kota Sukamaju", "LOC"))
    doc = resolver(make_doc(resolver, text, names))
    offices = [m.actor for m in doc.mentions if m.text == "Dinas Pekerjaan Umum"]
    assert len(offices) == 2 and offices[0] != offices[1]
    assert doc.actors[offices[0]].name == "Dinas Pekerjaan Umum Kabupaten Lembah Hijau"


def test_generic_office_name_keeps_its_parent_body(resolver):
    text = "Pihak yang berurusan adalah Sekretariat Daerah (Setda) Pemkab Lembah Hijau di bagian aset."
    names = (("Sekretariat Daerah", "ORG"), ("Pemkab Lembah Hijau", "ORG"))
    doc = resolver(make_doc(resolver, text, names))
    office = next(m for m in doc.mentions if m.text == "Sekretariat Daerah")
    assert doc.actors[office.actor].name == "Sekretariat Daerah Pemkab Lembah Hijau"


def test_hospital_keeps_the_name_it_bears(resolver):
    text = "Korban dibawa ke Rumah Sakit Umum (RSU) Prof Wirya Santosa di kota itu."
    doc = resolver(make_doc(resolver, text, (("Rumah Sakit Umum", "ORG"), ("Wirya Santosa", "PER"))))
    hospital = next(m for m in doc.mentions if m.text == "Rumah Sakit Umum")
    assert doc.actors[hospital.actor].name == "Rumah Sakit Umum Prof Wirya Santosa"


def test_rector_after_a_university_is_not_its_namesake(resolver):
    text = "Rektor Universitas Sukamaju (Unsuk) Prof Wirya Santosa membuka acara."
    doc = resolver(make_doc(resolver, text, (("Universitas Sukamaju", "ORG"), ("Wirya Santosa", "PER"))))
    university = next(m for m in doc.mentions if m.text == "Universitas Sukamaju")
    assert doc.actors[university.actor].name == "Universitas Sukamaju"


@pytest.mark.parametrize("text, name, kept", [
    # a common noun opening the sentence (also written in lower case) is cut from the name after it
    ("Kisruh Ashanti dengan mantan karyawannya berlanjut. Warga heran kisruh itu tak selesai.", "Ashanti", True),
])
def test_entities_common_noun_opening_a_sentence_is_cut_from_the_name(pipeline, text, name, kept):
    doc = pipeline(Document(text=text, language="id"))
    assert any(m.text == name and m.type == "PER" for m in doc.mentions) is kept
    assert not any(m.text.startswith("Kisruh") for m in doc.mentions)


def test_entities_given_name_opening_a_sentence_is_kept(pipeline):
    # "Bayu" is also a noun (wind), but the document never writes it in lower case
    doc = pipeline(Document(text="Bayu Santoso mengatakan harga naik. Harga beras naik.", language="id"))
    assert any(m.text == "Bayu Santoso" for m in doc.mentions)


def test_segment_does_not_break_after_an_acting_title(pipeline):
    doc = pipeline(Document(text="Penerimaan naik tajam, ujar Plt. Kepala Dinas Sukamaju Wirya Santosa.",
                            language="id"))
    assert len(doc.sentences) == 1


@pytest.mark.parametrize("text, names, target", [
    ("Rapat membahas isu strategis bersama Kementerian/Lembaga terkait.", O("Kementerian/Lembaga"),
     "Kementerian/Lembaga"),
    ("Persiapan melibatkan seluruh Kementerian Lembaga Mitra.", O("Kementerian Lembaga Mitra"),
     "Kementerian Lembaga Mitra"),
])
def test_bodies_of_two_kinds_together_are_a_group(resolver, text, names, target):
    assert resolved(resolver, text, names, target).kind == "group"


@pytest.mark.parametrize("text", [
    "Polisi mengungkap RDW melompat dari lantai empat gedung itu.",
    "Keluarga meminta kejelasan penyebab kematian RDW kepada kampus.",
])
def test_initials_typed_org_with_a_person_only_word_are_a_person(resolver, text):
    doc = resolver(make_doc(resolver, text, O("RDW")))
    mention = next(m for m in doc.mentions if m.text == "RDW")
    assert mention.actor is not None and doc.actors[mention.actor].kind == "person"


def test_initials_of_a_body_that_acts_stay_a_body(resolver):
    doc = resolver(make_doc(resolver, "Dalam putusannya, DKPW menyatakan teradu melanggar etik.", O("DKPW")))
    mention = next(m for m in doc.mentions if m.text == "DKPW")
    assert mention.actor is not None and doc.actors[mention.actor].kind == "organization"


@pytest.mark.parametrize("text, name", [
    ("Hasil itu disampaikan Direktur Riset Wirya Santosa dalam rilis survei.", "Wirya Santosa"),
])
def test_entities_director_field_is_cut_from_the_name(pipeline, text, name):
    doc = pipeline(Document(text=text, language="id"))
    mention = next(m for m in doc.mentions if name in m.text)
    assert mention.text == name and mention.type == "PER"


def test_sites_listed_with_their_regions_are_places(resolver):
    text = "Pos itu ada tiga, yakni, Sukarapa di Kabupaten Lembah, Watubiru di Kotabaru, dan satu lagi di pesisir."
    names = (("Sukarapa", "PER"), ("Kabupaten Lembah", "LOC"), ("Watubiru", "PER"), ("Kotabaru", "LOC"))
    doc = resolver(make_doc(resolver, text, names))
    assert_no_actor(doc, "Sukarapa")
    assert_no_actor(doc, "Watubiru")


def test_a_person_in_a_place_who_acts_stays_a_person(resolver):
    text = "Hadir pula Kapolres, Sukarman di Kabupaten Lembah, dan camat. Sukarman mengatakan situasi aman."
    names = (("Sukarman", "PER"), ("Kabupaten Lembah", "LOC"))
    doc = resolver(make_doc(resolver, text, names))
    assert_person(doc, "Sukarman")
