//! Why a supervision command was refused (监督错误): errors as data, each with a stable code,
//! its numbers as fields, its citation or basis, and a Chinese rendering.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{ActivityKind, RoundResult, UnitResult};
use crate::actor::Actor;
use crate::ids::{ActivityId, DeputyId, RectificationId, UnitId};
use crate::label::{InWords, Words};
use crate::label::{Label, Zh};
use crate::rulebook::{Basis, Citation};

/// A supervision command that breaks a rule (监督错误). Nothing changes when one is returned.
///
/// On the wire each variant is an object whose `code` names the rule
/// (`"supervision.open_items"`), with the variant's numbers as fields.
///
/// # Examples
///
/// ```
/// use township_congress::ids::ActivityId;
/// use township_congress::rulebook::Citation;
/// use township_congress::supervision::SupervisionError;
///
/// let e = SupervisionError::OpenItems {
///     activity: ActivityId::from_u128(1),
///     open: 2,
///     citation: Citation::deputies(31, None),
/// };
/// assert_eq!(e.code(), "supervision.open_items");
/// assert_eq!(
///     e.to_string(),
///     "activity 00000000-0000-0000-0000-000000000001 cannot be closed: it needs 0 open rectification items, it has 2; follow them to closure first (代表法2025 第三十一条)"
/// );
/// assert_eq!(serde_json::to_value(&e)?["code"], "supervision.open_items");
/// assert!(e.zh().to_string().contains("2项整改事项尚未销号"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "监督错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum SupervisionError {
    /// The actor may not do this.
    #[error("{actor} may not {act}: only {allowed} may ({citation})")]
    #[serde(rename = "supervision.forbidden")]
    Forbidden {
        /// Who tried.
        actor: Actor,
        /// What they tried.
        act: SupervisionAct,
        /// Who may.
        allowed: Who,
        /// The rule that says so.
        citation: Citation,
    },
    /// No term is open.
    #[error(
        "no congress term is open: the county standing committee must open the term first ({citation})"
    )]
    #[serde(rename = "supervision.no_term")]
    NoTerm {
        /// 选举法2020 第十三条.
        citation: Citation,
    },
    /// No activity has this id.
    #[error("no supervision activity {activity}")]
    #[serde(rename = "supervision.unknown_activity")]
    UnknownActivity {
        /// The id given.
        activity: ActivityId,
    },
    /// An activity id is used a second time.
    #[error("supervision activity {activity} already exists")]
    #[serde(rename = "supervision.duplicate_activity")]
    DuplicateActivity {
        /// The id given.
        activity: ActivityId,
    },
    /// No rectification item has this id.
    #[error("no rectification item {item}")]
    #[serde(rename = "supervision.unknown_item")]
    UnknownItem {
        /// The id given.
        item: RectificationId,
    },
    /// A rectification item id is used a second time.
    #[error("rectification item {item} already exists")]
    #[serde(rename = "supervision.duplicate_item")]
    DuplicateItem {
        /// The id given.
        item: RectificationId,
    },
    /// The unit is not registered in the roster.
    #[error(
        "unit {unit} is not registered: the township government registers its units first ({citation})"
    )]
    #[serde(rename = "supervision.unknown_unit")]
    UnknownUnit {
        /// The unit named.
        unit: UnitId,
        /// 组织法2022 第四十二条第二款.
        citation: Citation,
    },
    /// A specific-question investigation where the rulebook does not provide one.
    #[error(
        "a specific-question investigation committee is for congresses at county level and above; the rulebook does not provide one for a township congress ({basis})"
    )]
    #[serde(rename = "supervision.investigation_not_available")]
    InvestigationNotAvailable {
        /// 组织法2022 第三十六条第一款, through `specific_question_investigation`.
        basis: Basis,
    },
    /// The plan item named is not in the year's recess plan, or not of the activity's form.
    #[error(
        "the recess plan of {year} has no item `{title}` for {activity_kind}; an activity carries out an item of its own category ({citation})"
    )]
    #[serde(rename = "supervision.not_in_plan")]
    NotInPlan {
        /// The plan's year.
        year: i32,
        /// The title named.
        title: String,
        /// The activity's form.
        activity_kind: ActivityKind,
        /// 组织法2022 第十九条第二款.
        citation: Citation,
    },
    /// The activity is not at the stage the command needs.
    #[error("activity {activity} is {stage}; this needs it {needs}")]
    #[serde(rename = "supervision.wrong_stage")]
    WrongStage {
        /// The activity.
        activity: ActivityId,
        /// Where it stands.
        stage: StageKind,
        /// Where it must stand.
        needs: StageKind,
    },
    /// A date after the command's day.
    #[error("{on} is after today, {today}: the record states what happened, not what will")]
    #[serde(rename = "supervision.future_date")]
    FutureDate {
        /// The date given.
        on: NaiveDate,
        /// The command's day.
        today: NaiveDate,
    },
    /// An activity held before it was organised.
    #[error("an activity organised on {organised_on} cannot have been held on {on}, earlier")]
    #[serde(rename = "supervision.held_before_organised")]
    HeldBeforeOrganised {
        /// The day given.
        on: NaiveDate,
        /// The day it was organised.
        organised_on: NaiveDate,
    },
    /// An activity with no deputy taking part.
    #[error("{activity_kind} needs at least 1 deputy taking part, it has 0 ({citation})")]
    #[serde(rename = "supervision.no_participants")]
    NoParticipants {
        /// The activity's form.
        activity_kind: ActivityKind,
        /// The article that gives the activity to deputies.
        citation: Citation,
    },
    /// A deputy named is not serving that day.
    #[error("deputy {deputy} is not a serving deputy on {on} and cannot take part")]
    #[serde(rename = "supervision.not_serving")]
    NotServing {
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
    },
    /// A required text is empty.
    #[error("the {field} cannot be empty")]
    #[serde(rename = "supervision.empty_text")]
    EmptyText {
        /// Which text.
        field: TextField,
    },
    /// A deadline not after today.
    #[error("a rectification deadline must be after today, {today}; {deadline} is not")]
    #[serde(rename = "supervision.deadline_not_in_future")]
    DeadlineNotInFuture {
        /// The deadline given.
        deadline: NaiveDate,
        /// The command's day.
        today: NaiveDate,
    },
    /// The item is closed.
    #[error("rectification item {item} was closed on {closed_on}")]
    #[serde(rename = "supervision.item_closed")]
    ItemClosed {
        /// The item.
        item: RectificationId,
        /// When it closed.
        closed_on: NaiveDate,
    },
    /// Re-inspection or closure before the unit's feedback.
    #[error(
        "rectification item {item} has 0 feedback from its unit; at least 1 is needed before it is re-inspected or closed ({citation})"
    )]
    #[serde(rename = "supervision.no_feedback")]
    NoFeedback {
        /// The item.
        item: RectificationId,
        /// 代表法2025 第三十一条.
        citation: Citation,
    },
    /// Closure without a re-inspection that found it rectified after the last feedback.
    #[error(
        "rectification item {item} needs a re-inspection after the unit's last feedback ({last_feedback}) that found it rectified before it is closed ({citation})"
    )]
    #[serde(rename = "supervision.not_verified")]
    NotVerified {
        /// The item.
        item: RectificationId,
        /// The day of the unit's last feedback.
        last_feedback: NaiveDate,
        /// 代表法2025 第三十一条.
        citation: Citation,
    },
    /// An activity with open items cannot be closed.
    #[error(
        "activity {activity} cannot be closed: it needs 0 open rectification items, it has {open}; follow them to closure first ({citation})"
    )]
    #[serde(rename = "supervision.open_items")]
    OpenItems {
        /// The activity.
        activity: ActivityId,
        /// Items still open.
        open: u32,
        /// 代表法2025 第三十一条.
        citation: Citation,
    },
    /// An appraised unit under the threshold without rectification raised after its round.
    #[error(
        "unit {unit} was rated {approving} of {ratings} satisfied or basically satisfied, under the {required} required: rectification must be raised before appraisal {activity} closes ({basis})"
    )]
    #[serde(rename = "supervision.rectification_not_raised")]
    RectificationNotRaised {
        /// The appraisal.
        activity: ActivityId,
        /// The unit.
        unit: UnitId,
        /// Ratings satisfied or basically satisfied in its latest round.
        approving: u32,
        /// Ratings given.
        ratings: u32,
        /// Approving ratings required.
        required: u32,
        /// The threshold's rule, `appraisal_satisfaction_min`.
        basis: Basis,
    },
    /// Ratings on an activity that is not a work appraisal.
    #[error("activity {activity} is {activity_kind}, not a work appraisal: it takes no ratings")]
    #[serde(rename = "supervision.not_an_appraisal")]
    NotAnAppraisal {
        /// The activity.
        activity: ActivityId,
        /// Its form.
        activity_kind: ActivityKind,
    },
    /// An appraisal that names no unit.
    #[error("a work appraisal needs at least 1 unit to appraise, it names 0")]
    #[serde(rename = "supervision.no_units_to_appraise")]
    NoUnitsToAppraise {},
    /// Ratings of a unit the appraisal does not name.
    #[error("appraisal {activity} does not appraise unit {unit}")]
    #[serde(rename = "supervision.unit_not_appraised")]
    UnitNotAppraised {
        /// The appraisal.
        activity: ActivityId,
        /// The unit.
        unit: UnitId,
    },
    /// More ratings than deputies who took part.
    #[error("{participants} deputies took part, so at most {participants} ratings; got {ratings}")]
    #[serde(rename = "supervision.ratings_exceed_participants")]
    RatingsExceedParticipants {
        /// Ratings given.
        ratings: u32,
        /// Deputies who took part.
        participants: u32,
    },
    /// A round without ratings.
    #[error("a round of ratings needs at least 1 rating, got 0")]
    #[serde(rename = "supervision.no_ratings")]
    NoRatings {},
    /// A further round before the rectification the last one required was raised and closed.
    #[error(
        "round {round} of unit {unit}'s appraisal comes after rectification: {raised} items were raised since the last round and {open} are open; at least 1 raised and 0 open are needed"
    )]
    #[serde(rename = "supervision.second_round_before_rectification")]
    SecondRoundBeforeRectification {
        /// The appraisal.
        activity: ActivityId,
        /// The unit.
        unit: UnitId,
        /// The round asked for.
        round: u32,
        /// Items for the unit raised since the last round.
        raised: u32,
        /// Of those, still open.
        open: u32,
    },
    /// Publishing before every appraised unit is rated.
    #[error("appraisal {activity} cannot be published: {unrated} of its units are not rated yet")]
    #[serde(rename = "supervision.units_not_rated")]
    UnitsNotRated {
        /// The appraisal.
        activity: ActivityId,
        /// Units without ratings.
        unrated: u32,
    },
    /// Published twice.
    #[error("appraisal {activity} was published on {published_on}")]
    #[serde(rename = "supervision.already_published")]
    AlreadyPublished {
        /// The appraisal.
        activity: ActivityId,
        /// When.
        published_on: NaiveDate,
    },
    /// Closing an appraisal whose results the rulebook requires published.
    #[error("appraisal {activity} must publish its results before it closes ({basis})")]
    #[serde(rename = "supervision.not_published")]
    NotPublished {
        /// The appraisal.
        activity: ActivityId,
        /// `appraisal_publication_required`.
        basis: Basis,
    },
    /// Derived figures in a recorded event differ from the record's.
    #[error(
        "the figures recorded for activity {activity} differ from those the record computes: recorded {recorded}, the record gives {computed}"
    )]
    #[serde(rename = "supervision.figures_mismatch")]
    FiguresMismatch {
        /// The activity.
        activity: ActivityId,
        /// As recorded, in words.
        recorded: Box<Words>,
        /// As the record gives them, in words.
        computed: Box<Words>,
    },
    /// A supervision event given as another event's effect.
    #[error("a supervision event is recorded on its own, never as another event's effect")]
    #[serde(rename = "supervision.not_an_effect")]
    NotAnEffect {},
}

