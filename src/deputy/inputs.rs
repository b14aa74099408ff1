//! Deputies' work, inputs: a command becomes an event ([`Deputies::decide`]), an event is
//! checked without changing anything ([`Deputies::check`]), names the roster changes it
//! entails ([`Deputies::effects`]) and is committed ([`Deputies::commit`]), which cannot fail.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::{
    ContactLink, Deed, Deputies, DeputyAct, DeputyCommand, DeputyError, DeputyEvent, DutyReport,
    Evaluation, EvaluationOutcome, GroupActivity, Issue, IssueOutcome, Reception, RecordKind,
    Restriction, Speech, TextField, Training, Who,
};
use crate::actor::{Actor, Context};
use crate::ids::{DeputyId, DutyReportId, GroupId, ReceptionId, SessionId, StationId};
use crate::label::InWords;
use crate::presidium::Presidium;
use crate::roster::{Roster, RosterChange};
use crate::rulebook::{Citation, count};
use crate::session::{Attendance, Phase, Sessions};

type Checked = Result<(), DeputyError>;

/// Deputies speak at sessions (代表法2025 第八条第二项).
const SPEAKS: Citation = Citation::deputies(8, None).with_item(2);
/// Deputy groups (代表法2025 第二十六条).
const GROUPS: Citation = Citation::deputies(26, None);
/// Training (代表法2025 第四十七条第三款).
const TRAINING: Citation = Citation::deputies(47, Some(3));
/// The presidium organises contact with the public (代表法2025 第二十八条).
const CONTACT: Citation = Citation::deputies(28, None);
/// Reflecting the public's opinions (代表法2025 第三十七条).
const REFLECT: Citation = Citation::deputies(37, None);
/// Serving the people (代表法2025 第八条第六项).
const SERVE: Citation = Citation::deputies(8, None).with_item(6);
/// Duty reports and the presidium's record (代表法2025 第五十八条第二款).
const REPORTS: Citation = Citation::deputies(58, Some(2));
/// The chair and vice-chairs liaise with deputies (组织法2022 第十八条第三款).
const LIAISON: Citation = Citation::organic(18, Some(3));
/// The executing organ reports at once (代表法2025 第三十九条第四款).
const ORGAN_REPORTS: Citation = Citation::deputies(39, Some(4));
/// Units are registered by the government (组织法2022 第四十二条第二款).
const UNITS: Citation = Citation::organic(42, Some(2));
/// The county standing committee opens the term (选举法2020 第十三条).
const TERM: Citation = Citation::electoral(13, None);

fn allow(ctx: &Context<'_>, ok: bool, act: DeputyAct, allowed: Who, citation: Citation) -> Checked {
    if ok {
        Ok(())
    } else {
        Err(DeputyError::Forbidden {
            actor: ctx.actor.clone(),
            act,
            allowed,
            citation,
        })
    }
}

fn presidium_or_staff(ctx: &Context<'_>) -> bool {
    matches!(ctx.actor, Actor::Presidium {} | Actor::Staff { .. })
}

fn non_empty(text: &str, field: TextField) -> Checked {
    if text.trim().is_empty() {
        Err(DeputyError::EmptyText { field })
    } else {
        Ok(())
    }
}

fn not_future(on: NaiveDate, today: NaiveDate) -> Checked {
    if on > today {
        Err(DeputyError::FutureDate { on, today })
    } else {
        Ok(())
    }
}

/// Every deputy named serves on `on`; at least one is named.
fn serving(
    roster: &Roster,
    record: RecordKind,
    deputies: &BTreeSet<DeputyId>,
    on: NaiveDate,
) -> Checked {
    if deputies.is_empty() {
        return Err(DeputyError::NoDeputies { record });
    }
    match deputies.iter().find(|d| !roster.is_serving(**d, on)) {
        Some(d) if roster.deputy(*d).is_none() => Err(DeputyError::UnknownDeputy { deputy: *d }),
        Some(d) => Err(DeputyError::NotServing { deputy: *d, on }),
        None => Ok(()),
    }
}

