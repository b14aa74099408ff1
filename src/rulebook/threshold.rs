//! Exact thresholds over whole deputies (三分之二以上, 过半数): integers, never floats.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A fraction `num / den` with `0 < num <= den` (分数), e.g. two thirds.
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::Fraction;
///
/// let two_thirds = Fraction::new(2, 3).ok_or("not a fraction")?;
/// assert_eq!(two_thirds.to_string(), "2/3");
/// assert!(Fraction::new(4, 3).is_none());
/// assert!(Fraction::new(0, 3).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "分数")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(try_from = "RawFraction", into = "RawFraction")]
pub struct Fraction {
    num: u32,
    den: u32,
}

/// The wire form of a [`Fraction`]: `{ "num": 2, "den": 3 }`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFraction {
    /// Numerator, at least 1 and at most `den`.
    #[schemars(range(min = 1))]
    pub num: u32,
    /// Denominator, at least 1.
    #[schemars(range(min = 1))]
    pub den: u32,
}

impl Fraction {
    /// One half.
    pub const HALF: Self = Self { num: 1, den: 2 };
    /// Two thirds.
    pub const TWO_THIRDS: Self = Self { num: 2, den: 3 };
    /// One fifth.
    pub const ONE_FIFTH: Self = Self { num: 1, den: 5 };

    /// `num / den`, or `None` unless `0 < num <= den`.
    #[must_use]
    pub const fn new(num: u32, den: u32) -> Option<Self> {
        if num == 0 || den == 0 || num > den {
            None
        } else {
            Some(Self { num, den })
        }
    }

    /// The numerator.
    #[must_use]
    pub const fn num(&self) -> u32 {
        self.num
    }

    /// The denominator.
    #[must_use]
    pub const fn den(&self) -> u32 {
        self.den
    }

    /// The smallest whole count that is at least this fraction of `base`: `ceil(num·base/den)`.
    #[must_use]
    pub const fn ceil_of(&self, base: u32) -> u32 {
        let product = self.num as u64 * base as u64;
        // num <= den, so the quotient never exceeds `base` and fits in u32.
        product.div_ceil(self.den as u64) as u32
    }

    /// The largest whole count not above this fraction of `base`: `floor(num·base/den)`.
    #[must_use]
    pub const fn floor_of(&self, base: u32) -> u32 {
        let product = self.num as u64 * base as u64;
        (product / self.den as u64) as u32
    }
}

impl TryFrom<RawFraction> for Fraction {
    type Error = String;

    fn try_from(raw: RawFraction) -> Result<Self, String> {
        Self::new(raw.num, raw.den).ok_or_else(|| {
            format!(
                "{}/{} is not a fraction in (0, 1]: need 0 < num <= den",
                raw.num, raw.den
            )
        })
    }
}

impl From<Fraction> for RawFraction {
    fn from(f: Fraction) -> Self {
        Self {
            num: f.num,
            den: f.den,
        }
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.num, self.den)
    }
}

/// A threshold over a base count, read as the statutes are read (表决门槛).
///
/// * [`Threshold::AtLeast`] — "…分之…以上": the bound is included (民法典 第一千二百五十九条).
/// * [`Threshold::MoreThan`] — "过…": strictly more than the fraction.
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::{Fraction, Threshold};
///
/// let quorum = Threshold::AtLeast(Fraction::TWO_THIRDS);
/// let majority = Threshold::MoreThan(Fraction::HALF);
/// assert_eq!(quorum.required(46), 31); // two thirds of 46 is 30.67
/// assert_eq!(majority.required(46), 24); // more than 23
/// assert!(majority.is_met(24, 46));
/// assert!(!majority.is_met(23, 46));
/// ```
#[doc(alias = "门槛")]
#[doc(alias = "以上")]
#[doc(alias = "过半数")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Threshold {
    /// At least this fraction of the base, bound included (以上).
    AtLeast(Fraction),
    /// Strictly more than this fraction of the base (过).
    MoreThan(Fraction),
}

impl Threshold {
    /// Strictly more than half (过半数).
    pub const MAJORITY: Self = Self::MoreThan(Fraction::HALF);
    /// Two thirds or more (三分之二以上).
    pub const TWO_THIRDS: Self = Self::AtLeast(Fraction::TWO_THIRDS);
    /// One fifth or more (五分之一以上).
    pub const ONE_FIFTH: Self = Self::AtLeast(Fraction::ONE_FIFTH);
    /// Half or more (半数以上).
    pub const HALF_OR_MORE: Self = Self::AtLeast(Fraction::HALF);

