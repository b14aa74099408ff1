//! Supervision's inputs: a command becomes an event ([`Supervision::decide`]), an event is
//! checked against every rule without changing anything ([`Supervision::check`]) and committed
//! ([`Supervision::commit`]), which cannot fail. One check and one commit per event, each with
//! its citation.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::{
    Activity, ActivityKind, Delivery, Feedback, Held, Inspector, ItemStatus, PlanLink, Progress,
    RectificationItem, Reinspection, Report, Round, RoundResult, StageKind, Supervision,
    SupervisionAct, SupervisionCommand, SupervisionError, SupervisionEvent, TextField, Who,
};
use crate::actor::{Actor, Context};
use crate::ids::{ActivityId, DeputyId, RectificationId, UnitId};
use crate::label::InWords;
use crate::presidium::Presidium;
use crate::roster::Roster;
use crate::rulebook::{Citation, RuleField, count};

/// The presidium's recess supervision (组织法2022 第十九条第二款).
const RECESS: Citation = Citation::organic(19, Some(2));
/// Reports forwarded; the bodies concerned feed back (代表法2025 第三十一条).
const FORWARDED: Citation = Citation::deputies(31, None);
/// Inspections arranged by the presidium (代表法2025 第二十九条第一款).
const INSPECTION: Citation = Citation::deputies(29, Some(1));
/// Units are registered by the township government (组织法2022 第四十二条第二款).
const UNITS: Citation = Citation::organic(42, Some(2));
/// The county standing committee opens the term (选举法2020 第十三条).
const TERM: Citation = Citation::electoral(13, None);

type Checked = Result<(), SupervisionError>;

fn non_empty(text: &str, field: TextField) -> Checked {
    if text.trim().is_empty() {
        Err(SupervisionError::EmptyText { field })
    } else {
        Ok(())
    }
}

fn forbidden(
    ctx: &Context<'_>,
    act: SupervisionAct,
    allowed: Who,
    citation: Citation,
) -> SupervisionError {
    SupervisionError::Forbidden {
        actor: ctx.actor.clone(),
        act,
        allowed,
        citation,
    }
}

fn presidium_only(ctx: &Context<'_>, act: SupervisionAct, citation: Citation) -> Checked {
    if *ctx.actor == (Actor::Presidium {}) {
        Ok(())
    } else {
        Err(forbidden(ctx, act, Who::Presidium {}, citation))
    }
}

fn presidium_or_staff(ctx: &Context<'_>, act: SupervisionAct, citation: Citation) -> Checked {
    if matches!(ctx.actor, Actor::Presidium {} | Actor::Staff { .. }) {
        Ok(())
    } else {
        Err(forbidden(ctx, act, Who::PresidiumOrStaff {}, citation))
    }
}

fn not_future(on: NaiveDate, today: NaiveDate) -> Checked {
    if on > today {
        Err(SupervisionError::FutureDate { on, today })
    } else {
        Ok(())
    }
}

fn registered(roster: &Roster, units: impl IntoIterator<Item = UnitId>) -> Checked {
    for unit in units {
        if roster.unit(unit).is_none() {
            return Err(SupervisionError::UnknownUnit {
                unit,
                citation: UNITS,
            });
        }
    }
    Ok(())
}

/// Who re-inspects, from the actor: the presidium, or a deputy who is a member that day.
fn inspector(
    presidium: &Presidium,
    roster: &Roster,
    ctx: &Context<'_>,
) -> Result<Inspector, SupervisionError> {
    match ctx.actor {
        Actor::Presidium {} => Ok(Inspector::Presidium {}),
        Actor::Deputy { deputy } if presidium.members_at(roster, ctx.today).contains(deputy) => {
            Ok(Inspector::Member { deputy: *deputy })
        }
        _ => Err(forbidden(
            ctx,
            SupervisionAct::Reinspect,
            Who::PresidiumOrMember {},
            INSPECTION,
        )),
    }
}

