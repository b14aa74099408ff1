//! Why a proposal command was refused (议案建议错误), as data: a stable code per rule, the
//! numbers as fields, the citation, an English sentence and a Chinese one.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::Serialize;

use super::ProposalKind;
use crate::actor::Actor;
use crate::ids::{DecisionId, DeputyId, InquiryId, ItemId, ProposalId, SessionId, UnitId};
use crate::label::Words;
use crate::label::{Label, Zh};
use crate::roster::{Officeholder, Post};
use crate::rulebook::{Basis, Citation};

/// What someone tried to do to a proposal (行为).
#[doc(alias = "行为")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Act {
    /// Draft a proposal (起草).
    Draft,
    /// Sign a joint proposal (联名).
    Sign,
    /// Lodge it with the presidium (提出).
    Submit,
    /// Set the deadline for bills (确定议案截止时间).
    SetDeadline,
    /// Decide whether a bill is listed (决定是否列入议程).
    DecideListing,
    /// Put a bill on the agenda (提请审议).
    PutOnAgenda,
    /// Vote on a bill (表决).
    Vote,
    /// Ask to withdraw a bill (要求撤回).
    RequestWithdrawal,
    /// Consent to a bill's withdrawal (同意撤回).
    ConsentToWithdrawal,
    /// Report a resolution's implementation (报告决议执行情况).
    ReportImplementation,
    /// Ask an inquiry (询问).
    Ask,
    /// Answer an inquiry (说明).
    AnswerInquiry,
    /// Merge suggestions (并案).
    Merge,
    /// Hand suggestions over (交办).
    HandOver,
    /// Mark a suggestion complex (延长办理期限).
    MarkComplex,
    /// Mark a suggestion for priority supervision (重点督办).
    MarkPriority,
    /// Send a co-unit's views (协办意见).
    SendViews,
    /// Return a suggestion handed over by mistake (退回).
    Return,
    /// Record contact with a deputy (面商).
    Contact,
    /// Reply to a suggestion (答复).
    Reply,
    /// Rate a reply (测评).
    Rate,
    /// Report a follow-up resolved (跟踪办结).
    ResolveFollowUp,
    /// Decide how an interpellation is answered (决定答复方式).
    DecideAnswerMode,
    /// Answer an interpellation (答复质询).
    Answer,
    /// Say whether an answer satisfies (表示是否满意).
    RateAnswer,
    /// Withdraw an interpellation (撤回质询案).
    Withdraw,
    /// Record a recall target's defence (申辩).
    Defend,
    /// Put a recall to the plenary (提请大会表决).
    PutToVote,
    /// Record the tellers' count (计票).
    Count,
    /// Record the year's working calendar (工作日历).
    RecordCalendar,
}

impl fmt::Display for Act {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Draft => "draft a proposal",
            Self::Sign => "sign a joint proposal",
            Self::Submit => "lodge a proposal",
            Self::SetDeadline => "set the deadline for bills",
            Self::DecideListing => "decide whether a bill is listed",
            Self::PutOnAgenda => "put a bill on the agenda",
            Self::Vote => "vote on a bill",
            Self::RequestWithdrawal => "ask to withdraw a bill",
            Self::ConsentToWithdrawal => "consent to a bill's withdrawal",
            Self::ReportImplementation => "report a resolution's implementation",
            Self::Ask => "put an inquiry",
            Self::AnswerInquiry => "answer an inquiry",
            Self::Merge => "merge suggestions",
            Self::HandOver => "hand a suggestion over",
            Self::MarkComplex => "mark a suggestion complex",
            Self::MarkPriority => "mark a suggestion for priority supervision",
            Self::SendViews => "send a co-unit's views",
            Self::Return => "return a suggestion",
            Self::Contact => "record contact with a deputy",
            Self::Reply => "reply to a suggestion",
            Self::Rate => "rate a reply",
            Self::ResolveFollowUp => "report a follow-up resolved",
            Self::DecideAnswerMode => "decide how an interpellation is answered",
            Self::Answer => "answer an interpellation",
            Self::RateAnswer => "say whether an answer satisfies",
            Self::Withdraw => "withdraw an interpellation",
            Self::Defend => "record a defence",
            Self::PutToVote => "put a recall to the vote",
            Self::Count => "record the tellers' count",
            Self::RecordCalendar => "record the working calendar",
        })
    }
}

impl Label for Act {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Draft => "起草",
            Self::Sign => "联名",
            Self::Submit => "提出",
            Self::SetDeadline => "确定议案截止时间",
            Self::DecideListing => "决定是否列入大会议程",
            Self::PutOnAgenda => "提请大会审议",
            Self::Vote => "表决议案",
            Self::RequestWithdrawal => "要求撤回议案",
            Self::ConsentToWithdrawal => "同意撤回议案",
            Self::ReportImplementation => "报告决议执行情况",
            Self::Ask => "提出询问",
            Self::AnswerInquiry => "回答询问",
            Self::Merge => "并案",
            Self::HandOver => "交办建议",
            Self::MarkComplex => "延长办理期限",
            Self::MarkPriority => "确定重点督办",
            Self::SendViews => "提出协办意见",
            Self::Return => "退回交办",
            Self::Contact => "面商",
            Self::Reply => "答复建议",
            Self::Rate => "测评答复",
            Self::ResolveFollowUp => "报告跟踪办结",
            Self::DecideAnswerMode => "决定质询案答复方式",
            Self::Answer => "答复质询案",
            Self::RateAnswer => "表示对答复是否满意",
            Self::Withdraw => "撤回质询案",
            Self::Defend => "提出申辩意见",
            Self::PutToVote => "提请大会表决",
            Self::Count => "计票",
            Self::RecordCalendar => "登记工作日历",
        }
    }
}

