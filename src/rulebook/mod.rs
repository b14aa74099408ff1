//! The rulebook (法律依据): every statutory number, each with its citation.
//!
//! [`Rulebook::NATIONAL`] is the national statute (组织法2022, 代表法2025,
//! 选举法2020). Where national law leaves a matter to the provinces it holds no provincial
//! value: either no constraint (no preparatory meeting, no bound on the presidium's size, no
//! presidium meeting interval) or, where the engine needs some rule to work, a common-practice
//! default marked [`Authority::LocalCustom`] (a presidium decides by a majority of all its
//! members, as every province read prescribes). A refusal that applies a rule which is not
//! statute says so through its [`Basis`] and names the field a profile sets to change it.
//!
//! A province or county loads a JSON [`RulebookProfile`] that overrides some fields; loading
//! validates every value and names the field it refuses. Six provincial profiles ship inside
//! the crate, built from the provinces' regulations with an article for every value:
//! [`Rulebook::province`] loads one by name ([`Rulebook::PROVINCES`] lists them), and
//! [`rules_markdown`] prints every rule, nationally and in each of them (the repository's
//! `docs/rules.md`).
//!
//! # Examples
//!
//! ```
//! use township_congress::rulebook::{Authority, Rulebook};
//!
//! let rules = Rulebook::NATIONAL;
//! assert_eq!(rules.session_quorum().value.required(46), 31);
//! assert_eq!(rules.session_quorum().citation.to_string(), "组织法2022 第十四条第四款");
//! assert_eq!(rules.presidium_size_max().value, None); // national law sets no size
//!
//! // 重庆: suggestions answered within two months of handover.
//! let chongqing = Rulebook::from_profile_json(r#"{
//!   "name": "重庆市",
//!   "rules": {
//!     "suggestion_reply_months": {
//!       "value": 2,
//!       "citation": { "law": "重庆市乡镇人民代表大会工作条例", "year": 2016, "article": 16 }
//!     }
//!   }
//! }"#)?;
//! assert_eq!(chongqing.suggestion_reply_months().value, 2);
//! assert_eq!(chongqing.suggestion_reply_months().authority, Authority::Provincial);
//! assert_eq!(chongqing.session_quorum(), rules.session_quorum());
//!
//! // The shipped profile of 浙江: a presidium of 7 to 13 (第八条第二款).
//! let zhejiang = Rulebook::province("浙江")?;
//! assert_eq!(zhejiang.presidium_size_min().value, Some(7));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod basis;
mod calendar;
mod choices;
mod citation;
mod docs;
mod error;
mod presidium_size;
mod proposal_rules;
mod province;
mod threshold;

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use basis::Basis;
pub use calendar::{add_months, local_date, quarter_start};
pub use choices::{LeaveApprover, MandateStart, RevoteRule, share_cap};
pub use citation::{Authority, Citation, chinese_numeral};
pub use docs::rules_markdown;
pub use presidium_size::{ExtendedMax, PresidiumSize, SizeBounds, SizeCondition};
pub use proposal_rules::{
    Categories, ClockStart, ResultClass, ResultClasses, SmallCongress, Standing,
};
use proposal_rules::{categories, result_classes, small_congress};
pub use threshold::{Fraction, RawFraction, Threshold, at_least, more_than_half};

/// A number of people as the `u32` every threshold counts in, saturating (a congress has at
/// most a few hundred deputies; a constituency's voters fit easily).
pub(crate) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One rule: its value, where it comes from, and whether that source is statute (规则).
#[doc(alias = "规则")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule<T> {
    /// The number, fraction or choice the rule sets.
    pub value: T,
    /// The article that sets it.
    pub citation: Citation,
    /// Statute, provincial regulation or local custom; a profile that omits it means provincial.
    #[serde(default = "provincial")]
    pub authority: Authority,
}

const fn provincial() -> Authority {
    Authority::Provincial
}

impl<T> Rule<T> {
    /// A rule of national statute.
    pub const fn statute(value: T, citation: Citation) -> Self {
        Self {
            value,
            citation,
            authority: Authority::Statute,
        }
    }

    /// A rule of provincial regulation.
    pub const fn provincial(value: T, citation: Citation) -> Self {
        Self {
            value,
            citation,
            authority: Authority::Provincial,
        }
    }

    /// A rule of local custom or reading convention.
    pub const fn custom(value: T, citation: Citation) -> Self {
        Self {
            value,
            citation,
            authority: Authority::LocalCustom,
        }
    }
}

/// How the deputy-quota formula treats a part of 1,500 inhabitants (名额取整).
///
/// The statute (选举法2020 第十二条) does not say; the county standing committee decides.
#[doc(alias = "取整")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuotaRounding {
    /// Only each full 1,500 inhabitants adds a deputy (每满一千五百人).
    Floor,
    /// A part of 750 or more counts as a whole 1,500 (四舍五入).
    Nearest,
    /// Any part of 1,500 adds a deputy.
    Ceil,
}

impl QuotaRounding {
    /// `numerator / denominator` rounded this way; `denominator` must be positive.
    #[must_use]
    pub const fn divide(self, numerator: u32, denominator: u32) -> u32 {
        if denominator == 0 {
            return 0;
        }
        match self {
            Self::Floor => numerator / denominator,
            Self::Ceil => numerator.div_ceil(denominator),
            Self::Nearest => {
                let (q, r) = (numerator / denominator, numerator % denominator);
                // r >= d/2, written without overflow or fractions.
                if r >= denominator - r { q + 1 } else { q }
            }
        }
    }
}

impl fmt::Display for QuotaRounding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Floor => "floor",
            Self::Nearest => "nearest",
            Self::Ceil => "ceil",
        })
    }
}

impl crate::label::Label for QuotaRounding {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Floor => "每满一千五百人增加一名",
            Self::Nearest => "四舍五入",
            Self::Ceil => "不足一千五百人按一千五百人计",
        }
    }
}

/// A rulebook field that could not be loaded (规则文件错误).
///
/// On the wire it is an object tagged by `code` (`"rulebook.invalid_field"`);
/// [`RulebookError::code`] gives the same code, `to_string()` the English sentence and
/// [`RulebookError::zh`] the Chinese one.
#[doc(alias = "规则文件错误")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, JsonSchema)]
#[serde(tag = "code")]
#[non_exhaustive]
pub enum RulebookError {
    /// A field's value is outside what the rule allows.
    #[error("rulebook field `{field}` is invalid: {reason}")]
    #[serde(rename = "rulebook.invalid_field")]
    InvalidField {
        /// The field's name, as in JSON.
        field: Cow<'static, str>,
        /// What is wrong, with the numbers.
        reason: String,
    },
    /// The profile is not valid JSON of the expected shape (an unknown field, a wrong type).
    #[error("rulebook profile is not valid: {message}")]
    #[serde(rename = "rulebook.malformed")]
    Malformed {
        /// The parser's message, which names the field or position.
        message: String,
    },
    /// A string or list of the profile, or the profile itself, is longer than its bound
    /// ([`crate::limits`]).
    #[error(transparent)]
    #[serde(rename = "rulebook.too_long")]
    TooLong(#[from] crate::limits::TooLong),
    /// No profile is shipped for the province named.
    #[error("no rulebook profile is shipped for `{name}`; shipped: {}", .shipped.join(", "))]
    #[serde(rename = "rulebook.unknown_province")]
    UnknownProvince {
        /// The name asked for.
        name: String,
        /// The names shipped ([`Rulebook::PROVINCES`]).
        shipped: &'static [&'static str],
    },
}

fn positive(v: &u32) -> Result<(), String> {
    if *v == 0 {
        Err("must be at least 1, got 0".to_owned())
    } else {
        Ok(())
    }
}

fn positive_if_set(v: &Option<u32>) -> Result<(), String> {
    v.as_ref().map_or(Ok(()), positive)
}

fn extension(v: &Option<ExtendedMax>) -> Result<(), String> {
    v.as_ref().map_or(Ok(()), |e| positive(&e.max))
}

fn any<T>(_: &T) -> Result<(), String> {
    Ok(())
}

fn satisfiable(t: &Threshold) -> Result<(), String> {
    match t {
        Threshold::MoreThan(f) if f.num() == f.den() => Err(format!(
            "more than {f} can never be met; use `at_least` for all"
        )),
        _ => Ok(()),
    }
}

fn satisfiable_if_set(t: &Option<Threshold>) -> Result<(), String> {
    t.as_ref().map_or(Ok(()), satisfiable)
}

/// The first paragraph of a field's documentation, on one line.
fn first_paragraph(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| l.trim())
        .take_while(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// How far a profile may move a statutory value: provinces may be stricter, never looser
/// (where a provincial text conflicts with national law, national law prevails).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// Exactly the statute.
    Fixed,
    /// The statute or more (a higher count, a higher threshold).
    AtLeast,
    /// The statute or less (a shorter deadline, fewer posts).
    AtMost,
    /// Not statute: any valid value.
    Free,
}

/// A value a rule holds: printed for [`Rulebook::entries`], and compared with the statute's.
trait RuleValue: PartialEq {
    /// The value as the rule table prints it.
    fn describe(&self) -> String;

    /// `Less`, `Equal` or `Greater` than `national` for every congress size, or `None` when
    /// the two cannot be ordered (a threshold higher for some sizes and lower for others).
    fn order(&self, national: &Self) -> Option<std::cmp::Ordering>;
}

impl RuleValue for u32 {
    fn describe(&self) -> String {
        self.to_string()
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(national))
    }
}

impl RuleValue for Threshold {
    fn describe(&self) -> String {
        self.to_string()
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        use std::cmp::Ordering;
        if self == national {
            // The usual case, and `validate` runs on every command: skip the sweep.
            return Some(Ordering::Equal);
        }
        let (mut lower, mut higher) = (false, false);
        for n in 1..=200 {
            match self.required(n).cmp(&national.required(n)) {
                Ordering::Less => lower = true,
                Ordering::Greater => higher = true,
                Ordering::Equal => {}
            }
        }
        match (lower, higher) {
            (false, false) => Some(Ordering::Equal),
            (true, false) => Some(Ordering::Less),
            (false, true) => Some(Ordering::Greater),
            (true, true) => None,
        }
    }
}

