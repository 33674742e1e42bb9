//! The statistical tagger: a first-order model over BIO tags (`O`, `B-`/`I-` of PERSON, ORG, LOC) whose
//! emission weights are indexed by hashed features ([`super::features`]), decoded with Viterbi.
//!
//! Weights come from `data/entities/tagger.bin`, written by `examples/train_tagger.rs` (a structured
//! averaged perceptron) and compiled in; they are decoded once, on first use. This module does not
//! clean spans or group names; see [`super::spans`] and [`super::grouping`].

use std::sync::OnceLock;

use super::EntityKind;

/// Number of tags: `O`, then `B`/`I` for each of PERSON, ORG, LOC.
pub const TAGS: usize = 7;
/// Rows of the transition table: one per previous tag, plus the sentence start.
pub const TRANSITION_ROWS: usize = TAGS + 1;
/// First bytes of the weights file.
pub const MAGIC: &[u8; 4] = b"ALT1";

/// The tag that begins (`begin`) or continues an entity of `kind`.
pub fn tag_of(kind: EntityKind, begin: bool) -> usize {
    let base = match kind {
        EntityKind::Person => 1,
        EntityKind::Org => 3,
        EntityKind::Loc => 5,
    };
    if begin { base } else { base + 1 }
}

/// The kind of a tag and whether it begins an entity; `None` for `O`.
pub fn kind_of(tag: usize) -> Option<(EntityKind, bool)> {
    let kind = match tag {
        1 | 2 => EntityKind::Person,
        3 | 4 => EntityKind::Org,
        5 | 6 => EntityKind::Loc,
        _ => return None,
    };
    Some((kind, tag % 2 == 1))
}

/// Emission scores of a token without features, which cannot be part of a name: `O` only.
pub const OUTSIDE_ONLY: [f32; TAGS] = [0.0, -1e9, -1e9, -1e9, -1e9, -1e9, -1e9];

/// An `I-` tag may only follow a `B-` or `I-` of the same kind.
pub fn allowed(prev: Option<usize>, tag: usize) -> bool {
    match kind_of(tag) {
        Some((kind, false)) => prev.and_then(kind_of).is_some_and(|(k, _)| k == kind),
        _ => true,
    }
}

/// [`allowed`] as a table: row `prev` (or `TAGS` for the sentence start), column `tag`.
fn allowed_table() -> [[bool; TAGS]; TRANSITION_ROWS] {
    let mut table = [[false; TAGS]; TRANSITION_ROWS];
    for (p, row) in table.iter_mut().enumerate() {
        for (t, cell) in row.iter_mut().enumerate() {
            *cell = allowed((p < TAGS).then_some(p), t);
        }
    }
    table
}

/// The best tag sequence under emission scores and transition scores (`transitions[TAGS]` is the
/// sentence start). Linear in the sentence length.
pub fn viterbi(emissions: &[[f32; TAGS]], transitions: &[[f32; TAGS]; TRANSITION_ROWS]) -> Vec<usize> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let allowed = allowed_table();
    let mut back = vec![[0u8; TAGS]; n];
    let mut score = [f32::NEG_INFINITY; TAGS];
    for t in 0..TAGS {
        if allowed[TAGS][t] {
            score[t] = transitions[TAGS][t] + emissions[0][t];
        }
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; TAGS];
        if emissions[i] == OUTSIDE_ONLY {
            // only `O` can follow: one column instead of the whole table
            let (best, s) = (0..TAGS).map(|p| (p, score[p] + transitions[p][0])).fold((0, f32::NEG_INFINITY), |a, b| if b.1 > a.1 { b } else { a });
            next[0] = s;
            back[i][0] = best as u8;
            score = next;
            continue;
        }
        for t in 0..TAGS {
            for p in 0..TAGS {
                if !allowed[p][t] || score[p] == f32::NEG_INFINITY {
                    continue;
                }
                let s = score[p] + transitions[p][t];
                if s > next[t] {
                    next[t] = s;
                    back[i][t] = p as u8;
                }
            }
            next[t] += emissions[i][t];
        }
        score = next;
    }
    let mut best = 0;
    for t in 1..TAGS {
        if score[t] > score[best] {
            best = t;
        }
    }
    let mut tags = vec![0; n];
    tags[n - 1] = best;
    for i in (1..n).rev() {
        tags[i - 1] = back[i][tags[i]] as usize;
    }
    tags
}

