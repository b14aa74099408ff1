//! Property tests: random sequences of roster changes, legal and illegal, against a naive
//! model of who holds a mandate. Invariants: a refused change leaves the ledger byte-identical,
//! the engine agrees with the model on who counts, the count never exceeds the quota, and the
//! log replays to the same state.

mod common;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use common::{Town, day, dep};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use township_congress::roster::TerminationGround;
use township_congress::{Actor, RosterChange};

const SEATS: u32 = 12;

#[derive(Debug, Clone)]
enum Step {
    Resign { deputy: u32, votes_for: u32 },
    Die { deputy: u32 },
    Suspend { deputy: u32 },
    Reinstate { deputy: u32 },
    ByElect { constituency: u32, id: u32 },
    Confirm { id: u32 },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (1..=SEATS + 2, 0..=SEATS)
            .prop_map(|(deputy, votes_for)| Step::Resign { deputy, votes_for }),
        (1..=SEATS + 2).prop_map(|deputy| Step::Die { deputy }),
        (1..=SEATS + 2).prop_map(|deputy| Step::Suspend { deputy }),
        (1..=SEATS + 2).prop_map(|deputy| Step::Reinstate { deputy }),
        (1..=SEATS / 3, 100..110_u32)
            .prop_map(|(constituency, id)| Step::ByElect { constituency, id }),
        (100..110_u32).prop_map(|id| Step::Confirm { id }),
    ]
}

/// The obviously right model: sets of ids.
#[derive(Debug, Clone, Default)]
struct Model {
    serving: BTreeSet<u32>,
    /// Elected, credentials not yet confirmed: holds no mandate yet (选举法2020 第四十七条).
    pending: BTreeSet<u32>,
    suspended: BTreeSet<u32>,
    ended: BTreeSet<u32>,
    constituency_of: std::collections::BTreeMap<u32, u32>,
}

impl Model {
    fn holders(&self) -> usize {
        self.serving.len() + self.suspended.len()
    }

    /// Applies a step the model deems legal; returns whether it was.
    fn apply(&mut self, s: &Step) -> bool {
        match *s {
            Step::Resign { deputy, votes_for } => {
                let base = u32::try_from(self.holders()).unwrap_or(0);
                let ok = (self.serving.contains(&deputy) || self.suspended.contains(&deputy))
                    && votes_for > base / 2
                    && votes_for <= base;
                if ok {
                    self.serving.remove(&deputy);
                    self.suspended.remove(&deputy);
                    self.ended.insert(deputy);
                }
                ok
            }
            Step::Die { deputy } => {
                let ok = self.serving.contains(&deputy) || self.suspended.contains(&deputy);
                if ok {
                    self.serving.remove(&deputy);
                    self.suspended.remove(&deputy);
                    self.ended.insert(deputy);
                }
                ok
            }
            Step::Suspend { deputy } => {
                let ok = self.serving.remove(&deputy);
                if ok {
                    self.suspended.insert(deputy);
                }
                ok
            }
            Step::Reinstate { deputy } => {
                let ok = self.suspended.remove(&deputy);
                if ok {
                    self.serving.insert(deputy);
                }
                ok
            }
            Step::ByElect { constituency, id } => {
                let sitting = self
                    .constituency_of
                    .iter()
                    .filter(|(d, c)| {
                        **c == constituency
                            && (self.serving.contains(d) || self.suspended.contains(d))
                    })
                    .count();
                let known = self.constituency_of.contains_key(&id);
                let pending = self
                    .pending
                    .iter()
                    .filter(|d| self.constituency_of.get(d) == Some(&constituency))
                    .count();
                let ok = !known && sitting + pending < 3;
                if ok {
                    self.pending.insert(id);
                    self.constituency_of.insert(id, constituency);
                }
                ok
            }
            Step::Confirm { id } => {
                let ok = self.pending.remove(&id);
                if ok {
                    self.serving.insert(id);
                }
                ok
            }
        }
    }
}

/// One step a day from 1 February: the month and day of step `k`.
fn when(k: u32) -> (u32, u32) {
    (2 + k / 28, 1 + k % 28)
}

/// The changes a step states, taking effect on `on` (the day they are recorded), and who
/// states each.
fn changes(s: &Step, on: NaiveDate) -> Vec<(Actor, RosterChange)> {
    match *s {
        Step::Confirm { id } => vec![
            (
                Actor::CredentialsCommittee {},
                RosterChange::CredentialsReviewed {
                    valid: BTreeSet::from([dep(id)]),
                    void: BTreeSet::new(),
                    on,
                },
            ),
            (
                Actor::Presidium {},
                RosterChange::CredentialsConfirmed {
                    deputies: BTreeSet::from([dep(id)]),
                    on,
                },
            ),
        ],
        _ => vec![change(s, on)],
    }
}

/// The change a one-change step states, and who states it.
fn change(s: &Step, on: NaiveDate) -> (Actor, RosterChange) {
    match *s {
        Step::Resign { deputy, votes_for } => (
            Actor::Presidium {},
            RosterChange::ResignationAccepted {
                deputy: dep(deputy),
                on,
                votes_for,
            },
        ),
        Step::Die { deputy } => (
            Actor::CredentialsCommittee {},
            RosterChange::MandateTerminated {
                deputy: dep(deputy),
                on,
                ground: TerminationGround::Died,
            },
        ),
        Step::Suspend { deputy } => (
            Actor::CredentialsCommittee {},
            RosterChange::DeputySuspended {
                deputy: dep(deputy),
                on,
                reason: "拘留".into(),
            },
        ),
        Step::Reinstate { deputy } => (
            Actor::CredentialsCommittee {},
            RosterChange::DeputyReinstated {
                deputy: dep(deputy),
                on,
            },
        ),
        Step::ByElect { constituency, id } => (
            Actor::ElectionCommittee {},
            RosterChange::DeputyElected {
                deputy: dep(id),
                name: format!("补选{id}"),
                constituency: common::con(constituency),
                on,
                by_election: true,
            },
        ),
        Step::Confirm { id } => (
            Actor::Presidium {},
            RosterChange::CredentialsConfirmed {
                deputies: BTreeSet::from([dep(id)]),
                on,
            },
        ),
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 128,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn engine_matches_model(steps in proptest::collection::vec(step(), 1..40)) {
        let mut t = Town::with_deputies(SEATS).build();
        let mut model = Model::default();
        for i in 1..=SEATS {
            model.serving.insert(i);
            model.constituency_of.insert(i, (i - 1) / 3 + 1);
        }
        for (k, s) in steps.iter().enumerate() {
            let (month, d) = when(u32::try_from(k).unwrap_or(0));
            t.on(month, d);
            let today = day(month, d);
            let expected = model.apply(s);
            // A refusal must leave the ledger byte-identical (checked by `attempt`); a step of
            // several changes stops at its first refusal.
            let mut result = Ok(());
            for (actor, change) in changes(s, today) {
                result = t.attempt(actor, change).map(|_| ());
                if result.is_err() {
                    break;
                }
            }
            prop_assert_eq!(result.is_ok(), expected, "step {:?}: engine said {:?}", s, result.err());
            let holders: BTreeSet<u32> = model.serving.union(&model.suspended).copied().collect();
            let engine: BTreeSet<u32> = t
                .ledger
                .roster()
                .deputies_at(today)
                .iter()
                .filter_map(|d| common::number_of(*d))
                .collect();
            prop_assert_eq!(&engine, &holders);
            prop_assert!(t.ledger.roster().all_deputies_count(t.ledger.rules(), today) <= SEATS);
        }
        t.replayed();
    }
}
