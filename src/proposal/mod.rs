//! Proposals (议案、建议、质询案、罢免案): one lifecycle each for bills, suggestions,
//! interpellations and recall motions, with the inquiries put while bills and reports are
//! deliberated, and the deadlines they run on.
//!
//! The aggregate is [`Proposals`]. Every [`ProposalCommand`] becomes one [`ProposalEvent`],
//! checked against the actor, the [`Rulebook`], the roster, the sessions and
//! the presidium (read through plain references) and the proposal's own stage; a refusal is a
//! [`ProposalError`] and changes nothing. Each lifecycle's module draws its states and
//! transitions as a table:
//!
//! * [`bill`] — 议案: drafted, signed by five or more deputies (or put by the presidium or the
//!   government), lodged before the presidium's deadline, listed or not, put to the vote
//!   through the session, adopted as a resolution whose implementation is reported later;
//! * [`suggestion`] — 建议、批评和意见: filed by any deputy, merged, handed over to a lead unit
//!   and co-units, returned, replied to within three (or six) months, rated, re-handled;
//! * [`interpellation`] — 质询案: ten or more deputies in session, the answer mode decided by
//!   the presidium, answered, rated, answered again when half the signers are unsatisfied;
//! * [`recall`] — 罢免案: the presidium or a fifth of the deputies, the target's defence, the
//!   tellers' count, the post vacated;
//! * [`inquiry`] — 询问: a deputy's question while a bill or report is deliberated, and the
//!   organ's answer;
//! * [`deadline`] — the civil-law month counting and the caller's working calendar.
//!
//! Common to all: a deputy drafts a joint proposal and signs it first; others sign in person
//! ([`ProposalCommand::Sign`]), once, while serving; it is lodged ([`ProposalCommand::Submit`])
//! when the signers still serving that day reach the threshold ([`Sponsors`], [`Submission`]).
//!
//! # Effects on other aggregates
//!
//! The proposals read the aggregates below them and change only themselves. What their events
//! entail below is recorded as that aggregate's event in the same ledger entry:
//!
//! | proposal event | entails | recorded as |
//! | --- | --- | --- |
//! | [`RecallCounted`](ProposalEvent::RecallCounted) that passed | the post ends that day (组织法2022 第十三条, 第三十一条) | [`RosterChange::OfficeVacated`] with [`OfficeEnd::Recalled`](crate::roster::OfficeEnd::Recalled) |
//!
//! The presidium and the sessions sit below and cannot name a proposal event; the ledger's
//! cause table derives these from their events (a derived event stated by hand is refused):
//!
//! | cause | proposal event derived |
//! | --- | --- |
//! | presidium [`DecisionTaken`](crate::presidium::PresidiumEvent::DecisionTaken), adopted, on [`DecideBillListing`](crate::presidium::PresidiumDecision::DecideBillListing) | [`BillListingDecided`](ProposalEvent::BillListingDecided) |
//! | … on [`DecideInterpellationAnswer`](crate::presidium::PresidiumDecision::DecideInterpellationAnswer) | [`AnswerModeDecided`](ProposalEvent::AnswerModeDecided) |
//! | … on [`HandOverSuggestions`](crate::presidium::PresidiumDecision::HandOverSuggestions) | [`SuggestionsHandedOver`](ProposalEvent::SuggestionsHandedOver) |
//! | session [`VoteClosed`](crate::session::SessionEvent::VoteClosed) on [`Subject::Bill`](crate::session::Subject::Bill) | [`BillVoted`](ProposalEvent::BillVoted) |
//!
//! A decision derives only what still applies when it is taken (a suggestion merged meanwhile
//! is not handed over), so an adopted decision never fails at the close.
//!
//! Where a lower aggregate cannot check a reference to a proposal, the ledger asks the
//! proposals in the same entry: a presidium motion about a proposal
//! ([`PresidiumEvent::MotionPut`](crate::presidium::PresidiumEvent::MotionPut)), a bill put on the
//! agenda ([`SessionEvent::ItemPut`](crate::session::SessionEvent::ItemPut) with
//! [`Subject::Bill`](crate::session::Subject::Bill)) and votes on it
//! ([`VoteCast`](crate::session::SessionEvent::VoteCast),
//! [`VoteClosed`](crate::session::SessionEvent::VoteClosed)).
//!
//! # Examples
//!
//! A deputy files a suggestion in recess; a unit cannot reply before the presidium hands it
//! over, and the refusal names the rule.
//!
//! ```
//! use chrono::{NaiveDate, TimeZone, Utc};
//! use township_congress::ids::{ConstituencyId, DeputyId, ProposalId, UnitId};
//! use township_congress::proposal::{ProposalCommand, ProposalError, Role, Stage};
//! use township_congress::roster::{TownshipKind, UnitKind};
//! use township_congress::{Actor, Command, Envelope, Error, Ledger, RosterChange, Rulebook};
//!
//! let at = Utc.with_ymd_and_hms(2026, 3, 2, 2, 0, 0).single().ok_or("time")?;
//! let elected = NaiveDate::from_ymd_opt(2026, 1, 4).ok_or("date")?;
//! let (deputy, unit, proposal) = (DeputyId::from_u128(1), UnitId::from_u128(1), ProposalId::from_u128(1));
//! let mut ledger = Ledger::new(Rulebook::NATIONAL);
//! let mut run = |actor, command: Command| ledger.execute(Envelope::new(actor, at, command)).map(|_| ());
//! run(Actor::CountyStandingCommittee {}, RosterChange::TermOpened { township: "青山乡".into(),
//!     township_kind: TownshipKind::Township, number: 8, election_completed: elected,
//!     population: 1_800, seats: 1, uplift: false, minorities: vec![] }.into())?;
//! run(Actor::ElectionCommittee {}, RosterChange::ConstituencyDrawn {
//!     constituency: ConstituencyId::from_u128(1), name: "东村".into(), seats: 1, voters: 900 }.into())?;
//! run(Actor::ElectionCommittee {}, RosterChange::DeputyElected { deputy, name: "代表1".into(),
//!     constituency: ConstituencyId::from_u128(1), on: elected, by_election: false }.into())?;
//! run(Actor::CredentialsCommittee {}, RosterChange::CredentialsReviewed { valid: [deputy].into(),
//!     void: [].into(), on: elected.succ_opt().ok_or("date")? }.into())?;
//! run(Actor::Presidium {}, RosterChange::CredentialsConfirmed { deputies: [deputy].into(),
//!     on: elected.succ_opt().ok_or("date")? }.into())?;
//! run(Actor::Government {}, RosterChange::UnitRegistered { unit, name: "农业农村办".into(),
//!     category: UnitKind::Department }.into())?;
//!
//! run(Actor::deputy(deputy), ProposalCommand::DraftSuggestion { proposal,
//!     category: "农业农村".into(), title: "关于整修灌溉渠的建议".into(),
//!     content: "东村灌溉渠渗漏严重，建议今冬整修。".into() }.into())?;
//! run(Actor::deputy(deputy), ProposalCommand::Submit { proposal }.into())?;
//!
//! let reply = ProposalCommand::ReplySuggestion { proposal, class: "A".into(), reply: "已整修".into() };
//! match run(Actor::Unit { unit }, reply.into()) {
//!     Err(Error::Proposal(e @ ProposalError::Forbidden { allowed: Role::LeadUnit, .. })) => {
//!         assert_eq!(e.code(), "proposal.forbidden");
//!         assert_eq!(e.citation().map(ToString::to_string).as_deref(), Some("代表法2025 第五十一条第二款"));
//!     }
//!     other => return Err(format!("expected a refusal, got {other:?}").into()),
//! }
//! assert_eq!(ledger.state().proposals().stage(proposal), Some(Stage::Filed));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Whole lifecycles are in `tests/bill_scenarios.rs`, `tests/suggestion_scenarios.rs`,
//! `tests/interpellation_scenarios.rs` and `tests/recall_scenarios.rs`, and in the
//! `township_year` example.

