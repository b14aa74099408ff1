//! Congress sessions (人民代表大会会议): scheduling, the preparatory meeting, attendance and
//! quorum, the agenda, roll votes, elections, and closing.
//!
//! Every [`SessionCommand`] becomes one [`SessionEvent`]; the events of a session are its
//! minutes (会议记录). Every event is checked against the rules before anything changes, for
//! the live record and for a replayed one alike, and figures an event carries (a tally, an
//! outcome, the absentees) are recomputed and compared.
//!
//! | command | actor | phase | rule |
//! | --- | --- | --- | --- |
//! | [`SignInterimProposal`](SessionCommand::SignInterimProposal) | the deputy | — | ≥ 1/5 of all deputies qualifies it, 组织法2022 第十四条第三款 |
//! | [`ConveneFirstSession`](SessionCommand::ConveneFirstSession) | previous presidium | — | after the election and ≤ 2 months after it, one per term, 组织法2022 第二十条 |
//! | [`RecordAttendance`](SessionCommand::RecordAttendance) | staff; the deputy (present); chair or vice-chair (leave) | scheduled, sitting | 代表法2025 第十三条 |
//! | [`PutItem`](SessionCommand::PutItem) | presidium | see below | 组织法2022 第十二条 |
//! | [`CastVote`](SessionCommand::CastVote) | the deputy, present and serving | as the item | 代表法2025 第二十三条 |
//! | [`CloseVote`](SessionCommand::CloseVote) | presidium | as the item | quorum, then > 1/2 of all deputies, counting votes of deputies still present and serving, 组织法2022 第二十五条 |
//! | [`OpenSession`](SessionCommand::OpenSession) | presidium | scheduled → sitting | on or after its date (a first session within its window), ≥ 2/3 present, 组织法2022 第十四条第四款 |
//! | [`CallElection`](SessionCommand::CallElection) … [`CountBallots`](SessionCommand::CountBallots) | presidium, staff | sitting | see [`election`] |
//! | [`CloseSession`](SessionCommand::CloseSession) | presidium | sitting → closed | no roll vote open and no election mid-ballot; absences without leave recorded, 代表法2025 第六十二条 |
//!
//! The session's presidium and its agenda are themselves agenda items
//! ([`Subject::PresidiumElection`], [`Subject::Agenda`]), adopted by roll vote. With a
//! preparatory meeting ([`Rulebook::preparatory_meeting`](crate::rulebook::Rulebook)) they are
//! voted before the session opens and opening needs both; without one they are voted first
//! thing after opening, and no other item may be put until both are adopted.
//!
//! # Effects on other aggregates
//!
//! A session reads the roster (who serves, who holds a post) and changes only itself. What its
//! events entail elsewhere is recorded as that aggregate's events in the same envelope, after
//! the session's own (the ledger checks them all before committing any):
//!
//! | session event | entails | recorded as |
//! | --- | --- | --- |
//! | [`VoteClosed`](SessionEvent::VoteClosed) adopting [`Subject::AcceptResignation`] | the mandate ends that day, announced by the presidium (选举法2020 第五十五条第二款) | [`RosterChange::ResignationAccepted`] |
//! | [`VoteClosed`](SessionEvent::VoteClosed) adopting [`Subject::AcceptOfficerResignation`] | the post ends that day (组织法2022 第三十二条第二款) | [`RosterChange::OfficeVacated`] |
//! | [`VoteClosed`](SessionEvent::VoteClosed) adopting [`Subject::PresidiumElection`] | the elected list becomes the presidium from that day (组织法2022 第十九条第一款) | [`PresidiumEvent::MembershipRecorded`](crate::presidium::PresidiumEvent::MembershipRecorded) (added by the ledger: the presidium sits above sessions) |
//! | [`VoteClosed`](SessionEvent::VoteClosed) on [`Subject::Bill`] | the bill is adopted as a resolution, or rejected (组织法2022 第二十五条) | [`ProposalEvent::BillVoted`](crate::proposal::ProposalEvent::BillVoted) (added by the ledger: the proposals sit above sessions) |
//! | [`BallotsCounted`](SessionEvent::BallotsCounted) | each winner takes the post that day (组织法2022 第十二条第六、七项) | [`RosterChange::OfficerSeated`] |
//! | [`SessionClosed`](SessionEvent::SessionClosed) | each absence without leave counts towards termination (代表法2025 第六十二条第三项) | [`RosterChange::UnexcusedAbsenceNoted`] |
//!
//! A session cannot tell a bill from its id: the ledger asks the proposals to check an item
//! put with [`Subject::Bill`] (listed for this session, once) and every vote cast or closed on
//! it (not withdrawn), in the same entry.
//!
//! Regular and interim sessions are convened, and scheduled sessions moved, by presidium
//! decisions ([`PresidiumDecision::ConveneSession`](crate::presidium::PresidiumDecision::ConveneSession)):
//! the decision's envelope carries [`SessionEvent::SessionConvened`] or
//! [`SessionEvent::SessionMoved`], which no command states by hand.

pub mod election;
mod error;
mod events;
mod preparation;
mod schedule;
mod vote;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use election::{
    CandidateTally, CandidateVotes, Election, ElectionStatus, Nomination, Nominator, RoundOutcome,
};
pub use error::SessionError;
pub use events::{
    AttendanceRecorded, BallotsCounted, CandidateNominated, CandidatesFixed, ElectionCalled,
    FirstSessionConvened, InterimProposalSigned, ItemPut, NonVotingAttendeeRecorded,
    PreparationRecorded, PrimaryCounted, RoundVoided, SessionClosed, SessionConvened, SessionMoved,
    SessionOpened, VoteCast, VoteClosed,
};
pub use preparation::{NonVotingAttendee, NonVotingCapacity, Preparation, PreparationStep};
pub use vote::{AgendaItem, Choice, Margin, Subject, VoteResult};

