//! The presidium (主席团): its membership, its meetings and the decisions it takes, the recess
//! work plan and its work report to the congress.
//!
//! # Membership
//!
//! A session elects the presidium (at its preparatory meeting); the new membership replaces
//! the previous one from its date. The chair and vice-chairs are members ex officio
//! (组织法2022 第十九条第一款): they are *added* to the elected list on every day they hold
//! the post, whether or not the list names them, and they count towards the size
//! ([`Rulebook::presidium_size_range`](crate::Rulebook::presidium_size_range)). A member who is
//! not a serving deputy on a day (resigned, recalled, mandate ended or suspended) is not a
//! member that day. See [`Presidium::members_at`].
//!
//! Sessions record the election through the crate-internal contract `elect_members`. Until a
//! session's own record is kept in the ledger (or for a term whose first session predates the
//! ledger), the presidium records the membership a session elected with
//! [`PresidiumCommand::RecordMembership`]; it runs the same checks.
//!
//! # Meetings and decisions
//!
//! | command | who | rule |
//! | --- | --- | --- |
//! | [`ConveneMeeting`](PresidiumCommand::ConveneMeeting) | the chair; a vice-chair only when the chair's post is vacant that day | 山东 2015 第二十八条第二款 |
//! | [`RegisterAttendance`](PresidiumCommand::RegisterAttendance) | a member, once | 组织法2022 第十九条第一款 |
//! | [`PutMotion`](PresidiumCommand::PutMotion) | the presider, with a quorum present | `presidium_quorum` of *all* members |
//! | [`CastVote`](PresidiumCommand::CastVote) | a member present, once per motion | |
//! | [`CloseVote`](PresidiumCommand::CloseVote) | the presider, with a quorum present | adopted by `presidium_adoption` of *all* members, not of those present |
//! | [`CloseMeeting`](PresidiumCommand::CloseMeeting) | the presider, no motion left open | |
//!
//! An adopted decision takes effect when the vote closes: a session is convened or moved
//! (through the sessions' record), a recess plan becomes the year's plan; a bill is listed or
//! not, an interpellation's answer mode decided, suggestions handed over — recorded as the
//! proposals' events, which the ledger derives because the proposals sit above the presidium
//! (see [`proposal`](crate::proposal)). A decision that is not adopted is recorded with its
//! tally and has no effect. A motion naming a proposal is checked by the proposals, through the
//! ledger, before it is put.
//!
//! # Effects on other aggregates
//!
//! What an adopted decision entails is recorded in the same entry as the
//! [`DecisionTaken`](PresidiumEvent::DecisionTaken) event, as the other aggregate's events:
//!
//! | decision adopted | entails | recorded as |
//! | --- | --- | --- |
//! | [`ConveneSession`](PresidiumDecision::ConveneSession) | a regular session convened for its date (组织法2022 第十四条) | [`SessionEvent::SessionConvened`](crate::session::SessionEvent::SessionConvened) (regular) |
//! | [`CallInterimSession`](PresidiumDecision::CallInterimSession) | an interim session convened | [`SessionEvent::SessionConvened`](crate::session::SessionEvent::SessionConvened) (interim) |
//! | [`MoveSession`](PresidiumDecision::MoveSession) | the session's date changed | [`SessionEvent::SessionMoved`](crate::session::SessionEvent::SessionMoved) |
//! | [`DecideBillListing`](PresidiumDecision::DecideBillListing) | the bill listed for the session, or not (then handled as a suggestion) | [`ProposalEvent::BillListingDecided`](crate::proposal::ProposalEvent::BillListingDecided) (added by the ledger: the proposals sit above the presidium) |
//! | [`DecideInterpellationAnswer`](PresidiumDecision::DecideInterpellationAnswer) | the answer's mode, written or oral | [`ProposalEvent::AnswerModeDecided`](crate::proposal::ProposalEvent::AnswerModeDecided) (likewise) |
//! | [`HandOverSuggestions`](PresidiumDecision::HandOverSuggestions) | the suggestions handed to their lead unit and co-units | [`ProposalEvent::SuggestionsHandedOver`](crate::proposal::ProposalEvent::SuggestionsHandedOver) (likewise) |
//!
//! A decision not adopted, and every other event of the presidium, entails nothing.
//!
//! # Recess work plan
//!
//! A year has at most one approved plan. Approving another plan for the same year amends it:
//! the new plan replaces the old one as a whole, and records which decision it replaces.
//!
//! # Examples
//!
//! See `tests/presidium_scenarios.rs` for whole meetings through the ledger.

