//! The roster of one congress term (代表名册): deputies and their status over time, officers,
//! deputy groups, the contact office and stations, and the government's units.
//!
//! Every change is a [`RosterChange`], recorded as a fact by the actor the law names:
//!
//! | change | who records it | rule |
//! | --- | --- | --- |
//! | [`TermOpened`](RosterChange::TermOpened) | county standing committee | 选举法2020 第十二条、第十三条 (quota) |
//! | [`ConstituencyDrawn`](RosterChange::ConstituencyDrawn) | election committee | 选举法2020 第二十五条 (1–3 seats) |
//! | [`DeputyElected`](RosterChange::DeputyElected) | election committee | seats of the constituency and the quota |
//! | [`ResignationAccepted`](RosterChange::ResignationAccepted) | presidium (announces) | > 1/2 of all deputies, 选举法2020 第五十五条 |
//! | [`DeputyRecalled`](RosterChange::DeputyRecalled) | county standing committee | > 1/2 of the constituency's voters, 选举法2020 第五十三条 |
//! | [`MandateTerminated`](RosterChange::MandateTerminated) | credentials committee | 代表法2025 第六十二条、第六十三条 |
//! | [`DeputySuspended`](RosterChange::DeputySuspended) / [`DeputyReinstated`](RosterChange::DeputyReinstated) | credentials committee | 代表法2025 第六十一条 |
//! | [`OfficerSeated`](RosterChange::OfficerSeated) / [`OfficeVacated`](RosterChange::OfficeVacated) | presidium | 组织法2022 第十八条 |
//! | [`AdministrativePostTaken`](RosterChange::AdministrativePostTaken) / [`AdministrativePostLeft`](RosterChange::AdministrativePostLeft) | presidium or staff | 组织法2022 第十八条第二款 |
//! | [`GroupFormed`](RosterChange::GroupFormed), [`GroupJoined`](RosterChange::GroupJoined), [`GroupLeft`](RosterChange::GroupLeft) | presidium | ≥ 3 deputies, 组织法2022 第四十三条第三款 |
//! | [`ContactOfficeOpened`](RosterChange::ContactOfficeOpened), [`StationOpened`](RosterChange::StationOpened), [`DeputyAssignedToStation`](RosterChange::DeputyAssignedToStation) | presidium | 代表法2025 第二十八条 |
//! | [`UnitRegistered`](RosterChange::UnitRegistered) | township government | 组织法2022 第四十二条 |
//!
//! A status change takes effect on its date `on`: [`Roster::deputies_at`] the day before still
//! counts a deputy who resigned, the day itself does not. When a deputy's mandate ends, a chair
//! or vice-chair post they held ends with it (选举法2020 第五十四条、第五十六条).

mod apply;
mod error;
mod mandate;
mod spans;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use error::{RosterError, StatusLabel};

use crate::ids::{ConstituencyId, DeputyId, GroupId, SessionId, StationId, UnitId};
use crate::label::Label;
use crate::rulebook::{Citation, Rulebook, count};

/// The congress term (届): township, number, quota and when its election was completed.
#[doc(alias = "届")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Term {
    /// The township's name.
    pub township: String,
    /// 乡, 民族乡 or 镇.
    pub township_kind: TownshipKind,
    /// The term's ordinal (第几届).
    pub number: u32,
    /// The day the general election of deputies was completed.
    pub election_completed: NaiveDate,
    /// Inhabitants counted when the quota was fixed.
    pub population: u32,
    /// Deputy seats the county standing committee fixed (代表名额).
    pub seats: u32,
    /// Whether the provincial 5 % uplift was granted.
    pub uplift: bool,
    /// For a 民族乡, the minority nationalities for which it was established (建立民族乡的少数
    /// 民族): its head is a citizen of one of them (组织法2022 第七十条第三款).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub minorities: Vec<String>,
}

/// What kind of township the congress serves (乡、民族乡、镇).
#[doc(alias = "乡镇类型")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TownshipKind {
    /// A township (乡).
    Township,
    /// An ethnic township (民族乡): its head belongs to the minority that established it.
    EthnicTownship,
    /// A town (镇).
    Town,
}

impl Label for TownshipKind {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Township => "乡",
            Self::EthnicTownship => "民族乡",
            Self::Town => "镇",
        }
    }
}

/// An electoral district (选区).
#[doc(alias = "选区")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Constituency {
    /// Its id.
    pub id: ConstituencyId,
    /// Its name, e.g. a village.
    pub name: String,
    /// Deputies it returns (1–3).
    pub seats: u32,
    /// Registered voters (选民), the base for recalling its deputies.
    pub voters: u32,
}

/// Why a mandate ended (代表资格终止的原因).
#[doc(alias = "代表资格终止")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[doc(alias = "终止事由")]
pub enum EndGround {
    /// Resignation accepted by the congress (辞职被接受).
    ResignationAccepted,
    /// Recalled by the voters (被罢免).
    Recalled,
    /// Moved out of the township (迁出).
    MovedOut,
    /// Transferred out of the township (调离本行政区域).
    TransferredOut,
    /// Ordered to resign, and the resignation accepted (责令辞职被接受).
    OrderedResignationAccepted,
    /// Two sessions missed without leave (未经批准两次不出席).
    UnexcusedAbsences,
    /// Lost Chinese nationality (丧失国籍).
    LostNationality,
    /// Deprived of political rights by a court (被剥夺政治权利).
    DeprivedOfPoliticalRights,
    /// Lost civil capacity (丧失行为能力).
    LostCapacity,
    /// Died (死亡).
    Died,
}

impl Label for EndGround {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::ResignationAccepted => "辞职被接受",
            Self::Recalled => "被罢免",
            Self::MovedOut => "迁出本行政区域",
            Self::TransferredOut => "调离本行政区域",
            Self::OrderedResignationAccepted => "责令辞职被接受",
            Self::UnexcusedAbsences => "未经批准两次不出席会议",
            Self::LostNationality => "丧失中华人民共和国国籍",
            Self::DeprivedOfPoliticalRights => "被剥夺政治权利",
            Self::LostCapacity => "丧失行为能力",
            Self::Died => "死亡",
        }
    }
}

