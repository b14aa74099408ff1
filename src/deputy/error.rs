//! Why a command about deputies' work was refused (代表履职错误): errors as data, each with a
//! stable code, its numbers as fields, its citation, and a Chinese rendering.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use uuid::Uuid;

use super::{EvaluationOutcome, Measure, Verdict};
use crate::actor::Actor;
use crate::ids::{DeputyId, DutyReportId, GroupId, ReceptionId, SessionId, StationId, UnitId};
use crate::label::{InWords, Words};
use crate::label::{Label, Zh};
use crate::rulebook::Citation;

/// A command about deputies' work that breaks a rule (代表履职错误). Nothing changes when one
/// is returned.
///
/// # Examples
///
/// ```
/// use township_congress::deputy::DeputyError;
///
/// let e = DeputyError::RespondentsExceedAudience { respondents: 61, audience: 58 };
/// assert_eq!(e.code(), "deputy.respondents_exceed_audience");
/// assert_eq!(e.to_string(), "58 voters attended the report, so at most 58 can answer its evaluation; got 61");
/// assert_eq!(serde_json::to_value(&e)?["code"], "deputy.respondents_exceed_audience");
/// assert_eq!(e.zh().to_string(), "述职会到会选民58名，测评至多58人，实有61人");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "代表履职错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum DeputyError {
    /// The actor may not do this.
    #[error("{actor} may not {act}: only {allowed} may ({citation})")]
    #[serde(rename = "deputy.forbidden")]
    Forbidden {
        /// Who tried.
        actor: Actor,
        /// What they tried.
        act: DeputyAct,
        /// Who may.
        allowed: Who,
        /// The rule that says so.
        citation: Citation,
    },
    /// No term is open.
    #[error(
        "no congress term is open: the county standing committee must open the term first ({citation})"
    )]
    #[serde(rename = "deputy.no_term")]
    NoTerm {
        /// 选举法2020 第十三条.
        citation: Citation,
    },
    /// No deputy has this id.
    #[error("no deputy {deputy} on the roster")]
    #[serde(rename = "deputy.unknown_deputy")]
    UnknownDeputy {
        /// The id given.
        deputy: DeputyId,
    },
    /// A deputy named is not serving that day.
    #[error("deputy {deputy} is not a serving deputy on {on}")]
    #[serde(rename = "deputy.not_serving")]
    NotServing {
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
    },
    /// A deputy named holds no mandate that day.
    #[error("deputy {deputy} holds no mandate on {on}")]
    #[serde(rename = "deputy.no_mandate")]
    NoMandate {
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
    },
    /// No session has this id.
    #[error("no session {session}")]
    #[serde(rename = "deputy.unknown_session")]
    UnknownSession {
        /// The id given.
        session: SessionId,
    },
    /// A speech at a session that has not opened.
    #[error("session {session} has not opened: nobody has spoken at it yet")]
    #[serde(rename = "deputy.session_not_opened")]
    SessionNotOpened {
        /// The session.
        session: SessionId,
    },
    /// A speech by a deputy not recorded present.
    #[error(
        "deputy {deputy} is not recorded present at session {session}, so cannot have spoken there"
    )]
    #[serde(rename = "deputy.not_present")]
    NotPresent {
        /// The deputy.
        deputy: DeputyId,
        /// The session.
        session: SessionId,
    },
    /// No group has this id.
    #[error("no deputy group {group}")]
    #[serde(rename = "deputy.unknown_group")]
    UnknownGroup {
        /// The id given.
        group: GroupId,
    },
    /// A participant who is not a serving member of the group that day.
    #[error("deputy {deputy} is not a serving member of group {group} on {on} ({citation})")]
    #[serde(rename = "deputy.not_group_member")]
    NotGroupMember {
        /// The deputy.
        deputy: DeputyId,
        /// The group.
        group: GroupId,
        /// The day.
        on: NaiveDate,
        /// 代表法2025 第二十六条.
        citation: Citation,
    },
    /// No station has this id.
    #[error("no contact station {station}")]
    #[serde(rename = "deputy.unknown_station")]
    UnknownStation {
        /// The id given.
        station: StationId,
    },
    /// A reception at a station before it opened.
    #[error("station {station} opened on {opened}; it received no voters on {on}")]
    #[serde(rename = "deputy.station_not_open")]
    StationNotOpen {
        /// The station.
        station: StationId,
        /// The day given.
        on: NaiveDate,
        /// The day it opened.
        opened: NaiveDate,
    },
    /// The unit is not registered in the roster.
    #[error(
        "unit {unit} is not registered: the township government registers its units first ({citation})"
    )]
    #[serde(rename = "deputy.unknown_unit")]
    UnknownUnit {
        /// The unit named.
        unit: UnitId,
        /// 组织法2022 第四十二条第二款.
        citation: Citation,
    },
    /// An id is used a second time.
    #[error("{record} {id} already exists")]
    #[serde(rename = "deputy.duplicate")]
    Duplicate {
        /// What kind of record.
        record: RecordKind,
        /// The id given.
        id: Uuid,
    },
    /// No record of that kind has this id.
    #[error("no {record} {id}")]
    #[serde(rename = "deputy.unknown_record")]
    UnknownRecord {
        /// What kind of record.
        record: RecordKind,
        /// The id given.
        id: Uuid,
    },
    /// No issue at this position.
    #[error(
        "reception {reception} has {issues} issues, numbered from 0; there is no issue {issue}"
    )]
    #[serde(rename = "deputy.unknown_issue")]
    UnknownIssue {
        /// The reception.
        reception: ReceptionId,
        /// The position given.
        issue: u32,
        /// Issues it has.
        issues: u32,
    },
    /// The issue was settled already.
    #[error("issue {issue} of reception {reception} is settled already")]
    #[serde(rename = "deputy.issue_settled")]
    IssueSettled {
        /// The reception.
        reception: ReceptionId,
        /// The issue.
        issue: u32,
    },
    /// A date after the command's day.
    #[error("{on} is after today, {today}: the record states what happened, not what will")]
    #[serde(rename = "deputy.future_date")]
    FutureDate {
        /// The date given.
        on: NaiveDate,
        /// The command's day.
        today: NaiveDate,
    },
    /// A year after the command's.
    #[error("the performance of {year} cannot be published in {current}")]
    #[serde(rename = "deputy.future_year")]
    FutureYear {
        /// The year given.
        year: i32,
        /// The command's year.
        current: i32,
    },
    /// A record without deputies.
    #[error("a {record} needs at least 1 deputy, it names 0")]
    #[serde(rename = "deputy.no_deputies")]
    NoDeputies {
        /// What kind of record.
        record: RecordKind,
    },
    /// A required text is empty.
    #[error("the {field} cannot be empty")]
    #[serde(rename = "deputy.empty_text")]
    EmptyText {
        /// Which text.
        field: TextField,
    },
    /// A duty report before no audience.
    #[error("a duty report needs at least 1 voter attending, it has 0 ({citation})")]
    #[serde(rename = "deputy.no_audience")]
    NoAudience {
        /// 代表法2025 第五十八条第二款.
        citation: Citation,
    },
    /// The report was evaluated already.
    #[error("duty report {report} was evaluated on {on}; an evaluation is recorded once")]
    #[serde(rename = "deputy.evaluation_exists")]
    EvaluationExists {
        /// The report.
        report: DutyReportId,
        /// When.
        on: NaiveDate,
    },
    /// More respondents than voters attending.
    #[error(
        "{audience} voters attended the report, so at most {audience} can answer its evaluation; got {respondents}"
    )]
    #[serde(rename = "deputy.respondents_exceed_audience")]
    RespondentsExceedAudience {
        /// Respondents.
        respondents: u32,
        /// Voters attending.
        audience: u32,
    },
    /// An evaluation nobody answered.
    #[error("an evaluation needs at least 1 respondent, it has 0")]
    #[serde(rename = "deputy.no_respondents")]
    NoRespondents {},
    /// Contacts assigned to a deputy who is not a presidium member.
    #[error(
        "deputy {deputy} is not a member of the presidium on {on}, so cannot be given deputies to liaise with ({citation})"
    )]
    #[serde(rename = "deputy.not_presidium_member")]
    NotPresidiumMember {
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
        /// 组织法2022 第十八条第三款.
        citation: Citation,
    },
    /// Lifting without a restriction in force.
    #[error(
        "no restriction of deputy {deputy} is reported in force, so none can be lifted ({citation})"
    )]
    #[serde(rename = "deputy.no_restriction")]
    NoRestriction {
        /// The deputy.
        deputy: DeputyId,
        /// 代表法2025 第三十九条第四款.
        citation: Citation,
    },
    /// Lifted before it was taken.
    #[error("a restriction taken on {since} cannot be lifted on {on}, earlier")]
    #[serde(rename = "deputy.lifted_before_taken")]
    LiftedBeforeTaken {
        /// The day given.
        on: NaiveDate,
        /// The day the latest restriction in force was taken.
        since: NaiveDate,
    },
    /// A reinstatement stated by hand while a reported detention is in force.
    #[error(
        "deputy {deputy} is held under a {measure} reported from {since}, not lifted: the mandate stays suspended until the executing organ reports it lifted ({citation})"
    )]
    #[serde(rename = "deputy.restriction_in_force")]
    RestrictionInForce {
        /// The deputy.
        deputy: DeputyId,
        /// The measure in force.
        measure: Measure,
        /// Since when.
        since: NaiveDate,
        /// 代表法2025 第六十一条.
        citation: Citation,
    },
    /// Derived figures in a recorded event differ from the record's.
    #[error(
        "the outcome recorded for duty report {report} differs from the one the record computes: recorded {recorded}, the record gives {computed}"
    )]
    #[serde(rename = "deputy.figures_mismatch")]
    FiguresMismatch {
        /// The report.
        report: DutyReportId,
        /// As recorded, in words.
        recorded: Box<Words>,
        /// As the record gives it, in words.
        computed: Box<Words>,
    },
    /// Published twice.
    #[error("the performance of {year} was published on {published_on}")]
    #[serde(rename = "deputy.already_published")]
    AlreadyPublished {
        /// The year.
        year: i32,
        /// When.
        published_on: NaiveDate,
    },
    /// A deputy event given as another event's effect.
    #[error("an event of deputies' work is recorded on its own, never as another event's effect")]
    #[serde(rename = "deputy.not_an_effect")]
    NotAnEffect {},
}

