//! The state of a term's aggregates, and how one entry changes it: the event is checked, its
//! effects derived and checked, and only then is everything committed.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::display::event_words;
use super::{Command, Event, LedgerError};
use crate::actor::Context;
use crate::deputy::{Deputies, DeputyError};
use crate::error::Error;
use crate::ids::{DeputyId, SessionId};
use crate::presidium::{AttendanceRegistered, DecisionTaken, MembershipRecorded, MotionPut};
use crate::presidium::{Presidium, PresidiumEvent};
use crate::proposal::{Below, Proposals};
use crate::roster::{OfficeEnd, Roster, RosterChange};
use crate::rulebook::Citation;
use crate::session::{Attendance, SessionEvent, Sessions};
use crate::session::{AttendanceRecorded, ItemPut, SessionMoved, VoteCast, VoteClosed};
use crate::supervision::{Supervision, SupervisionError};

/// The state of every aggregate of the term, rebuilt from the log (状态).
///
/// It serializes (for inspection and comparison) but does not deserialize: a state comes only
/// from replaying a log, never from a stored copy.
#[doc(alias = "状态")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct State {
    pub(crate) roster: Roster,
    pub(crate) sessions: Sessions,
    pub(crate) presidium: Presidium,
    pub(crate) proposals: Proposals,
    pub(crate) supervision: Supervision,
    pub(crate) deputies: Deputies,
    #[serde(skip)]
    acts: Acts,
}

/// When the record shows each deputy acting: the sessions where they are recorded present,
/// by opening date, and the last presidium meeting they attended. An index kept by the
/// commits, so that the rule "a mandate cannot end before the deputy's recorded acts" does not
/// read the whole record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Acts {
    sessions: BTreeMap<DeputyId, BTreeSet<(NaiveDate, SessionId)>>,
    meetings: BTreeMap<DeputyId, NaiveDate>,
}

/// Getters.
impl State {
    /// The roster.
    #[must_use]
    pub const fn roster(&self) -> &Roster {
        &self.roster
    }

    /// The sessions.
    #[must_use]
    pub const fn sessions(&self) -> &Sessions {
        &self.sessions
    }

    /// The presidium.
    #[must_use]
    pub const fn presidium(&self) -> &Presidium {
        &self.presidium
    }

    /// The supervision record.
    #[must_use]
    pub const fn supervision(&self) -> &Supervision {
        &self.supervision
    }

    /// Deputies' work.
    #[must_use]
    pub const fn deputies(&self) -> &Deputies {
        &self.deputies
    }

    /// The bills, suggestions, interpellations, inquiries and recall motions.
    #[must_use]
    pub const fn proposals(&self) -> &Proposals {
        &self.proposals
    }

    /// What the proposals read below them.
    pub(crate) const fn below(&self) -> Below<'_> {
        Below {
            roster: &self.roster,
            sessions: &self.sessions,
            presidium: &self.presidium,
        }
    }
}

/// How an entry changes the state.
impl State {
    /// Turns a command into the event it would record, without changing anything.
    pub(super) fn decide(&self, ctx: &Context<'_>, command: &Command) -> Result<Event, Error> {
        let Self {
            roster,
            sessions,
            presidium,
            proposals,
            supervision,
            deputies,
            ..
        } = self;
        Ok(match command {
            Command::Roster(change) => Event::Roster(change.clone()),
            Command::Session(c) => Event::Session(sessions.decide(roster, ctx, c)?),
            Command::Presidium(c) => Event::Presidium(presidium.decide(roster, sessions, ctx, c)?),
            Command::Proposal(c) => Event::Proposal(proposals.decide(self.below(), ctx, c)?),
            Command::Supervision(c) => {
                Event::Supervision(supervision.decide(roster, presidium, ctx, c)?)
            }
            Command::Deputy(c) => Event::Deputy(deputies.decide(ctx, c)?),
        })
    }

    /// Checks `event` and the effects it entails against the state as it is, changing
    /// nothing; returns the effects.
    pub(super) fn check_entry(
        &self,
        ctx: &Context<'_>,
        event: &Event,
        recorded: Option<&[Event]>,
    ) -> Result<Vec<Event>, Error> {
        self.admit(event)?;
        self.check(ctx, event)?;
        let effects = self.effects(ctx, event);
        if let Some(recorded) = recorded {
            check_same_effects(recorded, &effects)?;
        }
        self.check_effects(ctx, &effects)?;
        Ok(effects)
    }

