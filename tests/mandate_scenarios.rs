//! A deputy's mandate as the election and deputies laws have it: credentials confirmed or the
//! election voided, a voters' recall, termination on its grounds with the congress's
//! announcement, and leave approved by whom the rulebook names. Townships come from the one
//! fixture builder (`tests/common`); every refusal leaves the ledger byte-identical (checked by
//! `Town::refused`).

mod common;

use std::collections::BTreeSet;

use common::{S1, Town, day, dep, deputy, presidium, who};
use township_congress::error::Error;
use township_congress::ids::SessionId;
use township_congress::roster::{DeputyStatus, Post, RosterError, TerminationGround};
use township_congress::session::{Attendance, SessionCommand, SessionError};
use township_congress::{Actor, Citation, RosterChange, Rulebook};

fn county() -> Actor {
    Actor::CountyStandingCommittee {}
}

/// Rule: 选举法2020 第四十七条 — the committee reports, the presidium confirms the valid and
/// voids the void: a voided deputy never held the mandate, not even on election day, and the
/// list can be published once every election is decided.
#[test]
fn credentials_confirm_or_void_an_election() {
    let mut t = Town::with_deputies(6).without_credentials().build();
    assert!(t.ledger.roster().deputies_at(day(1, 5)).is_empty());
    let valid: BTreeSet<_> = (1..=5).map(dep).collect();
    t.ok(
        Actor::CredentialsCommittee {},
        RosterChange::CredentialsReviewed {
            valid: valid.clone(),
            void: [dep(6)].into(),
            on: day(1, 5),
        },
    );
    // The list waits for every decision.
    let e = t.refused(
        presidium(),
        RosterChange::DeputyListPublished { on: day(1, 5) },
    );
    assert!(
        matches!(e, Error::Roster(RosterError::CredentialsUndecided { .. })),
        "{e}"
    );
    t.ok(
        presidium(),
        RosterChange::CredentialsConfirmed {
            deputies: valid,
            on: day(1, 5),
        },
    );
    t.ok(
        presidium(),
        RosterChange::ElectionVoided {
            deputy: dep(6),
            on: day(1, 5),
        },
    );
    t.ok(
        presidium(),
        RosterChange::DeputyListPublished { on: day(1, 5) },
    );
    let roster = t.ledger.roster();
    assert_eq!(roster.deputies_at(day(1, 5)).len(), 5);
    let six = roster.deputy(dep(6)).expect("recorded");
    assert_eq!(six.status_at(day(1, 4)), Some(DeputyStatus::Voided {}));
    assert_eq!(roster.list_published(), Some(day(1, 5)));
    t.replayed();
}

/// Rule: 选举法2020 第五十条第一款, 第五十三条第一款 — 29 voters cannot request a recall, 30
/// can; the deputy's defence is recorded; a roll grown from 900 to 1,100 voters needs 551.
#[test]
fn voters_recall_their_deputy_by_a_majority_of_the_current_roll() {
    let mut t = Town::with_deputies(6).voters(900).build();
    t.on(4, 1);
    let request = |requesters| RosterChange::RecallRequested {
        deputy: dep(1),
        requesters,
        on: day(4, 1),
    };
    let e = t.refused(county(), request(29));
    assert_eq!(
        e,
        Error::Roster(RosterError::TooFewRequesters {
            needed: 30,
            got: 29,
            short: 1,
            citation: Citation::electoral(50, Some(1)),
        })
    );
    t.ok(county(), request(30));
    t.on(4, 10);
    t.ok(
        county(),
        RosterChange::RecallDefenceRecorded {
            deputy: dep(1),
            in_writing: true,
            on: day(4, 10),
        },
    );
    t.on(5, 1);
    let vote = |votes_for| RosterChange::DeputyRecalled {
        deputy: dep(1),
        on: day(5, 1),
        votes_for,
        voters: 1_100,
    };
    let e = t.refused(county(), vote(550));
    assert!(
        matches!(
            e,
            Error::Roster(RosterError::TooFewVotes {
                needed: 551,
                got: 550,
                base: 1_100,
                ..
            })
        ),
        "{e}"
    );
    t.ok(county(), vote(551));
    assert!(!t.ledger.roster().is_serving(dep(1), day(5, 1)));
    t.replayed();
}

