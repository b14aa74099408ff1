//! Presidium meetings as stories, through the ledger's public API.
//!
//! Membership comes from `PresidiumCommand::RecordMembership` (the presidium records the
//! membership a session elected, for the time before the record's first session) or from a
//! session's own election, which feeds the same check.

mod common;

use common::{
    S1, Town, TownBuilder, day, decision, dep, deputy, meeting, presidium, snapshot, who,
};
use township_congress::actor::Forbidden;
use township_congress::ids::SessionId;
use township_congress::ledger::LedgerError;
use township_congress::presidium::{
    Choice, MotionStatus, PlanItem, PlanItemKind, PresidiumCommand, PresidiumDecision,
    PresidiumError, PresidiumEvent,
};
use township_congress::presidium::{DecisionTaken, VoteCast};
use township_congress::roster::{OfficeEnd, Post};
use township_congress::session::Subject;
use township_congress::{Citation, Error, Event, Label, Ledger, Recorded, RosterChange, Rulebook};

const CHAIR: u32 = 1;
const VICE: u32 = 2;
const CONVENER_RULE: &str = "组织法2022 第十八条第三款";
/// National law sets no presidium quorum: the national rulebook's majority of all members is
/// a common-practice default, and its refusals say so.
const QUORUM_RULE: &str = "组织法2022 第十九条第一款; a common-practice default, not statute: set `presidium_quorum` in a profile to change it";
/// The article a tally cites for the (default) adoption rule.
const ADOPTION_RULE: &str = "组织法2022 第十九条第一款";

/// The presidium of these stories: 12 deputies, deputy 1 chair and deputy 2 vice-chair, and
/// deputies 3..=9 the members a previous session elected — nine members, all recorded before
/// the record's first session.
fn nine_members() -> TownBuilder {
    Town::with_deputies(12)
        .chair(CHAIR)
        .vice_chairs(&[VICE])
        .presidium(&[3, 4, 5, 6, 7, 8, 9])
}

/// The actor named in a presidium's refusal for want of the right.
fn forbidden_of(e: &PresidiumError) -> &Forbidden {
    match e {
        PresidiumError::Forbidden(f) => f,
        other => panic!("expected Forbidden, got {other:?}"),
    }
}

/// Members of the presidium on a day.
fn members(
    t: &Town,
    on: chrono::NaiveDate,
) -> std::collections::BTreeSet<township_congress::ids::DeputyId> {
    t.ledger
        .state()
        .presidium()
        .members_at(t.ledger.roster(), on)
}

/// Rule: a majority of all 9 members, 5, must be present; 4 are not enough (the national
/// common-practice default; 浙江 2016 第二十四条 and others prescribe it).
#[test]
fn quorum_boundary_five_of_nine() {
    let mut t = nine_members().build();
    t.on(1, 10);
    t.meeting(meeting(1), CHAIR, [1, 2, 3, 4]);
    let put = PresidiumCommand::PutMotion {
        meeting: meeting(1),
        decision: decision(1),
        motion: PresidiumDecision::AdoptWorkReport {
            session: SessionId::from_u128(2),
        },
    };
    let e = t.refused_presidium(deputy(CHAIR), put.clone());
    assert_eq!(
        e.to_string(),
        format!(
            "the presidium meeting needs 5 of its 9 members present, 4 are: short by 1 ({QUORUM_RULE})"
        )
    );
    t.register(meeting(1), [5]);
    t.ok(deputy(CHAIR), put);
}

/// Rule: 江苏 2016 第二十二条 (the shipped profile, unverified) — two thirds of 9 is 6.
#[test]
fn a_two_thirds_profile_needs_six() {
    let mut t = nine_members()
        .rules(Rulebook::province("江苏").expect("profile"))
        .build();
    t.on(1, 10);
    t.meeting(meeting(1), CHAIR, [1, 2, 3, 4, 5]);
    let put = PresidiumCommand::PutMotion {
        meeting: meeting(1),
        decision: decision(1),
        motion: PresidiumDecision::AdoptWorkReport {
            session: SessionId::from_u128(2),
        },
    };
    match t.refused_presidium(deputy(CHAIR), put.clone()) {
        PresidiumError::QuorumNotMet {
            members,
            present,
            needed,
            short,
            basis,
            ..
        } => {
            assert_eq!((members, present, needed, short), (9, 5, 6, 1));
            assert_eq!(
                basis.to_string(),
                "江苏省乡镇人民代表大会工作条例2016 第二十二条; provincial rule, field `presidium_quorum`"
            );
        }
        other => panic!("expected QuorumNotMet, got {other:?}"),
    }
    t.register(meeting(1), [6]);
    t.ok(deputy(CHAIR), put);
}

