//! Read-only projections of a ledger (档案查询): deputies' performance records, their points,
//! the published performance export, and what a year's archive lacks.
//!
//! Nothing here is recorded or typed: every figure is derived from the ledger's state, so a
//! replayed log gives the same records, byte for byte, and a fact cannot be entered twice or
//! differently in two places.
//!
//! * [`performance_record`] / [`performance_records`] — a deputy's record of a year (履职档案):
//!   sessions attended, on leave and missed without leave with the attendance rate as the
//!   rulebook counts it, speeches, supervision activities, deputy-group activities, training
//!   (代表法2025 第四十七条第三款), receptions of voters with what became of each issue, deeds
//!   for voters, duty reports with their evaluation. The presidium's duty to record deputies'
//!   performance is 代表法2025 第五十八条第二款; the record (履职档案) is the provincial name for
//!   it (河南 2016 第四条第十二项; 浙江 实施办法 2016 第四十七条第三款).
//! * [`PointsScheme`] — performance points (履职积分), local custom, as a JSON document.
//! * [`performance_export`] — what the presidium publishes of each deputy's performance
//!   (公示履职信息, 代表法2025 第五十八条第二款), field by field ([`PublishedRecord::FIELDS`]).
//! * [`archive_gaps`] — the county report's "资料严重缺失" (调研报告 三(二)) made visible: each line
//!   names what is missing, what the rule requires and its source.
//!
//! # Bills, suggestions, interpellations and recall motions
//!
//! A deputy's proposals of the year come from the [`proposal`](crate::proposal) module
//! ([`PerformanceRecord::proposals`], [`ProposalCounts`]): each bill, suggestion,
//! interpellation and recall motion lodged in the year by the cut-off counts once per deputy —
//! as lead sponsor (领衔) for the deputy who drafted it and signed first, as co-signer for each
//! other signer counted on the day it was lodged. The archive lists suggestions past their
//! reply period without a reply, and replies no sponsor has rated ([`archive_gaps`]).

mod archive;
mod export;
mod points;

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use archive::{ArchiveGap, Gap, ReportSubject, Source, archive_gaps};
pub use export::{PerformanceExport, PublishedDutyReport, PublishedRecord, performance_export};
pub use points::{
    DEFAULT_POINTS_JSON, PointsBreakdown, PointsEntry, PointsError, PointsItem, PointsLine,
    PointsScheme,
};

use crate::deputy::{EvaluationOutcome, IssueOutcome, TrainingOrganiser};
use crate::ids::{
    ActivityId, ConstituencyId, DeedId, DeputyId, DutyReportId, GroupActivityId, GroupId,
    ReceptionId, SessionId, StationId, TrainingId,
};
use crate::ledger::{Ledger, State};
use crate::proposal::{Proposer, Sponsors, Submission};
use crate::ratio::{Ratio, ratio};
use crate::roster::DeputyStatus;
use crate::rulebook::{Rulebook, count};
use crate::session::{Attendance, Phase, Session};
use crate::supervision::ActivityKind;

/// A deputy's attendance at the year's sessions (出席人代会情况).
///
/// A session counts when it opened in the year, by the cut-off, on a day the deputy was
/// serving. Absent without leave counts both a registration "absent" and no registration at a
/// session that has closed (代表法2025 第六十二条第三项 counts those); a session still sitting
/// without a registration is "not yet recorded" and left out of the rate.
#[doc(alias = "出席人代会情况")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SessionAttendance {
    /// Sessions counted.
    pub sessions: u32,
    /// Present (出席).
    pub present: u32,
    /// On approved leave (请假).
    pub on_leave: u32,
    /// Absent without leave (缺席).
    pub absent_without_leave: u32,
    /// Sessions still sitting where the deputy is not registered yet.
    pub not_yet_recorded: u32,
    /// Whether leave was excused from the rate ([`Rulebook::attendance_leave_excused`]).
    pub leave_excused: bool,
    /// Present over the sessions counted (less leave, when excused; less those not yet
    /// recorded), exact; absent when nothing is counted (出席率).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<Ratio>,
}

/// A speech in the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SpeechEntry {
    /// The session.
    pub session: SessionId,
    /// What it was about.
    pub topic: String,
}

