//! The crate's error (错误): one variant per module, each a rule broken with its numbers and
//! citation. `Display` reads as a sentence a clerk understands.

use crate::ledger::LedgerError;
use crate::presidium::PresidiumError;
use crate::roster::RosterError;
use crate::rulebook::RulebookError;
use crate::scoring::ScoringError;
use crate::session::SessionError;

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
    /// The ledger refused an envelope or a log.
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    /// A rubric, evidence or ranking was refused.
    #[error(transparent)]
    Scoring(#[from] ScoringError),
}