impl RuleValue for bool {
    fn describe(&self) -> String {
        if *self { "yes" } else { "no" }.to_owned()
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        (self == national).then_some(std::cmp::Ordering::Equal)
    }
}

impl RuleValue for QuotaRounding {
    fn describe(&self) -> String {
        self.to_string()
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        (self == national).then_some(std::cmp::Ordering::Equal)
    }
}

/// A threshold that may be absent: `None` is no threshold set.
impl RuleValue for Option<Threshold> {
    fn describe(&self) -> String {
        self.map_or_else(|| "none".to_owned(), |t| t.to_string())
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        (self == national).then_some(std::cmp::Ordering::Equal)
    }
}

/// A bound or a period that may be absent: `None` is no limit.
impl RuleValue for Option<u32> {
    fn describe(&self) -> String {
        self.map_or_else(|| "no limit".to_owned(), |v| v.to_string())
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        (self == national).then_some(std::cmp::Ordering::Equal)
    }
}

impl RuleValue for RevoteRule {
    fn describe(&self) -> String {
        self.to_string()
    }

    /// A majority of all deputies is stricter than the most votes.
    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(national))
    }
}

impl RuleValue for LeaveApprover {
    fn describe(&self) -> String {
        self.to_string()
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        (self == national).then_some(std::cmp::Ordering::Equal)
    }
}

impl RuleValue for MandateStart {
    fn describe(&self) -> String {
        self.to_string()
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        (self == national).then_some(std::cmp::Ordering::Equal)
    }
}

/// A cap as a share of all deputies; `None` is no cap.
impl RuleValue for Option<Fraction> {
    fn describe(&self) -> String {
        self.map_or_else(
            || "no limit".to_owned(),
            |f| format!("at most {f} of all deputies"),
        )
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        (self == national).then_some(std::cmp::Ordering::Equal)
    }
}

impl RuleValue for Option<ExtendedMax> {
    fn describe(&self) -> String {
        self.map_or_else(|| "none".to_owned(), |v| v.to_string())
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        (self == national).then_some(std::cmp::Ordering::Equal)
    }
}

/// A choice among named values: only equality orders them.
macro_rules! unordered_rule_value {
    ($($ty:ty),*) => {$(
        impl RuleValue for $ty {
            fn describe(&self) -> String {
                self.to_string()
            }

            fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
                (self == national).then_some(std::cmp::Ordering::Equal)
            }
        }
    )*};
}

unordered_rule_value!(ClockStart, Categories, ResultClasses);

impl RuleValue for Option<SmallCongress> {
    fn describe(&self) -> String {
        self.map_or_else(|| "none".to_owned(), |v| v.to_string())
    }

    fn order(&self, national: &Self) -> Option<std::cmp::Ordering> {
        (self == national).then_some(std::cmp::Ordering::Equal)
    }
}

impl Direction {
    fn check<T: RuleValue>(self, value: &T, national: &T) -> Result<(), String> {
        use std::cmp::Ordering::{Equal, Greater, Less};
        let ok = matches!(
            (self, value.order(national)),
            (Self::Free, _)
                | (_, Some(Equal))
                | (Self::AtLeast, Some(Greater))
                | (Self::AtMost, Some(Less))
        );
        if ok {
            return Ok(());
        }
        let (national, value) = (national.describe(), value.describe());
        Err(match self {
            Self::Fixed => format!(
                "the national statute fixes {national}; a profile may not change it, got {value}"
            ),
            Self::AtLeast => format!(
                "the national statute requires at least {national}; a profile may be stricter, not looser, got {value}"
            ),
            Self::AtMost => format!(
                "the national statute allows at most {national}; a profile may be stricter, not looser, got {value}"
            ),
            Self::Free => String::new(),
        })
    }
}

fn percent(v: &u32) -> Result<(), String> {
    if *v > 100 {
        Err(format!("must be a percentage of at most 100, got {v}"))
    } else {
        Ok(())
    }
}

macro_rules! rulebook {
    ($(
        $(#[doc = $doc:literal])*
        $field:ident ($variant:ident) : $ty:ty = $rule:expr, $dir:ident, check $check:path;
    )*) => {
        /// Every threshold, count and period the engines apply, each a [`Rule`] with its
        /// citation (法律依据汇编).
        ///
        /// Build one with [`Rulebook::NATIONAL`], then [`Rulebook::with_profile`] or
        /// [`Rulebook::from_profile_json`] for a province or county, or load a shipped
        /// province with [`Rulebook::province`].
        ///
        /// A rulebook is valid by construction: its fields are read through getters, and every
        /// way to make one ([`Rulebook::with_profile`], [`Rulebook::province`], reading one from
        /// JSON) validates it, so a [`Ledger`](crate::Ledger) never holds an invalid one and
        /// never validates it again.
        #[doc(alias = "规则")]
        #[doc(alias = "法律依据")]
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        #[non_exhaustive]
        pub struct Rulebook {
            /// Name of the profile, e.g. `national` or `重庆市`.
            pub(crate) name: Cow<'static, str>,
            /// Local time zone as minutes east of UTC (+480 for China Standard Time); local dates
            /// decide deadlines and "the day" of an event.
            pub(crate) utc_offset_minutes: i32,
            $( $(#[doc = $doc])* pub(crate) $field: Rule<$ty>, )*
        }

        /// A rulebook as read from JSON, before it is validated.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct RulebookData {
            name: Cow<'static, str>,
            utc_offset_minutes: i32,
            $( $field: Rule<$ty>, )*
        }

        /// Read and validated: a rulebook that breaks a rule is refused with the field it breaks.
        impl<'de> Deserialize<'de> for Rulebook {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let data = RulebookData::deserialize(d)?;
                let rules = Self {
                    name: data.name,
                    utc_offset_minutes: data.utc_offset_minutes,
                    $( $field: data.$field, )*
                };
                rules.validate().map_err(serde::de::Error::custom)?;
                Ok(rules)
            }
        }

        /// Getters: a rulebook cannot be changed field by field; a profile changes it whole.
        impl Rulebook {
            /// Name of the profile, e.g. `national` or `重庆市`.
            #[must_use]
            pub fn name(&self) -> &str {
                &self.name
            }

            /// Local time zone as minutes east of UTC (+480 for China Standard Time).
            #[must_use]
            pub const fn utc_offset_minutes(&self) -> i32 {
                self.utc_offset_minutes
            }

            $(
                $(#[doc = $doc])*
                #[must_use]
                pub const fn $field(&self) -> &Rule<$ty> {
                    &self.$field
                }
            )*
        }

        /// The fields a profile overrides; every field is optional (规则调整).
        #[doc(alias = "规则调整")]
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        #[non_exhaustive]
        pub struct RulebookOverrides {
            $(
                $(#[doc = $doc])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<Rule<$ty>>,
            )*
        }

        /// A field of the [`Rulebook`], naming a rule in a [`Basis`] (规则字段).
        ///
        /// `Display` prints the field's name as in JSON.
        ///
        /// # Examples
        ///
        /// ```
        /// use township_congress::rulebook::RuleField;
        ///
        /// assert_eq!(RuleField::PresidiumQuorum.to_string(), "presidium_quorum");
        /// assert!(RuleField::ALL.contains(&RuleField::PreparatoryMeeting));
        /// assert!(RuleField::PreparatoryMeeting.summary().starts_with("Whether each session opens"));
        /// ```
        #[doc(alias = "规则字段")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum RuleField {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl RuleField {
            /// Every field, in the rulebook's order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The field's name, as in JSON.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $( Self::$variant => stringify!($field), )*
                }
            }

            /// What the field governs: the first paragraph of its documentation, on one line.
            #[must_use]
            pub fn summary(self) -> String {
                let doc: &[&str] = match self {
                    $( Self::$variant => &[$($doc),*], )*
                };
                first_paragraph(doc)
            }
        }

        impl fmt::Display for RuleField {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }

        impl Rulebook {
            /// The national statute for township congresses. Where national law leaves a
            /// matter open it holds no constraint, or a common-practice default marked
            /// [`Authority::LocalCustom`]; provinces fill these in through profiles.
            pub const NATIONAL: Self = Self {
                name: Cow::Borrowed("national"),
                utc_offset_minutes: 480,
                $( $field: $rule, )*
            };

            fn apply_overrides(&mut self, overrides: RulebookOverrides) -> Result<(), RulebookError> {
                $(
                    if let Some(rule) = overrides.$field {
                        $check(&rule.value).map_err(|reason| RulebookError::InvalidField {
                            field: Cow::Borrowed(stringify!($field)),
                            reason,
                        })?;
                        self.$field = rule;
                    }
                )*
                Ok(())
            }

            fn check_fields(&self) -> Result<(), RulebookError> {
                $(
                    let national: $ty = $rule.value;
                    $check(&self.$field.value)
                        .and_then(|()| Direction::$dir.check(&self.$field.value, &national))
                        .and_then(|()| {
                            let restated = self.$field.authority == Authority::Statute;
                            if restated && self.$field.value != national && Direction::$dir != Direction::Free {
                                Err(format!("only the national statute is marked `statute`; it says {}", national.describe()))
                            } else {
                                Ok(())
                            }
                        })
                        .map_err(|reason| RulebookError::InvalidField {
                            field: Cow::Borrowed(stringify!($field)),
                            reason,
                        })?;
                )*
                Ok(())
            }

            /// What a refusal applying `field` cites: the article, its authority, and — for a
            /// rule that is not statute — the field to set in a profile.
            ///
            /// # Examples
            ///
            /// ```
            /// use township_congress::rulebook::{RuleField, Rulebook};
            ///
            /// let b = Rulebook::NATIONAL.basis(RuleField::ByElectionCandidatesExtraMax);
            /// assert!(b.to_string().ends_with(
            ///     "a common-practice default, not statute: set `by_election_candidates_extra_max` in a profile to change it"
            /// ));
            /// ```
            #[must_use]
            pub fn basis(&self, field: RuleField) -> Basis {
                match field {
                    $(
                        RuleField::$variant => Basis {
                            citation: self.$field.citation.clone(),
                            authority: self.$field.authority,
                            field: Some(field),
                            national_default: self.$field == Self::NATIONAL.$field,
                        },
                    )*
                }
            }

            /// Every rule as a row: field name, what it governs, value, citation and
            /// authority, in a fixed order.
            ///
            /// # Examples
            ///
            /// ```
            /// use township_congress::rulebook::Rulebook;
            ///
            /// let rows = Rulebook::NATIONAL.entries();
            /// let quorum = rows.iter().find(|r| r.field == "session_quorum").ok_or("missing")?;
            /// assert_eq!(quorum.value, "at least 2/3");
            /// let size = rows.iter().find(|r| r.field == "presidium_size_max").ok_or("missing")?;
            /// assert_eq!(size.value, "no limit");
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            #[must_use]
            pub fn entries(&self) -> Vec<RuleEntry> {
                vec![$(
                    RuleEntry {
                        field: stringify!($field),
                        summary: RuleField::$variant.summary(),
                        value: self.$field.value.describe(),
                        citation: self.$field.citation.clone(),
                        authority: self.$field.authority,
                    },
                )*]
            }
        }
    };
}

