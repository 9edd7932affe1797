"""Fuzz the DOCX/zip and PDF readers with mutations of every sample: a reader may read a
mutated file or refuse it with DocumentLoadError, nothing else (no other exception, no hang,
no crash of the process).

Case i of a run is fully determined by (seed, i): the sample is samples[i % n], the mutation is
drawn from random.Random(f"{seed}:{i}"), so a failure is replayed with `--only i`.
Mutations: random bytes, cuts and splices anywhere; zip structure fields (offsets, sizes,
versions, methods, flags, counts) set to boundary values; XML parts of a DOCX edited (numbers
made huge or negative, ranges deleted or repeated) and zipped again; PDF number tokens set to
boundary values, lines deleted or repeated, a content stream inflated, edited and deflated again.
Files are read as `roadmaps ingest` workers read them: same limits, under the address-space
limit, OCR off (scans would only cost time).

    .venv/bin/python tests/hostile/fuzz.py --cases 1000 --seed 14 [--kind docx|pdf] [--keep DIR]
    make fuzz   # a longer run
"""

from __future__ import annotations

import argparse
import io
import random
import re
import signal
import sys
import tempfile
import time
import traceback
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ingest import DocumentLoadError, Limits, read_document  # noqa: E402
from ingest.guards import memory_limit  # noqa: E402

SAMPLES = ROOT / "samples"
BOUNDARY = (0, 1, 2, 0x7F, 0xFF, 0x7FFF, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF)
CASE_SECONDS = 30  # a reader that takes longer on a ~50 KB file has a runaway loop


def samples(kind: str) -> list[Path]:
    """Every sample of the kind (the scanned PDF included: OCR is off, its text layer read)."""
    return sorted(SAMPLES.glob(f"*.{kind}"))


# --- mutations: each takes the bytes and a Random, returns (new bytes, what it did) ---------

def flip(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    out = bytearray(data)
    n = rng.choice((1, 2, 4, 16, 64))
    for _ in range(n):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out), f"{n} random bytes"


