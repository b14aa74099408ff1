//! Why a session command was refused (会议错误), as data: a stable code per rule, the numbers
//! as fields, the citation, an English sentence and a Chinese one.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::actor::Forbidden;
use crate::ids::{DeputyId, ElectionId, ItemId, SessionId};
pub(crate) use crate::label::InWords;
use crate::label::Words;
use crate::label::{Label, Zh, person_zh, phrase_zh};
use crate::roster::{Officeholder, Post};
use crate::rulebook::{Basis, Citation, SizeBounds, Threshold};
use crate::session::{PreparationStep, RoundOutcome, VoteResult};

/// A session command that breaks a rule (会议错误). Nothing changes when one is returned.
///
/// Each rule carries the numbers (needed, got, short by) and the citation. On the wire it is an
/// object tagged by `code` (`"session.quorum_not_met"`); [`SessionError::code`] gives the same
/// code, `to_string()` the English sentence and [`SessionError::zh`] the Chinese one.
///
/// # Examples
///
/// ```
/// use township_congress::session::SessionError;
/// use township_congress::rulebook::{Citation, Fraction, Threshold};
///
/// let e = SessionError::QuorumNotMet {
///     needed: 31,
///     present: 30,
///     all_deputies: 46,
///     short: 1,
///     threshold: Threshold::AtLeast(Fraction::TWO_THIRDS),
///     citation: Citation::organic(14, Some(4)),
/// };
/// assert_eq!(e.to_string(), "the session needs 31 of all 46 deputies present, 30 are: short by 1 (组织法2022 第十四条第四款)");
/// assert_eq!(
///     e.zh().to_string(),
///     "会议须有全体代表46名的三分之二以上即31名出席，现出席30名，差1名（组织法2022 第十四条第四款）"
/// );
/// assert_eq!(e.code(), "session.quorum_not_met");
/// assert_eq!(serde_json::to_value(&e)?["needed"], 31);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "会议错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum SessionError {
    /// A by-election was called at the term's first session.
    #[error(
        "the term's first session holds the general election of officers; a by-election fills a vacancy at a later session ({citation})"
    )]
    #[serde(rename = "session.by_election_at_first_session")]
    ByElectionAtFirstSession {
        /// 组织法2022 第三十条.
        citation: Citation,
    },
    /// The actor may not do this.
    #[error(transparent)]
    #[serde(rename = "actor.forbidden")]
    Forbidden(#[from] Forbidden),
    /// The person named does not hold the post.
    #[error("{holder} does not hold the post of {post}")]
    #[serde(rename = "session.not_in_office")]
    NotInOffice {
        /// The post.
        post: Post,
        /// Who was named.
        holder: String,
    },
    /// An event that only a presidium decision entails (a session convened or moved) was
    /// stated on its own.
    #[error("`{event}` is recorded only as the effect of the presidium decision that entails it")]
    #[serde(rename = "session.only_as_effect")]
    OnlyAsEffect {
        /// The event's Chinese name.
        event: &'static str,
    },
    /// An event was given as the effect of a presidium decision, which entails no such event.
    #[error("`{event}` is not what a presidium decision entails")]
    #[serde(rename = "session.not_an_effect")]
    NotAnEffect {
        /// The event's Chinese name.
        event: &'static str,
    },
    /// No term is open on the roster.
    #[error("no congress term is open: the county standing committee must open the term first")]
    #[serde(rename = "session.no_term")]
    NoTerm,
    /// No session has this id.
    #[error("no session {session}")]
    #[serde(rename = "session.unknown_session")]
    UnknownSession {
        /// The id.
        session: SessionId,
    },
    /// A session id is used a second time.
    #[error("session {session} already exists")]
    #[serde(rename = "session.duplicate_session")]
    DuplicateSession {
        /// The id.
        session: SessionId,
    },
    /// No agenda item has this id in the session.
    #[error("no agenda item {item} in this session")]
    #[serde(rename = "session.unknown_item")]
    UnknownItem {
        /// The id.
        item: ItemId,
    },
    /// An item id is used a second time.
    #[error("agenda item {item} already exists")]
    #[serde(rename = "session.duplicate_item")]
    DuplicateItem {
        /// The id.
        item: ItemId,
    },
    /// No election has this id in the session.
    #[error("no election {election} in this session")]
    #[serde(rename = "session.unknown_election")]
    UnknownElection {
        /// The id.
        election: ElectionId,
    },
    /// An election id is used a second time.
    #[error("election {election} already exists")]
    #[serde(rename = "session.duplicate_election")]
    DuplicateElection {
        /// The id.
        election: ElectionId,
    },
    /// The session is not in the phase the command needs.
    #[error("session {session} is {phase}; this needs it {needs}")]
    #[serde(rename = "session.wrong_phase")]
    WrongPhase {
        /// The session.
        session: SessionId,
        /// Its phase.
        phase: &'static str,
        /// What the command needs.
        needs: &'static str,
    },
    /// The term's first session is dated after the statutory deadline.
    #[error(
        "the first session must open within {months} months of the election completed on {completed}, by {deadline}; {opens_on} is too late ({citation})"
    )]
    #[serde(rename = "session.first_session_late")]
    FirstSessionLate {
        /// The date asked for.
        opens_on: NaiveDate,
        /// The last day allowed.
        deadline: NaiveDate,
        /// When the election was completed.
        completed: NaiveDate,
        /// Months allowed.
        months: u32,
        /// 组织法2022 第二十条.
        citation: Citation,
    },
    /// The term's first session is dated on or before the day the election was completed.
    #[error(
        "the first session must open after the election completed on {completed}; {opens_on} is not after it ({citation})"
    )]
    #[serde(rename = "session.first_session_early")]
    FirstSessionEarly {
        /// The date asked for.
        opens_on: NaiveDate,
        /// When the election was completed.
        completed: NaiveDate,
        /// 组织法2022 第二十条.
        citation: Citation,
    },
    /// The term already has a first session.
    #[error("the term already has its first session, {existing} ({citation})")]
    #[serde(rename = "session.first_session_exists")]
    FirstSessionExists {
        /// The first session already convened.
        existing: SessionId,
        /// 组织法2022 第二十条.
        citation: Citation,
    },
    /// A session may not open before its date.
    #[error("session {session} is set to open on {opens_on}, not {today}")]
    #[serde(rename = "session.too_early")]
    TooEarly {
        /// The session.
        session: SessionId,
        /// Its opening date.
        opens_on: NaiveDate,
        /// The day of the command.
        today: NaiveDate,
    },
    /// Another session is still sitting.
    #[error("session {other} is still sitting; close it first")]
    #[serde(rename = "session.another_session_sitting")]
    AnotherSessionSitting {
        /// The session sitting.
        other: SessionId,
    },
    /// The deputy may not act on that day (resigned, suspended, not elected).
    #[error("deputy {deputy} is not a serving deputy on {on}")]
    #[serde(rename = "session.not_serving")]
    NotServing {
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
    },
    /// Deputies propose only interim sessions; this id is another kind of session.
    #[error(
        "session {session} is {kind}, not an interim session; deputies may propose only an interim session ({citation})"
    )]
    #[serde(rename = "session.not_interim")]
    NotInterim {
        /// The session.
        session: SessionId,
        /// Its kind.
        kind: &'static str,
        /// 组织法2022 第十四条第三款.
        citation: Citation,
    },
    /// The deputy already signed this proposal.
    #[error("deputy {deputy} has already signed the proposal for interim session {session}")]
    #[serde(rename = "session.already_signed")]
    AlreadySigned {
        /// The deputy.
        deputy: DeputyId,
        /// The proposed session.
        session: SessionId,
    },
    /// The attendance record already says this.
    #[error("deputy {deputy} is already recorded as {attendance}")]
    #[serde(rename = "session.attendance_unchanged")]
    AttendanceUnchanged {
        /// The deputy.
        deputy: DeputyId,
        /// The status already recorded.
        attendance: &'static str,
    },
    /// Too few deputies present to sit or vote.
    #[error(
        "the session needs {needed} of all {all_deputies} deputies present, {present} are: short by {short} ({citation})"
    )]
    #[serde(rename = "session.quorum_not_met")]
    QuorumNotMet {
        /// Present deputies needed.
        needed: u32,
        /// Present serving deputies.
        present: u32,
        /// All deputies, the base.
        all_deputies: u32,
        /// How many more were needed.
        short: u32,
        /// The share of all deputies that must be present (三分之二以上).
        threshold: Threshold,
        /// 组织法2022 第十四条第四款.
        citation: Citation,
    },
    /// The presidium or the agenda is still missing.
    #[error("{missing} first ({basis})")]
    #[serde(rename = "session.preparations_missing")]
    PreparationsMissing {
        /// What is missing, as a sentence.
        missing: &'static str,
        /// The rule (the provincial preparatory meeting, or 组织法2022 第十九条第一款).
        basis: Basis,
    },
    /// This was already done in the session.
    #[error("{what} already done in this session")]
    #[serde(rename = "session.already_done")]
    AlreadyDone {
        /// What.
        what: &'static str,
    },
    /// The presidium's size is outside the provincial range.
    #[error(
        "the presidium must have {allowed} members, chair and vice-chairs included; the list makes {got} ({basis})"
    )]
    #[serde(rename = "session.presidium_size")]
    PresidiumSize {
        /// The sizes allowed for the township
        /// ([`Rulebook::presidium_size_range`](crate::Rulebook::presidium_size_range)).
        allowed: SizeBounds,
        /// Members listed, with the ex officio members.
        got: u32,
        /// The provincial rule that sets the bound broken.
        basis: Basis,
    },
    /// Only present deputies vote.
    #[error("deputy {deputy} is not recorded present at this session and may not vote")]
    #[serde(rename = "session.not_present")]
    NotPresent {
        /// The deputy.
        deputy: DeputyId,
    },
    /// A deputy votes once on an item.
    #[error("deputy {deputy} has already voted on item {item}")]
    #[serde(rename = "session.already_voted")]
    AlreadyVoted {
        /// The deputy.
        deputy: DeputyId,
        /// The item.
        item: ItemId,
    },
    /// The vote on the item is closed.
    #[error("the vote on item {item} is closed")]
    #[serde(rename = "session.vote_closed")]
    VoteClosed {
        /// The item.
        item: ItemId,
    },
    /// A session cannot close while a roll vote is open.
    #[error(
        "the vote on item {item} is still open; close it before closing the session ({citation})"
    )]
    #[serde(rename = "session.vote_still_open")]
    VoteStillOpen {
        /// The item.
        item: ItemId,
        /// 组织法2022 第二十五条.
        citation: Citation,
    },
    /// A session cannot close mid-ballot.
    #[error(
        "election {election} has its candidates on the ballot and no count yet; count the ballots before closing the session ({citation})"
    )]
    #[serde(rename = "session.ballot_pending")]
    BallotPending {
        /// The election.
        election: ElectionId,
        /// 组织法2022 第二十八条, or 第二十九条第一款 for a re-vote among the tied.
        citation: Citation,
    },
    /// The item is not put to a roll vote (elections have their own ballots).
    #[error("item {item} is decided by secret ballot in its elections, not by a roll vote")]
    #[serde(rename = "session.not_votable")]
    NotVotable {
        /// The item.
        item: ItemId,
    },
    /// A figure carried in an event does not match what the record gives.
    #[error(
        "the recorded {what} does not match the record: recorded {recorded}, the record gives {computed}"
    )]
    #[serde(rename = "session.mismatch")]
    Mismatch {
        /// Which figure.
        what: &'static str,
        /// As recorded in the event, in words.
        recorded: Box<Words>,
        /// As recomputed, in words.
        computed: Box<Words>,
    },
    /// The seats called for an election are outside the law: the most is the post's maximum
    /// less its holders and the open seats of elections to it not yet completed.
    #[error("an election of {post} may fill 1 to {max} seats now, not {seats} ({citation})")]
    #[serde(rename = "session.seats")]
    Seats {
        /// The post.
        post: Post,
        /// Seats asked for.
        seats: u32,
        /// Most that may be filled now.
        max: u32,
        /// The rule.
        citation: Citation,
    },
    /// The election is not at the stage the command needs.
    #[error("election {election} is {stage}; this needs it {needs}")]
    #[serde(rename = "session.wrong_stage")]
    WrongStage {
        /// The election.
        election: ElectionId,
        /// Its stage.
        stage: &'static str,
        /// What the command needs.
        needs: &'static str,
    },
    /// Too few deputies co-signed a nomination.
    #[error(
        "a nomination needs {needed} serving deputies co-signing in writing, it has {got}: short by {short} ({citation})"
    )]
    #[serde(rename = "session.too_few_nominators")]
    TooFewNominators {
        /// Needed.
        needed: u32,
        /// Serving signers.
        got: u32,
        /// How many more.
        short: u32,
        /// 组织法2022 第二十六条第二款.
        citation: Citation,
    },
    /// A nominator would nominate more candidates than seats.
    #[error(
        "{nominator} may nominate at most {seats} candidates for {seats} seats; this would make {got} ({citation})"
    )]
    #[serde(rename = "session.nominator_over_cap")]
    NominatorOverCap {
        /// Who (the presidium, or a deputy).
        nominator: String,
        /// Seats open.
        seats: u32,
        /// Nominations it would make.
        got: u32,
        /// 组织法2022 第二十六条第三款.
        citation: Citation,
    },
    /// The person cannot stand for the post.
    #[error("{candidate} cannot stand for {post}: {reason} ({citation})")]
    #[serde(rename = "session.ineligible")]
    Ineligible {
        /// Who.
        candidate: String,
        /// The post.
        post: Post,
        /// Why.
        reason: &'static str,
        /// The rule.
        citation: Citation,
    },
    /// The person is already a candidate or already elected in this election.
    #[error("{candidate} is already a candidate or elected in this election")]
    #[serde(rename = "session.duplicate_candidate")]
    DuplicateCandidate {
        /// Who.
        candidate: String,
    },
    /// The number of candidates is outside the differential range.
    #[error(
        "an election of {post} for {seats} seats needs {min} to {max} candidates, got {got} ({basis})"
    )]
    #[serde(rename = "session.candidate_count")]
    CandidateCount {
        /// The post.
        post: Post,
        /// Seats.
        seats: u32,
        /// Fewest candidates.
        min: u32,
        /// Most candidates.
        max: u32,
        /// Nominees.
        got: u32,
        /// 组织法2022 第二十七条第一款, or for a by-election the congress's own method
        /// (组织法2022 第三十条; `by_election_candidates_extra_max`).
        basis: Basis,
    },
    /// A vice post's margin of candidates over seats is outside the statutory range.
    #[error(
        "an election of {post} must have {min} to {max} more candidates than seats; a margin of {margin} is outside it ({citation})"
    )]
    #[serde(rename = "session.margin_out_of_range")]
    MarginOutOfRange {
        /// The post.
        post: Post,
        /// The margin asked for.
        margin: u32,
        /// Smallest margin.
        min: u32,
        /// Largest margin.
        max: u32,
        /// 组织法2022 第二十七条第一款.
        citation: Citation,
    },
    /// The chair and the head take no fixed margin.
    #[error(
        "an election of {post} takes no fixed margin (one more candidate than seats is allowed, not required); a margin of {margin} was given ({citation})"
    )]
    #[serde(rename = "session.margin_not_allowed")]
    MarginNotAllowed {
        /// The post.
        post: Post,
        /// The margin given.
        margin: u32,
        /// 组织法2022 第二十七条第一款.
        citation: Citation,
    },
    /// More nominees than candidates allowed: a primary must pick them.
    #[error(
        "{got} nominees exceed the {max} candidates allowed for {seats} seats: a primary must pick them ({basis})"
    )]
    #[serde(rename = "session.primary_needed")]
    PrimaryNeeded {
        /// Seats.
        seats: u32,
        /// Most candidates.
        max: u32,
        /// Nominees.
        got: u32,
        /// 组织法2022 第二十七条第一款, or for a by-election the congress's own method
        /// (组织法2022 第三十条; `by_election_candidates_extra_max`).
        basis: Basis,
    },
    /// A primary is held only when nominees exceed the maximum.
    #[error("{got} nominees fit the {max} candidates allowed; no primary is needed ({basis})")]
    #[serde(rename = "session.primary_not_needed")]
    PrimaryNotNeeded {
        /// Most candidates.
        max: u32,
        /// Nominees.
        got: u32,
        /// 组织法2022 第二十七条第一款, or for a by-election the congress's own method
        /// (组织法2022 第三十条; `by_election_candidates_extra_max`).
        basis: Basis,
    },
    /// The primary's count ties at the cut; the primary must be voted again.
    #[error(
        "the primary ties at {votes} votes across the cut of {max} candidates; vote the primary again ({basis})"
    )]
    #[serde(rename = "session.primary_tie")]
    PrimaryTie {
        /// Votes at the cut.
        votes: u32,
        /// Candidates to pick.
        max: u32,
        /// 组织法2022 第二十七条第一款, or for a by-election the congress's own method
        /// (组织法2022 第三十条; `by_election_candidates_extra_max`).
        basis: Basis,
    },
    /// A count names people other than the ballot's candidates, or misses one.
    #[error("the count must list each of the {expected} candidates once; it lists {got}")]
    #[serde(rename = "session.count_mismatch")]
    CountMismatch {
        /// Candidates on the ballot.
        expected: u32,
        /// Entries given.
        got: u32,
    },
    /// A count exceeds the ballots.
    #[error("{what} counts {got}, more than the {ballots} ballots")]
    #[serde(rename = "session.count_exceeds_ballots")]
    CountExceedsBallots {
        /// Whose count.
        what: String,
        /// The count.
        got: u32,
        /// Ballots available.
        ballots: u32,
    },
    /// A re-vote among tied candidates counted write-in votes.
    #[error(
        "the re-vote in election {election} is restricted to the {tied} tied candidates; it cannot count {write_ins} write-ins ({citation})"
    )]
    #[serde(rename = "session.write_ins_in_revote")]
    WriteInsInRevote {
        /// The election.
        election: ElectionId,
        /// Tied candidates on the ballot.
        tied: u32,
        /// Write-in entries given.
        write_ins: u32,
        /// 组织法2022 第二十九条第一款.
        citation: Citation,
    },
    /// Candidates taken from the first ballot's ranking tie across the cut.
    #[error(
        "the first ballot's ranking ties at {votes} votes across the cut of {candidates} candidates; take more or fewer, or nominate anew ({citation})"
    )]
    #[serde(rename = "session.ranking_tie")]
    RankingTie {
        /// Votes at the cut.
        votes: u32,
        /// Candidates asked for.
        candidates: u32,
        /// 组织法2022 第二十九条第二款.
        citation: Citation,
    },
    /// Candidates were asked for from a ranking there is none of, or that has too few people.
    #[error(
        "election {election} has {available} persons not elected on its first ballot's ranking, {candidates} asked for ({citation})"
    )]
    #[serde(rename = "session.ranking_short")]
    RankingShort {
        /// The election.
        election: ElectionId,
        /// Persons ranked, not elected and still eligible.
        available: u32,
        /// Candidates asked for.
        candidates: u32,
        /// 组织法2022 第二十九条第二款.
        citation: Citation,
    },
    /// A by-election (补选) called for more seats than have fallen vacant: a seat an election
    /// left unfilled is elected again (另行选举), with its 差额.
    #[error(
        "a by-election fills vacancies: {post} has {vacancies} vacant seats (filled, then left), {seats} called; elect seats never filled again instead ({citation})"
    )]
    #[serde(rename = "session.not_a_vacancy")]
    NotAVacancy {
        /// The post.
        post: Post,
        /// Seats called.
        seats: u32,
        /// Seats of the post that were filled in the term and are vacant now.
        vacancies: u32,
        /// 组织法2022 第三十条, 第二十九条第三款.
        citation: Citation,
    },
    /// A candidate for head of a 民族乡 who is not stated to be of a minority the township
    /// was founded for.
    #[error(
        "the head of a 民族乡 is a citizen of {minorities:?}; {candidate} is stated as {ethnicity} ({citation})"
    )]
    #[serde(rename = "session.head_not_of_minority")]
    HeadNotOfMinority {
        /// The candidate.
        candidate: String,
        /// The ethnicity stated, or "not stated".
        ethnicity: String,
        /// The minorities the township was founded for.
        minorities: Vec<String>,
        /// 组织法2022 第七十条第三款.
        citation: Citation,
    },
    /// The term's first session opened before the presidium published the list of deputies.
    #[error(
        "the term's first session opens after the presidium publishes the list of deputies ({citation})"
    )]
    #[serde(rename = "session.list_not_published")]
    ListNotPublished {
        /// 选举法2020 第四十七条第二款.
        citation: Citation,
    },
    /// The notice or the materials did not go out the rulebook's period before opening.
    #[error(
        "{step} must go out at least {days} days before the opening, by {latest}; {} ({basis})",
        sent_on.map_or_else(|| "none is recorded".to_owned(), |d| format!("it went out on {d}"))
    )]
    #[serde(rename = "session.preparation_late")]
    PreparationLate {
        /// The step.
        step: PreparationStep,
        /// Days before opening the rulebook asks.
        days: u32,
        /// When it went out, if it did.
        sent_on: Option<NaiveDate>,
        /// The last day it could go out.
        latest: NaiveDate,
        /// `session_notice_days` or `session_materials_days`.
        basis: Basis,
    },
    /// More non-voting attendees than the rulebook allows.
    #[error("at most {max} non-voting attendees may sit in, this would be {got} ({basis})")]
    #[serde(rename = "session.too_many_non_voting")]
    TooManyNonVoting {
        /// The cap.
        max: u32,
        /// With this one.
        got: u32,
        /// `nonvoting_attendees_max`.
        basis: Basis,
    },
    /// A round recorded void while its ballots were in order.
    #[error(
        "a round is void only when more ballots come back ({returned}) than were issued ({issued})"
    )]
    #[serde(rename = "session.not_void")]
    NotVoid {
        /// Issued.
        issued: u32,
        /// Returned.
        returned: u32,
    },
}

