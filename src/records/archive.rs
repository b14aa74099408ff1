//! What a year's archive lacks (档案缺项): the county report's "部分乡镇人大工作档案管理不规范，
//! 人大资料严重缺失" (调研报告 三(二)) made visible, one line per missing piece, each with what
//! the rule requires and where the rule comes from.
//!
//! | gap | judged | source |
//! | --- | --- | --- |
//! | [`Gap::NoSession`] | once the year has ended | [`Rulebook::sessions_per_year_min`](crate::Rulebook) (组织法2022 第十四条第一款) |
//! | [`Gap::ReportNotHeard`] | once the year has ended, for the year's first and regular sessions | 组织法2022 第十二条第四、八、九项 (heard each year: 调研报告 二(三)1) |
//! | [`Gap::PlanItemNotHeld`] | once the year has ended | 组织法2022 第十九条第二款 |
//! | [`Gap::ActivityWithoutFindings`] | an activity held by the cut-off | 代表法2025 第三十一条 |
//! | [`Gap::OpinionsNotForwarded`] | findings recorded, not forwarded | 代表法2025 第三十一条 |
//! | [`Gap::ItemWithoutFeedback`] | an open item without feedback past its feedback period or deadline | `supervision_feedback_months` (浙江 3 months) or 代表法2025 第三十一条 |
//! | [`Gap::DeputyWithoutRecord`] | a deputy serving on the cut-off whose record of the year is empty | 代表法2025 第五十八条第二款 |
//! | [`Gap::DutyReportWithoutEvaluation`] | a duty report without the voters' evaluation | practice: 调研报告 二(四)2 |
//! | [`Gap::IssueWithoutOutcome`] | an issue raised at a reception with no outcome | 代表法2025 第三十七条 |
//! | [`Gap::SuggestionWithoutReply`] | a suggestion whose reply period (first or re-handling) ended before the cut-off without the reply | [`suggestion_reply_months`](crate::Rulebook) (代表法2025 第五十一条第二款), [`suggestion_rehandling_months`](crate::Rulebook) for a re-handling |
//! | [`Gap::ReplyWithoutRating`] | a reply no sponsor has rated by the cut-off, while a sponsor still serves | practice: 浙江省实施《代表法》办法2016 第四十四条, 重庆市实施《代表法》办法2016 第四十七条 — no statute asks for a rating, nor sets a period for it |
//! | [`Gap::PerformanceNotPublished`] | once the year has ended, where the rulebook asks for a yearly notice | `performance_notice_yearly` (重庆 实施办法 第五十二条) |
//!
//! Gaps of the whole year are judged once the year has ended; the others on the record as it
//! stands, as of the cut-off.
//!
//! **Ratings have no period.** National law asks the handlers to contact the deputy and reply
//! in time (代表法2025 第五十一条第二款) but not for the deputy's rating; the provinces that ask
//! for one (浙江 满意度测评, 重庆 代表回执 "在二十个工作日内" to the handler) set no period the
//! archive could check against. So a reply without a rating is listed as soon as it stands
//! unrated on the cut-off, however recent: read it as "still to be rated", not as late.

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::Serialize;

use super::records_of;
use crate::deputy::Deputies;
use crate::ids::{
    ActivityId, DeputyId, DutyReportId, ProposalId, ReceptionId, RectificationId, SessionId, UnitId,
};
use crate::label::Label;
use crate::ledger::{Ledger, State};
use crate::presidium::PlanItemKind;
use crate::rulebook::{Basis, Citation, RuleField, Rulebook};
use crate::session::{Phase, SessionKind, Subject};

/// A report the congress hears each year (年度应审议事项).
#[doc(alias = "年度应审议事项")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReportSubject {
    /// The government work report (政府工作报告), 组织法2022 第十二条第八项.
    GovernmentWorkReport,
    /// The budget (预算), 组织法2022 第十二条第四项.
    Budget,
    /// The presidium's work report (主席团工作报告), 组织法2022 第十二条第九项.
    PresidiumWorkReport,
}

