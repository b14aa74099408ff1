//! Bills (议案): lodged while the congress is in session, listed or not by the presidium,
//! deliberated and voted through the session, adopted as a resolution whose implementation is
//! reported at a later session.
//!
//! | command | actor | from | to | rule |
//! | --- | --- | --- | --- | --- |
//! | [`DraftBill`](super::ProposalCommand::DraftBill) | a serving deputy (signs first), the presidium, the government | — | draft | 组织法2022 第二十二条第一、二款; 案由、案据、方案 not blank, 代表法2025 第十五条第一款; a [`Power`] of 组织法2022 第十二条 |
//! | [`Sign`](super::ProposalCommand::Sign) | a serving deputy, once | draft | draft | 组织法2022 第二十二条第二款 |
//! | [`Submit`](super::ProposalCommand::Submit) | a signer or staff; the proposing body | draft | submitted | ≥ [`bill_sponsors_min`](crate::Rulebook) (5) signers serving that day; the session sitting, or convened where [`bill_filing_before_opening`](crate::Rulebook) allows (重庆 第十四条第四款); before the presidium's deadline |
//! | [`SetBillDeadline`](super::ProposalCommand::SetBillDeadline) | the presidium | — | — | 组织法2022 第二十二条第二款 (山东 第九条) |
//! | presidium decision [`DecideBillListing`](crate::presidium::PresidiumDecision::DecideBillListing) | the presidium, at a meeting | submitted | listed, or not listed (a deputies' bill becomes a suggestion where [`unlisted_bill_becomes_suggestion`](crate::Rulebook), 重庆 第十四条第二款) | 组织法2022 第二十二条第一、二款 |
//! | [`RequestBillWithdrawal`](super::ProposalCommand::RequestBillWithdrawal) | the lead sponsor or the proposing body | submitted, listed | (request noted) | 组织法2022 第二十二条第三款 |
//! | [`ConsentToWithdrawal`](super::ProposalCommand::ConsentToWithdrawal) | the presidium | submitted, listed, before any vote is cast | withdrawn | 组织法2022 第二十二条第三款 |
//! | session [`PutItem`](crate::session::SessionCommand::PutItem) with [`Subject::Bill`] | the presidium | listed, for that session | (on the agenda) | 组织法2022 第二十二条 |
//! | session [`CloseVote`](crate::session::SessionCommand::CloseVote) | the presidium | listed | adopted, or rejected | > 1/2 of all deputies, 组织法2022 第二十五条 |
//! | [`ReportImplementation`](super::ProposalCommand::ReportImplementation) | the government | adopted | (reported) | at a later session (组织法2022 第六十九条) |
//!
//! While a bill is deliberated, deputies may put [inquiries](super::inquiry) to the organs
//! concerned (组织法2022 第二十三条).
//!
//! # Events for others, and received
//!
//! A bill emits nothing for the aggregates below. It receives, through the ledger's cause
//! table, [`BillListingDecided`](super::ProposalEvent::BillListingDecided) from the presidium's
//! decision and [`BillVoted`](super::ProposalEvent::BillVoted) from the session's vote; the
//! ledger asks it to check a bill put on the agenda and every vote cast on it (a withdrawn bill
//! cannot be voted on).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::{Act, Role, Stage, TextField};
use super::sponsors::{Proposer, Sponsors, forbidden, serving_deputy, text};
use super::{
    BILL_BODIES, BILL_DEPUTIES, Below, PRESIDES, ProposalCommand, ProposalError, ProposalEvent,
    ProposalKind, Proposals, Submission, Suggestion,
};
use crate::actor::{Actor, Context};
use crate::ids::{DecisionId, ItemId, ProposalId, SessionId};
use crate::label::Label;
use crate::rulebook::Citation;
use crate::session::{Phase, Sessions, Subject};