/// Lookups.
impl Supervision {
    fn find(&self, activity: ActivityId) -> Result<&Activity, SupervisionError> {
        self.activities
            .get(&activity)
            .ok_or(SupervisionError::UnknownActivity { activity })
    }

    fn find_item(&self, item: RectificationId) -> Result<&RectificationItem, SupervisionError> {
        self.items
            .get(&item)
            .ok_or(SupervisionError::UnknownItem { item })
    }

    fn open_item(&self, item: RectificationId) -> Result<&RectificationItem, SupervisionError> {
        let i = self.find_item(item)?;
        match i.status {
            ItemStatus::Open {} => Ok(i),
            ItemStatus::Closed { on } => Err(SupervisionError::ItemClosed {
                item,
                closed_on: on,
            }),
        }
    }

    /// The activity, at stage `needs`.
    fn at_stage(
        &self,
        activity: ActivityId,
        needs: StageKind,
    ) -> Result<&Activity, SupervisionError> {
        let a = self.find(activity)?;
        let stage = a.progress.kind();
        if stage == needs {
            Ok(a)
        } else {
            Err(SupervisionError::WrongStage {
                activity,
                stage,
                needs,
            })
        }
    }

    /// The work appraisal, held and not closed.
    fn appraisal(&self, activity: ActivityId) -> Result<&Activity, SupervisionError> {
        let a = self.find(activity)?;
        if a.kind != ActivityKind::WorkAppraisal {
            return Err(SupervisionError::NotAnAppraisal {
                activity,
                activity_kind: a.kind,
            });
        }
        let needs = match a.progress.kind() {
            StageKind::Organised => Some(StageKind::Held),
            StageKind::Closed => Some(StageKind::Delivered),
            _ => None,
        };
        match needs {
            Some(needs) => Err(SupervisionError::WrongStage {
                activity,
                stage: a.progress.kind(),
                needs,
            }),
            None => Ok(a),
        }
    }

    /// Items the activity raised for `unit` on or after `since`: how many, how many open.
    fn raised_since(&self, activity: ActivityId, unit: UnitId, since: NaiveDate) -> (u32, u32) {
        let raised: Vec<&RectificationItem> = self
            .items_of(activity)
            .filter(|i| i.unit == unit && i.raised_on >= since)
            .collect();
        let open = raised.iter().filter(|i| i.is_open()).count();
        (count(raised.len()), count(open))
    }
}

/// Inputs.
impl Supervision {
    /// Turns a command into the event it records, deriving what the event carries (the plan's
    /// year, who re-inspected, a round's result, the published aggregates).
    #[rustfmt::skip] // one line per command: a table of what each records
    pub(crate) fn decide(
        &self,
        roster: &Roster,
        presidium: &Presidium,
        ctx: &Context<'_>,
        cmd: &SupervisionCommand,
    ) -> Result<SupervisionEvent, SupervisionError> {
        use SupervisionCommand as C;
        use SupervisionEvent as E;
        Ok(match cmd.clone() {
            C::Organise { activity, activity_kind, title, units, plan_item } => E::ActivityOrganised {
                activity, activity_kind, title, units,
                plan: plan_item.map(|title| PlanLink { year: ctx.today.year(), title }),
            },
            C::RecordHeld { activity, on, participants } => E::ActivityHeld { activity, on, participants },
            C::RecordReport { activity, findings, opinions } => E::ReportRecorded { activity, findings, opinions },
            C::DeliverOpinions { activity, to } => E::OpinionsDelivered { activity, to },
            C::RaiseRectification { activity, item, unit, issue, deadline } => {
                E::RectificationRaised { activity, item, unit, issue, deadline }
            }
            C::SendFeedback { item, summary, completed } => E::FeedbackSent { item, summary, completed },
            C::Reinspect { item, rectified, notes } => {
                E::Reinspected { item, by: inspector(presidium, roster, ctx)?, rectified, notes }
            }
            C::CloseItem { item } => E::ItemClosed { item },
            C::RecordRatings { activity, unit, ratings } => {
                let round = self.next_round(activity, unit);
                let result = RoundResult::of(ctx.rules, round, ratings).ok_or(SupervisionError::NoRatings {})?;
                E::RatingsRecorded { activity, unit, ratings, result }
            }
            C::PublishAppraisal { activity } => {
                E::AppraisalPublished { activity, results: self.find(activity)?.results() }
            }
            C::CloseActivity { activity } => E::ActivityClosed { activity },
        })
    }

