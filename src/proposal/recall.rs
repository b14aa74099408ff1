//! Recall of officers (罢免案): moved while the congress sits, by the presidium or a fifth of
//! the deputies, against the chair, a vice-chair, the township head or a deputy head; the
//! officer may defend themselves; the presidium puts it to the plenary; the tellers count a
//! secret ballot; a majority of all deputies recalls, and the post ends that day.
//!
//! | command | actor | from | to | rule |
//! | --- | --- | --- | --- | --- |
//! | [`DraftRecall`](super::ProposalCommand::DraftRecall) | a serving deputy (signs first), the presidium | — | draft | the officer holds the post that day; reasons stated, 组织法2022 第三十一条第三款 |
//! | [`Sign`](super::ProposalCommand::Sign) | a serving deputy, once | draft | draft | 组织法2022 第三十一条第二款 |
//! | [`Submit`](super::ProposalCommand::Submit) | a signer or staff; the presidium | draft | submitted | ≥ [`officer_recall_proposers`](crate::Rulebook) (1/5) of all deputies serving that day; only while the session sits; the officer still in post |
//! | [`RecordDefence`](super::ProposalCommand::RecordDefence) | the officer (a deputy), or staff | submitted, put to the vote | (defence) | at a presidium meeting, the plenary or in writing; the presidium circulates the first and the last, 组织法2022 第三十一条第四款 |
//! | [`PutRecallToVote`](super::ProposalCommand::PutRecallToVote) | the presidium | submitted | put to the vote | the session sitting, 组织法2022 第三十一条第二款 |
//! | [`CountRecallBallots`](super::ProposalCommand::CountRecallBallots) | staff (the tellers) | put to the vote | passed or failed (a void round stays put to the vote) | the quorum present, 组织法2022 第十四条第四款; > 1/2 of all deputies, [`officer_recall_adoption`](crate::Rulebook) (组织法2022 第二十五条; 重庆 实施办法 第十八条) |
//!
//! National law states no voting method for recalling officers; 重庆 实施办法 第十八条
//! prescribes a secret ballot. The engine records the tellers' count of ballots either way.
//!
//! # Events for others, and received
//!
//! A recall that passes entails [`RosterChange::OfficeVacated`] with
//! [`OfficeEnd::Recalled`] on the day of the count, in the same ledger entry. Recalls receive
//! nothing from other aggregates.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::bill::{open_session, presidium_only, proposer_of};
use super::error::{Act, Role, Stage, TextField};
use super::sponsors::{Proposer, Sponsors, forbidden, serving_deputy, text};
use super::{
    Below, Figure, ProposalCommand, ProposalError, ProposalEvent, ProposalKind, Proposals, RECALL,
    Submission, TELLERS, count, mismatch,
};
use crate::actor::{Actor, Context};
use crate::ids::{ProposalId, SessionId};
use crate::label::Label;
use crate::label::{InWords, Words};
use crate::roster::{OfficeEnd, Officeholder, Post, Roster, RosterChange};
use crate::rulebook::Citation;

/// Reasons must be stated (组织法2022 第三十一条第三款).
const REASONS: Citation = Citation::organic(31, Some(3));
/// The right of defence (组织法2022 第三十一条第四款).
const DEFENCE: Citation = Citation::organic(31, Some(4));

/// Where a recall target defends themselves (申辩方式).
#[doc(alias = "申辩方式")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DefenceForum {
    /// At a presidium meeting; the presidium circulates it (印发会议).
    PresidiumMeeting,
    /// At the plenary.
    Plenary,
    /// In writing; the presidium circulates it.
    Written,
}

impl DefenceForum {
    /// Whether the presidium circulates a defence made here (组织法2022 第三十一条第四款).
    #[must_use]
    pub const fn circulated(self) -> bool {
        !matches!(self, Self::Plenary)
    }
}

impl Label for DefenceForum {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::PresidiumMeeting => "在主席团会议上申辩",
            Self::Plenary => "在大会全体会议上申辩",
            Self::Written => "书面申辩",
        }
    }
}

/// A defence as recorded (申辩意见).
#[doc(alias = "申辩意见")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Defence {
    /// Where.
    pub forum: DefenceForum,
    /// What was said.
    pub summary: String,
    /// The day.
    pub on: NaiveDate,
    /// Whether the presidium circulates it.
    pub circulated: bool,
}