/// A supervision activity the deputy took part in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ActivityEntry {
    /// The activity.
    pub activity: ActivityId,
    /// Its form.
    pub kind: ActivityKind,
    /// Its subject.
    pub title: String,
    /// The day it was held.
    pub on: NaiveDate,
}

/// A deputy-group activity the deputy took part in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct GroupEntry {
    /// The activity.
    pub activity: GroupActivityId,
    /// The group.
    pub group: GroupId,
    /// The day.
    pub on: NaiveDate,
    /// What it was.
    pub topic: String,
}

/// A training the deputy attended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct TrainingEntry {
    /// The training.
    pub training: TrainingId,
    /// The day.
    pub on: NaiveDate,
    /// Its subject.
    pub title: String,
    /// Who organised it.
    pub organiser: TrainingOrganiser,
}

/// An issue raised at a reception, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct IssueEntry {
    /// What was raised.
    pub text: String,
    /// What became of it.
    pub outcome: IssueOutcome,
}

/// A reception of voters the deputy took part in (接待选民记录).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ReceptionEntry {
    /// The reception.
    pub reception: ReceptionId,
    /// The station.
    pub station: StationId,
    /// The day.
    pub on: NaiveDate,
    /// Voters who came (a count).
    pub voters: u32,
    /// The issues raised and what became of each.
    pub issues: Vec<IssueEntry>,
}

/// A deed for voters the deputy took part in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DeedEntry {
    /// The deed.
    pub deed: DeedId,
    /// The day.
    pub on: NaiveDate,
    /// What was done.
    pub description: String,
}

/// A duty report the deputy gave, with its evaluation's outcome (述职记录).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DutyReportEntry {
    /// The report.
    pub report: DutyReportId,
    /// The day.
    pub on: NaiveDate,
    /// Where.
    pub place: String,
    /// Voters who attended.
    pub audience: u32,
    /// The evaluation's outcome, once recorded (aggregates only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<EvaluationOutcome>,
}

/// A deputy's proposals of a year, as lead sponsor and as co-signer (提出议案、建议、质询、罢免案
/// 情况).
///
/// A proposal counts in the year it was lodged (its [`Submission`]'s day), up to the cut-off,
/// and once per deputy: the lead sponsor (领衔人, the deputy who drafted it and signed first)
/// in a `…_led` field, every other signer counted on the day it was lodged
/// ([`Submission::signers`]) in a `…_cosigned` field. So a co-signed suggestion is one led for
/// its lead and one co-signed for each co-signer, never both for one deputy. A draft never
/// lodged does not count; nor does a signature of a deputy no longer serving on the day it was
/// lodged (it was not counted then); nor do the sponsors a suggestion gains when others are
/// merged into it (并案): each merged suggestion counts for its own signers. A deputies' bill
/// the presidium did not list and that became a suggestion counts once, as the bill it was
/// lodged as. Proposals of a body (the presidium, the government) count for no deputy.
///
/// [`Submission`]: crate::proposal::Submission
/// [`Submission::signers`]: crate::proposal::Submission::signers
#[doc(alias = "议案建议情况")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ProposalCounts {
    /// Bills as lead sponsor (领衔提出议案).
    pub bills_led: u32,
    /// Bills co-signed, not led (附议议案).
    pub bills_cosigned: u32,
    /// Suggestions as lead sponsor (领衔提出建议).
    pub suggestions_led: u32,
    /// Suggestions co-signed, not led (联名建议); a co-signed suggestion counts once per deputy.
    pub suggestions_cosigned: u32,
    /// Interpellations as lead sponsor (领衔提出质询案).
    pub interpellations_led: u32,
    /// Interpellations co-signed, not led.
    pub interpellations_cosigned: u32,
    /// Recall motions as lead sponsor (领衔提出罢免案).
    pub recall_motions_led: u32,
    /// Recall motions co-signed, not led.
    pub recall_motions_cosigned: u32,
}

