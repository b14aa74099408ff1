//! The presidium (主席团). Filled in by the presidium work (issue 3).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::actor::Context;
use crate::ids::MeetingId;
use crate::ledger::State;

/// The presidium of the term (主席团).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Presidium {
    meetings: BTreeMap<MeetingId, Meeting>,
}

/// One meeting (主席团会议).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Meeting {
    /// Its id.
    pub id: MeetingId,
}

/// A command to a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum PresidiumCommand {
    /// Placeholder.
    Placeholder {},
}

/// An event of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum PresidiumEvent {
    /// Placeholder.
    Placeholder {},
}

impl crate::Label for PresidiumEvent {
    fn label_zh(&self) -> &'static str {
        "会议"
    }
}

/// A session command that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PresidiumError {
    /// Placeholder.
    #[error("not implemented")]
    NotImplemented,
}

pub(crate) fn decide(
    _state: &State,
    _ctx: &Context<'_>,
    _cmd: &PresidiumCommand,
) -> Result<Vec<PresidiumEvent>, crate::Error> {
    Err(PresidiumError::NotImplemented.into())
}

pub(crate) fn apply(
    _state: &mut State,
    _ctx: &Context<'_>,
    _event: &PresidiumEvent,
) -> Result<(), crate::Error> {
    Err(PresidiumError::NotImplemented.into())
}

impl Presidium {
    /// Contract for sessions: the presidium elected at a session (at its preparatory meeting,
    /// or its first sitting) replaces the previous one from `on`. Atomic.
    pub(crate) fn elect_members(
        &mut self,
        _roster: &crate::roster::Roster,
        _rules: &crate::rulebook::Rulebook,
        _session: crate::ids::SessionId,
        _members: std::collections::BTreeSet<crate::ids::DeputyId>,
        _on: chrono::NaiveDate,
    ) -> Result<(), crate::Error> {
        Err(PresidiumError::NotImplemented.into())
    }

    /// Members on `date`: the elected members and the chair and vice-chairs (ex officio),
    /// less anyone who is not a serving deputy that day.
    #[must_use]
    pub fn members_at(
        &self,
        _roster: &crate::roster::Roster,
        _date: chrono::NaiveDate,
    ) -> std::collections::BTreeSet<crate::ids::DeputyId> {
        std::collections::BTreeSet::new()
    }
}