/// Who the law allows to act (有权主体).
#[doc(alias = "有权主体")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// A serving deputy, in person.
    Deputy,
    /// A deputy, the presidium or the township government, as the proposal allows.
    Proposer,
    /// The deputy who drafted a joint proposal (领衔人), or the body that proposed it.
    LeadSponsor,
    /// A signer of the proposal, or congress staff.
    SignerOrStaff,
    /// A deputy who sponsored the suggestion.
    Sponsor,
    /// A deputy who signed the interpellation.
    Signer,
    /// The presidium.
    Presidium,
    /// The township government.
    Government,
    /// The unit a suggestion was handed to.
    LeadUnit,
    /// A unit handling the suggestion, lead or co-unit.
    HandlingUnit,
    /// A unit named to help with the suggestion.
    CoUnit,
    /// The body questioned.
    TargetBody,
    /// The organ asked.
    Organ,
    /// The officer whose recall is moved, or congress staff recording the defence.
    TargetOrStaff,
    /// Congress staff (the tellers, the clerk).
    Staff,
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Deputy => "a serving deputy, in person",
            Self::Proposer => "a deputy or a body the law lets propose it",
            Self::LeadSponsor => "the lead sponsor",
            Self::SignerOrStaff => "one of its signers or congress staff",
            Self::Sponsor => "a deputy who sponsored it",
            Self::Signer => "a deputy who signed it",
            Self::Presidium => "the presidium",
            Self::Government => "the township government",
            Self::LeadUnit => "the lead unit it was handed to",
            Self::HandlingUnit => "a unit handling it",
            Self::CoUnit => "a co-unit named at handover",
            Self::TargetBody => "the body questioned",
            Self::Organ => "the organ asked",
            Self::TargetOrStaff => "the officer concerned or congress staff",
            Self::Staff => "congress staff",
        })
    }
}

impl Label for Role {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Deputy => "在任代表本人",
            Self::Proposer => "依法有权提出的代表或机关",
            Self::LeadSponsor => "领衔人",
            Self::SignerOrStaff => "联名代表或人大干事",
            Self::Sponsor => "提出建议的代表",
            Self::Signer => "提出质询案的代表",
            Self::Presidium => "主席团",
            Self::Government => "乡镇人民政府",
            Self::LeadUnit => "主办单位",
            Self::HandlingUnit => "承办单位",
            Self::CoUnit => "协办单位",
            Self::TargetBody => "受质询机关",
            Self::Organ => "被询问机关",
            Self::TargetOrStaff => "被提出罢免的人员或人大干事",
            Self::Staff => "人大干事",
        }
    }
}

/// Where a proposal stands, across the lifecycles (阶段).
#[doc(alias = "阶段")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Stage {
    /// Collecting signatures (联名中).
    Draft,
    /// Lodged, not yet decided on (已提出).
    Submitted,
    /// Listed on the agenda (已列入议程).
    Listed,
    /// Not listed (未列入议程).
    NotListed,
    /// Withdrawn (已撤回).
    Withdrawn,
    /// Adopted as a resolution (已通过).
    Adopted,
    /// Voted down (未通过).
    Rejected,
    /// Filed, awaiting handover (待交办).
    Filed,
    /// Merged into another suggestion (已并案).
    Merged,
    /// Handed over, awaiting the reply (办理中).
    HandedOver,
    /// Replied (已答复).
    Replied,
    /// Re-handled after an unsatisfied rating (重新办理中).
    Rehandling,
    /// Closed (已办结).
    Closed,
    /// The answer mode decided, awaiting the answer (待答复).
    ModeDecided,
    /// Answered (已答复).
    Answered,
    /// A second answer is due (须再作答复).
    SecondAnswerDue,
    /// Still unsatisfied after the second answer (再次答复仍不满意).
    Unresolved,
    /// Put to the plenary's vote (已提请表决).
    PutToVote,
    /// Recalled (罢免案通过).
    Passed,
    /// Not recalled (罢免案未通过).
    Failed,
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
            Self::Listed => "listed",
            Self::NotListed => "not listed",
            Self::Withdrawn => "withdrawn",
            Self::Adopted => "adopted",
            Self::Rejected => "rejected",
            Self::Filed => "filed, awaiting handover",
            Self::Merged => "merged",
            Self::HandedOver => "handed over",
            Self::Replied => "replied",
            Self::Rehandling => "being re-handled",
            Self::Closed => "closed",
            Self::ModeDecided => "awaiting its answer",
            Self::Answered => "answered",
            Self::SecondAnswerDue => "awaiting a second answer",
            Self::Unresolved => "unresolved after a second answer",
            Self::PutToVote => "put to the vote",
            Self::Passed => "passed",
            Self::Failed => "failed",
        })
    }
}

impl Label for Stage {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Draft => "联名中",
            Self::Submitted => "已提出",
            Self::Listed => "已列入大会议程",
            Self::NotListed => "未列入大会议程",
            Self::Withdrawn => "已撤回",
            Self::Adopted => "已通过",
            Self::Rejected => "未通过",
            Self::Filed => "待交办",
            Self::Merged => "已并案",
            Self::HandedOver => "办理中",
            Self::Replied => "已答复",
            Self::Rehandling => "重新办理中",
            Self::Closed => "已办结",
            Self::ModeDecided => "待答复",
            Self::Answered => "已答复",
            Self::SecondAnswerDue => "须再作答复",
            Self::Unresolved => "再次答复仍不满意",
            Self::PutToVote => "已提请大会表决",
            Self::Passed => "罢免案通过",
            Self::Failed => "罢免案未通过",
        }
    }
}

/// A text a proposal must carry (必备内容).
#[doc(alias = "必备内容")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(rename = "ProposalTextField")]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TextField {
    /// A title (标题).
    Title,
    /// A bill's subject (案由).
    Subject,
    /// A bill's grounds (案据).
    Grounds,
    /// A bill's proposal (方案).
    Plan,
    /// A suggestion's content (内容).
    Content,
    /// An interpellation's or inquiry's question (问题).
    Question,
    /// A recall's reasons (罢免理由).
    Reasons,
    /// An answer or a reply (答复).
    Answer,
    /// The name of the responsible person who answers (负责人).
    Responsible,
    /// A reason (理由).
    Reason,
    /// A leader's name (督办领导).
    Leader,
    /// A summary (情况).
    Summary,
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Title => "a title",
            Self::Subject => "a subject",
            Self::Grounds => "grounds",
            Self::Plan => "a proposal",
            Self::Content => "a content",
            Self::Question => "a question",
            Self::Reasons => "reasons",
            Self::Answer => "an answer",
            Self::Responsible => "the responsible person's name",
            Self::Reason => "a reason",
            Self::Leader => "a leader's name",
            Self::Summary => "a summary",
        })
    }
}

impl Label for TextField {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Title => "标题",
            Self::Subject => "案由",
            Self::Grounds => "案据",
            Self::Plan => "方案",
            Self::Content => "内容",
            Self::Question => "质询或询问的问题",
            Self::Reasons => "罢免理由",
            Self::Answer => "答复内容",
            Self::Responsible => "负责人姓名",
            Self::Reason => "理由",
            Self::Leader => "督办领导",
            Self::Summary => "情况说明",
        }
    }
}

