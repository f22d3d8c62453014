"""Issue 21: every event's place, from its own clause or the dateline (linimasa.places.stage).

The phrases are written for these tests; the people in them are invented. Each row gives a sentence,
the trigger of the one event placed on the whole sentence (after the dateline, where there is one),
and the gazetteer entry expected (display name, country, precision, basis), or None for "no place".
"""
from __future__ import annotations

import json

import pytest

from linimasa.analysis import Analyzer
from linimasa.document import Document, Event
from linimasa.pipeline import default_order
from linimasa.places.stage import PlaceFinder
from linimasa.resources import Resources

BEFORE_EVENTS = default_order()[:default_order().index("events")]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(order=BEFORE_EVENTS)


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Resources())


def place_of(analyzer, finder, text: str, trigger: str):
    """The place the stage gives one event whose clause is the text after its dateline (if any)."""
    import datetime
    doc = analyzer.analyze(Document(text=text, published=datetime.date(2025, 3, 3)))
    start = text.find(" - ") + 3 if " - " in text[:60] else 0
    doc.events = [Event(type="CONSULT", sentence=0, start=start, end=len(text), trigger=trigger)]
    return finder(doc).events[0].place


# (text, trigger, expected: (name, country, precision, basis) or None)
PHRASES = [
    # Indonesian forms of foreign places (exonyms)
    ("Delegasi Hamas bertemu mediator di Kairo pada Senin.", "bertemu", ("Kairo", "EGY", "city", "clause")),
    ("Ribuan jemaah berkumpul di Yerusalem sejak pagi.", "berkumpul", ("Yerusalem", "ISR", "city", "clause")),
    ("Pesawat militer menjatuhkan bantuan di Jalur Gaza kemarin.", "menjatuhkan", ("Jalur Gaza", "PSE", "admin1", "clause")),
    ("Tentara menggerebek sebuah rumah di Tepi Barat pada malam hari.", "menggerebek", ("Tepi Barat", "PSE", "admin1", "clause")),
    ("Tim perunding Israel terbang ke Doha untuk putaran baru.", "terbang", ("Doha", "QAT", "city", "clause")),
    ("Para pemimpin dunia menandatangani deklarasi di Sharm el-Sheikh.", "menandatangani", ("Sharm el-Sheikh", "EGY", "city", "clause")),
    ("Serangan udara menghantam sebuah tenda di Rafah.", "menghantam", ("Rafah", "PSE", "city", "clause")),
    ("Pasukan darat bergerak menuju Khan Younis saat fajar.", "bergerak", ("Khan Younis", "PSE", "city", "clause")),
    ("Menteri itu berbicara kepada wartawan di Washington pada Selasa.", "berbicara", ("Washington", "USA", "city", "clause")),
    ("Rombongan jemaah tiba di Kota Makkah pada Kamis dini hari.", "tiba", ("Makkah", "SAU", "city", "clause")),
    ("Kedua menteri bertemu di Phnom Penh untuk membahas perbatasan.", "bertemu", ("Phnom Penh", "KHM", "city", "clause")),
    ("Banjir merendam ratusan rumah di Kandal, Kamboja.", "merendam", ("Kandal", "KHM", "admin1", "clause")),
    ("Pasukan Israel memasuki kota Rafah dari arah timur.", "memasuki", ("Rafah", "PSE", "city", "clause")),
    ("Ribuan orang turun ke jalanan ibu kota Lima pada Kamis.", "turun", ("Lima", "PER", "city", "clause")),
    ("Tank-tank bergerak di wilayah utara Jalur Gaza.", "bergerak", ("Jalur Gaza", "PSE", "admin1", "clause")),
    ("Delegasi itu tiba di Tel Aviv tadi malam.", "tiba", ("Tel Aviv", "ISR", "city", "clause")),
    # Indonesian regions
    ("Polisi menangkap dua pengedar di Jakarta Pusat, Senin.", "menangkap", ("Kota Jakarta Pusat", "IDN", "city", "clause")),
    ("Massa berunjuk rasa di Menteng sejak siang.", "berunjuk", ("Menteng", "IDN", "site", "clause")),
    ("Petani memblokade jalan di Deli Serdang, Sumatera Utara.", "memblokade", ("Kabupaten Deli Serdang", "IDN", "admin2", "clause")),
    ("Bupati meresmikan pasar baru di Jember kemarin.", "meresmikan", ("Kabupaten Jember", "IDN", "admin2", "clause")),
    ("Warga menolak pembangunan pabrik di Kabupaten Bandung.", "menolak", ("Kabupaten Bandung", "IDN", "admin2", "clause")),
    ("Wali kota membuka festival di Bandung pada Sabtu.", "membuka", ("Kota Bandung", "IDN", "city", "clause")),
    ("Gempa merusak puluhan rumah di kota Bekasi.", "merusak", ("Kota Bekasi", "IDN", "city", "clause")),
    ("Gubernur berkunjung ke Provinsi Jawa Tengah pekan lalu.", "berkunjung", ("Jawa Tengah", "IDN", "admin1", "clause")),
    ("Tim SAR mengevakuasi korban longsor di Wonosobo.", "mengevakuasi", ("Kabupaten Wonosobo", "IDN", "admin2", "clause")),
    ("Kebakaran melanda permukiman padat di Surabaya.", "melanda", ("Kota Surabaya", "IDN", "city", "clause")),
    ("Aparat menertibkan pedagang di Jakarta Selatan dan Depok.", "menertibkan", ("Kota Jakarta Selatan", "IDN", "city", "clause")),
    ("Mahasiswa menggelar aksi di Jogja pada Jumat.", "menggelar", ("Yogyakarta", "IDN", "city", "clause")),
    ("Pemadaman listrik terjadi di Bali selama enam jam.", "terjadi", ("Bali", "IDN", "admin1", "clause")),
    ("Hakim membacakan vonis di Pengadilan Negeri Jakarta Selatan.", "membacakan", ("Kota Jakarta Selatan", "IDN", "city", "clause")),
    ("Relawan membawa korban ke Rumah Sakit Umum Daerah Sentosa, Denpasar.", "membawa", ("Kota Denpasar", "IDN", "city", "clause")),
    ("Polisi membubarkan massa di Jalan Melati Raya, Jakarta Timur.", "membubarkan", ("Kota Jakarta Timur", "IDN", "city", "clause")),
    ("Tim gabungan menyisir hutan di Kecamatan Menteng.", "menyisir", ("Menteng", "IDN", "site", "clause")),
    # countries, and a finer place given in apposition
    ("Presiden melakukan kunjungan kenegaraan ke Mesir pekan ini.", "kunjungan", ("Mesir", "EGY", "country", "clause")),
    ("Perundingan berlangsung di ibu kota Qatar, Doha, sejak Minggu.", "Perundingan", ("Doha", "QAT", "city", "clause")),
    ("Kedua pihak bertemu di Doha, Qatar, pada Rabu.", "bertemu", ("Doha", "QAT", "city", "clause")),
    ("Ia mengunjungi kantor Kedutaan Besar Mesir di Jakarta.", "mengunjungi", ("Jakarta", "IDN", "city", "clause")),
    # datelines: the fallback when the clause names no place, at a coarser precision
    ("KAIRO - Para mediator menyampaikan usulan baru kepada kedua pihak.", "menyampaikan", ("Kairo", "EGY", "admin1", "dateline")),
    ("GAZA - Hamas membebaskan tiga sandera pada Sabtu.", "membebaskan", ("Jalur Gaza", "PSE", "admin1", "dateline")),
    ("Jakarta - Menteri itu mengumumkan kebijakan baru pada Senin.", "mengumumkan", ("Jakarta", "IDN", "admin1", "dateline")),
    ("DOHA - Para negosiator bertemu lagi di Kairo pada Selasa.", "bertemu", ("Kairo", "EGY", "city", "clause")),
    # actors named by a place, a place that is a source or target, names that are no place
    ("Washington menolak usulan itu pada Senin.", "menolak", None),
    ("Senayan mengesahkan undang-undang baru pekan lalu.", "mengesahkan", None),
    ("Serangan Israel di Doha menewaskan enam orang.", "Serangan", ("Doha", "QAT", "city", "clause")),
    ("Israel menyerang Iran pada dini hari.", "menyerang", None),
    ("Hamas menyerahkan empat sandera ke Palang Merah Internasional.", "menyerahkan", None),
    ("Kelompok bersenjata itu beroperasi di Amerika Latin.", "beroperasi", None),
    ("Hamas menerima usulan dari Amerika Serikat.", "menerima", None),
    ("Penyidik menyita uang dari Joko Siman Harsono kemarin.", "menyita", None),
    ("Pelaku ditangkap di Jalan Wonosobo pada malam hari.", "ditangkap", None),
    ("Kedua ketua umum partai bertemu di Kertanegara pada Minggu malam.", "bertemu",
     ("Kertanegara", "IDN", "site", "clause")),
    ("Menteri itu mengunjungi Yordania untuk membahas bantuan.", "mengunjungi", ("Yordania", "JOR", "country", "clause")),
    ("Gubernur mengunjungi korban banjir di posko pengungsian.", "mengunjungi", None),
    ("Presiden tiba di Islamabad untuk kunjungan kenegaraan.", "tiba", ("Islamabad", "PAK", "city", "clause")),
    ("Banjir bandang melanda sejumlah desa di Sumbar pekan ini.", "melanda", ("Sumatera Barat", "IDN", "admin1", "clause")),
    ("Relawan menyalurkan bantuan di Sumatra Barat.", "menyalurkan", ("Sumatera Barat", "IDN", "admin1", "clause")),
    ("Massa berkumpul di Patung Kuda sejak pagi.", "berkumpul", None),
    ("Warga Gaza mengungsi ke selatan.", "mengungsi", None),
    ("Seorang pensiunan yang tumbuh besar di Italia ikut berdemo bersama ribuan warga.", "berdemo", None),
    ("Pemuda yang tinggal di Bekasi itu ditangkap polisi pada Senin.", "ditangkap", None),
    ("Keluarga korban tinggal di Kota Bekasi sejak lama.", "tinggal", ("Kota Bekasi", "IDN", "city", "clause")),
    ("Menteri itu menyampaikan pidato di depan parlemen.", "menyampaikan", None),
    ("Para pengunjuk rasa menggelar aksi di depan gedung DPR.", "menggelar", ("Senayan", "IDN", "site", "clause")),
    ("Presiden menerima tamu negara di Istana Merdeka.", "menerima", ("Istana Merdeka", "IDN", "site", "clause")),
    # the place of what the event is about is not the event's; a day after the place sets the event's scene
    ("Kedua menteri berdiskusi mengenai gencatan senjata di Jalur Gaza.", "berdiskusi", None),
    ("Organisasi itu kecewa atas serangan rudal di Doha.", "kecewa", None),
    ("Bupati itu akan melobi kementerian untuk menambah dana transfer ke Jember.", "melobi", None),
    ("Delegasi itu terbang ke Doha untuk putaran baru perundingan.", "terbang", ("Doha", "QAT", "city", "clause")),
    ("Kedua negara menandatangani nota terkait kerja sama di Istana Merdeka, Senin (3/3).", "menandatangani",
     ("Istana Merdeka", "IDN", "site", "clause")),
    # a list of places after one locative word: the nearest to the trigger
    ("Utusan itu berada di Kairo dan Doha pekan ini.", "berada", ("Kairo", "EGY", "city", "clause")),
    ("Delegasi itu tiba di Doha, Qatar, pada Minggu.", "tiba", ("Doha", "QAT", "city", "clause")),
]


