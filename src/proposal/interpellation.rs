//! Interpellations (质询案): ten or more deputies, in writing, while the congress sits; the
//! presidium decides how the body questioned answers; the signers say whether the answer
//! satisfies them, and when half or more do not, the body answers again.
//!
//! | command | actor | from | to | rule |
//! | --- | --- | --- | --- | --- |
//! | [`DraftInterpellation`](super::ProposalCommand::DraftInterpellation) | a serving deputy (signs first) | — | draft | target, question and content stated, 代表法2025 第二十条第四款; the township government, or one of its units where [`interpellation_unit_targets`](crate::Rulebook) (重庆 第十八条) |
//! | [`Sign`](super::ProposalCommand::Sign) | a serving deputy, once | draft | draft | 组织法2022 第二十四条第一款 |
//! | [`Submit`](super::ProposalCommand::Submit) | a signer or staff | draft | submitted | ≥ [`interpellation_signers_min`](crate::Rulebook) (10) signers serving that day, or the share of [`interpellation_small_congress`](crate::Rulebook) (北京 第十二条); only while the session sits, 组织法2022 第二十四条第一款 |
//! | presidium decision [`DecideInterpellationAnswer`](crate::presidium::PresidiumDecision::DecideInterpellationAnswer) | the presidium, at a meeting | submitted | awaiting its answer | oral at a presidium meeting or a plenary, or written, 组织法2022 第二十四条第二款 |
//! | [`AnswerInterpellation`](super::ProposalCommand::AnswerInterpellation) | the body questioned, its head answering in person or signing | awaiting its answer, or a second answer | answered | 组织法2022 第二十四条第三款; while the session sits, or within [`interpellation_deferred_answer_months`](crate::Rulebook) of its close (北京 3, 重庆 2) |
//! | [`RateAnswer`](super::ProposalCommand::RateAnswer) | a signer counted at submission, still serving, once per answer, until the next answer | answered (or a second answer due, or unresolved) | answered; a second answer due once half or more are unsatisfied; unresolved after the second | 半数以上, 代表法2025 第二十条第五款 |
//! | [`WithdrawInterpellation`](super::ProposalCommand::WithdrawInterpellation) | the lead signer | draft, submitted, awaiting its answer | withdrawn | before the answer |
//!
//! After a second answer that half or more of the signers still find unsatisfactory, national
//! law says no more (重庆 实施办法 第十六条第二款 lets the presidium have the chair follow up);
//! the deputies' further routes are a bill or a recall motion.
//!
//! # Events for others, and received
//!
//! Interpellations emit nothing for the aggregates below. They receive
//! [`AnswerModeDecided`](super::ProposalEvent::AnswerModeDecided) from the presidium's decision.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::bill::open_session;
use super::error::{Act, Role, Stage, TextField};
use super::sponsors::{Proposer, Sponsors, forbidden, serving_deputy, text};
use super::{
    Below, Figure, INTERPELLATION, ProposalCommand, ProposalError, ProposalEvent, ProposalKind,
    Proposals, Submission, count, mismatch,
};
use crate::actor::{Actor, Context};
use crate::ids::{DecisionId, DeputyId, ProposalId, SessionId, UnitId};
use crate::label::Label;
use crate::presidium::AnswerMode;
use crate::rulebook::{Basis, Citation, RuleField, Rulebook, add_months};
use crate::session::Phase;

/// What an interpellation states (代表法2025 第二十条第四款).
const CONTENT: Citation = Citation::deputies(20, Some(4));
/// Township deputies interpellate the township government (代表法2025 第二十条第三款).
const TOWNSHIP: Citation = Citation::deputies(20, Some(3));
/// The presidium decides the answer mode (组织法2022 第二十四条第二款).
const MODE: Citation = Citation::organic(24, Some(2));
/// The head answers in person or signs (组织法2022 第二十四条第三款).
const BY_HEAD: Citation = Citation::organic(24, Some(3));
/// Unsatisfied signers may require a second answer (代表法2025 第二十条第五款).
const REANSWER: Citation = Citation::deputies(20, Some(5));

