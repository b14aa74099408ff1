//! Who proposes (提出人): a body, or deputies signing jointly (联名), and the count of serving
//! signers on the day a proposal is lodged.
//!
//! A deputy drafts a joint proposal and signs it first (领衔); others sign it in person, once
//! each, while they serve; it is lodged when enough signers still serve on that day — a
//! signer whose mandate ended or was suspended before then is not counted. A body (the
//! presidium, the township government) proposes without signatures.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::{Act, Role};
use super::{Entry, ProposalError, Proposals};
use crate::actor::{Actor, Context};
use crate::ids::{DeputyId, ProposalId, SessionId};
use crate::roster::Roster;
use crate::rulebook::{Citation, count};

/// Who put a proposal forward (提出人).
#[doc(alias = "提出人")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Proposer {
    /// Deputies jointly (or one alone, for a suggestion), led by the one who drafted it (领衔人).
    Deputies {
        /// The deputy who drafted it and signed first.
        drafter: DeputyId,
    },
    /// The presidium (主席团).
    Presidium {},
    /// The township people's government (乡镇人民政府).
    Government {},
}

impl Proposer {
    /// The body behind an actor, when a body may propose this kind of proposal.
    pub(super) fn body(actor: &Actor, government_may: bool) -> Option<Self> {
        match actor {
            Actor::Presidium {} => Some(Self::Presidium {}),
            Actor::Government {} if government_may => Some(Self::Government {}),
            _ => None,
        }
    }

    /// Whether `actor` is this proposer (the drafter, for deputies).
    pub(super) fn is(&self, actor: &Actor) -> bool {
        match self {
            Self::Deputies { drafter } => actor.as_deputy() == Some(*drafter),
            Self::Presidium {} => *actor == Actor::Presidium {},
            Self::Government {} => *actor == Actor::Government {},
        }
    }
}

/// The proposer and the deputies who signed, with the day each signed (联名).
#[doc(alias = "联名")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Sponsors {
    /// Who proposes.
    pub proposer: Proposer,
    /// Deputies who signed, each once, with the day; the drafter first.
    pub signers: BTreeMap<DeputyId, NaiveDate>,
}

impl Sponsors {
    pub(super) fn new(proposer: Proposer, today: NaiveDate) -> Self {
        let signers = match proposer {
            Proposer::Deputies { drafter } => [(drafter, today)].into(),
            Proposer::Presidium {} | Proposer::Government {} => BTreeMap::new(),
        };
        Self { proposer, signers }
    }

    /// Whether deputies propose it (rather than a body).
    #[must_use]
    pub const fn by_deputies(&self) -> bool {
        matches!(self.proposer, Proposer::Deputies { .. })
    }

    /// Signers serving on `date`, in id order.
    #[must_use]
    pub fn serving_on(&self, roster: &Roster, date: NaiveDate) -> BTreeSet<DeputyId> {
        self.signers
            .keys()
            .filter(|d| roster.is_serving(**d, date))
            .copied()
            .collect()
    }

    /// Whether `deputy` signed.
    #[must_use]
    pub fn signed(&self, deputy: DeputyId) -> bool {
        self.signers.contains_key(&deputy)
    }
}

/// The lodging of a proposal (提出): when, in which session, the signers counted that day and
/// the count required.
#[doc(alias = "提出")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Submission {
    /// The day.
    pub on: NaiveDate,
    /// The session it was lodged in or for; for a suggestion, the session sitting that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionId>,
    /// Signers serving that day (empty for a body's proposal).
    pub signers: BTreeSet<DeputyId>,
    /// Signatures required that day (0 for a body's proposal).
    pub required: u32,
}

