//! A sentence model for directives the cue rules miss.
//!
//! The rules are precise but miss instructions written in ways no cue
//! list foresees (bare task lists, headlines, items after a colon that
//! never came). A logistic regression over a sentence's words and word
//! pairs, trained on the labelled articles, catches many of them; it only
//! adds sentences the rules left out, and only above a threshold.
//!
//! The weights are data: `dictionaries/directive_model.tsv` (header
//! `feature\tweight`; the row `@threshold` holds the decision threshold),
//! written by `chidao train` from gold JSON Lines.

use crate::normalize::is_word_char;
use rustc_hash::{FxHashMap, FxHasher};
use std::collections::HashMap;
use std::hash::Hasher;

/// Feature weights, by the hash of the feature's name, and the probability
/// above which a sentence is taken. (Hashes, not names: a sentence's
/// features are looked up without building or sorting strings.)
#[derive(Debug, Clone, Default)]
pub struct Model {
    weights: FxHashMap<u64, f32>,
    /// `None` when no model was loaded: nothing is added.
    pub threshold: Option<f32>,
}

pub const THRESHOLD_KEY: &str = "@threshold";

/// The hash of one word (or a feature's prefix).
fn word_hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

/// Feature prefixes, shared by `each_feature` and `hash`: the first word
/// pair, any pair, the first three words, any word.
const FIRST_PAIR: &str = "sb=";
const PAIR: &str = "b=";
const OPENING: [&str; 3] = ["s0=", "s1=", "s2="];
const WORD: &str = "u=";

/// A feature's hash from its prefix and its words' hashes: a sentence's
/// words are hashed once, whatever the features they are part of, and no
/// feature name is written out.
fn feature_hash(prefix: &str, words: &[u64]) -> u64 {
    let mut h = FxHasher::default();
    h.write_u64(word_hash(prefix));
    for &w in words {
        h.write_u64(w);
    }
    h.finish()
}

/// The hash of a feature by its name, as `each_feature` names it.
fn hash(feature: &str) -> u64 {
    for p in [FIRST_PAIR, PAIR] {
        if let Some((a, b)) = feature.strip_prefix(p).and_then(|r| r.split_once('_')) {
            return feature_hash(p, &[word_hash(a), word_hash(b)]);
        }
    }
    for p in OPENING.into_iter().chain([WORD]) {
        if let Some(w) = feature.strip_prefix(p) {
            return feature_hash(p, &[word_hash(w)]);
        }
    }
    feature_hash(feature, &[])
}

/// Every feature of one sentence, once or more, in no particular order, as
/// a prefix and words (its name is the prefix, then the words joined by
/// "_"; words never hold a "_"). Each word is given as `word` makes it.
/// `folded` is the sentence's lower-cased normalized text.
fn each_feature<'s, W: Copy>(
    folded: &'s str,
    title: bool,
    word: impl Fn(&'s str) -> W,
    mut emit: impl FnMut(&str, &[W]),
) {
    emit("bias", &[]);
    emit(if title { "sec=title" } else { "sec=body" }, &[]);
    let words = folded
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(word);
    // The opening words say most: an imperative verb, a connective, a
    // subject.
    let mut prev: Option<W> = None;
    for (k, w) in words.enumerate() {
        if k < 3 {
            emit(OPENING[k], &[w]);
        }
        if let Some(p) = prev {
            if k == 1 {
                emit(FIRST_PAIR, &[p, w]);
            }
            emit(PAIR, &[p, w]);
        }
        emit(WORD, &[w]);
        prev = Some(w);
    }
    let t = folded.trim_start();
    let numbered = t
        .find(|c: char| !c.is_ascii_digit())
        .is_some_and(|i| i > 0 && t[i..].starts_with(['.', ')']));
    if t.starts_with(['-', '+', '•']) || numbered {
        emit("listitem", &[]);
    }
    if folded.contains('"') {
        emit("quote", &[]);
    }
}

/// The features of one sentence by name, sorted and distinct.
pub fn features(folded: &str, title: bool) -> Vec<String> {
    let mut out = Vec::new();
    each_feature(
        folded,
        title,
        |w| w,
        |prefix, words| out.push(format!("{prefix}{}", words.join("_"))),
    );
    out.sort();
    out.dedup();
    out
}

