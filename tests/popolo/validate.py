#!/usr/bin/env python3
"""Validate a Popolo export of township-congress against the vendored Popolo JSON Schemas.

Usage: validate.py <popolo.json> [<schemas dir>]

Every object of each collection (`persons`, `organizations`, ...) is validated against the
draft-03 schema of its class with `jsonschema.Draft3Validator`, `$ref`s resolved from the
schemas directory only (never from the network), formats checked (`date-time` as RFC 3339).
Then every `*_id` is checked to name an object of the document, and ids to be unique.
Prints each failing object (collection, index, id) with the reason; exits 1 on any failure.
"""

import datetime
import json
import re
import sys
from pathlib import Path

import jsonschema
from jsonschema import Draft3Validator

# Collection of the export document -> schema file of its Popolo class.
COLLECTIONS = {
    "persons": "person.json",
    "organizations": "organization.json",
    "areas": "area.json",
    "posts": "post.json",
    "memberships": "membership.json",
    "events": "event.json",
    "motions": "motion.json",
    "vote_events": "vote_event.json",
}

# Reference fields -> the collection whose ids they must name.
REFERENCES = {
    "persons": {},
    "organizations": {"parent_id": "organizations", "area_id": "areas"},
    "areas": {"parent_id": "areas"},
    "posts": {"organization_id": "organizations", "area_id": "areas"},
    "memberships": {
        "person_id": "persons",
        "organization_id": "organizations",
        "post_id": "posts",
        "area_id": "areas",
        "on_behalf_of_id": "organizations",
    },
    "events": {"organization_id": "organizations", "parent_id": "events"},
    "motions": {
        "organization_id": "organizations",
        "legislative_session_id": "events",
        "creator_id": "persons",
    },
    "vote_events": {
        "organization_id": "organizations",
        "legislative_session_id": "events",
        "motion_id": "motions",
    },
}

RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
)


def format_checker():
    """Draft 3's checker, with `date-time` checked here (jsonschema skips it silently
    unless an optional package is installed)."""
    checker = jsonschema.FormatChecker(formats=())
    checker.checkers = dict(Draft3Validator.FORMAT_CHECKER.checkers)

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value):
        if not isinstance(value, str):
            return True
        if not RFC3339.match(value):
            return False
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        return True

    return checker


def no_network(uri):
    raise ValueError(f"refusing to fetch {uri}: every schema must be vendored")


def validators(schema_dir):
    """One Draft3Validator per collection, resolving `$ref`s among the vendored schemas."""
    schemas = {}
    for path in sorted(schema_dir.glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        schemas[path.name] = schema
    checker = format_checker()
    try:
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT3

        registry = Registry(retrieve=no_network).with_resources(
            (schema["id"].rstrip("#"), Resource.from_contents(schema, default_specification=DRAFT3))
            for schema in schemas.values()
        )
        make = lambda schema: Draft3Validator(schema, registry=registry, format_checker=checker)
    except ImportError:  # jsonschema < 4.18
        store = {}
        for schema in schemas.values():
            store[schema["id"]] = schema
            store[schema["id"].rstrip("#")] = schema

        def make(schema):
            resolver = jsonschema.RefResolver.from_schema(
                schema, store=store, handlers={"http": no_network, "https": no_network}
            )
            return Draft3Validator(schema, resolver=resolver, format_checker=checker)

    out = {}
    for collection, name in COLLECTIONS.items():
        if name not in schemas:
            sys.exit(f"missing schema {schema_dir / name}")
        Draft3Validator.check_schema(schemas[name])
        out[collection] = make(schemas[name])
    return out


def describe(collection, index, obj):
    name = obj.get("id", "no id") if isinstance(obj, dict) else repr(obj)
    return f"{collection}[{index}] ({name})"


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    document_path = Path(argv[1])
    schema_dir = Path(argv[2]) if len(argv) == 3 else Path(__file__).parent / "schemas"
    document = json.loads(document_path.read_text(encoding="utf-8"))
    failures = []

    def fail(where, message):
        failures.append(f"{where}: {message}")

    if not isinstance(document, dict):
        print(f"{document_path}: not a JSON object", file=sys.stderr)
        return 1
    for key in sorted(set(document) - set(COLLECTIONS)):
        fail(key, "not a Popolo collection this validator knows")

    checks = validators(schema_dir)
    ids = {}
    for collection, validator in checks.items():
        objects = document.get(collection, [])
        if not isinstance(objects, list):
            fail(collection, "not an array")
            continue
        ids[collection] = set()
        for index, obj in enumerate(objects):
            where = describe(collection, index, obj)
            for error in sorted(validator.iter_errors(obj), key=lambda e: list(e.absolute_path)):
                path = "/".join(str(p) for p in error.absolute_path) or "(object)"
                fail(where, f"{path}: {error.message}")
            if isinstance(obj, dict) and obj.get("id") is not None:
                if obj["id"] in ids[collection]:
                    fail(where, "duplicate id")
                ids[collection].add(obj["id"])

    counted = 0
    for collection, fields in REFERENCES.items():
        for index, obj in enumerate(document.get(collection, [])):
            counted += 1
            if not isinstance(obj, dict):
                continue
            where = describe(collection, index, obj)
            for field, target in fields.items():
                value = obj.get(field)
                if value is not None and value not in ids.get(target, set()):
                    fail(where, f"{field} {value!r} names no object of {target}")
            for vote in obj.get("votes", []) if collection == "vote_events" else []:
                if vote.get("voter_id") not in ids.get("persons", set()):
                    fail(where, f"vote by {vote.get('voter_id')!r}, who is not a person")

    if failures:
        for line in failures:
            print(f"FAIL {line}", file=sys.stderr)
        print(f"{document_path}: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    summary = ", ".join(f"{len(document.get(c, []))} {c}" for c in COLLECTIONS)
    print(f"{document_path}: valid Popolo ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
