//! Unit tests of supervision: each event's rules through a small ledger, refusals leaving it
//! unchanged, and the error codes and renderings.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::*;
use crate::actor::Actor;
use crate::error::Error;
use crate::ids::{ActivityId, RectificationId};
use crate::label::Words;
use crate::presidium::{PlanItem, PlanItemKind};
use crate::rulebook::{Basis, Citation, RuleField, Rulebook, Threshold};
use crate::testing::{Mini, check_error_samples, day, dep, unit};

const A: ActivityId = ActivityId::from_u128(1);
const I1: RectificationId = RectificationId::from_u128(11);

fn presidium() -> Actor {
    Actor::Presidium {}
}

fn deputies(ns: impl IntoIterator<Item = u128>) -> BTreeSet<crate::ids::DeputyId> {
    ns.into_iter().map(dep).collect()
}

fn organise(kind: ActivityKind, units: &[u128]) -> SupervisionCommand {
    SupervisionCommand::Organise {
        activity: A,
        activity_kind: kind,
        title: "集镇污水管网建设视察".into(),
        units: units.iter().map(|n| unit(*n)).collect(),
        plan_item: None,
    }
}

fn refusal(e: Error) -> SupervisionError {
    match e {
        Error::Supervision(e) => e,
        other => panic!("expected a supervision refusal, got {other}"),
    }
}

/// An inspection organised on 1 March, held on 3 March by deputies 1–4, reported and
/// forwarded on 5 March.
fn delivered(rules: Rulebook) -> Mini {
    let mut m = Mini::new(rules);
    m.ok(presidium(), 3, 1, organise(ActivityKind::Inspection, &[1]));
    m.ok(
        presidium(),
        3,
        3,
        SupervisionCommand::RecordHeld {
            activity: A,
            on: day(3, 3),
            participants: deputies(1..=4),
        },
    );
    m.ok(
        presidium(),
        3,
        5,
        SupervisionCommand::RecordReport {
            activity: A,
            findings: "管网破损三处".into(),
            opinions: vec!["限期修复".into()],
        },
    );
    m.ok(
        presidium(),
        3,
        5,
        SupervisionCommand::DeliverOpinions {
            activity: A,
            to: [unit(1)].into(),
        },
    );
    m
}

fn raise(m: &mut Mini, item: RectificationId, deadline: NaiveDate) {
    m.ok(
        presidium(),
        3,
        6,
        SupervisionCommand::RaiseRectification {
            activity: A,
            item,
            unit: unit(1),
            issue: "修复破损管网".into(),
            deadline,
        },
    );
}

fn feedback(item: RectificationId) -> SupervisionCommand {
    SupervisionCommand::SendFeedback {
        item,
        summary: "已修复两处".into(),
        completed: true,
    }
}

#[test]
fn an_activity_goes_through_its_stages_in_order() {
    let mut m = Mini::new(Rulebook::NATIONAL);
    m.ok(presidium(), 3, 1, organise(ActivityKind::Inspection, &[1]));
    let early = m.no(
        presidium(),
        3,
        2,
        SupervisionCommand::RecordReport {
            activity: A,
            findings: "x".into(),
            opinions: vec![],
        },
    );
    assert_eq!(
        refusal(early),
        SupervisionError::WrongStage {
            activity: A,
            stage: StageKind::Organised,
            needs: StageKind::Held,
        }
    );
    let before = m.no(
        presidium(),
        3,
        2,
        SupervisionCommand::RecordHeld {
            activity: A,
            on: day(2, 28),
            participants: deputies([1]),
        },
    );
    assert!(matches!(
        refusal(before),
        SupervisionError::HeldBeforeOrganised { .. }
    ));
    let nobody = m.no(
        presidium(),
        3,
        2,
        SupervisionCommand::RecordHeld {
            activity: A,
            on: day(3, 2),
            participants: BTreeSet::new(),
        },
    );
    assert_eq!(
        refusal(nobody),
        SupervisionError::NoParticipants {
            activity_kind: ActivityKind::Inspection,
            citation: Citation::deputies(29, Some(1)),
        }
    );
    let m = delivered(Rulebook::NATIONAL);
    let a = m.ledger.state().supervision().activity(A).cloned();
    let a = a.unwrap_or_else(|| panic!("activity"));
    assert_eq!(a.progress.kind(), StageKind::Delivered);
    assert_eq!(a.progress.held().map(|h| h.participants.len()), Some(4));
    assert_eq!(a.progress.delivery().map(|d| d.on), Some(day(3, 5)));
}

