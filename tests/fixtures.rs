//! The wire format as a conformance suite: `tests/fixtures/*.jsonl`, each a township's record
//! of envelopes with the outcome every one must have (docs/wire.md, "Fixtures").
//!
//! Two tests. [`every_fixture_replays_as_expected`] reads the files alone, as an
//! implementation in another language would: a fresh ledger under the header's rulebook, each
//! envelope executed, the recorded entry compared field for field, or the refusal's code, with
//! the ledger unchanged by a refusal. [`the_fixtures_are_what_the_crate_does`] builds the same
//! year through the fixture builder and checks the committed file is byte for byte what it
//! journals (`UPDATE_FIXTURES=1 cargo test --test fixtures` rewrites it after a deliberate
//! change).

mod common;
mod proposal_fixtures;

use std::path::{Path, PathBuf};

use common::{
    S1, Town, activity, duty_report, presidium, rectification, snapshot, staff, unit_actor,
};
use proposal_fixtures::{p, suggestion};
use serde::{Deserialize, Serialize};
use township_congress::deputy::DeputyCommand;
use township_congress::ids::{MeetingId, SessionId};
use township_congress::presidium::{PresidiumCommand, PresidiumDecision};
use township_congress::proposal::{ProposalCommand, Rating};
use township_congress::session::{Choice, SessionCommand, Subject};
use township_congress::supervision::{ActivityKind, Ratings, SupervisionCommand};
use township_congress::{Actor, Envelope, Error, Ledger, Recorded, Rulebook};

/// The first line of a fixture: its name and the rulebook every envelope is checked under.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    fixture: String,
    rules: Rulebook,
}

/// Every further line: an envelope and what must come of it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Step {
    envelope: Envelope,
    expect: Expect,
}

/// The entry it records, or the code of its refusal.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[allow(clippy::large_enum_variant)] // a test's line of a fixture, read once
enum Expect {
    Recorded(Recorded),
    Refused { code: String },
}

impl Expect {
    fn of(outcome: &Result<Recorded, Error>) -> Self {
        match outcome {
            Ok(entry) => Self::Recorded(entry.clone()),
            Err(e) => Self::Refused {
                code: e.code().to_owned(),
            },
        }
    }
}

fn dir() -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join("tests/fixtures")
}

fn fixture_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .expect("tests/fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    files
}

/// Runs one fixture; returns how many envelopes were recorded and refused.
fn run(path: &Path) -> (usize, usize) {
    let name = path.display();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut lines = text.lines();
    let header: Header = serde_json::from_str(lines.next().expect("a header line"))
        .unwrap_or_else(|e| panic!("{name}:1: {e}"));
    let mut ledger = Ledger::new(header.rules);
    let (mut recorded, mut refused) = (0, 0);
    for (i, line) in lines.enumerate() {
        let at = format!("{name}:{}", i + 2);
        let step: Step = serde_json::from_str(line).unwrap_or_else(|e| panic!("{at}: {e}"));
        let before = snapshot(&ledger);
        let outcome = ledger.execute(step.envelope).cloned();
        match (&step.expect, &outcome) {
            (Expect::Recorded(want), Ok(got)) => {
                assert_eq!(got, want, "{at}: a different entry");
                recorded += 1;
            }
            (Expect::Refused { code }, Err(e)) => {
                assert_eq!(
                    &e.code().to_owned(),
                    code,
                    "{at}: refused for another reason: {e}"
                );
                assert_eq!(
                    snapshot(&ledger),
                    before,
                    "{at}: a refusal changed the ledger"
                );
                refused += 1;
            }
            (want, got) => panic!("{at}: expected {want:?}, got {got:?}"),
        }
    }
    (recorded, refused)
}

#[test]
fn every_fixture_replays_as_expected() {
    let files = fixture_files();
    assert!(!files.is_empty(), "no fixtures in {}", dir().display());
    for path in files {
        let (recorded, refused) = run(&path);
        assert!(recorded > 100, "{}: {recorded} recorded", path.display());
        assert!(refused >= 6, "{}: {refused} refused", path.display());
    }
}

/// The fixture as text: its header, then one line per journaled envelope.
fn render(name: &str, town: &Town) -> String {
    let header = Header {
        fixture: name.to_owned(),
        rules: town.ledger.rules().clone(),
    };
    let mut out = serde_json::to_string(&header).expect("header");
    out.push('\n');
    for attempt in town.journal() {
        let step = Step {
            envelope: attempt.envelope.clone(),
            expect: Expect::of(&attempt.outcome),
        };
        out.push_str(&serde_json::to_string(&step).expect("step"));
        out.push('\n');
    }
    out
}

