#!/usr/bin/env python3
"""Regenerate the encoding fixtures of the corpus from their clean UTF-8 sources.

The clean originals live beside this script in sources/*.md.in; the tests also use
them as the oracle of decoding. Each output is written into corpus/, in the
damaged or foreign encoding a real document arrives in:

  mojibake       UTF-8 text that was decoded as Windows-1252 and saved again as
                 UTF-8. Bytes 0x81 0x8D 0x8F 0x90 0x9D have no cp1252 mapping and
                 are dropped, as the tools that did this in real life did.
  cp1252         French text saved as Windows-1252 with CRLF line ends.
  utf16-bom      German text saved as UTF-16LE with a BOM and CRLF line ends.
  utf8-bom       English text saved as UTF-8 with a BOM and CRLF line ends.

The output is deterministic. `make_fixtures.py --check` exits 1 when a
committed fixture differs from what the sources produce.

Usage: python3 Tests/Fixtures/corpus-encodings/make_fixtures.py [--check]
"""

import codecs
import pathlib
import sys

TOOLS = pathlib.Path(__file__).resolve().parent
CORPUS = TOOLS.parent.parent.parent / "corpus"
SOURCES = TOOLS / "sources"

# (source name, output path relative to corpus/, transformation)
FIXTURES = [
    ("2025-03-14-vaultwarden-nfs-mount-missing.md.in",
     "2025-03-14-vaultwarden-nfs-mount-missing.md", "mojibake"),
    ("2022-10-05-panne-nfs-nas.md.in",
     "fr/2022-10-05-panne-nfs-nas.md", "cp1252"),
    ("2023-05-08-zfs-pool-degraded.md.in",
     "de/2023-05-08-zfs-pool-degraded.md", "utf16-bom"),
    ("2021-04-18-redis-session-store-oom.md.in",
     "2021-04-18-redis-session-store-oom.md", "utf8-bom"),
]


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def mojibake(text: str) -> bytes:
    # Decode the UTF-8 bytes as cp1252; undefined bytes are lost on the way.
    damaged = text.encode("utf-8").decode("cp1252", errors="ignore")
    return damaged.encode("utf-8")


def transform(kind: str, text: str) -> bytes:
    if kind == "mojibake":
        return mojibake(text)
    if kind == "cp1252":
        return crlf(text).encode("cp1252")
    if kind == "utf16-bom":
        return codecs.BOM_UTF16_LE + crlf(text).encode("utf-16-le")
    if kind == "utf8-bom":
        return codecs.BOM_UTF8 + crlf(text).encode("utf-8")
    raise ValueError(f"unknown transformation {kind!r}")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for source, output, kind in FIXTURES:
        text = (SOURCES / source).read_text(encoding="utf-8")
        data = transform(kind, text)
        target = CORPUS / output
        if check:
            if not target.exists() or target.read_bytes() != data:
                stale.append(output)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            print(f"wrote {output} ({kind}, {len(data)} bytes)")
    if stale:
        for output in stale:
            print(f"stale: {output}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
