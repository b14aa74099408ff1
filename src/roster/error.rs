//! Why a roster change was refused (名册错误), as data: a stable code per rule, the numbers
//! as fields, the citation, an English sentence and a Chinese one.

use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::actor::Forbidden;
use crate::ids::{ConstituencyId, DeputyId, GroupId, SessionId, StationId, UnitId};
use crate::label::{Label, Zh, person_zh, phrase_zh};
use crate::rulebook::{Basis, Citation};

use super::{DeputyStatus, Post};

/// A roster change that breaks a rule (名册错误). Nothing changes when one is returned.
///
/// On the wire it is an object tagged by `code` (`"roster.too_few_group_members"`), with the
/// numbers as fields and the citation; [`RosterError::code`] gives the same code,
/// `to_string()` the English sentence and [`RosterError::zh`] the Chinese one.
///
/// # Examples
///
/// ```
/// use township_congress::roster::RosterError;
/// use township_congress::rulebook::Citation;
///
/// let e = RosterError::TooFewRequesters { needed: 30, got: 28, short: 2, citation: Citation::electoral(50, Some(1)) };
/// assert_eq!(e.code(), "roster.too_few_requesters");
/// assert_eq!(serde_json::to_value(&e)?["code"], "roster.too_few_requesters");
/// assert_eq!(
///     e.zh().to_string(),
///     "罢免要求须有原选区选民30人以上联名，现有28人，差2人（选举法2020 第五十条第一款）"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "名册错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum RosterError {
    /// The actor may not make this change.
    #[error(transparent)]
    #[serde(rename = "actor.forbidden")]
    Forbidden(#[from] Forbidden),
    /// No term has been opened yet.
    #[error(
        "no congress term is open: the county standing committee must open the term first ({citation})"
    )]
    #[serde(rename = "roster.no_term")]
    NoTerm {
        /// The rule that has the county fix the term's deputy quota.
        citation: Citation,
    },
    /// A term is already open in this ledger.
    #[error("term {number} is already open; a ledger holds one term")]
    #[serde(rename = "roster.term_already_open")]
    TermAlreadyOpen {
        /// The open term's number.
        number: u32,
    },
    /// The deputy quota is outside what the population allows.
    #[error(
        "a township of {population} inhabitants may have {min} to {max} deputies, not {seats} ({citation})"
    )]
    #[serde(rename = "roster.quota_out_of_range")]
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
    #[serde(rename = "roster.uplift_not_for_towns")]
    UpliftNotForTowns {
        /// 选举法 第十二条第三款.
        citation: Citation,
    },
    /// An id is used a second time.
    #[error("{kind} {id} already exists")]
    #[serde(rename = "roster.duplicate")]
    Duplicate {
        /// What kind of thing.
        kind: &'static str,
        /// The id, printed.
        id: String,
    },
    /// No deputy has this id.
    #[error("no deputy {deputy} on the roster")]
    #[serde(rename = "roster.unknown_deputy")]
    UnknownDeputy {
        /// The id.
        deputy: DeputyId,
    },
    /// No constituency has this id.
    #[error("no constituency {constituency}")]
    #[serde(rename = "roster.unknown_constituency")]
    UnknownConstituency {
        /// The id.
        constituency: ConstituencyId,
    },
    /// No deputy group has this id.
    #[error("no deputy group {group}")]
    #[serde(rename = "roster.unknown_group")]
    UnknownGroup {
        /// The id.
        group: GroupId,
    },
    /// No contact station has this id.
    #[error("no contact station {station}")]
    #[serde(rename = "roster.unknown_station")]
    UnknownStation {
        /// The id.
        station: StationId,
    },
    /// No government unit has this id.
    #[error("no government unit {unit}")]
    #[serde(rename = "roster.unknown_unit")]
    UnknownUnit {
        /// The id.
        unit: UnitId,
    },
    /// A constituency's seat count is outside 1 to the maximum.
    #[error("a constituency returns 1 to {max} deputies, not {seats} ({citation})")]
    #[serde(rename = "roster.constituency_seats")]
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
    #[serde(rename = "roster.over_quota")]
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
    #[serde(rename = "roster.constituency_full")]
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
    #[serde(rename = "roster.future_date")]
    FutureDate {
        /// The effective date given.
        on: NaiveDate,
        /// The local date of the envelope.
        today: NaiveDate,
    },
    /// A change is dated before an earlier recorded change it would contradict.
    #[error("a change on {on} cannot precede the change already recorded on {last}")]
    #[serde(rename = "roster.out_of_order")]
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
    #[serde(rename = "roster.election_date")]
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
    #[serde(rename = "roster.wrong_status")]
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
    #[serde(rename = "roster.too_few_votes")]
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
    #[serde(rename = "roster.votes_exceed_base")]
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
    #[serde(rename = "roster.too_few_absences")]
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
    #[serde(rename = "roster.post_taken")]
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
    #[serde(rename = "roster.too_many_vice_chairs")]
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
    #[serde(rename = "roster.two_congress_posts")]
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
    #[serde(rename = "roster.officer_not_deputy")]
    OfficerNotDeputy {
        /// The post.
        post: Post,
        /// 组织法 第十八条第一款.
        citation: Citation,
    },
    /// The person does not hold the post.
    #[error("{holder} does not hold the post of {post}")]
    #[serde(rename = "roster.not_in_office")]
    NotInOffice {
        /// The post.
        post: Post,
        /// Who was named.
        holder: String,
    },
    /// The deputy holds no such administrative post.
    #[error("deputy {deputy} holds no administrative post `{title}`")]
    #[serde(rename = "roster.no_administrative_post")]
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
    #[serde(rename = "roster.too_few_group_members")]
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
    #[serde(rename = "roster.already_member")]
    AlreadyMember {
        /// The deputy.
        deputy: DeputyId,
    },
    /// The deputy is not in the group.
    #[error("deputy {deputy} is not a member of group {group}")]
    #[serde(rename = "roster.not_member")]
    NotMember {
        /// The deputy.
        deputy: DeputyId,
        /// The group.
        group: GroupId,
    },
    /// A contact office exists already.
    #[error("the township already has a contact office")]
    #[serde(rename = "roster.contact_office_exists")]
    ContactOfficeExists {},
    /// A 民族乡 must name the minorities for which it was established.
    #[error(
        "a 民族乡 names the minority nationalities for which it was established: its head is a citizen of one of them ({citation})"
    )]
    #[serde(rename = "roster.minorities_missing")]
    MinoritiesMissing {
        /// 组织法2022 第七十条第三款.
        citation: Citation,
    },
    /// A recall request is already pending against the deputy.
    #[error("a recall request against deputy {deputy} is already pending its vote")]
    #[serde(rename = "roster.recall_pending")]
    RecallPending {
        /// The deputy.
        deputy: DeputyId,
    },
    /// No recall request is pending against the deputy.
    #[error(
        "no recall request against deputy {deputy} is pending: voters request it in writing first ({citation})"
    )]
    #[serde(rename = "roster.no_recall_request")]
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
    #[serde(rename = "roster.too_few_requesters")]
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
    #[serde(rename = "roster.recall_not_rejected")]
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
    #[serde(rename = "roster.already_announced")]
    AlreadyAnnounced {
        /// The deputy.
        deputy: DeputyId,
        /// 代表法2025 第六十三条第二款.
        citation: Citation,
    },
    /// The deputy's credentials were already reviewed or decided.
    #[error("deputy {deputy}'s credentials were already reviewed or decided ({citation})")]
    #[serde(rename = "roster.credentials_already_reviewed")]
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
    #[serde(rename = "roster.credentials_not_reviewed")]
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
    #[serde(rename = "roster.credentials_finding")]
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
    #[serde(rename = "roster.list_already_published")]
    ListAlreadyPublished {
        /// 选举法2020 第四十七条第二款.
        citation: Citation,
    },
    /// The list cannot be published with credentials undecided.
    #[error(
        "{undecided} deputies of the general election have no decision on their credentials; the list is published once each is confirmed or void ({citation})"
    )]
    #[serde(rename = "roster.credentials_undecided")]
    CredentialsUndecided {
        /// Deputies without a decision.
        undecided: u32,
        /// 选举法2020 第四十七条第二款.
        citation: Citation,
    },
    /// The absence was already noted for this session.
    #[error("deputy {deputy}'s absence from session {session} is already recorded")]
    #[serde(rename = "roster.absence_already_noted")]
    AbsenceAlreadyNoted {
        /// The deputy.
        deputy: DeputyId,
        /// The session.
        session: SessionId,
    },
}

