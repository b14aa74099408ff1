//! Supervision followed to closure (监督工作、跟踪问效): the activities of the presidium's recess
//! plan, their findings and opinions, the rectification items they raise and the units'
//! feedback, re-inspection and closure, and work appraisal of government units.
//!
//! Between sessions the presidium plans for deputies to hear and discuss special work reports
//! of the government, to check how laws are enforced, and to inspect and research
//! (组织法2022 第十九条第二款). The county report found such supervision stopping at procedure,
//! without follow-up, and the rigid tools unused (调研报告 三(一)); here an activity cannot be
//! closed while a rectification item it raised is open, an item cannot be closed without the
//! responsible unit's feedback and a re-inspection that found it rectified, an appraisal under
//! the threshold cannot be closed without rectification, and what was planned and not held,
//! or is overdue, is a query away.
//!
//! # Commands
//!
//! | command | actor | stage | rule |
//! | --- | --- | --- | --- |
//! | [`Organise`](SupervisionCommand::Organise) | presidium | — → organised | the activity's article ([`ActivityKind::citation`]); a plan item named must be in the year's [`recess plan`](crate::presidium::Presidium::recess_plan); a specific-question investigation only where [`Rulebook::specific_question_investigation`](crate::Rulebook) allows it (组织法2022 第三十六条第一款) |
//! | [`RecordHeld`](SupervisionCommand::RecordHeld) | presidium or staff | organised → held | at least one deputy, each serving that day (代表法2025 第二十九条—第三十三条) |
//! | [`RecordReport`](SupervisionCommand::RecordReport) | presidium | held → reported | findings and opinions (代表法2025 第三十一条) |
//! | [`DeliverOpinions`](SupervisionCommand::DeliverOpinions) | presidium | reported → delivered | forwarded to the organs concerned (代表法2025 第三十一条) |
//! | [`RaiseRectification`](SupervisionCommand::RaiseRectification) | presidium | delivered | a registered unit, a deadline after today |
//! | [`SendFeedback`](SupervisionCommand::SendFeedback) | the responsible unit only | item open | within [`Rulebook::supervision_feedback_months`](crate::Rulebook) (national: "及时", 代表法2025 第三十一条; 浙江 3 months) |
//! | [`Reinspect`](SupervisionCommand::Reinspect) | presidium or one of its members | item open, after feedback | 代表法2025 第二十九条第一款 |
//! | [`CloseItem`](SupervisionCommand::CloseItem) | presidium | item open | a re-inspection after the last feedback found it rectified |
//! | [`RecordRatings`](SupervisionCommand::RecordRatings) | presidium or staff | appraisal held … delivered | counts only, no more than the participants; a second round only after the rectification the first required is closed |
//! | [`PublishAppraisal`](SupervisionCommand::PublishAppraisal) | presidium | every appraised unit rated | aggregates only (河南 2016 第四条第四项) |
//! | [`CloseActivity`](SupervisionCommand::CloseActivity) | presidium | delivered → closed | no open item; every unit under the threshold has rectification raised after its latest round; published where the rulebook requires it |
//!
//! # Effects on other aggregates
//!
//! None: supervision reads the roster (units, deputies serving), the sessions and the
//! presidium (its recess plan, its members) and changes only itself. Deputies' participation
//! shows in their performance records ([`records`](crate::records)), which read this
//! aggregate; the ledger also counts it among the acts a later suspension or termination
//! cannot predate.
//!
//! # Examples
//!
//! An inspection whose one rectification item keeps it open; only the responsible unit may
//! feed back (see `tests/supervision_scenarios.rs` for whole stories).
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use township_congress::ids::{ActivityId, ConstituencyId, DeputyId, RectificationId, UnitId};
//! use township_congress::roster::{TownshipKind, UnitKind};
//! use township_congress::supervision::{ActivityKind, SupervisionCommand as S};
//! use township_congress::{Actor, Command, Envelope, Error, Ledger, RosterChange, Rulebook};
//!
//! let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).ok_or("date");
//! let mut ledger = Ledger::new(Rulebook::NATIONAL);
//! let mut file = |actor: Actor, m, day, command: Command| -> Result<(), Error> {
//!     let at = Utc.with_ymd_and_hms(2026, m, day, 2, 0, 0).single().unwrap_or_default();
//!     ledger.execute(Envelope::new(actor, at, command)).map(|_| ())
//! };
//! file(Actor::CountyStandingCommittee {}, 1, 5, RosterChange::TermOpened { township: "青山乡".into(),
//!     township_kind: TownshipKind::Township, number: 8, election_completed: d(1, 4)?,
//!     population: 1_800, seats: 3, uplift: false, minorities: vec![] }.into())?;
//! file(Actor::ElectionCommittee {}, 1, 5, RosterChange::ConstituencyDrawn {
//!     constituency: ConstituencyId::from_u128(1), name: "东村".into(), seats: 3, voters: 900 }.into())?;
//! for n in 1..=3 {
//!     file(Actor::ElectionCommittee {}, 1, 5, RosterChange::DeputyElected { deputy: DeputyId::from_u128(n),
//!         name: format!("代表{n}"), constituency: ConstituencyId::from_u128(1), on: d(1, 4)?,
//!         by_election: false }.into())?;
//! }
//! let elected: std::collections::BTreeSet<_> = (1..=3).map(DeputyId::from_u128).collect();
//! file(Actor::CredentialsCommittee {}, 1, 5, RosterChange::CredentialsReviewed {
//!     valid: elected.clone(), void: [].into(), on: d(1, 5)? }.into())?;
//! file(Actor::Presidium {}, 1, 5, RosterChange::CredentialsConfirmed { deputies: elected,
//!     on: d(1, 5)? }.into())?;
//! let unit = UnitId::from_u128(7);
//! file(Actor::Government {}, 1, 5, RosterChange::UnitRegistered { unit, name: "镇农业农村办".into(),
//!     category: UnitKind::Department }.into())?;
//!
//! let (a, item) = (ActivityId::from_u128(1), RectificationId::from_u128(1));
//! let presidium = || Actor::Presidium {};
//! file(presidium(), 3, 2, S::Organise { activity: a, activity_kind: ActivityKind::Inspection,
//!     title: "农村饮水安全视察".into(), units: [unit].into(), plan_item: None }.into())?;
//! file(presidium(), 3, 2, S::RecordHeld { activity: a, on: d(3, 2)?,
//!     participants: (1..=3).map(DeputyId::from_u128).collect() }.into())?;
//! file(presidium(), 3, 3, S::RecordReport { activity: a, findings: "两处水源地无防护".into(),
//!     opinions: vec![] }.into())?;
//! file(presidium(), 3, 3, S::DeliverOpinions { activity: a, to: [unit].into() }.into())?;
//! file(presidium(), 3, 4, S::RaiseRectification { activity: a, item, unit,
//!     issue: "设置水源地防护栏".into(), deadline: d(4, 30)? }.into())?;
//!
//! // The activity cannot close while the item is open; the presidium cannot feed back for the unit.
//! let open = file(presidium(), 3, 5, S::CloseActivity { activity: a }.into());
//! assert!(matches!(open, Err(Error::Supervision(ref e)) if e.code() == "supervision.open_items"));
//! let feedback = S::SendFeedback { item, summary: "已设置".into(), completed: true };
//! let not_the_unit = file(presidium(), 3, 5, feedback.clone().into());
//! assert!(matches!(not_the_unit, Err(Error::Supervision(ref e)) if e.code() == "supervision.forbidden"));
//! file(Actor::Unit { unit }, 3, 20, feedback.into())?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod appraisal;
mod error;
mod inputs;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use appraisal::{Ratings, Round, RoundResult, UnitResult};
pub use error::{StageKind, SupervisionAct, SupervisionError, TextField, Who};