use crate::actor::{Actor, Context, Forbidden};
use crate::ids::{DeputyId, ElectionId, ItemId, SessionId};
use crate::label::Label;
use crate::roster::{Officeholder, Post, Roster, RosterChange};
use crate::rulebook::{Citation, Rulebook, count};

/// The basis for leave (代表法2025 第十三条第一款, "应当按照规定请假").
const LEAVE: Citation = Citation::deputies(13, Some(1));
/// The presidium presides (组织法2022 第十九条第一款).
const PRESIDES: Citation = Citation::organic(19, Some(1));
/// The deputies' right to propose an interim session (代表法2025 第三十二条).
const INTERIM_RIGHT: Citation = Citation::deputies(32, None);
/// Voting options (代表法2025 第二十三条).
const VOTING: Citation = Citation::deputies(23, None);

/// Every session of the term, and the deputies' interim-session proposals (本届会议).
#[doc(alias = "本届会议")]
///
/// The sessions not yet closed are indexed, so opening a session or calling an election looks
/// at those, not at every session of the record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Sessions {
    sessions: BTreeMap<SessionId, Session>,
    interim_proposals: BTreeMap<SessionId, InterimProposal>,
    /// Sessions scheduled or sitting.
    #[serde(skip)]
    open: BTreeSet<SessionId>,
}

/// Deputies' proposal to call an interim session (临时会议提议).
#[doc(alias = "临时会议提议")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct InterimProposal {
    /// Deputies who signed, each once.
    pub signers: BTreeSet<DeputyId>,
    /// All deputies on the day of the last signature.
    pub all_deputies: u32,
    /// Signatures needed on that day.
    pub required: u32,
}

impl InterimProposal {
    /// Whether the signatures reached the threshold on the day of the last signature.
    ///
    /// A proposal is judged on the day the presidium decides: see
    /// [`InterimProposal::qualified_on`].
    #[must_use]
    pub fn qualified(&self) -> bool {
        count(self.signers.len()) >= self.required
    }

    /// Signers still serving on `date` (签名代表中仍在任的).
    #[must_use]
    pub fn serving_signers(&self, roster: &Roster, date: NaiveDate) -> u32 {
        count(
            self.signers
                .iter()
                .filter(|d| roster.is_serving(**d, date))
                .count(),
        )
    }

    /// Whether the signers still serving on `date` reach
    /// [`Rulebook::interim_session_proposers`] of all deputies on that day
    /// (组织法2022 第十四条第三款, "五分之一以上代表提议").
    ///
    /// A signer who resigned, was recalled or suspended before `date` no longer counts, and the
    /// base is all deputies on `date`.
    #[must_use]
    pub fn qualified_on(&self, roster: &Roster, rules: &Rulebook, date: NaiveDate) -> bool {
        let all = roster.all_deputies_count(rules, date);
        self.serving_signers(roster, date) >= rules.interim_session_proposers.value.required(all)
    }
}

/// One session (人民代表大会会议).
#[doc(alias = "人民代表大会会议")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Session {
    /// Its id.
    pub id: SessionId,
    /// First, regular or interim.
    pub kind: SessionKind,
    /// The opening date the presidium set.
    pub opens_on: NaiveDate,
    /// Scheduled, sitting or closed.
    pub phase: Phase,
    /// Whether the session's presidium has been elected.
    pub presidium_elected: bool,
    /// Whether the agenda has been adopted.
    pub agenda_adopted: bool,
    /// Each deputy's registration.
    pub attendance: BTreeMap<DeputyId, Attendance>,
    /// The agenda.
    pub items: BTreeMap<ItemId, AgendaItem>,
    /// The elections held.
    pub elections: BTreeMap<ElectionId, Election>,
    /// The date's publication, the notice and the materials (会前准备).
    pub preparation: Preparation,
    /// Non-voting attendees (列席人员): never counted toward a quorum or a vote.
    pub nonvoting: Vec<NonVotingAttendee>,
}

impl Session {
    fn new(id: SessionId, kind: SessionKind, opens_on: NaiveDate) -> Self {
        Self {
            id,
            kind,
            opens_on,
            phase: Phase::Scheduled {},
            presidium_elected: false,
            agenda_adopted: false,
            attendance: BTreeMap::new(),
            items: BTreeMap::new(),
            elections: BTreeMap::new(),
            preparation: Preparation::default(),
            nonvoting: Vec::new(),
        }
    }

    /// Deputies recorded present who are serving on `date` (出席代表).
    #[must_use]
    pub fn present_at(&self, roster: &Roster, date: NaiveDate) -> Vec<DeputyId> {
        self.attendance
            .iter()
            .filter(|(d, a)| **a == Attendance::Present && roster.is_serving(**d, date))
            .map(|(d, _)| *d)
            .collect()
    }

    /// Serving deputies on `date` neither present nor on approved leave (未经批准不出席).
    #[must_use]
    pub fn absent_without_leave(&self, roster: &Roster, date: NaiveDate) -> Vec<DeputyId> {
        roster
            .serving_at(date)
            .into_iter()
            .filter(|d| {
                !matches!(
                    self.attendance.get(d),
                    Some(Attendance::Present | Attendance::OnLeave)
                )
            })
            .collect()
    }

    fn check_phase(&self, ok: bool, needs: &'static str) -> Result<(), SessionError> {
        if ok {
            Ok(())
        } else {
            Err(SessionError::WrongPhase {
                session: self.id,
                phase: self.phase.describe(),
                needs,
            })
        }
    }

    /// Checks that ≥ the quorum of all deputies are present on `date`.
    /// How many deputies are recorded present and serving on `date`.
    #[must_use]
    pub fn present_count(&self, roster: &Roster, date: NaiveDate) -> u32 {
        let present = self
            .attendance
            .iter()
            .filter(|(d, a)| **a == Attendance::Present && roster.is_serving(**d, date));
        count(present.count())
    }

