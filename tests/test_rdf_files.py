"""kg.rdf.files: hostile and oversized RDF files are refused by name, cheaply, and change nothing."""

from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import InputError, UsageError
from kg.rdf.files import KEPT_AS_SPELT, NEVER_REWRITTEN, canonical_literals, check_nesting, parse_file
from kg.rdf.terms import to_ox, triples_to_graph

EX = "http://example.org/"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
 <rdf:Description rdf:about="http://example.org/s"><ex:p>&g;</ex:p></rdf:Description>
</rdf:RDF>
"""

PLAIN_RDF_XML = b"""<?xml version="1.0"?>
<!-- a comment before the root is fine -->
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
 <rdf:Description rdf:about="http://example.org/s"><ex:p>x</ex:p></rdf:Description>
</rdf:RDF>
"""


def test_rdf_xml_with_entity_definitions_is_refused_before_expansion():
    with pytest.raises(InputError) as err:
        parse_file("laughs.rdf", BILLION_LAUGHS)
    assert err.value.file == "laughs.rdf" and "DOCTYPE" in err.value.message
    assert err.value.line == 2


def test_rdf_xml_with_an_empty_doctype_is_refused_too():
    doc = PLAIN_RDF_XML.replace(b"<!-- a", b"<!DOCTYPE rdf:RDF>\n<!-- a")
    with pytest.raises(InputError, match="DOCTYPE"):
        parse_file("d.rdf", doc)


def test_plain_rdf_xml_parses():
    quads = parse_file("ok.rdf", PLAIN_RDF_XML)
    assert [q.object for q in quads] == [ox.Literal("x")]


def test_the_billion_laughs_cost_nothing_in_a_fresh_process():
    """Through the CLI, as a user runs it: refused at once, exit 2, and memory stays small."""
    # The peak is read from the process's own memory map (VmHWM): ``ru_maxrss`` keeps the high-water mark of the
    # process it was forked from across exec, so under a large test runner it measured the runner, not the command.
    code = ("import re, sys\n"
            "from kg.cli import main\n"
            "sys.argv = ['dkg', 'validate', sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit as e:\n"
            "    status = open('/proc/self/status').read()\n"
            "    print(e.code, re.search(r'VmHWM:\\s*(\\d+) kB', status).group(1))\n")
    import tempfile
    with tempfile.NamedTemporaryFile(suffix=".rdf") as f:
        f.write(BILLION_LAUGHS)
        f.flush()
        out = subprocess.run([sys.executable, "-c", code, f.name], capture_output=True, text=True, timeout=120)
    exit_code, max_rss_kib = out.stdout.split()
    assert exit_code == "2", out.stderr
    assert "DOCTYPE" in out.stderr
    assert int(max_rss_kib) < 1_000_000  # the expansion alone would be 1.28e9 * 56 bytes


def test_a_literal_over_the_limit_is_refused_by_name(monkeypatch):
    monkeypatch.setenv("DKG_MAX_LITERAL_BYTES", "1000")
    data = f'<{EX}s> <{EX}p> "{"ă" * 600}" .\n'.encode()  # 1,200 bytes in UTF-8
    with pytest.raises(InputError) as err:
        parse_file("long.nt", data)
    assert "DKG_MAX_LITERAL_BYTES" in err.value.message and f"<{EX}s>" in err.value.message
    ok = f'<{EX}s> <{EX}p> "{"ă" * 400}" .\n'.encode()
    assert len(parse_file("fine.nt", ok)) == 1


def test_an_xml_literal_that_grows_past_the_limit_is_refused_from_a_file_under_it(monkeypatch):
    """A file under the literal limit is not checked literal by literal when its format writes
    literals as they are; RDF/XML's XML literals are re-serialized with the namespaces copied
    into every element, and are checked whatever the file's size."""
    monkeypatch.setenv("DKG_MAX_LITERAL_BYTES", "1000")
    ns = "http://example.org/" + "n" * 100 + "/"
    xml = ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           f'xmlns:a="{ns}"><rdf:Description rdf:about="{EX}s"><a:p rdf:parseType="Literal">'
           + "<a:x/>" * 10 + "</a:p></rdf:Description></rdf:RDF>").encode()
    assert len(xml) < 1000
    with pytest.raises(InputError, match="DKG_MAX_LITERAL_BYTES"):
        parse_file("grows.rdf", xml)
    # near miss: an N-Triples file under the limit, its literal written with escapes that unescape
    # to fewer bytes, is read without a check of its literals
    escaped = (f'<{EX}s> <{EX}p> "' + "\\u0103" * 150 + '" .\n').encode()
    assert len(escaped) < 1000
    assert parse_file("short.nt", escaped)[0].object.value == "ă" * 150


