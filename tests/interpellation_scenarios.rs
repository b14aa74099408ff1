//! Interpellations (质询案) through the ledger: ten signers in session (a fifth in a small
//! congress where the province allows), the presidium's answer mode, the answer by the body
//! questioned, the signers' verdict and the second answer. Each test cites its rule.

mod common;
mod proposal_fixtures;

use common::{S1, Town, at, day, dep, deputy, unit};
use proposal_fixtures::{interpellation, p, proposal_error};
use township_congress::Actor;
use township_congress::proposal::{
    Act, InterpellationStatus, ProposalCommand, ProposalError, Role, Stage, Target,
};
use township_congress::rulebook::{Citation, Rulebook};

fn town(n: u32, rules: Rulebook) -> Town {
    Town::with_deputies(n)
        .chair(1)
        .vice_chairs(&[2])
        .units(2)
        .rules(rules)
        .first_session_open()
}

fn answer() -> ProposalCommand {
    ProposalCommand::AnswerInterpellation {
        proposal: p(1),
        head: "镇长 王建国".into(),
        answer: "已落实资金，九月完工".into(),
    }
}

fn rate(satisfied: bool) -> ProposalCommand {
    ProposalCommand::RateAnswer {
        proposal: p(1),
        satisfied,
    }
}

fn status(t: &Town) -> Option<InterpellationStatus> {
    t.ledger
        .state()
        .proposals()
        .interpellation(p(1))
        .map(|i| i.status.clone())
}

/// Rule: 组织法2022 第二十四条第一款 — ten or more deputies: nine are refused, ten accepted.
#[test]
fn nine_signers_are_refused_and_ten_accepted() {
    let mut t = town(46, Rulebook::NATIONAL);
    t.draft_signed(interpellation(1, S1), 10, 11..=18);
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    match &e {
        ProposalError::TooFewSigners {
            needed, got, basis, ..
        } => {
            assert_eq!((*needed, *got), (10, 9));
            assert_eq!(basis.citation, Citation::organic(24, Some(1)));
        }
        other => panic!("expected TooFewSigners, got {other:?}"),
    }
    t.ok(deputy(19), ProposalCommand::Sign { proposal: p(1) });
    t.submit_by(deputy(10), p(1));
    assert_eq!(
        t.ledger.state().proposals().stage(p(1)),
        Some(Stage::Submitted)
    );
    // The assessment counts it as a rigid supervision tool used (调研报告 三(一)).
    use township_congress::scoring::{Evidence, EvidenceKey, Value};
    let e = Evidence::derive(&t.ledger, 2026, day(12, 31)).expect("evidence");
    assert_eq!(
        e.get(EvidenceKey::RigidSupervisionUsed),
        Some(Value::count(1))
    );
}

/// Rule: only while the congress sits (组织法2022 第二十四条第一款): not before the session
/// opens, not after it closes.
#[test]
fn an_interpellation_in_recess_is_refused() {
    let mut t = Town::with_deputies(46)
        .chair(1)
        .vice_chairs(&[2])
        .presidium(&[1, 2, 3, 4, 5, 6, 7, 8, 9])
        .build();
    t.on(1, 10);
    t.ok(
        common::presidium(),
        township_congress::session::SessionCommand::ConveneFirstSession {
            session: S1,
            opens_on: day(1, 20),
        },
    );
    t.draft_signed(interpellation(1, S1), 10, 11..=19);
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    assert_eq!(
        e,
        ProposalError::NotInSession {
            session: S1,
            on: day(1, 10),
            citation: Citation::organic(24, Some(1))
        }
    );
    assert_eq!(
        e.zh().to_string(),
        "2026-01-10不在人民代表大会会议期间，只能在会议期间进行（组织法2022 第二十四条第一款）"
    );
    let mut t = town(46, Rulebook::NATIONAL);
    t.draft_signed(interpellation(1, S1), 10, 11..=19);
    t.on(1, 16);
    t.close(S1);
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    assert!(matches!(e, ProposalError::NotInSession { .. }), "{e:?}");
    let e = proposal_error(t.refused(deputy(10), interpellation(2, S1)));
    assert!(matches!(e, ProposalError::SessionClosed { .. }), "{e:?}");
}