impl ReportSubject {
    const ALL: [Self; 3] = [
        Self::GovernmentWorkReport,
        Self::Budget,
        Self::PresidiumWorkReport,
    ];

    const fn citation(self) -> Citation {
        match self {
            Self::GovernmentWorkReport => Citation::organic(12, None).with_item(8),
            Self::Budget => Citation::organic(12, None).with_item(4),
            Self::PresidiumWorkReport => Citation::organic(12, None).with_item(9),
        }
    }

    const fn matches(self, subject: &Subject) -> bool {
        matches!(
            (self, subject),
            (Self::GovernmentWorkReport, Subject::GovernmentWorkReport {})
                | (Self::Budget, Subject::Budget {})
                | (Self::PresidiumWorkReport, Subject::PresidiumWorkReport {})
        )
    }
}

impl Label for ReportSubject {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::GovernmentWorkReport => "政府工作报告",
            Self::Budget => "财政预算",
            Self::PresidiumWorkReport => "主席团工作报告",
        }
    }
}

/// A missing piece of the archive (档案缺项).
#[doc(alias = "档案缺项")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Gap {
    /// No session opened in the year.
    NoSession {
        /// The year.
        year: i32,
    },
    /// No session of the year voted on a report it hears each year.
    ReportNotHeard {
        /// The report.
        subject: ReportSubject,
        /// The year's first and regular sessions that closed without it.
        sessions: Vec<SessionId>,
    },
    /// An item of the year's recess plan no activity carried out.
    PlanItemNotHeld {
        /// Its category.
        category: PlanItemKind,
        /// Its title.
        title: String,
    },
    /// An activity held without its findings recorded.
    ActivityWithoutFindings {
        /// The activity.
        activity: ActivityId,
        /// Its subject.
        title: String,
        /// The day it was held.
        held_on: NaiveDate,
    },
    /// Findings recorded but not forwarded to the organs concerned.
    OpinionsNotForwarded {
        /// The activity.
        activity: ActivityId,
        /// Its subject.
        title: String,
    },
    /// An open rectification item without the unit's feedback past its period or deadline.
    ItemWithoutFeedback {
        /// The item.
        item: RectificationId,
        /// The problem to rectify.
        issue: String,
        /// The responsible unit.
        unit: UnitId,
        /// The day feedback was due by.
        due: NaiveDate,
    },
    /// A deputy serving on the cut-off whose record of the year has no entry.
    DeputyWithoutRecord {
        /// The deputy.
        deputy: DeputyId,
        /// Their name.
        name: String,
    },
    /// A duty report without the voters' evaluation.
    DutyReportWithoutEvaluation {
        /// The report.
        report: DutyReportId,
        /// The deputy.
        deputy: DeputyId,
        /// Their name.
        name: String,
    },
    /// An issue raised at a reception with nothing recorded of what became of it.
    IssueWithoutOutcome {
        /// The reception.
        reception: ReceptionId,
        /// The issue's position, from 0.
        issue: u32,
        /// What was raised.
        text: String,
    },
    /// A suggestion whose reply period ended before the cut-off without the lead unit's reply
    /// (逾期未答复).
    #[doc(alias = "逾期未答复")]
    SuggestionWithoutReply {
        /// The suggestion.
        proposal: ProposalId,
        /// Its title.
        title: String,
        /// The lead unit.
        unit: UnitId,
        /// The reply awaited: 1, or 2 and more for a re-handling.
        round: u32,
        /// The last day of its period.
        due: NaiveDate,
    },
    /// A reply no sponsor has rated by the cut-off (答复未测评).
    #[doc(alias = "答复未测评")]
    ReplyWithoutRating {
        /// The suggestion.
        proposal: ProposalId,
        /// Its title.
        title: String,
        /// The lead unit that replied.
        unit: UnitId,
        /// The reply's round.
        round: u32,
        /// The day of the reply.
        replied_on: NaiveDate,
    },
    /// The year's performance not published where a yearly notice is required.
    PerformanceNotPublished {
        /// The year.
        year: i32,
    },
}

