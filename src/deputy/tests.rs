//! Unit tests of deputies' work: each event's rules through a small ledger, the suspension a
//! detention entails, and the error codes and renderings.

use std::collections::BTreeSet;

use super::*;
use crate::actor::Actor;
use crate::error::Error;
use crate::ids::{DeedId, DutyReportId, GroupActivityId, ReceptionId, SessionId, TrainingId};
use crate::label::Words;
use crate::ledger::Event;
use crate::roster::DeputyStatus;
use crate::rulebook::{Citation, Rulebook, Threshold};
use crate::testing::{GROUP, Mini, STATION, check_error_samples, day, dep, unit};

const R: DutyReportId = DutyReportId::from_u128(81);
const REC: ReceptionId = ReceptionId::from_u128(91);

fn staff() -> Actor {
    Actor::Staff {
        name: "王干事".into(),
    }
}

fn police() -> Actor {
    Actor::ExecutingOrgan {
        organ: "某县公安局".into(),
    }
}

fn refusal(e: Error) -> DeputyError {
    match e {
        Error::Deputy(e) => e,
        other => panic!("expected a refusal of deputies' work, got {other}"),
    }
}

fn set(ns: impl IntoIterator<Item = u128>) -> BTreeSet<crate::ids::DeputyId> {
    ns.into_iter().map(dep).collect()
}

fn report(audience: u32) -> DeputyCommand {
    DeputyCommand::RecordDutyReport {
        report: R,
        deputy: dep(4),
        on: day(6, 1),
        place: "第二选区村委会".into(),
        audience,
    }
}

#[test]
fn an_evaluation_is_counts_valid_from_the_minimum() {
    let mut m = Mini::new(Rulebook::NATIONAL);
    assert_eq!(
        refusal(m.no(staff(), 6, 1, report(0))),
        DeputyError::NoAudience {
            citation: Citation::deputies(58, Some(2))
        }
    );
    m.ok(staff(), 6, 1, report(60));
    let eval = |s, b, u| DeputyCommand::RecordEvaluation {
        report: R,
        ratings: crate::supervision::Ratings::new(s, b, u),
    };
    assert_eq!(
        refusal(m.no(staff(), 6, 1, eval(50, 10, 1))),
        DeputyError::RespondentsExceedAudience {
            respondents: 61,
            audience: 60
        }
    );
    assert_eq!(
        refusal(m.no(staff(), 6, 1, eval(0, 0, 0))),
        DeputyError::NoRespondents {}
    );
    // 49 respondents: recorded, but invalid under the minimum of 50.
    let r = m.ok(staff(), 6, 1, eval(40, 8, 1));
    let Event::Deputy(DeputyEvent::EvaluationRecorded { outcome, .. }) = r.event else {
        panic!("evaluation");
    };
    assert_eq!(
        outcome,
        EvaluationOutcome::Invalid {
            respondents: 49,
            required: 50
        }
    );
    assert!(!outcome.recommends_renomination());
    let e = refusal(m.no(staff(), 6, 2, eval(40, 8, 2)));
    assert_eq!(
        e,
        DeputyError::EvaluationExists {
            report: R,
            on: day(6, 1)
        }
    );
}

#[test]
fn a_valid_evaluation_is_judged_against_the_countys_thresholds() {
    let mut county = Rulebook::NATIONAL;
    county.duty_evaluation_renomination.value = Some(Threshold::TWO_THIRDS);
    county.duty_evaluation_commendation.value = Some(Threshold::AtLeast(
        crate::rulebook::Fraction::new(4, 5).unwrap_or(crate::rulebook::Fraction::HALF),
    ));
    let o = EvaluationOutcome::of(&county, crate::supervision::Ratings::new(40, 15, 5));
    let EvaluationOutcome::Valid {
        renomination,
        commendation,
        approval,
        ..
    } = o
    else {
        panic!("valid");
    };
    assert_eq!(renomination, Verdict::Met { required: 40 });
    assert_eq!(commendation, Verdict::NotMet { required: 48 });
    assert_eq!(approval.to_string(), "55/60 (91.7%)");
    let national = EvaluationOutcome::of(
        &Rulebook::NATIONAL,
        crate::supervision::Ratings::new(40, 15, 5),
    );
    assert!(matches!(
        national,
        EvaluationOutcome::Valid {
            renomination: Verdict::NotSet {},
            ..
        }
    ));
}

