use chrono::NaiveDate;

use crate::actor::Forbidden;
use crate::ids::{ConstituencyId, DeputyId, GroupId, SessionId, StationId, UnitId};
use crate::rulebook::Citation;

use super::{DeputyStatus, Post};

/// A roster change that breaks a rule (名册错误). Nothing changes when one is returned.
#[doc(alias = "名册错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RosterError {
    /// The actor may not make this change.
    #[error(transparent)]
    Forbidden(#[from] Forbidden),
    /// No term has been opened yet.
    #[error(
        "no congress term is open: the county standing committee must open the term first ({citation})"
    )]
    NoTerm {
        /// The rule that has the county fix the term's deputy quota.
        citation: Citation,
    },
    /// A term is already open in this ledger.
    #[error("term {number} is already open; a ledger holds one term")]
    TermAlreadyOpen {
        /// The open term's number.
        number: u32,
    },
    /// The deputy quota is outside what the population allows.
    #[error(
        "a township of {population} inhabitants may have {min} to {max} deputies, not {seats} ({citation})"
    )]
    QuotaOutOfRange {
        /// The quota asked for.
        seats: u32,
        /// The population stated.
        population: u32,
        /// Fewest allowed.
        min: u32,
        /// Most allowed.
        max: u32,
        /// 选举法 第十二条.
        citation: Citation,
    },
    /// The 5 % uplift was claimed for a town.
    #[error(
        "the 5 % uplift of deputies is for 乡 and 民族乡 with concentrated minorities or dispersed population, not for a 镇 ({citation})"
    )]
    UpliftNotForTowns {
        /// 选举法 第十二条第三款.
        citation: Citation,
    },
    /// An id is used a second time.
    #[error("{kind} {id} already exists")]
    Duplicate {
        /// What kind of thing.
        kind: &'static str,
        /// The id, printed.
        id: String,
    },
    /// No deputy has this id.
    #[error("no deputy {0} on the roster")]
    UnknownDeputy(DeputyId),
    /// No constituency has this id.
    #[error("no constituency {0}")]
    UnknownConstituency(ConstituencyId),
    /// No deputy group has this id.
    #[error("no deputy group {0}")]
    UnknownGroup(GroupId),
    /// No contact station has this id.
    #[error("no contact station {0}")]
    UnknownStation(StationId),
    /// No government unit has this id.
    #[error("no government unit {0}")]
    UnknownUnit(UnitId),
    /// A constituency's seat count is outside 1 to the maximum.
    #[error("a constituency returns 1 to {max} deputies, not {seats} ({citation})")]
    ConstituencySeats {
        /// Seats asked for.
        seats: u32,
        /// Most allowed.
        max: u32,
        /// 选举法 第二十五条第二款.
        citation: Citation,
    },
    /// More seats or deputies than the quota the county fixed.
    #[error("the term has {quota} seats; this would make {got} ({citation})")]
    OverQuota {
        /// The quota.
        quota: u32,
        /// What the change would make.
        got: u32,
        /// 选举法 第十四条第一款.
        citation: Citation,
    },
    /// The constituency already has as many deputies as seats.
    #[error(
        "constituency {constituency} returns {seats} deputies and has {seats} serving; a by-election needs a vacancy ({citation})"
    )]
    ConstituencyFull {
        /// The constituency.
        constituency: ConstituencyId,
        /// Its seats.
        seats: u32,
        /// 选举法 第二十五条第二款.
        citation: Citation,
    },
    /// A change is dated after the day it is recorded.
    #[error("a change cannot take effect on {on}, after the day it is recorded ({today})")]
    FutureDate {
        /// The effective date given.
        on: NaiveDate,
        /// The local date of the envelope.
        today: NaiveDate,
    },
    /// A change is dated before an earlier recorded change it would contradict.
    #[error("a change on {on} cannot precede the change already recorded on {last}")]
    OutOfOrder {
        /// The effective date given.
        on: NaiveDate,
        /// The latest date already recorded for the same record.
        last: NaiveDate,
    },
    /// A regular election is dated after the election was completed, or a by-election before.
    #[error(
        "{what} must be dated {relation} {completed}, the day the general election was completed; got {on}"
    )]
    ElectionDate {
        /// "a general election" or "a by-election".
        what: &'static str,
        /// "on or before" / "after".
        relation: &'static str,
        /// When the general election was completed.
        completed: NaiveDate,
        /// The date given.
        on: NaiveDate,
    },
    /// The deputy is not in the state the change needs.
    #[error("deputy {deputy} is {status} on {on}; the change needs a deputy who {needs}")]
    WrongStatus {
        /// The deputy.
        deputy: DeputyId,
        /// The date.
        on: NaiveDate,
        /// The status they have (or "not yet elected").
        status: StatusLabel,
        /// What the change needs.
        needs: &'static str,
    },
    /// A vote count is short of its threshold.
    #[error("{what} needs {needed} votes of {base}, got {got}: short by {short} ({citation})")]
    TooFewVotes {
        /// What was voted on.
        what: &'static str,
        /// Votes needed.
        needed: u32,
        /// Votes obtained.
        got: u32,
        /// How many short.
        short: u32,
        /// The base the threshold applies to.
        base: u32,
        /// The rule.
        citation: Citation,
    },
    /// A vote count is larger than the body that voted.
    #[error("{got} votes for {what} cannot exceed the {base} who may vote")]
    VotesExceedBase {
        /// What was voted on.
        what: &'static str,
        /// Votes claimed.
        got: u32,
        /// Who may vote.
        base: u32,
    },
    /// Too few unexcused absences to terminate a mandate on that ground.
    #[error(
        "deputy {deputy} missed {got} sessions without leave; termination needs {needed} ({citation})"
    )]
    TooFewAbsences {
        /// The deputy.
        deputy: DeputyId,
        /// Absences needed.
        needed: u32,
        /// Absences recorded.
        got: u32,
        /// 代表法 第六十二条第三项.
        citation: Citation,
    },
    /// The post is held already (chair, township head).
    #[error("the post of {post} is held by {holder} ({citation})")]
    PostTaken {
        /// The post.
        post: Post,
        /// Who holds it.
        holder: String,
        /// The rule setting one holder.
        citation: Citation,
    },
    /// More vice-chairs than the rulebook allows.
    #[error("the congress may have at most {max} vice-chairs; this would make {got} ({citation})")]
    TooManyViceChairs {
        /// Most allowed.
        max: u32,
        /// What it would make.
        got: u32,
        /// 组织法 第十八条第一款.
        citation: Citation,
    },
    /// One person holds one of the congress's posts: chair or vice-chair.
    #[error(
        "deputy {deputy} already holds the {held} post and cannot also be {sought} ({citation})"
    )]
    TwoCongressPosts {
        /// The deputy.
        deputy: DeputyId,
        /// The post held.
        held: Post,
        /// The post sought.
        sought: Post,
        /// 组织法 第十八条第一款.
        citation: Citation,
    },
    /// The chair and vice-chairs must be deputies.
    #[error("the {post} must be elected from among the deputies ({citation})")]
    OfficerNotDeputy {
        /// The post.
        post: Post,
        /// 组织法 第十八条第一款.
        citation: Citation,
    },
    /// The person does not hold the post.
    #[error("{holder} does not hold the post of {post}")]
    NotInOffice {
        /// The post.
        post: Post,
        /// Who was named.
        holder: String,
    },
    /// The deputy holds no such administrative post.
    #[error("deputy {deputy} holds no administrative post `{title}`")]
    NoAdministrativePost {
        /// The deputy.
        deputy: DeputyId,
        /// The post named.
        title: String,
    },
    /// A deputy group would have too few members.
    #[error(
        "a deputy group needs at least {needed} serving deputies, it would have {got} ({citation})"
    )]
    TooFewGroupMembers {
        /// Fewest allowed.
        needed: u32,
        /// What it would have.
        got: u32,
        /// 组织法 第四十三条第三款.
        citation: Citation,
    },
    /// The deputy is already in the group or station.
    #[error("deputy {deputy} is already a member")]
    AlreadyMember {
        /// The deputy.
        deputy: DeputyId,
    },
    /// The deputy is not in the group.
    #[error("deputy {deputy} is not a member of group {group}")]
    NotMember {
        /// The deputy.
        deputy: DeputyId,
        /// The group.
        group: GroupId,
    },
    /// A contact office exists already.
    #[error("the township already has a contact office")]
    ContactOfficeExists,
    /// A 民族乡 must name the minorities for which it was established.
    #[error(
        "a 民族乡 names the minority nationalities for which it was established: its head is a citizen of one of them ({citation})"
    )]
    MinoritiesMissing {
        /// 组织法2022 第七十条第三款.
        citation: Citation,
    },
    /// A recall request is already pending against the deputy.
    #[error("a recall request against deputy {deputy} is already pending its vote")]
    RecallPending {
        /// The deputy.
        deputy: DeputyId,
    },
    /// No recall request is pending against the deputy.
    #[error(
        "no recall request against deputy {deputy} is pending: voters request it in writing first ({citation})"
    )]
    NoRecallRequest {
        /// The deputy.
        deputy: DeputyId,
        /// 选举法2020 第五十条第一款.
        citation: Citation,
    },
    /// Too few voters signed a recall request.
    #[error(
        "a recall request needs at least {needed} voters of the constituency, it has {got}: short by {short} ({citation})"
    )]
    TooFewRequesters {
        /// Signatures needed.
        needed: u32,
        /// Signatures given.
        got: u32,
        /// How many short.
        short: u32,
        /// 选举法2020 第五十条第一款.
        citation: Citation,
    },
    /// A recall vote recorded as rejected reached the majority (or exceeds the roll).
    #[error(
        "{votes_for} votes of {voters} voters reach the {needed} that recall the deputy; record the recall instead ({citation})"
    )]
    RecallNotRejected {
        /// Votes to recall.
        votes_for: u32,
        /// Votes needed.
        needed: u32,
        /// Voters on the roll.
        voters: u32,
        /// 选举法2020 第五十三条第一款.
        citation: Citation,
    },
    /// The termination was already announced.
    #[error("the termination of deputy {deputy}'s mandate was already announced ({citation})")]
    AlreadyAnnounced {
        /// The deputy.
        deputy: DeputyId,
        /// 代表法2025 第六十三条第二款.
        citation: Citation,
    },
    /// The deputy's credentials were already reviewed or decided.
    #[error("deputy {deputy}'s credentials were already reviewed or decided ({citation})")]
    CredentialsAlreadyReviewed {
        /// The deputy.
        deputy: DeputyId,
        /// 选举法2020 第四十七条.
        citation: Citation,
    },
    /// The presidium decided before the credentials committee reported.
    #[error(
        "deputy {deputy}'s credentials have no report of the credentials committee: the presidium decides on its report ({citation})"
    )]
    CredentialsNotReviewed {
        /// The deputy.
        deputy: DeputyId,
        /// 选举法2020 第四十七条第二款.
        citation: Citation,
    },
    /// The presidium's decision contradicts the committee's finding.
    #[error(
        "the credentials committee found deputy {deputy}'s election {}: the presidium decides on that report ({citation})",
        if *found_valid { "valid" } else { "void" }
    )]
    CredentialsFinding {
        /// The deputy.
        deputy: DeputyId,
        /// Whether the committee found the election valid.
        found_valid: bool,
        /// 选举法2020 第四十七条第二款.
        citation: Citation,
    },
    /// The list of deputies was already published.
    #[error("the list of the term's deputies was already published ({citation})")]
    ListAlreadyPublished {
        /// 选举法2020 第四十七条第二款.
        citation: Citation,
    },
    /// The list cannot be published with credentials undecided.
    #[error(
        "{undecided} deputies of the general election have no decision on their credentials; the list is published once each is confirmed or void ({citation})"
    )]
    CredentialsUndecided {
        /// Deputies without a decision.
        undecided: u32,
        /// 选举法2020 第四十七条第二款.
        citation: Citation,
    },
    /// The absence was already noted for this session.
    #[error("deputy {deputy}'s absence from session {session} is already recorded")]
    AbsenceAlreadyNoted {
        /// The deputy.
        deputy: DeputyId,
        /// The session.
        session: SessionId,
    },
}

/// A deputy's status as printed in an error: "serving", "suspended", "ended (recalled)",
/// "not yet elected".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusLabel(pub Option<DeputyStatus>);

impl std::fmt::Display for StatusLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            None => f.write_str("not yet elected"),
            Some(DeputyStatus::Pending {}) => f.write_str("elected, awaiting confirmation"),
            Some(DeputyStatus::Voided {}) => f.write_str("elected in a void election"),
            Some(DeputyStatus::Serving {}) => f.write_str("serving"),
            Some(DeputyStatus::Suspended {}) => f.write_str("suspended"),
            Some(DeputyStatus::Ended { ground }) => write!(f, "no longer a deputy ({ground})"),
        }
    }
}