#[test]
fn only_the_presidium_organises_and_investigations_are_off_by_default() {
    let mut m = Mini::new(Rulebook::NATIONAL);
    let e = refusal(m.no(
        Actor::Government {},
        3,
        1,
        organise(ActivityKind::Inspection, &[]),
    ));
    assert_eq!(e.code(), "supervision.forbidden");
    let e = refusal(m.no(
        presidium(),
        3,
        1,
        organise(ActivityKind::SpecificQuestionInvestigation, &[]),
    ));
    assert_eq!(
        e,
        SupervisionError::InvestigationNotAvailable {
            basis: Rulebook::NATIONAL.basis(RuleField::SpecificQuestionInvestigation),
        }
    );
    assert!(
        e.to_string().ends_with("(组织法2022 第三十六条第一款)"),
        "{e}"
    );
    let mut rules = Rulebook::NATIONAL;
    rules.specific_question_investigation.value = true;
    let mut m = Mini::new(rules);
    m.ok(
        presidium(),
        3,
        1,
        organise(ActivityKind::SpecificQuestionInvestigation, &[]),
    );
}

#[test]
fn a_plan_item_must_be_in_the_years_plan_and_of_the_same_category() {
    let mut m = Mini::new(Rulebook::NATIONAL);
    let with_plan = |title: &str, kind| SupervisionCommand::Organise {
        activity: A,
        activity_kind: kind,
        title: title.into(),
        units: BTreeSet::new(),
        plan_item: Some(title.into()),
    };
    let e = refusal(m.no(
        presidium(),
        3,
        1,
        with_plan("饮水安全视察", ActivityKind::Inspection),
    ));
    assert_eq!(e.code(), "supervision.not_in_plan");
    // Unknown units are refused too.
    let e = refusal(m.no(presidium(), 3, 1, organise(ActivityKind::Inspection, &[9])));
    assert_eq!(e.code(), "supervision.unknown_unit");
    // An appraisal names the units it appraises.
    let e = refusal(m.no(
        presidium(),
        3,
        1,
        organise(ActivityKind::WorkAppraisal, &[]),
    ));
    assert_eq!(e, SupervisionError::NoUnitsToAppraise {});
    let _ = PlanItem::new(PlanItemKind::Inspection, "饮水安全视察");
}