impl SessionError {
    /// Every code, in the order of the variants; each once.
    pub const CODES: &'static [&'static str] = &[
        "session.by_election_at_first_session",
        "actor.forbidden",
        "session.not_in_office",
        "session.only_as_effect",
        "session.not_an_effect",
        "session.no_term",
        "session.unknown_session",
        "session.duplicate_session",
        "session.unknown_item",
        "session.duplicate_item",
        "session.unknown_election",
        "session.duplicate_election",
        "session.wrong_phase",
        "session.first_session_late",
        "session.first_session_early",
        "session.first_session_exists",
        "session.too_early",
        "session.another_session_sitting",
        "session.not_serving",
        "session.not_interim",
        "session.already_signed",
        "session.attendance_unchanged",
        "session.quorum_not_met",
        "session.preparations_missing",
        "session.already_done",
        "session.presidium_size",
        "session.not_present",
        "session.already_voted",
        "session.vote_closed",
        "session.vote_still_open",
        "session.ballot_pending",
        "session.not_votable",
        "session.mismatch",
        "session.seats",
        "session.wrong_stage",
        "session.too_few_nominators",
        "session.nominator_over_cap",
        "session.ineligible",
        "session.duplicate_candidate",
        "session.candidate_count",
        "session.margin_out_of_range",
        "session.margin_not_allowed",
        "session.primary_needed",
        "session.primary_not_needed",
        "session.primary_tie",
        "session.count_mismatch",
        "session.count_exceeds_ballots",
        "session.write_ins_in_revote",
        "session.ranking_tie",
        "session.ranking_short",
        "session.not_a_vacancy",
        "session.head_not_of_minority",
        "session.list_not_published",
        "session.preparation_late",
        "session.too_many_non_voting",
        "session.not_void",
    ];

    /// The stable code (错误代码), as the wire's `code` tag. No `_ =>`: a new variant needs a
    /// code to compile.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::ByElectionAtFirstSession { .. } => "session.by_election_at_first_session",
            Self::Forbidden(..) => "actor.forbidden",
            Self::NotInOffice { .. } => "session.not_in_office",
            Self::OnlyAsEffect { .. } => "session.only_as_effect",
            Self::NotAnEffect { .. } => "session.not_an_effect",
            Self::NoTerm => "session.no_term",
            Self::UnknownSession { .. } => "session.unknown_session",
            Self::DuplicateSession { .. } => "session.duplicate_session",
            Self::UnknownItem { .. } => "session.unknown_item",
            Self::DuplicateItem { .. } => "session.duplicate_item",
            Self::UnknownElection { .. } => "session.unknown_election",
            Self::DuplicateElection { .. } => "session.duplicate_election",
            Self::WrongPhase { .. } => "session.wrong_phase",
            Self::FirstSessionLate { .. } => "session.first_session_late",
            Self::FirstSessionEarly { .. } => "session.first_session_early",
            Self::FirstSessionExists { .. } => "session.first_session_exists",
            Self::TooEarly { .. } => "session.too_early",
            Self::AnotherSessionSitting { .. } => "session.another_session_sitting",
            Self::NotServing { .. } => "session.not_serving",
            Self::NotInterim { .. } => "session.not_interim",
            Self::AlreadySigned { .. } => "session.already_signed",
            Self::AttendanceUnchanged { .. } => "session.attendance_unchanged",
            Self::QuorumNotMet { .. } => "session.quorum_not_met",
            Self::PreparationsMissing { .. } => "session.preparations_missing",
            Self::AlreadyDone { .. } => "session.already_done",
            Self::PresidiumSize { .. } => "session.presidium_size",
            Self::NotPresent { .. } => "session.not_present",
            Self::AlreadyVoted { .. } => "session.already_voted",
            Self::VoteClosed { .. } => "session.vote_closed",
            Self::VoteStillOpen { .. } => "session.vote_still_open",
            Self::BallotPending { .. } => "session.ballot_pending",
            Self::NotVotable { .. } => "session.not_votable",
            Self::Mismatch { .. } => "session.mismatch",
            Self::Seats { .. } => "session.seats",
            Self::WrongStage { .. } => "session.wrong_stage",
            Self::TooFewNominators { .. } => "session.too_few_nominators",
            Self::NominatorOverCap { .. } => "session.nominator_over_cap",
            Self::Ineligible { .. } => "session.ineligible",
            Self::DuplicateCandidate { .. } => "session.duplicate_candidate",
            Self::CandidateCount { .. } => "session.candidate_count",
            Self::MarginOutOfRange { .. } => "session.margin_out_of_range",
            Self::MarginNotAllowed { .. } => "session.margin_not_allowed",
            Self::PrimaryNeeded { .. } => "session.primary_needed",
            Self::PrimaryNotNeeded { .. } => "session.primary_not_needed",
            Self::PrimaryTie { .. } => "session.primary_tie",
            Self::CountMismatch { .. } => "session.count_mismatch",
            Self::CountExceedsBallots { .. } => "session.count_exceeds_ballots",
            Self::WriteInsInRevote { .. } => "session.write_ins_in_revote",
            Self::RankingTie { .. } => "session.ranking_tie",
            Self::RankingShort { .. } => "session.ranking_short",
            Self::NotAVacancy { .. } => "session.not_a_vacancy",
            Self::HeadNotOfMinority { .. } => "session.head_not_of_minority",
            Self::ListNotPublished { .. } => "session.list_not_published",
            Self::PreparationLate { .. } => "session.preparation_late",
            Self::TooManyNonVoting { .. } => "session.too_many_non_voting",
            Self::NotVoid { .. } => "session.not_void",
        }
    }

    /// The article the refusal applies, when the law (or a profile) names one (法律依据).
    #[must_use]
    pub const fn citation(&self) -> Option<&Citation> {
        match self {
            Self::Forbidden(f) => Some(f.citation()),
            Self::ByElectionAtFirstSession { citation, .. }
            | Self::FirstSessionLate { citation, .. }
            | Self::FirstSessionEarly { citation, .. }
            | Self::FirstSessionExists { citation, .. }
            | Self::NotInterim { citation, .. }
            | Self::QuorumNotMet { citation, .. }
            | Self::VoteStillOpen { citation, .. }
            | Self::BallotPending { citation, .. }
            | Self::Seats { citation, .. }
            | Self::TooFewNominators { citation, .. }
            | Self::NominatorOverCap { citation, .. }
            | Self::Ineligible { citation, .. }
            | Self::MarginOutOfRange { citation, .. }
            | Self::MarginNotAllowed { citation, .. }
            | Self::WriteInsInRevote { citation, .. }
            | Self::RankingTie { citation, .. }
            | Self::RankingShort { citation, .. }
            | Self::NotAVacancy { citation, .. }
            | Self::HeadNotOfMinority { citation, .. }
            | Self::ListNotPublished { citation, .. } => Some(citation),
            Self::PreparationsMissing { basis, .. }
            | Self::PresidiumSize { basis, .. }
            | Self::CandidateCount { basis, .. }
            | Self::PrimaryNeeded { basis, .. }
            | Self::PrimaryNotNeeded { basis, .. }
            | Self::PrimaryTie { basis, .. }
            | Self::PreparationLate { basis, .. }
            | Self::TooManyNonVoting { basis, .. } => Some(&basis.citation),
            Self::NotInOffice { .. }
            | Self::OnlyAsEffect { .. }
            | Self::NotAnEffect { .. }
            | Self::NoTerm
            | Self::UnknownSession { .. }
            | Self::DuplicateSession { .. }
            | Self::UnknownItem { .. }
            | Self::DuplicateItem { .. }
            | Self::UnknownElection { .. }
            | Self::DuplicateElection { .. }
            | Self::WrongPhase { .. }
            | Self::TooEarly { .. }
            | Self::AnotherSessionSitting { .. }
            | Self::NotServing { .. }
            | Self::AlreadySigned { .. }
            | Self::AttendanceUnchanged { .. }
            | Self::AlreadyDone { .. }
            | Self::NotPresent { .. }
            | Self::AlreadyVoted { .. }
            | Self::VoteClosed { .. }
            | Self::NotVotable { .. }
            | Self::Mismatch { .. }
            | Self::WrongStage { .. }
            | Self::DuplicateCandidate { .. }
            | Self::CountMismatch { .. }
            | Self::CountExceedsBallots { .. }
            | Self::NotVoid { .. } => None,
        }
    }

    /// The rule with its standing (statute, a province's rule, a common-practice default),
    /// when the refusal carries one (依据).
    #[must_use]
    pub const fn basis(&self) -> Option<&Basis> {
        match self {
            Self::Forbidden(f) => Some(f.basis()),
            Self::PreparationsMissing { basis, .. }
            | Self::PresidiumSize { basis, .. }
            | Self::CandidateCount { basis, .. }
            | Self::PrimaryNeeded { basis, .. }
            | Self::PrimaryNotNeeded { basis, .. }
            | Self::PrimaryTie { basis, .. }
            | Self::PreparationLate { basis, .. }
            | Self::TooManyNonVoting { basis, .. } => Some(basis),
            Self::ByElectionAtFirstSession { .. }
            | Self::FirstSessionLate { .. }
            | Self::FirstSessionEarly { .. }
            | Self::FirstSessionExists { .. }
            | Self::NotInterim { .. }
            | Self::QuorumNotMet { .. }
            | Self::VoteStillOpen { .. }
            | Self::BallotPending { .. }
            | Self::Seats { .. }
            | Self::TooFewNominators { .. }
            | Self::NominatorOverCap { .. }
            | Self::Ineligible { .. }
            | Self::MarginOutOfRange { .. }
            | Self::MarginNotAllowed { .. }
            | Self::WriteInsInRevote { .. }
            | Self::RankingTie { .. }
            | Self::RankingShort { .. }
            | Self::NotAVacancy { .. }
            | Self::HeadNotOfMinority { .. }
            | Self::ListNotPublished { .. }
            | Self::NotInOffice { .. }
            | Self::OnlyAsEffect { .. }
            | Self::NotAnEffect { .. }
            | Self::NoTerm
            | Self::UnknownSession { .. }
            | Self::DuplicateSession { .. }
            | Self::UnknownItem { .. }
            | Self::DuplicateItem { .. }
            | Self::UnknownElection { .. }
            | Self::DuplicateElection { .. }
            | Self::WrongPhase { .. }
            | Self::TooEarly { .. }
            | Self::AnotherSessionSitting { .. }
            | Self::NotServing { .. }
            | Self::AlreadySigned { .. }
            | Self::AttendanceUnchanged { .. }
            | Self::AlreadyDone { .. }
            | Self::NotPresent { .. }
            | Self::AlreadyVoted { .. }
            | Self::VoteClosed { .. }
            | Self::NotVotable { .. }
            | Self::Mismatch { .. }
            | Self::WrongStage { .. }
            | Self::DuplicateCandidate { .. }
            | Self::CountMismatch { .. }
            | Self::CountExceedsBallots { .. }
            | Self::NotVoid { .. } => None,
        }
    }

    /// The refusal as a clerk reads it, in Chinese (中文说明).
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::ids::SessionId;
    /// use township_congress::session::SessionError;
    ///
    /// let e = SessionError::UnknownSession { session: SessionId::from_u128(9) };
    /// assert_eq!(e.zh().to_string(), "没有会议00000000-0000-0000-0000-000000000009");
    /// ```
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, SessionError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use SessionError as E;
        // One arm per variant (no `_`): a new variant does not compile until it has a sentence.
        match self.0 {
            E::Forbidden(e) => e.zh().fmt(f),
            E::ByElectionAtFirstSession { .. }
            | E::NotInOffice { .. }
            | E::OnlyAsEffect { .. }
            | E::NotAnEffect { .. }
            | E::NoTerm
            | E::UnknownSession { .. }
            | E::DuplicateSession { .. }
            | E::UnknownItem { .. }
            | E::DuplicateItem { .. }
            | E::UnknownElection { .. }
            | E::DuplicateElection { .. }
            | E::WrongPhase { .. }
            | E::FirstSessionLate { .. }
            | E::FirstSessionEarly { .. }
            | E::FirstSessionExists { .. }
            | E::TooEarly { .. }
            | E::AnotherSessionSitting { .. }
            | E::NotServing { .. }
            | E::NotInterim { .. }
            | E::AlreadySigned { .. } => zh_sessions(self.0, f),
            E::AttendanceUnchanged { .. }
            | E::QuorumNotMet { .. }
            | E::PreparationsMissing { .. }
            | E::AlreadyDone { .. }
            | E::PresidiumSize { .. }
            | E::NotPresent { .. }
            | E::AlreadyVoted { .. }
            | E::VoteClosed { .. }
            | E::VoteStillOpen { .. }
            | E::BallotPending { .. }
            | E::NotVotable { .. }
            | E::Mismatch { .. }
            | E::ListNotPublished { .. }
            | E::PreparationLate { .. }
            | E::TooManyNonVoting { .. } => zh_sitting(self.0, f),
            E::Seats { .. }
            | E::WrongStage { .. }
            | E::TooFewNominators { .. }
            | E::NominatorOverCap { .. }
            | E::Ineligible { .. }
            | E::DuplicateCandidate { .. }
            | E::CandidateCount { .. }
            | E::MarginOutOfRange { .. }
            | E::MarginNotAllowed { .. }
            | E::NotAVacancy { .. }
            | E::HeadNotOfMinority { .. } => zh_candidates(self.0, f),
            E::PrimaryNeeded { .. }
            | E::PrimaryNotNeeded { .. }
            | E::PrimaryTie { .. }
            | E::CountMismatch { .. }
            | E::CountExceedsBallots { .. }
            | E::WriteInsInRevote { .. }
            | E::RankingTie { .. }
            | E::RankingShort { .. }
            | E::NotVoid { .. } => zh_counts(self.0, f),
        }
    }
}