mod error;
mod events;
mod inputs;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ids::{DecisionId, DeputyId, MeetingId, ProposalId, SessionId, UnitId};
use crate::label::Label;
use crate::roster::Roster;
use crate::rulebook::{Citation, Rulebook, add_months, count, quarter_start};

pub use error::PresidiumError;
pub use events::{
    AttendanceRegistered, ChairDelegated, DecisionTaken, DelegationEnded, MeetingClosed,
    MeetingConvened, MembershipRecorded, MotionPut, VoteCast,
};

/// The chair (and vice-chairs) handle the presidium's daily work between sessions
/// (组织法2022 第十八条第三款): the chair convenes and presides; a vice-chair when the post is
/// vacant, the chair cannot act, or on the chair's written delegation.
pub const CONVENER: Citation = Citation::organic(18, Some(3));
/// The chair and vice-chairs are members; the presidium is a body of deputies.
pub const MEMBERS: Citation = Citation::organic(19, Some(1));
/// The preparatory meeting elects the presidium.
pub const ELECTED_AT_SESSION: Citation =
    Citation::new("山东省乡镇人民代表大会工作若干规定", 2015, 7, None);

/// The presidium of the term: memberships, meetings, motions and recess plans (主席团).
#[doc(alias = "主席团")]
///
/// Lookups by id and the set of open motions are indexed, so a command's cost does not grow
/// with the number of meetings and motions on record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Presidium {
    memberships: Vec<Membership>,
    meetings: Vec<Meeting>,
    motions: Vec<Motion>,
    plans: BTreeMap<i32, RecessPlan>,
    /// Position of each meeting in `meetings`.
    #[serde(skip)]
    meeting_index: BTreeMap<MeetingId, usize>,
    /// Position of each motion in `motions`.
    #[serde(skip)]
    motion_index: BTreeMap<DecisionId, usize>,
    /// Motions put and not yet decided.
    #[serde(skip)]
    open_motions: BTreeSet<DecisionId>,
    /// The chair's written delegations to a vice-chair, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    delegations: Vec<ChairDelegated>,
}

/// The membership a session elected, in force from `on` until the next one (主席团成员名单).
#[doc(alias = "主席团成员名单")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Membership {
    /// The session that elected it.
    pub session: SessionId,
    /// First day in force.
    pub on: NaiveDate,
    /// The deputies elected (the chair and vice-chairs are added ex officio on each day).
    pub members: BTreeSet<DeputyId>,
}

/// One presidium meeting (主席团会议).
#[doc(alias = "主席团会议")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Meeting {
    /// Its id.
    pub id: MeetingId,
    /// The day it was convened.
    pub on: NaiveDate,
    /// Who convened it (the chair, or a vice-chair when the chair's post was vacant).
    pub convener: DeputyId,
    /// Members who registered as present.
    pub present: BTreeSet<DeputyId>,
    /// Whether a quorum of all members was present at some point: only then was it held
    /// (方能举行), and only then does it count towards the meeting frequency.
    pub quorum_reached: bool,
    /// Open or closed.
    pub status: MeetingStatus,
}

/// Whether a meeting is sitting (会议状态).
#[doc(alias = "会议状态")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MeetingStatus {
    /// Sitting.
    Open {},
    /// Closed.
    Closed {
        /// The day it closed.
        on: NaiveDate,
    },
}

impl Label for MeetingStatus {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Open {} => "会议进行中",
            Self::Closed { .. } => "会议已结束",
        }
    }
}