impl RosterError {
    /// Every code, in the order of the variants; each once.
    pub const CODES: &'static [&'static str] = &[
        "actor.forbidden",
        "roster.no_term",
        "roster.term_already_open",
        "roster.quota_out_of_range",
        "roster.uplift_not_for_towns",
        "roster.duplicate",
        "roster.unknown_deputy",
        "roster.unknown_constituency",
        "roster.unknown_group",
        "roster.unknown_station",
        "roster.unknown_unit",
        "roster.constituency_seats",
        "roster.over_quota",
        "roster.constituency_full",
        "roster.future_date",
        "roster.out_of_order",
        "roster.election_date",
        "roster.wrong_status",
        "roster.too_few_votes",
        "roster.votes_exceed_base",
        "roster.too_few_absences",
        "roster.post_taken",
        "roster.too_many_vice_chairs",
        "roster.two_congress_posts",
        "roster.officer_not_deputy",
        "roster.not_in_office",
        "roster.no_administrative_post",
        "roster.too_few_group_members",
        "roster.already_member",
        "roster.not_member",
        "roster.contact_office_exists",
        "roster.minorities_missing",
        "roster.recall_pending",
        "roster.no_recall_request",
        "roster.too_few_requesters",
        "roster.recall_not_rejected",
        "roster.already_announced",
        "roster.credentials_already_reviewed",
        "roster.credentials_not_reviewed",
        "roster.credentials_finding",
        "roster.list_already_published",
        "roster.credentials_undecided",
        "roster.absence_already_noted",
    ];

    /// The stable code (错误代码), as the wire's `code` tag. No `_ =>`: a new variant needs a
    /// code to compile.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::Forbidden(..) => "actor.forbidden",
            Self::NoTerm { .. } => "roster.no_term",
            Self::TermAlreadyOpen { .. } => "roster.term_already_open",
            Self::QuotaOutOfRange { .. } => "roster.quota_out_of_range",
            Self::UpliftNotForTowns { .. } => "roster.uplift_not_for_towns",
            Self::Duplicate { .. } => "roster.duplicate",
            Self::UnknownDeputy { .. } => "roster.unknown_deputy",
            Self::UnknownConstituency { .. } => "roster.unknown_constituency",
            Self::UnknownGroup { .. } => "roster.unknown_group",
            Self::UnknownStation { .. } => "roster.unknown_station",
            Self::UnknownUnit { .. } => "roster.unknown_unit",
            Self::ConstituencySeats { .. } => "roster.constituency_seats",
            Self::OverQuota { .. } => "roster.over_quota",
            Self::ConstituencyFull { .. } => "roster.constituency_full",
            Self::FutureDate { .. } => "roster.future_date",
            Self::OutOfOrder { .. } => "roster.out_of_order",
            Self::ElectionDate { .. } => "roster.election_date",
            Self::WrongStatus { .. } => "roster.wrong_status",
            Self::TooFewVotes { .. } => "roster.too_few_votes",
            Self::VotesExceedBase { .. } => "roster.votes_exceed_base",
            Self::TooFewAbsences { .. } => "roster.too_few_absences",
            Self::PostTaken { .. } => "roster.post_taken",
            Self::TooManyViceChairs { .. } => "roster.too_many_vice_chairs",
            Self::TwoCongressPosts { .. } => "roster.two_congress_posts",
            Self::OfficerNotDeputy { .. } => "roster.officer_not_deputy",
            Self::NotInOffice { .. } => "roster.not_in_office",
            Self::NoAdministrativePost { .. } => "roster.no_administrative_post",
            Self::TooFewGroupMembers { .. } => "roster.too_few_group_members",
            Self::AlreadyMember { .. } => "roster.already_member",
            Self::NotMember { .. } => "roster.not_member",
            Self::ContactOfficeExists {} => "roster.contact_office_exists",
            Self::MinoritiesMissing { .. } => "roster.minorities_missing",
            Self::RecallPending { .. } => "roster.recall_pending",
            Self::NoRecallRequest { .. } => "roster.no_recall_request",
            Self::TooFewRequesters { .. } => "roster.too_few_requesters",
            Self::RecallNotRejected { .. } => "roster.recall_not_rejected",
            Self::AlreadyAnnounced { .. } => "roster.already_announced",
            Self::CredentialsAlreadyReviewed { .. } => "roster.credentials_already_reviewed",
            Self::CredentialsNotReviewed { .. } => "roster.credentials_not_reviewed",
            Self::CredentialsFinding { .. } => "roster.credentials_finding",
            Self::ListAlreadyPublished { .. } => "roster.list_already_published",
            Self::CredentialsUndecided { .. } => "roster.credentials_undecided",
            Self::AbsenceAlreadyNoted { .. } => "roster.absence_already_noted",
        }
    }

    /// The article the refusal applies, when the law (or a profile) names one (法律依据).
    #[must_use]
    pub const fn citation(&self) -> Option<&Citation> {
        match self {
            Self::Forbidden(f) => Some(f.citation()),
            Self::NoTerm { citation, .. }
            | Self::QuotaOutOfRange { citation, .. }
            | Self::UpliftNotForTowns { citation, .. }
            | Self::ConstituencySeats { citation, .. }
            | Self::OverQuota { citation, .. }
            | Self::ConstituencyFull { citation, .. }
            | Self::TooFewVotes { citation, .. }
            | Self::TooFewAbsences { citation, .. }
            | Self::PostTaken { citation, .. }
            | Self::TooManyViceChairs { citation, .. }
            | Self::TwoCongressPosts { citation, .. }
            | Self::OfficerNotDeputy { citation, .. }
            | Self::TooFewGroupMembers { citation, .. }
            | Self::MinoritiesMissing { citation, .. }
            | Self::NoRecallRequest { citation, .. }
            | Self::TooFewRequesters { citation, .. }
            | Self::RecallNotRejected { citation, .. }
            | Self::AlreadyAnnounced { citation, .. }
            | Self::CredentialsAlreadyReviewed { citation, .. }
            | Self::CredentialsNotReviewed { citation, .. }
            | Self::CredentialsFinding { citation, .. }
            | Self::ListAlreadyPublished { citation, .. }
            | Self::CredentialsUndecided { citation, .. } => Some(citation),
            Self::TermAlreadyOpen { .. }
            | Self::Duplicate { .. }
            | Self::UnknownDeputy { .. }
            | Self::UnknownConstituency { .. }
            | Self::UnknownGroup { .. }
            | Self::UnknownStation { .. }
            | Self::UnknownUnit { .. }
            | Self::FutureDate { .. }
            | Self::OutOfOrder { .. }
            | Self::ElectionDate { .. }
            | Self::WrongStatus { .. }
            | Self::VotesExceedBase { .. }
            | Self::NotInOffice { .. }
            | Self::NoAdministrativePost { .. }
            | Self::AlreadyMember { .. }
            | Self::NotMember { .. }
            | Self::ContactOfficeExists {}
            | Self::RecallPending { .. }
            | Self::AbsenceAlreadyNoted { .. } => None,
        }
    }

    /// The rule with its standing (statute, a province's rule, a common-practice default),
    /// when the refusal carries one (依据).
    #[must_use]
    pub const fn basis(&self) -> Option<&Basis> {
        match self {
            Self::Forbidden(f) => Some(f.basis()),
            Self::NoTerm { .. }
            | Self::QuotaOutOfRange { .. }
            | Self::UpliftNotForTowns { .. }
            | Self::ConstituencySeats { .. }
            | Self::OverQuota { .. }
            | Self::ConstituencyFull { .. }
            | Self::TooFewVotes { .. }
            | Self::TooFewAbsences { .. }
            | Self::PostTaken { .. }
            | Self::TooManyViceChairs { .. }
            | Self::TwoCongressPosts { .. }
            | Self::OfficerNotDeputy { .. }
            | Self::TooFewGroupMembers { .. }
            | Self::MinoritiesMissing { .. }
            | Self::NoRecallRequest { .. }
            | Self::TooFewRequesters { .. }
            | Self::RecallNotRejected { .. }
            | Self::AlreadyAnnounced { .. }
            | Self::CredentialsAlreadyReviewed { .. }
            | Self::CredentialsNotReviewed { .. }
            | Self::CredentialsFinding { .. }
            | Self::ListAlreadyPublished { .. }
            | Self::CredentialsUndecided { .. }
            | Self::TermAlreadyOpen { .. }
            | Self::Duplicate { .. }
            | Self::UnknownDeputy { .. }
            | Self::UnknownConstituency { .. }
            | Self::UnknownGroup { .. }
            | Self::UnknownStation { .. }
            | Self::UnknownUnit { .. }
            | Self::FutureDate { .. }
            | Self::OutOfOrder { .. }
            | Self::ElectionDate { .. }
            | Self::WrongStatus { .. }
            | Self::VotesExceedBase { .. }
            | Self::NotInOffice { .. }
            | Self::NoAdministrativePost { .. }
            | Self::AlreadyMember { .. }
            | Self::NotMember { .. }
            | Self::ContactOfficeExists {}
            | Self::RecallPending { .. }
            | Self::AbsenceAlreadyNoted { .. } => None,
        }
    }

    /// The refusal as a clerk reads it, in Chinese (中文说明).
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::roster::RosterError;
    /// use township_congress::rulebook::Citation;
    ///
    /// let e = RosterError::TooFewGroupMembers { needed: 3, got: 2, citation: Citation::organic(43, Some(3)) };
    /// assert_eq!(e.zh().to_string(), "代表小组至少须有3名在任代表，变更后只有2名（组织法2022 第四十三条第三款）");
    /// ```
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, RosterError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use RosterError as E;
        // One arm per variant (no `_`): a new variant does not compile until it has a sentence.
        match self.0 {
            E::Forbidden(e) => e.zh().fmt(f),
            E::NoTerm { .. }
            | E::TermAlreadyOpen { .. }
            | E::QuotaOutOfRange { .. }
            | E::UpliftNotForTowns { .. }
            | E::Duplicate { .. }
            | E::UnknownDeputy { .. }
            | E::UnknownConstituency { .. }
            | E::UnknownGroup { .. }
            | E::UnknownStation { .. }
            | E::UnknownUnit { .. }
            | E::ConstituencySeats { .. }
            | E::OverQuota { .. }
            | E::ConstituencyFull { .. }
            | E::FutureDate { .. }
            | E::OutOfOrder { .. }
            | E::ElectionDate { .. }
            | E::MinoritiesMissing { .. } => zh_term(self.0, f),
            E::WrongStatus { .. }
            | E::TooFewVotes { .. }
            | E::VotesExceedBase { .. }
            | E::TooFewAbsences { .. }
            | E::RecallPending { .. }
            | E::NoRecallRequest { .. }
            | E::TooFewRequesters { .. }
            | E::RecallNotRejected { .. }
            | E::AlreadyAnnounced { .. }
            | E::CredentialsAlreadyReviewed { .. }
            | E::CredentialsNotReviewed { .. }
            | E::CredentialsFinding { .. }
            | E::ListAlreadyPublished { .. }
            | E::CredentialsUndecided { .. }
            | E::AbsenceAlreadyNoted { .. } => zh_mandate(self.0, f),
            E::PostTaken { .. }
            | E::TooManyViceChairs { .. }
            | E::TwoCongressPosts { .. }
            | E::OfficerNotDeputy { .. }
            | E::NotInOffice { .. }
            | E::NoAdministrativePost { .. }
            | E::TooFewGroupMembers { .. }
            | E::AlreadyMember { .. }
            | E::NotMember { .. }
            | E::ContactOfficeExists {} => zh_posts(self.0, f),
        }
    }
}