@pytest.mark.parametrize("text, trigger, expected", PHRASES, ids=[p[0][:40] for p in PHRASES])
def test_event_place_from_its_clause_or_dateline(analyzer, finder, text, trigger, expected):
    place = place_of(analyzer, finder, text, trigger)
    got = None if place is None else (place.name, place.country, place.precision, place.basis)
    assert got == expected
    if place is not None:
        assert place.lat is not None and place.lon is not None and place.text in text


def test_at_least_fifty_phrases():
    assert len(PHRASES) >= 50


def test_the_nearest_place_to_the_trigger_wins(analyzer, finder):
    text = "Setelah rapat di Bogor, menteri itu terbang ke Kairo untuk bertemu mitranya."
    place = place_of(analyzer, finder, text, "terbang")
    assert place.name == "Kairo"
    # nearest counts from the locative word: a long body's name before the place does not push it away
    text = "Pelaku ditangkap di sebuah warung di Wonosobo dan kini ditahan di Rumah Tahanan Polres Pemalang."
    assert place_of(analyzer, finder, text, "ditahan").name == "Kabupaten Pemalang"


def test_dateline_is_not_used_when_the_story_is_elsewhere(analyzer, finder):
    import datetime
    text = "KAIRO - Militer menyerang kamp di Rafah. Para mediator menyampaikan usulan baru."
    doc = analyzer.analyze(Document(text=text, published=datetime.date(2025, 3, 3)))
    second = text.index("Para")
    doc.events = [Event(type="ASSAULT", sentence=0, start=7, end=second - 1, trigger="menyerang"),
                  Event(type="CONSULT", sentence=1, start=second, end=len(text), trigger="menyampaikan")]
    first, other = finder(doc).events
    assert first.place.name == "Rafah" and first.place.basis == "clause"
    assert other.place is None  # Kairo is where the reporter is; the story names a place in another country


