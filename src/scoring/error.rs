//! Why a rubric, a piece of evidence or a ranking was refused (考核错误).

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::evidence::{EvidenceKey, Value, ValueKind};
use super::points::Points;
use crate::label::{Label, Zh, phrase_zh};
use crate::rulebook::{Basis, Citation};

/// Why scoring refused a rubric, evidence or a ranking (考核错误).
///
/// Rubric errors name the place in the rubric document as a JSON Pointer (RFC 6901), e.g.
/// `/dimensions/2/indicators/4/points`, then what was required and what was found.
///
/// # Examples
///
/// ```
/// use township_congress::scoring::{Points, ScoringError};
///
/// let e = ScoringError::PointsDoNotAddUp {
///     path: "/dimensions/1/points".into(),
///     declared: Points::whole(25),
///     sum: Points::whole(23),
///     parts: "indicators",
/// };
/// assert_eq!(
///     e.to_string(),
///     "/dimensions/1/points: the maximum is 25 points, its indicators' maxima add up to 23; the two must be equal"
/// );
/// ```
#[doc(alias = "考核错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum ScoringError {
    // ---- the rubric document ----
    /// The text is not a rubric document (bad JSON, a missing or misspelt field, an unknown
    /// `format_version`); the message has the line and column.
    #[error("the rubric is not a valid rubric document: {message}")]
    #[serde(rename = "scoring.malformed")]
    Malformed {
        /// serde's message, with line and column.
        message: String,
    },
    /// Maxima that must add up do not.
    #[error(
        "{path}: the maximum is {declared} points, its {parts}' maxima add up to {sum}; the two must be equal"
    )]
    #[serde(rename = "scoring.points_do_not_add_up")]
    PointsDoNotAddUp {
        /// Where.
        path: String,
        /// The maximum declared.
        declared: Points,
        /// The sum of the parts' maxima.
        sum: Points,
        /// What was added up: `indicators` or `dimensions`.
        parts: &'static str,
    },
    /// A number of points that must be above zero is not.
    #[error("{path}: points must be more than 0, got {found}")]
    #[serde(rename = "scoring.not_positive")]
    NotPositive {
        /// Where.
        path: String,
        /// The value found.
        found: Points,
    },
    /// A number of points that cannot be negative is.
    #[error("{path}: points cannot be negative, got {found}")]
    #[serde(rename = "scoring.negative")]
    Negative {
        /// Where.
        path: String,
        /// The value found.
        found: Points,
    },
    /// A part gives more than the whole allows.
    #[error("{path}: {what} is {found} points, above the maximum of {max}")]
    #[serde(rename = "scoring.above_maximum")]
    AboveMaximum {
        /// Where.
        path: String,
        /// What exceeds it.
        what: &'static str,
        /// The value found.
        found: Points,
        /// The maximum.
        max: Points,
    },
    /// The best band or level of an indicator gives less than its maximum, which could then
    /// never be reached.
    #[error(
        "{path}: the best band gives {best} points, the indicator's maximum is {max}; the best band must give the maximum"
    )]
    #[serde(rename = "scoring.best_below_maximum")]
    BestBelowMaximum {
        /// Where.
        path: String,
        /// The best band's points.
        best: Points,
        /// The indicator's maximum.
        max: Points,
    },
    /// A bonus item is worth more than the whole bonus cap.
    #[error(
        "{path}: a bonus item worth up to {item} points exceeds the bonus cap of {cap} (加分封顶)"
    )]
    #[serde(rename = "scoring.bonus_cap_exceeded")]
    BonusCapExceeded {
        /// Where.
        path: String,
        /// The item's maximum.
        item: Points,
        /// The cap of all bonuses.
        cap: Points,
    },
    /// An id appears twice.
    #[error("{path}: the id `{id}` is already used at {first}; ids must be unique")]
    #[serde(rename = "scoring.duplicate_id")]
    DuplicateId {
        /// Where the second one is.
        path: String,
        /// The id.
        id: String,
        /// Where the first one is.
        first: String,
    },
    /// An id is not a stable snake_case name.
    #[error(
        "{path}: the id `{id}` must be lowercase ASCII letters, digits and underscores, starting with a letter"
    )]
    #[serde(rename = "scoring.invalid_id")]
    InvalidId {
        /// Where.
        path: String,
        /// The id.
        id: String,
    },
    /// A required text is empty.
    #[error("{path}: {what} cannot be empty")]
    #[serde(rename = "scoring.empty_text")]
    EmptyText {
        /// Where.
        path: String,
        /// What text.
        what: &'static str,
    },
    /// A list that needs entries has none.
    #[error("{path}: needs at least one {what}, got none")]
    #[serde(rename = "scoring.empty")]
    Empty {
        /// Where.
        path: String,
        /// What it needs.
        what: &'static str,
    },
    /// An indicator or veto reads evidence the catalogue does not have.
    #[error("{path}: there is no evidence named `{name}` in the catalogue")]
    #[serde(rename = "scoring.unknown_evidence")]
    UnknownEvidence {
        /// Where.
        path: String,
        /// The name given.
        name: String,
    },
    /// A rule reads evidence of the wrong kind (a rate rule on a count).
    #[error("{path}: a `{rule}` rule reads {needs} evidence, but `{evidence}` is a {has}")]
    #[serde(rename = "scoring.wrong_evidence_kind")]
    WrongEvidenceKind {
        /// Where.
        path: String,
        /// The rule.
        rule: &'static str,
        /// The evidence read.
        evidence: EvidenceKey,
        /// The kind the rule reads.
        needs: ValueKind,
        /// The evidence's kind.
        has: ValueKind,
    },
    /// A count target of zero.
    #[error("{path}: a target must be at least 1, got 0")]
    #[serde(rename = "scoring.zero_target")]
    ZeroTarget {
        /// Where.
        path: String,
    },
    /// Bands not listed from the highest threshold down, each strictly lower.
    #[error(
        "{path}: bands go from the highest threshold down, each strictly lower than the one before; {found} follows {previous}"
    )]
    #[serde(rename = "scoring.bands_out_of_order")]
    BandsOutOfOrder {
        /// Where.
        path: String,
        /// The threshold before.
        previous: String,
        /// The threshold found.
        found: String,
    },
    /// A lower band gives more points than a higher one.
    #[error(
        "{path}: a lower band cannot give more points than a higher one; {found} follows {previous}"
    )]
    #[serde(rename = "scoring.band_points_rise")]
    BandPointsRise {
        /// Where.
        path: String,
        /// The points of the band before.
        previous: Points,
        /// The points found.
        found: Points,
    },
    /// A level outside the evidence's levels.
    #[error("{path}: `{evidence}` has levels 0 to {max}, got {level}")]
    #[serde(rename = "scoring.level_out_of_range")]
    LevelOutOfRange {
        /// Where.
        path: String,
        /// The evidence.
        evidence: EvidenceKey,
        /// The level found.
        level: u8,
        /// The highest level.
        max: u8,
    },
    /// A level listed twice.
    #[error("{path}: level {level} is listed twice; each level once")]
    #[serde(rename = "scoring.duplicate_level")]
    DuplicateLevel {
        /// Where.
        path: String,
        /// The level.
        level: u8,
    },
    /// Grade bands not listed from the best down with strictly lower thresholds (equal
    /// thresholds overlap).
    #[error(
        "{path}: grades go from the best down, each starting strictly below the one before; {found} follows {previous}"
    )]
    #[serde(rename = "scoring.grades_out_of_order")]
    GradesOutOfOrder {
        /// Where.
        path: String,
        /// The threshold before.
        previous: Points,
        /// The threshold found.
        found: Points,
    },
    /// The lowest grade starts above zero, leaving lower totals without a grade.
    #[error(
        "{path}: the lowest grade starts at {lowest} points, so totals from 0 up to it have no grade; it must start at 0"
    )]
    #[serde(rename = "scoring.grade_gap")]
    GradeGap {
        /// Where.
        path: String,
        /// The lowest grade's threshold.
        lowest: Points,
    },
    /// A grade no township can reach.
    #[error(
        "{path}: the grade starts at {threshold} points, but a township can score at most {reachable} (total plus bonus cap)"
    )]
    #[serde(rename = "scoring.grade_unreachable")]
    GradeUnreachable {
        /// Where.
        path: String,
        /// Its threshold.
        threshold: Points,
        /// The most a township can score.
        reachable: Points,
    },
    /// A veto names a grade the rubric does not have.
    #[error("{path}: there is no grade `{id}` in the rubric")]
    #[serde(rename = "scoring.unknown_grade")]
    UnknownGrade {
        /// Where.
        path: String,
        /// The id given.
        id: String,
    },
    /// A tie-breaker names a dimension the rubric does not have.
    #[error("{path}: there is no dimension `{id}` in the rubric")]
    #[serde(rename = "scoring.unknown_dimension")]
    UnknownDimension {
        /// Where.
        path: String,
        /// The id given.
        id: String,
    },

    // ---- evidence ----
    /// The year has no 1 January in the calendar.
    #[error("the year {year} is outside the calendar")]
    #[serde(rename = "scoring.invalid_year")]
    InvalidYear {
        /// The year.
        year: i32,
    },
    /// The cut-off is before the year assessed.
    #[error(
        "the cut-off {as_of} is before the year assessed, {year}; it must be on or after 1 January"
    )]
    #[serde(rename = "scoring.cut_off_before_year")]
    CutOffBeforeYear {
        /// The year.
        year: i32,
        /// The cut-off.
        as_of: NaiveDate,
    },
    /// No congress term on record by the cut-off.
    #[error("the ledger has no congress term on record by {as_of}; evidence needs a township")]
    #[serde(rename = "scoring.no_term")]
    NoTerm {
        /// The cut-off.
        as_of: NaiveDate,
    },
    /// The log's prefix could not be replayed.
    #[error("the log up to the cut-off could not be replayed: {error}")]
    #[serde(rename = "scoring.replay")]
    Replay {
        /// Why.
        error: Box<crate::Error>,
    },
    /// A derived item was stated by hand.
    #[error("`{key}` is derived from the {from}, not stated: it cannot be given by hand")]
    #[serde(rename = "scoring.derived_not_stated")]
    DerivedNotStated {
        /// The key.
        key: EvidenceKey,
        /// What derives it: `ledger`, or the module that will.
        from: &'static str,
    },
    /// A stated item was given as derived.
    #[error("`{key}` is stated by the caller with a source; it cannot be derived")]
    #[serde(rename = "scoring.stated_not_derived")]
    StatedNotDerived {
        /// The key.
        key: EvidenceKey,
    },
    /// A value of the wrong kind for its key.
    #[error("`{key}` holds a {expected}, got a {found}")]
    #[serde(rename = "scoring.wrong_value_kind")]
    WrongValueKind {
        /// The key.
        key: EvidenceKey,
        /// The key's kind.
        expected: ValueKind,
        /// The value's kind.
        found: ValueKind,
    },
    /// A level above the key's highest.
    #[error("`{key}` has levels 0 to {max}, got {level}")]
    #[serde(rename = "scoring.level_too_high")]
    LevelTooHigh {
        /// The key.
        key: EvidenceKey,
        /// The level given.
        level: u8,
        /// The highest level.
        max: u8,
    },
    /// A stated fact without a source.
    #[error("`{key}` is stated without a source; a stated fact needs one")]
    #[serde(rename = "scoring.missing_source")]
    MissingSource {
        /// The key.
        key: EvidenceKey,
    },
    /// A fact stated twice.
    #[error("`{key}` is already stated")]
    #[serde(rename = "scoring.already_stated")]
    AlreadyStated {
        /// The key.
        key: EvidenceKey,
    },
    /// The record contradicts a stated fact.
    #[error(
        "`{key}` is stated as {stated}, but the record shows `{derived_key}` = {derived} by {as_of}: {rule}"
    )]
    #[serde(rename = "scoring.contradicted")]
    Contradicted {
        /// The key stated.
        key: EvidenceKey,
        /// The value stated.
        stated: Value,
        /// The derived item that contradicts it.
        derived_key: EvidenceKey,
        /// Its value.
        derived: Value,
        /// The cut-off.
        as_of: NaiveDate,
        /// The rule.
        rule: &'static str,
    },

    // ---- ranking ----
    /// Two entries for one township.
    #[error("`{township}` appears twice; a ranking has one entry per township")]
    #[serde(rename = "scoring.duplicate_township")]
    DuplicateTownship {
        /// The township.
        township: String,
    },
    /// Entries of different years.
    #[error(
        "`{township}` is assessed for {found}, the others for {year}; a ranking is of one year"
    )]
    #[serde(rename = "scoring.mixed_years")]
    MixedYears {
        /// The township.
        township: String,
        /// The ranking's year.
        year: i32,
        /// The entry's year.
        found: i32,
    },
    /// A scorecard from another rubric.
    #[error(
        "`{township}` was scored under `{found}` with {dimensions} dimensions; this rubric is `{expected}`"
    )]
    #[serde(rename = "scoring.other_rubric")]
    OtherRubric {
        /// The township.
        township: String,
        /// This rubric's name.
        expected: String,
        /// The scorecard's rubric.
        found: String,
        /// The scorecard's number of dimensions.
        dimensions: usize,
    },
}

