//! Suggestions, criticisms and opinions (建议、批评和意见): filed by any deputy, alone or
//! jointly, in session or in recess; handed over by the presidium to a lead unit and co-units;
//! answered within the reply period; rated by their sponsors; re-handled when a sponsor is
//! unsatisfied; followed up while a solution is pending.
//!
//! | command | actor | from | to | rule |
//! | --- | --- | --- | --- | --- |
//! | [`DraftSuggestion`](super::ProposalCommand::DraftSuggestion) | a serving deputy (signs first) | — | draft | a category of [`suggestion_categories`](crate::Rulebook); specific content, 代表法2025 第二十四条 |
//! | [`Sign`](super::ProposalCommand::Sign) | a serving deputy, once | draft | draft | 代表法2025 第二十四条 |
//! | [`Submit`](super::ProposalCommand::Submit) | a signer or staff | draft | filed | at any time, 代表法2025 第二十四条, 第三十六条 |
//! | presidium decision [`DecideBillListing`](crate::presidium::PresidiumDecision::DecideBillListing) not listing a deputies' bill | the presidium | (bill) | filed | where [`unlisted_bill_becomes_suggestion`](crate::Rulebook) (重庆 第十四条第二款) |
//! | [`MergeSuggestions`](super::ProposalCommand::MergeSuggestions) | the presidium | filed | merged (the others); filed (the one kept, with every sponsor) | 并案, 组织法2022 第四十二条第二款 |
//! | presidium decision [`HandOverSuggestions`](crate::presidium::PresidiumDecision::HandOverSuggestions) | the presidium, at a meeting | filed | handed over | to a registered lead unit and co-units, 组织法2022 第四十二条第二款 |
//! | [`ReturnSuggestion`](super::ProposalCommand::ReturnSuggestion) | the lead unit | handed over (no reply) | filed (to be handed over again) | within [`suggestion_return_working_days`](crate::Rulebook) working days (7, common practice) |
//! | [`MarkComplex`](super::ProposalCommand::MarkComplex) | the presidium, with a reason | handed over | handed over (longer period) | before the ordinary period ends, 代表法2025 第五十一条第二款 |
//! | [`MarkPriority`](super::ProposalCommand::MarkPriority) | the presidium, naming a leader | filed … replied | (marked) | 重点督办, 代表法2025 第五十二条第一款 |
//! | [`SendViews`](super::ProposalCommand::SendViews) | a co-unit | handed over, re-handling | (views) | [`suggestion_co_unit_lead_days`](crate::Rulebook) before the deadline (凤阳县 20 days) |
//! | [`RecordContact`](super::ProposalCommand::RecordContact) | the lead unit or a co-unit | handed over … replied | (contact) | with a sponsor, 代表法2025 第五十一条第二款 |
//! | [`ReplySuggestion`](super::ProposalCommand::ReplySuggestion) | the lead unit only | handed over, re-handling | replied | a class of [`suggestion_result_classes`](crate::Rulebook); every sponsor answered (逐人答复); on time within 3 months, 6 if complex, 代表法2025 第五十一条第二款 |
//! | [`RateSuggestion`](super::ProposalCommand::RateSuggestion) | a sponsoring deputy still serving, once per reply | replied | replied; re-handling on "unsatisfied" while rounds remain; closed when none remain | [`suggestion_rehandling_rounds`](crate::Rulebook), [`suggestion_rehandling_months`](crate::Rulebook) (浙江 实施办法 第四十三条, 重庆 实施办法 第四十七条) |
//! | [`ResolveFollowUp`](super::ProposalCommand::ResolveFollowUp) | the lead unit | replied as in progress or kept for reference | (resolved) | 代表法2025 第五十二条第一款 |
//!
//! The reply period runs from handover ([`ClockStart::Handover`]), or from the close of the
//! session the item was filed in ([`ClockStart::SessionClose`], 山东 第十五条); see
//! [`deadline`](super::deadline) for the counting. Overdue and due-soon are queries that take
//! `now` ([`Proposals::overdue_suggestions`], [`Proposals::suggestions_due_within`]); so are
//! co-units late with their views ([`Proposals::co_unit_views_overdue`]), which the engine
//! records late rather than refuses.
//!
//! # Events for others, and received
//!
//! Suggestions emit nothing for the aggregates below. They receive
//! [`SuggestionsHandedOver`](super::ProposalEvent::SuggestionsHandedOver) from the presidium's
//! decision, and a converted bill through
//! [`BillListingDecided`](super::ProposalEvent::BillListingDecided).

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::bill::presidium_only;
use super::error::{Act, Mark, Role, Stage, TextField};
use super::sponsors::{Sponsors, forbidden, serving_deputy, text};
use super::{
    Below, Bill, Figure, ProposalCommand, ProposalError, ProposalEvent, ProposalKind, Proposals,
    SUGGESTION_RIGHT, Submission, mismatch,
};
use crate::actor::{Actor, Context};
use crate::ids::{DecisionId, DeputyId, ProposalId, UnitId};
use crate::label::Label;
use crate::rulebook::{Citation, ClockStart, RuleField, Rulebook, Standing};
use crate::session::{Phase, Sessions};