impl Model {
    /// Add a feature's weight (two model files add up, as two models'
    /// votes).
    pub fn add(&mut self, feature: &str, weight: f32) {
        *self.weights.entry(hash(feature)).or_default() += weight;
    }

    /// The probability that a sentence is a directive.
    pub fn probability(&self, folded: &str, title: bool) -> f32 {
        let mut hashes = Vec::with_capacity(64);
        each_feature(folded, title, word_hash, |prefix, words| {
            hashes.push(feature_hash(prefix, words))
        });
        hashes.sort_unstable();
        hashes.dedup();
        let z: f32 = hashes.iter().filter_map(|h| self.weights.get(h)).sum();
        sigmoid(z)
    }

    /// True when the model takes the sentence.
    pub fn accepts(&self, p: f32) -> bool {
        self.threshold.is_some_and(|t| p >= t)
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp())
}

/// Weights by feature name, as trained.
pub struct Trained {
    pub weights: HashMap<String, f32>,
}

impl Trained {
    pub fn model(&self, threshold: f32) -> Model {
        let mut m = Model {
            threshold: Some(threshold),
            ..Model::default()
        };
        for (k, &v) in &self.weights {
            m.add(k, v);
        }
        m
    }
}

/// One labelled sentence for training.
pub struct Example {
    pub folded: String,
    pub title: bool,
    pub directive: bool,
}

/// The body and headline sentences of a labelled article, each marked by
/// whether a gold directive overlaps it (gold spans are code points of the
/// text as given).
pub fn examples(
    p: &crate::Pipeline,
    text: &str,
    gold: &[crate::eval::GoldDirective],
) -> Vec<Example> {
    use crate::sentence::Section;
    let a = p.analyse(text.to_string());
    let idx = crate::normalize::CpIndex::new(&a.original);
    a.sentences
        .iter()
        .filter(|s| matches!(s.section, Section::Body | Section::Title))
        .map(|s| {
            let (start, end) = a.code_points(&idx, s.span);
            Example {
                folded: a.norm.folded[s.span.start..s.span.end].to_string(),
                title: s.section == Section::Title,
                directive: gold.iter().any(|g| g.start < end && start < g.end),
            }
        })
        .collect()
}

/// What a training run learnt from, and the weights.
pub struct TrainRun {
    pub trained: Trained,
    pub articles: usize,
    pub sentences: usize,
    pub directives: usize,
}

/// Train on labelled articles (an article given twice, by id, counts once),
/// their sentences read in parallel by the pipeline.
pub fn train_on_gold(
    p: &crate::Pipeline,
    docs: &[crate::eval::GoldDoc],
    epochs: usize,
    l2: f32,
) -> TrainRun {
    use rayon::prelude::*;
    let mut seen = std::collections::HashSet::new();
    let docs: Vec<&crate::eval::GoldDoc> = docs.iter().filter(|d| seen.insert(&d.id)).collect();
    let examples: Vec<Example> = docs
        .par_iter()
        .flat_map_iter(|d| examples(p, &d.text, d.directives.as_deref().unwrap_or(&[])))
        .collect();
    TrainRun {
        trained: train(&examples, epochs, 0.2, l2, 42),
        articles: docs.len(),
        sentences: examples.len(),
        directives: examples.iter().filter(|x| x.directive).count(),
    }
}

/// Logistic regression by stochastic gradient descent, in an order fixed
/// by `seed`, so the same data give the same weights.
pub fn train(examples: &[Example], epochs: usize, rate: f32, l2: f32, seed: u64) -> Trained {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    let rows: Vec<Vec<usize>> = examples
        .iter()
        .map(|x| {
            features(&x.folded, x.title)
                .into_iter()
                .map(|f| {
                    *index.entry(f.clone()).or_insert_with(|| {
                        names.push(f);
                        names.len() - 1
                    })
                })
                .collect()
        })
        .collect();
    let mut w = vec![0f32; names.len()];
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut state = seed | 1;
    for _ in 0..epochs {
        // Fisher–Yates with xorshift64: deterministic and dependency-free.
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for &i in &order {
            let z: f32 = rows[i].iter().map(|&f| w[f]).sum();
            let g = sigmoid(z) - if examples[i].directive { 1.0 } else { 0.0 };
            for &f in &rows[i] {
                w[f] -= rate * (g + l2 * w[f]);
            }
        }
    }
    Trained {
        weights: names.into_iter().zip(w).collect(),
    }
}

