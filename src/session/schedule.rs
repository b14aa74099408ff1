//! Convening, opening and closing sessions, interim-session proposals and attendance
//! (召集、开幕、闭幕、临时会议提议、出席): one check per event, with its citation.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{
    Attendance, ElectionStatus, INTERIM_RIGHT, InterimProposal, LEAVE, Phase, Session,
    SessionError, SessionKind, Sessions, mismatch, presidium_only, require,
};
use crate::actor::{Actor, Context};
use crate::ids::{DeputyId, SessionId};
use crate::roster::{Post, Roster};
use crate::rulebook::{Citation, LeaveApprover, RuleField, Rulebook, add_months};

impl Sessions {
    /// A serving deputy signs once, in person, before the interim session is called
    /// (组织法2022 第十四条第三款; 代表法2025 第三十二条).
    pub(super) fn check_interim_signed(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        deputy: DeputyId,
    ) -> Result<(), SessionError> {
        require(
            ctx,
            ctx.actor.as_deputy() == Some(deputy),
            "sign an interim-session proposal for another deputy",
            "the deputy, in person",
            INTERIM_RIGHT,
        )?;
        if !roster.is_serving(deputy, ctx.today) {
            return Err(SessionError::NotServing {
                deputy,
                on: ctx.today,
            });
        }
        if let Some(s) = self.sessions.get(&session) {
            if s.kind != SessionKind::Interim {
                return Err(SessionError::NotInterim {
                    session,
                    kind: s.kind.describe(),
                    citation: ctx.rules.interim_session_proposers.citation.clone(),
                });
            }
            s.check_phase(
                matches!(s.phase, Phase::Scheduled {}),
                "not yet called (an interim session is proposed before it is convened)",
            )?;
        }
        let signed = self
            .interim_proposals
            .get(&session)
            .is_some_and(|p| p.signers.contains(&deputy));
        if signed {
            return Err(SessionError::AlreadySigned { deputy, session });
        }
        Ok(())
    }

    pub(super) fn commit_interim_signed(
        &mut self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        deputy: DeputyId,
    ) {
        let all_deputies = roster.all_deputies_count(ctx.rules, ctx.today);
        let rule = &ctx.rules.interim_session_proposers;
        let required = rule.value.required(all_deputies);
        let proposal = self
            .interim_proposals
            .entry(session)
            .or_insert_with(|| InterimProposal {
                signers: BTreeSet::new(),
                all_deputies,
                required,
            });
        proposal.signers.insert(deputy);
        proposal.all_deputies = all_deputies;
        proposal.required = required;
    }

    /// The previous presidium convenes the term's first session within two months of the
    /// election (组织法2022 第二十条).
    pub(super) fn check_first_convened(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        opens_on: NaiveDate,
    ) -> Result<(), SessionError> {
        require(
            ctx,
            *ctx.actor == Actor::Presidium {},
            "convene the term's first session",
            "the previous congress's presidium",
            ctx.rules.first_session_within_months.citation.clone(),
        )?;
        self.check_convened(roster, ctx.rules, session, SessionKind::First, opens_on)
    }

    /// A new session id; a first session once per term, in its window. A regular or interim
    /// session needs no deputies' proposal when the presidium calls it (组织法2022 第十四条).
    pub(super) fn check_convened(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        session: SessionId,
        kind: SessionKind,
        opens_on: NaiveDate,
    ) -> Result<(), SessionError> {
        if self.sessions.contains_key(&session) {
            return Err(SessionError::DuplicateSession(session));
        }
        if kind == SessionKind::First {
            if let Some(existing) = self
                .sessions
                .values()
                .find(|s| s.kind == SessionKind::First)
            {
                return Err(SessionError::FirstSessionExists {
                    existing: existing.id,
                    citation: rules.first_session_within_months.citation.clone(),
                });
            }
            check_first_window(roster, rules, opens_on)?;
        }
        Ok(())
    }

