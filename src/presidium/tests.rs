//! Unit tests: each refusal with its exact error and the state unchanged.

use chrono::{DateTime, NaiveDate, TimeDelta, TimeZone, Utc};

use super::*;
use crate::actor::{Actor, Context, Forbidden};
use crate::ids::ConstituencyId;
use crate::roster::{OfficeEnd, Officeholder, Post, RosterChange, UnitKind};
use crate::rulebook::{Citation, RuleField, SizeBounds};
use crate::session::{SessionEvent, Sessions};

/// What the presidium reads and changes: the roster and the sessions below it, and itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
struct State {
    roster: Roster,
    sessions: Sessions,
    presidium: Presidium,
}

fn decide(
    s: &State,
    ctx: &Context<'_>,
    cmd: &PresidiumCommand,
) -> Result<Vec<PresidiumEvent>, crate::Error> {
    Ok(vec![s.presidium.decide(
        &s.roster,
        &s.sessions,
        ctx,
        cmd,
    )?])
}

/// Checks an event and the session events it entails, then commits them, as the ledger does.
fn apply(s: &mut State, ctx: &Context<'_>, e: &PresidiumEvent) -> Result<(), crate::Error> {
    s.presidium.check(&s.roster, &s.sessions, ctx, e)?;
    let effects: Vec<SessionEvent> = s.presidium.effects(e);
    for f in &effects {
        s.sessions.check_effect(&s.roster, ctx, f)?;
    }
    s.presidium.commit(&s.roster, ctx, e);
    for f in &effects {
        s.sessions.commit(&s.roster, ctx, f);
    }
    Ok(())
}

/// Local day `day` of 2026 (day 1 = 1 January), at `hour` o'clock Beijing time.
fn at(day: u32, hour: u32) -> DateTime<Utc> {
    let start = Utc
        .with_ymd_and_hms(2025, 12, 31, 16, 0, 0)
        .single()
        .expect("valid time");
    start + TimeDelta::days(i64::from(day) - 1) + TimeDelta::hours(i64::from(hour))
}

fn day(n: u32) -> NaiveDate {
    Rulebook::NATIONAL.local_date(at(n, 9))
}

fn dep(n: u128) -> DeputyId {
    DeputyId::from_u128(n)
}

fn deputy(n: u128) -> Actor {
    Actor::deputy(dep(n))
}

const CHAIR: u128 = 1;
const VICE: u128 = 2;
const UNIT: u128 = 500;
const ROSTER_DAY: u32 = 5;

fn roster(s: &mut State, actor: Actor, when: DateTime<Utc>, change: RosterChange) {
    let rules = Rulebook::NATIONAL;
    let ctx = Context::new(&rules, &actor, when);
    s.roster.apply(&ctx, &change).expect("roster change");
}

fn exec(
    s: &mut State,
    rules: &Rulebook,
    actor: Actor,
    when: DateTime<Utc>,
    cmd: PresidiumCommand,
) -> Result<Vec<PresidiumEvent>, crate::Error> {
    let ctx = Context::new(rules, &actor, when);
    let events = decide(s, &ctx, &cmd)?;
    for e in &events {
        apply(s, &ctx, e)?;
    }
    Ok(events)
}

fn ok(s: &mut State, actor: Actor, when: DateTime<Utc>, cmd: PresidiumCommand) {
    exec(s, &Rulebook::NATIONAL, actor, when, cmd).expect("accepted");
}

fn refused_under(
    s: &mut State,
    rules: &Rulebook,
    actor: Actor,
    when: DateTime<Utc>,
    cmd: PresidiumCommand,
) -> crate::Error {
    let before = s.clone();
    let err = exec(s, rules, actor, when, cmd).expect_err("refused");
    assert_eq!(*s, before, "a refused command must change nothing");
    err
}

fn refused(
    s: &mut State,
    actor: Actor,
    when: DateTime<Utc>,
    cmd: PresidiumCommand,
) -> crate::Error {
    refused_under(s, &Rulebook::NATIONAL, actor, when, cmd)
}

fn forbidden(
    actor: Actor,
    action: &'static str,
    allowed: &'static str,
    c: Citation,
) -> crate::Error {
    PresidiumError::Forbidden(Forbidden::new(actor, action, allowed, c)).into()
}

/// Opens the term and elects 12 deputies (1..=12) in four constituencies on 4 January.
fn elect_twelve(s: &mut State, t: DateTime<Utc>) {
    roster(
        s,
        Actor::CountyStandingCommittee {},
        t,
        RosterChange::TermOpened {
            township: "青山镇".into(),
            number: 8,
            election_completed: day(4),
            population: 30_000,
            seats: 50,
            uplift: false,
            township_kind: crate::roster::TownshipKind::Town,
            minorities: Vec::new(),
        },
    );
    for c in 0..4u128 {
        roster(
            s,
            Actor::ElectionCommittee {},
            t,
            RosterChange::ConstituencyDrawn {
                constituency: ConstituencyId::from_u128(100 + c),
                name: format!("第{c}选区"),
                seats: 3,
                voters: 2_000,
            },
        );
    }
    for n in 1..=12u128 {
        roster(
            s,
            Actor::ElectionCommittee {},
            t,
            RosterChange::DeputyElected {
                deputy: dep(n),
                name: format!("代表{n}"),
                constituency: ConstituencyId::from_u128(100 + (n - 1) / 3),
                on: day(4),
                by_election: false,
            },
        );
    }
}

