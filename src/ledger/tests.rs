//! One ledger error of every kind, rendered in both languages (the codes' test).

use super::display::event_words;
use crate::Event;
use crate::error::{Error, LedgerError};
use crate::ids::DeputyId;
use crate::ledger::Digest;
use crate::limits::{TextKind, TooLong};
use crate::roster::RosterChange;
use crate::rulebook::Citation;
use crate::session::SessionError;
use crate::testing::check_error_samples;
use chrono::{DateTime, NaiveDate};

fn samples() -> Vec<LedgerError> {
    let at = |h: i64| DateTime::from_timestamp(1_780_000_000 + h * 3600, 0).unwrap_or_default();
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default();
    let seat = Event::Roster(RosterChange::DeputyListPublished { on: day(2) });
    vec![
        LedgerError::TimeWentBackwards {
            last: at(2),
            at: at(1),
        },
        LedgerError::DecidedAtSession {
            what: "an officer elected",
            citation: Citation::organic(14, Some(4)),
        },
        LedgerError::BeforeRecordedActs {
            deputy: DeputyId::from_u128(7),
            on: day(1),
            last_act: day(3),
        },
        LedgerError::EffectsMismatch {
            recorded: 0,
            computed: 1,
            recorded_effect: Box::new(event_words(None)),
            entailed_effect: Box::new(event_words(Some(&seat))),
        },
        LedgerError::BadSequence {
            position: 3,
            seq: 5,
            expected: 4,
        },
        LedgerError::ChainBroken {
            position: 4,
            seq: 5,
            expected: Digest::GENESIS,
            found: Digest::from_bytes([7; 32]),
        },
        LedgerError::NotCanonical {
            message: "key must be a string".into(),
        },
        LedgerError::TooLong(TooLong {
            field: "title",
            kind: Some(TextKind::Title),
            max: 200,
            found: 201,
            excerpt: "关于".into(),
        }),
        LedgerError::Replay {
            position: 2,
            seq: 3,
            error: Box::new(Error::Session(SessionError::NoTerm)),
        },
    ]
}

#[test]
fn every_variant_has_its_code_its_wire_tag_and_both_sentences() {
    let rendered: Vec<_> = samples()
        .iter()
        .map(|e| {
            let value = serde_json::to_value(e).unwrap_or_default();
            let citation = e.citation().map(ToString::to_string);
            (e.code(), value, e.to_string(), e.zh().to_string(), citation)
        })
        .collect();
    check_error_samples(LedgerError::CODES, "ledger.", &rendered);
}

#[test]
fn an_edited_effect_reads_as_the_event_in_words() {
    let e = samples()
        .into_iter()
        .find(|e| e.code() == "ledger.effects_mismatch");
    let (en, zh) = e
        .map(|e| (e.to_string(), e.zh().to_string()))
        .unwrap_or_default();
    assert!(
        !en.contains("DeputyListPublished") && !en.contains('{'),
        "{en}"
    );
    assert!(
        en.ends_with("none as recorded, roster: deputy_list_published (on 2026-03-02) as entailed"),
        "{en}"
    );
    assert!(
        zh.ends_with("记载为无，应为公布代表名单（on 2026-03-02）"),
        "{zh}"
    );
}
