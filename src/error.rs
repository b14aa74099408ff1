//! The crate's error (错误): one variant per module, each a rule broken with its numbers and
//! citation. `Display` reads as a sentence a clerk understands.

use chrono::{DateTime, NaiveDate, Utc};

use crate::deputy::DeputyError;
use crate::presidium::PresidiumError;
use crate::proposal::ProposalError;
use crate::roster::RosterError;
use crate::rulebook::RulebookError;
use crate::scoring::ScoringError;
use crate::session::SessionError;
use crate::supervision::SupervisionError;

/// Any error the crate returns. When a command is refused, nothing has changed.
///
/// # Examples
///
/// ```
/// use township_congress::{Error, roster::RosterError, rulebook::Citation};
///
/// let e: Error = RosterError::TooFewGroupMembers { needed: 3, got: 2, citation: Citation::organic(43, Some(3)) }.into();
/// assert_eq!(e.to_string(), "a deputy group needs at least 3 serving deputies, it would have 2 (组织法2022 第四十三条第三款)");
/// ```
#[doc(alias = "错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A rulebook or profile could not be loaded.
    #[error(transparent)]
    Rulebook(#[from] RulebookError),
    /// A roster change broke a rule.
    #[error(transparent)]
    Roster(#[from] RosterError),
    /// A session command broke a rule.
    #[error(transparent)]
    Session(#[from] SessionError),
    /// A presidium command broke a rule.
    #[error(transparent)]
    Presidium(#[from] PresidiumError),
    /// A bill, suggestion, interpellation, inquiry or recall command broke a rule.
    #[error(transparent)]
    Proposal(#[from] ProposalError),
    /// A supervision command broke a rule.
    #[error(transparent)]
    Supervision(#[from] SupervisionError),
    /// A command about deputies' work broke a rule.
    #[error(transparent)]
    Deputy(#[from] DeputyError),
    /// The ledger refused an envelope or a log.
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    /// A rubric, evidence or ranking was refused.
    #[error(transparent)]
    Scoring(#[from] ScoringError),
}

/// An error as a clerk reads it, in Chinese (中文说明): `to_string()` gives the sentence.
///
/// Built by an error's `zh()`, e.g. [`ProposalError::zh`].
#[doc(alias = "中文说明")]
#[derive(Debug, Clone, Copy)]
pub struct Zh<'e, E>(pub(crate) &'e E);

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
        deputy: crate::ids::DeputyId,
        /// The date of the change.
        on: NaiveDate,
        /// The last day the record shows them acting.
        last_act: NaiveDate,
    },
    /// A log entry's effects are not what its event entails.
    #[error("the entry records {recorded} effect(s) but its event entails {computed}: {detail}")]
    EffectsMismatch {
        /// Effects recorded.
        recorded: usize,
        /// Effects the event entails.
        computed: usize,
        /// The first difference, as the two events read.
        detail: String,
    },
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
    /// A log entry's digest is not the one its canonical bytes and the previous entry's digest
    /// give (`docs/archive.md`): the entry, or one before it, was edited, inserted, removed or
    /// moved after it was recorded.
    #[error(
        "log entry at position {position} (seq {seq}) breaks the archive's hash chain: its digest should be {expected}, it is {found}"
    )]
    ChainBroken {
        /// 0-based position in the log.
        position: usize,
        /// Its seq.
        seq: u64,
        /// The digest its canonical bytes give after the previous entry's.
        expected: crate::ledger::Digest,
        /// The digest it carries.
        found: crate::ledger::Digest,
    },
    /// An entry could not be written in its canonical form to be hashed; no entry the crate
    /// records or reads fails to.
    #[error("the entry cannot be written in its canonical form: {message}")]
    NotCanonical {
        /// serde_json's message, bounded.
        message: String,
    },
    /// A string or a list in the envelope or entry is longer than its bound
    /// ([`crate::limits`]).
    #[error(transparent)]
    TooLong(#[from] crate::limits::TooLong),
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