impl ScoringError {
    /// Every code, in the order of the variants; each once.
    pub const CODES: &'static [&'static str] = &[
        "scoring.malformed",
        "scoring.points_do_not_add_up",
        "scoring.not_positive",
        "scoring.negative",
        "scoring.above_maximum",
        "scoring.best_below_maximum",
        "scoring.bonus_cap_exceeded",
        "scoring.duplicate_id",
        "scoring.invalid_id",
        "scoring.empty_text",
        "scoring.empty",
        "scoring.unknown_evidence",
        "scoring.wrong_evidence_kind",
        "scoring.zero_target",
        "scoring.bands_out_of_order",
        "scoring.band_points_rise",
        "scoring.level_out_of_range",
        "scoring.duplicate_level",
        "scoring.grades_out_of_order",
        "scoring.grade_gap",
        "scoring.grade_unreachable",
        "scoring.unknown_grade",
        "scoring.unknown_dimension",
        "scoring.invalid_year",
        "scoring.cut_off_before_year",
        "scoring.no_term",
        "scoring.replay",
        "scoring.derived_not_stated",
        "scoring.stated_not_derived",
        "scoring.wrong_value_kind",
        "scoring.level_too_high",
        "scoring.missing_source",
        "scoring.already_stated",
        "scoring.contradicted",
        "scoring.duplicate_township",
        "scoring.mixed_years",
        "scoring.other_rubric",
    ];

    /// The stable code (错误代码), as the wire's `code` tag. No `_ =>`: a new variant needs a
    /// code to compile.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::Malformed { .. } => "scoring.malformed",
            Self::PointsDoNotAddUp { .. } => "scoring.points_do_not_add_up",
            Self::NotPositive { .. } => "scoring.not_positive",
            Self::Negative { .. } => "scoring.negative",
            Self::AboveMaximum { .. } => "scoring.above_maximum",
            Self::BestBelowMaximum { .. } => "scoring.best_below_maximum",
            Self::BonusCapExceeded { .. } => "scoring.bonus_cap_exceeded",
            Self::DuplicateId { .. } => "scoring.duplicate_id",
            Self::InvalidId { .. } => "scoring.invalid_id",
            Self::EmptyText { .. } => "scoring.empty_text",
            Self::Empty { .. } => "scoring.empty",
            Self::UnknownEvidence { .. } => "scoring.unknown_evidence",
            Self::WrongEvidenceKind { .. } => "scoring.wrong_evidence_kind",
            Self::ZeroTarget { .. } => "scoring.zero_target",
            Self::BandsOutOfOrder { .. } => "scoring.bands_out_of_order",
            Self::BandPointsRise { .. } => "scoring.band_points_rise",
            Self::LevelOutOfRange { .. } => "scoring.level_out_of_range",
            Self::DuplicateLevel { .. } => "scoring.duplicate_level",
            Self::GradesOutOfOrder { .. } => "scoring.grades_out_of_order",
            Self::GradeGap { .. } => "scoring.grade_gap",
            Self::GradeUnreachable { .. } => "scoring.grade_unreachable",
            Self::UnknownGrade { .. } => "scoring.unknown_grade",
            Self::UnknownDimension { .. } => "scoring.unknown_dimension",
            Self::InvalidYear { .. } => "scoring.invalid_year",
            Self::CutOffBeforeYear { .. } => "scoring.cut_off_before_year",
            Self::NoTerm { .. } => "scoring.no_term",
            Self::Replay { .. } => "scoring.replay",
            Self::DerivedNotStated { .. } => "scoring.derived_not_stated",
            Self::StatedNotDerived { .. } => "scoring.stated_not_derived",
            Self::WrongValueKind { .. } => "scoring.wrong_value_kind",
            Self::LevelTooHigh { .. } => "scoring.level_too_high",
            Self::MissingSource { .. } => "scoring.missing_source",
            Self::AlreadyStated { .. } => "scoring.already_stated",
            Self::Contradicted { .. } => "scoring.contradicted",
            Self::DuplicateTownship { .. } => "scoring.duplicate_township",
            Self::MixedYears { .. } => "scoring.mixed_years",
            Self::OtherRubric { .. } => "scoring.other_rubric",
        }
    }

    /// The article the refusal applies (法律依据). A rubric is local custom and names none;
    /// a log that could not be replayed cites the rule its entry breaks.
    #[must_use]
    pub fn citation(&self) -> Option<&Citation> {
        match self {
            Self::Replay { error } => error.citation(),
            Self::Malformed { .. }
            | Self::PointsDoNotAddUp { .. }
            | Self::NotPositive { .. }
            | Self::Negative { .. }
            | Self::AboveMaximum { .. }
            | Self::BestBelowMaximum { .. }
            | Self::BonusCapExceeded { .. }
            | Self::DuplicateId { .. }
            | Self::InvalidId { .. }
            | Self::EmptyText { .. }
            | Self::Empty { .. }
            | Self::UnknownEvidence { .. }
            | Self::WrongEvidenceKind { .. }
            | Self::ZeroTarget { .. }
            | Self::BandsOutOfOrder { .. }
            | Self::BandPointsRise { .. }
            | Self::LevelOutOfRange { .. }
            | Self::DuplicateLevel { .. }
            | Self::GradesOutOfOrder { .. }
            | Self::GradeGap { .. }
            | Self::GradeUnreachable { .. }
            | Self::UnknownGrade { .. }
            | Self::UnknownDimension { .. }
            | Self::InvalidYear { .. }
            | Self::CutOffBeforeYear { .. }
            | Self::NoTerm { .. }
            | Self::DerivedNotStated { .. }
            | Self::StatedNotDerived { .. }
            | Self::WrongValueKind { .. }
            | Self::LevelTooHigh { .. }
            | Self::MissingSource { .. }
            | Self::AlreadyStated { .. }
            | Self::Contradicted { .. }
            | Self::DuplicateTownship { .. }
            | Self::MixedYears { .. }
            | Self::OtherRubric { .. } => None,
        }
    }

    /// The rule with its standing, for a log that could not be replayed (依据).
    #[must_use]
    pub fn basis(&self) -> Option<&Basis> {
        match self {
            Self::Replay { error } => error.basis(),
            Self::Malformed { .. }
            | Self::PointsDoNotAddUp { .. }
            | Self::NotPositive { .. }
            | Self::Negative { .. }
            | Self::AboveMaximum { .. }
            | Self::BestBelowMaximum { .. }
            | Self::BonusCapExceeded { .. }
            | Self::DuplicateId { .. }
            | Self::InvalidId { .. }
            | Self::EmptyText { .. }
            | Self::Empty { .. }
            | Self::UnknownEvidence { .. }
            | Self::WrongEvidenceKind { .. }
            | Self::ZeroTarget { .. }
            | Self::BandsOutOfOrder { .. }
            | Self::BandPointsRise { .. }
            | Self::LevelOutOfRange { .. }
            | Self::DuplicateLevel { .. }
            | Self::GradesOutOfOrder { .. }
            | Self::GradeGap { .. }
            | Self::GradeUnreachable { .. }
            | Self::UnknownGrade { .. }
            | Self::UnknownDimension { .. }
            | Self::InvalidYear { .. }
            | Self::CutOffBeforeYear { .. }
            | Self::NoTerm { .. }
            | Self::DerivedNotStated { .. }
            | Self::StatedNotDerived { .. }
            | Self::WrongValueKind { .. }
            | Self::LevelTooHigh { .. }
            | Self::MissingSource { .. }
            | Self::AlreadyStated { .. }
            | Self::Contradicted { .. }
            | Self::DuplicateTownship { .. }
            | Self::MixedYears { .. }
            | Self::OtherRubric { .. } => None,
        }
    }

    /// The refusal as a clerk reads it, in Chinese (中文说明).
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::scoring::ScoringError;
    ///
    /// let e = ScoringError::ZeroTarget { path: "/dimensions/0/indicators/1/rule/target".into() };
    /// assert_eq!(e.zh().to_string(), "/dimensions/0/indicators/1/rule/target：目标值至少为1，现为0");
    /// ```
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, ScoringError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ScoringError as E;
        // One arm per variant (no `_`): a new variant does not compile until it has a sentence.
        match self.0 {
            E::Malformed { .. }
            | E::PointsDoNotAddUp { .. }
            | E::NotPositive { .. }
            | E::Negative { .. }
            | E::AboveMaximum { .. }
            | E::BestBelowMaximum { .. }
            | E::BonusCapExceeded { .. }
            | E::DuplicateId { .. }
            | E::InvalidId { .. }
            | E::EmptyText { .. }
            | E::Empty { .. }
            | E::UnknownEvidence { .. } => zh_rubric(self.0, f),
            E::WrongEvidenceKind { .. }
            | E::ZeroTarget { .. }
            | E::BandsOutOfOrder { .. }
            | E::BandPointsRise { .. }
            | E::LevelOutOfRange { .. }
            | E::DuplicateLevel { .. }
            | E::GradesOutOfOrder { .. }
            | E::GradeGap { .. }
            | E::GradeUnreachable { .. }
            | E::UnknownGrade { .. }
            | E::UnknownDimension { .. } => zh_bands(self.0, f),
            E::InvalidYear { .. }
            | E::CutOffBeforeYear { .. }
            | E::NoTerm { .. }
            | E::Replay { .. }
            | E::DerivedNotStated { .. }
            | E::StatedNotDerived { .. }
            | E::WrongValueKind { .. }
            | E::LevelTooHigh { .. }
            | E::MissingSource { .. }
            | E::AlreadyStated { .. }
            | E::Contradicted { .. } => zh_evidence(self.0, f),
            E::DuplicateTownship { .. } | E::MixedYears { .. } | E::OtherRubric { .. } => {
                zh_ranking(self.0, f)
            }
        }
    }
}

