//! Unit tests of deputies' work.