/// The Chinese sentence: the term, its quota, constituencies, ids and dates.
fn zh_term(e: &RosterError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use RosterError as E;
    match e {
        E::NoTerm { citation } => write!(
            f,
            "本届代表大会尚未开始：须先由县级人大常委会确定本届代表名额（{citation}）"
        ),
        E::TermAlreadyOpen { number } => {
            write!(f, "第{number}届已经开始，一个档案只记载一届")
        }
        E::QuotaOutOfRange {
            seats,
            population,
            min,
            max,
            citation,
        } => write!(
            f,
            "人口{population}人的乡镇，代表名额应为{min}至{max}名，不能定为{seats}名（{citation}）"
        ),
        E::UpliftNotForTowns { citation } => write!(
            f,
            "另加百分之五的代表名额只适用于聚居的少数民族多或者人口居住分散的乡、民族乡，不适用于镇（{citation}）"
        ),
        E::Duplicate { kind, id } => write!(f, "{}{id}已经存在", phrase_zh(kind)),
        E::UnknownDeputy { deputy } => write!(f, "代表名册中没有代表{deputy}"),
        E::UnknownConstituency { constituency } => write!(f, "没有选区{constituency}"),
        E::UnknownGroup { group } => write!(f, "没有代表小组{group}"),
        E::UnknownStation { station } => write!(f, "没有代表联络站{station}"),
        E::UnknownUnit { unit } => write!(f, "没有单位{unit}"),
        E::ConstituencySeats {
            seats,
            max,
            citation,
        } => write!(
            f,
            "每一选区选代表1至{max}名，不能定为{seats}名（{citation}）"
        ),
        E::OverQuota {
            quota,
            got,
            citation,
        } => write!(
            f,
            "本届代表名额为{quota}名，此项变更后将达{got}名（{citation}）"
        ),
        E::ConstituencyFull {
            constituency,
            seats,
            citation,
        } => write!(
            f,
            "选区{constituency}应选代表{seats}名，现有{seats}名在任，出缺才能补选（{citation}）"
        ),
        E::FutureDate { on, today } => {
            write!(f, "变更的生效日期{on}晚于登记之日{today}")
        }
        E::OutOfOrder { on, last } => {
            write!(f, "{on}的变更不能早于已登记的{last}的变更")
        }
        E::ElectionDate {
            what,
            relation,
            completed,
            on,
        } => write!(
            f,
            "{}的日期应在换届选举完成之日{completed}{}，现为{on}",
            phrase_zh(what),
            phrase_zh(relation)
        ),
        E::MinoritiesMissing { citation } => write!(
            f,
            "民族乡须载明建乡的少数民族，乡长由建乡民族的公民担任（{citation}）"
        ),
        _ => Ok(()),
    }
}

