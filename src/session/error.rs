//! Why a session command was refused (会议错误).

use chrono::NaiveDate;

use crate::actor::Forbidden;
use crate::ids::{DeputyId, ElectionId, ItemId, SessionId};
use crate::roster::Post;
use crate::rulebook::{Basis, Citation, SizeBounds};
use crate::session::PreparationStep;

/// A session command that breaks a rule (会议错误). Nothing changes when one is returned.
///
/// Each rule carries the numbers (needed, got, short by) and the citation; `Display` reads as
/// a clerk's sentence.
///
/// # Examples
///
/// ```
/// use township_congress::session::SessionError;
/// use township_congress::rulebook::Citation;
///
/// let e = SessionError::QuorumNotMet { needed: 31, present: 30, all_deputies: 46, short: 1, citation: Citation::organic(14, Some(4)) };
/// assert_eq!(e.to_string(), "the session needs 31 of all 46 deputies present, 30 are: short by 1 (组织法2022 第十四条第四款)");
/// ```
#[doc(alias = "会议错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// A by-election was called at the term's first session.
    #[error(
        "the term's first session holds the general election of officers; a by-election fills a vacancy at a later session ({citation})"
    )]
    ByElectionAtFirstSession {
        /// 组织法2022 第三十条.
        citation: Citation,
    },
    /// The actor may not do this.
    #[error(transparent)]
    Forbidden(#[from] Forbidden),
    /// The person named does not hold the post.
    #[error("{holder} does not hold the post of {post}")]
    NotInOffice {
        /// The post.
        post: Post,
        /// Who was named.
        holder: String,
    },
    /// An event that only a presidium decision entails (a session convened or moved) was
    /// stated on its own.
    #[error("`{event}` is recorded only as the effect of the presidium decision that entails it")]
    OnlyAsEffect {
        /// The event's Chinese name.
        event: &'static str,
    },
    /// An event was given as the effect of a presidium decision, which entails no such event.
    #[error("`{event}` is not what a presidium decision entails")]
    NotAnEffect {
        /// The event's Chinese name.
        event: &'static str,
    },
    /// No term is open on the roster.
    #[error("no congress term is open: the county standing committee must open the term first")]
    NoTerm,
    /// No session has this id.
    #[error("no session {0}")]
    UnknownSession(SessionId),
    /// A session id is used a second time.
    #[error("session {0} already exists")]
    DuplicateSession(SessionId),
    /// No agenda item has this id in the session.
    #[error("no agenda item {0} in this session")]
    UnknownItem(ItemId),
    /// An item id is used a second time.
    #[error("agenda item {0} already exists")]
    DuplicateItem(ItemId),
    /// No election has this id in the session.
    #[error("no election {0} in this session")]
    UnknownElection(ElectionId),
    /// An election id is used a second time.
    #[error("election {0} already exists")]
    DuplicateElection(ElectionId),
    /// The session is not in the phase the command needs.
    #[error("session {session} is {phase}; this needs it {needs}")]
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
    FirstSessionExists {
        /// The first session already convened.
        existing: SessionId,
        /// 组织法2022 第二十条.
        citation: Citation,
    },
    /// A session may not open before its date.
    #[error("session {session} is set to open on {opens_on}, not {today}")]
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
    AnotherSessionSitting {
        /// The session sitting.
        other: SessionId,
    },
    /// The deputy may not act on that day (resigned, suspended, not elected).
    #[error("deputy {deputy} is not a serving deputy on {on}")]
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
    AlreadySigned {
        /// The deputy.
        deputy: DeputyId,
        /// The proposed session.
        session: SessionId,
    },
    /// The attendance record already says this.
    #[error("deputy {deputy} is already recorded as {attendance}")]
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
    QuorumNotMet {
        /// Present deputies needed.
        needed: u32,
        /// Present serving deputies.
        present: u32,
        /// All deputies, the base.
        all_deputies: u32,
        /// How many more were needed.
        short: u32,
        /// 组织法2022 第十四条第四款.
        citation: Citation,
    },
    /// The presidium or the agenda is still missing.
    #[error("{missing} first ({basis})")]
    PreparationsMissing {
        /// What is missing, as a sentence.
        missing: &'static str,
        /// The rule (the provincial preparatory meeting, or 组织法2022 第十九条第一款).
        basis: Basis,
    },
    /// This was already done in the session.
    #[error("{what} already done in this session")]
    AlreadyDone {
        /// What.
        what: &'static str,
    },
    /// The presidium's size is outside the provincial range.
    #[error(
        "the presidium must have {allowed} members, chair and vice-chairs included; the list makes {got} ({basis})"
    )]
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
    NotPresent {
        /// The deputy.
        deputy: DeputyId,
    },
    /// A deputy votes once on an item.
    #[error("deputy {deputy} has already voted on item {item}")]
    AlreadyVoted {
        /// The deputy.
        deputy: DeputyId,
        /// The item.
        item: ItemId,
    },
    /// The vote on the item is closed.
    #[error("the vote on item {item} is closed")]
    VoteClosed {
        /// The item.
        item: ItemId,
    },
    /// A session cannot close while a roll vote is open.
    #[error(
        "the vote on item {item} is still open; close it before closing the session ({citation})"
    )]
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
    BallotPending {
        /// The election.
        election: ElectionId,
        /// 组织法2022 第二十八条, or 第二十九条第一款 for a re-vote among the tied.
        citation: Citation,
    },
    /// The item is not put to a roll vote (elections have their own ballots).
    #[error("item {item} is decided by secret ballot in its elections, not by a roll vote")]
    NotVotable {
        /// The item.
        item: ItemId,
    },
    /// A figure carried in an event does not match what the record gives.
    #[error(
        "the recorded {what} does not match the record: recorded {recorded}, the record gives {computed}"
    )]
    Mismatch {
        /// Which figure.
        what: &'static str,
        /// As recorded in the event.
        recorded: String,
        /// As recomputed.
        computed: String,
    },
    /// The seats called for an election are outside the law: the most is the post's maximum
    /// less its holders and the open seats of elections to it not yet completed.
    #[error("an election of {post} may fill 1 to {max} seats now, not {seats} ({citation})")]
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
    DuplicateCandidate {
        /// Who.
        candidate: String,
    },
    /// The number of candidates is outside the differential range.
    #[error(
        "an election of {post} for {seats} seats needs {min} to {max} candidates, got {got} ({basis})"
    )]
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
    CountMismatch {
        /// Candidates on the ballot.
        expected: u32,
        /// Entries given.
        got: u32,
    },
    /// A count exceeds the ballots.
    #[error("{what} counts {got}, more than the {ballots} ballots")]
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
    ListNotPublished {
        /// 选举法2020 第四十七条第二款.
        citation: Citation,
    },
    /// The notice or the materials did not go out the rulebook's period before opening.
    #[error(
        "{step} must go out at least {days} days before the opening, by {latest}; {} ({basis})",
        sent_on.map_or_else(|| "none is recorded".to_owned(), |d| format!("it went out on {d}"))
    )]
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
    NotVoid {
        /// Issued.
        issued: u32,
        /// Returned.
        returned: u32,
    },
}