/// The presidium hands suggestions over (组织法2022 第四十二条第二款).
const HANDOVER: Citation = Citation::organic(42, Some(2));
/// The handlers study, contact the deputy and reply in time (代表法2025 第五十一条第二款).
const HANDLING: Citation = Citation::deputies(51, Some(2));
/// The presidium supervises the handling (代表法2025 第五十二条第一款).
const SUPERVISION: Citation = Citation::deputies(52, Some(1));

/// A sponsor's rating of a reply (满意度测评).
#[doc(alias = "满意度")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[doc(alias = "满意度测评")]
pub enum Rating {
    /// Satisfied (满意).
    Satisfied,
    /// Basically satisfied (基本满意).
    BasicallySatisfied,
    /// Unsatisfied (不满意): the item is re-handled while rounds remain.
    Unsatisfied,
}

impl Label for Rating {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Satisfied => "满意",
            Self::BasicallySatisfied => "基本满意",
            Self::Unsatisfied => "不满意",
        }
    }
}

/// Where a suggestion stands (建议办理状态).
#[doc(alias = "建议办理状态")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SuggestionStatus {
    /// Collecting signatures.
    Draft {},
    /// Filed (or returned), awaiting handover.
    Filed {},
    /// Merged into another suggestion, handled with it.
    Merged {
        /// The suggestion it joined.
        into: ProposalId,
    },
    /// Handed over, awaiting the first reply.
    HandedOver {},
    /// Replied.
    Replied {},
    /// Being re-handled after an unsatisfied rating.
    Rehandling {
        /// The day the re-handling started.
        since: NaiveDate,
    },
    /// Closed after the last re-handling round, its sponsor still unsatisfied.
    Closed {
        /// The day.
        on: NaiveDate,
    },
}

impl SuggestionStatus {
    /// The stage, for refusals.
    #[must_use]
    pub const fn stage(&self) -> Stage {
        match self {
            Self::Draft {} => Stage::Draft,
            Self::Filed {} => Stage::Filed,
            Self::Merged { .. } => Stage::Merged,
            Self::HandedOver {} => Stage::HandedOver,
            Self::Replied {} => Stage::Replied,
            Self::Rehandling { .. } => Stage::Rehandling,
            Self::Closed { .. } => Stage::Closed,
        }
    }
}

/// A handover to a lead unit and co-units (交办).
#[doc(alias = "交办")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Handover {
    /// The presidium's decision.
    pub decision: DecisionId,
    /// The lead unit (主办单位).
    pub unit: UnitId,
    /// Co-units (协办单位).
    pub co_units: BTreeSet<UnitId>,
    /// The day.
    pub on: NaiveDate,
}

/// A dated note by a unit: a return, a co-unit's views, a contact with a sponsor (办理记录).
#[doc(alias = "办理记录")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct UnitNote {
    /// The unit.
    pub unit: UnitId,
    /// The sponsor met, for a contact (面商).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deputy: Option<DeputyId>,
    /// The day.
    pub on: NaiveDate,
    /// What it says.
    pub text: String,
}

/// A presidium's mark: complex (with its reason) or priority (with its leader) (主席团标记).
#[doc(alias = "主席团标记")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Marked {
    /// The day.
    pub on: NaiveDate,
    /// The reason, or the leader.
    pub text: String,
}

/// The lead unit's reply (答复).
#[doc(alias = "答复")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Reply {
    /// The lead unit.
    pub unit: UnitId,
    /// 1 for the first reply, 2 after one re-handling…
    pub round: u32,
    /// The result class.
    pub class: String,
    /// What the class means.
    pub standing: Standing,
    /// The reply.
    pub reply: String,
    /// The day.
    pub on: NaiveDate,
    /// For a re-handling reply, the day the re-handling started (its period runs from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rehandling_since: Option<NaiveDate>,
}

/// A sponsor's rating of one reply (测评).
#[doc(alias = "测评")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RatingRecord {
    /// The sponsor.
    pub deputy: DeputyId,
    /// The reply's round.
    pub round: u32,
    /// The rating.
    pub rating: Rating,
    /// The day.
    pub on: NaiveDate,
}

/// A follow-up reported resolved (跟踪办结).
#[doc(alias = "跟踪办结")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FollowUp {
    /// The reply's round it closes.
    pub round: u32,
    /// The day.
    pub on: NaiveDate,
    /// What was done.
    pub summary: String,
}

