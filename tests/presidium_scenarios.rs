//! Presidium meetings as stories, through the ledger's public API.
//!
//! Membership comes from `PresidiumCommand::RecordMembership` (the presidium records the
//! membership a session elected); once sessions are merged, a session's own election feeds
//! the same check.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, TimeDelta, TimeZone, Utc};
use township_congress::actor::Forbidden;
use township_congress::ids::{
    ConstituencyId, DecisionId, DeputyId, MeetingId, ProposalId, SessionId,
};
use township_congress::ledger::LedgerError;
use township_congress::presidium::{
    AnswerMode, Choice, MotionStatus, PlanItem, PlanItemKind, PresidiumCommand, PresidiumDecision,
    PresidiumError, PresidiumEvent,
};
use township_congress::roster::{OfficeEnd, Officeholder, Post};
use township_congress::{
    Actor, Citation, Command, Envelope, Error, Event, Label, Ledger, RosterChange, Rulebook,
};

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
const CONVENER_RULE: &str = "山东省乡镇人民代表大会工作若干规定2015 第二十八条第二款";
/// National law sets no presidium quorum: the national rulebook's majority of all members is
/// a common-practice default, and its refusals say so.
const QUORUM_RULE: &str = "组织法2022 第十九条第一款; a common-practice default, not statute: set `presidium_quorum` in a profile to change it";
/// The article a tally cites for the (default) adoption rule.
const ADOPTION_RULE: &str = "组织法2022 第十九条第一款";

fn meeting(n: u128) -> MeetingId {
    MeetingId::from_u128(700 + n)
}

fn decision(n: u128) -> DecisionId {
    DecisionId::from_u128(800 + n)
}

struct Township {
    ledger: Ledger,
}

impl Township {
    /// 12 deputies elected on 4 January; on day 5 deputy 1 is seated as chair and deputy 2 as
    /// vice-chair; on day 6 the presidium records deputies 3..=9 elected: 9 members.
    fn new(rules: Rulebook) -> Self {
        let mut t = Self {
            ledger: Ledger::new(rules),
        };
        let when = at(5, 9);
        t.roster(
            Actor::CountyStandingCommittee {},
            when,
            RosterChange::TermOpened {
                township: "青山镇".into(),
                number: 8,
                election_completed: day(4),
                population: 30_000,
                seats: 50,
                uplift: false,
                township_kind: township_congress::roster::TownshipKind::Town,
            },
        );
        for c in 0..4u128 {
            t.roster(
                Actor::ElectionCommittee {},
                when,
                RosterChange::ConstituencyDrawn {
                    constituency: ConstituencyId::from_u128(100 + c),
                    name: format!("第{c}选区"),
                    seats: 3,
                    voters: 2_000,
                },
            );
        }
        for n in 1..=12u128 {
            t.roster(
                Actor::ElectionCommittee {},
                when,
                RosterChange::DeputyElected {
                    deputy: dep(n),
                    name: format!("代表{n}"),
                    constituency: ConstituencyId::from_u128(100 + (n - 1) / 3),
                    on: day(4),
                    by_election: false,
                },
            );
        }
        for (post, n) in [(Post::Chair, CHAIR), (Post::ViceChair, VICE)] {
            t.roster(
                Actor::Presidium {},
                when,
                RosterChange::OfficerSeated {
                    post,
                    holder: Officeholder::Deputy { deputy: dep(n) },
                    on: day(5),
                },
            );
        }
        t.ok(
            Actor::Presidium {},
            at(6, 9),
            PresidiumCommand::RecordMembership {
                session: SessionId::from_u128(1),
                members: (3..=9).map(dep).collect(),
                on: day(6),
            },
        );
        t
    }

    fn roster(&mut self, actor: Actor, when: DateTime<Utc>, change: RosterChange) {
        self.ledger
            .execute(Envelope::new(actor, when, Command::Roster(change)))
            .expect("roster change");
    }

    fn run(
        &mut self,
        actor: Actor,
        when: DateTime<Utc>,
        cmd: PresidiumCommand,
    ) -> Result<Vec<Event>, Error> {
        self.ledger
            .execute(Envelope::new(actor, when, Command::Presidium(cmd)))
            .map(|r| r.events().cloned().collect())
    }

