"""Issue 17, third sector round: the sector, country and not-an-actor tails of local actors.

- a person's NGO title ("Direktur Eksekutif", "relawan") yields to the known body named in it: a central bank's
  department head is the central bank's (GOV), as the bank's other officials are;
- a civil-society coalition is no party coalition, a watchdog network no crime ring, a student executive board
  no state body;
- an English-named institute with a home member (a person whose name only Indonesians bear, written as its
  researcher or director) and no foreign cue is a home body, at the weakest level;
- a report's English title, an English method or service name, a class of people named in English are no actors;
  a company introduced as a tech giant is a company, not a person.

The sentences are written for these tests; the names in them are invented. Mentions are built as in
tests/test_actors_openworld.py.
"""
from __future__ import annotations

import pytest

from tests.test_actors_openworld import O, P, make_doc, resolver  # noqa: F401  (the resolver fixture)


def judged(resolver, text, names):
    doc = resolver(make_doc(resolver, text, names))
    mention = next(m for m in doc.mentions if m.text == names[0][0])
    return mention, (doc.actors[mention.actor] if mention.actor else None)


# text, mentions (the first is judged), kind, country, sector
CASES = [
    # an NGO title yields to a known state body named in it (Bank Indonesia is GOV in the dictionary)
    ("Direktur Eksekutif Departemen Komunikasi BI Rahmat Sugondo mengatakan uang lama ditarik.", P("Rahmat Sugondo"),
     "person", "IDN", "GOV"),
    ("Direktur Eksekutif Departemen Statistik Bank Indonesia Rahmat Sugondo memaparkan data itu.",
     P("Rahmat Sugondo"), "person", "IDN", "GOV"),
    ("Relawan BPBD Sukamaju Rahmat Sugondo membagikan makanan.", P("Rahmat Sugondo"), "person", "IDN", "GOV"),
    # ... but keeps NGO for a body of no fixed sector or country, and with no body at all
    ("Direktur Eksekutif Lembaga Kajian Nusa Rahmat Sugondo mengkritik rencana itu.", P("Rahmat Sugondo"),
     "person", "IDN", "NGO"),
    ("Direktur Eksekutif Rahmat Sugondo mengkritik rencana itu.", P("Rahmat Sugondo"), "person", "IDN", "NGO"),
    ("Aktivis Rahmat Sugondo mengkritik rencana itu.", P("Rahmat Sugondo"), "person", "IDN", "NGO"),
    # a coach's deputy is a sports title, not a state deputy's ("Deputi" alone is GOV)
    ("Klub itu menunjuk deputi pelatih baru, Marco Bellandi, pekan lalu.", P("Marco Bellandi"), "person", None, "CVL"),
    ("Deputi Bidang Koordinasi Pangan Rahmat Sugondo memimpin rapat.", P("Rahmat Sugondo"), "person", "IDN", "GOV"),
    # civil-society coalitions and networks; party coalitions stay PTY, crime rings CRM
    ("Koalisi Masyarakat Sipil menggelar diskusi dengan polisi.", O("Koalisi Masyarakat Sipil"),
     "organization", "IDN", "NGO"),
    ("Koalisi Pemantau Peradilan Nusantara menyerahkan laporan itu.", O("Koalisi Pemantau Peradilan Nusantara"),
     "organization", "IDN", "NGO"),
    ("Koalisi Nusa Bersatu mengusung pasangan itu dalam pilkada.", O("Koalisi Nusa Bersatu"),
     "organization", "IDN", "PTY"),
    ("Jaringan Pemantau Sekolah Indonesia mengkritik anggaran itu.", O("Jaringan Pemantau Sekolah Indonesia"),
     "organization", "IDN", "NGO"),
    ("Jaringan Advokasi Hutan Nusantara melaporkan tambang itu.", O("Jaringan Advokasi Hutan Nusantara"),
     "organization", None, "NGO"),
    ("Sindikat Kobra Hitam menyelundupkan sabu itu.", O("Sindikat Kobra Hitam"), "organization", None, "CRM"),
    # student bodies of a campus are schools' bodies, not state or legislative bodies
    ("Badan Eksekutif Mahasiswa menggelar aksi di depan gedung dewan.", O("Badan Eksekutif Mahasiswa"),
     "organization", "IDN", "EDU"),
    ("Dewan Perwakilan Mahasiswa Fakultas Hukum menolak rencana itu.",
     O("Dewan Perwakilan Mahasiswa Fakultas Hukum"), "organization", "IDN", "EDU"),
    # a state- or region-owned enterprise written out is a company, not a state body
    ("Badan Usaha Milik Daerah (BUMD) Tirta Sukamaju ikut menyalurkan beras murah.",
     O("Badan Usaha Milik Daerah"), "organization", "IDN", "BUS"),
    # an English-named institute with a home researcher is a home body; with a foreign one it gets no country
    ("Peneliti Institute for Green Energy Studies Dewi Kartikasari menulis bahwa subsidi harus dipangkas.",
     O("Institute for Green Energy Studies") + P("Dewi Kartikasari"), "organization", "IDN", "NGO"),
    ("Dewi Kartikasari, peneliti Institute for Green Energy Studies, menulis bahwa subsidi harus dipangkas.",
     O("Institute for Green Energy Studies") + P("Dewi Kartikasari"), "organization", "IDN", "NGO"),
    # ... also with its short form in brackets and a first name the entities stage left out of the span
    ("Direktur Institute for Green Energy Studies (IGES) Ratna Sri Lestari menilai subsidi harus dipangkas.",
     O("Institute for Green Energy Studies") + P("Sri Lestari"), "organization", "IDN", "NGO"),
    ("Peneliti Institute for Green Energy Studies John Miller menulis bahwa subsidi harus dipangkas.",
     O("Institute for Green Energy Studies") + P("John Miller"), "organization", None, "NGO"),
    # a state hospital written out is the state's, as its short form RSUD is
    ("Rumah Sakit Umum Daerah Sukamaju merawat tiga korban.", O("Rumah Sakit Umum Daerah Sukamaju"),
     "organization", "IDN", "GOV"),
    ("Rumah Sakit Umum Pusat (RSUP) Prof Sukamto merawat tiga korban.", O("Rumah Sakit Umum Pusat"),
     "organization", "IDN", "GOV"),
    # a bus operator introduced as one is a company
    ("Layanan itu hadir lewat kerja sama dengan perusahaan otobus Sinar Lestari.", P("Sinar Lestari"),
     "organization", None, "BUS"),
    # a company introduced as a tech giant is a company
    ("Raksasa teknologi Pomelo meluncurkan ponsel baru pekan ini.", P("Pomelo"), "organization", None, "BUS"),
]