/// A suggestion, criticism or opinion (代表建议).
#[doc(alias = "建议")]
#[doc(alias = "代表建议")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Suggestion {
    /// Its id.
    pub id: ProposalId,
    /// Its category.
    pub category: String,
    /// Title.
    pub title: String,
    /// Content.
    pub content: String,
    /// Who proposes it, and every sponsor (merged suggestions' sponsors included).
    pub sponsors: Sponsors,
    /// The day it was drafted.
    pub drafted_on: NaiveDate,
    /// Its filing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<Submission>,
    /// Whether it is a deputies' bill the presidium did not list (议案转建议).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_bill: bool,
    /// Suggestions merged into it (并案).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub merged: BTreeSet<ProposalId>,
    /// Every handover, oldest first; the last is in force.
    pub handovers: Vec<Handover>,
    /// Returns by units it was handed to by mistake.
    pub returns: Vec<UnitNote>,
    /// The complex mark and its reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complex: Option<Marked>,
    /// Priority supervision and its leader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Marked>,
    /// Co-units' views.
    pub views: Vec<UnitNote>,
    /// Contacts with sponsors (面商).
    pub contacts: Vec<UnitNote>,
    /// Replies, one per round.
    pub replies: Vec<Reply>,
    /// Sponsors' ratings.
    pub ratings: Vec<RatingRecord>,
    /// The follow-up resolved, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUp>,
    /// Where it stands.
    pub status: SuggestionStatus,
}

impl Suggestion {
    /// The suggestion an unlisted deputies' bill becomes: its id, sponsors and session, its
    /// power as the category, its texts as the content, filed `on` the decision's day.
    pub(super) fn from_bill(bill: &Bill, on: NaiveDate) -> Self {
        let content = format!(
            "案由：{}\n案据：{}\n方案：{}",
            bill.subject, bill.grounds, bill.plan
        );
        let submission = bill.submission.clone().map(|s| Submission { on, ..s });
        Self {
            id: bill.id,
            category: bill.power.label_zh().to_owned(),
            title: bill.title.clone(),
            content,
            sponsors: bill.sponsors.clone(),
            drafted_on: bill.drafted_on,
            submission,
            from_bill: true,
            merged: BTreeSet::new(),
            handovers: Vec::new(),
            returns: Vec::new(),
            complex: None,
            priority: None,
            views: Vec::new(),
            contacts: Vec::new(),
            replies: Vec::new(),
            ratings: Vec::new(),
            follow_up: None,
            status: SuggestionStatus::Filed {},
        }
    }

    fn new(id: ProposalId, sponsors: Sponsors, texts: [String; 3], on: NaiveDate) -> Self {
        let [category, title, content] = texts;
        Self {
            id,
            category,
            title,
            content,
            sponsors,
            drafted_on: on,
            submission: None,
            from_bill: false,
            merged: BTreeSet::new(),
            handovers: Vec::new(),
            returns: Vec::new(),
            complex: None,
            priority: None,
            views: Vec::new(),
            contacts: Vec::new(),
            replies: Vec::new(),
            ratings: Vec::new(),
            follow_up: None,
            status: SuggestionStatus::Draft {},
        }
    }

    /// The handover in force.
    #[must_use]
    pub fn handover(&self) -> Option<&Handover> {
        self.handovers.last()
    }

    /// The lead unit in force.
    #[must_use]
    pub fn lead_unit(&self) -> Option<UnitId> {
        self.handover().map(|h| h.unit)
    }

    /// The latest reply.
    #[must_use]
    pub fn latest_reply(&self) -> Option<&Reply> {
        self.replies.last()
    }

    /// Whether the latest reply keeps a follow-up obligation open (B and C items).
    #[must_use]
    pub fn follow_up_open(&self) -> bool {
        self.latest_reply().is_some_and(|r| {
            r.standing.follow_up() && self.follow_up.as_ref().is_none_or(|f| f.round < r.round)
        })
    }

    /// Each sponsor's latest rating, in id order.
    #[must_use]
    pub fn final_ratings(&self) -> std::collections::BTreeMap<DeputyId, Rating> {
        self.ratings.iter().map(|r| (r.deputy, r.rating)).collect()
    }

    /// The day the reply period starts: the handover in force, or the close of the session
    /// the item was filed in (`None` while that session still sits).
    #[must_use]
    pub fn clock_start(&self, sessions: &Sessions, rules: &Rulebook) -> Option<NaiveDate> {
        let handed = self.handover()?.on;
        let session = self.submission.as_ref().and_then(|s| s.session);
        match (rules.suggestion_clock_start.value, session) {
            (ClockStart::SessionClose, Some(s)) => match sessions.get(s)?.phase {
                Phase::Closed { closed_on, .. } => Some(closed_on),
                _ => None,
            },
            _ => Some(handed),
        }
    }

    /// The last day of the first reply period: three months, or six when complex
    /// (代表法2025 第五十一条第二款), moved past a rest day by the calendar.
    #[must_use]
    pub fn reply_due_on(
        &self,
        sessions: &Sessions,
        rules: &Rulebook,
        calendar: &super::Calendar,
    ) -> Option<NaiveDate> {
        let months = if self.complex.is_some() {
            rules.suggestion_complex_reply_months.value
        } else {
            rules.suggestion_reply_months.value
        };
        calendar.period_end(self.clock_start(sessions, rules)?, months)
    }

    /// The last day for the reply the item awaits now: the first, or a re-handling one.
    #[must_use]
    pub fn due_on(
        &self,
        sessions: &Sessions,
        rules: &Rulebook,
        calendar: &super::Calendar,
    ) -> Option<NaiveDate> {
        match self.status {
            SuggestionStatus::HandedOver {} => self.reply_due_on(sessions, rules, calendar),
            SuggestionStatus::Rehandling { since } => {
                calendar.period_end(since, rules.suggestion_rehandling_months.value)
            }
            _ => None,
        }
    }

