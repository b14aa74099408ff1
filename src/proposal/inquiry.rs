//! Inquiries (询问): while the congress deliberates a bill or a report, a deputy may ask the
//! organ concerned, which sends a responsible person to answer; both are recorded.
//!
//! | command | actor | from | to | rule |
//! | --- | --- | --- | --- | --- |
//! | [`AskInquiry`](super::ProposalCommand::AskInquiry) | a serving deputy present at the sitting session | — | asked | on a bill or report under deliberation (an open agenda item), to the government or a registered unit, 组织法2022 第二十三条 |
//! | [`AnswerInquiry`](super::ProposalCommand::AnswerInquiry) | the organ asked, through a responsible person, once | asked | answered | while the session sits, 代表法2025 第十九条 |
//!
//! Inquiries emit nothing for other aggregates and receive nothing; they read the sessions'
//! agenda and attendance.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::{Act, Role, TextField};
use super::sponsors::{forbidden, serving_deputy, text};
use super::{Below, ProposalError, ProposalEvent, Proposals};
use crate::actor::{Actor, Context};
use crate::ids::{DeputyId, InquiryId, ItemId, SessionId, UnitId};
use crate::label::Label;
use crate::rulebook::Citation;
use crate::session::{Attendance, Phase, Subject};

/// Deputies may ask while bills are deliberated (组织法2022 第二十三条).
pub(crate) const INQUIRY: Citation = Citation::organic(23, None);
/// A responsible person answers (代表法2025 第十九条).
const ANSWER: Citation = Citation::deputies(19, None);

/// The organ a deputy asks (被询问机关).
#[doc(alias = "被询问机关")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Organ {
    /// The township government.
    Government {},
    /// One of its units, registered in the roster.
    Unit {
        /// The unit.
        unit: UnitId,
    },
}

impl Organ {
    /// Whether `actor` is this organ.
    #[must_use]
    pub fn is(&self, actor: &Actor) -> bool {
        match self {
            Self::Government {} => *actor == Actor::Government {},
            Self::Unit { unit } => *actor == Actor::Unit { unit: *unit },
        }
    }
}

impl Label for Organ {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Government {} => "乡镇人民政府",
            Self::Unit { .. } => "政府所属单位",
        }
    }
}

/// A deputy's inquiry and its answer (询问).
#[doc(alias = "询问")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Inquiry {
    /// Its id.
    pub id: InquiryId,
    /// The session.
    pub session: SessionId,
    /// The item deliberated.
    pub item: ItemId,
    /// The deputy who asked.
    pub deputy: DeputyId,
    /// The organ asked.
    pub organ: Organ,
    /// The question.
    pub question: String,
    /// The day.
    pub asked_on: NaiveDate,
    /// The answer, once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<InquiryAnswer>,
}

/// How an organ answered an inquiry (说明).
#[doc(alias = "说明")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct InquiryAnswer {
    /// The responsible person who answered (负责人).
    pub responder: String,
    /// The answer.
    pub answer: String,
    /// The day.
    pub on: NaiveDate,
}

/// Whether a subject is a bill or report the congress deliberates (审议议案和报告).
const fn deliberated(subject: &Subject) -> bool {
    !matches!(
        subject,
        Subject::Elections {}
            | Subject::AcceptOfficerResignation { .. }
            | Subject::AcceptResignation { .. }
            | Subject::PresidiumElection { .. }
            | Subject::Agenda {}
    )
}

impl Proposals {
    pub(super) fn check_inquiry(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        event: &ProposalEvent,
    ) -> Result<(), ProposalError> {
        match event {
            ProposalEvent::InquiryAsked {
                inquiry,
                session,
                item,
                deputy,
                organ,
                question,
            } => {
                self.check_asked(below, ctx, *inquiry, (*session, *item), *deputy, organ)?;
                text(question, TextField::Question, &INQUIRY)
            }
            ProposalEvent::InquiryAnswered {
                inquiry,
                responder,
                answer,
            } => self.check_inquiry_answered(below, ctx, *inquiry, responder, answer),
            _ => Ok(()),
        }
    }