    fn check_quorum(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        date: NaiveDate,
    ) -> Result<(u32, u32, u32), SessionError> {
        let present = self.present_count(roster, date);
        let all = roster.all_deputies_count(rules, date);
        let needed = rules.session_quorum.value.required(all);
        if present < needed {
            return Err(SessionError::QuorumNotMet {
                needed,
                present,
                all_deputies: all,
                short: needed - present,
                citation: rules.session_quorum.citation.clone(),
            });
        }
        Ok((present, all, needed))
    }
}

/// Where a session stands (会议阶段).
#[doc(alias = "会议阶段")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Phase {
    /// Date set, not yet opened; the preparatory meeting is held in this phase (已决定召开).
    Scheduled {},
    /// Opened and sitting (举行中).
    Sitting {
        /// The day it opened.
        opened_on: NaiveDate,
    },
    /// Closed (闭幕).
    Closed {
        /// The day it opened.
        opened_on: NaiveDate,
        /// The day it closed.
        closed_on: NaiveDate,
    },
}

impl Phase {
    const fn describe(&self) -> &'static str {
        match self {
            Self::Scheduled {} => "scheduled, not yet open",
            Self::Sitting { .. } => "sitting",
            Self::Closed { .. } => "closed",
        }
    }

    const fn opened_on(&self) -> Option<NaiveDate> {
        match self {
            Self::Scheduled {} => None,
            Self::Sitting { opened_on } | Self::Closed { opened_on, .. } => Some(*opened_on),
        }
    }
}

impl Label for Phase {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Scheduled {} => "已决定召开",
            Self::Sitting { .. } => "举行中",
            Self::Closed { .. } => "闭幕",
        }
    }
}

/// A deputy's registration at a session (出席登记).
#[doc(alias = "出席登记")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    /// Present (出席), recorded by staff or by the deputy signing in.
    Present,
    /// On leave approved by the chair or a vice-chair (请假).
    OnLeave,
    /// Absent without leave (缺席), recorded by staff.
    Absent,
}

impl Attendance {
    const fn describe(self) -> &'static str {
        match self {
            Self::Present => "present",
            Self::OnLeave => "on leave",
            Self::Absent => "absent without leave",
        }
    }
}

impl Label for Attendance {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Present => "出席",
            Self::OnLeave => "请假",
            Self::Absent => "缺席",
        }
    }
}

/// What kind of session (会议类型).
#[doc(alias = "会议类型")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    /// The first session of a term, convened by the previous presidium (每届第一次会议).
    First,
    /// A regular session (例会).
    Regular,
    /// An interim session (临时会议).
    Interim,
}

impl SessionKind {
    const fn describe(self) -> &'static str {
        match self {
            Self::First => "the term's first session",
            Self::Regular => "a regular session",
            Self::Interim => "an interim session",
        }
    }
}

impl Label for SessionKind {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::First => "每届第一次会议",
            Self::Regular => "例会",
            Self::Interim => "临时会议",
        }
    }
}

/// A command to a session (会议指令).
#[doc(alias = "会议指令")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum SessionCommand {
    /// A deputy (the actor) signs the proposal to call interim session `session` (提议临时召集).
    SignInterimProposal {
        /// The id the proposed session will take.
        session: SessionId,
    },
    /// The previous term's presidium convenes the term's first session (召集第一次会议).
    ConveneFirstSession {
        /// The new session's id.
        session: SessionId,
        /// Its opening date.
        opens_on: NaiveDate,
    },
    /// Registers a deputy present, on leave or absent (出席登记).
    RecordAttendance {
        /// The session.
        session: SessionId,
        /// The deputy.
        deputy: DeputyId,
        /// Present, on leave, absent.
        attendance: Attendance,
    },
    /// The presidium puts an item on the agenda (列入议程).
    PutItem {
        /// The session.
        session: SessionId,
        /// The new item's id.
        item: ItemId,
        /// Its title.
        title: String,
        /// What it is.
        subject: Subject,
    },
    /// A deputy (the actor) votes on an item (表决).
    CastVote {
        /// The session.
        session: SessionId,
        /// The item.
        item: ItemId,
        /// For, against, abstain.
        choice: Choice,
    },
    /// The presidium closes the vote; the tally comes from the roll (宣布表决结果).
    ///
    /// Only votes of deputies present and serving on the day of the close count: a deputy
    /// recorded absent or on leave after voting, or whose resignation took effect before the
    /// close, no longer counts.
    CloseVote {
        /// The session.
        session: SessionId,
        /// The item.
        item: ItemId,
    },
    /// The presidium opens the session (开幕).
    OpenSession {
        /// The session.
        session: SessionId,
    },
    /// The presidium calls an election to a post (选举).
    CallElection {
        /// The session.
        session: SessionId,
        /// The new election's id.
        election: ElectionId,
        /// The post.
        post: Post,
        /// Seats to fill (应选名额).
        seats: u32,
        /// For vice-chairs and deputy heads, the margin of candidates over seats that the
        /// election measures fix (选举办法规定的具体差额数), within
        /// [`Rulebook::vice_candidates_extra_min`]`..=`[`Rulebook::vice_candidates_extra_max`];
        /// `None` for the chair and the head, or to allow the whole statutory range
        /// (组织法2022 第二十七条第一款).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        margin: Option<u32>,
        /// A by-election to fill a vacancy (补选) at a later session: candidates may equal
        /// the seats, or exceed them by up to
        /// [`Rulebook::by_election_candidates_extra_max`] (组织法2022 第三十条).
        #[serde(default)]
        by_election: bool,
    },
    /// A candidate is nominated, by the presidium or by deputies in writing (提名).
    Nominate {
        /// The session.
        session: SessionId,
        /// The election.
        election: ElectionId,
        /// The candidate.
        candidate: Officeholder,
        /// Who nominates.
        nominator: Nominator,
        /// The candidate's ethnicity: required for the head of a 民族乡, who is a citizen of a
        /// minority the township was founded for (组织法2022 第七十条第三款).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ethnicity: Option<String>,
    },
    /// The presidium fixes the formal candidates when the nominees fit the range (确定正式候选人).
    FixCandidates {
        /// The session.
        session: SessionId,
        /// The election.
        election: ElectionId,
    },
    /// For seats a ballot left unfilled, the presidium fixes the candidates from the first
    /// ballot's ranking instead of new nominations (另行选举, 组织法2022 第二十九条第二款): the
    /// `candidates` persons not elected with the most votes, within the range of 第二十七条
    /// (the 差额 for vice posts, 第二十九条第三款), exempt from the nominators' cap.
    FixCandidatesFromRanking {
        /// The session.
        session: SessionId,
        /// The election.
        election: ElectionId,
        /// How many candidates to take from the top of the ranking.
        candidates: u32,
    },
    /// Staff record the primary's count; the top vote-getters become candidates (预选).
    CountPrimary {
        /// The session.
        session: SessionId,
        /// The election.
        election: ElectionId,
        /// Votes for each nominee.
        counts: Vec<CandidateVotes>,
    },
    /// The presidium records a step of preparing a session not yet open: the date published,
    /// the notice or the materials sent (会前准备; see [`PreparationStep`]).
    Prepare {
        /// The session.
        session: SessionId,
        /// The step.
        step: PreparationStep,
    },
    /// The presidium or staff record a person attending without a vote (列席,
    /// 组织法2022 第二十一条).
    RecordNonVotingAttendee {
        /// The session.
        session: SessionId,
        /// Who.
        attendee: NonVotingAttendee,
    },
    /// The tellers record a secret-ballot round's count (计票).
    CountBallots {
        /// The session.
        session: SessionId,
        /// The election.
        election: ElectionId,
        /// Ballots handed back.
        ballots_returned: u32,
        /// For, against, abstain for each candidate on the ballot.
        tallies: Vec<CandidateTally>,
        /// Votes written in for others (另选他人).
        #[serde(default)]
        write_ins: Vec<CandidateVotes>,
    },
    /// The presidium closes the session (闭幕).
    ///
    /// Refused while a roll vote is open or an election has candidates on the ballot and no
    /// count; an election whose seats await new nominations may stay open (另行选举 may be
    /// held at the next session, 组织法2022 第二十九条第二款).
    CloseSession {
        /// The session.
        session: SessionId,
    },
}