/// A bill must state its subject, grounds and proposal (代表法2025 第十五条第一款).
const CONTENT: Citation = Citation::deputies(15, Some(1));
/// Withdrawal before the vote, with the presidium's consent (组织法2022 第二十二条第三款).
const WITHDRAWAL: Citation = Citation::organic(22, Some(3));
/// The government reports to the congress (组织法2022 第六十九条).
const REPORTS: Citation = Citation::organic(69, None);

/// The congress's powers a bill may fall under (组织法2022 第十二条第一款), one per item.
#[doc(alias = "职权")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Power {
    /// 第一项: ensure the observance of the Constitution, laws and higher resolutions.
    EnsureObservance,
    /// 第二项: adopt and issue resolutions within its powers.
    Resolutions,
    /// 第三项: construction plans and projects of economic, cultural and public undertakings.
    ConstructionPlans,
    /// 第四项: the budget, its execution, adjustments and final accounts.
    Budget,
    /// 第五项: the civil-affairs implementation plan.
    CivilAffairs,
    /// 第六项: electing the chair and vice-chairs.
    ElectChair,
    /// 第七项: electing the township head and deputy heads.
    ElectHead,
    /// 第八项: the government's work report.
    GovernmentReport,
    /// 第九项: the presidium's work report.
    PresidiumReport,
    /// 第十项: annulling the government's inappropriate decisions and orders.
    AnnulGovernmentDecisions,
    /// 第十一项: property, public order and citizens' rights.
    PublicOrderAndRights,
    /// 第十二项: the lawful rights of economic organisations.
    EconomicOrganisations,
    /// 第十三项: the community of the Chinese nation and minorities' rights.
    MinorityRights,
    /// 第十四项: women's equal rights.
    WomensRights,
}

impl Power {
    /// Its item of 组织法2022 第十二条第一款.
    #[must_use]
    pub const fn citation(self) -> Citation {
        Citation::organic(12, Some(1)).with_item(self as u8 + 1)
    }
}

impl Label for Power {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::EnsureObservance => "保证宪法法律和上级决议的遵守和执行",
            Self::Resolutions => "在职权范围内通过和发布决议",
            Self::ConstructionPlans => "建设计划和项目",
            Self::Budget => "预算决算",
            Self::CivilAffairs => "民政工作实施计划",
            Self::ElectChair => "选举人大主席、副主席",
            Self::ElectHead => "选举乡镇长、副乡镇长",
            Self::GovernmentReport => "政府工作报告",
            Self::PresidiumReport => "主席团工作报告",
            Self::AnnulGovernmentDecisions => "撤销政府不适当的决定和命令",
            Self::PublicOrderAndRights => "保护财产、维护秩序、保障公民权利",
            Self::EconomicOrganisations => "保护经济组织的合法权益",
            Self::MinorityRights => "铸牢中华民族共同体意识，保障少数民族权利",
            Self::WomensRights => "保障妇女权利",
        }
    }
}

/// Where a bill stands (议案状态).
#[doc(alias = "议案状态")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BillStatus {
    /// Collecting signatures.
    Draft {},
    /// Lodged, awaiting the presidium's listing decision.
    Submitted {},
    /// Listed on the agenda.
    Listed {
        /// The decision.
        decision: DecisionId,
        /// The day.
        on: NaiveDate,
    },
    /// Not listed.
    NotListed {
        /// The decision.
        decision: DecisionId,
        /// The day.
        on: NaiveDate,
        /// Whether it became a suggestion (with the same id).
        became_suggestion: bool,
    },
    /// Withdrawn with the presidium's consent.
    Withdrawn {
        /// The day.
        on: NaiveDate,
    },
    /// Adopted: a resolution.
    Adopted {
        /// The agenda item.
        item: ItemId,
        /// The day.
        on: NaiveDate,
    },
    /// Voted down.
    Rejected {
        /// The agenda item.
        item: ItemId,
        /// The day.
        on: NaiveDate,
    },
}

