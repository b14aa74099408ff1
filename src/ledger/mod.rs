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
//! Every entry carries a [`Digest`]: SHA-256 of its canonical bytes chained to the digest of
//! the entry before it (`docs/archive.md` defines the form, with a worked example). Replaying
//! recomputes the chain and refuses the first entry whose digest does not follow
//! ([`LedgerError::ChainBroken`]), so an edit that breaks no rule (a vote turned with its tally
//! adjusted, a deputy renamed, an entry moved by a minute) is refused at its position too.
//! [`Ledger::head`] is the last digest, which covers the whole archive.
//!
//! Every string and list of an envelope or a replayed entry is bounded
//! ([`crate::limits`]): a command's cost does not grow with its input, and an error quotes
//! only a short excerpt of it.
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
//!     minorities: Vec::new(),
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

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::actor::{Actor, Context};
use crate::deputy::{DeputyCommand, DeputyEvent};
use crate::error::Error;
use crate::ids::{ElectionId, ItemId, SessionId};
use crate::label::Label;
use crate::presidium::{PresidiumCommand, PresidiumEvent};
use crate::proposal::{ProposalCommand, ProposalEvent};
use crate::roster::{Roster, RosterChange};
use crate::rulebook::Rulebook;
use crate::session::{AttendanceCounts, Election, SessionCommand, SessionEvent, VoteResult};
use crate::supervision::{SupervisionCommand, SupervisionEvent};

mod chain;
mod display;
mod explain;
mod state;
#[cfg(test)]
mod tests;
mod time;

pub use crate::error::LedgerError;
pub use chain::{Digest, DigestParseError, GENESIS_TEXT};
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
    #[serde(deserialize_with = "time::utc")]
    #[schemars(with = "DateTime<Utc>")]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
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
    /// A command to the supervision record.
    Supervision(SupervisionCommand),
    /// A command about deputies' work.
    Deputy(DeputyCommand),
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

impl From<SupervisionCommand> for Command {
    fn from(command: SupervisionCommand) -> Self {
        Self::Supervision(command)
    }
}

impl From<DeputyCommand> for Command {
    fn from(command: DeputyCommand) -> Self {
        Self::Deputy(command)
    }
}

/// A recorded event of one of the term's aggregates (事件).
#[doc(alias = "事件")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
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
    /// Something happened in supervision.
    Supervision(SupervisionEvent),
    /// Something happened in deputies' work.
    Deputy(DeputyEvent),
}

/// Read strictly (see `crate::wire`): a key beside the aggregate's is refused by name.
impl<'de> Deserialize<'de> for Command {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::wire::deserialize_external(d)
    }
}

impl<'de> crate::wire::External<'de> for Command {
    const EXPECTING: &'static str =
        "a command: one key naming its aggregate, such as {\"session\": {\"kind\": …}}";
    const VARIANTS: &'static [&'static str] = &[
        "roster",
        "session",
        "presidium",
        "proposal",
        "supervision",
        "deputy",
    ];

    fn variant<D: serde::Deserializer<'de>>(key: &str, content: D) -> Result<Self, D::Error> {
        match key {
            "roster" => RosterChange::deserialize(content).map(Self::Roster),
            "session" => SessionCommand::deserialize(content).map(Self::Session),
            "presidium" => PresidiumCommand::deserialize(content).map(Self::Presidium),
            "proposal" => ProposalCommand::deserialize(content).map(Self::Proposal),
            "supervision" => SupervisionCommand::deserialize(content).map(Self::Supervision),
            "deputy" => DeputyCommand::deserialize(content).map(Self::Deputy),
            other => Err(crate::wire::unknown_external::<Self, D::Error>(other)),
        }
    }
}

/// Read strictly (see `crate::wire`): a key beside the aggregate's is refused by name.
impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::wire::deserialize_external(d)
    }
}

impl<'de> crate::wire::External<'de> for Event {
    const EXPECTING: &'static str =
        "an event: one key naming its aggregate, such as {\"session\": {\"kind\": …}}";
    const VARIANTS: &'static [&'static str] = <Command as crate::wire::External>::VARIANTS;

    fn variant<D: serde::Deserializer<'de>>(key: &str, content: D) -> Result<Self, D::Error> {
        match key {
            "roster" => RosterChange::deserialize(content).map(Self::Roster),
            "session" => SessionEvent::deserialize(content).map(Self::Session),
            "presidium" => PresidiumEvent::deserialize(content).map(Self::Presidium),
            "proposal" => ProposalEvent::deserialize(content).map(Self::Proposal),
            "supervision" => SupervisionEvent::deserialize(content).map(Self::Supervision),
            "deputy" => DeputyEvent::deserialize(content).map(Self::Deputy),
            other => Err(crate::wire::unknown_external::<Self, D::Error>(other)),
        }
    }
}

