//! Before a session opens (会前准备): the presidium publishes the date, sends deputies the
//! notice and the materials, and non-voting attendees (列席) are recorded.
//!
//! | step | command | actor | rule |
//! | --- | --- | --- | --- |
//! | publish the date | [`Prepare`](super::SessionCommand::Prepare) with [`PreparationStep::PublishDate`] | presidium | 组织法2022 第十四条第一款 ("决定，并予以公布"); a moved date is published again (第二款) |
//! | notice to deputies | [`PreparationStep::SendNotice`] | presidium | [`Rulebook::session_notice_days`] before opening (浙江 7, 重庆 10; nationally recorded, no period) |
//! | materials | [`PreparationStep::SendMaterials`] | presidium | [`Rulebook::session_materials_days`] before opening (浙江 1) |
//! | non-voting attendee | [`RecordNonVotingAttendee`](super::SessionCommand::RecordNonVotingAttendee) | presidium or staff | the township government's leaders attend (组织法2022 第二十一条); a profile may cap their number ([`Rulebook::nonvoting_attendees_max`], 北京 1/2 of all deputies) |
//!
//! A session opens only once its notice and materials went out in time where the rulebook sets
//! a period ([`Rulebook::session_notice_for_interim`] may exempt interim sessions), and the
//! term's first session only once the presidium has published the list of deputies
//! (选举法2020 第四十七条第二款). Non-voting attendees never count toward a quorum or a vote:
//! they are kept apart from the deputies' attendance.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Phase, Session, SessionError, SessionKind, Sessions, presidium_only, require};
use crate::actor::{Actor, Context};
use crate::ids::SessionId;
use crate::label::Label;
use crate::roster::Roster;
use crate::rulebook::{Citation, RuleField, Rulebook, count, share_cap};

/// The township government's leaders attend without a vote (组织法2022 第二十一条).
const NON_VOTING: Citation = Citation::organic(21, None);
/// The list of deputies before the first session (选举法2020 第四十七条第二款).
const LIST: Citation = Citation::electoral(47, Some(2));

/// One step of preparing a session (会前准备事项).
#[doc(alias = "会前准备事项")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PreparationStep {
    /// The presidium publishes the opening date (公布会议日期).
    PublishDate,
    /// The notice of the session goes to the deputies (通知代表).
    SendNotice,
    /// The session's materials go to the deputies (送达会议材料).
    SendMaterials,
}

impl Label for PreparationStep {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::PublishDate => "公布会议日期",
            Self::SendNotice => "通知代表",
            Self::SendMaterials => "送达会议材料",
        }
    }
}

impl std::fmt::Display for PreparationStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::PublishDate => "the date's publication",
            Self::SendNotice => "the notice to deputies",
            Self::SendMaterials => "the materials",
        })
    }
}

/// When each preparation step was last recorded (会前准备).
#[doc(alias = "会前准备")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Preparation {
    /// The day the date was (last) published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_published: Option<NaiveDate>,
    /// The day the notice was (last) sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_sent: Option<NaiveDate>,
    /// The day the materials were (last) sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials_sent: Option<NaiveDate>,
}

impl Preparation {
    /// The day `step` was last recorded.
    #[must_use]
    pub const fn on(&self, step: PreparationStep) -> Option<NaiveDate> {
        match step {
            PreparationStep::PublishDate => self.date_published,
            PreparationStep::SendNotice => self.notice_sent,
            PreparationStep::SendMaterials => self.materials_sent,
        }
    }
}

/// In what capacity a non-voting attendee sits in (列席身份).
#[doc(alias = "列席身份")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NonVotingCapacity {
    /// A leader of the township government (乡级人民政府领导人员), 组织法2022 第二十一条.
    GovernmentLeader,
    /// A deputy to a higher people's congress elected in the township (上级人大代表),
    /// 代表法2025 第三十四条第二款.
    HigherLevelDeputy,
    /// Someone else the presidium invited (邀请列席).
    Invited,
}

impl Label for NonVotingCapacity {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::GovernmentLeader => "政府领导人员",
            Self::HigherLevelDeputy => "上级人大代表",
            Self::Invited => "邀请列席人员",
        }
    }
}

/// A person attending a session without a vote (列席人员).
#[doc(alias = "列席人员")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NonVotingAttendee {
    /// The person's name.
    pub name: String,
    /// In what capacity.
    pub capacity: NonVotingCapacity,
}

