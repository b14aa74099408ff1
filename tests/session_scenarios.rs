//! Whole sittings as stories, through the public API only. Each test names its rule.
//!
//! Every township is built by the one fixture builder (`tests/common`): 46 deputies elected on
//! 4 January 2026, the term's first session [`S1`] convened for 15 January. National law has
//! no preparatory meeting at township level: a session opens, then elects its presidium and
//! adopts its agenda (组织法2022 第十九条第一款); `first_session_open_with(1..=k)` does that
//! with deputies 1..=k present.

mod common;

use std::collections::BTreeSet;

use common::{S1, Town, day, dep, deputy, election, item, presidium, staff, who};
use township_congress::error::Error;
use township_congress::ids::{DeputyId, SessionId};
use township_congress::ledger::LedgerError;
use township_congress::roster::{Officeholder, Post};
use township_congress::rulebook::{Citation, RuleField, SizeBounds};
use township_congress::session::{
    Attendance, CandidateTally, CandidateVotes, Choice, ElectionStatus, Margin, Nominator,
    SessionCommand, SessionError, SessionEvent, Subject,
};
use township_congress::session::{BallotsCounted, RoundVoided, VoteCast, VoteClosed};
use township_congress::{Actor, Event, Ledger, Rulebook};

/// Candidate `c`'s votes for, against and abstaining on a ballot.
fn tally(c: u32, f: u32, a: u32, ab: u32) -> CandidateTally {
    CandidateTally::new(who(c), f, a, ab)
}

/// The tellers' count of a round of [`e1`]: ballots returned, each candidate's tally and the
/// write-ins.
fn ballots(
    returned: u32,
    tallies: Vec<CandidateTally>,
    write_ins: Vec<CandidateVotes>,
) -> SessionCommand {
    SessionCommand::CountBallots {
        session: S1,
        election: election(1),
        ballots_returned: returned,
        tallies,
        write_ins,
    }
}

/// A written nomination co-signed by deputies `signers`.
fn joint(signers: std::ops::RangeInclusive<u32>) -> Nominator {
    Nominator::Deputies {
        signers: signers.map(dep).collect(),
    }
}

/// The presidium's fixing of [`e1`]'s candidates.
fn fix_cmd() -> SessionCommand {
    SessionCommand::FixCandidates {
        session: S1,
        election: election(1),
    }
}

/// Where [`e1`] stands.
fn status(t: &Town) -> Option<ElectionStatus> {
    t.ledger
        .state()
        .sessions()
        .get(S1)
        .and_then(|s| s.elections.get(&election(1)))
        .map(|e| e.status.clone())
}

/// The event of the last entry.
fn last_event(t: &Town) -> Option<Event> {
    t.ledger.events().last().map(|r| r.event.clone())
}

/// Asserts a refusal is exactly `expected` and that its message cites `citation`.
fn assert_refusal(e: &SessionError, expected: &SessionError, citation: &str) {
    assert_eq!(e, expected);
    assert!(e.to_string().contains(citation), "{e}");
}

/// Rule: 组织法2022 第十四条第四款 — 46 deputies: 31 must be present, 30 refuses opening.
#[test]
fn quorum_31_of_46() {
    let mut t = Town::with_deputies(46).first_session_convened(1..=31);
    t.mark(S1, 31, Attendance::Absent);
    let open = SessionCommand::OpenSession { session: S1 };
    let e = t.refused_session(presidium(), open.clone());
    assert_eq!(
        e.to_string(),
        "the session needs 31 of all 46 deputies present, 30 are: short by 1 (组织法2022 第十四条第四款)"
    );
    assert!(matches!(
        e,
        SessionError::QuorumNotMet {
            needed: 31,
            present: 30,
            short: 1,
            ..
        }
    ));
    t.attend(S1, [31]);
    t.ok(presidium(), open);
    let sessions = t.ledger.state().sessions();
    assert_eq!(sessions.sitting_on(day(1, 15)), Some(S1));
    assert_eq!(sessions.sessions_in_year(2026), 1);
    let c = sessions.year_compliance(t.ledger.rules(), 2026);
    assert!(c.meets_floor && !c.meets_normal);
}

/// Rule: 重庆 第十二条 — opening needs the preparatory meeting's presidium and agenda.
#[test]
fn opening_needs_the_preparatory_meeting() {
    let mut t = Town::with_deputies(46)
        .rules(Rulebook::province("重庆").expect("profile"))
        .first_session_convened(1..=46);
    let e = t.refused_session(presidium(), SessionCommand::OpenSession { session: S1 });
    assert!(matches!(e, SessionError::PreparationsMissing { .. }), "{e}");
    assert!(
        e.to_string()
            .contains("重庆市乡镇人民代表大会工作条例2016 第十二条"),
        "{e}"
    );
    // A presidium of 6 is below the provincial minimum of 7 (重庆 第三十条第一款).
    let e = t.refused_session(
        presidium(),
        SessionCommand::PutItem {
            session: S1,
            item: item(1),
            title: "主席团".into(),
            subject: Subject::PresidiumElection {
                members: (1..=6).map(dep).collect(),
            },
        },
    );
    assert!(
        matches!(
            e,
            SessionError::PresidiumSize {
                allowed: SizeBounds {
                    min: Some(7),
                    max: Some(11),
                },
                got: 6,
                ..
            }
        ),
        "{e}"
    );
    assert!(
        e.to_string()
            .contains("重庆市乡镇人民代表大会工作条例2016 第三十条第一款"),
        "{e}"
    );
}