/// An evidence value in Chinese: `是`, `3`, `45/46（97.8%）`, `等级2`.
fn value_zh(v: &Value) -> String {
    match v {
        Value::YesNo { yes: true } => "是".to_owned(),
        Value::YesNo { yes: false } => "否".to_owned(),
        Value::Count { count } => count.to_string(),
        Value::Rate { rate } => format!("{rate}（{}）", rate.percent()),
        Value::Level { level } => format!("等级{level}"),
    }
}

/// The Chinese sentence: the rubric's points, ids, texts and evidence.
fn zh_rubric(e: &ScoringError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use ScoringError as E;
    match e {
        E::Malformed { message } => write!(f, "考核办法文件格式不正确：{message}"),
        E::PointsDoNotAddUp {
            path,
            declared,
            sum,
            parts,
        } => write!(
            f,
            "{path}：满分为{declared}分，其下各{}满分合计{sum}分，两者须相等",
            phrase_zh(parts)
        ),
        E::NotPositive { path, found } => write!(f, "{path}：分值须大于0，现为{found}"),
        E::Negative { path, found } => write!(f, "{path}：分值不能为负数，现为{found}"),
        E::AboveMaximum {
            path,
            what,
            found,
            max,
        } => write!(f, "{path}：{}为{found}分，超过上限{max}分", phrase_zh(what)),
        E::BestBelowMaximum { path, best, max } => write!(
            f,
            "{path}：最高档次为{best}分，而指标满分为{max}分；最高档次须给满分"
        ),
        E::BonusCapExceeded { path, item, cap } => {
            write!(f, "{path}：该加分项目最多{item}分，超过加分封顶{cap}分")
        }
        E::DuplicateId { path, id, first } => {
            write!(f, "{path}：标识`{id}`已在{first}使用；标识须唯一")
        }
        E::InvalidId { path, id } => write!(
            f,
            "{path}：标识`{id}`须由小写英文字母、数字和下划线组成，并以字母开头"
        ),
        E::EmptyText { path, what } => write!(f, "{path}：{}不能为空", phrase_zh(what)),
        E::Empty { path, what } => write!(f, "{path}：至少须有一个{}", phrase_zh(what)),
        E::UnknownEvidence { path, name } => {
            write!(f, "{path}：证据目录中没有名为`{name}`的证据")
        }
        _ => Ok(()),
    }
}

