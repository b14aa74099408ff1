//! The payload of each presidium event (主席团事件): one struct per event. On the wire each is
//! flattened beside its `kind` tag.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Choice, PresidiumDecision, Tally};
use crate::ids::{DecisionId, DeputyId, MeetingId, SessionId};

/// A session's presidium membership was recorded.
#[doc(alias = "主席团成员名单确认")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MembershipRecorded {
    /// The session that elected it.
    pub session: SessionId,
    /// The deputies elected.
    pub members: BTreeSet<DeputyId>,
    /// First day in force.
    pub on: NaiveDate,
}

/// A meeting was convened by the actor, on the day of the entry.
#[doc(alias = "召集主席团会议")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingConvened {
    /// The meeting.
    pub meeting: MeetingId,
}

/// The actor registered as present.
#[doc(alias = "主席团成员签到")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceRegistered {
    /// The meeting.
    pub meeting: MeetingId,
}

/// A motion was put to the meeting.
#[doc(alias = "提请主席团审议")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MotionPut {
    /// The meeting.
    pub meeting: MeetingId,
    /// The motion's id.
    pub decision: DecisionId,
    /// What it decides.
    pub motion: PresidiumDecision,
}

/// The actor voted.
#[doc(alias = "主席团成员表决")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VoteCast {
    /// The motion.
    pub decision: DecisionId,
    /// The vote.
    pub choice: Choice,
}

/// The vote closed: adopted or not, as the tally says.
#[doc(alias = "主席团决定未通过")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionTaken {
    /// The motion.
    pub decision: DecisionId,
    /// The tally, derived from the roll.
    pub tally: Tally,
    /// For an interim session: whether a fifth of the deputies had proposed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interim_proposal_qualified: Option<bool>,
}

/// The meeting closed.
#[doc(alias = "主席团会议结束")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingClosed {
    /// The meeting.
    pub meeting: MeetingId,
}

/// The chair delegated the presidium's convening and presiding to a vice-chair in writing,
/// for a time when the chair cannot act (委托副主席召集、主持主席团会议), recorded by the chair.
#[doc(alias = "主席委托")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChairDelegated {
    /// The vice-chair who acts.
    pub to: DeputyId,
    /// First day of the delegation.
    pub from: NaiveDate,
    /// Last day of it, if fixed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    /// Why the chair cannot act (illness, leave).
    pub reason: String,
}

/// The chair ended the delegation (收回委托).
#[doc(alias = "收回委托")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DelegationEnded {
    /// The last day of the delegation.
    pub on: NaiveDate,
}