/// The Chinese sentence: a deputy's status, votes on it, recall, credentials and absences.
fn zh_mandate(e: &RosterError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use RosterError as E;
    match e {
        E::WrongStatus {
            deputy,
            on,
            status,
            needs,
        } => write!(
            f,
            "代表{deputy}在{on}的状态为“{}”，此项变更要求代表{}",
            status.zh(),
            phrase_zh(needs)
        ),
        E::TooFewVotes {
            what,
            needed,
            got,
            short,
            base,
            citation,
        } => write!(
            f,
            "{}须在{base}人中获得{needed}票，实得{got}票，差{short}票（{citation}）",
            phrase_zh(what)
        ),
        E::VotesExceedBase { what, got, base } => write!(
            f,
            "{}的赞成票{got}票，超过了有表决权的{base}人",
            phrase_zh(what)
        ),
        E::TooFewAbsences {
            deputy,
            needed,
            got,
            citation,
        } => write!(
            f,
            "代表{deputy}未经批准{got}次不出席会议，须达{needed}次方可终止代表资格（{citation}）"
        ),
        E::RecallPending { deputy } => {
            write!(f, "对代表{deputy}的罢免要求已经提出，正待表决")
        }
        E::NoRecallRequest { deputy, citation } => write!(
            f,
            "没有待表决的罢免代表{deputy}的要求：须先由选民书面提出（{citation}）"
        ),
        E::TooFewRequesters {
            needed,
            got,
            short,
            citation,
        } => write!(
            f,
            "罢免要求须有原选区选民{needed}人以上联名，现有{got}人，差{short}人（{citation}）"
        ),
        E::RecallNotRejected {
            votes_for,
            needed,
            voters,
            citation,
        } => write!(
            f,
            "选民{voters}人中有{votes_for}人赞成罢免，已达到罢免所需的{needed}票，应登记为罢免通过（{citation}）"
        ),
        _ => zh_credentials(e, f),
    }
}