/// Rule: 组织法2022 第二十五条 — 24 votes of all 46 pass, 23 fail even with nobody against.
#[test]
fn adoption_24_of_46() {
    let mut t = Town::with_deputies(46).first_session_open();
    let r = t.vote_on(S1, 10, Subject::Resolution {}, 1..=23);
    assert!(!r.passed);
    assert_eq!((r.votes_for, r.votes_against, r.required), (23, 0, 24));
    assert_eq!(r.margin, Margin::Short { by: 1 });
    assert_eq!(
        r.to_string(),
        "the vote needs 24 votes of all 46 deputies, got 23: short by 1 (组织法2022 第二十五条)"
    );
    let r = t.vote_on(S1, 11, Subject::Budget {}, 1..=24);
    assert!(r.passed);
    assert_eq!(r.margin, Margin::ToSpare { by: 0 });
    // A closed vote takes no more votes.
    let e = t.refused_session(
        deputy(30),
        SessionCommand::CastVote {
            session: S1,
            item: item(11),
            choice: Choice::For,
        },
    );
    assert_eq!(e, SessionError::VoteClosed { item: item(11) });
}

/// Rule: 代表法2025 第二十三条 — a deputy votes once; only present deputies vote.
#[test]
fn one_vote_per_present_deputy() {
    let mut t = Town::with_deputies(46).first_session_open_with(1..=40);
    t.put(S1, 10, Subject::Resolution {});
    t.vote(S1, 10, [5], Choice::Against);
    let vote = SessionCommand::CastVote {
        session: S1,
        item: item(10),
        choice: Choice::For,
    };
    let e = t.refused_session(deputy(5), vote.clone());
    assert_eq!(
        e,
        SessionError::AlreadyVoted {
            deputy: dep(5),
            item: item(10)
        }
    );
    let e = t.refused_session(deputy(41), vote.clone());
    assert_eq!(e, SessionError::NotPresent { deputy: dep(41) });
    let e = t.refused_session(presidium(), vote);
    assert!(matches!(e, SessionError::Forbidden(_)), "{e}");
}

/// Rule: 选举法2020 第五十五条 — a resignation accepted on the 16th bars a vote on the 17th.
#[test]
fn deputy_who_resigned_the_day_before_cannot_vote() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.on(1, 16);
    let r = t.vote_on(
        S1,
        10,
        Subject::AcceptResignation { deputy: dep(40) },
        1..=24,
    );
    assert!(r.passed);
    let roster = t.ledger.roster();
    assert!(!roster.is_serving(dep(40), day(1, 16)));
    assert!(roster.is_serving(dep(40), day(1, 15)));
    assert_eq!(roster.all_deputies_count(t.ledger.rules(), day(1, 17)), 45);
    t.on(1, 17);
    t.put(S1, 11, Subject::Budget {});
    let e = t.refused_session(
        deputy(40),
        SessionCommand::CastVote {
            session: S1,
            item: item(11),
            choice: Choice::For,
        },
    );
    assert_eq!(
        e,
        SessionError::NotServing {
            deputy: dep(40),
            on: day(1, 17)
        }
    );
}

/// Rule: 组织法2022 第二十七条第一款 — for one chair seat, 1 or 2 candidates; 3 need a primary.
#[test]
fn chair_candidates_one_or_two() {
    for n in 1..=3 {
        let mut t = Town::with_deputies(46).first_session_open();
        t.call(S1, election(1), Post::Chair, 1);
        t.nominate(S1, election(1), who(40));
        if n >= 2 {
            t.nominate_jointly(S1, election(1), who(41), 10..=19);
        }
        if n >= 3 {
            t.nominate_jointly(S1, election(1), who(42), 20..=29);
            let e = t.refused_session(presidium(), fix_cmd());
            assert!(
                matches!(
                    e,
                    SessionError::PrimaryNeeded {
                        seats: 1,
                        max: 2,
                        got: 3,
                        ..
                    }
                ),
                "{e}"
            );
            assert!(e.to_string().contains("组织法2022 第二十七条第一款"), "{e}");
        } else {
            t.fix(S1, election(1));
            assert!(
                matches!(status(&t), Some(ElectionStatus::Balloting { seats: 1, .. })),
                "{n} candidates"
            );
        }
    }
}