/// A figure an event carries that the record must reproduce (核对项).
#[doc(alias = "核对项")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Figure {
    /// The signers counted at submission.
    Signers,
    /// The signatures required.
    Required,
    /// The session a proposal was lodged in.
    Session,
    /// The answer or reply round.
    Round,
    /// Whether a defence is circulated.
    Circulated,
    /// The tellers' figures and outcome.
    Count,
    /// The signing deputy.
    Deputy,
    /// The acting unit.
    Unit,
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Signers => "signers counted",
            Self::Required => "signatures required",
            Self::Session => "session",
            Self::Round => "round",
            Self::Circulated => "circulation",
            Self::Count => "count",
            Self::Deputy => "deputy",
            Self::Unit => "unit",
        })
    }
}

impl Label for Figure {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Signers => "计入的联名代表",
            Self::Required => "所需联名人数",
            Self::Session => "会议",
            Self::Round => "轮次",
            Self::Circulated => "是否印发",
            Self::Count => "计票结果",
            Self::Deputy => "代表",
            Self::Unit => "单位",
        }
    }
}

/// A mark the presidium puts on a suggestion once (标记).
#[doc(alias = "标记")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// Complex: the longer reply period (情况复杂).
    Complex,
    /// Priority supervision (重点督办).
    Priority,
}

impl fmt::Display for Mark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Complex => "complex",
            Self::Priority => "for priority supervision",
        })
    }
}

impl Label for Mark {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Complex => "情况复杂、延长办理期限",
            Self::Priority => "重点督办",
        }
    }
}