    /// The last day for the co-units' views: the first reply's last day less
    /// [`suggestion_co_unit_lead_days`](crate::Rulebook) (凤阳县: 20 days before).
    #[must_use]
    pub fn views_due_on(
        &self,
        sessions: &Sessions,
        rules: &Rulebook,
        calendar: &super::Calendar,
    ) -> Option<NaiveDate> {
        let days = u64::from(rules.suggestion_co_unit_lead_days.value);
        self.reply_due_on(sessions, rules, calendar)?
            .checked_sub_days(chrono::Days::new(days))
    }

    fn illegal(&self, act: Act, citation: Citation) -> ProposalError {
        ProposalError::IllegalTransition {
            proposal: self.id,
            kind: ProposalKind::Suggestion,
            stage: self.status.stage(),
            act,
            citation,
        }
    }

    fn expect(&self, ok: bool, act: Act, citation: Citation) -> Result<(), ProposalError> {
        if ok {
            Ok(())
        } else {
            Err(self.illegal(act, citation))
        }
    }

    const fn awaiting_reply(&self) -> bool {
        matches!(
            self.status,
            SuggestionStatus::HandedOver {} | SuggestionStatus::Rehandling { .. }
        )
    }
}

/// A suggestion's deadline as a query reports it (办理期限).
#[doc(alias = "办理期限")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct DueItem {
    /// The suggestion.
    pub proposal: ProposalId,
    /// The lead unit.
    pub unit: UnitId,
    /// The reply awaited: 1, or 2 and more for a re-handling.
    pub round: u32,
    /// The last day.
    pub due_on: NaiveDate,
    /// Days from today to the last day: negative when overdue.
    pub days_left: i64,
    /// Under priority supervision.
    pub priority: bool,
}

/// Queries.
impl Proposals {
    /// Suggestions awaiting a reply whose last day has passed by `now` (逾期未答复), in id
    /// order.
    ///
    /// # Examples
    ///
    /// See `tests/suggestion_scenarios.rs`: handed over on 15 May, a 3-month item is due on 15
    /// August and overdue on 16 August.
    #[doc(alias = "逾期")]
    #[must_use]
    pub fn overdue_suggestions(
        &self,
        sessions: &Sessions,
        rules: &Rulebook,
        now: DateTime<Utc>,
    ) -> Vec<DueItem> {
        self.due_items(sessions, rules, now)
            .into_iter()
            .filter(|d| d.days_left < 0)
            .collect()
    }

    /// Suggestions awaiting a reply due within `days` days of `now`, not yet overdue
    /// (即将到期), in id order.
    #[must_use]
    pub fn suggestions_due_within(
        &self,
        sessions: &Sessions,
        rules: &Rulebook,
        now: DateTime<Utc>,
        days: u32,
    ) -> Vec<DueItem> {
        self.due_items(sessions, rules, now)
            .into_iter()
            .filter(|d| (0..=i64::from(days)).contains(&d.days_left))
            .collect()
    }

    /// Co-units that have not sent their views by their last day while the first reply is
    /// awaited (协办意见逾期), as `(suggestion, co-unit, last day)`, in id order.
    #[must_use]
    pub fn co_unit_views_overdue(
        &self,
        sessions: &Sessions,
        rules: &Rulebook,
        now: DateTime<Utc>,
    ) -> Vec<(ProposalId, UnitId, NaiveDate)> {
        let today = rules.local_date(now);
        let mut out = Vec::new();
        for s in self.suggestions.values() {
            let (Some(h), SuggestionStatus::HandedOver {}) = (s.handover(), &s.status) else {
                continue;
            };
            let Some(due) = s.views_due_on(sessions, rules, &self.calendar) else {
                continue;
            };
            let sent = |u: &UnitId| s.views.iter().any(|v| v.unit == *u && v.on >= h.on);
            if today > due {
                out.extend(
                    h.co_units
                        .iter()
                        .filter(|u| !sent(u))
                        .map(|u| (s.id, *u, due)),
                );
            }
        }
        out
    }

    /// Suggestions whose latest reply keeps a follow-up open (B and C items), in id order
    /// (跟踪办理).
    pub fn open_follow_ups(&self) -> impl Iterator<Item = &Suggestion> {
        self.suggestions.values().filter(|s| s.follow_up_open())
    }

    fn due_items(&self, sessions: &Sessions, rules: &Rulebook, now: DateTime<Utc>) -> Vec<DueItem> {
        let today = rules.local_date(now);
        self.suggestions
            .values()
            .filter_map(|s| {
                let due_on = s.due_on(sessions, rules, &self.calendar)?;
                Some(DueItem {
                    proposal: s.id,
                    unit: s.lead_unit()?,
                    round: super::count(s.replies.len()).saturating_add(1),
                    due_on,
                    days_left: (due_on - today).num_days(),
                    priority: s.priority.is_some(),
                })
            })
            .collect()
    }
}

