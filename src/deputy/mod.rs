//! Deputies' work between and at sessions (代表履职): speeches, deputy-group activities,
//! training, receptions of voters at contact stations and what became of each issue raised,
//! deeds for voters, duty reports to the constituency with the voters' evaluation, the
//! presidium's contact with deputies, and the executing organ's reports that a deputy was
//! detained or arrested.
//!
//! Each fact is recorded once, here or in the aggregate it belongs to (attendance in sessions,
//! participation in supervision); a deputy's performance record (履职档案) is derived from them
//! all by [`records`](crate::records), never typed twice.
//!
//! # Commands
//!
//! | command | actor | rule |
//! | --- | --- | --- |
//! | [`RecordSpeech`](DeputyCommand::RecordSpeech) | presidium or staff | the deputy was present at the session, which has opened (代表法2025 第八条第二项) |
//! | [`RecordGroupActivity`](DeputyCommand::RecordGroupActivity) | presidium, staff or a member of the group | members of the group, serving that day (代表法2025 第二十六条) |
//! | [`RecordTraining`](DeputyCommand::RecordTraining) | presidium, staff or the county standing committee | serving deputies (代表法2025 第四十七条第三款) |
//! | [`RecordReception`](DeputyCommand::RecordReception) | presidium, staff or a receiving deputy | a station opened by then; voters counted, not named (代表法2025 第二十八条) |
//! | [`RecordIssueOutcome`](DeputyCommand::RecordIssueOutcome) | presidium or staff | an issue raised at a reception, not yet settled (代表法2025 第三十七条) |
//! | [`RecordDeed`](DeputyCommand::RecordDeed) | presidium or staff | serving deputies (代表法2025 第八条第六项) |
//! | [`RecordDutyReport`](DeputyCommand::RecordDutyReport) | presidium or staff | a serving deputy, an audience, a place (代表法2025 第五十八条第二款) |
//! | [`RecordEvaluation`](DeputyCommand::RecordEvaluation) | presidium or staff | one per report; counts only, no more respondents than the audience; valid from [`Rulebook::duty_evaluation_min_respondents`](crate::Rulebook) |
//! | [`AssignContacts`](DeputyCommand::AssignContacts) | presidium | a presidium member liaises with serving deputies (组织法2022 第十八条第三款; 双联系制度, 调研报告 二(二)3) |
//! | [`ReportRestriction`](DeputyCommand::ReportRestriction) / [`ReportRestrictionLifted`](DeputyCommand::ReportRestrictionLifted) | the executing organ | reported at once to the congress (代表法2025 第三十九条第四款) |
//! | [`PublishPerformance`](DeputyCommand::PublishPerformance) | presidium | once a year (代表法2025 第五十八条第二款; 重庆 实施办法 2016 第五十二条) |
//!
//! # Effects on other aggregates
//!
//! | deputy event | entails | recorded as |
//! | --- | --- | --- |
//! | [`RestrictionReported`](DeputyEvent::RestrictionReported) of a criminal detention, an arrest, or a sentence served without deprivation of political rights, for a deputy serving that day | the exercise of the mandate is suspended from that day (代表法2025 第六十一条) | [`RosterChange::DeputySuspended`] |
//! | [`RestrictionLifted`](DeputyEvent::RestrictionLifted) of a deputy suspended on such a report | the suspension ends that day | [`RosterChange::DeputyReinstated`] |
//!
//! Other measures (a criminal trial without custody, an administrative detention, other
//! restrictions) are recorded without suspending the mandate. A sentence with deprivation of
//! political rights ends the mandate (代表法2025 第六十二条), which the credentials committee
//! reports and the congress announces (第六十三条第二款) as
//! [`RosterChange::MandateTerminated`]; it is not derived here, because the law gives that
//! report to the committee. While a reported detention is in force, the credentials committee
//! cannot state a reinstatement by hand (the ledger refuses it).
//!
//! # Examples
//!
//! The executing organ reports a deputy detained; the roster's suspension comes with it.
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use township_congress::deputy::{DeputyCommand, Measure};
//! use township_congress::ids::{ConstituencyId, DeputyId};
//! use township_congress::roster::{DeputyStatus, TownshipKind};
//! use township_congress::{Actor, Command, Envelope, Error, Event, Ledger, RosterChange, Rulebook};
//!
//! let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).ok_or("date");
//! let at = |m, day| Utc.with_ymd_and_hms(2026, m, day, 2, 0, 0).single().unwrap_or_default();
//! let mut ledger = Ledger::new(Rulebook::NATIONAL);
//! let mut file = |actor: Actor, command: Command| -> Result<(), Error> {
//!     ledger.execute(Envelope::new(actor, at(1, 5), command)).map(|_| ())
//! };
//! file(Actor::CountyStandingCommittee {}, RosterChange::TermOpened { township: "青山乡".into(),
//!     township_kind: TownshipKind::Township, number: 8, election_completed: d(1, 4)?,
//!     population: 1_800, seats: 1, uplift: false, minorities: vec![] }.into())?;
//! file(Actor::ElectionCommittee {}, RosterChange::ConstituencyDrawn {
//!     constituency: ConstituencyId::from_u128(1), name: "东村".into(), seats: 1, voters: 900 }.into())?;
//! let deputy = DeputyId::from_u128(1);
//! file(Actor::ElectionCommittee {}, RosterChange::DeputyElected { deputy, name: "代表1".into(),
//!     constituency: ConstituencyId::from_u128(1), on: d(1, 4)?, by_election: false }.into())?;
//! // The credentials committee finds the election valid; the presidium confirms it.
//! file(Actor::CredentialsCommittee {}, RosterChange::CredentialsReviewed { valid: [deputy].into(),
//!     void: [].into(), on: d(1, 5)? }.into())?;
//! file(Actor::Presidium {}, RosterChange::CredentialsConfirmed { deputies: [deputy].into(),
//!     on: d(1, 5)? }.into())?;
//!
//! let police = Actor::ExecutingOrgan { organ: "某县公安局".into() };
//! let report = DeputyCommand::ReportRestriction { deputy, measure: Measure::CriminalDetention, on: d(3, 1)? };
//! let entry = ledger.execute(Envelope::new(police, at(3, 1), report.into()))?;
//! assert!(matches!(entry.effects.as_slice(), [Event::Roster(RosterChange::DeputySuspended { .. })]));
//! let status = ledger.roster().deputy(deputy).and_then(|x| x.status_at(d(3, 1).ok()?));
//! assert_eq!(status, Some(DeputyStatus::Suspended {}));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod contact;
mod error;
mod evaluation;
mod inputs;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use contact::{
    GroupShortfall, PendingDutyReport, ReceptionShortfall, VoterContact, stations_without_deputy,
    villages_without_station,
};
pub use error::{DeputyAct, DeputyError, RecordKind, TextField, Who};
pub use evaluation::{EvaluationOutcome, Verdict};