/// The body an interpellation questions (质询对象).
#[doc(alias = "质询对象")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// The township people's government.
    Government {},
    /// One of its working departments, where the rulebook allows (重庆 第十八条).
    Unit {
        /// The unit, registered in the roster.
        unit: UnitId,
    },
}

impl Target {
    /// Whether `actor` is this body.
    #[must_use]
    pub fn is(&self, actor: &Actor) -> bool {
        match self {
            Self::Government {} => *actor == Actor::Government {},
            Self::Unit { unit } => *actor == Actor::Unit { unit: *unit },
        }
    }
}

impl Label for Target {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Government {} => "乡镇人民政府",
            Self::Unit { .. } => "政府所属工作部门",
        }
    }
}

/// Where an interpellation stands (质询案状态).
#[doc(alias = "质询案状态")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InterpellationStatus {
    /// Collecting signatures.
    Draft {},
    /// Lodged, awaiting the presidium's decision on the answer mode.
    Submitted {},
    /// The mode decided, awaiting the answer.
    ModeDecided {},
    /// Answered; the signers may say whether it satisfies them.
    Answered {},
    /// Half or more of the signers were unsatisfied: a second answer is due.
    SecondAnswerDue {},
    /// Half or more were unsatisfied with the second answer too.
    Unresolved {},
    /// Withdrawn before the answer.
    Withdrawn {
        /// The day.
        on: NaiveDate,
    },
}

impl InterpellationStatus {
    /// The stage, for refusals.
    #[must_use]
    pub const fn stage(&self) -> Stage {
        match self {
            Self::Draft {} => Stage::Draft,
            Self::Submitted {} => Stage::Submitted,
            Self::ModeDecided {} => Stage::ModeDecided,
            Self::Answered {} => Stage::Answered,
            Self::SecondAnswerDue {} => Stage::SecondAnswerDue,
            Self::Unresolved {} => Stage::Unresolved,
            Self::Withdrawn { .. } => Stage::Withdrawn,
        }
    }
}

/// An answer (答复).
#[doc(alias = "质询答复")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Answer {
    /// 1, or 2 for the second answer.
    pub round: u32,
    /// The head who answered in person, or signed.
    pub head: String,
    /// The answer.
    pub answer: String,
    /// The day.
    pub on: NaiveDate,
}

/// A signer's view of an answer (对答复的意见).
#[doc(alias = "对答复的意见")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct AnswerRating {
    /// The signer.
    pub deputy: DeputyId,
    /// The answer's round.
    pub round: u32,
    /// Satisfied or not.
    pub satisfied: bool,
    /// The day.
    pub on: NaiveDate,
}

/// The presidium's decision on the answer mode (答复方式决定).
#[doc(alias = "答复方式决定")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ModeDecision {
    /// The decision.
    pub decision: DecisionId,
    /// The mode.
    pub mode: AnswerMode,
    /// The day.
    pub on: NaiveDate,
}

/// An interpellation (质询案).
#[doc(alias = "质询案")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Interpellation {
    /// Its id.
    pub id: ProposalId,
    /// Its session.
    pub session: SessionId,
    /// The body questioned.
    pub target: Target,
    /// The question.
    pub question: String,
    /// Its content.
    pub content: String,
    /// The lead signer and every signer.
    pub sponsors: Sponsors,
    /// The day it was drafted.
    pub drafted_on: NaiveDate,
    /// Its lodging: the signers counted are the interpellating deputies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<Submission>,
    /// The presidium's decision on the answer mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ModeDecision>,
    /// The answers, at most two.
    pub answers: Vec<Answer>,
    /// The signers' views.
    pub ratings: Vec<AnswerRating>,
    /// Where it stands.
    pub status: InterpellationStatus,
}

impl Interpellation {
    /// The interpellating deputies: the signers counted at submission.
    #[must_use]
    pub fn interpellators(&self) -> std::collections::BTreeSet<DeputyId> {
        self.submission
            .as_ref()
            .map(|s| s.signers.clone())
            .unwrap_or_default()
    }