impl DeputyError {
    /// Every code, in the order of the variants; each once.
    pub const CODES: &'static [&'static str] = &[
        "deputy.forbidden",
        "deputy.no_term",
        "deputy.unknown_deputy",
        "deputy.not_serving",
        "deputy.no_mandate",
        "deputy.unknown_session",
        "deputy.session_not_opened",
        "deputy.not_present",
        "deputy.unknown_group",
        "deputy.not_group_member",
        "deputy.unknown_station",
        "deputy.station_not_open",
        "deputy.unknown_unit",
        "deputy.duplicate",
        "deputy.unknown_record",
        "deputy.unknown_issue",
        "deputy.issue_settled",
        "deputy.future_date",
        "deputy.future_year",
        "deputy.no_deputies",
        "deputy.empty_text",
        "deputy.no_audience",
        "deputy.evaluation_exists",
        "deputy.respondents_exceed_audience",
        "deputy.no_respondents",
        "deputy.not_presidium_member",
        "deputy.no_restriction",
        "deputy.lifted_before_taken",
        "deputy.restriction_in_force",
        "deputy.figures_mismatch",
        "deputy.already_published",
        "deputy.not_an_effect",
    ];

    /// The stable code (错误代码), as on the wire. No `_ =>`: a new variant needs a code.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::Forbidden { .. } => "deputy.forbidden",
            Self::NoTerm { .. } => "deputy.no_term",
            Self::UnknownDeputy { .. } => "deputy.unknown_deputy",
            Self::NotServing { .. } => "deputy.not_serving",
            Self::NoMandate { .. } => "deputy.no_mandate",
            Self::UnknownSession { .. } => "deputy.unknown_session",
            Self::SessionNotOpened { .. } => "deputy.session_not_opened",
            Self::NotPresent { .. } => "deputy.not_present",
            Self::UnknownGroup { .. } => "deputy.unknown_group",
            Self::NotGroupMember { .. } => "deputy.not_group_member",
            Self::UnknownStation { .. } => "deputy.unknown_station",
            Self::StationNotOpen { .. } => "deputy.station_not_open",
            Self::UnknownUnit { .. } => "deputy.unknown_unit",
            Self::Duplicate { .. } => "deputy.duplicate",
            Self::UnknownRecord { .. } => "deputy.unknown_record",
            Self::UnknownIssue { .. } => "deputy.unknown_issue",
            Self::IssueSettled { .. } => "deputy.issue_settled",
            Self::FutureDate { .. } => "deputy.future_date",
            Self::FutureYear { .. } => "deputy.future_year",
            Self::NoDeputies { .. } => "deputy.no_deputies",
            Self::EmptyText { .. } => "deputy.empty_text",
            Self::NoAudience { .. } => "deputy.no_audience",
            Self::EvaluationExists { .. } => "deputy.evaluation_exists",
            Self::RespondentsExceedAudience { .. } => "deputy.respondents_exceed_audience",
            Self::NoRespondents {} => "deputy.no_respondents",
            Self::NotPresidiumMember { .. } => "deputy.not_presidium_member",
            Self::NoRestriction { .. } => "deputy.no_restriction",
            Self::LiftedBeforeTaken { .. } => "deputy.lifted_before_taken",
            Self::RestrictionInForce { .. } => "deputy.restriction_in_force",
            Self::FiguresMismatch { .. } => "deputy.figures_mismatch",
            Self::AlreadyPublished { .. } => "deputy.already_published",
            Self::NotAnEffect {} => "deputy.not_an_effect",
        }
    }

    /// The article the refusal applies, when the rule has one (法律依据).
    #[must_use]
    pub const fn citation(&self) -> Option<&Citation> {
        match self {
            Self::Forbidden { citation, .. }
            | Self::NoTerm { citation }
            | Self::NotGroupMember { citation, .. }
            | Self::UnknownUnit { citation, .. }
            | Self::NoAudience { citation }
            | Self::NotPresidiumMember { citation, .. }
            | Self::NoRestriction { citation, .. }
            | Self::RestrictionInForce { citation, .. } => Some(citation),
            Self::UnknownDeputy { .. }
            | Self::NotServing { .. }
            | Self::NoMandate { .. }
            | Self::UnknownSession { .. }
            | Self::SessionNotOpened { .. }
            | Self::NotPresent { .. }
            | Self::UnknownGroup { .. }
            | Self::UnknownStation { .. }
            | Self::StationNotOpen { .. }
            | Self::Duplicate { .. }
            | Self::UnknownRecord { .. }
            | Self::UnknownIssue { .. }
            | Self::IssueSettled { .. }
            | Self::FutureDate { .. }
            | Self::FutureYear { .. }
            | Self::NoDeputies { .. }
            | Self::EmptyText { .. }
            | Self::EvaluationExists { .. }
            | Self::RespondentsExceedAudience { .. }
            | Self::NoRespondents {}
            | Self::LiftedBeforeTaken { .. }
            | Self::FiguresMismatch { .. }
            | Self::AlreadyPublished { .. }
            | Self::NotAnEffect {} => None,
        }
    }

    /// The refusal as a clerk reads it, in Chinese (中文说明).
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, DeputyError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DeputyError as E;
        match self.0 {
            E::Forbidden { .. }
            | E::NoTerm { .. }
            | E::UnknownDeputy { .. }
            | E::NotServing { .. }
            | E::NoMandate { .. }
            | E::UnknownSession { .. }
            | E::SessionNotOpened { .. }
            | E::NotPresent { .. }
            | E::UnknownGroup { .. }
            | E::NotGroupMember { .. }
            | E::UnknownStation { .. }
            | E::StationNotOpen { .. }
            | E::UnknownUnit { .. }
            | E::Duplicate { .. }
            | E::UnknownRecord { .. }
            | E::UnknownIssue { .. } => zh_lookup(self.0, f),
            E::IssueSettled { .. }
            | E::FutureDate { .. }
            | E::FutureYear { .. }
            | E::NoDeputies { .. }
            | E::EmptyText { .. }
            | E::NoAudience { .. }
            | E::EvaluationExists { .. }
            | E::RespondentsExceedAudience { .. }
            | E::NoRespondents { .. }
            | E::NotPresidiumMember { .. }
            | E::NoRestriction { .. }
            | E::LiftedBeforeTaken { .. }
            | E::RestrictionInForce { .. }
            | E::FiguresMismatch { .. }
            | E::AlreadyPublished { .. }
            | E::NotAnEffect { .. } => zh_rules(self.0, f),
        }
    }
}

