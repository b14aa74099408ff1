//! The ledger of one congress term (档案): envelopes in, recorded events out.
//!
//! [`Ledger::execute`] takes an [`Envelope`] (who, when, what), checks it against the actor's
//! rights on that day, the [`Rulebook`] and the current [`State`], and either appends the
//! resulting events or returns an [`Error`] and changes nothing. [`Ledger::replay`] rebuilds
//! the state from a log and refuses a log that breaks a rule, naming the first bad event.
//!
//! Every event is checked when it is applied, so the rules live in one place: a command is
//! turned into events, and applying them is what checks and changes the state. Replaying a
//! log applies the same checks.
//!
//! # Examples
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use township_congress::{Actor, Command, Envelope, Ledger, Rulebook, RosterChange};
//!
//! let at = Utc.with_ymd_and_hms(2026, 1, 5, 2, 0, 0).single().ok_or("time")?;
//! let mut ledger = Ledger::new(Rulebook::NATIONAL);
//! let open = RosterChange::TermOpened {
//!     township: "青山镇".into(),
//!     number: 8,
//!     election_completed: NaiveDate::from_ymd_opt(2026, 1, 4).ok_or("date")?,
//!     population: 30_000,
//!     seats: 50,
//!     uplift: false,
//!     township_kind: township_congress::roster::TownshipKind::Town,
//! };
//! // Only the county standing committee fixes the quota.
//! let refused = ledger.execute(Envelope::new(Actor::Government {}, at, Command::Roster(open.clone())));
//! assert!(refused.is_err());
//! assert!(ledger.events().is_empty());
//!
//! let recorded = ledger.execute(Envelope::new(Actor::CountyStandingCommittee {}, at, Command::Roster(open)))?;
//! assert_eq!(recorded.len(), 1);
//! assert_eq!(ledger.events().len(), 1);
//! assert_eq!(ledger.state().roster().term().map(|t| t.seats), Some(50));
//!
//! let again = Ledger::replay(Rulebook::NATIONAL, ledger.events())?;
//! assert_eq!(again.state(), ledger.state());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::Label;
use crate::actor::{Actor, Context};
use crate::error::Error;
use crate::ids::DeputyId;
use crate::presidium::{self, Presidium, PresidiumCommand, PresidiumEvent};
use crate::roster::{OfficeEnd, Roster, RosterChange};
use crate::rulebook::{Citation, Rulebook};
use crate::session::{self, SessionCommand, SessionEvent, Sessions};

/// What someone asks the congress's record to take: who, when, what (信封).
#[doc(alias = "指令")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Envelope {
    /// Who acts.
    pub actor: Actor,
    /// When, as the caller states it (RFC 3339). Never earlier than the last recorded event.
    pub at: DateTime<Utc>,
    /// What they do.
    pub command: Command,
}

impl Envelope {
    /// An envelope.
    #[must_use]
    pub const fn new(actor: Actor, at: DateTime<Utc>, command: Command) -> Self {
        Self { actor, at, command }
    }
}

/// A command to one of the term's aggregates (指令).
#[doc(alias = "指令")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Command {
    /// A change to the roster, stated as the fact it records.
    Roster(RosterChange),
    /// A command to a congress session.
    Session(SessionCommand),
    /// A command to the presidium.
    Presidium(PresidiumCommand),
}

/// A recorded event of one of the term's aggregates (事件).
#[doc(alias = "事件")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Event {
    /// The roster changed.
    Roster(RosterChange),
    /// Something happened in a session.
    Session(SessionEvent),
    /// Something happened in the presidium.
    Presidium(PresidiumEvent),
}

impl Label for Command {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Roster(c) => c.label_zh(),
            Self::Session(c) => c.label_zh(),
            Self::Presidium(c) => c.label_zh(),
        }
    }
}

impl Label for Event {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Roster(e) => e.label_zh(),
            Self::Session(e) => e.label_zh(),
            Self::Presidium(e) => e.label_zh(),
        }
    }
}

/// An event as the archive keeps it: position, time, actor and the event (档案记录).
#[doc(alias = "档案记录")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Recorded {
    /// Position in the log, from 1, without gaps.
    pub seq: u64,
    /// When the envelope was stated.
    pub at: DateTime<Utc>,
    /// Who acted.
    pub actor: Actor,
    /// What happened.
    pub event: Event,
}

