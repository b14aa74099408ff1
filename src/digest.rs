//! The digest of an archive entry (摘要): a SHA-256 value written as 64 lowercase hexadecimal
//! digits. The hashing itself, and the canonical form hashed, are the ledger's
//! ([`crate::ledger`], `docs/archive.md`); the type lives here, below the errors that name it.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The text whose SHA-256 is [`Digest::GENESIS`], the digest "before" the first entry.
pub const GENESIS_TEXT: &str = "township-congress/archive/v1";

/// A SHA-256 digest of an archive entry chained to the one before (摘要): 32 bytes, written as
/// 64 lowercase hexadecimal digits.
///
/// # Examples
///
/// ```
/// use township_congress::ledger::Digest;
///
/// let genesis = Digest::GENESIS.to_string();
/// assert_eq!(genesis.len(), 64);
/// let back: Digest = genesis.parse()?;
/// assert_eq!(back, Digest::GENESIS);
/// assert!("ABC".parse::<Digest>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[doc(alias = "摘要")]
#[doc(alias = "哈希")]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Digest([u8; 32]);

impl Digest {
    /// The digest that precedes the first entry: SHA-256 of [`GENESIS_TEXT`]
    /// (`township-congress/archive/v1`), `551b9d1b…5e7f770a`. A test recomputes it.
    pub const GENESIS: Self = Self([
        0x55, 0x1b, 0x9d, 0x1b, 0xc7, 0x3d, 0x59, 0x05, 0xf8, 0xa6, 0x51, 0xd6, 0x06, 0xf2, 0x67,
        0x16, 0x67, 0x6f, 0x03, 0x3b, 0xb6, 0x06, 0x7d, 0x1c, 0x54, 0x6e, 0x34, 0xf5, 0x5e, 0x7f,
        0x77, 0x0a,
    ]);

    /// A digest from its 32 bytes.
    #[must_use]
    pub const fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// The 32 bytes.
    #[must_use]
    pub const fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest({self})")
    }
}

/// A digest that is not 64 lowercase hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a digest is 64 lowercase hexadecimal digits, got {chars} character(s)")]
#[non_exhaustive]
pub struct DigestParseError {
    /// How many characters the text had.
    pub chars: usize,
}

impl std::str::FromStr for Digest {
    type Err = DigestParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let fail = || DigestParseError {
            chars: s.chars().count(),
        };
        let digit = |c: u8| match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            _ => None,
        };
        if s.len() != 64 {
            return Err(fail());
        }
        let mut out = [0u8; 32];
        for (byte, pair) in out.iter_mut().zip(s.as_bytes().chunks_exact(2)) {
            let [hi, lo] = pair else { return Err(fail()) };
            *byte = (digit(*hi).ok_or_else(fail)? << 4) | digit(*lo).ok_or_else(fail)?;
        }
        Ok(Self(out))
    }
}

impl Serialize for Digest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Digest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Hex;
        impl serde::de::Visitor<'_> for Hex {
            type Value = Digest;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("64 lowercase hexadecimal digits")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Digest, E> {
                s.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Hex)
    }
}

impl JsonSchema for Digest {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Digest".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "SHA-256 of the entry's canonical bytes chained to the previous entry's digest (docs/archive.md), as 64 lowercase hexadecimal digits.",
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
        })
    }
}