fn fresh<T>(exists: bool, record: RecordKind, id: T) -> Checked
where
    T: Into<uuid::Uuid>,
{
    if exists {
        Err(DeputyError::Duplicate {
            record,
            id: id.into(),
        })
    } else {
        Ok(())
    }
}

/// Inputs.
impl Deputies {
    /// Turns a command into the event it records; an evaluation's outcome is derived.
    #[rustfmt::skip] // one line per command: a table of what each records
    pub(crate) fn decide(&self, ctx: &Context<'_>, cmd: &DeputyCommand) -> Result<DeputyEvent, DeputyError> {
        use DeputyCommand as C;
        use DeputyEvent as E;
        Ok(match cmd.clone() {
            C::RecordSpeech { session, deputy, topic } => E::SpeechRecorded { session, deputy, topic },
            C::RecordGroupActivity { activity, group, on, topic, participants } => {
                E::GroupActivityRecorded { activity, group, on, topic, participants }
            }
            C::RecordTraining { training, on, title, organiser, attendees } => {
                E::TrainingRecorded { training, on, title, organiser, attendees }
            }
            C::RecordReception { reception, station, on, deputies, voters, issues } => {
                E::ReceptionRecorded { reception, station, on, deputies, voters, issues }
            }
            C::RecordIssueOutcome { reception, issue, outcome } => {
                E::IssueOutcomeRecorded { reception, issue, outcome }
            }
            C::RecordDeed { deed, on, deputies, description } => E::DeedRecorded { deed, on, deputies, description },
            C::RecordDutyReport { report, deputy, on, place, audience } => {
                E::DutyReportRecorded { report, deputy, on, place, audience }
            }
            C::RecordEvaluation { report, ratings } => {
                if ratings.total() == 0 {
                    return Err(DeputyError::NoRespondents {});
                }
                E::EvaluationRecorded { report, ratings, outcome: EvaluationOutcome::of(ctx.rules, ratings) }
            }
            C::AssignContacts { member, deputies } => E::ContactsAssigned { member, deputies },
            C::ReportRestriction { deputy, measure, on } => E::RestrictionReported { deputy, measure, on },
            C::ReportRestrictionLifted { deputy, on } => E::RestrictionLifted { deputy, on },
            C::PublishPerformance { year } => E::PerformancePublished { year },
        })
    }

    /// Checks one event against the actor, the rulebook and the aggregates below, without
    /// changing anything.
    ///
    /// # Errors
    ///
    /// The [`DeputyError`] of the first rule the event breaks.
    pub(crate) fn check(
        &self,
        roster: &Roster,
        sessions: &Sessions,
        presidium: &Presidium,
        ctx: &Context<'_>,
        event: &DeputyEvent,
    ) -> Checked {
        use DeputyEvent as E;
        roster
            .term()
            .ok_or(DeputyError::NoTerm { citation: TERM })?;
        match event {
            E::SpeechRecorded {
                session,
                deputy,
                topic,
            } => check_speech(sessions, ctx, *session, *deputy, topic),
            E::GroupActivityRecorded { .. } => self.check_group_activity(roster, ctx, event),
            E::TrainingRecorded { .. } => self.check_training(roster, ctx, event),
            E::ReceptionRecorded { .. } => self.check_reception(roster, ctx, event),
            E::IssueOutcomeRecorded {
                reception,
                issue,
                outcome,
            } => self.check_issue_outcome(roster, ctx, *reception, *issue, outcome),
            E::DeedRecorded { .. } => self.check_deed(roster, ctx, event),
            E::DutyReportRecorded { .. } => self.check_duty_report(roster, ctx, event),
            E::EvaluationRecorded {
                report,
                ratings,
                outcome,
            } => self.check_evaluation(ctx, *report, *ratings, outcome),
            E::ContactsAssigned { member, deputies } => {
                check_contacts(roster, presidium, ctx, *member, deputies)
            }
            E::RestrictionReported { deputy, on, .. } => {
                check_restriction(roster, ctx, *deputy, *on)
            }
            E::RestrictionLifted { deputy, on } => self.check_lifted(ctx, *deputy, *on),
            E::PerformancePublished { year } => self.check_published(ctx, *year),
        }
    }