impl fmt::Display for EndGround {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::ResignationAccepted => "resignation accepted",
            Self::Recalled => "recalled",
            Self::MovedOut => "moved out",
            Self::TransferredOut => "transferred out",
            Self::OrderedResignationAccepted => "ordered to resign, resignation accepted",
            Self::UnexcusedAbsences => "unexcused absences",
            Self::LostNationality => "lost nationality",
            Self::DeprivedOfPoliticalRights => "deprived of political rights",
            Self::LostCapacity => "lost capacity",
            Self::Died => "died",
        })
    }
}

/// Grounds the credentials committee reports (the others have their own changes).
#[doc(alias = "代表资格终止事由")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TerminationGround {
    /// Moved out of the township (迁出), 代表法2025 第六十二条第一项.
    MovedOut,
    /// Transferred out of the township (调离), 代表法2025 第六十二条第一项.
    TransferredOut,
    /// Ordered to resign, and the resignation accepted (责令辞职被接受), 第六十二条第二项.
    OrderedResignationAccepted,
    /// Two sessions missed without leave (未经批准两次不出席); checked against the record.
    UnexcusedAbsences,
    /// Lost Chinese nationality.
    LostNationality,
    /// Deprived of political rights.
    DeprivedOfPoliticalRights,
    /// Lost civil capacity.
    LostCapacity,
    /// Died.
    Died,
}

impl From<TerminationGround> for EndGround {
    fn from(g: TerminationGround) -> Self {
        match g {
            TerminationGround::MovedOut => Self::MovedOut,
            TerminationGround::TransferredOut => Self::TransferredOut,
            TerminationGround::OrderedResignationAccepted => Self::OrderedResignationAccepted,
            TerminationGround::UnexcusedAbsences => Self::UnexcusedAbsences,
            TerminationGround::LostNationality => Self::LostNationality,
            TerminationGround::DeprivedOfPoliticalRights => Self::DeprivedOfPoliticalRights,
            TerminationGround::LostCapacity => Self::LostCapacity,
            TerminationGround::Died => Self::Died,
        }
    }
}

impl Label for TerminationGround {
    fn label_zh(&self) -> &'static str {
        EndGround::from(*self).label_zh()
    }
}

/// A deputy's status on a day (代表状态).
#[doc(alias = "代表状态")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DeputyStatus {
    /// Elected, awaiting the presidium's confirmation of the credentials (当选待确认): holds a
    /// seat of the constituency, not yet a mandate (选举法2020 第四十七条).
    Pending {},
    /// The election was determined void on the credentials review (当选无效): never a
    /// mandate, from the start (选举法2020 第四十七条第二款, 第五十八条第三款); the seat is
    /// vacant.
    Voided {},
    /// Holds the mandate and may exercise it (在任).
    Serving {},
    /// Holds the mandate, but its exercise is suspended (暂停执行代表职务).
    Suspended {},
    /// The mandate has ended (代表资格终止).
    Ended {
        /// Why.
        ground: EndGround,
    },
}

impl Label for DeputyStatus {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Pending {} => "当选待确认",
            Self::Voided {} => "当选无效",
            Self::Serving {} => "在任",
            Self::Suspended {} => "暂停执行代表职务",
            Self::Ended { .. } => "代表资格终止",
        }
    }
}

/// One dated entry of a deputy's status history.
#[doc(alias = "状态变更")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct StatusChange {
    /// Effective from this local date.
    pub on: NaiveDate,
    /// The status from then on.
    pub status: DeputyStatus,
}

/// A deputy of the township congress (乡镇人大代表).
#[doc(alias = "代表")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Deputy {
    /// Its id.
    pub id: DeputyId,
    /// The deputy's name.
    pub name: String,
    /// The constituency that elected them.
    pub constituency: ConstituencyId,
    /// Whether they came in through a by-election (补选).
    pub by_election: bool,
    /// Status history, oldest first, dates never decreasing; the first entry is the election.
    pub history: Vec<StatusChange>,
}

impl Deputy {
    /// Status on `date`, or `None` before the deputy was elected.
    #[must_use]
    pub fn status_at(&self, date: NaiveDate) -> Option<DeputyStatus> {
        if self.history.last().map(|c| c.status) == Some(DeputyStatus::Voided {}) {
            // A void election never took effect (当选无效).
            return self
                .history
                .first()
                .filter(|c| c.on <= date)
                .map(|_| DeputyStatus::Voided {});
        }
        // The history is in date order (every change is checked not to precede the last), so
        // the status on `date` is found by binary search, however long the history.
        let upto = self.history.partition_point(|c| c.on <= date);
        upto.checked_sub(1)
            .and_then(|last| self.history.get(last))
            .map(|c| c.status)
    }

    /// The days the deputy occupies a seat, `from..until`: from the election until the
    /// mandate ends (`Ended` and `Voided` are final, and a void election never took a seat).
    fn seat_span(&self) -> Option<(NaiveDate, Option<NaiveDate>)> {
        let (first, last) = (self.history.first()?, self.history.last()?);
        match last.status {
            DeputyStatus::Voided {} => None,
            DeputyStatus::Ended { .. } => Some((first.on, Some(last.on))),
            DeputyStatus::Pending {} | DeputyStatus::Serving {} | DeputyStatus::Suspended {} => {
                Some((first.on, None))
            }
        }
    }

    /// Whether the deputy holds a mandate (serving or suspended) on `date`.
    #[must_use]
    pub fn holds_mandate_at(&self, date: NaiveDate) -> bool {
        matches!(
            self.status_at(date),
            Some(DeputyStatus::Serving {} | DeputyStatus::Suspended {})
        )
    }