/// A deputy's performance record of a year (代表履职档案), derived from the ledger.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use township_congress::{Ledger, Rulebook, ids::DeputyId, records};
///
/// let ledger = Ledger::new(Rulebook::NATIONAL);
/// let as_of = NaiveDate::from_ymd_opt(2026, 12, 31).ok_or("date")?;
/// // No such deputy on the roster: no record.
/// assert!(records::performance_record(&ledger, DeputyId::from_u128(1), 2026, as_of).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "履职档案")]
#[doc(alias = "代表履职档案")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PerformanceRecord {
    /// The deputy.
    pub deputy: DeputyId,
    /// Their name.
    pub name: String,
    /// Their constituency.
    pub constituency: ConstituencyId,
    /// The year.
    pub year: i32,
    /// The cut-off: nothing later is counted.
    pub as_of: NaiveDate,
    /// Their status on the cut-off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DeputyStatus>,
    /// Sessions attended, on leave and missed, and the rate.
    pub sessions: SessionAttendance,
    /// Speeches at sessions.
    pub speeches: Vec<SpeechEntry>,
    /// Supervision activities taken part in.
    pub supervision: Vec<ActivityEntry>,
    /// Activities joined over supervision activities held in the year while serving; absent
    /// when none was held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervision_share: Option<Ratio>,
    /// Deputy-group activities taken part in.
    pub group_activities: Vec<GroupEntry>,
    /// Training attended (代表法2025 第四十七条第三款).
    pub trainings: Vec<TrainingEntry>,
    /// Receptions of voters.
    pub receptions: Vec<ReceptionEntry>,
    /// Days on which they received voters.
    pub reception_days: u32,
    /// Deeds for voters.
    pub deeds: Vec<DeedEntry>,
    /// Duty reports to the constituency.
    pub duty_reports: Vec<DutyReportEntry>,
    /// Bills, suggestions, interpellations and recall motions, led and co-signed. Always
    /// present in a record derived from a ledger; absent only in a record read from a document
    /// that lacks it, which is "not recorded", not zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposals: Option<ProposalCounts>,
}

impl PerformanceRecord {
    /// Whether the record has any entry at all: an act of the deputy in the year (a session
    /// attended, a speech, an activity, a training, a reception, a deed, a duty report).
    #[must_use]
    pub fn has_entries(&self) -> bool {
        self.sessions.present > 0
            || !self.speeches.is_empty()
            || !self.supervision.is_empty()
            || !self.group_activities.is_empty()
            || !self.trainings.is_empty()
            || !self.receptions.is_empty()
            || !self.deeds.is_empty()
            || !self.duty_reports.is_empty()
            || self
                .proposals
                .is_some_and(|p| p != ProposalCounts::default())
    }
}

/// `deputy`'s record of `year` up to `as_of`, from the ledger; `None` for a deputy not on the
/// roster.
#[must_use]
pub fn performance_record(
    ledger: &Ledger,
    deputy: DeputyId,
    year: i32,
    as_of: NaiveDate,
) -> Option<PerformanceRecord> {
    record_of(ledger.state(), ledger.rules(), deputy, year, as_of)
}

/// The records of `year` up to `as_of` of every deputy who held a mandate on some day of the
/// year by then, in id order.
#[must_use]
pub fn performance_records(ledger: &Ledger, year: i32, as_of: NaiveDate) -> Vec<PerformanceRecord> {
    records_of(ledger.state(), ledger.rules(), year, as_of)
}

/// Deputies who held a mandate on some day of `year` up to `as_of`.
fn deputies_in_year(state: &State, year: i32, as_of: NaiveDate) -> Vec<DeputyId> {
    let Some(start) = NaiveDate::from_ymd_opt(year, 1, 1) else {
        return Vec::new();
    };
    state
        .roster()
        .deputies()
        .filter(|d| {
            // A mandate held at the year's start, or any change to a held mandate in the year.
            d.holds_mandate_at(start)
                || d.history
                    .iter()
                    .any(|c| start <= c.on && c.on <= as_of && d.holds_mandate_at(c.on))
        })
        .map(|d| d.id)
        .collect()
}

pub(crate) fn records_of(
    state: &State,
    rules: &Rulebook,
    year: i32,
    as_of: NaiveDate,
) -> Vec<PerformanceRecord> {
    deputies_in_year(state, year, as_of)
        .into_iter()
        .filter_map(|d| record_of(state, rules, d, year, as_of))
        .collect()
}