/// On the wire a field is its JSON name (`"presidium_quorum"`), as [`RuleField::name`] gives it.
impl Serialize for RuleField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl JsonSchema for RuleField {
    fn schema_name() -> Cow<'static, str> {
        "RuleField".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names: Vec<&str> = Self::ALL.iter().map(|f| f.name()).collect();
        schemars::json_schema!({
            "description": "A field of the rulebook, by its name in JSON (规则字段).",
            "type": "string",
            "enum": names,
        })
    }
}

/// One row of [`Rulebook::entries`]: a rule's field, what it governs, its value, citation and
/// authority.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
#[doc(alias = "规则条目")]
pub struct RuleEntry {
    /// The field's name.
    pub field: &'static str,
    /// What the rule governs: the first paragraph of the field's documentation.
    pub summary: String,
    /// The value, printed (`no limit` for an absent bound).
    pub value: String,
    /// Where it comes from.
    pub citation: Citation,
    /// Statute, provincial, or custom.
    pub authority: Authority,
}

rulebook! {
    // ---- §1 sessions ----
    /// Years in a congress term (每届任期五年).
    term_years (TermYears): u32 = Rule::statute(5, Citation::organic(9, None)), Fixed, check positive;
    /// Sessions a calendar year must hold at the least (每年至少举行一次).
    sessions_per_year_min (SessionsPerYearMin): u32 = Rule::statute(1, Citation::organic(14, Some(1))), AtLeast, check positive;
    /// Sessions a calendar year normally holds (一般每年举行两次).
    sessions_per_year_normal (SessionsPerYearNormal): u32 = Rule::statute(2, Citation::organic(14, Some(1))), AtLeast, check positive;
    /// Months after the election is completed within which the term's first session is held
    /// (选举完成后的两个月内).
    first_session_within_months (FirstSessionWithinMonths): u32 = Rule::statute(2, Citation::organic(20, None)), AtMost, check positive;
    /// Share of all deputies whose proposal obliges an interim session (五分之一以上代表提议).
    interim_session_proposers (InterimSessionProposers): Threshold = Rule::statute(Threshold::ONE_FIFTH, Citation::organic(14, Some(3))), Fixed, check satisfiable;
    /// Share of all deputies who must be present for a session to sit (三分之二以上的代表出席).
    session_quorum (SessionQuorum): Threshold = Rule::statute(Threshold::TWO_THIRDS, Citation::organic(14, Some(4))), AtLeast, check satisfiable;
    /// Whether each session opens with a preparatory meeting that elects its presidium and
    /// adopts the agenda (预备会议).
    ///
    /// National law prescribes a preparatory meeting for county level and above only
    /// (组织法2022 第十七条第一款), so the national rulebook holds none: a session elects its
    /// presidium and adopts its agenda first thing after opening. Provinces that prescribe one
    /// at every township session (重庆 第十二条, 山东 第七条, 北京 第八条) set it to `true`.
    preparatory_meeting (PreparatoryMeeting): bool = Rule::statute(false, Citation::organic(17, Some(1))), Free, check any;

    /// Days before opening by which the presidium sends deputies the notice of the session's
    /// date and proposed agenda (会议通知); none means the notice is recorded but no period
    /// applies.
    ///
    /// National law has the presidium fix and publish the date (组织法2022 第十四条第一款)
    /// and sets no period. 浙江 2016 第二十条 asks 七日 (not for interim sessions); 重庆 2016
    /// 第十一条 asks 十日.
    session_notice_days (SessionNoticeDays): Option<u32> = Rule::statute(None, Citation::organic(14, Some(1))), Free, check positive_if_set;
    /// Days before opening by which the session's materials reach the deputies (会议资料);
    /// none means no period. 浙江 2016 第二十条: 至少提前一天.
    session_materials_days (SessionMaterialsDays): Option<u32> = Rule::statute(None, Citation::organic(14, Some(1))), Free, check positive_if_set;
    /// Whether the notice and materials periods apply to interim sessions too (临时会议).
    /// 浙江 2016 第二十条 exempts interim sessions; 重庆 2016 第十一条 does not.
    session_notice_for_interim (SessionNoticeForInterim): bool = Rule::statute(true, Citation::organic(14, Some(1))), Free, check any;
    /// Most non-voting attendees (列席) of a session, as a share of all deputies rounded down;
    /// none means no cap. The township government's leaders attend as of right
    /// (组织法2022 第二十一条); 北京 2016 第十六条第二款 caps all attendees at one half.
    nonvoting_attendees_max (NonvotingAttendeesMax): Option<Fraction> = Rule::statute(None, Citation::organic(21, None)), Free, check any;
    /// Who approves a deputy's leave from a session (请假).
    ///
    /// 代表法2025 第十三条第一款 names no approver ("应当按照规定请假"). The national rulebook
    /// lets the presidium as a body, the chair or a vice-chair approve it — so that leave can
    /// still be approved when no chair is seated — as a common-practice default marked local
    /// custom; 北京 (2016 第三十四条) and 重庆 (2016 第四十八条) give it to the chair or a
    /// vice-chair.
    leave_approver (LeaveApprover): LeaveApprover = Rule::custom(LeaveApprover::PresidiumOrOfficers, Citation::deputies(13, Some(1))), Free, check any;

    // ---- §2 votes and elections ----
    /// Votes of all deputies needed to elect or to adopt a resolution (全体代表的过半数).
    adoption (Adoption): Threshold = Rule::statute(Threshold::MAJORITY, Citation::organic(25, None)), Fixed, check satisfiable;
    /// Deputies who must co-sign in writing to nominate an officer candidate (代表十人以上书面联名).
    officer_nominators_min (OfficerNominatorsMin): u32 = Rule::statute(10, Citation::organic(26, Some(2))), Fixed, check positive;
    /// Most candidates above the seats for chair and township head (候选人数可以多一人).
    head_candidates_extra_max (HeadCandidatesExtraMax): u32 = Rule::statute(1, Citation::organic(27, Some(1))), Fixed, check any;
    /// Fewest candidates above the seats for vice-chairs and deputy heads (多一人至三人).
    vice_candidates_extra_min (ViceCandidatesExtraMin): u32 = Rule::statute(1, Citation::organic(27, Some(1))), Fixed, check any;
    /// Most candidates above the seats for vice-chairs and deputy heads (多一人至三人).
    vice_candidates_extra_max (ViceCandidatesExtraMax): u32 = Rule::statute(3, Citation::organic(27, Some(1))), Fixed, check any;
    /// Most candidates above the seats in a by-election of officers (补选).
    ///
    /// The statute lets candidates equal or exceed the seats and leaves the method to the
    /// congress (组织法2022 第三十条); three more is a common-practice default.
    by_election_candidates_extra_max (ByElectionCandidatesExtraMax): u32 = Rule::custom(3, Citation::organic(30, None)), Free, check any;
    /// How the re-vote among candidates tied for the last seat is won (再次投票，以得票多的当选).
    ///
    /// The statute elects the one with more votes (组织法2022 第二十九条第一款); a province may
    /// be stricter and require a majority of all deputies again.
    revote_rule (RevoteRule): RevoteRule = Rule::statute(RevoteRule::MostVotes, Citation::organic(29, Some(1))), AtLeast, check any;
    /// Most vice-chairs of the congress (副主席一人至二人).
    vice_chairs_max (ViceChairsMax): u32 = Rule::statute(2, Citation::organic(18, Some(1))), AtMost, check any;

    // ---- §3 presidium (national law is silent: no bounds, or a common-practice default) ----
    /// Fewest presidium members, chair and vice-chairs included (主席团人数下限); none means
    /// no lower bound.
    ///
    /// National law sets no size: 组织法2022 第十九条第一款 makes the chair and vice-chairs
    /// members and says no more. Provinces do: 浙江 7, 重庆 7, 山东 7, 河南 7, 北京 5,
    /// 江苏 7 (unverified). A provincial "一般由…组成" ("as a rule") is enforced as the bound.
    presidium_size_min (PresidiumSizeMin): Option<u32> = Rule::statute(None, Citation::organic(19, Some(1))), Free, check positive_if_set;
    /// Most presidium members, chair and vice-chairs included, where no larger maximum applies
    /// (主席团人数上限); none means no upper bound.
    ///
    /// National law sets no size (组织法2022 第十九条第一款). Provinces: 浙江 13, 重庆 11,
    /// 山东 11, 河南 13, 北京 9, 江苏 13 (unverified). When set it must hold the chair and
    /// every vice-chair (`vice_chairs_max` + 1), who are members ex officio.
    presidium_size_max (PresidiumSizeMax): Option<u32> = Rule::statute(None, Citation::organic(19, Some(1))), Free, check positive_if_set;
    /// A larger presidium maximum for big townships, and the condition for it
    /// (主席团人数上限的放宽); none means no such rule.
    ///
    /// Measurable conditions are checked against the term's deputy seats (代表名额, as the
    /// county fixed them) and its population: 重庆 13 with 90,000 inhabitants or more
    /// (九万人以上), 山东 13 with 90 deputies or more (代表人数在九十人以上), 江苏 15 with more
    /// than 100 deputies (超过一百名, unverified). Conditions the engine cannot measure —
    /// 浙江 17 "经济比较发达或者人口较多", 河南 15 "人口特别多" — are
    /// [`SizeCondition::Discretionary`]: the
    /// larger maximum is allowed, as the county decides. See
    /// [`Rulebook::presidium_size_range`].
    presidium_size_max_extended (PresidiumSizeMaxExtended): Option<ExtendedMax> = Rule::statute(None, Citation::organic(19, Some(1))), Free, check extension;
    /// Share of all presidium members who must attend for a presidium meeting to decide
    /// (主席团会议的法定人数).
    ///
    /// National law sets none. The national rulebook uses a majority of all members
    /// (全体成员的过半数出席), the rule of every province read that sets one (浙江 第二十四条,
    /// 重庆 第三十四条, 河南 第五条), as a common-practice default marked local custom;
    /// 江苏 reads 三分之二以上 (unverified).
    presidium_quorum (PresidiumQuorum): Threshold = Rule::custom(Threshold::MAJORITY, Citation::organic(19, Some(1))), Free, check satisfiable;
    /// Votes of all presidium members a presidium decision needs (主席团决定的通过).
    ///
    /// National law sets none. The national rulebook uses a majority of all members
    /// (全体成员的过半数通过), as every province read prescribes (浙江 第二十四条, 重庆
    /// 第三十四条, 河南 第五条, 山东 第八条, 江苏 第二十三条), as a common-practice default
    /// marked local custom.
    presidium_adoption (PresidiumAdoption): Threshold = Rule::custom(Threshold::MAJORITY, Citation::organic(19, Some(1))), Free, check satisfiable;
    /// Whether every presidium member, not only the chair and vice-chairs, is barred from
    /// administrative posts (主席团成员不得担任国家行政机关的职务).
    ///
    /// National law bars only the chair and vice-chairs (组织法2022 第十八条第二款). 浙江
    /// (第三十八条) and 重庆 (第三十条第三款) bar every member; 河南 (第二条第四款) bars
    /// township-government posts only, which this flag cannot tell apart, so its profile
    /// leaves it off.
    presidium_members_no_administrative_post (PresidiumMembersNoAdministrativePost): bool = Rule::statute(false, Citation::organic(18, Some(2))), Free, check any;
    /// Longest gap between presidium meetings, in months (主席团会议间隔); none means no limit.
    ///
    /// National law sets no frequency (组织法2022 第十九条第二款 gives the presidium its recess
    /// work). 浙江 (第二十四条, 至少每三个月) and 河南 (第五条, 每三个月至少) set 3; 重庆's
    /// "每个季度至少" (第三十四条) counts calendar quarters instead, see
    /// [`Presidium::quarters_without_meeting`](crate::presidium::Presidium::quarters_without_meeting).
    /// Read by [`Gap::exceeds`](crate::presidium::Gap::exceeds).
    presidium_meeting_interval_months (PresidiumMeetingIntervalMonths): Option<u32> = Rule::statute(None, Citation::organic(19, Some(2))), Free, check positive_if_set;

    // ---- §4–§7 proposals ----
    /// Deputies who must co-sign a deputies' bill (代表五人以上联名).
    bill_sponsors_min (BillSponsorsMin): u32 = Rule::statute(5, Citation::organic(22, Some(2))), Fixed, check positive;
    /// Deputies who must co-sign an interpellation (代表十人以上联名).
    interpellation_signers_min (InterpellationSignersMin): u32 = Rule::statute(10, Citation::organic(24, Some(1))), Fixed, check positive;
    /// Share of the interpellating deputies whose dissatisfaction obliges a second answer (半数以上).
    interpellation_reanswer (InterpellationReanswer): Threshold = Rule::statute(Threshold::HALF_OR_MORE, Citation::deputies(20, Some(5))), Fixed, check satisfiable;
    /// Share of all deputies who may jointly move to recall an officer (五分之一以上代表联名).
    officer_recall_proposers (OfficerRecallProposers): Threshold = Rule::statute(Threshold::ONE_FIFTH, Citation::organic(31, Some(2))), Fixed, check satisfiable;
    /// Months from handover within which a suggestion is answered (三个月内答复).
    suggestion_reply_months (SuggestionReplyMonths): u32 = Rule::statute(3, Citation::deputies(51, Some(2))), AtMost, check positive;
    /// Months from handover for wide-ranging or difficult suggestions (六个月内答复).
    suggestion_complex_reply_months (SuggestionComplexReplyMonths): u32 = Rule::statute(6, Citation::deputies(51, Some(2))), AtMost, check positive;
    /// Whether a bill may be filed once the presidium has decided to convene the session, before
    /// it opens (会前提出议案), until the presidium's deadline for bills.
    ///
    /// National law lets bills be filed "举行会议的时候" (组织法2022 第二十二条第一、二款), so
    /// the national rulebook admits them only while the session sits. 重庆 (第十四条第四款)
    /// and 山东 (第十四条第二款) let them be filed from the decision to convene.
    bill_filing_before_opening (BillFilingBeforeOpening): bool = Rule::statute(false, Citation::organic(22, Some(2))), Free, check any;
    /// Whether a deputies' bill the presidium does not list on the agenda becomes a suggestion,
    /// keeping its sponsors (未列入议程的议案转为建议).
    ///
    /// National law is silent on what becomes of an unlisted bill (组织法2022 第二十二条第二款
    /// only gives the presidium the decision); 重庆 (第十四条第二款) converts it.
    unlisted_bill_becomes_suggestion (UnlistedBillBecomesSuggestion): bool = Rule::statute(false, Citation::organic(22, Some(2))), Free, check any;
    /// A lower bar for interpellations in a small congress (小规模代表大会的质询联名); none means
    /// the usual count applies everywhere.
    ///
    /// National law has none (组织法2022 第二十四条第一款). 北京 (第十二条): where there are at
    /// most 40 deputies, one fifth of them may interpellate.
    interpellation_small_congress (InterpellationSmallCongress): Option<SmallCongress> = Rule::statute(None, Citation::organic(24, Some(1))), Free, check small_congress;
    /// Whether an interpellation may be addressed to one of the government's units, not only to
    /// the township government (质询对象包括政府所属工作部门).
    ///
    /// A township deputy interpellates "本级人民政府" (代表法2025 第二十条第三款); 重庆
    /// (第十八条第一款) adds the government's working departments.
    interpellation_unit_targets (InterpellationUnitTargets): bool = Rule::statute(false, Citation::deputies(20, Some(3))), Free, check any;
    /// Months after the session's close within which an interpellation may still be answered
    /// (闭会后答复); none means it is answered while the session sits.
    ///
    /// National law sets no deferral (组织法2022 第二十四条第二款). 北京 (第十二条第四款) allows
    /// three months for complex cases, 重庆 (第十八条第四款) two.
    interpellation_deferred_answer_months (InterpellationDeferredAnswerMonths): Option<u32> = Rule::statute(None, Citation::organic(24, Some(2))), Free, check positive_if_set;
    /// Votes of all deputies that recall an officer (罢免以全体代表的过半数通过).
    ///
    /// National law gives no recall-specific base; the general rule for the congress's decisions
    /// applies (组织法2022 第二十五条, by the usual reading). 重庆 实施办法 (第十八条) states it.
    officer_recall_adoption (OfficerRecallAdoption): Threshold = Rule::statute(Threshold::MAJORITY, Citation::organic(25, None)), Fixed, check satisfiable;
    /// When a suggestion's reply period starts (答复期限起算).
    ///
    /// The statute counts from handover (代表法2025 第五十一条第二款, "自交办之日起"); 山东
    /// (第十五条) counts from the session's close for items filed in session.
    suggestion_clock_start (SuggestionClockStart): ClockStart = Rule::statute(ClockStart::Handover, Citation::deputies(51, Some(2))), Free, check any;
    /// The categories a suggestion is filed under (建议分类).
    ///
    /// Suggestions concern "各方面工作" (代表法2025 第二十四条); the list is practice, not statute:
    /// a county sets its own in a profile.
    suggestion_categories (SuggestionCategories): Categories = Rule::custom(Categories::COMMON, Citation::deputies(24, None)), Free, check categories;
    /// The result classes a reply chooses from, and what each means (办理结果分类).
    ///
    /// The statute asks for an answer (代表法2025 第五十一条第二款) and names no classes; A to D
    /// (solved, in progress, kept for reference, explained) is common practice.
    suggestion_result_classes (SuggestionResultClasses): ResultClasses = Rule::custom(ResultClasses::A_TO_D, Citation::deputies(51, Some(2))), Free, check result_classes;
    /// Days before the reply deadline by which a co-handling unit sends its views to the lead
    /// unit (协办单位提前答复主办单位的天数).
    ///
    /// Not statute: the handlers must communicate (代表法2025 第五十一条第二款); 20 days is the
    /// 凤阳县 rule (考核细则 2014), a common-practice default.
    suggestion_co_unit_lead_days (SuggestionCoUnitLeadDays): u32 = Rule::custom(20, Citation::deputies(51, Some(2))), Free, check any;
    /// Working days after handover within which a unit may return a suggestion handed to it by
    /// mistake (退回交办的期限).
    ///
    /// Not statute: the presidium hands suggestions to the bodies concerned (组织法2022
    /// 第四十二条第二款); seven working days is common practice (玉林市).
    suggestion_return_working_days (SuggestionReturnWorkingDays): u32 = Rule::custom(7, Citation::organic(42, Some(2))), Free, check positive;
    /// Months within which a unit re-handles a suggestion its sponsor is unsatisfied with
    /// (重新办理答复期限).
    ///
    /// National law sets none; the ordinary three months (代表法2025 第五十一条第二款) is the
    /// common-practice default. 浙江 实施办法 (第四十三条) sets one month, 重庆 实施办法
    /// (第四十七条) two.
    suggestion_rehandling_months (SuggestionRehandlingMonths): u32 = Rule::custom(3, Citation::deputies(51, Some(2))), Free, check positive;
    /// Re-handling rounds an unsatisfied sponsor may obtain before the item is closed
    /// (重新办理次数).
    ///
    /// National law sets none (the presidium supervises the handling, 代表法2025 第五十二条
    /// 第一款); one round, as 浙江 and 重庆 describe, is the common-practice default.
    suggestion_rehandling_rounds (SuggestionRehandlingRounds): u32 = Rule::custom(1, Citation::deputies(52, Some(1))), Free, check any;

    // ---- §10 deputies ----
    /// When an elected deputy starts to serve: once the presidium confirms the credentials on
    /// the credentials committee's report (选举法2020 第四十七条第二款), or from election day
    /// where a province counts deputies so. Either way the confirmation is recorded.
    mandate_start (MandateStart): MandateStart = Rule::statute(MandateStart::OnConfirmation, Citation::electoral(47, Some(2))), Free, check any;
    /// Base number of deputies (代表名额基数为四十五名).
    deputy_quota_base (DeputyQuotaBase): u32 = Rule::statute(45, Citation::electoral(12, Some(1)).with_item(4)), Fixed, check positive;
    /// Inhabitants for each deputy above the base (每一千五百人可以增加一名).
    deputy_quota_inhabitants_per_extra (DeputyQuotaInhabitantsPerExtra): u32 = Rule::statute(1500, Citation::electoral(12, Some(1)).with_item(4)), Fixed, check positive;
    /// Most deputies a township congress may have (不得超过一百六十名).
    deputy_quota_max (DeputyQuotaMax): u32 = Rule::statute(160, Citation::electoral(12, Some(1)).with_item(4)), Fixed, check positive;
    /// Population below which the quota may be under the base (人口不足二千的).
    deputy_quota_small_population (DeputyQuotaSmallPopulation): u32 = Rule::statute(2000, Citation::electoral(12, Some(1)).with_item(4)), Fixed, check any;
    /// How a part of 1,500 inhabitants counts in the deputy quota (名额取整).
    ///
    /// The statute is silent and the county decides (选举法2020 第十三条); only each full
    /// 1,500 counting is a common-practice default.
    deputy_quota_rounding (DeputyQuotaRounding): QuotaRounding = Rule::custom(QuotaRounding::Floor, Citation::electoral(13, None)), Free, check any;
    /// Percentage a province may add for concentrated minorities or dispersed population (另加百分之五).
    deputy_quota_uplift_percent (DeputyQuotaUpliftPercent): u32 = Rule::statute(5, Citation::electoral(12, Some(3))), Fixed, check percent;
    /// Most deputies one constituency returns (每一选区选一名至三名代表).
    constituency_seats_max (ConstituencySeatsMax): u32 = Rule::statute(3, Citation::electoral(25, Some(2))), AtMost, check positive;
    /// Share of all deputies whose votes accept a deputy's resignation (过半数的代表通过).
    resignation_acceptance (ResignationAcceptance): Threshold = Rule::statute(Threshold::MAJORITY, Citation::electoral(55, Some(2))), Fixed, check satisfiable;
    /// Share of all voters of the constituency whose votes recall a deputy (原选区过半数的选民通过).
    deputy_recall_voters (DeputyRecallVoters): Threshold = Rule::statute(Threshold::MAJORITY, Citation::electoral(53, Some(1))), Fixed, check satisfiable;
    /// Voters of the constituency who must sign a recall request (选民三十人以上联名).
    deputy_recall_requesters_min (DeputyRecallRequestersMin): u32 = Rule::statute(30, Citation::electoral(50, Some(1))), Fixed, check positive;
    /// Sessions missed without leave that end a mandate (未经批准两次不出席).
    absences_for_termination (AbsencesForTermination): u32 = Rule::statute(2, Citation::deputies(62, None).with_item(3)), Fixed, check positive;
    /// Whether a suspended deputy still counts in "all deputies", the base of the congress's
    /// thresholds (暂时停止执行代表职务).
    ///
    /// The mandate is held, only its exercise stops (代表法2025 第六十一条); counting it is a
    /// common-practice default.
    suspended_count_in_base (SuspendedCountInBase): bool = Rule::custom(true, Citation::deputies(61, None)), Free, check any;
    /// Fewest deputies of one area or unit who form a deputy group (代表三人以上).
    deputy_group_min (DeputyGroupMin): u32 = Rule::statute(3, Citation::organic(43, Some(3))), AtLeast, check positive;

    // ---- §8, §10–§12 supervision, deputies' records, duty reports, contact with voters ----
    /// Months within which a unit answers the opinions of an inspection or research report the
    /// presidium forwarded (反馈期限), counted from the day the rectification item was raised;
    /// none means no fixed period.
    ///
    /// National law asks the bodies concerned to feed back "及时" (in good time) and sets no
    /// period (代表法2025 第三十一条). 浙江 实施办法 (第二十四条) sets three months
    /// (应当在三个月内向代表反馈).
    supervision_feedback_months (SupervisionFeedbackMonths): Option<u32> = Rule::statute(None, Citation::deputies(31, None)), Free, check positive_if_set;
    /// Whether a township congress may form an investigation committee on a specific question
    /// (特定问题调查委员会).
    ///
    /// National law gives the power to congresses at county level and above only (组织法2022
    /// 第三十六条第一款; 代表法2025 第二十二条), so the national rulebook refuses it. None of the
    /// provincial texts read provides one for townships; a province that did would set it.
    specific_question_investigation (SpecificQuestionInvestigation): bool = Rule::statute(false, Citation::organic(36, Some(1))), Free, check any;
    /// Share of the deputies' ratings of an appraised unit that must be "satisfied" or
    /// "basically satisfied" (满意和基本满意) for the unit to pass a work appraisal
    /// (工作评议满意率); below it the unit must rectify. None means no threshold is set.
    ///
    /// Township work appraisal has no national basis (组织法2022 第十九条 names no appraisal by a township presidium): provinces provide it (河南 2016
    /// 第四条第四项, 重庆 2016 第三十二条第六项, 山东 2015 第二十八条第一项) without a figure, so
    /// the threshold is a county's custom, set in a profile.
    appraisal_satisfaction_min (AppraisalSatisfactionMin): Option<Threshold> = Rule::statute(None, Citation::organic(19, Some(2))), Free, check satisfiable_if_set;
    /// Whether a work appraisal's results must be published before the appraisal is closed
    /// (评议、测评结果向社会公开).
    ///
    /// National law has no township appraisal (组织法2022 names none for townships). 河南 (2016 第四条第四项) requires
    /// the results to be made public.
    appraisal_publication_required (AppraisalPublicationRequired): bool = Rule::statute(false, Citation::organic(19, Some(2))), Free, check any;
    /// Duty reports to the original constituency each deputy gives in a term
    /// (每届任期内述职次数).
    ///
    /// The statute says only "定期" (代表法2025 第五十八条第二款) and no province read sets a
    /// number; at least once per term is the county report's practice (调研报告 二(四)2:
    /// 每位代表每届任期内向原选区选民至少述职一次), a common-practice default.
    duty_reports_per_term_min (DutyReportsPerTermMin): u32 = Rule::custom(1, Citation::deputies(58, Some(2))), Free, check positive;
    /// Voters who must answer a duty-report evaluation for it to be valid (述职测评有效人数).
    ///
    /// Not statute (代表法2025 第五十八条第二款 sets no evaluation). Fifty is the one published
    /// rule found: 东山镇's duty-report rules (2022) ask for at least 50 voters present, who
    /// evaluate on the spot; a common-practice default.
    duty_evaluation_min_respondents (DutyEvaluationMinRespondents): u32 = Rule::custom(50, Citation::deputies(58, Some(2))), Free, check positive;
    /// Share of a valid evaluation's respondents who must rate the deputy "satisfied" or
    /// "basically satisfied" for the presidium to recommend them for re-nomination (连任建议);
    /// none means no threshold is set and no recommendation is derived.
    ///
    /// The county report uses the evaluation "as an important basis" (调研报告 二(四)2) without
    /// a figure; a county sets one in a profile, as local custom.
    duty_evaluation_renomination (DutyEvaluationRenomination): Option<Threshold> = Rule::statute(None, Citation::deputies(58, Some(2))), Free, check satisfiable_if_set;
    /// Share of a valid evaluation's respondents who must rate the deputy "satisfied" for the
    /// deputy to be eligible for commendation (评先评优); none means no threshold is set.
    ///
    /// As for re-nomination: the county report's practice without a figure (调研报告 二(四)2).
    duty_evaluation_commendation (DutyEvaluationCommendation): Option<Threshold> = Rule::statute(None, Citation::deputies(58, Some(2))), Free, check satisfiable_if_set;
    /// Days a year each deputy takes part in receiving voters (选民接待日); none means no number.
    ///
    /// National law asks the presidium to organise contact "定期" (代表法2025 第二十八条) with no
    /// number. 北京 实施办法 (2014 第二十二条: 每年应当不少于两次) and 上海 实施办法
    /// (第三十条: 每年不少于两次) set two.
    reception_days_per_year_min (ReceptionDaysPerYearMin): Option<u32> = Rule::statute(None, Citation::deputies(28, None)), Free, check positive_if_set;
    /// Activities each deputy group holds in a calendar year (代表小组年度活动次数); none means no
    /// number.
    ///
    /// National law makes the group the basic form of recess activity (代表法2025 第二十六条)
    /// with no frequency. 山东 实施办法 (2015 第十九条) sets four a year (每年活动不少于四次).
    group_activities_per_year_min (GroupActivitiesPerYearMin): Option<u32> = Rule::statute(None, Citation::deputies(26, None)), Free, check positive_if_set;
    /// Whether each deputy group holds an activity in every calendar quarter
    /// (代表小组每个季度至少开展一次活动).
    ///
    /// No national frequency (代表法2025 第二十六条); 重庆 (2016 第四十三条) sets one a quarter.
    group_activity_every_quarter (GroupActivityEveryQuarter): bool = Rule::statute(false, Citation::deputies(26, None)), Free, check any;
    /// Whether a deputy's approved leave is excused in their attendance rate
    /// (请假不计入出席率分母); otherwise a session on leave counts as a session not
    /// attended. Absence without leave always counts against the rate.
    ///
    /// The statute asks deputies to attend and to ask for leave (代表法2025 第八条第二项,
    /// 第十三条第一款) and defines no rate; counting leave as not attended is a common-practice
    /// default (参会率 in the county report, 调研报告 二(四)2).
    attendance_leave_excused (AttendanceLeaveExcused): bool = Rule::custom(false, Citation::deputies(13, Some(1))), Free, check any;
    /// Whether the presidium publishes the deputies' performance to their constituencies every
    /// year (每年向原选区通报一次).
    ///
    /// The statute asks the presidium to record and publish deputies' performance
    /// (代表法2025 第五十八条第二款) without a frequency; 重庆 实施办法 (2016 第五十二条) asks for
    /// a yearly notice.
    performance_notice_yearly (PerformanceNoticeYearly): bool = Rule::statute(false, Citation::deputies(58, Some(2))), Free, check any;
}

