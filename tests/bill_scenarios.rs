//! Bills (议案) through the ledger: who may lodge one, when, with what; the presidium's
//! listing; deliberation with inquiries; withdrawal; the vote through the session; the
//! resolution's implementation report. Each test cites its rule.

mod common;
mod proposal_fixtures;

use common::{S1, Town, at, day, dep, deputy, presidium, snapshot, staff};
use proposal_fixtures::{bill, p, proposal_error, q};
use township_congress::ids::{ItemId, SessionId};
use township_congress::presidium::PresidiumDecision;
use township_congress::proposal::{
    Act, BillStatus, Organ, ProposalCommand, ProposalError, ProposalEvent, Role, Stage, TextField,
};
use township_congress::roster::TerminationGround;
use township_congress::rulebook::Citation;
use township_congress::session::{Choice, SessionCommand, Subject};
use township_congress::{Actor, Event, Ledger, RosterChange, Rulebook};

fn town() -> Town {
    Town::with_deputies(46)
        .chair(1)
        .vice_chairs(&[2])
        .units(3)
        .first_session_open()
}

/// Rule: 组织法2022 第二十二条第二款 — five deputies jointly; four are refused, five accepted.
#[test]
fn four_co_signers_are_refused_and_five_accepted() {
    let mut t = town();
    t.draft_signed(bill(1, S1), 10, [11, 12, 13]);
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    match &e {
        ProposalError::TooFewSigners {
            needed,
            got,
            short,
            basis,
            ..
        } => {
            assert_eq!((*needed, *got, *short), (5, 4, 1));
            assert_eq!(basis.citation, Citation::organic(22, Some(2)));
        }
        other => panic!("expected TooFewSigners, got {other:?}"),
    }
    assert_eq!(e.code(), "proposal.too_few_signers");
    assert_eq!(
        e.zh().to_string(),
        "须有5名以上在任代表联名，现有4名，差1名（组织法2022 第二十二条第二款）"
    );
    t.ok(deputy(14), ProposalCommand::Sign { proposal: p(1) });
    let rec = t.submit_by(deputy(10), p(1));
    match &rec.event {
        Event::Proposal(ProposalEvent::Submitted {
            signers,
            required,
            session,
            ..
        }) => {
            assert_eq!((signers.len(), *required, *session), (5, 5, Some(S1)));
        }
        other => panic!("expected Submitted, got {other:?}"),
    }
}

/// Rule: only serving deputies count on the day of lodging — a co-signer whose mandate ended
/// the day before is not counted (组织法2022 第二十二条第二款).
#[test]
fn a_co_signer_who_left_office_the_day_before_is_not_counted() {
    let mut t = town();
    t.draft_signed(bill(1, S1), 10, [11, 12, 13, 14]);
    t.on(1, 17);
    t.ok(
        Actor::CredentialsCommittee {},
        RosterChange::MandateTerminated {
            deputy: dep(14),
            on: day(1, 16),
            ground: TerminationGround::MovedOut,
        },
    );
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    assert!(
        matches!(
            e,
            ProposalError::TooFewSigners {
                needed: 5,
                got: 4,
                ..
            }
        ),
        "{e:?}"
    );
    // Nor can they sign any more.
    let e = proposal_error(t.refused(deputy(14), ProposalCommand::Sign { proposal: p(1) }));
    assert_eq!(
        e,
        ProposalError::NotServing {
            deputy: dep(14),
            on: day(1, 17),
            citation: Citation::organic(22, Some(2))
        }
    );
    t.ok(deputy(15), ProposalCommand::Sign { proposal: p(1) });
    t.submit_by(deputy(10), p(1));
}