    /// A member of the group, or the presidium or staff, records the group's activity; the
    /// participants are serving members that day (代表法2025 第二十六条).
    fn check_group_activity(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        event: &DeputyEvent,
    ) -> Checked {
        let DeputyEvent::GroupActivityRecorded {
            activity,
            group,
            on,
            topic,
            participants,
        } = event
        else {
            return Ok(());
        };
        let members = roster.group_members_at(*group, *on);
        let by_member = ctx.actor.as_deputy().is_some_and(|d| members.contains(&d));
        let ok = presidium_or_staff(ctx) || by_member;
        allow(
            ctx,
            ok,
            DeputyAct::RecordGroupActivity,
            Who::PresidiumStaffOrGroupMember {},
            GROUPS,
        )?;
        fresh(
            self.group_activities.contains_key(activity),
            RecordKind::GroupActivity,
            *activity.as_uuid(),
        )?;
        if !roster.groups().any(|g| g.id == *group) {
            return Err(DeputyError::UnknownGroup { group: *group });
        }
        not_future(*on, ctx.today)?;
        non_empty(topic, TextField::Topic)?;
        members_of(roster, *group, participants, *on, &members)
    }

    /// The presidium, staff or the county standing committee record a training of serving
    /// deputies (代表法2025 第四十七条第三款).
    fn check_training(&self, roster: &Roster, ctx: &Context<'_>, event: &DeputyEvent) -> Checked {
        let DeputyEvent::TrainingRecorded {
            training,
            on,
            title,
            attendees,
            ..
        } = event
        else {
            return Ok(());
        };
        let ok = presidium_or_staff(ctx) || *ctx.actor == (Actor::CountyStandingCommittee {});
        allow(
            ctx,
            ok,
            DeputyAct::RecordTraining,
            Who::PresidiumStaffOrCounty {},
            TRAINING,
        )?;
        fresh(
            self.trainings.contains_key(training),
            RecordKind::Training,
            *training.as_uuid(),
        )?;
        not_future(*on, ctx.today)?;
        non_empty(title, TextField::Title)?;
        serving(roster, RecordKind::Training, attendees, *on)
    }

    /// Serving deputies receive voters at a station opened by then; the voters are counted
    /// (代表法2025 第二十八条).
    fn check_reception(&self, roster: &Roster, ctx: &Context<'_>, event: &DeputyEvent) -> Checked {
        let DeputyEvent::ReceptionRecorded {
            reception,
            station,
            on,
            deputies,
            issues,
            ..
        } = event
        else {
            return Ok(());
        };
        let by_receiver = ctx.actor.as_deputy().is_some_and(|d| deputies.contains(&d));
        let ok = presidium_or_staff(ctx) || by_receiver;
        allow(
            ctx,
            ok,
            DeputyAct::RecordReception,
            Who::PresidiumStaffOrReceivingDeputy {},
            CONTACT,
        )?;
        fresh(
            self.receptions.contains_key(reception),
            RecordKind::Reception,
            *reception.as_uuid(),
        )?;
        not_future(*on, ctx.today)?;
        check_station(roster, *station, *on)?;
        for issue in issues {
            non_empty(issue, TextField::Issue)?;
        }
        serving(roster, RecordKind::Reception, deputies, *on)
    }

