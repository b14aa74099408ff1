//! Why the presidium refused a command (主席团错误), as data: a stable code per rule, the
//! numbers as fields, the citation or basis, an English sentence and a Chinese one.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::actor::Forbidden;
use crate::ids::{DecisionId, DeputyId, MeetingId, SessionId, UnitId};
use crate::label::{Zh, phrase_zh};
use crate::rulebook::{Basis, Citation, SizeBounds};

use super::Tally;

/// A presidium command or event that breaks a rule (主席团错误). Nothing changes when one is
/// returned.
///
/// On the wire it is an object tagged by `code` (`"presidium.quorum_not_met"`), with the
/// numbers as fields and the basis; [`PresidiumError::code`] gives the same code,
/// `to_string()` the English sentence and [`PresidiumError::zh`] the Chinese one.
///
/// # Examples
///
/// ```
/// use township_congress::{ids::MeetingId, presidium::PresidiumError};
/// use township_congress::rulebook::{RuleField, Rulebook};
///
/// let e = PresidiumError::QuorumNotMet {
///     meeting: MeetingId::from_u128(1),
///     members: 9,
///     present: 4,
///     needed: 5,
///     short: 1,
///     basis: Rulebook::province("浙江")?.basis(RuleField::PresidiumQuorum),
/// };
/// assert_eq!(
///     e.to_string(),
///     "the presidium meeting needs 5 of its 9 members present, 4 are: short by 1 (浙江省乡镇人民代表大会工作条例2016 第二十四条第二款; provincial rule, field `presidium_quorum`)"
/// );
/// assert_eq!(
///     e.zh().to_string(),
///     "主席团会议须有全体成员9名中的5名以上出席，现出席4名，差1名（浙江省乡镇人民代表大会工作条例2016 第二十四条第二款；省级地方性法规，字段`presidium_quorum`）"
/// );
/// assert_eq!(e.code(), "presidium.quorum_not_met");
/// assert_eq!(serde_json::to_value(&e)?["basis"]["authority"], "provincial");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "主席团错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum PresidiumError {
    /// The actor may not do this.
    #[error(transparent)]
    #[serde(rename = "actor.forbidden")]
    Forbidden(#[from] Forbidden),
    /// A deputy elected to the presidium is not a serving deputy on the day.
    #[error(
        "only serving deputies may sit on the presidium: deputy {deputy} is not serving on {on} ({citation})"
    )]
    #[serde(rename = "presidium.not_serving")]
    NotServing {
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
        /// The rule that makes the presidium a body of deputies.
        citation: Citation,
    },
    /// The presidium would have too few or too many members.
    #[error(
        "the presidium must have {allowed} members, counting the chair and vice-chairs; it would have {size} ({basis})"
    )]
    #[serde(rename = "presidium.size_out_of_range")]
    SizeOutOfRange {
        /// Members it would have.
        size: u32,
        /// The sizes allowed for the township
        /// ([`Rulebook::presidium_size_range`](crate::Rulebook::presidium_size_range)).
        allowed: SizeBounds,
        /// The rule that sets the bound broken.
        basis: Basis,
    },
    /// A membership is dated before the membership already in force.
    #[error(
        "a presidium elected on {on} cannot replace the one elected on {last}: memberships are recorded in date order"
    )]
    #[serde(rename = "presidium.membership_out_of_order")]
    MembershipOutOfOrder {
        /// Its date.
        on: NaiveDate,
        /// The date of the membership in force.
        last: NaiveDate,
    },
    /// The session a motion would schedule is already scheduled.
    #[error("session {session} is already scheduled; a motion can move it, not schedule it again")]
    #[serde(rename = "presidium.session_exists")]
    SessionExists {
        /// The id.
        session: SessionId,
    },
    /// The session a motion would move is not in the record.
    #[error("no session {session} is scheduled")]
    #[serde(rename = "presidium.unknown_session")]
    UnknownSession {
        /// The id.
        session: SessionId,
    },
    /// The session a motion would move has already opened.
    #[error("session {session} has already opened; its date can no longer be moved ({citation})")]
    #[serde(rename = "presidium.session_underway")]
    SessionUnderway {
        /// The session.
        session: SessionId,
        /// 组织法2022 第十四条第二款.
        citation: Citation,
    },
    /// A session cannot be set for a day already past.
    #[error("a session cannot be set for {on}, before today ({today})")]
    #[serde(rename = "presidium.date_in_past")]
    DateInPast {
        /// The date asked for.
        on: NaiveDate,
        /// The day of the motion.
        today: NaiveDate,
    },
    /// A recess plan for a year already past.
    #[error(
        "the recess work plan for {year} cannot be approved in {current}: the year is past ({citation})"
    )]
    #[serde(rename = "presidium.plan_for_past_year")]
    PlanForPastYear {
        /// The plan's year.
        year: i32,
        /// The current year.
        current: i32,
        /// 组织法2022 第十九条第二款.
        citation: Citation,
    },
    /// Another open motion already concerns the same session.
    #[error("motion {decision} on session {session} is still open; decide it first")]
    #[serde(rename = "presidium.session_motion_open")]
    SessionMotionOpen {
        /// The session.
        session: SessionId,
        /// The open motion.
        decision: DecisionId,
    },
    /// Attendance registered on another day than the meeting's.
    #[error("meeting {meeting} sits on {held_on}; attendance on {today} does not count for it")]
    #[serde(rename = "presidium.wrong_day")]
    WrongDay {
        /// The meeting.
        meeting: MeetingId,
        /// The meeting's day.
        held_on: NaiveDate,
        /// The day of the registration.
        today: NaiveDate,
    },
    /// A member elected to the presidium holds an administrative post where the province
    /// forbids it.
    #[error(
        "deputy {deputy} holds the administrative post `{title}` and cannot sit on the presidium ({basis})"
    )]
    #[serde(rename = "presidium.administrative_post")]
    AdministrativePost {
        /// The deputy.
        deputy: DeputyId,
        /// The post.
        title: String,
        /// The provincial rule.
        basis: Basis,
    },
    /// The deputy named in a delegation is not a vice-chair acting in the post.
    #[error(
        "deputy {deputy} is not a vice-chair acting in the post; the chair delegates to one ({citation})"
    )]
    #[serde(rename = "presidium.not_vice_chair")]
    NotViceChair {
        /// The deputy.
        deputy: DeputyId,
        /// 组织法2022 第十八条第三款.
        citation: Citation,
    },
    /// A delegation already runs.
    #[error("a delegation of the chair's work already runs; end it first ({citation})")]
    #[serde(rename = "presidium.delegation_running")]
    DelegationRunning {
        /// 组织法2022 第十八条第三款.
        citation: Citation,
    },
    /// No delegation runs to end.
    #[error("no delegation of the chair's work runs")]
    #[serde(rename = "presidium.no_delegation")]
    NoDelegation,
    /// An event was given as the effect of a session's vote, which entails no such event.
    #[error("only the presidium's membership is recorded as the effect of a session's vote")]
    #[serde(rename = "presidium.not_an_effect")]
    NotAnEffect,
    /// A date lies after the day of the command.
    #[error("{on} is after today ({today}): the record states facts that have happened")]
    #[serde(rename = "presidium.future_date")]
    FutureDate {
        /// The date stated.
        on: NaiveDate,
        /// The command's local date.
        today: NaiveDate,
    },
    /// A meeting id is used a second time.
    #[error("presidium meeting {meeting} already exists")]
    #[serde(rename = "presidium.duplicate_meeting")]
    DuplicateMeeting {
        /// The id.
        meeting: MeetingId,
    },
    /// No meeting has this id.
    #[error("no presidium meeting {meeting}")]
    #[serde(rename = "presidium.unknown_meeting")]
    UnknownMeeting {
        /// The id.
        meeting: MeetingId,
    },
    /// The meeting has been closed.
    #[error("presidium meeting {meeting} is closed")]
    #[serde(rename = "presidium.meeting_closed")]
    MeetingClosed {
        /// The id.
        meeting: MeetingId,
    },
    /// The member has already registered attendance.
    #[error("deputy {deputy} is already registered as present at presidium meeting {meeting}")]
    #[serde(rename = "presidium.already_present")]
    AlreadyPresent {
        /// The meeting.
        meeting: MeetingId,
        /// The member.
        deputy: DeputyId,
    },
    /// Too few members attend for the meeting to take decisions.
    #[error(
        "the presidium meeting needs {needed} of its {members} members present, {present} are: short by {short} ({basis})"
    )]
    #[serde(rename = "presidium.quorum_not_met")]
    QuorumNotMet {
        /// The meeting.
        meeting: MeetingId,
        /// All members on the day.
        members: u32,
        /// Members present.
        present: u32,
        /// Members needed.
        needed: u32,
        /// `needed - present`.
        short: u32,
        /// The quorum rule: provincial, or the national common-practice default.
        basis: Basis,
    },
    /// A decision id is used a second time.
    #[error("presidium motion {decision} already exists")]
    #[serde(rename = "presidium.duplicate_decision")]
    DuplicateDecision {
        /// The id.
        decision: DecisionId,
    },
    /// No motion has this id.
    #[error("no presidium motion {decision}")]
    #[serde(rename = "presidium.unknown_decision")]
    UnknownDecision {
        /// The id.
        decision: DecisionId,
    },
    /// The motion has already been decided.
    #[error("presidium motion {decision} has already been decided; its vote is closed")]
    #[serde(rename = "presidium.motion_decided")]
    MotionDecided {
        /// The id.
        decision: DecisionId,
    },
    /// A member voted without registering attendance at the meeting.
    #[error(
        "deputy {deputy} must register as present at presidium meeting {meeting} before voting"
    )]
    #[serde(rename = "presidium.not_present")]
    NotPresent {
        /// The meeting.
        meeting: MeetingId,
        /// The member.
        deputy: DeputyId,
    },
    /// A member voted a second time on the same motion.
    #[error("deputy {deputy} has already voted on presidium motion {decision}: one vote each")]
    #[serde(rename = "presidium.already_voted")]
    AlreadyVoted {
        /// The motion.
        decision: DecisionId,
        /// The member.
        deputy: DeputyId,
    },
    /// Suggestions are handed to a unit the roster does not know.
    #[error("no unit {unit} is registered to receive suggestions ({citation})")]
    #[serde(rename = "presidium.unknown_unit")]
    UnknownUnit {
        /// The unit.
        unit: UnitId,
        /// The rule on handing over suggestions.
        citation: Citation,
    },
    /// A motion lists nothing to decide on (no suggestions, no plan items).
    #[error("the motion has no {what} to decide on")]
    #[serde(rename = "presidium.empty_motion")]
    EmptyMotion {
        /// What is missing.
        what: &'static str,
    },
    /// The meeting still has motions whose vote is open.
    #[error("presidium meeting {meeting} still has {open} motion(s) open: close their votes first")]
    #[serde(rename = "presidium.motions_open")]
    MotionsOpen {
        /// The meeting.
        meeting: MeetingId,
        /// How many.
        open: u32,
    },
    /// A recorded tally is not the one the roll gives (an edited log).
    #[error(
        "the tally recorded for presidium motion {decision} is not the roll's: recorded {recorded}, the roll gives {computed}"
    )]
    #[serde(rename = "presidium.tally_mismatch")]
    TallyMismatch {
        /// The motion.
        decision: DecisionId,
        /// The tally in the event.
        recorded: Box<Tally>,
        /// The tally the roll gives.
        computed: Box<Tally>,
    },
    /// The recorded "proposed by a fifth of the deputies" is not what the record shows.
    #[error(
        "presidium motion {decision} records the interim session as {}, the record shows {}",
        interim_en(*.recorded),
        interim_en(*.computed)
    )]
    #[serde(rename = "presidium.interim_proposal_mismatch")]
    InterimProposalMismatch {
        /// The motion.
        decision: DecisionId,
        /// In the event: whether enough deputies proposed the interim session; `None` for a
        /// motion that calls none.
        recorded: Option<bool>,
        /// From the sessions' record.
        computed: Option<bool>,
    },
}

