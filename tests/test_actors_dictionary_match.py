"""The dictionary matcher keeps the last text's lower-cased copy: answers must follow the text passed."""
import pytest

from linimasa.resources import Resources


@pytest.fixture(scope="module")
def dictionary():
    return Resources().actor_dictionary


def _found(dictionary, text, start=0, end=None):
    return [(m.text, m.entry_ids) for m in dictionary.match(text, start, end)]


def test_each_text_gets_its_own_matches(dictionary):
    first = "Hamas menolak usulan Israel di Kairo."
    second = "Mesir menyambut delegasi Qatar di Doha."
    a = _found(dictionary, first)
    b = _found(dictionary, second)
    assert a and b and a != b
    assert _found(dictionary, first) == a            # back to the first text
    same_content = "".join(list(second))             # equal, but another object
    assert same_content is not second and _found(dictionary, same_content) == b


def test_spans_of_one_text_in_turn(dictionary):
    text = "Israel dan Hamas berunding; Mesir dan Qatar menengahi."
    whole = _found(dictionary, text)
    parts = _found(dictionary, text, 0, 27) + _found(dictionary, text, 27)
    assert parts == whole


def test_offsets_stay_exact_when_lower_case_is_longer(dictionary):
    text = "İstanbul: Hamas dan Israel berunding."   # "İ".lower() has two characters
    found = dictionary.match(text)
    assert found and all(text[m.start:m.end] == m.text for m in found)