use crate::ids::{ActivityId, DeputyId, RectificationId, UnitId};
use crate::label::Label;
use crate::presidium::{PlanItem, PlanItemKind, Presidium};
use crate::rulebook::{Citation, Rulebook, add_months};

/// The forms of supervision between sessions (监督形式).
#[doc(alias = "监督形式")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[doc(alias = "监督活动类型")]
pub enum ActivityKind {
    /// Deputies hear and discuss a special work report of the government (听取审议专项工作报告).
    SpecialWorkReport,
    /// An inspection (视察).
    Inspection,
    /// Thematic research (专题调研).
    Research,
    /// A check of how laws and regulations are enforced (执法检查).
    LawEnforcementCheck,
    /// Appraisal of government units' work by deputies' ratings (工作评议).
    WorkAppraisal,
    /// A thematic inquiry put to the government (专题询问).
    ThematicInquiry,
    /// An investigation committee on a specific question (特定问题调查): county level and
    /// above only in national law; behind
    /// [`Rulebook::specific_question_investigation`](crate::Rulebook).
    SpecificQuestionInvestigation,
}

impl ActivityKind {
    /// Every kind, in order.
    pub const ALL: [Self; 7] = [
        Self::SpecialWorkReport,
        Self::Inspection,
        Self::Research,
        Self::LawEnforcementCheck,
        Self::WorkAppraisal,
        Self::ThematicInquiry,
        Self::SpecificQuestionInvestigation,
    ];

