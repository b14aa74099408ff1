//! The committed schemas are fit for code generators and for validators that skip `format`:
//! every variant of an enum has a title, every internally tagged enum a discriminator, every
//! date, time and id a pattern, every definition a description. Nothing is generated here: the
//! files in `tests/schemas/` are read as integrators read them (`tests/schema.rs` keeps them
//! equal to `root_schemas()`).

use std::collections::BTreeSet;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::{Value, json};
use township_congress::schema::{DATE_PATTERN, DATE_TIME_PATTERN, UUID_PATTERN, root_schemas};

/// Every committed schema, by file stem.
fn committed() -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/schemas");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/schemas") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let stem = path.file_stem().and_then(|s| s.to_str()).expect("name");
        let text = std::fs::read_to_string(&path).expect("readable");
        let schema = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{stem}: {e}"));
        out.push((stem.to_owned(), schema));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Calls `visit(pointer, schema)` on every subschema, the root included.
fn walk(schema: &Value, pointer: &str, visit: &mut dyn FnMut(&str, &Value)) {
    let Some(object) = schema.as_object() else {
        return;
    };
    visit(pointer, schema);
    for (key, value) in object {
        let here = format!("{pointer}/{key}");
        match key.as_str() {
            "properties" | "$defs" | "patternProperties" => {
                for (name, sub) in value.as_object().into_iter().flatten() {
                    walk(sub, &format!("{here}/{name}"), visit);
                }
            }
            "oneOf" | "anyOf" | "allOf" | "prefixItems" => {
                for (i, sub) in value.as_array().into_iter().flatten().enumerate() {
                    walk(sub, &format!("{here}/{i}"), visit);
                }
            }
            "items"
            | "additionalProperties"
            | "propertyNames"
            | "not"
            | "if"
            | "then"
            | "else"
            | "contains" => walk(value, &here, visit),
            _ => {}
        }
    }
}

/// The property every branch requires with a string `const` (the tag of an internally tagged
/// enum), if there is one.
fn shared_tag(branches: &[Value]) -> Option<String> {
    let first = branches.first()?.get("properties")?.as_object()?;
    first
        .keys()
        .find(|key| {
            branches.iter().all(|b| {
                let fixed = b.pointer(&format!("/properties/{key}/const"));
                let required = b.get("required").and_then(Value::as_array);
                fixed.is_some_and(Value::is_string)
                    && required.is_some_and(|r| r.contains(&json!(key)))
            })
        })
        .cloned()
}

#[test]
fn every_root_schema_is_committed_and_checked_here() {
    let files: BTreeSet<String> = committed().into_iter().map(|(name, _)| name).collect();
    let roots: BTreeSet<String> = root_schemas().iter().map(|r| r.name.to_owned()).collect();
    assert_eq!(files, roots);
}

/// A generator names the root class after its title: `YearOverYearChanges`, not
/// `Array_of_YearOverYear`.
#[test]
fn every_root_is_titled_after_its_file() {
    for (name, schema) in committed() {
        assert_eq!(schema.get("title"), Some(&json!(name)), "{name}");
    }
}

#[test]
fn every_variant_branch_has_a_title() {
    let mut untitled = Vec::new();
    let mut branches = 0;
    for (name, schema) in committed() {
        walk(&schema, "", &mut |at, s| {
            if let Some(defs) = s.get("$defs").and_then(Value::as_object) {
                // A definition's variants are titled `<Definition>.<Variant>`.
                for (def, body) in defs {
                    for b in body
                        .get("oneOf")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                    {
                        let title = b.get("title").and_then(Value::as_str).unwrap_or("");
                        let (enum_name, variant) = title.split_once('.').unwrap_or(("", ""));
                        assert!(
                            enum_name == def
                                && variant.starts_with(|c: char| c.is_ascii_uppercase()),
                            "{name}: {def} branch titled {title:?}"
                        );
                    }
                }
            }
            let alternatives = s.get("oneOf").or_else(|| s.get("anyOf"));
            let Some(list) = alternatives.and_then(Value::as_array) else {
                return;
            };
            let option = s.get("anyOf").is_some()
                && list.len() == 2
                && list.iter().any(|b| b == &json!({ "type": "null" }));
            if option {
                return; // `Option<T>`: a value or null, not a tagged enum.
            }
            let mut titles = BTreeSet::new();
            for (i, b) in list.iter().enumerate() {
                branches += 1;
                match b.get("title").and_then(Value::as_str) {
                    Some(t) if titles.insert(t.to_owned()) => {}
                    other => untitled.push(format!("{name}{at}/{i}: {other:?}")),
                }
            }
        });
    }
    assert!(branches > 500, "only {branches} branches seen");
    assert!(untitled.is_empty(), "untitled or duplicate: {untitled:#?}");
}