impl Label for SessionCommand {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::SignInterimProposal { .. } => "联名提议临时召集会议",
            Self::ConveneFirstSession { .. } => "召集本届第一次会议",
            Self::RecordAttendance { .. } => "登记出席",
            Self::PutItem { .. } => "提请审议",
            Self::CastVote { .. } => "表决",
            Self::CloseVote { .. } => "宣布表决结果",
            Self::OpenSession { .. } => "宣布开会",
            Self::CallElection { .. } => "决定选举",
            Self::Nominate { .. } => "提名候选人",
            Self::FixCandidates { .. } => "确定正式候选人",
            Self::FixCandidatesFromRanking { .. } => "按得票顺序确定候选人",
            Self::CountPrimary { .. } => "预选计票",
            Self::CountBallots { .. } => "选举计票",
            Self::Prepare { step, .. } => step.label_zh(),
            Self::RecordNonVotingAttendee { .. } => "列席登记",
            Self::CloseSession { .. } => "宣布闭会",
        }
    }
}

/// An event of a session; the session's events are its minutes (会议记录).
#[doc(alias = "会议记录")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum SessionEvent {
    /// A deputy signed an interim-session proposal.
    InterimProposalSigned(InterimProposalSigned),
    /// The first session of the term was convened.
    FirstSessionConvened(FirstSessionConvened),
    /// A regular or interim session was convened by a presidium decision (决定召开), recorded
    /// as an effect of the decision in the same envelope.
    SessionConvened(SessionConvened),
    /// A scheduled session's date was moved by a presidium decision (提前或者推迟召开),
    /// recorded as an effect of the decision.
    SessionMoved(SessionMoved),
    /// A deputy's attendance was recorded.
    AttendanceRecorded(AttendanceRecorded),
    /// An item was put on the agenda.
    ItemPut(ItemPut),
    /// A deputy voted.
    VoteCast(VoteCast),
    /// A vote closed with its result.
    VoteClosed(VoteClosed),
    /// The session opened.
    SessionOpened(SessionOpened),
    /// An election was called.
    ElectionCalled(ElectionCalled),
    /// A candidate was nominated.
    CandidateNominated(CandidateNominated),
    /// The formal candidates were fixed from the nominees.
    CandidatesFixed(CandidatesFixed),
    /// A primary was counted and the formal candidates picked.
    PrimaryCounted(PrimaryCounted),
    /// A ballot round was counted.
    BallotsCounted(BallotsCounted),
    /// A ballot round was void: more ballots returned than issued (选举无效).
    RoundVoided(RoundVoided),
    /// The session closed.
    SessionClosed(SessionClosed),
    /// A preparation step was recorded.
    PreparationRecorded(PreparationRecorded),
    /// A non-voting attendee was recorded.
    NonVotingAttendeeRecorded(NonVotingAttendeeRecorded),
}

/// Read tag first (see `crate::wire`): session events are most of the archive.
impl<'de> Deserialize<'de> for SessionEvent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::wire::deserialize(d)
    }
}