impl SupervisionError {
    /// Every code, in the order of the variants; each once.
    pub const CODES: &'static [&'static str] = &[
        "supervision.forbidden",
        "supervision.no_term",
        "supervision.unknown_activity",
        "supervision.duplicate_activity",
        "supervision.unknown_item",
        "supervision.duplicate_item",
        "supervision.unknown_unit",
        "supervision.investigation_not_available",
        "supervision.not_in_plan",
        "supervision.wrong_stage",
        "supervision.future_date",
        "supervision.held_before_organised",
        "supervision.no_participants",
        "supervision.not_serving",
        "supervision.empty_text",
        "supervision.deadline_not_in_future",
        "supervision.item_closed",
        "supervision.no_feedback",
        "supervision.not_verified",
        "supervision.open_items",
        "supervision.rectification_not_raised",
        "supervision.not_an_appraisal",
        "supervision.no_units_to_appraise",
        "supervision.unit_not_appraised",
        "supervision.ratings_exceed_participants",
        "supervision.no_ratings",
        "supervision.second_round_before_rectification",
        "supervision.units_not_rated",
        "supervision.already_published",
        "supervision.not_published",
        "supervision.figures_mismatch",
        "supervision.not_an_effect",
    ];

    /// The stable code (错误代码), as on the wire. No `_ =>`: a new variant needs a code.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::Forbidden { .. } => "supervision.forbidden",
            Self::NoTerm { .. } => "supervision.no_term",
            Self::UnknownActivity { .. } => "supervision.unknown_activity",
            Self::DuplicateActivity { .. } => "supervision.duplicate_activity",
            Self::UnknownItem { .. } => "supervision.unknown_item",
            Self::DuplicateItem { .. } => "supervision.duplicate_item",
            Self::UnknownUnit { .. } => "supervision.unknown_unit",
            Self::InvestigationNotAvailable { .. } => "supervision.investigation_not_available",
            Self::NotInPlan { .. } => "supervision.not_in_plan",
            Self::WrongStage { .. } => "supervision.wrong_stage",
            Self::FutureDate { .. } => "supervision.future_date",
            Self::HeldBeforeOrganised { .. } => "supervision.held_before_organised",
            Self::NoParticipants { .. } => "supervision.no_participants",
            Self::NotServing { .. } => "supervision.not_serving",
            Self::EmptyText { .. } => "supervision.empty_text",
            Self::DeadlineNotInFuture { .. } => "supervision.deadline_not_in_future",
            Self::ItemClosed { .. } => "supervision.item_closed",
            Self::NoFeedback { .. } => "supervision.no_feedback",
            Self::NotVerified { .. } => "supervision.not_verified",
            Self::OpenItems { .. } => "supervision.open_items",
            Self::RectificationNotRaised { .. } => "supervision.rectification_not_raised",
            Self::NotAnAppraisal { .. } => "supervision.not_an_appraisal",
            Self::NoUnitsToAppraise {} => "supervision.no_units_to_appraise",
            Self::UnitNotAppraised { .. } => "supervision.unit_not_appraised",
            Self::RatingsExceedParticipants { .. } => "supervision.ratings_exceed_participants",
            Self::NoRatings {} => "supervision.no_ratings",
            Self::SecondRoundBeforeRectification { .. } => {
                "supervision.second_round_before_rectification"
            }
            Self::UnitsNotRated { .. } => "supervision.units_not_rated",
            Self::AlreadyPublished { .. } => "supervision.already_published",
            Self::NotPublished { .. } => "supervision.not_published",
            Self::FiguresMismatch { .. } => "supervision.figures_mismatch",
            Self::NotAnEffect {} => "supervision.not_an_effect",
        }
    }

    /// The article the refusal applies, when the rule has one (法律依据).
    #[must_use]
    pub const fn citation(&self) -> Option<&Citation> {
        match self {
            Self::Forbidden { citation, .. }
            | Self::NoTerm { citation }
            | Self::UnknownUnit { citation, .. }
            | Self::NotInPlan { citation, .. }
            | Self::NoParticipants { citation, .. }
            | Self::NoFeedback { citation, .. }
            | Self::NotVerified { citation, .. }
            | Self::OpenItems { citation, .. } => Some(citation),
            Self::InvestigationNotAvailable { basis }
            | Self::RectificationNotRaised { basis, .. }
            | Self::NotPublished { basis, .. } => Some(&basis.citation),
            Self::UnknownActivity { .. }
            | Self::DuplicateActivity { .. }
            | Self::UnknownItem { .. }
            | Self::DuplicateItem { .. }
            | Self::WrongStage { .. }
            | Self::FutureDate { .. }
            | Self::HeldBeforeOrganised { .. }
            | Self::NotServing { .. }
            | Self::EmptyText { .. }
            | Self::DeadlineNotInFuture { .. }
            | Self::ItemClosed { .. }
            | Self::NotAnAppraisal { .. }
            | Self::NoUnitsToAppraise {}
            | Self::UnitNotAppraised { .. }
            | Self::RatingsExceedParticipants { .. }
            | Self::NoRatings {}
            | Self::SecondRoundBeforeRectification { .. }
            | Self::UnitsNotRated { .. }
            | Self::AlreadyPublished { .. }
            | Self::FiguresMismatch { .. }
            | Self::NotAnEffect {} => None,
        }
    }

    /// The rule with its standing (statute, a province's rule, a common-practice default),
    /// when the refusal carries one (依据).
    #[must_use]
    pub const fn basis(&self) -> Option<&Basis> {
        match self {
            Self::InvestigationNotAvailable { basis, .. }
            | Self::RectificationNotRaised { basis, .. }
            | Self::NotPublished { basis, .. } => Some(basis),
            Self::Forbidden { .. }
            | Self::NoTerm { .. }
            | Self::UnknownActivity { .. }
            | Self::DuplicateActivity { .. }
            | Self::UnknownItem { .. }
            | Self::DuplicateItem { .. }
            | Self::UnknownUnit { .. }
            | Self::NotInPlan { .. }
            | Self::WrongStage { .. }
            | Self::FutureDate { .. }
            | Self::HeldBeforeOrganised { .. }
            | Self::NoParticipants { .. }
            | Self::NotServing { .. }
            | Self::EmptyText { .. }
            | Self::DeadlineNotInFuture { .. }
            | Self::ItemClosed { .. }
            | Self::NoFeedback { .. }
            | Self::NotVerified { .. }
            | Self::OpenItems { .. }
            | Self::NotAnAppraisal { .. }
            | Self::NoUnitsToAppraise { .. }
            | Self::UnitNotAppraised { .. }
            | Self::RatingsExceedParticipants { .. }
            | Self::NoRatings { .. }
            | Self::SecondRoundBeforeRectification { .. }
            | Self::UnitsNotRated { .. }
            | Self::AlreadyPublished { .. }
            | Self::FiguresMismatch { .. }
            | Self::NotAnEffect { .. } => None,
        }
    }

    /// The refusal as a clerk reads it, in Chinese (中文说明).
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, SupervisionError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SupervisionError as E;
        match self.0 {
            E::Forbidden { .. }
            | E::NoTerm { .. }
            | E::UnknownActivity { .. }
            | E::DuplicateActivity { .. }
            | E::UnknownItem { .. }
            | E::DuplicateItem { .. }
            | E::UnknownUnit { .. }
            | E::InvestigationNotAvailable { .. }
            | E::NotInPlan { .. }
            | E::WrongStage { .. }
            | E::FutureDate { .. }
            | E::HeldBeforeOrganised { .. }
            | E::NoParticipants { .. }
            | E::NotServing { .. }
            | E::EmptyText { .. } => zh_activity(self.0, f),
            E::DeadlineNotInFuture { .. }
            | E::ItemClosed { .. }
            | E::NoFeedback { .. }
            | E::NotVerified { .. }
            | E::OpenItems { .. }
            | E::RectificationNotRaised { .. } => zh_follow_up(self.0, f),
            E::NotAnAppraisal { .. }
            | E::NoUnitsToAppraise { .. }
            | E::UnitNotAppraised { .. }
            | E::RatingsExceedParticipants { .. }
            | E::NoRatings { .. }
            | E::SecondRoundBeforeRectification { .. }
            | E::UnitsNotRated { .. }
            | E::AlreadyPublished { .. }
            | E::NotPublished { .. }
            | E::FiguresMismatch { .. }
            | E::NotAnEffect { .. } => zh_appraisal(self.0, f),
        }
    }
}