/// Rule: 组织法2022 第二十六条 — ten co-signers; nobody nominates more than the seats.
#[test]
fn nomination_caps() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.call(S1, election(1), Post::Chair, 1);
    t.nominate(S1, election(1), who(40));
    let nominate = |candidate: u32, nominator: Nominator| SessionCommand::Nominate {
        session: S1,
        election: election(1),
        candidate: who(candidate),
        nominator,
        ethnicity: None,
    };
    let e = t.refused_session(presidium(), nominate(41, Nominator::Presidium {}));
    assert!(
        matches!(
            e,
            SessionError::NominatorOverCap {
                seats: 1,
                got: 2,
                ..
            }
        ),
        "{e}"
    );
    t.nominate_jointly(S1, election(1), who(41), 10..=19);
    // Deputy 19 already co-signed one nomination for the one seat.
    let e = t.refused_session(staff(), nominate(42, joint(19..=28)));
    assert!(
        matches!(
            e,
            SessionError::NominatorOverCap {
                seats: 1,
                got: 2,
                ..
            }
        ),
        "{e}"
    );
    let e = t.refused_session(staff(), nominate(42, joint(20..=28)));
    assert_eq!(
        e.to_string(),
        "a nomination needs 10 serving deputies co-signing in writing, it has 9: short by 1 (组织法2022 第二十六条第二款)"
    );
}

/// Rule: 组织法2022 第二十七条第一款 — two vice-chair seats take 3 to 5 candidates.
#[test]
fn vice_chair_candidates_three_to_five() {
    for n in 2..=6u32 {
        let mut t = Town::with_deputies(46).first_session_open();
        t.call(S1, election(1), Post::ViceChair, 2);
        for (i, c) in (40..40 + n).enumerate() {
            match i {
                0 | 1 => t.nominate(S1, election(1), who(c)),
                2 | 3 => t.nominate_jointly(S1, election(1), who(c), 10..=19),
                _ => t.nominate_jointly(S1, election(1), who(c), 20..=29),
            }
        }
        // Accepted or refused as the count allows; a refusal leaves the ledger as it was.
        match t.attempt(presidium(), fix_cmd()) {
            Ok(_) => assert!((3..=5).contains(&n), "{n} accepted"),
            Err(Error::Session(e @ SessionError::CandidateCount { .. })) => {
                assert_eq!(
                    e,
                    SessionError::CandidateCount {
                        post: Post::ViceChair,
                        seats: 2,
                        min: 3,
                        max: 5,
                        got: n,
                        basis: Rulebook::NATIONAL.basis(RuleField::ViceCandidatesExtraMin),
                    }
                );
                assert_eq!(n, 2);
            }
            Err(Error::Session(SessionError::PrimaryNeeded { max: 5, got, .. })) => {
                assert_eq!((n, got), (6, n));
            }
            Err(e) => panic!("{n}: {e}"),
        }
    }
}

/// Rule: 组织法2022 第二十七条第一款 — six nominees for two seats: a primary picks five.
#[test]
fn primary_picks_the_top_five() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.call(S1, election(1), Post::ViceChair, 2);
    for c in [40, 41] {
        t.nominate(S1, election(1), who(c));
    }
    for c in [42, 43] {
        t.nominate_jointly(S1, election(1), who(c), 10..=19);
    }
    for c in [44, 45] {
        t.nominate_jointly(S1, election(1), who(c), 20..=29);
    }
    let primary = |last: u32| SessionCommand::CountPrimary {
        session: S1,
        election: election(1),
        counts: [(40, 30), (41, 29), (42, 28), (43, 27), (44, 26), (45, last)]
            .into_iter()
            .map(|(c, v)| CandidateVotes::new(who(c), v))
            .collect(),
    };
    let e = t.refused_session(staff(), primary(26));
    assert!(
        matches!(
            e,
            SessionError::PrimaryTie {
                votes: 26,
                max: 5,
                ..
            }
        ),
        "{e}"
    );
    t.ok(staff(), primary(10));
    assert_eq!(
        status(&t),
        Some(ElectionStatus::Balloting {
            candidates: (40..=44).map(who).collect(),
            seats: 2,
            revote: false,
        })
    );
}