/// Where a recall motion stands (罢免案状态).
#[doc(alias = "罢免案状态")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RecallStatus {
    /// Collecting signatures.
    Draft {},
    /// Lodged with the presidium.
    Submitted {},
    /// Put to the plenary's vote.
    PutToVote {
        /// The day.
        on: NaiveDate,
    },
    /// The officer was recalled.
    Passed {
        /// The day.
        on: NaiveDate,
        /// Votes for.
        votes_for: u32,
        /// Votes needed.
        required: u32,
    },
    /// The motion failed.
    Failed {
        /// The day.
        on: NaiveDate,
        /// Votes for.
        votes_for: u32,
        /// Votes needed.
        required: u32,
    },
}

impl RecallStatus {
    /// The stage, for refusals.
    #[must_use]
    pub const fn stage(&self) -> Stage {
        match self {
            Self::Draft {} => Stage::Draft,
            Self::Submitted {} => Stage::Submitted,
            Self::PutToVote { .. } => Stage::PutToVote,
            Self::Passed { .. } => Stage::Passed,
            Self::Failed { .. } => Stage::Failed,
        }
    }
}

/// A motion to recall an officer (罢免案).
#[doc(alias = "罢免案")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Recall {
    /// Its id.
    pub id: ProposalId,
    /// Its session.
    pub session: SessionId,
    /// The post.
    pub post: Post,
    /// Its holder.
    pub holder: Officeholder,
    /// The reasons.
    pub reasons: String,
    /// Who moves it.
    pub sponsors: Sponsors,
    /// The day it was drafted.
    pub drafted_on: NaiveDate,
    /// Its lodging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<Submission>,
    /// The officer's defences.
    pub defences: Vec<Defence>,
    /// Rounds voided (more ballots returned than issued).
    pub voided_rounds: u32,
    /// Where it stands.
    pub status: RecallStatus,
}

impl Recall {
    fn illegal(&self, act: Act, citation: Citation) -> ProposalError {
        ProposalError::IllegalTransition {
            proposal: self.id,
            kind: ProposalKind::Recall,
            stage: self.status.stage(),
            act,
            citation,
        }
    }
}

/// The officer must hold the post on the day.
fn in_office(
    roster: &Roster,
    post: Post,
    holder: &Officeholder,
    on: NaiveDate,
) -> Result<(), ProposalError> {
    if roster.holders_at(post, on).contains(&holder) {
        return Ok(());
    }
    Err(ProposalError::NotInOffice {
        post,
        holder: holder.clone(),
        on,
        citation: RECALL,
    })
}

/// The session must sit on the day.
fn sitting(
    below: Below<'_>,
    ctx: &Context<'_>,
    session: SessionId,
    citation: Citation,
) -> Result<(), ProposalError> {
    if below.sitting() == Some(session) {
        return Ok(());
    }
    Err(ProposalError::NotInSession {
        session,
        on: ctx.today,
        citation,
    })
}

/// Lodged while its session sits, the officer still in post (组织法2022 第三十一条第二款).
pub(super) fn check_window(
    below: Below<'_>,
    ctx: &Context<'_>,
    r: &Recall,
) -> Result<(), ProposalError> {
    sitting(below, ctx, r.session, RECALL)?;
    in_office(below.roster, r.post, &r.holder, ctx.today)
}

/// Commands to events: the count derives its figures and outcome.
impl Proposals {
    pub(super) fn decide_recall(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        cmd: &ProposalCommand,
    ) -> Result<ProposalEvent, ProposalError> {
        use ProposalCommand as C;
        use ProposalEvent as E;
        Ok(match cmd.clone() {
            C::DraftRecall {
                proposal,
                session,
                post,
                holder,
                reasons,
            } => E::RecallDrafted {
                proposal,
                session,
                post,
                holder,
                reasons,
            },
            C::RecordDefence {
                proposal,
                forum,
                summary,
            } => E::DefenceRecorded {
                proposal,
                forum,
                summary,
                circulated: forum.circulated(),
            },
            C::PutRecallToVote { proposal } => E::RecallPutToVote { proposal },
            C::CountRecallBallots {
                proposal,
                ballots_returned,
                votes_for,
                votes_against,
                abstentions,
            } => {
                let r = self.find_recall(proposal)?;
                let issued = ballots_issued(below, ctx, r.session);
                if ballots_returned > issued {
                    E::RecallRoundVoided {
                        proposal,
                        ballots_issued: issued,
                        ballots_returned,
                    }
                } else {
                    let all_deputies = below.roster.all_deputies_count(ctx.rules, ctx.today);
                    let required = ctx
                        .rules
                        .officer_recall_adoption
                        .value
                        .required(all_deputies);
                    E::RecallCounted {
                        proposal,
                        ballots_issued: issued,
                        ballots_returned,
                        votes_for,
                        votes_against,
                        abstentions,
                        all_deputies,
                        required,
                        passed: votes_for >= required,
                    }
                }
            }
            _ => return Err(ProposalError::NotAnEffect { event: "recall" }),
        })
    }
}