/// The Chinese sentences of some variants; the others are written by the sibling functions
/// (every variant's sample is rendered in the unit tests).
fn zh_activity(e: &SupervisionError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use SupervisionError as E;
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
            allowed.zh()
        ),
        E::NoTerm { citation } => {
            write!(
                f,
                "本届尚未开始：须先由县级人大常委会确定代表名额（{citation}）"
            )
        }
        E::UnknownActivity { activity } => write!(f, "没有编号为{activity}的监督活动"),
        E::DuplicateActivity { activity } => write!(f, "编号为{activity}的监督活动已存在"),
        E::UnknownItem { item } => write!(f, "没有编号为{item}的整改事项"),
        E::DuplicateItem { item } => write!(f, "编号为{item}的整改事项已存在"),
        E::UnknownUnit { unit, citation } => {
            write!(f, "单位{unit}未经乡镇人民政府登记（{citation}）")
        }
        E::InvestigationNotAvailable { basis } => write!(
            f,
            "特定问题调查委员会由县级以上人民代表大会组织，乡镇人民代表大会无此程序（{}）",
            basis.zh()
        ),
        E::NotInPlan {
            year,
            title,
            activity_kind,
            citation,
        } => write!(
            f,
            "{year}年闭会期间工作计划中没有“{title}”这一{}事项（{citation}）",
            activity_kind.label_zh()
        ),
        E::WrongStage {
            activity,
            stage,
            needs,
        } => write!(
            f,
            "监督活动{activity}目前处于“{}”阶段，此操作须在“{}”阶段进行",
            stage.label_zh(),
            needs.label_zh()
        ),
        E::FutureDate { on, today } => {
            write!(f, "{on}晚于今天（{today}）：档案只记录已经发生的事实")
        }
        E::HeldBeforeOrganised { on, organised_on } => {
            write!(f, "活动于{organised_on}安排，不能在此前的{on}开展")
        }
        E::NoParticipants {
            activity_kind,
            citation,
        } => write!(
            f,
            "{}须至少有1名代表参加，实有0名（{citation}）",
            activity_kind.label_zh()
        ),
        E::NotServing { deputy, on } => {
            write!(f, "代表{deputy}在{on}不是在任代表，不能参加活动")
        }
        E::EmptyText { field } => write!(f, "{}不能为空", field.label_zh()),
        _ => Ok(()),
    }
}

