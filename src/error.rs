//! The crate's error (错误): one variant per module, each a rule broken with its numbers and
//! citation. `Display` reads as a sentence a clerk understands.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::Serialize;

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

/// A value an error shows, already put into words in English and in Chinese (文字表述).
///
/// Replay errors compare what an entry records with what the record gives; the two values
/// (a vote result, a list of candidates, an event) are shown in words, not as data dumps.
/// `Display` prints the English.
///
/// # Examples
///
/// ```
/// use township_congress::error::Words;
///
/// let w = Words::new("9 for", "赞成9票");
/// assert_eq!(w.to_string(), "9 for");
/// assert_eq!(w.zh, "赞成9票");
/// ```
#[doc(alias = "文字表述")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Words {
    /// In English.
    pub en: String,
    /// In Chinese.
    pub zh: String,
}

impl Words {
    /// A value in both languages.
    #[must_use]
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Self {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The same text in both languages: numbers, dates, ids.
    #[must_use]
    pub fn same(text: impl fmt::Display) -> Self {
        let text = text.to_string();
        Self {
            zh: text.clone(),
            en: text,
        }
    }
}

impl fmt::Display for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

/// A figure an event carries, put into words for a replay mismatch (文字表述).
pub(crate) trait InWords {
    /// The figure in English and in Chinese.
    fn words(&self) -> Words;
}

impl InWords for u32 {
    fn words(&self) -> Words {
        Words::same(self)
    }
}

/// Yes or no: `yes` / `是`.
impl InWords for bool {
    fn words(&self) -> Words {
        if *self {
            Words::new("yes", "是")
        } else {
            Words::new("no", "否")
        }
    }
}

/// A session, or none: `session <id>` / `会议<id>`, `no session` / `无`.
impl InWords for Option<crate::ids::SessionId> {
    fn words(&self) -> Words {
        match self {
            Some(s) => Words::new(format!("session {s}"), format!("会议{s}")),
            None => Words::new("no session", "无"),
        }
    }
}

/// Deputies one after another: `deputies <id>, <id>` / `代表<id>、<id>`; `none` / `无`.
impl InWords for std::collections::BTreeSet<crate::ids::DeputyId> {
    fn words(&self) -> Words {
        if self.is_empty() {
            return Words::new("none", "无");
        }
        let ids: Vec<String> = self.iter().map(ToString::to_string).collect();
        Words::new(
            format!("{} deputies: {}", ids.len(), ids.join(", ")),
            format!("代表{}名：{}", ids.len(), ids.join("、")),
        )
    }
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
