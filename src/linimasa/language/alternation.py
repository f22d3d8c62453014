"""One regular expression for a list of phrases, factored by shared prefixes.

Word lists (units, qualifiers, month names, titles, trigger phrases) become parts of
larger patterns. Written as a flat alternation, longest phrase first, the regex
engine tries every phrase, one after the other, at every position it reaches; a
character trie tries only the phrases that share the characters read so far, so a
position is rejected on its first letter. The trie prefers the same phrase as the
longest-first alternation at every position (at each branch the longer
continuation comes before the end of a shorter phrase, and two branches never
start with the same character), and backtracks to a shorter phrase the same way,
so a pattern finds exactly the same matches either way (tests/test_alternation.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def phrase_alternation(phrases: Iterable[str], *, spaces: str = r"\s+", lower: bool = False) -> str:
    """A regex source matching any of `phrases`, the longest at a position first.

    A space in a phrase becomes `spaces` (any run of white space by default; pass
    ``r"\\ "`` to keep it literal). `lower` lower-cases the phrases first, for
    patterns compiled with re.IGNORECASE. The source is not grouped at the top:
    embed it as ``(?:...)``.
    """
    trie: dict = {}
    for phrase in {p.lower() if lower else p for p in phrases}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _render(trie, spaces)


def _render(node: dict, spaces: str) -> str:
    branches = [(spaces if char == " " else re.escape(char)) + _render(node[char], spaces)
                for char in sorted(c for c in node if c)]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