/// Ballots issued: the deputies present and serving at the session that day.
fn ballots_issued(below: Below<'_>, ctx: &Context<'_>, session: SessionId) -> u32 {
    below
        .sessions
        .get(session)
        .map_or(0, |s| count(s.present_at(below.roster, ctx.today).len()))
}

/// One check per recall event.
impl Proposals {
    pub(super) fn check_recall(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        event: &ProposalEvent,
    ) -> Result<(), ProposalError> {
        use ProposalEvent as E;
        match event {
            E::RecallDrafted {
                proposal,
                session,
                post,
                holder,
                reasons,
            } => {
                if Proposer::body(ctx.actor, false).is_none() {
                    serving_deputy(below.roster, ctx, Act::Draft, RECALL)?;
                }
                self.check_new(*proposal)?;
                open_session(below.sessions, *session)?;
                in_office(below.roster, *post, holder, ctx.today)?;
                text(reasons, TextField::Reasons, &REASONS)
            }
            E::DefenceRecorded {
                proposal,
                forum,
                summary,
                circulated,
            } => {
                self.check_defence(ctx, *proposal, summary)?;
                mismatch(Figure::Circulated, circulated, &forum.circulated())
            }
            E::RecallPutToVote { proposal } => {
                presidium_only(ctx, Act::PutToVote, RECALL)?;
                let r = self.find_recall(*proposal)?;
                if r.status != (RecallStatus::Submitted {}) {
                    return Err(r.illegal(Act::PutToVote, RECALL));
                }
                check_window(below, ctx, r)
            }
            E::RecallCounted { .. } | E::RecallRoundVoided { .. } => {
                self.check_count(below, ctx, event)
            }
            _ => Ok(()),
        }
    }

    /// The officer (a deputy, in person) or staff record the defence while the motion is
    /// pending (组织法2022 第三十一条第四款).
    fn check_defence(
        &self,
        ctx: &Context<'_>,
        proposal: ProposalId,
        summary: &str,
    ) -> Result<(), ProposalError> {
        let r = self.find_recall(proposal)?;
        let own = r
            .holder
            .deputy()
            .is_some_and(|d| ctx.actor.as_deputy() == Some(d));
        if !own && !matches!(ctx.actor, Actor::Staff { .. }) {
            return Err(forbidden(ctx, Act::Defend, Role::TargetOrStaff, DEFENCE));
        }
        if !matches!(
            r.status,
            RecallStatus::Submitted {} | RecallStatus::PutToVote { .. }
        ) {
            return Err(r.illegal(Act::Defend, DEFENCE));
        }
        text(summary, TextField::Summary, &DEFENCE)
    }

    /// The tellers' count at the sitting session with its quorum present; the figures and the
    /// outcome must be the ones the count gives.
    fn check_count(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        event: &ProposalEvent,
    ) -> Result<(), ProposalError> {
        let (ProposalEvent::RecallCounted {
            proposal,
            ballots_issued: issued,
            ..
        }
        | ProposalEvent::RecallRoundVoided {
            proposal,
            ballots_issued: issued,
            ..
        }) = event
        else {
            return Ok(());
        };
        if !matches!(ctx.actor, Actor::Staff { .. }) {
            return Err(forbidden(ctx, Act::Count, Role::Staff, TELLERS));
        }
        let r = self.find_recall(*proposal)?;
        if !matches!(r.status, RecallStatus::PutToVote { .. }) {
            return Err(r.illegal(Act::Count, RECALL));
        }
        sitting(below, ctx, r.session, RECALL)?;
        mismatch(
            Figure::Count,
            issued,
            &ballots_issued(below, ctx, r.session),
        )?;
        match event {
            ProposalEvent::RecallRoundVoided {
                ballots_returned, ..
            } if *ballots_returned <= *issued => Err(ProposalError::NotVoid {
                issued: *issued,
                returned: *ballots_returned,
            }),
            ProposalEvent::RecallCounted { .. } => self.check_tally(below, ctx, event),
            _ => Ok(()),
        }
    }