/// Where the requirement comes from: a rule (statute, provincial, local custom) or a practice
/// the county report describes (依据).
#[doc(alias = "依据")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    /// A rule, with its basis.
    Rule {
        /// The article and its authority.
        basis: Basis,
    },
    /// A practice, not a rule.
    Practice {
        /// Where it is described.
        source: String,
    },
}

/// One line of the archive check: what is missing, what is required, and why (档案缺项).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ArchiveGap {
    /// What is missing.
    pub gap: Gap,
    /// What is missing, in English.
    pub missing: String,
    /// What is missing, in Chinese (缺项).
    pub missing_zh: String,
    /// What the rule requires, in English.
    pub requires: String,
    /// What the rule requires, in Chinese.
    pub requires_zh: String,
    /// The rule's source.
    pub source: Source,
}

fn rule(basis: Basis) -> Source {
    Source::Rule { basis }
}

fn statute(citation: Citation) -> Source {
    Source::Rule {
        basis: Basis::statute(citation),
    }
}

impl ArchiveGap {
    fn new(gap: Gap, rules: &Rulebook) -> Self {
        let forwarded = Citation::deputies(31, None);
        let (requires, requires_zh, source): (String, String, Source) = match &gap {
            Gap::NoSession { .. } => (
                format!(
                    "at least {} session a year",
                    rules.sessions_per_year_min.value
                ),
                format!(
                    "每年至少举行{}次人民代表大会会议",
                    rules.sessions_per_year_min.value
                ),
                rule(rules.basis(RuleField::SessionsPerYearMin)),
            ),
            Gap::ReportNotHeard { subject, .. } => (
                format!(
                    "the {} heard and voted on at a session each year",
                    english(*subject)
                ),
                format!("每年召开会议听取和审议{}", subject.label_zh()),
                statute(subject.citation()),
            ),
            Gap::PlanItemNotHeld { category, .. } => (
                "each activity of the year's recess plan carried out".to_owned(),
                format!("闭会期间工作计划确定的{}按计划开展", category.label_zh()),
                statute(Citation::organic(19, Some(2))),
            ),
            Gap::ActivityWithoutFindings { .. } => (
                "the findings and opinions of each activity recorded".to_owned(),
                "每次监督活动形成报告，记录发现的问题和意见建议".to_owned(),
                statute(forwarded),
            ),
            Gap::OpinionsNotForwarded { .. } => (
                "the report forwarded to the organs concerned".to_owned(),
                "监督报告转交有关机关、组织研究处理".to_owned(),
                statute(forwarded),
            ),
            Gap::ItemWithoutFeedback { .. } => (
                "the responsible unit's feedback on each rectification item in time".to_owned(),
                "责任单位及时反馈整改情况".to_owned(),
                feedback_source(rules),
            ),
            Gap::DeputyWithoutRecord { .. } => (
                "each deputy's performance recorded".to_owned(),
                "主席团记录代表履职情况，建立代表履职档案".to_owned(),
                statute(Citation::deputies(58, Some(2))),
            ),
            Gap::DutyReportWithoutEvaluation { .. } => (
                "each duty report evaluated by the voters present".to_owned(),
                "代表述职后组织选民测评".to_owned(),
                Source::Practice {
                    source: "调研报告 二(四)2（做好述职测评工作）".to_owned(),
                },
            ),
            Gap::IssueWithoutOutcome { .. } => (
                "what became of each issue voters raised recorded".to_owned(),
                "选民反映的问题有办理结果".to_owned(),
                statute(Citation::deputies(37, None)),
            ),
            Gap::SuggestionWithoutReply { round, .. } => reply_requirement(*round, rules),
            Gap::ReplyWithoutRating { .. } => rating_requirement(),
            Gap::PerformanceNotPublished { .. } => (
                "the deputies' performance published to their constituencies each year".to_owned(),
                "每年向原选区通报代表履职情况".to_owned(),
                rule(rules.basis(RuleField::PerformanceNoticeYearly)),
            ),
        };
        let (missing, missing_zh) = describe(&gap);
        Self {
            gap,
            missing,
            missing_zh,
            requires,
            requires_zh,
            source,
        }
    }
}

