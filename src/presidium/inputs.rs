//! The presidium's inputs: a command becomes an event ([`Presidium::decide`]), an event is
//! checked against every rule without changing anything ([`Presidium::check`]), names the
//! session events it entails ([`Presidium::effects`]) and is committed
//! ([`Presidium::commit`]), which cannot fail. One check per event, with its citation.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::{
    AttendanceRegistered, ChairDelegated, DecisionTaken, DelegationEnded, MeetingClosed,
    MeetingConvened, MembershipRecorded, MotionPut, VoteCast,
};
use super::{
    CONVENER, ELECTED_AT_SESSION, MEMBERS, Meeting, MeetingStatus, Membership, Motion,
    MotionStatus, Presidium, PresidiumCommand, PresidiumDecision, PresidiumError, PresidiumEvent,
    RecessPlan, Tally,
};
use crate::actor::{Actor, Context, Forbidden};
use crate::ids::{DecisionId, DeputyId, MeetingId};
use crate::roster::{Post, Roster};
use crate::rulebook::{Rulebook, count};
use crate::session::{SessionConvened, SessionMoved};
use crate::session::{SessionEvent, SessionKind, Sessions};

impl Presidium {
    /// Turns a command into the event it records; closing a vote derives the tally.
    pub(crate) fn decide(
        &self,
        roster: &Roster,
        sessions: &Sessions,
        ctx: &Context<'_>,
        cmd: &PresidiumCommand,
    ) -> Result<PresidiumEvent, PresidiumError> {
        use PresidiumCommand as C;
        Ok(match cmd {
            C::RecordMembership {
                session,
                members,
                on,
            } => PresidiumEvent::MembershipRecorded(MembershipRecorded {
                session: *session,
                members: members.clone(),
                on: *on,
            }),
            C::ConveneMeeting { meeting } => {
                PresidiumEvent::MeetingConvened(MeetingConvened { meeting: *meeting })
            }
            C::RegisterAttendance { meeting } => {
                PresidiumEvent::AttendanceRegistered(AttendanceRegistered { meeting: *meeting })
            }
            C::PutMotion {
                meeting,
                decision,
                motion,
            } => PresidiumEvent::MotionPut(MotionPut {
                meeting: *meeting,
                decision: *decision,
                motion: motion.clone(),
            }),
            C::CastVote { decision, choice } => PresidiumEvent::VoteCast(VoteCast {
                decision: *decision,
                choice: *choice,
            }),
            C::CloseVote { decision } => {
                let motion = self.motion_ref(*decision)?;
                let meeting = self.meeting_ref(motion.meeting)?;
                PresidiumEvent::DecisionTaken(DecisionTaken {
                    decision: *decision,
                    tally: self.tally(roster, ctx.rules, meeting, motion, ctx.today),
                    interim_proposal_qualified: interim_flag(
                        sessions,
                        roster,
                        ctx.rules,
                        ctx.today,
                        &motion.motion,
                    ),
                })
            }
            C::CloseMeeting { meeting } => {
                PresidiumEvent::MeetingClosed(MeetingClosed { meeting: *meeting })
            }
            C::DelegateChair {
                to,
                from,
                until,
                reason,
            } => PresidiumEvent::ChairDelegated(ChairDelegated {
                to: *to,
                from: *from,
                until: *until,
                reason: reason.clone(),
            }),
            C::EndDelegation {} => {
                PresidiumEvent::DelegationEnded(DelegationEnded { on: ctx.today })
            }
        })
    }

