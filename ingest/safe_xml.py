"""XML parsing for untrusted files: no entity expansion, no network, no DTD loading."""

from __future__ import annotations

from lxml import etree

from ingest.errors import DocumentLoadError

_HOSTILE = "declares a DTD (document type declaration), which Office files never do: " \
    "refused as potentially hostile XML"


def safe_parser() -> etree.XMLParser:
    """A parser immune to XXE and billion-laughs: entities stay unexpanded references."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def _declares_dtd(data: bytes) -> bool:
    # A DOCTYPE can only come before the root element; look at the prolog only.
    return b"<!DOCTYPE" in data[:4096]


def parse_xml(data: bytes, name: str, what: str, allow_dtd: bool = False) -> etree._Element:
    """Parse `data` (the part `what` of file `name`) or raise DocumentLoadError.

    Parts of zip-based office formats never carry a DTD, so one is refused outright unless
    `allow_dtd`; even then entities are never expanded and nothing is fetched.
    """
    if not allow_dtd and _declares_dtd(data):
        raise DocumentLoadError(name, f"{what} {_HOSTILE}")
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in (exc.msg or ""):  # libxml2's own wording names a parser flag
            raise DocumentLoadError(name, f"{what} nests elements more than 256 levels deep: "
                                    "refused as potentially hostile XML") from exc
        raise DocumentLoadError(name, f"{what} is not well-formed XML ({exc.msg})") from exc
    if root is None:
        raise DocumentLoadError(name, f"{what} is empty")
    if not allow_dtd and root.getroottree().docinfo.internalDTD is not None:
        raise DocumentLoadError(name, f"{what} {_HOSTILE}")
    return root