use crate::ids::{
    DeedId, DeputyId, DutyReportId, GroupActivityId, GroupId, ReceptionId, SessionId, StationId,
    TrainingId, UnitId,
};
use crate::label::Label;
use crate::roster::RosterChange;
use crate::supervision::Ratings;

/// A speech a deputy made at a session (大会发言).
#[doc(alias = "大会发言")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Speech {
    /// The session.
    pub session: SessionId,
    /// The deputy.
    pub deputy: DeputyId,
    /// The day it was recorded.
    pub on: NaiveDate,
    /// What it was about.
    pub topic: String,
}

/// An activity of a deputy group (代表小组活动).
#[doc(alias = "代表小组活动")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct GroupActivity {
    /// Its id.
    pub id: GroupActivityId,
    /// The group.
    pub group: GroupId,
    /// The day.
    pub on: NaiveDate,
    /// What it was.
    pub topic: String,
    /// Members who took part.
    pub participants: BTreeSet<DeputyId>,
}

/// Who organised a training (培训组织者), 代表法2025 第四十七条第三款.
#[doc(alias = "培训组织者")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TrainingOrganiser {
    /// The township presidium (乡镇人大主席团).
    Presidium,
    /// The county standing committee (县级人大常委会).
    CountyStandingCommittee,
}

