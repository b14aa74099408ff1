//! The rulebook's refusals as data: a code per rule and a Chinese sentence (规则文件错误).

use std::fmt;

use super::RulebookError;
use crate::label::Zh;

impl RulebookError {
    /// Every code, in the order of the variants; each once.
    pub const CODES: &'static [&'static str] = &[
        "rulebook.invalid_field",
        "rulebook.malformed",
        "rulebook.too_long",
        "rulebook.unknown_province",
    ];

    /// The stable code (错误代码), as the wire's `code` tag.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::InvalidField { .. } => "rulebook.invalid_field",
            Self::Malformed { .. } => "rulebook.malformed",
            Self::TooLong(_) => "rulebook.too_long",
            Self::UnknownProvince { .. } => "rulebook.unknown_province",
        }
    }

    /// The refusal in Chinese (中文说明). The reason an invalid field gives, and the
    /// parser's message, stay in English: they quote the profile's own field names.
    ///
    /// # Examples
    ///
    /// ```
    /// use township_congress::Rulebook;
    ///
    /// let Err(e) = Rulebook::province("火星") else { panic!("no such province") };
    /// assert_eq!(e.code(), "rulebook.unknown_province");
    /// assert!(e.zh().to_string().starts_with("没有为“火星”提供规则文件"));
    /// ```
    #[must_use]
    pub const fn zh(&self) -> Zh<'_, Self> {
        Zh(self)
    }
}

impl fmt::Display for Zh<'_, RulebookError> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            RulebookError::InvalidField { field, reason } => {
                write!(f, "规则文件字段`{field}`无效：{reason}")
            }
            RulebookError::Malformed { message } => {
                write!(f, "规则文件格式不正确：{message}")
            }
            RulebookError::TooLong(e) => e.zh().fmt(f),
            RulebookError::UnknownProvince { name, shipped } => write!(
                f,
                "没有为“{name}”提供规则文件；已提供：{}",
                shipped.join("、")
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::check_error_samples;

    #[test]
    fn every_variant_has_its_code_its_wire_tag_and_both_sentences() {
        let samples = [
            RulebookError::InvalidField {
                field: "session_quorum".into(),
                reason: "must be at least 2/3".into(),
            },
            RulebookError::Malformed {
                message: "unknown field `quorum` at line 1 column 9".into(),
            },
            RulebookError::TooLong(crate::limits::TooLong {
                field: "name",
                kind: Some(crate::limits::TextKind::Name),
                max: 64,
                found: 65,
                excerpt: "某".repeat(8),
            }),
            RulebookError::UnknownProvince {
                name: "火星".into(),
                shipped: &["浙江"],
            },
        ];
        let rendered: Vec<_> = samples
            .iter()
            .map(|e| {
                let value = serde_json::to_value(e).unwrap_or_default();
                (e.code(), value, e.to_string(), e.zh().to_string(), None)
            })
            .collect();
        check_error_samples(RulebookError::CODES, "rulebook.", &rendered);
    }
}