/// The Chinese sentence: sessions, their ids, phases and dates.
fn zh_sessions(e: &SessionError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use SessionError as E;
    match e {
        E::ByElectionAtFirstSession { citation } => write!(
            f,
            "每届第一次会议进行换届选举；补选在以后的会议上填补缺额（{citation}）"
        ),
        E::NotInOffice { post, holder } => {
            write!(f, "{}未担任{}", person_zh(holder), post.label_zh())
        }
        E::OnlyAsEffect { event } => {
            write!(f, "“{event}”只能作为主席团相应决定的结果记载")
        }
        E::NotAnEffect { event } => write!(f, "主席团的决定不产生“{event}”"),
        E::NoTerm => f.write_str("本届代表大会尚未开始：须先由县级人大常委会确定本届代表名额"),
        E::UnknownSession { session } => write!(f, "没有会议{session}"),
        E::DuplicateSession { session } => write!(f, "会议{session}已经存在"),
        E::UnknownItem { item } => write!(f, "本次会议没有议程事项{item}"),
        E::DuplicateItem { item } => write!(f, "议程事项{item}已经存在"),
        E::UnknownElection { election } => write!(f, "本次会议没有选举{election}"),
        E::DuplicateElection { election } => write!(f, "选举{election}已经存在"),
        E::WrongPhase {
            session,
            phase,
            needs,
        } => write!(
            f,
            "会议{session}目前{}，此项要求会议{}",
            phrase_zh(phase),
            phrase_zh(needs)
        ),
        E::FirstSessionLate {
            opens_on,
            deadline,
            completed,
            months,
            citation,
        } => write!(
            f,
            "本届第一次会议应在{completed}选举完成后{months}个月内、即{deadline}前召开，{opens_on}已经逾期（{citation}）"
        ),
        E::FirstSessionEarly {
            opens_on,
            completed,
            citation,
        } => write!(
            f,
            "本届第一次会议应在{completed}选举完成之后召开，{opens_on}不在其后（{citation}）"
        ),
        E::FirstSessionExists { existing, citation } => {
            write!(f, "本届已有第一次会议{existing}（{citation}）")
        }
        _ => zh_sessions_more(e, f),
    }
}