impl Label for TrainingOrganiser {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Presidium => "乡镇人大主席团",
            Self::CountyStandingCommittee => "县级人大常委会",
        }
    }
}

/// A training session for deputies (代表履职学习培训).
#[doc(alias = "代表履职培训")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Training {
    /// Its id.
    pub id: TrainingId,
    /// The day.
    pub on: NaiveDate,
    /// Its subject.
    pub title: String,
    /// Who organised it.
    pub organiser: TrainingOrganiser,
    /// Deputies who attended.
    pub attendees: BTreeSet<DeputyId>,
}

/// What became of an issue voters raised (办理情况).
#[doc(alias = "办理情况")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum IssueOutcome {
    /// Not yet handled (待办理).
    Pending {},
    /// Answered on the spot (当场解答).
    AnsweredOnSpot {},
    /// Referred to a unit to handle (转交有关单位).
    Referred {
        /// The unit, registered in the roster.
        unit: UnitId,
    },
    /// Resolved (已解决).
    Resolved {},
    /// Cannot be resolved for now, explained to the voters (暂不能解决，已解释说明).
    NotPossible {},
}

impl IssueOutcome {
    /// Whether the issue is settled: answered, resolved or explained.
    #[must_use]
    pub const fn is_settled(&self) -> bool {
        matches!(
            self,
            Self::AnsweredOnSpot {} | Self::Resolved {} | Self::NotPossible {}
        )
    }
}

impl Label for IssueOutcome {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Pending {} => "待办理",
            Self::AnsweredOnSpot {} => "当场解答",
            Self::Referred { .. } => "转交有关单位",
            Self::Resolved {} => "已解决",
            Self::NotPossible {} => "暂不能解决，已解释说明",
        }
    }
}

/// An issue voters raised at a reception, and what became of it (群众反映问题).
#[doc(alias = "群众反映问题")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Issue {
    /// What was raised.
    pub text: String,
    /// What became of it.
    pub outcome: IssueOutcome,
}

/// A reception of voters at a contact station (接待选民).
///
/// Voters are counted, never named.
#[doc(alias = "接待选民")]
#[doc(alias = "代表接待日")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Reception {
    /// Its id.
    pub id: ReceptionId,
    /// The station.
    pub station: StationId,
    /// The day.
    pub on: NaiveDate,
    /// The deputies who received voters.
    pub deputies: BTreeSet<DeputyId>,
    /// How many voters came.
    pub voters: u32,
    /// The issues raised, in order.
    pub issues: Vec<Issue>,
}

/// A deed done for voters (为民办实事).
#[doc(alias = "为民办实事")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Deed {
    /// Its id.
    pub id: DeedId,
    /// The day it was done.
    pub on: NaiveDate,
    /// The deputies who did it.
    pub deputies: BTreeSet<DeputyId>,
    /// What was done.
    pub description: String,
}

/// The voters' evaluation of a duty report (述职测评).
#[doc(alias = "述职测评")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Evaluation {
    /// The day it was recorded.
    pub on: NaiveDate,
    /// The tally, counts only.
    pub ratings: Ratings,
    /// What it means, derived.
    pub outcome: EvaluationOutcome,
}

/// A deputy's duty report to the original constituency (代表述职).
#[doc(alias = "代表述职")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DutyReport {
    /// Its id.
    pub id: DutyReportId,
    /// The deputy.
    pub deputy: DeputyId,
    /// The day.
    pub on: NaiveDate,
    /// Where.
    pub place: String,
    /// How many voters attended.
    pub audience: u32,
    /// The voters' evaluation, once recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<Evaluation>,
}

