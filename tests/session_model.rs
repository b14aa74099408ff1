//! State-machine test: a sitting of a 46-deputy congress driven by random attendance changes,
//! openings, items, votes and closings — legal and illegal — against a naive model made of
//! plain sets and counts. The model predicts every refusal (the engine must refuse and stay
//! byte-identical) and every vote's outcome (> 1/2 of all 46 deputies = 24 votes, counting only
//! deputies still present at the close, with 2/3 of all deputies = 31 present to open and to
//! close a vote), and who may approve leave under 重庆's profile (the chair, not the presidium
//! or another deputy).

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{S1, Town, dep, staff};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest, prop_state_machine};
use township_congress::ids::ItemId;
use township_congress::session::VoteClosed;
use township_congress::session::{Attendance, Choice, SessionCommand, SessionEvent, Subject};
use township_congress::{Actor, Event, Rulebook};

const ALL: u32 = 46;
const CHAIR: u32 = 1;
const QUORUM: usize = 31; // 三分之二以上 of 46
const MAJORITY: u32 = 24; // 过半数 of 46

#[derive(Debug, Clone)]
enum Step {
    Attend(u32, bool),
    Open,
    Put(u32),
    Vote(u32, u32, Choice),
    Close(u32),
    /// Leave for deputy `d`, approved by `by`: 0 the presidium, else that deputy (1 the chair).
    Leave(u32, u32),
}

#[derive(Debug, Clone, Default)]
struct Item {
    votes: BTreeMap<u32, Choice>,
    closed: bool,
}

#[derive(Debug, Clone)]
struct Model {
    attendance: BTreeMap<u32, bool>,
    /// On approved leave (not in `attendance`).
    leave: BTreeSet<u32>,
    opened: bool,
    items: BTreeMap<u32, Item>,
    /// What the last step should have done: `None` refused, `Some(None)` accepted,
    /// `Some(Some(passed))` a vote closed with that outcome.
    expect: Option<Option<bool>>,
}

impl Model {
    fn present(&self) -> usize {
        self.attendance.values().filter(|p| **p).count()
    }
}

struct Sitting;

impl ReferenceStateMachine for Sitting {
    type State = Model;
    type Transition = Step;

    fn init_state() -> BoxedStrategy<Model> {
        let attendance = (1..=31).map(|d| (d, true)).collect();
        Just(Model {
            attendance,
            leave: BTreeSet::new(),
            opened: false,
            items: BTreeMap::new(),
            expect: Some(None),
        })
        .boxed()
    }

    fn transitions(_: &Model) -> BoxedStrategy<Step> {
        let choice = prop_oneof![4 => Just(Choice::For), 1 => Just(Choice::Against), 1 => Just(Choice::Abstain)];
        prop_oneof![
            3 => (1..=ALL, prop::bool::weighted(0.7)).prop_map(|(d, p)| Step::Attend(d, p)),
            1 => Just(Step::Open),
            1 => (1..=3_u32).prop_map(Step::Put),
            12 => (1..=ALL, 1..=3_u32, choice).prop_map(|(d, i, c)| Step::Vote(d, i, c)),
            1 => (1..=3_u32).prop_map(Step::Close),
            1 => (1..=ALL, prop::sample::select(vec![0_u32, 1, 3])).prop_map(|(d, by)| Step::Leave(d, by)),
        ]
        .boxed()
    }

    fn apply(mut m: Model, step: &Step) -> Model {
        m.expect = match *step {
            Step::Attend(d, present) => {
                if m.attendance.get(&d) == Some(&present) {
                    None
                } else {
                    m.attendance.insert(d, present);
                    m.leave.remove(&d);
                    Some(None)
                }
            }
            // 重庆 2016 第四十八条: the chair (deputy 1) or a vice-chair approves leave.
            Step::Leave(d, by) => {
                if by != CHAIR || m.leave.contains(&d) {
                    None
                } else {
                    m.attendance.remove(&d);
                    m.leave.insert(d);
                    Some(None)
                }
            }
            Step::Open => {
                if m.opened || m.present() < QUORUM {
                    None
                } else {
                    m.opened = true;
                    Some(None)
                }
            }
            Step::Put(i) => {
                if !m.opened || m.items.contains_key(&i) {
                    None
                } else {
                    m.items.insert(i, Item::default());
                    Some(None)
                }
            }
            Step::Vote(d, i, c) => {
                let here = m.attendance.get(&d) == Some(&true);
                match m.items.get_mut(&i) {
                    Some(item) if !item.closed && here && !item.votes.contains_key(&d) => {
                        item.votes.insert(d, c);
                        Some(None)
                    }
                    _ => None,
                }
            }
            Step::Close(i) => {
                let quorum = m.present() >= QUORUM;
                match m.items.get_mut(&i) {
                    Some(item) if !item.closed && quorum => {
                        item.closed = true;
                        // Only deputies still present at the close count.
                        let yes = item
                            .votes
                            .iter()
                            .filter(|(d, c)| {
                                **c == Choice::For && m.attendance.get(d) == Some(&true)
                            })
                            .count();
                        Some(Some(u32::try_from(yes).unwrap_or(0) >= MAJORITY))
                    }
                    _ => None,
                }
            }
        };
        m
    }
}