/// The Chinese sentence: opening days, other sessions, deputies and interim proposals.
fn zh_sessions_more(e: &SessionError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use SessionError as E;
    match e {
        E::TooEarly {
            session,
            opens_on,
            today,
        } => write!(f, "会议{session}定于{opens_on}开幕，{today}不能开幕"),
        E::AnotherSessionSitting { other } => {
            write!(f, "会议{other}仍在举行，须先宣布闭幕")
        }
        E::NotServing { deputy, on } => write!(f, "代表{deputy}在{on}不是在任代表"),
        E::NotInterim {
            session,
            kind,
            citation,
        } => write!(
            f,
            "会议{session}是{}，不是临时会议；代表只能提议召开临时会议（{citation}）",
            phrase_zh(kind)
        ),
        E::AlreadySigned { deputy, session } => {
            write!(f, "代表{deputy}已经联名提议召开临时会议{session}")
        }
        _ => Ok(()),
    }
}

/// The Chinese sentence: attendance, quorum, preparations and roll votes.
fn zh_sitting(e: &SessionError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use SessionError as E;
    match e {
        E::AttendanceUnchanged { deputy, attendance } => {
            write!(f, "代表{deputy}已经登记为{}", phrase_zh(attendance))
        }
        E::QuorumNotMet {
            needed,
            present,
            all_deputies,
            short,
            threshold,
            citation,
        } => write!(
            f,
            "会议须有全体代表{all_deputies}名的{}即{needed}名出席，现出席{present}名，差{short}名（{citation}）",
            threshold.zh()
        ),
        E::PreparationsMissing { missing, basis } => {
            write!(f, "{}（{}）", phrase_zh(missing), basis.zh())
        }
        E::AlreadyDone { what } => write!(f, "本次会议已经进行过{}", phrase_zh(what)),
        E::PresidiumSize {
            allowed,
            got,
            basis,
        } => write!(
            f,
            "主席团应为{}（含人大主席、副主席），名单计{got}名（{}）",
            allowed.zh(),
            basis.zh()
        ),
        E::NotPresent { deputy } => {
            write!(f, "代表{deputy}未登记出席本次会议，不能表决")
        }
        E::AlreadyVoted { deputy, item } => {
            write!(f, "代表{deputy}已对议程事项{item}表决过")
        }
        E::VoteClosed { item } => write!(f, "议程事项{item}的表决已经结束"),
        E::VoteStillOpen { item, citation } => write!(
            f,
            "议程事项{item}的表决尚未结束，须先宣布表决结束才能闭幕（{citation}）"
        ),
        E::BallotPending { election, citation } => write!(
            f,
            "选举{election}的候选人已列入选票、尚未计票，须计票后才能闭幕（{citation}）"
        ),
        E::NotVotable { item } => {
            write!(f, "议程事项{item}以无记名投票选举产生，不进行表决")
        }
        E::Mismatch {
            what,
            recorded,
            computed,
        } => write!(
            f,
            "记载的{}与记录不符：记载为{}，按记录应为{}",
            phrase_zh(what),
            recorded.zh,
            computed.zh
        ),
        _ => zh_preparation(e, f),
    }
}