impl BillStatus {
    /// The stage, for refusals.
    #[must_use]
    pub const fn stage(&self) -> Stage {
        match self {
            Self::Draft {} => Stage::Draft,
            Self::Submitted {} => Stage::Submitted,
            Self::Listed { .. } => Stage::Listed,
            Self::NotListed { .. } => Stage::NotListed,
            Self::Withdrawn { .. } => Stage::Withdrawn,
            Self::Adopted { .. } => Stage::Adopted,
            Self::Rejected { .. } => Stage::Rejected,
        }
    }
}

/// A resolution's implementation as reported (决议执行情况报告).
#[doc(alias = "决议执行情况报告")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ImplementationReport {
    /// The session it was reported to.
    pub session: SessionId,
    /// The day.
    pub on: NaiveDate,
    /// What was done.
    pub summary: String,
}

/// A bill (议案).
#[doc(alias = "议案")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Bill {
    /// Its id.
    pub id: ProposalId,
    /// The session it is for.
    pub session: SessionId,
    /// The power it falls under.
    pub power: Power,
    /// Title.
    pub title: String,
    /// 案由.
    pub subject: String,
    /// 案据.
    pub grounds: String,
    /// 方案.
    pub plan: String,
    /// Who proposes it, and the signatures.
    pub sponsors: Sponsors,
    /// The day it was drafted.
    pub drafted_on: NaiveDate,
    /// Its lodging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<Submission>,
    /// The day the lead sponsor asked to withdraw it, if they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawal_requested: Option<NaiveDate>,
    /// The implementation report, once made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implementation: Option<ImplementationReport>,
    /// Where it stands.
    pub status: BillStatus,
}

impl Bill {
    /// Whether it is listed and neither withdrawn nor voted.
    #[must_use]
    pub const fn is_listed(&self) -> bool {
        matches!(self.status, BillStatus::Listed { .. })
    }

    /// Whether it is a resolution whose implementation has not been reported yet
    /// (决议执行情况待报告).
    #[must_use]
    pub const fn awaits_implementation_report(&self) -> bool {
        matches!(self.status, BillStatus::Adopted { .. }) && self.implementation.is_none()
    }

    fn illegal(&self, act: Act, citation: Citation) -> ProposalError {
        ProposalError::IllegalTransition {
            proposal: self.id,
            kind: ProposalKind::Bill,
            stage: self.status.stage(),
            act,
            citation,
        }
    }
}

/// Queries.
impl Proposals {
    /// Adopted bills whose implementation is still to be reported at a later session, in id
    /// order (待报告执行情况的决议): an open obligation of the government.
    #[doc(alias = "决议执行情况")]
    pub fn resolutions_awaiting_report(&self) -> impl Iterator<Item = &Bill> {
        self.bills
            .values()
            .filter(|b| b.awaits_implementation_report())
    }
}

/// The bill an agenda item puts to the vote, if it is one.
pub(crate) fn bill_of_item(
    sessions: &Sessions,
    session: SessionId,
    item: ItemId,
) -> Option<ProposalId> {
    match sessions.get(session)?.items.get(&item)?.subject {
        Subject::Bill { proposal } => Some(proposal),
        _ => None,
    }
}

/// Commands to events: bills and inquiries carry what the command says.
pub(super) fn decide(
    ctx: &Context<'_>,
    cmd: &ProposalCommand,
) -> Result<ProposalEvent, ProposalError> {
    use ProposalCommand as C;
    use ProposalEvent as E;
    Ok(match cmd.clone() {
        C::DraftBill {
            proposal,
            session,
            power,
            title,
            subject,
            grounds,
            plan,
        } => E::BillDrafted {
            proposal,
            session,
            power,
            title,
            subject,
            grounds,
            plan,
        },
        C::SetBillDeadline { session, deadline } => E::BillDeadlineSet { session, deadline },
        C::RequestBillWithdrawal { proposal } => E::BillWithdrawalRequested { proposal },
        C::ConsentToWithdrawal { proposal } => E::BillWithdrawn { proposal },
        C::ReportImplementation {
            proposal,
            session,
            summary,
        } => E::ImplementationReported {
            proposal,
            session,
            summary,
        },
        C::AskInquiry {
            inquiry,
            session,
            item,
            organ,
            question,
        } => E::InquiryAsked {
            inquiry,
            session,
            item,
            deputy: ctx
                .actor
                .as_deputy()
                .ok_or_else(|| forbidden(ctx, Act::Ask, Role::Deputy, super::inquiry::INQUIRY))?,
            organ,
            question,
        },
        C::AnswerInquiry {
            inquiry,
            responder,
            answer,
        } => E::InquiryAnswered {
            inquiry,
            responder,
            answer,
        },
        _ => return Err(ProposalError::NotAnEffect { event: "bill" }),
    })
}