    /// The number the next round of `unit`'s ratings takes, from 1.
    fn next_round(&self, activity: ActivityId, unit: UnitId) -> u32 {
        let done = self
            .activities
            .get(&activity)
            .and_then(|a| a.appraisal.get(&unit))
            .map_or(0, Vec::len);
        count(done).saturating_add(1)
    }

    /// Checks one event against the actor, the rulebook, the roster and the presidium, without
    /// changing anything.
    ///
    /// # Errors
    ///
    /// The [`SupervisionError`] of the first rule the event breaks.
    pub(crate) fn check(
        &self,
        roster: &Roster,
        presidium: &Presidium,
        ctx: &Context<'_>,
        event: &SupervisionEvent,
    ) -> Checked {
        use SupervisionEvent as E;
        match event {
            E::ActivityOrganised { .. } => self.check_organised(roster, presidium, ctx, event),
            E::ActivityHeld {
                activity,
                on,
                participants,
            } => self.check_held(roster, ctx, *activity, *on, participants),
            E::ReportRecorded {
                activity, findings, ..
            } => self.check_report(ctx, *activity, findings),
            E::OpinionsDelivered { activity, to } => {
                self.check_delivered(roster, ctx, *activity, to)
            }
            E::RectificationRaised { .. } => self.check_raised(roster, ctx, event),
            E::FeedbackSent { item, summary, .. } => self.check_feedback(ctx, *item, summary),
            E::Reinspected {
                item, by, notes, ..
            } => self.check_reinspected(roster, presidium, ctx, *item, by, notes),
            E::ItemClosed { item } => self.check_item_closed(ctx, *item),
            E::RatingsRecorded { .. } => self.check_ratings(ctx, event),
            E::AppraisalPublished { activity, results } => {
                self.check_published(ctx, *activity, results)
            }
            E::ActivityClosed { activity } => self.check_closed(ctx, *activity),
        }
    }

    /// The presidium organises; an investigation only where the rulebook allows it; a plan
    /// item named must be in the year's plan, of the activity's category (组织法2022
    /// 第十九条第二款, 第三十六条第一款).
    fn check_organised(
        &self,
        roster: &Roster,
        presidium: &Presidium,
        ctx: &Context<'_>,
        event: &SupervisionEvent,
    ) -> Checked {
        let SupervisionEvent::ActivityOrganised {
            activity,
            activity_kind: kind,
            title,
            units,
            plan,
        } = event
        else {
            return Ok(());
        };
        presidium_only(ctx, SupervisionAct::Organise, kind.citation())?;
        roster
            .term()
            .ok_or(SupervisionError::NoTerm { citation: TERM })?;
        if self.activities.contains_key(activity) {
            return Err(SupervisionError::DuplicateActivity {
                activity: *activity,
            });
        }
        non_empty(title, TextField::Title)?;
        if *kind == ActivityKind::SpecificQuestionInvestigation
            && !ctx.rules.specific_question_investigation.value
        {
            return Err(SupervisionError::InvestigationNotAvailable {
                basis: ctx.rules.basis(RuleField::SpecificQuestionInvestigation),
            });
        }
        if *kind == ActivityKind::WorkAppraisal && units.is_empty() {
            return Err(SupervisionError::NoUnitsToAppraise {});
        }
        registered(roster, units.iter().copied())?;
        let Some(link) = plan else { return Ok(()) };
        let in_plan = link.year == ctx.today.year()
            && presidium.recess_plan(link.year).is_some_and(|p| {
                p.items
                    .iter()
                    .any(|i| Some(i.category) == kind.plan_kind() && i.title == link.title)
            });
        if in_plan {
            Ok(())
        } else {
            Err(SupervisionError::NotInPlan {
                year: link.year,
                title: link.title.clone(),
                activity_kind: *kind,
                citation: RECESS,
            })
        }
    }