    /// The article that gives the township congress this form of supervision.
    ///
    /// Work appraisal and thematic inquiry have no township article in national law: appraisal is provincial (河南 2016 第四条第四项, 重庆 2016 第三十二条第六项) and
    /// inquiry follows the standing committees' model (监督法2024 第四十七条); both are cited
    /// as the presidium's recess supervision (组织法2022 第十九条第二款) and the "other
    /// activities" it organises (代表法2025 第三十三条第二款).
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::supervision::ActivityKind;
    ///
    /// assert_eq!(ActivityKind::Inspection.citation().to_string(), "代表法2025 第二十九条第一款");
    /// ```
    #[must_use]
    pub const fn citation(self) -> Citation {
        match self {
            Self::SpecialWorkReport | Self::WorkAppraisal => Citation::organic(19, Some(2)),
            Self::Inspection => Citation::deputies(29, Some(1)),
            Self::Research => Citation::deputies(30, None),
            Self::LawEnforcementCheck | Self::ThematicInquiry => Citation::deputies(33, Some(2)),
            Self::SpecificQuestionInvestigation => Citation::organic(36, Some(1)),
        }
    }

    /// The recess-plan category this kind carries out, if the plan has one.
    #[must_use]
    pub const fn plan_kind(self) -> Option<PlanItemKind> {
        match self {
            Self::SpecialWorkReport => Some(PlanItemKind::SpecialWorkReport),
            Self::Inspection => Some(PlanItemKind::Inspection),
            Self::Research => Some(PlanItemKind::Research),
            Self::LawEnforcementCheck => Some(PlanItemKind::LawEnforcementCheck),
            Self::WorkAppraisal | Self::ThematicInquiry | Self::SpecificQuestionInvestigation => {
                None
            }
        }
    }

    const fn describe(self) -> &'static str {
        match self {
            Self::SpecialWorkReport => "a special work report",
            Self::Inspection => "an inspection",
            Self::Research => "thematic research",
            Self::LawEnforcementCheck => "a law-enforcement check",
            Self::WorkAppraisal => "a work appraisal",
            Self::ThematicInquiry => "a thematic inquiry",
            Self::SpecificQuestionInvestigation => "a specific-question investigation",
        }
    }
}

impl Label for ActivityKind {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::SpecialWorkReport => "听取审议专项工作报告",
            Self::Inspection => "视察",
            Self::Research => "专题调研",
            Self::LawEnforcementCheck => "执法检查",
            Self::WorkAppraisal => "工作评议",
            Self::ThematicInquiry => "专题询问",
            Self::SpecificQuestionInvestigation => "特定问题调查",
        }
    }
}

impl std::fmt::Display for ActivityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.describe())
    }
}

/// The recess-plan item an activity carries out (计划事项): the plan's year and the item's
/// title, as approved (an amended plan keeps the link while it keeps the title).
#[doc(alias = "计划事项")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PlanLink {
    /// The plan's year.
    pub year: i32,
    /// The item's title.
    pub title: String,
}

/// When an activity took place and which deputies took part (活动情况).
#[doc(alias = "参加代表")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Held {
    /// The day it was held.
    pub on: NaiveDate,
    /// The deputies who took part; each counts in their performance record.
    pub participants: BTreeSet<DeputyId>,
}

