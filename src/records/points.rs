//! Performance points (履职积分): a county's scheme as data, applied to a performance record.
//!
//! No statute sets points: a scheme is local custom, like the assessment rubric. It is a JSON
//! document ([`PointsScheme::from_json`]) listing, for each kind of act, the points each
//! occurrence gives (negative for a deduction) and, optionally, how many occurrences count at
//! most. [`DEFAULT_POINTS_JSON`] ships an example modelled on the published rubrics
//! (assessment-practice, rubric 1: attending the congress, speaking, four group activities a
//! year, contact with voters, deeds for voters); a county replaces it with its own.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::PerformanceRecord;
use crate::label::{Label, Zh};
use crate::rulebook::count;

/// The example scheme shipped with the crate (local custom, to be replaced by a county's own).
pub const DEFAULT_POINTS_JSON: &str = include_str!("default_points.json");

/// A kind of act a scheme gives points for (积分项目).
#[doc(alias = "积分项目")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PointsItem {
    /// A session attended (出席人代会).
    SessionPresent,
    /// A session on approved leave (请假).
    SessionOnLeave,
    /// A session missed without leave (未经批准缺席).
    AbsentWithoutLeave,
    /// A speech at a session (大会发言).
    Speech,
    /// A supervision activity taken part in (参加视察调研等监督活动).
    SupervisionActivity,
    /// A deputy-group activity taken part in (参加代表小组活动).
    GroupActivity,
    /// A training attended (参加履职培训).
    Training,
    /// A day receiving voters (接待选民日).
    ReceptionDay,
    /// A deed for voters (为民办实事).
    Deed,
    /// A duty report to the constituency (向选民述职).
    DutyReport,
    /// A bill as lead sponsor (from `proposal`).
    BillLed,
    /// A bill co-signed (from `proposal`).
    BillCosigned,
    /// A suggestion as lead sponsor (from `proposal`).
    SuggestionLed,
    /// A suggestion co-signed (from `proposal`).
    SuggestionCosigned,
    /// An interpellation as lead sponsor (from `proposal`).
    InterpellationLed,
    /// An interpellation co-signed (from `proposal`).
    InterpellationCosigned,
    /// A recall motion as lead sponsor (from `proposal`).
    RecallMotionLed,
    /// A recall motion co-signed (from `proposal`).
    RecallMotionCosigned,
}

impl PointsItem {
    /// How many times the record shows the act; `None` when the record does not carry the
    /// count (proposals, in a record read from a document without them).
    #[must_use]
    pub fn count(self, r: &PerformanceRecord) -> Option<u32> {
        let p = r.proposals;
        Some(match self {
            Self::SessionPresent => r.sessions.present,
            Self::SessionOnLeave => r.sessions.on_leave,
            Self::AbsentWithoutLeave => r.sessions.absent_without_leave,
            Self::Speech => count(r.speeches.len()),
            Self::SupervisionActivity => count(r.supervision.len()),
            Self::GroupActivity => count(r.group_activities.len()),
            Self::Training => count(r.trainings.len()),
            Self::ReceptionDay => r.reception_days,
            Self::Deed => count(r.deeds.len()),
            Self::DutyReport => count(r.duty_reports.len()),
            Self::BillLed => p?.bills_led,
            Self::BillCosigned => p?.bills_cosigned,
            Self::SuggestionLed => p?.suggestions_led,
            Self::SuggestionCosigned => p?.suggestions_cosigned,
            Self::InterpellationLed => p?.interpellations_led,
            Self::InterpellationCosigned => p?.interpellations_cosigned,
            Self::RecallMotionLed => p?.recall_motions_led,
            Self::RecallMotionCosigned => p?.recall_motions_cosigned,
        })
    }
}

impl Label for PointsItem {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::SessionPresent => "出席人代会",
            Self::SessionOnLeave => "请假",
            Self::AbsentWithoutLeave => "未经批准缺席",
            Self::Speech => "大会发言",
            Self::SupervisionActivity => "参加监督活动",
            Self::GroupActivity => "参加代表小组活动",
            Self::Training => "参加履职培训",
            Self::ReceptionDay => "接待选民",
            Self::Deed => "为民办实事",
            Self::DutyReport => "向选民述职",
            Self::BillLed => "领衔提出议案",
            Self::BillCosigned => "附议议案",
            Self::SuggestionLed => "领衔提出建议",
            Self::SuggestionCosigned => "联名提出建议",
            Self::InterpellationLed => "领衔提出质询案",
            Self::InterpellationCosigned => "联名提出质询案",
            Self::RecallMotionLed => "领衔提出罢免案",
            Self::RecallMotionCosigned => "联名提出罢免案",
        }
    }
}

