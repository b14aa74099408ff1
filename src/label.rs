//! Chinese names for domain values (中文名称).

/// The Chinese term for a domain value, as a clerk would write it (中文名称).
///
/// # Examples
///
/// ```
/// use township_congress::{Label, roster::Post};
///
/// assert_eq!(Post::ViceChair.label_zh(), "人大副主席");
/// ```
#[doc(alias = "中文名称")]
pub trait Label {
    /// The Chinese term.
    fn label_zh(&self) -> &'static str;
}

/// A refusal as a clerk reads it, in Chinese (中文说明): `to_string()` gives the sentence.
///
/// Each error of the new shape (`SupervisionError`, `DeputyError`) returns one from its `zh()`
/// method; the sentence is a second rendering of the same variant, with the same numbers and
/// the same citation as the English message.
///
/// # Examples
///
/// ```
/// use township_congress::ids::ActivityId;
/// use township_congress::supervision::SupervisionError;
///
/// let e = SupervisionError::UnknownActivity { activity: ActivityId::from_u128(7) };
/// assert_eq!(e.zh().to_string(), "没有编号为00000000-0000-0000-0000-000000000007的监督活动");
/// ```
#[doc(alias = "中文说明")]
#[derive(Debug, Clone, Copy)]
pub struct Zh<'e, E>(pub(crate) &'e E);