    /// Held by serving deputies, on a day between its organisation and today (代表法2025
    /// 第二十九条—第三十三条: deputies inspect, research and check as the presidium arranges).
    fn check_held(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        activity: ActivityId,
        on: NaiveDate,
        participants: &BTreeSet<DeputyId>,
    ) -> Checked {
        presidium_or_staff(ctx, SupervisionAct::RecordHeld, RECESS)?;
        let a = self.at_stage(activity, StageKind::Organised)?;
        not_future(on, ctx.today)?;
        if on < a.organised_on {
            return Err(SupervisionError::HeldBeforeOrganised {
                on,
                organised_on: a.organised_on,
            });
        }
        if participants.is_empty() {
            return Err(SupervisionError::NoParticipants {
                activity_kind: a.kind,
                citation: a.kind.citation(),
            });
        }
        match participants.iter().find(|d| !roster.is_serving(**d, on)) {
            Some(deputy) => Err(SupervisionError::NotServing {
                deputy: *deputy,
                on,
            }),
            None => Ok(()),
        }
    }

    /// The presidium records the findings (代表法2025 第三十一条: reports of inspections and
    /// research go through the presidium).
    fn check_report(&self, ctx: &Context<'_>, activity: ActivityId, findings: &str) -> Checked {
        presidium_only(ctx, SupervisionAct::RecordReport, FORWARDED)?;
        self.at_stage(activity, StageKind::Held)?;
        non_empty(findings, TextField::Findings)
    }

    /// The presidium forwards the report to the organs concerned (代表法2025 第三十一条).
    fn check_delivered(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        activity: ActivityId,
        to: &BTreeSet<UnitId>,
    ) -> Checked {
        presidium_only(ctx, SupervisionAct::DeliverOpinions, FORWARDED)?;
        self.at_stage(activity, StageKind::Reported)?;
        registered(roster, to.iter().copied())
    }

    /// An item goes to a registered unit with a deadline after today, once the report is
    /// forwarded (跟踪问效; 代表法2025 第三十一条).
    fn check_raised(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        event: &SupervisionEvent,
    ) -> Checked {
        let SupervisionEvent::RectificationRaised {
            activity,
            item,
            unit,
            issue,
            deadline,
        } = event
        else {
            return Ok(());
        };
        presidium_only(ctx, SupervisionAct::RaiseRectification, FORWARDED)?;
        self.at_stage(*activity, StageKind::Delivered)?;
        if self.items.contains_key(item) {
            return Err(SupervisionError::DuplicateItem { item: *item });
        }
        registered(roster, [*unit])?;
        non_empty(issue, TextField::Issue)?;
        if *deadline <= ctx.today {
            return Err(SupervisionError::DeadlineNotInFuture {
                deadline: *deadline,
                today: ctx.today,
            });
        }
        Ok(())
    }

    /// Only the responsible unit feeds back, on an open item (代表法2025 第三十一条: the
    /// bodies concerned feed back their handling).
    fn check_feedback(&self, ctx: &Context<'_>, item: RectificationId, summary: &str) -> Checked {
        let i = self.find_item(item)?;
        if *ctx.actor != (Actor::Unit { unit: i.unit }) {
            return Err(forbidden(
                ctx,
                SupervisionAct::SendFeedback,
                Who::ResponsibleUnit { unit: i.unit },
                FORWARDED,
            ));
        }
        self.open_item(item)?;
        non_empty(summary, TextField::Feedback)
    }