    fn ok(&mut self, actor: Actor, when: DateTime<Utc>, cmd: PresidiumCommand) -> Vec<Event> {
        self.run(actor, when, cmd).expect("accepted")
    }

    /// Runs a command that must be refused; the state serializes to the same bytes after.
    fn refuse(&mut self, actor: Actor, when: DateTime<Utc>, cmd: PresidiumCommand) -> Error {
        let before = serde_json::to_string(self.ledger.state()).expect("json");
        let events = self.ledger.events().len();
        let err = self.run(actor, when, cmd).expect_err("refused");
        assert_eq!(
            serde_json::to_string(self.ledger.state()).expect("json"),
            before
        );
        assert_eq!(self.ledger.events().len(), events);
        err
    }

    fn members(&self, n: u32) -> BTreeSet<DeputyId> {
        self.ledger
            .state()
            .presidium()
            .members_at(self.ledger.roster(), day(n))
    }

    fn convene(&mut self, m: u128, d: u32, present: &[u128]) {
        self.ok(
            deputy(CHAIR),
            at(d, 9),
            PresidiumCommand::ConveneMeeting {
                meeting: meeting(m),
            },
        );
        for n in present {
            self.ok(
                deputy(*n),
                at(d, 9),
                PresidiumCommand::RegisterAttendance {
                    meeting: meeting(m),
                },
            );
        }
    }

    fn put(&mut self, m: u128, d: u32, n: u128, motion: PresidiumDecision) {
        self.ok(
            deputy(CHAIR),
            at(d, 10),
            PresidiumCommand::PutMotion {
                meeting: meeting(m),
                decision: decision(n),
                motion,
            },
        );
    }

    fn vote(&mut self, d: u32, n: u128, who: &[u128], choice: Choice) {
        for v in who {
            self.ok(
                deputy(*v),
                at(d, 11),
                PresidiumCommand::CastVote {
                    decision: decision(n),
                    choice,
                },
            );
        }
    }

    fn close_vote(&mut self, d: u32, n: u128) -> township_congress::presidium::Tally {
        let events = self.ok(
            deputy(CHAIR),
            at(d, 12),
            PresidiumCommand::CloseVote {
                decision: decision(n),
            },
        );
        match events.as_slice() {
            [Event::Presidium(PresidiumEvent::DecisionTaken { tally, .. })] => tally.clone(),
            other => panic!("expected DecisionTaken, got {other:?}"),
        }
    }
}

fn forbidden_of(e: &Error) -> &Forbidden {
    match e {
        Error::Presidium(PresidiumError::Forbidden(f)) => f,
        other => panic!("expected Forbidden, got {other:?}"),
    }
}

/// Rule: a majority of all 9 members, 5, must be present; 4 are not enough (the national
/// common-practice default; 浙江 2016 第二十四条 and others prescribe it).
#[test]
fn quorum_boundary_five_of_nine() {
    let mut t = Township::new(Rulebook::NATIONAL);
    t.convene(1, 10, &[1, 2, 3, 4]);
    let put = PresidiumCommand::PutMotion {
        meeting: meeting(1),
        decision: decision(1),
        motion: PresidiumDecision::DecideBillListing {
            proposal: ProposalId::from_u128(1),
            list: true,
        },
    };
    let e = t.refuse(deputy(CHAIR), at(10, 10), put.clone());
    assert_eq!(
        e.to_string(),
        format!(
            "the presidium meeting needs 5 of its 9 members present, 4 are: short by 1 ({QUORUM_RULE})"
        )
    );
    t.ok(
        deputy(5),
        at(10, 10),
        PresidiumCommand::RegisterAttendance {
            meeting: meeting(1),
        },
    );
    t.ok(deputy(CHAIR), at(10, 10), put);
}

