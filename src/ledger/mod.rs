//! The ledger of one congress term (档案): envelopes in, recorded events out.
//!
//! [`Ledger::execute`] takes an [`Envelope`] (who, when, what), checks it against the actor's
//! rights on that day, the [`Rulebook`] and the current [`State`], and either appends the
//! resulting events or returns an [`Error`] and changes nothing. [`Ledger::replay`] rebuilds
//! the state from a log and refuses a log that breaks a rule, naming the first bad event.
//!
//! A command becomes one event of the aggregate it addresses; what that event entails for other
//! aggregates (an officer seated by an election's count, a session convened by a presidium
//! decision) is recorded with it as its `effects`, in the same [`Recorded`] entry. Every event
//! of an entry is checked against the state as it is before any of them changes it, and only
//! then are they all committed: an entry is recorded whole or not at all, without copying the
//! state. Replaying a log runs the same checks, recomputes each entry's effects from its event
//! and refuses an entry whose recorded effects differ, so a derived fact cannot be stated by
//! hand or edited.
//!
//! An aggregate names only the aggregates below it (roster, sessions, presidium, proposals, in
//! that order). What an event entails above its aggregate comes from the ledger's cause table:
//! a session's vote electing the presidium or deciding a bill, a presidium decision listing a
//! bill, setting an interpellation's answer mode or handing suggestions over. Where a lower
//! aggregate cannot check a reference to an upper one (a motion about a bill, a bill put on the
//! agenda, a vote on it), the ledger asks the upper aggregate to check it in the same entry.
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
//! assert_eq!(recorded.seq, 1);
//! assert_eq!(ledger.events().len(), 1);
//! assert_eq!(ledger.state().roster().term().map(|t| t.seats), Some(50));
//!
//! let again = Ledger::replay(Rulebook::NATIONAL, ledger.events())?;
//! assert_eq!(again.state(), ledger.state());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::actor::{Actor, Context};
use crate::error::Error;
pub use crate::error::LedgerError;
use crate::label::Label;
use crate::presidium::{PresidiumCommand, PresidiumEvent};
use crate::proposal::{ProposalCommand, ProposalEvent};
use crate::roster::{Roster, RosterChange};
use crate::rulebook::Rulebook;
use crate::session::{SessionCommand, SessionEvent};

mod state;

pub use state::State;

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
    /// A command to a bill, suggestion, interpellation, inquiry or recall motion.
    Proposal(ProposalCommand),
}

impl From<RosterChange> for Command {
    fn from(change: RosterChange) -> Self {
        Self::Roster(change)
    }
}

impl From<SessionCommand> for Command {
    fn from(command: SessionCommand) -> Self {
        Self::Session(command)
    }
}

impl From<PresidiumCommand> for Command {
    fn from(command: PresidiumCommand) -> Self {
        Self::Presidium(command)
    }
}

impl From<ProposalCommand> for Command {
    fn from(command: ProposalCommand) -> Self {
        Self::Proposal(command)
    }
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
    /// Something happened to a proposal.
    Proposal(ProposalEvent),
}

impl Label for Command {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Roster(c) => c.label_zh(),
            Self::Session(c) => c.label_zh(),
            Self::Presidium(c) => c.label_zh(),
            Self::Proposal(c) => c.label_zh(),
        }
    }
}

impl Label for Event {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Roster(e) => e.label_zh(),
            Self::Session(e) => e.label_zh(),
            Self::Presidium(e) => e.label_zh(),
            Self::Proposal(e) => e.label_zh(),
        }
    }
}

/// An entry of the archive: position, time, actor, the event, and what it entails for other
/// aggregates (档案记录).
#[doc(alias = "档案记录")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Recorded {
    /// Position in the log, from 1, without gaps: one entry per envelope.
    pub seq: u64,
    /// When the envelope was stated.
    pub at: DateTime<Utc>,
    /// Who acted.
    pub actor: Actor,
    /// What happened.
    pub event: Event,
    /// Events of other aggregates that `event` entails, recorded with it and derived from it
    /// (an officer seated by a count, a session convened by a decision). Empty for most events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub effects: Vec<Event>,
}

impl Recorded {
    /// The entry's event followed by its effects.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        std::iter::once(&self.event).chain(&self.effects)
    }
}

/// The append-only record of one congress term and the state it produces (档案).
///
/// It serializes as its rulebook and its log; deserializing replays the log, so a stored
/// ledger's state is always the one its log produces.
#[doc(alias = "档案")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ledger {
    rules: Rulebook,
    log: Vec<Recorded>,
    state: State,
}