/// The Chinese sentences of some variants; the others are written by the sibling functions
/// (every variant's sample is rendered in the unit tests).
fn zh_lookup(e: &DeputyError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use DeputyError as E;
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
        E::NoTerm { citation } => {
            write!(
                f,
                "本届尚未开始：须先由县级人大常委会确定代表名额（{citation}）"
            )
        }
        E::UnknownDeputy { deputy } => write!(f, "代表名册中没有编号为{deputy}的代表"),
        E::NotServing { deputy, on } => write!(f, "代表{deputy}在{on}不是在任代表"),
        E::NoMandate { deputy, on } => write!(f, "{deputy}在{on}不具有代表资格"),
        E::UnknownSession { session } => write!(f, "没有编号为{session}的会议"),
        E::SessionNotOpened { session } => {
            write!(f, "会议{session}尚未开幕，无人在会上发言")
        }
        E::NotPresent { deputy, session } => {
            write!(f, "代表{deputy}未登记出席会议{session}，不能记录其大会发言")
        }
        E::UnknownGroup { group } => write!(f, "没有编号为{group}的代表小组"),
        E::NotGroupMember {
            deputy,
            group,
            on,
            citation,
        } => write!(
            f,
            "代表{deputy}在{on}不是代表小组{group}的在任成员（{citation}）"
        ),
        E::UnknownStation { station } => write!(f, "没有编号为{station}的代表联络站"),
        E::StationNotOpen {
            station,
            on,
            opened,
        } => write!(f, "联络站{station}于{opened}设立，{on}尚未设立"),
        E::UnknownUnit { unit, citation } => {
            write!(f, "单位{unit}未经乡镇人民政府登记（{citation}）")
        }
        E::Duplicate { record, id } => {
            write!(f, "编号为{id}的{}已存在", record.label_zh())
        }
        E::UnknownRecord { record, id } => {
            write!(f, "没有编号为{id}的{}", record.label_zh())
        }
        E::UnknownIssue {
            reception,
            issue,
            issues,
        } => write!(
            f,
            "接待活动{reception}共有{issues}个问题（从0起编号），没有第{issue}号问题"
        ),
        _ => Ok(()),
    }
}