/// 12 deputies (1..=12) elected on 4 January; deputy 1 chair, deputy 2 vice-chair; one unit.
fn base() -> State {
    let mut s = State::default();
    let t = at(ROSTER_DAY, 9);
    elect_twelve(&mut s, t);
    let all: BTreeSet<DeputyId> = (1..=12).map(dep).collect();
    let review = RosterChange::CredentialsReviewed {
        valid: all.clone(),
        void: BTreeSet::new(),
        on: day(4),
    };
    roster(&mut s, Actor::CredentialsCommittee {}, t, review);
    let confirmed = RosterChange::CredentialsConfirmed {
        deputies: all,
        on: day(4),
    };
    roster(&mut s, Actor::Presidium {}, t, confirmed);
    for (post, n) in [(Post::Chair, CHAIR), (Post::ViceChair, VICE)] {
        roster(
            &mut s,
            Actor::Presidium {},
            t,
            RosterChange::OfficerSeated {
                post,
                holder: Officeholder::Deputy { deputy: dep(n) },
                on: day(ROSTER_DAY),
            },
        );
    }
    roster(
        &mut s,
        Actor::Government {},
        t,
        RosterChange::UnitRegistered {
            unit: UnitId::from_u128(UNIT),
            name: "农业农村办公室".into(),
            category: UnitKind::Department,
        },
    );
    s
}

fn elected(range: std::ops::RangeInclusive<u128>) -> BTreeSet<DeputyId> {
    range.map(dep).collect()
}

/// `base()` with deputies 3..=9 elected: 9 members with the chair and vice-chair.
fn seated() -> State {
    let mut s = base();
    ok(
        &mut s,
        Actor::Presidium {},
        at(6, 9),
        PresidiumCommand::RecordMembership {
            session: SessionId::from_u128(1),
            members: elected(3..=9),
            on: day(6),
        },
    );
    s
}

const M: u128 = 700;
const D: u128 = 800;

fn meeting() -> MeetingId {
    MeetingId::from_u128(M)
}

fn decision(n: u128) -> DecisionId {
    DecisionId::from_u128(D + n)
}

/// `seated()` with a meeting convened on day 10 and `present` members registered.
fn meeting_with(present: &[u128]) -> State {
    let mut s = seated();
    ok(
        &mut s,
        deputy(CHAIR),
        at(10, 9),
        PresidiumCommand::ConveneMeeting { meeting: meeting() },
    );
    for n in present {
        ok(
            &mut s,
            deputy(*n),
            at(10, 9),
            PresidiumCommand::RegisterAttendance { meeting: meeting() },
        );
    }
    s
}

fn report_motion() -> PresidiumDecision {
    PresidiumDecision::AdoptWorkReport {
        session: SessionId::from_u128(2),
    }
}

fn put(s: &mut State, n: u128, motion: PresidiumDecision) {
    ok(
        s,
        deputy(CHAIR),
        at(10, 10),
        PresidiumCommand::PutMotion {
            meeting: meeting(),
            decision: decision(n),
            motion,
        },
    );
}

/// The chair puts motion `n` at noon on day 10 and is refused; returns the refusal.
fn put_refused(s: &mut State, n: u128, motion: PresidiumDecision) -> crate::Error {
    refused(
        s,
        deputy(CHAIR),
        at(10, 12),
        PresidiumCommand::PutMotion {
            meeting: meeting(),
            decision: decision(n),
            motion,
        },
    )
}

fn vote(s: &mut State, n: u128, who: &[u128], choice: Choice) {
    for d in who {
        ok(
            s,
            deputy(*d),
            at(10, 11),
            PresidiumCommand::CastVote {
                decision: decision(n),
                choice,
            },
        );
    }
}

fn close_vote(s: &mut State, n: u128) -> Tally {
    let events = exec(
        s,
        &Rulebook::NATIONAL,
        deputy(CHAIR),
        at(10, 12),
        PresidiumCommand::CloseVote {
            decision: decision(n),
        },
    )
    .expect("vote closed");
    match events.as_slice() {
        [PresidiumEvent::DecisionTaken(DecisionTaken { tally, .. })] => tally.clone(),
        other => panic!("expected one DecisionTaken, got {other:?}"),
    }
}

// ---- membership ----

#[test]
fn membership_adds_chair_and_vice_chairs_ex_officio() {
    let s = seated();
    let members = s.presidium.members_at(&s.roster, day(6));
    assert_eq!(members, elected(1..=9));
    // Before the election only the officers are members.
    assert_eq!(s.presidium.members_at(&s.roster, day(5)), elected(1..=2));
}