pub mod bill;
pub mod deadline;
mod error;
pub mod inquiry;
pub mod interpellation;
pub mod recall;
mod sponsors;
pub mod stats;
pub mod suggestion;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use bill::{Bill, BillStatus, Power};
pub use deadline::{Calendar, YearCalendar};
pub use error::{Act, Figure, Mark, ProposalError, Role, Stage, TextField};
pub use inquiry::{Inquiry, Organ};
pub use interpellation::{Interpellation, InterpellationStatus, Target};
pub use recall::{DefenceForum, Recall, RecallStatus};
pub use sponsors::{Proposer, Sponsors, Submission};
pub use stats::{Figures, Ratio, SuggestionStats};
pub use suggestion::{DueItem, Rating, Suggestion, SuggestionStatus};

use crate::actor::Context;
use crate::ids::{DecisionId, DeputyId, InquiryId, ItemId, ProposalId, SessionId, UnitId};
use crate::label::InWords;
use crate::label::Label;
use crate::presidium::{AnswerMode, Presidium, PresidiumDecision};
use crate::roster::{Officeholder, Post, Roster, RosterChange};
use crate::rulebook::{Basis, Citation, Rulebook, count};
use crate::session::{Sessions, VoteResult};

/// The four lifecycles (提案种类).
#[doc(alias = "提案种类")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[doc(alias = "议案建议类别")]
pub enum ProposalKind {
    /// A bill (议案).
    Bill,
    /// A suggestion, criticism or opinion (建议、批评和意见).
    Suggestion,
    /// An interpellation (质询案).
    Interpellation,
    /// A motion to recall an officer (罢免案).
    Recall,
}

impl fmt::Display for ProposalKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Bill => "bill",
            Self::Suggestion => "suggestion",
            Self::Interpellation => "interpellation",
            Self::Recall => "recall motion",
        })
    }
}

impl Label for ProposalKind {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Bill => "议案",
            Self::Suggestion => "建议",
            Self::Interpellation => "质询案",
            Self::Recall => "罢免案",
        }
    }
}

/// Every proposal of the term, the inquiries, the presidium's deadlines for bills and the
/// working calendar (议案建议).
#[doc(alias = "议案建议")]
#[doc(alias = "提案")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Proposals {
    bills: BTreeMap<ProposalId, Bill>,
    suggestions: BTreeMap<ProposalId, Suggestion>,
    interpellations: BTreeMap<ProposalId, Interpellation>,
    recalls: BTreeMap<ProposalId, Recall>,
    inquiries: BTreeMap<InquiryId, Inquiry>,
    bill_deadlines: BTreeMap<SessionId, DateTime<Utc>>,
    calendar: Calendar,
}

/// The aggregates below the proposals, read-only (下层记录).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Below<'a> {
    pub(crate) roster: &'a Roster,
    pub(crate) sessions: &'a Sessions,
    pub(crate) presidium: &'a Presidium,
}

impl Below<'_> {
    /// The session sitting now (opened and not yet closed), if any: an act recorded after a
    /// session's close on its last day is not in session.
    pub(crate) fn sitting(&self) -> Option<SessionId> {
        self.sessions
            .iter()
            .find(|s| matches!(s.phase, crate::session::Phase::Sitting { .. }))
            .map(|s| s.id)
    }
}

