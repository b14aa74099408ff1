//! Before and around a sitting: the list of deputies before the term's first session, the
//! date, notice and materials a rulebook period ahead, non-voting attendees, what a year's
//! sessions heard, and results read straight off the ledger. Townships come from the one
//! fixture builder (`tests/common`).

mod common;

use common::{S1, Town, day, dep, election, item, presidium, staff, who};
use township_congress::roster::Post;
use township_congress::rulebook::RuleField;
use township_congress::session::{
    Attendance, AttendanceCounts, ElectionStatus, NonVotingAttendee, NonVotingCapacity,
    PreparationStep, SessionCommand, SessionError, Subject,
};
use township_congress::{Actor, Citation, RosterChange, Rulebook};

/// Rule: 选举法2020 第四十七条第二款 — the presidium confirms the credentials and publishes
/// the list of deputies before the term's first session: the session does not open before.
#[test]
fn the_first_session_waits_for_the_list_of_deputies() {
    let mut t = Town::with_deputies(46).without_credentials().build();
    t.confirm_credentials((1..=46).map(dep).collect());
    t.convene_first(1..=46);
    let e = t.refused_session(presidium(), SessionCommand::OpenSession { session: S1 });
    assert_eq!(
        e,
        SessionError::ListNotPublished {
            citation: Citation::electoral(47, Some(2)),
        }
    );
    assert!(e.to_string().contains("选举法2020 第四十七条第二款"), "{e}");
    t.ok(
        presidium(),
        RosterChange::DeputyListPublished { on: day(1, 15) },
    );
    t.open(S1);
    t.replayed();
}

/// A 浙江 town whose first session (15 January) is convened on 5 January; the presidium
/// sends the notice on `notice` and the materials on `materials` (days of January).
fn zhejiang(notice: Option<u32>, materials: Option<u32>) -> Town {
    let mut t = Town::with_deputies(46)
        .rules(Rulebook::province("浙江").expect("shipped"))
        .build();
    t.ok(
        presidium(),
        SessionCommand::ConveneFirstSession {
            session: S1,
            opens_on: day(1, 15),
        },
    );
    let mut steps: Vec<(u32, PreparationStep)> = notice
        .map(|d| (d, PreparationStep::SendNotice))
        .into_iter()
        .chain(materials.map(|d| (d, PreparationStep::SendMaterials)))
        .collect();
    steps.sort_by_key(|(d, _)| *d);
    for (d, step) in steps {
        t.on(1, d);
        t.ok(presidium(), SessionCommand::Prepare { session: S1, step });
    }
    t.on(1, 15);
    t.attend(S1, 1..=46);
    t
}

/// Rule: 浙江省乡镇人民代表大会工作条例2016 第二十条 (profile) — the notice seven days before
/// opening, the materials one day before: 8 January and 14 January are in time, 9 January and
/// none are not.
#[test]
fn zhejiang_needs_the_notice_a_week_ahead_and_the_materials_a_day() {
    let mut t = zhejiang(Some(8), Some(14));
    t.open(S1);

    let late = |notice, materials| {
        let mut t = zhejiang(notice, materials);
        let e = t.refused_session(presidium(), SessionCommand::OpenSession { session: S1 });
        let basis = |f| Rulebook::province("浙江").expect("shipped").basis(f);
        (e, basis)
    };
    let (e, basis) = late(Some(9), Some(14));
    assert_eq!(
        e,
        SessionError::PreparationLate {
            step: PreparationStep::SendNotice,
            days: 7,
            sent_on: Some(day(1, 9)),
            latest: day(1, 8),
            basis: basis(RuleField::SessionNoticeDays),
        }
    );
    assert_eq!(
        e.to_string(),
        "the notice to deputies must go out at least 7 days before the opening, by 2026-01-08; it went out on 2026-01-09 (浙江省乡镇人民代表大会工作条例2016 第二十条; provincial rule, field `session_notice_days`)"
    );
    let (e, _) = late(Some(8), None);
    assert!(
        matches!(
            e,
            SessionError::PreparationLate {
                step: PreparationStep::SendMaterials,
                sent_on: None,
                ..
            }
        ),
        "{e}"
    );
}

