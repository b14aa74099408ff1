//! Agenda items and roll votes (议程与表决).
//!
//! Each present serving deputy votes for, against or abstains, once (代表法2025 第二十三条).
//! The tally comes from the roll and is never entered, and counts only the votes of deputies
//! still present and serving when the vote closes (one recorded absent, or whose resignation
//! took effect, after voting no longer counts); an item passes when the votes for reach
//! the threshold over **all** deputies on the day (组织法2022 第二十五条), not over those
//! present, and only while the quorum is present (组织法2022 第十四条第四款).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    Attendance, Phase, Session, SessionError, SessionEvent, Sessions, mismatch, presidium_only,
    require,
};
use super::{ItemPut, VoteCast, VoteClosed};
use crate::actor::Context;
use crate::ids::{DeputyId, ItemId, ProposalId, SessionId};
use crate::label::Label;
use crate::roster::{OfficeEnd, Officeholder, Post, Roster, RosterChange};
use crate::rulebook::{Citation, Rulebook, count};

/// What an agenda item is, among the powers of 组织法2022 第十二条 (议题).
#[doc(alias = "议题")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Subject {
    /// The township government's work report (政府工作报告), 第十二条第八项.
    GovernmentWorkReport {},
    /// The budget (预算), 第十二条第四项.
    Budget {},
    /// The report on the budget's execution (预算执行情况的报告).
    BudgetExecutionReport {},
    /// A budget adjustment (预算调整方案).
    BudgetAdjustment {},
    /// The final accounts (决算).
    FinalAccounts {},
    /// The presidium's work report (主席团工作报告), 第十二条第九项.
    PresidiumWorkReport {},
    /// Construction plans and projects (建设计划和项目), 第十二条第三项.
    ConstructionPlan {},
    /// The civil-affairs implementation plan (民政工作实施计划), 第十二条第五项.
    CivilAffairsPlan {},
    /// Elections (选举), 第十二条第六、七项; decided by secret ballot, not by roll vote.
    Elections {},
    /// A bill the presidium listed on this session's agenda (议案); the ledger asks the
    /// proposals to check it, and records the vote's outcome on the bill.
    Bill {
        /// The bill.
        proposal: ProposalId,
    },
    /// Annulment of an inappropriate government decision or order (撤销不适当的决定和命令),
    /// 第十二条第十项.
    AnnulGovernmentDecision {},
    /// Another resolution within the congress's powers (决议), 第十二条第二项.
    Resolution {},
    /// Accepting an officer's resignation from the post (接受辞职): the chair, a vice-chair,
    /// the township head or a deputy head resigns to the congress, which decides
    /// (组织法2022 第三十二条第二款). On adoption the post ends that day; a deputy stays a
    /// deputy.
    AcceptOfficerResignation {
        /// The post.
        post: Post,
        /// Who resigns it.
        holder: Officeholder,
    },
    /// Accepting a deputy's resignation (接受代表辞职), 选举法2020 第五十五条. On adoption the
    /// roster records the resignation from that day, announced by the presidium.
    AcceptResignation {
        /// The deputy resigning.
        deputy: DeputyId,
    },
    /// Electing the session's presidium (选举主席团); chair and vice-chairs are members ex
    /// officio and are added if not listed.
    PresidiumElection {
        /// The deputies listed.
        members: BTreeSet<DeputyId>,
    },
    /// Adopting the session's agenda (通过议程).
    Agenda {},
}

impl Subject {
    const fn preparatory(&self) -> bool {
        matches!(self, Self::PresidiumElection { .. } | Self::Agenda {})
    }
}

impl Label for Subject {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::GovernmentWorkReport {} => "政府工作报告",
            Self::Budget {} => "预算",
            Self::BudgetExecutionReport {} => "预算执行情况的报告",
            Self::BudgetAdjustment {} => "预算调整方案",
            Self::FinalAccounts {} => "决算",
            Self::PresidiumWorkReport {} => "主席团工作报告",
            Self::ConstructionPlan {} => "建设计划和项目",
            Self::CivilAffairsPlan {} => "民政工作实施计划",
            Self::Elections {} => "选举",
            Self::Bill { .. } => "议案",
            Self::AnnulGovernmentDecision {} => "撤销政府不适当的决定和命令",
            Self::Resolution {} => "决议",
            Self::AcceptResignation { .. } => "接受代表辞职",
            Self::AcceptOfficerResignation { .. } => "接受辞去职务",
            Self::PresidiumElection { .. } => "选举主席团",
            Self::Agenda {} => "通过议程",
        }
    }
}

/// A deputy's vote on an item (表决态度).
#[doc(alias = "表决态度")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// For (赞成).
    For,
    /// Against (反对).
    Against,
    /// Abstain (弃权).
    Abstain,
}

