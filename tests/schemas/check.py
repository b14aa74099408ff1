#!/usr/bin/env python3
"""The committed Envelope schema refuses impossible dates and malformed ids on its own.

Most validators skip `format` unless told; the schemas carry a `pattern` beside each `date`,
`date-time` and `uuid` format, so a Draft 2020-12 validator with format checking OFF still
refuses 2026-02-30 and "7" as an id. Run from the crate root (`.ci/run` does):

    python3 tests/schemas/check.py

Exits non-zero when a case is judged wrongly.
"""

import copy
import json
import pathlib
import sys

import jsonschema

HERE = pathlib.Path(__file__).resolve().parent

VALID = {
    "actor": {"kind": "presidium"},
    "at": "2026-03-10T02:00:00Z",
    "command": {
        "roster": {
            "kind": "resignation_accepted",
            "deputy": "00000000-0000-0000-0000-000000000007",
            "on": "2026-03-10",
            "votes_for": 30,
        }
    },
}


def changed(path, value):
    """VALID with the value at `path` (a list of keys) replaced."""
    envelope = copy.deepcopy(VALID)
    node = envelope
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return envelope


ROSTER = ["command", "roster"]
CASES = [
    # (what, envelope, should it be accepted)
    ("a valid envelope", VALID, True),
    ("29 February of a leap year", changed(ROSTER + ["on"], "2024-02-29"), True),
    ("an upper-case id (uuid reads it)", changed(ROSTER + ["deputy"], "ABCDEF00-0000-0000-0000-000000000007"), True),
    ("a time with an offset", changed(["at"], "2026-03-10T10:00:00.5+08:00"), True),
    ("the date 2026-02-30", changed(ROSTER + ["on"], "2026-02-30"), False),
    ("the date 2026-04-31", changed(ROSTER + ["on"], "2026-04-31"), False),
    ("29 February of a common year", changed(ROSTER + ["on"], "2025-02-29"), False),
    ("29 February 1900 (a century, not leap)", changed(ROSTER + ["on"], "1900-02-29"), False),
    ("a one-digit month", changed(ROSTER + ["on"], "2026-3-10"), False),
    ("the id \"7\"", changed(ROSTER + ["deputy"], "7"), False),
    ("an id with a non-hex digit", changed(ROSTER + ["deputy"], "00000000-0000-0000-0000-00000000000g"), False),
    ("an actor's id \"7\"", changed(["actor"], {"kind": "deputy", "deputy": "7"}), False),
    ("the time 2026-02-30T02:00:00Z", changed(["at"], "2026-02-30T02:00:00Z"), False),
    ("the hour 24", changed(["at"], "2026-03-10T24:00:00Z"), False),
    ("a time without its offset", changed(["at"], "2026-03-10T02:00:00"), False),
]


def main():
    schema = json.loads((HERE / "Envelope.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    # No format_checker: formats are annotations only, as in most validators by default.
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.format_checker is None, "format checking must be off for this check"
    failed = 0
    for what, envelope, accept in CASES:
        errors = list(validator.iter_errors(envelope))
        ok = (not errors) == accept
        verdict = "accepted" if not errors else "refused"
        print(f"{'ok  ' if ok else 'FAIL'} {what}: {verdict}")
        if not ok:
            failed += 1
            for e in errors[:3]:
                print(f"       {e.message} at /{'/'.join(map(str, e.absolute_path))}")
    passed = len(CASES) - failed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