/// One proposal of any kind, borrowed.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Entry<'a> {
    Bill(&'a Bill),
    Suggestion(&'a Suggestion),
    Interpellation(&'a Interpellation),
    Recall(&'a Recall),
}

impl Entry<'_> {
    pub(crate) const fn kind(&self) -> ProposalKind {
        match self {
            Self::Bill(_) => ProposalKind::Bill,
            Self::Suggestion(_) => ProposalKind::Suggestion,
            Self::Interpellation(_) => ProposalKind::Interpellation,
            Self::Recall(_) => ProposalKind::Recall,
        }
    }

    pub(crate) const fn stage(&self) -> Stage {
        match self {
            Self::Bill(b) => b.status.stage(),
            Self::Suggestion(s) => s.status.stage(),
            Self::Interpellation(i) => i.status.stage(),
            Self::Recall(r) => r.status.stage(),
        }
    }

    pub(crate) const fn sponsors(&self) -> &Sponsors {
        match self {
            Self::Bill(b) => &b.sponsors,
            Self::Suggestion(s) => &s.sponsors,
            Self::Interpellation(i) => &i.sponsors,
            Self::Recall(r) => &r.sponsors,
        }
    }

    /// The article that gives the right to propose.
    pub(crate) fn right(&self) -> Citation {
        match self {
            Self::Bill(b) if !b.sponsors.by_deputies() => BILL_BODIES,
            Self::Bill(_) => BILL_DEPUTIES,
            Self::Suggestion(_) => SUGGESTION_RIGHT,
            Self::Interpellation(_) => INTERPELLATION,
            Self::Recall(_) => RECALL,
        }
    }

    pub(crate) fn expect_draft(&self, proposal: ProposalId, act: Act) -> Result<(), ProposalError> {
        if self.stage() == Stage::Draft {
            return Ok(());
        }
        Err(ProposalError::IllegalTransition {
            proposal,
            kind: self.kind(),
            stage: self.stage(),
            act,
            citation: self.right(),
        })
    }

    /// Signatures a deputies' proposal needs on `date`, and the rule.
    pub(crate) fn signatures_required(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        date: NaiveDate,
    ) -> (u32, Basis) {
        use crate::rulebook::RuleField as F;
        let all = roster.all_deputies_count(rules, date);
        match self {
            Self::Bill(_) => (
                rules.bill_sponsors_min.value,
                rules.basis(F::BillSponsorsMin),
            ),
            Self::Suggestion(_) => (1, Basis::statute(SUGGESTION_RIGHT)),
            Self::Interpellation(_) => interpellation::signatures_required(rules, all),
            Self::Recall(_) => (
                rules.officer_recall_proposers.value.required(all),
                rules.basis(F::OfficerRecallProposers),
            ),
        }
    }
}

/// The institutional right to bills (组织法2022 第二十二条第一款).
pub(crate) const BILL_BODIES: Citation = Citation::organic(22, Some(1));
/// Deputies' bills and the presidium's listing decision (组织法2022 第二十二条第二款).
pub(crate) const BILL_DEPUTIES: Citation = Citation::organic(22, Some(2));
/// The deputies' right to suggestions (代表法2025 第二十四条).
pub(crate) const SUGGESTION_RIGHT: Citation = Citation::deputies(24, None);
/// The right to interpellate (组织法2022 第二十四条第一款).
pub(crate) const INTERPELLATION: Citation = Citation::organic(24, Some(1));
/// The right to move a recall (组织法2022 第三十一条第二款).
pub(crate) const RECALL: Citation = Citation::organic(31, Some(2));
/// Bills become resolutions by a majority of all deputies (组织法2022 第二十五条).
pub(crate) const ADOPTION: Citation = Citation::organic(25, None);
/// The presidium presides (组织法2022 第十九条第一款).
pub(crate) const PRESIDES: Citation = Citation::organic(19, Some(1));
/// Tellers count the ballots (组织法2022 第二十八条).
pub(crate) const TELLERS: Citation = Citation::organic(28, None);
/// The counting of periods (民法典 第二百零一条).
pub(crate) const COUNTING: Citation = Citation::civil_code(201);

/// A command to the proposals (议案建议指令).
#[doc(alias = "议案建议指令")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum ProposalCommand {
    /// A deputy (who signs first), the presidium or the government drafts a bill (起草议案).
    DraftBill {
        /// The new bill's id.
        proposal: ProposalId,
        /// The session it is for.
        session: SessionId,
        /// The power of the congress it falls under (组织法2022 第十二条).
        power: Power,
        /// Its title.
        title: String,
        /// 案由: what it is about.
        subject: String,
        /// 案据: why.
        grounds: String,
        /// 方案: what it proposes.
        plan: String,
    },
    /// A serving deputy drafts a suggestion, criticism or opinion, signing it first (起草建议).
    DraftSuggestion {
        /// The new suggestion's id.
        proposal: ProposalId,
        /// Its category, from [`Rulebook::suggestion_categories`](crate::Rulebook).
        category: String,
        /// Its title.
        title: String,
        /// What it says: specific and factual.
        content: String,
    },
    /// A serving deputy drafts an interpellation, signing it first (起草质询案).
    DraftInterpellation {
        /// The new interpellation's id.
        proposal: ProposalId,
        /// The session it is for.
        session: SessionId,
        /// The body questioned (质询对象).
        target: Target,
        /// The question (质询的问题).
        question: String,
        /// Its content (质询的内容).
        content: String,
    },
    /// A serving deputy (signing first) or the presidium drafts a recall motion (起草罢免案).
    DraftRecall {
        /// The new motion's id.
        proposal: ProposalId,
        /// The session it is for.
        session: SessionId,
        /// The post.
        post: Post,
        /// Its holder.
        holder: Officeholder,
        /// The reasons (罢免理由).
        reasons: String,
    },
    /// A serving deputy (the actor) signs a joint draft (联名).
    Sign {
        /// The draft.
        proposal: ProposalId,
    },
    /// A signer, staff, or the proposing body lodges the draft with the presidium (提出).
    Submit {
        /// The draft.
        proposal: ProposalId,
    },
    /// The presidium sets the deadline for bills of a session (议案截止时间).
    SetBillDeadline {
        /// The session.
        session: SessionId,
        /// Bills lodged after this instant are refused.
        deadline: DateTime<Utc>,
    },
    /// The lead sponsor asks to withdraw a bill before it is put to the vote (要求撤回).
    RequestBillWithdrawal {
        /// The bill.
        proposal: ProposalId,
    },
    /// The presidium consents to a requested withdrawal; deliberation ends (同意撤回).
    ConsentToWithdrawal {
        /// The bill.
        proposal: ProposalId,
    },
    /// The government reports at a later session how an adopted bill's resolution was
    /// implemented (报告决议执行情况).
    ReportImplementation {
        /// The bill.
        proposal: ProposalId,
        /// The session it is reported to, sitting now.
        session: SessionId,
        /// What was done.
        summary: String,
    },
    /// A present deputy (the actor) asks an organ a question on a bill or report under
    /// deliberation (询问).
    AskInquiry {
        /// The new inquiry's id.
        inquiry: InquiryId,
        /// The session.
        session: SessionId,
        /// The agenda item deliberated.
        item: ItemId,
        /// The organ asked.
        organ: Organ,
        /// The question.
        question: String,
    },
    /// The organ asked (the actor) answers through a responsible person (说明).
    AnswerInquiry {
        /// The inquiry.
        inquiry: InquiryId,
        /// The responsible person who answers (负责人).
        responder: String,
        /// The answer.
        answer: String,
    },
    /// The presidium merges same-content suggestions for handling (并案).
    MergeSuggestions {
        /// The suggestion the others join.
        into: ProposalId,
        /// The suggestions merged into it.
        merged: BTreeSet<ProposalId>,
    },
    /// The presidium grants a suggestion the longer period for complex items (延期办理).
    MarkComplex {
        /// The suggestion.
        proposal: ProposalId,
        /// Why it is wide-ranging or difficult.
        reason: String,
    },
    /// The presidium puts a suggestion under priority supervision by a leader (重点督办).
    MarkPriority {
        /// The suggestion.
        proposal: ProposalId,
        /// The supervising leader.
        leader: String,
    },
    /// A co-unit (the actor) sends its views to the lead unit (协办意见).
    SendViews {
        /// The suggestion.
        proposal: ProposalId,
        /// The views.
        views: String,
    },
    /// The lead unit (the actor) returns a suggestion handed to it by mistake (退回).
    ReturnSuggestion {
        /// The suggestion.
        proposal: ProposalId,
        /// Why it is not the unit's.
        reason: String,
    },
    /// A handling unit (the actor) records its contact with a sponsor (面商).
    RecordContact {
        /// The suggestion.
        proposal: ProposalId,
        /// The sponsor met.
        deputy: DeputyId,
        /// How and what.
        note: String,
    },
    /// The lead unit (the actor) replies (答复).
    ReplySuggestion {
        /// The suggestion.
        proposal: ProposalId,
        /// The result class, from [`Rulebook::suggestion_result_classes`](crate::Rulebook).
        class: String,
        /// The reply.
        reply: String,
    },
    /// A sponsoring deputy (the actor) rates the latest reply (测评).
    RateSuggestion {
        /// The suggestion.
        proposal: ProposalId,
        /// Satisfied, basically satisfied, unsatisfied.
        rating: Rating,
    },
    /// The lead unit (the actor) reports a follow-up resolved (跟踪办结).
    ResolveFollowUp {
        /// The suggestion.
        proposal: ProposalId,
        /// What was done.
        summary: String,
    },
    /// The body questioned (the actor) answers an interpellation (答复质询).
    AnswerInterpellation {
        /// The interpellation.
        proposal: ProposalId,
        /// The head who answers in person, or signs the written answer.
        head: String,
        /// The answer.
        answer: String,
    },
    /// A signer (the actor) says whether the latest answer satisfies them.
    RateAnswer {
        /// The interpellation.
        proposal: ProposalId,
        /// Satisfied or not.
        satisfied: bool,
    },
    /// The lead signer withdraws an interpellation before it is answered (撤回质询案).
    WithdrawInterpellation {
        /// The interpellation.
        proposal: ProposalId,
    },
    /// The officer (if a deputy) or staff records the officer's defence (申辩).
    RecordDefence {
        /// The recall motion.
        proposal: ProposalId,
        /// Where it was made.
        forum: DefenceForum,
        /// What was said.
        summary: String,
    },
    /// The presidium puts a recall motion to the plenary (提请大会表决).
    PutRecallToVote {
        /// The recall motion.
        proposal: ProposalId,
    },
    /// The tellers record the secret-ballot count on a recall (计票).
    CountRecallBallots {
        /// The recall motion.
        proposal: ProposalId,
        /// Ballots handed back.
        ballots_returned: u32,
        /// For recall.
        votes_for: u32,
        /// Against.
        votes_against: u32,
        /// Abstaining.
        abstentions: u32,
    },
    /// Staff record a year's working calendar from the State Council's notice (工作日历).
    RecordCalendar {
        /// The year.
        year: i32,
        /// Public holidays besides weekends.
        holidays: BTreeSet<NaiveDate>,
        /// Weekend days worked (调休).
        working_days: BTreeSet<NaiveDate>,
    },
}

/// What happened to a proposal (议案建议事件). The actor and the time are in the ledger's
/// [`Recorded`](crate::Recorded) entry.
#[doc(alias = "议案建议事件")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum ProposalEvent {
    /// A bill was drafted by the actor.
    BillDrafted {
        /// The bill.
        proposal: ProposalId,
        /// Its session.
        session: SessionId,
        /// The power it falls under.
        power: Power,
        /// Title.
        title: String,
        /// 案由.
        subject: String,
        /// 案据.
        grounds: String,
        /// 方案.
        plan: String,
    },
    /// A suggestion was drafted by the actor.
    SuggestionDrafted {
        /// The suggestion.
        proposal: ProposalId,
        /// Category.
        category: String,
        /// Title.
        title: String,
        /// Content.
        content: String,
    },
    /// An interpellation was drafted by the actor.
    InterpellationDrafted {
        /// The interpellation.
        proposal: ProposalId,
        /// Its session.
        session: SessionId,
        /// The body questioned.
        target: Target,
        /// The question.
        question: String,
        /// Its content.
        content: String,
    },
    /// A recall motion was drafted by the actor.
    RecallDrafted {
        /// The motion.
        proposal: ProposalId,
        /// Its session.
        session: SessionId,
        /// The post.
        post: Post,
        /// Its holder.
        holder: Officeholder,
        /// The reasons.
        reasons: String,
    },
    /// A deputy signed.
    Signed {
        /// The draft.
        proposal: ProposalId,
        /// The deputy, the actor.
        deputy: DeputyId,
    },
    /// The proposal was lodged; the signers counted are derived from the roster that day.
    Submitted {
        /// The proposal.
        proposal: ProposalId,
        /// Its session; for a suggestion, the session sitting that day.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        session: Option<SessionId>,
        /// Signers serving that day.
        signers: BTreeSet<DeputyId>,
        /// Signatures required that day.
        required: u32,
    },
    /// The presidium set the deadline for bills.
    BillDeadlineSet {
        /// The session.
        session: SessionId,
        /// The deadline.
        deadline: DateTime<Utc>,
    },
    /// The presidium decided whether to list a bill; derived from its decision.
    BillListingDecided {
        /// The bill.
        proposal: ProposalId,
        /// The presidium's decision.
        decision: DecisionId,
        /// Listed or not.
        listed: bool,
        /// Whether the unlisted deputies' bill becomes a suggestion.
        becomes_suggestion: bool,
    },
    /// The lead sponsor asked to withdraw a bill.
    BillWithdrawalRequested {
        /// The bill.
        proposal: ProposalId,
    },
    /// The presidium consented: the bill is withdrawn.
    BillWithdrawn {
        /// The bill.
        proposal: ProposalId,
    },
    /// The congress voted on a bill; derived from the session's vote.
    BillVoted {
        /// The bill.
        proposal: ProposalId,
        /// The session.
        session: SessionId,
        /// Its agenda item.
        item: ItemId,
        /// Adopted as a resolution or not.
        adopted: bool,
    },
    /// The government reported a resolution's implementation.
    ImplementationReported {
        /// The bill.
        proposal: ProposalId,
        /// The session.
        session: SessionId,
        /// What was done.
        summary: String,
    },
    /// A deputy asked an inquiry.
    InquiryAsked {
        /// The inquiry.
        inquiry: InquiryId,
        /// The session.
        session: SessionId,
        /// The item deliberated.
        item: ItemId,
        /// The deputy, the actor.
        deputy: DeputyId,
        /// The organ asked.
        organ: Organ,
        /// The question.
        question: String,
    },
    /// The organ answered an inquiry.
    InquiryAnswered {
        /// The inquiry.
        inquiry: InquiryId,
        /// The responsible person.
        responder: String,
        /// The answer.
        answer: String,
    },
    /// Suggestions were merged for handling.
    SuggestionsMerged {
        /// The suggestion they joined.
        into: ProposalId,
        /// The suggestions merged.
        merged: BTreeSet<ProposalId>,
    },
    /// The presidium handed suggestions over; derived from its decision.
    SuggestionsHandedOver {
        /// The presidium's decision.
        decision: DecisionId,
        /// The suggestions handed over.
        proposals: BTreeSet<ProposalId>,
        /// The lead unit.
        unit: UnitId,
        /// Co-units.
        #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
        co_units: BTreeSet<UnitId>,
    },
    /// A suggestion was granted the longer period.
    MarkedComplex {
        /// The suggestion.
        proposal: ProposalId,
        /// Why.
        reason: String,
    },
    /// A suggestion was put under priority supervision.
    MarkedPriority {
        /// The suggestion.
        proposal: ProposalId,
        /// The leader.
        leader: String,
    },
    /// A co-unit sent its views.
    ViewsSent {
        /// The suggestion.
        proposal: ProposalId,
        /// The co-unit, the actor.
        unit: UnitId,
        /// The views.
        views: String,
    },
    /// The lead unit returned a suggestion.
    SuggestionReturned {
        /// The suggestion.
        proposal: ProposalId,
        /// The unit, the actor.
        unit: UnitId,
        /// Why.
        reason: String,
    },
    /// A unit recorded contact with a sponsor.
    ContactRecorded {
        /// The suggestion.
        proposal: ProposalId,
        /// The unit, the actor.
        unit: UnitId,
        /// The sponsor.
        deputy: DeputyId,
        /// How and what.
        note: String,
    },
    /// The lead unit replied.
    SuggestionReplied {
        /// The suggestion.
        proposal: ProposalId,
        /// The lead unit, the actor.
        unit: UnitId,
        /// 1 for the first reply, 2 after one re-handling…; derived.
        round: u32,
        /// The result class.
        class: String,
        /// The reply.
        reply: String,
    },
    /// A sponsor rated the latest reply.
    SuggestionRated {
        /// The suggestion.
        proposal: ProposalId,
        /// The sponsor, the actor.
        deputy: DeputyId,
        /// The reply's round; derived.
        round: u32,
        /// The rating.
        rating: Rating,
    },
    /// The lead unit reported a follow-up resolved.
    FollowUpResolved {
        /// The suggestion.
        proposal: ProposalId,
        /// What was done.
        summary: String,
    },
    /// The presidium decided how an interpellation is answered; derived from its decision.
    AnswerModeDecided {
        /// The interpellation.
        proposal: ProposalId,
        /// The presidium's decision.
        decision: DecisionId,
        /// The mode.
        mode: AnswerMode,
    },
    /// The body questioned answered.
    InterpellationAnswered {
        /// The interpellation.
        proposal: ProposalId,
        /// 1 or 2; derived.
        round: u32,
        /// The head who answered or signed.
        head: String,
        /// The answer.
        answer: String,
    },
    /// A signer said whether the latest answer satisfies.
    AnswerRated {
        /// The interpellation.
        proposal: ProposalId,
        /// The signer, the actor.
        deputy: DeputyId,
        /// The answer's round; derived.
        round: u32,
        /// Satisfied or not.
        satisfied: bool,
    },
    /// The interpellation was withdrawn.
    InterpellationWithdrawn {
        /// The interpellation.
        proposal: ProposalId,
    },
    /// A recall target's defence was recorded.
    DefenceRecorded {
        /// The motion.
        proposal: ProposalId,
        /// Where.
        forum: DefenceForum,
        /// What was said.
        summary: String,
        /// Whether the presidium circulates it (at a presidium meeting or in writing); derived.
        circulated: bool,
    },
    /// The presidium put the recall to the plenary.
    RecallPutToVote {
        /// The motion.
        proposal: ProposalId,
    },
    /// The tellers' count on a recall, with its outcome derived.
    RecallCounted {
        /// The motion.
        proposal: ProposalId,
        /// Ballots issued: the deputies present.
        ballots_issued: u32,
        /// Ballots returned.
        ballots_returned: u32,
        /// For recall.
        votes_for: u32,
        /// Against.
        votes_against: u32,
        /// Abstaining.
        abstentions: u32,
        /// All deputies, the base.
        all_deputies: u32,
        /// Votes for needed.
        required: u32,
        /// Whether the officer is recalled.
        passed: bool,
    },
    /// A recall round was void: more ballots returned than issued.
    RecallRoundVoided {
        /// The motion.
        proposal: ProposalId,
        /// Ballots issued.
        ballots_issued: u32,
        /// Ballots returned.
        ballots_returned: u32,
    },
    /// A year's working calendar was recorded.
    CalendarRecorded {
        /// The year.
        year: i32,
        /// Holidays.
        holidays: BTreeSet<NaiveDate>,
        /// Make-up working days.
        working_days: BTreeSet<NaiveDate>,
    },
}