/// The deputy acting in person, serving today, or the refusal.
pub(super) fn serving_deputy(
    roster: &Roster,
    ctx: &Context<'_>,
    act: Act,
    citation: Citation,
) -> Result<DeputyId, ProposalError> {
    let deputy = ctx
        .actor
        .as_deputy()
        .ok_or_else(|| ProposalError::Forbidden {
            actor: ctx.actor.clone(),
            act,
            allowed: Role::Deputy,
            citation: citation.clone(),
        })?;
    if !roster.is_serving(deputy, ctx.today) {
        return Err(ProposalError::NotServing {
            deputy,
            on: ctx.today,
            citation,
        });
    }
    Ok(deputy)
}

/// The refusal of an actor who may not act.
pub(super) fn forbidden(
    ctx: &Context<'_>,
    act: Act,
    allowed: Role,
    citation: Citation,
) -> ProposalError {
    ProposalError::Forbidden {
        actor: ctx.actor.clone(),
        act,
        allowed,
        citation,
    }
}

/// A text that must not be blank.
pub(super) fn text(
    value: &str,
    field: super::TextField,
    citation: &Citation,
) -> Result<(), ProposalError> {
    if value.trim().is_empty() {
        return Err(ProposalError::EmptyText {
            field,
            citation: citation.clone(),
        });
    }
    Ok(())
}

/// Signing and lodging, common to every lifecycle.
impl Proposals {
    /// A serving deputy signs a draft of deputies, once (代表联名).
    pub(super) fn check_signed(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        proposal: ProposalId,
        deputy: DeputyId,
    ) -> Result<(), ProposalError> {
        let entry = self.entry(proposal)?;
        let citation = entry.right();
        if ctx.actor.as_deputy() != Some(deputy) {
            return Err(forbidden(ctx, Act::Sign, Role::Deputy, citation));
        }
        serving_deputy(roster, ctx, Act::Sign, citation.clone())?;
        entry.expect_draft(proposal, Act::Sign)?;
        if !entry.sponsors().by_deputies() {
            return Err(forbidden(ctx, Act::Sign, Role::Proposer, citation));
        }
        if entry.sponsors().signed(deputy) {
            return Err(ProposalError::AlreadySigned { proposal, deputy });
        }
        Ok(())
    }

    /// Who may lodge a draft: a signer or staff for deputies' proposals, the body for its own.
    pub(super) fn check_submitter(
        &self,
        ctx: &Context<'_>,
        entry: &Entry<'_>,
    ) -> Result<(), ProposalError> {
        let sponsors = entry.sponsors();
        let ok = match sponsors.proposer {
            Proposer::Deputies { .. } => {
                matches!(ctx.actor, Actor::Staff { .. })
                    || ctx.actor.as_deputy().is_some_and(|d| sponsors.signed(d))
            }
            Proposer::Presidium {} | Proposer::Government {} => sponsors.proposer.is(ctx.actor),
        };
        if ok {
            Ok(())
        } else {
            let role = if sponsors.by_deputies() {
                Role::SignerOrStaff
            } else {
                Role::LeadSponsor
            };
            Err(forbidden(ctx, Act::Submit, role, entry.right()))
        }
    }

    /// The submission a draft would make today: the serving signers and the count required
    /// (deputies' proposals), checked against the threshold.
    pub(super) fn submission(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        proposal: ProposalId,
        entry: &Entry<'_>,
        session: Option<SessionId>,
    ) -> Result<Submission, ProposalError> {
        let sponsors = entry.sponsors();
        if !sponsors.by_deputies() {
            return Ok(Submission {
                on: ctx.today,
                session,
                signers: BTreeSet::new(),
                required: 0,
            });
        }
        let signers = sponsors.serving_on(roster, ctx.today);
        let (needed, basis) = entry.signatures_required(roster, ctx.rules, ctx.today);
        let got = count(signers.len());
        if got < needed {
            return Err(ProposalError::TooFewSigners {
                proposal,
                needed,
                got,
                short: needed - got,
                basis,
            });
        }
        Ok(Submission {
            on: ctx.today,
            session,
            signers,
            required: needed,
        })
    }
}