pub(crate) fn record_of(
    state: &State,
    rules: &Rulebook,
    deputy: DeputyId,
    year: i32,
    as_of: NaiveDate,
) -> Option<PerformanceRecord> {
    let d = state.roster().deputy(deputy)?;
    let within = |on: NaiveDate| on.year() == year && on <= as_of;
    let (supervision, supervision_share) = supervision_of(state, deputy, &within);
    let work = state.deputies();
    let receptions = receptions_of(state, deputy, &within);
    let reception_days = count(
        receptions
            .iter()
            .map(|r| r.on)
            .collect::<BTreeSet<_>>()
            .len(),
    );
    Some(PerformanceRecord {
        deputy,
        name: d.name.clone(),
        constituency: d.constituency,
        year,
        as_of,
        status: d.status_at(as_of),
        sessions: attendance_of(state, rules, deputy, &within),
        speeches: speeches_of(state, deputy, &within),
        supervision,
        supervision_share,
        group_activities: work
            .group_activities()
            .filter(|a| a.participants.contains(&deputy) && within(a.on))
            .map(|a| GroupEntry {
                activity: a.id,
                group: a.group,
                on: a.on,
                topic: a.topic.clone(),
            })
            .collect(),
        trainings: work
            .trainings()
            .filter(|t| t.attendees.contains(&deputy) && within(t.on))
            .map(|t| TrainingEntry {
                training: t.id,
                on: t.on,
                title: t.title.clone(),
                organiser: t.organiser,
            })
            .collect(),
        receptions,
        reception_days,
        deeds: work
            .deeds()
            .filter(|x| x.deputies.contains(&deputy) && within(x.on))
            .map(|x| DeedEntry {
                deed: x.id,
                on: x.on,
                description: x.description.clone(),
            })
            .collect(),
        duty_reports: duty_reports_of(state, deputy, &within),
        proposals: proposal_counts(state, deputy, year, as_of),
    })
}

fn receptions_of(
    state: &State,
    deputy: DeputyId,
    within: &impl Fn(NaiveDate) -> bool,
) -> Vec<ReceptionEntry> {
    let issues = |r: &crate::deputy::Reception| {
        r.issues
            .iter()
            .map(|i| IssueEntry {
                text: i.text.clone(),
                outcome: i.outcome.clone(),
            })
            .collect()
    };
    state
        .deputies()
        .receptions()
        .filter(|r| r.deputies.contains(&deputy) && within(r.on))
        .map(|r| ReceptionEntry {
            reception: r.id,
            station: r.station,
            on: r.on,
            voters: r.voters,
            issues: issues(r),
        })
        .collect()
}

fn duty_reports_of(
    state: &State,
    deputy: DeputyId,
    within: &impl Fn(NaiveDate) -> bool,
) -> Vec<DutyReportEntry> {
    state
        .deputies()
        .duty_reports()
        .filter(|r| r.deputy == deputy && within(r.on))
        .map(|r| DutyReportEntry {
            report: r.id,
            on: r.on,
            place: r.place.clone(),
            audience: r.audience,
            evaluation: r.evaluation.as_ref().map(|e| e.outcome),
        })
        .collect()
}

/// The deputy's bills, suggestions, interpellations and recall motions lodged in the year by
/// the cut-off, lead sponsor and co-signer counted separately, once per proposal (see
/// [`ProposalCounts`]).
fn proposal_counts(
    state: &State,
    deputy: DeputyId,
    year: i32,
    as_of: NaiveDate,
) -> Option<ProposalCounts> {
    let p = state.proposals();
    let role = |sponsors: &Sponsors, submission: Option<&Submission>| {
        Role::of(sponsors, submission, deputy, year, as_of)
    };
    let (bills_led, bills_cosigned) =
        Role::tally(p.bills().map(|b| role(&b.sponsors, b.submission.as_ref())));
    // A bill turned suggestion keeps its id and sponsors: it was lodged once, as a bill.
    let (suggestions_led, suggestions_cosigned) = Role::tally(
        p.suggestions()
            .filter(|s| !s.from_bill)
            .map(|s| role(&s.sponsors, s.submission.as_ref())),
    );
    let (interpellations_led, interpellations_cosigned) = Role::tally(
        p.interpellations()
            .map(|i| role(&i.sponsors, i.submission.as_ref())),
    );
    let (recall_motions_led, recall_motions_cosigned) = Role::tally(
        p.recalls()
            .map(|r| role(&r.sponsors, r.submission.as_ref())),
    );
    Some(ProposalCounts {
        bills_led,
        bills_cosigned,
        suggestions_led,
        suggestions_cosigned,
        interpellations_led,
        interpellations_cosigned,
        recall_motions_led,
        recall_motions_cosigned,
    })
}