/// The Chinese sentences of some variants; the others are written by the sibling functions
/// (every variant's sample is rendered in the unit tests).
fn zh_rules(e: &DeputyError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use DeputyError as E;
    match e {
        E::IssueSettled { reception, issue } => {
            write!(f, "接待活动{reception}的第{issue}号问题已办结")
        }
        E::FutureDate { on, today } => {
            write!(f, "{on}晚于今天（{today}）：档案只记录已经发生的事实")
        }
        E::FutureYear { year, current } => {
            write!(f, "{current}年不能公示{year}年的代表履职信息")
        }
        E::NoDeputies { record } => {
            write!(f, "{}须至少有1名代表，实有0名", record.label_zh())
        }
        E::EmptyText { field } => write!(f, "{}不能为空", field.label_zh()),
        E::NoAudience { citation } => {
            write!(f, "述职须至少有1名选民到会，实有0名（{citation}）")
        }
        E::EvaluationExists { report, on } => {
            write!(f, "述职{report}已于{on}测评，测评只登记一次")
        }
        E::RespondentsExceedAudience {
            respondents,
            audience,
        } => write!(
            f,
            "述职会到会选民{audience}名，测评至多{audience}人，实有{respondents}人"
        ),
        E::NoRespondents {} => f.write_str("测评须至少有1人参加，实有0人"),
        E::NotPresidiumMember {
            deputy,
            on,
            citation,
        } => write!(
            f,
            "代表{deputy}在{on}不是主席团成员，不能安排其联系代表（{citation}）"
        ),
        E::NoRestriction { deputy, citation } => write!(
            f,
            "没有执行机关报告代表{deputy}正被限制人身自由，无从解除（{citation}）"
        ),
        E::LiftedBeforeTaken { on, since } => {
            write!(f, "{since}采取的措施不能在此前的{on}解除")
        }
        E::RestrictionInForce {
            deputy,
            measure,
            since,
            citation,
        } => write!(
            f,
            "执行机关报告代表{deputy}自{since}起被{}，尚未解除：在执行机关报告解除前，其代表职务仍暂停执行（{citation}）",
            measure.label_zh()
        ),
        E::FiguresMismatch {
            report,
            recorded,
            computed,
        } => write!(
            f,
            "述职{report}记录的测评结果与档案计算的不一致：记载为{}，按记录应为{}",
            recorded.zh, computed.zh
        ),
        E::AlreadyPublished { year, published_on } => {
            write!(f, "{year}年代表履职信息已于{published_on}公示")
        }
        E::NotAnEffect {} => f.write_str("代表履职事件只能单独记录，不能作为其他事件的附带结果"),

        _ => Ok(()),
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::CriminalDetention => "criminal detention",
            Self::Arrest => "arrest",
            Self::CriminalTrial => "criminal trial",
            Self::SentenceServed => "sentence being served",
            Self::SentenceWithDeprivation => "sentence with deprivation of political rights",
            Self::AdministrativeDetention => "administrative detention",
            Self::OtherRestriction => "restriction of liberty",
        })
    }
}

