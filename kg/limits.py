"""What one input may cost (giới hạn đầu vào): settings with defaults, read from the environment.

A hostile or broken file must be refused before it can exhaust the machine, and the refusal
names the setting that was hit so the user knows what to raise or how to split the input.
Every limit here is documented in README ("Limits"); the checks live where the input is parsed
(``kg.rdf.files`` for RDF files).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from kg.errors import InputError


@dataclass(frozen=True)
class Limit:
    """One setting: its environment variable, its default and what it bounds."""

    env: str
    default: int
    what: str

    def value(self) -> int:
        raw = os.environ.get(self.env, "").strip().replace("_", "")
        if not raw:
            return self.default
        try:
            value = int(raw)
        except ValueError:
            raise InputError(f"{self.env}={raw!r} is not a whole number",
                             hint=f"set {self.env} to a number of {self.what}, or unset it "
                                  f"for the default ({self.default:,})") from None
        if value <= 0:
            raise InputError(f"{self.env} must be positive", hint=f"unset it for the default ({self.default:,})")
        return value

    def exceeded(self, actual: int, *, file: str | None = None, where: str = "", advice: str = "") -> InputError:
        place = f" {where}" if where else ""
        return InputError(
            f"{actual:,} {self.what}{place} exceeds {self.env} ({self.value():,})",
            file=file,
            hint=(advice + "; " if advice else "") + f"or raise {self.env} if the input is trusted")


#: Bytes of one RDF file given to load or validate.
RDF_FILE_BYTES = Limit("DKG_MAX_RDF_FILE_BYTES", 1 << 30, "bytes in one RDF file")
#: Bytes of one literal (a label, a text): long ones cost memory in every engine that copies them.
LITERAL_BYTES = Limit("DKG_MAX_LITERAL_BYTES", 8 << 20, "bytes in one literal")
#: Depth of nested blank nodes (collections, [ ... ] inside [ ... ]): deep chains make
#: validators and serialisers recurse.
NESTING = Limit("DKG_MAX_NESTING", 2_000, "levels of nested blank nodes")
#: Bytes of one write request to ``dkg serve`` (a load's files, or a part of an ingest's texts).
UPLOAD_BYTES = Limit("DKG_MAX_UPLOAD_BYTES", 1 << 30, "bytes in one write request to the server")

ALL = (RDF_FILE_BYTES, LITERAL_BYTES, NESTING, UPLOAD_BYTES)
