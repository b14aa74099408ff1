//! Unit tests of the contract with the presidium and of `apply`'s refusals.

use chrono::{NaiveDate, TimeZone, Utc};

use super::*;
use crate::roster::RosterChange;

/// What a session event reads and changes: the roster below it, and the sessions.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
struct State {
    roster: Roster,
    sessions: Sessions,
}

/// Checks an event and the roster changes it entails, then commits them, as the ledger does.
fn apply(st: &mut State, ctx: &Context<'_>, e: &SessionEvent) -> Result<(), crate::Error> {
    st.sessions.check(&st.roster, ctx, e)?;
    let effects = st.sessions.effects(&st.roster, ctx, e);
    st.roster.check_effects(ctx, &effects)?;
    st.sessions.commit(&st.roster, ctx, e);
    for f in &effects {
        st.roster.commit(ctx.rules, f);
    }
    Ok(())
}

/// Test shortcuts for what presidium decisions entail.
impl Sessions {
    fn convene(
        &mut self,
        roster: &Roster,
        rules: &Rulebook,
        session: SessionId,
        kind: SessionKind,
        opens_on: NaiveDate,
    ) -> Result<(), crate::Error> {
        self.check_convened(roster, rules, session, kind, opens_on)?;
        self.commit_convened(session, kind, opens_on);
        Ok(())
    }

    fn move_date(
        &mut self,
        roster: &Roster,
        rules: &Rulebook,
        session: SessionId,
        opens_on: NaiveDate,
    ) -> Result<(), crate::Error> {
        self.check_moved(roster, rules, session, opens_on)?;
        if let Some(s) = self.sessions.get_mut(&session) {
            s.opens_on = opens_on;
        }
        Ok(())
    }
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default()
}

const S: SessionId = SessionId::from_u128(1);

/// A roster with a term (election completed 4 January 2026) and one deputy.
fn state() -> State {
    let mut st = State::default();
    let rules = Rulebook::NATIONAL;
    let at = Utc
        .with_ymd_and_hms(2026, 1, 5, 2, 0, 0)
        .single()
        .unwrap_or_default();
    let changes = [
        (
            Actor::CountyStandingCommittee {},
            RosterChange::TermOpened {
                township: "青山镇".into(),
                number: 8,
                election_completed: date(1, 4),
                population: 2_500,
                seats: 46,
                uplift: false,
                township_kind: crate::roster::TownshipKind::Town,
                minorities: Vec::new(),
            },
        ),
        (
            Actor::ElectionCommittee {},
            RosterChange::ConstituencyDrawn {
                constituency: crate::ids::ConstituencyId::from_u128(1),
                name: "一".into(),
                seats: 1,
                voters: 100,
            },
        ),
        (
            Actor::ElectionCommittee {},
            RosterChange::DeputyElected {
                deputy: DeputyId::from_u128(1),
                name: "甲".into(),
                constituency: crate::ids::ConstituencyId::from_u128(1),
                on: date(1, 4),
                by_election: false,
            },
        ),
        (
            Actor::CredentialsCommittee {},
            RosterChange::CredentialsReviewed {
                valid: [DeputyId::from_u128(1)].into(),
                void: BTreeSet::new(),
                on: date(1, 4),
            },
        ),
        (
            Actor::Presidium {},
            RosterChange::CredentialsConfirmed {
                deputies: [DeputyId::from_u128(1)].into(),
                on: date(1, 4),
            },
        ),
        (
            Actor::Presidium {},
            RosterChange::DeputyListPublished { on: date(1, 5) },
        ),
    ];
    for (actor, c) in changes {
        let ctx = Context::new(&rules, &actor, at);
        assert_eq!(st.roster.apply(&ctx, &c), Ok(()));
    }
    st
}