    /// What became of an issue voters raised, while it is not settled (代表法2025 第三十七条).
    fn check_issue_outcome(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        reception: ReceptionId,
        issue: u32,
        outcome: &IssueOutcome,
    ) -> Checked {
        allow(
            ctx,
            presidium_or_staff(ctx),
            DeputyAct::RecordIssueOutcome,
            Who::PresidiumOrStaff {},
            REFLECT,
        )?;
        let r = self
            .receptions
            .get(&reception)
            .ok_or(DeputyError::UnknownRecord {
                record: RecordKind::Reception,
                id: *reception.as_uuid(),
            })?;
        let issues = count(r.issues.len());
        let found = usize::try_from(issue).ok().and_then(|i| r.issues.get(i));
        let found = found.ok_or(DeputyError::UnknownIssue {
            reception,
            issue,
            issues,
        })?;
        if found.outcome.is_settled() {
            return Err(DeputyError::IssueSettled { reception, issue });
        }
        match outcome {
            IssueOutcome::Referred { unit } if roster.unit(*unit).is_none() => {
                Err(DeputyError::UnknownUnit {
                    unit: *unit,
                    citation: UNITS,
                })
            }
            _ => Ok(()),
        }
    }

    /// A deed for voters by serving deputies (代表法2025 第八条第六项).
    fn check_deed(&self, roster: &Roster, ctx: &Context<'_>, event: &DeputyEvent) -> Checked {
        let DeputyEvent::DeedRecorded {
            deed,
            on,
            deputies,
            description,
        } = event
        else {
            return Ok(());
        };
        allow(
            ctx,
            presidium_or_staff(ctx),
            DeputyAct::RecordDeed,
            Who::PresidiumOrStaff {},
            SERVE,
        )?;
        fresh(
            self.deeds.contains_key(deed),
            RecordKind::Deed,
            *deed.as_uuid(),
        )?;
        not_future(*on, ctx.today)?;
        non_empty(description, TextField::Description)?;
        serving(roster, RecordKind::Deed, deputies, *on)
    }

    /// A serving deputy reports to an audience of voters, as the presidium organises
    /// (代表法2025 第五十八条第二款).
    fn check_duty_report(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        event: &DeputyEvent,
    ) -> Checked {
        let DeputyEvent::DutyReportRecorded {
            report,
            deputy,
            on,
            place,
            audience,
        } = event
        else {
            return Ok(());
        };
        allow(
            ctx,
            presidium_or_staff(ctx),
            DeputyAct::RecordDutyReport,
            Who::PresidiumOrStaff {},
            REPORTS,
        )?;
        fresh(
            self.duty_reports.contains_key(report),
            RecordKind::DutyReport,
            *report.as_uuid(),
        )?;
        not_future(*on, ctx.today)?;
        non_empty(place, TextField::Place)?;
        if *audience == 0 {
            return Err(DeputyError::NoAudience { citation: REPORTS });
        }
        serving(
            roster,
            RecordKind::DutyReport,
            &BTreeSet::from([*deputy]),
            *on,
        )
    }

    /// One evaluation per report, counts only, no more respondents than the audience; its
    /// outcome is the rulebook's (代表法2025 第五十八条第二款; local custom thresholds).
    fn check_evaluation(
        &self,
        ctx: &Context<'_>,
        report: DutyReportId,
        ratings: crate::supervision::Ratings,
        outcome: &EvaluationOutcome,
    ) -> Checked {
        allow(
            ctx,
            presidium_or_staff(ctx),
            DeputyAct::RecordEvaluation,
            Who::PresidiumOrStaff {},
            REPORTS,
        )?;
        let r = self
            .duty_reports
            .get(&report)
            .ok_or(DeputyError::UnknownRecord {
                record: RecordKind::DutyReport,
                id: *report.as_uuid(),
            })?;
        if let Some(e) = &r.evaluation {
            return Err(DeputyError::EvaluationExists { report, on: e.on });
        }
        let respondents = ratings.total();
        if respondents == 0 {
            return Err(DeputyError::NoRespondents {});
        }
        if respondents > r.audience {
            return Err(DeputyError::RespondentsExceedAudience {
                respondents,
                audience: r.audience,
            });
        }
        let computed = EvaluationOutcome::of(ctx.rules, ratings);
        if computed == *outcome {
            Ok(())
        } else {
            Err(DeputyError::FiguresMismatch {
                report,
                recorded: Box::new(outcome.words()),
                computed: Box::new(computed.words()),
            })
        }
    }