/// A measure restricting a deputy's liberty, as the executing organ reports it (限制人身自由的
/// 措施), 代表法2025 第三十九条第四款.
#[doc(alias = "限制人身自由的措施")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Measure {
    /// Criminal detention (刑事拘留): held in custody in a criminal case.
    CriminalDetention,
    /// Arrest (逮捕): held in custody in a criminal case.
    Arrest,
    /// Criminal trial without custody (受刑事审判，未被羁押).
    CriminalTrial,
    /// Serving a sentence of public surveillance, criminal detention or fixed-term
    /// imprisonment without deprivation of political rights (判处管制、拘役或者有期徒刑而没有
    /// 附加剥夺政治权利，正在服刑).
    SentenceServed,
    /// A sentence with deprivation of political rights (附加剥夺政治权利): the mandate ends,
    /// as the credentials committee reports (代表法2025 第六十二条).
    SentenceWithDeprivation,
    /// Administrative detention (行政拘留).
    AdministrativeDetention,
    /// Another measure restricting liberty (其他限制人身自由的措施).
    OtherRestriction,
}

impl Measure {
    /// Whether the measure suspends the exercise of the mandate (代表法2025 第六十一条: held in
    /// custody in a criminal case, or serving a sentence without deprivation of political
    /// rights).
    #[must_use]
    pub const fn suspends(self) -> bool {
        matches!(
            self,
            Self::CriminalDetention | Self::Arrest | Self::SentenceServed
        )
    }
}

impl Label for Measure {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::CriminalDetention => "刑事拘留",
            Self::Arrest => "逮捕",
            Self::CriminalTrial => "受刑事审判",
            Self::SentenceServed => "判处刑罚正在服刑（未附加剥夺政治权利）",
            Self::SentenceWithDeprivation => "判处刑罚并附加剥夺政治权利",
            Self::AdministrativeDetention => "行政拘留",
            Self::OtherRestriction => "其他限制人身自由的措施",
        }
    }
}

/// A restriction reported by the executing organ (执行机关报告).
#[doc(alias = "执行机关报告")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Restriction {
    /// The measure.
    pub measure: Measure,
    /// The day it was taken.
    pub on: NaiveDate,
    /// The organ that reported it.
    pub organ: String,
    /// The day it was lifted, once reported lifted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifted_on: Option<NaiveDate>,
}

/// The presidium member who liaises with a deputy (联系代表的主席团成员).
#[doc(alias = "双联系")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ContactLink {
    /// The member.
    pub member: DeputyId,
    /// Since when.
    pub since: NaiveDate,
}