def test_default_graph_lines_of_an_nquads_file_go_to_asserted_and_named_ones_stay():
    data = (f'<{EX}s> <{EX}p> "a" .\n<{EX}s> <{EX}p> "b" <{EX}g> .\n').encode()
    got = {(q.object.value, q.graph_name) for q in parse_file("mixed.nq", data)}
    assert got == {("a", ox.NamedNode("https://w3id.org/directive-kg/graph/asserted")), ("b", ox.NamedNode(EX + "g"))}


def test_the_first_reserved_graph_of_a_file_is_named():
    data = "".join(f'<{EX}s> <{EX}p> "x" <{g}> .\n' for g in
                   (EX + "g", "https://w3id.org/directive-kg/graph/quarantine", "https://w3id.org/directive-kg/graph/index"))
    with pytest.raises(InputError, match="graph/quarantine, a graph"):
        parse_file("two.nq", data.encode())


def test_a_literal_past_the_parsers_buffer_is_refused_by_name_not_a_traceback():
    data = f'<{EX}s> <{EX}p> "'.encode() + b"a" * (17 << 20) + b'" .\n'  # over the engine's 16 MiB token buffer
    with pytest.raises(InputError) as err:
        parse_file("huge.nt", data)
    assert err.value.file == "huge.nt" and "DKG_MAX_LITERAL_BYTES" in err.value.message


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("DKG_MAX_RDF_FILE_BYTES", "100")
    path = tmp_path / "big.ttl"
    path.write_text(f"<{EX}s> <{EX}p> " + ", ".join(f'"{i}"' for i in range(100)) + " .\n")
    with pytest.raises(InputError, match="DKG_MAX_RDF_FILE_BYTES") as err:
        parse_file(path)
    assert err.value.file == str(path)


def test_a_bad_limit_setting_says_what_to_set(monkeypatch):
    monkeypatch.setenv("DKG_MAX_NESTING", "lots")
    with pytest.raises(UsageError, match="DKG_MAX_NESTING"):  # (a setting, not the file: no file's name before it)
        parse_file("x.ttl", b"@prefix ex: <http://example.org/> . ex:s ex:p [ ex:q [ ex:r 1 ] ] .")


@pytest.mark.parametrize("opening, closing", [("(", ")"), ("[ <http://example.org/p> ", "]")])
def test_deep_nesting_is_refused_and_shallow_nesting_kept(monkeypatch, opening, closing):
    monkeypatch.setenv("DKG_MAX_NESTING", "50")
    deep = f"<{EX}s> <{EX}p> {opening * 60} 1 {closing * 60} .".encode()
    with pytest.raises(InputError, match="DKG_MAX_NESTING"):
        parse_file("deep.ttl", deep)
    shallow = f"<{EX}s> <{EX}p> {opening * 10} 1 {closing * 10} .".encode()
    assert parse_file("shallow.ttl", shallow)


def test_a_cycle_of_blank_nodes_is_not_an_endless_depth():
    a, b = ox.BlankNode("a"), ox.BlankNode("b")
    p = ox.NamedNode(EX + "p")
    # (a walk that followed the cycle would never return; this one returns without an error)
    assert check_nesting([ox.Quad(a, p, b), ox.Quad(b, p, a)], "cycle.nt") is None


@pytest.mark.parametrize("graph", ["reference", "inferred", "index", "quarantine", "quarantine/20250101T000000"])
def test_data_for_a_graph_the_store_owns_is_refused(graph):
    data = f'<{EX}s> <{EX}p> "x" <https://w3id.org/directive-kg/graph/{graph}> .\n'.encode()
    with pytest.raises(InputError, match="derives or owns"):
        parse_file("g.nq", data)


def test_data_for_a_graph_of_ones_own_is_kept():
    data = f'<{EX}s> <{EX}p> "x" <https://w3id.org/directive-kg/graph/referencex> .\n'.encode()
    assert parse_file("g.nq", data)[0].graph_name == ox.NamedNode("https://w3id.org/directive-kg/graph/referencex")