    /// The presidium or one of its members re-inspects an open item after feedback
    /// (代表法2025 第二十九条第一款).
    fn check_reinspected(
        &self,
        roster: &Roster,
        presidium: &Presidium,
        ctx: &Context<'_>,
        item: RectificationId,
        by: &Inspector,
        notes: &str,
    ) -> Checked {
        if inspector(presidium, roster, ctx)? != *by {
            return Err(forbidden(
                ctx,
                SupervisionAct::Reinspect,
                Who::PresidiumOrMember {},
                INSPECTION,
            ));
        }
        let i = self.open_item(item)?;
        if i.feedback.is_empty() {
            return Err(SupervisionError::NoFeedback {
                item,
                citation: FORWARDED,
            });
        }
        non_empty(notes, TextField::Notes)
    }

    /// The presidium closes an item a re-inspection found rectified after the last feedback.
    fn check_item_closed(&self, ctx: &Context<'_>, item: RectificationId) -> Checked {
        presidium_only(ctx, SupervisionAct::CloseItem, FORWARDED)?;
        let i = self.open_item(item)?;
        let Some(last_feedback) = i.feedback.last().map(|f| f.on) else {
            return Err(SupervisionError::NoFeedback {
                item,
                citation: FORWARDED,
            });
        };
        if i.verified() {
            Ok(())
        } else {
            Err(SupervisionError::NotVerified {
                item,
                last_feedback,
                citation: FORWARDED,
            })
        }
    }

    /// Counts only, no more than the deputies who took part; a further round only after the
    /// rectification raised since the last one is closed; the result as the rulebook derives it.
    fn check_ratings(&self, ctx: &Context<'_>, event: &SupervisionEvent) -> Checked {
        let SupervisionEvent::RatingsRecorded {
            activity,
            unit,
            ratings,
            result,
        } = event
        else {
            return Ok(());
        };
        presidium_or_staff(ctx, SupervisionAct::RecordRatings, RECESS)?;
        let a = self.appraisal(*activity)?;
        if !a.units.contains(unit) {
            return Err(SupervisionError::UnitNotAppraised {
                activity: *activity,
                unit: *unit,
            });
        }
        let participants = a.progress.held().map_or(0, |h| count(h.participants.len()));
        if ratings.total() > participants {
            return Err(SupervisionError::RatingsExceedParticipants {
                ratings: ratings.total(),
                participants,
            });
        }
        let round = self.next_round(*activity, *unit);
        if let Some(last) = a.appraisal.get(unit).and_then(|r| r.last()) {
            let (raised, open) = self.raised_since(*activity, *unit, last.on);
            if raised == 0 || open > 0 {
                return Err(SupervisionError::SecondRoundBeforeRectification {
                    activity: *activity,
                    unit: *unit,
                    round,
                    raised,
                    open,
                });
            }
        }
        let computed =
            RoundResult::of(ctx.rules, round, *ratings).ok_or(SupervisionError::NoRatings {})?;
        if computed == *result {
            Ok(())
        } else {
            Err(SupervisionError::FiguresMismatch {
                activity: *activity,
                recorded: Box::new(result.words()),
                computed: Box::new(computed.words()),
            })
        }
    }

