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

/// An `I-` tag may only follow a `B-` or `I-` of the same kind.
pub fn allowed(prev: Option<usize>, tag: usize) -> bool {
    match kind_of(tag) {
        Some((kind, false)) => prev.and_then(kind_of).is_some_and(|(k, _)| k == kind),
        _ => true,
    }
}

/// The transition scores with minus infinity where [`allowed`] forbids the step: row `prev` (or `TAGS`
/// for the sentence start), column `tag`. A forbidden step then never wins a comparison, so Viterbi
/// needs no test for it.
fn masked(transitions: &[[f32; TAGS]; TRANSITION_ROWS]) -> [[f32; TAGS]; TRANSITION_ROWS] {
    let mut table = *transitions;
    for (p, row) in table.iter_mut().enumerate() {
        for (t, cell) in row.iter_mut().enumerate() {
            if !allowed((p < TAGS).then_some(p), t) {
                *cell = f32::NEG_INFINITY;
            }
        }
    }
    table
}

/// The row of [`masked`] transitions into the first token of a sentence.
const SENTENCE_START: usize = TAGS;

/// The best tag sequence under emission scores and transition scores (`transitions[TAGS]` is the
/// sentence start) for a sentence whose every token may be part of a name (training). Linear in the
/// sentence length.
pub fn viterbi(emissions: &[[f32; TAGS]], transitions: &[[f32; TAGS]; TRANSITION_ROWS]) -> Vec<usize> {
    let mut tags = vec![0; emissions.len()];
    best_path(emissions, &masked(transitions), SENTENCE_START, false, &mut Vec::new(), &mut tags);
    tags
}

/// Viterbi over one run of tokens that may be part of a name, into `tags`, under [`masked`]
/// transitions: the run enters from transition row `entry` (an `O` token before it, or the sentence
/// start) and, when `exits_to_outside`, leaves into an `O` token. A token that cannot be part of a name
/// is `O` whatever its neighbours, so the runs between such tokens are independent and the tokens
/// outside them need no work at all. Scores are sums of integers, exact in `f32`, and ties go to the
/// lower tag as in one pass over the whole sentence, so the tags are those of that pass. `back` holds
/// the back pointers and is reused from run to run. Scores are finite or minus infinity, so a
/// forbidden step never wins a comparison.
fn best_path(
    emissions: &[[f32; TAGS]],
    transitions: &[[f32; TAGS]; TRANSITION_ROWS],
    entry: usize,
    exits_to_outside: bool,
    back: &mut Vec<[u8; TAGS]>,
    tags: &mut [usize],
) {
    let n = emissions.len();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n, [0; TAGS]);
    let mut score = [f32::NEG_INFINITY; TAGS];
    for t in 0..TAGS {
        score[t] = transitions[entry][t] + emissions[0][t];
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; TAGS];
        for t in 0..TAGS {
            for p in 0..TAGS {
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
    if exits_to_outside {
        for (t, s) in score.iter_mut().enumerate() {
            *s += transitions[t][0];
        }
    }
    let mut best = 0;
    for t in 1..TAGS {
        if score[t] > score[best] {
            best = t;
        }
    }
    tags[n - 1] = best;
    for i in (1..n).rev() {
        tags[i - 1] = back[i][tags[i]] as usize;
    }
}

/// Quantized weights: `emission[feature & mask]` and the transition table. A row holds the weights of
/// the seven tags as 4-bit nibbles biased by 8 (`w + 8`, so 0..=15; tag `t` at bits `4t`), padded to
/// eight nibbles: one `u32` per feature, summed four lanes at a time (see [`Emission`]).
/// Half the size of a byte a weight: the table is read at random, and it now stays in the processor's
/// cache far more often.
pub struct Model {
    mask: u32,
    emission: Vec<u32>,
    /// The [`masked`] transition scores.
    transitions: [[f32; TAGS]; TRANSITION_ROWS],
}

/// Buffers reused from sentence to sentence by [`Model::tag_with`].
#[derive(Default)]
pub struct Scratch {
    emissions: Vec<[f32; TAGS]>,
    back: Vec<[u8; TAGS]>,
    tags: Vec<usize>,
}

/// The compiled-in model, decoded on first use.
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::decode(include_bytes!("../../data/entities/tagger.bin")))
}

/// The nibbles of a row lifted into 8-bit lanes: even tags in one word, odd tags (shifted) in the other.
const LOW_NIBBLES: u32 = 0x0f0f_0f0f;