#[test]
fn convene_refuses_a_duplicate_and_keeps_state() {
    let mut st = state();
    let rules = Rulebook::NATIONAL;
    let r = st
        .sessions
        .convene(&st.roster, &rules, S, SessionKind::Regular, date(6, 1));
    assert_eq!(r, Ok(()));
    let before = st.sessions.clone();
    let r = st
        .sessions
        .convene(&st.roster, &rules, S, SessionKind::Interim, date(7, 1));
    assert_eq!(r, Err(SessionError::DuplicateSession(S).into()));
    assert_eq!(st.sessions, before);
    // An interim session called by the presidium needs no deputies' proposal.
    let i = SessionId::from_u128(2);
    assert!(
        !st.sessions
            .interim_proposal_qualified(&st.roster, &rules, i, date(7, 1))
    );
    assert_eq!(
        st.sessions
            .convene(&st.roster, &rules, i, SessionKind::Interim, date(7, 1)),
        Ok(())
    );
}

#[test]
fn first_session_via_convene_checks_the_deadline() {
    let mut st = state();
    let rules = Rulebook::NATIONAL;
    let before = st.sessions.clone();
    let r = st
        .sessions
        .convene(&st.roster, &rules, S, SessionKind::First, date(3, 5));
    assert_eq!(
        r,
        Err(SessionError::FirstSessionLate {
            opens_on: date(3, 5),
            deadline: date(3, 4),
            completed: date(1, 4),
            months: 2,
            citation: Citation::organic(20, None),
        }
        .into())
    );
    assert_eq!(st.sessions, before);
}

#[test]
fn first_session_must_open_after_the_election() {
    let mut st = state();
    let rules = Rulebook::NATIONAL;
    let before = serde_json::to_string(&st).unwrap_or_default();
    for on in [date(1, 4), date(1, 3)] {
        let r = st
            .sessions
            .convene(&st.roster, &rules, S, SessionKind::First, on);
        let e = SessionError::FirstSessionEarly {
            opens_on: on,
            completed: date(1, 4),
            citation: Citation::organic(20, None),
        };
        assert!(e.to_string().contains("组织法2022 第二十条"), "{e}");
        assert_eq!(r, Err(e.into()));
        assert_eq!(serde_json::to_string(&st).unwrap_or_default(), before);
    }
    assert_eq!(
        st.sessions
            .convene(&st.roster, &rules, S, SessionKind::First, date(1, 5)),
        Ok(())
    );
}

#[test]
fn moving_a_first_session_rechecks_its_window() {
    let mut st = state();
    let rules = Rulebook::NATIONAL;
    let r = st
        .sessions
        .convene(&st.roster, &rules, S, SessionKind::First, date(2, 1));
    assert_eq!(r, Ok(()));
    let before = serde_json::to_string(&st).unwrap_or_default();
    let late = SessionError::FirstSessionLate {
        opens_on: date(3, 5),
        deadline: date(3, 4),
        completed: date(1, 4),
        months: 2,
        citation: Citation::organic(20, None),
    };
    assert!(late.to_string().contains("组织法2022 第二十条"), "{late}");
    assert_eq!(
        st.sessions.move_date(&st.roster, &rules, S, date(3, 5)),
        Err(late.into())
    );
    assert_eq!(serde_json::to_string(&st).unwrap_or_default(), before);
    let early = SessionError::FirstSessionEarly {
        opens_on: date(1, 4),
        completed: date(1, 4),
        citation: Citation::organic(20, None),
    };
    assert_eq!(
        st.sessions.move_date(&st.roster, &rules, S, date(1, 4)),
        Err(early.into())
    );
    assert_eq!(serde_json::to_string(&st).unwrap_or_default(), before);
    // The first session itself does not count as "another first session".
    assert_eq!(
        st.sessions.move_date(&st.roster, &rules, S, date(3, 4)),
        Ok(())
    );
    assert_eq!(st.sessions.get(S).map(|s| s.opens_on), Some(date(3, 4)));
}

