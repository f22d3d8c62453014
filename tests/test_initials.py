"""Initials in legal and crime news are people of the story, not the state or body the dictionary reads.

Sentences and names are invented for the project. Mentions come from the dictionary matcher plus the
names listed per case (tests.test_actors_resolver.make_doc), so no statistical model is involved.
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.actors.resolver import ActorResolver
from linimasa.resources import Resources
from tests.test_actors_resolver import make_doc

DAY = date(2025, 8, 20)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(Resources())


def actors_of(resolver, text, names=()):
    """(letters, position) -> (actor id, kind, country) for every mention of two to four capitals."""
    doc = resolver(make_doc(resolver, text, DAY, names))
    actors = doc.actors
    out = []
    for mention in doc.mentions:
        if mention.text.isupper() and 2 <= len(mention.text) <= 4:
            actor = actors.get(mention.actor)
            out.append((mention.text, mention.actor, actor.kind if actor else None, actor.country if actor else None))
    return out


PERSON_CASES = [
    # strong cue before: berinisial, Saudara, Sdr.
    ("Penyidik menetapkan seorang tersangka berinisial AS dalam perkara suap proyek irigasi.", "AS"),
    ("Kejaksaan memeriksa Saudara AS terkait pengadaan mesin cetak di dinas pendidikan.", "AS"),
    ("Penyidik kembali memanggil Sdr. AS untuk dimintai keterangan soal aliran dana.", "AS"),
    ("Seorang pria berinisial MA ditemukan lemas di tepi sungai Cibeureum.", "MA"),
    # a common misspelling of the cue word
    ("Pengemudi truk berinsial KY ditahan setelah menabrak pagar sekolah.", "KY"),
    # weak cue before in a legal story: tersangka, pelaku, korban, saksi
    ("Polres Sukalaya menangkap pelaku DS setelah dua pekan buron. Ia dijerat pasal pencurian.", "DS"),
    ("Jaksa menghadirkan saksi RW dalam sidang perkara penggelapan dana koperasi.", "RW"),
    ("Korban AS melapor ke Polsek Tanjung Wangi setelah ponselnya dirampas.", "AS"),
    # cue after: an age in brackets, selaku, alias
    ("Polisi menahan AS (41) karena menipu puluhan calon jemaah umrah.", "AS"),
    ("AS selaku Direktur PT Sinar Tenggara diduga menyuap pejabat dinas. KPK menahannya.", "AS"),
    ("Petugas meringkus TB alias Kancil di sebuah rumah kontrakan. Tersangka diperiksa penyidik.", "TB"),
]


@pytest.mark.parametrize("text,code", PERSON_CASES)
def test_initials_with_a_person_cue_are_a_local_person(resolver, text, code):
    found = [row for row in actors_of(resolver, text) if row[0] == code]
    assert found, f"no mention of {code}"
    for _, actor_id, kind, country in found:
        assert actor_id == f"local:{code.lower()}"
        assert kind == "person" and country == "IDN"


def test_initials_listed_after_a_cued_one_are_people_too(resolver):
    text = "Polda Sumbawa menetapkan tersangka AS, DK dan RI dalam kasus pemalsuan sertifikat tanah."
    found = {row[0]: row[1:] for row in actors_of(resolver, text)}
    for code in ("AS", "DK", "RI"):
        assert found[code] == (f"local:{code.lower()}", "person", "IDN")


def test_initials_list_goes_on_past_a_single_letter(resolver):
    text = "Kejari Sukalaya menahan para tersangka berinisial TRW, B, MA dan KDS pada Kamis."
    found = {row[0]: row[1:] for row in actors_of(resolver, text)}
    for code in ("TRW", "MA", "KDS"):
        assert found[code] == (f"local:{code.lower()}", "person", "IDN")


def test_initials_keep_the_person_elsewhere_in_the_story(resolver):
    text = ("KPK menahan tersangka berinisial AS pada Selasa. AS diduga menerima suap dari kontraktor jalan. "
            "Uang itu disimpan AS di rekening adiknya.")
    rows = [row for row in actors_of(resolver, text) if row[0] == "AS"]
    assert len(rows) == 3 and all(row[1] == "local:as" for row in rows)


STATE_CASES = [
    # no cue: the dictionary's reading stays
    "Presiden AS menelepon Presiden Prabowo membahas tarif impor.",
    # a state word before the letters in a story where AS is also a suspect
    "Penyidik memeriksa tersangka berinisial AS. Sementara itu, kurs rupiah melemah terhadap dolar AS.",
    # the letters introduced as a state's name
    "Amerika Serikat (AS) menahan kapal tanker itu. Pelaku AS disebut melanggar sanksi.",
]


@pytest.mark.parametrize("text", STATE_CASES)
def test_initials_used_as_a_state_stay_the_state(resolver, text):
    rows = actors_of(resolver, text)
    last = [row for row in rows if row[0] == "AS"][-1]
    assert last[1] == "USA"


def test_letters_after_a_body_head_are_no_person(resolver):
    # "PT KJA selaku ...": a company's name, and "Kepala KJA" its head; "tersangka KJ" elsewhere is a person
    text = ("Kejari Sukalaya menahan tersangka KJ. Kerugian PT KJA selaku BUMD mencapai Rp 3 miliar. "
            "Kepala KJ Sukalaya enggan berkomentar.")
    rows = actors_of(resolver, text)
    assert not any(row[0] == "KJA" and row[2] == "person" for row in rows)
    kj = [row[1] for row in rows if row[0] == "KJ"]
    assert kj[0] == "local:kj" and all(actor != "local:kj" for actor in kj[1:])


def test_acronyms_after_a_weak_cue_are_not_initials(resolver):
    text = "Polisi membina para pelaku UMKM agar tidak menjadi korban KDRT maupun penipuan daring."
    assert all(not (row[1] or "").startswith("local:umkm") for row in actors_of(resolver, text))
    assert not any(row[0] in ("UMKM", "KDRT") and row[2] == "person" for row in actors_of(resolver, text))


@pytest.mark.parametrize("text, code, actor", [
    # a generic person noun before letters the dictionary knows: a nationality, not initials
    ("Polisi menangkap seorang pria AS yang membawa sabu di bandara.", "AS", "USA"),
    # ... and before letters it does not know, in a crime story: a person
    ("Polisi menangkap seorang pria KT yang membawa sabu di bandara.", "KT", "local:kt"),
])
def test_person_nouns_take_only_unknown_letters(resolver, text, code, actor):
    rows = [row for row in actors_of(resolver, text) if row[0] == code]
    assert rows and all(row[1] == actor for row in rows)


def test_students_before_letters_are_not_initials(resolver):
    # "mahasiswa UGX": a campus, not a person's initials
    text = "Polisi memeriksa sejumlah mahasiswa UGX terkait tawuran di depan kampus."
    assert not any(row[0] == "UGX" and row[2] == "person" for row in actors_of(resolver, text))


def test_weak_cue_needs_a_legal_story(resolver):
    # "korban" alone, in a story with no legal word, keeps the dictionary reading
    text = "Badai besar kembali menerjang pesisir timur. Warga AS yang menjadi korban AS mendapat bantuan."
    rows = [row for row in actors_of(resolver, text) if row[0] == "AS"]
    assert rows and all(row[1] == "USA" for row in rows)


def test_initials_introduced_after_a_name_go_to_that_person(resolver):
    text = "Penyidik memeriksa Ratna Kusumawati (RK) selama enam jam. Saudara RK kemudian ditahan."
    rows = [row for row in actors_of(resolver, text, names=("Ratna Kusumawati",)) if row[0] == "RK"]
    assert rows and all(row[1] == "local:ratna_kusumawati" for row in rows)


def test_initials_after_a_repeated_name_go_to_that_person(resolver):
    # the initials follow the second mention of the name, and are also a listed term ("KK", a family card),
    # which makes that mention no actor: the person is the one named first
    text = ("Kejari Sukalaya menahan Galih Pramudya dan Kinanti Kusuma. Kinanti Kusuma (KK) adalah bendahara "
            "yayasan. KK lalu dibawa ke rutan.")
    rows = [row for row in actors_of(resolver, text, names=("Galih Pramudya", "Kinanti Kusuma")) if row[0] == "KK"]
    assert rows and all(row[1] == "local:kinanti_kusuma" for row in rows)
