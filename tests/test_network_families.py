"""The actor network collapsed to state families: a state's bodies become one node with its parts listed."""
from __future__ import annotations

import duckdb
import pytest

from linimasa.export import network as network_module
from linimasa.export.graphml import graphml_text
from linimasa.export.network import actor_families, actor_network

# An invented store: a state, two of its bodies, a local state body, a person and a party of that state,
# and a second state. Only the state and its state-sector bodies form the family.
ACTORS = [
    ("NRL", "country", "Negeri Nirala", "NRL", None, False),
    ("NRL.GOV", "organization", "Pemerintah Nirala", "NRL", "GOV", False),
    ("NRL.MIL", "organization", "Angkatan Bersenjata Nirala", "NRL", "MIL", False),
    ("local:kedubes-nirala", "organization", "Kedutaan Besar Nirala", "NRL", "GOV", True),
    ("local:tirta-wening", "person", "Tirta Wening", "NRL", "GOV", True),
    ("NRL.PARTAI", "organization", "Partai Pelangi Nirala", "NRL", "PTY", False),
    ("KRT", "country", "Republik Karta", "KRT", None, False),
]


def _event(source, target, event_type="ACCUSE"):
    names = {a[0]: (a[2], a[3]) for a in ACTORS}
    out = {"type": event_type, "source": source, "target": target}
    for side, actor in (("source", source), ("target", target)):
        out[f"{side}_name"], out[f"{side}_country"] = names.get(actor, (None, None))
    return out


EVENTS = [
    _event("NRL.GOV", "KRT"),
    _event("NRL.MIL", "KRT", "ASSAULT"),
    _event("local:kedubes-nirala", "KRT", "CONSULT"),
    _event("KRT", "NRL", "REQUEST"),
    _event("NRL.GOV", "NRL.MIL", "CONSULT"),  # inside the family: no edge when collapsed
    _event("local:tirta-wening", "NRL.PARTAI", "ACCUSE"),
]


@pytest.fixture()
def con(monkeypatch):
    con = duckdb.connect()
    con.execute("CREATE TABLE actors (actor_id VARCHAR, kind VARCHAR, name VARCHAR, country VARCHAR, "
                "sector VARCHAR, local BOOLEAN)")
    con.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?)", ACTORS)
    monkeypatch.setattr(network_module, "merged_timeline", lambda con, **kw: [dict(e) for e in EVENTS])
    return con


def test_families_are_the_state_and_its_state_bodies(con):
    assert actor_families(con) == {"NRL": "NRL", "NRL.GOV": "NRL", "NRL.MIL": "NRL",
                                   "local:kedubes-nirala": "NRL", "KRT": "KRT"}


def test_default_network_keeps_the_parts(con):
    network = actor_network(con)
    ids = {n.id for n in network.nodes}
    assert {"NRL.GOV", "NRL.MIL", "local:kedubes-nirala", "NRL"} <= ids
    assert all(n.parts == [] for n in network.nodes)


def test_families_collapse_into_one_state_node(con):
    network = actor_network(con, families=True)
    nodes = {n.id: n for n in network.nodes}
    assert not {"NRL.GOV", "NRL.MIL", "local:kedubes-nirala"} & nodes.keys()
    state = nodes["NRL"]
    assert state.name == "Negeri Nirala" and state.kind == "country"
    assert state.parts == ["NRL", "NRL.GOV", "NRL.MIL", "local:kedubes-nirala"]
    assert state.events == 5  # each event once, the one inside the family included
    edges = {(e.source, e.target): e for e in network.edges}
    assert dict(edges[("NRL", "KRT")].types) == {"ACCUSE": 1, "ASSAULT": 1, "CONSULT": 1}
    assert ("NRL", "NRL") not in edges
    # people and parties stay their own nodes
    assert nodes["local:tirta-wening"].parts == ["local:tirta-wening"] and "NRL.PARTAI" in nodes


def test_graphml_lists_the_parts(con):
    text = graphml_text(actor_network(con, families=True))
    assert 'attr.name="parts"' in text
    assert "NRL NRL.GOV NRL.MIL local:kedubes-nirala" in text