/// The state of every aggregate of the term, rebuilt from the log (状态).
#[doc(alias = "状态")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct State {
    pub(crate) roster: Roster,
    pub(crate) sessions: Sessions,
    pub(crate) presidium: Presidium,
}

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

    /// Turns a command into the events it would record, without changing anything.
    fn decide(&self, ctx: &Context<'_>, command: &Command) -> Result<Vec<Event>, Error> {
        Ok(match command {
            Command::Roster(change) => vec![Event::Roster(change.clone())],
            Command::Session(c) => session::decide(self, ctx, c)?
                .into_iter()
                .map(Event::Session)
                .collect(),
            Command::Presidium(c) => presidium::decide(self, ctx, c)?
                .into_iter()
                .map(Event::Presidium)
                .collect(),
        })
    }

    /// Checks one event against every rule and applies it; on `Err` nothing changed.
    fn apply(&mut self, ctx: &Context<'_>, event: &Event) -> Result<(), Error> {
        if let Some((what, citation)) = decided_by_congress(event) {
            // Facts from before this record may be stated by hand; once a session is in the
            // record, the congress decides them by its own vote there.
            if self.sessions.iter().next().is_some() {
                return Err(LedgerError::DecidedAtSession { what, citation }.into());
            }
        }
        if let Event::Roster(change) = event
            && let Some((deputy, on)) = ends_or_suspends(change)
            && let Some(last_act) = self.last_act(deputy)
            && on < last_act
        {
            // The record already shows the deputy acting on `last_act`: a mandate cannot end
            // (or be suspended) before it without rewriting what was recorded.
            return Err(LedgerError::BeforeRecordedActs {
                deputy,
                on,
                last_act,
            }
            .into());
        }
        match event {
            Event::Roster(change) => self.roster.apply(ctx, change)?,
            Event::Session(e) => session::apply(self, ctx, e)?,
            Event::Presidium(e) => presidium::apply(self, ctx, e)?,
        }
        Ok(())
    }
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

impl State {
    /// The last day the record shows `deputy` acting: present at a session (which is where
    /// they vote) or at a presidium meeting.
    fn last_act(&self, deputy: DeputyId) -> Option<NaiveDate> {
        let sessions = self
            .sessions
            .iter()
            .filter(|s| s.attendance.get(&deputy) == Some(&crate::session::Attendance::Present))
            .map(|s| s.opens_on);
        let meetings = self
            .presidium
            .meetings()
            .iter()
            .filter(|m| m.present.contains(&deputy))
            .map(|m| m.on);
        sessions.chain(meetings).max()
    }
}

/// What the congress decides by vote at a session, and the article that gives it the
/// decision, when `event` states it by hand.
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
        Event::Presidium(PresidiumEvent::MembershipRecorded { .. }) => {
            ("the presidium's membership", Citation::organic(19, Some(1)))
        }
        _ => return None,
    })
}

/// Why the ledger refused an envelope or a log (档案错误).
#[doc(alias = "档案错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LedgerError {
    /// The envelope is dated before the last recorded event: time never goes backwards.
    #[error(
        "the command is dated {at}, before the last recorded event ({last}); time never goes backwards"
    )]
    TimeWentBackwards {
        /// The last recorded time.
        last: DateTime<Utc>,
        /// The envelope's time.
        at: DateTime<Utc>,
    },
    /// A fact the congress decides at a session was stated by hand after the record's first
    /// session.
    #[error(
        "{what} is decided by the congress at a session and recorded from its vote; stating it by hand is only for facts from before this record's first session ({citation})"
    )]
    DecidedAtSession {
        /// What was stated.
        what: &'static str,
        /// The rule that gives the decision to the congress.
        citation: crate::rulebook::Citation,
    },
    /// A mandate would end (or be suspended) before a day on which the record shows the
    /// deputy acting.
    #[error(
        "deputy {deputy} is recorded acting on {last_act}; their mandate cannot end or be suspended from {on}, earlier"
    )]
    BeforeRecordedActs {
        /// The deputy.
        deputy: DeputyId,
        /// The date of the change.
        on: NaiveDate,
        /// The last day the record shows them acting.
        last_act: NaiveDate,
    },
    /// A command produced no event.
    #[error("the command changes nothing")]
    NothingToRecord,
    /// A log entry's sequence number is not its position.
    #[error("log entry at position {position} has seq {seq}; expected {expected}")]
    BadSequence {
        /// 0-based position in the log.
        position: usize,
        /// The seq found.
        seq: u64,
        /// The seq expected.
        expected: u64,
    },
    /// A log entry breaks a rule.
    #[error("log entry at position {position} (seq {seq}) breaks a rule: {error}")]
    Replay {
        /// 0-based position in the log.
        position: usize,
        /// Its seq.
        seq: u64,
        /// The rule it breaks.
        error: Box<Error>,
    },
}