/// Rule: 组织法2022 第二十九条第一款 — a tie for the last seat is re-voted among the tied.
#[test]
fn tie_for_the_last_seat_is_revoted() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.call(S1, election(1), Post::ViceChair, 2);
    t.nominate(S1, election(1), who(40));
    t.nominate(S1, election(1), who(41));
    t.nominate_jointly(S1, election(1), who(42), 10..=19);
    t.fix(S1, election(1));
    t.ok(
        staff(),
        ballots(
            46,
            vec![
                tally(40, 35, 5, 6),
                tally(41, 28, 10, 8),
                tally(42, 28, 10, 8),
            ],
            vec![],
        ),
    );
    assert_eq!(t.ledger.roster().vice_chairs_at(day(1, 15)), vec![dep(40)]);
    assert_eq!(
        status(&t),
        Some(ElectionStatus::Balloting {
            candidates: vec![who(41), who(42)],
            seats: 1,
            revote: true,
        })
    );
    // The re-vote lists only the tied.
    let e = t.refused_session(
        staff(),
        ballots(46, vec![tally(40, 30, 0, 0), tally(41, 30, 0, 0)], vec![]),
    );
    assert!(matches!(e, SessionError::CountMismatch { .. }), "{e}");
    // The re-vote is "就票数相等的人再次投票": no write-ins.
    let e = t.refused_session(
        staff(),
        ballots(
            46,
            vec![tally(41, 20, 10, 6), tally(42, 16, 20, 10)],
            vec![CandidateVotes::new(who(43), 3)],
        ),
    );
    assert_refusal(
        &e,
        &SessionError::WriteInsInRevote {
            election: election(1),
            tied: 2,
            write_ins: 1,
            citation: Citation::organic(29, Some(1)),
        },
        "组织法2022 第二十九条第一款",
    );
    t.ok(
        staff(),
        ballots(
            46,
            vec![tally(41, 30, 10, 6), tally(42, 16, 20, 10)],
            vec![],
        ),
    );
    assert_eq!(
        t.ledger.roster().vice_chairs_at(day(1, 15)),
        vec![dep(40), dep(41)]
    );
    assert_eq!(status(&t), Some(ElectionStatus::Completed {}));
}

/// Rule: 组织法2022 第二十八条 — more ballots returned than issued voids the round.
#[test]
fn too_many_ballots_void_the_round() {
    let mut t = Town::with_deputies(46).first_session_open_with(1..=40);
    t.call(S1, election(1), Post::Chair, 1);
    t.nominate(S1, election(1), who(30));
    t.fix(S1, election(1));
    t.ok(staff(), ballots(41, vec![tally(30, 41, 0, 0)], vec![]));
    assert!(matches!(
        last_event(&t),
        Some(Event::Session(SessionEvent::RoundVoided(RoundVoided {
            round: 1,
            ballots_issued: 40,
            ballots_returned: 41,
            ..
        })))
    ));
    assert_eq!(t.ledger.roster().chair_at(day(1, 15)), None);
    // A new round follows; a write-in who is not a deputy cannot be chair.
    let e = t.refused_session(
        staff(),
        ballots(
            40,
            vec![tally(30, 30, 5, 3)],
            vec![CandidateVotes::new(
                Officeholder::Citizen {
                    name: "李四".into(),
                },
                2,
            )],
        ),
    );
    assert!(
        matches!(
            e,
            SessionError::Ineligible {
                post: Post::Chair,
                ..
            }
        ),
        "{e}"
    );
    t.ok(
        staff(),
        ballots(
            40,
            vec![tally(30, 30, 5, 3)],
            vec![CandidateVotes::new(who(31), 2)],
        ),
    );
    assert_eq!(t.ledger.roster().chair_at(day(1, 15)), Some(dep(30)));
    assert!(matches!(
        last_event(&t),
        Some(Event::Session(SessionEvent::BallotsCounted(
            BallotsCounted { round: 2, .. }
        )))
    ));
}

