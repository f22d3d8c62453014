"""Quote attribution (issue 17): pronouns and continuations take the named speaker, speaker
phrases are names and titles, not clause fragments, and marks that hold no speech are skipped.

Every sentence here is written for the project; the people, places and bodies are invented.
Sentences are split at end punctuation and line breaks, and mentions are placed by hand from
NAMES, so the tests pin the quote rules independently of segmentation and actor resolution.
"""
from __future__ import annotations


import pytest

from tests.documents import with_names
from linimasa.document import Actor, Document
from linimasa.events.quotes import QuoteFinder
from linimasa.resources import Resources

ACTORS = {
    "RUDI": Actor("RUDI", "Rudi Hartono", "person", "IDN", "GOV"),
    "SARI": Actor("SARI", "Sari Wulandari", "person", "IDN", "LEG"),
    "KPK": Actor("KPK", "Komisi Pemberantasan Korupsi", "organization", "IDN", "JUD"),
    "HAMAS": Actor("HAMAS", "Hamas", "group", "PSE", "REB"),
    "ALJ": Actor("ALJ", "Al Jazeera", "organization", "QAT", "MED"),
    "REUTERS": Actor("REUTERS", "Reuters", "organization", "GBR", "MED"),
    "KORAN": Actor("KORAN", "Koran Pagi", "organization", "IDN", "MED"),
}
# name -> (type, actor id or None for a person the dictionary does not know)
NAMES = {
    "Rudi Hartono": ("PER", "RUDI"), "Rudi": ("PER", "RUDI"),
    "Sari Wulandari": ("PER", "SARI"), "Sari": ("PER", "SARI"),
    "Budi Santoso": ("PER", None), "Budi": ("PER", None),
    "Andi Wirawan": ("PER", None), "Markov": ("PER", None), "Lestari": ("PER", None),
    "Tono": ("PER", None), "Yanto": ("PER", None),
    "KPK": ("ORG", "KPK"), "Hamas": ("ORG", "HAMAS"), "Al Jazeera": ("ORG", "ALJ"),
    "Reuters": ("ORG", "REUTERS"), "Koran Pagi": ("ORG", "KORAN"),
}


def build(text: str) -> Document:
    return with_names(text, NAMES, ACTORS)


@pytest.fixture(scope="module")
def finder() -> QuoteFinder:
    return QuoteFinder(Resources.default())


def direct(finder, text):
    return [(q.text, q.speaker, q.speaker_text) for q in finder(build(text)).quotes if q.kind == "direct"]