/// Rule: 代表法2025 第六十二条, 第六十三条第二款 — a transfer out of the township or an
/// ordered resignation accepted ends the mandate; the congress announces each termination once; two sessions missed without leave
/// are listed with the sessions, for the committee to report the termination.
#[test]
fn terminations_are_announced_and_absences_listed() {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .first_session_open_with(1..=45);
    let s2 = SessionId::from_u128(902);
    t.second_session(s2, 1..=44);
    let missed = t
        .ledger
        .roster()
        .absences_reaching(t.ledger.rules(), day(4, 20));
    assert!(
        missed.is_empty(),
        "S2 is not closed: one session missed so far"
    );
    t.on(4, 21);
    t.close(s2);
    let missed = t
        .ledger
        .roster()
        .absences_reaching(t.ledger.rules(), day(4, 21));
    assert_eq!(missed, vec![(dep(46), vec![S1, s2])]);
    t.ok(
        Actor::CredentialsCommittee {},
        RosterChange::MandateTerminated {
            deputy: dep(46),
            on: day(4, 21),
            ground: TerminationGround::UnexcusedAbsences,
        },
    );
    t.ok(
        Actor::CredentialsCommittee {},
        RosterChange::MandateTerminated {
            deputy: dep(7),
            on: day(4, 21),
            ground: TerminationGround::TransferredOut,
        },
    );
    t.ok(
        Actor::CredentialsCommittee {},
        RosterChange::MandateTerminated {
            deputy: dep(8),
            on: day(4, 21),
            ground: TerminationGround::OrderedResignationAccepted,
        },
    );
    assert_eq!(
        t.ledger.roster().terminations_to_announce(),
        vec![dep(7), dep(8), dep(46)]
    );
    let announce = RosterChange::TerminationAnnounced {
        deputy: dep(7),
        on: day(4, 21),
    };
    let e = t.refused(Actor::Government {}, announce.clone());
    assert!(matches!(e, Error::Roster(RosterError::Forbidden(_))), "{e}");
    t.ok(presidium(), announce.clone());
    assert_eq!(
        t.ledger.roster().terminations_to_announce(),
        vec![dep(8), dep(46)]
    );
    let e = t.refused(presidium(), announce);
    assert!(
        matches!(e, Error::Roster(RosterError::AlreadyAnnounced { .. })),
        "{e}"
    );
    t.replayed();
}

/// Rule: 代表法2025 第十三条第一款 names no approver; nationally the presidium may approve
/// leave when no chair is seated, so a failed chair election does not make every absence one
/// that ends a mandate. 北京 (2016 第三十四条) asks the chair or a vice-chair.
#[test]
fn leave_is_approved_by_whom_the_rulebook_names() {
    let leave = SessionCommand::RecordAttendance {
        session: S1,
        deputy: dep(46),
        attendance: Attendance::OnLeave,
    };
    let mut t = Town::with_deputies(46).first_session_open_with(1..=45);
    assert_eq!(t.ledger.roster().chair_at(day(1, 15)), None);
    let e = t.refused_session(deputy(3), leave.clone());
    assert!(matches!(e, SessionError::Forbidden(_)), "{e}");
    t.ok(presidium(), leave.clone());
    t.on(1, 16);
    t.close(S1);
    assert_eq!(t.ledger.roster().unexcused_absences(dep(46)), 0);

    let mut bj = Town::with_deputies(46)
        .rules(Rulebook::province("北京").expect("shipped"))
        .first_session_open_with(1..=45);
    let e = bj.refused_session(presidium(), leave.clone());
    assert!(
        e.to_string()
            .contains("北京市乡、民族乡、镇人民代表大会组织条例2016 第三十四条"),
        "{e}"
    );
    bj.elect(S1, common::election(1), Post::Chair, who(1));
    bj.ok(deputy(1), leave);
}