impl ProposalEvent {
    /// The event's kind, as its `kind` tag on the wire.
    #[must_use]
    pub const fn kind_name(&self) -> &'static str {
        match self {
            Self::BillDrafted { .. } => "bill_drafted",
            Self::SuggestionDrafted { .. } => "suggestion_drafted",
            Self::InterpellationDrafted { .. } => "interpellation_drafted",
            Self::RecallDrafted { .. } => "recall_drafted",
            Self::Signed { .. } => "signed",
            Self::Submitted { .. } => "submitted",
            Self::BillDeadlineSet { .. } => "bill_deadline_set",
            Self::BillListingDecided { .. } => "bill_listing_decided",
            Self::BillWithdrawalRequested { .. } => "bill_withdrawal_requested",
            Self::BillWithdrawn { .. } => "bill_withdrawn",
            Self::BillVoted { .. } => "bill_voted",
            Self::ImplementationReported { .. } => "implementation_reported",
            Self::InquiryAsked { .. } => "inquiry_asked",
            Self::InquiryAnswered { .. } => "inquiry_answered",
            Self::SuggestionsMerged { .. } => "suggestions_merged",
            Self::SuggestionsHandedOver { .. } => "suggestions_handed_over",
            Self::MarkedComplex { .. } => "marked_complex",
            Self::MarkedPriority { .. } => "marked_priority",
            Self::ViewsSent { .. } => "views_sent",
            Self::SuggestionReturned { .. } => "suggestion_returned",
            Self::ContactRecorded { .. } => "contact_recorded",
            Self::SuggestionReplied { .. } => "suggestion_replied",
            Self::SuggestionRated { .. } => "suggestion_rated",
            Self::FollowUpResolved { .. } => "follow_up_resolved",
            Self::AnswerModeDecided { .. } => "answer_mode_decided",
            Self::InterpellationAnswered { .. } => "interpellation_answered",
            Self::AnswerRated { .. } => "answer_rated",
            Self::InterpellationWithdrawn { .. } => "interpellation_withdrawn",
            Self::DefenceRecorded { .. } => "defence_recorded",
            Self::RecallPutToVote { .. } => "recall_put_to_vote",
            Self::RecallCounted { .. } => "recall_counted",
            Self::RecallRoundVoided { .. } => "recall_round_voided",
            Self::CalendarRecorded { .. } => "calendar_recorded",
        }
    }

    /// Whether only another aggregate's event entails this one (the ledger's cause table).
    #[must_use]
    pub const fn is_derived(&self) -> bool {
        matches!(
            self,
            Self::BillListingDecided { .. }
                | Self::BillVoted { .. }
                | Self::SuggestionsHandedOver { .. }
                | Self::AnswerModeDecided { .. }
        )
    }
}

