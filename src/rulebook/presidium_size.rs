//! The presidium's size (主席团人数): bounds a province sets, and the larger maximum some allow
//! for big townships.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Basis;

/// When a province's larger presidium maximum applies (放宽条件).
///
/// Where the text gives a measurable condition it is checked against the term's quota and
/// population as the county standing committee fixed them ([`Term`](crate::roster::Term)
/// `seats` and `population`). Where it does not ("经济比较发达或者人口较多", "人口特别多"),
/// the condition is [`SizeCondition::Discretionary`]: the engine cannot judge it, so the larger
/// maximum is always allowed and the county is trusted to apply it only where it qualifies.
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::SizeCondition;
///
/// let chongqing = SizeCondition::PopulationAtLeast { inhabitants: 90_000 }; // 九万人以上
/// assert!(chongqing.applies(46, 90_000));
/// assert!(!chongqing.applies(160, 89_999));
/// let jiangsu = SizeCondition::DeputiesMoreThan { deputies: 100 }; // 超过一百名
/// assert!(!jiangsu.applies(100, 500_000));
/// assert!(jiangsu.applies(101, 0));
/// ```
#[doc(alias = "放宽条件")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum SizeCondition {
    /// The text's condition cannot be measured (经济比较发达, 人口较多, 人口特别多): the larger
    /// maximum is allowed, as the county decides.
    Discretionary {},
    /// The congress has at least this many deputy seats (代表人数在九十人以上).
    DeputiesAtLeast {
        /// Seats, bound included.
        deputies: u32,
    },
    /// The congress has more than this many deputy seats (代表名额超过一百名).
    DeputiesMoreThan {
        /// Seats, bound excluded.
        deputies: u32,
    },
    /// The township has at least this many inhabitants (九万人以上).
    PopulationAtLeast {
        /// Inhabitants, bound included.
        inhabitants: u32,
    },
}

impl SizeCondition {
    /// Whether the condition holds for a congress of `deputies` seats in a township of
    /// `population` inhabitants.
    #[must_use]
    pub const fn applies(&self, deputies: u32, population: u32) -> bool {
        match *self {
            Self::Discretionary {} => true,
            Self::DeputiesAtLeast { deputies: n } => deputies >= n,
            Self::DeputiesMoreThan { deputies: n } => deputies > n,
            Self::PopulationAtLeast { inhabitants } => population >= inhabitants,
        }
    }
}

impl fmt::Display for SizeCondition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Discretionary {} => {
                f.write_str("where the county finds the township qualifies (not measurable)")
            }
            Self::DeputiesAtLeast { deputies } => write!(f, "with {deputies} or more deputies"),
            Self::DeputiesMoreThan { deputies } => write!(f, "with more than {deputies} deputies"),
            Self::PopulationAtLeast { inhabitants } => {
                write!(f, "with {inhabitants} or more inhabitants")
            }
        }
    }
}

/// A larger presidium maximum and the condition under which it replaces the usual one
/// (主席团人数上限的放宽).
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::{ExtendedMax, SizeCondition};
///
/// let shandong = ExtendedMax { max: 13, when: SizeCondition::DeputiesAtLeast { deputies: 90 } };
/// assert_eq!(shandong.to_string(), "up to 13 with 90 or more deputies");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[doc(alias = "主席团人数上限放宽")]
pub struct ExtendedMax {
    /// The larger maximum, chair and vice-chairs included.
    pub max: u32,
    /// When it applies.
    pub when: SizeCondition,
}

impl fmt::Display for ExtendedMax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "up to {} {}", self.max, self.when)
    }
}

/// The sizes a presidium may have, chair and vice-chairs included; `None` is no bound
/// (人数范围).
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::SizeBounds;
///
/// let beijing = SizeBounds { min: Some(5), max: Some(9) };
/// assert!(beijing.contains(6) && !beijing.contains(10));
/// assert_eq!(beijing.to_string(), "5 to 9");
/// assert!(SizeBounds::default().contains(1));
/// ```
#[doc(alias = "人数范围")]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct SizeBounds {
    /// Fewest members, if bounded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// Most members, if bounded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
}

impl SizeBounds {
    /// Whether `size` is within the bounds.
    #[must_use]
    pub fn contains(&self, size: u32) -> bool {
        self.min.is_none_or(|min| size >= min) && self.max.is_none_or(|max| size <= max)
    }
}

impl SizeBounds {
    /// The bounds in Chinese: `5至9名`, `5名以上`, `至多9名`, `人数不限`.
    #[must_use]
    pub const fn zh(&self) -> crate::label::Zh<'_, Self> {
        crate::label::Zh(self)
    }
}

impl fmt::Display for crate::label::Zh<'_, SizeBounds> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0.min, self.0.max) {
            (Some(min), Some(max)) => write!(f, "{min}至{max}名"),
            (Some(min), None) => write!(f, "{min}名以上"),
            (None, Some(max)) => write!(f, "至多{max}名"),
            (None, None) => f.write_str("人数不限"),
        }
    }
}

impl fmt::Display for SizeBounds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.min, self.max) {
            (Some(min), Some(max)) => write!(f, "{min} to {max}"),
            (Some(min), None) => write!(f, "at least {min}"),
            (None, Some(max)) => write!(f, "at most {max}"),
            (None, None) => f.write_str("any number of"),
        }
    }
}

/// The presidium sizes a rulebook allows a given township, with the rule behind each bound
/// (主席团人数).
///
/// Returned by [`Rulebook::presidium_size_range`](super::Rulebook::presidium_size_range).
#[doc(alias = "主席团人数")]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PresidiumSize {
    /// The bounds that apply.
    pub bounds: SizeBounds,
    /// The rule that sets the lower bound (`presidium_size_min`).
    pub min_basis: Basis,
    /// The rule that sets the upper bound: `presidium_size_max_extended` when its condition
    /// holds, `presidium_size_max` otherwise.
    pub max_basis: Basis,
}

impl PresidiumSize {
    /// The rule a presidium of `size` members breaks, or `None` when the size is allowed.
    #[must_use]
    pub fn breach(&self, size: u32) -> Option<&Basis> {
        if self.bounds.min.is_some_and(|min| size < min) {
            Some(&self.min_basis)
        } else if self.bounds.max.is_some_and(|max| size > max) {
            Some(&self.max_basis)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_read_strictly() {
        let ok: Result<ExtendedMax, _> =
            serde_json::from_str(r#"{"max":13,"when":{"kind":"deputies_at_least","deputies":90}}"#);
        assert_eq!(
            ok.ok(),
            Some(ExtendedMax {
                max: 13,
                when: SizeCondition::DeputiesAtLeast { deputies: 90 }
            })
        );
        for bad in [
            r#"{"kind":"discretionary","deputies":90}"#,
            r#"{"kind":"deputies_at_least"}"#,
            r#"{"kind":"economically_developed"}"#,
        ] {
            let got: Result<SizeCondition, _> = serde_json::from_str(bad);
            assert!(got.is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn bounds_at_their_edges() {
        let range = SizeBounds {
            min: Some(7),
            max: Some(13),
        };
        assert!(!range.contains(6) && range.contains(7) && range.contains(13));
        assert!(!range.contains(14));
        assert_eq!(
            SizeBounds {
                min: None,
                max: Some(9)
            }
            .to_string(),
            "at most 9"
        );
        assert!(SizeCondition::DeputiesAtLeast { deputies: 90 }.applies(90, 0));
        assert!(!SizeCondition::DeputiesAtLeast { deputies: 90 }.applies(89, 0));
        assert!(SizeCondition::Discretionary {}.applies(0, 0));
    }
}