/// A ledger as stored: the rulebook and the log (the state is rebuilt from them).
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(rename = "Ledger", deny_unknown_fields)]
struct Stored {
    /// The rulebook in force.
    rules: Rulebook,
    /// Every entry, oldest first.
    log: Vec<Recorded>,
}

#[derive(Serialize)]
struct StoredRef<'a> {
    rules: &'a Rulebook,
    log: &'a [Recorded],
}

impl Serialize for Ledger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        StoredRef {
            rules: &self.rules,
            log: &self.log,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Ledger {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let Stored { rules, log } = Stored::deserialize(deserializer)?;
        Self::replay_records(rules, log).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Ledger {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Ledger".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Stored::json_schema(generator)
    }
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

    /// Every recorded entry, oldest first.
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
    /// Checks and records one envelope, returning the entry it recorded.
    ///
    /// # Errors
    ///
    /// * [`Error::Rulebook`] when the rulebook is not valid ([`Rulebook::validate`]).
    /// * [`LedgerError::TimeWentBackwards`] when `at` is before the last recorded event.
    /// * [`LedgerError::DecidedAtSession`] when a resignation, an officer or the presidium's
    ///   membership is stated by hand once a session is in the record.
    /// * Any rule the command or its effects break, from the aggregate it addresses
    ///   ([`Error::Roster`], [`Error::Session`], [`Error::Presidium`]). The ledger is left
    ///   exactly as it was.
    /// * [`Error::Proposal`] for a proposal command, or for a presidium motion, an agenda item
    ///   or a vote that concerns a proposal the record does not allow it to.
    pub fn execute(&mut self, envelope: Envelope) -> Result<&Recorded, Error> {
        self.rules.validate()?;
        let Envelope { actor, at, command } = envelope;
        self.check_time(at)?;
        let ctx = Context::new(&self.rules, &actor, at);
        let event = self.state.decide(&ctx, &command)?;
        let effects = self.state.apply(&ctx, &event, None)?;
        let seq = self.next_seq();
        self.log.push(Recorded {
            seq,
            at,
            actor,
            event,
            effects,
        });
        self.log
            .last()
            .ok_or(Error::Ledger(LedgerError::BadSequence {
                position: 0,
                seq,
                expected: seq,
            }))
    }

    fn next_seq(&self) -> u64 {
        u64::try_from(self.log.len())
            .unwrap_or(u64::MAX)
            .saturating_add(1)
    }

    fn check_time(&self, at: DateTime<Utc>) -> Result<(), LedgerError> {
        match self.log.last() {
            Some(last) if at < last.at => Err(LedgerError::TimeWentBackwards { last: last.at, at }),
            _ => Ok(()),
        }
    }

    /// Rebuilds a ledger from a log, checking every entry as it was checked when recorded.
    ///
    /// # Errors
    ///
    /// * [`Error::Rulebook`] when the rulebook is not valid.
    /// * [`LedgerError::BadSequence`] when an entry's `seq` is not its position + 1.
    /// * [`LedgerError::TimeWentBackwards`] when an entry is older than the one before.
    /// * [`LedgerError::Replay`] naming the position of the first entry that breaks a rule,
    ///   including [`LedgerError::EffectsMismatch`] when its effects are not what its event
    ///   entails.
    pub fn replay(rules: Rulebook, log: &[Recorded]) -> Result<Self, Error> {
        Self::replay_records(rules, log.iter().cloned())
    }

    /// As [`Ledger::replay`], taking the entries by value from any source (a JSON Lines
    /// reader, a database cursor), so a log can be verified while it is read.
    ///
    /// # Errors
    ///
    /// As [`Ledger::replay`].
    pub fn replay_records(
        rules: Rulebook,
        log: impl IntoIterator<Item = Recorded>,
    ) -> Result<Self, Error> {
        rules.validate()?;
        let mut ledger = Self::new(rules);
        for (position, rec) in log.into_iter().enumerate() {
            ledger.replay_one(position, rec)?;
        }
        Ok(ledger)
    }

    fn replay_one(&mut self, position: usize, rec: Recorded) -> Result<(), Error> {
        let expected = self.next_seq();
        if rec.seq != expected {
            return Err(LedgerError::BadSequence {
                position,
                seq: rec.seq,
                expected,
            }
            .into());
        }
        self.check_time(rec.at)?;
        let ctx = Context::new(&self.rules, &rec.actor, rec.at);
        self.state
            .apply(&ctx, &rec.event, Some(&rec.effects))
            .map_err(|error| LedgerError::Replay {
                position,
                seq: rec.seq,
                error: Box::new(error),
            })?;
        self.log.push(rec);
        Ok(())
    }
}
