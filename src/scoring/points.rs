//! Exact numbers of the assessment: points in hundredths (分) and rates as fractions (比率).

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

/// The JSON Schema pattern of [`Points`]: an optional minus, at most six integer digits without
/// leading zeros, at most two decimals.
const POINTS_PATTERN: &str = r"^-?(0|[1-9][0-9]{0,5})(\.[0-9]{1,2})?$";

/// Points of the assessment, exact to the hundredth of a point (分).
///
/// Stored as a whole number of hundredths in an `i64`, so sums, ties and rankings are exact and
/// reproducible; there is no floating point anywhere in scoring.
///
/// **On the wire** points are a decimal *string* with at most two decimals and at most six
/// integer digits: `"10"`, `"0.5"`, `"-2.25"` (|points| ≤ 999999.99). A string, not a JSON
/// number, because JSON numbers are read as binary floats by many languages, and `0.1 + 0.2`
/// must not decide a township's grade. Output is canonical: no trailing zeros after the point,
/// no point for whole numbers (`"12.50"` is written back as `"12.5"`).
///
/// Points are signed: scores in a rubric are never negative (the validation refuses it), but a
/// year-over-year change can be.
///
/// # Examples
///
/// ```
/// use township_congress::scoring::Points;
///
/// let p: Points = "12.50".parse()?;
/// assert_eq!(p, Points::from_hundredths(1250));
/// assert_eq!(p.to_string(), "12.5");
/// assert_eq!(Points::whole(3).to_string(), "3");
/// assert_eq!(serde_json::to_string(&p)?, r#""12.5""#);
/// assert!("1.234".parse::<Points>().is_err()); // a third decimal
/// assert!("1e3".parse::<Points>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "分")]
#[doc(alias = "分值")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Points(i64);

impl Points {
    /// No points.
    pub const ZERO: Self = Self(0);
    /// The largest value the wire form can carry: 999999.99 points.
    pub const MAX: Self = Self(99_999_999);
    /// The smallest value the wire form can carry: -999999.99 points.
    pub const MIN: Self = Self(-99_999_999);

    /// Points from a number of hundredths (`150` is 1.5 points), clamped to
    /// [`Points::MIN`]`..=`[`Points::MAX`].
    #[must_use]
    pub const fn from_hundredths(hundredths: i64) -> Self {
        if hundredths > Self::MAX.0 {
            Self::MAX
        } else if hundredths < Self::MIN.0 {
            Self::MIN
        } else {
            Self(hundredths)
        }
    }

    /// Whole points (`3` is 3.00 points), clamped like [`Points::from_hundredths`].
    #[must_use]
    pub const fn whole(points: i64) -> Self {
        Self::from_hundredths(points.saturating_mul(100))
    }

    /// The number of hundredths.
    #[must_use]
    pub const fn hundredths(self) -> i64 {
        self.0
    }

    /// `self + other`, clamped to the wire range.
    #[must_use]
    pub const fn saturating_add(self, other: Self) -> Self {
        Self::from_hundredths(self.0.saturating_add(other.0))
    }

    /// `self - other`, clamped to the wire range.
    #[must_use]
    pub const fn saturating_sub(self, other: Self) -> Self {
        Self::from_hundredths(self.0.saturating_sub(other.0))
    }

    /// Whether the value is above zero.
    #[must_use]
    pub const fn is_positive(self) -> bool {
        self.0 > 0
    }

    /// Whether the value is below zero.
    #[must_use]
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }
}

/// Why a string is not [`Points`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{text}` is not points: need a decimal with at most six integer digits and two decimals, such as `10`, `0.5` or `-2.25`"
)]
#[doc(alias = "分值格式错误")]
pub struct PointsParseError {
    /// The text refused.
    pub text: String,
}

