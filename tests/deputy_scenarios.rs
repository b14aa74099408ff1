//! Deputies' work and their performance records, as stories through the ledger: attendance as
//! the rulebook counts it, duty reports and their evaluation, contact with voters, detention
//! reports and the suspension they entail. Each test cites its rule and replays the record.

mod common;

use common::{
    S1, Town, day, decision, dep, deputies, deputy, duty_report, group, meeting, presidium, staff,
    station,
};
use township_congress::deputy::{
    DeputyCommand as D, DeputyError, EvaluationOutcome, Measure, stations_without_deputy,
    villages_without_station,
};
use township_congress::error::LedgerError;
use township_congress::ids::{GroupActivityId, ReceptionId, SessionId};
use township_congress::presidium::PresidiumDecision;
use township_congress::records::{self, PerformanceRecord};
use township_congress::roster::DeputyStatus;
use township_congress::rulebook::{Rulebook, RulebookProfile};
use township_congress::session::Attendance;
use township_congress::supervision::Ratings;
use township_congress::{Actor, Error, Event, RosterChange};

const S2: SessionId = SessionId::from_u128(901);

fn police() -> Actor {
    Actor::ExecutingOrgan {
        organ: "某县公安局".into(),
    }
}

fn record(t: &Town, n: u32) -> PerformanceRecord {
    records::performance_record(&t.ledger, dep(n), 2026, day(12, 31)).expect("a record")
}

/// The term's first session on 15 January with deputies 1–40 present, 41 on leave, 42
/// absent and 43–46 not registered, closed on 16 January; a second session on 1 March with
/// every deputy present, closed the same day.
fn two_sessions(rules: Rulebook) -> Town {
    let list: Vec<u32> = (1..=9).collect();
    let mut t = Town::with_deputies(46)
        .chair(1)
        .presidium(&list[1..])
        .rules(rules)
        .first_session_open_with(1..=40);
    t.mark(S1, 41, Attendance::OnLeave);
    t.mark(S1, 42, Attendance::Absent);
    t.ok(
        staff(),
        D::RecordSpeech {
            session: S1,
            deputy: dep(5),
            topic: "关于集镇污水管网建设".into(),
        },
    );
    t.on(1, 16);
    t.close(S1);
    t.on(2, 1);
    t.meeting(meeting(1), 1, 1..=6);
    let convene = PresidiumDecision::ConveneSession {
        session: S2,
        opens_on: day(3, 1),
    };
    t.decide(meeting(1), 1, decision(1), convene, 1..=6);
    t.on(3, 1);
    t.attend(S2, 1..=46);
    t.prepare_and_open(S2, &list);
    t.close(S2);
    t
}

/// A county that excuses approved leave from the attendance rate (local custom).
fn leave_excused() -> Rulebook {
    let profile: RulebookProfile = serde_json::from_str(
        r#"{"name":"某县","rules":{"attendance_leave_excused":{"value":true,
            "authority":"local_custom",
            "citation":{"law":"某县人大代表履职管理办法","year":2024,"article":6}}}}"#,
    )
    .expect("profile");
    Rulebook::NATIONAL.with_profile(profile).expect("valid")
}

/// Rule: 代表法2025 第八条第二项, 第十三条第一款, 第六十二条第三项 — leave counts against the
/// attendance rate by default (a common-practice default), and is excused where a county says
/// so; absence without leave, recorded or by not registering at a session that closed, always
/// counts against it.
#[test]
fn attendance_counts_leave_and_unexcused_absence_as_the_rulebook_says() {
    let t = two_sessions(Rulebook::NATIONAL);
    let s = |n| record(&t, n).sessions;
    let on_leave = s(41);
    assert_eq!(
        (
            on_leave.sessions,
            on_leave.present,
            on_leave.on_leave,
            on_leave.absent_without_leave
        ),
        (2, 1, 1, 0)
    );
    assert_eq!(
        on_leave.rate.map(|r| r.to_string()).as_deref(),
        Some("1/2 (50.0%)")
    );
    for absent in [42, 43] {
        let a = s(absent);
        assert_eq!(
            (a.present, a.absent_without_leave),
            (1, 1),
            "deputy {absent}"
        );
        assert_eq!(a.rate.map(|r| (r.num(), r.den())), Some((1, 2)));
    }
    assert_eq!(s(1).rate.map(|r| (r.num(), r.den())), Some((2, 2)));
    assert_eq!(record(&t, 5).speeches.len(), 1);
    t.replayed();

    let excused = two_sessions(leave_excused());
    let r = records::performance_record(&excused.ledger, dep(41), 2026, day(12, 31))
        .expect("a record")
        .sessions;
    assert!(r.leave_excused);
    assert_eq!(r.rate.map(|r| (r.num(), r.den())), Some((1, 1)));
    let r = records::performance_record(&excused.ledger, dep(42), 2026, day(12, 31))
        .expect("a record")
        .sessions;
    assert_eq!(r.rate.map(|r| (r.num(), r.den())), Some((1, 2)));
}

