//! Rule values of the proposal lifecycles that are not plain numbers (议案建议规则): when a
//! suggestion's reply period starts, the categories and result classes of suggestions, and the
//! small-congress route to an interpellation.

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Threshold;
use crate::label::Label;

/// When a suggestion's reply period starts (答复期限起算).
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::{ClockStart, Rulebook};
///
/// assert_eq!(Rulebook::NATIONAL.suggestion_clock_start().value, ClockStart::Handover);
/// assert_eq!(Rulebook::province("山东")?.suggestion_clock_start().value, ClockStart::SessionClose);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "答复期限起算")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClockStart {
    /// From the day the presidium hands the item over (自交办之日起), 代表法2025 第五十一条第二款.
    Handover,
    /// From the day the session during which the item was filed closes (自大会闭会之日起,
    /// 山东 2015 第十五条); an item filed in recess runs from its handover.
    SessionClose,
}

impl fmt::Display for ClockStart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Handover => "from handover",
            Self::SessionClose => "from the session's close",
        })
    }
}

impl Label for ClockStart {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Handover => "自交办之日起",
            Self::SessionClose => "自大会闭会之日起",
        }
    }
}

/// What a reply's result class means for the item and for the statistics (办理结果性质).
#[doc(alias = "办理结果性质")]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[doc(alias = "提出资格")]
pub enum Standing {
    /// Solved or adopted (已解决或采纳): the item is done.
    Solved,
    /// Being solved, or planned (正在解决或列入计划): a follow-up obligation stays open.
    InProgress,
    /// Not possible for now, kept for reference (因条件限制暂不能解决、留作参考): a follow-up
    /// obligation stays open.
    NotPossible,
    /// Explained (作解释说明): nothing to solve.
    Explained,
}

impl Standing {
    /// Whether a reply of this standing keeps a follow-up obligation open until the unit
    /// reports it resolved (跟踪办理).
    #[must_use]
    pub const fn follow_up(self) -> bool {
        matches!(self, Self::InProgress | Self::NotPossible)
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Solved => "solved or adopted",
            Self::InProgress => "being solved or planned",
            Self::NotPossible => "kept for reference",
            Self::Explained => "explained",
        })
    }
}

impl Label for Standing {
    fn label_zh(&self) -> &'static str {
        match self {
            Self::Solved => "已解决或采纳",
            Self::InProgress => "正在解决或列入计划解决",
            Self::NotPossible => "因条件限制暂不能解决、留作参考",
            Self::Explained => "作解释说明",
        }
    }
}

/// One class a reply chooses from (办理结果分类), e.g. `A`, 已解决或采纳.
#[doc(alias = "办理结果分类")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ResultClass {
    /// The code a reply names, e.g. `A`.
    pub code: Cow<'static, str>,
    /// Its Chinese name.
    pub name_zh: Cow<'static, str>,
    /// What it means for the item.
    pub standing: Standing,
}

impl ResultClass {
    /// A class.
    #[must_use]
    pub const fn new(code: &'static str, name_zh: &'static str, standing: Standing) -> Self {
        Self {
            code: Cow::Borrowed(code),
            name_zh: Cow::Borrowed(name_zh),
            standing,
        }
    }
}

/// The result classes of a reply, in order (办理结果分类表).
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::{ResultClasses, Standing};
///
/// let classes = ResultClasses::A_TO_D;
/// assert_eq!(classes.get("B").map(|c| c.standing), Some(Standing::InProgress));
/// assert!(classes.get("E").is_none());
/// ```
#[doc(alias = "办理结果分类表")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct ResultClasses(Cow<'static, [ResultClass]>);

impl ResultClasses {
    /// The four classes in common use (A 已解决或采纳, B 正在解决或列入计划解决, C
    /// 因条件限制暂不能解决、留作参考, D 作解释说明).
    pub const A_TO_D: Self = Self(Cow::Borrowed(&[
        ResultClass::new("A", "已解决或采纳", Standing::Solved),
        ResultClass::new("B", "正在解决或列入计划解决", Standing::InProgress),
        ResultClass::new("C", "因条件限制暂不能解决、留作参考", Standing::NotPossible),
        ResultClass::new("D", "作解释说明", Standing::Explained),
    ]));

    /// Classes from a list.
    #[must_use]
    pub fn new(classes: Vec<ResultClass>) -> Self {
        Self(Cow::Owned(classes))
    }

    /// The class with this code.
    #[must_use]
    pub fn get(&self, code: &str) -> Option<&ResultClass> {
        self.0.iter().find(|c| c.code == code)
    }

    /// Every class, in order.
    pub fn iter(&self) -> impl Iterator<Item = &ResultClass> {
        self.0.iter()
    }
}

impl fmt::Display for ResultClasses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for c in self.0.iter() {
            if !first {
                f.write_str("; ")?;
            }
            first = false;
            write!(f, "{} {} ({})", c.code, c.name_zh, c.standing)?;
        }
        Ok(())
    }
}