impl Label for Command {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Roster(c) => c.label_zh(),
            Self::Session(c) => c.label_zh(),
            Self::Presidium(c) => c.label_zh(),
            Self::Proposal(c) => c.label_zh(),
            Self::Supervision(c) => c.label_zh(),
            Self::Deputy(c) => c.label_zh(),
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
            Self::Supervision(e) => e.label_zh(),
            Self::Deputy(e) => e.label_zh(),
        }
    }
}

/// An entry of the archive: position, time, actor, the event, and what it entails for other
/// aggregates (档案记录).
#[doc(alias = "档案记录")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Recorded {
    /// Position in the log, from 1, without gaps: one entry per envelope.
    pub seq: u64,
    /// When the envelope was stated.
    #[serde(deserialize_with = "time::utc")]
    #[schemars(with = "DateTime<Utc>")]
    pub at: DateTime<Utc>,
    /// Who acted.
    pub actor: Actor,
    /// What happened.
    pub event: Event,
    /// Events of other aggregates that `event` entails, recorded with it and derived from it
    /// (an officer seated by a count, a session convened by a decision). Empty for most events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub effects: Vec<Event>,
    /// SHA-256 of the entry's canonical bytes (its JSON without this field) chained to the
    /// previous entry's digest ([`Digest::GENESIS`] before the first): see
    /// [`Recorded::chained_digest`] and `docs/archive.md`. Always the last field written.
    pub digest: Digest,
}

impl Recorded {
    /// The entry's event followed by its effects.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        std::iter::once(&self.event).chain(&self.effects)
    }
}

/// A batch refused by [`Ledger::execute_all`]: which envelope, and why (批量拒绝).
#[doc(alias = "批量拒绝")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("envelope {index} of the batch was refused, so none was recorded: {error}")]
#[non_exhaustive]
pub struct BatchError {
    /// 0-based index of the first refused envelope.
    pub index: usize,
    /// Why it was refused.
    pub error: Error,
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

/// A stored ledger is a whole document, and its error messages are bounded. The replay's are
/// by construction; serde's are not (an unknown field quotes its name whole and lists every
/// expected field: over 2,000 characters for a rulebook), so they are cut to their start (what
/// was wrong) and end (where) by [`crate::limits::bounded_message`].
impl<'de> Deserialize<'de> for Ledger {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let Stored { rules, log } = Stored::deserialize(deserializer)
            .map_err(|e| D::Error::custom(crate::limits::bounded_message(&e.to_string())))?;
        Self::replay_log(rules, log).map_err(D::Error::custom)
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

    /// The archive's current digest (档案摘要): the last entry's [`Recorded::digest`], or
    /// [`Digest::GENESIS`] for an empty ledger. It covers every entry, so a county that
    /// countersigns or publishes it pins the whole record: an edit anywhere changes it.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{NaiveDate, TimeZone, Utc};
    /// use township_congress::ledger::Digest;
    /// use township_congress::{Actor, Command, Envelope, Ledger, Rulebook, RosterChange};
    ///
    /// let mut ledger = Ledger::new(Rulebook::NATIONAL);
    /// assert_eq!(ledger.head(), Digest::GENESIS);
    /// let at = Utc.with_ymd_and_hms(2026, 1, 5, 2, 0, 0).single().ok_or("time")?;
    /// let open = RosterChange::TermOpened {
    ///     township: "青山镇".into(),
    ///     number: 8,
    ///     election_completed: NaiveDate::from_ymd_opt(2026, 1, 4).ok_or("date")?,
    ///     population: 30_000,
    ///     seats: 50,
    ///     uplift: false,
    ///     township_kind: township_congress::roster::TownshipKind::Town,
    ///     minorities: Vec::new(),
    /// };
    /// let entry = ledger.execute(Envelope::new(Actor::CountyStandingCommittee {}, at, Command::Roster(open)))?;
    /// assert_eq!(entry.digest, entry.chained_digest(&Digest::GENESIS)?);
    /// assert_eq!(ledger.head(), ledger.events()[0].digest);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[doc(alias = "档案摘要")]
    #[must_use]
    pub fn head(&self) -> Digest {
        self.log.last().map_or(Digest::GENESIS, |r| r.digest)
    }