/// Rule: 组织法2022 第二十九条第二款 — too few votes leave the seat open for another round;
/// the township head need not be a deputy.
#[test]
fn unfilled_seat_goes_back_to_nomination() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.call(S1, election(1), Post::TownshipHead, 1);
    let zhang = || Officeholder::Citizen {
        name: "张三".into(),
    };
    t.nominate(S1, election(1), zhang());
    t.fix(S1, election(1));
    t.ok(
        staff(),
        ballots(46, vec![CandidateTally::new(zhang(), 23, 20, 3)], vec![]),
    );
    match last_event(&t) {
        Some(Event::Session(SessionEvent::BallotsCounted(BallotsCounted { outcome, .. }))) => {
            assert_eq!((outcome.required, outcome.unfilled), (24, 1));
            assert!(outcome.elected.is_empty());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(status(&t), Some(ElectionStatus::Nominating {}));
    t.nominate(S1, election(1), zhang());
    t.fix(S1, election(1));
    t.ok(
        staff(),
        ballots(46, vec![CandidateTally::new(zhang(), 24, 20, 2)], vec![]),
    );
    assert_eq!(
        t.ledger.roster().holders_at(Post::TownshipHead, day(1, 15)),
        vec![&zhang()]
    );
}

/// Rule: 组织法2022 第二十条 — the first session within two months of the election; only one.
#[test]
fn first_session_deadline_and_uniqueness() {
    let mut t = Town::with_deputies(46).build();
    t.on(1, 10);
    let convene = |session, opens_on| SessionCommand::ConveneFirstSession { session, opens_on };
    let e = t.refused_session(presidium(), convene(S1, day(3, 5)));
    assert_eq!(
        e.to_string(),
        "the first session must open within 2 months of the election completed on 2026-01-04, by 2026-03-04; 2026-03-05 is too late (组织法2022 第二十条)"
    );
    let e = t.refused_session(Actor::Government {}, convene(S1, day(3, 4)));
    assert!(matches!(e, SessionError::Forbidden(_)), "{e}");
    t.ok(presidium(), convene(S1, day(3, 4)));
    let e = t.refused_session(presidium(), convene(SessionId::from_u128(901), day(2, 1)));
    assert!(
        matches!(e, SessionError::FirstSessionExists { existing: S1, .. }),
        "{e}"
    );
}

/// Rule: 组织法2022 第十四条第三款 — 10 of 46 deputies qualify an interim-session proposal.
#[test]
fn interim_proposal_signatures() {
    let mut t = Town::with_deputies(46).build();
    t.on(1, 10);
    let interim = SessionId::from_u128(950);
    let sign = SessionCommand::SignInterimProposal { session: interim };
    for n in 1..=9 {
        t.ok(deputy(n), sign.clone());
    }
    let proposal = |t: &Town| {
        t.ledger
            .state()
            .sessions()
            .interim_proposal(interim)
            .cloned()
    };
    assert_eq!(
        proposal(&t).map(|p| (p.required, p.qualified())),
        Some((10, false))
    );
    let e = t.refused_session(deputy(9), sign.clone());
    assert_eq!(
        e,
        SessionError::AlreadySigned {
            deputy: dep(9),
            session: interim
        }
    );
    let e = t.refused_session(deputy(99), sign.clone());
    assert_eq!(
        e,
        SessionError::NotServing {
            deputy: dep(99),
            on: day(1, 10)
        }
    );
    t.ok(deputy(10), sign);
    assert_eq!(proposal(&t).map(|p| p.qualified()), Some(true));
}

/// Rule: 代表法2025 第六十二条 — closing records absences without leave; leave approved as the
/// rulebook says (`leave_approver`: nationally the presidium, the chair or a vice-chair).
#[test]
fn closing_records_unexcused_absences() {
    let mut t = Town::with_deputies(46).first_session_open_with(1..=44);
    t.elect(S1, election(1), Post::Chair, who(1));
    let leave = SessionCommand::RecordAttendance {
        session: S1,
        deputy: dep(45),
        attendance: Attendance::OnLeave,
    };
    let e = t.refused_session(deputy(2), leave.clone());
    assert!(
        e.to_string().contains(
            "only the presidium, the chair or a vice-chair may (代表法2025 第十三条第一款; a common-practice default, not statute: set `leave_approver` in a profile to change it)"
        ),
        "{e}"
    );
    t.ok(deputy(1), leave);
    t.on(1, 16);
    t.close(S1);
    let roster = t.ledger.roster();
    assert_eq!(roster.unexcused_absences(dep(46)), 1);
    assert_eq!(roster.unexcused_absences(dep(45)), 0);
    assert_eq!(roster.unexcused_absences(dep(44)), 0);
    let sessions = t.ledger.state().sessions();
    assert_eq!(sessions.sitting_on(day(1, 17)), None);
    assert_eq!(sessions.sitting_on(day(1, 16)), Some(S1));
}

/// Rule: 组织法2022 第二十五条 — the minutes replay to the same state; a vote result edited to
/// pass, or a vote moved to an absent deputy, is refused at its position.
#[test]
fn replay_and_edited_logs() {
    let mut t = Town::with_deputies(46).first_session_open_with(1..=40);
    t.vote_on(S1, 10, Subject::Resolution {}, 1..=23);
    t.elect(S1, election(1), Post::Chair, who(30));
    t.on(1, 16);
    t.close(S1);
    t.replayed();

    // Edit the failed vote's tally so that it passes.
    let mut log = t.ledger.events().to_vec();
    let pos = log
        .iter()
        .position(|r| {
            matches!(&r.event, Event::Session(SessionEvent::VoteClosed(VoteClosed { item: i, .. }))
                if *i == item(10))
        })
        .expect("the vote's close");
    if let Some(Event::Session(SessionEvent::VoteClosed(VoteClosed { result, .. }))) =
        log.get_mut(pos).map(|r| &mut r.event)
    {
        result.votes_for = 24;
        result.passed = true;
        result.margin = Margin::ToSpare { by: 0 };
    }
    match Ledger::replay(Rulebook::NATIONAL, &log) {
        Err(Error::Ledger(LedgerError::Replay {
            position, error, ..
        })) => {
            assert_eq!(position, pos);
            assert!(
                matches!(
                    *error,
                    Error::Session(SessionError::Mismatch {
                        what: "vote result",
                        ..
                    })
                ),
                "{error}"
            );
        }
        other => panic!("{other:?}"),
    }

    // Edit a vote so that an absent deputy (41) cast it.
    let mut log = t.ledger.events().to_vec();
    let pos = log
        .iter()
        .position(|r| {
            matches!(&r.event, Event::Session(SessionEvent::VoteCast(VoteCast { item: i, .. }))
                if *i == item(10))
        })
        .expect("a vote");
    if let Some(rec) = log.get_mut(pos) {
        rec.actor = deputy(41);
    }
    match Ledger::replay(Rulebook::NATIONAL, &log) {
        Err(Error::Ledger(LedgerError::Replay {
            position, error, ..
        })) => {
            assert_eq!(position, pos);
            assert_eq!(
                *error,
                Error::Session(SessionError::NotPresent { deputy: dep(41) })
            );
        }
        other => panic!("{other:?}"),
    }
}

/// Rule: 组织法2022 第十九条第一款 — the session's presidium is the elected list.
#[test]
fn the_session_elects_its_presidium() {
    let t = Town::with_deputies(46).first_session_open_with(1..=40);
    let members: BTreeSet<DeputyId> = t
        .ledger
        .state()
        .presidium()
        .members_at(t.ledger.roster(), day(1, 15));
    assert_eq!(members, (1..=9).map(dep).collect());
}

/// Rule: 组织法2022 第十四条第四款 — an election, like a roll vote, needs 31 of 46 present:
/// calling it, fixing candidates, counting a primary and counting a round are refused at 30.
#[test]
fn elections_need_the_quorum() {
    let short = SessionError::QuorumNotMet {
        needed: 31,
        present: 30,
        all_deputies: 46,
        short: 1,
        citation: Rulebook::NATIONAL.session_quorum().citation.clone(),
    };
    let cite = "组织法2022 第十四条第四款";
    let mut t = Town::with_deputies(46).first_session_open_with(1..=31);
    t.mark(S1, 31, Attendance::Absent);
    let call_chair = SessionCommand::CallElection {
        session: S1,
        election: election(1),
        post: Post::Chair,
        seats: 1,
        margin: None,
        by_election: false,
    };
    let e = t.refused_session(presidium(), call_chair.clone());
    assert_refusal(&e, &short, cite);
    t.mark(S1, 31, Attendance::Present);
    t.ok(presidium(), call_chair);
    t.nominate(S1, election(1), who(40));
    t.nominate_jointly(S1, election(1), who(41), 10..=19);
    t.nominate_jointly(S1, election(1), who(42), 20..=29);
    t.mark(S1, 31, Attendance::Absent);
    let e = t.refused_session(presidium(), fix_cmd());
    assert_refusal(&e, &short, cite);
    let primary = SessionCommand::CountPrimary {
        session: S1,
        election: election(1),
        counts: vec![
            CandidateVotes::new(who(40), 20),
            CandidateVotes::new(who(41), 8),
            CandidateVotes::new(who(42), 2),
        ],
    };
    let e = t.refused_session(staff(), primary.clone());
    assert_refusal(&e, &short, cite);
    t.mark(S1, 31, Attendance::Present);
    t.ok(staff(), primary);
    t.mark(S1, 31, Attendance::Absent);
    let count = ballots(30, vec![tally(40, 28, 1, 1), tally(41, 2, 20, 8)], vec![]);
    let e = t.refused_session(staff(), count);
    assert_refusal(&e, &short, cite);
    assert_eq!(t.ledger.roster().chair_at(day(1, 15)), None);
}

/// Rule: 组织法2022 第二十条 — a first session dated 4 March (the last day) cannot open before
/// its date, nor after the two months have run out.
#[test]
fn first_session_opens_on_its_date_within_the_window() {
    let mut t = Town::with_deputies(46).build();
    t.on(1, 10);
    t.ok(
        presidium(),
        SessionCommand::ConveneFirstSession {
            session: S1,
            opens_on: day(3, 4),
        },
    );
    t.attend(S1, 1..=31);
    let open = SessionCommand::OpenSession { session: S1 };
    t.on(3, 3);
    let e = t.refused_session(presidium(), open.clone());
    assert_eq!(
        e,
        SessionError::TooEarly {
            session: S1,
            opens_on: day(3, 4),
            today: day(3, 3),
        }
    );
    // Had nobody opened it by 5 March, it could not open at all.
    let mut late = t.clone();
    late.on(3, 5);
    let e = late.refused_session(presidium(), open.clone());
    assert_refusal(
        &e,
        &SessionError::FirstSessionLate {
            opens_on: day(3, 5),
            deadline: day(3, 4),
            completed: day(1, 4),
            months: 2,
            citation: Rulebook::NATIONAL
                .first_session_within_months()
                .citation
                .clone(),
        },
        "组织法2022 第二十条",
    );
    t.on(3, 4);
    t.ok(presidium(), open);
    assert_eq!(t.ledger.state().sessions().sitting_on(day(3, 4)), Some(S1));
}

/// Rule: 组织法2022 第二十条 — "选举完成后": not on the day the election completed.
#[test]
fn first_session_not_on_the_election_day() {
    let mut t = Town::with_deputies(46).build();
    let e = t.refused_session(
        presidium(),
        SessionCommand::ConveneFirstSession {
            session: S1,
            opens_on: day(1, 4),
        },
    );
    assert_refusal(
        &e,
        &SessionError::FirstSessionEarly {
            opens_on: day(1, 4),
            completed: day(1, 4),
            citation: Rulebook::NATIONAL
                .first_session_within_months()
                .citation
                .clone(),
        },
        "组织法2022 第二十条",
    );
}

/// Rule: 组织法2022 第二十五条 — a vote counts the deputies present at its close: 24 voted for,
/// one was then recorded absent, so 23 count and the item fails.
#[test]
fn votes_of_deputies_recorded_absent_before_the_close_do_not_count() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.put(S1, 10, Subject::Resolution {});
    t.vote(S1, 10, 1..=24, Choice::For);
    t.vote(S1, 10, [25], Choice::Against);
    t.mark(S1, 24, Attendance::Absent);
    t.mark(S1, 25, Attendance::Absent);
    let r = t.close_vote(S1, 10);
    assert_eq!((r.votes_for, r.votes_against, r.required), (23, 0, 24));
    assert!(!r.passed);
    assert_eq!(r.margin, Margin::Short { by: 1 });
}

