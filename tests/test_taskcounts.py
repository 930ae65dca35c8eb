"""Which quads a task count counts (``kg.store.taskcounts``); the counts a write leaves against
those of a rebuild are compared in test_textindex."""
from __future__ import annotations

import pyoxigraph as ox

from kg.rdf.graphs import ASSERTED
from kg.rdf.terms import OX_DKG, chunked, values_list
from kg.store import taskcounts

TASK = ox.NamedNode("https://w3id.org/directive-kg/id/task/t1")
BODY = ox.NamedNode("https://w3id.org/directive-kg/id/body/ban-tuyen-giao")


def test_each_role_assigns_a_task_to_a_named_body_and_nothing_else_does():
    roles = [ox.Quad(TASK, OX_DKG[r], BODY, ASSERTED) for r in taskcounts.ROLES]
    near_misses = [
        ox.Quad(TASK, OX_DKG.label, BODY, ASSERTED),                        # not a role
        ox.Quad(TASK, OX_DKG[taskcounts.ROLES[0]], ox.BlankNode(), ASSERTED),  # a body without a name
        ox.Quad(TASK, OX_DKG[taskcounts.ROLES[0]], ox.Literal("Ban Tuyên giáo"), ASSERTED),
    ]
    assert taskcounts.assignments([*roles, *near_misses]) == roles
    assert taskcounts.assigned_bodies([*roles, *near_misses]) == {BODY}


def test_nodes_go_to_values_blocks_distinct_sorted_and_chunked():
    nodes = [ox.NamedNode(f"https://example.org/{i:02d}") for i in (3, 1, 2, 1)]
    assert [[n.value[-2:] for n in chunk] for chunk in chunked(nodes, size=2)] == [["01", "02"], ["03"]]
    assert values_list(nodes[:2]) == "<https://example.org/03> <https://example.org/01>"
