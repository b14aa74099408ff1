//! Congress sessions (人民代表大会会议). Filled in by the sessions work (issue 3).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::actor::Context;
use crate::ids::SessionId;
use crate::ledger::State;

/// Every session of the term (本届会议).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Sessions {
    sessions: BTreeMap<SessionId, Session>,
}

/// One session (会议).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Session {
    /// Its id.
    pub id: SessionId,
}

/// A command to a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum SessionCommand {
    /// Placeholder.
    Placeholder {},
}

/// An event of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum SessionEvent {
    /// Placeholder.
    Placeholder {},
}

impl crate::Label for SessionEvent {
    fn label_zh(&self) -> &'static str {
        "会议"
    }
}

/// A session command that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// Placeholder.
    #[error("not implemented")]
    NotImplemented,
}

pub(crate) fn decide(
    _state: &State,
    _ctx: &Context<'_>,
    _cmd: &SessionCommand,
) -> Result<Vec<SessionEvent>, crate::Error> {
    Err(SessionError::NotImplemented.into())
}

pub(crate) fn apply(
    _state: &mut State,
    _ctx: &Context<'_>,
    _event: &SessionEvent,
) -> Result<(), crate::Error> {
    Err(SessionError::NotImplemented.into())
}

/// What kind of session (会议类型).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    /// The first session of a term, convened by the previous presidium (每届第一次会议).
    First,
    /// A regular session (例会).
    Regular,
    /// An interim session (临时会议).
    Interim,
}

impl Sessions {
    /// Contract for the presidium: schedules a session when the presidium's decision to
    /// convene it is adopted. Atomic: on `Err` nothing changed.
    pub(crate) fn convene(
        &mut self,
        _roster: &crate::roster::Roster,
        _rules: &crate::rulebook::Rulebook,
        _session: SessionId,
        _kind: SessionKind,
        _opens_on: chrono::NaiveDate,
    ) -> Result<(), crate::Error> {
        Err(SessionError::NotImplemented.into())
    }

    /// Contract for the presidium: moves a scheduled session's opening date. Atomic.
    pub(crate) fn move_date(
        &mut self,
        _session: SessionId,
        _opens_on: chrono::NaiveDate,
    ) -> Result<(), crate::Error> {
        Err(SessionError::NotImplemented.into())
    }

    /// Whether ≥ 1/5 of all deputies have signed a proposal for the interim session `session`.
    pub(crate) fn interim_proposal_qualified(&self, _session: SessionId) -> bool {
        false
    }

    /// The session sitting (opened, not closed) on `date`, if any.
    #[must_use]
    pub fn sitting_on(&self, _date: chrono::NaiveDate) -> Option<SessionId> {
        None
    }
}