/// The Chinese sentences of some variants; the others are written by the sibling functions
/// (every variant's sample is rendered in the unit tests).
fn zh_follow_up(e: &SupervisionError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use SupervisionError as E;
    match e {
        E::DeadlineNotInFuture { deadline, today } => {
            write!(f, "整改期限须晚于今天（{today}），{deadline}不符合")
        }
        E::ItemClosed { item, closed_on } => {
            write!(f, "整改事项{item}已于{closed_on}销号")
        }
        E::NoFeedback { item, citation } => write!(
            f,
            "整改事项{item}尚无责任单位的反馈（0次），复查或销号前至少须有1次反馈（{citation}）"
        ),
        E::NotVerified {
            item,
            last_feedback,
            citation,
        } => write!(
            f,
            "整改事项{item}须在责任单位最后一次反馈（{last_feedback}）之后经复查确认已整改，方可销号（{citation}）"
        ),
        E::OpenItems {
            activity,
            open,
            citation,
        } => write!(
            f,
            "监督活动{activity}不能办结：应有0项未销号，现有{open}项整改事项尚未销号，须跟踪问效至办结（{citation}）"
        ),
        E::RectificationNotRaised {
            activity,
            unit,
            approving,
            ratings,
            required,
            basis,
        } => write!(
            f,
            "单位{unit}在{ratings}票中获满意和基本满意{approving}票，低于须达到的{required}票，工作评议{activity}办结前须交办整改（{}）",
            basis.zh()
        ),
        _ => Ok(()),
    }
}

