//! The annual assessment of township congress work (年度目标管理考核): rubric, evidence,
//! scorecard, ranking.
//!
//! A county puts its township congresses' work into annual target management and scores it
//! "on five aspects, 自身建设, 会议召开…"; the results decide commendations and promotions and
//! the townships compete (调研报告 二(一)1). No statute governs the scoring: it is local
//! practice, so here it is entirely data. A county writes its [`Rubric`] (年度考核细则) as a
//! versioned JSON document; the crate validates it, derives each township's [`Evidence`] from
//! its ledger (plus facts the county states with their source), scores it into a [`Scorecard`]
//! that explains every point in Chinese and English, and ranks the townships ([`Ranking`],
//! [`CountySummary`], [`year_over_year`]).
//!
//! ```text
//! Ledger ──Evidence::derive(year, as_of)──► Evidence ◄── StatedFact (source)
//!                                               │
//! RubricDocument (JSON) ──validate──► Rubric ───┼──► totals() ──► rank() ──► Ranking
//!                                               └──► score() ───► Scorecard ──► CountySummary
//! ```
//!
//! # Exact numbers
//!
//! [`Points`] are whole hundredths of a point in an `i64`, written as decimal strings (`"2.5"`);
//! rates are exact fractions ([`Rate`], `{"num": 45, "den": 46}`) compared by
//! cross-multiplication. Linear rules round down to the hundredth. Totals, ties and ranks are
//! exact, and the same evidence under the same rubric gives the same JSON, byte for byte.
//!
//! # Indicator rules
//!
//! | rule | evidence | points |
//! | --- | --- | --- |
//! | [`yes_no`](Rule::YesNo) | yes/no | the maximum for yes |
//! | [`count_target`](Rule::CountTarget) | count | `max × min(count, target) / target` |
//! | [`count_bands`](Rule::CountBands) | count | the first band reached |
//! | [`rate_bands`](Rule::RateBands) | rate | the first band reached, bound included |
//! | [`rate_linear`](Rule::RateLinear) | rate | `max × rate` |
//! | [`levels`](Rule::Levels) | level | the level's points |
//! | [`deduction`](Rule::Deduction) | count | `max − per × count`, not below the floor (扣完为止) |
//! | [`per_occurrence`](Rule::PerOccurrence) | count | `per × count`, up to the maximum |
//!
//! Bonus items (加分) use the same rules and are capped together; veto items (一票否决) cap the
//! grade whatever the total. When an indicator's evidence is absent the scorecard says "no
//! evidence" and gives the indicator's `if_absent` points (0 unless the rubric says otherwise).
//!
//! # The evidence catalogue
//!
//! [`EvidenceKey::ALL`], with each key's kind and provenance:
//!
//! | key | kind | provenance |
//! | --- | --- | --- |
//! | `sessions_held`, `presidium_meetings_held`, `presidium_quarters_without_meeting`, `unexcused_absences`, `deputy_groups`, `deputy_groups_below_minimum`, `contact_stations`, `deputies_without_station` | count | ledger |
//! | `sessions_floor_met`, `sessions_normal_met`, `government_work_report_voted`, `budget_voted`, `budget_execution_report_voted`, `presidium_work_report_voted`, `presidium_interval_kept`, `recess_plan_approved`, `contact_office_opened` | yes/no | ledger |
//! | `sessions_quorum_rate`, `session_attendance_rate`, `station_coverage_rate` | rate | ledger |
//! | `suggestions_filed` | count | ledger ([`proposal`](crate::proposal)) |
//! | `rigid_supervision_used` | count | ledger ([`proposal`](crate::proposal): inquiries, interpellations; [`supervision`](crate::supervision): thematic inquiries) |
//! | `suggestions_answered_on_time_rate`, `suggestions_satisfaction_rate`, `suggestions_solved_rate`, `suggestions_not_possible_rate` | rate | ledger ([`proposal`](crate::proposal)) |
//! | `special_work_reports_heard`, `inspections_held`, `law_enforcement_checks_held`, `work_appraisals_held` | count | ledger ([`supervision`](crate::supervision)) |
//! | `rectification_closure_rate` | rate | ledger ([`supervision`](crate::supervision)) |
//! | `duty_reports`, `voter_receptions`, `deputy_training_sessions`, `deeds_for_voters` | count | ledger ([`deputy`](crate::deputy)) |
//! | `group_activity_rate`, `performance_record_rate` | rate | ledger ([`deputy`](crate::deputy), [`records`](crate::records)) |
//! | `office_space`, `office_equipment`, `activity_budget`, `rules_of_procedure_adopted`, `job_duties_adopted`, `dual_contact_system_adopted`, `group_duties_adopted`, `serious_violation` | yes/no | stated |
//! | `party_committee_studied`, `publicity_items`, `higher_level_publicity`, `innovations`, `innovations_promoted`, `commendations` | count | stated |
//! | `staffing` (0 none, 1 part-time, 2 full-time), `archive_rating` (0–3) | level | stated |
//!
//!
//! # The default rubric
//!
//! [`Rubric::default_rubric`] ([`DEFAULT_RUBRIC_JSON`]) is built from the county report and the
//! law, on the 百分制 most counties use (宣汉县 2018: 100 points plus bonus):
//!
//! | dimension | points | indicators |
//! | --- | --- | --- |
//! | 自身建设 `self_building` | 20 | office, equipment, staff, budget line, rules of procedure, job duties, 双联系, Party committee, archive |
//! | 会议召开 `sessions` | 25 | one session a year, two a year, quorum, government work report, budget, budget execution, presidium report, presidium every quarter, attendance |
//! | 监督工作 `supervision` | 25 | recess plan, special reports, inspections, law-enforcement checks, appraisals, inquiry/interpellation, rectification closure |
//! | 代表工作 `deputies` | 20 | suggestions answered on time, satisfaction, solved or adopted, group activity, groups at strength, contact office, station coverage, receptions, training, duty reports, performance records, absences |
//! | 服务大局与创新 `service_innovation` | 10 | deeds for voters, publicity, innovation |
//! | 加分 bonus | cap 5 | commendations, county-level publicity, innovation promoted |
//!
//! Vetoes: no session in the year (组织法2022 第十四条第一款) and a serious breach of law or
//! discipline, each capping the grade at 不合格. Grades: 优秀 ≥ 90, 合格 ≥ 80, 不合格 below
//! (武陵源区 2018: ≥ 80 合格, ≥ 90 优秀; 宣汉县 2018: < 80 通报批评). Ties are broken by the
//! supervision subtotal, then the deputies' work subtotal.
//!
//! The satisfaction rate (1 point) is paired with the share of suggestions solved or adopted
//! (2 points): 三宝镇 reported "满意率 100%" in 2013 while 12 of its 33 suggestions could not be
//! handled, and a rubric that rewards only satisfaction rewards that.
//!
//! ## The "12345" requirements
//!
//! The report's "12345" standard (调研报告 二(二)3) maps to indicators through their tags
//! ([`Rubric::indicators_tagged`]); [`REQUIREMENTS_12345`] lists the tags, and a test checks
//! that the default rubric covers each:
//!
//! | tag | requirement | default indicators |
//! | --- | --- | --- |
//! | `12345:1` | 坚持党委统一领导 | Party committee studied congress work |
//! | `12345:2` | 保证依法行权和工作实效 | quorum, reports voted, special reports, inquiry/interpellation, rectification, suggestions |
//! | `12345:3.venue` | 阵地保障 | office, equipment, contact office, station coverage |
//! | `12345:3.staff` | 人员保障 | staff |
//! | `12345:3.funding` | 经费保障 | budget line |
//! | `12345:4.institutions` | 制度规范 | rules of procedure, job duties, 双联系 |
//! | `12345:4.meetings` | 会议规范 | two sessions a year, presidium report, presidium every quarter |
//! | `12345:4.activities` | 活动规范 | recess plan, group activity, groups at strength, receptions, training, duty reports |
//! | `12345:4.management` | 管理规范 | archive, absences |
//! | `12345:5.central_agenda` | 服务好中心大局 | deeds for voters |
//! | `12345:5.sessions` | 召开好乡镇人代会 | one and two sessions a year, attendance |
//! | `12345:5.inspection` | 组织好专题视察调研或执法检查 | inspections, law-enforcement checks |
//! | `12345:5.appraisal` | 开展好部门工作评议 | appraisals |
//! | `12345:5.performance_records` | 建立好代表履职档案 | performance records |
//!
//! # Examples
//!
//! ```
//! use chrono::NaiveDate;
//! use township_congress::scoring::{Evidence, EvidenceKey, Rubric, StatedFact, Value};
//! use township_congress::{Actor, Command, Envelope, Ledger, RosterChange, Rulebook};
//! # use chrono::{TimeZone, Utc};
//! # let at = Utc.with_ymd_and_hms(2026, 1, 5, 2, 0, 0).single().ok_or("time")?;
//! # let mut ledger = Ledger::new(Rulebook::NATIONAL);
//! # let open = RosterChange::TermOpened { township: "青山镇".into(), number: 8, population: 30_000,
//! #     seats: 50, uplift: false, election_completed: NaiveDate::from_ymd_opt(2026, 1, 4).ok_or("date")?,
//! #     township_kind: township_congress::roster::TownshipKind::Town,
//!     minorities: Vec::new() };
//! # ledger.execute(Envelope::new(Actor::CountyStandingCommittee {}, at, Command::Roster(open)))?;
//!
//! // `ledger` holds 青山镇's record for 2026.
//! let as_of = NaiveDate::from_ymd_opt(2026, 12, 31).ok_or("date")?;
//! let mut evidence = Evidence::derive(&ledger, 2026, as_of)?;
//! evidence.state_all([
//!     StatedFact::new(EvidenceKey::OfficeSpace, Value::yes(), "县人大常委会 2026-12-20 实地检查"),
//!     StatedFact::new(EvidenceKey::Staffing, Value::level(2), "镇党委 2026年第5号任职文件"),
//! ])?;
//! let rubric = Rubric::default_rubric()?;
//! let card = rubric.score(&evidence);
//! assert_eq!(card.dimensions[0].points.to_string(), "6"); // office 3 + full-time staff 3
//! // No session was held in 2026: the veto caps the grade.
//! assert_eq!(card.grade.name_zh, "不合格");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
pub mod evidence;
mod points;
mod rank;
mod rubric;
mod scorecard;

