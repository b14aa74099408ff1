//! Unit tests of the proposal lifecycles.