/// Rule: 浙江 2016 第八条第二款 (provincial) — the size counts the chair and vice-chairs.
#[test]
fn membership_size_counts_ex_officio_members() {
    let mut s = base();
    let zhejiang = Rulebook::province("浙江").expect("profile");
    // 5 elected + chair + vice-chair = 7, the minimum.
    exec(
        &mut s,
        &zhejiang,
        Actor::Presidium {},
        at(6, 9),
        PresidiumCommand::RecordMembership {
            session: SessionId::from_u128(1),
            members: elected(3..=7),
            on: day(6),
        },
    )
    .expect("accepted");
    assert_eq!(s.presidium.members_at(&s.roster, day(6)).len(), 7);
    let e = refused_under(
        &mut s,
        &zhejiang,
        Actor::Presidium {},
        at(6, 9),
        PresidiumCommand::RecordMembership {
            session: SessionId::from_u128(2),
            members: elected(3..=6),
            on: day(6),
        },
    );
    assert_eq!(
        e,
        PresidiumError::SizeOutOfRange {
            size: 6,
            allowed: SizeBounds {
                min: Some(7),
                max: Some(17),
            },
            basis: zhejiang.basis(RuleField::PresidiumSizeMin),
        }
        .into()
    );
    assert_eq!(
        e.to_string(),
        "the presidium must have 7 to 17 members, counting the chair and vice-chairs; it would have 6 (浙江省乡镇人民代表大会工作条例2016 第八条第二款; provincial rule, field `presidium_size_min`)"
    );
    // National law sets no size: the same list is accepted.
    ok(
        &mut s,
        Actor::Presidium {},
        at(6, 9),
        PresidiumCommand::RecordMembership {
            session: SessionId::from_u128(2),
            members: elected(3..=6),
            on: day(6),
        },
    );
}

/// Rule: 北京 2016 第十七条第二款 (provincial) — five to nine members.
#[test]
fn membership_above_the_maximum_is_refused() {
    let mut s = base();
    let rules = Rulebook::province("北京").expect("profile");
    let e = refused_under(
        &mut s,
        &rules,
        Actor::Presidium {},
        at(6, 9),
        PresidiumCommand::RecordMembership {
            session: SessionId::from_u128(1),
            members: elected(1..=10),
            on: day(6),
        },
    );
    assert_eq!(
        e,
        PresidiumError::SizeOutOfRange {
            size: 10,
            allowed: SizeBounds {
                min: Some(5),
                max: Some(9),
            },
            basis: rules.basis(RuleField::PresidiumSizeMax),
        }
        .into()
    );
}

#[test]
fn membership_of_a_non_deputy_is_refused() {
    let mut s = base();
    let mut members = elected(3..=9);
    members.insert(dep(99));
    let e = refused(
        &mut s,
        Actor::Presidium {},
        at(6, 9),
        PresidiumCommand::RecordMembership {
            session: SessionId::from_u128(1),
            members,
            on: day(6),
        },
    );
    assert_eq!(
        e,
        PresidiumError::NotServing {
            deputy: dep(99),
            on: day(6),
            citation: MEMBERS,
        }
        .into()
    );
}

#[test]
fn membership_recorded_by_anyone_else_future_or_out_of_order_is_refused() {
    let mut s = seated();
    let cmd = |on| PresidiumCommand::RecordMembership {
        session: SessionId::from_u128(2),
        members: elected(3..=9),
        on,
    };
    let e = refused(&mut s, deputy(CHAIR), at(8, 9), cmd(day(8)));
    assert_eq!(
        e,
        forbidden(
            deputy(CHAIR),
            "record the presidium a session elected",
            "the presidium",
            ELECTED_AT_SESSION
        )
    );
    let e = refused(&mut s, Actor::Presidium {}, at(8, 9), cmd(day(9)));
    assert_eq!(
        e,
        PresidiumError::FutureDate {
            on: day(9),
            today: day(8)
        }
        .into()
    );
    let e = refused(&mut s, Actor::Presidium {}, at(8, 9), cmd(day(5)));
    assert_eq!(
        e,
        PresidiumError::MembershipOutOfOrder {
            on: day(5),
            last: day(6)
        }
        .into()
    );
}

#[test]
fn a_new_membership_replaces_the_old_one_from_its_date() {
    let mut s = seated();
    ok(
        &mut s,
        Actor::Presidium {},
        at(200, 9),
        PresidiumCommand::RecordMembership {
            session: SessionId::from_u128(2),
            members: elected(6..=12),
            on: day(200),
        },
    );
    assert_eq!(s.presidium.members_at(&s.roster, day(199)), elected(1..=9));
    let mut later = elected(6..=12);
    later.extend([dep(CHAIR), dep(VICE)]);
    assert_eq!(s.presidium.members_at(&s.roster, day(200)), later);
}

#[test]
fn a_deputy_who_resigned_is_no_longer_a_member() {
    let mut s = seated();
    roster(
        &mut s,
        Actor::Presidium {},
        at(8, 9),
        RosterChange::ResignationAccepted {
            deputy: dep(3),
            on: day(8),
            votes_for: 7,
        },
    );
    let members = s.presidium.members_at(&s.roster, day(8));
    assert_eq!(members.len(), 8);
    assert!(!members.contains(&dep(3)));
    assert!(s.presidium.members_at(&s.roster, day(7)).contains(&dep(3)));
    ok(
        &mut s,
        deputy(CHAIR),
        at(8, 10),
        PresidiumCommand::ConveneMeeting { meeting: meeting() },
    );
    let e = refused(
        &mut s,
        deputy(3),
        at(8, 10),
        PresidiumCommand::RegisterAttendance { meeting: meeting() },
    );
    assert_eq!(
        e,
        forbidden(
            deputy(3),
            "attend a presidium meeting",
            "a member of the presidium on that day",
            MEMBERS
        )
    );
}