/// One check per bill event.
impl Proposals {
    pub(super) fn check_bill(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        event: &ProposalEvent,
    ) -> Result<(), ProposalError> {
        use ProposalEvent as E;
        match event {
            E::BillDrafted {
                proposal,
                session,
                title,
                subject,
                grounds,
                plan,
                ..
            } => self.check_bill_drafted(
                below,
                ctx,
                *proposal,
                *session,
                [title, subject, grounds, plan],
            ),
            E::BillDeadlineSet { session, deadline } => {
                presidium_only(ctx, Act::SetDeadline, BILL_DEPUTIES)?;
                open_session(below.sessions, *session)?;
                if *deadline < ctx.at {
                    return Err(ProposalError::DeadlineInPast {
                        session: *session,
                        deadline: *deadline,
                        at: ctx.at,
                    });
                }
                Ok(())
            }
            E::BillWithdrawalRequested { proposal } => {
                self.check_withdrawal_request(below, ctx, *proposal)
            }
            E::BillWithdrawn { proposal } => self.check_withdrawn(below, ctx, *proposal),
            E::ImplementationReported {
                proposal,
                session,
                summary,
            } => self.check_implementation(below, ctx, *proposal, *session, summary),
            _ => Ok(()),
        }
    }

    /// A serving deputy (who signs first) or a body drafts a bill for a session not yet
    /// closed, with its subject, grounds and proposal (代表法2025 第十五条第一款).
    fn check_bill_drafted(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposal: ProposalId,
        session: SessionId,
        texts: [&String; 4],
    ) -> Result<(), ProposalError> {
        if Proposer::body(ctx.actor, true).is_none() {
            serving_deputy(below.roster, ctx, Act::Draft, BILL_DEPUTIES)?;
        }
        self.check_new(proposal)?;
        open_session(below.sessions, session)?;
        let [title, subject, grounds, plan] = texts;
        text(title, TextField::Title, &CONTENT)?;
        text(subject, TextField::Subject, &CONTENT)?;
        text(grounds, TextField::Grounds, &CONTENT)?;
        text(plan, TextField::Plan, &CONTENT)
    }

    /// A bill is lodged while its session sits — or, where the rulebook allows, once the
    /// presidium has convened it — and before the presidium's deadline.
    pub(super) fn check_bill_window(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        bill: &Bill,
    ) -> Result<(), ProposalError> {
        let rule = if bill.sponsors.by_deputies() {
            BILL_DEPUTIES
        } else {
            BILL_BODIES
        };
        let s = below
            .sessions
            .get(bill.session)
            .ok_or(ProposalError::UnknownSession {
                session: bill.session,
            })?;
        let open = match s.phase {
            Phase::Sitting { .. } => true,
            Phase::Scheduled {} => ctx.rules.bill_filing_before_opening.value,
            Phase::Closed { .. } => false,
        };
        if !open {
            return Err(ProposalError::NotInSession {
                session: bill.session,
                on: ctx.today,
                citation: rule,
            });
        }
        match self.bill_deadlines.get(&bill.session) {
            Some(deadline) if ctx.at > *deadline => Err(ProposalError::PastBillDeadline {
                session: bill.session,
                deadline: *deadline,
                at: ctx.at,
                citation: rule,
            }),
            _ => Ok(()),
        }
    }