def test_a_refused_file_leaves_the_store_unchanged(disk_store):
    before = set(disk_store.main)
    with pytest.raises(InputError):
        disk_store.load_files(["laughs.rdf"], data={"laughs.rdf": BILLION_LAUGHS})
    assert set(disk_store.main) == before


def test_long_literals_convert_to_the_same_graph_with_blank_nodes_kept():
    long_text = "văn bản " * 2000
    s, p = ox.BlankNode("n1"), ox.NamedNode(EX + "p")
    quads = [ox.Triple(s, p, ox.Literal(long_text, language="vi")), ox.Triple(s, p, ox.Literal("1"))]
    expected = Graph()
    node = URIRef(EX + "x")
    expected.add((node, URIRef(EX + "p"), Literal(long_text, lang="vi")))
    expected.add((node, URIRef(EX + "p"), Literal("1")))
    got = triples_to_graph(quads)
    assert len(set(got.subjects())) == 1  # one blank node, not one per triple
    assert isomorphic(got.skolemize(), got.skolemize()) and len(got) == 2
    assert {o for o in got.objects()} == {o for o in expected.objects()}
    assert to_ox(next(iter(got.objects(None, None))))  # terms convert back


def test_typed_literals_come_out_spelt_as_the_store_keeps_them():
    quads = parse_file("v.ttl", b'<http://example.org/t> <http://example.org/v> 1500.0, 1.50, "+5"^^'
                                b'<http://www.w3.org/2001/XMLSchema#integer>, "1.0", "2.0"@vi .')
    spelt = {(q.object.value, q.object.datatype.value.rsplit("#", 1)[1]) for q in quads}
    # numbers as the engine stores them; text, tagged or not, keeps the file's spelling
    assert spelt == {("1500", "decimal"), ("1.5", "decimal"), ("5", "integer"), ("1.0", "string"), ("2.0", "langString")}


@pytest.mark.parametrize("datatype", sorted(KEPT_AS_SPELT))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_form_left_out_of_the_scratch_store_is_one_the_engine_keeps(datatype, data):
    """canonical_literals skips the literals KEPT_AS_SPELT admits: the engine must keep each such form as written."""
    spelt = data.draw(st.from_regex(KEPT_AS_SPELT[datatype], fullmatch=True))
    literal = ox.Literal(spelt, datatype=ox.NamedNode(datatype))
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), literal))
    assert [q.object for q in store] == [literal]


@pytest.mark.parametrize("datatype", sorted(NEVER_REWRITTEN))
@settings(max_examples=100, deadline=None)
@given(text=st.text())
def test_a_literal_of_a_type_left_out_of_the_scratch_store_is_kept_as_written(datatype, text):
    """canonical_literals passes these types by whatever their spelling: the engine must keep any of them as
    written (JSON with its spaces, an address with a space, text that is neither)."""
    if datatype.endswith("#langString"):
        literal = ox.Literal(text, language="vi")
    else:
        literal = ox.Literal(text, datatype=ox.NamedNode(datatype))
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), literal))
    assert [q.object for q in store] == [literal]
    assert canonical_literals([ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), literal)])[0].object == literal


def test_a_decimal_written_with_a_trailing_zero_is_not_admitted_and_is_rewritten():
    kept = KEPT_AS_SPELT["http://www.w3.org/2001/XMLSchema#decimal"]
    assert not kept.fullmatch("1500.0") and not kept.fullmatch("-0") and not kept.fullmatch("0.50")
    quad = ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"),
                   ox.Literal("1500.0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")))
    assert canonical_literals([quad])[0].object.value == "1500"


def test_json_ld_depth_is_read_on_its_tokens_not_on_brackets_inside_strings(monkeypatch):
    monkeypatch.setenv("DKG_MAX_JSONLD_DEPTH", "3")
    text = '{"@id": "http://example.org/a", "http://example.org/p": "{[{[{[ \\" {{{{"}'
    assert len(parse_file("a.jsonld", text.encode())) == 1
    deep = '{"@id": "http://example.org/a", "http://example.org/p": [[[{"@id": "http://example.org/b"}]]]}'
    with pytest.raises(InputError, match="DKG_MAX_JSONLD_DEPTH"):
        parse_file("b.jsonld", deep.encode())
