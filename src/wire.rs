//! Reading tagged JSON: internally tagged fast (`{"kind": "vote_cast", …}`), externally tagged
//! strictly (`{"session": {…}}`).
//!
//! serde's derived reading of an internally tagged enum first copies the whole object into a
//! buffer, because the tag may come anywhere. The crate writes the tag first, so a type that
//! implements [`Tagged`] reads the tag and then hands the rest of the object straight to the
//! variant's fields; an object whose tag is not first (written by someone else) is read the
//! slow way, with the same result and the same errors for unknown fields.
//!
//! serde's derived reading of an externally tagged enum refuses a second key beside the
//! variant's, but only as `expected value at line 1 column 313`. A type that implements
//! [`External`] refuses it by name (`unknown field `signature``), like every other input.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, MapAccess, Visitor};

/// The name of the tag field of every internally tagged wire type.
pub(crate) const TAG: &str = "kind";

/// A type read from an internally tagged JSON object.
pub(crate) trait Tagged<'de>: Sized {
    /// What the object is, for error messages.
    const EXPECTING: &'static str;
    /// The tags it accepts.
    const VARIANTS: &'static [&'static str];

    /// Reads the variant named `tag` from the object's other fields.
    fn variant<D: Deserializer<'de>>(tag: &str, fields: D) -> Result<Self, D::Error>;
}

/// Deserializes `T` from an internally tagged object, tag first fast.
pub(crate) fn deserialize<'de, D: Deserializer<'de>, T: Tagged<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_map(TaggedVisitor(PhantomData))
}

/// The error for a tag `T` does not know.
pub(crate) fn unknown<'de, T: Tagged<'de>, E: de::Error>(tag: &str) -> E {
    E::unknown_variant(tag, T::VARIANTS)
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: Tagged<'de>> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let Some(Key(first)) = map.next_key::<Key<'de>>()? else {
            return Err(de::Error::missing_field(TAG));
        };
        if first == TAG {
            let Key(tag) = map.next_value::<Key<'de>>()?;
            return T::variant(&tag, MapAccessDeserializer::new(map));
        }
        // The tag is elsewhere: gather the object, take the tag out, read the rest.
        let mut fields = serde_json::Map::new();
        fields.insert(first.into_owned(), map.next_value()?);
        while let Some((key, value)) = map.next_entry::<String, serde_json::Value>()? {
            fields.insert(key, value);
        }
        let tag = match fields.remove(TAG) {
            Some(serde_json::Value::String(tag)) => tag,
            Some(_) => return Err(de::Error::custom("the tag `kind` must be a string")),
            None => return Err(de::Error::missing_field(TAG)),
        };
        T::variant(&tag, serde_json::Value::Object(fields)).map_err(de::Error::custom)
    }
}

/// A type read from an externally tagged JSON object: one key, the variant, whose value is
/// the variant's content (`{"session": {"kind": "vote_cast", …}}`).
pub(crate) trait External<'de>: Sized {
    /// What the object is, for error messages: "expected …".
    const EXPECTING: &'static str;
    /// The keys it accepts.
    const VARIANTS: &'static [&'static str];

    /// Reads the variant named `key` from its content.
    fn variant<D: Deserializer<'de>>(key: &str, content: D) -> Result<Self, D::Error>;
}

/// Deserializes `T` from an externally tagged object, refusing any key beside the variant's.
pub(crate) fn deserialize_external<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: External<'de>,
{
    d.deserialize_map(ExternalVisitor(PhantomData))
}

/// The error for a variant `T` does not know.
pub(crate) fn unknown_external<'de, T: External<'de>, E: de::Error>(key: &str) -> E {
    E::unknown_variant(key, T::VARIANTS)
}

struct ExternalVisitor<T>(PhantomData<T>);

impl<'de, T: External<'de>> Visitor<'de> for ExternalVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let Some(Key(key)) = map.next_key::<Key<'de>>()? else {
            return Err(de::Error::invalid_length(0, &self));
        };
        let value = map.next_value_seed(Content::<T> {
            key: &key,
            marker: PhantomData,
        })?;
        match map.next_key::<Key<'de>>()? {
            None => Ok(value),
            Some(Key(extra)) => Err(de::Error::custom(format_args!(
                "unknown field `{extra}` beside `{key}`, expected {}",
                T::EXPECTING
            ))),
        }
    }
}

/// The content of the variant `key`.
struct Content<'k, T> {
    key: &'k str,
    marker: PhantomData<T>,
}

impl<'de, T: External<'de>> de::DeserializeSeed<'de> for Content<'_, T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::variant(self.key, d)
    }
}

/// A key or tag, borrowed from the input when it can be.
struct Key<'de>(Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}