def cut(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    at = rng.randrange(1, len(data))
    return data[:at], f"cut at {at}"


def splice(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.choice((1, 16, 512, 8192)))
    if rng.random() < 0.5:
        return data[:a] + data[b:], f"deleted {a}:{b}"
    return data[:b] + data[a:b] * rng.choice((1, 2, 50)) + data[b:], f"repeated {a}:{b}"


def noise(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    at = rng.randrange(len(data))
    return data[:at] + rng.randbytes(rng.choice((1, 8, 300))) + data[at:], f"noise at {at}"


# zip records: signature → (field offset, size in bytes) of the fields worth breaking
_ZIP_FIELDS = {
    b"PK\x03\x04": [(4, 2), (6, 2), (8, 2), (18, 4), (22, 4), (26, 2), (28, 2)],
    b"PK\x01\x02": [(4, 2), (6, 2), (8, 2), (10, 2), (20, 4), (24, 4), (28, 2), (30, 2),
                    (32, 2), (34, 2), (42, 4)],
    b"PK\x05\x06": [(4, 2), (6, 2), (8, 2), (10, 2), (12, 4), (16, 4), (20, 2)],
}


def zip_field(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    spots = [(m.start(), sig) for sig in _ZIP_FIELDS for m in re.finditer(re.escape(sig), data)]
    if not spots:
        return flip(data, rng)
    at, sig = rng.choice(spots)
    off, size = rng.choice(_ZIP_FIELDS[sig])
    value = rng.choice((*BOUNDARY, len(data), len(data) + rng.randrange(1, 99999),
                        rng.randrange(1 << (8 * size))))
    value &= (1 << (8 * size)) - 1
    out = bytearray(data)
    out[at + off:at + off + size] = value.to_bytes(size, "little")
    return bytes(out), f"zip {sig!r}@{at}+{off} = {value}"


_XML_PARTS = ("word/document.xml", "word/styles.xml", "word/numbering.xml")
_NUMBER = re.compile(rb'(?<=w:val=")-?\d+(?=")|\d+')


def _xml_edit(xml: bytes, rng: random.Random) -> tuple[bytes, str]:
    how = rng.randrange(3)
    if how == 0:
        spots = list(_NUMBER.finditer(xml))
        if spots:
            m = rng.choice(spots)
            value = rng.choice((b"999999999", b"-1", b"2147483648", b"0", b"1e9",
                                b"99999999999999999999", b"x"))
            return xml[:m.start()] + value + xml[m.end():], f"number {m.group()!r} -> {value!r}"
    a = rng.randrange(len(xml))
    b = min(len(xml), a + rng.choice((1, 10, 200, 5000)))
    if how == 1:
        return xml[:a] + xml[b:], f"deleted {a}:{b}"
    return xml[:b] + xml[a:b] * rng.choice((2, 30)) + xml[b:], f"repeated {a}:{b}"


def docx_xml(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        names = zin.namelist()
        parts = [n for n in _XML_PARTS if n in names]
        target = rng.choice(parts)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
            for n in names:
                content = zin.read(n)
                if n == target:
                    content, what = _xml_edit(content, rng)
                zout.writestr(n, content)
    return buf.getvalue(), f"{target}: {what}"


_PDF_NUMBER = re.compile(rb"(?<![\w.])\d+(?![\w.])")


def pdf_number(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    spots = list(_PDF_NUMBER.finditer(data[:2_000_000]))
    if not spots:
        return flip(data, rng)
    m = rng.choice(spots)
    value = rng.choice((b"0", b"-1", b"2147483647", b"4294967296", b"99999999999999999999",
                        str(len(data)).encode(), b"1e308"))
    what = f"number {m.group()!r}@{m.start()} -> {value!r}"
    return data[:m.start()] + value + data[m.end():], what


def pdf_lines(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    lines = data.split(b"\n")
    i = rng.randrange(len(lines))
    if rng.random() < 0.5:
        del lines[i]
        return b"\n".join(lines), f"line {i} deleted"
    lines.insert(i, lines[i])
    return b"\n".join(lines), f"line {i} repeated"


_FLATE = re.compile(rb"/Filter\s*/FlateDecode[^>]*>>\s*stream\r?\n", re.S)


def pdf_content(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Inflate a Flate stream, edit its operators, deflate it again (length left as it was:
    PDFium then also has to cope with a wrong /Length)."""
    spots = list(_FLATE.finditer(data))
    if not spots:
        return pdf_number(data, rng)
    m = rng.choice(spots)
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(data[m.end():], 50_000_000)
    except zlib.error:
        return pdf_number(data, rng)
    used = len(data) - m.end() - len(inflater.unused_data)
    edited, what = _xml_edit(plain, rng) if plain else (plain, "empty")
    return (data[:m.end()] + zlib.compress(edited) + data[m.end() + used:],
            f"stream@{m.end()}: {what}")


MUTATORS: dict[str, list[Callable[[bytes, random.Random], tuple[bytes, str]]]] = {
    "docx": [flip, cut, splice, noise, zip_field, zip_field, docx_xml, docx_xml, docx_xml],
    "pdf": [flip, cut, splice, noise, pdf_number, pdf_number, pdf_lines, pdf_content,
            pdf_content],
}


# --- running cases --------------------------------------------------------------------------

def mutate(kind: str, files: list[Path], seed: int, i: int) -> tuple[Path, bytes, str]:
    """Case i: (sample, mutated bytes, description), a function of (seed, i) alone."""
    rng = random.Random(f"{seed}:{kind}:{i}")
    sample = files[i % len(files)]
    data = sample.read_bytes()
    rounds = rng.choice((1, 1, 1, 2, 3))
    what = []
    for _ in range(rounds):
        try:
            data, did = rng.choice(MUTATORS[kind])(data, rng)
        except Exception:  # an earlier round broke what this one needs (zip, stream)
            data, did = flip(data, rng)
        what.append(did)
        if not data:
            data = b"\0"
    return sample, data, "; ".join(what)


class _Slow(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Slow


LIMITS = Limits(ocr=False)


def run_case(path: Path) -> tuple[str, str | None]:
    """("read" | "refused", None) when the reader read or refused the file, else ("internal",
    what went wrong)."""
    signal.alarm(CASE_SECONDS)
    try:
        with memory_limit(LIMITS, path.name):
            read_document(path, LIMITS)
    except DocumentLoadError:
        return "refused", None
    except _Slow:
        return "internal", f"took more than {CASE_SECONDS} s"
    except Exception:
        return "internal", traceback.format_exc(limit=-4).strip()
    finally:
        signal.alarm(0)
    return "read", None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cases", type=int, default=1000, help="cases per kind")
    p.add_argument("--start", type=int, default=0, help="first case number")
    p.add_argument("--seed", type=int, default=14)
    p.add_argument("--kind", choices=("docx", "pdf", "all"), default="all")
    p.add_argument("--only", type=int, help="run case i alone (to replay a failure)")
    p.add_argument("--keep", type=Path, help="write failing inputs into this folder")
    args = p.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    kinds = ["docx", "pdf"] if args.kind == "all" else [args.kind]
    failures: list[str] = []
    outcomes: Counter[str] = Counter()
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="roadmaps-fuzz-") as tmp:
        for kind in kinds:
            files = samples(kind)
            ids = ([args.only] if args.only is not None
                   else range(args.start, args.start + args.cases))
            for i in ids:
                sample, data, what = mutate(kind, files, args.seed, i)
                path = Path(tmp) / f"case{i}.{kind}"
                path.write_bytes(data)
                # if the process dies (a parser crash), this names the case on stderr
                print(f"case {kind} {i}", file=sys.stderr, end="\r", flush=True)
                status, problem = run_case(path)
                outcomes[f"{kind} {status}"] += 1
                if problem:
                    failures.append(f"{kind} case {i} ({sample.name}: {what}):\n{problem}")
                    if args.keep:
                        args.keep.mkdir(parents=True, exist_ok=True)
                        (args.keep / f"{kind}-{args.seed}-{i}.{kind}").write_bytes(data)
    for f in failures:
        print(f, end="\n\n")
    counts = ", ".join(f"{k}: {n}" for k, n in sorted(outcomes.items()))
    print(f"fuzz seed {args.seed}: {sum(outcomes.values())} cases ({counts}) in "
          f"{time.monotonic() - start:.0f} s; {len(failures)} internal errors")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