/// A command about deputies' work (代表履职指令).
#[doc(alias = "代表履职指令")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum DeputyCommand {
    /// Records a deputy's speech at a session (大会发言).
    RecordSpeech {
        /// The session.
        session: SessionId,
        /// The deputy.
        deputy: DeputyId,
        /// What it was about.
        topic: String,
    },
    /// Records a deputy group's activity (代表小组活动).
    RecordGroupActivity {
        /// The new activity's id.
        activity: GroupActivityId,
        /// The group.
        group: GroupId,
        /// The day.
        on: NaiveDate,
        /// What it was.
        topic: String,
        /// Members who took part.
        participants: BTreeSet<DeputyId>,
    },
    /// Records a training session and who attended (代表履职培训).
    RecordTraining {
        /// The new training's id.
        training: TrainingId,
        /// The day.
        on: NaiveDate,
        /// Its subject.
        title: String,
        /// Who organised it.
        organiser: TrainingOrganiser,
        /// Deputies who attended.
        attendees: BTreeSet<DeputyId>,
    },
    /// Records a reception of voters at a station (接待选民).
    RecordReception {
        /// The new reception's id.
        reception: ReceptionId,
        /// The station.
        station: StationId,
        /// The day.
        on: NaiveDate,
        /// The deputies who received voters.
        deputies: BTreeSet<DeputyId>,
        /// How many voters came (counted, not named).
        voters: u32,
        /// The issues raised.
        #[serde(default)]
        issues: Vec<String>,
    },
    /// Records what became of an issue raised at a reception (办理情况).
    RecordIssueOutcome {
        /// The reception.
        reception: ReceptionId,
        /// The issue's position in the reception's list, from 0.
        issue: u32,
        /// What became of it.
        outcome: IssueOutcome,
    },
    /// Records a deed for voters (为民办实事).
    RecordDeed {
        /// The new deed's id.
        deed: DeedId,
        /// The day.
        on: NaiveDate,
        /// The deputies who did it.
        deputies: BTreeSet<DeputyId>,
        /// What was done.
        description: String,
    },
    /// Records a deputy's duty report to the constituency (代表述职).
    RecordDutyReport {
        /// The new report's id.
        report: DutyReportId,
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
        /// Where.
        place: String,
        /// How many voters attended.
        audience: u32,
    },
    /// Records the voters' evaluation of a duty report, as counts (述职测评).
    RecordEvaluation {
        /// The report.
        report: DutyReportId,
        /// The tally.
        ratings: Ratings,
    },
    /// The presidium assigns deputies to a member to liaise with (主席团成员联系代表).
    AssignContacts {
        /// The presidium member.
        member: DeputyId,
        /// The deputies.
        deputies: BTreeSet<DeputyId>,
    },
    /// The executing organ (the actor) reports a measure restricting a deputy's liberty
    /// (执行机关报告).
    ReportRestriction {
        /// The deputy.
        deputy: DeputyId,
        /// The measure.
        measure: Measure,
        /// The day it was taken.
        on: NaiveDate,
    },
    /// The executing organ reports every measure it reported in force lifted (解除).
    ReportRestrictionLifted {
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
    },
    /// The presidium publishes the deputies' performance of a year (公示履职信息).
    PublishPerformance {
        /// The year.
        year: i32,
    },
}

impl DeputyCommand {
    /// The act the command asks for.
    #[must_use]
    pub const fn act(&self) -> DeputyAct {
        match self {
            Self::RecordSpeech { .. } => DeputyAct::RecordSpeech,
            Self::RecordGroupActivity { .. } => DeputyAct::RecordGroupActivity,
            Self::RecordTraining { .. } => DeputyAct::RecordTraining,
            Self::RecordReception { .. } => DeputyAct::RecordReception,
            Self::RecordIssueOutcome { .. } => DeputyAct::RecordIssueOutcome,
            Self::RecordDeed { .. } => DeputyAct::RecordDeed,
            Self::RecordDutyReport { .. } => DeputyAct::RecordDutyReport,
            Self::RecordEvaluation { .. } => DeputyAct::RecordEvaluation,
            Self::AssignContacts { .. } => DeputyAct::AssignContacts,
            Self::ReportRestriction { .. } => DeputyAct::ReportRestriction,
            Self::ReportRestrictionLifted { .. } => DeputyAct::ReportRestrictionLifted,
            Self::PublishPerformance { .. } => DeputyAct::PublishPerformance,
        }
    }
}

impl Label for DeputyCommand {
    fn label_zh(&self) -> &'static str {
        self.act().label_zh()
    }
}