/// The model as a dictionary file: weights rounded, near-zero ones left
/// out, sorted by feature so the file diffs cleanly.
pub fn to_tsv(m: &Trained, threshold: f32, comment: &str) -> String {
    let mut rows: Vec<(&String, f32)> = m
        .weights
        .iter()
        .map(|(k, &v)| (k, (v * 1e4).round() / 1e4))
        .filter(|(_, v)| v.abs() >= 0.005)
        .collect();
    rows.sort_by(|a, b| a.0.cmp(b.0));
    let mut s = String::new();
    for line in comment.lines() {
        s.push_str("# ");
        s.push_str(line);
        s.push('\n');
    }
    s.push_str("feature\tweight\n");
    s.push_str(&format!("{THRESHOLD_KEY}\t{threshold}\n"));
    for (k, v) in rows {
        s.push_str(&format!("{k}\t{v}\n"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feature_hashed_from_its_words_has_its_name_s_hash() {
        let sentence = "1. giao sở y tế, \"khẩn trương\" triển khai";
        let mut seen = Vec::new();
        each_feature(sentence, false, word_hash, |prefix, words| {
            seen.push(feature_hash(prefix, words))
        });
        let by_name: Vec<u64> = features(sentence, false).iter().map(|f| hash(f)).collect();
        assert!(by_name.len() > 10);
        assert!(by_name.iter().all(|h| seen.contains(h)));
        assert!(seen.iter().all(|h| by_name.contains(h)));
        assert!(features(sentence, false).contains(&"b=giao_sở".to_string()));
        assert!(features(sentence, false).contains(&"sb=1_giao".to_string()));
    }

    #[test]
    fn features_are_distinct_and_sorted() {
        let names = features("- đẩy mạnh, đẩy mạnh tuyên truyền", false);
        assert!(names.contains(&"s0=đẩy".to_string()));
        assert!(names.contains(&"sb=đẩy_mạnh".to_string()));
        assert!(names.contains(&"b=mạnh_tuyên".to_string()));
        assert!(names.contains(&"listitem".to_string()));
        assert_eq!(names.iter().filter(|n| *n == "u=đẩy").count(), 1);
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
    }

    #[test]
    fn training_separates_two_kinds_of_sentence() {
        let ex = |t: &str, d: bool| Example {
            folded: t.into(),
            title: false,
            directive: d,
        };
        let data = vec![
            ex("khẩn trương rà soát các dự án", true),
            ex("khẩn trương hoàn thành kế hoạch", true),
            ex("năm qua tỉnh đạt nhiều kết quả", false),
            ex("năm nay tỉnh đạt tăng trưởng cao", false),
        ];
        let t = train(&data, 30, 0.2, 1e-4, 7);
        let m = t.model(0.5);
        let yes = m.probability("khẩn trương kiểm tra", false);
        let no = m.probability("năm qua đạt kết quả", false);
        assert!(yes > 0.5 && no < 0.5, "{yes} {no}");
        assert!(m.accepts(yes) && !m.accepts(no));
        // The same data, the same weights.
        assert_eq!(t.weights, train(&data, 30, 0.2, 1e-4, 7).weights);
        // Written and read back, the same probabilities (to rounding).
        let tsv = to_tsv(&t, 0.5, "test");
        let mut back = Model::default();
        for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let (k, v) = line.split_once('\t').unwrap();
            match k {
                THRESHOLD_KEY => back.threshold = v.parse().ok(),
                _ => back.add(k, v.parse().unwrap()),
            }
        }
        assert_eq!(back.threshold, Some(0.5));
        let again = back.probability("khẩn trương kiểm tra", false);
        assert!((again - yes).abs() < 0.01, "{again} {yes}");
    }

    #[test]
    fn no_model_takes_nothing() {
        let m = Model::default();
        assert!(!m.accepts(m.probability("khẩn trương rà soát", false)));
    }
}