/// At most this many features are summed in 8-bit lanes before the lanes are emptied: 17 biased
/// nibbles of at most 15 stay below 256, so no lane carries into the next.
const LANE_CHUNK: u32 = 17;

/// The weights a nibble can hold.
const NIBBLE_WEIGHTS: std::ops::RangeInclusive<i8> = -8..=7;

impl Model {
    /// Reads the weights file: `ALT1`, buckets (u32 LE, a power of two), `TRANSITION_ROWS * TAGS`
    /// transition bytes, then `buckets * TAGS` emission bytes, all i8, the emission weights within
    /// -8..=7 (the training rounds them to -5..=5). A malformed file gives a model that tags nothing.
    pub fn decode(bytes: &[u8]) -> Model {
        let empty = Model { mask: 0, emission: Vec::new(), transitions: masked(&[[0.0; TAGS]; TRANSITION_ROWS]) };
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
        let mut emission = Vec::with_capacity(buckets);
        for row in rest[table..].chunks_exact(TAGS) {
            // the eighth nibble pads the row with the bias alone
            let mut packed = 8u32 << (4 * TAGS);
            let mut fits = true;
            for (t, &b) in row.iter().enumerate() {
                fits &= NIBBLE_WEIGHTS.contains(&(b as i8));
                packed |= u32::from((b as i8).wrapping_add(8) as u8 & 0x0f) << (4 * t);
            }
            if !fits {
                return empty;
            }
            emission.push(packed);
        }
        Model { mask: buckets as u32 - 1, emission, transitions: masked(&transitions) }
    }

    /// Tags one sentence given its features (`starts[k]..starts[k + 1]` for token `k`).
    pub fn tag(&self, features: &[u32], starts: &[usize]) -> Vec<usize> {
        self.tag_with(features, starts, &mut Scratch::default()).to_vec()
    }

    /// [`Model::tag`] with buffers reused across sentences.
    pub fn tag_with<'s>(&self, features: &[u32], starts: &[usize], scratch: &'s mut Scratch) -> &'s [usize] {
        let n = starts.len().saturating_sub(1);
        let features_of = |k: usize, e: &mut Emission| {
            let of_token = &features[starts[k]..starts[k + 1]];
            of_token.iter().for_each(|&f| e.add(f));
            !of_token.is_empty()
        };
        self.tag_sentence(n, features_of, scratch)
    }

    /// Tags a sentence of `n` tokens whose features `features_of(k, emission)` gives token by token
    /// into `emission`, returning false for a token without features. Such a token cannot be part of
    /// a name and is `O`; the runs of tokens between such tokens are tagged one by one (`best_path`).
    pub fn tag_sentence<'s>(
        &self,
        n: usize,
        mut features_of: impl FnMut(usize, &mut Emission) -> bool,
        scratch: &'s mut Scratch,
    ) -> &'s [usize] {
        scratch.tags.clear();
        scratch.tags.resize(n, 0);
        if self.emission.is_empty() {
            return &scratch.tags;
        }
        let mut k = 0;
        while k < n {
            let first = k;
            scratch.emissions.clear();
            while k < n {
                let mut emission = Emission::new(self);
                if !features_of(k, &mut emission) {
                    break;
                }
                scratch.emissions.push(emission.scores());
                k += 1;
            }
            if k > first {
                let entry = if first == 0 { SENTENCE_START } else { 0 };
                let tags = &mut scratch.tags[first..k];
                best_path(&scratch.emissions, &self.transitions, entry, k < n, &mut scratch.back, tags);
            }
            // token `k`, if any, has no features
            k += 1;
        }
        &scratch.tags
    }

    /// The summed weights of one token's features, per tag.
    #[cfg(test)]
    fn emission_scores(&self, features: &[u32]) -> [f32; TAGS] {
        let mut emission = Emission::new(self);
        features.iter().for_each(|&f| emission.add(f));
        emission.scores()
    }
}

/// The weights of one token's features, summed as the features come ([`Model::tag_sentence`]). The
/// biased nibbles of a row are added in 8-bit lanes (even tags and odd tags, four lanes to a `u32`) and
/// the bias taken off every `LANE_CHUNK` features: the same integers as summing the signed weights
/// one by one.
pub struct Emission<'m> {
    model: &'m Model,
    sums: [i32; TAGS],
    even: u32,
    odd: u32,
    in_lanes: u32,
}

