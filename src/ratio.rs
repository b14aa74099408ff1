//! Exact ratios (比率): a part of a whole as two whole numbers, never a float.
//!
//! The satisfaction rate of an appraisal, a deputy's attendance rate and the approval of a
//! duty-report evaluation are [`Ratio`]s: `45/46`, compared with a
//! [`Threshold`] by integer arithmetic, printed with a percentage
//! rounded to one decimal for reading only.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::rulebook::Threshold;

/// A part of a whole, `num / den` with `den > 0` and `num <= den` (比率).
///
/// # Examples
///
/// ```
/// use township_congress::ratio::Ratio;
/// use township_congress::Threshold;
///
/// let r = Ratio::new(31, 46).ok_or("not a ratio")?;
/// assert_eq!(r.to_string(), "31/46 (67.4%)");
/// assert!(r.meets(Threshold::TWO_THIRDS)); // 31 of 46 is two thirds or more
/// assert!(!Ratio::new(30, 46).ok_or("not a ratio")?.meets(Threshold::TWO_THIRDS));
/// assert!(Ratio::new(1, 0).is_none());
/// assert_eq!(serde_json::to_string(&r)?, r#"{"num":31,"den":46}"#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "比率")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "RawRatio", into = "RawRatio")]
pub struct Ratio {
    num: u32,
    den: u32,
}

/// The wire form of a [`Ratio`]: `{ "num": 45, "den": 46 }`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRatio {
    /// The part, at most `den`.
    pub num: u32,
    /// The whole, at least 1.
    #[schemars(range(min = 1))]
    pub den: u32,
}

impl Ratio {
    /// `num / den`, or `None` unless `den > 0` and `num <= den`.
    #[must_use]
    pub const fn new(num: u32, den: u32) -> Option<Self> {
        if den == 0 || num > den {
            None
        } else {
            Some(Self { num, den })
        }
    }

    /// The part.
    #[must_use]
    pub const fn num(self) -> u32 {
        self.num
    }

    /// The whole.
    #[must_use]
    pub const fn den(self) -> u32 {
        self.den
    }

    /// Whether the part reaches `threshold` of the whole, read as the statutes read it
    /// ("以上" includes the bound, "过半数" does not).
    #[must_use]
    pub fn meets(self, threshold: Threshold) -> bool {
        self.num >= threshold.required(self.den)
    }

    /// The percentage in tenths of a percent, rounded half up (`674` for 67.4 %), for display.
    #[must_use]
    pub const fn per_mille(self) -> u32 {
        let scaled = self.num as u64 * 1000;
        let den = self.den as u64;
        // num <= den, so the result is at most 1000.
        ((scaled + den / 2) / den) as u32
    }
}

impl TryFrom<RawRatio> for Ratio {
    type Error = String;

    fn try_from(raw: RawRatio) -> Result<Self, String> {
        Self::new(raw.num, raw.den).ok_or_else(|| {
            format!(
                "{}/{} is not a ratio: need den > 0 and num <= den",
                raw.num, raw.den
            )
        })
    }
}

impl From<Ratio> for RawRatio {
    fn from(r: Ratio) -> Self {
        Self {
            num: r.num,
            den: r.den,
        }
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pm = self.per_mille();
        write!(f, "{}/{} ({}.{}%)", self.num, self.den, pm / 10, pm % 10)
    }
}

/// `num / den` as a [`Ratio`], counting in `usize` (`None` when `den` is zero).
pub(crate) fn ratio(num: usize, den: usize) -> Option<Ratio> {
    let c = crate::rulebook::count;
    Ratio::new(c(num), c(den))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_and_bounds() {
        let r = |n, d| Ratio::new(n, d).unwrap_or(Ratio { num: 0, den: 1 });
        assert_eq!(r(2, 3).per_mille(), 667);
        assert_eq!(r(1, 3).per_mille(), 333);
        assert_eq!(r(0, 5).to_string(), "0/5 (0.0%)");
        assert_eq!(r(5, 5).to_string(), "5/5 (100.0%)");
        assert!(Ratio::new(6, 5).is_none());
        assert!(r(23, 46).meets(Threshold::HALF_OR_MORE));
        assert!(!r(23, 46).meets(Threshold::MAJORITY));
        assert_eq!(ratio(3, 0), None);
        let bad: Result<Ratio, _> = serde_json::from_str(r#"{"num":3,"den":2}"#);
        assert!(bad.is_err());
    }
}