/// What happened in deputies' work (代表履职事件). The actor and the day are in the ledger's
/// [`Recorded`](crate::Recorded) entry.
#[doc(alias = "代表履职事件")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum DeputyEvent {
    /// A speech was recorded.
    SpeechRecorded {
        /// The session.
        session: SessionId,
        /// The deputy.
        deputy: DeputyId,
        /// What it was about.
        topic: String,
    },
    /// A group activity was recorded.
    GroupActivityRecorded {
        /// The activity.
        activity: GroupActivityId,
        /// The group.
        group: GroupId,
        /// The day.
        on: NaiveDate,
        /// What it was.
        topic: String,
        /// Members who took part.
        participants: BTreeSet<DeputyId>,
    },
    /// A training was recorded.
    TrainingRecorded {
        /// The training.
        training: TrainingId,
        /// The day.
        on: NaiveDate,
        /// Its subject.
        title: String,
        /// Who organised it.
        organiser: TrainingOrganiser,
        /// Deputies who attended.
        attendees: BTreeSet<DeputyId>,
    },
    /// A reception was recorded.
    ReceptionRecorded {
        /// The reception.
        reception: ReceptionId,
        /// The station.
        station: StationId,
        /// The day.
        on: NaiveDate,
        /// The deputies.
        deputies: BTreeSet<DeputyId>,
        /// Voters who came.
        voters: u32,
        /// The issues raised.
        #[serde(default)]
        issues: Vec<String>,
    },
    /// What became of an issue was recorded.
    IssueOutcomeRecorded {
        /// The reception.
        reception: ReceptionId,
        /// The issue's position, from 0.
        issue: u32,
        /// What became of it.
        outcome: IssueOutcome,
    },
    /// A deed was recorded.
    DeedRecorded {
        /// The deed.
        deed: DeedId,
        /// The day.
        on: NaiveDate,
        /// The deputies.
        deputies: BTreeSet<DeputyId>,
        /// What was done.
        description: String,
    },
    /// A duty report was recorded.
    DutyReportRecorded {
        /// The report.
        report: DutyReportId,
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
        /// Where.
        place: String,
        /// Voters who attended.
        audience: u32,
    },
    /// An evaluation was recorded, with its outcome derived.
    EvaluationRecorded {
        /// The report.
        report: DutyReportId,
        /// The tally.
        ratings: Ratings,
        /// What it means, derived.
        outcome: EvaluationOutcome,
    },
    /// A presidium member was given deputies to liaise with.
    ContactsAssigned {
        /// The member.
        member: DeputyId,
        /// The deputies.
        deputies: BTreeSet<DeputyId>,
    },
    /// The executing organ (the entry's actor) reported a restriction.
    RestrictionReported {
        /// The deputy.
        deputy: DeputyId,
        /// The measure.
        measure: Measure,
        /// The day it was taken.
        on: NaiveDate,
    },
    /// The executing organ reported the restrictions in force lifted.
    RestrictionLifted {
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
    },
    /// The presidium published the year's performance.
    PerformancePublished {
        /// The year.
        year: i32,
    },
}

impl Label for DeputyEvent {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::SpeechRecorded { .. } => "大会发言",
            Self::GroupActivityRecorded { .. } => "代表小组活动",
            Self::TrainingRecorded { .. } => "代表履职培训",
            Self::ReceptionRecorded { .. } => "代表接待选民",
            Self::IssueOutcomeRecorded { .. } => "群众反映问题办理情况",
            Self::DeedRecorded { .. } => "代表为民办实事",
            Self::DutyReportRecorded { .. } => "代表向选民述职",
            Self::EvaluationRecorded { .. } => "述职测评",
            Self::ContactsAssigned { .. } => "主席团成员联系代表",
            Self::RestrictionReported { .. } => "执行机关报告限制人身自由",
            Self::RestrictionLifted { .. } => "执行机关报告解除限制",
            Self::PerformancePublished { .. } => "公示代表履职信息",
        }
    }
}

/// Deputies' work of the term (代表履职记录).
#[doc(alias = "代表履职记录")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Deputies {
    speeches: Vec<Speech>,
    group_activities: BTreeMap<GroupActivityId, GroupActivity>,
    trainings: BTreeMap<TrainingId, Training>,
    receptions: BTreeMap<ReceptionId, Reception>,
    deeds: BTreeMap<DeedId, Deed>,
    duty_reports: BTreeMap<DutyReportId, DutyReport>,
    restrictions: BTreeMap<DeputyId, Vec<Restriction>>,
    contacts: BTreeMap<DeputyId, ContactLink>,
    /// The day each year's performance was published.
    published: BTreeMap<i32, NaiveDate>,
    /// The last day each deputy is recorded acting (an index kept by the commits).
    #[serde(skip)]
    last_acts: BTreeMap<DeputyId, NaiveDate>,
}