/// The Chinese sentence: the list of deputies, notices and non-voting attendees.
fn zh_preparation(e: &SessionError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use SessionError as E;
    match e {
        E::ListNotPublished { citation } => write!(
            f,
            "本届第一次会议须在主席团公布代表名单后举行（{citation}）"
        ),
        E::PreparationLate {
            step,
            days,
            sent_on,
            latest,
            basis,
        } => {
            write!(
                f,
                "{}须在开幕{days}日前、即{latest}前发出；",
                step.label_zh()
            )?;
            match sent_on {
                Some(d) => write!(f, "实际于{d}发出")?,
                None => f.write_str("未见发出的记载")?,
            }
            write!(f, "（{}）", basis.zh())
        }
        E::TooManyNonVoting { max, got, basis } => write!(
            f,
            "列席人员至多{max}名，加上此人将为{got}名（{}）",
            basis.zh()
        ),
        _ => Ok(()),
    }
}

/// The Chinese sentence: seats, nominations and candidates.
fn zh_candidates(e: &SessionError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use SessionError as E;
    match e {
        E::Seats {
            post,
            seats,
            max,
            citation,
        } => write!(
            f,
            "{}的选举现在可选1至{max}名，不能定为{seats}名（{citation}）",
            post.label_zh()
        ),
        E::WrongStage {
            election,
            stage,
            needs,
        } => write!(
            f,
            "选举{election}目前{}，此项要求选举{}",
            phrase_zh(stage),
            phrase_zh(needs)
        ),
        E::TooFewNominators {
            needed,
            got,
            short,
            citation,
        } => write!(
            f,
            "联名提名须有{needed}名以上在任代表书面联名，现有{got}名，差{short}名（{citation}）"
        ),
        E::NominatorOverCap {
            nominator,
            seats,
            got,
            citation,
        } => write!(
            f,
            "{}提名的人数不得超过应选名额{seats}名，此项提名后将达{got}名（{citation}）",
            person_zh(nominator)
        ),
        E::Ineligible {
            candidate,
            post,
            reason,
            citation,
        } => write!(
            f,
            "{}不能作为{}的候选人：{}（{citation}）",
            person_zh(candidate),
            post.label_zh(),
            phrase_zh(reason)
        ),
        E::DuplicateCandidate { candidate } => {
            write!(f, "{}已是本次选举的候选人或已当选", person_zh(candidate))
        }
        _ => zh_margins(e, f),
    }
}