/// Rule: 选举法2020 第五十五条 — a deputy who voted and whose resignation took effect before
/// the close no longer counts: 23 voted for, 22 count against 23 of the 45 left.
#[test]
fn votes_of_deputies_who_resigned_before_the_close_do_not_count() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.on(1, 16);
    t.put(S1, 11, Subject::Budget {});
    t.vote(S1, 11, 18..=40, Choice::For);
    let resigned = t.vote_on(
        S1,
        10,
        Subject::AcceptResignation { deputy: dep(40) },
        1..=24,
    );
    assert!(resigned.passed);
    assert!(!t.ledger.roster().is_serving(dep(40), day(1, 16)));
    let r = t.close_vote(S1, 11);
    assert_eq!((r.votes_for, r.required, r.all_deputies), (22, 23, 45));
    assert!(!r.passed, "{r}");
}

/// Rule: 组织法2022 第十四条第三款 — deputies propose an interim session; they cannot sign a
/// "proposal" for the term's first session.
#[test]
fn no_interim_proposal_for_another_kind_of_session() {
    let mut t = Town::with_deputies(46).build();
    t.on(1, 10);
    t.ok(
        presidium(),
        SessionCommand::ConveneFirstSession {
            session: S1,
            opens_on: day(1, 15),
        },
    );
    let e = t.refused_session(
        deputy(1),
        SessionCommand::SignInterimProposal { session: S1 },
    );
    assert_refusal(
        &e,
        &SessionError::NotInterim {
            session: S1,
            kind: "the term's first session",
            citation: Rulebook::NATIONAL
                .interim_session_proposers()
                .citation
                .clone(),
        },
        "组织法2022 第十四条第三款",
    );
    assert!(t.ledger.state().sessions().interim_proposal(S1).is_none());
}