/// Commands to events.
impl Proposals {
    pub(super) fn decide_suggestion(
        &self,
        ctx: &Context<'_>,
        cmd: &ProposalCommand,
    ) -> Result<ProposalEvent, ProposalError> {
        use ProposalCommand as C;
        use ProposalEvent as E;
        let unit = |act| acting_unit(ctx, act);
        Ok(match cmd.clone() {
            C::DraftSuggestion {
                proposal,
                category,
                title,
                content,
            } => E::SuggestionDrafted {
                proposal,
                category,
                title,
                content,
            },
            C::MergeSuggestions { into, merged } => E::SuggestionsMerged { into, merged },
            C::MarkComplex { proposal, reason } => E::MarkedComplex { proposal, reason },
            C::MarkPriority { proposal, leader } => E::MarkedPriority { proposal, leader },
            C::SendViews { proposal, views } => E::ViewsSent {
                proposal,
                unit: unit(Act::SendViews)?,
                views,
            },
            C::ReturnSuggestion { proposal, reason } => E::SuggestionReturned {
                proposal,
                unit: unit(Act::Return)?,
                reason,
            },
            C::RecordContact {
                proposal,
                deputy,
                note,
            } => E::ContactRecorded {
                proposal,
                unit: unit(Act::Contact)?,
                deputy,
                note,
            },
            C::ReplySuggestion {
                proposal,
                class,
                reply,
            } => E::SuggestionReplied {
                proposal,
                unit: unit(Act::Reply)?,
                round: self.next_round(proposal)?,
                class,
                reply,
            },
            C::RateSuggestion { proposal, rating } => E::SuggestionRated {
                proposal,
                deputy: ctx
                    .actor
                    .as_deputy()
                    .ok_or_else(|| forbidden(ctx, Act::Rate, Role::Sponsor, HANDLING))?,
                round: super::count(self.find_suggestion(proposal)?.replies.len()),
                rating,
            },
            C::ResolveFollowUp { proposal, summary } => E::FollowUpResolved { proposal, summary },
            _ => {
                return Err(ProposalError::NotAnEffect {
                    event: "suggestion",
                });
            }
        })
    }

    fn next_round(&self, proposal: ProposalId) -> Result<u32, ProposalError> {
        let s = self.find_suggestion(proposal)?;
        Ok(super::count(s.replies.len()).saturating_add(1))
    }
}

/// The unit acting, or the refusal.
fn acting_unit(ctx: &Context<'_>, act: Act) -> Result<UnitId, ProposalError> {
    match ctx.actor {
        Actor::Unit { unit } => Ok(*unit),
        _ => Err(forbidden(ctx, act, Role::HandlingUnit, HANDLING)),
    }
}

/// One check per suggestion event.
impl Proposals {
    pub(super) fn check_suggestion(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        event: &ProposalEvent,
    ) -> Result<(), ProposalError> {
        use ProposalEvent as E;
        match event {
            E::SuggestionDrafted {
                proposal,
                category,
                title,
                content,
            } => self.check_suggestion_drafted(below, ctx, *proposal, category, [title, content]),
            E::SuggestionsMerged { into, merged } => self.check_merged(ctx, *into, merged),
            E::MarkedComplex { proposal, reason } => {
                self.check_complex(below, ctx, *proposal, reason)
            }
            E::MarkedPriority { proposal, leader } => self.check_priority(ctx, *proposal, leader),
            E::ViewsSent {
                proposal,
                unit,
                views,
            } => self.check_views(ctx, *proposal, *unit, views),
            E::SuggestionReturned {
                proposal,
                unit,
                reason,
            } => self.check_returned(ctx, *proposal, *unit, reason),
            E::ContactRecorded {
                proposal,
                unit,
                deputy,
                note,
            } => self.check_contact(ctx, *proposal, *unit, *deputy, note),
            E::SuggestionReplied {
                proposal,
                unit,
                round,
                class,
                reply,
            } => self.check_replied(ctx, *proposal, (*unit, *round), class, reply),
            E::SuggestionRated {
                proposal,
                deputy,
                round,
                ..
            } => self.check_rated(below, ctx, *proposal, *deputy, *round),
            E::FollowUpResolved { proposal, summary } => {
                self.check_follow_up(ctx, *proposal, summary)
            }
            _ => Ok(()),
        }
    }

    /// A serving deputy drafts, under a category of the rulebook, a specific content
    /// (代表法2025 第二十四条).
    fn check_suggestion_drafted(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposal: ProposalId,
        category: &str,
        [title, content]: [&String; 2],
    ) -> Result<(), ProposalError> {
        serving_deputy(below.roster, ctx, Act::Draft, SUGGESTION_RIGHT)?;
        self.check_new(proposal)?;
        if !ctx.rules.suggestion_categories.value.contains(category) {
            return Err(ProposalError::UnknownCategory {
                category: category.to_owned(),
                basis: ctx.rules.basis(RuleField::SuggestionCategories),
            });
        }
        text(title, TextField::Title, &SUGGESTION_RIGHT)?;
        text(content, TextField::Content, &SUGGESTION_RIGHT)
    }

