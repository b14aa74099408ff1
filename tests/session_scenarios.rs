//! Whole sittings as stories, through the public API only. Each test names its rule.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use township_congress::error::Error;
use township_congress::ids::{ConstituencyId, DeputyId, ElectionId, ItemId, SessionId};
use township_congress::ledger::LedgerError;
use township_congress::roster::{Officeholder, Post};
use township_congress::rulebook::{RuleField, SizeBounds};
use township_congress::session::{
    Attendance, CandidateTally, CandidateVotes, Choice, ElectionStatus, Margin, Nominator,
    SessionCommand, SessionError, SessionEvent, Subject, VoteResult,
};
use township_congress::{Actor, Command, Envelope, Event, Ledger, RosterChange, Rulebook};

const S: SessionId = SessionId::from_u128(900);
const E: ElectionId = ElectionId::from_u128(700);

/// Test time: day of January 2026 at `hour` UTC (the local date is the same day).
fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, day, hour, 0, 0)
        .single()
        .unwrap_or_default()
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default()
}

fn d(n: u128) -> DeputyId {
    DeputyId::from_u128(n)
}

fn who(n: u128) -> Officeholder {
    Officeholder::Deputy { deputy: d(n) }
}

fn staff() -> Actor {
    Actor::Staff {
        name: "王干事".into(),
    }
}

fn run(l: &mut Ledger, actor: Actor, day: u32, cmd: SessionCommand) -> Result<(), Error> {
    l.execute(Envelope::new(actor, at(day, 2), Command::Session(cmd)))
        .map(|_| ())
}

fn ok(l: &mut Ledger, actor: Actor, day: u32, cmd: SessionCommand) {
    if let Err(e) = run(l, actor, day, cmd.clone()) {
        panic!("{cmd:?} refused: {e}");
    }
}

/// Runs a command that must be refused; checks the state and log are byte-identical.
fn refused(l: &mut Ledger, actor: Actor, day: u32, cmd: SessionCommand) -> SessionError {
    refused_at(l, actor, at(day, 2), cmd)
}

/// As [`refused`], at any time.
fn refused_at(
    l: &mut Ledger,
    actor: Actor,
    when: DateTime<Utc>,
    cmd: SessionCommand,
) -> SessionError {
    let before = serde_json::to_string(l.state()).unwrap_or_default();
    let events = l.events().len();
    let e = l
        .execute(Envelope::new(actor, when, Command::Session(cmd.clone())))
        .map(|_| ());
    assert_eq!(serde_json::to_string(l.state()).unwrap_or_default(), before);
    assert_eq!(l.events().len(), events);
    match e {
        Err(Error::Session(e)) => e,
        other => panic!("{cmd:?}: expected a session error, got {other:?}"),
    }
}

/// A term of 46 deputies, ids 1..=46, elected on 4 January 2026.
fn term() -> Ledger {
    term_under(Rulebook::NATIONAL)
}

/// As [`term`], under `rules`.
fn term_under(rules: Rulebook) -> Ledger {
    let mut l = Ledger::new(rules);
    let mut roster = |actor: Actor, change: RosterChange| {
        if let Err(e) = l.execute(Envelope::new(actor, at(5, 1), Command::Roster(change))) {
            panic!("roster: {e}");
        }
    };
    roster(
        Actor::CountyStandingCommittee {},
        RosterChange::TermOpened {
            township: "青山镇".into(),
            number: 8,
            election_completed: date(1, 4),
            population: 2_500,
            seats: 46,
            uplift: false,
            township_kind: township_congress::roster::TownshipKind::Town,
        },
    );
    for c in 0..16u128 {
        roster(
            Actor::ElectionCommittee {},
            RosterChange::ConstituencyDrawn {
                constituency: ConstituencyId::from_u128(c + 1),
                name: format!("第{}选区", c + 1),
                seats: if c < 15 { 3 } else { 1 },
                voters: 150,
            },
        );
    }
    for n in 1..=46u128 {
        roster(
            Actor::ElectionCommittee {},
            RosterChange::DeputyElected {
                deputy: d(n),
                name: format!("代表{n}"),
                constituency: ConstituencyId::from_u128((n - 1) / 3 + 1),
                on: date(1, 4),
                by_election: false,
            },
        );
    }
    l
}

fn present(l: &mut Ledger, day: u32, deputies: impl IntoIterator<Item = u128>) {
    for n in deputies {
        ok(
            l,
            staff(),
            day,
            SessionCommand::RecordAttendance {
                session: S,
                deputy: d(n),
                attendance: Attendance::Present,
            },
        );
    }
}

fn put(l: &mut Ledger, day: u32, item: u128, subject: Subject) {
    ok(
        l,
        Actor::Presidium {},
        day,
        SessionCommand::PutItem {
            session: S,
            item: ItemId::from_u128(item),
            title: format!("{subject:?}"),
            subject,
        },
    );
}

fn cast(l: &mut Ledger, day: u32, item: u128, who: impl IntoIterator<Item = u128>, choice: Choice) {
    for n in who {
        ok(
            l,
            Actor::deputy(d(n)),
            day,
            SessionCommand::CastVote {
                session: S,
                item: ItemId::from_u128(item),
                choice,
            },
        );
    }
}

/// Puts an item, has deputies `for_` vote for, and closes the vote.
fn vote_item(
    l: &mut Ledger,
    day: u32,
    item: u128,
    subject: Subject,
    for_: impl IntoIterator<Item = u128>,
) {
    put(l, day, item, subject);
    cast(l, day, item, for_, Choice::For);
    ok(
        l,
        Actor::Presidium {},
        day,
        SessionCommand::CloseVote {
            session: S,
            item: ItemId::from_u128(item),
        },
    );
}