/// The Chinese sentence: evidence kinds, bands, levels and grades.
fn zh_bands(e: &ScoringError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use ScoringError as E;
    match e {
        E::WrongEvidenceKind {
            path,
            rule,
            evidence,
            needs,
            has,
        } => write!(
            f,
            "{path}：`{rule}`规则读取{}类证据，而`{evidence}`（{}）是{}类",
            needs.label_zh(),
            evidence.label_zh(),
            has.label_zh()
        ),
        E::ZeroTarget { path } => write!(f, "{path}：目标值至少为1，现为0"),
        E::BandsOutOfOrder {
            path,
            previous,
            found,
        } => write!(
            f,
            "{path}：档次须按门槛从高到低排列，每档严格低于上一档；{found}排在{previous}之后"
        ),
        E::BandPointsRise {
            path,
            previous,
            found,
        } => write!(
            f,
            "{path}：较低档次的分值不能高于较高档次；{found}分排在{previous}分之后"
        ),
        E::LevelOutOfRange {
            path,
            evidence,
            level,
            max,
        } => write!(
            f,
            "{path}：`{evidence}`（{}）的等级为0至{max}，现为{level}",
            evidence.label_zh()
        ),
        E::DuplicateLevel { path, level } => {
            write!(f, "{path}：等级{level}重复列出；每个等级只列一次")
        }
        E::GradesOutOfOrder {
            path,
            previous,
            found,
        } => write!(
            f,
            "{path}：等次须从高到低排列，每个等次的起点严格低于上一个；{found}分排在{previous}分之后"
        ),
        E::GradeGap { path, lowest } => write!(
            f,
            "{path}：最低等次从{lowest}分起，0分至该分数的总分没有等次；最低等次须从0分起"
        ),
        E::GradeUnreachable {
            path,
            threshold,
            reachable,
        } => write!(
            f,
            "{path}：该等次从{threshold}分起，但乡镇最多只能得{reachable}分（总分加加分上限）"
        ),
        E::UnknownGrade { path, id } => write!(f, "{path}：考核办法中没有等次`{id}`"),
        E::UnknownDimension { path, id } => {
            write!(f, "{path}：考核办法中没有考核维度`{id}`")
        }
        _ => Ok(()),
    }
}