/// Rule: decisions need a majority of ALL members (5 of 9), even when only 5 attend (the
/// national common-practice default; 浙江 2016 第二十四条 and others prescribe it).
#[test]
fn adoption_counts_all_members() {
    let mut t = nine_members().build();
    t.on(1, 10);
    t.meeting(meeting(1), CHAIR, [1, 2, 3, 4, 5]);
    t.motion(
        meeting(1),
        CHAIR,
        decision(1),
        PresidiumDecision::ApproveRecessPlan {
            year: 2026,
            items: vec![PlanItem::new(
                PlanItemKind::Inspection,
                "集镇污水管网建设视察",
            )],
        },
    );
    t.cast(decision(1), [1, 2, 3, 4], Choice::For);
    t.cast(decision(1), [5], Choice::Abstain);
    let tally = t.close_motion(CHAIR, decision(1));
    assert_eq!(
        (tally.members, tally.present, tally.obtained, tally.required),
        (9, 5, 4, 5)
    );
    assert_eq!((tally.margin, tally.adopted), (-1, false));
    assert_eq!(tally.citation.to_string(), ADOPTION_RULE);
    assert_eq!(
        tally.to_string(),
        format!(
            "4 for, 0 against, 1 abstaining of 9 members (5 present), 5 needed: not adopted ({ADOPTION_RULE})"
        )
    );
    assert_eq!(t.ledger.state().presidium().decisions_taken().count(), 0);
}

/// Rule: 组织法2022 第十九条第一款 — only members vote, once each.
#[test]
fn non_members_cannot_vote_and_members_vote_once() {
    let mut t = nine_members().build();
    t.on(1, 10);
    t.meeting(meeting(1), CHAIR, [1, 2, 3, 4, 5]);
    t.motion(
        meeting(1),
        CHAIR,
        decision(1),
        PresidiumDecision::ApproveRecessPlan {
            year: 2026,
            items: vec![PlanItem::new(
                PlanItemKind::Inspection,
                "集镇污水管网建设视察",
            )],
        },
    );
    let cast = PresidiumCommand::CastVote {
        decision: decision(1),
        choice: Choice::For,
    };
    let e = t.refused_presidium(deputy(11), cast.clone());
    assert_eq!(forbidden_of(&e).citation(), &Citation::organic(19, Some(1)));
    assert_eq!(
        e.to_string(),
        "deputy 00000000-0000-0000-0000-00000000000b may not vote in the presidium: only a member of the presidium on that day may (组织法2022 第十九条第一款)"
    );
    t.ok(deputy(3), cast.clone());
    let e = t.refused_presidium(deputy(3), cast);
    assert_eq!(
        e,
        PresidiumError::AlreadyVoted {
            decision: decision(1),
            deputy: dep(3)
        }
    );
}

/// Rule: a member who lost deputy status (resignation accepted) is no longer a member, and
/// the base shrinks with them.
#[test]
fn a_resigned_deputy_leaves_the_presidium() {
    let mut t = nine_members().build();
    assert_eq!(members(&t, day(1, 8)).len(), 9);
    t.on(1, 8);
    t.ok(
        presidium(),
        RosterChange::ResignationAccepted {
            deputy: dep(4),
            on: day(1, 8),
            votes_for: 7,
        },
    );
    assert_eq!(members(&t, day(1, 7)).len(), 9);
    assert_eq!(members(&t, day(1, 8)).len(), 8);
    assert!(!members(&t, day(1, 8)).contains(&dep(4)));
    t.on(1, 10);
    t.meeting(meeting(1), CHAIR, []);
    let e = t.refused_presidium(
        deputy(4),
        PresidiumCommand::RegisterAttendance {
            meeting: meeting(1),
        },
    );
    assert_eq!(forbidden_of(&e).actor, deputy(4));
    // 8 members: 5 still needed (more than half of 8).
    t.register(meeting(1), [1, 2, 3, 5]);
    let e = t.refused_presidium(
        deputy(CHAIR),
        PresidiumCommand::PutMotion {
            meeting: meeting(1),
            decision: decision(1),
            motion: PresidiumDecision::AdoptWorkReport {
                session: SessionId::from_u128(2),
            },
        },
    );
    assert_eq!(
        e.to_string(),
        format!(
            "the presidium meeting needs 5 of its 8 members present, 4 are: short by 1 ({QUORUM_RULE})"
        )
    );
}

