//! Recall of officers (罢免案) through the ledger: moved in session by the presidium or a fifth
//! of all deputies, with reasons; the officer's defence; the tellers' count with the quorum
//! present; a majority of all deputies vacates the post in the same entry. Each test cites
//! its rule.

mod common;
mod proposal_fixtures;

use common::{S1, Town, day, deputy, election, presidium, staff, who};
use proposal_fixtures::{p, proposal_error, recall};
use township_congress::proposal::{
    Act, DefenceForum, ProposalCommand, ProposalError, RecallStatus, Role, Stage,
};
use township_congress::roster::{OfficeEnd, Officeholder, Post};
use township_congress::rulebook::Citation;
use township_congress::session::Attendance;
use township_congress::{Event, Ledger, RosterChange};

fn town(n: u32) -> Town {
    Town::with_deputies(n)
        .chair(1)
        .vice_chairs(&[2])
        .first_session_open()
}

fn count(returned: u32, yes: u32, no: u32, abstain: u32) -> ProposalCommand {
    ProposalCommand::CountRecallBallots {
        proposal: p(1),
        ballots_returned: returned,
        votes_for: yes,
        votes_against: no,
        abstentions: abstain,
    }
}

/// Deputy 10 drafts a recall of vice-chair 2, signed by 11..=20 (11 in all), lodged and put.
fn put_to_vote(t: &mut Town) {
    t.draft_signed(recall(1, S1, Post::ViceChair, who(2)), 10, 11..=20);
    t.submit_by(deputy(10), p(1));
    t.ok(
        presidium(),
        ProposalCommand::PutRecallToVote { proposal: p(1) },
    );
}

/// Rule: 组织法2022 第三十一条第二款 — one fifth of all deputies: of 52, 11; 10 are refused.
#[test]
fn a_fifth_of_52_deputies_is_11() {
    let mut t = town(52);
    t.draft_signed(recall(1, S1, Post::ViceChair, who(2)), 10, 11..=19);
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    match &e {
        ProposalError::TooFewSigners {
            needed, got, basis, ..
        } => {
            assert_eq!((*needed, *got), (11, 10));
            assert_eq!(basis.citation, Citation::organic(31, Some(2)));
        }
        other => panic!("expected TooFewSigners, got {other:?}"),
    }
    t.ok(deputy(20), ProposalCommand::Sign { proposal: p(1) });
    t.submit_by(deputy(10), p(1));
}

/// Rule: reasons stated (第三十一条第三款); the officer holds the post; only in session.
#[test]
fn a_recall_states_reasons_names_an_officer_and_is_moved_in_session() {
    let mut t = town(46);
    let mut blank = recall(1, S1, Post::ViceChair, who(2));
    if let ProposalCommand::DraftRecall { reasons, .. } = &mut blank {
        *reasons = String::new();
    }
    let e = proposal_error(t.refused(deputy(10), blank));
    assert!(
        matches!(e, ProposalError::EmptyText { ref citation, .. } if *citation == Citation::organic(31, Some(3))),
        "{e:?}"
    );
    let e = proposal_error(t.refused(deputy(10), recall(1, S1, Post::DeputyHead, who(5))));
    assert!(
        matches!(
            e,
            ProposalError::NotInOffice {
                post: Post::DeputyHead,
                ..
            }
        ),
        "{e:?}"
    );
    t.draft_signed(recall(1, S1, Post::ViceChair, who(2)), 10, 11..=20);
    t.on(1, 16);
    t.close(S1);
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    assert!(matches!(e, ProposalError::NotInSession { .. }), "{e:?}");
}

/// Rule: 组织法2022 第三十一条第四款 — the officer defends at a presidium meeting, the plenary
/// or in writing; the presidium circulates the first and the last.
#[test]
fn the_officer_may_defend_themselves() {
    let mut t = town(46);
    put_to_vote(&mut t);
    let defend = |forum| ProposalCommand::RecordDefence {
        proposal: p(1),
        forum,
        summary: "所列事实与实际不符".into(),
    };
    let e = proposal_error(t.refused(deputy(3), defend(DefenceForum::Written)));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::TargetOrStaff,
                ..
            }
        ),
        "{e:?}"
    );
    t.ok(deputy(2), defend(DefenceForum::Written));
    t.ok(staff(), defend(DefenceForum::Plenary));
    let r = t
        .ledger
        .state()
        .proposals()
        .recall(p(1))
        .cloned()
        .expect("recall");
    assert_eq!(
        r.defences.iter().map(|d| d.circulated).collect::<Vec<_>>(),
        vec![true, false]
    );
}

