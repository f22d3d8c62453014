"""Issue 18: the content of a proposal, demand or draft, and an agreement aimed at, are no acts done
(modality.yaml `proposal_content`).

Whole pipeline; sentences written for the project (invented places and groups named with real states).
"""
from __future__ import annotations

import pytest

from linimasa.document import Document
from linimasa.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline()


def modalities(pipeline, text, kind):
    return [e.modality for e in pipeline(Document(text=text)).events if e.type == kind]


@pytest.mark.parametrize("text, kind, wanted", [
    # terms of a proposal or a draft
    ("Usulan Mesir itu mencakup pembebasan tahanan Palestina oleh Israel.", "RETREAT", "hypothetical"),
    ("Rancangan kesepakatan itu menyebutkan Israel menarik pasukannya dari kota Harsa.", "RETREAT", "hypothetical"),
    ("Berdasarkan draf tersebut, Israel membebaskan tahanan Palestina dalam tiga pekan.", "RETREAT", "hypothetical"),
    # an agreement aimed at by mediators
    ("Qatar berupaya mencapai kesepakatan antara Israel dan Hamas.", "AGREE", "hypothetical"),
    # what a deadline is given for
    ("Presiden AS Donald Trump memberi Hamas waktu tiga hari untuk menyetujui rencana itu.", "AGREE", "hypothetical"),
    ("Israel punya tenggat sampai Jumat untuk menarik pasukan dari kota Harsa.", "RETREAT", "hypothetical"),
    # acts done stay asserted
    ("Israel membebaskan tahanan Palestina pada Senin.", "RETREAT", "asserted"),
    ("Israel menyepakati gencatan senjata dengan Hamas di Kairo pada Senin.", "AGREE", "asserted"),
    # the proposing or answering act itself is done
    ("Dalam usulan itu, Mesir menawarkan gencatan senjata kepada Israel.", "AGREE", "asserted"),
    ("Israel menolak usulan itu dan menyerang kota Harsa pada Senin.", "ASSAULT", "asserted"),
])
def test_proposal_content_is_no_act(pipeline, text, kind, wanted):
    assert wanted in modalities(pipeline, text, kind)


def negations(pipeline, text, kind):
    return [e.negated for e in pipeline(Document(text=text)).events if e.type == kind]


@pytest.mark.parametrize("text, kind, wanted", [
    ("Kantor Perdana Menteri Israel membantah laporan bahwa Israel telah menyetujui gencatan senjata dengan Hamas.",
     "AGREE", True),
    ("Mesir menepis kabar bahwa Qatar menarik diri dari perundingan di kota Harsa.", "RETREAT", True),
    # the denial itself is made, and an act told after it is not denied
    ("Kantor Perdana Menteri Israel membantah laporan bahwa Israel telah menyetujui gencatan senjata dengan Hamas.",
     "REJECT", False),
    ("Qatar menarik diri dari perundingan di kota Harsa pada Senin.", "RETREAT", False),
])
def test_denied_acts_are_negated(pipeline, text, kind, wanted):
    assert wanted in negations(pipeline, text, kind)