/// A proposal command or event that breaks a rule (议案建议错误). Nothing changes when one is
/// returned.
///
/// On the wire it is an object tagged by `code` (`"proposal.too_few_signers"`), with the
/// numbers as fields and the citation; [`ProposalError::code`] gives the same code,
/// `to_string()` the English sentence and [`ProposalError::zh`] the Chinese one.
///
/// # Examples
///
/// ```
/// use township_congress::ids::ProposalId;
/// use township_congress::proposal::ProposalError;
/// use township_congress::rulebook::{Basis, Citation};
///
/// let e = ProposalError::TooFewSigners {
///     proposal: ProposalId::from_u128(1),
///     needed: 5,
///     got: 4,
///     short: 1,
///     basis: Basis::statute(Citation::organic(22, Some(2))),
/// };
/// assert_eq!(e.code(), "proposal.too_few_signers");
/// assert_eq!(serde_json::to_value(&e)?["code"], "proposal.too_few_signers");
/// assert_eq!(
///     e.to_string(),
///     "proposal 00000000-0000-0000-0000-000000000001 needs at least 5 serving deputies' signatures, it has 4: short by 1 (组织法2022 第二十二条第二款)"
/// );
/// assert_eq!(e.zh().to_string(), "须有5名以上在任代表联名，现有4名，差1名（组织法2022 第二十二条第二款）");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "议案建议错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum ProposalError {
    /// The actor may not do this.
    #[error("{actor} may not {act}: only {allowed} may ({citation})")]
    #[serde(rename = "proposal.forbidden")]
    Forbidden {
        /// Who tried.
        actor: Actor,
        /// What they tried.
        act: Act,
        /// Who may.
        allowed: Role,
        /// The rule.
        citation: Citation,
    },
    /// No proposal has this id.
    #[error("no proposal {proposal} is on record")]
    #[serde(rename = "proposal.unknown_proposal")]
    UnknownProposal {
        /// The id.
        proposal: ProposalId,
    },
    /// A proposal id is used a second time.
    #[error("proposal {proposal} already exists; a new proposal needs a new id")]
    #[serde(rename = "proposal.duplicate_proposal")]
    DuplicateProposal {
        /// The id.
        proposal: ProposalId,
    },
    /// The proposal is of another kind than the command needs.
    #[error("proposal {proposal} is a {found}, not a {expected}")]
    #[serde(rename = "proposal.wrong_kind")]
    WrongKind {
        /// The id.
        proposal: ProposalId,
        /// The kind the command needs.
        expected: ProposalKind,
        /// The kind on record.
        found: ProposalKind,
    },
    /// The proposal's stage does not allow the act.
    #[error("cannot {act} while {kind} {proposal} is {stage} ({citation})")]
    #[serde(rename = "proposal.illegal_transition")]
    IllegalTransition {
        /// The proposal.
        proposal: ProposalId,
        /// Its kind.
        kind: ProposalKind,
        /// Where it stands.
        stage: Stage,
        /// What was tried.
        act: Act,
        /// The rule that orders the steps.
        citation: Citation,
    },
    /// A deputy acts, or is named, on a day they are not serving.
    #[error("deputy {deputy} is not serving on {on} and cannot act as a deputy ({citation})")]
    #[serde(rename = "proposal.not_serving")]
    NotServing {
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
        /// The rule.
        citation: Citation,
    },
    /// A deputy signs a proposal a second time.
    #[error("deputy {deputy} has already signed proposal {proposal}: one signature each")]
    #[serde(rename = "proposal.already_signed")]
    AlreadySigned {
        /// The proposal.
        proposal: ProposalId,
        /// The deputy.
        deputy: DeputyId,
    },
    /// Too few serving deputies signed.
    #[error(
        "proposal {proposal} needs at least {needed} serving deputies' signatures, it has {got}: short by {short} ({basis})"
    )]
    #[serde(rename = "proposal.too_few_signers")]
    TooFewSigners {
        /// The proposal.
        proposal: ProposalId,
        /// Signatures needed on the day.
        needed: u32,
        /// Signers serving on the day.
        got: u32,
        /// `needed - got`.
        short: u32,
        /// The rule.
        basis: Basis,
    },
    /// A text the proposal must carry is blank.
    #[error("the text needs {field}; it is blank ({citation})")]
    #[serde(rename = "proposal.empty_text")]
    EmptyText {
        /// Which text.
        field: TextField,
        /// The rule.
        citation: Citation,
    },
    /// The act needs the session to be sitting.
    #[error(
        "session {session} is not sitting on {on}; this is done only while it sits ({citation})"
    )]
    #[serde(rename = "proposal.not_in_session")]
    NotInSession {
        /// The session.
        session: SessionId,
        /// The day.
        on: NaiveDate,
        /// The rule.
        citation: Citation,
    },
    /// No session has this id.
    #[error("no session {session} is on record")]
    #[serde(rename = "proposal.unknown_session")]
    UnknownSession {
        /// The session.
        session: SessionId,
    },
    /// The session has closed.
    #[error("session {session} has closed ({citation})")]
    #[serde(rename = "proposal.session_closed")]
    SessionClosed {
        /// The session.
        session: SessionId,
        /// The rule.
        citation: Citation,
    },
    /// A bill filed after the presidium's deadline.
    #[error(
        "bills for session {session} were due by {deadline}, the presidium's deadline; this one is filed at {at} ({citation})"
    )]
    #[serde(rename = "proposal.past_bill_deadline")]
    PastBillDeadline {
        /// The session.
        session: SessionId,
        /// The deadline.
        deadline: DateTime<Utc>,
        /// When it was filed.
        at: DateTime<Utc>,
        /// The rule.
        citation: Citation,
    },
    /// A bill deadline set in the past.
    #[error("a deadline for bills cannot be {deadline}, before now ({at})")]
    #[serde(rename = "proposal.deadline_in_past")]
    DeadlineInPast {
        /// The session.
        session: SessionId,
        /// The deadline asked for.
        deadline: DateTime<Utc>,
        /// Now.
        at: DateTime<Utc>,
    },
    /// A unit the roster does not know.
    #[error("no unit {unit} is registered ({citation})")]
    #[serde(rename = "proposal.unknown_unit")]
    UnknownUnit {
        /// The unit.
        unit: UnitId,
        /// The rule.
        citation: Citation,
    },
    /// An interpellation addressed to a unit where only the government may be.
    #[error(
        "an interpellation is addressed to the township government, not to unit {unit} ({basis})"
    )]
    #[serde(rename = "proposal.unit_target_not_allowed")]
    UnitTargetNotAllowed {
        /// The unit named.
        unit: UnitId,
        /// The rule.
        basis: Basis,
    },
    /// The officer named does not hold the post that day.
    #[error("{holder} does not hold the post of {post} on {on} ({citation})")]
    #[serde(rename = "proposal.not_in_office")]
    NotInOffice {
        /// The post.
        post: Post,
        /// Who was named.
        holder: Officeholder,
        /// The day.
        on: NaiveDate,
        /// The rule.
        citation: Citation,
    },
    /// Another presidium motion on the proposal is still open.
    #[error("presidium motion {decision} on proposal {proposal} is still open; decide it first")]
    #[serde(rename = "proposal.motion_open")]
    MotionOpen {
        /// The proposal.
        proposal: ProposalId,
        /// The open motion.
        decision: DecisionId,
    },
    /// A bill put on a session's agenda without being listed for it.
    #[error(
        "bill {proposal} is not listed on the agenda of session {session}: the presidium lists it first ({citation})"
    )]
    #[serde(rename = "proposal.bill_not_listed")]
    BillNotListed {
        /// The bill.
        proposal: ProposalId,
        /// The session.
        session: SessionId,
        /// The rule.
        citation: Citation,
    },
    /// A bill put on the agenda a second time.
    #[error("bill {proposal} is already on the agenda as item {item}")]
    #[serde(rename = "proposal.bill_already_on_agenda")]
    BillAlreadyOnAgenda {
        /// The bill.
        proposal: ProposalId,
        /// Its item.
        item: ItemId,
    },
    /// A vote on a withdrawn bill.
    #[error("bill {proposal} was withdrawn; its deliberation has ended ({citation})")]
    #[serde(rename = "proposal.bill_withdrawn")]
    BillWithdrawn {
        /// The bill.
        proposal: ProposalId,
        /// The rule.
        citation: Citation,
    },
    /// A withdrawal once voting has begun.
    #[error(
        "bill {proposal} is being voted on as item {item}; it may be withdrawn only before it is put to the vote ({citation})"
    )]
    #[serde(rename = "proposal.vote_under_way")]
    VoteUnderWay {
        /// The bill.
        proposal: ProposalId,
        /// Its item.
        item: ItemId,
        /// The rule.
        citation: Citation,
    },
    /// Consent to a withdrawal nobody asked for.
    #[error(
        "nobody asked to withdraw bill {proposal}; the presidium consents to a request ({citation})"
    )]
    #[serde(rename = "proposal.withdrawal_not_requested")]
    WithdrawalNotRequested {
        /// The bill.
        proposal: ProposalId,
        /// The rule.
        citation: Citation,
    },
    /// An implementation reported at the session that adopted the resolution.
    #[error(
        "the implementation of resolution {proposal} is reported at a later session than session {session}, which adopted it"
    )]
    #[serde(rename = "proposal.report_at_same_session")]
    ReportAtSameSession {
        /// The resolution's bill.
        proposal: ProposalId,
        /// The session that adopted it.
        session: SessionId,
    },
    /// A sponsor or signer rates the same round twice.
    #[error("deputy {deputy} has already rated round {round} of proposal {proposal}: once each")]
    #[serde(rename = "proposal.already_rated")]
    AlreadyRated {
        /// The proposal.
        proposal: ProposalId,
        /// The deputy.
        deputy: DeputyId,
        /// The round.
        round: u32,
    },
    /// A category not in the rulebook's list.
    #[error("`{category}` is not a suggestion category here ({basis})")]
    #[serde(rename = "proposal.unknown_category")]
    UnknownCategory {
        /// The category given.
        category: String,
        /// The rule.
        basis: Basis,
    },
    /// A result class not in the rulebook's list.
    #[error("`{class}` is not a result class here ({basis})")]
    #[serde(rename = "proposal.unknown_result_class")]
    UnknownResultClass {
        /// The class given.
        class: String,
        /// The rule.
        basis: Basis,
    },
    /// A return after the window.
    #[error(
        "suggestion {proposal} was handed over on {handed_over_on}; it may be returned until {last_day}, not on {today} ({basis})"
    )]
    #[serde(rename = "proposal.return_window_closed")]
    ReturnWindowClosed {
        /// The suggestion.
        proposal: ProposalId,
        /// The handover.
        handed_over_on: NaiveDate,
        /// The last day to return it.
        last_day: NaiveDate,
        /// The day of the attempt.
        today: NaiveDate,
        /// The rule.
        basis: Basis,
    },
    /// Contact recorded with a deputy who is not a sponsor.
    #[error("deputy {deputy} is not a sponsor of suggestion {proposal} ({citation})")]
    #[serde(rename = "proposal.not_a_sponsor")]
    NotASponsor {
        /// The suggestion.
        proposal: ProposalId,
        /// The deputy.
        deputy: DeputyId,
        /// The rule.
        citation: Citation,
    },
    /// A suggestion marked twice.
    #[error("suggestion {proposal} is already marked {mark}")]
    #[serde(rename = "proposal.already_marked")]
    AlreadyMarked {
        /// The suggestion.
        proposal: ProposalId,
        /// The mark.
        mark: Mark,
    },
    /// A complex mark after the ordinary period ran out.
    #[error(
        "suggestion {proposal} was due on {due_on}; the longer period for complex items is granted before that, not on {today} ({citation})"
    )]
    #[serde(rename = "proposal.complex_after_deadline")]
    ComplexAfterDeadline {
        /// The suggestion.
        proposal: ProposalId,
        /// The ordinary due date.
        due_on: NaiveDate,
        /// The day of the attempt.
        today: NaiveDate,
        /// The rule.
        citation: Citation,
    },
    /// A suggestion merged into itself.
    #[error("suggestion {proposal} cannot be merged into itself")]
    #[serde(rename = "proposal.merge_into_itself")]
    MergeIntoItself {
        /// The suggestion.
        proposal: ProposalId,
    },
    /// An interpellation answered after the session where no deferral is allowed, or late.
    #[error(
        "interpellation {proposal} belongs to session {session}, closed on {closed_on}; {} ({basis})",
        answer_window(.last_day)
    )]
    #[serde(rename = "proposal.answer_after_session")]
    AnswerAfterSession {
        /// The interpellation.
        proposal: ProposalId,
        /// Its session.
        session: SessionId,
        /// When it closed.
        closed_on: NaiveDate,
        /// The last day allowed, if the rulebook defers answers at all.
        last_day: Option<NaiveDate>,
        /// The rule.
        basis: Basis,
    },
    /// Too few deputies present for the recall vote.
    #[error(
        "the vote needs {needed} of all {all_deputies} deputies present, {present} are: short by {short} ({citation})"
    )]
    #[serde(rename = "proposal.quorum_not_met")]
    QuorumNotMet {
        /// Present deputies needed.
        needed: u32,
        /// Present.
        present: u32,
        /// All deputies.
        all_deputies: u32,
        /// `needed - present`.
        short: u32,
        /// The rule.
        citation: Citation,
    },
    /// The marks on the ballots do not add up to the ballots returned.
    #[error(
        "{returned} ballots were returned but {marked} carry a mark (for, against, abstain): each returned ballot counts once"
    )]
    #[serde(rename = "proposal.ballots_do_not_add_up")]
    BallotsDoNotAddUp {
        /// Ballots returned.
        returned: u32,
        /// For + against + abstain.
        marked: u32,
    },
    /// A void round recorded when the ballots returned do not exceed those issued.
    #[error("{returned} ballots returned of {issued} issued is a valid round, not a void one")]
    #[serde(rename = "proposal.not_void")]
    NotVoid {
        /// Ballots issued.
        issued: u32,
        /// Ballots returned.
        returned: u32,
    },
    /// A figure an event carries is not the one the record gives (an edited log).
    #[error("the {what} recorded is {recorded}, the record gives {computed}")]
    #[serde(rename = "proposal.mismatch")]
    Mismatch {
        /// What differs.
        what: Figure,
        /// As recorded, in words.
        recorded: Box<Words>,
        /// As the record gives it, in words.
        computed: Box<Words>,
    },
    /// An event that only another aggregate's event entails, stated on its own.
    #[error("`{event}` is recorded only as the effect of the decision or vote that entails it")]
    #[serde(rename = "proposal.only_as_effect")]
    OnlyAsEffect {
        /// The event's kind.
        event: &'static str,
    },
    /// An event given as an effect that no decision or vote entails.
    #[error("`{event}` is not an effect of another aggregate's event")]
    #[serde(rename = "proposal.not_an_effect")]
    NotAnEffect {
        /// The event's kind.
        event: &'static str,
    },
    /// A year's calendar recorded twice.
    #[error("the working calendar of {year} is already on record")]
    #[serde(rename = "proposal.calendar_recorded")]
    CalendarRecorded {
        /// The year.
        year: i32,
    },
    /// A calendar date outside its year, or both a holiday and a working day.
    #[error(
        "{date} cannot be in the calendar of {year} as given: outside the year, or both a holiday and a working day"
    )]
    #[serde(rename = "proposal.calendar_date")]
    CalendarDate {
        /// The date.
        date: NaiveDate,
        /// The calendar's year.
        year: i32,
    },
    /// No inquiry has this id.
    #[error("no inquiry {inquiry} is on record")]
    #[serde(rename = "proposal.unknown_inquiry")]
    UnknownInquiry {
        /// The id.
        inquiry: InquiryId,
    },
    /// An inquiry id used a second time.
    #[error("inquiry {inquiry} already exists")]
    #[serde(rename = "proposal.duplicate_inquiry")]
    DuplicateInquiry {
        /// The id.
        inquiry: InquiryId,
    },
    /// An inquiry answered a second time.
    #[error("inquiry {inquiry} has already been answered")]
    #[serde(rename = "proposal.inquiry_answered")]
    InquiryAnswered {
        /// The id.
        inquiry: InquiryId,
    },
    /// The agenda item is unknown, closed, or not a bill or report under deliberation.
    #[error(
        "item {item} of session {session} is not a bill or report under deliberation ({citation})"
    )]
    #[serde(rename = "proposal.item_not_open")]
    ItemNotOpen {
        /// The session.
        session: SessionId,
        /// The item.
        item: ItemId,
        /// The rule.
        citation: Citation,
    },
    /// A deputy not registered present at the session.
    #[error("deputy {deputy} is not registered present at session {session}")]
    #[serde(rename = "proposal.not_present")]
    NotPresent {
        /// The deputy.
        deputy: DeputyId,
        /// The session.
        session: SessionId,
    },
}