/// The Chinese sentence: how many candidates, margins, vacancies and the head of a 民族乡.
fn zh_margins(e: &SessionError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use SessionError as E;
    match e {
        E::CandidateCount {
            post,
            seats,
            min,
            max,
            got,
            basis,
        } => write!(
            f,
            "{}应选{seats}名，候选人应为{min}至{max}名，现为{got}名（{}）",
            post.label_zh(),
            basis.zh()
        ),
        E::MarginOutOfRange {
            post,
            margin,
            min,
            max,
            citation,
        } => write!(
            f,
            "{}的候选人应多于应选名额{min}至{max}名，差额{margin}名不在此范围内（{citation}）",
            post.label_zh()
        ),
        E::MarginNotAllowed {
            post,
            margin,
            citation,
        } => write!(
            f,
            "{}的选举不规定固定差额（候选人可以多一人，但不作要求），不能定差额{margin}名（{citation}）",
            post.label_zh()
        ),
        E::NotAVacancy {
            post,
            seats,
            vacancies,
            citation,
        } => write!(
            f,
            "补选是填补出缺的名额：{}现有出缺{vacancies}名（曾选出后出缺），要求补选{seats}名；从未选足的名额应另行选举（{citation}）",
            post.label_zh()
        ),
        E::HeadNotOfMinority {
            candidate,
            ethnicity,
            minorities,
            citation,
        } => write!(
            f,
            "民族乡的乡长由建乡民族（{}）的公民担任；{}载明的民族为{}（{citation}）",
            minorities.join("、"),
            person_zh(candidate),
            person_zh(ethnicity)
        ),
        _ => Ok(()),
    }
}

