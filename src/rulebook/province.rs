//! Provincial profiles shipped with the crate (省级规则), as JSON data in `profiles/`.
//!
//! Each value comes from the province's regulation, with the article, paragraph and year of the text read, and is marked
//! `provincial`. A profile sets only what the province changes and the rulebook can express;
//! its `description` says what it leaves out and how far its source was verified.

use super::{Rulebook, RulebookError, RulebookProfile};

/// A shipped profile: its short name, the province's full name, and its JSON.
struct Shipped {
    short: &'static str,
    full: &'static str,
    json: &'static str,
}

/// In the order of [`Rulebook::PROVINCES`] (by pinyin).
const SHIPPED: [Shipped; 6] = [
    Shipped {
        short: "北京",
        full: "北京市",
        json: include_str!("profiles/beijing.json"),
    },
    Shipped {
        short: "重庆",
        full: "重庆市",
        json: include_str!("profiles/chongqing.json"),
    },
    Shipped {
        short: "河南",
        full: "河南省",
        json: include_str!("profiles/henan.json"),
    },
    Shipped {
        short: "江苏",
        full: "江苏省",
        json: include_str!("profiles/jiangsu.json"),
    },
    Shipped {
        short: "山东",
        full: "山东省",
        json: include_str!("profiles/shandong.json"),
    },
    Shipped {
        short: "浙江",
        full: "浙江省",
        json: include_str!("profiles/zhejiang.json"),
    },
];

impl Rulebook {
    /// The provinces whose profiles ship with the crate, by their short names (pinyin order).
    ///
    /// 江苏's figures come from a partial third-party reproduction of its regulation and are
    /// **unverified**; its profile says so in its description.
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::Rulebook;
    ///
    /// assert!(Rulebook::PROVINCES.contains(&"浙江"));
    /// for name in Rulebook::PROVINCES {
    ///     assert!(Rulebook::province(name).is_ok());
    /// }
    /// ```
    #[doc(alias = "省份")]
    pub const PROVINCES: &'static [&'static str] =
        &["北京", "重庆", "河南", "江苏", "山东", "浙江"];

    /// The national rulebook with a shipped province's profile (省级规则): `"浙江"` or
    /// `"浙江省"` (the short name or the full one, `"重庆市"`, `"北京市"`).
    ///
    /// See `docs/rules.md` in the repository, or [`rules_markdown`](super::rules_markdown),
    /// for every value and its article. 江苏's profile is unverified.
    ///
    /// # Errors
    ///
    /// * [`RulebookError::UnknownProvince`] when no profile is shipped under that name; it
    ///   lists the ones that are.
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::rulebook::{Authority, Rulebook, RulebookError};
    ///
    /// let beijing = Rulebook::province("北京")?;
    /// assert_eq!(beijing, Rulebook::province("北京市")?);
    /// assert_eq!(beijing.presidium_size_max().value, Some(9)); // 一般由五人至九人组成
    /// assert_eq!(beijing.presidium_size_max().authority, Authority::Provincial);
    /// assert_eq!(
    ///     beijing.presidium_size_max().citation.to_string(),
    ///     "北京市乡、民族乡、镇人民代表大会组织条例2016 第十七条第二款"
    /// );
    ///
    /// let unknown = Rulebook::province("火星");
    /// assert!(matches!(unknown, Err(RulebookError::UnknownProvince { .. })));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[doc(alias = "省级规则")]
    pub fn province(name: &str) -> Result<Self, RulebookError> {
        Self::NATIONAL.with_profile(RulebookProfile::province(name)?)
    }
}

impl RulebookProfile {
    /// A shipped province's profile, as data (its name, description and rules), by the short
    /// or the full name; [`Rulebook::province`] applies it to the national rulebook.
    ///
    /// # Errors
    ///
    /// * [`RulebookError::UnknownProvince`] when no profile is shipped under that name.
    /// * [`RulebookError::Malformed`] if the shipped JSON does not parse (a test guards it).
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::rulebook::RulebookProfile;
    ///
    /// let jiangsu = RulebookProfile::province("江苏")?;
    /// assert!(jiangsu.description.is_some_and(|d| d.contains("Unverified")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn province(name: &str) -> Result<Self, RulebookError> {
        let shipped = SHIPPED
            .iter()
            .find(|s| s.short == name || s.full == name)
            .ok_or_else(|| RulebookError::UnknownProvince {
                name: crate::limits::excerpt(name),
                shipped: Rulebook::PROVINCES,
            })?;
        serde_json::from_str(shipped.json).map_err(|e| RulebookError::Malformed {
            message: format!("the shipped profile of {}: {e}", shipped.short),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_matches_the_files() {
        let shorts: Vec<&str> = SHIPPED.iter().map(|s| s.short).collect();
        assert_eq!(shorts, Rulebook::PROVINCES);
        for s in &SHIPPED {
            let profile = RulebookProfile::province(s.short).unwrap_or_default();
            assert_eq!(profile.name, s.full, "{}", s.short);
        }
    }
}
