//! Trains the entity tagger and writes its quantized weights, run by hand (the build only reads them):
//!
//! `cargo run --release --example train_tagger -- data/entities/tagger.bin BUCKETS_LOG2 EPOCHS RUNS LEVELS TRAIN.jsonl[:REPEAT]...`
//!
//! A structured averaged perceptron over the BIO tags of `article_lens::entities::tagger`, with the very
//! features the analyzer computes at run time. Training files are in the gold format of the evaluation
//! sets (`text` and `entities` with UTF-16 offsets); `:REPEAT` shows a file that many times per epoch.
//! The perceptron depends much on the order it sees the sentences in (one shuffle to the next moves F1
//! on a dev set by several points), so `RUNS` perceptrons are trained on different shuffles and their
//! weights averaged: the model is as large and as fast, and far less a matter of luck.
//! Weights are rounded to the integers `-LEVELS..=LEVELS` (at most 127): fewer levels compress better.
//! See `data/entities/SOURCE.md` for the command that built the shipped weights.

#[path = "support/jsonl.rs"]
mod jsonl;

use article_lens::entities::features::{sentence_features, TokenInfo};
use article_lens::entities::tagger::{tag_of, viterbi, MAGIC, TAGS, TRANSITION_ROWS};
use article_lens::entities::EntityKind;
use article_lens::tokens::Document;
use serde_json::Value;