/// The Chinese sentence: credentials, the list of deputies, terminations and absences noted.
fn zh_credentials(e: &RosterError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use RosterError as E;
    match e {
        E::AlreadyAnnounced { deputy, citation } => {
            write!(f, "代表{deputy}的代表资格终止已经公告（{citation}）")
        }
        E::CredentialsAlreadyReviewed { deputy, citation } => {
            write!(f, "代表{deputy}的代表资格已经审查或决定（{citation}）")
        }
        E::CredentialsNotReviewed { deputy, citation } => write!(
            f,
            "代表{deputy}的代表资格尚无代表资格审查委员会的审查报告，主席团根据审查报告作出决定（{citation}）"
        ),
        E::CredentialsFinding {
            deputy,
            found_valid,
            citation,
        } => write!(
            f,
            "代表资格审查委员会确认代表{deputy}的当选{}，主席团须根据该报告作出决定（{citation}）",
            if *found_valid { "有效" } else { "无效" }
        ),
        E::ListAlreadyPublished { citation } => {
            write!(f, "本届代表名单已经公布（{citation}）")
        }
        E::CredentialsUndecided {
            undecided,
            citation,
        } => write!(
            f,
            "换届选举产生的代表中尚有{undecided}名未确认代表资格或宣布当选无效，全部决定后才能公布代表名单（{citation}）"
        ),
        E::AbsenceAlreadyNoted { deputy, session } => {
            write!(f, "代表{deputy}未出席会议{session}的情况已经登记")
        }
        _ => Ok(()),
    }
}

