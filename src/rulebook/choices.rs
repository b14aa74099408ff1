//! Rules that choose between procedures rather than set a number: how a re-vote among tied
//! candidates is won, who approves a deputy's leave, when a deputy's mandate starts.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Fraction;
use crate::label::Label;

/// How the re-vote among candidates tied for the last seat(s) is won (再次投票).
///
/// 组织法2022 第二十九条第一款: "应当就票数相等的人再次投票，以得票多的当选" — the statute
/// elects whoever has more votes; a province may require a majority of all deputies again.
#[doc(alias = "再次投票")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[doc(alias = "再次投票规则")]
pub enum RevoteRule {
    /// The most votes win (以得票多的当选), the statute.
    MostVotes,
    /// The most votes win, each with more than half of all deputies; a seat still tied or
    /// short stays unfilled.
    MajorityOfAll,
}

impl fmt::Display for RevoteRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::MostVotes => "most votes",
            Self::MajorityOfAll => "most votes, with a majority of all deputies",
        })
    }
}

impl Label for RevoteRule {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::MostVotes => "以得票多的当选",
            Self::MajorityOfAll => "得票多且过全体代表半数的当选",
        }
    }
}

/// Who approves a deputy's leave from a session (请假批准).
///
/// 代表法2025 第十三条第一款 asks deputies to request leave "按照规定" and names no approver.
#[doc(alias = "请假批准")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LeaveApprover {
    /// The presidium as a body, or the chair or a vice-chair — so that leave can be approved
    /// even when no chair is seated.
    PresidiumOrOfficers,
    /// The chair or a vice-chair only (北京 2016 第三十四条, 重庆 2016 第四十八条: a written
    /// request to the chair or a vice-chair).
    ChairOrViceChair,
}

impl LeaveApprover {
    /// Who approves, in words.
    #[must_use]
    pub const fn who(self) -> &'static str {
        match self {
            Self::PresidiumOrOfficers => "the presidium, the chair or a vice-chair",
            Self::ChairOrViceChair => "the chair or a vice-chair",
        }
    }
}

impl fmt::Display for LeaveApprover {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.who())
    }
}

impl Label for LeaveApprover {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::PresidiumOrOfficers => "主席团或者主席、副主席",
            Self::ChairOrViceChair => "主席或者副主席",
        }
    }
}

/// When an elected deputy starts to serve (代表资格确认).
///
/// 选举法2020 第四十七条: the credentials committee reviews each deputy elected and the
/// presidium, on its report, confirms the credentials or determines the election void; the
/// confirmation is recorded either way.
#[doc(alias = "代表资格确认")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MandateStart {
    /// Once the presidium confirms the credentials (确认代表资格).
    OnConfirmation,
    /// From election day, where a province counts deputies so; the confirmation is still
    /// recorded, and a void election still voids the mandate from the start.
    OnElection,
}

impl fmt::Display for MandateStart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::OnConfirmation => "on confirmation of the credentials",
            Self::OnElection => "on election day",
        })
    }
}

impl Label for MandateStart {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::OnConfirmation => "代表资格确认后",
            Self::OnElection => "当选之日起",
        }
    }
}

/// A cap as a share of all deputies, rounded down (不得超过…分之…).
///
/// `None` is no cap. 北京 2016 第十六条第二款: non-voting attendees "不得超过代表总数的二分之一".
pub fn share_cap(cap: Option<Fraction>, base: u32) -> Option<u32> {
    cap.map(|f| {
        let product = u64::from(base) * u64::from(f.num());
        u32::try_from(product / u64::from(f.den().max(1))).unwrap_or(u32::MAX)
    })
}
