"""Pattern builders the posting stages share; no vocabulary of their own."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


def trie_pattern(words: list[str], ends: Mapping[str, str] | None = None) -> str:
    """One regular expression that matches any of ``words``, shaped as a trie, so that the engine
    rejects a position after a character or two instead of trying every word.  ``ends`` gives a
    pattern that must follow a word (none by default); it must not start with a character a
    word of the trie can continue with, so that the longest match is still the one found."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = (ends or {}).get(word, "")

    def emit(node: dict[str, Any]) -> str:
        # what may end a word last: an end that can match nothing must not cut a longer word
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        branches += [node[""]] if "" in node else []
        if branches == [""]:
            return ""
        optional = "" in branches
        branches = [b for b in branches if b]
        one = len(branches) == 1 and not optional
        body = branches[0] if one else "(?:" + "|".join(branches) + ")"
        return body + "?" if optional else body

    return emit(trie)
