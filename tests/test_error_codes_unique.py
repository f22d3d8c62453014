"""Every error code is defined once: a dict literal keeps only the last of two equal keys, silently.

Two branches once both took E216 (a Malay note and a batch failure); the second message replaced the first.
"""
from __future__ import annotations

import ast
import collections
from pathlib import Path

import linimasa.errors

SOURCE = Path(linimasa.errors.__file__)


def test_error_codes_are_each_defined_once():
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    keys = [node.value for d in ast.walk(tree) if isinstance(d, ast.Dict)
            for node in d.keys if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value[:1] in "EW" and node.value[1:].isdigit()]
    assert keys, "no error codes found in errors.py"
    twice = [code for code, n in collections.Counter(keys).items() if n > 1]
    assert not twice, f"error codes defined more than once: {twice}"
