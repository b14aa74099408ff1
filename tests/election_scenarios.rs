//! Elections of officers as the statute has them (组织法2022 第二十六条—第三十条, 第七十条),
//! each at its boundary: seats left unfilled elected again from the first ballot's ranking, the
//! re-vote among the tied, a by-election only for a vacancy, the head of a 民族乡, and a winner
//! whose posts conflict. Every township comes from the one fixture builder (`tests/common`).

mod common;

use common::{S1, Town, day, dep, deputy, election, presidium, staff, who};
use township_congress::ids::SessionId;
use township_congress::roster::{Officeholder, Post, TerminationGround, TownshipKind};
use township_congress::rulebook::{RevoteRule, Rule, RulebookOverrides, RulebookProfile};
use township_congress::session::{
    CandidateTally, CandidateVotes, ElectionStatus, Nominator, SessionCommand, SessionError,
};
use township_congress::{Actor, Citation, RosterChange, Rulebook};

/// A ballot of election 1 at `session`: every present deputy returns one; `votes` gives each
/// candidate's votes for, the rest of the ballots mark against.
fn count(t: &Town, session: SessionId, votes: &[(u32, u32)]) -> SessionCommand {
    let returned = u32::try_from(t.present(session).len()).unwrap_or(0);
    SessionCommand::CountBallots {
        session,
        election: election(1),
        ballots_returned: returned,
        tallies: votes
            .iter()
            .map(|&(c, v)| CandidateTally::new(who(c), v, returned - v, 0))
            .collect(),
        write_ins: Vec::new(),
    }
}

fn status(t: &Town, session: SessionId) -> Option<ElectionStatus> {
    t.ledger
        .state()
        .sessions()
        .get(session)
        .and_then(|s| s.elections.get(&election(1)))
        .map(|e| e.status.clone())
}

fn from_ranking(candidates: u32) -> SessionCommand {
    SessionCommand::FixCandidatesFromRanking {
        session: S1,
        election: election(1),
        candidates,
    }
}

/// Two vice-chair seats with A (40) and B (41) nominated by the presidium and C (42), D (43)
/// by ten deputies each; the first ballot's votes for are `votes`.
fn vice_chairs_first_ballot(votes: [u32; 4]) -> Town {
    let mut t = Town::with_deputies(46).first_session_open();
    t.call(S1, election(1), Post::ViceChair, 2);
    t.nominate(S1, election(1), who(40));
    t.nominate(S1, election(1), who(41));
    t.nominate_jointly(S1, election(1), who(42), 10..=19);
    t.nominate_jointly(S1, election(1), who(43), 20..=29);
    t.fix(S1, election(1));
    let ballot = count(
        &t,
        S1,
        &[
            (40, votes[0]),
            (41, votes[1]),
            (42, votes[2]),
            (43, votes[3]),
        ],
    );
    t.ok(staff(), ballot);
    t
}

/// Rule: 组织法2022 第二十九条第二、三款 — 2 seats, 24 of 46 needed: A 30, B 22, C 20, D 10
/// fills one. The presidium may nominate only one more (its cap is the open seats), but the
/// remaining seat may take its candidates from the first ballot's ranking, B and C, exempt
/// from the cap and with the 差额 of a vice post (at least one more than the seats).
#[test]
fn seats_left_unfilled_take_candidates_from_the_first_ranking() {
    let mut t = vice_chairs_first_ballot([30, 22, 20, 10]);
    assert_eq!(t.ledger.roster().vice_chairs_at(day(1, 15)), vec![dep(40)]);
    assert_eq!(status(&t, S1), Some(ElectionStatus::Nominating {}));
    // One candidate for one vice seat is no 差额.
    let e = t.refused_session(presidium(), from_ranking(1));
    assert!(
        matches!(
            e,
            SessionError::CandidateCount {
                seats: 1,
                min: 2,
                got: 1,
                ..
            }
        ),
        "{e}"
    );
    // More than the ranking holds.
    let e = t.refused_session(presidium(), from_ranking(4));
    assert!(
        matches!(
            e,
            SessionError::RankingShort {
                available: 3,
                candidates: 4,
                ..
            }
        ),
        "{e}"
    );
    // Only the presidium fixes candidates.
    let e = t.refused_session(deputy(5), from_ranking(2));
    assert!(matches!(e, SessionError::Forbidden(_)), "{e}");
    t.ok(presidium(), from_ranking(2));
    assert_eq!(
        status(&t, S1),
        Some(ElectionStatus::Balloting {
            candidates: vec![who(41), who(42)],
            seats: 1,
            revote: false,
        })
    );
    let ballot = count(&t, S1, &[(41, 25), (42, 15)]);
    t.ok(staff(), ballot);
    assert_eq!(
        t.ledger.roster().vice_chairs_at(day(1, 15)),
        vec![dep(40), dep(41)]
    );
    assert_eq!(status(&t, S1), Some(ElectionStatus::Completed {}));
    t.replayed();
}