    /// The executing organ lifts what it reported in force, not before it was taken.
    fn check_lifted(&self, ctx: &Context<'_>, deputy: DeputyId, on: NaiveDate) -> Checked {
        let ok = matches!(ctx.actor, Actor::ExecutingOrgan { .. });
        allow(
            ctx,
            ok,
            DeputyAct::ReportRestrictionLifted,
            Who::ExecutingOrgan {},
            ORGAN_REPORTS,
        )?;
        not_future(on, ctx.today)?;
        let in_force = self
            .restrictions(deputy)
            .iter()
            .filter(|r| r.lifted_on.is_none());
        let Some(since) = in_force.map(|r| r.on).max() else {
            return Err(DeputyError::NoRestriction {
                deputy,
                citation: ORGAN_REPORTS,
            });
        };
        if on < since {
            return Err(DeputyError::LiftedBeforeTaken { on, since });
        }
        Ok(())
    }

    /// The presidium publishes a year's performance once (代表法2025 第五十八条第二款).
    fn check_published(&self, ctx: &Context<'_>, year: i32) -> Checked {
        let ok = *ctx.actor == (Actor::Presidium {});
        allow(
            ctx,
            ok,
            DeputyAct::PublishPerformance,
            Who::Presidium {},
            REPORTS,
        )?;
        let current = ctx.today.year();
        if year > current {
            return Err(DeputyError::FutureYear { year, current });
        }
        match self.published.get(&year) {
            Some(on) => Err(DeputyError::AlreadyPublished {
                year,
                published_on: *on,
            }),
            None => Ok(()),
        }
    }

    /// The roster changes a checked event entails (the table in the module docs): a
    /// suspension when a serving deputy is held in a criminal case or serves a sentence without
    /// deprivation of political rights, a reinstatement when what suspended them is lifted
    /// (代表法2025 第六十一条).
    pub(crate) fn effects(&self, roster: &Roster, event: &DeputyEvent) -> Vec<RosterChange> {
        match event {
            DeputyEvent::RestrictionReported {
                deputy,
                measure,
                on,
            } if measure.suspends() && roster.is_serving(*deputy, *on) => {
                vec![RosterChange::DeputySuspended {
                    deputy: *deputy,
                    on: *on,
                    reason: format!(
                        "执行机关报告：{}（代表法2025 第三十九条第四款、第六十一条）",
                        measure_label(*measure)
                    ),
                }]
            }
            DeputyEvent::RestrictionLifted { deputy, on }
                if self.suspending_in_force(*deputy).is_some()
                    && roster.deputy(*deputy).is_some_and(|d| {
                        matches!(
                            d.status_at(*on),
                            Some(crate::roster::DeputyStatus::Suspended {})
                        )
                    }) =>
            {
                vec![RosterChange::DeputyReinstated {
                    deputy: *deputy,
                    on: *on,
                }]
            }
            _ => Vec::new(),
        }
    }
}

fn measure_label(m: super::Measure) -> &'static str {
    crate::label::Label::label_zh(&m)
}

/// A speech at a session that has opened, by a deputy recorded present there.
fn check_speech(
    sessions: &Sessions,
    ctx: &Context<'_>,
    session: SessionId,
    deputy: DeputyId,
    topic: &str,
) -> Checked {
    allow(
        ctx,
        presidium_or_staff(ctx),
        DeputyAct::RecordSpeech,
        Who::PresidiumOrStaff {},
        SPEAKS,
    )?;
    let s = sessions
        .get(session)
        .ok_or(DeputyError::UnknownSession { session })?;
    if matches!(s.phase, Phase::Scheduled {}) {
        return Err(DeputyError::SessionNotOpened { session });
    }
    if s.attendance.get(&deputy) != Some(&Attendance::Present) {
        return Err(DeputyError::NotPresent { deputy, session });
    }
    non_empty(topic, TextField::Topic)
}