/// The Chinese sentences of some variants; the others are written by the sibling functions
/// (every variant's sample is rendered in the unit tests).
fn zh_appraisal(e: &SupervisionError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use SupervisionError as E;
    match e {
        E::NotAnAppraisal {
            activity,
            activity_kind,
        } => write!(
            f,
            "监督活动{activity}是{}，不是工作评议，不进行测评",
            activity_kind.label_zh()
        ),
        E::NoUnitsToAppraise {} => f.write_str("工作评议须至少评议1个单位，实有0个"),
        E::UnitNotAppraised { activity, unit } => {
            write!(f, "工作评议{activity}未将单位{unit}列为评议对象")
        }
        E::RatingsExceedParticipants {
            ratings,
            participants,
        } => write!(
            f,
            "参加代表{participants}名，测评票至多{participants}张，实有{ratings}张"
        ),
        E::NoRatings {} => f.write_str("一轮测评至少须有1张测评票，实有0张"),
        E::SecondRoundBeforeRectification {
            unit,
            round,
            raised,
            open,
            ..
        } => write!(
            f,
            "单位{unit}的第{round}轮测评须在整改之后进行：上轮测评后交办整改事项{raised}项，其中{open}项未销号；须至少交办1项且全部销号"
        ),
        E::UnitsNotRated { activity, unrated } => {
            write!(
                f,
                "工作评议{activity}尚有{unrated}个单位未测评，不能公开结果"
            )
        }
        E::AlreadyPublished {
            activity,
            published_on,
        } => write!(f, "工作评议{activity}已于{published_on}公开结果"),
        E::NotPublished { activity, basis } => {
            write!(
                f,
                "工作评议{activity}须先向社会公开评议结果，方可办结（{}）",
                basis.zh()
            )
        }
        E::FiguresMismatch {
            activity,
            recorded,
            computed,
        } => write!(
            f,
            "监督活动{activity}记录的数字与档案计算的不一致：记载为{}，按记录应为{}",
            recorded.zh, computed.zh
        ),
        E::NotAnEffect {} => f.write_str("监督事件只能单独记录，不能作为其他事件的附带结果"),

        _ => Ok(()),
    }
}