    /// Checks one event against the actor, the rulebook, the roster and the sessions, without
    /// changing anything.
    ///
    /// # Errors
    ///
    /// The [`PresidiumError`] of the first rule the event breaks.
    pub(crate) fn check(
        &self,
        roster: &Roster,
        sessions: &Sessions,
        ctx: &Context<'_>,
        event: &PresidiumEvent,
    ) -> Result<(), PresidiumError> {
        use PresidiumEvent as E;
        match event {
            E::MembershipRecorded(MembershipRecorded { members, on, .. }) => {
                if *ctx.actor != (Actor::Presidium {}) {
                    return Err(Forbidden::new(
                        ctx.actor.clone(),
                        "record the presidium a session elected",
                        "the presidium",
                        ELECTED_AT_SESSION,
                    )
                    .into());
                }
                if *on > ctx.today {
                    return Err(PresidiumError::FutureDate {
                        on: *on,
                        today: ctx.today,
                    });
                }
                self.check_elected_list(roster, ctx.rules, members, *on)
            }
            E::MeetingConvened(MeetingConvened { meeting }) => {
                self.presider(roster, ctx, "convene a presidium meeting")?;
                if self.meeting_ref(*meeting).is_ok() {
                    return Err(PresidiumError::DuplicateMeeting(*meeting));
                }
                Ok(())
            }
            E::AttendanceRegistered(AttendanceRegistered { meeting }) => {
                self.check_attendance(roster, ctx, *meeting)
            }
            E::MotionPut(MotionPut {
                meeting,
                decision,
                motion,
            }) => self.check_motion_put(roster, sessions, ctx, *meeting, *decision, motion),
            E::VoteCast(VoteCast { decision, .. }) => self.check_vote(roster, ctx, *decision),
            E::DecisionTaken(DecisionTaken {
                decision,
                tally,
                interim_proposal_qualified,
            }) => self.check_decision(
                roster,
                sessions,
                ctx,
                *decision,
                tally,
                *interim_proposal_qualified,
            ),
            E::MeetingClosed(MeetingClosed { meeting }) => {
                self.check_meeting_closed(roster, ctx, *meeting)
            }
            E::ChairDelegated(d) => self.check_delegation(roster, ctx, d),
            E::DelegationEnded(e) => self.check_delegation_ended(roster, ctx, e),
        }
    }

    /// Checks the membership a session's vote elected, recorded as the vote's effect: its
    /// authority is the vote's.
    ///
    /// # Errors
    ///
    /// As [`Presidium::check`].
    pub(crate) fn check_effect(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        event: &PresidiumEvent,
    ) -> Result<(), PresidiumError> {
        match event {
            PresidiumEvent::MembershipRecorded(MembershipRecorded { members, on, .. }) => {
                self.check_elected_list(roster, ctx.rules, members, *on)
            }
            _ => Err(PresidiumError::NotAnEffect),
        }
    }

    /// The session events an adopted decision entails: a session convened or moved
    /// (组织法2022 第十四条).
    pub(crate) fn effects(&self, event: &PresidiumEvent) -> Vec<SessionEvent> {
        let PresidiumEvent::DecisionTaken(DecisionTaken {
            decision, tally, ..
        }) = event
        else {
            return Vec::new();
        };
        let Some(motion) = self.motion(*decision).filter(|_| tally.adopted) else {
            return Vec::new();
        };
        match &motion.motion {
            PresidiumDecision::ConveneSession { session, opens_on } => {
                vec![SessionEvent::SessionConvened(SessionConvened {
                    session: *session,
                    session_kind: SessionKind::Regular,
                    opens_on: *opens_on,
                })]
            }
            PresidiumDecision::CallInterimSession { session, opens_on } => {
                vec![SessionEvent::SessionConvened(SessionConvened {
                    session: *session,
                    session_kind: SessionKind::Interim,
                    opens_on: *opens_on,
                })]
            }
            PresidiumDecision::MoveSession { session, opens_on } => {
                vec![SessionEvent::SessionMoved(SessionMoved {
                    session: *session,
                    opens_on: *opens_on,
                })]
            }
            _ => Vec::new(),
        }
    }