/// What an actor tried to do about deputies' work (代表履职行为).
#[doc(alias = "代表履职行为")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DeputyAct {
    /// Record a speech.
    RecordSpeech,
    /// Record a group activity.
    RecordGroupActivity,
    /// Record a training.
    RecordTraining,
    /// Record a reception.
    RecordReception,
    /// Record what became of an issue.
    RecordIssueOutcome,
    /// Record a deed.
    RecordDeed,
    /// Record a duty report.
    RecordDutyReport,
    /// Record an evaluation.
    RecordEvaluation,
    /// Assign deputies to a presidium member.
    AssignContacts,
    /// Report a restriction.
    ReportRestriction,
    /// Report a restriction lifted.
    ReportRestrictionLifted,
    /// Publish the year's performance.
    PublishPerformance,
}

impl fmt::Display for DeputyAct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::RecordSpeech => "record a speech at a session",
            Self::RecordGroupActivity => "record this deputy group's activity",
            Self::RecordTraining => "record a deputies' training",
            Self::RecordReception => "record this reception of voters",
            Self::RecordIssueOutcome => "record what became of an issue voters raised",
            Self::RecordDeed => "record a deed for voters",
            Self::RecordDutyReport => "record a duty report",
            Self::RecordEvaluation => "record a duty report's evaluation",
            Self::AssignContacts => "assign deputies to a presidium member",
            Self::ReportRestriction => "report a deputy's liberty restricted",
            Self::ReportRestrictionLifted => "report a restriction lifted",
            Self::PublishPerformance => "publish deputies' performance",
        })
    }
}