/// Quantized weights: `emission[feature & mask][tag]` and the transition table. Rows are padded to
/// eight bytes so that one feature's weights never straddle a cache line.
pub struct Model {
    mask: u32,
    emission: Vec<[i8; 8]>,
    transitions: [[f32; TAGS]; TRANSITION_ROWS],
}

/// The compiled-in model, decoded on first use.
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::decode(include_bytes!("../../data/entities/tagger.bin")))
}

impl Model {
    /// Reads the weights file: `ALT1`, buckets (u32 LE, a power of two), `TRANSITION_ROWS * TAGS`
    /// transition bytes, then `buckets * TAGS` emission bytes, all i8. A malformed file gives a model
    /// that tags nothing.
    pub fn decode(bytes: &[u8]) -> Model {
        let empty = Model { mask: 0, emission: Vec::new(), transitions: [[0.0; TAGS]; TRANSITION_ROWS] };
        let Some(rest) = bytes.strip_prefix(MAGIC.as_slice()) else { return empty };
        let Some((head, rest)) = rest.split_first_chunk::<4>() else { return empty };
        let buckets = u32::from_le_bytes(*head) as usize;
        let table = TRANSITION_ROWS * TAGS;
        if !buckets.is_power_of_two() || rest.len() != table + buckets * TAGS {
            return empty;
        }
        let mut transitions = [[0.0; TAGS]; TRANSITION_ROWS];
        for (k, &b) in rest[..table].iter().enumerate() {
            transitions[k / TAGS][k % TAGS] = f32::from(b as i8);
        }
        let emission = rest[table..]
            .chunks_exact(TAGS)
            .map(|row| {
                let mut padded = [0i8; 8];
                for (p, &b) in padded.iter_mut().zip(row) {
                    *p = b as i8;
                }
                padded
            })
            .collect();
        Model { mask: buckets as u32 - 1, emission, transitions }
    }

    /// Tags one sentence given its features (`starts[k]..starts[k + 1]` for token `k`).
    pub fn tag(&self, features: &[u32], starts: &[usize]) -> Vec<usize> {
        let n = starts.len().saturating_sub(1);
        if self.emission.is_empty() {
            return vec![0; n];
        }
        let emissions: Vec<[f32; TAGS]> = (0..n)
            .map(|k| {
                if starts[k] == starts[k + 1] {
                    return OUTSIDE_ONLY;
                }
                // |weight| <= 127 and a token has well under 250 features: i16 sums cannot overflow
                let mut sums = [0i16; 8];
                for &f in &features[starts[k]..starts[k + 1]] {
                    let row = &self.emission[(f & self.mask) as usize];
                    for (s, &w) in sums.iter_mut().zip(row) {
                        *s = s.wrapping_add(i16::from(w));
                    }
                }
                std::array::from_fn(|t| sums[t] as f32)
            })
            .collect();
        viterbi(&emissions, &self.transitions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viterbi_respects_the_bio_constraint() {
        // the emissions prefer I-PER at the start, which is not allowed
        let mut e = [[0.0; TAGS]; 2];
        e[0][2] = 5.0;
        e[0][1] = 1.0;
        e[1][2] = 3.0;
        let tags = viterbi(&e, &[[0.0; TAGS]; TRANSITION_ROWS]);
        assert_eq!(tags, [1, 2]);
    }

    #[test]
    fn malformed_weights_give_an_empty_model() {
        for bytes in [&b""[..], b"ALT1", b"ALT1\x03\x00\x00\x00", b"XXXXXXXXXXXX"] {
            let m = Model::decode(bytes);
            assert_eq!(m.tag(&[1, 2], &[0, 1, 2]), [0, 0]);
        }
    }

    #[test]
    fn tags_round_trip() {
        for kind in [EntityKind::Person, EntityKind::Org, EntityKind::Loc] {
            assert_eq!(kind_of(tag_of(kind, true)), Some((kind, true)));
            assert_eq!(kind_of(tag_of(kind, false)), Some((kind, false)));
        }
    }
}