/// The Chinese sentence: the year, the record and the evidence stated or derived.
fn zh_evidence(e: &ScoringError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use ScoringError as E;
    match e {
        E::InvalidYear { year } => write!(f, "{year}年不在日历范围内"),
        E::CutOffBeforeYear { year, as_of } => {
            write!(f, "截止日{as_of}早于考核年度{year}年，须在该年1月1日或之后")
        }
        E::NoTerm { as_of } => write!(f, "截至{as_of}，档案中没有本届人大的记录；考核证据须有乡镇"),
        E::Replay { error } => write!(f, "截止日前的档案无法重放：{}", error.zh()),
        E::DerivedNotStated { key, from } => write!(
            f,
            "`{key}`（{}）由{}得出，不能自行填报",
            key.label_zh(),
            phrase_zh(from)
        ),
        E::StatedNotDerived { key } => write!(
            f,
            "`{key}`（{}）由填报方注明来源后填报，不能从档案得出",
            key.label_zh()
        ),
        E::WrongValueKind {
            key,
            expected,
            found,
        } => write!(
            f,
            "`{key}`（{}）应为{}，现为{}",
            key.label_zh(),
            expected.label_zh(),
            found.label_zh()
        ),
        E::LevelTooHigh { key, level, max } => write!(
            f,
            "`{key}`（{}）的等级为0至{max}，现为{level}",
            key.label_zh()
        ),
        E::MissingSource { key } => write!(
            f,
            "`{key}`（{}）未注明来源；自报事项须注明来源",
            key.label_zh()
        ),
        E::AlreadyStated { key } => write!(f, "`{key}`（{}）已经填报", key.label_zh()),
        E::Contradicted {
            key,
            stated,
            derived_key,
            derived,
            as_of,
            rule,
        } => write!(
            f,
            "`{key}`（{}）填报为{}，但截至{as_of}档案显示`{derived_key}`（{}）为{}：{}",
            key.label_zh(),
            value_zh(stated),
            derived_key.label_zh(),
            value_zh(derived),
            phrase_zh(rule)
        ),
        _ => Ok(()),
    }
}