impl Label for ProposalCommand {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::DraftBill { .. } => "起草议案",
            Self::DraftSuggestion { .. } => "起草建议",
            Self::DraftInterpellation { .. } => "起草质询案",
            Self::DraftRecall { .. } => "起草罢免案",
            Self::Sign { .. } => "联名",
            Self::Submit { .. } => "提出",
            Self::SetBillDeadline { .. } => "确定议案截止时间",
            Self::RequestBillWithdrawal { .. } => "要求撤回议案",
            Self::ConsentToWithdrawal { .. } => "同意撤回议案",
            Self::ReportImplementation { .. } => "报告决议执行情况",
            Self::AskInquiry { .. } => "提出询问",
            Self::AnswerInquiry { .. } => "回答询问",
            Self::MergeSuggestions { .. } => "并案办理",
            Self::MarkComplex { .. } => "延长办理期限",
            Self::MarkPriority { .. } => "确定重点督办",
            Self::SendViews { .. } => "提出协办意见",
            Self::ReturnSuggestion { .. } => "退回交办",
            Self::RecordContact { .. } => "面商",
            Self::ReplySuggestion { .. } => "答复建议",
            Self::RateSuggestion { .. } => "测评答复",
            Self::ResolveFollowUp { .. } => "跟踪办结",
            Self::AnswerInterpellation { .. } => "答复质询案",
            Self::RateAnswer { .. } => "表示对答复的意见",
            Self::WithdrawInterpellation { .. } => "撤回质询案",
            Self::RecordDefence { .. } => "申辩",
            Self::PutRecallToVote { .. } => "提请大会表决罢免案",
            Self::CountRecallBallots { .. } => "罢免案计票",
            Self::RecordCalendar { .. } => "登记工作日历",
        }
    }
}