/// A deputy's part in one proposal lodged in the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Led,
    Cosigned,
    None,
}

impl Role {
    /// Lead sponsor if the deputy drafted it, co-signer if counted among the signers on the
    /// day it was lodged; nothing if it was not lodged in the year by the cut-off.
    fn of(
        sponsors: &Sponsors,
        submission: Option<&Submission>,
        deputy: DeputyId,
        year: i32,
        as_of: NaiveDate,
    ) -> Self {
        let Some(lodged) = submission.filter(|s| s.on.year() == year && s.on <= as_of) else {
            return Self::None;
        };
        match sponsors.proposer {
            Proposer::Deputies { drafter } if drafter == deputy => Self::Led,
            _ if lodged.signers.contains(&deputy) => Self::Cosigned,
            _ => Self::None,
        }
    }

    /// `(led, co-signed)`.
    fn tally(roles: impl Iterator<Item = Self>) -> (u32, u32) {
        roles.fold((0, 0), |(led, cosigned), r| match r {
            Self::Led => (led.saturating_add(1), cosigned),
            Self::Cosigned => (led, cosigned.saturating_add(1)),
            Self::None => (led, cosigned),
        })
    }
}

/// The session opened in the year by the cut-off, and the day it opened.
fn opened_within(s: &Session, within: &impl Fn(NaiveDate) -> bool) -> Option<NaiveDate> {
    match s.phase {
        Phase::Sitting { opened_on } | Phase::Closed { opened_on, .. } if within(opened_on) => {
            Some(opened_on)
        }
        _ => None,
    }
}

fn attendance_of(
    state: &State,
    rules: &Rulebook,
    deputy: DeputyId,
    within: &impl Fn(NaiveDate) -> bool,
) -> SessionAttendance {
    let roster = state.roster();
    let (mut sessions, mut present, mut on_leave, mut absent, mut pending) = (0, 0, 0, 0, 0);
    for s in state.sessions().iter() {
        let Some(opened_on) = opened_within(s, within) else {
            continue;
        };
        if !roster.is_serving(deputy, opened_on) {
            continue;
        }
        sessions += 1;
        match (s.attendance.get(&deputy), &s.phase) {
            (Some(Attendance::Present), _) => present += 1,
            (Some(Attendance::OnLeave), _) => on_leave += 1,
            (Some(Attendance::Absent), _) | (None, Phase::Closed { .. }) => absent += 1,
            (None, _) => pending += 1,
        }
    }
    let leave_excused = rules.attendance_leave_excused.value;
    let counted = sessions - pending - if leave_excused { on_leave } else { 0 };
    SessionAttendance {
        sessions: count(sessions),
        present: count(present),
        on_leave: count(on_leave),
        absent_without_leave: count(absent),
        not_yet_recorded: count(pending),
        leave_excused,
        rate: ratio(present, counted),
    }
}

fn speeches_of(
    state: &State,
    deputy: DeputyId,
    within: &impl Fn(NaiveDate) -> bool,
) -> Vec<SpeechEntry> {
    let sessions = state.sessions();
    state
        .deputies()
        .speeches()
        .iter()
        .filter(|s| s.deputy == deputy)
        .filter(|s| {
            sessions
                .get(s.session)
                .and_then(|x| opened_within(x, within))
                .is_some()
        })
        .map(|s| SpeechEntry {
            session: s.session,
            topic: s.topic.clone(),
        })
        .collect()
}

fn supervision_of(
    state: &State,
    deputy: DeputyId,
    within: &impl Fn(NaiveDate) -> bool,
) -> (Vec<ActivityEntry>, Option<Ratio>) {
    let roster = state.roster();
    let mut held_while_serving = 0_usize;
    let mut joined = Vec::new();
    for a in state.supervision().activities() {
        let Some(held) = a.progress.held().filter(|h| within(h.on)) else {
            continue;
        };
        if !roster.is_serving(deputy, held.on) {
            continue;
        }
        held_while_serving += 1;
        if held.participants.contains(&deputy) {
            joined.push(ActivityEntry {
                activity: a.id,
                kind: a.kind,
                title: a.title.clone(),
                on: held.on,
            });
        }
    }
    let share = ratio(joined.len(), held_while_serving);
    (joined, share)
}