/// Rule: 组织法2022 第十八条第一款 — at most two vice-chairs: with one seat already called and
/// not yet filled, a second election may call one more seat, not two.
#[test]
fn vice_chair_seats_count_open_elections() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.call(S1, election(1), Post::ViceChair, 1);
    let call = |e, seats| SessionCommand::CallElection {
        session: S1,
        election: election(e),
        post: Post::ViceChair,
        seats,
        margin: None,
        by_election: false,
    };
    let e = t.refused_session(presidium(), call(2, 2));
    assert_refusal(
        &e,
        &SessionError::Seats {
            post: Post::ViceChair,
            seats: 2,
            max: 1,
            citation: Rulebook::NATIONAL.vice_chairs_max().citation.clone(),
        },
        "组织法2022 第十八条第一款",
    );
    t.ok(presidium(), call(2, 1));
    let e = t.refused_session(presidium(), call(3, 1));
    assert!(matches!(e, SessionError::Seats { max: 0, .. }), "{e}");
}

/// Rule: 组织法2022 第二十七条第一款 — the election measures fix the margin for vice posts
/// ("具体差额数"): with a margin of 1, two seats take exactly 3 candidates and a primary of 4
/// nominees cuts to 3; a margin outside 1..=3, or any margin for the chair, is refused.
#[test]
fn a_fixed_margin_bounds_the_candidates() {
    let cite = "组织法2022 第二十七条第一款";
    let citation = Rulebook::NATIONAL
        .vice_candidates_extra_min()
        .citation
        .clone();
    let call_with = |post, seats, margin| SessionCommand::CallElection {
        session: S1,
        election: election(1),
        post,
        seats,
        margin,
        by_election: false,
    };
    let mut t = Town::with_deputies(46).first_session_open();
    for m in [0, 4] {
        let e = t.refused_session(presidium(), call_with(Post::ViceChair, 2, Some(m)));
        assert_refusal(
            &e,
            &SessionError::MarginOutOfRange {
                post: Post::ViceChair,
                margin: m,
                min: 1,
                max: 3,
                citation: citation.clone(),
            },
            cite,
        );
    }
    let e = t.refused_session(presidium(), call_with(Post::Chair, 1, Some(1)));
    assert_refusal(
        &e,
        &SessionError::MarginNotAllowed {
            post: Post::Chair,
            margin: 1,
            citation: Rulebook::NATIONAL
                .head_candidates_extra_max()
                .citation
                .clone(),
        },
        cite,
    );
    t.ok(presidium(), call_with(Post::ViceChair, 2, Some(1)));
    t.nominate(S1, election(1), who(40));
    t.nominate(S1, election(1), who(41));
    t.nominate_jointly(S1, election(1), who(42), 10..=19);
    t.nominate_jointly(S1, election(1), who(43), 10..=19);
    let e = t.refused_session(presidium(), fix_cmd());
    assert_refusal(
        &e,
        &SessionError::PrimaryNeeded {
            seats: 2,
            max: 3,
            got: 4,
            basis: Rulebook::NATIONAL.basis(RuleField::ViceCandidatesExtraMin),
        },
        cite,
    );
    t.ok(
        staff(),
        SessionCommand::CountPrimary {
            session: S1,
            election: election(1),
            counts: [(40, 30), (41, 29), (42, 28), (43, 5)]
                .into_iter()
                .map(|(c, v)| CandidateVotes::new(who(c), v))
                .collect(),
        },
    );
    assert_eq!(
        status(&t),
        Some(ElectionStatus::Balloting {
            candidates: (40..=42).map(who).collect(),
            seats: 2,
            revote: false,
        })
    );
}