    /// Published once, when every appraised unit is rated, as the aggregates the record holds
    /// (河南 2016 第四条第四项: 评议、测评结果向社会公开).
    fn check_published(
        &self,
        ctx: &Context<'_>,
        activity: ActivityId,
        results: &[super::UnitResult],
    ) -> Checked {
        presidium_only(ctx, SupervisionAct::PublishAppraisal, RECESS)?;
        let a = self.appraisal(activity)?;
        if let Some(published_on) = a.published_on {
            return Err(SupervisionError::AlreadyPublished {
                activity,
                published_on,
            });
        }
        let unrated = a.unrated_units();
        if unrated > 0 {
            return Err(SupervisionError::UnitsNotRated { activity, unrated });
        }
        let computed = a.results();
        if computed == results {
            Ok(())
        } else {
            Err(SupervisionError::FiguresMismatch {
                activity,
                recorded: Box::new(results.to_vec().words()),
                computed: Box::new(computed.words()),
            })
        }
    }

    /// Closed once forwarded, with every item closed; an appraisal with every unit rated, each
    /// unit under the threshold given rectification after its latest round, and published where
    /// the rulebook requires it.
    fn check_closed(&self, ctx: &Context<'_>, activity: ActivityId) -> Checked {
        presidium_only(ctx, SupervisionAct::CloseActivity, RECESS)?;
        let a = self.at_stage(activity, StageKind::Delivered)?;
        let open = self.items_of(activity).filter(|i| i.is_open()).count();
        if open > 0 {
            return Err(SupervisionError::OpenItems {
                activity,
                open: count(open),
                citation: FORWARDED,
            });
        }
        if a.kind == ActivityKind::WorkAppraisal {
            self.check_appraisal_closable(ctx, a)?;
        }
        Ok(())
    }

    fn check_appraisal_closable(&self, ctx: &Context<'_>, a: &Activity) -> Checked {
        let unrated = a.unrated_units();
        if unrated > 0 {
            return Err(SupervisionError::UnitsNotRated {
                activity: a.id,
                unrated,
            });
        }
        for (unit, rounds) in &a.appraisal {
            let Some(last) = rounds.last() else { continue };
            let (raised, _) = self.raised_since(a.id, *unit, last.on);
            if let (true, Some(required), 0) = (
                last.result.rectification_required,
                last.result.required,
                raised,
            ) {
                return Err(SupervisionError::RectificationNotRaised {
                    activity: a.id,
                    unit: *unit,
                    approving: last.result.approving,
                    ratings: last.result.total,
                    required,
                    basis: ctx.rules.basis(RuleField::AppraisalSatisfactionMin),
                });
            }
        }
        if ctx.rules.appraisal_publication_required.value && a.published_on.is_none() {
            return Err(SupervisionError::NotPublished {
                activity: a.id,
                basis: ctx.rules.basis(RuleField::AppraisalPublicationRequired),
            });
        }
        Ok(())
    }
}

/// Commits: one per event. Cannot fail: [`Supervision::check`] proved every lookup.
impl Supervision {
    /// Records a checked event.
    pub(crate) fn commit(&mut self, ctx: &Context<'_>, event: &SupervisionEvent) {
        use SupervisionEvent as E;
        let today = ctx.today;
        match event {
            E::ActivityOrganised { .. } => self.commit_organised(today, event),
            E::ActivityHeld {
                activity,
                on,
                participants,
            } => self.commit_held(*activity, *on, participants),
            E::ReportRecorded {
                activity,
                findings,
                opinions,
            } => {
                let report = Report {
                    on: today,
                    findings: findings.clone(),
                    opinions: opinions.clone(),
                };
                self.advance(*activity, |p| match p {
                    Progress::Held { held } => Progress::Reported { held, report },
                    other => other,
                });
            }
            E::OpinionsDelivered { activity, to } => {
                let delivery = Delivery {
                    on: today,
                    to: to.clone(),
                };
                self.advance(*activity, |p| match p {
                    Progress::Reported { held, report } => Progress::Delivered {
                        held,
                        report,
                        delivery,
                    },
                    other => other,
                });
            }
            E::RectificationRaised { .. } => self.commit_raised(today, event),
            E::FeedbackSent { .. } | E::Reinspected { .. } | E::ItemClosed { .. } => {
                self.commit_follow_up(today, event);
            }
            E::RatingsRecorded {
                activity,
                unit,
                ratings,
                result,
            } => {
                if let Some(a) = self.activities.get_mut(activity) {
                    a.appraisal.entry(*unit).or_default().push(Round {
                        on: today,
                        ratings: *ratings,
                        result: *result,
                    });
                }
            }
            E::AppraisalPublished { activity, .. } => {
                if let Some(a) = self.activities.get_mut(activity) {
                    a.published_on = Some(today);
                }
            }
            E::ActivityClosed { activity } => self.advance(*activity, |p| match p {
                Progress::Delivered {
                    held,
                    report,
                    delivery,
                } => Progress::Closed {
                    held,
                    report,
                    delivery,
                    closed_on: today,
                },
                other => other,
            }),
        }
    }