impl Default for Rulebook {
    fn default() -> Self {
        Self::NATIONAL
    }
}

/// A province's or county's profile: a name and the rules it changes (地方规则).
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::{Rulebook, RulebookProfile};
///
/// let profile: RulebookProfile = serde_json::from_str(r#"{
///   "name": "某县",
///   "description": "a county's own reading",
///   "rules": { "presidium_quorum": {
///     "value": { "at_least": { "num": 2, "den": 3 } },
///     "citation": { "law": "某县乡镇人民代表大会主席团议事规则", "year": 2024, "article": 5 } } }
/// }"#)?;
/// let rules = Rulebook::NATIONAL.with_profile(profile)?;
/// assert_eq!(rules.presidium_quorum().value.required(9), 6);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "地方规则")]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RulebookProfile {
    /// The profile's name (a province, a county).
    pub name: String,
    /// What the profile is built from, what it leaves out, and how far its sources were
    /// verified. A description that begins with `Unverified` marks a profile whose source was
    /// not checked against the official text; [`rules_markdown`] flags its column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Local time zone in minutes east of UTC, if not +480.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utc_offset_minutes: Option<i32>,
    /// The rules it changes.
    #[serde(default)]
    pub rules: RulebookOverrides,
}

impl RulebookProfile {
    /// A profile with a name and overrides.
    #[must_use]
    pub fn new(name: impl Into<String>, rules: RulebookOverrides) -> Self {
        Self {
            name: name.into(),
            description: None,
            utc_offset_minutes: None,
            rules,
        }
    }
}