#[test]
fn move_date_only_before_opening() {
    let mut st = state();
    let rules = Rulebook::NATIONAL;
    assert_eq!(
        st.sessions.move_date(&st.roster, &rules, S, date(6, 2)),
        Err(SessionError::UnknownSession(S).into())
    );
    let _ = st
        .sessions
        .convene(&st.roster, &rules, S, SessionKind::Regular, date(6, 1));
    assert_eq!(
        st.sessions.move_date(&st.roster, &rules, S, date(6, 8)),
        Ok(())
    );
    assert_eq!(st.sessions.get(S).map(|s| s.opens_on), Some(date(6, 8)));
    if let Some(s) = st.sessions.sessions.get_mut(&S) {
        s.phase = Phase::Sitting {
            opened_on: date(6, 8),
        };
    }
    let before = st.sessions.clone();
    assert_eq!(
        st.sessions.move_date(&st.roster, &rules, S, date(6, 9)),
        Err(SessionError::WrongPhase {
            session: S,
            phase: "sitting",
            needs: "scheduled, not yet open",
        }
        .into())
    );
    assert_eq!(st.sessions, before);
    assert_eq!(st.sessions.sitting_on(date(6, 8)), Some(S));
    assert_eq!(st.sessions.sitting_on(date(6, 7)), None);
    assert_eq!(st.sessions.sessions_in_year(2026), 1);
    assert_eq!(st.sessions.sessions_in_year(2025), 0);
}

#[test]
fn year_compliance_floor_and_normal() {
    let mut st = state();
    let rules = Rulebook::NATIONAL;
    for (n, m) in [(10u128, 1u32), (11, 7)] {
        let id = SessionId::from_u128(n);
        let _ = st
            .sessions
            .convene(&st.roster, &rules, id, SessionKind::Regular, date(m, 1));
        if let Some(s) = st.sessions.sessions.get_mut(&id) {
            s.phase = Phase::Closed {
                opened_on: date(m, 1),
                closed_on: date(m, 2),
            };
        }
    }
    let c = st.sessions.year_compliance(&rules, 2026);
    assert_eq!((c.held, c.meets_floor, c.meets_normal), (2, true, true));
    assert_eq!(c.citation.to_string(), "组织法2022 第十四条第一款");
    let c = st.sessions.year_compliance(&rules, 2027);
    assert_eq!((c.held, c.meets_floor), (0, false));
}

#[test]
fn apply_refusals_leave_state_unchanged() {
    let mut st = state();
    let rules = Rulebook::NATIONAL;
    let at = Utc
        .with_ymd_and_hms(2026, 1, 10, 2, 0, 0)
        .single()
        .unwrap_or_default();
    let gov = Actor::Government {};
    let ctx = Context::new(&rules, &gov, at);
    let before = st.clone();
    let r = apply(
        &mut st,
        &ctx,
        &SessionEvent::SessionOpened(SessionOpened {
            session: S,
            present: 0,
            all_deputies: 1,
            required: 1,
        }),
    );
    assert!(matches!(
        r,
        Err(crate::Error::Session(SessionError::Forbidden(_)))
    ));
    assert_eq!(st, before);
    let p = Actor::Presidium {};
    let ctx = Context::new(&rules, &p, at);
    let r = apply(
        &mut st,
        &ctx,
        &SessionEvent::SessionOpened(SessionOpened {
            session: S,
            present: 0,
            all_deputies: 1,
            required: 1,
        }),
    );
    assert_eq!(r, Err(SessionError::UnknownSession(S).into()));
    let _ = st
        .sessions
        .convene(&st.roster, &rules, S, SessionKind::Regular, date(1, 10));
    let before = st.clone();
    // The quorum is recomputed: the single deputy is not present.
    let opened = SessionEvent::SessionOpened(SessionOpened {
        session: S,
        present: 1,
        all_deputies: 1,
        required: 1,
    });
    let r = apply(&mut st, &ctx, &opened);
    assert!(
        matches!(
            r,
            Err(crate::Error::Session(SessionError::QuorumNotMet {
                present: 0,
                ..
            }))
        ),
        "{r:?}"
    );
    assert_eq!(st, before);
    // Where a province prescribes a preparatory meeting (重庆 第十二条), its presidium and
    // agenda come first.
    let chongqing = Rulebook::province("重庆").unwrap_or_default();
    let r = apply(&mut st, &Context::new(&chongqing, &p, at), &opened);
    assert!(
        matches!(
            r,
            Err(crate::Error::Session(
                SessionError::PreparationsMissing { .. }
            ))
        ),
        "{r:?}"
    );
    assert_eq!(st, before);
    // Attendance: another deputy may not register someone present; the deputy may.
    let other = Actor::deputy(DeputyId::from_u128(2));
    let ctx = Context::new(&rules, &other, at);
    let ev = SessionEvent::AttendanceRecorded(AttendanceRecorded {
        session: S,
        deputy: DeputyId::from_u128(1),
        attendance: Attendance::Present,
    });
    assert!(matches!(
        apply(&mut st, &ctx, &ev),
        Err(crate::Error::Session(SessionError::Forbidden(_)))
    ));
    assert_eq!(st, before);
    let me = Actor::deputy(DeputyId::from_u128(1));
    let ctx = Context::new(&rules, &me, at);
    assert_eq!(apply(&mut st, &ctx, &ev), Ok(()));
    let after = st.clone();
    assert_eq!(
        apply(&mut st, &ctx, &ev),
        Err(SessionError::AttendanceUnchanged {
            deputy: DeputyId::from_u128(1),
            attendance: "present"
        }
        .into())
    );
    assert_eq!(st, after);
    // Closing: the absentees without leave are the close's effects, computed from the record.
    if let Some(s) = st.sessions.sessions.get_mut(&S) {
        s.phase = Phase::Sitting {
            opened_on: date(1, 10),
        };
    }
    let ctx = Context::new(&rules, &p, at);
    let close = SessionEvent::SessionClosed(SessionClosed { session: S });
    assert_eq!(st.sessions.effects(&st.roster, &ctx, &close), vec![]);
    if let Some(s) = st.sessions.sessions.get_mut(&S) {
        s.attendance
            .insert(DeputyId::from_u128(1), Attendance::Absent);
    }
    assert_eq!(
        st.sessions.effects(&st.roster, &ctx, &close),
        vec![RosterChange::UnexcusedAbsenceNoted {
            deputy: DeputyId::from_u128(1),
            session: S,
            on: date(1, 10),
        }]
    );
    assert_eq!(apply(&mut st, &ctx, &close), Ok(()));
    assert_eq!(st.roster.unexcused_absences(DeputyId::from_u128(1)), 1);
}