impl NonVotingAttendee {
    /// An attendee.
    #[must_use]
    pub fn new(name: impl Into<String>, capacity: NonVotingCapacity) -> Self {
        Self {
            name: name.into(),
            capacity,
        }
    }
}

/// Checks and commits of the preparation events.
impl Sessions {
    /// The presidium records a preparation step for a session not yet open.
    pub(super) fn check_preparation(
        &self,
        ctx: &Context<'_>,
        session: SessionId,
    ) -> Result<(), SessionError> {
        presidium_only(ctx, "prepare a session")?;
        let s = self.find(session)?;
        s.check_phase(
            matches!(s.phase, Phase::Scheduled {}),
            "scheduled, not yet open",
        )
    }

    /// A non-voting attendee, recorded once, by the presidium or staff, while the session is
    /// not closed, within the rulebook's cap (组织法2022 第二十一条; 北京 2016 第十六条第二款).
    pub(super) fn check_nonvoting(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        session: SessionId,
        attendee: &NonVotingAttendee,
    ) -> Result<(), SessionError> {
        let allowed = matches!(ctx.actor, Actor::Presidium {} | Actor::Staff { .. });
        require(
            ctx,
            allowed,
            "record a non-voting attendee",
            "the presidium or congress staff",
            NON_VOTING,
        )?;
        let s = self.find(session)?;
        s.check_phase(!matches!(s.phase, Phase::Closed { .. }), "not closed")?;
        if s.nonvoting.contains(attendee) {
            return Err(SessionError::AlreadyDone {
                what: "this attendee's registration",
            });
        }
        let all = roster.all_deputies_count(ctx.rules, ctx.today);
        let rule = &ctx.rules.nonvoting_attendees_max;
        if let Some(max) = share_cap(rule.value, all) {
            let got = count(s.nonvoting.len()).saturating_add(1);
            if got > max {
                return Err(SessionError::TooManyNonVoting {
                    max,
                    got,
                    basis: ctx.rules.basis(RuleField::NonvotingAttendeesMax),
                });
            }
        }
        Ok(())
    }

    /// Records a step on the entry's day.
    pub(super) fn commit_preparation(
        &mut self,
        today: NaiveDate,
        session: SessionId,
        step: PreparationStep,
    ) {
        if let Some(s) = self.find_mut(session) {
            let slot = match step {
                PreparationStep::PublishDate => &mut s.preparation.date_published,
                PreparationStep::SendNotice => &mut s.preparation.notice_sent,
                PreparationStep::SendMaterials => &mut s.preparation.materials_sent,
            };
            *slot = Some(today);
        }
    }

    /// Records a non-voting attendee.
    pub(super) fn commit_nonvoting(&mut self, session: SessionId, attendee: &NonVotingAttendee) {
        if let Some(s) = self.find_mut(session) {
            s.nonvoting.push(attendee.clone());
        }
    }
}

/// What opening a session needs of its preparation: the notice and materials in time where the
/// rulebook sets a period, and for the term's first session the published list of deputies.
pub(super) fn check_ready(
    s: &Session,
    roster: &Roster,
    rules: &Rulebook,
    today: NaiveDate,
) -> Result<(), SessionError> {
    if s.kind == SessionKind::First && roster.list_published().is_none_or(|on| on > today) {
        return Err(SessionError::ListNotPublished { citation: LIST });
    }
    if s.kind == SessionKind::Interim && !rules.session_notice_for_interim.value {
        return Ok(());
    }
    let steps = [
        (
            PreparationStep::SendNotice,
            rules.session_notice_days.value,
            RuleField::SessionNoticeDays,
        ),
        (
            PreparationStep::SendMaterials,
            rules.session_materials_days.value,
            RuleField::SessionMaterialsDays,
        ),
    ];
    for (step, days, field) in steps {
        let Some(days) = days else { continue };
        let latest = s
            .opens_on
            .checked_sub_days(chrono::Days::new(days.into()))
            .unwrap_or(NaiveDate::MIN);
        let sent_on = s.preparation.on(step);
        if sent_on.is_none_or(|on| on > latest) {
            return Err(SessionError::PreparationLate {
                step,
                days,
                sent_on,
                latest,
                basis: rules.basis(field),
            });
        }
    }
    Ok(())
}