/// A motion put to the presidium and its vote (主席团议题).
#[doc(alias = "主席团议题")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Motion {
    /// Its id.
    pub decision: DecisionId,
    /// The meeting it was put to.
    pub meeting: MeetingId,
    /// What it decides.
    pub motion: PresidiumDecision,
    /// The day it was put.
    pub put_on: NaiveDate,
    /// How each member voted.
    pub roll: BTreeMap<DeputyId, Choice>,
    /// Open or decided.
    pub status: MotionStatus,
}

/// Whether a motion's vote is open or closed (表决状态).
#[doc(alias = "表决状态")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MotionStatus {
    /// Members are voting.
    Open {},
    /// The vote closed with this tally.
    Decided {
        /// The day.
        on: NaiveDate,
        /// The tally.
        tally: Tally,
        /// For an interim session: whether a fifth of the deputies had proposed it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        interim_proposal_qualified: Option<bool>,
    },
}

impl Label for MotionStatus {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Open {} => "表决中",
            Self::Decided { tally, .. } if tally.adopted => "通过",
            Self::Decided { .. } => "未通过",
        }
    }
}

/// What a motion decides (主席团决定事项).
#[doc(alias = "主席团决定事项")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum PresidiumDecision {
    /// Convene a regular session on a date (召集本级人民代表大会会议).
    ConveneSession {
        /// The session's id.
        session: SessionId,
        /// The opening day.
        opens_on: NaiveDate,
    },
    /// Move a scheduled session to another day (变更会议日期).
    MoveSession {
        /// The session.
        session: SessionId,
        /// The new opening day.
        opens_on: NaiveDate,
    },
    /// Call an interim session (临时召集会议); whether a fifth of the deputies proposed it is
    /// recorded with the decision.
    CallInterimSession {
        /// The session's id.
        session: SessionId,
        /// The opening day.
        opens_on: NaiveDate,
    },
    /// List, or not, a deputies' bill on the session's agenda (决定是否列入大会议程).
    DecideBillListing {
        /// The bill.
        proposal: ProposalId,
        /// Whether it is listed.
        list: bool,
    },
    /// Decide how an interpellation is answered (决定质询案答复方式).
    DecideInterpellationAnswer {
        /// The interpellation.
        proposal: ProposalId,
        /// How it is answered.
        answer: AnswerMode,
    },
    /// Hand deputies' suggestions to a lead unit, with any co-units, for handling and reply
    /// (交办建议).
    HandOverSuggestions {
        /// The suggestions.
        proposals: BTreeSet<ProposalId>,
        /// The lead unit (主办单位), registered in the roster.
        unit: UnitId,
        /// Co-units (协办单位), registered in the roster; not the lead unit.
        #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
        co_units: BTreeSet<UnitId>,
    },
    /// Approve (or amend) the year's recess work plan (闭会期间工作计划).
    ApproveRecessPlan {
        /// The calendar year.
        year: i32,
        /// What the deputies will do.
        items: Vec<PlanItem>,
    },
    /// Adopt the presidium's work report to the congress (主席团工作报告).
    AdoptWorkReport {
        /// The session it will be presented to.
        session: SessionId,
    },
}

impl PresidiumDecision {
    /// The session the decision schedules or moves, if any.
    #[must_use]
    pub const fn session(&self) -> Option<SessionId> {
        match self {
            Self::ConveneSession { session, .. }
            | Self::MoveSession { session, .. }
            | Self::CallInterimSession { session, .. } => Some(*session),
            _ => None,
        }
    }