#[test]
fn only_the_responsible_unit_feeds_back_and_closure_needs_a_reinspection() {
    let mut m = delivered(Rulebook::NATIONAL);
    let e = refusal(m.no(
        presidium(),
        3,
        6,
        SupervisionCommand::RaiseRectification {
            activity: A,
            item: I1,
            unit: unit(1),
            issue: "修复".into(),
            deadline: day(3, 6),
        },
    ));
    assert_eq!(e.code(), "supervision.deadline_not_in_future");
    raise(&mut m, I1, day(4, 30));
    let other = refusal(m.no(Actor::Unit { unit: unit(2) }, 3, 10, feedback(I1)));
    assert_eq!(
        other,
        SupervisionError::Forbidden {
            actor: Actor::Unit { unit: unit(2) },
            act: SupervisionAct::SendFeedback,
            allowed: Who::ResponsibleUnit { unit: unit(1) },
            citation: Citation::deputies(31, None),
        }
    );
    let close = SupervisionCommand::CloseItem { item: I1 };
    assert_eq!(
        refusal(m.no(presidium(), 3, 10, close.clone())).code(),
        "supervision.no_feedback"
    );
    m.ok(Actor::Unit { unit: unit(1) }, 3, 20, feedback(I1));
    assert_eq!(
        refusal(m.no(presidium(), 3, 20, close.clone())).code(),
        "supervision.not_verified"
    );
    // A deputy who is not on the presidium may not re-inspect; a member may.
    let reinspect = |rectified| SupervisionCommand::Reinspect {
        item: I1,
        rectified,
        notes: "现场查看".into(),
    };
    let e = refusal(m.no(Actor::deputy(dep(7)), 3, 22, reinspect(true)));
    assert_eq!(e.code(), "supervision.forbidden");
    m.ok(Actor::deputy(dep(2)), 3, 22, reinspect(false));
    assert_eq!(
        refusal(m.no(presidium(), 3, 22, close.clone())).code(),
        "supervision.not_verified"
    );
    m.ok(Actor::deputy(dep(2)), 3, 25, reinspect(true));
    // Feedback after the re-inspection needs a new one.
    m.ok(Actor::Unit { unit: unit(1) }, 3, 26, feedback(I1));
    assert_eq!(
        refusal(m.no(presidium(), 3, 26, close.clone())).code(),
        "supervision.not_verified"
    );
    m.ok(presidium(), 3, 27, reinspect(true));
    m.ok(presidium(), 3, 27, close.clone());
    let e = refusal(m.no(Actor::Unit { unit: unit(1) }, 3, 28, feedback(I1)));
    assert_eq!(
        e,
        SupervisionError::ItemClosed {
            item: I1,
            closed_on: day(3, 27)
        }
    );
    let item = m.ledger.state().supervision().item(I1).cloned();
    let item = item.unwrap_or_else(|| panic!("item"));
    assert_eq!(
        item.reinspections.first().map(|r| r.by.clone()),
        Some(Inspector::Member { deputy: dep(2) })
    );
}

#[test]
fn an_activity_with_open_items_cannot_close() {
    let mut m = delivered(Rulebook::NATIONAL);
    raise(&mut m, I1, day(4, 30));
    let close = SupervisionCommand::CloseActivity { activity: A };
    let e = refusal(m.no(presidium(), 3, 7, close.clone()));
    assert_eq!(
        e,
        SupervisionError::OpenItems {
            activity: A,
            open: 1,
            citation: Citation::deputies(31, None),
        }
    );
    m.ok(Actor::Unit { unit: unit(1) }, 3, 20, feedback(I1));
    m.ok(
        presidium(),
        3,
        21,
        SupervisionCommand::Reinspect {
            item: I1,
            rectified: true,
            notes: "已整改".into(),
        },
    );
    m.ok(
        presidium(),
        3,
        21,
        SupervisionCommand::CloseItem { item: I1 },
    );
    m.ok(presidium(), 3, 22, close);
    let a = m
        .ledger
        .state()
        .supervision()
        .activity(A)
        .map(|a| a.progress.kind());
    assert_eq!(a, Some(StageKind::Closed));
}

#[test]
fn overdue_from_the_day_after_the_deadline_until_closed() {
    let mut m = delivered(Rulebook::NATIONAL);
    raise(&mut m, I1, day(4, 30));
    let sup = |m: &Mini| m.ledger.state().supervision().clone();
    let rules = Rulebook::NATIONAL;
    assert!(
        sup(&m)
            .overdue(&rules, crate::testing::at(4, 30))
            .is_empty()
    );
    let late = sup(&m).overdue(&rules, crate::testing::at(5, 3));
    assert_eq!(late.first().map(|o| (o.item, o.days)), Some((I1, 3)));
    // No feedback period nationally ("及时"); 浙江 sets three months from the day it was raised.
    assert!(
        sup(&m)
            .feedback_overdue(&rules, crate::testing::at(12, 1))
            .is_empty()
    );
    let mut zj = Rulebook::NATIONAL;
    zj.supervision_feedback_months.value = Some(3);
    let due = sup(&m).feedback_overdue(&zj, crate::testing::at(6, 7));
    assert_eq!(due.first().map(|f| f.due), Some(day(6, 6)));
    assert!(
        sup(&m)
            .feedback_overdue(&zj, crate::testing::at(6, 6))
            .is_empty()
    );
}

