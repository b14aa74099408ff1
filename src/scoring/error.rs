//! Why a rubric, a piece of evidence or a ranking was refused (考核错误).

use chrono::NaiveDate;

use super::evidence::{EvidenceKey, Value, ValueKind};
use super::points::Points;

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
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScoringError {
    // ---- the rubric document ----
    /// The text is not a rubric document (bad JSON, a missing or misspelt field, an unknown
    /// `format_version`); the message has the line and column.
    #[error("the rubric is not a valid rubric document: {message}")]
    Malformed {
        /// serde's message, with line and column.
        message: String,
    },
    /// Maxima that must add up do not.
    #[error(
        "{path}: the maximum is {declared} points, its {parts}' maxima add up to {sum}; the two must be equal"
    )]
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
    NotPositive {
        /// Where.
        path: String,
        /// The value found.
        found: Points,
    },
    /// A number of points that cannot be negative is.
    #[error("{path}: points cannot be negative, got {found}")]
    Negative {
        /// Where.
        path: String,
        /// The value found.
        found: Points,
    },
    /// A part gives more than the whole allows.
    #[error("{path}: {what} is {found} points, above the maximum of {max}")]
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
    InvalidId {
        /// Where.
        path: String,
        /// The id.
        id: String,
    },
    /// A required text is empty.
    #[error("{path}: {what} cannot be empty")]
    EmptyText {
        /// Where.
        path: String,
        /// What text.
        what: &'static str,
    },
    /// A list that needs entries has none.
    #[error("{path}: needs at least one {what}, got none")]
    Empty {
        /// Where.
        path: String,
        /// What it needs.
        what: &'static str,
    },
    /// An indicator or veto reads evidence the catalogue does not have.
    #[error("{path}: there is no evidence named `{name}` in the catalogue")]
    UnknownEvidence {
        /// Where.
        path: String,
        /// The name given.
        name: String,
    },
    /// A rule reads evidence of the wrong kind (a rate rule on a count).
    #[error("{path}: a `{rule}` rule reads {needs} evidence, but `{evidence}` is a {has}")]
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
    ZeroTarget {
        /// Where.
        path: String,
    },
    /// Bands not listed from the highest threshold down, each strictly lower.
    #[error(
        "{path}: bands go from the highest threshold down, each strictly lower than the one before; {found} follows {previous}"
    )]
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
    UnknownGrade {
        /// Where.
        path: String,
        /// The id given.
        id: String,
    },
    /// A tie-breaker names a dimension the rubric does not have.
    #[error("{path}: there is no dimension `{id}` in the rubric")]
    UnknownDimension {
        /// Where.
        path: String,
        /// The id given.
        id: String,
    },

    // ---- evidence ----
    /// The year has no 1 January in the calendar.
    #[error("the year {year} is outside the calendar")]
    InvalidYear {
        /// The year.
        year: i32,
    },
    /// The cut-off is before the year assessed.
    #[error(
        "the cut-off {as_of} is before the year assessed, {year}; it must be on or after 1 January"
    )]
    CutOffBeforeYear {
        /// The year.
        year: i32,
        /// The cut-off.
        as_of: NaiveDate,
    },
    /// No congress term on record by the cut-off.
    #[error("the ledger has no congress term on record by {as_of}; evidence needs a township")]
    NoTerm {
        /// The cut-off.
        as_of: NaiveDate,
    },
    /// The log's prefix could not be replayed.
    #[error("the log up to the cut-off could not be replayed: {error}")]
    Replay {
        /// Why.
        error: Box<crate::Error>,
    },
    /// A derived item was stated by hand.
    #[error("`{key}` is derived from the {from}, not stated: it cannot be given by hand")]
    DerivedNotStated {
        /// The key.
        key: EvidenceKey,
        /// What derives it: `ledger`, or the module that will.
        from: &'static str,
    },
    /// A stated item was given as derived.
    #[error("`{key}` is stated by the caller with a source; it cannot be derived")]
    StatedNotDerived {
        /// The key.
        key: EvidenceKey,
    },
    /// A value of the wrong kind for its key.
    #[error("`{key}` holds a {expected}, got a {found}")]
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
    MissingSource {
        /// The key.
        key: EvidenceKey,
    },
    /// A fact stated twice.
    #[error("`{key}` is already stated")]
    AlreadyStated {
        /// The key.
        key: EvidenceKey,
    },
    /// The record contradicts a stated fact.
    #[error(
        "`{key}` is stated as {stated}, but the record shows `{derived_key}` = {derived} by {as_of}: {rule}"
    )]
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
    DuplicateTownship {
        /// The township.
        township: String,
    },
    /// Entries of different years.
    #[error(
        "`{township}` is assessed for {found}, the others for {year}; a ranking is of one year"
    )]
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

/// A JSON Pointer segment appended to a path.
pub(crate) fn at(path: &str, segment: impl std::fmt::Display) -> String {
    format!("{path}/{segment}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_lowercase_without_a_trailing_period() {
        let samples = [
            ScoringError::ZeroTarget { path: "/x".into() }.to_string(),
            ScoringError::NoTerm {
                as_of: NaiveDate::MIN,
            }
            .to_string(),
            ScoringError::AlreadyStated {
                key: EvidenceKey::OfficeSpace,
            }
            .to_string(),
        ];
        for s in samples {
            assert!(!s.ends_with('.'), "{s}");
            assert!(!s.starts_with(char::is_uppercase), "{s}");
        }
    }
}