/// What an activity found and what it asks of the organs concerned (视察报告、审议意见).
#[doc(alias = "审议意见")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Report {
    /// The day the report was recorded.
    pub on: NaiveDate,
    /// The findings.
    pub findings: String,
    /// The opinions and suggestions for the organs concerned.
    pub opinions: Vec<String>,
}

/// The report forwarded to the organs concerned (转交有关机关), 代表法2025 第三十一条.
#[doc(alias = "转交")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Delivery {
    /// The day it was forwarded.
    pub on: NaiveDate,
    /// The units it went to; empty means the township government as a whole.
    pub to: BTreeSet<UnitId>,
}

/// Where an activity stands; each stage keeps what the earlier ones recorded (活动进度).
#[doc(alias = "活动进度")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Progress {
    /// Organised by the presidium, not yet held (已安排).
    Organised {},
    /// Held (已开展).
    Held {
        /// When and who.
        held: Held,
    },
    /// Its findings and opinions recorded (已形成报告).
    Reported {
        /// When and who.
        held: Held,
        /// The report.
        report: Report,
    },
    /// Its report forwarded to the organs concerned (已转交).
    Delivered {
        /// When and who.
        held: Held,
        /// The report.
        report: Report,
        /// Where it went.
        delivery: Delivery,
    },
    /// Closed by the presidium, every item it raised closed (已办结).
    Closed {
        /// When and who.
        held: Held,
        /// The report.
        report: Report,
        /// Where it went.
        delivery: Delivery,
        /// The day it closed.
        closed_on: NaiveDate,
    },
}

impl Progress {
    /// The stage's name.
    #[must_use]
    pub const fn kind(&self) -> StageKind {
        match self {
            Self::Organised {} => StageKind::Organised,
            Self::Held { .. } => StageKind::Held,
            Self::Reported { .. } => StageKind::Reported,
            Self::Delivered { .. } => StageKind::Delivered,
            Self::Closed { .. } => StageKind::Closed,
        }
    }

    /// When it was held and who took part, once held.
    #[must_use]
    pub const fn held(&self) -> Option<&Held> {
        match self {
            Self::Organised {} => None,
            Self::Held { held }
            | Self::Reported { held, .. }
            | Self::Delivered { held, .. }
            | Self::Closed { held, .. } => Some(held),
        }
    }

    /// The report, once recorded.
    #[must_use]
    pub const fn report(&self) -> Option<&Report> {
        match self {
            Self::Organised {} | Self::Held { .. } => None,
            Self::Reported { report, .. }
            | Self::Delivered { report, .. }
            | Self::Closed { report, .. } => Some(report),
        }
    }

    /// The delivery, once forwarded.
    #[must_use]
    pub const fn delivery(&self) -> Option<&Delivery> {
        match self {
            Self::Delivered { delivery, .. } | Self::Closed { delivery, .. } => Some(delivery),
            _ => None,
        }
    }
}

impl Label for Progress {
    fn label_zh(&self) -> &'static str {
        self.kind().label_zh()
    }
}

/// A supervision activity (监督活动).
#[doc(alias = "监督活动")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Activity {
    /// Its id.
    pub id: ActivityId,
    /// What form of supervision.
    pub kind: ActivityKind,
    /// Its subject, e.g. `集镇污水管网建设视察`.
    pub title: String,
    /// The units concerned (for an appraisal, the units appraised); empty means the township
    /// government as a whole.
    pub units: BTreeSet<UnitId>,
    /// The recess-plan item it carries out, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanLink>,
    /// The day the presidium organised it.
    pub organised_on: NaiveDate,
    /// Where it stands.
    pub progress: Progress,
    /// For a work appraisal: each unit's rounds of ratings, oldest first.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub appraisal: BTreeMap<UnitId, Vec<Round>>,
    /// For a work appraisal: the day its results were published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_on: Option<NaiveDate>,
}

impl Activity {
    /// For a work appraisal: how many of its units have no round of ratings yet.
    #[must_use]
    pub fn unrated_units(&self) -> u32 {
        let unrated = self
            .units
            .iter()
            .filter(|u| !self.appraisal.contains_key(u));
        crate::rulebook::count(unrated.count())
    }

