"""Boilerplate stage: which lines and prefixes are removed, and which stay."""
import pytest

from linimasa.clean.boilerplate import BoilerplateStage
from linimasa.clean.recurring import RecurringLines
from linimasa.document import Document
from linimasa.resources import Resources

LEAD = "Warga desa itu menanam padi di lahan baru yang dibuka pemerintah daerah tahun ini."
BODY = "Kepala desa mengatakan panen pertama diperkirakan berlangsung pada bulan depan."


@pytest.fixture(scope="module")
def stage():
    return BoilerplateStage(Resources())


def reasons(stage, text, **fields):
    doc = stage(Document(text=text, **fields))
    return {b.text.strip(): b.reason for b in doc.boilerplate}, doc


@pytest.mark.parametrize("line, reason", [
    ("BACA JUGA: Harga Cabai Naik Lagi di Pasar Induk", "read-also"),
    ("Baca juga: Banjir Melanda Tiga Kecamatan", "read-also"),
    ("MEMBACA  Petani Menolak Impor Beras", "read-also"),
    ("Tonton juga Video: Sapi Lepas di Jalan Tol", "read-also"),
    ("Editor: Siti Rahma", "credit"),
    ("Penulis: Budi Santoso", "credit"),
    ("Reporter: Ayu Lestari", "credit"),
    ("Foto: Dok. Humas Pemkab", "credit"),
    ("X @kementan", "credit"),
    ("Halaman", "pagination"),
    ("Halaman 2 dari 3", "pagination"),
    ("1234", "pagination"),
    ("Berita Sebelumnya", "pagination"),
    ("Berita Selanjutnya", "pagination"),
    ("Berita Terkait", "widget"),
    ("• Ikuti kami di", "widget"),
    ("AA", "widget"),
    ("Berita Terkini", "widget"),
    ("SCROLL TO CONTINUE WITH CONTENT", "widget"),
    ("© 2025 Contoh Media Network.", "copyright"),
    ("All Right Reserved", "copyright"),
    ("Silakan baca konten menarik lainnya dari Contoh.co di Google News", "promotion"),
    # issue 18: page furniture of the kinds that survived cleaning on real pages
    ("Baca Juga", "read-also"),
    ("Saksikan LiveContohPagi:", "read-also"),
    ("Menu", "navigation"),
    ("HOME BERITA NASIONAL", "navigation"),
    ("\u24bd\u24c4\u24c2\u24ba", "navigation"),  # circled letters spelling HOME
    ("Rabu, 12 Maret 2025", "byline"),
    ("Sabtu, Maret 15, 2025", "byline"),
    ("Dewi Lestari \u2022 3 Mei 2025 08:15", "byline"),
    ("JUMAT, 14 MARET 2025 | 09:20 WIB | LAPORAN: RUDI HARTONO", "byline"),
    ("Rudi Hartono  | 14.03.2025 - Update : 15.03.2025", "byline"),
    ("Andi Pratama , Jurnalis-Senin, 3 Maret 2025 |11:02 WIB", "byline"),
    ("Sari Wulan 7 Apr 2025, 16:40", "byline"),
    ("Petugas memadamkan api di gudang pelabuhan Tanjung Emas, Semarang/ AFP", "caption"),
    ("Bima SAPUTRA / Reuters", "caption"),
    ("Artikel ini telah tayang di Contoh News.", "credit"),
    ("Artikel ini pertama kali terbit dalam bahasa Jerman", "credit"),
    ("Diadaptasi oleh Sari Wulandari dan Joko Susilo", "credit"),
    ("-------", "widget"),
    ("Halaman: 12Lihat Semua", "pagination"),
])
def test_furniture_lines_are_removed(stage, line, reason):
    found, _ = reasons(stage, f"{LEAD}\n\n{line}\n\n{BODY}")
    assert found == {line: reason}


@pytest.mark.parametrize("line", [
    "Menurut Kepala Dinas Pertanian, hasil panen tahun ini naik sepuluh persen dibanding tahun lalu.",
    "Foto-foto kegiatan itu kemudian dibagikan panitia kepada wartawan yang hadir di balai desa.",
    "Membaca situasi pasar, para pedagang memilih menahan stok beras mereka sampai pekan depan.",
    "Halaman sekolah itu dipakai sebagai tempat pengungsian sementara bagi warga korban banjir.",
    "Editor majalah tersebut menyatakan bahwa edisi khusus akan terbit bulan depan.",
    "Penulis buku itu hadir dan berbicara tentang sejarah kampungnya di depan para siswa.",
    "Pada Rabu, 12 Maret 2025, warga desa menggelar kerja bakti membersihkan saluran air.",
    "Rapat dimulai pukul 09.30 WIB dan berakhir pada 12 Maret 2025 menjelang sore hari.",
    "Menu makan siang gratis di sekolah itu berganti setiap pekan sesuai anjuran ahli gizi.",
    "Artikel ini membahas tiga cara petani menghemat air pada musim kemarau panjang.",
    "Home industri tempe di desa itu kini mempekerjakan dua puluh warga setempat.",
])
def test_content_lines_are_kept(stage, line):
    found, _ = reasons(stage, f"{LEAD}\n\n{line}\n\n{BODY}")
    assert found == {}


