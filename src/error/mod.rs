//! The crate's error (错误): one variant per module, each a rule broken with its numbers and
//! citation, as data a service can return as it is.
//!
//! Every error has a stable snake_case [`code`](Error::code) (`presidium.quorum_not_met`),
//! the article it applies ([`citation`](Error::citation)), its numbers as fields, an English
//! sentence (`Display`) and a Chinese one for clerks ([`zh`](Error::zh)); with the ledger's
//! state at hand, [`explain`](Error::explain) names deputies and units instead of their ids.
//!
//! # On the wire: a [`Refusal`]
//!
//! An error serializes as its module's error, an object tagged by `code` with the numbers as
//! fields. A service answering a refused command sends a [`Refusal`]: the same `code`, the two
//! sentences (`message`, `message_zh`), the `citation` and `basis` when the rule has them, and
//! the error itself under `error`:
//!
//! ```json
//! {
//!   "code": "presidium.quorum_not_met",
//!   "module": "presidium",
//!   "message": "the presidium meeting needs 5 of its 9 members present, 4 are: short by 1 (…)",
//!   "message_zh": "主席团会议须有全体成员9名中的5名以上出席，现出席4名，差1名（…）",
//!   "citation": { "law": "组织法", "year": 2022, "article": 19, "paragraph": 1 },
//!   "basis": { "citation": { … }, "authority": "local_custom", "field": "presidium_quorum",
//!              "national_default": true },
//!   "error": { "code": "presidium.quorum_not_met", "meeting": "…", "members": 9, "present": 4,
//!              "needed": 5, "short": 1, "basis": { … } }
//! }
//! ```
//!
//! Integrators match on `code`; an unknown code still reads as a refusal, with `message` or
//! `message_zh` to show.

use std::fmt;

use schemars::JsonSchema;
use serde::Serialize;

use crate::deputy::DeputyError;
use crate::label::Zh;
mod ledger;

pub use crate::label::Words;
use crate::presidium::PresidiumError;
use crate::proposal::ProposalError;
use crate::roster::RosterError;
use crate::rulebook::{Basis, Citation, RulebookError};
use crate::scoring::ScoringError;
use crate::session::SessionError;
use crate::supervision::SupervisionError;
pub use ledger::LedgerError;