    /// Each appraised unit's latest result, in unit order (评议结果).
    #[must_use]
    pub fn results(&self) -> Vec<UnitResult> {
        self.appraisal
            .iter()
            .filter_map(|(unit, rounds)| {
                let latest = rounds.last()?.result;
                Some(UnitResult {
                    unit: *unit,
                    rounds: rounds.iter().map(|r| r.ratings).collect(),
                    latest,
                })
            })
            .collect()
    }
}

/// Who re-inspected a rectification item (复查人).
#[doc(alias = "复查人")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Inspector {
    /// The presidium as a body.
    Presidium {},
    /// A member of the presidium, a deputy.
    Member {
        /// The member.
        deputy: DeputyId,
    },
}

/// A unit's feedback on a rectification item (整改反馈).
#[doc(alias = "整改反馈")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Feedback {
    /// The day it was sent.
    pub on: NaiveDate,
    /// What the unit did.
    pub summary: String,
    /// Whether the unit reports the rectification complete.
    pub completed: bool,
}

/// A re-inspection of a rectification item (复查).
#[doc(alias = "复查")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Reinspection {
    /// The day.
    pub on: NaiveDate,
    /// Who re-inspected.
    pub by: Inspector,
    /// Whether the problem was found rectified.
    pub rectified: bool,
    /// What was found.
    pub notes: String,
    /// How many of the unit's feedbacks it followed: a feedback sent after it (even the same
    /// day) needs a new re-inspection.
    pub after_feedback: u32,
}

/// Whether a rectification item is open (整改状态).
#[doc(alias = "整改状态")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ItemStatus {
    /// Being rectified (整改中).
    Open {},
    /// Closed after a re-inspection found it rectified (已销号).
    Closed {
        /// The day.
        on: NaiveDate,
    },
}

impl Label for ItemStatus {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Open {} => "整改中",
            Self::Closed { .. } => "已销号",
        }
    }
}

/// A problem an activity found, assigned to a unit to rectify by a deadline (整改事项).
#[doc(alias = "整改事项")]
#[doc(alias = "跟踪问效")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RectificationItem {
    /// Its id.
    pub id: RectificationId,
    /// The activity that raised it.
    pub activity: ActivityId,
    /// The responsible unit, registered in the roster (责任单位).
    pub unit: UnitId,
    /// The problem to rectify.
    pub issue: String,
    /// The day it was raised.
    pub raised_on: NaiveDate,
    /// The day by which it must be rectified (整改期限).
    pub deadline: NaiveDate,
    /// The unit's feedback, oldest first.
    pub feedback: Vec<Feedback>,
    /// Re-inspections, oldest first.
    pub reinspections: Vec<Reinspection>,
    /// Open or closed.
    pub status: ItemStatus,
}

impl RectificationItem {
    /// Whether it is still open.
    #[must_use]
    pub const fn is_open(&self) -> bool {
        matches!(self.status, ItemStatus::Open {})
    }

    /// The day it closed, if it did.
    #[must_use]
    pub const fn closed_on(&self) -> Option<NaiveDate> {
        match self.status {
            ItemStatus::Open {} => None,
            ItemStatus::Closed { on } => Some(on),
        }
    }

    /// The last day for the unit's first feedback under `rules`, counted from the day the item
    /// was raised; `None` where no period is set (national: "及时", 代表法2025 第三十一条).
    #[must_use]
    pub fn feedback_due(&self, rules: &Rulebook) -> Option<NaiveDate> {
        let months = rules.supervision_feedback_months.value?;
        add_months(self.raised_on, months)
    }

    /// Whether a re-inspection after the unit's last feedback found it rectified.
    #[must_use]
    pub fn verified(&self) -> bool {
        let feedbacks = crate::rulebook::count(self.feedback.len());
        self.reinspections.last().is_some_and(|check| {
            feedbacks > 0 && check.rectified && check.after_feedback == feedbacks
        })
    }
}

/// An open rectification item past its deadline (逾期未整改), as of a day.
#[doc(alias = "逾期未整改")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Overdue {
    /// The item.
    pub item: RectificationId,
    /// The activity that raised it.
    pub activity: ActivityId,
    /// The responsible unit.
    pub unit: UnitId,
    /// Its deadline.
    pub deadline: NaiveDate,
    /// Days past the deadline.
    pub days: i64,
}