impl FromStr for Points {
    type Err = PointsParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let refuse = || PointsParseError {
            text: text.to_owned(),
        };
        let (negative, unsigned) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (int, frac) = match unsigned.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (unsigned, None),
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(int) || int.len() > 6 || (int.len() > 1 && int.starts_with('0')) {
            return Err(refuse());
        }
        let whole: i64 = int.parse().map_err(|_| refuse())?;
        let cents: i64 = match frac {
            None => 0,
            Some(f) if digits(f) && f.len() <= 2 => {
                let v: i64 = f.parse().map_err(|_| refuse())?;
                if f.len() == 1 { v * 10 } else { v }
            }
            Some(_) => return Err(refuse()),
        };
        let magnitude = whole * 100 + cents;
        Ok(Self(if negative { -magnitude } else { magnitude }))
    }
}

impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let (whole, cents) = (abs / 100, abs % 100);
        match cents {
            0 => write!(f, "{sign}{whole}"),
            c if c % 10 == 0 => write!(f, "{sign}{whole}.{}", c / 10),
            c => write!(f, "{sign}{whole}.{c:02}"),
        }
    }
}

impl Serialize for Points {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Points {
    fn schema_name() -> Cow<'static, str> {
        "Points".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Points as a decimal string with at most two decimals (hundredths of a point), e.g. \"10\", \"0.5\", \"-2.25\"; |points| <= 999999.99.",
            "type": "string",
            "pattern": POINTS_PATTERN,
        })
    }
}

/// An exact rate `num / den` with `0 <= num <= den` and `den > 0` (比率), such as 45 of 46
/// deputies present or 21 of 33 suggestions solved.
///
/// Rates are compared by cross-multiplication, never by dividing: `2/3` and `4/6` are the same
/// rate ([`Rate::cmp_value`]), though they are written differently (`==` compares the written
/// form). A rate of nothing (`den == 0`) is not a rate: evidence with nothing to measure is
/// absent, not zero.
///
/// # Examples
///
/// ```
/// use std::cmp::Ordering;
/// use township_congress::scoring::Rate;
///
/// let present = Rate::new(45, 46).ok_or("not a rate")?;
/// let target = Rate::new(95, 100).ok_or("not a rate")?;
/// assert!(present.at_least(target)); // 45/46 is 97.8 %
/// assert_eq!(present.to_string(), "45/46");
/// assert_eq!(present.percent(), "97.8%");
/// let two_thirds = Rate::new(2, 3).ok_or("not a rate")?;
/// assert_eq!(two_thirds.cmp_value(Rate::new(4, 6).ok_or("not a rate")?), Ordering::Equal);
/// assert!(Rate::new(1, 0).is_none());
/// assert!(Rate::new(3, 2).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "比率")]
#[doc(alias = "率")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "RawRate", into = "RawRate")]
pub struct Rate {
    num: u32,
    den: u32,
}

/// The wire form of a [`Rate`]: `{ "num": 45, "den": 46 }`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRate {
    /// Numerator, at most `den`.
    pub num: u32,
    /// Denominator, at least 1.
    #[schemars(range(min = 1))]
    pub den: u32,
}

impl Rate {
    /// All of it (100 %).
    pub const ALL: Self = Self { num: 1, den: 1 };
    /// None of it (0 %).
    pub const NONE: Self = Self { num: 0, den: 1 };

    /// `num / den`, or `None` unless `den > 0` and `num <= den`.
    #[must_use]
    pub const fn new(num: u32, den: u32) -> Option<Self> {
        if den == 0 || num > den {
            None
        } else {
            Some(Self { num, den })
        }
    }

    /// A whole percentage (`95` is 95/100); `None` above 100.
    #[must_use]
    pub const fn percent_of(percent: u32) -> Option<Self> {
        Self::new(percent, 100)
    }

    /// The numerator.
    #[must_use]
    pub const fn num(self) -> u32 {
        self.num
    }

    /// The denominator.
    #[must_use]
    pub const fn den(self) -> u32 {
        self.den
    }

    /// Compares the values exactly: `a/b` against `c/d` as `a·d` against `c·b`.
    #[must_use]
    pub fn cmp_value(self, other: Self) -> Ordering {
        let left = u64::from(self.num) * u64::from(other.den);
        let right = u64::from(other.num) * u64::from(self.den);
        left.cmp(&right)
    }