impl Label for DeputyAct {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::RecordSpeech => "登记大会发言",
            Self::RecordGroupActivity => "登记该代表小组活动",
            Self::RecordTraining => "登记代表履职培训",
            Self::RecordReception => "登记该次接待选民活动",
            Self::RecordIssueOutcome => "登记群众反映问题办理情况",
            Self::RecordDeed => "登记为民办实事",
            Self::RecordDutyReport => "登记代表述职",
            Self::RecordEvaluation => "登记述职测评",
            Self::AssignContacts => "安排主席团成员联系代表",
            Self::ReportRestriction => "报告代表被限制人身自由",
            Self::ReportRestrictionLifted => "报告解除限制",
            Self::PublishPerformance => "公示代表履职信息",
        }
    }
}

/// Who the law lets act (有权主体).
#[doc(alias = "有权主体")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(rename = "DeputyWho")]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Who {
    /// The presidium as a body.
    Presidium {},
    /// The presidium, or congress staff recording a fact.
    PresidiumOrStaff {},
    /// The presidium, staff, or a member of the group.
    PresidiumStaffOrGroupMember {},
    /// The presidium, staff, or the county standing committee.
    PresidiumStaffOrCounty {},
    /// The presidium, staff, or a deputy who received the voters.
    PresidiumStaffOrReceivingDeputy {},
    /// The executing organ.
    ExecutingOrgan {},
}