/// A rectification item without the unit's feedback after the rulebook's period (逾期未反馈).
#[doc(alias = "逾期未反馈")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FeedbackOverdue {
    /// The item.
    pub item: RectificationId,
    /// The responsible unit.
    pub unit: UnitId,
    /// The last day for feedback.
    pub due: NaiveDate,
}

/// A command to the supervision record (监督指令).
#[doc(alias = "监督指令")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum SupervisionCommand {
    /// The presidium organises an activity (安排监督活动).
    Organise {
        /// The new activity's id.
        activity: ActivityId,
        /// Its form.
        activity_kind: ActivityKind,
        /// Its subject.
        title: String,
        /// The units concerned (registered); empty for the township government as a whole.
        /// An appraisal names the units it appraises.
        #[serde(default)]
        units: BTreeSet<UnitId>,
        /// The title of the item of this year's recess plan it carries out, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        plan_item: Option<String>,
    },
    /// The presidium or staff record that the activity was held, and who took part (开展).
    RecordHeld {
        /// The activity.
        activity: ActivityId,
        /// The day it was held, not after today.
        on: NaiveDate,
        /// The deputies who took part.
        participants: BTreeSet<DeputyId>,
    },
    /// The presidium records the findings and opinions (形成报告).
    RecordReport {
        /// The activity.
        activity: ActivityId,
        /// The findings.
        findings: String,
        /// Opinions and suggestions for the organs concerned.
        #[serde(default)]
        opinions: Vec<String>,
    },
    /// The presidium forwards the report to the organs concerned (转交).
    DeliverOpinions {
        /// The activity.
        activity: ActivityId,
        /// The units; empty for the township government as a whole.
        #[serde(default)]
        to: BTreeSet<UnitId>,
    },
    /// The presidium raises a rectification item (交办整改事项).
    RaiseRectification {
        /// The activity.
        activity: ActivityId,
        /// The new item's id.
        item: RectificationId,
        /// The responsible unit.
        unit: UnitId,
        /// The problem.
        issue: String,
        /// The day by which it must be rectified, after today.
        deadline: NaiveDate,
    },
    /// The responsible unit (the actor) reports what it did (反馈整改情况).
    SendFeedback {
        /// The item.
        item: RectificationId,
        /// What it did.
        summary: String,
        /// Whether it reports the rectification complete.
        completed: bool,
    },
    /// The presidium, or one of its members, re-inspects (复查).
    Reinspect {
        /// The item.
        item: RectificationId,
        /// Whether it was found rectified.
        rectified: bool,
        /// What was found.
        notes: String,
    },
    /// The presidium closes a rectification item (销号).
    CloseItem {
        /// The item.
        item: RectificationId,
    },
    /// The presidium or staff record a round of deputies' ratings of an appraised unit, as
    /// counts (测评).
    RecordRatings {
        /// The appraisal.
        activity: ActivityId,
        /// The unit rated.
        unit: UnitId,
        /// The counts.
        ratings: Ratings,
    },
    /// The presidium publishes the appraisal's results, as aggregates (公开评议结果).
    PublishAppraisal {
        /// The appraisal.
        activity: ActivityId,
    },
    /// The presidium closes the activity (活动办结).
    CloseActivity {
        /// The activity.
        activity: ActivityId,
    },
}

impl Label for SupervisionCommand {
    fn label_zh(&self) -> &'static str {
        self.act().label_zh()
    }
}

impl SupervisionCommand {
    /// The act the command asks for.
    #[must_use]
    pub const fn act(&self) -> SupervisionAct {
        match self {
            Self::Organise { .. } => SupervisionAct::Organise,
            Self::RecordHeld { .. } => SupervisionAct::RecordHeld,
            Self::RecordReport { .. } => SupervisionAct::RecordReport,
            Self::DeliverOpinions { .. } => SupervisionAct::DeliverOpinions,
            Self::RaiseRectification { .. } => SupervisionAct::RaiseRectification,
            Self::SendFeedback { .. } => SupervisionAct::SendFeedback,
            Self::Reinspect { .. } => SupervisionAct::Reinspect,
            Self::CloseItem { .. } => SupervisionAct::CloseItem,
            Self::RecordRatings { .. } => SupervisionAct::RecordRatings,
            Self::PublishAppraisal { .. } => SupervisionAct::PublishAppraisal,
            Self::CloseActivity { .. } => SupervisionAct::CloseActivity,
        }
    }
}