impl Rulebook {
    /// The national statute; the same as [`Rulebook::NATIONAL`].
    #[must_use]
    pub fn national() -> Self {
        Self::NATIONAL
    }

    /// This rulebook with a profile's overrides, validated as a whole.
    ///
    /// # Errors
    ///
    /// * [`RulebookError::InvalidField`] naming the first field whose value is out of range
    ///   (a zero period or count, a percentage above 100, a minimum above its maximum, a UTC
    ///   offset beyond ±14 hours). `self` is not changed.
    /// * [`RulebookError::TooLong`] for a name, title or text of the profile over its bound
    ///   ([`crate::limits`]).
    pub fn with_profile(&self, profile: RulebookProfile) -> Result<Self, RulebookError> {
        crate::limits::check(&profile)?;
        let mut next = self.clone();
        next.name = Cow::Owned(profile.name);
        if let Some(offset) = profile.utc_offset_minutes {
            next.utc_offset_minutes = offset;
        }
        next.apply_overrides(profile.rules)?;
        next.validate()?;
        Ok(next)
    }

    /// The national rulebook with a profile read from JSON.
    ///
    /// # Errors
    ///
    /// * [`RulebookError::Malformed`] when the JSON has an unknown field or a wrong type (the
    ///   message names it), or a fraction outside (0, 1].
    /// * [`RulebookError::InvalidField`] and [`RulebookError::TooLong`] as for
    ///   [`Rulebook::with_profile`], and [`RulebookError::TooLong`] for a document over
    ///   [`DOCUMENT_MAX_CHARS`](crate::limits::DOCUMENT_MAX_CHARS), refused before it is read.
    ///   No message quotes more than a short excerpt of the input.
    pub fn from_profile_json(json: &str) -> Result<Self, RulebookError> {
        crate::limits::check_document(json)?;
        let profile: RulebookProfile =
            crate::parse::from_str(json).map_err(|e| RulebookError::Malformed {
                message: crate::limits::bounded_message(&e.to_string()),
            })?;
        Self::NATIONAL.with_profile(profile)
    }