/// When an answer after the session's close is still in time.
fn answer_window(last_day: &Option<NaiveDate>) -> String {
    match last_day {
        Some(last) => format!("it may be answered afterwards until {last}"),
        None => "it is answered while the session sits".to_owned(),
    }
}

impl ProposalError {
    /// Every code, in the order of the variants.
    pub const CODES: &'static [&'static str] = &[
        "proposal.forbidden",
        "proposal.unknown_proposal",
        "proposal.duplicate_proposal",
        "proposal.wrong_kind",
        "proposal.illegal_transition",
        "proposal.not_serving",
        "proposal.already_signed",
        "proposal.too_few_signers",
        "proposal.empty_text",
        "proposal.not_in_session",
        "proposal.unknown_session",
        "proposal.session_closed",
        "proposal.past_bill_deadline",
        "proposal.deadline_in_past",
        "proposal.unknown_unit",
        "proposal.unit_target_not_allowed",
        "proposal.not_in_office",
        "proposal.motion_open",
        "proposal.bill_not_listed",
        "proposal.bill_already_on_agenda",
        "proposal.bill_withdrawn",
        "proposal.vote_under_way",
        "proposal.withdrawal_not_requested",
        "proposal.report_at_same_session",
        "proposal.already_rated",
        "proposal.unknown_category",
        "proposal.unknown_result_class",
        "proposal.return_window_closed",
        "proposal.not_a_sponsor",
        "proposal.already_marked",
        "proposal.complex_after_deadline",
        "proposal.merge_into_itself",
        "proposal.answer_after_session",
        "proposal.quorum_not_met",
        "proposal.ballots_do_not_add_up",
        "proposal.not_void",
        "proposal.mismatch",
        "proposal.only_as_effect",
        "proposal.not_an_effect",
        "proposal.calendar_recorded",
        "proposal.calendar_date",
        "proposal.unknown_inquiry",
        "proposal.duplicate_inquiry",
        "proposal.inquiry_answered",
        "proposal.item_not_open",
        "proposal.not_present",
    ];

    /// The stable code (错误代码), as the wire's `code` tag.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::Forbidden { .. } => "proposal.forbidden",
            Self::UnknownProposal { .. } => "proposal.unknown_proposal",
            Self::DuplicateProposal { .. } => "proposal.duplicate_proposal",
            Self::WrongKind { .. } => "proposal.wrong_kind",
            Self::IllegalTransition { .. } => "proposal.illegal_transition",
            Self::NotServing { .. } => "proposal.not_serving",
            Self::AlreadySigned { .. } => "proposal.already_signed",
            Self::TooFewSigners { .. } => "proposal.too_few_signers",
            Self::EmptyText { .. } => "proposal.empty_text",
            Self::NotInSession { .. } => "proposal.not_in_session",
            Self::UnknownSession { .. } => "proposal.unknown_session",
            Self::SessionClosed { .. } => "proposal.session_closed",
            Self::PastBillDeadline { .. } => "proposal.past_bill_deadline",
            Self::DeadlineInPast { .. } => "proposal.deadline_in_past",
            Self::UnknownUnit { .. } => "proposal.unknown_unit",
            Self::UnitTargetNotAllowed { .. } => "proposal.unit_target_not_allowed",
            Self::NotInOffice { .. } => "proposal.not_in_office",
            Self::MotionOpen { .. } => "proposal.motion_open",
            Self::BillNotListed { .. } => "proposal.bill_not_listed",
            Self::BillAlreadyOnAgenda { .. } => "proposal.bill_already_on_agenda",
            Self::BillWithdrawn { .. } => "proposal.bill_withdrawn",
            Self::VoteUnderWay { .. } => "proposal.vote_under_way",
            Self::WithdrawalNotRequested { .. } => "proposal.withdrawal_not_requested",
            Self::ReportAtSameSession { .. } => "proposal.report_at_same_session",
            Self::AlreadyRated { .. } => "proposal.already_rated",
            Self::UnknownCategory { .. } => "proposal.unknown_category",
            Self::UnknownResultClass { .. } => "proposal.unknown_result_class",
            Self::ReturnWindowClosed { .. } => "proposal.return_window_closed",
            Self::NotASponsor { .. } => "proposal.not_a_sponsor",
            Self::AlreadyMarked { .. } => "proposal.already_marked",
            Self::ComplexAfterDeadline { .. } => "proposal.complex_after_deadline",
            Self::MergeIntoItself { .. } => "proposal.merge_into_itself",
            Self::AnswerAfterSession { .. } => "proposal.answer_after_session",
            Self::QuorumNotMet { .. } => "proposal.quorum_not_met",
            Self::BallotsDoNotAddUp { .. } => "proposal.ballots_do_not_add_up",
            Self::NotVoid { .. } => "proposal.not_void",
            Self::Mismatch { .. } => "proposal.mismatch",
            Self::OnlyAsEffect { .. } => "proposal.only_as_effect",
            Self::NotAnEffect { .. } => "proposal.not_an_effect",
            Self::CalendarRecorded { .. } => "proposal.calendar_recorded",
            Self::CalendarDate { .. } => "proposal.calendar_date",
            Self::UnknownInquiry { .. } => "proposal.unknown_inquiry",
            Self::DuplicateInquiry { .. } => "proposal.duplicate_inquiry",
            Self::InquiryAnswered { .. } => "proposal.inquiry_answered",
            Self::ItemNotOpen { .. } => "proposal.item_not_open",
            Self::NotPresent { .. } => "proposal.not_present",
        }
    }

    /// The article the refusal applies, when the law (or a profile) names one (法律依据).
    #[must_use]
    pub const fn citation(&self) -> Option<&Citation> {
        match self {
            Self::Forbidden { citation, .. }
            | Self::IllegalTransition { citation, .. }
            | Self::NotServing { citation, .. }
            | Self::EmptyText { citation, .. }
            | Self::NotInSession { citation, .. }
            | Self::SessionClosed { citation, .. }
            | Self::PastBillDeadline { citation, .. }
            | Self::UnknownUnit { citation, .. }
            | Self::NotInOffice { citation, .. }
            | Self::BillNotListed { citation, .. }
            | Self::BillWithdrawn { citation, .. }
            | Self::VoteUnderWay { citation, .. }
            | Self::WithdrawalNotRequested { citation, .. }
            | Self::NotASponsor { citation, .. }
            | Self::ComplexAfterDeadline { citation, .. }
            | Self::QuorumNotMet { citation, .. }
            | Self::ItemNotOpen { citation, .. } => Some(citation),
            Self::TooFewSigners { basis, .. }
            | Self::UnitTargetNotAllowed { basis, .. }
            | Self::UnknownCategory { basis, .. }
            | Self::UnknownResultClass { basis, .. }
            | Self::ReturnWindowClosed { basis, .. }
            | Self::AnswerAfterSession { basis, .. } => Some(&basis.citation),
            Self::UnknownProposal { .. }
            | Self::DuplicateProposal { .. }
            | Self::WrongKind { .. }
            | Self::AlreadySigned { .. }
            | Self::DeadlineInPast { .. }
            | Self::UnknownSession { .. }
            | Self::MotionOpen { .. }
            | Self::BillAlreadyOnAgenda { .. }
            | Self::ReportAtSameSession { .. }
            | Self::AlreadyRated { .. }
            | Self::AlreadyMarked { .. }
            | Self::MergeIntoItself { .. }
            | Self::BallotsDoNotAddUp { .. }
            | Self::NotVoid { .. }
            | Self::Mismatch { .. }
            | Self::OnlyAsEffect { .. }
            | Self::NotAnEffect { .. }
            | Self::CalendarRecorded { .. }
            | Self::CalendarDate { .. }
            | Self::UnknownInquiry { .. }
            | Self::DuplicateInquiry { .. }
            | Self::InquiryAnswered { .. }
            | Self::NotPresent { .. } => None,
        }
    }

    /// The rule with its standing (statute, a province's rule, a common-practice default),
    /// when the refusal carries one (依据).
    #[must_use]
    pub const fn basis(&self) -> Option<&Basis> {
        match self {
            Self::Forbidden { .. }
            | Self::IllegalTransition { .. }
            | Self::NotServing { .. }
            | Self::EmptyText { .. }
            | Self::NotInSession { .. }
            | Self::SessionClosed { .. }
            | Self::PastBillDeadline { .. }
            | Self::UnknownUnit { .. }
            | Self::NotInOffice { .. }
            | Self::BillNotListed { .. }
            | Self::BillWithdrawn { .. }
            | Self::VoteUnderWay { .. }
            | Self::WithdrawalNotRequested { .. }
            | Self::NotASponsor { .. }
            | Self::ComplexAfterDeadline { .. }
            | Self::QuorumNotMet { .. }
            | Self::ItemNotOpen { .. } => None,
            Self::TooFewSigners { basis, .. }
            | Self::UnitTargetNotAllowed { basis, .. }
            | Self::UnknownCategory { basis, .. }
            | Self::UnknownResultClass { basis, .. }
            | Self::ReturnWindowClosed { basis, .. }
            | Self::AnswerAfterSession { basis, .. } => Some(basis),
            Self::UnknownProposal { .. }
            | Self::DuplicateProposal { .. }
            | Self::WrongKind { .. }
            | Self::AlreadySigned { .. }
            | Self::DeadlineInPast { .. }
            | Self::UnknownSession { .. }
            | Self::MotionOpen { .. }
            | Self::BillAlreadyOnAgenda { .. }
            | Self::ReportAtSameSession { .. }
            | Self::AlreadyRated { .. }
            | Self::AlreadyMarked { .. }
            | Self::MergeIntoItself { .. }
            | Self::BallotsDoNotAddUp { .. }
            | Self::NotVoid { .. }
            | Self::Mismatch { .. }
            | Self::OnlyAsEffect { .. }
            | Self::NotAnEffect { .. }
            | Self::CalendarRecorded { .. }
            | Self::CalendarDate { .. }
            | Self::UnknownInquiry { .. }
            | Self::DuplicateInquiry { .. }
            | Self::InquiryAnswered { .. }
            | Self::NotPresent { .. } => None,
        }
    }

    /// The refusal as a clerk reads it, in Chinese (中文说明).
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::ids::ProposalId;
    /// use township_congress::proposal::ProposalError;
    ///
    /// let e = ProposalError::UnknownProposal { proposal: ProposalId::from_u128(3) };
    /// assert_eq!(e.zh().to_string(), "没有编号为00000000-0000-0000-0000-000000000003的议案、建议、质询案或罢免案");
    /// ```
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, ProposalError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProposalError as E;
        // One arm per variant (no `_`): a new variant does not compile until it has a sentence.
        match self.0 {
            E::Forbidden { .. }
            | E::UnknownProposal { .. }
            | E::DuplicateProposal { .. }
            | E::WrongKind { .. }
            | E::IllegalTransition { .. }
            | E::NotServing { .. }
            | E::AlreadySigned { .. }
            | E::TooFewSigners { .. }
            | E::EmptyText { .. } => zh_general(self.0, f),
            E::NotInSession { .. }
            | E::UnknownSession { .. }
            | E::SessionClosed { .. }
            | E::PastBillDeadline { .. }
            | E::DeadlineInPast { .. }
            | E::MotionOpen { .. }
            | E::BillNotListed { .. }
            | E::BillAlreadyOnAgenda { .. }
            | E::BillWithdrawn { .. }
            | E::VoteUnderWay { .. }
            | E::WithdrawalNotRequested { .. }
            | E::ReportAtSameSession { .. }
            | E::UnknownInquiry { .. }
            | E::DuplicateInquiry { .. }
            | E::InquiryAnswered { .. }
            | E::ItemNotOpen { .. }
            | E::NotPresent { .. } => zh_sessions(self.0, f),
            E::UnknownUnit { .. }
            | E::AlreadyRated { .. }
            | E::UnknownCategory { .. }
            | E::UnknownResultClass { .. }
            | E::ReturnWindowClosed { .. }
            | E::NotASponsor { .. }
            | E::AlreadyMarked { .. }
            | E::ComplexAfterDeadline { .. }
            | E::MergeIntoItself { .. }
            | E::CalendarRecorded { .. }
            | E::CalendarDate { .. } => zh_handling(self.0, f),
            E::UnitTargetNotAllowed { .. }
            | E::NotInOffice { .. }
            | E::AnswerAfterSession { .. }
            | E::QuorumNotMet { .. }
            | E::BallotsDoNotAddUp { .. }
            | E::NotVoid { .. }
            | E::Mismatch { .. }
            | E::OnlyAsEffect { .. }
            | E::NotAnEffect { .. } => zh_votes(self.0, f),
        }
    }
}

