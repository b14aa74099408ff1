//! State-machine test: a presidium meeting of nine members driven by random attendance,
//! motions, votes and closings — by members and by deputies who are not members — against a
//! naive model. The model predicts each refusal (the engine must refuse and stay
//! byte-identical) and each decision (a majority of all nine members, 5, with 5 present to
//! put a motion and to close its vote), and who may convene: the chair, or the vice-chair
//! while the chair's written delegation runs (组织法2022 第十八条第三款).

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Town, day, decision, dep, meeting};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest, prop_state_machine};
use township_congress::ids::SessionId;
use township_congress::presidium::DecisionTaken;
use township_congress::presidium::{Choice, PresidiumCommand, PresidiumDecision, PresidiumEvent};
use township_congress::{Actor, Event};

const MEMBERS: u32 = 9; // deputies 1 (the chair) and 2 (the vice-chair), ex officio, to 9
const VICE: u32 = 2;
const QUORUM: usize = 5; // 过半数 of 9
const MAJORITY: usize = 5;

#[derive(Debug, Clone)]
enum Step {
    Attend(u32),
    Put(u32),
    Vote(u32, u32, Choice),
    Close(u32),
    /// The chair delegates to deputy `to` in writing (only the vice-chair, 2, qualifies).
    Delegate(u32),
    /// The chair ends the delegation.
    EndDelegation,
    /// Deputy `d` convenes meeting `k` (the chair; the vice-chair while delegated).
    Convene(u32, u32),
}

#[derive(Debug, Clone, Default)]
struct Motion {
    roll: BTreeMap<u32, Choice>,
    closed: bool,
}

#[derive(Debug, Clone, Default)]
struct Model {
    present: BTreeSet<u32>,
    motions: BTreeMap<u32, Motion>,
    /// Whether a delegation to the vice-chair runs today.
    delegated: bool,
    /// Meetings convened besides meeting 1.
    convened: BTreeSet<u32>,
    /// `None` refused, `Some(None)` accepted, `Some(Some(adopted))` a decision taken.
    expect: Option<Option<bool>>,
}

struct Meeting;

impl ReferenceStateMachine for Meeting {
    type State = Model;
    type Transition = Step;

    fn init_state() -> BoxedStrategy<Model> {
        // The meeting opens with the first five members signed in: the quorum, exactly.
        let present = (1..=5).collect();
        Just(Model {
            present,
            expect: Some(None),
            ..Model::default()
        })
        .boxed()
    }

    fn transitions(_: &Model) -> BoxedStrategy<Step> {
        let choice = prop_oneof![4 => Just(Choice::For), 1 => Just(Choice::Against), 1 => Just(Choice::Abstain)];
        prop_oneof![
            2 => (1..=MEMBERS + 3).prop_map(Step::Attend),
            1 => (1..=2_u32).prop_map(Step::Put),
            12 => (1..=MEMBERS + 3, 1..=2_u32, choice).prop_map(|(d, k, c)| Step::Vote(d, k, c)),
            1 => (1..=2_u32).prop_map(Step::Close),
            1 => (2..=3_u32).prop_map(Step::Delegate),
            1 => Just(Step::EndDelegation),
            1 => (1..=3_u32, 2..=4_u32).prop_map(|(d, k)| Step::Convene(d, k)),
        ]
        .boxed()
    }

    fn apply(mut m: Model, step: &Step) -> Model {
        let quorate = m.present.len() >= QUORUM;
        m.expect = match *step {
            Step::Attend(d) if d <= MEMBERS && m.present.insert(d) => Some(None),
            Step::Attend(_) => None,
            Step::Put(k) if quorate && !m.motions.contains_key(&k) => {
                m.motions.insert(k, Motion::default());
                Some(None)
            }
            Step::Put(_) => None,
            Step::Vote(d, k, c) => {
                let here = m.present.contains(&d);
                match m.motions.get_mut(&k) {
                    Some(motion) if !motion.closed && here && !motion.roll.contains_key(&d) => {
                        motion.roll.insert(d, c);
                        Some(None)
                    }
                    _ => None,
                }
            }
            Step::Close(k) => match m.motions.get_mut(&k) {
                Some(motion) if !motion.closed && quorate => {
                    motion.closed = true;
                    let yes = motion.roll.values().filter(|c| **c == Choice::For).count();
                    Some(Some(yes >= MAJORITY))
                }
                _ => None,
            },
            Step::Delegate(to) if to == VICE && !m.delegated => {
                m.delegated = true;
                Some(None)
            }
            Step::Delegate(_) => None,
            Step::EndDelegation if m.delegated => {
                m.delegated = false;
                Some(None)
            }
            Step::EndDelegation => None,
            Step::Convene(d, k) => {
                let may = d == 1 || (d == VICE && m.delegated);
                (may && m.convened.insert(k)).then_some(None)
            }
        };
        m
    }
}

/// Who does a step, and the command (the chair, deputy 1, puts motions and closes votes).
fn command(step: &Step) -> (Actor, PresidiumCommand) {
    let chair = Actor::deputy(dep(1));
    match *step {
        Step::Attend(d) => (
            Actor::deputy(dep(d)),
            PresidiumCommand::RegisterAttendance {
                meeting: meeting(1),
            },
        ),
        Step::Put(k) => (
            chair,
            PresidiumCommand::PutMotion {
                meeting: meeting(1),
                decision: decision(k),
                motion: PresidiumDecision::AdoptWorkReport {
                    session: SessionId::from_u128(u128::from(k)),
                },
            },
        ),
        Step::Vote(d, k, choice) => (
            Actor::deputy(dep(d)),
            PresidiumCommand::CastVote {
                decision: decision(k),
                choice,
            },
        ),
        Step::Close(k) => (
            chair,
            PresidiumCommand::CloseVote {
                decision: decision(k),
            },
        ),
        Step::Delegate(to) => (
            chair,
            PresidiumCommand::DelegateChair {
                to: dep(to),
                from: day(1, 9),
                until: None,
                reason: "主席外出学习".into(),
            },
        ),
        Step::EndDelegation => (chair, PresidiumCommand::EndDelegation {}),
        Step::Convene(d, k) => (
            Actor::deputy(dep(d)),
            PresidiumCommand::ConveneMeeting {
                meeting: meeting(k),
            },
        ),
    }
}

impl StateMachineTest for Meeting {
    type SystemUnderTest = Town;
    type Reference = Meeting;

    /// A chair, a presidium of nine recorded from before the record's first session, and a
    /// meeting convened on 9 January with members 1..=5 signed in.
    fn init_test(_: &Model) -> Town {
        let mut t = Town::with_deputies(46)
            .chair(1)
            .vice_chairs(&[VICE])
            .presidium(&(3..=MEMBERS).collect::<Vec<_>>())
            .build();
        t.on(1, 9);
        t.meeting(meeting(1), 1, 1..=5);
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
                let taken = match &r.event {
                    Event::Presidium(PresidiumEvent::DecisionTaken(DecisionTaken {
                        tally,
                        ..
                    })) => Some(tally.clone()),
                    _ => None,
                };
                assert_eq!(taken.as_ref().map(|t| t.adopted), *outcome, "{step:?}");
                if let Some(t) = taken {
                    assert_eq!((t.members, t.required), (MEMBERS, 5));
                }
            }
        }
        t
    }

    fn teardown(t: Town, _: Model) {
        t.replayed();
    }
}

prop_state_machine! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn meeting_matches_model(sequential 1..80 => Meeting);
}