#[test]
fn a_detention_report_suspends_and_its_lifting_reinstates() {
    let mut m = Mini::new(Rulebook::NATIONAL);
    let detained = DeputyCommand::ReportRestriction {
        deputy: dep(7),
        measure: Measure::CriminalDetention,
        on: day(4, 1),
    };
    assert_eq!(
        refusal(m.no(staff(), 4, 2, detained.clone())).code(),
        "deputy.forbidden"
    );
    let r = m.ok(police(), 4, 2, detained);
    assert!(matches!(
        r.effects.as_slice(),
        [Event::Roster(RosterChange::DeputySuspended { deputy, on, .. })] if *deputy == dep(7) && *on == day(4, 1)
    ));
    let roster = m.ledger.roster();
    assert_eq!(
        roster.deputy(dep(7)).and_then(|d| d.status_at(day(4, 1))),
        Some(DeputyStatus::Suspended {})
    );
    // An arrest of the same deputy suspends nothing more.
    let arrest = m.ok(
        police(),
        4,
        10,
        DeputyCommand::ReportRestriction {
            deputy: dep(7),
            measure: Measure::Arrest,
            on: day(4, 10),
        },
    );
    assert!(arrest.effects.is_empty());
    // The credentials committee cannot reinstate by hand while the detention is in force.
    let by_hand = m.no(
        Actor::CredentialsCommittee {},
        4,
        12,
        RosterChange::DeputyReinstated {
            deputy: dep(7),
            on: day(4, 12),
        },
    );
    assert_eq!(refusal(by_hand).code(), "deputy.restriction_in_force");
    let lifted = m.ok(
        police(),
        5,
        2,
        DeputyCommand::ReportRestrictionLifted {
            deputy: dep(7),
            on: day(5, 1),
        },
    );
    assert!(matches!(
        lifted.effects.as_slice(),
        [Event::Roster(RosterChange::DeputyReinstated { .. })]
    ));
    let again = m.no(
        police(),
        5,
        3,
        DeputyCommand::ReportRestrictionLifted {
            deputy: dep(7),
            on: day(5, 3),
        },
    );
    assert_eq!(refusal(again).code(), "deputy.no_restriction");
    // An administrative detention is recorded without suspending.
    let admin = m.ok(
        police(),
        6,
        1,
        DeputyCommand::ReportRestriction {
            deputy: dep(8),
            measure: Measure::AdministrativeDetention,
            on: day(6, 1),
        },
    );
    assert!(admin.effects.is_empty());
}

#[test]
fn acts_are_checked_against_who_serves_and_belongs() {
    let mut m = Mini::new(Rulebook::NATIONAL);
    let activity = |participants| DeputyCommand::RecordGroupActivity {
        activity: GroupActivityId::from_u128(1),
        group: GROUP,
        on: day(3, 1),
        topic: "学习代表法".into(),
        participants,
    };
    let e = refusal(m.no(staff(), 3, 2, activity(set([4, 7]))));
    assert_eq!(e.code(), "deputy.not_group_member");
    // A member of the group may record it; another deputy may not.
    assert_eq!(
        refusal(m.no(Actor::deputy(dep(7)), 3, 2, activity(set([4])))).code(),
        "deputy.forbidden"
    );
    m.ok(Actor::deputy(dep(5)), 3, 2, activity(set([4, 5])));
    assert_eq!(
        refusal(m.no(staff(), 3, 2, activity(set([4])))).code(),
        "deputy.duplicate"
    );
}