impl<'de> crate::wire::Tagged<'de> for SessionEvent {
    const EXPECTING: &'static str = "a session event, such as {\"kind\": \"vote_cast\", …}";
    const VARIANTS: &'static [&'static str] = &[
        "interim_proposal_signed",
        "first_session_convened",
        "session_convened",
        "session_moved",
        "attendance_recorded",
        "item_put",
        "vote_cast",
        "vote_closed",
        "session_opened",
        "election_called",
        "candidate_nominated",
        "candidates_fixed",
        "primary_counted",
        "ballots_counted",
        "round_voided",
        "session_closed",
        "preparation_recorded",
        "non_voting_attendee_recorded",
    ];

    fn variant<D: serde::Deserializer<'de>>(tag: &str, fields: D) -> Result<Self, D::Error> {
        match tag {
            "interim_proposal_signed" => {
                InterimProposalSigned::deserialize(fields).map(Self::InterimProposalSigned)
            }
            "first_session_convened" => {
                FirstSessionConvened::deserialize(fields).map(Self::FirstSessionConvened)
            }
            "session_convened" => SessionConvened::deserialize(fields).map(Self::SessionConvened),
            "session_moved" => SessionMoved::deserialize(fields).map(Self::SessionMoved),
            "attendance_recorded" => {
                AttendanceRecorded::deserialize(fields).map(Self::AttendanceRecorded)
            }
            "item_put" => ItemPut::deserialize(fields).map(Self::ItemPut),
            "vote_cast" => VoteCast::deserialize(fields).map(Self::VoteCast),
            "vote_closed" => VoteClosed::deserialize(fields).map(Self::VoteClosed),
            "session_opened" => SessionOpened::deserialize(fields).map(Self::SessionOpened),
            "election_called" => ElectionCalled::deserialize(fields).map(Self::ElectionCalled),
            "candidate_nominated" => {
                CandidateNominated::deserialize(fields).map(Self::CandidateNominated)
            }
            "candidates_fixed" => CandidatesFixed::deserialize(fields).map(Self::CandidatesFixed),
            "primary_counted" => PrimaryCounted::deserialize(fields).map(Self::PrimaryCounted),
            "ballots_counted" => BallotsCounted::deserialize(fields).map(Self::BallotsCounted),
            "round_voided" => RoundVoided::deserialize(fields).map(Self::RoundVoided),
            "session_closed" => SessionClosed::deserialize(fields).map(Self::SessionClosed),
            "preparation_recorded" => {
                PreparationRecorded::deserialize(fields).map(Self::PreparationRecorded)
            }
            "non_voting_attendee_recorded" => {
                NonVotingAttendeeRecorded::deserialize(fields).map(Self::NonVotingAttendeeRecorded)
            }
            other => Err(crate::wire::unknown::<Self, D::Error>(other)),
        }
    }
}

impl Label for SessionEvent {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::InterimProposalSigned(_) => "联名提议临时召集会议",
            Self::FirstSessionConvened(_) => "召集本届第一次会议",
            Self::SessionConvened(_) => "决定召开会议",
            Self::SessionMoved(_) => "变更会议日期",
            Self::AttendanceRecorded(_) => "出席登记",
            Self::ItemPut(_) => "列入议程",
            Self::VoteCast(_) => "表决",
            Self::VoteClosed(_) => "宣布表决结果",
            Self::SessionOpened(_) => "开幕",
            Self::ElectionCalled(_) => "举行选举",
            Self::CandidateNominated(_) => "提名候选人",
            Self::CandidatesFixed(_) => "确定正式候选人",
            Self::PrimaryCounted(_) => "预选",
            Self::BallotsCounted(_) => "计票",
            Self::RoundVoided(_) => "选举无效",
            Self::SessionClosed(_) => "闭幕",
            Self::PreparationRecorded(p) => p.step.label_zh(),
            Self::NonVotingAttendeeRecorded(_) => "列席登记",
        }
    }
}

/// Whether a calendar year held the sessions the law asks for (年度会议次数).
#[doc(alias = "年度会议次数")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct YearCompliance {
    /// The year.
    pub year: i32,
    /// Sessions opened in the year.
    pub held: u32,
    /// The hard floor (每年至少举行一次).
    pub floor: u32,
    /// The normal count (一般每年举行两次).
    pub normal: u32,
    /// `held >= floor`.
    pub meets_floor: bool,
    /// `held >= normal`.
    pub meets_normal: bool,
    /// 组织法2022 第十四条第一款.
    pub citation: Citation,
    /// The reports and budget items the year's sessions heard (put on their agenda).
    pub heard: ReportsHeard,
}

/// Which of the yearly reports and budget items a year's sessions heard (年度审议事项): put
/// on the agenda of a session opened in the year, whatever the vote.
#[doc(alias = "年度审议事项")]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ReportsHeard {
    /// The presidium's report on its recess work (主席团工作报告), 组织法2022 第十九条第二款.
    pub presidium_work_report: bool,
    /// The township government's work report (政府工作报告), 组织法2022 第十二条第八项.
    pub government_work_report: bool,
    /// The budget (预算), 组织法2022 第十二条第四项.
    pub budget: bool,
    /// The report on the budget's execution (预算执行情况的报告), 第十二条第四项.
    pub budget_execution_report: bool,
    /// The final accounts (决算), 第十二条第四项.
    pub final_accounts: bool,
}

impl ReportsHeard {
    /// What was not heard, by its Chinese name.
    #[must_use]
    pub fn missing(&self) -> Vec<&'static str> {
        [
            (self.presidium_work_report, "主席团工作报告"),
            (self.government_work_report, "政府工作报告"),
            (self.budget, "预算"),
            (self.budget_execution_report, "预算执行情况的报告"),
            (self.final_accounts, "决算"),
        ]
        .into_iter()
        .filter(|(heard, _)| !heard)
        .map(|(_, name)| name)
        .collect()
    }
}

/// How many attended a session, on a day (出席情况).
#[doc(alias = "出席情况")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct AttendanceCounts {
    /// All deputies on the day (the base of the quorum).
    pub all_deputies: u32,
    /// Serving deputies recorded present.
    pub present: u32,
    /// Serving deputies on approved leave.
    pub on_leave: u32,
    /// Serving deputies neither present nor on leave.
    pub absent_without_leave: u32,
    /// Non-voting attendees (列席), never part of the other counts.
    pub nonvoting: u32,
}