    /// Records a checked event. Cannot fail: [`Presidium::check`] proved every lookup.
    pub(crate) fn commit(&mut self, roster: &Roster, ctx: &Context<'_>, event: &PresidiumEvent) {
        use PresidiumEvent as E;
        let today = ctx.today;
        match event {
            E::MembershipRecorded(MembershipRecorded {
                session,
                members,
                on,
            }) => self.memberships.push(Membership {
                session: *session,
                on: *on,
                members: members.clone(),
            }),
            E::MeetingConvened(MeetingConvened { meeting }) => {
                if let Some(convener) = ctx.actor.as_deputy() {
                    self.meeting_index.insert(*meeting, self.meetings.len());
                    self.meetings.push(Meeting {
                        id: *meeting,
                        on: today,
                        convener,
                        present: BTreeSet::new(),
                        quorum_reached: false,
                        status: MeetingStatus::Open {},
                    });
                }
            }
            E::AttendanceRegistered(AttendanceRegistered { meeting }) => {
                self.commit_attendance(roster, ctx, *meeting)
            }
            E::MotionPut(MotionPut {
                meeting,
                decision,
                motion,
            }) => {
                self.motion_index.insert(*decision, self.motions.len());
                self.open_motions.insert(*decision);
                self.motions.push(Motion {
                    decision: *decision,
                    meeting: *meeting,
                    motion: motion.clone(),
                    put_on: today,
                    roll: BTreeMap::new(),
                    status: MotionStatus::Open {},
                });
            }
            E::VoteCast(VoteCast { decision, choice }) => {
                if let (Some(deputy), Ok(m)) = (ctx.actor.as_deputy(), self.motion_mut(*decision)) {
                    m.roll.insert(deputy, *choice);
                }
            }
            E::DecisionTaken(DecisionTaken {
                decision,
                tally,
                interim_proposal_qualified,
            }) => {
                self.commit_decision(today, *decision, tally, *interim_proposal_qualified);
            }
            E::ChairDelegated(d) => self.delegations.push(d.clone()),
            // Ended today: the delegation's last day was yesterday (one begun today never ran).
            E::DelegationEnded(e) => {
                if let Some(d) = self.delegations.last_mut() {
                    d.until = Some(e.on.pred_opt().unwrap_or(e.on));
                }
            }
            E::MeetingClosed(MeetingClosed { meeting }) => {
                if let Ok(m) = self.meeting_mut(*meeting) {
                    m.status = MeetingStatus::Closed { on: today };
                }
            }
        }
    }
}

/// One check per event.
impl Presidium {
    /// The deputy who may convene and preside today (组织法2022 第十八条第三款): the chair
    /// acting in the post; a vice-chair acting in the post when the chair's post is vacant or
    /// the chair cannot act (suspended, or holding an administrative post beside it); and the
    /// vice-chair the chair delegated in writing, while the delegation runs.
    fn presider(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        action: &'static str,
    ) -> Result<DeputyId, PresidiumError> {
        let today = ctx.today;
        let vice = |d: DeputyId| roster.acts_as(d, Post::ViceChair, today);
        let chair = roster
            .chair_at(today)
            .filter(|c| roster.acts_as(*c, Post::Chair, today));
        let may = |d: DeputyId| match chair {
            Some(c) => d == c || (self.delegate_on(today) == Some(d) && vice(d)),
            None => vice(d),
        };
        match ctx.actor.as_deputy() {
            Some(d) if may(d) => Ok(d),
            _ => Err(Forbidden::new(
                ctx.actor.clone(),
                action,
                "the chair; a vice-chair when the chair's post is vacant, the chair cannot act, or on the chair's written delegation",
                CONVENER,
            )
            .into()),
        }
    }

    /// The chair delegates to a vice-chair acting in the post, from today or later, while no
    /// other delegation runs (组织法2022 第十八条第三款).
    fn check_delegation(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        d: &ChairDelegated,
    ) -> Result<(), PresidiumError> {
        let today = ctx.today;
        let chair = roster
            .chair_at(today)
            .filter(|c| roster.acts_as(*c, Post::Chair, today));
        if chair.is_none() || ctx.actor.as_deputy() != chair {
            let allowed = "the chair, in writing";
            return Err(Forbidden::new(
                ctx.actor.clone(),
                "delegate the chair's work",
                allowed,
                CONVENER,
            )
            .into());
        }
        if d.from < today || d.until.is_some_and(|u| u < d.from) {
            return Err(PresidiumError::DateInPast { on: d.from, today });
        }
        if !roster.acts_as(d.to, Post::ViceChair, d.from) {
            return Err(PresidiumError::NotViceChair {
                deputy: d.to,
                citation: CONVENER,
            });
        }
        if self
            .delegations
            .last()
            .is_some_and(|x| x.until.is_none_or(|u| u >= d.from))
        {
            return Err(PresidiumError::DelegationRunning { citation: CONVENER });
        }
        Ok(())
    }