/// The first session, convened for 10 January, with deputies 1..=k present. National law has
/// no preparatory meeting at township level: the session elects its presidium and adopts its
/// agenda once it sits.
fn prepared(k: u128) -> Ledger {
    let mut l = term();
    ok(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::ConveneFirstSession {
            session: S,
            opens_on: date(1, 10),
        },
    );
    present(&mut l, 10, 1..=k);
    l
}

/// As [`prepared`], opened, with its presidium (1..=9) elected and its agenda adopted first
/// thing (组织法2022 第十九条第一款).
fn sitting(k: u128) -> Ledger {
    let mut l = prepared(k);
    ok(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::OpenSession { session: S },
    );
    vote_item(
        &mut l,
        10,
        1,
        Subject::PresidiumElection {
            members: (1..=9).map(d).collect(),
        },
        1..=31,
    );
    vote_item(&mut l, 10, 2, Subject::Agenda {}, 1..=31);
    l
}

fn item_result(l: &Ledger, item: u128) -> VoteResult {
    l.state()
        .sessions()
        .get(S)
        .and_then(|s| s.items.get(&ItemId::from_u128(item)))
        .and_then(|i| i.result.clone())
        .unwrap_or_else(|| panic!("no result for item {item}"))
}

fn status(l: &Ledger) -> Option<ElectionStatus> {
    l.state()
        .sessions()
        .get(S)
        .and_then(|s| s.elections.get(&E))
        .map(|e| e.status.clone())
}

fn call(l: &mut Ledger, post: Post, seats: u32) {
    ok(
        l,
        Actor::Presidium {},
        10,
        SessionCommand::CallElection {
            session: S,
            election: E,
            post,
            seats,
            margin: None,
            by_election: false,
        },
    );
}

fn nominate_presidium(l: &mut Ledger, candidate: u128) {
    ok(
        l,
        Actor::Presidium {},
        10,
        SessionCommand::Nominate {
            session: S,
            election: E,
            candidate: who(candidate),
            nominator: Nominator::Presidium {},
        },
    );
}

fn joint(signers: std::ops::RangeInclusive<u128>) -> Nominator {
    Nominator::Deputies {
        signers: signers.map(d).collect(),
    }
}

fn nominate_jointly(l: &mut Ledger, candidate: u128, signers: std::ops::RangeInclusive<u128>) {
    ok(
        l,
        staff(),
        10,
        SessionCommand::Nominate {
            session: S,
            election: E,
            candidate: who(candidate),
            nominator: joint(signers),
        },
    );
}

fn fix(l: &mut Ledger) -> Result<(), Error> {
    run(
        l,
        Actor::Presidium {},
        10,
        SessionCommand::FixCandidates {
            session: S,
            election: E,
        },
    )
}

fn tally(c: u128, f: u32, a: u32, ab: u32) -> CandidateTally {
    CandidateTally::new(who(c), f, a, ab)
}

fn count_ballots(
    returned: u32,
    tallies: Vec<CandidateTally>,
    write_ins: Vec<CandidateVotes>,
) -> SessionCommand {
    SessionCommand::CountBallots {
        session: S,
        election: E,
        ballots_returned: returned,
        tallies,
        write_ins,
    }
}

fn last_event(l: &Ledger) -> Option<Event> {
    l.events().last().map(|r| r.event.clone())
}

/// Rule: 组织法2022 第十四条第四款 — 46 deputies: 31 must be present, 30 refuses opening.
#[test]
fn quorum_31_of_46() {
    let mut l = prepared(31);
    ok(
        &mut l,
        staff(),
        10,
        SessionCommand::RecordAttendance {
            session: S,
            deputy: d(31),
            attendance: Attendance::Absent,
        },
    );
    let open = SessionCommand::OpenSession { session: S };
    let e = refused(&mut l, Actor::Presidium {}, 10, open.clone());
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
    present(&mut l, 10, [31]);
    ok(&mut l, Actor::Presidium {}, 10, open);
    assert_eq!(l.state().sessions().sitting_on(date(1, 10)), Some(S));
    assert_eq!(l.state().sessions().sessions_in_year(2026), 1);
    let c = l.state().sessions().year_compliance(l.rules(), 2026);
    assert!(c.meets_floor && !c.meets_normal);
}