/// Rule: 东山镇 述职制度 2022 (at least 50 voters, a common-practice default for
/// `duty_evaluation_min_respondents`) — an evaluation answered by fewer is recorded invalid and
/// recommends nothing.
#[test]
fn an_evaluation_with_fewer_respondents_than_the_minimum_is_invalid() {
    let mut t = Town::with_deputies(46).build();
    t.on(6, 1);
    t.ok(
        presidium(),
        D::RecordDutyReport {
            report: duty_report(1),
            deputy: dep(10),
            on: day(6, 1),
            place: "第四选区村委会".into(),
            audience: 45,
        },
    );
    let r = t.ok(
        staff(),
        D::RecordEvaluation {
            report: duty_report(1),
            ratings: Ratings::new(30, 10, 2),
        },
    );
    let Event::Deputy(township_congress::deputy::DeputyEvent::EvaluationRecorded {
        outcome, ..
    }) = r.event
    else {
        panic!("an evaluation");
    };
    assert_eq!(
        outcome,
        EvaluationOutcome::Invalid {
            respondents: 42,
            required: 50
        }
    );
    let rec = record(&t, 10);
    assert_eq!(
        rec.duty_reports.first().and_then(|d| d.evaluation),
        Some(outcome)
    );
    t.replayed();
}

/// Rule: 调研报告 二(四)2 (每位代表每届任期内向原选区选民至少述职一次, the default of
/// `duty_reports_per_term_min`) and 组织法2022 第三十八条 (the term runs from the first session)
/// — six months before the term ends, a deputy who has not reported is listed with the months
/// left; one who has is not.
#[test]
fn a_deputy_with_no_duty_report_six_months_before_the_term_ends_is_listed() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.on(6, 1);
    t.ok(
        presidium(),
        D::RecordDutyReport {
            report: duty_report(1),
            deputy: dep(10),
            on: day(6, 1),
            place: "第四选区村委会".into(),
            audience: 60,
        },
    );
    let state = t.ledger.state();
    let six_months_before = chrono::NaiveDate::from_ymd_opt(2030, 7, 15).expect("date");
    let pending = state
        .deputies()
        .pending_duty_reports(
            state.roster(),
            state.sessions(),
            t.ledger.rules(),
            six_months_before,
        )
        .expect("a term");
    assert_eq!(pending.len(), 45);
    assert!(pending.iter().all(|p| p.deputy != dep(10)));
    let eleven = pending
        .iter()
        .find(|p| p.deputy == dep(11))
        .expect("deputy 11");
    assert_eq!(
        (eleven.reports, eleven.required, eleven.months_left),
        (0, 1, 6)
    );
    assert_eq!(
        eleven.term_ends,
        chrono::NaiveDate::from_ymd_opt(2031, 1, 15).expect("date")
    );
}

/// Rule: 代表法2025 第二十八条 and 调研报告 二(四)1 (乡村两级联络平台全覆盖) — a station without a
/// deputy is listed, and so is a village (from the township's own list) without a station.
#[test]
fn a_station_without_a_deputy_is_listed() {
    let mut t = Town::with_deputies(46).build();
    t.on(2, 11);
    t.open_station(1, "青山村", 1..=3);
    t.open_station(2, "石桥村", []);
    let roster = t.ledger.roster();
    let empty: Vec<_> = stations_without_deputy(roster, day(2, 11))
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(empty, vec![station(2)]);
    let villages = ["青山村", "石桥村", "河西社区"];
    assert_eq!(
        villages_without_station(roster, &villages, day(2, 11)),
        vec!["河西社区"]
    );
    // A station whose only deputy is suspended has no serving deputy.
    t.open_station(3, "河西社区", [4]);
    t.on(3, 2);
    t.ok(
        police(),
        D::ReportRestriction {
            deputy: dep(4),
            measure: Measure::Arrest,
            on: day(3, 1),
        },
    );
    let roster = t.ledger.roster();
    let empty: Vec<_> = stations_without_deputy(roster, day(3, 3))
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(empty, vec![station(2), station(3)]);
}