    /// Commits a checked entry: the event, then its effects. Cannot fail.
    pub(super) fn commit_entry(&mut self, ctx: &Context<'_>, event: &Event, effects: &[Event]) {
        self.commit(ctx, event);
        for effect in effects {
            self.commit(ctx, effect);
        }
    }

    /// The ledger's own rules for an event stated by hand: facts the congress decides at a
    /// session may be stated only for the time before this record's first session.
    fn admit(&self, event: &Event) -> Result<(), LedgerError> {
        if let Some((what, citation)) = decided_by_congress(event) {
            // Facts from before this record may be stated by hand; once a session is in the
            // record, the congress decides them by its own vote there.
            if self.sessions.iter().next().is_some() {
                return Err(LedgerError::DecidedAtSession { what, citation });
            }
        }
        Ok(())
    }

    /// Checks one event stated by hand against its aggregate, which reads those below it,
    /// then the ledger's cross-checks (below).
    fn check(&self, ctx: &Context<'_>, event: &Event) -> Result<(), Error> {
        let Self {
            roster,
            sessions,
            presidium,
            proposals,
            supervision,
            deputies,
            ..
        } = self;
        match event {
            Event::Roster(change) => {
                self.check_recorded_acts(change)?;
                deputies.check_roster_change(change)?;
                roster.check(ctx, change)?;
            }
            Event::Session(e) => {
                sessions.check(roster, ctx, e)?;
                self.cross_check_session(e)?;
            }
            Event::Presidium(e) => {
                presidium.check(roster, sessions, ctx, e)?;
                self.cross_check_presidium(e)?;
            }
            Event::Proposal(e) => proposals.check(self.below(), ctx, e)?,
            Event::Supervision(e) => supervision.check(roster, presidium, ctx, e)?,
            Event::Deputy(e) => deputies.check(roster, sessions, presidium, ctx, e)?,
        }
        Ok(())
    }