/// Rule: 组织法2022 第十八条第三款 — the chair convenes; a vice-chair only when the chair's post
/// is vacant (or on the chair's delegation, below).
#[test]
fn a_vice_chair_convenes_only_when_the_chair_is_vacant() {
    let mut t = nine_members().build();
    t.on(1, 10);
    let convene = PresidiumCommand::ConveneMeeting {
        meeting: meeting(1),
    };
    let e = t.refused_presidium(deputy(VICE), convene.clone());
    assert_eq!(
        e.to_string(),
        format!(
            "deputy 00000000-0000-0000-0000-000000000002 may not convene a presidium meeting: only the chair; a vice-chair when the chair's post is vacant, the chair cannot act, or on the chair's written delegation may ({CONVENER_RULE})"
        )
    );
    let e = t.refused_presidium(deputy(5), convene.clone());
    assert_eq!(forbidden_of(&e).citation().to_string(), CONVENER_RULE);
    t.on(1, 11);
    t.ok(
        presidium(),
        RosterChange::OfficeVacated {
            post: Post::Chair,
            holder: who(CHAIR),
            on: day(1, 11),
            reason: OfficeEnd::Resigned,
        },
    );
    let e = t.refused_presidium(deputy(CHAIR), convene.clone());
    assert_eq!(forbidden_of(&e).actor, deputy(CHAIR));
    t.ok(deputy(VICE), convene);
    assert_eq!(
        t.ledger
            .state()
            .presidium()
            .meeting(meeting(1))
            .map(|m| m.convener),
        Some(dep(VICE))
    );
}

/// Rule: 组织法2022 第十八条第三款 — a chair who cannot act delegates a vice-chair in writing;
/// the vice-chair convenes while the delegation runs, and not after the chair ends it. Only
/// the chair delegates, and only to a vice-chair.
#[test]
fn a_delegated_vice_chair_convenes_until_the_chair_takes_back() {
    let mut t = nine_members().build();
    t.on(1, 10);
    let delegate = |to: u32| PresidiumCommand::DelegateChair {
        to: dep(to),
        from: day(1, 10),
        until: None,
        reason: "主席住院治疗".into(),
    };
    let e = t.refused_presidium(deputy(VICE), delegate(VICE));
    assert_eq!(forbidden_of(&e).actor, deputy(VICE));
    let e = t.refused_presidium(deputy(CHAIR), delegate(5));
    assert!(e.to_string().contains("vice-chair"), "{e}");
    t.ok(deputy(CHAIR), delegate(VICE));
    let convene = |m: u32| PresidiumCommand::ConveneMeeting {
        meeting: meeting(m),
    };
    t.ok(deputy(VICE), convene(1));
    assert_eq!(
        t.ledger
            .state()
            .presidium()
            .meeting(meeting(1))
            .map(|m| m.convener),
        Some(dep(VICE))
    );
    t.on(2, 1);
    t.ok(deputy(CHAIR), PresidiumCommand::EndDelegation {});
    let e = t.refused_presidium(deputy(VICE), convene(2));
    assert_eq!(forbidden_of(&e).citation().to_string(), CONVENER_RULE);
    t.ok(deputy(CHAIR), convene(2));
    t.replayed();
}

