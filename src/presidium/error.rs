//! Why the presidium refused a command (主席团错误).

use chrono::NaiveDate;

use crate::actor::Forbidden;
use crate::ids::{DecisionId, DeputyId, MeetingId, SessionId, UnitId};
use crate::rulebook::{Basis, Citation, SizeBounds};

use super::Tally;

/// A presidium command or event that breaks a rule (主席团错误). Nothing changes when one is
/// returned.
///
/// # Examples
///
/// ```
/// use township_congress::{ids::MeetingId, presidium::PresidiumError};
/// use township_congress::rulebook::{RuleField, Rulebook};
///
/// let e = PresidiumError::QuorumNotMet {
///     meeting: MeetingId::from_u128(1),
///     members: 9,
///     present: 4,
///     needed: 5,
///     short: 1,
///     basis: Rulebook::province("浙江")?.basis(RuleField::PresidiumQuorum),
/// };
/// assert_eq!(
///     e.to_string(),
///     "the presidium meeting needs 5 of its 9 members present, 4 are: short by 1 (浙江省乡镇人民代表大会工作条例2016 第二十四条第二款; provincial rule, field `presidium_quorum`)"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "主席团错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PresidiumError {
    /// The actor may not do this.
    #[error(transparent)]
    Forbidden(#[from] Forbidden),
    /// A deputy elected to the presidium is not a serving deputy on the day.
    #[error(
        "only serving deputies may sit on the presidium: deputy {deputy} is not serving on {on} ({citation})"
    )]
    NotServing {
        /// The deputy.
        deputy: DeputyId,
        /// The day.
        on: NaiveDate,
        /// The rule that makes the presidium a body of deputies.
        citation: Citation,
    },
    /// The presidium would have too few or too many members.
    #[error(
        "the presidium must have {allowed} members, counting the chair and vice-chairs; it would have {size} ({basis})"
    )]
    SizeOutOfRange {
        /// Members it would have.
        size: u32,
        /// The sizes allowed for the township
        /// ([`Rulebook::presidium_size_range`](crate::Rulebook::presidium_size_range)).
        allowed: SizeBounds,
        /// The rule that sets the bound broken.
        basis: Basis,
    },
    /// A membership is dated before the membership already in force.
    #[error(
        "a presidium elected on {on} cannot replace the one elected on {last}: memberships are recorded in date order"
    )]
    MembershipOutOfOrder {
        /// Its date.
        on: NaiveDate,
        /// The date of the membership in force.
        last: NaiveDate,
    },
    /// The session a motion would schedule is already scheduled.
    #[error("session {0} is already scheduled; a motion can move it, not schedule it again")]
    SessionExists(SessionId),
    /// The session a motion would move is not in the record.
    #[error("no session {0} is scheduled")]
    UnknownSession(SessionId),
    /// The session a motion would move has already opened.
    #[error(
        "session {0} has already opened; its date can no longer be moved (组织法2022 第十四条第二款)"
    )]
    SessionUnderway(SessionId),
    /// A session cannot be set for a day already past.
    #[error("a session cannot be set for {on}, before today ({today})")]
    DateInPast {
        /// The date asked for.
        on: NaiveDate,
        /// The day of the motion.
        today: NaiveDate,
    },
    /// A recess plan for a year already past.
    #[error(
        "the recess work plan for {year} cannot be approved in {current}: the year is past (组织法2022 第十九条第二款)"
    )]
    PlanForPastYear {
        /// The plan's year.
        year: i32,
        /// The current year.
        current: i32,
    },
    /// Another open motion already concerns the same session.
    #[error("motion {decision} on session {session} is still open; decide it first")]
    SessionMotionOpen {
        /// The session.
        session: SessionId,
        /// The open motion.
        decision: DecisionId,
    },
    /// Attendance registered on another day than the meeting's.
    #[error("meeting {meeting} sits on {held_on}; attendance on {today} does not count for it")]
    WrongDay {
        /// The meeting.
        meeting: MeetingId,
        /// The meeting's day.
        held_on: NaiveDate,
        /// The day of the registration.
        today: NaiveDate,
    },
    /// A member elected to the presidium holds an administrative post where the province
    /// forbids it.
    #[error(
        "deputy {deputy} holds the administrative post `{title}` and cannot sit on the presidium ({basis})"
    )]
    AdministrativePost {
        /// The deputy.
        deputy: DeputyId,
        /// The post.
        title: String,
        /// The provincial rule.
        basis: Basis,
    },
    /// The deputy named in a delegation is not a vice-chair acting in the post.
    #[error(
        "deputy {deputy} is not a vice-chair acting in the post; the chair delegates to one ({citation})"
    )]
    NotViceChair {
        /// The deputy.
        deputy: DeputyId,
        /// 组织法2022 第十八条第三款.
        citation: Citation,
    },
    /// A delegation already runs.
    #[error("a delegation of the chair's work already runs; end it first ({citation})")]
    DelegationRunning {
        /// 组织法2022 第十八条第三款.
        citation: Citation,
    },
    /// No delegation runs to end.
    #[error("no delegation of the chair's work runs")]
    NoDelegation,
    /// An event was given as the effect of a session's vote, which entails no such event.
    #[error("only the presidium's membership is recorded as the effect of a session's vote")]
    NotAnEffect,
    /// A date lies after the day of the command.
    #[error("{on} is after today ({today}): the record states facts that have happened")]
    FutureDate {
        /// The date stated.
        on: NaiveDate,
        /// The command's local date.
        today: NaiveDate,
    },
    /// A meeting id is used a second time.
    #[error("presidium meeting {0} already exists")]
    DuplicateMeeting(MeetingId),
    /// No meeting has this id.
    #[error("no presidium meeting {0}")]
    UnknownMeeting(MeetingId),
    /// The meeting has been closed.
    #[error("presidium meeting {0} is closed")]
    MeetingClosed(MeetingId),
    /// The member has already registered attendance.
    #[error("deputy {deputy} is already registered as present at presidium meeting {meeting}")]
    AlreadyPresent {
        /// The meeting.
        meeting: MeetingId,
        /// The member.
        deputy: DeputyId,
    },
    /// Too few members attend for the meeting to take decisions.
    #[error(
        "the presidium meeting needs {needed} of its {members} members present, {present} are: short by {short} ({basis})"
    )]
    QuorumNotMet {
        /// The meeting.
        meeting: MeetingId,
        /// All members on the day.
        members: u32,
        /// Members present.
        present: u32,
        /// Members needed.
        needed: u32,
        /// `needed - present`.
        short: u32,
        /// The quorum rule: provincial, or the national common-practice default.
        basis: Basis,
    },
    /// A decision id is used a second time.
    #[error("presidium motion {0} already exists")]
    DuplicateDecision(DecisionId),
    /// No motion has this id.
    #[error("no presidium motion {0}")]
    UnknownDecision(DecisionId),
    /// The motion has already been decided.
    #[error("presidium motion {0} has already been decided; its vote is closed")]
    MotionDecided(DecisionId),
    /// A member voted without registering attendance at the meeting.
    #[error(
        "deputy {deputy} must register as present at presidium meeting {meeting} before voting"
    )]
    NotPresent {
        /// The meeting.
        meeting: MeetingId,
        /// The member.
        deputy: DeputyId,
    },
    /// A member voted a second time on the same motion.
    #[error("deputy {deputy} has already voted on presidium motion {decision}: one vote each")]
    AlreadyVoted {
        /// The motion.
        decision: DecisionId,
        /// The member.
        deputy: DeputyId,
    },
    /// Suggestions are handed to a unit the roster does not know.
    #[error("no unit {unit} is registered to receive suggestions ({citation})")]
    UnknownUnit {
        /// The unit.
        unit: UnitId,
        /// The rule on handing over suggestions.
        citation: Citation,
    },
    /// A motion lists nothing to decide on (no suggestions, no plan items).
    #[error("the motion has no {what} to decide on")]
    EmptyMotion {
        /// What is missing.
        what: &'static str,
    },
    /// The meeting still has motions whose vote is open.
    #[error("presidium meeting {meeting} still has {open} motion(s) open: close their votes first")]
    MotionsOpen {
        /// The meeting.
        meeting: MeetingId,
        /// How many.
        open: u32,
    },
    /// A recorded tally is not the one the roll gives (an edited log).
    #[error(
        "the tally recorded for presidium motion {decision} is not the roll's: recorded {recorded}, the roll gives {computed}"
    )]
    TallyMismatch {
        /// The motion.
        decision: DecisionId,
        /// The tally in the event.
        recorded: Box<Tally>,
        /// The tally the roll gives.
        computed: Box<Tally>,
    },
    /// The recorded "proposed by a fifth of the deputies" is not what the record shows.
    #[error(
        "presidium motion {decision} records the deputies' proposal as {recorded:?}, the record shows {computed:?}"
    )]
    InterimProposalMismatch {
        /// The motion.
        decision: DecisionId,
        /// In the event.
        recorded: Option<bool>,
        /// From the sessions' record.
        computed: Option<bool>,
    },
}