// ---- convening ----

#[test]
fn the_chair_convenes_and_a_vice_chair_may_not_while_the_chair_is_seated() {
    let mut s = seated();
    let cmd = PresidiumCommand::ConveneMeeting { meeting: meeting() };
    for who in [deputy(VICE), deputy(3), Actor::Presidium {}] {
        let e = refused(&mut s, who.clone(), at(10, 9), cmd.clone());
        assert_eq!(
            e,
            forbidden(
                who,
                "convene a presidium meeting",
                "the chair; a vice-chair when the chair's post is vacant, the chair cannot act, or on the chair's written delegation",
                CONVENER
            )
        );
    }
    ok(&mut s, deputy(CHAIR), at(10, 9), cmd.clone());
    let m = s.presidium.meeting(meeting()).expect("meeting");
    assert_eq!(
        (m.on, m.convener, m.status),
        (day(10), dep(CHAIR), MeetingStatus::Open {})
    );
    let e = refused(&mut s, deputy(CHAIR), at(10, 9), cmd);
    assert_eq!(
        e,
        PresidiumError::DuplicateMeeting { meeting: meeting() }.into()
    );
}

#[test]
fn a_vice_chair_convenes_when_the_chair_post_is_vacant() {
    let mut s = seated();
    roster(
        &mut s,
        Actor::Presidium {},
        at(9, 9),
        RosterChange::OfficeVacated {
            post: Post::Chair,
            holder: Officeholder::Deputy { deputy: dep(CHAIR) },
            on: day(9),
            reason: OfficeEnd::Resigned,
        },
    );
    let cmd = PresidiumCommand::ConveneMeeting { meeting: meeting() };
    let e = refused(&mut s, deputy(CHAIR), at(10, 9), cmd.clone());
    assert!(matches!(
        e,
        crate::Error::Presidium(PresidiumError::Forbidden(_))
    ));
    ok(&mut s, deputy(VICE), at(10, 9), cmd);
    assert_eq!(
        s.presidium.meeting(meeting()).map(|m| m.convener),
        Some(dep(VICE))
    );
}

// ---- attendance and quorum ----

#[test]
fn attendance_is_for_members_once_while_open() {
    let mut s = meeting_with(&[3]);
    let cmd = PresidiumCommand::RegisterAttendance { meeting: meeting() };
    let e = refused(&mut s, deputy(10), at(10, 9), cmd.clone());
    assert_eq!(
        e,
        forbidden(
            deputy(10),
            "attend a presidium meeting",
            "a member of the presidium on that day",
            MEMBERS
        )
    );
    let e = refused(&mut s, deputy(3), at(10, 9), cmd.clone());
    assert_eq!(
        e,
        PresidiumError::AlreadyPresent {
            meeting: meeting(),
            deputy: dep(3)
        }
        .into()
    );
    let unknown = PresidiumCommand::RegisterAttendance {
        meeting: MeetingId::from_u128(1),
    };
    let e = refused(&mut s, deputy(4), at(10, 9), unknown);
    assert_eq!(
        e,
        PresidiumError::UnknownMeeting {
            meeting: MeetingId::from_u128(1)
        }
        .into()
    );
    ok(
        &mut s,
        deputy(CHAIR),
        at(10, 9),
        PresidiumCommand::CloseMeeting { meeting: meeting() },
    );
    let e = refused(&mut s, deputy(4), at(10, 9), cmd);
    assert_eq!(
        e,
        PresidiumError::MeetingClosed { meeting: meeting() }.into()
    );
}

#[test]
fn a_motion_needs_a_majority_of_all_members_present() {
    let mut s = meeting_with(&[1, 2, 3, 4]);
    assert!(
        !s.presidium
            .meeting(meeting())
            .is_some_and(|m| m.quorum_reached)
    );
    let cmd = PresidiumCommand::PutMotion {
        meeting: meeting(),
        decision: decision(1),
        motion: report_motion(),
    };
    let e = refused(&mut s, deputy(CHAIR), at(10, 10), cmd.clone());
    assert_eq!(
        e,
        PresidiumError::QuorumNotMet {
            meeting: meeting(),
            members: 9,
            present: 4,
            needed: 5,
            short: 1,
            basis: Rulebook::NATIONAL.basis(RuleField::PresidiumQuorum),
        }
        .into()
    );
    assert_eq!(
        e.to_string(),
        "the presidium meeting needs 5 of its 9 members present, 4 are: short by 1 (组织法2022 第十九条第一款; a common-practice default, not statute: set `presidium_quorum` in a profile to change it)"
    );
    ok(
        &mut s,
        deputy(5),
        at(10, 9),
        PresidiumCommand::RegisterAttendance { meeting: meeting() },
    );
    assert!(
        s.presidium
            .meeting(meeting())
            .is_some_and(|m| m.quorum_reached)
    );
    ok(&mut s, deputy(CHAIR), at(10, 10), cmd);
    assert!(s.presidium.motion(decision(1)).is_some());
}