impl PresidiumError {
    /// Every code, in the order of the variants; each once.
    pub const CODES: &'static [&'static str] = &[
        "actor.forbidden",
        "presidium.not_serving",
        "presidium.size_out_of_range",
        "presidium.membership_out_of_order",
        "presidium.session_exists",
        "presidium.unknown_session",
        "presidium.session_underway",
        "presidium.date_in_past",
        "presidium.plan_for_past_year",
        "presidium.session_motion_open",
        "presidium.wrong_day",
        "presidium.administrative_post",
        "presidium.not_vice_chair",
        "presidium.delegation_running",
        "presidium.no_delegation",
        "presidium.not_an_effect",
        "presidium.future_date",
        "presidium.duplicate_meeting",
        "presidium.unknown_meeting",
        "presidium.meeting_closed",
        "presidium.already_present",
        "presidium.quorum_not_met",
        "presidium.duplicate_decision",
        "presidium.unknown_decision",
        "presidium.motion_decided",
        "presidium.not_present",
        "presidium.already_voted",
        "presidium.unknown_unit",
        "presidium.empty_motion",
        "presidium.motions_open",
        "presidium.tally_mismatch",
        "presidium.interim_proposal_mismatch",
    ];

    /// The stable code (错误代码), as the wire's `code` tag. No `_ =>`: a new variant needs a
    /// code to compile.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::Forbidden(..) => "actor.forbidden",
            Self::NotServing { .. } => "presidium.not_serving",
            Self::SizeOutOfRange { .. } => "presidium.size_out_of_range",
            Self::MembershipOutOfOrder { .. } => "presidium.membership_out_of_order",
            Self::SessionExists { .. } => "presidium.session_exists",
            Self::UnknownSession { .. } => "presidium.unknown_session",
            Self::SessionUnderway { .. } => "presidium.session_underway",
            Self::DateInPast { .. } => "presidium.date_in_past",
            Self::PlanForPastYear { .. } => "presidium.plan_for_past_year",
            Self::SessionMotionOpen { .. } => "presidium.session_motion_open",
            Self::WrongDay { .. } => "presidium.wrong_day",
            Self::AdministrativePost { .. } => "presidium.administrative_post",
            Self::NotViceChair { .. } => "presidium.not_vice_chair",
            Self::DelegationRunning { .. } => "presidium.delegation_running",
            Self::NoDelegation => "presidium.no_delegation",
            Self::NotAnEffect => "presidium.not_an_effect",
            Self::FutureDate { .. } => "presidium.future_date",
            Self::DuplicateMeeting { .. } => "presidium.duplicate_meeting",
            Self::UnknownMeeting { .. } => "presidium.unknown_meeting",
            Self::MeetingClosed { .. } => "presidium.meeting_closed",
            Self::AlreadyPresent { .. } => "presidium.already_present",
            Self::QuorumNotMet { .. } => "presidium.quorum_not_met",
            Self::DuplicateDecision { .. } => "presidium.duplicate_decision",
            Self::UnknownDecision { .. } => "presidium.unknown_decision",
            Self::MotionDecided { .. } => "presidium.motion_decided",
            Self::NotPresent { .. } => "presidium.not_present",
            Self::AlreadyVoted { .. } => "presidium.already_voted",
            Self::UnknownUnit { .. } => "presidium.unknown_unit",
            Self::EmptyMotion { .. } => "presidium.empty_motion",
            Self::MotionsOpen { .. } => "presidium.motions_open",
            Self::TallyMismatch { .. } => "presidium.tally_mismatch",
            Self::InterimProposalMismatch { .. } => "presidium.interim_proposal_mismatch",
        }
    }

    /// The article the refusal applies, when the law (or a profile) names one (法律依据).
    #[must_use]
    pub const fn citation(&self) -> Option<&Citation> {
        match self {
            Self::Forbidden(f) => Some(f.citation()),
            Self::NotServing { citation, .. }
            | Self::SessionUnderway { citation, .. }
            | Self::PlanForPastYear { citation, .. }
            | Self::NotViceChair { citation, .. }
            | Self::DelegationRunning { citation, .. }
            | Self::UnknownUnit { citation, .. } => Some(citation),
            Self::SizeOutOfRange { basis, .. }
            | Self::AdministrativePost { basis, .. }
            | Self::QuorumNotMet { basis, .. } => Some(&basis.citation),
            Self::MembershipOutOfOrder { .. }
            | Self::SessionExists { .. }
            | Self::UnknownSession { .. }
            | Self::DateInPast { .. }
            | Self::SessionMotionOpen { .. }
            | Self::WrongDay { .. }
            | Self::NoDelegation
            | Self::NotAnEffect
            | Self::FutureDate { .. }
            | Self::DuplicateMeeting { .. }
            | Self::UnknownMeeting { .. }
            | Self::MeetingClosed { .. }
            | Self::AlreadyPresent { .. }
            | Self::DuplicateDecision { .. }
            | Self::UnknownDecision { .. }
            | Self::MotionDecided { .. }
            | Self::NotPresent { .. }
            | Self::AlreadyVoted { .. }
            | Self::EmptyMotion { .. }
            | Self::MotionsOpen { .. }
            | Self::TallyMismatch { .. }
            | Self::InterimProposalMismatch { .. } => None,
        }
    }

    /// The rule with its standing (statute, a province's rule, a common-practice default),
    /// when the refusal carries one (依据).
    #[must_use]
    pub const fn basis(&self) -> Option<&Basis> {
        match self {
            Self::Forbidden(f) => Some(f.basis()),
            Self::SizeOutOfRange { basis, .. }
            | Self::AdministrativePost { basis, .. }
            | Self::QuorumNotMet { basis, .. } => Some(basis),
            Self::NotServing { .. }
            | Self::SessionUnderway { .. }
            | Self::PlanForPastYear { .. }
            | Self::NotViceChair { .. }
            | Self::DelegationRunning { .. }
            | Self::UnknownUnit { .. }
            | Self::MembershipOutOfOrder { .. }
            | Self::SessionExists { .. }
            | Self::UnknownSession { .. }
            | Self::DateInPast { .. }
            | Self::SessionMotionOpen { .. }
            | Self::WrongDay { .. }
            | Self::NoDelegation
            | Self::NotAnEffect
            | Self::FutureDate { .. }
            | Self::DuplicateMeeting { .. }
            | Self::UnknownMeeting { .. }
            | Self::MeetingClosed { .. }
            | Self::AlreadyPresent { .. }
            | Self::DuplicateDecision { .. }
            | Self::UnknownDecision { .. }
            | Self::MotionDecided { .. }
            | Self::NotPresent { .. }
            | Self::AlreadyVoted { .. }
            | Self::EmptyMotion { .. }
            | Self::MotionsOpen { .. }
            | Self::TallyMismatch { .. }
            | Self::InterimProposalMismatch { .. } => None,
        }
    }

    /// The refusal as a clerk reads it, in Chinese (中文说明).
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::ids::MeetingId;
    /// use township_congress::presidium::PresidiumError;
    ///
    /// let e = PresidiumError::MeetingClosed { meeting: MeetingId::from_u128(2) };
    /// assert_eq!(e.zh().to_string(), "主席团会议00000000-0000-0000-0000-000000000002已经结束");
    /// ```
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