/// Rule: each deputy signs once, in person; nobody but a deputy signs, whatever post they
/// hold (组织法2022 第二十二条第二款).
#[test]
fn nobody_signs_twice_and_only_deputies_sign() {
    let mut t = town();
    t.draft_signed(bill(1, S1), 10, [11]);
    let e = proposal_error(t.refused(deputy(11), ProposalCommand::Sign { proposal: p(1) }));
    assert_eq!(
        e,
        ProposalError::AlreadySigned {
            proposal: p(1),
            deputy: dep(11)
        }
    );
    for actor in [
        Actor::Government {},
        presidium(),
        staff(),
        Actor::Unit {
            unit: common::unit(1),
        },
    ] {
        let e = proposal_error(t.refused(actor.clone(), ProposalCommand::Sign { proposal: p(1) }));
        assert!(
            matches!(
                e,
                ProposalError::Forbidden {
                    act: Act::Sign,
                    allowed: Role::Deputy,
                    ..
                }
            ),
            "{actor:?}: {e:?}"
        );
    }
    // A deputy who is not serving (never elected) cannot sign either.
    let e = proposal_error(t.refused(deputy(99), ProposalCommand::Sign { proposal: p(1) }));
    assert!(matches!(e, ProposalError::NotServing { .. }), "{e:?}");
}

/// Rule: 代表法2025 第十五条第一款 — a bill states its subject, grounds and proposal.
#[test]
fn a_bill_needs_its_subject_grounds_and_proposal() {
    let mut t = town();
    let mut draft = bill(1, S1);
    if let ProposalCommand::DraftBill { grounds, .. } = &mut draft {
        *grounds = "  ".into();
    }
    let e = proposal_error(t.refused(deputy(10), draft));
    assert_eq!(
        e,
        ProposalError::EmptyText {
            field: TextField::Grounds,
            citation: Citation::deputies(15, Some(1))
        }
    );
    assert_eq!(
        e.to_string(),
        "the text needs grounds; it is blank (代表法2025 第十五条第一款)"
    );
}