#[test]
fn an_interim_proposal_is_judged_on_the_decision_day() {
    let mut st = state();
    let rules = Rulebook::NATIONAL;
    let at = |d: u32| {
        Utc.with_ymd_and_hms(2026, 1, d, 2, 0, 0)
            .single()
            .unwrap_or_default()
    };
    let i = SessionId::from_u128(3);
    let me = Actor::deputy(DeputyId::from_u128(1));
    let ctx = Context::new(&rules, &me, at(10));
    let sign = SessionEvent::InterimProposalSigned(InterimProposalSigned {
        session: i,
        deputy: DeputyId::from_u128(1),
    });
    assert_eq!(apply(&mut st, &ctx, &sign), Ok(()));
    // One of one deputy signed: qualified.
    assert!(
        st.sessions
            .interim_proposal_qualified(&st.roster, &rules, i, date(1, 11))
    );
    // The only signer is suspended from the 12th; the base (all deputies) still counts them.
    let cc = Actor::CredentialsCommittee {};
    let suspend = RosterChange::DeputySuspended {
        deputy: DeputyId::from_u128(1),
        on: date(1, 12),
        reason: "刑事拘留".into(),
    };
    assert_eq!(
        st.roster
            .apply(&Context::new(&rules, &cc, at(12)), &suspend),
        Ok(())
    );
    assert_eq!(st.roster.all_deputies_count(&rules, date(1, 12)), 1);
    assert!(
        st.sessions
            .interim_proposal_qualified(&st.roster, &rules, i, date(1, 11))
    );
    assert!(
        !st.sessions
            .interim_proposal_qualified(&st.roster, &rules, i, date(1, 12))
    );
    let p = st.sessions.interim_proposal(i).cloned();
    assert_eq!(
        p.map(|p| (p.qualified(), p.serving_signers(&st.roster, date(1, 12)))),
        Some((true, 0))
    );
}

#[test]
fn labels() {
    assert_eq!(SessionKind::Interim.label_zh(), "临时会议");
    assert_eq!(Attendance::OnLeave.label_zh(), "请假");
    assert_eq!(Choice::Abstain.label_zh(), "弃权");
    assert_eq!(
        SessionEvent::SessionClosed(SessionClosed { session: S }).label_zh(),
        "闭幕"
    );
}