/// What an actor tried to do in supervision (监督行为).
#[doc(alias = "监督行为")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SupervisionAct {
    /// Organise an activity.
    Organise,
    /// Record an activity held.
    RecordHeld,
    /// Record findings and opinions.
    RecordReport,
    /// Forward the report.
    DeliverOpinions,
    /// Raise a rectification item.
    RaiseRectification,
    /// Send feedback on an item.
    SendFeedback,
    /// Re-inspect an item.
    Reinspect,
    /// Close an item.
    CloseItem,
    /// Record ratings.
    RecordRatings,
    /// Publish an appraisal.
    PublishAppraisal,
    /// Close an activity.
    CloseActivity,
}

impl fmt::Display for SupervisionAct {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Organise => "organise a supervision activity",
            Self::RecordHeld => "record a supervision activity held",
            Self::RecordReport => "record an activity's findings and opinions",
            Self::DeliverOpinions => "forward an activity's report",
            Self::RaiseRectification => "raise a rectification item",
            Self::SendFeedback => "send feedback on this rectification item",
            Self::Reinspect => "re-inspect a rectification item",
            Self::CloseItem => "close a rectification item",
            Self::RecordRatings => "record appraisal ratings",
            Self::PublishAppraisal => "publish an appraisal's results",
            Self::CloseActivity => "close a supervision activity",
        })
    }
}