#[test]
fn a_two_thirds_profile_needs_six_of_nine() {
    let rules = Rulebook::province("江苏").expect("profile");
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    let cmd = PresidiumCommand::PutMotion {
        meeting: meeting(),
        decision: decision(1),
        motion: report_motion(),
    };
    let e = refused_under(&mut s, &rules, deputy(CHAIR), at(10, 10), cmd.clone());
    assert_eq!(
        e.to_string(),
        "the presidium meeting needs 6 of its 9 members present, 5 are: short by 1 (江苏省乡镇人民代表大会工作条例2016 第二十二条; provincial rule, field `presidium_quorum`)"
    );
    exec(
        &mut s,
        &rules,
        deputy(6),
        at(10, 10),
        PresidiumCommand::RegisterAttendance { meeting: meeting() },
    )
    .expect("present");
    exec(&mut s, &rules, deputy(CHAIR), at(10, 10), cmd).expect("quorum of 6");
}

#[test]
fn only_the_presider_puts_motions() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    let cmd = PresidiumCommand::PutMotion {
        meeting: meeting(),
        decision: decision(1),
        motion: report_motion(),
    };
    let e = refused(&mut s, deputy(3), at(10, 10), cmd.clone());
    assert_eq!(
        e,
        forbidden(
            deputy(3),
            "put a motion to the presidium",
            "the chair; a vice-chair when the chair's post is vacant, the chair cannot act, or on the chair's written delegation",
            CONVENER
        )
    );
    ok(&mut s, deputy(CHAIR), at(10, 10), cmd.clone());
    let e = refused(&mut s, deputy(CHAIR), at(10, 10), cmd);
    assert_eq!(
        e,
        PresidiumError::DuplicateDecision {
            decision: decision(1)
        }
        .into()
    );
}

#[test]
fn motions_are_checked_before_they_are_put() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    let put = |motion| PresidiumCommand::PutMotion {
        meeting: meeting(),
        decision: decision(1),
        motion,
    };
    let e = refused(
        &mut s,
        deputy(CHAIR),
        at(10, 10),
        put(PresidiumDecision::HandOverSuggestions {
            proposals: [ProposalId::from_u128(1)].into(),
            unit: UnitId::from_u128(1),
            co_units: BTreeSet::new(),
        }),
    );
    assert_eq!(
        e,
        PresidiumError::UnknownUnit {
            unit: UnitId::from_u128(1),
            citation: Citation::organic(42, Some(2)),
        }
        .into()
    );
    let e = refused(
        &mut s,
        deputy(CHAIR),
        at(10, 10),
        put(PresidiumDecision::HandOverSuggestions {
            proposals: BTreeSet::new(),
            unit: UnitId::from_u128(UNIT),
            co_units: BTreeSet::new(),
        }),
    );
    assert_eq!(
        e,
        PresidiumError::EmptyMotion {
            what: "suggestions"
        }
        .into()
    );
    let e = refused(
        &mut s,
        deputy(CHAIR),
        at(10, 10),
        put(PresidiumDecision::ApproveRecessPlan {
            year: 2026,
            items: Vec::new(),
        }),
    );
    assert_eq!(e, PresidiumError::EmptyMotion { what: "plan items" }.into());
}

// ---- votes and tallies ----

#[test]
fn votes_are_for_members_present_once_each() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    put(&mut s, 1, report_motion());
    let cast = PresidiumCommand::CastVote {
        decision: decision(1),
        choice: Choice::For,
    };
    let e = refused(&mut s, deputy(10), at(10, 11), cast.clone());
    assert_eq!(
        e,
        forbidden(
            deputy(10),
            "vote in the presidium",
            "a member of the presidium on that day",
            MEMBERS
        )
    );
    let e = refused(&mut s, deputy(6), at(10, 11), cast.clone());
    assert_eq!(
        e,
        PresidiumError::NotPresent {
            meeting: meeting(),
            deputy: dep(6)
        }
        .into()
    );
    ok(&mut s, deputy(3), at(10, 11), cast.clone());
    let e = refused(&mut s, deputy(3), at(10, 11), cast.clone());
    assert_eq!(
        e,
        PresidiumError::AlreadyVoted {
            decision: decision(1),
            deputy: dep(3)
        }
        .into()
    );
    let e = refused(
        &mut s,
        deputy(3),
        at(10, 11),
        PresidiumCommand::CastVote {
            decision: decision(9),
            choice: Choice::For,
        },
    );
    assert_eq!(
        e,
        PresidiumError::UnknownDecision {
            decision: decision(9)
        }
        .into()
    );
    close_vote(&mut s, 1);
    let e = refused(&mut s, deputy(4), at(10, 12), cast);
    assert_eq!(
        e,
        PresidiumError::MotionDecided {
            decision: decision(1)
        }
        .into()
    );
}