    /// The article that gives the presidium this decision.
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::{ids::SessionId, presidium::PresidiumDecision};
    ///
    /// let d = PresidiumDecision::AdoptWorkReport { session: SessionId::from_u128(1) };
    /// assert_eq!(d.citation().to_string(), "组织法2022 第十九条第二款");
    /// ```
    #[must_use]
    pub const fn citation(&self) -> Citation {
        match self {
            Self::ConveneSession { .. } | Self::MoveSession { .. } => {
                Citation::organic(14, Some(2))
            }
            Self::CallInterimSession { .. } => Citation::organic(14, Some(3)),
            Self::DecideBillListing { .. } => Citation::organic(22, Some(2)),
            Self::DecideInterpellationAnswer { .. } => Citation::organic(24, Some(2)),
            Self::HandOverSuggestions { .. } => Citation::organic(42, Some(2)),
            Self::ApproveRecessPlan { .. } | Self::AdoptWorkReport { .. } => {
                Citation::organic(19, Some(2))
            }
        }
    }
}

impl Label for PresidiumDecision {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::ConveneSession { .. } => "召集人民代表大会会议",
            Self::MoveSession { .. } => "变更会议日期",
            Self::CallInterimSession { .. } => "临时召集人民代表大会会议",
            Self::DecideBillListing { .. } => "决定议案是否列入大会议程",
            Self::DecideInterpellationAnswer { .. } => "决定质询案答复方式",
            Self::HandOverSuggestions { .. } => "交办代表建议",
            Self::ApproveRecessPlan { .. } => "通过闭会期间工作计划",
            Self::AdoptWorkReport { .. } => "通过主席团工作报告",
        }
    }
}

/// How an interpellation is answered (答复方式), 组织法2022 第二十四条第二款.
#[doc(alias = "答复方式")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnswerMode {
    /// Orally, at a presidium meeting; the interpellating deputies may attend and speak.
    OralAtPresidiumMeeting,
    /// Orally, at a plenary sitting.
    OralAtPlenary,
    /// In writing, signed by the head of the questioned body.
    Written,
}

impl Label for AnswerMode {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::OralAtPresidiumMeeting => "主席团会议上口头答复",
            Self::OralAtPlenary => "大会全体会议上口头答复",
            Self::Written => "书面答复",
        }
    }
}

/// One item of the recess work plan (工作计划事项).
#[doc(alias = "工作计划事项")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PlanItem {
    /// What kind of activity.
    pub category: PlanItemKind,
    /// Its subject, e.g. `农村饮水安全`.
    pub title: String,
}

impl PlanItem {
    /// An item.
    #[must_use]
    pub fn new(category: PlanItemKind, title: impl Into<String>) -> Self {
        Self {
            category,
            title: title.into(),
        }
    }
}

/// The activities of the recess work plan, 组织法2022 第十九条第二款 (活动类型).
#[doc(alias = "活动类型")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[doc(alias = "工作计划事项类别")]
pub enum PlanItemKind {
    /// An issue of local concern chosen for the year (群众切身利益和社会普遍关注的问题).
    IssueOfConcern,
    /// A special work report of the government to hear and discuss (专项工作报告).
    SpecialWorkReport,
    /// An inspection (视察).
    Inspection,
    /// Research (调研).
    Research,
    /// A check of how laws and regulations are enforced (执法检查).
    LawEnforcementCheck,
}

impl Label for PlanItemKind {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::IssueOfConcern => "关注问题",
            Self::SpecialWorkReport => "专项工作报告",
            Self::Inspection => "视察",
            Self::Research => "调研",
            Self::LawEnforcementCheck => "执法检查",
        }
    }
}

/// The approved recess work plan of a year (年度闭会期间工作计划).
#[doc(alias = "闭会期间工作计划")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RecessPlan {
    /// The year.
    pub year: i32,
    /// Its items.
    pub items: Vec<PlanItem>,
    /// The decision that approved it.
    pub decision: DecisionId,
    /// The day it was approved.
    pub approved_on: NaiveDate,
    /// The decision whose plan it replaced, when it amends an earlier plan of the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<DecisionId>,
}

/// How a member votes: the same vocabulary as the congress's roll votes (赞成、反对、弃权).
pub use crate::session::Choice;