impl Label for Choice {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::For => "赞成",
            Self::Against => "反对",
            Self::Abstain => "弃权",
        }
    }
}

/// An item on a session's agenda, with its roll (议程事项).
#[doc(alias = "议程事项")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct AgendaItem {
    /// Its id.
    pub id: ItemId,
    /// Its title.
    pub title: String,
    /// What it is.
    pub subject: Subject,
    /// Who voted how.
    pub votes: BTreeMap<DeputyId, Choice>,
    /// The result, once the vote closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<VoteResult>,
}

/// How far a count is from its threshold (差额).
#[doc(alias = "差额")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Margin {
    /// Fewer than needed by `by` (差).
    Short {
        /// Votes missing.
        by: u32,
    },
    /// Met, with `by` votes above the threshold (多).
    ToSpare {
        /// Votes above the threshold.
        by: u32,
    },
}

impl Margin {
    /// The margin of `got` against `needed`.
    #[must_use]
    pub const fn of(got: u32, needed: u32) -> Self {
        if got < needed {
            Self::Short { by: needed - got }
        } else {
            Self::ToSpare { by: got - needed }
        }
    }
}

impl Label for Margin {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Short { .. } => "未达到",
            Self::ToSpare { .. } => "达到",
        }
    }
}

impl fmt::Display for Margin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Short { by } => write!(f, "short by {by}"),
            Self::ToSpare { by } => write!(f, "{by} to spare"),
        }
    }
}

/// The result of a roll vote, derived from the roll (表决结果).
///
/// # Examples
///
/// ```
/// use township_congress::session::{Margin, VoteResult};
/// use township_congress::Rulebook;
///
/// let r = VoteResult::count(Rulebook::NATIONAL.adoption(), 23, 0, 8, 46);
/// assert!(!r.passed);
/// assert_eq!(r.margin, Margin::Short { by: 1 });
/// assert_eq!(r.to_string(), "the vote needs 24 votes of all 46 deputies, got 23: short by 1 (组织法2022 第二十五条)");
/// ```
#[doc(alias = "表决结果")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct VoteResult {
    /// Votes for, cast by deputies present and serving when the vote closed.
    pub votes_for: u32,
    /// Votes against, likewise.
    pub votes_against: u32,
    /// Abstentions, likewise.
    pub abstentions: u32,
    /// All deputies on the day, the base.
    pub all_deputies: u32,
    /// Votes for needed.
    pub required: u32,
    /// Whether the item passed.
    pub passed: bool,
    /// Short by, or to spare.
    pub margin: Margin,
    /// The rule applied.
    pub citation: Citation,
}

impl VoteResult {
    /// Counts a vote against `rule` over `all_deputies`.
    #[must_use]
    pub fn count(
        rule: &crate::rulebook::Rule<crate::rulebook::Threshold>,
        votes_for: u32,
        votes_against: u32,
        abstentions: u32,
        all_deputies: u32,
    ) -> Self {
        let required = rule.value.required(all_deputies);
        Self {
            votes_for,
            votes_against,
            abstentions,
            all_deputies,
            required,
            passed: votes_for >= required,
            margin: Margin::of(votes_for, required),
            citation: rule.citation.clone(),
        }
    }
}

impl fmt::Display for VoteResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the vote needs {} votes of all {} deputies, got {}: {} ({})",
            self.required, self.all_deputies, self.votes_for, self.margin, self.citation
        )
    }
}

/// Checks the session's phase for an item of `subject`.
pub(super) fn check_item_phase(
    s: &Session,
    rules: &Rulebook,
    subject: &Subject,
) -> Result<(), SessionError> {
    let prep = rules.preparatory_meeting.value;
    if subject.preparatory() {
        if prep {
            s.check_phase(
                matches!(s.phase, Phase::Scheduled {}),
                "at its preparatory meeting, before opening",
            )?;
        } else {
            s.check_phase(matches!(s.phase, Phase::Sitting { .. }), "sitting")?;
        }
        let done = match subject {
            Subject::PresidiumElection { .. } => s.presidium_elected,
            _ => s.agenda_adopted,
        };
        if done {
            return Err(SessionError::AlreadyDone {
                what: match subject {
                    Subject::PresidiumElection { .. } => "the presidium's election is",
                    _ => "the agenda's adoption is",
                },
            });
        }
        return Ok(());
    }
    s.check_phase(matches!(s.phase, Phase::Sitting { .. }), "sitting")?;
    let missing = match (s.presidium_elected, s.agenda_adopted) {
        (false, _) => Some("the session must elect its presidium"),
        (true, false) => Some("the session must adopt its agenda"),
        (true, true) => None,
    };
    if let Some(missing) = missing {
        return Err(SessionError::PreparationsMissing {
            missing,
            basis: if prep {
                rules.basis(crate::rulebook::RuleField::PreparatoryMeeting)
            } else {
                Citation::organic(19, Some(1)).into()
            },
        });
    }
    Ok(())
}