#[test]
fn adoption_needs_a_majority_of_all_members_not_of_those_present() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    put(&mut s, 1, report_motion());
    vote(&mut s, 1, &[1, 2, 3, 4], Choice::For);
    vote(&mut s, 1, &[5], Choice::Against);
    let tally = close_vote(&mut s, 1);
    let citation = Rulebook::NATIONAL.presidium_adoption.citation.clone();
    assert_eq!(
        tally,
        Tally {
            members: 9,
            present: 5,
            obtained: 4,
            against: 1,
            abstained: 0,
            required: 5,
            margin: -1,
            adopted: false,
            citation: citation.clone(),
        }
    );
    assert_eq!(s.presidium.decisions_taken().count(), 0);

    put(&mut s, 2, report_motion());
    vote(&mut s, 2, &[1, 2, 3, 4, 5], Choice::For);
    let tally = close_vote(&mut s, 2);
    assert_eq!(
        (tally.obtained, tally.required, tally.margin, tally.adopted),
        (5, 5, 0, true)
    );
    let taken: Vec<_> = s.presidium.decisions_taken().map(|m| m.decision).collect();
    assert_eq!(taken, vec![decision(2)]);
}

#[test]
fn closing_a_vote_needs_the_presider_and_a_quorum() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    put(&mut s, 1, report_motion());
    let close = PresidiumCommand::CloseVote {
        decision: decision(1),
    };
    let e = refused(&mut s, deputy(3), at(10, 12), close.clone());
    assert_eq!(
        e,
        forbidden(
            deputy(3),
            "close a presidium vote",
            "the chair; a vice-chair when the chair's post is vacant, the chair cannot act, or on the chair's written delegation",
            CONVENER
        )
    );
    // Deputy 5 resigns: 8 members, 4 of them present, 5 needed.
    roster(
        &mut s,
        Actor::Presidium {},
        at(11, 9),
        RosterChange::ResignationAccepted {
            deputy: dep(5),
            on: day(11),
            votes_for: 7,
        },
    );
    let e = refused(&mut s, deputy(CHAIR), at(11, 10), close);
    assert_eq!(
        e,
        PresidiumError::QuorumNotMet {
            meeting: meeting(),
            members: 8,
            present: 4,
            needed: 5,
            short: 1,
            basis: Rulebook::NATIONAL.basis(RuleField::PresidiumQuorum),
        }
        .into()
    );
}

#[test]
fn an_edited_tally_is_refused() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    put(&mut s, 1, report_motion());
    vote(&mut s, 1, &[1, 2, 3, 4], Choice::For);
    let rules = Rulebook::NATIONAL;
    let actor = deputy(CHAIR);
    let ctx = Context::new(&rules, &actor, at(10, 12));
    let events = decide(
        &s,
        &ctx,
        &PresidiumCommand::CloseVote {
            decision: decision(1),
        },
    )
    .expect("decided");
    let Some(PresidiumEvent::DecisionTaken(DecisionTaken { tally, .. })) = events.first() else {
        panic!("expected DecisionTaken, got {events:?}");
    };
    let mut forged = tally.clone();
    forged.obtained = 5;
    forged.margin = 0;
    forged.adopted = true;
    let before = s.clone();
    let e = apply(
        &mut s,
        &ctx,
        &PresidiumEvent::DecisionTaken(DecisionTaken {
            decision: decision(1),
            tally: forged.clone(),
            interim_proposal_qualified: None,
        }),
    )
    .expect_err("forged");
    assert_eq!(
        e,
        PresidiumError::TallyMismatch {
            decision: decision(1),
            recorded: Box::new(forged),
            computed: Box::new(tally.clone()),
        }
        .into()
    );
    let e = apply(
        &mut s,
        &ctx,
        &PresidiumEvent::DecisionTaken(DecisionTaken {
            decision: decision(1),
            tally: tally.clone(),
            interim_proposal_qualified: Some(true),
        }),
    )
    .expect_err("forged flag");
    assert_eq!(
        e,
        PresidiumError::InterimProposalMismatch {
            decision: decision(1),
            recorded: Some(true),
            computed: None,
        }
        .into()
    );
    assert_eq!(s, before);
}

// ---- effects ----

#[test]
fn an_adopted_convening_schedules_the_session_and_a_rejected_one_does_not() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    let convene = |n| PresidiumDecision::ConveneSession {
        session: SessionId::from_u128(n),
        opens_on: day(40),
    };
    put(&mut s, 1, convene(10));
    vote(&mut s, 1, &[1, 2, 3], Choice::For);
    let sessions = s.sessions.clone();
    assert!(!close_vote(&mut s, 1).adopted);
    assert_eq!(s.sessions, sessions);

    put(&mut s, 2, convene(11));
    vote(&mut s, 2, &[1, 2, 3, 4, 5], Choice::For);
    assert!(close_vote(&mut s, 2).adopted);
    assert_ne!(
        s.sessions, sessions,
        "the adopted decision convened the session"
    );
}