/// Rule: 组织法2022 第十四条第一款 — nationally the date is published and the notice recorded,
/// with no period: a session opens without them, and they are on record when given.
#[test]
fn nationally_the_preparation_is_recorded_without_a_period() {
    let mut t = Town::with_deputies(46).first_session_open();
    let s = t.ledger.state().sessions().get(S1).expect("convened");
    assert_eq!(
        s.preparation.on(PreparationStep::SendNotice),
        Some(day(1, 5))
    );
    // Once open, the preparation is over.
    let e = t.refused_session(
        presidium(),
        SessionCommand::Prepare {
            session: S1,
            step: PreparationStep::PublishDate,
        },
    );
    assert!(matches!(e, SessionError::WrongPhase { .. }), "{e}");
}

fn attendee(n: u32) -> SessionCommand {
    SessionCommand::RecordNonVotingAttendee {
        session: S1,
        attendee: NonVotingAttendee::new(format!("列席{n}"), NonVotingCapacity::Invited),
    }
}

/// Rule: 组织法2022 第二十一条 — the government's leaders attend without a vote; 北京 2016
/// 第十六条第二款 caps non-voting attendees at half of all deputies (23 of 46). They never
/// count toward the quorum.
#[test]
fn nonvoting_attendees_are_capped_and_never_counted() {
    let mut t = Town::with_deputies(46)
        .rules(Rulebook::province("北京").expect("shipped"))
        .first_session_open_with(1..=40);
    let head = SessionCommand::RecordNonVotingAttendee {
        session: S1,
        attendee: NonVotingAttendee::new("王镇长", NonVotingCapacity::GovernmentLeader),
    };
    let e = t.refused_session(Actor::Government {}, head.clone());
    assert!(matches!(e, SessionError::Forbidden(_)), "{e}");
    t.ok(staff(), head);
    for n in 2..=23 {
        t.ok(staff(), attendee(n));
    }
    let e = t.refused_session(staff(), attendee(24));
    assert!(
        matches!(
            e,
            SessionError::TooManyNonVoting {
                max: 23,
                got: 24,
                ..
            }
        ),
        "{e}"
    );
    assert!(e.to_string().contains("第十六条第二款"), "{e}");
    let counts: AttendanceCounts = t.ledger.attendance(S1, day(1, 15)).expect("session");
    assert_eq!(
        (
            counts.all_deputies,
            counts.present,
            counts.absent_without_leave,
            counts.nonvoting
        ),
        (46, 40, 6, 23)
    );
    // The quorum counts deputies only.
    let opened = t
        .ledger
        .state()
        .sessions()
        .get(S1)
        .map(|s| s.present_at(t.ledger.roster(), day(1, 15)).len());
    assert_eq!(opened, Some(40));
}

/// Rule: 组织法2022 第十九条第二款, 第十二条 — the year's compliance says which reports and
/// budget items its sessions heard.
#[test]
fn the_year_says_which_reports_were_heard() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.adopt(S1, 3, Subject::GovernmentWorkReport {});
    t.adopt(S1, 4, Subject::Budget {});
    t.on(1, 16);
    t.close(S1);
    let c = t
        .ledger
        .state()
        .sessions()
        .year_compliance(t.ledger.rules(), 2026);
    assert!(c.heard.government_work_report && c.heard.budget);
    assert!(!c.heard.presidium_work_report);
    assert_eq!(
        c.heard.missing(),
        vec!["主席团工作报告", "预算执行情况的报告", "决算"]
    );
}

/// The result of a vote, an election's winners and a session's attendance, read directly.
#[test]
fn results_are_read_off_the_ledger() {
    let mut t = Town::with_deputies(46).first_session_open_with(1..=44);
    t.mark(S1, 45, Attendance::OnLeave);
    t.adopt(S1, 3, Subject::Budget {});
    t.elect(S1, election(1), Post::Chair, who(1));
    let budget = t.ledger.item_result(S1, item(3)).expect("closed");
    assert!(budget.passed);
    assert_eq!(budget.votes_for, 44);
    let chair = t.ledger.election(S1, election(1)).expect("called");
    assert_eq!(chair.status, ElectionStatus::Completed {});
    assert_eq!(chair.elected, vec![who(1)]);
    let counts = t.ledger.attendance(S1, day(1, 15)).expect("session");
    assert_eq!(
        (counts.present, counts.on_leave, counts.absent_without_leave),
        (44, 1, 1)
    );
    assert_eq!(t.ledger.item_result(S1, item(99)), None);
}