    /// Whether the deputy occupies a seat of the constituency on `date`: elected and awaiting
    /// confirmation, or holding the mandate.
    #[must_use]
    pub fn occupies_seat_at(&self, date: NaiveDate) -> bool {
        matches!(
            self.status_at(date),
            Some(DeputyStatus::Pending {} | DeputyStatus::Serving {} | DeputyStatus::Suspended {})
        )
    }

    /// Whether the deputy may act (sign, vote, nominate) on `date`.
    #[must_use]
    pub fn is_serving_at(&self, date: NaiveDate) -> bool {
        matches!(self.status_at(date), Some(DeputyStatus::Serving {}))
    }

    fn last_change(&self) -> Option<NaiveDate> {
        self.history.last().map(|c| c.on)
    }
}

/// A post the township congress fills by election (职务).
#[doc(alias = "职务")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Post {
    /// Chair of the congress (人大主席).
    Chair,
    /// Vice-chair of the congress (人大副主席).
    ViceChair,
    /// Township or town head (乡长、镇长), an administrative post.
    TownshipHead,
    /// Deputy township or town head (副乡长、副镇长), an administrative post.
    DeputyHead,
}

impl Post {
    /// Whether the post is in a state administrative organ.
    #[must_use]
    pub const fn is_administrative(self) -> bool {
        matches!(self, Self::TownshipHead | Self::DeputyHead)
    }

    /// Whether the holder must be a deputy (chair and vice-chairs, 组织法2022 第十八条).
    #[must_use]
    pub const fn requires_deputy(self) -> bool {
        matches!(self, Self::Chair | Self::ViceChair)
    }
}

impl Label for Post {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Chair => "人大主席",
            Self::ViceChair => "人大副主席",
            Self::TownshipHead => "乡镇长",
            Self::DeputyHead => "副乡镇长",
        }
    }
}

impl fmt::Display for Post {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Chair => "chair",
            Self::ViceChair => "vice-chair",
            Self::TownshipHead => "township head",
            Self::DeputyHead => "deputy township head",
        })
    }
}

/// Who holds a post: a deputy, or (for government posts) a citizen who is not a deputy.
#[doc(alias = "任职人员")]
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Officeholder {
    /// A deputy of this congress.
    Deputy {
        /// Which.
        deputy: DeputyId,
    },
    /// A citizen who is not a deputy (the township head need not be one, 组织法2022 第二十八条).
    Citizen {
        /// Name.
        name: String,
    },
}

impl Officeholder {
    /// The deputy, if the holder is one.
    #[must_use]
    pub const fn deputy(&self) -> Option<DeputyId> {
        match self {
            Self::Deputy { deputy } => Some(*deputy),
            Self::Citizen { .. } => None,
        }
    }
}

impl fmt::Display for Officeholder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Deputy { deputy } => write!(f, "deputy {deputy}"),
            Self::Citizen { name } => f.write_str(name),
        }
    }
}

/// Why a tenure ended (离任原因).
#[doc(alias = "离任原因")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OfficeEnd {
    /// The congress accepted a resignation (辞职).
    Resigned,
    /// The congress recalled the holder (罢免).
    Recalled,
    /// The holder's mandate as deputy ended, ending the post with it (职务相应终止).
    MandateEnded,
    /// The term ran out.
    TermEnded,
}

impl Label for OfficeEnd {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Resigned => "辞职",
            Self::Recalled => "罢免",
            Self::MandateEnded => "代表职务终止，职务相应终止",
            Self::TermEnded => "任期届满",
        }
    }
}

/// One holder's time in a post (任职记录).
#[doc(alias = "任职记录")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Tenure {
    /// The post.
    pub post: Post,
    /// Who holds it.
    pub holder: Officeholder,
    /// From this local date.
    pub from: NaiveDate,
    /// Until this local date (exclusive) and why, once it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<(NaiveDate, OfficeEnd)>,
}

impl Tenure {
    /// Whether the tenure covers any day from `date` on.
    #[must_use]
    pub fn reaches(&self, date: NaiveDate) -> bool {
        self.ended.is_none_or(|(until, _)| until > date)
    }

    /// Whether the tenure covers `date`.
    #[must_use]
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from <= date && self.ended.is_none_or(|(until, _)| date < until)
    }
}

/// An administrative post a deputy holds outside the congress (行政职务).
#[doc(alias = "行政职务")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct AdministrativePost {
    /// The deputy.
    pub deputy: DeputyId,
    /// The post's title, e.g. `副乡长` or `县民政局科员`.
    pub title: String,
    /// From this local date.
    pub from: NaiveDate,
    /// Until this date (exclusive), once left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

/// A deputy group (代表小组).
#[doc(alias = "代表小组")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DeputyGroup {
    /// Its id.
    pub id: GroupId,
    /// Its name.
    pub name: String,
    /// The residential area or production unit it covers.
    pub area: String,
    /// When it was formed.
    pub formed: NaiveDate,
    /// Members, each with every spell of membership, oldest first (left: exclusive end).
    pub members: BTreeMap<DeputyId, Vec<Membership>>,
}

/// A dated membership of a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[doc(alias = "小组成员资格")]
pub struct Membership {
    /// Joined on.
    pub joined: NaiveDate,
    /// Left on (exclusive), if they left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<NaiveDate>,
}

impl Membership {
    fn covers(&self, date: NaiveDate) -> bool {
        self.joined <= date && self.left.is_none_or(|l| date < l)
    }
}

/// The township's deputies' contact office (人大代表联络室).
#[doc(alias = "代表联络室")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ContactOffice {
    /// Its name.
    pub name: String,
    /// Opened on.
    pub opened: NaiveDate,
}

/// A deputies' contact station in a village or community (代表联络站).
#[doc(alias = "代表联络站")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Station {
    /// Its id.
    pub id: StationId,
    /// Its name.
    pub name: String,
    /// The village or community it serves.
    pub village: String,
    /// Opened on.
    pub opened: NaiveDate,
    /// Deputies assigned, with the date of assignment.
    pub deputies: BTreeMap<DeputyId, NaiveDate>,
}