# (text, expected direct quotes [(text, speaker, speaker_text)])
DIRECT = [
    # a continuation word takes the named speaker, never "dia"
    ("“Anggaran desa naik tahun depan,” kata Rudi. “Semua dusun kebagian,” tambahnya.",
     [("Anggaran desa naik tahun depan,", "RUDI", "Rudi"), ("Semua dusun kebagian,", "RUDI", "Rudi")]),
    ("“Jalan itu rusak parah,” ujar Budi.\nWarga sudah lama mengeluh.\n“Kami minta segera diperbaiki,” kata dia.",
     [("Jalan itu rusak parah,", None, "Budi"), ("Kami minta segera diperbaiki,", None, "Budi")]),
    ("“Panen tahun ini bagus,” kata Sari. “Harga gabah juga stabil,” ia menambahkan.",
     [("Panen tahun ini bagus,", "SARI", "Sari"), ("Harga gabah juga stabil,", "SARI", "Sari")]),
    ("“Kami sudah melapor ke polisi,” kata Lestari.\n“Semoga pelakunya cepat tertangkap.”",
     [("Kami sudah melapor ke polisi,", None, "Lestari"), ("Semoga pelakunya cepat tertangkap.", None, "Lestari")]),
    # an unlisted -nya word right after a quote continues the speaker too
    ("“Pasar harus ditata ulang,” kata Rudi. “Jangan sampai pedagang dirugikan,” sentilnya.",
     [("Pasar harus ditata ulang,", "RUDI", "Rudi"), ("Jangan sampai pedagang dirugikan,", "RUDI", "Rudi")]),
    # the pronoun takes the person who opened the sentence between the quotes
    ("“Sekolah akan dibuka,” kata Rudi.\nSari Wulandari menilai rencana itu terlalu cepat.\n“Gedungnya belum siap,” ujarnya.",
     [("Sekolah akan dibuka,", "RUDI", "Rudi"), ("Gedungnya belum siap,", "SARI", "Sari Wulandari")]),
    # a person acted on ("Budi dinilai ...") is not who speaks next
    ("“Izin tambang dicabut,” kata Rudi.\nBudi dinilai melanggar aturan.\n“Kami tidak akan ragu,” tegasnya.",
     [("Izin tambang dicabut,", "RUDI", "Rudi"), ("Kami tidak akan ragu,", "RUDI", "Rudi")]),
    # titles and names
    ("“Pelaku sudah kami tahan,” kata Kapolres Sukamaju AKBP Budi Santoso kepada wartawan.",
     [("Pelaku sudah kami tahan,", None, "Kapolres Sukamaju AKBP Budi Santoso")]),
    ("“Berkasnya segera dilimpahkan,” ujar Deputi Pencegahan dan Monitoring KPK Andi Wirawan di Jakarta.",
     [("Berkasnya segera dilimpahkan,", "KPK", "Deputi Pencegahan dan Monitoring KPK Andi Wirawan")]),
    ("“Banjir sudah surut,” ujar Ketua Forum Nelayan Pesisir, Rudi Hartono, di kantornya.",
     [("Banjir sudah surut,", "RUDI", "Ketua Forum Nelayan Pesisir, Rudi Hartono")]),
    # the news agency is not the speaker, and the speaker ends at the name
    ("“Perundingan berjalan lambat,” kata Markov dilansir kantor berita Reuters.",
     [("Perundingan berjalan lambat,", None, "Markov")]),
    ("“Kami akan hadir,” kata Budi sesuai acara pelantikan di balai kota.",
     [("Kami akan hadir,", None, "Budi")]),
    # an after-verb outside the attribution slot is not an attribution ("lebih lanjut dari ...")
    ("Sari menyebut rancangan itu memuat “pembagian lahan yang adil.” Tidak ada keterangan lebih lanjut dari usulan ini.",
     [("pembagian lahan yang adil.", "SARI", "Sari")]),
    # a passive verb ends the speaker's phrase
    ("“Saya melihat asap dari gudang,” kata seorang pria diduga penjaga malam di lokasi.",
     [("Saya melihat asap dari gudang,", None, "seorang pria")]),
    # adverbs alone are no subject: the pronoun before them is, and it takes the last speaker
    ("“Saya tidak tahu,” kata Tono. Ia kerap hanya menyebut 'tidak ingat lagi' kepada hakim.",
     [("Saya tidak tahu,", None, "Tono"), ("tidak ingat lagi", None, "Tono")]),
    # an unlisted verb before a capitalised name
    ("“Siapa yang menyetujui anggaran ini?” tanya Tono kepada pejabat dinas.",
     [("Siapa yang menyetujui anggaran ini?", None, "Tono")]),
    # "Menurutnya" and "Dikatakan bahwa" point back to the last speaker
    ("Rudi Hartono mengatakan pembangunan jembatan tertunda. Menurutnya, kontraktor “belum memenuhi syarat teknis.”",
     [("belum memenuhi syarat teknis.", "RUDI", "Rudi Hartono")]),
    ("Hamas mengatakan gencatan senjata harus permanen. Dikatakan bahwa tahanan dibebaskan “dalam tiga tahap.”",
     [("dalam tiga tahap.", "HAMAS", "Hamas")]),
    # a speaker named before a colon in the sentence before
    ("Berbicara di depan warga, Sari berkata:\n“Air bersih adalah hak semua orang.”",
     [("Air bersih adalah hak semua orang.", "SARI", "Sari")]),
    # subject and verb after the quote; an anaphor there takes the last named speaker's actor
    ("Yanto mengumumkan rencananya pekan lalu.\n“Saya akan maju sebagai calon,” pengusaha itu menulis di akun pribadinya.",
     [("Saya akan maju sebagai calon,", None, "pengusaha itu")]),
    # a subordinate clause has its own subject: "setelah Budi menyebut ..."
    ("Warga kecewa setelah Budi menyebut proyek itu “sudah tidak diperlukan lagi.”",
     [("sudah tidak diperlukan lagi.", None, "Budi")]),
    # "mereka" names a group: kept, not replaced by the last person
    ("“Kami menolak relokasi,” kata Rudi. “Kami tetap bertahan,” kata mereka.",
     [("Kami menolak relokasi,", "RUDI", "Rudi"), ("Kami tetap bertahan,", None, "mereka")]),
    # other quotation marks
    ("\"Pupuk datang pekan depan,” kata Sari.", [("Pupuk datang pekan depan,", "SARI", "Sari")]),
    ("«Kami tidak akan menyerah», kata Hamas.", [("Kami tidak akan menyerah", "HAMAS", "Hamas")]),
    ("Sari mengatakan warga 'sangat kecewa' dengan keputusan itu.", [("sangat kecewa", "SARI", "Sari")]),
    # a paragraph that runs on into the next takes the speaker of its continuation
    ("“Kami sudah bekerja sepanjang malam untuk memadamkan api.\n“Sekarang tinggal pendinginan,” kata Budi.",
     [("Kami sudah bekerja sepanjang malam untuk memadamkan api.", None, "Budi"),
      ("Sekarang tinggal pendinginan,", None, "Budi")]),
    # names and terms between marks are not speech
    ("Film “Laskar Senja Merah” diputar di bioskop kota.", []),
    ("Program itu disebut sebagai “diplomasi kampung” oleh para pengamat.", []),
    ("Seminar itu mengusung tema “Dari Desa untuk Negeri yang Berdaulat” tahun ini.", []),
    # an outlet relaying a quote is not its speaker when someone said it before
    ("Hamas mengatakan “perundingan belum selesai,” lapor Al Jazeera.",
     [("perundingan belum selesai,", "HAMAS", "Hamas")]),
]