    /// The smallest count that meets the threshold over `base`.
    ///
    /// For `MoreThan` this is `floor(num·base/den) + 1`, so it can exceed `base` when the
    /// fraction is 1 (nothing can be "more than all").
    #[must_use]
    pub const fn required(&self, base: u32) -> u32 {
        match self {
            Self::AtLeast(f) => f.ceil_of(base),
            Self::MoreThan(f) => f.floor_of(base).saturating_add(1),
        }
    }

    /// Whether `count` meets the threshold over `base`.
    #[must_use]
    pub const fn is_met(&self, count: u32, base: u32) -> bool {
        count >= self.required(base)
    }

    /// The fraction inside.
    #[must_use]
    pub const fn fraction(&self) -> Fraction {
        match self {
            Self::AtLeast(f) | Self::MoreThan(f) => *f,
        }
    }
}

/// Read strictly (see `crate::wire`): `{"at_least": {…}, "note": …}` is refused by name.
impl<'de> Deserialize<'de> for Threshold {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::wire::deserialize_external(d)
    }
}

impl<'de> crate::wire::External<'de> for Threshold {
    const EXPECTING: &'static str =
        "a threshold: one key, such as {\"at_least\": {\"num\": 2, \"den\": 3}}";
    const VARIANTS: &'static [&'static str] = &["at_least", "more_than"];

    fn variant<D: serde::Deserializer<'de>>(key: &str, content: D) -> Result<Self, D::Error> {
        match key {
            "at_least" => Fraction::deserialize(content).map(Self::AtLeast),
            "more_than" => Fraction::deserialize(content).map(Self::MoreThan),
            other => Err(crate::wire::unknown_external::<Self, D::Error>(other)),
        }
    }
}

impl crate::label::Label for Threshold {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::AtLeast(_) => "以上（含本数）",
            Self::MoreThan(_) => "超过（不含本数）",
        }
    }
}

impl Threshold {
    /// The threshold as the statutes word it (`三分之二以上`, `过半数`, `超过三分之一`).
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::rulebook::{Fraction, Threshold};
    ///
    /// assert_eq!(Threshold::AtLeast(Fraction::TWO_THIRDS).zh().to_string(), "三分之二以上");
    /// assert_eq!(Threshold::MoreThan(Fraction::HALF).zh().to_string(), "过半数");
    /// ```
    #[must_use]
    pub const fn zh(&self) -> crate::label::Zh<'_, Self> {
        crate::label::Zh(self)
    }
}

impl fmt::Display for crate::label::Zh<'_, Threshold> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let share = |fr: &Fraction| match (fr.num(), fr.den()) {
            (1, 1) => "全体".to_owned(),
            (1, 2) => "半数".to_owned(),
            (n, d) => format!(
                "{}分之{}",
                super::chinese_numeral(d),
                super::chinese_numeral(n)
            ),
        };
        match self.0 {
            Threshold::AtLeast(fr) => write!(f, "{}以上", share(fr)),
            Threshold::MoreThan(fr) if fr.num().checked_mul(2) == Some(fr.den()) => {
                f.write_str("过半数")
            }
            Threshold::MoreThan(fr) => write!(f, "超过{}", share(fr)),
        }
    }
}

impl fmt::Display for Threshold {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::AtLeast(fr) => write!(f, "at least {fr}"),
            Self::MoreThan(fr) => write!(f, "more than {fr}"),
        }
    }
}

/// "以上": the smallest count that is at least `num/den` of `n` (`ceil(num·n/den)`).
///
/// Returns `None` unless `0 < num <= den`.
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::at_least;
///
/// assert_eq!(at_least(2, 3, 46), Some(31));
/// assert_eq!(at_least(1, 5, 46), Some(10));
/// assert_eq!(at_least(2, 3, 45), Some(30));
/// ```
#[must_use]
pub const fn at_least(num: u32, den: u32, n: u32) -> Option<u32> {
    match Fraction::new(num, den) {
        Some(f) => Some(f.ceil_of(n)),
        None => None,
    }
}