/// Whether enough deputies proposed the interim session a motion calls, in English; the
/// phrasebook has the Chinese.
const fn interim_en(flag: Option<bool>) -> &'static str {
    match flag {
        Some(true) => "proposed by enough deputies",
        Some(false) => "not proposed by enough deputies",
        None => "not stated (the motion calls no interim session)",
    }
}

/// A tally in Chinese: the votes, the members, what was needed and the outcome.
fn tally_zh(t: &Tally) -> String {
    format!(
        "赞成{}票、反对{}票、弃权{}票，全体成员{}名、出席{}名，须{}票，{}（{}）",
        t.obtained,
        t.against,
        t.abstained,
        t.members,
        t.present,
        t.required,
        if t.adopted { "通过" } else { "未通过" },
        t.citation
    )
}

impl fmt::Display for Zh<'_, PresidiumError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use PresidiumError as E;
        // One arm per variant (no `_`): a new variant does not compile until it has a sentence.
        match self.0 {
            E::Forbidden(e) => e.zh().fmt(f),
            E::NotServing { .. }
            | E::SizeOutOfRange { .. }
            | E::MembershipOutOfOrder { .. }
            | E::SessionExists { .. }
            | E::UnknownSession { .. }
            | E::SessionUnderway { .. }
            | E::DateInPast { .. }
            | E::PlanForPastYear { .. }
            | E::SessionMotionOpen { .. }
            | E::AdministrativePost { .. }
            | E::NotViceChair { .. }
            | E::DelegationRunning { .. }
            | E::NoDelegation
            | E::NotAnEffect
            | E::FutureDate { .. } => zh_membership(self.0, f),
            E::WrongDay { .. }
            | E::DuplicateMeeting { .. }
            | E::UnknownMeeting { .. }
            | E::MeetingClosed { .. }
            | E::AlreadyPresent { .. }
            | E::QuorumNotMet { .. }
            | E::DuplicateDecision { .. }
            | E::UnknownDecision { .. }
            | E::MotionDecided { .. }
            | E::NotPresent { .. }
            | E::AlreadyVoted { .. }
            | E::UnknownUnit { .. }
            | E::EmptyMotion { .. }
            | E::MotionsOpen { .. }
            | E::TallyMismatch { .. }
            | E::InterimProposalMismatch { .. } => zh_meetings(self.0, f),
        }
    }
}

