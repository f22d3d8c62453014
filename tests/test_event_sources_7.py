"""Issue 18, wrong source (seventh pass).

- Round-ups: a document of several short stories ("Sepekan di X: ...") whose last story is set abroad gives
  that country to the document; the home stories keep the home country for their unnamed police and suspects
  (events/groups.py `story_at`, a window of STORY_WINDOW sentences around each event).
- A person named only in a figure of speech ("kayak X", "bak tokoh fiksi X") is no antecedent of the "dia"
  that attributes a quote (person_roles.yaml `compared_before`, actors/coref.py).
- A person named inside a quote is not the "dia" of that quote's attribution ("...," ungkap dia).
- "Selain itu, lanjutnya, X sudah ...": a sentence reported by the last speaker makes X no new speaker
  (events/quotes.py `parenthetical_nya_re`).
- A protest verb whose subject no actor names ("ribuan orang berdemonstrasi") is the crowd's of the story.

Names, places and sentences are invented.
"""
from __future__ import annotations

from datetime import date

import pytest

from linimasa.document import Document
STORY_WINDOW = 12  # events/groups.py STORY_WINDOW
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def run(pipeline, text):
    return pipeline(Document(text=text, published=date(2025, 10, 20)))


def _filler(place: str, n: int) -> str:
    return " ".join(f"Warga {place} membicarakan kejadian itu pada hari ke-{i + 1} di pasar dan balai desa."
                    for i in range(n))


LOCAL = ("Seorang pria berinisial KT (41) diduga mencuri sepeda motor milik tetangganya di Kabupaten Sukamaju. "
         "Kasat Reskrim Polres Sukamaju AKP Bimo Hartanto membenarkan kejadian itu. "
         "Bimo mengatakan, pelaku sudah ditangkap dan kini ditahan di Mapolres Sukamaju. "
         + _filler("Sukamaju", STORY_WINDOW + 2) + " ")
ABROAD = ("Seorang pekerja bernama Rina Lestari mengaku terlantar di Malaysia. "
          + _filler("kampung Rina", STORY_WINDOW + 2) + " "
          "Rina berangkat ke Malaysia pada Juli 2025. Ia kini tinggal di Malaysia bersama temannya. "
          "Rina ingin segera pulang dari Malaysia. Polisi menangkap pelaku penyaluran ilegal itu.")


def test_round_up_home_story_keeps_home_country(pipeline):
    doc = run(pipeline, LOCAL + ABROAD)
    local = [e for e in doc.events if e.type in ("COERCE", "ACCUSE") and "Bimo" in doc.sentences[e.sentence].text]
    assert local, "the local arrest is coded"
    countries = {doc.actors[a].country for e in local for a in (e.source, e.target) if a and a in doc.actors}
    assert countries == {"IDN"}


def test_foreign_story_far_from_its_setting_stays_foreign(pipeline):
    # one foreign story: its police, far from "di Malaysia", are still Malaysian (no home-country name near)
    doc = run(pipeline, ABROAD)
    police = [e for e in doc.events if e.type == "COERCE"]
    assert police and all(doc.actors[e.source].country == "MYS" for e in police)


@pytest.mark.parametrize("compared", [
    "pejabat itu kini hidup bak tokoh fiksi Don Juan",
    "pejabat itu berlagak laksana Robin Hood",
    "kelakuan mereka sudah kayak Casanova",
])
def test_figure_of_speech_is_no_speaker(pipeline, compared):
    text = ("Anggota DPRD Sukamaju Hendra Wiratama menyoroti gaya hidup pejabat dinas. "
            f"Menurutnya, {compared}. "
            "\"Jadi kita minta Ketua Inspektorat membuka hasil pemeriksaan,\" kata dia.")
    doc = run(pipeline, text)
    requests = [e for e in doc.events if e.type == "REQUEST"]
    assert requests and all("Hendra" in doc.actors[e.source].name for e in requests)


def test_person_inside_the_quote_is_not_its_speaker(pipeline):
    text = ("\"Perkara ini tidak berdiri sendiri,\" ujar juru bicara kejaksaan, Dimas Prakoso, di Jakarta, Selasa "
            "(21/10/2025). Sebab itu, jaksa juga akan memeriksa pihak lain. \"Mereka yang bekerja bersama Saudara "
            "Gunawan Sitompul tentu harus kita minta pertanggungjawaban. Kita juga ingin memulihkan kerugian "
            "negara,\" ungkap dia.")
    doc = run(pipeline, text)
    requests = [e for e in doc.events if e.type == "REQUEST"]
    assert requests and all(e.source == "local:dimas_prakoso" for e in requests)


def test_parenthetical_report_names_no_new_speaker(pipeline):
    text = ("Kepala SMP Harapan Sukamaju, Wulan Pratiwi mengatakan pihaknya sudah mempertemukan kedua pihak. "
            "\"Kami sudah mempertemukan mereka,\" ujarnya, Selasa (21/10/2025). "
            "Selain itu, lanjutnya, pegawai berinisial TK yang memukul siswa juga sudah menyampaikan permintaan maaf. "
            "\"Kami sangat menyayangkan peristiwa ini,\" katanya.")
    doc = run(pipeline, text)
    regrets = [e for e in doc.events if e.type == "ACCUSE" and "menyayangkan" in e.trigger]
    assert regrets and all(e.source == "local:wulan_pratiwi" for e in regrets)


def test_protest_with_unnamed_subject_is_the_crowds(pipeline):
    text = ("Unjuk rasa menentang kebijakan imigrasi digelar di berbagai kota di Amerika Serikat pada Sabtu. "
            "Di alun-alun kota, seorang polisi memperkirakan lebih dari 15.000 orang berdemonstrasi di jalan utama.")
    doc = run(pipeline, text)
    protests = [e for e in doc.events if e.type == "PROTEST" and e.sentence == 1]
    assert protests and all(e.source and doc.actors[e.source].country == "USA" for e in protests)
