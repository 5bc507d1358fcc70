"""Link rows (a measure's Handlungsfelder, a workshop's or a grant's measures) set to
exactly a list: the one way every service does it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def keep_exactly(links: list[Any], key: str, wanted: list[str], make: Callable[[str], Any]) -> None:
    """Make *links* point at exactly *wanted*, keeping the links that stay (so an
    unchanged link writes nothing and syncs nothing)."""
    for link in list(links):
        if getattr(link, key) not in wanted:
            links.remove(link)
    have = {getattr(link, key) for link in links}
    links.extend(make(target) for target in wanted if target not in have)