/// The Chinese sentence: membership, sessions moved or scheduled, the plan and delegation.
fn zh_membership(e: &PresidiumError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use PresidiumError as E;
    match e {
        E::NotServing {
            deputy,
            on,
            citation,
        } => write!(
            f,
            "只有在任代表可以担任主席团成员：代表{deputy}在{on}不在任（{citation}）"
        ),
        E::SizeOutOfRange {
            size,
            allowed,
            basis,
        } => write!(
            f,
            "主席团应为{}（含人大主席、副主席），变更后为{size}名（{}）",
            allowed.zh(),
            basis.zh()
        ),
        E::MembershipOutOfOrder { on, last } => write!(
            f,
            "{on}选出的主席团不能取代{last}选出的主席团：主席团组成按日期先后登记"
        ),
        E::SessionExists { session } => write!(
            f,
            "会议{session}已经决定召开；议题可以变更会期，不能再次决定召开"
        ),
        E::UnknownSession { session } => write!(f, "没有已决定召开的会议{session}"),
        E::SessionUnderway { session, citation } => {
            write!(f, "会议{session}已经开幕，不能再变更会期（{citation}）")
        }
        E::DateInPast { on, today } => write!(f, "会期不能定在{on}，早于今天（{today}）"),
        E::PlanForPastYear {
            year,
            current,
            citation,
        } => write!(
            f,
            "{current}年不能再批准{year}年的闭会期间工作计划：该年已经过去（{citation}）"
        ),
        E::SessionMotionOpen { session, decision } => {
            write!(f, "关于会议{session}的议题{decision}尚未表决，须先作出决定")
        }
        E::AdministrativePost {
            deputy,
            title,
            basis,
        } => write!(
            f,
            "代表{deputy}担任“{title}”行政职务，不能担任主席团成员（{}）",
            basis.zh()
        ),
        E::NotViceChair { deputy, citation } => write!(
            f,
            "代表{deputy}不是在任的副主席；主席只能委托副主席主持工作（{citation}）"
        ),
        E::DelegationRunning { citation } => {
            write!(f, "主席的委托正在进行，须先结束（{citation}）")
        }
        E::NoDelegation => f.write_str("目前没有主席的委托"),
        E::NotAnEffect => f.write_str("只有主席团组成人员可以作为会议选举的结果记载"),
        E::FutureDate { on, today } => {
            write!(f, "{on}晚于今天（{today}）：档案只记载已经发生的事实")
        }
        _ => Ok(()),
    }
}