/// What happened in supervision (监督事件). The actor and the day are in the ledger's
/// [`Recorded`](crate::Recorded) entry.
#[doc(alias = "监督事件")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum SupervisionEvent {
    /// An activity was organised.
    ActivityOrganised {
        /// The activity.
        activity: ActivityId,
        /// Its form.
        activity_kind: ActivityKind,
        /// Its subject.
        title: String,
        /// The units concerned.
        #[serde(default)]
        units: BTreeSet<UnitId>,
        /// The plan item it carries out, with the plan's year.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        plan: Option<PlanLink>,
    },
    /// An activity was held.
    ActivityHeld {
        /// The activity.
        activity: ActivityId,
        /// The day.
        on: NaiveDate,
        /// Who took part.
        participants: BTreeSet<DeputyId>,
    },
    /// Its findings and opinions were recorded.
    ReportRecorded {
        /// The activity.
        activity: ActivityId,
        /// The findings.
        findings: String,
        /// The opinions.
        #[serde(default)]
        opinions: Vec<String>,
    },
    /// Its report was forwarded.
    OpinionsDelivered {
        /// The activity.
        activity: ActivityId,
        /// The units; empty for the government as a whole.
        #[serde(default)]
        to: BTreeSet<UnitId>,
    },
    /// A rectification item was raised.
    RectificationRaised {
        /// The activity.
        activity: ActivityId,
        /// The item.
        item: RectificationId,
        /// The responsible unit.
        unit: UnitId,
        /// The problem.
        issue: String,
        /// The deadline.
        deadline: NaiveDate,
    },
    /// The responsible unit sent feedback.
    FeedbackSent {
        /// The item.
        item: RectificationId,
        /// What it did.
        summary: String,
        /// Whether it reports the rectification complete.
        completed: bool,
    },
    /// An item was re-inspected.
    Reinspected {
        /// The item.
        item: RectificationId,
        /// Who re-inspected, from the actor.
        by: Inspector,
        /// Whether it was found rectified.
        rectified: bool,
        /// What was found.
        notes: String,
    },
    /// An item was closed.
    ItemClosed {
        /// The item.
        item: RectificationId,
    },
    /// A round of ratings was recorded, with its result derived.
    RatingsRecorded {
        /// The appraisal.
        activity: ActivityId,
        /// The unit.
        unit: UnitId,
        /// The counts.
        ratings: Ratings,
        /// The round and what it means, derived.
        result: RoundResult,
    },
    /// An appraisal's results were published, as aggregates derived from the rounds.
    AppraisalPublished {
        /// The appraisal.
        activity: ActivityId,
        /// Each unit's rounds and latest result.
        results: Vec<UnitResult>,
    },
    /// An activity was closed.
    ActivityClosed {
        /// The activity.
        activity: ActivityId,
    },
}

impl Label for SupervisionEvent {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::ActivityOrganised { .. } => "安排监督活动",
            Self::ActivityHeld { .. } => "开展监督活动",
            Self::ReportRecorded { .. } => "形成监督报告",
            Self::OpinionsDelivered { .. } => "转交审议意见",
            Self::RectificationRaised { .. } => "交办整改事项",
            Self::FeedbackSent { .. } => "反馈整改情况",
            Self::Reinspected { .. } => "复查整改情况",
            Self::ItemClosed { .. } => "整改事项销号",
            Self::RatingsRecorded { .. } => "工作评议测评",
            Self::AppraisalPublished { .. } => "公开评议结果",
            Self::ActivityClosed { .. } => "监督活动办结",
        }
    }
}

/// The supervision record of the term: activities and rectification items (监督工作档案).
#[doc(alias = "监督工作档案")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Supervision {
    activities: BTreeMap<ActivityId, Activity>,
    items: BTreeMap<RectificationId, RectificationItem>,
    /// The last day each deputy took part in an activity (an index kept by the commits).
    #[serde(skip)]
    last_acts: BTreeMap<DeputyId, NaiveDate>,
}

/// Queries (getters).
impl Supervision {
    /// An activity by id.
    #[must_use]
    pub fn activity(&self, id: ActivityId) -> Option<&Activity> {
        self.activities.get(&id)
    }