def test_location_is_left_as_it_was_and_place_is_in_the_output():
    from linimasa.contract import to_contract
    import datetime
    doc = Analyzer().analyze(Document(text="Delegasi Hamas bertemu dengan mediator Mesir di Kairo pada Senin.",
                                      published=datetime.date(2025, 1, 6)))
    event = next(e for e in doc.events if e.place is not None)
    assert event.location == "Kairo"
    record = json.loads(json.dumps(to_contract(doc), default=str))
    placed = [e["place"] for e in record["events"] if e["place"]]
    assert placed and placed[0]["name"] == "Kairo" and placed[0]["geonames_id"] == 360630


@pytest.mark.parametrize("text, kind, trigger, expected", [
    ("Warga meminta perbaikan jalan di Kabupaten Cianjur.", "REQUEST", "meminta", None),
    ("Pemerintah setuju pembangunan pasar baru di Kota Bekasi.", "AGREE", "setuju", None),
    ("Gubernur berjanji memperbaiki jembatan di Wonosobo.", "AGREE", "berjanji", None),
    ("Menteri mengapresiasi penerapan tilang elektronik di Jateng.", "SUPPORT", "mengapresiasi", None),
    ("Kedua pihak sepakat di Kairo untuk memperpanjang jeda.", "AGREE", "sepakat", "Kairo"),
    ("Delegasi itu setuju di Doha, Senin, untuk melanjutkan perundingan.", "AGREE", "setuju", "Doha"),
    ("Di Kairo, para mediator menyetujui rancangan itu.", "AGREE", "menyetujui", "Kairo"),
    ("Kapolri menandatangani nota kesepahaman dengan menteri itu di Mabes Polri, Jakarta.", "AGREE",
     "menandatangani nota kesepahaman", "Jakarta"),
    ("Warga melaporkan pengelola koperasi itu ke Polres Boyolali.", "ACCUSE", "melaporkan", "Kabupaten Boyolali"),
])
def test_a_request_offer_or_promise_places_its_object_not_itself(analyzer, finder, text, kind, trigger, expected):
    import datetime
    doc = analyzer.analyze(Document(text=text, published=datetime.date(2025, 3, 3)))
    doc.events = [Event(type=kind, sentence=0, start=0, end=len(text), trigger=trigger)]
    place = finder(doc).events[0].place
    assert (place and place.name) == expected