/// The presidium a list makes on `date`: the listed serving deputies plus the chair and
/// vice-chairs, within the provincial size.
fn presidium_list(
    roster: &Roster,
    rules: &Rulebook,
    members: &BTreeSet<DeputyId>,
    date: NaiveDate,
) -> Result<BTreeSet<DeputyId>, SessionError> {
    if let Some(d) = members.iter().find(|d| !roster.is_serving(**d, date)) {
        return Err(SessionError::NotServing {
            deputy: *d,
            on: date,
        });
    }
    let mut all = members.clone();
    let officers = roster
        .chair_at(date)
        .into_iter()
        .chain(roster.vice_chairs_at(date));
    all.extend(officers.filter(|d| roster.is_serving(*d, date)));
    let term = roster.term().map_or((0, 0), |t| (t.seats, t.population));
    let allowed = rules.presidium_size_range(term.0, term.1);
    let got = count(all.len());
    if let Some(basis) = allowed.breach(got) {
        return Err(SessionError::PresidiumSize {
            allowed: allowed.bounds,
            got,
            basis: basis.clone(),
        });
    }
    Ok(all)
}

fn open_item<'a>(
    s: &'a Session,
    rules: &Rulebook,
    item: ItemId,
) -> Result<&'a AgendaItem, SessionError> {
    let it = s
        .items
        .get(&item)
        .ok_or(SessionError::UnknownItem { item })?;
    if it.result.is_some() {
        return Err(SessionError::VoteClosed { item });
    }
    if it.subject == (Subject::Elections {}) {
        return Err(SessionError::NotVotable { item });
    }
    check_item_phase(s, rules, &it.subject)?;
    Ok(it)
}

/// The result of closing the vote on `item` now: quorum checked, tally from the roll.
///
/// Only the votes of deputies present and serving on the day of the close count: a deputy
/// recorded absent (or on leave) after voting, or whose resignation, recall or suspension took
/// effect before the close, no longer counts, as they are no longer among the deputies
/// present (组织法2022 第十四条第四款).
pub(super) fn result(
    s: &Session,
    roster: &Roster,
    ctx: &Context<'_>,
    item: ItemId,
) -> Result<VoteResult, SessionError> {
    let it = open_item(s, ctx.rules, item)?;
    let (_, all_deputies, _) = s.check_quorum(roster, ctx.rules, ctx.today)?;
    let (mut votes_for, mut against, mut abstain) = (0u32, 0u32, 0u32);
    for (d, choice) in &it.votes {
        let counted =
            s.attendance.get(d) == Some(&Attendance::Present) && roster.is_serving(*d, ctx.today);
        if counted {
            let tally = match choice {
                Choice::For => &mut votes_for,
                Choice::Against => &mut against,
                Choice::Abstain => &mut abstain,
            };
            *tally = tally.saturating_add(1);
        }
    }
    let rule = match it.subject {
        Subject::AcceptResignation { .. } => &ctx.rules.resignation_acceptance,
        _ => &ctx.rules.adoption,
    };
    Ok(VoteResult::count(
        rule,
        votes_for,
        against,
        abstain,
        all_deputies,
    ))
}

