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