/// Rule: 北京 2016 第十二条 — with 40 deputies or fewer, a fifth may interpellate: 6 of 30.
#[test]
fn beijing_lets_a_fifth_of_a_small_congress_interpellate() {
    let mut t = town(30, Rulebook::province("北京").expect("profile"));
    t.draft_signed(interpellation(1, S1), 10, 11..=14);
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    assert!(
        matches!(
            e,
            ProposalError::TooFewSigners {
                needed: 6,
                got: 5,
                ..
            }
        ),
        "{e:?}"
    );
    t.ok(deputy(15), ProposalCommand::Sign { proposal: p(1) });
    t.submit_by(deputy(10), p(1));
    // Nationally the same congress still needs ten.
    let mut t = town(30, Rulebook::NATIONAL);
    t.draft_signed(interpellation(1, S1), 10, 11..=15);
    let e = proposal_error(t.refused(deputy(10), ProposalCommand::Submit { proposal: p(1) }));
    assert!(
        matches!(
            e,
            ProposalError::TooFewSigners {
                needed: 10,
                got: 6,
                ..
            }
        ),
        "{e:?}"
    );
}

/// The six signers of a 北京 town, the mode decided in writing, the government's answer.
fn answered_by_six() -> Town {
    let mut t = town(30, Rulebook::province("北京").expect("profile"));
    t.draft_signed(interpellation(1, S1), 10, 11..=15);
    t.submit_by(deputy(10), p(1));
    t.answer_in_writing(1, p(1));
    t.ok(Actor::Government {}, answer());
    t
}

/// Rule: 代表法2025 第二十条第五款 — 半数以上 includes half: 3 of 6 unsatisfied signers force a
/// second answer.
#[test]
fn three_of_six_unsatisfied_force_a_second_answer() {
    let mut t = answered_by_six();
    for d in [10, 11] {
        t.ok(deputy(d), rate(false));
    }
    t.ok(deputy(12), rate(true));
    assert_eq!(status(&t), Some(InterpellationStatus::Answered {}));
    t.ok(deputy(13), rate(false));
    assert_eq!(status(&t), Some(InterpellationStatus::SecondAnswerDue {}));
    let rec = t.ok(Actor::Government {}, answer());
    assert!(matches!(
        rec.event,
        township_congress::Event::Proposal(
            township_congress::ProposalEvent::InterpellationAnswered { round: 2, .. }
        )
    ));
    for d in [10, 11, 13] {
        t.ok(deputy(d), rate(false));
    }
    assert_eq!(status(&t), Some(InterpellationStatus::Unresolved {}));
    let e = proposal_error(t.refused(Actor::Government {}, answer()));
    assert!(
        matches!(
            e,
            ProposalError::IllegalTransition {
                stage: Stage::Unresolved,
                ..
            }
        ),
        "{e:?}"
    );
}

/// Rule: 代表法2025 第二十条第五款 — 2 of 6 is less than half: no second answer.
#[test]
fn two_of_six_unsatisfied_do_not() {
    let mut t = answered_by_six();
    for d in [10, 11] {
        t.ok(deputy(d), rate(false));
    }
    for d in [12, 13, 14, 15] {
        t.ok(deputy(d), rate(true));
    }
    assert_eq!(status(&t), Some(InterpellationStatus::Answered {}));
    let e = proposal_error(t.refused(Actor::Government {}, answer()));
    assert!(
        matches!(
            e,
            ProposalError::IllegalTransition {
                stage: Stage::Answered,
                act: Act::Answer,
                ..
            }
        ),
        "{e:?}"
    );
}

/// Rule: only the interpellating deputies say whether they are satisfied, once each.
#[test]
fn only_signers_rate_once() {
    let mut t = answered_by_six();
    let e = proposal_error(t.refused(deputy(20), rate(false)));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::Signer,
                ..
            }
        ),
        "{e:?}"
    );
    t.ok(deputy(10), rate(false));
    let e = proposal_error(t.refused(deputy(10), rate(true)));
    assert_eq!(
        e,
        ProposalError::AlreadyRated {
            proposal: p(1),
            deputy: dep(10),
            round: 1
        }
    );
}