    /// The result of a roll vote, once closed (a shortcut for
    /// [`Sessions::item_result`](crate::session::Sessions::item_result)).
    #[must_use]
    pub fn item_result(&self, session: SessionId, item: ItemId) -> Option<&VoteResult> {
        self.state.sessions.item_result(session, item)
    }

    /// An election, with its status and who it elected (a shortcut for
    /// [`Sessions::election`](crate::session::Sessions::election)).
    #[must_use]
    pub fn election(&self, session: SessionId, election: ElectionId) -> Option<&Election> {
        self.state.sessions.election(session, election)
    }

    /// A session's attendance on `date` (a shortcut for
    /// [`Sessions::attendance_counts`](crate::session::Sessions::attendance_counts)).
    #[must_use]
    pub fn attendance(&self, session: SessionId, date: NaiveDate) -> Option<AttendanceCounts> {
        self.state
            .sessions
            .attendance_counts(&self.state.roster, &self.rules, session, date)
    }
}

/// Inputs.
impl Ledger {
    /// Checks and records one envelope, returning the entry it recorded.
    ///
    /// # Errors
    ///
    /// * [`LedgerError::TimeWentBackwards`] when `at` is before the last recorded event.
    /// * [`LedgerError::TooLong`] when a name, title or text, or a list, of the actor or the
    ///   command is over its bound ([`crate::limits`]).
    /// * [`LedgerError::DecidedAtSession`] when a resignation, an officer or the presidium's
    ///   membership is stated by hand once a session is in the record.
    /// * Any rule the command or its effects break, from the aggregate it addresses
    ///   ([`Error::Roster`], [`Error::Session`], [`Error::Presidium`]). The ledger is left
    ///   exactly as it was.
    /// * [`Error::Proposal`] for a proposal command, or for a presidium motion, an agenda item
    ///   or a vote that concerns a proposal the record does not allow it to.
    pub fn execute(&mut self, envelope: Envelope) -> Result<&Recorded, Error> {
        let Envelope { actor, at, command } = envelope;
        self.check_time(at)?;
        check_sizes(&actor, &command)?;
        let ctx = Context::new(&self.rules, &actor, at);
        let event = self.state.decide(&ctx, &command)?;
        let seq = self.next_seq();
        let effects = self.state.check_entry(&ctx, &event, None)?;
        let digest = chain::Canonical {
            seq,
            at: &at,
            actor: &actor,
            event: &event,
            effects: &effects,
        }
        .digest(&self.head())?;
        self.state.commit_entry(&ctx, &event, &effects);
        self.log.push(Recorded {
            seq,
            at,
            actor,
            event,
            effects,
            digest,
        });
        self.log
            .last()
            .ok_or(Error::Ledger(LedgerError::BadSequence {
                position: 0,
                seq,
                expected: seq,
            }))
    }

    /// Checks an envelope as [`Ledger::execute`] would and returns the entry it would record,
    /// without recording it: the ledger is left exactly as it was, accepted or not.
    ///
    /// # Errors
    ///
    /// As [`Ledger::execute`].
    pub fn check(&self, envelope: &Envelope) -> Result<Recorded, Error> {
        let Envelope { actor, at, command } = envelope;
        self.check_time(*at)?;
        check_sizes(actor, command)?;
        let ctx = Context::new(&self.rules, actor, *at);
        let event = self.state.decide(&ctx, command)?;
        let effects = self.state.check_entry(&ctx, &event, None)?;
        let seq = self.next_seq();
        let digest = chain::Canonical {
            seq,
            at,
            actor,
            event: &event,
            effects: &effects,
        }
        .digest(&self.head())?;
        Ok(Recorded {
            seq,
            at: *at,
            actor: actor.clone(),
            event,
            effects,
            digest,
        })
    }