impl Label for SupervisionAct {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Organise => "安排监督活动",
            Self::RecordHeld => "登记监督活动开展情况",
            Self::RecordReport => "形成监督报告",
            Self::DeliverOpinions => "转交审议意见",
            Self::RaiseRectification => "交办整改事项",
            Self::SendFeedback => "反馈该整改事项",
            Self::Reinspect => "复查整改情况",
            Self::CloseItem => "整改事项销号",
            Self::RecordRatings => "登记工作评议测评结果",
            Self::PublishAppraisal => "公开评议结果",
            Self::CloseActivity => "监督活动办结",
        }
    }
}

/// Who the law lets act (有权主体).
#[doc(alias = "有权主体")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(rename = "SupervisionWho")]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Who {
    /// The presidium as a body.
    Presidium {},
    /// The presidium, or congress staff recording a fact.
    PresidiumOrStaff {},
    /// The presidium, or one of its members.
    PresidiumOrMember {},
    /// The unit responsible for the item.
    ResponsibleUnit {
        /// The unit.
        unit: UnitId,
    },
}

impl fmt::Display for Who {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Presidium {} => f.write_str("the presidium"),
            Self::PresidiumOrStaff {} => f.write_str("the presidium or congress staff"),
            Self::PresidiumOrMember {} => f.write_str("the presidium or one of its members"),
            Self::ResponsibleUnit { unit } => write!(f, "the responsible unit, {unit}"),
        }
    }
}