/// The Chinese sentence: who may act, the proposal itself, its texts and the figures it carries.
fn zh_general(e: &ProposalError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use ProposalError as E;
    match e {
        E::Forbidden {
            actor,
            act,
            allowed,
            citation,
        } => write!(
            f,
            "{}无权{}，只有{}可以（{citation}）",
            actor.zh(),
            act.label_zh(),
            allowed.label_zh()
        ),
        E::UnknownProposal { proposal } => {
            write!(f, "没有编号为{proposal}的议案、建议、质询案或罢免案")
        }
        E::DuplicateProposal { proposal } => write!(f, "编号{proposal}已被使用"),
        E::WrongKind {
            proposal,
            expected,
            found,
        } => write!(
            f,
            "{proposal}是{}，不是{}",
            found.label_zh(),
            expected.label_zh()
        ),
        E::IllegalTransition {
            kind,
            stage,
            act,
            citation,
            ..
        } => write!(
            f,
            "该{}{}，不能{}（{citation}）",
            kind.label_zh(),
            stage.label_zh(),
            act.label_zh()
        ),
        E::NotServing {
            deputy,
            on,
            citation,
        } => {
            write!(
                f,
                "代表{deputy}在{on}不在任，不能以代表身份行事（{citation}）"
            )
        }
        E::AlreadySigned { deputy, .. } => write!(f, "代表{deputy}已经联名，不能重复联名"),
        E::TooFewSigners {
            needed,
            got,
            short,
            basis,
            ..
        } => write!(
            f,
            "须有{needed}名以上在任代表联名，现有{got}名，差{short}名（{}）",
            basis.citation
        ),
        E::EmptyText { field, citation } => {
            write!(f, "{}不能为空（{citation}）", field.label_zh())
        }
        _ => Ok(()),
    }
}