/// The Chinese sentence: primaries, counts, re-votes and rankings.
fn zh_counts(e: &SessionError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use SessionError as E;
    match e {
        E::PrimaryNeeded {
            seats,
            max,
            got,
            basis,
        } => write!(
            f,
            "提名{got}名，超过应选{seats}名时候选人的上限{max}名，须进行预选（{}）",
            basis.zh()
        ),
        E::PrimaryNotNeeded { max, got, basis } => write!(
            f,
            "提名{got}名，未超过候选人的上限{max}名，无须预选（{}）",
            basis.zh()
        ),
        E::PrimaryTie { votes, max, basis } => write!(
            f,
            "预选确定{max}名候选人时，在{votes}票处出现票数相等，须再次预选（{}）",
            basis.zh()
        ),
        E::CountMismatch { expected, got } => write!(
            f,
            "计票结果须将选票上的{expected}名候选人各列一次，现列出{got}项"
        ),
        E::CountExceedsBallots { what, got, ballots } => write!(
            f,
            "{}计得{got}票，超过了选票总数{ballots}张",
            person_zh(what)
        ),
        E::WriteInsInRevote {
            election,
            tied,
            write_ins,
            citation,
        } => write!(
            f,
            "选举{election}的再次投票只在票数相等的{tied}名候选人中进行，不能计入另选他人的{write_ins}项（{citation}）"
        ),
        E::RankingTie {
            votes,
            candidates,
            citation,
        } => write!(
            f,
            "按第一次投票的得票多少确定{candidates}名候选人时，在{votes}票处出现票数相等；请多取或少取，或者重新提名（{citation}）"
        ),
        E::RankingShort {
            election,
            available,
            candidates,
            citation,
        } => write!(
            f,
            "选举{election}第一次投票中未当选且仍符合条件的只有{available}人，不能从中确定{candidates}名候选人（{citation}）"
        ),
        E::NotVoid { issued, returned } => write!(
            f,
            "只有收回的选票多于发出的选票时该次投票才无效；现发出{issued}张，收回{returned}张"
        ),
        _ => Ok(()),
    }
}

/// Opening attendance: present, all deputies, required.
impl InWords for (u32, u32, u32) {
    fn words(&self) -> Words {
        let (present, all, required) = self;
        Words::new(
            format!("{present} present of {all} deputies, {required} required"),
            format!("出席{present}名，全体代表{all}名，应出席{required}名"),
        )
    }
}

impl InWords for VoteResult {
    fn words(&self) -> Words {
        let r = self;
        let (en, zh) = if r.passed {
            ("adopted", "通过")
        } else {
            ("not adopted", "未通过")
        };
        Words::new(
            format!(
                "{} for, {} against, {} abstaining of {} deputies, {} needed: {en}",
                r.votes_for, r.votes_against, r.abstentions, r.all_deputies, r.required
            ),
            format!(
                "赞成{}票、反对{}票、弃权{}票，全体代表{}名，须{}票，{zh}",
                r.votes_for, r.votes_against, r.abstentions, r.all_deputies, r.required
            ),
        )
    }
}

impl InWords for Vec<Officeholder> {
    fn words(&self) -> Words {
        people(self)
    }
}

/// People named one after another: `deputy …, 李四` / `代表…、李四`; `none` / `无`.
fn people(list: &[Officeholder]) -> Words {
    if list.is_empty() {
        return Words::new("none", "无");
    }
    let en: Vec<String> = list.iter().map(ToString::to_string).collect();
    let zh: Vec<String> = en.iter().map(|p| person_zh(p)).collect();
    Words::new(en.join(", "), zh.join("、"))
}