/// One training sentence: feature ids per token and gold tags.
struct Sentence {
    features: Vec<u32>,
    starts: Vec<usize>,
    gold: Vec<usize>,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 6 {
        eprintln!("usage: train_tagger OUT.bin BUCKETS_LOG2 EPOCHS RUNS LEVELS TRAIN.jsonl[:REPEAT]...");
        std::process::exit(2);
    }
    let out = &args[0];
    let buckets = 1usize << args[1].parse::<u32>().expect("BUCKETS_LOG2");
    let epochs: usize = args[2].parse().expect("EPOCHS");
    let runs: usize = args[3].parse::<usize>().expect("RUNS").max(1);
    let levels: f32 = args[4].parse::<u8>().expect("LEVELS").clamp(1, 127).into();
    let mut sentences = Vec::new();
    let mut order = Vec::new();
    for spec in &args[5..] {
        let (path, repeat) = match spec.rsplit_once(':') {
            Some((p, r)) if r.parse::<usize>().is_ok() => (p, r.parse().unwrap_or(1)),
            _ => (spec.as_str(), 1),
        };
        let first = sentences.len();
        read_file(path, &mut sentences);
        eprintln!("{path}: {} sentences x{repeat}", sentences.len() - first);
        for _ in 0..repeat {
            order.extend(first..sentences.len());
        }
    }
    let mut emission = vec![0f32; buckets * TAGS];
    let mut transitions = [[0f32; TAGS]; TRANSITION_ROWS];
    for run in 0..runs {
        // run 0 keeps the seed of the single-run trainer
        let seed = 0x2545_f491_4f6c_dd1du64 ^ (run as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let (e, t) = train(&sentences, &mut order, buckets, epochs, seed);
        for (sum, w) in emission.iter_mut().zip(&e) {
            *sum += w / runs as f32;
        }
        for (sums, ws) in transitions.iter_mut().zip(&t) {
            for (sum, w) in sums.iter_mut().zip(ws) {
                *sum += w / runs as f32;
            }
        }
    }
    let bytes = quantize(&emission, &transitions, buckets, levels);
    std::fs::write(out, &bytes).unwrap_or_else(|e| panic!("{out}: {e}"));
    let nonzero = bytes.iter().skip(8).filter(|&&b| b != 0).count();
    eprintln!("wrote {out}: {} bytes, {nonzero} non-zero", bytes.len());
}

fn read_file(path: &str, sentences: &mut Vec<Sentence>) {
    for record in jsonl::records(path) {
        let text = record["text"].as_str().unwrap_or("");
        let doc = Document::new(text);
        let gold = gold_tags(&doc, &record["entities"]);
        let info = TokenInfo::new(&doc);
        for s in &doc.sentences {
            let mut features = Vec::new();
            let mut starts = Vec::new();
            sentence_features(&doc, &info, s.tokens.clone(), true, &mut features, &mut starts);
            let mut tags = gold[s.tokens.clone()].to_vec();
            // an entity cut by a sentence split begins again in the next sentence
            if let Some(t) = tags.first_mut() {
                if *t != 0 && *t % 2 == 0 {
                    *t -= 1;
                }
            }
            sentences.push(Sentence { features, starts, gold: tags });
        }
    }
}

/// BIO tags of every token from the gold spans (UTF-16 offsets); tokens cut by a span edge stay `O`.
fn gold_tags(doc: &Document, entities: &Value) -> Vec<usize> {
    let mut byte_of_unit = Vec::with_capacity(doc.text.len() + 1);
    for (b, c) in doc.text.char_indices() {
        for _ in 0..c.len_utf16() {
            byte_of_unit.push(b);
        }
    }
    byte_of_unit.push(doc.text.len());
    let mut tags = vec![0; doc.tokens.len()];
    for e in entities.as_array().map(Vec::as_slice).unwrap_or(&[]) {
        let kind = match e["type"].as_str() {
            Some("PERSON") => EntityKind::Person,
            Some("ORG") => EntityKind::Org,
            Some("LOC") => EntityKind::Loc,
            _ => continue,
        };
        let unit = |k: &str| e[k].as_u64().and_then(|u| byte_of_unit.get(u as usize).copied());
        let (Some(start), Some(end)) = (unit("start"), unit("end")) else { continue };
        let inside: Vec<usize> =
            (0..doc.tokens.len()).filter(|&i| doc.tokens[i].start >= start && doc.tokens[i].end <= end).collect();
        for (k, &i) in inside.iter().enumerate() {
            tags[i] = tag_of(kind, k == 0);
        }
    }
    tags
}

/// Structured averaged perceptron, shuffling with `seed`; returns averaged emission and transition weights.
fn train(
    sentences: &[Sentence],
    order: &mut [usize],
    buckets: usize,
    epochs: usize,
    mut seed: u64,
) -> (Vec<f32>, [[f32; TAGS]; TRANSITION_ROWS]) {
    let mask = buckets as u32 - 1;
    let mut w = vec![0f32; buckets * TAGS];
    let mut u = vec![0f32; buckets * TAGS];
    let mut tw = [[0f32; TAGS]; TRANSITION_ROWS];
    let mut tu = [[0f32; TAGS]; TRANSITION_ROWS];
    let mut c = 1f32;
    for epoch in 0..epochs {
        shuffle(order, &mut seed);
        let mut errors = 0usize;
        let mut tokens = 0usize;
        for &s in order.iter() {
            let s = &sentences[s];
            let n = s.gold.len();
            let emissions: Vec<[f32; TAGS]> = (0..n)
                .map(|k| {
                    let mut sums = [0f32; TAGS];
                    for &f in &s.features[s.starts[k]..s.starts[k + 1]] {
                        let row = (f & mask) as usize * TAGS;
                        for t in 0..TAGS {
                            sums[t] += w[row + t];
                        }
                    }
                    sums
                })
                .collect();
            let pred = viterbi(&emissions, &tw);
            tokens += n;
            for k in 0..n {
                let (g, p) = (s.gold[k], pred[k]);
                if g != p {
                    errors += 1;
                    for &f in &s.features[s.starts[k]..s.starts[k + 1]] {
                        let row = (f & mask) as usize * TAGS;
                        w[row + g] += 1.0;
                        u[row + g] += c;
                        w[row + p] -= 1.0;
                        u[row + p] -= c;
                    }
                }
                let (gp, pp) = if k == 0 { (TAGS, TAGS) } else { (s.gold[k - 1], pred[k - 1]) };
                if (gp, g) != (pp, p) {
                    tw[gp][g] += 1.0;
                    tu[gp][g] += c;
                    tw[pp][p] -= 1.0;
                    tu[pp][p] -= c;
                }
            }
            c += 1.0;
        }
        eprintln!("epoch {}: {:.4} token error rate", epoch + 1, errors as f32 / tokens.max(1) as f32);
    }
    let avg: Vec<f32> = w.iter().zip(&u).map(|(w, u)| w - u / c).collect();
    let mut tavg = [[0f32; TAGS]; TRANSITION_ROWS];
    for r in 0..TRANSITION_ROWS {
        for t in 0..TAGS {
            tavg[r][t] = tw[r][t] - tu[r][t] / c;
        }
    }
    (avg, tavg)
}

/// Fisher-Yates with a fixed xorshift seed, so training is reproducible.
fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// Scales weights so that the 99.9th percentile of their magnitudes maps to `levels`, clips, rounds.
fn quantize(emission: &[f32], transitions: &[[f32; TAGS]; TRANSITION_ROWS], buckets: usize, levels: f32) -> Vec<u8> {
    let mut mags: Vec<f32> = emission.iter().map(|w| w.abs()).filter(|&m| m > 0.0).collect();
    mags.sort_by(f32::total_cmp);
    let top = mags.get(mags.len() * 999 / 1000).copied().unwrap_or(1.0).max(1e-6);
    let q = |w: f32| ((w * levels / top).round().clamp(-levels, levels) as i8) as u8;
    let mut bytes = MAGIC.to_vec();
    bytes.extend((buckets as u32).to_le_bytes());
    for row in transitions {
        bytes.extend(row.iter().map(|&w| q(w)));
    }
    bytes.extend(emission.iter().map(|&w| q(w)));
    bytes
}