    /// Cross-check: a session cannot tell a bill from its id, so the proposals check a bill
    /// put on the agenda (listed for that session, once) and every vote cast or closed on it
    /// (not withdrawn), in the same entry (组织法2022 第二十二条).
    fn cross_check_session(&self, event: &SessionEvent) -> Result<(), Error> {
        let below = self.below();
        match event {
            SessionEvent::ItemPut(ItemPut {
                session, subject, ..
            }) => self.proposals.check_agenda_item(below, *session, subject)?,
            SessionEvent::VoteCast(VoteCast { session, item, .. })
            | SessionEvent::VoteClosed(VoteClosed { session, item, .. }) => {
                self.proposals.check_bill_vote(below, *session, *item)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Cross-check: the presidium cannot read proposals, so the proposals check a motion that
    /// names one (listing a bill, the answer mode of an interpellation, a handover) before it
    /// is put, in the same entry.
    fn cross_check_presidium(&self, event: &PresidiumEvent) -> Result<(), Error> {
        if let PresidiumEvent::MotionPut(MotionPut {
            decision, motion, ..
        }) = event
        {
            self.proposals
                .check_motion(self.below(), *decision, motion)?;
        }
        Ok(())
    }

    /// What a checked event entails for other aggregates (the table in each aggregate's
    /// docs): the aggregate's own effects on those below it, and — the ledger's cause table —
    /// what it entails for the aggregates above, which it cannot name: the presidium a
    /// session's vote elected, a bill's vote, and the presidium's decisions on proposals.
    fn effects(&self, ctx: &Context<'_>, event: &Event) -> Vec<Event> {
        match event {
            Event::Roster(_) => Vec::new(),
            Event::Session(e) => self.session_effects(ctx, e),
            Event::Presidium(e) => self.presidium_effects(ctx, e),
            Event::Proposal(e) => self
                .proposals
                .effects(ctx, e)
                .into_iter()
                .map(Event::Roster)
                .collect(),
            // Supervision changes only itself (the table in its docs).
            Event::Supervision(_) => Vec::new(),
            Event::Deputy(e) => self
                .deputies
                .effects(&self.roster, e)
                .into_iter()
                .map(Event::Roster)
                .collect(),
        }
    }

    /// A session event's roster changes; the presidium a vote elected; a bill voted on.
    fn session_effects(&self, ctx: &Context<'_>, e: &SessionEvent) -> Vec<Event> {
        let mut out: Vec<Event> = self
            .sessions
            .effects(&self.roster, ctx, e)
            .into_iter()
            .map(Event::Roster)
            .collect();
        if let SessionEvent::VoteClosed(VoteClosed {
            session,
            item,
            result,
        }) = e
        {
            if let Some(members) = self.sessions.presidium_elected_by(*session, *item, result) {
                out.push(Event::Presidium(PresidiumEvent::MembershipRecorded(
                    MembershipRecorded {
                        session: *session,
                        members: members.clone(),
                        on: ctx.today,
                    },
                )));
            }
            let voted = self
                .proposals
                .effects_of_vote(self.below(), *session, *item, result);
            out.extend(voted.into_iter().map(Event::Proposal));
        }
        out
    }

    /// A presidium decision's session events, and what an adopted decision on proposals
    /// entails for them.
    fn presidium_effects(&self, ctx: &Context<'_>, e: &PresidiumEvent) -> Vec<Event> {
        let mut out: Vec<Event> = self
            .presidium
            .effects(e)
            .into_iter()
            .map(Event::Session)
            .collect();
        if let PresidiumEvent::DecisionTaken(DecisionTaken {
            decision, tally, ..
        }) = e
            && tally.adopted
            && let Some(motion) = self.presidium.motion(*decision)
        {
            let decided = self
                .proposals
                .effects_of_decision(ctx, *decision, &motion.motion);
            out.extend(decided.into_iter().map(Event::Proposal));
        }
        out
    }

    /// Checks an entry's effects together against the state as it is; their authority is
    /// the event that entails them.
    fn check_effects(&self, ctx: &Context<'_>, effects: &[Event]) -> Result<(), Error> {
        let mut changes = Vec::new();
        for effect in effects {
            match effect {
                Event::Roster(change) => {
                    self.check_recorded_acts(change)?;
                    changes.push(change.clone());
                }
                Event::Session(e) => self.sessions.check_effect(&self.roster, ctx, e)?,
                Event::Presidium(e) => self.presidium.check_effect(&self.roster, ctx, e)?,
                Event::Proposal(e) => self.proposals.check_effect(self.below(), ctx, e)?,
                Event::Supervision(_) => return Err(SupervisionError::NotAnEffect {}.into()),
                Event::Deputy(_) => return Err(DeputyError::NotAnEffect {}.into()),
            }
        }
        self.roster.check_effects(ctx, &changes)?;
        Ok(())
    }

    /// Commits a checked event; cannot fail.
    fn commit(&mut self, ctx: &Context<'_>, event: &Event) {
        self.index_acts(ctx, event);
        let Self {
            roster,
            sessions,
            presidium,
            proposals,
            supervision,
            deputies,
            ..
        } = self;
        match event {
            Event::Roster(change) => roster.commit(ctx.rules, change),
            Event::Session(e) => sessions.commit(roster, ctx, e),
            Event::Presidium(e) => presidium.commit(roster, ctx, e),
            Event::Proposal(e) => proposals.commit(ctx, e),
            Event::Supervision(e) => supervision.commit(ctx, e),
            Event::Deputy(e) => deputies.commit(ctx, e),
        }
    }

    /// Keeps the index of deputies' recorded acts current, before `event` is committed.
    fn index_acts(&mut self, ctx: &Context<'_>, event: &Event) {
        match event {
            Event::Session(SessionEvent::AttendanceRecorded(AttendanceRecorded {
                session,
                deputy,
                attendance,
            })) => {
                let Some(opens_on) = self.sessions.get(*session).map(|s| s.opens_on) else {
                    return;
                };
                let acted = self.acts.sessions.entry(*deputy).or_default();
                if *attendance == Attendance::Present {
                    acted.insert((opens_on, *session));
                } else {
                    acted.remove(&(opens_on, *session));
                }
            }
            Event::Session(SessionEvent::SessionMoved(SessionMoved { session, opens_on })) => {
                let Some(s) = self.sessions.get(*session) else {
                    return;
                };
                for (deputy, a) in &s.attendance {
                    if *a == Attendance::Present
                        && let Some(acted) = self.acts.sessions.get_mut(deputy)
                    {
                        acted.remove(&(s.opens_on, *session));
                        acted.insert((*opens_on, *session));
                    }
                }
            }
            Event::Presidium(PresidiumEvent::AttendanceRegistered(AttendanceRegistered {
                ..
            })) => {
                if let Some(deputy) = ctx.actor.as_deputy() {
                    let last = self.acts.meetings.entry(deputy).or_insert(ctx.today);
                    *last = (*last).max(ctx.today);
                }
            }
            _ => {}
        }
    }

    /// A mandate cannot end (or be suspended) before a day on which the record already shows
    /// the deputy acting, without rewriting what was recorded.
    fn check_recorded_acts(&self, change: &RosterChange) -> Result<(), LedgerError> {
        if let Some((deputy, on)) = ends_or_suspends(change)
            && let Some(last_act) = self.last_act(deputy)
            && on < last_act
        {
            return Err(LedgerError::BeforeRecordedActs {
                deputy,
                on,
                last_act,
            });
        }
        Ok(())
    }

    /// The last day the record shows `deputy` acting: present at a session (which is where
    /// they vote), at a presidium meeting, or signing, asking or rating on a proposal.
    fn last_act(&self, deputy: DeputyId) -> Option<NaiveDate> {
        let session = self
            .acts
            .sessions
            .get(&deputy)
            .and_then(|s| s.last())
            .map(|(on, _)| *on);
        let meeting = self.acts.meetings.get(&deputy).copied();
        let supervision = self.supervision.last_act(deputy);
        let work = self.deputies.last_act(deputy);
        let proposals = self.proposals.last_act(deputy);
        session
            .max(meeting)
            .max(supervision)
            .max(work)
            .max(proposals)
    }
}

/// A replayed entry's effects must be exactly those its event entails.
fn check_same_effects(recorded: &[Event], computed: &[Event]) -> Result<(), LedgerError> {
    if recorded == computed {
        return Ok(());
    }
    let differs = recorded
        .iter()
        .map(Some)
        .chain(std::iter::repeat(None))
        .zip(computed.iter().map(Some).chain(std::iter::repeat(None)))
        .take(recorded.len().max(computed.len()))
        .find(|(r, c)| r != c);
    let (recorded_effect, entailed_effect) = differs.unwrap_or_default();
    Err(LedgerError::EffectsMismatch {
        recorded: recorded.len(),
        computed: computed.len(),
        recorded_effect: Box::new(event_words(recorded_effect)),
        entailed_effect: Box::new(event_words(entailed_effect)),
    })
}

/// The deputy and date of a change that ends or suspends a mandate.
fn ends_or_suspends(change: &RosterChange) -> Option<(DeputyId, NaiveDate)> {
    match change {
        RosterChange::ResignationAccepted { deputy, on, .. }
        | RosterChange::DeputyRecalled { deputy, on, .. }
        | RosterChange::MandateTerminated { deputy, on, .. }
        | RosterChange::DeputySuspended { deputy, on, .. } => Some((*deputy, *on)),
        _ => None,
    }
}

/// What the congress decides by vote at a session (or records when a session closes), and the
/// article that says so, when `event` states it by hand.
fn decided_by_congress(event: &Event) -> Option<(&'static str, Citation)> {
    Some(match event {
        Event::Roster(RosterChange::ResignationAccepted { .. }) => (
            "a deputy's resignation accepted",
            Citation::electoral(55, Some(2)),
        ),
        Event::Roster(RosterChange::OfficerSeated { .. }) => {
            ("an officer elected", Citation::organic(12, None))
        }
        Event::Roster(RosterChange::OfficeVacated {
            reason: OfficeEnd::Resigned,
            ..
        }) => ("an officer's resignation", Citation::organic(32, Some(2))),
        Event::Roster(RosterChange::OfficeVacated {
            reason: OfficeEnd::Recalled,
            ..
        }) => ("an officer's recall", Citation::organic(13, None)),
        Event::Roster(RosterChange::UnexcusedAbsenceNoted { .. }) => (
            "an absence without leave",
            Citation::deputies(62, None).with_item(3),
        ),
        Event::Presidium(PresidiumEvent::MembershipRecorded(MembershipRecorded { .. })) => {
            ("the presidium's membership", Citation::organic(19, Some(1)))
        }
        _ => return None,
    })
}