/// A sitting session of `kind` with its presidium elected, its agenda adopted and the one
/// deputy present, set directly so the test can focus on elections.
fn sitting_of(kind: SessionKind) -> State {
    let mut st = state();
    let rules = Rulebook::NATIONAL;
    let on = if kind == SessionKind::First {
        date(2, 1)
    } else {
        date(6, 1)
    };
    assert!(st.sessions.convene(&st.roster, &rules, S, kind, on).is_ok());
    if let Some(s) = st.sessions.sessions.get_mut(&S) {
        s.phase = Phase::Sitting { opened_on: on };
        s.presidium_elected = true;
        s.agenda_adopted = true;
        s.attendance
            .insert(DeputyId::from_u128(1), Attendance::Present);
    }
    st
}

fn on_day(st: &mut State, day: NaiveDate, event: SessionEvent) -> Result<(), crate::Error> {
    let rules = Rulebook::NATIONAL;
    let p = Actor::Presidium {};
    let at = Utc
        .with_ymd_and_hms(
            2026,
            chrono::Datelike::month(&day),
            chrono::Datelike::day(&day),
            2,
            0,
            0,
        )
        .single()
        .unwrap_or_default();
    apply(st, &Context::new(&rules, &p, at), &event)
}

/// Rule: 组织法2022 第三十条 — in a by-election of officers the candidates may equal the
/// seats; in a general election a deputy head's seat needs at least two candidates; the
/// first session holds no by-election.
#[test]
fn a_by_election_may_have_as_many_candidates_as_seats() {
    let head = Officeholder::Citizen {
        name: "张三".into(),
    };
    for (by_election, fixed) in [(true, true), (false, false)] {
        let mut st = sitting_of(SessionKind::Regular);
        // The post was filled and fell vacant: the by-election fills a vacancy (出缺).
        let rules = Rulebook::NATIONAL;
        let lee = Officeholder::Citizen {
            name: "李四".into(),
        };
        for change in [
            RosterChange::OfficerSeated {
                post: Post::DeputyHead,
                holder: lee.clone(),
                on: date(1, 5),
            },
            RosterChange::OfficeVacated {
                post: Post::DeputyHead,
                holder: lee,
                on: date(5, 1),
                reason: crate::roster::OfficeEnd::Resigned,
            },
        ] {
            st.roster.commit(&rules, &change);
        }
        let e = ElectionId::from_u128(7);
        let call = SessionEvent::ElectionCalled(ElectionCalled {
            session: S,
            election: e,
            post: Post::DeputyHead,
            seats: 1,
            margin: None,
            by_election,
        });
        assert_eq!(on_day(&mut st, date(6, 1), call), Ok(()));
        let nominate = SessionEvent::CandidateNominated(CandidateNominated {
            session: S,
            election: e,
            candidate: head.clone(),
            nominator: Nominator::Presidium {},
            ethnicity: None,
        });
        assert_eq!(on_day(&mut st, date(6, 1), nominate), Ok(()));
        let before = st.clone();
        let fix = SessionEvent::CandidatesFixed(CandidatesFixed {
            session: S,
            election: e,
            candidates: vec![head.clone()],
            from_ranking: false,
        });
        let result = on_day(&mut st, date(6, 1), fix);
        assert_eq!(
            result.is_ok(),
            fixed,
            "by-election {by_election}: {result:?}"
        );
        if !fixed {
            assert_eq!(st, before);
        }
    }
    let mut st = sitting_of(SessionKind::First);
    let call = SessionEvent::ElectionCalled(ElectionCalled {
        session: S,
        election: ElectionId::from_u128(8),
        post: Post::DeputyHead,
        seats: 1,
        margin: None,
        by_election: true,
    });
    let before = st.clone();
    let err = on_day(&mut st, date(2, 1), call);
    assert_eq!(
        err,
        Err(crate::Error::Session(
            SessionError::ByElectionAtFirstSession {
                citation: Citation::organic(30, None)
            }
        ))
    );
    assert_eq!(st, before);
}
