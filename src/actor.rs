//! Who acts (行为主体): every command names its actor, and each rule names who may act.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ids::{ConstituencyId, DeputyId, UnitId};
use crate::rulebook::{Basis, Citation, Rulebook};

/// The person or body that issues a command (行为主体).
///
/// Bodies (the presidium, the government, a committee) are authenticated by the caller; the
/// crate checks that the body is the one the law names for the act. A deputy is checked
/// against the roster at the command's date: only a serving deputy signs, votes or nominates.
#[doc(alias = "行为主体")]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Actor {
    /// A deputy acting in person (代表).
    Deputy {
        /// Which deputy.
        deputy: DeputyId,
    },
    /// The congress's presidium as a body, announcing or recording what it decided (主席团).
    Presidium {},
    /// The township people's government (乡镇人民政府).
    Government {},
    /// One of the government's units, or a county organ in the township (承办单位).
    Unit {
        /// Which unit.
        unit: UnitId,
    },
    /// Voters of a constituency acting together (选民).
    Voters {
        /// Their constituency.
        constituency: ConstituencyId,
    },
    /// Congress staff recording facts (人大干事), e.g. a death or a move out of the township.
    Staff {
        /// The clerk's name, for the archive.
        name: String,
    },
    /// The township election committee (乡级选举委员会), which reports election results.
    ElectionCommittee {},
    /// The credentials committee (代表资格审查委员会), which reports suspensions and terminations.
    CredentialsCommittee {},
    /// The county people's congress standing committee (县级人大常委会), which fixes the deputy
    /// quota and presides over the recall of township deputies.
    CountyStandingCommittee {},
    /// The organ that arrested or detained a deputy, or executes a measure restricting their
    /// liberty (执行机关), which must report it to the township congress at once
    /// (代表法2025 第三十九条第四款).
    ExecutingOrgan {
        /// The organ's name, e.g. `某县公安局`.
        organ: String,
    },
}

impl Actor {
    /// A deputy.
    #[must_use]
    pub const fn deputy(deputy: DeputyId) -> Self {
        Self::Deputy { deputy }
    }

    /// The deputy behind this actor, if it is one.
    #[must_use]
    pub const fn as_deputy(&self) -> Option<DeputyId> {
        match self {
            Self::Deputy { deputy } => Some(*deputy),
            _ => None,
        }
    }
}

/// Read tag first (see `crate::wire`): every entry of the archive names its actor.
impl<'de> Deserialize<'de> for Actor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::wire::deserialize(d)
    }
}

impl<'de> crate::wire::Tagged<'de> for Actor {
    const EXPECTING: &'static str = "an actor, such as {\"kind\": \"deputy\", \"deputy\": \"…\"}";
    const VARIANTS: &'static [&'static str] = &[
        "deputy",
        "presidium",
        "government",
        "unit",
        "voters",
        "staff",
        "election_committee",
        "credentials_committee",
        "county_standing_committee",
    ];

    fn variant<D: serde::Deserializer<'de>>(tag: &str, fields: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Deputy {
            deputy: DeputyId,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Unit {
            unit: UnitId,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Voters {
            constituency: ConstituencyId,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Staff {
            name: String,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Body {}
        let body = |f: D, actor: Self| Body::deserialize(f).map(|Body {}| actor);
        match tag {
            "deputy" => Deputy::deserialize(fields).map(|d| Self::Deputy { deputy: d.deputy }),
            "presidium" => body(fields, Self::Presidium {}),
            "government" => body(fields, Self::Government {}),
            "unit" => Unit::deserialize(fields).map(|u| Self::Unit { unit: u.unit }),
            "voters" => Voters::deserialize(fields).map(|v| Self::Voters {
                constituency: v.constituency,
            }),
            "staff" => Staff::deserialize(fields).map(|s| Self::Staff { name: s.name }),
            "election_committee" => body(fields, Self::ElectionCommittee {}),
            "credentials_committee" => body(fields, Self::CredentialsCommittee {}),
            "county_standing_committee" => body(fields, Self::CountyStandingCommittee {}),
            other => Err(crate::wire::unknown::<Self, D::Error>(other)),
        }
    }
}

impl crate::label::Label for Actor {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Deputy { .. } => "代表",
            Self::Presidium {} => "主席团",
            Self::Government {} => "乡镇人民政府",
            Self::Unit { .. } => "承办单位",
            Self::Voters { .. } => "选民",
            Self::Staff { .. } => "人大干事",
            Self::ElectionCommittee {} => "选举委员会",
            Self::CredentialsCommittee {} => "代表资格审查委员会",
            Self::CountyStandingCommittee {} => "县级人大常委会",
            Self::ExecutingOrgan { .. } => "执行机关",
        }
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Deputy { deputy } => write!(f, "deputy {deputy}"),
            Self::Presidium {} => f.write_str("the presidium"),
            Self::Government {} => f.write_str("the township government"),
            Self::Unit { unit } => write!(f, "unit {unit}"),
            Self::Voters { constituency } => write!(f, "voters of constituency {constituency}"),
            Self::Staff { name } => write!(f, "congress staff {name}"),
            Self::ElectionCommittee {} => f.write_str("the election committee"),
            Self::CredentialsCommittee {} => f.write_str("the credentials committee"),
            Self::CountyStandingCommittee {} => f.write_str("the county standing committee"),
            Self::ExecutingOrgan { organ } => write!(f, "the executing organ {organ}"),
        }
    }
}