/// The Chinese sentence: meetings, attendance, quorum, motions and their tallies.
fn zh_meetings(e: &PresidiumError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use PresidiumError as E;
    match e {
        E::WrongDay {
            meeting,
            held_on,
            today,
        } => write!(
            f,
            "主席团会议{meeting}于{held_on}举行，{today}的出席登记不计入该次会议"
        ),
        E::DuplicateMeeting { meeting } => write!(f, "主席团会议{meeting}已经存在"),
        E::UnknownMeeting { meeting } => write!(f, "没有主席团会议{meeting}"),
        E::MeetingClosed { meeting } => write!(f, "主席团会议{meeting}已经结束"),
        E::AlreadyPresent { meeting, deputy } => {
            write!(f, "代表{deputy}已登记出席主席团会议{meeting}")
        }
        E::QuorumNotMet {
            members,
            present,
            needed,
            short,
            basis,
            ..
        } => write!(
            f,
            "主席团会议须有全体成员{members}名中的{needed}名以上出席，现出席{present}名，差{short}名（{}）",
            basis.zh()
        ),
        E::DuplicateDecision { decision } => write!(f, "主席团议题{decision}已经存在"),
        E::UnknownDecision { decision } => write!(f, "没有主席团议题{decision}"),
        E::MotionDecided { decision } => {
            write!(f, "主席团议题{decision}已经作出决定，表决已经结束")
        }
        E::NotPresent { meeting, deputy } => {
            write!(f, "代表{deputy}须先登记出席主席团会议{meeting}才能表决")
        }
        E::AlreadyVoted { decision, deputy } => {
            write!(f, "代表{deputy}已对主席团议题{decision}表决，每人一票")
        }
        E::UnknownUnit { unit, citation } => {
            write!(f, "单位{unit}未登记，不能向其交办建议（{citation}）")
        }
        E::EmptyMotion { what } => write!(f, "议题中没有需要决定的{}", phrase_zh(what)),
        E::MotionsOpen { meeting, open } => write!(
            f,
            "主席团会议{meeting}还有{open}项议题的表决尚未结束，须先宣布表决结束"
        ),
        E::TallyMismatch {
            decision,
            recorded,
            computed,
        } => write!(
            f,
            "主席团议题{decision}记载的计票结果与名单不符：记载为{}，按名单应为{}",
            tally_zh(recorded),
            tally_zh(computed)
        ),
        E::InterimProposalMismatch {
            decision,
            recorded,
            computed,
        } => write!(
            f,
            "主席团议题{decision}记载临时会议{}，按记录应为{}",
            phrase_zh(interim_en(*recorded)),
            phrase_zh(interim_en(*computed))
        ),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actor::Actor;
    use crate::rulebook::{RuleField, Rulebook};
    use crate::testing::check_error_samples;

    const DEPUTY: DeputyId = DeputyId::from_u128(3);
    const SESSION: SessionId = SessionId::from_u128(9);
    const MEETING: MeetingId = MeetingId::from_u128(4);
    const DECISION: DecisionId = DecisionId::from_u128(5);

    /// The citation the samples carry.
    fn cite() -> Citation {
        Citation::organic(19, Some(1))
    }

    /// The basis the samples carry.
    fn basis() -> Basis {
        Rulebook::NATIONAL.basis(RuleField::PresidiumQuorum)
    }

    /// A day of 2026.
    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default()
    }

    /// A tally of nine members, seven present, with `obtained` votes for.
    fn tally(obtained: u32) -> Tally {
        Tally {
            members: 9,
            present: 7,
            obtained,
            against: 2,
            abstained: 7 - 2 - obtained,
            required: 5,
            margin: i64::from(obtained) - 5,
            adopted: obtained >= 5,
            citation: cite(),
        }
    }

    /// One error of every variant, in the order of [`PresidiumError::CODES`].
    fn samples() -> Vec<PresidiumError> {
        [
            membership_samples(),
            session_samples(),
            delegation_samples(),
            meeting_samples(),
        ]
        .concat()
    }

    /// Who may act and who sits on the presidium.
    fn membership_samples() -> Vec<PresidiumError> {
        use PresidiumError as E;
        vec![
            E::Forbidden(Forbidden::new(
                Actor::deputy(DEPUTY),
                "convene a presidium meeting",
                "the chair",
                cite(),
            )),
            E::NotServing {
                deputy: DEPUTY,
                on: day(3, 1),
                citation: cite(),
            },
            E::SizeOutOfRange {
                size: 12,
                allowed: SizeBounds {
                    min: Some(5),
                    max: Some(9),
                },
                basis: basis(),
            },
            E::MembershipOutOfOrder {
                on: day(2, 1),
                last: day(3, 1),
            },
        ]
    }

    /// Sessions the presidium schedules or moves, its recess plan, attendance on another day.
    fn session_samples() -> Vec<PresidiumError> {
        use PresidiumError as E;
        vec![
            E::SessionExists { session: SESSION },
            E::UnknownSession { session: SESSION },
            E::SessionUnderway {
                session: SESSION,
                citation: cite(),
            },
            E::DateInPast {
                on: day(2, 1),
                today: day(3, 1),
            },
            E::PlanForPastYear {
                year: 2025,
                current: 2026,
                citation: cite(),
            },
            E::SessionMotionOpen {
                session: SESSION,
                decision: DECISION,
            },
            E::WrongDay {
                meeting: MEETING,
                held_on: day(3, 2),
                today: day(3, 1),
            },
        ]
    }

    /// Administrative posts, the chair's delegation of work, effects and dates.
    fn delegation_samples() -> Vec<PresidiumError> {
        use PresidiumError as E;
        vec![
            E::AdministrativePost {
                deputy: DEPUTY,
                title: "副乡长".into(),
                basis: basis(),
            },
            E::NotViceChair {
                deputy: DEPUTY,
                citation: cite(),
            },
            E::DelegationRunning { citation: cite() },
            E::NoDelegation,
            E::NotAnEffect,
            E::FutureDate {
                on: day(3, 2),
                today: day(3, 1),
            },
        ]
    }

    /// Meetings, their attendance and the motions put to them.
    fn meeting_samples() -> Vec<PresidiumError> {
        use PresidiumError as E;
        vec![
            E::DuplicateMeeting { meeting: MEETING },
            E::UnknownMeeting { meeting: MEETING },
            E::MeetingClosed { meeting: MEETING },
            E::AlreadyPresent {
                meeting: MEETING,
                deputy: DEPUTY,
            },
            E::QuorumNotMet {
                meeting: MEETING,
                members: 9,
                present: 4,
                needed: 5,
                short: 1,
                basis: basis(),
            },
            E::DuplicateDecision { decision: DECISION },
            E::UnknownDecision { decision: DECISION },
            E::MotionDecided { decision: DECISION },
            E::NotPresent {
                meeting: MEETING,
                deputy: DEPUTY,
            },
            E::AlreadyVoted {
                decision: DECISION,
                deputy: DEPUTY,
            },
            E::UnknownUnit {
                unit: UnitId::from_u128(6),
                citation: cite(),
            },
            E::EmptyMotion {
                what: "suggestions",
            },
            E::MotionsOpen {
                meeting: MEETING,
                open: 2,
            },
            E::TallyMismatch {
                decision: DECISION,
                recorded: Box::new(tally(5)),
                computed: Box::new(tally(4)),
            },
            E::InterimProposalMismatch {
                decision: DECISION,
                recorded: Some(true),
                computed: Some(false),
            },
        ]
    }

    #[test]
    fn every_variant_has_its_code_its_wire_tag_and_both_sentences() {
        let rendered: Vec<_> = samples()
            .iter()
            .map(|e| {
                let value = serde_json::to_value(e).unwrap_or_default();
                let citation = e.citation().map(ToString::to_string);
                (e.code(), value, e.to_string(), e.zh().to_string(), citation)
            })
            .collect();
        check_error_samples(PresidiumError::CODES, "presidium.", &rendered);
    }

    #[test]
    fn an_edited_tally_reads_in_words_not_as_data() {
        let Some(e) = samples()
            .into_iter()
            .find(|e| e.code() == "presidium.tally_mismatch")
        else {
            panic!("no tally sample");
        };
        let (en, zh) = (e.to_string(), e.zh().to_string());
        assert!(!en.contains("Tally") && !en.contains('{'), "{en}");
        assert!(en.contains("recorded 5 for, 2 against, 0 abstaining of 9 members (7 present), 5 needed: adopted"), "{en}");
        assert!(
            zh.contains("记载为赞成5票、反对2票、弃权0票，全体成员9名、出席7名，须5票，通过"),
            "{zh}"
        );
        assert!(zh.contains("按名单应为赞成4票、反对2票、弃权1票"), "{zh}");
    }
}