/// What kind of body a government unit is (单位类型).
#[doc(alias = "单位类型")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// An office or department of the township government (乡镇内设机构).
    Department,
    /// A public institution or station of the township (事业站所).
    Institution,
    /// A county organ stationed in the township (县派驻机构).
    CountyOrgan,
    /// A village or residents' committee (村居委会).
    VillageCommittee,
    /// Another organisation.
    Other,
}

impl Label for UnitKind {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Department => "乡镇内设机构",
            Self::Institution => "事业站所",
            Self::CountyOrgan => "县派驻机构",
            Self::VillageCommittee => "村（居）委会",
            Self::Other => "其他组织",
        }
    }
}

/// A body that handles suggestions and answers interpellations (承办单位).
#[doc(alias = "承办单位")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Unit {
    /// Its id.
    pub id: UnitId,
    /// Its name.
    pub name: String,
    /// What kind of body.
    pub category: UnitKind,
}

/// A change to the roster, stated by the actor the law names (名册变动).
///
/// The same value is the command (`Command::Roster`) and, once accepted, the recorded event.
#[doc(alias = "名册变动")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum RosterChange {
    /// The county standing committee opens the term and fixes its deputy quota (确定代表名额).
    TermOpened {
        /// The township's name.
        township: String,
        /// 乡, 民族乡 or 镇: the 5 % uplift is for 乡 and 民族乡 only.
        township_kind: TownshipKind,
        /// The term's ordinal.
        number: u32,
        /// The day the general election was completed.
        election_completed: NaiveDate,
        /// Inhabitants.
        population: u32,
        /// Deputy seats.
        seats: u32,
        /// Whether the provincial 5 % uplift is granted.
        #[serde(default)]
        uplift: bool,
        /// For a 民族乡, the minority nationalities for which it was established; required
        /// there, its head is a citizen of one of them (组织法2022 第七十条第三款).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        minorities: Vec<String>,
    },
    /// The election committee draws a constituency (划分选区).
    ConstituencyDrawn {
        /// Its id.
        constituency: ConstituencyId,
        /// Its name.
        name: String,
        /// Deputies it returns.
        seats: u32,
        /// Registered voters.
        voters: u32,
    },
    /// The election committee reports a deputy elected, in the general election or a
    /// by-election (当选、补选).
    DeputyElected {
        /// The new deputy's id.
        deputy: DeputyId,
        /// Name.
        name: String,
        /// Constituency.
        constituency: ConstituencyId,
        /// Election day.
        on: NaiveDate,
        /// Whether this is a by-election.
        #[serde(default)]
        by_election: bool,
    },
    /// The congress accepted a deputy's written resignation; the presidium announces it.
    ResignationAccepted {
        /// The deputy.
        deputy: DeputyId,
        /// Effective date.
        on: NaiveDate,
        /// Votes for accepting, out of all deputies.
        votes_for: u32,
    },
    /// The constituency's voters recalled the deputy, in a vote the county presided over
    /// (罢免代表, 选举法2020 第五十条—第五十三条), on a request recorded before.
    DeputyRecalled {
        /// The deputy.
        deputy: DeputyId,
        /// Effective date.
        on: NaiveDate,
        /// Voters who voted to recall.
        votes_for: u32,
        /// All the constituency's voters on the roll at the time of the vote: the base of the
        /// majority (原选区过半数的选民), not the count when the constituency was drawn.
        voters: u32,
    },
    /// Voters of the deputy's original constituency requested the recall in writing to the
    /// county standing committee, which records it (提出罢免要求, 选举法2020 第五十条第一款).
    RecallRequested {
        /// The deputy.
        deputy: DeputyId,
        /// Voters who signed the request (选民三十人以上联名).
        requesters: u32,
        /// The day the request was received.
        on: NaiveDate,
    },
    /// The deputy's defence against a recall request was heard or received and circulated to
    /// the voters (申辩意见, 选举法2020 第五十条第三款; 代表法2025 第六十条).
    RecallDefenceRecorded {
        /// The deputy.
        deputy: DeputyId,
        /// Whether the defence was made in writing (书面) rather than at a voters' meeting.
        in_writing: bool,
        /// On.
        on: NaiveDate,
    },
    /// The recall vote did not reach a majority of the constituency's voters: the request is
    /// closed and the deputy keeps the mandate.
    RecallRejected {
        /// The deputy.
        deputy: DeputyId,
        /// The day of the vote.
        on: NaiveDate,
        /// Voters who voted to recall.
        votes_for: u32,
        /// All the constituency's voters on the roll at the time of the vote.
        voters: u32,
    },
    /// The credentials committee reports its review of deputies elected (代表资格审查报告):
    /// whose election is valid and whose is void (选举法2020 第四十七条第一款).
    CredentialsReviewed {
        /// Deputies whose election the committee finds valid.
        #[serde(default)]
        valid: BTreeSet<DeputyId>,
        /// Deputies whose election it finds void (当选无效).
        #[serde(default)]
        void: BTreeSet<DeputyId>,
        /// The day of the report.
        on: NaiveDate,
    },
    /// The presidium confirms the credentials of deputies the committee found valid
    /// (确认代表资格, 选举法2020 第四十七条第二款); from that day they serve.
    CredentialsConfirmed {
        /// The deputies.
        deputies: BTreeSet<DeputyId>,
        /// On.
        on: NaiveDate,
    },
    /// The presidium determines a deputy's election void on the committee's report
    /// (确定当选无效, 选举法2020 第四十七条第二款): the election never took effect.
    ElectionVoided {
        /// The deputy.
        deputy: DeputyId,
        /// The day of the decision.
        on: NaiveDate,
    },
    /// The presidium publishes the list of the term's deputies before its first session
    /// (公布代表名单, 选举法2020 第四十七条第二款).
    DeputyListPublished {
        /// On.
        on: NaiveDate,
    },
    /// The congress announced a mandate's termination, reported by the credentials committee
    /// (予以公告, 代表法2025 第六十三条第二款), recorded by the presidium.
    TerminationAnnounced {
        /// The deputy.
        deputy: DeputyId,
        /// On.
        on: NaiveDate,
    },
    /// The credentials committee reports a mandate terminated (代表资格终止).
    MandateTerminated {
        /// The deputy.
        deputy: DeputyId,
        /// Effective date.
        on: NaiveDate,
        /// The ground.
        ground: TerminationGround,
    },
    /// A deputy missed a session without leave (未经批准不出席): recorded when the session
    /// closes, as an effect of its closing; by hand only for sessions before this record, by the
    /// credentials committee. Two end the mandate (代表法2025 第六十二条第三项).
    UnexcusedAbsenceNoted {
        /// The deputy.
        deputy: DeputyId,
        /// The session missed.
        session: SessionId,
        /// The day the session closed.
        on: NaiveDate,
    },
    /// The credentials committee reports a deputy's mandate suspended (暂停执行代表职务).
    DeputySuspended {
        /// The deputy.
        deputy: DeputyId,
        /// Effective date.
        on: NaiveDate,
        /// The reason (detention, sentence).
        reason: String,
    },
    /// The suspension ended (恢复执行代表职务).
    DeputyReinstated {
        /// The deputy.
        deputy: DeputyId,
        /// Effective date.
        on: NaiveDate,
    },
    /// The presidium announces an officer elected (当选公告).
    OfficerSeated {
        /// The post.
        post: Post,
        /// The holder.
        holder: Officeholder,
        /// From.
        on: NaiveDate,
    },
    /// The presidium announces that an officer left the post.
    OfficeVacated {
        /// The post.
        post: Post,
        /// The holder.
        holder: Officeholder,
        /// From (the first day without the post).
        on: NaiveDate,
        /// Why.
        reason: OfficeEnd,
    },
    /// A deputy took an administrative post (担任行政职务).
    AdministrativePostTaken {
        /// The deputy.
        deputy: DeputyId,
        /// The post's title.
        title: String,
        /// From.
        on: NaiveDate,
    },
    /// A deputy left an administrative post.
    AdministrativePostLeft {
        /// The deputy.
        deputy: DeputyId,
        /// The post's title.
        title: String,
        /// From (the first day without it).
        on: NaiveDate,
    },
    /// A deputy group was formed (组建代表小组).
    GroupFormed {
        /// Its id.
        group: GroupId,
        /// Its name.
        name: String,
        /// The area or unit.
        area: String,
        /// Founding members.
        members: BTreeSet<DeputyId>,
        /// Formed on.
        on: NaiveDate,
    },
    /// A deputy joined a group.
    GroupJoined {
        /// The group.
        group: GroupId,
        /// The deputy.
        deputy: DeputyId,
        /// On.
        on: NaiveDate,
    },
    /// A deputy left a group.
    GroupLeft {
        /// The group.
        group: GroupId,
        /// The deputy.
        deputy: DeputyId,
        /// On (first day outside the group).
        on: NaiveDate,
    },
    /// The township's contact office opened (代表联络室).
    ContactOfficeOpened {
        /// Its name.
        name: String,
        /// On.
        on: NaiveDate,
    },
    /// A contact station opened (代表联络站).
    StationOpened {
        /// Its id.
        station: StationId,
        /// Its name.
        name: String,
        /// The village or community.
        village: String,
        /// On.
        on: NaiveDate,
    },
    /// A deputy was assigned to a station (进站), leaving any station they were in.
    DeputyAssignedToStation {
        /// The station.
        station: StationId,
        /// The deputy.
        deputy: DeputyId,
        /// On.
        on: NaiveDate,
    },
    /// The government registered one of its units, or a county organ in the township.
    UnitRegistered {
        /// Its id.
        unit: UnitId,
        /// Its name.
        name: String,
        /// What kind of body.
        category: UnitKind,
    },
}

