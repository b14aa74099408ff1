//! What the presidium publishes of deputies' performance (公示代表履职信息), 代表法2025
//! 第五十八条第二款: "主席团应当记录代表履职情况，……并公示代表基本信息和履职信息".
//!
//! [`performance_export`] turns each deputy's [`PerformanceRecord`] into a [`PublishedRecord`]:
//! counts, rates and outcomes only — no voter's name or rating, no issue's text, no internal
//! id — with the field list an integrator publishes ([`PublishedRecord::FIELDS`]) and a JSON
//! Schema (`PerformanceExport` in [`schema`](crate::schema)).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{PerformanceRecord, ProposalCounts, records_of};
use crate::deputy::EvaluationOutcome;
use crate::label::Label;
use crate::ledger::Ledger;
use crate::ratio::Ratio;
use crate::rulebook::count;

/// A year's published performance of every deputy (代表履职信息公示).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use township_congress::{Ledger, Rulebook, records};
///
/// let as_of = NaiveDate::from_ymd_opt(2026, 12, 31).ok_or("date")?;
/// let export = records::performance_export(&Ledger::new(Rulebook::NATIONAL), 2026, as_of);
/// assert!(export.is_none()); // no term open
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "代表履职信息公示")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct PerformanceExport {
    /// The export's format, `1`.
    pub format_version: u32,
    /// The township.
    pub township: String,
    /// The term's ordinal (第几届).
    pub term: u32,
    /// The year.
    pub year: i32,
    /// The cut-off.
    pub as_of: NaiveDate,
    /// Each deputy who held a mandate in the year, in roster order.
    pub deputies: Vec<PublishedRecord>,
}

/// One deputy's published performance (代表履职信息).
#[doc(alias = "代表履职信息")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct PublishedRecord {
    /// Name (姓名).
    pub name: String,
    /// Constituency (选区).
    pub constituency: String,
    /// Status on the cut-off (代表状态), in Chinese.
    pub status: String,
    /// Sessions counted (应出席人代会次数).
    pub sessions: u32,
    /// Sessions attended (出席).
    pub present: u32,
    /// Sessions on leave (请假).
    pub on_leave: u32,
    /// Sessions missed without leave (缺席).
    pub absent_without_leave: u32,
    /// Attendance rate (出席率), exact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendance_rate: Option<Ratio>,
    /// Speeches at sessions (大会发言).
    pub speeches: u32,
    /// Supervision activities (参加视察、调研、执法检查等).
    pub supervision_activities: u32,
    /// Deputy-group activities (参加代表小组活动).
    pub group_activities: u32,
    /// Trainings (参加履职培训).
    pub trainings: u32,
    /// Days receiving voters (接待选民日数).
    pub reception_days: u32,
    /// Voters received (接待选民人次).
    pub voters_received: u32,
    /// Issues voters raised (收集意见建议).
    pub issues_raised: u32,
    /// Of those, settled (已办结).
    pub issues_settled: u32,
    /// Deeds for voters (为民办实事).
    pub deeds: u32,
    /// Duty reports and their evaluations (向选民述职).
    pub duty_reports: Vec<PublishedDutyReport>,
    /// Bills, suggestions, interpellations, recall motions: **from `proposal`, filled when it
    /// lands**; absent until then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposals: Option<ProposalCounts>,
}

/// A duty report as published (述职情况).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
#[doc(alias = "公开的述职")]
pub struct PublishedDutyReport {
    /// The day.
    pub on: NaiveDate,
    /// Where.
    pub place: String,
    /// Voters attending.
    pub audience: u32,
    /// The evaluation's outcome (aggregates only), once recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<EvaluationOutcome>,
}

impl PublishedRecord {
    /// The published fields, as in JSON, with the Chinese heading for a notice board
    /// (公示栏目).
    pub const FIELDS: &'static [(&'static str, &'static str)] = &[
        ("name", "姓名"),
        ("constituency", "选区"),
        ("status", "代表状态"),
        ("sessions", "应出席人代会次数"),
        ("present", "出席"),
        ("on_leave", "请假"),
        ("absent_without_leave", "缺席"),
        ("attendance_rate", "出席率"),
        ("speeches", "大会发言"),
        ("supervision_activities", "参加监督活动"),
        ("group_activities", "参加代表小组活动"),
        ("trainings", "参加履职培训"),
        ("reception_days", "接待选民日数"),
        ("voters_received", "接待选民人次"),
        ("issues_raised", "收集意见建议"),
        ("issues_settled", "已办结"),
        ("deeds", "为民办实事"),
        ("duty_reports", "向选民述职"),
        ("proposals", "提出议案、建议、质询案、罢免案"),
    ];

    fn of(record: &PerformanceRecord, constituency: String) -> Self {
        let issues = record.receptions.iter().flat_map(|r| &r.issues);
        Self {
            name: record.name.clone(),
            constituency,
            status: record.status.map_or("未当选", |s| s.label_zh()).to_owned(),
            sessions: record.sessions.sessions,
            present: record.sessions.present,
            on_leave: record.sessions.on_leave,
            absent_without_leave: record.sessions.absent_without_leave,
            attendance_rate: record.sessions.rate,
            speeches: count(record.speeches.len()),
            supervision_activities: count(record.supervision.len()),
            group_activities: count(record.group_activities.len()),
            trainings: count(record.trainings.len()),
            reception_days: record.reception_days,
            voters_received: record
                .receptions
                .iter()
                .fold(0_u32, |n, r| n.saturating_add(r.voters)),
            issues_raised: count(issues.clone().count()),
            issues_settled: count(issues.filter(|i| i.outcome.is_settled()).count()),
            deeds: count(record.deeds.len()),
            duty_reports: record
                .duty_reports
                .iter()
                .map(|r| PublishedDutyReport {
                    on: r.on,
                    place: r.place.clone(),
                    audience: r.audience,
                    evaluation: r.evaluation,
                })
                .collect(),
            proposals: record.proposals,
        }
    }
}

/// The year's published performance up to `as_of` (代表法2025 第五十八条第二款); `None` when no
/// term is open.
#[must_use]
pub fn performance_export(
    ledger: &Ledger,
    year: i32,
    as_of: NaiveDate,
) -> Option<PerformanceExport> {
    let state = ledger.state();
    let roster = state.roster();
    let term = roster.term()?;
    let deputies = records_of(state, ledger.rules(), year, as_of)
        .iter()
        .map(|r| {
            let constituency = roster
                .constituency(r.constituency)
                .map(|c| c.name.clone())
                .unwrap_or_default();
            PublishedRecord::of(r, constituency)
        })
        .collect();
    Some(PerformanceExport {
        format_version: 1,
        township: term.township.clone(),
        term: term.number,
        year,
        as_of,
        deputies,
    })
}