/// Rule: 组织法2022 第二十九条第二款 — a tie across the cut of the ranking is refused (take
/// more or nominate anew): C and D tie at 20 behind B.
#[test]
fn a_tie_at_the_cut_of_the_ranking_is_refused() {
    let mut t = vice_chairs_first_ballot([30, 22, 20, 20]);
    let e = t.refused_session(presidium(), from_ranking(2));
    assert_eq!(
        e,
        SessionError::RankingTie {
            votes: 20,
            candidates: 2,
            citation: Citation::organic(29, Some(2)),
        }
    );
    assert!(e.to_string().contains("组织法2022 第二十九条第二款"), "{e}");
    t.ok(presidium(), from_ranking(3));
    assert!(matches!(
        status(&t, S1),
        Some(ElectionStatus::Balloting { seats: 1, .. })
    ));
}

/// 2 vice seats, deputies 1..=40 present (24 of 46 needed): A 30, B 25, C 25 → A elected,
/// B and C tied for the last seat; the re-vote gives B 20, C 16.
fn tied_then_revoted(rules: Rulebook) -> Town {
    let mut t = Town::with_deputies(46)
        .rules(rules)
        .first_session_open_with(1..=40);
    t.call(S1, election(1), Post::ViceChair, 2);
    t.nominate(S1, election(1), who(30));
    t.nominate(S1, election(1), who(31));
    t.nominate_jointly(S1, election(1), who(32), 10..=19);
    t.fix(S1, election(1));
    let ballot = count(&t, S1, &[(30, 30), (31, 25), (32, 25)]);
    t.ok(staff(), ballot);
    assert_eq!(
        status(&t, S1),
        Some(ElectionStatus::Balloting {
            candidates: vec![who(31), who(32)],
            seats: 1,
            revote: true,
        })
    );
    let revote = count(&t, S1, &[(31, 20), (32, 16)]);
    t.ok(staff(), revote);
    t
}

/// Rule: 组织法2022 第二十九条第一款 — "就票数相等的人再次投票，以得票多的当选": B, with 20
/// votes (short of 24), wins the re-vote under the statute.
#[test]
fn the_revote_elects_the_one_with_more_votes() {
    let t = tied_then_revoted(Rulebook::NATIONAL);
    assert_eq!(
        t.ledger.roster().vice_chairs_at(day(1, 15)),
        vec![dep(30), dep(31)]
    );
    assert_eq!(status(&t, S1), Some(ElectionStatus::Completed {}));
    t.replayed();
}

/// A province that requires a majority of all deputies in the re-vote as well: B's 20 of the
/// 24 needed leaves the seat unfilled.
#[test]
fn a_majority_profile_leaves_the_revoted_seat_unfilled() {
    let mut overrides = RulebookOverrides::default();
    overrides.revote_rule = Some(Rule::provincial(
        RevoteRule::MajorityOfAll,
        Citation::new("某省乡镇人民代表大会选举实施细则", 2020, 12, None),
    ));
    let rules = Rulebook::NATIONAL
        .with_profile(RulebookProfile::new("某省", overrides))
        .expect("a stricter re-vote is allowed");
    let t = tied_then_revoted(rules);
    assert_eq!(t.ledger.roster().vice_chairs_at(day(1, 15)), vec![dep(30)]);
    assert_eq!(status(&t, S1), Some(ElectionStatus::Nominating {}));
}

fn by_election(session: SessionId, seats: u32) -> SessionCommand {
    SessionCommand::CallElection {
        session,
        election: election(1),
        post: Post::ViceChair,
        seats,
        margin: None,
        by_election: true,
    }
}

/// Rule: 组织法2022 第三十条 — a by-election (补选, candidates may equal seats) fills a post
/// that was filled and fell vacant (出缺); a seat never filled is elected again with its 差额
/// (第二十九条第三款). One vice-chair seated, the second never filled: no vacancy until the
/// seated vice-chair dies; then one, not two.
#[test]
fn a_by_election_fills_only_a_vacancy() {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .vice_chairs(&[2])
        .first_session_open();
    let s2 = SessionId::from_u128(902);
    t.second_session(s2, 1..=46);
    let refused = |t: &mut Town, seats, vacancies| {
        let e = t.refused_session(presidium(), by_election(s2, seats));
        assert_eq!(
            e,
            SessionError::NotAVacancy {
                post: Post::ViceChair,
                seats,
                vacancies,
                citation: Citation::organic(30, None),
            }
        );
    };
    refused(&mut t, 1, 0);
    t.on(4, 21);
    t.ok(
        Actor::CredentialsCommittee {},
        RosterChange::MandateTerminated {
            deputy: dep(2),
            on: day(4, 21),
            ground: TerminationGround::Died,
        },
    );
    assert_eq!(
        t.ledger.roster().vacancies_at(Post::ViceChair, day(4, 21)),
        1
    );
    refused(&mut t, 2, 1);
    t.ok(presidium(), by_election(s2, 1));
    // As many candidates as seats.
    t.nominate(s2, election(1), who(20));
    t.fix(s2, election(1));
    let ballot = count(&t, s2, &[(20, 40)]);
    t.ok(staff(), ballot);
    assert_eq!(t.ledger.roster().vice_chairs_at(day(4, 21)), vec![dep(20)]);
    t.replayed();
}