    /// The presidium merges filed suggestions into one filed suggestion (并案).
    fn check_merged(
        &self,
        ctx: &Context<'_>,
        into: ProposalId,
        merged: &BTreeSet<ProposalId>,
    ) -> Result<(), ProposalError> {
        presidium_only(ctx, Act::Merge, HANDOVER)?;
        if merged.contains(&into) {
            return Err(ProposalError::MergeIntoItself { proposal: into });
        }
        for id in std::iter::once(&into).chain(merged) {
            let s = self.find_suggestion(*id)?;
            s.expect(
                s.status == (SuggestionStatus::Filed {}),
                Act::Merge,
                HANDOVER,
            )?;
        }
        if merged.is_empty() {
            let s = self.find_suggestion(into)?;
            return Err(s.illegal(Act::Merge, HANDOVER));
        }
        Ok(())
    }

    /// The presidium grants the longer period, with a reason, before the ordinary one ends.
    fn check_complex(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposal: ProposalId,
        reason: &str,
    ) -> Result<(), ProposalError> {
        presidium_only(ctx, Act::MarkComplex, HANDLING)?;
        let s = self.find_suggestion(proposal)?;
        s.expect(
            s.status == (SuggestionStatus::HandedOver {}),
            Act::MarkComplex,
            HANDLING,
        )?;
        if s.complex.is_some() {
            return Err(ProposalError::AlreadyMarked {
                proposal,
                mark: Mark::Complex,
            });
        }
        if let Some(due_on) = s.reply_due_on(below.sessions, ctx.rules, &self.calendar)
            && ctx.today > due_on
        {
            return Err(ProposalError::ComplexAfterDeadline {
                proposal,
                due_on,
                today: ctx.today,
                citation: HANDLING,
            });
        }
        text(reason, TextField::Reason, &HANDLING)
    }

    /// The presidium puts an item under a named leader's supervision, once (重点督办).
    fn check_priority(
        &self,
        ctx: &Context<'_>,
        proposal: ProposalId,
        leader: &str,
    ) -> Result<(), ProposalError> {
        presidium_only(ctx, Act::MarkPriority, SUPERVISION)?;
        let s = self.find_suggestion(proposal)?;
        let live = !matches!(
            s.status,
            SuggestionStatus::Draft {}
                | SuggestionStatus::Merged { .. }
                | SuggestionStatus::Closed { .. }
        );
        s.expect(live, Act::MarkPriority, SUPERVISION)?;
        if s.priority.is_some() {
            return Err(ProposalError::AlreadyMarked {
                proposal,
                mark: Mark::Priority,
            });
        }
        text(leader, TextField::Leader, &SUPERVISION)
    }

    /// A co-unit of the handover in force sends its views while a reply is awaited.
    fn check_views(
        &self,
        ctx: &Context<'_>,
        proposal: ProposalId,
        unit: UnitId,
        views: &str,
    ) -> Result<(), ProposalError> {
        let s = self.find_suggestion(proposal)?;
        let co = s.handover().is_some_and(|h| h.co_units.contains(&unit));
        if !co || *ctx.actor != (Actor::Unit { unit }) {
            return Err(forbidden(ctx, Act::SendViews, Role::CoUnit, HANDLING));
        }
        s.expect(s.awaiting_reply(), Act::SendViews, HANDLING)?;
        text(views, TextField::Content, &HANDLING)
    }

    /// The lead unit returns an item before replying, within the window of working days.
    fn check_returned(
        &self,
        ctx: &Context<'_>,
        proposal: ProposalId,
        unit: UnitId,
        reason: &str,
    ) -> Result<(), ProposalError> {
        let s = self.find_suggestion(proposal)?;
        check_lead(ctx, s, unit, Act::Return)?;
        s.expect(
            s.status == (SuggestionStatus::HandedOver {}),
            Act::Return,
            HANDOVER,
        )?;
        if let Some(h) = s.handover() {
            let days = ctx.rules.suggestion_return_working_days.value;
            let last_day = self.calendar.working_days_after(h.on, days).unwrap_or(h.on);
            if ctx.today > last_day {
                return Err(ProposalError::ReturnWindowClosed {
                    proposal,
                    handed_over_on: h.on,
                    last_day,
                    today: ctx.today,
                    basis: ctx.rules.basis(RuleField::SuggestionReturnWorkingDays),
                });
            }
        }
        text(reason, TextField::Reason, &HANDOVER)
    }

    /// A handling unit records meeting a sponsor (面商).
    fn check_contact(
        &self,
        ctx: &Context<'_>,
        proposal: ProposalId,
        unit: UnitId,
        deputy: DeputyId,
        note: &str,
    ) -> Result<(), ProposalError> {
        let s = self.find_suggestion(proposal)?;
        let handling = s
            .handover()
            .is_some_and(|h| h.unit == unit || h.co_units.contains(&unit));
        if !handling || *ctx.actor != (Actor::Unit { unit }) {
            return Err(forbidden(ctx, Act::Contact, Role::HandlingUnit, HANDLING));
        }
        let live = s.awaiting_reply() || s.status == (SuggestionStatus::Replied {});
        s.expect(live, Act::Contact, HANDLING)?;
        if !s.sponsors.signed(deputy) {
            return Err(ProposalError::NotASponsor {
                proposal,
                deputy,
                citation: HANDLING,
            });
        }
        text(note, TextField::Summary, &HANDLING)
    }