/// Rule: bills are lodged while the congress sits (组织法2022 第二十二条第二款, "举行会议的时候")
/// and before the presidium's deadline.
#[test]
fn bills_are_lodged_in_session_before_the_deadline() {
    let mut t = town();
    t.ok(
        presidium(),
        ProposalCommand::SetBillDeadline {
            session: S1,
            deadline: at(1, 16),
        },
    );
    t.draft_signed(bill(1, S1), 10, 11..=14);
    t.on(1, 17);
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    assert!(
        matches!(e, ProposalError::PastBillDeadline { session: S1, .. }),
        "{e:?}"
    );
    // Only the presidium sets a deadline.
    let e = proposal_error(t.refused(
        deputy(3),
        ProposalCommand::SetBillDeadline {
            session: S1,
            deadline: at(1, 20),
        },
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
    // After the close, no bill is lodged.
    t.close(S1);
    t.on(1, 18);
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    assert!(matches!(e, ProposalError::NotInSession { .. }), "{e:?}");
}

/// Rule: 重庆 第十四条第四款 — between the decision to convene and the deadline; nationally only
/// while the session sits.
#[test]
fn chongqing_takes_bills_before_the_session_opens() {
    for (rules, accepted) in [
        (Rulebook::NATIONAL, false),
        (Rulebook::province("重庆").expect("profile"), true),
    ] {
        let mut t = Town::with_deputies(46)
            .chair(1)
            .vice_chairs(&[2])
            .presidium(&[1, 2, 3, 4, 5, 6, 7, 8, 9])
            .rules(rules)
            .build();
        t.on(1, 10);
        t.ok(
            presidium(),
            SessionCommand::ConveneFirstSession {
                session: S1,
                opens_on: day(1, 20),
            },
        );
        t.draft_signed(bill(1, S1), 10, 11..=14);
        let result = t.exec(deputy(10), ProposalCommand::Submit { proposal: p(1) });
        assert_eq!(result.is_ok(), accepted, "{result:?}");
    }
}

/// A bill listed, deliberated with an inquiry, voted and adopted; its implementation is an
/// open obligation until reported at a later session (组织法2022 第二十二条, 第二十三条, 第二十五条).
#[test]
fn a_listed_bill_is_voted_adopted_and_reported_later() {
    let mut t = town();
    t.draft_signed(bill(1, S1), 10, 11..=14);
    t.submit_by(deputy(10), p(1));
    let rec = t.list_bill(1, p(1), true);
    assert!(rec.effects.iter().any(|e| matches!(
        e,
        Event::Proposal(ProposalEvent::BillListingDecided { listed: true, .. })
    )));
    t.put(S1, 10, Subject::Bill { proposal: p(1) });
    // 询问: a present deputy asks; the government answers through a responsible person.
    let ask = ProposalCommand::AskInquiry {
        inquiry: q(1),
        session: S1,
        item: common::item(10),
        organ: Organ::Government {},
        question: "资金从哪里来".into(),
    };
    t.ok(deputy(20), ask);
    let answer = ProposalCommand::AnswerInquiry {
        inquiry: q(1),
        responder: "副镇长 张三".into(),
        answer: "列入县级补助".into(),
    };
    let e = proposal_error(t.refused(
        Actor::Unit {
            unit: common::unit(1),
        },
        answer.clone(),
    ));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::Organ,
                ..
            }
        ),
        "{e:?}"
    );
    t.ok(Actor::Government {}, answer);
    let present = t.present(S1);
    t.vote(S1, 10, present, Choice::For);
    let rec = t.ok(
        presidium(),
        SessionCommand::CloseVote {
            session: S1,
            item: common::item(10),
        },
    );
    assert!(rec.effects.iter().any(|e| matches!(
        e,
        Event::Proposal(ProposalEvent::BillVoted { adopted: true, .. })
    )));
    let proposals = t.ledger.state().proposals();
    assert!(matches!(
        proposals.bill(p(1)).map(|b| &b.status),
        Some(BillStatus::Adopted { .. })
    ));
    assert_eq!(proposals.resolutions_awaiting_report().count(), 1);
    // Not at the same session.
    let report = |s| ProposalCommand::ReportImplementation {
        proposal: p(1),
        session: s,
        summary: "一期已完工".into(),
    };
    let e = proposal_error(t.refused(Actor::Government {}, report(S1)));
    assert_eq!(
        e,
        ProposalError::ReportAtSameSession {
            proposal: p(1),
            session: S1
        }
    );
    t.close(S1);
    let s2 = SessionId::from_u128(902);
    t.on(2, 1);
    t.presidium_decides(
        2,
        PresidiumDecision::ConveneSession {
            session: s2,
            opens_on: day(7, 1),
        },
    );
    t.on(7, 1);
    t.attend(s2, 1..=46);
    t.prepare_and_open(s2, &[1, 2, 3, 4, 5, 6, 7, 8, 9]);
    t.ok(Actor::Government {}, report(s2));
    assert_eq!(
        t.ledger
            .state()
            .proposals()
            .resolutions_awaiting_report()
            .count(),
        0
    );
    let again = Ledger::replay(t.ledger.rules().clone(), t.ledger.events()).expect("replays");
    assert_eq!(again.state(), t.ledger.state());
}

/// Rule: the presidium lists a bill before it is put: an unlisted bill, or one listed for
/// another session, cannot be put on the agenda (组织法2022 第二十二条第二款).
#[test]
fn only_a_listed_bill_goes_on_the_agenda() {
    let mut t = town();
    t.draft_signed(bill(1, S1), 10, 11..=14);
    t.submit_by(deputy(10), p(1));
    let put = SessionCommand::PutItem {
        session: S1,
        item: common::item(10),
        title: "议案".into(),
        subject: Subject::Bill { proposal: p(1) },
    };
    let e = proposal_error(t.refused(presidium(), put.clone()));
    assert!(matches!(e, ProposalError::BillNotListed { .. }), "{e:?}");
    let e = proposal_error(t.refused(
        presidium(),
        SessionCommand::PutItem {
            session: S1,
            item: common::item(11),
            title: "议案".into(),
            subject: Subject::Bill { proposal: p(99) },
        },
    ));
    assert_eq!(e, ProposalError::UnknownProposal { proposal: p(99) });
    t.list_bill(1, p(1), true);
    t.ok(presidium(), put);
    let e = proposal_error(t.refused(
        presidium(),
        SessionCommand::PutItem {
            session: S1,
            item: common::item(12),
            title: "再次".into(),
            subject: Subject::Bill { proposal: p(1) },
        },
    ));
    assert_eq!(
        e,
        ProposalError::BillAlreadyOnAgenda {
            proposal: p(1),
            item: common::item(10)
        }
    );
}