/// The count of a presidium vote, derived from the roll (计票结果).
///
/// The base is *all* members on the day of the count, not those present: a decision needs
/// `presidium_adoption` of all members (全体成员的过半数通过). Votes of anyone who is no
/// longer a member that day are not counted.
#[doc(alias = "计票结果")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Tally {
    /// All members on the day.
    pub members: u32,
    /// Members present.
    pub present: u32,
    /// Votes in favour (obtained).
    pub obtained: u32,
    /// Votes against.
    pub against: u32,
    /// Abstentions.
    pub abstained: u32,
    /// Votes in favour needed.
    pub required: u32,
    /// `obtained - required`: zero or more when adopted, negative by how many it fell short.
    pub margin: i64,
    /// Whether the decision was taken.
    pub adopted: bool,
    /// The adoption rule.
    pub citation: Citation,
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} for, {} against, {} abstaining of {} members ({} present), {} needed: {} ({})",
            self.obtained,
            self.against,
            self.abstained,
            self.members,
            self.present,
            self.required,
            if self.adopted {
                "adopted"
            } else {
                "not adopted"
            },
            self.citation
        )
    }
}

/// The longest stretch without a presidium meeting in a period (会议间隔).
#[doc(alias = "会议间隔")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Gap {
    /// A meeting day, or the start of the period.
    pub from: NaiveDate,
    /// The next meeting day, or the end of the period.
    pub to: NaiveDate,
    /// Days between them.
    pub days: i64,
}

impl Gap {
    /// Whether the gap is longer than `presidium_meeting_interval_months` (至少每三个月举行一次);
    /// never when the rulebook sets no interval (national law sets none).
    #[must_use]
    pub fn exceeds(&self, rules: &Rulebook) -> bool {
        let months = rules.presidium_meeting_interval_months.value;
        months.is_some_and(|m| add_months(self.from, m).is_some_and(|limit| self.to > limit))
    }
}

/// A command to the presidium (主席团指令).
#[doc(alias = "主席团指令")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum PresidiumCommand {
    /// The presidium records the membership a session elected (主席团成员名单), by
    /// [`Actor::Presidium`](crate::Actor::Presidium). For sessions whose own record is not in this ledger.
    RecordMembership {
        /// The session that elected it.
        session: SessionId,
        /// The deputies elected (the chair and vice-chairs are members ex officio anyway).
        members: BTreeSet<DeputyId>,
        /// First day in force; not after the command's day.
        on: NaiveDate,
    },
    /// The chair (or a vice-chair, when the chair's post is vacant) convenes a meeting today.
    ConveneMeeting {
        /// The new meeting's id.
        meeting: MeetingId,
    },
    /// A member registers as present (签到).
    RegisterAttendance {
        /// The meeting.
        meeting: MeetingId,
    },
    /// The presider puts a motion to the meeting (提请审议).
    PutMotion {
        /// The meeting.
        meeting: MeetingId,
        /// The motion's new id.
        decision: DecisionId,
        /// What it decides.
        motion: PresidiumDecision,
    },
    /// A member present votes (表决).
    CastVote {
        /// The motion.
        decision: DecisionId,
        /// The vote.
        choice: Choice,
    },
    /// The presider closes the vote; the tally decides (宣布表决结果).
    CloseVote {
        /// The motion.
        decision: DecisionId,
    },
    /// The presider closes the meeting (散会).
    CloseMeeting {
        /// The meeting.
        meeting: MeetingId,
    },
    /// The chair delegates convening and presiding to a vice-chair in writing, for a time when
    /// the chair cannot act (委托副主席).
    DelegateChair {
        /// The vice-chair.
        to: DeputyId,
        /// First day; not before the command's day.
        from: NaiveDate,
        /// Last day, if fixed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until: Option<NaiveDate>,
        /// Why the chair cannot act.
        reason: String,
    },
    /// The chair ends the delegation today (收回委托).
    EndDelegation {},
}

impl Label for PresidiumCommand {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::RecordMembership { .. } => "确认主席团成员名单",
            Self::ConveneMeeting { .. } => "召集主席团会议",
            Self::RegisterAttendance { .. } => "签到",
            Self::PutMotion { .. } => "提请审议",
            Self::CastVote { .. } => "表决",
            Self::CloseVote { .. } => "宣布表决结果",
            Self::CloseMeeting { .. } => "散会",
            Self::DelegateChair { .. } => "委托副主席",
            Self::EndDelegation {} => "收回委托",
        }
    }
}