/// An actor tried something the law gives to someone else (无权行为).
///
/// # Examples
///
/// ```
/// use township_congress::actor::{Actor, Forbidden};
/// use township_congress::rulebook::Citation;
///
/// let e = Forbidden::new(Actor::Government {}, "fix the deputy quota", "the county standing committee", Citation::electoral(13, None));
/// assert_eq!(
///     e.to_string(),
///     "the township government may not fix the deputy quota: only the county standing committee may (选举法2020 第十三条)"
/// );
/// ```
#[doc(alias = "无权行为")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{actor} may not {action}: only {allowed} may ({basis})")]
#[non_exhaustive]
pub struct Forbidden {
    /// Who tried.
    pub actor: Actor,
    /// What they tried.
    pub action: &'static str,
    /// Who may.
    pub allowed: &'static str,
    /// The rule that says so: its article, and whether it is statute, a province's rule or a
    /// common-practice default (a rulebook field).
    pub basis: Basis,
}

impl Forbidden {
    /// An actor that may not act, under a rule (an article cited directly, or a rulebook
    /// field's [`Basis`]).
    #[must_use]
    pub fn new(
        actor: Actor,
        action: &'static str,
        allowed: &'static str,
        basis: impl Into<Basis>,
    ) -> Self {
        Self {
            actor,
            action,
            allowed,
            basis: basis.into(),
        }
    }

    /// The article cited.
    #[must_use]
    pub const fn citation(&self) -> &Citation {
        &self.basis.citation
    }
}

/// What an engine knows while it decides or applies one envelope: the rules, the actor and
/// the time (上下文).
#[doc(alias = "上下文")]
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The rulebook in force.
    pub rules: &'a Rulebook,
    /// Who acts.
    pub actor: &'a Actor,
    /// When, as the caller stated.
    pub at: DateTime<Utc>,
    /// The local date of `at` in the rulebook's time zone.
    pub today: NaiveDate,
}

impl<'a> Context<'a> {
    /// A context for one envelope.
    #[must_use]
    pub fn new(rules: &'a Rulebook, actor: &'a Actor, at: DateTime<Utc>) -> Self {
        Self {
            rules,
            actor,
            at,
            today: rules.local_date(at),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Actor, String> {
        serde_json::from_str::<Actor>(json).map_err(|e| e.to_string())
    }

    #[test]
    fn actors_read_with_the_tag_first_or_anywhere() {
        let d = DeputyId::from_u128(7);
        let json = serde_json::to_string(&Actor::deputy(d)).expect("json");
        assert!(json.starts_with(r#"{"kind":"deputy""#), "{json}");
        assert_eq!(read(&json), Ok(Actor::deputy(d)));
        let late = format!(r#"{{"deputy":"{}","kind":"deputy"}}"#, d.as_uuid());
        assert_eq!(read(&late), Ok(Actor::deputy(d)));
        assert_eq!(read(r#"{"kind":"presidium"}"#), Ok(Actor::Presidium {}));
        assert_eq!(
            read(r#"{"name":"王干事","kind":"staff"}"#),
            Ok(Actor::Staff {
                name: "王干事".into()
            })
        );
        for (actor, _) in [
            (Actor::Government {}, 0),
            (Actor::CountyStandingCommittee {}, 1),
        ] {
            let json = serde_json::to_string(&actor).expect("json");
            assert_eq!(read(&json), Ok(actor));
        }
    }

    #[test]
    fn unknown_fields_tags_and_missing_tags_are_refused() {
        for bad in [
            r#"{"kind":"presidium","extra":1}"#,
            r#"{"extra":1,"kind":"presidium"}"#,
            r#"{"kind":"mayor"}"#,
            r#"{"deputy":"00000000-0000-0000-0000-000000000007"}"#,
            r#"{"kind":"deputy"}"#,
            r#"{"kind":7}"#,
            r#"{}"#,
        ] {
            assert!(read(bad).is_err(), "{bad} was accepted");
        }
        let e = read(r#"{"kind":"mayor"}"#).expect_err("unknown");
        assert!(e.contains("unknown variant `mayor`"), "{e}");
        let e = read(r#"{"kind":"staff","name":"王","x":1}"#).expect_err("unknown field");
        assert!(e.contains("unknown field `x`"), "{e}");
    }
}