#[test]
fn a_reception_is_dated_its_issues_settled_once_and_work_counted() {
    let mut m = Mini::new(Rulebook::NATIONAL);
    let reception = DeputyCommand::RecordReception {
        reception: REC,
        station: STATION,
        on: day(3, 5),
        deputies: set([1, 2]),
        voters: 23,
        issues: vec!["路灯不亮".into(), "垃圾清运".into()],
    };
    assert_eq!(
        refusal(m.no(staff(), 3, 4, reception.clone())).code(),
        "deputy.future_date"
    );
    m.ok(Actor::deputy(dep(1)), 3, 5, reception);
    let outcome = |issue, outcome| DeputyCommand::RecordIssueOutcome {
        reception: REC,
        issue,
        outcome,
    };
    assert_eq!(
        refusal(m.no(staff(), 3, 6, outcome(2, IssueOutcome::Resolved {}))).code(),
        "deputy.unknown_issue"
    );
    assert_eq!(
        refusal(m.no(
            staff(),
            3,
            6,
            outcome(0, IssueOutcome::Referred { unit: unit(9) })
        ))
        .code(),
        "deputy.unknown_unit"
    );
    m.ok(
        staff(),
        3,
        6,
        outcome(0, IssueOutcome::Referred { unit: unit(1) }),
    );
    m.ok(staff(), 3, 20, outcome(0, IssueOutcome::Resolved {}));
    assert_eq!(
        refusal(m.no(staff(), 3, 21, outcome(0, IssueOutcome::NotPossible {}))).code(),
        "deputy.issue_settled"
    );
    m.ok(
        Actor::CountyStandingCommittee {},
        3,
        22,
        DeputyCommand::RecordTraining {
            training: TrainingId::from_u128(1),
            on: day(3, 22),
            title: "代表履职培训".into(),
            organiser: TrainingOrganiser::CountyStandingCommittee,
            attendees: set(1..=9),
        },
    );
    m.ok(
        staff(),
        3,
        23,
        DeputyCommand::RecordDeed {
            deed: DeedId::from_u128(1),
            on: day(3, 23),
            deputies: set([3]),
            description: "修缮村道".into(),
        },
    );
    let work = m.ledger.state().deputies();
    assert_eq!(work.reception_days(dep(1), 2026, day(12, 31)), 1);
    assert_eq!(work.trainings().count(), 1);
}

#[test]
fn a_speech_needs_an_opened_session_and_a_deputy_present() {
    let mut m = Mini::new(Rulebook::NATIONAL);
    let speech = DeputyCommand::RecordSpeech {
        session: SessionId::from_u128(5),
        deputy: dep(2),
        topic: "关于道路建设".into(),
    };
    assert_eq!(
        refusal(m.no(staff(), 3, 1, speech)).code(),
        "deputy.unknown_session"
    );
}

#[test]
fn contacts_go_to_presidium_members_and_coverage_shows_the_rest() {
    let mut m = Mini::new(Rulebook::NATIONAL);
    let assign = |member, deputies| DeputyCommand::AssignContacts {
        member: dep(member),
        deputies,
    };
    let e = refusal(m.no(Actor::Presidium {}, 2, 1, assign(7, set([8]))));
    assert_eq!(e.code(), "deputy.not_presidium_member");
    m.ok(Actor::Presidium {}, 2, 1, assign(2, set([6, 7])));
    let state = m.ledger.state();
    let uncovered = state.deputies().deputies_without_presidium_contact(
        state.roster(),
        state.presidium(),
        day(2, 1),
    );
    assert_eq!(uncovered, vec![dep(8), dep(9)]);
}

#[test]
fn performance_is_published_once_a_year() {
    let mut m = Mini::new(Rulebook::NATIONAL);
    assert_eq!(
        refusal(m.no(
            Actor::Presidium {},
            12,
            30,
            DeputyCommand::PublishPerformance { year: 2027 }
        )),
        DeputyError::FutureYear {
            year: 2027,
            current: 2026
        }
    );
    m.ok(
        Actor::Presidium {},
        12,
        30,
        DeputyCommand::PublishPerformance { year: 2026 },
    );
    assert_eq!(
        refusal(m.no(
            Actor::Presidium {},
            12,
            31,
            DeputyCommand::PublishPerformance { year: 2026 }
        )),
        DeputyError::AlreadyPublished {
            year: 2026,
            published_on: day(12, 30)
        }
    );
}

