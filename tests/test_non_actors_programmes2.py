"""Issue 17 (not an actor): the tail of a listed programme's name cut off by the entity model at a hyphen or a
space ("Kopdes Merah-|Putih") is the programme, no person or body.

The sentences are written for these tests; the people and places in them are invented.
"""
from __future__ import annotations

import pytest

from tests.test_actors_openworld import make_doc, resolver  # noqa: F401  (the resolver fixture)


def _actor_of(resolver, text, name, kind="PER"):
    doc = resolver(make_doc(resolver, text, ((name, kind),)))
    mention = next((m for m in doc.mentions if m.text == name), None)
    return None if mention is None or mention.actor is None else doc.actors[mention.actor]


@pytest.mark.parametrize("text, name", [
    ("Warga Sukamaju didorong menjadi anggota Kopdes Merah-Putih tahun ini.", "Putih"),
    ("Pengurus Koperasi Desa Merah-Putih di Sukamaju dilantik kemarin.", "Putih"),
    ("Anak-anak itu kini belajar di Sekolah-Rakyat milik pemerintah.", "Rakyat"),
])
def test_a_listed_programmes_tail_is_no_actor(resolver, text, name):
    assert _actor_of(resolver, text, name) is None


@pytest.mark.parametrize("text, name", [
    # a hyphen between two people's names: the second is a person of its own
    ("Pasangan Darmo-Wibisono Santoso mengatakan siap maju.", "Wibisono Santoso"),
    # words before that make no listed programme
    ("Ketua Koperasi Sukamaju, Putih Lestari, mengatakan panen naik.", "Putih Lestari"),
])
def test_a_name_after_other_words_stays(resolver, text, name):
    assert _actor_of(resolver, text, name) is not None