/// The Chinese sentence: posts, administrative posts, groups and the contact office.
fn zh_posts(e: &RosterError, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    use RosterError as E;
    match e {
        E::PostTaken {
            post,
            holder,
            citation,
        } => write!(
            f,
            "{}一职已由{}担任（{citation}）",
            post.label_zh(),
            person_zh(holder)
        ),
        E::TooManyViceChairs { max, got, citation } => {
            write!(f, "副主席至多{max}名，此项变更后将达{got}名（{citation}）")
        }
        E::TwoCongressPosts {
            deputy,
            held,
            sought,
            citation,
        } => write!(
            f,
            "代表{deputy}已担任{}，不能同时担任{}（{citation}）",
            held.label_zh(),
            sought.label_zh()
        ),
        E::OfficerNotDeputy { post, citation } => {
            write!(f, "{}须从代表中选出（{citation}）", post.label_zh())
        }
        E::NotInOffice { post, holder } => {
            write!(f, "{}未担任{}", person_zh(holder), post.label_zh())
        }
        E::NoAdministrativePost { deputy, title } => {
            write!(f, "代表{deputy}没有担任“{title}”职务")
        }
        E::TooFewGroupMembers {
            needed,
            got,
            citation,
        } => write!(
            f,
            "代表小组至少须有{needed}名在任代表，变更后只有{got}名（{citation}）"
        ),
        E::AlreadyMember { deputy } => write!(f, "代表{deputy}已经是成员"),
        E::NotMember { deputy, group } => {
            write!(f, "代表{deputy}不是代表小组{group}的成员")
        }
        E::ContactOfficeExists {} => f.write_str("本乡镇已设有代表联络办公室"),
        _ => Ok(()),
    }
}

