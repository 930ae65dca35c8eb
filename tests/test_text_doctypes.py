"""kg.text.doctypes: the one table of document types that extraction and RDF both read."""
from kg.extract.mention_words import TYPE_WORDS
from kg.rdf.build import DOCUMENT_CLASS, TYPE_NAME_VI
from kg.rdf.vocab import DKG
from kg.text.doctypes import NUMBERED_TYPE_WORDS, document_types, type_name


def test_names_split_and_first_is_usual():
    table = document_types()
    assert table["QĐ"].names == ("Quyết định", "Quy định")
    assert type_name("QĐ") == "Quyết định"
    assert type_name("TT") == "Thông tri"          # the Party's word comes first in the table
    assert type_name("CTMTQG") == "Chương trình mục tiêu quốc gia"


def test_unknown_code_is_returned_as_is():
    assert type_name("XYZ") == "XYZ"
    assert type_name(None) == ""


def test_every_code_the_extractor_reads_is_in_the_table():
    codes = {code for _, code in TYPE_WORDS}
    assert not codes - set(document_types()), codes - set(document_types())


def test_rdf_labels_and_classes_come_from_the_same_table():
    assert DOCUMENT_CLASS["KH"] == DKG.Plan
    assert TYPE_NAME_VI["TT"] == "Thông tư"          # the label column wins where it is filled
    assert TYPE_NAME_VI["CĐ"] == "Công điện"         # and the usual name where it is empty


def test_the_numbered_type_words_are_names_of_the_table_none_the_start_of_another():
    names = {n.lower() for t in document_types().values() for n in t.names}
    assert set(NUMBERED_TYPE_WORDS) <= names, set(NUMBERED_TYPE_WORDS) - names
    assert "thông tri" not in NUMBERED_TYPE_WORDS      # near miss: a name of the table a number is not read after here
    # (so the patterns built on them match the same whatever order they list them in)
    assert not [(a, b) for a in NUMBERED_TYPE_WORDS for b in NUMBERED_TYPE_WORDS if a != b and b.startswith(a)]


def test_type_name_in_english_and_an_unknown_code():
    assert type_name("KH", "en") == "Plan" and type_name("KH") == "Kế hoạch"
    assert type_name("XYZ", "en") == "XYZ" and type_name(None) == ""