/// Participants are serving members of the group that day.
fn members_of(
    roster: &Roster,
    group: GroupId,
    participants: &BTreeSet<DeputyId>,
    on: NaiveDate,
    members: &[DeputyId],
) -> Checked {
    if participants.is_empty() {
        return Err(DeputyError::NoDeputies {
            record: RecordKind::GroupActivity,
        });
    }
    match participants.iter().find(|d| !members.contains(d)) {
        Some(d) if roster.deputy(*d).is_none() => Err(DeputyError::UnknownDeputy { deputy: *d }),
        Some(d) => Err(DeputyError::NotGroupMember {
            deputy: *d,
            group,
            on,
            citation: GROUPS,
        }),
        None => Ok(()),
    }
}

fn check_station(roster: &Roster, station: StationId, on: NaiveDate) -> Checked {
    let s = roster
        .stations()
        .find(|s| s.id == station)
        .ok_or(DeputyError::UnknownStation { station })?;
    if s.opened > on {
        return Err(DeputyError::StationNotOpen {
            station,
            on,
            opened: s.opened,
        });
    }
    Ok(())
}

/// The presidium gives a member serving deputies to liaise with (组织法2022 第十八条第三款).
fn check_contacts(
    roster: &Roster,
    presidium: &Presidium,
    ctx: &Context<'_>,
    member: DeputyId,
    deputies: &BTreeSet<DeputyId>,
) -> Checked {
    let ok = *ctx.actor == (Actor::Presidium {});
    allow(
        ctx,
        ok,
        DeputyAct::AssignContacts,
        Who::Presidium {},
        LIAISON,
    )?;
    if !presidium.members_at(roster, ctx.today).contains(&member) {
        return Err(DeputyError::NotPresidiumMember {
            deputy: member,
            on: ctx.today,
            citation: LIAISON,
        });
    }
    serving(roster, RecordKind::Contacts, deputies, ctx.today)
}

/// The executing organ reports a deputy who holds a mandate that day (代表法2025 第三十九条
/// 第四款).
fn check_restriction(
    roster: &Roster,
    ctx: &Context<'_>,
    deputy: DeputyId,
    on: NaiveDate,
) -> Checked {
    let ok = matches!(ctx.actor, Actor::ExecutingOrgan { .. });
    allow(
        ctx,
        ok,
        DeputyAct::ReportRestriction,
        Who::ExecutingOrgan {},
        ORGAN_REPORTS,
    )?;
    not_future(on, ctx.today)?;
    let d = roster
        .deputy(deputy)
        .ok_or(DeputyError::UnknownDeputy { deputy })?;
    if d.holds_mandate_at(on) {
        Ok(())
    } else {
        Err(DeputyError::NoMandate { deputy, on })
    }
}

/// Commits: one per event. Cannot fail: [`Deputies::check`] proved every lookup.
impl Deputies {
    /// Records a checked event.
    pub(crate) fn commit(&mut self, ctx: &Context<'_>, event: &DeputyEvent) {
        use DeputyEvent as E;
        let today = ctx.today;
        match event {
            E::SpeechRecorded {
                session,
                deputy,
                topic,
            } => {
                self.acted([*deputy], today);
                let (session, deputy, topic) = (*session, *deputy, topic.clone());
                self.speeches.push(Speech {
                    session,
                    deputy,
                    on: today,
                    topic,
                });
            }
            E::GroupActivityRecorded { .. }
            | E::TrainingRecorded { .. }
            | E::DeedRecorded { .. } => {
                self.commit_activity(event);
            }
            E::ReceptionRecorded { .. } | E::IssueOutcomeRecorded { .. } => {
                self.commit_reception(event);
            }
            E::DutyReportRecorded { .. } | E::EvaluationRecorded { .. } => {
                self.commit_report(today, event);
            }
            E::ContactsAssigned { member, deputies } => {
                let link = ContactLink {
                    member: *member,
                    since: today,
                };
                for d in deputies {
                    self.contacts.insert(*d, link);
                }
            }
            E::RestrictionReported { .. } | E::RestrictionLifted { .. } => {
                self.commit_restriction(ctx, event);
            }
            E::PerformancePublished { year } => {
                self.published.insert(*year, today);
            }
        }
    }