    /// The chair ends a running delegation.
    fn check_delegation_ended(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        e: &DelegationEnded,
    ) -> Result<(), PresidiumError> {
        if ctx.actor.as_deputy() != roster.chair_at(e.on) || ctx.actor.as_deputy().is_none() {
            let allowed = "the chair";
            return Err(
                Forbidden::new(ctx.actor.clone(), "end a delegation", allowed, CONVENER).into(),
            );
        }
        match self.delegations.last() {
            Some(d) if d.until.is_none_or(|u| u >= e.on) && d.from <= e.on => Ok(()),
            _ => Err(PresidiumError::NoDelegation),
        }
    }

    /// A member registers once, on the meeting's day: attendance on a later day would let one
    /// meeting count for the next quarter.
    fn check_attendance(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        meeting: MeetingId,
    ) -> Result<(), PresidiumError> {
        let deputy = member(self, roster, ctx, "attend a presidium meeting")?;
        let m = self.open_meeting(meeting)?;
        if m.on != ctx.today {
            return Err(PresidiumError::WrongDay {
                meeting,
                held_on: m.on,
                today: ctx.today,
            });
        }
        if m.present.contains(&deputy) {
            return Err(PresidiumError::AlreadyPresent { meeting, deputy });
        }
        Ok(())
    }

    /// Registers the member; the meeting is held once a quorum of all members is present
    /// (全体成员的过半数出席，方能举行).
    fn commit_attendance(&mut self, roster: &Roster, ctx: &Context<'_>, meeting: MeetingId) {
        let members = self.members_at(roster, ctx.today);
        let Some(deputy) = ctx.actor.as_deputy() else {
            return;
        };
        let Ok(m) = self.meeting_mut(meeting) else {
            return;
        };
        m.present.insert(deputy);
        let present = count(m.present.iter().filter(|d| members.contains(d)).count());
        m.quorum_reached |= ctx
            .rules
            .presidium_quorum
            .value
            .is_met(present, count(members.len()));
    }

    /// The presider puts a motion to an open meeting with its quorum; the motion must be able
    /// to take effect if adopted.
    fn check_motion_put(
        &self,
        roster: &Roster,
        sessions: &Sessions,
        ctx: &Context<'_>,
        meeting: MeetingId,
        decision: DecisionId,
        motion: &PresidiumDecision,
    ) -> Result<(), PresidiumError> {
        self.presider(roster, ctx, "put a motion to the presidium")?;
        let m = self.open_meeting(meeting)?;
        self.check_quorum(roster, ctx.rules, m, ctx.today)?;
        if self.motion_ref(decision).is_ok() {
            return Err(PresidiumError::DuplicateDecision(decision));
        }
        check_motion(roster, sessions, self, ctx.today, motion, decision)
    }

    /// A member present votes once on an open motion.
    fn check_vote(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        decision: DecisionId,
    ) -> Result<(), PresidiumError> {
        let deputy = member(self, roster, ctx, "vote in the presidium")?;
        let motion = self.open_motion(decision)?;
        let m = self.open_meeting(motion.meeting)?;
        if !m.present.contains(&deputy) {
            return Err(PresidiumError::NotPresent {
                meeting: m.id,
                deputy,
            });
        }
        if motion.roll.contains_key(&deputy) {
            return Err(PresidiumError::AlreadyVoted { decision, deputy });
        }
        Ok(())
    }

    /// The presider closes the vote with the quorum present; the recorded tally and interim
    /// flag must be those the roll and the record give (全体成员的过半数通过).
    fn check_decision(
        &self,
        roster: &Roster,
        sessions: &Sessions,
        ctx: &Context<'_>,
        decision: DecisionId,
        tally: &Tally,
        interim_proposal_qualified: Option<bool>,
    ) -> Result<(), PresidiumError> {
        self.presider(roster, ctx, "close a presidium vote")?;
        let motion = self.open_motion(decision)?;
        let m = self.open_meeting(motion.meeting)?;
        self.check_quorum(roster, ctx.rules, m, ctx.today)?;
        check_motion(roster, sessions, self, ctx.today, &motion.motion, decision)?;
        let computed = self.tally(roster, ctx.rules, m, motion, ctx.today);
        if computed != *tally {
            return Err(PresidiumError::TallyMismatch {
                decision,
                recorded: Box::new(tally.clone()),
                computed: Box::new(computed),
            });
        }
        let flag = interim_flag(sessions, roster, ctx.rules, ctx.today, &motion.motion);
        if flag != interim_proposal_qualified {
            return Err(PresidiumError::InterimProposalMismatch {
                decision,
                recorded: interim_proposal_qualified,
                computed: flag,
            });
        }
        Ok(())
    }

