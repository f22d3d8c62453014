"""Generic group participants (events/groups.py, resources/id/group_nouns.yaml).

Each sentence is written for the project, with invented names and places. The documents
are built by hand (sentence, resolved mentions, actors) so the table pins the group rules,
not the resolver. Expected: the exact set of (type, source, target) the coder codes.
Generic ids are `<country>.<sector>` or the dictionary's id for that sector (IDN.POLRI,
PER.GOV, ISR.MIL); a document that names no country is domestic news (IDN).
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from linimasa.document import Actor, Document, Mention, Sentence
from tests.documents import split
from linimasa.events.coder import EventCoder
from linimasa.resources import Resources

ACTORS = {
    "PER": Actor("PER", "Peru", "country", "PER", None),
    "ISR": Actor("ISR", "Israel", "country", "ISR", None),
    "HAMAS": Actor("HAMAS", "Hamas", "group", "PSE", "REB"),
    "KPK": Actor("KPK", "Komisi Pemberantasan Korupsi", "organization", "IDN", "JUD"),
    "KEJARI": Actor("KEJARI", "Kejaksaan Negeri Sukamaju", "organization", "IDN", "JUD"),
    "BUPATI": Actor("BUPATI", "Bupati Sukamaju", "person", "IDN", "GOV"),
    "BUDI": Actor("BUDI", "Budi Santoso", "person", "IDN", None),
    "STM": Actor("STM", "Serikat Tani Makmur", "organization", "IDN", "AGR"),
    "LIMA": Actor("LIMA", "Lima", "country", "PER", None),
    "DEWAN": Actor("DEWAN", "Dewan Kota Sukamaju", "organization", "IDN", "LEG"),
    "SRI": Actor("SRI", "Sri Wulan", "person", "IDN", None),
    "ANTON": Actor("ANTON", "Anton Wiryo", "person", "IDN", "GOV", role="Bupati Mekarsari"),
    "RANI": Actor("RANI", "Rani Kusuma", "person", "IDN", "GOV", role="Menteri Sosial"),
    "DPRD": Actor("DPRD", "DPRD Sukamaju", "organization", "IDN", "LEG"),
    "PN": Actor("PN", "PN Sukamaju", "organization", "IDN", "JUD"),
    "JOKO": Actor("JOKO", "Joko Susilo", "person", "IDN", "MIL"),
    "POLRES": Actor("POLRES", "Polres Sukamaju", "organization", "IDN", "COP"),
    "PM": Actor("PM", "Pengadilan Militer Sukamaju", "organization", "IDN", "JUD"),
    "KOBRA": Actor("KOBRA", "Kobra Hitam", "group", "PER", "CRM"),
}
NAMES = {
    "Peru": ("PER", "GPE"), "Israel": ("ISR", "GPE"), "Hamas": ("HAMAS", "ORG"), "KPK": ("KPK", "ORG"),
    "Kejari Sukamaju": ("KEJARI", "ORG"), "Bupati Sukamaju": ("BUPATI", "PER"), "Budi Santoso": ("BUDI", "PER"),
    "Serikat Tani Makmur": ("STM", "ORG"), "Lima": ("LIMA", "GPE"), "Dewan Kota Sukamaju": ("DEWAN", "ORG"),
    "Sri Wulan": ("SRI", "PER"), "Anton Wiryo": ("ANTON", "PER"), "Rani Kusuma": ("RANI", "PER"),
    "DPRD Sukamaju": ("DPRD", "ORG"), "PN Sukamaju": ("PN", "ORG"), "Joko Susilo": ("JOKO", "PER"),
    "Polres Sukamaju": ("POLRES", "ORG"), "Pengadilan Militer Sukamaju": ("PM", "ORG"), "Kobra Hitam": ("KOBRA", "ORG"),
}


def build(text: str) -> Document:
    doc = Document(text=text, published=date(2025, 3, 4))
    doc.sentences = [Sentence(0, 0, len(text), text)]
    for name, (actor, kind) in NAMES.items():
        for found in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            doc.mentions.append(Mention(0, found.start(), found.end(), name, kind, actor))
    doc.mentions.sort(key=lambda m: m.start)
    doc.actors = {m.actor: ACTORS[m.actor] for m in doc.mentions}
    return doc


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(Resources.default())


CASES = [
    # a crowd with a quantifier protests: the story country's government is the target
    ("Ribuan mahasiswa berunjuk rasa di depan kantor bupati.", {("PROTEST", "IDN.EDU", "IDN.GOV")}),
    ("Sejumlah buruh mogok kerja di pabrik tekstil itu.", {("PROTEST", "IDN.LAB", "IDN.GOV")}),
    # the Indonesian police is Polri; the perpetrators are a criminal group
    ("Polisi menangkap dua pelaku pencurian sepeda motor.", {("COERCE", "IDN.POLRI", "IDN.CRM")}),
    ("Pelaku pencurian itu ditangkap polisi pada Senin malam.", {("COERCE", "IDN.POLRI", "IDN.CRM")}),
    ("Pemerintah meminta warga tetap tenang.", {("REQUEST", "IDN.GOV", "IDN.CVL")}),
    ("Para petani mendesak pemerintah menurunkan harga pupuk.", {("REQUEST", "IDN.AGR", "IDN.GOV")}),
    # a country right after the noun names whose group it is
    ("Polisi Peru menembakkan gas air mata ke arah demonstran.", {("ASSAULT", "PER.COP", "PER.CVL")}),
    ("Warga Gaza mengecam Israel.", {("ACCUSE", "PSE.CVL", "ISR")}),
    # the sentence's place: "di Rafah" sets the civilians; the army is Israel's
    ("Tentara Israel menembak warga di Rafah.", {("ASSAULT", "ISR.MIL", "PSE.CVL")}),
    # the country most named in the document, when the sentence names none
    ("Ratusan demonstran berunjuk rasa di ibu kota Peru.", {("PROTEST", "PER.CVL", "PER.GOV")}),
    # listed with a named actor: the same country
    ("Israel melancarkan serangan terhadap Hamas dan warga sipil.", {("ASSAULT", "ISR", "HAMAS"), ("ASSAULT", "ISR", "PSE.CVL")}),
    # "massa dari X": the named organisation is the participant, and it is no generic crowd
    ("Massa dari Serikat Tani Makmur berunjuk rasa di alun-alun.", {("PROTEST", "STM", None)}),
    # a name right after the noun is the actor: "penyidik KPK"
    ("Penyidik KPK menahan tiga tersangka korupsi.", {("COERCE", "KPK", "IDN.CRM")}),
    # negatives: a role, not a participant
    ("Kejari Sukamaju menetapkan Budi Santoso sebagai tersangka.", {("ACCUSE", "KEJARI", "BUDI")}),
    ("Kejari Sukamaju menetapkan Budi Santoso tersangka korupsi.", {("ACCUSE", "KEJARI", "BUDI")}),
    # negatives: a group noun that modifies another noun is not the object
    ("Bupati Sukamaju membatalkan keputusan mutasi guru.", {("CONCEDE", "BUPATI", None)}),
    # ... except a victim, whom a threat is aimed at whatever the victim's noun stands in (issue 18)
    ("Tersangka penipuan itu mengancam akan menyebarkan foto korban.", {("THREATEN", "IDN.CRM", "IDN.CVL")}),
    # negatives: a group noun inside a trigger phrase is part of the trigger
    ("Israel menarik pasukan dari perbatasan.", {("RETREAT", "ISR", None)}),
    # negatives: the international community has no country
    ("Masyarakat internasional mengecam Israel.", set()),
    # negatives: no trigger, no event, however many groups are named
    ("Warga sedang menikmati libur panjang di pantai.", set()),
    ("Jumlah pengungsi di kamp itu terus bertambah.", set()),
    ("Data korban banjir dihimpun pemerintah daerah.", set()),
    # police force with no object named falls on the police's own country's people
    ("Polisi melepaskan tembakan gas air mata untuk membubarkan kerumunan.", {("ASSAULT", "IDN.POLRI", "IDN.CVL"), ("COERCE", "IDN.POLRI", "IDN.CVL")}),
    # a determiner closes the phrase, and the relative clause after it reads its head
    ("Polisi tersebut, yang diserang oleh massa di Lima, dirawat di rumah sakit.", {("ASSAULT", "PER.CVL", "PER.COP")}),
    # a request noun standing alone is talk about a demand, not a demand an unnamed group made
    ("Pemda mempelajari tuntutan warga soal jalan rusak.", set()),
    ("Permintaan korban itu ditolak oleh Bupati Sukamaju.", {("REJECT", "BUPATI", "IDN.CVL")}),
    # a protest noun takes its crowd by a genitive alone
    ("Demonstrasi mahasiswa di depan kantor gubernur berlangsung damai.", {("PROTEST", "IDN.EDU", "IDN.GOV")}),
    # a generic group addressed by a request, an appeal or a cooperation is the target:
    # offices by title in the plural or as a class, law enforcers, business people, schools, health workers
    ("Bupati Sukamaju meminta aparat penegak hukum menindak pembalak liar.", {("REQUEST", "BUPATI", "IDN.JUD")}),
    ("Budi Santoso mendesak penegak hukum menuntaskan perkara itu.", {("REQUEST", "BUDI", "IDN.JUD")}),
    # regional heads and governments are a government of their own: IDN.GOV.LOCAL, not IDN.GOV
    ("Budi Santoso meminta para gubernur menyiapkan cadangan beras.", {("REQUEST", "BUDI", "IDN.GOV.LOCAL")}),
    ("Budi Santoso menginstruksikan kepala daerah mendata rumah rusak.", {("REQUEST", "BUDI", "IDN.GOV.LOCAL")}),
    ("Budi Santoso mengingatkan pemerintah daerah agar rajin memeriksa jembatan.", {("REQUEST", "BUDI", "IDN.GOV.LOCAL")}),
    ("KPK mengimbau para bupati dan wali kota untuk melaporkan harta kekayaan.", {("REQUEST", "KPK", "IDN.GOV.LOCAL")}),
    # a plural by reduplication is the same group
    ("Budi Santoso memberikan teguran kepada kepala-kepala daerah yang lalai.", {("ACCUSE", "BUDI", "IDN.GOV.LOCAL")}),
    ("Bupati Sukamaju meminta petani-petani menanam jagung.", {("REQUEST", "BUPATI", "IDN.AGR")}),
    # a legislature named by its kind, and party politicians as a class
    ("Bupati Sukamaju mendesak Kongres segera mengesahkan anggaran darurat.", {("REQUEST", "BUPATI", "IDN.LEG")}),
    ("Budi Santoso bertemu dengan sejumlah caleg di sebuah rumah makan.", {("CONSULT", "BUDI", "IDN.PTY")}),
    # villages as governments in the plural, researchers, business entities
    ("Bupati Sukamaju mengingatkan ke desa-desa untuk memperbarui data penerima bantuan.", {("REQUEST", "BUPATI", "IDN.GOV.LOCAL")}),
    ("Budi Santoso menantang para peneliti untuk berinovasi.", {("REQUEST", "BUDI", "IDN.EDU")}),
    ("Budi Santoso meminta badan usaha swasta menambah pasokan solar.", {("REQUEST", "BUDI", "IDN.BUS")}),
    # a protest with a verb of stance right after it is against that verb's object; with no actor
    # named there, the crowd's government is the default
    ("Ratusan warga menggelar demo menolak Bupati Sukamaju.",
     {("PROTEST", "IDN.CVL", "BUPATI"), ("REJECT", "IDN.CVL", "BUPATI")}),
    ("Ribuan buruh berdemo menolak kenaikan harga bahan pokok.", {("PROTEST", "IDN.LAB", "IDN.GOV"), ("REJECT", "IDN.LAB", None)}),
    # a request noun after a light verb is addressed to the subject of its agar-clause, as a verb's is
    ("Bupati Sukamaju mengeluarkan imbauan agar para camat menutup jalan desa.", {("REQUEST", "BUPATI", "IDN.GOV.LOCAL")}),
    # a request that something become the attention of X is addressed to X
    ("Budi Santoso mohon hal ini menjadi perhatian para gubernur.", {("REQUEST", "BUDI", "IDN.GOV.LOCAL")}),
    ("Budi Santoso meminta masalah sampah mendapat perhatian Bupati Sukamaju.", {("REQUEST", "BUDI", "BUPATI")}),
    # a call on a superior ("menghadap (ke) Pak X") is a visit; facing a thing is none
    ("Budi Santoso menghadap ke Pak Bupati Sukamaju kemarin sore.", {("CONSULT", "BUDI", "BUPATI")}),
    ("Rumah Budi Santoso menghadap ke laut.", set()),
    # a rank between the noun and the country that says whose it is
    ("Budi Santoso menemui para pejabat senior Israel di Lima.", {("CONSULT", "BUDI", "ISR.GOV")}),
    # ... but the people of a village are its residents, no government
    ("Warga desa menolak tambang pasir itu.", {("REJECT", "IDN.CVL", None)}),
    # a crowd counted by the thousand or the million
    ("Ribuan orang berunjuk rasa di ibu kota Peru.", {("PROTEST", "PER.CVL", "PER.GOV")}),
    ("Sekitar dua juta orang mengikuti unjuk rasa di puluhan kota.", {("PROTEST", "IDN.CVL", "IDN.GOV")}),
    ("Puluhan agitator berdemo di pusat kota Lima.", {("PROTEST", "PER.CVL", "PER.GOV")}),
    ("Bupati Sukamaju mengimbau wajib pajak melapor sebelum akhir bulan.", {("REQUEST", "BUPATI", "IDN.CVL.TAX")}),
    ("Budi Santoso mengimbau pelaku usaha tidak menimbun minyak goreng.", {("REQUEST", "BUDI", "IDN.BUS")}),
    ("Bupati Sukamaju mengajak para pemilik kios untuk menata lapak.", {("REQUEST", "BUPATI", "IDN.BUS")}),
    ("KPK mendorong perguruan tinggi untuk membuka mata kuliah antikorupsi.", {("REQUEST", "KPK", "IDN.EDU.SCHOOL")}),
    ("Bupati Sukamaju meminta sekolah meliburkan murid saat banjir.", {("REQUEST", "BUPATI", "IDN.EDU.SCHOOL")}),
    ("KPK bekerja sama dengan perguruan tinggi di Sukamaju.", {("COOPERATE", "KPK", "IDN.EDU.SCHOOL")}),
    ("Bupati Sukamaju meminta tenaga kesehatan bersiaga selama libur.", {("REQUEST", "BUPATI", "IDN.MED")}),
    # ... but a state named by its trade is no business group, nor a school named by its cost
    ("Budi Santoso menuduh negara produsen kopi mempermainkan harga.", {("ACCUSE", "BUDI", None)}),
    ("Budi Santoso mengkritik biaya sekolah yang mahal.", {("ACCUSE", "BUDI", None)}),
    # a capitalised group noun inside a longer capitalised phrase is a name, not a group
    ("Budi Santoso mengapresiasi program Sekolah Cendekia.", {("SUPPORT", "BUDI", None)}),
    ("Budi Santoso mengapresiasi dana Bantuan Operasional Sekolah.", {("SUPPORT", "BUDI", None)}),
    ("Budi Santoso mengapresiasi sekolah itu.", {("SUPPORT", "BUDI", "IDN.EDU.SCHOOL")}),
    ("Budi Santoso mengimbau seluruh Wajib Pajak agar melapor.", {("REQUEST", "BUDI", "IDN.CVL.TAX")}),
    # a default target never stands in for an object the sentence names, resolved or not
    ("Ribuan buruh menuntut Dewan Kota Sukamaju menaikkan upah.", {("REQUEST", "IDN.LAB", "DEWAN")}),
    ("Ribuan buruh menuntut DPRD Mekarsari menaikkan upah.", {("REQUEST", "IDN.LAB", None)}),
    ("Para petani meminta kepada Majelis Adat Sukasari agar lahan dikembalikan.", {("REQUEST", "IDN.AGR", None)}),
    # a capitalised unit is no name: the default still applies
    ("Para petani menuntut Rp 2 miliar sebagai ganti rugi lahan.", {("REQUEST", "IDN.AGR", "IDN.GOV")}),
    # a generic crowd that demands something of nobody named: no default for criminals
    ("Pelaku meminta uang tebusan.", {("REQUEST", "IDN.CRM", None)}),
    # the content verb names whom a threat or request concerns (events.clauses `_content_object`)
    ("Tersangka itu mengancam akan memukul Budi Santoso.", {("THREATEN", "IDN.CRM", "BUDI")}),
    # the meeting is only asked for: a request, no meeting (modality.yaml, acts asked for without untuk/agar)
    ("Budi Santoso meminta bertemu dengan Bupati Sukamaju.", {("REQUEST", "BUDI", "BUPATI")}),
    # a reprimand, a sanction or an instruction given "kepada" a group (triggers.yaml, light verb + kepada)
    ("Budi Santoso memberikan peringatan keras kepada para kepala daerah.", {("ACCUSE", "BUDI", "IDN.GOV.LOCAL")}),
    ("Bupati Sukamaju memberikan sanksi kepada pengusaha yang menimbun beras.", {("SANCTION", "BUPATI", "IDN.BUS")}),
    ("Budi Santoso memberi instruksi kepada para bupati untuk mendata korban banjir.", {("REQUEST", "BUDI", "IDN.GOV.LOCAL")}),
    # a meeting partner introduced by "bersama" after an intervening word
    ("Bupati Sukamaju menggelar pertemuan tertutup bersama para pengusaha.", {("CONSULT", "BUPATI", "IDN.BUS")}),
    # a protest in front of a named body's building is directed at that body, not at the default
    ("Ribuan buruh berunjuk rasa di depan gedung Dewan Kota Sukamaju.", {("PROTEST", "IDN.LAB", "DEWAN")}),
    # issue 18, missing named target: a group named by its part in an appeal or an examination is the target
    ("Polisi memeriksa tiga saksi dalam kasus itu.", {("ACCUSE", "IDN.POLRI", "IDN.CVL")}),
    ("Budi Santoso mengatakan penyidik telah memeriksa 65 orang saksi.", {("ACCUSE", "IDN.POLRI", "IDN.CVL")}),
    # a qualified class noun whose members are listed after "yakni": the listed bodies, not the class
    ("Budi Santoso memuji aparat penegak hukum setempat, yakni Polres Sukamaju dan Kejari Sukamaju.",
     {("SUPPORT", "BUDI", "POLRES"), ("SUPPORT", "BUDI", "KEJARI")}),
    # a year before a group noun is no count: the group is still the subject
    ("Pada 2024 pemerintah melakukan audiensi dengan Dewan Kota Sukamaju.", {("CONSULT", "IDN.GOV", "DEWAN")}),
    ("Budi Santoso mengimbau penerima bantuan agar memakai dana itu untuk kebutuhan pokok.",
     {("REQUEST", "BUDI", "IDN.CVL")}),
    ("Budi Santoso mengimbau kepada pengguna jalan untuk mencari jalur lain.", {("REQUEST", "BUDI", "IDN.CVL")}),
    ("Budi Santoso meminta para hakim berpihak kepada rakyat kecil.", {("REQUEST", "BUDI", "IDN.JUD")}),
    ("Budi Santoso berkoordinasi dengan pimpinan universitas untuk menangani kasus itu.",
     {("COOPERATE", "BUDI", "IDN.EDU.SCHOOL")}),
    # a witness or suspect named right after the noun is that person, not a group
    ("Budi Santoso menemui saksi Wiratmo di rumahnya.", {("CONSULT", "BUDI", None)}),
    # one's own staff is the body one heads: a regional head's by role or title, else by sector
    ("Wakil Wali Kota Sukamaju Sri Wulan menginstruksikan jajarannya untuk membersihkan saluran air.",
     {("REQUEST", "SRI", "IDN.GOV.LOCAL")}),
    ("Anton Wiryo meminta seluruh anak buahnya bekerja lebih cepat.", {("REQUEST", "ANTON", "IDN.GOV.LOCAL")}),
    # a person of no known body: no target; a minister's staff is the government (issue 18, missing named target)
    ("Budi Santoso meminta kepada jajarannya agar bekerja jujur.", {("REQUEST", "BUDI", None)}),
    ("Rani Kusuma mengingatkan kepada seluruh pegawainya agar tidak menerima suap.", {("REQUEST", "RANI", "IDN.GOV")}),
    ("Rani Kusuma meminta anak buahnya tidak lagi memakai mobil dinas untuk mudik.", {("REQUEST", "RANI", "IDN.GOV")}),
    # wrong source: schoolmates of a named person protest; a gang from a country is no state
    ("Para adik kelas Budi Santoso menggelar aksi di halaman sekolah.", {("PROTEST", "IDN.EDU", "IDN.GOV")}),
    # the same with a name no actor resolves, and a relative clause after it
    ("Para adik kelas Wiratmo yang masih bersekolah menggelar aksi.", {("PROTEST", "IDN.EDU", "IDN.GOV")}),
    ("Geng kriminal dari Peru kerap menyandera pedagang.", {("ASSAULT", "PER.CRM", "PER.BUS")}),
    # the head of a relative clause after "dari X" is the group, not the country (clauses.yaml origin_preps)
    ("Geng kriminal seperti Kobra Hitam dan Serigala Malam dari Peru, yang bermarkas di pelabuhan, dilaporkan "
     "sering menyandera pedagang.", {("ASSAULT", "PER.CRM", "PER.BUS")}),
    # the origin after the examples says whose the group is, even where the story is set elsewhere
    ("Di Lima, geng kriminal seperti Kobra Hitam dari Israel dilaporkan sering menyandera pedagang.",
     {("ASSAULT", "ISR.CRM", "PER.BUS")}),
    # wrong source: the body in a relative clause that says what the subject is ("yang merupakan staf X") is
    # the subject's office; the impostor, not the office, acts (clauses.yaml copulas)
    ("Budi Santoso yang merupakan staf bagian umum Dewan Kota Sukamaju berpura-pura sebagai jaksa untuk "
     "menawarkan bantuan kepada Anton Wiryo.", {("AGREE", "BUDI", "ANTON")}),
    # wrong target: the object of an agent noun describing the convict is not the one convicted
    ("Joko Susilo, penembak dua anggota Polres Sukamaju, divonis penjara seumur hidup oleh Pengadilan Militer Sukamaju.",
     {("SANCTION", "PM", "JOKO")}),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_events_groups_sentence(coder, sentence, expected):
    events = coder(build(sentence)).events
    assert {(e.type, e.source, e.target) for e in events} == expected


def test_events_groups_actor_added_only_when_an_event_uses_it(coder):
    doc = coder(build("Polisi Peru menembakkan gas air mata ke arah demonstran."))
    police = doc.actors["PER.COP"]
    assert (police.kind, police.country, police.sector, police.name) == ("group", "PER", "COP", "Polisi (Peru)")
    assert "demonstran" in doc.actors["PER.CVL"].aliases
    owners = coder(build("Bupati Sukamaju meminta para pemilik tambang menertibkan truk.")).actors["IDN.BUS"]
    assert "para pemilik tambang" in owners.aliases  # the plain word after "pemilik" says of what
    local = coder(build("Budi Santoso mengingatkan pemerintah daerah agar rajin memeriksa jembatan.")).actors
    assert (local["IDN.GOV.LOCAL"].sector, local["IDN.GOV.LOCAL"].name) == ("GOV", "Pemerintah daerah (Indonesia)")
    quiet = coder(build("Warga sedang menikmati libur panjang di pantai."))
    assert not any(a.kind == "group" for a in quiet.actors.values())


@pytest.mark.parametrize("text, expected", [
    # a crowd said to be from a named organisation is that organisation when the noun comes back bare
    ("Massa dari Serikat Tani Makmur berunjuk rasa di alun-alun. Massa meminta pemerintah menurunkan harga pupuk.",
     {(0, "PROTEST", "STM", None), (1, "REQUEST", "STM", "IDN.GOV")}),
    # "massa lain" are other people; another noun is another crowd
    ("Massa dari Serikat Tani Makmur berunjuk rasa di alun-alun. Massa lain menuntut pemerintah mundur.",
     {(0, "PROTEST", "STM", None), (1, "REQUEST", "IDN.CVL", "IDN.GOV")}),
    ("Massa dari Serikat Tani Makmur berunjuk rasa di alun-alun. Buruh menuntut pemerintah menaikkan upah.",
     {(0, "PROTEST", "STM", None), (1, "REQUEST", "IDN.LAB", "IDN.GOV")}),
    # a bare crowd before the affiliation is said is not yet that organisation
    ("Massa meminta pemerintah menurunkan harga pupuk. Massa dari Serikat Tani Makmur berunjuk rasa di alun-alun.",
     {(0, "REQUEST", "IDN.CVL", "IDN.GOV"), (1, "PROTEST", "STM", None)}),
])
def test_events_groups_crowd_named_before_is_remembered(coder, text, expected):
    doc = split(text, date(2025, 3, 4))
    for found in re.finditer("Serikat Tani Makmur", text):
        sentence = next(s.index for s in doc.sentences if s.start <= found.start() < s.end)
        doc.mentions.append(Mention(sentence, found.start(), found.end(), found.group(), "ORG", "STM"))
    doc.actors = {"STM": ACTORS["STM"]}
    assert {(e.sentence, e.type, e.source, e.target) for e in coder(doc).events} == expected


@pytest.mark.parametrize("text, expected", [
    # issue 18, wrong default target: a crowd's demand in a story about a regional body goes to that body
    ("Kemarin DPRD Sukamaju menggelar rapat dengar pendapat. Warga meminta jalan desa segera diperbaiki.",
     {(1, "REQUEST", "IDN.CVL", "DPRD")}),
    # an organisation before a regional head named more often
    ("Anton Wiryo meresmikan pasar. Anton Wiryo meninjau jalan. Pemkot Sukamaju memasang lampu jalan. "
     "Warga meminta lampu jalan ditambah.", {(3, "REQUEST", "IDN.CVL", "PEMKOT")}),
    # a body named only after the demand does not count
    ("Warga meminta jalan desa segera diperbaiki. Kemarin DPRD Sukamaju menggelar rapat dengar pendapat.",
     {(0, "REQUEST", "IDN.CVL", "IDN.GOV")}),
    # wrong source: investigators or prosecutors named by their office alone are the body the story names
    ("Kejari Sukamaju menahan Budi Santoso. Penyidik juga menyita mobil milik Budi Santoso.",
     {(0, "COERCE", "KEJARI", "BUDI"), (1, "COERCE", "KEJARI", "BUDI")}),
    # a regional head's staff, where the title stands only before the first mention of the name
    ("Wakil Bupati Mekarsari Sri Wulan meninjau banjir. Sri Wulan lalu menginstruksikan jajarannya agar siaga.",
     {(1, "REQUEST", "SRI", "IDN.GOV.LOCAL")}),
    # a court is no such body: with none other named, the prosecutors are a group
    ("PN Sukamaju menggelar sidang. Jaksa mendakwa Budi Santoso dengan pasal penipuan.",
     {(1, "ACCUSE", "IDN.JUD", "BUDI")}),
    # a district court (PN) judges and does not charge: never the story authority of a charge
    ("PN Sukamaju menggelar sidang. Budi Santoso dijerat pasal penipuan.", {(1, "ACCUSE", None, "BUDI")}),
])
def test_events_groups_issue18_context_arguments(coder, text, expected):
    actors = {**ACTORS, "PEMKOT": Actor("PEMKOT", "Pemkot Sukamaju", "organization", "IDN", "GOV")}
    names = {**NAMES, "Pemkot Sukamaju": ("PEMKOT", "ORG")}
    doc = split(text, date(2025, 3, 4))
    for name, (actor, kind) in names.items():
        for found in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            sentence = next(s.index for s in doc.sentences if s.start <= found.start() < s.end)
            doc.mentions.append(Mention(sentence, found.start(), found.end(), name, kind, actor))
    doc.mentions.sort(key=lambda m: m.start)
    doc.actors = {m.actor: actors[m.actor] for m in doc.mentions}
    assert {(e.sentence, e.type, e.source, e.target) for e in coder(doc).events} == expected


def test_events_groups_story_country_ignores_pronoun_mentions(coder):
    """A pronoun resolved to a foreign outlet's reporter ("menunjuk ke saya") sets no story country."""
    text = "Petugas itu menunjuk ke saya. Polisi mengintimidasi wartawan di lokasi tambang."
    doc = split(text, date(2025, 3, 4))
    start = text.index("saya")
    doc.mentions.append(Mention(0, start, start + 4, "saya", "ORG", "MEDIA", origin="speech"))
    doc.actors = {"MEDIA": Actor("MEDIA", "Kantor Berita Borealia", "organization", "USA", "MED")}
    assert {(e.type, e.source, e.target) for e in coder(doc).events} == {("THREATEN", "IDN.POLRI", "IDN.CVL")}