fn nominate_head(name: &str, ethnicity: Option<&str>) -> SessionCommand {
    SessionCommand::Nominate {
        session: S1,
        election: election(1),
        candidate: Officeholder::Citizen { name: name.into() },
        nominator: Nominator::Presidium {},
        ethnicity: ethnicity.map(str::to_owned),
    }
}

/// Rule: 组织法2022 第七十条第三款 — "民族乡的乡长由建立民族乡的少数民族公民担任": a head
/// candidate in a 畲族乡 states an ethnicity among its minorities; a write-in likewise.
#[test]
fn an_ethnic_townships_head_is_of_its_minority() {
    let mut t = Town::with_deputies(46)
        .kind(TownshipKind::EthnicTownship)
        .ethnic(&["畲族"])
        .first_session_open();
    t.call(S1, election(1), Post::TownshipHead, 1);
    for (ethnicity, stated) in [(None, "not stated"), (Some("汉族"), "汉族")] {
        let e = t.refused_session(presidium(), nominate_head("雷建华", ethnicity));
        assert_eq!(
            e,
            SessionError::HeadNotOfMinority {
                candidate: "雷建华".into(),
                ethnicity: stated.into(),
                minorities: vec!["畲族".into()],
                citation: Citation::organic(70, Some(3)),
            }
        );
        assert!(e.to_string().contains("组织法2022 第七十条第三款"), "{e}");
    }
    t.ok(presidium(), nominate_head("雷建华", Some("畲族")));
    t.fix(S1, election(1));
    let write_in = |ethnicity: Option<&str>| {
        let mut votes = CandidateVotes::new(
            Officeholder::Citizen {
                name: "钟明".into(),
            },
            3,
        );
        if let Some(e) = ethnicity {
            votes = votes.with_ethnicity(e);
        }
        SessionCommand::CountBallots {
            session: S1,
            election: election(1),
            ballots_returned: 46,
            tallies: vec![CandidateTally::new(
                Officeholder::Citizen {
                    name: "雷建华".into(),
                },
                40,
                3,
                0,
            )],
            write_ins: vec![votes],
        }
    };
    let e = t.refused_session(staff(), write_in(None));
    assert!(matches!(e, SessionError::HeadNotOfMinority { .. }), "{e}");
    t.ok(staff(), write_in(Some("畲族")));
    assert_eq!(
        t.ledger.roster().holders_at(Post::TownshipHead, day(1, 15)),
        vec![&Officeholder::Citizen {
            name: "雷建华".into()
        }]
    );
}

/// Rule: 组织法2022 第十八条第二款 — a deputy head elected vice-chair "必须向本级人民代表大会
/// 辞去主席、副主席的职务": the count is a fact and is recorded; the conflict is listed and the
/// winner cannot act as vice-chair until one post ends.
#[test]
fn a_winner_with_a_government_post_is_seated_and_the_conflict_listed() {
    let mut t = Town::with_deputies(46).build();
    t.ok(
        presidium(),
        RosterChange::OfficerSeated {
            post: Post::DeputyHead,
            holder: who(40),
            on: day(1, 5),
        },
    );
    t.convene_first(1..=46);
    t.prepare_and_open(S1, &[1, 2, 3, 4, 5, 6, 7, 8, 9]);
    t.call(S1, election(1), Post::ViceChair, 1);
    t.nominate(S1, election(1), who(40));
    t.nominate_jointly(S1, election(1), who(41), 10..=19);
    t.fix(S1, election(1));
    let ballot = count(&t, S1, &[(40, 30), (41, 16)]);
    t.ok(staff(), ballot);
    let roster = t.ledger.roster();
    assert_eq!(roster.vice_chairs_at(day(1, 15)), vec![dep(40)]);
    let conflicts = roster.conflicts_at(day(1, 15));
    assert_eq!(conflicts.len(), 1);
    assert_eq!(
        (conflicts[0].deputy, conflicts[0].post),
        (dep(40), Post::ViceChair)
    );
    assert_eq!(conflicts[0].citation, Citation::organic(18, Some(2)));
    assert!(!roster.acts_as(dep(40), Post::ViceChair, day(1, 15)));
    t.replayed();
}