    /// Only the lead unit replies, with a class of the rulebook, while a reply is awaited.
    fn check_replied(
        &self,
        ctx: &Context<'_>,
        proposal: ProposalId,
        (unit, round): (UnitId, u32),
        class: &str,
        reply: &str,
    ) -> Result<(), ProposalError> {
        let s = self.find_suggestion(proposal)?;
        check_lead(ctx, s, unit, Act::Reply)?;
        s.expect(s.awaiting_reply(), Act::Reply, HANDLING)?;
        mismatch(Figure::Round, &round, &self.next_round(proposal)?)?;
        if ctx
            .rules
            .suggestion_result_classes
            .value
            .get(class)
            .is_none()
        {
            return Err(ProposalError::UnknownResultClass {
                class: class.to_owned(),
                basis: ctx.rules.basis(RuleField::SuggestionResultClasses),
            });
        }
        text(reply, TextField::Answer, &HANDLING)
    }

    /// Only a sponsor still serving rates the latest reply, once.
    fn check_rated(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposal: ProposalId,
        deputy: DeputyId,
        round: u32,
    ) -> Result<(), ProposalError> {
        let s = self.find_suggestion(proposal)?;
        if ctx.actor.as_deputy() != Some(deputy) || !s.sponsors.signed(deputy) {
            return Err(forbidden(ctx, Act::Rate, Role::Sponsor, HANDLING));
        }
        serving_deputy(below.roster, ctx, Act::Rate, HANDLING)?;
        let rated = !s.replies.is_empty() && !matches!(s.status, SuggestionStatus::HandedOver {});
        s.expect(rated, Act::Rate, HANDLING)?;
        mismatch(Figure::Round, &round, &super::count(s.replies.len()))?;
        if s.ratings
            .iter()
            .any(|r| r.deputy == deputy && r.round == round)
        {
            return Err(ProposalError::AlreadyRated {
                proposal,
                deputy,
                round,
            });
        }
        Ok(())
    }

    /// The lead unit closes the follow-up of a B or C reply.
    fn check_follow_up(
        &self,
        ctx: &Context<'_>,
        proposal: ProposalId,
        summary: &str,
    ) -> Result<(), ProposalError> {
        let s = self.find_suggestion(proposal)?;
        let unit = acting_unit(ctx, Act::ResolveFollowUp)?;
        check_lead(ctx, s, unit, Act::ResolveFollowUp)?;
        s.expect(s.follow_up_open(), Act::ResolveFollowUp, SUPERVISION)?;
        text(summary, TextField::Summary, &SUPERVISION)
    }
}

/// The acting unit must be the lead unit in force.
fn check_lead(
    ctx: &Context<'_>,
    s: &Suggestion,
    unit: UnitId,
    act: Act,
) -> Result<(), ProposalError> {
    if s.lead_unit() == Some(unit) && *ctx.actor == (Actor::Unit { unit }) {
        Ok(())
    } else {
        Err(forbidden(ctx, act, Role::LeadUnit, HANDLING))
    }
}

/// The presidium's handover, as the ledger derives it.
impl Proposals {
    /// A handover motion names suggestions filed and awaiting handover.
    pub(super) fn check_handover_motion(&self, id: ProposalId) -> Result<(), ProposalError> {
        let s = self.find_suggestion(id)?;
        s.expect(
            s.status == (SuggestionStatus::Filed {}),
            Act::HandOver,
            HANDOVER,
        )
    }

    pub(super) fn handover_effects(
        &self,
        decision: DecisionId,
        proposals: &BTreeSet<ProposalId>,
        unit: UnitId,
        co_units: &BTreeSet<UnitId>,
    ) -> Vec<ProposalEvent> {
        let filed: BTreeSet<ProposalId> = proposals
            .iter()
            .filter(|id| {
                self.suggestions
                    .get(id)
                    .is_some_and(|s| s.status == (SuggestionStatus::Filed {}))
            })
            .copied()
            .collect();
        if filed.is_empty() {
            return Vec::new();
        }
        vec![ProposalEvent::SuggestionsHandedOver {
            decision,
            proposals: filed,
            unit,
            co_units: co_units.clone(),
        }]
    }

    pub(super) fn check_handover_effect(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposals: &BTreeSet<ProposalId>,
        unit: UnitId,
        co_units: &BTreeSet<UnitId>,
    ) -> Result<(), ProposalError> {
        let _ = ctx;
        for u in std::iter::once(&unit).chain(co_units) {
            if below.roster.unit(*u).is_none() {
                return Err(ProposalError::UnknownUnit {
                    unit: *u,
                    citation: HANDOVER,
                });
            }
        }
        proposals
            .iter()
            .try_for_each(|id| self.check_handover_motion(*id))
    }
}