impl Label for ProposalEvent {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::BillDrafted { .. } => "起草议案",
            Self::SuggestionDrafted { .. } => "起草建议",
            Self::InterpellationDrafted { .. } => "起草质询案",
            Self::RecallDrafted { .. } => "起草罢免案",
            Self::Signed { .. } => "代表联名",
            Self::Submitted { .. } => "提出",
            Self::BillDeadlineSet { .. } => "确定议案截止时间",
            Self::BillListingDecided { listed: true, .. } => "议案列入大会议程",
            Self::BillListingDecided {
                becomes_suggestion: true,
                ..
            } => "议案未列入议程，转为建议",
            Self::BillListingDecided { .. } => "议案未列入大会议程",
            Self::BillWithdrawalRequested { .. } => "要求撤回议案",
            Self::BillWithdrawn { .. } => "议案撤回",
            Self::BillVoted { adopted: true, .. } => "议案通过，形成决议",
            Self::BillVoted { .. } => "议案未通过",
            Self::ImplementationReported { .. } => "报告决议执行情况",
            Self::InquiryAsked { .. } => "代表询问",
            Self::InquiryAnswered { .. } => "有关机关说明",
            Self::SuggestionsMerged { .. } => "建议并案办理",
            Self::SuggestionsHandedOver { .. } => "交办建议",
            Self::MarkedComplex { .. } => "延长办理期限",
            Self::MarkedPriority { .. } => "确定重点督办",
            Self::ViewsSent { .. } => "协办单位提出意见",
            Self::SuggestionReturned { .. } => "承办单位退回交办",
            Self::ContactRecorded { .. } => "面商",
            Self::SuggestionReplied { .. } => "答复建议",
            Self::SuggestionRated { .. } => "代表测评答复",
            Self::FollowUpResolved { .. } => "跟踪办结",
            Self::AnswerModeDecided { .. } => "决定质询案答复方式",
            Self::InterpellationAnswered { .. } => "答复质询案",
            Self::AnswerRated { .. } => "代表表示对答复的意见",
            Self::InterpellationWithdrawn { .. } => "撤回质询案",
            Self::DefenceRecorded { .. } => "被提出罢免的人员申辩",
            Self::RecallPutToVote { .. } => "提请大会表决罢免案",
            Self::RecallCounted { passed: true, .. } => "罢免案通过",
            Self::RecallCounted { .. } => "罢免案未通过",
            Self::RecallRoundVoided { .. } => "罢免表决无效",
            Self::CalendarRecorded { .. } => "登记工作日历",
        }
    }
}

/// Getters.
impl Proposals {
    /// A bill.
    #[must_use]
    pub fn bill(&self, id: ProposalId) -> Option<&Bill> {
        self.bills.get(&id)
    }

    /// Every bill, in id order.
    pub fn bills(&self) -> impl Iterator<Item = &Bill> {
        self.bills.values()
    }

    /// A suggestion (a bill converted to a suggestion keeps its id).
    #[must_use]
    pub fn suggestion(&self, id: ProposalId) -> Option<&Suggestion> {
        self.suggestions.get(&id)
    }

    /// Every suggestion, in id order.
    pub fn suggestions(&self) -> impl Iterator<Item = &Suggestion> {
        self.suggestions.values()
    }

    /// An interpellation.
    #[must_use]
    pub fn interpellation(&self, id: ProposalId) -> Option<&Interpellation> {
        self.interpellations.get(&id)
    }

    /// Every interpellation, in id order.
    pub fn interpellations(&self) -> impl Iterator<Item = &Interpellation> {
        self.interpellations.values()
    }

    /// A recall motion.
    #[must_use]
    pub fn recall(&self, id: ProposalId) -> Option<&Recall> {
        self.recalls.get(&id)
    }

    /// Every recall motion, in id order.
    pub fn recalls(&self) -> impl Iterator<Item = &Recall> {
        self.recalls.values()
    }

    /// An inquiry.
    #[must_use]
    pub fn inquiry(&self, id: InquiryId) -> Option<&Inquiry> {
        self.inquiries.get(&id)
    }

    /// Every inquiry, in id order.
    pub fn inquiries(&self) -> impl Iterator<Item = &Inquiry> {
        self.inquiries.values()
    }

    /// The presidium's deadline for bills of `session`, if it set one.
    #[must_use]
    pub fn bill_deadline(&self, session: SessionId) -> Option<DateTime<Utc>> {
        self.bill_deadlines.get(&session).copied()
    }

    /// The working calendar recorded.
    #[must_use]
    pub const fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The stage of any proposal.
    #[must_use]
    pub fn stage(&self, id: ProposalId) -> Option<Stage> {
        self.entry(id).ok().map(|e| e.stage())
    }

    /// The last day the record shows `deputy` acting on a proposal: signing, asking, rating.
    #[must_use]
    pub fn last_act(&self, deputy: DeputyId) -> Option<NaiveDate> {
        let signed = self
            .all_sponsors()
            .filter_map(|s| s.signers.get(&deputy).copied());
        let rated = self
            .suggestions
            .values()
            .flat_map(|s| &s.ratings)
            .filter(|r| r.deputy == deputy)
            .map(|r| r.on);
        let answered = self
            .interpellations
            .values()
            .flat_map(|i| &i.ratings)
            .filter(|r| r.deputy == deputy)
            .map(|r| r.on);
        let asked = self
            .inquiries
            .values()
            .filter(|i| i.deputy == deputy)
            .map(|i| i.asked_on);
        signed.chain(rated).chain(answered).chain(asked).max()
    }

    fn all_sponsors(&self) -> impl Iterator<Item = &Sponsors> {
        let bills = self.bills.values().map(|b| &b.sponsors);
        let suggestions = self.suggestions.values().map(|s| &s.sponsors);
        let interpellations = self.interpellations.values().map(|i| &i.sponsors);
        let recalls = self.recalls.values().map(|r| &r.sponsors);
        bills
            .chain(suggestions)
            .chain(interpellations)
            .chain(recalls)
    }
}

/// Lookups.
impl Proposals {
    /// Any proposal; a converted bill is found as its suggestion.
    pub(crate) fn entry(&self, id: ProposalId) -> Result<Entry<'_>, ProposalError> {
        if let Some(s) = self.suggestions.get(&id) {
            return Ok(Entry::Suggestion(s));
        }
        if let Some(b) = self.bills.get(&id) {
            return Ok(Entry::Bill(b));
        }
        if let Some(i) = self.interpellations.get(&id) {
            return Ok(Entry::Interpellation(i));
        }
        self.recalls
            .get(&id)
            .map(Entry::Recall)
            .ok_or(ProposalError::UnknownProposal { proposal: id })
    }

    fn exists(&self, id: ProposalId) -> bool {
        self.entry(id).is_ok()
    }

    fn wrong_kind(&self, id: ProposalId, expected: ProposalKind) -> ProposalError {
        match self.entry(id) {
            Ok(e) => ProposalError::WrongKind {
                proposal: id,
                expected,
                found: e.kind(),
            },
            Err(e) => e,
        }
    }

    pub(crate) fn find_bill(&self, id: ProposalId) -> Result<&Bill, ProposalError> {
        self.bills
            .get(&id)
            .ok_or_else(|| self.wrong_kind(id, ProposalKind::Bill))
    }

    pub(crate) fn find_suggestion(&self, id: ProposalId) -> Result<&Suggestion, ProposalError> {
        self.suggestions
            .get(&id)
            .ok_or_else(|| self.wrong_kind(id, ProposalKind::Suggestion))
    }

    pub(crate) fn find_interpellation(
        &self,
        id: ProposalId,
    ) -> Result<&Interpellation, ProposalError> {
        self.interpellations
            .get(&id)
            .ok_or_else(|| self.wrong_kind(id, ProposalKind::Interpellation))
    }

    pub(crate) fn find_recall(&self, id: ProposalId) -> Result<&Recall, ProposalError> {
        self.recalls
            .get(&id)
            .ok_or_else(|| self.wrong_kind(id, ProposalKind::Recall))
    }

    fn check_new(&self, id: ProposalId) -> Result<(), ProposalError> {
        if self.exists(id) {
            return Err(ProposalError::DuplicateProposal { proposal: id });
        }
        Ok(())
    }
}

/// A figure recorded in an event must be the one the record gives.
pub(crate) fn mismatch<T: InWords + PartialEq>(
    what: Figure,
    recorded: &T,
    computed: &T,
) -> Result<(), ProposalError> {
    if recorded == computed {
        return Ok(());
    }
    Err(ProposalError::Mismatch {
        what,
        recorded: Box::new(recorded.words()),
        computed: Box::new(computed.words()),
    })
}

