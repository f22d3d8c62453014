"""Trigger vocabulary (issue 18): one sentence written for the project per trigger word.

Legal process, party and state discipline, apologies, appreciation, cancelled decisions,
demands and proposals handed over, and the kinds of event that make up ceasefire talks
(acceptances, rejections, drafts delivered by mediators, threats, delegations called home,
talks through mediators). Names and places are invented.

Each row names the trigger word it exercises, so the table doubles as a check that every
listed word is in `resources/id/triggers.yaml` and is what codes the event. The documents are
built by hand (sentence, mentions already resolved) so that the rows test the lexicon and the
coder, not upstream tagging.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.documents import longest_names, one_sentence
from linimasa.document import Actor, Document, Mention
from linimasa.events.coder import EventCoder
from linimasa.resources import Resources

PUBLISHED = date(2025, 3, 14)

ACTORS = {
    "KPK": Actor("KPK", "Komisi Pemberantasan Korupsi", "organization", "IDN", "JUD"),
    "POLRES": Actor("POLRES", "Polres Sukamaju", "organization", "IDN", "COP"),
    "KEJARI": Actor("KEJARI", "Kejaksaan Negeri Sukamaju", "organization", "IDN", "JUD"),
    "PT": Actor("PT", "Pengadilan Tinggi Sukamaju", "organization", "IDN", "JUD"),
    "PARTAI": Actor("PARTAI", "Partai Maju Bersama", "organization", "IDN", "PTY"),
    "DPRD": Actor("DPRD", "DPRD Sukamaju", "organization", "IDN", "LEG"),
    "KEMENDAGRI": Actor("KEMENDAGRI", "Kementerian Dalam Negeri", "organization", "IDN", "GOV"),
    "ANDI": Actor("ANDI", "Andi Wirawan", "person", "IDN", "LEG"),
    "RINA": Actor("RINA", "Rina Kusuma", "person", "IDN", "CVL"),
    "DODI": Actor("DODI", "Dodi Hartono", "person", "IDN", "BUS"),
    "BUPATI": Actor("BUPATI", "Bupati Sukamaju", "person", "IDN", "GOV"),
    "GUBERNUR": Actor("GUBERNUR", "Gubernur Nusa Kencana", "person", "IDN", "GOV"),
    "WARGA": Actor("WARGA", "warga Sukamaju", "group", "IDN", "CVL"),
    "HAMAS": Actor("HAMAS", "Hamas", "group", "PSE", "REB"),
    "ISR": Actor("ISR", "Israel", "country", "ISR", "GOV"),
    "QAT": Actor("QAT", "Qatar", "country", "QAT", "GOV"),
    "EGY": Actor("EGY", "Mesir", "country", "EGY", "GOV"),
    "USA": Actor("USA", "Amerika Serikat", "country", "USA", "GOV"),
}
NAMES = {
    "KPK": "KPK", "Polres Sukamaju": "POLRES", "Kejari Sukamaju": "KEJARI",
    "Pengadilan Tinggi Sukamaju": "PT", "Partai Maju Bersama": "PARTAI", "DPRD Sukamaju": "DPRD",
    "Kemendagri": "KEMENDAGRI", "Andi Wirawan": "ANDI", "Rina Kusuma": "RINA", "Dodi Hartono": "DODI",
    "Bupati Sukamaju": "BUPATI", "Gubernur Nusa Kencana": "GUBERNUR", "warga Sukamaju": "WARGA",
    "Warga Sukamaju": "WARGA", "Hamas": "HAMAS", "Israel": "ISR", "Qatar": "QAT", "Mesir": "EGY", "AS": "USA",
}
TYPES = {"ANDI": "PER", "RINA": "PER", "DODI": "PER", "BUPATI": "PER", "GUBERNUR": "PER", "WARGA": "NORP",
         "ISR": "GPE", "QAT": "GPE", "EGY": "GPE", "USA": "GPE"}


def build(text: str) -> Document:
    """A one-sentence document with every name of NAMES found in it (longest first)."""
    doc = one_sentence(text, PUBLISHED)
    for found, name in longest_names(text, NAMES):
        actor = NAMES[name]
        doc.mentions.append(Mention(0, found.start(), found.end(), name, TYPES.get(actor, "ORG"), actor))
    doc.actors = {m.actor: ACTORS[m.actor] for m in doc.mentions}
    return doc


@pytest.fixture(scope="module")
def coder():
    return EventCoder(Resources())


# (trigger word as listed, sentence, expected (type, source, target) of the events it codes)
VOCABULARY = [
    # ---- legal process: arrest and detention (COERCE arrest)
    ("ditahan", "Andi Wirawan ditahan KPK selama dua puluh hari pertama.", {("COERCE", "KPK", "ANDI")}),
    ("diamankan", "Dodi Hartono diamankan Polres Sukamaju di rumahnya pada Senin malam.", {("COERCE", "POLRES", "DODI")}),
    ("melakukan penahanan", "KPK melakukan penahanan terhadap Andi Wirawan di rumah tahanan.", {("COERCE", "KPK", "ANDI")}),
    ("melakukan penangkapan", "Polres Sukamaju melakukan penangkapan terhadap Dodi Hartono.", {("COERCE", "POLRES", "DODI")}),
    ("dijebloskan ke penjara", "Dodi Hartono dijebloskan ke penjara oleh Kejari Sukamaju.", {("COERCE", "KEJARI", "DODI")}),
    ("dijebloskan ke tahanan", "Rina Kusuma dijebloskan ke tahanan oleh Polres Sukamaju.", {("COERCE", "POLRES", "RINA")}),
    ("terjaring operasi tangkap tangan", "Bupati Sukamaju terjaring operasi tangkap tangan KPK di sebuah hotel.",
     {("COERCE", "KPK", "BUPATI")}),
    ("terjaring OTT", "Andi Wirawan terjaring OTT KPK bersama dua ajudannya.", {("COERCE", "KPK", "ANDI")}),
    ("menahan tersangka", "KPK menahan tersangka Andi Wirawan seusai diperiksa.", {("COERCE", "KPK", "ANDI")}),
    ("menangkap tangan", "KPK menangkap tangan Bupati Sukamaju di rumah dinasnya.", {("COERCE", "KPK", "BUPATI")}),
    ("menetapkan keadaan darurat", "Gubernur Nusa Kencana menetapkan keadaan darurat di seluruh provinsi.",
     {("COERCE", "GUBERNUR", None)}),
    ("mengumumkan keadaan darurat", "Bupati Sukamaju mengumumkan keadaan darurat banjir.", {("COERCE", "BUPATI", None)}),
    ("memberlakukan keadaan darurat", "Gubernur Nusa Kencana memberlakukan keadaan darurat selama dua pekan.",
     {("COERCE", "GUBERNUR", None)}),
    ("memberlakukan darurat militer", "Israel memberlakukan darurat militer di wilayah perbatasan.", {("COERCE", "ISR", None)}),
    # ---- legal process: suspects, examinations, trials (ACCUSE investigate)
    ("menetapkan", "KPK menetapkan Bupati Sukamaju sebagai tersangka kasus suap.", {("ACCUSE", "KPK", "BUPATI")}),
    ("menetapkan", "Kejari Sukamaju menetapkan Dodi Hartono tersangka korupsi dana desa.", {("ACCUSE", "KEJARI", "DODI")}),
    ("melakukan penyelidikan", "Kejari Sukamaju melakukan penyelidikan terhadap Dodi Hartono.", {("ACCUSE", "KEJARI", "DODI")}),
    ("melakukan penyidikan", "KPK melakukan penyidikan terhadap Andi Wirawan sejak bulan lalu.", {("ACCUSE", "KPK", "ANDI")}),
    ("melakukan pemeriksaan", "KPK melakukan pemeriksaan terhadap Rina Kusuma sebagai saksi.", {("ACCUSE", "KPK", "RINA")}),
    ("dimintai keterangan", "Rina Kusuma dimintai keterangan oleh Polres Sukamaju.", {("ACCUSE", "POLRES", "RINA")}),
    ("menjalani pemeriksaan", "Andi Wirawan menjalani pemeriksaan oleh penyidik KPK.", {("ACCUSE", "KPK", "ANDI")}),
    ("diadili", "Dodi Hartono diadili Pengadilan Tinggi Sukamaju dalam perkara penipuan.", {("ACCUSE", "PT", "DODI")}),
    ("mengadili", "Pengadilan Tinggi Sukamaju mengadili Dodi Hartono dalam perkara penipuan.", {("ACCUSE", "PT", "DODI")}),
    ("menuntut hukuman", "Kejari Sukamaju menuntut hukuman tujuh tahun penjara terhadap Dodi Hartono.",
     {("ACCUSE", "KEJARI", "DODI")}),
    # ---- legal process: complaints and lawsuits (ACCUSE allege)
    ("melaporkan", "Rina Kusuma melaporkan Dodi Hartono ke polisi atas dugaan penipuan.", {("ACCUSE", "RINA", "DODI")}),
    ("melaporkan", "Partai Maju Bersama melaporkan Andi Wirawan ke Bawaslu karena politik uang.", {("ACCUSE", "PARTAI", "ANDI")}),
    ("mengadukan", "Rina Kusuma mengadukan Bupati Sukamaju ke Ombudsman.", {("ACCUSE", "RINA", "BUPATI")}),
    ("membuat laporan polisi", "Dodi Hartono membuat laporan polisi terhadap Rina Kusuma.", {("ACCUSE", "DODI", "RINA")}),
    ("melapor ke polisi", "Rina Kusuma melapor ke polisi pada Selasa pagi.", {("ACCUSE", "RINA", None)}),
    ("mengajukan gugatan", "Partai Maju Bersama mengajukan gugatan terhadap Bupati Sukamaju.", {("ACCUSE", "PARTAI", "BUPATI")}),
    ("diadukan", "Bupati Sukamaju diadukan oleh Rina Kusuma.", {("ACCUSE", "RINA", "BUPATI")}),
    ("digugat", "DPRD Sukamaju digugat oleh Partai Maju Bersama.", {("ACCUSE", "PARTAI", "DPRD")}),
    ("gugatan", "Gugatan Partai Maju Bersama terhadap DPRD Sukamaju mulai disidangkan.", {("ACCUSE", "PARTAI", "DPRD")}),
    # ---- reprimands and criticism (ACCUSE disapprove)
    ("menegur", "Gubernur Nusa Kencana menegur Bupati Sukamaju karena lambat menyalurkan bantuan.",
     {("ACCUSE", "GUBERNUR", "BUPATI")}),
    ("teguran", "Kemendagri memberi teguran kepada Bupati Sukamaju.", {("ACCUSE", "KEMENDAGRI", "BUPATI")}),
    ("menyesalkan", "Rina Kusuma menyesalkan sikap DPRD Sukamaju.", {("ACCUSE", "RINA", "DPRD")}),
    ("memprotes", "Partai Maju Bersama memprotes Gubernur Nusa Kencana di depan kantornya.",
     {("ACCUSE", "PARTAI", "GUBERNUR")}),
    ("kritik", "Rina Kusuma melontarkan kritik terhadap Gubernur Nusa Kencana.", {("ACCUSE", "RINA", "GUBERNUR")}),
    ("kritikan", "Partai Maju Bersama menyampaikan kritikan kepada DPRD Sukamaju.", {("ACCUSE", "PARTAI", "DPRD")}),
    # ---- party and state discipline (SANCTION expel)
    ("memecat", "Partai Maju Bersama memecat Dodi Hartono dari keanggotaan partai.", {("SANCTION", "PARTAI", "DODI")}),
    ("menonaktifkan", "Partai Maju Bersama menonaktifkan Andi Wirawan sebagai anggota fraksi.", {("SANCTION", "PARTAI", "ANDI")}),
    ("dinonaktifkan", "Andi Wirawan dinonaktifkan oleh Partai Maju Bersama.", {("SANCTION", "PARTAI", "ANDI")}),
    ("mencopot", "Gubernur Nusa Kencana mencopot Dodi Hartono dari jabatan kepala dinas.", {("SANCTION", "GUBERNUR", "DODI")}),
    ("dicopot", "Dodi Hartono dicopot Gubernur Nusa Kencana dari jabatannya.", {("SANCTION", "GUBERNUR", "DODI")}),
    ("memberhentikan", "Bupati Sukamaju memberhentikan Rina Kusuma dari jabatan camat.", {("SANCTION", "BUPATI", "RINA")}),
    ("memberhentikan sementara", "Bupati Sukamaju memberhentikan sementara Rina Kusuma dari jabatan camat.",
     {("SANCTION", "BUPATI", "RINA")}),
    ("diberhentikan", "Rina Kusuma diberhentikan oleh Bupati Sukamaju.", {("SANCTION", "BUPATI", "RINA")}),
    ("diberhentikan sementara", "Rina Kusuma diberhentikan sementara oleh Bupati Sukamaju.", {("SANCTION", "BUPATI", "RINA")}),
    ("dipecat", "Dodi Hartono dipecat Partai Maju Bersama pekan lalu.", {("SANCTION", "PARTAI", "DODI")}),
    ("dikeluarkan dari partai", "Andi Wirawan dikeluarkan dari partai oleh Partai Maju Bersama.", {("SANCTION", "PARTAI", "ANDI")}),
    ("dijatuhi sanksi", "Dodi Hartono dijatuhi sanksi oleh Partai Maju Bersama.", {("SANCTION", "PARTAI", "DODI")}),
    # suspended memberships and accounts are no discipline: "dinonaktifkan" needs a named target
    ("dinonaktifkan", "Ribuan kartu peserta asuransi dinonaktifkan oleh Kemendagri.", set()),
    ("menonaktifkan", "Kemendagri menonaktifkan ribuan nomor induk ganda.", set()),
    # ---- sentencing (SANCTION convict)
    ("menjatuhkan pidana", "Pengadilan Tinggi Sukamaju menjatuhkan pidana lima tahun penjara kepada Dodi Hartono.",
     {("SANCTION", "PT", "DODI")}),
    ("menghukum", "Pengadilan Tinggi Sukamaju menghukum Dodi Hartono enam tahun penjara.", {("SANCTION", "PT", "DODI")}),
    ("menjatuhkan vonis kepada", "Pengadilan Tinggi Sukamaju menjatuhkan vonis kepada Dodi Hartono.", {("SANCTION", "PT", "DODI")}),
    ("menjatuhkan hukuman kepada", "Pengadilan Tinggi Sukamaju menjatuhkan hukuman kepada Andi Wirawan.",
     {("SANCTION", "PT", "ANDI")}),
    ("dijatuhi vonis", "Dodi Hartono dijatuhi vonis oleh Pengadilan Tinggi Sukamaju.", {("SANCTION", "PT", "DODI")}),
    ("dijatuhi pidana", "Andi Wirawan dijatuhi pidana oleh Pengadilan Tinggi Sukamaju.", {("SANCTION", "PT", "ANDI")}),
    # ---- appeals rejected (REJECT)
    ("ditolak", "Banding Dodi Hartono ditolak oleh Pengadilan Tinggi Sukamaju.", {("REJECT", "PT", "DODI")}),
    ("penolakan", "Penolakan Israel terhadap Hamas memperpanjang perang.", {("REJECT", "ISR", "HAMAS")}),
    # ---- delegations and envoys called home, tariffs (SANCTION)
    ("menarik delegasi", "Israel menarik delegasi dari Qatar setelah perundingan buntu.", {("SANCTION", "ISR", None)}),
    ("menarik delegasinya", "Hamas menarik delegasinya dari perundingan dengan Israel pada Kamis.", {("SANCTION", "HAMAS", "ISR")}),
    ("menarik pulang delegasi", "Israel menarik pulang delegasi perundingnya dari Qatar.", {("SANCTION", "ISR", None)}),
    ("memanggil pulang delegasi", "Israel memanggil pulang delegasi dari Qatar.", {("SANCTION", "ISR", None)}),
    ("menarik tim perunding", "Israel menarik tim perunding dari Qatar.", {("SANCTION", "ISR", None)}),
    ("menarik tim negosiasi", "Hamas menarik tim negosiasi dari Mesir.", {("SANCTION", "HAMAS", None)}),
    ("memanggil pulang tim negosiasi", "Israel memanggil pulang tim negosiasi dari Qatar.", {("SANCTION", "ISR", None)}),
    ("menarik duta besar", "Mesir menarik duta besar dari Israel.", {("SANCTION", "EGY", "ISR")}),
    ("menarik duta besarnya", "Mesir menarik duta besarnya dari Israel.", {("SANCTION", "EGY", "ISR")}),
    ("memanggil pulang duta besar", "Qatar memanggil pulang duta besar dari Israel.", {("SANCTION", "QAT", "ISR")}),
    ("memanggil pulang duta besarnya", "Qatar memanggil pulang duta besarnya dari Israel.", {("SANCTION", "QAT", "ISR")}),
    ("menarik kembali delegasi", "Israel menarik kembali delegasi dari Qatar.", {("SANCTION", "ISR", None)}),
    ("mengenakan tarif", "AS mengenakan tarif tambahan terhadap Mesir.", {("SANCTION", "USA", "EGY")}),
    ("memberlakukan tarif", "AS memberlakukan tarif baru terhadap Qatar.", {("SANCTION", "USA", "QAT")}),
    ("menetapkan tarif", "AS menetapkan tarif baru terhadap Mesir.", {("SANCTION", "USA", "EGY")}),
    # ---- apologies and cancelled decisions (CONCEDE)
    ("mohon maaf", "Andi Wirawan mohon maaf kepada warga Sukamaju atas ucapannya.", {("CONCEDE", "ANDI", "WARGA")}),
    ("minta maaf", "Bupati Sukamaju minta maaf kepada DPRD Sukamaju atas banjir itu.", {("CONCEDE", "BUPATI", "DPRD")}),
    ("menyampaikan permohonan maaf", "Gubernur Nusa Kencana menyampaikan permohonan maaf kepada warga Sukamaju.",
     {("CONCEDE", "GUBERNUR", "WARGA")}),
    ("menyampaikan permintaan maaf", "Andi Wirawan menyampaikan permintaan maaf kepada Partai Maju Bersama.",
     {("CONCEDE", "ANDI", "PARTAI")}),
    # "atas" names what the apology is for, not whom it is to
    ("menyampaikan permohonan maaf", "Bupati Sukamaju menyampaikan permohonan maaf atas sikap DPRD Sukamaju.",
     {("CONCEDE", "BUPATI", None)}),
    ("membatalkan kebijakan", "Kemendagri membatalkan kebijakan pemotongan anggaran desa.", {("CONCEDE", "KEMENDAGRI", None)}),
    ("mencabut kebijakan", "Bupati Sukamaju mencabut kebijakan jam malam bagi pelajar.", {("CONCEDE", "BUPATI", None)}),
    ("membatalkan aturan", "Gubernur Nusa Kencana membatalkan aturan ganjil genap.", {("CONCEDE", "GUBERNUR", None)}),
    ("mencabut aturan", "DPRD Sukamaju mencabut aturan retribusi pasar.", {("CONCEDE", "DPRD", None)}),
    ("membatalkan surat keputusan", "Bupati Sukamaju membatalkan surat keputusan mutasi guru.", {("CONCEDE", "BUPATI", None)}),
    ("menganulir keputusan", "Bupati Sukamaju menganulir keputusan mutasi guru.", {("CONCEDE", "BUPATI", None)}),
    # ---- appreciation (SUPPORT)
    ("memberikan apresiasi", "Gubernur Nusa Kencana memberikan apresiasi kepada Polres Sukamaju.",
     {("SUPPORT", "GUBERNUR", "POLRES")}),
    ("memberi apresiasi", "Bupati Sukamaju memberi apresiasi kepada warga Sukamaju.", {("SUPPORT", "BUPATI", "WARGA")}),
    ("menyampaikan apresiasi", "Hamas menyampaikan apresiasi kepada Qatar.", {("SUPPORT", "HAMAS", "QAT")}),
    ("mengucapkan apresiasi", "Hamas mengucapkan apresiasi kepada Qatar dan Mesir.", {("SUPPORT", "HAMAS", "QAT"), ("SUPPORT", "HAMAS", "EGY")}),
    ("berterima kasih", "Israel berterima kasih atas bantuan Mesir.", {("SUPPORT", "ISR", "EGY")}),
    ("menyambut positif", "Hamas menyambut positif usulan Mesir.", {("SUPPORT", "HAMAS", "EGY")}),
    # ---- acceptances and agreements (AGREE)
    # the drafter named inside the object is the one whose offer is accepted (the clause analysis's inner agent)
    ("menerima rencana", "Hamas menerima rencana perdamaian yang disusun Mesir.", {("AGREE", "HAMAS", "EGY")}),
    ("menerima draf", "Israel akhirnya menerima draf kesepakatan itu.", {("AGREE", "ISR", None)}),
    ("menerima kerangka", "Hamas menerima kerangka gencatan senjata pada Rabu.", {("AGREE", "HAMAS", None)}),
    ("menerima syarat", "Israel menerima syarat pertukaran tahanan.", {("AGREE", "ISR", None)}),
    ("menerima persyaratan", "Hamas menerima persyaratan yang diajukan Qatar.", {("AGREE", "HAMAS", None)}),
    ("menyatakan setuju", "Israel menyatakan setuju dengan Mesir soal jadwal pertukaran.", {("AGREE", "ISR", "EGY")}),
    ("setuju", "Hamas setuju dengan Qatar soal tahap pertama.", {("AGREE", "HAMAS", "QAT")}),
    ("meneken kesepakatan", "Gubernur Nusa Kencana meneken kesepakatan dengan Bupati Sukamaju.", {("AGREE", "GUBERNUR", "BUPATI")}),
    ("meneken perjanjian", "Mesir meneken perjanjian dengan Qatar.", {("AGREE", "EGY", "QAT")}),
    ("meneken nota kesepahaman", "Kemendagri meneken nota kesepahaman dengan DPRD Sukamaju.", {("AGREE", "KEMENDAGRI", "DPRD")}),
    ("menandatangani nota kesepahaman", "Bupati Sukamaju menandatangani nota kesepahaman dengan KPK.", {("AGREE", "BUPATI", "KPK")}),
    # ---- proposals and drafts handed over, by a party or a mediator (AGREE: an offer)
    ("mengajukan usulan", "Hamas mengajukan usulan gencatan senjata kepada Israel.", {("AGREE", "HAMAS", "ISR")}),
    ("mengajukan proposal", "Israel mengajukan proposal baru kepada Hamas.", {("AGREE", "ISR", "HAMAS")}),
    ("mengajukan tawaran", "Mesir mengajukan tawaran kepada Hamas.", {("AGREE", "EGY", "HAMAS")}),
    ("menyampaikan usulan", "Qatar menyampaikan usulan kepada Israel.", {("AGREE", "QAT", "ISR")}),
    ("menyampaikan proposal", "Mesir menyampaikan proposal kepada Hamas.", {("AGREE", "EGY", "HAMAS")}),
    ("menyerahkan usulan", "Partai Maju Bersama menyerahkan usulan kepada DPRD Sukamaju.", {("AGREE", "PARTAI", "DPRD")}),
    ("menyerahkan proposal", "Qatar menyerahkan proposal kepada Hamas.", {("AGREE", "QAT", "HAMAS")}),
    ("menyerahkan draf", "Qatar dan Mesir menyerahkan draf kesepakatan kepada Israel dan Hamas.",
     {("AGREE", "QAT", "ISR"), ("AGREE", "QAT", "HAMAS"), ("AGREE", "EGY", "ISR"), ("AGREE", "EGY", "HAMAS")}),
    ("menyampaikan draf", "Mesir menyampaikan draf akhir kepada Israel.", {("AGREE", "EGY", "ISR")}),
    ("menyerahkan rancangan", "Qatar menyerahkan rancangan kesepakatan kepada Hamas.", {("AGREE", "QAT", "HAMAS")}),
    ("menyodorkan usulan", "AS menyodorkan usulan kepada Israel.", {("AGREE", "USA", "ISR")}),
    ("menyodorkan proposal", "AS menyodorkan proposal kepada Hamas.", {("AGREE", "USA", "HAMAS")}),
    ("menawarkan", "Mesir menawarkan gencatan senjata tiga hari kepada Hamas.", {("AGREE", "EGY", "HAMAS")}),
    # ---- demands handed over, reminders and invitations to act (REQUEST)
    ("mengingatkan", "Gubernur Nusa Kencana mengingatkan Bupati Sukamaju agar segera menyalurkan bantuan.",
     {("REQUEST", "GUBERNUR", "BUPATI")}),
    ("mengajak", "Rina Kusuma mengajak DPRD Sukamaju untuk mengawasi anggaran.", {("REQUEST", "RINA", "DPRD")}),
    ("menyerahkan tuntutan", "Partai Maju Bersama menyerahkan tuntutan kepada DPRD Sukamaju.", {("REQUEST", "PARTAI", "DPRD")}),
    ("menyampaikan tuntutan", "Warga Sukamaju menyampaikan tuntutan kepada Bupati Sukamaju.", {("REQUEST", "WARGA", "BUPATI")}),
    ("mengajukan tuntutan", "Hamas mengajukan tuntutan kepada Israel.", {("REQUEST", "HAMAS", "ISR")}),
    ("membawa tuntutan", "Warga Sukamaju membawa tuntutan ke DPRD Sukamaju.", {("REQUEST", "WARGA", "DPRD")}),
    ("menyampaikan aspirasi", "Warga Sukamaju menyampaikan aspirasi kepada DPRD Sukamaju.", {("REQUEST", "WARGA", "DPRD")}),
    ("menyerahkan petisi", "Rina Kusuma menyerahkan petisi kepada Bupati Sukamaju.", {("REQUEST", "RINA", "BUPATI")}),
    ("mengajukan permohonan", "Dodi Hartono mengajukan permohonan kepada Pengadilan Tinggi Sukamaju.", {("REQUEST", "DODI", "PT")}),
    ("imbauan", "Polres Sukamaju mengeluarkan imbauan kepada warga Sukamaju.", {("REQUEST", "POLRES", "WARGA")}),
    # ---- talks, including talks through mediators (CONSULT)
    ("berunding", "Israel dan Hamas berunding di Kairo.", {("CONSULT", "ISR", "HAMAS")}),
    ("bernegosiasi", "Israel dan Hamas bernegosiasi selama tiga hari.", {("CONSULT", "ISR", "HAMAS")}),
    ("bernegosiasi dengan", "Israel bernegosiasi dengan Hamas.", {("CONSULT", "ISR", "HAMAS")}),
    ("ketemu", "Bupati Sukamaju dan Gubernur Nusa Kencana ketemu di Semarang.", {("CONSULT", "BUPATI", "GUBERNUR")}),
    ("ketemu dengan", "Bupati Sukamaju ketemu dengan Gubernur Nusa Kencana di Semarang.", {("CONSULT", "BUPATI", "GUBERNUR")}),
    ("audiensi", "Warga Sukamaju melakukan audiensi dengan DPRD Sukamaju.", {("CONSULT", "WARGA", "DPRD")}),
    ("menerima kunjungan", "Gubernur Nusa Kencana menerima kunjungan Bupati Sukamaju di kantornya.",
     {("CONSULT", "BUPATI", "GUBERNUR")}),
    ("menerima kunjungan kehormatan", "Gubernur Nusa Kencana menerima kunjungan kehormatan Bupati Sukamaju.",
     {("CONSULT", "BUPATI", "GUBERNUR")}),
    # ---- deadlines, challenges and amendments sought (REQUEST)
    ("memberi waktu", "AS memberi waktu kepada Hamas hingga Minggu untuk menjawab usulan itu.", {("REQUEST", "USA", "HAMAS")}),
    ("memberikan waktu", "Bupati Sukamaju memberikan waktu kepada Dodi Hartono sepekan untuk melunasi utang.",
     {("REQUEST", "BUPATI", "DODI")}),
    ("memberi tenggat", "Israel memberi tenggat kepada Hamas untuk menjawab.", {("REQUEST", "ISR", "HAMAS")}),
    ("memberikan tenggat", "Mesir memberikan tenggat kepada Hamas untuk menyerahkan daftar nama.", {("REQUEST", "EGY", "HAMAS")}),
    ("memberi tenggat waktu", "Qatar memberi tenggat waktu kepada Israel untuk menjawab.", {("REQUEST", "QAT", "ISR")}),
    ("memberikan tenggat waktu", "AS memberikan tenggat waktu kepada Israel untuk menjawab.", {("REQUEST", "USA", "ISR")}),
    ("menantang", "Rina Kusuma menantang Bupati Sukamaju untuk membuka data anggaran.", {("REQUEST", "RINA", "BUPATI")}),
    ("mohon", "Rina Kusuma mohon Kemendagri meninjau ulang aturan itu.", {("REQUEST", "RINA", "KEMENDAGRI")}),
    ("minta", "Warga Sukamaju minta Polres Sukamaju mengusut kasus itu.", {("REQUEST", "WARGA", "POLRES")}),
    ("tantang", "Dodi Hartono: Saya tantang Bupati Sukamaju untuk debat terbuka.", {("REQUEST", "DODI", "BUPATI")}),
    ("mengubah usulan", "Hamas berusaha mengubah usulan yang diajukan Mesir.", {("REQUEST", "HAMAS", None)}),
    ("mengubah proposal", "Israel ingin mengubah proposal dari Qatar.", {("REQUEST", "ISR", None)}),
    ("merevisi usulan", "Hamas merevisi usulan gencatan senjata.", {("REQUEST", "HAMAS", None)}),
    ("merevisi proposal", "Israel merevisi proposal pertukaran tahanan.", {("REQUEST", "ISR", None)}),
    ("meminta perubahan", "Hamas meminta perubahan pada jadwal penarikan pasukan.", {("REQUEST", "HAMAS", None)}),
    ("mengajukan perubahan", "Israel mengajukan perubahan kepada Mesir.", {("REQUEST", "ISR", "EGY")}),
    ("mengajukan amandemen", "Hamas mengajukan amandemen kepada Qatar.", {("REQUEST", "HAMAS", "QAT")}),
    # ---- captives handed over (RETREAT)
    ("menyerahkan", "Hamas menyerahkan tiga sandera kepada Palang Merah.", {("RETREAT", "HAMAS", None)}),
    ("melepaskan", "Israel melepaskan sembilan puluh tahanan pada Minggu malam.", {("RETREAT", "ISR", None)}),
    # ---- disputes (ACCUSE), spoken support (SUPPORT), protests (PROTEST)
    ("berselisih dengan", "Rina Kusuma berselisih dengan Bupati Sukamaju soal anggaran.", {("ACCUSE", "RINA", "BUPATI")}),
    ("berseteru dengan", "Partai Maju Bersama berseteru dengan DPRD Sukamaju.", {("ACCUSE", "PARTAI", "DPRD")}),
    ("bersitegang dengan", "Israel bersitegang dengan Mesir soal perbatasan.", {("ACCUSE", "ISR", "EGY")}),
    ("dukung", "Partai Maju Bersama dukung Bupati Sukamaju maju kembali.", {("SUPPORT", "PARTAI", "BUPATI")}),
    ("turun ke jalanan", "Warga Sukamaju turun ke jalanan menolak kenaikan pajak.", {("PROTEST", "WARGA", None)}),
    # ---- arrests announced, killings and shootings after their light verb, crowd control (COERCE, ASSAULT)
    ("mengumumkan penahanan", "KPK mengumumkan penahanan terhadap Andi Wirawan.", {("COERCE", "KPK", "ANDI")}),
    ("mengumumkan penangkapan", "Polres Sukamaju mengumumkan penangkapan terhadap Dodi Hartono.", {("COERCE", "POLRES", "DODI")}),
    ("melakukan penyerangan", "Israel melakukan penyerangan terhadap Hamas di Gaza.", {("ASSAULT", "ISR", "HAMAS")}),
    ("melakukan pembunuhan", "Hamas melakukan pembunuhan terhadap warga Sukamaju.", {("ASSAULT", "HAMAS", "WARGA")}),
    ("melakukan penembakan", "Israel melakukan penembakan terhadap Hamas.", {("ASSAULT", "ISR", "HAMAS")}),
    ("melakukan pengeboman", "Israel melakukan pengeboman terhadap Hamas.", {("ASSAULT", "ISR", "HAMAS")}),
    ("melakukan genosida", "Israel melakukan genosida terhadap Hamas dan warga sipil.", {("ASSAULT", "ISR", "HAMAS"), ("ASSAULT", "ISR", "PSE.CVL")}),
    ("membunuhi", "Israel membunuhi warga Sukamaju.", {("ASSAULT", "ISR", "WARGA")}),
    ("menembakkan", "Israel menembakkan rudal ke Qatar.", {("ASSAULT", "ISR", "QAT")}),
    ("melepaskan tembakan", "Israel melepaskan tembakan ke arah Hamas.", {("ASSAULT", "ISR", "HAMAS")}),
    ("menembakkan gas air mata", "Polres Sukamaju menembakkan gas air mata ke arah warga Sukamaju.", {("ASSAULT", "POLRES", "WARGA")}),
    ("melepaskan gas air mata", "Polres Sukamaju melepaskan gas air mata kepada warga Sukamaju.", {("ASSAULT", "POLRES", "WARGA")}),
    ("menyemprotkan gas air mata", "Polres Sukamaju menyemprotkan gas air mata terhadap warga Sukamaju.",
     {("ASSAULT", "POLRES", "WARGA")}),
    ("menembakkan peluru karet", "Polres Sukamaju menembakkan peluru karet ke arah warga Sukamaju.", {("ASSAULT", "POLRES", "WARGA")}),
    ("melempari", "Warga Sukamaju melempari Polres Sukamaju dengan batu.", {("ASSAULT", "WARGA", "POLRES")}),
    ("melemparkan batu", "Warga Sukamaju melemparkan batu ke Polres Sukamaju.", {("ASSAULT", "WARGA", "POLRES")}),
    ("melempar batu", "Warga Sukamaju melempar batu ke Polres Sukamaju.", {("ASSAULT", "WARGA", "POLRES")}),
    # ---- pressure for an outcome (REQUEST), disappointment voiced (ACCUSE)
    ("meningkatkan tekanan", "AS meningkatkan tekanan pada Israel untuk menerima usulan itu.", {("REQUEST", "USA", "ISR")}),
    ("meningkatkan tekanannya", "Qatar meningkatkan tekanannya kepada Hamas agar segera menjawab.", {("REQUEST", "QAT", "HAMAS")}),
    ("memberikan tekanan", "Mesir memberikan tekanan kepada Hamas untuk melepaskan sandera.", {("REQUEST", "EGY", "HAMAS")}),
    ("memberi tekanan", "AS memberi tekanan terhadap Israel supaya membuka perbatasan.", {("REQUEST", "USA", "ISR")}),
    ("menambah tekanan", "Qatar menambah tekanan pada Israel untuk kembali berunding.", {("REQUEST", "QAT", "ISR")}),
    ("memperbesar tekanan", "AS memperbesar tekanan pada Hamas untuk menerima kerangka itu.", {("REQUEST", "USA", "HAMAS")}),
    ("kecewa atas", "Qatar kecewa atas serangan Israel di Doha.", {("ACCUSE", "QAT", "ISR")}),
    ("kecewa dengan", "Rina Kusuma kecewa dengan Bupati Sukamaju.", {("ACCUSE", "RINA", "BUPATI")}),
    ("kecewa terhadap", "Partai Maju Bersama kecewa terhadap DPRD Sukamaju.", {("ACCUSE", "PARTAI", "DPRD")}),
    ("menyatakan kekecewaan", "Mesir menyatakan kekecewaan terhadap Israel.", {("ACCUSE", "EGY", "ISR")}),
    ("menyampaikan kekecewaan", "Warga Sukamaju menyampaikan kekecewaan kepada Bupati Sukamaju.", {("ACCUSE", "WARGA", "BUPATI")}),
    ("menyatakan kekecewaannya", "Qatar menyatakan kekecewaannya terhadap Israel.", {("ACCUSE", "QAT", "ISR")}),
    ("menyampaikan kekecewaannya", "Hamas menyampaikan kekecewaannya kepada Mesir.", {("ACCUSE", "HAMAS", "EGY")}),
    # ---- meetings and coordination (CONSULT, COOPERATE)
    ("rapat dengan", "Bupati Sukamaju rapat dengan DPRD Sukamaju membahas anggaran banjir.", {("CONSULT", "BUPATI", "DPRD")}),
    ("rapat bersama", "Kemendagri rapat bersama DPRD Sukamaju pada Selasa.", {("CONSULT", "KEMENDAGRI", "DPRD")}),
    ("rapat kerja dengan", "KPK rapat kerja dengan DPRD Sukamaju.", {("CONSULT", "KPK", "DPRD")}),
    ("rapat kerja bersama", "Kemendagri rapat kerja bersama DPRD Sukamaju.", {("CONSULT", "KEMENDAGRI", "DPRD")}),
    ("menggelar rapat dengan", "Gubernur Nusa Kencana menggelar rapat dengan Bupati Sukamaju.", {("CONSULT", "GUBERNUR", "BUPATI")}),
    ("menggelar rapat bersama", "Bupati Sukamaju menggelar rapat bersama Polres Sukamaju.", {("CONSULT", "BUPATI", "POLRES")}),
    ("membahas", "Gubernur Nusa Kencana membahas harga beras dengan Bupati Sukamaju.", {("CONSULT", "GUBERNUR", "BUPATI")}),
    ("membahas", "Mesir ingin membahas kepentingan bersama seperti perdagangan.", set()),  # no partner named
    ("berkoordinasi dengan", "Polres Sukamaju berkoordinasi dengan Kejari Sukamaju.", {("COOPERATE", "POLRES", "KEJARI")}),
    ("bersinergi dengan", "Bupati Sukamaju bersinergi dengan Polres Sukamaju.", {("COOPERATE", "BUPATI", "POLRES")}),
    ("kerja sama dengan", "Kami sudah kerja sama dengan DPRD Sukamaju, kata Bupati Sukamaju.", set()),  # "kami" is no actor
    ("kerja sama dengan", "Bupati Sukamaju sudah kerja sama dengan DPRD Sukamaju.", {("COOPERATE", "BUPATI", "DPRD")}),
    # ---- summons for questioning (ACCUSE investigate)
    ("memanggil", "KPK memanggil Andi Wirawan untuk diperiksa sebagai saksi.", {("ACCUSE", "KPK", "ANDI")}),
    ("dipanggil", "Rina Kusuma dipanggil KPK sebagai saksi.", {("ACCUSE", "KPK", "RINA")}),
    # ---- threats (THREATEN)
    ("memberi ultimatum", "AS memberi ultimatum kepada Hamas hingga Minggu.", {("THREATEN", "USA", "HAMAS")}),
    ("memberikan ultimatum", "Israel memberikan ultimatum kepada Hamas.", {("THREATEN", "ISR", "HAMAS")}),
    ("ultimatum", "Ultimatum Israel terhadap Hamas berakhir Jumat.", {("THREATEN", "ISR", "HAMAS")}),
]


def _ids(row) -> str:
    return f"{row[0]}: {row[1][:40]}"


@pytest.mark.parametrize("trigger, sentence, expected", VOCABULARY, ids=[_ids(r) for r in VOCABULARY])
def test_triggers_vocabulary_codes_its_event(coder, trigger, sentence, expected):
    key = " ".join(trigger.lower().split())
    assert key in coder.rules, f"{trigger!r} is not in triggers.yaml"
    events = [e for e in coder(build(sentence)).events if " ".join(e.trigger.lower().split()) == key]
    assert {(e.type, e.source, e.target) for e in events} == expected


def test_triggers_vocabulary_modes(coder):
    """Discipline is an expulsion, sentencing a conviction, a recalled delegation a withdrawal."""
    cases = {
        "Partai Maju Bersama memecat Dodi Hartono.": "expel",
        "Dodi Hartono dipecat Partai Maju Bersama.": "expel",
        "Dodi Hartono dijatuhi vonis oleh Pengadilan Tinggi Sukamaju.": "convict",
        "Israel menarik delegasi dari Qatar.": "withdraw",
        "Andi Wirawan ditahan KPK.": "arrest",
        "KPK menetapkan Andi Wirawan sebagai tersangka.": "investigate",
        "Rina Kusuma melaporkan Dodi Hartono ke polisi.": "allege",
    }
    for sentence, mode in cases.items():
        assert [e.mode for e in coder(build(sentence)).events] == [mode], sentence


@pytest.mark.parametrize("sentence", [
    # the same words in senses that are no event
    "Barang bukti diamankan Polres Sukamaju di gudang.",  # goods secured, no one taken
    "DPRD Sukamaju menetapkan anggaran daerah untuk tahun depan.",  # "menetapkan" without a suspect
    "Rina Kusuma melaporkan hasil panen kepada Bupati Sukamaju.",  # a report, not a complaint
    "Harga beras ditahan pada tingkat yang sama oleh pedagang.",  # held, no actor taken
    "Rina Kusuma menyerahkan laporan keuangan kepada DPRD Sukamaju.",  # a report handed over, no captive
    "Bupati Sukamaju memanggil pulang para camat dari Jakarta.",  # called home, not summoned for questioning
    "Inflasi memberikan tekanan pada harga beras di Sukamaju.",  # economic pressure, no demand
    "Kemendagri akan melakukan pemeriksaan acak di terminal dan stasiun.",  # an inspection, no one examined
])
def test_triggers_vocabulary_other_senses_code_nothing(coder, sentence):
    events = coder(build(sentence)).events
    assert [(e.type, e.source, e.target) for e in events if e.type in ("COERCE", "ACCUSE", "RETREAT", "AGREE", "REQUEST")] == []