#[test]
fn every_internally_tagged_enum_has_a_discriminator() {
    let mut wrong = Vec::new();
    let mut tagged = BTreeSet::new();
    for (name, schema) in committed() {
        walk(&schema, "", &mut |at, s| {
            let branches = s.get("oneOf").and_then(Value::as_array);
            let tag = branches.and_then(|b| shared_tag(b));
            let discriminator = s.get("discriminator");
            match (&tag, discriminator) {
                (Some(tag), Some(d)) if d == &json!({ "propertyName": tag }) => {
                    let owner = if at.is_empty() {
                        &name
                    } else {
                        at.rsplit('/').next().unwrap_or("")
                    };
                    tagged.insert(format!("{owner}:{tag}"));
                    // Ajv's conditions: tag values unique strings, one per branch.
                    let values: BTreeSet<_> = branches
                        .into_iter()
                        .flatten()
                        .filter_map(|b| b.pointer(&format!("/properties/{tag}/const"))?.as_str())
                        .collect();
                    if values.len() != branches.map_or(0, Vec::len) {
                        wrong.push(format!("{name}{at}: tag values not unique"));
                    }
                }
                (None, None) => {}
                _ => wrong.push(format!(
                    "{name}{at}: tag {tag:?}, discriminator {discriminator:?}"
                )),
            }
        });
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // The crate's internally tagged enums, by name: found, with their tags.
    for expected in [
        "Actor:kind",
        "RosterChange:kind",
        "SessionCommand:kind",
        "SessionEvent:kind",
        "PresidiumCommand:kind",
        "PresidiumEvent:kind",
        "ProposalCommand:kind",
        "ProposalEvent:kind",
        "SupervisionCommand:kind",
        "SupervisionEvent:kind",
        "DeputyCommand:kind",
        "DeputyEvent:kind",
        "Subject:kind",
        "ProposalError:code",
        "SupervisionError:code",
        "DeputyError:code",
        "PointsScheme:format_version",
        "Rubric:format_version",
    ] {
        assert!(
            tagged.contains(expected),
            "no discriminator for {expected}: {tagged:?}"
        );
    }
}

#[test]
fn every_date_time_and_id_has_a_pattern() {
    let mut missing = Vec::new();
    let mut seen = 0;
    for (name, schema) in committed() {
        walk(&schema, "", &mut |at, s| {
            let expected = match s.get("format").and_then(Value::as_str) {
                Some("date") => DATE_PATTERN,
                Some("date-time") => DATE_TIME_PATTERN,
                Some("uuid") => UUID_PATTERN,
                _ => return,
            };
            seen += 1;
            if s.get("pattern").and_then(Value::as_str) != Some(expected) {
                missing.push(format!("{name}{at}"));
            }
        });
    }
    assert!(seen > 400, "only {seen} formats seen");
    assert!(missing.is_empty(), "no pattern: {missing:#?}");
}

#[test]
fn doc_comments_are_kept_as_descriptions() {
    for (name, schema) in committed() {
        let root = schema.get("description").and_then(Value::as_str);
        assert!(
            root.is_some_and(|d| !d.is_empty()),
            "{name} has no description"
        );
        for (def, body) in schema
            .get("$defs")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            assert!(
                body.get("description").is_some(),
                "{name}: {def} has no description"
            );
        }
        walk(&schema, "", &mut |at, s| {
            let d = s.get("description").and_then(Value::as_str).unwrap_or("");
            assert!(
                !d.contains("\n# "),
                "{name}{at}: rustdoc section left in {d:?}"
            );
        });
    }
}

