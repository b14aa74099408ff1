//! Typed identifiers (编号), one newtype per kind of thing, over [`uuid::Uuid`].
//!
//! The caller mints ids: the crate is built without uuid's random generator, so it can never
//! invent one. Every id serializes as a plain UUID string (`#[serde(transparent)]`).
//!
//! # Examples
//!
//! ```
//! use township_congress::ids::DeputyId;
//!
//! let a = DeputyId::from_u128(1);
//! let b: DeputyId = serde_json::from_str("\"00000000-0000-0000-0000-000000000001\"")?;
//! assert_eq!(a, b);
//! assert_eq!(a.to_string(), "00000000-0000-0000-0000-000000000001");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $zh:literal) => {
        $(#[$meta])*
        #[doc = ""]
        #[doc = concat!("Chinese: ", $zh, ".")]
        #[doc(alias = $zh)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[derive(Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// Wraps a UUID the caller minted.
            #[must_use]
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// Builds an id from a number; handy for fixtures and examples.
            #[must_use]
            pub const fn from_u128(n: u128) -> Self {
                Self(Uuid::from_u128(n))
            }

            /// The UUID inside.
            #[must_use]
            pub const fn as_uuid(&self) -> &Uuid {
                &self.0
            }
        }

        impl From<Uuid> for $name {
            fn from(uuid: Uuid) -> Self {
                Self(uuid)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

id_type!(
    /// A deputy of the township congress.
    DeputyId,
    "代表"
);
id_type!(
    /// An electoral district that returns one to three deputies.
    ConstituencyId,
    "选区"
);
id_type!(
    /// A deputy group formed by three or more deputies of one area or unit.
    GroupId,
    "代表小组"
);
id_type!(
    /// A deputies' contact station in a village or community.
    StationId,
    "代表联络站"
);
id_type!(
    /// The township government or one of its units (offices, stations, county organs in the township).
    UnitId,
    "单位"
);
id_type!(
    /// One session (regular or interim) of the township congress.
    SessionId,
    "人民代表大会会议"
);
id_type!(
    /// An item on a session's agenda.
    ItemId,
    "议程事项"
);
id_type!(
    /// An election held at a session (for one kind of office).
    ElectionId,
    "选举"
);
id_type!(
    /// A meeting of the presidium.
    MeetingId,
    "主席团会议"
);
id_type!(
    /// A motion put to the presidium for decision.
    DecisionId,
    "主席团决定"
);
id_type!(
    /// A bill, suggestion, interpellation or recall motion.
    ProposalId,
    "议案建议"
);
id_type!(
    /// A deputy's question to an organ while a bill or report is deliberated.
    InquiryId,
    "询问"
);
id_type!(
    /// A supervision activity (inspection, research, law-enforcement check, appraisal).
    ActivityId,
    "监督活动"
);
id_type!(
    /// A rectification item raised by a supervision activity and followed to closure.
    RectificationId,
    "整改事项"
);
id_type!(
    /// A deputy group's activity (a meeting, a visit, a study session).
    GroupActivityId,
    "代表小组活动"
);
id_type!(
    /// A training session for deputies.
    TrainingId,
    "代表履职培训"
);
id_type!(
    /// A reception of voters at a contact station.
    ReceptionId,
    "接待选民"
);
id_type!(
    /// A deed done for voters by one or more deputies.
    DeedId,
    "为民办实事"
);
id_type!(
    /// A deputy's duty report to the original constituency.
    DutyReportId,
    "代表述职"
);