/// The model's item `i` (items 1 and 2 are the presidium's election and the agenda).
fn item(i: u32) -> ItemId {
    common::item(100 + i)
}

/// Who does a step, and the command.
fn command(step: &Step) -> (Actor, SessionCommand) {
    match *step {
        Step::Attend(d, true) => (
            Actor::deputy(dep(d)),
            SessionCommand::RecordAttendance {
                session: S1,
                deputy: dep(d),
                attendance: Attendance::Present,
            },
        ),
        Step::Attend(d, false) => (
            staff(),
            SessionCommand::RecordAttendance {
                session: S1,
                deputy: dep(d),
                attendance: Attendance::Absent,
            },
        ),
        Step::Open => (
            Actor::Presidium {},
            SessionCommand::OpenSession { session: S1 },
        ),
        Step::Put(i) => (
            Actor::Presidium {},
            SessionCommand::PutItem {
                session: S1,
                item: item(i),
                title: format!("决议草案{i}"),
                subject: Subject::Resolution {},
            },
        ),
        Step::Vote(d, i, choice) => (
            Actor::deputy(dep(d)),
            SessionCommand::CastVote {
                session: S1,
                item: item(i),
                choice,
            },
        ),
        Step::Close(i) => (
            Actor::Presidium {},
            SessionCommand::CloseVote {
                session: S1,
                item: item(i),
            },
        ),
        Step::Leave(d, by) => (
            if by == 0 {
                Actor::Presidium {}
            } else {
                Actor::deputy(dep(by))
            },
            SessionCommand::RecordAttendance {
                session: S1,
                deputy: dep(d),
                attendance: Attendance::OnLeave,
            },
        ),
    }
}

impl StateMachineTest for Sitting {
    type SystemUnderTest = Town;
    type Reference = Sitting;

    /// The first session, its preparatory meeting done: 31 present, presidium and agenda adopted.
    /// National law has no township preparatory meeting; 重庆's profile does (第十二条), so the
    /// sitting is modelled from before its opening.
    fn init_test(_: &Model) -> Town {
        let mut t = Town::with_deputies(ALL)
            .rules(Rulebook::province("重庆").expect("profile"))
            .chair(CHAIR)
            .first_session_convened(1..=31);
        t.prepare(S1, &(1..=9).collect::<Vec<_>>());
        t
    }

    fn apply(mut t: Town, m: &Model, step: Step) -> Town {
        let (actor, command) = command(&step);
        match &m.expect {
            // Refused, the ledger byte-identical.
            None => {
                t.refused(actor, command);
            }
            Some(outcome) => {
                let r = t.ok(actor, command);
                let closed = match &r.event {
                    Event::Session(SessionEvent::VoteClosed(VoteClosed { result, .. })) => {
                        Some(result.clone())
                    }
                    _ => None,
                };
                assert_eq!(closed.as_ref().map(|r| r.passed), *outcome, "{step:?}");
                if let Some(r) = closed {
                    assert_eq!((r.required, r.all_deputies), (MAJORITY, ALL));
                    assert_eq!(r.passed, r.votes_for >= r.required);
                }
            }
        }
        t
    }

    fn teardown(t: Town, _: Model) {
        // Replaying the whole record rebuilds the same state.
        t.replayed();
    }
}

prop_state_machine! {
    #![proptest_config(ProptestConfig {
        cases: 32,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn sitting_matches_model(sequential 1..80 => Sitting);
}