/// The categories a suggestion is filed under (建议分类).
///
/// # Examples
///
/// ```
/// use township_congress::rulebook::Categories;
///
/// assert!(Categories::COMMON.contains("城乡建设"));
/// assert!(!Categories::COMMON.contains("天气"));
/// ```
#[doc(alias = "建议分类")]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Categories(Cow<'static, [Cow<'static, str>]>);

impl Categories {
    /// Categories in common use for township suggestions.
    pub const COMMON: Self = Self(Cow::Borrowed(&[
        Cow::Borrowed("经济发展"),
        Cow::Borrowed("城乡建设"),
        Cow::Borrowed("农业农村"),
        Cow::Borrowed("教育科技文化卫生"),
        Cow::Borrowed("社会保障"),
        Cow::Borrowed("生态环境"),
        Cow::Borrowed("社会治理"),
        Cow::Borrowed("其他"),
    ]));

    /// Categories from a list.
    #[must_use]
    pub fn new(categories: Vec<String>) -> Self {
        Self(Cow::Owned(categories.into_iter().map(Cow::Owned).collect()))
    }

    /// Whether `category` is one of them.
    #[must_use]
    pub fn contains(&self, category: &str) -> bool {
        self.0.iter().any(|c| c == category)
    }

    /// Every category, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(AsRef::as_ref)
    }
}

impl fmt::Display for Categories {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().collect();
        f.write_str(&names.join(", "))
    }
}

/// A lower bar for interpellations in a small congress (小规模代表大会的质询联名人数):
/// a congress of at most `deputies_at_most` deputies may interpellate with `share` of all
/// deputies instead of the usual count (北京 2016 第十二条: at most 40 deputies, one fifth).
#[doc(alias = "质询联名")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SmallCongress {
    /// The largest congress the route is open to.
    pub deputies_at_most: u32,
    /// The share of all deputies that suffices there.
    pub share: Threshold,
}

impl SmallCongress {
    /// The route.
    #[must_use]
    pub const fn new(deputies_at_most: u32, share: Threshold) -> Self {
        Self {
            deputies_at_most,
            share,
        }
    }
}

impl fmt::Display for SmallCongress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} of all deputies where there are at most {}",
            self.share, self.deputies_at_most
        )
    }
}

pub(super) fn categories(v: &Categories) -> Result<(), String> {
    let names: Vec<&str> = v.iter().collect();
    if names.is_empty() {
        return Err("must list at least one category".to_owned());
    }
    if let Some(blank) = names.iter().position(|c| c.trim().is_empty()) {
        return Err(format!("category {} is blank", blank + 1));
    }
    let unique: std::collections::BTreeSet<&str> = names.iter().copied().collect();
    if unique.len() != names.len() {
        return Err("lists a category twice".to_owned());
    }
    Ok(())
}

pub(super) fn result_classes(v: &ResultClasses) -> Result<(), String> {
    let codes: Vec<&str> = v.iter().map(|c| c.code.as_ref()).collect();
    if codes.is_empty() {
        return Err("must list at least one result class".to_owned());
    }
    if v.iter()
        .any(|c| c.code.trim().is_empty() || c.name_zh.trim().is_empty())
    {
        return Err("a result class has a blank code or name".to_owned());
    }
    let unique: std::collections::BTreeSet<&str> = codes.iter().copied().collect();
    if unique.len() != codes.len() {
        return Err("lists a result code twice".to_owned());
    }
    if !v.iter().any(|c| c.standing == Standing::Solved) {
        return Err("needs a class that means solved or adopted".to_owned());
    }
    Ok(())
}

pub(super) fn small_congress(v: &Option<SmallCongress>) -> Result<(), String> {
    match v {
        Some(s) if s.deputies_at_most == 0 => {
            Err("`deputies_at_most` must be at least 1, got 0".to_owned())
        }
        Some(s) => super::satisfiable(&s.share),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_name_what_is_wrong() {
        assert!(categories(&Categories::COMMON).is_ok());
        assert!(categories(&Categories::new(vec![])).is_err());
        assert!(categories(&Categories::new(vec!["a".into(), "a".into()])).is_err());
        assert!(result_classes(&ResultClasses::A_TO_D).is_ok());
        let no_solved =
            ResultClasses::new(vec![ResultClass::new("X", "解释", Standing::Explained)]);
        assert_eq!(
            result_classes(&no_solved),
            Err("needs a class that means solved or adopted".to_owned())
        );
        assert!(small_congress(&Some(SmallCongress::new(0, Threshold::ONE_FIFTH))).is_err());
        assert!(small_congress(&Some(SmallCongress::new(40, Threshold::ONE_FIFTH))).is_ok());
    }

    #[test]
    fn display_lists_the_values() {
        assert!(
            ResultClasses::A_TO_D
                .to_string()
                .starts_with("A 已解决或采纳 (solved or adopted); B")
        );
        assert!(
            Categories::COMMON
                .to_string()
                .starts_with("经济发展, 城乡建设")
        );
        assert_eq!(
            SmallCongress::new(40, Threshold::ONE_FIFTH).to_string(),
            "at least 1/5 of all deputies where there are at most 40"
        );
    }
}