/// Commits.
impl Proposals {
    pub(super) fn commit_suggestion(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        use ProposalEvent as E;
        let today = ctx.today;
        match event {
            E::SuggestionDrafted {
                proposal,
                category,
                title,
                content,
            } => {
                if let Some(drafter) = ctx.actor.as_deputy() {
                    let sponsors = Sponsors::new(super::Proposer::Deputies { drafter }, today);
                    let texts = [category.clone(), title.clone(), content.clone()];
                    self.suggestions.insert(
                        *proposal,
                        Suggestion::new(*proposal, sponsors, texts, today),
                    );
                }
            }
            E::SuggestionsMerged { into, merged } => self.commit_merged(*into, merged),
            E::SuggestionsHandedOver {
                decision,
                proposals,
                unit,
                co_units,
            } => {
                for id in proposals {
                    if let Some(s) = self.suggestions.get_mut(id) {
                        let h = Handover {
                            decision: *decision,
                            unit: *unit,
                            co_units: co_units.clone(),
                            on: today,
                        };
                        s.handovers.push(h);
                        s.status = SuggestionStatus::HandedOver {};
                    }
                }
            }
            E::SuggestionReplied { .. } => self.commit_replied(ctx, event),
            E::SuggestionRated { .. } => self.commit_rated(ctx, event),
            _ => self.commit_note(ctx, event),
        }
    }

    /// The marks and notes units and the presidium add.
    fn commit_note(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        use ProposalEvent as E;
        let on = ctx.today;
        let note = |unit: &UnitId, deputy: Option<DeputyId>, text: &String| UnitNote {
            unit: *unit,
            deputy,
            on,
            text: text.clone(),
        };
        let mark = |text: &String| {
            Some(Marked {
                on,
                text: text.clone(),
            })
        };
        match event {
            E::MarkedComplex { proposal, reason } => {
                self.with(*proposal, |s| s.complex = mark(reason))
            }
            E::MarkedPriority { proposal, leader } => {
                self.with(*proposal, |s| s.priority = mark(leader))
            }
            E::ViewsSent {
                proposal,
                unit,
                views,
            } => {
                self.with(*proposal, |s| s.views.push(note(unit, None, views)));
            }
            E::ContactRecorded {
                proposal,
                unit,
                deputy,
                note: text,
            } => {
                self.with(*proposal, |s| {
                    s.contacts.push(note(unit, Some(*deputy), text))
                });
            }
            E::SuggestionReturned {
                proposal,
                unit,
                reason,
            } => self.with(*proposal, |s| {
                s.returns.push(note(unit, None, reason));
                s.status = SuggestionStatus::Filed {};
            }),
            E::FollowUpResolved { proposal, summary } => self.with(*proposal, |s| {
                let round = super::count(s.replies.len());
                s.follow_up = Some(FollowUp {
                    round,
                    on,
                    summary: summary.clone(),
                });
            }),
            _ => {}
        }
    }

    fn with(&mut self, proposal: ProposalId, f: impl FnOnce(&mut Suggestion)) {
        if let Some(s) = self.suggestions.get_mut(&proposal) {
            f(s);
        }
    }

    /// The kept suggestion takes every sponsor and the merged items; they join it.
    fn commit_merged(&mut self, into: ProposalId, merged: &BTreeSet<ProposalId>) {
        let mut signers = Vec::new();
        for id in merged {
            if let Some(s) = self.suggestions.get_mut(id) {
                signers.extend(s.sponsors.signers.iter().map(|(d, on)| (*d, *on)));
                s.status = SuggestionStatus::Merged { into };
            }
        }
        self.with(into, |s| {
            for (d, on) in signers {
                s.sponsors.signers.entry(d).or_insert(on);
            }
            s.merged.extend(merged.iter().copied());
        });
    }

    fn commit_replied(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        let ProposalEvent::SuggestionReplied {
            proposal,
            unit,
            round,
            class,
            reply,
        } = event
        else {
            return;
        };
        let standing = ctx
            .rules
            .suggestion_result_classes
            .value
            .get(class)
            .map_or(Standing::Explained, |c| c.standing);
        self.with(*proposal, |s| {
            let rehandling_since = match s.status {
                SuggestionStatus::Rehandling { since } => Some(since),
                _ => None,
            };
            s.replies.push(Reply {
                unit: *unit,
                round: *round,
                class: class.clone(),
                standing,
                reply: reply.clone(),
                on: ctx.today,
                rehandling_since,
            });
            s.status = SuggestionStatus::Replied {};
        });
    }

    /// An unsatisfied rating of a replied item starts a re-handling while rounds remain, and
    /// closes the item when none do.
    fn commit_rated(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        let ProposalEvent::SuggestionRated {
            proposal,
            deputy,
            round,
            rating,
        } = event
        else {
            return;
        };
        let rounds = ctx.rules.suggestion_rehandling_rounds.value;
        self.with(*proposal, |s| {
            s.ratings.push(RatingRecord {
                deputy: *deputy,
                round: *round,
                rating: *rating,
                on: ctx.today,
            });
            if *rating == Rating::Unsatisfied && s.status == (SuggestionStatus::Replied {}) {
                let used = super::count(s.replies.len()).saturating_sub(1);
                s.status = if used < rounds {
                    SuggestionStatus::Rehandling { since: ctx.today }
                } else {
                    SuggestionStatus::Closed { on: ctx.today }
                };
            }
        });
    }
}