@pytest.mark.parametrize("paragraph, prefix, outlet", [
    ("JAKARTA, KOMPAS.com - Pemerintah membuka pendaftaran beasiswa.", "JAKARTA, KOMPAS.com - ", "KOMPAS.com"),
    ("CONTOHNEWS.COM - Pemerintah membuka pendaftaran beasiswa.", "CONTOHNEWS.COM - ", "CONTOHNEWS.COM"),
    ("GenPI.co - Pemerintah membuka pendaftaran beasiswa.", "GenPI.co - ", "GenPI.co"),
    ("Jakarta (ANTARA) - Pemerintah membuka pendaftaran beasiswa.", "Jakarta (ANTARA) - ", "ANTARA"),
    ("Jakarta, CNN Indonesia -- Pemerintah membuka pendaftaran beasiswa.", "Jakarta, CNN Indonesia -- ", "CNN Indonesia"),
    ("(Warta Contoh ID) – Pemerintah membuka pendaftaran beasiswa.", "(Warta Contoh ID) – ", "Warta Contoh ID"),
])
def test_dateline_prefix_only(stage, paragraph, prefix, outlet):
    text = f"Beasiswa Dibuka untuk Mahasiswa\n\n{paragraph}\n\n{BODY}"
    doc = stage(Document(text=text))
    assert [(b.text, b.reason) for b in doc.boilerplate] == [(prefix, "dateline")]
    assert doc.outlet == outlet
    assert doc.boilerplate[0].start == text.index(paragraph)


def test_caption_loses_only_its_label(stage):
    caption = "KUNJUNGAN KERJA MENTERI - Menteri Pertanian (kiri) meninjau sawah di Karawang, Senin (3/3/2025)."
    text = f"Menteri Tinjau Sawah\n\n{caption}\n\n{LEAD}"
    found, _ = reasons(stage, text)
    assert found == {"KUNJUNGAN KERJA MENTERI -": "caption"}


def test_repeated_headline_with_site_name(stage):
    headline = "Petani Karawang Mulai Panen Raya"
    found, _ = reasons(stage, f"{headline}\n\n{headline} - Contoh.co\n{LEAD}\n{BODY}")
    assert found == {f"{headline} - Contoh.co": "repeated-headline"}


def test_stray_headline_fragment(stage):
    headline = "Petani Karawang mulai panen raya setelah musim hujan yang panjang"
    found, _ = reasons(stage, f"{headline}\n{LEAD}\nPetani Karawang mulai panen\n{BODY}")
    assert found == {"Petani Karawang mulai panen": "headline-fragment"}


def test_truncated_teaser_of_later_paragraph(stage):
    teaser = BODY[:55]
    found, _ = reasons(stage, f"Panen Pertama Desa Diperkirakan Bulan Depan\n\n{teaser}\n\n{LEAD}\n\n{BODY}")
    assert found == {teaser: "teaser"}


def test_section_label_above_headline(stage):
    found, _ = reasons(stage, f"Pertanian\n\nPetani Karawang Mulai Panen Raya\n\n{LEAD}")
    assert found == {"Pertanian": "section-label"}


def test_recurring_lines_from_corpus(stage):
    corpus = [("contoh", f"Berita tentang desa {chr(65 + i)}.\nDukung kami lewat donasi bulanan\n{BODY}") for i in range(10)]
    model = RecurringLines.learn(corpus, min_documents=5)
    assert [line for line, _ in model.lines("contoh")][:1] == ["dukung kami lewat donasi bulanan"]
    restored = RecurringLines.from_json(model.to_json())
    recurring_stage = BoilerplateStage(Resources(options={"recurring_lines": restored}))
    doc = recurring_stage(Document(text=f"{LEAD}\nDukung kami lewat donasi bulanan\nSatu kalimat lain.", source="contoh"))
    assert [(b.text, b.reason) for b in doc.boilerplate] == [("Dukung kami lewat donasi bulanan", "recurring")]


HEADLINE = "Petani Karawang Mulai Panen Raya"


def test_page_header_above_known_headline(stage):
    """Issue 18: date stamps, rubrics and captions above the headline are the page's header."""
    text = f"Rabu, 12 Maret 2025\n\nEkonomi Daerah Pekan Ini\n\nPetani memanen padi di Karawang\n\n{HEADLINE}\n\n{LEAD}\n\n{BODY}"
    found, _ = reasons(stage, text, title=HEADLINE)
    assert found == {"Rabu, 12 Maret 2025": "byline", "Ekonomi Daerah Pekan Ini": "page-header",
                     "Petani memanen padi di Karawang": "page-header"}


