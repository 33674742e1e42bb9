//! A small, fast, deterministic hasher for the maps and sets of short words and integers that the
//! stages look up once or more per token, where the standard SipHash costs more than the rest of the
//! lookup.
//!
//! It reads eight bytes at a time (multiply and rotate, as in rustc's FxHash) and folds the high half
//! into the low at the end, because the table takes its bucket from the low bits. Not for untrusted
//! keys where collisions would matter for security; here a collision only costs time. The maps are
//! only looked up, never iterated, so the hash values never reach the output.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// An odd constant with well-mixed bits (from FxHash).
const K: u64 = 0x517c_c1b7_2722_0a95;

#[derive(Default)]
pub struct FastHasher(u64);

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // byte by byte: a copy of a variable length would call memcpy, which costs more in WASM
            let word = rest.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b));
            // the length keeps "a" and "a\0" apart
            self.add(word ^ (rest.len() as u64) << 59);
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;