/// Inputs: a command becomes an event ([`Proposals::decide`]); an event is checked against
/// every rule without changing anything ([`Proposals::check`]), names the roster changes it
/// entails ([`Proposals::effects`]), and is committed ([`Proposals::commit`]), which cannot
/// fail. The ledger runs them in that order, for the live record and for a replayed one.
impl Proposals {
    /// Turns a command into the event it records, deriving what the record gives.
    pub(crate) fn decide(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        cmd: &ProposalCommand,
    ) -> Result<ProposalEvent, ProposalError> {
        use ProposalCommand as C;
        match cmd {
            C::Sign { proposal } => Ok(ProposalEvent::Signed {
                proposal: *proposal,
                deputy: sponsors::serving_deputy(
                    below.roster,
                    ctx,
                    Act::Sign,
                    self.entry(*proposal)?.right(),
                )?,
            }),
            C::Submit { proposal } => self.decide_submit(below, ctx, *proposal),
            C::RecordCalendar {
                year,
                holidays,
                working_days,
            } => Ok(ProposalEvent::CalendarRecorded {
                year: *year,
                holidays: holidays.clone(),
                working_days: working_days.clone(),
            }),
            C::DraftBill { .. }
            | C::SetBillDeadline { .. }
            | C::RequestBillWithdrawal { .. }
            | C::ConsentToWithdrawal { .. }
            | C::ReportImplementation { .. }
            | C::AskInquiry { .. }
            | C::AnswerInquiry { .. } => bill::decide(ctx, cmd),
            C::DraftInterpellation { .. }
            | C::AnswerInterpellation { .. }
            | C::RateAnswer { .. }
            | C::WithdrawInterpellation { .. } => self.decide_interpellation(ctx, cmd),
            C::DraftRecall { .. }
            | C::RecordDefence { .. }
            | C::PutRecallToVote { .. }
            | C::CountRecallBallots { .. } => self.decide_recall(below, ctx, cmd),
            _ => self.decide_suggestion(ctx, cmd),
        }
    }

    /// Checks one event stated by hand (a command's event, or a replayed entry's).
    ///
    /// # Errors
    ///
    /// The [`ProposalError`] of the first rule the event breaks.
    pub(crate) fn check(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        event: &ProposalEvent,
    ) -> Result<(), ProposalError> {
        use ProposalEvent as E;
        if event.is_derived() {
            return Err(ProposalError::OnlyAsEffect {
                event: event.kind_name(),
            });
        }
        match event {
            E::Signed { proposal, deputy } => {
                self.check_signed(below.roster, ctx, *proposal, *deputy)
            }
            E::Submitted { .. } => self.check_submitted(below, ctx, event),
            E::CalendarRecorded {
                year,
                holidays,
                working_days,
            } => self.check_calendar(ctx, *year, holidays, working_days),
            E::BillDrafted { .. }
            | E::BillDeadlineSet { .. }
            | E::BillWithdrawalRequested { .. }
            | E::BillWithdrawn { .. }
            | E::ImplementationReported { .. } => self.check_bill(below, ctx, event),
            E::InquiryAsked { .. } | E::InquiryAnswered { .. } => {
                self.check_inquiry(below, ctx, event)
            }
            E::InterpellationDrafted { .. }
            | E::InterpellationAnswered { .. }
            | E::AnswerRated { .. }
            | E::InterpellationWithdrawn { .. } => self.check_interpellation(below, ctx, event),
            E::RecallDrafted { .. }
            | E::DefenceRecorded { .. }
            | E::RecallPutToVote { .. }
            | E::RecallCounted { .. }
            | E::RecallRoundVoided { .. } => self.check_recall(below, ctx, event),
            _ => self.check_suggestion(below, ctx, event),
        }
    }

    /// Checks an event derived from a presidium decision or a session vote; its authority is
    /// the cause's.
    ///
    /// # Errors
    ///
    /// As [`Proposals::check`]; an event no cause derives is refused as not an effect.
    pub(crate) fn check_effect(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        event: &ProposalEvent,
    ) -> Result<(), ProposalError> {
        use ProposalEvent as E;
        match event {
            E::BillListingDecided { proposal, .. } => self.check_listing_effect(*proposal),
            E::BillVoted { proposal, .. } => self.check_vote_effect(*proposal),
            E::AnswerModeDecided { proposal, .. } => self.check_mode_effect(*proposal),
            E::SuggestionsHandedOver {
                proposals,
                unit,
                co_units,
                ..
            } => self.check_handover_effect(below, ctx, proposals, *unit, co_units),
            _ => Err(ProposalError::NotAnEffect {
                event: event.kind_name(),
            }),
        }
    }

    /// The roster changes a checked event entails: a successful recall vacates the post.
    pub(crate) fn effects(&self, ctx: &Context<'_>, event: &ProposalEvent) -> Vec<RosterChange> {
        match event {
            ProposalEvent::RecallCounted {
                proposal,
                passed: true,
                ..
            } => self.recall_effects(ctx, *proposal),
            _ => Vec::new(),
        }
    }

    /// Records a checked event. Cannot fail: [`Proposals::check`] (or
    /// [`Proposals::check_effect`]) proved every lookup.
    pub(crate) fn commit(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        use ProposalEvent as E;
        match event {
            E::Signed { proposal, deputy } => self.commit_signed(ctx, *proposal, *deputy),
            E::Submitted { .. } => self.commit_submitted(ctx, event),
            E::CalendarRecorded {
                year,
                holidays,
                working_days,
            } => self.calendar.record(*year, holidays, working_days),
            E::BillDrafted { .. }
            | E::BillDeadlineSet { .. }
            | E::BillListingDecided { .. }
            | E::BillWithdrawalRequested { .. }
            | E::BillWithdrawn { .. }
            | E::BillVoted { .. }
            | E::ImplementationReported { .. } => self.commit_bill(ctx, event),
            E::InquiryAsked { .. } | E::InquiryAnswered { .. } => self.commit_inquiry(ctx, event),
            E::InterpellationDrafted { .. }
            | E::AnswerModeDecided { .. }
            | E::InterpellationAnswered { .. }
            | E::AnswerRated { .. }
            | E::InterpellationWithdrawn { .. } => self.commit_interpellation(ctx, event),
            E::RecallDrafted { .. }
            | E::DefenceRecorded { .. }
            | E::RecallPutToVote { .. }
            | E::RecallCounted { .. }
            | E::RecallRoundVoided { .. } => self.commit_recall(ctx, event),
            _ => self.commit_suggestion(ctx, event),
        }
    }
}

/// Signing, lodging and the calendar.
impl Proposals {
    fn decide_submit(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        proposal: ProposalId,
    ) -> Result<ProposalEvent, ProposalError> {
        let entry = self.entry(proposal)?;
        let session = self.submission_session(below, &entry);
        let sub = self.submission(below.roster, ctx, proposal, &entry, session)?;
        Ok(ProposalEvent::Submitted {
            proposal,
            session: sub.session,
            signers: sub.signers,
            required: sub.required,
        })
    }

    fn submission_session(&self, below: Below<'_>, entry: &Entry<'_>) -> Option<SessionId> {
        match entry {
            Entry::Bill(b) => Some(b.session),
            Entry::Interpellation(i) => Some(i.session),
            Entry::Recall(r) => Some(r.session),
            Entry::Suggestion(_) => below.sitting(),
        }
    }