impl Label for RosterChange {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::TermOpened { .. } => "确定本届代表名额",
            Self::ConstituencyDrawn { .. } => "划分选区",
            Self::DeputyElected {
                by_election: false, ..
            } => "代表当选",
            Self::DeputyElected {
                by_election: true, ..
            } => "补选代表",
            Self::ResignationAccepted { .. } => "接受代表辞职",
            Self::DeputyRecalled { .. } => "罢免代表",
            Self::RecallRequested { .. } => "提出罢免要求",
            Self::RecallDefenceRecorded { .. } => "罢免申辩",
            Self::RecallRejected { .. } => "罢免未通过",
            Self::CredentialsReviewed { .. } => "代表资格审查报告",
            Self::CredentialsConfirmed { .. } => "确认代表资格",
            Self::ElectionVoided { .. } => "确定当选无效",
            Self::DeputyListPublished { .. } => "公布代表名单",
            Self::TerminationAnnounced { .. } => "代表资格终止公告",
            Self::MandateTerminated { .. } => "代表资格终止",
            Self::UnexcusedAbsenceNoted { .. } => "未经批准不出席会议",
            Self::DeputySuspended { .. } => "暂停执行代表职务",
            Self::DeputyReinstated { .. } => "恢复执行代表职务",
            Self::OfficerSeated { .. } => "当选职务",
            Self::OfficeVacated { .. } => "职务终止",
            Self::AdministrativePostTaken { .. } => "担任行政职务",
            Self::AdministrativePostLeft { .. } => "卸任行政职务",
            Self::GroupFormed { .. } => "组建代表小组",
            Self::GroupJoined { .. } => "加入代表小组",
            Self::GroupLeft { .. } => "退出代表小组",
            Self::ContactOfficeOpened { .. } => "设立代表联络室",
            Self::StationOpened { .. } => "设立代表联络站",
            Self::DeputyAssignedToStation { .. } => "代表进站",
            Self::UnitRegistered { .. } => "登记承办单位",
        }
    }
}