    /// A group activity, a training or a deed: the deputies in it acted that day.
    #[rustfmt::skip] // one line per record
    fn commit_activity(&mut self, event: &DeputyEvent) {
        match event.clone() {
            DeputyEvent::GroupActivityRecorded { activity, group, on, topic, participants } => {
                self.acted(participants.iter().copied(), on);
                let a = GroupActivity { id: activity, group, on, topic, participants };
                self.group_activities.insert(activity, a);
            }
            DeputyEvent::TrainingRecorded { training, on, title, organiser, attendees } => {
                self.acted(attendees.iter().copied(), on);
                let t = Training { id: training, on, title, organiser, attendees };
                self.trainings.insert(training, t);
            }
            DeputyEvent::DeedRecorded { deed, on, deputies, description } => {
                self.acted(deputies.iter().copied(), on);
                self.deeds.insert(deed, Deed { id: deed, on, deputies, description });
            }
            _ => {}
        }
    }

    /// A reception, its issues pending; then what became of each.
    #[rustfmt::skip] // one line per record
    fn commit_reception(&mut self, event: &DeputyEvent) {
        match event.clone() {
            DeputyEvent::ReceptionRecorded { reception, station, on, deputies, voters, issues } => {
                self.acted(deputies.iter().copied(), on);
                let issues = issues.into_iter().map(|text| Issue { text, outcome: IssueOutcome::Pending {} });
                let r = Reception { id: reception, station, on, deputies, voters, issues: issues.collect() };
                self.receptions.insert(reception, r);
            }
            DeputyEvent::IssueOutcomeRecorded { reception, issue, outcome } => {
                let r = self.receptions.get_mut(&reception);
                let slot = r.and_then(|r| usize::try_from(issue).ok().and_then(|i| r.issues.get_mut(i)));
                if let Some(slot) = slot {
                    slot.outcome = outcome;
                }
            }
            _ => {}
        }
    }

    fn acted(&mut self, deputies: impl IntoIterator<Item = DeputyId>, on: NaiveDate) {
        for d in deputies {
            let last = self.last_acts.entry(d).or_insert(on);
            *last = (*last).max(on);
        }
    }

    fn commit_report(&mut self, today: NaiveDate, event: &DeputyEvent) {
        match event.clone() {
            DeputyEvent::DutyReportRecorded {
                report,
                deputy,
                on,
                place,
                audience,
            } => {
                self.acted([deputy], on);
                let r = DutyReport {
                    id: report,
                    deputy,
                    on,
                    place,
                    audience,
                    evaluation: None,
                };
                self.duty_reports.insert(report, r);
            }
            DeputyEvent::EvaluationRecorded {
                report,
                ratings,
                outcome,
            } => {
                if let Some(r) = self.duty_reports.get_mut(&report) {
                    r.evaluation = Some(Evaluation {
                        on: today,
                        ratings,
                        outcome,
                    });
                }
            }
            _ => {}
        }
    }

    fn commit_restriction(&mut self, ctx: &Context<'_>, event: &DeputyEvent) {
        let organ = match ctx.actor {
            Actor::ExecutingOrgan { organ } => organ.clone(),
            other => other.to_string(),
        };
        match event {
            DeputyEvent::RestrictionReported {
                deputy,
                measure,
                on,
            } => {
                self.restrictions
                    .entry(*deputy)
                    .or_default()
                    .push(Restriction {
                        measure: *measure,
                        on: *on,
                        organ,
                        lifted_on: None,
                    });
            }
            DeputyEvent::RestrictionLifted { deputy, on } => {
                for r in self.restrictions.entry(*deputy).or_default() {
                    if r.lifted_on.is_none() {
                        r.lifted_on = Some(*on);
                    }
                }
            }
            _ => {}
        }
    }
}