    /// Whether this rate reaches `threshold`, bound included (以上).
    #[must_use]
    pub fn at_least(self, threshold: Self) -> bool {
        self.cmp_value(threshold) != Ordering::Less
    }

    /// `floor(points · num / den)` in hundredths: the share of `points` this rate gives.
    #[must_use]
    pub fn share_of(self, points: Points) -> Points {
        let product = i128::from(points.hundredths()) * i128::from(self.num);
        let share = product / i128::from(self.den);
        Points::from_hundredths(i64::try_from(share).unwrap_or(i64::MAX))
    }

    /// The rate as a percentage with one decimal, rounded down (`45/46` is `97.8%`); a whole
    /// percentage prints without decimals (`95%`).
    #[must_use]
    pub fn percent(self) -> String {
        let permille = u64::from(self.num) * 1000 / u64::from(self.den);
        let exact = (u64::from(self.num) * 1000) % u64::from(self.den) == 0;
        if exact && permille % 10 == 0 {
            format!("{}%", permille / 10)
        } else {
            format!("{}.{}%", permille / 10, permille % 10)
        }
    }
}

impl TryFrom<RawRate> for Rate {
    type Error = String;

    fn try_from(raw: RawRate) -> Result<Self, String> {
        Self::new(raw.num, raw.den).ok_or_else(|| {
            format!(
                "{}/{} is not a rate: need a denominator of at least 1 and a numerator of at most the denominator",
                raw.num, raw.den
            )
        })
    }
}

impl From<Rate> for RawRate {
    fn from(r: Rate) -> Self {
        Self {
            num: r.num,
            den: r.den,
        }
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.num, self.den)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_parse_and_print_canonically() {
        for (text, hundredths, canonical) in [
            ("0", 0, "0"),
            ("10", 1000, "10"),
            ("10.0", 1000, "10"),
            ("10.50", 1050, "10.5"),
            ("0.05", 5, "0.05"),
            ("-2.25", -225, "-2.25"),
            ("-0.5", -50, "-0.5"),
            ("999999.99", 99_999_999, "999999.99"),
        ] {
            let p: Points = text.parse().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(p.hundredths(), hundredths, "{text}");
            assert_eq!(p.to_string(), canonical, "{text}");
        }
        for bad in [
            "", "-", ".5", "5.", "1.234", "01", "1000000", "1e3", "+1", " 1", "1,5", "NaN",
        ] {
            assert!(bad.parse::<Points>().is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn points_wire_form_is_a_string() {
        let p = Points::from_hundredths(250);
        assert_eq!(serde_json::to_string(&p).ok(), Some("\"2.5\"".into()));
        assert_eq!(serde_json::from_str::<Points>("\"2.50\"").ok(), Some(p));
        assert!(serde_json::from_str::<Points>("2.5").is_err());
    }

    #[test]
    fn points_clamp_at_the_wire_range() {
        assert_eq!(Points::whole(i64::MAX), Points::MAX);
        assert_eq!(Points::MAX.saturating_add(Points::whole(1)), Points::MAX);
        assert_eq!(Points::MIN.saturating_sub(Points::whole(1)), Points::MIN);
    }

    #[test]
    fn rates_compare_exactly() {
        let r = |n, d| Rate::new(n, d).unwrap_or(Rate::NONE);
        assert!(r(2, 3).at_least(r(4, 6)));
        assert!(!r(66, 100).at_least(r(2, 3)));
        assert!(r(67, 100).at_least(r(2, 3)));
        assert_eq!(r(u32::MAX, u32::MAX).cmp_value(Rate::ALL), Ordering::Equal);
        assert_eq!(
            r(2, 3).share_of(Points::whole(10)),
            Points::from_hundredths(666)
        );
        assert_eq!(r(1, 3).percent(), "33.3%");
        assert_eq!(r(1, 8).percent(), "12.5%");
        assert_eq!(r(19, 20).percent(), "95%");
        assert!(serde_json::from_str::<Rate>(r#"{"num":3,"den":2}"#).is_err());
        assert!(serde_json::from_str::<Rate>(r#"{"num":0,"den":0}"#).is_err());
    }
}