    /// Records a batch of envelopes all or nothing: either every one is recorded, in order,
    /// or none is and the error names the first refused envelope's index.
    ///
    /// Each envelope is checked against the state the earlier ones leave. The batch costs one
    /// copy of the state (not of the log); a refusal truncates the log back and restores it.
    ///
    /// # Errors
    ///
    /// [`BatchError`] with the index of the first refused envelope and its error; the ledger
    /// is left exactly as it was.
    pub fn execute_all(
        &mut self,
        batch: impl IntoIterator<Item = Envelope>,
    ) -> Result<&[Recorded], BatchError> {
        // All or nothing without copying the log: the state is kept aside once per batch, the
        // entries are recorded as they come, and a refusal truncates the log back and puts the
        // state back (the head is the last entry's digest, so it follows the log).
        let start = self.log.len();
        let before = self.state.clone();
        for (index, envelope) in batch.into_iter().enumerate() {
            if let Err(error) = self.execute(envelope) {
                self.log.truncate(start);
                self.state = before;
                return Err(BatchError { index, error });
            }
        }
        Ok(self.log.get(start..).unwrap_or_default())
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
    /// * [`LedgerError::BadSequence`] when an entry's `seq` is not its position + 1.
    /// * [`LedgerError::TimeWentBackwards`] when an entry is older than the one before.
    /// * [`LedgerError::Replay`] naming the position of the first entry that breaks a rule,
    ///   including [`LedgerError::EffectsMismatch`] when its effects are not what its event
    ///   entails, and [`LedgerError::TooLong`] for a string or list over its bound.
    /// * [`LedgerError::ChainBroken`] naming the position of the first entry whose digest is
    ///   not the one its canonical bytes and the previous digest give.
    pub fn replay(rules: Rulebook, log: &[Recorded]) -> Result<Self, Error> {
        Self::replay_log(rules, log.to_vec())
    }

    /// As [`Ledger::replay`], keeping the given log as the ledger's own (no entry is copied or
    /// moved): the way to load a stored ledger.
    ///
    /// # Errors
    ///
    /// As [`Ledger::replay`].
    pub fn replay_log(rules: Rulebook, log: Vec<Recorded>) -> Result<Self, Error> {
        let mut replay = Replay::default();
        for (position, rec) in log.iter().enumerate() {
            replay.entry(&rules, position, rec)?;
        }
        Ok(Self {
            rules,
            log,
            state: replay.state,
        })
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
        let log = log.into_iter();
        let mut kept = Vec::with_capacity(log.size_hint().0);
        let state = replay_into(&rules, log, |rec| kept.push(rec))?;
        Ok(Self {
            rules,
            log: kept,
            state,
        })
    }

    /// Checks a log as [`Ledger::replay`] does and returns the state it produces, without
    /// keeping the entries: for a caller that keeps its events in a store of its own, or that
    /// verifies an archive while reading it.
    ///
    /// # Errors
    ///
    /// As [`Ledger::replay`].
    pub fn replay_state(
        rules: &Rulebook,
        log: impl IntoIterator<Item = Recorded>,
    ) -> Result<State, Error> {
        replay_into(rules, log.into_iter(), drop)
    }
}

/// Replays `log` under `rules` into a fresh state, handing each accepted entry to `keep`.
fn replay_into(
    rules: &Rulebook,
    log: impl Iterator<Item = Recorded>,
    mut keep: impl FnMut(Recorded),
) -> Result<State, Error> {
    let mut replay = Replay::default();
    for (position, rec) in log.enumerate() {
        replay.entry(rules, position, &rec)?;
        keep(rec);
    }
    Ok(replay.state)
}

/// Refuses an envelope with a string or a list over its bound ([`crate::limits`]) before
/// anything reads it, so its cost and any error message stay bounded.
fn check_sizes(actor: &Actor, command: &Command) -> Result<(), LedgerError> {
    crate::limits::check(actor)?;
    crate::limits::check(command)?;
    Ok(())
}

/// A replay under way: the state so far, the time and the digest of the last entry.
struct Replay {
    state: State,
    last: Option<DateTime<Utc>>,
    head: Digest,
}

impl Default for Replay {
    fn default() -> Self {
        Self {
            state: State::default(),
            last: None,
            head: Digest::GENESIS,
        }
    }
}

impl Replay {
    /// Checks the entry at `position` as it was checked when recorded, and applies it.
    fn entry(&mut self, rules: &Rulebook, position: usize, rec: &Recorded) -> Result<(), Error> {
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
        if let Some(last) = self.last
            && rec.at < last
        {
            return Err(LedgerError::TimeWentBackwards { last, at: rec.at }.into());
        }
        let refused = |error: Error| LedgerError::Replay {
            position,
            seq: rec.seq,
            error: Box::new(error),
        };
        let ctx = Context::new(rules, &rec.actor, rec.at);
        crate::limits::check(&rec.actor)
            .and_then(|()| crate::limits::check(&rec.event))
            .map_err(|e| refused(LedgerError::from(e).into()))?;
        let effects = self
            .state
            .check_entry(&ctx, &rec.event, Some(&rec.effects))
            .map_err(refused)?;
        let expected = rec.chained_digest(&self.head)?;
        if rec.digest != expected {
            return Err(LedgerError::ChainBroken {
                position,
                seq: rec.seq,
                expected,
                found: rec.digest,
            }
            .into());
        }
        self.state.commit_entry(&ctx, &rec.event, &effects);
        self.last = Some(rec.at);
        self.head = expected;
        Ok(())
    }
}