    pub(super) fn commit_convened(
        &mut self,
        session: SessionId,
        kind: SessionKind,
        opens_on: NaiveDate,
    ) {
        self.sessions
            .insert(session, Session::new(session, kind, opens_on));
        self.open.insert(session);
    }

    /// A scheduled session may be brought forward or postponed; a first session stays in its
    /// window (组织法2022 第十四条第二款, 第二十条).
    pub(super) fn check_moved(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        session: SessionId,
        opens_on: NaiveDate,
    ) -> Result<(), SessionError> {
        let s = self.find(session)?;
        s.check_phase(
            matches!(s.phase, Phase::Scheduled {}),
            "scheduled, not yet open",
        )?;
        if s.kind == SessionKind::First {
            check_first_window(roster, rules, opens_on)?;
        }
        Ok(())
    }

    /// Staff record presence and absence, a deputy signs in, the chair or a vice-chair
    /// approves leave (代表法2025 第十三条第一款).
    pub(super) fn check_attendance(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        deputy: DeputyId,
        attendance: Attendance,
    ) -> Result<(), SessionError> {
        let staff = matches!(ctx.actor, Actor::Staff { .. });
        let (allowed, action, who) = match attendance {
            Attendance::Present => (
                staff || ctx.actor.as_deputy() == Some(deputy),
                "register another deputy present",
                "congress staff or the deputy themself",
            ),
            Attendance::Absent => (staff, "record a deputy absent", "congress staff"),
            Attendance::OnLeave => (
                may_approve_leave(roster, ctx),
                "approve leave",
                ctx.rules.leave_approver.value.who(),
            ),
        };
        // Who approves leave is a rulebook field (代表法2025 第十三条第一款 names nobody).
        let basis = match attendance {
            Attendance::OnLeave => ctx.rules.basis(RuleField::LeaveApprover),
            _ => LEAVE.into(),
        };
        require(ctx, allowed, action, who, basis)?;
        let s = self.find(session)?;
        s.check_phase(
            !matches!(s.phase, Phase::Closed { .. }),
            "scheduled or sitting",
        )?;
        if !roster.is_serving(deputy, ctx.today) {
            return Err(SessionError::NotServing {
                deputy,
                on: ctx.today,
            });
        }
        if s.attendance.get(&deputy) == Some(&attendance) {
            return Err(SessionError::AttendanceUnchanged {
                deputy,
                attendance: attendance.describe(),
            });
        }
        Ok(())
    }

    /// The presidium opens a scheduled session on or after its date, with two thirds of all
    /// deputies present (组织法2022 第十四条第四款), one session at a time, after the
    /// preparatory meeting where the rulebook has one.
    pub(super) fn check_opened(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        recorded: (u32, u32, u32),
    ) -> Result<(), SessionError> {
        presidium_only(ctx, "open a session")?;
        let s = self.find(session)?;
        s.check_phase(
            matches!(s.phase, Phase::Scheduled {}),
            "scheduled, not yet open",
        )?;
        if ctx.today < s.opens_on {
            return Err(SessionError::TooEarly {
                session,
                opens_on: s.opens_on,
                today: ctx.today,
            });
        }
        if s.kind == SessionKind::First {
            // The date was in the window when set; the opening itself must be too.
            check_first_window(roster, ctx.rules, ctx.today)?;
        }
        if let Some(other) = self
            .not_closed()
            .find(|o| matches!(o.phase, Phase::Sitting { .. }))
        {
            return Err(SessionError::AnotherSessionSitting { other: other.id });
        }
        if ctx.rules.preparatory_meeting.value {
            check_prepared(s, ctx.rules)?;
        }
        super::preparation::check_ready(s, roster, ctx.rules, ctx.today)?;
        let computed = s.check_quorum(roster, ctx.rules, ctx.today)?;
        mismatch(
            "opening attendance (present, all, required)",
            &recorded,
            &computed,
        )
    }