impl Label for Who {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Presidium {} => "主席团",
            Self::PresidiumOrStaff {} => "主席团或人大干事",
            Self::PresidiumOrMember {} => "主席团或其成员",
            Self::ResponsibleUnit { .. } => "责任单位",
        }
    }
}

impl Who {
    /// Who may act, in Chinese, with the unit it names: `责任单位<id>`, `主席团`.
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, Who> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Who::ResponsibleUnit { unit } => write!(f, "责任单位{unit}"),
            who => f.write_str(who.label_zh()),
        }
    }
}

/// The stages of an activity, by name (活动阶段).
#[doc(alias = "活动阶段")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    /// Organised, not yet held.
    Organised,
    /// Held.
    Held,
    /// Findings and opinions recorded.
    Reported,
    /// Report forwarded.
    Delivered,
    /// Closed.
    Closed,
}

impl fmt::Display for StageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Organised => "organised, not yet held",
            Self::Held => "held, its findings not yet recorded",
            Self::Reported => "reported, its opinions not yet forwarded",
            Self::Delivered => "forwarded to the organs concerned",
            Self::Closed => "closed",
        })
    }
}

impl Label for StageKind {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Organised => "已安排",
            Self::Held => "已开展",
            Self::Reported => "已形成报告",
            Self::Delivered => "已转交",
            Self::Closed => "已办结",
        }
    }
}

/// A text a command must not leave empty (必填文字).
#[doc(alias = "必填文字")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(rename = "SupervisionTextField")]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TextField {
    /// An activity's title.
    Title,
    /// An activity's findings.
    Findings,
    /// A rectification item's problem.
    Issue,
    /// A unit's feedback.
    Feedback,
    /// A re-inspection's notes.
    Notes,
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Title => "activity's title",
            Self::Findings => "activity's findings",
            Self::Issue => "rectification item's problem",
            Self::Feedback => "unit's feedback",
            Self::Notes => "re-inspection's notes",
        })
    }
}

impl Label for TextField {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Title => "活动名称",
            Self::Findings => "监督发现的问题",
            Self::Issue => "整改问题",
            Self::Feedback => "反馈内容",
            Self::Notes => "复查情况",
        }
    }
}

/// A round's result in words: `round 1: 3/4 (75.0%) approving, 3 needed: rectification
/// required`.
impl InWords for RoundResult {
    fn words(&self) -> Words {
        let (needed_en, needed_zh) = match self.required {
            Some(n) => (format!("{n} needed"), format!("须{n}票")),
            None => ("no threshold".to_owned(), "未设标准".to_owned()),
        };
        let (en, zh) = if self.rectification_required {
            ("rectification required", "应当整改")
        } else {
            ("no rectification required", "无须整改")
        };
        Words::new(
            format!(
                "round {}: {} approving, {needed_en}: {en}",
                self.round, self.rate
            ),
            format!(
                "第{}轮：满意和基本满意{}，{needed_zh}，{zh}",
                self.round, self.rate
            ),
        )
    }
}

/// Each unit's latest result: `unit <id>: round 1: …; unit <id>: …`; `none` / `无`.
impl InWords for Vec<UnitResult> {
    fn words(&self) -> Words {
        if self.is_empty() {
            return Words::new("none", "无");
        }
        let (mut en, mut zh) = (Vec::new(), Vec::new());
        for r in self {
            let w = r.latest.words();
            en.push(format!("unit {}: {}", r.unit, w.en));
            zh.push(format!("单位{}：{}", r.unit, w.zh));
        }
        Words::new(en.join("; "), zh.join("；"))
    }
}