/// Rule: 江苏 2016 第二十二条 (the shipped profile, unverified) — two thirds of 9 is 6.
#[test]
fn a_two_thirds_profile_needs_six() {
    let rules = Rulebook::province("江苏").expect("profile");
    let mut t = Township::new(rules);
    t.convene(1, 10, &[1, 2, 3, 4, 5]);
    let put = PresidiumCommand::PutMotion {
        meeting: meeting(1),
        decision: decision(1),
        motion: PresidiumDecision::AdoptWorkReport {
            session: SessionId::from_u128(2),
        },
    };
    let e = t.refuse(deputy(CHAIR), at(10, 10), put.clone());
    match &e {
        Error::Presidium(PresidiumError::QuorumNotMet {
            members,
            present,
            needed,
            short,
            basis,
            ..
        }) => {
            assert_eq!((*members, *present, *needed, *short), (9, 5, 6, 1));
            assert_eq!(
                basis.to_string(),
                "江苏省乡镇人民代表大会工作条例2016 第二十二条; provincial rule, field `presidium_quorum`"
            );
        }
        other => panic!("expected QuorumNotMet, got {other:?}"),
    }
    t.ok(
        deputy(6),
        at(10, 10),
        PresidiumCommand::RegisterAttendance {
            meeting: meeting(1),
        },
    );
    t.ok(deputy(CHAIR), at(10, 10), put);
}

/// Rule: decisions need a majority of ALL members (5 of 9), even when only 5 attend (the
/// national common-practice default; 浙江 2016 第二十四条 and others prescribe it).
#[test]
fn adoption_counts_all_members() {
    let mut t = Township::new(Rulebook::NATIONAL);
    t.convene(1, 10, &[1, 2, 3, 4, 5]);
    t.put(
        1,
        10,
        1,
        PresidiumDecision::DecideInterpellationAnswer {
            proposal: ProposalId::from_u128(7),
            answer: AnswerMode::OralAtPresidiumMeeting,
        },
    );
    t.vote(10, 1, &[1, 2, 3, 4], Choice::For);
    t.vote(10, 1, &[5], Choice::Abstain);
    let tally = t.close_vote(10, 1);
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
    let mut t = Township::new(Rulebook::NATIONAL);
    t.convene(1, 10, &[1, 2, 3, 4, 5]);
    t.put(
        1,
        10,
        1,
        PresidiumDecision::DecideBillListing {
            proposal: ProposalId::from_u128(1),
            list: false,
        },
    );
    let cast = PresidiumCommand::CastVote {
        decision: decision(1),
        choice: Choice::For,
    };
    let e = t.refuse(deputy(11), at(10, 11), cast.clone());
    assert_eq!(forbidden_of(&e).citation, Citation::organic(19, Some(1)));
    assert_eq!(
        e.to_string(),
        "deputy 00000000-0000-0000-0000-00000000000b may not vote in the presidium: only a member of the presidium on that day may (组织法2022 第十九条第一款)"
    );
    t.ok(deputy(3), at(10, 11), cast.clone());
    let e = t.refuse(deputy(3), at(10, 11), cast);
    assert_eq!(
        e,
        PresidiumError::AlreadyVoted {
            decision: decision(1),
            deputy: dep(3)
        }
        .into()
    );
}