    fn check_tally(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        event: &ProposalEvent,
    ) -> Result<(), ProposalError> {
        let ProposalEvent::RecallCounted {
            ballots_issued,
            ballots_returned,
            votes_for,
            votes_against,
            abstentions,
            all_deputies,
            required,
            passed,
            ..
        } = event
        else {
            return Ok(());
        };
        let present = *ballots_issued;
        let all = below.roster.all_deputies_count(ctx.rules, ctx.today);
        let needed = ctx.rules.session_quorum.value.required(all);
        if present < needed {
            return Err(ProposalError::QuorumNotMet {
                needed,
                present,
                all_deputies: all,
                short: needed - present,
                citation: ctx.rules.session_quorum.citation.clone(),
            });
        }
        if *ballots_returned > present {
            return Err(ProposalError::Mismatch {
                what: Figure::Count,
                recorded: Box::new(Words::same(ballots_returned)),
                computed: Box::new(Words::new(
                    format!("at most {present}"),
                    format!("至多{present}"),
                )),
            });
        }
        let marked = votes_for
            .saturating_add(*votes_against)
            .saturating_add(*abstentions);
        if marked != *ballots_returned {
            return Err(ProposalError::BallotsDoNotAddUp {
                returned: *ballots_returned,
                marked,
            });
        }
        let want = ctx.rules.officer_recall_adoption.value.required(all);
        mismatch(
            Figure::Count,
            &Outcome {
                all_deputies: *all_deputies,
                required: *required,
                passed: *passed,
            },
            &Outcome {
                all_deputies: all,
                required: want,
                passed: *votes_for >= want,
            },
        )
    }

    /// A recall that passed vacates the post that day.
    pub(super) fn recall_effects(
        &self,
        ctx: &Context<'_>,
        proposal: ProposalId,
    ) -> Vec<RosterChange> {
        self.recalls
            .get(&proposal)
            .map(|r| RosterChange::OfficeVacated {
                post: r.post,
                holder: r.holder.clone(),
                on: ctx.today,
                reason: OfficeEnd::Recalled,
            })
            .into_iter()
            .collect()
    }
}

/// Commits.
impl Proposals {
    pub(super) fn commit_recall(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        use ProposalEvent as E;
        let on = ctx.today;
        match event {
            E::RecallDrafted {
                proposal,
                session,
                post,
                holder,
                reasons,
            } => {
                let Some(proposer) = proposer_of(ctx.actor, false) else {
                    return;
                };
                let r = Recall {
                    id: *proposal,
                    session: *session,
                    post: *post,
                    holder: holder.clone(),
                    reasons: reasons.clone(),
                    sponsors: Sponsors::new(proposer, on),
                    drafted_on: on,
                    submission: None,
                    defences: Vec::new(),
                    voided_rounds: 0,
                    status: RecallStatus::Draft {},
                };
                self.recalls.insert(*proposal, r);
            }
            E::DefenceRecorded {
                proposal,
                forum,
                summary,
                circulated,
            } => self.with_recall(*proposal, |r| {
                r.defences.push(Defence {
                    forum: *forum,
                    summary: summary.clone(),
                    on,
                    circulated: *circulated,
                });
            }),
            E::RecallPutToVote { proposal } => {
                self.with_recall(*proposal, |r| r.status = RecallStatus::PutToVote { on })
            }
            E::RecallRoundVoided { proposal, .. } => {
                self.with_recall(*proposal, |r| {
                    r.voided_rounds = r.voided_rounds.saturating_add(1)
                });
            }
            E::RecallCounted {
                proposal,
                votes_for,
                required,
                passed,
                ..
            } => self.with_recall(*proposal, |r| {
                let (votes_for, required) = (*votes_for, *required);
                r.status = if *passed {
                    RecallStatus::Passed {
                        on,
                        votes_for,
                        required,
                    }
                } else {
                    RecallStatus::Failed {
                        on,
                        votes_for,
                        required,
                    }
                };
            }),
            _ => {}
        }
    }

    fn with_recall(&mut self, proposal: ProposalId, f: impl FnOnce(&mut Recall)) {
        if let Some(r) = self.recalls.get_mut(&proposal) {
            f(r);
        }
    }
}

/// The outcome a recall count records: all deputies, the votes required, and whether it
/// passed.
#[derive(PartialEq, Eq)]
struct Outcome {
    all_deputies: u32,
    required: u32,
    passed: bool,
}

impl InWords for Outcome {
    fn words(&self) -> Words {
        let (en, zh) = if self.passed {
            ("adopted", "通过")
        } else {
            ("not adopted", "未通过")
        };
        Words::new(
            format!(
                "{} needed of {} deputies: {en}",
                self.required, self.all_deputies
            ),
            format!(
                "全体代表{}名，须{}票，{zh}",
                self.all_deputies, self.required
            ),
        )
    }
}