    /// Checks every field and the relations between fields.
    ///
    /// # Errors
    ///
    /// * [`RulebookError::InvalidField`] naming the field that breaks a rule.
    pub fn validate(&self) -> Result<(), RulebookError> {
        self.check_fields()?;
        self.check_orders()?;
        self.check_presidium_and_zone()
    }

    /// Each lower bound is at most its upper bound.
    fn check_orders(&self) -> Result<(), RulebookError> {
        let size_min = self.presidium_size_min.value;
        let size_max = self.presidium_size_max.value;
        let extended = self.presidium_size_max_extended.value.map(|e| e.max);
        let pairs: [(&'static str, Option<u32>, &'static str, Option<u32>); 7] = [
            (
                "sessions_per_year_min",
                Some(self.sessions_per_year_min.value),
                "sessions_per_year_normal",
                Some(self.sessions_per_year_normal.value),
            ),
            (
                "vice_candidates_extra_min",
                Some(self.vice_candidates_extra_min.value),
                "vice_candidates_extra_max",
                Some(self.vice_candidates_extra_max.value),
            ),
            (
                "presidium_size_min",
                size_min,
                "presidium_size_max",
                size_max,
            ),
            (
                "presidium_size_max",
                size_max,
                "presidium_size_max_extended",
                extended,
            ),
            (
                "presidium_size_min",
                size_min,
                "presidium_size_max_extended",
                extended,
            ),
            (
                "suggestion_reply_months",
                Some(self.suggestion_reply_months.value),
                "suggestion_complex_reply_months",
                Some(self.suggestion_complex_reply_months.value),
            ),
            (
                "deputy_quota_base",
                Some(self.deputy_quota_base.value),
                "deputy_quota_max",
                Some(self.deputy_quota_max.value),
            ),
        ];
        for (low_name, low, high_name, high) in pairs {
            if let (Some(low), Some(high)) = (low, high)
                && low > high
            {
                return Err(RulebookError::InvalidField {
                    field: Cow::Borrowed(low_name),
                    reason: format!("{low} is above `{high_name}` ({high})"),
                });
            }
        }
        Ok(())
    }

    /// The larger presidium needs the usual maximum, the maximum holds the officers ex
    /// officio, and the time zone is one the world uses.
    fn check_presidium_and_zone(&self) -> Result<(), RulebookError> {
        let size_max = self.presidium_size_max.value;
        let extended = self.presidium_size_max_extended.value.map(|e| e.max);
        if extended.is_some() && size_max.is_none() {
            return Err(RulebookError::InvalidField {
                field: Cow::Borrowed("presidium_size_max_extended"),
                reason: "a larger maximum needs the usual one, `presidium_size_max`".to_owned(),
            });
        }
        let officers = self.vice_chairs_max.value.saturating_add(1);
        if let Some(max) = size_max
            && max < officers
        {
            return Err(RulebookError::InvalidField {
                field: Cow::Borrowed("presidium_size_max"),
                reason: format!(
                    "{max} cannot hold the chair and {} vice-chairs, who are members ex officio",
                    self.vice_chairs_max.value
                ),
            });
        }
        if self.utc_offset_minutes.unsigned_abs() > 14 * 60 {
            return Err(RulebookError::InvalidField {
                field: Cow::Borrowed("utc_offset_minutes"),
                reason: format!(
                    "must be within ±840 minutes, got {}",
                    self.utc_offset_minutes
                ),
            });
        }
        Ok(())
    }

    /// The local date of an instant in this rulebook's time zone.
    #[must_use]
    pub fn local_date(&self, at: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
        local_date(at, self.utc_offset_minutes)
    }

    /// The range of deputies a township of `population` inhabitants may have (代表名额).
    ///
    /// `45 + population / 1,500` rounded by [`Rulebook::deputy_quota_rounding`], capped at
    /// 160, plus the provincial uplift (5 %, rounded down) when `uplift` is granted. The lower
    /// bound is the base (45), or 1 when the population is under 2,000.
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::rulebook::Rulebook;
    ///
    /// let r = Rulebook::NATIONAL;
    /// assert_eq!(r.deputy_quota_range(1_999, false), 1..=46);
    /// assert_eq!(r.deputy_quota_range(2_000, false), 45..=46);
    /// assert_eq!(r.deputy_quota_range(100_000, false), 45..=111);
    /// assert_eq!(r.deputy_quota_range(1_000_000, false), 45..=160);
    /// ```
    #[doc(alias = "代表名额")]
    #[must_use]
    pub fn deputy_quota_range(
        &self,
        population: u32,
        uplift: bool,
    ) -> std::ops::RangeInclusive<u32> {
        let base = self.deputy_quota_base.value;
        let extra = self
            .deputy_quota_rounding
            .value
            .divide(population, self.deputy_quota_inhabitants_per_extra.value);
        let mut max = base.saturating_add(extra).min(self.deputy_quota_max.value);
        if uplift {
            let add = u64::from(max) * u64::from(self.deputy_quota_uplift_percent.value) / 100;
            max = max.saturating_add(u32::try_from(add).unwrap_or(u32::MAX));
        }
        let min = if population < self.deputy_quota_small_population.value {
            1
        } else {
            base
        };
        min..=max
    }