/// Any error the crate returns. When a command is refused, nothing has changed.
///
/// It serializes as the module's error it holds (untagged), so the top-level `code` is the
/// rule's; [`Error::refusal`] adds both sentences and the citation.
///
/// # Examples
///
/// ```
/// use township_congress::{Error, roster::RosterError, rulebook::Citation};
///
/// let e: Error = RosterError::TooFewGroupMembers { needed: 3, got: 2, citation: Citation::organic(43, Some(3)) }.into();
/// assert_eq!(e.to_string(), "a deputy group needs at least 3 serving deputies, it would have 2 (组织法2022 第四十三条第三款)");
/// assert_eq!(e.code(), "roster.too_few_group_members");
/// assert_eq!(e.module(), "roster");
/// assert_eq!(e.citation().map(ToString::to_string).as_deref(), Some("组织法2022 第四十三条第三款"));
/// assert!(e.zh().to_string().contains("代表小组"));
/// assert_eq!(serde_json::to_value(&e)?["got"], 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Error {
    /// A rulebook or profile could not be loaded.
    #[error(transparent)]
    #[schemars(title = "Error.Rulebook")]
    Rulebook(#[from] RulebookError),
    /// A roster change broke a rule.
    #[error(transparent)]
    #[schemars(title = "Error.Roster")]
    Roster(#[from] RosterError),
    /// A session command broke a rule.
    #[error(transparent)]
    #[schemars(title = "Error.Session")]
    Session(#[from] SessionError),
    /// A presidium command broke a rule.
    #[error(transparent)]
    #[schemars(title = "Error.Presidium")]
    Presidium(#[from] PresidiumError),
    /// A bill, suggestion, interpellation, inquiry or recall command broke a rule.
    #[error(transparent)]
    #[schemars(title = "Error.Proposal")]
    Proposal(#[from] ProposalError),
    /// A supervision command broke a rule.
    #[error(transparent)]
    #[schemars(title = "Error.Supervision")]
    Supervision(#[from] SupervisionError),
    /// A command about deputies' work broke a rule.
    #[error(transparent)]
    #[schemars(title = "Error.Deputy")]
    Deputy(#[from] DeputyError),
    /// The ledger refused an envelope or a log.
    #[error(transparent)]
    #[schemars(title = "Error.Ledger")]
    Ledger(#[from] LedgerError),
    /// A rubric, evidence or ranking was refused.
    #[error(transparent)]
    #[schemars(title = "Error.Scoring")]
    Scoring(#[from] ScoringError),
}

impl Error {
    /// The stable code of the rule broken (错误代码), `area.rule`: the wire's `code` tag.
    ///
    /// A refusal for want of authority is `actor.forbidden` whichever module refuses (see
    /// [`Error::module`]); proposals, supervision and deputies' work keep their own
    /// `*.forbidden`, whose fields name their acts.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Rulebook(e) => e.code(),
            Self::Roster(e) => e.code(),
            Self::Session(e) => e.code(),
            Self::Presidium(e) => e.code(),
            Self::Proposal(e) => e.code(),
            Self::Supervision(e) => e.code(),
            Self::Deputy(e) => e.code(),
            Self::Ledger(e) => e.code(),
            Self::Scoring(e) => e.code(),
        }
    }

    /// The module that refused: `rulebook`, `roster`, `session`, `presidium`, `proposal`,
    /// `supervision`, `deputy`, `ledger` or `scoring`.
    #[must_use]
    pub const fn module(&self) -> &'static str {
        match self {
            Self::Rulebook(_) => "rulebook",
            Self::Roster(_) => "roster",
            Self::Session(_) => "session",
            Self::Presidium(_) => "presidium",
            Self::Proposal(_) => "proposal",
            Self::Supervision(_) => "supervision",
            Self::Deputy(_) => "deputy",
            Self::Ledger(_) => "ledger",
            Self::Scoring(_) => "scoring",
        }
    }

    /// The article the refusal applies, when the rule has one (法律依据).
    #[must_use]
    pub fn citation(&self) -> Option<&Citation> {
        match self {
            Self::Roster(e) => e.citation(),
            Self::Session(e) => e.citation(),
            Self::Presidium(e) => e.citation(),
            Self::Proposal(e) => e.citation(),
            Self::Supervision(e) => e.citation(),
            Self::Deputy(e) => e.citation(),
            Self::Ledger(e) => e.citation(),
            Self::Scoring(e) => e.citation(),
            Self::Rulebook(_) => None,
        }
    }

    /// The rule with its standing (statute, a province's rule, a common-practice default),
    /// when the refusal carries one (依据).
    #[must_use]
    pub fn basis(&self) -> Option<&Basis> {
        match self {
            Self::Roster(e) => e.basis(),
            Self::Session(e) => e.basis(),
            Self::Presidium(e) => e.basis(),
            Self::Proposal(e) => e.basis(),
            Self::Supervision(e) => e.basis(),
            Self::Ledger(e) => e.basis(),
            Self::Scoring(e) => e.basis(),
            Self::Rulebook(_) | Self::Deputy(_) => None,
        }
    }

    /// The refusal as a clerk reads it, in Chinese (中文说明).
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::{Error, ids::SessionId, session::SessionError};
    ///
    /// let e: Error = SessionError::UnknownSession { session: SessionId::from_u128(9) }.into();
    /// assert_eq!(e.zh().to_string(), "没有会议00000000-0000-0000-0000-000000000009");
    /// ```
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }

    /// What a service returns for this refusal (拒绝回执): code, both sentences, citation,
    /// basis and the error's own fields.
    #[must_use]
    pub fn refusal(&self) -> Refusal {
        Refusal::new(self, Words::new(self.to_string(), self.zh().to_string()))
    }
}

impl fmt::Display for Zh<'_, Error> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Error::Rulebook(e) => e.zh().fmt(f),
            Error::Roster(e) => e.zh().fmt(f),
            Error::Session(e) => e.zh().fmt(f),
            Error::Presidium(e) => e.zh().fmt(f),
            Error::Proposal(e) => e.zh().fmt(f),
            Error::Supervision(e) => e.zh().fmt(f),
            Error::Deputy(e) => e.zh().fmt(f),
            Error::Ledger(e) => e.zh().fmt(f),
            Error::Scoring(e) => e.zh().fmt(f),
        }
    }
}

/// What an integrator receives for a refused command (拒绝回执).
///
/// Built by [`Error::refusal`] (ids as they are) or [`Error::refusal_in`] (deputies and units
/// named). `code` and `module` say which rule, `message` and `message_zh` say it in English
/// and Chinese, `citation` and `basis` (when the rule has them) say where it is written, and
/// `error` holds the rule's numbers as fields, tagged by the same `code`.
///
/// # Examples
///
/// ```
/// use township_congress::{Error, ids::MeetingId, presidium::PresidiumError};
/// use township_congress::rulebook::{RuleField, Rulebook};
///
/// let e: Error = PresidiumError::QuorumNotMet {
///     meeting: MeetingId::from_u128(1),
///     members: 9,
///     present: 4,
///     needed: 5,
///     short: 1,
///     basis: Rulebook::NATIONAL.basis(RuleField::PresidiumQuorum),
/// }
/// .into();
/// let json = serde_json::to_value(e.refusal())?;
/// assert_eq!(json["code"], "presidium.quorum_not_met");
/// assert_eq!(json["error"]["code"], "presidium.quorum_not_met");
/// assert_eq!(json["error"]["short"], 1);
/// assert_eq!(json["citation"]["article"], 19);
/// assert!(json["message_zh"].as_str().is_some_and(|m| m.contains("差1名")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "拒绝回执")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Refusal {
    /// The rule's stable code (`presidium.quorum_not_met`).
    pub code: &'static str,
    /// The module that refused (`presidium`).
    pub module: &'static str,
    /// The English sentence.
    pub message: String,
    /// The Chinese sentence, as a clerk reads it.
    pub message_zh: String,
    /// The article applied, when the rule has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// The rule's standing (statute, a province's rule, a default), when the refusal has it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// The error itself: its code and its numbers as fields.
    pub error: Error,
}

impl Refusal {
    pub(crate) fn new(error: &Error, words: Words) -> Self {
        Self {
            code: error.code(),
            module: error.module(),
            message: words.en,
            message_zh: words.zh,
            citation: error.citation().cloned(),
            basis: error.basis().cloned(),
            error: error.clone(),
        }
    }
}

impl From<Error> for Refusal {
    fn from(error: Error) -> Self {
        error.refusal()
    }
}
