//! Every root type's JSON Schema is valid 2020-12, samples validate against it, and inputs
//! that serde refuses are refused by the schema too.

mod common;

use common::{S1, Town, at, day, decision, dep, deputy, election, item, meeting, presidium};
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
    let mut t = Town::with_deputies(46).build();
    t.on(3, 10);
    t.ok(
        presidium(),
        RosterChange::ResignationAccepted {
            deputy: dep(7),
            on: day(3, 10),
            votes_for: 30,
        },
    );
    let ledger = &t.ledger;
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
    assert_valid("Ledger", &serde_json::to_value(ledger).expect("serializes"));
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
    let quorum = serde_json::to_value(Rulebook::NATIONAL.session_quorum()).expect("serializes");
    assert_eq!(
        quorum,
        json!({ "value": { "at_least": { "num": 2, "den": 3 } },
                "citation": { "law": "组织法", "year": 2022, "article": 14, "paragraph": 4 },
                "authority": "statute" })
    );
}

/// Session and presidium events (votes with their derived results, decisions with their
/// tallies) and entries with effects (the presidium a session elects, an officer its count
/// seats, absences noted at its close) validate against the output schemas too.
#[test]
fn session_and_presidium_outputs_validate() {
    use township_congress::presidium::{PlanItem, PlanItemKind, PresidiumDecision};
    use township_congress::roster::{Officeholder, Post};
    use township_congress::session::{Choice, SessionCommand};

    let list: Vec<u32> = (1..=9).collect();
    let mut t = Town::with_deputies(46).chair(1).presidium(&list).build();
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
    t.on(1, 16);
    let close = t.close(S1);
    assert!(!close.effects.is_empty(), "absences noted as effects");

    let l = &t.ledger;
    for rec in l.events() {
        assert_valid("Recorded", &serde_json::to_value(rec).expect("serializes"));
    }
    assert_valid(
        "State",
        &serde_json::to_value(l.state()).expect("serializes"),
    );
    assert_valid("Ledger", &serde_json::to_value(l).expect("serializes"));
    let envelope = Envelope::new(
        deputy(3),
        at(1, 15),
        Command::Session(SessionCommand::CastVote {
            session: S1,
            item: item(1),
            choice: Choice::Against,
        }),
    );
    assert_valid(
        "Envelope",
        &serde_json::to_value(&envelope).expect("serializes"),
    );
}

/// The committed schemas in `tests/schemas/` are what integrators generate code from; a change
/// to a wire type must show up there in the same commit. Regenerate with
/// `UPDATE_SCHEMAS=1 cargo test --test schema`.
#[test]
fn committed_schemas_have_not_drifted() {
    let dir =
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join("tests/schemas");
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for root in root_schemas() {
        let path = dir.join(format!("{}.json", root.name));
        let fresh = serde_json::to_string_pretty(&root.schema).expect("serializes") + "\n";
        if update {
            std::fs::create_dir_all(&dir).expect("schema folder");
            std::fs::write(&path, &fresh).expect("schema written");
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != fresh {
            stale.push(root.name);
        }
    }
    assert!(
        stale.is_empty(),
        "schemas changed: {stale:?}; run `UPDATE_SCHEMAS=1 cargo test --test schema` and commit tests/schemas/"
    );
}