/// The roster of one term (代表名册).
#[doc(alias = "代表名册")]
///
/// Who serves and who holds a mandate once every recorded change has taken effect is kept
/// current, so the base of every threshold ("all deputies") costs nothing to ask for today,
/// however long the record.
///
/// Lookups that would otherwise grow with the term's history are indexed: each deputy's
/// status by binary search of their history, the posts and administrative posts reaching a day
/// by their end, each deputy's station.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Roster {
    term: Option<Term>,
    constituencies: BTreeMap<ConstituencyId, Constituency>,
    deputies: BTreeMap<DeputyId, Deputy>,
    tenures: Vec<Tenure>,
    administrative_posts: Vec<AdministrativePost>,
    groups: BTreeMap<GroupId, DeputyGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    contact_office: Option<ContactOffice>,
    stations: BTreeMap<StationId, Station>,
    units: BTreeMap<UnitId, Unit>,
    unexcused_absences: BTreeMap<DeputyId, BTreeSet<SessionId>>,
    /// The credentials review of each deputy elected.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    credentials: BTreeMap<DeputyId, Credentials>,
    /// The day the list of deputies was published, once it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    list_published: Option<NaiveDate>,
    /// Recall requests not yet decided by the voters' vote.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    recall_requests: BTreeMap<DeputyId, RecallRequest>,
    /// Terminations the congress has announced.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    announced: BTreeSet<DeputyId>,
    #[serde(skip)]
    current: Current,
    /// Positions in `tenures`, by post and end.
    #[serde(skip)]
    tenure_spans: spans::Spans<Post>,
    /// Positions in `administrative_posts`, by deputy and end.
    #[serde(skip)]
    post_spans: spans::Spans<DeputyId>,
    /// Positions in `administrative_posts` of the posts not yet left, by deputy and title.
    #[serde(skip)]
    open_posts: BTreeMap<(DeputyId, String), BTreeSet<usize>>,
    /// The station each deputy is assigned to.
    #[serde(skip)]
    station_of: BTreeMap<DeputyId, StationId>,
}

/// A deputy's credentials review (代表资格审查): the committee's finding and the presidium's
/// decision.
#[doc(alias = "代表资格审查")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Credentials {
    /// The committee's finding: valid (`true`) or void, and the day of its report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<(bool, NaiveDate)>,
    /// The day the presidium confirmed the credentials, once it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<NaiveDate>,
}

/// A recall request awaiting the voters' vote (罢免要求).
#[doc(alias = "罢免要求")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RecallRequest {
    /// The day it was received.
    pub on: NaiveDate,
    /// Voters who signed it.
    pub requesters: u32,
    /// The day the deputy's defence was recorded, and whether in writing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defence: Option<(NaiveDate, bool)>,
}

/// A chair or vice-chair who also holds an administrative post: the law does not bar the
/// election, it obliges the officer to resign one of the posts (必须向本级人民代表大会辞去主席、
/// 副主席的职务, 组织法2022 第十八条第二款). Until then the officer does not act as chair or
/// vice-chair.
#[doc(alias = "职务冲突")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Conflict {
    /// The deputy.
    pub deputy: DeputyId,
    /// The congress post held.
    pub post: Post,
    /// The administrative posts held beside it.
    pub administrative: Vec<String>,
    /// 组织法2022 第十八条第二款.
    pub citation: Citation,
}

/// The deputies awaiting confirmation, serving and suspended on every day from
/// `settled_from` on: the latest recorded status of each (an index over the histories, kept
/// by the commits).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Current {
    /// The latest effective date of any status change.
    settled_from: Option<NaiveDate>,
    pending: BTreeSet<DeputyId>,
    serving: BTreeSet<DeputyId>,
    suspended: BTreeSet<DeputyId>,
}

impl Current {
    /// Whether the index answers for `date`.
    fn covers(&self, date: NaiveDate) -> bool {
        self.settled_from.is_none_or(|from| from <= date)
    }

    /// Records `deputy`'s status from `on`.
    fn set(&mut self, deputy: DeputyId, on: NaiveDate, status: DeputyStatus) {
        self.pending.remove(&deputy);
        self.serving.remove(&deputy);
        self.suspended.remove(&deputy);
        match status {
            DeputyStatus::Pending {} => self.pending.insert(deputy),
            DeputyStatus::Serving {} => self.serving.insert(deputy),
            DeputyStatus::Suspended {} => self.suspended.insert(deputy),
            DeputyStatus::Voided {} | DeputyStatus::Ended { .. } => false,
        };
        self.settled_from = Some(self.settled_from.map_or(on, |from| from.max(on)));
    }

    /// The deputies occupying a seat from `settled_from` on (elected, confirmed or not).
    fn occupying(&self) -> impl Iterator<Item = &DeputyId> {
        self.pending
            .iter()
            .chain(&self.serving)
            .chain(&self.suspended)
    }
}

const QUOTA_FIXED: Citation = Citation::electoral(13, None);
const CONSTITUENCY_RULE: Citation = Citation::electoral(25, Some(2));
const QUOTA_STABLE: Citation = Citation::electoral(14, Some(1));
const OFFICERS: Citation = Citation::organic(18, Some(1));
const INCOMPATIBLE: Citation = Citation::organic(18, Some(2));
const ELECTION_BODY: Citation = Citation::electoral(10, Some(1));
const CREDENTIALS: Citation = Citation::deputies(63, Some(2));
const RECALL_PRESIDED: Citation = Citation::electoral(50, None);
const ELECTS_OFFICERS: Citation = Citation::organic(12, None);
const UNITS: Citation = Citation::organic(42, Some(2));

/// Queries (getters).
impl Roster {
    /// The open term, if any.
    #[must_use]
    pub fn term(&self) -> Option<&Term> {
        self.term.as_ref()
    }

    /// A deputy by id.
    #[must_use]
    pub fn deputy(&self, id: DeputyId) -> Option<&Deputy> {
        self.deputies.get(&id)
    }

    /// Every deputy ever elected this term, in id order.
    pub fn deputies(&self) -> impl Iterator<Item = &Deputy> {
        self.deputies.values()
    }