/// Rule: 代表法2025 第三十九条第四款, 第六十一条 — the executing organ reports a detention at
/// once; the mandate is suspended from the day of the measure, which cannot predate what the
/// record shows the deputy doing; it is not reinstated by hand while the detention lasts.
#[test]
fn a_detention_report_suspends_the_mandate() {
    let mut t = two_sessions(Rulebook::NATIONAL);
    t.on(3, 10);
    let detained = |on| D::ReportRestriction {
        deputy: dep(20),
        measure: Measure::CriminalDetention,
        on,
    };
    // Deputy 20 was present on 1 March: a detention from 20 February contradicts the record.
    let e = t.refused(police(), detained(day(2, 20)));
    assert_eq!(
        e,
        Error::Ledger(LedgerError::BeforeRecordedActs {
            deputy: dep(20),
            on: day(2, 20),
            last_act: day(3, 1),
        })
    );
    let e = t.refused(presidium(), detained(day(3, 5)));
    assert_eq!(
        match e {
            Error::Deputy(e) => e.code(),
            _ => "",
        },
        "deputy.forbidden"
    );
    let r = t.ok(police(), detained(day(3, 5)));
    assert!(matches!(
        r.effects.as_slice(),
        [Event::Roster(RosterChange::DeputySuspended { deputy, on, .. })] if *deputy == dep(20) && *on == day(3, 5)
    ));
    assert_eq!(
        t.ledger
            .roster()
            .deputy(dep(20))
            .and_then(|d| d.status_at(day(3, 10))),
        Some(DeputyStatus::Suspended {})
    );
    // Suspended, the deputy cannot receive voters.
    t.open_station(1, "青山村", [19]);
    let e = t.refused(
        staff(),
        D::RecordReception {
            reception: ReceptionId::from_u128(1),
            station: station(1),
            on: day(3, 10),
            deputies: deputies([19, 20]),
            voters: 12,
            issues: vec![],
        },
    );
    assert!(
        matches!(e, Error::Deputy(DeputyError::NotServing { .. })),
        "{e}"
    );
    let e = t.refused(
        Actor::CredentialsCommittee {},
        RosterChange::DeputyReinstated {
            deputy: dep(20),
            on: day(3, 10),
        },
    );
    assert_eq!(
        e.to_string(),
        "deputy 00000000-0000-0000-0000-000000000014 is held under a criminal detention reported from 2026-03-05, not lifted: the mandate stays suspended until the executing organ reports it lifted (代表法2025 第六十一条)"
    );
    t.on(4, 2);
    let lifted = t.ok(
        police(),
        D::ReportRestrictionLifted {
            deputy: dep(20),
            on: day(4, 1),
        },
    );
    assert!(matches!(
        lifted.effects.as_slice(),
        [Event::Roster(RosterChange::DeputyReinstated { .. })]
    ));
    assert!(t.ledger.roster().is_serving(dep(20), day(4, 2)));
    t.replayed();
}

fn reception(t: &mut Town, n: u128, on: chrono::NaiveDate, who: &[u32]) {
    t.ok(
        staff(),
        D::RecordReception {
            reception: ReceptionId::from_u128(n),
            station: station(1),
            on,
            deputies: deputies(who.iter().copied()),
            voters: 15,
            issues: vec!["村道破损".into()],
        },
    );
}