/// What a gap lacks, in English and in Chinese.
fn describe(gap: &Gap) -> (String, String) {
    match gap {
        Gap::NoSession { year } => (
            format!("no session opened in {year}"),
            format!("{year}年未召开人民代表大会会议"),
        ),
        Gap::ReportNotHeard { subject, .. } => (
            format!("no session of the year voted on the {}", english(*subject)),
            format!("本年度会议未审议{}", subject.label_zh()),
        ),
        Gap::PlanItemNotHeld { category, title } => (
            format!("the plan item `{title}` was not carried out"),
            format!("计划事项“{title}”（{}）未开展", category.label_zh()),
        ),
        Gap::ActivityWithoutFindings { title, held_on, .. } => (
            format!("`{title}`, held on {held_on}, has no findings on record"),
            format!("监督活动“{title}”（{held_on}开展）未形成报告"),
        ),
        Gap::OpinionsNotForwarded { title, .. } => (
            format!("the report of `{title}` was not forwarded"),
            format!("监督活动“{title}”的报告未转交"),
        ),
        Gap::ItemWithoutFeedback { issue, due, .. } => (
            format!("no feedback on `{issue}`, due by {due}"),
            format!("整改事项“{issue}”至{due}仍无责任单位反馈"),
        ),
        Gap::DeputyWithoutRecord { name, .. } => (
            format!("{name} has no entry in the year's record"),
            format!("{name}本年度无履职记录"),
        ),
        Gap::DutyReportWithoutEvaluation { name, .. } => (
            format!("{name}'s duty report was not evaluated"),
            format!("{name}的述职未组织测评"),
        ),
        Gap::IssueWithoutOutcome { text, .. } => (
            format!("nothing is recorded of what became of `{text}`"),
            format!("选民反映的“{text}”无办理结果"),
        ),
        Gap::SuggestionWithoutReply {
            title, round, due, ..
        } => match round {
            1 => (
                format!("no reply to the suggestion `{title}`, due by {due}"),
                format!("代表建议“{title}”至{due}仍未答复"),
            ),
            _ => (
                format!(
                    "no re-handling reply (round {round}) to the suggestion `{title}`, due by {due}"
                ),
                format!("代表建议“{title}”重新办理后至{due}仍未答复（第{round}次答复）"),
            ),
        },
        Gap::ReplyWithoutRating {
            title, replied_on, ..
        } => (
            format!("no sponsor has rated the reply of {replied_on} to the suggestion `{title}`"),
            format!("代表建议“{title}”{replied_on}的答复尚无代表满意度测评"),
        ),
        Gap::PerformanceNotPublished { year } => (
            format!("the deputies' performance of {year} was not published"),
            format!("{year}年代表履职情况未向原选区通报"),
        ),
    }
}

const fn english(s: ReportSubject) -> &'static str {
    match s {
        ReportSubject::GovernmentWorkReport => "government work report",
        ReportSubject::Budget => "budget",
        ReportSubject::PresidiumWorkReport => "presidium's work report",
    }
}

/// What a reply period requires: the first reply (three months, six if complex) or a
/// re-handling reply, each with the rulebook's basis.
fn reply_requirement(round: u32, rules: &Rulebook) -> (String, String, Source) {
    if round <= 1 {
        let (months, complex) = (
            rules.suggestion_reply_months.value,
            rules.suggestion_complex_reply_months.value,
        );
        return (
            format!(
                "a reply to each suggestion within {months} months ({complex} if wide-ranging or difficult)"
            ),
            format!("在{months}个月内答复代表建议，涉及面广、处理难度大的在{complex}个月内答复"),
            rule(rules.basis(RuleField::SuggestionReplyMonths)),
        );
    }
    let months = rules.suggestion_rehandling_months.value;
    (
        format!("a re-handling reply within {months} months of an unsatisfied rating"),
        format!("代表不满意的，在{months}个月内重新办理并答复"),
        rule(rules.basis(RuleField::SuggestionRehandlingMonths)),
    )
}

