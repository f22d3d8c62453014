"""The actor network of a story or period: actors as nodes, event counts by type as edges.

Built from merged events (one real event counts once however many outlets
reported it). Used by the GraphML export and by the web app's network view.
An edge is directed, source actor to target actor; events with one side
unknown add to the actor's own event count but make no edge. With
`families=True` a state's parts (its government, ministries, armed forces,
White House ...: "USA.GOV", "USA.WH") collapse into one node for the state
("USA"), the parts listed in the node's `parts`.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb

from ..corpus.timeline import merged_timeline
from ..actors.dictionary import STATE_SECTORS
from ..document import QUAD_CLASS


@dataclass(slots=True)
class Node:
    id: str
    name: str
    country: str | None
    kind: str | None
    events: int = 0  # merged events the actor takes part in, either side
    parts: list[str] = field(default_factory=list)  # with families: the actor ids merged into this node


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    types: Counter = field(default_factory=Counter)

    @property
    def weight(self) -> int:
        return sum(self.types.values())

    @property
    def quad_class(self) -> str:
        """The quad class holding most of this edge's events (ties: the alphabetically first)."""
        quads = Counter()
        for event_type, n in self.types.items():
            quads[QUAD_CLASS.get(event_type, "verbal cooperation")] += n
        return min(quads, key=lambda q: (-quads[q], q))


@dataclass(slots=True)
class Network:
    nodes: list[Node]
    edges: list[Edge]

    def as_dict(self) -> dict[str, Any]:
        return {
            "nodes": [{"id": n.id, "name": n.name, "country": n.country, "kind": n.kind, "events": n.events,
                       "parts": n.parts}
                      for n in self.nodes],
            "edges": [{"source": e.source, "target": e.target, "weight": e.weight, "quad_class": e.quad_class,
                       "types": dict(sorted(e.types.items()))} for e in self.edges],
        }


def actor_families(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Actor id -> the state whose family it is part of, from the stored actors: the state itself, and its
    bodies of a state sector (government, armed forces, intelligence, legislature, judiciary, police), as
    `ActorDictionary.family` and the resolver decide them. Actors of no state family are left out."""
    out = {}
    for actor_id, kind, country, sector, local in con.execute(
            "SELECT actor_id, kind, country, sector, local FROM actors").fetchall():
        if not country:
            continue
        if kind == "country" or (kind == "organization" and sector in STATE_SECTORS
                                 and (local or actor_id.split(".", 1)[0] == country)):
            out[actor_id] = country
    return out


def actor_network(con: duckdb.DuckDBPyConnection, *, story: int | None = None, date_from: date | None = None,
                  date_to: date | None = None, max_nodes: int | None = None, families: bool = False) -> Network:
    """The network of merged events, keeping the `max_nodes` actors with most events when given; with
    `families`, one node per state family (see `actor_families`)."""
    events = merged_timeline(con, story=story, date_from=date_from, date_to=date_to)
    rows = con.execute("SELECT actor_id, kind, name, country FROM actors").fetchall()
    kinds = {r[0]: r[1] for r in rows}
    family = actor_families(con) if families else {}
    nodes: dict[str, Node] = {}
    edges: dict[tuple[str, str], Edge] = {}
    for event in events:
        ends = {}
        for side in ("source", "target"):
            actor = event[side]
            if not actor:
                continue
            head = family.get(actor, actor)
            ends[side] = head
            node = nodes.get(head)
            if node is None:
                if head != actor:  # a family node: named and typed as its state
                    state = next((r for r in rows if r[0] == head), None)
                    node = Node(head, state[2] if state and state[2] else head, head, "country")
                else:
                    node = Node(actor, event[f"{side}_name"] or actor, event[f"{side}_country"], kinds.get(actor))
                nodes[head] = node
            if families and actor not in node.parts:
                node.parts.append(actor)
        for head in (set(ends.values()) if families else ends.values()):
            nodes[head].events += 1
        source, target = ends.get("source"), ends.get("target")
        if source and target and source != target:
            edge = edges.setdefault((source, target), Edge(source, target))
            edge.types[event["type"]] += 1
    for node in nodes.values():
        node.parts.sort(key=lambda p: (p != node.id, p))
    ranked = sorted(nodes.values(), key=lambda n: (-n.events, n.name, n.id))
    if max_nodes is not None:
        ranked = ranked[:max_nodes]
    kept = {n.id for n in ranked}
    kept_edges = sorted((e for e in edges.values() if e.source in kept and e.target in kept),
                        key=lambda e: (-e.weight, e.source, e.target))
    return Network(ranked, kept_edges)
