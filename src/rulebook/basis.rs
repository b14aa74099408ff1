//! The basis a refusal cites (依据): the article, and whether it is statute.

use std::fmt;

use schemars::JsonSchema;
use serde::Serialize;

use super::{Authority, Citation, RuleField};
use crate::label::Zh;

/// What a refusal cites: the article, its [`Authority`], and the rulebook field that holds the
/// rule (依据).
///
/// `Display` prints the bare citation for statute. For a rule that is not statute it says so
/// and names the field a profile sets to change it, so a clerk can tell the law from a
/// province's choice or a default the library picked:
///
/// * statute: `组织法2022 第十四条第四款`
/// * provincial: `浙江省乡镇人民代表大会工作条例2016 第八条第二款; provincial rule, field `presidium_size_min``
/// * the national rulebook's common-practice default: `组织法2022 第十九条第一款; a common-practice
///   default, not statute: set `presidium_quorum` in a profile to change it`
/// * local custom a profile chose: `…; local custom, not statute, field `…``
///
/// Build one with [`Rulebook::basis`](super::Rulebook::basis), or from a bare statutory
/// [`Citation`] with `From`.
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::{Authority, Basis, Citation, RuleField, Rulebook};
///
/// let quorum = Rulebook::NATIONAL.basis(RuleField::SessionQuorum);
/// assert_eq!(quorum.to_string(), "组织法2022 第十四条第四款");
///
/// let presidium = Rulebook::NATIONAL.basis(RuleField::PresidiumQuorum);
/// assert_eq!(presidium.authority, Authority::LocalCustom);
/// assert_eq!(
///     presidium.to_string(),
///     "组织法2022 第十九条第一款; a common-practice default, not statute: set `presidium_quorum` in a profile to change it"
/// );
///
/// let zhejiang = Rulebook::province("浙江")?.basis(RuleField::PresidiumSizeMin);
/// assert_eq!(
///     zhejiang.to_string(),
///     "浙江省乡镇人民代表大会工作条例2016 第八条第二款; provincial rule, field `presidium_size_min`"
/// );
///
/// let plain: Basis = Citation::organic(19, Some(1)).into();
/// assert_eq!(plain.to_string(), "组织法2022 第十九条第一款");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "依据")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Basis {
    /// The article.
    pub citation: Citation,
    /// Statute, provincial regulation or local custom.
    pub authority: Authority,
    /// The rulebook field that holds the rule; `None` for an article cited directly.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<RuleField>,
    /// Whether the rule is the national rulebook's own: for local custom, a common-practice
    /// default rather than a choice a profile made.
    pub national_default: bool,
}

impl Basis {
    /// An article of national statute cited directly, not through a rulebook field.
    #[must_use]
    pub const fn statute(citation: Citation) -> Self {
        Self {
            citation,
            authority: Authority::Statute,
            field: None,
            national_default: true,
        }
    }

    /// The basis in Chinese (依据): the citation, and for a rule that is not statute its
    /// standing and field.
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::rulebook::{RuleField, Rulebook};
    ///
    /// let b = Rulebook::NATIONAL.basis(RuleField::PresidiumQuorum);
    /// assert_eq!(
    ///     b.zh().to_string(),
    ///     "组织法2022 第十九条第一款；通行做法的默认值，并非法律规定，可在规则文件中设置`presidium_quorum`"
    /// );
    /// ```
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, Basis> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = self.0;
        write!(f, "{}", b.citation)?;
        match (b.authority, b.field) {
            (Authority::Statute, _) => Ok(()),
            (Authority::Provincial, Some(field)) => write!(f, "；省级地方性法规，字段`{field}`"),
            (Authority::Provincial, None) => f.write_str("；省级地方性法规"),
            (Authority::LocalCustom, Some(field)) if b.national_default => write!(
                f,
                "；通行做法的默认值，并非法律规定，可在规则文件中设置`{field}`"
            ),
            (Authority::LocalCustom, Some(field)) => {
                write!(f, "；地方惯例，并非法律规定，字段`{field}`")
            }
            (Authority::LocalCustom, None) => f.write_str("；地方惯例，并非法律规定"),
        }
    }
}

impl From<Citation> for Basis {
    fn from(citation: Citation) -> Self {
        Self::statute(citation)
    }
}

impl fmt::Display for Basis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.citation)?;
        match (self.authority, self.field) {
            (Authority::Statute, _) => Ok(()),
            (Authority::Provincial, Some(field)) => {
                write!(f, "; provincial rule, field `{field}`")
            }
            (Authority::Provincial, None) => f.write_str("; provincial rule"),
            (Authority::LocalCustom, Some(field)) if self.national_default => write!(
                f,
                "; a common-practice default, not statute: set `{field}` in a profile to change it"
            ),
            (Authority::LocalCustom, Some(field)) => {
                write!(f, "; local custom, not statute, field `{field}`")
            }
            (Authority::LocalCustom, None) => f.write_str("; local custom, not statute"),
        }
    }
}