/// Rule: 北京 实施办法 2014 第二十二条 (每年应当不少于两次) — a deputy with fewer than two
/// reception days is listed; national law sets no number, so nobody is.
#[test]
fn beijing_asks_two_reception_days_a_year() {
    for (rules, expected) in [
        (Rulebook::province("北京").expect("北京"), 45),
        (Rulebook::NATIONAL, 0),
    ] {
        let mut t = Town::with_deputies(46).rules(rules).build();
        t.on(2, 11);
        t.open_station(1, "青山村", 1..=3);
        t.on(3, 1);
        reception(&mut t, 1, day(3, 1), &[1, 2]);
        t.on(6, 1);
        reception(&mut t, 2, day(6, 1), &[1]);
        let state = t.ledger.state();
        let short = state.deputies().reception_shortfall(
            state.roster(),
            t.ledger.rules(),
            2026,
            day(12, 31),
        );
        assert_eq!(short.len(), expected);
        if expected > 0 {
            let two = short.iter().find(|s| s.deputy == dep(2)).expect("deputy 2");
            assert_eq!((two.days, two.required), (1, 2));
            assert!(short.iter().all(|s| s.deputy != dep(1)));
        }
    }
}

fn group_activity(t: &mut Town, n: u128, on: chrono::NaiveDate) {
    t.ok(
        staff(),
        D::RecordGroupActivity {
            activity: GroupActivityId::from_u128(n),
            group: group(1),
            on,
            topic: "走访选民".into(),
            participants: deputies(1..=3),
        },
    );
}

fn with_group(rules: Rulebook) -> Town {
    let mut t = Town::with_deputies(46).rules(rules).build();
    t.on(2, 10);
    t.ok(
        presidium(),
        RosterChange::GroupFormed {
            group: group(1),
            name: "东片代表小组".into(),
            area: "东片".into(),
            members: deputies(1..=3),
            on: day(2, 10),
        },
    );
    for (n, (m, d)) in [(3, 1), (3, 20), (8, 5)].into_iter().enumerate() {
        t.on(m, d);
        group_activity(&mut t, n as u128 + 1, day(m, d));
    }
    t
}

/// Rule: 山东 实施办法 2015 第十九条 (每年活动不少于四次) and 重庆 2016 第四十三条
/// (每个季度至少开展一次活动) — a group behind its province's frequency is listed; national law
/// sets none.
#[test]
fn group_activity_frequency_follows_the_province() {
    let shortfall = |t: &Town, as_of| {
        let s = t.ledger.state();
        s.deputies()
            .group_shortfall(s.roster(), t.ledger.rules(), 2026, as_of)
    };
    let shandong = with_group(Rulebook::province("山东").expect("山东"));
    assert!(
        shortfall(&shandong, day(9, 30)).is_empty(),
        "the year is not over"
    );
    let end = shortfall(&shandong, day(12, 31));
    assert_eq!(end.len(), 1);
    assert_eq!((end[0].held, end[0].short_of), (3, Some(4)));

    let chongqing = with_group(Rulebook::province("重庆").expect("重庆"));
    let q3 = shortfall(&chongqing, day(9, 30));
    assert_eq!(q3[0].quarters_without, vec![day(4, 1)]);
    let end = shortfall(&chongqing, day(12, 31));
    assert_eq!(end[0].quarters_without, vec![day(4, 1), day(10, 1)]);

    let national = with_group(Rulebook::NATIONAL);
    assert!(shortfall(&national, day(12, 31)).is_empty());
}

/// Rule: 组织法2022 第十八条第三款 and the dual-contact system (双联系制度, 调研报告 二(二)3) — a
/// presidium member liaises with deputies; the others are listed.
#[test]
fn the_dual_contact_system_is_a_coverage_query() {
    let mut t = Town::with_deputies(12).chair(1).presidium(&[2, 3]).build();
    t.on(2, 1);
    t.ok(
        presidium(),
        D::AssignContacts {
            member: dep(2),
            deputies: deputies(4..=8),
        },
    );
    let e = t.refused(
        presidium(),
        D::AssignContacts {
            member: dep(9),
            deputies: deputies([10]),
        },
    );
    assert!(
        matches!(e, Error::Deputy(DeputyError::NotPresidiumMember { .. })),
        "{e}"
    );
    let s = t.ledger.state();
    let uncovered =
        s.deputies()
            .deputies_without_presidium_contact(s.roster(), s.presidium(), day(2, 1));
    assert_eq!(uncovered, vec![dep(9), dep(10), dep(11), dep(12)]);
    let voters = s.deputies().voter_contact(s.roster(), 2026, day(12, 31));
    assert_eq!(voters.deputies_without_contact.len(), 12);
    assert!(voters.constituencies_without_deputy.is_empty());
    let _ = deputy(1);
}