/// Rule: a member who lost deputy status (resignation accepted) is no longer a member, and
/// the base shrinks with them.
#[test]
fn a_resigned_deputy_leaves_the_presidium() {
    let mut t = Township::new(Rulebook::NATIONAL);
    assert_eq!(t.members(8).len(), 9);
    t.roster(
        Actor::Presidium {},
        at(8, 9),
        RosterChange::ResignationAccepted {
            deputy: dep(4),
            on: day(8),
            votes_for: 7,
        },
    );
    assert_eq!(t.members(7).len(), 9);
    assert_eq!(t.members(8).len(), 8);
    assert!(!t.members(8).contains(&dep(4)));
    t.ok(
        deputy(CHAIR),
        at(10, 9),
        PresidiumCommand::ConveneMeeting {
            meeting: meeting(1),
        },
    );
    let e = t.refuse(
        deputy(4),
        at(10, 9),
        PresidiumCommand::RegisterAttendance {
            meeting: meeting(1),
        },
    );
    assert_eq!(forbidden_of(&e).actor, deputy(4));
    // 8 members: 5 still needed (more than half of 8).
    for n in [1, 2, 3, 5] {
        t.ok(
            deputy(n),
            at(10, 9),
            PresidiumCommand::RegisterAttendance {
                meeting: meeting(1),
            },
        );
    }
    let e = t.refuse(
        deputy(CHAIR),
        at(10, 10),
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

/// Rule: 山东 2015 第二十八条第二款 — the chair convenes; a vice-chair only when the chair's post
/// is vacant.
#[test]
fn a_vice_chair_convenes_only_when_the_chair_is_vacant() {
    let mut t = Township::new(Rulebook::NATIONAL);
    let convene = PresidiumCommand::ConveneMeeting {
        meeting: meeting(1),
    };
    let e = t.refuse(deputy(VICE), at(10, 9), convene.clone());
    assert_eq!(
        e.to_string(),
        format!(
            "deputy 00000000-0000-0000-0000-000000000002 may not convene a presidium meeting: only the chair, or a vice-chair when the chair's post is vacant or the chair cannot act may ({CONVENER_RULE})"
        )
    );
    let e = t.refuse(deputy(5), at(10, 9), convene.clone());
    assert_eq!(forbidden_of(&e).citation.to_string(), CONVENER_RULE);
    t.roster(
        Actor::Presidium {},
        at(11, 9),
        RosterChange::OfficeVacated {
            post: Post::Chair,
            holder: Officeholder::Deputy { deputy: dep(CHAIR) },
            on: day(11),
            reason: OfficeEnd::Resigned,
        },
    );
    let e = t.refuse(deputy(CHAIR), at(11, 10), convene.clone());
    assert_eq!(forbidden_of(&e).actor, deputy(CHAIR));
    t.ok(deputy(VICE), at(11, 10), convene);
    assert_eq!(
        t.ledger
            .state()
            .presidium()
            .meeting(meeting(1))
            .map(|m| m.convener),
        Some(dep(VICE))
    );
}

/// Rule: 浙江 2016 第二十四条第一款 — at least one meeting every three months.
#[test]
fn quarters_without_a_meeting() {
    let mut t = Township::new(Rulebook::province("浙江").expect("profile"));
    t.convene(1, 10, &[1, 2, 3, 4, 5]); // Q1, held
    t.convene(2, 100, &[1, 2]); // Q2, never quorate: not held
    t.convene(3, 200, &[1, 2, 3, 4, 5, 6]); // Q3, held
    let d = |m, dd| NaiveDate::from_ymd_opt(2026, m, dd).expect("date");
    let p = t.ledger.state().presidium();
    assert_eq!(
        p.quarters_without_meeting(d(1, 1), d(12, 31)),
        vec![d(4, 1), d(10, 1)]
    );
    let gap = p.longest_gap(d(1, 1), d(12, 31)).expect("gap");
    assert_eq!((gap.from, gap.to, gap.days), (day(10), day(200), 190));
    assert!(gap.exceeds(t.ledger.rules()));
    // National law sets no interval.
    assert!(!gap.exceeds(&Rulebook::NATIONAL));
}

/// Rule: 组织法2022 第十九条第二款 — the year's recess plan; a later approval amends it.
#[test]
fn the_recess_plan_is_approved_and_amended() {
    let mut t = Township::new(Rulebook::NATIONAL);
    t.convene(1, 10, &[1, 2, 3, 4, 5, 6]);
    let items = vec![
        PlanItem::new(PlanItemKind::IssueOfConcern, "农村饮水安全"),
        PlanItem::new(PlanItemKind::SpecialWorkReport, "乡村振兴"),
        PlanItem::new(PlanItemKind::Inspection, "敬老院"),
        PlanItem::new(PlanItemKind::Research, "垃圾分类"),
        PlanItem::new(PlanItemKind::LawEnforcementCheck, "食品安全法"),
    ];
    t.put(
        1,
        10,
        1,
        PresidiumDecision::ApproveRecessPlan {
            year: 2026,
            items: items.clone(),
        },
    );
    t.vote(10, 1, &[1, 2, 3, 4, 5, 6], Choice::For);
    assert!(t.close_vote(10, 1).adopted);
    let mut amended = items;
    amended.truncate(2);
    t.put(
        1,
        11,
        2,
        PresidiumDecision::ApproveRecessPlan {
            year: 2026,
            items: amended.clone(),
        },
    );
    t.vote(11, 2, &[1, 2, 3, 4, 5], Choice::For);
    assert!(t.close_vote(11, 2).adopted);
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
    t.ok(
        deputy(CHAIR),
        at(11, 13),
        PresidiumCommand::CloseMeeting {
            meeting: meeting(1),
        },
    );
}

/// The log replays to the same state; an edited tally is refused with its position.
#[test]
fn meetings_replay_and_an_edited_log_is_refused() {
    let mut t = Township::new(Rulebook::NATIONAL);
    t.convene(1, 10, &[1, 2, 3, 4, 5]);
    t.put(
        1,
        10,
        1,
        PresidiumDecision::AdoptWorkReport {
            session: SessionId::from_u128(2),
        },
    );
    t.vote(10, 1, &[1, 2, 3, 4], Choice::For);
    t.vote(10, 1, &[5], Choice::Against);
    assert!(!t.close_vote(10, 1).adopted);
    t.ok(
        deputy(CHAIR),
        at(10, 13),
        PresidiumCommand::CloseMeeting {
            meeting: meeting(1),
        },
    );

    let log = t.ledger.events().to_vec();
    let again = Ledger::replay(Rulebook::NATIONAL, &log).expect("replay");
    assert_eq!(
        serde_json::to_string(again.state()).expect("json"),
        serde_json::to_string(t.ledger.state()).expect("json")
    );
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
                Event::Presidium(PresidiumEvent::DecisionTaken { .. })
            )
        })
        .expect("decision in log");
    let tally = &mut json[position]["event"]["presidium"]["tally"];
    tally["obtained"] = 5.into();
    tally["margin"] = 0.into();
    tally["adopted"] = true.into();
    let edited: Vec<township_congress::Recorded> = serde_json::from_value(json).expect("log");
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
        .position(|r| matches!(r.event, Event::Presidium(PresidiumEvent::VoteCast { .. })))
        .expect("vote in log");
    json[vote]["actor"]["deputy"] = serde_json::to_value(dep(12)).expect("json");
    let edited: Vec<township_congress::Recorded> = serde_json::from_value(json).expect("log");
    match Ledger::replay(Rulebook::NATIONAL, &edited) {
        Err(Error::Ledger(LedgerError::Replay {
            position: p, error, ..
        })) => {
            assert_eq!(p, vote);
            assert_eq!(forbidden_of(&error).actor, deputy(12));
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

mod common;

/// Rule: 组织法2022 第十九条第一款 — once a session is in the record, the presidium comes from
/// a session's vote; recording the membership by hand is refused and changes nothing.
#[test]
fn a_recorded_session_elects_its_own_presidium() {
    use township_congress::session::SessionCommand;
    let mut l = common::township(46);
    let session = SessionId::from_u128(77);
    let convene = SessionCommand::ConveneFirstSession {
        session,
        opens_on: common::day(1, 15),
    };
    l.execute(Envelope::new(
        Actor::Presidium {},
        common::at(1, 10),
        Command::Session(convene),
    ))
    .expect("first session convened");
    let before = common::snapshot(&l);
    let by_hand = PresidiumCommand::RecordMembership {
        session,
        members: (1..=9).map(common::dep).collect(),
        on: common::day(1, 10),
    };
    let err = l
        .execute(Envelope::new(
            Actor::Presidium {},
            common::at(1, 10),
            Command::Presidium(by_hand),
        ))
        .expect_err("refused");
    assert!(
        matches!(err, Error::Ledger(LedgerError::DecidedAtSession { .. })),
        "{err:?}"
    );
    assert!(err.to_string().contains("组织法2022 第十九条第一款"));
    assert_eq!(common::snapshot(&l), before);
}

/// Rule: 组织法2022 第十九条第一款 — the chair is a member of the presidium as chair; a chair
/// who leaves the post (and was not elected to the list) leaves the presidium too.
#[test]
fn a_former_chair_is_no_longer_a_member_ex_officio() {
    use township_congress::ids::ItemId;
    use township_congress::session::{Attendance, SessionCommand, Subject};
    let mut l = common::township(46);
    let run = |l: &mut Ledger, actor: Actor, when, command| {
        l.execute(Envelope::new(actor, when, command))
            .map(|_| ())
            .unwrap_or_else(|e| panic!("refused: {e}"));
    };
    let chair = Officeholder::Deputy {
        deputy: common::dep(40),
    };
    let seat = RosterChange::OfficerSeated {
        post: Post::Chair,
        holder: chair.clone(),
        on: common::day(1, 8),
    };
    run(
        &mut l,
        Actor::Presidium {},
        common::at(1, 8),
        Command::Roster(seat),
    );
    let session = SessionId::from_u128(1);
    let s = |c| Command::Session(c);
    run(
        &mut l,
        Actor::Presidium {},
        common::at(1, 10),
        s(SessionCommand::ConveneFirstSession {
            session,
            opens_on: common::day(1, 15),
        }),
    );
    for n in 1..=40 {
        let present = SessionCommand::RecordAttendance {
            session,
            deputy: common::dep(n),
            attendance: Attendance::Present,
        };
        run(
            &mut l,
            Actor::deputy(common::dep(n)),
            common::at(1, 15),
            s(present),
        );
    }
    // No preparatory meeting nationally: the session opens, then elects its presidium.
    run(
        &mut l,
        Actor::Presidium {},
        common::at(1, 15),
        s(SessionCommand::OpenSession { session }),
    );
    let item = ItemId::from_u128(1);
    let members = (1..=8).map(common::dep).collect();
    run(
        &mut l,
        Actor::Presidium {},
        common::at(1, 15),
        s(SessionCommand::PutItem {
            session,
            item,
            title: "选举主席团".into(),
            subject: Subject::PresidiumElection { members },
        }),
    );
    for n in 1..=40 {
        let vote = SessionCommand::CastVote {
            session,
            item,
            choice: township_congress::session::Choice::For,
        };
        run(
            &mut l,
            Actor::deputy(common::dep(n)),
            common::at(1, 15),
            s(vote),
        );
    }
    run(
        &mut l,
        Actor::Presidium {},
        common::at(1, 15),
        s(SessionCommand::CloseVote { session, item }),
    );
    let presidium = l.state().presidium();
    assert!(
        presidium
            .members_at(l.roster(), common::day(1, 15))
            .contains(&common::dep(40))
    );
    assert_eq!(
        presidium.members_at(l.roster(), common::day(1, 15)).len(),
        9
    );

    // The chair resigns the post; the congress accepts it by vote the next day.
    let agenda = ItemId::from_u128(2);
    run(
        &mut l,
        Actor::Presidium {},
        common::at(1, 16),
        s(SessionCommand::PutItem {
            session,
            item: agenda,
            title: "议程".into(),
            subject: Subject::Agenda {},
        }),
    );
    let resign = ItemId::from_u128(3);
    for (it, subject) in [
        (agenda, None),
        (
            resign,
            Some(Subject::AcceptOfficerResignation {
                post: Post::Chair,
                holder: chair.clone(),
            }),
        ),
    ] {
        if let Some(subject) = subject {
            run(
                &mut l,
                Actor::Presidium {},
                common::at(1, 16),
                s(SessionCommand::PutItem {
                    session,
                    item: it,
                    title: "接受辞去主席职务".into(),
                    subject,
                }),
            );
        }
        for n in 1..=40 {
            let vote = SessionCommand::CastVote {
                session,
                item: it,
                choice: township_congress::session::Choice::For,
            };
            run(
                &mut l,
                Actor::deputy(common::dep(n)),
                common::at(1, 16),
                s(vote),
            );
        }
        run(
            &mut l,
            Actor::Presidium {},
            common::at(1, 16),
            s(SessionCommand::CloseVote { session, item: it }),
        );
    }
    // Stating it by hand is refused now that sessions are in the record.
    let by_hand = RosterChange::OfficeVacated {
        post: Post::Chair,
        holder: chair,
        on: common::day(1, 16),
        reason: OfficeEnd::Resigned,
    };
    let err = l
        .execute(Envelope::new(
            Actor::Presidium {},
            common::at(1, 16),
            Command::Roster(by_hand),
        ))
        .expect_err("refused");
    assert!(
        matches!(err, Error::Ledger(LedgerError::DecidedAtSession { .. })),
        "{err:?}"
    );
    assert_eq!(l.roster().chair_at(common::day(1, 16)), None);
    let members = l
        .state()
        .presidium()
        .members_at(l.roster(), common::day(1, 16));
    assert!(!members.contains(&common::dep(40)), "{members:?}");
    assert_eq!(members.len(), 8);
}