/// The Chinese sentence: sessions, bills, their deadline and inquiries.
fn zh_sessions(e: &ProposalError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use ProposalError as E;
    match e {
        E::NotInSession { on, citation, .. } => {
            write!(
                f,
                "{on}不在人民代表大会会议期间，只能在会议期间进行（{citation}）"
            )
        }
        E::UnknownSession { session } => write!(f, "没有编号为{session}的会议"),
        E::SessionClosed { citation, .. } => write!(f, "会议已经闭幕（{citation}）"),
        E::PastBillDeadline {
            deadline,
            at,
            citation,
            ..
        } => write!(
            f,
            "主席团规定的议案截止时间为{deadline}，{at}提出已经逾期（{citation}）"
        ),
        E::DeadlineInPast { deadline, at, .. } => {
            write!(f, "议案截止时间{deadline}早于当前时间{at}")
        }
        E::MotionOpen { decision, .. } => {
            write!(f, "主席团关于该事项的议题{decision}尚未表决，须先作出决定")
        }
        E::BillNotListed { citation, .. } => {
            write!(f, "该议案未经主席团决定列入本次会议议程（{citation}）")
        }
        E::BillAlreadyOnAgenda { item, .. } => write!(f, "该议案已作为议程事项{item}提请审议"),
        E::BillWithdrawn { citation, .. } => {
            write!(
                f,
                "该议案已经撤回，会议对该议案的审议即行终止（{citation}）"
            )
        }
        E::VoteUnderWay { citation, .. } => {
            write!(f, "该议案已交付大会表决，不能再撤回（{citation}）")
        }
        E::WithdrawalNotRequested { citation, .. } => {
            write!(f, "提案人未要求撤回该议案（{citation}）")
        }
        E::ReportAtSameSession { .. } => {
            write!(f, "决议执行情况应当在通过决议以后的会议上报告")
        }
        E::UnknownInquiry { inquiry } => write!(f, "没有编号为{inquiry}的询问"),
        E::DuplicateInquiry { inquiry } => write!(f, "询问编号{inquiry}已被使用"),
        E::InquiryAnswered { .. } => write!(f, "该询问已经作出说明"),
        E::ItemNotOpen { citation, .. } => {
            write!(f, "该议程事项不是正在审议的议案或报告（{citation}）")
        }
        E::NotPresent { deputy, .. } => write!(f, "代表{deputy}未登记出席本次会议"),
        _ => Ok(()),
    }
}

