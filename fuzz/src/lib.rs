//! What each fuzz target does with its input, shared by the cargo-fuzz binaries
//! (`fuzz/fuzz_targets/*.rs`) and the corpus replay test of the main package
//! (`tests/fuzz_corpus.rs`, which includes this file), so the corpus checked in CI is run
//! through exactly the code the fuzzers run.
//!
//! Every function takes the raw input and panics only when the crate breaks a promise:
//! a panic inside the crate, a refused command that changed the ledger, an accepted entry whose
//! log does not replay to the same state and head, or an error message that echoes more than a
//! short excerpt of its input.
#![allow(dead_code, clippy::missing_panics_doc)]

#[path = "../../tests/common/mod.rs"]
pub mod common;

use std::sync::OnceLock;

use chrono::NaiveDate;
use township_congress::ids::{ProposalId, SessionId};
use township_congress::proposal::{Power, ProposalCommand};
use township_congress::scoring::Evidence;
use township_congress::{Actor, Envelope, Ledger, Recorded, Rubric, Rulebook};

use common::{S1, Town, deputy};

/// What a target does with one input.
pub type Target = fn(&[u8]);

/// The targets, by the name of their corpus folder (`fuzz/corpus/<name>/`).
pub const TARGETS: [(&str, Target); 5] = [
    ("envelope", envelope),
    ("log", log),
    ("stored", stored),
    ("profile", profile),
    ("rubric", rubric),
];

/// The longest error message any input may produce, in characters: a message names fields,
/// numbers and rules, and quotes at most short excerpts of the input.
pub const MESSAGE_MAX_CHARS: usize = 2_000;

/// An envelope (JSON) executed on ledgers at several stages: the term opened, the first
/// session sitting, proposals open. A refusal leaves the ledger as it was and agrees with
/// `check`; an accepted entry is what `check` predicted and the log replays to the same state.
pub fn envelope(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(envelope) = serde_json::from_str::<Envelope>(text) else {
        return;
    };
    for stage in stages() {
        execute_checked(stage, envelope.clone());
    }
}

/// A log (a JSON array of entries) replayed under the national rulebook: an accepted log
/// replays again to the same state, and loads back from its stored form.
pub fn log(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(log) = serde_json::from_str::<Vec<Recorded>>(text) else {
        return;
    };
    match Ledger::replay(Rulebook::NATIONAL, &log) {
        Ok(ledger) => same_when_reloaded(&ledger),
        Err(e) => bounded(&e.to_string()),
    }
}

/// A stored ledger (JSON, its first line) loaded, then the envelopes of the following lines
/// executed on it, each as in [`envelope`].
pub fn stored(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut lines = text.lines();
    let Some(first) = lines.next() else { return };
    let ledger = match serde_json::from_str::<Ledger>(first) {
        Ok(ledger) => ledger,
        Err(e) => return bounded(&e.to_string()),
    };
    same_when_reloaded(&ledger);
    let mut ledger = ledger;
    for line in lines {
        if let Ok(envelope) = serde_json::from_str::<Envelope>(line) {
            ledger = execute_checked(&ledger, envelope);
        }
    }
}

/// A rulebook profile (JSON) applied to the national rulebook: an accepted rulebook
/// validates, round-trips through JSON, and answers its queries without a panic.
pub fn profile(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let rules = match Rulebook::from_profile_json(text) {
        Ok(rules) => rules,
        Err(e) => return bounded(&e.to_string()),
    };
    assert_eq!(rules.validate(), Ok(()), "an accepted profile validates");
    let json = serde_json::to_string(&rules).expect("a rulebook serializes");
    let back: Rulebook = serde_json::from_str(&json).expect("a rulebook reads back");
    assert_eq!(back, rules);
    for population in [0, 1_999, 2_000, 100_000, u32::MAX] {
        let range = rules.deputy_quota_range(population, true);
        assert!(range.start() <= range.end() || population < 2_000);
        let _ = rules.presidium_size_range(*range.end(), population);
    }
    for n in [0, 1, 45, 46, 160, u32::MAX] {
        let _ = rules.session_quorum().value.required(n);
    }
    let _ = rules.entries();
}

/// A rubric (JSON) validated, then scored against the evidence of a township's year: the
/// scorecard's total is the rubric's totals' total.
pub fn rubric(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let rubric = match Rubric::from_json(text) {
        Ok(rubric) => rubric,
        Err(e) => return bounded(&e.to_string()),
    };
    let evidence = evidence();
    let card = rubric.score(evidence);
    let totals = rubric.totals(evidence);
    assert_eq!(
        card.total, totals.total,
        "the scorecard adds up as the totals do"
    );
    serde_json::to_string(&card).expect("a scorecard serializes");
}

