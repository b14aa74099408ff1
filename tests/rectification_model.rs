//! State-machine test: three rectification items of one inspection (two for unit 1, one for
//! unit 2) driven by random feedback, re-inspections and closings by random actors — the
//! presidium, the units, a presidium member and a deputy who is not one — against a naive
//! model. The model predicts each refusal and its code (the engine must refuse and stay
//! byte-identical) and each acceptance.
//!
//! Rules: only the responsible unit feeds back (代表法2025 第三十一条); the presidium or one of
//! its members re-inspects, after feedback; only the presidium closes an item, once a
//! re-inspection after the last feedback found it rectified; the activity closes only when
//! every item has.

mod common;

use std::collections::BTreeMap;

use common::{Town, activity, day, deputy, presidium, rectification, unit_actor};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest, prop_state_machine};
use township_congress::supervision::{ActivityKind, SupervisionCommand as S};
use township_congress::{Actor, Error};

/// Who acts: the presidium, unit 1, unit 2, deputy 2 (a member), deputy 20 (not a member).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Presidium,
    Unit(u32),
    Member,
    Outsider,
}

impl Who {
    fn actor(self) -> Actor {
        match self {
            Self::Presidium => presidium(),
            Self::Unit(n) => unit_actor(n),
            Self::Member => deputy(2),
            Self::Outsider => deputy(20),
        }
    }
}

#[derive(Debug, Clone)]
enum Step {
    Feedback(u32, Who),
    Reinspect(u32, Who, bool),
    Close(u32, Who),
    CloseActivity(Who),
}

#[derive(Debug, Clone, Default)]
struct Item {
    unit: u32,
    feedback: u32,
    /// The last re-inspection: how many feedbacks it followed, and whether it found the item
    /// rectified.
    check: Option<(u32, bool)>,
    closed: bool,
}

#[derive(Debug, Clone)]
struct Model {
    items: BTreeMap<u32, Item>,
    activity_closed: bool,
    /// `Ok(())` accepted, `Err(code)` refused with that code.
    expect: Result<(), &'static str>,
}

impl Model {
    fn feedback(&mut self, k: u32, who: Who) -> Result<(), &'static str> {
        let item = self.items.get_mut(&k).ok_or("supervision.unknown_item")?;
        if who != Who::Unit(item.unit) {
            return Err("supervision.forbidden");
        }
        if item.closed {
            return Err("supervision.item_closed");
        }
        item.feedback += 1;
        Ok(())
    }

    fn reinspect(&mut self, k: u32, who: Who, rectified: bool) -> Result<(), &'static str> {
        if !matches!(who, Who::Presidium | Who::Member) {
            return Err("supervision.forbidden");
        }
        let item = self.items.get_mut(&k).ok_or("supervision.unknown_item")?;
        if item.closed {
            return Err("supervision.item_closed");
        }
        if item.feedback == 0 {
            return Err("supervision.no_feedback");
        }
        item.check = Some((item.feedback, rectified));
        Ok(())
    }

    fn close(&mut self, k: u32, who: Who) -> Result<(), &'static str> {
        if who != Who::Presidium {
            return Err("supervision.forbidden");
        }
        let item = self.items.get_mut(&k).ok_or("supervision.unknown_item")?;
        if item.closed {
            return Err("supervision.item_closed");
        }
        if item.feedback == 0 {
            return Err("supervision.no_feedback");
        }
        if item.check != Some((item.feedback, true)) {
            return Err("supervision.not_verified");
        }
        item.closed = true;
        Ok(())
    }

    fn close_activity(&mut self, who: Who) -> Result<(), &'static str> {
        if who != Who::Presidium {
            return Err("supervision.forbidden");
        }
        if self.activity_closed {
            return Err("supervision.wrong_stage");
        }
        if self.items.values().any(|i| !i.closed) {
            return Err("supervision.open_items");
        }
        self.activity_closed = true;
        Ok(())
    }
}

struct Follow;

impl ReferenceStateMachine for Follow {
    type State = Model;
    type Transition = Step;