/// The Chinese sentence: a ranking's townships, years and rubrics.
fn zh_ranking(e: &ScoringError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use ScoringError as E;
    match e {
        E::DuplicateTownship { township } => {
            write!(f, "“{township}”出现两次；排名中每个乡镇只有一条")
        }
        E::MixedYears {
            township,
            year,
            found,
        } => write!(
            f,
            "“{township}”的考核年度为{found}年，其他乡镇为{year}年；排名只比较同一年度"
        ),
        E::OtherRubric {
            township,
            expected,
            found,
            dimensions,
        } => write!(
            f,
            "“{township}”按“{found}”（{dimensions}个考核维度）评分，本考核办法为“{expected}”"
        ),
        _ => Ok(()),
    }
}

/// A JSON Pointer segment appended to a path.
pub(crate) fn at(path: &str, segment: impl std::fmt::Display) -> String {
    format!("{path}/{segment}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::Rate;
    use crate::session::SessionError;
    use crate::testing::check_error_samples;

    /// The JSON path the samples point at.
    fn path() -> String {
        String::from("/dimensions/1/points")
    }

    /// One error of every variant, in the order of [`ScoringError::CODES`].
    fn samples() -> Vec<ScoringError> {
        [rubric_samples(), band_samples(), evidence_samples()].concat()
    }

    /// A rubric's points, ids, texts and the evidence its rules read.
    fn rubric_samples() -> Vec<ScoringError> {
        use ScoringError as E;
        let (w, key) = (Points::whole, EvidenceKey::SessionsHeld);
        vec![
            E::Malformed {
                message: "missing field `name` at line 3 column 1".into(),
            },
            E::PointsDoNotAddUp {
                path: path(),
                declared: w(25),
                sum: w(23),
                parts: "indicators",
            },
            E::NotPositive {
                path: path(),
                found: w(0),
            },
            E::Negative {
                path: path(),
                found: w(-2),
            },
            E::AboveMaximum {
                path: path(),
                what: "a band",
                found: w(12),
                max: w(10),
            },
            E::BestBelowMaximum {
                path: path(),
                best: w(8),
                max: w(10),
            },
            E::BonusCapExceeded {
                path: path(),
                item: w(6),
                cap: w(5),
            },
            E::DuplicateId {
                path: path(),
                id: "sessions".into(),
                first: "/dimensions/0/id".into(),
            },
            E::InvalidId {
                path: path(),
                id: "Sessions".into(),
            },
            E::EmptyText {
                path: path(),
                what: "a Chinese name",
            },
            E::Empty {
                path: path(),
                what: "indicator",
            },
            E::UnknownEvidence {
                path: path(),
                name: "sessions".into(),
            },
            E::WrongEvidenceKind {
                path: path(),
                rule: "rate_bands",
                evidence: key,
                needs: ValueKind::Rate,
                has: ValueKind::Count,
            },
            E::ZeroTarget { path: path() },
        ]
    }

    /// A rule's bands and levels, and the rubric's grades.
    fn band_samples() -> Vec<ScoringError> {
        use ScoringError as E;
        let (w, key) = (Points::whole, EvidenceKey::SessionsHeld);
        vec![
            E::BandsOutOfOrder {
                path: path(),
                previous: "80%".into(),
                found: "90%".into(),
            },
            E::BandPointsRise {
                path: path(),
                previous: w(4),
                found: w(6),
            },
            E::LevelOutOfRange {
                path: path(),
                evidence: key,
                level: 4,
                max: 3,
            },
            E::DuplicateLevel {
                path: path(),
                level: 2,
            },
            E::GradesOutOfOrder {
                path: path(),
                previous: w(80),
                found: w(85),
            },
            E::GradeGap {
                path: path(),
                lowest: w(60),
            },
            E::GradeUnreachable {
                path: path(),
                threshold: w(110),
                reachable: w(105),
            },
            E::UnknownGrade {
                path: path(),
                id: "excellent".into(),
            },
            E::UnknownDimension {
                path: path(),
                id: "supervision".into(),
            },
        ]
    }

    /// The year scored, the evidence stated beside the ledger, and townships compared.
    fn evidence_samples() -> Vec<ScoringError> {
        use ScoringError as E;
        let key = EvidenceKey::SessionsHeld;
        let as_of = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or_default();
        vec![
            E::InvalidYear { year: 300_000 },
            E::CutOffBeforeYear { year: 2027, as_of },
            E::NoTerm { as_of },
            E::Replay {
                error: Box::new(SessionError::NoTerm.into()),
            },
            E::DerivedNotStated {
                key,
                from: "ledger",
            },
            E::StatedNotDerived {
                key: EvidenceKey::OfficeSpace,
            },
            E::WrongValueKind {
                key,
                expected: ValueKind::Count,
                found: ValueKind::YesNo,
            },
            E::LevelTooHigh {
                key,
                level: 5,
                max: 3,
            },
            E::MissingSource {
                key: EvidenceKey::OfficeSpace,
            },
            E::AlreadyStated {
                key: EvidenceKey::OfficeSpace,
            },
            E::Contradicted {
                key: EvidenceKey::GroupDutiesAdopted,
                stated: Value::yes(),
                derived_key: EvidenceKey::DeputyGroups,
                derived: Value::count(0),
                as_of,
                rule: "a deputy group's duties need a deputy group (组织法2022 第四十三条第三款)",
            },
            E::DuplicateTownship {
                township: "青山镇".into(),
            },
            E::MixedYears {
                township: "青山镇".into(),
                year: 2026,
                found: 2025,
            },
            E::OtherRubric {
                township: "青山镇".into(),
                expected: "县考核办法".into(),
                found: "旧办法".into(),
                dimensions: 4,
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
        check_error_samples(ScoringError::CODES, "scoring.", &rendered);
    }

    #[test]
    fn evidence_values_read_in_chinese() {
        let rate = Rate::new(45, 46).map(Value::rate);
        assert_eq!(
            rate.map(|r| value_zh(&r)).as_deref(),
            Some("45/46（97.8%）")
        );
        assert_eq!(value_zh(&Value::level(2)), "等级2");
    }
}