    /// The lead sponsor (or the proposing body) asks, before the bill is put to the vote.
    fn check_withdrawal_request(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposal: ProposalId,
    ) -> Result<(), ProposalError> {
        let bill = self.find_bill(proposal)?;
        if !bill.sponsors.proposer.is(ctx.actor) {
            return Err(forbidden(
                ctx,
                Act::RequestWithdrawal,
                Role::LeadSponsor,
                WITHDRAWAL,
            ));
        }
        self.withdrawable(below, bill, Act::RequestWithdrawal)?;
        if bill.withdrawal_requested.is_some() {
            return Err(bill.illegal(Act::RequestWithdrawal, WITHDRAWAL));
        }
        Ok(())
    }

    /// The presidium consents to a request, before any vote is cast on the bill
    /// (组织法2022 第二十二条第三款).
    fn check_withdrawn(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposal: ProposalId,
    ) -> Result<(), ProposalError> {
        presidium_only(ctx, Act::ConsentToWithdrawal, WITHDRAWAL)?;
        let bill = self.find_bill(proposal)?;
        self.withdrawable(below, bill, Act::ConsentToWithdrawal)?;
        if bill.withdrawal_requested.is_none() {
            return Err(ProposalError::WithdrawalNotRequested {
                proposal,
                citation: WITHDRAWAL,
            });
        }
        Ok(())
    }

    /// Submitted or listed, no presidium motion on it open, and no vote cast on its item.
    fn withdrawable(&self, below: Below<'_>, bill: &Bill, act: Act) -> Result<(), ProposalError> {
        if !matches!(
            bill.status,
            BillStatus::Submitted {} | BillStatus::Listed { .. }
        ) {
            return Err(bill.illegal(act, WITHDRAWAL));
        }
        let open = below.presidium.motions().iter().find(|m| {
            matches!(m.status, crate::presidium::MotionStatus::Open {})
                && matches!(m.motion, crate::presidium::PresidiumDecision::DecideBillListing { proposal, .. } if proposal == bill.id)
        });
        if let Some(m) = open {
            return Err(ProposalError::MotionOpen {
                proposal: bill.id,
                decision: m.decision,
            });
        }
        if let Some((item, true)) = agenda_item(below.sessions, bill) {
            return Err(ProposalError::VoteUnderWay {
                proposal: bill.id,
                item,
                citation: WITHDRAWAL,
            });
        }
        Ok(())
    }

    /// The government reports, once, at a later session sitting today.
    fn check_implementation(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposal: ProposalId,
        session: SessionId,
        summary: &str,
    ) -> Result<(), ProposalError> {
        if *ctx.actor != (Actor::Government {}) {
            return Err(forbidden(
                ctx,
                Act::ReportImplementation,
                Role::Government,
                REPORTS,
            ));
        }
        let bill = self.find_bill(proposal)?;
        if !bill.awaits_implementation_report() {
            return Err(bill.illegal(Act::ReportImplementation, REPORTS));
        }
        if below.sitting() != Some(session) {
            return Err(ProposalError::NotInSession {
                session,
                on: ctx.today,
                citation: REPORTS,
            });
        }
        if session == bill.session {
            return Err(ProposalError::ReportAtSameSession { proposal, session });
        }
        text(summary, TextField::Summary, &REPORTS)
    }
}

/// The ledger's cross-checks for bills.
impl Proposals {
    /// A bill put on a session's agenda must be listed for that session, once
    /// (组织法2022 第二十二条).
    pub(crate) fn check_agenda_item(
        &self,
        below: Below<'_>,
        session: SessionId,
        subject: &Subject,
    ) -> Result<(), ProposalError> {
        let Subject::Bill { proposal } = subject else {
            return Ok(());
        };
        let bill = self.find_bill(*proposal)?;
        if let BillStatus::Withdrawn { .. } = bill.status {
            return Err(ProposalError::BillWithdrawn {
                proposal: *proposal,
                citation: WITHDRAWAL,
            });
        }
        if !bill.is_listed() || bill.session != session {
            return Err(ProposalError::BillNotListed {
                proposal: *proposal,
                session,
                citation: BILL_DEPUTIES,
            });
        }
        if let Some((item, _)) = agenda_item(below.sessions, bill) {
            return Err(ProposalError::BillAlreadyOnAgenda {
                proposal: *proposal,
                item,
            });
        }
        Ok(())
    }