/// Rule: a majority of all deputies (组织法2022 第二十五条; 重庆 实施办法 第十八条): 26 of 52 fail,
/// 27 pass, and the post is vacated in the same entry.
#[test]
fn a_recall_fails_short_of_a_majority_of_all_and_passes_with_it() {
    let mut t = town(52);
    put_to_vote(&mut t);
    let rec = t.ok(staff(), count(52, 26, 24, 2));
    assert!(rec.effects.is_empty());
    let r = t
        .ledger
        .state()
        .proposals()
        .recall(p(1))
        .cloned()
        .expect("recall");
    assert_eq!(
        r.status,
        RecallStatus::Failed {
            on: day(1, 15),
            votes_for: 26,
            required: 27
        }
    );
    let e = proposal_error(t.refused(staff(), count(52, 27, 23, 2)));
    assert!(
        matches!(
            e,
            ProposalError::IllegalTransition {
                stage: Stage::Failed,
                act: Act::Count,
                ..
            }
        ),
        "{e:?}"
    );

    let mut t = town(52);
    put_to_vote(&mut t);
    let rec = t.ok(staff(), count(52, 27, 23, 2));
    assert_eq!(
        rec.effects,
        vec![Event::Roster(RosterChange::OfficeVacated {
            post: Post::ViceChair,
            holder: who(2),
            on: day(1, 15),
            reason: OfficeEnd::Recalled
        })]
    );
    assert!(t.ledger.roster().vice_chairs_at(day(1, 15)).is_empty());
    // The vacated post cannot be stated by hand, nor dropped from the log.
    let mut log = t.ledger.events().to_vec();
    if let Some(last) = log.last_mut() {
        last.effects.clear();
    }
    assert!(Ledger::replay(t.ledger.rules().clone(), &log).is_err());
}

/// Rule: only the tellers count, with the quorum present (组织法2022 第十四条第四款); the marks
/// add up; more ballots returned than issued voids the round.
#[test]
fn the_tellers_count_with_the_quorum_present() {
    let mut t = town(52);
    put_to_vote(&mut t);
    let e = proposal_error(t.refused(presidium(), count(52, 27, 23, 2)));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::Staff,
                ..
            }
        ),
        "{e:?}"
    );
    let e = proposal_error(t.refused(staff(), count(52, 27, 23, 1)));
    assert_eq!(
        e,
        ProposalError::BallotsDoNotAddUp {
            returned: 52,
            marked: 51
        }
    );
    let rec = t.ok(staff(), count(53, 27, 23, 3));
    assert!(matches!(
        rec.event,
        Event::Proposal(township_congress::ProposalEvent::RecallRoundVoided {
            ballots_issued: 52,
            ballots_returned: 53,
            ..
        })
    ));
    for n in 35..=52 {
        t.mark(S1, n, Attendance::Absent);
    }
    let e = proposal_error(t.refused(staff(), count(34, 30, 4, 0)));
    assert!(
        matches!(
            e,
            ProposalError::QuorumNotMet {
                needed: 35,
                present: 34,
                ..
            }
        ),
        "{e:?}"
    );
}

/// Rule: the presidium may move a recall itself (组织法2022 第三十一条第二款), of the township
/// head who is not a deputy; only the presidium puts it to the vote.
#[test]
fn the_presidium_moves_a_recall_of_the_township_head() {
    let mut t = town(46);
    let head = Officeholder::Citizen {
        name: "王建国".into(),
    };
    t.elect(S1, election(1), Post::TownshipHead, head.clone());
    t.ok(presidium(), recall(1, S1, Post::TownshipHead, head.clone()));
    let e = proposal_error(t.refused(deputy(3), ProposalCommand::Sign { proposal: p(1) }));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::Proposer,
                ..
            }
        ),
        "{e:?}"
    );
    t.submit_by(presidium(), p(1));
    let e = proposal_error(t.refused(
        deputy(3),
        ProposalCommand::PutRecallToVote { proposal: p(1) },
    ));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::Presidium,
                ..
            }
        ),
        "{e:?}"
    );
    t.ok(
        presidium(),
        ProposalCommand::PutRecallToVote { proposal: p(1) },
    );
    t.ok(
        staff(),
        ProposalCommand::RecordDefence {
            proposal: p(1),
            forum: DefenceForum::PresidiumMeeting,
            summary: "申辩".into(),
        },
    );
    t.ok(staff(), count(46, 40, 5, 1));
    assert!(
        t.ledger
            .roster()
            .holders_at(Post::TownshipHead, day(1, 15))
            .is_empty()
    );
    let again = Ledger::replay(t.ledger.rules().clone(), t.ledger.events()).expect("replays");
    assert_eq!(again.state(), t.ledger.state());
}