    /// Moves an activity to its next stage.
    fn advance(&mut self, activity: ActivityId, next: impl FnOnce(Progress) -> Progress) {
        if let Some(a) = self.activities.get_mut(&activity) {
            let was = std::mem::replace(&mut a.progress, Progress::Organised {});
            a.progress = next(was);
        }
    }

    fn commit_organised(&mut self, today: NaiveDate, event: &SupervisionEvent) {
        let SupervisionEvent::ActivityOrganised {
            activity,
            activity_kind,
            title,
            units,
            plan,
        } = event
        else {
            return;
        };
        self.activities.insert(
            *activity,
            Activity {
                id: *activity,
                kind: *activity_kind,
                title: title.clone(),
                units: units.clone(),
                plan: plan.clone(),
                organised_on: today,
                progress: Progress::Organised {},
                appraisal: Default::default(),
                published_on: None,
            },
        );
    }

    fn commit_held(
        &mut self,
        activity: ActivityId,
        on: NaiveDate,
        participants: &BTreeSet<DeputyId>,
    ) {
        for d in participants {
            let last = self.last_acts.entry(*d).or_insert(on);
            *last = (*last).max(on);
        }
        let held = Held {
            on,
            participants: participants.clone(),
        };
        self.advance(activity, |p| match p {
            Progress::Organised {} => Progress::Held { held },
            other => other,
        });
    }

    fn commit_raised(&mut self, today: NaiveDate, event: &SupervisionEvent) {
        let SupervisionEvent::RectificationRaised {
            activity,
            item,
            unit,
            issue,
            deadline,
        } = event
        else {
            return;
        };
        self.items.insert(
            *item,
            RectificationItem {
                id: *item,
                activity: *activity,
                unit: *unit,
                issue: issue.clone(),
                raised_on: today,
                deadline: *deadline,
                feedback: Vec::new(),
                reinspections: Vec::new(),
                status: ItemStatus::Open {},
            },
        );
    }

    fn commit_follow_up(&mut self, today: NaiveDate, event: &SupervisionEvent) {
        use SupervisionEvent as E;
        match event {
            E::FeedbackSent {
                item,
                summary,
                completed,
            } => {
                if let Some(i) = self.items.get_mut(item) {
                    i.feedback.push(Feedback {
                        on: today,
                        summary: summary.clone(),
                        completed: *completed,
                    });
                }
            }
            E::Reinspected {
                item,
                by,
                rectified,
                notes,
            } => {
                if let Inspector::Member { deputy } = by {
                    let last = self.last_acts.entry(*deputy).or_insert(today);
                    *last = (*last).max(today);
                }
                if let Some(i) = self.items.get_mut(item) {
                    let after_feedback = count(i.feedback.len());
                    i.reinspections.push(Reinspection {
                        on: today,
                        by: by.clone(),
                        rectified: *rectified,
                        notes: notes.clone(),
                        after_feedback,
                    });
                }
            }
            E::ItemClosed { item } => {
                if let Some(i) = self.items.get_mut(item) {
                    i.status = ItemStatus::Closed { on: today };
                }
            }
            _ => {}
        }
    }
}