impl InWords for RoundOutcome {
    fn words(&self) -> Words {
        let (elected, tied) = (people(&self.elected), people(&self.tied));
        Words::new(
            format!(
                "{} votes needed of {} deputies; elected: {elected}; tied: {tied}; {} seat(s) to a re-vote, {} unfilled",
                self.required, self.all_deputies, self.revote_seats, self.unfilled
            ),
            format!(
                "全体代表{}名，须得{}票；当选：{}；票数相等：{}；再次投票{}名，未选足{}名",
                self.all_deputies,
                self.required,
                elected.zh,
                tied.zh,
                self.revote_seats,
                self.unfilled
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actor::Actor;
    use crate::rulebook::{Fraction, RuleField, Rulebook};
    use crate::testing::check_error_samples;

    const DEPUTY: DeputyId = DeputyId::from_u128(3);
    const SESSION: SessionId = SessionId::from_u128(9);
    const ITEM: ItemId = ItemId::from_u128(4);
    const ELECTION: ElectionId = ElectionId::from_u128(5);

    /// The citation the samples carry.
    fn cite() -> Citation {
        Citation::organic(14, Some(4))
    }

    /// The basis the samples carry.
    fn basis() -> Basis {
        Rulebook::NATIONAL.basis(RuleField::ByElectionCandidatesExtraMax)
    }

    /// A day of 2026.
    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default()
    }

    /// The officer the samples name.
    fn officer() -> Officeholder {
        Officeholder::Deputy { deputy: DEPUTY }
    }

    /// One error of every variant, in the order of [`SessionError::CODES`].
    fn samples() -> Vec<SessionError> {
        [
            session_samples(),
            sitting_samples(),
            nomination_samples(),
            ballot_samples(),
            vacancy_samples(),
        ]
        .concat()
    }

    /// Who acts, effects, the ids in the record, and when a session may open.
    fn session_samples() -> Vec<SessionError> {
        use SessionError as E;
        vec![
            E::ByElectionAtFirstSession { citation: cite() },
            E::Forbidden(Forbidden::new(
                Actor::deputy(DEPUTY),
                "open a session",
                "the presidium",
                cite(),
            )),
            E::NotInOffice {
                post: Post::Chair,
                holder: format!("deputy {DEPUTY}"),
            },
            E::OnlyAsEffect {
                event: "会议日期变更",
            },
            E::NotAnEffect {
                event: "会议闭幕"
            },
            E::NoTerm,
            E::UnknownSession { session: SESSION },
            E::DuplicateSession { session: SESSION },
            E::UnknownItem { item: ITEM },
            E::DuplicateItem { item: ITEM },
            E::UnknownElection { election: ELECTION },
            E::DuplicateElection { election: ELECTION },
            E::WrongPhase {
                session: SESSION,
                phase: "closed",
                needs: "sitting",
            },
            E::FirstSessionLate {
                opens_on: day(4, 10),
                deadline: day(3, 4),
                completed: day(1, 4),
                months: 2,
                citation: cite(),
            },
            E::FirstSessionEarly {
                opens_on: day(1, 4),
                completed: day(1, 4),
                citation: cite(),
            },
            E::FirstSessionExists {
                existing: SESSION,
                citation: cite(),
            },
            E::TooEarly {
                session: SESSION,
                opens_on: day(3, 2),
                today: day(3, 1),
            },
            E::AnotherSessionSitting { other: SESSION },
        ]
    }

    /// Attendance, quorum, preparations and the votes of a sitting session.
    fn sitting_samples() -> Vec<SessionError> {
        use SessionError as E;
        vec![
            E::NotServing {
                deputy: DEPUTY,
                on: day(3, 1),
            },
            E::NotInterim {
                session: SESSION,
                kind: "a regular session",
                citation: cite(),
            },
            E::AlreadySigned {
                deputy: DEPUTY,
                session: SESSION,
            },
            E::AttendanceUnchanged {
                deputy: DEPUTY,
                attendance: "on leave",
            },
            E::QuorumNotMet {
                needed: 31,
                present: 30,
                all_deputies: 46,
                short: 1,
                threshold: Threshold::AtLeast(Fraction::TWO_THIRDS),
                citation: cite(),
            },
            E::PreparationsMissing {
                missing: "the session must elect its presidium",
                basis: cite().into(),
            },
            E::AlreadyDone {
                what: "the agenda's adoption is",
            },
            E::PresidiumSize {
                allowed: SizeBounds {
                    min: Some(5),
                    max: Some(9),
                },
                got: 11,
                basis: basis(),
            },
            E::NotPresent { deputy: DEPUTY },
            E::AlreadyVoted {
                deputy: DEPUTY,
                item: ITEM,
            },
            E::VoteClosed { item: ITEM },
            E::VoteStillOpen {
                item: ITEM,
                citation: cite(),
            },
            E::BallotPending {
                election: ELECTION,
                citation: cite(),
            },
            E::NotVotable { item: ITEM },
            E::Mismatch {
                what: "ballots issued",
                recorded: Box::new(45_u32.words()),
                computed: Box::new(44_u32.words()),
            },
        ]
    }

    /// Seats, nominations, candidates and margins in an election.
    fn nomination_samples() -> Vec<SessionError> {
        use SessionError as E;
        vec![
            E::Seats {
                post: Post::ViceChair,
                seats: 3,
                max: 2,
                citation: cite(),
            },
            E::WrongStage {
                election: ELECTION,
                stage: "balloting",
                needs: "taking nominations",
            },
            E::TooFewNominators {
                needed: 10,
                got: 8,
                short: 2,
                citation: cite(),
            },
            E::NominatorOverCap {
                nominator: "the presidium".into(),
                seats: 2,
                got: 3,
                citation: cite(),
            },
            E::Ineligible {
                candidate: officer().to_string(),
                post: Post::Chair,
                reason: "not a serving deputy that day",
                citation: cite(),
            },
            E::DuplicateCandidate {
                candidate: "李四".into(),
            },
            E::CandidateCount {
                post: Post::ViceChair,
                seats: 2,
                min: 3,
                max: 4,
                got: 5,
                basis: basis(),
            },
            E::MarginOutOfRange {
                post: Post::ViceChair,
                margin: 3,
                min: 1,
                max: 2,
                citation: cite(),
            },
            E::MarginNotAllowed {
                post: Post::Chair,
                margin: 1,
                citation: cite(),
            },
        ]
    }

    /// Primaries, counts and rankings of the ballots.
    fn ballot_samples() -> Vec<SessionError> {
        use SessionError as E;
        vec![
            E::PrimaryNeeded {
                seats: 2,
                max: 4,
                got: 6,
                basis: basis(),
            },
            E::PrimaryNotNeeded {
                max: 4,
                got: 3,
                basis: basis(),
            },
            E::PrimaryTie {
                votes: 17,
                max: 4,
                basis: basis(),
            },
            E::CountMismatch {
                expected: 3,
                got: 2,
            },
            E::CountExceedsBallots {
                what: officer().to_string(),
                got: 47,
                ballots: 45,
            },
            E::WriteInsInRevote {
                election: ELECTION,
                tied: 2,
                write_ins: 3,
                citation: cite(),
            },
            E::RankingTie {
                votes: 12,
                candidates: 3,
                citation: cite(),
            },
            E::RankingShort {
                election: ELECTION,
                available: 1,
                candidates: 3,
                citation: cite(),
            },
        ]
    }

    /// Vacancies, a minority township's head, the deputy list and the preparation's deadlines.
    fn vacancy_samples() -> Vec<SessionError> {
        use SessionError as E;
        vec![
            E::NotAVacancy {
                post: Post::ViceChair,
                seats: 2,
                vacancies: 1,
                citation: cite(),
            },
            E::HeadNotOfMinority {
                candidate: "李四".into(),
                ethnicity: "not stated".into(),
                minorities: vec!["畲族".into()],
                citation: cite(),
            },
            E::ListNotPublished {
                citation: Citation::electoral(47, Some(2)),
            },
            E::PreparationLate {
                step: PreparationStep::SendNotice,
                days: 30,
                sent_on: Some(day(2, 20)),
                latest: day(2, 1),
                basis: basis(),
            },
            E::TooManyNonVoting {
                max: 9,
                got: 10,
                basis: basis(),
            },
            E::NotVoid {
                issued: 46,
                returned: 45,
            },
        ]
    }

    #[test]
    fn every_variant_has_its_code_its_wire_tag_and_both_sentences() {
        let rendered: Vec<_> = samples()
            .iter()
            .map(|e| {
                let value = serde_json::to_value(e).unwrap_or_default();
                let citation = e.citation().map(ToString::to_string);
                (e.code(), value, e.to_string(), e.zh().to_string(), citation)
            })
            .collect();
        check_error_samples(SessionError::CODES, "session.", &rendered);
    }

    #[test]
    fn recorded_figures_read_in_words_not_as_data() {
        let rule = Rulebook::NATIONAL;
        let recorded = VoteResult::count(rule.adoption(), 9, 3, 1, 46);
        let computed = VoteResult::count(rule.adoption(), 8, 3, 1, 46);
        let e = SessionError::Mismatch {
            what: "vote result",
            recorded: Box::new(recorded.words()),
            computed: Box::new(computed.words()),
        };
        let (en, zh) = (e.to_string(), e.zh().to_string());
        assert!(!en.contains("VoteResult") && !en.contains('{'), "{en}");
        assert!(
            en.contains(
                "recorded 9 for, 3 against, 1 abstaining of 46 deputies, 24 needed: not adopted"
            ),
            "{en}"
        );
        assert!(
            zh.starts_with("记载的表决结果与记录不符：记载为赞成9票、反对3票、弃权1票"),
            "{zh}"
        );
        let people = vec![
            Officeholder::Citizen {
                name: "李四".into(),
            },
            Officeholder::Deputy {
                deputy: DeputyId::from_u128(3),
            },
        ];
        assert_eq!(
            people.words().zh,
            "李四、代表00000000-0000-0000-0000-000000000003"
        );
        assert_eq!(
            (30, 46, 31).words().zh,
            "出席30名，全体代表46名，应出席31名"
        );
    }
}