pub use error::ScoringError;
pub use evidence::{
    Evidence, EvidenceKey, Origin, Provenance, RawEvidence, RawItem, StatedFact, Value, ValueKind,
};
pub use points::{Points, PointsParseError, Rate, RawRate};
pub use rank::{
    Change, CountySummary, DimensionChange, DimensionLeader, GradeCount, RankRow, Ranking,
    WeakestIndicator, YearOverYear, year_over_year,
};
pub use rubric::{
    Bonus, CountBand, DEFAULT_RUBRIC_JSON, Dimension, GradeBand, Indicator, LevelPoints, RateBand,
    Rubric, RubricDocument, RubricV1, Rule, TieBreak, Veto, VetoTrigger,
};
pub use scorecard::{
    BonusScore, DimensionScore, GradeRef, IndicatorScore, Scorecard, Totals, VetoResult,
};

/// One of the "12345" requirements of township congress work (“12345”规范化建设要求), as a
/// tag rubric indicators carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Requirement {
    /// The tag, e.g. `12345:3.venue`.
    pub tag: &'static str,
    /// The requirement as the report words it.
    pub zh: &'static str,
}

/// The "12345" requirements (调研报告 二(二)3): 1 Party leadership; 2 lawful exercise of
/// powers and real effect; 3 guarantees of venue, staff and funding; 4 standard institutions,
/// meetings, activities and management; 5 the year's tasks.
///
/// # Examples
///
/// ```
/// use township_congress::scoring::{REQUIREMENTS_12345, Rubric};
///
/// let rubric = Rubric::default_rubric()?;
/// for r in REQUIREMENTS_12345 {
///     assert!(!rubric.indicators_tagged(r.tag).is_empty(), "{} is not assessed", r.zh);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "12345")]
#[doc(alias = "规范化建设")]
pub const REQUIREMENTS_12345: [Requirement; 14] = [
    Requirement {
        tag: "12345:1",
        zh: "坚持党委统一领导",
    },
    Requirement {
        tag: "12345:2",
        zh: "保证依法行权和工作实效",
    },
    Requirement {
        tag: "12345:3.venue",
        zh: "强化阵地保障",
    },
    Requirement {
        tag: "12345:3.staff",
        zh: "强化人员保障",
    },
    Requirement {
        tag: "12345:3.funding",
        zh: "强化经费保障",
    },
    Requirement {
        tag: "12345:4.institutions",
        zh: "做到制度规范",
    },
    Requirement {
        tag: "12345:4.meetings",
        zh: "做到会议规范",
    },
    Requirement {
        tag: "12345:4.activities",
        zh: "做到活动规范",
    },
    Requirement {
        tag: "12345:4.management",
        zh: "做到管理规范",
    },
    Requirement {
        tag: "12345:5.central_agenda",
        zh: "服务好中心大局",
    },
    Requirement {
        tag: "12345:5.sessions",
        zh: "召开好乡镇人代会",
    },
    Requirement {
        tag: "12345:5.inspection",
        zh: "组织好专题视察调研或执法检查",
    },
    Requirement {
        tag: "12345:5.appraisal",
        zh: "开展好部门工作评议",
    },
    Requirement {
        tag: "12345:5.performance_records",
        zh: "建立好代表履职档案",
    },
];

#[cfg(test)]
mod tests;
