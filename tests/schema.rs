//! Every root type's JSON Schema is valid 2020-12, samples validate against it, and inputs
//! that serde refuses are refused by the schema too.

mod common;

use common::{at, day, dep, township};
use serde_json::{Value, json};
use township_congress::rulebook::{Rulebook, RulebookProfile};
use township_congress::schema::{Direction, root_schemas};
use township_congress::{Actor, Command, Envelope, RosterChange};

fn schema_of(name: &str) -> Value {
    let root = root_schemas()
        .into_iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no schema {name}"));
    serde_json::to_value(&root.schema).expect("schema serializes")
}

fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema_of(name))
        .unwrap_or_else(|e| panic!("schema {name} does not compile: {e}"))
}

fn assert_valid(name: &str, instance: &Value) {
    let v = validator(name);
    let errors: Vec<String> = v
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{name} sample does not validate: {errors:#?}\n{instance:#}"
    );
}

#[test]
fn every_schema_is_valid_2020_12() {
    let roots = root_schemas();
    assert!(roots.len() >= 6);
    for root in roots {
        let value = serde_json::to_value(&root.schema).expect("serializes");
        assert_eq!(
            value.get("$schema").and_then(Value::as_str),
            Some("https://json-schema.org/draft/2020-12/schema")
        );
        if let Err(e) = jsonschema::draft202012::meta::validate(&value) {
            panic!("{} is not a valid 2020-12 schema: {e}", root.name);
        }
    }
}

#[test]
fn names_are_unique_and_directions_set() {
    let roots = root_schemas();
    let mut names: Vec<&str> = roots.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), roots.len());
    assert!(roots.iter().any(|r| r.direction == Direction::Input));
    assert!(roots.iter().any(|r| r.direction == Direction::Output));
}

#[test]
fn ledger_outputs_validate() {
    let mut ledger = township(46);
    let resign = RosterChange::ResignationAccepted {
        deputy: dep(7),
        on: day(3, 10),
        votes_for: 30,
    };
    ledger
        .execute(Envelope::new(
            Actor::Presidium {},
            at(3, 10),
            Command::Roster(resign),
        ))
        .expect("accepted");
    for rec in ledger.events() {
        assert_valid("Recorded", &serde_json::to_value(rec).expect("serializes"));
    }
    assert_valid(
        "Log",
        &serde_json::to_value(ledger.events()).expect("serializes"),
    );
    assert_valid(
        "State",
        &serde_json::to_value(ledger.state()).expect("serializes"),
    );
    assert_valid(
        "Ledger",
        &serde_json::to_value(&ledger).expect("serializes"),
    );
}

#[test]
fn inputs_validate_and_typos_fail_both_ways() {
    let envelope = Envelope::new(
        Actor::Presidium {},
        at(3, 10),
        Command::Roster(RosterChange::ResignationAccepted {
            deputy: dep(7),
            on: day(3, 10),
            votes_for: 30,
        }),
    );
    let value = serde_json::to_value(&envelope).expect("serializes");
    assert_valid("Envelope", &value);
    assert_valid(
        "Rulebook",
        &serde_json::to_value(Rulebook::NATIONAL).expect("serializes"),
    );

    let profile = json!({
        "name": "重庆市",
        "rules": { "suggestion_reply_months": { "value": 2,
            "citation": { "law": "重庆市乡镇人民代表大会工作条例", "year": 2016, "article": 16 } } }
    });
    assert_valid("RulebookProfile", &profile);
    assert!(serde_json::from_value::<RulebookProfile>(profile).is_ok());

    // A misspelt field: serde refuses it, and so does the schema.
    let mut typo = value.clone();
    if let Some(cmd) = typo.pointer_mut("/command/roster") {
        cmd["vote_for"] = json!(30);
    }
    assert!(serde_json::from_value::<Envelope>(typo.clone()).is_err());
    assert!(!validator("Envelope").is_valid(&typo));

    // A time that is not RFC 3339.
    let mut bad_time = value.clone();
    bad_time["at"] = json!("10 March 2026");
    assert!(serde_json::from_value::<Envelope>(bad_time.clone()).is_err());
    assert!(!validator("Envelope").is_valid(&bad_time));

    // An id that is not a UUID.
    let mut bad_id = value;
    if let Some(cmd) = bad_id.pointer_mut("/command/roster") {
        cmd["deputy"] = json!("deputy-7");
    }
    assert!(serde_json::from_value::<Envelope>(bad_id.clone()).is_err());
    assert!(!validator("Envelope").is_valid(&bad_id));
}

#[test]
fn wire_format_is_stable() {
    let envelope = Envelope::new(
        Actor::Presidium {},
        at(3, 10),
        Command::Roster(RosterChange::ResignationAccepted {
            deputy: dep(7),
            on: day(3, 10),
            votes_for: 30,
        }),
    );
    assert_eq!(
        serde_json::to_value(&envelope).expect("serializes"),
        json!({
            "actor": { "kind": "presidium" },
            "at": "2026-03-10T02:00:00Z",
            "command": { "roster": {
                "kind": "resignation_accepted",
                "deputy": "00000000-0000-0000-0000-000000000007",
                "on": "2026-03-10",
                "votes_for": 30
            } }
        })
    );
    let quorum = serde_json::to_value(Rulebook::NATIONAL.session_quorum).expect("serializes");
    assert_eq!(
        quorum,
        json!({ "value": { "at_least": { "num": 2, "den": 3 } },
                "citation": { "law": "组织法", "year": 2022, "article": 14, "paragraph": 4 },
                "authority": "statute" })
    );
}