/// Rule: 组织法2022 第十九条第一款 — without a preparatory meeting the session elects its
/// presidium and adopts its agenda first; an election cannot be called before.
#[test]
fn elections_wait_for_the_presidium_and_agenda() {
    let mut t = Town::with_deputies(46).first_session_convened(1..=40);
    t.open(S1);
    let call_chair = SessionCommand::CallElection {
        session: S1,
        election: election(1),
        post: Post::Chair,
        seats: 1,
        margin: None,
        by_election: false,
    };
    let missing = |missing| SessionError::PreparationsMissing {
        missing,
        basis: Citation::organic(19, Some(1)).into(),
    };
    let e = t.refused_session(presidium(), call_chair.clone());
    assert_refusal(
        &e,
        &missing("the session must elect its presidium"),
        "组织法2022 第十九条第一款",
    );
    let members = (1..=9).map(dep).collect();
    t.vote_on(S1, 1, Subject::PresidiumElection { members }, 1..=31);
    let e = t.refused_session(presidium(), call_chair.clone());
    assert_refusal(
        &e,
        &missing("the session must adopt its agenda"),
        "组织法2022 第十九条第一款",
    );
    t.vote_on(S1, 2, Subject::Agenda {}, 1..=31);
    t.ok(presidium(), call_chair);
}

/// Rule: 组织法2022 第二十五条, 第二十八条, 第二十九条第二款 — a session does not close with a
/// roll vote open or mid-ballot; a seat left unfilled may wait for the next session.
#[test]
fn closing_waits_for_open_votes_and_ballots() {
    let mut t = Town::with_deputies(46).first_session_open();
    let close = SessionCommand::CloseSession { session: S1 };
    t.put(S1, 10, Subject::Resolution {});
    t.vote(S1, 10, 1..=30, Choice::For);
    let e = t.refused_session(presidium(), close.clone());
    assert_refusal(
        &e,
        &SessionError::VoteStillOpen {
            item: item(10),
            citation: Rulebook::NATIONAL.adoption().citation.clone(),
        },
        "组织法2022 第二十五条",
    );
    t.close_vote(S1, 10);
    t.call(S1, election(1), Post::Chair, 1);
    t.nominate(S1, election(1), who(40));
    t.fix(S1, election(1));
    let e = t.refused_session(presidium(), close.clone());
    assert_refusal(
        &e,
        &SessionError::BallotPending {
            election: election(1),
            citation: Citation::organic(28, None),
        },
        "组织法2022 第二十八条",
    );
    // Too few votes: the seat goes back to nomination and may wait for the next session.
    t.ok(staff(), ballots(46, vec![tally(40, 23, 20, 3)], vec![]));
    assert_eq!(status(&t), Some(ElectionStatus::Nominating {}));
    t.on(1, 16);
    t.ok(presidium(), close);
    assert_eq!(t.ledger.state().sessions().sitting_on(day(1, 17)), None);
}

/// Rule: 组织法2022 第二十五条 — an item nobody has voted on stays undecided and does not keep
/// the session from closing (a session that lost its quorum could otherwise never close).
#[test]
fn an_undecided_item_without_votes_does_not_block_closing() {
    let mut t = Town::with_deputies(46).first_session_open();
    t.put(S1, 10, Subject::Resolution {});
    t.on(1, 16);
    t.close(S1);
}