impl<'m> Emission<'m> {
    fn new(model: &'m Model) -> Self {
        Emission { model, sums: [0; TAGS], even: 0, odd: 0, in_lanes: 0 }
    }

    /// Adds the weights of one feature.
    pub fn add(&mut self, feature: u32) {
        let row = self.model.emission[(feature & self.model.mask) as usize];
        self.even += row & LOW_NIBBLES;
        self.odd += (row >> 4) & LOW_NIBBLES;
        self.in_lanes += 1;
        if self.in_lanes == LANE_CHUNK {
            self.empty_lanes();
        }
    }

    fn empty_lanes(&mut self) {
        let bias = 8 * self.in_lanes as i32;
        for (t, sum) in self.sums.iter_mut().enumerate() {
            let lanes = if t % 2 == 0 { self.even } else { self.odd };
            *sum += ((lanes >> (8 * (t / 2))) & 0xff) as i32 - bias;
        }
        (self.even, self.odd, self.in_lanes) = (0, 0, 0);
    }

    /// The scores of the tags.
    fn scores(mut self) -> [f32; TAGS] {
        self.empty_lanes();
        // a plain loop: `array::from_fn` stays an out-of-line iterator in WebAssembly
        let mut scores = [0.0; TAGS];
        for (score, &sum) in scores.iter_mut().zip(&self.sums) {
            *score = sum as f32;
        }
        scores
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
    fn the_shipped_weights_fit_in_nibbles_and_score_as_signed_sums() {
        let bytes = include_bytes!("../../data/entities/tagger.bin");
        let m = model();
        assert!(!m.emission.is_empty(), "the compiled-in weights decode");
        // a feature's scores are its weights, and two features' scores their sums, as signed bytes
        let table = 8 + TRANSITION_ROWS * TAGS;
        let weights = |f: usize| -> Vec<f32> { (0..TAGS).map(|t| f32::from(bytes[table + f * TAGS + t] as i8)).collect() };
        for f in [0usize, 1, 77, 4095, (m.mask as usize) / 2, m.mask as usize] {
            assert_eq!(m.emission_scores(&[f as u32]).to_vec(), weights(f), "feature {f}");
            let g = (f * 7919 + 13) & m.mask as usize;
            let both: Vec<f32> = weights(f).iter().zip(weights(g)).map(|(a, b)| a + b).collect();
            assert_eq!(m.emission_scores(&[f as u32, g as u32]).to_vec(), both);
        }
        // more features than one chunk of lanes holds
        let many: Vec<u32> = (0..100).map(|k| (k * 2654435761u32) & m.mask).collect();
        let expected: Vec<f32> = (0..TAGS)
            .map(|t| many.iter().map(|&f| f32::from(bytes[table + f as usize * TAGS + t] as i8)).sum())
            .collect();
        assert_eq!(m.emission_scores(&many).to_vec(), expected);
    }

    #[test]
    fn tagging_the_runs_of_name_tokens_alone_equals_one_pass_over_the_sentence() {
        // a small random model; a token without features scores -1e9 for every tag but `O` in the one pass
        let mut seed = 0x2545_f491u32;
        let mut random = |below: u32| {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (seed >> 8) % below
        };
        for _ in 0..300 {
            let mut transitions = [[0.0; TAGS]; TRANSITION_ROWS];
            for cell in transitions.iter_mut().flatten() {
                *cell = random(11) as f32 - 5.0;
            }
            let emission: Vec<u32> = (0..16).map(|_| (0..TAGS).fold(8 << (4 * TAGS), |row, t| row | random(16) << (4 * t))).collect();
            let model = Model { mask: 15, emission, transitions: masked(&transitions) };
            let n = 1 + random(12) as usize;
            let (mut features, mut starts, mut one_pass) = (Vec::new(), vec![0], Vec::new());
            for _ in 0..n {
                let count = random(4) as usize;
                let token: Vec<u32> = (0..count).map(|_| random(16)).collect();
                one_pass.push(match count {
                    0 => [0.0, -1e9, -1e9, -1e9, -1e9, -1e9, -1e9],
                    _ => model.emission_scores(&token),
                });
                features.extend(token);
                starts.push(features.len());
            }
            assert_eq!(model.tag(&features, &starts), viterbi(&one_pass, &transitions), "{starts:?} {features:?}");
        }
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