def test_listed_places_go_to_the_event_with_their_country(analyzer, finder):
    import datetime
    text = "Menteri itu melakukan kunjungan ke Yordania dan Arab Saudi pekan lalu."
    doc = analyzer.analyze(Document(text=text, published=datetime.date(2025, 3, 3)))
    saudi = next(a for a in doc.actors.values() if a.country == "SAU")
    doc.events = [Event(type="CONSULT", sentence=0, start=0, end=len(text), trigger="kunjungan", target=saudi.id),
                  Event(type="CONSULT", sentence=0, start=0, end=len(text), trigger="kunjungan")]
    with_saudi, plain = finder(doc).events
    assert with_saudi.place.name == "Arab Saudi" and plain.place.name == "Yordania"


def test_a_reported_event_takes_no_place_from_where_it_was_reported(analyzer, finder):
    import datetime
    text = "\"Pemerintah kami mendukung rencana itu,\" kata Menteri Luar Negeri Budi Hartono kepada wartawan di Kairo."
    doc = analyzer.analyze(Document(text=text, published=datetime.date(2025, 3, 3)))
    quote = next(q for q in doc.quotes if q.start <= text.index("mendukung") < q.end)
    others = [Event(type="SUPPORT", sentence=0, start=0, end=len(text), trigger="mendukung", source="OTHER"),
              Event(type="SUPPORT", sentence=0, start=0, end=len(text), trigger="mendukung", source=quote.speaker)]
    doc.events = others
    reported, said = finder(doc).events
    assert reported.place is None  # someone else's support, reported in Kairo
    assert said.place is not None and said.place.name == "Kairo"  # the speaker's own statement, made in Kairo


def test_the_coders_location_is_read_where_the_coder_read_it(analyzer, finder):
    import datetime
    text = "Gubernur DKI Jakarta Budi Santoso meminta dinas itu mengkaji temuan soal banjir di Jakarta."
    doc = analyzer.analyze(Document(text=text, published=datetime.date(2025, 3, 3)))
    doc.events = [Event(type="REQUEST", sentence=0, start=0, end=len(text), trigger="meminta", location="Jakarta")]
    # "Jakarta" after "di" is the content's place (after "soal"); the governor's title before the trigger is no place
    assert finder(doc).events[0].place is None


def test_a_person_described_by_a_place_does_not_place_the_event_through_the_coders_location(analyzer, finder):
    import datetime
    text = "Pensiunan yang tumbuh besar di Italia itu ikut berdemo bersama ribuan warga."
    doc = analyzer.analyze(Document(text=text, published=datetime.date(2025, 3, 3)))
    doc.events = [Event(type="PROTEST", sentence=0, start=0, end=len(text), trigger="berdemo", location="Italia")]
    assert finder(doc).events[0].place is None
