//! Bounded cost for hostile input (issue 13): strings and lists over their bounds are refused
//! with a typed error before anything reads them, and no error message quotes more than a short
//! excerpt of its input, whatever the input's size.
//!
//! Nothing here is timed (speed lives in `benches/hostile.rs`): that a huge input is refused
//! before it is parsed or judged shows in the error, which is the bound's and not the parser's
//! or a rule's.

mod common;

use common::{Town, snapshot, staff};
use township_congress::ledger::LedgerError;
use township_congress::limits::{EXCERPT_CHARS, LIST_MAX_ITEMS, TextKind, TooLong};
use township_congress::rulebook::RulebookError;
use township_congress::session::SessionCommand;
use township_congress::{Actor, Error, Ledger, Recorded, RosterChange, Rubric, Rulebook};

/// A message short enough to read: it may quote two excerpts and name fields and rules.
fn short(message: &str) {
    assert!(
        message.chars().count() <= 4 * EXCERPT_CHARS + 200,
        "{} characters: {}",
        message.chars().count(),
        message.chars().take(300).collect::<String>()
    );
}

#[test]
fn a_profile_of_three_and_a_half_million_characters_is_refused_unread_and_short() {
    let huge = format!(r#"{{"name":"某县","rules":"{}"}}"#, "x".repeat(3_500_000));
    let e = Rulebook::from_profile_json(&huge).expect_err("refused");
    // The document bound refused it, not the parser (which would say `Malformed`).
    assert!(
        matches!(&e, RulebookError::TooLong(TooLong { kind: Some(TextKind::Document), found, .. }) if *found > 3_500_000),
        "{e:?}"
    );
    short(&e.to_string());

    // Under the document bound, a wrong type quoting a long string is still a short message.
    let long = format!(r#"{{"name":"某县","rules":"{}"}}"#, "青".repeat(300_000));
    let e = Rulebook::from_profile_json(&long).expect_err("refused");
    assert!(matches!(e, RulebookError::Malformed { .. }), "{e:?}");
    short(&e.to_string());
    assert!(e.to_string().contains("line 1 column"), "{e}");

    // A name over 64 characters is refused with its field.
    let named = format!(r#"{{"name":"{}"}}"#, "县".repeat(65));
    match Rulebook::from_profile_json(&named) {
        Err(RulebookError::TooLong(e)) => {
            assert_eq!(
                (e.field, e.kind, e.found),
                ("name", Some(TextKind::Name), 65)
            );
        }
        other => panic!("expected TooLong, got {other:?}"),
    }
    // Every shipped profile is within bounds.
    for province in Rulebook::PROVINCES {
        Rulebook::province(province).expect("a shipped profile loads");
    }
    let e = Rulebook::province(&"省".repeat(1_000_000)).expect_err("unknown");
    short(&e.to_string());
}

#[test]
fn a_huge_rubric_is_refused_short() {
    let huge = format!(r#"{{"format_version":"{}"}}"#, "9".repeat(3_500_000));
    let message = Rubric::from_json(&huge).expect_err("refused").to_string();
    short(&message);
    // The document bound refused it before it was parsed: the parser would name a version.
    assert!(
        message.contains("document `` has 3500021 characters, at most 1048576 allowed"),
        "{message}"
    );
    let long = format!(r#"{{"format_version":"{}"}}"#, "9".repeat(500_000));
    short(&Rubric::from_json(&long).expect_err("refused").to_string());
}

#[test]
fn an_envelope_over_its_bounds_is_refused_before_it_is_read() {
    let mut t = Town::with_deputies(12).chair(1).first_session_open();
    let before = snapshot(&t.ledger);
    let huge = Actor::Staff {
        name: "王".repeat(3_500_000),
    };
    let record = SessionCommand::RecordAttendance {
        session: common::S1,
        deputy: common::dep(3),
        attendance: township_congress::session::Attendance::Absent,
    };
    // Refused by the bound: within it, the same command is accepted (below).
    match t.exec(huge, record.clone()).map(|_| ()) {
        Err(Error::Ledger(LedgerError::TooLong(e))) => {
            assert_eq!((e.field, e.kind, e.max), ("name", Some(TextKind::Name), 64));
            assert_eq!(e.found, 3_500_000);
            short(&e.to_string());
        }
        other => panic!("expected TooLong, got {other:?}"),
    }
    assert_eq!(snapshot(&t.ledger), before);

    // A list over its bound: credentials of 1,001 deputies.
    let many = (1..=u32::try_from(LIST_MAX_ITEMS).expect("fits") + 1)
        .map(common::dep)
        .collect();
    let e = t.refused(
        Actor::CredentialsCommittee {},
        RosterChange::CredentialsReviewed {
            valid: many,
            void: [].into(),
            on: t.today(),
        },
    );
    assert!(
        matches!(
            &e,
            Error::Ledger(LedgerError::TooLong(TooLong {
                kind: None,
                found: 1_001,
                ..
            }))
        ),
        "{e:?}"
    );
    // Within bounds, the same command is judged by the rules.
    t.ok(staff(), record);
}

#[test]
fn a_replayed_entry_over_its_bounds_is_refused_at_its_position() {
    let t = Town::with_deputies(12).build();
    let mut value = serde_json::to_value(t.ledger.events()).expect("json");
    value[5]["event"]["roster"]["name"] = "名".repeat(1_000_000).into();
    let log: Vec<Recorded> = serde_json::from_value(value).expect("entries");
    let e = Ledger::replay(Rulebook::NATIONAL, &log).expect_err("refused");
    match &e {
        Error::Ledger(LedgerError::Replay {
            position: 5, error, ..
        }) => assert!(
            matches!(**error, Error::Ledger(LedgerError::TooLong(_))),
            "{error:?}"
        ),
        other => panic!("expected a refusal at 5, got {other:?}"),
    }
    short(&e.to_string());
}

/// A recorded effect edited to carry a long text: the mismatch quotes excerpts around the
/// first difference, not the events whole.
#[test]
fn an_effects_mismatch_quotes_excerpts() {
    let mut t = Town::with_deputies(12).chair(1).first_session_open();
    let close = t.close(common::S1);
    let mut log = t.ledger.events().to_vec();
    let p = log.iter().position(|r| *r == close).expect("in the log");
    let mut value = serde_json::to_value(&log[p]).expect("json");
    let effects = value["effects"].as_array().map_or(0, Vec::len);
    assert!(effects > 0 || value["effects"].is_null());
    value["effects"] = serde_json::json!([{"roster": {"kind": "unit_registered",
        "unit": "00000000-0000-0000-0000-000000000009", "name": "名".repeat(60),
        "category": "department"}}]);
    log[p] = serde_json::from_value(value).expect("an entry");
    let e = Ledger::replay(Rulebook::NATIONAL, &log).expect_err("refused");
    assert!(e.to_string().contains("effect"), "{e}");
    short(&e.to_string());
}

/// No statute fixes the number of deputy township heads; an election for more than
/// `DEPUTY_HEADS_MAX` of them is refused, so nominations to one election stay bounded.
#[test]
fn an_election_of_more_deputy_heads_than_the_bound_is_refused() {
    use township_congress::limits::DEPUTY_HEADS_MAX;
    use township_congress::roster::Post;
    use township_congress::session::SessionError;
    let mut t = Town::with_deputies(12).chair(1).first_session_open();
    let call = |seats| SessionCommand::CallElection {
        session: common::S1,
        election: common::election(1),
        post: Post::DeputyHead,
        seats,
        margin: None,
        by_election: false,
    };
    for seats in [DEPUTY_HEADS_MAX + 1, u32::MAX] {
        match t.refused_session(common::presidium(), call(seats)) {
            SessionError::Seats { seats: s, max, .. } => {
                assert_eq!((s, max), (seats, DEPUTY_HEADS_MAX));
            }
            other => panic!("expected Seats, got {other:?}"),
        }
    }
    t.ok(common::presidium(), call(DEPUTY_HEADS_MAX));
}

/// Found by the `stored` fuzzer (`fuzz/corpus/stored/crash-f1fe60ac…`): a stored ledger whose
/// rulebook has a misspelt field was refused with serde's message, which lists every field a
/// rulebook has (2,153 characters) and quotes the unknown name whole. Loading a stored ledger
/// bounds every message: the start says what was wrong, the end where.
#[test]
fn a_stored_ledger_with_an_unknown_rulebook_field_is_refused_short() {
    let t = Town::with_deputies(12).build();
    let stored = serde_json::to_value(&t.ledger).expect("json");
    for name in [
        "interpellation_unit_tarrgets".to_owned(),
        "规".repeat(1_000_000),
    ] {
        let mut value = stored.clone();
        value["rules"][&name] = 1.into();
        let json = serde_json::to_string(&value).expect("json");
        let e = serde_json::from_str::<Ledger>(&json).expect_err("an unknown field");
        let message = e.to_string();
        short(&message);
        let start: String = name.chars().take(20).collect();
        assert!(
            message.starts_with(&format!("unknown field `{start}")),
            "{message}"
        );
        assert!(message.contains("line 1 column"), "{message}");
    }
    // The minimal form the fuzzer's input reduces to.
    let e = serde_json::from_str::<Ledger>(r#"{"rules":{"x":0},"log":[]}"#).expect_err("refused");
    short(&e.to_string());
}