fn appraisal(threshold: Option<Threshold>) -> Mini {
    let mut rules = Rulebook::NATIONAL;
    rules.appraisal_satisfaction_min.value = threshold;
    let mut m = Mini::new(rules);
    m.ok(
        presidium(),
        3,
        1,
        organise(ActivityKind::WorkAppraisal, &[1, 2]),
    );
    m.ok(
        presidium(),
        3,
        3,
        SupervisionCommand::RecordHeld {
            activity: A,
            on: day(3, 3),
            participants: deputies(1..=9),
        },
    );
    m
}

fn ratings(unit_n: u128, s: u32, b: u32, u: u32) -> SupervisionCommand {
    SupervisionCommand::RecordRatings {
        activity: A,
        unit: unit(unit_n),
        ratings: Ratings::new(s, b, u),
    }
}

#[test]
fn ratings_are_counts_no_more_than_the_participants() {
    let mut m = appraisal(Some(Threshold::TWO_THIRDS));
    let e = refusal(m.no(presidium(), 3, 3, ratings(1, 5, 3, 2)));
    assert_eq!(
        e,
        SupervisionError::RatingsExceedParticipants {
            ratings: 10,
            participants: 9
        }
    );
    assert_eq!(
        refusal(m.no(presidium(), 3, 3, ratings(1, 0, 0, 0))),
        SupervisionError::NoRatings {}
    );
    assert_eq!(
        refusal(m.no(presidium(), 3, 3, ratings(3, 1, 0, 0))).code(),
        "supervision.unit_not_appraised"
    );
    let r = m.ok(presidium(), 3, 3, ratings(1, 3, 2, 4));
    let crate::ledger::Event::Supervision(SupervisionEvent::RatingsRecorded { result, .. }) =
        r.event
    else {
        panic!("ratings recorded");
    };
    // 5 of 9 approve, 6 needed (two thirds of 9).
    assert_eq!(
        (result.round, result.approving, result.required),
        (1, 5, Some(6))
    );
    assert!(result.rectification_required);
    assert_eq!(result.rate.to_string(), "5/9 (55.6%)");
}

/// A two-thirds appraisal: unit 1 rated 5 of 9 approving, unit 2 8 of 9; reported and delivered.
fn rated_and_delivered() -> Mini {
    let mut m = appraisal(Some(Threshold::TWO_THIRDS));
    m.ok(presidium(), 3, 3, ratings(1, 3, 2, 4));
    m.ok(presidium(), 3, 3, ratings(2, 6, 2, 1));
    m.ok(
        presidium(),
        3,
        4,
        SupervisionCommand::RecordReport {
            activity: A,
            findings: "单位1服务态度差".into(),
            opinions: vec![],
        },
    );
    m.ok(
        presidium(),
        3,
        4,
        SupervisionCommand::DeliverOpinions {
            activity: A,
            to: [unit(1), unit(2)].into(),
        },
    );
    m
}

#[test]
fn an_appraisal_under_the_threshold_cannot_close_without_rectification() {
    let mut m = rated_and_delivered();
    let e = refusal(m.no(
        presidium(),
        3,
        5,
        SupervisionCommand::CloseActivity { activity: A },
    ));
    assert_eq!(
        e,
        SupervisionError::RectificationNotRaised {
            activity: A,
            unit: unit(1),
            approving: 5,
            ratings: 9,
            required: 6,
            basis: m.ledger.rules().basis(RuleField::AppraisalSatisfactionMin),
        }
    );
    // A second round comes only after rectification.
    let e = refusal(m.no(presidium(), 3, 6, ratings(1, 7, 1, 1)));
    assert_eq!(e.code(), "supervision.second_round_before_rectification");
    raise(&mut m, I1, day(5, 30));
    m.ok(Actor::Unit { unit: unit(1) }, 4, 10, feedback(I1));
    m.ok(
        presidium(),
        4,
        12,
        SupervisionCommand::Reinspect {
            item: I1,
            rectified: true,
            notes: "已整改".into(),
        },
    );
    m.ok(
        presidium(),
        4,
        12,
        SupervisionCommand::CloseItem { item: I1 },
    );
    m.ok(presidium(), 4, 20, ratings(1, 7, 1, 1));
    m.ok(
        presidium(),
        4,
        21,
        SupervisionCommand::PublishAppraisal { activity: A },
    );
    m.ok(
        presidium(),
        4,
        21,
        SupervisionCommand::CloseActivity { activity: A },
    );
    let results = m
        .ledger
        .state()
        .supervision()
        .activity(A)
        .map(Activity::results);
    let latest: Vec<_> = results
        .unwrap_or_default()
        .iter()
        .map(|r| (r.latest.round, r.latest.rectification_required))
        .collect();
    assert_eq!(latest, vec![(2, false), (1, false)]);
}

