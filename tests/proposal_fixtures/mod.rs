//! Helpers for the proposal scenarios, on top of `tests/common`'s `Town`: ids, drafting,
//! signing, lodging, and presidium decisions taken at a meeting of deputies 1 to 9.
#![allow(dead_code)]

use std::collections::BTreeSet;

use chrono::{DateTime, TimeZone, Utc};
use township_congress::ids::{DecisionId, InquiryId, MeetingId, ProposalId, SessionId};
use township_congress::presidium::{AnswerMode, PresidiumDecision};
use township_congress::proposal::{Power, ProposalCommand, ProposalError, Target};
use township_congress::roster::{Officeholder, Post};
use township_congress::{Actor, Error, Recorded};

use crate::common::{Town, dep, deputy, unit};

/// Proposal number `n`.
pub fn p(n: u32) -> ProposalId {
    ProposalId::from_u128(6000 + u128::from(n))
}

/// Inquiry number `n`.
pub fn q(n: u32) -> InquiryId {
    InquiryId::from_u128(6500 + u128::from(n))
}

/// 10:00 Beijing time on a day of any year.
pub fn at_y(year: i32, month: u32, day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(year, month, day, 2, 0, 0)
        .single()
        .expect("valid time")
}

/// The proposal error inside a crate error.
#[track_caller]
pub fn proposal_error(e: Error) -> ProposalError {
    match e {
        Error::Proposal(p) => p,
        other => panic!("expected a proposal error, got {other:?}"),
    }
}

/// A bill's command, drafted for `session`.
pub fn bill(n: u32, session: SessionId) -> ProposalCommand {
    ProposalCommand::DraftBill {
        proposal: p(n),
        session,
        power: Power::ConstructionPlans,
        title: format!("关于修建村道的议案{n}"),
        subject: "村道年久失修".into(),
        grounds: "群众出行困难，多次反映".into(),
        plan: "列入年度建设计划，分两期实施".into(),
    }
}

/// A suggestion's command.
pub fn suggestion(n: u32) -> ProposalCommand {
    ProposalCommand::DraftSuggestion {
        proposal: p(n),
        category: "城乡建设".into(),
        title: format!("关于增设路灯的建议{n}"),
        content: "东村主干道夜间无照明，建议增设路灯。".into(),
    }
}

/// An interpellation of the government, for `session`.
pub fn interpellation(n: u32, session: SessionId) -> ProposalCommand {
    ProposalCommand::DraftInterpellation {
        proposal: p(n),
        session,
        target: Target::Government {},
        question: "饮水工程为何延期".into(),
        content: "请说明延期原因和补救措施。".into(),
    }
}

/// A recall of deputy `holder` from `post`, for `session`.
pub fn recall(n: u32, session: SessionId, post: Post, holder: Officeholder) -> ProposalCommand {
    ProposalCommand::DraftRecall {
        proposal: p(n),
        session,
        post,
        holder,
        reasons: "严重失职，造成重大损失".into(),
    }
}

/// Proposal helpers.
impl Town {
    /// Deputy `drafter` drafts; the others sign.
    pub fn draft_signed(
        &mut self,
        draft: ProposalCommand,
        drafter: u32,
        others: impl IntoIterator<Item = u32>,
    ) {
        let id = proposal_of(&draft);
        self.ok(deputy(drafter), draft);
        for n in others {
            self.ok(deputy(n), ProposalCommand::Sign { proposal: id });
        }
    }

    /// The drafter lodges it.
    pub fn submit_by(&mut self, actor: Actor, proposal: ProposalId) -> Recorded {
        self.ok(actor, ProposalCommand::Submit { proposal })
    }

    /// The presidium, meeting as deputies 1 to 9 with the chair (deputy 1) presiding, takes a
    /// decision: meeting and decision ids are `k`. Returns the entry of the close.
    pub fn presidium_decides(&mut self, k: u32, motion: PresidiumDecision) -> Recorded {
        let m = MeetingId::from_u128(8000 + u128::from(k));
        let d = DecisionId::from_u128(8000 + u128::from(k));
        self.meeting(m, 1, 1..=9);
        let rec = self.decide(m, 1, d, motion, 1..=9);
        self.close_meeting(m, 1);
        rec
    }

    /// The presidium decides to list (or not) a bill.
    pub fn list_bill(&mut self, k: u32, proposal: ProposalId, list: bool) -> Recorded {
        self.presidium_decides(k, PresidiumDecision::DecideBillListing { proposal, list })
    }

    /// The presidium hands suggestions to unit `lead` with co-units.
    pub fn hand_over(
        &mut self,
        k: u32,
        proposals: &[ProposalId],
        lead: u32,
        co: &[u32],
    ) -> Recorded {
        self.presidium_decides(
            k,
            PresidiumDecision::HandOverSuggestions {
                proposals: proposals.iter().copied().collect(),
                unit: unit(lead),
                co_units: co.iter().map(|n| unit(*n)).collect::<BTreeSet<_>>(),
            },
        )
    }

    /// The presidium decides a written answer.
    pub fn answer_in_writing(&mut self, k: u32, proposal: ProposalId) -> Recorded {
        self.presidium_decides(
            k,
            PresidiumDecision::DecideInterpellationAnswer {
                proposal,
                answer: AnswerMode::Written,
            },
        )
    }
}

/// The id a draft command creates.
pub fn proposal_of(draft: &ProposalCommand) -> ProposalId {
    match draft {
        ProposalCommand::DraftBill { proposal, .. }
        | ProposalCommand::DraftSuggestion { proposal, .. }
        | ProposalCommand::DraftInterpellation { proposal, .. }
        | ProposalCommand::DraftRecall { proposal, .. } => *proposal,
        other => panic!("not a draft: {other:?}"),
    }
}

/// Deputies `from..=to` as a set of ids.
pub fn deps(range: std::ops::RangeInclusive<u32>) -> BTreeSet<township_congress::ids::DeputyId> {
    range.map(dep).collect()
}