@pytest.mark.parametrize("text, title", [
    (f"Ekonomi Daerah Pekan Ini\n\n{LEAD}\n\n{HEADLINE}\n\n{BODY}", HEADLINE),  # a sentence stands above it
    (f"Ekonomi Daerah Pekan Ini\n\n{HEADLINE}\n\n{LEAD}", None),  # no headline from metadata
])
def test_page_header_needs_known_headline_and_furniture_only(stage, text, title):
    found, _ = reasons(stage, text, title=title)
    assert "page-header" not in found.values()


def test_list_items_below_list_heading(stage):
    text = (f"{LEAD}\n\n{BODY}\n\nPopuler\n\nMantan Bupati Dilantik Jadi Komisaris\n\n"
            f"Harga Emas Turun Tipis Hari Ini\n\nPanen tahun ini juga disambut pasar lelang gabah di kecamatan itu.")
    found, _ = reasons(stage, text)
    assert found == {"Populer": "widget", "Mantan Bupati Dilantik Jadi Komisaris": "widget",
                     "Harga Emas Turun Tipis Hari Ini": "widget"}


@pytest.mark.parametrize("line, removed", [
    (f"{HEADLINE} Warga Memanen Padi di Sawah Desa Sukamaju.", True),  # a caption glued to the headline
    (f"{HEADLINE}, kata kepala desa kepada wartawan pada Senin.", False),
    (f"{HEADLINE} pada pekan ini setelah hujan reda.", False),
])
def test_headline_run_into_caption(stage, line, removed):
    found, _ = reasons(stage, f"{HEADLINE}\n\n{LEAD}\n\n{line}\n\n{BODY}")
    assert (found.get(line) == "repeated-headline") is removed


def test_issue18_link_title_below_bare_label_goes_with_it(stage):
    text = (f"Petani Panen Raya\n\n{LEAD}\n\nBaca Juga\nHarga Gabah Naik di Tiga Kabupaten\n{BODY}")
    found, _ = reasons(stage, text)
    assert found == {"Baca Juga": "read-also", "Harga Gabah Naik di Tiga Kabupaten": "read-also"}


@pytest.mark.parametrize("line, removed", [
    ("BACA JUGA: Harga Gabah Naik di Tiga KabupatenKepala desa mengatakan panen pertama berlangsung bulan depan.",
     "BACA JUGA: Harga Gabah Naik di Tiga Kabupaten"),
    ("Baca juga: Banjir Rendam Dua Desa di Kota BaruWarga mengungsi ke balai desa sejak Senin malam lalu.",
     "Baca juga: Banjir Rendam Dua Desa di Kota Baru"),
])
def test_issue18_glued_link_loses_only_label_and_title(stage, line, removed):
    text = f"Petani Panen Raya\n\n{LEAD}\n\n{line}\n\n{BODY}"
    found, doc = reasons(stage, text)
    assert found == {removed: "read-also"}
    kept = " ".join(doc.text[s:e] for s, e in doc.content_spans())
    assert line[len(removed):] in kept


@pytest.mark.parametrize("first, removed", [
    ("Warga antre bantuan di perbatasan Kota Baru. (Anadolu Agency)", True),
    ("Petugas memeriksa truk bantuan di gerbang. (Foto: AFP/Rudi Hartono)", True),
])
def test_issue18_top_photo_caption_with_bracketed_credit(stage, first, removed):
    found, _ = reasons(stage, f"{first}\n{LEAD}\n{BODY}")
    assert (found.get(first) == "caption") is removed


def test_issue18_bracketed_credit_deep_in_the_story_is_kept(stage):
    last = "Kepala desa menyebut panen tahun ini lebih baik dari tahun lalu. (AFP)"
    text = f"Petani Panen Raya\n\n{LEAD}\n\n{BODY}\n\n{BODY} Lagi.\n\n{LEAD} Lagi.\n\n{last}"
    found, _ = reasons(stage, text)
    assert last not in found


@pytest.mark.parametrize("text, removed", [
    (f"Petani Panen Raya\n\nKota Baru: {LEAD}\n\n{BODY}", "Kota Baru: "),
    (f"Viral: Petani Panen Raya di Kota Baru\n\n{LEAD}\n\n{BODY}", None),
])
def test_issue18_colon_dateline_on_a_lead_paragraph_only(stage, text, removed):
    found, _ = reasons(stage, text)
    datelines = [b for b, r in found.items() if r == "dateline"]
    assert datelines == ([removed.strip()] if removed else [])