@pytest.mark.parametrize("text,names,kind,country,sector", CASES)
def test_sector_and_country(resolver, text, names, kind, country, sector):
    mention, actor = judged(resolver, text, names)
    assert actor is not None, mention
    assert actor.kind == kind
    if country is not None:
        assert actor.country == country
    elif kind == "organization" and "Institute" in names[0][0]:
        assert actor.country is None
    assert actor.sector == sector


NOT_ACTORS = [
    ("Menurut Second Annual Climate Report, emisi naik tiga persen.", O("Second Annual Climate Report")),
    ("Kemacetan kota itu naik menurut Global Commuter Index terbaru.", O("Global Commuter Index")),
    ("Seleksi peserta memakai Focus Group Discussion pekan lalu.", P("Focus Group Discussion")),
    ("Perusahaan itu menjual layanan Nusa Connect dan Nusa Pass kepada pelanggan.", P("Nusa Connect")),
    ("Imigrasi berhasil mencegah Foreign Terrorist Fighters masuk.", P("Foreign Terrorist Fighters")),
    ("Pemerintah kota mendata Migrant Workers yang pulang kampung.", P("Migrant Workers")),
]

# a plural "Reports" names a publisher as often as a document: not read as a report's title
PUBLISHERS = [("Lembaga konsumen Harbor Reports merilis hasil uji mobil itu.", O("Harbor Reports"))]


@pytest.mark.parametrize("text,names", PUBLISHERS)
def test_plural_reports_is_no_document(resolver, text, names):
    mention, actor = judged(resolver, text, names)
    assert actor is not None and actor.kind == "organization", (mention, actor)


@pytest.mark.parametrize("text,names", NOT_ACTORS)
def test_not_an_actor(resolver, text, names):
    mention, actor = judged(resolver, text, names)
    assert actor is None, (mention, actor)


KEPT = [
    # an English body whose head ends the name stays a body, also with a thing word inside
    ("Satgas itu membentuk Nusa Anti Scam Center untuk menangani penipuan.", P("Anti Scam Center")),
    ("Data dari Harbor Air Quality Initiative menunjukkan polusi naik.", P("Air Quality Initiative")),
]


@pytest.mark.parametrize("text,names", KEPT)
def test_english_bodies_kept(resolver, text, names):
    mention, actor = judged(resolver, text, names)
    assert actor is not None and actor.kind == "organization", (mention, actor)
