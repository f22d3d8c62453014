"""The actor network of a story or period: actors as nodes, event counts by type as edges.

Built from merged events (one real event counts once however many outlets
reported it). Used by the GraphML export and by the web app's network view.
An edge is directed, source actor to target actor; events with one side
unknown add to the actor's own event count but make no edge.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb

from ..corpus.timeline import merged_timeline
from ..document import QUAD_CLASS


@dataclass(slots=True)
class Node:
    id: str
    name: str
    country: str | None
    kind: str | None
    events: int = 0  # merged events the actor takes part in, either side


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
            "nodes": [{"id": n.id, "name": n.name, "country": n.country, "kind": n.kind, "events": n.events}
                      for n in self.nodes],
            "edges": [{"source": e.source, "target": e.target, "weight": e.weight, "quad_class": e.quad_class,
                       "types": dict(sorted(e.types.items()))} for e in self.edges],
        }


def actor_network(con: duckdb.DuckDBPyConnection, *, story: int | None = None, date_from: date | None = None,
                  date_to: date | None = None, max_nodes: int | None = None) -> Network:
    """The network of merged events, keeping the `max_nodes` actors with most events when given."""
    events = merged_timeline(con, story=story, date_from=date_from, date_to=date_to)
    kinds = dict(con.execute("SELECT actor_id, kind FROM actors").fetchall())
    nodes: dict[str, Node] = {}
    edges: dict[tuple[str, str], Edge] = {}
    for event in events:
        for side in ("source", "target"):
            actor = event[side]
            if actor:
                node = nodes.setdefault(actor, Node(actor, event[f"{side}_name"] or actor,
                                                    event[f"{side}_country"], kinds.get(actor)))
                node.events += 1
        if event["source"] and event["target"] and event["source"] != event["target"]:
            edge = edges.setdefault((event["source"], event["target"]), Edge(event["source"], event["target"]))
            edge.types[event["type"]] += 1
    ranked = sorted(nodes.values(), key=lambda n: (-n.events, n.name, n.id))
    if max_nodes is not None:
        ranked = ranked[:max_nodes]
    kept = {n.id for n in ranked}
    kept_edges = sorted((e for e in edges.values() if e.source in kept and e.target in kept),
                        key=lambda e: (-e.weight, e.source, e.target))
    return Network(ranked, kept_edges)