@pytest.mark.parametrize("text, expected", DIRECT, ids=[c[0][:40] for c in DIRECT])
def test_quotes_attribution_direct(finder, text, expected):
    assert direct(finder, text) == expected


# (text, expected indirect quotes [(text, speaker, speaker_text)])
INDIRECT = [
    # the outlet is not the speaker: the subject of the reporting verb is
    ("Hamas menyatakan akan membebaskan semua tahanan, lapor Al Jazeera.",
     [("akan membebaskan semua tahanan", "HAMAS", "Hamas")]),
    # without a speaking subject the outlet's own report stands
    ("Kehadirannya berarti para pejabat kini terlibat langsung, lapor Koran Pagi.",
     [("Kehadirannya berarti para pejabat kini terlibat langsung", "KORAN", "Koran Pagi")]),
    # fronted phrases and relative clauses are not the speaker
    ("Sementara itu, kantor gubernur, mengatakan bahwa Rudi akan berkunjung besok.",
     [("Rudi akan berkunjung besok", None, "kantor gubernur")]),
    ("Sari, yang baru tiba dari Medan, menegaskan bahwa dana sudah cair.",
     [("dana sudah cair", "SARI", "Sari")]),
    ("Rudi membuka rapat, seraya menegaskan bahwa target tahun ini harus tercapai.",
     [("target tahun ini harus tercapai", "RUDI", "Rudi")]),
    # a name inside a fronted phrase before the verb is the speaker
    ("Dalam pandangan Andi Wirawan menyatakan bahwa harga tiket terlalu mahal.",
     [("harga tiket terlalu mahal", None, "Andi Wirawan")]),
    # the speech verb nearest "bahwa" reports it, not an earlier verb of the sentence
    ("Selain menjelaskan jadwal panen, Rudi juga menyampaikan bahwa harga pupuk turun.",
     [("harga pupuk turun", "RUDI", "Rudi")]),
    # a main clause after "Namun" has its own subject, and "badan itu" is an anaphor
    ("Kabar itu sempat beredar luas. Namun KPK membantah, menegaskan bahwa penyelidikan belum dimulai.",
     [("penyelidikan belum dimulai", "KPK", "KPK")]),
    # a clause with no subject at all continues the last speaker
    ("Lestari mengatakan bahwa sekolah dibuka lagi. Dan menambahkan bahwa jumlah murid akan bertambah.",
     [("sekolah dibuka lagi", None, "Lestari"), ("jumlah murid akan bertambah", None, "Lestari")]),
    # "Menurut X," opens X's words: the subject after it is part of the content
    ("Menurut Sari, pihak pengembang tidak bisa mengklaim bahwa lahan itu miliknya.",
     [("lahan itu miliknya", "SARI", "Sari")]),
    # reported speech inside a direct quote is the quoted person's words, not a quote of its own
    ("“Kami menghormati putusan yang menyatakan bahwa lahan itu milik negara,” kata Rudi.", []),
    # nouns that are also reporting verbs attribute nothing inside a sentence
    ("Harga beras naik tajam, nilai tukar rupiah melemah pekan ini.", []),
    ("Warga mengirim surat, kritik terhadap dinas tidak pernah dijawab.", []),
    # a pronoun subject takes the last named speaker's name
    ("“Data sudah lengkap,” kata Lestari. Dia menjelaskan bahwa audit selesai bulan depan.",
     [("audit selesai bulan depan", None, "Lestari")]),
]


@pytest.mark.parametrize("text, expected", INDIRECT, ids=[c[0][:40] for c in INDIRECT])
def test_quotes_attribution_indirect(finder, text, expected):
    quotes = finder(build(text)).quotes
    assert [(q.text, q.speaker, q.speaker_text) for q in quotes if q.kind == "indirect"] == expected


def test_quotes_attribution_offsets_point_into_the_text(finder):
    text = "“Kami siap,” kata Rudi.\n“Tinggal menunggu izin,” lanjutnya. Rudi Hartono mengatakan bahwa izin keluar besok."
    for q in finder(build(text)).quotes:
        assert text[q.start:q.end] == q.text
