//! Every file of `fuzz/corpus/<target>/` through the fuzz target's own code
//! (`fuzz/src/lib.rs`), on the stable toolchain, as part of `cargo test`: the seeds, and each
//! crash the fuzzers found once, stay fixed.

#[path = "../fuzz/src/lib.rs"]
mod fuzzing;

use std::path::Path;

#[test]
fn every_corpus_file_keeps_the_promises() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join("fuzz/corpus");
    for (target, run) in fuzzing::TARGETS {
        let dir = root.join(target);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("a directory entry").path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        assert!(files.len() >= 3, "{target}: only {} seed(s)", files.len());
        for file in files {
            let data = std::fs::read(&file).expect("readable");
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(
                outcome.is_ok(),
                "{target}: {} broke a promise",
                file.display()
            );
        }
    }
}

/// The generated seeds (`seed-*.json`) are what [`seeds`] writes today; `UPDATE_FUZZ_SEEDS=1
/// cargo test --test fuzz_corpus` rewrites them after a wire change. Crashers the fuzzers
/// found (`crash-*`) are kept as they were found.
#[test]
fn generated_seeds_are_current() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join("fuzz/corpus");
    let update = std::env::var_os("UPDATE_FUZZ_SEEDS").is_some();
    for (target, name, content) in seeds() {
        let path = root.join(target).join(format!("seed-{name}.json"));
        if update {
            std::fs::create_dir_all(root.join(target)).expect("a corpus folder");
            std::fs::write(&path, &content).expect("writable");
        } else {
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == content,
                "{} is stale: UPDATE_FUZZ_SEEDS=1 cargo test --test fuzz_corpus",
                path.display()
            );
        }
    }
}

/// Small, meaningful inputs for each target, valid and broken: (target, name, content).
fn seeds() -> Vec<(&'static str, &'static str, String)> {
    let mut out = Vec::new();
    for (name, json) in envelope_seeds() {
        out.push(("envelope", name, json));
    }
    for (name, json) in log_seeds() {
        out.push(("log", name, json));
    }
    for (name, json) in stored_seeds() {
        out.push(("stored", name, json));
    }
    for (name, json) in profile_seeds() {
        out.push(("profile", name, json));
    }
    for (name, json) in rubric_seeds() {
        out.push(("rubric", name, json));
    }
    out
}

use fuzzing::common::{self, S1, dep, deputy, item, staff};
use township_congress::ids::{ConstituencyId, ProposalId};
use township_congress::ledger::Digest;
use township_congress::proposal::ProposalCommand;
use township_congress::session::{Attendance, Choice, SessionCommand};
use township_congress::{Actor, Command, Envelope, Ledger, RosterChange};

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("serializable")
}

/// An envelope dated at the stages' common clock (the first session's day).
fn envelope(actor: Actor, command: impl Into<Command>) -> String {
    json(&Envelope::new(actor, common::at(1, 15), command.into()))
}

fn envelope_seeds() -> Vec<(&'static str, String)> {
    let vote = |choice| SessionCommand::CastVote {
        session: S1,
        item: item(10),
        choice,
    };
    vec![
        ("vote-for", envelope(deputy(3), vote(Choice::For))),
        ("vote-by-a-stranger", envelope(deputy(99), vote(Choice::Against))),
        (
            "close-vote",
            envelope(
                Actor::Presidium {},
                SessionCommand::CloseVote {
                    session: S1,
                    item: item(10),
                },
            ),
        ),
        (
            "attendance",
            envelope(
                staff(),
                SessionCommand::RecordAttendance {
                    session: S1,
                    deputy: dep(4),
                    attendance: Attendance::Absent,
                },
            ),
        ),
        (
            "sign-the-bill",
            envelope(
                deputy(4),
                ProposalCommand::Sign {
                    proposal: ProposalId::from_u128(6001),
                },
            ),
        ),
        (
            "constituency-of-u32-max-seats",
            envelope(
                Actor::ElectionCommittee {},
                RosterChange::ConstituencyDrawn {
                    constituency: ConstituencyId::from_u128(77),
                    name: "新村".into(),
                    seats: u32::MAX,
                    voters: u32::MAX,
                },
            ),
        ),
        (
            "name-too-long",
            envelope(
                Actor::ElectionCommittee {},
                RosterChange::DeputyElected {
                    deputy: dep(13),
                    name: "名".repeat(65),
                    constituency: common::con(1),
                    on: common::day(1, 4),
                    by_election: true,
                },
            ),
        ),
        (
            "unknown-command",
            r#"{"actor":{"kind":"presidium"},"at":"2026-01-15T02:00:00Z","command":{"session":{"kind":"adjourn_forever"}}}"#.to_owned(),
        ),
        (
            "year-9999",
            envelope(deputy(3), vote(Choice::Abstain)).replace("2026-01-15", "9999-12-31"),
        ),
    ]
}

