"""Notes that sort themselves: „Notizen gruppieren“ proposes groups of notes that say
similar things, each with a heading from its most telling words – offline, nothing
leaves the laptop.

How: each note's words, lower-cased, without stop words, reduced to their stem (Snowball,
German or English as the interface is) and the stems' character 4-grams; weights by
tf-idf (a word that many notes use tells less); cosine similarity between notes, then
the similarity of their similarities (second order); average-linkage clustering (by the
nearest-neighbour chain), cut where groups become less similar than THRESHOLD. A group's heading is its words of
highest summed weight, written as they were most often written."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from workbench.i18n import language

THRESHOLD = 0.10
NGRAM_WEIGHT = 0.3
FLOOR = 0.05  # first-order similarity below this counts as none
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_STOP_DE = """aber alle allem allen aller alles als also am an andere anderen auch auf aus bei
beim bin bis bitte bleibt da damit dann das dass dem den denn der des dessen die dies diese
diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa
euch für gegen gibt haben hat hier ich ihr im immer in ins ist ja jede jeden jeder jedes
jetzt kann kein keine können machen man mehr mein mit muss müssen nach nicht noch nur ob
oder ohne schon sehr sein seine sich sie sind so soll sollen sollte sowie über um und uns
unser unsere unter viel viele vom von vor war wäre was weil wenn wer werden wie wieder wir
wird wo wollen zu zum zur zwischen gut neue neuen besser mal ganz einfach geht statt per"""
_STOP_EN = """about all also and any are because been but can could did does for from get has
have how into its just like more most much must need not now our should some such than
that the their them then there these they this those too very was were what when where
which while who why will with would you your better new"""
STOP = {"de": frozenset(_STOP_DE.split()), "en": frozenset(_STOP_EN.split())}  # noqa: SIM905


@dataclass(frozen=True)
class Proposal:
    """A proposed group: its notes (indices into what was given, or ids) and heading."""

    members: tuple[int, ...]
    heading: str


def stemmer(lang: str | None = None):  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english" if (lang or language()) == "en" else "german")


def tokens(text: str, lang: str, stem: object) -> list[tuple[str, str]]:
    """(stem, word as written) of the telling words of *text*."""
    stop = STOP["en" if lang == "en" else "de"]
    words = [w for w in WORD.findall(text) if w.lower() not in stop]
    stems = stem.stemWords([w.lower() for w in words])  # type: ignore[attr-defined]
    return list(zip(stems, words, strict=True))


def vectors(
    texts: Sequence[str], lang: str
) -> tuple[list[dict[str, float]], dict[str, Counter[str]]]:
    """tf-idf vectors of *texts* (unit length) and, per stem, how it was written. Besides
    the stems, their character 4-grams count a little (NGRAM_WEIGHT): German joins words
    („Fahrradbügel“, „Radwege“), and the parts then still meet."""
    stem = stemmer(lang)
    bags: list[dict[str, float]] = []
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        bag: dict[str, float] = defaultdict(float)
        for s, w in tokens(text, lang, stem):
            written[s][w] += 1
            bag[s] += 1
            padded = f"<{s}>"
            for i in range(len(padded) - 3):
                bag["#" + padded[i : i + 4]] += NGRAM_WEIGHT
        bags.append(bag)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(texts)
    result = []
    for bag in bags:
        vec = {k: (1 + math.log(1 + c)) * math.log((1 + n) / (1 + df[k])) for k, c in bag.items()}
        result.append(_unit(vec))
    return result, written


def _unit(vec: dict[Any, float]) -> dict[Any, float]:
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / norm for k, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def average_linkage(sim: list[list[float]], threshold: float) -> list[list[int]]:
    """Clusters of average linkage cut at *threshold*, by the nearest-neighbour chain
    (average linkage is reducible: the chain finds the same merges as the greedy order)."""
    n = len(sim)
    if n == 0:
        return []
    s = [row[:] for row in sim]
    size = [1] * n
    active = set(range(n))
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    chain: list[int] = []
    while len(active) > 1:
        if not chain:
            chain.append(min(active))
        a = chain[-1]
        previous = chain[-2] if len(chain) > 1 else None
        best, b = -2.0, -1
        for c in active:
            if c != a and (s[a][c] > best or (s[a][c] == best and c == previous)):
                best, b = s[a][c], c
        if b == previous:
            chain.pop()
            chain.pop()
            if best >= threshold:
                parent[find(b)] = find(a)
            total = size[a] + size[b]
            for c in active:
                if c not in (a, b):
                    value = (size[a] * s[a][c] + size[b] * s[b][c]) / total
                    s[a][c] = s[c][a] = value
            size[a] = total
            active.remove(b)
        else:
            chain.append(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def propose(
    texts: Sequence[str], lang: str | None = None, threshold: float = THRESHOLD
) -> list[Proposal]:
    """Groups of two notes or more, largest first, each with a heading of up to three words."""
    lang = lang or language()
    vecs, written = vectors(texts, lang)
    n = len(vecs)
    # second order: two notes are alike when they are alike to the same notes – short
    # notes share few words, but their neighbours do
    first = [
        _unit({j: v for j in range(n) if (v := cosine(vecs[i], vecs[j])) > FLOOR}) for i in range(n)
    ]
    sim = [[0.0] * n for _ in range(n)]
    for i in range(n):
        sim[i][i] = 1.0
        for j in range(i + 1, n):
            sim[i][j] = sim[j][i] = cosine(first[i], first[j])
    proposals = []
    for members in average_linkage(sim, threshold):
        if len(members) < 2:
            continue
        weight: Counter[str] = Counter()
        for m in members:
            weight.update(vecs[m])
        top = [stem for stem, _w in weight.most_common() if not stem.startswith("#")][:3]
        words = [written[stem].most_common(1)[0][0] for stem in top]
        heading = " · ".join(w[:1].upper() + w[1:] for w in words)
        proposals.append(Proposal(tuple(members), heading))
    return proposals


def keyword_baseline(texts: Sequence[str], lang: str = "de") -> list[list[int]]:
    """The plain way to compare with: each note goes with the others that share its most
    common word in the whole set (no stems, no weights)."""
    stop = STOP["en" if lang == "en" else "de"]
    bags = [[w.lower() for w in WORD.findall(t) if w.lower() not in stop] for t in texts]
    counts = Counter(w for bag in bags for w in set(bag))
    groups: dict[str, list[int]] = defaultdict(list)
    for i, bag in enumerate(bags):
        key = max(bag, key=lambda w: (counts[w], w)) if bag else f"#{i}"
        groups[key].append(i)
    return list(groups.values())


def adjusted_rand_index(truth: Sequence[object], found: Sequence[object]) -> float:
    """Hubert and Arabie's adjusted Rand index of two labellings (1: the same, 0: chance)."""
    n = len(truth)
    pairs = Counter(zip(truth, found, strict=True))
    a = Counter(truth)
    b = Counter(found)

    def comb(k: int) -> float:
        return k * (k - 1) / 2

    index = sum(comb(v) for v in pairs.values())
    sum_a = sum(comb(v) for v in a.values())
    sum_b = sum(comb(v) for v in b.values())
    expected = sum_a * sum_b / comb(n) if n > 1 else 0.0
    maximum = (sum_a + sum_b) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def labels(groups: Sequence[Sequence[int]], n: int) -> list[int]:
    """A label per note from groups of indices (a note in none: a group of its own)."""
    out = list(range(n, 2 * n))
    for number, group in enumerate(groups):
        for i in group:
            out[i] = number
    return out


# -- on a canvas ------------------------------------------------------------------------------
@dataclass(frozen=True)
class GroupProposal:
    """A proposed canvas group: the notes (ids, their texts) and the proposed heading."""

    note_ids: tuple[str, ...]
    texts: tuple[str, ...]
    heading: str


def propose_groups(session: Session, canvas_id: str) -> list[GroupProposal]:
    """Groups for the notes of a canvas that are in no group yet and have text."""
    from sqlalchemy import select

    from workbench.model import Note

    rows = session.execute(
        select(Note.id, Note.text)
        .where(Note.canvas_id == canvas_id, Note.group_id.is_(None))
        .order_by(Note.created_at)
    ).all()
    rows = [r for r in rows if r.text.strip()]
    found = propose([r.text for r in rows])
    return [
        GroupProposal(
            tuple(rows[i].id for i in p.members), tuple(rows[i].text for i in p.members), p.heading
        )
        for p in found
    ]


def accept_groups(session: Session, groups: list[tuple[list[str], str]]) -> int:
    """Make the accepted proposals canvas groups (inside one execute(): one undo step)."""
    from workbench.services.canvas import group_notes

    for note_ids, heading in groups:
        group_notes(session, note_ids, heading)
    return len(groups)