/// What happened in the presidium (主席团事件). The actor and time are in the ledger's
/// [`Recorded`](crate::Recorded) entry.
#[doc(alias = "主席团事件")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum PresidiumEvent {
    /// A session's presidium membership was recorded.
    MembershipRecorded(MembershipRecorded),
    /// A meeting was convened by the actor, on the day of the entry.
    MeetingConvened(MeetingConvened),
    /// The actor registered as present.
    AttendanceRegistered(AttendanceRegistered),
    /// A motion was put to the meeting.
    MotionPut(MotionPut),
    /// The actor voted.
    VoteCast(VoteCast),
    /// The vote closed: adopted or not, as the tally says.
    DecisionTaken(DecisionTaken),
    /// The meeting closed.
    MeetingClosed(MeetingClosed),
    /// The chair delegated convening and presiding to a vice-chair.
    ChairDelegated(ChairDelegated),
    /// The chair ended the delegation.
    DelegationEnded(DelegationEnded),
}

/// Read tag first (see `crate::wire`).
impl<'de> Deserialize<'de> for PresidiumEvent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::wire::deserialize(d)
    }
}

impl<'de> crate::wire::Tagged<'de> for PresidiumEvent {
    const EXPECTING: &'static str = "a presidium event, such as {\"kind\": \"vote_cast\", …}";
    const VARIANTS: &'static [&'static str] = &[
        "membership_recorded",
        "meeting_convened",
        "attendance_registered",
        "motion_put",
        "vote_cast",
        "decision_taken",
        "meeting_closed",
        "chair_delegated",
        "delegation_ended",
    ];

    fn variant<D: serde::Deserializer<'de>>(tag: &str, fields: D) -> Result<Self, D::Error> {
        match tag {
            "membership_recorded" => {
                MembershipRecorded::deserialize(fields).map(Self::MembershipRecorded)
            }
            "meeting_convened" => MeetingConvened::deserialize(fields).map(Self::MeetingConvened),
            "attendance_registered" => {
                AttendanceRegistered::deserialize(fields).map(Self::AttendanceRegistered)
            }
            "motion_put" => MotionPut::deserialize(fields).map(Self::MotionPut),
            "vote_cast" => VoteCast::deserialize(fields).map(Self::VoteCast),
            "decision_taken" => DecisionTaken::deserialize(fields).map(Self::DecisionTaken),
            "meeting_closed" => MeetingClosed::deserialize(fields).map(Self::MeetingClosed),
            "chair_delegated" => ChairDelegated::deserialize(fields).map(Self::ChairDelegated),
            "delegation_ended" => DelegationEnded::deserialize(fields).map(Self::DelegationEnded),
            other => Err(crate::wire::unknown::<Self, D::Error>(other)),
        }
    }
}

impl Label for PresidiumEvent {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::MembershipRecorded(_) => "主席团成员名单确认",
            Self::MeetingConvened(_) => "召集主席团会议",
            Self::AttendanceRegistered(_) => "主席团成员签到",
            Self::MotionPut(_) => "提请主席团审议",
            Self::VoteCast(_) => "主席团成员表决",
            Self::DecisionTaken(d) if d.tally.adopted => "主席团决定通过",
            Self::DecisionTaken(_) => "主席团决定未通过",
            Self::MeetingClosed(_) => "主席团会议结束",
            Self::ChairDelegated(_) => "委托副主席",
            Self::DelegationEnded(_) => "收回委托",
        }
    }
}