/// Rule: a motion names a proposal on record once a session is in the record, and one motion
/// on it is open at a time.
#[test]
fn presidium_motions_name_proposals_on_record() {
    let mut t = town();
    t.meeting(township_congress::ids::MeetingId::from_u128(1), 1, 1..=9);
    let put = |d: u128, n: u32| township_congress::presidium::PresidiumCommand::PutMotion {
        meeting: township_congress::ids::MeetingId::from_u128(1),
        decision: township_congress::ids::DecisionId::from_u128(d),
        motion: PresidiumDecision::DecideBillListing {
            proposal: p(n),
            list: true,
        },
    };
    let e = proposal_error(t.refused(deputy(1), put(1, 7)));
    assert_eq!(e, ProposalError::UnknownProposal { proposal: p(7) });
    t.draft_signed(bill(1, S1), 10, 11..=14);
    let e = proposal_error(t.refused(deputy(1), put(1, 1)));
    assert!(
        matches!(
            e,
            ProposalError::IllegalTransition {
                stage: Stage::Draft,
                act: Act::DecideListing,
                ..
            }
        ),
        "{e:?}"
    );
    t.submit_by(deputy(10), p(1));
    t.ok(deputy(1), put(1, 1));
    let e = proposal_error(t.refused(deputy(1), put(2, 1)));
    assert!(matches!(e, ProposalError::MotionOpen { .. }), "{e:?}");
}

/// Rule: 重庆 第十四条第二款 — an unlisted deputies' bill becomes a suggestion with its
/// sponsors; nationally it stays an unlisted bill.
#[test]
fn an_unlisted_bill_becomes_a_suggestion_where_the_rulebook_says_so() {
    for (rules, converts) in [
        (Rulebook::NATIONAL, false),
        (Rulebook::province("重庆").expect("profile"), true),
    ] {
        let mut t = Town::with_deputies(46)
            .chair(1)
            .vice_chairs(&[2])
            .units(2)
            .rules(rules)
            .first_session_open();
        t.draft_signed(bill(1, S1), 10, 11..=14);
        t.submit_by(deputy(10), p(1));
        t.list_bill(1, p(1), false);
        let proposals = t.ledger.state().proposals();
        let status = proposals.bill(p(1)).map(|b| b.status.clone());
        assert!(
            matches!(status, Some(BillStatus::NotListed { became_suggestion, .. }) if became_suggestion == converts)
        );
        let s = proposals.suggestion(p(1));
        assert_eq!(s.is_some(), converts);
        if let Some(s) = s {
            assert!(s.from_bill);
            assert_eq!(s.sponsors.signers.len(), 5);
            assert_eq!(s.submission.as_ref().and_then(|x| x.session), Some(S1));
            t.hand_over(2, &[p(1)], 1, &[]);
            assert_eq!(
                t.ledger.state().proposals().stage(p(1)),
                Some(Stage::HandedOver)
            );
        }
    }
}

/// Rule: 组织法2022 第二十二条第三款 — withdrawn before the vote with the presidium's consent;
/// the deliberation ends and no vote may be cast on it; once voting began it cannot be withdrawn.
#[test]
fn withdrawal_needs_consent_before_the_vote_and_ends_deliberation() {
    let mut t = town();
    for n in [1, 2] {
        t.draft_signed(bill(n, S1), 10, 11..=14);
        t.submit_by(deputy(10), p(n));
        t.list_bill(n, p(n), true);
        t.put(S1, 10 + n, Subject::Bill { proposal: p(n) });
    }
    let request = |n| ProposalCommand::RequestBillWithdrawal { proposal: p(n) };
    let e = proposal_error(t.refused(deputy(11), request(1)));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::LeadSponsor,
                ..
            }
        ),
        "{e:?}"
    );
    let e = proposal_error(t.refused(
        presidium(),
        ProposalCommand::ConsentToWithdrawal { proposal: p(1) },
    ));
    assert!(
        matches!(e, ProposalError::WithdrawalNotRequested { .. }),
        "{e:?}"
    );
    t.ok(deputy(10), request(1));
    let e = proposal_error(t.refused(
        Actor::Government {},
        ProposalCommand::ConsentToWithdrawal { proposal: p(1) },
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
        ProposalCommand::ConsentToWithdrawal { proposal: p(1) },
    );
    let vote = SessionCommand::CastVote {
        session: S1,
        item: common::item(11),
        choice: Choice::For,
    };
    let e = proposal_error(t.refused(deputy(20), vote));
    assert_eq!(
        e,
        ProposalError::BillWithdrawn {
            proposal: p(1),
            citation: Citation::organic(22, Some(3))
        }
    );
    // Bill 2: a vote has been cast, so it can no longer be withdrawn.
    t.vote(S1, 12, [20], Choice::For);
    let e = proposal_error(t.refused(deputy(10), request(2)));
    assert!(matches!(e, ProposalError::VoteUnderWay { .. }), "{e:?}");
}