/// One line of a scheme: an act, its points, and an optional cap on occurrences (积分标准).
#[doc(alias = "积分标准")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PointsEntry {
    /// The act.
    pub item: PointsItem,
    /// Points per occurrence; negative for a deduction.
    pub points: i32,
    /// Most occurrences counted, if capped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub cap: Option<u32>,
}

/// A performance-points scheme (履职积分办法), local custom, as a versioned JSON document.
///
/// # Examples
///
/// ```
/// use township_congress::records::{PointsItem, PointsScheme};
///
/// let scheme = PointsScheme::default_scheme()?;
/// assert!(scheme.entries().iter().any(|e| e.item == PointsItem::DutyReport));
///
/// let twice = r#"{"format_version":"1","name":"x","source":"y","entries":[
///   {"item":"speech","points":2},{"item":"speech","points":3}]}"#;
/// assert_eq!(PointsScheme::from_json(twice).map_err(|e| e.code()), Err("records.duplicate_item"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "履职积分办法")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "format_version")]
pub enum PointsScheme {
    /// Version 1.
    #[serde(rename = "1")]
    V1(PointsSchemeV1),
}

/// Version 1 of a points scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
#[doc(alias = "积分办法")]
pub struct PointsSchemeV1 {
    /// Its name, e.g. `某县乡镇人大代表履职积分办法`.
    pub name: String,
    /// Where it comes from (the county's document), so that no one takes it for statute.
    pub source: String,
    /// Its lines, each act once.
    pub entries: Vec<PointsEntry>,
}

impl PointsScheme {
    /// Reads and checks a scheme.
    ///
    /// # Errors
    ///
    /// * [`PointsError::Malformed`] when the JSON is not a scheme document.
    /// * [`PointsError::DuplicateItem`] when an act has two lines.
    pub fn from_json(json: &str) -> Result<Self, PointsError> {
        let scheme: Self = serde_json::from_str(json).map_err(|e| PointsError::Malformed {
            message: e.to_string(),
        })?;
        let entries = scheme.entries();
        for (i, e) in entries.iter().enumerate() {
            if entries.iter().take(i).any(|x| x.item == e.item) {
                return Err(PointsError::DuplicateItem { item: e.item });
            }
        }
        Ok(scheme)
    }

    /// The example scheme shipped with the crate ([`DEFAULT_POINTS_JSON`]).
    ///
    /// # Errors
    ///
    /// As [`PointsScheme::from_json`]; a test keeps the shipped document valid.
    pub fn default_scheme() -> Result<Self, PointsError> {
        Self::from_json(DEFAULT_POINTS_JSON)
    }

    /// Its lines.
    #[must_use]
    pub fn entries(&self) -> &[PointsEntry] {
        match self {
            Self::V1(v) => &v.entries,
        }
    }

    /// Its name.
    #[must_use]
    pub fn name(&self) -> &str {
        match self {
            Self::V1(v) => &v.name,
        }
    }

    /// The points a record earns, line by line (积分明细).
    #[must_use]
    pub fn score(&self, record: &PerformanceRecord) -> PointsBreakdown {
        let lines: Vec<PointsLine> = self
            .entries()
            .iter()
            .map(|e| {
                let found = e.item.count(record);
                let counted = found.map(|n| e.cap.map_or(n, |cap| n.min(cap)));
                PointsLine {
                    item: e.item,
                    count: found,
                    counted,
                    each: e.points,
                    points: counted.map_or(0, |n| i64::from(n) * i64::from(e.points)),
                }
            })
            .collect();
        PointsBreakdown {
            scheme: self.name().to_owned(),
            total: lines
                .iter()
                .fold(0_i64, |sum, l| sum.saturating_add(l.points)),
            awaiting: lines
                .iter()
                .filter(|l| l.count.is_none())
                .map(|l| l.item)
                .collect(),
            lines,
        }
    }
}