fn log_seeds() -> Vec<(&'static str, String)> {
    let term = fuzzing::term_opened().ledger;
    let mut tampered = term.events().to_vec();
    if let Some(rec) = tampered.get_mut(2) {
        rec.digest = Digest::GENESIS;
    }
    let mut seats = serde_json::to_value(term.events()).expect("json");
    seats[1]["event"]["roster"]["seats"] = u32::MAX.into();
    vec![
        ("empty", "[]".to_owned()),
        ("term-opened", json(&term.events())),
        (
            "session-sitting",
            json(&fuzzing::session_sitting().ledger.events()),
        ),
        ("digest-edited", json(&tampered)),
        ("constituency-of-u32-max-seats", json(&seats)),
    ]
}

fn stored_seeds() -> Vec<(&'static str, String)> {
    let sitting = fuzzing::session_sitting().ledger;
    let votes = (1..=3)
        .map(|d| {
            envelope(
                deputy(d),
                SessionCommand::CastVote {
                    session: S1,
                    item: item(10),
                    choice: Choice::For,
                },
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    let term = fuzzing::term_opened().ledger;
    let mut seats = serde_json::to_value(&term).expect("json");
    seats["log"][1]["event"]["roster"]["seats"] = u32::MAX.into();
    vec![
        ("sitting-then-votes", format!("{}\n{votes}", json(&sitting))),
        ("term-opened", json(&term)),
        ("constituency-of-u32-max-seats", json(&seats)),
        (
            "empty-log",
            json(&Ledger::new(township_congress::Rulebook::NATIONAL)),
        ),
    ]
}

fn profile_seeds() -> Vec<(&'static str, String)> {
    let profiles =
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join("src/rulebook/profiles");
    let read = |name: &str| std::fs::read_to_string(profiles.join(name)).expect("a profile");
    vec![
        ("zhejiang", read("zhejiang.json")),
        ("chongqing", read("chongqing.json")),
        ("empty", r#"{"name":"空"}"#.to_owned()),
        (
            "looser-quorum",
            r#"{"name":"某县","rules":{"session_quorum":{"value":{"at_least":{"num":1,"den":3}},"citation":{"law":"某县","year":2024,"article":1}}}}"#.to_owned(),
        ),
        (
            "zero-denominator",
            r#"{"name":"某县","rules":{"presidium_quorum":{"value":{"more_than":{"num":1,"den":0}},"citation":{"law":"某县","year":2024,"article":1}}}}"#.to_owned(),
        ),
        ("rules-a-string", r#"{"name":"某县","rules":"规则"}"#.to_owned()),
    ]
}

fn rubric_seeds() -> Vec<(&'static str, String)> {
    let default = township_congress::scoring::DEFAULT_RUBRIC_JSON.to_owned();
    let mut value: serde_json::Value = serde_json::from_str(&default).expect("json");
    value["dimensions"][0]["indicators"][0]["max"] = "1000000".into();
    vec![
        ("default", default),
        ("weight-out-of-range", json(&value)),
        ("empty-object", "{}".to_owned()),
        ("unknown-version", r#"{"format_version":"99"}"#.to_owned()),
    ]
}