    /// Records the decision; an adopted recess plan becomes (or amends) the year's plan.
    fn commit_decision(
        &mut self,
        today: NaiveDate,
        decision: DecisionId,
        tally: &Tally,
        flag: Option<bool>,
    ) {
        self.open_motions.remove(&decision);
        let Ok(motion) = self.motion_mut(decision) else {
            return;
        };
        motion.status = MotionStatus::Decided {
            on: today,
            tally: tally.clone(),
            interim_proposal_qualified: flag,
        };
        if let (true, PresidiumDecision::ApproveRecessPlan { year, items }) =
            (tally.adopted, &motion.motion)
        {
            let (year, items) = (*year, items.clone());
            let replaces = self.plans.get(&year).map(|p| p.decision);
            self.plans.insert(
                year,
                RecessPlan {
                    year,
                    items,
                    decision,
                    approved_on: today,
                    replaces,
                },
            );
        }
    }

    /// The presider closes an open meeting once no motion is left open.
    fn check_meeting_closed(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        meeting: MeetingId,
    ) -> Result<(), PresidiumError> {
        self.presider(roster, ctx, "close a presidium meeting")?;
        self.open_meeting(meeting)?;
        let open = self.open_motions().filter(|m| m.meeting == meeting).count();
        if open > 0 {
            return Err(PresidiumError::MotionsOpen {
                meeting,
                open: count(open),
            });
        }
        Ok(())
    }

    /// The list a session elected replaces the previous one from `on`: serving deputies,
    /// within the size with the chair and vice-chairs (members ex officio, 组织法2022
    /// 第十九条第一款), none in an administrative post where the province bars it.
    ///
    /// # Errors
    ///
    /// * [`PresidiumError::MembershipOutOfOrder`] when `on` is before the membership in force.
    /// * [`PresidiumError::NotServing`] when an elected member is not a serving deputy on `on`.
    /// * [`PresidiumError::SizeOutOfRange`] outside [`Rulebook::presidium_size_range`] for the
    ///   term's seats and population.
    /// * [`PresidiumError::AdministrativePost`] under `presidium_members_no_administrative_post`.
    fn check_elected_list(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        members: &BTreeSet<DeputyId>,
        on: NaiveDate,
    ) -> Result<(), PresidiumError> {
        if let Some(last) = self.memberships.last()
            && on < last.on
        {
            return Err(PresidiumError::MembershipOutOfOrder { on, last: last.on });
        }
        if let Some(d) = members.iter().find(|d| !roster.is_serving(**d, on)) {
            return Err(PresidiumError::NotServing {
                deputy: *d,
                on,
                citation: MEMBERS,
            });
        }
        let with_officers: BTreeSet<DeputyId> = members
            .iter()
            .copied()
            .chain(roster.chair_at(on))
            .chain(roster.vice_chairs_at(on))
            .filter(|d| roster.is_serving(*d, on))
            .collect();
        let size = count(with_officers.len());
        let term = roster.term().map_or((0, 0), |t| (t.seats, t.population));
        let allowed = rules.presidium_size_range(term.0, term.1);
        if let Some(basis) = allowed.breach(size) {
            return Err(PresidiumError::SizeOutOfRange {
                size,
                allowed: allowed.bounds,
                basis: basis.clone(),
            });
        }
        if rules.presidium_members_no_administrative_post.value {
            for d in members {
                if let Some(title) = roster.administrative_posts_at(*d, on).first() {
                    return Err(PresidiumError::AdministrativePost {
                        deputy: *d,
                        title: (*title).to_owned(),
                        basis: rules.basis(
                            crate::rulebook::RuleField::PresidiumMembersNoAdministrativePost,
                        ),
                    });
                }
            }
        }
        Ok(())
    }
}