/// Queries (getters).
impl Presidium {
    /// Members on `date`: the latest membership elected on or before `date`, plus the chair
    /// and vice-chairs that day (ex officio), less anyone who is not a serving deputy that day
    /// (主席团成员).
    #[doc(alias = "主席团成员")]
    #[must_use]
    pub fn members_at(&self, roster: &Roster, date: NaiveDate) -> BTreeSet<DeputyId> {
        // Memberships are in date order (a list cannot be recorded before the last).
        let begun = self.memberships.partition_point(|m| m.on <= date);
        let elected = begun
            .checked_sub(1)
            .and_then(|last| self.memberships.get(last))
            .map(|m| m.members.iter().copied());
        elected
            .into_iter()
            .flatten()
            .chain(roster.chair_at(date))
            .chain(roster.vice_chairs_at(date))
            .filter(|d| roster.is_serving(*d, date))
            .collect()
    }

    /// Every membership recorded, oldest first.
    #[must_use]
    pub fn memberships(&self) -> &[Membership] {
        &self.memberships
    }

    /// Every meeting, oldest first.
    #[must_use]
    pub fn meetings(&self) -> &[Meeting] {
        &self.meetings
    }

    /// One meeting.
    #[must_use]
    pub fn meeting(&self, id: MeetingId) -> Option<&Meeting> {
        self.meetings.get(*self.meeting_index.get(&id)?)
    }

    /// Every motion put, oldest first, open or decided.
    #[must_use]
    pub fn motions(&self) -> &[Motion] {
        &self.motions
    }

    /// One motion.
    #[must_use]
    pub fn motion(&self, id: DecisionId) -> Option<&Motion> {
        self.motions.get(*self.motion_index.get(&id)?)
    }

    /// Motions put and not yet decided, in id order.
    pub fn open_motions(&self) -> impl Iterator<Item = &Motion> {
        self.open_motions.iter().filter_map(|id| self.motion(*id))
    }

    /// The vice-chair the chair's written delegation covers on `date`, if any (主席委托).
    #[must_use]
    pub fn delegate_on(&self, date: NaiveDate) -> Option<DeputyId> {
        // Delegations follow one another (a new one begins after the last ended), so only the
        // last one begun by `date` can cover it.
        let begun = self.delegations.partition_point(|d| d.from <= date);
        begun
            .checked_sub(1)
            .and_then(|last| self.delegations.get(last))
            .filter(|d| d.until.is_none_or(|u| date <= u))
            .map(|d| d.to)
    }

    /// The decisions taken (motions adopted), oldest first (主席团决定).
    #[doc(alias = "主席团决定")]
    pub fn decisions_taken(&self) -> impl Iterator<Item = &Motion> {
        self.motions
            .iter()
            .filter(|m| matches!(&m.status, MotionStatus::Decided { tally, .. } if tally.adopted))
    }

    /// The approved recess work plan of `year`, as last amended (闭会期间工作计划).
    #[doc(alias = "闭会期间工作计划")]
    #[must_use]
    pub fn recess_plan(&self, year: i32) -> Option<&RecessPlan> {
        self.plans.get(&year)
    }

    /// Days on which a meeting was held (convened and reached its quorum), oldest first.
    #[must_use]
    pub fn meeting_days(&self) -> Vec<NaiveDate> {
        self.meetings
            .iter()
            .filter(|m| m.quorum_reached)
            .map(|m| m.on)
            .collect()
    }

    /// The first day of every calendar quarter overlapping `from..=to` in which no meeting was
    /// held (每个季度至少召开一次会议). A meeting counts only if it reached its quorum.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use township_congress::presidium::Presidium;
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).ok_or("date");
    /// let none = Presidium::default().quarters_without_meeting(d(2, 1)?, d(7, 1)?);
    /// assert_eq!(none, vec![d(1, 1)?, d(4, 1)?, d(7, 1)?]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[doc(alias = "季度")]
    #[must_use]
    pub fn quarters_without_meeting(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let days = self.meeting_days();
        let mut out = Vec::new();
        let mut q = quarter_start(from);
        while q <= to {
            let Some(next) = add_months(q, 3) else { break };
            if !days.iter().any(|d| q <= *d && *d < next) {
                out.push(q);
            }
            q = next;
        }
        out
    }

    /// The longest stretch in `from..=to` between meetings held (or the period's ends), the
    /// earliest if several are as long; `None` when `to` is before `from`. Compare it with the
    /// rule with [`Gap::exceeds`].
    #[must_use]
    pub fn longest_gap(&self, from: NaiveDate, to: NaiveDate) -> Option<Gap> {
        if to < from {
            return None;
        }
        let mut points = vec![from];
        points.extend(
            self.meeting_days()
                .into_iter()
                .filter(|d| from < *d && *d < to),
        );
        points.push(to);
        let mut best: Option<Gap> = None;
        for pair in points.windows(2) {
            if let [a, b] = pair {
                let gap = Gap {
                    from: *a,
                    to: *b,
                    days: (*b - *a).num_days(),
                };
                if best.is_none_or(|g| gap.days > g.days) {
                    best = Some(gap);
                }
            }
        }
        best
    }
}