/// Getters and the contract with the presidium.
impl Sessions {
    /// A session by id.
    #[must_use]
    pub fn get(&self, session: SessionId) -> Option<&Session> {
        self.sessions.get(&session)
    }

    /// Every session, in id order.
    pub fn iter(&self) -> impl Iterator<Item = &Session> {
        self.sessions.values()
    }

    /// The interim-session proposal for `session`, if deputies signed one.
    #[must_use]
    pub fn interim_proposal(&self, session: SessionId) -> Option<&InterimProposal> {
        self.interim_proposals.get(&session)
    }

    pub(crate) fn interim_proposal_qualified(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        session: SessionId,
        date: NaiveDate,
    ) -> bool {
        self.interim_proposals
            .get(&session)
            .is_some_and(|p| p.qualified_on(roster, rules, date))
    }

    /// The session sitting (opened, not closed) on `date`, if any.
    #[must_use]
    pub fn sitting_on(&self, date: NaiveDate) -> Option<SessionId> {
        self.sessions
            .values()
            .find(|s| match s.phase {
                Phase::Scheduled {} => false,
                Phase::Sitting { opened_on } => opened_on <= date,
                Phase::Closed {
                    opened_on,
                    closed_on,
                } => opened_on <= date && date <= closed_on,
            })
            .map(|s| s.id)
    }

    /// The result of a roll vote on an item, once closed (表决结果).
    #[must_use]
    pub fn item_result(&self, session: SessionId, item: ItemId) -> Option<&VoteResult> {
        self.get(session)?.items.get(&item)?.result.as_ref()
    }

    /// An election of a session: its status, and who was elected so far
    /// ([`Election::elected`]).
    #[must_use]
    pub fn election(&self, session: SessionId, election: ElectionId) -> Option<&Election> {
        self.get(session)?.elections.get(&election)
    }

    /// A session's attendance on `date`: present, on leave and absent without leave among the
    /// serving deputies, and the non-voting attendees apart.
    #[must_use]
    pub fn attendance_counts(
        &self,
        roster: &Roster,
        rules: &Rulebook,
        session: SessionId,
        date: NaiveDate,
    ) -> Option<AttendanceCounts> {
        let s = self.get(session)?;
        let serving = roster.serving_at(date);
        let with = |a: Attendance| {
            count(
                serving
                    .iter()
                    .filter(|d| s.attendance.get(d) == Some(&a))
                    .count(),
            )
        };
        Some(AttendanceCounts {
            all_deputies: roster.all_deputies_count(rules, date),
            present: with(Attendance::Present),
            on_leave: with(Attendance::OnLeave),
            absent_without_leave: count(s.absent_without_leave(roster, date).len()),
            nonvoting: count(s.nonvoting.len()),
        })
    }

    /// Sessions opened in calendar year `year` (年度会议次数).
    #[must_use]
    pub fn sessions_in_year(&self, year: i32) -> u32 {
        count(
            self.sessions
                .values()
                .filter_map(|s| s.phase.opened_on())
                .filter(|d| d.year() == year)
                .count(),
        )
    }

    /// Whether `year` held at least one session (hard floor) and the normal two.
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::{Rulebook, session::Sessions};
    ///
    /// let c = Sessions::default().year_compliance(&Rulebook::NATIONAL, 2026);
    /// assert_eq!((c.held, c.meets_floor, c.meets_normal), (0, false, false));
    /// ```
    #[must_use]
    pub fn year_compliance(&self, rules: &Rulebook, year: i32) -> YearCompliance {
        let held = self.sessions_in_year(year);
        let floor = rules.sessions_per_year_min.value;
        let normal = rules.sessions_per_year_normal.value;
        YearCompliance {
            year,
            held,
            floor,
            normal,
            meets_floor: held >= floor,
            meets_normal: held >= normal,
            citation: rules.sessions_per_year_min.citation.clone(),
            heard: self.heard_in(year),
        }
    }

    /// The reports and budget items put on the agenda of sessions opened in `year`.
    fn heard_in(&self, year: i32) -> ReportsHeard {
        let mut heard = ReportsHeard::default();
        let items = self
            .sessions
            .values()
            .filter(|s| s.phase.opened_on().is_some_and(|d| d.year() == year))
            .flat_map(|s| s.items.values());
        for it in items {
            match it.subject {
                Subject::PresidiumWorkReport {} => heard.presidium_work_report = true,
                Subject::GovernmentWorkReport {} => heard.government_work_report = true,
                Subject::Budget {} => heard.budget = true,
                Subject::BudgetExecutionReport {} => heard.budget_execution_report = true,
                Subject::FinalAccounts {} => heard.final_accounts = true,
                _ => {}
            }
        }
        heard
    }
}
pub(crate) fn require(
    ctx: &Context<'_>,
    ok: bool,
    action: &'static str,
    allowed: &'static str,
    basis: impl Into<crate::rulebook::Basis>,
) -> Result<(), SessionError> {
    if ok {
        Ok(())
    } else {
        Err(Forbidden::new(ctx.actor.clone(), action, allowed, basis).into())
    }
}

pub(crate) fn presidium_only(ctx: &Context<'_>, action: &'static str) -> Result<(), SessionError> {
    require(
        ctx,
        *ctx.actor == Actor::Presidium {},
        action,
        "the presidium",
        PRESIDES,
    )
}

pub(crate) fn staff_only(ctx: &Context<'_>, action: &'static str) -> Result<(), SessionError> {
    require(
        ctx,
        matches!(ctx.actor, Actor::Staff { .. }),
        action,
        "congress staff (the tellers)",
        Citation::organic(28, None),
    )
}

/// The deputy acting in person, or the refusal naming the act and its rule.
fn deputy_in_person(
    ctx: &Context<'_>,
    action: &'static str,
    citation: Citation,
) -> Result<DeputyId, SessionError> {
    ctx.actor.as_deputy().ok_or_else(|| {
        Forbidden::new(ctx.actor.clone(), action, "a deputy, in person", citation).into()
    })
}