/// Queries (getters).
impl Deputies {
    /// Every speech, oldest first.
    #[must_use]
    pub fn speeches(&self) -> &[Speech] {
        &self.speeches
    }

    /// Every group activity, in id order.
    pub fn group_activities(&self) -> impl Iterator<Item = &GroupActivity> {
        self.group_activities.values()
    }

    /// Every training, in id order.
    pub fn trainings(&self) -> impl Iterator<Item = &Training> {
        self.trainings.values()
    }

    /// Every reception, in id order.
    pub fn receptions(&self) -> impl Iterator<Item = &Reception> {
        self.receptions.values()
    }

    /// One reception.
    #[must_use]
    pub fn reception(&self, id: ReceptionId) -> Option<&Reception> {
        self.receptions.get(&id)
    }

    /// Every deed, in id order.
    pub fn deeds(&self) -> impl Iterator<Item = &Deed> {
        self.deeds.values()
    }

    /// Every duty report, in id order.
    pub fn duty_reports(&self) -> impl Iterator<Item = &DutyReport> {
        self.duty_reports.values()
    }

    /// One duty report.
    #[must_use]
    pub fn duty_report(&self, id: DutyReportId) -> Option<&DutyReport> {
        self.duty_reports.get(&id)
    }

    /// The restrictions reported for a deputy, oldest first.
    #[must_use]
    pub fn restrictions(&self, deputy: DeputyId) -> &[Restriction] {
        self.restrictions.get(&deputy).map_or(&[], Vec::as_slice)
    }

    /// The presidium member liaising with `deputy`, if one was assigned.
    #[must_use]
    pub fn contact(&self, deputy: DeputyId) -> Option<ContactLink> {
        self.contacts.get(&deputy).copied()
    }

    /// The day the performance of `year` was published, if it was.
    #[must_use]
    pub fn published(&self, year: i32) -> Option<NaiveDate> {
        self.published.get(&year).copied()
    }

    /// Days in `year` up to `as_of` on which `deputy` received voters (接待选民日数).
    #[must_use]
    pub fn reception_days(&self, deputy: DeputyId, year: i32, as_of: NaiveDate) -> u32 {
        let days: BTreeSet<NaiveDate> = self
            .receptions
            .values()
            .filter(|r| r.deputies.contains(&deputy) && r.on.year() == year && r.on <= as_of)
            .map(|r| r.on)
            .collect();
        crate::rulebook::count(days.len())
    }

    /// The suspending restrictions reported for `deputy` and not lifted.
    fn suspending_in_force(&self, deputy: DeputyId) -> Option<&Restriction> {
        self.restrictions(deputy)
            .iter()
            .rfind(|r| r.lifted_on.is_none() && r.measure.suspends())
    }

    /// The last day the record shows `deputy` acting in deputies' work.
    pub(crate) fn last_act(&self, deputy: DeputyId) -> Option<NaiveDate> {
        self.last_acts.get(&deputy).copied()
    }

    /// The roster changes the ledger must refuse when stated by hand, given this record: a
    /// reinstatement while a reported detention is in force.
    ///
    /// # Errors
    ///
    /// [`DeputyError::RestrictionInForce`].
    pub(crate) fn check_roster_change(&self, change: &RosterChange) -> Result<(), DeputyError> {
        if let RosterChange::DeputyReinstated { deputy, .. } = change
            && let Some(r) = self.suspending_in_force(*deputy)
        {
            return Err(DeputyError::RestrictionInForce {
                deputy: *deputy,
                measure: r.measure,
                since: r.on,
                citation: crate::rulebook::Citation::deputies(61, None),
            });
        }
        Ok(())
    }
}