    /// Signers unsatisfied with the answer of `round`.
    #[must_use]
    pub fn unsatisfied(&self, round: u32) -> u32 {
        count(
            self.ratings
                .iter()
                .filter(|r| r.round == round && !r.satisfied)
                .count(),
        )
    }

    fn illegal(&self, act: Act, citation: Citation) -> ProposalError {
        ProposalError::IllegalTransition {
            proposal: self.id,
            kind: ProposalKind::Interpellation,
            stage: self.status.stage(),
            act,
            citation,
        }
    }
}

/// Signatures an interpellation needs where there are `all` deputies, and the rule: the usual
/// count, or the small-congress share where it is lower.
pub(super) fn signatures_required(rules: &Rulebook, all: u32) -> (u32, Basis) {
    let usual = rules.interpellation_signers_min.value;
    match rules.interpellation_small_congress.value {
        Some(small) if all <= small.deputies_at_most && small.share.required(all) < usual => (
            small.share.required(all),
            rules.basis(RuleField::InterpellationSmallCongress),
        ),
        _ => (usual, rules.basis(RuleField::InterpellationSignersMin)),
    }
}

/// Lodged only while its session sits (组织法2022 第二十四条第一款).
pub(super) fn check_window(
    below: Below<'_>,
    ctx: &Context<'_>,
    i: &Interpellation,
) -> Result<(), ProposalError> {
    match below.sessions.get(i.session).map(|s| s.phase) {
        Some(Phase::Sitting { .. }) => Ok(()),
        _ => Err(ProposalError::NotInSession {
            session: i.session,
            on: ctx.today,
            citation: INTERPELLATION,
        }),
    }
}

/// Commands to events.
impl Proposals {
    pub(super) fn decide_interpellation(
        &self,
        ctx: &Context<'_>,
        cmd: &ProposalCommand,
    ) -> Result<ProposalEvent, ProposalError> {
        use ProposalCommand as C;
        use ProposalEvent as E;
        Ok(match cmd.clone() {
            C::DraftInterpellation {
                proposal,
                session,
                target,
                question,
                content,
            } => E::InterpellationDrafted {
                proposal,
                session,
                target,
                question,
                content,
            },
            C::AnswerInterpellation {
                proposal,
                head,
                answer,
            } => E::InterpellationAnswered {
                proposal,
                round: count(self.find_interpellation(proposal)?.answers.len()).saturating_add(1),
                head,
                answer,
            },
            C::RateAnswer {
                proposal,
                satisfied,
            } => E::AnswerRated {
                proposal,
                deputy: ctx
                    .actor
                    .as_deputy()
                    .ok_or_else(|| forbidden(ctx, Act::RateAnswer, Role::Signer, REANSWER))?,
                round: count(self.find_interpellation(proposal)?.answers.len()),
                satisfied,
            },
            C::WithdrawInterpellation { proposal } => E::InterpellationWithdrawn { proposal },
            _ => {
                return Err(ProposalError::NotAnEffect {
                    event: "interpellation",
                });
            }
        })
    }
}

/// One check per interpellation event.
impl Proposals {
    pub(super) fn check_interpellation(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        event: &ProposalEvent,
    ) -> Result<(), ProposalError> {
        use ProposalEvent as E;
        match event {
            E::InterpellationDrafted {
                proposal,
                session,
                target,
                question,
                content,
            } => {
                self.check_interpellation_drafted(below, ctx, (*proposal, *session), target)?;
                text(question, TextField::Question, &CONTENT)?;
                text(content, TextField::Content, &CONTENT)
            }
            E::InterpellationAnswered {
                proposal,
                round,
                head,
                answer,
            } => {
                self.check_answered(below, ctx, *proposal, *round)?;
                text(head, TextField::Responsible, &BY_HEAD)?;
                text(answer, TextField::Answer, &BY_HEAD)
            }
            E::AnswerRated {
                proposal,
                deputy,
                round,
                ..
            } => self.check_answer_rated(below, ctx, *proposal, *deputy, *round),
            E::InterpellationWithdrawn { proposal } => {
                let i = self.find_interpellation(*proposal)?;
                if !i.sponsors.proposer.is(ctx.actor) {
                    return Err(forbidden(
                        ctx,
                        Act::Withdraw,
                        Role::LeadSponsor,
                        INTERPELLATION,
                    ));
                }
                let before_answer = matches!(
                    i.status,
                    InterpellationStatus::Draft {}
                        | InterpellationStatus::Submitted {}
                        | InterpellationStatus::ModeDecided {}
                );
                if before_answer {
                    Ok(())
                } else {
                    Err(i.illegal(Act::Withdraw, INTERPELLATION))
                }
            }
            _ => Ok(()),
        }
    }