#[test]
fn the_fixtures_are_what_the_crate_does() {
    let town = township_year();
    let path = dir().join("township_year.jsonl");
    let text = render("township_year", &town);
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, &text).expect("write the fixture");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "{} is not what the crate does today; if the change is deliberate, rerun with \
         UPDATE_FIXTURES=1 and review the diff",
        path.display()
    );
}

// ---------------------------------------------------------------------------------------------
// The year the fixture records: every kind of work, and one refusal of each kind among it.

/// The second session of the year.
const S2: SessionId = SessionId::from_u128(901);

/// 青山镇's year under the national statute: fifteen deputies, a chair and a vice-chair, two
/// units; the first session (presidium, agenda, the budget voted by roll); a suggestion handed
/// over, answered and rated; a supervision activity followed to closure; a duty report and its
/// evaluation; a second session convened by the presidium. Between them, refusals: a vote by
/// someone who is not a deputy, a second vote, a reply from a unit that does not handle the
/// suggestion, a presidium decision without a quorum, an item closed before the unit's
/// feedback, an evaluation by more voters than attended, an envelope dated before the last.
fn township_year() -> Town {
    let mut t = Town::with_deputies(15)
        .chair(1)
        .vice_chairs(&[2])
        .units(2)
        .journaling()
        .first_session_open();
    first_session(&mut t);
    suggestion_answered(&mut t);
    supervision_followed(&mut t);
    duty_reported(&mut t);
    presidium_without_quorum(&mut t);
    second_session(&mut t);
    t.adopt(S2, 10, Subject::GovernmentWorkReport {});
    t.close(S2);
    t
}

fn first_session(t: &mut Town) {
    t.put(S1, 10, Subject::Budget {});
    t.vote(S1, 10, 1..=14, Choice::For);
    t.refused(
        staff(),
        SessionCommand::CastVote {
            session: S1,
            item: common::item(10),
            choice: Choice::For,
        },
    );
    t.refused(
        common::deputy(3),
        SessionCommand::CastVote {
            session: S1,
            item: common::item(10),
            choice: Choice::Against,
        },
    );
    t.vote(S1, 10, [15], Choice::Abstain);
    t.close_vote(S1, 10);
}

fn suggestion_answered(t: &mut Town) {
    t.on(1, 16);
    t.close(S1);
    t.on(2, 10);
    t.draft_signed(suggestion(1), 10, [11]);
    t.submit_by(common::deputy(10), p(1));
    t.on(2, 20);
    t.hand_over(1, &[p(1)], 1, &[]);
    t.on(3, 20);
    let reply = |class: &str| ProposalCommand::ReplySuggestion {
        proposal: p(1),
        class: class.into(),
        reply: "已列入年度计划，年内实施".into(),
    };
    t.refused(unit_actor(2), reply("A"));
    t.ok(unit_actor(1), reply("A"));
    t.on(3, 25);
    t.ok(
        common::deputy(10),
        ProposalCommand::RateSuggestion {
            proposal: p(1),
            rating: Rating::Satisfied,
        },
    );
}

fn supervision_followed(t: &mut Town) {
    t.on(5, 12);
    t.activity_delivered(activity(1), ActivityKind::Inspection, &[1], 3..=8);
    t.raise(activity(1), rectification(1), 1, common::day(8, 31));
    t.refused(
        presidium(),
        SupervisionCommand::CloseItem {
            item: rectification(1),
        },
    );
    t.on(7, 30);
    t.follow_to_closure(rectification(1), 1);
    t.ok(
        presidium(),
        SupervisionCommand::CloseActivity {
            activity: activity(1),
        },
    );
}

fn duty_reported(t: &mut Town) {
    t.on(9, 8);
    t.ok(
        presidium(),
        DeputyCommand::RecordDutyReport {
            report: duty_report(1),
            deputy: common::dep(12),
            on: common::day(9, 8),
            place: "东村村委会".into(),
            audience: 40,
        },
    );
    t.refused(
        staff(),
        DeputyCommand::RecordEvaluation {
            report: duty_report(1),
            ratings: Ratings::new(30, 10, 5),
        },
    );
    t.ok(
        staff(),
        DeputyCommand::RecordEvaluation {
            report: duty_report(1),
            ratings: Ratings::new(30, 8, 2),
        },
    );
}

fn presidium_without_quorum(t: &mut Town) {
    t.on(10, 9);
    let m = MeetingId::from_u128(7001);
    t.meeting(m, 1, 1..=3);
    t.refused(
        common::deputy(1),
        PresidiumCommand::PutMotion {
            meeting: m,
            decision: common::decision(7001),
            motion: convene_s2(),
        },
    );
    t.close_meeting(m, 1);
    let earlier = t.now() - chrono::Duration::days(1);
    let envelope = Envelope::new(
        Actor::deputy(common::dep(1)),
        earlier,
        PresidiumCommand::ConveneMeeting { meeting: m }.into(),
    );
    t.refused_envelope(envelope);
}