/// A validator for one pattern, formats off, as most validators run by default.
fn pattern(p: &str) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(false)
        .build(&json!({ "type": "string", "pattern": p }))
        .expect("pattern compiles")
}

/// The date pattern accepts exactly the days of the proleptic Gregorian calendar, leap days
/// included, for years across centuries and the range's ends.
#[test]
fn date_pattern_accepts_exactly_the_real_days() {
    let date = pattern(DATE_PATTERN);
    for year in [
        0, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2025, 2026, 2100, 2400, 9999,
    ] {
        for month in 0..=13 {
            for day in 0..=32 {
                let text = format!("{year:04}-{month:02}-{day:02}");
                let real = NaiveDate::from_ymd_opt(year, month, day).is_some();
                assert_eq!(date.is_valid(&json!(text)), real, "{text}");
            }
        }
    }
    for wrong in [
        "2026-1-05",
        "26-01-05",
        "+2026-01-05",
        "2026-01-05 ",
        "2026-01-05T00:00:00Z",
    ] {
        assert!(!date.is_valid(&json!(wrong)), "{wrong}");
    }
}

#[test]
fn date_time_and_uuid_patterns_follow_rfc_3339_and_the_hyphenated_form() {
    let time = pattern(DATE_TIME_PATTERN);
    for ok in [
        "2026-03-10T02:00:00Z",
        "2026-03-10t02:00:00z",
        "2024-02-29T23:59:59.123456789+08:00",
        "2026-12-31T23:59:60-05:30",
    ] {
        assert!(time.is_valid(&json!(ok)), "{ok}");
    }
    for wrong in [
        "2026-02-30T02:00:00Z",
        "2026-03-10T24:00:00Z",
        "2026-03-10T02:60:00Z",
        "2026-03-10T02:00:00",
        "2026-03-10 02:00:00Z",
        "2026-03-10T02:00:00+0800",
        "2026-03-10T02:00:00+24:00",
        "2026-03-10T02:00:00.Z",
        "7",
    ] {
        assert!(!time.is_valid(&json!(wrong)), "{wrong}");
    }
    let uuid = pattern(UUID_PATTERN);
    for ok in [
        "00000000-0000-0000-0000-000000000007",
        "ABCDEF00-0000-0000-0000-00000000000a",
    ] {
        assert!(uuid.is_valid(&json!(ok)), "{ok}");
    }
    for wrong in [
        "7",
        "00000000000000000000000000000007",
        "{00000000-0000-0000-0000-000000000007}",
        "urn:uuid:00000000-0000-0000-0000-000000000007",
        "00000000-0000-0000-0000-00000000000g",
        "00000000-0000-0000-0000-0000000000007",
    ] {
        assert!(!uuid.is_valid(&json!(wrong)), "{wrong}");
    }
}

/// What the patterns accept, the crate reads: a schema-valid value never fails in serde.
#[test]
fn what_the_patterns_accept_the_crate_reads() {
    use township_congress::ids::DeputyId;
    for text in ["2024-02-29", "0000-01-01", "9999-12-31"] {
        assert!(pattern(DATE_PATTERN).is_valid(&json!(text)));
        assert!(
            serde_json::from_value::<NaiveDate>(json!(text)).is_ok(),
            "{text}"
        );
    }
    for text in ["2026-03-10t02:00:00z", "2026-12-31T23:59:60.5-05:30"] {
        assert!(pattern(DATE_TIME_PATTERN).is_valid(&json!(text)));
        let read = serde_json::from_value::<chrono::DateTime<chrono::Utc>>(json!(text));
        assert!(read.is_ok(), "{text}: {read:?}");
    }
    let id = "ABCDEF00-0000-0000-0000-00000000000a";
    assert!(serde_json::from_value::<DeputyId>(json!(id)).is_ok());
}