/// Rule: 组织法2022 第二十四条第二、三款 — the presidium decides the mode; the body questioned
/// answers through its head, not before the decision and not another body.
#[test]
fn the_body_questioned_answers_after_the_presidium_decides() {
    let mut t = town(46, Rulebook::NATIONAL);
    t.draft_signed(interpellation(1, S1), 10, 11..=19);
    t.submit_by(deputy(10), p(1));
    let e = proposal_error(t.refused(Actor::Government {}, answer()));
    assert!(
        matches!(
            e,
            ProposalError::IllegalTransition {
                stage: Stage::Submitted,
                act: Act::Answer,
                ..
            }
        ),
        "{e:?}"
    );
    t.answer_in_writing(1, p(1));
    let e = proposal_error(t.refused(Actor::Unit { unit: unit(1) }, answer()));
    assert!(
        matches!(
            e,
            ProposalError::Forbidden {
                allowed: Role::TargetBody,
                ..
            }
        ),
        "{e:?}"
    );
    let blank = ProposalCommand::AnswerInterpellation {
        proposal: p(1),
        head: "".into(),
        answer: "x".into(),
    };
    let e = proposal_error(t.refused(Actor::Government {}, blank));
    assert!(matches!(e, ProposalError::EmptyText { .. }), "{e:?}");
    t.ok(Actor::Government {}, answer());
}

/// Rule: nationally an interpellation is answered while the session sits; 北京 (第十二条第四款)
/// allows three months after its close.
#[test]
fn deferred_answers_where_the_province_allows() {
    for (rules, n, ok) in [
        (Rulebook::NATIONAL, 46, false),
        (Rulebook::province("北京").expect("profile"), 30, true),
    ] {
        let mut t = town(n, rules);
        t.draft_signed(interpellation(1, S1), 10, 11..=19);
        t.submit_by(deputy(10), p(1));
        t.answer_in_writing(1, p(1));
        t.on(1, 16);
        t.close(S1);
        t.on(4, 16);
        assert_eq!(t.exec(Actor::Government {}, answer()).is_ok(), ok);
    }
    let mut t = town(30, Rulebook::province("北京").expect("profile"));
    t.draft_signed(interpellation(1, S1), 10, 11..=19);
    t.submit_by(deputy(10), p(1));
    t.answer_in_writing(1, p(1));
    t.on(1, 16);
    t.close(S1);
    t.on(4, 17);
    let e = proposal_error(t.refused(Actor::Government {}, answer()));
    assert!(
        matches!(
            e,
            ProposalError::AnswerAfterSession {
                last_day: Some(_),
                ..
            }
        ),
        "{e:?}"
    );
}

/// Rule: withdrawn by the lead signer before the answer, not after.
#[test]
fn withdrawal_before_the_answer() {
    let mut t = town(46, Rulebook::NATIONAL);
    t.draft_signed(interpellation(1, S1), 10, 11..=19);
    t.submit_by(deputy(10), p(1));
    let withdraw = ProposalCommand::WithdrawInterpellation { proposal: p(1) };
    let e = proposal_error(t.refused(deputy(11), withdraw.clone()));
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
    t.ok(deputy(10), withdraw.clone());
    assert!(matches!(
        status(&t),
        Some(InterpellationStatus::Withdrawn { .. })
    ));
    let mut t = answered_by_six();
    let e = proposal_error(t.refused(deputy(10), withdraw));
    assert!(
        matches!(
            e,
            ProposalError::IllegalTransition {
                stage: Stage::Answered,
                act: Act::Withdraw,
                ..
            }
        ),
        "{e:?}"
    );
}

/// Rule: nationally the township government is questioned (代表法2025 第二十条第三款); 重庆
/// (第十八条) adds its working departments, which then answer themselves.
#[test]
fn units_are_questioned_only_where_the_province_allows() {
    let draft = ProposalCommand::DraftInterpellation {
        proposal: p(1),
        session: S1,
        target: Target::Unit { unit: unit(1) },
        question: "为何拖欠工程款".into(),
        content: "请说明".into(),
    };
    let mut t = town(46, Rulebook::NATIONAL);
    let e = proposal_error(t.refused(deputy(10), draft.clone()));
    assert!(
        matches!(e, ProposalError::UnitTargetNotAllowed { .. }),
        "{e:?}"
    );
    let mut t = town(46, Rulebook::province("重庆").expect("profile"));
    t.draft_signed(draft, 10, 11..=19);
    t.submit_by(deputy(10), p(1));
    t.answer_in_writing(1, p(1));
    let e = proposal_error(t.refused(Actor::Government {}, answer()));
    assert!(matches!(e, ProposalError::Forbidden { .. }), "{e:?}");
    t.ok(Actor::Unit { unit: unit(1) }, answer());
    let _ = at(1, 1);
}