    /// A vote on a bill's item needs the bill still listed: a withdrawn bill's deliberation
    /// has ended (组织法2022 第二十二条第三款).
    pub(crate) fn check_bill_vote(
        &self,
        below: Below<'_>,
        session: SessionId,
        item: ItemId,
    ) -> Result<(), ProposalError> {
        let Some(proposal) = bill_of_item(below.sessions, session, item) else {
            return Ok(());
        };
        let bill = self.find_bill(proposal)?;
        match bill.status {
            BillStatus::Listed { .. } => Ok(()),
            BillStatus::Withdrawn { .. } => Err(ProposalError::BillWithdrawn {
                proposal,
                citation: WITHDRAWAL,
            }),
            _ => Err(bill.illegal(Act::Vote, super::ADOPTION)),
        }
    }

    /// A listing motion names a bill lodged and not yet decided, for a session not closed.
    pub(super) fn check_listing_motion(
        &self,
        below: Below<'_>,
        id: ProposalId,
    ) -> Result<(), ProposalError> {
        let bill = self.find_bill(id)?;
        if bill.status != (BillStatus::Submitted {}) {
            return Err(bill.illegal(Act::DecideListing, BILL_DEPUTIES));
        }
        open_session(below.sessions, bill.session)
    }

    pub(super) fn listing_effects(
        &self,
        ctx: &Context<'_>,
        decision: DecisionId,
        proposal: ProposalId,
        listed: bool,
    ) -> Vec<ProposalEvent> {
        match self.bills.get(&proposal) {
            Some(b) if b.status == (BillStatus::Submitted {}) => {
                let becomes_suggestion = !listed
                    && b.sponsors.by_deputies()
                    && ctx.rules.unlisted_bill_becomes_suggestion.value;
                vec![ProposalEvent::BillListingDecided {
                    proposal,
                    decision,
                    listed,
                    becomes_suggestion,
                }]
            }
            _ => Vec::new(),
        }
    }

    pub(super) fn check_listing_effect(&self, proposal: ProposalId) -> Result<(), ProposalError> {
        let bill = self.find_bill(proposal)?;
        if bill.status != (BillStatus::Submitted {}) {
            return Err(bill.illegal(Act::DecideListing, BILL_DEPUTIES));
        }
        Ok(())
    }

    pub(super) fn check_vote_effect(&self, proposal: ProposalId) -> Result<(), ProposalError> {
        let bill = self.find_bill(proposal)?;
        if !bill.is_listed() {
            return Err(bill.illegal(Act::Vote, super::ADOPTION));
        }
        Ok(())
    }
}

/// Commits.
impl Proposals {
    pub(super) fn commit_bill(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        use ProposalEvent as E;
        let today = ctx.today;
        match event {
            E::BillDrafted { .. } => self.commit_bill_drafted(ctx, event),
            E::BillDeadlineSet { session, deadline } => {
                self.bill_deadlines.insert(*session, *deadline);
            }
            E::BillListingDecided {
                proposal,
                decision,
                listed,
                becomes_suggestion,
            } => {
                self.commit_listing(today, *proposal, *decision, *listed, *becomes_suggestion);
            }
            E::BillWithdrawalRequested { proposal } => {
                if let Some(b) = self.bills.get_mut(proposal) {
                    b.withdrawal_requested = Some(today);
                }
            }
            E::BillWithdrawn { proposal } => {
                self.set_bill(*proposal, BillStatus::Withdrawn { on: today })
            }
            E::BillVoted {
                proposal,
                item,
                adopted,
                ..
            } => {
                let (item, on) = (*item, today);
                let status = if *adopted {
                    BillStatus::Adopted { item, on }
                } else {
                    BillStatus::Rejected { item, on }
                };
                self.set_bill(*proposal, status);
            }
            E::ImplementationReported {
                proposal,
                session,
                summary,
            } => {
                if let Some(b) = self.bills.get_mut(proposal) {
                    b.implementation = Some(ImplementationReport {
                        session: *session,
                        on: today,
                        summary: summary.clone(),
                    });
                }
            }
            _ => {}
        }
    }