impl fmt::Display for Who {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Presidium {} => "the presidium",
            Self::PresidiumOrStaff {} => "the presidium or congress staff",
            Self::PresidiumStaffOrGroupMember {} => {
                "the presidium, congress staff or a member of the group"
            }
            Self::PresidiumStaffOrCounty {} => {
                "the presidium, congress staff or the county standing committee"
            }
            Self::PresidiumStaffOrReceivingDeputy {} => {
                "the presidium, congress staff or a deputy who received the voters"
            }
            Self::ExecutingOrgan {} => "the executing organ",
        })
    }
}

impl Label for Who {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Presidium {} => "主席团",
            Self::PresidiumOrStaff {} => "主席团或人大干事",
            Self::PresidiumStaffOrGroupMember {} => "主席团、人大干事或该小组成员",
            Self::PresidiumStaffOrCounty {} => "主席团、人大干事或县级人大常委会",
            Self::PresidiumStaffOrReceivingDeputy {} => "主席团、人大干事或参加接待的代表",
            Self::ExecutingOrgan {} => "执行机关",
        }
    }
}

/// The kinds of record in deputies' work, for ids and emptiness (记录类型).
#[doc(alias = "记录类型")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RecordKind {
    /// A group activity.
    GroupActivity,
    /// A training.
    Training,
    /// A reception.
    Reception,
    /// A deed.
    Deed,
    /// A duty report.
    DutyReport,
    /// A presidium member's contacts.
    Contacts,
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::GroupActivity => "group activity",
            Self::Training => "training",
            Self::Reception => "reception",
            Self::Deed => "deed",
            Self::DutyReport => "duty report",
            Self::Contacts => "contact assignment",
        })
    }
}

impl Label for RecordKind {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::GroupActivity => "代表小组活动",
            Self::Training => "代表履职培训",
            Self::Reception => "接待选民活动",
            Self::Deed => "为民办实事",
            Self::DutyReport => "代表述职",
            Self::Contacts => "联系代表安排",
        }
    }
}

/// A text a command must not leave empty (必填文字).
#[doc(alias = "必填文字")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(rename = "DeputyTextField")]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TextField {
    /// A speech's topic.
    Topic,
    /// A training's title.
    Title,
    /// An issue raised.
    Issue,
    /// A deed's description.
    Description,
    /// A duty report's place.
    Place,
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Topic => "topic",
            Self::Title => "training's title",
            Self::Issue => "issue raised",
            Self::Description => "deed's description",
            Self::Place => "report's place",
        })
    }
}

impl Label for TextField {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Topic => "主题",
            Self::Title => "培训名称",
            Self::Issue => "反映的问题",
            Self::Description => "所办实事",
            Self::Place => "述职地点",
        }
    }
}

/// A verdict in words: `met (40 needed)` / `达到（须40票）`.
fn verdict_words(v: &Verdict) -> Words {
    match v {
        Verdict::Met { required } => Words::new(
            format!("met ({required} needed)"),
            format!("达到（须{required}票）"),
        ),
        Verdict::NotMet { required } => Words::new(
            format!("not met ({required} needed)"),
            format!("未达到（须{required}票）"),
        ),
        Verdict::NotSet {} => Words::new("no threshold", "未设标准"),
    }
}

/// An evaluation's outcome in words: respondents, rates and verdicts.
impl InWords for EvaluationOutcome {
    fn words(&self) -> Words {
        match self {
            Self::Invalid {
                respondents,
                required,
            } => Words::new(
                format!("invalid: {respondents} respondents, {required} needed"),
                format!("测评无效：答卷{respondents}份，须{required}份"),
            ),
            Self::Valid {
                respondents,
                approval,
                satisfaction,
                renomination,
                commendation,
            } => {
                let (r, c) = (verdict_words(renomination), verdict_words(commendation));
                Words::new(
                    format!(
                        "valid: {respondents} respondents, approval {approval}, satisfaction {satisfaction}; renomination {r}, commendation {c}"
                    ),
                    format!(
                        "测评有效：答卷{respondents}份，满意和基本满意率{approval}，满意率{satisfaction}；连任建议{}，评先评优{}",
                        r.zh, c.zh
                    ),
                )
            }
        }
    }
}