    /// A present, serving deputy asks, in person, about an open bill or report item of the
    /// sitting session, an organ the roster knows (组织法2022 第二十三条).
    fn check_asked(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        inquiry: InquiryId,
        (session, item): (SessionId, ItemId),
        deputy: DeputyId,
        organ: &Organ,
    ) -> Result<(), ProposalError> {
        if ctx.actor.as_deputy() != Some(deputy) {
            return Err(forbidden(ctx, Act::Ask, Role::Deputy, INQUIRY));
        }
        serving_deputy(below.roster, ctx, Act::Ask, INQUIRY)?;
        if self.inquiries.contains_key(&inquiry) {
            return Err(ProposalError::DuplicateInquiry { inquiry });
        }
        let s = below
            .sessions
            .get(session)
            .ok_or(ProposalError::UnknownSession { session })?;
        if !matches!(s.phase, Phase::Sitting { .. }) {
            return Err(ProposalError::NotInSession {
                session,
                on: ctx.today,
                citation: INQUIRY,
            });
        }
        if s.attendance.get(&deputy) != Some(&Attendance::Present) {
            return Err(ProposalError::NotPresent { deputy, session });
        }
        let open = s
            .items
            .get(&item)
            .is_some_and(|it| it.result.is_none() && deliberated(&it.subject));
        if !open {
            return Err(ProposalError::ItemNotOpen {
                session,
                item,
                citation: INQUIRY,
            });
        }
        if let Organ::Unit { unit } = organ
            && below.roster.unit(*unit).is_none()
        {
            return Err(ProposalError::UnknownUnit {
                unit: *unit,
                citation: INQUIRY,
            });
        }
        Ok(())
    }

    /// The organ asked answers once, through a named responsible person, while the session
    /// sits (代表法2025 第十九条).
    fn check_inquiry_answered(
        &self,
        below: Below<'_>,
        ctx: &Context<'_>,
        inquiry: InquiryId,
        responder: &str,
        answer: &str,
    ) -> Result<(), ProposalError> {
        let asked = self
            .inquiries
            .get(&inquiry)
            .ok_or(ProposalError::UnknownInquiry { inquiry })?;
        if !asked.organ.is(ctx.actor) {
            return Err(forbidden(ctx, Act::AnswerInquiry, Role::Organ, ANSWER));
        }
        if asked.answer.is_some() {
            return Err(ProposalError::InquiryAnswered { inquiry });
        }
        if below.sitting() != Some(asked.session) {
            return Err(ProposalError::NotInSession {
                session: asked.session,
                on: ctx.today,
                citation: ANSWER,
            });
        }
        text(responder, TextField::Responsible, &ANSWER)?;
        text(answer, TextField::Answer, &ANSWER)
    }

    pub(super) fn commit_inquiry(&mut self, ctx: &Context<'_>, event: &ProposalEvent) {
        match event {
            ProposalEvent::InquiryAsked {
                inquiry,
                session,
                item,
                deputy,
                organ,
                question,
            } => {
                let asked = Inquiry {
                    id: *inquiry,
                    session: *session,
                    item: *item,
                    deputy: *deputy,
                    organ: *organ,
                    question: question.clone(),
                    asked_on: ctx.today,
                    answer: None,
                };
                self.inquiries.insert(*inquiry, asked);
            }
            ProposalEvent::InquiryAnswered {
                inquiry,
                responder,
                answer,
            } => {
                if let Some(i) = self.inquiries.get_mut(inquiry) {
                    i.answer = Some(InquiryAnswer {
                        responder: responder.clone(),
                        answer: answer.clone(),
                        on: ctx.today,
                    });
                }
            }
            _ => {}
        }
    }
}