/// Replaying a log whose derived proposal event was dropped or stated by hand is refused: the
/// ledger recomputes what the presidium's decision entails.
#[test]
fn derived_proposal_events_cannot_be_dropped_or_stated_by_hand() {
    let mut t = town();
    t.draft_signed(bill(1, S1), 10, 11..=14);
    t.submit_by(deputy(10), p(1));
    t.list_bill(1, p(1), true);
    let rules = t.ledger.rules().clone();
    let mut log = t.ledger.events().to_vec();
    let pos = log
        .iter()
        .position(|r| {
            !r.effects.is_empty() && matches!(r.effects.first(), Some(Event::Proposal(_)))
        })
        .expect("the decision");
    let derived = log
        .get(pos)
        .and_then(|r| r.effects.first().cloned())
        .expect("effect");
    if let Some(r) = log.get_mut(pos) {
        r.effects.clear();
    }
    assert!(Ledger::replay(rules.clone(), &log).is_err());
    // Stated by hand, as an entry's own event.
    let mut forged = t.ledger.events().to_vec();
    let mut entry = forged.last().cloned().expect("entry");
    entry.seq += 1;
    entry.event = derived;
    entry.effects.clear();
    forged.push(entry);
    let e = Ledger::replay(rules, &forged).expect_err("refused");
    assert!(e.to_string().contains("recorded only as the effect"), "{e}");
    let _ = snapshot(&t.ledger);
}

/// An inquiry needs a present deputy and an open bill or report item (组织法2022 第二十三条).
#[test]
fn inquiries_are_put_by_present_deputies_on_items_under_deliberation() {
    let mut t = town();
    t.mark(S1, 30, township_congress::session::Attendance::Absent);
    t.put(S1, 10, Subject::GovernmentWorkReport {});
    let ask = |n, item: u32| ProposalCommand::AskInquiry {
        inquiry: q(n),
        session: S1,
        item: common::item(item),
        organ: Organ::Unit {
            unit: common::unit(2),
        },
        question: "预算为何增加".into(),
    };
    let e = proposal_error(t.refused(deputy(30), ask(1, 10)));
    assert_eq!(
        e,
        ProposalError::NotPresent {
            deputy: dep(30),
            session: S1
        }
    );
    let e = proposal_error(t.refused(deputy(20), ask(1, 1)));
    assert!(matches!(e, ProposalError::ItemNotOpen { .. }), "{e:?}");
    t.ok(deputy(20), ask(1, 10));
    let e = proposal_error(t.refused(deputy(20), ask(1, 10)));
    assert!(matches!(e, ProposalError::DuplicateInquiry { .. }), "{e:?}");
    let answer = ProposalCommand::AnswerInquiry {
        inquiry: q(1),
        responder: " ".into(),
        answer: "说明".into(),
    };
    let e = proposal_error(t.refused(
        Actor::Unit {
            unit: common::unit(2),
        },
        answer,
    ));
    assert!(
        matches!(
            e,
            ProposalError::EmptyText {
                field: TextField::Responsible,
                ..
            }
        ),
        "{e:?}"
    );
    let _ = ItemId::from_u128(0);
}
