"""Language stage: cld2 verdicts, with the Indonesian fallback for short text."""
import pytest

from linimasa.clean.boilerplate import BoilerplateStage
from linimasa.document import Document
from linimasa.language.detect import LanguageStage
from linimasa.resources import Resources


@pytest.fixture(scope="module")
def stages():
    resources = Resources()
    return BoilerplateStage(resources), LanguageStage(resources)


@pytest.mark.parametrize("text, language", [
    ("Pemerintah daerah mengumumkan bahwa jalan tol baru akan dibuka untuk umum pada bulan depan setelah uji kelayakan.", "id"),
    ("Dia di rumah dan tidur.", "id"),
    ("Kerajaan negeri telah mengumumkan bahawa semua sekolah akan dibuka semula kerana keadaan sudah pulih sepenuhnya minggu ini.", "ms"),
    ("The city council announced on Monday that the new bridge will open to traffic next month after safety checks.", "en"),
    # issue 18: short Indonesian news that cld2 reads as Malay
    ("Kota Baru melancarkan serangan ke Desa Lama setelah serangan pada 7 Oktober 2023. Berdasarkan data desa, "
     "serangan tersebut menewaskan 39 orang dan menahan sekitar 25 orang pada Minggu.", "id"),
    # issue 22: words shared with Malay or names do not make a text Malay
    ("Menlu China Wang Yi tiba di Jakarta untuk kunjungan dua hari.", "id"),
    ("Bea Cukai menyita ribuan batang rokok ilegal di pelabuhan.", "id"),
    ("Mahkamah Konstitusi menolak gugatan sengketa pilkada.", "id"),
    ("Pejabat dinas itu diperiksa jaksa.", "id"),
    # issue 22: a short headline cld2 calls Quechua or Samoan reads as Indonesian by its words
    ("Stok darah di PMI menipis.", "id"),
    ("Gaji ke-13 PNS cair bulan depan.", "id"),
    # Malay by its Malaysian words, Javanese by its own
    ("Kerajaan dijangka mengumumkan bajet baharu minggu hadapan.", "ms"),
    ("Pak lurah durung rawuh ing balai desa amarga udan deres.", "jv"),
    # a headline of names: one family word is enough in a short text
    ("Polisi Tangkap Budi Santoso", "id"),
    ("Warga Tolak Tambang Emas", "id"),
    ("La police a arrêté deux hommes", "fr"),
    ("Jakarta", "und"),
    ("", "und"),
])
def test_language(stages, text, language):
    doc = Document(text=text)
    for stage in stages:
        doc = stage(doc)
    assert doc.language == language


def test_boilerplate_is_not_read(stages):
    text = ("Pemerintah daerah mengumumkan bahwa jalan tol baru akan dibuka untuk umum pada bulan depan.\n"
            "Copyright All Rights Reserved\nFollow us on social media")
    doc = Document(text=text)
    for stage in stages:
        doc = stage(doc)
    assert doc.language == "id"