    /// Lodging: the right actor, a draft, enough serving signers, and the lifecycle's window.
    fn check_submitted(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        event: &ProposalEvent,
    ) -> Result<(), ProposalError> {
        let ProposalEvent::Submitted {
            proposal,
            session,
            signers,
            required,
        } = event
        else {
            return Ok(());
        };
        let entry = self.entry(*proposal)?;
        self.check_submitter(ctx, &entry)?;
        entry.expect_draft(*proposal, Act::Submit)?;
        let computed = self.submission_session(below, &entry);
        mismatch(Figure::Session, session, &computed)?;
        let sub = self.submission(below.roster, ctx, *proposal, &entry, computed)?;
        mismatch(Figure::Signers, signers, &sub.signers)?;
        mismatch(Figure::Required, required, &sub.required)?;
        match entry {
            Entry::Bill(b) => self.check_bill_window(below, ctx, b),
            Entry::Interpellation(i) => interpellation::check_window(below, ctx, i),
            Entry::Recall(r) => recall::check_window(below, ctx, r),
            Entry::Suggestion(_) => Ok(()),
        }
    }

    fn commit_signed(&mut self, ctx: &Context<'_>, proposal: ProposalId, deputy: DeputyId) {
        if let Some(sponsors) = self.sponsors_mut(proposal) {
            sponsors.signers.insert(deputy, ctx.today);
        }
    }

    fn sponsors_mut(&mut self, id: ProposalId) -> Option<&mut Sponsors> {
        if let Some(s) = self.suggestions.get_mut(&id) {
            return Some(&mut s.sponsors);
        }
        if let Some(b) = self.bills.get_mut(&id) {
            return Some(&mut b.sponsors);
        }
        if let Some(i) = self.interpellations.get_mut(&id) {
            return Some(&mut i.sponsors);
        }
        self.recalls.get_mut(&id).map(|r| &mut r.sponsors)
    }

    fn commit_submitted(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        let ProposalEvent::Submitted {
            proposal,
            session,
            signers,
            required,
        } = event
        else {
            return;
        };
        let sub = Submission {
            on: ctx.today,
            session: *session,
            signers: signers.clone(),
            required: *required,
        };
        if let Some(b) = self.bills.get_mut(proposal) {
            b.submission = Some(sub);
            b.status = BillStatus::Submitted {};
        } else if let Some(s) = self.suggestions.get_mut(proposal) {
            s.submission = Some(sub);
            s.status = SuggestionStatus::Filed {};
        } else if let Some(i) = self.interpellations.get_mut(proposal) {
            i.submission = Some(sub);
            i.status = InterpellationStatus::Submitted {};
        } else if let Some(r) = self.recalls.get_mut(proposal) {
            r.submission = Some(sub);
            r.status = RecallStatus::Submitted {};
        }
    }

    /// Staff record a year's calendar once, with its own dates.
    fn check_calendar(
        &self,
        ctx: &Context<'_>,
        year: i32,
        holidays: &BTreeSet<NaiveDate>,
        working_days: &BTreeSet<NaiveDate>,
    ) -> Result<(), ProposalError> {
        if !matches!(ctx.actor, crate::Actor::Staff { .. }) {
            return Err(sponsors::forbidden(
                ctx,
                Act::RecordCalendar,
                Role::Staff,
                COUNTING,
            ));
        }
        self.calendar.check_year(year, holidays, working_days)
    }
}

/// The ledger's cross-checks and cause table: what the presidium's and the sessions' events
/// mean for the proposals.
impl Proposals {
    /// Checks a presidium motion about proposals before it is put: every proposal it names is
    /// on record, of the right kind and stage, and no other open motion concerns it.
    ///
    /// A motion may name a proposal the record does not hold only while the record has no
    /// session: bills and interpellations are lodged in session, so such a proposal belongs to
    /// a session before this record (as officers and resignations from before it may be
    /// stated by hand). Its decision then entails nothing.
    ///
    /// # Errors
    ///
    /// [`ProposalError::UnknownProposal`], [`ProposalError::WrongKind`],
    /// [`ProposalError::IllegalTransition`], [`ProposalError::SessionClosed`],
    /// [`ProposalError::MotionOpen`].
    pub(crate) fn check_motion(
        &self,
        below: Below<'_>,
        decision: DecisionId,
        motion: &PresidiumDecision,
    ) -> Result<(), ProposalError> {
        let ids = proposals_of(motion);
        for id in &ids {
            self.check_motion_target(below, motion, *id)?;
            let open = below.presidium.motions().iter().find(|m| {
                m.decision != decision
                    && matches!(m.status, crate::presidium::MotionStatus::Open {})
                    && proposals_of(&m.motion).contains(id)
            });
            if let Some(m) = open {
                return Err(ProposalError::MotionOpen {
                    proposal: *id,
                    decision: m.decision,
                });
            }
        }
        Ok(())
    }

    fn check_motion_target(
        &self,
        below: Below<'_>,
        motion: &PresidiumDecision,
        id: ProposalId,
    ) -> Result<(), ProposalError> {
        match motion {
            PresidiumDecision::DecideBillListing { .. } => self.check_listing_motion(below, id),
            PresidiumDecision::DecideInterpellationAnswer { .. } => {
                self.check_mode_motion(below, id)
            }
            PresidiumDecision::HandOverSuggestions { .. } => self.check_handover_motion(id),
            _ => Ok(()),
        }
    }

    /// The proposal events an adopted presidium decision entails, for what still applies.
    pub(crate) fn effects_of_decision(
        &self,
        ctx: &Context<'_>,
        decision: DecisionId,
        motion: &PresidiumDecision,
    ) -> Vec<ProposalEvent> {
        match motion {
            PresidiumDecision::DecideBillListing { proposal, list } => {
                self.listing_effects(ctx, decision, *proposal, *list)
            }
            PresidiumDecision::DecideInterpellationAnswer { proposal, answer } => {
                self.mode_effects(decision, *proposal, *answer)
            }
            PresidiumDecision::HandOverSuggestions {
                proposals,
                unit,
                co_units,
            } => self.handover_effects(decision, proposals, *unit, co_units),
            _ => Vec::new(),
        }
    }

    /// The proposal event a closed session vote entails: a bill voted on.
    pub(crate) fn effects_of_vote(
        &self,
        below: Below<'_>,
        session: SessionId,
        item: ItemId,
        result: &VoteResult,
    ) -> Vec<ProposalEvent> {
        match bill::bill_of_item(below.sessions, session, item) {
            Some(proposal) if self.bills.get(&proposal).is_some_and(Bill::is_listed) => {
                vec![ProposalEvent::BillVoted {
                    proposal,
                    session,
                    item,
                    adopted: result.passed,
                }]
            }
            _ => Vec::new(),
        }
    }
}

/// The proposals a presidium motion concerns.
fn proposals_of(motion: &PresidiumDecision) -> Vec<ProposalId> {
    match motion {
        PresidiumDecision::DecideBillListing { proposal, .. }
        | PresidiumDecision::DecideInterpellationAnswer { proposal, .. } => vec![*proposal],
        PresidiumDecision::HandOverSuggestions { proposals, .. } => {
            proposals.iter().copied().collect()
        }
        _ => Vec::new(),
    }
}
