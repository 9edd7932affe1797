"""`roadmaps schema`: the JSON Schema of the extraction record (docs/CONTRACT.md), made from the
pydantic model; docs/record.schema.json is its committed copy (a test keeps them equal)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def configure(p: argparse.ArgumentParser) -> None:
    p.description = ("Вывести JSON Schema записи, которую пишет `roadmaps extract` "
                     "(docs/record.schema.json, описание в docs/CONTRACT.md).")


def record_schema() -> dict[str, Any]:
    """The schema of `Record` as serialised (fields excluded from the JSON left out)."""
    from normalize.models import SCHEMA_VERSION, Record

    schema = Record.model_json_schema(mode="serialization")
    return {"$schema": DIALECT,
            "title": f"roadmaps extraction record (schema_version {SCHEMA_VERSION})",
            **{k: v for k, v in schema.items() if k != "title"}}


def render() -> str:
    """The schema as written to docs/record.schema.json."""
    return json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n"


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(render())
    return 0