/// Executes `envelope` on a copy of `ledger` and checks the promises; returns the copy.
pub fn execute_checked(ledger: &Ledger, envelope: Envelope) -> Ledger {
    let predicted = ledger.check(&envelope);
    let mut after = ledger.clone();
    match after.execute(envelope) {
        Err(e) => {
            assert_eq!(&after, ledger, "a refused command changed the ledger: {e}");
            assert_eq!(
                predicted.err(),
                Some(e.clone()),
                "check and execute disagree"
            );
            bounded(&e.to_string());
        }
        Ok(entry) => {
            assert_eq!(
                predicted.as_ref().ok(),
                Some(entry),
                "check and execute disagree"
            );
            let replayed = Ledger::replay(ledger.rules().clone(), after.events())
                .expect("an accepted entry replays");
            assert_eq!(replayed.state(), after.state(), "replay rebuilds the state");
            assert_eq!(replayed.head(), after.head());
        }
    }
    after
}

/// A ledger serialized and read back is the same ledger, byte for byte.
fn same_when_reloaded(ledger: &Ledger) {
    let json = serde_json::to_string(ledger).expect("a ledger serializes");
    let back: Ledger = serde_json::from_str(&json).expect("a stored ledger loads");
    assert_eq!(&back, ledger);
    assert_eq!(back.head(), ledger.head());
    let state = serde_json::to_string(ledger.state()).expect("a state serializes");
    assert_eq!(
        serde_json::to_string(back.state()).expect("a state serializes"),
        state
    );
}

/// An error message stays short whatever the input.
fn bounded(message: &str) {
    let chars = message.chars().count();
    assert!(
        chars <= MESSAGE_MAX_CHARS,
        "an error message of {chars} characters: {}…",
        message.chars().take(200).collect::<String>()
    );
}

/// The ledgers an envelope is tried on, built once.
pub fn stages() -> &'static [Ledger] {
    static STAGES: OnceLock<Vec<Ledger>> = OnceLock::new();
    STAGES.get_or_init(|| {
        vec![
            term_opened().ledger,
            session_sitting().ledger,
            proposals_open().ledger,
        ]
    })
}

/// The term opened: twelve deputies elected and confirmed, a chair, two units.
pub fn term_opened() -> Town {
    Town::with_deputies(12).chair(1).units(2).build()
}

/// The first session sitting, every deputy present, an item put to the vote.
pub fn session_sitting() -> Town {
    let mut t = Town::with_deputies(12)
        .chair(1)
        .vice_chairs(&[2])
        .units(2)
        .first_session_open();
    t.put(S1, 10, township_congress::session::Subject::Resolution {});
    t
}

/// A bill for the first session lodged by six deputies, a suggestion lodged.
pub fn proposals_open() -> Town {
    let mut t = Town::with_deputies(15)
        .chair(1)
        .vice_chairs(&[2])
        .units(2)
        .first_session_open();
    let bill = ProposalId::from_u128(6001);
    let suggestion = ProposalId::from_u128(6002);
    t.ok(
        deputy(10),
        ProposalCommand::DraftBill {
            proposal: bill,
            session: S1,
            power: Power::ConstructionPlans,
            title: "关于修建村道的议案".into(),
            subject: "村道年久失修".into(),
            grounds: "群众出行困难".into(),
            plan: "列入年度建设计划".into(),
        },
    );
    for n in 11..=15 {
        t.ok(deputy(n), ProposalCommand::Sign { proposal: bill });
    }
    t.ok(deputy(10), ProposalCommand::Submit { proposal: bill });
    t.ok(
        deputy(3),
        ProposalCommand::DraftSuggestion {
            proposal: suggestion,
            category: "城乡建设".into(),
            title: "关于增设路灯的建议".into(),
            content: "村口无路灯".into(),
        },
    );
    t.ok(
        deputy(3),
        ProposalCommand::Submit {
            proposal: suggestion,
        },
    );
    t
}

/// The evidence of the session stage's year, derived once.
fn evidence() -> &'static Evidence {
    static EVIDENCE: OnceLock<Evidence> = OnceLock::new();
    EVIDENCE.get_or_init(|| {
        let ledger = &session_sitting().ledger;
        let as_of = NaiveDate::from_ymd_opt(2026, 12, 31).expect("a date");
        Evidence::derive(ledger, 2026, as_of).expect("evidence of 2026")
    })
}

/// The session every stage's first session is.
pub const SESSION: SessionId = S1;

/// Who may act in the seeds: deputy 1 (the chair), the presidium, the staff.
pub fn actors() -> [Actor; 3] {
    [deputy(1), Actor::Presidium {}, common::staff()]
}
