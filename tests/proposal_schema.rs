//! The proposals on the wire: a log with every lifecycle validates against the `Log` schema,
//! refusals against the `ProposalError` schema, and commands round-trip through JSON.

mod common;
mod proposal_fixtures;

use common::{S1, Town, deputy, presidium, staff, unit, who};
use proposal_fixtures::{bill, interpellation, p, proposal_error, recall, suggestion};
use serde_json::Value;
use township_congress::proposal::ProposalCommand;
use township_congress::roster::Post;
use township_congress::schema::root_schemas;
use township_congress::session::Subject;
use township_congress::{Actor, Command, Envelope};

fn validator(name: &str) -> jsonschema::Validator {
    let root = root_schemas()
        .into_iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no schema {name}"));
    let schema = serde_json::to_value(&root.schema).expect("schema serializes");
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("schema {name} does not compile: {e}"))
}

fn assert_valid(name: &str, instance: &Value) {
    let errors: Vec<String> = validator(name)
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:#?}");
}

#[test]
fn a_log_with_every_lifecycle_validates() {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .vice_chairs(&[2])
        .units(2)
        .first_session_open();
    t.draft_signed(bill(1, S1), 10, 11..=14);
    t.submit_by(deputy(10), p(1));
    t.list_bill(1, p(1), true);
    t.put(S1, 10, Subject::Bill { proposal: p(1) });
    t.draft_signed(suggestion(2), 10, [11]);
    t.submit_by(deputy(10), p(2));
    t.hand_over(2, &[p(2)], 1, &[2]);
    t.draft_signed(interpellation(3, S1), 10, 11..=19);
    t.submit_by(deputy(10), p(3));
    t.answer_in_writing(3, p(3));
    t.draft_signed(recall(4, S1, Post::ViceChair, who(2)), 10, 11..=19);
    t.submit_by(deputy(10), p(4));
    t.ok(
        presidium(),
        ProposalCommand::PutRecallToVote { proposal: p(4) },
    );
    t.ok(
        staff(),
        ProposalCommand::CountRecallBallots {
            proposal: p(4),
            ballots_returned: 46,
            votes_for: 30,
            votes_against: 16,
            abstentions: 0,
        },
    );
    let log = serde_json::to_value(t.ledger.events()).expect("log");
    assert_valid("Log", &log);
    assert_valid(
        "State",
        &serde_json::to_value(t.ledger.state()).expect("state"),
    );
    // A refusal is data with its code.
    let e = proposal_error(t.refused(
        Actor::Unit { unit: unit(2) },
        ProposalCommand::ReplySuggestion {
            proposal: p(2),
            class: "A".into(),
            reply: "x".into(),
        },
    ));
    let json = serde_json::to_value(&e).expect("error");
    assert_eq!(json["code"], "proposal.forbidden");
    assert_valid("ProposalError", &json);
}

#[test]
fn commands_round_trip_and_validate_as_envelopes() {
    let command = Command::Proposal(ProposalCommand::RateSuggestion {
        proposal: p(1),
        rating: township_congress::proposal::Rating::BasicallySatisfied,
    });
    let envelope = Envelope::new(deputy(3), common::at(3, 1), command);
    let json = serde_json::to_value(&envelope).expect("envelope");
    assert_eq!(json["command"]["proposal"]["kind"], "rate_suggestion");
    assert_eq!(json["command"]["proposal"]["rating"], "basically_satisfied");
    assert_valid("Envelope", &json);
    let back: Envelope = serde_json::from_value(json).expect("reads back");
    assert_eq!(back, envelope);
}