impl Sessions {
    /// The presidium puts an item in the phase its kind allows; a presidium list of serving
    /// deputies within the size, a resignation of someone who holds the post or the mandate
    /// (组织法2022 第十二条, 第十九条第一款, 第三十二条第二款; 选举法2020 第五十五条).
    pub(super) fn check_item_put(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        item: ItemId,
        subject: &Subject,
    ) -> Result<(), SessionError> {
        presidium_only(ctx, "put an item on the agenda")?;
        let s = self.find(session)?;
        if s.items.contains_key(&item) {
            return Err(SessionError::DuplicateItem { item });
        }
        check_item_phase(s, ctx.rules, subject)?;
        match subject {
            Subject::PresidiumElection { members } => {
                presidium_list(roster, ctx.rules, members, ctx.today)?;
            }
            Subject::AcceptOfficerResignation { post, holder }
                if !roster.holders_at(*post, ctx.today).contains(&holder) =>
            {
                return Err(SessionError::NotInOffice {
                    post: *post,
                    holder: holder.to_string(),
                });
            }
            Subject::AcceptResignation { deputy } => {
                let holds = roster
                    .deputy(*deputy)
                    .is_some_and(|d| d.holds_mandate_at(ctx.today));
                if !holds {
                    return Err(SessionError::NotServing {
                        deputy: *deputy,
                        on: ctx.today,
                    });
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// A present, serving deputy votes once, in person (代表法2025 第二十三条).
    pub(super) fn check_vote_cast(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        item: ItemId,
        deputy: DeputyId,
    ) -> Result<(), SessionError> {
        require(
            ctx,
            ctx.actor.as_deputy() == Some(deputy),
            "vote for a deputy",
            "the deputy, in person",
            Citation::deputies(23, None),
        )?;
        let s = self.find(session)?;
        let it = open_item(s, ctx.rules, item)?;
        if !roster.is_serving(deputy, ctx.today) {
            return Err(SessionError::NotServing {
                deputy,
                on: ctx.today,
            });
        }
        if s.attendance.get(&deputy) != Some(&Attendance::Present) {
            return Err(SessionError::NotPresent { deputy });
        }
        if it.votes.contains_key(&deputy) {
            return Err(SessionError::AlreadyVoted { deputy, item });
        }
        Ok(())
    }

    /// The presidium closes the vote with the quorum present; the recorded result must be the
    /// one the roll gives (组织法2022 第十四条第四款, 第二十五条).
    pub(super) fn check_vote_closed(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        item: ItemId,
        recorded: &VoteResult,
    ) -> Result<(), SessionError> {
        presidium_only(ctx, "close a vote")?;
        let computed = result(self.find(session)?, roster, ctx, item)?;
        mismatch("vote result", recorded, &computed)
    }

    /// Commits an item put, a vote cast or a vote closed.
    pub(super) fn commit_vote(&mut self, ctx: &Context<'_>, event: &SessionEvent) {
        match event {
            SessionEvent::ItemPut(ItemPut {
                session,
                item,
                title,
                subject,
            }) => {
                if let Some(s) = self.find_mut(*session) {
                    let it = AgendaItem {
                        id: *item,
                        title: title.clone(),
                        subject: subject.clone(),
                        votes: BTreeMap::new(),
                        result: None,
                    };
                    s.items.insert(*item, it);
                }
            }
            SessionEvent::VoteCast(VoteCast {
                session,
                item,
                choice,
            }) => {
                let voter = ctx.actor.as_deputy();
                let it = self.find_mut(*session).and_then(|s| s.items.get_mut(item));
                if let (Some(it), Some(deputy)) = (it, voter) {
                    it.votes.insert(deputy, *choice);
                }
            }
            SessionEvent::VoteClosed(VoteClosed {
                session,
                item,
                result,
            }) => {
                if let Some(s) = self.find_mut(*session) {
                    close_item(s, *item, result);
                }
            }
            _ => {}
        }
    }

    /// What an adopted item entails on the roster: a deputy's resignation accepted (the
    /// presidium announces it, 选举法2020 第五十五条第二款), an officer's resignation accepted
    /// (组织法2022 第三十二条第二款).
    pub(super) fn vote_effects(
        &self,
        ctx: &Context<'_>,
        session: SessionId,
        item: ItemId,
        result: &VoteResult,
    ) -> Vec<RosterChange> {
        let subject = self
            .sessions
            .get(&session)
            .and_then(|s| s.items.get(&item))
            .map(|it| &it.subject);
        match subject {
            Some(Subject::AcceptResignation { deputy }) if result.passed => {
                vec![RosterChange::ResignationAccepted {
                    deputy: *deputy,
                    on: ctx.today,
                    votes_for: result.votes_for,
                }]
            }
            Some(Subject::AcceptOfficerResignation { post, holder }) if result.passed => {
                vec![RosterChange::OfficeVacated {
                    post: *post,
                    holder: holder.clone(),
                    on: ctx.today,
                    reason: OfficeEnd::Resigned,
                }]
            }
            _ => Vec::new(),
        }
    }

    /// The presidium a closed vote elected, if it was the adopted list of
    /// [`Subject::PresidiumElection`]: the ledger records it as the presidium's event.
    #[must_use]
    pub fn presidium_elected_by(
        &self,
        session: SessionId,
        item: ItemId,
        result: &VoteResult,
    ) -> Option<&BTreeSet<DeputyId>> {
        let it = self.sessions.get(&session)?.items.get(&item)?;
        match &it.subject {
            Subject::PresidiumElection { members } if result.passed => Some(members),
            _ => None,
        }
    }
}

/// Records the result; an adopted presidium list or agenda completes the preparations.
fn close_item(s: &mut Session, item: ItemId, result: &VoteResult) {
    let Some(it) = s.items.get_mut(&item) else {
        return;
    };
    if result.passed {
        match it.subject {
            Subject::PresidiumElection { .. } => s.presidium_elected = true,
            Subject::Agenda {} => s.agenda_adopted = true,
            _ => {}
        }
    }
    it.result = Some(result.clone());
}