#[test]
fn where_publication_is_required_an_appraisal_closes_published() {
    let mut m = appraisal(None);
    m.ledger = crate::Ledger::replay(
        {
            let mut r = Rulebook::NATIONAL;
            r.appraisal_publication_required.value = true;
            r
        },
        m.ledger.events(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    m.ok(presidium(), 3, 3, ratings(1, 3, 2, 4));
    m.ok(presidium(), 3, 3, ratings(2, 3, 2, 4));
    m.ok(
        presidium(),
        3,
        4,
        SupervisionCommand::RecordReport {
            activity: A,
            findings: "x".into(),
            opinions: vec![],
        },
    );
    m.ok(
        presidium(),
        3,
        4,
        SupervisionCommand::DeliverOpinions {
            activity: A,
            to: BTreeSet::new(),
        },
    );
    let e = refusal(m.no(
        presidium(),
        3,
        5,
        SupervisionCommand::CloseActivity { activity: A },
    ));
    assert_eq!(e.code(), "supervision.not_published");
    m.ok(
        presidium(),
        3,
        5,
        SupervisionCommand::PublishAppraisal { activity: A },
    );
    let e = refusal(m.no(
        presidium(),
        3,
        5,
        SupervisionCommand::PublishAppraisal { activity: A },
    ));
    assert_eq!(e.code(), "supervision.already_published");
    m.ok(
        presidium(),
        3,
        5,
        SupervisionCommand::CloseActivity { activity: A },
    );
}

#[test]
fn a_tampered_round_result_is_refused_on_replay() {
    let mut m = appraisal(Some(Threshold::TWO_THIRDS));
    m.ok(presidium(), 3, 3, ratings(1, 3, 2, 4));
    let mut log = m.ledger.events().to_vec();
    if let Some(crate::ledger::Event::Supervision(SupervisionEvent::RatingsRecorded {
        result,
        ..
    })) = log.last_mut().map(|r| &mut r.event)
    {
        result.rectification_required = false;
    }
    let e = crate::Ledger::replay(m.ledger.rules().clone(), &log);
    let text = e
        .as_ref()
        .err()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(
        text.contains("differ from those the record computes"),
        "{e:?}"
    );
    // The figures read in words, not as data.
    assert!(
        text.contains("no rectification required, the record gives round 1:")
            && !text.contains("RoundResult"),
        "{text}"
    );
}

/// The basis the samples carry.
fn basis() -> Basis {
    Basis::statute(Citation::organic(36, Some(1)))
}

/// One sample of every variant, in the order of the codes.
fn samples() -> Vec<SupervisionError> {
    [
        activity_samples(),
        rectification_samples(),
        appraisal_samples(),
    ]
    .concat()
}

/// Who organises, the ids in the record, the plan and the stages of an activity.
fn activity_samples() -> Vec<SupervisionError> {
    vec![
        SupervisionError::Forbidden {
            actor: Actor::Government {},
            act: SupervisionAct::Organise,
            allowed: Who::Presidium {},
            citation: Citation::organic(19, Some(2)),
        },
        SupervisionError::NoTerm {
            citation: Citation::electoral(13, None),
        },
        SupervisionError::UnknownActivity { activity: A },
        SupervisionError::DuplicateActivity { activity: A },
        SupervisionError::UnknownItem { item: I1 },
        SupervisionError::DuplicateItem { item: I1 },
        SupervisionError::UnknownUnit {
            unit: unit(1),
            citation: Citation::organic(42, Some(2)),
        },
        SupervisionError::InvestigationNotAvailable { basis: basis() },
        SupervisionError::NotInPlan {
            year: 2026,
            title: "x".into(),
            activity_kind: ActivityKind::Inspection,
            citation: Citation::organic(19, Some(2)),
        },
        SupervisionError::WrongStage {
            activity: A,
            stage: StageKind::Held,
            needs: StageKind::Reported,
        },
        SupervisionError::FutureDate {
            on: day(3, 2),
            today: day(3, 1),
        },
        SupervisionError::HeldBeforeOrganised {
            on: day(3, 1),
            organised_on: day(3, 2),
        },
        SupervisionError::NoParticipants {
            activity_kind: ActivityKind::Research,
            citation: Citation::deputies(30, None),
        },
    ]
}

/// Participants, findings and the items raised for rectification.
fn rectification_samples() -> Vec<SupervisionError> {
    vec![
        SupervisionError::NotServing {
            deputy: dep(3),
            on: day(3, 1),
        },
        SupervisionError::EmptyText {
            field: TextField::Findings,
        },
        SupervisionError::DeadlineNotInFuture {
            deadline: day(3, 1),
            today: day(3, 1),
        },
        SupervisionError::ItemClosed {
            item: I1,
            closed_on: day(3, 1),
        },
        SupervisionError::NoFeedback {
            item: I1,
            citation: Citation::deputies(31, None),
        },
        SupervisionError::NotVerified {
            item: I1,
            last_feedback: day(3, 1),
            citation: Citation::deputies(31, None),
        },
        SupervisionError::OpenItems {
            activity: A,
            open: 2,
            citation: Citation::deputies(31, None),
        },
    ]
}

/// Appraisals: ratings, rounds, publication and the figures recorded.
fn appraisal_samples() -> Vec<SupervisionError> {
    vec![
        SupervisionError::RectificationNotRaised {
            activity: A,
            unit: unit(1),
            approving: 5,
            ratings: 9,
            required: 6,
            basis: basis(),
        },
        SupervisionError::NotAnAppraisal {
            activity: A,
            activity_kind: ActivityKind::Inspection,
        },
        SupervisionError::NoUnitsToAppraise {},
        SupervisionError::UnitNotAppraised {
            activity: A,
            unit: unit(1),
        },
        SupervisionError::RatingsExceedParticipants {
            ratings: 10,
            participants: 9,
        },
        SupervisionError::NoRatings {},
        SupervisionError::SecondRoundBeforeRectification {
            activity: A,
            unit: unit(1),
            round: 2,
            raised: 1,
            open: 1,
        },
        SupervisionError::UnitsNotRated {
            activity: A,
            unrated: 1,
        },
        SupervisionError::AlreadyPublished {
            activity: A,
            published_on: day(3, 1),
        },
        SupervisionError::NotPublished {
            activity: A,
            basis: basis(),
        },
        SupervisionError::FiguresMismatch {
            activity: A,
            recorded: Box::new(Words::new(
                "round 1: 3/4 approving",
                "第1轮：满意和基本满意3/4",
            )),
            computed: Box::new(Words::new(
                "round 1: 2/4 approving",
                "第1轮：满意和基本满意2/4",
            )),
        },
        SupervisionError::NotAnEffect {},
    ]
}

#[test]
fn every_code_is_the_wire_tag_and_both_renderings_carry_the_numbers() {
    let rendered: Vec<_> = samples()
        .iter()
        .map(|e| {
            let value = serde_json::to_value(e).unwrap_or_default();
            let citation = e.citation().map(ToString::to_string);
            (e.code(), value, e.to_string(), e.zh().to_string(), citation)
        })
        .collect();
    check_error_samples(SupervisionError::CODES, "supervision.", &rendered);
}