/// "过半数": the smallest count strictly more than half of `n` (`floor(n/2) + 1`).
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::more_than_half;
///
/// assert_eq!(more_than_half(46), 24);
/// assert_eq!(more_than_half(45), 23);
/// ```
#[must_use]
pub const fn more_than_half(n: u32) -> u32 {
    n / 2 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_for_every_congress_size() {
        for n in 1..=200_u32 {
            // Reference forms of the statutes' wording (以上 includes the bound, 过半数 is more than
            // half), in exact integers.
            let two_thirds = (2 * n).div_ceil(3);
            let fifth = n.div_ceil(5);
            let majority = n / 2 + 1;
            let half_or_more = n.div_ceil(2);
            assert_eq!(Threshold::TWO_THIRDS.required(n), two_thirds, "2/3 of {n}");
            assert_eq!(Threshold::ONE_FIFTH.required(n), fifth, "1/5 of {n}");
            assert_eq!(Threshold::MAJORITY.required(n), majority, "majority of {n}");
            assert_eq!(
                Threshold::HALF_OR_MORE.required(n),
                half_or_more,
                "half of {n}"
            );
            // At the bound, just below, just above.
            for (t, need) in [
                (Threshold::TWO_THIRDS, two_thirds),
                (Threshold::ONE_FIFTH, fifth),
                (Threshold::MAJORITY, majority),
                (Threshold::HALF_OR_MORE, half_or_more),
            ] {
                assert!(t.is_met(need, n));
                assert!(!t.is_met(need - 1, n), "{t} of {n}: {} must fail", need - 1);
                assert!(t.is_met(need + 1, n));
            }
            // The count really is the fraction: 3·need >= 2n > 3·(need-1).
            assert!(3 * two_thirds >= 2 * n && 3 * (two_thirds - 1) < 2 * n);
            assert!(2 * majority > n && 2 * (majority - 1) <= n);
        }
    }

    #[test]
    fn the_46_deputy_congress() {
        assert_eq!(Threshold::TWO_THIRDS.required(46), 31);
        assert_eq!(Threshold::MAJORITY.required(46), 24);
        assert_eq!(Threshold::ONE_FIFTH.required(46), 10);
        assert_eq!(at_least(2, 3, 46), Some(31));
        assert_eq!(more_than_half(46), 24);
    }

    #[test]
    fn half_or_more_includes_exactly_half() {
        assert!(Threshold::HALF_OR_MORE.is_met(5, 10));
        assert!(!Threshold::MAJORITY.is_met(5, 10));
    }

    #[test]
    fn bad_fractions_are_refused() {
        assert!(Fraction::new(0, 1).is_none());
        assert!(Fraction::new(1, 0).is_none());
        assert!(Fraction::new(3, 2).is_none());
        assert_eq!(at_least(3, 2, 10), None);
        let bad: Result<Fraction, _> = serde_json::from_str(r#"{"num":5,"den":4}"#);
        assert!(bad.is_err());
    }

    #[test]
    fn large_bases_do_not_overflow() {
        let t = Threshold::TWO_THIRDS;
        assert_eq!(
            t.required(u32::MAX),
            (2 * u64::from(u32::MAX)).div_ceil(3) as u32
        );
        assert_eq!(
            Threshold::MoreThan(Fraction::new(1, 1).unwrap_or(Fraction::HALF)).required(u32::MAX),
            u32::MAX
        );
    }

    #[test]
    fn thresholds_read_one_key_and_name_any_other() {
        let read = |json: &str| serde_json::from_str::<Threshold>(json).map_err(|e| e.to_string());
        let two_thirds = r#"{"at_least":{"num":2,"den":3}}"#;
        assert_eq!(read(two_thirds), Ok(Threshold::TWO_THIRDS));
        assert_eq!(
            serde_json::to_string(&Threshold::TWO_THIRDS)
                .ok()
                .as_deref(),
            Some(two_thirds)
        );
        let e = read(r#"{"at_least":{"num":2,"den":3},"note":"以上"}"#).expect_err("two keys");
        assert!(
            e.starts_with("unknown field `note` beside `at_least`"),
            "{e}"
        );
        let e = read(r#"{"at_most":{"num":2,"den":3}}"#).expect_err("no such variant");
        assert!(
            e.contains("unknown variant `at_most`, expected `at_least` or `more_than`"),
            "{e}"
        );
        let e = read(r#"{"more_than":{"num":1,"den":2,"of":"all"}}"#).expect_err("in the fraction");
        assert!(e.contains("unknown field `of`"), "{e}");
        for bad in [
            r#"{}"#,
            r#""at_least""#,
            r#"{"at_least":{"num":3,"den":2}}"#,
        ] {
            assert!(read(bad).is_err(), "{bad} was accepted");
        }
    }
}