pub(crate) fn mismatch<T: std::fmt::Debug + PartialEq>(
    what: &'static str,
    recorded: &T,
    computed: &T,
) -> Result<(), SessionError> {
    if recorded == computed {
        Ok(())
    } else {
        Err(SessionError::Mismatch {
            what,
            recorded: format!("{recorded:?}"),
            computed: format!("{computed:?}"),
        })
    }
}

/// Lookups.
impl Sessions {
    /// The session, or the refusal naming the unknown id.
    pub(crate) fn find(&self, session: SessionId) -> Result<&Session, SessionError> {
        self.sessions
            .get(&session)
            .ok_or(SessionError::UnknownSession(session))
    }

    fn find_mut(&mut self, session: SessionId) -> Option<&mut Session> {
        self.sessions.get_mut(&session)
    }

    /// Sessions scheduled or sitting, in id order.
    pub(crate) fn not_closed(&self) -> impl Iterator<Item = &Session> {
        self.open.iter().filter_map(|id| self.sessions.get(id))
    }
}

/// Inputs: a command becomes an event ([`Sessions::decide`]); an event is checked against
/// every rule without changing anything ([`Sessions::check`]), names the roster changes it
/// entails ([`Sessions::effects`]), and is committed ([`Sessions::commit`]), which cannot fail.
/// The ledger runs them in that order for the live record and for a replayed one.
impl Sessions {
    /// Turns a command into the event it records, computing derived figures from the record.
    pub(crate) fn decide(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        cmd: &SessionCommand,
    ) -> Result<SessionEvent, SessionError> {
        use SessionCommand as C;
        Ok(match cmd {
            C::SignInterimProposal { session } => {
                SessionEvent::InterimProposalSigned(InterimProposalSigned {
                    session: *session,
                    deputy: deputy_in_person(
                        ctx,
                        "sign an interim-session proposal",
                        INTERIM_RIGHT,
                    )?,
                })
            }
            C::ConveneFirstSession { session, opens_on } => {
                SessionEvent::FirstSessionConvened(FirstSessionConvened {
                    session: *session,
                    opens_on: *opens_on,
                })
            }
            C::RecordAttendance {
                session,
                deputy,
                attendance,
            } => SessionEvent::AttendanceRecorded(AttendanceRecorded {
                session: *session,
                deputy: *deputy,
                attendance: *attendance,
            }),
            C::PutItem { .. } | C::CastVote { .. } | C::CloseVote { .. } => {
                self.decide_vote(roster, ctx, cmd)?
            }
            C::OpenSession { session } => {
                let s = self.find(*session)?;
                let (present, all_deputies, required) =
                    s.check_quorum(roster, ctx.rules, ctx.today)?;
                SessionEvent::SessionOpened(SessionOpened {
                    session: *session,
                    present,
                    all_deputies,
                    required,
                })
            }
            C::CloseSession { session } => {
                SessionEvent::SessionClosed(SessionClosed { session: *session })
            }
            C::Prepare { session, step } => {
                SessionEvent::PreparationRecorded(PreparationRecorded {
                    session: *session,
                    step: *step,
                })
            }
            C::RecordNonVotingAttendee { session, attendee } => {
                SessionEvent::NonVotingAttendeeRecorded(NonVotingAttendeeRecorded {
                    session: *session,
                    attendee: attendee.clone(),
                })
            }
            C::CallElection { .. }
            | C::Nominate { .. }
            | C::FixCandidates { .. }
            | C::FixCandidatesFromRanking { .. }
            | C::CountPrimary { .. }
            | C::CountBallots { .. } => self.decide_election(roster, ctx, cmd)?,
        })
    }

    /// Turns an agenda or vote command into its event; a closing vote's result is derived.
    fn decide_vote(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        cmd: &SessionCommand,
    ) -> Result<SessionEvent, SessionError> {
        use SessionCommand as C;
        Ok(match cmd {
            C::PutItem {
                session,
                item,
                title,
                subject,
            } => SessionEvent::ItemPut(ItemPut {
                session: *session,
                item: *item,
                title: title.clone(),
                subject: subject.clone(),
            }),
            C::CastVote {
                session,
                item,
                choice,
            } => {
                deputy_in_person(ctx, "vote", VOTING)?;
                SessionEvent::VoteCast(VoteCast {
                    session: *session,
                    item: *item,
                    choice: *choice,
                })
            }
            C::CloseVote { session, item } => SessionEvent::VoteClosed(VoteClosed {
                session: *session,
                item: *item,
                result: vote::result(self.find(*session)?, roster, ctx, *item)?,
            }),
            _ => return Err(SessionError::AlreadyDone { what: "nothing" }),
        })
    }