    /// A serving deputy drafts for a session not yet closed, addressed to the government or,
    /// where the rulebook allows, one of its registered units.
    fn check_interpellation_drafted(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        (proposal, session): (ProposalId, SessionId),
        target: &Target,
    ) -> Result<(), ProposalError> {
        serving_deputy(below.roster, ctx, Act::Draft, INTERPELLATION)?;
        self.check_new(proposal)?;
        open_session(below.sessions, session)?;
        if let Target::Unit { unit } = target {
            if !ctx.rules.interpellation_unit_targets.value {
                return Err(ProposalError::UnitTargetNotAllowed {
                    unit: *unit,
                    basis: ctx.rules.basis(RuleField::InterpellationUnitTargets),
                });
            }
            if below.roster.unit(*unit).is_none() {
                return Err(ProposalError::UnknownUnit {
                    unit: *unit,
                    citation: TOWNSHIP,
                });
            }
        }
        Ok(())
    }

    /// The body questioned answers once the mode is decided, while the session sits or
    /// within the rulebook's deferral after it closes.
    fn check_answered(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposal: ProposalId,
        round: u32,
    ) -> Result<(), ProposalError> {
        let i = self.find_interpellation(proposal)?;
        if !i.target.is(ctx.actor) {
            return Err(forbidden(ctx, Act::Answer, Role::TargetBody, BY_HEAD));
        }
        let due = matches!(
            i.status,
            InterpellationStatus::ModeDecided {} | InterpellationStatus::SecondAnswerDue {}
        );
        if !due {
            return Err(i.illegal(Act::Answer, MODE));
        }
        mismatch(
            Figure::Round,
            &round,
            &count(i.answers.len()).saturating_add(1),
        )?;
        let phase = below.sessions.get(i.session).map(|s| s.phase);
        if let Some(Phase::Closed { closed_on, .. }) = phase {
            let months = ctx.rules.interpellation_deferred_answer_months.value;
            let last_day = months.and_then(|m| add_months(closed_on, m));
            if last_day.is_none_or(|last| ctx.today > last) {
                return Err(ProposalError::AnswerAfterSession {
                    proposal,
                    session: i.session,
                    closed_on,
                    last_day,
                    basis: ctx
                        .rules
                        .basis(RuleField::InterpellationDeferredAnswerMonths),
                });
            }
        }
        Ok(())
    }

    /// Only an interpellating deputy still serving says, once, whether the latest answer
    /// satisfies them.
    fn check_answer_rated(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposal: ProposalId,
        deputy: DeputyId,
        round: u32,
    ) -> Result<(), ProposalError> {
        let i = self.find_interpellation(proposal)?;
        if ctx.actor.as_deputy() != Some(deputy) || !i.interpellators().contains(&deputy) {
            return Err(forbidden(ctx, Act::RateAnswer, Role::Signer, REANSWER));
        }
        serving_deputy(below.roster, ctx, Act::RateAnswer, REANSWER)?;
        let rated = matches!(
            i.status,
            InterpellationStatus::Answered {}
                | InterpellationStatus::SecondAnswerDue {}
                | InterpellationStatus::Unresolved {}
        );
        if !rated {
            return Err(i.illegal(Act::RateAnswer, REANSWER));
        }
        mismatch(Figure::Round, &round, &count(i.answers.len()))?;
        if i.ratings
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
}

/// The presidium's answer-mode decision, as the ledger derives it.
impl Proposals {
    /// A mode motion names an interpellation lodged and not yet decided, its session open.
    pub(super) fn check_mode_motion(
        &self,
        below: Below<'_>,
        id: ProposalId,
    ) -> Result<(), ProposalError> {
        self.check_mode_effect(id)?;
        open_session(below.sessions, self.find_interpellation(id)?.session)
    }