    /// The presidium closes a sitting session with no roll vote open and no election
    /// mid-ballot; the absentees without leave are recorded as the close's effects
    /// (代表法2025 第六十二条第三项).
    pub(super) fn check_closed(
        &self,
        ctx: &Context<'_>,
        session: SessionId,
    ) -> Result<(), SessionError> {
        presidium_only(ctx, "close a session")?;
        let s = self.find(session)?;
        s.check_phase(matches!(s.phase, Phase::Sitting { .. }), "sitting")?;
        // A vote under way must be closed first; an item nobody has voted on yet simply stays
        // undecided (a session that lost its quorum can still close).
        if let Some(it) = s
            .items
            .values()
            .find(|it| it.result.is_none() && !it.votes.is_empty())
        {
            return Err(SessionError::VoteStillOpen {
                item: it.id,
                citation: ctx.rules.adoption.citation.clone(),
            });
        }
        // Mid-ballot: candidates fixed and the round not counted. Seats awaiting new
        // nominations may stay open (另行选举 may wait for the next session, 第二十九条第二款).
        if let Some((e, revote)) = s.elections.values().find_map(|e| match e.status {
            ElectionStatus::Balloting { revote, .. } => Some((e, revote)),
            _ => None,
        }) {
            return Err(SessionError::BallotPending {
                election: e.id,
                citation: if revote {
                    Citation::organic(29, Some(1))
                } else {
                    Citation::organic(28, None)
                },
            });
        }
        Ok(())
    }
}

/// Whether the actor may approve a deputy's leave (请假): the chair or a vice-chair acting in
/// the post (not while holding an administrative post beside it), or the presidium as a body
/// where the rulebook allows it.
fn may_approve_leave(roster: &Roster, ctx: &Context<'_>) -> bool {
    let officer = ctx.actor.as_deputy().is_some_and(|a| {
        roster.acts_as(a, Post::Chair, ctx.today) || roster.acts_as(a, Post::ViceChair, ctx.today)
    });
    match ctx.rules.leave_approver.value {
        LeaveApprover::PresidiumOrOfficers => officer || *ctx.actor == Actor::Presidium {},
        LeaveApprover::ChairOrViceChair => officer,
    }
}

/// With a preparatory meeting, opening needs the session's presidium elected and its agenda
/// adopted there.
fn check_prepared(s: &Session, rules: &Rulebook) -> Result<(), SessionError> {
    let missing = match (s.presidium_elected, s.agenda_adopted) {
        (false, _) => Some("the preparatory meeting must elect the session's presidium"),
        (true, false) => Some("the preparatory meeting must adopt the agenda"),
        (true, true) => None,
    };
    match missing {
        Some(missing) => Err(SessionError::PreparationsMissing {
            missing,
            basis: rules.basis(crate::rulebook::RuleField::PreparatoryMeeting),
        }),
        None => Ok(()),
    }
}

/// The last day the term's first session may open, with the election's completion date.
fn first_session_deadline(
    roster: &Roster,
    rules: &Rulebook,
) -> Result<(NaiveDate, NaiveDate), SessionError> {
    let completed = roster
        .term()
        .ok_or(SessionError::NoTerm)?
        .election_completed;
    let months = rules.first_session_within_months.value;
    Ok((
        completed,
        add_months(completed, months).unwrap_or(NaiveDate::MAX),
    ))
}

/// Checks `election_completed < opens_on <= election_completed + months` (组织法2022 第二十条,
/// "在本届人民代表大会代表选举完成后的两个月内").
fn check_first_window(
    roster: &Roster,
    rules: &Rulebook,
    opens_on: NaiveDate,
) -> Result<(), SessionError> {
    let (completed, deadline) = first_session_deadline(roster, rules)?;
    let citation = rules.first_session_within_months.citation.clone();
    if opens_on <= completed {
        return Err(SessionError::FirstSessionEarly {
            opens_on,
            completed,
            citation,
        });
    }
    if opens_on > deadline {
        return Err(SessionError::FirstSessionLate {
            opens_on,
            deadline,
            completed,
            months: rules.first_session_within_months.value,
            citation,
        });
    }
    Ok(())
}