/// One line of a deputy's points (积分明细行).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
#[doc(alias = "积分明细")]
pub struct PointsLine {
    /// The act.
    pub item: PointsItem,
    /// Occurrences on record; absent when the record does not carry them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// Occurrences counted, after the cap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<u32>,
    /// Points per occurrence.
    pub each: i32,
    /// Points earned (exact).
    pub points: i64,
}

/// A deputy's points under a scheme (履职积分).
#[doc(alias = "履职积分")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PointsBreakdown {
    /// The scheme's name.
    pub scheme: String,
    /// Line by line.
    pub lines: Vec<PointsLine>,
    /// The total.
    pub total: i64,
    /// Acts whose counts the record does not carry (proposals, in a record read from a
    /// document without them); empty for a record derived from a ledger.
    pub awaiting: Vec<PointsItem>,
}

/// Why a points scheme was refused (积分办法错误).
///
/// # Examples
///
/// ```
/// use township_congress::records::PointsScheme;
///
/// let e = PointsScheme::from_json("{}").err().ok_or("refused")?;
/// assert_eq!(e.code(), "records.points_malformed");
/// assert!(e.zh().to_string().starts_with("积分办法格式有误"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "积分办法错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum PointsError {
    /// Not a scheme document.
    #[error("the points scheme is not a valid document: {message}")]
    #[serde(rename = "records.points_malformed")]
    Malformed {
        /// The parser's message, with line and column.
        message: String,
    },
    /// An act with two lines.
    #[error("the points scheme lists `{item}` twice; each act has one line")]
    #[serde(rename = "records.duplicate_item")]
    DuplicateItem {
        /// The act.
        item: PointsItem,
    },
}

impl fmt::Display for PointsItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        f.write_str(&name)
    }
}

impl PointsError {
    /// The stable code, as on the wire.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::Malformed { .. } => "records.points_malformed",
            Self::DuplicateItem { .. } => "records.duplicate_item",
        }
    }

    /// The rule's article: none, a scheme is local custom.
    #[must_use]
    pub const fn citation(&self) -> Option<&crate::rulebook::Citation> {
        match self {
            Self::Malformed { .. } | Self::DuplicateItem { .. } => None,
        }
    }

    /// The refusal in Chinese (中文说明).
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, PointsError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            PointsError::Malformed { message } => write!(f, "积分办法格式有误：{message}"),
            PointsError::DuplicateItem { item } => {
                write!(f, "积分办法中“{}”列了两次，每项只列一次", item.label_zh())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{Mini, check_renderings, day, dep};

    #[test]
    fn the_shipped_scheme_is_valid_and_proposals_count_as_zero_when_none() {
        let scheme = PointsScheme::default_scheme().unwrap_or_else(|e| panic!("{e}"));
        let m = Mini::new(crate::Rulebook::NATIONAL);
        let record = crate::records::performance_record(&m.ledger, dep(1), 2026, day(12, 31));
        let mut record = record.unwrap_or_else(|| panic!("a record"));
        assert_eq!(
            record.proposals,
            Some(super::super::ProposalCounts::default())
        );
        let points = scheme.score(&record);
        assert_eq!(points.total, 0);
        assert!(points.awaiting.is_empty());
        let line = points
            .lines
            .iter()
            .find(|l| l.item == PointsItem::SuggestionCosigned);
        assert_eq!(line.and_then(|l| l.count), Some(0));
        // A record read from a document without proposals: "not recorded", not zero.
        record.proposals = None;
        let points = scheme.score(&record);
        assert!(points.awaiting.contains(&PointsItem::SuggestionCosigned));
        assert!(!points.awaiting.contains(&PointsItem::Speech));
        let json = serde_json::to_string(&scheme).unwrap_or_default();
        assert_eq!(PointsScheme::from_json(&json).as_ref().ok(), Some(&scheme));
    }

    #[test]
    fn every_code_is_the_wire_tag() {
        let samples = [
            PointsError::Malformed {
                message: "expected value at line 1 column 1".into(),
            },
            PointsError::DuplicateItem {
                item: PointsItem::Deed,
            },
        ];
        for e in &samples {
            let value = serde_json::to_value(e).unwrap_or_default();
            check_renderings(&value, e.code(), &e.to_string(), &e.zh().to_string(), None);
            assert!(e.citation().is_none());
        }
        assert_eq!(
            PointsItem::SuggestionCosigned.to_string(),
            "suggestion_cosigned"
        );
    }
}