    fn commit_bill_drafted(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        let ProposalEvent::BillDrafted {
            proposal,
            session,
            power,
            title,
            subject,
            grounds,
            plan,
        } = event
        else {
            return;
        };
        let Some(proposer) = proposer_of(ctx.actor, true) else {
            return;
        };
        let bill = Bill {
            id: *proposal,
            session: *session,
            power: *power,
            title: title.clone(),
            subject: subject.clone(),
            grounds: grounds.clone(),
            plan: plan.clone(),
            sponsors: Sponsors::new(proposer, ctx.today),
            drafted_on: ctx.today,
            submission: None,
            withdrawal_requested: None,
            implementation: None,
            status: BillStatus::Draft {},
        };
        self.bills.insert(*proposal, bill);
    }

    fn set_bill(&mut self, proposal: ProposalId, status: BillStatus) {
        if let Some(b) = self.bills.get_mut(&proposal) {
            b.status = status;
        }
    }

    /// Records the decision; an unlisted deputies' bill that becomes a suggestion keeps its
    /// id, sponsors and session, filed on the day of the decision.
    fn commit_listing(
        &mut self,
        on: NaiveDate,
        proposal: ProposalId,
        decision: DecisionId,
        listed: bool,
        becomes_suggestion: bool,
    ) {
        let Some(bill) = self.bills.get_mut(&proposal) else {
            return;
        };
        bill.status = if listed {
            BillStatus::Listed { decision, on }
        } else {
            BillStatus::NotListed {
                decision,
                on,
                became_suggestion: becomes_suggestion,
            }
        };
        if becomes_suggestion {
            let suggestion = Suggestion::from_bill(bill, on);
            self.suggestions.insert(proposal, suggestion);
        }
    }
}

/// The bill's agenda item in its session, and whether any vote has been cast on it.
fn agenda_item(sessions: &Sessions, bill: &Bill) -> Option<(ItemId, bool)> {
    sessions
        .get(bill.session)?
        .items
        .values()
        .find_map(|it| match it.subject {
            Subject::Bill { proposal } if proposal == bill.id => {
                Some((it.id, !it.votes.is_empty() || it.result.is_some()))
            }
            _ => None,
        })
}

/// Who proposes, from the actor who drafts: a body where it may, else the deputy.
pub(super) fn proposer_of(actor: &Actor, government_may: bool) -> Option<Proposer> {
    Proposer::body(actor, government_may).or_else(|| {
        actor
            .as_deputy()
            .map(|drafter| Proposer::Deputies { drafter })
    })
}

/// The session must be on record and not closed.
pub(super) fn open_session(sessions: &Sessions, session: SessionId) -> Result<(), ProposalError> {
    match sessions.get(session).map(|s| s.phase) {
        None => Err(ProposalError::UnknownSession { session }),
        Some(Phase::Closed { .. }) => Err(ProposalError::SessionClosed {
            session,
            citation: PRESIDES,
        }),
        Some(_) => Ok(()),
    }
}

/// Only the presidium.
pub(super) fn presidium_only(
    ctx: &Context<'_>,
    act: Act,
    citation: Citation,
) -> Result<(), ProposalError> {
    if *ctx.actor == (Actor::Presidium {}) {
        Ok(())
    } else {
        Err(forbidden(ctx, act, Role::Presidium, citation))
    }
}