fn convene_s2() -> PresidiumDecision {
    PresidiumDecision::ConveneSession {
        session: S2,
        opens_on: common::day(12, 20),
    }
}

/// The presidium, at a quorate meeting, convenes the second session for 20 December, with its
/// notice; every deputy attends and it opens.
fn second_session(t: &mut Town) {
    t.on(11, 2);
    let m = MeetingId::from_u128(7002);
    t.meeting(m, 1, 1..=7);
    t.decide(m, 1, common::decision(7002), convene_s2(), 1..=7);
    t.close_meeting(m, 1);
    t.prepare_notice(S2);
    t.on(12, 20);
    t.attend(S2, 1..=15);
    t.prepare_and_open(S2, &[1, 2, 3, 4, 5, 6, 7, 8, 9]);
}

// ---------------------------------------------------------------------------------------------
// docs/wire.md quotes the fixture.

/// The fenced blocks of docs/wire.md whose info string is `json <label>`, in order.
fn wire_blocks() -> Vec<(String, serde_json::Value)> {
    let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join("docs/wire.md");
    let text = std::fs::read_to_string(&path).expect("docs/wire.md");
    let mut blocks = Vec::new();
    let mut open: Option<(String, String)> = None;
    for line in text.lines() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => {
                if let Some(label) = info.strip_prefix("json ") {
                    open = Some((label.trim().to_owned(), String::new()));
                }
            }
            (Some((label, body)), Some(_)) => {
                let value = serde_json::from_str(body)
                    .unwrap_or_else(|e| panic!("docs/wire.md, block `{label}`: {e}"));
                blocks.push((label.clone(), value));
                open = None;
            }
            (Some((_, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "docs/wire.md: a block is not closed");
    blocks
}

/// The fixture's steps as JSON values: the envelope and the expectation of each line.
fn fixture_steps() -> Vec<(serde_json::Value, serde_json::Value)> {
    let path = dir().join("township_year.jsonl");
    let text = std::fs::read_to_string(path).expect("the fixture");
    text.lines()
        .skip(1)
        .map(|line| {
            let mut v: serde_json::Value = serde_json::from_str(line).expect("a step");
            (v["envelope"].take(), v["expect"].take())
        })
        .collect()
}

#[test]
fn the_wire_document_quotes_the_fixture() {
    let steps = fixture_steps();
    let blocks = wire_blocks();
    let labels: Vec<&str> = blocks.iter().map(|(l, _)| l.as_str()).collect();
    assert!(
        labels.contains(&"envelope") && labels.contains(&"recorded"),
        "{labels:?}"
    );
    let mut last_envelope = None;
    for (label, value) in &blocks {
        match label.as_str() {
            "envelope" => {
                let e = Envelope::from_json(&value.to_string()).expect("an envelope");
                assert_eq!(serde_json::to_value(e).expect("json"), *value);
                assert!(
                    steps.iter().any(|(env, _)| env == value),
                    "not in the fixture: {value}"
                );
                last_envelope = Some(value.clone());
            }
            "refusal" => {
                let envelope = last_envelope.as_ref().expect("an envelope block before it");
                let got = refusal_for(envelope);
                assert_eq!(
                    *value,
                    got,
                    "docs/wire.md's refusal is not the crate's: {}",
                    serde_json::to_string_pretty(&got).unwrap_or_default()
                );
            }
            "recorded" => {
                let r: Recorded = serde_json::from_value(value.clone()).expect("an entry");
                assert_eq!(serde_json::to_value(r).expect("json"), *value);
                let found = steps.iter().any(|(_, x)| x.get("recorded") == Some(value));
                assert!(found, "not in the fixture: {value}");
            }
            other => panic!("docs/wire.md: unknown block label `{other}`"),
        }
    }
}

/// The refusal the crate returns for `envelope`, a refused line of the fixture: the fixture
/// executed up to it, then the envelope, as a service would send it ([`Error::refusal`]).
fn refusal_for(envelope: &serde_json::Value) -> serde_json::Value {
    let text = std::fs::read_to_string(dir().join("township_year.jsonl")).expect("fixture");
    let mut lines = text.lines();
    let header: Header = serde_json::from_str(lines.next().expect("header")).expect("header");
    let mut ledger = Ledger::new(header.rules);
    for line in lines {
        let step: Step = serde_json::from_str(line).expect("a step");
        let here = serde_json::to_value(&step.envelope).expect("json") == *envelope;
        match ledger.execute(step.envelope) {
            Err(e) if here => return serde_json::to_value(e.refusal()).expect("json"),
            _ if here => panic!("docs/wire.md quotes an envelope the fixture records"),
            _ => {}
        }
    }
    panic!("docs/wire.md quotes an envelope not in the fixture")
}