/// The citation the samples carry where the act names no other.
fn cite() -> Citation {
    Citation::deputies(58, Some(2))
}

/// One sample of every variant, in the order of the codes.
fn samples() -> Vec<DeputyError> {
    [membership_samples(), record_samples(), evaluation_samples()].concat()
}

/// Who acts, who serves and where a deputy belongs.
fn membership_samples() -> Vec<DeputyError> {
    vec![
        DeputyError::Forbidden {
            actor: Actor::Government {},
            act: DeputyAct::RecordSpeech,
            allowed: Who::PresidiumOrStaff {},
            citation: cite(),
        },
        DeputyError::NoTerm {
            citation: Citation::electoral(13, None),
        },
        DeputyError::UnknownDeputy { deputy: dep(1) },
        DeputyError::NotServing {
            deputy: dep(1),
            on: day(3, 1),
        },
        DeputyError::NoMandate {
            deputy: dep(1),
            on: day(3, 1),
        },
        DeputyError::UnknownSession {
            session: SessionId::from_u128(1),
        },
        DeputyError::SessionNotOpened {
            session: SessionId::from_u128(1),
        },
        DeputyError::NotPresent {
            deputy: dep(1),
            session: SessionId::from_u128(1),
        },
        DeputyError::UnknownGroup { group: GROUP },
        DeputyError::NotGroupMember {
            deputy: dep(1),
            group: GROUP,
            on: day(3, 1),
            citation: Citation::deputies(26, None),
        },
        DeputyError::UnknownStation { station: STATION },
        DeputyError::StationNotOpen {
            station: STATION,
            on: day(3, 1),
            opened: day(3, 2),
        },
        DeputyError::UnknownUnit {
            unit: unit(1),
            citation: Citation::organic(42, Some(2)),
        },
    ]
}

/// The records of acts: ids, issues, dates and what a record must name.
fn record_samples() -> Vec<DeputyError> {
    let id = *R.as_uuid();
    vec![
        DeputyError::Duplicate {
            record: RecordKind::DutyReport,
            id,
        },
        DeputyError::UnknownRecord {
            record: RecordKind::Reception,
            id,
        },
        DeputyError::UnknownIssue {
            reception: REC,
            issue: 3,
            issues: 2,
        },
        DeputyError::IssueSettled {
            reception: REC,
            issue: 1,
        },
        DeputyError::FutureDate {
            on: day(3, 2),
            today: day(3, 1),
        },
        DeputyError::FutureYear {
            year: 2027,
            current: 2026,
        },
        DeputyError::NoDeputies {
            record: RecordKind::Deed,
        },
        DeputyError::EmptyText {
            field: TextField::Place,
        },
        DeputyError::NoAudience { citation: cite() },
    ]
}

/// Evaluations, restrictions on the person, publication and effects.
fn evaluation_samples() -> Vec<DeputyError> {
    vec![
        DeputyError::EvaluationExists {
            report: R,
            on: day(3, 1),
        },
        DeputyError::RespondentsExceedAudience {
            respondents: 61,
            audience: 58,
        },
        DeputyError::NoRespondents {},
        DeputyError::NotPresidiumMember {
            deputy: dep(7),
            on: day(3, 1),
            citation: Citation::organic(18, Some(3)),
        },
        DeputyError::NoRestriction {
            deputy: dep(7),
            citation: Citation::deputies(39, Some(4)),
        },
        DeputyError::LiftedBeforeTaken {
            on: day(3, 1),
            since: day(3, 2),
        },
        DeputyError::RestrictionInForce {
            deputy: dep(7),
            measure: Measure::Arrest,
            since: day(3, 1),
            citation: Citation::deputies(61, None),
        },
        DeputyError::FiguresMismatch {
            report: R,
            recorded: Box::new(Words::new("valid: 60 respondents", "测评有效：答卷60份")),
            computed: Box::new(Words::new("valid: 61 respondents", "测评有效：答卷61份")),
        },
        DeputyError::AlreadyPublished {
            year: 2026,
            published_on: day(12, 30),
        },
        DeputyError::NotAnEffect {},
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
    check_error_samples(DeputyError::CODES, "deputy.", &rendered);
}
