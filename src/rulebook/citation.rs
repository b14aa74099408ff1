//! Legal citations (法律依据): which law, which revision, which article.

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a rule comes from: a law's short name and revision year, an article, optionally a
/// paragraph (款) and an item (项) (法律依据).
///
/// `Display` prints the form a clerk writes, with Chinese numerals.
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::Citation;
///
/// let quorum = Citation::organic(14, Some(4));
/// assert_eq!(quorum.to_string(), "组织法2022 第十四条第四款");
/// let quota = Citation::electoral(12, Some(1)).with_item(4);
/// assert_eq!(quota.to_string(), "选举法2020 第十二条第一款第四项");
/// ```
#[doc(alias = "法律依据")]
#[doc(alias = "条款")]
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// Short name of the law or regulation, e.g. `组织法` or `重庆市乡镇人民代表大会工作条例`.
    pub law: Cow<'static, str>,
    /// Year of the revision cited (the text's version), e.g. `2022`.
    pub year: u16,
    /// Article number (条).
    #[schemars(range(min = 1))]
    pub article: u16,
    /// Paragraph number within the article (款), if cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u8>,
    /// Item number within the paragraph (项), if cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<u8>,
}

impl Citation {
    /// A citation of any law.
    #[must_use]
    pub const fn new(law: &'static str, year: u16, article: u16, paragraph: Option<u8>) -> Self {
        Self {
            law: Cow::Borrowed(law),
            year,
            article,
            paragraph,
            item: None,
        }
    }

    /// 组织法2022: the Organic Law of Local People's Congresses and Governments, 2022 revision.
    #[must_use]
    pub const fn organic(article: u16, paragraph: Option<u8>) -> Self {
        Self::new("组织法", 2022, article, paragraph)
    }

    /// 代表法2025: the Deputies Law, 2025 revision.
    #[must_use]
    pub const fn deputies(article: u16, paragraph: Option<u8>) -> Self {
        Self::new("代表法", 2025, article, paragraph)
    }

    /// 选举法2020: the Electoral Law, 2020 revision.
    #[must_use]
    pub const fn electoral(article: u16, paragraph: Option<u8>) -> Self {
        Self::new("选举法", 2020, article, paragraph)
    }

    /// 民法典 (2020): the Civil Code, cited only for counting conventions.
    #[must_use]
    pub const fn civil_code(article: u16) -> Self {
        Self::new("民法典", 2020, article, None)
    }

    /// The same citation narrowed to an item (项).
    #[must_use]
    pub const fn with_item(mut self, item: u8) -> Self {
        self.item = Some(item);
        self
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{} 第{}条",
            self.law,
            self.year,
            chinese_numeral(u32::from(self.article))
        )?;
        if let Some(p) = self.paragraph {
            write!(f, "第{}款", chinese_numeral(u32::from(p)))?;
        }
        if let Some(i) = self.item {
            write!(f, "第{}项", chinese_numeral(u32::from(i)))?;
        }
        Ok(())
    }
}

/// Whether a rule is national statute, provincial regulation, or local custom and convention.
#[doc(alias = "效力层级")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    /// National law (法律).
    Statute,
    /// A province's regulation (地方性法规).
    Provincial,
    /// Local custom, a county's policy, or a reading convention the statute leaves open (惯例).
    LocalCustom,
}

impl crate::label::Label for Authority {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Statute => "法律",
            Self::Provincial => "地方性法规",
            Self::LocalCustom => "地方惯例",
        }
    }
}

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

fn digit(d: u32) -> &'static str {
    DIGITS.get(d as usize).copied().unwrap_or("")
}

/// Writes `n` (0..=9999) in Chinese numerals as statutes number their articles
/// (`十四`, `二十五`, `一百零一`, `一千二百五十九`); larger numbers fall back to digits.
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::chinese_numeral;
///
/// assert_eq!(chinese_numeral(14), "十四");
/// assert_eq!(chinese_numeral(110), "一百一十");
/// assert_eq!(chinese_numeral(1259), "一千二百五十九");
/// ```
#[must_use]
pub fn chinese_numeral(n: u32) -> String {
    if n == 0 {
        return "零".to_owned();
    }
    if n >= 10_000 {
        return n.to_string();
    }
    if (10..20).contains(&n) {
        let unit = n % 10;
        return if unit == 0 {
            "十".to_owned()
        } else {
            format!("十{}", digit(unit))
        };
    }
    let parts = [
        (n / 1000, "千"),
        (n / 100 % 10, "百"),
        (n / 10 % 10, "十"),
        (n % 10, ""),
    ];
    let mut out = String::new();
    let mut pending_zero = false;
    for (d, unit) in parts {
        if d == 0 {
            pending_zero = !out.is_empty();
            continue;
        }
        if pending_zero {
            out.push('零');
            pending_zero = false;
        }
        out.push_str(digit(d));
        out.push_str(unit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_follow_statute_style() {
        let cases = [
            (1, "一"),
            (9, "九"),
            (10, "十"),
            (11, "十一"),
            (20, "二十"),
            (25, "二十五"),
            (100, "一百"),
            (101, "一百零一"),
            (110, "一百一十"),
            (1000, "一千"),
            (1005, "一千零五"),
            (1259, "一千二百五十九"),
        ];
        for (n, want) in cases {
            assert_eq!(chinese_numeral(n), want, "n = {n}");
        }
    }

    #[test]
    fn citation_display() {
        assert_eq!(
            Citation::organic(25, None).to_string(),
            "组织法2022 第二十五条"
        );
        assert_eq!(
            Citation::deputies(62, None).with_item(3).to_string(),
            "代表法2025 第六十二条第三项"
        );
    }
}