    /// Checks one event against the actor, the rulebook, the roster and the sessions, without
    /// changing anything.
    ///
    /// # Errors
    ///
    /// The [`SessionError`] of the first rule the event breaks.
    pub(crate) fn check(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        event: &SessionEvent,
    ) -> Result<(), SessionError> {
        use SessionEvent as E;
        match event {
            E::InterimProposalSigned(InterimProposalSigned { session, deputy }) => {
                self.check_interim_signed(roster, ctx, *session, *deputy)
            }
            E::FirstSessionConvened(FirstSessionConvened { session, opens_on }) => {
                self.check_first_convened(roster, ctx, *session, *opens_on)
            }
            E::SessionConvened(SessionConvened { .. }) | E::SessionMoved(SessionMoved { .. }) => {
                Err(SessionError::OnlyAsEffect {
                    event: event.label_zh(),
                })
            }
            E::AttendanceRecorded(AttendanceRecorded {
                session,
                deputy,
                attendance,
            }) => self.check_attendance(roster, ctx, *session, *deputy, *attendance),
            E::ItemPut(ItemPut {
                session,
                item,
                subject,
                ..
            }) => self.check_item_put(roster, ctx, *session, *item, subject),
            E::VoteCast(VoteCast { session, item, .. }) => {
                let deputy = deputy_in_person(ctx, "vote", VOTING)?;
                self.check_vote_cast(roster, ctx, *session, *item, deputy)
            }
            E::VoteClosed(VoteClosed {
                session,
                item,
                result,
            }) => self.check_vote_closed(roster, ctx, *session, *item, result),
            E::SessionOpened(SessionOpened {
                session,
                present,
                all_deputies,
                required,
            }) => self.check_opened(roster, ctx, *session, (*present, *all_deputies, *required)),
            E::SessionClosed(SessionClosed { session }) => self.check_closed(ctx, *session),
            E::PreparationRecorded(PreparationRecorded { session, .. }) => {
                self.check_preparation(ctx, *session)
            }
            E::NonVotingAttendeeRecorded(NonVotingAttendeeRecorded { session, attendee }) => {
                self.check_nonvoting(roster, ctx, *session, attendee)
            }
            E::ElectionCalled(ElectionCalled { .. })
            | E::CandidateNominated(CandidateNominated { .. })
            | E::CandidatesFixed(CandidatesFixed { .. })
            | E::PrimaryCounted(PrimaryCounted { .. })
            | E::BallotsCounted(BallotsCounted { .. })
            | E::RoundVoided(RoundVoided { .. }) => self.check_election(roster, ctx, event),
        }
    }

    /// Checks an event that a presidium decision entails (a session convened or moved); its
    /// authority is the decision's.
    ///
    /// # Errors
    ///
    /// As [`Sessions::check`]; any other event is refused as not an effect.
    pub(crate) fn check_effect(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        event: &SessionEvent,
    ) -> Result<(), SessionError> {
        match event {
            SessionEvent::SessionConvened(SessionConvened {
                session,
                session_kind,
                opens_on,
            }) => self.check_convened(roster, ctx.rules, *session, *session_kind, *opens_on),
            SessionEvent::SessionMoved(SessionMoved { session, opens_on }) => {
                self.check_moved(roster, ctx.rules, *session, *opens_on)
            }
            _ => Err(SessionError::NotAnEffect {
                event: event.label_zh(),
            }),
        }
    }

    /// The roster changes a checked event entails, recorded with it in the same envelope: a
    /// resignation or an officer's resignation accepted, officers seated by a count, absences
    /// without leave noted at the close.
    pub(crate) fn effects(
        &self,
        roster: &Roster,
        ctx: &Context<'_>,
        event: &SessionEvent,
    ) -> Vec<RosterChange> {
        match event {
            SessionEvent::VoteClosed(VoteClosed {
                session,
                item,
                result,
            }) => self.vote_effects(ctx, *session, *item, result),
            SessionEvent::BallotsCounted(BallotsCounted {
                session,
                election,
                outcome,
                ..
            }) => self.count_effects(ctx, *session, *election, outcome),
            SessionEvent::SessionClosed(SessionClosed { session }) => self
                .sessions
                .get(session)
                .map(|s| s.absent_without_leave(roster, ctx.today))
                .unwrap_or_default()
                .into_iter()
                .map(|d| RosterChange::UnexcusedAbsenceNoted {
                    deputy: d,
                    session: *session,
                    on: ctx.today,
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Records a checked event. Cannot fail: [`Sessions::check`] proved every lookup.
    pub(crate) fn commit(&mut self, roster: &Roster, ctx: &Context<'_>, event: &SessionEvent) {
        use SessionEvent as E;
        match event {
            E::InterimProposalSigned(InterimProposalSigned { session, deputy }) => {
                self.commit_interim_signed(roster, ctx, *session, *deputy);
            }
            E::FirstSessionConvened(FirstSessionConvened { session, opens_on }) => {
                self.commit_convened(*session, SessionKind::First, *opens_on);
            }
            E::SessionConvened(SessionConvened {
                session,
                session_kind,
                opens_on,
            }) => self.commit_convened(*session, *session_kind, *opens_on),
            E::SessionMoved(SessionMoved { session, opens_on }) => {
                if let Some(s) = self.find_mut(*session) {
                    s.opens_on = *opens_on;
                }
            }
            E::AttendanceRecorded(AttendanceRecorded {
                session,
                deputy,
                attendance,
            }) => {
                if let Some(s) = self.find_mut(*session) {
                    s.attendance.insert(*deputy, *attendance);
                }
            }
            E::SessionOpened(SessionOpened { session, .. }) => {
                if let Some(s) = self.find_mut(*session) {
                    s.phase = Phase::Sitting {
                        opened_on: ctx.today,
                    };
                }
            }
            E::SessionClosed(SessionClosed { session, .. }) => {
                self.open.remove(session);
                if let Some(s) = self.find_mut(*session)
                    && let Some(opened_on) = s.phase.opened_on()
                {
                    s.phase = Phase::Closed {
                        opened_on,
                        closed_on: ctx.today,
                    };
                }
            }
            E::ItemPut(_) | E::VoteCast(_) | E::VoteClosed(_) => {
                self.commit_vote(ctx, event);
            }
            E::PreparationRecorded(PreparationRecorded { session, step }) => {
                self.commit_preparation(ctx.today, *session, *step);
            }
            E::NonVotingAttendeeRecorded(NonVotingAttendeeRecorded { session, attendee }) => {
                self.commit_nonvoting(*session, attendee);
            }
            E::ElectionCalled(ElectionCalled { .. })
            | E::CandidateNominated(CandidateNominated { .. })
            | E::CandidatesFixed(CandidatesFixed { .. })
            | E::PrimaryCounted(PrimaryCounted { .. })
            | E::BallotsCounted(BallotsCounted { .. })
            | E::RoundVoided(RoundVoided { .. }) => self.commit_election(event),
        }
    }
}

#[cfg(test)]
mod tests;
