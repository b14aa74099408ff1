//! Strict inputs: every type the crate reads refuses a field it does not know, at the top and
//! at any depth, and the error names the field.
//!
//! Each root input type is checked on samples of two kinds. Generated ones come from its
//! committed schema: one instance per variant of every enum met on the way, so that every
//! command, every event and every nested payload is tried. Real ones are what the crate
//! writes: a township's log with sessions, presidium decisions, proposals and supervision, the
//! stored ledger, the national rulebook and the shipped profiles, rubric and points scheme.
//! An unknown field is put into every object of every sample in turn (once for each place and
//! content: generated samples repeat most of each other); the sample is read from text twice,
//! with each object's tag written first (the fast path of the hand-written tagged readers) and
//! with keys in sorted order (the unknown field last, the tag wherever it falls).

mod common;
mod proposal_fixtures;

use std::collections::BTreeSet;

use common::{S1, Town, activity, day, decision, deputy, election, meeting, rectification};
use proposal_fixtures::{bill, interpellation, p, suggestion};

use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use township_congress::records::{DEFAULT_POINTS_JSON, PointsScheme};
use township_congress::rulebook::{Rulebook, RulebookProfile};
use township_congress::schema::{Direction, root_schemas};
use township_congress::scoring::{DEFAULT_RUBRIC_JSON, Rubric, StatedFact};
use township_congress::session::Subject;
use township_congress::{Envelope, Ledger, Recorded};

/// A digest as the wire writes one (an entry read on its own is not checked against a chain).
const DIGEST: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The name no type knows.
const UNKNOWN: &str = "zz_not_a_field";

// ---------------------------------------------------------------------------------------------
// Samples generated from a schema.

/// Instances of the committed schema `name`: see [`instances`].
fn generated(name: &str) -> Vec<Value> {
    let path = format!(
        "{}/tests/schemas/{name}.json",
        concat!(env!("CARGO_MANIFEST_DIR"), "/..")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let schema: Value = serde_json::from_str(&text).expect("schema");
    let defs = schema
        .get("$defs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    instances(&defs, &schema, 0)
}

/// Instances of `schema`: the first choice everywhere, then every other branch of every enum
/// met on the way, each varied on its own (so their number grows with the branches, not with
/// their product).
fn instances(defs: &Map<String, Value>, schema: &Value, depth: usize) -> Vec<Value> {
    assert!(depth < 40, "schema nests too deep: {schema}");
    let next = |s: &Value| instances(defs, s, depth + 1);
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return next(
            defs.get(name)
                .unwrap_or_else(|| panic!("no definition {name}")),
        );
    }
    if let Some(value) = schema.get("const") {
        return vec![value.clone()];
    }
    if let Some(branches) = schema.get("oneOf").and_then(Value::as_array) {
        return branches.iter().flat_map(next).collect();
    }
    if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
        let values = branches
            .iter()
            .filter(|b| b.get("type") != Some(&json!("null")));
        return values.flat_map(next).collect();
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return values.clone();
    }
    let ty = match schema.get("type") {
        Some(Value::Array(types)) => types.iter().find(|t| *t != "null").cloned(),
        other => other.cloned(),
    };
    match ty.as_ref().and_then(Value::as_str) {
        Some("object") => objects(defs, schema, depth),
        Some("array") => {
            let items = schema
                .get("items")
                .unwrap_or_else(|| panic!("no items: {schema}"));
            next(items).into_iter().map(|item| json!([item])).collect()
        }
        Some("string") => vec![json!(match schema.get("format").and_then(Value::as_str) {
            Some("uuid") => "00000000-0000-0000-0000-000000000001",
            Some("date") => "2026-03-10",
            Some("date-time") => "2026-03-10T02:00:00Z",
            _ if schema.get("pattern") == Some(&json!("^[0-9a-f]{64}$")) => DIGEST,
            _ => "某",
        })],
        Some("integer" | "number") => {
            let min = schema
                .get("minimum")
                .and_then(Value::as_i64)
                .unwrap_or(1)
                .max(1);
            let max = schema
                .get("maximum")
                .and_then(Value::as_i64)
                .unwrap_or(i64::MAX);
            vec![json!(min.min(max))]
        }
        Some("boolean") => vec![json!(false)],
        other => panic!("cannot generate {other:?}: {schema}"),
    }
}