/// Rule: 浙江 2016 第二十四条第一款 — at least one meeting every three months.
#[test]
fn quarters_without_a_meeting() {
    let mut t = nine_members()
        .rules(Rulebook::province("浙江").expect("profile"))
        .build();
    t.on(1, 10);
    t.meeting(meeting(1), CHAIR, [1, 2, 3, 4, 5]); // Q1, held
    t.on(4, 10);
    t.meeting(meeting(2), CHAIR, [1, 2]); // Q2, never quorate: not held
    t.on(7, 19);
    t.meeting(meeting(3), CHAIR, [1, 2, 3, 4, 5, 6]); // Q3, held
    let p = t.ledger.state().presidium();
    assert_eq!(
        p.quarters_without_meeting(day(1, 1), day(12, 31)),
        vec![day(4, 1), day(10, 1)]
    );
    let gap = p.longest_gap(day(1, 1), day(12, 31)).expect("gap");
    assert_eq!((gap.from, gap.to, gap.days), (day(1, 10), day(7, 19), 190));
    assert!(gap.exceeds(t.ledger.rules()));
    // National law sets no interval.
    assert!(!gap.exceeds(&Rulebook::NATIONAL));
}

/// Rule: 组织法2022 第十九条第二款 — the year's recess plan; a later approval amends it.
#[test]
fn the_recess_plan_is_approved_and_amended() {
    let mut t = nine_members().build();
    t.on(1, 10);
    t.meeting(meeting(1), CHAIR, 1..=6);
    let items = vec![
        PlanItem::new(PlanItemKind::IssueOfConcern, "农村饮水安全"),
        PlanItem::new(PlanItemKind::SpecialWorkReport, "乡村振兴"),
        PlanItem::new(PlanItemKind::Inspection, "敬老院"),
        PlanItem::new(PlanItemKind::Research, "垃圾分类"),
        PlanItem::new(PlanItemKind::LawEnforcementCheck, "食品安全法"),
    ];
    let plan = |items| PresidiumDecision::ApproveRecessPlan { year: 2026, items };
    t.motion(meeting(1), CHAIR, decision(1), plan(items.clone()));
    t.cast(decision(1), 1..=6, Choice::For);
    assert!(t.close_motion(CHAIR, decision(1)).adopted);
    let mut amended = items;
    amended.truncate(2);
    t.on(1, 11);
    t.motion(meeting(1), CHAIR, decision(2), plan(amended.clone()));
    t.cast(decision(2), 1..=5, Choice::For);
    assert!(t.close_motion(CHAIR, decision(2)).adopted);
    let plan = t
        .ledger
        .state()
        .presidium()
        .recess_plan(2026)
        .expect("plan");
    assert_eq!(plan.items, amended);
    assert_eq!(
        (plan.decision, plan.replaces),
        (decision(2), Some(decision(1)))
    );
    t.close_meeting(meeting(1), CHAIR);
}