/// Internal lookups and checks.
impl Presidium {
    fn meeting_ref(&self, id: MeetingId) -> Result<&Meeting, PresidiumError> {
        self.meeting(id)
            .ok_or(PresidiumError::UnknownMeeting { meeting: id })
    }

    fn meeting_mut(&mut self, id: MeetingId) -> Result<&mut Meeting, PresidiumError> {
        let at = self.meeting_index.get(&id).copied();
        at.and_then(|i| self.meetings.get_mut(i))
            .ok_or(PresidiumError::UnknownMeeting { meeting: id })
    }

    fn open_meeting(&self, id: MeetingId) -> Result<&Meeting, PresidiumError> {
        let m = self.meeting_ref(id)?;
        match m.status {
            MeetingStatus::Open {} => Ok(m),
            MeetingStatus::Closed { .. } => Err(PresidiumError::MeetingClosed { meeting: id }),
        }
    }

    fn motion_ref(&self, id: DecisionId) -> Result<&Motion, PresidiumError> {
        self.motion(id)
            .ok_or(PresidiumError::UnknownDecision { decision: id })
    }

    fn motion_mut(&mut self, id: DecisionId) -> Result<&mut Motion, PresidiumError> {
        let at = self.motion_index.get(&id).copied();
        at.and_then(|i| self.motions.get_mut(i))
            .ok_or(PresidiumError::UnknownDecision { decision: id })
    }

    fn open_motion(&self, id: DecisionId) -> Result<&Motion, PresidiumError> {
        let m = self.motion_ref(id)?;
        match m.status {
            MotionStatus::Open {} => Ok(m),
            MotionStatus::Decided { .. } => Err(PresidiumError::MotionDecided { decision: id }),
        }
    }

    fn check_quorum(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        meeting: &Meeting,
        date: NaiveDate,
    ) -> Result<(), PresidiumError> {
        let members = self.members_at(roster, date);
        let present = count(meeting.present.intersection(&members).count());
        let total = count(members.len());
        let needed = rules.presidium_quorum.value.required(total);
        if present < needed {
            return Err(PresidiumError::QuorumNotMet {
                meeting: meeting.id,
                members: total,
                present,
                needed,
                short: needed - present,
                basis: rules.basis(crate::rulebook::RuleField::PresidiumQuorum),
            });
        }
        Ok(())
    }

    fn tally(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        meeting: &Meeting,
        motion: &Motion,
        date: NaiveDate,
    ) -> Tally {
        let members = self.members_at(roster, date);
        let total = count(members.len());
        let counted = |c: Choice| {
            count(
                motion
                    .roll
                    .iter()
                    .filter(|(d, v)| **v == c && members.contains(d))
                    .count(),
            )
        };
        let obtained = counted(Choice::For);
        let required = rules.presidium_adoption.value.required(total);
        Tally {
            members: total,
            present: count(meeting.present.intersection(&members).count()),
            obtained,
            against: counted(Choice::Against),
            abstained: counted(Choice::Abstain),
            required,
            margin: i64::from(obtained) - i64::from(required),
            adopted: obtained >= required,
            citation: rules.presidium_adoption.citation.clone(),
        }
    }
}
