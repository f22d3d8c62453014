"""GraphML of the actor network, for Gephi, networkx, igraph or yEd.

A directed graph: one node per actor (label, country, kind, events; with
families, one node per state and its merged actor ids in `parts`), one edge
per ordered actor pair with `weight` (merged events), `quad_class` (the class
of most of them), `types` ("ASSAULT:3 REQUEST:1") and one integer attribute
per PLOVER type present, so Gephi can filter edges by type.
"""
from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

import duckdb

from .network import Network, actor_network

NS = "http://graphml.graphdrawing.org/xmlns"


def graphml_text(network: Network) -> str:
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    types = sorted({t for e in network.edges for t in e.types})
    keys = [("label", "node", "string"), ("country", "node", "string"), ("kind", "node", "string"),
            ("events", "node", "int"),
            ("parts", "node", "string"), ("weight", "edge", "int"), ("quad_class", "edge", "string"),
            ("types", "edge", "string")] + [(f"type_{t}", "edge", "int") for t in types]
    for name, domain, kind in keys:
        ET.SubElement(root, f"{{{NS}}}key", {"id": name, "for": domain, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"id": "actors", "edgedefault": "directed"})

    def data(parent, key, value):
        if value is not None:
            ET.SubElement(parent, f"{{{NS}}}data", {"key": key}).text = str(value)

    for node in network.nodes:
        element = ET.SubElement(graph, f"{{{NS}}}node", {"id": node.id})
        data(element, "label", node.name)
        data(element, "country", node.country)
        data(element, "kind", node.kind)
        data(element, "events", node.events)
        data(element, "parts", " ".join(node.parts) or None)
    for i, edge in enumerate(network.edges):
        element = ET.SubElement(graph, f"{{{NS}}}edge", {"id": f"e{i}", "source": edge.source,
                                                         "target": edge.target})
        data(element, "weight", edge.weight)
        data(element, "quad_class", edge.quad_class)
        data(element, "types", " ".join(f"{t}:{n}" for t, n in sorted(edge.types.items())))
        for event_type, n in sorted(edge.types.items()):
            data(element, f"type_{event_type}", n)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_graphml(con: duckdb.DuckDBPyConnection, path: Path, *, story: int | None = None,
                  families: bool = False) -> int:
    network = actor_network(con, story=story, families=families)
    path.write_text(graphml_text(network), encoding="utf-8")
    return len(network.nodes)