/// Rule: 组织法2022 第十九条第一款 — the log replays to the same state; an edited tally is
/// refused with its position, and so is a vote moved to a non-member.
#[test]
fn meetings_replay_and_an_edited_log_is_refused() {
    let mut t = nine_members().build();
    t.on(1, 10);
    t.meeting(meeting(1), CHAIR, [1, 2, 3, 4, 5]);
    t.motion(
        meeting(1),
        CHAIR,
        decision(1),
        PresidiumDecision::AdoptWorkReport {
            session: SessionId::from_u128(2),
        },
    );
    t.cast(decision(1), [1, 2, 3, 4], Choice::For);
    t.cast(decision(1), [5], Choice::Against);
    assert!(!t.close_motion(CHAIR, decision(1)).adopted);
    t.close_meeting(meeting(1), CHAIR);

    t.replayed();
    let log = t.ledger.events().to_vec();
    let labels: Vec<&str> = log
        .iter()
        .rev()
        .take(2)
        .map(|r| r.event.label_zh())
        .collect();
    assert_eq!(labels, vec!["主席团会议结束", "主席团决定未通过"]);

    // Turn the rejection into an adoption in the archive.
    let mut json = serde_json::to_value(&log).expect("json");
    let position = log
        .iter()
        .position(|r| {
            matches!(
                r.event,
                Event::Presidium(PresidiumEvent::DecisionTaken(DecisionTaken { .. }))
            )
        })
        .expect("decision in log");
    let tally = &mut json[position]["event"]["presidium"]["tally"];
    tally["obtained"] = 5.into();
    tally["margin"] = 0.into();
    tally["adopted"] = true.into();
    let edited: Vec<Recorded> = serde_json::from_value(json).expect("log");
    match Ledger::replay(Rulebook::NATIONAL, &edited) {
        Err(Error::Ledger(LedgerError::Replay {
            position: p, error, ..
        })) => {
            assert_eq!(p, position);
            assert!(
                matches!(
                    *error,
                    Error::Presidium(PresidiumError::TallyMismatch { .. })
                ),
                "{error}"
            );
        }
        other => panic!("expected a replay refusal, got {other:?}"),
    }

    // A vote moved to a non-member is refused too.
    let mut json = serde_json::to_value(&log).expect("json");
    let vote = log
        .iter()
        .position(|r| {
            matches!(
                r.event,
                Event::Presidium(PresidiumEvent::VoteCast(VoteCast { .. }))
            )
        })
        .expect("vote in log");
    json[vote]["actor"]["deputy"] = serde_json::to_value(dep(12)).expect("json");
    let edited: Vec<Recorded> = serde_json::from_value(json).expect("log");
    match Ledger::replay(Rulebook::NATIONAL, &edited) {
        Err(Error::Ledger(LedgerError::Replay {
            position: p, error, ..
        })) => {
            assert_eq!(p, vote);
            match *error {
                Error::Presidium(e) => assert_eq!(forbidden_of(&e).actor, deputy(12)),
                other => panic!("expected a presidium refusal, got {other:?}"),
            }
        }
        other => panic!("expected a replay refusal, got {other:?}"),
    }
    let decided = t
        .ledger
        .state()
        .presidium()
        .motion(decision(1))
        .map(|m| &m.status);
    assert!(matches!(decided, Some(MotionStatus::Decided { .. })));
}

/// Rule: 组织法2022 第十九条第一款 — once a session is in the record, the presidium comes from
/// a session's vote; recording the membership by hand is refused and changes nothing.
#[test]
fn a_recorded_session_elects_its_own_presidium() {
    let mut t = Town::with_deputies(46).first_session_convened(1..=46);
    let before = snapshot(&t.ledger);
    let by_hand = PresidiumCommand::RecordMembership {
        session: S1,
        members: (1..=9).map(dep).collect(),
        on: day(1, 15),
    };
    let err = t.refused(presidium(), by_hand);
    assert!(
        matches!(err, Error::Ledger(LedgerError::DecidedAtSession { .. })),
        "{err:?}"
    );
    assert!(err.to_string().contains("组织法2022 第十九条第一款"));
    assert_eq!(snapshot(&t.ledger), before);
}

/// Rule: 组织法2022 第十九条第一款 — the chair is a member of the presidium as chair; a chair
/// who leaves the post (and was not elected to the list) leaves the presidium too.
#[test]
fn a_former_chair_is_no_longer_a_member_ex_officio() {
    let mut t = Town::with_deputies(46)
        .chair(40)
        .first_session_convened(1..=40);
    t.prepare_and_open(S1, &(1..=8).collect::<Vec<_>>());
    let on_15 = members(&t, day(1, 15));
    assert!(on_15.contains(&dep(40)));
    assert_eq!(on_15.len(), 9);

    // The chair resigns the post; the congress accepts it by vote the next day.
    t.on(1, 16);
    let resign = Subject::AcceptOfficerResignation {
        post: Post::Chair,
        holder: who(40),
    };
    assert!(t.adopt(S1, 3, resign).passed);
    // Stating it by hand is refused now that sessions are in the record.
    let by_hand = RosterChange::OfficeVacated {
        post: Post::Chair,
        holder: who(40),
        on: day(1, 16),
        reason: OfficeEnd::Resigned,
    };
    let err = t.refused(presidium(), by_hand);
    assert!(
        matches!(err, Error::Ledger(LedgerError::DecidedAtSession { .. })),
        "{err:?}"
    );
    assert_eq!(t.ledger.roster().chair_at(day(1, 16)), None);
    let on_16 = members(&t, day(1, 16));
    assert!(!on_16.contains(&dep(40)), "{on_16:?}");
    assert_eq!(on_16.len(), 8);
}