/// Rule: 重庆 第十二条 — opening needs the preparatory meeting's presidium and agenda.
#[test]
fn opening_needs_the_preparatory_meeting() {
    let mut l = term_under(Rulebook::province("重庆").expect("profile"));
    ok(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::ConveneFirstSession {
            session: S,
            opens_on: date(1, 10),
        },
    );
    present(&mut l, 10, 1..=46);
    let e = refused(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::OpenSession { session: S },
    );
    assert!(matches!(e, SessionError::PreparationsMissing { .. }), "{e}");
    assert!(
        e.to_string()
            .contains("重庆市乡镇人民代表大会工作条例2016 第十二条"),
        "{e}"
    );
    // A presidium of 6 is below the provincial minimum of 7 (重庆 第三十条第一款).
    let e = refused(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::PutItem {
            session: S,
            item: ItemId::from_u128(1),
            title: "主席团".into(),
            subject: Subject::PresidiumElection {
                members: (1..=6).map(d).collect(),
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
    let mut l = sitting(46);
    vote_item(&mut l, 10, 10, Subject::Resolution {}, 1..=23);
    let r = item_result(&l, 10);
    assert!(!r.passed);
    assert_eq!((r.votes_for, r.votes_against, r.required), (23, 0, 24));
    assert_eq!(r.margin, Margin::Short { by: 1 });
    assert_eq!(
        r.to_string(),
        "the vote needs 24 votes of all 46 deputies, got 23: short by 1 (组织法2022 第二十五条)"
    );
    vote_item(&mut l, 10, 11, Subject::Budget {}, 1..=24);
    let r = item_result(&l, 11);
    assert!(r.passed);
    assert_eq!(r.margin, Margin::ToSpare { by: 0 });
    // A closed vote takes no more votes.
    let e = refused(
        &mut l,
        Actor::deputy(d(30)),
        10,
        SessionCommand::CastVote {
            session: S,
            item: ItemId::from_u128(11),
            choice: Choice::For,
        },
    );
    assert_eq!(
        e,
        SessionError::VoteClosed {
            item: ItemId::from_u128(11)
        }
    );
}

/// Rule: 代表法2025 第二十三条 — a deputy votes once; only present deputies vote.
#[test]
fn one_vote_per_present_deputy() {
    let mut l = sitting(40);
    put(&mut l, 10, 10, Subject::Resolution {});
    cast(&mut l, 10, 10, [5], Choice::Against);
    let vote = SessionCommand::CastVote {
        session: S,
        item: ItemId::from_u128(10),
        choice: Choice::For,
    };
    let e = refused(&mut l, Actor::deputy(d(5)), 10, vote.clone());
    assert_eq!(
        e,
        SessionError::AlreadyVoted {
            deputy: d(5),
            item: ItemId::from_u128(10)
        }
    );
    let e = refused(&mut l, Actor::deputy(d(41)), 10, vote.clone());
    assert_eq!(e, SessionError::NotPresent { deputy: d(41) });
    let e = refused(&mut l, Actor::Presidium {}, 10, vote);
    assert!(matches!(e, SessionError::Forbidden(_)), "{e}");
}

/// Rule: 选举法2020 第五十五条 — a resignation accepted on the 11th bars a vote on the 12th.
#[test]
fn deputy_who_resigned_the_day_before_cannot_vote() {
    let mut l = sitting(46);
    vote_item(
        &mut l,
        11,
        10,
        Subject::AcceptResignation { deputy: d(40) },
        1..=24,
    );
    assert!(item_result(&l, 10).passed);
    assert!(!l.roster().is_serving(d(40), date(1, 11)));
    assert!(l.roster().is_serving(d(40), date(1, 10)));
    assert_eq!(l.roster().all_deputies_count(l.rules(), date(1, 12)), 45);
    put(&mut l, 12, 11, Subject::Budget {});
    let e = refused(
        &mut l,
        Actor::deputy(d(40)),
        12,
        SessionCommand::CastVote {
            session: S,
            item: ItemId::from_u128(11),
            choice: Choice::For,
        },
    );
    assert_eq!(
        e,
        SessionError::NotServing {
            deputy: d(40),
            on: date(1, 12)
        }
    );
}

/// Rule: 组织法2022 第二十七条第一款 — for one chair seat, 1 or 2 candidates; 3 need a primary.
#[test]
fn chair_candidates_one_or_two() {
    for n in 1..=3 {
        let mut l = sitting(46);
        call(&mut l, Post::Chair, 1);
        nominate_presidium(&mut l, 40);
        if n >= 2 {
            nominate_jointly(&mut l, 41, 10..=19);
        }
        if n >= 3 {
            nominate_jointly(&mut l, 42, 20..=29);
            let e = refused(
                &mut l,
                Actor::Presidium {},
                10,
                SessionCommand::FixCandidates {
                    session: S,
                    election: E,
                },
            );
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
            assert!(fix(&mut l).is_ok(), "{n} candidates");
            assert!(matches!(
                status(&l),
                Some(ElectionStatus::Balloting { seats: 1, .. })
            ));
        }
    }
}

/// Rule: 组织法2022 第二十六条 — ten co-signers; nobody nominates more than the seats.
#[test]
fn nomination_caps() {
    let mut l = sitting(46);
    call(&mut l, Post::Chair, 1);
    nominate_presidium(&mut l, 40);
    let e = refused(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::Nominate {
            session: S,
            election: E,
            candidate: who(41),
            nominator: Nominator::Presidium {},
        },
    );
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
    nominate_jointly(&mut l, 41, 10..=19);
    // Deputy 19 already co-signed one nomination for the one seat.
    let e = refused(
        &mut l,
        staff(),
        10,
        SessionCommand::Nominate {
            session: S,
            election: E,
            candidate: who(42),
            nominator: joint(19..=28),
        },
    );
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
    let e = refused(
        &mut l,
        staff(),
        10,
        SessionCommand::Nominate {
            session: S,
            election: E,
            candidate: who(42),
            nominator: joint(20..=28),
        },
    );
    assert_eq!(
        e.to_string(),
        "a nomination needs 10 serving deputies co-signing in writing, it has 9: short by 1 (组织法2022 第二十六条第二款)"
    );
}

/// Rule: 组织法2022 第二十七条第一款 — two vice-chair seats take 3 to 5 candidates.
#[test]
fn vice_chair_candidates_three_to_five() {
    for n in 2..=6u128 {
        let mut l = sitting(46);
        call(&mut l, Post::ViceChair, 2);
        for (i, c) in (40..40 + n).enumerate() {
            match i {
                0 | 1 => nominate_presidium(&mut l, c),
                2 | 3 => nominate_jointly(&mut l, c, 10..=19),
                _ => nominate_jointly(&mut l, c, 20..=29),
            }
        }
        let before = serde_json::to_string(l.state()).unwrap_or_default();
        let got = u32::try_from(n).unwrap_or_default();
        match fix(&mut l) {
            Ok(()) => assert!((3..=5).contains(&n), "{n} accepted"),
            Err(Error::Session(e @ SessionError::CandidateCount { .. })) => {
                assert_eq!(
                    e,
                    SessionError::CandidateCount {
                        post: Post::ViceChair,
                        seats: 2,
                        min: 3,
                        max: 5,
                        got,
                        basis: Rulebook::NATIONAL.basis(RuleField::ViceCandidatesExtraMin),
                    }
                );
                assert_eq!(n, 2);
                assert_eq!(serde_json::to_string(l.state()).unwrap_or_default(), before);
            }
            Err(Error::Session(SessionError::PrimaryNeeded { max: 5, got: g, .. })) => {
                assert_eq!((n, g), (6, got));
                assert_eq!(serde_json::to_string(l.state()).unwrap_or_default(), before);
            }
            Err(e) => panic!("{n}: {e}"),
        }
    }
}

/// Rule: 组织法2022 第二十七条第一款 — six nominees for two seats: a primary picks five.
#[test]
fn primary_picks_the_top_five() {
    let mut l = sitting(46);
    call(&mut l, Post::ViceChair, 2);
    for c in [40, 41] {
        nominate_presidium(&mut l, c);
    }
    for c in [42, 43] {
        nominate_jointly(&mut l, c, 10..=19);
    }
    for c in [44, 45] {
        nominate_jointly(&mut l, c, 20..=29);
    }
    let counts = |last: u32| -> Vec<CandidateVotes> {
        [(40, 30), (41, 29), (42, 28), (43, 27), (44, 26), (45, last)]
            .into_iter()
            .map(|(c, v)| CandidateVotes::new(who(c), v))
            .collect()
    };
    let primary = |last| SessionCommand::CountPrimary {
        session: S,
        election: E,
        counts: counts(last),
    };
    let e = refused(&mut l, staff(), 10, primary(26));
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
    ok(&mut l, staff(), 10, primary(10));
    assert_eq!(
        status(&l),
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
    let mut l = sitting(46);
    call(&mut l, Post::ViceChair, 2);
    nominate_presidium(&mut l, 40);
    nominate_presidium(&mut l, 41);
    nominate_jointly(&mut l, 42, 10..=19);
    assert!(fix(&mut l).is_ok());
    ok(
        &mut l,
        staff(),
        10,
        count_ballots(
            46,
            vec![
                tally(40, 35, 5, 6),
                tally(41, 28, 10, 8),
                tally(42, 28, 10, 8),
            ],
            vec![],
        ),
    );
    assert_eq!(l.roster().vice_chairs_at(date(1, 10)), vec![d(40)]);
    assert_eq!(
        status(&l),
        Some(ElectionStatus::Balloting {
            candidates: vec![who(41), who(42)],
            seats: 1,
            revote: true,
        })
    );
    // The re-vote lists only the tied.
    let e = refused(
        &mut l,
        staff(),
        10,
        count_ballots(46, vec![tally(40, 30, 0, 0), tally(41, 30, 0, 0)], vec![]),
    );
    assert!(matches!(e, SessionError::CountMismatch { .. }), "{e}");
    // The re-vote is "就票数相等的人再次投票": no write-ins.
    let e = refused(
        &mut l,
        staff(),
        10,
        count_ballots(
            46,
            vec![tally(41, 20, 10, 6), tally(42, 16, 20, 10)],
            vec![CandidateVotes::new(who(43), 3)],
        ),
    );
    assert_refusal(
        &e,
        &SessionError::WriteInsInRevote {
            election: E,
            tied: 2,
            write_ins: 1,
            citation: township_congress::rulebook::Citation::organic(29, Some(1)),
        },
        "组织法2022 第二十九条第一款",
    );
    ok(
        &mut l,
        staff(),
        10,
        count_ballots(
            46,
            vec![tally(41, 30, 10, 6), tally(42, 16, 20, 10)],
            vec![],
        ),
    );
    assert_eq!(l.roster().vice_chairs_at(date(1, 10)), vec![d(40), d(41)]);
    assert_eq!(status(&l), Some(ElectionStatus::Completed {}));
}

/// Rule: 组织法2022 第二十八条 — more ballots returned than issued voids the round.
#[test]
fn too_many_ballots_void_the_round() {
    let mut l = sitting(40);
    call(&mut l, Post::Chair, 1);
    nominate_presidium(&mut l, 30);
    assert!(fix(&mut l).is_ok());
    ok(
        &mut l,
        staff(),
        10,
        count_ballots(41, vec![tally(30, 41, 0, 0)], vec![]),
    );
    assert!(matches!(
        last_event(&l),
        Some(Event::Session(SessionEvent::RoundVoided {
            round: 1,
            ballots_issued: 40,
            ballots_returned: 41,
            ..
        }))
    ));
    assert_eq!(l.roster().chair_at(date(1, 10)), None);
    // A new round follows; a write-in who is not a deputy cannot be chair.
    let e = refused(
        &mut l,
        staff(),
        10,
        count_ballots(
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
    ok(
        &mut l,
        staff(),
        10,
        count_ballots(
            40,
            vec![tally(30, 30, 5, 3)],
            vec![CandidateVotes::new(who(31), 2)],
        ),
    );
    assert_eq!(l.roster().chair_at(date(1, 10)), Some(d(30)));
    assert!(matches!(
        last_event(&l),
        Some(Event::Session(SessionEvent::BallotsCounted {
            round: 2,
            ..
        }))
    ));
}

/// Rule: 组织法2022 第二十九条第二款 — too few votes leave the seat open for another round;
/// the township head need not be a deputy.
#[test]
fn unfilled_seat_goes_back_to_nomination() {
    let mut l = sitting(46);
    call(&mut l, Post::TownshipHead, 1);
    let zhang = || Officeholder::Citizen {
        name: "张三".into(),
    };
    let nominate = SessionCommand::Nominate {
        session: S,
        election: E,
        candidate: zhang(),
        nominator: Nominator::Presidium {},
    };
    ok(&mut l, Actor::Presidium {}, 10, nominate.clone());
    assert!(fix(&mut l).is_ok());
    ok(
        &mut l,
        staff(),
        10,
        count_ballots(46, vec![CandidateTally::new(zhang(), 23, 20, 3)], vec![]),
    );
    match last_event(&l) {
        Some(Event::Session(SessionEvent::BallotsCounted { outcome, .. })) => {
            assert_eq!((outcome.required, outcome.unfilled), (24, 1));
            assert!(outcome.elected.is_empty());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(status(&l), Some(ElectionStatus::Nominating {}));
    ok(&mut l, Actor::Presidium {}, 10, nominate);
    assert!(fix(&mut l).is_ok());
    ok(
        &mut l,
        staff(),
        10,
        count_ballots(46, vec![CandidateTally::new(zhang(), 24, 20, 2)], vec![]),
    );
    assert_eq!(
        l.roster().holders_at(Post::TownshipHead, date(1, 10)),
        vec![&zhang()]
    );
}

/// Rule: 组织法2022 第二十条 — the first session within two months of the election; only one.
#[test]
fn first_session_deadline_and_uniqueness() {
    let mut l = term();
    let e = refused(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::ConveneFirstSession {
            session: S,
            opens_on: date(3, 5),
        },
    );
    assert_eq!(
        e.to_string(),
        "the first session must open within 2 months of the election completed on 2026-01-04, by 2026-03-04; 2026-03-05 is too late (组织法2022 第二十条)"
    );
    let on_time = SessionCommand::ConveneFirstSession {
        session: S,
        opens_on: date(3, 4),
    };
    let e = refused(&mut l, Actor::Government {}, 10, on_time.clone());
    assert!(matches!(e, SessionError::Forbidden(_)), "{e}");
    ok(&mut l, Actor::Presidium {}, 10, on_time);
    let e = refused(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::ConveneFirstSession {
            session: SessionId::from_u128(901),
            opens_on: date(2, 1),
        },
    );
    assert!(
        matches!(e, SessionError::FirstSessionExists { existing: S, .. }),
        "{e}"
    );
}

/// Rule: 组织法2022 第十四条第三款 — 10 of 46 deputies qualify an interim-session proposal.
#[test]
fn interim_proposal_signatures() {
    let mut l = term();
    let interim = SessionId::from_u128(950);
    let sign = SessionCommand::SignInterimProposal { session: interim };
    for n in 1..=9 {
        ok(&mut l, Actor::deputy(d(n)), 10, sign.clone());
    }
    let p = l.state().sessions().interim_proposal(interim).cloned();
    assert_eq!(
        p.as_ref().map(|p| (p.required, p.qualified())),
        Some((10, false))
    );
    let e = refused(&mut l, Actor::deputy(d(9)), 10, sign.clone());
    assert_eq!(
        e,
        SessionError::AlreadySigned {
            deputy: d(9),
            session: interim
        }
    );
    let e = refused(&mut l, Actor::deputy(d(99)), 10, sign.clone());
    assert_eq!(
        e,
        SessionError::NotServing {
            deputy: d(99),
            on: date(1, 10)
        }
    );
    ok(&mut l, Actor::deputy(d(10)), 10, sign);
    let p = l.state().sessions().interim_proposal(interim).cloned();
    assert_eq!(p.map(|p| p.qualified()), Some(true));
}

/// Rule: 代表法2025 第六十二条 — closing records absences without leave; leave by the chair.
#[test]
fn closing_records_unexcused_absences() {
    let mut l = sitting(44);
    call(&mut l, Post::Chair, 1);
    nominate_presidium(&mut l, 1);
    assert!(fix(&mut l).is_ok());
    ok(
        &mut l,
        staff(),
        10,
        count_ballots(44, vec![tally(1, 40, 2, 2)], vec![]),
    );
    let leave = SessionCommand::RecordAttendance {
        session: S,
        deputy: d(45),
        attendance: Attendance::OnLeave,
    };
    let e = refused(&mut l, Actor::deputy(d(2)), 10, leave.clone());
    assert!(
        e.to_string()
            .contains("only the chair or a vice-chair may (代表法2025 第十三条第一款)"),
        "{e}"
    );
    ok(&mut l, Actor::deputy(d(1)), 10, leave);
    ok(
        &mut l,
        Actor::Presidium {},
        11,
        SessionCommand::CloseSession { session: S },
    );
    assert_eq!(l.roster().unexcused_absences(d(46)), 1);
    assert_eq!(l.roster().unexcused_absences(d(45)), 0);
    assert_eq!(l.roster().unexcused_absences(d(44)), 0);
    assert_eq!(l.state().sessions().sitting_on(date(1, 12)), None);
    assert_eq!(l.state().sessions().sitting_on(date(1, 11)), Some(S));
}

/// The minutes replay to the same state; an edited log is refused with its position.
#[test]
fn replay_and_edited_logs() {
    let mut l = sitting(40);
    vote_item(&mut l, 10, 10, Subject::Resolution {}, 1..=23);
    call(&mut l, Post::Chair, 1);
    nominate_presidium(&mut l, 30);
    assert!(fix(&mut l).is_ok());
    ok(
        &mut l,
        staff(),
        10,
        count_ballots(40, vec![tally(30, 30, 5, 3)], vec![]),
    );
    ok(
        &mut l,
        Actor::Presidium {},
        11,
        SessionCommand::CloseSession { session: S },
    );
    let again = Ledger::replay(Rulebook::NATIONAL, l.events()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        serde_json::to_string(again.state()).unwrap_or_default(),
        serde_json::to_string(l.state()).unwrap_or_default()
    );

    // Edit the failed vote's tally so that it passes.
    let mut log = l.events().to_vec();
    let pos = log
        .iter()
        .position(|r| {
            matches!(&r.event, Event::Session(SessionEvent::VoteClosed { item, .. })
                if *item == ItemId::from_u128(10))
        })
        .unwrap_or_default();
    if let Some(Event::Session(SessionEvent::VoteClosed { result, .. })) =
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
    let mut log = l.events().to_vec();
    let pos = log
        .iter()
        .position(|r| {
            matches!(&r.event, Event::Session(SessionEvent::VoteCast { item, .. })
                if *item == ItemId::from_u128(10))
        })
        .unwrap_or_default();
    if let Some(rec) = log.get_mut(pos) {
        rec.actor = Actor::deputy(d(41));
        if let Event::Session(SessionEvent::VoteCast { deputy, .. }) = &mut rec.event {
            *deputy = d(41);
        }
    }
    match Ledger::replay(Rulebook::NATIONAL, &log) {
        Err(Error::Ledger(LedgerError::Replay {
            position, error, ..
        })) => {
            assert_eq!(position, pos);
            assert_eq!(
                *error,
                Error::Session(SessionError::NotPresent { deputy: d(41) })
            );
        }
        other => panic!("{other:?}"),
    }
}

/// Rule: 组织法2022 第十九条第一款 — the session's presidium is the elected list (needs the
/// presidium module's `elect_members`).
#[test]
fn the_session_elects_its_presidium() {
    let l = sitting(40);
    let members: BTreeSet<DeputyId> = l.state().presidium().members_at(l.roster(), date(1, 10));
    assert_eq!(members, (1..=9).map(d).collect());
}

/// Staff record deputy `n` present or absent without leave on 10 January.
fn mark(l: &mut Ledger, n: u128, attendance: Attendance) {
    ok(
        l,
        staff(),
        10,
        SessionCommand::RecordAttendance {
            session: S,
            deputy: d(n),
            attendance,
        },
    );
}

/// Asserts a refusal is exactly `expected` and that its message cites `citation`.
fn assert_refusal(e: &SessionError, expected: &SessionError, citation: &str) {
    assert_eq!(e, expected);
    assert!(e.to_string().contains(citation), "{e}");
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
        citation: Rulebook::NATIONAL.session_quorum.citation.clone(),
    };
    let cite = "组织法2022 第十四条第四款";
    let mut l = sitting(31);
    mark(&mut l, 31, Attendance::Absent);
    let call_chair = SessionCommand::CallElection {
        session: S,
        election: E,
        post: Post::Chair,
        seats: 1,
        margin: None,
        by_election: false,
    };
    let e = refused(&mut l, Actor::Presidium {}, 10, call_chair.clone());
    assert_refusal(&e, &short, cite);
    mark(&mut l, 31, Attendance::Present);
    ok(&mut l, Actor::Presidium {}, 10, call_chair);
    nominate_presidium(&mut l, 40);
    nominate_jointly(&mut l, 41, 10..=19);
    nominate_jointly(&mut l, 42, 20..=29);
    mark(&mut l, 31, Attendance::Absent);
    let fix_cmd = SessionCommand::FixCandidates {
        session: S,
        election: E,
    };
    let e = refused(&mut l, Actor::Presidium {}, 10, fix_cmd);
    assert_refusal(&e, &short, cite);
    let primary = SessionCommand::CountPrimary {
        session: S,
        election: E,
        counts: vec![
            CandidateVotes::new(who(40), 20),
            CandidateVotes::new(who(41), 8),
            CandidateVotes::new(who(42), 2),
        ],
    };
    let e = refused(&mut l, staff(), 10, primary.clone());
    assert_refusal(&e, &short, cite);
    mark(&mut l, 31, Attendance::Present);
    ok(&mut l, staff(), 10, primary);
    mark(&mut l, 31, Attendance::Absent);
    let ballots = count_ballots(30, vec![tally(40, 28, 1, 1), tally(41, 2, 20, 8)], vec![]);
    let e = refused(&mut l, staff(), 10, ballots);
    assert_refusal(&e, &short, cite);
    assert_eq!(l.roster().chair_at(date(1, 10)), None);
}

/// Rule: 组织法2022 第二十条 — a first session dated 4 March (the last day) cannot open before
/// its date, nor after the two months have run out.
#[test]
fn first_session_opens_on_its_date_within_the_window() {
    let mut l = term();
    ok(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::ConveneFirstSession {
            session: S,
            opens_on: date(3, 4),
        },
    );
    present(&mut l, 10, 1..=31);
    let open = SessionCommand::OpenSession { session: S };
    let on = |m: u32, day: u32| {
        Utc.with_ymd_and_hms(2026, m, day, 2, 0, 0)
            .single()
            .unwrap_or_default()
    };
    let e = refused_at(&mut l, Actor::Presidium {}, on(3, 3), open.clone());
    assert_eq!(
        e,
        SessionError::TooEarly {
            session: S,
            opens_on: date(3, 4),
            today: date(3, 3),
        }
    );
    let e = refused_at(&mut l, Actor::Presidium {}, on(3, 5), open.clone());
    assert_refusal(
        &e,
        &SessionError::FirstSessionLate {
            opens_on: date(3, 5),
            deadline: date(3, 4),
            completed: date(1, 4),
            months: 2,
            citation: Rulebook::NATIONAL
                .first_session_within_months
                .citation
                .clone(),
        },
        "组织法2022 第二十条",
    );
    if let Err(e) = l.execute(Envelope::new(
        Actor::Presidium {},
        on(3, 4),
        Command::Session(open),
    )) {
        panic!("opening on the last day refused: {e}");
    }
    assert_eq!(l.state().sessions().sitting_on(date(3, 4)), Some(S));
}

/// Rule: 组织法2022 第二十条 — "选举完成后": not on the day the election completed.
#[test]
fn first_session_not_on_the_election_day() {
    let mut l = term();
    let e = refused(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::ConveneFirstSession {
            session: S,
            opens_on: date(1, 4),
        },
    );
    assert_refusal(
        &e,
        &SessionError::FirstSessionEarly {
            opens_on: date(1, 4),
            completed: date(1, 4),
            citation: Rulebook::NATIONAL
                .first_session_within_months
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
    let mut l = sitting(46);
    put(&mut l, 10, 10, Subject::Resolution {});
    cast(&mut l, 10, 10, 1..=24, Choice::For);
    cast(&mut l, 10, 10, [25], Choice::Against);
    mark(&mut l, 24, Attendance::Absent);
    mark(&mut l, 25, Attendance::Absent);
    ok(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::CloseVote {
            session: S,
            item: ItemId::from_u128(10),
        },
    );
    let r = item_result(&l, 10);
    assert_eq!((r.votes_for, r.votes_against, r.required), (23, 0, 24));
    assert!(!r.passed);
    assert_eq!(r.margin, Margin::Short { by: 1 });
}

/// Rule: 选举法2020 第五十五条 — a deputy who voted and whose resignation took effect before
/// the close no longer counts: 23 voted for, 22 count against 23 of the 45 left.
#[test]
fn votes_of_deputies_who_resigned_before_the_close_do_not_count() {
    let mut l = sitting(46);
    put(&mut l, 11, 11, Subject::Budget {});
    cast(&mut l, 11, 11, 18..=40, Choice::For);
    vote_item(
        &mut l,
        11,
        10,
        Subject::AcceptResignation { deputy: d(40) },
        1..=24,
    );
    assert!(!l.roster().is_serving(d(40), date(1, 11)));
    ok(
        &mut l,
        Actor::Presidium {},
        11,
        SessionCommand::CloseVote {
            session: S,
            item: ItemId::from_u128(11),
        },
    );
    let r = item_result(&l, 11);
    assert_eq!((r.votes_for, r.required, r.all_deputies), (22, 23, 45));
    assert!(!r.passed, "{r}");
}

/// Rule: 组织法2022 第十四条第三款 — deputies propose an interim session; they cannot sign a
/// "proposal" for the term's first session.
#[test]
fn no_interim_proposal_for_another_kind_of_session() {
    let mut l = term();
    ok(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::ConveneFirstSession {
            session: S,
            opens_on: date(1, 15),
        },
    );
    let e = refused(
        &mut l,
        Actor::deputy(d(1)),
        10,
        SessionCommand::SignInterimProposal { session: S },
    );
    assert_refusal(
        &e,
        &SessionError::NotInterim {
            session: S,
            kind: "the term's first session",
            citation: Rulebook::NATIONAL
                .interim_session_proposers
                .citation
                .clone(),
        },
        "组织法2022 第十四条第三款",
    );
    assert!(l.state().sessions().interim_proposal(S).is_none());
}

/// Rule: 组织法2022 第十八条第一款 — at most two vice-chairs: with one seat already called and
/// not yet filled, a second election may call one more seat, not two.
#[test]
fn vice_chair_seats_count_open_elections() {
    let mut l = sitting(46);
    call(&mut l, Post::ViceChair, 1);
    let second = |seats| SessionCommand::CallElection {
        session: S,
        election: ElectionId::from_u128(701),
        post: Post::ViceChair,
        seats,
        margin: None,
        by_election: false,
    };
    let e = refused(&mut l, Actor::Presidium {}, 10, second(2));
    assert_refusal(
        &e,
        &SessionError::Seats {
            post: Post::ViceChair,
            seats: 2,
            max: 1,
            citation: Rulebook::NATIONAL.vice_chairs_max.citation.clone(),
        },
        "组织法2022 第十八条第一款",
    );
    ok(&mut l, Actor::Presidium {}, 10, second(1));
    let e = refused(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::CallElection {
            session: S,
            election: ElectionId::from_u128(702),
            post: Post::ViceChair,
            seats: 1,
            margin: None,
            by_election: false,
        },
    );
    assert!(matches!(e, SessionError::Seats { max: 0, .. }), "{e}");
}

/// Rule: 组织法2022 第二十七条第一款 — the election measures fix the margin for vice posts
/// ("具体差额数"): with a margin of 1, two seats take exactly 3 candidates and a primary of 4
/// nominees cuts to 3; a margin outside 1..=3, or any margin for the chair, is refused.
#[test]
fn a_fixed_margin_bounds_the_candidates() {
    let cite = "组织法2022 第二十七条第一款";
    let citation = Rulebook::NATIONAL
        .vice_candidates_extra_min
        .citation
        .clone();
    let call_with = |post, seats, margin| SessionCommand::CallElection {
        session: S,
        election: E,
        post,
        seats,
        margin,
        by_election: false,
    };
    let mut l = sitting(46);
    for m in [0, 4] {
        let e = refused(
            &mut l,
            Actor::Presidium {},
            10,
            call_with(Post::ViceChair, 2, Some(m)),
        );
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
    let e = refused(
        &mut l,
        Actor::Presidium {},
        10,
        call_with(Post::Chair, 1, Some(1)),
    );
    assert_refusal(
        &e,
        &SessionError::MarginNotAllowed {
            post: Post::Chair,
            margin: 1,
            citation: Rulebook::NATIONAL
                .head_candidates_extra_max
                .citation
                .clone(),
        },
        cite,
    );
    ok(
        &mut l,
        Actor::Presidium {},
        10,
        call_with(Post::ViceChair, 2, Some(1)),
    );
    nominate_presidium(&mut l, 40);
    nominate_presidium(&mut l, 41);
    nominate_jointly(&mut l, 42, 10..=19);
    nominate_jointly(&mut l, 43, 10..=19);
    let e = refused(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::FixCandidates {
            session: S,
            election: E,
        },
    );
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
    ok(
        &mut l,
        staff(),
        10,
        SessionCommand::CountPrimary {
            session: S,
            election: E,
            counts: [(40, 30), (41, 29), (42, 28), (43, 5)]
                .into_iter()
                .map(|(c, v)| CandidateVotes::new(who(c), v))
                .collect(),
        },
    );
    assert_eq!(
        status(&l),
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
    let mut l = term();
    ok(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::ConveneFirstSession {
            session: S,
            opens_on: date(1, 10),
        },
    );
    present(&mut l, 10, 1..=40);
    ok(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::OpenSession { session: S },
    );
    let call_chair = SessionCommand::CallElection {
        session: S,
        election: E,
        post: Post::Chair,
        seats: 1,
        margin: None,
        by_election: false,
    };
    let e = refused(&mut l, Actor::Presidium {}, 10, call_chair.clone());
    assert_refusal(
        &e,
        &SessionError::PreparationsMissing {
            missing: "the session must elect its presidium",
            basis: township_congress::rulebook::Citation::organic(19, Some(1)).into(),
        },
        "组织法2022 第十九条第一款",
    );
    vote_item(
        &mut l,
        10,
        1,
        Subject::PresidiumElection {
            members: (1..=9).map(d).collect(),
        },
        1..=31,
    );
    let e = refused(&mut l, Actor::Presidium {}, 10, call_chair.clone());
    assert_refusal(
        &e,
        &SessionError::PreparationsMissing {
            missing: "the session must adopt its agenda",
            basis: township_congress::rulebook::Citation::organic(19, Some(1)).into(),
        },
        "组织法2022 第十九条第一款",
    );
    vote_item(&mut l, 10, 2, Subject::Agenda {}, 1..=31);
    ok(&mut l, Actor::Presidium {}, 10, call_chair);
}

/// Rule: 组织法2022 第二十五条, 第二十八条, 第二十九条第二款 — a session does not close with a
/// roll vote open or mid-ballot; a seat left unfilled may wait for the next session.
#[test]
fn closing_waits_for_open_votes_and_ballots() {
    let mut l = sitting(46);
    let close = SessionCommand::CloseSession { session: S };
    put(&mut l, 10, 10, Subject::Resolution {});
    cast(&mut l, 10, 10, 1..=30, Choice::For);
    let e = refused(&mut l, Actor::Presidium {}, 11, close.clone());
    assert_refusal(
        &e,
        &SessionError::VoteStillOpen {
            item: ItemId::from_u128(10),
            citation: Rulebook::NATIONAL.adoption.citation.clone(),
        },
        "组织法2022 第二十五条",
    );
    ok(
        &mut l,
        Actor::Presidium {},
        10,
        SessionCommand::CloseVote {
            session: S,
            item: ItemId::from_u128(10),
        },
    );
    call(&mut l, Post::Chair, 1);
    nominate_presidium(&mut l, 40);
    assert!(fix(&mut l).is_ok());
    let e = refused(&mut l, Actor::Presidium {}, 11, close.clone());
    assert_refusal(
        &e,
        &SessionError::BallotPending {
            election: E,
            citation: township_congress::rulebook::Citation::organic(28, None),
        },
        "组织法2022 第二十八条",
    );
    // Too few votes: the seat goes back to nomination and may wait for the next session.
    ok(
        &mut l,
        staff(),
        10,
        count_ballots(46, vec![tally(40, 23, 20, 3)], vec![]),
    );
    assert_eq!(status(&l), Some(ElectionStatus::Nominating {}));
    ok(&mut l, Actor::Presidium {}, 11, close);
    assert_eq!(l.state().sessions().sitting_on(date(1, 12)), None);
}

/// An item nobody has voted on stays undecided and does not keep the session from closing
/// (a session that lost its quorum could otherwise never close).
#[test]
fn an_undecided_item_without_votes_does_not_block_closing() {
    let mut l = sitting(46);
    put(&mut l, 10, 10, Subject::Resolution {});
    ok(
        &mut l,
        Actor::Presidium {},
        11,
        SessionCommand::CloseSession { session: S },
    );
}