/// What a rating requires: a practice of some provinces, no statute and no period.
fn rating_requirement() -> (String, String, Source) {
    (
        "each reply rated by its sponsors (no statute requires it or sets a period)".to_owned(),
        "代表对建议办理答复进行满意度测评".to_owned(),
        Source::Practice {
            source: "浙江省实施《代表法》办法2016 第四十四条（满意度测评）；重庆市实施《代表法》办法2016 第四十七条（代表回执）；国家法律未规定测评及其期限".to_owned(),
        },
    )
}

fn feedback_source(rules: &Rulebook) -> Source {
    match rules.supervision_feedback_months.value {
        Some(_) => rule(rules.basis(RuleField::SupervisionFeedbackMonths)),
        None => statute(Citation::deputies(31, None)),
    }
}

/// What the archive of `year` lacks as of `as_of`, in the order of the table in the module
/// docs (档案缺项清单).
///
/// Gaps of the whole year (a session, an annual report, a plan item, the yearly notice) are
/// judged once `as_of` reaches 31 December; the others as of `as_of`.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use township_congress::{Ledger, Rulebook, records::{self, Gap}};
///
/// let ledger = Ledger::new(Rulebook::NATIONAL);
/// let year_end = NaiveDate::from_ymd_opt(2026, 12, 31).ok_or("date")?;
/// let gaps = records::archive_gaps(&ledger, 2026, year_end);
/// assert_eq!(gaps.first().map(|g| &g.gap), Some(&Gap::NoSession { year: 2026 }));
/// assert_eq!(gaps.first().map(|g| g.source_text()).as_deref(), Some("组织法2022 第十四条第一款"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "档案缺项清单")]
#[must_use]
pub fn archive_gaps(ledger: &Ledger, year: i32, as_of: NaiveDate) -> Vec<ArchiveGap> {
    let (state, rules) = (ledger.state(), ledger.rules());
    let year_over = NaiveDate::from_ymd_opt(year, 12, 31).is_some_and(|end| as_of >= end);
    let mut gaps = Vec::new();
    if year_over {
        gaps.extend(session_gaps(state, rules, year));
        let plan = state
            .supervision()
            .unheld_plan_items(state.presidium(), year, as_of);
        gaps.extend(plan.into_iter().map(|i| Gap::PlanItemNotHeld {
            category: i.category,
            title: i.title.clone(),
        }));
    }
    gaps.extend(supervision_gaps(state, rules, year, as_of));
    gaps.extend(deputy_gaps(state, rules, year, as_of));
    gaps.extend(proposal_gaps(state, rules, year, as_of));
    if year_over
        && rules.performance_notice_yearly.value
        && state.deputies().published(year).is_none()
    {
        gaps.push(Gap::PerformanceNotPublished { year });
    }
    gaps.into_iter()
        .map(|g| ArchiveGap::new(g, rules))
        .collect()
}

impl ArchiveGap {
    /// The source as one line: the basis, or the practice's reference.
    #[must_use]
    pub fn source_text(&self) -> String {
        match &self.source {
            Source::Rule { basis } => basis.to_string(),
            Source::Practice { source } => source.clone(),
        }
    }
}

fn session_gaps(state: &State, rules: &Rulebook, year: i32) -> Vec<Gap> {
    if state.sessions().sessions_in_year(year) < rules.sessions_per_year_min.value {
        return vec![Gap::NoSession { year }];
    }
    let held: Vec<_> = state
        .sessions()
        .iter()
        .filter(|s| matches!(s.kind, SessionKind::First | SessionKind::Regular))
        .filter(|s| matches!(s.phase, Phase::Closed { opened_on, .. } if opened_on.year() == year))
        .collect();
    ReportSubject::ALL
        .into_iter()
        .filter(|subject| {
            !held.iter().any(|s| {
                s.items
                    .values()
                    .any(|i| i.result.is_some() && subject.matches(&i.subject))
            })
        })
        .map(|subject| Gap::ReportNotHeard {
            subject,
            sessions: held.iter().map(|s| s.id).collect(),
        })
        .collect()
}