    /// Every activity, in id order.
    pub fn activities(&self) -> impl Iterator<Item = &Activity> {
        self.activities.values()
    }

    /// A rectification item by id.
    #[must_use]
    pub fn item(&self, id: RectificationId) -> Option<&RectificationItem> {
        self.items.get(&id)
    }

    /// Every rectification item, in id order.
    pub fn items(&self) -> impl Iterator<Item = &RectificationItem> {
        self.items.values()
    }

    /// The items an activity raised, in id order.
    pub fn items_of(&self, activity: ActivityId) -> impl Iterator<Item = &RectificationItem> {
        self.items.values().filter(move |i| i.activity == activity)
    }

    /// Activities of `kind` held from `from` to `to`, both included.
    pub fn held_between(
        &self,
        kind: ActivityKind,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl Iterator<Item = &Activity> {
        self.activities.values().filter(move |a| {
            a.kind == kind
                && a.progress
                    .held()
                    .is_some_and(|h| from <= h.on && h.on <= to)
        })
    }

    /// Open rectification items past their deadline at `now`, in id order (逾期未整改): an item
    /// is overdue from the day after its deadline until it is closed.
    ///
    /// # Examples
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use township_congress::{Rulebook, supervision::Supervision};
    ///
    /// let now = Utc.with_ymd_and_hms(2026, 9, 1, 2, 0, 0).single().ok_or("time")?;
    /// assert!(Supervision::default().overdue(&Rulebook::NATIONAL, now).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[doc(alias = "逾期")]
    #[must_use]
    pub fn overdue(&self, rules: &Rulebook, now: DateTime<Utc>) -> Vec<Overdue> {
        let today = rules.local_date(now);
        self.items
            .values()
            .filter(|i| i.is_open() && today > i.deadline)
            .map(|i| Overdue {
                item: i.id,
                activity: i.activity,
                unit: i.unit,
                deadline: i.deadline,
                days: (today - i.deadline).num_days(),
            })
            .collect()
    }

    /// Open rectification items without the unit's feedback after the rulebook's period, at
    /// `now` (逾期未反馈); none where the rulebook sets no period (national: "及时").
    #[must_use]
    pub fn feedback_overdue(&self, rules: &Rulebook, now: DateTime<Utc>) -> Vec<FeedbackOverdue> {
        let today = rules.local_date(now);
        self.items
            .values()
            .filter(|i| i.is_open() && i.feedback.is_empty())
            .filter_map(|i| {
                let due = i.feedback_due(rules)?;
                (today > due).then_some(FeedbackOverdue {
                    item: i.id,
                    unit: i.unit,
                    due,
                })
            })
            .collect()
    }

    /// Items of `year`'s recess plan, as last amended, that no activity held by `as_of` carried
    /// out (计划未开展): the plan's special work reports, inspections, research and
    /// law-enforcement checks (the plan's "issues of concern" are themes, not activities).
    ///
    /// An activity carries out an item when it was organised against the item's title, is of
    /// the item's category, and was held in the year by `as_of`.
    #[doc(alias = "计划未开展")]
    #[must_use]
    pub fn unheld_plan_items<'p>(
        &self,
        presidium: &'p Presidium,
        year: i32,
        as_of: NaiveDate,
    ) -> Vec<&'p PlanItem> {
        let Some(plan) = presidium.recess_plan(year) else {
            return Vec::new();
        };
        plan.items
            .iter()
            .filter(|item| item.category != PlanItemKind::IssueOfConcern)
            .filter(|item| !self.carried_out(item, year, as_of))
            .collect()
    }

    fn carried_out(&self, item: &PlanItem, year: i32, as_of: NaiveDate) -> bool {
        self.activities.values().any(|a| {
            a.kind.plan_kind() == Some(item.category)
                && a.plan
                    .as_ref()
                    .is_some_and(|p| p.year == year && p.title == item.title)
                && a.progress
                    .held()
                    .is_some_and(|h| h.on <= as_of && h.on.year() == year)
        })
    }

    /// The last day the record shows `deputy` taking part in an activity.
    pub(crate) fn last_act(&self, deputy: DeputyId) -> Option<NaiveDate> {
        self.last_acts.get(&deputy).copied()
    }
}