/// The append-only record of one congress term and the state it produces (档案).
#[doc(alias = "档案")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Ledger {
    rules: Rulebook,
    log: Vec<Recorded>,
    state: State,
}

/// Getters.
impl Ledger {
    /// An empty ledger under a rulebook.
    #[must_use]
    pub fn new(rules: Rulebook) -> Self {
        Self {
            rules,
            log: Vec::new(),
            state: State::default(),
        }
    }

    /// The rulebook in force.
    #[must_use]
    pub const fn rules(&self) -> &Rulebook {
        &self.rules
    }

    /// Every recorded event, oldest first.
    #[must_use]
    pub fn events(&self) -> &[Recorded] {
        &self.log
    }

    /// The current state.
    #[must_use]
    pub const fn state(&self) -> &State {
        &self.state
    }

    /// The roster (a shortcut for `state().roster()`).
    #[must_use]
    pub const fn roster(&self) -> &Roster {
        &self.state.roster
    }
}

/// Inputs.
impl Ledger {
    /// Checks and records one envelope, returning the events it recorded.
    ///
    /// # Errors
    ///
    /// * [`Error::Rulebook`] when the rulebook is not valid ([`Rulebook::validate`]).
    /// * [`LedgerError::TimeWentBackwards`] when `at` is before the last recorded event.
    /// * [`LedgerError::DecidedAtSession`] when a resignation, an officer or the presidium's
    ///   membership is stated by hand once a session is in the record.
    /// * Any rule the command breaks, from the aggregate it addresses ([`Error::Roster`],
    ///   [`Error::Session`], [`Error::Presidium`]). The ledger is left exactly as it was.
    pub fn execute(&mut self, envelope: Envelope) -> Result<&[Recorded], Error> {
        self.rules.validate()?;
        let Envelope { actor, at, command } = envelope;
        if let Some(last) = self.log.last()
            && at < last.at
        {
            return Err(LedgerError::TimeWentBackwards { last: last.at, at }.into());
        }
        let ctx = Context::new(&self.rules, &actor, at);
        let events = self.state.decide(&ctx, &command)?;
        match events.as_slice() {
            [] => return Err(LedgerError::NothingToRecord.into()),
            [single] => self.state.apply(&ctx, single)?,
            many => {
                // Apply on a copy so that a later event's refusal leaves nothing half done.
                let mut next = self.state.clone();
                for e in many {
                    next.apply(&ctx, e)?;
                }
                self.state = next;
            }
        }
        let start = self.log.len();
        for event in events {
            let seq = u64::try_from(self.log.len())
                .unwrap_or(u64::MAX)
                .saturating_add(1);
            self.log.push(Recorded {
                seq,
                at,
                actor: actor.clone(),
                event,
            });
        }
        Ok(self.log.get(start..).unwrap_or_default())
    }

    /// Rebuilds a ledger from a log, checking every event as it was checked when recorded.
    ///
    /// # Errors
    ///
    /// * [`Error::Rulebook`] when the rulebook is not valid.
    /// * [`LedgerError::BadSequence`] when an entry's `seq` is not its position + 1.
    /// * [`LedgerError::TimeWentBackwards`] when an entry is older than the one before.
    /// * [`LedgerError::Replay`] naming the position of the first event that breaks a rule.
    pub fn replay(rules: Rulebook, log: &[Recorded]) -> Result<Self, Error> {
        rules.validate()?;
        let mut ledger = Self::new(rules);
        for (position, rec) in log.iter().enumerate() {
            let expected = u64::try_from(position)
                .unwrap_or(u64::MAX)
                .saturating_add(1);
            if rec.seq != expected {
                return Err(LedgerError::BadSequence {
                    position,
                    seq: rec.seq,
                    expected,
                }
                .into());
            }
            if let Some(last) = ledger.log.last()
                && rec.at < last.at
            {
                return Err(LedgerError::TimeWentBackwards {
                    last: last.at,
                    at: rec.at,
                }
                .into());
            }
            let ctx = Context::new(&ledger.rules, &rec.actor, rec.at);
            ledger
                .state
                .apply(&ctx, &rec.event)
                .map_err(|error| LedgerError::Replay {
                    position,
                    seq: rec.seq,
                    error: Box::new(error),
                })?;
            ledger.log.push(rec.clone());
        }
        Ok(ledger)
    }
}