fn supervision_gaps(state: &State, rules: &Rulebook, year: i32, as_of: NaiveDate) -> Vec<Gap> {
    let sup = state.supervision();
    let mut gaps = Vec::new();
    for a in sup.activities() {
        let Some(held) = a
            .progress
            .held()
            .filter(|h| h.on.year() == year && h.on <= as_of)
        else {
            continue;
        };
        if a.progress.report().is_none() {
            gaps.push(Gap::ActivityWithoutFindings {
                activity: a.id,
                title: a.title.clone(),
                held_on: held.on,
            });
        } else if a.progress.delivery().is_none() {
            gaps.push(Gap::OpinionsNotForwarded {
                activity: a.id,
                title: a.title.clone(),
            });
        }
    }
    for i in sup.items().filter(|i| i.is_open() && i.feedback.is_empty()) {
        let due = i
            .feedback_due(rules)
            .map_or(i.deadline, |d| d.min(i.deadline));
        if due < as_of && due.year() <= year {
            gaps.push(Gap::ItemWithoutFeedback {
                item: i.id,
                issue: i.issue.clone(),
                unit: i.unit,
                due,
            });
        }
    }
    gaps
}

fn deputy_gaps(state: &State, rules: &Rulebook, year: i32, as_of: NaiveDate) -> Vec<Gap> {
    let serving = state.roster().serving_at(as_of);
    let mut gaps: Vec<Gap> = records_of(state, rules, year, as_of)
        .into_iter()
        .filter(|r| serving.contains(&r.deputy) && !r.has_entries())
        .map(|r| Gap::DeputyWithoutRecord {
            deputy: r.deputy,
            name: r.name,
        })
        .collect();
    let work: &Deputies = state.deputies();
    let within = |on: NaiveDate| on.year() == year && on <= as_of;
    gaps.extend(
        work.duty_reports()
            .filter(|r| within(r.on) && r.evaluation.is_none())
            .map(|r| Gap::DutyReportWithoutEvaluation {
                report: r.id,
                deputy: r.deputy,
                name: state
                    .roster()
                    .deputy(r.deputy)
                    .map(|d| d.name.clone())
                    .unwrap_or_default(),
            }),
    );
    for r in work.receptions().filter(|r| within(r.on)) {
        for (n, issue) in r.issues.iter().enumerate() {
            if matches!(issue.outcome, crate::deputy::IssueOutcome::Pending {}) {
                gaps.push(Gap::IssueWithoutOutcome {
                    reception: r.id,
                    issue: crate::rulebook::count(n),
                    text: issue.text.clone(),
                });
            }
        }
    }
    gaps
}

/// Suggestions whose reply period (first or re-handling) ended before `as_of` without the
/// reply, and latest replies of the year or before that no sponsor had rated by `as_of` while
/// some sponsor still serves to rate them.
fn proposal_gaps(state: &State, rules: &Rulebook, year: i32, as_of: NaiveDate) -> Vec<Gap> {
    let (proposals, sessions) = (state.proposals(), state.sessions());
    let mut gaps = Vec::new();
    for s in proposals.suggestions() {
        let due = s.due_on(sessions, rules, proposals.calendar());
        if let (Some(due), Some(unit)) = (due, s.lead_unit())
            && due < as_of
            && due.year() <= year
        {
            gaps.push(Gap::SuggestionWithoutReply {
                proposal: s.id,
                title: s.title.clone(),
                unit,
                round: crate::rulebook::count(s.replies.len()).saturating_add(1),
                due,
            });
        }
        let Some(reply) = s
            .latest_reply()
            .filter(|r| r.on <= as_of && r.on.year() <= year)
        else {
            continue;
        };
        let rated = s
            .ratings
            .iter()
            .any(|r| r.round == reply.round && r.on <= as_of);
        let can_rate = !s.sponsors.serving_on(state.roster(), as_of).is_empty();
        if !rated && can_rate {
            gaps.push(Gap::ReplyWithoutRating {
                proposal: s.id,
                title: s.title.clone(),
                unit: reply.unit,
                round: reply.round,
                replied_on: reply.on,
            });
        }
    }
    gaps
}