    fn init_state() -> BoxedStrategy<Model> {
        let items = [(1, 1), (2, 1), (3, 2)]
            .into_iter()
            .map(|(k, unit)| {
                (
                    k,
                    Item {
                        unit,
                        ..Item::default()
                    },
                )
            })
            .collect();
        Just(Model {
            items,
            activity_closed: false,
            expect: Ok(()),
        })
        .boxed()
    }

    fn transitions(_: &Model) -> BoxedStrategy<Step> {
        let who = prop_oneof![
            3 => Just(Who::Presidium),
            3 => Just(Who::Unit(1)),
            2 => Just(Who::Unit(2)),
            2 => Just(Who::Member),
            1 => Just(Who::Outsider),
        ];
        let item = 1..=4_u32; // 4 is no item
        prop_oneof![
            4 => (item.clone(), who.clone()).prop_map(|(k, w)| Step::Feedback(k, w)),
            4 => (item.clone(), who.clone(), prop::bool::weighted(0.7))
                .prop_map(|(k, w, r)| Step::Reinspect(k, w, r)),
            3 => (item, who.clone()).prop_map(|(k, w)| Step::Close(k, w)),
            1 => who.prop_map(Step::CloseActivity),
        ]
        .boxed()
    }

    fn apply(mut m: Model, step: &Step) -> Model {
        m.expect = match *step {
            Step::Feedback(k, w) => m.feedback(k, w),
            Step::Reinspect(k, w, r) => m.reinspect(k, w, r),
            Step::Close(k, w) => m.close(k, w),
            Step::CloseActivity(w) => m.close_activity(w),
        };
        m
    }
}

fn command(step: &Step) -> (Actor, S) {
    match *step {
        Step::Feedback(k, w) => (
            w.actor(),
            S::SendFeedback {
                item: rectification(k),
                summary: "整改进展".into(),
                completed: true,
            },
        ),
        Step::Reinspect(k, w, rectified) => (
            w.actor(),
            S::Reinspect {
                item: rectification(k),
                rectified,
                notes: "复查".into(),
            },
        ),
        Step::Close(k, w) => (
            w.actor(),
            S::CloseItem {
                item: rectification(k),
            },
        ),
        Step::CloseActivity(w) => (
            w.actor(),
            S::CloseActivity {
                activity: activity(1),
            },
        ),
    }
}

impl StateMachineTest for Follow {
    type SystemUnderTest = Town;
    type Reference = Follow;

    /// An inspection held and forwarded on 2 March, its three items raised, due at the end of
    /// the year; every step happens on 3 March.
    fn init_test(_: &Model) -> Town {
        let mut t = Town::with_deputies(46)
            .chair(1)
            .presidium(&[2, 3, 4, 5])
            .units(2)
            .build();
        t.on(3, 2);
        t.activity_delivered(activity(1), ActivityKind::Inspection, &[1, 2], 1..=8);
        for (k, unit) in [(1, 1), (2, 1), (3, 2)] {
            t.raise(activity(1), rectification(k), unit, day(12, 31));
        }
        t.on(3, 3);
        t
    }

    fn apply(mut t: Town, m: &Model, step: Step) -> Town {
        let (actor, command) = command(&step);
        match m.expect {
            Err(code) => match t.refused(actor, command) {
                Error::Supervision(e) => assert_eq!(e.code(), code, "{step:?}"),
                other => panic!("{step:?}: expected {code}, got {other}"),
            },
            Ok(()) => {
                t.ok(actor, command);
            }
        }
        let sup = t.ledger.state().supervision();
        for (k, item) in &m.items {
            let engine = sup.item(rectification(*k)).expect("item");
            assert_eq!(engine.feedback.len(), item.feedback as usize, "item {k}");
            assert_eq!(!engine.is_open(), item.closed, "item {k}");
            assert_eq!(
                engine.verified(),
                item.check == Some((item.feedback, true)) && item.feedback > 0,
                "item {k}"
            );
        }
        t
    }

    fn teardown(t: Town, m: Model) {
        let closed = t
            .ledger
            .state()
            .supervision()
            .activity(activity(1))
            .map(|a| a.progress.kind() == township_congress::supervision::StageKind::Closed);
        assert_eq!(closed, Some(m.activity_closed));
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
    fn rectification_matches_model(sequential 1..80 => Follow);
}