    /// A constituency by id.
    #[must_use]
    pub fn constituency(&self, id: ConstituencyId) -> Option<&Constituency> {
        self.constituencies.get(&id)
    }

    /// Every constituency, in id order.
    pub fn constituencies(&self) -> impl Iterator<Item = &Constituency> {
        self.constituencies.values()
    }

    /// Deputies who hold a mandate (serving or suspended) on `date`, in id order (现有代表).
    ///
    /// # Examples
    ///
    /// A mandate that ends on a date counts the day before, not on the day itself.
    ///
    /// ```
    /// use chrono::{NaiveDate, TimeZone, Utc};
    /// use township_congress::ids::{ConstituencyId, DeputyId};
    /// use township_congress::roster::TerminationGround;
    /// use township_congress::{Actor, Command, Envelope, Ledger, RosterChange, Rulebook};
    ///
    /// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).ok_or("date");
    /// let at = Utc.with_ymd_and_hms(2026, 4, 2, 2, 0, 0).single().ok_or("time")?;
    /// let mut ledger = Ledger::new(Rulebook::NATIONAL);
    /// let mut file = |actor, change| ledger.execute(Envelope::new(actor, at, Command::Roster(change))).map(|_| ());
    /// file(Actor::CountyStandingCommittee {}, RosterChange::TermOpened { township: "青山乡".into(),
    ///     number: 8, election_completed: d(1, 4)?, population: 1_800, seats: 2, uplift: false,
    ///     township_kind: township_congress::roster::TownshipKind::Township,
    ///     minorities: Vec::new() })?;
    /// file(Actor::ElectionCommittee {}, RosterChange::ConstituencyDrawn {
    ///     constituency: ConstituencyId::from_u128(1), name: "东村".into(), seats: 2, voters: 900 })?;
    /// for n in 1..=2 {
    ///     file(Actor::ElectionCommittee {}, RosterChange::DeputyElected { deputy: DeputyId::from_u128(n),
    ///         name: format!("代表{n}"), constituency: ConstituencyId::from_u128(1), on: d(1, 4)?, by_election: false })?;
    /// }
    /// let both: std::collections::BTreeSet<_> = (1..=2).map(DeputyId::from_u128).collect();
    /// file(Actor::CredentialsCommittee {}, RosterChange::CredentialsReviewed {
    ///     valid: both.clone(), void: [].into(), on: d(1, 5)? })?;
    /// file(Actor::Presidium {}, RosterChange::CredentialsConfirmed { deputies: both, on: d(1, 5)? })?;
    /// file(Actor::CredentialsCommittee {}, RosterChange::MandateTerminated {
    ///     deputy: DeputyId::from_u128(2), on: d(4, 1)?, ground: TerminationGround::MovedOut })?;
    /// assert_eq!(ledger.roster().deputies_at(d(3, 31)?).len(), 2);
    /// assert_eq!(ledger.roster().deputies_at(d(4, 1)?), vec![DeputyId::from_u128(1)]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn deputies_at(&self, date: NaiveDate) -> Vec<DeputyId> {
        if self.current.covers(date) {
            let mut all: Vec<DeputyId> = self.current.serving.iter().copied().collect();
            all.extend(self.current.suspended.iter().copied());
            all.sort_unstable();
            return all;
        }
        self.deputies
            .values()
            .filter(|d| d.holds_mandate_at(date))
            .map(|d| d.id)
            .collect()
    }

    /// Deputies who may act (sign, vote, nominate) on `date`, in id order.
    #[must_use]
    pub fn serving_at(&self, date: NaiveDate) -> Vec<DeputyId> {
        if self.current.covers(date) {
            return self.current.serving.iter().copied().collect();
        }
        self.deputies
            .values()
            .filter(|d| d.is_serving_at(date))
            .map(|d| d.id)
            .collect()
    }

    /// "All deputies" on `date`, the base of every threshold of the congress (全体代表).
    ///
    /// Suspended deputies count when [`Rulebook::suspended_count_in_base`] says so.
    #[doc(alias = "全体代表")]
    #[must_use]
    pub fn all_deputies_count(&self, rules: &Rulebook, date: NaiveDate) -> u32 {
        if self.current.covers(date) {
            let serving = self.current.serving.len();
            let suspended = self.current.suspended.len();
            let suspended = if rules.suspended_count_in_base.value {
                suspended
            } else {
                0
            };
            return count(serving.saturating_add(suspended));
        }
        let holders = if rules.suspended_count_in_base.value {
            self.deputies
                .values()
                .filter(|d| d.holds_mandate_at(date))
                .count()
        } else {
            self.deputies
                .values()
                .filter(|d| d.is_serving_at(date))
                .count()
        };
        count(holders)
    }

    /// Whether `deputy` may act on `date`.
    #[must_use]
    pub fn is_serving(&self, deputy: DeputyId, date: NaiveDate) -> bool {
        if self.current.covers(date) {
            return self.current.serving.contains(&deputy);
        }
        self.deputies
            .get(&deputy)
            .is_some_and(|d| d.is_serving_at(date))
    }

    /// Every tenure of every post, oldest first.
    #[must_use]
    pub fn tenures(&self) -> &[Tenure] {
        &self.tenures
    }

    /// Holders of `post` on `date`.
    #[must_use]
    pub fn holders_at(&self, post: Post, date: NaiveDate) -> Vec<&Officeholder> {
        self.reaching(post, date)
            .filter(|t| t.covers(date))
            .map(|t| &t.holder)
            .collect()
    }

    /// Seats of `post` that were filled in the term and are empty on `date` (出缺): the most
    /// holders the post had at once up to `date`, less its holders on `date`. A seat an
    /// election never filled is not a vacancy (组织法2022 第三十条; 第二十九条第三款).
    #[doc(alias = "出缺")]
    #[must_use]
    pub fn vacancies_at(&self, post: Post, date: NaiveDate) -> u32 {
        // The peak over the whole term of the tenures begun by `date` (a tenure that ended the
        // day it began held no seat), in one sweep.
        let begun = self
            .tenure_spans
            .reaching(post, NaiveDate::MIN)
            .into_iter()
            .filter_map(|at| self.tenures.get(at))
            .filter(|t| t.from <= date)
            .map(|t| (t.from, t.ended.map(|(until, _)| until)));
        let peak = spans::peak_from(NaiveDate::MIN, begun);
        count(peak).saturating_sub(count(self.holders_at(post, date).len()))
    }

    /// The chair on `date` (人大主席).
    #[must_use]
    pub fn chair_at(&self, date: NaiveDate) -> Option<DeputyId> {
        self.holders_at(Post::Chair, date)
            .first()
            .and_then(|h| h.deputy())
    }

    /// The vice-chairs on `date` (人大副主席).
    #[must_use]
    pub fn vice_chairs_at(&self, date: NaiveDate) -> Vec<DeputyId> {
        self.holders_at(Post::ViceChair, date)
            .iter()
            .filter_map(|h| h.deputy())
            .collect()
    }

    /// Administrative posts a deputy holds on `date`.
    #[must_use]
    pub fn administrative_posts_at(&self, deputy: DeputyId, date: NaiveDate) -> Vec<&str> {
        let mut titles: Vec<&str> = self
            .posts_covering(deputy, date)
            .map(|p| p.title.as_str())
            .collect();
        titles.extend(self.government_posts_at(deputy, date).map(|p| p.label_zh()));
        titles
    }

    /// Whether `deputy` holds an administrative post on `date`
    /// (`!administrative_posts_at(..).is_empty()`, without listing them).
    fn holds_administrative_post_at(&self, deputy: DeputyId, date: NaiveDate) -> bool {
        self.posts_covering(deputy, date).next().is_some()
            || self.government_posts_at(deputy, date).next().is_some()
    }

    /// The administrative posts outside the congress `deputy` holds on `date`, oldest first.
    fn posts_covering(
        &self,
        deputy: DeputyId,
        date: NaiveDate,
    ) -> impl Iterator<Item = &AdministrativePost> {
        self.post_spans
            .reaching(deputy, date)
            .into_iter()
            .filter_map(|at| self.administrative_posts.get(at))
            .filter(move |p| p.from <= date && p.until.is_none_or(|u| date < u))
    }

    /// The township government posts `deputy` holds on `date` (head, deputy head), in the
    /// order of their tenures.
    fn government_posts_at(&self, deputy: DeputyId, date: NaiveDate) -> impl Iterator<Item = Post> {
        let mut tenures: Vec<(usize, Post)> = [Post::TownshipHead, Post::DeputyHead]
            .into_iter()
            .flat_map(|post| {
                self.tenure_spans
                    .reaching(post, date)
                    .into_iter()
                    .map(move |at| (at, post))
            })
            .filter(|(at, _)| {
                self.tenures
                    .get(*at)
                    .is_some_and(|t| t.covers(date) && t.holder.deputy() == Some(deputy))
            })
            .collect();
        tenures.sort_unstable();
        tenures.into_iter().map(|(_, post)| post)
    }

    /// Every deputy group, in id order.
    pub fn groups(&self) -> impl Iterator<Item = &DeputyGroup> {
        self.groups.values()
    }

    /// Members of `group` who are group members and serving deputies on `date`.
    #[must_use]
    pub fn group_members_at(&self, group: GroupId, date: NaiveDate) -> Vec<DeputyId> {
        self.groups.get(&group).map_or_else(Vec::new, |g| {
            g.members
                .iter()
                .filter(|(d, spells)| {
                    // Spells are in date order and do not overlap: only the last one begun
                    // by `date` can cover it.
                    let begun = spells.partition_point(|m| m.joined <= date);
                    let last = begun.checked_sub(1).and_then(|i| spells.get(i));
                    last.is_some_and(|m| m.covers(date)) && self.is_serving(**d, date)
                })
                .map(|(d, _)| *d)
                .collect()
        })
    }

    /// Groups with fewer serving members than the rulebook's minimum on `date` (e.g. after a
    /// resignation), with their count.
    #[must_use]
    pub fn groups_below_minimum(&self, rules: &Rulebook, date: NaiveDate) -> Vec<(GroupId, u32)> {
        let min = rules.deputy_group_min.value;
        self.groups
            .keys()
            .filter(|g| self.groups.get(g).is_some_and(|gr| gr.formed <= date))
            .map(|g| (*g, count(self.group_members_at(*g, date).len())))
            .filter(|(_, n)| *n < min)
            .collect()
    }

    /// The contact office, if opened.
    #[must_use]
    pub fn contact_office(&self) -> Option<&ContactOffice> {
        self.contact_office.as_ref()
    }

    /// Every contact station, in id order.
    pub fn stations(&self) -> impl Iterator<Item = &Station> {
        self.stations.values()
    }

    /// Serving deputies on `date` not assigned to any station (联络站覆盖).
    #[must_use]
    pub fn deputies_without_station(&self, date: NaiveDate) -> Vec<DeputyId> {
        let assigned: BTreeSet<DeputyId> = self
            .stations
            .values()
            .flat_map(|s| {
                s.deputies
                    .iter()
                    .filter(|(_, on)| **on <= date)
                    .map(|(d, _)| *d)
            })
            .collect();
        self.serving_at(date)
            .into_iter()
            .filter(|d| !assigned.contains(d))
            .collect()
    }

    /// A government unit by id.
    #[must_use]
    pub fn unit(&self, id: UnitId) -> Option<&Unit> {
        self.units.get(&id)
    }

    /// Every registered unit, in id order.
    pub fn units(&self) -> impl Iterator<Item = &Unit> {
        self.units.values()
    }

    /// Sessions the deputy missed without leave this term.
    #[must_use]
    pub fn unexcused_absences(&self, deputy: DeputyId) -> u32 {
        self.unexcused_absences
            .get(&deputy)
            .map_or(0, |s| count(s.len()))
    }
}

#[cfg(test)]
mod tests;