fn interim_flag(
    sessions: &Sessions,
    roster: &Roster,
    rules: &Rulebook,
    date: NaiveDate,
    motion: &PresidiumDecision,
) -> Option<bool> {
    match motion {
        PresidiumDecision::CallInterimSession { session, .. } => {
            Some(sessions.interim_proposal_qualified(roster, rules, *session, date))
        }
        _ => None,
    }
}

/// The acting deputy, if they are a member of the presidium today.
fn member(
    presidium: &Presidium,
    roster: &Roster,
    ctx: &Context<'_>,
    action: &'static str,
) -> Result<DeputyId, PresidiumError> {
    match ctx.actor.as_deputy() {
        Some(d) if presidium.members_at(roster, ctx.today).contains(&d) => Ok(d),
        _ => Err(Forbidden::new(
            ctx.actor.clone(),
            action,
            "a member of the presidium on that day",
            MEMBERS,
        )
        .into()),
    }
}

/// Checks that a motion can take effect if adopted, so that an adopted decision never fails
/// at the close: the session it schedules is new, the one it moves has not opened, dates and
/// plans are not in the past, and no other open motion concerns the same session.
fn check_motion(
    roster: &Roster,
    sessions: &Sessions,
    presidium: &Presidium,
    today: NaiveDate,
    motion: &PresidiumDecision,
    this: DecisionId,
) -> Result<(), PresidiumError> {
    if let Some(session) = motion.session() {
        let other = presidium
            .open_motions()
            .find(|m| m.decision != this && m.motion.session() == Some(session));
        if let Some(other) = other {
            return Err(PresidiumError::SessionMotionOpen {
                session,
                decision: other.decision,
            });
        }
    }
    match motion {
        PresidiumDecision::ConveneSession { session, opens_on }
        | PresidiumDecision::CallInterimSession { session, opens_on } => {
            if sessions.get(*session).is_some() {
                return Err(PresidiumError::SessionExists(*session));
            }
            if *opens_on < today {
                return Err(PresidiumError::DateInPast {
                    on: *opens_on,
                    today,
                });
            }
        }
        PresidiumDecision::MoveSession { session, opens_on } => {
            let s = sessions
                .get(*session)
                .ok_or(PresidiumError::UnknownSession(*session))?;
            if !matches!(s.phase, crate::session::Phase::Scheduled {}) {
                return Err(PresidiumError::SessionUnderway(*session));
            }
            if *opens_on < today {
                return Err(PresidiumError::DateInPast {
                    on: *opens_on,
                    today,
                });
            }
        }
        PresidiumDecision::ApproveRecessPlan { year, .. }
            if *year < chrono::Datelike::year(&today) =>
        {
            return Err(PresidiumError::PlanForPastYear {
                year: *year,
                current: chrono::Datelike::year(&today),
            });
        }
        _ => {}
    }
    check_motion_contents(roster, motion)
}

/// A motion's contents: a handover names suggestions and registered units (a co-unit is not
/// the lead), a plan has items.
fn check_motion_contents(
    roster: &Roster,
    motion: &PresidiumDecision,
) -> Result<(), PresidiumError> {
    match motion {
        PresidiumDecision::HandOverSuggestions {
            proposals,
            unit,
            co_units,
        } => {
            if proposals.is_empty() {
                return Err(PresidiumError::EmptyMotion {
                    what: "suggestions",
                });
            }
            let stray = std::iter::once(unit)
                .chain(co_units)
                .find(|u| roster.unit(**u).is_none() || (co_units.contains(u) && *u == unit));
            if let Some(u) = stray {
                return Err(PresidiumError::UnknownUnit {
                    unit: *u,
                    citation: motion.citation(),
                });
            }
        }
        PresidiumDecision::ApproveRecessPlan { items, .. } if items.is_empty() => {
            return Err(PresidiumError::EmptyMotion { what: "plan items" });
        }
        _ => {}
    }
    Ok(())
}