#[test]
fn a_motion_that_could_not_take_effect_is_refused_when_put() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    // Moving a session that is not scheduled.
    let e = put_refused(
        &mut s,
        1,
        PresidiumDecision::MoveSession {
            session: SessionId::from_u128(404),
            opens_on: day(40),
        },
    );
    assert_eq!(
        e,
        crate::Error::Presidium(PresidiumError::UnknownSession {
            session: SessionId::from_u128(404)
        })
    );
    // A session set for a day already past.
    let e = put_refused(
        &mut s,
        1,
        PresidiumDecision::ConveneSession {
            session: SessionId::from_u128(9),
            opens_on: day(9),
        },
    );
    assert_eq!(
        e,
        crate::Error::Presidium(PresidiumError::DateInPast {
            on: day(9),
            today: day(10)
        })
    );
    // A plan for last year.
    let e = put_refused(
        &mut s,
        1,
        PresidiumDecision::ApproveRecessPlan {
            year: 2025,
            items: vec![PlanItem::new(PlanItemKind::Inspection, "x")],
        },
    );
    assert_eq!(
        e,
        crate::Error::Presidium(PresidiumError::PlanForPastYear {
            year: 2025,
            current: 2026,
            citation: Citation::organic(19, Some(2)),
        })
    );
    // Two open motions on the same session: the second waits for the first.
    put(
        &mut s,
        1,
        PresidiumDecision::ConveneSession {
            session: SessionId::from_u128(9),
            opens_on: day(40),
        },
    );
    let e = put_refused(
        &mut s,
        2,
        PresidiumDecision::ConveneSession {
            session: SessionId::from_u128(9),
            opens_on: day(50),
        },
    );
    assert_eq!(
        e,
        crate::Error::Presidium(PresidiumError::SessionMotionOpen {
            session: SessionId::from_u128(9),
            decision: decision(1)
        })
    );
}

#[test]
fn attendance_counts_only_on_the_meeting_day() {
    let mut s = seated();
    ok(
        &mut s,
        deputy(CHAIR),
        at(10, 9),
        PresidiumCommand::ConveneMeeting { meeting: meeting() },
    );
    let e = refused(
        &mut s,
        deputy(3),
        at(11, 9),
        PresidiumCommand::RegisterAttendance { meeting: meeting() },
    );
    assert_eq!(
        e,
        crate::Error::Presidium(PresidiumError::WrongDay {
            meeting: meeting(),
            held_on: day(10),
            today: day(11)
        })
    );
}

#[test]
fn a_suspended_chair_cannot_preside_and_a_vice_chair_steps_in() {
    let mut s = seated();
    roster(
        &mut s,
        Actor::CredentialsCommittee {},
        at(8, 9),
        RosterChange::DeputySuspended {
            deputy: dep(CHAIR),
            on: day(8),
            reason: "刑事拘留".into(),
        },
    );
    let e = refused(
        &mut s,
        deputy(CHAIR),
        at(10, 9),
        PresidiumCommand::ConveneMeeting { meeting: meeting() },
    );
    assert!(
        matches!(e, crate::Error::Presidium(PresidiumError::Forbidden(_))),
        "{e:?}"
    );
    ok(
        &mut s,
        deputy(VICE),
        at(10, 9),
        PresidiumCommand::ConveneMeeting { meeting: meeting() },
    );
}

#[test]
fn an_interim_session_records_whether_deputies_proposed_it() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    let session = SessionId::from_u128(12);
    put(
        &mut s,
        1,
        PresidiumDecision::CallInterimSession {
            session,
            opens_on: day(30),
        },
    );
    vote(&mut s, 1, &[1, 2, 3, 4, 5], Choice::For);
    close_vote(&mut s, 1);
    let expected =
        s.sessions
            .interim_proposal_qualified(&s.roster, &Rulebook::NATIONAL, session, day(10));
    match s.presidium.motion(decision(1)).map(|m| &m.status) {
        Some(MotionStatus::Decided {
            interim_proposal_qualified,
            ..
        }) => assert_eq!(*interim_proposal_qualified, Some(expected)),
        other => panic!("expected a decided motion, got {other:?}"),
    }
}

#[test]
fn a_later_plan_for_the_same_year_replaces_the_earlier() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    let plan = |title: &str| PresidiumDecision::ApproveRecessPlan {
        year: 2026,
        items: vec![
            PlanItem::new(PlanItemKind::Inspection, title),
            PlanItem::new(PlanItemKind::LawEnforcementCheck, "食品安全法"),
        ],
    };
    put(&mut s, 1, plan("农村饮水"));
    vote(&mut s, 1, &[1, 2, 3, 4, 5], Choice::For);
    close_vote(&mut s, 1);
    let first = s.presidium.recess_plan(2026).expect("plan").clone();
    assert_eq!(
        (first.decision, first.replaces, first.approved_on),
        (decision(1), None, day(10))
    );
    put(&mut s, 2, plan("垃圾分类"));
    vote(&mut s, 2, &[1, 2, 3, 4, 5], Choice::For);
    close_vote(&mut s, 2);
    let second = s.presidium.recess_plan(2026).expect("plan");
    assert_eq!(
        (second.decision, second.replaces),
        (decision(2), Some(decision(1)))
    );
    assert_eq!(
        second.items.first().map(|i| i.title.as_str()),
        Some("垃圾分类")
    );
    assert!(s.presidium.recess_plan(2027).is_none());
}

// ---- closing and frequency ----