    /// The presidium sizes allowed a township whose congress has `deputies` seats and which
    /// has `population` inhabitants, chair and vice-chairs included, and the rule behind each
    /// bound (主席团人数).
    ///
    /// The bounds are `presidium_size_min` and `presidium_size_max`, the latter replaced by
    /// `presidium_size_max_extended` when its condition holds (a discretionary condition
    /// always holds: the county decides). The engines pass the term's quota and population as
    /// the county standing committee fixed them ([`Term`](crate::roster::Term)). The national
    /// rulebook bounds nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::rulebook::Rulebook;
    ///
    /// assert!(Rulebook::NATIONAL.presidium_size_range(46, 30_000).bounds.contains(6));
    ///
    /// // 重庆 第三十条: 7 to 11; at most 13 with 90,000 inhabitants or more.
    /// let chongqing = Rulebook::province("重庆")?;
    /// let small = chongqing.presidium_size_range(60, 89_999);
    /// assert_eq!(small.bounds.to_string(), "7 to 11");
    /// let large = chongqing.presidium_size_range(60, 90_000);
    /// assert_eq!(large.bounds.to_string(), "7 to 13");
    /// let refused = large.breach(14).ok_or("14 is too many")?;
    /// assert!(refused.to_string().contains("field `presidium_size_max_extended`"));
    /// assert!(large.breach(6).is_some_and(|b| b.to_string().contains("第三十条第一款")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[doc(alias = "主席团人数")]
    #[must_use]
    pub fn presidium_size_range(&self, deputies: u32, population: u32) -> PresidiumSize {
        let extended = self
            .presidium_size_max_extended
            .value
            .filter(|e| e.when.applies(deputies, population));
        let (max, max_basis) = match extended {
            Some(e) => (Some(e.max), self.basis(RuleField::PresidiumSizeMaxExtended)),
            None => (
                self.presidium_size_max.value,
                self.basis(RuleField::PresidiumSizeMax),
            ),
        };
        PresidiumSize {
            bounds: SizeBounds {
                min: self.presidium_size_min.value,
                max,
            },
            min_basis: self.basis(RuleField::PresidiumSizeMin),
            max_basis,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_defaults_match_law_md() {
        let r = Rulebook::NATIONAL;
        assert_eq!(r.term_years.value, 5);
        assert_eq!(r.session_quorum.value, Threshold::TWO_THIRDS);
        assert_eq!(r.adoption.value, Threshold::MAJORITY);
        assert_eq!(r.interim_session_proposers.value, Threshold::ONE_FIFTH);
        assert_eq!(r.officer_nominators_min.value, 10);
        assert_eq!(r.bill_sponsors_min.value, 5);
        assert_eq!(r.deputy_group_min.value, 3);
        assert_eq!(r.absences_for_termination.value, 2);
        assert_eq!(r.term_years.citation.to_string(), "组织法2022 第九条");
        assert_eq!(r.adoption.citation.to_string(), "组织法2022 第二十五条");
        assert_eq!(
            r.deputy_quota_base.citation.to_string(),
            "选举法2020 第十二条第一款第四项"
        );
        assert_eq!(r.session_quorum.authority, Authority::Statute);
        assert_eq!(r.deputy_quota_rounding.authority, Authority::LocalCustom);
        assert!(r.validate().is_ok());
    }

    /// The proposal rules: statute where national law has one, otherwise no constraint or a
    /// common-practice default marked local custom.
    #[test]
    fn proposal_rules_follow_law_md() {
        let r = Rulebook::NATIONAL;
        assert!(!r.bill_filing_before_opening.value);
        assert!(!r.unlisted_bill_becomes_suggestion.value);
        assert_eq!(r.interpellation_small_congress.value, None);
        assert!(!r.interpellation_unit_targets.value);
        assert_eq!(r.interpellation_deferred_answer_months.value, None);
        assert_eq!(r.interpellation_reanswer.value.required(6), 3); // 半数以上 includes half
        assert_eq!(r.officer_recall_adoption.value.required(52), 27);
        assert_eq!(r.officer_recall_proposers.value.required(52), 11);
        assert_eq!(r.suggestion_clock_start.value, ClockStart::Handover);
        assert_eq!(r.suggestion_rehandling_rounds.value, 1);
        for custom in [
            &r.suggestion_co_unit_lead_days.authority,
            &r.suggestion_return_working_days.authority,
            &r.suggestion_rehandling_months.authority,
            &r.suggestion_rehandling_rounds.authority,
            &r.suggestion_categories.authority,
            &r.suggestion_result_classes.authority,
        ] {
            assert_eq!(*custom, Authority::LocalCustom);
        }
        let entries = r.entries();
        let value = |f: &str| {
            entries
                .iter()
                .find(|e| e.field == f)
                .map(|e| e.value.clone())
        };
        assert_eq!(
            value("interpellation_small_congress").as_deref(),
            Some("none")
        );
        assert_eq!(
            value("suggestion_clock_start").as_deref(),
            Some("from handover")
        );
        let chongqing = Rulebook::province("重庆").unwrap_or_default();
        assert!(chongqing.unlisted_bill_becomes_suggestion.value);
        assert_eq!(
            chongqing.interpellation_deferred_answer_months.value,
            Some(2)
        );
        let beijing = Rulebook::province("北京").unwrap_or_default();
        let small = beijing.interpellation_small_congress.value;
        assert_eq!(
            small.map(|s| (s.deputies_at_most, s.share.required(30))),
            Some((40, 6))
        );
        let shandong = Rulebook::province("山东").unwrap_or_default();
        assert_eq!(
            shandong.suggestion_clock_start.value,
            ClockStart::SessionClose
        );
        assert_eq!(
            Rulebook::province("浙江")
                .unwrap_or_default()
                .suggestion_rehandling_months
                .value,
            1
        );
        let bad = r#"{"name":"x","rules":{"suggestion_result_classes":{"value":[],
            "citation":{"law":"x","year":2020,"article":1}}}}"#;
        assert!(
            field_of(bad).starts_with("suggestion_result_classes: must list"),
            "{}",
            field_of(bad)
        );
    }

    /// What national law leaves to the provinces holds no provincial value: no constraint,
    /// or a common-practice default marked local custom.
    #[test]
    fn national_holds_no_provincial_choice() {
        let r = Rulebook::NATIONAL;
        assert!(!r.preparatory_meeting.value);
        assert_eq!(r.presidium_size_min.value, None);
        assert_eq!(r.presidium_size_max.value, None);
        assert_eq!(r.presidium_size_max_extended.value, None);
        assert_eq!(r.presidium_meeting_interval_months.value, None);
        assert!(!r.presidium_members_no_administrative_post.value);
        assert_eq!(r.presidium_quorum.value, Threshold::MAJORITY);
        assert_eq!(r.presidium_quorum.authority, Authority::LocalCustom);
        assert_eq!(r.presidium_adoption.value, Threshold::MAJORITY);
        assert_eq!(r.presidium_adoption.authority, Authority::LocalCustom);
        for entry in r.entries() {
            assert_ne!(entry.authority, Authority::Provincial, "{}", entry.field);
            assert!(
                !entry.citation.law.contains('省') && !entry.citation.law.contains('市'),
                "{}: {}",
                entry.field,
                entry.citation
            );
        }
        let size = r.presidium_size_range(46, 30_000);
        assert_eq!(size.bounds, SizeBounds::default());
        assert!(size.breach(1).is_none() && size.breach(500).is_none());
    }

    #[test]
    fn basis_says_what_is_not_statute() {
        let r = Rulebook::NATIONAL;
        assert_eq!(
            r.basis(RuleField::Adoption).to_string(),
            "组织法2022 第二十五条"
        );
        assert_eq!(
            r.basis(RuleField::PresidiumAdoption).to_string(),
            "组织法2022 第十九条第一款; a common-practice default, not statute: set `presidium_adoption` in a profile to change it"
        );
        // A county that restates a custom value of its own: custom, but not a default.
        let county = r
            .with_profile(RulebookProfile::new(
                "某县",
                RulebookOverrides {
                    by_election_candidates_extra_max: Some(Rule::custom(
                        1,
                        Citation::new("某县补选办法", 2024, 3, None),
                    )),
                    ..RulebookOverrides::default()
                },
            ))
            .unwrap_or_default();
        assert_eq!(
            county
                .basis(RuleField::ByElectionCandidatesExtraMax)
                .to_string(),
            "某县补选办法2024 第三条; local custom, not statute, field `by_election_candidates_extra_max`"
        );
        let provincial = Rule::provincial(Some(9), Citation::new("x", 2020, 1, None));
        let mut b = r.clone();
        b.presidium_size_max = provincial;
        assert_eq!(
            b.basis(RuleField::PresidiumSizeMax).to_string(),
            "x2020 第一条; provincial rule, field `presidium_size_max`"
        );
        for field in RuleField::ALL {
            assert!(!field.summary().is_empty(), "{field}");
            assert_eq!(r.basis(*field).field, Some(*field));
        }
    }

    #[test]
    fn conditional_presidium_sizes() {
        let citation = Citation::new("x", 2020, 1, None);
        let mut r = Rulebook::NATIONAL;
        r.presidium_size_min = Rule::provincial(Some(7), citation.clone());
        r.presidium_size_max = Rule::provincial(Some(11), citation.clone());
        r.presidium_size_max_extended = Rule::provincial(
            Some(ExtendedMax {
                max: 13,
                when: SizeCondition::DeputiesAtLeast { deputies: 90 },
            }),
            citation.clone(),
        );
        assert!(r.validate().is_ok());
        let small = r.presidium_size_range(89, 1_000_000);
        assert_eq!((small.bounds.min, small.bounds.max), (Some(7), Some(11)));
        assert_eq!(small.max_basis.field, Some(RuleField::PresidiumSizeMax));
        let large = r.presidium_size_range(90, 0);
        assert_eq!(large.bounds.max, Some(13));
        assert_eq!(
            large.breach(14).and_then(|b| b.field),
            Some(RuleField::PresidiumSizeMaxExtended)
        );
        assert_eq!(
            large.breach(6).and_then(|b| b.field),
            Some(RuleField::PresidiumSizeMin)
        );
        assert!(large.breach(7).is_none() && large.breach(13).is_none());
        // The larger maximum needs the usual one, and may not be below it.
        let mut below = r.clone();
        below.presidium_size_max = Rule::provincial(Some(15), citation.clone());
        assert!(matches!(
            below.validate(),
            Err(RulebookError::InvalidField { field, .. }) if field == "presidium_size_max"
        ));
        let mut alone = r.clone();
        alone.presidium_size_max = Rule::statute(None, Citation::organic(19, Some(1)));
        assert!(matches!(
            alone.validate(),
            Err(RulebookError::InvalidField { field, .. }) if field == "presidium_size_max_extended"
        ));
        // Zero is no bound a profile may set.
        let zero = one_rule("presidium_size_min", "0");
        assert!(field_of(&zero).starts_with("presidium_size_min: must be at least 1"));
    }

    #[test]
    fn unknown_province_lists_the_shipped() {
        match Rulebook::province("火星") {
            Err(e @ RulebookError::UnknownProvince { .. }) => assert_eq!(
                e.to_string(),
                "no rulebook profile is shipped for `火星`; shipped: 北京, 重庆, 河南, 江苏, 山东, 浙江"
            ),
            other => panic!("expected UnknownProvince, got {other:?}"),
        }
        assert!(Rulebook::province("浙江省").is_ok());
        assert!(Rulebook::province("浙江 ").is_err());
    }

    #[test]
    fn quota_boundaries() {
        let r = Rulebook::NATIONAL;
        assert_eq!(r.deputy_quota_range(1_999, false), 1..=46);
        assert_eq!(r.deputy_quota_range(2_000, false), 45..=46);
        assert_eq!(r.deputy_quota_range(2_999, false), 45..=46);
        assert_eq!(r.deputy_quota_range(3_000, false), 45..=47);
        assert_eq!(r.deputy_quota_range(100_000, false), 45..=111);
        assert_eq!(r.deputy_quota_range(1_000_000, false), 45..=160);
        assert_eq!(r.deputy_quota_range(1_000_000, true), 45..=168);
        assert_eq!(r.deputy_quota_range(u32::MAX, true), 45..=168);
    }

    #[test]
    fn rounding_is_a_choice() {
        let mut r = Rulebook::NATIONAL;
        r.deputy_quota_rounding.value = QuotaRounding::Nearest;
        assert_eq!(r.deputy_quota_range(100_000, false), 45..=112); // 66.67 → 67
        assert_eq!(r.deputy_quota_range(2_249, false), 45..=46); // 1.499 → 1
        assert_eq!(r.deputy_quota_range(2_250, false), 45..=47); // 1.5 → 2
        r.deputy_quota_rounding.value = QuotaRounding::Ceil;
        assert_eq!(r.deputy_quota_range(1_501, false), 1..=47);
    }

    #[test]
    fn profile_overrides_and_keeps_the_rest() {
        let json = r#"{"name":"重庆市","rules":{"suggestion_reply_months":{"value":2,
            "citation":{"law":"重庆市乡镇人民代表大会工作条例","year":2016,"article":16}}}}"#;
        let r = Rulebook::from_profile_json(json).unwrap_or_default();
        assert_eq!(r.name, "重庆市");
        assert_eq!(r.suggestion_reply_months.value, 2);
        assert_eq!(
            r.suggestion_reply_months.citation.to_string(),
            "重庆市乡镇人民代表大会工作条例2016 第十六条"
        );
        assert_eq!(
            r.suggestion_complex_reply_months,
            Rulebook::NATIONAL.suggestion_complex_reply_months
        );
    }

    #[test]
    fn bad_profiles_name_the_field() {
        let zero = r#"{"name":"x","rules":{"suggestion_reply_months":{"value":0,
            "citation":{"law":"x","year":2020,"article":1}}}}"#;
        match Rulebook::from_profile_json(zero) {
            Err(RulebookError::InvalidField { field, .. }) => {
                assert_eq!(field, "suggestion_reply_months")
            }
            other => panic!("expected InvalidField, got {other:?}"),
        }
        let inverted = r#"{"name":"x","rules":{"presidium_size_min":{"value":15,
            "citation":{"law":"x","year":2020,"article":1}},
            "presidium_size_max":{"value":13,"citation":{"law":"x","year":2020,"article":1}}}}"#;
        match Rulebook::from_profile_json(inverted) {
            Err(RulebookError::InvalidField { field, .. }) => {
                assert_eq!(field, "presidium_size_min")
            }
            other => panic!("expected InvalidField, got {other:?}"),
        }
        let unknown = r#"{"name":"x","rules":{"quorum":{"value":1,"citation":{"law":"x","year":2020,"article":1}}}}"#;
        match Rulebook::from_profile_json(unknown) {
            Err(RulebookError::Malformed { message }) => {
                assert!(message.contains("quorum"), "{message}")
            }
            other => panic!("expected Malformed, got {other:?}"),
        }
        let fraction = r#"{"name":"x","rules":{"session_quorum":{"value":{"at_least":{"num":4,"den":3}},
            "citation":{"law":"x","year":2020,"article":1}}}}"#;
        match Rulebook::from_profile_json(fraction) {
            Err(RulebookError::Malformed { message }) => {
                assert!(message.contains("4/3"), "{message}")
            }
            other => panic!("expected Malformed, got {other:?}"),
        }
        let offset = r#"{"name":"x","utc_offset_minutes":900}"#;
        assert!(matches!(
            Rulebook::from_profile_json(offset),
            Err(RulebookError::InvalidField { .. })
        ));
    }

    fn field_of(json: &str) -> String {
        match Rulebook::from_profile_json(json) {
            Err(RulebookError::InvalidField { field, reason }) => format!("{field}: {reason}"),
            other => format!("accepted: {other:?}"),
        }
    }

    fn one_rule(field: &str, value: &str) -> String {
        format!(
            r#"{{"name":"x","rules":{{"{field}":{{"value":{value},"citation":{{"law":"x","year":2020,"article":1}}}}}}}}"#
        )
    }

    #[test]
    fn profiles_may_be_stricter_than_the_statute_never_looser() {
        // Shorter deadlines, higher quorums, more sessions, bigger groups: accepted.
        for (field, value) in [
            ("suggestion_reply_months", "2"),
            ("session_quorum", r#"{"at_least":{"num":3,"den":4}}"#),
            ("sessions_per_year_min", "2"),
            ("deputy_group_min", "4"),
            ("vice_chairs_max", "1"),
        ] {
            assert!(
                Rulebook::from_profile_json(&one_rule(field, value)).is_ok(),
                "{field} = {value}"
            );
        }
        // Looser, or a fixed number changed: refused, naming the field.
        for (field, value) in [
            ("suggestion_reply_months", "4"),
            ("session_quorum", r#"{"at_least":{"num":1,"den":5}}"#),
            ("adoption", r#"{"at_least":{"num":2,"den":3}}"#),
            ("term_years", "4"),
            ("bill_sponsors_min", "3"),
            ("constituency_seats_max", "10"),
            ("vice_chairs_max", "9"),
            ("deputy_group_min", "1"),
        ] {
            let got = field_of(&one_rule(field, value));
            assert!(got.starts_with(field), "{field} = {value}: {got}");
        }
        // A threshold stricter for some sizes and looser for others cannot be ordered.
        let got = field_of(&one_rule(
            "session_quorum",
            r#"{"more_than":{"num":3,"den":5}}"#,
        ));
        assert!(got.starts_with("session_quorum"), "{got}");
    }

    #[test]
    fn unsatisfiable_and_inconsistent_values_are_refused() {
        let got = field_of(&one_rule(
            "presidium_adoption",
            r#"{"more_than":{"num":1,"den":1}}"#,
        ));
        assert!(
            got.starts_with("presidium_adoption: more than 1/1 can never be met"),
            "{got}"
        );
        let small = r#"{"name":"x","rules":{
            "presidium_size_min":{"value":1,"citation":{"law":"x","year":2020,"article":1}},
            "presidium_size_max":{"value":2,"citation":{"law":"x","year":2020,"article":1}}}}"#;
        let got = field_of(small);
        assert!(
            got.starts_with("presidium_size_max: 2 cannot hold the chair and 2 vice-chairs"),
            "{got}"
        );
        let statute = r#"{"name":"x","rules":{"suggestion_reply_months":{"value":2,"authority":"statute",
            "citation":{"law":"x","year":2020,"article":1}}}}"#;
        assert!(
            field_of(statute).contains("only the national statute"),
            "{}",
            field_of(statute)
        );
        // Only the crate can edit a rulebook field by field; a rulebook read from JSON (a
        // stored ledger's, say) is validated as it is read, so a loosened one never loads.
        let mut loose = Rulebook::NATIONAL;
        loose.session_quorum.value = Threshold::ONE_FIFTH;
        assert!(matches!(
            loose.validate(),
            Err(RulebookError::InvalidField { .. })
        ));
        let json = serde_json::to_string(&loose).unwrap_or_default();
        let read = serde_json::from_str::<Rulebook>(&json).map_err(|e| e.to_string());
        assert!(
            read.as_ref().is_err_and(|e| e.contains("session_quorum")),
            "{read:?}"
        );
    }

    #[test]
    fn serde_round_trip() {
        let r = Rulebook::NATIONAL;
        let json = serde_json::to_string(&r).unwrap_or_default();
        let back: Rulebook = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, r);
    }
}