    pub(super) fn check_mode_effect(&self, id: ProposalId) -> Result<(), ProposalError> {
        let i = self.find_interpellation(id)?;
        if i.status != (InterpellationStatus::Submitted {}) {
            return Err(i.illegal(Act::DecideAnswerMode, MODE));
        }
        Ok(())
    }

    pub(super) fn mode_effects(
        &self,
        decision: DecisionId,
        proposal: ProposalId,
        mode: AnswerMode,
    ) -> Vec<ProposalEvent> {
        match self.interpellations.get(&proposal) {
            Some(i) if i.status == (InterpellationStatus::Submitted {}) => {
                vec![ProposalEvent::AnswerModeDecided {
                    proposal,
                    decision,
                    mode,
                }]
            }
            _ => Vec::new(),
        }
    }
}

/// Commits.
impl Proposals {
    pub(super) fn commit_interpellation(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        use ProposalEvent as E;
        let on = ctx.today;
        match event {
            E::InterpellationDrafted { .. } => self.commit_interpellation_drafted(ctx, event),
            E::AnswerModeDecided {
                proposal,
                decision,
                mode,
            } => self.with_interpellation(*proposal, |i| {
                i.mode = Some(ModeDecision {
                    decision: *decision,
                    mode: *mode,
                    on,
                });
                i.status = InterpellationStatus::ModeDecided {};
            }),
            E::InterpellationAnswered {
                proposal,
                round,
                head,
                answer,
            } => self.with_interpellation(*proposal, |i| {
                i.answers.push(Answer {
                    round: *round,
                    head: head.clone(),
                    answer: answer.clone(),
                    on,
                });
                i.status = InterpellationStatus::Answered {};
            }),
            E::AnswerRated {
                proposal,
                deputy,
                round,
                satisfied,
            } => {
                let reanswer = ctx.rules.interpellation_reanswer.value;
                self.with_interpellation(*proposal, |i| {
                    i.ratings.push(AnswerRating {
                        deputy: *deputy,
                        round: *round,
                        satisfied: *satisfied,
                        on,
                    });
                    let signers = count(i.interpellators().len());
                    let answered = i.status == (InterpellationStatus::Answered {});
                    if answered && reanswer.is_met(i.unsatisfied(*round), signers) {
                        i.status = if *round < 2 {
                            InterpellationStatus::SecondAnswerDue {}
                        } else {
                            InterpellationStatus::Unresolved {}
                        };
                    }
                });
            }
            E::InterpellationWithdrawn { proposal } => self.with_interpellation(*proposal, |i| {
                i.status = InterpellationStatus::Withdrawn { on };
            }),
            _ => {}
        }
    }

    fn commit_interpellation_drafted(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        let ProposalEvent::InterpellationDrafted {
            proposal,
            session,
            target,
            question,
            content,
        } = event
        else {
            return;
        };
        let Some(drafter) = ctx.actor.as_deputy() else {
            return;
        };
        let i = Interpellation {
            id: *proposal,
            session: *session,
            target: *target,
            question: question.clone(),
            content: content.clone(),
            sponsors: Sponsors::new(Proposer::Deputies { drafter }, ctx.today),
            drafted_on: ctx.today,
            submission: None,
            mode: None,
            answers: Vec::new(),
            ratings: Vec::new(),
            status: InterpellationStatus::Draft {},
        };
        self.interpellations.insert(*proposal, i);
    }

    fn with_interpellation(&mut self, proposal: ProposalId, f: impl FnOnce(&mut Interpellation)) {
        if let Some(i) = self.interpellations.get_mut(&proposal) {
            f(i);
        }
    }
}