impl StatusLabel {
    /// The status in Chinese (`在任`, `已终止代表资格（被罢免）`, `尚未当选`).
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, StatusLabel> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.0 {
            None => f.write_str("尚未当选"),
            Some(DeputyStatus::Ended { ground }) => {
                write!(f, "已终止代表资格（{}）", ground.label_zh())
            }
            Some(status) => f.write_str(status.label_zh()),
        }
    }
}

/// A deputy's status as printed in an error: "serving", "suspended", "ended (recalled)",
/// "not yet elected" (代表状态). On the wire it is the status, or `null` before election.
#[doc(alias = "代表状态")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(transparent)]
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actor::Actor;
    use crate::roster::EndGround;
    use crate::testing::check_error_samples;

    const DEPUTY: DeputyId = DeputyId::from_u128(3);

    /// The citation the samples carry.
    fn cite() -> Citation {
        Citation::electoral(25, Some(2))
    }

    /// One error of every variant, in the order of [`RosterError::CODES`].
    fn samples() -> Vec<RosterError> {
        [
            term_samples(),
            mandate_samples(),
            office_samples(),
            recall_samples(),
        ]
        .concat()
    }

    /// The term, its quota, the ids in the roster and the seats of a constituency.
    fn term_samples() -> Vec<RosterError> {
        use RosterError as E;
        vec![
            E::Forbidden(Forbidden::new(
                Actor::Government {},
                "fix the deputy quota",
                "the county standing committee",
                Citation::electoral(13, None),
            )),
            E::NoTerm { citation: cite() },
            E::TermAlreadyOpen { number: 8 },
            E::QuotaOutOfRange {
                seats: 70,
                population: 28_600,
                min: 40,
                max: 61,
                citation: cite(),
            },
            E::UpliftNotForTowns { citation: cite() },
            E::Duplicate {
                kind: "deputy group",
                id: "g7".into(),
            },
            E::UnknownDeputy { deputy: DEPUTY },
            E::UnknownConstituency {
                constituency: ConstituencyId::from_u128(4),
            },
            E::UnknownGroup {
                group: GroupId::from_u128(5),
            },
            E::UnknownStation {
                station: StationId::from_u128(6),
            },
            E::UnknownUnit {
                unit: UnitId::from_u128(7),
            },
            E::ConstituencySeats {
                seats: 4,
                max: 3,
                citation: cite(),
            },
            E::OverQuota {
                quota: 46,
                got: 47,
                citation: cite(),
            },
            E::ConstituencyFull {
                constituency: ConstituencyId::from_u128(4),
                seats: 3,
                citation: cite(),
            },
        ]
    }

    /// The dates of changes and the votes and absences that change a mandate.
    fn mandate_samples() -> Vec<RosterError> {
        use RosterError as E;
        let on = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(2026, 1, 4).unwrap_or_default();
        vec![
            E::FutureDate { on, today: last },
            E::OutOfOrder { on: last, last: on },
            E::ElectionDate {
                what: "a by-election",
                relation: "after",
                completed: on,
                on: last,
            },
            E::WrongStatus {
                deputy: DEPUTY,
                on,
                status: StatusLabel(Some(DeputyStatus::Ended {
                    ground: EndGround::Recalled,
                })),
                needs: "is serving",
            },
            E::TooFewVotes {
                what: "accepting the resignation",
                needed: 24,
                got: 20,
                short: 4,
                base: 46,
                citation: cite(),
            },
            E::VotesExceedBase {
                what: "recalling the deputy",
                got: 47,
                base: 46,
            },
            E::TooFewAbsences {
                deputy: DEPUTY,
                needed: 2,
                got: 1,
                citation: cite(),
            },
        ]
    }

    /// The congress's posts, deputy groups and the contact office.
    fn office_samples() -> Vec<RosterError> {
        use RosterError as E;
        vec![
            E::PostTaken {
                post: Post::Chair,
                holder: format!("deputy {DEPUTY}"),
                citation: cite(),
            },
            E::TooManyViceChairs {
                max: 2,
                got: 3,
                citation: cite(),
            },
            E::TwoCongressPosts {
                deputy: DEPUTY,
                held: Post::Chair,
                sought: Post::ViceChair,
                citation: cite(),
            },
            E::OfficerNotDeputy {
                post: Post::ViceChair,
                citation: cite(),
            },
            E::NotInOffice {
                post: Post::Chair,
                holder: "李四".into(),
            },
            E::NoAdministrativePost {
                deputy: DEPUTY,
                title: "副镇长".into(),
            },
            E::TooFewGroupMembers {
                needed: 3,
                got: 2,
                citation: cite(),
            },
            E::AlreadyMember { deputy: DEPUTY },
            E::NotMember {
                deputy: DEPUTY,
                group: GroupId::from_u128(5),
            },
            E::ContactOfficeExists {},
            E::MinoritiesMissing { citation: cite() },
        ]
    }

    /// Recalls, terminations, credentials, the list of deputies and absences.
    fn recall_samples() -> Vec<RosterError> {
        use RosterError as E;
        vec![
            E::RecallPending { deputy: DEPUTY },
            E::NoRecallRequest {
                deputy: DEPUTY,
                citation: cite(),
            },
            E::TooFewRequesters {
                needed: 30,
                got: 28,
                short: 2,
                citation: cite(),
            },
            E::RecallNotRejected {
                votes_for: 700,
                needed: 601,
                voters: 1_200,
                citation: cite(),
            },
            E::AlreadyAnnounced {
                deputy: DEPUTY,
                citation: cite(),
            },
            E::CredentialsAlreadyReviewed {
                deputy: DEPUTY,
                citation: cite(),
            },
            E::CredentialsNotReviewed {
                deputy: DEPUTY,
                citation: cite(),
            },
            E::CredentialsFinding {
                deputy: DEPUTY,
                found_valid: false,
                citation: cite(),
            },
            E::ListAlreadyPublished { citation: cite() },
            E::CredentialsUndecided {
                undecided: 2,
                citation: cite(),
            },
            E::AbsenceAlreadyNoted {
                deputy: DEPUTY,
                session: SessionId::from_u128(9),
            },
        ]
    }

    #[test]
    fn every_variant_has_its_code_its_wire_tag_and_both_sentences() {
        let samples = samples();
        let rendered: Vec<_> = samples
            .iter()
            .map(|e| {
                (
                    e.code(),
                    serde_json::to_value(e).unwrap_or_default(),
                    e.to_string(),
                    e.zh().to_string(),
                    e.citation().map(ToString::to_string),
                )
            })
            .collect();
        check_error_samples(RosterError::CODES, "roster.", &rendered);
    }

    #[test]
    fn statuses_and_people_read_in_chinese() {
        let e = RosterError::WrongStatus {
            deputy: DeputyId::from_u128(3),
            on: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default(),
            status: StatusLabel(None),
            needs: "holds a mandate",
        };
        assert!(
            e.zh()
                .to_string()
                .contains("的状态为“尚未当选”，此项变更要求代表具有代表资格"),
            "{}",
            e.zh()
        );
        let taken = RosterError::PostTaken {
            post: Post::Chair,
            holder: "deputy 7".into(),
            citation: Citation::organic(18, Some(1)),
        };
        assert!(
            taken
                .zh()
                .to_string()
                .starts_with("人大主席一职已由代表7担任"),
            "{}",
            taken.zh()
        );
    }
}