#[test]
fn a_meeting_closes_only_when_no_vote_is_open() {
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    put(&mut s, 1, report_motion());
    let close = PresidiumCommand::CloseMeeting { meeting: meeting() };
    let e = refused(&mut s, deputy(CHAIR), at(10, 13), close.clone());
    assert_eq!(
        e,
        PresidiumError::MotionsOpen {
            meeting: meeting(),
            open: 1
        }
        .into()
    );
    close_vote(&mut s, 1);
    let e = refused(&mut s, deputy(3), at(10, 13), close.clone());
    assert!(matches!(
        e,
        crate::Error::Presidium(PresidiumError::Forbidden(_))
    ));
    ok(&mut s, deputy(CHAIR), at(10, 13), close.clone());
    assert_eq!(
        s.presidium.meeting(meeting()).map(|m| m.status),
        Some(MeetingStatus::Closed { on: day(10) })
    );
    let e = refused(&mut s, deputy(CHAIR), at(10, 13), close);
    assert_eq!(
        e,
        PresidiumError::MeetingClosed { meeting: meeting() }.into()
    );
}

#[test]
fn quarters_without_a_held_meeting() {
    // Day 10 meeting reaches quorum; a day-100 meeting (Q2) with 4 present does not count.
    let mut s = meeting_with(&[1, 2, 3, 4, 5]);
    let inquorate = MeetingId::from_u128(2);
    ok(
        &mut s,
        deputy(CHAIR),
        at(100, 9),
        PresidiumCommand::ConveneMeeting { meeting: inquorate },
    );
    for n in [1, 2, 3, 4] {
        ok(
            &mut s,
            deputy(n),
            at(100, 9),
            PresidiumCommand::RegisterAttendance { meeting: inquorate },
        );
    }
    let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).expect("date");
    assert_eq!(s.presidium.meeting_days(), vec![day(10)]);
    assert_eq!(
        s.presidium.quarters_without_meeting(d(1, 1), d(12, 31)),
        vec![d(4, 1), d(7, 1), d(10, 1)]
    );
    let gap = s.presidium.longest_gap(d(1, 1), d(12, 31)).expect("gap");
    assert_eq!((gap.from, gap.to), (day(10), d(12, 31)));
    // 浙江 2016 第二十四条第一款: at least every three months; national law sets no interval.
    let zhejiang = Rulebook::province("浙江").expect("profile");
    assert!(gap.exceeds(&zhejiang));
    assert!(!gap.exceeds(&Rulebook::NATIONAL));
    let short = s.presidium.longest_gap(d(1, 1), d(3, 1)).expect("gap");
    assert_eq!((short.from, short.to, short.days), (day(10), d(3, 1), 50));
    assert!(!short.exceeds(&zhejiang));
    assert_eq!(s.presidium.longest_gap(d(3, 1), d(1, 1)), None);
}

#[test]
fn labels_and_wire_names() {
    let e = PresidiumEvent::MeetingConvened(MeetingConvened { meeting: meeting() });
    assert_eq!(e.label_zh(), "召集主席团会议");
    let json = serde_json::to_value(&e).expect("json");
    assert_eq!(
        json,
        serde_json::json!({"kind": "meeting_convened", "meeting": "00000000-0000-0000-0000-0000000002bc"})
    );
    let cmd: Result<PresidiumCommand, _> = serde_json::from_value(serde_json::json!(
        {"kind": "convene_meeting", "meeting": "00000000-0000-0000-0000-0000000002bc", "extra": 1}
    ));
    assert!(cmd.is_err(), "unknown fields are refused");
    assert_eq!(AnswerMode::Written.label_zh(), "书面答复");
    assert_eq!(Choice::Abstain.label_zh(), "弃权");
}

/// Rule: 浙江 2016 第三十八条 (provincial) — where the profile bars every presidium member from
/// administrative posts, a list with such a member is refused; nationally it is accepted.
#[test]
fn a_province_may_bar_administrative_posts_for_all_members() {
    let mut s = base();
    roster(
        &mut s,
        Actor::Staff {
            name: "李干事".into(),
        },
        at(5, 9),
        RosterChange::AdministrativePostTaken {
            deputy: dep(3),
            title: "镇农业服务中心主任".into(),
            on: day(5),
        },
    );
    let record = PresidiumCommand::RecordMembership {
        session: SessionId::from_u128(1),
        members: elected(3..=9),
        on: day(6),
    };
    let zhejiang = Rulebook::from_profile_json(
        r#"{"name":"浙江省","rules":{"presidium_members_no_administrative_post":{"value":true,
            "citation":{"law":"浙江省乡镇人民代表大会工作条例","year":2016,"article":38}}}}"#,
    )
    .expect("profile");
    let e = refused_under(
        &mut s,
        &zhejiang,
        Actor::Presidium {},
        at(6, 9),
        record.clone(),
    );
    assert!(
        matches!(
            e,
            crate::Error::Presidium(PresidiumError::AdministrativePost { .. })
        ),
        "{e:?}"
    );
    assert!(
        e.to_string()
            .contains("浙江省乡镇人民代表大会工作条例2016 第三十八条")
    );
    ok(&mut s, Actor::Presidium {}, at(6, 9), record);
}
