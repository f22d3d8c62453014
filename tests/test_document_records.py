"""Records: Token's faster constructor behaves as the dataclass's own."""
import dataclasses
import pickle

import pytest

from linimasa.document import Token


@pytest.mark.parametrize("args, kwargs, expected", [
    ((0, 0, 5, "Hamas"), {}, (0, 0, 5, "Hamas", None)),
    ((2, 10, 15, "Kairo", "NNP"), {}, (2, 10, 15, "Kairo", "NNP")),
    ((), {"sentence": 1, "start": 3, "end": 9, "text": "menolak", "tag": "VB"}, (1, 3, 9, "menolak", "VB")),
    ((1, 3), {"end": 9, "text": "menolak"}, (1, 3, 9, "menolak", None)),
])
def test_token_fields(args, kwargs, expected):
    token = Token(*args, **kwargs)
    assert dataclasses.astuple(token) == expected


def test_token_is_still_frozen_hashable_and_picklable():
    token = Token(0, 0, 5, "Hamas", "NNP")
    with pytest.raises(dataclasses.FrozenInstanceError):
        token.tag = "NN"
    assert token == Token(0, 0, 5, "Hamas", "NNP") and hash(token) == hash(Token(0, 0, 5, "Hamas", "NNP"))
    assert pickle.loads(pickle.dumps(token)) == token
    assert dataclasses.replace(token, tag="NN").tag == "NN"


@pytest.mark.parametrize("args, kwargs", [((0, 0), {}), ((0, 0, 5, "x", None, 1), {}), ((0, 0, 5), {"txt": "x"})])
def test_token_rejects_wrong_arguments(args, kwargs):
    with pytest.raises(TypeError):
        Token(*args, **kwargs)
