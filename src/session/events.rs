//! The payload of each session event (会议记录): one struct per event, so each handler takes
//! exactly the facts it checks. On the wire each is flattened beside its `kind` tag.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    Attendance, CandidateTally, CandidateVotes, Choice, Nominator, NonVotingAttendee,
    PreparationStep, RoundOutcome, SessionKind, Subject, VoteResult,
};
use crate::ids::{DeputyId, ElectionId, ItemId, SessionId};
use crate::roster::{Officeholder, Post};

/// A deputy signed an interim-session proposal.
#[doc(alias = "联名提议临时召集会议")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterimProposalSigned {
    /// The proposed session.
    pub session: SessionId,
    /// The deputy.
    pub deputy: DeputyId,
}

/// The first session of the term was convened.
#[doc(alias = "召集本届第一次会议")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FirstSessionConvened {
    /// The session.
    pub session: SessionId,
    /// Its opening date.
    pub opens_on: NaiveDate,
}

/// A regular or interim session was convened by a presidium decision (决定召开), recorded
/// as an effect of the decision in the same envelope.
#[doc(alias = "决定召开会议")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionConvened {
    /// The session.
    pub session: SessionId,
    /// Regular or interim.
    pub session_kind: SessionKind,
    /// Its opening date.
    pub opens_on: NaiveDate,
}

/// A scheduled session's date was moved by a presidium decision (提前或者推迟召开),
/// recorded as an effect of the decision.
#[doc(alias = "变更会议日期")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionMoved {
    /// The session.
    pub session: SessionId,
    /// The new opening date.
    pub opens_on: NaiveDate,
}

/// A deputy's attendance was recorded.
#[doc(alias = "出席登记")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceRecorded {
    /// The session.
    pub session: SessionId,
    /// The deputy.
    pub deputy: DeputyId,
    /// The registration.
    pub attendance: Attendance,
}

/// An item was put on the agenda.
#[doc(alias = "列入议程")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemPut {
    /// The session.
    pub session: SessionId,
    /// The item.
    pub item: ItemId,
    /// Title.
    pub title: String,
    /// What it is.
    pub subject: Subject,
}

/// A deputy voted.
#[doc(alias = "表决")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VoteCast {
    /// The session.
    pub session: SessionId,
    /// The item.
    pub item: ItemId,
    /// The vote. The deputy who cast it is the entry's actor: a deputy votes in person.
    pub choice: Choice,
}

/// A vote closed with its result.
#[doc(alias = "宣布表决结果")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VoteClosed {
    /// The session.
    pub session: SessionId,
    /// The item.
    pub item: ItemId,
    /// Tally and outcome, derived from the roll.
    pub result: VoteResult,
}

/// The session opened.
#[doc(alias = "开幕")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionOpened {
    /// The session.
    pub session: SessionId,
    /// Present serving deputies.
    pub present: u32,
    /// All deputies.
    pub all_deputies: u32,
    /// Present deputies needed.
    pub required: u32,
}

/// An election was called.
#[doc(alias = "举行选举")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ElectionCalled {
    /// The session.
    pub session: SessionId,
    /// The election.
    pub election: ElectionId,
    /// The post.
    pub post: Post,
    /// Seats.
    pub seats: u32,
    /// The fixed margin of candidates over seats, for vice posts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub margin: Option<u32>,
    /// Whether it is a by-election (补选).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_election: bool,
}

/// A candidate was nominated.
#[doc(alias = "提名候选人")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CandidateNominated {
    /// The session.
    pub session: SessionId,
    /// The election.
    pub election: ElectionId,
    /// The candidate.
    pub candidate: Officeholder,
    /// Who nominated.
    pub nominator: Nominator,
    /// The candidate's ethnicity, stated for a 民族乡's head (组织法2022 第七十条第三款).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethnicity: Option<String>,
}

/// A preparation step was recorded on the entry's day (会前准备).
#[doc(alias = "会前准备")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PreparationRecorded {
    /// The session.
    pub session: SessionId,
    /// The step.
    pub step: PreparationStep,
}

/// A non-voting attendee was recorded (列席).
#[doc(alias = "列席")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NonVotingAttendeeRecorded {
    /// The session.
    pub session: SessionId,
    /// Who.
    pub attendee: NonVotingAttendee,
}

/// The formal candidates were fixed from the nominees, or from the first ballot's ranking.
#[doc(alias = "确定正式候选人")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CandidatesFixed {
    /// The session.
    pub session: SessionId,
    /// The election.
    pub election: ElectionId,
    /// The candidates.
    pub candidates: Vec<Officeholder>,
    /// Fixed from the first ballot's ranking for seats left unfilled (另行选举,
    /// 组织法2022 第二十九条第二款), not from nominations.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_ranking: bool,
}

/// A primary was counted and the formal candidates picked.
#[doc(alias = "预选")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PrimaryCounted {
    /// The session.
    pub session: SessionId,
    /// The election.
    pub election: ElectionId,
    /// Votes for each nominee.
    pub counts: Vec<CandidateVotes>,
    /// The formal candidates, derived.
    pub candidates: Vec<Officeholder>,
}

/// A ballot round was counted.
#[doc(alias = "计票")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BallotsCounted {
    /// The session.
    pub session: SessionId,
    /// The election.
    pub election: ElectionId,
    /// Round number, from 1.
    pub round: u32,
    /// Ballots issued: the present deputies.
    pub ballots_issued: u32,
    /// Ballots returned.
    pub ballots_returned: u32,
    /// Count per candidate.
    pub tallies: Vec<CandidateTally>,
    /// Write-in votes.
    pub write_ins: Vec<CandidateVotes>,
    /// Who was elected, who re-votes, seats left; derived (boxed: it is the largest part of
    /// any session event, and few events carry it).
    pub outcome: Box<RoundOutcome>,
}

/// A ballot round was void: more ballots returned than issued (选举无效).
#[doc(alias = "选举无效")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoundVoided {
    /// The session.
    pub session: SessionId,
    /// The election.
    pub election: ElectionId,
    /// Round number, from 1.
    pub round: u32,
    /// Ballots issued.
    pub ballots_issued: u32,
    /// Ballots returned.
    pub ballots_returned: u32,
}

/// The session closed.
#[doc(alias = "闭幕")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionClosed {
    /// The session.
    pub session: SessionId,
}