/// The Chinese sentence: suggestions, their handling and the calendar.
fn zh_handling(e: &ProposalError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use ProposalError as E;
    match e {
        E::UnknownUnit { unit, citation } => {
            write!(f, "单位{unit}未登记（{citation}）")
        }
        E::AlreadyRated { deputy, round, .. } => {
            write!(f, "代表{deputy}已对第{round}次答复表示意见，不能重复")
        }
        E::UnknownCategory { category, basis } => {
            write!(f, "“{category}”不是规定的建议分类（{}）", basis.citation)
        }
        E::UnknownResultClass { class, basis } => {
            write!(f, "“{class}”不是规定的办理结果分类（{}）", basis.citation)
        }
        E::ReturnWindowClosed {
            handed_over_on,
            last_day,
            today,
            basis,
            ..
        } => write!(
            f,
            "该建议于{handed_over_on}交办，应在{last_day}前退回，{today}已超过期限（{}）",
            basis.citation
        ),
        E::NotASponsor {
            deputy, citation, ..
        } => {
            write!(f, "代表{deputy}不是该建议的提出人（{citation}）")
        }
        E::AlreadyMarked { mark, .. } => write!(f, "该建议已确定为{}", mark.label_zh()),
        E::ComplexAfterDeadline {
            due_on,
            today,
            citation,
            ..
        } => write!(
            f,
            "该建议应于{due_on}前答复，{today}已不能再延长办理期限（{citation}）"
        ),
        E::MergeIntoItself { .. } => write!(f, "建议不能与自身并案"),
        E::CalendarRecorded { year } => write!(f, "{year}年的工作日历已经登记"),
        E::CalendarDate { date, year } => {
            write!(f, "{date}不能按所列登记在{year}年的工作日历中")
        }
        _ => Ok(()),
    }
}

/// The Chinese sentence: interpellation targets and answers, recall targets and counts, and
/// the record's own checks.
fn zh_votes(e: &ProposalError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use ProposalError as E;
    match e {
        E::UnitTargetNotAllowed { basis, .. } => write!(
            f,
            "质询案只能对乡镇人民政府提出，不能对其所属部门提出（{}）",
            basis.citation
        ),
        E::NotInOffice {
            post,
            holder,
            on,
            citation,
        } => write!(f, "{holder}在{on}不担任{}（{citation}）", post.label_zh()),
        E::AnswerAfterSession {
            closed_on,
            last_day,
            basis,
            ..
        } => match last_day {
            Some(last) => write!(
                f,
                "会议于{closed_on}闭幕，闭会后答复须在{last}前（{}）",
                basis.citation
            ),
            None => write!(
                f,
                "会议于{closed_on}闭幕，质询案应在会议期间答复（{}）",
                basis.citation
            ),
        },
        E::QuorumNotMet {
            needed,
            present,
            all_deputies,
            short,
            citation,
        } => write!(
            f,
            "全体代表{all_deputies}名，须有{needed}名以上出席方可表决；实到{present}名，差{short}名（{citation}）"
        ),
        E::BallotsDoNotAddUp { returned, marked } => {
            write!(
                f,
                "收回选票{returned}张，但赞成、反对、弃权合计{marked}张，不相符"
            )
        }
        E::NotVoid { issued, returned } => {
            write!(
                f,
                "发出选票{issued}张，收回{returned}张，表决有效，不能宣布无效"
            )
        }
        E::Mismatch {
            what,
            recorded,
            computed,
        } => write!(
            f,
            "记载的{}为{}，按记录应为{}",
            what.label_zh(),
            recorded.zh,
            computed.zh
        ),
        E::OnlyAsEffect { event } => {
            write!(f, "“{event}”只能作为相应决定或表决的结果记载")
        }
        E::NotAnEffect { event } => write!(f, "“{event}”不是其他事项的结果"),
        _ => Ok(()),
    }
}