/// Instances of an object schema: every property with its first instance, then one object
/// per other instance of each property.
fn objects(defs: &Map<String, Value>, schema: &Value, depth: usize) -> Vec<Value> {
    let properties = schema.get("properties").and_then(Value::as_object);
    let each: Vec<(&String, Vec<Value>)> = properties
        .into_iter()
        .flatten()
        .map(|(key, s)| (key, instances(defs, s, depth + 1)))
        .collect();
    let base: Map<String, Value> = each
        .iter()
        .filter_map(|(key, values)| Some(((*key).clone(), values.first()?.clone())))
        .collect();
    let mut out = vec![Value::Object(base.clone())];
    for (key, values) in &each {
        for value in values.iter().skip(1) {
            let mut varied = base.clone();
            varied.insert((*key).clone(), value.clone());
            out.push(Value::Object(varied));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The check.

/// JSON text of `value` with each object's `kind` (or other tag) first, as the crate writes it.
fn tag_first(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let tags = ["kind", "code", "format_version"];
            let first = map.iter().filter(|(k, _)| tags.contains(&k.as_str()));
            let rest = map.iter().filter(|(k, _)| !tags.contains(&k.as_str()));
            let fields: Vec<String> = first
                .chain(rest)
                .map(|(k, v)| format!("{}:{}", json!(k), tag_first(v)))
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(tag_first).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

/// An object of a sample: its JSON pointer, and what decides its type and content (the path
/// with the tag of each object it goes through, then the object itself).
struct Site {
    pointer: String,
    key: String,
}

/// The objects in `value`, innermost first.
fn objects_in(value: &Value, pointer: &str, typed: &str, out: &mut Vec<Site>) {
    match value {
        Value::Object(map) => {
            let tag = ["kind", "code", "format_version"]
                .iter()
                .find_map(|t| map.get(*t));
            let typed = tag.map_or(typed.to_owned(), |tag| format!("{typed}[{tag}]"));
            for (k, v) in map {
                let k = k.replace('~', "~0").replace('/', "~1");
                objects_in(v, &format!("{pointer}/{k}"), &format!("{typed}/{k}"), out);
            }
            let key = format!("{typed} {value}");
            out.push(Site {
                pointer: pointer.to_owned(),
                key,
            });
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                objects_in(v, &format!("{pointer}/{i}"), &format!("{typed}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Reads `text` as `T`, or the error's message.
fn read<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str::<T>(text).map_err(|e| e.to_string())
}

/// Each sample reads as `T`, and with an unknown field in any one of its objects it does not,
/// with an error that names the field. Returns how many objects were tried.
fn refuses_unknown_fields<T: DeserializeOwned>(what: &str, samples: &[Value]) -> usize {
    refuses_unknown_fields_in::<T>(what, samples, |_| true)
}

/// As [`refuses_unknown_fields`], in the objects whose pointer `keep` selects. An object met
/// before, at the same place under the same tags, is not tried again: generated samples
/// differ from each other in one place only.
fn refuses_unknown_fields_in<T: DeserializeOwned>(
    what: &str,
    samples: &[Value],
    keep: impl Fn(&str) -> bool,
) -> usize {
    assert!(!samples.is_empty(), "{what}: no samples");
    let mut tried = BTreeSet::new();
    let mut failures = Vec::new();
    for sample in samples {
        for text in [tag_first(sample), sample.to_string()] {
            if let Err(e) = read::<T>(&text) {
                panic!("{what}: a valid sample is refused: {e}\n{text}");
            }
        }
        let mut sites = Vec::new();
        objects_in(sample, "", "", &mut sites);
        for Site { pointer, key } in sites {
            if !keep(&pointer) || !tried.insert(key) {
                continue;
            }
            let mut bad = sample.clone();
            if let Some(Value::Object(map)) = bad.pointer_mut(&pointer) {
                map.insert(UNKNOWN.into(), json!(1));
            }
            for text in [tag_first(&bad), bad.to_string()] {
                match read::<T>(&text) {
                    Err(e) if e.contains(UNKNOWN) => {}
                    Err(e) => failures.push(format!("{pointer}: refused without naming it: {e}")),
                    Ok(_) => failures.push(format!("{pointer}: accepted in {sample:.300}")),
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{what}: {} cases\n{}",
        failures.len(),
        failures.join("\n")
    );
    tried.len()
}

// ---------------------------------------------------------------------------------------------
// Real samples.

/// A township's first session (presidium decision, election, closing with absences noted as
/// effects), a bill, a suggestion and an interpellation, and an inspection followed to
/// closure: the log of a busy spring.
fn busy_town() -> Town {
    use township_congress::presidium::{PlanItem, PlanItemKind, PresidiumDecision};
    use township_congress::roster::{Officeholder, Post};
    use township_congress::supervision::ActivityKind;

    let list: Vec<u32> = (1..=9).collect();
    let mut t = Town::with_deputies(46)
        .chair(1)
        .vice_chairs(&[2])
        .presidium(&list)
        .units(2)
        .build();
    t.on(1, 9);
    t.meeting(meeting(1), 1, 1..=6);
    let motion = PresidiumDecision::ApproveRecessPlan {
        year: 2026,
        items: vec![PlanItem::new(PlanItemKind::Inspection, "饮水安全视察")],
    };
    t.decide(meeting(1), 1, decision(1), motion, 1..=6);
    t.convene_first(1..=31);
    t.prepare_and_open(S1, &list);
    let head = Officeholder::Citizen {
        name: "李镇长".into(),
    };
    t.elect(S1, election(1), Post::TownshipHead, head);
    t.draft_signed(bill(1, S1), 10, 11..=14);
    t.submit_by(deputy(10), p(1));
    t.list_bill(1, p(1), true);
    t.put(S1, 10, Subject::Bill { proposal: p(1) });
    t.draft_signed(suggestion(2), 10, [11]);
    t.submit_by(deputy(10), p(2));
    t.draft_signed(interpellation(3, S1), 10, 11..=19);
    t.submit_by(deputy(10), p(3));
    t.answer_in_writing(3, p(3));
    t.on(1, 16);
    t.close(S1);
    t.on(3, 2);
    t.activity_delivered(activity(1), ActivityKind::Inspection, &[1], 1..=8);
    t.raise(activity(1), rectification(1), 1, day(4, 30));
    t.follow_to_closure(rectification(1), 1);
    t
}

fn log_of(t: &Town) -> Vec<Value> {
    t.ledger
        .events()
        .iter()
        .map(|r| serde_json::to_value(r).expect("entry"))
        .collect()
}

fn profiles() -> Vec<Value> {
    let dir = format!(
        "{}/src/rulebook/profiles",
        concat!(env!("CARGO_MANIFEST_DIR"), "/..")
    );
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("profiles") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("profile");
        out.push(serde_json::from_str(&text).expect("profile JSON"));
    }
    assert!(out.len() >= 6, "{} profiles", out.len());
    out
}

// ---------------------------------------------------------------------------------------------
// One test per root input type, and for the log that `Ledger::replay` reads.

#[test]
fn the_input_roots_are_the_ones_checked_here() {
    let inputs: Vec<&str> = root_schemas()
        .iter()
        .filter(|r| r.direction == Direction::Input)
        .map(|r| r.name)
        .collect();
    // Adding an input root means adding its test below.
    assert_eq!(
        inputs,
        [
            "Envelope",
            "RulebookProfile",
            "Rulebook",
            "Rubric",
            "StatedFacts",
            "PointsScheme"
        ]
    );
}

/// What the schemas promise integrators: every object of what the crate reads is closed
/// (`"additionalProperties": false`), the log and the stored ledger included.
#[test]
fn every_object_the_crate_reads_is_closed_in_its_schema() {
    fn open_objects(schema: &Value, at: String, out: &mut Vec<String>) {
        match schema {
            Value::Object(map) => {
                let object =
                    map.get("type") == Some(&json!("object")) || map.contains_key("properties");
                if object
                    && !map.contains_key("oneOf")
                    && map.get("additionalProperties") != Some(&json!(false))
                {
                    out.push(at.clone());
                }
                for (k, v) in map {
                    open_objects(v, format!("{at}/{k}"), out);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    open_objects(v, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let replayed = ["Recorded", "Log", "Ledger"];
    for root in root_schemas() {
        if root.direction == Direction::Input || replayed.contains(&root.name) {
            let mut open = Vec::new();
            open_objects(&root.schema.to_value(), String::new(), &mut open);
            assert!(open.is_empty(), "{}: open objects at {open:?}", root.name);
        }
    }
}

#[test]
fn an_envelope_refuses_unknown_fields_in_every_command_and_payload() {
    let samples = generated("Envelope");
    assert!(samples.len() > 150, "{} envelopes", samples.len());
    let tried = refuses_unknown_fields::<Envelope>("Envelope", &samples);
    assert!(tried > 500, "{tried} objects");
}

#[test]
fn a_recorded_entry_refuses_unknown_fields_in_every_event_and_effect() {
    let mut samples = generated("Recorded");
    assert!(samples.len() > 150, "{} entries", samples.len());
    samples.extend(log_of(&busy_town()));
    let tried = refuses_unknown_fields::<Recorded>("Recorded", &samples);
    assert!(tried > 800, "{tried} objects");
}

#[test]
fn a_stored_ledger_refuses_unknown_fields_in_its_rulebook_and_log() {
    let t = busy_town();
    let stored = serde_json::to_value(&t.ledger).expect("ledger");
    // The log's entries are tried one by one above; here the envelope of the whole document.
    let entries = stored
        .get("log")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    assert!(entries > 50, "{entries} entries");
    let keep = |p: &str| !p.starts_with("/log/") || p.starts_with("/log/0/") || p == "/log/0";
    refuses_unknown_fields_in::<Ledger>("Ledger", &[stored], keep);
}

#[test]
fn a_rulebook_refuses_unknown_fields() {
    let national = serde_json::to_value(Rulebook::NATIONAL).expect("rulebook");
    let zhejiang =
        serde_json::to_value(Rulebook::province("浙江").expect("浙江")).expect("rulebook");
    refuses_unknown_fields::<Rulebook>("Rulebook", &[national, zhejiang]);
}

#[test]
fn a_rulebook_profile_refuses_unknown_fields() {
    let mut samples = profiles();
    samples.extend(generated("RulebookProfile"));
    refuses_unknown_fields::<RulebookProfile>("RulebookProfile", &samples);
}

#[test]
fn a_rubric_refuses_unknown_fields() {
    let rubric: Value = serde_json::from_str(DEFAULT_RUBRIC_JSON).expect("rubric");
    refuses_unknown_fields::<Rubric>("Rubric", &[rubric]);
}

#[test]
fn stated_facts_refuse_unknown_fields() {
    refuses_unknown_fields::<Vec<StatedFact>>("StatedFacts", &generated("StatedFacts"));
}

#[test]
fn a_points_scheme_refuses_unknown_fields() {
    let mut samples = vec![serde_json::from_str(DEFAULT_POINTS_JSON).expect("scheme")];
    samples.extend(generated("PointsScheme"));
    refuses_unknown_fields::<PointsScheme>("PointsScheme", &samples);
}

// ---------------------------------------------------------------------------------------------
// The cases issue 12 found, spelt out.

/// An unknown field inside a `Subject` was silently dropped; it is refused, and named.
#[test]
fn an_unknown_field_inside_a_subject_is_named() {
    let text = r#"{"actor":{"kind":"presidium"},"at":"2026-03-10T02:00:00Z",
        "command":{"session":{"kind":"put_item","session":"00000000-0000-0000-0000-000000000384",
        "item":"00000000-0000-0000-0000-000000000001","title":"2026年预算",
        "subject":{"kind":"budget","year":2026}}}}"#;
    let e = read::<Envelope>(text).expect_err("refused");
    assert!(e.contains("unknown field `year`"), "{e}");
}

/// An unknown field in an entry of the log, or in its event's payload, was silently dropped;
/// both are refused, and named, whichever order the keys come in.
#[test]
fn an_unknown_field_in_a_log_entry_or_its_event_is_named() {
    let entry = json!({
        "seq": 1, "at": "2026-03-10T02:00:00Z",
        "actor": { "kind": "deputy", "deputy": "00000000-0000-0000-0000-000000000003" },
        "event": { "session": { "kind": "vote_cast",
            "session": "00000000-0000-0000-0000-000000000384",
            "item": "00000000-0000-0000-0000-000000000001", "choice": "for" } },
        "digest": DIGEST
    });
    assert!(read::<Recorded>(&tag_first(&entry)).is_ok());
    let mut top = entry.clone();
    top["signature"] = json!("…");
    let e = read::<Recorded>(&top.to_string()).expect_err("refused");
    assert!(e.contains("unknown field `signature`"), "{e}");
    let mut inner = entry;
    inner["event"]["session"]["weight"] = json!(2);
    for text in [tag_first(&inner), inner.to_string()] {
        let e = read::<Recorded>(&text).expect_err("refused");
        assert!(e.contains("unknown field `weight`"), "{e}");
    }
}
